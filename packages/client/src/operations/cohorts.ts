import { graphql } from "../generated";

/** What a row of the cohorts table shows. */
export const cohortSummaryFragment = graphql(`
  fragment CohortSummary on Cohort {
    id
    name
    status
    capacity
    placesRemaining
    openForApplications
    startsOn
    endsOn
    sessionCount
    applicationsCloseAtLondon {
      date
      time
      text
    }
    programme {
      id
      title
    }
    track {
      id
      name
    }
  }
`);

export const cohortFacilitatorDetailsFragment = graphql(`
  fragment CohortFacilitatorDetails on CohortFacilitator {
    id
    displayName
    role
    organisation {
      id
      name
    }
    user {
      id
      name
    }
  }
`);

export const sessionDetailsFragment = graphql(`
  fragment SessionDetails on Session {
    id
    title
    kind
    date
    startTime
    endTime
    startsAt
    endsAt
    dayNumber
    venue
    onlineUrl
    facilitator {
      id
      displayName
    }
  }
`);

/** Everything the cohort page shows (availableTransitions is asked for separately: only managers may see it). */
export const cohortDetailsFragment = graphql(`
  fragment CohortDetails on Cohort {
    ...CohortSummary
    allocationPolicy
    waitlistLength
    eligibilitySummary
    applicationsOpenAtLondon {
      date
      time
      text
    }
    facilitators {
      ...CohortFacilitatorDetails
    }
    sessions {
      ...SessionDetails
    }
  }
`);

export const cohortsQuery = graphql(`
  query Cohorts($first: Int, $after: String, $last: Int, $before: String, $filter: CohortFilter) {
    cohorts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...CohortSummary
        }
      }
    }
  }
`);

/** One cohort; $canManage asks for the status moves, which only administrators and programme managers may see. */
export const cohortQuery = graphql(`
  query Cohort($id: ID!, $canManage: Boolean!) {
    cohort(id: $id) {
      ...CohortDetails
      availableTransitions @include(if: $canManage)
    }
  }
`);

/** The cohort's sessions as an iCalendar file, fetched only when someone downloads it. */
export const cohortCalendarQuery = graphql(`
  query CohortCalendar($id: ID!) {
    cohort(id: $id) {
      id
      name
      calendarIcs
    }
  }
`);

/** Facilitation providers and academies, for the cohort's facilitator picker. */
export const facilitatorOrganisationOptionsQuery = graphql(`
  query FacilitatorOrganisationOptions($search: String, $first: Int!) {
    organisations(
      first: $first
      filter: { search: $search, kinds: [FACILITATION_PROVIDER, ACADEMY] }
      orderBy: { field: NAME, direction: ASC }
    ) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const createCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateCohortMutation = graphql(`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const openCohortMutation = graphql(`
  mutation OpenCohort($input: CohortIdInput!) {
    openCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const closeCohortMutation = graphql(`
  mutation CloseCohort($input: CohortIdInput!) {
    closeCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const startCohortMutation = graphql(`
  mutation StartCohort($input: CohortIdInput!) {
    startCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const completeCohortMutation = graphql(`
  mutation CompleteCohort($input: CohortIdInput!) {
    completeCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cancelCohortMutation = graphql(`
  mutation CancelCohort($input: CohortIdInput!) {
    cancelCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const scheduleCohortMutation = graphql(`
  mutation ScheduleCohort($input: ScheduleCohortInput!) {
    scheduleCohort(input: $input) {
      cohort {
        ...CohortDetails
      }
      sessions {
        ...SessionDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const addSessionMutation = graphql(`
  mutation AddSession($input: AddSessionInput!) {
    addSession(input: $input) {
      session {
        ...SessionDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      session {
        ...SessionDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const deleteSessionMutation = graphql(`
  mutation DeleteSession($input: SessionIdInput!) {
    deleteSession(input: $input) {
      session {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
