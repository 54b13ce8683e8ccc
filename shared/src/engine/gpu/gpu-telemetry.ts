import { captureOutput } from "../process/capture-output.js";
import { parseGpuQuery, parseSmiBanner, QUERY_ARGS, type GpuSample } from "./nvidia-smi.js";

export interface Stat {
  readonly mean: number | null;
  readonly max: number | null;
}

export interface GpuPoint {
  /** Seconds since the run started. */
  readonly t: number;
  readonly utilization_pct: number | null;
  readonly memory_used_mib: number | null;
  readonly power_w: number | null;
  readonly temperature_c: number | null;
}

export interface GpuUsage {
  readonly index: number;
  readonly name: string;
  readonly uuid: string | null;
  readonly memory_total_mib: number | null;
  readonly utilization_pct: Stat;
  readonly memory_used_mib: Stat;
  readonly power_w: Stat;
  readonly temperature_c: Stat;
  readonly series: readonly GpuPoint[];
}

export interface GpuTelemetry {
  readonly driver: string | null;
  readonly cuda: string | null;
  readonly devices: readonly GpuUsage[];
}

/** GPU usage of a run, or null and the reason there is none. */
export interface TelemetryResult {
  readonly gpu: GpuTelemetry | null;
  readonly note: string | null;
}

export interface TelemetryOptions {
  readonly intervalMs: number;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const METRICS = ["utilization_pct", "memory_used_mib", "power_w", "temperature_c"] as const;

function stat(values: readonly (number | null)[]): Stat {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { mean: null, max: null };
  return { mean: known.reduce((a, b) => a + b, 0) / known.length, max: Math.max(...known) };
}

/** Per GPU, the mean and max of each measure over the samples, and the series itself. */
export function summarizeGpus(samples: readonly { t: number; gpus: GpuSample[] }[]): GpuUsage[] {
  const byIndex = new Map<number, { t: number; gpu: GpuSample }[]>();
  for (const { t, gpus } of samples)
    for (const gpu of gpus) byIndex.set(gpu.index, [...(byIndex.get(gpu.index) ?? []), { t, gpu }]);
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, points]) => {
      const last = points.at(-1)!.gpu;
      const series = points.map(({ t, gpu }) => ({
        t,
        ...Object.fromEntries(METRICS.map((m) => [m, gpu[m]])),
      })) as GpuPoint[];
      const stats = Object.fromEntries(METRICS.map((m) => [m, stat(series.map((p) => p[m]))]));
      return {
        index,
        name: last.name,
        uuid: last.uuid,
        memory_total_mib: last.memory_total_mib,
        ...(stats as Record<(typeof METRICS)[number], Stat>),
        series,
      };
    });
}

/**
 * Samples nvidia-smi every `intervalMs` until stopped. Where nvidia-smi is missing or fails the
 * result says so in a note: telemetry is never a reason for a run to fail.
 */
export async function startTelemetry(
  options: TelemetryOptions,
): Promise<{ stop: () => Promise<TelemetryResult> }> {
  const run = (args: readonly string[]) =>
    captureOutput("nvidia-smi", args, { cwd: options.cwd, env: options.env });
  const banner = await run([]);
  if (banner === null) {
    const note = "no GPU telemetry: nvidia-smi is not on the PATH, or it failed";
    return { stop: () => Promise.resolve({ gpu: null, note }) };
  }
  const started = Date.now();
  const samples: { t: number; gpus: GpuSample[] }[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One sample at a time: the next is scheduled when the last has answered.
  const sample = async (): Promise<void> => {
    const t = (Date.now() - started) / 1000;
    const gpus = parseGpuQuery((await run(QUERY_ARGS)) ?? "");
    if (gpus.length > 0) samples.push({ t, gpus });
    if (!stopped) timer = setTimeout(() => void (pending = sample()), options.intervalMs);
  };
  let pending = sample();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await pending;
      const devices = summarizeGpus(samples);
      const note = devices.length === 0 ? "no GPU telemetry: nvidia-smi reported no GPU" : null;
      return { gpu: devices.length === 0 ? null : { ...parseSmiBanner(banner), devices }, note };
    },
  };
}
