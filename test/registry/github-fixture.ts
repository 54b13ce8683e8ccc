/**
 * The registry on an emulated GitHub: a repository with one commit, GitHub backends and registries
 * aimed at it whose waits take no time, and a check of everything the registry wrote there.
 */
import {
  GitHubBackend,
  Registry,
  formatTag,
  parseTagMessage,
  tryParseTag,
  type GitHub,
} from "@mlops/shared";
import type { EmulatorOptions } from "../emulator/github-emulator.js";
import type { RepoState } from "../emulator/emulator-state.js";
import { digestOf } from "../emulator/wire.js";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "../github/emulated-github.js";
import { steppingClock } from "./git-fixture.js";

export interface GitHubRegistry extends EmulatedGitHub {
  readonly state: RepoState;
  readonly commit: string;
  backend(github?: GitHub): GitHubBackend;
  registry(github?: GitHub): Registry;
}

export async function startGitHubRegistry(options: EmulatorOptions = {}): Promise<GitHubRegistry> {
  const gh = await startEmulatedGitHub(options);
  const state = gh.emulator.repo(`${REPO.owner}/${REPO.repo}`);
  const commit = state.addCommit("train");
  const backend = (github = gh.github) =>
    new GitHubBackend({ github, repo: REPO, serverUrl: "https://github.example", head: commit });
  return {
    ...gh,
    state,
    commit,
    backend,
    registry: (github) =>
      new Registry({
        backend: backend(github),
        now: steppingClock(),
        retry: { sleep: async () => {} },
      }),
  };
}

/**
 * What would make the registry on GitHub untrustworthy: a tag outside GTO's grammar or not
 * annotated, a registration whose release is missing, unpublished or lacks an asset its tag
 * records, a release or asset no tag accounts for, two releases of one tag, or a stage tag for a
 * version never registered. Empty when all is well.
 */
export function registryProblems(state: RepoState): string[] {
  const problems: string[] = [];
  const tags = [...state.refs].filter(([ref]) => ref.startsWith("refs/tags/"));
  const names = new Set(tags.map(([ref]) => ref.slice("refs/tags/".length)));
  for (const [ref, sha] of tags) {
    const name = ref.slice("refs/tags/".length);
    const event = tryParseTag(name);
    const object = state.tagObjects.get(sha);
    if (!event || formatTag(event) !== name) problems.push(`${name}: not in GTO's grammar`);
    if (!object) {
      problems.push(`${name}: not an annotated tag`);
      continue;
    }
    const { metadata } = parseTagMessage(object.message);
    if (event?.action === "register") {
      const releases = state.releases.filter((r) => r.tag_name === name);
      const release = releases[0];
      if (releases.length !== 1 || !release || release.draft || !release.body) {
        problems.push(`${name}: not exactly one published release with a model card`);
        continue;
      }
      const stored = state.assets
        .filter((a) => a.release_id === release.id)
        .map((a) => `${a.name} ${digestOf(a.data)}`)
        .sort();
      // The assets, and the run record stored beside them where the tag names one.
      const run = metadata?.training_run;
      const files = [
        ...(metadata?.assets ?? []),
        ...(run?.asset && !metadata?.assets?.some((a) => a.name === run.asset)
          ? [{ name: run.asset, sha256: run.sha256 }]
          : []),
      ];
      const recorded = files.map((a) => `${a.name} sha256:${a.sha256}`).sort();
      if (JSON.stringify(stored) !== JSON.stringify(recorded))
        problems.push(
          `${name}: release holds [${stored.join(", ")}], tag records [${recorded.join(", ")}]`,
        );
    }
    if (event?.action === "assign" || event?.action === "unassign") {
      const registration = `${event.artifact}@${metadata?.version ?? "?"}`;
      if (!names.has(registration)) problems.push(`${name}: ${registration} is not registered`);
    }
  }
  for (const release of state.releases) {
    if (!names.has(release.tag_name)) problems.push(`release of '${release.tag_name}' has no tag`);
  }
  for (const asset of state.assets) {
    if (!state.releases.some((r) => r.id === asset.release_id))
      problems.push(`asset '${asset.name}' belongs to no release`);
  }
  return problems;
}
