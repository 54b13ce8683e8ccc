import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGpuQuery, parseSmiBanner, summarizeGpus } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";

const fixture = (name: string) =>
  readFileSync(`${repoRoot}test/fixtures/nvidia-smi/${name}`, "utf8");

describe("nvidia-smi output of a real H100", () => {
  it("reads a query with units, by the header's names", () => {
    expect(parseGpuQuery(fixture("query-gpu.csv"))).toEqual([
      {
        index: 0,
        name: "NVIDIA H100 80GB HBM3",
        uuid: "GPU-c017732b-239a-4b29-bf4c-003d708e3c66",
        memory_total_mib: 81559,
        memory_used_mib: 0,
        utilization_pct: 0,
        power_w: 123.01,
        temperature_c: 36,
      },
    ]);
  });

  it("reads a training run's telemetry, whose columns are in another order and lack the uuid", () => {
    const rows = parseGpuQuery(fixture("telemetry-during-training.csv"));
    expect(rows).toHaveLength(52);
    expect(
      rows.every((r) => r.index === 0 && r.uuid === null && r.memory_total_mib === 81559),
    ).toBe(true);
    expect(Math.max(...rows.map((r) => r.utilization_pct!))).toBeGreaterThan(50);
    expect(Math.max(...rows.map((r) => r.memory_used_mib!))).toBeGreaterThan(1000);
  });

  it("reads nothing from rows without a header, rather than guessing the columns", () => {
    expect(parseGpuQuery(fixture("query-gpu-nounits.csv"))).toEqual([]);
    expect(parseGpuQuery("")).toEqual([]);
  });

  it("takes a missing value ([N/A]) as null", () => {
    const [gpu] = parseGpuQuery("index, name, power.draw [W], uuid\n1, Tesla T4, [N/A], [N/A]\n");
    expect(gpu).toMatchObject({ index: 1, name: "Tesla T4", power_w: null, uuid: null });
  });

  it("finds the driver and CUDA versions in the banner", () => {
    expect(parseSmiBanner(fixture("nvidia-smi.txt"))).toEqual({
      driver: "580.159.04",
      cuda: "13.0",
    });
    expect(parseSmiBanner("no banner")).toEqual({ driver: null, cuda: null });
  });

  it("summarizes each GPU's samples as mean and max, keeping the series", () => {
    const rows = parseGpuQuery(fixture("telemetry-during-training.csv"));
    const [usage] = summarizeGpus(rows.map((gpu, i) => ({ t: i * 0.5, gpus: [gpu] })));
    const util = rows.map((r) => r.utilization_pct!);
    expect(usage!.utilization_pct.max).toBe(Math.max(...util));
    expect(usage!.utilization_pct.mean).toBeCloseTo(util.reduce((a, b) => a + b) / util.length, 9);
    expect(usage!.series).toHaveLength(52);
    expect(usage!.series[2]).toMatchObject({ t: 1, memory_used_mib: rows[2]!.memory_used_mib });
  });
});
