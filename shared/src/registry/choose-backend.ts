import { InputError } from "../errors.js";
import { createGitHubClient, type GitHub } from "../github/client.js";
import type { GitHubContext } from "../github/github-context.js";
import type { RegistryBackend } from "./backend.js";
import { GitHubBackend } from "./github-backend.js";
import { LocalGitBackend } from "./local-git-backend.js";

export const BACKENDS = ["auto", "git", "github"] as const;
export type BackendChoice = (typeof BACKENDS)[number];

export interface BackendRequest {
  readonly choice: BackendChoice;
  /** The local repository, for the git backend. */
  readonly path: string;
  /** The run's GitHub context, with the token the caller was given. */
  readonly github: GitHubContext;
  /** How to reach GitHub; tests aim it at an emulator. */
  readonly connect?: (context: GitHubContext & { token: string }) => GitHub;
}

const defaultConnect = (context: GitHubContext & { token: string }): GitHub =>
  createGitHubClient({ token: context.token, apiUrl: context.apiUrl });

/**
 * Where the registry lives. `auto` is GitHub when there is a token and a repository (a workflow
 * run given `github-token`), else the local git repository, which is what a CLI run on a laptop
 * has; `git` and `github` say so outright.
 */
export function chooseBackend(request: BackendRequest): RegistryBackend {
  const { github } = request;
  const useGitHub =
    request.choice === "github" ||
    (request.choice === "auto" && github.token !== undefined && github.repo !== undefined);
  if (!useGitHub) return new LocalGitBackend({ path: request.path });
  if (!github.token || !github.repo) {
    throw new InputError(
      "backend",
      `github needs ${github.token ? "the repository (GITHUB_REPOSITORY)" : "a token (github-token, or GITHUB_TOKEN)"}`,
      "In a workflow pass github-token: ${{ github.token }}; elsewhere set GITHUB_TOKEN and GITHUB_REPOSITORY",
    );
  }
  return new GitHubBackend({
    github: (request.connect ?? defaultConnect)({ ...github, token: github.token }),
    repo: github.repo,
    serverUrl: github.serverUrl,
    head: github.sha,
  });
}
