import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";

it("finishes its run quietly when the reader of its output stops early (mlops ... | head)", async () => {
  const { dir } = tempDir();
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, "bin/mlops.js"),
      "validate-data",
      "--data",
      join(repoRoot, "examples/validate-data/churn-clean.csv"),
      "--schema",
      join(repoRoot, "examples/validate-data/data-contract.yml"),
    ],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Like `| head -0`: the reader is gone before the first line is written.
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on("close", resolve));

  expect(stderr).not.toMatch(/EPIPE|at .+:\d+:\d+/);
  expect(code).toBe(0);
  expect(existsSync(join(dir, "mlops-out/validation-report.json"))).toBe(true);
});
