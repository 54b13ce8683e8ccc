import type { GpuTelemetry } from "../gpu/gpu-telemetry.js";
import type { MetricPoint } from "../metrics/read-metrics.js";
import type { GitState, RunEnvironment } from "../process/run-environment.js";
import { writtenContract, type Contract } from "./validate.js";
import schema from "./schemas/run-record.schema.json" with { type: "json" };

/** `mlops.run-record/v1`: a training run's record (see run-record.schema.json). */
export const runRecordContract: Contract = writtenContract(
  "mlops.run-record/v1",
  schema,
  "A run record is the JSON train-run writes (mlops-out/run-record.json by default)",
);

export interface ModelFile {
  /** Relative to the model folder; the file's own name for a single file. */
  readonly path: string;
  readonly sha256: string;
  readonly size_bytes: number;
}
export type RunStatus = "succeeded" | "failed" | "timed-out" | "cancelled";

/** `mlops.run-record/v1`: one training run, as run-record.schema.json defines it. */
export interface RunRecord {
  readonly schema: "mlops.run-record/v1";
  readonly tool: { readonly name: "mlops"; readonly version: string };
  readonly run_id: string;
  readonly status: RunStatus;
  /** Why the run failed, in one line; null when it succeeded. */
  readonly error: string | null;
  readonly command: { readonly argv: readonly string[]; readonly shell: boolean };
  readonly started_at: string;
  readonly ended_at: string;
  readonly duration_s: number;
  readonly exit_code: number | null;
  readonly signal: string | null;
  readonly timeout_s: number | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly metrics: {
    readonly file: string | null;
    readonly final: Readonly<Record<string, number>>;
    readonly history: Readonly<Record<string, readonly MetricPoint[]>>;
  };
  readonly git: GitState;
  readonly github: {
    readonly run_id: number | null;
    readonly run_attempt: number | null;
    /** The id of the dispatch that started the run, when train-run's dispatch mode did. */
    readonly correlation_id?: string;
  };
  readonly environment: RunEnvironment;
  readonly gpu: GpuTelemetry | null;
  readonly model: {
    readonly path: string;
    readonly digest: string;
    readonly files: readonly ModelFile[];
  } | null;
  readonly data_digests: readonly string[];
  /** What could not be recorded, and why (no nvidia-smi, no git checkout). */
  readonly notes: readonly string[];
}
