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

type Env = Readonly<Record<string, string | undefined>>;

export interface TelemetryOptions {
  readonly intervalMs: number;
  readonly cwd: string;
  readonly env: Env;
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
 * The GPUs CUDA_VISIBLE_DEVICES gives the command: undefined when unset (all of them), else its
 * indices and UUIDs (`GPU-...`, `MIG-...`) up to the first that names no device, as CUDA reads
 * it, so that "", "-1" and "NoDevFiles" give none. NVIDIA_VISIBLE_DEVICES is not read: it says
 * which GPUs a container is given when it starts, and nvidia-smi inside it sees only those,
 * numbered from 0 again.
 */
export function visibleDevices(env: Env): readonly string[] | undefined {
  const value = env.CUDA_VISIBLE_DEVICES;
  if (value === undefined) return undefined;
  const ids = value.split(",").map((id) => id.trim());
  const end = ids.findIndex((id) => !/^(\d+|GPU-[\w-]+|MIG-[\w/-]+)$/.test(id));
  return end < 0 ? ids : ids.slice(0, end);
}

/** MIG devices' UUIDs to their GPU's index, from `nvidia-smi -L`. */
function migParents(listing: string): Map<string, number> {
  const parents = new Map<string, number>();
  let gpu: number | undefined;
  for (const line of listing.split(/\r?\n/)) {
    const index = /^GPU (\d+):/.exec(line)?.[1];
    if (index !== undefined) gpu = Number(index);
    const mig = /\(UUID: (MIG-[^)]+)\)/.exec(line)?.[1];
    if (mig !== undefined && gpu !== undefined) parents.set(mig, gpu);
  }
  return parents;
}

/**
 * Which sampled GPUs are the command's. CUDA takes a UUID's unique prefix; a MIG device is
 * sampled as its whole GPU, which nvidia-smi reports (old `MIG-GPU-<uuid>/1/0` names carry it,
 * newer ones are looked up in `nvidia-smi -L`).
 */
async function visibleFilter(
  ids: readonly string[],
  list: () => Promise<string | null>,
): Promise<(gpu: GpuSample) => boolean> {
  const newMig = ids.some((id) => id.startsWith("MIG-") && !id.startsWith("MIG-GPU-"));
  const parents = newMig ? migParents((await list()) ?? "") : new Map<string, number>();
  return (gpu) =>
    ids.some((id) => {
      if (/^\d+$/.test(id)) return gpu.index === Number(id);
      if (id.startsWith("GPU-")) return gpu.uuid?.startsWith(id) ?? false;
      if (id.startsWith("MIG-GPU-"))
        return gpu.uuid?.startsWith(id.slice(4).split("/")[0]!) ?? false;
      return parents.get(id) === gpu.index;
    });
}

/**
 * Samples nvidia-smi every `intervalMs` until stopped: the GPUs CUDA_VISIBLE_DEVICES gives the
 * command when set, since another job's load on the others is not this run's. Where nvidia-smi
 * is missing or fails the result says so in a note: telemetry is never a reason for a run to
 * fail.
 */
export async function startTelemetry(
  options: TelemetryOptions,
): Promise<{ stop: () => Promise<TelemetryResult> }> {
  const run = (args: readonly string[]) =>
    captureOutput("nvidia-smi", args, { cwd: options.cwd, env: options.env });
  const none = (note: string) => ({ stop: () => Promise.resolve({ gpu: null, note }) });
  const visible = visibleDevices(options.env);
  const setting = `CUDA_VISIBLE_DEVICES=${options.env.CUDA_VISIBLE_DEVICES ?? ""}`;
  if (visible?.length === 0) return none(`no GPU telemetry: ${setting} gives the command no GPU`);
  const banner = await run([]);
  if (banner === null) return none("no GPU telemetry: nvidia-smi is not on the PATH, or it failed");
  const ours = visible ? await visibleFilter(visible, () => run(["-L"])) : () => true;
  const started = Date.now();
  const samples: { t: number; gpus: GpuSample[] }[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One sample at a time: the next is scheduled when the last has answered.
  const sample = async (): Promise<void> => {
    const t = (Date.now() - started) / 1000;
    const gpus = parseGpuQuery((await run(QUERY_ARGS)) ?? "").filter(ours);
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
      const sampled = devices.map((d) => `GPU ${d.index}`).join(", ");
      const note =
        devices.length === 0
          ? `no GPU telemetry: nvidia-smi reported no GPU${visible ? ` that ${setting} names` : ""}`
          : visible
            ? `GPU telemetry of the GPUs ${setting} gives the command: ${sampled}`
            : null;
      return { gpu: devices.length === 0 ? null : { ...parseSmiBanner(banner), devices }, note };
    },
  };
}
