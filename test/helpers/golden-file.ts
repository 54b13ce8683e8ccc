import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's python, whose scipy, statsmodels and scikit-learn made the committed goldens. */
export const python = "/usr/bin/python3";

/** Whether that python can import these modules. */
export function pythonHas(modules: string): boolean {
  try {
    execFileSync(python, ["-c", `import ${modules}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where two JSON values differ: numbers beyond a relative `rtol` (what another release of a
 * library, CPU or BLAS may change), anything else at all. Empty when they agree.
 */
export function differences(a: unknown, b: unknown, rtol: number, path = ""): string[] {
  if (typeof a === "number" && typeof b === "number") {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= rtol * scale || Math.abs(a - b) <= 1e-300
      ? []
      : [`${path}: ${a} vs ${b}`];
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        rtol,
        `${path}/${key}`,
      ),
    );
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

/** Runs a golden generator into a temporary file; returns its text and the committed file's. */
export function regenerate(
  script: string,
  committed: string,
): { fresh: string; committed: string } {
  const dir = mkdtempSync(join(tmpdir(), "goldens-"));
  try {
    const out = join(dir, "goldens.json");
    execFileSync(python, [script, out], { stdio: "pipe" });
    return { fresh: readFileSync(out, "utf8"), committed: readFileSync(committed, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
