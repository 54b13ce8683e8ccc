export const id = 61;
export const ids = [61];
export const modules = {

/***/ 7676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ nestedKeyNote),
/* harmony export */   s: () => (/* binding */ nestedValueOf)
/* harmony export */ });
/* harmony import */ var _engine_data_batch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9098);

/**
 * JSON Lines' nested values: an object or an array in a line is read as one column of its JSON
 * text, not as a column per key, so a contract names the object's column (`user`), never a key
 * inside it (`user.age`).
 */
/** The JSON value `text` writes, where it writes an object or an array; else `undefined`. */
function nestedValueOf(text) {
    if (!/^\s*[[{]/.test(text))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === "object" && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** The rows of a batch looked at for an object with the key: a column of objects shows it soon. */
const ROWS_LOOKED_AT = 100;
/**
 * Why field `name` has no value where it names a key of a column of JSON objects (`user.age`
 * of `user`, whose first rows in `batch` have objects with `age`): the note of each of its rows
 * that fails `required`; `undefined` for any other field.
 */
function nestedKeyNote(batch, name) {
    for (let at = name.indexOf("."); at > 0; at = name.indexOf(".", at + 1)) {
        const parent = name.slice(0, at);
        const column = (0,_engine_data_batch_js__WEBPACK_IMPORTED_MODULE_0__/* .columnOf */ .uV)(batch, parent);
        if (column === undefined)
            continue;
        const key = name.slice(at + 1).split(".")[0];
        for (let row = 0; row < Math.min(batch.length, ROWS_LOOKED_AT); row++) {
            const value = (0,_engine_data_batch_js__WEBPACK_IMPORTED_MODULE_0__/* .cellValue */ .Or)(column, row);
            const nested = typeof value === "string" ? nestedValueOf(value) : undefined;
            if (nested !== undefined && !Array.isArray(nested) && Object.hasOwn(nested, key)) {
                return `no value: ${JSON.stringify(parent)} holds JSON objects, read as one column of their text, not a column per key; flatten the data first (jq, or pandas.json_normalize)`;
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 9251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ describeCell),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   mb: () => (/* binding */ describeExample),
/* harmony export */   wU: () => (/* binding */ rowInFile)
/* harmony export */ });
/* harmony import */ var _engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3262);
/* harmony import */ var _engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5588);
/* harmony import */ var _engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7382);
/* harmony import */ var _engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6062);
/* harmony import */ var _engine_report_report_headline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2153);
/* harmony import */ var _engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5579);
/* harmony import */ var _check_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3072);







/**
 * What a failing cell holds and why it fails: `"C00150" (duplicate of line 151)`; a sensitive
 * field's cell by its field alone, `field 'email' (value withheld: sensitive)`.
 */
function describeCell(example) {
    const value = example.value !== null
        ? JSON.stringify(example.value)
        : (0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .isWithheld */ .Ys)(example) && example.column !== null
            ? `field '${example.column}'`
            : "";
    const note = example.note === null ? "" : `(${example.note})`;
    return [value, note].filter((part) => part !== "").join(" ");
}
/**
 * The rows of examples in their own files: the report's `row` counts the rows of the whole
 * dataset, and its files, in the order read, say where each file's rows start.
 */
function rowInFile(files) {
    const starts = new Map();
    let start = 0;
    for (const { file, rows } of files) {
        starts.set(file, start);
        start += rows;
    }
    return ({ file, row }) => (row === null ? null : row - (starts.get(file) ?? 0));
}
/**
 * Where a failing row is and what it holds; not sanitised (the caller sanitises). `row` names a
 * row without a line (Parquet's) in its file; by default, the example's row in the dataset.
 */
function describeExample(example, row = example.row) {
    // A read that stopped before its first row (a Parquet file that does not open) has neither.
    const where = example.line !== null
        ? `${example.file}:${example.line}`
        : row !== null
            ? `${example.file} row ${row}`
            : example.file;
    const cell = describeCell(example);
    return cell === "" ? where : `${where}: ${cell}`;
}
function observed(check) {
    // The table of other checks shows no notes: a check that did not run says why here.
    if (check.status === "skipped")
        return (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(check.note ?? "not run");
    if (check.level === "row") {
        return check.evaluated ? `${check.failed} of ${check.evaluated} failed` : "no values";
    }
    if (typeof check.observed === "number")
        return (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(check.observed);
    return check.observed === null ? "—" : (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(check.observed);
}
const cellsOf = (row) => (check) => [
    (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(check.id),
    (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(check.expected),
    observed(check),
    (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)([
        ...check.examples.map((example) => describeExample(example, row(example))),
        ...(check.note ? [check.note] : []),
    ].join("; ")),
];
/**
 * The job summary: the verdict, a table of the failed checks with their first failing rows, the
 * passed checks that covered part of the data (a key set that reached `x-mlops.maxKeys`) with
 * their notes, what was validated, and the other checks folded away. Everything taken from the
 * data or the contract is sanitised. `partialChecks`: the ids of the checks that covered part of
 * the data (`StreamOutcome.partialChecks`).
 */
function renderSummary(report, partialChecks = new Set()) {
    const { counts, data } = report;
    const failed = report.checks.filter((check) => check.status === "fail");
    const partial = report.checks.filter((c) => c.status === "pass" && partialChecks.has(c.id));
    const passed = report.checks.filter((c) => c.status !== "fail" && !partial.includes(c));
    const skipped = counts.skipped === 0 ? "" : `, ${counts.skipped} skipped`;
    const inPart = partial.length === 0 ? "" : `, ${partial.length} of them only in part`;
    const headline = report.valid
        ? (0,_engine_report_report_headline_js__WEBPACK_IMPORTED_MODULE_3__/* .reportHeadline */ .J)("validate-data", "pass", `${(0,_engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(counts.passed, "check")} passed${inPart}${skipped}`)
        : (0,_engine_report_report_headline_js__WEBPACK_IMPORTED_MODULE_3__/* .reportHeadline */ .J)("validate-data", "fail", `${counts.failed} of ${counts.checks} checks failed`);
    const share = data.rows === 0 ? "" : ` (${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)((100 * counts.invalid_rows) / data.rows)}%)`;
    const files = data.files.length === 1
        ? (0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(data.files[0].file)
        : `${data.files.length} files of ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(data.source)}`;
    const headers = ["Check", "Expected", "Observed", "Examples and Notes"];
    const cells = cellsOf(rowInFile(data.files));
    // The failed checks come first: should GitHub's size limit cut the summary, they stay.
    const parts = [
        headline,
        ...(failed.length > 0 ? ["", (0,_engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Q)(headers, failed.map(cells))] : []),
        ...(partial.length > 0
            ? [
                "",
                "Passed over part of the keys only: past `x-mlops.maxKeys` no new key was held, so the duplicates of a later key were not looked for.",
                "",
                (0,_engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Q)(headers, partial.map(cells)),
            ]
            : []),
    ];
    parts.push("", `${files}: ${(0,_engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(data.rows, "row")}, ${(0,_engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_6__/* .groupDigits */ .K)(counts.invalid_rows)} failing a row check${share}; digest ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(data.digest.slice(0, 12))}. Contract ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.contract.file)}${report.reference_profile ? `, reference profile ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.reference_profile.file)}` : ""}.`, ...report.notes.map((note) => `\n> ${(0,_engine_report_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeMarkdown */ .LO)(note)}`));
    if (passed.length > 0) {
        parts.push("", `<details><summary>${(0,_engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(passed.length, "other check")}</summary>`, "", (0,_engine_report_markdown_table_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Q)([...headers.slice(0, 3), "Status"], passed.map((check) => [...cells(check).slice(0, 3), check.status])), "", "</details>");
    }
    return `${parts.join("\n")}\n`;
}


/***/ }),

/***/ 7571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ spellingHint),
/* harmony export */   oR: () => (/* binding */ numberCharsOf),
/* harmony export */   yB: () => (/* binding */ optionsText)
/* harmony export */ });
/* harmony import */ var _engine_data_cell_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7931);
/* harmony import */ var _engine_data_column_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5988);
/* harmony import */ var _engine_data_date_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4247);
/* harmony import */ var _engine_data_infer_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(403);
/* harmony import */ var _engine_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2646);





/**
 * The number spellings tried, the fewest options first: a decimal comma alone (`0,143`), with
 * points between groups (`1.037,50`), and commas between groups (`1,234.50`).
 */
const NUMBER_CHARS = [
    { decimalChar: "," },
    { decimalChar: ",", groupChar: "." },
    { groupChar: "," },
];
/**
 * Per spelling of `NUMBER_CHARS`, whether a field of `type` so written reads a cell, asked of
 * the builder that reads such a field's column: an option is then named only where declaring it
 * reads the cell (`27.0` is a number with commas between groups, but no integer).
 */
function fieldReaders(type) {
    return NUMBER_CHARS.map((chars) => {
        const field = { name: "", type, ...chars };
        const builder = (0,_engine_data_cell_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .spelledBuilder */ .xv)((0,_engine_data_column_builder_js__WEBPACK_IMPORTED_MODULE_1__/* .columnBuilder */ .yl)("", (0,_engine_data_infer_type_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedType */ .hI)(field), field), (0,_engine_data_cell_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .spellingOf */ .k2)(field));
        // One row, filled again by each cell tried.
        builder.start(1);
        return (text) => builder.appendText(text, 0) === undefined;
    });
}
const READERS = {
    number: fieldReaders("number"),
    integer: fieldReaders("integer"),
};
/**
 * Whether a field of `type` written with `NUMBER_CHARS[index]` reads `text`. A first group of
 * `0` (`0,143`) is no group that numbers are written with, though the field reads it.
 */
function readsWith(type, index, text) {
    const group = NUMBER_CHARS[index].groupChar;
    const at = group === undefined ? -1 : text.indexOf(group);
    if (at !== -1 && /^[+-]?0$/.test(text.slice(0, at)))
        return false;
    return READERS[type][index](text);
}
/**
 * The spellings (of `NUMBER_CHARS`) with which a field of `type` reads every one of `texts`:
 * none, one, or a decimal comma and commas between groups both, for values such as `1,234`,
 * which either reads. A spelling is left out where one with fewer options before it reads them
 * all.
 */
function numberCharsOf(texts, type = "number") {
    const values = [...texts];
    const found = NUMBER_CHARS.filter((_, index) => values.every((text) => readsWith(type, index, text)));
    // What a decimal comma alone reads, it reads with points between groups too.
    return found.filter((chars) => chars.groupChar !== "." || !found.includes(NUMBER_CHARS[0]));
}
/** The options as a contract writes them: `decimalChar: "," and groupChar: "."`. */
const optionsText = (options) => Object.entries(options)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(" and ");
/**
 * A boolean's words other than the default, each pair's true first, in lower case: a cell that
 * is one of them in any case is given its pair in the same case.
 */
const BOOLEAN_WORDS = [
    ["yes", "no"],
    ["y", "n"],
    ["t", "f"],
    ["on", "off"],
    ["ja", "nein"],
    ["oui", "non"],
];
/** `word` in the case `like` is written in: `NO` for `YES`, `No` for `Yes`, `no` for `yes`. */
function sameCase(word, like) {
    if (like === like.toUpperCase())
        return word.toUpperCase();
    if (like[0] === like[0].toUpperCase())
        return word[0].toUpperCase() + word.slice(1);
    return word;
}
/** `trueValues` and `falseValues` that read `text`, when it is a common word for true or false. */
function booleanOptions(text) {
    const lower = text.toLowerCase();
    const pair = BOOLEAN_WORDS.find((words) => words.includes(lower));
    if (pair === undefined)
        return undefined;
    const [truth, falsehood] = pair.map((word) => sameCase(word, text));
    return { trueValues: [truth], falseValues: [falsehood] };
}
/** The patterns tried on a date written otherwise than ISO 8601: day and month orders, times. */
const DATE_PATTERNS = [
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%Y %I:%M %p",
].map((format) => ({ format, read: (0,_engine_data_date_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .compileDatePattern */ .S_)(format) }));
/** Two runs of digits apart, as a date has: a cell that may be a date written another way. */
const DATE_LIKE = /\d\D+\d/;
/** ISO 8601's date, which a cell may begin with and be no date (`2024-02-30`). */
const ISO_DATE = /^\d{4}-\d\d-\d\d/;
/** The hint of a date field's cell: the patterns that read it, else that a pattern may. */
function dateHint(text, withTime) {
    const formats = DATE_PATTERNS.filter(({ read }) => {
        const iso = read(text, withTime);
        return iso !== undefined && !Number.isNaN((0,_engine_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDatetime */ .X7)(iso));
    }).map(({ format }) => JSON.stringify(format));
    if (formats.length > 0)
        return `give the field format: ${formats.join(" or ")} to read it`;
    return DATE_LIKE.test(text) && !ISO_DATE.test(text)
        ? `written otherwise than ISO 8601? give the field a format, a pattern such as "%d/%m/%Y"`
        : undefined;
}
/**
 * The hint of an integer field's cell that is a whole number written as a float (`27.0`): pandas
 * writes an integer column with a missing value so, its type then being float64.
 */
const WHOLE_FLOAT = "a whole number written as a float, as pandas writes an integer column with missing values: declare the field number, or write the column with pandas' Int64 type";
/**
 * Whether `text` writes a whole number as a float (`27.0`, `1e3`) that a number holds exactly,
 * as `WHOLE_FLOAT` advises: not an integer written as one (`9007199254740993`, which the field
 * refuses for its size), nor one past 2^53, which a number field would hold rounded.
 */
const isWholeFloat = (text) => /[.eE]/.test(text) && Number.isSafeInteger((0,_engine_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberCell */ .to)(text));
/** The longest cell given a hint: longer, it is no number, word or date of these spellings. */
const MAX_HINTED_LENGTH = 64;
/**
 * How to declare `field` so that it reads `text`, which it refused, or `undefined` where no
 * common spelling does. Only a field of Table Schema's default spelling is given one: a field
 * with options of its own says in its expected values how its cells are written.
 */
