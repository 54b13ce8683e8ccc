import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findArtifact, FolderArtifactStore, MlopsError } from "@mlops/shared";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "artifacts-"));
  await mkdir(join(dir, "work", "metrics"), { recursive: true });
  await writeFile(join(dir, "work", "metrics", "eval.json"), '{"accuracy":0.9}');
  await writeFile(join(dir, "work", "card.md"), "# card");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the folder artifact store", () => {
  it("uploads files under a name, lists them and downloads them with their relative paths", async () => {
    const store = new FolderArtifactStore(join(dir, "store"), "7");
    const files = [join(dir, "work", "metrics", "eval.json"), join(dir, "work", "card.md")];
    const uploaded = await store.upload("report", files, join(dir, "work"));
    expect(uploaded).toMatchObject({
      name: "report",
      size: 22,
      digest: expect.stringMatching(/^sha256:/),
    });
    expect(await store.list()).toEqual([uploaded]);

    const out = await store.download(uploaded, join(dir, "out"));
    expect(await readFile(join(out, "metrics", "eval.json"), "utf8")).toBe('{"accuracy":0.9}');
  });

  it("reads another run's artifacts, as findBy does on GitHub", async () => {
    await new FolderArtifactStore(join(dir, "store"), "41").upload(
      "report",
      [join(dir, "work", "card.md")],
      join(dir, "work"),
    );
    const here = new FolderArtifactStore(join(dir, "store"), "42");
    const other = { token: "t", runId: 41, owner: "acme", repo: "models" };
    expect(await here.list()).toEqual([]);
    const found = await findArtifact(here, "report", other);
    expect(found?.name).toBe("report");
    await here.download(found!, join(dir, "out"), other);
    expect(await readFile(join(dir, "out", "card.md"), "utf8")).toBe("# card");
  });

  it("keeps artifacts immutable and files inside their root", async () => {
    const store = new FolderArtifactStore(join(dir, "store"));
    await store.upload("a", [join(dir, "work", "card.md")], join(dir, "work"));
    await expect(
      store.upload("a", [join(dir, "work", "card.md")], join(dir, "work")),
    ).rejects.toBeInstanceOf(MlopsError);
    await expect(
      store.upload("b", [join(dir, "work", "card.md")], join(dir, "work", "metrics")),
    ).rejects.toThrow(/not under the artifact's root/);
  });
});
