import { describe, expect, it } from "vitest";
import { errorAt, errorsUnder, groupUserErrors } from "./userErrorPaths";

describe("groupUserErrors", () => {
  it("keys messages by their path and keeps unknown ones general", () => {
    const grouped = groupUserErrors(
      [
        { field: ["modules", "0", "lengthDays"], message: "Too long.", code: "INVALID" },
        { field: ["title"], message: "Enter the title.", code: "REQUIRED" },
        { field: ["id"], message: "Gone.", code: "NOT_FOUND" },
        { field: null, message: "No.", code: "INVALID" },
      ],
      ["title", "modules"],
    );
    expect(grouped.byPath).toEqual({ "modules.0.lengthDays": "Too long.", title: "Enter the title." });
    expect(grouped.general).toEqual(["Gone.", "No."]);
    expect(errorsUnder(grouped.byPath, "modules")).toEqual({ "0.lengthDays": "Too long." });
    expect(errorAt(grouped.byPath, "title")).toBe("Enter the title.");
    expect(errorAt(grouped.byPath, "aims")).toBeUndefined();
  });
});
