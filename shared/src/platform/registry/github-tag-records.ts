/**
 * The tags of a repository with their tag objects, through GitHub's GraphQL API: one request per
 * 100 tags, where REST would need one `matching-refs` call plus one `git/tags/{sha}` call per
 * annotated tag for the tagger, date and message that make up the audit trail. A scope narrows
 * the listing on GitHub's side with the connection's `query` (a search of the ref names for a
 * text), so reading one artifact costs one request per 100 of the tags that contain its name.
 */
import type { GitHub } from "../github/client.js";
import { converge } from "../github/converge.js";
import type { RepoRef } from "../github/github-context.js";
import type { TagRecord } from "./backend.js";
import { RegistryError } from "./errors.js";
import { inScope, scopeQuery, type TagScope } from "./tag-scope.js";

export const TAG_REFS_QUERY = `query($owner: String!, $name: String!, $search: String, $cursor: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", query: $search, first: 100, after: $cursor) {
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        target {
          __typename
          oid
          ... on Tag { message tagger { name email date } target { oid } }
        }
      }
    }
  }
}`;

interface TagRefNode {
  name: string;
  target: {
    __typename: string;
    oid: string;
    message?: string;
    tagger?: { name: string | null; email: string | null; date: string | null } | null;
    target?: { oid: string };
  };
}

interface TagRefsPage {
  repository: {
    refs: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: TagRefNode[] };
  } | null;
}

const toRecord = ({ name, target }: TagRefNode): TagRecord =>
  target.__typename === "Tag"
    ? {
        name,
        annotated: true,
        commit: target.target?.oid ?? "",
        tagger: { name: target.tagger?.name ?? "", email: target.tagger?.email ?? "" },
        date: target.tagger?.date ? new Date(target.tagger.date) : null,
        message: target.message ?? "",
      }
    : { name, annotated: false, commit: target.oid, tagger: null, date: null, message: "" };

/** The tags in `scope` (every tag when absent); GitHub's search is widened, so kept exactly. */
export async function listTagRecords(
  github: GitHub,
  repo: RepoRef,
  scope?: TagScope,
): Promise<TagRecord[]> {
  // Octokit keeps `query` for the document, so the variable is named `search`.
  const search = scope ? scopeQuery(scope) : null;
  const records: TagRecord[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: TagRefsPage = await converge(github, "listing the registry's tags", () =>
      github.octokit.graphql<TagRefsPage>(TAG_REFS_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        search,
        cursor,
      }),
    );
    if (!page.repository) {
      throw new RegistryError(
        `GitHub has no repository ${repo.owner}/${repo.repo}`,
        "Check the repository name and that the token can see it",
      );
    }
    const nodes = page.repository.refs.nodes;
    records.push(...(scope ? nodes.filter((n) => inScope(scope, n.name)) : nodes).map(toRecord));
    const { hasNextPage, endCursor } = page.repository.refs.pageInfo;
    if (!hasNextPage || !endCursor) return records;
    cursor = endCursor;
  }
}
