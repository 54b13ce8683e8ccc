export const id = 391;
export const ids = [391];
export const modules = {

/***/ 391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
// EXTERNAL MODULE: ./shared/dist/github/github-context.js
var github_context = __webpack_require__(703);
// EXTERNAL MODULE: ./shared/dist/errors.js
var errors = __webpack_require__(107);
;// CONCATENATED MODULE: ./shared/dist/github/github-error.js

/**
 * A GitHub API call that failed after every retry the client allows. Names the call and the
 * status, and, where the status says what is wrong (a token without the permission, a missing
 * repository), how to fix it.
 */
class GitHubError extends errors/* MlopsError */.IC {
    status;
    constructor(message, status, fix) {
        super(message, fix);
        this.status = status;
    }
}
/** Something of ours already exists and differs (a tag on another commit, an asset of that name). */
class GitHubConflictError extends GitHubError {
    constructor(message, fix) {
        super(message, 422, fix);
    }
}
/** The rate limit asks for a wait longer than the client is allowed to sleep. */
class GitHubRateLimitError extends GitHubError {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message, 403, "Run again after the limit resets, or use a token with a higher limit");
        this.retryAfterMs = retryAfterMs;
    }
}
/** A wait (for a dispatched run, a status) that did not end in time. */
class GitHubTimeoutError extends GitHubError {
    constructor(message, fix) {
        super(message, undefined, fix);
    }
}
const asHttpFailure = (error) => error instanceof Error ? error : undefined;
const FIXES = {
    401: "The token is missing or expired; pass a valid 'github-token'",
    403: "Give the workflow the permission it needs in 'permissions:' (see the action's README)",
    404: "Check the repository name and that the token can see it",
};
/** Wraps any failure of a GitHub call into a GitHubError that names what was being done. */
function toGitHubError(error, doing) {
    if (error instanceof GitHubError)
        return error;
    const failure = asHttpFailure(error);
    const status = failure?.response ? failure.status : undefined;
    const detail = failure?.message ?? String(error);
    const fix = status === undefined ? undefined : FIXES[status];
    const what = status === undefined ? "no answer" : `HTTP ${status}`;
    return new GitHubError(`GitHub: ${doing} failed (${what}): ${detail}`, status, fix);
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(698);
;// CONCATENATED MODULE: ./shared/dist/github/retry-policy.js
/**
 * When to try a GitHub request again, and how long to wait first, following GitHub's rules:
 * a `retry-after` header is obeyed; with `x-ratelimit-remaining: 0` the wait lasts until
 * `x-ratelimit-reset`; a secondary limit without either waits at least a minute, growing
 * exponentially. Server errors and dropped connections back off exponentially with jitter, and
 * only for requests that are safe to repeat. All the backoff of one operation (the client's
 * retries and converge's re-reads together) draws on one budget, so an unreachable API fails in
 * bounded time. Clock, sleep and randomness are injected so tests can run thousands of retries in
 * milliseconds.
 */


const defaultRetryPolicy = () => ({
    retries: 6,
    rateLimitRetries: 10,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxRateLimitWaitMs: 15 * 60_000,
    convergeAttempts: 6,
    maxWaitMs: 60_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: Math.random,
});
const SECONDARY = /secondary rate limit/i;
/** Codes of a connection that could not be made or was dropped: nothing came back. */
const TRANSPORT_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "ETIMEDOUT",
    "EPIPE",
    "EAI_AGAIN",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
]);
/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempt)]. */
const backoff = (policy, attempt) => Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
/** The wait a rate-limit answer asks for, or undefined when the answer is not a rate limit. */
function rateLimitWait(error, policy, attempt) {
    const failure = asHttpFailure(error);
    if (!failure?.response || (failure.status !== 403 && failure.status !== 429))
        return undefined;
    const headers = failure.response.headers;
    const retryAfter = Number(headers["retry-after"]);
    if (headers["retry-after"] !== undefined && Number.isFinite(retryAfter)) {
        return Math.max(retryAfter, 0) * 1000;
    }
    if (String(headers["x-ratelimit-remaining"]) === "0" &&
        headers["x-ratelimit-reset"] !== undefined) {
        const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
        return Math.max(resetMs - policy.now(), 0) + 1000;
    }
    const message = `${failure.message} ${JSON.stringify(failure.response.data ?? "")}`;
    if (failure.status === 429 || SECONDARY.test(message))
        return 60_000 * 2 ** attempt;
    return undefined;
}
/**
 * Whether the error or one it wraps has a transport code. Octokit wraps fetch's "fetch failed"
 * TypeError, which wraps the socket's error; the client's own timeout carries ETIMEDOUT.
 */
