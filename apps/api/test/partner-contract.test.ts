import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSchema, GraphQLObjectType, parse, print, visit } from "graphql";
import { breakingContractChanges, CONTRACT_OPERATIONS } from "./support/partner-contract";

const SCHEMA_DIR = path.resolve(__dirname, "..", "..", "..", "packages", "schema");
const read = (name: string) => fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8");

describe("partner API contract", () => {
  it("the current schema keeps every contract operation and type the baseline has (or deprecated it first)", async () => {
    const breaking = await breakingContractChanges(read("partner-contract.graphql"), read("schema.graphql"));
    expect(breaking.map((change) => `${change.path}: ${change.message}`), "breaking change to the partner contract; deprecate first").toEqual([]);
  });

  /**
   * Contract operations delivered after the baseline was taken: the baseline can't protect them yet. Refresh
   * partner-contract.graphql from schema.graphql at the next release and empty this list.
   */
  const NOT_YET_IN_BASELINE = ["Query.applications", "Mutation.submitApplication", "Mutation.withdrawApplication", "Mutation.endorseApplication"];

  it("names only operations that exist: every contract operation is in the current schema, and in the baseline unless listed as new", () => {
    const operations = (sdl: string) => {
      const schema = buildSchema(sdl);
      return new Set(["Query", "Mutation"].flatMap((root) => Object.keys((schema.getType(root) as GraphQLObjectType).getFields()).map((name) => `${root}.${name}`)));
    };
    const contract = Object.entries(CONTRACT_OPERATIONS).flatMap(([root, names]) => names.map((name) => `${root}.${name}`));
    const current = operations(read("schema.graphql"));
    const baseline = operations(read("partner-contract.graphql"));
    expect(contract.filter((op) => !current.has(op)), "contract operations missing from schema.graphql").toEqual([]);
    expect(contract.filter((op) => !baseline.has(op)), "contract operations the baseline doesn't have (and so doesn't protect)").toEqual(NOT_YET_IN_BASELINE);
  });

  it("catches the removal of any contract operation the baseline has, from the real schema", async () => {
    const current = parse(read("schema.graphql"));
    for (const [root, names] of Object.entries(CONTRACT_OPERATIONS)) {
      for (const name of names.filter((n) => !NOT_YET_IN_BASELINE.includes(`${root}.${n}`))) {
        let removed = false;
        const without = visit(current, {
          ObjectTypeDefinition(node) {
            if (node.name.value !== root) return undefined;
            const fields = node.fields?.filter((field) => field.name.value !== name);
            removed = fields?.length !== node.fields?.length;
            return { ...node, fields };
          },
        });
        expect(removed, `${root}.${name} is in schema.graphql`).toBe(true);
        const paths = (await breakingContractChanges(read("partner-contract.graphql"), print(without))).map((c) => c.path);
        expect(paths, `removing ${root}.${name}`).toContain(`${root}.${name}`);
      }
    }
  });

  const baseline = `
    type Query { organisations(first: Int): OrganisationConnection! viewer: Viewer internalOnly: Int }
    type Viewer { scopes: [String!]! }
    type OrganisationConnection { totalCount: Int! edges: [Edge!]! }
    type Edge { cursor: String! node: Organisation! }
    type Organisation { id: ID! name: String! oldCode: String @deprecated(reason: "use odsCode") odsCode: String }
  `;

  it("fails on removing a contract field, a type's field, or changing an argument's type", async () => {
    const withoutName = baseline.replace("name: String!", "");
    expect((await breakingContractChanges(baseline, withoutName)).map((c) => c.path)).toEqual(["Organisation.name"]);
    const argumentChanged = baseline.replace("organisations(first: Int)", "organisations(first: String)");
    expect(await breakingContractChanges(baseline, argumentChanged)).toHaveLength(1);
    const viewerGone = baseline.replace("viewer: Viewer", "");
    expect((await breakingContractChanges(baseline, viewerGone)).map((c) => c.path)).toEqual(["Query.viewer"]);
  });

  it("allows additions, removing a field deprecated in the baseline, and changes outside the contract", async () => {
    const evolved = baseline
      .replace("oldCode: String @deprecated(reason: \"use odsCode\")", "region: String")
      .replace("internalOnly: Int", "somethingNew: Int");
    expect(await breakingContractChanges(baseline, evolved)).toEqual([]);
  });
});
