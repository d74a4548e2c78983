import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse, print } from "graphql";
import { graphql } from "../generated";
import type { WresIndicatorFieldsFragment } from "../generated/graphql";

/** Everything a chart, a card or a table shows of one figure. */
export const wresIndicatorFieldsFragment = graphql(`
  fragment WresIndicatorFields on WresIndicator {
    code
    metricCode
    label
    kind
    value
    lower
    upper
    formatted
    parity
    parityBandLower
    parityBandUpper
    suppressed
    reason
    disclosure
    confidenceLevel
    counts {
      name
      value
    }
  }
`);

/** A benchmark (England or a region) beside an organisation's report. */
export const wresBenchmarkFieldsFragment = graphql(`
  fragment WresBenchmarkFields on WresBenchmark {
    name
    region
    year
    disclosure
    organisationCount
    withheld
    minimumOrganisations
    indicators {
      ...WresIndicatorFields
    }
  }
`);

/** One version of a return, as the version history lists it. */
export const wresReturnSummaryFragment = graphql(`
  fragment WresReturnSummary on WresReturn {
    id
    year
    version
    current
    splitByGroup
    source
    submittedAt
    supersededAt
  }
`);

export const wresTargetFieldsFragment = graphql(`
  fragment WresTargetFields on WresTarget {
    id
    group
    year
    share
    updatedAt
  }
`);

/** The organisation dashboard: its figures, its region's and England's, and progress against its targets. */
export const wresReportQuery = graphql(`
  query WresReport($organisationId: ID!, $year: Int!) {
    wresReport(organisationId: $organisationId, year: $year) {
      organisationId
      year
      disclosure
      submittedAt
      organisation {
        id
        name
        region
        odsCode
      }
      indicators {
        ...WresIndicatorFields
      }
      englandBenchmark {
        ...WresBenchmarkFields
      }
      regionBenchmark {
        ...WresBenchmarkFields
      }
      targets {
        year
        gap
        met
        target {
          ...WresTargetFields
        }
        actual {
          ...WresIndicatorFields
        }
      }
      wresReturn {
        ...WresReturnSummary
      }
    }
  }
`);

/** Figures by ethnic group: each group against white staff, and representation in senior roles. */
export const wresGroupBreakdownFieldsFragment = graphql(`
  fragment WresGroupBreakdownFields on WresGroupBreakdown {
    organisationCount
    returnCount
    disclosure
    withheld
    groups {
      group
      label
      indicators {
        ...WresIndicatorFields
      }
    }
    seniorRoles {
      level
      levelLabel
      group
      label
      share {
        ...WresIndicatorFields
      }
    }
  }
`);

/**
 * An organisation's figures by ethnic group, for the dashboard: a query of
 * its own, so the figures are computed only when the section asks for them.
 * England's and the region's come from `wresBenchmarkGroupsQuery`.
 */
export const wresGroupsQuery = graphql(`
  query WresGroups($organisationId: ID!, $year: Int!) {
    wresReport(organisationId: $organisationId, year: $year) {
      organisationId
      year
      disclosure
      byGroup {
        ...WresGroupBreakdownFields
      }
    }
  }
`);

/** England's or a region's figures by ethnic group. */
export const wresBenchmarkGroupsQuery = graphql(`
  query WresBenchmarkGroups($year: Int!, $region: NhsRegion) {
    wresBenchmark(year: $year, region: $region) {
      name
      region
      organisationCount
      withheld
      minimumOrganisations
      byGroup {
        ...WresGroupBreakdownFields
      }
    }
  }
`);

/** A figure of a trend point: enough for a line and its interval. */
export const wresTrendFigureFragment = graphql(`
  fragment WresTrendFigure on WresIndicator {
    value
    lower
    upper
    formatted
    suppressed
    parity
  }
`);

export const wresTrendFieldsFragment = graphql(`
  fragment WresTrendFields on WresTrend {
    code
    region
    points {
      year
      organisation {
        ...WresTrendFigure
      }
      region {
        ...WresTrendFigure
      }
      england {
        ...WresTrendFigure
      }
    }
  }
`);

/**
 * The trend of every headline indicator in one request (the api computes each
 * year's benchmarks once per request, so one document is much cheaper than nine).
 */
export const wresTrendsQuery = graphql(`
  query WresTrends($organisationId: ID!, $fromYear: Int!, $toYear: Int!) {
    wres1: wresTrend(organisationId: $organisationId, code: "WRES1", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres2: wresTrend(organisationId: $organisationId, code: "WRES2", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres3: wresTrend(organisationId: $organisationId, code: "WRES3", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres4: wresTrend(organisationId: $organisationId, code: "WRES4", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres5: wresTrend(organisationId: $organisationId, code: "WRES5", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres6: wresTrend(organisationId: $organisationId, code: "WRES6", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres7: wresTrend(organisationId: $organisationId, code: "WRES7", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres8: wresTrend(organisationId: $organisationId, code: "WRES8", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
    wres9: wresTrend(organisationId: $organisationId, code: "WRES9", fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
  }
`);

