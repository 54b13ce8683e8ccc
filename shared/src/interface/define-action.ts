import type { ArtifactStore } from "../platform/artifacts/artifact-store.js";
import type { GitHubContext } from "../platform/github/github-context.js";
import type { RetryPolicy } from "../platform/github/retry-policy.js";
import type { InputContext, InputKind } from "./inputs.js";
import { manifests, type ActionName } from "./manifests.generated.js";

type Manifest<N extends ActionName> = (typeof manifests)[N];
export type InputName<N extends ActionName> = keyof Manifest<N>["inputs"] & string;
export type OutputName<N extends ActionName> = keyof Manifest<N>["outputs"] & string;

/** Every input named in `action.yml` must have a kind: TypeScript refuses a definition that misses one. */
export type InputKinds<N extends ActionName> = { readonly [K in InputName<N>]: InputKind<unknown> };

/**
 * Whether the hosts always give an input a value: `action.yml` requires it, or gives a default
 * that is not empty and not an expression (`${{ github.token }}` is the runner's to evaluate and
 * means "not given" elsewhere).
 */
type AlwaysGiven<S> = S extends { readonly required: true }
  ? true
  : S extends { readonly default: infer D extends string }
    ? D extends "" | `${string}\${{${string}`
      ? false
      : true
    : false;

/** The typed inputs a run receives: present wherever `action.yml` guarantees a value. */
export type ParsedInputs<N extends ActionName, K> = {
  [P in keyof K]: K[P] extends InputKind<infer T>
    ? P extends InputName<N>
      ? AlwaysGiven<Manifest<N>["inputs"][P]> extends true
        ? Exclude<T, undefined>
        : T
      : T
    : never;
};

export type Level = "error" | "warning" | "notice";

/** A `permissions:` scope of the workflow token, and what the action does with it. */
export type Permissions = Readonly<
  Record<string, { readonly level: "read" | "write"; readonly why: string }>
>;

export interface Annotation {
  readonly level: Level;
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
}

/**
 * Files that outlive the step: the runner host uploads them as one artifact when the runner has
 * the artifact service and links it from the summary; otherwise the summary says where they are.
 */
export interface ResultArtifact {
  /** Unique in the workflow run: the action's prefix and a key from its inputs (`artifactName`). */
  readonly name: string;
  /** Absolute paths; the artifact keeps them relative to their common folder. */
  readonly files: readonly string[];
  /** What the files are, for the summary's line. */
  readonly description: string;
}

export interface ActionResult<N extends ActionName> {
  readonly outputs: { readonly [K in OutputName<N>]: string };
  /** Markdown for the job summary (and the CLI's human report). */
  readonly summary: string;
  readonly annotations?: readonly Annotation[];
  readonly artifacts?: readonly ResultArtifact[];
  /** Set when the action's verdict fails the step; outputs and reports are written first. */
  readonly failure?: string;
  /**
   * The file (and line) the failure is in, when one file holds it (a metrics file a finished
   * run left unreadable): a runner annotates the failure there when the file is in its workspace.
   */
  readonly failureAt?: FailureAt;
}

/** A file, and a line of it, that a failure is in. */
export interface FailureAt {
  readonly file: string;
  readonly line?: number;
}

/** Shows `message` as the host shows warnings, or logs it as a `warning:` line where it has none. */
export function warnIn(context: Pick<RunContext, "warn" | "log">, message: string): void {
  if (context.warn) context.warn(message);
  else context.log(`warning: ${message}`);
}

export interface RunContext extends InputContext {
  /** Progress lines for the log; the host escapes them. */
  readonly log: (line: string) => void;
  /**
   * A warning found while the step runs, shown once and at once: a `::warning::` annotation on
   * a runner, a `warning:` line on the command line. Absent, it is logged as such a line.
   */
  readonly warn?: (message: string) => void;
  /**
   * A long step's progress (a read's rows and MB/s) as a line that stands for the one before,
   * offered as often as there is news: the host shows it as fits where it writes, one line
   * redrawn on a terminal, a log line every few seconds elsewhere. Absent, it is not shown.
   */
  readonly progress?: (line: string) => void;
  /**
   * A line a child process wrote that is the workflow author's own code (train-run's command),
   * as trusted as a `run:` step: written unchanged, so its `::add-mask::`, `::group::` and
   * colours work. Data-derived text goes through `log`. Absent, such lines go through `log`.
   */
  readonly passthrough?: (line: string) => void;
  /** When the run happens, injectable so that reports are reproducible in tests. */
  readonly now: () => Date;
  /**
   * Where the run is on GitHub (repository, event, API URL, run URL), read from the environment
   * by the host; an action adds the token from its own input.
   */
  readonly github: GitHubContext;
  /**
   * The run's artifact store, for an action that reads another run's artifacts; given by the
   * host only to actions whose entry bundles one (the runner's artifact client is megabytes).
   */
  readonly artifactStore?: () => ArtifactStore;
  /**
   * The environment a process the action starts inherits (train-run's command): the host's own.
   * Absent, such a process gets only what the action sets.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * How waits pass (a dispatched run's polls, a registry's retries after a lost race): real time
   * when absent; a test gives a clock whose hours take milliseconds.
   */
  readonly clock?: Pick<RetryPolicy, "sleep" | "now">;
  /**
   * Called by every action just before its first effect beyond reading (a report written, a
   * command started, a registry operation, traffic moved): a failure before it is a refusal of
   * what was asked, one after it may have left effects (the CLI's `--json` outcome).
   */
  readonly acting?: () => void;
}

export interface ActionDefinition<N extends ActionName, K extends InputKinds<N>> {
  readonly name: N;
  /** The least `permissions:` the action needs, each with why; shown in the catalog. */
  readonly permissions: Permissions;
  readonly inputs: K;
  /** Input values for the catalog's `uses:` example and its CLI equivalent. */
  readonly example: Partial<Readonly<Record<InputName<N>, string>>>;
  run(inputs: ParsedInputs<N, K>, context: RunContext): Promise<ActionResult<N>>;
}

/** Any action's definition, as the hosts (runner, CLI) and the catalog handle them. */
export interface AnyActionDefinition {
  readonly name: ActionName;
  readonly permissions: Permissions;
  readonly inputs: Readonly<Record<string, InputKind<unknown>>>;
  readonly example: Readonly<Record<string, string>>;
  run(inputs: Record<string, unknown>, context: RunContext): Promise<ActionResult<ActionName>>;
}

export const defineAction = <N extends ActionName, K extends InputKinds<N>>(
  definition: ActionDefinition<N, K>,
): ActionDefinition<N, K> => definition;

export const manifestOf = <N extends ActionName>(name: N): Manifest<N> => manifests[name];
