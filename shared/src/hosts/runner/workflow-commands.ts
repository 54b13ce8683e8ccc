import { escapeControl } from "../../engine/report/escape-control.js";

/**
 * The runner's workflow-command protocol (`::name key=value::message` on stdout), written here
 * rather than taken from @actions/core so a bundle starts in a few milliseconds. The escaping
 * rules are the runner's: data escapes % CR LF; property values also escape : and ,.
 */
export const escapeData = (s: string): string =>
  s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

export const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * A command the log shows (an annotation, an error): text from data in its message or title is
 * shown with its control characters as visible escapes, since the runner decodes `%0D` back into
 * a carriage return and the log honours ANSI sequences. Newlines stay, as `%0A`.
 */
export function command(
  name: "error" | "warning" | "notice",
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(escapeControl(String(value)))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(escapeControl(message))}`;
}

/** Masks a secret in the log; its value is passed exactly, control characters and all. */
export const maskCommand = (secret: string): string => `::add-mask::${escapeData(secret)}`;
