import { MlopsError } from "../../engine/errors.js";

/** Where a rollout stands when the traffic moves: the values a provider's templates receive. */
export interface TrafficShift {
  /** The canary's share of traffic, in percent (0 to 100). */
  readonly weight: number;
  /** The step's number, from 1; 0 for a rollback. */
  readonly step: number;
  /** The canary variant's name. */
  readonly variant: string;
}

/** Moves live traffic between the baseline and the canary. */
export interface TrafficProvider {
  /** What it is, for the log and the report: "command ./set-weight.sh" or "webhook https://host". */
  readonly description: string;
  setWeight(shift: TrafficShift): Promise<void>;
  /** Sends every request back to the baseline. */
  rollback(shift: TrafficShift): Promise<void>;
}

/** The traffic could not be moved: the rollout cannot go on, and says why. */
export class TrafficError extends MlopsError {}

/** The traffic could not be moved because nothing ran (a command not found): it is where it was. */
export class TrafficNotMoved extends TrafficError {}
