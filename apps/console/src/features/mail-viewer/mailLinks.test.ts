import { describe, expect, it } from "vitest";
import { consolePath, isConsoleLink, linksIn } from "./mailLinks";

describe("linksIn", () => {
  it("takes the HTML's links first, then addresses written in the text, once each", () => {
    const links = linksIn({
      html: '<p><a href="http://localhost:5173/applications/status/abc">status</a> <a href="mailto:x@y.test">mail</a></p>',
      text: "Your status: http://localhost:5173/applications/status/abc\nProgramme: https://example.nhs.uk/leaders.",
    });
    expect(links).toEqual(["http://localhost:5173/applications/status/abc", "https://example.nhs.uk/leaders."]);
  });

  it("finds links in a text-only message and ignores scripts' pseudo-links", () => {
    expect(linksIn({ text: "Endorse at http://localhost:5173/applications/endorse/t0k3n (expires Friday)" })).toEqual(["http://localhost:5173/applications/endorse/t0k3n"]);
    expect(linksIn({ html: '<a href="javascript:alert(1)">x</a>', text: "" })).toEqual([]);
  });
});

describe("console links", () => {
  it("opens the console's own links in place", () => {
    expect(isConsoleLink("http://localhost:5173/applications/status/abc", "http://localhost:5173")).toBe(true);
    expect(isConsoleLink("https://example.nhs.uk/", "http://localhost:5173")).toBe(false);
    expect(isConsoleLink("not a url", "http://localhost:5173")).toBe(false);
    expect(consolePath("http://localhost:5173/applications/status/abc?x=1#top")).toBe("/applications/status/abc?x=1#top");
  });
});
