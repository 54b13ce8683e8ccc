import { describe, expect, it } from "vitest";
import {
  packInTurns,
  type NumericSample,
} from "../../shared/src/use-cases/drift-check/column-samples.js";

/** A numeric sample that records when it is packed. */
function sample(name: string, packed: string[]): NumericSample {
  return {
    type: "numeric",
    numeric: true,
    count: 4,
    distinct: 4,
    missing: 0,
    sorted: () => {
      throw new Error("packing never asks for the sorted values");
    },
    pack: () => void packed.push(name),
    handOver: () => {
      throw new Error("packing never hands a sample over");
    },
  };
}

describe("packing the reference while the current is read", () => {
  it("packs every numeric sample, one a turn, when nothing stops it", async () => {
    const packed: string[] = [];
    await packInTurns(["a", "b", "c"].map((name) => sample(name, packed)));
    expect(packed).toEqual(["a", "b", "c"]);
  });

  it("stops at the turn after the read it waits for fails, leaving the rest unpacked", async () => {
    const packed: string[] = [];
    const failed = new AbortController();
    const samples = ["a", "b", "c", "d"].map((name) => sample(name, packed));
    // The current's read fails once the first sample is packed.
    samples[0] = { ...samples[0]!, pack: () => void (packed.push("a"), failed.abort()) };
    await packInTurns(samples, failed.signal);
    expect(packed).toEqual(["a"]);
  });
});
