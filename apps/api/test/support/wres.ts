import { createApiTokenMutation, organisationsQuery, type ApiScope, type SubmitWresReturnInput } from "@ascent/client";
import { AfcBand, MedicalGrade, WorkforceCategory } from "@ascent/domain";
import { formatWresReturnCsv, type WresReturnInput } from "@ascent/metrics";
import { expect } from "vitest";
import { seededRandom } from "../../src/seed/demo-wres";
import { GraphQLClient } from "./graphql-client";
import type { TestServer } from "./test-server";

/** A return's counts, as the GraphQL input takes them (without organisationId and year). */
export type ReturnCounts = Omit<SubmitWresReturnInput, "organisationId" | "year" | "fromCsv">;

/** A small trust's return, as the GraphQL input (without organisationId and year). Counts include 1-7 on purpose. */
export function smallReturn(): ReturnCounts {
  return {
    workforce: [
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, white: 120, bme: 43, unknown: 6 },
      { category: WorkforceCategory.CLINICAL, grade: MedicalGrade.CONSULTANT, white: 30, bme: 3, unknown: 1 },
      { category: WorkforceCategory.NON_CLINICAL, grade: AfcBand.BAND_8A, white: 12, bme: 2, unknown: 0 },
    ],
    shortlisting: { shortlisted: { white: 80, bme: 33, unknown: 2 }, appointed: { white: 21, bme: 5, unknown: 1 } },
    disciplinary: { entering: { white: 2, bme: 3, unknown: 0 }, headcount: { white: 162, bme: 48, unknown: 7 } },
    training: { accessed: { white: 70, bme: 12, unknown: 3 }, headcount: { white: 162, bme: 48, unknown: 7 } },
    survey: {
      harassmentFromPublic: { white: { respondents: 80, yes: 20 }, bme: { respondents: 22, yes: 7 } },
      harassmentFromStaff: { white: { respondents: 80, percentage: 21.5 }, bme: { respondents: 22, percentage: 27 } },
      equalOpportunities: { white: { respondents: 80, yes: 50 }, bme: { respondents: 22, yes: 11 } },
      discrimination: { white: { respondents: 80, yes: 4 }, bme: { respondents: 22, yes: 6 } },
    },
    board: { white: 9, bme: 2, unknown: 1 },
  };
}

/** The return as the CSV template's file. (The generated WresGrade is a union of the same names as the domain's bands and grades.) */
export const returnCsv = (year: number, counts: ReturnCounts = smallReturn()) => formatWresReturnCsv({ year, ...counts } as WresReturnInput);

/** A random small return (counts mostly below 40), deterministic from the seed. */
export function randomSmallReturn(seed: string): ReturnCounts {
  const random = seededRandom(seed);
  const n = (max: number) => Math.floor(random() * (max + 1));
  const pair = (max: number) => {
    const whole = { white: n(max), bme: n(max), unknown: n(5) };
    return { whole, part: { white: n(whole.white), bme: n(whole.bme), unknown: n(whole.unknown) } };
  };
  const survey = () => {
    const white = n(40);
    const bme = n(20);
    return { white: { respondents: white, yes: n(white) }, bme: { respondents: bme, yes: n(bme) } };
  };
  const s = pair(40);
  const d = pair(60);
  const t = pair(60);
  return {
    workforce: [
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_5, white: n(40), bme: n(40), unknown: n(4) },
      { category: WorkforceCategory.CLINICAL, grade: AfcBand.BAND_7, white: n(20), bme: n(12), unknown: n(3) },
      { category: WorkforceCategory.NON_CLINICAL, grade: AfcBand.VSM, white: n(6), bme: n(3), unknown: 0 },
    ],
    shortlisting: { shortlisted: s.whole, appointed: s.part },
    disciplinary: { headcount: d.whole, entering: d.part },
    training: { headcount: t.whole, accessed: t.part },
    survey: { harassmentFromPublic: survey(), harassmentFromStaff: survey(), equalOpportunities: survey(), discrimination: survey() },
    board: { white: n(10), bme: n(4), unknown: n(1) },
  };
}

export const INDICATOR_FIELDS = "code metricCode label kind value lower upper parity suppressed reason disclosure formatted confidenceLevel parityBandLower parityBandUpper counts { name value }";

/** The organisation with exactly this ODS code or name (search alone also matches names containing it). */
export async function organisationIdOf(admin: GraphQLClient, codeOrName: string): Promise<string> {
  const { organisations } = await admin.data(organisationsQuery, { first: 100, filter: { search: codeOrName } });
  const match = organisations.edges.find((e) => e.node.odsCode === codeOrName || e.node.name === codeOrName);
  if (!match) throw new Error(`no organisation ${codeOrName}`);
  return match.node.id;
}

/** A partner client with a fresh token for the organisation. */
export async function partnerFor(server: TestServer, admin: GraphQLClient, organisationId: string, scopes: ApiScope[]): Promise<GraphQLClient> {
  const { createApiToken } = await admin.data(createApiTokenMutation, { input: { organisationId, scopes, label: `WRES ${scopes.join(" ")}` } });
  expect(createApiToken.userErrors).toEqual([]);
  return new GraphQLClient(server.url, { authorization: `Bearer ${createApiToken.token}` });
}

/** Keys whose numbers are not counts of people: statistics, settings, years, shares, the number of organisations in a benchmark. */
const NOT_COUNTS = new Set(["year", "value", "lower", "upper", "confidenceLevel", "parityBandLower", "parityBandUpper", "gap", "share", "organisationCount", "minimumOrganisations"]);

/** Every number in a response under a key that could hold a count of people, with its path. */
export function countsIn(value: unknown, path = "$"): Array<{ path: string; value: number }> {
  if (typeof value === "number") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => countsIn(item, `${path}[${index}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => {
      // An indicator's counts are { name, value } pairs: there `value` is a count.
      if (key === "counts" && Array.isArray(inner)) {
        return inner.flatMap((count: { name: string; value: unknown }) => countsIn(count.value, `${path}.counts.${count.name}`));
      }
      return NOT_COUNTS.has(key) ? [] : countsIn(inner, `${path}.${key}`);
    });
  }
  return [];
}
