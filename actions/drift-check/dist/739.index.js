export const id = 739;
export const ids = [739];
export const modules = {

/***/ 7739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  raiseAlerts: () => (/* binding */ raiseAlerts)
});

// UNUSED EXPORTS: DISPATCH_REPORT_INPUT, DISPATCH_REPORT_LIMIT, dispatchedReport

// EXTERNAL MODULE: ./shared/dist/errors.js
var errors = __webpack_require__(1107);
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

// EXTERNAL MODULE: ./shared/dist/github/github-error.js
var github_error = __webpack_require__(6670);
// EXTERNAL MODULE: ./shared/dist/github/retry-policy.js
var retry_policy = __webpack_require__(8925);
;// CONCATENATED MODULE: ./shared/dist/github/converge.js


async function converge_converge(github, doing, step) {
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

;// CONCATENATED MODULE: ./shared/dist/github/token-identity.js

const known = new WeakMap();
function tokenLogin(github) {
    let login = known.get(github);
    if (!login) {
        login = converge_converge(github, "asking GraphQL who the token is", async () => {
            const answer = await github.octokit.graphql("query { viewer { login } }");
            return answer.viewer.login;
        });
        known.set(github, login);
        login.catch(() => known.delete(github));
    }
    return login;
}

;// CONCATENATED MODULE: ./shared/dist/github/alert-issue.js



const DEFAULT_ALERT_LABEL = "mlops-alert";
const alertMarker = (key) => markerFor("alert", key);
async function ensureLabel(github, repo, name) {
    try {
        await github.octokit.rest.issues.getLabel({ ...repo, name });
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
        try {
            await github.octokit.rest.issues.createLabel({ ...repo, name, color: "d93f0b" });
        }
        catch (createError) {
            if (statusOf(createError) !== 422)
                throw createError; // created meanwhile
        }
    }
}
async function syncAlertIssue(github, options) {
    const { repo } = options;
    const label = options.label ?? DEFAULT_ALERT_LABEL;
    const marker = alertMarker(options.key);
    const { body } = composeBody(marker, options.body, {
        ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
    });
    const author = options.author ?? (await tokenLogin(github));
    /** Marks this clearing's comment, so a retried close never comments twice. */
    const clearing = markerFor("alert-cleared", `${options.key}.${github.retry.now().toString(36)}`);
    let closing;
    return converge_converge(github, `syncing the '${options.key}' alert issue`, async () => {
        const open = await github.octokit.paginate(github.octokit.rest.issues.listForRepo, {
            ...repo,
            state: "open",
            labels: label,
            per_page: 100,
        });
        const existing = open.find((i) => !i.pull_request && i.user?.login === author && (i.body ?? "").startsWith(marker));
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

// EXTERNAL MODULE: ./shared/dist/github/client.js + 23 modules
var github_client = __webpack_require__(9374);
// EXTERNAL MODULE: ./shared/dist/github/sanitize-markdown.js + 1 modules
var sanitize_markdown = __webpack_require__(7920);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/dist/github/workflow-dispatch.js
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
async function dispatchWorkflow(github, options) {
    const correlationId = options.correlationId ?? (0,external_node_crypto_.randomUUID)();
    const since = new Date(github.retry.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const find = () => findDispatchedRun(github, { ...options, correlationId, since });
    let dispatched = false;
    return converge_converge(github, `dispatching workflow '${options.workflow}'`, async () => {
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
/** Polls a run until it completes, backing off from `pollMs` up to `maxPollMs`; times out. */
async function waitForRun(github, options) {
    const deadline = github.retry.now() + options.timeoutMs;
    let delay = options.pollMs ?? 5_000;
    for (;;) {
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
            throw new GitHubTimeoutError(`run ${options.runId} did not complete within ${Math.round(options.timeoutMs / 1000)} s (last status: ${outcome.status})`, "Raise the timeout, or check the runner that should pick the job up");
        }
        await github.retry.sleep(delay);
        delay = Math.min(Math.ceil(delay * 1.5), options.maxPollMs ?? 60_000);
    }
}

;// CONCATENATED MODULE: ./shared/dist/drift-check/drift-alerts.js





/** GitHub caps all dispatch inputs together at 65,535 characters; room is kept for the others. */
const DISPATCH_REPORT_LIMIT = 60_000;
/** The input of the retraining workflow that receives the report. */
const DISPATCH_REPORT_INPUT = "drift_report";
/** The branch or tag a dispatch runs on: the ref of this run, without its refs/... prefix. */
const dispatchRef = (ref) => ref.replace(/^refs\/(heads|tags)\//, "");
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
/**
 * Acts on the verdict on GitHub: keeps the drift issue of the key in step with it (opened while
 * drift lasts, updated, closed when it clears), and on drift triggers the retraining workflow
 * with the report as its `drift_report` input.
 */
async function raiseAlerts(request) {
    const { github, report } = request;
    if (!github.repo || !github.token) {
        throw new errors/* InputError */.dz("on-drift", "issue and dispatch need the repository and a token", "Run in a workflow (GITHUB_REPOSITORY) with github-token, or set GITHUB_REPOSITORY and GITHUB_TOKEN");
    }
    const client = (0,github_client/* createGitHubClient */.L)({ token: github.token, apiUrl: github.apiUrl });
    const links = [];
    if (request.issue) {
        const runLink = github.runUrl ? `\n\n[The run that checked](${github.runUrl})` : "";
        const result = await syncAlertIssue(client, {
            repo: github.repo,
            key: request.issue.key,
            active: report.dataset.drifted,
            title: `Drift detected: ${request.issue.key}`,
            body: `${request.summary}${runLink}`,
            resolvedComment: `Drift cleared: ${(0,sanitize_markdown/* sanitizeMarkdown */.L)(report.dataset.drifted_columns.join(", ") || "no column drifts")} (share ${report.dataset.share}).${runLink}`,
            label: "drift",
            ...(github.runUrl ? { fullReportUrl: github.runUrl } : {}),
        });
        if (result.url)
            links.push(`Drift issue ${result.action}: ${result.url}`);
        request.log(`drift issue: ${result.action}${result.issueNumber ? ` #${result.issueNumber}` : ""}`);
    }
    if (request.dispatch && report.dataset.drifted) {
        if (!github.ref) {
            throw new errors/* InputError */.dz("dispatch-workflow", "the run's ref is unknown", "Run in a workflow (GITHUB_REF)");
        }
        const run = await dispatchWorkflow(client, {
            repo: github.repo,
            workflow: request.dispatch.workflow,
            ref: dispatchRef(github.ref),
            inputs: { [DISPATCH_REPORT_INPUT]: dispatchedReport(report, github.runUrl) },
        });
        links.push(`Retraining dispatched: ${run.url}`);
        request.log(`dispatched ${request.dispatch.workflow}: run ${run.runId}`);
    }
    return { links };
}


/***/ })

};
