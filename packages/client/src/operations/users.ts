import { graphql } from "../generated";

/** What the users table and the edit form show. */
export const userDetailsFragment = graphql(`
  fragment UserDetails on User {
    id
    name
    email
    role
    active
    createdAt
    organisation {
      id
      name
      kind
    }
  }
`);

export const usersQuery = graphql(`
  query Users($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
    users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
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
          ...UserDetails
        }
      }
    }
  }
`);

/** A short list for pickers such as the audit trail's "who acted". */
export const userOptionsQuery = graphql(`
  query UserOptions($search: String, $first: Int!) {
    users(first: $first, filter: { search: $search, includeDeactivated: true }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

/** One user, by global id (through node, as users have no query of their own). */
export const userQuery = graphql(`
  query User($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        ...UserDetails
      }
    }
  }
`);

/** Academies and facilitation providers, the organisations staff belong to, for the user form's picker. */
export const staffOrganisationOptionsQuery = graphql(`
  query StaffOrganisationOptions($search: String, $first: Int!) {
    organisations(
      first: $first
      filter: { search: $search, kinds: [ACADEMY, FACILITATION_PROVIDER] }
      orderBy: { field: NAME, direction: ASC }
    ) {
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

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserDetails
      }
      temporaryPassword
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($input: SetUserActiveInput!) {
    deactivateUser(input: $input) {
      user {
        ...UserDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($input: SetUserActiveInput!) {
    reactivateUser(input: $input) {
      user {
        ...UserDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
