// What reading one model costs in a registry of 5,000 tags over 50 models (100 each: 50 versions
// and their assignments to staging and prod in turn). Each reader answers `m#prod` (who holds
// prod) and `show m`, and all must agree:
//   whole repository   every tag of the repository in one listing: what each read cost before
//   artifact-scoped    only m's tags (`Registry.artifact`, `show`)
//   stage-scoped       only m#prod's tags and its holder's (`Registry.stageHolder`); no `show`
//   GTO-style per tag  the tag names, then each of m's tag objects on its own: one `git cat-file`
//                      per tag on a local repository, one GET per tag object on GitHub
// On a local repository (git calls) and on GitHub (HTTP requests to the emulator).
// Usage: node bench/registry/run.js [--tags 5000]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createViteServer } from "vitest/node";

const root = fileURLToPath(new URL("../..", import.meta.url));
const count = Number(process.argv[process.argv.indexOf("--tags") + 1]) || 5000;
const MODELS = 50;

// The emulator, the fixtures and the core are TypeScript: loaded from source, as the tests load them.
const vite = await createViteServer({
  root,
  configFile: false,
  logLevel: "silent",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: { alias: { "@mlops/shared": join(root, "shared/src/index.ts") } },
});
const load = (path) => vite.ssrLoadModule(join(root, path));
const shared = await load("shared/src/index.ts");
const { GitHubEmulator, WORKFLOW_TOKEN } = await load("test/emulator/github-emulator.ts");
const { seedTags } = await load("test/emulator/seed-tags.ts");
const { modelHistory, modelNames } = await load("test/registry/model-histories.ts");
const { Registry, buildRegistry, stageHolder, summarize } = shared;

const names = modelNames(MODELS);
const m = names[7];
const tags = names.flatMap((name) => modelHistory(name, Math.floor(count / MODELS)));

const prodOf = (state) => stageHolder(state, "prod")?.assignment.tag;
const fromRecords = (records) => {
  const state = buildRegistry(records).get(m);
  return { prod: prodOf(state), show: summarize(m, state) };
};

/** Runs each operation of a reader, counting the requests `counter` sees and the time. */
async function measure(counter, operations) {
  const result = {};
  for (const [name, run] of Object.entries(operations)) {
    const before = counter();
    const started = performance.now();
    const answer = await run();
    result[name] = { answer, requests: counter() - before, ms: performance.now() - started };
  }
  return result;
}

/** The four readers over one backend; `perTag` reads the tag names and then each of m's tags. */
function readers(backend, perTag) {
  const registry = () => new Registry({ backend: backend() });
  return {
    "whole repository": {
      prod: async () => fromRecords(await backend().listTags()).prod,
      show: async () => fromRecords(await backend().listTags()).show,
    },
    "artifact-scoped": {
      prod: async () => prodOf(await registry().artifact(m)),
      show: () => registry().show(m),
    },
    "stage-scoped": {
      prod: async () => (await registry().stageHolder(m, "prod"))?.assignment.tag,
    },
    "GTO-style per tag": {
      prod: async () => fromRecords(await perTag()).prod,
      show: async () => fromRecords(await perTag()).show,
    },
  };
}

const ofModel = (name) => shared.tryParseTag(name)?.artifact === m;

// ---- local git ----
const dir = mkdtempSync(join(tmpdir(), "mlops-bench-registry-"));
const git = (args, input) =>
  execFileSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@example.com", ...args], {
    cwd: dir,
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
git(["init", "--quiet", "-b", "main"]);
git(["commit", "--quiet", "--allow-empty", "-m", "Train"]);
const commit = git(["rev-parse", "HEAD"]).trim();
git(
  ["fast-import", "--quiet"],
  tags
    .map((t) => {
      const message = Buffer.byteLength(t.message);
      const seconds = Math.floor(t.date.getTime() / 1000);
      return `tag ${t.name}\nfrom ${commit}\ntagger Fixture <fixture@example.com> ${seconds} +0000\ndata ${message}\n${t.message}\n`;
    })
    .join(""),
);

