import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

/**
 * The schema has no Subscription type, and graphql-js only finds that out
 * while executing, as an error Apollo reports as internal. A subscription is
 * the caller's mistake: refuse it before execution with BAD_REQUEST.
 */
export function refuseSubscriptionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "subscription") {
            throw new GraphQLError("This API has no subscriptions; use a query or a mutation.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
          }
        },
      };
    },
  };
}
