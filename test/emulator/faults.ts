/**
 * Seeded fault injection: a test names a seed and a rate, and the same requests meet the same
 * faults on every run, so a failure found once can be replayed.
 */
import { seededRandom } from "../helpers/seeded-random.js";

export type FaultKind = "server-error" | "too-many-requests" | "secondary-limit" | "reset";

export interface FaultOptions {
  seed: number;
  /** Share of requests that meet a fault, 0..1. */
  rate: number;
  /** Which faults, with relative weights; all four equally when left out. */
  kinds?: Partial<Record<FaultKind, number>>;
  /** Extra latency before each answer; a drawn share of it when `latencyJitter` is set. */
  latencyMs?: number;
  latencyJitter?: boolean;
  /** Inject at most this many faults, then none. */
  count?: number;
  /** `retry-after` sent with rate limits, in seconds (GitHub sends at least 1). */
  retryAfterSeconds?: number;
  /** Only requests whose "METHOD /path" matches meet faults. */
  only?: RegExp;
}

export interface Fault {
  kind: FaultKind;
  /** A server error or reset after the request took effect: the change is made, the answer lost. */
  afterEffect: boolean;
}

export class FaultPlan {
  private readonly random: () => number;
  private readonly weights: [FaultKind, number][];
  readonly injected: Record<FaultKind, number> = {
    "server-error": 0,
    "too-many-requests": 0,
    "secondary-limit": 0,
    reset: 0,
  };

  constructor(readonly options: FaultOptions) {
    this.random = seededRandom(options.seed);
    const kinds = options.kinds ?? {
      "server-error": 1,
      "too-many-requests": 1,
      "secondary-limit": 1,
      reset: 1,
    };
    this.weights = Object.entries(kinds).filter((e): e is [FaultKind, number] => (e[1] ?? 0) > 0);
  }

  latency(): number {
    const ms = this.options.latencyMs ?? 0;
    return this.options.latencyJitter ? Math.floor(this.random() * ms) : ms;
  }

  /** The fault this request meets, if any. */
  next(route: string): Fault | undefined {
    if (this.options.only && !this.options.only.test(route)) return undefined;
    const injectedSoFar = Object.values(this.injected).reduce((a, b) => a + b, 0);
    if (this.options.count !== undefined && injectedSoFar >= this.options.count) return undefined;
    if (this.random() >= this.options.rate) return undefined;
    const total = this.weights.reduce((sum, [, w]) => sum + w, 0);
    let pick = this.random() * total;
    let kind: FaultKind = this.weights[0]?.[0] ?? "server-error";
    for (const [k, w] of this.weights) {
      kind = k;
      if ((pick -= w) < 0) break;
    }
    this.injected[kind] += 1;
    const canTakeEffect = kind === "server-error" || kind === "reset";
    return { kind, afterEffect: canTakeEffect && this.random() < 0.5 };
  }
}
