export const id = 765;
export const ids = [765];
export const modules = {

/***/ 1418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ reportFile)
/* harmony export */ });
/* harmony import */ var _files_write_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9619);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(781);


/**
 * A report as a file to write, checked against its own contract first (finite numbers
 * included) and exactly, no field it does not declare: nothing downstream reads a report its
 * schema would refuse, and a field added is added to the schema first.
 */
function reportFile(contract, report, path) {
    (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateWritten */ .gA)(contract, report, contract.id);
    return { path, text: (0,_files_write_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(report) };
}


/***/ }),

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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8350);
/* harmony import */ var _stats_range_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3019);
/* harmony import */ var _stats_scaled_moments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2095);
/* harmony import */ var _kept_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1927);
/* harmony import */ var _kll_sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/* harmony import */ var _missing_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9934);






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
/**
 * The reference's population standard deviation: its profile's, from the moments; where they
 * passed the largest double (values near 1.8e308) and the profile holds none, that of its exact
 * counts, which the deviation itself never passes; null where only a sketch is left.
 */
function referenceStd(column, cdf) {
    if (column.stddev !== null)
        return column.stddev;
    if (cdf.error > 0)
        return null;
    const weights = cdf.cumulative.map((c, i) => c - (i === 0 ? 0 : cdf.cumulative[i - 1]));
    return (0,_stats_scaled_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledMoments */ .I)(cdf.values, weights).std;
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
 * walk of two samples sums them (a repeated point steps by 0 and adds nothing), the steps
 * measured in `scale` as that walk measures them.
 */
function walkCdfs(a, b, points, scale) {
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
        const step = points[i + 1] * scale - x * scale;
        area += Math.abs(gap) * step;
        squaredArea += gap * gap * step;
    }
    return { n1: a.total, n2: b.total, maxGap, minGap, area, squaredArea, scale };
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
    const first = points[0];
    const last = points[points.length - 1];
    const scale = (0,_stats_range_scale_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeScale */ .U)(first, last);
    const walk = walkCdfs(a, b, points, scale);
    const ks = Math.max(walk.maxGap, -walk.minGap);
    const error = a.error + b.error;
    // The distance, its bound and their normed values are taken in the walk's scale, and scaled
    // back last: a bound of 0 times a span past the largest double is then 0, not NaN.
    const bound = error * (last * scale - first * scale);
    const std = referenceStd(ref, a);
    const normed = std !== null && std > 0 ? walk.area / std / scale : null;
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
            distance: walk.area / scale,
            normed,
            errorBound: bound / scale,
            normedErrorBound: normed === null ? null : bound / std / scale,
            std,
        },
        psi: { statistic: p.statistic, bins: edges.length + 1, errorBound: p.errorBound },
    };
}
function compareStrings(ref, cur) {
    const counts = (column) => new Map((column.frequent?.items ?? []).map((item) => [(0,_kept_text_js__WEBPACK_IMPORTED_MODULE_3__/* .keptText */ .ng)(String(item.value)), item.count]));
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
/**
 * Compares every column the two profiles share (by name); see `ProfileComparison`. A column
 * either side withheld (a sensitive field's, `withheldColumn`) keeps no values to compare, and
 * has no result: its callers say why.
 */
function compareProfiles(reference, current, options = {}) {
    const bins = options.bins ?? 10;
    const byName = new Map(current.columns.map((column) => [column.name, column]));
    const results = [];
    for (const ref of reference.columns) {
        const cur = byName.get(ref.name);
        if (!cur || ref.sensitive || cur.sensitive)
            continue;
        // Data read against a profile takes its types, so only two profiles made apart get here:
        // apart in their data, their contracts, or the version that read them.
        if ((ref.sketch === null) !== (cur.sketch === null)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MlopsError */ .IC(`column ${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_5__/* .shownColumn */ .cB)(ref.name)} is ${ref.type} in the reference profile and ${cur.type} in the current one, and numbers do not compare with text`, "Make the profiles again with the column read as one type: with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one side's first rows read it as the other. A profile made before Parquet string columns of ISO 8601 dates were read as dates has such a column as text: make it again, or declare the field type: string");
        }
        results.push(ref.sketch ? compareNumeric(ref, cur, bins) : compareStrings(ref, cur));
    }
    return results;
}


/***/ }),