let gitCalls = 0;
const exec = (args, options) => {
  gitCalls += 1;
  return shared.execGit(args, options);
};

/** A tag object as `git cat-file tag` prints it: headers, a blank line, the message. */
function parseTagObject(name, text) {
  const [head, ...body] = text.split("\n\n");
  const object = /^object (\w+)$/m.exec(head)[1];
  const [, taggerName, email, seconds] = /^tagger (.*) <(.*)> (\d+) [+-]\d{4}$/m.exec(head);
  return {
    name,
    annotated: true,
    commit: object,
    tagger: { name: taggerName, email },
    date: new Date(Number(seconds) * 1000),
    message: body.join("\n\n"),
  };
}
const local = {};
for (const [reader, operations] of Object.entries(
  readers(
    () => new shared.LocalGitBackend({ path: dir, exec }),
    () => {
      const found = git(["tag", "--list"]).split("\n").filter(ofModel);
      gitCalls += 1 + found.length;
      return found.map((name) =>
        parseTagObject(name, git(["cat-file", "tag", `refs/tags/${name}`])),
      );
    },
  ),
)) {
  local[reader] = await measure(() => gitCalls, operations);
}
rmSync(dir, { recursive: true, force: true });

// ---- GitHub (the emulator) ----
const emulator = await GitHubEmulator.start();
// The emulator's primary limit is GitHub's 5,000 an hour, which the per-tag reader would strain.
emulator.rateLimit.remaining = Number.MAX_SAFE_INTEGER;
const repoState = emulator.repo("acme/models");
seedTags(repoState, repoState.addCommit("train"), tags);
const github = shared.createGitHubClient({ token: WORKFLOW_TOKEN, apiUrl: emulator.apiUrl });
const repo = { owner: "acme", repo: "models" };
const remote = {};
for (const [reader, operations] of Object.entries(
  readers(
    () => new shared.GitHubBackend({ github, repo }),
    async () => {
      const records = [];
      for (const ref of (await shared.listTags(github, repo)).filter((r) => ofModel(r.name))) {
        const { data } = await github.octokit.rest.git.getTag({ ...repo, tag_sha: ref.sha });
        records.push({
          name: ref.name,
          annotated: true,
          commit: data.object.sha,
          tagger: { name: data.tagger.name, email: data.tagger.email },
          date: new Date(data.tagger.date),
          message: data.message,
        });
      }
      return records;
    },
  ),
)) {
  remote[reader] = await measure(() => emulator.requests.length, operations);
}
await emulator.close();
await vite.close();

// ---- report ----
const all = [...Object.values(local), ...Object.values(remote)];
const agree = (key) =>
  all.every((r) => !r[key] || JSON.stringify(r[key].answer) === JSON.stringify(all[0][key].answer));
if (!agree("prod") || !agree("show")) throw new Error("the readers disagree about the registry");

const show = all[0].show.answer;
console.log(
  `${tags.length} tags over ${MODELS} models; ${m}: ${show.versions.length} versions, ` +
    `prod = ${all[0].prod.answer}, latest = ${show.latest}`,
);
const cell = (r) =>
  r
    ? `${String(r.requests).padStart(8)} ${r.ms.toFixed(0).padStart(7)}`
    : `${"-".padStart(8)} ${"".padStart(7)}`;
console.log(
  `${"backend".padEnd(10)} ${"reader".padEnd(18)} ${`${m}#prod`.padStart(16)}  ${`show ${m}`.padStart(16)}`,
);
console.log(`${"".padEnd(29)} requests      ms  requests      ms`);
for (const [backend, results, unit] of [
  ["local git", local, "git calls"],
  ["GitHub", remote, "HTTP requests"],
]) {
  for (const [reader, r] of Object.entries(results)) {
    console.log(`${backend.padEnd(10)} ${reader.padEnd(18)} ${cell(r.prod)}  ${cell(r.show)}`);
  }
  console.log(`${"".padEnd(10)} (requests are ${unit})`);
}
