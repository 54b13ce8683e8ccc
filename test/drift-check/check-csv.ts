import { existsSync, readFileSync } from "node:fs";
import type { DriftReport } from "@mlops/shared";
import { flags as asFlags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

type Column = DriftReport["columns"][number];

export interface CheckRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly dir: string;
  readonly report: DriftReport;
  readonly column: (name: string) => Column;
  /** The report as written, or "{}" when none was. */
  readonly text: string;
}

/** Runs `mlops drift-check` on two CSV texts and returns the exit code, output and report. */
export async function check(
  reference: string,
  current: string,
  flags: string[] = [],
): Promise<CheckRun> {
  const { dir, write } = tempDir();
  write("reference.csv", reference);
  write("current.csv", current);
  const run = await mlops(
    [
      "drift-check",
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
      // Only reported, unless the flags ask to fail the step.
      ...(flags.includes("--fail-step") ? [] : ["--fail-step", "false"]),
      ...flags,
    ],
    dir,
  );
  const path = `${dir}/mlops-out/drift-report.json`;
  const text = existsSync(path) ? readFileSync(path, "utf8") : "{}";
  const report = JSON.parse(text) as DriftReport;
  const column = (name: string) => report.columns.find((c) => c.name === name)!;
  return { ...run, dir, report, column, text };
}

/**
 * Runs `mlops drift-check` with `values` as its flags in `dir`, only reporting; returns the run
 * and the report it wrote, if any, with a column by name.
 */
export async function driftIn(
  dir: string,
  values: Record<string, string>,
): Promise<Omit<CheckRun, "dir" | "text" | "report"> & { readonly report?: DriftReport }> {
  const run = await mlops(["drift-check", "--fail-step", "false", ...asFlags(values)], dir);
  const path = `${dir}/mlops-out/drift-report.json`;
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as DriftReport)
    : undefined;
  const column = (name: string) => report!.columns.find((c) => c.name === name)!;
  return { ...run, report, column };
}
