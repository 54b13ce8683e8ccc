import { describe, expect, it } from "vitest";
import { validate } from "./validate.js";

/** A contract of one field `id` of `type` with `constraints` (YAML flow text). */
const contract = (type: string, constraints: string) =>
  `fields:\n  - name: id\n    type: ${type}\n    constraints: ${constraints}\n`;

/** validate-data of `data` against a contract file `name` holding `text`. */
const run = (data: string, text: string, name = "c.yml") =>
  validate({ "d.csv": data, [name]: text }, { data: "d.csv", schema: name });

/** The one line a contract refused before any data was read, with nothing written. */
async function refusal(text: string, name = "c.yml") {
  const refused = await run("id\n1\n", text, name);
  expect(refused.code).toBe(1);
  expect(refused.reportText).toBe("");
  const lines = refused.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0];
}

const PAST =
  "past the ±9,007,199,254,740,991 (2^53 - 1) that a double holds exactly, where an integer field's values end";
const BOUND_FIX =
  "Write a bound within ±9,007,199,254,740,991 (2^53 - 1), or declare ids this long as string (which takes no bounds)";

describe("a bound on an integer field is the number the contract writes", () => {
  it("refuses a bound past 2^53 - 1, which a double would round (9007199254740993 to ...992)", async () => {
    expect(await refusal(contract("integer", "{ minimum: 9007199254740993 }"))).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/constraints/minimum' is 9007199254740993, read as 9007199254740992, ${PAST}. ${BOUND_FIX}`,
    );
  });

  it("refuses one past it that a double holds exactly as well: no value of the field lies there", async () => {
    expect(await refusal(contract("integer", "{ exclusiveMinimum: -9007199254740992 }"))).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/constraints/exclusiveMinimum' is -9007199254740992, ${PAST}. ${BOUND_FIX}`,
    );
  });

  it("reads the number as a JSON contract writes it too, exponent and all", async () => {
    const json = JSON.stringify({
      fields: [{ name: "id", type: "integer", constraints: { minimum: 0 } }],
    }).replace('"minimum":0', '"maximum": 9.007199254740993e15');
    expect(await refusal(json, "c.json")).toBe(
      `mlops validate-data: c.json:1: field '/fields/0/constraints/maximum' is 9.007199254740993e15, read as 9007199254740992, ${PAST}. ${BOUND_FIX}`,
    );
  });

  it("refuses a fraction that a double rounds to a whole number, which would move the bound", async () => {
    // 2.0000000000000001 reads as 2: a maximum that, as written, refuses the cell 2 would pass it.
    expect(await refusal(contract("integer", "{ maximum: 2.0000000000000001 }"))).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/constraints/maximum' is 2.0000000000000001, which is not a whole number, but a double holds it only rounded, as 2. Write the whole number meant",
    );
    // Between 2^52 and 2^53 doubles are 1 apart: the half rounds to the even neighbour.
    expect(await refusal(contract("integer", "{ minimum: 4503599627370496.5 }"))).toContain(
      "is 4503599627370496.5, which is not a whole number, but a double holds it only rounded, as 4503599627370496.",
    );
  });

  it("keeps bounds at ±(2^53 - 1), whole numbers however written, and fractions a double keeps between the same whole numbers", async () => {
    const widest = await run(
      "id\n9007199254740991\n-9007199254740991\n",
      contract("integer", "{ minimum: -9007199254740991, maximum: 9007199254740991 }"),
    );
    expect(widest.stderr).toBe("");
    expect(widest.outputs.valid).toBe("true");
    // 0.1 is no double exactly, yet reads as a fraction between 0 and 1: the cell 1 is the least.
    const fractions = await run(
      "id\n0\n1\n3\n",
      contract("integer", "{ minimum: 0.1, maximum: 2.5e0, exclusiveMaximum: 3.0 }"),
    );
    expect(fractions.check("id.minimum")).toMatchObject({ evaluated: 3, failed: 1 });
    expect(fractions.check("id.minimum").examples[0]).toMatchObject({ line: 2, value: 0 });
    expect(fractions.check("id.maximum")).toMatchObject({ evaluated: 3, failed: 1 });
    expect(fractions.check("id.exclusiveMaximum")).toMatchObject({ evaluated: 3, failed: 1 });
  });

  it("leaves a number field's bounds to a double's rounding, which its cells share", async () => {
    const checked = await run(
      "id\n9007199254740992\n",
      contract("number", "{ minimum: 9007199254740993 }"),
    );
    expect(checked.stderr).toBe("");
    expect(checked.check("id.minimum")).toMatchObject({ status: "pass", failed: 0 });
  });
});

