/**
 * A promotion stopped (cancelled, its runner lost) after uploading its files to a draft release
 * and before making its tag leaves that draft holding the tag name. The next run of the version
 * takes it over or replaces it, once nothing has been written to it for 30 minutes; a younger
 * draft may be another run's upload in progress, and a release promote did not make is never
 * touched.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubBackend, Registry, TagConflictError, type GitHub, type NewTag } from "@mlops/shared";
import { newId } from "../emulator/emulator-state.js";
import { seedTags } from "../emulator/seed-tags.js";
import { REPO } from "../github/emulated-github.js";
import { modelFile, steppingClock, tempFolder } from "./git-fixture.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

const TAG = "churn@v1.0.0";
const MINUTE = 60_000;
/** GitHub's timestamps: whole seconds. */
const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

let gh: GitHubRegistry;
let files: string;

beforeEach(async () => {
  gh = await startGitHubRegistry();
  files = tempFolder();
});

afterEach(async () => {
  // close() throws when any request or answer strayed from GitHub's API description.
  await gh.emulator.close();
});

/** A release of TAG as GitHub holds it, written at `at`, with `assets` (name and content). */
function seedRelease(
  name: string,
  assets: Record<string, string>,
  at: Date,
  { draft = true } = {},
): number {
  const id = newId();
  gh.state.releases.push({
    id,
    tag_name: TAG,
    target_commitish: "main",
    name,
    body: "",
    draft,
    prerelease: false,
    author: "github-actions[bot]",
    created_at: stamp(at),
  });
  for (const [file, content] of Object.entries(assets)) {
    gh.state.assets.push({
      id: newId(),
      release_id: id,
      name: file,
      label: null,
      content_type: "application/octet-stream",
      data: Buffer.from(content),
      uploader: "github-actions[bot]",
      created_at: stamp(at),
    });
  }
  return id;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

/** What a run cancelled during its upload left: its draft, holding what the server received. */
const stoppedRunDraft = (assets: Record<string, string>, at = minutesAgo(60)) =>
  seedRelease(`${TAG} (uploading 1152c47871bc)`, assets, at);

const request = (assets = [modelFile(files, "model.onnx", "weights")], run = 1) => ({
  artifact: "churn",
  version: "v1.0.0",
  assets,
  actor: "ada",
  runUrl: `https://github.example/acme/models/actions/runs/${run}`,
});

const uploads = () =>
  gh.emulator.requests.filter(
    (r) => r.route === "POST /repos/{owner}/{repo}/releases/{release_id}/assets",
  ).length;

const tagNames = () => [...gh.state.refs.keys()].filter((ref) => ref.startsWith("refs/tags/"));

/** A backend whose client sees the time as `now` (milliseconds), for the rule's boundary. */
const clientAt = (now: number): GitHub => gh.client({ retry: { now: () => now } });

describe("a re-run of a promotion that was stopped during its upload, on GitHub", () => {
  it("publishes the stopped run's draft when it holds the same files, uploading nothing again", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" });
    const result = await gh.registry().register(request());
    expect(result).toMatchObject({ changed: true, tag: TAG });
    expect(gh.state.releases).toEqual([
      expect.objectContaining({ id: draft, name: TAG, draft: false }),
    ]);
    expect(uploads()).toBe(0);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("deletes the stopped run's draft when it holds other content, and stores the files anew", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights of another training" });
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ draft: false })]);
    expect(gh.state.releases[0]!.id).not.toBe(draft);
    expect(uploads()).toBe(1);
    // registryProblems compares every asset with the sha256 the tag records.
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("deletes a draft whose upload was cut short, holding part of the files", async () => {
    stoppedRunDraft({ "model.onnx": "weights" });
    const both = [modelFile(files, "model.onnx", "weights"), modelFile(files, "vocab.txt", "a b")];
    await gh.registry().register(request(both));
    expect(uploads()).toBe(2);
    expect((await gh.backend().fetchAssets(TAG)).map((a) => a.name)).toEqual([
      "model.onnx",
      "vocab.txt",
    ]);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("takes over the draft a stopped run's own upload left, recognised by the name it gave it", async () => {
    // The run uploads under a clock 31 minutes back, then stops before making its tag.
    gh.emulator.state.clock = () => minutesAgo(31);
    await gh.backend().storeAssets(TAG, [modelFile(files, "model.onnx", "weights")]);
    gh.emulator.state.clock = () => new Date();
    const [left] = gh.state.releases;
    expect(left?.name).toMatch(/^churn@v1\.0\.0 \(uploading [0-9a-f]{12}\)$/);
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: left!.id, draft: false })]);
    expect(uploads()).toBe(1);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("counts a draft as a stopped run's from 30 minutes after anything was last written to it", async () => {
    const written = new Date("2026-03-01T12:00:00Z");
    stoppedRunDraft({ "model.onnx": "weights" }, written);
    const boundary = written.getTime() + 30 * MINUTE;
    const early = gh.registry(clientAt(boundary - 1000)).register(request());
    await expect(early).rejects.toThrow(/^another promotion may be uploading/);
    await gh.registry(clientAt(boundary)).register(request());
    expect(registryProblems(gh.state)).toEqual([]);
  });
});