function spellingHint(field, text) {
    if (text.length > MAX_HINTED_LENGTH || (0,_engine_data_cell_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .spellingOf */ .k2)(field) !== undefined)
        return undefined;
    switch (field.type) {
        case "number":
        case "integer": {
            const found = numberCharsOf([text], field.type);
            if (found.length > 0)
                return `give the field ${found.map(optionsText).join(" or ")} to read it`;
            return field.type === "integer" && isWholeFloat(text) ? WHOLE_FLOAT : undefined;
        }
        case "boolean": {
            const options = booleanOptions(text);
            return options && `give the field ${optionsText(options)} to read it`;
        }
        case "date":
        case "datetime":
            return dateHint(text, field.type === "datetime");
        default:
            return undefined;
    }
}


/***/ }),

/***/ 9061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-error.js
var data_error = __webpack_require__(8991);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-batches.js + 18 modules
var read_batches = __webpack_require__(3456);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-format.js
var data_format = __webpack_require__(6862);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/input-files.js
var input_files = __webpack_require__(4800);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/engine/profile/profile-dataset.js
var profile_dataset = __webpack_require__(4607);
// EXTERNAL MODULE: ./shared/dist/engine/profile/withheld-values.js
var withheld_values = __webpack_require__(1107);
// EXTERNAL MODULE: ./shared/dist/engine/profile/missing-values.js
var missing_values = __webpack_require__(9934);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(8835);
// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 5 modules
var choose_backend = __webpack_require__(883);
// EXTERNAL MODULE: ./shared/dist/platform/registry/load-reference.js
var load_reference = __webpack_require__(716);
// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/check-result.js
var check_result = __webpack_require__(3072);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/data-digest.js


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
/**
 * Each file's sha256, taken as a read of the files reads them (`onFileDigest`, given as the
 * read's option): the file is read once, and its digest is of the bytes checked. `of` hashes
 * afterwards only the files the read did not (Parquet, or a read that stopped before a file's
 * end), one file at a time: a glob of thousands must not open them all at once.
 */
class FileDigests {
    read = new Map();
    onFileDigest = (file, sha256) => {
        this.read.set(file, sha256);
    };
    async of(files) {
        const digests = [];
        for (const path of files)
            digests.push(this.read.get(path) ?? (await (0,hash_file/* hashFile */.D)(path)));
        return digests;
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/compare-profiles.js
var compare_profiles = __webpack_require__(1991);
// EXTERNAL MODULE: ./shared/dist/engine/profile/kll-sketch.js + 1 modules
var kll_sketch = __webpack_require__(1815);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/dist/engine/stats/later-dates.js
var later_dates = __webpack_require__(2563);
// EXTERNAL MODULE: ./shared/dist/engine/stats/scaled-moments.js
var scaled_moments = __webpack_require__(2095);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/data-contract.js + 15 modules
var data_contract = __webpack_require__(7815);
// EXTERNAL MODULE: ./shared/dist/engine/data/batch.js
var data_batch = __webpack_require__(9098);
// EXTERNAL MODULE: ./shared/dist/engine/data/text-bytes.js
var text_bytes = __webpack_require__(1837);
// EXTERNAL MODULE: ./shared/dist/engine/profile/hash.js
var hash = __webpack_require__(319);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/distinct-counts.js



/** Up to how many distinct values a field with a `distinct` check has them counted exactly. */
const EXACT_DISTINCT_CAP = 65_536;
/** `lastHash` as signed words, which a hot loop holds without boxing them on the heap. */
const hashWords = new Int32Array(hash/* lastHash */.dc.buffer);
/**
 * A set of 64-bit hashes: open addressing over one typed array of two words a slot, at most
 * half of the slots taken, so 16 to 32 bytes a value (1 MiB at `EXACT_DISTINCT_CAP`) whatever
 * the values' length, and no object made per value. It takes no more once past `limit`.
 */
class HashSet64 {
    limit;
    /** Per slot, a hash's high and low words; (0, 0) marks a free slot. */
    slots = new Int32Array(2 * 1024);
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds the hash in `lastHash`. */
    addLastHash() {
        if (this.size > this.limit)
            return;
        const hi = hashWords[0];
        // The one hash equal to a free slot stands for (0, 1): a collision as unlikely as any other.
        const lo = (hi | hashWords[1]) === 0 ? 1 : hashWords[1];
        const slots = this.slots;
        const mask = (slots.length >> 1) - 1;
        for (let slot = lo & mask;; slot = (slot + 1) & mask) {
            const h = slots[2 * slot];
            const l = slots[2 * slot + 1];
            if (h === hi && l === lo)
                return;
            if ((h | l) !== 0)
                continue;
            slots[2 * slot] = hi;
            slots[2 * slot + 1] = lo;
            if (++this.size * 2 > mask + 1)
                this.grow();
            return;
        }
    }
    /** Doubles the slots and places every hash again. */
    grow() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2);
        const mask = (slots.length >> 1) - 1;
        for (let at = 0; at < old.length; at += 2) {
            const hi = old[at];
            const lo = old[at + 1];
            if ((hi | lo) === 0)
                continue;
            let slot = lo & mask;
            while ((slots[2 * slot] | slots[2 * slot + 1]) !== 0)
                slot = (slot + 1) & mask;
            slots[2 * slot] = hi;
            slots[2 * slot + 1] = lo;
        }
        this.slots = slots;
    }
}
/**
 * One field's distinct values, counted exactly up to `EXACT_DISTINCT_CAP` for its `distinct`
 * check: past its own cap of 1,024, which keeps profiles small and mergeable, the profile has a
 * HyperLogLog estimate, and a bound of 2,000 categories would fail on an estimate of 2,008.
 * The values are counted as the profile counts them (finite numbers, -0 as 0; texts by their
 * bytes, never made strings), by a 64-bit hash of each rather than the value itself: 60,000
 * distinct texts of 2 KB would hold 120 MB. Two of the 65,536 values at the cap share a hash,
 * and count as one, with odds of about 65,536² / 2^65 ≈ 1.2e-10. Past the cap the hashes are
 * dropped, and the profile's estimate stands.
 */
