import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 683:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(614);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./shared/dist/github/github-context.js
/**
 * Where a run is and what started it, read from the runner's environment by the adapter (the
 * core never reads process.env): pass `process.env` to `githubContextFromEnv`.
 */

/** github.com's REST API; Enterprise Server answers at https://HOST/api/v3. */
const DEFAULT_API_URL = "https://api.github.com";
function parseRepo(fullName) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? "");
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
const positive = (text) => {
    const n = Number(text);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};
/** The context from a runner's variables; `token` is whatever the adapter passes in (an input). */
function githubContextFromEnv(env, token) {
    const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const repo = parseRepo(env.GITHUB_REPOSITORY);
    const runId = positive(env.GITHUB_RUN_ID);
    const runAttempt = positive(env.GITHUB_RUN_ATTEMPT);
    return {
        token: token || env.GITHUB_TOKEN || undefined,
        apiUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ""),
        serverUrl,
        repo,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        runId,
        runAttempt,
        runUrl: repo && runId
            ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ""}`
            : undefined,
    };
}
/** The webhook payload the runner wrote to GITHUB_EVENT_PATH; empty when there is none. */
async function readEventPayload(eventPath) {
    if (!eventPath)
        return {};
    return JSON.parse(await readFile(eventPath, "utf8"));
}

;// CONCATENATED MODULE: ./shared/dist/errors.js
/**
 * Every failure a user can fix is one of these: it renders as one line that says where the
 * problem is (an input, a file and line, a field) and how to fix it. Anything else that escapes
 * is a bug, and is reported as one.
 */
class MlopsError extends Error {
    fix;
    constructor(message, 
    /** How to fix it, in one sentence; appended to the message when shown. */
    fix) {
        super(message);
        this.fix = fix;
        this.name = new.target.name;
    }
    /** The one line shown to the user. */
    get line() {
        const text = this.fix ? `${this.message}. ${this.fix}` : this.message;
        return text.replace(/\s*\n\s*/g, " ");
    }
}
/** An action input (or CLI flag) that is missing or malformed. */
class errors_InputError extends MlopsError {
    input;
    constructor(input, problem, fix) {
        super(`input '${input}': ${problem}`, fix);
        this.input = input;
    }
}
/** A file that cannot be read or parsed; names the file and, when known, the line. */
class FileError extends MlopsError {
    file;
    lineNumber;
    constructor(file, problem, fix, lineNumber) {
        super(`${lineNumber === undefined ? file : `${file}:${lineNumber}`}: ${problem}`, fix);
        this.file = file;
        this.lineNumber = lineNumber;
    }
}
/** A document that parsed but does not satisfy its schema; names the field by JSON pointer. */
class ContractError extends MlopsError {
    file;
    field;
    constructor(file, field, problem, fix) {
        super(`${file}: field '${field || "/"}' ${problem}`, fix);
        this.file = file;
        this.field = field;
    }
}
/** Arguments to the command-line program that do not fit its grammar. */
class UsageError extends (/* unused pure expression or super */ null && (MlopsError)) {
}
/**
 * The action ran correctly and its verdict is a failure (a gate that did not pass). Not a
 * crash: the outputs and reports are all written before this is raised.
 */
class VerdictFailure extends (/* unused pure expression or super */ null && (MlopsError)) {
}

;// CONCATENATED MODULE: ./shared/dist/interface/describe-failure.js

/**
 * The one line a user sees for a failure. A user-fixable error says what and how to fix it; an
 * unexpected one says it is a bug. The stack trace is only for debugging.
 */
function describeFailure(error, debug, 
/** How to see the stack trace where this runs: `--debug`, or RUNNER_DEBUG=1. */
debugHint) {
    if (error instanceof MlopsError) {
        return debug && error.stack ? { line: error.line, detail: error.stack } : { line: error.line };
    }
    const message = error instanceof Error ? error.message : String(error);
    const line = `unexpected error: ${message.split("\n")[0]} (a bug: please report it; ${debugHint} shows the stack trace)`;
    return debug && error instanceof Error && error.stack ? { line, detail: error.stack } : { line };
}

;// CONCATENATED MODULE: ./shared/dist/interface/manifests.generated.js
const manifests_generated_manifests = {
    "drift-check": {
        "name": "drift-check",
        "title": "mlops drift-check",
        "description": "Compares current data (or predictions) with a reference, column by column, with Evidently-compatible defaults; reports the drifted share, and can fail, open an issue or trigger retraining.",
        "inputs": {
            "reference": {
                "description": "The reference, required in check and compare mode (profile mode does not read it). A data file (CSV, JSONL or Parquet, gzipped as .gz or not), a profile file (JSON, schema mlops.profile/v1), or a registry reference such as churn#prod or churn@v1.2.0, which reads the profile stored with that version (its release asset named like *profile*.json in .mlops/releases/<tag>/ of the workspace's registry).",
                "required": false,
                "default": ""
            },
            "current": {
                "description": "The current data, a file or a glob of files read as one table. In compare mode, a glob of profile files (one per shard) that are merged.",
                "required": true
            },
            "columns": {
                "description": "The columns to check, one a line or comma-separated. Empty checks every column of the reference.",
                "required": false,
                "default": ""
            },
            "ignore-columns": {
                "description": "Columns not to check, one a line or comma-separated (ids, timestamps).",
                "required": false,
                "default": ""
            },
            "method": {
                "description": "The test. auto uses the Evidently defaults (KS or Wasserstein for numeric columns, chi-square or Jensen-Shannon for categorical ones, by reference size); or one of ks, wasserstein, psi, chi2, jensen_shannon for every column; or a YAML/JSON map from column to method, the others staying auto.",
                "required": false,
                "default": "auto"
            },
            "threshold": {
                "description": "The drift threshold. A number for every column, or a YAML/JSON map whose keys are column names or method names (ks, wasserstein, psi, chi2, jensen_shannon); a column's entry wins over its method's, and columns not named keep their defaults.",
                "required": false,
                "default": ""
            },
            "drift-share": {
                "description": "The dataset drifts when the share of drifted feature columns is at least this.",
                "required": false,
                "default": "0.5"
            },
            "correction": {
                "description": "Multiple-testing correction of the p-values of the feature columns before they are compared with their thresholds, one of none, holm, bh (Benjamini-Hochberg), bonferroni.",
                "required": false,
                "default": "none"
            },
            "prediction-column": {
                "description": "The column holding the model's predictions; its drift is reported apart from feature drift and does not count in the share, but prediction drift alone makes the dataset drifted (drifted is true, and on-drift acts).",
                "required": false,
                "default": ""
            },
            "on-drift": {
                "description": "What to do when the dataset drifts, one or more of fail (fail the step), issue (one issue per key, updated while drift lasts, closed when it clears), dispatch (trigger dispatch-workflow with the report), none.",
                "required": false,
                "default": "fail"
            },
            "issue-key": {
                "description": "The key of the drift issue, so that each model or dataset has its own issue; 1 to 80 letters, digits and . _ : / -, starting with a letter or digit. Empty makes one from the reference input.",
                "required": false,
                "default": ""
            },
            "dispatch-workflow": {
                "description": "The retraining workflow file to trigger when on-drift has dispatch, such as retrain.yml. It runs on the branch or tag of this run, or on the repository's default branch when this run is a pull request's. Its drift_report input receives the drift report as JSON: whole when it fits in 60,000 characters, else without the distributions, else only {schema, dataset, run_url}. The report holds column names from the data, which are untrusted: pass it to a step through env: and read the variable, never as an expression inside run:.",
                "required": false,
                "default": ""
            },
            "github-token": {
                "description": "Token for the issue and the dispatch (needs issues write or actions write). Only used when on-drift has issue or dispatch.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "mode": {
                "description": "check compares reference and current; profile writes a mergeable profile of current (one per shard of a matrix job); compare merges the profiles matched by current and compares them with the reference (approximate, error bounds stated in the report).",
                "required": false,
                "default": "check"
            },
            "report-path": {
                "description": "Where to write the drift report (JSON, schema mlops.drift-report/v1), or the profile in profile mode. Empty means mlops-out/drift-report.json, or mlops-out/drift-profile.json in profile mode.",
                "required": false,
                "default": ""
            },
            "html-report": {
                "description": "Where to write the self-contained HTML report (distributions, tests and thresholds per column), or none to write no HTML report. Not written in profile mode. In a runner with the artifact service, the HTML and JSON reports are uploaded as the artifact drift-report (drift-report-<issue-key> when issue-key is given, its colons and slashes as dashes) and linked from the job summary; artifact names are unique in a workflow run, so give each drift-check step and matrix job its own issue-key. An upload that fails is a warning and leaves the verdict as it is.",
                "required": false,
                "default": "mlops-out/drift-report.html"
            }
        },
        "outputs": {
            "drifted": {
                "description": "\"true\" when the dataset drifted (the share of drifted features reached drift-share, or the prediction column drifted, which alone is enough), else \"false\" (always \"false\" in profile mode)."
            },
            "share": {
                "description": "The share of feature columns that drifted, between 0 and 1."
            },
            "drifted-columns": {
                "description": "JSON array of the names of the drifted columns (the prediction column included when it drifted)."
            },
            "report-path": {
                "description": "Path of the drift report written (of the profile in profile mode)."
            },
            "html-report": {
                "description": "Path of the HTML report written; empty in profile mode and with html-report none."
            }
        }
    },
    "eval-gate": {
        "name": "eval-gate",
        "title": "mlops eval-gate",
        "description": "Compares the challenger model's metrics with the production champion's under a gate policy, and passes or fails with the reason for every metric.",
        "inputs": {
            "challenger": {
                "description": "Metrics file of the new model (JSON flat or nested as DVC writes it, YAML, or CSV with name,value rows).",
                "required": true
            },
            "champion": {
                "description": "Metrics file of the model in production, in the same formats. Leave empty for a first model; then only absolute bounds apply.",
                "required": false,
                "default": ""
            },
            "policy": {
                "description": "Gate policy file (YAML or JSON, schema mlops.gate-policy/v1) naming each metric's direction, bounds and allowed regression.",
                "required": true
            },
            "model": {
                "description": "The model file that was evaluated. Its sha256 is recorded in the report, so that promote can check it promotes the same model.",
                "required": false,
                "default": ""
            },
            "report-path": {
                "description": "Where to write the eval report (JSON, schema mlops.eval-report/v1).",
                "required": false,
                "default": "mlops-out/eval-report.json"
            },
            "comment-path": {
                "description": "Where to write the markdown of the pull-request comment.",
                "required": false,
                "default": "mlops-out/eval-comment.md"
            },
            "comment": {
                "description": "Post the comment on the run's pull request: auto posts when there is a pull request and the token may write, else keeps it in the job summary and says why; always fails the step when it cannot post, after writing the outputs and the summary; never only writes comment-path.",
                "required": false,
                "default": "auto"
            },
            "comment-key": {
                "description": "Which sticky comment to keep up to date; one comment per key on a pull request (use one key per model in a repository with several). 1 to 80 letters, digits and . _ : / -, starting with a letter or digit.",
                "required": false,
                "default": "eval-gate"
            },
            "github-token": {
                "description": "Token that posts the comment; it needs pull-requests write permission.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "fail-on-verdict": {
                "description": "Fail the step when the verdict is fail or inconclusive. Set to false to only report, and read the passed output.",
                "required": false,
                "default": "true"
            }
        },
        "outputs": {
            "verdict": {
                "description": "pass, fail, or inconclusive when no rule could be evaluated (every gated metric missing, optional, or needing a champion)."
            },
            "passed": {
                "description": "\"true\" when the verdict is pass, else \"false\"; for use in if conditions."
            },
            "failed-metrics": {
                "description": "JSON array of the names of the metrics that failed."
            },
            "report-path": {
                "description": "Path of the eval report written."
            },
            "comment-path": {
                "description": "Path of the comment markdown written."
            },
            "comment-url": {
                "description": "URL of the pull-request comment, when it was posted; empty otherwise."
            }
        }
    },
    "promote": {
        "name": "promote",
        "title": "mlops promote",
        "description": "Registers a model version and moves it between stages in a registry made of annotated git tags (GTO grammar) plus release assets, refusing promotions that lack passing evidence or skip a stage.",
        "inputs": {
            "model": {
                "description": "Name of the artifact in the registry (a model, dataset or prompt), such as churn or team/churn. Letters, digits, '-', '_' and '/', starting and ending with a letter or digit.",
                "required": true
            },
            "version": {
                "description": "The version. To register, v1.2.0 (SemVer 2), or auto, major, minor or patch to bump the latest version (auto is patch; empty means auto). To assign, unassign or deprecate, the version to act on; empty means the version just registered, else the latest.",
                "required": false,
                "default": ""
            },
            "stage": {
                "description": "The stage to assign, unassign or roll back, such as staging or prod. Empty with the default operation only registers.",
                "required": false,
                "default": ""
            },
            "operation": {
                "description": "One of register, assign, unassign, deprecate, rollback. Empty registers the version and then, when a stage is given, assigns it. rollback assigns the stage to the version it had before its current one.",
                "required": false,
                "default": ""
            },
            "assets": {
                "description": "Files stored with the registered version, one a line or comma-separated; the first is the model file whose sha256 the evidence must name.",
                "required": false,
                "default": ""
            },
            "evidence": {
                "description": "Eval report (JSON, schema mlops.eval-report/v1, written by eval-gate). Stages that need evidence under the registry policy refuse a version without a passing report for the same model file.",
                "required": false,
                "default": ""
            },
            "message": {
                "description": "Why, in one line; it heads the annotated tag's message (the audit trail).",
                "required": false,
                "default": ""
            },
            "dry-run": {
                "description": "Check everything and report the tags that would be created, without creating them.",
                "required": false,
                "default": "false"
            },
            "registry": {
                "description": "Path of the local git repository whose .mlops/registry.yml is the registry policy (with either backend). With the git backend it also holds the registry tags, its release assets go to .mlops/releases/<tag>/, and tags are pushed to its origin remote when it has one.",
                "required": false,
                "default": "."
            },
            "backend": {
                "description": "Where the registry lives. git is the local repository named by registry. github is the workflow's repository through the GitHub API - annotated tags, and one release per version holding its assets with the model card as its text; it needs github-token with contents write permission. auto (empty) is github when a token and the repository are known, as in a workflow run, else git.",
                "required": false,
                "default": "auto"
            },
            "github-token": {
                "description": "Token for the github backend; it needs contents write permission. The default, the workflow's own token, makes auto choose github in a workflow run; outside one (the CLI) auto uses it only when GITHUB_TOKEN and GITHUB_REPOSITORY are set.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "actor": {
                "description": "Who promotes; recorded as the tagger, and matched against the policy's may-skip lists. Empty uses the repository's git identity. In a workflow pass github.actor.",
                "required": false,
                "default": ""
            },
            "run-url": {
                "description": "URL of the workflow run that promotes, recorded in the tag's metadata. In a workflow pass the run's URL built from github.server_url, github.repository and github.run_id.",
                "required": false,
                "default": ""
            },
            "report-path": {
                "description": "Where to write the promote report (JSON, schema mlops.promote-report/v1) - each operation with its tag, the version, stage, evidence, assets, backend and who acted. Written on every successful run, a dry run or a re-run that changes nothing included.",
                "required": false,
                "default": "mlops-out/promote-report.json"
            }
        },
        "outputs": {
            "version": {
                "description": "The version registered or acted on, such as v1.2.0."
            },
            "tag": {
                "description": "The registration tag of that version, such as churn@v1.2.0."
            },
            "stage-tag": {
                "description": "The stage tag created (or found, when the promotion had already been made), such as churn#prod#7; empty when no stage was touched."
            },
            "release-url": {
                "description": "Where the version's release assets are - the release page on GitHub, or for a local registry the folder that holds them."
            },
            "previous-version": {
                "description": "The version that held the stage before this run; empty when none did or no stage was touched."
            },
            "changed": {
                "description": "\"true\" when tags were created, \"false\" when the operation had already been done (a re-run) or in a dry run."
            },
            "report-path": {
                "description": "Path of the promote report written."
            }
        }
    },
    "validate-data": {
        "name": "validate-data",
        "title": "mlops validate-data",
        "description": "Checks a dataset against a data contract (a Frictionless Table Schema with statistical checks) before training, in one streaming pass, and annotates the bad rows.",
        "inputs": {
            "data": {
                "description": "The dataset, a file or a glob of files (CSV or TSV, JSONL, Parquet); all files are read as one table and must share their columns.",
                "required": true
            },
            "schema": {
                "description": "The data contract, a Frictionless Table Schema v2 descriptor (JSON or YAML) with field types, constraints, missingValues, primaryKey, uniqueKeys and an optional x-mlops block of statistical checks.",
                "required": true
            },
            "reference-profile": {
                "description": "A data profile (mlops.profile/v1, as this action writes to profile-path) of the data the model was trained on. When given, every column is checked for skew against it.",
                "required": false,
                "default": ""
            },
            "report-path": {
                "description": "Where to write the validation report (JSON, schema mlops.validation-report/v1) with every check, its counts and examples.",
                "required": false,
                "default": "mlops-out/validation-report.json"
            },
            "profile-path": {
                "description": "Where to write the data's profile (JSON, schema mlops.profile/v1), reusable as the reference of drift-check or of a later validate-data.",
                "required": false,
                "default": "mlops-out/data-profile.json"
            },
            "fail-on-invalid": {
                "description": "Fail the step when a check fails. Set to false to only report, and read the valid output.",
                "required": false,
                "default": "true"
            },
            "max-examples": {
                "description": "How many failing rows each check keeps as examples in the report and the summary; the first of them are annotated.",
                "required": false,
                "default": "5"
            }
        },
        "outputs": {
            "valid": {
                "description": "\"true\" when every check passed, else \"false\"; for use in if conditions."
            },
            "rows": {
                "description": "How many rows the dataset has (read before the first unreadable row, when one stops the read)."
            },
            "errors": {
                "description": "How many checks failed."
            },
            "report-path": {
                "description": "Path of the validation report written."
            },
            "profile-path": {
                "description": "Path of the data profile written; empty when the data could not be read to the end."
            },
            "digest": {
                "description": "sha256 of the data, for lineage. For one file, the file's own sha256 (as sha256sum prints it); for several, the sha256 of their sha256s (lowercase hex), sorted, each followed by a newline."
            }
        }
    }
};

;// CONCATENATED MODULE: ./shared/dist/interface/read-inputs.js

/**
 * Turns raw input text into typed values, the same way for the runner and the CLI: `lookup`
 * gives the text as the user wrote it (undefined when not given), `action.yml` gives required
 * and default, and each input's kind parses it.
 */
function readInputs(manifest, kinds, lookup, context) {
    const values = {};
    for (const [name, spec] of Object.entries(manifest.inputs)) {
        const kind = kinds[name];
        if (!kind)
            throw new Error(`action '${manifest.name}' has no kind for input '${name}'`);
        const given = lookup(name)?.trim();
        // A default that is an expression (`${{ github.token }}`) is the runner's to evaluate; where
        // it has not (the CLI, a bundle run by hand) it means the input was not given.
        const fallback = spec.default?.includes("${{") ? "" : (spec.default ?? "");
        const text = given === undefined || given === "" ? fallback : given;
        if (text === "") {
            if (spec.required) {
                // The description's first sentence says what to give; the rest is in --help.
                const what = spec.description.split(/(?<=\.)\s/)[0] ?? spec.description;
                throw new errors_InputError(name, "is required", `Set it: ${what}`);
            }
            values[name] = kind.absent;
        }
        else {
            values[name] = kind.parse(text, name, context);
        }
    }
    return values;
}

;// CONCATENATED MODULE: ./shared/dist/interface/execute.js


/** Reads and parses the inputs from `lookup`, then runs the action: the same for runner and CLI. */
async function execute(definition, lookup, context) {
    const inputs = readInputs(manifests_generated_manifests[definition.name], definition.inputs, lookup, context);
    return definition.run(inputs, context);
}
/** The raw text of every secret input, so a host can mask it before anything is printed. */
const secretValues = (definition, lookup) => Object.entries(definition.inputs)
    .filter(([, kind]) => kind.secret)
    .map(([name]) => lookup(name)?.trim() ?? "")
    .filter((value) => value !== "");

;// CONCATENATED MODULE: ./shared/dist/report/truncate-markdown.js
/**
 * Cuts markdown to a size GitHub keeps (a comment's 65,536 characters, a job summary's 1 MiB),
 * so that what is left still renders: it ends on a line boundary where it can (never inside a
 * character), an open code fence and open `<details>` are closed, and the note says why the
 * rest is missing. Text that fits comes back as it is.
 */
function truncateMarkdown(text, limit, unit, note) {
    const size = unit === "bytes" ? (s) => Buffer.byteLength(s) : (s) => s.length;
    if (size(text) <= limit)
        return text;
    const tail = `\n\n${note}`;
    const room = limit - size(tail);
    if (room < 0)
        throw new RangeError(`a limit of ${limit} ${unit} leaves no room for the note`);
    let budget = room;
    for (;;) {
        const cut = cutWithin(text, budget, unit);
        const closed = cut + closers(cut);
        const over = size(closed) - room;
        if (over <= 0)
            return closed + tail;
        budget = size(cut) - over;
    }
}
/** The longest prefix within `budget`, back to its last line break when it has one. */
function cutWithin(text, budget, unit) {
    if (budget <= 0)
        return "";
    const prefix = unit === "bytes"
        ? Buffer.from(text)
            .subarray(0, budget)
            .toString("utf8")
            .replace(/\uFFFD$/, "")
        : text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(budget - 1)) ? budget - 1 : budget);
    const lastBreak = prefix.lastIndexOf("\n");
    return lastBreak > 0 ? prefix.slice(0, lastBreak) : prefix;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** What closes the code fence and the `<details>` blocks left open at the end of `markdown`. */
function closers(markdown) {
    let fence = null;
    let details = 0;
    for (const line of markdown.split("\n")) {
        const marker = FENCE.exec(line)?.[1];
        if (fence !== null) {
            const closes = marker !== undefined &&
                marker[0] === fence[0] &&
                marker.length >= fence.length &&
                line.trim() === marker;
            if (closes)
                fence = null;
        }
        else if (marker !== undefined) {
            fence = marker;
        }
        else {
            details +=
                (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
        }
    }
    return `${fence === null ? "" : `\n${fence}`}${"\n\n</details>".repeat(Math.max(0, details))}`;
}

;// CONCATENATED MODULE: ./shared/dist/runner/file-commands.js



/** GitHub stores at most 1 MiB of job summary per step; a larger one is dropped whole. */
const SUMMARY_LIMIT = 1024 * 1024;
function requireEnvFile(env, name) {
    const path = env[name];
    if (!path) {
        throw new MlopsError(`${name} is not set`, "Run this inside a GitHub Actions runner, or use the mlops command-line program");
    }
    return path;
}
/** Appends `name=value` to GITHUB_OUTPUT, with a random delimiter no value can contain. */
function appendOutput(file, name, value) {
    // Whether or not it can be guessed, a delimiter the value contains is never used.
    const fresh = () => `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    let delimiter = fresh();
    while (value.includes(delimiter) || name.includes(delimiter))
        delimiter = fresh();
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
/** Cuts markdown to the summary limit, saying so at the end. */
const capSummary = (markdown) => truncateMarkdown(markdown, SUMMARY_LIMIT, "bytes", "> The summary was cut at GitHub's 1 MiB limit; the full report is in the report file.");

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./shared/dist/artifacts/common-folder.js

/** The folder every file is under, which the artifact keeps their paths relative to. */
function commonFolder(files) {
    const [first = [], ...rest] = files.map((file) => (0,external_node_path_namespaceObject.dirname)(file).split(external_node_path_namespaceObject.sep));
    let shared = first.length;
    for (const parts of rest) {
        let i = 0;
        while (i < shared && parts[i] === first[i])
            i++;
        shared = i;
    }
    const folder = first.slice(0, shared).join(external_node_path_namespaceObject.sep);
    // A root (`/`, `C:\`) is a single part that needs its separator back.
    return shared <= 1 ? `${folder}${external_node_path_namespaceObject.sep}` : folder;
}

;// CONCATENATED MODULE: ./shared/dist/files/display-path.js

/**
 * A path as reports and messages show it: relative to the workspace when inside it, so that it
 * reads the same on every runner, and absolute when outside (or on another drive).
 */
function displayPath(cwd, path) {
    const inside = (0,external_node_path_namespaceObject.relative)(cwd, path);
    const outside = inside === "" || inside === ".." || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside);
    return outside ? path : inside;
}

;// CONCATENATED MODULE: ./shared/dist/runner/workflow-commands.js
/**
 * The runner's workflow-command protocol (`::name key=value::message` on stdout), written here
 * rather than taken from @actions/core so a bundle starts in a few milliseconds. The escaping
 * rules are the runner's: data escapes % CR LF; property values also escape : and ,.
 */
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(",");
    return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
