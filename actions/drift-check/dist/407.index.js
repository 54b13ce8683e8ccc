export const id = 407;
export const ids = [407,693];
export const modules = {

/***/ 25693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);


// EXTERNAL MODULE: ./shared/dist/platform/github/github-context.js
var github_context = __webpack_require__(72525);
// EXTERNAL MODULE: ./shared/dist/platform/github/github-error.js
var github_error = __webpack_require__(42920);
// EXTERNAL MODULE: ./shared/dist/platform/github/retry-policy.js
var retry_policy = __webpack_require__(51863);
;// CONCATENATED MODULE: ./shared/dist/platform/github/client.js
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
    const retry = { ...(0,retry_policy/* defaultRetryPolicy */.ur)(), ...options.retry };
    const timeoutMs = options.timeoutMs ?? 30_000;
    const writeIntervalMs = options.writeIntervalMs ?? 1_000;
    const log = options.log ?? (() => { });
    const octokit = new Octokit({
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
        const budget = (0,retry_policy/* currentWaitBudget */.CF)();
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
                const limitWait = (0,retry_policy/* rateLimitWait */.hD)(error, retry, limitTries);
                if (limitWait !== undefined) {
                    if (limitWait > retry.maxRateLimitWaitMs || limitTries >= retry.rateLimitRetries) {
                        throw new github_error/* GitHubRateLimitError */.Rr(`GitHub: ${method} ${url} is rate limited for ${Math.ceil(limitWait / 1000)} s more`, limitWait);
                    }
                    limitTries += 1;
                    log(`GitHub rate limit on ${method} ${url}: waiting ${limitWait} ms`);
                    await retry.sleep(limitWait);
                    continue;
                }
                if (repeatable && (0,retry_policy/* isTransient */.dg)(error)) {
                    const delay = (0,retry_policy/* backoff */.JN)(retry, transientTries);
                    const reason = error.message;
                    if (transientTries < retry.retries && budget.spentMs + delay <= retry.maxWaitMs) {
                        transientTries += 1;
                        budget.spentMs += delay;
                        log(`GitHub ${method} ${url} failed (${reason}); retry in ${delay} ms`);
                        await retry.sleep(delay);
                        continue;
                    }
                    log(`GitHub ${method} ${url} failed (${reason}); giving up after ${transientTries} retries`);
                    (0,retry_policy/* markRetriesSpent */._5)(error);
                }
                throw error;
            }
        }
    });
    return { octokit, retry, apiUrl, log };
}


/***/ }),

/***/ 85001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ statusOf),
/* harmony export */   c: () => (/* binding */ converge)
/* harmony export */ });
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42920);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51863);


function converge(github, doing, step) {
    const { retry } = github;
    return (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .withWaitBudget */ .Ll)(async (budget) => {
        let reread = false;
        for (let attempt = 0;; attempt++) {
            try {
                return await step(attempt);
            }
            catch (error) {
                // Octokit's RequestError is named HttpError; anything else is not a GitHub answer.
                if ((0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error)?.name !== "HttpError")
                    throw error;
                const spent = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .wereRetriesSpent */ .cQ)(error);
                const delay = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .backoff */ .JN)(retry, attempt);
                if (!(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(error) ||
                    (spent && reread) ||
                    attempt + 1 >= retry.convergeAttempts ||
                    budget.spentMs + delay > retry.maxWaitMs) {
                    throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, doing);
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


/***/ }),

/***/ 42920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ asHttpFailure),
/* harmony export */   Dr: () => (/* binding */ GitHubTimeoutError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   cW: () => (/* binding */ GitHubConflictError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58350);

/**
 * A GitHub API call that failed after every retry the client allows. Names the call and the
 * status, and, where the status says what is wrong (a token without the permission, a missing
 * repository), how to fix it.
 */
class GitHubError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
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


/***/ }),

