import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { RequestContext, Viewer } from "./context";

/**
 * Whether a root Query field may be answered from a read replica for this
 * viewer: its answer may lag the primary by replication lag (usually well
 * under a second), and nothing it does writes.
 */
export type ReplicaReadRule = (viewer: Viewer) => boolean;

/** Anyone's reads of this field may lag (dashboards: figures that change once a year). */
export const ANY_VIEWER: ReplicaReadRule = () => true;

/**
 * Callers who don't edit what this field shows (the public and partner
 * tokens) may read it from a replica; staff, who have just created or
 * changed it and expect to see their change, read the primary.
 */
export const OUTSIDE_STAFF: ReplicaReadRule = (viewer) => viewer.kind !== "user";

/**
 * The root fields an operation asks for, or null when it isn't a plain
 * query of named fields (fragments at the root, mutations): such operations
 * stay on the primary.
 */
export function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  if (operation.operation !== "query") return null;
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== "__typename") names.push(selection.name.value);
  }
  return names.length > 0 ? names : null;
}

/** Whether every root field of the operation may be read from a replica by this viewer. */
export function mayReadFromReplica(operation: OperationDefinitionNode, viewer: Viewer, rules: Readonly<Record<string, ReplicaReadRule>>): boolean {
  const fields = rootFieldsOf(operation);
  return fields !== null && fields.every((field) => Object.hasOwn(rules, field) && rules[field](viewer));
}

/**
 * Sends queries made only of lag-tolerant root fields (the features'
 * `replicaReads`) to a read replica: just before execution — after the
 * caller is authenticated and any partner budget is charged on the
 * primary — the request's `db` and `loaders` switch to one replica
 * connection, so the services and every DataLoader behind the fields read
 * there. Everything else (mutations, read-your-writes paths, transactions,
 * which always open on the primary) is untouched. Without replicas, or when
 * none answers, the query runs on the primary.
 */
export function replicaReadsPlugin(rules: Readonly<Record<string, ReplicaReadRule>>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, operation }) {
          if (!contextValue.replica || !mayReadFromReplica(operation, contextValue.viewer, rules)) return;
          const db = await contextValue.replica.open();
          if (!db) return;
          Object.assign(contextValue, { db, loaders: contextValue.loadersFor(db), memo: new Map() });
        },
        async willSendResponse({ contextValue }) {
          await contextValue.replica?.release();
        },
      };
    },
  };
}
