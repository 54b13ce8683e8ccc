import { oneLine } from "./recorded-text.js";
import type { EvidenceRecord } from "./evidence.js";
import type { PolicyRecord } from "./registry-policy.js";
import type { TrainingRun } from "./training-run.js";

/**
 * The machine-readable part of a registry tag's message: what was stored, what evidence
 * allowed it, and where it ran. People read the first line; tools read this block.
 */
export interface EventMetadata {
  readonly schema: "mlops.registry-event/v1";
  /** On stage tags: the version assigned or unassigned (GTO infers it from the commit). */
  readonly version?: string;
  /** On registration tags: every stored asset; the first is the model file. */
  readonly assets?: readonly {
    readonly name: string;
    readonly sha256: string;
    readonly size: number;
  }[];
  readonly evidence?: EvidenceRecord;
  readonly run_url?: string;
  /** On registration tags: the training run the version came from (its run record). */
  readonly training_run?: TrainingRun;
  /** Policy checks an actor allowed to skip them skipped: "order", "evidence". */
  readonly skipped?: readonly string[];
  /** On a rollback's assignment: the version it rolled back from. */
  readonly rollback_from?: string;
  /**
   * On stage tags: the registry policy they were made under, as committed; null where none was
   * (every stage allowed). Absent on tags of older versions of mlops, and of other tools.
   */
  readonly policy?: PolicyRecord | null;
}

const FENCE = "```";
const BLOCK = /^```mlops\n([\s\S]*?)\n```$/m;

export function formatTagMessage(summary: string, metadata: EventMetadata): string {
  return `${oneLine(summary)}\n\n${FENCE}mlops\n${JSON.stringify(metadata, null, 2)}\n${FENCE}\n`;
}

/** The summary line and, when the tag was written by mlops, its metadata. */
export function parseTagMessage(message: string): {
  summary: string;
  metadata: EventMetadata | undefined;
} {
  const summary = message.split("\n")[0]?.trim() ?? "";
  const block = BLOCK.exec(message);
  if (!block) return { summary, metadata: undefined };
  try {
    const value: unknown = JSON.parse(block[1]!);
    const ours =
      typeof value === "object" &&
      value !== null &&
      (value as { schema?: unknown }).schema === "mlops.registry-event/v1";
    return { summary, metadata: ours ? (value as EventMetadata) : undefined };
  } catch {
    // A hand-written tag with a broken block is still an event, just without metadata.
    return { summary, metadata: undefined };
  }
}
