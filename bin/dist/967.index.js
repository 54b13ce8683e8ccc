export const id = 967;
export const ids = [967];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ReadProgress)
/* harmony export */ });
/* unused harmony export PROGRESS_INTERVAL_MS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _monotonic_ms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4258);
/* harmony import */ var _report_group_digits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7382);



/** How often a read offers a progress line; the host decides how many it shows. */
const PROGRESS_INTERVAL_MS = 1000;
/**
 * Progress of a read: rows, throughput and elapsed time, offered as soon as the first batch
 * arrives and then once per interval, so that a long read is never silent. The bytes are those
 * read from disk, as the batches carry them (`Batch.fileBytesRead`): for a `.gz` file, the
 * compressed bytes, the ones whose total is the file's size. A batch that does not carry them
 * gives a line without bytes rather than a wrong count. The closing line has the files' sizes.
 */
class ReadProgress {
    options;
    clock;
    intervalMs;
    start;
    last;
    /** The sizes of the files before the current one. */
    doneBytes = 0;
    file;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? _monotonic_ms_js__WEBPACK_IMPORTED_MODULE_1__/* .monotonicMs */ .d;
        this.intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
        this.start = this.clock();
    }
    /** Passes batches through, updating the progress after each and finishing at the end. */
    async *track(batches) {
        let rows = 0;
        for await (const batch of batches) {
            rows += batch.length;
            this.update(batch.file, rows, batch.fileBytesRead);
            yield batch;
        }
        this.finish(rows);
    }
    /**
     * Called after each batch with the rows read so far, the batch's file and how many bytes of
     * it have been read, when known.
     */
    update(file, rows, fileBytesRead) {
        if (this.file?.name !== file) {
            if (this.file)
                this.doneBytes += this.file.size;
            this.file = { name: file, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size };
        }
        const now = this.clock();
        if (this.last !== undefined && now - this.last < this.intervalMs)
            return;
        this.last = now;
        const bytes = fileBytesRead === undefined ? undefined : this.doneBytes + fileBytesRead;
        this.options.progress?.(this.line(rows, bytes, now));
    }
    /** Logs the closing line, with exact bytes, for a read that lasted longer than the interval. */
    finish(rows) {
        const now = this.clock();
        if (now - this.start < this.intervalMs)
            return;
        const bytes = this.doneBytes + (this.file?.size ?? 0);
        this.options.log(`${this.line(rows, bytes, now)} (done)`);
    }
    line(rows, bytes, now) {
        const seconds = (now - this.start) / 1000;
        const head = `${this.options.label}: ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_2__/* .groupDigits */ .K)(rows)} rows`;
        const time = `${seconds.toFixed(1)} s`;
        if (bytes === undefined)
            return `${head}, ${time}`;
        const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
        return `${head}, ${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${time}`;
    }
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ referenceField)
/* harmony export */ });
/* harmony import */ var _infer_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(403);

/** The field type that reads a column of each type: strings are refined by the data's sample. */
const DECLARED = {
    numeric: "number",
    integer: "number",
    boolean: "boolean",
    datetime: "datetime",
    categorical: "string",
    text: "string",
};
/** A field that reads a column as one of `type`, so that data is read as a reference was. */
function typedField(name, type) {
    // A column inferred from dates and date-times alike takes both, and so must the data's. An
    // integer column is read as any number: a whole number written 57.0 (pandas' integers with
    // gaps) is the reference's kind of value.
    return type === "datetime"
        ? { name, type: DECLARED[type], format: "any" }
        : { name, type: DECLARED[type] };
}
/**
 * The field that a column of data is read with so that it is read as the reference's column of
 * `type` was: `declared`, the schema's own field, where it declares a type (a data contract's
 * type wins), else the reference's type, keeping what `declared` gives the field without a type
 * (its missing values).
 */
function referenceField(name, type, declared) {
    if (declared !== undefined && (0,_infer_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isDeclared */ .vo)(declared))
        return declared;
    return { ...declared, ...typedField(name, type) };
}


/***/ }),

/***/ 4258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ monotonicMs)
/* harmony export */ });
/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: touching the `performance` global
 * loads perf_hooks, a few milliseconds of every action's start-up.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}


/***/ }),

/***/ 1991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ compareProfiles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8350);
/* harmony import */ var _kll_sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/* harmony import */ var _missing_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9934);



const PSI_FLOOR = 1e-4;
/**
 * The distinct values and their counts, ascending, where the profile holds every one of them
 * with its exact count (a numeric column of at most `exactCap` distinct values).
 */