/**
 * Makes untrusted text (a metric name from a fork's file, a value from a dataset) unable to
 * issue workflow commands when it is printed: the runner only reads `::` and `##[` at the start
 * of a line, and a zero-width space breaks both without changing what a reader sees.
 */
const neutralize = (s) => s.replace(/::/g, ":\u200B:").replace(/##\[/g, "#\u200B#[");

;// CONCATENATED MODULE: ./shared/dist/report/sanitize-markdown.js
/**
 * The sanitiser for every untrusted string (from a fork's files, a dataset, a model) that enters
 * a comment, an issue, a summary or a log, in each of the three places markdown shows it: inline
 * text and table cells (`sanitizeMarkdown`), code spans (`codeSpan`) and Mermaid labels
 * (`sanitizeMermaidLabel`). The text still reads the same: breaks are zero-width spaces, entities
 * and backslash escapes.
 */

const ZWSP = "\u200B";
/** Bidirectional overrides and isolates, which can make text read differently than it is. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Line breaks that markdown or a log may honour, CR and LF among them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** One line of visible text: invisible direction and control characters gone, breaks spaces. */
const flatten = (text) => String(text).replace(BIDI, "").replace(CONTROL, "").replace(BREAKS, " ");
/**
 * Untrusted text, safe inline and in a table cell: it cannot ping people, link issues (`#12`,
 * `owner/repo#3`, `GH-4`), autolink (`://`, `www.`), inject HTML or a hidden marker, break a
 * table, start a heading or list, or issue a workflow command when echoed to a log. Entity forms
 * of `@` (`&#64;`, `&commat;`) stay text because `&` itself is escaped.
 */
function sanitizeMarkdown(text) {
    const escaped = flatten(text)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/([\\`*_[\]|~])/g, "\\$1")
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
    return neutralize(escaped).replace(/^(\s*)(#|-|\+|=|\d+(?=[.)]))/, "$1\\$2");
}
/**
 * Untrusted text as inline code, shown exactly: markdown takes no escapes or entities inside a
 * code span, so the text goes in as it is, fenced by more backticks than it holds in a row, and
 * padded with a space where a backtick or a space at its edge would be eaten. Only what code
 * cannot hold is changed: direction and control characters are dropped, line breaks become
 * spaces, and workflow commands (`::`, `##[`) are broken by a zero-width space. In a table cell,
 * pass `inTable`: the table splits cells on `|` even inside code, and takes `\|` as a plain `|`.
 */
function codeSpan(text, { inTable = false } = {}) {
    let code = neutralize(flatten(text));
    if (inTable)
        code = code.replace(/\|/g, "\\|");
    const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const pad = code === "" || /^[` ]|[` ]$/.test(code) ? " " : "";
    return `${fence}${pad}${code}${pad}${fence}`;
}
/** Characters a Mermaid label may hold as they are; all others become `#code;` entities. */
const MERMAID_PLAIN = /[A-Za-z0-9 _.,:/+=-]/;
/**
 * Untrusted text as the label of a Mermaid node or axis (inside `"…"`): nothing can close the
 * label, the node, the diagram or the code fence, because every other character is written as
 * Mermaid's numeric entity.
 */
function sanitizeMermaidLabel(text, maxLength = 120) {
    const chars = [...String(text).replace(BIDI, "").replace(/\s+/g, " ")].slice(0, maxLength);
    return chars.map((c) => (MERMAID_PLAIN.test(c) ? c : `#${c.codePointAt(0)};`)).join("");
}

;// CONCATENATED MODULE: ./shared/dist/runner/upload-artifacts.js
/**
 * The runner host's half of `ActionResult.artifacts`: each artifact is uploaded with the runner's
 * artifact client and linked from the job summary. It runs after the outputs and the summary are
 * written, and never throws: a failed upload is a warning, and the verdict stands.
 */






/**
 * The runner provides the service to JavaScript actions through these two variables (and the
 * client reads them from process.env itself; in a runner that is the host's env).
 */
const hasArtifactService = (env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
/** Uploads the artifacts, appends a line per artifact to the summary, and returns the warnings. */
async function uploadArtifacts(artifacts, place) {
    if (artifacts.length === 0)
        return [];
    const entry = (artifact, name, after = "") => `- ${name}: ${sanitizeMarkdown(artifact.description)}${after}`;
    const notUploaded = (artifact, why) => {
        const files = artifact.files.map((file) => codeSpan(displayPath(place.workspace, file)));
        const after = `; not uploaded (${sanitizeMarkdown(why)}), the files are ${files.join(", ")}`;
        return entry(artifact, sanitizeMarkdown(artifact.name), after);
    };
    const { serverUrl, repo, runId } = githubContextFromEnv(place.env);
    const lines = [];
    const warnings = [];
    const service = hasArtifactService(place.env);
    const store = service ? place.artifactStore?.() : undefined;
    for (const artifact of artifacts) {
        if (!store) {
            const why = service
                ? "this action does not upload artifacts"
                : "this runner has no artifact service";
            lines.push(notUploaded(artifact, why));
            continue;
        }
        try {
            const { id } = await store.upload(artifact.name, artifact.files, commonFolder(artifact.files));
            const name = sanitizeMarkdown(artifact.name);
            const url = `${serverUrl}/${repo?.owner}/${repo?.repo}/actions/runs/${runId}/artifacts/${id}`;
            lines.push(entry(artifact, repo && runId ? `[${name}](${url})` : `${name} (artifact ${id})`));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            warnings.push({
                level: "warning",
                title: "Artifact not uploaded",
                message: `${artifact.name} was not uploaded (${reason}); the step's verdict stands`,
            });
            lines.push(notUploaded(artifact, `upload failed: ${reason}`));
        }
    }
    const section = `\n### Artifacts\n\n${lines.join("\n")}\n`;
    // A summary over GitHub's limit is dropped whole, so the lines go to the log when it is full.
    if ((0,external_node_fs_namespaceObject.statSync)(place.summaryFile).size + Buffer.byteLength(section) <= SUMMARY_LIMIT) {
        (0,external_node_fs_namespaceObject.appendFileSync)(place.summaryFile, section);
    }
    else {
        for (const text of lines)
            place.log(`Artifact ${text.slice(2)}`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./shared/dist/runner/run-in-runner.js







/** How often progress reaches a log: a line every few seconds keeps a long step's log readable. */
const PROGRESS_LOG_MS = 5000;
/**
 * Progress for a log that cannot redraw a line: the first line once PROGRESS_LOG_MS have passed
 * (a short step logs none), then at most one per PROGRESS_LOG_MS; the lines between are dropped.
 */
function progressLog(log) {
    let next = Date.now() + PROGRESS_LOG_MS;
    return (line) => {
        const now = Date.now();
        if (now < next)
            return;
        next = now + PROGRESS_LOG_MS;
        log(line);
    };
}
/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATION_LIMIT = 10;
const defaultIo = () => ({
    env: process.env,
    write: (line) => process.stdout.write(`${line}\n`),
    cwd: process.cwd(),
});
/** Input text as the runner passes it: INPUT_<NAME>, upper-cased, spaces as underscores. */
const runnerLookup = (env) => (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
/**
 * Runs an action as a step of a GitHub Actions job and returns the exit code: 0 on success, 1
 * with one `::error::` line on bad input or a failing verdict.
 */
async function runInRunner(definition, given = {}) {
    const io = { ...defaultIo(), ...given };
    const { env, write } = io;
    const lookup = runnerLookup(env);
    const debug = env.RUNNER_DEBUG === "1";
    for (const value of secretValues(definition, lookup))
        write(command("add-mask", {}, value));
    try {
        // Both files are checked before the action runs, so that it never writes reports it cannot announce.
        const outputFile = requireEnvFile(env, "GITHUB_OUTPUT");
        const summaryFile = requireEnvFile(env, "GITHUB_STEP_SUMMARY");
        const log = (line) => write(neutralize(line));
        const result = await execute(definition, lookup, {
            cwd: env.GITHUB_WORKSPACE || io.cwd,
            log,
            progress: progressLog(log),
            now: () => new Date(),
            github: githubContextFromEnv(env),
        });
        for (const [name, value] of Object.entries(result.outputs)) {
            appendOutput(outputFile, name, value);
        }
        (0,external_node_fs_namespaceObject.appendFileSync)(summaryFile, capSummary(result.summary));
        const uploadWarnings = await uploadArtifacts(result.artifacts ?? [], {
            env,
            summaryFile,
            workspace: env.GITHUB_WORKSPACE || io.cwd,
            log: (line) => write(neutralize(line)),
            artifactStore: io.artifactStore,
        });
        // An upload's warnings come first, so that GitHub's cap on annotations never hides them.
        for (const line of annotationCommands([...uploadWarnings, ...(result.annotations ?? [])]))
            write(line);
        if (result.failure) {
            write(command("error", {}, result.failure));
            return 1;
        }
        return 0;
    }
    catch (error) {
        const { line, detail } = describeFailure(error, debug, "re-running with debug logging (RUNNER_DEBUG=1)");
        if (detail)
            write(neutralize(detail));
        write(command("error", {}, line));
        return 1;
    }
}
/** The first annotations of each level, within GitHub's limits, and a notice counting the rest. */
function annotationCommands(annotations) {
    const levels = ["error", "warning", "notice"];
    const overflow = levels.some((level) => annotations.filter((a) => a.level === level).length > ANNOTATION_LIMIT);
    const lines = [];
    const hidden = [];
    for (const level of levels) {
        const ofLevel = annotations.filter((a) => a.level === level);
        // One notice slot is kept for the count of what is not shown.
        const room = level === "notice" && overflow ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT;
        for (const a of ofLevel.slice(0, room)) {
            lines.push(command(level, { title: a.title, file: a.file, line: a.line }, a.message));
        }
        if (ofLevel.length > room)
            hidden.push(`${ofLevel.length - room} ${level}${ofLevel.length - room === 1 ? "" : "s"}`);
    }
    if (hidden.length > 0) {
        lines.push(command("notice", { title: "More annotations" }, `${hidden.join(", ")} not annotated (GitHub shows ${ANNOTATION_LIMIT} of each per step); see the report for all of them`));
    }
    return lines;
}

;// CONCATENATED MODULE: ./shared/dist/contracts/validate.js

/** One sentence for the first schema violation, and how to fix it. */
function explain(error) {
    const field = error.instancePath;
    const parent = error.parentSchema;
    switch (error.keyword) {
        case "additionalProperties": {
            const allowed = Object.keys(parent?.properties ?? {});
            return {
                field,
                problem: `has an unknown property '${error.params.additionalProperty}'`,
                fix: allowed.length ? `Allowed properties: ${allowed.join(", ")}` : undefined,
            };
        }
        case "required":
            return {
                field,
                problem: `is missing the required property '${error.params.missingProperty}'`,
            };
        case "enum":
            return {
                field,
                problem: "has a value that is not allowed",
                fix: `Use one of: ${error.params.allowedValues.join(", ")}`,
            };
        case "const":
            return {
                field,
                problem: `must be ${JSON.stringify(error.params.allowedValue)}`,
            };
        default:
            return { field, problem: error.message ?? "is invalid" };
    }
}
/**
 * Checks a document against its contract and returns it typed; the error names the file, the
 * field (a JSON pointer) and, when `lineOf` knows it, the line.
 */
function validateContract(contract, value, file, lineOf) {
    const { validate } = contract;
    if (validate(value))
        return value;
    const { field, problem, fix } = explain(validate.errors[0]);
    const line = lineOf?.(field);
    throw new ContractError(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./shared/dist/files/async-fs.js


// The asynchronous file operations the core uses, as promises over node:fs's callbacks, named as
// in node:fs/promises: importing that module loads readline and the REPL's history with it,
// milliseconds of every action's start-up.
const async_fs_close = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.close);
const cp = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.cp);
const mkdir = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.mkdir);
const async_fs_open = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.open);
const read = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.read);
const readdir = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.readdir);
const async_fs_readFile = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.readFile);
const stat = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.stat);
const writeFile = (0,external_node_util_namespaceObject.promisify)(external_node_fs_namespaceObject.writeFile);

;// CONCATENATED MODULE: ./shared/dist/data/data-error.js

/**
 * A dataset that cannot be read as the data it claims to be: a ragged row, an unterminated
 * quote, bytes that are not UTF-8, a JSON line that does not parse, a value that does not fit its
 * column's type. It names the file and the line (for Parquet, the row index), so that the user
 * can open the file at the exact spot.
 */
class DataError extends FileError {
    problem;
    rowIndex;
    column;
    constructor(file, 
    /** The problem in words, without the file, line or row that the message starts with. */
    problem, fix, lineNumber, 
    /** For Parquet, where there are no lines: the 0-based index of the row in the file. */
    rowIndex, 
    /** The column the problem is in, when it is in one. */
    column) {
        super(file, rowIndex === undefined ? problem : `row ${rowIndex}: ${problem}`, fix, lineNumber);
        this.problem = problem;
        this.rowIndex = rowIndex;
        this.column = column;
    }
}
/** A line over `maxLineBytes`: named, so that a runaway line never takes all the memory. */
function lineTooLong(file, line, maxBytes) {
    const limit = maxBytes % 2 ** 20 === 0 ? `${maxBytes / 2 ** 20} MiB` : `${maxBytes} bytes`;
    return new DataError(file, `the line starting here is longer than ${limit}, the most a line may hold`, "Check for a missing line break, or in CSV a quote that never closes (a quoted field runs on to the next quote)", line);
}

;// CONCATENATED MODULE: ./shared/dist/data/glob.js



const GLOB_CHARS = /[*?[]/;
/** Whether a path is a pattern rather than a file name. */
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/**
 * A regular expression for a glob over `/`-separated paths: `*` is any run of characters but
 * `/`, `?` one such character, `**` any run of whole path segments (none included), `[abc]` and
 * `[!abc]` a character class. Everything else is literal. A leading `.` is not special.
 */
function globToRegExp(pattern) {
    let source = "";
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "*") {
            if (pattern[i + 1] === "*") {
                const slash = pattern[i + 2] === "/";
                source += slash ? "(?:.*/)?" : ".*";
                i += slash ? 2 : 1;
            }
            else
                source += "[^/]*";
        }
        else if (c === "?")
            source += "[^/]";
        else if (c === "[") {
            const close = pattern.indexOf("]", i + 2);
            if (close < 0)
                source += "\\[";
            else {
                let body = pattern.slice(i + 1, close);
                if (body.startsWith("!"))
                    body = `^${body.slice(1)}`;
                source += `[${body.replace(/\\/g, "\\\\")}]`;
                i = close;
            }
        }
        else
            source += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
    }
    return new RegExp(`^${source}$`);
}
/**
 * The files a pattern names, sorted so that a dataset read from a glob is read in the same order
 * on every machine. A name without glob characters is returned as is, and so is an existing file
 * whose name only looks like a pattern (`data[1].csv`). The directory walk starts
 * at the longest literal prefix of the pattern and goes no deeper than the pattern can reach.
 */
async function expandGlob(pattern) {
    if (!isGlob(pattern) || (0,external_node_fs_namespaceObject.existsSync)(pattern))
        return [pattern];
    const normalized = external_node_path_namespaceObject.sep === "/" ? pattern : pattern.split(external_node_path_namespaceObject.sep).join("/");
    const segments = normalized.split("/");
    const firstGlob = segments.findIndex((segment) => isGlob(segment));
    const base = segments.slice(0, firstGlob).join("/");
    const rest = segments.slice(firstGlob);
    const matcher = globToRegExp(rest.join("/"));
    const maxDepth = rest.includes("**") || rest.some((s) => s.includes("**")) ? Infinity : rest.length;
    const found = [];
    const walk = async (dir, relative, depth) => {
        let entries;
        try {
            entries = await readdir(dir === "" ? "." : dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
            const full = dir === "" ? entry.name : (0,external_node_path_namespaceObject.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth + 1 < maxDepth)
                    await walk(full, rel, depth + 1);
            }
            else if (matcher.test(rel))
                found.push(full);
        }
    };
    await walk(base === "" && normalized.startsWith("/") ? "/" : base, "", 0);
    return found.sort();
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./shared/dist/data/check-utf8.js


/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure are the lines searched one by one.
 * `firstLine` is the line on which `buf` starts. Callers pass buffers that end on a line break
 * (or at the end of the file), so a character is never split.
 */
function checkUtf8(file, buf, firstLine) {
    if ((0,external_node_buffer_namespaceObject.isUtf8)(buf))
        return;
    let line = firstLine;
    let start = 0;
    while (start < buf.length) {
        let end = buf.indexOf(0x0a, start);
        if (end < 0)
            end = buf.length;
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(buf.subarray(start, end)))
            break;
        start = end + 1;
        line++;
    }
    throw new DataError(file, "the bytes on this line are not valid UTF-8", "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`)", line);
}

;// CONCATENATED MODULE: ./shared/dist/data/csv-tokenizer.js

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/**
 * An RFC 4180 tokenizer: a state machine over bytes that finds fields and rows (quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends). It works on a buffer
 * holding the rest of the previous chunk followed by the next one, and hands back where the last
 * complete row ends, so that the caller keeps only one partial row between chunks. Blank lines
 * are skipped. A quote inside an unquoted field is taken literally, as most writers expect.
 * A row longer than `maxRowBytes`, complete or not, is refused, so that the kept part is bounded.
 */
class CsvTokenizer {
    file;
    delimiter;
    maxRowBytes;
    /** The line at which the next scan starts. */
    line = 1;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    constructor(file, delimiter, maxRowBytes) {
        this.file = file;
        this.delimiter = delimiter;
        this.maxRowBytes = maxRowBytes;
    }
    /**
     * Hands every complete row of `buf` to `sink` and returns the index just after the last one.
     * With `final`, the buffer is the end of the file: every byte must belong to a row.
     */
    scan(buf, final, sink) {
        const end = buf.length;
        const delimiter = this.delimiter;
        let pos = 0;
        let line = this.line;
        while (pos < end) {
            const rowStart = pos;
            const rowLine = line;
            let c = buf[pos];
            if (c === LF) {
                pos++;
                line++;
                continue;
            }
            if (c === CR) {
                if (pos + 1 >= end && !final)
                    break;
                pos += buf[pos + 1] === LF ? 2 : 1;
                line++;
                continue;
            }
            let count = 0;
            for (;;) {
                if (count === this.starts.length)
                    this.grow();
                if (pos < end && buf[pos] === QUOTE) {
                    let q = pos + 1;
                    let flag = 1;
                    let closing = -1;
                    for (;;) {
                        const next = buf.indexOf(QUOTE, q);
                        if (next < 0)
                            break;
                        if (next + 1 < end && buf[next + 1] === QUOTE) {
                            q = next + 2;
                            flag = 2;
                            continue;
                        }
                        if (next + 1 >= end && !final)
                            break;
                        closing = next;
                        break;
                    }
                    if (closing < 0) {
                        if (!final)
                            return this.partial(rowStart, end, rowLine);
                        throw new DataError(this.file, "a quoted field opens here and never closes", 'Close the field with a quote, and double any quote inside it ("")', line);
                    }
                    for (let i = pos + 1; i < closing; i++)
                        if (buf[i] === LF)
                            line++;
                    this.starts[count] = pos + 1;
                    this.ends[count] = closing;
                    this.flags[count] = flag;
                    pos = closing + 1;
                }
                else {
                    let p = pos;
                    while (p < end) {
                        c = buf[p];
                        if (c === delimiter || c === LF || c === CR)
                            break;
                        p++;
                    }
                    this.starts[count] = pos;
                    this.ends[count] = p;
                    this.flags[count] = 0;
                    pos = p;
                }
                count++;
                if (pos >= end) {
                    if (!final)
                        return this.partial(rowStart, end, rowLine);
                    break;
                }
                c = buf[pos];
                if (c === delimiter) {
                    pos++;
                    continue;
                }
                if (c === LF) {
                    pos++;
                    line++;
                    break;
                }
                if (c === CR) {
                    if (pos + 1 >= end && !final)
                        return this.partial(rowStart, end, rowLine);
                    pos += buf[pos + 1] === LF ? 2 : 1;
                    line++;
                    break;
                }
                throw new DataError(this.file, `unexpected ${JSON.stringify(String.fromCharCode(c))} after a closing quote`, "Quote the whole field, doubling the quotes inside it", line);
            }
            if (pos - rowStart > this.maxRowBytes)
                throw lineTooLong(this.file, rowLine, this.maxRowBytes);
            sink.row(buf, this.starts, this.ends, this.flags, count, rowLine);
        }
        this.line = line;
        return pos;
    }
    /** Stops a scan at an incomplete row, which the caller keeps for the next one. */
    partial(rowStart, end, rowLine) {
        if (end - rowStart > this.maxRowBytes)
            throw lineTooLong(this.file, rowLine, this.maxRowBytes);
        this.line = rowLine;
        return rowStart;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const flags = new Uint8Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        flags.set(this.flags);
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
    }
}

;// CONCATENATED MODULE: ./shared/dist/data/open-data-file.js



/** A gzip stream read into the caller's buffer, keeping what did not fit for the next read. */
async function gunzipped(file) {
    // zlib and streams are loaded only for compressed files: most reads never need them.
    const [{ createGunzip }, { pipeline }] = await Promise.all([
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 522, 19)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 75, 19)),
    ]);
    const stream = pipeline((0,external_node_fs_namespaceObject.createReadStream)(file), createGunzip(), () => { });
    const chunks = stream[Symbol.asyncIterator]();
    let pending = Buffer.alloc(0);
    return {
        async read(into, offset, length) {
            if (pending.length === 0) {
                let next;
                try {
                    next = await chunks.next();
                }
                catch (error) {
                    const { code, message } = error;
                    if (!code?.startsWith("Z_"))
                        throw error;
                    throw new DataError(file, `is not valid gzip (${message})`, "Check that the file is gzip-compressed whole, or drop .gz from its name");
                }
                if (next.done)
                    return 0;
                pending = next.value;
            }
            const taken = pending.copy(into, offset, 0, Math.min(length, pending.length));
            pending = pending.subarray(taken);
            return taken;
        },
        async close() {
            stream.destroy();
        },
    };
}
/**
 * Opens a data file for reading: a plain file is read straight into the caller's buffer, a
 * `.gz` one through gunzip. Zstandard is refused by name: Node.js 20, which the CLI supports,
 * has no zstd decoder, and the bytes would otherwise be reported as text that is not UTF-8.
 */
async function openDataFile(file) {
    if (/\.zst$/i.test(file)) {
        throw new DataError(file, "is zstd-compressed, which the reader cannot decompress", "Decompress it first (zstd -d), or compress it with gzip (.gz) instead");
    }
    if (/\.gz$/i.test(file))
        return gunzipped(file);
    const fd = await async_fs_open(file, "r");
    return {
        read: async (into, offset, length) => (await read(fd, into, offset, length, null)).bytesRead,
        close: () => async_fs_close(fd),
    };
}

;// CONCATENATED MODULE: ./shared/dist/data/read-options.js
const DEFAULT_BATCH_SIZE = 65_536;
const DEFAULT_INFER_ROWS = 10_000;
const DEFAULT_MAX_LINE_BYTES = 64 * 2 ** 20;

;// CONCATENATED MODULE: ./shared/dist/data/parse-cell.js
/**
 * Parsing of one cell's text into a typed value. The byte-level number parser is the hot path of
 * CSV reading: it reads digits straight from the file's buffer, without making a string, and is
 * exact (correctly rounded) because it only takes the short cut when the mantissa and the power
 * of ten are both exactly representable (Clinger's fast path); anything else goes to `Number`.
 */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT = 2 ** 53;
/** Set by `parseNumberBytes`: whether the lexeme was a plain integer (no point, no exponent). */
let lastWasInteger = false;
/**
 * The number spelled by `buf[start, end)`, or `NaN` when the bytes are not a decimal number
 * (`[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?`; no spaces, no hex, no `Infinity`).
 */
function parseNumberBytes(buf, start, end) {
    return parseNumberInto(buf, start, end, parsed, 0) ? parsed[0] : Number.NaN;
}
const parsed = new Float64Array(1);
/**
 * `parseNumberBytes` that writes the number into `out[index]` and returns whether the bytes are
 * a number: the CSV reader's form, since a number returned from a call is boxed on the heap.
 */
