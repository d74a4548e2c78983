import type { ApolloServer, BaseContext, ContextFunction } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";

/**
 * The GraphQL endpoint's HTTP side: the JSON body and Apollo's HTTP request, with the same outcomes as
 * `express.json()` + `@as-integrations/express5`'s `expressMiddleware` and less work per request (a stampede is
 * thousands of submitApplication POSTs at once, and this plumbing was a quarter of the api's CPU per answer).
 */

type BodyError = Error & { status: number; type: string };
const bodyError = (status: number, type: string, message: string): BodyError => Object.assign(new Error(message), { status, type });

/**
 * `express.json({ limit })`, with a short path for the request every client sends: `Content-Type: application/json`
 * (utf-8), a Content-Length within the limit, no Content-Encoding. It reads exactly that many bytes and parses them
 * (objects and arrays only, as body-parser's strict mode); a malformed body is the same 400 `entity.parse.failed`.
 * Anything else (another type or charset, compressed or chunked bodies, an empty one) goes through express.json
 * itself, so every edge case answers as it did.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const full = express.json({ limit: limitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const type = req.headers["content-type"];
    const length = Number(req.headers["content-length"]);
    if (
      (type !== "application/json" && type !== "application/json; charset=utf-8") ||
      !(length > 0 && length <= limitBytes) ||
      req.headers["content-encoding"] !== undefined ||
      req.headers["transfer-encoding"] !== undefined ||
      req.body !== undefined
    ) {
      return full(req, res, next);
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error: BodyError | null, body?: unknown) => {
      if (done) return;
      done = true;
      req.removeListener("data", onData);
      if (error) return next(error);
      req.body = body;
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > length) finish(bodyError(400, "request.size.invalid", "request size did not match content length"));
      else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("error", () => finish(bodyError(400, "request.aborted", "request aborted")));
    req.once("end", () => {
      if (received !== length) return finish(bodyError(400, "request.size.invalid", "request size did not match content length"));
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString("utf8");
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        return finish(bodyError(400, "entity.parse.failed", (error as Error).message));
      }
      if (body === null || typeof body !== "object") return finish(bodyError(400, "entity.parse.failed", "JSON body must be an object or an array"));
      finish(null, body);
    });
  };
}

/**
 * Apollo's express integration (`@as-integrations/express5` 1.1), the same steps: the request's headers and query
 * string to Apollo, its status, headers and body back. A POST's complete answer is written with its length and no
 * ETag (express's `res.send` hashed every answer to offer a 304 that no POST can get); GET keeps `res.send`.
 */
export function apolloHandler<TContext extends BaseContext>(server: ApolloServer<TContext>, context: ContextFunction<[{ req: Request; res: Response }], TContext>): RequestHandler {
  server.assertStarted("apolloHandler()");
  return async (req: Request, res: Response) => {
    if (!("body" in req)) {
      res.status(500);
      res.send("`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.");
      return;
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url;
    const query = url.indexOf("?");
    const hash = url.indexOf("#", query);
    const search = query < 0 ? "" : hash < 0 ? url.slice(query) : url.slice(query, hash);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search, body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === "complete") {
      if (req.method !== "POST") {
        res.send(response.body.string);
        return;
      }
      res.setHeader("Content-Length", Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as Response & { flush?: () => void }).flush === "function") (res as Response & { flush: () => void }).flush();
    }
    res.end();
  };
}

/** The body, then Apollo, as one handler (one router step). */
export function graphqlEndpoint<TContext extends BaseContext>(limitBytes: number, server: ApolloServer<TContext>, context: ContextFunction<[{ req: Request; res: Response }], TContext>): RequestHandler {
  const body = jsonBody(limitBytes);
  const apollo = apolloHandler(server, context);
  return (req, res, next) => {
    body(req, res, (error?: unknown) => {
      if (error) return next(error);
      (apollo(req, res, next) as unknown as Promise<void>).catch(next);
    });
  };
}
