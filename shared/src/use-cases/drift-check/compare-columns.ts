import { shareWork } from "../../engine/data/share-work.js";
import { releaseArrays } from "../../engine/release-array.js";
import { roomFor, type ColumnSample, type HandedSample } from "./column-samples.js";
import { compareSamples, type ColumnComparison } from "./compare-samples.js";
import type { MethodChoice } from "./drift-methods.js";
import { picker } from "./method-picker.js";

/**
 * Below this many numbers in the numeric columns of both sides together, every column is
 * compared on the caller's thread: starting a thread and loading the comparison into it takes
 * some 50-70 ms, about what sorting and walking 2,000,000 numbers costs.
 */
export const SHARED_MIN_VALUES = 4_000_000;

// The comparing thread runs this script: next to this module, or in a bundle, next to the bundle.
const WORKER_SCRIPT = new URL("./compare-worker.js", import.meta.url);

/** How columns are compared and with what, as the comparing thread is given them. */
export interface CompareSettings {
  readonly methods: MethodChoice;
  readonly referenceRows: number;
}

/** One numeric column for the comparing thread: both sides' samples, handed over. */
export interface CompareJob {
  readonly name: string;
  readonly reference: HandedSample;
  readonly current: HandedSample;
}

/**
 * Compares each named column of the two sides' samples. Where there are enough numbers
 * (`minValues`), a thread of its own compares numeric columns from the last back while this
 * one compares from the first on (`shareWork`): the two cores then share the sorting and the
 * ECDF walks, which otherwise follow the reads on this thread alone. Each thread sorts into one
 * room per side that its columns reuse. The comparisons are the same either way, and so is a
 * failure: that of the first column that fails.
 */
export function compareColumns(
  names: readonly string[],
  reference: ReadonlyMap<string, ColumnSample>,
  current: ReadonlyMap<string, ColumnSample>,
  settings: CompareSettings,
  minValues = SHARED_MIN_VALUES,
): Promise<ColumnComparison[]> {
  const pairs = names.map((name) => ({ name, ref: reference.get(name)!, cur: current.get(name)! }));
  const numeric = (pair: (typeof pairs)[number]) =>
    pair.ref.numeric && pair.cur.numeric && pair.ref.count > 0 && pair.cur.count > 0;
  const values = pairs.reduce(
    (sum, p) => sum + (numeric(p) ? countOf(p.ref) + countOf(p.cur) : 0),
    0,
  );
  const pick = picker(settings.methods, settings.referenceRows);
  const rooms = { reference: roomFor(reference.values()), current: roomFor(current.values()) };
  const work = {
    items: pairs,
    shareable: numeric,
    here: ({ name, ref, cur }: (typeof pairs)[number]) =>
      compareSamples(name, ref, cur, pick, rooms),
    handOver: ({ name, ref, cur }: (typeof pairs)[number]) => {
      const reference = handOver(ref);
      const current = handOver(cur);
      const job: CompareJob = { name, reference: reference.sample, current: current.sample };
      return { job, transfer: [...reference.transfer, ...current.transfer] };
    },
  };
  return shareWork(work, values >= minValues ? WORKER_SCRIPT : undefined, settings).finally(() =>
    releaseArrays(new Uint8Array(rooms.reference), new Uint8Array(rooms.current)),
  );
}

const countOf = (sample: ColumnSample) => (sample.numeric ? sample.count : 0);

/** A numeric sample handed over, which `shareable` made sure it is. */
function handOver(sample: ColumnSample) {
  if (!sample.numeric) throw new Error("only numeric samples are compared on another thread");
  return sample.handOver();
}