describe("a draft of another promotion written to lately", () => {
  it("is the draft a run took over from a stopped one: renamed as its own, another run leaves it", async () => {
    stoppedRunDraft({ "model.onnx": "weights" });
    // The first re-run takes the leftover over, and has not made its tag yet.
    await gh.backend().storeAssets(TAG, [modelFile(files, "model.onnx", "weights")]);
    const [taken] = gh.state.releases;
    expect(taken?.name).toMatch(/^churn@v1\.0\.0 \(uploading [0-9a-f]{12}\)$/);
    expect(taken?.name).not.toBe(`${TAG} (uploading 1152c47871bc)`);
    // A second, with other files, finds it written to just now: never deleted under the first.
    const other = gh.backend().storeAssets(TAG, [modelFile(files, "model.onnx", "retrained")]);
    await expect(other).rejects.toThrow(/^another promotion may be uploading/);
    expect(gh.state.releases.map((r) => r.id)).toEqual([taken!.id]);
  });

  it("is left alone, and the run says another promotion may be uploading, not that the tag exists", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" }, new Date("2026-03-01T12:00:00Z"));
    const now = new Date("2026-03-01T12:05:00Z").getTime();
    const failed = gh.registry(clientAt(now)).register(request());
    await expect(failed).rejects.toThrow(
      `another promotion may be uploading the files of '${TAG}': its draft release "${TAG} (uploading 1152c47871bc)" was last written at 2026-03-01T12:00:00.000Z`,
    );
    await expect(failed).rejects.toMatchObject({
      fix: expect.stringMatching(
        /^Run again once it has finished; if none is running, delete that draft on GitHub \(.+\), or run again from 2026-03-01T12:30:00\.000Z, when it counts as a stopped run's and is replaced$/,
      ),
    });
    await expect(failed).rejects.not.toThrow(/already exists/);
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: true })]);
    expect(gh.state.assets).toHaveLength(1);
    expect(tagNames()).toEqual([]);
  });

  it("is live while its assets are new, however old the draft", async () => {
    const draft = stoppedRunDraft({}, minutesAgo(120));
    gh.state.assets.push({
      id: newId(),
      release_id: draft,
      name: "model.onnx",
      label: null,
      content_type: "application/octet-stream",
      data: Buffer.from("weights"),
      uploader: "github-actions[bot]",
      created_at: stamp(minutesAgo(1)),
    });
    await expect(gh.registry().register(request())).rejects.toThrow(/another promotion may be/);
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: true })]);
  });

  it("is waited out by a second run of the version, which then reports the version the first registered", async () => {
    let reached!: () => void;
    const atTag = new Promise<void>((resolve) => (reached = resolve));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = registryOn(pausedBeforeTag(gh.client(), () => reached(), gate)).register(
      request(),
    );
    await atTag;
    // The second run's first try meets the first's draft; while it waits, the first finishes.
    const waiting = registryOn(gh.backend(gh.client()), async () => {
      open();
      await first;
    });
    const second = waiting.register(request([modelFile(tempFolder(), "model.onnx", "weights")], 2));
    expect(await first).toMatchObject({ changed: true, tag: TAG });
    expect(await second).toMatchObject({ changed: false, tag: TAG });
    expect(uploads()).toBe(1);
    expect(gh.state.releases).toHaveLength(1);
    expect(registryProblems(gh.state)).toEqual([]);
  });
});

