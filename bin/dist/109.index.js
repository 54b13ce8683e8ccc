export const id = 109;
export const ids = [109];
export const modules = {

/***/ 6101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readRunArtifactJson)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(321);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/**
 * One JSON file from an artifact that another run uploaded: a fork's report, a dispatched
 * training run's record. Nothing in it is trusted. An artifact listed as larger than `maxBytes`
 * is not downloaded; one that would unpack to more (a zip bomb) is refused by the store's zip
 * reader before it does, and measured again here for a store that copies files instead. The
 * file must be a regular file: a link in the artifact must not make it some other file of this
 * machine.
 */



/** The bytes of every file under `dir`, however deep. */
async function extractedBytes(dir) {
    const entries = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readdir */ .Cy)(dir, { recursive: true, withFileTypes: true });
    const sizes = await Promise.all(entries
        .filter((e) => e.isFile())
        .map(async (e) => (await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .stat */ .dJ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(e.parentPath, e.name))).size));
    return sizes.reduce((a, b) => a + b, 0);
}
/** The path of the file asked for, checked to be a regular file. */
async function fileIn(dir, request) {
    if (request.file !== undefined) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, request.file);
        // lstat: a link is not followed.
        if (!(await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .lstat */ .$1)(file).catch(() => undefined))?.isFile()) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${request.name}' has no ${request.file}`);
        }
        return file;
    }
    const entries = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readdir */ .Cy)(dir, { withFileTypes: true });
    if (entries.length !== 1 || !entries[0].isFile()) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${request.name}' holds ${entries.length} entries, not the one file of ${request.what}`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, entries[0].name);
}
/** Downloads the artifact of another run and parses its file as JSON, within the bounds. */
async function readRunArtifactJson(store, request) {
    const { from, name, maxBytes, what } = request;
    const artifact = (await store.list(from)).find((a) => a.name === name);
    if (!artifact) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`run ${from.runId} has no artifact '${name}'`, request.missingFix);
    }
    if (artifact.size > maxBytes) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${name}' is ${artifact.size} bytes, more than the ${maxBytes} ${what} can be; not downloaded`);
    }
    const dir = await store.download(artifact, request.workDir, from, maxBytes);
    const extracted = await extractedBytes(dir);
    if (extracted > maxBytes) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${name}' unpacks to ${extracted} bytes, more than the ${maxBytes} ${what} can be`);
    }
    const file = await fileIn(dir, request);
    try {
        return JSON.parse(await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readFile */ .TA)(file, "utf8"));
    }
    catch {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${request.file ?? "the file"} in artifact '${name}' is not JSON`);
    }
}


/***/ }),

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

/***/ 109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dispatchRun: () => (/* binding */ dispatchRun)
/* harmony export */ });
/* unused harmony export RECORD_MAX_BYTES */
/* harmony import */ var _engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(321);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_contracts_report_file_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1418);
/* harmony import */ var _engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(781);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2579);
/* harmony import */ var _engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9619);
/* harmony import */ var _engine_process_cancel_signals_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3649);
/* harmony import */ var _engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5579);
/* harmony import */ var _platform_artifacts_read_run_artifact_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6101);
/* harmony import */ var _platform_github_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5143);
/* harmony import */ var _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2920);
/* harmony import */ var _platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7148);
/* harmony import */ var _record_outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4653);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7434);
/* harmony import */ var _engine_contracts_run_record_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4891);
/**
 * train-run's dispatch mode: training on other runners (self-hosted GPU runners), started from a
 * job on a hosted runner. The training workflow is dispatched with a correlation id, which it
 * puts in its run-name (how its run is found where GitHub does not return it) and passes to its
 * own train-run step, which uploads the run record alone under a name made of that id. This step
 * waits for the run, cancelling it when the wait times out or this step is cancelled, then
 * fetches the record, checks that it is that run's, and gives the outputs local mode gives.
 */

















/** The largest run record fetched: metric histories of a long run, far below a model's size. */
const RECORD_MAX_BYTES = 64 * 1024 * 1024;
/**
 * How often the run of a dispatch whose answer carried no run id (lost, or from a server without
 * `return_run_details`) is looked for by its run-name: about 30 s in all, where GitHub lists a
 * new run within seconds.
 */
const FIND_ATTEMPTS = 5;
const CORRELATION_FIX = `Give the dispatched workflow's train-run step correlation-id set to its ${_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .CORRELATION_INPUT */ .YN} input`;
/** A dispatch GitHub refused, said in terms of dispatch-workflow. */
function refusedDispatch(error, request, ref, repo) {
    if (!(error instanceof _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubError */ .y_))
        return error;
    if (error.status === 404)
        return new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz("dispatch-workflow", `${repo.owner}/${repo.repo} has no workflow '${request.workflow}' on '${ref}' (HTTP 404)`, "Give the file name of a workflow under .github/workflows that exists on dispatch-ref, such as train-gpu.yml");
    if (error.status === 422)
        return new _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubError */ .y_(error.message, 422, `The workflow needs on: workflow_dispatch with a ${_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .CORRELATION_INPUT */ .YN} input, and an input for each of dispatch-inputs`);
    if (error instanceof _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubTimeoutError */ .Dr)
        return new _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubTimeoutError */ .Dr(`${error.message}, so it could be neither followed nor cancelled`, `Give the workflow 'run-name: train \${{ inputs.${_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .CORRELATION_INPUT */ .YN} }}' so its run can be found`);
    return error;
}
/** Dispatches the workflow and finds its run. */
async function dispatch(request, context) {
    const { github } = context;
    const token = request.token ?? github.token;
    if (!github.repo || !token)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz("github-token", "dispatch mode needs the repository (GITHUB_REPOSITORY) and a token", "Keep github-token's default, the workflow token, with permissions actions: write");
    const client = (0,_platform_github_client_js__WEBPACK_IMPORTED_MODULE_5__.createGitHubClient)({
        token,
        apiUrl: github.apiUrl,
        log: context.log,
        ...(context.clock ? { retry: context.clock } : {}),
    });
    const ref = request.ref ?? (await (0,_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .dispatchRef */ .Km)(github));
    context.acting?.();
    try {
        const run = await (0,_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .dispatchWorkflow */ ["in"])(client, {
            repo: github.repo,
            workflow: request.workflow,
            ref,
            inputs: request.inputs,
            findAttempts: FIND_ATTEMPTS,
        });
        context.log(`train-run: dispatched ${request.workflow} on ${ref}: ${run.url} (correlation id ${run.correlationId})`);
        return { client, repo: github.repo, token, run };
    }
    catch (error) {
        throw refusedDispatch(error, request, ref, github.repo);
    }
}
/** Cancels the dispatched run, and says how that went in words for an error line. */
async function cancelDispatched(dispatched, context) {
    const { client, repo, run } = dispatched;
    try {
        const state = await (0,_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelRun */ .Su)(client, { repo, runId: run.runId });
        context.log(`train-run: cancelling ${run.url}: ${state}`);
        return state === "completed" ? "it had completed meanwhile" : "it was cancelled";
    }
    catch (error) {
        if (!(error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC))
            throw error;
        return `cancelling it failed (${error.line}): cancel it at ${run.url}`;
    }
}
/**
 * Waits for the run to complete. A wait that ends otherwise (the timeout, this step cancelled,
 * GitHub unreachable) cancels the run first: nothing is left training for no one.
 */
async function follow(dispatched, request, context, signal) {
    const { client, repo, run } = dispatched;
    try {
        return await (0,_platform_github_workflow_dispatch_js__WEBPACK_IMPORTED_MODULE_2__/* .waitForRun */ .Cs)(client, { repo, runId: run.runId, timeoutMs: request.waitMs, signal });
    }
    catch (error) {
        if (!(error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC))
            throw error;
        const cancelled = await cancelDispatched(dispatched, context);
        if (error instanceof _engine_process_cancel_signals_js__WEBPACK_IMPORTED_MODULE_6__/* .CancelledError */ .cc)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`${error.message} while it waited for ${run.url}; ${cancelled}`);
        if (error instanceof _platform_github_github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubTimeoutError */ .Dr)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`${error.message}; ${cancelled}`, "Raise wait-timeout, or check that a runner with the job's runs-on labels is online");
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`${error.message}; waiting for ${run.url} stopped, and ${cancelled}`);
    }
}
/** The run record the dispatched run uploaded, checked to be that run's. */
async function fetchRecord(store, dispatched) {
    const { run, repo, token } = dispatched;
    const name = (0,_record_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .recordArtifactName */ .N8)(run.correlationId);
    const workDir = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .mkdtemp */ .jV)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), "mlops-run-record-"));
    try {
        const value = await (0,_platform_artifacts_read_run_artifact_js__WEBPACK_IMPORTED_MODULE_9__/* .readRunArtifactJson */ ._)(store, {
            from: { token, runId: run.runId, ...repo },
            name,
            maxBytes: RECORD_MAX_BYTES,
            what: "a run record",
            workDir,
            missingFix: CORRELATION_FIX,
        });
        const record = (0,_engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .validateContract */ .T7)(_engine_contracts_run_record_js__WEBPACK_IMPORTED_MODULE_11__/* .runRecordContract */ .r, value, `artifact '${name}'`);
        const { correlation_id: correlationId, run_id: runId } = record.github;
        if (correlationId !== run.correlationId || runId !== run.runId)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`artifact '${name}' holds the record of another run (run ${runId}, correlation id ${correlationId ?? "none"}), not of run ${run.runId} (correlation id ${run.correlationId})`, CORRELATION_FIX);
        return record;
    }
    finally {
        await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_8__.rm)(workDir, { recursive: true, force: true });
    }
}
/** The record of a run that did not succeed, if it left one: then the outputs say more. */
async function recordOfFailedRun(store, dispatched, outcome) {
    try {
        return await fetchRecord(store, dispatched);
    }
    catch (error) {
        if (!(error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC))
            throw error;
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`train-run: the dispatched run ${outcome.url} concluded ${outcome.conclusion}, and left no run record (${error.message})`, "Open the run's log for why it failed");
    }
}
/** The outputs, summary and verdict of a completed run, from its record. */
function result(record, outcome, request, context) {
    (0,_engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_12__/* .writeFilesAtomic */ .aV)([(0,_engine_contracts_report_file_js__WEBPACK_IMPORTED_MODULE_13__/* .reportFile */ .r)(_engine_contracts_run_record_js__WEBPACK_IMPORTED_MODULE_11__/* .runRecordContract */ .r, record, request.recordPath)]);
    const succeeded = outcome.conclusion === "success";
    const why = record.error ? `: ${record.error}` : "";
    const failure = succeeded
        ? record.error && `train-run ${record.status}${why}`
        : `train-run ${record.status}: the dispatched run ${outcome.url} concluded ${outcome.conclusion}${why}`;
    return {
        outputs: (0,_record_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .recordOutputs */ .QS)(record, (0,_engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_14__/* .displayPath */ .G)(context.cwd, request.recordPath)),
        summary: `${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_15__/* .renderSummary */ .B)(record)}\nTrained in [the dispatched run](${outcome.url}), which concluded ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_16__/* .sanitizeMarkdown */ .LO)(outcome.conclusion ?? "")}.\n`,
        failure: failure && request.failStep ? failure : undefined,
    };
}
/**
 * Dispatch mode. SIGINT and SIGTERM (the runner cancelling this step) and SIGHUP (a closed
 * terminal) are held from the dispatch on: the run is cancelled before this step ends.
 */
async function dispatchRun(request, context) {
    const store = context.artifactStore?.();
    if (!store)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC("train-run's dispatch mode runs as a step of a GitHub Actions job only: it fetches the dispatched run's record with the runner's artifact client", "Outside a workflow, start the training workflow with gh workflow run, or train here without dispatch-workflow");
    const held = (0,_engine_process_cancel_signals_js__WEBPACK_IMPORTED_MODULE_6__/* .abortOnSignals */ .PB)();
    try {
        const dispatched = await dispatch(request, context);
        const outcome = await follow(dispatched, request, context, held.signal);
        context.log(`train-run: ${outcome.url} concluded ${outcome.conclusion}`);
        const record = outcome.conclusion === "success"
            ? await fetchRecord(store, dispatched)
            : await recordOfFailedRun(store, dispatched, outcome);
        return result(record, outcome, request, context);
    }
    finally {
        held.release();
    }
}


/***/ })

};
