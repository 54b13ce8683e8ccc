export const id = 259;
export const ids = [259];
export const modules = {

/***/ 45259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchRun: () => (/* binding */ dispatchRun)
});

// UNUSED EXPORTS: RECORD_MAX_BYTES

// EXTERNAL MODULE: ./shared/dist/engine/files/async-fs.js
var async_fs = __webpack_require__(70321);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(11418);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 5 modules
var validate = __webpack_require__(23282);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(58350);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(22579);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js
var write_output = __webpack_require__(10778);
// EXTERNAL MODULE: ./shared/dist/engine/process/cancel-signals.js
var cancel_signals = __webpack_require__(13649);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(95579);
;// CONCATENATED MODULE: ./shared/dist/platform/artifacts/read-run-artifact.js
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
    const entries = await (0,async_fs/* readdir */.Cy)(dir, { recursive: true, withFileTypes: true });
    const sizes = await Promise.all(entries
        .filter((e) => e.isFile())
        .map(async (e) => (await (0,async_fs/* stat */.dJ)((0,external_node_path_.join)(e.parentPath, e.name))).size));
    return sizes.reduce((a, b) => a + b, 0);
}
/** The path of the file asked for, checked to be a regular file. */
async function fileIn(dir, request) {
    if (request.file !== undefined) {
        const file = (0,external_node_path_.join)(dir, request.file);
        // lstat: a link is not followed.
        if (!(await (0,async_fs/* lstat */.$1)(file).catch(() => undefined))?.isFile()) {
            throw new errors/* MlopsError */.IC(`artifact '${request.name}' has no ${request.file}`);
        }
        return file;
    }
    const entries = await (0,async_fs/* readdir */.Cy)(dir, { withFileTypes: true });
    if (entries.length !== 1 || !entries[0].isFile()) {
        throw new errors/* MlopsError */.IC(`artifact '${request.name}' holds ${entries.length} entries, not the one file of ${request.what}`);
    }
    return (0,external_node_path_.join)(dir, entries[0].name);
}
/** Downloads the artifact of another run and parses its file as JSON, within the bounds. */
async function readRunArtifactJson(store, request) {
    const { from, name, maxBytes, what } = request;
    const artifact = (await store.list(from)).find((a) => a.name === name);
    if (!artifact) {
        throw new errors/* MlopsError */.IC(`run ${from.runId} has no artifact '${name}'`, request.missingFix);
    }
    if (artifact.size > maxBytes) {
        throw new errors/* MlopsError */.IC(`artifact '${name}' is ${artifact.size} bytes, more than the ${maxBytes} ${what} can be; not downloaded`);
    }
    const dir = await store.download(artifact, request.workDir, from, maxBytes);
    const extracted = await extractedBytes(dir);
    if (extracted > maxBytes) {
        throw new errors/* MlopsError */.IC(`artifact '${name}' unpacks to ${extracted} bytes, more than the ${maxBytes} ${what} can be`);
    }
    const file = await fileIn(dir, request);
    try {
        return JSON.parse(await (0,async_fs/* readFile */.TA)(file, "utf8"));
    }
    catch {
        throw new errors/* MlopsError */.IC(`${request.file ?? "the file"} in artifact '${name}' is not JSON`);
    }
}

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

