import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerArtifactStore } from "@mlops/shared";
import { ResultsService, runtimeToken } from "../emulator/results-service.js";
import { driftCheckFiles } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";

let service: ResultsService;
const token = runtimeToken("run-backend-bundle", "job-backend-1");

beforeAll(async () => {
  service = await ResultsService.start();
}, 60_000);

afterAll(async () => {
  delete process.env.ACTIONS_RUNTIME_TOKEN;
  delete process.env.ACTIONS_RESULTS_URL;
  await service?.stop();
});

describe("the drift-check bundle in a runner with the artifact service", () => {
  it("uploads its reports as the artifact drift-report and links it from the job summary", async () => {
    const run = await runBundle(
      "drift-check",
      { reference: "data/reference.csv", current: "data/current.csv", "fail-step": "false" },
      {
        files: driftCheckFiles(),
        env: {
          ACTIONS_RUNTIME_TOKEN: token,
          ACTIONS_RESULTS_URL: service.url,
          GITHUB_SERVER_URL: "https://github.com",
          GITHUB_RUN_ID: "4242",
        },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs.drifted).toBe("true");

    // This process reads the run's artifacts back with the same runner variables.
    process.env.ACTIONS_RUNTIME_TOKEN = token;
    process.env.ACTIONS_RESULTS_URL = service.url;
    const store = new RunnerArtifactStore();
    const [artifact, ...others] = await store.list();
    expect(others).toEqual([]);
    expect(artifact!.name).toBe("drift-report");
    expect(run.summary).toContain(
      `- [drift-report](https://github.com/octo/models/actions/runs/4242/artifacts/${artifact!.id}): the drift report, HTML and JSON (mlops.drift-report/v1)\n`,
    );
    const out = await store.download(artifact!, tempDir().dir);
    expect(readFileSync(join(out, "drift-report.html"))).toEqual(
      readFileSync(join(run.workspace, "mlops-out/drift-report.html")),
    );
    expect(readFileSync(join(out, "drift-report.json"))).toEqual(
      readFileSync(join(run.workspace, "mlops-out/drift-report.json")),
    );
  });
});
