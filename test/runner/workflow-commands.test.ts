import { describe, expect, it } from "vitest";
import { annotationCommands, capSummary, command, neutralize, SUMMARY_LIMIT } from "@mlops/shared";

describe("workflow commands", () => {
  it("escape data and properties as the runner decodes them", () => {
    expect(command("error", { file: "a,b:c.json", line: 3 }, "100% wrong\nnext")).toBe(
      "::error file=a%2Cb%3Ac.json,line=3::100%25 wrong%0Anext",
    );
  });

  it("neutralize untrusted text so it cannot start a command on any line", () => {
    const text = neutralize("ok\n::add-mask::x\n##[set-output name=a;]b");
    expect(text.split("\n").some((line) => line.startsWith("::") || line.startsWith("##["))).toBe(
      false,
    );
    expect(text.replace(/\u200B/g, "")).toBe("ok\n::add-mask::x\n##[set-output name=a;]b");
  });

  it("neutralize leaves :: inside a line exactly as it is, and breaks ##[ anywhere", () => {
    expect(neutralize("std::vector x##[y")).toBe("std::vector x#\u200B#[y");
    expect(neutralize("  ::error::x")).toBe("  :\u200B:error::x");
  });
});

describe("annotations", () => {
  const many = (level: "error" | "warning" | "notice", n: number) =>
    Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}` }));

  it("emits all of them within GitHub's limit of 10 per level", () => {
    expect(annotationCommands([...many("error", 3), ...many("warning", 10)])).toHaveLength(13);
  });

  it("emits the first 10 of a level and a notice that counts the rest", () => {
    const lines = annotationCommands([...many("error", 25), ...many("notice", 12)]);
    expect(lines.filter((line) => line.startsWith("::error"))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith("::notice"))).toHaveLength(10);
    expect(lines.at(-1)).toBe(
      "::notice title=More annotations::15 errors, 3 notices not annotated (GitHub shows 10 of each per step); see the report for all of them",
    );
  });

  it("carry file and line", () => {
    expect(
      annotationCommands([{ level: "warning", message: "m", file: "d.csv", line: 9, title: "t" }]),
    ).toEqual(["::warning title=t,file=d.csv,line=9::m"]);
  });
});

describe("the job summary", () => {
  it("is kept whole under 1 MiB", () => {
    expect(capSummary("# ok\n")).toBe("# ok\n");
  });

  it("is cut at GitHub's 1 MiB limit with a note, never in the middle of a character", () => {
    const capped = capSummary("é".repeat(SUMMARY_LIMIT));
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(capped).toMatch(/cut at GitHub's 1 MiB limit/);
    expect(capped).not.toContain("\uFFFD");
  });

  it("is cut so that what is left still renders: an open fence and <details> are closed", () => {
    const row = `| ${"x".repeat(98)} |`;
    const rows = Array.from({ length: 11_000 }, () => row).join("\n");
    const capped = capSummary(
      `<details><summary>All rows</summary>\n\n\`\`\`\n${rows}\n\`\`\`\n</details>\n`,
    );
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(capped).toMatch(
      /\| x+ \|\n```\n\n<\/details>\n\n> The summary was cut at GitHub's 1 MiB limit/,
    );
  });
});
