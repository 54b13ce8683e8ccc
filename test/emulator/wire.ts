/**
 * The emulator's records in GitHub's wire form: the meaningful fields are stated here, every
 * other required field is filled from the OpenAPI schema (see schema-instances.ts).
 */
import { createHash } from "node:crypto";
import type {
  Asset,
  Comment,
  Deployment,
  DeploymentStatus,
  Issue,
  PullRequest,
  Release,
  RepoState,
  RunArtifact,
  TagObject,
  WorkflowRun,
} from "./emulator-state.js";
import type { RouteContext } from "./route-context.js";
import { instanceOf } from "./schema-instances.js";

const userId = (login: string): number =>
  createHash("sha1").update(login).digest().readUInt32BE(0) & 0x7fffffff;

export function user(
  ctx: RouteContext,
  login: string,
  type = login.endsWith("[bot]") ? "Bot" : "User",
) {
  return {
    login,
    id: userId(login),
    node_id: `U_${userId(login)}`,
    type,
    url: `${ctx.api}/users/${encodeURIComponent(login)}`,
    html_url: `${ctx.origin}/web/${encodeURIComponent(login)}`,
  };
}

export function repository(
  ctx: RouteContext,
  repo: RepoState | { owner: string; name: string; id?: number },
) {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: "id" in repo && repo.id ? repo.id : userId(fullName),
    node_id: `R_${fullName}`,
    name: repo.name,
    full_name: fullName,
    owner: user(ctx, repo.owner, "User"),
    url: `${ctx.api}/repos/${fullName}`,
    html_url: `${ctx.origin}/web/${fullName}`,
  };
}

const repoUrl = (ctx: RouteContext) => `${ctx.api}/repos/${ctx.repo.fullName}`;

export const gitRef = (ctx: RouteContext, ref: string, sha: string, type: string) =>
  instanceOf("git-ref", {
    ref,
    node_id: `REF_${sha.slice(0, 8)}`,
    url: `${repoUrl(ctx)}/git/${ref}`,
    object: { type, sha, url: `${repoUrl(ctx)}/git/${type === "tag" ? "tags" : "commits"}/${sha}` },
  });

export const tagObject = (ctx: RouteContext, tag: TagObject) =>
  instanceOf("git-tag", {
    node_id: `TAG_${tag.sha.slice(0, 8)}`,
    sha: tag.sha,
    url: `${repoUrl(ctx)}/git/tags/${tag.sha}`,
    tag: tag.tag,
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: `${repoUrl(ctx)}/git/commits/${tag.object.sha}` },
    verification: { verified: false, reason: "unsigned", payload: null, signature: null },
  });

export const digestOf = (data: Buffer) =>
  `sha256:${createHash("sha256").update(data).digest("hex")}`;

export const asset = (ctx: RouteContext, a: Asset) =>
  instanceOf("release-asset", {
    id: a.id,
    node_id: `RA_${a.id}`,
    url: `${repoUrl(ctx)}/releases/assets/${a.id}`,
    browser_download_url: `${ctx.origin}/downloads/${ctx.repo.fullName}/${a.id}/${encodeURIComponent(a.name)}`,
    name: a.name,
    label: a.label,
    state: "uploaded",
    content_type: a.content_type,
    size: a.data.length,
    digest: digestOf(a.data),
    download_count: 0,
    created_at: a.created_at,
    updated_at: a.created_at,
    uploader: user(ctx, a.uploader),
  });

export const release = (ctx: RouteContext, r: Release) =>
  instanceOf("release", {
    id: r.id,
    node_id: `RE_${r.id}`,
    url: `${repoUrl(ctx)}/releases/${r.id}`,
    html_url: `${ctx.origin}/web/${ctx.repo.fullName}/releases/tag/${encodeURIComponent(r.tag_name)}`,
    assets_url: `${repoUrl(ctx)}/releases/${r.id}/assets`,
    upload_url: `${ctx.origin}${ctx.api.endsWith("/api/v3") ? "/api/uploads" : "/uploads"}/repos/${ctx.repo.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: null,
    zipball_url: null,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.created_at,
    published_at: r.draft ? null : r.created_at,
    updated_at: r.updated_at ?? r.created_at,
    author: user(ctx, r.author),
    assets: ctx.repo.assets.filter((a) => a.release_id === r.id).map((a) => asset(ctx, a)),
  });

export const label = (ctx: RouteContext, l: { id: number; name: string; color: string }) =>
  instanceOf("label", {
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${repoUrl(ctx)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    description: null,
    default: false,
  });

export const issue = (ctx: RouteContext, i: Issue) =>
  instanceOf("issue", {
    id: i.number + 1_000_000,
    node_id: `I_${i.number}`,
    url: `${repoUrl(ctx)}/issues/${i.number}`,
    repository_url: repoUrl(ctx),
    labels_url: `${repoUrl(ctx)}/issues/${i.number}/labels{/name}`,
    comments_url: `${repoUrl(ctx)}/issues/${i.number}/comments`,
    events_url: `${repoUrl(ctx)}/issues/${i.number}/events`,
    html_url: `${ctx.origin}/web/${ctx.repo.fullName}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: user(ctx, i.author),
    labels: i.labels.map((name) => {
      const l = ctx.repo.labels.get(name);
      return l ? label(ctx, l) : name;
    }),
    comments: ctx.repo.comments.filter((c) => c.issue_number === i.number).length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: "NONE",
  });

