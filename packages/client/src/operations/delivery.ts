import { graphql } from "../generated";

/** A line of a cohort's roster: who, their status, attendance, and (for the academy's staff) the completion rule applied. */
export const rosterParticipantFragment = graphql(`
  fragment RosterParticipant on Participant {
    id
    name
    status
    employer
    jobTitle
    band
    addedByHand
    addedReason
    withdrawnReason
    completedAt
    attendance {
      attended
      absent
      excused
      rate
      recorded
      consecutiveAbsences
    }
  }
`);

/** A cohort's roster (up to 100: a cohort is a room of people) and its sessions for the registers. */
export const cohortRosterQuery = graphql(`
  query CohortRoster($id: ID!, $canManage: Boolean!, $first: Int = 100) {
    cohort(id: $id) {
      id
      name
      status
      programme @include(if: $canManage) {
        id
        completionRule {
          minimumAttendancePercent
          mentorOrCoachRequired
          postProgrammeEvaluationRequired
        }
      }
      sessions {
        id
        title
        date
        startTime
        endTime
        startsAt
        attendanceSummary {
          attended
          absent
          excused
          rate
        }
      }
      participants(first: $first) {
        totalCount
        edges {
          node {
            ...RosterParticipant
            completion @include(if: $canManage) {
              met
              reasons
              missing
            }
          }
        }
      }
    }
  }
`);

/** One session's register, for whoever takes it. */
export const sessionRegisterQuery = graphql(`
  query SessionRegister($id: ID!) {
    node(id: $id) {
      ... on Session {
        id
        title
        date
        startTime
        endTime
        startsAt
        register {
          status
          participant {
            id
            name
            status
            employer
          }
        }
        attendanceSummary {
          attended
          absent
          excused
          rate
        }
      }
    }
  }
`);

export const recordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      session {
        id
        register {
          status
          participant {
            id
            status
          }
        }
        attendanceSummary {
          attended
          absent
          excused
          rate
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const addParticipantMutation = graphql(`
  mutation AddParticipant($input: AddParticipantInput!) {
    addParticipant(input: $input) {
      participant {
        ...RosterParticipant
        email
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const withdrawParticipantMutation = graphql(`
  mutation WithdrawParticipant($input: WithdrawParticipantInput!) {
    withdrawParticipant(input: $input) {
      participant {
        ...RosterParticipant
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const completeParticipantMutation = graphql(`
  mutation CompleteParticipant($input: CompleteParticipantInput!) {
    completeParticipant(input: $input) {
      participant {
        ...RosterParticipant
        transitions {
          fromStatus
          toStatus
          reason
          occurredAt
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Participants the caller sees across cohorts: a partner token's own staff, with their participation and completion. */
export const participantsQuery = graphql(`
  query Participants($first: Int, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          employer
          completedAt
          cohort {
            id
            name
          }
          attendance {
            rate
            consecutiveAbsences
          }
        }
      }
    }
  }
`);

export const participantHistoryQuery = graphql(`
  query ParticipantHistory($id: ID!) {
    node(id: $id) {
      ... on Participant {
        id
        status
        withdrawnReason
        transitions {
          fromStatus
          toStatus
          reason
          occurredAt
        }
      }
    }
  }
`);

export const programmeCompletionRuleQuery = graphql(`
  query ProgrammeCompletionRule($id: ID!) {
    programme(id: $id) {
      id
      completionRule {
        minimumAttendancePercent
        mentorOrCoachRequired
        postProgrammeEvaluationRequired
      }
    }
  }
`);

export const setProgrammeCompletionRuleMutation = graphql(`
  mutation SetProgrammeCompletionRule($input: SetProgrammeCompletionRuleInput!) {
    setProgrammeCompletionRule(input: $input) {
      rule {
        minimumAttendancePercent
        mentorOrCoachRequired
        postProgrammeEvaluationRequired
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
