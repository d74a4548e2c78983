import { Router } from "express";
import { ruruHTML } from "ruru/server";
import { serveStatic } from "ruru/static";

const STATIC_PATH = "/graphiql/static/";

/** GraphiQL (Ruru's build) with its assets served from node_modules: works offline, no CDN. */
export function graphiqlRouter(endpoint: string): Router {
  const router = Router();
  const html = ruruHTML({ endpoint, staticPath: STATIC_PATH });
  router.use(STATIC_PATH, (req, res, next) => {
    // serveStatic strips the prefix itself, so hand it the original URL.
    req.url = req.originalUrl;
    serveStatic(STATIC_PATH)(req, res, next);
  });
  router.get("/graphiql", (_req, res) => {
    res.type("html").send(html);
  });
  return router;
}
