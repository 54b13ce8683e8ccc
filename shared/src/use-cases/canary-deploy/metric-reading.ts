import type { Direction } from "../../engine/contracts/gate-policy.js";
import type { Counts } from "../../engine/evidence/index.js";

/** What one variant showed of one metric over a window; null when it showed nothing (no data). */
export type Observed =
  | { readonly kind: "samples"; readonly values: readonly number[] }
  | ({ readonly kind: "proportion" } & Counts)
  | null;

/** A metric a source knows before it is read: what a policy may name. */
export interface MetricSpec {
  readonly name: string;
  readonly kind: "samples" | "proportion";
  readonly direction?: Direction;
  readonly unit?: string;
}

/** One metric of both variants over a window, or why it could not be read. */
export interface MetricReading {
  readonly name: string;
  readonly baseline: Observed;
  readonly canary: Observed;
  /** Why the source could not give it (Prometheus down, a bad query): no evidence either way. */
  readonly error?: string;
}

/** The span a judgement covers: from when the step's weight was set until now. */
export interface ObservationWindow {
  readonly start: Date;
  readonly end: Date;
  readonly step: number;
  readonly weight: number;
}

/** Both variants' predictions on the same requests, where the source logs them. */
export interface Agreement {
  readonly agreed: number;
  readonly compared: number;
}

export interface Reading {
  readonly metrics: readonly MetricReading[];
  readonly agreement?: Agreement;
}

/**
 * A rate's baseline counts over the window read before any traffic moved (`windowMs`, about one
 * interval), in which the baseline served all traffic: what each step's requests are foreseen
 * from.
 */
export interface RateBefore extends Counts {
  readonly name: string;
  readonly windowMs: number;
}

/** What the check before any traffic moves found: warnings, and the rates' counts then. */
export interface SourceCheck {
  readonly warnings: readonly string[];
  /** Each rate that counted requests for the baseline then; none where the source gave no counts. */
  readonly rates: readonly RateBefore[];
}

/** Where the live metrics come from: Prometheus, or the user's command. */
export interface MetricSource {
  readonly description: string;
  /** The metrics known before any read; null when only a read tells (a command's output). */
  readonly known: readonly MetricSpec[] | null;
  /**
   * Whether a rate's totals are estimated over the window, as Prometheus's `increase()`
   * extrapolates them: a counter that stopped then reads a little lower at each look, which
   * says the variant served nothing since, not that the totals were counted wrong.
   */
  readonly totalsEstimated?: boolean;
  /**
   * Refuses, before any traffic moves, a source that cannot answer (down, a query it rejects);
   * returns a warning for each metric that answers with no data for the baseline, which then
   * serves all traffic, and the requests each rate counted for it.
   */
  check?(): Promise<SourceCheck>;
  read(window: ObservationWindow): Promise<Reading>;
}
