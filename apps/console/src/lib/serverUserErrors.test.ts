import { describe, expect, it } from "vitest";
import { explainRefusedSave, splitUserErrors } from "./serverUserErrors";

describe("splitUserErrors", () => {
  const formFields = ["name", "odsCode", "address.postcode"];

  it("puts errors beside the field their path names, joining nested paths with dots", () => {
    const result = splitUserErrors(
      [
        { field: ["odsCode"], code: "TAKEN", message: "RJ1 is already used by Guy's and St Thomas' NHS Foundation Trust." },
        { field: ["address", "postcode"], code: "INVALID", message: "Enter a full postcode." },
      ],
      formFields,
    );
    expect(result).toEqual({
      byField: {
        odsCode: "RJ1 is already used by Guy's and St Thomas' NHS Foundation Trust.",
        "address.postcode": "Enter a full postcode.",
      },
      general: [],
    });
  });

  it("keeps errors without a field, or naming a field the form lacks, for the alert above the form", () => {
    const result = splitUserErrors(
      [
        { field: null, code: "FORBIDDEN", message: "Only administrators can do that." },
        { field: ["parentId"], code: "NOT_FOUND", message: "That parent organisation no longer exists." },
      ],
      formFields,
    );
    expect(result.byField).toEqual({});
    expect(result.general).toEqual(["Only administrators can do that.", "That parent organisation no longer exists."]);
  });

  it("shows every problem with one field", () => {
    const result = splitUserErrors(
      [
        { field: ["name"], code: "TOO_LONG", message: "Use at most 200 characters." },
        { field: ["name"], code: "INVALID", message: "Use letters, digits and punctuation only." },
      ],
      formFields,
    );
    expect(result.byField.name).toBe("Use at most 200 characters. Use letters, digits and punctuation only.");
  });
});

describe("explainRefusedSave", () => {
  const taken = { field: ["odsCode"], message: "RJ1 is already used.", code: "TAKEN" as const };
  const elsewhere = { field: ["parentId"], message: "That parent doesn't exist.", code: "NOT_FOUND" as const };

  it("puts field problems beside the field and the rest, with any request error first, above the form", () => {
    expect(explainRefusedSave([taken, elsewhere], ["odsCode"], "Can't reach the server.", "Not saved.")).toEqual({
      byField: { odsCode: "RJ1 is already used." },
      above: ["Can't reach the server.", "That parent doesn't exist."],
    });
  });

  it("never stays silent: with no reason at all it says the save failed", () => {
    expect(explainRefusedSave([], ["odsCode"], null, "Not saved.")).toEqual({ byField: {}, above: ["Not saved."] });
  });

  it("adds nothing above the form when every problem sits beside a field", () => {
    expect(explainRefusedSave([taken], ["odsCode"], null, "Not saved.").above).toEqual([]);
  });
});
