import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actions, manifests, type ActionName } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";

/** Every input and output of every action, with what action.yml and the definition say of it. */
const words = (Object.keys(manifests) as ActionName[]).flatMap((action) => [
  ...Object.entries(manifests[action].inputs).map(([name, spec]) => ({
    action,
    name,
    side: "input" as const,
    description: spec.description,
    default: "default" in spec ? spec.default : undefined,
    kind: actions[action]!.inputs[name]!.type,
  })),
  ...Object.entries(manifests[action].outputs).map(([name, spec]) => ({
    action,
    name,
    side: "output" as const,
    description: spec.description,
    default: undefined,
    kind: "output",
  })),
]);
const inputs = words.filter((word) => word.side === "input");
const outputs = words.filter((word) => word.side === "output");

/** The table of docs/vocabulary.md: word -> the actions it lists ("all" for every action). */
const documented = new Map(
  [
    ...readFileSync(`${repoRoot}docs/vocabulary.md`, "utf8").matchAll(
      /^\| `([a-z0-9-]+)` +\|[^|]+\| ([a-z, -]+?) +\|$/gm,
    ),
  ].map(([, word, users]) => [word!, users!.split(", ")]),
);

describe("one vocabulary across the actions (docs/vocabulary.md)", () => {
  it("spells every input and output in lowercase kebab-case", () => {
    expect(words.filter((w) => !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(w.name))).toEqual([]);
  });

  it("writes every word down, with the actions that use it", () => {
    const users = new Map<string, Set<string>>();
    for (const w of words) users.set(w.name, (users.get(w.name) ?? new Set()).add(w.action));
    const all = Object.keys(manifests).length;
    const listed = [...users].map(([word, actionsUsing]) => [
      word,
      actionsUsing.size === all ? ["all"] : [...actionsUsing].sort(),
    ]);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(documented));
  });

  it("describes every input and output in whole sentences", () => {
    // An unquoted ` #` in action.yml starts a YAML comment, and cuts a description short.
    expect(words.filter((w) => !/[.)]$/.test(w.description)).map((w) => w.name)).toEqual([]);
  });

  it("gives a word shared by several actions the same kind in each", () => {
    const kinds = new Map<string, Set<string>>();
    for (const w of inputs) kinds.set(w.name, (kinds.get(w.name) ?? new Set()).add(w.kind));
    expect([...kinds].filter(([, k]) => k.size > 1).map(([name]) => name)).toEqual([]);
  });

  it("names every path the action writes '-path', described as where to write", () => {
    const writers = inputs.filter((w) => w.description.startsWith("Where to write"));
    expect(writers.map((w) => w.name).filter((name) => !name.endsWith("-path"))).toEqual([]);
    const paths = inputs.filter((w) => w.name.endsWith("-path"));
    expect(paths.filter((w) => !w.description.startsWith("Where to write"))).toEqual([]);
  });

  it("fails the step with one switch, fail-step, true by default", () => {
    const switches = inputs.filter((w) => w.description.startsWith("Fail the step"));
    expect(switches.map((w) => [w.name, w.kind, w.default])).toEqual(
      switches.map(() => ["fail-step", "true | false", "true"]),
    );
    expect(switches.length).toBeGreaterThan(0);
    expect(inputs.filter((w) => /^fail-on|^on-fail/.test(w.name))).toEqual([]);
  });

  it("gives booleans, lists and counts their own shapes of output", () => {
    for (const w of outputs) {
      if (w.description.startsWith('"true" when')) expect(w.name).not.toMatch(/s$|-count$/);
      if (w.description.startsWith("JSON array")) expect(w.name).toMatch(/s$/);
      if (w.description.startsWith("How many")) expect(w.name).toMatch(/-count$/);
      if (w.name.endsWith("-count")) expect(w.description).toMatch(/^How many/);
    }
  });

  it("takes the workflow's token as github-token, a secret", () => {
    const tokens = inputs.filter((w) => /token/i.test(w.name));
    expect(tokens.map((w) => [w.name, w.kind, w.default])).toEqual(
      tokens.map(() => ["github-token", "secret", "${{ github.token }}"]),
    );
  });

  it("means a registry name by model, and a file by a name that says so", () => {
    const model = inputs.filter((w) => w.name === "model");
    expect(model.every((w) => w.kind === "text" && /registry/.test(w.description))).toBe(true);
    expect(inputs.filter((w) => w.name.startsWith("model-") && w.kind !== "file")).toEqual([]);
  });
});
