import { describe, expect, it } from "vitest";
import { loginPathFor, nextPathAfterLogin } from "./loginRedirect";

describe("loginPathFor", () => {
  it("remembers the page, query and hash the user wanted", () => {
    expect(loginPathFor({ pathname: "/organisations", search: "?q=Leeds&kind=TRUST", hash: "#top" })).toBe(
      "/login?next=%2Forganisations%3Fq%3DLeeds%26kind%3DTRUST%23top",
    );
  });

  it("keeps the login address clean when there is nowhere in particular to return to", () => {
    expect(loginPathFor({ pathname: "/", search: "", hash: "" })).toBe("/login");
    expect(loginPathFor({ pathname: "/login", search: "?next=%2Forganisations", hash: "" })).toBe("/login");
  });
});

describe("nextPathAfterLogin", () => {
  it("follows paths on this site", () => {
    expect(nextPathAfterLogin("/organisations/abc?tab=1")).toBe("/organisations/abc?tab=1");
  });

  it.each([null, "", "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"])(
    "falls back to the start page for %j",
    (next) => {
      expect(nextPathAfterLogin(next)).toBe("/");
    },
  );
});
