import { GraphQLError } from "graphql";
import { QueryFailedError } from "typeorm";
import { describe, expect, it } from "vitest";
import { safeError } from "./log-safe-error";

describe("safeError", () => {
  it("keeps only the SQLSTATE code, constraint and routine of a database error: no query, parameters, detail or message", () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "user_account_email_key"'), {
      severity: "ERROR",
      code: "23505",
      constraint: "user_account_email_key",
      routine: "_bt_check_unique",
      detail: "Key (lower(email::text))=(amara.okafor@nhs.net) already exists.",
    });
    const error = new QueryFailedError("INSERT INTO user_account (email, name) VALUES ($1, $2)", ["amara.okafor@nhs.net", "Amara Okafor"], driverError);
    const logged = JSON.stringify(safeError(new GraphQLError("wrapped", { originalError: error })));
    expect(logged).toContain("23505");
    expect(logged).toContain("user_account_email_key");
    for (const personal of ["amara.okafor", "Amara Okafor", "INSERT INTO"]) expect(logged).not.toContain(personal);
  });

  it("keeps the message and stack of other errors", () => {
    const safe = safeError(new TypeError("cannot read x of undefined"));
    expect(safe).toMatchObject({ type: "TypeError", message: "cannot read x of undefined" });
    expect(safe.stack).toMatch(/log-safe-error\.test/);
  });
});
