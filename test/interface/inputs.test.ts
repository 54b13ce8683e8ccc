import { describe, expect, it } from "vitest";
import {
  InputError,
  evalGate,
  inputKinds,
  manifests,
  readInputs,
  validateData,
} from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const { bool, choice, file, list, number, outputPath, text } = inputKinds;
const context = { cwd: "/work" };

describe("input kinds", () => {
  it("reads booleans as the runner does, and names the input when the text is not one", () => {
    expect(bool().parse("True", "fail", context)).toBe(true);
    expect(bool().parse("FALSE", "fail", context)).toBe(false);
    expect(failureLine(() => bool().parse("yes", "fail", context))).toBe(
      "input 'fail': 'yes' is not a boolean. Use true or false",
    );
  });

  it("reads finite numbers within bounds", () => {
    expect(number().parse("0.05", "alpha", context)).toBe(0.05);
    expect(() => number().parse("NaN", "alpha", context)).toThrow(
      "input 'alpha': 'NaN' is not a number",
    );
    expect(() => number({ integer: true }).parse("2.5", "n", context)).toThrow(
      "is not a whole number",
    );
    expect(() => number({ min: 0, max: 1 }).parse("1.5", "alpha", context)).toThrow(
      "above the maximum 1",
    );
  });

  it("reads numbers written in decimals only, not the hexadecimal, octal or binary Number reads", () => {
    for (const [text, value] of [
      ["1e-3", 0.001],
      [" +2.5 ", 2.5],
      [".5", 0.5],
      ["3.", 3],
    ] as const)
      expect(number().parse(text, "alpha", context)).toBe(value);
    for (const text of ["0x10", "0o17", "0b11", "1_000", "Infinity"])
      expect(() => number({ integer: true }).parse(text, "max-holds", context)).toThrow(
        `input 'max-holds': '${text}' is not a number`,
      );
  });

  it("reads lists one item a line or comma-separated, dropping blanks", () => {
    expect(list().parse("a.csv\n b.csv \n\n", "data", context)).toEqual(["a.csv", "b.csv"]);
    expect(list().parse("x, y,,z", "columns", context)).toEqual(["x", "y", "z"]);
  });

  it("keeps the commas of an item in double quotes, as a CSV cell, so any column can be listed", () => {
    expect(list().parse('"income, annual", age', "columns", context)).toEqual([
      "income, annual",
      "age",
    ]);
    expect(list().parse(' "a,b" \n"say ""hi"""', "columns", context)).toEqual(["a,b", 'say "hi"']);
    // Quotes inside an item, or one never closed, are the item's own.
    expect(list().parse('size"in", "open, x', "columns", context)).toEqual([
      'size"in"',
      '"open',
      "x",
    ]);
  });

  it("accepts only the listed choices", () => {
    expect(choice(["holm", "bh"]).parse("bh", "correction", context)).toBe("bh");
    expect(() => choice(["holm", "bh"]).parse("fdr", "correction", context)).toThrow(
      "'fdr' is not one of holm, bh",
    );
  });

  it("resolves files against the working directory and refuses missing files and folders", () => {
    const { dir, write } = tempDir();
    write("m.json", "{}");
    expect(file().parse("m.json", "challenger", { cwd: dir })).toBe(`${dir}/m.json`);
    expect(() => file().parse("nope.json", "challenger", { cwd: dir })).toThrow(InputError);
    expect(() => file().parse(".", "challenger", { cwd: dir })).toThrow("is not a file");
    expect(outputPath().parse("out/r.json", "report-path", { cwd: dir })).toBe(`${dir}/out/r.json`);
    expect(text().parse("x", "message", context)).toBe("x");
  });
});

describe("readInputs", () => {
  const manifest = manifests["eval-gate"];
  const setup = () => {
    const { dir, write } = tempDir();
    return { dir, challenger: write("c.json", "{}"), policy: write("p.yml", "metrics: {}") };
  };
  const kinds = evalGate.inputs;

  it("applies action.yml's defaults to inputs not given", () => {
    const { dir, challenger, policy } = setup();
    const given: Record<string, string> = { challenger, policy };
    const values = readInputs(manifest, kinds, (name) => given[name], { cwd: dir });
    expect(values["fail-step"]).toBe(true);
    expect(values["report-path"]).toBe(`${dir}/mlops-out/eval-report.json`);
    expect(values.champion).toBeUndefined();
  });

  it("leaves an input absent when its default is an expression only the runner evaluates", () => {
    const { dir, challenger, policy } = setup();
    const given: Record<string, string> = { challenger, policy };
    expect(manifest.inputs["github-token"].default).toBe("${{ github.token }}");
    expect(
      readInputs(manifest, kinds, (name) => given[name], { cwd: dir })["github-token"],
    ).toBeUndefined();
  });

  it("refuses a missing required input with its description as the fix", () => {
    const { dir } = setup();
    const read = () =>
      readInputs(manifests["validate-data"], validateData.inputs, () => undefined, { cwd: dir });
    expect(read).toThrow(/^input 'data': is required$/);
    expect(failureLine(read)).toMatch(
      /^input 'data': is required\. Set it: The dataset, a file or a glob/,
    );
  });

  it("treats an input given as blank as not given", () => {
    const { dir, challenger, policy } = setup();
    const given: Record<string, string> = { challenger, policy, champion: "   " };
    expect(
      readInputs(manifest, kinds, (name) => given[name], { cwd: dir }).champion,
    ).toBeUndefined();
  });
});
