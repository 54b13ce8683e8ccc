export const id = 940;
export const ids = [940];
export const modules = {

/***/ 4891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runRecordContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/run-record.schema.json
const run_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.run-record/v1","title":"mlops.run-record/v1","description":"One training run: the command and how it ended, params, metrics with their histories, git state, the machine, GPU usage, and the model\'s and data\'s digests. Numbers are finite or null.","type":"object","additionalProperties":false,"required":["schema","tool","run_id","status","error","command","started_at","ended_at","duration_s","exit_code","signal","timeout_s","params","metrics","git","github","environment","gpu","model","data_digests","notes"],"definitions":{"stat":{"type":"object","additionalProperties":false,"required":["mean","max"],"properties":{"mean":{"type":["number","null"]},"max":{"type":["number","null"]}}},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"properties":{"schema":{"const":"mlops.run-record/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"run_id":{"type":"string","minLength":1},"status":{"enum":["succeeded","failed","timed-out","cancelled"]},"error":{"type":["string","null"]},"command":{"type":"object","additionalProperties":false,"required":["argv","shell"],"properties":{"argv":{"type":"array","minItems":1,"items":{"type":"string"}},"shell":{"type":"boolean"}}},"started_at":{"type":"string","minLength":1},"ended_at":{"type":"string","minLength":1},"duration_s":{"type":"number","minimum":0},"exit_code":{"type":["integer","null"]},"signal":{"type":["string","null"]},"timeout_s":{"type":["number","null"],"exclusiveMinimum":0},"params":{"type":"object"},"metrics":{"type":"object","additionalProperties":false,"required":["file","final","history"],"properties":{"file":{"type":["string","null"]},"final":{"type":"object","additionalProperties":{"type":"number"}},"history":{"type":"object","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","value"],"properties":{"step":{"type":"number"},"value":{"type":"number"}}}}}}},"git":{"type":"object","additionalProperties":false,"required":["commit","ref","dirty"],"properties":{"commit":{"type":["string","null"]},"ref":{"type":["string","null"]},"dirty":{"type":["boolean","null"]}}},"github":{"type":"object","additionalProperties":false,"required":["run_id","run_attempt"],"properties":{"run_id":{"type":["integer","null"]},"run_attempt":{"type":["integer","null"]},"correlation_id":{"description":"The id of the dispatch that started this run (train-run\'s dispatch mode), which the dispatching step checks; absent otherwise.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"}}},"environment":{"type":"object","additionalProperties":false,"required":["os","cpu","memory_bytes","node","python"],"properties":{"os":{"type":"object","additionalProperties":false,"required":["platform","release"],"properties":{"platform":{"type":"string"},"release":{"type":"string"}}},"cpu":{"type":"object","additionalProperties":false,"required":["model","count"],"properties":{"model":{"type":["string","null"]},"count":{"type":"integer","minimum":0}}},"memory_bytes":{"type":"integer","minimum":0},"node":{"type":"string"},"python":{"type":["string","null"]}}},"gpu":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["driver","cuda","devices"],"properties":{"driver":{"type":["string","null"]},"cuda":{"type":["string","null"]},"devices":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["index","name","uuid","memory_total_mib","utilization_pct","memory_used_mib","power_w","temperature_c","series"],"properties":{"index":{"type":"integer","minimum":0},"name":{"type":"string"},"uuid":{"type":["string","null"]},"memory_total_mib":{"type":["number","null"]},"utilization_pct":{"$ref":"#/definitions/stat"},"memory_used_mib":{"$ref":"#/definitions/stat"},"power_w":{"$ref":"#/definitions/stat"},"temperature_c":{"$ref":"#/definitions/stat"},"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["t","utilization_pct","memory_used_mib","power_w","temperature_c"],"properties":{"t":{"type":"number","minimum":0},"utilization_pct":{"type":["number","null"]},"memory_used_mib":{"type":["number","null"]},"power_w":{"type":["number","null"]},"temperature_c":{"type":["number","null"]}}}}}}}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["path","digest","files"],"properties":{"path":{"type":"string"},"digest":{"$ref":"#/definitions/sha256"},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","sha256","size_bytes"],"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/definitions/sha256"},"size_bytes":{"type":"integer","minimum":0}}}}}}]},"data_digests":{"type":"array","items":{"$ref":"#/definitions/sha256"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/run-record.js


/** `mlops.run-record/v1`: a training run's record (see run-record.schema.json). */
const runRecordContract = {
    id: "mlops.run-record/v1",
    validate: (0,json_schema/* compileSchema */.F)(run_record_schema_namespaceObject),
    describe: "A run record is the JSON train-run writes (mlops-out/run-record.json by default)",
};


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ readMetrics),
/* harmony export */   ZP: () => (/* binding */ metricsNotes),
/* harmony export */   yI: () => (/* binding */ refuseOtherSeparator)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _files_nesting_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _files_python_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7790);
/* harmony import */ var _files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5411);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1701);