function parseNumberInto(buf, start, end, out, index) {
    let p = start;
    let negative = false;
    let c = buf[p];
    if (c === 45 || c === 43) {
        negative = c === 45;
        p++;
    }
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let exact = true;
    while (p < end) {
        c = buf[p];
        if (c < 48 || c > 57)
            break;
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        p++;
    }
    let integer = true;
    if (p < end && buf[p] === 46) {
        integer = false;
        p++;
        while (p < end) {
            c = buf[p];
            if (c < 48 || c > 57)
                break;
            mantissa = mantissa * 10 + (c - 48);
            digits++;
            scale--;
            p++;
        }
    }
    if (digits === 0)
        return false;
    if (p < end) {
        c = buf[p];
        if (c !== 101 && c !== 69)
            return false;
        integer = false;
        p++;
        let expNegative = false;
        c = buf[p];
        if (c === 45 || c === 43) {
            expNegative = c === 45;
            p++;
        }
        let exponent = 0;
        let expDigits = 0;
        while (p < end) {
            c = buf[p];
            if (c < 48 || c > 57)
                return false;
            exponent = exponent * 10 + (c - 48);
            expDigits++;
            p++;
            if (exponent > 1e6)
                exact = false;
        }
        if (expDigits === 0)
            return false;
        scale += expNegative ? -exponent : exponent;
    }
    lastWasInteger = integer;
    if (exact && mantissa < MAX_EXACT) {
        let value;
        if (scale === 0)
            value = mantissa;
        else if (scale > 0 && scale <= 22)
            value = mantissa * POWERS_OF_TEN[scale];
        else if (scale < 0 && scale >= -22)
            value = mantissa / POWERS_OF_TEN[-scale];
        if (value !== undefined) {
            out[index] = negative ? -value : value;
            return true;
        }
    }
    // The slow path: the lexeme is valid, so the engine's own parser rounds it correctly.
    let text = "";
    for (let i = start; i < end; i++)
        text += String.fromCharCode(buf[i]);
    out[index] = Number(text);
    return true;
}
let scratch = new Uint8Array(64);
/** The number spelled by `text` (same grammar as `parseNumberBytes`), or `NaN`. */
function parseNumberText(text) {
    // Numbers are ASCII: copy the code units into a reused buffer rather than encode.
    if (text.length > scratch.length)
        scratch = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 127)
            return Number.NaN;
        scratch[i] = c;
    }
    return parseNumberBytes(scratch, 0, text.length);
}
/** Whether a numeric lexeme has a leading zero that makes it look like an identifier (`00501`). */
function hasLeadingZero(text) {
    const s = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
    const next = text.charCodeAt(s + 1);
    return text.charCodeAt(s) === 48 && next >= 48 && next <= 57;
}
/** Frictionless's number extras, accepted in columns declared `number`: `NaN`, `INF`, `-INF`. */
function parseSpecialNumber(text) {
    switch (text) {
        case "NaN":
            return Number.NaN;
        case "INF":
        case "+INF":
            return Number.POSITIVE_INFINITY;
        case "-INF":
            return Number.NEGATIVE_INFINITY;
        default:
            return undefined;
    }
}
const TRUE_VALUES = new Set(["true", "True", "TRUE"]);
const FALSE_VALUES = new Set(["false", "False", "FALSE"]);
/** 1 for a true value, 0 for a false one, `NaN` for anything else (Table Schema's defaults). */
function parseBoolean(text) {
    if (TRUE_VALUES.has(text))
        return 1;
    if (FALSE_VALUES.has(text))
        return 0;
    return Number.NaN;
}
/** `parseBoolean` on the bytes `buf[start, end)`, without making a string. */
function parseBooleanBytes(buf, start, end) {
    const length = end - start;
    if (length === 4) {
        for (const word of TRUE_VALUES)
            if (spells(buf, start, word))
                return 1;
    }
    else if (length === 5) {
        for (const word of FALSE_VALUES)
            if (spells(buf, start, word))
                return 0;
    }
    return Number.NaN;
}
/** Whether the bytes at `start` spell the ASCII `word`. */
function spells(buf, start, word) {
    for (let i = 0; i < word.length; i++)
        if (buf[start + i] !== word.charCodeAt(i))
            return false;
    return true;
}
/** The value of the `count` ASCII digits at `start`, or -1 if one is not a digit. */
function digitsAt(buf, start, count) {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const d = buf[i] - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The CSV fast path of `parseDatetime` for its commonest form, a plain date `YYYY-MM-DD` of a
 * year from 100 on (`Date.UTC` reads years 0-99 as 19xx): milliseconds since the epoch, by
 * the days-from-civil formula, with no string, regular expression or `Date`. `NaN` for any other
 * bytes, which then take the full text path.
 */
function parseDateBytes(buf, start, end) {
    if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return Number.NaN;
    const year = digitsAt(buf, start, 4);
    const month = digitsAt(buf, start + 5, 2);
    const day = digitsAt(buf, start + 8, 2);
    if (year < 100 || month < 1 || month > 12 || day < 1)
        return Number.NaN;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0))
        return Number.NaN;
    // Days from 0000-03-01 (March-based years put the leap day last), then from 1970-01-01.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Milliseconds since the Unix epoch for an ISO 8601 date (`2024-05-01`) or date-time
 * (`2024-05-01T12:30:00.250Z`, `2024-05-01 12:30`, `...+02:00`), or `NaN`. A date-time without
 * an offset is taken as UTC, so that the same file gives the same numbers on every machine.
 */
function parseDatetime(text) {
    const m = DATETIME.exec(text);
    if (!m)
        return Number.NaN;
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const month = Number(mo);
    const day = Number(d);
    const hour = h === undefined ? 0 : Number(h);
    const minute = mi === undefined ? 0 : Number(mi);
    const second = s === undefined ? 0 : Number(s);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return Number.NaN;
    }
    const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
    let time = Date.UTC(Number(y), month - 1, day, hour, minute, second, ms);
    if (new Date(time).getUTCDate() !== day)
        return Number.NaN;
    if (zone !== undefined && zone !== "Z") {
        const sign = zone.startsWith("-") ? -1 : 1;
        const digits = zone.slice(1).replace(":", "");
        time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return time;
}

;// CONCATENATED MODULE: ./shared/dist/data/string-dictionary.js
/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer: FNV alone leaves the low bits (the slot)
 * depending only on the low bits of each byte, so that keys such as `U0000001`, `U0000002`...
 * pile up in a few runs of slots; the mixer spreads every byte over every bit.
 */
function hashBytes(buf, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** Any UTF-16 surrogate: only a string holding one can lack a UTF-8 spelling. */
const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * The dictionary of a string column: each distinct string gets the next code. Cells are looked
 * up by their UTF-8 bytes, through an open-addressing hash table over the bytes of the known
 * strings, so that a repeated value (the common case for categories) never becomes a string:
 * only a value seen for the first time is decoded. Strings given as text are encoded into a
 * reused buffer and looked up the same way; the rare string with a lone surrogate, which has no
 * UTF-8 spelling, is kept in a map of its own.
 */
class StringDictionary {
    values = [];
    /** Open addressing: code + 1 per slot, 0 for an empty slot; the length is a power of two. */
    slots = new Int32Array(64);
    hashes = new Uint32Array(16);
    /** The UTF-8 bytes of every value, end to end; value `c` is `arena[starts[c], starts[c + 1])`. */
    arena = new Uint8Array(256);
    starts = new Int32Array(17);
    scratch = Buffer.allocUnsafe(256);
    unspellable;
    /**
     * Forgets every value but keeps the tables' memory, for a dictionary refilled batch after
     * batch. The values array handed out so far stays as it is.
     */
    clear() {
        this.values = [];
        this.slots.fill(0);
        this.unspellable = undefined;
    }
    /** The code of the string spelled by `buf[start, end)`, added if new. */
    codeOfBytes(buf, start, end) {
        const hash = hashBytes(buf, start, end);
        const code = this.find(buf, start, end, hash);
        return code >= 0 ? code : this.add(buf.toString("utf8", start, end), buf, start, end, hash);
    }
    /** The code of `text`, added if new. */
    codeOf(text) {
        if (SURROGATE.test(text) && Buffer.from(text, "utf8").toString("utf8") !== text) {
            return this.unspellableCode(text);
        }
        if (this.scratch.length < text.length * 3)
            this.scratch = Buffer.allocUnsafe(text.length * 3);
        const end = this.scratch.write(text, 0, "utf8");
        const hash = hashBytes(this.scratch, 0, end);
        const code = this.find(this.scratch, 0, end, hash);
        return code >= 0 ? code : this.add(text, this.scratch, 0, end, hash);
    }
    /** The code of a string with a lone surrogate: it has no bytes and is never in the table. */
    unspellableCode(text) {
        this.unspellable ??= new Map();
        let code = this.unspellable.get(text);
        if (code === undefined) {
            code = this.push(text, 0);
            this.unspellable.set(text, code);
        }
        return code;
    }
    /** The code of the value spelled by `buf[start, end)`, whose hash is `hash`, or -1. */
    find(buf, start, end, hash) {
        const mask = this.slots.length - 1;
        const length = end - start;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot];
            if (entry === 0)
                return -1;
            const code = entry - 1;
            if (this.hashes[code] !== hash)
                continue;
            const from = this.starts[code];
            if (this.starts[code + 1] - from !== length)
                continue;
            let i = 0;
            while (i < length && this.arena[from + i] === buf[start + i])
                i++;
            if (i === length)
                return code;
        }
    }
    /** Gives `text`, spelled by `buf[start, end)` whose hash is `hash`, the next code. */
    add(text, buf, start, end, hash) {
        const code = this.push(text, end - start);
        const arena = this.arena;
        // A loop, not `set(subarray)`: values are short, and a view per value costs more.
        for (let i = start, to = this.starts[code]; i < end; i++, to++)
            arena[to] = buf[i];
        this.hashes[code] = hash;
        if ((code + 1) * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        else
            this.place(code, hash);
        return code;
    }
    /** Appends `text` to the values with room for `length` bytes in the arena; returns its code. */
    push(text, length) {
        const code = this.values.length;
        this.values.push(text);
        // Each table grows on its own: they double from different lengths.
        if (code + 2 > this.starts.length)
            this.starts = grown(this.starts, code + 2);
        if (code + 1 > this.hashes.length)
            this.hashes = grown(this.hashes, code + 1);
        const from = this.starts[code];
        if (from + length > this.arena.length)
            this.arena = grown(this.arena, from + length);
        this.starts[code + 1] = from + length;
        return code;
    }
    place(code, hash) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = code + 1;
    }
    rehash(size) {
        this.slots = new Int32Array(size);
        const unspellable = this.unspellable;
        for (let code = 0; code < this.values.length; code++) {
            if (unspellable?.get(this.values[code]) !== code)
                this.place(code, this.hashes[code]);
        }
    }
}
/** A copy of `array` at least `length` long (doubling), for arrays that only grow. */
function grown(array, length) {
    const copy = new array.constructor(Math.max(length, array.length * 2));
    copy.set(array);
    return copy;
}

;// CONCATENATED MODULE: ./shared/dist/data/column-builder.js


function quoteCell(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}
class NumericBuilder {
    name;
    type;
    declared;
    values = new Float64Array(0);
    constructor(name, type, 
    /** Whether the schema declared the column, which admits `NaN`, `INF` and `-INF`. */
    declared) {
        this.name = name;
        this.type = type;
        this.declared = declared;
    }
    start(capacity) {
        this.values = new Float64Array(capacity);
    }
    appendBytes(buf, start, end, row) {
        const type = this.type;
        if (type === "numeric" || type === "integer") {
            const ok = parseNumberInto(buf, start, end, this.values, row);
            if (ok && (type === "numeric" || lastWasInteger))
                return undefined;
        }
        else {
            const n = type === "boolean" ? parseBooleanBytes(buf, start, end) : parseDateBytes(buf, start, end);
            if (!Number.isNaN(n)) {
                this.values[row] = n;
                return undefined;
            }
        }
        // The text path gives the words of the problem, or parses what the fast paths leave out.
        return this.appendText(buf.toString("utf8", start, end), row);
    }
    appendText(text, row) {
        let value;
        switch (this.type) {
            case "numeric": {
                value = parseNumberText(text);
                if (Number.isNaN(value) && this.declared) {
                    const special = parseSpecialNumber(text);
                    if (special !== undefined)
                        value = special;
                    else
                        return `${quoteCell(text)} is not a number`;
                    break;
                }
                if (Number.isNaN(value))
                    return `${quoteCell(text)} is not a number`;
                break;
            }
            case "integer":
                value = parseNumberText(text);
                if (Number.isNaN(value) || !lastWasInteger)
                    return `${quoteCell(text)} is not an integer`;
                break;
            case "boolean":
                value = parseBoolean(text);
                if (Number.isNaN(value))
                    return `${quoteCell(text)} is not a boolean (true or false)`;
                break;
            case "datetime":
                value = parseDatetime(text);
                if (Number.isNaN(value))
                    return `${quoteCell(text)} is not an ISO 8601 date or date-time`;
                break;
        }
        this.values[row] = value;
        return undefined;
    }
    appendValue(value, row) {
        if (value === null || value === undefined) {
            this.values[row] = Number.NaN;
            return undefined;
        }
        if (typeof value === "string")
            return this.appendText(value, row);
        let n;
        if (typeof value === "number")
            n = value;
        else if (typeof value === "bigint")
            n = Number(value);
        else if (typeof value === "boolean")
            n = value ? 1 : 0;
        else if (value instanceof Date)
            n = value.getTime();
        else
            return `${quoteCell(JSON.stringify(value))} is not a ${this.type} value`;
        if (this.type === "integer" && !Number.isInteger(n))
            return `${n} is not an integer`;
        if (this.type === "boolean" && typeof value !== "boolean")
            return `${n} is not a boolean`;
        this.values[row] = n;
        return undefined;
    }
    appendMissing(row) {
        this.values[row] = Number.NaN;
    }
    finish(length) {
        return { name: this.name, type: this.type, values: this.values.subarray(0, length) };
    }
}
class StringBuilder {
    name;
    type;
    codes = new Int32Array(0);
    dictionary = new StringDictionary();
    constructor(name, type) {
        this.name = name;
        this.type = type;
    }
    start(capacity) {
        this.codes = new Int32Array(capacity);
        // A categorical dictionary lives as long as the read, so codes agree across batches.
        if (this.type === "text")
            this.dictionary.clear();
    }
    appendBytes(buf, start, end, row) {
        this.codes[row] = this.dictionary.codeOfBytes(buf, start, end);
        return undefined;
    }
    appendText(text, row) {
        this.codes[row] = this.dictionary.codeOf(text);
        return undefined;
    }
    appendValue(value, row) {
        if (value === null || value === undefined) {
            this.codes[row] = -1;
            return undefined;
        }
        let text;
        if (typeof value === "string")
            text = value;
        else if (value instanceof Date)
            text = value.toISOString();
        else if (typeof value === "object")
            text = JSON.stringify(value);
        else
            text = String(value);
        return this.appendText(text, row);
    }
    appendMissing(row) {
        this.codes[row] = -1;
    }
    finish(length) {
        // A snapshot of the dictionary: later batches may append to the shared one.
        const values = this.dictionary.values;
        const dictionary = this.type === "text" ? values : values.slice();
        return { name: this.name, type: this.type, codes: this.codes.subarray(0, length), dictionary };
    }
}
/** A builder for a column of the given type. */
function columnBuilder(name, type, declared = false) {
    return type === "categorical" || type === "text"
        ? new StringBuilder(name, type)
        : new NumericBuilder(name, type, declared);
}

;// CONCATENATED MODULE: ./shared/dist/data/infer-type.js

/**
 * The type of a column from a sample of its non-missing values (the first rows of the data).
 * The rule, in order:
 *
 * 1. no value at all: `text` (the one type that accepts anything later);
 * 2. every value is `true`/`false` (any of `true True TRUE false False FALSE`): `boolean`;
 * 3. every value is an integer lexeme (`-12`, `+7`) that is a safe integer: `integer`;
 * 4. every value is a finite decimal number (`1.5`, `-2e-3`, `.5`): `numeric`;
 * 5. every value is an ISO 8601 date or date-time: `datetime`;
 * 6. otherwise a string column: `categorical` when it has at most `maxCategories` (1000) distinct
 *    values and either at most 20 of them or at most `maxCategoryRatio` (0.5) of its values;
 *    else `text`.
 *
 * In rules 3 and 4 a value with a leading zero (`00501`, `-007`) is not a number: such columns
 * are identifiers (zip codes, account numbers) and stay strings. `Infinity`, `NaN` and hex are not
 * numbers either; declare the column `number` to accept Frictionless's `NaN`, `INF` and `-INF`.
 */
function inferType(values, options = {}) {
    if (values.length === 0)
        return "text";
    if (values.every((v) => !Number.isNaN(parseBoolean(v))))
        return "boolean";
    let allIntegers = true;
    let allNumbers = true;
    for (const value of values) {
        const n = parseNumberText(value);
        if (!Number.isFinite(n) || hasLeadingZero(value)) {
            allNumbers = false;
            break;
        }
        if (!lastWasInteger || !Number.isSafeInteger(n))
            allIntegers = false;
    }
    if (allNumbers)
        return allIntegers ? "integer" : "numeric";
    if (values.every((v) => !Number.isNaN(parseDatetime(v))))
        return "datetime";
    return stringKind(values, options);
}
/** Categorical or text, by rule 6 of `inferType`. */
function stringKind(values, options = {}) {
    const maxCategories = options.maxCategories ?? 1000;
    const ratio = options.maxCategoryRatio ?? 0.5;
    const distinct = new Set();
    for (const value of values) {
        distinct.add(value);
        if (distinct.size > maxCategories)
            return "text";
    }
    return distinct.size <= 20 || distinct.size <= ratio * values.length ? "categorical" : "text";
}
/**
 * The type of a column declared in a Table Schema; `string` is refined to categorical or text
 * by rule 6 of `inferType` on the sample, and `any` (or no type) is inferred.
 */
function declaredType(field, sample, options = {}) {
    switch (field.type) {
        case "number":
            return "numeric";
        case "integer":
            return "integer";
        case "boolean":
            return "boolean";
        case "date":
        case "datetime":
            return "datetime";
        case "string":
            return stringKind(sample, options);
        default:
            return inferType(sample, options);
    }
}

;// CONCATENATED MODULE: ./shared/dist/data/table-typing.js




/**
 * The columns of a dataset once typed, and the batch being filled. One instance serves every
 * file of a read, so that all files share names, types and categorical dictionaries.
 */
class TableTyping {
    names;
    types;
    builders;
    /** Per column, the missing-value strings, and the same as bytes for the CSV fast path. */
    missingText;
    missingBytes;
    /** Per column: whether the only missing value is the empty string (the common, fast case). */
    onlyEmptyMissing;
    batchSize;
    rows = 0;
    rowOffset = 0;
    lineNumbers = new Float64Array(0);
    ready = [];
    file = "";
    onInvalidCell;
    constructor(names, types, declared, missing, options) {
        this.names = names;
        this.types = types;
        this.builders = names.map((name, i) => columnBuilder(name, types[i], declared[i]));
        this.missingText = missing.map((list) => new Set(list));
        this.missingBytes = missing.map((list) => list.map((m) => Buffer.from(m, "utf8")));
        this.onlyEmptyMissing = missing.map((list) => list.length === 1 && list[0] === "");
        this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
        this.onInvalidCell = options.onInvalidCell;
    }
    /**
     * Hands an invalid cell of row `row` to the read's `onInvalidCell` and stores it as missing;
     * false when the read has no such hook, and the reader throws.
     */
    acceptInvalid(column, row, line, text) {
        if (this.onInvalidCell === undefined)
            return false;
        const builder = this.builders[column];
        builder.appendMissing(row);
        this.onInvalidCell(builder.name, line, text);
        return true;
    }
    /**
     * Types the columns: a declared field decides (see `declaredType`), else the sample decides
     * (see `inferType`). `sample[i]` holds column i's non-missing values as text; `known[i]`, when
     * set, is a type the format itself carries (Parquet), used unless the schema declares one.
     */
    static create(file, names, sample, options, known = [], headerLine) {
        const fields = new Map();
        for (const field of options.schema?.fields ?? [])
            fields.set(field.name, field);
        for (const name of fields.keys()) {
            if (!names.includes(name)) {
                throw new DataError(file, `the schema declares a column '${name}' that the data does not have`, `The data has: ${names.join(", ")}`, headerLine, undefined, name);
            }
        }
        const seen = new Set();
        for (const name of names) {
            if (seen.has(name)) {
                throw new DataError(file, `two columns are named '${name}'`, "Give each column its own name", headerLine ?? 1, undefined, name);
            }
            seen.add(name);
        }
        const defaultMissing = options.missingValues ?? options.schema?.missingValues ?? [""];
        const types = [];
        const declared = [];
        const missing = [];
        names.forEach((name, i) => {
            const field = fields.get(name);
            const values = sample[i] ?? [];
            const isDeclared = field?.type !== undefined && field.type !== "any";
            declared.push(isDeclared);
            missing.push(field?.missingValues ?? defaultMissing);
            const fromFormat = known[i];
            if (isDeclared || fromFormat === undefined) {
                types.push(field
                    ? declaredType(field, values, options.inference)
                    : inferType(values, options.inference));
            }
            else if (fromFormat === "categorical" || fromFormat === "text") {
                types.push(declaredType({ name, type: "string" }, values, options.inference));
            }
            else
                types.push(fromFormat);
        });
        return new TableTyping(names, types, declared, missing, options);
    }
    /** Whether `text` is a missing value of column `column`. */
    isMissingText(column, text) {
        return this.missingText[column].has(text);
    }
    /** Whether `buf[start, end)` is a missing value of column `column`. */
    isMissingBytes(column, buf, start, end) {
        const length = end - start;
        if (this.onlyEmptyMissing[column])
            return length === 0;
        for (const m of this.missingBytes[column]) {
            if (m.length !== length)
                continue;
            let i = 0;
            while (i < length && m[i] === buf[start + i])
                i++;
            if (i === length)
                return true;
        }
        return false;
    }
    /** Starts the rows of a new file. */
    beginFile(file) {
        this.flush();
        this.file = file;
    }
    /** The row index, in the current batch, for the next row; starts a batch when needed. */
    nextRow() {
        if (this.rows === 0) {
            this.lineNumbers = new Float64Array(this.batchSize);
            for (const builder of this.builders)
                builder.start(this.batchSize);
        }
        return this.rows;
    }
    /** Ends the row begun by `nextRow`. */
    endRow(line) {
        this.lineNumbers[this.rows] = line;
        this.rows++;
        if (this.rows === this.batchSize)
            this.flush();
    }
    /** Closes the batch in progress, if it has rows. */
    flush() {
        if (this.rows === 0)
            return;
        this.ready.push(this.makeBatch(this.rows));
        this.rowOffset += this.rows;
        this.rows = 0;
    }
    /** An empty batch naming the columns, for a dataset with no rows. */
    emptyBatch() {
        for (const builder of this.builders)
            builder.start(0);
        this.lineNumbers = new Float64Array(0);
        return this.makeBatch(0);
    }
    /** The batches completed since the last call. */
    take() {
        return this.ready.splice(0, this.ready.length);
    }
    /** How many rows have been completed so far, over all files. */
    get rowCount() {
        return this.rowOffset + this.rows;
    }
    makeBatch(length) {
        const columns = new Map();
        for (const builder of this.builders)
            columns.set(builder.name, builder.finish(length));
        return {
            file: this.file,
            length,
            rowOffset: this.rowOffset,
            lineNumbers: this.lineNumbers.subarray(0, length),
            columns,
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/data/read-csv.js






const CHUNK_BYTES = 1 << 22;
function decodeField(buf, start, end, flag) {
    const text = buf.toString("utf8", start, end);
    return flag === 2 ? text.replaceAll('""', '"') : text;
}
/** Turns tokenized rows into typed columns; keeps the first rows as text until typing is known. */
class CsvRows {
    file;
    context;
    names;
    sample = [];
    constructor(file, context) {
        this.file = file;
        this.context = context;
    }
    row(buf, starts, ends, flags, count, line) {
        if (this.names === undefined) {
            const known = this.context.typing?.names;
            if (this.context.options.header ?? true) {
                const names = [];
                for (let i = 0; i < count; i++)
                    names.push(decodeField(buf, starts[i], ends[i], flags[i]));
                if (known && known.join("\u0000") !== names.join("\u0000")) {
                    throw new DataError(this.file, `the header (${names.join(", ")}) differs from the first file's (${known.join(", ")})`, "Give every file of the dataset the same columns in the same order", line);
                }
                this.names = names;
                this.headerLine = line;
                return;
            }
            this.names = known ? [...known] : Array.from({ length: count }, (_, i) => `column${i + 1}`);
        }
        if (count !== this.names.length) {
            throw new DataError(this.file, `this row has ${count} field${count === 1 ? "" : "s"}, the header has ${this.names.length}`, "Give every row as many fields as the header, quoting fields that contain the delimiter", line);
        }
        const typing = this.context.typing;
        if (typing === undefined) {
            const cells = [];
            for (let i = 0; i < count; i++)
                cells.push(decodeField(buf, starts[i], ends[i], flags[i]));
            this.sample.push({ cells, line });
            if (this.sample.length >= (this.context.options.inferRows ?? DEFAULT_INFER_ROWS)) {
                this.startTyping();
            }
            return;
        }
        const r = typing.nextRow();
        const builders = typing.builders;
        for (let i = 0; i < count; i++) {
            const start = starts[i];
            const end = ends[i];
            const builder = builders[i];
            let problem;
            if (flags[i] === 2) {
                const text = decodeField(buf, start, end, 2);
                if (typing.isMissingText(i, text))
                    builder.appendMissing(r);
                else
                    problem = builder.appendText(text, r);
            }
            else if (typing.isMissingBytes(i, buf, start, end))
                builder.appendMissing(r);
            else
                problem = builder.appendBytes(buf, start, end, r);
            if (problem !== undefined) {
                const text = decodeField(buf, start, end, flags[i]);
                if (!typing.acceptInvalid(i, r, line, text))
                    this.fail(builder, problem, line);
            }
        }
        typing.endRow(line);
    }
    /** The line of the header row, or undefined without one. */
    headerLine;
    /** Types the columns from the rows kept so far, then feeds those rows through. */
    startTyping() {
        if (this.context.typing !== undefined || this.names === undefined)
            return;
        const names = this.names;
        const values = names.map((_, i) => {
            const missing = new Set(this.missingFor(names[i]));
            const column = [];
            for (const row of this.sample) {
                const cell = row.cells[i];
                if (!missing.has(cell))
                    column.push(cell);
            }
            return column;
        });
        const typing = TableTyping.create(this.file, names, values, this.context.options, [], this.headerLine);
        typing.beginFile(this.file);
        this.context.typing = typing;
        for (const { cells, line } of this.sample) {
            const r = typing.nextRow();
            cells.forEach((text, i) => {
                const builder = typing.builders[i];
                if (typing.isMissingText(i, text))
                    builder.appendMissing(r);
                else {
                    const problem = builder.appendText(text, r);
                    if (problem !== undefined && !typing.acceptInvalid(i, r, line, text)) {
                        this.fail(builder, problem, line);
                    }
                }
            });
            typing.endRow(line);
        }
        this.sample = [];
    }
    missingFor(name) {
        const schema = this.context.options.schema;
        const field = schema?.fields.find((f) => f.name === name);
        return (field?.missingValues ?? this.context.options.missingValues ?? schema?.missingValues ?? [""]);
    }
    fail(column, problem, line) {
        throw new DataError(this.file, `column '${column.name}' (${column.type}): ${problem}`, "Fix the value, add it to the missing values, or declare the column's type in the schema", line, undefined, column.name);
    }
}
/**
 * Reads one CSV file (RFC 4180, gzip-compressed when named `.gz`) in 4 MiB reads into one
 * working buffer, reused from read to read: the partial row at its end moves to its front and
 * the next read lands after it, so that reading a plain file makes no garbage and memory holds
 * one buffer (grown only for a row longer than it, up to `maxLineBytes`) and the batch being
 * filled, whatever the file's length. A UTF-8 byte order mark is skipped.
 */
async function* readCsvFile(file, context) {
    const delimiterText = context.options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file) ? "\t" : ",");
    const delimiterBytes = Buffer.from(delimiterText, "utf8");
    if (delimiterBytes.length !== 1 || delimiterBytes[0] === 0x22 || delimiterBytes[0] === 0x0a) {
        throw new DataError(file, `the delimiter ${JSON.stringify(delimiterText)} is not one byte`);
    }
    const tokenizer = new CsvTokenizer(file, delimiterBytes[0], context.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    const rows = new CsvRows(file, context);
    context.typing?.beginFile(file);
    const source = await openDataFile(file);
    try {
        let buf = Buffer.allocUnsafe(CHUNK_BYTES);
        let kept = 0;
        let first = true;
        for (;;) {
            if (kept === buf.length) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, kept);
                buf = bigger;
            }
            const bytesRead = await source.read(buf, kept, buf.length - kept);
            if (bytesRead === 0)
                break;
            let start = 0;
            const end = kept + bytesRead;
            if (first && end >= 3) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    start = 3;
            }
            const lastBreak = buf.lastIndexOf(0x0a, end - 1);
            if (lastBreak >= start) {
                checkUtf8(file, buf.subarray(start, lastBreak + 1), tokenizer.line);
            }
            const consumed = start + tokenizer.scan(buf.subarray(start, end), false, rows);
            kept = end - consumed;
            buf.copy(buf, 0, consumed, end);
            if (context.typing)
                yield* context.typing.take();
        }
        if (kept > 0) {
            let start = 0;
            if (first && kept >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                start = 3;
            const rest = buf.subarray(start, kept);
            checkUtf8(file, rest, tokenizer.line);
            tokenizer.scan(rest, true, rows);
        }
    }
    finally {
        await source.close();
    }
    if (rows.names === undefined) {
        throw new DataError(file, "the file is empty", "Write a header row naming the columns", 1);
    }
    rows.startTyping();
    context.typing?.flush();
    if (context.typing)
        yield* context.typing.take();
}

