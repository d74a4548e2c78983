import { describe, expect, it } from "vitest";
import { scopeCode, scopeLabel } from "./apiScopes";
import { tokenStatus } from "./tokenStatus";

describe("tokenStatus", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("calls a revoked token revoked, even if it has also expired", () => {
    expect(tokenStatus({ revokedAt: "2026-01-01T00:00:00Z", expiresAt: "2026-02-01T00:00:00Z" }, now)).toBe("revoked");
  });

  it("tells expired from active by the expiry time", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: "2026-03-01T11:59:59Z" }, now)).toBe("expired");
    expect(tokenStatus({ revokedAt: null, expiresAt: "2026-03-01T12:00:01Z" }, now)).toBe("active");
  });
});

describe("scopes", () => {
  it("maps GraphQL's scope names onto the domain's scope strings and labels", () => {
    expect(scopeCode("CATALOGUE_READ")).toBe("catalogue:read");
    expect(scopeCode("WRES_WRITE")).toBe("wres:write");
    expect(scopeLabel("CATALOGUE_READ")).toBe("Read the programme catalogue");
  });
});
