/**
 * Runs this repository's workflow files as a GitHub runner runs them, as far as the loop's
 * workflows need: each job in a fresh checkout of the repository's commit, after the jobs it
 * needs and only when its `if:` holds; its steps in order until one fails. A `./actions/<name>`
 * step runs that action's committed bundle under Node 24 with what the runner gives it: INPUT_
 * values from `with:` and from its action.yml's defaults, the GITHUB_ variables and files, the
 * event payload and the artifact service's runtime token. A `run:` step runs in bash, and what it
 * leaves running is stopped when the job ends, as the runner stops orphan processes.
 * actions/checkout clones the commit, and upload-artifact and download-artifact copy a folder
 * between the jobs of one run. The outputs of each step become the `steps` context of the next.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { manifests, type ActionName } from "@mlops/shared";
import { node24 } from "../../scripts/node24.js";
import type { RepoState, RunJob } from "../emulator/emulator-state.js";
import { runtimeToken, type ResultsService } from "../emulator/results-service.js";
import { repoRoot } from "../helpers/examples.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { evaluate, interpolate, type Contexts } from "./expressions.js";

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
export interface WorkflowFile {
  "run-name"?: string;
  on: Record<string, { inputs?: Record<string, unknown> } | null>;
  jobs: Record<string, Job>;
}

export const readWorkflow = (file: string): WorkflowFile =>
  load(readFileSync(join(repoRoot, ".github/workflows", file), "utf8")) as WorkflowFile;

/** Where a run happens and what started it. */
export interface RunContext {
  readonly repository: string;
  readonly apiUrl: string;
  readonly token: string;
  /** The repository (a git folder) that actions/checkout clones, and the commit it checks out. */
  readonly source: string;
  readonly sha: string;
  readonly ref: string;
  readonly runId: number;
  readonly event: string;
  readonly payload: Record<string, unknown>;
  readonly inputs?: Record<string, string>;
  readonly results: ResultsService;
}

export interface StepResult {
  readonly uses: string | undefined;
  readonly code: number | null;
  readonly outputs: Record<string, string>;
  readonly log: string;
  readonly summary: string;
}

export interface JobResult {
  readonly conclusion: "success" | "failure" | "skipped" | "cancelled";
  readonly steps: StepResult[];
  readonly workspace: string;
}

/** A workflow run under way: its jobs' results once they ended, by job name. */
export interface WorkflowRunning {
  readonly jobs: Promise<Record<string, JobResult>>;
  /** Cancels the run: the running step gets SIGINT, and no more steps start. */
  cancel(): void;
}

/** What a step of the loop's workflows may say; any other key (if:, env:) would go unread. */
const STEP_KEYS = ["id", "name", "uses", "with", "run"];

const RUNNER_ENV = { GITHUB_ACTIONS: "true", CI: "true", RUNNER_OS: "Linux" };

/** The folder of one job: workspace, a HOME without git identity, and the runner's files. */
function jobFolders(root: string) {
  const folders = { root, workspace: join(root, "workspace"), home: join(root, "home") };
  for (const folder of [folders.workspace, folders.home, join(root, "temp")])
    mkdirSync(folder, { recursive: true });
  return folders;
}

/** Waits for a process to exit; its output goes to a file that background children may keep. */
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

class JobRun {
  readonly folders: ReturnType<typeof jobFolders>;
  readonly steps: StepResult[] = [];
  readonly contexts: Contexts;
  /** The process group of each step's process, and of what it left running. */
  private readonly groups: number[] = [];
  private current: ChildProcess | undefined;
  cancelled = false;

  constructor(
    readonly run: RunContext,
    readonly name: string,
    root: string,
    needs: Record<string, unknown>,
  ) {
    this.folders = jobFolders(join(root, name));
    writeFileSync(join(this.folders.root, "event.json"), JSON.stringify(run.payload));
    this.contexts = {
      github: {
        token: run.token,
        event_name: run.event,
        repository: run.repository,
        sha: run.sha,
        ref: run.ref,
        run_id: run.runId,
        actor: "octocat",
      },
      inputs: run.inputs ?? {},
      steps: {},
      needs,
    };
  }

