import type { Identity } from "./backend.js";
import { InvalidNameError } from "./errors.js";

/**
 * The tagger for an actor given as `name` or `Name <email>`. Control characters and the angle
 * brackets that delimit a tagger line are refused, so no one can forge another tagger field.
 */
export function parseActor(actor: string): Identity {
  const text = actor.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(text)) {
    throw new InvalidNameError("actor", actor, "has a control character");
  }
  const match = /^([^<>]+?)\s*<([^<>]*)>$/.exec(text);
  if (match) return { name: match[1]!, email: match[2]! };
  if (/[<>]/.test(text)) {
    throw new InvalidNameError("actor", actor, "has '<' or '>' outside 'Name <email>'");
  }
  return { name: text, email: "" };
}
