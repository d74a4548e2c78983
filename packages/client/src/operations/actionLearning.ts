import { graphql } from "../generated";

/** One Action Learning Set as its card shows it: facilitator, members, meetings. */
export const learningSetCardFragment = graphql(`
  fragment LearningSetCard on LearningSet {
    id
    name
    memberCount
    maxMembers
    facilitator {
      id
      displayName
      role
    }
    members {
      id
      name
      status
    }
    meetings {
      id
      title
      date
      startTime
      endTime
      venue
      onlineUrl
    }
  }
`);

/** A cohort's sets, who has none yet, its facilitators (to choose from) and the programme's set size. */
export const cohortLearningSetsQuery = graphql(`
  query CohortLearningSets($id: ID!) {
    cohort(id: $id) {
      id
      name
      startsOn
      endsOn
      status
      programme {
        id
        title
        actionLearningSetSize
      }
      facilitators {
        id
        displayName
        role
      }
      learningSets {
        ...LearningSetCard
      }
      participantsWithoutLearningSet {
        id
        name
      }
    }
  }
`);

export const setActionLearningSetSizeMutation = graphql(`
  mutation SetActionLearningSetSize($input: SetActionLearningSetSizeInput!) {
    setActionLearningSetSize(input: $input) {
      programme {
        id
        actionLearningSetSize
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const createLearningSetMutation = graphql(`
  mutation CreateLearningSet($input: CreateLearningSetInput!) {
    createLearningSet(input: $input) {
      learningSet {
        ...LearningSetCard
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const renameLearningSetMutation = graphql(`
  mutation RenameLearningSet($input: RenameLearningSetInput!) {
    renameLearningSet(input: $input) {
      learningSet {
        ...LearningSetCard
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setLearningSetFacilitatorMutation = graphql(`
  mutation SetLearningSetFacilitator($input: SetLearningSetFacilitatorInput!) {
    setLearningSetFacilitator(input: $input) {
      learningSet {
        ...LearningSetCard
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const deleteLearningSetMutation = graphql(`
  mutation DeleteLearningSet($input: DeleteLearningSetInput!) {
    deleteLearningSet(input: $input) {
      deletedLearningSetId
      deletedMeetingCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const assignLearningSetMemberMutation = graphql(`
  mutation AssignLearningSetMember($input: AssignLearningSetMemberInput!) {
    assignLearningSetMember(input: $input) {
      participant {
        id
        name
      }
      learningSet {
        ...LearningSetCard
      }
      previousLearningSet {
        ...LearningSetCard
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const unassignLearningSetMemberMutation = graphql(`
  mutation UnassignLearningSetMember($input: UnassignLearningSetMemberInput!) {
    unassignLearningSetMember(input: $input) {
      participant {
        id
        name
      }
      previousLearningSet {
        ...LearningSetCard
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const formLearningSetsMutation = graphql(`
  mutation FormLearningSets($input: CohortLearningSetsInput!) {
    formLearningSets(input: $input) {
      learningSets {
        ...LearningSetCard
      }
      createdSetCount
      assignedCount
      explanation
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const scheduleLearningSetMeetingsMutation = graphql(`
  mutation ScheduleLearningSetMeetings($input: CohortLearningSetsInput!) {
    scheduleLearningSetMeetings(input: $input) {
      created {
        id
        title
        date
        startTime
        endTime
        learningSet {
          id
          name
        }
      }
      alreadyScheduledCount
      replacedSessionCount
      summary
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
