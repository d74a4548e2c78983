import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express, { NextFunction, Request, Response } from "express";
import http from "node:http";
import { DataSource } from "typeorm";
import type { AppConfig } from "./config";
import type { RequestContext } from "./graphql/context";
import { createErrorFormatter } from "./graphql/format-error";
import { requestContextFactory } from "./graphql/request-context";
import { PartnerBudgetLedger, queryCostPlugin } from "./graphql/partner-cost";
import { refuseSubscriptionsPlugin } from "./graphql/request-faults";
import { appAuthenticators, appCachedReads, appGauges, appLoadersFor, appReplicaReads, composeApi } from "./composition";
import { responseCachePlugin } from "./graphql/response-cache";
import { replicaReadsPlugin } from "./graphql/replica-reads";
import { replicaStatuses } from "./db/read-replica";
import { operationMetricsPlugin } from "./graphql/operation-metrics";
import { metricsRouter } from "./http/metrics";
import { createMetricsRegistry } from "./http/metrics-registry";
import { accessLog } from "./http/access-log";
import { httpDrain } from "./http/drain";
import { graphqlEndpoint } from "./http/graphql-http";
import { graphiqlRouter } from "./http/graphiql";
import { requestId } from "./http/request-id";
import type { Logger } from "./logger";
import { safeError } from "./log-safe-error";

/** The largest GraphQL request body (express.json's "1mb"). */
const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/** Query limits: generous for the console and partners' real queries, fatal to abuse. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 30, maxTokens: 2000, maxCost: 5000, maxDirectives: 20 };

export interface AscentApp {
  httpServer: http.Server;
  /**
   * Stops accepting (new connections are refused, requests on open ones get
   * 503 SERVICE_UNAVAILABLE), lets in-flight requests finish within the
   * shutdown grace period, then resolves. `idleMs`: how long an idle
   * keep-alive connection may still bring a request (default: the server's
   * keep-alive timeout; tests that own every client pass 0).
   */
  stop(options?: { idleMs?: number }): Promise<void>;
}

export async function createApp(config: AppConfig, dataSource: DataSource, log: Logger): Promise<AscentApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Armor's token limit throws while parsing, which Apollo 5 answers with a 500;
    // graphql-js's own parser limit (parseOptions below) gives a 400 instead.
    maxTokens: { enabled: false },
    // One cost model: graphql/query-cost.ts prices every query, refuses those over maxCost and charges partners (queryCostPlugin).
    costLimit: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  });
  const protection = armor.protect();
  const { schema, routes } = await composeApi(config);
  const metrics = createMetricsRegistry(dataSource, appGauges);
  const partnerBudgets = new PartnerBudgetLedger(dataSource, config.partnerBudget, log);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...protection,
    plugins: [
      refuseSubscriptionsPlugin(),
      ...protection.plugins,
      queryCostPlugin(QUERY_LIMITS.maxCost, partnerBudgets),
      // After the cost plugin: a cached answer is charged like any other.
      responseCachePlugin(appCachedReads, { enabled: config.catalogueCache !== false }),
      replicaReadsPlugin(appReplicaReads),
      operationMetricsPlugin(metrics),
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints and no CDN in front: the default plugin only wrapped every field for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(log),
    introspection: true,
    csrfPrevention: true,
    // We own shutdown (main.ts): Apollo's own signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Behind a reverse proxy (compose's nginx) the caller's address is in X-Forwarded-For; only the configured proxies are believed.
  app.set("trust proxy", config.trustedProxies);
  const drain = httpDrain(httpServer);
  // The request id, the access log and, once stopping, 503 for every new request (the readiness probe's too, so a load
  // balancer moves on): one router step for the three.
  const access = accessLog(log);
  app.use((req: Request, res: Response, next: NextFunction) => requestId(req, res, () => access(req, res, () => drain.refuseWhileDraining(req, res, next))));

  const contextFor = requestContextFactory({
    dataSource,
    log,
    secureCookies: config.environment === "production",
    authenticators: appAuthenticators,
    loadersFor: appLoadersFor,
  });
  // express.json + Apollo's express integration, with less work per request (http/graphql-http.ts).
  const graphql = graphqlEndpoint(GRAPHQL_BODY_LIMIT_BYTES, apollo, ({ req, res }) => contextFor(req, res));
  // POST /graphql (every mutation, and the console's and partners' queries) first: the router tries each layer in turn,
  // entering every nested router (metrics, GraphiQL, the features' routes) on the way, for a path none of them serve.
  app.post("/graphql", graphql);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(metricsRouter({ registry: metrics, token: config.metricsToken, production: config.environment === "production" }));
  app.get("/readyz", async (_req, res) => {
    // Replicas are reported, never decisive: without them lag-tolerant reads fall back to the primary.
    const replicas = await replicaStatuses(dataSource);
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "reachable", ...(replicas.length > 0 ? { replicas } : {}) });
    } catch {
      res.status(503).json({ status: "unavailable", database: "unreachable", ...(replicas.length > 0 ? { replicas } : {}) });
    }
  });

  if (config.environment !== "production") {
    app.use(graphiqlRouter("/graphql"));
    app.get("/graphql", (req, res, next) => (req.accepts(["json", "html"]) === "html" ? res.redirect("/graphiql") : next()));
  }

  for (const route of routes) app.use(route(contextFor));
  // GET (queries in the URL) and the other methods Apollo answers itself (405 with Allow).
  app.use("/graphql", graphql);

  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
  });
  // Malformed JSON and other body-parser failures are the caller's mistake, not a crash.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ error: safeError(error), requestId: req.requestId }, "unhandled HTTP error");
    const message = status === 500 ? "Something went wrong on our side." : error.type === "entity.parse.failed" ? "The request body is not valid JSON." : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  return {
    httpServer,
    stop: async (options = {}) => {
      await drain.drain(config.shutdownGraceMs, options.idleMs);
      await apollo.stop();
      await partnerBudgets.stop();
    },
  };
}