function transportFailure(error) {
    let cause = error;
    for (let depth = 0; cause instanceof Error && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === "string" && TRANSPORT_CODES.has(code))
            return true;
        cause = cause.cause;
    }
    return false;
}
/**
 * A failure where the request may never have reached GitHub (a connection refused, dropped or
 * timed out), or GitHub failed on its side (5xx). Anything else, a TypeError from a bug above
 * all, is final.
 */
function isTransient(error) {
    const failure = asHttpFailure(error);
    if (!failure)
        return false;
    if (failure.response)
        return failure.status !== undefined && failure.status >= 500;
    return transportFailure(error);
}
const budgets = new external_node_async_hooks_.AsyncLocalStorage();
/** Runs `work` as one operation whose requests share a wait budget (an enclosing one if any). */
function withWaitBudget(work) {
    const outer = budgets.getStore();
    if (outer)
        return work(outer);
    const budget = { spentMs: 0 };
    return budgets.run(budget, () => work(budget));
}
/** The budget of the operation running now; a lone request outside one gets its own. */
const currentWaitBudget = () => budgets.getStore() ?? { spentMs: 0 };
const retriesSpent = new WeakSet();
/** Marks a failure the client already retried, so that converge does not multiply the retries. */
const markRetriesSpent = (error) => {
    if (error instanceof Object)
        retriesSpent.add(error);
};
const wereRetriesSpent = (error) => error instanceof Object && retriesSpent.has(error);

;// CONCATENATED MODULE: ./shared/dist/github/client.js
/**
 * The Octokit every GitHub call goes through. One request hook carries the whole policy:
 * a timeout per try, GitHub's rate-limit rules for every method (a limited request was not
 * served, so repeating it is safe), backoff on server errors and dropped connections for requests
 * that are safe to repeat, and a gap between writes as GitHub asks of integrations. A POST that
 * fails without an answer is not repeated here: it may have taken effect, so the operation above
 * re-reads the state and decides (see converge.ts). Backoff stops when the operation's wait
 * budget is spent, and every wait is logged. This hook replaces plugin-retry and
 * plugin-throttling, whose Bottleneck timers cannot be driven by an injected clock and which
 * repeat a POST after a server error (a duplicate comment).
 */




const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const SAFE = new Set(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);
/** GraphQL queries only read, so a POST to /graphql is as safe to repeat as a GET. */
const safeToRepeat = (method, url) => SAFE.has(method) || (method === "POST" && /\/graphql$/.test(url));
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? github_context/* DEFAULT_API_URL */.rK).replace(/\/+$/, "");
    const retry = { ...defaultRetryPolicy(), ...options.retry };
    const timeoutMs = options.timeoutMs ?? 30_000;
    const writeIntervalMs = options.writeIntervalMs ?? 1_000;
    const log = options.log ?? (() => { });
    const octokit = new dist_src/* Octokit */.E({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: options.userAgent ?? "mlops",
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    let lastWrite = -Infinity;
    let writeQueue = Promise.resolve();
    /** Writes go one at a time, at least `writeIntervalMs` apart. */
    const gateWrite = (send) => {
        const turn = writeQueue.then(async () => {
            const wait = lastWrite + writeIntervalMs - retry.now();
            if (wait > 0)
                await retry.sleep(wait);
            lastWrite = retry.now();
            return send();
        });
        writeQueue = turn.catch(() => undefined);
        return turn;
    };
    octokit.hook.wrap("request", async (request, requestOptions) => {
        const method = String(requestOptions.method).toUpperCase();
        const url = String(requestOptions.url);
        const repeatable = safeToRepeat(method, url);
        const write = WRITES.has(method) && !/\/graphql$/.test(url);
        const budget = currentWaitBudget();
        let transientTries = 0;
        let limitTries = 0;
        for (;;) {
            // A controller and a timer: Node may collect an AbortSignal.timeout() signal early.
            const attempt = async () => {
                const controller = new AbortController();
                // ETIMEDOUT marks the abort as a transport failure (see isTransient).
                const timeout = Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
                    code: "ETIMEDOUT",
                });
                const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
                try {
                    // Set on the shared options object: inner hooks call on with the options they were
                    // bound to, so a copy passed to `request` would not reach fetch.
                    requestOptions.request = { ...requestOptions.request, signal: controller.signal };
                    return await request(requestOptions);
                }
                finally {
                    clearTimeout(timer);
                }
            };
            try {
                return await (write ? gateWrite(attempt) : attempt());
            }
            catch (error) {
                const limitWait = rateLimitWait(error, retry, limitTries);
                if (limitWait !== undefined) {
                    if (limitWait > retry.maxRateLimitWaitMs || limitTries >= retry.rateLimitRetries) {
                        throw new GitHubRateLimitError(`GitHub: ${method} ${url} is rate limited for ${Math.ceil(limitWait / 1000)} s more`, limitWait);
                    }
                    limitTries += 1;
                    log(`GitHub rate limit on ${method} ${url}: waiting ${limitWait} ms`);
                    await retry.sleep(limitWait);
                    continue;
                }
                if (repeatable && isTransient(error)) {
                    const delay = backoff(retry, transientTries);
                    const reason = error.message;
                    if (transientTries < retry.retries && budget.spentMs + delay <= retry.maxWaitMs) {
                        transientTries += 1;
                        budget.spentMs += delay;
                        log(`GitHub ${method} ${url} failed (${reason}); retry in ${delay} ms`);
                        await retry.sleep(delay);
                        continue;
                    }
                    log(`GitHub ${method} ${url} failed (${reason}); giving up after ${transientTries} retries`);
                    markRetriesSpent(error);
                }
                throw error;
            }
        }
    });
    return { octokit, retry, apiUrl, log };
}

