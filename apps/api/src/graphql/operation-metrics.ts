import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { Counter, Histogram, type Registry } from "prom-client";

/** Operation names are chosen by callers: beyond this many distinct ones, the rest count as "other" so nobody can grow the metrics without bound. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Requests, latency and errors by GraphQL operation name, and errors by code:
 * what a dashboard needs to tie a slow or failing screen to its operation.
 */
export function operationMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const requests = new Counter({ name: "ascent_graphql_requests_total", help: "GraphQL requests by operation name.", labelNames: ["operation"], registers: [registry] });
  const duration = new Histogram({
    name: "ascent_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response, by operation name.",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({ name: "ascent_graphql_errors_total", help: "GraphQL errors by code (extensions.code).", labelNames: ["code"], registers: [registry] });
  const seen = new Set<string>();
  const labelFor = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return "other";
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, operationName, document, response }) {
          // A request refused before execution (validation) has no resolved operation, but its document names it.
          const named = document?.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && !!definition.name);
          const operation = labelFor(operationName ?? request.operationName ?? named?.name?.value);
          requests.inc({ operation });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          const body = response.body;
          const sent = body.kind === "single" ? (body.singleResult.errors ?? []) : [];
          for (const error of sent) errors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
        },
      };
    },
  };
}
