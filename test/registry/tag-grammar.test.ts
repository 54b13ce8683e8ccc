import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatTag,
  InvalidNameError,
  nameProblem,
  parseTag,
  tryParseTag,
  type TagEvent,
} from "@mlops/shared";

const nameArb = fc
  .stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9\-/_]{0,20}[a-zA-Z0-9])?$/)
  .filter((name) => !name.includes("//"));
const numberArb = fc.nat({ max: 10_000 });
const preIdArb = fc.oneof(
  fc.nat({ max: 99 }).map(String),
  fc.stringMatching(/^[0-9]*[a-zA-Z-][0-9a-zA-Z-]{0,5}$/),
);
const versionArb = fc
  .tuple(
    numberArb,
    numberArb,
    numberArb,
    fc.array(preIdArb, { maxLength: 3 }),
    fc.array(fc.stringMatching(/^[0-9a-zA-Z-]{1,6}$/), { maxLength: 2 }),
  )
  .map(
    ([major, minor, patch, pre, build]) =>
      `v${major}.${minor}.${patch}${pre.length ? `-${pre.join(".")}` : ""}${build.length ? `+${build.join(".")}` : ""}`,
  );
const counterArb = fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined });
const eventArb: fc.Arbitrary<TagEvent> = fc.oneof(
  fc.record({
    action: fc.constantFrom("register" as const, "deregister" as const),
    artifact: nameArb,
    version: versionArb,
    counter: counterArb,
  }),
  fc.record({
    action: fc.constantFrom("assign" as const, "unassign" as const),
    artifact: nameArb,
    stage: nameArb,
    counter: counterArb,
  }),
  fc.record({
    action: fc.constantFrom("deprecate" as const, "undeprecate" as const),
    artifact: nameArb,
    counter: counterArb,
  }),
);
const withoutUndefined = (event: TagEvent) =>
  Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));

describe("the tag grammar (GTO's)", () => {
  it("reads every form GTO writes", () => {
    expect(parseTag("m@v1.2.0")).toEqual({ action: "register", artifact: "m", version: "v1.2.0" });
    expect(parseTag("m@v1.2.0!")).toEqual({
      action: "deregister",
      artifact: "m",
      version: "v1.2.0",
    });
    expect(parseTag("m#prod#7")).toEqual({
      action: "assign",
      artifact: "m",
      stage: "prod",
      counter: 7,
    });
    expect(parseTag("m#prod!#8")).toEqual({
      action: "unassign",
      artifact: "m",
      stage: "prod",
      counter: 8,
    });
    expect(parseTag("m@deprecated")).toEqual({ action: "deprecate", artifact: "m" });
    expect(parseTag("m@deprecated!#9")).toEqual({
      action: "undeprecate",
      artifact: "m",
      counter: 9,
    });
    expect(parseTag("team/churn-model@v2.0.0-rc.1+build.5")).toEqual({
      action: "register",
      artifact: "team/churn-model",
      version: "v2.0.0-rc.1+build.5",
    });
  });

  it("reads a stage tag without a counter (GTO's simple form), even a numeric stage", () => {
    expect(parseTag("m#prod")).toEqual({ action: "assign", artifact: "m", stage: "prod" });
    expect(parseTag("m#7")).toEqual({ action: "assign", artifact: "m", stage: "7" });
    expect(parseTag("m#7#8")).toEqual({ action: "assign", artifact: "m", stage: "7", counter: 8 });
  });

  it("round-trips: format(parse(tag)) is the tag, and parse(format(event)) the event", () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const tag = formatTag(event);
        expect(parseTag(tag)).toEqual(withoutUndefined(event));
        expect(formatTag(parseTag(tag))).toBe(tag);
      }),
      { numRuns: 500 },
    );
  });

  it("ignores tags that are not the registry's", () => {
    for (const tag of [
      "v1.0.0",
      "release-2024",
      "latest",
      "m@1.0.0",
      "m@v01.0.0",
      "m@v1.0",
      "@v1.0.0",
      "m#",
      "m#prod!x",
    ])
      expect(tryParseTag(tag), tag).toBeUndefined();
  });

  it.each([
    ["a space", "my model@v1.0.0"],
    ["'..'", "a..b@v1.0.0"],
    ["a tilde", "m~1@v1.0.0"],
    ["a caret", "m^@v1.0.0"],
    ["a colon", "m:x@v1.0.0"],
    ["a question mark", "m?@v1.0.0"],
    ["an asterisk", "m*@v1.0.0"],
    ["a bracket", "m[0]@v1.0.0"],
    ["a backslash", "m\\x@v1.0.0"],
    ["a trailing slash", "m/@v1.0.0"],
    ["'.lock'", "m.lock@v1.0.0"],
    ["'@{'", "m@{u}"],
    ["a control character", "m\u0007@v1.0.0"],
    ["a Cyrillic lookalike", "m\u043e\u0434el@v1.0.0"],
    ["a fullwidth letter", "\uff4d@v1.0.0"],
    ["an empty path component", "team//m@v1.0.0"],
    ["a leading dash", "-m@v1.0.0"],
    ["a stage with a dot", "m#pr.od#1"],
    ["a version with a leading zero", "m@v1.02.0"],
  ])("refuses a tag with %s, with a typed error", (_what, tag) => {
    expect(() => parseTag(tag)).toThrow(InvalidNameError);
  });

  it("refuses any name with characters git or the grammar forbid, whatever they are", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12, unit: "binary" }), (name) => {
        const valid =
          /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/.test(name) && !name.includes("//");
        const format = () =>
          formatTag({ action: "assign", artifact: "m", stage: name, counter: 1 });
        if (valid) expect(format()).toBe(`m#${name}#1`);
        else expect(format).toThrow(InvalidNameError);
      }),
      { numRuns: 1000 },
    );
  });

  it("says what is wrong and how a registry tag looks", () => {
    const error = (() => {
      try {
        parseTag("my model@v1.0.0");
      } catch (caught) {
        return caught as InvalidNameError;
      }
    })();
    expect(error?.line).toMatch(/artifact name has a space.*Registry tags look like m@v1\.2\.0/);
  });

  it("names the character a name cannot hold, or the edge it cannot start or end with", () => {
    expect(nameProblem("m.onnx")).toBe("has '.', which is not a letter, digit, '-', '_' or '/'");
    expect(nameProblem("churn-")).toBe("starts or ends with '-', '_' or '/'");
    expect(nameProblem("team/churn_v2")).toBeUndefined();
  });
});
