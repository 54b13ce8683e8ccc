import schema from "./schemas/eval-report.schema.json" with { type: "json" };
import type { Direction } from "./gate-policy.js";
import { writtenContract, type Contract } from "./validate.js";

export const evalReportContract: Contract = writtenContract(
  "mlops.eval-report/v1",
  schema,
  "An eval report is the JSON eval-gate writes at its report-path (mlops-out/eval-report.json by default)",
);

export type RowStatus = "pass" | "fail" | "inconclusive" | "skipped" | "info";

export interface RuleCheck {
  readonly rule: "min" | "max" | "max-regression" | "min-improvement";
  /** The limit the challenger's value was held to, in the metric's units. */
  readonly limit: number;
  /** False for an inconclusive check as for a failed one: `status` tells them apart. */
  readonly passed: boolean;
  /** The check's verdict, on per-example predictions; metric files' checks only pass or fail. */
  readonly status?: "pass" | "fail" | "inconclusive";
}

export interface MetricRow {
  readonly metric: string;
  readonly slice: string | null;
  readonly gated: boolean;
  readonly direction: Direction | null;
  readonly champion: number | null;
  readonly challenger: number | null;
  readonly delta: number | null;
  readonly relative_delta: number | null;
  /** The policy's rule in words, as the table shows it. */
  readonly rule: string;
  readonly checks: readonly RuleCheck[];
  readonly status: RowStatus;
  readonly reason: string | null;
  /** How the delta was judged on per-example predictions; absent for metric files. */
  readonly evidence?: RowEvidence;
}

/** A delta judged on paired examples: its interval, its test, and what more data would do. */
export interface RowEvidence {
  /**
   * The method of the interval shown: `wilson` for a proportion's own value (bounds alone),
   * `mcnemar` for its paired comparison with the champion. Earlier reports wrote `mcnemar` for
   * both.
   */
  readonly method: "mcnemar" | "wilson" | "delong" | "bootstrap";
  readonly n: number;
  /** The resamples a bootstrap row was judged on; absent for the other methods. */
  readonly resamples?: number;
  /**
   * Draws thrown away and drawn again because the metric was not defined on them (an average
   * precision's resample without a positive example): the bootstrap given a defined metric.
   */
  readonly resamples_redrawn?: number;
  /**
   * Where the metric rests on some of the n examples only (a recall on the positive ones): how
   * many, and what they are. min-samples is held against this count.
   */
  readonly support?: { readonly count: number; readonly of: string };
  /** The interval's confidence, after the correction across metrics and slices. */
  readonly confidence: number;
  /** The delta's interval for a rule against the champion, the value's for bounds alone. */
  readonly interval_of: "delta" | "challenger";
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** Two-sided p-value of the shown check's edge: twice the smaller of its two claims' p-values. */
  readonly p_value: number | null;
  /** That smaller claim's p-value after the correction over all claims, two per check. */
  readonly p_adjusted: number | null;
  /** True when the p-values are the smallest the method can give: bounds, not values. */
  readonly p_at_floor?: boolean;
  /**
   * True when the shown interval's ends or p-values lie beyond the bootstrap's resamples, from
   * its normal bootstrap interval: the estimate ± z standard errors of the resamples.
   */
  readonly normal_approximation?: boolean;
  /**
   * For an inconclusive row: the smallest distance from the edge this many examples detect at
   * 80% power; for `wilson`, the distance beyond the bound an estimate must lie for the interval
   * to clear it.
   */
  readonly mde: number | null;
  readonly examples_needed: number | null;
}

/** How two predictions files paired by id. */
export interface PairingCounts {
  readonly paired: number;
  readonly champion_unpaired: number;
  readonly challenger_unpaired: number;
  readonly champion_duplicates: number;
  readonly challenger_duplicates: number;
  readonly label_mismatches: number;
  /** The positive class of a binary classifier, as the label column writes it. */
  readonly positive_class?: string;
}

/**
 * A metric the policy does not name, as a report gives it: only its values, since the rest of
 * its row follows from them (a file of 50,000 metrics would otherwise repeat it 50,000 times).
 */
export interface UngatedRow {
  readonly metric: string;
  readonly gated: false;
  readonly champion: number | null;
  readonly challenger: number | null;
}

/** A row of a report: judged in full, or an ungated metric's compact row. */
export type ReportRow = MetricRow | UngatedRow;

export interface AggregateJudgement {
  /** `inconclusive` when no rule could be evaluated: the gate refuses to bless what it never checked. */
  readonly verdict: "pass" | "fail" | "inconclusive";
  readonly rows: readonly ReportRow[];
  readonly notes: readonly string[];
}

export interface FileRef {
  readonly file: string;
  readonly sha256: string;
}

/** The eval report, `mlops.eval-report/v1` (see schemas/eval-report.schema.json). */
export interface EvalReport {
  readonly schema: "mlops.eval-report/v1";
  readonly tool: { readonly name: "mlops"; readonly version: string };
  readonly created_at: string;
  readonly mode: "aggregate" | "predictions";
  readonly verdict: AggregateJudgement["verdict"];
  readonly challenger: FileRef;
  readonly champion: FileRef | null;
  readonly policy: FileRef;
  readonly model: FileRef | null;
  readonly rows: readonly ReportRow[];
  /** Rows by status; reports written before 0.2 have no `inconclusive` count. */
  readonly counts: Readonly<Record<Exclude<RowStatus, "inconclusive">, number>> & {
    readonly inconclusive?: number;
  };
  readonly notes: readonly string[];
  readonly pairing?: PairingCounts;
  /**
   * The policy's multiple-testing correction, on per-example predictions: what each row's
   * `p_adjusted` is adjusted by (under `none`, it is the check's own two-sided p-value).
   */
  readonly correction?: "holm" | "bh" | "none";
  /** The training run that made the challenger, by its run record. */
  readonly run?: { readonly id: string; readonly file: string; readonly sha256: string };
}
