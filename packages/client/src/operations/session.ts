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
        field
        message
        code
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      userErrors {
        field
        message
        code
      }
    }
  }
`);
