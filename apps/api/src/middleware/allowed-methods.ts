import type { Hono } from "hono";

/**
 * Which methods an app serves at a path, from its routing table, for 405
 * answers. Only exact API paths count: wildcards (the web app's fallback,
 * middleware) would make every path look served.
 */
export const allowedMethods = (app: Pick<Hono, "routes">) => {
  let byPath: Map<string, string[]> | undefined;
  return (path: string): string[] => {
    byPath ??= app.routes.reduce((map, route) => {
      if (route.method === "ALL" || !route.path.startsWith("/api/") || /[*:]/.test(route.path)) return map;
      const methods = map.get(route.path) ?? [];
      const added = route.method === "GET" ? ["GET", "HEAD"] : [route.method];
      map.set(route.path, [...new Set([...methods, ...added])]);
      return map;
    }, new Map<string, string[]>());
    return byPath.get(path) ?? [];
  };
};