class ExactDistinct {
    hashes = new HashSet64(EXACT_DISTINCT_CAP);
    /** Whether any batch had the column. */
    seen = false;
    /** The bytes of a dictionary's text, hashed as a cell's bytes are. */
    scratch = new Uint8Array(256);
    /** The batch's codes in use, each hashed once. */
    used = new Uint8Array(0);
    add(column) {
        this.seen = true;
        const hashes = this.hashes;
        if (hashes === undefined)
            return;
        if ("bytes" in column)
            addCells(column, hashes);
        else if ("values" in column)
            addNumbers(column.values, hashes);
        else
            this.addCodes(column, hashes);
        if (hashes.size > EXACT_DISTINCT_CAP)
            this.hashes = undefined;
    }
    /** The exact count; null past the cap, undefined where no batch had the column. */
    get count() {
        if (!this.seen)
            return undefined;
        return this.hashes === undefined ? null : this.hashes.size;
    }
    addCodes({ codes, dictionary }, hashes) {
        if (this.used.length < dictionary.length)
            this.used = new Uint8Array(dictionary.length * 2);
        const used = this.used;
        for (let i = 0; i < codes.length; i++)
            if (codes[i] >= 0)
                used[codes[i]] = 1;
        for (let code = 0; code < dictionary.length; code++) {
            if (used[code] === 0)
                continue;
            used[code] = 0;
            const text = dictionary[code];
            if (this.scratch.length < (0,text_bytes/* maxTextBytes */.tu)(text)) {
                this.scratch = new Uint8Array((0,text_bytes/* maxTextBytes */.tu)(text) * 2);
            }
            (0,hash/* hashBytes */.yi)(this.scratch, 0, (0,text_bytes/* writeTextBytes */.s8)(text, this.scratch, 0));
            hashes.addLastHash();
        }
    }
}
function addNumbers(values, hashes) {
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // NaN (missing) and the infinities are not counted.
        if (v - v !== 0)
            continue;
        (0,hash/* hashNumber */.YR)(v);
        hashes.addLastHash();
    }
}
/** A text cell's bytes are its text's (`writeTextBytes`): equal texts, equal hashes. */
function addCells({ bytes, starts, missing }, hashes) {
    for (let row = 0; row < missing.length; row++) {
        if (missing[row] === 1)
            continue;
        (0,hash/* hashBytes */.yi)(bytes, starts[row], starts[row + 1]);
        hashes.addLastHash();
    }
}
/** The exact distinct counters of the fields with `distinct` checks, fed batch by batch. */
class DistinctCounts {
    counters;
    constructor({ descriptor }) {
        this.counters = new Map(descriptor.fields
            .filter((field) => field["x-mlops"]?.distinct !== undefined)
            .map((field) => [field.name, new ExactDistinct()]));
    }
    /** Feeds each counted field's column of the batch, where the batch has it. */
    add(batch) {
        for (const [name, counter] of this.counters) {
            const column = (0,data_batch/* columnOf */.uV)(batch, name);
            if (column)
                counter.add(column);
        }
    }
    /** Each counted field's exact count, or null past `EXACT_DISTINCT_CAP`; none the data lacks. */
    counts() {
        const counts = new Map();
        for (const [name, { count }] of this.counters)
            if (count !== undefined)
                counts.set(name, count);
        return counts;
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/statistic-checks.js






const rangeText = ({ min, max }, shown = format_number/* formatNumber */.ZV) => min !== undefined && max !== undefined
    ? `between ${shown(min)} and ${shown(max)}`
    : min !== undefined
        ? `≥ ${shown(min)}`
        : `≤ ${shown(max)}`;
const within = (value, { min, max }) => (min === undefined || value >= min) && (max === undefined || value <= max);
/** Why a statistic fails that could not be computed: a dataset without rows, a column all missing. */
const NO_VALUES_NOTE = "not computed: the column has no values";
/** A check of one statistic against a range; a statistic that cannot be computed fails. */
function statisticCheck(check, column, level, range, observed, note = null, shown) {
    return {
        id: column === null ? check : `${column}.${check}`,
        check,
        column,
        level,
        status: observed !== null && within(observed, range) ? "pass" : "fail",
        evaluated: null,
        failed: null,
        mostly: null,
        expected: rangeText(range, shown),
        observed: observed === null || shown === undefined ? observed : shown(observed),
        examples: [],
        note: note ?? (observed === null ? NO_VALUES_NOTE : null),
    };
}
/**
 * The sketch a column's quantile checks read, once for all of them: the finer one the pass kept
 * for them, else the profile's; null where the profile has no values to sketch.
 */
function sketchOf(column, finer) {
    const sketch = column?.sketch ?? null;
    if (sketch === null || sketch.n === 0)
        return null;
    return finer ?? kll_sketch/* KllSketch */.gu.fromState(sketch);
}
/**
 * How sure a quantile read from a sketch is: the values its rank error e allows, the sketch's
 * at q - e and q + e (the column's exact min and max past the ends), and whether a bound lies
 * among them, where the sketch cannot tell on which side of the bound the data's quantile is.
 * Null while the sketch holds every value.
 */
function sketchedQuantileNote(sketch, column, q, range, shown) {
    const e = sketch.rankError;
    if (e === 0)
        return null;
    const low = q - e <= 0 ? (column.min ?? sketch.quantile(0)) : sketch.quantile(q - e);
    const high = q + e >= 1 ? (column.max ?? sketch.quantile(1)) : sketch.quantile(q + e);
    const note = `estimated from a quantile sketch, within ±${(0,format_number/* formatNumber */.ZV)(e)} in rank: the data's ` +
        `${q} quantile lies between ${shown(low)} and ${shown(high)}`;
    const open = openBounds(range, low, high, shown);
    return open === null ? note : `${note}; ${open}, so the sketch cannot settle this check`;
}
/** The bounds of `range` between `low` and `high`, where an estimate cannot tell its side. */
function openBounds(range, low, high, shown) {
    const inside = [range.min, range.max].filter((b) => b !== undefined && b >= low && b <= high);
    if (inside.length === 0)
        return null;
    const bounds = inside.map((b) => shown(b)).join(" and ");
    return `${inside.length === 1 ? `the bound ${bounds} is` : `the bounds ${bounds} are`} in that range`;
}
/**
 * The distinct check: exact where the pass counted the field's values (`distinctCounts`, up to
 * `EXACT_DISTINCT_CAP`) or the profile did. Past that, the profile's HyperLogLog estimate and
 * its two standard errors (about 95% of estimates) bound the data's count, and so does the cap
 * from below: the check passes or fails where the range does, and a bound within it leaves the
 * check unsettled (skipped, with the estimate and the range), not failed on the estimate alone.
 * An estimate whose range lies wholly below the cap leaves the count only known to be past it.
 */
function distinctCheck(name, range, distinct, counted) {
    const exact = counted ?? (distinct?.exact ? distinct.value : undefined);
    if (exact !== undefined || distinct === undefined) {
        return statisticCheck("distinct", name, "column", range, exact ?? null);
    }
    const { value, relativeError: error } = distinct;
    const least = counted === null ? EXACT_DISTINCT_CAP + 1 : 0;
    const low = Math.max(least, Math.floor(value / (1 + 2 * error)));
    const upper = Math.ceil(value / (1 - 2 * error));
    // An estimate too low for the values counted (about one in 45, just past the cap) bounds nothing.
    const high = upper < least ? Infinity : upper;
    const past = counted === null ? ` past the ${EXACT_DISTINCT_CAP} values counted exactly` : "";
    const span = high === Infinity
        ? `the estimate lies more than two standard errors below the ${least} values counted, ` +
            `so the data's distinct count is ${least} or more, with no upper limit`
        : `the data's distinct count lies between ${low} and ${high} (two standard errors)`;
    const how = `estimated by HyperLogLog${past}, relative standard error ${(0,format_number/* formatNumber */.ZV)(error)}`;
    const note = `${how}: ${span}`;
    const open = openBounds(range, low, high, format_number/* formatNumber */.ZV);
    const check = statisticCheck("distinct", name, "column", range, value, note);
    if (open !== null) {
        const unsettled = `${note}; ${open}, so the estimate cannot settle this check`;
        return { ...(0,check_result/* skippedCheck */.nT)(check, unsettled), observed: value };
    }
    // Settled: the whole range is on one side of each bound, the estimate with it or not.
    return { ...check, status: within(low, range) && within(high, range) ? "pass" : "fail" };
}
/**
 * The row count (at least one row unless `x-mlops.rows` says otherwise: a dataset without
 * rows is almost always a broken export) and each field's statistics, read from the profile:
 * missing ratio, mean, quantiles (from a KLL sketch, with a note of the values its rank error
 * allows: the field's in `quantileSketches`, else the profile's) and distinct count (exact up to
 * `EXACT_DISTINCT_CAP` where the pass counted it in `distinctCounts`, else up to the profile's
 * `exactCap`; a HyperLogLog estimate past it).
 */
function statisticChecks(descriptor, profile, { quantileSketches, distinctCounts } = {}) {
    const rows = descriptor["x-mlops"]?.rows ?? { min: 1 };
    const columns = new Map(profile.columns.map((column) => [column.name, column]));
    return [
        statisticCheck("rows", null, "dataset", rows, profile.rowCount),
        ...descriptor.fields.flatMap((field) => {
            const stats = field["x-mlops"];
            if (!stats)
                return [];
            const column = columns.get(field.name);
            const finer = {
                sketch: quantileSketches?.get(field.name),
                distinct: distinctCounts?.get(field.name),
            };
            const checks = fieldStatistics(field, stats, column, profile.rowCount, finer);
            // A declared field the data lacks: its statistics are listed, as not run.
            return column ? checks : checks.map((check) => (0,check_result/* skippedCheck */.nT)(check, check_result/* ABSENT_FIELD_NOTE */.ET));
        }),
    ];
}
/**
 * What to do where a statistic passed the largest double on values that stand for no value, as
 * some exports write them; the end of a note that says what passed it (a skew's too).
 */
const HUGE_PLACEHOLDERS_FIX = "if values that large are placeholders for no value (such as ±1e308), list them in the " +
    "field's missingValues";
/**
 * Why a mean is not computed where the profile holds none though the column has values, nor
 * every value with its count to sum them otherwise.
 */
const MEAN_PAST_LARGEST_NOTE = "not computed: the values' sum passes the largest double, about 1.8e308, and the profile " +
    `does not keep every value with its count to sum them otherwise; ${HUGE_PLACEHOLDERS_FIX}`;
/**
 * A column's mean: its profile's; where the profile holds none though the column has values
 * (their sum passed the largest double, which their mean never does), that of the exact counts
 * it keeps of every value; else null, with why.
 */
function meanOf(column) {
    if (column === undefined || column.mean !== null || column.count === 0) {
        return { value: column?.mean ?? null, note: null };
    }
    const items = column.frequent?.exact ? column.frequent.items : [];
    const values = items.map((item) => item.value);
    if (items.length === 0 || !values.every((v) => typeof v === "number")) {
        return { value: null, note: MEAN_PAST_LARGEST_NOTE };
    }
    const counts = items.map((item) => item.count);
    return { value: (0,scaled_moments/* scaledMoments */.I)(values, counts).mean, note: null };
}
/** A mean's or quantile's range in the engine's numbers, dates as epoch milliseconds. */
const valueRange = ({ min, max }, type) => ({
    ...(min !== undefined && { min: (0,data_contract.boundValue)(min, type) }),
    ...(max !== undefined && { max: (0,data_contract.boundValue)(max, type) }),
});
/** The statistics one field asks for, from its column's profile (none when the data lacks it). */
function fieldStatistics(field, stats, column, rows, finer) {
    const { name, type } = field;
    // The mean and quantiles of dates are dates, shown as such.
    const shown = (0,data_contract.isDated)(type) ? check_result/* dateText */.MK : undefined;
    const checks = [];
    if (stats.maxMissingRatio !== undefined) {
        const ratio = rows === 0 || !column ? null : column.missing / rows;
        checks.push(statisticCheck("missingRatio", name, "column", { max: stats.maxMissingRatio }, ratio));
    }
    // A quantile is one of the field's values, and a mean of few rows all but tells them: a
    // sensitive field's are judged, not shown. Counts (missing, distinct) tell no value.
    const ofValues = stats.sensitive ? check_result/* withheldStatistic */.yk : (check) => check;
    if (stats.mean) {
        const range = valueRange(stats.mean, type);
        const { value, note } = meanOf(column);
        checks.push(ofValues(statisticCheck("mean", name, "column", range, value, note, shown)));
    }
    const sketch = stats.quantiles ? sketchOf(column, finer.sketch) : null;
    for (const { q, ...bounds } of stats.quantiles ?? []) {
        const range = valueRange(bounds, type);
        const observed = sketch ? sketch.quantile(q) : null;
        const note = sketch && sketchedQuantileNote(sketch, column, q, range, shown ?? format_number/* formatNumber */.ZV);
        const check = statisticCheck(`quantile(${q})`, name, "column", range, observed, note, shown);
        checks.push(ofValues(check));
    }
    if (stats.distinct) {
        checks.push(distinctCheck(name, stats.distinct, column?.distinct, finer.distinct));
    }
    return checks;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/skew-checks.js






/** Why a skew asked for is not measured where the reference lacks the field. */
const ABSENT_REFERENCE_NOTE = "not checked: the reference has no such field";
/**
 * Why a skew is not measured against a reference profile that keeps no values of the field:
 * one written where the field is sensitive holds its counts alone.
 */
const WITHHELD_REFERENCE_NOTE = "not checked: the reference profile keeps no values of this field, which was sensitive where " +
    "it was profiled (x-mlops sensitive), so there is nothing to compare; give the reference data " +
    "itself as reference, which is profiled here and kept in memory only, or set skew: false";
/**
 * Why a text column's skew is not measured unless asked for, and how to ask: a category column
 * of a few thousand values reads as text too, as does a sparse one whose first rows are empty:
 * their skew must not go unmentioned.
 */
const TEXT_NOTE = "not checked: the column is read as text, not as categories (its first rows hold no values, " +
    "more than 1,000 distinct values, or more than half as many as values), and text is compared " +
    "only where the field asks: set skew: {} in its x-mlops to compare it by linf, or skew: " +
    "false to leave it out";
/** What a column of dates past the reference's does to its skew, and what to do about it. */
const MOVES_ON = "which moves on with every new batch and so fails its skew each time: if it is one, set " +
    "skew: false in the field's x-mlops";
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
    if (ref.frequent === null || cur.frequent === null) {
        // A number's profile keeps its values' counts only while they are few (a rating, a count).
        const note = ref.sketch !== null || cur.sketch !== null
            ? "not measured: linf compares the shares of single values, which the profile of a " +
                `${cur.type} column keeps only while it has few distinct values (this one has more); ` +
                "use wasserstein or psi for it"
            : "needs the frequent values of both columns";
        return { value: null, note };
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
/**
 * Says how far a skew read from quantile sketches may be from the value on the full data; none
 * where both columns hold exact counts (at most `exactCap` distinct values) or exact sketches.
 */
const sketched = (bound) => bound > 0
    ? `estimated from quantile sketches: within ${(0,format_number/* formatNumber */.ZV)(bound)} of the value on the full data`
    : null;
/**
 * The Wasserstein skew of a column the reference holds at one value (a flag always 0), which has
 * no spread to norm the distance by: the same value in the data passes at 0, any other fails,
 * saying which and how many. Undefined where the reference has values apart.
 */
function constantReference(ref, cur, sensitive) {
    // Min and max, not the standard deviation, which rounding leaves at 2e-16 for a constant 0.1.
    if (ref.min === null || ref.min !== ref.max)
        return undefined;
    if (cur.min === ref.min && cur.max === ref.max)
        return { value: 0, note: null };
    const shown = ref.type === "datetime" ? check_result/* dateText */.MK : format_number/* formatNumber */.ZV;
    // A sensitive field's values are named by none of the notes, only counted.
    const range = sensitive
        ? null
        : cur.min === cur.max
            ? `the data is constant at ${shown(cur.min)}`
            : `the data runs from ${shown(cur.min)} to ${shown(cur.max)}`;
    // Counted where the data's profile holds every value with its count, else its range says it.
    const counted = cur.frequent?.exact ? cur.frequent.items : undefined;
    const same = counted?.find((item) => item.value === ref.min)?.count ?? 0;
    const other = counted
        ? `${cur.count - same} of the data's ${cur.count} values differ from it${range === null ? "" : ` (${range})`}`
        : (range ?? "the data holds other values");
    // linf measures the share that moved, where the data's profile counts its values.
    const linf = cur.frequent === null ? "" : "; compare the field by linf to bound their share";
    const at = sensitive ? "" : ` at ${shown(ref.min)}`;
    return {
        value: null,
        note: `the reference is constant${at}, and ${other}: with no spread in the ` +
            `reference to norm the Wasserstein distance by, any other value fails${linf}`,
    };
}
/**
 * Why a Wasserstein skew is not measured where the reference profile holds no standard
 * deviation (its variance passed the largest double) and only a sketch of its values.
 */
const UNKNOWN_SPREAD_NOTE = "not measured: the reference profile holds no standard deviation to norm the Wasserstein " +
    "distance by, its variance having passed the largest double, about 1.8e308 (as values more " +
    "than about 1.3e154 apart make it), and its sketch cannot give one; " +
    `${HUGE_PLACEHOLDERS_FIX}, or compare the field by psi`;
/** Why a Wasserstein skew past the largest double fails, with no value the report could hold. */
const PAST_LARGEST_NOTE = "the normed Wasserstein distance passes the largest double, about 1.8e308, past any " +
    `threshold; ${HUGE_PLACEHOLDERS_FIX}`;
const joinNotes = (...notes) => notes.filter((note) => note !== null).join("; ") || null;
/**
 * Why a column of dates skews, where its values lie mostly just past the reference's: data
 * stamped after the reference, as a timestamp is (from the data's sketch, which every date
 * column has). Null otherwise.
 */
function laterDatesNote(ref, cur) {
    // The type first: a sketch is read only for the dates, not for every number column.
    if (cur.type !== "datetime" || ref.min === null || ref.max === null || cur.sketch === null) {
        return null;
    }
    const items = kll_sketch/* KllSketch */.gu.fromState(cur.sketch).weightedItems();
    const later = (0,later_dates/* laterDatetimes */.R)(cur.type, { first: ref.min, last: ref.max }, items);
    return later === null ? null : `${later}, ${MOVES_ON}`;
}
function measure(method, profiles, ref, cur, sensitive) {
    const { reference, current } = profiles;
    const empty = ref.count === 0 ? "the reference" : cur.count === 0 ? "the data" : null;
    if (empty !== null)
        return { value: null, note: `${empty} has no values in this column` };
    // A type the contract declares reads the data otherwise than the reference has it, and so does
    // Parquet, whose types the reference's do not override, where the reference was profiled
    // before its strings of dates were read as dates; linf compares values' shares across the two
    // kinds where both sides counted their values.
    const kindsDiffer = (ref.sketch === null) !== (cur.sketch === null);
    const counted = ref.frequent !== null && cur.frequent !== null;
    if (method === "linf" && (counted || !kindsDiffer))
        return lInfinity(ref, cur);
    if (kindsDiffer) {
        return {
            value: null,
            note: `the column is ${ref.type} in the reference and ${cur.type} here, as the contract types ` +
                "it or the data's format reads it (a Parquet string column of ISO 8601 dates reads as " +
                "dates): make the reference profile again with this contract (validate-data's " +
                "profile-path), or declare the field with the reference's type (string for categorical " +
                "or text)",
        };
    }
    const constant = method === "wasserstein" ? constantReference(ref, cur, sensitive) : undefined;
    if (constant !== undefined)
        return constant;
    const [comparison] = (0,compare_profiles/* compareProfiles */.G)({ ...reference, columns: [ref] }, { ...current, columns: [cur] });
    const later = laterDatesNote(ref, cur);
    if (method === "psi") {
        const { statistic, errorBound } = comparison.psi;
        return { value: statistic, note: joinNotes(sketched(errorBound), later) };
    }
    const w = comparison.wasserstein;
    if (w === null)
        return { value: null, note: "needs numeric values in both columns" };
    if (w.std === null)
        return { value: null, note: UNKNOWN_SPREAD_NOTE };
    // Values apart by less than their moments resolve (1e-200 and 2e-200) leave no spread either.
    if (w.normed === null)
        return { value: null, note: "the reference has no spread to norm by" };
    // A report holds finite numbers alone; a skew past the largest double fails any threshold.
    if (!Number.isFinite(w.normed))
        return { value: null, note: PAST_LARGEST_NOTE };
    return { value: w.normed, note: joinNotes(sketched(w.normedErrorBound), later) };
}
/**
 * Skew of each field against the reference profile, as TFDV's skew comparators: L-infinity for
 * categorical and boolean columns, normed Wasserstein (from the quantile sketches) for numbers
 * and dates; text columns (identifiers, free text) only when asked for by `x-mlops.skew`. The
 * skew of a declared field the data lacks is listed as not run.
 */
function skewChecks(descriptor, reference, current) {
    const refs = new Map(reference.columns.map((column) => [column.name, column]));
    const curs = new Map(current.columns.map((column) => [column.name, column]));
    return descriptor.fields.flatMap((field) => {
        const asked = field["x-mlops"]?.skew;
        const ref = refs.get(field.name);
        const cur = curs.get(field.name);
        if (asked === false || (ref === undefined && asked === undefined))
            return [];
        // The data's column settles the method; the reference's, for a field the data lacks.
        const column = cur ?? ref;
        if (column === undefined)
            return [];
        const method = asked?.method ??
            (column.sketch === null || column.type === "boolean" ? "linf" : "wasserstein");
        const threshold = asked?.threshold ?? SKEW_THRESHOLDS[method];
        const textUnasked = asked === undefined && column.type === "text";
        const sensitive = field["x-mlops"]?.sensitive === true;
        const { value, note } = cur && ref && !textUnasked && !ref.sensitive
            ? measure(method, { reference, current }, ref, cur, sensitive)
            : { value: null, note: null };
        const check = {
            id: `${field.name}.skew`,
            check: "skew",
            column: field.name,
            level: "column",
            status: value !== null && value < threshold ? "pass" : "fail",
            evaluated: null,
            failed: null,
            mostly: null,
            expected: `< ${(0,format_number/* formatNumber */.ZV)(threshold)} (${METHOD_NAMES[method]})`,
            observed: value,
            examples: [],
            note,
        };
        if (ref === undefined)
            return [(0,check_result/* skippedCheck */.nT)(check, ABSENT_REFERENCE_NOTE)];
        if (!cur)
            return [(0,check_result/* skippedCheck */.nT)(check, check_result/* ABSENT_FIELD_NOTE */.ET)];
        // Text (identifiers, free text) only where the field asks, with or without a method.
        if (textUnasked)
            return [(0,check_result/* skippedCheck */.nT)(check, TEXT_NOTE)];
        return [ref.sensitive ? (0,check_result/* skippedCheck */.nT)(check, WITHHELD_REFERENCE_NOTE) : check];
    });
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/build-report.js





const NOT_TO_THE_END = "Statistics, skew and the row count were not checked, and no profile was written: the data could not be read to the end.";
/**
 * Every check, bounded for display: the read failure first (when the read stopped), then the
 * pass's checks, then statistics and skew, which need the whole data's profile.
 */
function allChecks({ contract, reference, outcome }) {
    const { descriptor } = contract;
    const { profile } = outcome;
    const statistics = profile
        ? [
            ...statisticChecks(descriptor, profile, outcome),
            ...(reference ? skewChecks(descriptor, reference.profile, profile) : []),
        ]
        : [];
    return [
        ...(outcome.readFailure ? [outcome.readFailure] : []),
        ...outcome.checks,
        ...statistics,
    ].map(check_result/* boundedCheck */.IQ);
}
const count = (checks, status) => checks.filter((check) => check.status === status).length;
/** The data's identity: its files, their digests and sizes, its rows and columns. */
function dataPart(parts) {
    const { outcome, shown } = parts;
    const { files, sizes, digests } = parts.data;
    return {
        source: parts.source,
        digest: datasetDigest(digests),
        rows: outcome.rows,
        columns: outcome.columns.map((name) => (0,check_result/* bounded */.Mm)(name)),
        files: files.map((path, i) => ({
            file: shown(path),
            sha256: digests[i],
            bytes: sizes[i],
            rows: outcome.rowsPerFile.get(path) ?? 0,
        })),
    };
}
/** The validation report (`mlops.validation-report/v1`) of one run. */
function buildReport(parts) {
    const checks = allChecks(parts);
    const failed = count(checks, "fail");
    return {
        schema: "mlops.validation-report/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        created_at: parts.createdAt.toISOString(),
        valid: failed === 0,
        data: dataPart(parts),
        contract: { file: parts.contract.file, sha256: parts.contractSha256 },
        reference_profile: parts.reference
            ? { file: parts.reference.file, sha256: parts.reference.sha256 }
            : null,
        counts: {
            checks: checks.length,
            passed: count(checks, "pass"),
            failed,
            skipped: count(checks, "skipped"),
            invalid_rows: parts.outcome.invalidRows,
        },
        checks,
        notes: parts.outcome.profile ? [] : [NOT_TO_THE_END],
    };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/render-summary.js
var render_summary = __webpack_require__(9251);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/step-result.js



/** What a failed check says in one line: its id, the rows or the statistic, and why. */
function failureLine(check) {
    if (check.level === "row")
        return `${check.id} (${check.failed} of ${check.evaluated} failed)`;
    if (check.check === "readable")
        return `${check.id} (${check.examples[0]?.note})`;
    // What is wrong with the columns is the note ("undeclared: extra"); the columns may be many.
    if (check.check === "fields")
        return `${check.id}: ${check.note} (expected ${check.expected})`;
    // A sensitive field's statistic says so where its value would stand, and nothing more.
    const withheld = check.observed === null && check.note === check_result/* WITHHELD */.iz;
    const seen = typeof check.observed === "number"
        ? (0,format_number/* formatNumber */.ZV)(check.observed)
        : (check.observed ?? (withheld ? check_result/* WITHHELD */.iz : "none"));
    const line = `${check.id} (${seen}, expected ${check.expected})`;
    return check.note === null || withheld ? line : `${line}: ${check.note}`;
}
/**
 * What is wrong at one failing example. A read that stopped says what stopped it and how to
 * fix it (its note), not only that the file should read as a table. A failed `type` says why
 * the column has the type it has (the reference's, or the first rows'), and how to declare
 * another, unless the cell's own note says what is wrong with it: a cell's annotation is all
 * that many read. An annotation is placed at its file and line; a Parquet row, which has no
 * line, is named in the text by its row in the file (`row`).
 */
function exampleLine(check, example, row) {
    if (check.check === "readable")
        return `${example.note}. ${check.note}`;
    const at = example.line === null && row !== null ? `row ${row}` : "";
    const what = [at, (0,render_summary/* describeCell */.AR)(example)].filter((part) => part !== "").join(": ");
    const line = `${what || "this row"}: expected ${check.expected}`;
    const why = check.check === "type" && example.note === null ? check.note : null;
    return why === null ? line : `${line}; ${why}`;
}
/**
 * One annotation per failing example, taking the first example of every failed check before
 * the second of any, so that the annotations GitHub shows cover as many checks as they can.
 */
function annotationsOf(failed, row) {
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
                message: exampleLine(check, example, row(example)),
                file: example.file,
                line: example.line ?? undefined,
            });
        }
    }
    return out;
}
/** The step's outputs, summary, annotations and failure, from the report. */
function stepResult(report, settings) {
    const failed = report.checks.filter((check) => check.status === "fail");
    const { rows } = report.data;
    const invalidRows = report.counts.invalid_rows;
    const annotations = annotationsOf(failed, (0,render_summary/* rowInFile */.wU)(report.data.files));
    if (invalidRows > 0) {
        annotations.push({
            level: "notice",
            title: "validate-data: failing rows",
            message: `${invalidRows} of ${rows} rows fail a row check; the report (${settings.reportPath}) lists the first ${settings.maxExamples} of each check`,
        });
    }
    const more = failed.length > 5 ? `; and ${failed.length - 5} more` : "";
    return {
        outputs: {
            valid: String(report.valid),
            "row-count": String(rows),
            "failed-checks": JSON.stringify(failed.map((check) => check.id)),
            "report-path": settings.reportPath,
            "profile-path": settings.profilePath,
            digest: report.data.digest,
        },
        summary: (0,render_summary/* renderSummary */.Br)(report, settings.partialChecks),
        annotations,
        failure: failed.length > 0 && settings.failStep
            ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${more}`
            : undefined,
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/data/read-progress.js
var read_progress = __webpack_require__(94);
// EXTERNAL MODULE: ./shared/dist/engine/data/reference-fields.js
var reference_fields = __webpack_require__(4661);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/reference-types.js


/** A file name in a note that ends up on one error line: its line breaks shown, not made. */
const oneLine = (text) => (0,escape_control/* lineBreaksShown */.cD)((0,escape_control/* safeForLog */.p5)(text));
/**
 * Reads each field the contract declares without a `type` with the type the reference's profile
 * gives its column, as drift-check reads its current data: a junk cell among the first rows is
 * then a failed cell of a number column, not the reason the whole column is read as text and
 * compared as categories. A declared type wins, `any` included (the user left the type open on
 * purpose); columns the contract does not declare, and a field the reference lacks or has no
 * values in, are inferred from the data's first rows as before.
 */
function referenceTyping(schema, reference) {
    const fields = new Map(schema.fields.map((field) => [field.name, field]));
    // A column without values in the reference was typed text for want of any: it says nothing.
    const typed = reference.profile.columns.filter((c) => c.count > 0 && fields.has(c.name) && fields.get(c.name).type === undefined);
    for (const column of typed) {
        fields.set(column.name, (0,reference_fields/* referenceField */.O)(column.name, column.type, fields.get(column.name)));
    }
    const notes = new Map(typed.map((column) => [
        column.name,
        `the contract gives the column no type, so it is read with the reference's (${oneLine(reference.file)} has it as ${column.type}): fix the value, or declare the field's type in the contract (string takes any value)`,
    ]));
    return { schema: { ...schema, fields: [...fields.values()] }, notes };
}

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/dataset-checks.js


const FIELDS_EXPECTED = {
    exact: "the declared fields, in their order",
    equal: "the declared fields, in any order",
    subset: "the declared fields, and possibly more",
    superset: "declared fields only, possibly not all of them",
    partial: "at least one declared field, and possibly more",
};
/** A name as a sentence shows it: bounded, and quoted when empty or spaced at either end. */
const shownName = (name) => name === "" || name.trim() !== name ? `'${(0,check_result/* bounded */.Mm)(name)}'` : (0,check_result/* bounded */.Mm)(name);
/** Names as a sentence shows them. */
const nameList = (names) => names.map(shownName).join(", ");
/** The fields of the primary key and the unique keys: a key is checked only whole. */
const keyFields = (contract) => [
    ...contract.primaryKey,
    ...(contract.descriptor.uniqueKeys ?? []).flat(),
];
/**
 * Declared names the data has only in another Unicode normalisation (`größe` composed in the
 * contract, decomposed in a CSV header): they look the same, so the message says why they differ.
 */
function normalisationNote(absent, extra) {
    const composed = new Set(extra.map((name) => name.normalize("NFC")));
    const names = absent.filter((name) => composed.has(name.normalize("NFC")));
    if (names.length === 0)
        return null;
    return `${nameList(names)} ${names.length === 1 ? "is" : "are"} in the data too, in another Unicode normalisation (NFC and NFD compose letters such as ö differently): write the names the same way in both`;
}
/**
 * Why declared names are not among the data's, when the header shows why: spaces around a name,
 * or a header read as one column because the file has another delimiter than the reader's
 * (`given`, the delimiter input, when there is one).
 */
function headerNote(absent, extra, given) {
    const [only] = extra;
    const delimiter = only === undefined
        ? undefined
        : [";", "\t", "|", ","].find((d) => d !== (given ?? ",") && only.includes(d));
    if (extra.length === 1 && delimiter !== undefined && absent.length > 1) {
        const readWith = given === undefined
            ? "CSV is read with commas between fields (tabs in a .tsv file)"
            : `it was read with ${JSON.stringify(given)} between fields, as the delimiter input says`;
        return `the header reads as one column: ${readWith}; if the file is delimited by ${JSON.stringify(delimiter)}, give the delimiter input: ${delimiter === "\t" ? "tab" : delimiter}`;
    }
    const spaced = absent.flatMap((name) => {
        const found = extra.find((column) => column.trim() === name.trim());
        return found === undefined ? [] : [`${shownName(name)} as ${shownName(found)}`];
    });
    if (spaced.length === 0)
        return null;
    return `the data has ${spaced.join(", ")}, with spaces around the name: remove them from the header`;
}
/**
 * What is wrong with the data's columns under the contract's `fieldsMatch`, or null. A declared
 * field the data lacks is allowed under superset and partial, unless a key needs it or it is
 * required: a required field absent is a field no row has a value in.
 */
function fieldsProblem(contract, columns, { declared, present, absent, match, delimiter }) {
    const declaredSet = new Set(declared);
    const extra = columns.filter((name) => !declaredSet.has(name));
    const undeclared = match !== "subset" && match !== "partial" && extra.length > 0
        ? `undeclared: ${nameList(extra)}`
        : undefined;
    if ((match === "exact" || match === "equal" || match === "subset") && absent.length > 0) {
        const note = normalisationNote(absent, extra) ?? headerNote(absent, extra, delimiter);
        return [`absent: ${nameList(absent)}`, undeclared, note].filter(Boolean).join("; ");
    }
    if (match === "partial" && absent.length === declared.length)
        return "none of the declared fields is there";
    const keyless = [...new Set(keyFields(contract))].filter((name) => !present.has(name));
    // A key's field is required by the key already: it is named once, as part of the key.
    const required = contract.descriptor.fields
        .filter((f) => f.constraints?.required && !present.has(f.name) && !keyless.includes(f.name))
        .map((f) => f.name);
    const one = required.length === 1;
    const needed = [
        keyless.length > 0 ? `absent, but part of a key: ${nameList(keyless)}` : undefined,
        required.length > 0
            ? `absent, but required: ${nameList(required)} (a value in every row); add the column${one ? "" : "s"} to the data, or drop required from ${one ? "its" : "their"} constraints`
            : undefined,
    ].filter(Boolean);
    // Every problem at once: an undeclared column and a required field absent fail alike.
    if (undeclared || needed.length > 0)
        return [undeclared, ...needed].filter(Boolean).join("; ");
    const reordered = columns.some((name, i) => name !== declared[i]);
    return match === "exact" && reordered ? "the order differs" : null;
}
/**
 * Where late keys first appear: they are undeclared columns like any other, but no check reads
 * them, and where they start is what tells the user why a contract inferred without them.
 */
function lateKeysNote(late) {
    if (late.length === 0)
        return null;
    const one = late.length === 1;
    const where = late.map((key) => `${shownName(key.name)} at ${key.where}`).join(", ");
    return `${one ? "a key" : "keys"} first seen after the rows the columns were read from, so not read: ${where}`;
}
/**
 * The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. The
 * keys of JSON Lines data that first appear after the rows its columns were read from (`late`)
 * count among its columns, after them.
 */
function fieldsCheck(contract, read, delimiter, late = []) {
    const columns = [...read, ...late.map((key) => key.name)];
    const declared = contract.descriptor.fields.map((field) => field.name);
    const present = new Set(columns);
    const absent = declared.filter((name) => !present.has(name));
    const match = contract.descriptor.fieldsMatch ?? "exact";
    const seen = { declared, present, absent, match, delimiter };
    const problem = fieldsProblem(contract, columns, seen);
    // Declared fields the data lacks are not checked: the report says which.
    const allowed = absent.length > 0 ? `absent, as fieldsMatch ${match} allows: ${nameList(absent)}` : null;
    const notes = [problem ?? allowed, lateKeysNote(late)].filter(Boolean);
    return {
        id: "fields",
        check: "fields",
        column: null,
        level: "dataset",
        status: problem === null ? "pass" : "fail",
        evaluated: null,
        failed: null,
        mostly: null,
        expected: FIELDS_EXPECTED[match],
        observed: nameList(columns),
        examples: [],
        note: notes.length > 0 ? notes.join("; ") : null,
    };
}
/** A read that stopped (bad bytes, a ragged row, an empty file) as a failed check. */
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
        note: `${error.fix ? `${error.fix}. ` : ""}The read stopped here; the other checks cover the ${(0,counted/* counted */.h)(rows, "row")} before`,
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/number-table.js
var number_table = __webpack_require__(3671);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/number-keys.js

/** The first window of integer keys; stored keys fill a quarter of a larger one, less this. */
const FIRST_WINDOW = 4096;
/**
 * Where each number key of a uniqueness check was first seen. Integer keys that fill most of
 * a range (ids counted up from somewhere, the common primary key) are kept in an array indexed
 * by the key's distance from the range's start: a lookup is one read, where a hash table takes a
 * cache miss per key at a million keys and more. The array doubles to take in keys on either
 * side while it stays at most four slots per stored key, give or take the first window (so
 * that ids with a few repeats, which fill a little less than their range, keep it); keys too
 * sparse for that, and all other numbers, live in a hash table (the array's keys move there
 * once the range is given up). Keys compare as a `Map` compares them: -0 and 0 are one key.
 * Memory stays within 32 bytes a stored key, as the hash table's, plus 32 KB.
 */
class NumberKeys {
    table = new number_table/* NumberTable */.q();
    /** Per key `start + i`, where it was first seen plus one; 0 for a key not stored. */
    window = new Float64Array(0);
    start = 0;
    stored = 0;
    /** Whether the keys are held by their offset in a range rather than in the hash table. */
    get ranged() {
        return this.window !== undefined && this.stored > 0;
    }
    /** Where `key` was first seen, or -1 when it is new: then stored at `at` if `store`. */
    firstOrStore(key, at, store) {
        if (this.window === undefined || !Number.isSafeInteger(key)) {
            const index = store ? this.table.indexOrAdd(key, at) : this.table.indexOf(key);
            return index >= 0 ? this.table.values[index] : -1;
        }
        let offset = key - this.start;
        if (offset < 0 || offset >= this.window.length) {
            if (!store)
                return -1;
            if (!this.widen(key))
                return this.firstOrStore(key, at, store);
            offset = key - this.start;
        }
        const first = this.window[offset];
        if (first > 0)
            return first - 1;
        if (store) {
            this.window[offset] = at + 1;
            this.stored++;
        }
        return -1;
    }
    /**
     * Grows the window to take in `key`, doubling on the side it lies; false when the window would
     * be too sparse, and its keys have moved to the table.
     */
    widen(key) {
        const old = this.window;
        if (old.length === 0) {
            this.window = new Float64Array(FIRST_WINDOW);
            this.start = key - FIRST_WINDOW / 2;
            return true;
        }
        const end = this.start + old.length;
        const start = key < this.start ? Math.min(key, this.start - old.length) : this.start;
        const length = (key >= end ? Math.max(key + 1, end + old.length) : end) - start;
        if (length > 4 * (this.stored + 1) + FIRST_WINDOW) {
            this.giveUpWindow();
            return false;
        }
        const window = new Float64Array(length);
        window.set(old, this.start - start);
        this.window = window;
        this.start = start;
        return true;
    }
    giveUpWindow() {
        const window = this.window;
        this.window = undefined;
        for (let i = 0; i < window.length; i++) {
            if (window[i] > 0)
                this.table.add(this.start + i, window[i] - 1);
        }
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/data/column-builder.js
var column_builder = __webpack_require__(5988);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/key-checks.js





/**
 * The default bound on keys held for uniqueness, over all key sets together. Measured as the
 * peak memory of a whole run, a key costs 14 bytes as an integer of a consecutive range, up to 40
 * as another number, and 100-140 as a short string (`U0001234`, a UUID: a `Map` entry and the
 * string): 5,000,000 keys take 70-200 MB as numbers, about 550 MB as such strings, which is as
 * much as a runner should give them. Past the bound no new key is stored: duplicates of stored
 * keys are still found, and the checks say they are incomplete.
 */
const DEFAULT_MAX_KEYS = 5_000_000;
/** Where a key was first seen, packed in one number: file index * 2^33 + line (or row). */
const LINE_SPAN = 2 ** 33;
/** What `firstOrStore` says of a new key: stored, or not for want of budget. */
const STORED = -1;
const FULL = -2;
/** How the note and the warning of a key set that reached the bound name it. */
const BOUND_NOTE = "the key memory bound";
/**
 * What to do where a key set reaches the bound, as the docs say it: the sets share the bound,
 * and each holds up to a key a row.
 */
const raiseMaxKeys = (sets) => `Raise x-mlops.maxKeys to ${sets === 1 ? "the number of rows" : `the number of rows times ${sets}, the key sets that share it`}, where the runner has the memory: a key takes up to 40 bytes as a number, 100-140 as a short text`;
/**
 * The keys seen over one set of fields, shared by every constraint on that set (a field's
 * `unique` and a primary key of that field alone; a `uniqueKeys` entry that is the primary key):
 * each key is held once, counts once against the budget, and fails each constraint at the same
 * rows. A constraint's row is counted when it is checked: the primary key checks a row with a
 * missing value, and fails it; the others leave it out.
 */
class KeySet {
    fields;
    constraints;
    budget;
    onBound;
    sharedBy;
    /** Per key, where it was first seen; number keys (values or category codes) apart. */
    numbers = new NumberKeys();
    texts = new Map();
    files = [];
    rounded = false;
    full = false;
    /** Whether a missing value fails a row: the set holds the primary key. */
    primary;
    constructor(fields, constraints, budget, 
    /** Told once, where the set first meets a new key it cannot store. */
    onBound, 
    /** How many key sets share the budget. */
    sharedBy) {
        this.fields = fields;
        this.constraints = constraints;
        this.budget = budget;
        this.onBound = onBound;
        this.sharedBy = sharedBy;
        this.primary = constraints.some((constraint) => constraint.primary);
    }
    /** The key of row `row`, or undefined when a part is missing. */
    keyOf(columns, row) {
        if (columns.length === 1) {
            const column = columns[0];
            if ("bytes" in column)
                return (0,data_batch/* cellValue */.Or)(column, row) ?? undefined;
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
        // Each part is prefixed with its length, so no character in a value can shift a boundary.
        let key = "";
        for (const column of columns) {
            const value = (0,data_batch/* cellValue */.Or)(column, row);
            if (value === null)
                return undefined;
            const text = String(value);
            key += `${text.length}:${text}`;
        }
        return key;
    }
    /**
     * Where `key` was first seen; or, for a new key, `STORED` once it is stored at `at`, or
     * `FULL` when the budget is spent.
     */
    firstOrStore(key, at) {
        const budget = this.budget;
        if (typeof key === "number") {
            const first = this.numbers.firstOrStore(key, at, budget.left > 0);
            if (first >= 0)
                return first;
        }
        else {
            const first = this.texts.get(key);
            if (first !== undefined)
                return first;
            if (budget.left > 0)
                this.texts.set(key, at);
        }
        if (budget.left <= 0)
            return FULL;
        budget.left--;
        return STORED;
    }
    /** Why row `row` has no primary key, naming the key's fields without a value when several. */
    missingNote(columns, row) {
        if (columns.length === 1)
            return "a primary key value is missing";
        const absent = this.fields.filter((_, f) => (0,data_batch/* cellValue */.Or)(columns[f], row) === null);
        return `a primary key value is missing: no value in ${absent.map((name) => (0,check_result/* bounded */.Mm)(name)).join(", ")}`;
    }
    /** Fails row `row` in every constraint for `note`, or in the primary key's alone. */
    fail(at, columns, note, primaryOnly = false) {
        const { batch, row, invalid } = at;
        for (const { tally, primary, order } of this.constraints) {
            if (primaryOnly && !primary)
                continue;
            // The key as the constraint names its fields; made only while an example is kept, and
            // left out of it by a tally that withholds it.
            const shown = !tally.keepsExamples
                ? null
                : order.length === 1
                    ? (0,check_result/* exampleValue */.EQ)(columns[order[0]], row)
                    : order.map((f) => (0,check_result/* exampleValue */.EQ)(columns[f], row)).join(", ");
            tally.fail(batch, row, invalid, shown, note);
        }
    }
    /** Adds `note` to every constraint's tally, after any note it has. */
    note(note) {
        for (const { tally } of this.constraints) {
            tally.note = tally.note === null ? note : `${tally.note}; ${note}`;
        }
    }
    /** Notes, and warns once, that row `row` brought a new key the budget had no room for. */
    reachBound(batch, row, locator) {
        this.full = true;
        for (const { tally } of this.constraints)
            tally.partial = true;
        const file = locator.shown(batch.file);
        const line = batch.lineNumbers[row];
        // Named as a duplicate's first sighting is: the line in the file, or a Parquet row.
        this.note(`${BOUND_NOTE} (x-mlops.maxKeys = ${this.budget.max}) was reached at ${file} ${lineOrRow(locator, batch.file, line)}; later new keys were not stored`);
        const where = (0,data_format/* rowPlace */.G)(file, batch.file, line);
        const ids = this.constraints.map(({ tally }) => (0,check_result/* bounded */.Mm)(tally.result().id)).join(", ");
        this.onBound(`${ids} checked only part of the keys: ${BOUND_NOTE} (x-mlops.maxKeys = ${this.budget.max}) was reached at ${where}, and a duplicate of a key first seen from there on passes unseen. ${raiseMaxKeys(this.sharedBy)}`);
    }
    /** A row with a cell that failed `type` is not checked: its key is not known. */
    run(batch, invalid, locator, typeErrors) {
        const columns = this.fields.map((name) => (0,data_batch/* columnOf */.uV)(batch, name));
        const mistyped = this.fields
            .map((name) => typeErrors.get(name))
            .filter((flags) => flags !== undefined);
        let fileIndex = this.files.indexOf(batch.file);
        if (fileIndex < 0)
            fileIndex = this.files.push(batch.file) - 1;
        let keyed = 0;
        let missing = 0;
        for (let row = 0; row < batch.length; row++) {
            if (anyFlagged(mistyped, row))
                continue;
            const key = this.keyOf(columns, row);
            if (key === undefined) {
                missing++;
                if (this.primary)
                    this.fail({ batch, row, invalid }, columns, this.missingNote(columns, row), true);
                continue;
            }
            keyed++;
            const first = this.firstOrStore(key, fileIndex * LINE_SPAN + batch.lineNumbers[row]);
            if (first >= 0) {
                const file = this.files[Math.floor(first / LINE_SPAN)];
                const where = lineOrRow(locator, file, first % LINE_SPAN);
                const of = file === batch.file ? where : `${locator.shown(file)} ${where}`;
                this.fail({ batch, row, invalid }, columns, `duplicate of ${of}`);
                if (!this.rounded && pastExactIntegers(columns, row)) {
                    this.rounded = true;
                    this.note(ROUNDED_NOTE);
                }
            }
            else if (first === FULL && !this.full) {
                this.reachBound(batch, row, locator);
            }
        }
        for (const { tally, primary } of this.constraints) {
            tally.evaluated += keyed + (primary ? missing : 0);
        }
    }
}
/** Where a row of `file` is: `line 12` (1-based, a CSV header included), or a Parquet `row 11`. */
const lineOrRow = (locator, file, at) => locator.hasLines(file) ? `line ${at}` : `row ${at}`;
/**
 * Why a duplicate of numbers past 2^53 may not be one: the reader holds numbers as doubles, which
 * round such integers (19-digit ids that differ in their last digit are one double).
 */
const ROUNDED_NOTE = `a value beyond ${column_builder/* EXACT_INTEGERS */.ke} is read as the nearest number a double holds, so distinct values may count as duplicates here: declare the field's type string to compare them as written`;
/** Whether a part of row `row`'s key is a number past the integers a double holds exactly. */
function pastExactIntegers(columns, row) {
    return columns.some((column) => {
        if (!("values" in column))
            return false;
        const value = Math.abs(column.values[row]);
        return value > Number.MAX_SAFE_INTEGER && value !== Number.POSITIVE_INFINITY;
    });
}
/** Whether row `row` is flagged in any of `flags`; a loop, not `some`, which makes a closure a row. */
function anyFlagged(flags, row) {
    for (let f = 0; f < flags.length; f++)
        if (flags[f][row] === 1)
            return true;
    return false;
}
/**
 * The uniqueness checks a contract asks for: per-field `unique`, `primaryKey`, `uniqueKeys`, with
 * one key set per set of fields (in any order). A key over several fields is named with them, as
 * `primaryKey(customer_id, month)`. `onBound` is told where a set stops storing new keys.
 */
/**
 * A key's tally, by its check's id: a one-field key's is the field's (`id.primaryKey`), a
 * compound key's names its fields (`uniqueKey(id, day)`).
 */
const keyTally = (kind, fields, make) => fields.length === 1
    ? make(kind, fields[0], fields)
    : make(`${kind}(${fields.join(", ")})`, null, fields);
function keyChecks(keys, make, budget, onBound) {
    const declared = [
        ...keys.unique.map((name) => ({ kind: "unique", fields: [name], primary: false })),
        ...(keys.primaryKey.length > 0
            ? [{ kind: "primaryKey", fields: keys.primaryKey, primary: true }]
            : []),
        ...keys.uniqueKeys.map((fields) => ({ kind: "uniqueKey", fields, primary: false })),
    ];
    const tallies = declared.map(({ kind, fields }) => keyTally(kind, fields, make));
    const bySet = new Map();
    declared.forEach(({ fields }, i) => {
        const set = JSON.stringify([...fields].sort());
        bySet.set(set, [...(bySet.get(set) ?? []), i]);
    });
    const sets = [...bySet.values()].map((members) => {
        const { fields } = declared[members[0]];
        const constraints = members.map((i) => ({
            tally: tallies[i],
            primary: declared[i].primary,
            order: declared[i].fields.map((name) => fields.indexOf(name)),
        }));
        return new KeySet(fields, constraints, budget, onBound, bySet.size);
    });
    return { sets, tallies };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/nested-values.js
var nested_values = __webpack_require__(7676);
// EXTERNAL MODULE: ./shared/dist/engine/data/string-dictionary.js
var string_dictionary = __webpack_require__(1038);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-values.js
var json_values = __webpack_require__(8162);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/data/typed-arrays.js
var typed_arrays = __webpack_require__(1393);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/verdict-cache.js


/** Cells over which the cache counts the values it had not seen. */
const WINDOW = 4096;
/** The most windows the cache stands aside for at a time. */
const MAX_PAUSE = 16;
/**
 * The verdicts of a batch's cells per distinct value, looked up by the cells' bytes (no string
 * kept), for checks that cost far more than a lookup (a regular expression). A text column may
 * repeat its values or not: over each window of cells the cache counts the values new to it,
 * and when nearly all are new (ids, emails) it stands aside, the cells judged as they come, for
 * one window, then two, four... up to sixteen while its looks find nothing, and for one again
 * after a look that finds repeats. On all-distinct values it then looks at about one cell in
 * seventeen; on values in an order that repeats only after a while, it looks again soon.
 */
class VerdictCache {
    judge;
    seen = new string_dictionary/* StringDictionary */.w();
    verdicts = new Uint32Array(64);
    looked = 0;
    fresh = 0;
    /** Cells left to judge without the cache, and the windows of the next pause. */
    paused = 0;
    pause = 1;
    constructor(judge) {
        this.judge = judge;
    }
    /** Forgets the values of the last batch (a pause goes on). */
    clear() {
        this.seen.clear();
        this.looked = this.fresh = 0;
    }
    /** The verdict of the cell `bytes[start, end)`. */
    verdict(bytes, start, end) {
        if (this.paused > 0) {
            this.paused--;
            return this.judge(bytes, start, end);
        }
        const known = this.seen.values.length;
        const code = this.seen.codeOfKey(bytes, start, end);
        let bits;
        if (code < known)
            bits = this.verdicts[code];
        else {
            this.fresh++;
            if (code === this.verdicts.length)
                this.verdicts = (0,typed_arrays/* grown */.gT)(this.verdicts, code + 1);
            bits = this.verdicts[code] = this.judge(bytes, start, end);
        }
        if (++this.looked === WINDOW)
            this.endWindow();
        return bits;
    }
    endWindow() {
        if (this.fresh * 8 > WINDOW * 7) {
            this.paused = this.pause * WINDOW;
            this.pause = Math.min(this.pause * 2, MAX_PAUSE);
        }
        else
            this.pause = 1;
        this.looked = this.fresh = 0;
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/row-checks.js







/** How a value must compare with a bound: ≥, ≤, > or <. */
var Side;
(function (Side) {
    Side[Side["AtLeast"] = 0] = "AtLeast";
    Side[Side["AtMost"] = 1] = "AtMost";
    Side[Side["Above"] = 2] = "Above";
    Side[Side["Below"] = 3] = "Below";
})(Side || (Side = {}));
const list = (values) => values.length > 5 ? `${values.slice(0, 5).join(", ")}, … (${values.length})` : values.join(", ");
/**
 * `enum` on text: a failing value that is an allowed one in another Unicode normal form (an
 * accent written decomposed), which looks the same in the report, is noted as such; one that
 * differs from an allowed value only by case or white space (`usd`, `USD `) names that value.
 */
function textEnumTally(make, entries, allowed) {
    const tally = make("enum", `one of ${list(entries)}`);
    tally.exampleNote = (value) => {
        const twin = (0,closest_name/* otherNormalForm */.Yh)(value, allowed);
        if (twin !== undefined)
            return (0,closest_name/* normalFormNote */.Yv)(value, twin).trimEnd();
        for (const known of allowed) {
            const how = (0,closest_name/* spacesOrCase */.xl)(value, known);
            if (how !== undefined)
                return `did you mean ${(0,closest_name/* quoteName */.AB)(known)}? ${how}`;
        }
        return null;
    };
    return tally;
}
/** `required`: a value in every row; counted over all rows, not only the present values. */
function requiredTally(field, make) {
    return field.constraints?.required ? make("required", "a value in every row") : undefined;
}
/** A field's tallies: `required`'s first, then its predicates' in order. */
const talliesOf = (required, predicates) => [...(required ? [required] : []), ...predicates.map((p) => p.tally)];
/** A numeric column's checks; `type` is the column's, which an enum's entries are read as. */
function numericPredicates(field, make, type) {
    const c = field.constraints ?? {};
    const out = [];
    const bound = (name, symbol, side) => {
        const raw = c[name];
        if (raw === undefined)
            return;
        const value = (0,data_contract.boundValue)(raw, field.type);
        const test = (v) => row_checks_within(v, value, side);
        out.push({ tally: make(name, `${symbol} ${raw}`), test, bound: { value, side } });
    };
    bound("minimum", "≥", Side.AtLeast);
    bound("maximum", "≤", Side.AtMost);
    bound("exclusiveMinimum", ">", Side.Above);
    bound("exclusiveMaximum", "<", Side.Below);
    if (c.enum) {
        const allowed = new Set(c.enum.map((entry) => (0,data_contract.enumValue)(entry, type)));
        out.push({ tally: make("enum", `one of ${list(c.enum)}`), test: (v) => allowed.has(v) });
    }
    return out;
}
function row_checks_within(v, bound, side) {
    if (side === Side.AtLeast)
        return v >= bound;
    if (side === Side.AtMost)
        return v <= bound;
    return side === Side.Above ? v > bound : v < bound;
}
/** Fails the batch's present values of `column` that are not within `bound`. */
function failOutside(batch, column, invalid, { tally, bound }) {
    const { values } = column;
    const { value, side } = bound;
    for (let i = 0; i < batch.length; i++) {
        const v = values[i];
        if (v !== v || row_checks_within(v, value, side))
            continue;
        tally.failCell(batch, i, invalid, column);
    }
}
function stringPredicates(field, make, pattern) {
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
    if (pattern !== undefined) {
        out.push({ tally: make("pattern", `matches ${c.pattern}`), test: (v) => pattern.text(v) });
    }
    if (c.enum) {
        const allowed = new Set(c.enum.map(String));
        out.push({ tally: textEnumTally(make, c.enum, allowed), test: (v) => allowed.has(v) });
    }
    return out;
}
/** The length of a cell's text in code points, as `ucs2length` counts it, from its bytes. */
function cellLength(bytes, start, end) {
    if (!(0,text_bytes/* isUtf8Cell */._B)(bytes, start, end))
        return (0,json_values/* ucs2length */.K)((0,text_bytes/* textOfBytes */.gm)(bytes, start, end));
    let length = 0;
    // Each code point has one byte that is not a continuation byte (10xxxxxx).
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            length++;
    return length;
}
/** `stringPredicates` for a text column read as bytes: the same checks, no string per cell. */
function bytePredicates(field, make, pattern) {
    const c = field.constraints ?? {};
    const out = [];
    if (c.minLength !== undefined) {
        const min = c.minLength;
        const test = (b, s, e) => cellLength(b, s, e) >= min;
        out.push({ tally: make("minLength", `length ≥ ${min}`), test });
    }
    if (c.maxLength !== undefined) {
        const max = c.maxLength;
        const test = (b, s, e) => cellLength(b, s, e) <= max;
        out.push({ tally: make("maxLength", `length ≤ ${max}`), test });
    }
    if (pattern !== undefined) {
        out.push({ tally: make("pattern", `matches ${c.pattern}`), test: pattern.bytes, slow: true });
    }
    if (c.enum) {
        const allowed = new Set(c.enum.map(String));
        const spelled = new string_dictionary/* StringDictionary */.w();
        for (const value of allowed)
            spelled.codeOf(value);
        const test = (b, s, e) => (0,text_bytes/* isUtf8Cell */._B)(b, s, e) ? spelled.hasBytes(b, s, e) : allowed.has((0,text_bytes/* textOfBytes */.gm)(b, s, e));
        out.push({ tally: textEnumTally(make, c.enum, allowed), test });
    }
    return out;
}
class NumericChecks {
    name;
    required;
    predicates;
    noValue;
    tallies;
    constructor(name, required, predicates, noValue) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
        this.noValue = noValue;
        this.tallies = talliesOf(required, predicates);
    }
    run(batch, invalid, typeErrors) {
        const column = batch.columns.get(this.name);
        const values = column.values;
        const mistyped = typeErrors.get(this.name);
        let present = 0;
        let untyped = 0;
        for (let i = 0; i < batch.length; i++) {
            if (mistyped?.[i])
                untyped++;
            else if (Number.isNaN(values[i]))
                this.required?.fail(batch, i, invalid, null, this.noValue);
            else
                present++;
        }
        if (this.required)
            this.required.evaluated += batch.length - untyped;
        for (const predicate of this.predicates) {
            const { tally, test } = predicate;
            tally.evaluated += present;
            if (predicate.bound) {
                failOutside(batch, column, invalid, predicate);
                continue;
            }
            for (let i = 0; i < batch.length; i++) {
                const v = values[i];
                if (!Number.isNaN(v) && !test(v))
                    tally.failCell(batch, i, invalid, column);
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
    noValue;
    tallies;
    /** Per dictionary code, one bit per predicate that the value fails. */
    verdicts = new Uint32Array(0);
    known = 0;
    constructor(name, required, predicates, noValue) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
        this.noValue = noValue;
        this.tallies = talliesOf(required, predicates);
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
        // Plain loops: a closure here would give every value a context on the heap.
        const { predicates } = this;
        for (let code = this.known; code < dictionary.length; code++) {
            let bits = 0;
            for (let p = 0; p < predicates.length; p++) {
                if (!predicates[p].test(dictionary[code]))
                    bits |= 1 << p;
            }
            this.verdicts[code] = bits;
        }
        this.known = dictionary.length;
    }
    run(batch, invalid) {
        const column = batch.columns.get(this.name);
        if (this.predicates.length > 0)
            this.judge(column);
        const { codes } = column;
        const { verdicts, required } = this;
        let present = 0;
        for (let i = 0; i < batch.length; i++) {
            const code = codes[i];
            if (code < 0) {
                required?.fail(batch, i, invalid, null, this.noValue);
                continue;
            }
            present++;
            const bits = verdicts[code];
            if (bits !== 0)
                failBits(this.predicates, batch, i, invalid, column, bits);
        }
        if (this.required)
            this.required.evaluated += batch.length;
        for (const { tally } of this.predicates)
            tally.evaluated += present;
    }
}
/**
 * A text column read as bytes: each cell is tested where it lies, through a verdict cache when
 * a check runs a regular expression.
 */
class ByteChecks {
    name;
    required;
    predicates;
    noValue;
    tallies;
    cache;
    constructor(name, required, predicates, noValue) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
        this.noValue = noValue;
        this.tallies = talliesOf(required, predicates);
        if (predicates.some((predicate) => predicate.slow)) {
            this.cache = new VerdictCache((bytes, start, end) => this.judge(bytes, start, end));
        }
    }
    /** One bit per predicate that the cell `bytes[start, end)` fails. */
    judge(bytes, start, end) {
        let bits = 0;
        for (let p = 0; p < this.predicates.length; p++) {
            if (!this.predicates[p].test(bytes, start, end))
                bits |= 1 << p;
        }
        return bits;
    }
    run(batch, invalid) {
        const column = batch.byteColumns.get(this.name);
        const { starts, missing } = column;
        const bytes = (0,text_bytes/* asBuffer */.bS)(column.bytes);
        const { predicates, required, cache } = this;
        cache?.clear();
        let present = 0;
        for (let i = 0; i < batch.length; i++) {
            if (missing[i] === 1) {
                required?.fail(batch, i, invalid, null, this.noValue);
                continue;
            }
            present++;
            if (predicates.length === 0)
                continue;
            const start = starts[i];
            const end = starts[i + 1];
            const bits = cache ? cache.verdict(bytes, start, end) : this.judge(bytes, start, end);
            if (bits !== 0)
                failBits(predicates, batch, i, invalid, column, bits);
        }
        if (required)
            required.evaluated += batch.length;
        for (const { tally } of predicates)
            tally.evaluated += present;
    }
}
/**
 * Fails row `row` in each check whose bit is set. A function, not a closure in the row loop: a
 * closure there would give every row of the loop a context on the heap.
 */
function failBits(predicates, batch, row, invalid, column, bits) {
    for (let p = 0; p < predicates.length; p++) {
        if (bits & (1 << p))
            predicates[p].tally.failCell(batch, row, invalid, column);
    }
}
/**
 * The row-level checks `field` declares, as tallies that see no row: for a declared field the
 * data lacks, whose checks the report lists as not run rather than leaves out. `numeric` is the
 * column type the field would be read as, when numbers.
 */
function declaredTallies(field, numeric, pattern, make) {
    const required = requiredTally(field, make);
    const predicates = numeric
        ? numericPredicates(field, make, numeric)
        : stringPredicates(field, make, pattern);
    return talliesOf(required, predicates);
}
/**
 * The row-level checks of a field, for the type its column was read as; none when the field
 * has no row-level constraint.
 */
function columnChecks(field, column, { mostly, maxExamples, locator, pattern, noValue = "no value", withholds }) {
    const make = (check, expected) => new check_result/* RowTally */.p9(check, field.name, expected, mostly, maxExamples, locator, withholds);
    const required = requiredTally(field, make);
    if ("bytes" in column) {
        const predicates = bytePredicates(field, make, pattern);
        return required || predicates.length
            ? new ByteChecks(field.name, required, predicates, noValue)
            : undefined;
    }
    if ("values" in column) {
        const predicates = numericPredicates(field, make, column.type);
        return required || predicates.length
            ? new NumericChecks(field.name, required, predicates, noValue)
            : undefined;
    }
    const predicates = stringPredicates(field, make, pattern);
    return required || predicates.length
        ? new StringChecks(field.name, required, predicates, noValue)
        : undefined;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/cell-spelling.js
var cell_spelling = __webpack_require__(7931);
// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(403);
// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(2646);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/spelling-hints.js
var spelling_hints = __webpack_require__(7571);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/type-checks.js








/** The text of an integer: one that fails an integer column's type is past 2^53. */
const WHOLE_NUMBER = /^[+-]?\d+$/;
const PAST_EXACT_INTEGERS = `an integer beyond ${column_builder/* EXACT_INTEGERS */.ke} is held only rounded, two ids as one: declare ids this long as string`;
/**
 * The note of a cell that failed a date or datetime field for being a date or date-time of the
 * other type (Table Schema's date takes no time of day, its datetime needs one, unless its
 * format is `any`); null for any other cell.
 */
function dateFormNote(declared, text) {
    const forms = (0,infer_type/* dateForms */.gh)(declared);
    // A field with a pattern of its own (a format other than default and any) refuses a cell for
    // not being written as the pattern says.
    if (forms === "both" || (declared?.format ?? "default") !== "default")
        return null;
    const dated = !Number.isNaN((0,parse_cell/* parseDatetime */.X7)(text));
    return dated && !(0,parse_cell/* isDateForm */.BT)(text, forms) ? column_builder/* OTHER_DATE_FORM */.$$[forms] : null;
}
/**
 * The note of a number that a date or datetime field of no pattern refused as milliseconds since
 * 1970: the unit its size says, or its time of day in a date field. Text of digits has none, as
 * no text is read as milliseconds; nor has an infinity, which no unit makes a date.
 */
function epochNote(declared, cell) {
    if (!cell.number || (declared.type !== "date" && declared.type !== "datetime"))
        return undefined;
    if ((0,cell_spelling/* spellingOf */.k2)(declared) !== undefined)
        return undefined;
    const n = (0,parse_cell/* parseNumberText */.ke)(cell.text);
    return Number.isFinite(n) ? (0,parse_cell/* epochNumberProblem */._B)(n, (0,infer_type/* dateForms */.gh)(declared)) : undefined;
}
/**
 * The note of a cell that failed its field's type: a date of the other form, a number that a
 * date field reads in another unit, or written as an option of the field would read it
 * (`1.037,50`, `Y`, `12/31/2024`), saying which; null for any other cell, whose value and the
 * expected type say enough.
 */
function cellNote(declared, cell) {
    if ((0,missing_values/* isMissingSpelling */.DJ)(cell.text))
        return missingWordNote(cell.text);
    const dateForm = dateFormNote(declared, cell.text);
    if (dateForm !== null || declared === undefined)
        return dateForm;
    return epochNote(declared, cell) ?? (0,spelling_hints/* spellingHint */.Q8)(declared, cell.text) ?? null;
}
/**
 * The note of a cell that often means no value (R's `NA`, a database's `NULL`), which the
 * read takes for a value as the contract's missing values do not list it. The words are from a
 * fixed list: the note quotes no data.
 */
const missingWordNote = (word) => `'${word}' often means no value: list it in the contract's missingValues (or the field's) to read it as missing`;
/** Why a column the contract does not type has the type it has, and how to let any value in. */
const INFERRED_NOTE = "the column's type was inferred from the first rows; declare the field's type in the contract (string takes any value)";
/** What a value of a column must be, in the words of the report, as its field writes it. */
function typeText(column, declared) {
    const spelling = (0,cell_spelling/* spellingOf */.k2)(declared);
    if (spelling !== undefined)
        return spelling.expected;
    switch (column.type) {
        case "text":
        case "categorical":
            // Any text is a string; only a batch of rows whose cells pass 4 GiB is refused.
            return "text of at most 4 GiB in one batch of rows";
        case "integer":
            return "an integer";
        case "boolean":
            return "true or false";
        case "datetime":
            return column_builder/* DATES_TAKEN */.gC[(0,infer_type/* dateForms */.gh)(declared)];
        default:
            return "a number";
    }
}
/**
 * The `type` checks: a cell that does not parse as its column's type fails `type` at its row,
 * and the read goes on. Such a cell is then held as missing, so it is in no statistic of the
 * profile (which counts it as missing), and no other check of that cell runs: it does not also
 * fail `required` or a key. A column gets a `type` check once one of its cells fails, so that
 * a contract's list of checks does not grow by one per typed field.
 */
class TypeChecks {
    declared;
    make;
    typedBy;
    pending = [];
    tallies = new Map();
    constructor(
    /** The fields the contract declares with a type (`any` too), by name. */
    declared, make, 
    /** The note of each column read with a reference's type, which the contract leaves open. */
    typedBy = new Map()) {
        this.declared = declared;
        this.make = make;
        this.typedBy = typedBy;
    }
    /** The read's `onInvalidCell` hook: the cell's batch has not been yielded yet. */
    onInvalidCell = (column, _line, text, row, number) => {
        this.pending.push({ column, row, text, number });
    };
    /** Fails the rows of `batch` whose cells did not parse, and flags them per column. */
    run(batch, invalid) {
        const errors = new Map();
        const end = batch.rowOffset + batch.length;
        let taken = 0;
        for (const cell of this.pending) {
            if (cell.row >= end)
                break;
            taken++;
            const row = cell.row - batch.rowOffset;
            let flags = errors.get(cell.column);
            if (flags === undefined)
                errors.set(cell.column, (flags = new Uint8Array(batch.length)));
            flags[row] = 1;
            const column = (0,data_batch/* columnOf */.uV)(batch, cell.column);
            const tally = this.tally(column);
            // Only an example shows the note: a file of a million misspelt cells makes five. A
            // sensitive field's note would tell its value (`give the field trueValues: ["Y"]`).
            const noted = tally.keepsExamples && !tally.withholds;
            const note = noted ? cellNote(this.declared.get(cell.column), cell) : null;
            tally.fail(batch, row, invalid, (0,check_result/* bounded */.Mm)(cell.text), note);
            if (tally.note === null && column.type === "integer" && WHOLE_NUMBER.test(cell.text))
                tally.note = PAST_EXACT_INTEGERS;
        }
        this.pending = this.pending.slice(taken);
        return errors;
    }
    tally(column) {
        let tally = this.tallies.get(column.name);
        if (tally === undefined) {
            const declared = this.declared.get(column.name);
            tally = this.make(column.name, typeText(column, declared));
            const typedBy = this.typedBy.get(column.name);
            if (typedBy !== undefined)
                tally.note = typedBy;
            else if (declared === undefined)
                tally.note = INFERRED_NOTE;
            this.tallies.set(column.name, tally);
        }
        return tally;
    }
    /**
     * The `type` checks that failed somewhere, each over all `rows` of the read, in the order of
     * the data's `columns` (as the other checks follow the contract's), not of their first failures.
     */
    results(rows, columns) {
        const order = new Map(columns.map((name, i) => [name, i]));
        const position = (tally) => order.get(tally.column) ?? columns.length;
        for (const tally of this.tallies.values())
            tally.evaluated = rows;
        return [...this.tallies.values()].sort((a, b) => position(a) - position(b));
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validate-stream.js


















/**
 * A finer sketch for each field with quantile checks, held for those checks only: at a tail
 * quantile the profile's sketch spans too wide a range of values to judge a bound by. The
 * profile keeps its own k, so that it merges and compares with any other profile.
 */
const quantileSketches = ({ descriptor }) => new Map(descriptor.fields
    .filter((field) => (field["x-mlops"]?.quantiles?.length ?? 0) > 0)
    .map((field) => [field.name, new kll_sketch/* KllSketch */.gu(kll_sketch/* FINE_KLL_K */.Lj)]));
/**
 * The checks of one pass, fed batch by batch. The row-level checks are made from the first
 * batch, which tells each column's type; the `type` checks exist from the start, since the
 * reader reports a bad cell before it yields the cell's batch.
 */
class StreamValidation {
    contract;
    options;
    types;
    rowsPerFile = new Map();
    rows = 0;
    columns = [];
    perColumn = [];
    keys = { sets: [], tallies: [] };
    /** The row-level checks of declared fields the data lacks, none of which can run. */
    notRun = [];
    invalidRows = 0;
    /** JSON Lines keys first seen after the rows the columns were read from (`Batch.lateKeys`). */
    lateKeys = [];
    profiler;
    quantileSketches;
    distinctCounts;
    fields;
    /** What the data is read with: the contract's read schema, with the reference's types. */
    readSchema;
    /** The columns whose values are withheld: the sensitive fields' until the columns are known. */
    withheld;
    constructor(contract, options) {
        this.contract = contract;
        this.options = options;
        this.fields = new Map(contract.descriptor.fields.map((field) => [field.name, field]));
        this.withheld = contract.sensitive;
        // The profile records the missing values the data is read with, the table's and each
        // field's own, for whoever compares with it.
        const { readSchema } = contract;
        this.profiler = new profile_dataset/* DatasetProfiler */.ib({}, (0,read_options/* tableMissingValues */.jy)({ schema: readSchema }), (0,read_options/* ownMissingValues */.XS)({ schema: readSchema }));
        this.quantileSketches = quantileSketches(contract);
        this.distinctCounts = new DistinctCounts(contract);
        const declared = new Map(contract.readSchema.fields.flatMap((f) => (f.type === undefined ? [] : [[f.name, f]])));
        const typing = options.reference && referenceTyping(readSchema, options.reference);
        this.readSchema = typing?.schema ?? readSchema;
        this.types = new TypeChecks(declared, (column, expected) => this.tally("type", column, expected, this.mostly(column)), typing?.notes);
    }
    /** The share of a column's values that must pass its checks: the field's, else the contract's. */
    mostly(column) {
        const field = column === null ? undefined : this.fields.get(column);
        return field?.["x-mlops"]?.mostly ?? this.contract.descriptor["x-mlops"]?.mostly ?? 1;
    }
    /** A check's tally over the stream; one over a sensitive field's values (`fields`) withholds them. */
    tally(check, column, expected, mostly, fields = column === null ? [] : [column]) {
        const { maxExamples, locator } = this.options;
        const withholds = fields.some((name) => this.withheld.has(name));
        return new check_result/* RowTally */.p9(check, column, expected, mostly, maxExamples, locator, withholds);
    }
    /** The row-level and key checks, for the columns (and their types) of the first batch. */
    start(batch) {
        const { descriptor, primaryKey, patterns, sensitive } = this.contract;
        const { maxExamples, locator } = this.options;
        // A CSV file without a header row would name its columns by its first row, and have the
        // others shown and profiled under those names.
        if (sensitive.size > 0)
            (0,data_error/* refuseHeaderWithoutFields */.J8)(batch, this.fields);
        const declared = new Set(this.fields.keys());
        this.withheld = (0,withheld_values/* columnsToWithhold */.Un)(batch.names, sensitive, declared, batch.absentKeys);
        this.columns = [...batch.names];
        this.perColumn = descriptor.fields.flatMap((field) => {
            const column = (0,data_batch/* columnOf */.uV)(batch, field.name);
            const mostly = this.mostly(field.name);
            const pattern = patterns.get(field.name);
            const noValue = (0,nested_values/* nestedKeyNote */.r)(batch, field.name);
            const withholds = this.withheld.has(field.name);
            const options = { mostly, maxExamples, locator, pattern, noValue, withholds };
            const checks = column && columnChecks(field, column, options);
            return checks ? [checks] : [];
        });
        // A key's `mostly` is 1, except a field's own `unique`, which is one of its checks.
        const make = (check, column, fields) => check.startsWith("primaryKey")
            ? this.tally(check, column, "present and unique", 1, fields)
            : this.tally(check, column, "unique", check === "unique" ? this.mostly(column) : 1, fields);
        this.notRun = descriptor.fields
            .filter((field) => !(0,data_batch/* columnOf */.uV)(batch, field.name))
            .flatMap((field) => {
            const tallies = declaredTallies(field, (0,data_contract.numericColumnType)(field), patterns.get(field.name), (check, expected) => this.tally(check, field.name, expected, this.mostly(field.name)));
            if (field.constraints?.unique)
                tallies.push(make("unique", field.name));
            return tallies.map((tally) => (0,check_result/* skippedCheck */.nT)(tally.result(), check_result/* ABSENT_FIELD_NOTE */.ET));
        });
        // A key whose field the data lacks is not checked (the `fields` check fails for it): it is
        // listed as skipped, as that field's own checks are.
        const whole = (fields) => fields.every((name) => batch.names.includes(name));
        const keyless = [
            ...(primaryKey.length > 0 && !whole(primaryKey) ? [["primaryKey", primaryKey]] : []),
            ...(descriptor.uniqueKeys ?? [])
                .filter((fields) => !whole(fields))
                .map((fields) => ["uniqueKey", fields]),
        ];
        for (const [kind, fields] of keyless) {
            const tally = keyTally(kind, fields, make);
            this.notRun.push((0,check_result/* skippedCheck */.nT)(tally.result(), check_result/* ABSENT_KEY_FIELD_NOTE */.wh));
        }
        const unique = descriptor.fields
            .filter((f) => f.constraints?.unique && whole([f.name]))
            .map((f) => f.name);
        const uniqueKeys = (descriptor.uniqueKeys ?? []).filter(whole);
        const maxKeys = descriptor["x-mlops"]?.maxKeys ?? DEFAULT_MAX_KEYS;
        this.keys = keyChecks({ unique, primaryKey: whole(primaryKey) ? primaryKey : [], uniqueKeys }, make, { left: maxKeys, max: maxKeys }, 
        // Said as the read reaches it: a check that passes may have missed a duplicate.
        (message) => (0,define_action/* warnIn */.aP)(this.options, message));
    }
    /** Runs every check over one batch, and profiles it. */
    add(batch) {
        if (this.rows === 0 && this.columns.length === 0)
            this.start(batch);
        const invalid = new Uint8Array(batch.length);
        const typeErrors = this.types.run(batch, invalid);
        for (const checks of this.perColumn)
            checks.run(batch, invalid, typeErrors);
        for (const set of this.keys.sets)
            set.run(batch, invalid, this.options.locator, typeErrors);
        for (let i = 0; i < invalid.length; i++)
            this.invalidRows += invalid[i];
        this.profiler.add(batch);
        // Fed the numbers the profile's sketch is fed, so that both hold the same values.
        for (const [name, sketch] of this.quantileSketches) {
            const column = (0,data_batch/* columnOf */.uV)(batch, name);
            if (column && "values" in column)
                sketch.updateMany(column.values);
        }
        this.distinctCounts.add(batch);
        this.lateKeys = batch.lateKeys ?? this.lateKeys;
        this.rows += batch.length;
        this.rowsPerFile.set(batch.file, (this.rowsPerFile.get(batch.file) ?? 0) + batch.length);
    }
    /** What the pass found, over the rows read before `readFailure` when the read stopped. */
    outcome(readFailure) {
        const { rows, columns } = this;
        const { delimiter, locator } = this.options;
        const late = this.lateKeys.map(({ name, file, line }) => ({
            name,
            where: `${locator.shown(file)}:${line}`,
        }));
        const checks = [
            ...(columns.length > 0 ? [fieldsCheck(this.contract, columns, delimiter, late)] : []),
            ...this.types.results(rows, columns).map((tally) => tally.result()),
            ...this.perColumn.flatMap((c) => c.tallies.map((tally) => tally.result())),
            ...this.notRun,
            ...this.keys.tallies.map((tally) => tally.result()),
        ];
        const { rowsPerFile, invalidRows, quantileSketches } = this;
        const profile = readFailure ? null : this.profiler.toJSON();
        const partialChecks = new Set(this.keys.tallies.filter((t) => t.partial).map((t) => (0,check_result/* boundedCheck */.IQ)(t.result()).id));
        return {
            rows,
            rowsPerFile,
            columns,
            checks,
            invalidRows,
            readFailure,
            profile,
            withheld: this.withheld,
            quantileSketches,
            distinctCounts: this.distinctCounts.counts(),
            partialChecks,
        };
    }
}
/**
 * Validates the data in one pass over its batches: row-level checks, uniqueness and the
 * profile are all fed from the same batch, which is then dropped. Memory is one batch, the
 * profile's sketches, the values of the distinct checks (`EXACT_DISTINCT_CAP` a field at most),
 * and the keys of the uniqueness checks (bounded by `x-mlops.maxKeys`).
 */
async function validateStream(files, contract, options) {
    const validation = new StreamValidation(contract, options);
    const { log, progress } = options;
    const tracker = new read_progress/* ReadProgress */.i({ label: "validate-data", progress, log });
    const read = (0,read_batches/* readBatches */.Pu)(files, {
        schema: validation.readSchema,
        delimiter: options.delimiter,
        onInvalidCell: validation.types.onInvalidCell,
        // Each batch is checked and profiled before the next is read; nothing keeps its columns.
        reuseBatches: true,
        // Every check and every part of the profile passes over a batch's columns again: at 8,192
        // rows a batch stays in the core's caches between passes, where one of 65,536 does not
        // (about a tenth of the time and of the CPU seconds measured, and 35 MB less).
        batchSize: read_options/* STREAMING_BATCH_SIZE */.mM,
        textAsBytes: true,
        // Checking and profiling a batch costs about what reading it does: the two overlap.
        readInWorker: "large",
        onFileDigest: options.onFileDigest,
    });
    try {
        for await (const batch of tracker.track(read))
            validation.add(batch);
    }
    catch (error) {
        if (!(error instanceof data_error/* DataError */.fL))
            throw error;
        // The reader may quote a cell, or a header that is a row: not where a field is sensitive.
        const failure = (0,data_error/* withheldDataError */.Ej)(error, validation.withheld);
        return validation.outcome(readFailureCheck(failure, validation.rows, options.locator));
    }
    return validation.outcome(null);
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validation-report.schema.json
const validation_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.validation-report/v1","title":"Validation report","description":"The result of validate-data: the data\'s identity, every check of the contract with its counts, observed value and first failing rows.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","valid","data","contract","reference_profile","counts","checks","notes"],"definitions":{"fileRef":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"count":{"type":"integer","minimum":0},"nullableCount":{"type":["integer","null"],"minimum":0},"example":{"type":"object","additionalProperties":false,"required":["file","line","row","column","value","note"],"properties":{"file":{"type":"string"},"line":{"description":"1-based line in a CSV or JSONL file; null for Parquet.","type":["integer","null"],"minimum":1},"row":{"description":"0-based index of the row in the dataset; null when the read stopped before it.","type":["integer","null"],"minimum":0},"column":{"type":["string","null"]},"value":{"type":["number","string","boolean","null"]},"note":{"type":["string","null"]}}},"check":{"type":"object","additionalProperties":false,"required":["id","check","column","level","status","evaluated","failed","mostly","expected","observed","examples","note"],"properties":{"id":{"type":"string"},"check":{"type":"string"},"column":{"type":["string","null"]},"level":{"enum":["row","column","dataset"]},"status":{"enum":["pass","fail","skipped"]},"evaluated":{"$ref":"#/definitions/nullableCount"},"failed":{"$ref":"#/definitions/nullableCount"},"mostly":{"type":["number","null"],"minimum":0,"maximum":1},"expected":{"type":"string"},"observed":{"type":["number","string","null"]},"examples":{"type":"array","items":{"$ref":"#/definitions/example"}},"note":{"type":["string","null"]}}}},"properties":{"schema":{"const":"mlops.validation-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"valid":{"type":"boolean"},"data":{"type":"object","additionalProperties":false,"required":["source","digest","rows","columns","files"],"properties":{"source":{"type":"string"},"digest":{"type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"$ref":"#/definitions/count"},"columns":{"type":"array","items":{"type":"string"}},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["file","sha256","bytes","rows"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"$ref":"#/definitions/count"},"rows":{"$ref":"#/definitions/count"}}}}}},"contract":{"$ref":"#/definitions/fileRef"},"reference_profile":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/fileRef"}]},"counts":{"type":"object","additionalProperties":false,"required":["checks","passed","failed","skipped","invalid_rows"],"properties":{"checks":{"$ref":"#/definitions/count"},"passed":{"$ref":"#/definitions/count"},"failed":{"$ref":"#/definitions/count"},"skipped":{"$ref":"#/definitions/count"},"invalid_rows":{"$ref":"#/definitions/count"}}},"checks":{"type":"array","items":{"$ref":"#/definitions/check"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validation-report.js


/** `mlops.validation-report/v1`: what validate-data found (see validation-report.schema.json). */
const validationReportContract = (0,validate/* writtenContract */._l)("mlops.validation-report/v1", validation_report_schema_namespaceObject, "A validation report is the JSON validate-data writes at its report-path (mlops-out/validation-report.json by default)");

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validate-data.js
























/**
 * The profile that skew is checked against, and where it came from: profile files (or globs of
 * them, merged), the profile stored with a registry version, or reference data profiled here.
 * Reference data is read as the data is, with the contract's types and missing values (a number
 * column with `NA` is numbers on both sides), a value its type does not take counted missing; it
 * may lack declared fields, whose skew checks say so. A refusal of it quotes no value of the
 * contract's sensitive fields, as one of the data does not (`withheldDataError`).
 */
async function referenceProfile(given, cwd, read, where) {
    const { schema, delimiter, contract } = read;
    const reference = await (0,load_reference/* loadReference */.Q)(given, cwd, where);
    if (reference.kind !== "data") {
        const file = reference.from ?? (0,load_reference/* shownPaths */.U)(reference.paths, cwd);
        (0,missing_values/* requireContractMissingValues */.mg)(reference.profile, file, schema);
        // Of a glob of profiles, merged, as of a glob of data: the digest of their digests.
        const sha256 = datasetDigest(await new FileDigests().of(reference.files));
        return { profile: reference.profile, file, sha256 };
    }
    const files = await (0,input_files/* listInputFiles */.Q)("reference", reference.paths, cwd);
    const digests = new FileDigests();
    const profile = await (0,profile_dataset/* profileBatches */.cQ)((0,read_batches/* readBatches */.Pu)(files, {
        // The contract's read schema already lets declared fields be absent.
        schema,
        delimiter,
        // As the data's type checks let some through (mostly), a value the reference's type
        // does not take is left out of its distribution rather than stopping the run.
        onInvalidCell: () => { },
        reuseBatches: true,
        textAsBytes: true,
        readInWorker: "large",
        onFileDigest: digests.onFileDigest,
    }), {}, (0,read_options/* tableMissingValues */.jy)({ schema }), (0,read_options/* ownMissingValues */.XS)({ schema })).catch((error) => {
        throw error instanceof data_error/* DataError */.fL ? (0,data_error/* withheldDataError */.Ej)(error, contract.sensitive) : error;
    });
    const sha256 = datasetDigest(await digests.of(files));
    return { profile, file: (0,load_reference/* shownPaths */.U)(reference.paths, cwd), sha256 };
}
/**
 * The profile as a file to write, checked against mlops.profile/v1 as drift-check's is. Its
 * validator is large: loaded here, where a profile is written, as `readProfile` loads it where
 * one is read, so that it stays off the start-up of every run (and of --help).
 */
async function profileFile(profile, path) {
    const { profileContract } = await __webpack_require__.e(/* import() */ 997).then(__webpack_require__.bind(__webpack_require__, 5997));
    return (0,report_file/* reportFile */.r)(profileContract, profile, path);
}
const validateData = (0,define_action/* defineAction */.QP)({
    name: "validate-data",
    permissions: {
        contents: {
            level: "read",
            why: "read the data and contract checked out, and a registry reference's profile",
        },
    },
    example: {
        data: "data/train/*.csv",
        schema: ".mlops/data-contract.yml",
    },
    inputs: {
        data: (0,inputs/* dataSource */.Ex)(),
        schema: (0,inputs/* file */.NJ)(),
        reference: (0,inputs/* dataSources */.x6)(),
        "report-path": (0,inputs/* outputPath */.XC)(),
        "profile-path": (0,inputs/* outputPath */.XC)(),
        "fail-step": (0,inputs/* bool */.lc)(),
        "max-examples": (0,inputs/* number */.ai)({ min: 0, max: 1000, integer: true }),
        delimiter: (0,inputs/* delimiter */.uV)(),
        registry: (0,inputs/* dataSource */.Ex)(),
        backend: (0,inputs/* choice */.Yq)(choose_backend/* BACKENDS */.A),
        "github-token": (0,inputs/* secret */.rJ)(),
    },
    async run(inputs, context) {
        const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
        const contract = await (0,data_contract.loadDataContract)(inputs.schema, shown(inputs.schema));
        const source = (0,external_node_path_.isAbsolute)(inputs.data) ? inputs.data : (0,external_node_path_.resolve)(context.cwd, inputs.data);
        // Listed before a reference is profiled, which can take long: a mistyped path fails at once.
        const files = await (0,input_files/* listInputFiles */.Q)("data", source, context.cwd);
        const reference = inputs.reference.length > 0
            ? await referenceProfile(inputs.reference, context.cwd, { schema: contract.readSchema, delimiter: inputs.delimiter, contract }, {
                github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
                path: inputs.registry,
                backend: inputs.backend,
            })
            : undefined;
        // Refused before the contract's checks start: a report of a file that was never read as
        // data would be one failed check that the input alone settles.
        const unknown = files.find((path) => (0,data_format/* formatOf */.b)(path) === undefined);
        if (unknown !== undefined)
            throw (0,data_error/* unknownFormat */.CX)(shown(unknown));
        // The digests are taken by the read itself, on its thread: the bytes hashed are the bytes
        // checked, and the main thread, busiest with the checks, hashes nothing.
        const digests = new FileDigests();
        const outcome = await validateStream(files, contract, {
            maxExamples: inputs["max-examples"],
            delimiter: inputs.delimiter,
            locator: (0,check_result/* rowLocator */.Zp)(context.cwd),
            log: context.log,
            warn: context.warn,
            progress: context.progress,
            // Parquet carries its columns' types: the reference's would only override them.
            reference: files.some((path) => (0,data_format/* formatOf */.b)(path) === "parquet") ? undefined : reference,
            onFileDigest: digests.onFileDigest,
        });
        const data = {
            files,
            sizes: files.map((path) => (0,external_node_fs_.statSync)(path).size),
            digests: await digests.of(files),
        };
        const report = buildReport({
            source: inputs.data,
            data,
            contract,
            contractSha256: await (0,hash_file/* hashFile */.D)(inputs.schema),
            reference,
            outcome,
            createdAt: context.now(),
            shown,
        });
        // The report and the profile are checked against their own contracts before anyone
        // downstream trusts them, and neither is written unless both pass. The checks read the
        // whole profile; the file keeps no value of a sensitive field.
        const profile = outcome.profile && (0,withheld_values/* withholdColumns */.H6)(outcome.profile, outcome.withheld);
        context.acting?.();
        (0,write_output/* writeFilesAtomic */.aV)([
            (0,report_file/* reportFile */.r)(validationReportContract, report, inputs["report-path"]),
            ...(profile ? [await profileFile(profile, inputs["profile-path"])] : []),
        ]);
        return stepResult(report, {
            reportPath: shown(inputs["report-path"]),
            profilePath: outcome.profile ? shown(inputs["profile-path"]) : "",
            maxExamples: inputs["max-examples"],
            failStep: inputs["fail-step"],
            partialChecks: outcome.partialChecks,
        });
    },
});


/***/ })

};
