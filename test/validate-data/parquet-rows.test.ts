import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const days = fileURLToPath(new URL("../fixtures/parquet/pandas/days/", import.meta.url));

/** validate-data of the daily partitions `dates` (days/<date>.parquet), holiday declared integer. */
async function validateDays(dates: readonly string[]) {
  const { dir, write } = tempDir();
  mkdirSync(join(dir, "days"));
  for (const date of dates)
    copyFileSync(`${days}${date}.parquet`, join(dir, `days/${date}.parquet`));
  write("c.yml", "fields:\n  - name: store_id\n  - name: holiday\n    type: integer\n");
  const args = ["--data", "days/*.parquet", "--schema", "c.yml", "--fail-step", "false"];
  const run = await mlops(["validate-data", ...args], dir);
  const report = JSON.parse(readFileSync(join(dir, "mlops-out/validation-report.json"), "utf8"));
  return { ...run, report };
}

describe("a failing Parquet row, which has no line", () => {
  it("is named by its row in the log line and the summary, as a CSV row by its line", async () => {
    const { stdout, stderr } = await validateDays(["2024-12-24"]);
    expect(stderr).toContain(
      'error: days/2024-12-24.parquet: row 2: "Christmas Eve": expected an integer',
    );
    expect(stdout).toContain("| days/2024-12-24.parquet row 2: &quot;Christmas Eve&quot; |");
  });

  it("is named by its row in its own file, where the report counts the rows of the dataset", async () => {
    // The day before holds holiday as Arrow's null type: three rows of no value.
    const { stdout, stderr, report } = await validateDays(["2024-12-23", "2024-12-24"]);
    const check = report.checks.find((c: { id: string }) => c.id === "holiday.type");
    expect(check.examples[0]).toMatchObject({ line: null, row: 5, value: "Christmas Eve" });
    expect(stderr).toContain(
      'error: days/2024-12-24.parquet: row 2: "Christmas Eve": expected an integer',
    );
    expect(stdout).toContain("| holiday.type | an integer | 1 of 6 failed |");
    expect(stdout).toContain("| days/2024-12-24.parquet row 2: &quot;Christmas Eve&quot; |");
  });
});