;// CONCATENATED MODULE: ./shared/dist/data/read-jsonl.js





const read_jsonl_CHUNK_BYTES = 1 << 20;
/** A JSON value as the text type inference reads (a string is its own text). */
function asText(value) {
    if (typeof value === "string")
        return value;
    if (value instanceof Object)
        return JSON.stringify(value);
    return String(value);
}
/**
 * Reads one JSON Lines file: one JSON object per line, blank lines skipped. Streams like the CSV
 * reader, gunzipping a `.gz` file and refusing a line longer than `maxLineBytes`. The columns are the keys of the rows that type inference looks at, in the order first
 * seen; a key that appears only later is ignored unless the schema declares it. `null` and an
 * absent key are missing; a string is typed by its text, as a CSV cell would be, so the
 * missing-value strings apply to it too.
 */
async function* readJsonlFile(file, context) {
    const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
    const maxLineBytes = context.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    let sample = [];
    let line = 1;
    context.typing?.beginFile(file);
    const startTyping = () => {
        if (context.typing)
            return;
        const names = [];
        const seen = new Set();
        for (const field of context.options.schema?.fields ?? []) {
            seen.add(field.name);
            names.push(field.name);
        }
        for (const { row } of sample) {
            for (const key of Object.keys(row)) {
                if (!seen.has(key)) {
                    seen.add(key);
                    names.push(key);
                }
            }
        }
        const missing = names.map((name) => {
            const field = context.options.schema?.fields.find((f) => f.name === name);
            return new Set(field?.missingValues ??
                context.options.missingValues ??
                context.options.schema?.missingValues ?? [""]);
        });
        const values = names.map((name, i) => {
            const column = [];
            for (const { row } of sample) {
                const value = row[name];
                if (value === null || value === undefined)
                    continue;
                const text = asText(value);
                if (!missing[i].has(text))
                    column.push(text);
            }
            return column;
        });
        const typing = TableTyping.create(file, names, values, context.options);
        typing.beginFile(file);
        context.typing = typing;
        for (const { row, line: rowLine } of sample)
            append(typing, row, rowLine);
        sample = [];
    };
    const append = (typing, row, rowLine) => {
        const r = typing.nextRow();
        typing.builders.forEach((builder, i) => {
            const value = row[builder.name];
            let problem;
            if (value === null || value === undefined)
                builder.appendMissing(r);
            else if (typeof value === "string" && typing.isMissingText(i, value))
                builder.appendMissing(r);
            else
                problem = builder.appendValue(value, r);
            if (problem !== undefined &&
                !typing.acceptInvalid(i, r, rowLine, typeof value === "string" ? value : JSON.stringify(value))) {
                throw new DataError(file, `key '${builder.name}' (${builder.type}): ${problem}`, "Fix the value, or declare the column's type in the schema", rowLine, undefined, builder.name);
            }
        });
        typing.endRow(rowLine);
    };
    const parseLine = (buf, start, end) => {
        let s = start;
        let e = end;
        if (e > s && buf[e - 1] === 0x0d)
            e--;
        while (s < e && (buf[s] === 0x20 || buf[s] === 0x09))
            s++;
        if (s === e)
            return;
        let row;
        try {
            row = JSON.parse(buf.toString("utf8", s, e));
        }
        catch (error) {
            throw new DataError(file, `invalid JSON: ${error.message}`, "Write one complete JSON object per line", line);
        }
        if (row === null || typeof row !== "object" || Array.isArray(row)) {
            throw new DataError(file, "the line is not a JSON object", "Write one object per line", line);
        }
        if (context.typing)
            append(context.typing, row, line);
        else {
            sample.push({ row: row, line });
            if (sample.length >= inferRows)
                startTyping();
        }
    };
    let leftover;
    let first = true;
    const source = await openDataFile(file);
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafe(read_jsonl_CHUNK_BYTES);
            const read = await source.read(chunk, 0, read_jsonl_CHUNK_BYTES);
            if (read === 0)
                break;
            let buf = leftover && leftover.length > 0
                ? Buffer.concat([leftover, chunk.subarray(0, read)])
                : chunk.subarray(0, read);
            if (first) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    buf = buf.subarray(3);
            }
            const lastBreak = buf.lastIndexOf(0x0a);
            if (lastBreak >= 0)
                checkUtf8(file, buf.subarray(0, lastBreak + 1), line);
            let start = 0;
            while (start <= lastBreak) {
                const end = buf.indexOf(0x0a, start);
                if (end - start > maxLineBytes)
                    throw lineTooLong(file, line, maxLineBytes);
                parseLine(buf, start, end);
                line++;
                start = end + 1;
            }
            leftover = buf.subarray(lastBreak + 1);
            if (leftover.length > maxLineBytes)
                throw lineTooLong(file, line, maxLineBytes);
            if (context.typing)
                yield* context.typing.take();
        }
    }
    finally {
        await source.close();
    }
    if (leftover && leftover.length > 0) {
        checkUtf8(file, leftover, line);
        parseLine(leftover, 0, leftover.length);
    }
    if (!context.typing && sample.length === 0) {
        throw new DataError(file, "the file holds no JSON object", "Write one object per line", 1);
    }
    startTyping();
    context.typing?.flush();
    if (context.typing)
        yield* context.typing.take();
}

;// CONCATENATED MODULE: ./shared/dist/data/read-parquet.js



/** The column type a Parquet physical and logical type maps to. */
function parquetType(element) {
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === "DATE" || logical === "TIMESTAMP" || converted === "DATE")
        return "datetime";
    if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS")
        return "datetime";
    if (logical === "DECIMAL" || converted === "DECIMAL")
        return "numeric";
    switch (element.type) {
        case "BOOLEAN":
            return "boolean";
        case "INT32":
        case "INT64":
            return "integer";
        case "INT96":
            return "datetime";
        case "FLOAT":
        case "DOUBLE":
            return "numeric";
        default:
            return logical === "STRING" || logical === "ENUM" || converted === "UTF8"
                ? "categorical"
                : "text";
    }
}
function sampleText(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === "object")
        return JSON.stringify(value);
    return String(value);
}
/**
 * Reads one Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through
 * hyparquet-compressors), one row group at a time: memory holds one row group's columns, not the
 * file. Types come from the file's own schema (a string column becomes categorical or text by the
 * rule of `inferType`); a declared field overrides it. Errors name the row index, 0-based.
 * hyparquet is loaded on the first Parquet read, so that reading CSV or JSONL never pays for it.
 */
async function* readParquetFile(file, context) {
    const { asyncBufferFromFile, parquetScan, parquetSchema } = await __nccwpck_require__.e(/* import() */ 128).then(__nccwpck_require__.bind(__nccwpck_require__, 128));
    const { compressors } = await __nccwpck_require__.e(/* import() */ 138).then(__nccwpck_require__.bind(__nccwpck_require__, 138));
    let scan;
    try {
        const buffer = await asyncBufferFromFile(file);
        scan = await parquetScan({ file: buffer, compressors, useOffsetIndex: false });
    }
    catch (error) {
        throw new DataError(file, `not a readable Parquet file: ${error.message}`);
    }
    const tree = parquetSchema(scan.metadata);
    const names = tree.children.map((child) => child.element.name);
    const known = tree.children.map((child) => parquetType(child.element));
    context.typing?.beginFile(file);
    const inferRows = context.options.inferRows ?? DEFAULT_INFER_ROWS;
    // Row groups read before the typing is known wait here, so that inference sees its rows.
    let pending = [];
    let pendingRows = 0;
    const startTyping = () => {
        const sample = names.map((_, c) => {
            const values = [];
            for (const { data } of pending) {
                const column = data[c];
                for (let i = 0; i < column.length && values.length < inferRows; i++) {
                    const value = column[i];
                    if (value !== null && value !== undefined)
                        values.push(sampleText(value));
                }
            }
            return values;
        });
        const typing = TableTyping.create(file, names, sample, context.options, known);
        typing.beginFile(file);
        context.typing = typing;
        return typing;
    };
    const append = function* (typing, rowStart, data) {
        const rows = data[0]?.length ?? 0;
        for (let row = 0; row < rows; row++) {
            const r = typing.nextRow();
            for (let c = 0; c < names.length; c++) {
                const builder = typing.builders[c];
                const value = data[c][row];
                let problem;
                if (typeof value === "string" && typing.isMissingText(c, value))
                    builder.appendMissing(r);
                else
                    problem = builder.appendValue(value, r);
                if (problem !== undefined &&
                    !typing.acceptInvalid(c, r, rowStart + row, sampleText(value))) {
                    throw new DataError(file, `column '${builder.name}' (${builder.type}): ${problem}`, "Fix the value, or declare the column's type in the schema", undefined, rowStart + row, builder.name);
                }
            }
            typing.endRow(rowStart + row);
            if (r + 1 === typing.batchSize)
                yield* typing.take();
        }
    };
    for (const range of scan.ranges) {
        const data = (await Promise.all(names.map((column) => scan.readColumn({ column, rowStart: range.rowStart, rowEnd: range.rowEnd }))));
        const typing = context.typing;
        if (typing === undefined) {
            pending.push({ rowStart: range.rowStart, data });
            pendingRows += range.rowEnd - range.rowStart;
            if (pendingRows < inferRows)
                continue;
            const created = startTyping();
            for (const part of pending)
                yield* append(created, part.rowStart, part.data);
            pending = [];
            continue;
        }
        if (typing.names.join("\u0000") !== names.join("\u0000")) {
            throw new DataError(file, `the columns (${names.join(", ")}) differ from the first file's (${typing.names.join(", ")})`, "Give every file of the dataset the same columns in the same order");
        }
        yield* append(typing, range.rowStart, data);
    }
    if (context.typing === undefined) {
        const created = startTyping();
        for (const part of pending)
            yield* append(created, part.rowStart, part.data);
    }
    context.typing.flush();
    yield* context.typing.take();
}

;// CONCATENATED MODULE: ./shared/dist/data/read-batches.js






/** The format of a file, from its extension. */
function formatOf(file) {
    const name = file.toLowerCase().replace(/\.(gz|zst)$/, "");
    if (name.endsWith(".csv") || name.endsWith(".tsv"))
        return "csv";
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson"))
        return "jsonl";
    if (name.endsWith(".parquet") || name.endsWith(".pq"))
        return "parquet";
    return undefined;
}
/** The files of a source, globs expanded, in a deterministic order. */
async function listFiles(source) {
    const files = [];
    for (const item of typeof source === "string" ? [source] : source) {
        const matched = await expandGlob(item);
        if (matched.length === 0) {
            throw new DataError(item, "no file matches this pattern", "Check the path and the pattern");
        }
        files.push(...matched);
    }
    return files;
}
/**
 * Reads a dataset as a stream of columnar batches. Every file of the source is read in turn
 * into the same columns (their headers must agree); memory holds one batch and the reader's own
 * buffer, never the dataset. A dataset without rows yields one empty batch that names its columns.
 */
async function* read_batches_readBatches(source, options = {}) {
    const files = await listFiles(source);
    const context = { options };
    for (const file of files) {
        try {
            const info = await stat(file);
            if (!info.isFile())
                throw new DataError(file, "is not a file");
        }
        catch (error) {
            if (error instanceof DataError)
                throw error;
            throw new DataError(file, "no such file", isGlob(file) ? undefined : "Check the path");
        }
        const format = options.format ?? formatOf(file);
        if (format === "csv")
            yield* readCsvFile(file, context);
        else if (format === "jsonl")
            yield* readJsonlFile(file, context);
        else if (format === "parquet")
            yield* readParquetFile(file, context);
        else {
            throw new DataError(file, "the format cannot be told from the extension", "Name the format (csv, jsonl or parquet), or use .csv, .tsv, .jsonl or .parquet");
        }
    }
    if (context.typing && context.typing.rowCount === 0)
        yield context.typing.emptyBatch();
}
/**
 * Reads a whole dataset into memory, one typed array per column, exactly as long as the data.
 * Each column is concatenated from its batches and then the batches' parts are let go, so that
 * memory peaks at the data plus one column. For data that fits in memory; for anything larger,
 * stream with `readBatches`.
 */
async function readColumns(source, options = {}) {
    const parts = new Map();
    let rowCount = 0;
    for await (const batch of read_batches_readBatches(source, options)) {
        for (const [name, column] of batch.columns) {
            const list = parts.get(name);
            if (list === undefined)
                parts.set(name, [column]);
            else
                list.push(column);
        }
        rowCount += batch.length;
    }
    const columns = new Map();
    for (const [name, list] of parts) {
        columns.set(name, concatenate(list, rowCount));
        parts.delete(name);
    }
    return { rowCount, columns };
}
/** One column from its parts, in order; string codes are mapped into one dictionary. */
function concatenate(parts, rowCount) {
    const first = parts[0];
    if ("values" in first) {
        const values = new Float64Array(rowCount);
        let offset = 0;
        for (const part of parts) {
            values.set(part.values, offset);
            offset += part.values.length;
        }
        return { name: first.name, type: first.type, values };
    }
    const codes = new Int32Array(rowCount);
    const dictionary = [];
    const index = new Map();
    let offset = 0;
    for (const part of parts) {
        const remap = part.dictionary.map((value) => {
            let code = index.get(value);
            if (code === undefined) {
                code = dictionary.length;
                dictionary.push(value);
                index.set(value, code);
            }
            return code;
        });
        for (let i = 0; i < part.codes.length; i++) {
            const code = part.codes[i];
            codes[offset + i] = code < 0 ? -1 : remap[code];
        }
        offset += part.codes.length;
    }
    return { name: first.name, type: first.type, codes, dictionary };
}

;// CONCATENATED MODULE: ./shared/dist/files/hash-file.js

const READ_BYTES = 1 << 20;
/**
 * A file's sha256 (lowercase hex, what `sha256sum` prints), in 1 MiB reads into one buffer:
 * model weights and datasets can be larger than memory, and larger than the 2 GiB a single read
 * holds.
 */
async function hashFile(path) {
    // node:crypto costs milliseconds to load; actions that never hash a file never load it.
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 598, 19));
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const fd = await async_fs_open(path, "r");
    try {
        for (;;) {
            const { bytesRead } = await read(fd, buffer, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await async_fs_close(fd);
    }
    return hash.digest("hex");
}

;// CONCATENATED MODULE: ./shared/dist/files/write-output.js


/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is
 * then renamed over the target, so a crash never leaves a half-written report. The temporary
 * name is random, so that two writes to one path never share it, and it is removed when the
 * write or the rename fails.
 */
function writeFileAtomic(path, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    // Unique among this process's writes and others': a name, not a secret.
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(temporary, text, { flag: "wx" });
        (0,external_node_fs_namespaceObject.renameSync)(temporary, path);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
    }
}
/** JSON as the suite writes it: two-space indented, newline-terminated. */
const writeJsonAtomic = (path, value) => writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);

;// CONCATENATED MODULE: ./shared/dist/interface/define-action.js

const defineAction = (definition) => definition;
const manifestOf = (name) => manifests[name];

;// CONCATENATED MODULE: ./shared/dist/interface/inputs.js




const kind = (type, absent, parse) => ({
    type,
    absent,
    parse,
});
const inputs_text = () => kind("text", undefined, (t) => t);
/** The key of an owned comment or issue, checked before the action writes anything. */
const markerKey = () => kind("text", undefined, (t, input) => parseMarkerKey(input, t));
const secret = () => ({
    ...kind("secret", undefined, (t) => t),
    secret: true,
});
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** YAML 1.2 core-schema booleans, as the runner's own `getBooleanInput` accepts. */
const bool = () => kind("true | false", false, (t, input) => {
    if (TRUE.includes(t))
        return true;
    if (FALSE.includes(t))
        return false;
    throw new errors_InputError(input, `'${t}' is not a boolean`, "Use true or false");
});
const number = (bounds = {}) => kind(bounds.integer ? "integer" : "number", undefined, (t, input) => {
    const value = Number(t);
    if (t.trim() === "" || !Number.isFinite(value)) {
        throw new errors_InputError(input, `'${t}' is not a number`, "Give a finite number such as 0.05");
    }
    if (bounds.integer && !Number.isInteger(value)) {
        throw new errors_InputError(input, `'${t}' is not a whole number`, "Give an integer");
    }
    if (bounds.min !== undefined && value < bounds.min) {
        throw new errors_InputError(input, `${value} is below the minimum ${bounds.min}`);
    }
    if (bounds.max !== undefined && value > bounds.max) {
        throw new errors_InputError(input, `${value} is above the maximum ${bounds.max}`);
    }
    return value;
});
const choice = (options) => kind(options.join(" | "), undefined, (t, input) => {
    if (options.includes(t))
        return t;
    throw new InputError(input, `'${t}' is not one of ${options.join(", ")}`);
});
/** One item a line, or comma-separated on one line; blank items are dropped. */
const list = () => kind("list", [], (t) => t
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== ""));
/** A path to an existing file, resolved against the workspace. */
const file = () => kind("file", undefined, (t, input, { cwd }) => {
    const path = (0,external_node_path_namespaceObject.isAbsolute)(t) ? t : (0,external_node_path_namespaceObject.resolve)(cwd, t);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path)) {
        throw new errors_InputError(input, `file '${t}' does not exist`, "Check the path; a relative path starts from the working directory");
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(path).isFile()) {
        throw new errors_InputError(input, `'${t}' is not a file`, "Give the path of a file, not a folder");
    }
    return path;
});
/** A path the action will write; its folder is created when the action writes. */
const outputPath = () => kind("path", undefined, (t, _input, { cwd }) => ((0,external_node_path_namespaceObject.isAbsolute)(t) ? t : (0,external_node_path_namespaceObject.resolve)(cwd, t)));

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var js_yaml_bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return js_yaml_bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  js_yaml_bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return js_yaml_bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load: js_yaml_load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./shared/dist/files/yaml-core-schema.js

// YAML 1.2's core schema resolves plain numbers by these patterns (spec 10.3.2); js-yaml's own
// also takes `0b101`, `1_000` and needs a digit before the point, so `-.5` would be a string.
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
const coreInt = new Type("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: (text) => DECIMAL.test(text) || OCTAL.test(text) || HEXADECIMAL.test(text),
    construct: (text) => OCTAL.test(text)
        ? parseInt(text.slice(2), 8)
        : HEXADECIMAL.test(text)
            ? parseInt(text.slice(2), 16)
            : Number(text),
});
const coreFloat = new Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (text) => FLOAT.test(text) || INFINITY.test(text) || NAN.test(text),
    construct: (text) => NAN.test(text)
        ? Number.NaN
        : INFINITY.test(text)
            ? text.startsWith("-")
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY
            : Number(text),
});
/**
 * The YAML 1.2 core schema: null, booleans (`true`/`false` only: `yes`, `no`, `on` and `off`
 * are strings), integers and floats as the spec writes them, no timestamps and no merge keys.
 */
const YAML_CORE_SCHEMA = CORE_SCHEMA.extend({ implicit: [coreInt, coreFloat] });

;// CONCATENATED MODULE: ./shared/dist/files/yaml-line-index.js
/** Aliases may expand a document to at most this many times the nodes written in it. */
const MAX_ALIAS_EXPANSION = 100;
const isBlank = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const endsToken = (code) => Number.isNaN(code) || isBlank(code) || ",[]{}".includes(String.fromCharCode(code));
/**
 * Finds the line of the node at a JSON pointer, from the events of js-yaml's `listener`
 * option: each node's reading opens and closes around its children, so a mapping's children
 * are its keys and values in order and a sequence's its items. Lines are counted only when
 * asked for. It also notices aliases, so that `checkAliasExpansion` can refuse a document
 * whose aliases stand for far more than it writes (a billion-laughs attack).
 */
