import { describe, expect, it } from "vitest";
import { compileSchema, validateContract, type JsonSchema } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";

/**
 * The line a document that breaks `schema` under the key `box` is refused with, read from
 * `t.yml`; `sourceOf` says how the file writes the value, as a YAML or JSON reader tells it.
 */
function refusal(
  schema: JsonSchema,
  box: unknown,
  sourceOf?: (pointer: string) => string | undefined,
): string {
  const contract = {
    id: "mlops.test/v1",
    validate: compileSchema({ type: "object", properties: { box: schema } }),
    describe: "A test document",
  };
  return failureLine(() => validateContract(contract, { box }, "t.yml", undefined, sourceOf));
}

describe("a schema violation is told in words with its fix, for any schema", () => {
  const letters = { a: {}, b: {}, c: {}, d: {} };

  it("an object with too few properties names those it has, quoted, and how many more to add", () => {
    const three = { type: "object", minProperties: 3, properties: letters };
    expect(refusal(three, { a: 1 })).toBe("t.yml: field '/box' has only 'a'. Add 2 of b, c, d");
    expect(refusal(three, { a: 1, c: 2 })).toBe(
      "t.yml: field '/box' has only 'a', 'c'. Add b or d",
    );
    expect(refusal({ ...three, required: ["d"] }, { a: 1 })).toBe(
      "t.yml: field '/box' has only 'a'. Add d, and b or c",
    );
  });

  it("a key of the document is shortened, so that one long key cannot fill the line", () => {
    const key = "k".repeat(500);
    const line = refusal({ type: "object", minProperties: 2, properties: letters }, { [key]: 1 });
    expect(line).toBe(`t.yml: field '/box' has only '${"k".repeat(59)}…'. Add a, b, c or d`);
  });

  it("an infinite or NaN number where a number is asked is told it is not finite", () => {
    expect(refusal({ type: "number" }, Infinity)).toBe(
      "t.yml: field '/box' is Infinity, which is not a finite number. Write a finite number",
    );
    expect(refusal({ type: ["string", "number"] }, Number.NaN)).toBe(
      "t.yml: field '/box' is NaN, which is not a finite number. Write a finite number, or put it in quotes where text is meant",
    );
    // Where no number is taken, it is a value of another type like any other.
    expect(refusal({ type: "string" }, -Infinity)).toBe(
      "t.yml: field '/box' must be text, not the number -Infinity. Put it in quotes to make it text",
    );
  });

  it("a yes where true or false is asked is told of YAML only where the file writes it unquoted", () => {
    const boolean = { type: "boolean" };
    expect(refusal(boolean, "yes", () => "yes")).toBe(
      `t.yml: field '/box' must be true or false, not the text "yes". Write true or false: YAML 1.2 reads "yes" as text`,
    );
    for (const written of ['"yes"', "'yes'", undefined]) {
      expect(refusal(boolean, "yes", () => written)).toBe(
        `t.yml: field '/box' must be true or false, not the text "yes". Write true or false`,
      );
    }
  });

  it("a list or an object where text, a list or an object is asked gets a fix", () => {
    expect(refusal({ type: "string" }, ["a-z"])).toBe(
      "t.yml: field '/box' must be text, not a list. Write one piece of text in its place, in quotes if it starts with [ or {",
    );
    expect(refusal({ type: "array" }, "a")).toBe(
      `t.yml: field '/box' must be a list, not the text "a". Write a list, such as ["a", "b"]`,
    );
    expect(refusal({ type: "object" }, ["a"])).toBe(
      "t.yml: field '/box' must be an object, not a list. Write an object of name: value entries",
    );
  });

  it("a missing property is told to be renamed from an undeclared one that misspells it, else added", () => {
    const named = { type: "object", required: ["name"], properties: { name: {}, same: {} } };
    expect(refusal(named, { nmae: "id" })).toBe(
      "t.yml: field '/box' is missing the required property 'name'. Rename 'nmae' to name",
    );
    // `same` is a property of its own, one edit away: not a misspelling to rename.
    expect(refusal(named, { same: 1 })).toBe(
      "t.yml: field '/box' is missing the required property 'name'. Add name",
    );
  });

  it("a number past a bound of its schema names the bound and the numbers taken", () => {
    const resamples = { type: "integer", minimum: 100, maximum: 100000 };
    expect(refusal(resamples, 5)).toBe(
      "t.yml: field '/box' is 5, less than 100. Write a whole number from 100 to 100000",
    );
    const confidence = { type: "number", exclusiveMinimum: 0.5, maximum: 0.999 };
    expect(refusal(confidence, 0.5)).toBe(
      "t.yml: field '/box' is 0.5, not greater than 0.5. Write a number greater than 0.5 and at most 0.999",
    );
    // As the file writes it: 1.5e0 is no number to look for in the file as 1.5.
    expect(refusal({ type: "number", maximum: 1 }, 1.5, () => "1.5e0")).toBe(
      "t.yml: field '/box' is 1.5e0, more than 1. Write a number of at most 1",
    );
  });

  it("a number or boolean where text is asked is shown, and quoted, as the file writes it", () => {
    expect(refusal({ type: "string" }, 1234, () => "01234")).toBe(
      `t.yml: field '/box' must be text, not 01234, read as the number 1234. Put it in quotes ("01234") to make it text`,
    );
    expect(refusal({ type: "string" }, true, () => "True")).toBe(
      `t.yml: field '/box' must be text, not True, read as true. Put it in quotes ("True") to make it text`,
    );
    // Written as it reads back, the value is the file's own text already.
    expect(refusal({ type: "string" }, 1234, () => "1234")).toBe(
      "t.yml: field '/box' must be text, not the number 1234. Put it in quotes to make it text",
    );
  });

  it("a const, a short text, a pattern and a repeated item each get a fix", () => {
    expect(refusal({ const: "mlops.test/v1" }, "mlops.test/v2")).toBe(
      `t.yml: field '/box' must be "mlops.test/v1", not the text "mlops.test/v2". Write "mlops.test/v1"`,
    );
    expect(refusal({ type: "string", minLength: 3 }, "ab")).toBe(
      "t.yml: field '/box' is 2 characters long, fewer than 3. Write at least 3 characters",
    );
    expect(refusal({ type: "string", minLength: 1 }, "")).toBe(
      "t.yml: field '/box' is empty. Write at least one character",
    );
    expect(refusal({ type: "string", pattern: "^[0-9]+%$" }, "1 %")).toBe(
      `t.yml: field '/box' is the text "1 %", which does not match the pattern ^[0-9]+%$. Change it to match the pattern`,
    );
    const names = { type: "array", uniqueItems: true, items: { type: "string" } };
    expect(refusal(names, ["a", "b", "a"])).toBe(
      `t.yml: field '/box' lists the text "a" twice, as items 0 and 2. Remove one of them`,
    );
  });

  it("a value no form of a oneOf takes is told every form, and how to write each", () => {
    const skew = { oneOf: [{ const: false }, { type: "object", properties: { method: {} } }] };
    expect(refusal(skew, true)).toBe(
      "t.yml: field '/box' must be false or an object, not true. Write false, or give it properties: method",
    );
    expect(refusal(skew, null)).toBe(
      "t.yml: field '/box' has no value. Write false, or give it properties: method",
    );
    const share = {
      oneOf: [
        { type: "number", minimum: 0 },
        { type: "string", pattern: "^[0-9]+%$" },
      ],
    };
    expect(refusal(share, [1])).toBe(
      "t.yml: field '/box' must be a number or text, not a list. Write a number, or write one piece of text in its place, in quotes if it starts with [ or {",
    );
    // A value both forms take is the schema's own mistake, told as such.
    expect(refusal({ oneOf: [{ type: "number" }, { type: "integer" }] }, 3)).toBe(
      "t.yml: field '/box' fits more than one of the forms it may take, where it must fit exactly one. Write it to fit only one of them",
    );
  });

  it("text off a pattern the schema names and exemplifies is told that form, and the oneOf's others", () => {
    const percentage = { type: "string", title: "a percentage", pattern: "^[0-9]+%$" };
    expect(refusal({ ...percentage, examples: ["5%"] }, "5 pc")).toBe(
      `t.yml: field '/box' is the text "5 pc", which does not match the pattern ^[0-9]+%$. Write a percentage such as '5%'`,
    );
    const margin = { oneOf: [{ type: "number", examples: [0.05] }, percentage] };
    expect(refusal(margin, "5 points")).toBe(
      `t.yml: field '/box' is the text "5 points", which does not match the pattern ^[0-9]+%$. Write a number such as 0.05, or a percentage`,
    );
  });

  it("an unknown property where the schema declares none is told to be removed", () => {
    expect(refusal({ type: "object", additionalProperties: false }, { x: 1 })).toBe(
      "t.yml: field '/box' has an unknown property 'x'. Remove 'x'",
    );
  });

  it("an unknown property is quoted and shortened", () => {
    const closed = { type: "object", additionalProperties: false, properties: { a: {} } };
    expect(refusal(closed, { ["x".repeat(100)]: 1 })).toBe(
      `t.yml: field '/box' has an unknown property '${"x".repeat(59)}…'. Allowed properties: a`,
    );
  });
});
