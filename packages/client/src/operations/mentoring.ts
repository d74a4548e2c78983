import { graphql } from "../generated";

/** A row of the directory of mentors and coaches. */
export const mentorSummaryFragment = graphql(`
  fragment MentorSummary on Mentor {
    id
    name
    email
    band
    offers
    expertise
    capacity
    retiredAt
    runningPairings
    organisation {
      id
      name
    }
  }
`);

export const mentorsQuery = graphql(`
  query Mentors($first: Int, $after: String, $last: Int, $before: String, $filter: MentorFilter) {
    mentors(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...MentorSummary
        }
      }
    }
  }
`);

export const addMentorMutation = graphql(`
  mutation AddMentor($input: AddMentorInput!) {
    addMentor(input: $input) {
      mentor {
        ...MentorSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** How many mentors and coaches an academy's directory holds; null unless the caller keeps that directory. */
export const academyMentorCountQuery = graphql(`
  query AcademyMentorCount($id: ID!) {
    organisation(id: $id) {
      id
      mentorCount
    }
  }
`);

export const updateMentorMutation = graphql(`
  mutation UpdateMentor($input: UpdateMentorInput!) {
    updateMentor(input: $input) {
      mentor {
        ...MentorSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const retireMentorMutation = graphql(`
  mutation RetireMentor($id: ID!) {
    retireMentor(id: $id) {
      mentor {
        ...MentorSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** One directory entry, for its edit page. */
export const mentorQuery = graphql(`
  query Mentor($id: ID!) {
    node(id: $id) {
      ... on Mentor {
        ...MentorSummary
      }
    }
  }
`);

/** A pairing as the mentoring board shows it. */
export const mentoringRelationshipDetailsFragment = graphql(`
  fragment MentoringRelationshipDetails on MentoringRelationship {
    id
    kind
    startsOn
    plannedEndOn
    endedOn
    endReason
    sameOrganisationReason
    mentor {
      id
      name
      band
      organisation {
        id
        name
      }
    }
    length {
      state
      minimumMetOn
      summary
    }
    checkIns {
      id
      heldOn
      note
    }
  }
`);

/** "A mentor or coach in place before the start", for the cohort page and the board. */
export const mentoringGateFragment = graphql(`
  fragment MentoringGateDetails on MentoringGate {
    required
    met
    participantCount
    inPlaceCount
    minimumMonths
    missing {
      explanation
      participant {
        id
        name
      }
    }
  }
`);

export const cohortMentoringGateQuery = graphql(`
  query CohortMentoringGate($id: ID!) {
    cohort(id: $id) {
      id
      mentoringGate {
        ...MentoringGateDetails
      }
    }
  }
`);

/**
 * A cohort's participants with their mentor or coach, for the mentoring board.
 * Fields are spelt out rather than spread from fragments: the query is deep,
 * and the cost limit charges each fragment level on top of its depth.
 */
export const mentoringBoardQuery = graphql(`
  query MentoringBoard($id: ID!) {
    cohort(id: $id) {
      id
      name
      startsOn
      programme {
        id
        title
        mentoringRules {
          requiredBeforeStart
          minimumMonths
        }
      }
      mentoringBoard {
            id
            name
            band
            jobTitle
            employer
            application {
              id
              organisation {
                id
              }
            }
            mentoring {
              id
              kind
              startsOn
              plannedEndOn
              endedOn
              sameOrganisationReason
              mentor {
                id
                name
                band
                organisation {
                  id
                  name
                }
              }
              length {
                state
                minimumMetOn
                summary
              }
              checkIns {
                id
                heldOn
                note
              }
            }
      }
    }
  }
`);

/** Suggested mentors and coaches for one participant, with the reasons for each. */
export const mentorSuggestionsQuery = graphql(`
  query MentorSuggestions($participantId: ID!, $kind: MentoringKind, $focus: String) {
    node(id: $participantId) {
      ... on Participant {
        id
        mentorSuggestions(kind: $kind, focus: $focus) {
          score
          reasons {
            rule
            met
            text
          }
          mentor {
            ...MentorSummary
          }
        }
      }
    }
  }
`);

export const pairMentorMutation = graphql(`
  mutation PairMentor($input: PairMentorInput!) {
    pairMentor(input: $input) {
      relationship {
        ...MentoringRelationshipDetails
        participant {
          id
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const endMentoringMutation = graphql(`
  mutation EndMentoring($input: EndMentoringInput!) {
    endMentoring(input: $input) {
      relationship {
        ...MentoringRelationshipDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const recordMentoringCheckInMutation = graphql(`
  mutation RecordMentoringCheckIn($input: RecordMentoringCheckInInput!) {
    recordMentoringCheckIn(input: $input) {
      checkIn {
        id
        heldOn
        note
      }
      relationship {
        ...MentoringRelationshipDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const setProgrammeMentoringRulesMutation = graphql(`
  mutation SetProgrammeMentoringRules($input: SetProgrammeMentoringRulesInput!) {
    setProgrammeMentoringRules(input: $input) {
      rules {
        requiredBeforeStart
        minimumMonths
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
