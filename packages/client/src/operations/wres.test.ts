import { Kind, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { WRES_REPORTS_BATCH_SIZE, wresReportsBatch } from "./wres";

describe("wresReportsBatch", () => {
  it("asks for one aliased report per organisation, with the indicator fragment", () => {
    const ids = Array.from({ length: WRES_REPORTS_BATCH_SIZE }, (_, index) => `org-${index}`);
    const { query, variables, aliasOf } = wresReportsBatch(ids, 2024, "WRES2");
    const operation = query.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const aliases = operation?.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.alias?.value : null));
    expect(aliases).toEqual(ids.map((_, index) => aliasOf(index)));
    expect(query.definitions.some((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === "WresIndicatorFields")).toBe(true);
    expect(variables).toMatchObject({ year: 2024, code: "WRES2", o0: "org-0", [`o${WRES_REPORTS_BATCH_SIZE - 1}`]: `org-${WRES_REPORTS_BATCH_SIZE - 1}` });
  });

  it("stays inside the api's alias limit", () => {
    expect(WRES_REPORTS_BATCH_SIZE).toBeLessThanOrEqual(30);
    expect(() => wresReportsBatch(Array.from({ length: WRES_REPORTS_BATCH_SIZE + 1 }, String), 2024, "WRES2")).toThrow(RangeError);
    expect(() => wresReportsBatch([], 2024, "WRES2")).toThrow(RangeError);
  });
});
