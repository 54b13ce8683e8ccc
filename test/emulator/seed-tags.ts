/** Annotated tags written straight into the emulator's state: thousands in milliseconds. */
import { sha1, type RepoState } from "./emulator-state.js";

export function seedTags(
  state: RepoState,
  commit: string,
  tags: readonly { name: string; message: string; date: Date }[],
): void {
  for (const tag of tags) {
    const sha = sha1(`seeded tag ${tag.name}`);
    state.tagObjects.set(sha, {
      sha,
      tag: tag.name,
      message: tag.message,
      object: { sha: commit, type: "commit" },
      tagger: { name: "Fixture", email: "fixture@example.com", date: tag.date.toISOString() },
    });
    state.refs.set(`refs/tags/${tag.name}`, sha);
  }
}
