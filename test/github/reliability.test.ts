import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitHubEmulator } from "../emulator/github-emulator.js";
import { prepareRepo, runLifecycle, snapshot } from "./lifecycle-scenario.js";
import { startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

const RUNS = 200;
let gh: EmulatedGitHub;
let emulator: GitHubEmulator;

beforeAll(async () => {
  gh = await startEmulatedGitHub();
  emulator = gh.emulator;
});

afterAll(async () => {
  await emulator.close();
});

describe("every operation under faults", () => {
  it("leaves, without faults, one comment, one closed issue, one tag, one release with one asset, one deployment, one run", async () => {
    const target = prepareRepo(emulator, "acme/baseline");
    await runLifecycle(gh.client(), target);
    const state = snapshot(emulator, "acme/baseline");
    expect(state.comments).toEqual([
      {
        on: target.pr,
        author: "github-actions[bot]",
        body: expect.stringMatching(/\naccuracy 0\.92$/),
      },
      {
        on: target.pr + 1,
        author: "github-actions[bot]",
        body: expect.stringMatching(/\nCleared\.$/),
      },
    ]);
    expect(state.issues).toEqual([
      {
        title: "Drift in features",
        body: expect.stringMatching(/\n6 of 10 columns drifted$/),
        state: "closed",
        labels: ["mlops-alert"],
      },
    ]);
    expect(state.tags).toEqual([
      {
        ref: "refs/tags/churn@v1.0.0",
        tag: "churn@v1.0.0",
        message: "register churn v1.0.0",
        commit: "main",
      },
    ]);
    expect(state.releases).toEqual([
      {
        tag: "churn@v1.0.0",
        body: "model card",
        assets: [{ name: "model.onnx", digest: expect.any(String) }],
      },
    ]);
    expect(state.deployments).toEqual([
      { environment: "staging", ref: "main", statuses: ["in_progress", "success"] },
    ]);
    expect(state.runs).toEqual([
      { title: "train train-1", status: "completed", conclusion: "success" },
    ]);
  });

  it(`ends in that same state in ${RUNS} seeded runs with 20% of requests failing`, async () => {
    const baseline = snapshot(emulator, "acme/baseline");
    const injected = { "server-error": 0, "too-many-requests": 0, "secondary-limit": 0, reset: 0 };
    for (let seed = 1; seed <= RUNS; seed++) {
      const fullName = `acme/faulty-${seed}`;
      const target = prepareRepo(emulator, fullName);
      emulator.rateLimit.remaining = emulator.rateLimit.limit;
      emulator.injectFaults({ seed, rate: 0.2 });
      await runLifecycle(gh.client(), target);
      const faults = emulator.faults;
      emulator.injectFaults(undefined);
      for (const [kind, n] of Object.entries(faults?.injected ?? {})) {
        injected[kind as keyof typeof injected] += n;
      }
      const state = snapshot(emulator, fullName);
      expect(state, `seed ${seed}`).toEqual({
        ...baseline,
        comments: baseline.comments.map((c) => ({ ...c, on: c.on - baselinePr() + target.pr })),
      });
    }
    // Every kind of fault was met many times, some after the request had taken effect.
    for (const n of Object.values(injected)) expect(n).toBeGreaterThan(RUNS);
    // Thousands of HTTP round trips: a busy machine may need minutes, a quiet one seconds.
  }, 180_000);
});

/** The baseline's pull request number (each repository numbers from 1). */
const baselinePr = () => 1;