/***/ 51863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ currentWaitBudget),
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   Ll: () => (/* binding */ withWaitBudget),
/* harmony export */   _5: () => (/* binding */ markRetriesSpent),
/* harmony export */   cQ: () => (/* binding */ wereRetriesSpent),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   hD: () => (/* binding */ rateLimitWait),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42920);
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
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve();
        }, { once: true });
    }),
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
    const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error);
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
    const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error);
    if (!failure)
        return false;
    if (failure.response)
        return failure.status !== undefined && failure.status >= 500;
    return transportFailure(error);
}
const budgets = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
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


/***/ }),

/***/ 26670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ tokenLogin)
/* harmony export */ });
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85001);

const known = new WeakMap();
function tokenLogin(github) {
    let login = known.get(github);
    if (!login) {
        login = (0,_converge_js__WEBPACK_IMPORTED_MODULE_0__/* .converge */ .c)(github, "asking GraphQL who the token is", async () => {
            const answer = await github.octokit.graphql("query { viewer { login } }");
            return answer.viewer.login;
        });
        known.set(github, login);
        login.catch(() => known.delete(github));
    }
    return login;
}


/***/ }),

/***/ 80407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  raiseAlerts: () => (/* binding */ raiseAlerts)
});

// UNUSED EXPORTS: DISPATCH_REPORT_INPUT, DISPATCH_REPORT_LIMIT, dispatchedReport

// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(58350);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(67382);
// EXTERNAL MODULE: ./shared/dist/engine/report/truncate-markdown.js
var truncate_markdown = __webpack_require__(25328);
// EXTERNAL MODULE: ./shared/dist/platform/github/marker-key.js
var marker_key = __webpack_require__(13924);
;// CONCATENATED MODULE: ./shared/dist/platform/github/comment-body.js
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
    const note = `---\n**This report was cut to fit GitHub's limit of ${(0,group_digits/* groupDigits */.K)(limit)} characters**; ${where}.`;
    const cut = (0,truncate_markdown/* truncateMarkdown */.o)(safe, limit - marker.length - 1, "chars", note);
    return { body: `${marker}\n${cut}`, truncated: cut !== safe };
}

// EXTERNAL MODULE: ./shared/dist/platform/github/converge.js
var github_converge = __webpack_require__(85001);
// EXTERNAL MODULE: ./shared/dist/platform/github/token-identity.js
var token_identity = __webpack_require__(26670);
;// CONCATENATED MODULE: ./shared/dist/platform/github/alert-issue.js



const DEFAULT_ALERT_LABEL = "mlops-alert";
const alertMarker = (key) => markerFor("alert", key);
async function ensureLabel(github, repo, name) {
    try {
        await github.octokit.rest.issues.getLabel({ ...repo, name });
    }
    catch (error) {
        if ((0,github_converge/* statusOf */.L)(error) !== 404)
            throw error;
        try {
            await github.octokit.rest.issues.createLabel({ ...repo, name, color: "d93f0b" });
        }
        catch (createError) {
            if ((0,github_converge/* statusOf */.L)(createError) !== 422)
                throw createError; // created meanwhile
        }
    }
}
/** The open issue of the key: by its marker, its label and the token's authorship. */
async function openIssue(github, repo, label, author, marker) {
    const open = await github.octokit.paginate(github.octokit.rest.issues.listForRepo, {
        ...repo,
        state: "open",
        labels: label,
        per_page: 100,
    });
    return open.find((i) => !i.pull_request && i.user?.login === author && (i.body ?? "").startsWith(marker));
}
/**
 * The hidden markers after the key's at the top of an issue body. The content below is written
 * with its markers disarmed, so these are the ones `records` wrote, or a person's edit: what
 * they say is to be parsed strictly.
 */
function recordsOf(body) {
    // A body edited in a browser comes back with CRLF line ends.
    const lines = body.split(/\r?\n/).slice(1);
    const end = lines.findIndex((line) => !/^<!-- mlops:[^\n]*-->$/.test(line));
    return end === -1 ? lines : lines.slice(0, end);
}
/**
 * The open issue of an alert key and the records it holds, or undefined when none is open: what
 * earlier runs did while the condition has lasted.
 */
