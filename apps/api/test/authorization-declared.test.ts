import "reflect-metadata";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/composition";
import { publicRules } from "../src/graphql/auth-checker";
import { INFRASTRUCTURE_ROWS } from "./authorization-table";
import { collectFeatureRows, declaringFeatures, ROWS_FILE } from "./support/feature-authorization-rows";

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

  // Generous: it imports every feature's rows file and sets every module up, slow on a busy 2-core machine.
  it("have their rows of the authorization table in the folder of the feature that declares them", { timeout: 120_000 }, async () => {
    const declaredBy = declaringFeatures(await buildAppSchema());
    const collected = await collectFeatureRows();
    expect(collected.problems).toEqual([]);
    const misplaced = [
      ...Object.entries(collected.featureOf).flatMap(([key, feature]) =>
        declaredBy[key] && declaredBy[key] !== feature ? [`${key}: a row in modules/${feature}/${ROWS_FILE}, declared by modules/${declaredBy[key]}`] : [],
      ),
      ...Object.keys(INFRASTRUCTURE_ROWS.operations ?? {}).flatMap((key) => (declaredBy[key] ? [`${key}: an infrastructure row, declared by modules/${declaredBy[key]}`] : [])),
    ];
    expect(misplaced).toEqual([]);
    // Every row a feature folder holds is of something a feature declares (rows of nothing are reported by the matrix as stale).
    expect(Object.keys(collected.featureOf).length).toBeGreaterThan(100);
    const operations = Object.keys(collected.operations).length + Object.keys(INFRASTRUCTURE_ROWS.operations ?? {}).length;
    console.info(`authorization table: ${operations} operation rows and ${Object.keys(collected.fields).length} field rows in ${Object.keys(collected.counts).length} feature folders, each in its declaring feature's folder`);
  });
});
