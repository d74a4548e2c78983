import { graphql } from "../generated";

/** What a row of the organisations table shows. */
export const organisationSummaryFragment = graphql(`
  fragment OrganisationSummary on Organisation {
    id
    name
    kind
    odsCode
    region
    createdAt
    parent {
      id
      name
    }
  }
`);

/** Everything the edit form needs. */
export const organisationDetailsFragment = graphql(`
  fragment OrganisationDetails on Organisation {
    id
    name
    kind
    odsCode
    region
    createdAt
    updatedAt
    parent {
      id
      name
      kind
    }
  }
`);

export const organisationsQuery = graphql(`
  query Organisations(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
  ) {
    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
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
          ...OrganisationSummary
        }
      }
    }
  }
`);

/** A short list for pickers such as "parent organisation". */
export const organisationOptionsQuery = graphql(`
  query OrganisationOptions($search: String, $first: Int!) {
    organisations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const organisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationDetails
    }
  }
`);

export const createOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        ...OrganisationDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        ...OrganisationDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** An academy's member organisations, by name: who its member-organisations-only programmes are open to. */
export const academyMembersQuery = graphql(`
  query AcademyMembers($id: ID!) {
    organisation(id: $id) {
      id
      name
      memberOrganisations {
        id
        name
        odsCode
        region
      }
    }
  }
`);

export const addAcademyMemberMutation = graphql(`
  mutation AddAcademyMember($input: AcademyMemberInput!) {
    addAcademyMember(input: $input) {
      member {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const removeAcademyMemberMutation = graphql(`
  mutation RemoveAcademyMember($input: AcademyMemberInput!) {
    removeAcademyMember(input: $input) {
      member {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
