import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonText, writeFileAtomic, writeFilesAtomic } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

describe("writeFileAtomic", () => {
  it("writes the text whole, creating the folder", () => {
    const { dir } = tempDir();
    const path = join(dir, "out", "report.json");
    writeFileAtomic(path, jsonText({ valid: true }));
    expect(readFileSync(path, "utf8")).toBe('{\n  "valid": true\n}\n');
    expect(readdirSync(join(dir, "out"))).toEqual(["report.json"]);
  });

  it("leaves no temporary file behind when the write fails", () => {
    const { dir } = tempDir();
    // A folder where the report should go: the rename over it fails.
    mkdirSync(join(dir, "report.json"));
    expect(() => writeFileAtomic(join(dir, "report.json"), "text")).toThrow();
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("does not share a temporary name with another write to the same path", () => {
    const { dir } = tempDir();
    const path = join(dir, "report.json");
    // What another write of this process would hold if the name were made from the pid alone.
    mkdirSync(`${path}.${process.pid}.tmp`);
    writeFileAtomic(path, "first");
    writeFileAtomic(path, "second");
    expect(readFileSync(path, "utf8")).toBe("second");
    expect(readdirSync(dir).sort()).toEqual([`report.json`, `report.json.${process.pid}.tmp`]);
  });
});

describe("writeFilesAtomic", () => {
  it("writes every file of a run, or none of them", () => {
    const { dir } = tempDir();
    const report = join(dir, "report.json");
    writeFileSync(report, "the previous run's report");
    // The second file cannot be written (its folder is a file): the first must stay as it was.
    writeFileSync(join(dir, "blocked"), "");
    const html = join(dir, "blocked", "report.html");
    expect(() =>
      writeFilesAtomic([
        { path: report, text: "new report" },
        { path: html, text: "<html>" },
      ]),
    ).toThrow(`${html}: cannot be written (ENOTDIR); no output of this run was written`);
    expect(readFileSync(report, "utf8")).toBe("the previous run's report");
    expect(readdirSync(dir).sort()).toEqual(["blocked", "report.json"]);
  });
});
