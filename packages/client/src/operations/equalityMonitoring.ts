import { graphql } from "../generated";

/** The applicant's optional monitoring answers, sent with their private link's token. Nothing returns them. */
export const submitEqualityMonitoringMutation = graphql(`
  mutation SubmitEqualityMonitoring($input: EqualityMonitoringInput!) {
    submitEqualityMonitoring(input: $input) {
      recorded
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const withdrawEqualityMonitoringMutation = graphql(`
  mutation WithdrawEqualityMonitoring($input: EqualityMonitoringTokenInput!) {
    withdrawEqualityMonitoring(input: $input) {
      recorded
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Fair selection for a cohort or a programme (its id), disclosure-controlled. */
export const fairSelectionQuery = graphql(`
  query FairSelection($id: ID!) {
    fairSelection(id: $id) {
      disclosure
      withheld
      cohortsIncluded
      cohortsLeftOut
      programme {
        id
        title
      }
      cohort {
        id
        name
      }
      groups {
        group
        label
        applicants
        offered
        accepted
        offerRate
      }
      offerLikelihood {
        value
        lower
        upper
        parity
        reason
        formatted
        confidenceLevel
        parityBandLower
        parityBandUpper
      }
    }
  }
`);
