import { afterEach, describe, expect, it, vi } from "vitest";
import { runInRunner, type AnyActionDefinition } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
import { runner } from "./runner-step.js";

afterEach(() => vi.useRealTimers());

describe("progress in a runner", () => {
  it("is logged every few seconds, the lines between dropped, and not at all for a short step", async () => {
    const { evalGate } = await import("@mlops/shared");
    const gate: AnyActionDefinition = evalGate;
    const start = Date.parse("2026-01-01T00:00:00Z");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
    // eval-gate, offering a progress line every two seconds of a twelve-second read first.
    const reading: AnyActionDefinition = {
      ...gate,
      async run(inputs, context) {
        for (let second = 0; second <= 12; second += 2) {
          vi.setSystemTime(start + second * 1000);
          context.progress?.(`reading: ${second} s`);
        }
        return gate.run(inputs, context);
      },
    };
    const step = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    const code = await runInRunner(reading, step.io);
    expect(code).toBe(0);
    expect(step.lines.filter((line) => line.startsWith("reading"))).toEqual([
      "reading: 6 s",
      "reading: 12 s",
    ]);
  });
});