class YamlLineIndex {
    input = "";
    /** The nodes open now; the first holds the document's root when reading ends. */
    stack = [
        { open: 0, close: 0, kind: null, result: undefined, children: [] },
    ];
    /** Each collection's children by key (or index): the node of its value. */
    children = new Map();
    lineStarts;
    nodes = 0;
    hasAlias = false;
    /** The `listener` option of js-yaml's `load`. */
    listener = (event, state) => {
        if (event === "open") {
            this.input = state.input;
            this.stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
            return;
        }
        const span = this.stack.pop();
        span.close = state.position;
        span.kind = state.kind ?? null;
        span.result = state.result;
        this.nodes++;
        if (span.kind === null && this.input.charCodeAt(this.contentStart(span)) === 0x2a) {
            this.hasAlias = true;
        }
        this.index(span);
        const siblings = this.stack[this.stack.length - 1].children;
        // A node read again after the loader backtracked replaces what it read the first time.
        while (siblings.length > 0 && siblings[siblings.length - 1].open >= span.open)
            siblings.pop();
        siblings.push(span);
    };
    /** The 1-based line of the node at `pointer` in `value` (what the load returned). */
    lineOf(value, pointer) {
        const root = this.stack[0].children.at(-1);
        if (root === undefined || this.isEmpty(root))
            return undefined;
        if (pointer === "")
            return this.lineOfSpan(root);
        let node = value;
        let span;
        for (const token of pointer.slice(1).split("/")) {
            const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
            if (node === null || typeof node !== "object")
                return undefined;
            span = this.children.get(node)?.get(key);
            if (span === undefined || !Object.hasOwn(node, key))
                return undefined;
            node = node[key];
        }
        return span && this.lineOfSpan(span);
    }
    /**
     * Refuses a document whose aliases expand it to more than MAX_ALIAS_EXPANSION times the
     * nodes it writes, or into a cycle; returns the reason, or undefined when it is fine.
     */
    checkAliasExpansion(value) {
        if (!this.hasAlias)
            return undefined;
        let budget = MAX_ALIAS_EXPANSION * this.nodes;
        const walk = (node) => {
            if (--budget < 0)
                return false;
            if (node === null || typeof node !== "object")
                return true;
            return Object.values(node).every(walk);
        };
        return walk(value) ? undefined : "excessive alias count indicates a resource exhaustion attack";
    }
    index(span) {
        const { result } = span;
        if (result === null || typeof result !== "object" || this.children.has(result))
            return;
        const byKey = new Map();
        if (span.kind === "sequence" && Array.isArray(result)) {
            // An empty entry (`-` alone) has no node, and a flow pair (`[a: 1]`) two: those have no line.
            let next = 0;
            result.forEach((item, i) => {
                const child = span.children[next];
                if (child !== undefined && Object.is(child.result, item)) {
                    byKey.set(String(i), child);
                    next++;
                }
            });
        }
        else if (span.kind === "mapping") {
            let key;
            for (const child of span.children) {
                if (this.isKey(child)) {
                    if (key)
                        byKey.set(String(key.result), key);
                    key = child;
                }
                else if (key) {
                    byKey.set(String(key.result), child);
                    key = undefined;
                }
            }
            // A key without a value node (`key:` then the next key) stands for its null value.
            if (key)
                byKey.set(String(key.result), key);
        }
        else {
            return;
        }
        this.children.set(result, byKey);
        span.children.length = 0;
    }
    /** Whether a mapping's child is a key: the next thing after it is the `:` that separates. */
    isKey(span) {
        const at = this.skipBlank(span.close);
        if (this.input.charCodeAt(at) !== 0x3a)
            return false;
        const before = this.input.charCodeAt(span.close - 1);
        // JSON writes "key":value; after a quoted or flow key the colon needs no space.
        return (endsToken(this.input.charCodeAt(at + 1)) || "\"']}".includes(String.fromCharCode(before)));
    }
    /** An empty node (`key:` and nothing, or only a tag) ends where its content would begin. */
    isEmpty(span) {
        return this.contentStart(span) >= span.close;
    }
    /** The line of a node's content, or of where its reading began when it has none. */
    lineOfSpan(span) {
        return this.lineAt(this.isEmpty(span) ? span.open : this.contentStart(span));
    }
    /** Where a node's content begins: after blanks, comments and its tag and anchor. */
    contentStart(span) {
        const { input } = this;
        let at = span.open;
        for (;;) {
            at = this.skipBlank(at);
            const code = input.charCodeAt(at);
            if (code !== 0x21 && code !== 0x26)
                return at; // neither `!tag` nor `&anchor`
            while (at < input.length && !isBlank(input.charCodeAt(at)))
                at++;
        }
    }
    /** The position after blanks, line breaks and comments. */
    skipBlank(from) {
        const { input } = this;
        let at = from;
        for (;;) {
            const code = input.charCodeAt(at);
            if (isBlank(code))
                at++;
            else if (code === 0x23) {
                while (at < input.length && input.charCodeAt(at) !== 0x0a)
                    at++;
            }
            else
                return at;
        }
    }
    lineAt(position) {
        if (this.lineStarts === undefined) {
            this.lineStarts = [0];
            for (let i = this.input.indexOf("\n"); i !== -1; i = this.input.indexOf("\n", i + 1)) {
                this.lineStarts.push(i + 1);
            }
        }
        const starts = this.lineStarts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= position)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
}

;// CONCATENATED MODULE: ./shared/dist/files/read-structured.js






/** The 1-based line of a YAML error; js-yaml reads one more line than an unended last one. */
function errorLine(text, error) {
    if (!error.mark)
        return undefined;
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    return Math.max(1, Math.min(error.mark.line + 1, lines));
}
/** Reads a YAML or JSON file (JSON is read as YAML 1.2, which contains it). */
function readStructured(file, shownAs = file) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, "utf8");
    }
    catch (error) {
        throw new FileError(shownAs, `cannot be read (${error.code ?? "error"})`);
    }
    const isJson = (0,external_node_path_namespaceObject.extname)(file).toLowerCase() === ".json";
    // YAML would accept what JSON refuses (a missing value, a comment), so .json is held to JSON.
    if (isJson) {
        try {
            JSON.parse(text);
        }
        catch (error) {
            const message = error.message;
            const at = /position (\d+)/.exec(message);
            const line = at ? text.slice(0, Number(at[1])).split("\n").length : undefined;
            throw new FileError(shownAs, `is not valid JSON: ${message.replace(/^JSON\.parse: /, "")}`, undefined, line);
        }
    }
    const load = (index) => js_yaml_load(text, { schema: YAML_CORE_SCHEMA, listener: index?.listener }) ?? null;
    // The index costs a listener call per node; a document without `*` has no alias to expand,
    // so it is read plainly and indexed again only when a line is asked for (an error).
    let index = text.includes("*") ? new YamlLineIndex() : undefined;
    let value;
    try {
        value = load(index);
    }
    catch (error) {
        if (!(error instanceof YAMLException))
            throw error;
        throw new FileError(shownAs, `is not valid YAML: ${error.reason}`, undefined, errorLine(text, error));
    }
    const excessive = index?.checkAliasExpansion(value);
    if (excessive)
        throw new FileError(shownAs, `is not valid YAML: ${excessive}`);
    let indexed = value;
    return {
        file: shownAs,
        value,
        lineOf: (pointer) => {
            if (index === undefined) {
                index = new YamlLineIndex();
                indexed = load(index);
            }
            return index.lineOf(indexed, pointer);
        },
    };
}

;// CONCATENATED MODULE: ./shared/dist/profile/read-profile.js


/**
 * Reads and checks a `mlops.profile/v1` file, so that a problem names the file and its line.
 * The profile's validator is large and few runs read a profile: it is loaded on use.
 */
async function readProfile(path, shownAs) {
    const { profileContract } = await __nccwpck_require__.e(/* import() */ 606).then(__nccwpck_require__.bind(__nccwpck_require__, 606));
    const document = readStructured(path, shownAs);
    return validateContract(profileContract, document.value, shownAs, document.lineOf);
}

;// CONCATENATED MODULE: ./shared/dist/report/format-number.js
/**
 * A number as reports show it: whole numbers as they are (row counts, bounds), others to six
 * significant digits, in exponent form when very large or very small.
 */
function formatNumber(value) {
    if (value === null || value === undefined)
        return "—";
    if (Number.isSafeInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(3);
    return String(Number(value.toPrecision(6)));
}
const formatSigned = (value) => value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
/** A share as a percentage with its sign, for changes: `+1.1%`. */
const formatPercent = (share) => `${share > 0 ? "+" : ""}${formatShare(share)}`;
/** A share as a percentage: `60%`, `0.535%`. */
const formatShare = (share) => `${Number((share * 100).toPrecision(3))}%`;

;// CONCATENATED MODULE: ./shared/dist/version.js
/** The suite's version; a test keeps it equal to package.json's. */
const VERSION = "0.1.0";

// EXTERNAL MODULE: ./shared/dist/contracts/json-schema.js
var json_schema = __nccwpck_require__(444);
;// CONCATENATED MODULE: ./shared/dist/validate-data/table-schema.schema.json
const table_schema_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.table-schema/v1","title":"Data contract","description":"The subset of a Frictionless Table Schema v2 descriptor that validate-data checks, with the x-mlops extension for statistical checks.","type":"object","additionalProperties":false,"required":["fields"],"definitions":{"bound":{"description":"A number, or an ISO 8601 date or date-time for date and datetime fields.","type":["number","string"]},"range":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number"},"max":{"type":"number"}}},"share":{"type":"number","minimum":0,"maximum":1},"fieldNames":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"fieldStatistics":{"type":"object","additionalProperties":false,"properties":{"mostly":{"$ref":"#/definitions/share"},"maxMissingRatio":{"$ref":"#/definitions/share"},"mean":{"$ref":"#/definitions/range"},"distinct":{"$ref":"#/definitions/range"},"quantiles":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["q"],"minProperties":2,"properties":{"q":{"$ref":"#/definitions/share"},"min":{"type":"number"},"max":{"type":"number"}}}},"skew":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"method":{"enum":["linf","wasserstein","psi"]},"threshold":{"type":"number","exclusiveMinimum":0}}}]}}},"field":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"example":{},"type":{"enum":["string","number","integer","boolean","date","datetime","any"]},"format":{"type":"string"},"missingValues":{"type":"array","items":{"type":"string"}},"constraints":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean"},"unique":{"type":"boolean"},"minimum":{"$ref":"#/definitions/bound"},"maximum":{"$ref":"#/definitions/bound"},"exclusiveMinimum":{"$ref":"#/definitions/bound"},"exclusiveMaximum":{"$ref":"#/definitions/bound"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"enum":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}},"x-mlops":{"$ref":"#/definitions/fieldStatistics"}}}},"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/field"}},"fieldsMatch":{"enum":["exact","equal","subset"]},"missingValues":{"type":"array","items":{"type":"string"}},"primaryKey":{"oneOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/fieldNames"}]},"uniqueKeys":{"type":"array","items":{"$ref":"#/definitions/fieldNames"}},"x-mlops":{"type":"object","additionalProperties":false,"properties":{"rows":{"$ref":"#/definitions/range"},"mostly":{"$ref":"#/definitions/share"},"maxKeys":{"description":"How many keys the uniqueness checks may hold in memory, all together (about 100 bytes each).","type":"integer","minimum":1}}}}}');
;// CONCATENATED MODULE: ./shared/dist/validate-data/data-contract.js






/** The structure of a data contract (table-schema.schema.json); the rules between fields are below. */
const tableSchemaContract = {
    id: "mlops.table-schema/v1",
    validate: (0,json_schema/* compileSchema */.F)(table_schema_schema_namespaceObject),
};
const NUMERIC = [
    "number",
    "integer",
    "boolean",
    "date",
    "datetime",
];
const ORDERED_BOUNDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
/**
 * The type the engine reads a field as. A field without a type but with a string constraint is
 * read as a string, and with a numeric bound as a number, so that its constraints apply to it.
 */
