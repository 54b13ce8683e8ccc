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

  it("names the file, line and field of a misspelt rule, the rule meant, and the allowed ones", () => {
    expect(
      failureLine(load("metrics:\n  auc:\n    direction: higher\n    max_regression: 0.01\n")),
    ).toBe(
      "gates.yml:3: field '/metrics/auc' has an unknown property 'max_regression'. Did you mean 'max-regression'? Allowed properties: direction, description, min, max, max-regression, required, min-improvement, method, sensitive, slices",
    );
  });

  it("names the allowed directions", () => {
    expect(failureLine(load("metrics:\n  auc:\n    direction: up\n    min: 0.5\n"))).toBe(
      "gates.yml:3: field '/metrics/auc/direction' has a value that is not allowed. Use one of: higher, lower",
    );
  });

  it("says how to write a rule of the wrong type, as for every file read through a schema", () => {
    expect(
      failureLine(
        load("metrics:\n  auc:\n    direction: higher\n    min: 0.5\n    required: no\n"),
      ),
    ).toBe(
      `gates.yml:5: field '/metrics/auc/required' must be true or false, not the text "no". Write true or false: YAML 1.2 reads "no" as text`,
    );
    // In JSON "no" is quoted, and text in any reader: YAML 1.1 has nothing to do with it.
    const json = tempDir().write(
      "gates.json",
      '{"metrics": {"auc": {"direction": "higher", "min": 0.5, "required": "no"}}}',
    );
    expect(failureLine(() => loadPolicy(json, "gates.json"))).toBe(
      `gates.json:1: field '/metrics/auc/required' must be true or false, not the text "no". Write true or false`,
    );
    expect(failureLine(load("metrics:\n  auc:\n    direction: high\n    min: 0.5\n"))).toBe(
      "gates.yml:3: field '/metrics/auc/direction' has a value that is not allowed. Did you mean 'higher'? Use one of: higher, lower",
    );
    expect(failureLine(load("metrics: {}\n"))).toBe(
      "gates.yml:1: field '/metrics' is empty. Add at least one entry",
    );
  });

  it("refuses a policy with no rule, which would pass every model", () => {
    expect(failureLine(load("metrics:\n  auc:\n    direction: higher\n"))).toMatch(
      /^gates\.yml:2: field '\/metrics' has no rule \(min, max, max-regression or min-improvement\) on any metric/,
    );
  });

  it("refuses a metric with both a regression allowance and a required improvement", () => {
    expect(
      failureLine(
        load(
          "metrics:\n  auc:\n    direction: higher\n    max-regression: 0.01\n    min-improvement: 0\n",
        ),
      ),
    ).toMatch(/^gates\.yml:3: field '\/metrics\/auc' has both max-regression and min-improvement/);
  });

  it("points at the line of a metric whose name holds a slash, as logged by many trackers", () => {
    expect(
      failureLine(
        load(
          "metrics:\n  loss: {direction: lower, max: 1}\n  test/auc:\n    direction: higher\n    min: 0.9\n    max: 0.8\n",
        ),
      ),
    ).toBe(
      "gates.yml:4: field '/metrics/test~1auc' has min 0.9 above max 0.8. No value could pass; swap or fix the bounds",
    );
  });

  it("points at the line of a slice override whose value holds a slash", () => {
    expect(
      failureLine(
        load(
          "slices:\n  by: [path]\n  overrides:\n    path=/api/v1:\n      auc: {min: 0.9, max: 0.8}\nmetrics:\n  auc: {direction: higher, min: 0.5}\n",
        ),
      ),
    ).toBe(
      "gates.yml:5: field '/slices/overrides/path=~1api~1v1/auc' has min 0.9 above max 0.8. No value could pass; swap or fix the bounds",
    );
  });

  it("reads the settings of judging on predictions: confidence, correction, slices", () => {
    const policy = loadPolicy(
      policyFile(
        [
          "confidence: 0.9",
          "correction: bh",
          "on-insufficient: fail",
          "max-unpaired: 0.5%",
          "slices:",
          "  by: [region]",
          "  min-samples: 50",
          "  overrides:",
          "    region=eu:",
          "      accuracy: {max-regression: 0.05}",
          "metrics:",
          "  accuracy: {direction: higher, max-regression: 0.01, method: mcnemar}",
          "",
        ].join("\n"),
      ),
      "gates.yml",
    );
    expect(policy).toMatchObject({
      confidence: 0.9,
      correction: "bh",
      slices: { by: ["region"], "min-samples": 50 },
      metrics: { accuracy: { method: "mcnemar" } },
    });
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
