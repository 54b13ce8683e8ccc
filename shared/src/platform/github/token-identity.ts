/**
 * Who the token is, so the suite edits only its own comments. REST `GET /user` answers 403 for
 * the workflow's GITHUB_TOKEN and for app tokens, so the login comes from GraphQL
 * `{ viewer { login } }`, which answers `github-actions[bot]` (or `<app>[bot]`) for them and a
 * person's login for a personal token. REST shows the same login as a comment's `user.login`.
 */
import type { GitHub } from "./client.js";
import { converge } from "./converge.js";

const known = new WeakMap<GitHub, Promise<string>>();

export function tokenLogin(github: GitHub): Promise<string> {
  let login = known.get(github);
  if (!login) {
    login = converge(github, "asking GraphQL who the token is", async () => {
      const answer = await github.octokit.graphql<{ viewer: { login: string } }>(
        "query { viewer { login } }",
      );
      return answer.viewer.login;
    });
    known.set(github, login);
    login.catch(() => known.delete(github));
  }
  return login;
}
