/**
 * A partner trust's first script: who am I, which cohorts are open, and how
 * do my WRES indicators compare with England's.
 *
 *   ASCENT_TOKEN=ascpat_... npx -y pnpm@10.34.8 --filter @ascent/client example:partner-report
 *
 * ASCENT_URL defaults to http://localhost:4000/graphql, WRES_YEAR to 2024.
 */
import { AscentGraphQLError, createAscentClient, partnerOpenCohortsQuery, partnerWhoAmIQuery, partnerWresIndicatorsQuery, type PartnerOpenCohortsQuery } from "../src";

/** Relative likelihoods are ratios; proportions and differences come as fractions. */
function inUnits(kind: string, value: number): string {
  if (kind === "RELATIVE_LIKELIHOOD") return value.toFixed(2);
  return kind === "DIFFERENCE" ? `${(value * 100).toFixed(1)} pp` : `${(value * 100).toFixed(1)}%`;
}

async function main() {
  const token = process.env.ASCENT_TOKEN;
  if (!token) throw new Error("Set ASCENT_TOKEN to a partner API token (create one in the console under API tokens).");
  const ascent = createAscentClient({ url: process.env.ASCENT_URL ?? "http://localhost:4000/graphql", token });
  const year = Number.parseInt(process.env.WRES_YEAR ?? "2024", 10);

  const { viewer } = await ascent.request(partnerWhoAmIQuery);
  const organisation = viewer?.organisation;
  if (!organisation) throw new Error("This token has no organisation.");
  console.log(`Signed in as ${organisation.name} (${organisation.odsCode ?? "no ODS code"}) with scopes ${viewer.scopes.join(", ")}\n`);

  console.log("Open cohorts");
  let after: string | null | undefined = null;
  do {
    const { cohorts }: PartnerOpenCohortsQuery = await ascent.request(partnerOpenCohortsQuery, { first: 25, after });
    for (const { node } of cohorts.edges) {
      console.log(`  ${node.programme.title} — ${node.name} (${node.programme.academy.name}): ${node.placesRemaining} of ${node.capacity} places, closes ${node.applicationsCloseAtLondon?.text ?? "when full"}`);
    }
    after = cohorts.pageInfo.hasNextPage ? cohorts.pageInfo.endCursor : null;
  } while (after);

  const { wresReport } = await ascent.request(partnerWresIndicatorsQuery, { organisationId: organisation.id, year });
  if (!wresReport) {
    console.log(`\nNo WRES return for ${year} yet.`);
    return;
  }
  const england = new Map(wresReport.englandBenchmark?.indicators.map((indicator) => [indicator.code, indicator.formatted]) ?? []);
  console.log(`\nWRES ${year} (${wresReport.disclosure}) — yours vs England`);
  for (const indicator of wresReport.indicators.filter((i) => !i.code.includes("."))) {
    const interval = indicator.lower !== null && indicator.upper !== null ? ` [${inUnits(indicator.kind, indicator.lower)} to ${inUnits(indicator.kind, indicator.upper)}]` : "";
    const value = indicator.suppressed ? "withheld" : `${indicator.formatted ?? "n/a"}${interval}`;
    console.log(`  ${indicator.code.padEnd(6)} ${indicator.label}: ${value}; England ${england.get(indicator.code) ?? "n/a"}${indicator.parity ? ` (${indicator.parity})` : ""}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof AscentGraphQLError) console.error(`The api refused: ${error.codes.join(", ")}: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
