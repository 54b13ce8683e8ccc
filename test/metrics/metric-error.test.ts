import { describe, expect, it } from "vitest";
import { MetricError, metricDefinition } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";

describe("a metric refusal quotes a long name cut, as every refusal cuts an untrusted name", () => {
  it("keeps the name's first 59 characters and an ellipsis: 60 in all", () => {
    const name = `a${"x".repeat(200)}`;
    const error = new MetricError(name, "is not a metric", "Gate accuracy");
    expect(error.message).toBe(`metric 'a${"x".repeat(58)}…': is not a metric`);
    // The error keeps the whole name for whoever handles it.
    expect(error.metric).toBe(name);
  });

  it("leaves a name of 60 characters whole", () => {
    const name = "n".repeat(60);
    expect(new MetricError(name, "is not a metric", "").message).toBe(
      `metric '${name}': is not a metric`,
    );
  });

  it("cuts the name of a metric the policy gates and no one computes", () => {
    const line = failureLine(() => metricDefinition("z".repeat(100_000)), MetricError);
    expect(line.startsWith(`metric '${"z".repeat(59)}…': `)).toBe(true);
    expect(line).not.toContain("z".repeat(60));
  });
});