  /** What every step's process gets from the runner. */
  env(n: number): Record<string, string> {
    const { run, folders } = this;
    const files = join(folders.root, `step-${n}`);
    mkdirSync(files, { recursive: true });
    return {
      ...RUNNER_ENV,
      PATH: process.env.PATH ?? "",
      HOME: folders.home,
      RUNNER_TEMP: join(folders.root, "temp"),
      GITHUB_WORKSPACE: folders.workspace,
      GITHUB_OUTPUT: touch(join(files, "output")),
      GITHUB_STEP_SUMMARY: touch(join(files, "summary")),
      GITHUB_EVENT_PATH: join(folders.root, "event.json"),
      GITHUB_EVENT_NAME: run.event,
      GITHUB_API_URL: run.apiUrl,
      // @actions/artifact takes any other host for GitHub Enterprise Server, which it refuses.
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: run.repository,
      GITHUB_REPOSITORY_OWNER: run.repository.split("/")[0]!,
      GITHUB_RUN_ID: String(run.runId),
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_SHA: run.sha,
      GITHUB_REF: run.ref,
      GITHUB_JOB: this.name,
      GITHUB_ACTOR: "octocat",
      ACTIONS_RUNTIME_TOKEN: runtimeToken(`workflow-run-${run.runId}`, `job-${this.name}`),
      ACTIONS_RESULTS_URL: run.results.url,
    };
  }

  async step(step: Step, n: number, artifacts: string): Promise<StepResult> {
    const unread = Object.keys(step).filter((key) => !STEP_KEYS.includes(key));
    if (unread.length > 0) throw new Error(`step keys ${unread.join(", ")} are beyond this runner`);
    const env = this.env(n);
    const withs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), this.contexts)]),
    );
    const uses = step.uses?.replace(/@.*$/, "");
    const done = (code: number | null, log = ""): StepResult => ({
      uses,
      code,
      log,
      outputs: parseOutputFile(readFileSync(env.GITHUB_OUTPUT!, "utf8")),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
    });
    const ws = this.folders.workspace;
    if (uses === "actions/checkout") {
      execFileSync("git", ["clone", "-q", this.run.source, ws]);
      execFileSync("git", ["checkout", "-q", "--detach", this.run.sha], { cwd: ws });
      return done(0);
    }
    if (uses === "actions/upload-artifact") {
      cpSync(join(ws, withs.path!), join(artifacts, withs.name!), { recursive: true });
      return done(0);
    }
    if (uses === "actions/download-artifact") {
      cpSync(join(artifacts, withs.name!), join(ws, withs.path!), { recursive: true });
      return done(0);
    }
    if (uses?.startsWith("./actions/")) return this.action(uses.slice(10), withs, env, done);
    if (step.run !== undefined) {
      const script = join(this.folders.root, `step-${n}.sh`);
      writeFileSync(script, interpolate(step.run, this.contexts));
      return this.spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], env, done);
    }
    throw new Error(`step ${JSON.stringify(step)} is beyond this test's runner`);
  }

  private action(
    name: string,
    withs: Record<string, string>,
    env: Record<string, string>,
    done: (code: number | null, log?: string) => StepResult,
  ) {
    const manifest = manifests[name as ActionName];
    if (!manifest) throw new Error(`no action ${name}`);
    const inputs: Record<string, string> = {};
    for (const [input, spec] of Object.entries(manifest.inputs) as [string, { default?: string }][])
      if (spec.default !== undefined) inputs[input] = interpolate(spec.default, this.contexts);
    for (const [input, value] of Object.entries(withs)) {
      if (!(input in manifest.inputs)) throw new Error(`${name} has no input '${input}'`);
      inputs[input] = value;
    }
    for (const [input, value] of Object.entries(inputs))
      env[`INPUT_${input.replace(/ /g, "_").toUpperCase()}`] = value;
    const bundle = join(repoRoot, "actions", name, "dist/index.js");
    return this.spawn(node24, [bundle], env, done);
  }

  private async spawn(
    program: string,
    args: string[],
    env: Record<string, string>,
    done: (code: number | null, log?: string) => StepResult,
  ): Promise<StepResult> {
    const logFile = `${env.GITHUB_OUTPUT!}.log`;
    const fd = openSync(logFile, "w");
    const child = spawn(program, args, {
      cwd: this.folders.workspace,
      env,
      detached: true,
      stdio: ["ignore", fd, fd],
    });
    this.current = child;
    this.groups.push(child.pid!);
    const code = await exited(child);
    this.current = undefined;
    return done(code, readFileSync(logFile, "utf8"));
  }

  cancel(): void {
    this.cancelled = true;
    this.current?.kill("SIGINT");
  }

  /** Stops what the job's steps left running, as the runner does at the end of a job. */
  cleanUp(): void {
    for (const pid of this.groups) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // ESRCH: that step's process group is gone already.
      }
    }
  }
}

