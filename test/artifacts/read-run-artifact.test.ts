import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FolderArtifactStore, readRunArtifactJson } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

/** Run 900's artifact `name` as a folder of `files` (a value of `null` makes a link to /etc/passwd). */
function otherRun(name: string, files: Record<string, string | null>) {
  const { dir } = tempDir();
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, "artifacts", "900", name, file);
    mkdirSync(join(path, ".."), { recursive: true });
    if (text === null) symlinkSync("/etc/passwd", path);
    else writeFileSync(path, text);
  }
  const read = (file?: string) =>
    readRunArtifactJson(new FolderArtifactStore(join(dir, "artifacts"), "1"), {
      from: { token: "t", runId: 900, owner: "acme", repo: "models" },
      name,
      ...(file ? { file } : {}),
      maxBytes: 1000,
      what: "a record",
      workDir: join(dir, "work"),
      missingFix: "Upload it",
    });
  return { read };
}

describe("one JSON file of another run's artifact", () => {
  it("is the artifact's only file when no file is named", async () => {
    expect(await otherRun("record", { "anything.json": '{"a": 1}' }).read()).toEqual({ a: 1 });
  });

  it("is refused when the artifact holds more than that one file", async () => {
    const run = otherRun("record", { "a.json": "{}", "nested/b.json": "{}" });
    await expect(run.read()).rejects.toThrow(
      "artifact 'record' holds 2 entries, not the one file of a record",
    );
  });

  it("is never a link to some other file of this machine", async () => {
    await expect(otherRun("record", { "r.json": null }).read()).rejects.toThrow(
      "artifact 'record' holds 1 entries, not the one file of a record",
    );
    await expect(otherRun("report", { "r.json": null }).read("r.json")).rejects.toThrow(
      "artifact 'report' has no r.json",
    );
  });

  it("says which run lacks the artifact", async () => {
    await expect(otherRun("record", {}).read()).rejects.toThrow("run 900 has no artifact 'record'");
  });
});