function exactCounts(column) {
    const items = column.frequent?.exact ? column.frequent.items : undefined;
    if (items === undefined || !items.every((item) => typeof item.value === "number"))
        return;
    return items.toSorted((a, b) => a.value - b.value);
}
function cdfOf(column) {
    const counts = exactCounts(column);
    if (counts !== undefined) {
        const cumulative = new Float64Array(counts.length);
        let sum = 0;
        counts.forEach((item, i) => (cumulative[i] = sum += item.count));
        return {
            values: Float64Array.from(counts, (item) => item.value),
            cumulative,
            total: sum,
            error: 0,
        };
    }
    const sketch = _kll_sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .KllSketch */ .gu.fromState({
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
/**
 * The gap F_a - F_b after each of the pooled `points` (ascending, a value of both sides twice),
 * in order: its extremes, and |gap| and gap^2 times the step to the next point summed, as the
 * walk of two samples sums them (a repeated point steps by 0 and adds nothing).
 */
function walkCdfs(a, b, points) {
    let maxGap = 0;
    let minGap = 0;
    let area = 0;
    let squaredArea = 0;
    for (let i = 0; i < points.length; i++) {
        const x = points[i];
        const gap = cdfAt(a, x) - cdfAt(b, x);
        maxGap = Math.max(maxGap, gap);
        minGap = Math.min(minGap, gap);
        if (i + 1 === points.length)
            break;
        const step = points[i + 1] - x;
        area += Math.abs(gap) * step;
        squaredArea += gap * gap * step;
    }
    return { n1: a.total, n2: b.total, maxGap, minGap, area, squaredArea };
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
        return {
            ...base,
            ks: null,
            walk: null,
            wasserstein: null,
            psi: { statistic: 0, bins: 0, errorBound: 0 },
        };
    }
    const points = Float64Array.from([...a.values, ...b.values]).sort();
    const walk = walkCdfs(a, b, points);
    const ks = Math.max(walk.maxGap, -walk.minGap);
    const distance = walk.area;
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
        walk,
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
        walk: null,
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
        // Data read against a profile takes its types, so only two profiles made apart get here.
        if ((ref.sketch === null) !== (cur.sketch === null)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`column ${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shownColumn */ .cB)(ref.name)} is ${ref.type} in the reference profile and ${cur.type} in the current one, and numbers do not compare with text`, "Make the profiles again with the column read as one type: with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one side's first rows read it as the other");
        }
        results.push(ref.sketch ? compareNumeric(ref, cur, bins) : compareStrings(ref, cur));
    }
    return results;
}


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ PolicyRefusal),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   Tw: () => (/* binding */ InvalidNameError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   oe: () => (/* binding */ EvidenceError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

/** Every failure of the registry that a user can act on. */
class RegistryError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
}
/** A name, stage, version or tag that the grammar (or git's ref rules) refuses. */
class InvalidNameError extends RegistryError {
    kind;
    value;
    constructor(kind, value, problem, fix) {
        super(`invalid ${kind} ${JSON.stringify(value)}: ${problem}`, fix);
        this.kind = kind;
        this.value = value;
    }
}
/**
 * A tag that already exists, locally or on the remote: someone else took this name first.
 * Operations re-read the registry and try again; the caller sees it only when retries run out.
 */
class TagConflictError extends RegistryError {
    tag;
    lock;
    constructor(tag, 
    /**
     * The lock file git could not create, where that was the conflict: another writer's, or one a
     * stopped git process left. Absolute, as git gives it: the registry may lie anywhere.
     */
    lock) {
        super(`tag '${tag}' already exists`, "Another promotion took it first; run again");
        this.tag = tag;
        this.lock = lock;
    }
}
/** The artifact, version or stage an operation needs is not in the registry. */
class NotFoundError extends RegistryError {
}
/** The registry policy (`.mlops/registry.yml`) or the state of the registry forbids it. */
class PolicyRefusal extends RegistryError {
}
/** The evidence (an eval report) is missing, failing, or about another model. */
class EvidenceError extends RegistryError {
}
/** A git command failed for a reason other than a conflict. */
class GitError extends RegistryError {
    args;
    stderr;
    constructor(args, stderr, fix) {
        super(`git ${args[0] ?? ""} failed: ${gitReason(stderr) || "no message"}`, fix);
        this.args = args;
        this.stderr = stderr;
    }
}
/**
 * The line of git's output that says why: its first `fatal:` or `error:` line, since advice such
 * as "Please make sure you have the correct access rights" follows it; else the last line.
 */
function gitReason(stderr) {
    const lines = stderr
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.at(-1) ?? "";
}


/***/ }),

