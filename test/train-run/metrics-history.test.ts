import { describe, expect, it } from "vitest";
import { readMetrics } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const read = (name: string, text: string) => readMetrics(tempDir().write(name, text), name);

describe("JSONL step logs as metrics", () => {
  it("gives each metric's history by step, and its last value as final", () => {
    const m = read(
      "log.jsonl",
      '{"step": 10, "loss": 0.5, "eval": {"f1": 0.6}}\n\n{"step": 20, "loss": 0.3}\n{"step": 30, "loss": 0.2, "eval": {"f1": 0.7}}\n',
    );
    expect(Object.fromEntries(m.values)).toEqual({ loss: 0.2, "eval.f1": 0.7 });
    expect(m.histories!.get("loss")).toEqual([
      { step: 10, value: 0.5 },
      { step: 20, value: 0.3 },
      { step: 30, value: 0.2 },
    ]);
    expect(m.histories!.get("eval.f1")!.map((p) => p.step)).toEqual([10, 30]);
    expect(m.lineOf("loss")).toBe(4);
  });

  it("numbers lines without a step by their place, and leaves non-numbers out", () => {
    const m = readMetrics(
      `${repoRoot}test/fixtures/nvidia-smi/train-stdout.jsonl`,
      "train-stdout.jsonl",
    );
    expect(m.histories!.get("loss")!.at(-1)).toEqual({ step: 800, value: 0.0002 });
    expect(m.values.get("accuracy")).toBe(1);
    expect(m.values.has("final")).toBe(false);
    const unstepped = read("log.jsonl", '{"loss": 3}\n{"loss": 2}\n');
    expect(unstepped.histories!.get("loss")!.map((p) => p.step)).toEqual([0, 1]);
  });

  it("names the line of a half-written or foreign log", () => {
    expect(failureLine(() => read("log.jsonl", '{"step": 1, "loss": 1}\n{"step": 2, "lo'))).toMatch(
      /^log\.jsonl:2: is not valid JSONL/,
    );
    expect(failureLine(() => read("log.jsonl", "[1, 2]\n"))).toMatch(
      /^log\.jsonl:1: expected a JSON object of metrics a line/,
    );
  });
});
