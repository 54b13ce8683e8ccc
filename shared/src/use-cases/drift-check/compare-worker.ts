// The thread that compares numeric columns beside the caller's (see compare-columns.ts): it is
// handed one column's two samples at a time and posts their comparison back.
import { parentPort, workerData } from "node:worker_threads";
import { serveWork } from "../../engine/data/share-work.js";
import { detachEarly } from "../../engine/detach-early.js";
import { roomOf } from "../../engine/release-array.js";
import { handedSample } from "./column-samples.js";
import type { CompareJob, CompareSettings } from "./compare-columns.js";
import { compareSamples } from "./compare-samples.js";
import { picker } from "./method-picker.js";

detachEarly();
const { methods, referenceRows } = workerData as CompareSettings;
const pick = picker(methods, referenceRows);
/** Each side's room for its sorted values, grown to the longest sample yet. */
const rooms = { reference: new ArrayBuffer(0), current: new ArrayBuffer(0) };

serveWork(parentPort!, (job) => {
  const { name, reference, current } = job as CompareJob;
  const ref = handedSample(reference);
  const cur = handedSample(current);
  rooms.reference = roomOf(rooms.reference, ref.count);
  rooms.current = roomOf(rooms.current, cur.count);
  return compareSamples(name, ref, cur, pick, rooms);
});
