import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeMarkdown, sanitizeMermaidLabel, stickyMarker } from "@mlops/shared";

/** What GitHub's renderer would turn entities into, once, to see the text a reader gets. */
const decodeOnce = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&commat;/g, "@")
    .replace(/&amp;/g, "&");

const LIVE_MENTION = /(^|[^\w\u200B])@[A-Za-z0-9]/;
const LIVE_REFERENCE = /#\d|\bGH-\d/i;
const HTML_TAG = /<[A-Za-z!/?]/;

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc
    .array(
      fc.constantFrom(
        "@",
        "&#64;",
        "&commat;",
        "&#x40;",
        "octocat",
        "#",
        "123",
        "owner/repo",
        "GH-",
        "<",
        ">",
        "img",
        "script",
        "<!--",
        "-->",
        stickyMarker("eval-gate"),
        "|",
        "\n",
        "\r\n",
        "\u2028",
        "\u202E",
        "`",
        "[",
        "]",
        "(",
        ")",
        "::",
        "##[",
        "error",
        "warning",
        "www.",
        "evil.com",
        "://",
        " ",
        "\\",
        "&",
        ";",
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join("")),
);

describe("sanitizeMarkdown", () => {
  it("leaves no live mention, reference, HTML tag, marker or line break in any input", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = sanitizeMarkdown(text);
        const rendered = decodeOnce(out);
        expect(out).not.toMatch(HTML_TAG);
        expect(out).not.toContain("<!--");
        expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(out).not.toMatch(/(^|[^\\])\|/);
        expect(rendered.replace(/&#\d+;|&\w+;/g, "")).not.toMatch(LIVE_MENTION);
        expect(out).not.toMatch(LIVE_MENTION);
        expect(out).not.toMatch(LIVE_REFERENCE);
        expect(out).not.toMatch(/^::|\n::|##\[/);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the entity forms of @ as visible text", () => {
    const out = sanitizeMarkdown("&#64;octocat &commat;octocat").replace(/\u200B/g, "");
    expect(out).toBe("&amp;#64;octocat &amp;commat;octocat");
  });

  it("breaks mentions, issue references and cross-repository references", () => {
    const out = sanitizeMarkdown("@octocat fixed #12 and acme/models#3, see GH-4");
    expect(out).not.toMatch(LIVE_MENTION);
    expect(out).not.toMatch(LIVE_REFERENCE);
    expect(out.replace(/\u200B/g, "")).toBe("@octocat fixed #12 and acme/models#3, see GH-4");
  });

  it("keeps a table row one row", () => {
    expect(sanitizeMarkdown("a | b\nc")).toBe("a \\| b c");
  });

  it("drops direction overrides that would make text read differently", () => {
    expect(sanitizeMarkdown("abc\u202Edef")).toBe("abcdef");
  });

  it("cannot start a heading or a list", () => {
    expect(sanitizeMarkdown("# big")).toBe("\\# big");
    expect(sanitizeMarkdown("- item")).toBe("\\- item");
    expect(sanitizeMarkdown("1. item")).toBe("\\1. item");
  });
});

describe("sanitizeMermaidLabel", () => {
  it("cannot close the label, the node, the diagram or the code fence", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = sanitizeMermaidLabel(text);
        expect(out).toMatch(/^[A-Za-z0-9 _.,:/+=#;-]*$/);
        expect(out).not.toMatch(/["[\]{}()<>|`\n]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes other characters as Mermaid entities", () => {
    expect(sanitizeMermaidLabel('acc "top-1" [%]')).toBe("acc #34;top-1#34; #91;#37;#93;");
  });
});