/***/ 7958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ readMergedProfiles)
/* harmony export */ });
/* unused harmony exports mergeProfiles, mergeNamedProfiles */
/* harmony import */ var _data_column_type_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(591);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8350);
/* harmony import */ var _column_profiler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7145);
/* harmony import */ var _missing_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9934);
/* harmony import */ var _profile_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5666);
/* harmony import */ var _read_profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2851);
/* harmony import */ var _withheld_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1107);







/**
 * The profile of two datasets taken together, from their profiles alone. Counts, missing,
 * min and max are exact; mean and M2 follow Chan et al. and agree with profiling the
 * concatenation to within float rounding (relative 1e-12 in the tests); exact distinct counts and
 * frequent values stay exact while the union is under the cap; a HyperLogLog merges to the very
 * registers of the concatenation; quantiles stay within the sketch's stated rank error. The
 * profiles must share settings, missing values (the table's and each column's own, which the
 * merge keeps) and columns (same names, same order, values of one kind: integers and numbers
 * merge as numbers, text and categories as the first profile types them; a column with no values
 * in one profile, every cell missing, takes the other's type); `shown` names them in a refusal.
 * A column that either profile withheld (a sensitive field's) stays withheld: `mergeWithheld`.
 */
function mergeProfiles(a, b, shown = ["the first profile", "the second profile"]) {
    if (a.schema !== _profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._ || b.schema !== _profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`profiles to merge must both be ${_profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._}`);
    }
    (0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .requireSameMissingValues */ .IZ)({ profile: a, shown: shown[0] }, { profile: b, shown: shown[1] });
    const [first, second] = shown;
    if (JSON.stringify(a.settings) !== JSON.stringify(b.settings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`${first} and ${second} were made with different settings and cannot be merged`, "Profile both datasets with the same settings");
    }
    // A shard of no rows and no columns (an empty JSON Lines file: a day without events) adds
    // nothing, where its lack of columns would refuse the merge.
    if (b.rowCount === 0 && b.columns.length === 0)
        return a;
    if (a.rowCount === 0 && a.columns.length === 0)
        return b;
    const at = a.columns.findIndex((column, i) => column.name !== b.columns[i]?.name || !mergeable(column, b.columns[i]));
    const differs = at >= 0 ? at : a.columns.length < b.columns.length ? a.columns.length : -1;
    if (differs >= 0) {
        const [left, right] = [
            { profile: a, shown: first },
            { profile: b, shown: second },
        ];
        throw columnsDiffer(left, differs, right, differs);
    }
    return {
        schema: _profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._,
        rowCount: a.rowCount + b.rowCount,
        settings: { ...a.settings },
        ...(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .recordedMissingValues */ .VO)((0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .missingValuesOf */ .uY)(a)),
        columns: a.columns.map((column, i) => mergeColumns(column, b.columns[i], a.settings)),
    };
}
/**
 * Profiles merged in order, each named as the user knows it (`mergeProfiles`). A column's kind
 * is settled by the first profile that holds values of it, which a refusal names beside the
 * profile whose values are of another kind: the merge so far, which may have taken its type
 * from any profile before, would name only the first.
 */
