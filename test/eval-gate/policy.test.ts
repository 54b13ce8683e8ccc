import { describe, expect, it } from "vitest";
import { loadPolicy } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const policyFile = (text: string) => tempDir().write("gates.yml", text);
const load = (text: string) => () => loadPolicy(policyFile(text), "gates.yml");

describe("gate policy", () => {
  it("reads a valid policy", () => {
    const policy = loadPolicy(
      policyFile("metrics:\n  auc:\n    direction: higher\n    max-regression: 2%\n"),
      "gates.yml",
    );
    expect(policy.metrics.auc).toEqual({ direction: "higher", "max-regression": "2%" });
  });

  it("names the file, line and field of a misspelt rule, and lists the allowed ones", () => {
    expect(
      failureLine(load("metrics:\n  auc:\n    direction: higher\n    max_regression: 0.01\n")),
    ).toBe(
      "gates.yml:3: field '/metrics/auc' has an unknown property 'max_regression'. Allowed properties: direction, description, min, max, max-regression, required, min-improvement, method, sensitive, slices",
    );
  });

  it("names the allowed directions", () => {
    expect(failureLine(load("metrics:\n  auc:\n    direction: up\n    min: 0.5\n"))).toBe(
      "gates.yml:3: field '/metrics/auc/direction' has a value that is not allowed. Use one of: higher, lower",
    );
  });

  it("refuses a policy with no rule, which would pass every model", () => {
    expect(failureLine(load("metrics:\n  auc:\n    direction: higher\n"))).toMatch(
      /^gates\.yml:2: field '\/metrics' has no rule \(min, max or max-regression\) on any metric/,
    );
  });

  it("refuses bounds that no value can meet", () => {
    expect(
      failureLine(load("metrics:\n  auc:\n    direction: higher\n    min: 0.9\n    max: 0.8\n")),
    ).toBe(
      "gates.yml:3: field '/metrics/auc' has min 0.9 above max 0.8. No value could pass; swap or fix the bounds",
    );
  });

  it("refuses a malformed relative regression", () => {
    expect(
      failureLine(load("metrics:\n  auc:\n    direction: higher\n    max-regression: 2 %\n")),
    ).toMatch(/^gates\.yml:4: field '\/metrics\/auc\/max-regression' /);
  });

  it("points at the line of a YAML syntax error", () => {
    expect(failureLine(load("metrics:\n  auc:\n    direction: [higher\n"))).toMatch(
      /^gates\.yml:\d+: is not valid YAML: /,
    );
  });

  it("reads JSON policies too", () => {
    const path = tempDir().write(
      "gates.json",
      JSON.stringify({ metrics: { f1: { direction: "higher", min: 0.7 } } }),
    );
    expect(loadPolicy(path, "gates.json").metrics.f1?.min).toBe(0.7);
  });
});