/***/ 716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadReference)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8350);
/* harmony import */ var _engine_data_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4482);
/* harmony import */ var _engine_profile_read_profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2851);
/* harmony import */ var _registry_asset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4126);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9270);







/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;
const isProfileFile = (path) => /\.json$/i.test(path);
/**
 * Tells a data file, a profile file and a registry reference apart, and reads the profiles. A
 * registry reference is looked up where promote keeps the registry (`where`).
 */
async function loadReference(text, cwd, where = {}) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(text) ? text : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, text);
    const reference = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    if (reference && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        const found = await (0,_registry_asset_js__WEBPACK_IMPORTED_MODULE_3__/* .registryAsset */ .cc)(reference, cwd, where, {
            input: "reference",
            what: "profile asset",
            pattern: PROFILE_ASSET,
            fix: "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
        });
        return {
            kind: "registry",
            profile: await (0,_engine_profile_read_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .readProfile */ .e)(found.location, `${found.tag}/${found.name}`),
            path: found.location,
            from: `${found.tag} (${found.name})`,
        };
    }
    if (!(0,_engine_data_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .isGlob */ .fg)(text) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz("reference", `'${text}' is neither a file nor a registry reference`, "Give a data or profile file, or a registry reference such as churn#prod");
    }
    if (isProfileFile(path))
        return { kind: "profile", profile: await (0,_engine_profile_read_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .readProfile */ .e)(path, text), path, from: null };
    return { kind: "data", path };
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   s: () => (/* binding */ NAME_FIX)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, isValidName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9255);

/**
 * Artifact and stage names, as GTO accepts them (upper case too): letters and digits, with
 * '-', '_' and '/' inside. ASCII only, so that no lookalike letter can pose as another name.
 */
const NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
/** Long enough for any real name, short enough that a tag stays a valid file name. */
const MAX_NAME_LENGTH = 100;
/** Why `value` is not a valid artifact or stage name, or undefined when it is. */
function nameProblem(value) {
    if (value === "")
        return "is empty";
    if (value.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    if (/[^\x20-\x7e]/.test(value))
        return "has a character outside printable ASCII (control characters and non-ASCII lookalikes are refused)";
    // Git's ref rules (git check-ref-format), named so that the error says what is wrong.
    if (/[\s~^:?*[\\]/.test(value))
        return "has a space or one of ~ ^ : ? * [ \\";
    if (value.includes("..") || value.includes("@{"))
        return "has '..' or '@{'";
    if (value.endsWith(".lock") || value.endsWith("/") || value.endsWith("."))
        return "ends with '.lock', '/' or '.'";
    if (!NAME.test(value)) {
        const other = /[^a-zA-Z0-9\-/_]/.exec(value);
        return other
            ? `has '${other[0]}', which is not a letter, digit, '-', '_' or '/'`
            : "starts or ends with '-', '_' or '/'";
    }
    // The pattern allows '//', which git refuses in a ref (an empty path component).
    if (value.includes("//"))
        return "has an empty path component ('//')";
    return undefined;
}
/** How to write a name, for every refusal of one. */
const NAME_FIX = "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit";
function assertName(kind, value) {
    const problem = nameProblem(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(kind, value, problem, NAME_FIX);
    return value;
}
const isValidName = (value) => nameProblem(value) === undefined;


/***/ }),

/***/ 4126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ registrationOf),
/* harmony export */   cc: () => (/* binding */ registryAsset),
/* harmony export */   sM: () => (/* binding */ REGISTER_ANEW)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9255);
/* harmony import */ var _github_github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */




/**
 * The backend promote chooses with `backend: auto`: GitHub in a workflow, else the git
 * repository of the working folder, since the actions that read a reference have no registry
 * input.
 */
async function autoBackend(cwd, github) {
    const { chooseBackend } = await __webpack_require__.e(/* import() */ 25).then(__webpack_require__.bind(__webpack_require__, 2025));
    return chooseBackend({
        choice: "auto",
        path: cwd,
        repositoryFix: REFERENCE_REPOSITORY_FIX,
        github: github ?? (0,_github_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .githubContextFromEnv */ .S0)({}),
    });
}
/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
const REGISTER_ANEW = "Register the files again as a new version, named outright (such as the next patch)";
const REFERENCE_REPOSITORY_FIX = "A registry reference is read from the git repository of the working folder, or on GitHub " +
    "given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: run from inside the registry's " +
    "repository, or give a file instead";
