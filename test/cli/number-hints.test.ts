import { describe, expect, it } from "vitest";
import { inputKinds, type MlopsError } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";

const validate = (maxExamples: string) =>
  mlops(
    [
      "validate-data",
      ...["--data", `${repoRoot}examples/validate-data/churn.csv`],
      ...["--schema", `${repoRoot}examples/validate-data/data-contract.yml`],
      ...["--max-examples", maxExamples],
    ],
    ".",
  );

describe("the hint for a bad number", () => {
  it("gives an input its default as the example", async () => {
    const { code, stderr } = await validate("abc");
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops validate-data: input 'max-examples': 'abc' is not a number. Give a whole number from 0 to 1000, such as 5 (the default)\n",
    );
    expect((await validate("2.5")).stderr).toContain(
      "'2.5' is not a whole number. Give a whole number from 0 to 1000, such as 5 (the default)",
    );
    expect((await validate("5000")).stderr).toContain(
      "5000 is above the maximum 1000. Give a whole number from 0 to 1000, such as 5 (the default)",
    );
  });

  it("offers drift-share's default, 0.5, not another share that would read as advice", async () => {
    const { stderr } = await mlops(
      ["drift-check", "--current", "c.csv", "--drift-share", "2"],
      ".",
    );
    expect(stderr).toBe(
      "mlops drift-check: input 'drift-share': 2 is above the maximum 1. Give a finite number from 0 to 1, such as 0.5 (the default)\n",
    );
  });

  it("gives a bounded number its range, and an example that fits a one-sided bound", () => {
    const line = (bounds: object) => {
      try {
        inputKinds.number(bounds).parse("abc", "x", { cwd: "." });
      } catch (error) {
        return (error as MlopsError).line;
      }
      return "no error";
    };
    expect(line({ min: 0, max: 1 })).toBe(
      "input 'x': 'abc' is not a number. Give a finite number from 0 to 1, such as 0.05",
    );
    expect(line({ min: 3, integer: true })).toContain(
      "Give a whole number of at least 3, such as 10",
    );
    expect(line({ max: -1 })).toContain("Give a finite number of at most -1, such as -1");
  });
});
