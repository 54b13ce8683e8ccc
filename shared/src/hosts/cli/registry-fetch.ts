import { resolve } from "node:path";
import { UsageError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { escapeControl, shownRef } from "../../engine/report/escape-control.js";
import type { RegistryBackend } from "../../platform/registry/backend.js";
import { fetchRelease, type FetchedRelease } from "../../platform/registry/fetch-release.js";
import { isValidName } from "../../platform/registry/names.js";
import { Registry } from "../../platform/registry/registry.js";
import { stageHolder } from "../../platform/registry/registry-state.js";
import {
  parseReference,
  tryParseTag,
  type RegistryReference,
  type TagEvent,
} from "../../platform/registry/tag-grammar.js";
import { GTO_EVENT, stageTagEventIn, TAG_REFS } from "./registry-check-ref.js";

function render(fetched: FetchedRelease, reference: string, cwd: string): string {
  const files = fetched.assets.length === 1 ? "1 file" : `${fetched.assets.length} files`;
  const folder = displayPath(cwd, fetched.folder);
  return [
    `${reference}: ${fetched.artifact} ${fetched.version} (${fetched.tag}), ${files} in ${folder}`,
    ...fetched.assets.map((a) => `  ${a.name}  ${a.size} bytes  sha256 ${a.sha256}`),
  ].join("\n");
}

/** What a fetch names: a reference (`churn#prod`, `churn@v1.2.0`), or a stage tag (`churn#prod#3`). */
type Target =
  | { readonly reference: RegistryReference }
  | { readonly tag: string; readonly event: TagEvent & { readonly stage: string } };

/**
 * The target `text` names, read by the tag grammar alone. A tag, bare or as its ref (a tag push's
 * `$GITHUB_REF`), names the version it registered or assigned; a tag of any other event names none.
 */
function readTarget(text: string): Target {
  const name = text.startsWith(TAG_REFS) ? text.slice(TAG_REFS.length) : text;
  const reference = parseReference(name);
  if (reference) return { reference };
  const event = tryParseTag(name);
  if (event?.action === "register") {
    return { reference: { artifact: event.artifact, version: event.version } };
  }
  if (event && "stage" in event && event.action === "assign") return { tag: name, event };
  const shown = shownRef(text);
  if (event) {
    const stage = "stage" in event ? event.stage : "prod";
    throw new UsageError(
      `'${shown}' is a registry tag (${GTO_EVENT[event.action]}) that names no version to fetch`,
      `Name a stage's holder or a version, such as ${event.artifact}#${stage} or ${event.artifact}@v1.2.0`,
    );
  }
  // `churn@prod`: a stage written where the grammar has a version.
  const at = name.lastIndexOf("@");
  const stage = name.slice(at + 1);
  if (at > 0 && isValidName(name.slice(0, at)) && isValidName(stage)) {
    const meant = `${name.slice(0, at)}#${stage}`;
    throw new UsageError(
      `'${shown}' is not a registry reference: '@' is followed by a version (v1.2.0), and a stage follows '#'`,
      `For the version stage '${stage}' holds: mlops registry fetch ${meant}`,
    );
  }
  throw new UsageError(
    `'${shown}' is not a registry reference`,
    "Name a stage's holder or a version, such as churn#prod or churn@v1.2.0",
  );
}

/**
 * The version a stage tag assigned, as check-ref reads it: the tag is an event, and a deploy on
 * its push wants what it assigned. Where the stage holds another version now, `warn` says so,
 * with how to fetch what it holds; one assigned again since by a later tag is no move. One read
 * of the artifact gives both the tag's event and the holder.
 */
async function assignedBy(
  backend: RegistryBackend,
  { tag, event }: Extract<Target, { tag: string }>,
  warn: (message: string) => void,
): Promise<RegistryReference> {
  const state = await new Registry({ backend }).artifact(event.artifact);
  const { version } = stageTagEventIn(state, backend, tag, event);
  const holder = stageHolder(state, event.stage);
  if (holder?.version !== version) {
    const now = holder ? `${holder.version} (${holder.assignment.tag})` : "no version";
    warn(
      `${tag} assigned ${version} to ${event.stage}, which holds ${now} now: this fetches ${version}, the tag's. For what ${event.stage} holds now: mlops registry fetch ${event.artifact}#${event.stage}`,
    );
  }
  return { artifact: event.artifact, version };
}

/**
 * `mlops registry fetch <reference | tag>`: the version's files into `--to`, by default a folder
 * named for the artifact and version in the working directory. Returns what to print.
 */
export async function registryFetch(
  backend: RegistryBackend,
  text: string,
  options: { readonly to?: string; readonly at?: Date; readonly json?: boolean },
  cwd: string,
  warn: (message: string) => void,
): Promise<string> {
  const target = readTarget(text);
  if (options.at && !("reference" in target && "stage" in target.reference)) {
    throw new UsageError(
      "--at needs a stage, such as churn#prod",
      "A version's files never change, nor does the version a tag names",
    );
  }
  const reference =
    "reference" in target ? target.reference : await assignedBy(backend, target, warn);
  const fetched = await fetchRelease(
    backend,
    reference,
    (artifact, version) => resolve(cwd, options.to ?? `${artifact}@${version}`),
    options.at,
  );
  // Asset names come from tags (anyone who can push one writes it): no direction override in
  // them reaches a terminal unescaped.
  return options.json ? JSON.stringify(fetched) : escapeControl(render(fetched, text, cwd));
}
