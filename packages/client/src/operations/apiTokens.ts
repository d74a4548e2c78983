import { graphql } from "../generated";

/** What the API tokens table shows. The secret itself is never readable after creation. */
export const apiTokenDetailsFragment = graphql(`
  fragment ApiTokenDetails on ApiToken {
    id
    label
    scopes
    prefix
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
    organisation {
      id
      name
    }
  }
`);

export const apiTokensQuery = graphql(`
  query ApiTokens($first: Int, $after: String, $last: Int, $before: String, $filter: ApiTokenFilter) {
    apiTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
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
          ...ApiTokenDetails
        }
      }
    }
  }
`);

/** Organisations a partner token may act for: not academies or facilitation providers. */
export const partnerOrganisationOptionsQuery = graphql(`
  query PartnerOrganisationOptions($search: String, $first: Int!) {
    organisations(
      first: $first
      filter: { search: $search, kinds: [TRUST, ICB, CCG, REGION, OTHER] }
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

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        ...ApiTokenDetails
      }
      token
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
