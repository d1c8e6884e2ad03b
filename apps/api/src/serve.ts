import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Logger } from "./logger.ts";

export type RunningServer = {
  /** Where it listens; the port is the real one when 0 was asked for. */
  address: { host: string; port: number };
  /**
   * Stops accepting connections, lets requests in flight finish, then resolves.
   * Connections still busy after `timeoutMs` are cut.
   */
  close: () => Promise<void>;
};

type ServeOptions = { port: number; host: string; shutdownTimeoutMs: number; logger: Logger };

/** Serves a fetch handler (a hono app) over HTTP with @hono/node-server. */
export const startServer = (
  app: { fetch: (request: Request, ...rest: never[]) => Response | Promise<Response> },
  { port, host, shutdownTimeoutMs, logger }: ServeOptions,
): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    const onError = (error: Error) => reject(error);
    server = serve({ fetch: app.fetch as (request: Request) => Response, port, hostname: host }, () => {
      const http = server as Server;
      http.off("error", onError);
      const bound = http.address() as AddressInfo;
      const address = { host, port: bound.port };
      logger({
        level: "info",
        msg: "listening",
        url: `http://${host.includes(":") ? `[${host}]` : host}:${bound.port}`,
      });
      let closing: Promise<void> | undefined;
      resolve({
        address,
        close: () => {
          closing ??= new Promise<void>((done) => {
            logger({ level: "info", msg: "shutting down: finishing requests in flight" });
            // Keep-alive connections go as soon as they are idle, busy ones once their response is sent.
            const sweep = setInterval(() => http.closeIdleConnections(), 50);
            const deadline = setTimeout(() => {
              logger({ level: "error", msg: "shutdown timeout: closing connections still busy" });
              http.closeAllConnections();
            }, shutdownTimeoutMs);
            http.close(() => {
              clearInterval(sweep);
              clearTimeout(deadline);
              logger({ level: "info", msg: "stopped" });
              done();
            });
            http.closeIdleConnections();
          });
          return closing;
        },
      });
    });
    (server as Server).once("error", onError);
  });
