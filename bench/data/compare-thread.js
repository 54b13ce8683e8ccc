// The data benchmark's second thread (engine.js): it runs the numeric tests of the columns the
// engine's side hands over, as drift-check's comparing thread does (compare-columns.ts).
import { parentPort } from "node:worker_threads";
import { CompactNumbers, roomOf, serveWork } from "@mlops/shared/data";
import { numericTests } from "./numeric-tests.js";

const rooms = { reference: new ArrayBuffer(0), current: new ArrayBuffer(0) };

serveWork(parentPort, ({ reference, current }) => {
  const r = CompactNumbers.handedOver(reference);
  const c = CompactNumbers.handedOver(current);
  rooms.reference = roomOf(rooms.reference, r.length);
  rooms.current = roomOf(rooms.current, c.length);
  return numericTests(r, c, rooms);
});
