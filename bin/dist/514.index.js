export const id = 514;
export const ids = [514];
export const modules = {

/***/ 4891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runRecordContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/run-record.schema.json
const run_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.run-record/v1","title":"mlops.run-record/v1","description":"One training run: the command and how it ended, params, metrics with their histories, git state, the machine, GPU usage, and the model\'s and data\'s digests. Numbers are finite or null.","type":"object","additionalProperties":false,"required":["schema","tool","run_id","status","error","command","started_at","ended_at","duration_s","exit_code","signal","timeout_s","params","metrics","git","github","environment","gpu","model","data_digests","notes"],"definitions":{"stat":{"type":"object","additionalProperties":false,"required":["mean","max"],"properties":{"mean":{"type":["number","null"]},"max":{"type":["number","null"]}}},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"properties":{"schema":{"const":"mlops.run-record/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"run_id":{"type":"string","minLength":1},"status":{"enum":["succeeded","failed","timed-out","cancelled"]},"error":{"type":["string","null"]},"command":{"type":"object","additionalProperties":false,"required":["argv","shell"],"properties":{"argv":{"type":"array","minItems":1,"items":{"type":"string"}},"shell":{"type":"boolean"}}},"started_at":{"type":"string","minLength":1},"ended_at":{"type":"string","minLength":1},"duration_s":{"type":"number","minimum":0},"exit_code":{"type":["integer","null"]},"signal":{"type":["string","null"]},"timeout_s":{"type":["number","null"],"exclusiveMinimum":0},"params":{"type":"object"},"metrics":{"type":"object","additionalProperties":false,"required":["file","final","history"],"properties":{"file":{"type":["string","null"]},"final":{"type":"object","additionalProperties":{"type":"number"}},"history":{"type":"object","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","value"],"properties":{"step":{"type":"number"},"value":{"type":"number"}}}}}}},"git":{"type":"object","additionalProperties":false,"required":["commit","ref","dirty"],"properties":{"commit":{"type":["string","null"]},"ref":{"type":["string","null"]},"dirty":{"type":["boolean","null"]}}},"github":{"type":"object","additionalProperties":false,"required":["run_id","run_attempt"],"properties":{"run_id":{"type":["integer","null"]},"run_attempt":{"type":["integer","null"]},"correlation_id":{"description":"The id of the dispatch that started this run (train-run\'s dispatch mode), which the dispatching step checks; absent otherwise.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"}}},"environment":{"type":"object","additionalProperties":false,"required":["os","cpu","memory_bytes","node","python"],"properties":{"os":{"type":"object","additionalProperties":false,"required":["platform","release"],"properties":{"platform":{"type":"string"},"release":{"type":"string"}}},"cpu":{"type":"object","additionalProperties":false,"required":["model","count"],"properties":{"model":{"type":["string","null"]},"count":{"type":"integer","minimum":0}}},"memory_bytes":{"type":"integer","minimum":0},"node":{"type":"string"},"python":{"type":["string","null"]}}},"gpu":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["driver","cuda","devices"],"properties":{"driver":{"type":["string","null"]},"cuda":{"type":["string","null"]},"devices":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["index","name","uuid","memory_total_mib","utilization_pct","memory_used_mib","power_w","temperature_c","series"],"properties":{"index":{"type":"integer","minimum":0},"name":{"type":"string"},"uuid":{"type":["string","null"]},"memory_total_mib":{"type":["number","null"]},"utilization_pct":{"$ref":"#/definitions/stat"},"memory_used_mib":{"$ref":"#/definitions/stat"},"power_w":{"$ref":"#/definitions/stat"},"temperature_c":{"$ref":"#/definitions/stat"},"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["t","utilization_pct","memory_used_mib","power_w","temperature_c"],"properties":{"t":{"type":"number","minimum":0},"utilization_pct":{"type":["number","null"]},"memory_used_mib":{"type":["number","null"]},"power_w":{"type":["number","null"]},"temperature_c":{"type":["number","null"]}}}}}}}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["path","digest","files"],"properties":{"path":{"type":"string"},"digest":{"$ref":"#/definitions/sha256"},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","sha256","size_bytes"],"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/definitions/sha256"},"size_bytes":{"type":"integer","minimum":0}}}}}}]},"data_digests":{"type":"array","items":{"$ref":"#/definitions/sha256"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/run-record.js


/** `mlops.run-record/v1`: a training run's record (see run-record.schema.json). */
const runRecordContract = (0,validate/* writtenContract */._l)("mlops.run-record/v1", run_record_schema_namespaceObject, "A run record is the JSON train-run writes (mlops-out/run-record.json by default)");


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
/* harmony import */ var _files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1255);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric name '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(name, _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSAL_NAME_LIMIT */ .DK)}' is ${name.length} characters long, more than the ${MAX_METRIC_NAME} a metric name may have`, "Give the metric a short name, such as val.loss; write text to keep as a value, or in a file of its own", line);
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
            const { problem, fix } = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxError */ .UQ)(raw, error.message, "line");
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
    const doc = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .readStructured */ .cW)(path, shownAs, { pythonNonFinite: true });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `is not comma-separated: its first line is one field with ${tabs ? "tabs" : "semicolons"} in it (${JSON.stringify((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(cells[0], _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSAL_NAME_LIMIT */ .DK))})`, `Write it with commas between fields, as pandas' to_csv does unless given another sep${tabs && tsv ? ", or name it .tsv, which is read with tabs" : ""}`, 1);
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

/***/ 7293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ HARDENED_GIT)
/* harmony export */ });
/**
 * git's settings for every git the suite runs, in a folder that may hold untrusted files, given
 * on its command line, which outranks any repository's config: a committed folder laid out as a
 * bare repository (HEAD, objects/, refs/, config) is never taken for one by itself, since its
 * config could name a remote helper (`ext::sh -c ...`), an ssh command or a file-system monitor
 * that git would run; and the `ext` transport, which runs a command, is never used.
 */
const HARDENED_GIT = [
    "-c",
    "safe.bareRepository=explicit",
    "-c",
    "protocol.ext.allow=never",
];


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

/***/ 7148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ waitForRun),
/* harmony export */   Km: () => (/* binding */ dispatchRef),
/* harmony export */   Su: () => (/* binding */ cancelRun),
/* harmony export */   YN: () => (/* binding */ CORRELATION_INPUT),
/* harmony export */   "in": () => (/* binding */ dispatchWorkflow)
/* harmony export */ });
/* unused harmony export findDispatchedRun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5001);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2920);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
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
    const payload = await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventPayload */ .N5)(github.eventPath);
    const repository = payload.repository;
    if (typeof repository?.default_branch === "string" && repository.default_branch !== "") {
        return repository.default_branch;
    }
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("dispatch-workflow", `a workflow cannot be dispatched on the run's ref '${github.ref ?? "(unknown)"}', and the event does not name the default branch`, "Run on a branch (push, schedule or workflow_dispatch), or set GITHUB_REF to refs/heads/<branch>");
}
/**
 * A dispatch GitHub answered 404, with the fix for a dispatch: the workflow file is what is most
 * likely missing, as the repository's other calls went through.
 */