function mergeNamedProfiles(named) {
    const [first, ...rest] = named;
    // Missing values first: a part read without `NA` among them has text where the others have
    // numbers with gaps, and the cause is what a refusal names.
    for (const entry of rest)
        (0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .requireSameMissingValues */ .IZ)(first, entry);
    requireOneKindPerColumn(named);
    return named
        .map((entry) => entry.profile)
        .reduce((merged, next, i) => mergeProfiles(merged, next, [first.shown, named[i].shown]));
}
/** Reads the profile files `files`, shown in errors as `shown` gives them, merged in order. */
async function readMergedProfiles(files, shown) {
    const profiles = await Promise.all(files.map((file, i) => (0,_read_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .readProfile */ .e)(file, shown[i])));
    return mergeNamedProfiles(profiles.map((profile, i) => ({ profile, shown: shown[i] })));
}
/** One column of both profiles: the side with values carries its state, and the other's count. */
function mergeColumns(a, b, settings) {
    if (a.sensitive || b.sensitive)
        return mergeWithheld(a, b);
    const [kept, other] = hasValues(a) || !hasValues(b) ? [a, b] : [b, a];
    const merged = _column_profiler_js__WEBPACK_IMPORTED_MODULE_4__/* .ColumnProfiler */ .k.fromJSON(kept, settings);
    // A column with no values has no sketch or counts of the other's kind to merge: only its rows.
    if (hasValues(other))
        merged.merge(_column_profiler_js__WEBPACK_IMPORTED_MODULE_4__/* .ColumnProfiler */ .k.fromJSON(other, settings));
    else
        merged.missing += other.missing;
    return merged.toJSON();
}
/**
 * One column of both profiles where either side withheld its values (a sensitive field's): the
 * merge withholds them too, whatever the other side keeps, and adds the counts. Without the
 * values nor the registers, distinct counts do not add up: the merge's is the larger part's, a
 * least count of the whole, not exact unless the other part has no values.
 */
function mergeWithheld(a, b) {
    const [kept, other] = hasValues(a) || !hasValues(b) ? [a, b] : [b, a];
    // Integers and numbers make numbers, as ColumnProfiler.merge has it.
    const widened = hasValues(other) && other.type !== kept.type && (0,_data_column_type_js__WEBPACK_IMPORTED_MODULE_5__/* .isNumericType */ .c)(kept.type);
    const distinct = hasValues(other)
        ? {
            value: Math.max(a.distinct.value, b.distinct.value),
            exact: false,
            relativeError: Math.max(a.distinct.relativeError, b.distinct.relativeError),
            hll: null,
        }
        : kept.distinct;
    return (0,_withheld_values_js__WEBPACK_IMPORTED_MODULE_6__/* .withheldColumn */ .EN)({
        ...kept,
        type: widened ? "numeric" : kept.type,
        count: a.count + b.count,
        missing: a.missing + b.missing,
        infinite: a.infinite + b.infinite,
        distinct,
    });
}
/** Whether a column holds a value: one whose every cell is missing has none to disagree with. */
const hasValues = (column) => column.count + column.infinite > 0;
/** The kind of value a type holds; columns of one kind merge. */
const kindOf = (type) => type === "integer" || type === "numeric"
    ? "numbers"
    : type === "categorical" || type === "text"
        ? "strings"
        : type;
const mergeable = (a, b) => !hasValues(a) || !hasValues(b) || kindOf(a.type) === kindOf(b.type);
/**
 * Refuses profiles of other columns than those of the first profile with values in each: see
 * `mergeNamedProfiles`. Columns are matched by name here; their order is `mergeProfiles`'s check.
 */
function requireOneKindPerColumn(named) {
    const settled = new Map();
    for (const entry of named) {
        entry.profile.columns.forEach((column, index) => {
            if (!hasValues(column))
                return;
            const by = settled.get(column.name);
            if (by === undefined)
                settled.set(column.name, { entry, index });
            else if (!mergeable(by.entry.profile.columns[by.index], column)) {
                throw columnsDiffer(by.entry, by.index, entry, index);
            }
        });
    }
}
/**
 * Two profiles whose columns differ: the first at `at` in `a`, at `bt` in `b` (absent past the
 * end). Where both name the same column, its types differ, and the fix is to read it as one.
 */
function columnsDiffer(a, at, b, bt) {
    const [left, right] = [a.profile.columns[at], b.profile.columns[bt]];
    const sameName = left !== undefined && left.name === right?.name;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlopsError */ .IC(`${a.shown} and ${b.shown} differ in their columns: column ${bt + 1} is ${columnOf(a.profile, at)} in ${a.shown} and ${columnOf(b.profile, bt)} in ${b.shown}`, sameName
        ? `Make the profiles again with column ${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shownColumn */ .cB)(left.name)} read as one type: each with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one part's first rows read it as the other`
        : "Merge profiles of datasets with the same columns and types, in the same order");
}
/** A profile's column at `index` for a line of text: its name, cut short, and its type. */
const columnOf = (profile, index) => {
    const column = profile.columns[index];
    return column === undefined ? "absent" : `${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shownColumn */ .cB)(column.name)} (${column.type})`;
};


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ laterDatetimes),
/* harmony export */   T: () => (/* binding */ laterDateTexts)
/* harmony export */ });
/* harmony import */ var _data_parse_cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2646);
/* harmony import */ var _report_format_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5588);