export const comment = (ctx: RouteContext, c: Comment) =>
  instanceOf("issue-comment", {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${repoUrl(ctx)}/issues/comments/${c.id}`,
    html_url: `${ctx.origin}/web/${ctx.repo.fullName}/issues/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(ctx)}/issues/${c.issue_number}`,
    body: c.body,
    user: user(ctx, c.author, c.author_type),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: "NONE",
  });

export const deployment = (ctx: RouteContext, d: Deployment) =>
  instanceOf("deployment", {
    id: d.id,
    node_id: `DE_${d.id}`,
    url: `${repoUrl(ctx)}/deployments/${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(ctx, d.creator),
    created_at: d.created_at,
    updated_at: d.created_at,
    statuses_url: `${repoUrl(ctx)}/deployments/${d.id}/statuses`,
    repository_url: repoUrl(ctx),
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
  });

export const deploymentStatus = (ctx: RouteContext, s: DeploymentStatus) =>
  instanceOf("deployment-status", {
    id: s.id,
    node_id: `DES_${s.id}`,
    url: `${repoUrl(ctx)}/deployments/${s.deployment_id}/statuses/${s.id}`,
    state: s.state,
    creator: user(ctx, s.creator),
    description: s.description,
    environment: ctx.repo.deployments.find((d) => d.id === s.deployment_id)?.environment ?? "",
    target_url: s.log_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
    created_at: s.created_at,
    updated_at: s.created_at,
    deployment_url: `${repoUrl(ctx)}/deployments/${s.deployment_id}`,
    repository_url: repoUrl(ctx),
  });

export const workflowRun = (ctx: RouteContext, r: WorkflowRun) =>
  instanceOf("workflow-run", {
    id: r.id,
    node_id: `WR_${r.id}`,
    name: r.name,
    display_title: r.display_title,
    head_branch: r.head_branch,
    head_sha: r.head_sha,
    path: r.workflow_path,
    run_number: r.run_number,
    run_attempt: 1,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflow_id,
    url: `${repoUrl(ctx)}/actions/runs/${r.id}`,
    html_url: `${ctx.origin}/web/${ctx.repo.fullName}/actions/runs/${r.id}`,
    pull_requests: r.pull_requests.map((p) => ({
      id: p.number,
      number: p.number,
      url: `${repoUrl(ctx)}/pulls/${p.number}`,
      head: {
        ref: p.head_ref,
        sha: p.head_sha,
        repo: { id: ctx.repo.id, url: repoUrl(ctx), name: ctx.repo.name },
      },
      base: {
        ref: p.base_ref,
        sha: p.head_sha,
        repo: { id: ctx.repo.id, url: repoUrl(ctx), name: ctx.repo.name },
      },
    })),
    created_at: r.created_at,
    updated_at: r.updated_at,
    run_started_at: r.created_at,
    jobs_url: `${repoUrl(ctx)}/actions/runs/${r.id}/jobs`,
    logs_url: `${repoUrl(ctx)}/actions/runs/${r.id}/logs`,
    check_suite_url: `${repoUrl(ctx)}/check-suites/${r.id}`,
    artifacts_url: `${repoUrl(ctx)}/actions/runs/${r.id}/artifacts`,
    cancel_url: `${repoUrl(ctx)}/actions/runs/${r.id}/cancel`,
    rerun_url: `${repoUrl(ctx)}/actions/runs/${r.id}/rerun`,
    workflow_url: `${repoUrl(ctx)}/actions/workflows/${r.workflow_id}`,
    head_commit: null,
    repository: repository(ctx, ctx.repo),
    head_repository: repository(ctx, ctx.repo),
  });

export const artifact = (ctx: RouteContext, a: RunArtifact) =>
  instanceOf("artifact", {
    id: a.id,
    node_id: `AR_${a.id}`,
    name: a.name,
    size_in_bytes: a.size,
    url: `${repoUrl(ctx)}/actions/artifacts/${a.id}`,
    archive_download_url: `${repoUrl(ctx)}/actions/artifacts/${a.id}/zip`,
    expired: false,
    created_at: a.created_at,
    expires_at: null,
    updated_at: a.created_at,
    workflow_run: { id: a.run_id, repository_id: ctx.repo.id, head_repository_id: ctx.repo.id },
  });

export function pull(ctx: RouteContext, p: PullRequest) {
  const [headOwner = "", headName = ""] = p.head.repo.split("/");
  const head = ctx.state.repos.get(p.head.repo) ?? { owner: headOwner, name: headName };
  return instanceOf("pull-request-simple", {
    id: p.number + 2_000_000,
    node_id: `PR_${p.number}`,
    number: p.number,
    url: `${repoUrl(ctx)}/pulls/${p.number}`,
    html_url: `${ctx.origin}/web/${ctx.repo.fullName}/pull/${p.number}`,
    state: p.state,
    title: p.title,
    user: user(ctx, p.author),
    created_at: ctx.repo.timestamp(),
    updated_at: ctx.repo.timestamp(),
    head: {
      label: `${headOwner}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      repo: repository(ctx, head),
      user: user(ctx, headOwner, "User"),
    },
    base: {
      label: `${ctx.repo.owner}:${p.base.ref}`,
      ref: p.base.ref,
      sha: p.base.sha,
      repo: repository(ctx, ctx.repo),
      user: user(ctx, ctx.repo.owner, "User"),
    },
    author_association: "CONTRIBUTOR",
  });
}
