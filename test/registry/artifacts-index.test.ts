import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotateArtifact, readArtifactsIndex } from "@mlops/shared";
import { tempFolder } from "./git-fixture.js";

/** A repository root holding artifacts.yaml with the given text. */
function withIndex(text: string): string {
  const dir = tempFolder();
  writeFileSync(join(dir, "artifacts.yaml"), text);
  return dir;
}

describe("artifacts.yaml, GTO's index of artifacts", () => {
  it("reads each artifact's type, path, description, labels and custom fields", () => {
    const dir = withIndex(
      [
        "churn:",
        "  type: model",
        "  path: models/churn.pkl",
        "  virtual: false",
        "  description: Predicts churn",
        "  labels:",
        "  - tabular",
        "  custom: {owner: ada}",
        "segment:",
        "",
      ].join("\n"),
    );
    const { entries, warnings } = readArtifactsIndex(dir);
    expect(warnings).toEqual([]);
    expect(Object.fromEntries(entries)).toEqual({
      churn: {
        type: "model",
        path: "models/churn.pkl",
        description: "Predicts churn",
        labels: ["tabular"],
        custom: { owner: "ada" },
      },
      segment: { labels: [] },
    });
  });

  it("is empty when the repository has none", () => {
    expect(readArtifactsIndex(tempFolder())).toEqual({ entries: new Map(), warnings: [] });
  });

  it("ignores, with a warning naming the entry's line, entries GTO would refuse", () => {
    const dir = withIndex(
      [
        "__proto__:",
        "  type: model",
        "constructor:",
        "  type: [not, text]",
        "  labels: [ok, 'not ok']",
        "churn: just text",
        "",
      ].join("\n"),
    );
    const { entries, warnings } = readArtifactsIndex(dir);
    expect([...entries.keys()]).toEqual(["constructor"]);
    expect(entries.get("constructor")).toEqual({ labels: ["ok"] });
    expect(Object.getPrototypeOf(Object.fromEntries(entries))).toBe(Object.prototype);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^artifacts\.yaml:2: the artifact name "__proto__" starts or ends with '-', '_' or '\/'/,
      ),
      "artifacts.yaml:4: 'type' is not text; it is ignored",
      expect.stringMatching(/^artifacts\.yaml:4: labels that are not names/),
      "artifacts.yaml:6: the entry of churn is not a mapping; it is ignored",
    ]);
  });

  it("refuses a file that is not an index: an alias bomb, a huge file, a list", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 8; i++) {
      const p = String.fromCharCode(97 + i);
      const n = String.fromCharCode(98 + i);
      bomb.push(
        `${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`,
      );
    }
    expect(() => readArtifactsIndex(withIndex(`${bomb.join("\n")}\n`))).toThrow(
      /artifacts\.yaml: is not valid YAML/,
    );
    expect(() =>
      readArtifactsIndex(withIndex(`churn:\n  description: ${"x".repeat(2 ** 21)}\n`)),
    ).toThrow(/artifacts\.yaml: is larger than 1024 KiB/);
    expect(() => readArtifactsIndex(withIndex("- churn\n"))).toThrow(
      /artifacts\.yaml: is not a mapping of artifact names/,
    );
  });
});

describe("writing an artifact's entry", () => {
  it("writes GTO's format, keeps other entries, and adds labels as gto annotate does", () => {
    const dir = withIndex("segment:\n  type: model\n  path: models/segment.pkl\n");
    annotateArtifact(dir, "churn", {
      description: "Predicts churn",
      labels: ["xgboost", "tabular"],
    });
    expect(readFileSync(join(dir, "artifacts.yaml"), "utf8")).toBe(
      [
        "segment:",
        "  type: model",
        "  path: models/segment.pkl",
        "churn:",
        "  labels:",
        "    - tabular",
        "    - xgboost",
        "  description: Predicts churn",
        "",
      ].join("\n"),
    );
    annotateArtifact(dir, "churn", { labels: ["tabular", "baseline"] });
    expect(readArtifactsIndex(dir).entries.get("churn")).toEqual({
      description: "Predicts churn",
      labels: ["baseline", "tabular", "xgboost"],
    });
  });

  it("refuses to rewrite an index whose invalid entries it would drop", () => {
    const dir = withIndex("__proto__:\n  type: model\n");
    expect(() => annotateArtifact(dir, "churn", { labels: ["a"] })).toThrow(
      /artifacts\.yaml: has entries that are not valid .* which writing it would drop/,
    );
    expect(readFileSync(join(dir, "artifacts.yaml"), "utf8")).toBe("__proto__:\n  type: model\n");
  });
});
