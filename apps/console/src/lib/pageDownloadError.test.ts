import { describe, expect, it } from "vitest";
import { failedModuleUrl, isPageDownloadError } from "./pageDownloadError";

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

describe("failedModuleUrl", () => {
  it("reads the failed module's address where the browser gives it", () => {
    expect(failedModuleUrl(new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/TrendSection-x.js"))).toBe("http://localhost/assets/TrendSection-x.js");
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: http://localhost/assets/TrendSection-x.js"))).toBe("http://localhost/assets/TrendSection-x.js");
  });

  it("has none where the browser does not say, or for another error", () => {
    expect(failedModuleUrl(new TypeError("Importing a module script failed."))).toBeNull();
    expect(failedModuleUrl(new Error("Unable to preload CSS for /assets/TrendSection-x.css"))).toBeNull();
    expect(failedModuleUrl(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
  });
});
