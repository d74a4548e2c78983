import { graphql } from "../generated";

/** Whether the caller can see the object with this global id, and its type (null when absent or not theirs to see). */
export const nodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);
