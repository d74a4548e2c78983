import { graphql } from "../generated";

/** The signed-in user's own account, for the account page. */
export const myAccountQuery = graphql(`
  query MyAccount {
    viewer {
      user {
        id
        name
        email
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
