import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { cachedQueryCost, calculateQueryCost } from "./query-cost";

const schema = buildSchema(`
  type Thing { id: ID! owner: Thing }
  type ThingEdge { node: Thing! }
  type ThingConnection { edges: [ThingEdge!]! }
  type Query { things(first: Int, last: Int): ThingConnection! thing: Thing }
`);

describe("cachedQueryCost", () => {
  it("is calculateQueryCost's figure, remembered only when no page size is a variable", () => {
    const byVariable = parse("query ($n: Int) { things(first: $n) { edges { node { owner { id } } } } }");
    expect(cachedQueryCost(schema, byVariable, null, { n: 10 })).toBe(calculateQueryCost(schema, byVariable, null, { n: 10 }));
    expect(cachedQueryCost(schema, byVariable, null, { n: 100 })).toBe(calculateQueryCost(schema, byVariable, null, { n: 100 }));
    expect(cachedQueryCost(schema, byVariable, null, { n: 100 })).not.toBe(cachedQueryCost(schema, byVariable, null, { n: 10 }));
    const literal = parse("{ things(first: 50) { edges { node { owner { id } } } } thing { owner { id } } }");
    expect(cachedQueryCost(schema, literal, null)).toBe(calculateQueryCost(schema, literal, null));
    expect(cachedQueryCost(schema, literal, null)).toBe(cachedQueryCost(schema, literal, undefined));
  });
});