function workflowNotFound(error, { workflow, ref }) {
    if (!(error instanceof _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubError */ .y_) || error.status !== 404)
        return error;
    return new _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubError */ .y_(error.message, 404, `GitHub knows no workflow file named '${workflow}' to run on '${ref}', or the token cannot see the repository: check the file's name in .github/workflows`);
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
    const correlationId = options.correlationId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const since = new Date(github.retry.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const find = () => findDispatchedRun(github, { ...options, correlationId, since });
    let dispatched = false;
    return (0,_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .converge */ .c)(github, `dispatching workflow '${options.workflow}'`, async () => {
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
        throw new _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubTimeoutError */ .Dr(`the run of workflow '${options.workflow}' (correlation id ${correlationId}) did not appear`, `Give the workflow 'run-name: \${{ inputs.${CORRELATION_INPUT} }}' so its run can be found`);
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
        const { data } = await (0,_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .converge */ .c)(github, `reading run ${options.runId}`, () => github.octokit.rest.actions.getWorkflowRun({ ...options.repo, run_id: options.runId }));
        const outcome = {
            runId: data.id,
            status: data.status ?? "",
            conclusion: data.conclusion,
            url: data.html_url,
        };
        if (data.status === "completed")
            return outcome;
        if (github.retry.now() + delay > deadline) {
            throw new _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubTimeoutError */ .Dr(`run ${outcome.url} did not complete within ${Math.round(options.timeoutMs / 1000)} s (last status: ${outcome.status})`, "Raise the timeout, or check the runner that should pick the job up");
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
    return (0,_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .converge */ .c)(github, `cancelling run ${options.runId}`, async () => {
        try {
            await github.octokit.rest.actions.cancelWorkflowRun({
                ...options.repo,
                run_id: options.runId,
            });
            return "cancelling";
        }
        catch (error) {
            // 409: "Cannot cancel a workflow run that is completed."
            if ((0,_converge_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .L)(error) === 409)
                return "completed";
            throw error;
        }
    });
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ recordArtifactName),
/* harmony export */   QS: () => (/* binding */ recordOutputs)
/* harmony export */ });
/* unused harmony export runArtifactName */
/* harmony import */ var _platform_artifacts_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7898);

/** The artifact of a run's record, its params and its model. */
const runArtifactName = (record) => (0,_platform_artifacts_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactName */ .C)("train-run", record.run_id);
/**
 * The artifact of the record alone, for the step that dispatched the run: named by the dispatch's
 * correlation id, which that step knows before the run exists, and small whatever the model.
 */
const recordArtifactName = (correlationId) => (0,_platform_artifacts_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactName */ .C)("train-run-record", correlationId);
/** The step's outputs, all read from the run record: the same in local and in dispatch mode. */
function recordOutputs(record, recordPath) {
    return {
        "run-id": record.run_id,
        status: record.status,
        "artifact-name": runArtifactName(record),
        "artifact-run-id": record.github.run_id === null ? "" : String(record.github.run_id),
        metrics: JSON.stringify(record.metrics.final),
        "model-digest": record.model?.digest ?? "",
        "record-path": recordPath,
    };
}


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export historyChart */
/* harmony import */ var _engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5588);
/* harmony import */ var _engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6062);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1701);
/* harmony import */ var _engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5579);
/* harmony import */ var _thin_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(213);





/** A chart past this many points is thinned to it: Mermaid draws each, and summaries are capped. */
const CHART_POINTS = 60;
/** Charts beyond these are left to the run record: a summary of fifty charts helps no one. */
const CHARTS = 8;
/** Nested params as dotted names with their values, as the metrics are named. */
function flatten(value, names = []) {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
        return Object.entries(value).flatMap(([key, child]) => flatten(child, [...names, key]));
    return [[names.join("."), typeof value === "string" ? value : JSON.stringify(value)]];
}
const table = (header, rows) => (0,_engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([header, "value"], rows.map(([name, value]) => [
    (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(name), { inTable: true }),
    (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(value), { inTable: true }),
]));
/** A metric's history as a Mermaid line chart; the metric's name is untrusted text. */
function historyChart(name, history) {
    const points = (0,_thin_history_js__WEBPACK_IMPORTED_MODULE_3__/* .thinHistory */ .mN)(history, CHART_POINTS);
    const label = (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMermaidLabel */ .T$)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(name));
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${label}"`,
        `  x-axis "step" [${points.map((p) => p.step).join(", ")}]`,
        `  y-axis "${label}"`,
        // Six significant digits draw the same line as seventeen, in a summary a third as long.
        `  line [${points.map((p) => Number(p.value.toPrecision(6))).join(", ")}]`,
        "```",
    ].join("\n");
}
function gpuTable(gpu) {
    const pair = (s) => `${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(s.mean)} / ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(s.max)}`;
    return (0,_engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([
        "GPU",
        "utilisation % (mean / max)",
        "memory MiB (mean / max)",
        "power W (mean / max)",
        "temperature °C (mean / max)",
    ], gpu.devices.map((d) => [
        `${d.index}: ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(d.name, { inTable: true })}`,
        pair(d.utilization_pct),
        pair(d.memory_used_mib),
        pair(d.power_w),
        pair(d.temperature_c),
    ]), ["left", "right", "right", "right", "right"]);
}
/** The job summary: how the run ended, its params, final metrics, their histories and GPU usage. */
function renderSummary(record) {
    const params = flatten(record.params).filter(([name]) => name !== "");
    const final = Object.entries(record.metrics.final);
    const charts = Object.entries(record.metrics.history).filter(([, h]) => h.length > 1);
    const ended = record.error ? `: ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(record.error)}` : "";
    return [
        `## train-run ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(record.run_id)}: ${record.status} in ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(record.duration_s)} s${ended}`,
        params.length > 0 ? `### Params\n\n${table("param", params)}` : "",
        final.length > 0
            ? `### Final metrics\n\n${table("metric", final.map(([n, v]) => [n, (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(v)]))}`
            : "",
        charts.length > 0
            ? `### Histories\n\n${charts
                .slice(0, CHARTS)
                .map(([n, h]) => historyChart(n, h))
                .join("\n\n")}`
            : "",
        record.gpu ? `### GPU usage\n\n${gpuTable(record.gpu)}` : "",
        record.model
            ? `Model ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(record.model.path)}: sha256 ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(record.model.digest)}`
            : "",
        record.notes.map((note) => `> ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(note)}`).join("\n"),
    ]
        .filter((part) => part !== "")
        .join("\n\n")
        .concat("\n");
}


/***/ }),

/***/ 213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hX: () => (/* binding */ recordedHistories),
/* harmony export */   mN: () => (/* binding */ thinHistory)
/* harmony export */ });
/* unused harmony export RECORD_HISTORY_POINTS */
/* harmony import */ var _engine_report_counted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3262);
/* harmony import */ var _engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7382);
/* harmony import */ var _engine_report_listed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9255);



/**
 * The most points of each metric's history a run record keeps, as TensorBoard keeps of each
 * scalar by default: a record of every step of a long run (200,000 steps of five metrics is over
 * 70 MB) would pass the 64 MiB that dispatch mode fetches, and no chart needs more.
 */
const RECORD_HISTORY_POINTS = 1000;
/**
 * At most `limit` (at least 4) points of a history: the first, the last, the lowest, the highest,
 * and evenly spaced ones between, so that it keeps its shape, its final value and its best one.
 */
function thinHistory(points, limit) {
    if (points.length <= limit)
        return points;
    let lowest = 0;
    let highest = 0;
    points.forEach(({ value }, i) => {
        if (value < points[lowest].value)
            lowest = i;
        if (value > points[highest].value)
            highest = i;
    });
    const last = points.length - 1;
    const kept = new Set([0, last, lowest, highest]);
    const between = limit - kept.size;
    for (let k = 1; k <= between; k++)
        kept.add(Math.round((k * last) / (between + 1)));
    return [...kept].sort((a, b) => a - b).map((i) => points[i]);
}
/** Each history as the run record keeps it, and a note naming those thinned, if any. */
function recordedHistories(histories, metricsFile) {
    const thinned = [...histories].filter(([, points]) => points.length > RECORD_HISTORY_POINTS);
    const history = Object.fromEntries([...histories].map(([name, points]) => [name, thinHistory(points, RECORD_HISTORY_POINTS)]));
    if (thinned.length === 0)
        return { history, note: null };
    const longest = (0,_engine_report_listed_js__WEBPACK_IMPORTED_MODULE_0__/* .listed */ .K)(thinned.map(([name, points]) => `${name} (${(0,_engine_report_counted_js__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .h)(points.length, "point")})`));
    return {
        history,
        note: `${metricsFile}: the ${thinned.length === 1 ? "history" : "histories"} of ${longest} kept as ${(0,_engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDigits */ .K)(RECORD_HISTORY_POINTS)} points each in the record (the first, the last, the lowest, the highest and evenly spaced ones between); the metrics file holds every point`,
    };
}


