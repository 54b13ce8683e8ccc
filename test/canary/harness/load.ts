import { Agent, request } from "node:http";
import { seededRandom } from "../../helpers/seeded-random.js";
import { onCleanup } from "./processes.js";

export interface Load {
  stop(): Promise<{ sent: number; ok: number; failed: number }>;
}

/** How many requests may wait for an answer at once; past it, a due request is skipped. */
const MAX_IN_FLIGHT = 256;
const REQUEST_TIMEOUT_MS = 10_000;
/** How often the generator catches up with the requests due so far. */
const TICK_MS = 5;

/** Students like Spector and Mazzeo's: GPA 2..4, TUCE 12..29, PSI 0 or 1, from a seeded stream. */
function features(random: () => number): string {
  const gpa = Math.round((2 + 2 * random()) * 100) / 100;
  const tuce = 12 + Math.floor(18 * random());
  const psi = random() < 0.5 ? 0 : 1;
  return JSON.stringify({ features: { GPA: gpa, TUCE: tuce, PSI: psi } });
}

/** Sends `rps` POST /predict requests a second through url until stopped (keep-alive agent). */
export async function startLoad(url: string, rps: number): Promise<Load> {
  const target = new URL("/predict", url);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const random = seededRandom(7);
  const counts = { sent: 0, ok: 0, failed: 0 };
  const inFlight = new Set<Promise<void>>();
  const started = Date.now();
  let due = 0;

  // One request; sent again once when nginx closed a kept-alive socket as it was reused (a
  // reload retires the old workers' idle connections), as the Node documentation advises.
  const send = (body: string, retry = true): Promise<boolean> =>
    new Promise((resolve) => {
      const call = request(target, {
        method: "POST",
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { "content-type": "application/json", "content-length": body.length },
      });
      call.once("response", (response) => {
        response.resume();
        response.once("end", () => resolve((response.statusCode ?? 500) < 300));
        response.once("aborted", () => resolve(false));
      });
      call.once("timeout", () => call.destroy(new Error("timed out")));
      call.once("error", (error: NodeJS.ErrnoException) => {
        const closed = error.code === "ECONNRESET" && call.reusedSocket;
        resolve(closed && retry ? send(body, false) : false);
      });
      call.end(body);
    });

  const timer = setInterval(() => {
    const dueNow = Math.floor(((Date.now() - started) / 1000) * rps);
    for (; due < dueNow; due++) {
      if (inFlight.size >= MAX_IN_FLIGHT) continue;
      counts.sent++;
      const pending = send(features(random))
        .then((ok) => void counts[ok ? "ok" : "failed"]++)
        .finally(() => inFlight.delete(pending));
      inFlight.add(pending);
    }
  }, TICK_MS);

  const stop = onCleanup(async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    agent.destroy();
  });
  return {
    async stop() {
      await stop();
      return { ...counts };
    },
  };
}