// EXTERNAL MODULE: ./shared/dist/github/comment-blocker.js
var comment_blocker = __webpack_require__(182);
;// CONCATENATED MODULE: ./shared/dist/github/converge.js


function converge(github, doing, step) {
    const { retry } = github;
    return withWaitBudget(async (budget) => {
        let reread = false;
        for (let attempt = 0;; attempt++) {
            try {
                return await step(attempt);
            }
            catch (error) {
                // Octokit's RequestError is named HttpError; anything else is not a GitHub answer.
                if (asHttpFailure(error)?.name !== "HttpError")
                    throw error;
                const spent = wereRetriesSpent(error);
                const delay = backoff(retry, attempt);
                if (!isTransient(error) ||
                    (spent && reread) ||
                    attempt + 1 >= retry.convergeAttempts ||
                    budget.spentMs + delay > retry.maxWaitMs) {
                    throw toGitHubError(error, doing);
                }
                reread ||= spent;
                budget.spentMs += delay;
                github.log(`GitHub: ${doing} failed (${error.message}); reading again in ${delay} ms`);
                await retry.sleep(delay);
            }
        }
    });
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
                // A listed PR names its head repository only by id and URL; the run names it in full.
                return fromPull({ ...listed, head: { ...listed.head, repo: run.head_repository ?? null } }, repo);
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

;// CONCATENATED MODULE: ./shared/dist/report/group-digits.js
/**
 * An integer with commas between groups of three digits, as `toLocaleString("en-US")` writes
 * it, without that call's first use loading ICU's locale data (about 15 ms at start-up).
 */
function groupDigits(value) {
    return Number.isSafeInteger(value)
        ? String(value).replace(/\B(?=(\d{3})+$)/g, ",")
        : value.toLocaleString("en-US");
}

// EXTERNAL MODULE: ./shared/dist/report/truncate-markdown.js
var truncate_markdown = __webpack_require__(813);
// EXTERNAL MODULE: ./shared/dist/github/marker-key.js
var marker_key = __webpack_require__(338);
;// CONCATENATED MODULE: ./shared/dist/github/comment-body.js
/**
 * The body of a comment or issue the suite owns: a hidden marker that finds it again, the
 * content with any forged marker disarmed, and a cap at GitHub's 65,536 characters that ends
 * with a note and a link to the full report.
 */



const COMMENT_LIMIT = 65_536;
/** The hidden marker of one kind of owned text and one key, e.g. `<!-- mlops:sticky key=eval -->`. */
function markerFor(kind, key) {
    if (!marker_key/* MARKER_KEY */.Tm.test(key)) {
        throw new TypeError(`a marker key is letters, digits and . _ : / - (got '${key}')`);
    }
    return `<!-- mlops:${kind} key=${key} -->`;
}
/** Any `<!-- mlops:` in the content becomes visible text, so content cannot claim to be ours. */
const disarmMarkers = (content) => content.replace(/<!--(\s*mlops:)/gi, "&lt;!--$1");
/**
 * Marker first, then the content; when too long, the content is cut by `truncateMarkdown` and a
 * note links the full report.
 */
function composeBody(marker, content, options = {}) {
    const limit = options.limit ?? COMMENT_LIMIT;
    const safe = disarmMarkers(content);
    const where = options.fullReportUrl
        ? `the full report is in the [job summary](${options.fullReportUrl})`
        : "the full report is in the job summary";
    const note = `---\n**This report was cut to fit GitHub's limit of ${groupDigits(limit)} characters**; ${where}.`;
    const cut = (0,truncate_markdown/* truncateMarkdown */.o)(safe, limit - marker.length - 1, "chars", note);
    return { body: `${marker}\n${cut}`, truncated: cut !== safe };
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
    const github = createGitHubClient({
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
        if (error instanceof GitHubError && (error.status === 403 || error.status === 404)) {
            return skip(`the token may not write comments here (a pull request from a fork, or 'pull-requests: write' is not granted); ${FORK_HELP}`);
        }
        throw error;
    }
}


/***/ })

};
