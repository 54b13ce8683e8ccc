import { describe, expect, it } from "vitest";
import { readMetrics } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const read = (name: string, text: string) => readMetrics(tempDir().write(name, text), name);

describe("metrics files", () => {
  it("flattens nested JSON as DVC writes it, with dotted names and their lines", () => {
    const m = read(
      "metrics.json",
      '{\n  "test": {\n    "f1": 0.8,\n    "auc": 0.9\n  },\n  "epochs": 3\n}\n',
    );
    expect([...m.values]).toEqual([
      ["test.f1", 0.8],
      ["test.auc", 0.9],
      ["epochs", 3],
    ]);
    expect(m.lineOf("test.auc")).toBe(4);
  });

  it("reads YAML and keeps non-numeric leaves apart", () => {
    const m = read("metrics.yaml", "accuracy: 0.91\nmodel: resnet\nconverged: true\n");
    expect(m.values.get("accuracy")).toBe(0.91);
    expect([...m.nonNumeric]).toEqual([
      ["model", "resnet"],
      ["converged", "true"],
    ]);
  });

  it("reads CSV name,value rows, with or without a header, quoted names included", () => {
    const m = read("metrics.csv", 'name,value\r\naccuracy,0.91\r\n"f1, macro",0.88\r\n');
    expect([...m.values]).toEqual([
      ["accuracy", 0.91],
      ["f1, macro", 0.88],
    ]);
    expect(m.lineOf("f1, macro")).toBe(3);
  });

  it("names the line of a malformed CSV row", () => {
    expect(failureLine(() => read("m.csv", "accuracy,0.9\nf1,0.8,extra\n"))).toBe(
      "m.csv:2: expected 2 cells (name,value), found 3. Write one metric a line as name,value",
    );
  });

  it("refuses a metric given twice in a CSV", () => {
    expect(failureLine(() => read("m.csv", "auc,0.9\nauc,0.8\n"))).toBe(
      "m.csv:2: metric 'auc' appears twice. Keep one row per metric",
    );
  });

  it("keeps a non-finite value apart as not a number, as a gated metric names it", () => {
    const m = read("m.yaml", "auc: .nan\nf1: 0.5\n");
    expect([...m.values]).toEqual([["f1", 0.5]]);
    expect([...m.nonNumeric]).toEqual([["auc", "NaN"]]);
    expect(m.lineOf("auc")).toBe(1);
  });

  it("refuses a file that is not a mapping", () => {
    expect(failureLine(() => read("m.json", "[1, 2]"))).toMatch(/^m\.json: is not a metrics file/);
  });

  it("names the line of invalid JSON", () => {
    expect(failureLine(() => read("m.json", '{\n  "auc": 0.9,\n  "f1": \n}'))).toMatch(
      /^m\.json(:\d+)?: is not valid JSON: Unexpected token/,
    );
  });

  it("refuses a metric named twice, as a dotted key and as a nested path, whatever their order", () => {
    for (const text of ['{"a.b": 1, "a": {"b": 0.5}}', '{"a": {"b": 0.5}, "a.b": 1}']) {
      expect(failureLine(() => read("m.json", text))).toBe(
        "m.json: metric 'a.b' is given twice (as a dotted key and as a nested path). Keep one of them",
      );
    }
  });
});
