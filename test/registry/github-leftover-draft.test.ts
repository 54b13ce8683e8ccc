/**
 * A promotion stopped (cancelled, its runner lost) after uploading its files to a draft release
 * and before making its tag leaves that draft behind. The next run of the version takes it over
 * or replaces it, once nothing has been written to it for 30 minutes by GitHub's clock; a
 * younger draft may be another run's upload in progress, and a release promote did not make is
 * never touched. GitHub keeps several drafts of one tag name, and each is judged on its own.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubBackend, Registry, TagConflictError, type GitHub, type NewTag } from "@mlops/shared";
import { newId } from "../emulator/emulator-state.js";
import { seedTags } from "../emulator/seed-tags.js";
import { REPO } from "../github/emulated-github.js";
import { modelFile, steppingClock, tempFolder } from "./git-fixture.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";
import { seedRelease as seed, stamp, uploadingName } from "./seed-release.js";

const TAG = "churn@v1.0.0";
const MINUTE = 60_000;

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
const seedRelease = (
  name: string,
  assets: Record<string, string>,
  at: Date,
  { draft = true } = {},
) => seed(gh.state, { tag: TAG, name, assets, at, draft });

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

/** What a run cancelled during its upload left: its draft, holding what the server received. */
const stoppedRunDraft = (assets: Record<string, string>, at = minutesAgo(60), mark?: string) =>
  seedRelease(uploadingName(TAG, mark), assets, at);

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

/** GitHub's clock at `now` (milliseconds): the time its answers' Date header gives. */
const serverAt = (now: number) => (gh.emulator.state.clock = () => new Date(now));

/** A client whose own clock reads `now` (milliseconds), as a runner's clock that is off. */
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
    serverAt(boundary - 1000);
    const early = gh.registry().register(request());
    await expect(early).rejects.toThrow(/^another promotion may be uploading/);
    serverAt(boundary);
    await gh.registry().register(request());
    expect(registryProblems(gh.state)).toEqual([]);
  });
});

/**
 * A client that, once it has listed the releases, sees another run take the stopped run's
 * draft over (renamed with that run's mark, which writes to it) before it acts on the listing.
 */
function takenOverAfterListing(draft: number): GitHub {
  const github = gh.client();
  github.octokit.hook.after("request", (_response, options) => {
    if (options.method !== "GET" || !/\/releases(\?|$)/.test(String(options.url))) return;
    const release = gh.state.releases.find((r) => r.id === draft)!;
    release.name = uploadingName(TAG, "0123456789ab");
    release.updated_at = stamp(new Date());
  });
  return github;
}

describe("a stopped run's draft that another run takes over meanwhile", () => {
  it("is read again before it is deleted, and left to the run that took it over", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights of another training" });
    const failed = gh.registry(takenOverAfterListing(draft)).register(request());
    await expect(failed).rejects.toThrow(/^another promotion may be uploading/);
    expect(gh.state.releases).toEqual([
      expect.objectContaining({ id: draft, name: `${TAG} (uploading 0123456789ab)` }),
    ]);
    expect(gh.state.assets.map((a) => a.data.toString())).toEqual(["weights of another training"]);
    expect(tagNames()).toEqual([]);
  });

  it("is taken over by a re-run before the other stopped drafts are deleted", async () => {
    const same = stoppedRunDraft({ "model.onnx": "weights" });
    stoppedRunDraft(
      { "model.onnx": "weights of another training" },
      minutesAgo(60),
      "fedcba987654",
    );
    await gh.registry().register(request());
    const acts = gh.emulator.requests
      .map((r) => r.route)
      .filter((route) =>
        /^(PATCH|DELETE) \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}$/.test(route),
      );
    // Taken over (renamed), the other deleted, then published.
    expect(acts).toEqual([
      "PATCH /repos/{owner}/{repo}/releases/{release_id}",
      "DELETE /repos/{owner}/{repo}/releases/{release_id}",
      "PATCH /repos/{owner}/{repo}/releases/{release_id}",
    ]);
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: same, draft: false })]);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("is read again before it is reused: a run holding the same files does not take it too", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" });
    const failed = gh.registry(takenOverAfterListing(draft)).register(request());
    await expect(failed).rejects.toThrow(/^another promotion may be uploading/);
    expect(gh.state.releases).toEqual([
      expect.objectContaining({ id: draft, name: `${TAG} (uploading 0123456789ab)`, draft: true }),
    ]);
    expect(tagNames()).toEqual([]);
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
    serverAt(new Date("2026-03-01T12:05:00Z").getTime());
    const failed = gh.registry().register(request());
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

describe("a runner whose clock is off", () => {
  it("leaves a draft written 5 minutes ago alone though its own clock is 31 minutes fast: the age is GitHub's", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" }, minutesAgo(5));
    const fast = clientAt(Date.now() + 31 * MINUTE);
    await expect(gh.registry(fast).register(request())).rejects.toThrow(
      /^another promotion may be uploading/,
    );
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: true })]);
    expect(gh.state.assets).toHaveLength(1);
    expect(uploads()).toBe(0);
  });

  it("takes over a stopped run's draft though its own clock is 31 minutes slow", async () => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" }, minutesAgo(40));
    const slow = clientAt(Date.now() - 31 * MINUTE);
    await gh.registry(slow).register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: false })]);
    expect(registryProblems(gh.state)).toEqual([]);
  });
});

