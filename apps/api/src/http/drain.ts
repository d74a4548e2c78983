import type { NextFunction, Request, Response } from "express";
import type http from "node:http";
import net from "node:net";

export interface HttpDrain {
  /** First in the chain: once draining, every request gets 503 SERVICE_UNAVAILABLE and its connection is closed after the answer. */
  refuseWhileDraining(req: Request, res: Response, next: NextFunction): void;
  /**
   * Stops accepting connections (new ones are refused), lets requests in
   * flight finish, and closes each open connection after its next response,
   * or when idle after `idleMs` (by default the server's keep-alive timeout,
   * which clients expect); destroys whatever is still open after `graceMs`.
   * Resolves when every connection is closed.
   */
  drain(graceMs: number, idleMs?: number): Promise<void>;
}

/**
 * A graceful stop for an HTTP server under load. `http.Server.close` (and
 * Apollo's drain plugin) also cut idle keep-alive connections at once; a
 * client that is sending its next request on one at that moment sees the
 * connection reset and can't know whether its request ran. Here an idle
 * connection is left to its keep-alive timeout, which clients know from the
 * Keep-Alive header and stop reusing before, and a request that does arrive
 * on it is told 503 with `Connection: close`.
 */
export function httpDrain(server: http.Server): HttpDrain {
  /** Every open connection, with how many of its requests are not yet answered. */
  const connections = new Map<net.Socket, number>();
  const unanswered = new Set<http.ServerResponse>();
  let draining = false;
  server.on("connection", (socket: net.Socket) => {
    connections.set(socket, 0);
    socket.once("close", () => connections.delete(socket));
  });
  // Before the app's own listener, which may answer at once.
  server.prependListener("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (draining && !res.headersSent) res.setHeader("Connection", "close");
    unanswered.add(res);
    connections.set(req.socket, (connections.get(req.socket) ?? 0) + 1);
    res.once("close", () => {
      unanswered.delete(res);
      if (connections.has(req.socket)) connections.set(req.socket, (connections.get(req.socket) ?? 1) - 1);
    });
  });

  return {
    refuseWhileDraining(_req, res, next) {
      if (!draining) return next();
      res.setHeader("Connection", "close");
      res.setHeader("Retry-After", "1");
      res.status(503).json({ errors: [{ message: "This server is restarting; try again.", extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 } }] });
    },
    async drain(graceMs, idleMs = server.keepAliveTimeout) {
      draining = true;
      // Requests in flight finish, and their connection closes after the answer.
      for (const res of unanswered) if (!res.headersSent) res.setHeader("Connection", "close");
      const closed = new Promise<void>((resolve) => {
        // net.Server's close: stop listening and wait for the connections; http.Server's would also cut idle ones now.
        if (server.listening) net.Server.prototype.close.call(server, () => resolve());
        else resolve();
      });
      const idle = setTimeout(() => {
        for (const [socket, active] of connections) if (active === 0) socket.destroy();
      }, Math.min(idleMs, graceMs));
      const deadline = setTimeout(() => {
        for (const socket of connections.keys()) socket.destroy();
      }, graceMs);
      idle.unref();
      deadline.unref();
      await closed;
      clearTimeout(idle);
      clearTimeout(deadline);
    },
  };
}
