import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The user feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Who is calling, and signing in
    "Query.viewer": { expect: "HAAAAAAA" },
    "Mutation.changePassword": { expect: "UFFFFAAA" },
    // People: administrators
    "Query.users": { expect: "UFFFFFFA" },
    "Mutation.createUser": { expect: "UFFFFFFA" },
    "Mutation.updateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
    "Mutation.deactivateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
    "Mutation.reactivateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
  },
  fields: {
    ...fields("User", "HHHHHHHA HHHHHHHA", "id email name role createdAt organisation active"),
  },
});
