import { describe, expect, it } from "vitest";
import { isPageDownloadError } from "./pageDownloadError";

describe("isPageDownloadError", () => {
  it("recognises each browser's wording of a failed page download", () => {
    expect(isPageDownloadError(new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/AuditPage-x.js"))).toBe(true);
    expect(isPageDownloadError(new TypeError("error loading dynamically imported module: http://localhost/assets/AuditPage-x.js"))).toBe(true);
    expect(isPageDownloadError(new TypeError("Importing a module script failed."))).toBe(true);
    expect(isPageDownloadError(new Error("Unable to preload CSS for /assets/RegisterPage-x.css"))).toBe(true);
  });

  it("leaves other errors to the general error page", () => {
    expect(isPageDownloadError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isPageDownloadError("Failed to fetch dynamically imported module")).toBe(false);
    expect(isPageDownloadError(undefined)).toBe(false);
  });
});