/**
 * Past this share of the current values later than every reference value, a column of dates
 * reads as a timestamp of when each row was made: data gathered after the reference.
 */
const MOSTLY_LATER = 0.5;
const WEEK_MS = 7 * 86_400_000;
/**
 * Whether `time` is later than every reference date and within twice the reference's span (a
 * week at least) of its last: where a timestamp moves on to. A date far past it (`9999-12-31`
 * for "no end") is a placeholder or a defect, which the finding must not explain away.
 */
const justLater = (time, { first, last }) => time > last && time <= last + Math.max(2 * (last - first), WEEK_MS);
/**
 * What to say of a column of dates whose current values lie mostly just past the reference's
 * last (`justLater`): a timestamp moves on with the calendar, so each new batch holds dates the
 * reference never had, and any comparison of the two finds them apart. Each caller adds what
 * that means for its own check. Null where at most half the current values are so.
 */
function laterDates(later, total) {
    if (total === 0 || later <= MOSTLY_LATER * total)
        return null;
    // Rounded down, so that a share short of all never reads 100%.
    const which = later === total ? "all" : `${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShare */ .T1)(Math.floor((later / total) * 1000) / 1000)} of the`;
    return `${which} current values are later than every reference value, as in a timestamp`;
}
/**
 * `laterDates` for a column read as dates: `span` is the reference's, `current` the current
 * values sorted, weighted where they are a sketch's.
 */
function laterDatetimes(type, span, current) {
    if (type !== "datetime")
        return null;
    let later = 0;
    let total = 0;
    for (let i = 0; i < current.values.length; i++) {
        const weight = current.weights?.[i] ?? 1;
        total += weight;
        if (justLater(current.values[i], span))
            later += weight;
    }
    return laterDates(later, total);
}
/**
 * `laterDates` for a column of text whose every reference value is an ISO 8601 date or
 * date-time (one a data contract declares a string), from each side's counts per value. A
 * current value that is no date is not later. Null where a reference value is no date, as the
 * values a profile's counts lump together ("(other)") are not.
 */
function laterDateTexts(reference, current) {
    let first = Infinity;
    let last = -Infinity;
    for (const value of reference.keys()) {
        const time = (0,_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(value);
        if (Number.isNaN(time))
            return null;
        first = Math.min(first, time);
        last = Math.max(last, time);
    }
    let later = 0;
    let total = 0;
    for (const [value, count] of current) {
        total += count;
        // NaN, a value that is no date, compares false.
        if (justLater((0,_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatetime */ .X7)(value), { first, last }))
            later += count;
    }
    return laterDates(later, total);
}


/***/ }),

/***/ 2095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ scaledMoments)
/* harmony export */ });
/**
 * 2^-1000: brings the largest double down to about 1.7e7, whose squares sums of billions of
 * values hold. A power of two, so scaling is exact, but for values below 2^-22, whose lost bits
 * cannot matter beside values so large that the sums overflowed.
 */
const DOWN = 2 ** -1000;
/**
 * Mean and population standard deviation (ddof = 0) of finite values, each with its weight (1
 * where no weights are given), for values whose sums pass the largest double (values near
 * 1.8e308): the moments of the values scaled down by DOWN, scaled back up. Both are finite for
 * any finite values, the mean lying between them and the deviation being at most half their
 * range; NaN for no values.
 */
function scaledMoments(values, weights) {
    // Offsets from the first value, so that equal values, whose sum would round, have none.
    const pivot = values.length > 0 ? values[0] * DOWN : 0;
    let total = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights ? weights[i] : 1;
        total += w;
        sum += w * (values[i] * DOWN - pivot);
    }
    const shift = sum / total;
    let squares = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] * DOWN - pivot - shift;
        squares += (weights ? weights[i] : 1) * d * d;
    }
    return { mean: (pivot + shift) / DOWN, std: Math.sqrt(squares / total) / DOWN };
}