function readType(field) {
    if (field.type !== undefined && field.type !== "any")
        return field.type;
    const c = field.constraints ?? {};
    if (c.pattern !== undefined || c.minLength !== undefined || c.maxLength !== undefined) {
        return "string";
    }
    if (ORDERED_BOUNDS.some((bound) => c[bound] !== undefined))
        return "number";
    return field.type;
}
/** A bound as the engine stores the field's values: a number, or epoch milliseconds for dates. */
function boundValue(bound, type) {
    return typeof bound === "number"
        ? bound
        : type === "date" || type === "datetime"
            ? parseDatetime(bound)
            : Number.NaN;
}
/** Reads a data contract and checks it, with errors at the contract's file, line and field. */
function loadDataContract(path, shown) {
    const document = readStructured(path, shown);
    const where = (pointer) => {
        const line = document.lineOf(pointer);
        return line === undefined ? shown : `${shown}:${line}`;
    };
    const descriptor = validateContract(tableSchemaContract, document.value, shown, document.lineOf);
    const fail = (pointer, problem, fix) => {
        throw new ContractError(where(pointer), pointer, problem, fix);
    };
    const names = new Set();
    descriptor.fields.forEach((field, i) => {
        const at = `/fields/${i}`;
        if (names.has(field.name))
            fail(`${at}/name`, `names the field '${field.name}' a second time`);
        names.add(field.name);
        const type = readType(field);
        const c = field.constraints ?? {};
        const numeric = NUMERIC.includes(type);
        for (const bound of ORDERED_BOUNDS) {
            const value = c[bound];
            if (value === undefined)
                continue;
            if (!numeric) {
                fail(`${at}/constraints/${bound}`, `applies to number, integer, date and datetime fields, not ${type}`);
            }
            if (!Number.isFinite(boundValue(value, type))) {
                fail(`${at}/constraints/${bound}`, `is not a ${type === "date" || type === "datetime" ? "date" : "number"}`, type === "date" || type === "datetime"
                    ? "Write an ISO 8601 date such as 2024-05-01"
                    : "Write a number");
            }
        }
        for (const key of ["pattern", "minLength", "maxLength"]) {
            if (c[key] !== undefined && type !== "string") {
                fail(`${at}/constraints/${key}`, `applies to string fields, not ${type}`);
            }
        }
        if (c.pattern !== undefined) {
            try {
                new RegExp(c.pattern, "u");
            }
            catch (error) {
                fail(`${at}/constraints/pattern`, `is not a regular expression: ${error.message}`);
            }
        }
        const stats = field["x-mlops"] ?? {};
        for (const key of ["mean", "quantiles"]) {
            if (stats[key] !== undefined && !numeric) {
                fail(`${at}/x-mlops/${key}`, `applies to numeric fields, not ${type ?? "an untyped field"}`, "Declare the field's type");
            }
        }
    });
    const known = (pointer, list) => list.forEach((name, i) => {
        if (!names.has(name))
            fail(`${pointer}/${i}`, `names '${name}', which is not a field`);
    });
    const primaryKey = descriptor.primaryKey === undefined
        ? []
        : typeof descriptor.primaryKey === "string"
            ? [descriptor.primaryKey]
            : descriptor.primaryKey;
    if (typeof descriptor.primaryKey === "string" && !names.has(descriptor.primaryKey)) {
        fail("/primaryKey", `names '${descriptor.primaryKey}', which is not a field`);
    }
    if (Array.isArray(descriptor.primaryKey))
        known("/primaryKey", descriptor.primaryKey);
    (descriptor.uniqueKeys ?? []).forEach((key, i) => known(`/uniqueKeys/${i}`, key));
    const rows = descriptor["x-mlops"]?.rows;
    if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
        fail("/x-mlops/rows", "has a min above its max");
    }
    return {
        file: shown,
        descriptor,
        primaryKey,
        readSchema: {
            fields: descriptor.fields.map((field) => {
                const type = readType(field);
                return {
                    name: field.name,
                    ...(type === undefined ? {} : { type }),
                    ...(field.missingValues ? { missingValues: field.missingValues } : {}),
                };
            }),
            ...(descriptor.missingValues ? { missingValues: descriptor.missingValues } : {}),
        },
        where,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./shared/dist/validate-data/data-digest.js

/**
 * The digest of a dataset, for lineage: one file's own sha256 (what `sha256sum` prints), or for
 * several files the sha256 of their sha256s, sorted, each followed by a newline; so it depends
 * on the files' contents only, not on their names or the order a glob lists them in.
 */
function datasetDigest(fileDigests) {
    if (fileDigests.length === 1)
        return fileDigests[0];
    const lines = [...fileDigests].sort().map((digest) => `${digest}\n`);
    return (0,external_node_crypto_.createHash)("sha256").update(lines.join("")).digest("hex");
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

;// CONCATENATED MODULE: ./shared/dist/report/markdown-table.js
/** A GitHub-flavoured markdown table; cells must already be escaped. */
function markdownTable(headers, rows, align = []) {
    const rule = headers.map((_, i) => (align[i] === "right" ? "---:" : "---"));
    return [headers, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

;// CONCATENATED MODULE: ./shared/dist/report/report-headline.js
const EMOJI = {
    pass: "✅",
    fail: "❌",
    inconclusive: "⚠️",
    drift: "⚠️",
    warning: "⚠️",
};
/**
 * The first line of every summary and comment the suite writes, so a reader scanning a pull
 * request or a run sees one shape: `### ❌ eval-gate: fail (1 of 2 gated metrics failed)`.
 * `detail` is the reporter's own text (counts, settings), not escaped here.
 */
const reportHeadline = (action, status, detail = "") => `### ${EMOJI[status]} ${action}: ${status}${detail ? ` (${detail})` : ""}`;

;// CONCATENATED MODULE: ./shared/dist/validate-data/render-summary.js





/** What a failing cell holds and why it fails: `"C00150" (duplicate of line 151)`. */
function describeCell(example) {
    const value = example.value === null ? "" : JSON.stringify(example.value);
    const note = example.note === null ? "" : `(${example.note})`;
    return [value, note].filter((part) => part !== "").join(" ");
}
/** Where a failing row is and what it holds; not sanitised (the caller sanitises). */
function describeExample(example) {
    const where = example.line === null
        ? `${example.file} row ${example.row}`
        : `${example.file}:${example.line}`;
    const cell = describeCell(example);
    return cell === "" ? where : `${where}: ${cell}`;
}
function observed(check) {
    if (check.level === "row") {
        return check.evaluated ? `${check.failed} of ${check.evaluated} failed` : "no values";
    }
    if (typeof check.observed === "number")
        return formatNumber(check.observed);
    return check.observed === null ? "—" : sanitizeMarkdown(check.observed);
}
const cells = (check) => [
    sanitizeMarkdown(check.id),
    sanitizeMarkdown(check.expected),
    observed(check),
    sanitizeMarkdown([...check.examples.map(describeExample), ...(check.note ? [check.note] : [])].join("; ")),
];
/**
 * The job summary: the verdict, what was validated, and a table of the failed checks with
 * their first failing rows; the passed checks folded away. Everything taken from the data or
 * the contract is sanitised.
 */
function renderSummary(report) {
    const { counts, data } = report;
    const failed = report.checks.filter((check) => check.status === "fail");
    const passed = report.checks.filter((check) => check.status !== "fail");
    const skipped = counts.skipped === 0 ? "" : `, ${counts.skipped} skipped`;
    const headline = report.valid
        ? reportHeadline("validate-data", "pass", `${counts.passed} checks passed${skipped}`)
        : reportHeadline("validate-data", "fail", `${counts.failed} of ${counts.checks} checks failed`);
    const share = data.rows === 0 ? "" : ` (${formatNumber((100 * counts.invalid_rows) / data.rows)}%)`;
    const files = data.files.length === 1
        ? codeSpan(data.files[0].file)
        : `${data.files.length} files of ${codeSpan(data.source)}`;
    const parts = [
        headline,
        "",
        `${files}: ${groupDigits(data.rows)} rows, ${groupDigits(counts.invalid_rows)} failing a row check${share}; digest ${codeSpan(data.digest.slice(0, 12))}. Contract ${codeSpan(report.contract.file)}${report.reference_profile ? `, reference profile ${codeSpan(report.reference_profile.file)}` : ""}.`,
        ...report.notes.map((note) => `\n> ${sanitizeMarkdown(note)}`),
    ];
    const headers = ["Check", "Expected", "Observed", "Examples and Notes"];
    if (failed.length > 0)
        parts.push("", markdownTable(headers, failed.map(cells)));
    if (passed.length > 0) {
        parts.push("", `<details><summary>${passed.length} other checks</summary>`, "", markdownTable([...headers.slice(0, 3), "Status"], passed.map((check) => [...cells(check).slice(0, 3), check.status])), "", "</details>");
    }
    return `${parts.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./shared/dist/profile/kll-sketch.js
/**
 * A KLL quantile sketch (Karnin, Lang and Liberty, 2016) made deterministic. KLL keeps a stack
 * of levels; an item at level h stands for 2^h values. When a level is full it is sorted and
 * every other item is promoted to the level above. The original picks the odd or the even items
 * at random; here the choice alternates with a per-level counter, so the same values in the same
 * order give the same sketch, byte for byte, on every run (a CI check must not flip on a rerun).
 *
 * Capacities: level 0 is an insertion buffer of `k` items; level h below the top holds
 * max(ceil(0.32 k), ceil(k * (2/3)^depth)) items, depth counted from the top level. The floor
 * is higher than KLL's 8: without random offsets the low levels' errors do not cancel on
 * average, and a floor of 0.32 k (64 at k = 200) brings the deterministic variant back under
 * the randomised KLL's bound. With the default k = 200 the sketch keeps about 1,500 values, and
 * the normalised rank error of any quantile is stated as `KLL_RANK_ERROR` (1.65%); measured
 * worst cases are about 1% on random data of up to 3 million values, and the tests hold it on
 * random, sorted, reversed, zigzag and low-cardinality orders. Up to k values the sketch is
 * exact.
 */
const DEFAULT_KLL_K = 200;
/** The normalised rank error stated for k = 200 (scales as 1/k). */
const KLL_RANK_ERROR = 0.0165;
function kllRankError(k) {
    return (KLL_RANK_ERROR * DEFAULT_KLL_K) / k;
}
class KllSketch {
    k;
    n = 0;
    /**
     * Level h's items are `items[h][0, sizes[h])`, in typed arrays grown only when a level
     * outgrows them, so that updating and compacting make no garbage.
     */
    items;
    sizes = [0];
    compactions = [0];
    /** `capacity(h)` per level, recomputed when a level is added (the depths change). */
    capacities = [];
    minCapacity;
    constructor(k = DEFAULT_KLL_K) {
        this.k = k;
        this.minCapacity = Math.max(8, Math.ceil(k * 0.32));
        this.items = [new Float64Array(k + 1)];
        this.setCapacities();
    }
    update(value) {
        const size = this.sizes[0];
        if (size === this.items[0].length)
            this.reserve(0, size + 1);
        this.items[0][size] = value;
        this.sizes[0] = size + 1;
        this.n++;
        if (size + 1 > this.k)
            this.compress();
    }
    /** Adds every value of `values`, skipping NaN and infinities. */
    updateMany(values) {
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v === 0)
                this.update(v);
        }
    }
    setCapacities() {
        const top = this.sizes.length - 1;
        this.capacities = this.sizes.map((_, h) => h === 0 ? this.k + 1 : Math.max(this.minCapacity, Math.ceil(this.k * (2 / 3) ** (top - h))));
    }
    /** Makes room for `size` items at level `h`, keeping its items. */
    reserve(h, size) {
        const old = this.items[h];
        if (old.length >= size)
            return;
        const items = new Float64Array(Math.max(size, old.length * 2));
        items.set(old.subarray(0, this.sizes[h]));
        this.items[h] = items;
    }
    addLevel() {
        this.items.push(new Float64Array(this.k + 1));
        this.sizes.push(0);
        this.compactions.push(0);
        this.setCapacities();
    }
    compress() {
        for (let h = 0; h < this.sizes.length; h++) {
            if (this.sizes[h] >= this.capacities[h])
                this.compact(h);
        }
    }
    compact(h) {
        const size = this.sizes[h];
        const level = this.items[h];
        sortItems(level, size);
        if (h + 1 === this.sizes.length)
            this.addLevel();
        // An odd item stays behind (the largest), so that only pairs are compacted.
        const pairs = size - (size % 2);
        const offset = this.compactions[h] % 2;
        this.compactions[h]++;
        // The promoted items are level[offset + 2j]; merge them into the level above, from the back.
        const count = pairs / 2;
        const aboveSize = this.sizes[h + 1];
        this.reserve(h + 1, aboveSize + count);
        const above = this.items[h + 1];
        let i = aboveSize - 1;
        let j = count - 1;
        for (let o = aboveSize + count - 1; j >= 0; o--) {
            const promoted = level[offset + 2 * j];
            if (i >= 0 && above[i] > promoted)
                above[o] = above[i--];
            else {
                above[o] = promoted;
                j--;
            }
        }
        this.sizes[h + 1] = aboveSize + count;
        if (pairs < size)
            level[0] = level[pairs];
        this.sizes[h] = size - pairs;
    }
    /** Adds the other sketch's values (both must have the same k). */
    merge(other) {
        if (other.k !== this.k)
            throw new Error(`KLL sketches differ in k: ${this.k} and ${other.k}`);
        while (this.sizes.length < other.sizes.length)
            this.addLevel();
        other.sizes.forEach((otherSize, h) => {
            const mine = this.level(h);
            const theirs = other.level(h);
            const items = new Float64Array(Math.max(this.k + 1, mine.length + otherSize));
            if (h === 0) {
                items.set(mine);
                items.set(theirs, mine.length);
            }
            else
                mergeSorted(mine, theirs, items);
            this.items[h] = items;
            this.sizes[h] = mine.length + otherSize;
            this.compactions[h] = this.compactions[h] + other.compactions[h];
        });
        this.n += other.n;
        let over = true;
        while (over) {
            over = false;
            for (let h = 0; h < this.sizes.length; h++) {
                if (this.sizes[h] >= this.capacities[h]) {
                    this.compact(h);
                    over = true;
                }
            }
        }
    }
    /** Level h's items (a view). */
    level(h) {
        return this.items[h].subarray(0, this.sizes[h]);
    }
    /** The retained items with their weights, sorted by value (shared between calls: read only). */
    weightedItems() {
        // A profile asks for many quantiles and a histogram at once: sort once per state. Every
        // change to the sketch adds to `n`, so `n` tells whether the sorted items are still it.
        if (this.sorted?.n !== this.n)
            this.sorted = { n: this.n, items: this.sortItems() };
        return this.sorted.items;
    }
    sorted;
    sortItems() {
        let size = 0;
        for (const levelSize of this.sizes)
            size += levelSize;
        const order = new Float64Array(size);
        const pairs = [];
        this.sizes.forEach((_, h) => {
            for (const v of this.level(h))
                pairs.push([v, 2 ** h]);
        });
        pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const weights = new Float64Array(size);
        pairs.forEach(([v, w], i) => {
            order[i] = v;
            weights[i] = w;
        });
        return { values: order, weights };
    }
    /** The q-quantile (0 <= q <= 1): the smallest retained value with rank >= q * n; NaN if empty. */
    quantile(q) {
        return quantileOf(this.weightedItems(), q);
    }
    /** The normalised rank error this sketch states (0 while it holds every value). */
    get rankError() {
        return this.sizes.length === 1 ? 0 : kllRankError(this.k);
    }
    toState() {
        return {
            k: this.k,
            n: this.n,
            levels: this.sizes.map((_, h) => Array.from(this.level(h))),
            compactions: [...this.compactions],
        };
    }
    static fromState(state) {
        const sketch = new KllSketch(state.k);
        sketch.n = state.n;
        sketch.items = state.levels.map((level) => {
            const items = new Float64Array(Math.max(state.k + 1, level.length));
            items.set(level);
            return items;
        });
        sketch.sizes = state.levels.map((level) => level.length);
        sketch.compactions = [...state.compactions];
        sketch.setCapacities();
        return sketch;
    }
}
/** The q-quantile of weighted sorted items. */
function quantileOf(items, q) {
    let total = 0;
    for (const w of items.weights)
        total += w;
    if (total === 0)
        return Number.NaN;
    const target = Math.max(q, 0) * total;
    let cumulative = 0;
    for (let i = 0; i < items.values.length; i++) {
        cumulative += items.weights[i];
        if (cumulative >= target)
            return items.values[i];
    }
    return items.values[items.values.length - 1];
}
/** Merges sorted `a` and `b` into `out`, stably (`a`'s item first among equal ones). */
function mergeSorted(a, b, out) {
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
}
/**
 * Sorts `items[0, size)` ascending exactly as `Float64Array.prototype.sort` does (-0 before
 * +0), about twice as fast on the short runs a compaction sorts: a quicksort with a
 * median-of-three pivot down to runs of 16, then one insertion sort, then the zeros put in
 * sign order, which plain comparisons do not see. The values are finite.
 */
function sortItems(items, size) {
    quicksort(items, 0, size - 1);
    for (let i = 1; i < size; i++) {
        const v = items[i];
        let j = i - 1;
        while (j >= 0 && items[j] > v) {
            items[j + 1] = items[j];
            j--;
        }
        items[j + 1] = v;
    }
    let first = 0;
    while (first < size && items[first] < 0)
        first++;
    let negativeZeros = 0;
    let last = first;
    for (; last < size && items[last] === 0; last++)
        if (Object.is(items[last], -0))
            negativeZeros++;
    for (let i = first; i < last; i++)
        items[i] = i - first < negativeZeros ? -0 : 0;
}
/** Partitions `items[lo, hi]` until every run is at most 16 long (the insertion sort's part). */
function quicksort(items, lo, hi) {
    while (hi - lo > 16) {
        const a = items[lo];
        const b = items[(lo + hi) >>> 1];
        const c = items[hi];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (items[i] < pivot)
                i++;
            while (items[j] > pivot)
                j--;
            if (i <= j) {
                const t = items[i];
                items[i++] = items[j];
                items[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            quicksort(items, lo, j);
            lo = i;
        }
        else {
            quicksort(items, i, hi);
            hi = j;
        }
    }
}

;// CONCATENATED MODULE: ./shared/dist/profile/compare-profiles.js


const PSI_FLOOR = 1e-4;
function cdfOf(column) {
    const sketch = KllSketch.fromState({
        k: column.sketch.k,
        n: column.sketch.n,
        levels: column.sketch.levels,
        compactions: column.sketch.compactions,
    });
    const { values, weights } = sketch.weightedItems();
    const cumulative = new Float64Array(values.length);
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        sum += weights[i];
        cumulative[i] = sum;
    }
    return { values, cumulative, total: sum, error: column.sketch.rankError };
}
/** F(x): the share of values <= x. */
function cdfAt(cdf, x) {
    let lo = 0;
    let hi = cdf.values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cdf.values[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo === 0 ? 0 : cdf.cumulative[lo - 1] / cdf.total;
}
function psiTerm(c, r) {
    const cc = Math.max(c, PSI_FLOOR);
    const rr = Math.max(r, PSI_FLOOR);
    return (cc - rr) * Math.log(cc / rr);
}
/** PSI over paired shares, and its bound when each share may be off by `delta`. */
function psi(ref, cur, deltaRef, deltaCur) {
    let statistic = 0;
    let errorBound = 0;
    ref.forEach((r, i) => {
        const c = cur[i];
        const term = psiTerm(c, r);
        statistic += term;
        if (deltaRef === 0 && deltaCur === 0)
            return;
        const corners = [];
        for (const dr of [-deltaRef, deltaRef]) {
            for (const dc of [-deltaCur, deltaCur]) {
                corners.push(psiTerm(Math.min(1, Math.max(0, c + dc)), Math.min(1, Math.max(0, r + dr))));
            }
        }
        const overlap = Math.abs(c - r) <= deltaRef + deltaCur;
        const low = overlap ? 0 : Math.min(...corners);
        errorBound += Math.max(Math.max(...corners) - term, term - low);
    });
    return { statistic, errorBound };
}
function compareNumeric(ref, cur, bins) {
    const a = cdfOf(ref);
    const b = cdfOf(cur);
    const base = { column: ref.name, type: ref.type };
    if (a.total === 0 || b.total === 0) {
        return { ...base, ks: null, wasserstein: null, psi: { statistic: 0, bins: 0, errorBound: 0 } };
    }
    const points = Float64Array.from([...a.values, ...b.values]).sort();
    let ks = 0;
    let distance = 0;
    for (let i = 0; i < points.length; i++) {
        const x = points[i];
        const gap = Math.abs(cdfAt(a, x) - cdfAt(b, x));
        if (gap > ks)
            ks = gap;
        if (i + 1 < points.length)
            distance += gap * (points[i + 1] - x);
    }
    const error = a.error + b.error;
    const span = points[points.length - 1] - points[0];
    const std = ref.stddev;
    const normed = std !== null && std > 0 ? distance / std : null;
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const q = i / bins;
        const index = a.cumulative.findIndex((c) => c >= q * a.total);
        const edge = a.values[Math.max(0, index)];
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    const shares = (cdf) => {
        const out = [];
        let previous = 0;
        for (const edge of edges) {
            const f = cdfAt(cdf, edge);
            out.push(f - previous);
            previous = f;
        }
        out.push(1 - previous);
        return out;
    };
    const p = psi(shares(a), shares(b), 2 * a.error, 2 * b.error);
    return {
        ...base,
        ks: { statistic: ks, errorBound: error },
        wasserstein: {
            distance,
            normed,
            errorBound: error * span,
            normedErrorBound: normed === null ? null : (error * span) / std,
        },
        psi: { statistic: p.statistic, bins: edges.length + 1, errorBound: p.errorBound },
    };
}
function compareStrings(ref, cur) {
    const counts = (column) => new Map((column.frequent?.items ?? []).map((item) => [String(item.value), item.count]));
    const a = counts(ref);
    const b = counts(cur);
    const categories = [...new Set([...a.keys(), ...b.keys()])].sort();
    const share = (m, total) => categories.map((category) => (total === 0 ? 0 : (m.get(category) ?? 0) / total));
    const errorShare = (column) => column.count === 0 ? 0 : (column.frequent?.maxError ?? 0) / column.count;
    const p = psi(share(a, ref.count), share(b, cur.count), errorShare(ref), errorShare(cur));
    return {
        column: ref.name,
        type: ref.type,
        ks: null,
        wasserstein: null,
        psi: { statistic: p.statistic, bins: categories.length, errorBound: p.errorBound },
    };
}
/** Compares every column the two profiles share (by name); see `ProfileComparison`. */
function compareProfiles(reference, current, options = {}) {
    const bins = options.bins ?? 10;
    const byName = new Map(current.columns.map((column) => [column.name, column]));
    const results = [];
    for (const ref of reference.columns) {
        const cur = byName.get(ref.name);
        if (!cur)
            continue;
        if ((ref.sketch === null) !== (cur.sketch === null)) {
            throw new MlopsError(`column '${ref.name}' is ${ref.type} in the reference and ${cur.type} in the current data`, "Declare the column's type in the schema so that both profiles agree");
        }
        results.push(ref.sketch ? compareNumeric(ref, cur, bins) : compareStrings(ref, cur));
    }
    return results;
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/skew-checks.js


/**
 * Default thresholds: the normed Wasserstein distance's is Evidently's (0.1); PSI's is the
 * usual "significant shift" (0.2); TFDV leaves the L-infinity threshold to the user, 0.1 is a
 * ten-point move of one category's share.
 */
const SKEW_THRESHOLDS = {
    linf: 0.1,
    wasserstein: 0.1,
    psi: 0.2,
};
const METHOD_NAMES = {
    linf: "L-infinity distance of category shares",
    wasserstein: "Wasserstein distance / reference std",
    psi: "population stability index",
};
/** The largest difference of one value's share between the two columns (TFDV's comparator). */
function lInfinity(ref, cur) {
    if (ref.frequent === null || cur.frequent === null || ref.count === 0 || cur.count === 0) {
        return { value: null, note: "needs the frequent values of both columns" };
    }
    const shares = (column) => new Map(column.frequent.items.map((item) => [String(item.value), item.count / column.count]));
    const a = shares(ref);
    const b = shares(cur);
    let largest = 0;
    for (const value of new Set([...a.keys(), ...b.keys()])) {
        largest = Math.max(largest, Math.abs((a.get(value) ?? 0) - (b.get(value) ?? 0)));
    }
    const exact = ref.frequent.exact && cur.frequent.exact;
    return {
        value: largest,
        note: exact ? null : "from the most frequent values only (Misra-Gries counts)",
    };
}
function measure(method, reference, current, ref, cur) {
    if (method === "linf")
        return lInfinity(ref, cur);
    if ((ref.sketch === null) !== (cur.sketch === null)) {
        return { value: null, note: `the column is ${ref.type} in the reference and ${cur.type} here` };
    }
    const [comparison] = compareProfiles({ ...reference, columns: [ref] }, { ...current, columns: [cur] });
    if (method === "psi")
        return { value: comparison.psi.statistic, note: null };
    const w = comparison.wasserstein;
    if (w === null)
        return { value: null, note: "needs numeric values in both columns" };
    if (w.normed !== null)
        return { value: w.normed, note: null };
    return w.distance === 0
        ? { value: 0, note: null }
        : { value: null, note: "the reference has no spread to norm by" };
}
/**
 * Skew of each field against the reference profile, as TFDV's skew comparators: L-infinity for
 * categorical and boolean columns, normed Wasserstein (from the quantile sketches) for numbers
 * and dates; text columns (identifiers, free text) only when asked for by `x-mlops.skew`.
 */
function skewChecks(descriptor, reference, current) {
    const refs = new Map(reference.columns.map((column) => [column.name, column]));
    const curs = new Map(current.columns.map((column) => [column.name, column]));
    const checks = [];
    for (const field of descriptor.fields) {
        const asked = field["x-mlops"]?.skew;
        const ref = refs.get(field.name);
        const cur = curs.get(field.name);
        if (asked === false || ref === undefined || cur === undefined)
            continue;
        if (asked?.method === undefined && cur.type === "text")
            continue;
        const method = asked?.method ?? (cur.sketch === null || cur.type === "boolean" ? "linf" : "wasserstein");
        const threshold = asked?.threshold ?? SKEW_THRESHOLDS[method];
        const { value, note } = measure(method, reference, current, ref, cur);
        checks.push({
            id: `${field.name}.skew`,
            check: "skew",
            column: field.name,
            level: "column",
            status: value !== null && value < threshold ? "pass" : "fail",
            evaluated: null,
            failed: null,
            mostly: null,
            expected: `< ${formatNumber(threshold)} (${METHOD_NAMES[method]})`,
            observed: value,
            examples: [],
            note,
        });
    }
    return checks;
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/statistic-checks.js


const rangeText = ({ min, max }) => min !== undefined && max !== undefined
    ? `between ${formatNumber(min)} and ${formatNumber(max)}`
    : min !== undefined
        ? `≥ ${formatNumber(min)}`
        : `≤ ${formatNumber(max)}`;
const within = (value, { min, max }) => (min === undefined || value >= min) && (max === undefined || value <= max);
/** A check of one statistic against a range; a statistic that cannot be computed fails. */
function statisticCheck(check, column, level, range, observed, note = null) {
    return {
        id: column === null ? check : `${column}.${check}`,
        check,
        column,
        level,
        status: observed !== null && within(observed, range) ? "pass" : "fail",
        evaluated: null,
        failed: null,
        mostly: null,
        expected: rangeText(range),
        observed,
        examples: [],
        note,
    };
}
function statistic_checks_quantileOf(column, q) {
    const sketch = column.sketch;
    if (sketch === null || sketch.n === 0)
        return null;
    return KllSketch.fromState(sketch).quantile(q);
}
/**
 * The row count (at least one row unless `x-mlops.rows` says otherwise: a dataset without
 * rows is almost always a broken export) and each field's statistics, read from the profile:
 * missing ratio, mean, quantiles (from the KLL sketch, within its rank error) and distinct
 * count (exact up to the profile's `exactCap`, a HyperLogLog estimate past it).
 */
function statisticChecks(descriptor, profile) {
    const checks = [
        statisticCheck("rows", null, "dataset", descriptor["x-mlops"]?.rows ?? { min: 1 }, profile.rowCount),
    ];
    const columns = new Map(profile.columns.map((column) => [column.name, column]));
    for (const field of descriptor.fields) {
        const stats = field["x-mlops"];
        const column = columns.get(field.name);
        if (stats === undefined || column === undefined)
            continue;
        const rows = profile.rowCount;
        if (stats.maxMissingRatio !== undefined) {
            checks.push(statisticCheck("missingRatio", field.name, "column", { max: stats.maxMissingRatio }, rows === 0 ? null : column.missing / rows));
        }
        if (stats.mean)
            checks.push(statisticCheck("mean", field.name, "column", stats.mean, column.mean));
        for (const { q, ...range } of stats.quantiles ?? []) {
            const error = column.sketch?.rankError ?? 0;
            checks.push(statisticCheck(`quantile(${q})`, field.name, "column", range, statistic_checks_quantileOf(column, q), error > 0
                ? `estimated from a quantile sketch, within ±${formatNumber(error)} in rank`
                : null));
        }
        if (stats.distinct) {
            const { value, exact, relativeError } = column.distinct;
            checks.push(statisticCheck("distinct", field.name, "column", stats.distinct, value, exact
                ? null
                : `estimated by HyperLogLog, relative standard error ${formatNumber(relativeError)}`));
        }
    }
    return checks;
}

;// CONCATENATED MODULE: ./shared/dist/monotonic-ms.js
/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: touching the `performance` global
 * loads perf_hooks, a few milliseconds of every action's start-up.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}

;// CONCATENATED MODULE: ./shared/dist/data/read-progress.js




const SAMPLE_BYTES = 1 << 16;
/** How often a read offers a progress line; the host decides how many it shows. */
const PROGRESS_INTERVAL_MS = 1000;
/**
 * Bytes per row of a plain text file, from its first 64 KiB; undefined for Parquet, a compressed
 * file (its bytes on disk are not its lines) or a tiny file.
 */
function bytesPerRow(file, size) {
    // A file smaller than the sample is read in one go: no estimate is needed, nor a read.
    if (size < SAMPLE_BYTES || formatOf(file) === "parquet" || /\.(gz|zst)$/i.test(file)) {
        return undefined;
    }
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, "r");
    try {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, SAMPLE_BYTES, 0);
        let lines = 0;
        for (let i = 0; i < read; i++)
            if (buffer[i] === 0x0a)
                lines++;
        return read === SAMPLE_BYTES && lines > 1 ? read / lines : undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Progress of a read: rows, throughput and elapsed time, offered as soon as the first batch
 * arrives and then once per interval, so that a long read is never silent. The reader does not
 * say how far into a file it is, so the bytes of the current file are estimated from its rows
 * and the mean row width of its first 64 KiB (marked `~`); the closing line has exact bytes.
 */
class ReadProgress {
    options;
    clock;
    intervalMs;
    start;
    last;
    doneBytes = 0;
    /** Rows as of the last update: those before the current file when it changes. */
    rowsSeen = 0;
    /** `width` is null until a line needs it: sampling the file costs a read. */
    file;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? monotonicMs;
        this.intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
        this.start = this.clock();
    }
    /** Passes batches through, updating the progress after each and finishing at the end. */
    async *track(batches) {
        let rows = 0;
        for await (const batch of batches) {
            rows += batch.length;
            this.update(batch.file, rows);
            yield batch;
        }
        this.finish(rows);
    }
    /** Called after each batch with the rows read so far and the batch's file. */
    update(file, rows) {
        if (this.file?.name !== file) {
            if (this.file)
                this.doneBytes += this.file.size;
            this.file = {
                name: file,
                size: (0,external_node_fs_namespaceObject.statSync)(file).size,
                rowsBefore: this.rowsSeen,
                width: null,
            };
        }
        this.rowsSeen = rows;
        const now = this.clock();
        if (this.last !== undefined && now - this.last < this.intervalMs)
            return;
        this.last = now;
        if (this.file.width === null)
            this.file.width = bytesPerRow(file, this.file.size);
        const { size, rowsBefore, width } = this.file;
        const current = width === undefined ? 0 : Math.min(size, (rows - rowsBefore) * width);
        this.options.progress?.(this.line(rows, this.doneBytes + current, now, width !== undefined));
    }
    /** Logs the closing line, with exact bytes, for a read that lasted longer than the interval. */
    finish(rows) {
        const now = this.clock();
        if (now - this.start < this.intervalMs)
            return;
        const bytes = this.doneBytes + (this.file?.size ?? 0);
        this.options.log(`${this.line(rows, bytes, now, false)} (done)`);
    }
    line(rows, bytes, now, estimated) {
        const seconds = (now - this.start) / 1000;
        const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
        return `${this.options.label}: ${groupDigits(rows)} rows, ${estimated ? "~" : ""}${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${seconds.toFixed(1)} s`;
    }
}

;// CONCATENATED MODULE: ./shared/dist/data/column-type.js
function isNumericType(type) {
    return type !== "categorical" && type !== "text";
}

;// CONCATENATED MODULE: ./shared/dist/profile/hash.js
/**
 * A deterministic 64-bit hash of a number or a string, as two 32-bit halves, for HyperLogLog.
 * Deterministic means the same value hashes the same on every machine and every run (no seed
 * from the clock, no `Math.random`), so a profile is reproducible byte for byte. The mixing is
 * MurmurHash3's 32-bit finaliser applied to two lanes that read the input with different
 * multipliers; it is not cryptographic and needs not be.
 */
const hash_float = new Float64Array(1);
const words = new Uint32Array(hash_float.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * `[0]` is the high half of the last hash; the low half is the return value of the hash
 * functions. A typed array, not a variable: storing a 32-bit unsigned number in a variable boxes
 * it on the heap, once per value hashed.
 */
const hashHigh = new Uint32Array(1);
/** Hashes a number by its IEEE 754 bits (-0 counts as 0). Returns the low half. */
function hashNumber(value) {
    hash_float[0] = value === 0 ? 0 : value;
    const lo = words[0];
    const hi = words[1];
    const a = fmix32(Math.imul(lo ^ 0x9e3779b9, 0xcc9e2d51) ^ Math.imul(hi, 0x1b873593));
    const b = fmix32(Math.imul(hi ^ 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(lo, 0xc2b2ae35) ^ a);
    hashHigh[0] = b;
    return fmix32(a ^ Math.imul(b, 0x27d4eb2f));
}
/** Hashes a string by its UTF-16 code units. Returns the low half. */
function hashString(value) {
    let a = 0x811c9dc5 ^ value.length;
    let b = 0x01000193;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    const hi = fmix32(b ^ fmix32(a));
    hashHigh[0] = hi;
    return fmix32(a ^ Math.imul(hi, 0x27d4eb2f));
}
/** Hashes a value of a profile: a number or a string. Returns the low half. */
function hashValue(value) {
    return typeof value === "number" ? hashNumber(value) : hashString(value);
}

;// CONCATENATED MODULE: ./shared/dist/profile/hyperloglog.js

/**
 * HyperLogLog (Flajolet et al., 2007) over the 64-bit hash of `hash.ts`: a distinct count in
 * 2^p bytes with a relative standard error of 1.04 / sqrt(2^p): 1.6% at the default p = 12.
 * Linear counting takes over for small counts; with 64 bits no large-range correction is needed.
 * Merging is the register-wise maximum, so a merged sketch is identical to the sketch of the
 * concatenated data, whatever the order.
 */
class HyperLogLog {
    precision;
    registers;
    constructor(precision = 12, registers) {
        this.precision = precision;
        this.registers = registers ?? new Uint8Array(1 << precision);
    }
    /** Adds a value whose hash was just computed: `low` is the returned half, plus `hashHigh`. */
    addHash(low) {
        const p = this.precision;
        const high = hashHigh[0];
        const index = high >>> (32 - p);
        const rest = (high << p) >>> 0;
        const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + Math.clz32(low) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        if (other.precision !== this.precision) {
            throw new Error(`HyperLogLog precisions differ: ${this.precision} and ${other.precision}`);
        }
        for (let i = 0; i < this.registers.length; i++) {
            if (other.registers[i] > this.registers[i])
                this.registers[i] = other.registers[i];
        }
    }
    /** The estimated number of distinct values. */
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (const r of this.registers) {
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return Math.round(m * Math.log(m / zeros));
        return Math.round(raw);
    }
    /** The relative standard error of `estimate`. */
    get relativeError() {
        return 1.04 / Math.sqrt(this.registers.length);
    }
    toBase64() {
        return Buffer.from(this.registers).toString("base64");
    }
    static fromBase64(precision, text) {
        const bytes = new Uint8Array(Buffer.from(text, "base64"));
        if (bytes.length !== 1 << precision) {
            throw new Error(`HyperLogLog registers: ${bytes.length} bytes for precision ${precision}`);
        }
        return new HyperLogLog(precision, bytes);
    }
}

;// CONCATENATED MODULE: ./shared/dist/profile/frequent-values.js


function byCountThenValue(a, b) {
    if (a[1] !== b[1])
        return b[1] - a[1];
    const x = a[0];
    const y = b[0];
    if (typeof x === "number" && typeof y === "number")
        return x - y;
    return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}
/**
 * The values of a column with their counts, and how many distinct values there are. While a
 * column has at most `exactCap` distinct values both are exact, and every value is kept, so two
 * summaries merge exactly. Past the cap:
 *
 * - the distinct count becomes a HyperLogLog estimate (every value hashed since the start);
 * - string columns keep a Misra-Gries summary (Misra and Gries, 1982; mergeable per Agarwal et
 *   al., 2012) of `frequentK` counters: when it grows past 2k counters, the (k+1)-th largest
 *   count is subtracted from all and the non-positive ones dropped. A kept count is a lower
 *   bound, short of the truth by at most `maxError`, which never exceeds n / (k + 1);
 * - numeric columns drop frequent values: with that many distinct numbers the quantiles and the
 *   histogram describe the column, and hashing alone keeps profiling fast.
 *
 * Ties in count are broken by value, so the summary is deterministic.
 */
class FrequentValues {
    settings;
    counts = new Map();
    exact = true;
    /** False once numbers pass the cap: the counts are no longer kept. */
    tracked = true;
    maxError = 0;
    hll;
    constructor(settings) {
        this.settings = settings;
    }
    /** Adds `count` occurrences of `value`. */
    add(value, count) {
        if (this.hll)
            this.hll.addHash(hashValue(value));
        if (!this.tracked)
            return;
        this.counts.set(value, (this.counts.get(value) ?? 0) + count);
        if (this.exact) {
            if (this.counts.size > this.settings.exactCap)
                this.leaveExact();
        }
        else if (this.counts.size > 2 * this.settings.frequentK)
            this.purge();
    }
    /** Adds a value already known to be past the cap for numbers (hash only): the fast path. */
    addHashOnly(value) {
        this.hll.addHash(hashValue(value));
    }
    leaveExact() {
        this.exact = false;
        this.hll = new HyperLogLog(this.settings.hllPrecision);
        for (const value of this.counts.keys())
            this.hll.addHash(hashValue(value));
        if (!this.settings.keepBeyondCap) {
            this.tracked = false;
            this.counts.clear();
        }
        else
            this.purge();
    }
    purge() {
        const k = this.settings.frequentK;
        if (this.counts.size <= k)
            return;
        const sorted = [...this.counts].sort(byCountThenValue);
        const cut = sorted[k][1];
        this.maxError += cut;
        const next = new Map();
        for (const [value, count] of sorted)
            if (count > cut)
                next.set(value, count - cut);
        this.counts = next;
    }
    merge(other) {
        if (other.hll || this.hll) {
            if (!this.hll)
                this.leaveExactForMerge();
            if (other.hll)
                this.hll.merge(other.hll);
            else
                for (const value of other.counts.keys())
                    this.hll.addHash(hashValue(value));
        }
        if (!other.tracked && this.tracked) {
            this.tracked = false;
            this.counts.clear();
        }
        this.maxError += other.maxError;
        if (this.tracked) {
            for (const [value, count] of other.counts)
                this.add(value, count);
            if (!this.exact)
                this.purge();
        }
    }
    leaveExactForMerge() {
        if (this.exact)
            this.leaveExact();
    }
    /** The distinct count: exact, or the HyperLogLog estimate. */
    get distinct() {
        return this.hll ? this.hll.estimate() : this.counts.size;
    }
    /** The kept values, most frequent first (ties by value). */
    items() {
        return [...this.counts].sort(byCountThenValue);
    }
}

;// CONCATENATED MODULE: ./shared/dist/profile/moments.js
/**
 * Count, mean, sum of squared deviations (M2), min and max of a stream of numbers, mergeable
 * with the parallel update of Chan, Golub and LeVeque (1979):
 *
 *   n = na + nb,  delta = mean_b - mean_a,
 *   mean = mean_a + delta * nb / n,  M2 = M2_a + M2_b + delta^2 * na * nb / n.
 *
 * A batch is summarised with two passes (its mean, then its M2), which is more accurate than a
 * running update, and merged in. Merging agrees with one pass over the concatenated data to
 * within float rounding: a relative difference of about 1e-12 for n up to 1e7 in the tests.
 */
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    /** Adds the finite values of `values` (NaN and infinities are skipped; count them apart). */
    addBatch(values) {
        let n = 0;
        let sum = 0;
        let min = this.min;
        let max = this.max;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            n++;
            sum += v;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
        }
        if (n === 0)
            return;
        const mean = sum / n;
        let m2 = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            const d = v - mean;
            m2 += d * d;
        }
        this.combine(n, mean, m2);
        this.min = min;
        this.max = max;
    }
    merge(other) {
        if (other.n === 0)
            return;
        this.combine(other.n, other.mean, other.m2);
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
    }
    combine(nb, meanB, m2b) {
        const na = this.n;
        const n = na + nb;
        const delta = meanB - this.mean;
        this.mean = na === 0 ? meanB : this.mean + (delta * nb) / n;
        this.m2 = this.m2 + m2b + (na === 0 ? 0 : (delta * delta * na * nb) / n);
        this.n = n;
    }
    /** Population variance (M2 / n), as scipy and Evidently use for normalising; NaN when empty. */
    get variance() {
        return this.n === 0 ? Number.NaN : this.m2 / this.n;
    }
    /** Sample variance (M2 / (n - 1)); NaN below two values. */
    get sampleVariance() {
        return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
    }
}

;// CONCATENATED MODULE: ./shared/dist/profile/column-profiler.js





/** The quantiles shown in a profile for people (the sketch answers any other). */
const SHOWN_QUANTILES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
function finite(value) {
    return Number.isFinite(value) ? value : null;
}
/** The running profile of one column: fed batch by batch, merged, written as JSON. */
class ColumnProfiler {
    name;
    type;
    settings;
    numeric;
    moments = new Moments();
    kll;
    frequent;
    count = 0;
    missing = 0;
    infinite = 0;
    constructor(name, type, settings) {
        this.name = name;
        this.type = type;
        this.settings = settings;
        this.numeric = isNumericType(type);
        this.kll = new KllSketch(settings.quantileK);
        this.frequent = new FrequentValues({
            exactCap: settings.exactCap,
            frequentK: settings.frequentK,
            hllPrecision: settings.hllPrecision,
            keepBeyondCap: !this.numeric,
        });
    }
    add(column) {
        if ("values" in column)
            this.addNumbers(column.values);
        else
            this.addCodes(column.codes, column.dictionary);
    }
    /** Each part in a loop of its own over the batch, so that no value is boxed between calls. */
    addNumbers(values) {
        this.moments.addBatch(values);
        this.kll.updateMany(values);
        const frequent = this.frequent;
        let finite = 0;
        let missing = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v !== v)
                missing++;
            else if (v - v === 0) {
                finite++;
                if (frequent.tracked)
                    frequent.add(v, 1);
                else
                    frequent.addHashOnly(v);
            }
        }
        this.count += finite;
        this.missing += missing;
        this.infinite += values.length - finite - missing;
    }
    addCodes(codes, dictionary) {
        const counts = new Float64Array(dictionary.length);
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (code < 0)
                this.missing++;
            else
                counts[code]++;
        }
        // Values in order of first appearance in the batch keep the summary deterministic.
        for (let code = 0; code < counts.length; code++) {
            const c = counts[code];
            if (c > 0) {
                this.count += c;
                this.frequent.add(dictionary[code], c);
            }
        }
    }
    merge(other) {
        this.count += other.count;
        this.missing += other.missing;
        this.infinite += other.infinite;
        this.moments.merge(other.moments);
        this.kll.merge(other.kll);
        this.frequent.merge(other.frequent);
    }
    toJSON() {
        const m = this.moments;
        const has = this.numeric && m.n > 0;
        const hll = this.frequent.hll;
        return {
            name: this.name,
            type: this.type,
            count: this.count,
            missing: this.missing,
            infinite: this.infinite,
            min: has ? finite(m.min) : null,
            max: has ? finite(m.max) : null,
            mean: has ? finite(m.mean) : null,
            m2: has ? finite(m.m2) : null,
            variance: has ? finite(m.variance) : null,
            stddev: has ? finite(Math.sqrt(m.variance)) : null,
            distinct: {
                value: this.frequent.distinct,
                exact: hll === undefined,
                relativeError: hll === undefined ? 0 : hll.relativeError,
                hll: hll === undefined ? null : { precision: hll.precision, registers: hll.toBase64() },
            },
            frequent: this.frequent.tracked
                ? {
                    exact: this.frequent.exact,
                    maxError: this.frequent.maxError,
                    items: this.frequent.items().map(([value, count]) => ({ value, count })),
                }
                : null,
            sketch: this.numeric ? this.sketchJson() : null,
            histogram: this.numeric && m.n > 0 ? this.histogram() : null,
        };
    }
    sketchJson() {
        const state = this.kll.toState();
        const items = this.kll.weightedItems();
        return {
            method: "kll",
            k: state.k,
            n: state.n,
            rankError: this.kll.rankError,
            levels: state.levels,
            compactions: state.compactions,
            quantiles: state.n === 0 ? [] : SHOWN_QUANTILES.map((q) => ({ q, value: quantileOf(items, q) })),
        };
    }
    histogram() {
        const bins = this.settings.histogramBins;
        const { min, max } = this.moments;
        const { values, weights } = this.kll.weightedItems();
        if (min === max)
            return { edges: [min, max], counts: [this.count] };
        const width = (max - min) / bins;
        const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
        const counts = new Array(bins).fill(0);
        for (let i = 0; i < values.length; i++) {
            const bin = Math.min(bins - 1, Math.max(0, Math.floor((values[i] - min) / width)));
            counts[bin] += weights[i];
        }
        return { edges, counts };
    }
    /** Rebuilds the running state from a column's JSON profile, so that it can be merged. */
    static fromJSON(profile, settings) {
        const p = new ColumnProfiler(profile.name, profile.type, settings);
        p.count = profile.count;
        p.missing = profile.missing;
        p.infinite = profile.infinite;
        if (p.numeric && profile.count > 0) {
            p.moments.n = profile.count;
            p.moments.mean = profile.mean ?? 0;
            p.moments.m2 = profile.m2 ?? 0;
            p.moments.min = profile.min ?? Number.POSITIVE_INFINITY;
            p.moments.max = profile.max ?? Number.NEGATIVE_INFINITY;
        }
        if (profile.sketch) {
            p.kll = KllSketch.fromState({
                k: profile.sketch.k,
                n: profile.sketch.n,
                levels: profile.sketch.levels,
                compactions: profile.sketch.compactions,
            });
        }
        const f = p.frequent;
        f.exact = profile.distinct.exact;
        if (profile.distinct.hll) {
            f.hll = HyperLogLog.fromBase64(profile.distinct.hll.precision, profile.distinct.hll.registers);
        }
        f.tracked = profile.frequent !== null;
        f.maxError = profile.frequent?.maxError ?? 0;
        f.counts = new Map((profile.frequent?.items ?? []).map((item) => [item.value, item.count]));
        return p;
    }
}

;// CONCATENATED MODULE: ./shared/dist/profile/profile-types.js
/** The name and version of the profile format. */
const PROFILE_SCHEMA_ID = "mlops.profile/v1";
const DEFAULT_PROFILE_SETTINGS = {
    exactCap: 1024,
    frequentK: 64,
    hllPrecision: 12,
    quantileK: 200,
    histogramBins: 20,
};

;// CONCATENATED MODULE: ./shared/dist/profile/profile-dataset.js



/**
 * Builds a dataset's profile batch by batch, in memory that does not grow with the row count:
 * per column a few counters, a KLL sketch of about 3k values, and at most `exactCap` distinct
 * values (or a 4 KiB HyperLogLog and `2 * frequentK` counters past it).
 */
class DatasetProfiler {
    settings;
    rowCount = 0;
    columns = [];
    constructor(settings = {}) {
        this.settings = { ...DEFAULT_PROFILE_SETTINGS, ...settings };
    }
    add(batch) {
        if (this.columns.length === 0 && this.rowCount === 0) {
            for (const column of batch.columns.values()) {
                this.columns.push(new ColumnProfiler(column.name, column.type, this.settings));
            }
        }
        for (const profiler of this.columns) {
            const column = batch.columns.get(profiler.name);
            if (column)
                profiler.add(column);
        }
        this.rowCount += batch.length;
    }
    toJSON() {
        return {
            schema: PROFILE_SCHEMA_ID,
            rowCount: this.rowCount,
            settings: { ...this.settings },
            columns: this.columns.map((column) => column.toJSON()),
        };
    }
}
/** The profile of a stream of batches. */
async function profileBatches(batches, settings = {}) {
    const profiler = new DatasetProfiler(settings);
    for await (const batch of batches)
        profiler.add(batch);
    return profiler.toJSON();
}
/** Reads and profiles a dataset (a file, a glob, or a list of them). */
async function profileDataset(source, options = {}) {
    return profileBatches(readBatches(source, options.read), options.settings);
}

;// CONCATENATED MODULE: ./shared/dist/data/batch.js
/** The value of row `row` of a column, decoded: a number, a string, or `null` when missing. */
function cellValue(column, row) {
    if ("values" in column) {
        const value = column.values[row];
        return value === undefined || Number.isNaN(value) ? null : value;
    }
    const code = column.codes[row];
    return code === undefined || code < 0 ? null : (column.dictionary[code] ?? null);
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/check-result.js

const MAX_TEXT = 100;
/** A cell as the report shows it: dates in ISO 8601, booleans as such, long text cut. */
function exampleValue(column, row) {
    const value = cellValue(column, row);
    if (typeof value === "string") {
        return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
    }
    if (value === null || !Number.isFinite(value))
        return value === null ? null : String(value);
    if (column.type === "datetime")
        return new Date(value).toISOString();
    if (column.type === "boolean")
        return value === 1;
    return value;
}
/**
 * Counts one row-level check over the stream: values checked, values failed, and the first
 * failing rows as examples. Failing rows are also marked in the batch's `invalid` flags, so
 * that the rows that fail any check are counted once.
 */
class RowTally {
    check;
    column;
    expected;
    mostly;
    maxExamples;
    locator;
    evaluated = 0;
    failed = 0;
    note = null;
    examples = [];
    constructor(check, column, expected, mostly, maxExamples, locator) {
        this.check = check;
        this.column = column;
        this.expected = expected;
        this.mostly = mostly;
        this.maxExamples = maxExamples;
        this.locator = locator;
    }
    fail(batch, row, invalid, value, note = null) {
        this.failed++;
        invalid[row] = 1;
        if (this.examples.length >= this.maxExamples)
            return;
        this.examples.push({
            file: this.locator.shown(batch.file),
            line: this.locator.hasLines(batch.file) ? batch.lineNumbers[row] : null,
            row: batch.rowOffset + row,
            column: this.column,
            value,
            note,
        });
    }
    result() {
        // A small tolerance, so that `mostly: 0.95` passes 95 of 100 despite binary fractions.
        const passing = this.evaluated === 0 ? 1 : 1 - this.failed / this.evaluated;
        return {
            id: this.column === null ? this.check : `${this.column}.${this.check}`,
            check: this.check,
            column: this.column,
            level: "row",
            status: passing + 1e-12 >= this.mostly ? "pass" : "fail",
            evaluated: this.evaluated,
            failed: this.failed,
            mostly: this.mostly,
            expected: this.expected,
            observed: this.evaluated === 0 ? null : passing,
            examples: this.examples,
            note: this.note,
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/key-checks.js


/**
 * The default bound on keys held for uniqueness, over all unique constraints together. A key
 * costs about 50 bytes as a number and 80-120 as a short string (a V8 Map entry and the
 * string), so 5,000,000 keys stay under about 600 MB. Past the bound no new key is stored:
 * duplicates of stored keys are still found, and the check says it is incomplete.
 */
const DEFAULT_MAX_KEYS = 5_000_000;
/** Where a key was first seen, packed in one number: file index * 2^33 + line (or row). */
const LINE_SPAN = 2 ** 33;
/**
 * One uniqueness constraint over one or more columns: `unique` on a field, the `primaryKey`
 * (whose fields must also be present), or one of the `uniqueKeys` (a row with a missing value
 * in any of its fields is not checked, as Table Schema says).
 */
class KeyCheck {
    tally;
    fields;
    primary;
    budget;
    seen = new Map();
    files = [];
    constructor(tally, fields, primary, budget) {
        this.tally = tally;
        this.fields = fields;
        this.primary = primary;
        this.budget = budget;
    }
    /** The key of row `row`, or undefined when a part is missing. */
    keyOf(columns, row) {
        if (columns.length === 1) {
            const column = columns[0];
            if ("values" in column) {
                const value = column.values[row];
                return Number.isNaN(value) ? undefined : value;
            }
            const code = column.codes[row];
            if (code < 0)
                return undefined;
            // A categorical code names the same value in every batch of a read; a text code does not.
            return column.type === "categorical" ? code : column.dictionary[code];
        }
        let key = "";
        for (const column of columns) {
            const value = cellValue(column, row);
            if (value === null)
                return undefined;
            key += `${value}\u001f`;
        }
        return key;
    }
    run(batch, invalid, locator) {
        const columns = this.fields.map((name) => batch.columns.get(name));
        let fileIndex = this.files.indexOf(batch.file);
        if (fileIndex < 0)
            fileIndex = this.files.push(batch.file) - 1;
        const shownValue = (row) => columns.length === 1
            ? exampleValue(columns[0], row)
            : columns.map((c) => exampleValue(c, row)).join(", ");
        for (let i = 0; i < batch.length; i++) {
            const key = this.keyOf(columns, i);
            if (key === undefined) {
                if (this.primary) {
                    this.tally.evaluated++;
                    this.tally.fail(batch, i, invalid, shownValue(i), "a primary key value is missing");
                }
                continue;
            }
            this.tally.evaluated++;
            const first = this.seen.get(key);
            if (first !== undefined) {
                const file = this.files[Math.floor(first / LINE_SPAN)];
                const at = first % LINE_SPAN;
                const where = locator.hasLines(file) ? `line ${at}` : `row ${at}`;
                const of = file === batch.file ? where : `${locator.shown(file)} ${where}`;
                this.tally.fail(batch, i, invalid, shownValue(i), `duplicate of ${of}`);
            }
            else if (this.budget.left > 0) {
                this.budget.left--;
                this.seen.set(key, fileIndex * LINE_SPAN + batch.lineNumbers[i]);
            }
            else if (this.tally.note === null) {
                this.tally.note = `the key memory bound (x-mlops.maxKeys = ${this.budget.max}) was reached at row ${batch.rowOffset + i}; later new keys were not stored`;
            }
        }
    }
}
/**
 * The uniqueness checks a contract asks for: per-field `unique`, `primaryKey`, `uniqueKeys`. A
 * key over several fields is named with them, as `primaryKey(customer_id, month)`.
 */
function keyChecks(unique, primaryKey, uniqueKeys, make, budget) {
    const check = (kind, fields, primary) => fields.length === 1
        ? new KeyCheck(make(kind, fields[0]), fields, primary, budget)
        : new KeyCheck(make(`${kind}(${fields.join(", ")})`, null), fields, primary, budget);
    return [
        ...unique.map((name) => check("unique", [name], false)),
        ...(primaryKey.length > 0 ? [check("primaryKey", primaryKey, true)] : []),
        ...uniqueKeys.map((fields) => check("uniqueKey", fields, false)),
    ];
}

// EXTERNAL MODULE: ./shared/dist/contracts/json-values.js
var json_values = __nccwpck_require__(645);
;// CONCATENATED MODULE: ./shared/dist/validate-data/row-checks.js



const row_checks_list = (values) => values.length > 5 ? `${values.slice(0, 5).join(", ")}, … (${values.length})` : values.join(", ");
/** `required`: a value in every row; counted over all rows, not only the present values. */
function requiredTally(field, make) {
    return field.constraints?.required ? make("required", "a value in every row") : undefined;
}
/** An enum entry as a numeric column holds it: booleans as 0/1, dates as epoch milliseconds. */
function enumNumber(value, field) {
    if (typeof value === "boolean")
        return Number(value);
    const dated = field.type === "date" || field.type === "datetime";
    return typeof value === "string" && !dated ? Number(value) : boundValue(value, field.type);
}
function numericPredicates(field, make) {
    const c = field.constraints ?? {};
    const out = [];
    const bound = (name, symbol, test) => {
        const raw = c[name];
        if (raw === undefined)
            return;
        const b = boundValue(raw, field.type);
        out.push({ tally: make(name, `${symbol} ${raw}`), test: (v) => test(v, b) });
    };
    bound("minimum", "≥", (v, b) => v >= b);
    bound("maximum", "≤", (v, b) => v <= b);
    bound("exclusiveMinimum", ">", (v, b) => v > b);
    bound("exclusiveMaximum", "<", (v, b) => v < b);
    if (c.enum) {
        const allowed = new Set(c.enum.map((value) => enumNumber(value, field)));
        out.push({ tally: make("enum", `one of ${row_checks_list(c.enum)}`), test: (v) => allowed.has(v) });
    }
    return out;
}
function stringPredicates(field, make) {
    const c = field.constraints ?? {};
    const out = [];
    if (c.minLength !== undefined) {
        const min = c.minLength;
        out.push({ tally: make("minLength", `length ≥ ${min}`), test: (v) => (0,json_values/* ucs2length */.K)(v) >= min });
    }
    if (c.maxLength !== undefined) {
        const max = c.maxLength;
        out.push({ tally: make("maxLength", `length ≤ ${max}`), test: (v) => (0,json_values/* ucs2length */.K)(v) <= max });
    }
    if (c.pattern !== undefined) {
        // Table Schema patterns match the whole value (XML Schema's regular expressions).
        const regex = new RegExp(`^(?:${c.pattern})$`, "u");
        out.push({ tally: make("pattern", `matches ${c.pattern}`), test: (v) => regex.test(v) });
    }
    if (c.enum) {
        const allowed = new Set(c.enum.map(String));
        out.push({ tally: make("enum", `one of ${row_checks_list(c.enum)}`), test: (v) => allowed.has(v) });
    }
    return out;
}
class NumericChecks {
    name;
    required;
    predicates;
    tallies;
    constructor(name, required, predicates) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
        this.tallies = [...(required ? [required] : []), ...predicates.map((p) => p.tally)];
    }
    run(batch, invalid) {
        const column = batch.columns.get(this.name);
        const values = column.values;
        let present = 0;
        for (let i = 0; i < batch.length; i++) {
            if (Number.isNaN(values[i]))
                this.required?.fail(batch, i, invalid, null, "no value");
            else
                present++;
        }
        if (this.required)
            this.required.evaluated += batch.length;
        for (const { tally, test } of this.predicates) {
            tally.evaluated += present;
            for (let i = 0; i < batch.length; i++) {
                const v = values[i];
                if (!Number.isNaN(v) && !test(v))
                    tally.fail(batch, i, invalid, exampleValue(column, i));
            }
        }
    }
}
/**
 * String columns are dictionary-encoded, so each distinct value is tested once and each row
 * only looks its verdicts up. A categorical dictionary lasts the whole read, and so do its
 * verdicts; a text column's dictionary, and its verdicts, are the batch's own.
 */
class StringChecks {
    name;
    required;
    predicates;
    tallies;
    /** Per dictionary code, one bit per predicate that the value fails. */
    verdicts = new Uint32Array(0);
    known = 0;
    constructor(name, required, predicates) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
        this.tallies = [...(required ? [required] : []), ...predicates.map((p) => p.tally)];
    }
    judge(column) {
        const { dictionary } = column;
        if (column.type === "text")
            this.known = 0;
        if (this.verdicts.length < dictionary.length) {
            const grown = new Uint32Array(Math.max(dictionary.length, this.verdicts.length * 2));
            grown.set(this.verdicts.subarray(0, this.known));
            this.verdicts = grown;
        }
        for (let code = this.known; code < dictionary.length; code++) {
            let bits = 0;
            this.predicates.forEach(({ test }, p) => {
                if (!test(dictionary[code]))
                    bits |= 1 << p;
            });
            this.verdicts[code] = bits;
        }
        this.known = dictionary.length;
    }
    run(batch, invalid) {
        const column = batch.columns.get(this.name);
        if (this.predicates.length > 0)
            this.judge(column);
        const { codes } = column;
        let present = 0;
        for (let i = 0; i < batch.length; i++) {
            const code = codes[i];
            if (code < 0) {
                this.required?.fail(batch, i, invalid, null, "no value");
                continue;
            }
            present++;
            const bits = this.verdicts[code];
            if (bits === 0)
                continue;
            this.predicates.forEach(({ tally }, p) => {
                if (bits & (1 << p))
                    tally.fail(batch, i, invalid, exampleValue(column, i));
            });
        }
        if (this.required)
            this.required.evaluated += batch.length;
        for (const { tally } of this.predicates)
            tally.evaluated += present;
    }
}
/**
 * The row-level checks of a field, for the type its column was read as; none when the field
 * has no row-level constraint. `mostly` is the share of values that must pass each one.
 */
function columnChecks(field, column, mostly, maxExamples, locator) {
    const make = (check, expected) => new RowTally(check, field.name, expected, mostly, maxExamples, locator);
    const required = requiredTally(field, make);
    if ("values" in column) {
        const predicates = numericPredicates(field, make);
        return required || predicates.length
            ? new NumericChecks(field.name, required, predicates)
            : undefined;
    }
    const predicates = stringPredicates(field, make);
    return required || predicates.length
        ? new StringChecks(field.name, required, predicates)
        : undefined;
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/validate-stream.js








/** The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. */
function fieldsCheck(contract, columns) {
    const declared = contract.descriptor.fields.map((field) => field.name);
    const match = contract.descriptor.fieldsMatch ?? "exact";
    const extra = columns.filter((name) => !declared.includes(name));
    const problems = [];
    if (match !== "subset" && extra.length > 0)
        problems.push(`undeclared: ${extra.join(", ")}`);
    if (match === "exact" &&
        problems.length === 0 &&
        declared.join("\u0000") !== columns.join("\u0000")) {
        problems.push("the order differs");
    }
    const expected = {
        exact: "the declared fields, in their order",
        equal: "the declared fields, in any order",
        subset: "the declared fields, and possibly more",
    }[match];
    return {
        id: "fields",
        check: "fields",
        column: null,
        level: "dataset",
        status: problems.length === 0 ? "pass" : "fail",
        evaluated: null,
        failed: null,
        mostly: null,
        expected,
        observed: columns.join(", "),
        examples: [],
        note: problems.length === 0 ? null : problems.join("; "),
    };
}
/** A read that stopped (bad bytes, a ragged row, a value of the wrong type) as a failed check. */
function readFailureCheck(error, rows, locator) {
    const prefix = `${error.file}${error.lineNumber === undefined ? "" : `:${error.lineNumber}`}: `;
    const problem = error.message.startsWith(prefix)
        ? error.message.slice(prefix.length)
        : error.message;
    const column = error.column ?? null;
    return {
        id: "readable",
        check: "readable",
        column,
        level: "dataset",
        status: "fail",
        evaluated: null,
        failed: 1,
        mostly: null,
        expected: "every file reads as the declared table",
        observed: null,
        examples: [
            {
                file: locator.shown(error.file),
                line: error.lineNumber ?? null,
                row: null,
                column,
                value: null,
                note: problem,
            },
        ],
        note: `${error.fix ? `${error.fix}. ` : ""}The read stopped here; the other checks cover the ${groupDigits(rows)} rows before`,
    };
}
/**
 * Validates the data in one pass over its batches: row-level checks, uniqueness and the
 * profile are all fed from the same batch, which is then dropped. Memory is one batch, the
 * profile's sketches, and the keys of the uniqueness checks (bounded by `x-mlops.maxKeys`).
 */
async function validateStream(files, contract, options) {
    const { descriptor } = contract;
    const mostlyDefault = descriptor["x-mlops"]?.mostly ?? 1;
    const maxKeys = descriptor["x-mlops"]?.maxKeys ?? DEFAULT_MAX_KEYS;
    const profiler = new DatasetProfiler();
    const progress = new ReadProgress({
        label: "validate-data",
        progress: options.progress,
        log: options.log,
    });
    const rowsPerFile = new Map();
    let columns = [];
    let perColumn = [];
    let keys = [];
    let invalidRows = 0;
    let rows = 0;
    let readFailure = null;
    const compile = (batch) => {
        columns = [...batch.columns.keys()];
        perColumn = descriptor.fields.flatMap((field) => {
            const column = batch.columns.get(field.name);
            const mostly = field["x-mlops"]?.mostly ?? mostlyDefault;
            const checks = column && columnChecks(field, column, mostly, options.maxExamples, options.locator);
            return checks ? [checks] : [];
        });
        const make = (check, column) => {
            const field = descriptor.fields.find((f) => f.name === column);
            const mostly = check === "unique" ? (field?.["x-mlops"]?.mostly ?? mostlyDefault) : 1;
            const expected = check.startsWith("primaryKey") ? "present and unique" : "unique";
            return new RowTally(check, column, expected, mostly, options.maxExamples, options.locator);
        };
        const unique = descriptor.fields.filter((f) => f.constraints?.unique).map((f) => f.name);
        keys = keyChecks(unique, contract.primaryKey, descriptor.uniqueKeys ?? [], make, {
            left: maxKeys,
            max: maxKeys,
        });
    };
    try {
        for await (const batch of progress.track(read_batches_readBatches(files, { schema: contract.readSchema }))) {
            if (rows === 0 && columns.length === 0)
                compile(batch);
            const invalid = new Uint8Array(batch.length);
            for (const checks of perColumn)
                checks.run(batch, invalid);
            for (const key of keys)
                key.run(batch, invalid, options.locator);
            for (let i = 0; i < invalid.length; i++)
                invalidRows += invalid[i];
            profiler.add(batch);
            rows += batch.length;
            rowsPerFile.set(batch.file, (rowsPerFile.get(batch.file) ?? 0) + batch.length);
        }
    }
    catch (error) {
        if (!(error instanceof DataError))
            throw error;
        readFailure = readFailureCheck(error, rows, options.locator);
    }
    const checks = [
        ...(columns.length > 0 ? [fieldsCheck(contract, columns)] : []),
        ...perColumn.flatMap((c) => c.tallies.map((tally) => tally.result())),
        ...keys.map((key) => key.tally.result()),
    ];
    return {
        rows,
        rowsPerFile,
        columns,
        checks,
        invalidRows,
        readFailure,
        profile: readFailure ? null : profiler.toJSON(),
    };
}

;// CONCATENATED MODULE: ./shared/dist/validate-data/validation-report.schema.json
const validation_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.validation-report/v1","title":"Validation report","description":"The result of validate-data: the data\'s identity, every check of the contract with its counts, observed value and first failing rows.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","valid","data","contract","reference_profile","counts","checks","notes"],"definitions":{"fileRef":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"count":{"type":"integer","minimum":0},"nullableCount":{"type":["integer","null"],"minimum":0},"example":{"type":"object","additionalProperties":false,"required":["file","line","row","column","value","note"],"properties":{"file":{"type":"string"},"line":{"description":"1-based line in a CSV or JSONL file; null for Parquet.","type":["integer","null"],"minimum":1},"row":{"description":"0-based index of the row in the dataset; null when the read stopped before it.","type":["integer","null"],"minimum":0},"column":{"type":["string","null"]},"value":{"type":["number","string","boolean","null"]},"note":{"type":["string","null"]}}},"check":{"type":"object","additionalProperties":false,"required":["id","check","column","level","status","evaluated","failed","mostly","expected","observed","examples","note"],"properties":{"id":{"type":"string"},"check":{"type":"string"},"column":{"type":["string","null"]},"level":{"enum":["row","column","dataset"]},"status":{"enum":["pass","fail","skipped"]},"evaluated":{"$ref":"#/definitions/nullableCount"},"failed":{"$ref":"#/definitions/nullableCount"},"mostly":{"type":["number","null"],"minimum":0,"maximum":1},"expected":{"type":"string"},"observed":{"type":["number","string","null"]},"examples":{"type":"array","items":{"$ref":"#/definitions/example"}},"note":{"type":["string","null"]}}}},"properties":{"schema":{"const":"mlops.validation-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"valid":{"type":"boolean"},"data":{"type":"object","additionalProperties":false,"required":["source","digest","rows","columns","files"],"properties":{"source":{"type":"string"},"digest":{"type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"$ref":"#/definitions/count"},"columns":{"type":"array","items":{"type":"string"}},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["file","sha256","bytes","rows"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"$ref":"#/definitions/count"},"rows":{"$ref":"#/definitions/count"}}}}}},"contract":{"$ref":"#/definitions/fileRef"},"reference_profile":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/fileRef"}]},"counts":{"type":"object","additionalProperties":false,"required":["checks","passed","failed","skipped","invalid_rows"],"properties":{"checks":{"$ref":"#/definitions/count"},"passed":{"$ref":"#/definitions/count"},"failed":{"$ref":"#/definitions/count"},"skipped":{"$ref":"#/definitions/count"},"invalid_rows":{"$ref":"#/definitions/count"}}},"checks":{"type":"array","items":{"$ref":"#/definitions/check"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/validate-data/validation-report.js


/** `mlops.validation-report/v1`: what validate-data found (see validation-report.schema.json). */
const validationReportContract = {
    id: "mlops.validation-report/v1",
    validate: (0,json_schema/* compileSchema */.F)(validation_report_schema_namespaceObject),
};

;// CONCATENATED MODULE: ./shared/dist/validate-data/validate-data.js



















const count = (checks, status) => checks.filter((check) => check.status === status).length;
/** What a failed check says in one line: its id, and the rows or the statistic. */
function failureLine(check) {
    if (check.level === "row")
        return `${check.id} (${check.failed} of ${check.evaluated} failed)`;
    const seen = typeof check.observed === "number" ? formatNumber(check.observed) : (check.observed ?? "none");
    return check.check === "readable"
        ? `${check.id} (${check.examples[0]?.note})`
        : `${check.id} (${seen}, expected ${check.expected})`;
}
/**
 * One annotation per failing example, taking the first example of every failed check before
 * the second of any, so that the annotations GitHub shows cover as many checks as they can.
 */
function annotationsOf(failed) {
    const out = failed
        .filter((check) => check.examples.length === 0)
        .map((check) => ({
        level: "error",
        title: `validate-data: ${check.id}`,
        message: failureLine(check),
    }));
    const depth = Math.max(0, ...failed.map((check) => check.examples.length));
    for (let i = 0; i < depth; i++) {
        for (const check of failed) {
            const example = check.examples[i];
            if (example === undefined)
                continue;
            out.push({
                level: "error",
                title: `validate-data: ${check.id}`,
                message: `${describeCell(example) || "this row"}: expected ${check.expected}`,
                file: example.file,
                line: example.line ?? undefined,
            });
        }
    }
    return out;
}
const validateData = defineAction({
    name: "validate-data",
    permissions: { contents: { level: "read", why: "read the data and contract checked out" } },
    example: {
        data: "data/train/*.csv",
        schema: ".mlops/data-contract.yml",
    },
    inputs: {
        data: inputs_text(),
        schema: file(),
        "reference-profile": file(),
        "report-path": outputPath(),
        "profile-path": outputPath(),
        "fail-on-invalid": bool(),
        "max-examples": number({ min: 0, max: 1000, integer: true }),
    },
    async run(inputs, context) {
        const shown = (path) => displayPath(context.cwd, path);
        const locator = { shown, hasLines: (path) => formatOf(path) !== "parquet" };
        const contract = loadDataContract(inputs.schema, shown(inputs.schema));
        const reference = inputs["reference-profile"]
            ? await readProfile(inputs["reference-profile"], shown(inputs["reference-profile"]))
            : undefined;
        const source = inputs.data;
        const files = await listFiles((0,external_node_path_namespaceObject.isAbsolute)(source) ? source : (0,external_node_path_namespaceObject.resolve)(context.cwd, source));
        const sizes = new Map(files.map((path) => [path, (0,external_node_fs_namespaceObject.statSync)(path).size]));
        // One file at a time: a glob of thousands of files must not open them all at once.
        const digests = [];
        for (const path of files)
            digests.push(await hashFile(path));
        const outcome = await validateStream(files, contract, {
            maxExamples: inputs["max-examples"] ?? 5,
            locator,
            log: context.log,
            progress: context.progress,
        });
        const notes = [];
        const statistics = [];
        if (outcome.profile) {
            statistics.push(...statisticChecks(contract.descriptor, outcome.profile));
            if (reference)
                statistics.push(...skewChecks(contract.descriptor, reference, outcome.profile));
        }
        else {
            notes.push("Statistics, skew and the row count were not checked, and no profile was written: the data could not be read to the end.");
        }
        const checks = [
            ...(outcome.readFailure ? [outcome.readFailure] : []),
            ...outcome.checks,
            ...statistics,
        ];
        const failed = checks.filter((check) => check.status === "fail");
        const report = {
            schema: "mlops.validation-report/v1",
            tool: { name: "mlops", version: VERSION },
            created_at: context.now().toISOString(),
            valid: failed.length === 0,
            data: {
                source,
                digest: datasetDigest(digests),
                rows: outcome.rows,
                columns: outcome.columns,
                files: files.map((path, i) => ({
                    file: shown(path),
                    sha256: digests[i],
                    bytes: sizes.get(path),
                    rows: outcome.rowsPerFile.get(path) ?? 0,
                })),
            },
            contract: { file: contract.file, sha256: await hashFile(inputs.schema) },
            reference_profile: inputs["reference-profile"]
                ? {
                    file: shown(inputs["reference-profile"]),
                    sha256: await hashFile(inputs["reference-profile"]),
                }
                : null,
            counts: {
                checks: checks.length,
                passed: count(checks, "pass"),
                failed: failed.length,
                skipped: count(checks, "skipped"),
                invalid_rows: outcome.invalidRows,
            },
            checks,
            notes,
        };
        // The report is checked against its own contract before anyone downstream trusts it.
        validateContract(validationReportContract, report, "validation report");
        writeJsonAtomic(inputs["report-path"], report);
        if (outcome.profile)
            writeJsonAtomic(inputs["profile-path"], outcome.profile);
        const annotations = annotationsOf(failed);
        if (outcome.invalidRows > 0) {
            annotations.push({
                level: "notice",
                title: "validate-data: failing rows",
                message: `${outcome.invalidRows} of ${outcome.rows} rows fail a row check; the report (${shown(inputs["report-path"])}) lists the first ${inputs["max-examples"] ?? 5} of each check`,
            });
        }
        return {
            outputs: {
                valid: String(report.valid),
                rows: String(outcome.rows),
                errors: String(failed.length),
                "report-path": shown(inputs["report-path"]),
                "profile-path": outcome.profile ? shown(inputs["profile-path"]) : "",
                digest: report.data.digest,
            },
            summary: renderSummary(report),
            annotations,
            failure: failed.length > 0 && inputs["fail-on-invalid"]
                ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${failed.length > 5 ? `; and ${failed.length - 5} more` : ""}`
                : undefined,
        };
    },
});

;// CONCATENATED MODULE: ./build/actions/validate-data/src/main.js

/** Runs validate-data as a step of a GitHub Actions job. */
const run = () => runInRunner(validateData);


/***/ }),

