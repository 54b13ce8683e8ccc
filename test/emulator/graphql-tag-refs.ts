/**
 * GitHub's GraphQL `repository { refs(refPrefix: "refs/tags/") }`, the one connection the
 * registry reads tags through: a page of refs with, for annotated tags, the tag object's message,
 * tagger and target, so that listing costs one request per 100 tags. It answers the fields of
 * GitHub's schema that the registry's query selects (Ref.name, Ref.target as Tag or Commit,
 * Tag.message, Tag.tagger as GitActor, Tag.target, PageInfo), in GitHub's alphabetical order,
 * with opaque cursors. The connection's `query` argument (given as a variable, as the registry
 * gives it) keeps the refs whose name, after the prefix, contains its text, as GitHub's search does.
 */
import type { Reply, RouteContext } from "./route-context.js";

const REFS = /repository\s*\(\s*owner:\s*\$owner\s*,\s*name:\s*\$name\s*\)\s*\{\s*refs\s*\(/;

/** Whether a GraphQL query asks for a repository's tag refs. */
export const isTagRefsQuery = (query: string): boolean =>
  REFS.test(query) && /refPrefix:\s*"refs\/tags\/"/.test(query);

/** The text of the `refs(...)` connection's `query: $variable`, or undefined when not given. */
function searchOf(query: string, variables: Record<string, unknown>): string | undefined {
  const name = /refs\s*\([^)]*\bquery:\s*\$(\w+)/.exec(query)?.[1];
  const value = name === undefined ? undefined : variables[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

const cursorOf = (index: number) => Buffer.from(`cursor:${index}`).toString("base64");
const indexOf = (cursor: unknown) =>
  typeof cursor === "string"
    ? Number(/^cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString())?.[1] ?? -1) + 1
    : 0;

export function tagRefsQuery(ctx: RouteContext, query: string): Reply {
  const variables = ((ctx.body ?? {}) as { variables?: Record<string, unknown> }).variables ?? {};
  const repo = ctx.state.repos.get(`${String(variables.owner)}/${String(variables.name)}`);
  if (!repo) {
    const message = `Could not resolve to a Repository with the name '${String(variables.owner)}/${String(variables.name)}'.`;
    return {
      status: 200,
      body: { data: { repository: null }, errors: [{ type: "NOT_FOUND", message }] },
    };
  }
  const first = Math.min(Number(/first:\s*(\d+)/.exec(query)?.[1] ?? 100), 100);
  const search = searchOf(query, variables);
  const refs = [...repo.refs]
    .filter(([ref]) => ref.startsWith("refs/tags/"))
    .filter(([ref]) => search === undefined || ref.slice("refs/tags/".length).includes(search))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const start = indexOf(variables.cursor);
  const page = refs.slice(start, start + first);
  const nodes = page.map(([ref, sha]) => {
    const tag = repo.tagObjects.get(sha);
    return {
      name: ref.slice("refs/tags/".length),
      target: tag
        ? {
            __typename: "Tag",
            oid: sha,
            message: tag.message,
            tagger: tag.tagger,
            target: { __typename: "Commit", oid: tag.object.sha },
          }
        : { __typename: "Commit", oid: sha },
    };
  });
  const end = start + page.length;
  return {
    status: 200,
    body: {
      data: {
        repository: {
          refs: {
            pageInfo: {
              hasNextPage: end < refs.length,
              endCursor: page.length ? cursorOf(end - 1) : null,
            },
            nodes,
          },
        },
      },
    },
  };
}