/***/ }),

/***/ 6734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   aP: () => (/* binding */ warnIn)
/* harmony export */ });
/* unused harmony export manifestOf */

/** Shows `message` as the host shows warnings, or logs it as a `warning:` line where it has none. */
function warnIn(context, message) {
    if (context.warn)
        context.warn(message);
    else
        context.log(`warning: ${message}`);
}
const defineAction = (definition) => definition;
const manifestOf = (name) => manifests[name];


/***/ }),

/***/ 716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadReference),
/* harmony export */   U: () => (/* binding */ shownPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8350);
/* harmony import */ var _engine_data_glob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4482);
/* harmony import */ var _engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2579);
/* harmony import */ var _engine_files_file_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3794);
/* harmony import */ var _engine_profile_merge_profiles_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7958);
/* harmony import */ var _engine_profile_read_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2851);
/* harmony import */ var _registry_asset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4126);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9270);










/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;
const isProfileFile = (path) => /\.json$/i.test(path);
/** A reference's paths (or globs) as a line shows them: relative to `cwd`, comma-separated. */
const shownPaths = (paths, cwd) => paths.map((path) => (0,_engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(cwd, path)).join(", ");
/**
 * Tells data, profile files (or globs of them, merged) and a registry reference apart, and
 * reads the profiles. `given` is one path, glob or registry reference, or a list of paths and
 * globs: data files read as one table, or profiles merged into one, a file that two of them
 * name counted once. A registry reference is looked up where promote keeps the registry
 * (`where`).
 */
async function loadReference(given, cwd, where = {}) {
    const texts = typeof given === "string" ? [given] : given;
    const paths = texts.map((text) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(text) ? text : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, text)));
    const [text, path] = [texts[0], paths[0]];
    const reference = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(text);
    if (texts.length === 1 && reference && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        const found = await (0,_registry_asset_js__WEBPACK_IMPORTED_MODULE_4__/* .registryAsset */ .cc)(reference, cwd, where, {
            input: "reference",
            what: "profile asset",
            pattern: PROFILE_ASSET,
            fix: "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
        });
        return {
            kind: "registry",
            profile: await (0,_engine_profile_read_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .readProfile */ .e)(found.location, `${found.tag}/${found.name}`),
            paths: [found.location],
            files: [found.location],
            from: `${found.tag} (${found.name})`,
        };
    }
    texts.forEach((item, i) => requirePath(item, paths[i], texts.length));
    const profiles = paths.filter(isProfileFile).length;
    if (profiles === 0)
        return { kind: "data", paths };
    if (profiles < paths.length)
        throw mixedReference(texts);
    // Globs of profiles (a rolling window of daily ones) merge as compare mode's current does; a
    // file named twice, by two items or through a link, once (`fileIdentity`).
    const files = new Map();
    for (const [i, item] of texts.entries()) {
        for (const path of await profileFiles(paths[i], item)) {
            // A link that leads nowhere is left to the read, which names it.
            const identity = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,_engine_files_file_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .fileIdentity */ .l)(path) : path;
            const shown = (0,_engine_data_glob_js__WEBPACK_IMPORTED_MODULE_7__/* .isGlob */ .fg)(item) ? (0,_engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(cwd, path) : item;
            if (!files.has(identity))
                files.set(identity, { path, shown });
        }
    }
    const read = [...files.values()];
    const profile = await (0,_engine_profile_merge_profiles_js__WEBPACK_IMPORTED_MODULE_8__/* .readMergedProfiles */ .XW)(read.map((file) => file.path), read.map((file) => file.shown));
    return { kind: "profile", profile, paths, files: read.map((file) => file.path), from: null };
}
/**
 * Refuses an item of the reference that names no file and is no glob: a registry reference
 * (which stands alone, naming one version's profile) among others, or a path that is wrong.
 */
