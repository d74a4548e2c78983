import { graphql } from "../generated";

/** What a partner token is: its organisation and scopes. */
export const partnerWhoAmIQuery = graphql(`
  query PartnerWhoAmI {
    viewer {
      organisation {
        id
        name
        odsCode
        region
      }
      scopes
    }
  }
`);

/** Cohorts taking applications now, with places and closing times (needs catalogue:read). */
export const partnerOpenCohortsQuery = graphql(`
  query PartnerOpenCohorts($first: Int, $after: String) {
    cohorts(first: $first, after: $after, filter: { openForApplications: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          capacity
          placesRemaining
          startsOn
          applicationsCloseAtLondon {
            text
          }
          programme {
            title
            academy {
              name
            }
          }
        }
      }
    }
  }
`);

/** An organisation's WRES indicators beside England's (needs wres:read). */
export const partnerWresIndicatorsQuery = graphql(`
  query PartnerWresIndicators($organisationId: ID!, $year: Int!) {
    wresReport(organisationId: $organisationId, year: $year) {
      disclosure
      indicators {
        code
        label
        kind
        value
        lower
        upper
        parity
        suppressed
        formatted
      }
      englandBenchmark {
        indicators {
          code
          formatted
        }
      }
    }
  }
`);

/**
 * Its own staff on one cohort (needs applications:read): who they are, their status, attendance and completion.
 * Other organisations' staff are left out, and their email and the academy's notes about them (why added by hand,
 * why withdrawn) are for the academy's staff only: a partner token reads them as null.
 */
export const partnerCohortStaffQuery = graphql(`
  query PartnerCohortStaff($id: ID!, $first: Int = 100) {
    cohort(id: $id) {
      id
      name
      participants(first: $first) {
        totalCount
        edges {
          node {
            id
            name
            status
            employer
            email
            completedAt
            addedReason
            withdrawnReason
            attendance {
              rate
              consecutiveAbsences
            }
          }
        }
      }
    }
  }
`);
