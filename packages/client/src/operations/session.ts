import { graphql } from "../generated";

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        name
        email
        role
      }
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        user {
          id
          name
          email
          role
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