/***/ }),

/***/ 8514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainRun: () => (/* binding */ trainRun)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/dist/engine/process/capture-output.js

/**
 * What a short helper program (git, python3, nvidia-smi) prints, or null when it is missing,
 * fails or runs past `timeoutMs`: such facts are optional in a record, never a reason to fail.
 */
function captureOutput(program, args, options) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(program, args, {
            cwd: options.cwd,
            env: options.env,
            timeout: options.timeoutMs ?? 10_000,
            windowsHide: true,
        }, (error, stdout) => resolve(error ? null : stdout));
    });
}

;// CONCATENATED MODULE: ./shared/dist/engine/gpu/nvidia-smi.js
/** The fields sampled, in nvidia-smi's own names; the header of its CSV maps them back. */
const QUERY_FIELDS = [
    "index",
    "name",
    "uuid",
    "driver_version",
    "memory.total",
    "memory.used",
    "utilization.gpu",
    "power.draw",
    "temperature.gpu",
];
/** The arguments of one sample: CSV with its header, so columns are found by name, not place. */
const QUERY_ARGS = [`--query-gpu=${QUERY_FIELDS.join(",")}`, "--format=csv,nounits"];
const number = (text) => {
    // Units stay on the values unless nounits is given ("81559 MiB", "0 %", "123.01 W").
    const value = Number(text?.replace(/\s*(MiB|%|W|MHz|C)$/, ""));
    return text === undefined || text === "" || !Number.isFinite(value) ? null : value;
};
const plain = (text) => text === undefined || text === "" || /^\[?N\/A\]?$/.test(text) ? null : text;
/**
 * The GPUs of one `nvidia-smi --query-gpu=... --format=csv[,nounits]` answer. Columns are found
 * by the header's names ("memory.used [MiB]" is memory.used), so any subset of fields in any
 * order reads; rows without an index are skipped.
 */
function parseGpuQuery(text) {
    const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== "");
    if (!header)
        return [];
    const names = header.split(",").map((cell) => cell.trim().replace(/\s*\[.*\]$/, ""));
    return rows.flatMap((row) => {
        const cells = new Map(row.split(",").map((cell, i) => [names[i], cell.trim()]));
        const index = number(cells.get("index"));
        if (index === null)
            return [];
        return [
            {
                index,
                name: plain(cells.get("name")) ?? `GPU ${index}`,
                uuid: plain(cells.get("uuid")),
                memory_total_mib: number(cells.get("memory.total")),
                memory_used_mib: number(cells.get("memory.used")),
                utilization_pct: number(cells.get("utilization.gpu")),
                power_w: number(cells.get("power.draw")),
                temperature_c: number(cells.get("temperature.gpu")),
            },
        ];
    });
}
/** The driver and CUDA versions from the banner plain `nvidia-smi` prints. */
function parseSmiBanner(text) {
    return {
        driver: /Driver Version:\s*([\d.]+)/.exec(text)?.[1] ?? null,
        cuda: /CUDA Version:\s*([\d.]+)/.exec(text)?.[1] ?? null,
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/gpu/gpu-telemetry.js


const METRICS = ["utilization_pct", "memory_used_mib", "power_w", "temperature_c"];
function stat(values) {
    const known = values.filter((v) => v !== null);
    if (known.length === 0)
        return { mean: null, max: null };
    return { mean: known.reduce((a, b) => a + b, 0) / known.length, max: Math.max(...known) };
}
/** Per GPU, the mean and max of each measure over the samples, and the series itself. */
function summarizeGpus(samples) {
    const byIndex = new Map();
    for (const { t, gpus } of samples)
        for (const gpu of gpus)
            byIndex.set(gpu.index, [...(byIndex.get(gpu.index) ?? []), { t, gpu }]);
    return [...byIndex.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, points]) => {
        const last = points.at(-1).gpu;
        const series = points.map(({ t, gpu }) => ({
            t,
            ...Object.fromEntries(METRICS.map((m) => [m, gpu[m]])),
        }));
        const stats = Object.fromEntries(METRICS.map((m) => [m, stat(series.map((p) => p[m]))]));
        return {
            index,
            name: last.name,
            uuid: last.uuid,
            memory_total_mib: last.memory_total_mib,
            ...stats,
            series,
        };
    });
}
/**
 * The GPUs CUDA_VISIBLE_DEVICES gives the command: undefined when unset (all of them), else its
 * indices and UUIDs (`GPU-...`, `MIG-...`) up to the first that names no device, as CUDA reads
 * it, so that "", "-1" and "NoDevFiles" give none. NVIDIA_VISIBLE_DEVICES is not read: it says
 * which GPUs a container is given when it starts, and nvidia-smi inside it sees only those,
 * numbered from 0 again.
 */
function visibleDevices(env) {
    const value = env.CUDA_VISIBLE_DEVICES;
    if (value === undefined)
        return undefined;
    const ids = value.split(",").map((id) => id.trim());
    const end = ids.findIndex((id) => !/^(\d+|GPU-[\w-]+|MIG-[\w/-]+)$/.test(id));
    return end < 0 ? ids : ids.slice(0, end);
}
/** MIG devices' UUIDs to their GPU's index, from `nvidia-smi -L`. */
function migParents(listing) {
    const parents = new Map();
    let gpu;
    for (const line of listing.split(/\r?\n/)) {
        const index = /^GPU (\d+):/.exec(line)?.[1];
        if (index !== undefined)
            gpu = Number(index);
        const mig = /\(UUID: (MIG-[^)]+)\)/.exec(line)?.[1];
        if (mig !== undefined && gpu !== undefined)
            parents.set(mig, gpu);
    }
    return parents;
}
/**
 * Which sampled GPUs are the command's. CUDA takes a UUID's unique prefix; a MIG device is
 * sampled as its whole GPU, which nvidia-smi reports (old `MIG-GPU-<uuid>/1/0` names carry it,
 * newer ones are looked up in `nvidia-smi -L`).
 */
async function visibleFilter(ids, list) {
    const newMig = ids.some((id) => id.startsWith("MIG-") && !id.startsWith("MIG-GPU-"));
    const parents = newMig ? migParents((await list()) ?? "") : new Map();
    return (gpu) => ids.some((id) => {
        if (/^\d+$/.test(id))
            return gpu.index === Number(id);
        if (id.startsWith("GPU-"))
            return gpu.uuid?.startsWith(id) ?? false;
        if (id.startsWith("MIG-GPU-"))
            return gpu.uuid?.startsWith(id.slice(4).split("/")[0]) ?? false;
        return parents.get(id) === gpu.index;
    });
}
/**
 * Samples nvidia-smi every `intervalMs` until stopped: the GPUs CUDA_VISIBLE_DEVICES gives the
 * command when set, since another job's load on the others is not this run's. Where nvidia-smi
 * is missing or fails the result says so in a note: telemetry is never a reason for a run to
 * fail.
 */