describe("a release promote did not make, holding the tag name", () => {
  it("is never deleted, however old: the run stops, naming it and how to free the name", async () => {
    const draft = seedRelease("Churn 1.0: release notes", { "notes.md": "draft" }, minutesAgo(600));
    const failed = gh.registry().register(request());
    await expect(failed).rejects.toThrow(
      `the tag name '${TAG}' is held by the draft release "Churn 1.0: release notes", which promote did not make, so it is left as it is and the version's files cannot be stored`,
    );
    await expect(failed).rejects.toMatchObject({
      fix: expect.stringMatching(
        /^Delete that release or give it another tag on GitHub \(.+\), or register another version$/,
      ),
    });
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: true })]);
    expect(gh.state.assets).toHaveLength(1);
    expect(tagNames()).toEqual([]);
  });

  it("is never deleted beside a stopped run's draft of the same tag name", async () => {
    const leftover = stoppedRunDraft({ "model.onnx": "weights" });
    const person = seedRelease("Churn 1.0", {}, minutesAgo(600));
    await expect(gh.registry().register(request())).rejects.toThrow(/which promote did not make/);
    expect(gh.state.releases.map((r) => r.id).sort()).toEqual([leftover, person].sort());
  });
});

describe("'tag already exists' on GitHub", () => {
  it("is said when a release holds the tag name and the tag exists", async () => {
    seedTags(gh.state, gh.commit, [{ name: TAG, message: "Register churn\n", date: new Date() }]);
    seedRelease(TAG, {}, minutesAgo(5), { draft: false });
    const stored = gh.backend().storeAssets(TAG, [modelFile(files, "model.onnx", "weights")]);
    await expect(stored).rejects.toBeInstanceOf(TagConflictError);
    await expect(stored).rejects.toThrow(`tag '${TAG}' already exists`);
  });
});

describe("a stopped run's draft taken over by two re-runs at once", () => {
  it("is published by the run that took it over; another run finds it its own, live, and leaves it", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" });
    let reached!: () => void;
    const atTag = new Promise<void>((resolve) => (reached = resolve));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    // The first takes the draft over and stops before its tag; the second, meanwhile, finds it
    // written to just now, whatever files it holds.
    const first = registryOn(pausedBeforeTag(gh.client(), () => reached(), gate)).register(
      request(),
    );
    await atTag;
    const second = gh.backend().storeAssets(TAG, [modelFile(files, "model.onnx", "weights")]);
    await expect(second).rejects.toThrow(/^another promotion may be uploading/);
    open();
    expect(await first).toMatchObject({ changed: true, tag: TAG });
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: false })]);
    expect(uploads()).toBe(0);
    expect(registryProblems(gh.state)).toEqual([]);
  });
});

/** A backend that stops before making its tag, saying so, until `gate` opens. */
function pausedBeforeTag(github: GitHub, atTag: () => void, gate: Promise<void>): GitHubBackend {
  return new (class extends GitHubBackend {
    override async createTag(tag: NewTag): Promise<void> {
      atTag();
      await gate;
      return super.createTag(tag);
    }
  })({ github, repo: REPO, serverUrl: "https://github.example", head: gh.commit });
}

/** A registry on `backend` whose waits between tries run `wait`. */
const registryOn = (backend: GitHubBackend, wait: () => Promise<void> = async () => {}) =>
  new Registry({ backend, now: steppingClock(), retry: { sleep: wait } });
