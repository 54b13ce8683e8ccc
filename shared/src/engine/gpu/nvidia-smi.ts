/** The fields sampled, in nvidia-smi's own names; the header of its CSV maps them back. */
export const QUERY_FIELDS = [
  "index",
  "name",
  "uuid",
  "driver_version",
  "memory.total",
  "memory.used",
  "utilization.gpu",
  "power.draw",
  "temperature.gpu",
] as const;

/** The arguments of one sample: CSV with its header, so columns are found by name, not place. */
export const QUERY_ARGS = [`--query-gpu=${QUERY_FIELDS.join(",")}`, "--format=csv,nounits"];

/** One GPU at one moment; a value nvidia-smi does not report ([N/A]) is null. */
export interface GpuSample {
  readonly index: number;
  readonly name: string;
  readonly uuid: string | null;
  readonly memory_total_mib: number | null;
  readonly memory_used_mib: number | null;
  readonly utilization_pct: number | null;
  readonly power_w: number | null;
  readonly temperature_c: number | null;
}

const number = (text: string | undefined): number | null => {
  // Units stay on the values unless nounits is given ("81559 MiB", "0 %", "123.01 W").
  const value = Number(text?.replace(/\s*(MiB|%|W|MHz|C)$/, ""));
  return text === undefined || text === "" || !Number.isFinite(value) ? null : value;
};

const plain = (text: string | undefined): string | null =>
  text === undefined || text === "" || /^\[?N\/A\]?$/.test(text) ? null : text;

/**
 * The GPUs of one `nvidia-smi --query-gpu=... --format=csv[,nounits]` answer. Columns are found
 * by the header's names ("memory.used [MiB]" is memory.used), so any subset of fields in any
 * order reads; rows without an index are skipped.
 */
export function parseGpuQuery(text: string): GpuSample[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (!header) return [];
  const names = header.split(",").map((cell) => cell.trim().replace(/\s*\[.*\]$/, ""));
  return rows.flatMap((row) => {
    const cells = new Map(row.split(",").map((cell, i) => [names[i], cell.trim()] as const));
    const index = number(cells.get("index"));
    if (index === null) return [];
    return [
      {
        index,
        name: plain(cells.get("name")) ?? `GPU ${index}`,
        uuid: plain(cells.get("uuid")),
        memory_total_mib: number(cells.get("memory.total")),
        memory_used_mib: number(cells.get("memory.used")),
        utilization_pct: number(cells.get("utilization.gpu")),
        power_w: number(cells.get("power.draw")),
        temperature_c: number(cells.get("temperature.gpu")),
      },
    ];
  });
}

/** The driver and CUDA versions from the banner plain `nvidia-smi` prints. */
export function parseSmiBanner(text: string): { driver: string | null; cuda: string | null } {
  return {
    driver: /Driver Version:\s*([\d.]+)/.exec(text)?.[1] ?? null,
    cuda: /CUDA Version:\s*([\d.]+)/.exec(text)?.[1] ?? null,
  };
}
