import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { type DocumentNode, type GraphQLSchema, Kind, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import type { RequestContext, Viewer } from "./context";

/**
 * A family of reads whose answers may be cached because PostgreSQL keeps a
 * version of everything they show (a feature's `cachedReads`).
 */
export interface CachedReadRule {
  name: string;
  /** Every "Type.field" an answer may contain (`__typename` always may); a query asking for anything else runs as usual. */
  fields: readonly string[];
  /** One row, one text column `version`: changes, in the same transaction, with every write that changes what the fields show. */
  versionSql: string;
  /**
   * One row, one float column `until` (epoch ms): when answers filled now stop
   * being right without any write (an application window opening or closing,
   * London midnight). Read before the query runs.
   */
  freshUntilSql: string;
}

interface Entry {
  version: string;
  until: number;
  data: Record<string, unknown>;
}

export interface ResponseCacheOptions {
  enabled: boolean;
  maxEntries?: number;
}

/** Margin for the api's clock running ahead of PostgreSQL's. */
const CLOCK_MARGIN_MS = 1000;

/** Who the answer is for: answers are shared only between viewers who see the same thing. Staff are never cached (they expect their own edits at once, and see by role). */
function scopeOf(viewer: Viewer): string | null {
  if (viewer.kind === "anonymous") return "anonymous";
  if (viewer.kind === "partner") return `partner:${viewer.organisationId}:${[...viewer.scopes].sort().join(",")}`;
  return null;
}

/** The rule every field of the document falls under, or null. Fragments are visited with the rest of the document. */
export function ruleForDocument(schema: GraphQLSchema, document: DocumentNode, rules: readonly CachedReadRule[]): CachedReadRule | null {
  const candidates = rules.map((rule) => ({ rule, fields: new Set(rule.fields), ok: true }));
  let operations = 0;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        operations += 1;
        if (node.operation !== "query") for (const candidate of candidates) candidate.ok = false;
      },
      Field(node) {
        if (node.name.value === "__typename") return;
        const parent = typeInfo.getParentType();
        const key = `${parent?.name ?? "?"}.${node.name.value}`;
        for (const candidate of candidates) if (!candidate.fields.has(key)) candidate.ok = false;
      },
      Directive(node) {
        // @include/@skip only: anything else might change what runs.
        if (node.name.value !== "include" && node.name.value !== "skip") for (const candidate of candidates) candidate.ok = false;
      },
    }),
  );
  if (operations !== 1 || document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) return null;
  return candidates.find((candidate) => candidate.ok)?.rule ?? null;
}

/**
 * Caches the answers of catalogue reads in each api process (ASCENT_CATALOGUE_CACHE;
 * `off` runs every read). An answer is keyed by the query text, operation
 * name, variables and the viewer's scope (anonymous, or the partner's
 * organisation and scopes; signed-in staff are never cached), and stored with
 * the version PostgreSQL keeps of what it shows (the feature's versionSql,
 * bumped by triggers in the same transaction as every write). Every request
 * reads the version first, on the primary, so a write committed before the
 * request began is always in its answer; a cached answer is also dropped when
 * time alone would change it (freshUntilSql: a window opening or closing).
 * Authentication and the partner budget run as for any request (the cost
 * plugin charges before this); only execution is skipped. Answers with errors,
 * and answers computed on a read replica, are not stored.
 */
export function responseCachePlugin(rules: readonly CachedReadRule[], options: ResponseCacheOptions): ApolloServerPlugin<RequestContext> {
  const maxEntries = options.maxEntries ?? 1000;
  const entries = new Map<string, Entry>();
  const rulesByDocument = new WeakMap<DocumentNode, CachedReadRule | null>();
  return {
    async requestDidStart() {
      if (!options.enabled || rules.length === 0) return;
      let pending: { key: string; version: string; until: number } | undefined;
      return {
        async responseForOperation({ contextValue, document, request, schema, operationName }) {
          const scope = scopeOf(contextValue.viewer);
          if (!scope) return null;
          let rule = rulesByDocument.get(document);
          if (rule === undefined) {
            rule = ruleForDocument(schema, document, rules);
            rulesByDocument.set(document, rule);
          }
          // Without the text (a persisted query by hash alone) there is no safe key.
          if (!rule || !request.query) return null;
          const key = JSON.stringify([rule.name, scope, operationName ?? null, request.query ?? null, request.variables ?? {}]);
          // Always the primary's version: a replica's could be behind the request's start.
          const [{ version }] = (await contextValue.dataSource.query(rule.versionSql)) as Array<{ version: string }>;
          const entry = entries.get(key);
          if (entry && entry.version === version && Date.now() < entry.until) {
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: entry.data } } };
          }
          const [{ until }] = (await contextValue.dataSource.query(rule.freshUntilSql)) as Array<{ until: number }>;
          pending = { key, version, until: Number(until) - CLOCK_MARGIN_MS };
          return null;
        },
        async willSendResponse({ contextValue, response }) {
          if (!pending || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          // Computed on a replica (graphql/replica-reads.ts switched db): maybe older than the version read.
          if (errors?.length || !data || contextValue.db !== contextValue.dataSource.manager) return;
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
          entries.set(pending.key, { version: pending.version, until: pending.until, data });
        },
      };
    },
  };
}
