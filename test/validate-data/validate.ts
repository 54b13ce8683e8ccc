import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { repoRoot } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A file of the bundled example. */
export const example = (name: string) => `${repoRoot}examples/validate-data/${name}`;

/**
 * Runs `mlops validate-data --json` in a fresh folder holding `files`, and reads back what it
 * wrote: the outputs, the report, the log on stderr.
 */
export async function validate(
  files: Record<string, string | Buffer>,
  inputs: Record<string, string>,
) {
  const { dir } = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const { code, stdout, stderr } = await mlops(["validate-data", "--json", ...flags(inputs)], dir);
  const outputs = stdout ? (JSON.parse(stdout) as Record<string, string>) : {};
  const reportText = outputs["report-path"]
    ? readFileSync(`${dir}/${outputs["report-path"]}`, "utf8")
    : "";
  return {
    code,
    stderr,
    dir,
    outputs,
    reportText,
    report: reportText ? JSON.parse(reportText) : undefined,
    check: (id: string) =>
      (reportText ? JSON.parse(reportText) : { checks: [] }).checks.find(
        (c: { id: string }) => c.id === id,
      ),
  };
}

/** validate() on one CSV file, d.csv, against one contract, c.yml. */
export const validateCsv = (data: string, contract: string) =>
  validate({ "d.csv": data, "c.yml": contract }, { data: "d.csv", schema: "c.yml" });
