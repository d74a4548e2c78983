import { graphql } from "../generated";

/** Every mutation payload's userErrors: the input path at fault, what to tell the user, and why. */
export const userErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);
