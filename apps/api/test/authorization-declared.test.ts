import "reflect-metadata";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/composition";
import { publicRules } from "../src/graphql/auth-checker";

/**
 * Every query, mutation and field resolver must say who may call it with
 * @Allow(...). One without a rule would fall open, so this test fails first.
 */
describe("authorization rules", () => {
  it("are declared, non-empty, on every operation and field resolver", async () => {
    await buildAppSchema();
    const storage = getMetadataStorage();
    // @Allow(Audience.PUBLIC) is decided when declared (no middleware); every other rule is type-graphql's @Authorized.
    const declared = new Set([
      ...storage.authorizedFields.filter((a) => a.roles.length > 0).map((a) => `${a.target.name}.${a.fieldName}`),
      ...publicRules.map((rule) => `${rule.target.name}.${rule.fieldName}`),
    ]);
    const operations = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers].map((o) => `${o.target.name}.${o.methodName}`);
    expect(operations.length).toBeGreaterThan(5);
    const undeclared = operations.filter((name) => !declared.has(name));
    expect(undeclared).toEqual([]);
    console.info(`authorization rules checked on ${operations.length} operations and field resolvers`);
  });
});
