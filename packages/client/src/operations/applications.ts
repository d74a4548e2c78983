import { graphql } from "../generated";

/** What the public application form needs about a cohort: its programme's questions, rules and declaration wording. */
export const applyCohortQuery = graphql(`
  query ApplyCohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      startsOn
      endsOn
      capacity
      placesRemaining
      waitlistLength
      allocationPolicy
      openForApplications
      applicationsCloseAtLondon {
        text
      }
      applicationSettings {
        holdDays
        offerResponseDays
      }
      track {
        id
        name
      }
      eligibility {
        ...EligibilityRulesFields
      }
      eligibilitySummary
      programme {
        id
        title
        status
        academy {
          id
          name
        }
        applicationQuestions {
          key
          label
          help
          kind
          required
          maxLength
          choices
        }
        positiveActionDeclaration {
          statement
          consent
        }
      }
    }
  }
`);

/** Employers by name for the public form (no sign-in). */
export const employerChoicesQuery = graphql(`
  query EmployerChoices($search: String!) {
    employerChoices(search: $search) {
      id
      name
    }
  }
`);

/** The applicant's view of their application, through their private link. */
export const applicationStatusFragment = graphql(`
  fragment ApplicationStatusFields on ApplicationStatusView {
    reference
    status
    receivedAt
    applicantName
    waitlistPosition
    holdExpiresAt
    offerExpiresAt
    endorsementStatus
    lineManagerName
    canWithdraw
    canRespondToOffer
    linkExpiresAt
    ineligibility {
      title
      lines
    }
    timeline {
      status
      reason
      actor
      occurredAt
    }
    cohort {
      id
      name
      startsOn
      endsOn
      programme {
        id
        title
        academy {
          id
          name
        }
      }
    }
  }
`);

export const submitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      replayed
      statusToken
      statusUrl
      application {
        ...ApplicationStatusFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const applicationStatusQuery = graphql(`
  query ApplicationStatus($token: String!) {
    applicationStatus(token: $token) {
      ...ApplicationStatusFields
    }
  }
`);

export const withdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($input: ApplicantWithdrawInput!) {
    withdrawApplication(input: $input) {
      application {
        ...ApplicationStatusFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const acceptOfferMutation = graphql(`
  mutation AcceptOffer($input: ApplicantTokenInput!) {
    acceptOffer(input: $input) {
      application {
        ...ApplicationStatusFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const declineOfferMutation = graphql(`
  mutation DeclineOffer($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      application {
        ...ApplicationStatusFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The line manager's view through their link. */
export const endorsementRequestFragment = graphql(`
  fragment EndorsementRequestFields on EndorsementRequestView {
    applicantName
    applicantJobTitle
    applicantOrganisation
    lineManagerName
    status
    applicationStatus
    canDecide
    comment
    holdExpiresAt
    linkExpiresAt
    cohort {
      id
      name
      startsOn
      endsOn
      programme {
        id
        title
        commitments
        academy {
          id
          name
        }
      }
    }
  }
`);

export const endorsementRequestQuery = graphql(`
  query EndorsementRequest($token: String!) {
    endorsementRequest(token: $token) {
      ...EndorsementRequestFields
    }
  }
`);

export const endorseApplicationMutation = graphql(`
  mutation EndorseApplication($input: EndorseApplicationInput!) {
    endorseApplication(input: $input) {
      endorsement {
        ...EndorsementRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A cohort's places and participants, for academy staff. */
export const cohortPlacesQuery = graphql(`
  query CohortPlaces($id: ID!) {
    cohort(id: $id) {
      id
      capacity
      allocationPolicy
      placesRemaining
      waitlistLength
      placeCounts {
        held
        offered
        accepted
        waitlisted
        underReview
        awaitingEndorsement
      }
      participants(first: 1) {
        totalCount
      }
    }
  }
`);