/** One indicator across years (e.g. a band row, WRES1.NON_CLINICAL.BAND_8A). */
export const wresTrendQuery = graphql(`
  query WresTrend($organisationId: ID!, $code: String!, $fromYear: Int, $toYear: Int) {
    wresTrend(organisationId: $organisationId, code: $code, fromYear: $fromYear, toYear: $toYear) {
      ...WresTrendFields
    }
  }
`);

/** Every version of an organisation's returns, newest first (owners only). */
export const wresReturnsQuery = graphql(`
  query WresReturns($organisationId: ID!, $year: Int) {
    wresReturns(organisationId: $organisationId, year: $year) {
      ...WresReturnSummary
    }
  }
`);

/** Every version of an organisation's returns as CSV, in the template's format, for download (owners only). */
export const wresReturnCsvsQuery = graphql(`
  query WresReturnCsvs($organisationId: ID!, $year: Int) {
    wresReturns(organisationId: $organisationId, year: $year) {
      id
      version
      csv
    }
  }
`);

export const wresTargetsQuery = graphql(`
  query WresTargets($organisationId: ID!) {
    wresTargets(organisationId: $organisationId) {
      ...WresTargetFields
    }
  }
`);

export const wresBenchmarkQuery = graphql(`
  query WresBenchmark($year: Int!, $region: NhsRegion) {
    wresBenchmark(year: $year, region: $region) {
      ...WresBenchmarkFields
    }
  }
`);

/** The most recent year with returns (the organisation's own, when given): where dashboards open. */
export const wresLatestYearQuery = graphql(`
  query WresLatestYear($organisationId: ID) {
    wresLatestYear(organisationId: $organisationId)
  }
`);

export const wresCsvTemplateQuery = graphql(`
  query WresCsvTemplate {
    wresCsvTemplate
  }
`);

/** The server's verdict on an uploaded file; saves nothing. */
export const previewWresReturnCsvQuery = graphql(`
  query PreviewWresReturnCsv($csv: String!, $year: Int!) {
    previewWresReturnCsv(csv: $csv, year: $year) {
      valid
      dataRows
      issues {
        row
        column
        message
        path
      }
      indicators {
        ...WresIndicatorFields
      }
    }
  }
`);

export const submitWresReturnMutation = graphql(`
  mutation SubmitWresReturn($input: SubmitWresReturnInput!) {
    submitWresReturn(input: $input) {
      wresReturn {
        ...WresReturnSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setWresTargetMutation = graphql(`
  mutation SetWresTarget($input: SetWresTargetInput!) {
    setWresTarget(input: $input) {
      wresTarget {
        ...WresTargetFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const removeWresTargetMutation = graphql(`
  mutation RemoveWresTarget($input: RemoveWresTargetInput!) {
    removeWresTarget(input: $input) {
      wresTarget {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Trusts (or other organisations) one page at a time, for views across organisations. */
export const wresOrganisationsPageQuery = graphql(`
  query WresOrganisationsPage($first: Int!, $after: String, $kinds: [OrganisationKind!]) {
    organisations(first: $first, after: $after, filter: { kinds: $kinds }, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          odsCode
          region
        }
      }
    }
  }
`);

// ---------------------------------------------------------------------------
// Several organisations' figures in one request

/** The api accepts at most 30 aliases a document; stay well inside it. */
export const WRES_REPORTS_BATCH_SIZE = 25;

/** One organisation's figure in a batch: null when it has no return for the year. */
export interface WresBatchReport {
  organisationId: string;
  disclosure: string;
  indicator: WresIndicatorFieldsFragment | null;
}

export type WresReportsBatchResult = Record<string, WresBatchReport | null>;
export type WresReportsBatchVariables = Record<string, string | number>;

/**
 * One indicator of up to WRES_REPORTS_BATCH_SIZE organisations' reports for
 * a year, as one document with an alias per organisation (`r0`, `r1`, ...).
 * The api has no single query over every organisation's report, and a
 * document per organisation would be dozens of requests.
 */
export function wresReportsBatch(
  organisationIds: readonly string[],
  year: number,
  code: string,
): { query: TypedDocumentNode<WresReportsBatchResult, WresReportsBatchVariables>; variables: WresReportsBatchVariables; aliasOf: (index: number) => string } {
  if (organisationIds.length === 0 || organisationIds.length > WRES_REPORTS_BATCH_SIZE) {
    throw new RangeError(`Give 1 to ${WRES_REPORTS_BATCH_SIZE} organisations per batch, not ${organisationIds.length}.`);
  }
  const aliasOf = (index: number) => `r${index}`;
  const variableDefinitions = organisationIds.map((_, index) => `$o${index}: ID!`).join(" ");
  const fields = organisationIds
    .map((_, index) => `${aliasOf(index)}: wresReport(organisationId: $o${index}, year: $year) { organisationId disclosure indicator(code: $code) { ...WresIndicatorFields } }`)
    .join("\n");
  const text = `query WresReportsBatch($year: Int!, $code: String! ${variableDefinitions}) {\n${fields}\n}\n${print(wresIndicatorFieldsFragment)}`;
  const variables: WresReportsBatchVariables = { year, code };
  organisationIds.forEach((id, index) => {
    variables[`o${index}`] = id;
  });
  return { query: parse(text) as TypedDocumentNode<WresReportsBatchResult, WresReportsBatchVariables>, variables, aliasOf };
}
