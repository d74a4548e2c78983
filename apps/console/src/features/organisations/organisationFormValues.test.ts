import { NhsRegion, OrganisationKind } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import {
  hasChanges,
  toCreateOrganisationInput,
  toUpdateOrganisationInput,
  type OrganisationFormValues,
} from "./organisationFormValues";

const saved: OrganisationFormValues = {
  name: "Barts Health NHS Trust",
  kind: OrganisationKind.TRUST,
  odsCode: "R1H",
  region: NhsRegion.LONDON,
  parentId: "org-qmf",
};

describe("toCreateOrganisationInput", () => {
  it("trims the name, normalises the ODS code and sends empty choices as null", () => {
    expect(
      toCreateOrganisationInput({ name: "  New Trust ", kind: OrganisationKind.TRUST, odsCode: " rj1 ", region: null, parentId: null }),
    ).toEqual({ name: "New Trust", kind: OrganisationKind.TRUST, odsCode: "RJ1", region: null, parentId: null });
  });

  it("sends no ODS code when the box is left empty", () => {
    expect(toCreateOrganisationInput({ ...saved, odsCode: "   " }).odsCode).toBeNull();
  });
});

describe("toUpdateOrganisationInput", () => {
  it("sends only the fields that changed", () => {
    const input = toUpdateOrganisationInput("org-1", { ...saved, name: "Barts Health" }, saved);
    expect(input).toEqual({ id: "org-1", name: "Barts Health" });
  });

  it("sends null to clear the ODS code, region and parent", () => {
    const input = toUpdateOrganisationInput("org-1", { ...saved, odsCode: "", region: null, parentId: null }, saved);
    expect(input).toEqual({ id: "org-1", odsCode: null, region: null, parentId: null });
  });

  it("treats a change of case or spacing in the ODS code as no change", () => {
    const input = toUpdateOrganisationInput("org-1", { ...saved, odsCode: " r1h" }, saved);
    expect(hasChanges(input)).toBe(false);
  });
});
