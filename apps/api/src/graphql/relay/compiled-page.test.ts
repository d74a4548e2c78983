import { describe, expect, it } from "vitest";
import { PageConditions } from "./compiled-page";

describe("PageConditions", () => {
  it("names a statement by its conditions and parameter names, not their values", () => {
    const a = new PageConditions().setParameter("now", new Date(1)).andWhere("c.programme_id = :programmeId", { programmeId: "x" });
    const b = new PageConditions().setParameter("now", new Date(2)).andWhere("c.programme_id = :programmeId", { programmeId: "y" });
    expect(a.shape()).toBe(b.shape());
    expect(a.shape()).not.toBe(new PageConditions().setParameter("now", new Date(1)).shape());
  });

  it("tells lists apart by their length: each item is its own placeholder", () => {
    const two = new PageConditions().andWhere("c.status IN (:...statuses)", { statuses: ["OPEN", "CLOSED"] });
    const twoOthers = new PageConditions().andWhere("c.status IN (:...statuses)", { statuses: ["RUNNING", "COMPLETED"] });
    const three = new PageConditions().andWhere("c.status IN (:...statuses)", { statuses: ["OPEN", "CLOSED", "RUNNING"] });
    expect(two.shape()).toBe(twoOthers.shape());
    expect(two.shape()).not.toBe(three.shape());
  });

  it("applies what it recorded to a query builder", () => {
    const calls: unknown[][] = [];
    const builder = {
      andWhere: (...args: unknown[]) => (calls.push(["andWhere", ...args]), builder),
      setParameters: (...args: unknown[]) => (calls.push(["setParameters", ...args]), builder),
    };
    new PageConditions().setParameters({ a: 1 }).andWhere("x = :a").andWhere("y = :b", { b: 2 }).applyTo(builder as never);
    expect(calls).toEqual([["andWhere", "x = :a"], ["andWhere", "y = :b"], ["setParameters", { a: 1, b: 2 }]]);
  });
});
