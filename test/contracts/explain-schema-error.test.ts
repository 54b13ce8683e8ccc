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

  it("a missing property is told to be renamed from an undeclared one that misspells it", () => {
    const named = { type: "object", required: ["name"], properties: { name: {}, same: {} } };
    expect(refusal(named, { nmae: "id" })).toBe(
      "t.yml: field '/box' is missing the required property 'name'. Rename 'nmae' to name",
    );
    // `same` is a property of its own, one edit away: not a misspelling to rename.
    expect(refusal(named, { same: 1 })).toBe(
      "t.yml: field '/box' is missing the required property 'name'",
    );
  });

  it("an unknown property is quoted and shortened", () => {
    const closed = { type: "object", additionalProperties: false, properties: { a: {} } };
    expect(refusal(closed, { ["x".repeat(100)]: 1 })).toBe(
      `t.yml: field '/box' has an unknown property '${"x".repeat(59)}…'. Allowed properties: a`,
    );
  });
});
