import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic, writeJsonAtomic } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

describe("writeFileAtomic", () => {
  it("writes the text whole, creating the folder", () => {
    const { dir } = tempDir();
    const path = join(dir, "out", "report.json");
    writeJsonAtomic(path, { valid: true });
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
