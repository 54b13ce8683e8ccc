// A downloaded release asset is read later in the run, so its folder goes when the process
// exits. The module runs built (shared/dist) in a process of its own, as the actions run it.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";

const module = new URL("../../shared/dist/engine/files/run-temp-folder.js", import.meta.url).href;

/** Runs `body` in a new process with TMPDIR at a fresh folder; what that folder holds after. */
function leftAfter(body: string): string[] {
  const { dir } = tempDir();
  const script = `import { runTempFolder, removeRunTempFolder } from ${JSON.stringify(module)};
import { writeFileSync } from "node:fs";
${body}`;
  try {
    execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TMPDIR: dir },
      stdio: "pipe",
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 3) throw error;
  }
  return readdirSync(dir);
}

describe("runTempFolder", () => {
  it("stays while the process runs, and goes with what it holds when it ends", () => {
    const left = leftAfter(`
import { readdirSync } from "node:fs";
const folder = runTempFolder("mlops-asset-");
writeFileSync(folder + "/profile.json", "{}");
writeFileSync(runTempFolder("mlops-asset-") + "/predictions.csv", "id\\n1\\n");
if (readdirSync(folder).join() !== "profile.json") throw new Error("removed early");`);
    expect(left).toEqual([]);
  });

  it("is removed when the process exits with a failure, and at once when asked", () => {
    const left = leftAfter(`
import { existsSync } from "node:fs";
// Made and removed many times over: one exit listener, never a MaxListeners warning.
process.on("warning", (warning) => { throw warning; });
for (let i = 0; i < 20; i++) {
  const unused = runTempFolder("mlops-asset-");
  removeRunTempFolder(unused);
  if (existsSync(unused)) throw new Error("still there");
}
writeFileSync(runTempFolder("mlops-asset-") + "/profile.json", "{}");
process.exit(3);`);
    expect(left).toEqual([]);
  });
});
