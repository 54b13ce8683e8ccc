/**
 * What the emulated GitHub remembers: per repository, the refs, tag objects, releases and
 * assets, issues and comments, labels, deployments, workflow runs and pull requests. Tests seed
 * it directly (a pull request, 250 comments by others) and read it to assert the end state.
 */
import { createHash } from "node:crypto";

export interface Identity {
  login: string;
  type: "Bot" | "User";
  /** Installation and workflow tokens: REST GET /user answers 403 for them. */
  integration: boolean;
  /** A token that may only read, as the workflow token of a fork's pull request. */
  readOnly?: boolean;
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  created_at: string;
  /** Set when the release is edited (its name, text, draft state), as GitHub gives it. */
  updated_at?: string;
}

export interface Asset {
  id: number;
  release_id: number;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  uploader: string;
  created_at: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  author: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface Comment {
  id: number;
  issue_number: number;
  body: string;
  author: string;
  author_type: "Bot" | "User";
  created_at: string;
  updated_at: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown>;
  creator: string;
  created_at: string;
  production_environment: boolean;
  transient_environment: boolean;
}

export interface DeploymentStatus {
  id: number;
  deployment_id: number;
  state: string;
  description: string;
  environment_url: string;
  log_url: string;
  creator: string;
  created_at: string;
}

export interface WorkflowRun {
  id: number;
  workflow_id: number;
  workflow_path: string;
  name: string;
  display_title: string;
  event: string;
  head_branch: string;
  head_sha: string;
  inputs: Record<string, unknown>;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_number: number;
  /** GETs of this run left before it moves on to its next status. */
  pollsLeft: number;
  pull_requests: { number: number; head_sha: string; head_ref: string; base_ref: string }[];
  /** The run's job, when its workflow runs one as a process (see workflow-jobs.ts). */
  job?: RunJob;
}

/** A run's job running as a local process, as a runner would run it. */
export interface RunJob {
  readonly pid: number;
  /** The job's workspace, output and summary files. */
  readonly workspace: string;
  readonly outputFile: string;
  /** What the job wrote, line by line, for a test that fails to show. */
  readonly log: string[];
  /** The exit code once the job ended (null when a signal ended it); undefined while it runs. */
  exitCode: number | null | undefined;
  /** Resolves when the job has ended. */
  readonly ended: Promise<void>;
  cancelled: boolean;
  /** Stops the job as a runner cancels a step: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after. */
  cancel(): void;
  /** Kills what is left of the job at once and removes its folders, when the emulator closes. */
  remove(): Promise<void>;
}

/** Starts the job of a dispatched run; `apiUrl` is where the job's GitHub calls go. */
export type JobStarter = (run: WorkflowRun, where: { apiUrl: string; repo: string }) => RunJob;

export interface RunArtifact {
  id: number;
  run_id: number;
  name: string;
  size: number;
  created_at: string;
  /** The zip the archive download answers with (results-service uploads put it here). */
  blobUrl?: string;
}

export interface Workflow {
  id: number;
  path: string;
  name: string;
  /** The `run-name:` of the workflow, as a function of the dispatch inputs. */
  runName: (inputs: Record<string, unknown>) => string;
  /** How many GETs a dispatched run takes to go queued, in_progress, completed. */
  pollsPerStep: number;
  conclusion: string;
  /** The `workflow_dispatch` inputs the workflow declares; others are refused, as GitHub does. */
  inputs?: readonly string[];
  /** A job run as a process; without one, a run completes with `conclusion` as it is polled. */
  job?: JobStarter;
}

export interface PullRequest {
  number: number;
  title: string;
  state: "open" | "closed";
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  author: string;
}

let nextId = 1000;
/** Ids are unique across all kinds, as on GitHub, so a mixed-up id never finds something. */
export const newId = (): number => ++nextId;

export const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");

export class RepoState {
  readonly id = newId();
  readonly commits = new Set<string>();
  readonly refs = new Map<string, string>();
  readonly tagObjects = new Map<string, TagObject>();
  readonly releases: Release[] = [];
  readonly assets: Asset[] = [];
  readonly issues: Issue[] = [];
  readonly comments: Comment[] = [];
  readonly labels = new Map<string, { id: number; name: string; color: string }>();
  readonly deployments: Deployment[] = [];
  readonly statuses: DeploymentStatus[] = [];
  readonly workflows: Workflow[] = [];
  readonly runs: WorkflowRun[] = [];
  readonly artifacts: RunArtifact[] = [];
  readonly pulls: PullRequest[] = [];
  private issueCounter = 0;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly now: () => Date,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  timestamp(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  /** A commit the repository holds, so refs and tags may point at it. */
  addCommit(seed = String(newId())): string {
    const sha = sha1(`commit ${this.fullName} ${seed}`);
    this.commits.add(sha);
    return sha;
  }

  nextNumber(): number {
    return ++this.issueCounter;
  }

  /** A pull request; its number comes from the same sequence as issues, as on GitHub. */
  addPull(pull: Omit<PullRequest, "number" | "state" | "author"> & Partial<PullRequest>): number {
    const number = this.nextNumber();
    this.pulls.push({ state: "open", author: "octocat", ...pull, number });
    return number;
  }

  /** A comment by someone, as if it had been posted earlier. */
  addComment(issueNumber: number, body: string, author: Identity): Comment {
    const at = this.timestamp();
    const comment: Comment = {
      id: newId(),
      issue_number: issueNumber,
      body,
      author: author.login,
      author_type: author.type,
      created_at: at,
      updated_at: at,
    };
    this.comments.push(comment);
    return comment;
  }

  addWorkflow(path: string, options: Partial<Omit<Workflow, "id" | "path">> = {}): Workflow {
    const workflow: Workflow = {
      id: newId(),
      path: `.github/workflows/${path}`,
      name: path.replace(/\.ya?ml$/, ""),
      runName: () => path,
      pollsPerStep: 1,
      conclusion: "success",
      ...options,
    };
    this.workflows.push(workflow);
    return workflow;
  }
}

export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, Identity>();
  /** The clock the emulator stamps objects with; tests may move it. */
  clock = (): Date => new Date();
  /**
   * Whether a dispatch asked for run details answers 200 with the run, as github.com does; false
   * answers 204, as a server without `return_run_details` would, and the run must be found by
   * its name.
   */
  dispatchReturnsRunDetails = true;

  repo(fullName: string): RepoState {
    let repo = this.repos.get(fullName);
    if (!repo) {
      const [owner = "", name = ""] = fullName.split("/");
      repo = new RepoState(owner, name, () => this.clock());
      this.repos.set(fullName, repo);
    }
    return repo;
  }
}
