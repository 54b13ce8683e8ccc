import { InvalidNameError } from "./errors.js";

/**
 * Artifact and stage names, as GTO accepts them (upper case too): letters and digits, with
 * '-', '_' and '/' inside. ASCII only, so that no lookalike letter can pose as another name.
 */
const NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;

/** Long enough for any real name, short enough that a tag stays a valid file name. */
export const MAX_NAME_LENGTH = 100;

/** Why `value` is not a valid artifact or stage name, or undefined when it is. */
export function nameProblem(value: string): string | undefined {
  if (value === "") return "is empty";
  if (value.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (/[^\x20-\x7e]/.test(value))
    return "has a character outside printable ASCII (control characters and non-ASCII lookalikes are refused)";
  // Git's ref rules (git check-ref-format), named so that the error says what is wrong.
  if (/[\s~^:?*[\\]/.test(value)) return "has a space or one of ~ ^ : ? * [ \\";
  if (value.includes("..") || value.includes("@{")) return "has '..' or '@{'";
  if (value.endsWith(".lock") || value.endsWith("/") || value.endsWith("."))
    return "ends with '.lock', '/' or '.'";
  if (!NAME.test(value)) {
    const other = /[^a-zA-Z0-9\-/_]/.exec(value);
    return other
      ? `has '${other[0]}', which is not a letter, digit, '-', '_' or '/'`
      : "starts or ends with '-', '_' or '/'";
  }
  // The pattern allows '//', which git refuses in a ref (an empty path component).
  if (value.includes("//")) return "has an empty path component ('//')";
  return undefined;
}

/** How to write a name, for every refusal of one. */
export const NAME_FIX =
  "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit";

export function assertName(kind: "artifact" | "stage", value: string): string {
  const problem = nameProblem(value);
  if (problem) throw new InvalidNameError(kind, value, problem, NAME_FIX);
  return value;
}

export const isValidName = (value: string): boolean => nameProblem(value) === undefined;
