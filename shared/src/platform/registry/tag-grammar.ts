import { InvalidNameError } from "./errors.js";
import { nameProblem } from "./names.js";
import { parseVersion } from "./semver.js";

/**
 * What one registry tag says, in GTO's grammar:
 *
 *   m@v1.2.0      register          m@v1.2.0!     deregister
 *   m#prod#7      assign stage      m#prod!#8     unassign stage
 *   m@deprecated  deprecate the artifact
 *   m@deprecated! undeprecate it (mlops' own form, the `!` cancelling as above; GTO ignores it)
 *
 * Deregistration and deprecation are undone by a later event: `m@v1.2.0#9` registers a
 * deregistered version again, `m@deprecated!#10` lifts a deprecation.
 *
 * Any form may end in `#<counter>`; GTO writes it on stage tags, where the counter orders the
 * events of one artifact (the highest counter is the latest).
 */
export type TagEvent =
  | {
      readonly action: "register" | "deregister";
      readonly artifact: string;
      readonly version: string;
      readonly counter?: number;
    }
  | {
      readonly action: "assign" | "unassign";
      readonly artifact: string;
      readonly stage: string;
      readonly counter?: number;
    }
  | {
      readonly action: "deprecate" | "undeprecate";
      readonly artifact: string;
      readonly counter?: number;
    };

export type TagAction = TagEvent["action"];

const COUNTER = /#(0|[1-9]\d{0,14})$/;

/**
 * The event a tag name records, or why it is not a registry tag (a phrase such as "has no '@'
 * or '#' after an artifact name"): the tag grammar itself, for those that say why.
 */
export function readTag(tag: string): TagEvent | string {
  let rest = tag;
  let counter: number | undefined;
  const counted = COUNTER.exec(rest);
  // `m#7` is stage 7 without a counter: a counter only follows an event.
  if (counted && /[@#]/.test(rest.slice(0, counted.index))) {
    counter = Number(counted[1]);
    rest = rest.slice(0, counted.index);
  }
  const sign = rest.search(/[@#]/);
  if (sign <= 0) return "has no '@' or '#' after an artifact name";
  const artifact = rest.slice(0, sign);
  const artifactProblem = nameProblem(artifact);
  if (artifactProblem) return `its artifact name ${artifactProblem}`;
  const cancel = rest.endsWith("!");
  const body = rest.slice(sign + 1, cancel ? -1 : undefined);
  const withCounter = counter === undefined ? {} : { counter };
  if (rest[sign] === "@") {
    if (body === "deprecated")
      return { action: cancel ? "undeprecate" : "deprecate", artifact, ...withCounter };
    if (!parseVersion(body)) return `'${body}' is not 'v' followed by a SemVer 2 version`;
    return { action: cancel ? "deregister" : "register", artifact, version: body, ...withCounter };
  }
  const stageProblem = nameProblem(body);
  if (stageProblem) return `its stage ${stageProblem}`;
  return { action: cancel ? "unassign" : "assign", artifact, stage: body, ...withCounter };
}

/** The event of a registry tag; throws for any other tag. */
export function parseTag(tag: string): TagEvent {
  const parsed = readTag(tag);
  if (typeof parsed === "string") {
    throw new InvalidNameError(
      "tag",
      tag,
      parsed,
      "Registry tags look like m@v1.2.0, m@v1.2.0!, m#prod#7, m#prod!#8, m@deprecated or m@deprecated!",
    );
  }
  return parsed;
}

/** The event of a registry tag, or undefined for tags the registry does not own (v1.0, latest). */
export function tryParseTag(tag: string): TagEvent | undefined {
  const parsed = readTag(tag);
  return typeof parsed === "string" ? undefined : parsed;
}

/** The tag name of an event; the inverse of parseTag. */
export function formatTag(event: TagEvent): string {
  const counter = event.counter === undefined ? "" : `#${event.counter}`;
  let tag: string;
  switch (event.action) {
    case "register":
    case "deregister":
      tag = `${event.artifact}@${event.version}${event.action === "deregister" ? "!" : ""}`;
      break;
    case "assign":
    case "unassign":
      tag = `${event.artifact}#${event.stage}${event.action === "unassign" ? "!" : ""}`;
      break;
    case "deprecate":
    case "undeprecate":
      tag = `${event.artifact}@deprecated${event.action === "undeprecate" ? "!" : ""}`;
      break;
  }
  // Formatting checks too, so that no invalid name ever reaches git.
  const full = `${tag}${counter}`;
  parseTag(full);
  return full;
}

/** A registry reference: the version in a stage (`churn#prod`) or a version (`churn@v1.2.0`). */
export type RegistryReference =
  | { readonly artifact: string; readonly stage: string }
  | { readonly artifact: string; readonly version: string };

/**
 * The reference `text` names, read by the tag grammar itself (a reference is a registration or
 * stage tag without a counter), or undefined when it is not one.
 */
export function parseReference(text: string): RegistryReference | undefined {
  const event = tryParseTag(text);
  if (!event || event.counter !== undefined) return undefined;
  if (event.action === "assign") return { artifact: event.artifact, stage: event.stage };
  if (event.action === "register") return { artifact: event.artifact, version: event.version };
  return undefined;
}
