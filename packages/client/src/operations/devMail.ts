import { graphql } from "../generated";

export const devMailboxQuery = graphql(`
  query DevMailbox {
    devMailbox {
      running
      smtpUrl
      messages {
        id
        receivedAt
        from
        to
        subject
        kind
      }
    }
  }
`);

export const devMailQuery = graphql(`
  query DevMail($id: String!) {
    devMail(id: $id) {
      id
      receivedAt
      from
      to
      subject
      kind
      messageId
      text
      html
    }
  }
`);
