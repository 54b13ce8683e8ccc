import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSpan, sanitizeMarkdown, sanitizeMermaidLabel, stickyMarker } from "@mlops/shared";

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

  it("drops control characters and breaks every line separator a renderer or log may honour", () => {
    expect(sanitizeMarkdown("a\u0000b\u2028c\u2029d\u0085e")).toBe("ab c d e");
  });

  it("keeps a bare www. address from becoming a link", () => {
    expect(sanitizeMarkdown("see www.evil.com")).toBe("see www\u200B.evil.com");
  });

  it("cannot start a heading or a list", () => {
    expect(sanitizeMarkdown("# big")).toBe("\\# big");
    expect(sanitizeMarkdown("- item")).toBe("\\- item");
    expect(sanitizeMarkdown("1. item")).toBe("1\\. item");
    expect(sanitizeMarkdown("12) item")).toBe("12\\) item");
  });

  it("escapes only real markers, with escapes markdown honours (no stray backslash)", () => {
    expect(sanitizeMarkdown("0.5 is below the minimum 0.8")).toBe("0.5 is below the minimum 0.8");
    expect(sanitizeMarkdown("3)")).toBe("3\\)");
  });
});

describe("codeSpan", () => {
  /** What a reader sees of a code span, as CommonMark reads one: strip one space from each side. */
  const shown = (span: string) => {
    const fence = /^`+/.exec(span)![0];
    const inside = span.slice(fence.length, -fence.length);
    return /^ .* $/.test(inside) && inside.trim() !== "" ? inside.slice(1, -1) : inside;
  };

  it("shows a file name exactly, with no escapes or entities in it", () => {
    expect(codeSpan("my_model & co.json")).toBe("`my_model & co.json`");
  });

  it("fences a name holding backticks with a longer run, padded where they touch the edge", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("``x")).toBe("``` ``x ```");
    expect(shown(codeSpan("``x"))).toBe("``x");
    expect(shown(codeSpan(" both "))).toBe(" both ");
  });

  it("keeps any text inside one code span on one line", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const span = codeSpan(text);
        const fence = /^`+/.exec(span)![0];
        const inside = span.slice(fence.length, -fence.length);
        expect(span.endsWith(fence)).toBe(true);
        expect(inside).not.toContain(fence);
        expect(span).not.toMatch(/[\r\n\u2028\u2029\u202E]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts nothing invisible into a tag or a pattern, so a copy of it is exact", () => {
    for (const text of ["m@v1.0.0", "^[a-z]+@corp\\.com$", "a::b #12 GH-4 https://www.x.io"])
      expect(codeSpan(text)).toBe(`\`${text}\``);
  });

  it("cannot start a workflow command, since a span starts with a backtick", () => {
    expect(codeSpan("::error::x")).toBe("`::error::x`");
  });

  it("escapes a pipe in a table cell, where the table reads \\| as a plain |", () => {
    expect(codeSpan("a|b", { inTable: true })).toBe("`a\\|b`");
    expect(codeSpan("a|b")).toBe("`a|b`");
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
