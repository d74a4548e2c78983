import { graphql } from "../generated";

/** A career outcome as lists and the staff screen show it. */
export const careerOutcomeFieldsFragment = graphql(`
  fragment CareerOutcomeFields on CareerOutcome {
    id
    kind
    group
    effectiveOn
    bandBefore
    bandAfter
    source
    recordedAt
  }
`);

/** Career outcomes, latest first (staff: their academy's; a partner token with applications:read or outcomes:write: its own staff's). */
export const careerOutcomesQuery = graphql(`
  query CareerOutcomes($first: Int, $after: String, $last: Int, $before: String, $filter: CareerOutcomeFilter) {
    careerOutcomes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...CareerOutcomeFields
          name
          addedByHand
          application {
            id
            reference
            organisationName
          }
          participant {
            id
          }
          cohort {
            id
            name
            programme {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const careerOutcomesCsvQuery = graphql(`
  query CareerOutcomesCsv($filter: CareerOutcomeFilter) {
    careerOutcomesCsv(filter: $filter)
  }
`);

/** A cohort's participants (also those added by hand) and comparison group, with what has been recorded for each. */
export const cohortOutcomePeopleQuery = graphql(`
  query CohortOutcomePeople($cohortId: ID!) {
    cohortOutcomePeople(cohortId: $cohortId) {
      group
      completedOn
      name
      band
      addedByHand
      participant {
        id
      }
      application {
        id
        reference
        applicantName
        band
      }
      outcomes {
        ...CareerOutcomeFields
      }
    }
  }
`);

/** Records an outcome: input.participantId for a participant (also one added by hand), input.applicationId for a comparison-group applicant. */
export const recordCareerOutcomeMutation = graphql(`
  mutation RecordCareerOutcome($input: RecordCareerOutcomeInput!) {
    recordCareerOutcome(input: $input) {
      careerOutcome {
        ...CareerOutcomeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What a follow-up link opens. */
export const careerFollowUpQuery = graphql(`
  query CareerFollowUp($token: String!) {
    careerFollowUp(token: $token) {
      name
      programmeTitle
      cohortName
      group
      addedByHand
      bandWhenApplied
      appliedOn
      outcomes {
        kind
        effectiveOn
        bandBefore
        bandAfter
      }
    }
  }
`);

export const reportCareerOutcomeMutation = graphql(`
  mutation ReportCareerOutcome($input: ReportCareerOutcomeInput!) {
    reportCareerOutcome(input: $input) {
      recorded
      outcomes {
        kind
        effectiveOn
        bandBefore
        bandAfter
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const impactGroupFigureFragment = graphql(`
  fragment ImpactGroupFigureFields on ImpactGroupFigure {
    promoted
    followed
    share
    lower
    upper
    reason
  }
`);

/** Promotion within 6, 12 and 24 months of completion: participants against the comparison group. */
export const programmeImpactQuery = graphql(`
  query ProgrammeImpact($programmeId: ID!, $cohortId: ID) {
    programmeImpact(programmeId: $programmeId, cohortId: $cohortId) {
      disclosure
      withheld
      cohortsIncluded
      confidenceLevel
      programme {
        id
        title
        cohorts {
          id
          name
          startsOn
          endsOn
          status
        }
      }
      cohort {
        id
        name
      }
      baseline {
        annualRatePercent
        source
        updatedAt
      }
      horizons {
        months
        participants {
          ...ImpactGroupFigureFields
        }
        comparison {
          ...ImpactGroupFigureFields
        }
        difference
        differenceLower
        differenceUpper
        verdict
        verdictText
        baseline
        baselineVerdict
      }
    }
  }
`);

export const setProgrammeImpactBaselineMutation = graphql(`
  mutation SetProgrammeImpactBaseline($input: SetProgrammeImpactBaselineInput!) {
    setProgrammeImpactBaseline(input: $input) {
      baseline {
        annualRatePercent
        source
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Programmes with their cohorts, for choosing where to record outcomes and whose impact to read. */
export const outcomeProgrammesQuery = graphql(`
  query OutcomeProgrammes {
    viewer {
      user {
        id
        role
        organisation {
          id
        }
      }
    }
    programmes(first: 25) {
      edges {
        node {
          id
          title
          status
          academy {
            id
            name
          }
          cohorts {
            id
            name
            status
            startsOn
            endsOn
          }
        }
      }
    }
  }
`);