/***/ 444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ compileSchema)
/* harmony export */ });
/* harmony import */ var _json_values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(645);

/** Keywords that say something about a schema without constraining values. */
const ANNOTATIONS = new Set([
    "$id",
    "$schema",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
    "definitions",
    "contentEncoding",
    "contentMediaType",
]);
const CONSTRAINTS = new Set([
    "$ref",
    "type",
    "const",
    "enum",
    "oneOf",
    "maximum",
    "minimum",
    "exclusiveMinimum",
    "minLength",
    "pattern",
    "minItems",
    "uniqueItems",
    "items",
    "minProperties",
    "required",
    "additionalProperties",
    "properties",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const pointerOf = (path) => path.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
function hasType(value, type) {
    switch (type) {
        case "string":
            return typeof value === "string";
        case "number":
            return typeof value === "number" && Number.isFinite(value);
        case "integer":
            return Number.isInteger(value);
        case "boolean":
            return typeof value === "boolean";
        case "null":
            return value === null;
        case "array":
            return Array.isArray(value);
        case "object":
            return isObject(value);
        default:
            return false;
    }
}
/** The keywords that apply to values of one type only. */
const TYPE_KEYWORDS = {
    number: ["maximum", "minimum", "exclusiveMinimum"],
    string: ["minLength", "pattern"],
    array: ["minItems", "items", "uniqueItems"],
    object: ["minProperties", "required", "additionalProperties", "properties"],
};
/** Reads a schema into nodes, refusing what this validator does not implement. */
function readSchema(schema, at) {
    if (typeof schema === "boolean")
        return schema;
    for (const [keyword, value] of Object.entries(schema)) {
        if (!ANNOTATIONS.has(keyword) && !CONSTRAINTS.has(keyword)) {
            throw new Error(`JSON Schema: keyword '${keyword}' at ${at || "/"} is not supported`);
        }
        if (keyword === "$ref" && !/^#\/definitions\/[^/]+$/.test(value)) {
            throw new Error(`JSON Schema: only '#/definitions/<name>' references are supported (${at})`);
        }
        if (keyword === "items" && Array.isArray(value)) {
            throw new Error(`JSON Schema: tuple 'items' at ${at} is not supported`);
        }
    }
    const child = (value, path) => value === undefined ? undefined : readSchema(value, `${at}/${path}`);
    const types = schema.type === undefined ? [] : [].concat(schema.type);
    const unknownType = types.find((type) => !TYPES.has(type));
    if (unknownType)
        throw new Error(`JSON Schema: unknown type '${unknownType}' at ${at || "/"}`);
    const pattern = schema.pattern;
    return {
        schema,
        types,
        typeDeferred: types.length === 1 && (TYPE_KEYWORDS[types[0]] ?? []).some((keyword) => keyword in schema),
        refName: schema.$ref?.slice("#/definitions/".length),
        ref: undefined,
        hasConst: "const" in schema,
        enumValues: schema.enum,
        oneOf: schema.oneOf?.map((branch, i) => child(branch, `oneOf/${i}`)),
        maximum: schema.maximum,
        minimum: schema.minimum,
        exclusiveMinimum: schema.exclusiveMinimum,
        minLength: schema.minLength,
        pattern: pattern === undefined ? undefined : new RegExp(pattern, "u"),
        minItems: schema.minItems,
        uniqueItems: schema.uniqueItems === true,
        items: child(schema.items, "items"),
        minProperties: schema.minProperties,
        required: (schema.required ?? []),
        properties: Object.entries((schema.properties ?? {})).map(([name, property]) => [name, child(property, `properties/${name}`)]),
        additional: child(schema.additionalProperties, "additionalProperties"),
    };
}
const error = (path, node, keyword, params, message) => ({
    instancePath: pointerOf(path),
    keyword,
    params,
    message,
    parentSchema: node.schema,
});
function typeError(value, node, path) {
    for (const type of node.types)
        if (hasType(value, type))
            return undefined;
    const type = node.types.join(",");
    return error(path, node, "type", { type }, `must be ${type}`);
}
function check(value, node, path) {
    if (node === true)
        return undefined;
    if (node === false) {
        return {
            instancePath: pointerOf(path),
            keyword: "false schema",
            params: {},
            message: "must not be here",
        };
    }
    if (!node.typeDeferred && node.types.length > 0) {
        const wrong = typeError(value, node, path);
        if (wrong)
            return wrong;
    }
    if (node.ref !== undefined) {
        const wrong = check(value, node.ref, path);
        if (wrong)
            return wrong;
    }
    if (node.hasConst && !(0,_json_values_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .b)(value, node.schema.const)) {
        return error(path, node, "const", { allowedValue: node.schema.const }, "must be equal to constant");
    }
    if (node.enumValues && !node.enumValues.some((allowed) => (0,_json_values_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .b)(value, allowed))) {
        return error(path, node, "enum", { allowedValues: node.enumValues }, "must be equal to one of the allowed values");
    }
    if (node.oneOf) {
        const wrong = checkOneOf(value, node, path);
        if (wrong)
            return wrong;
    }
    if (node.typeDeferred) {
        const wrong = typeError(value, node, path);
        if (wrong)
            return wrong;
    }
    if (typeof value === "number")
        return checkNumber(value, node, path);
    if (typeof value === "string")
        return checkString(value, node, path);
    if (Array.isArray(value))
        return checkArray(value, node, path);
    if (isObject(value))
        return checkObject(value, node, path);
    return undefined;
}
function checkOneOf(value, node, path) {
    const errors = node.oneOf.map((branch) => check(value, branch, path));
    const passing = errors.flatMap((wrong, i) => (wrong ? [] : [i]));
    if (passing.length === 1)
        return undefined;
    if (passing.length > 1) {
        return error(path, node, "oneOf", { passingSchemas: passing }, "must match exactly one schema in oneOf");
    }
    const typed = errors.filter((wrong) => !(wrong.keyword === "type" && wrong.instancePath === pointerOf(path)));
    return typed.length === 1 ? typed[0] : errors[0];
}
function checkNumber(value, node, path) {
    const { maximum, minimum, exclusiveMinimum } = node;
    if (maximum !== undefined && !(value <= maximum)) {
        return error(path, node, "maximum", { comparison: "<=", limit: maximum }, `must be <= ${maximum}`);
    }
    if (minimum !== undefined && !(value >= minimum)) {
        return error(path, node, "minimum", { comparison: ">=", limit: minimum }, `must be >= ${minimum}`);
    }
    if (exclusiveMinimum !== undefined && !(value > exclusiveMinimum)) {
        return error(path, node, "exclusiveMinimum", { comparison: ">", limit: exclusiveMinimum }, `must be > ${exclusiveMinimum}`);
    }
    return undefined;
}
function checkString(value, node, path) {
    const { minLength, pattern } = node;
    if (minLength !== undefined && (0,_json_values_js__WEBPACK_IMPORTED_MODULE_0__/* .ucs2length */ .K)(value) < minLength) {
        return error(path, node, "minLength", { limit: minLength }, `must NOT have fewer than ${minLength} characters`);
    }
    if (pattern !== undefined && !pattern.test(value)) {
        const source = node.schema.pattern;
        return error(path, node, "pattern", { pattern: source }, `must match pattern "${source}"`);
    }
    return undefined;
}
function checkArray(value, node, path) {
    const { minItems } = node;
    if (minItems !== undefined && value.length < minItems) {
        return error(path, node, "minItems", { limit: minItems }, `must NOT have fewer than ${minItems} items`);
    }
    if (node.items !== undefined) {
        for (let i = 0; i < value.length; i++) {
            path.push(i);
            const wrong = check(value[i], node.items, path);
            path.pop();
            if (wrong)
                return wrong;
        }
    }
    if (node.uniqueItems) {
        for (let i = value.length - 1; i > 0; i--) {
            let j = i - 1;
            while (j >= 0 && !(0,_json_values_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .b)(value[j], value[i]))
                j--;
            if (j >= 0) {
                return error(path, node, "uniqueItems", { i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
            }
        }
    }
    return undefined;
}
function checkObject(value, node, path) {
    const { minProperties, additional } = node;
    if (minProperties !== undefined && Object.keys(value).length < minProperties) {
        return error(path, node, "minProperties", { limit: minProperties }, `must NOT have fewer than ${minProperties} properties`);
    }
    for (const name of node.required) {
        if (value[name] === undefined) {
            return error(path, node, "required", { missingProperty: name }, `must have required property '${name}'`);
        }
    }
    if (additional !== undefined) {
        const declared = node.schema.properties;
        for (const name of Object.keys(value)) {
            if (declared && Object.hasOwn(declared, name))
                continue;
            if (additional === false) {
                return error(path, node, "additionalProperties", { additionalProperty: name }, "must NOT have additional properties");
            }
            path.push(name);
            const wrong = check(value[name], additional, path);
            path.pop();
            if (wrong)
                return wrong;
        }
    }
    for (const [name, property] of node.properties) {
        if (value[name] === undefined)
            continue;
        path.push(name);
        const wrong = check(value[name], property, path);
        path.pop();
        if (wrong)
            return wrong;
    }
    return undefined;
}
/** Points each node's `$ref` at the node of its definition. */
function linkRefs(node, definitions) {
    if (typeof node === "boolean")
        return;
    if (node.refName !== undefined) {
        node.ref = definitions.get(node.refName);
        if (node.ref === undefined) {
            throw new Error(`JSON Schema: '#/definitions/${node.refName}' names no definition`);
        }
    }
    const children = [
        ...(node.oneOf ?? []),
        ...node.properties.map(([, property]) => property),
        node.items,
        node.additional,
    ];
    for (const child of children)
        if (child !== undefined)
            linkRefs(child, definitions);
}
/**
 * A validator for a draft-07 JSON Schema, limited to the keywords the core's contracts use (the
 * others are refused when it is made). It walks the schema at each call instead of generating
 * code: contracts are small, and a walk costs less to load than code generated per schema.
 * Keywords are checked in ajv's order and the first violation is reported as ajv reports it;
 * when no branch of a `oneOf` fits, the violation reported is that of the one branch whose type
 * fits the value, if there is one, since it says what to fix.
 */
function compileSchema(schema) {
    const root = readSchema(schema, "");
    const definitions = new Map();
    if (typeof schema !== "boolean") {
        for (const [name, definition] of Object.entries((schema.definitions ?? {}))) {
            definitions.set(name, readSchema(definition, `/definitions/${name}`));
        }
    }
    for (const node of [root, ...definitions.values()])
        linkRefs(node, definitions);
    const validate = (value) => {
        const wrong = check(value, root, []);
        validate.errors = wrong ? [wrong] : null;
        return wrong === undefined;
    };
    return validate;
}


/***/ }),

/***/ 645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ucs2length),
/* harmony export */   b: () => (/* binding */ deepEqual)
/* harmony export */ });
/** What JSON Schema means by a string's length and by two equal values. */
/** String length in code points, as JSON Schema's minLength and maxLength count it. */
function ucs2length(text) {
    let length = 0;
    for (const _ of text)
        length++;
    return length;
}
/** Structural equality of JSON values, for `const` and `enum` with objects. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((key) => Object.hasOwn(b, key) &&
        deepEqual(a[key], b[key]));
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(683);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
