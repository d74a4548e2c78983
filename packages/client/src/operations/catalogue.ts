import { graphql } from "../generated";

/** An open cohort as the public catalogue shows it. */
export const catalogueCohortFragment = graphql(`
  fragment CatalogueCohort on Cohort {
    id
    name
    startsOn
    endsOn
    capacity
    placesRemaining
    allocationPolicy
    applicationsCloseAtLondon {
      date
      time
      text
    }
    track {
      id
      name
    }
  }
`);

/** Published programmes with the cohorts taking applications now (no sign-in needed). */
export const catalogueProgrammesQuery = graphql(`
  query CatalogueProgrammes($first: Int!, $search: String) {
    programmes(first: $first, filter: { status: [PUBLISHED], search: $search }) {
      totalCount
      edges {
        node {
          id
          title
          summary
          duration
          deliveryModes
          academy {
            id
            name
          }
          eligibilitySummary
          openCohorts {
            ...CatalogueCohort
          }
        }
      }
    }
  }
`);

/** One published programme, in full, for its catalogue page. */
export const catalogueProgrammeQuery = graphql(`
  query CatalogueProgramme($id: ID!) {
    programme(id: $id) {
      id
      title
      summary
      description
      status
      duration
      deliveryModes
      aims
      learningOutcomes
      benefits
      commitments
      targetRoles
      academy {
        id
        name
      }
      eligibility {
        ...EligibilityRulesFields
      }
      eligibilitySummary
      modules {
        ...ModuleTemplateFields
      }
      tracks {
        id
        name
        description
        eligibilitySummary
        effectiveEligibility {
          ...EligibilityRulesFields
        }
        modules {
          ...ModuleTemplateFields
        }
      }
      openCohorts {
        ...CatalogueCohort
        eligibilitySummary
        sessions {
          id
          title
          kind
          date
          startTime
          endTime
          venue
        }
      }
    }
  }
`);

/** Checks an applicant's answers against a programme's (and track's) rules; saves nothing. */
export const checkEligibilityQuery = graphql(`
  query CheckEligibility($programmeId: ID!, $trackId: ID, $applicant: EligibilityApplicantInput!) {
    checkEligibility(programmeId: $programmeId, trackId: $trackId, applicant: $applicant) {
      eligible
      reasons {
        rule
        met
        explanation
      }
    }
  }
`);

/** Every cohort taking applications now, across programmes: places, waiting list and closing time (no sign-in needed). */
export const catalogueOpenCohortsQuery = graphql(`
  query CatalogueOpenCohorts($first: Int, $after: String) {
    cohorts(first: $first, after: $after, filter: { openForApplications: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CatalogueCohort
          status
          openForApplications
          waitlistLength
          applicationsCloseAt
          programme {
            id
            title
          }
        }
      }
    }
  }
`);