/**
 * Reads a metrics file: JSON or YAML (flat, or nested as DVC writes it), CSV `name,value`, or
 * JSONL of steps (`{"step": 10, "loss": 0.3}` a line), whose final values are the last of each.
 */
function readMetrics(path, shownAs, options = {}) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    return extension === ".csv"
        ? readCsvMetrics(path, shownAs)
        : extension === ".jsonl" || extension === ".ndjson"
            ? readJsonlMetrics(path, shownAs, options.toleratePartialLastLine ?? false)
            : readTreeMetrics(path, shownAs);
}
/** The leaves of one JSON value, nested names joined with dots as in the other formats. */
function leaves(node, names, into) {
    if (node !== null && typeof node === "object") {
        for (const [key, child] of Object.entries(node))
            leaves(child, [...names, key], into);
    }
    else {
        into.set(names.join("."), node);
    }
}
/**
 * The longest metric name read, in characters: MLflow's limit on a metric key, so that a name a
 * tracker takes is read here too. A name is copied whole into the run record, the step's
 * outputs, the summary and annotations: a 100 MB key would make each of them 100 MB.
 */
const MAX_METRIC_NAME = 250;
/** Refuses a metric name longer than MAX_METRIC_NAME, named in part, at its line. */
function refuseLongName(name, shownAs, line) {
    if (name.length <= MAX_METRIC_NAME)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric name '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(name, 60)}' is ${name.length} characters long, more than the ${MAX_METRIC_NAME} a metric name may have`, "Give the metric a short name, such as val.loss; write text to keep as a value, or in a file of its own", line);
}
const finiteNumber = (value) => typeof value === "number" && Number.isFinite(value);
/**
 * A training log of steps: each line a JSON object, its `step` the x of every other number on
 * it (the line's place among the steps when it has none). The bare `NaN` and `Infinity` that
 * Python writes are read as values that are not numbers: a diverged or overflowed loss (fp16
 * training writes one now and then) is a reading to report, not a broken log. A line that is
 * not a JSON object is an error naming the line: a half-written log must not pass for a
 * finished one. Where the writer is known to have been stopped (`partialLastLine`), a last
 * line that is not JSON is the one it was writing: it is left out, and its line given as
 * `cutOffLine`.
 */
function readJsonlMetrics(path, shownAs, partialLastLine) {
    const histories = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    let entries = 0;
    let cutOffLine;
    const all = readText(path, shownAs).split(/\r?\n/);
    const last = all.findLastIndex((raw) => raw.trim() !== "");
    all.forEach((raw, index) => {
        if (raw.trim() === "")
            return;
        let entry;
        try {
            entry = (0,_files_python_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePythonJson */ .S)(raw);
        }
        catch (error) {
            if (partialLastLine && index === last) {
                cutOffLine = index + 1;
                return;
            }
            // Told of the line as written, also where a NaN it took was rewritten to parse it.
            const { problem, fix } = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxError */ .U)(raw, error.message);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `is not valid JSONL: ${problem}`, fix, index + 1);
        }
        if (entry === null || typeof entry !== "object" || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "expected a JSON object of metrics a line", 'Write {"step": 1, "loss": 0.5}', index + 1);
        const found = new Map();
        leaves(entry, [], found);
        const stepValue = found.get("step");
        const step = finiteNumber(stepValue) ? stepValue : entries;
        entries++;
        found.delete("step");
        for (const [name, value] of found) {
            refuseLongName(name, shownAs, index + 1);
            // null is how sparse logs write a metric not measured at this step (every key on every
            // line, as pandas' to_json does): no reading, not a reading that is no number.
            if (value === null)
                continue;
            lines.set(name, index + 1);
            if (!finiteNumber(value)) {
                nonNumeric.set(name, String(value));
                continue;
            }
            nonNumeric.delete(name);
            const points = histories.get(name) ?? [];
            points.push({ step, value });
            histories.set(name, points);
        }
    });
    // A metric whose last reading is not a number has no final value: not an earlier one.
    const values = new Map([...histories]
        .filter(([name]) => !nonNumeric.has(name))
        .map(([name, points]) => [name, points.at(-1).value]));
    return {
        file: shownAs,
        values,
        nonNumeric,
        lineOf: (m) => lines.get(m),
        histories,
        ...(cutOffLine === undefined ? {} : { cutOffLine }),
    };
}
function readText(path, shownAs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8").replace(/^\uFEFF/, "");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `cannot be read (${error.code ?? "error"})`);
    }
}
function readTreeMetrics(path, shownAs) {
    const doc = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .readStructured */ .c)(path, shownAs, { pythonNonFinite: true });
    if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "is not a metrics file: expected a mapping of metric names to numbers", 'Write it as {"accuracy": 0.91} or nested as DVC does');
    }
    const values = new Map();
    const nonNumeric = new Map();
    const pointers = new Map();
    const walk = (node, names) => {
        const name = names.join(".");
        if (node !== null && typeof node === "object") {
            for (const [key, child] of Object.entries(node))
                walk(child, [...names, key]);
            return;
        }
        if (values.has(name) || nonNumeric.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` names one metric twice; which one wins must not be luck.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric '${name}' is given twice (as a dotted key and as a nested path)`, "Keep one of them");
        }
        const pointer = (0,_files_nesting_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonPointer */ .Av)(names);
        refuseLongName(name, shownAs, doc.lineOf(pointer));
        pointers.set(name, pointer);
        if (finiteNumber(node))
            values.set(name, node);
        else
            nonNumeric.set(name, String(node));
    };
    walk(doc.value, []);
    const lineOf = (metric) => {
        const pointer = pointers.get(metric);
        return pointer === undefined ? undefined : doc.lineOf(pointer);
    };
    return { file: shownAs, values, nonNumeric, lineOf };
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
/**
 * Refuses a CSV file whose first line, split at commas, is one field holding semicolons or tabs:
 * written with another separator (pandas' `sep=";"`, a spreadsheet in a locale whose decimal
 * mark is the comma), its header would be read as one column, and the file taken for what it
 * is not. `tsv` says that the file would be read with tabs as a `.tsv`, as predictions are.
 */
function refuseOtherSeparator(shownAs, cells, tsv = false) {
    const separator = cells.length === 1 ? [";", "\t"].find((c) => cells[0].includes(c)) : undefined;
    if (separator === undefined)
        return;
    const tabs = separator === "\t";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `is not comma-separated: its first line is one field with ${tabs ? "tabs" : "semicolons"} in it (${JSON.stringify((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(cells[0], 60))})`, `Write it with commas between fields, as pandas' to_csv does unless given another sep${tabs && tsv ? ", or name it .tsv, which is read with tabs" : ""}`, 1);
}
function readCsvMetrics(path, shownAs) {
    const text = readText(path, shownAs);
    const values = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const lineNumber = index + 1;
        if (raw.trim() === "")
            return;
        const cells = splitCsvLine(raw);
        if (lineNumber === 1)
            refuseOtherSeparator(shownAs, cells);
        if (cells.length !== 2) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `expected 2 cells (name,value), found ${cells.length}`, "Write one metric a line as name,value", lineNumber);
        }
        const [name, valueText] = cells;
        if (lineNumber === 1 && name.toLowerCase() === "name" && valueText.toLowerCase() === "value")
            return;
        if (name === "")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "a metric has no name", undefined, lineNumber);
        refuseLongName(name, shownAs, lineNumber);
        if (values.has(name) || nonNumeric.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric '${name}' appears twice`, "Keep one row per metric", lineNumber);
        const value = Number(valueText);
        if (valueText !== "" && finiteNumber(value))
            values.set(name, value);
        else
            nonNumeric.set(name, valueText);
        lines.set(name, lineNumber);
    });
    return { file: shownAs, values, nonNumeric, lineOf: (metric) => lines.get(metric) };
}
/** At most this many metrics are named in a note; a log of text fields would fill a page. */
const NAMED_IN_NOTE = 10;
/**
 * What a run record should say of its metrics file beyond the values: the metrics left out
 * because a value is not a finite number (each with its line), or that it holds none at all.
 */
function metricsNotes(metrics) {
    if (metrics.values.size === 0 && metrics.nonNumeric.size === 0)
        return [`${metrics.file}: holds no metrics, so none were recorded`];
    if (metrics.nonNumeric.size === 0)
        return [];
    const named = [...metrics.nonNumeric].slice(0, NAMED_IN_NOTE).map(([name, text]) => {
        const line = metrics.lineOf(name);
        // A log may hold a sample generation or a config dump as text: named, not copied whole.
        return `'${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(name, 80)}' is '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(text, 80)}'${line === undefined ? "" : ` (line ${line})`}`;
    });
    const more = metrics.nonNumeric.size - named.length;
    return [
        `${metrics.file}: not recorded, as not finite numbers: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
    ];
}


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
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


/***/ }),

/***/ 7898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ artifactName)
/* harmony export */ });
/**
 * An artifact's name is unique in its workflow run (the service refuses a second upload of a
 * name, and a job holds at most 500 artifacts), so an action names each artifact by its own
 * prefix and a key from its inputs: `drift-report`, or `drift-report-churn` for the key `churn`.
 * Characters the service refuses in a name (" : < > | * ? \ / and line breaks) become dashes.
 */
function artifactName(prefix, key) {
    const suffix = key?.trim().replace(/[":<>|*?\\/\r\n]+/g, "-");
    return suffix ? `${prefix}-${suffix}` : prefix;
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ statusOf),
/* harmony export */   c: () => (/* binding */ converge)
/* harmony export */ });
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2920);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1863);


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

/***/ 2920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ asHttpFailure),
/* harmony export */   Dr: () => (/* binding */ GitHubTimeoutError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   cW: () => (/* binding */ GitHubConflictError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

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

/***/ 1863:
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
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2920);
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


/***/ })

};
