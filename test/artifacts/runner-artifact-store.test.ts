import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerArtifactStore } from "@mlops/shared";
import { ResultsService, runtimeToken } from "../emulator/results-service.js";

let service: ResultsService;
let dir: string;

beforeAll(async () => {
  service = await ResultsService.start();
  dir = await mkdtemp(join(tmpdir(), "runner-artifacts-"));
  // What a runner gives a JavaScript action; @actions/artifact reads these itself.
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken("run-backend-1", "job-backend-1");
  process.env.ACTIONS_RESULTS_URL = service.url;
  process.env.GITHUB_WORKSPACE = dir;
  process.env.GITHUB_SERVER_URL = "https://github.com";
}, 60_000);

afterAll(async () => {
  await service?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the runner artifact store (the real @actions/artifact against Azurite)", () => {
  it("uploads files, lists the artifact and downloads the same bytes", async () => {
    await mkdir(join(dir, "work", "metrics"), { recursive: true });
    await writeFile(join(dir, "work", "metrics", "eval.json"), '{"accuracy":0.91}');
    await writeFile(join(dir, "work", "card.md"), "# model card");
    const store = new RunnerArtifactStore();

    const uploaded = await store.upload(
      "eval-report",
      [join(dir, "work", "metrics", "eval.json"), join(dir, "work", "card.md")],
      join(dir, "work"),
    );
    expect(uploaded).toMatchObject({
      name: "eval-report",
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(uploaded.size).toBeGreaterThan(0);

    const listed = await store.list();
    expect(listed.map((a) => [a.id, a.name])).toEqual([[uploaded.id, "eval-report"]]);

    const out = await store.download(listed[0]!, join(dir, "out"));
    expect(await readFile(join(out, "metrics", "eval.json"), "utf8")).toBe('{"accuracy":0.91}');
    expect(await readFile(join(out, "card.md"), "utf8")).toBe("# model card");
    expect(service.calls).toEqual([
      "CreateArtifact",
      "FinalizeArtifact",
      "ListArtifacts",
      "ListArtifacts",
      "GetSignedArtifactURL",
    ]);
  });

  it("refuses an artifact that would unpack past the caller's limit, writing none of it", async () => {
    // 2 MB of zeros zip to a few KB: small enough listed, a bomb unpacked.
    await mkdir(join(dir, "bomb"), { recursive: true });
    await writeFile(join(dir, "bomb", "report.json"), Buffer.alloc(2_000_000));
    const store = new RunnerArtifactStore();
    const uploaded = await store.upload(
      "fork-report",
      [join(dir, "bomb", "report.json")],
      join(dir, "bomb"),
    );
    expect(uploaded.size).toBeLessThan(1_000_000);

    const out = join(dir, "bomb-out");
    await expect(store.download(uploaded, out, undefined, 1_000_000)).rejects.toThrow(
      "artifact 'fork-report': is not a zip this tool can unpack: it would unpack to 2000000 bytes, over the 1000000 allowed",
    );
    expect(await readdir(out)).toEqual([]);
  });
});
