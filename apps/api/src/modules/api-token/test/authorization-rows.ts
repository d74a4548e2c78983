import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The api-token feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Partner API tokens: administrators
    "Query.apiTokens": { expect: "UFFFFFFA" },
    "Mutation.createApiToken": { expect: "UFFFFFFA UFFFFFFA" },
    "Mutation.revokeApiToken": { expect: "UFFFFFFA UFFFFFFA", subject: "ApiToken" },
  },
  fields: {
    ...fields("ApiToken", "HHHHHHHA HHHHHHHA", "id label scopes prefix createdAt expiresAt revokedAt lastUsedAt organisation"),
  },
});