/**
 * The registration the reference names: the stage's holder (at `at`, when given), or the
 * version. None is an error about the action input that named it, or without an input (the
 * command line's `registry fetch`) a `NotFoundError`.
 */
async function registrationOf(backend, reference, input, at) {
    // Loaded on use: most runs compare with a file.
    const { Registry } = await __webpack_require__.e(/* import() */ 656).then(__webpack_require__.bind(__webpack_require__, 656));
    const registry = new Registry({ backend });
    const registration = "stage" in reference
        ? (await registry.stageHolder(reference.artifact, reference.stage, at))?.registration
        : (await registry.artifact(reference.artifact))?.versions.get(reference.version)
            ?.registration;
    if (registration)
        return registration;
    const when = at ? ` at ${at.toISOString()}` : "";
    const problem = "stage" in reference
        ? `no version of '${reference.artifact}' is in stage '${reference.stage}'${when} (${backend.description})`
        : `'${reference.artifact}' has no version ${reference.version} (${backend.description})`;
    if (input === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_(problem, "Check the registry with mlops registry show");
    }
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, problem, "Check the registry with mlops registry show, or name a file");
}
/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
async function registryAsset(reference, cwd, where, want) {
    const backend = await (where.backend ?? autoBackend)(cwd, where.github);
    const { tag, metadata } = await registrationOf(backend, reference, want.input);
    const recorded = metadata?.assets ?? [];
    const asset = recorded.find((a) => want.pattern.test(a.name));
    const location = asset && (await backend.assetFile(tag, asset.name));
    if (!asset || !location) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release ${tag} has no ${want.what} (${recorded.map((a) => a.name).join(", ") || "no assets"})`, want.fix);
    }
    if ((await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(location)) !== asset.sha256) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`, `The stored file was changed after registration. ${REGISTER_ANEW}`);
    }
    return { tag, location, name: asset.name };
}


/***/ }),

/***/ 4036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bT: () => (/* binding */ assertVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony export VERSION_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9255);