function requirePath(text, path, items) {
    if ((0,_engine_data_glob_js__WEBPACK_IMPORTED_MODULE_7__/* .isGlob */ .fg)(text) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return;
    if (items > 1 && (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(text)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz("reference", `'${text}' is a registry reference, which names one version's profile and cannot be listed with other references`, "Give the registry reference alone, or list only files and globs");
    }
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz("reference", `'${text}' is neither a file nor a registry reference`, 
    // A comma separates no items here, as a file name may hold one.
    text.includes(",")
        ? "To give several files or globs, give one a line (or --reference once for each)"
        : "Give a data or profile file, or a registry reference such as churn#prod");
}
/** The refusal of a list of references that names both data and profiles. */
function mixedReference(texts) {
    const profile = texts.find(isProfileFile);
    const data = texts.find((text) => !isProfileFile(text));
    return new _engine_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz("reference", `lists data ('${data}') and profiles ('${profile}'), which cannot be compared as one`, "List only data files, read as one table, or only profile files, merged into one");
}
/** The profile files `path` names: itself, or a glob's matches, of which there must be some. */
async function profileFiles(path, text) {
    const files = await (0,_engine_data_glob_js__WEBPACK_IMPORTED_MODULE_7__/* .expandGlob */ .hT)(path);
    if (files.length > 0)
        return files;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz("reference", `no file matches '${text}'`, "Check the path and the pattern: it names the reference's profile files, such as profiles/2024-05-*.json, which are merged into one");
}


/***/ }),

/***/ 4126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ registrationOf),
/* harmony export */   cc: () => (/* binding */ registryAsset),
/* harmony export */   sM: () => (/* binding */ REGISTER_ANEW)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1636);
/* harmony import */ var _github_github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */





/**
 * The backend promote would choose with the same `registry` and `backend` inputs. A `registry`
 * other than the working folder is refused where `auto` chooses GitHub: it would be left unread,
 * and the reference looked up elsewhere than the user named.
 */
async function referenceBackend(cwd, where) {
    const { chooseBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 883));
    const backend = await chooseBackend({
        choice: where.backend ?? "auto",
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, where.path ?? "."),
        repositoryFix: REFERENCE_REPOSITORY_FIX,
        github: where.github ?? (0,_github_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContextFromEnv */ .S0)({}),
    });
    const named = where.path !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, where.path) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd);
    if (named && backend.kind !== "git" && (where.backend ?? "auto") === "auto") {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("registry", `'${where.path}' is a local repository, but backend auto reads the registry on GitHub (${backend.description}), where a token and a repository are known`, "Set backend: git to read the repository named by registry, or leave registry out to read GitHub's");
    }
    return backend;
}
/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
const REGISTER_ANEW = "Register the files again as a new version, named outright (such as the next patch)";
const REFERENCE_REPOSITORY_FIX = "A registry reference is read from the git repository named by registry (the working folder " +
    "by default), or on GitHub given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: give " +
    "the path of the registry's repository as registry, or give a file instead";
/**
 * The registration the reference names: the stage's holder (at `at`, when given), or the
 * version. None is an error about the action input that named it, or without an input (the
 * command line's `registry fetch`) a `NotFoundError`.
 */
async function registrationOf(backend, reference, input, at) {
    // Loaded on use: most runs compare with a file.
    const { Registry } = await Promise.all(/* import() */[__webpack_require__.e(560), __webpack_require__.e(236), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 656));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_(problem, "Check the registry with mlops registry show");
    }
    // The problem names the repository looked in; a local one may just be the wrong one.
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, problem, backend.kind === "git"
        ? "Give the path of the registry's git repository as registry (mlops registry show --registry <path> lists what one holds), or name a file"
        : "Check the registry with mlops registry show, or name a file");
}
/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
async function registryAsset(reference, cwd, where, want) {
    const backend = await referenceBackend(cwd, where);
    const { tag, metadata } = await registrationOf(backend, reference, want.input);
    const recorded = metadata?.assets ?? [];
    const asset = recorded.find((a) => want.pattern.test(a.name));
    const location = asset && (await backend.assetFile(tag, asset.name));
    if (!asset || !location) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release ${tag} has no ${want.what} (${recorded.map((a) => a.name).join(", ") || "no assets"})`, want.fix);
    }
    if ((await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(location)) !== asset.sha256) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`, `The stored file was changed after registration. ${REGISTER_ANEW}`);
    }
    return { tag, location, name: asset.name };
}


/***/ })

};
