import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 692:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(435);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: ./shared/dist/github/github-context.js
var github_context = __nccwpck_require__(703);
// EXTERNAL MODULE: ./shared/dist/errors.js
var errors = __nccwpck_require__(107);
;// CONCATENATED MODULE: ./shared/dist/interface/describe-failure.js

/**
 * The one line a user sees for a failure. A user-fixable error says what and how to fix it; an
 * unexpected one says it is a bug. The stack trace is only for debugging.
 */
function describeFailure(error, debug, 
/** How to see the stack trace where this runs: `--debug`, or RUNNER_DEBUG=1. */
debugHint) {
    if (error instanceof errors/* MlopsError */.IC) {
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
                throw new errors/* InputError */.dz(name, "is required", `Set it: ${what}`);
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

// EXTERNAL MODULE: ./shared/dist/report/truncate-markdown.js
var truncate_markdown = __nccwpck_require__(813);
;// CONCATENATED MODULE: ./shared/dist/runner/file-commands.js



/** GitHub stores at most 1 MiB of job summary per step; a larger one is dropped whole. */
const SUMMARY_LIMIT = 1024 * 1024;
function requireEnvFile(env, name) {
    const path = env[name];
    if (!path) {
        throw new errors/* MlopsError */.IC(`${name} is not set`, "Run this inside a GitHub Actions runner, or use the mlops command-line program");
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
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
/** Cuts markdown to the summary limit, saying so at the end. */
const capSummary = (markdown) => (0,truncate_markdown/* truncateMarkdown */.o)(markdown, SUMMARY_LIMIT, "bytes", "> The summary was cut at GitHub's 1 MiB limit; the full report is in the report file.");

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
    const { serverUrl, repo, runId } = (0,github_context/* githubContextFromEnv */.S0)(place.env);
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
    if ((0,external_node_fs_.statSync)(place.summaryFile).size + Buffer.byteLength(section) <= SUMMARY_LIMIT) {
        (0,external_node_fs_.appendFileSync)(place.summaryFile, section);
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
            github: (0,github_context/* githubContextFromEnv */.S0)(env),
        });
        for (const [name, value] of Object.entries(result.outputs)) {
            appendOutput(outputFile, name, value);
        }
        (0,external_node_fs_.appendFileSync)(summaryFile, capSummary(result.summary));
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

;// CONCATENATED MODULE: ./shared/dist/contracts/json-values.js
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

;// CONCATENATED MODULE: ./shared/dist/contracts/json-schema.js

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
    if (node.hasConst && !deepEqual(value, node.schema.const)) {
        return error(path, node, "const", { allowedValue: node.schema.const }, "must be equal to constant");
    }
    if (node.enumValues && !node.enumValues.some((allowed) => deepEqual(value, allowed))) {
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
    if (minLength !== undefined && ucs2length(value) < minLength) {
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
            while (j >= 0 && !deepEqual(value[j], value[i]))
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

;// CONCATENATED MODULE: ./shared/dist/contracts/schemas/eval-report.schema.json
const eval_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.eval-report/v1","title":"Eval report","description":"The verdict of eval-gate, with a row per metric and slice: champion, challenger, delta, rule, status and reason.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","mode","verdict","challenger","champion","policy","model","rows","counts","notes"],"properties":{"schema":{"const":"mlops.eval-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"mode":{"enum":["aggregate"]},"verdict":{"enum":["pass","fail","inconclusive"]},"challenger":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"champion":{"oneOf":[{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},{"type":"null"}]},"policy":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"model":{"oneOf":[{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},{"type":"null"}]},"rows":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["metric","slice","gated","direction","champion","challenger","delta","relative_delta","rule","checks","status","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":["string","null"]},"gated":{"type":"boolean"},"direction":{"enum":["higher","lower",null]},"champion":{"type":["number","null"]},"challenger":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"rule":{"type":"string"},"checks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","limit","passed"],"properties":{"rule":{"enum":["min","max","max-regression"]},"limit":{"type":"number"},"passed":{"type":"boolean"}}}},"status":{"enum":["pass","fail","skipped","info"]},"reason":{"type":["string","null"]}}}},"counts":{"type":"object","additionalProperties":false,"required":["pass","fail","skipped","info"],"properties":{"pass":{"type":"integer"},"fail":{"type":"integer"},"skipped":{"type":"integer"},"info":{"type":"integer"}}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/contracts/eval-report.js


const evalReportContract = {
    id: "mlops.eval-report/v1",
    validate: compileSchema(eval_report_schema_namespaceObject),
};

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
    throw new errors/* ContractError */.Vl(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}

// EXTERNAL MODULE: ./shared/dist/files/async-fs.js + 1 modules
var async_fs = __nccwpck_require__(878);
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
    const fd = await (0,async_fs/* open */.ho)(path, "r");
    try {
        for (;;) {
            const { bytesRead } = await (0,async_fs/* read */.LF)(fd, buffer, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await (0,async_fs/* close */.VN)(fd);
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    // Unique among this process's writes and others': a name, not a secret.
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, text, { flag: "wx" });
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    finally {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
    }
}
/** JSON as the suite writes it: two-space indented, newline-terminated. */
const writeJsonAtomic = (path, value) => writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);

// EXTERNAL MODULE: ./shared/dist/github/comment-blocker.js
var comment_blocker = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./shared/dist/interface/define-action.js

const defineAction = (definition) => definition;
const manifestOf = (name) => manifests[name];

// EXTERNAL MODULE: ./shared/dist/github/marker-key.js
var marker_key = __nccwpck_require__(338);
;// CONCATENATED MODULE: ./shared/dist/interface/inputs.js




const kind = (type, absent, parse) => ({
    type,
    absent,
    parse,
});
const inputs_text = () => kind("text", undefined, (t) => t);
/** The key of an owned comment or issue, checked before the action writes anything. */
const markerKey = () => kind("text", undefined, (t, input) => (0,marker_key/* parseMarkerKey */.z1)(input, t));
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
    throw new errors/* InputError */.dz(input, `'${t}' is not a boolean`, "Use true or false");
});
const number = (bounds = {}) => kind(bounds.integer ? "integer" : "number", undefined, (t, input) => {
    const value = Number(t);
    if (t.trim() === "" || !Number.isFinite(value)) {
        throw new InputError(input, `'${t}' is not a number`, "Give a finite number such as 0.05");
    }
    if (bounds.integer && !Number.isInteger(value)) {
        throw new InputError(input, `'${t}' is not a whole number`, "Give an integer");
    }
    if (bounds.min !== undefined && value < bounds.min) {
        throw new InputError(input, `${value} is below the minimum ${bounds.min}`);
    }
    if (bounds.max !== undefined && value > bounds.max) {
        throw new InputError(input, `${value} is above the maximum ${bounds.max}`);
    }
    return value;
});
const choice = (options) => kind(options.join(" | "), undefined, (t, input) => {
    if (options.includes(t))
        return t;
    throw new errors/* InputError */.dz(input, `'${t}' is not one of ${options.join(", ")}`);
});
/** One item a line, or comma-separated on one line; blank items are dropped. */
const list = () => kind("list", [], (t) => t
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== ""));
/** A path to an existing file, resolved against the workspace. */
const file = () => kind("file", undefined, (t, input, { cwd }) => {
    const path = (0,external_node_path_namespaceObject.isAbsolute)(t) ? t : (0,external_node_path_namespaceObject.resolve)(cwd, t);
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new errors/* InputError */.dz(input, `file '${t}' does not exist`, "Check the path; a relative path starts from the working directory");
    }
    if (!(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* InputError */.dz(input, `'${t}' is not a file`, "Give the path of a file, not a folder");
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
        text = (0,external_node_fs_.readFileSync)(file, "utf8");
    }
    catch (error) {
        throw new errors/* FileError */.f6(shownAs, `cannot be read (${error.code ?? "error"})`);
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
            throw new errors/* FileError */.f6(shownAs, `is not valid JSON: ${message.replace(/^JSON\.parse: /, "")}`, undefined, line);
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
        throw new errors/* FileError */.f6(shownAs, `is not valid YAML: ${error.reason}`, undefined, errorLine(text, error));
    }
    const excessive = index?.checkAliasExpansion(value);
    if (excessive)
        throw new errors/* FileError */.f6(shownAs, `is not valid YAML: ${excessive}`);
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

;// CONCATENATED MODULE: ./shared/dist/metrics/read-metrics.js




/** Reads a metrics file: JSON or YAML (flat, or nested as DVC writes it), or CSV `name,value`. */
function readMetrics(path, shownAs) {
    return (0,external_node_path_namespaceObject.extname)(path).toLowerCase() === ".csv"
        ? readCsvMetrics(path, shownAs)
        : readTreeMetrics(path, shownAs);
}
function readTreeMetrics(path, shownAs) {
    const doc = readStructured(path, shownAs);
    if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
        throw new errors/* FileError */.f6(shownAs, "is not a metrics file: expected a mapping of metric names to numbers", 'Write it as {"accuracy": 0.91} or nested as DVC does');
    }
    const values = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    const walk = (node, names) => {
        const name = names.join(".");
        if (node !== null && typeof node === "object") {
            for (const [key, child] of Object.entries(node))
                walk(child, [...names, key]);
            return;
        }
        if (values.has(name) || nonNumeric.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` names one metric twice; which one wins must not be luck.
            throw new errors/* FileError */.f6(shownAs, `metric '${name}' is given twice (as a dotted key and as a nested path)`, "Keep one of them");
        }
        const line = doc.lineOf(`/${names.map((n) => n.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`);
        if (line !== undefined)
            lines.set(name, line);
        if (typeof node === "number") {
            if (!Number.isFinite(node))
                throw new errors/* FileError */.f6(shownAs, `metric '${name}' is ${node}, not a finite number`, "Write a finite value, or leave the metric out", line);
            values.set(name, node);
        }
        else {
            nonNumeric.set(name, String(node));
        }
    };
    walk(doc.value, []);
    return { file: shownAs, values, nonNumeric, lines };
}
/** Splits one CSV line, honouring double quotes (a metric name may contain a comma). */
function splitCsvLine(line) {
    const cells = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') {
            cell += '"';
            i++;
        }
        else if (c === '"') {
            quoted = !quoted;
        }
        else if (c === "," && !quoted) {
            cells.push(cell);
            cell = "";
        }
        else {
            cell += c;
        }
    }
    cells.push(cell);
    return cells.map((v) => v.trim());
}
function readCsvMetrics(path, shownAs) {
    const text = (0,external_node_fs_.readFileSync)(path, "utf8").replace(/^\uFEFF/, "");
    const values = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const lineNumber = index + 1;
        if (raw.trim() === "")
            return;
        const cells = splitCsvLine(raw);
        if (cells.length !== 2) {
            throw new errors/* FileError */.f6(shownAs, `expected 2 cells (name,value), found ${cells.length}`, "Write one metric a line as name,value", lineNumber);
        }
        const [name, valueText] = cells;
        if (lineNumber === 1 && name.toLowerCase() === "name" && valueText.toLowerCase() === "value")
            return;
        if (name === "")
            throw new errors/* FileError */.f6(shownAs, "a metric has no name", undefined, lineNumber);
        if (values.has(name) || nonNumeric.has(name))
            throw new errors/* FileError */.f6(shownAs, `metric '${name}' appears twice`, "Keep one row per metric", lineNumber);
        const value = Number(valueText);
        if (valueText !== "" && Number.isFinite(value))
            values.set(name, value);
        else
            nonNumeric.set(name, valueText);
        lines.set(name, lineNumber);
    });
    return { file: shownAs, values, nonNumeric, lines };
}

;// CONCATENATED MODULE: ./shared/dist/version.js
/** The suite's version; a test keeps it equal to package.json's. */
const VERSION = "0.1.0";

;// CONCATENATED MODULE: ./shared/dist/eval-gate/eval-report.js
const countStatuses = (rows) => {
    const counts = { pass: 0, fail: 0, skipped: 0, info: 0 };
    for (const row of rows)
        counts[row.status]++;
    return counts;
};

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

;// CONCATENATED MODULE: ./shared/dist/eval-gate/judge-aggregate.js

// Values computed by different code paths differ in the last bits; a regression that equals
// its allowance exactly must pass.
const slack = (scale) => 1e-12 * Math.max(1, Math.abs(scale));
function describeRule(rule) {
    const parts = [`${rule.direction} is better`];
    if (rule.min !== undefined)
        parts.push(`≥ ${formatNumber(rule.min)}`);
    if (rule.max !== undefined)
        parts.push(`≤ ${formatNumber(rule.max)}`);
    const allowed = rule["max-regression"];
    if (allowed !== undefined)
        parts.push(`regression ≤ ${typeof allowed === "number" ? formatNumber(allowed) : allowed}`);
    if (rule.required === false)
        parts.push("optional");
    return parts.join("; ");
}
/** The largest regression a rule tolerates from this champion value. */
function allowedRegression(allowed, champion) {
    return typeof allowed === "number"
        ? allowed
        : (Number.parseFloat(allowed) / 100) * Math.abs(champion);
}
const finiteOrNull = (x) => x !== null && Number.isFinite(x) ? x : null;
/** Both values of a metric and their difference; a difference beyond the float range is null. */
function compared(name, challenger, champion) {
    const ch = challenger.values.get(name) ?? null;
    const cv = champion?.values.get(name) ?? null;
    const delta = ch !== null && cv !== null ? finiteOrNull(ch - cv) : null;
    return {
        champion: cv,
        challenger: ch,
        delta,
        relative_delta: delta !== null && cv ? finiteOrNull(delta / Math.abs(cv)) : null,
    };
}
function judgeMetric(name, rule, challenger, champion) {
    const values = compared(name, challenger, champion);
    const { challenger: ch, champion: cv } = values;
    const base = {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        ...values,
        rule: describeRule(rule),
    };
    const required = rule.required !== false;
    if (ch === null) {
        const odd = challenger.nonNumeric.get(name);
        const why = odd !== undefined
            ? `is '${odd}' in the challenger's metrics, not a number`
            : `is missing from the challenger's metrics (${challenger.file})`;
        return {
            ...base,
            checks: [],
            status: required ? "fail" : "skipped",
            reason: required ? why : `${why}; not required`,
        };
    }
    const checks = [];
    const failures = [];
    if (rule.min !== undefined) {
        const passed = ch >= rule.min - slack(rule.min);
        checks.push({ rule: "min", limit: rule.min, passed });
        if (!passed)
            failures.push(`${formatNumber(ch)} is below the minimum ${formatNumber(rule.min)}`);
    }
    if (rule.max !== undefined) {
        const passed = ch <= rule.max + slack(rule.max);
        checks.push({ rule: "max", limit: rule.max, passed });
        if (!passed)
            failures.push(`${formatNumber(ch)} is above the maximum ${formatNumber(rule.max)}`);
    }
    const allowed = rule["max-regression"];
    if (allowed !== undefined && champion) {
        if (cv === null) {
            if (required)
                failures.push(`is missing from the champion's metrics (${champion.file}), so max-regression cannot be checked`);
        }
        else {
            const regression = rule.direction === "higher" ? cv - ch : ch - cv;
            const limit = allowedRegression(allowed, cv);
            const passed = regression <= limit + slack(cv);
            // The limit is stated as the worst value the challenger may have.
            checks.push({
                rule: "max-regression",
                limit: rule.direction === "higher" ? cv - limit : cv + limit,
                passed,
            });
            if (!passed) {
                const share = cv !== 0 ? ` (${Number(((regression / Math.abs(cv)) * 100).toPrecision(3))}%)` : "";
                failures.push(`regressed by ${formatNumber(regression)}${share}, more than the allowed ${typeof allowed === "number" ? formatNumber(allowed) : `${allowed} (${formatNumber(limit)})`}`);
            }
        }
    }
    if (failures.length > 0)
        return { ...base, checks, status: "fail", reason: failures.join("; ") };
    if (checks.length === 0)
        return { ...base, checks, status: "info", reason: "no rule applied" };
    return { ...base, checks, status: "pass", reason: null };
}
function ungatedRow(name, challenger, champion) {
    return {
        metric: name,
        slice: null,
        gated: false,
        direction: null,
        ...compared(name, challenger, champion),
        rule: "not in the policy",
        checks: [],
        status: "info",
        reason: null,
    };
}
/**
 * Judges a challenger's aggregate metrics against the champion's under a policy. Every metric
 * the policy names gets a row with the reason for its status; metrics in the files that the
 * policy does not name are listed, ungated. Without a champion only absolute bounds apply.
 */
function judgeAggregate(policy, challenger, champion) {
    const gated = Object.entries(policy.metrics).map(([name, rule]) => judgeMetric(name, rule, challenger, champion));
    const names = new Set([...challenger.values.keys(), ...(champion?.values.keys() ?? [])]);
    const ungated = [...names]
        .filter((name) => !(name in policy.metrics))
        .sort()
        .map((name) => ungatedRow(name, challenger, champion));
    const notes = [];
    if (!champion) {
        const skipped = Object.values(policy.metrics).filter((rule) => rule["max-regression"] !== undefined).length;
        notes.push(`No champion was given (a first model), so only absolute bounds were applied${skipped ? `; ${skipped} max-regression rule${skipped === 1 ? " was" : "s were"} not checked` : ""}.`);
    }
    const evaluated = gated.some((row) => row.status === "pass" || row.status === "fail");
    if (!evaluated) {
        notes.push("No rule could be evaluated (every gated metric was missing, optional, or needed a champion), so the gate cannot pass this model.");
    }
    const verdict = gated.some((row) => row.status === "fail")
        ? "fail"
        : evaluated
            ? "pass"
            : "inconclusive";
    return { verdict, rows: [...gated, ...ungated], notes };
}

;// CONCATENATED MODULE: ./shared/dist/contracts/schemas/gate-policy.schema.json
const gate_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.gate-policy/v1","title":"Gate policy","description":"Which metrics gate a model, in which direction, and how far they may move.","type":"object","additionalProperties":false,"required":["metrics"],"properties":{"schema":{"const":"mlops.gate-policy/v1"},"metrics":{"type":"object","minProperties":1,"additionalProperties":{"type":"object","additionalProperties":false,"required":["direction"],"properties":{"direction":{"enum":["higher","lower"],"description":"Whether higher or lower values are better."},"description":{"type":"string"},"min":{"type":"number","description":"The challenger\'s value must be at least this."},"max":{"type":"number","description":"The challenger\'s value must be at most this."},"max-regression":{"description":"How much worse than the champion the challenger may be: an amount, or a percentage of the champion\'s value such as \'2%\'.","oneOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"}]},"required":{"type":"boolean","default":true}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/contracts/gate-policy.js


const gatePolicyContract = {
    id: "mlops.gate-policy/v1",
    validate: compileSchema(gate_policy_schema_namespaceObject),
};

;// CONCATENATED MODULE: ./shared/dist/eval-gate/load-policy.js




/** Reads and checks a gate policy; a policy that could pass everything is refused. */
function loadPolicy(path, shownAs) {
    const doc = readStructured(path, shownAs);
    const policy = validateContract(gatePolicyContract, doc.value, shownAs, doc.lineOf);
    const at = (pointer) => {
        const line = doc.lineOf(pointer);
        return line === undefined ? shownAs : `${shownAs}:${line}`;
    };
    for (const [name, rule] of Object.entries(policy.metrics)) {
        if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
            const pointer = `/metrics/${name}`;
            throw new errors/* ContractError */.Vl(at(pointer), pointer, `has min ${rule.min} above max ${rule.max}`, "No value could pass; swap or fix the bounds");
        }
    }
    const hasRule = Object.values(policy.metrics).some((rule) => rule.min !== undefined || rule.max !== undefined || rule["max-regression"] !== undefined);
    if (!hasRule) {
        throw new errors/* ContractError */.Vl(at("/metrics"), "/metrics", "has no rule (min, max or max-regression) on any metric, so the gate would pass every model", "Add at least one rule");
    }
    return policy;
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

;// CONCATENATED MODULE: ./shared/dist/eval-gate/render-comment.js




const STATUS = {
    pass: "✅ pass",
    fail: "❌ fail",
    skipped: "⏭️ skipped",
    info: "ℹ️ info",
};
function delta(row) {
    if (row.delta === null)
        return "—";
    return row.relative_delta === null
        ? formatSigned(row.delta)
        : `${formatSigned(row.delta)} (${formatPercent(row.relative_delta)})`;
}
const cells = (row) => [
    sanitizeMarkdown(row.metric),
    formatNumber(row.champion),
    formatNumber(row.challenger),
    delta(row),
    sanitizeMarkdown(row.rule),
    STATUS[row.status],
];
const HEADERS = ["Metric", "Champion", "Challenger", "Delta", "Rule", "Status"];
const ALIGN = ["left", "right", "right", "right", "left", "left"];
/**
 * The champion-vs-challenger comment: the verdict, a diff table of the gated metrics, the reason
 * for each failure, and the ungated metrics folded away. Every name from a file is sanitised.
 */
function renderComment(report) {
    const gated = report.rows.filter((row) => row.gated);
    const ungated = report.rows.filter((row) => !row.gated);
    const failed = gated.filter((row) => row.status === "fail");
    const detail = {
        pass: "",
        fail: `${failed.length} of ${gated.length} gated metric${gated.length === 1 ? "" : "s"} failed`,
        inconclusive: "no rule could be evaluated",
    }[report.verdict];
    const against = report.champion ? `champion ${codeSpan(report.champion.file)}` : "no champion";
    const parts = [
        reportHeadline("eval-gate", report.verdict, detail),
        "",
        `Challenger ${codeSpan(report.challenger.file)} against ${against}, under policy ${codeSpan(report.policy.file)}.`,
        // Notes are the gate's own sentences, not text from a file.
        ...report.notes.map((note) => `\n> ${note}`),
        "",
        markdownTable(HEADERS, gated.map(cells), ALIGN),
    ];
    const explained = gated.filter((row) => row.reason !== null && row.status !== "pass");
    if (explained.length > 0) {
        parts.push("", "**Reasons**", "", ...explained.map((row) => `- **${sanitizeMarkdown(row.metric)}** (${row.status}): ${sanitizeMarkdown(row.reason ?? "")}`));
    }
    if (ungated.length > 0) {
        parts.push("", `<details><summary>${ungated.length} metric${ungated.length === 1 ? "" : "s"} not in the policy</summary>`, "", markdownTable(HEADERS.slice(0, 4), ungated.map((row) => cells(row).slice(0, 4)), ALIGN), "", "</details>");
    }
    if (report.model)
        parts.push("", `Model sha256: ${codeSpan(report.model.sha256)}`);
    return `${parts.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./shared/dist/eval-gate/eval-gate.js















const evalGate = defineAction({
    name: "eval-gate",
    permissions: {
        contents: { level: "read", why: "read the metrics and policy files checked out" },
        "pull-requests": { level: "write", why: "post the comment (comment: auto or always)" },
    },
    example: {
        challenger: "metrics/challenger.json",
        champion: "metrics/champion.json",
        policy: ".mlops/gate-policy.yml",
    },
    inputs: {
        challenger: file(),
        champion: file(),
        policy: file(),
        model: file(),
        "report-path": outputPath(),
        "comment-path": outputPath(),
        comment: choice(["auto", "always", "never"]),
        "comment-key": markerKey(),
        "github-token": secret(),
        "fail-on-verdict": bool(),
    },
    async run(inputs, context) {
        const shown = (path) => displayPath(context.cwd, path);
        const ref = async (path) => ({ file: shown(path), sha256: await hashFile(path) });
        const policy = loadPolicy(inputs.policy, shown(inputs.policy));
        const challenger = readMetrics(inputs.challenger, shown(inputs.challenger));
        const champion = inputs.champion
            ? readMetrics(inputs.champion, shown(inputs.champion))
            : undefined;
        const judgement = judgeAggregate(policy, challenger, champion);
        const report = {
            schema: "mlops.eval-report/v1",
            tool: { name: "mlops", version: VERSION },
            created_at: context.now().toISOString(),
            mode: "aggregate",
            verdict: judgement.verdict,
            challenger: await ref(inputs.challenger),
            champion: inputs.champion ? await ref(inputs.champion) : null,
            policy: await ref(inputs.policy),
            model: inputs.model ? await ref(inputs.model) : null,
            rows: judgement.rows,
            counts: countStatuses(judgement.rows),
            notes: judgement.notes,
        };
        // The report is checked against its own contract before anyone downstream trusts it.
        validateContract(evalReportContract, report, "eval report");
        const comment = renderComment(report);
        writeJsonAtomic(inputs["report-path"], report);
        writeFileAtomic(inputs["comment-path"], comment);
        const mode = inputs.comment ?? "auto";
        const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
        const blocker = (0,comment_blocker/* commentBlocker */.Q)(github, mode);
        // The GitHub client is loaded only when a comment can be posted: a local run starts faster.
        // Outside GitHub (the CLI on a laptop) auto has nowhere to post and nothing to explain.
        const publish = async () => mode === "never" || (mode === "auto" && !github.repo)
            ? undefined
            : blocker
                ? (0,comment_blocker/* notPosted */.n)(mode, blocker)
                : (await Promise.all(/* import() */[__nccwpck_require__.e(891), __nccwpck_require__.e(391)]).then(__nccwpck_require__.bind(__nccwpck_require__, 391))).publishComment(github, {
                    mode,
                    key: inputs["comment-key"] ?? "eval-gate",
                    body: comment,
                    log: context.log,
                });
        // The verdict is computed and the reports written: a comment that fails (comment: always,
        // GitHub unreachable) fails the step through the result, so outputs and summary still appear.
        let published;
        let commentFailure;
        try {
            published = await publish();
        }
        catch (error) {
            if (!(error instanceof errors/* MlopsError */.IC))
                throw error;
            commentFailure = error.line;
        }
        const summary = commentFailure
            ? `> **The pull-request comment failed**: ${commentFailure}. It is this summary.\n\n${comment}`
            : !published
                ? comment
                : published.posted
                    ? `${comment}\n[This comment on the pull request](${published.url}) (${published.action}).\n`
                    : `> The pull-request comment was not posted: ${published.reason}. It is this summary.\n\n${comment}`;
        const failed = judgement.rows.filter((row) => row.status === "fail");
        const annotations = failed.map((row) => ({
            level: "error",
            title: `eval-gate: ${row.metric}`,
            message: `${row.metric} ${row.reason ?? "failed"}`,
            file: challenger.lines.has(row.metric) ? challenger.file : undefined,
            line: challenger.lines.get(row.metric),
        }));
        const verdictFailure = judgement.verdict === "pass" || !inputs["fail-on-verdict"]
            ? undefined
            : judgement.verdict === "fail"
                ? `verdict fail: ${failed.map((row) => `${row.metric} ${row.reason}`).join("; ")}`
                : "verdict inconclusive: no rule of the policy could be evaluated, so the gate cannot pass this model";
        return {
            outputs: {
                verdict: judgement.verdict,
                passed: String(judgement.verdict === "pass"),
                "failed-metrics": JSON.stringify(failed.map((row) => row.metric)),
                "report-path": shown(inputs["report-path"]),
                "comment-path": shown(inputs["comment-path"]),
                "comment-url": published?.posted ? published.url : "",
            },
            summary,
            annotations,
            failure: [verdictFailure, commentFailure].filter(Boolean).join("; ") || undefined,
        };
    },
});

;// CONCATENATED MODULE: ./build/actions/eval-gate/src/main.js

/** Runs eval-gate as a step of a GitHub Actions job. */
const run = () => runInRunner(evalGate);


/***/ }),

/***/ 107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ MlopsError),
/* harmony export */   Vl: () => (/* binding */ ContractError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   f6: () => (/* binding */ FileError)
/* harmony export */ });
/* unused harmony exports UsageError, VerdictFailure */
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
class InputError extends MlopsError {
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


/***/ }),

/***/ 878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VN: () => (/* binding */ async_fs_close),
  ho: () => (/* binding */ async_fs_open),
  LF: () => (/* binding */ read),
  TA: () => (/* binding */ readFile)
});

// UNUSED EXPORTS: cp, mkdir, readdir, stat, writeFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./shared/dist/files/async-fs.js


// The asynchronous file operations the core uses, as promises over node:fs's callbacks, named as
// in node:fs/promises: importing that module loads readline and the REPL's history with it,
// milliseconds of every action's start-up.
const async_fs_close = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.close);
const cp = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.cp);
const mkdir = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.mkdir);
const async_fs_open = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.open);
const read = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.read);
const readdir = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.readdir);
const readFile = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.readFile);
const stat = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.stat);
const writeFile = (0,external_node_util_namespaceObject.promisify)(external_node_fs_.writeFile);


/***/ }),

/***/ 182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ commentBlocker),
/* harmony export */   n: () => (/* binding */ notPosted)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(107);
/**
 * What stops a report from being posted as a pull-request comment before any request is made.
 * Kept apart from the client so that an action can decide without loading it.
 */

/** The reason no comment can be posted from this context, if there is one. */
function commentBlocker(context, mode) {
    if (mode === "never")
        return "comment is set to never";
    if (!context.token)
        return "no token was given (set the github-token input)";
    if (!context.repo)
        return "this run is not in a GitHub repository (GITHUB_REPOSITORY is not set)";
    return undefined;
}
/** Not posting: a reason to show with `auto`, an error with `always`. */
function notPosted(mode, reason) {
    if (mode === "always") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`the comment could not be posted: ${reason}`, "Set comment: auto to keep it in the job summary instead");
    }
    return { posted: false, reason };
}


/***/ }),

/***/ 703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   S0: () => (/* binding */ githubContextFromEnv),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* unused harmony export parseRepo */
/* harmony import */ var _files_async_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(878);
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
    return JSON.parse(await (0,_files_async_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .readFile */ .TA)(eventPath, "utf8"));
}


/***/ }),

/***/ 338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ MARKER_KEY),
/* harmony export */   z1: () => (/* binding */ parseMarkerKey)
/* harmony export */ });
/* unused harmony exports MARKER_KEY_MAX_LENGTH, deriveMarkerKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(107);
/**
 * The keys that tell one owned comment or issue from another (`eval-gate/churn`, say). A key
 * lives inside a hidden HTML marker, so it holds only characters that cannot end the comment or
 * break the search for it. Keys given as inputs are shorter than the marker allows, because the
 * code appends suffixes to them (alert-issue.ts marks each clearing with `.<timestamp>`).
 */

/** What a marker accepts, suffixes included. */
const MARKER_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;
/** The longest key an input may give; the 20 characters left are for suffixes. */
const MARKER_KEY_MAX_LENGTH = 80;
const GIVEN_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,${MARKER_KEY_MAX_LENGTH - 1}}$`);
/** The key an input gives, or an InputError that names the input and what a key may hold. */
function parseMarkerKey(input, text) {
    const key = text.trim();
    if (GIVEN_KEY.test(key))
        return key;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${text}' is not a valid key`, `Use 1 to ${MARKER_KEY_MAX_LENGTH} characters: letters, digits and . _ : / -, starting with a letter or digit`);
}
/**
 * A valid key made from free text (a file path, say) under `prefix`: disallowed characters
 * become `-`, and when that changed the text or it had to be cut, a short hash of the text is
 * appended so that two sources never share a key.
 */
function deriveMarkerKey(prefix, source) {
    const slug = source.replace(/[^A-Za-z0-9._:/-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
    const plain = `${prefix}/${slug}`;
    if (slug !== "" && slug === source && plain.length <= MARKER_KEY_MAX_LENGTH)
        return plain;
    const hash = fingerprint(source);
    const room = MARKER_KEY_MAX_LENGTH - prefix.length - hash.length - 2;
    const cut = slug.slice(0, Math.max(room, 0)).replace(/[^A-Za-z0-9]+$/, "");
    return cut === "" ? `${prefix}/${hash}` : `${prefix}/${cut}-${hash}`;
}
/** Eight hex digits that tell keys from the same slug apart (FNV-1a): stable, not a secret. */
function fingerprint(text) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(text, "utf8"))
        h = Math.imul(h ^ byte, 0x01000193);
    return (h >>> 0).toString(16).padStart(8, "0");
}


/***/ }),

/***/ 813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
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
/******/ var __webpack_exports__ = __nccwpck_require__(692);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
