export const id = 414;
export const ids = [414];
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

/***/ 6414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentFromForkRun: () => (/* binding */ commentFromForkRun)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_contracts_eval_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4597);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(321);
/* harmony import */ var _engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9619);
/* harmony import */ var _platform_github_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5143);
/* harmony import */ var _platform_github_fork_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9503);
/* harmony import */ var _platform_github_github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2525);
/* harmony import */ var _engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5579);
/* harmony import */ var _engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2579);
/* harmony import */ var _post_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8361);
/* harmony import */ var _render_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2217);













/** Where the comment's numbers come from: the fork's run, not this repository's evaluation. */
function provenance(run) {
    const where = run.html_url ? `[run ${run.id}](${run.html_url})` : `run ${run.id}`;
    const commit = (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(String(run.head_sha ?? "").slice(0, 12));
    return `\n> Reported by the pull request's own ${where} for commit ${commit}: the fork's numbers, not evaluated again by this repository.\n`;
}
/**
 * `comment: from-fork-run`, the `workflow_run` half of the two-workflow pattern: the report that
 * eval-gate uploaded in a fork's pull_request run is downloaded, checked against its schema and
 * commented on the pull request, which is found through the API (docs/fork-pull-requests.md).
 */
async function commentForkReport(inputs, context) {
    const { github } = context;
    if (github.eventName !== "workflow_run") {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("comment", `from-fork-run comments the report of the run that started this one, but this run's event is ${github.eventName ?? "none"}`, "Use it in a workflow that starts on workflow_run after the pull request's workflow");
    }
    if (!inputs.token || !github.repo) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("github-token", "from-fork-run needs a token and the repository");
    }
    const store = context.artifactStore?.();
    if (!store) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlopsError */ .IC("comment: from-fork-run needs the runner's artifact service to download the report", "Run it as a step of a GitHub Actions job");
    }
    const payload = await (0,_platform_github_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventPayload */ .N5)(github.eventPath);
    const run = (payload.workflow_run ?? {});
    // Cut as the sticky comment cuts it, so that the comment file is the body posted.
    const render = (report) => (0,_post_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .commentAsPosted */ .Rc)(`${(0,_render_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .renderComment */ .w)(report)}${provenance(run)}`, inputs.key, github.runUrl);
    const workDir = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_7__/* .mkdtemp */ .jV)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), "mlops-fork-report-"));
    try {
        const commented = await (0,_platform_github_fork_report_js__WEBPACK_IMPORTED_MODULE_8__/* .commentFromForkReport */ .MH)((0,_platform_github_client_js__WEBPACK_IMPORTED_MODULE_9__.createGitHubClient)({ token: inputs.token, apiUrl: github.apiUrl, log: context.log }), store, {
            repo: github.repo,
            payload,
            token: inputs.token,
            artifactName: (0,_platform_github_fork_report_js__WEBPACK_IMPORTED_MODULE_8__/* .forkReportArtifactName */ .uF)(inputs.key),
            contract: _engine_contracts_eval_report_js__WEBPACK_IMPORTED_MODULE_10__/* .evalReportContract */ .p,
            render,
            key: inputs.key,
            workDir,
            ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
        });
        if (!commented) {
            return {
                summary: "eval-gate: nothing to comment. The run that started this one was not a pull request's from a fork, or its pull request has moved past that commit.\n",
                url: "",
            };
        }
        (0,_engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_11__/* .writeFileAtomic */ .Zf)(inputs.commentPath, commented.body);
        const { url, action } = commented.comment;
        return {
            summary: `${commented.body}\n[This comment on the pull request](${url}) (${action}).\n`,
            url,
        };
    }
    finally {
        await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_7__.rm)(workDir, { recursive: true, force: true });
    }
}
/**
 * eval-gate with `comment: from-fork-run`. The report is the fork's own claim: nothing of it
 * becomes an output a later step could trust (a verdict to gate on, a report to promote with);
 * only the comment is made.
 */
async function commentFromForkRun(inputs, context) {
    const commentPath = inputs["comment-path"];
    const { summary, url } = await commentForkReport({
        key: inputs["comment-key"],
        token: inputs["github-token"] ?? context.github.token,
        commentPath,
    }, context);
    return {
        outputs: {
            verdict: "",
            passed: "",
            "failed-metrics": "",
            regressions: "",
            "inconclusive-metrics": "",
            "report-path": "",
            "comment-path": url ? (0,_engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_12__/* .displayPath */ .G)(context.cwd, commentPath) : "",
            "comment-url": url,
        },
        summary,
    };
}


/***/ })

};
