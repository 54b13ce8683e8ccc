import { isAbsolute, relative, sep } from "node:path";

/**
 * A path as reports and messages show it: relative to the workspace when inside it, so that it
 * reads the same on every runner, and absolute when outside (or on another drive).
 */
export function displayPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  const outside =
    inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? path : inside;
}

/**
 * `text` with `path` shown as `displayPath` shows it wherever it stands whole: at the start or
 * after a quote, and before a `:` (a line number, a problem), a separator (a name inside the
 * folder) or the closing quote. Where it starts a longer name (`/w/d` in `/w/d2`) or ends one
 * (`/x/w/d`), it is left: replacing there would name another file.
 */
export function displayPathIn(text: string, cwd: string, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const whole = new RegExp(`(?<=^|['"\`])${escaped}(?=[:/\\\\'"\`]|$)`, "g");
  const shown = displayPath(cwd, path);
  return text.replace(whole, () => shown);
}
