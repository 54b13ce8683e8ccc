import type { CanaryOutcome } from "../../engine/contracts/canary-report.js";
import type { Correction } from "../../engine/evidence/index.js";
import { VERSION } from "../../engine/version.js";
import type { MetricJudgement } from "./judge-look.js";
import type { RolloutResult } from "./rollout.js";

export interface ReportFacts {
  readonly environment: string;
  readonly model: { readonly path: string; readonly sha256: string } | null;
  readonly variants: { readonly baseline: string; readonly canary: string };
  readonly source: string;
  readonly traffic: string;
  readonly policy: {
    readonly confidence: number;
    readonly lookConfidence: number;
    readonly correction: Correction;
    readonly minSamples: number;
    readonly looksPlanned: number;
  };
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly deployment: { readonly id: number; readonly environment: string } | null;
}

/** `mlops.canary-report/v1`, as canary-report.schema.json defines it. */
export type CanaryReport = ReturnType<typeof canaryReport>;

const metricEntry = (m: MetricJudgement) => ({
  metric: m.metric,
  verdict: m.verdict,
  reason: m.reason,
  baseline: m.baseline,
  canary: m.canary,
  delta: m.delta,
  interval: m.interval,
  level: m.level,
  method: m.method,
  unread: m.unread,
});

export function canaryReport(result: RolloutResult, facts: ReportFacts) {
  return {
    schema: "mlops.canary-report/v1" as const,
    tool: { name: "mlops" as const, version: VERSION },
    outcome: result.outcome as CanaryOutcome,
    reason: result.reason,
    final_weight: result.finalWeight,
    environment: facts.environment,
    model: facts.model,
    variants: facts.variants,
    source: facts.source,
    traffic: facts.traffic,
    policy: {
      confidence: facts.policy.confidence,
      look_confidence: facts.policy.lookConfidence,
      correction: facts.policy.correction,
      min_samples: facts.policy.minSamples,
      looks_planned: facts.policy.looksPlanned,
    },
    started_at: facts.startedAt.toISOString(),
    ended_at: facts.endedAt.toISOString(),
    deployment: facts.deployment,
    steps: result.steps.map((step) => ({
      step: step.step,
      weight: step.weight,
      started_at: step.startedAt.toISOString(),
      ended_at: step.endedAt.toISOString(),
      verdict: step.verdict,
      looks: step.looks.map((look) => ({
        at: look.at.toISOString(),
        window_s: look.windowS,
        verdict: look.verdict,
        metrics: look.metrics.map(metricEntry),
        agreement: look.agreement,
      })),
    })),
  };
}
