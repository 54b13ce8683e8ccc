import { describe, expect, it } from "vitest";
import { truncateMarkdown } from "@mlops/shared";

const NOTE = "> cut";
const lines = (n: number, text = "x".repeat(9)) => Array.from({ length: n }, () => text);

describe("truncateMarkdown", () => {
  it("returns text that fits as it is", () => {
    expect(truncateMarkdown("# ok\n", 100, "chars", NOTE)).toBe("# ok\n");
  });

  it("cuts on a line boundary and ends with the note", () => {
    const text = lines(20).join("\n");
    const cut = truncateMarkdown(text, 60, "chars", NOTE);
    expect(cut).toBe(`${lines(5).join("\n")}\n\n${NOTE}`);
  });

  it("closes a code fence left open, with the fence that opened it", () => {
    const text = ["intro", "````json", ...lines(50), "````", "after"].join("\n");
    const cut = truncateMarkdown(text, 200, "chars", NOTE);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith(`x\n\`\`\`\`\n\n${NOTE}`)).toBe(true);
  });

  it("closes open <details>, but not ones inside a code fence", () => {
    const text = [
      "<details><summary>rows</summary>",
      "```html",
      "<details>",
      "```",
      ...lines(50),
      "</details>",
    ].join("\n");
    const cut = truncateMarkdown(text, 200, "chars", NOTE);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.match(/<\/details>/g)).toHaveLength(1);
    expect(cut.endsWith(`x\n\n</details>\n\n${NOTE}`)).toBe(true);
  });

  it("counts bytes when asked, never cutting inside a character", () => {
    const text = "é".repeat(100);
    const cut = truncateMarkdown(text, 51, "bytes", NOTE);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(51);
    expect(cut).toBe(`${"é".repeat(22)}\n\n${NOTE}`);
  });

  it("never splits a surrogate pair when counting characters", () => {
    const cut = truncateMarkdown("😀".repeat(50), 20, "chars", NOTE);
    expect(cut).toBe(`${"😀".repeat(6)}\n\n${NOTE}`);
  });
});
