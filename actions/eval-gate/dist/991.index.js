export const id = 991;
export const ids = [991];
export const modules = {

/***/ 1991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// EXTERNAL MODULE: ./shared/dist/github/client.js + 23 modules
var client = __webpack_require__(9374);
// EXTERNAL MODULE: ./shared/dist/github/comment-blocker.js
var comment_blocker = __webpack_require__(9182);
// EXTERNAL MODULE: ./shared/dist/github/github-context.js + 1 modules
var github_context = __webpack_require__(3770);
// EXTERNAL MODULE: ./shared/dist/github/github-error.js
var github_error = __webpack_require__(6670);
// EXTERNAL MODULE: ./shared/dist/github/retry-policy.js
var retry_policy = __webpack_require__(8925);
;// CONCATENATED MODULE: ./shared/dist/github/converge.js


async function converge(github, doing, step) {
    for (let attempt = 0;; attempt++) {
        try {
            return await step(attempt);
        }
        catch (error) {
            if (!(0,retry_policy/* isTransient */.dg)(error) || attempt + 1 >= github.retry.convergeAttempts) {
                throw (0,github_error/* toGitHubError */.Lg)(error, doing);
            }
            await github.retry.sleep((0,retry_policy/* backoff */.JN)(github.retry, attempt));
        }
    }
}
/** The status of a failed call when GitHub answered it, else undefined. */
const statusOf = (error) => {
    const e = error;
    return e?.response ? e.status : undefined;
};

;// CONCATENATED MODULE: ./shared/dist/github/pull-request.js

const fromPull = (pull, repo) => {
    const headRepo = pull.head.repo?.full_name ?? `${repo.owner}/${repo.repo}`;
    return {
        number: pull.number,
        headSha: pull.head.sha,
        headRef: pull.head.ref,
        headRepo,
        baseRef: pull.base.ref,
        fromFork: headRepo !== `${repo.owner}/${repo.repo}`,
    };
};
/** The open PR whose head is this repository, branch and commit, found through the API. */
async function findPullRequestByHead(github, repo, head) {
    const headOwner = head.repo.split("/")[0] ?? "";
    const pulls = await converge(github, "listing pull requests by head", () => github.octokit.paginate(github.octokit.rest.pulls.list, {
        ...repo,
        state: "open",
        head: `${headOwner}:${head.branch}`,
        per_page: 100,
    }));
    const match = pulls.find((p) => (p.head.repo?.full_name ?? "") === head.repo &&
        (head.sha === undefined || p.head.sha === head.sha));
    return match ? fromPull(match, repo) : undefined;
}
/** The PR of this run, from the event payload and, where it lacks one, the API. */
async function resolvePullRequest(github, options) {
    const { repo, eventName, payload } = options;
    switch (eventName) {
        case "pull_request":
        case "pull_request_target": {
            const pull = payload.pull_request;
            return pull ? fromPull(pull, repo) : undefined;
        }
        case "push": {
            const ref = typeof payload.ref === "string" ? payload.ref : "";
            if (!ref.startsWith("refs/heads/"))
                return undefined;
            return findPullRequestByHead(github, repo, {
                repo: `${repo.owner}/${repo.repo}`,
                branch: ref.slice("refs/heads/".length),
                ...(typeof payload.after === "string" ? { sha: payload.after } : {}),
            });
        }
        case "workflow_run": {
            const run = payload.workflow_run;
            if (!run)
                return undefined;
            const listed = run.pull_requests?.find((p) => p.head.sha === run.head_sha);
            if (listed) {
                return {
                    number: listed.number,
                    headSha: listed.head.sha,
                    headRef: listed.head.ref,
                    headRepo: run.head_repository?.full_name ?? `${repo.owner}/${repo.repo}`,
                    baseRef: listed.base.ref,
                    fromFork: false,
                };
            }
            const headRepo = run.head_repository?.full_name;
            if (!headRepo || !run.head_branch)
                return undefined;
            return findPullRequestByHead(github, repo, {
                repo: headRepo,
                branch: run.head_branch,
                sha: run.head_sha,
            });
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/dist/github/comment-body.js
/**
 * The body of a comment or issue the suite owns: a hidden marker that finds it again, the
 * content with any forged marker disarmed, and a cap at GitHub's 65,536 characters that ends
 * with a note and a link to the full report.
 */
const COMMENT_LIMIT = 65_536;
const KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;
/** The hidden marker of one kind of owned text and one key, e.g. `<!-- mlops:sticky key=eval -->`. */
function markerFor(kind, key) {
    if (!KEY.test(key)) {
        throw new TypeError(`a marker key is letters, digits and . _ : / - (got '${key}')`);
    }
    return `<!-- mlops:${kind} key=${key} -->`;
}
/** Any `<!-- mlops:` in the content becomes visible text, so content cannot claim to be ours. */
const disarmMarkers = (content) => content.replace(/<!--(\s*mlops:)/gi, "&lt;!--$1");
/**
 * Marker first, then the content; when too long, the content is cut on a line boundary (never
 * inside a surrogate pair), an open code fence is closed, and a note links the full report.
 */
function composeBody(marker, content, options = {}) {
    const limit = options.limit ?? COMMENT_LIMIT;
    const safe = disarmMarkers(content);
    const whole = `${marker}\n${safe}`;
    if (whole.length <= limit)
        return { body: whole, truncated: false };
    const where = options.fullReportUrl
        ? `the full report is in the [job summary](${options.fullReportUrl})`
        : "the full report is in the job summary";
    const note = `\n\n---\n**This report was cut to fit GitHub's limit of ${limit.toLocaleString("en-US")} characters**; ${where}.`;
    const fence = "\n```";
    let room = limit - marker.length - 1 - note.length - fence.length;
    if (room < 0)
        throw new RangeError("the comment limit is too small for the marker and the note");
    if (/[\uD800-\uDBFF]/.test(safe.charAt(room - 1)))
        room -= 1;
    let cut = safe.slice(0, room);
    const lastLine = cut.lastIndexOf("\n");
    if (lastLine > room - 2_000)
        cut = cut.slice(0, lastLine);
    const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += fence;
    return { body: `${marker}\n${cut}${note}`, truncated: true };
}

;// CONCATENATED MODULE: ./shared/dist/github/token-identity.js

const known = new WeakMap();
function tokenLogin(github) {
    let login = known.get(github);
    if (!login) {
        login = converge(github, "asking GraphQL who the token is", async () => {
            const answer = await github.octokit.graphql("query { viewer { login } }");
            return answer.viewer.login;
        });
        known.set(github, login);
        login.catch(() => known.delete(github));
    }
    return login;
}

;// CONCATENATED MODULE: ./shared/dist/github/sticky-comment.js



const stickyMarker = (key) => markerFor("sticky", key);
async function upsertStickyComment(github, options) {
    const marker = stickyMarker(options.key);
    const { body, truncated } = composeBody(marker, options.body, {
        ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
    });
    const author = options.author ?? (await tokenLogin(github));
    const where = { ...options.repo, issue_number: options.issueNumber };
    return converge(github, `updating the '${options.key}' comment on #${options.issueNumber}`, async () => {
        const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
            ...where,
            per_page: 100,
        });
        const ours = comments.filter((c) => c.user?.login === author && (c.body ?? "").startsWith(marker));
        const existing = ours[0];
        const duplicates = Math.max(ours.length - 1, 0);
        if (!existing) {
            const { data } = await github.octokit.rest.issues.createComment({ ...where, body });
            return { action: "created", commentId: data.id, url: data.html_url, truncated, duplicates };
        }
        if (existing.body === body) {
            return {
                action: "unchanged",
                commentId: existing.id,
                url: existing.html_url,
                truncated,
                duplicates,
            };
        }
        const { data } = await github.octokit.rest.issues.updateComment({
            ...options.repo,
            comment_id: existing.id,
            body,
        });
        return { action: "updated", commentId: data.id, url: data.html_url, truncated, duplicates };
    });
}

;// CONCATENATED MODULE: ./shared/dist/github/publish-comment.js
/**
 * Posts a report as the sticky comment of the run's pull request, or says why it could not: no
 * token, no repository, no pull request for this event, or a token that may not write (a fork's
 * pull request). `auto` turns those into a reason the caller shows in the job summary;
 * `always` turns them into an error.
 */






const FORK_HELP = "see docs/fork-pull-requests.md for the two-workflow pattern";
async function publishComment(context, options) {
    const skip = (reason) => (0,comment_blocker/* notPosted */.n)(options.mode, reason);
    const { token, repo } = context;
    const blocker = (0,comment_blocker/* commentBlocker */.Q)(context, options.mode);
    if (blocker !== undefined || !token || !repo)
        return skip(blocker ?? "no token or repository");
    const github = (0,client/* createGitHubClient */.L)({
        token,
        apiUrl: context.apiUrl,
        ...(options.log ? { log: options.log } : {}),
    });
    try {
        const pull = await resolvePullRequest(github, {
            repo,
            eventName: context.eventName,
            payload: await (0,github_context/* readEventPayload */.N5)(context.eventPath),
        });
        if (!pull)
            return skip(`no pull request belongs to this ${context.eventName ?? "run"} event`);
        const result = await upsertStickyComment(github, {
            repo,
            issueNumber: pull.number,
            key: options.key,
            body: options.body,
            ...(context.runUrl ? { fullReportUrl: context.runUrl } : {}),
        });
        return { posted: true, url: result.url, action: result.action };
    }
    catch (error) {
        if (error instanceof github_error/* GitHubError */.y_ && (error.status === 403 || error.status === 404)) {
            return skip(`the token may not write comments here (a pull request from a fork, or 'pull-requests: write' is not granted); ${FORK_HELP}`);
        }
        throw error;
    }
}


/***/ })

};
