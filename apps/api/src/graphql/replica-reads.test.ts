import { parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { replicaUrlsFrom } from "../db/read-replica";
import type { Viewer } from "./context";
import { ANY_VIEWER, mayReadFromReplica, OUTSIDE_STAFF } from "./replica-reads";

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const RULES = { wresReport: ANY_VIEWER, programmes: OUTSIDE_STAFF };
const anonymous: Viewer = { kind: "anonymous" };
const partner: Viewer = { kind: "partner", tokenId: "t", organisationId: "o", scopes: [] };
const staff = { kind: "user", user: { id: "u", organisationId: null }, role: "ADMIN", sessionId: "s" } as Viewer;

describe("which queries read from a replica", () => {
  it("takes queries made only of lag-tolerant root fields, by the rule for this viewer", () => {
    expect(mayReadFromReplica(operation(`{ wresReport(organisationId: "x", year: 2024) { year } __typename }`), staff, RULES)).toBe(true);
    expect(mayReadFromReplica(operation(`{ programmes { totalCount } }`), anonymous, RULES)).toBe(true);
    expect(mayReadFromReplica(operation(`{ programmes { totalCount } }`), partner, RULES)).toBe(true);
    expect(mayReadFromReplica(operation(`{ programmes { totalCount } }`), staff, RULES)).toBe(false);
  });

  it("keeps on the primary anything else: other fields beside them, mutations, fragments at the root, __typename alone", () => {
    expect(mayReadFromReplica(operation(`{ wresReport(organisationId: "x", year: 2024) { year } viewer { user { id } } }`), staff, RULES)).toBe(false);
    expect(mayReadFromReplica(operation(`mutation { wresReport { year } }`), staff, RULES)).toBe(false);
    expect(mayReadFromReplica(operation(`{ ... on Query { wresReport(organisationId: "x", year: 2024) { year } } }`), staff, RULES)).toBe(false);
    expect(mayReadFromReplica(operation(`{ __typename }`), staff, RULES)).toBe(false);
    expect(mayReadFromReplica(operation(`{ toString { x } }`), staff, RULES)).toBe(false);
  });

  it("reads DATABASE_REPLICA_URLS as a comma-separated list; empty means none", () => {
    expect(replicaUrlsFrom(undefined)).toEqual([]);
    expect(replicaUrlsFrom(" ")).toEqual([]);
    expect(replicaUrlsFrom("postgresql://a/x, postgresql://b/x,")).toEqual(["postgresql://a/x", "postgresql://b/x"]);
  });
});
