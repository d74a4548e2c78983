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
