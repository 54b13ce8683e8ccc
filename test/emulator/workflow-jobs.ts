/**
 * Jobs of emulated workflow runs as real processes. A workflow whose job is one JavaScript
 * action step runs the action's entry script with what a runner gives a step: the run's GITHUB_
 * variables, INPUT_ values from the step's `with:`, the runtime token of the artifact service,
 * output and summary files, and a workspace of its own. Cancelling the run signals the step as
 * the runner does: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { JobStarter, RunJob, WorkflowRun } from "./emulator-state.js";
import { runtimeToken, type ResultsService } from "./results-service.js";

/** The run's id in the artifact service, as its jobs' runtime tokens carry it. */
export const runBackendId = (run: WorkflowRun): string => `workflow-run-${run.id}`;

export interface ActionStep {
  /** The action's entry, a script for node. */
  readonly entry: string;
  /** The step's `with:`, from the dispatch inputs as the workflow receives them. */
  readonly with: (inputs: Record<string, string>) => Record<string, string>;
  /** The artifact service the step uploads to. */
  readonly results: ResultsService;
}

const SIGTERM_AFTER_MS = 7_500;
const SIGKILL_AFTER_MS = 2_500;

/** What a runner sets for a step of this run; `with` as INPUT_ variables. */
function stepEnv(
  run: WorkflowRun,
  where: { apiUrl: string; repo: string },
  files: { workspace: string; output: string; summary: string },
  step: ActionStep,
): NodeJS.ProcessEnv {
  const inputs = Object.fromEntries(Object.entries(run.inputs).map(([k, v]) => [k, String(v)]));
  const given = Object.entries(step.with(inputs)).map(([name, value]) => [
    `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
    value,
  ]);
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: where.repo,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: run.head_sha,
    GITHUB_REF: `refs/heads/${run.head_branch}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_API_URL: where.apiUrl,
    // @actions/artifact takes any other host for GitHub Enterprise Server, which it refuses.
    GITHUB_SERVER_URL: "https://github.com",
    ACTIONS_RUNTIME_TOKEN: runtimeToken(runBackendId(run), `job-of-${run.id}`),
    ACTIONS_RESULTS_URL: step.results.url,
    ...Object.fromEntries(given),
  };
}

/** A workflow's job that is one action step, run as a process when a run is dispatched. */
export function actionStep(step: ActionStep): JobStarter {
  return (run, where) => {
    const root = mkdtempSync(join(tmpdir(), "emulated-job-"));
    const files = {
      workspace: join(root, "workspace"),
      output: join(root, "output"),
      summary: join(root, "summary"),
    };
    mkdirSync(files.workspace);
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    const child = spawn(process.execPath, [step.entry], {
      cwd: files.workspace,
      env: stepEnv(run, where, files, step),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const log: string[] = [];
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", (l) => log.push(l));
    const timers: NodeJS.Timeout[] = [];
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // ESRCH: the job's process group is gone already.
      }
    };
    const job: RunJob = {
      pid: child.pid!,
      workspace: files.workspace,
      outputFile: files.output,
      log,
      exitCode: undefined,
      cancelled: false,
      ended: new Promise((resolve) =>
        child.on("close", (code) => {
          job.exitCode = code;
          timers.forEach(clearTimeout);
          resolve();
        }),
      ),
      cancel() {
        if (job.exitCode !== undefined || job.cancelled) return;
        job.cancelled = true;
        signal("SIGINT");
        timers.push(
          setTimeout(() => signal("SIGTERM"), SIGTERM_AFTER_MS),
          setTimeout(() => signal("SIGKILL"), SIGTERM_AFTER_MS + SIGKILL_AFTER_MS),
        );
      },
      async remove() {
        if (job.exitCode === undefined) signal("SIGKILL");
        await job.ended;
        rmSync(root, { recursive: true, force: true });
      },
    };
    return job;
  };
}
