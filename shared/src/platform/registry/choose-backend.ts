import { InputError } from "../../engine/errors.js";
import type { GitHub } from "../github/client.js";
import type { GitHubContext } from "../github/github-context.js";
import type { RegistryBackend } from "./backend.js";
import { LocalGitBackend } from "./local-git-backend.js";

export const BACKENDS = ["auto", "git", "github"] as const;
export type BackendChoice = (typeof BACKENDS)[number];

export interface BackendRequest {
  readonly choice: BackendChoice;
  /** The local repository, for the git backend. */
  readonly path: string;
  /** How the user names another local repository, when `path` is none (see LocalGitOptions). */
  readonly repositoryFix?: string;
  /** Where the git backend's warnings go (see LocalGitOptions). */
  readonly warn?: (message: string) => void;
  /** The run's GitHub context, with the token the caller was given. */
  readonly github: GitHubContext;
  /** How to reach GitHub; tests aim it at an emulator. */
  readonly connect?: (context: GitHubContext & { token: string }) => GitHub;
}

/**
 * Where the registry lives. `auto` is GitHub when there is a token and a repository (a workflow
 * run given `github-token`), else the local git repository, which is what a CLI run on a laptop
 * has; `git` and `github` say so outright.
 */
export async function chooseBackend(request: BackendRequest): Promise<RegistryBackend> {
  const { github } = request;
  const useGitHub =
    request.choice === "github" ||
    (request.choice === "auto" && github.token !== undefined && github.repo !== undefined);
  if (!useGitHub) {
    const { path, repositoryFix, warn } = request;
    return new LocalGitBackend({ path, repositoryFix, warn });
  }
  if (!github.token || !github.repo) {
    throw new InputError(
      "backend",
      `github needs ${github.token ? "the repository (GITHUB_REPOSITORY)" : "a token (github-token, or GITHUB_TOKEN)"}`,
      "In a workflow pass github-token: ${{ github.token }}; elsewhere set GITHUB_TOKEN and GITHUB_REPOSITORY",
    );
  }
  // Loaded only here: the GitHub client is most of the code, and a run on git never needs it.
  const { GitHubBackend } = await import("./github-backend.js");
  const token = github.token;
  const client = request.connect
    ? request.connect({ ...github, token })
    : (await import("../github/client.js")).createGitHubClient({ token, apiUrl: github.apiUrl });
  return new GitHubBackend({
    github: client,
    repo: github.repo,
    serverUrl: github.serverUrl,
    head: github.sha,
  });
}