const touch = (path: string): string => (writeFileSync(path, ""), path);

async function runJob(run: JobRun, job: Job, artifacts: string): Promise<JobResult> {
  try {
    for (const [i, step] of job.steps.entries()) {
      const result = await run.step(step, i + 1, artifacts);
      run.steps.push(result);
      if (step.id) (run.contexts.steps as Contexts)[step.id] = { outputs: result.outputs };
      if (run.cancelled)
        return { conclusion: "cancelled", steps: run.steps, workspace: run.folders.workspace };
      if (result.code !== 0) break;
    }
  } finally {
    run.cleanUp();
  }
  const failed = run.steps.some((step) => step.code !== 0);
  return {
    conclusion: failed ? "failure" : "success",
    steps: run.steps,
    workspace: run.folders.workspace,
  };
}

/**
 * Runs a workflow file's jobs for one event, in `root`: each job after those it needs, when they
 * passed and its `if:` holds.
 */
export function runWorkflow(file: string, run: RunContext, root: string): WorkflowRunning {
  const workflow = readWorkflow(file);
  const artifacts = join(root, "artifacts");
  const started: JobRun[] = [];
  const jobs = (async () => {
    const results: Record<string, JobResult> = {};
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const needs = [job.needs ?? []].flat();
      const context = Object.fromEntries(needs.map((n) => [n, { result: results[n]?.conclusion }]));
      const jobRun = new JobRun(run, name, root, context);
      const wanted = job.if === undefined || evaluate(job.if, jobRun.contexts) === true;
      if (!wanted || needs.some((n) => results[n]?.conclusion !== "success")) {
        results[name] = { conclusion: "skipped", steps: [], workspace: jobRun.folders.workspace };
        continue;
      }
      started.push(jobRun);
      results[name] = await runJob(jobRun, job, artifacts);
    }
    return results;
  })();
  return { jobs, cancel: () => started.forEach((job) => job.cancel()) };
}

/**
 * The workflow `file` in the emulated repository, run here when it is dispatched: its run is in
 * progress until its jobs end, and succeeds when none failed. Returns each dispatched run's jobs
 * by run id.
 */
export function dispatchable(
  repo: RepoState,
  file: string,
  where: Pick<RunContext, "source" | "token" | "results"> & { root: () => string },
): Map<number, Promise<Record<string, JobResult>>> {
  const workflow = readWorkflow(file);
  const declared = Object.keys(workflow.on.workflow_dispatch?.inputs ?? {});
  const runs = new Map<number, Promise<Record<string, JobResult>>>();
  const strings = (inputs: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
  repo.addWorkflow(file, {
    inputs: declared,
    runName: (inputs) => interpolate(workflow["run-name"] ?? file, { inputs: strings(inputs) }),
    job: (run, github) => {
      const root = where.root();
      const inputs = strings(run.inputs);
      const running = runWorkflow(
        file,
        {
          source: where.source,
          token: where.token,
          results: where.results,
          repository: github.repo,
          apiUrl: github.apiUrl,
          sha: run.head_sha,
          ref: `refs/heads/${run.head_branch}`,
          runId: run.id,
          event: "workflow_dispatch",
          payload: { inputs, ref: `refs/heads/${run.head_branch}` },
          inputs,
        },
        root,
      );
      runs.set(run.id, running.jobs);
      const [firstJob, { steps }] = Object.entries(workflow.jobs)[0]!;
      const job: RunJob = {
        pid: process.pid,
        workspace: join(root, firstJob, "workspace"),
        outputFile: join(root, firstJob, `step-${steps.length}`, "output"),
        log: [],
        exitCode: undefined,
        cancelled: false,
        ended: running.jobs.then(
          (jobs) => {
            for (const result of Object.values(jobs))
              job.log.push(...result.steps.flatMap((step) => step.log.split("\n")));
            const failed = Object.values(jobs).some(
              (j) => !["success", "skipped"].includes(j.conclusion),
            );
            job.exitCode = failed ? 1 : 0;
          },
          (error: unknown) => {
            job.log.push(String(error));
            job.exitCode = 1;
          },
        ),
        cancel() {
          job.cancelled = true;
          running.cancel();
        },
        // Its folders are under the loop's own, removed with it.
        remove: async () => running.cancel(),
      };
      return job;
    },
  });
  return runs;
}
