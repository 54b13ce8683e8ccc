export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(891);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2920);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1863);
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
    const apiUrl = (options.apiUrl ?? _github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, "");
    const retry = { ...(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRetryPolicy */ .ur)(), ...options.retry };
    const timeoutMs = options.timeoutMs ?? 30_000;
    const writeIntervalMs = options.writeIntervalMs ?? 1_000;
    const log = options.log ?? (() => { });
    const octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E({
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
        const budget = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .currentWaitBudget */ .CF)();
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
                const limitWait = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .rateLimitWait */ .hD)(error, retry, limitTries);
                if (limitWait !== undefined) {
                    if (limitWait > retry.maxRateLimitWaitMs || limitTries >= retry.rateLimitRetries) {
                        throw new _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRateLimitError */ .Rr(`GitHub: ${method} ${url} is rate limited for ${Math.ceil(limitWait / 1000)} s more`, limitWait);
                    }
                    limitTries += 1;
                    log(`GitHub rate limit on ${method} ${url}: waiting ${limitWait} ms`);
                    await retry.sleep(limitWait);
                    continue;
                }
                if (repeatable && (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error)) {
                    const delay = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoff */ .JN)(retry, transientTries);
                    const reason = error.message;
                    if (transientTries < retry.retries && budget.spentMs + delay <= retry.maxWaitMs) {
                        transientTries += 1;
                        budget.spentMs += delay;
                        log(`GitHub ${method} ${url} failed (${reason}); retry in ${delay} ms`);
                        await retry.sleep(delay);
                        continue;
                    }
                    log(`GitHub ${method} ${url} failed (${reason}); giving up after ${transientTries} retries`);
                    (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .markRetriesSpent */ ._5)(error);
                }
                throw error;
            }
        }
    });
    return { octokit, retry, apiUrl, log };
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishComment: () => (/* binding */ publishComment)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5143);
/* harmony import */ var _comment_blocker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5620);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2920);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95);
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6855);
/**
 * Posts a report as the sticky comment of the run's pull request, or says why it could not: no
 * token, no repository, no pull request for this event, or a token that may not write (a fork's
 * pull request). `auto` turns those into a reason the caller shows in the job summary;
 * `always` turns them into an error.
 */






const FORK_HELP = "see docs/fork-pull-requests.md for the two-workflow pattern";
async function publishComment(context, options) {
    const skip = (reason) => (0,_comment_blocker_js__WEBPACK_IMPORTED_MODULE_0__/* .notPosted */ .n)(options.mode, reason);
    const { token, repo } = context;
    const blocker = (0,_comment_blocker_js__WEBPACK_IMPORTED_MODULE_0__/* .commentBlocker */ .Q)(context, options.mode);
    if (blocker !== undefined || !token || !repo)
        return skip(blocker ?? "no token or repository");
    const github = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({
        token,
        apiUrl: context.apiUrl,
        ...(options.log ? { log: options.log } : {}),
    });
    let number;
    try {
        const pull = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePullRequest */ .D)(github, {
            repo,
            eventName: context.eventName,
            payload: await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(context.eventPath),
        });
        if (!pull)
            return skip(`no pull request belongs to this ${context.eventName ?? "run"} event`);
        number = pull.number;
        const result = await (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .upsertStickyComment */ .q)(github, {
            repo,
            issueNumber: pull.number,
            key: options.key,
            body: options.body,
            ...(context.runUrl ? { fullReportUrl: context.runUrl } : {}),
        });
        return { posted: true, url: result.url, action: result.action };
    }
    catch (error) {
        if (error instanceof _github_error_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubRateLimitError */ .Rr) {
            const minutes = Math.ceil(error.retryAfterMs / 60_000);
            return skip(`the token's GitHub API rate limit is spent for about ${minutes} min more; run again after it resets, or use a token with a higher limit`);
        }
        if (error instanceof _github_error_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubError */ .y_ && error.status === 403) {
            return skip(`the token may not write comments here (a pull request from a fork, or 'pull-requests: write' is not granted); ${FORK_HELP}`);
        }
        if (error instanceof _github_error_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubError */ .y_ && error.status === 404) {
            const what = number === undefined ? "the pull request" : `pull request #${number}`;
            return skip(`GitHub answered 404 for ${what} of ${repo.owner}/${repo.repo}: it is not there, or the token cannot see it (a token of another repository, or 'pull-requests: write' is not granted)`);
        }
        throw error;
    }
}


/***/ })

};
