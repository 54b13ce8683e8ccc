// The registry's read path against 5,000 tags (2,500 versions of one model, each assigned to a
// stage), side by side with a GTO-style reader that lists the tag names and then reads each tag
// object on its own: one `git cat-file` per tag on a local repository, one GET per tag object on
// GitHub (the emulator). Both answer `m#prod` (who holds prod) and `show m`, and must agree.
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

// The emulator and the core are TypeScript: loaded from source, as the tests load them.
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
const { buildRegistry, formatTagMessage, stageHolder, summarize } = shared;

/** 2,500 versions and 2,500 assignments, alternating staging and prod, an hour apart. */
function registryTags() {
  const tags = [];
  const start = Date.parse("2025-01-01T00:00:00Z");
  for (let i = 0; tags.length < count; i++) {
    const version = `v1.${i}.0`;
    const date = new Date(start + i * 3_600_000);
    const meta = { schema: "mlops.registry-event/v1" };
    tags.push({
      name: `m@${version}`,
      date,
      message: formatTagMessage(`Register m ${version}`, {
        ...meta,
        assets: [{ name: "m.onnx", sha256: "a".repeat(64), size: 1 }],
      }),
    });
    tags.push({
      name: `m#${i % 2 ? "prod" : "staging"}#${i + 1}`,
      date,
      message: formatTagMessage(`Assign m ${version}`, { ...meta, version }),
    });
  }
  return tags.slice(0, count);
}

/** What both readers answer: who holds prod, and the artifact at a glance. */
function answer(records) {
  const state = buildRegistry(records).get("m");
  return { prod: stageHolder(state, "prod")?.version, show: summarize("m", state) };
}

async function timed(run) {
  const started = performance.now();
  const result = await run();
  return { ...result, ms: performance.now() - started };
}

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
const tags = registryTags();
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

const gitCalls = [];
const exec = (args, options) => {
  gitCalls.push(args[0]);
  return shared.execGit(args, options);
};
const localOurs = await timed(async () => {
  gitCalls.length = 0;
  const records = await new shared.LocalGitBackend({ path: dir, exec }).listTags();
  return { answer: answer(records), requests: gitCalls.length };
});

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
const localGto = await timed(async () => {
  const names = git(["tag", "--list"]).split("\n").filter(Boolean);
  const records = names.map((name) =>
    parseTagObject(name, git(["cat-file", "tag", `refs/tags/${name}`])),
  );
  return { answer: answer(records), requests: names.length + 1 };
});
rmSync(dir, { recursive: true, force: true });

// ---- GitHub (the emulator) ----
const emulator = await GitHubEmulator.start();
// The emulator's primary limit is GitHub's 5,000 an hour, which the per-tag reader would exhaust.
emulator.rateLimit.remaining = Number.MAX_SAFE_INTEGER;
const repoState = emulator.repo("acme/models");
const remoteCommit = repoState.addCommit("train");
seedTags(repoState, remoteCommit, tags);
const github = shared.createGitHubClient({ token: WORKFLOW_TOKEN, apiUrl: emulator.apiUrl });
const repo = { owner: "acme", repo: "models" };

const githubOurs = await timed(async () => {
  const before = emulator.requests.length;
  const records = await new shared.GitHubBackend({ github, repo }).listTags();
  return { answer: answer(records), requests: emulator.requests.length - before };
});
const githubGto = await timed(async () => {
  const before = emulator.requests.length;
  const refs = await shared.listTags(github, repo);
  const records = [];
  for (const ref of refs) {
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
  return { answer: answer(records), requests: emulator.requests.length - before };
});
await emulator.close();
await vite.close();

// ---- report ----
const same = (a, b) => JSON.stringify(a.answer) === JSON.stringify(b.answer);
if (!same(localOurs, localGto) || !same(githubOurs, githubGto) || !same(localOurs, githubOurs)) {
  throw new Error("the readers disagree about the registry");
}
console.log(
  `${tags.length} tags; m#prod = ${localOurs.answer.prod}, latest = ${localOurs.answer.show.latest}`,
);
console.log("backend     reader              requests        ms   requests ratio   time ratio");
for (const [backend, ours, gto, unit] of [
  ["local git", localOurs, localGto, "git calls"],
  ["GitHub", githubOurs, githubGto, "HTTP"],
]) {
  const row = (reader, r) =>
    `${backend.padEnd(11)} ${reader.padEnd(18)} ${String(r.requests).padStart(9)} ${r.ms.toFixed(0).padStart(9)}`;
  console.log(row("mlops", ours));
  console.log(
    `${row("GTO-style per tag", gto)}   ${(gto.requests / ours.requests).toFixed(0).padStart(14)}x   ${(gto.ms / ours.ms).toFixed(1).padStart(9)}x  (${unit})`,
  );
}