describe("an enum entry of an integer field is the number the contract writes", () => {
  const ENUM_FIX =
    "Write values within ±9,007,199,254,740,991 (2^53 - 1), or declare ids this long as string and quote them";

  it("refuses an entry past 2^53 - 1, shown as written, not as the double it rounds to", async () => {
    expect(await refusal(contract("integer", "{ enum: [1, 9007199254740993] }"))).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/constraints/enum/1' is 9007199254740993, read as 9007199254740992, ${PAST}. ${ENUM_FIX}`,
    );
  });

  it("shows an entry written in quotes as written, quotes and all", async () => {
    // A quoted entry is text, which an integer field reads as its cells: the number it writes.
    expect(await refusal(contract("integer", "{ enum: ['9007199254740993'] }"))).toContain(
      "field '/fields/0/constraints/enum/0' is '9007199254740993', read as 9007199254740992, past",
    );
    expect(await refusal(contract("integer", '{ enum: [1, "-9007199254740992"] }'))).toContain(
      `field '/fields/0/constraints/enum/1' is "-9007199254740992", ${PAST}.`,
    );
    const json = JSON.stringify({
      fields: [{ name: "id", type: "integer", constraints: { enum: ["9007199254740993"] } }],
    });
    expect(await refusal(json, "c.json")).toContain(
      `c.json:1: field '/fields/0/constraints/enum/0' is "9007199254740993", read as 9007199254740992, ${PAST}.`,
    );
    expect(await refusal(contract("integer", "{ enum: ['2.0000000000000001'] }"))).toContain(
      "is '2.0000000000000001', which is not a whole number, but a double holds it only rounded, as 2.",
    );
  });

  it("refuses a fraction that a double rounds to a whole number, which no integer equals", async () => {
    // As the number 2 it would match the cell 2, which the entry as written does not.
    expect(await refusal(contract("integer", "{ enum: [1, 2.0000000000000001] }"))).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/constraints/enum/1' is 2.0000000000000001, which is not a whole number, but a double holds it only rounded, as 2. Write the values as the field's type reads them (such as 1), or declare the field a string",
    );
  });

  it("keeps entries up to 2^53 - 1 and whole numbers written with a point or an exponent", async () => {
    const checked = await run(
      "id\n9007199254740991\n20\n3\n",
      contract("integer", "{ enum: [9007199254740991, 2e1, 3.0] }"),
    );
    expect(checked.stderr).toBe("");
    expect(checked.outputs.valid).toBe("true");
  });
});

describe("whether an integer field's entry is whole is read from its digits, not its double", () => {
  it.each(["2", "-2.000", "1.5e3", "1200e-2", "0.0e-400", "+7.", "0x1F"])(
    "keeps %s, a whole number",
    async (written) => {
      const checked = await run("id\n1\n", contract("integer", `{ enum: [${written}] }`));
      expect(checked.reportText).not.toBe("");
      expect(checked.check("id.enum")).toMatchObject({ evaluated: 1 });
    },
  );

  it.each([
    ["1e-400", "as 0"],
    ["0.99999999999999999", "as 1"],
  ])("refuses %s, which a double rounds to a whole number", async (written, as) => {
    expect(await refusal(contract("integer", `{ enum: [${written}] }`))).toContain(
      `is ${written}, which is not a whole number, but a double holds it only rounded, ${as}.`,
    );
  });
});

describe("a mean's or a quantile's bound on an integer field is the number the contract writes", () => {
  /** A contract of one field `id` of `type` with the statistics `stats` (YAML flow text). */
  const statistics = (type: string, stats: string) =>
    `fields:\n  - name: id\n    type: ${type}\n    x-mlops: ${stats}\n`;

  it("refuses a mean's bound past 2^53 - 1, at its line, as minimum is refused", async () => {
    expect(await refusal(statistics("integer", "{ mean: { max: 9007199254740993 } }"))).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/x-mlops/mean/max' is 9007199254740993, read as 9007199254740992, ${PAST}. ${BOUND_FIX}`,
    );
  });

  it("refuses a quantile's bound past it, however it is written", async () => {
    const quantiles = "{ quantiles: [{ q: 0.5, min: 0 }, { q: 0.9, min: -9.007199254740993e15 }] }";
    expect(await refusal(statistics("integer", quantiles))).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/x-mlops/quantiles/1/min' is -9.007199254740993e15, read as -9007199254740992, ${PAST}. ${BOUND_FIX}`,
    );
  });

  it("keeps fractions, which a mean or a quantile of integers may be, and bounds at ±(2^53 - 1)", async () => {
    const stats = [
      "mean: { min: 1.5, max: 2.5 }",
      "quantiles: [{ q: 0.5, min: 2.0000000000000001, max: 9007199254740991 }, { q: 0.9, min: -9007199254740991, max: 2.5 }]",
    ];
    const checked = await run("id\n1\n2\n3\n", statistics("integer", `{ ${stats.join(", ")} }`));
    // The contract is read (no refusal of a bound), and its checks run on the data.
    expect(checked.stderr).not.toContain("x-mlops");
    // The mean of 1, 2 and 3 is 2, within 1.5 to 2.5; 2.0000000000000001 is the double 2.
    expect(checked.check("id.mean")).toMatchObject({ status: "pass" });
    expect(checked.check("id.quantile(0.5)")).toMatchObject({ status: "pass" });
    expect(checked.check("id.quantile(0.9)")).toMatchObject({ status: "fail" });
  });

  it("leaves a number field's statistics to a double's rounding, which its values share", async () => {
    const checked = await run(
      "id\n1\n",
      statistics("number", "{ mean: { max: 9007199254740993 } }"),
    );
    expect(checked.stderr).toBe("");
    expect(checked.check("id.mean")).toMatchObject({ status: "pass" });
  });
});
