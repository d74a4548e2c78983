import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { breakingContractChanges } from "./support/partner-contract";

const SCHEMA_DIR = path.resolve(__dirname, "..", "..", "..", "packages", "schema");
const read = (name: string) => fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8");

describe("partner API contract", () => {
  it("the current schema keeps every contract operation and type the baseline has (or deprecated it first)", async () => {
    const breaking = await breakingContractChanges(read("partner-contract.graphql"), read("schema.graphql"));
    expect(breaking.map((change) => `${change.path}: ${change.message}`), "breaking change to the partner contract; deprecate first").toEqual([]);
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
