/** Releases written straight into the emulator's state, as an earlier run or a person left them. */
import { newId, type RepoState } from "../emulator/emulator-state.js";

/** GitHub's timestamps: whole seconds. */
export const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The name promote gives its draft of `tag`, with a fixed mark. */
export const uploadingName = (tag: string, mark = "1152c47871bc"): string =>
  `${tag} (uploading ${mark})`;

/** A release of `tag` named `name`, written at `at`, holding `assets` (name and content). */
export function seedRelease(
  state: RepoState,
  release: {
    readonly tag: string;
    readonly name: string;
    readonly assets: Record<string, string>;
    readonly at: Date;
    readonly draft?: boolean;
  },
): number {
  const id = newId();
  state.releases.push({
    id,
    tag_name: release.tag,
    target_commitish: "main",
    name: release.name,
    body: "",
    draft: release.draft ?? true,
    prerelease: false,
    author: "github-actions[bot]",
    created_at: stamp(release.at),
  });
  for (const [file, content] of Object.entries(release.assets)) {
    state.assets.push({
      id: newId(),
      release_id: id,
      name: file,
      label: null,
      content_type: "application/octet-stream",
      data: Buffer.from(content),
      uploader: "github-actions[bot]",
      created_at: stamp(release.at),
    });
  }
  return id;
}
