import {
  type WresIndicatorFieldsFragment,
  wresOrganisationsPageQuery,
  WRES_REPORTS_BATCH_SIZE,
  wresReportsBatch,
} from "@ascent/client";
import { OrganisationKind, type NhsRegion } from "@ascent/domain";
import { useEffect, useState } from "react";
import { type CombinedError, useClient } from "urql";

export interface RankedOrganisation {
  id: string;
  name: string;
  odsCode: string | null;
  region: NhsRegion | null;
  /** Null when the organisation has no return for the year. */
  indicator: WresIndicatorFieldsFragment | null;
  hasReturn: boolean;
}

export interface WresRanking {
  organisations: RankedOrganisation[] | null;
  /** Organisations whose reports have arrived, of how many. */
  loaded: number;
  total: number | null;
  error: CombinedError | null;
}

const PAGE_SIZE = 100;
/** Batches in flight at once: the api has 2 cores; more would only queue. */
const PARALLEL_BATCHES = 2;

/**
 * One indicator for every trust in a year: the trusts a page at a time, then
 * their reports in batches of WRES_REPORTS_BATCH_SIZE aliases per request.
 * Give the component using it a `key` of year and code so that a new choice
 * starts afresh.
 */
export function useWresRanking(year: number, code: string): WresRanking {
  const client = useClient();
  const [state, setState] = useState<WresRanking>({ organisations: null, loaded: 0, total: null, error: null });

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const trusts: Omit<RankedOrganisation, "indicator" | "hasReturn">[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await client
          .query(wresOrganisationsPageQuery, { first: PAGE_SIZE, after, kinds: [OrganisationKind.TRUST] }, { requestPolicy: "network-only" })
          .toPromise();
        if (cancelled) return;
        if (page.error || !page.data) {
          setState((previous) => ({ ...previous, error: page.error ?? null }));
          return;
        }
        trusts.push(...page.data.organisations.edges.map(({ node }) => node));
        if (!page.data.organisations.pageInfo.hasNextPage) break;
        after = page.data.organisations.pageInfo.endCursor;
      }
      setState((previous) => ({ ...previous, total: trusts.length }));

      const batches: (typeof trusts)[] = [];
      for (let index = 0; index < trusts.length; index += WRES_REPORTS_BATCH_SIZE) batches.push(trusts.slice(index, index + WRES_REPORTS_BATCH_SIZE));
      const results: RankedOrganisation[] = [];
      let loaded = 0;
      const outcome: { failure: CombinedError | null; failed: boolean } = { failure: null, failed: false };
      let next = 0;
      async function worker() {
        while (next < batches.length && !outcome.failed && !cancelled) {
          const batch = batches[next++];
          const { query, variables, aliasOf } = wresReportsBatch(batch.map((trust) => trust.id), year, code);
          const result = await client.query(query, variables, { requestPolicy: "network-only" }).toPromise();
          if (cancelled) return;
          if (result.error || !result.data) {
            outcome.failure = result.error ?? null;
            outcome.failed = true;
            return;
          }
          const data = result.data;
          batch.forEach((trust, index) => {
            const report = data[aliasOf(index)];
            results.push({ ...trust, indicator: report?.indicator ?? null, hasReturn: report !== null && report !== undefined });
          });
          loaded += batch.length;
          setState((previous) => ({ ...previous, loaded }));
        }
      }
      await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
      if (cancelled) return;
      if (outcome.failed) setState((previous) => ({ ...previous, error: outcome.failure }));
      else setState({ organisations: results.sort((a, b) => a.name.localeCompare(b.name)), loaded, total: trusts.length, error: null });
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, year, code]);

  return state;
}