// EXTERNAL MODULE: ./shared/dist/platform/github/workflow-dispatch.js + 1 modules
var workflow_dispatch = __webpack_require__(58804);
// EXTERNAL MODULE: ./shared/dist/use-cases/train-run/record-outputs.js + 1 modules
var record_outputs = __webpack_require__(62689);
// EXTERNAL MODULE: ./shared/dist/use-cases/train-run/render-summary.js + 2 modules
var render_summary = __webpack_require__(17353);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/run-record.js + 1 modules
var run_record = __webpack_require__(84891);
;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/dispatch-run.js
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
const CORRELATION_FIX = `Give the dispatched workflow's train-run step correlation-id set to its ${workflow_dispatch/* CORRELATION_INPUT */.YN} input`;
/** A dispatch GitHub refused, said in terms of dispatch-workflow. */
function refusedDispatch(error, request, ref, repo) {
    if (!(error instanceof github_error/* GitHubError */.y_))
        return error;
    if (error.status === 404)
        return new errors/* InputError */.dz("dispatch-workflow", `${repo.owner}/${repo.repo} has no workflow '${request.workflow}' on '${ref}' (HTTP 404)`, "Give the file name of a workflow under .github/workflows that exists on dispatch-ref, such as train-gpu.yml");
    if (error.status === 422)
        return new github_error/* GitHubError */.y_(error.message, 422, `The workflow needs on: workflow_dispatch with a ${workflow_dispatch/* CORRELATION_INPUT */.YN} input, and an input for each of dispatch-inputs`);
    if (error instanceof github_error/* GitHubTimeoutError */.Dr)
        return new github_error/* GitHubTimeoutError */.Dr(`${error.message}, so it could be neither followed nor cancelled`, `Give the workflow 'run-name: train \${{ inputs.${workflow_dispatch/* CORRELATION_INPUT */.YN} }}' so its run can be found`);
    return error;
}
/** Dispatches the workflow and finds its run. */
async function dispatch(request, context) {
    const { github } = context;
    const token = request.token ?? github.token;
    if (!github.repo || !token)
        throw new errors/* InputError */.dz("github-token", "dispatch mode needs the repository (GITHUB_REPOSITORY) and a token", "Keep github-token's default, the workflow token, with permissions actions: write");
    const client = createGitHubClient({
        token,
        apiUrl: github.apiUrl,
        log: context.log,
        ...(context.clock ? { retry: context.clock } : {}),
    });
    const ref = request.ref ?? (await (0,workflow_dispatch/* dispatchRef */.Km)(github));
    context.acting?.();
    try {
        const run = await (0,workflow_dispatch/* dispatchWorkflow */["in"])(client, {
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
        const state = await (0,workflow_dispatch/* cancelRun */.Su)(client, { repo, runId: run.runId });
        context.log(`train-run: cancelling ${run.url}: ${state}`);
        return state === "completed" ? "it had completed meanwhile" : "it was cancelled";
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
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
        return await (0,workflow_dispatch/* waitForRun */.Cs)(client, { repo, runId: run.runId, timeoutMs: request.waitMs, signal });
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
            throw error;
        const cancelled = await cancelDispatched(dispatched, context);
        if (error instanceof cancel_signals/* CancelledError */.cc)
            throw new errors/* MlopsError */.IC(`${error.message} while it waited for ${run.url}; ${cancelled}`);
        if (error instanceof github_error/* GitHubTimeoutError */.Dr)
            throw new errors/* MlopsError */.IC(`${error.message}; ${cancelled}`, "Raise wait-timeout, or check that a runner with the job's runs-on labels is online");
        throw new errors/* MlopsError */.IC(`${error.message}; waiting for ${run.url} stopped, and ${cancelled}`);
    }
}
/** The run record the dispatched run uploaded, checked to be that run's. */
async function fetchRecord(store, dispatched) {
    const { run, repo, token } = dispatched;
    const name = (0,record_outputs/* recordArtifactName */.N8)(run.correlationId);
    const workDir = await (0,async_fs/* mkdtemp */.jV)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "mlops-run-record-"));
    try {
        const value = await readRunArtifactJson(store, {
            from: { token, runId: run.runId, ...repo },
            name,
            maxBytes: RECORD_MAX_BYTES,
            what: "a run record",
            workDir,
            missingFix: CORRELATION_FIX,
        });
        const record = (0,validate/* validateContract */.T7)(run_record/* runRecordContract */.r, value, `artifact '${name}'`);
        const { correlation_id: correlationId, run_id: runId } = record.github;
        if (correlationId !== run.correlationId || runId !== run.runId)
            throw new errors/* MlopsError */.IC(`artifact '${name}' holds the record of another run (run ${runId}, correlation id ${correlationId ?? "none"}), not of run ${run.runId} (correlation id ${run.correlationId})`, CORRELATION_FIX);
        return record;
    }
    finally {
        await (0,async_fs.rm)(workDir, { recursive: true, force: true });
    }
}
/** The record of a run that did not succeed, if it left one: then the outputs say more. */
async function recordOfFailedRun(store, dispatched, outcome) {
    try {
        return await fetchRecord(store, dispatched);
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
            throw error;
        throw new errors/* MlopsError */.IC(`train-run: the dispatched run ${outcome.url} concluded ${outcome.conclusion}, and left no run record (${error.message})`, "Open the run's log for why it failed");
    }
}
/** The outputs, summary and verdict of a completed run, from its record. */
function result(record, outcome, request, context) {
    (0,write_output/* writeFilesAtomic */.aV)([(0,report_file/* reportFile */.r)(run_record/* runRecordContract */.r, record, request.recordPath)]);
    const succeeded = outcome.conclusion === "success";
    const why = record.error ? `: ${record.error}` : "";
    const failure = succeeded
        ? record.error && `train-run ${record.status}${why}`
        : `train-run ${record.status}: the dispatched run ${outcome.url} concluded ${outcome.conclusion}${why}`;
    return {
        outputs: (0,record_outputs/* recordOutputs */.QS)(record, (0,display_path/* displayPath */.G)(context.cwd, request.recordPath)),
        summary: `${(0,render_summary/* renderSummary */.B)(record)}\nTrained in [the dispatched run](${outcome.url}), which concluded ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(outcome.conclusion ?? "")}.\n`,
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
        throw new errors/* MlopsError */.IC("train-run's dispatch mode runs as a step of a GitHub Actions job only: it fetches the dispatched run's record with the runner's artifact client", "Outside a workflow, start the training workflow with gh workflow run, or train here without dispatch-workflow");
    const held = (0,cancel_signals/* abortOnSignals */.PB)();
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
