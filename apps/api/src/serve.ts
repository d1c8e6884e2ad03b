import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { type AddressInfo, Server as NetServer, type Socket } from "node:net";
import { serve } from "@hono/node-server";
import type { Logger } from "./logger.ts";

export type RunningServer = {
  /** Where it listens; the port is the real one when 0 was asked for. */
  address: { host: string; port: number };
  /**
   * Stops accepting connections, lets requests in flight finish and their
   * responses reach the client, then resolves. Connections still busy after
   * `shutdownTimeoutMs` are cut.
   */
  close: () => Promise<void>;
};

type ServeOptions = {
  port: number;
  host: string;
  shutdownTimeoutMs: number;
  /** A client that takes longer to send its headers, or its whole request with the body, is cut off. */
  headersTimeoutMs?: number | undefined;
  requestTimeoutMs?: number | undefined;
  logger: Logger;
};

/** One turn of the event loop: connections the kernel has queued are accepted and their requests parsed. */
const turn = () => new Promise<void>((done) => setImmediate(done));

/**
 * Tracks each connection's responses in progress, so shutdown can close idle
 * connections at once and busy ones right after their last response is sent.
 */
const trackConnections = (http: Server) => {
  const busy = new Map<Socket, Set<ServerResponse>>();
  let closing = false;
  const endWhenIdle = (socket: Socket) => {
    if ((busy.get(socket)?.size ?? 0) === 0) socket.end();
  };
  http.on("connection", (socket: Socket) => {
    busy.set(socket, new Set());
    socket.once("close", () => busy.delete(socket));
  });
  http.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    const responses = busy.get(socket) ?? new Set();
    busy.set(socket, responses);
    responses.add(response);
    if (closing) response.setHeader("Connection", "close");
    // "finish": the whole response has been handed to the operating system.
    response.once("finish", () => {
      responses.delete(response);
      if (closing) endWhenIdle(socket);
    });
  });
  return {
    drain: () => {
      closing = true;
      for (const [socket, responses] of busy) {
        for (const response of responses) if (!response.headersSent) response.setHeader("Connection", "close");
        endWhenIdle(socket);
      }
    },
    cut: () => {
      for (const socket of busy.keys()) socket.destroy();
    },
  };
};

/** Serves a fetch handler (a hono app) over HTTP with @hono/node-server. */
export const startServer = (
  app: { fetch: (request: Request, ...rest: never[]) => Response | Promise<Response> },
  { port, host, shutdownTimeoutMs, headersTimeoutMs = 30_000, requestTimeoutMs = 30_000, logger }: ServeOptions,
): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const http = serve({ fetch: app.fetch as (request: Request) => Response, port, hostname: host }, () => {
      http.off("error", reject);
      const bound = http.address() as AddressInfo;
      logger({
        level: "info",
        msg: "listening",
        url: `http://${host.includes(":") ? `[${host}]` : host}:${bound.port}`,
      });
      let closing: Promise<void> | undefined;
      resolve({
        address: { host, port: bound.port },
        close: () => {
          closing ??= new Promise<void>((done) => {
            logger({ level: "info", msg: "shutting down: finishing requests in flight" });
            // Connections the kernel accepted before the signal are in flight for their clients: let the loop
            // take them and read their requests before the listener closes and idle connections are ended.
            Promise.all([turn(), turn()]).then(() => finishInFlight(done));
          });
          return closing;
        },
      });
      const finishInFlight = (done: () => void) => {
        const deadline = setTimeout(() => {
          logger({ level: "error", msg: "shutdown timeout: cutting connections still busy" });
          connections.cut();
        }, shutdownTimeoutMs);
        // net.Server's close, not http.Server's: the latter also destroys connections whose
        // response has ended but is still being written, truncating large responses.
        NetServer.prototype.close.call(http, () => {
          clearTimeout(deadline);
          logger({ level: "info", msg: "stopped" });
          done();
        });
        connections.drain();
      };
    }) as Server;
    http.headersTimeout = headersTimeoutMs;
    http.requestTimeout = requestTimeoutMs;
    const connections = trackConnections(http);
    http.once("error", reject);
  });
