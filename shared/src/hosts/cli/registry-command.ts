import { resolve } from "node:path";
import { FileError, UsageError } from "../../engine/errors.js";
import { githubContextFromEnv, parseRepo } from "../../platform/github/github-context.js";
import { escapeControl, shownRef } from "../../engine/report/escape-control.js";
import {
  readArtifactsIndex,
  type ArtifactsIndex,
} from "../../platform/registry/artifacts-index.js";
import { registryOverview } from "../../platform/registry/registry-overview.js";
import {
  BACKENDS,
  chooseBackend,
  type BackendChoice,
} from "../../platform/registry/choose-backend.js";
import { Registry, summarize } from "../../platform/registry/registry.js";
import {
  eventLabel,
  eventsOf,
  madeOutsideMlops,
  stateAt,
  type ArtifactState,
  type RegistryEvent,
} from "../../platform/registry/registry-state.js";
import type { CounterClaim, Identity } from "../../platform/registry/backend.js";
import { parseTagMessage } from "../../platform/registry/tag-message.js";
import { shownMetadata } from "../../platform/registry/shown-metadata.js";
import { NotFoundError } from "../../platform/registry/errors.js";
import { parseReference, tryParseTag } from "../../platform/registry/tag-grammar.js";
import { findRegistryPolicy, POLICY_PATH } from "../../platform/registry/registry-policy.js";
import { didYouMean } from "../../engine/report/closest-name.js";
import { printHelp, type CliIo } from "./cli-io.js";
import { parseCommandArgs } from "./command-args.js";
import { commandFailure } from "./command-failure.js";
import { REGISTRY_SUMMARY } from "./registry-summary.js";
import { checkRef, renderRefMeaning } from "./registry-check-ref.js";
import { registryFetch } from "./registry-fetch.js";
import { registryTable } from "./registry-table.js";
import { terminalText } from "./terminal-text.js";

const COMMANDS = ["show", "history", "fetch", "check-ref"] as const;

const HELP = `mlops registry: ${REGISTRY_SUMMARY}.

Usage: mlops registry show [options]
       mlops registry show <artifact> [--stage <stage>] [--at <date>] [options]
       mlops registry history <artifact> [--stage <stage>] [options]
       mlops registry fetch <artifact#stage | artifact@version | stage tag> [--to <folder>]
                            [--at <date>]
       mlops registry check-ref <tag | refs/tags/<tag>> [--json]

Commands:
  show      without an artifact: every artifact with its latest version and the version in
            each stage, and its type, description and labels from artifacts.yaml (GTO's
            index, read from --registry), as a table on a terminal and markdown when piped;
            with one: the artifact's versions, its latest version and who holds each stage
            (--stage: only who holds that stage, which reads only its tags;
            --at <date>: its versions and stages as they stood then, as ISO 8601)
  history   every registry event of the artifact in the order it happened, oldest first
            (--stage: of one stage); restores and rollbacks are named as such. Within one
            second (tag dates have no finer time) stage tags go by their counters, and a
            registration comes just before its version's first event. Then each counter
            claimed whose tag is gone (deleted, or never made: a promotion that stopped after
            its claim), with what the tag object it names says. --json gives each event's
            mlops block too (evidence, policy, training run), as mlops writes it: a field in
            another shape is null and listed in malformed, long text and lists are cut short
  fetch     copies every file of the version (its run record too, where one was stored
            with it) a stage holds (churn#prod; --at <date>: held
            then), of a version (churn@v1.2.0), or of the version a stage tag assigned
            (churn#prod#3, or its ref refs/tags/churn#prod#3; a warning says where the stage
            has moved since) into --to (default: <artifact>@<version>), each checked against
            the sha256 its registration tag records; the folder is written whole or not at
            all, and must be empty or absent
  check-ref what a pushed tag means, as gto check-ref says it: its event (registration,
            deregistration, assignment, unassignment, deprecation, undeprecation), artifact,
            version and stage. The name says it all but for a stage tag, whose version is read
            from the registry. A tag that is not a registry tag (v1.0.0) is answered so, with
            exit code 0: a workflow on every tag push skips it

show, history and check-ref mark a stage tag whose message has no mlops block (made with
plain git, or by GTO) "made outside mlops"; --json says it as made_outside_mlops (null for
tags that are no stage tags).

Options:
  --registry <path>      the local git repository of the registry, and of artifacts.yaml
                         (default: .)
  --backend <choice>     ${BACKENDS.join(" | ")} (default: auto: GitHub when GITHUB_TOKEN and
                         GITHUB_REPOSITORY are set, else git)
  --repo <owner/name>    the GitHub repository, instead of GITHUB_REPOSITORY
  --to <folder>          where fetch writes the files
  --json                 print one JSON object on stdout
  --debug                print the stack trace of an error
  -h, --help             print this help`;