async function findAlertIssue(github, options) {
    const label = options.label ?? DEFAULT_ALERT_LABEL;
    const author = options.author ?? (await (0,token_identity/* tokenLogin */.n)(github));
    const marker = alertMarker(options.key);
    return (0,github_converge/* converge */.c)(github, `reading the '${options.key}' alert issue`, async () => {
        const found = await openIssue(github, options.repo, label, author, marker);
        return found ? { records: recordsOf(found.body ?? "") } : undefined;
    });
}
async function syncAlertIssue(github, options) {
    const { repo } = options;
    const label = options.label ?? DEFAULT_ALERT_LABEL;
    const marker = alertMarker(options.key);
    const { body } = composeBody([marker, ...(options.records ?? [])].join("\n"), options.body, {
        ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
    });
    const author = options.author ?? (await (0,token_identity/* tokenLogin */.n)(github));
    /** Marks this clearing's comment, so a retried close never comments twice. */
    const clearing = markerFor("alert-cleared", `${options.key}.${github.retry.now().toString(36)}`);
    let closing;
    return (0,github_converge/* converge */.c)(github, `syncing the '${options.key}' alert issue`, async () => {
        const existing = await openIssue(github, repo, label, author, marker);
        if (!options.active) {
            // A close whose answer was lost shows up as no open issue on the next try.
            if (!existing)
                return closing ? { action: "closed", ...closing } : { action: "none" };
            closing = { issueNumber: existing.number, url: existing.html_url };
            const where = { ...repo, issue_number: existing.number };
            const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
                ...where,
                per_page: 100,
            });
            if (!comments.some((c) => c.user?.login === author && c.body?.startsWith(clearing))) {
                const text = options.resolvedComment ?? "The condition cleared; closing.";
                await github.octokit.rest.issues.createComment({ ...where, body: `${clearing}\n${text}` });
            }
            await github.octokit.rest.issues.update({
                ...where,
                state: "closed",
                state_reason: "completed",
            });
            return { action: "closed", issueNumber: existing.number, url: existing.html_url };
        }
        if (existing) {
            if (existing.body === body && existing.title === options.title) {
                return { action: "unchanged", issueNumber: existing.number, url: existing.html_url };
            }
            const { data } = await github.octokit.rest.issues.update({
                ...repo,
                issue_number: existing.number,
                title: options.title,
                body,
            });
            return { action: "updated", issueNumber: data.number, url: data.html_url };
        }
        await ensureLabel(github, repo, label);
        const { data } = await github.octokit.rest.issues.create({
            ...repo,
            title: options.title,
            body,
            labels: [label],
        });
        return { action: "opened", issueNumber: data.number, url: data.html_url };
    });
}

// EXTERNAL MODULE: ./shared/dist/platform/github/client.js + 2 modules
var github_client = __webpack_require__(25693);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(95579);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/dist/platform/github/github-error.js
var github_error = __webpack_require__(42920);
// EXTERNAL MODULE: ./shared/dist/platform/github/github-context.js
var github_context = __webpack_require__(72525);
;// CONCATENATED MODULE: ./shared/dist/platform/github/workflow-dispatch.js
/**
 * Starting a workflow elsewhere (training on a self-hosted GPU runner) and waiting for it.
 * The dispatch carries a correlation id in its inputs; the dispatched workflow puts it in its
 * `run-name`, which is how the run is found when GitHub does not return it (older servers, or
 * an answer lost after the dispatch took effect). A lost answer is never followed by a second
 * dispatch before the first one has been looked for.
 */





const CORRELATION_INPUT = "correlation_id";
/** The run of a dispatch with this correlation id in its run-name, if it exists yet. */
async function findDispatchedRun(github, options) {
    const runs = await github.octokit.paginate(github.octokit.rest.actions.listWorkflowRuns, {
        ...options.repo,
        workflow_id: options.workflow,
        event: "workflow_dispatch",
        ...(options.since ? { created: `>=${options.since}` } : {}),
        per_page: 100,
    });
    const run = runs.find((r) => (r.display_title ?? "").includes(options.correlationId));
    return run
        ? { runId: run.id, correlationId: options.correlationId, url: run.html_url }
        : undefined;
}
/**
 * The branch or tag a dispatch from this run runs on. A workflow can only be dispatched on a
 * branch or tag, so the ref of a pull-request run (`refs/pull/7/merge`) gives way to the
 * repository's default branch, named in the event payload.
 */