async function startTelemetry(options) {
    const run = (args) => captureOutput("nvidia-smi", args, { cwd: options.cwd, env: options.env });
    const none = (note) => ({ stop: () => Promise.resolve({ gpu: null, note }) });
    const visible = visibleDevices(options.env);
    const setting = `CUDA_VISIBLE_DEVICES=${options.env.CUDA_VISIBLE_DEVICES ?? ""}`;
    if (visible?.length === 0)
        return none(`no GPU telemetry: ${setting} gives the command no GPU`);
    const banner = await run([]);
    if (banner === null)
        return none("no GPU telemetry: nvidia-smi is not on the PATH, or it failed");
    const ours = visible ? await visibleFilter(visible, () => run(["-L"])) : () => true;
    const started = Date.now();
    const samples = [];
    let stopped = false;
    let timer;
    // One sample at a time: the next is scheduled when the last has answered.
    const sample = async () => {
        const t = (Date.now() - started) / 1000;
        const gpus = parseGpuQuery((await run(QUERY_ARGS)) ?? "").filter(ours);
        if (gpus.length > 0)
            samples.push({ t, gpus });
        if (!stopped)
            timer = setTimeout(() => void (pending = sample()), options.intervalMs);
    };
    let pending = sample();
    return {
        stop: async () => {
            stopped = true;
            clearTimeout(timer);
            await pending;
            const devices = summarizeGpus(samples);
            const sampled = devices.map((d) => `GPU ${d.index}`).join(", ");
            const note = devices.length === 0
                ? `no GPU telemetry: nvidia-smi reported no GPU${visible ? ` that ${setting} names` : ""}`
                : visible
                    ? `GPU telemetry of the GPUs ${setting} gives the command: ${sampled}`
                    : null;
            return { gpu: devices.length === 0 ? null : { ...parseSmiBanner(banner), devices }, note };
        },
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/read-metrics.js
var read_metrics = __webpack_require__(1867);
// EXTERNAL MODULE: ./shared/dist/engine/process/child-env.js
var child_env = __webpack_require__(9143);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/process/hardened-git.js
var hardened_git = __webpack_require__(7293);
;// CONCATENATED MODULE: ./shared/dist/engine/process/run-environment.js




/** A Python interpreter's name: python, python3, python3.11 (a venv's too). */
const PYTHON = /^python(\d+(\.\d+)?)?$/;
/**
 * The interpreter the command runs, when its program is one (`/usr/bin/python3 train.py`, or a
 * shell script's first word); else the PATH's python3, which `python3 -m` or a tool the command
 * starts would most likely use.
 */
function pythonOf(command) {
    const program = command?.shell
        ? /^\s*([\w./+-]+)(?=\s|$)/.exec(command.argv[0] ?? "")?.[1]
        : command?.argv[0];
    return program !== undefined && PYTHON.test((0,external_node_path_.basename)(program)) ? program : "python3";
}
/**
 * The machine a run ran on, and the Python the command used or most likely uses (null when
 * there is none): one `--version` of the interpreter the command names, resolved as the command's
 * own program is, by the command's PATH and working directory.
 */
async function runEnvironment(cwd, env, command) {
    const cores = (0,external_node_os_.cpus)();
    const python = await captureOutput(pythonOf(command), ["--version"], { cwd, env });
    return {
        os: { platform: (0,external_node_os_.platform)(), release: (0,external_node_os_.release)() },
        cpu: { model: cores[0]?.model.trim() || null, count: cores.length },
        memory_bytes: (0,external_node_os_.totalmem)(),
        node: process.version,
        python: python?.trim().replace(/^Python\s+/, "") || null,
    };
}
/**
 * The commit checked out in the working directory, the code the command runs: on a pull request
 * GitHub's sha is the merge commit, and a checkout with `ref:` has another. GitHub's sha and ref
 * (`known`) stand in where git cannot say; null for each not known.
 */
async function gitState(cwd, env, known = {}) {
    // With the suite's git settings: the folder may be a checkout of untrusted files.
    const git = (...args) => captureOutput("git", [...hardened_git/* HARDENED_GIT */.H, ...args], { cwd, env });
    const [commit, ref, status] = await Promise.all([
        git("rev-parse", "HEAD"),
        git("rev-parse", "--abbrev-ref", "HEAD"),
        // Tracked changes only, as `git describe --dirty` counts them: untracked files are most
        // often what earlier runs wrote (mlops-out/, models, downloaded data), not the code run.
        git("status", "--porcelain", "--untracked-files=no"),
    ]);
    // A detached checkout (as actions/checkout leaves it) names no branch: "HEAD".
    const branch = ref?.trim() === "HEAD" ? null : ref?.trim() || null;
    return {
        commit: commit?.trim() || known.sha || null,
        ref: known.ref || branch,
        dirty: status === null ? null : status.trim() !== "",
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/process/run-process.js + 1 modules
var run_process = __webpack_require__(5466);
// EXTERNAL MODULE: ./shared/dist/engine/process/cancel-signals.js
var cancel_signals = __webpack_require__(3649);
// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/interface/confine-links.js
var confine_links = __webpack_require__(2062);
// EXTERNAL MODULE: ./shared/dist/interface/check-output-paths.js
var check_output_paths = __webpack_require__(3867);
// EXTERNAL MODULE: ./shared/dist/interface/command-inputs.js
var command_inputs = __webpack_require__(9045);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/report/listed.js
var listed = __webpack_require__(9255);
;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/written-by-run.js

/**
 * How much earlier than the run's start a file may have been last modified and still count as
 * written by the run: Linux stamps files from a clock that lags the one the start is read from
 * by up to a scheduler tick, and FAT and HFS+ keep times to 2 and 1 seconds. What it costs is a
 * file written by something else in the 2 seconds before the run started.
 */
const MTIME_SLACK_MS = 2000;
/** Whether a file last modified at `modified` may have been written by a run started at `startedAt`. */
const writtenSince = (modified, startedAt) => modified.getTime() >= startedAt.getTime() - MTIME_SLACK_MS;
/**
 * A file the command was to write and did not. After a command that failed, that is its
 * failure's consequence, told beside it, never a path to check.
 */
class NotWrittenError extends errors/* FileError */.f6 {
}
const clock = (time) => time.toISOString().replace(/\.\d+Z$/, "Z");
/**
 * A file the command was to write that is older than the run: left by an earlier run, it is no
 * more this run's than a file never written.
 */
function notWrittenByRun(shownAs, modified, startedAt, fix) {
    return new NotWrittenError(shownAs, `was not written by this run: last modified ${clock(modified)}, before it started at ${clock(startedAt)}`, fix);
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/model-files.js









/** A name's bytes as text, each byte outside printable ASCII as `\xHH`. */
const escapedName = (name) => [...name]
    .map((byte) => byte >= 0x20 && byte < 0x7f
    ? String.fromCharCode(byte)
    : `\\x${byte.toString(16).padStart(2, "0")}`)
    .join("");
/** Names read as bytes: a name that is not UTF-8 would otherwise be read as another, missing one. */
function entriesUnder(folder, under = "", found = { files: [], links: [], unnamed: [] }) {
    const prefix = under === "" ? "" : `${under}/`;
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(folder, under), {
        withFileTypes: true,
        encoding: "buffer",
    })) {
        if (!(0,external_node_buffer_.isUtf8)(entry.name)) {
            found.unnamed.push(prefix + escapedName(entry.name));
            continue;
        }
        const path = prefix + entry.name.toString();
        if (entry.isSymbolicLink())
            found.links.push(path);
        else if (entry.isDirectory())
            entriesUnder(folder, path, found);
        else if (entry.isFile())
            found.files.push(path);
    }
    return found;
}
const SAVE_FILES = "Save the model's files themselves there, under UTF-8 names (a Hugging Face cache snapshot only links to its blobs: save the model with save_pretrained, or copy the snapshot with cp -rL)";
/** Why a folder without a model file to record has none. */
function noModelFile(shownAs, entries) {
    const held = [
        entries.links.length > 0 && `symbolic links, which are not followed (${(0,listed/* listed */.K)(entries.links)})`,
        entries.unnamed.length > 0 &&
            `files whose names are not UTF-8, which no record can name (${(0,listed/* listed */.K)(entries.unnamed)})`,
    ].filter((part) => part !== false);
    return held.length === 0
        ? new NotWrittenError(shownAs, "is an empty folder: the command saved no model")
        : new errors/* FileError */.f6(shownAs, `holds only ${held.join(" and ")}: no model file`, SAVE_FILES);
}
/** The model's files, when the run wrote any; why it wrote none, as an error, otherwise. */
function writtenFiles(path, shownAs, startedAt) {
    let stats;
    try {
        stats = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        throw new NotWrittenError(shownAs, "was not written by the command", "Check trained-model is where it saves the model");
    }
    if (stats.isSymbolicLink())
        throw new errors/* FileError */.f6(shownAs, `is a symbolic link to ${(0,external_node_fs_.readlinkSync)(path)}, which train-run does not follow`, "Save the model file or folder itself at trained-model");
    const entries = stats.isDirectory() ? entriesUnder(path) : undefined;
    if (entries && entries.files.length === 0)
        throw noModelFile(shownAs, entries);
    const files = entries
        ? entries.files.sort().map((file) => {
            const absolute = (0,external_node_path_.join)(path, file);
            return { path: file, absolute, stats: (0,external_node_fs_.lstatSync)(absolute) };
        })
        : [{ path: shownAs, absolute: path, stats }];
    const newest = new Date(files.reduce((last, file) => Math.max(last, file.stats.mtimeMs), 0));
    if (!writtenSince(newest, startedAt))
        throw notWrittenByRun(shownAs, newest, startedAt, "Check the command saves the model at trained-model");
    return { entries, files };
}
/** What the record of a model leaves out, and the files it cannot vouch the run wrote. */
function modelNotes(shownAs, entries, older) {
    return [
        entries && entries.links.length > 0
            ? `${shownAs}: symbolic links not followed, hashed nor uploaded: ${(0,listed/* listed */.K)(entries.links)}`
            : "",
        entries && entries.unnamed.length > 0
            ? `${shownAs}: files whose names are not UTF-8 not hashed nor uploaded, as no record or artifact can name them (rename them to record them): ${(0,listed/* listed */.K)(entries.unnamed)}`
            : "",
        older.length > 0
            ? `${shownAs}: ${(0,counted/* counted */.h)(older.length, "file")} last modified before this run started, perhaps left by an earlier run, recorded and uploaded with the rest (empty the folder before training to record only what the run writes): ${(0,listed/* listed */.K)(older.map((file) => file.path))}`
            : "",
    ].filter((note) => note !== "");
}
/**
 * The model the command wrote, each file with its digest and size; an error when it wrote none.
 * Symbolic links are never followed, the path itself included: a link could make the record
 * vouch for, and the artifact carry, any file the runner can read.
 *
 * A folder counts as written by the run when any of its files was modified since the run
 * started. Its older files are recorded and uploaded with the rest, in a note by name: they may
 * be left by an earlier run, or copied in with their times kept (shutil.copytree, cp -p, a
 * tokenizer taken from the base model), and a model recorded without them could not be loaded.
 */
async function describeModel(path, shownAs, { startedAt, signal }) {
    const { entries, files: written } = writtenFiles(path, shownAs, startedAt);
    const files = [];
    for (const file of written)
        files.push({
            path: file.path,
            sha256: await (0,hash_file/* hashFile */.D)(file.absolute, { signal }),
            size_bytes: file.stats.size,
        });
    const digest = entries
        ? (0,external_node_crypto_.createHash)("sha256")
            .update(files
            .map((f) => `${f.sha256}\n`)
            .sort()
            .join(""))
            .digest("hex")
        : files[0].sha256;
    const older = written.filter((file) => !writtenSince(file.stats.mtime, startedAt));
    return {
        path: shownAs,
        digest,
        files,
        absolute: written.map((file) => file.absolute),
        notes: modelNotes(shownAs, entries, older),
    };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/train-run/thin-history.js
var thin_history = __webpack_require__(213);
// EXTERNAL MODULE: ./shared/dist/use-cases/train-run/render-summary.js
var render_summary = __webpack_require__(7434);
// EXTERNAL MODULE: ./shared/dist/use-cases/train-run/record-outputs.js
var record_outputs = __webpack_require__(4653);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/run-outcome.js


/** `shell` as both front ends write it: the action's input and the command line's flag. */
const SHELL_HINT = "set input 'shell' to true (--shell on the command line)";
/** A duration as the `timeout` input takes it: `2h` for 7200000 ms, `90s`, `1.5s`. */
function formatDuration(ms) {
    for (const [unit, size] of [
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
    ])
        if (ms % size === 0)
            return `${ms / size}${unit}`;
    return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}
/** The lines of stderr a failed command's error ends with: a traceback's place and exception. */
const TAIL_LINES = 3;
/**
 * Passes each line of stderr on, as the command's other output, and keeps the last few that are
 * not blank for the error a failed command ends with: the cause, where the rest is consequence.
 */
function stderrTail(onLine) {
    const lines = [];
    return {
        onErrorLine: (line) => {
            onLine(line);
            if (line.trim() === "")
                return;
            lines.push((0,shorten/* shorten */.ml)((0,escape_control/* safeForLog */.p5)(line.trim())));
            if (lines.length > TAIL_LINES)
                lines.shift();
        },
        lines: lines,
    };
}
/** How the command ended, with its last lines of stderr when it wrote any. */
function ended(how, stderr) {
    return stderr.length === 0 ? how : `${how}, its last lines on stderr: ${stderr.join(" | ")}`;
}
/** How a run ended, and why in one line when it did not succeed. */
function commandFailure(outcome, argv, timeout, stderr = []) {
    const program = argv[0];
    // `python train.py` written as one argument names a program with a space in its name.
    if (outcome.spawnError === "ENOENT" && argv.length === 1 && /\s/.test(program))
        return `command '${program}' was not found (ENOENT): it is one argument. Give one argument a line, such as python and train.py on two lines, or ${SHELL_HINT}`;
    if (outcome.spawnError === "ENOENT")
        return `command '${program}' was not found (ENOENT). Install it or give its full path; a shell built-in needs ${SHELL_HINT}`;
    if (outcome.spawnError)
        return `command '${program}' could not start (${outcome.spawnError})`;
    if (outcome.timedOut)
        return `the command ran past its timeout of ${timeout} and was stopped, with its process group`;
    if (outcome.cancelledBy)
        return `the run was cancelled (${outcome.cancelledBy}); the command and its process group were stopped`;
    if (outcome.signal)
        return ended(`the command was killed by ${outcome.signal}`, stderr);
    if (outcome.exitCode !== 0)
        return ended(`the command exited with code ${outcome.exitCode}`, stderr);
    return null;
}
function runStatus(outcome, failed) {
    if (outcome.timedOut)
        return "timed-out";
    if (outcome.cancelledBy)
        return "cancelled";
    return failed ? "failed" : "succeeded";
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/run-record.js + 1 modules
var run_record = __webpack_require__(4891);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 1 modules
var read_structured = __webpack_require__(1255);
// EXTERNAL MODULE: ./shared/dist/platform/github/workflow-dispatch.js
var workflow_dispatch = __webpack_require__(7148);
;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/train-run-inputs.js









/** sha256 digests as validate-data's `digest` output gives them: lowercase hex. */
const digestList = () => ({
    type: "list of sha256",
    absent: [],
    parse: (text, input) => (0,command_inputs/* lines */.Mn)(text, input).map((digest) => {
        if (!/^[0-9a-f]{64}$/i.test(digest))
            throw new errors/* InputError */.dz(input, `'${digest}' is not a sha256 digest`, "Give 64 hex digits");
        return digest.toLowerCase();
    }),
});
const MAPPING_EXAMPLE = "write them inline as {lr: 0.1, epochs: 10}";
/** Integer literals: a key, a float (`1e20`, `2.0`) or a word does not end or start with one. */
const INTEGER_LITERAL = /(?<![\w.])[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)(?![\w.])/g;
/** Quoted text, where a number is no literal: `note: "ticket 99999999999999999999"`. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;
/**
 * The integer written in `text`, outside quotes, that a number cannot hold exactly and that reads
 * as `value`: the literal of this param, not another's on the same line.
 */
const unsafeInteger = (text, value) => [...text.replace(QUOTED, (quoted) => " ".repeat(quoted.length)).matchAll(INTEGER_LITERAL)]
    .map(([literal]) => literal)
    .find((literal) => {
    const read = Number(literal.replace(/^\+/, ""));
    return !Number.isSafeInteger(read) && read === value;
});
/**
 * Refuses what would reach the command as other than written. A YAML 1.1 merge key (`<<: *b`)
 * is a plain key in YAML 1.2, which PyYAML would merge: the command and the record would
 * disagree. An integer beyond 2^53 (a seed) is rounded by a number, so the command would be
 * given another one than the file's.
 */
function refuseInexact(value, where, keys = []) {
    if (value !== null && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) {
            if (key === "<<" && !Array.isArray(value))
                where([...keys, key]).fail("'<<' is a YAML 1.1 merge key, which YAML 1.2 reads as a key named <<", "Write the merged keys out in full");
            refuseInexact(child, where, [...keys, key]);
        }
        return;
    }
    if (typeof value !== "number" || !Number.isInteger(value) || Number.isSafeInteger(value))
        return;
    const { line, fail } = where(keys);
    const literal = line === undefined ? undefined : unsafeInteger(line, value);
    if (literal === undefined)
        return;
    const name = keys.join(".");
    fail(`param '${name}' is ${literal}, more than the 2^53 up to which an integer stays exact (it would be ${value})`, `Quote it as a string, as ${keys.at(-1) ?? name}: "${literal}"`);
}
/** The run's params: a YAML or JSON file, or a mapping written inline. */
const params = () => ({
    type: "file or YAML/JSON",
    absent: {},
    parse: (text, input, context) => {
        const { cwd } = context;
        const given = text.trim();
        // Text of one line without `:` or `{` can be no mapping: it names a file.
        if (/[\n:{]/.test(given)) {
            const value = (0,command_inputs/* yamlValue */.t$)(text, input);
            if (value === null || typeof value !== "object" || Array.isArray(value))
                throw new errors/* InputError */.dz(input, "is not a mapping", `Give a YAML or JSON file of params, or ${MAPPING_EXAMPLE}`);
            refuseInexact(value, () => ({
                line: text,
                fail: (problem, fix) => {
                    throw new errors/* InputError */.dz(input, problem, fix);
                },
            }));
            return value;
        }
        const path = (0,external_node_path_.isAbsolute)(given) ? given : (0,external_node_path_.resolve)(cwd, given);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* InputError */.dz(input, `file '${given}' does not exist`, `Check the path (a relative one starts from the working directory), or ${MAPPING_EXAMPLE}`);
        if (!(0,external_node_fs_.statSync)(path).isFile())
            throw new errors/* InputError */.dz(input, `'${given}' is not a file`, "Give the path of a YAML or JSON file of params");
        // Read here, as the input is parsed: checked here, before its lines can reach a message.
        (0,confine_links/* refuseLinkOut */.r)(input, path, context);
        const doc = (0,read_structured/* readStructured */.cW)(path, given);
        const { value } = doc;
        if (value === null || typeof value !== "object" || Array.isArray(value))
            throw new errors/* InputError */.dz(input, `file '${given}' is not a mapping`, `Write the params as name: value lines, or ${MAPPING_EXAMPLE}`);
        refuseInexact(value, (keys) => {
            const line = doc.lineOf((0,nesting/* jsonPointer */.Av)(keys));
            return {
                line: line === undefined ? undefined : (0,external_node_fs_.readFileSync)(path, "utf8").split("\n")[line - 1],
                fail: (problem, fix) => {
                    throw new errors/* FileError */.f6(given, problem, fix, line);
                },
            };
        });
        return (0,check_output_paths/* readFromFile */.dH)(value, path);
    },
});
/** GitHub takes at most 25 inputs in one dispatch, and train-run adds correlation_id. */
const MAX_DISPATCH_INPUTS = 24;
const kindOf = (value) => value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`;
/**
 * The dispatched workflow's inputs: names to strings, as GitHub passes workflow inputs. A number
 * written bare is refused rather than turned into text that may not read back the same (1.0).
 */
const dispatchInputs = () => ({
    type: "YAML/JSON mapping of strings",
    absent: {},
    parse: (text, input) => {
        const value = (0,command_inputs/* yamlValue */.t$)(text, input);
        if (value === null || typeof value !== "object" || Array.isArray(value))
            throw new errors/* InputError */.dz(input, "is not a mapping", 'Write {"epochs": "20"}');
        const entries = Object.entries(value);
        for (const [name, item] of entries) {
            if (name === workflow_dispatch/* CORRELATION_INPUT */.YN)
                throw new errors/* InputError */.dz(input, `'${workflow_dispatch/* CORRELATION_INPUT */.YN}' is train-run's own input`, "Leave it out: each dispatch gets a new one");
            if (!/^[A-Za-z_][A-Za-z0-9_-]{0,99}$/.test(name))
                throw new errors/* InputError */.dz(input, `${JSON.stringify(name.slice(0, 100))} is not a workflow input name`, "Use letters, digits, - and _, starting with a letter or _");
            if (typeof item !== "string")
                throw new errors/* InputError */.dz(input, `'${name}' is ${kindOf(item)}, not a string`, `GitHub passes workflow inputs as strings: quote it, as ${name}: "20"`);
        }
        if (entries.length > MAX_DISPATCH_INPUTS)
            throw new errors/* InputError */.dz(input, `has ${entries.length} inputs, more than the ${MAX_DISPATCH_INPUTS} a dispatch can carry besides ${workflow_dispatch/* CORRELATION_INPUT */.YN}`, "Pass several values in one input, as JSON");
        return Object.fromEntries(entries);
    },
});
/** The dispatch's correlation id, as the dispatched workflow received it: a name-safe token. */
const correlationId = () => ({
    type: "text",
    absent: undefined,
    parse: (text, input) => {
        const id = text.trim();
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id))
            throw new errors/* InputError */.dz(input, `${JSON.stringify(id.slice(0, 100))} is not a correlation id`, `Pass the one the dispatch gave, with correlation-id set to the workflow's ${workflow_dispatch/* CORRELATION_INPUT */.YN} input`);
        return id;
    },
});
/**
 * A path the command will write, so it need not exist before the run; resolved like a file.
 * The action reads what the command left there, so a link leading it out is checked as an
 * input file's is.
 */
