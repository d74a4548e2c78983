import { graphql } from "../generated";

/** The staff screens of applications: a cohort's queue, waiting list and panel; one application; scoring; bulk actions; CSV. */

export const queueApplicationFragment = graphql(`
  fragment QueueApplicationFields on Application {
    id
    reference
    receiptNumber
    receivedAt
    status
    eligible
    applicantName
    jobTitle
    organisationName
    organisation {
      id
      name
    }
    waitlistPosition
    holdExpiresAt
    offerExpiresAt
    meanScore
    erasedAt
    endorsement {
      status
      lineManagerName
      remindersSent
    }
    panelScores {
      total
      reviewer {
        id
      }
    }
  }
`);

/** The cohort a queue, waiting list or panel screen belongs to. */
export const applicationsCohortQuery = graphql(`
  query ApplicationsCohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      capacity
      allocationPolicy
      placesRemaining
      placeCounts {
        held
        offered
        accepted
        waitlisted
        underReview
        awaitingEndorsement
      }
      programme {
        id
        title
        selectionCriteria {
          key
          title
          maxScore
        }
      }
    }
  }
`);

export const cohortApplicationsQuery = graphql(`
  query CohortApplications($first: Int, $after: String, $last: Int, $before: String, $filter: ApplicationFilter!, $orderBy: ApplicationOrder) {
    applications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          ...QueueApplicationFields
        }
      }
    }
  }
`);

export const applicationDetailFragment = graphql(`
  fragment ApplicationDetailFields on Application {
    ...QueueApplicationFields
    applicantEmail
    staffGroup
    band
    medicalGrade
    updatedAt
    answers {
      questionKey
      question
      value
    }
    eligibilityReasons {
      rule
      met
      explanation
    }
    endorsement {
      status
      lineManagerName
      lineManagerEmail
      comment
      requestedAt
      decidedAt
      remindersSent
    }
    transitions {
      fromStatus
      toStatus
      reason
      actor
      note
      occurredAt
      actorUser {
        id
        name
        email
      }
    }
    panelScores {
      total
      comment
      updatedAt
      reviewer {
        id
        name
        email
      }
      scores {
        criterionKey
        title
        score
        maxScore
      }
    }
    participant {
      id
      status
    }
    cohort {
      id
      name
      capacity
      allocationPolicy
      programme {
        id
        title
        selectionCriteria {
          key
          title
          description
          maxScore
        }
      }
    }
  }
`);

export const applicationDetailQuery = graphql(`
  query ApplicationDetail($id: ID!) {
    node(id: $id) {
      ... on Application {
        ...ApplicationDetailFields
      }
    }
  }
`);

export const scoreApplicationMutation = graphql(`
  mutation ScoreApplication($input: ScoreApplicationInput!) {
    scoreApplication(input: $input) {
      score {
        total
        updatedAt
      }
      application {
        ...ApplicationDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const actOnApplicationsMutation = graphql(`
  mutation ActOnApplications($input: ActOnApplicationsInput!) {
    actOnApplications(input: $input) {
      results {
        id
        application {
          ...ApplicationDetailFields
        }
        userErrors {
          ...UserErrorFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const cohortApplicationsCsvQuery = graphql(`
  query CohortApplicationsCsv($id: ID!) {
    cohort(id: $id) {
      id
      name
      applicationsCsv
    }
  }
`);

/** The programme's selection criteria, for its page (panel selection). */
export const programmeSelectionCriteriaQuery = graphql(`
  query ProgrammeSelectionCriteria($id: ID!) {
    programme(id: $id) {
      id
      selectionCriteria {
        key
        title
        description
        maxScore
      }
    }
  }
`);

export const updateSelectionCriteriaMutation = graphql(`
  mutation UpdateSelectionCriteria($input: UpdateApplicationFormInput!) {
    updateApplicationForm(input: $input) {
      programme {
        id
        selectionCriteria {
          key
          title
          description
          maxScore
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** UK GDPR erasure of an applicant's personal data, by an administrator; the status and cohort stay so counts stay right. */
export const eraseApplicantMutation = graphql(`
  mutation EraseApplicant($input: ApplicationIdInput!) {
    eraseApplicant(input: $input) {
      application {
        ...ApplicationDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