describe("the time GitHub answered at", () => {
  it.each([
    ["carry no Date", undefined],
    ["carry a Date that reads as no time", "yesterday-ish"],
  ])("falls back to the runner's clock where GitHub's answers %s", async (_, date) => {
    const draft = stoppedRunDraft({ "model.onnx": "weights" }, minutesAgo(40));
    /** A client whose own clock reads `now`, behind a proxy that changes the Date header. */
    const proxied = (now: number) => {
      const client = clientAt(now);
      client.octokit.hook.after("request", (response) => {
        const headers = response.headers as Record<string, unknown>;
        if (date === undefined) delete headers.date;
        else headers.date = date;
      });
      return client;
    };
    // A runner 31 minutes slow sees 9 minutes: the draft is live to it.
    await expect(
      gh.registry(proxied(Date.now() - 31 * MINUTE)).register(request()),
    ).rejects.toThrow(/^another promotion may be uploading/);
    // A runner whose clock is right sees 40 minutes, a stopped run's draft, and takes it over.
    await gh.registry(proxied(Date.now())).register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft, draft: false })]);
  });
});

describe("several drafts of one tag name, as GitHub keeps them", () => {
  it("publishes the stopped run's draft that holds the same files and deletes the other stopped run's", async () => {
    const other = stoppedRunDraft(
      { "model.onnx": "older weights" },
      minutesAgo(90),
      "aaaaaaaaaaaa",
    );
    const same = stoppedRunDraft({ "model.onnx": "weights" }, minutesAgo(60), "bbbbbbbbbbbb");
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: same, draft: false })]);
    expect(gh.state.releases.map((r) => r.id)).not.toContain(other);
    expect(uploads()).toBe(0);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("deletes every stopped run's draft holding other files, and stores the files anew", async () => {
    stoppedRunDraft({ "model.onnx": "a" }, minutesAgo(90), "aaaaaaaaaaaa");
    stoppedRunDraft({ "model.onnx": "b" }, minutesAgo(60), "bbbbbbbbbbbb");
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual([expect.objectContaining({ draft: false })]);
    expect(uploads()).toBe(1);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("stops while one of them was written to lately, deleting none, though the other is a stopped run's", async () => {
    const old = stoppedRunDraft({ "model.onnx": "a" }, minutesAgo(90), "aaaaaaaaaaaa");
    const live = stoppedRunDraft({ "model.onnx": "b" }, minutesAgo(2), "bbbbbbbbbbbb");
    const failed = gh.registry().register(request());
    await expect(failed).rejects.toThrow(
      `another promotion may be uploading the files of '${TAG}': its draft release "${uploadingName(TAG, "bbbbbbbbbbbb")}"`,
    );
    expect(gh.state.releases.map((r) => r.id).sort()).toEqual([old, live].sort());
    expect(uploads()).toBe(0);
  });
});

describe("a release promote did not make, of the same tag name", () => {
  it("as a draft, however old, is never touched, and the version is registered beside it", async () => {
    const person = seedRelease(
      "Churn 1.0: release notes",
      { "notes.md": "draft" },
      minutesAgo(600),
    );
    const result = await gh.registry().register(request());
    expect(result).toMatchObject({ changed: true, tag: TAG });
    const kept = gh.state.releases.find((r) => r.id === person);
    expect(kept).toMatchObject({ name: "Churn 1.0: release notes", draft: true });
    expect(gh.state.assets.filter((a) => a.release_id === person)).toHaveLength(1);
    expect(gh.state.releases.filter((r) => !r.draft)).toHaveLength(1);
    expect(tagNames()).toEqual([`refs/tags/${TAG}`]);
  });

  it("as a draft, is never touched beside a stopped run's draft, which is taken over", async () => {
    const leftover = stoppedRunDraft({ "model.onnx": "weights" });
    const person = seedRelease("Churn 1.0", {}, minutesAgo(600));
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: leftover, draft: false }),
        expect.objectContaining({ id: person, name: "Churn 1.0", draft: true }),
      ]),
    );
    expect(gh.state.releases).toHaveLength(2);
    expect(uploads()).toBe(0);
  });

  it("published, with its tag deleted since, stops the run, naming it and how to free the name", async () => {
    const published = seedRelease("Churn 1.0", { "notes.md": "n" }, minutesAgo(600), {
      draft: false,
    });
    const failed = gh.registry().register(request());
    await expect(failed).rejects.toThrow(
      `the tag name '${TAG}' is held by the published release "Churn 1.0", which promote did not make, so it is left as it is and the version's files cannot be stored`,
    );
    await expect(failed).rejects.toMatchObject({
      fix: expect.stringMatching(
        /^Delete that release or give it another tag on GitHub \(.+\), or register another version$/,
      ),
    });
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: published, draft: false })]);
    expect(tagNames()).toEqual([]);
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