const OPTIONS = {
  registry: { type: "string" },
  backend: { type: "string" },
  repo: { type: "string" },
  stage: { type: "string" },
  at: { type: "string" },
  to: { type: "string" },
  json: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** How a holder whose tag has no mlops block (see madeOutsideMlops) is marked. */
const outside = (holder: { readonly made_outside_mlops?: boolean | null }): string =>
  holder.made_outside_mlops ? " made outside mlops" : "";

/** show's answer: the summary, each stage's holder marked where its tag has no mlops block. */
function shownSummary(artifact: string, state: ArtifactState | undefined) {
  const summary = summarize(artifact, state);
  const stageTags = new Map(eventsOf(state).map((e) => [e.tag, madeOutsideMlops(e)]));
  // Absent, as the version and tag are, where the stage is empty.
  const stages = summary.stages.map((s) => ({
    ...s,
    made_outside_mlops: s.tag === undefined ? undefined : stageTags.get(s.tag),
  }));
  return { ...summary, stages };
}

function renderShow(summary: ReturnType<typeof shownSummary>, at: Date | undefined): string {
  const lines = [
    `${summary.artifact}${summary.deprecation ? ` (deprecated by ${summary.deprecation})` : ""}`,
    `latest: ${summary.latest ?? "none"}`,
    `${at ? `stages at ${at.toISOString()}:` : "stages:"}${summary.stages.length ? "" : " none"}`,
    ...summary.stages.map(
      (s) => `  ${s.stage}: ${s.version ?? "empty"}${s.tag ? ` (${s.tag})` : ""}${outside(s)}`,
    ),
    `versions (by SemVer precedence):${summary.versions.length ? "" : " none"}`,
    ...summary.versions.map(
      (v) =>
        `  ${v.version} (${v.tag})${v.deregistration ? ` deregistered by ${v.deregistration}` : ""}`,
    ),
  ];
  return lines.join("\n");
}

interface StageShown {
  readonly artifact: string;
  readonly stage: string;
  readonly version: string | undefined;
  readonly tag: string | undefined;
  readonly made_outside_mlops: boolean | null | undefined;
}

const renderStage = (shown: StageShown, at: Date | undefined): string =>
  `${shown.artifact}#${shown.stage}${at ? ` at ${at.toISOString()}` : ""}: ` +
  `${shown.version ?? "empty"}${shown.tag ? ` (${shown.tag})` : ""}${outside(shown)}`;

/**
 * Who made a tag, as its tag object says (anyone's writing: `git -c user.name=...` takes any
 * length): cut short, kept to one line.
 */
const shownTagger = ({ name, email }: Identity) => ({
  name: shownRef(name),
  email: shownRef(email),
});

/** An event as history shows it; the tag's own words (tagger, summary) bounded as a claim's. */
const eventJson = (e: RegistryEvent) => ({
  tag: e.tag,
  action: e.action,
  event: eventLabel(e),
  // As the tag's mlops block says it (anyone's writing): text alone, cut short.
  rollback_from:
    typeof e.metadata?.rollback_from === "string" ? shownRef(e.metadata.rollback_from) : null,
  version: e.version ?? null,
  stage: e.stage ?? null,
  counter: e.counter ?? null,
  commit: e.commit,
  tagger: shownTagger(e.tagger),
  date: e.date.toISOString(),
  summary: shownRef(e.summary),
  made_outside_mlops: madeOutsideMlops(e),
  mlops: shownMetadata(e.metadata),
});

/** What a claim whose tag is gone tells, in history's text and JSON alike. */
const GONE = "claimed, tag gone (deleted, or never made: a promotion that stopped after its claim)";

/**
 * A claim whose tag is gone, as history shows it. Its tag object is anyone's writing (a forged
 * one may give itself any name, of any length): its name is taken only where it is a stage tag's
 * of the claim's own artifact and counter, and each field it gives is cut short. null where the
 * claim names no tag object, which mlops never writes.
 */
function goneJson(artifact: string, { ref, counter, object, tag }: CounterClaim) {
  const named = tryParseTag(tag?.name ?? "");
  const own =
    named && "stage" in named && named.artifact === artifact && named.counter === counter
      ? named
      : undefined;
  const tagger = tag?.tagger;
  return {
    tag: own ? tag!.name : null,
    stage: own?.stage ?? null,
    status: GONE,
    counter,
    claim: shownRef(ref),
    object: shownRef(object),
    /** The name a tag object gives itself that is no stage tag of the claim's, cut short. */
    object_names: tag && !own ? shownRef(tag.name) : null,
    tagger: tagger ? shownTagger(tagger) : null,
    date: tag?.date?.toISOString() ?? null,
    summary: tag ? shownRef(parseTagMessage(tag.message).summary) : null,
  };
}

/** One line of history: when, which tag, what happened, and who said why. */
const historyLine = (
  date: string,
  tag: string,
  what: string,
  tagger: string | undefined,
  summary: string,
): string =>
  [
    date,
    tag,
    what,
    ...(tagger === undefined ? [] : [`by ${tagger}${summary ? `: ${summary}` : ""}`]),
  ].join("  ");

/** Claims without their tags read and shown at most: on GitHub, one request each. */
const GONE_SHOWN = 20;

/** The line for the claims without their tags that were counted, not read. */
const moreGone = (more: number): string =>
  `and ${more} more claim${more === 1 ? "" : "s"} without their tag, of lower counters and of any stage (the ${GONE_SHOWN} of the highest are read)`;

/** The events, then the claims whose tags are gone (the claims keep their counters taken). */
function renderHistory(
  events: readonly ReturnType<typeof eventJson>[],
  gone: readonly ReturnType<typeof goneJson>[],
  more: number,
): string {
  const lines = events.map((e) =>
    historyLine(
      e.date,
      e.tag,
      `${e.event}${e.made_outside_mlops ? " (made outside mlops)" : ""}`,
      e.tagger.name,
      e.summary,
    ),
  );
  for (const g of gone) {
    const named = g.object_names === null ? "" : ` (its tag object names '${g.object_names}')`;
    const object = `${g.summary === null ? "object" : "tag object"} ${g.object.slice(0, 12)}`;
    lines.push(
      historyLine(
        g.date ?? "(no date)",
        g.tag ?? `counter ${g.counter}${named}`,
        `${GONE}: ${g.claim} names ${object}`,
        g.tagger?.name,
        g.summary ?? "",
      ),
    );
  }
  if (more > 0) lines.push(moreGone(more));
  return lines.join("\n");
}

/** `history`'s answer: the events of the artifact (of one stage), and the claims without tags. */
async function history(
  registry: Registry,
  artifact: string,
  state: ArtifactState | undefined,
  stage: string | undefined,
) {
  const { claims, more } = await registry.claimsWithoutTags(artifact, state, GONE_SHOWN);
  const gone = claims.map((claim) => goneJson(artifact, claim));
  return {
    events: eventsOf(state, stage),
    gone: gone.filter((g) => stage === undefined || g.stage === stage),
    more,
  };
}

/** artifacts.yaml as far as it can be read: a file that cannot is one warning, not a failure. */
function indexOrWarning(root: string): ArtifactsIndex {
  try {
    return readArtifactsIndex(root);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return { entries: new Map(), warnings: [`${error.message}; it is ignored`] };
  }
}

/** At most this many names are listed in an error line; the rest are counted. */
const LISTED = 10;

const listNames = (names: readonly string[]): string =>
  names.length > LISTED
    ? `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`
    : names.join(", ");

/**
 * Refuses a name the registry does not know, so that a typo is not answered as if it were an
 * empty artifact or stage. Known artifacts have tags or an entry in artifacts.yaml; known stages
 * were used by the artifact or are in the registry policy.
 */
class KnownNames {
  constructor(
    private readonly registry: Registry,
    private readonly root: string,
  ) {}

  async check(artifact: string, state: ArtifactState | undefined, stage?: string): Promise<void> {
    if (!state) {
      const annotated = [...indexOrWarning(this.root).entries.keys()];
      if (!annotated.includes(artifact)) await this.noArtifact(artifact, annotated);
    }
    if (stage === undefined) return;
    const used = new Set(eventsOf(state).flatMap((e) => (e.stage ? [e.stage] : [])));
    if (used.has(stage)) return;
    const configured = findRegistryPolicy(this.root)?.stages.map((s) => s.name) ?? [];
    if (configured.includes(stage)) return;
    const stages = [...new Set([...used, ...configured])].sort();
    if (stages.length === 0) {
      throw new NotFoundError(
        `${artifact} has no stage '${stage}': it was never assigned to a stage, and ${POLICY_PATH} configures none`,
        "Assign it to a stage with mlops promote first",
      );
    }
    throw new NotFoundError(
      `${artifact} has no stage '${stage}'; its stages: ${listNames(stages)}`,
      `${didYouMean(stage, stages)}Name one of its stages, or assign the stage with mlops promote`,
    );
  }

  private async noArtifact(artifact: string, annotated: readonly string[]): Promise<never> {
    const names = [...new Set([...(await this.registry.read()).keys(), ...annotated])].sort();
    const { description: where, kind } = this.registry.backend;
    if (names.length === 0) {
      throw new NotFoundError(
        `no artifact '${artifact}': the registry (${where}) has none yet`,
        kind === "git"
          ? "Register one with mlops promote, or give the registry's path with --registry"
          : "Register one with mlops promote, or name the registry's repository with --repo",
      );
    }
    throw new NotFoundError(
      `no artifact '${artifact}' in the registry (${where}); known: ${listNames(names)}`,
      `${didYouMean(artifact, names)}List them with mlops registry show`,
    );
  }
}

/**
 * show and history take an artifact's name; a reference (`churn#prod`, `churn@v1.2.0`) is
 * answered with the command that says what it names, rather than as an invalid name.
 */
function refuseReference(command: string, text: string): void {
  const reference = parseReference(text);
  if (!reference) return;
  const stage = "stage" in reference ? ` --stage ${reference.stage}` : "";
  throw new UsageError(
    `${command} takes an artifact name, and '${text}' is a registry reference`,
    `Usage: mlops registry ${command} ${reference.artifact}${stage}; the files of '${text}': mlops registry fetch ${text}`,
  );
}

/** What a command takes besides show's and history's artifact name, and its usage. */
const ARGUMENT: Readonly<Record<string, readonly [string, string]>> = {
  fetch: ["registry reference or tag", "fetch churn#prod (or churn@v1.2.0, churn#prod#3)"],
  "check-ref": ["ref", "check-ref refs/tags/churn#prod#3 (or the tag's name)"],
};

/** Registry text (anyone who can push a tag writes it) is escaped by the host's `io`. */
const print = (io: CliIo, text: string): void => io.stdout(`${text}\n`);

/** `mlops registry show|history|fetch|check-ref`: reads a registry from either backend. */
export async function runRegistryCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const { values, positionals } = parseCommandArgs("registry", argv, OPTIONS);
    debug = values.debug === true;
    const [command, artifact, ...extra] = positionals;
    if (values.help || command === undefined) return printHelp(io, HELP, values.help === true);
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(
        `unknown registry command '${command}'`,
        `Commands: ${COMMANDS.join(", ")} (mlops registry --help)`,
      );
    }
    if ((!artifact && command !== "show") || extra.length > 0) {
      const [takes, usage] = ARGUMENT[command] ?? ["artifact name", `${command} <artifact>`];
      throw new UsageError(`${command} takes one ${takes}`, `Usage: mlops registry ${usage}`);
    }
    if (values.to !== undefined && command !== "fetch") {
      throw new UsageError(
        "--to goes with fetch",
        "Usage: mlops registry fetch churn#prod --to model",
      );
    }
    if (command === "check-ref" && (values.stage !== undefined || values.at !== undefined)) {
      throw new UsageError(
        "check-ref reads the stage from the ref, and takes no --stage or --at",
        "Usage: mlops registry check-ref refs/tags/churn#prod#3",
      );
    }
    if (command === "history" && values.at !== undefined) {
      throw new UsageError(
        "--at goes with show and fetch",
        "history lists every event with its date; for the registry at a date use mlops registry show <artifact> --at <date>",
      );
    }
    if ((command === "show" || command === "history") && artifact)
      refuseReference(command, artifact);
    if (command === "fetch" && values.stage !== undefined) {
      throw new UsageError(
        "fetch takes its stage in the reference, not --stage",
        "Usage: mlops registry fetch churn#prod",
      );
    }
    const choice = values.backend ?? "auto";
    if (!(BACKENDS as readonly string[]).includes(choice)) {
      throw new UsageError(`--backend '${choice}' is not one of ${BACKENDS.join(", ")}`);
    }
    const at = values.at === undefined ? undefined : new Date(values.at);
    if (at && Number.isNaN(at.getTime())) {
      throw new UsageError(
        `--at '${values.at}' is not a date`,
        "Give it as ISO 8601, such as 2026-01-31T12:00:00Z",
      );
    }
    const context = githubContextFromEnv(io.env ?? {});
    const root = resolve(io.cwd, values.registry ?? ".");
    const openBackend = () =>
      chooseBackend({
        choice: choice as BackendChoice,
        path: root,
        repositoryFix: "Give the path of a git repository with --registry",
        github: { ...context, repo: parseRepo(values.repo) ?? context.repo },
      });
    if (command === "check-ref") {
      // Only a stage tag reads the registry: the name of any other says all there is.
      const meaning = await checkRef(artifact!, openBackend);
      print(io, values.json ? JSON.stringify(meaning) : renderRefMeaning(meaning));
      return 0;
    }
    const backend = await openBackend();
    if (command === "fetch") {
      const warn = (message: string) => io.stderr(`warning: ${message}\n`);
      print(io, await registryFetch(backend, artifact!, { ...values, at }, io.cwd, warn));
      return 0;
    }
    const registry = new Registry({ backend });
    if (!artifact) {
      if (values.stage !== undefined || at) {
        throw new UsageError(
          "--stage and --at need an artifact",
          "Usage: mlops registry show <artifact> --stage <stage>",
        );
      }
      const index = indexOrWarning(root);
      for (const warning of index.warnings) io.stderr(`warning: ${warning}\n`);
      const overview = registryOverview(await registry.read(), index.entries);
      const table = registryTable(overview);
      if (values.json) print(io, JSON.stringify(overview));
      else print(io, io.stdoutIsTTY ? terminalText(escapeControl(table)) : table);
      return 0;
    }
    const known = new KnownNames(registry, root);
    if (command === "show" && values.stage !== undefined) {
      const holder = await registry.stageHolder(artifact, values.stage, at);
      // Only an empty answer reads more, to tell an empty stage from a misspelt name.
      if (!holder) await known.check(artifact, await registry.artifact(artifact), values.stage);
      const shown: StageShown = {
        artifact,
        stage: values.stage,
        version: holder?.version,
        tag: holder?.assignment.tag,
        made_outside_mlops: holder && madeOutsideMlops(holder.assignment),
      };
      print(io, values.json ? JSON.stringify(shown) : renderStage(shown, at));
      return 0;
    }
    const state = await registry.artifact(artifact);
    await known.check(artifact, state, values.stage);
    if (command === "show") {
      const summary = shownSummary(artifact, state && at ? stateAt(state, at) : state);
      print(io, values.json ? JSON.stringify(summary) : renderShow(summary, at));
    } else {
      const { events, gone, more } = await history(registry, artifact, state, values.stage);
      const shown = events.map(eventJson);
      const json = JSON.stringify({
        artifact,
        events: shown,
        claimed_tags_gone: gone,
        claimed_tags_gone_more: more,
      });
      print(io, values.json ? json : renderHistory(shown, gone, more) || "no events");
    }
    return 0;
  } catch (error) {
    // A refusal of the arguments themselves still answers --json on stdout.
    return commandFailure(error, "registry", debug, io, argv.includes("--json"));
  }
}
