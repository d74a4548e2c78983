import { timingSafeEqual } from "node:crypto";
import { Router } from "express";
import type { Registry } from "prom-client";

export interface MetricsRouteOptions {
  registry: Registry;
  /** When set, /metrics answers only `Authorization: Bearer <token>`; when unset, only outside production. */
  token: string | undefined;
  production: boolean;
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** GET /metrics in the Prometheus text format, for a scraper the operator trusts. */
export function metricsRouter({ registry, token, production }: MetricsRouteOptions): Router {
  const router = Router();
  router.get("/metrics", async (req, res, next) => {
    try {
      if (token ? !sameSecret(req.headers.authorization ?? "", `Bearer ${token}`) : production) {
        res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
        return;
      }
      res.type(registry.contentType).send(await registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