const NUMBER = "0|[1-9]\\d*";
const PRE_ID = "0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*";
const BUILD_ID = "[0-9a-zA-Z-]+";
/** The grammar of semver.org 2.0.0, with the registry's leading "v". */
const VERSION_PATTERN = `v(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-((?:${PRE_ID})(?:\\.(?:${PRE_ID}))*))?` +
    `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const VERSION = new RegExp(`^${VERSION_PATTERN}$`);
function parseVersion(text) {
    const match = VERSION.exec(text);
    if (!match)
        return undefined;
    const numbers = [match[1], match[2], match[3]].map(Number);
    // Beyond 2^53 the numbers would compare wrongly; no real version gets there.
    if (numbers.some((n) => !Number.isSafeInteger(n)))
        return undefined;
    const [major, minor, patch] = numbers;
    return {
        major,
        minor,
        patch,
        prerelease: match[4] ? match[4].split(".") : [],
        build: match[5] ? match[5].split(".") : [],
    };
}
/** `v1` or `v1.2`: SemVer wants all three numbers, and which were meant is plain. */
const SHORT = new RegExp(`^v(${NUMBER})(?:\\.(${NUMBER}))?$`);
function assertVersion(text) {
    const version = parseVersion(text);
    if (!version) {
        const short = SHORT.exec(text);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw("version", text, "is not 'v' followed by a SemVer 2 version", short
            ? `Write all three numbers: v${short[1]}.${short[2] ?? 0}.0`
            : "Write it as v1.2.0 (optionally v1.2.0-rc.1 or v1.2.0+build.5)");
    }
    return version;
}
const formatVersion = (v) => `v${v.major}.${v.minor}.${v.patch}` +
    (v.prerelease.length ? `-${v.prerelease.join(".")}` : "") +
    (v.build.length ? `+${v.build.join(".")}` : "");
const comparePreId = (a, b) => {
    const numericA = /^\d+$/.test(a);
    const numericB = /^\d+$/.test(b);
    if (numericA && numericB)
        return Math.sign(Number(a) - Number(b));
    if (numericA !== numericB)
        return numericA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
};
/** SemVer precedence (semver.org item 11): build metadata does not count. */
function compareVersions(a, b) {
    const core = Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
    if (core !== 0)
        return core;
    if (!a.prerelease.length || !b.prerelease.length)
        return a.prerelease.length ? -1 : b.prerelease.length ? 1 : 0;
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const order = comparePreId(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return order;
    }
    return Math.sign(a.prerelease.length - b.prerelease.length);
}
/** The next release after `from` (or after v0.0.0 when there is none). */
function bumpVersion(from, bump) {
    const base = from ?? { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };
    const released = { prerelease: [], build: [] };
    // A prerelease bumps to its own release: v1.3.0-rc.1 + patch is v1.3.0, as in npm's semver.
    if (base.prerelease.length) {
        if (bump === "patch" ||
            (bump === "minor" && base.patch === 0) ||
            (bump === "major" && base.minor === 0 && base.patch === 0))
            return { major: base.major, minor: base.minor, patch: base.patch, ...released };
    }
    if (bump === "major")
        return { major: base.major + 1, minor: 0, patch: 0, ...released };
    if (bump === "minor")
        return { major: base.major, minor: base.minor + 1, patch: 0, ...released };
    return { major: base.major, minor: base.minor, patch: base.patch + 1, ...released };
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   XM: () => (/* binding */ tryParseTag),
/* harmony export */   _3: () => (/* binding */ formatTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9255);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4036);



const COUNTER = /#(0|[1-9]\d{0,14})$/;
/** The event a tag name records, or a reason why it is not a registry tag. */
function parse(tag) {
    let rest = tag;
    let counter;
    const counted = COUNTER.exec(rest);
    // `m#7` is stage 7 without a counter: a counter only follows an event.
    if (counted && /[@#]/.test(rest.slice(0, counted.index))) {
        counter = Number(counted[1]);
        rest = rest.slice(0, counted.index);
    }
    const sign = rest.search(/[@#]/);
    if (sign <= 0)
        return "has no '@' or '#' after an artifact name";
    const artifact = rest.slice(0, sign);
    const artifactProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(artifact);
    if (artifactProblem)
        return `its artifact name ${artifactProblem}`;
    const cancel = rest.endsWith("!");
    const body = rest.slice(sign + 1, cancel ? -1 : undefined);
    const withCounter = counter === undefined ? {} : { counter };
    if (rest[sign] === "@") {
        if (body === "deprecated")
            return { action: cancel ? "undeprecate" : "deprecate", artifact, ...withCounter };
        if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(body))
            return `'${body}' is not 'v' followed by a SemVer 2 version`;
        return { action: cancel ? "deregister" : "register", artifact, version: body, ...withCounter };
    }
    const stageProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(body);
    if (stageProblem)
        return `its stage ${stageProblem}`;
    return { action: cancel ? "unassign" : "assign", artifact, stage: body, ...withCounter };
}
/** The event of a registry tag; throws for any other tag. */
function parseTag(tag) {
    const parsed = parse(tag);
    if (typeof parsed === "string") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw("tag", tag, parsed, "Registry tags look like m@v1.2.0, m@v1.2.0!, m#prod#7, m#prod!#8, m@deprecated or m@deprecated!");
    }
    return parsed;
}
/** The event of a registry tag, or undefined for tags the registry does not own (v1.0, latest). */
function tryParseTag(tag) {
    const parsed = parse(tag);
    return typeof parsed === "string" ? undefined : parsed;
}
/** The tag name of an event; the inverse of parseTag. */
function formatTag(event) {
    const counter = event.counter === undefined ? "" : `#${event.counter}`;
    let tag;
    switch (event.action) {
        case "register":
        case "deregister":
            tag = `${event.artifact}@${event.version}${event.action === "deregister" ? "!" : ""}`;
            break;
        case "assign":
        case "unassign":
            tag = `${event.artifact}#${event.stage}${event.action === "unassign" ? "!" : ""}`;
            break;
        case "deprecate":
        case "undeprecate":
            tag = `${event.artifact}@deprecated${event.action === "undeprecate" ? "!" : ""}`;
            break;
    }
    // Formatting checks too, so that no invalid name ever reaches git.
    const full = `${tag}${counter}`;
    parseTag(full);
    return full;
}
/**
 * The reference `text` names, read by the tag grammar itself (a reference is a registration or
 * stage tag without a counter), or undefined when it is not one.
 */
function parseReference(text) {
    const event = tryParseTag(text);
    if (!event || event.counter !== undefined)
        return undefined;
    if (event.action === "assign")
        return { artifact: event.artifact, stage: event.stage };
    if (event.action === "register")
        return { artifact: event.artifact, version: event.version };
    return undefined;
}


/***/ })

};