const producedPath = () => ({
    type: "path",
    absent: undefined,
    parse: (text, _input, { cwd }) => ((0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.resolve)(cwd, text)),
    reads: true,
});
const within = (folder, path) => {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === "" || (!rel.startsWith("..") && !(0,external_node_path_.isAbsolute)(rel));
};
/**
 * Refuses, before the command runs, a record (or its params file) that would overwrite the
 * metrics file the command writes, or land in its model folder and so in the model's digest.
 */
function refuseOverwrite(paths, shown) {
    for (const [written, name] of [
        [paths.record, "record-path"],
        [paths.params, "record-path's params file"],
    ]) {
        if (paths.metrics !== undefined && (0,external_node_path_.resolve)(paths.metrics) === (0,external_node_path_.resolve)(written))
            throw new errors/* InputError */.dz("record-path", `${name} ${shown(written)} is the metrics-file the command writes`, "Give record-path and metrics-file different paths");
        if (paths.model !== undefined && within((0,external_node_path_.resolve)(paths.model), (0,external_node_path_.resolve)(written)))
            throw new errors/* InputError */.dz("record-path", `${name} ${shown(written)} is inside trained-model ${shown(paths.model)}, so it would be counted in the model`, "Give record-path outside the trained-model folder");
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/train-run/train-run.js


























const LEFTOVER_NOTE = "the command left processes running in the background when it exited; they were stopped";
/**
 * A timeout or a cancelled step stops the command's process group; Windows has none, so there
 * they would stop nothing and leave the command running.
 */
function refuseWindows(platform) {
    if (platform === "win32")
        throw new errors/* UsageError */.eb("train-run runs on Linux and macOS runners only: on Windows it could not stop the command and the processes it starts at a timeout or cancel", "Run the job on ubuntu-latest or macos-latest");
}
/** Unique per run: a job may train twice, and matrix jobs share the workflow run's id. */
function newRunId({ github, now }) {
    const suffix = (0,external_node_crypto_.randomBytes)(3).toString("hex");
    return github.runId
        ? `${github.runId}-${github.runAttempt ?? 1}-${suffix}`
        : `${now()
            .toISOString()
            .replace(/[-:]|\.\d+/g, "")}-${suffix}`;
}
const WRITES_METRICS = "Check the command writes metrics-file";
/**
 * A metrics file older than the run is left from an earlier one: as if it were not written. One
 * that is not there after a command that failed was not written; otherwise reading it says why.
 */
function refuseStale(path, shownAs, ended) {
    let modified;
    try {
        modified = (0,external_node_fs_.statSync)(path).mtime;
    }
    catch (error) {
        if (ended.succeeded || error.code !== "ENOENT")
            return;
        throw new NotWrittenError(shownAs, "was not written by the command", WRITES_METRICS);
    }
    if (!writtenSince(modified, ended.startedAt))
        throw notWrittenByRun(shownAs, modified, ended.startedAt, WRITES_METRICS);
}
/**
 * The model, unless the run was cancelled, or the step is while the model is hashed: a cancelled
 * step has seconds before it is killed, hashing a large model takes minutes, and the record
 * comes first.
 */
async function modelUnlessCancelled(path, shownAs, ended) {
    if (ended.cancelledBy !== null)
        return {
            notes: [
                `${shownAs}: not recorded nor uploaded: the run was cancelled (${ended.cancelledBy}), and a cancelled step has only seconds to upload its record`,
            ],
        };
    try {
        const model = await describeModel(path, shownAs, ended);
        return { model, notes: model.notes };
    }
    catch (error) {
        if (!(error instanceof cancel_signals/* CancelledError */.cc))
            throw error;
        return {
            notes: [
                `${shownAs}: not recorded nor uploaded: ${error.message} while the model was hashed, which was cut short so that the record is written first`,
            ],
        };
    }
}
const LEAVE_RECORD_FOLDER = "Have the command leave the folder of record-path as it is, not replace it with a link; or give a record-path the command does not touch";
const WRITE_ITSELF = "Have the command write the file itself there, not a link to it; a file outside the workspace is read when given by its own path";
/**
 * What a finished command left behind; each part that cannot be read is a reason, not a crash,
 * and each part recorded only in part a note. A run that did not succeed may have been stopped
 * mid-write: the last line of its JSONL log is then allowed to be cut off. Metrics left out (a
 * NaN loss) are also warned of: only the record and the summary would tell of them, and
 * neither is read under --json or in a runner's log.
 *
 * In a runner, a link may have appeared since the inputs were checked, one the command made by
 * mistake or unpacked from an archive (`metrics.json -> /home/runner/...`): each path is held to
 * the workspace's link rule again before it is read. It is no boundary against the command
 * itself, which runs with the runner user's rights and can read such a file on its own. A model
 * folder's own files need no check of their own: its links are never followed, so what is found
 * under a folder inside the workspace stays inside.
 */
async function collect(paths, context, ended) {
    const problems = [];
    const notes = [];
    let at;
    const attempt = async (read) => {
        try {
            return await read();
        }
        catch (error) {
            if (!(error instanceof errors/* MlopsError */.IC))
                throw error;
            // An output a failed command did not write is its failure's consequence: the failure
            // leads, and no path is to be checked.
            if (error instanceof NotWrittenError && !ended.succeeded) {
                notes.push(`${error.message} (the command failed)`);
                return undefined;
            }
            // The first file at fault is where a runner annotates the failure.
            if (error instanceof errors/* FileError */.f6 && problems.length === 0)
                at = { file: error.file, line: error.lineNumber };
            problems.push(error.line);
            return undefined;
        }
    };
    const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
    const confine = (input, path) => (0,confine_links/* refuseLinkOut */.r)(input, path, context, { fix: WRITE_ITSELF });
    const options = { toleratePartialLastLine: !ended.succeeded };
    const metricsPath = paths.metrics;
    const metrics = metricsPath
        ? await attempt(() => {
            confine("metrics-file", metricsPath);
            refuseStale(metricsPath, shown(metricsPath), ended);
            return (0,read_metrics/* readMetrics */.Uw)(metricsPath, shown(metricsPath), options);
        })
        : undefined;
    if (metrics?.cutOffLine !== undefined)
        notes.push(`${metrics.file}:${metrics.cutOffLine}: the last line was cut off when the run stopped; the history before it is kept`);
    for (const note of metrics ? (0,read_metrics/* metricsNotes */.ZP)(metrics) : []) {
        notes.push(note);
        (0,define_action/* warnIn */.aP)(context, note);
    }
    const modelPath = paths.model;
    const left = modelPath
        ? await attempt(() => {
            confine("trained-model", modelPath);
            return modelUnlessCancelled(modelPath, shown(modelPath), ended);
        })
        : undefined;
    notes.push(...(left?.notes ?? []));
    return { metrics, model: left?.model, problems, notes, ...(at && { at }) };
}
/** The record of a finished (or never started) run: what is known, and null for what is not. */
function buildRecord(run, outcome, known) {
    const { metrics, model } = known.left;
    const histories = metrics?.histories
        ? (0,thin_history/* recordedHistories */.hX)(metrics.histories, metrics.file)
        : { history: {}, note: null };
    return {
        schema: "mlops.run-record/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        run_id: run.id,
        status: runStatus(outcome, known.errors.length > 0),
        error: known.errors.join("; ") || null,
        command: { argv: run.argv, shell: run.shell },
        started_at: outcome.startedAt.toISOString(),
        ended_at: outcome.endedAt.toISOString(),
        duration_s: (outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 1000,
        exit_code: outcome.exitCode,
        signal: outcome.signal,
        timeout_s: run.timeoutMs === undefined ? null : run.timeoutMs / 1000,
        params: known.params,
        metrics: {
            file: known.metricsFile,
            final: Object.fromEntries(metrics?.values ?? []),
            history: histories.history,
        },
        git: known.git,
        github: {
            run_id: known.github.runId ?? null,
            run_attempt: known.github.runAttempt ?? null,
            ...(run.correlationId === undefined ? {} : { correlation_id: run.correlationId }),
        },
        environment: known.environment,
        gpu: known.telemetry.gpu,
        model: model ? { path: model.path, digest: model.digest, files: model.files } : null,
        data_digests: known.dataDigests,
        notes: [known.telemetry.note, ...known.notes, histories.note].filter((note) => note !== null),
    };
}
/**
 * The step's outputs, summary and artifacts: the record, the params and the model; and for a
 * dispatched run, the record alone as well, for the dispatching step to fetch.
 */
function actionResult(record, paths, failStep, failureAt) {
    const outputs = (0,record_outputs/* recordOutputs */.QS)(record, paths.shownRecord);
    const correlationId = record.github.correlation_id;
    return {
        outputs,
        summary: (0,render_summary/* renderSummary */.B)(record),
        artifacts: [
            // First: a cancelled step may not have the seconds for both, and the dispatching step
            // waits for this one.
            ...(correlationId === undefined
                ? []
                : [
                    {
                        name: (0,record_outputs/* recordArtifactName */.N8)(correlationId),
                        files: [paths.record],
                        description: "the run record alone, for the step that dispatched this run",
                    },
                ]),
            {
                name: outputs["artifact-name"],
                files: paths.files,
                description: `the run record (mlops.run-record/v1), its params${paths.withModel ? " and the model" : ""}`,
            },
        ],
        failure: record.error && failStep ? `train-run ${record.status}: ${record.error}` : undefined,
        ...(failureAt && { failureAt }),
    };
}
/** Reads what the command left, writes the run record and gives the step's result. */
async function recordRun({ run, stderr, paths, facts, inputs }, outcome, context, signal) {
    const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
    const notes = [];
    if (outcome.leftoverStopped) {
        notes.push(LEFTOVER_NOTE);
        context.log(`train-run: ${LEFTOVER_NOTE}`);
    }
    const metricsFile = inputs["metrics-file"];
    const timeoutText = run.timeoutMs === undefined ? undefined : formatDuration(run.timeoutMs);
    const failure = commandFailure(outcome, run.argv, timeoutText, stderr);
    // A command that never started wrote nothing: its one cause is enough.
    const left = outcome.spawnError === null
        ? await collect({ metrics: metricsFile, model: inputs["trained-model"] }, context, {
            succeeded: failure === null,
            cancelledBy: outcome.cancelledBy,
            startedAt: outcome.startedAt,
            signal,
        })
        : { problems: [], notes: [] };
    notes.push(...left.notes);
    const errors = [failure, ...left.problems].filter((e) => e !== null);
    const record = buildRecord(run, outcome, {
        errors,
        params: inputs.params,
        metricsFile: metricsFile ? shown(metricsFile) : null,
        left,
        ...facts,
        github: context.github,
        dataDigests: inputs["data-digests"],
        notes,
    });
    // The command may have replaced the record's folder with a link, or the params file (uploaded
    // with the record) with one: the folder is held to the output rule again, and the params are
    // written anew from the inputs, the rename replacing whatever is at their path.
    (0,check_output_paths/* refuseLinkedFolder */.Ci)("record-path", paths.record, context, LEAVE_RECORD_FOLDER);
    (0,write_output/* writeFilesAtomic */.aV)([
        (0,report_file/* reportFile */.r)(run_record/* runRecordContract */.r, record, paths.record),
        { path: paths.params, text: (0,write_output/* jsonText */.s$)(inputs.params) },
    ]);
    const model = left.model?.absolute ?? [];
    const files = [paths.record, paths.params, ...model];
    const withModel = model.length > 0;
    return actionResult(record, { files, record: paths.record, shownRecord: shown(paths.record), withModel }, inputs["fail-step"], 
    // Where the command itself failed, its failure is the step's, not a file's.
    failure === null ? left.at : undefined);
}
const inputKinds = {
    command: (0,command_inputs/* argumentList */.Yw)(),
    shell: (0,inputs/* bool */.lc)(),
    params: params(),
    "metrics-file": producedPath(),
    "trained-model": producedPath(),
    "data-digests": digestList(),
    timeout: (0,command_inputs/* duration */.p0)(),
    // nvidia-smi starts a process per sample: more often than each second would load the run.
    "telemetry-interval": (0,command_inputs/* duration */.p0)({ minMs: 1000 }),
    "record-path": (0,inputs/* outputPath */.XC)(),
    "fail-step": (0,inputs/* bool */.lc)(),
    "correlation-id": correlationId(),
    "dispatch-workflow": (0,inputs/* text */.Qq)(),
    "dispatch-ref": (0,inputs/* text */.Qq)(),
    "dispatch-inputs": dispatchInputs(),
    "wait-timeout": (0,command_inputs/* duration */.p0)(),
    "github-token": (0,inputs/* secret */.rJ)(),
};
/** Local mode: runs the command here, records the run and uploads its artifact. */
async function localRun(inputs, context) {
    refuseWindows(process.platform);
    refuseDispatchInputs(inputs);
    const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
    const { cwd, github } = context;
    const run = {
        id: newRunId(context),
        argv: (0,command_inputs/* commandArgv */.GE)(inputs.command, inputs.shell, "command", "Give the command to run, or dispatch-workflow to train in another workflow"),
        shell: inputs.shell,
        timeoutMs: inputs.timeout,
        correlationId: inputs["correlation-id"],
    };
    const recordPath = inputs["record-path"];
    // The command reads its params from a file: an environment variable holds no nested values.
    const paramsPath = recordPath.replace(/(\.json)?$/i, ".params.json");
    refuseOverwrite({
        record: recordPath,
        params: paramsPath,
        metrics: inputs["metrics-file"],
        model: inputs["trained-model"],
    }, shown);
    const env = (0,child_env/* childEnv */.g)(context.env, { MLOPS_PARAMS: paramsPath });
    // Before the params file is written, so that it alone does not make the checkout dirty.
    const git = await gitState(cwd, env, { sha: github.sha, ref: github.ref });
    context.acting?.();
    (0,write_output/* writeFilesAtomic */.aV)([{ path: paramsPath, text: (0,write_output/* jsonText */.s$)(inputs.params) }]);
    const [environment, sampler] = await Promise.all([
        runEnvironment(cwd, env, run),
        startTelemetry({ intervalMs: inputs["telemetry-interval"], cwd, env }),
    ]);
    context.log(`train-run ${run.id}: ${run.shell ? "sh -c " : ""}${run.argv.join(" ")}`);
    // The command's output is the workflow author's own, unchanged; only what mlops derives from
    // data is escaped.
    const onLine = context.passthrough ?? context.log;
    // SIGINT, SIGTERM and SIGHUP do not end this process until the record is written: during the run they
    // stop the command, after it they cut the model's hashing short.
    const held = (0,cancel_signals/* abortOnSignals */.PB)();
    try {
        const tail = stderrTail(onLine);
        const outcome = await (0,run_process/* runProcess */.R)({ ...run, cwd, env, onLine, onErrorLine: tail.onErrorLine });
        const paths = { record: recordPath, params: paramsPath };
        const facts = { git, environment, telemetry: await sampler.stop() };
        const finished = { run, stderr: tail.lines, paths, facts, inputs };
        return await recordRun(finished, outcome, context, held.signal);
    }
    finally {
        held.release();
    }
}
/** Inputs of the other mode, which would be silently ignored. */
function refuseDispatchInputs(inputs) {
    for (const name of ["dispatch-ref", "dispatch-inputs"]) {
        const value = inputs[name];
        if (value !== undefined && (typeof value === "string" || Object.keys(value).length > 0))
            throw new errors/* InputError */.dz(name, "is set without dispatch-workflow", "Set dispatch-workflow to train in another workflow, or remove it");
    }
}
/** The training is the dispatched workflow's: what says how to train belongs in its step. */
function refuseLocalInputs(inputs) {
    const given = [
        inputs.command !== "" && "command",
        inputs.shell && "shell",
        Object.keys(inputs.params).length > 0 && "params",
        inputs["metrics-file"] !== undefined && "metrics-file",
        inputs["trained-model"] !== undefined && "trained-model",
        inputs["data-digests"].length > 0 && "data-digests",
        inputs.timeout !== undefined && "timeout",
        inputs["correlation-id"] !== undefined && "correlation-id",
    ].filter((name) => name !== false);
    if (given.length > 0)
        throw new errors/* InputError */.dz("dispatch-workflow", `is set, and so is ${given.join(", ")}: in dispatch mode the dispatched workflow trains, and its own train-run step takes those`, "Give them in that workflow (through dispatch-inputs), or remove dispatch-workflow to train on this runner");
}
const trainRun = (0,define_action/* defineAction */.QP)({
    name: "train-run",
    permissions: {
        contents: { level: "read", why: "read the training code and data checked out" },
        actions: {
            level: "write",
            why: "only in dispatch mode, to dispatch the training workflow, follow or cancel its run and read its artifacts",
        },
    },
    example: {
        // A YAML sequence is no `with:` value: the workflow form is a string, a script for sh -c.
        command: "python train.py",
        shell: "true",
        params: "params.yml",
        "metrics-file": "out/metrics.jsonl",
        "trained-model": "out/model",
        timeout: "2h",
    },
    inputs: inputKinds,
    async run(inputs, context) {
        const workflow = inputs["dispatch-workflow"];
        if (workflow === undefined)
            return localRun(inputs, context);
        refuseLocalInputs(inputs);
        // Loaded only here: local mode starts without the GitHub client.
        const { dispatchRun } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(109)]).then(__webpack_require__.bind(__webpack_require__, 109));
        return dispatchRun({
            workflow,
            ref: inputs["dispatch-ref"],
            inputs: inputs["dispatch-inputs"],
            waitMs: inputs["wait-timeout"],
            token: inputs["github-token"],
            recordPath: inputs["record-path"],
            failStep: inputs["fail-step"],
        }, context);
    },
});


/***/ })

};