async function dispatchRef(github) {
    const own = /^refs\/(?:heads|tags)\/(.+)$/.exec(github.ref ?? "")?.[1];
    if (own)
        return own;
    const payload = await (0,github_context/* readEventPayload */.N5)(github.eventPath);
    const repository = payload.repository;
    if (typeof repository?.default_branch === "string" && repository.default_branch !== "") {
        return repository.default_branch;
    }
    throw new errors/* InputError */.dz("dispatch-workflow", `a workflow cannot be dispatched on the run's ref '${github.ref ?? "(unknown)"}', and the event does not name the default branch`, "Run on a branch (push, schedule or workflow_dispatch), or set GITHUB_REF to refs/heads/<branch>");
}
/**
 * A dispatch GitHub answered 404, with the fix for a dispatch: the workflow file is what is most
 * likely missing, as the repository's other calls went through.
 */
function workflowNotFound(error, { workflow, ref }) {
    if (!(error instanceof github_error/* GitHubError */.y_) || error.status !== 404)
        return error;
    return new github_error/* GitHubError */.y_(error.message, 404, `GitHub knows no workflow file named '${workflow}' to run on '${ref}', or the token cannot see the repository: check the file's name in .github/workflows`);
}
async function dispatchWorkflow(github, options) {
    try {
        return await dispatchOnce(github, options);
    }
    catch (error) {
        throw workflowNotFound(error, options);
    }
}
/** One dispatch, and the run it started. */
async function dispatchOnce(github, options) {
    const correlationId = options.correlationId ?? (0,external_node_crypto_.randomUUID)();
    const since = new Date(github.retry.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const find = () => findDispatchedRun(github, { ...options, correlationId, since });
    let dispatched = false;
    return (0,github_converge/* converge */.c)(github, `dispatching workflow '${options.workflow}'`, async () => {
        if (dispatched) {
            // The last dispatch may have taken effect: look for its run before dispatching again.
            for (let i = 0; i < (options.findAttempts ?? 3); i++) {
                const run = await find();
                if (run)
                    return run;
                await github.retry.sleep(2_000 * (i + 1));
            }
        }
        dispatched = true;
        // Octokit's types predate `return_run_details`; GitHub answers 200 with the run when it can.
        const answer = (await github.octokit.rest.actions.createWorkflowDispatch({
            ...options.repo,
            workflow_id: options.workflow,
            ref: options.ref,
            inputs: { ...options.inputs, [CORRELATION_INPUT]: correlationId },
            return_run_details: true,
        }));
        const details = answer.data;
        if (answer.status === 200 && details?.workflow_run_id) {
            return { runId: details.workflow_run_id, correlationId, url: details.html_url ?? "" };
        }
        for (let i = 0; i < (options.findAttempts ?? 3); i++) {
            const run = await find();
            if (run)
                return run;
            await github.retry.sleep(2_000 * (i + 1));
        }
        throw new github_error/* GitHubTimeoutError */.Dr(`the run of workflow '${options.workflow}' (correlation id ${correlationId}) did not appear`, `Give the workflow 'run-name: \${{ inputs.${CORRELATION_INPUT} }}' so its run can be found`);
    });
}
/**
 * Polls a run until it completes, backing off from `pollMs` by half again each time up to
 * `maxPollMs`: no jitter, as one client polls one run. Times out with a GitHubTimeoutError; an
 * aborted `signal` ends the wait at once with the signal's reason.
 */
async function waitForRun(github, options) {
    const { signal } = options;
    const deadline = github.retry.now() + options.timeoutMs;
    let delay = options.pollMs ?? 5_000;
    for (;;) {
        signal?.throwIfAborted();
        const { data } = await converge(github, `reading run ${options.runId}`, () => github.octokit.rest.actions.getWorkflowRun({ ...options.repo, run_id: options.runId }));
        const outcome = {
            runId: data.id,
            status: data.status ?? "",
            conclusion: data.conclusion,
            url: data.html_url,
        };
        if (data.status === "completed")
            return outcome;
        if (github.retry.now() + delay > deadline) {
            throw new GitHubTimeoutError(`run ${outcome.url} did not complete within ${Math.round(options.timeoutMs / 1000)} s (last status: ${outcome.status})`, "Raise the timeout, or check the runner that should pick the job up");
        }
        await github.retry.sleep(delay, signal);
        delay = Math.min(Math.ceil(delay * 1.5), options.maxPollMs ?? 60_000);
    }
}
/**
 * Asks GitHub to cancel a run (`actions: write`); GitHub then stops its jobs as a person's
 * cancel would. A run that completed meanwhile is left as it is: `completed` says so.
 */
function cancelRun(github, options) {
    return converge(github, `cancelling run ${options.runId}`, async () => {
        try {
            await github.octokit.rest.actions.cancelWorkflowRun({
                ...options.repo,
                run_id: options.runId,
            });
            return "cancelling";
        }
        catch (error) {
            // 409: "Cannot cancel a workflow run that is completed."
            if (statusOf(error) === 409)
                return "completed";
            throw error;
        }
    });
}

// EXTERNAL MODULE: ./shared/dist/use-cases/drift-check/column-name.js
var column_name = __webpack_require__(65625);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-alerts.js







/** GitHub caps all dispatch inputs together at 65,535 characters; room is kept for the others. */
const DISPATCH_REPORT_LIMIT = 60_000;
/** The input of the retraining workflow that receives the report. */
const DISPATCH_REPORT_INPUT = "drift_report";
/**
 * The report as the retraining workflow receives it: whole when it fits; else without the
 * distributions; else the dataset verdict and where the whole report is (the run's page).
 */
function dispatchedReport(report, runUrl) {
    const whole = JSON.stringify(report);
    if (whole.length <= DISPATCH_REPORT_LIMIT)
        return whole;
    const lean = JSON.stringify({
        ...report,
        columns: report.columns.map((c) => ({ ...c, distribution: null })),
    });
    if (lean.length <= DISPATCH_REPORT_LIMIT)
        return lean;
    return JSON.stringify({
        schema: report.schema,
        dataset: report.dataset,
        run_url: runUrl ?? null,
    });
}
/** The label of drift issues. */
const DRIFT_LABEL = "drift";
/** The issue's record that the episode's retraining was dispatched, as the run it started. */
const DISPATCHED_KIND = "retraining-dispatched";
const dispatchedRecord = (runId) => markerFor(DISPATCHED_KIND, String(runId));
/**
 * The run of the episode's dispatch that an issue records, if one succeeded. The issue body can
 * be edited by hand: only a record of exactly this form, a run id of digits, is taken.
 */
function recordedRun(records) {
    const form = new RegExp(`^<!-- mlops:${DISPATCHED_KIND} key=(\\d{1,15}) -->$`);
    const id = records.map((record) => form.exec(record)?.[1]).find((found) => found !== undefined);
    return id === undefined ? undefined : Number(id);
}
/** The issue's line on the retraining, for whoever reads the issue rather than the run. */
function retrainingNote(retraining, github) {
    const { owner, repo } = github.repo;
    switch (retraining.kind) {
        case "dispatched":
            return `Retraining dispatched on ${(0,sanitize_markdown/* codeSpan */.SS)(retraining.ref)}: ${retraining.url}`;
        case "earlier":
            return `Retraining was dispatched earlier in this drift episode, and is not dispatched again while it lasts: ${github.serverUrl}/${owner}/${repo}/actions/runs/${retraining.runId}`;
        case "failed":
            return `**Retraining not dispatched**: ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(retraining.line)}. The next check that finds drift tries again.`;
    }
}
/**
 * Keeps the drift issue of the key in step with the verdict, with the retraining's line and,
 * once a dispatch succeeded, its record.
 */
async function syncIssue(request, client, key, retraining, links) {
    const { github, report } = request;
    const runLink = github.runUrl ? `\n\n[The run that checked](${github.runUrl})` : "";
    const note = retraining ? `\n\n${retrainingNote(retraining, github)}` : "";
    const runId = retraining?.kind === "failed" ? undefined : retraining?.runId;
    const result = await syncAlertIssue(client, {
        repo: github.repo,
        key,
        active: report.dataset.drifted,
        title: `Drift detected: ${key}`,
        body: `${request.summary}${note}${runLink}`,
        ...(runId === undefined ? {} : { records: [dispatchedRecord(runId)] }),
        resolvedComment: `Drift cleared: ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)((0,column_name/* shownNames */.kA)(report.dataset.drifted_columns) || "no column drifts")} (share ${report.dataset.share}).${runLink}`,
        label: DRIFT_LABEL,
        ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
    });
    if (result.url)
        links.push(`Drift issue ${result.action}: ${result.url}`);
    request.log(`drift issue: ${result.action}${result.issueNumber ? ` #${result.issueNumber}` : ""}`);
}
/** Triggers the retraining workflow with the report as its `drift_report` input. */
async function dispatchRetraining(request, client, workflow) {
    const { github, report } = request;
    const ref = await dispatchRef(github);
    const run = await dispatchWorkflow(client, {
        repo: github.repo,
        workflow,
        ref,
        inputs: { [DISPATCH_REPORT_INPUT]: dispatchedReport(report, github.runUrl) },
    });
    request.log(`dispatched ${workflow} on ${ref}: run ${run.runId}`);
    return { kind: "dispatched", runId: run.runId, url: run.url, ref };
}
/**
 * Acts on the verdict on GitHub: keeps the drift issue of the key in step with it (opened while
 * drift lasts, updated, closed when it clears), and on drift triggers the retraining workflow.
 * With an issue, a dispatch succeeds once per drift episode: the open issue records the run it
 * started, and the episode's later runs dispatch only while none has succeeded (the issue says
 * that one failed). Without an issue, or when the issue cannot be read, each run on drift
 * dispatches. Each alert that fails is reported in `failures` and does not stop the other.
 */
async function raiseAlerts(request) {
    const { github, report, issue, dispatch } = request;
    const links = [];
    const failures = [];
    /**
     * Runs one alert; a failure a user can act on is kept as a line (and gives its line), a bug
     * still throws.
     */
    const attempt = async (what, act) => {
        try {
            return { done: await act() };
        }
        catch (error) {
            if (!(error instanceof errors/* MlopsError */.IC))
                throw error;
            failures.push(`${what} failed: ${error.line}`);
            return { failed: error.line };
        }
    };
    const client = (0,github_client.createGitHubClient)({
        token: github.token,
        apiUrl: github.apiUrl,
        log: request.log,
    });
    const retrain = dispatch !== undefined && report.dataset.drifted;
    // The episode's open issue is read first, for whether its retraining was dispatched already.
    const found = issue && retrain
        ? await attempt("the drift issue", () => findAlertIssue(client, { repo: github.repo, key: issue.key, label: DRIFT_LABEL }))
        : undefined;
    const earlier = found && "done" in found ? recordedRun(found.done?.records ?? []) : undefined;
    let retraining;
    if (earlier !== undefined) {
        retraining = { kind: "earlier", runId: earlier };
        links.push(retrainingNote(retraining, github));
        request.log(`retraining not dispatched again: run ${earlier} was dispatched earlier in this drift episode`);
    }
    else if (retrain) {
        const outcome = await attempt("the retraining dispatch", () => dispatchRetraining(request, client, dispatch.workflow));
        retraining = "done" in outcome ? outcome.done : { kind: "failed", line: outcome.failed };
        if ("done" in outcome)
            links.push(retrainingNote(outcome.done, github));
    }
    // An inconclusive run without drift (a day without traffic) says nothing of drift: the issue
    // of an episode stays open, and none is opened.
    const silent = report.dataset.inconclusive && !report.dataset.drifted;
    if (issue && silent)
        request.log("drift issue: left as it is, the run being inconclusive");
    // An issue that could not be read is not written either: its one failure says why.
    if (issue && !silent && !(found && "failed" in found))
        await attempt("the drift issue", () => syncIssue(request, client, issue.key, retraining, links));
    return { links, failures };
}


/***/ })

};
