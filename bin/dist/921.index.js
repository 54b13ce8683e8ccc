export const id = 921;
export const ids = [921];
export const modules = {

/***/ 3262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ counted)
/* harmony export */ });
/* harmony import */ var _group_digits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7382);

/** A count and its noun, singular for one: `1 row`, `2,000 rows`, `1 class`, `3 classes`. */
function counted(n, noun, plural = `${noun}s`) {
    return `${(0,_group_digits_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(n)} ${n === 1 ? noun : plural}`;
}


/***/ }),

/***/ 6921:
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
// EXTERNAL MODULE: ./shared/dist/engine/data/read-batches.js + 12 modules
var read_batches = __webpack_require__(1372);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-files.js
var read_files = __webpack_require__(9726);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/engine/profile/profile-dataset.js
var profile_dataset = __webpack_require__(4607);
// EXTERNAL MODULE: ./shared/dist/engine/profile/missing-values.js
var missing_values = __webpack_require__(9934);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(8835);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/platform/registry/load-reference.js
var load_reference = __webpack_require__(716);
// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/engine/data/batch.js
var data_batch = __webpack_require__(9098);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/check-result.js



/** `check` as one that could not run, and why: nothing evaluated, nothing observed. */
const skippedCheck = (check, note) => ({
    ...check,
    status: "skipped",
    evaluated: null,
    failed: null,
    observed: null,
    examples: [],
    note,
});
/** Why a check of a declared field the data lacks did not run. */
const ABSENT_FIELD_NOTE = "not checked: the data has no such field";
/** The most characters of one name or value, from the data or the contract, a report echoes. */
const MAX_NAME = 200;
/** The most characters of one sentence (an expectation, a note), which may hold several. */
const MAX_SENTENCE = 1000;
/**
 * `text` cut after `max` characters (not inside a surrogate pair), saying so: an ellipsis and
 * the full length. Names and values come from data and pull requests, and a 40 MB header must
 * not become 40 MB of summary, annotations and report.
 */
function bounded(text, max = MAX_NAME) {
    if (text.length <= max)
        return text;
    return `${(0,shorten/* prefix */.Pl)(text, max)}… (${(0,group_digits/* groupDigits */.K)(text.length)} characters)`;
}
const boundedOrNull = (text, max) => text === null ? null : bounded(text, max);
/** A check's id, `column.check` with the column's name bounded, or the id as a sentence. */
function boundedId({ id, column }) {
    return column !== null && id.startsWith(`${column}.`)
        ? `${bounded(column)}${id.slice(column.length)}`
        : bounded(id, MAX_SENTENCE);
}
/**
 * A check as the report, the summary and the annotations show it: every text bounded. Values
 * are cut to 200 characters when taken (`exampleValue`); a key's value joins several of them.
 */
function boundedCheck(check) {
    return {
        ...check,
        id: boundedId(check),
        column: boundedOrNull(check.column),
        expected: bounded(check.expected, MAX_SENTENCE),
        observed: typeof check.observed === "string" ? bounded(check.observed, MAX_SENTENCE) : check.observed,
        note: boundedOrNull(check.note, MAX_SENTENCE),
        examples: check.examples.map((example) => ({
            ...example,
            column: boundedOrNull(example.column),
            value: typeof example.value === "string" ? bounded(example.value, MAX_SENTENCE) : example.value,
            note: boundedOrNull(example.note, MAX_SENTENCE),
        })),
    };
}
/**
 * Epoch milliseconds, as the engine reads dates, in ISO 8601: a date field's values are
 * midnight UTC, shown as the date the data holds, 2024-05-01.
 */
function dateText(ms) {
    const date = new Date(ms);
    if (Number.isNaN(date.getTime()))
        return String(ms);
    const iso = date.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, iso.indexOf("T")) : iso;
}
/** A cell as the report shows it: dates in ISO 8601, booleans as such, long text cut. */
function exampleValue(column, row) {
    const value = (0,data_batch/* cellValue */.O)(column, row);
    // Cut here too, so that the examples kept until the end do not hold whole long values.
    if (typeof value === "string")
        return bounded(value);
    if (value === null || !Number.isFinite(value))
        return value === null ? null : String(value);
    if (column.type === "datetime")
        return dateText(value);
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
    /** `fail` with the cell of `column` at `row` as the example, read only while one is kept. */
    failCell(batch, row, invalid, column) {
        const kept = this.examples.length < this.maxExamples;
        this.fail(batch, row, invalid, kept ? exampleValue(column, row) : null);
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
/** Each file's sha256, one file at a time: a glob of thousands must not open them all at once. */
async function hashFiles(files) {
    const digests = [];
    for (const path of files)
        digests.push(await (0,hash_file/* hashFile */.D)(path));
    return digests;
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/compare-profiles.js
var compare_profiles = __webpack_require__(1991);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(3207);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/skew-checks.js



/** Why a skew asked for is not measured where the reference lacks the field. */
const ABSENT_REFERENCE_NOTE = "not checked: the reference has no such field";
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
    const empty = ref.count === 0 ? "the reference" : cur.count === 0 ? "the data" : null;
    if (empty !== null)
        return { value: null, note: `${empty} has no values in this column` };
    if (method === "linf")
        return lInfinity(ref, cur);
    if ((ref.sketch === null) !== (cur.sketch === null)) {
        return { value: null, note: `the column is ${ref.type} in the reference and ${cur.type} here` };
    }
    const [comparison] = (0,compare_profiles/* compareProfiles */.G)({ ...reference, columns: [ref] }, { ...current, columns: [cur] });
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
        if (asked?.method === undefined && column.type === "text")
            return [];
        const method = asked?.method ??
            (column.sketch === null || column.type === "boolean" ? "linf" : "wasserstein");
        const threshold = asked?.threshold ?? SKEW_THRESHOLDS[method];
        const { value, note } = cur && ref ? measure(method, reference, current, ref, cur) : { value: null, note: null };
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
            return [skippedCheck(check, ABSENT_REFERENCE_NOTE)];
        return [cur ? check : skippedCheck(check, ABSENT_FIELD_NOTE)];
    });
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/kll-sketch.js + 1 modules
var kll_sketch = __webpack_require__(1815);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 1 modules
var validate = __webpack_require__(2930);
// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(403);
// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(2646);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 2 modules
var read_structured = __webpack_require__(5411);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
// EXTERNAL MODULE: ./shared/dist/engine/data/cell-spelling.js
var cell_spelling = __webpack_require__(7931);
// EXTERNAL MODULE: ./shared/dist/engine/data/date-pattern.js
var date_pattern = __webpack_require__(4247);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/field-spelling.js


/** The field types each of Table Schema's spelling properties belongs to. */
const SPELLING_TYPES = {
    decimalChar: ["number"],
    groupChar: ["number", "integer"],
    bareNumber: ["number", "integer"],
    trueValues: ["boolean"],
    falseValues: ["boolean"],
};
/** Characters a number's own grammar uses, which cannot also mark its decimals or groups. */
const NUMBER_CHARACTERS = /[0-9+\-eE]/;
/**
 * The rules of a field's spelling of its values (Table Schema's `decimalChar`, `groupChar`,
 * `bareNumber`, `trueValues`, `falseValues`): each on a field of its type, a number's marks
 * one character each, none of the number's own and not the same, and no word both true and
 * false. The data engine reads cells by them (see `spellingOf` in the engine).
 */
function checkSpelling(field, at, fail) {
    const type = field.type ?? "any";
    for (const [key, types] of Object.entries(SPELLING_TYPES)) {
        if (field[key] !== undefined && !types.includes(type)) {
            fail(`${at}/${key}`, `applies to ${types.join(" and ")} fields, not ${type === "any" ? "an untyped field" : type}`, `Remove it, or declare the field's type as ${types.join(" or ")}`);
        }
    }
    for (const key of ["decimalChar", "groupChar"]) {
        const mark = field[key];
        if (mark !== undefined && ([...mark].length !== 1 || NUMBER_CHARACTERS.test(mark))) {
            fail(`${at}/${key}`, `is ${JSON.stringify(mark)}: it must be one character, not a digit, a sign or an e`, key === "decimalChar"
                ? 'Write one character, such as ","'
                : 'Write one character, such as "," or " "');
        }
    }
    // An integer has no decimal character, so any group character will do.
    if (field.type === "number" &&
        field.groupChar !== undefined &&
        field.groupChar === (field.decimalChar ?? ".")) {
        fail(`${at}/groupChar`, `is ${JSON.stringify(field.groupChar)}, the field's decimal character too`, field.decimalChar === undefined
            ? 'Set decimalChar to "," where numbers are written 1.234,5'
            : "Give the groups and the decimals different characters");
    }
    if (field.trueValues === undefined && field.falseValues === undefined)
        return;
    // A list left out is Table Schema's default, which may hold a word of the other.
    const falseWords = new Set(field.falseValues ?? cell_spelling/* DEFAULT_FALSE */.eR);
    const both = (field.trueValues ?? cell_spelling/* DEFAULT_TRUE */.Bd).find((word) => falseWords.has(word));
    if (both !== undefined) {
        const leftOut = field.trueValues === undefined
            ? ` (trueValues left out is the default: ${cell_spelling/* DEFAULT_TRUE */.Bd.join(", ")})`
            : field.falseValues === undefined
                ? ` (falseValues left out is the default: ${cell_spelling/* DEFAULT_FALSE */.eR.join(", ")})`
                : "";
        fail(`${at}/${field.trueValues === undefined ? "falseValues" : "trueValues"}`, `makes ${JSON.stringify(both)} both true and false${leftOut}`, "Keep each word in one of trueValues and falseValues, and give both lists where a default word is meant otherwise");
    }
}
/** A date or datetime field's `format` other than `default` and `any`: strptime's directives. */
function checkDatePattern(format, at, fail) {
    try {
        (0,date_pattern/* compileDatePattern */.S_)(format);
    }
    catch (error) {
        if (!(error instanceof date_pattern/* DatePatternError */.JO))
            throw error;
        fail(`${at}/format`, `is ${JSON.stringify(format)}, which ${error.message}`, "Write the pattern with strptime's directives, such as %d/%m/%Y for 31/12/2024 or %m/%d/%Y %I:%M %p for 12/31/2024 05:30 PM, or any for either ISO 8601 form");
    }
}
/**
 * What a constraint's fix adds on a field with a spelling of its own: its bounds and enum are
 * written as Table Schema's defaults, not as its cells are.
 */
function spelledConstraintNote(field) {
    return (0,cell_spelling/* spellingOf */.k2)(field) === undefined
        ? ""
        : " (a constraint is written as Table Schema's defaults write values, true or false, 1234.5, an ISO 8601 date, whatever the field's own spelling)";
}

// EXTERNAL MODULE: ./shared/dist/engine/data/text-bytes.js
var text_bytes = __webpack_require__(1837);
;// CONCATENATED MODULE: ./shared/dist/engine/pattern/ascii-set.js
/** The characters an `AsciiSet` speaks of: codes 0 to 127. */
const ASCII_COUNT = 128;
const NEWLINE = 0x0a;
/** A set of no characters. */
const emptySet = () => new Uint8Array(ASCII_COUNT);
/** Adds the characters `lo` to `hi`, both ASCII, to `set`. */
function addRange(set, lo, hi) {
    set.fill(1, lo, hi + 1);
}
/** Adds every character of `other` to `set`. */
function addSet(set, other) {
    for (let c = 0; c < ASCII_COUNT; c++)
        set[c] = set[c] | other[c];
}
/** The ASCII characters not in `set`: RE2's negations also take control characters and `\n`. */
function complement(set) {
    const result = emptySet();
    for (let c = 0; c < ASCII_COUNT; c++)
        result[c] = set[c] ^ 1;
    return result;
}
/** The set of the one character `c`. */
function charSet(c) {
    const set = emptySet();
    set[c] = 1;
    return set;
}
/** What `.` matches without the `s` flag: every character but `\n`. */
const anyButNewline = () => complement(charSet(NEWLINE));
/** RE2's Perl classes, each a list of ranges; `\s` leaves out `\v`, unlike JavaScript's. */
const PERL_CLASSES = {
    d: [[0x30, 0x39]],
    s: [
        [0x09, 0x0a],
        [0x0c, 0x0d],
        [0x20, 0x20],
    ],
    w: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a],
    ],
};
/** The set of `\<letter>` for a Perl class letter (`d D s S w W`); undefined for other letters. */
function perlClass(letter) {
    const ranges = PERL_CLASSES[letter.toLowerCase()];
    if (ranges === undefined)
        return undefined;
    const set = emptySet();
    for (const [lo, hi] of ranges)
        addRange(set, lo, hi);
    return letter === letter.toLowerCase() ? set : complement(set);
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/ascii-pattern.js
/** Verdict of `AsciiPattern.test`: the whole cell matches. */
const MATCH = 1;
/** Verdict of `AsciiPattern.test`: the cell does not match. */
const NO_MATCH = 0;
/** Verdict of `AsciiPattern.test`: not decided here; the caller asks re2js. */
const UNDECIDED = -1;

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/pattern-nfa.js
/** Node kinds of a `PatternNfa`. */
const CHAR = 0;
/** Moves to `next` and `other` without reading. */
const SPLIT = 1;
/** Moves to `next` only at the beginning of the text. */
const TEXT_START = 2;
/** Moves to `next` only at the end of the text. */
const TEXT_END = 3;
/** The whole pattern has matched (if the text ends here). */
const FINAL = 4;
/**
 * An upper bound on the nodes `buildNfa` makes for `tree`, and on its steps, which are at least
 * one per tree node visited. Repeats copy their item, so it is computed from the tree without
 * expanding them: a pattern too large is refused in time proportional to its text.
 */
function nfaSize(tree) {
    switch (tree.kind) {
        case "concat":
            return tree.items.reduce((sum, item) => sum + nfaSize(item), 0);
        case "alternate":
            return tree.options.reduce((sum, option) => sum + nfaSize(option) + 1, 0);
        case "repeat": {
            const size = nfaSize(tree.item);
            const { min, max } = tree;
            return max < 0 ? Math.max(min, 1) * size + 1 : min * size + (max - min) * (size + 1) + 1;
        }
        default:
            return 1;
    }
}
/** The NFA of `tree`, or undefined when `nfaSize(tree)` exceeds `maxNodes`. */
function buildNfa(tree, maxNodes) {
    // Not `>`: sizes that overflow make 0 * Infinity, NaN, which no comparison holds.
    if (!(nfaSize(tree) <= maxNodes))
        return undefined;
    const builder = new NfaBuilder();
    const start = builder.build(tree, builder.node(FINAL, -1, -1));
    return builder.finish(start);
}
/**
 * Builds fragments back to front: each is built knowing the node that follows it, so no list
 * of dangling exits needs patching. Recursion follows the tree, whose depth the parser bounds.
 */
class NfaBuilder {
    kind = [];
    next = [];
    other = [];
    setOf = [];
    sets = [];
    setIds = new Map();
    node(kind, next, other, setId = -1) {
        this.kind.push(kind);
        this.next.push(next);
        this.other.push(other);
        this.setOf.push(setId);
        return this.kind.length - 1;
    }
    /** The first node of `tree`'s fragment, which continues to `follow`. */
    build(tree, follow) {
        switch (tree.kind) {
            case "char":
                return this.node(CHAR, follow, -1, this.setId(tree.set));
            case "empty":
                return follow;
            case "textStart":
                return this.node(TEXT_START, follow, -1);
            case "textEnd":
                return this.node(TEXT_END, follow, -1);
            case "concat":
                for (let i = tree.items.length - 1; i >= 0; i--) {
                    follow = this.build(tree.items[i], follow);
                }
                return follow;
            case "alternate": {
                let first = this.build(tree.options[tree.options.length - 1], follow);
                for (let i = tree.options.length - 2; i >= 0; i--) {
                    first = this.node(SPLIT, this.build(tree.options[i], follow), first);
                }
                return first;
            }
            case "repeat":
                return this.buildRepeat(tree.item, tree.min, tree.max, follow);
        }
    }
    /**
     * `item{min,max}` as `min` copies followed by a loop (unbounded) or by nested optional copies,
     * `(x(x(x)?)?)?`: unlike `x?x?x?` it reaches each count one way only, which keeps DFA states
     * small.
     */
    buildRepeat(item, min, max, follow) {
        let first = follow;
        if (max < 0) {
            // The loop node comes first in `x*`; in `x+` (and `x{n,}`) one copy of x leads into it.
            const loop = this.node(SPLIT, -1, follow);
            const body = this.build(item, loop);
            this.next[loop] = body;
            first = min === 0 ? loop : body;
            for (let i = 1; i < min; i++)
                first = this.build(item, first);
            return first;
        }
        for (let i = min; i < max; i++)
            first = this.node(SPLIT, this.build(item, first), follow);
        for (let i = 0; i < min; i++)
            first = this.build(item, first);
        return first;
    }
    setId(set) {
        const key = String.fromCharCode(...set);
        let id = this.setIds.get(key);
        if (id === undefined) {
            id = this.sets.length;
            this.sets.push(set);
            this.setIds.set(key, id);
        }
        return id;
    }
    finish(start) {
        return {
            start,
            kind: Uint8Array.from(this.kind),
            next: Int32Array.from(this.next),
            other: Int32Array.from(this.other),
            setOf: Int32Array.from(this.setOf),
            sets: this.sets,
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/byte-dfa.js



/** The budget `compileAsciiPattern` gives each pattern. */
const DEFAULT_BUDGET = {
    maxStates: 2048,
    maxListedNodes: 1 << 20,
    maxWork: 1 << 24,
};
/**
 * Memory that the DFAs of a set of patterns (a contract's) draw on together, in bytes: a budget
 * bounds one DFA, and this bounds them all, however many patterns there are. Once it is spent
 * no DFA drawing on it builds another state (new paths are left undecided), and no new DFA is
 * made (`compileAsciiPattern` leaves its pattern to re2js).
 */
class DfaAllowance {
    left;
    constructor(left) {
        this.left = left;
    }
    /** Takes `bytes` when that many are left; false, taking nothing, when not. */
    take(bytes) {
        if (bytes > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
}
/**
 * A row per state, indexed by byte; states are named by their row's offset, so the hot loop does
 * no multiplication. Columns 128 to 255 stay `NON_ASCII`, which saves the loop a test per byte.
 */
const ROW_SHIFT = 8;
const ROW = 1 << ROW_SHIFT;
/** The state from which nothing matches; offset 0, so `<= 0` catches it with the sentinels. */
const DEAD = 0;
const UNBUILT = -1;
const NON_ASCII = -2;
/** A transition to a state past the budget: the cells that take it are left undecided. */
const UNDECIDED_EDGE = -3;
const INITIAL_ROWS = 8;
/** What a state's key costs besides its characters (the string and its entry in the map), about. */
const KEY_BYTES = 64;
/** The bytes of a table of `rows` states: a transition row and the acceptance byte each. */
const rowsBytes = (rows) => rows * (ROW * 4 + 1);
/**
 * A DFA over ASCII bytes, built lazily by the subset construction as cells need its transitions,
 * so that a pattern whose full DFA would be exponential (`(a|b)*a(a|b){20}`) only ever builds the
 * states the data reaches, up to a budget. A state is the set of `CHAR` nodes the NFA may be in,
 * plus whether it would accept if the text ended there: the end-of-text assertions are settled
 * once, when the state is made. `^` holds only before the first byte, so only the initial state
 * passes it. The state's key spells both as characters: the acceptance, then the sorted nodes.
 */
class ByteDfa {
    nfa;
    classes;
    budget;
    allowance;
    table = new Int32Array(INITIAL_ROWS * ROW);
    accepting = new Uint8Array(INITIAL_ROWS);
    keys = [];
    ids = new Map();
    startRow;
    listedNodes = 0;
    work = 0;
    // Scratch for closures, sized to the NFA once: a node is pushed at most once per closure.
    stamp;
    currentStamp = 0;
    stack;
    found;
    constructor(nfa, classes, budget = DEFAULT_BUDGET, allowance) {
        this.nfa = nfa;
        this.classes = classes;
        this.budget = budget;
        this.allowance = allowance;
        const size = nfa.kind.length;
        this.stamp = new Int32Array(size);
        this.stack = new Int32Array(size);
        this.found = new Int32Array(size);
        this.addState(String.fromCharCode(NO_MATCH));
        // The initial state is made whatever the budget: every verdict needs it.
        const startKey = this.keyOf([nfa.start], true);
        this.startRow = this.ids.has(startKey) ? this.rowOf(startKey) : this.addState(startKey);
    }
    /** What a DFA of `nfa` holds from the start: its first rows and its scratch. */
    static startBytes(nfa) {
        return rowsBytes(INITIAL_ROWS) + 3 * 4 * nfa.kind.length;
    }
    test(bytes, start, end) {
        const table = this.table;
        let row = this.startRow;
        for (let i = start; i < end; i++) {
            const next = table[row + bytes[i]];
            // Kept out of this loop, the rare cases let it compile to a few instructions per byte.
            if (next <= 0)
                return this.testOnward(bytes, i, end, row);
            row = next;
        }
        return this.accepting[row >> ROW_SHIFT];
    }
    /** Goes on with `test` from byte `i` in the state at `row`, whose transition is not plain. */
    testOnward(bytes, i, end, row) {
        for (; i < end; i++) {
            let next = this.table[row + bytes[i]];
            if (next === UNBUILT)
                next = this.buildTransition(row, bytes[i]);
            if (next === DEAD)
                return NO_MATCH;
            if (next < 0)
                return UNDECIDED;
            row = next;
        }
        return this.accepting[row >> ROW_SHIFT];
    }
    /** How many classes of bytes the DFA tells apart (`byteClasses`): one transition each. */
    get classCount() {
        return this.classes.count;
    }
    /** The number of states built so far, the dead state included: what `maxStates` bounds. */
    get stateCount() {
        return this.keys.length;
    }
    /**
     * Builds the transition from the state at `row` on `byte`, for `byte`'s whole class, and
     * returns it: the next state's row, or, when that state is new and past the budget or the
     * allowance, `UNDECIDED_EDGE`, kept in the table so that the cells that take it go to re2js
     * without building it again. A transition to a state already made costs no memory and is
     * built whatever is left; once the work budget is spent, nothing more is, and `UNBUILT` is
     * returned.
     */
    buildTransition(row, byte) {
        if (this.work > this.budget.maxWork)
            return UNBUILT;
        const { kind, next, setOf, sets } = this.nfa;
        const key = this.keys[row >> ROW_SHIFT];
        const seeds = [];
        for (let i = 1; i < key.length; i++) {
            const node = key.charCodeAt(i);
            if (kind[node] === CHAR && sets[setOf[node]][byte] === 1)
                seeds.push(next[node]);
        }
        this.work += key.length;
        const targetKey = this.keyOf(seeds, false);
        const target = this.ids.has(targetKey)
            ? this.rowOf(targetKey)
            : this.affords(targetKey)
                ? this.addState(targetKey)
                : UNDECIDED_EDGE;
        const { classOf } = this.classes;
        const byteClass = classOf[byte];
        for (let b = 0; b < ASCII_COUNT; b++) {
            if (classOf[b] === byteClass)
                this.table[row + b] = target;
        }
        return target;
    }
    /**
     * The key of the state reached from `seeds` by moves that read nothing, with `^` holding or
     * not: whether it accepts at the end of the text, then its `CHAR` nodes in order.
     */
    keyOf(seeds, atTextStart) {
        // The walk that settles acceptance goes first: each walk overwrites `found`.
        const accepts = this.closure(seeds, atTextStart, true) < 0;
        const count = this.closure(seeds, atTextStart, false);
        const nodes = this.found.subarray(0, count).sort();
        return String.fromCharCode(accepts ? MATCH : NO_MATCH, ...nodes);
    }
    /** Whether one more state, of key `key`, fits the budget and the allowance (taken from it). */
    affords(key) {
        const { maxStates, maxListedNodes } = this.budget;
        if (this.keys.length >= maxStates || this.listedNodes + key.length > maxListedNodes) {
            return false;
        }
        const rows = this.accepting.length;
        const grows = this.keys.length === rows ? rowsBytes(this.grownRows()) - rowsBytes(rows) : 0;
        return this.allowance?.take(grows + KEY_BYTES + 2 * key.length) ?? true;
    }
    rowOf(key) {
        return this.ids.get(key) << ROW_SHIFT;
    }
    /** Makes the state of `key` and returns its row, its transitions all yet to be built. */
    addState(key) {
        const id = this.keys.length;
        if (id === this.accepting.length)
            this.grow();
        this.keys.push(key);
        this.ids.set(key, id);
        this.listedNodes += key.length;
        this.accepting[id] = key.charCodeAt(0);
        const row = id << ROW_SHIFT;
        this.table.fill(id === 0 ? DEAD : UNBUILT, row, row + ASCII_COUNT);
        this.table.fill(NON_ASCII, row + ASCII_COUNT, row + ROW);
        return row;
    }
    grownRows() {
        return Math.min(this.accepting.length * 2, this.budget.maxStates);
    }
    grow() {
        const rows = this.grownRows();
        const table = new Int32Array(rows * ROW);
        table.set(this.table);
        this.table = table;
        const accepting = new Uint8Array(rows);
        accepting.set(this.accepting);
        this.accepting = accepting;
    }
    /**
     * Walks the moves that read nothing from `seeds`, leaving the `CHAR` nodes reached in
     * `found`, and returns how many; when `atTextEnd`, -1 as soon as `FINAL` is reached. The
     * walk of `keyOf` that lists the nodes leaves `$` closed, as more text follows.
     */
    closure(seeds, atTextStart, atTextEnd) {
        const { kind, next, other } = this.nfa;
        const { stamp, stack, found } = this;
        const mark = ++this.currentStamp;
        let depth = 0;
        let count = 0;
        const push = (node) => {
            if (stamp[node] !== mark) {
                stamp[node] = mark;
                stack[depth++] = node;
            }
        };
        for (const seed of seeds)
            push(seed);
        while (depth > 0) {
            const node = stack[--depth];
            this.work++;
            switch (kind[node]) {
                case CHAR:
                    found[count++] = node;
                    break;
                case SPLIT:
                    push(next[node]);
                    push(other[node]);
                    break;
                case TEXT_START:
                    if (atTextStart)
                        push(next[node]);
                    break;
                case TEXT_END:
                    if (atTextEnd)
                        push(next[node]);
                    break;
                default: // FINAL
                    if (atTextEnd)
                        return -1;
            }
        }
        return count;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/byte-classes.js

/** The byte classes of `sets`: each set refines the partition so far into members and others. */
function byteClasses(sets) {
    const classOf = new Uint8Array(ASCII_COUNT);
    let count = 1;
    // The new class of (old class, membership), as 2 * class + membership; -1 until seen.
    const renamed = new Int16Array(2 * ASCII_COUNT);
    for (const set of sets) {
        renamed.fill(-1);
        let next = 0;
        for (let b = 0; b < ASCII_COUNT; b++) {
            const key = 2 * classOf[b] + set[b];
            if (renamed[key] === -1)
                renamed[key] = next++;
            classOf[b] = renamed[key];
        }
        count = next;
    }
    return { classOf, count };
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/pattern-cursor.js
/** The character code at the cursor, or -1 at the end of the pattern. */
const peek = (cursor, ahead = 0) => cursor.at + ahead < cursor.text.length ? cursor.text.charCodeAt(cursor.at + ahead) : -1;

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/parse-escape.js

const ASCII_MAX = 0x7f;
/** The characters RE2 names by a letter after a backslash. */
const NAMED_ESCAPES = {
    a: 0x07,
    f: 0x0c,
    n: 0x0a,
    r: 0x0d,
    t: 0x09,
    v: 0x0b,
};
const isOctal = (c) => c >= 0x30 && c <= 0x37;
const isAlphanumeric = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** The value of a hexadecimal digit, or -1. */
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    const lower = c | 0x20;
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
/**
 * Reads the escape of one character at the cursor (on its backslash) and returns the character's
 * code: `\n` and the other letters RE2 names, octal `\0`, `\12`, `\123`, hexadecimal `\x41` and
 * `\x{41}`, and a backslash before punctuation. Undefined for anything else (classes and
 * assertions are the caller's to read first) and for a character outside ASCII.
 */
function parseEscape(cursor) {
    const c = peek(cursor, 1);
    cursor.at += 2;
    if (c === -1)
        return undefined;
    // RE2 reads `\1` to `\7` as octal only when another octal digit follows: no backreferences.
    if (c === 0x30 || (isOctal(c) && isOctal(peek(cursor))))
        return readOctal(cursor, c - 0x30);
    if (c === 0x78)
        return readHex(cursor);
    const named = NAMED_ESCAPES[String.fromCharCode(c)];
    if (named !== undefined)
        return named;
    return c <= ASCII_MAX && !isAlphanumeric(c) ? c : undefined;
}
/** Up to two more octal digits after the first, `value`. */
function readOctal(cursor, value) {
    for (let digits = 1; digits < 3 && isOctal(peek(cursor)); digits++) {
        value = value * 8 + peek(cursor) - 0x30;
        cursor.at++;
    }
    return value <= ASCII_MAX ? value : undefined;
}
/** Two hexadecimal digits, or one or more in braces, after `\x`. */
function readHex(cursor) {
    if (peek(cursor) !== 0x7b) {
        const high = hexValue(peek(cursor));
        const low = hexValue(peek(cursor, 1));
        cursor.at += 2;
        return high < 0 || low < 0 || high * 16 + low > ASCII_MAX ? undefined : high * 16 + low;
    }
    cursor.at++;
    let value = 0;
    let digits = 0;
    for (let digit = hexValue(peek(cursor)); digit >= 0; digit = hexValue(peek(cursor))) {
        value = value * 16 + digit;
        // Leading zeros are allowed, so bail out on the value rather than on the number of digits.
        if (value > ASCII_MAX)
            return undefined;
        digits++;
        cursor.at++;
    }
    if (digits === 0 || peek(cursor) !== 0x7d)
        return undefined;
    cursor.at++;
    return value;
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/parse-class.js



const BACKSLASH = 0x5c;
const CARET = 0x5e;
const CLOSE = 0x5d;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const OPEN = 0x5b;
/**
 * Reads a bracket class at the cursor (on its `[`). As in RE2: a `]` right after `[` or `[^` is
 * a literal, a `-` that cannot end a range is a literal, and `[^...]` takes `\n` too (Perl
 * mode). Undefined for POSIX classes (`[:alpha:]`), Unicode classes (`\p`) and any escape
 * outside the subset.
 */
function parseClass(cursor) {
    cursor.at++;
    const negated = peek(cursor) === CARET;
    if (negated)
        cursor.at++;
    const set = emptySet();
    for (let first = true; first || peek(cursor) !== CLOSE; first = false) {
        if (peek(cursor) === -1)
            return undefined;
        if (!addItem(cursor, set))
            return undefined;
    }
    cursor.at++;
    return negated ? complement(set) : set;
}
/** Adds the class item at the cursor to `set`: a Perl class, a character or a range. */
function addItem(cursor, set) {
    const c = peek(cursor);
    if (c === OPEN && peek(cursor, 1) === COLON)
        return false;
    if (c === BACKSLASH) {
        const perl = perlClass(String.fromCharCode(peek(cursor, 1)));
        if (perl !== undefined) {
            addSet(set, perl);
            cursor.at += 2;
            return true;
        }
    }
    const lo = classChar(cursor);
    if (lo === undefined)
        return false;
    let hi = lo;
    // A `-` before the closing `]` is a literal, read as the next item.
    if (peek(cursor) === HYPHEN && peek(cursor, 1) !== CLOSE) {
        cursor.at++;
        const end = classChar(cursor);
        if (end === undefined || end < lo)
            return false;
        hi = end;
    }
    addRange(set, lo, hi);
    return true;
}
/** The character at the cursor, escaped or not; undefined at the end or for a bad escape. */
function classChar(cursor) {
    const c = peek(cursor);
    if (c === -1)
        return undefined;
    if (c === BACKSLASH)
        return parseEscape(cursor);
    cursor.at++;
    return c;
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/pattern-tree.js
/** The tree of a sequence of items: the empty text, the one item, or their concatenation. */
function sequence(items) {
    if (items.length === 0)
        return { kind: "empty" };
    if (items.length === 1)
        return items[0];
    return { kind: "concat", items };
}
/** The tree of alternatives, at least one. */
function alternation(options) {
    return options.length === 1 ? options[0] : { kind: "alternate", options };
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/parse-pattern.js





/**
 * The most groups open at once. RE2 itself allows far deeper nesting; stopping here keeps the
 * recursive walks over the tree shallow, and a deeper pattern is simply left to re2js.
 */
const MAX_GROUP_DEPTH = 200;
/** RE2's largest repeat count. */
const MAX_REPEAT = 1000;
const parse_pattern_ASCII_MAX = 0x7f;
/** Whether `c` may appear in a group's name: RE2 takes letters, digits and `_`. */
const isNameChar = (c) => c === "_" || (c >= "0" && c <= "9") || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
const openGroup = () => ({ options: [], items: [], lastRepeated: false });
const closeGroup = (group) => alternation([...group.options, sequence(group.items)]);
/**
 * The tree of `pattern`, read as `RE2JS.compile` reads it with its default (Perl) flags, or
 * undefined when the pattern holds a non-ASCII character or syntax outside the subset: flag
 * groups, word boundaries, Unicode and POSIX classes, `\Q...\E`, groups nested deeper than
 * `MAX_GROUP_DEPTH`, more than `maxItems` atoms, groups and alternatives (a bound on the tree
 * built before its NFA's size is known: a pattern of a million literals is declined after
 * `maxItems`, not parsed whole). Groups are read with an explicit stack, so no nesting
 * overflows the call stack.
 */
function parsePattern(pattern, maxItems) {
    for (let i = 0; i < pattern.length; i++) {
        if (pattern.charCodeAt(i) > parse_pattern_ASCII_MAX)
            return undefined;
    }
    const cursor = { text: pattern, at: 0 };
    const outer = [];
    let group = openGroup();
    let items = 0;
    while (cursor.at < pattern.length) {
        const c = pattern[cursor.at];
        if (c !== ")" && ++items > maxItems)
            return undefined;
        const bounds = readQuantifier(cursor);
        if (bounds !== undefined) {
            if (!repeatLastItem(cursor, group, bounds))
                return undefined;
        }
        else if (c === "(") {
            if (outer.length >= MAX_GROUP_DEPTH || !skipGroupOpening(cursor))
                return undefined;
            outer.push(group);
            group = openGroup();
        }
        else if (c === "|") {
            cursor.at++;
            group.options.push(sequence(group.items));
            group.items = [];
        }
        else if (c === ")") {
            cursor.at++;
            const parent = outer.pop();
            if (parent === undefined)
                return undefined;
            parent.items.push(closeGroup(group));
            parent.lastRepeated = false;
            group = parent;
        }
        else {
            const atom = parseAtom(cursor);
            if (atom === undefined)
                return undefined;
            group.items.push(atom);
            group.lastRepeated = false;
        }
    }
    return outer.length === 0 ? closeGroup(group) : undefined;
}
/**
 * Skips the opening of a group at the cursor: `(`, `(?:`, `(?P<name>` or `(?<name>`; false for
 * any other `(?` form (flags, RE2's no-op `(?)`), which the subset leaves out.
 */
function skipGroupOpening(cursor) {
    const { text } = cursor;
    if (!text.startsWith("(?", cursor.at)) {
        cursor.at++;
        return true;
    }
    if (text.startsWith("(?:", cursor.at)) {
        cursor.at += 3;
        return true;
    }
    const nameStart = text.startsWith("(?P<", cursor.at)
        ? cursor.at + 4
        : text.startsWith("(?<", cursor.at)
            ? cursor.at + 3
            : -1;
    if (nameStart < 0)
        return false;
    const nameEnd = text.indexOf(">", nameStart);
    if (nameEnd <= nameStart)
        return false;
    for (let i = nameStart; i < nameEnd; i++)
        if (!isNameChar(text[i]))
            return false;
    cursor.at = nameEnd + 1;
    return true;
}
/** A character, class, `.`, anchor or escape at the cursor; undefined outside the subset. */
function parseAtom(cursor) {
    const c = peek(cursor);
    switch (String.fromCharCode(c)) {
        case "^":
            cursor.at++;
            return { kind: "textStart" };
        case "$":
            cursor.at++;
            return { kind: "textEnd" };
        case ".":
            cursor.at++;
            return { kind: "char", set: anyButNewline() };
        case "[": {
            const set = parseClass(cursor);
            return set === undefined ? undefined : { kind: "char", set };
        }
        case "\\":
            return parseBackslash(cursor);
        default:
            // `{` that does not start a repeat count, and `}` and `]`, are literals too.
            cursor.at++;
            return { kind: "char", set: charSet(c) };
    }
}
/** An escape outside a class: `\A`, `\z`, a Perl class, or one escaped character. */
function parseBackslash(cursor) {
    const letter = String.fromCharCode(peek(cursor, 1));
    if (letter === "A" || letter === "z") {
        cursor.at += 2;
        return { kind: letter === "A" ? "textStart" : "textEnd" };
    }
    const perl = perlClass(letter);
    if (perl !== undefined) {
        cursor.at += 2;
        return { kind: "char", set: perl };
    }
    // `\b`, `\B`, `\p`, `\P`, `\Q` and `\C` are letters too, so parseEscape declines them.
    const code = parseEscape(cursor);
    return code === undefined ? undefined : { kind: "char", set: charSet(code) };
}
const STAR = { min: 0, max: -1 };
const PLUS = { min: 1, max: -1 };
const QUESTION = { min: 0, max: 1 };
/**
 * Reads the quantifier at the cursor, if one is there: `*`, `+`, `?` or a well-formed count
 * `{n}`, `{n,}`, `{n,m}`. RE2 reads a `{` that starts no count (`{`, `{,2}`, `{01}`) as a
 * literal, so then the cursor stays put and the result is undefined.
 */
function readQuantifier(cursor) {
    const c = cursor.text[cursor.at];
    if (c === "*" || c === "+" || c === "?") {
        cursor.at++;
        return c === "*" ? STAR : c === "+" ? PLUS : QUESTION;
    }
    if (c !== "{")
        return undefined;
    const probe = { text: cursor.text, at: cursor.at };
    const bounds = readRepeatCount(probe);
    if (bounds !== undefined)
        cursor.at = probe.at;
    return bounds;
}
/** Reads `{n}`, `{n,}` or `{n,m}` at the cursor: its bounds (max -1 when unbounded). */
function readRepeatCount(cursor) {
    cursor.at++;
    const min = readCount(cursor);
    if (min === undefined)
        return undefined;
    let max = min;
    if (peek(cursor) === 0x2c) {
        cursor.at++;
        max = peek(cursor) === 0x7d ? -1 : (readCount(cursor) ?? -2);
        if (max === -2)
            return undefined;
    }
    if (peek(cursor) !== 0x7d)
        return undefined;
    cursor.at++;
    return { min, max };
}
/** A decimal count at the cursor, without a leading zero unless it is 0; undefined if none. */
function readCount(cursor) {
    const start = cursor.at;
    while (peek(cursor) >= 0x30 && peek(cursor) <= 0x39)
        cursor.at++;
    const digits = cursor.text.slice(start, cursor.at);
    if (digits.length === 0 || (digits.length > 1 && digits[0] === "0"))
        return undefined;
    // Long enough to be over RE2's limit (which rejects it) without parsing a huge number.
    return digits.length > 4 ? MAX_REPEAT + 1 : Number(digits);
}
/**
 * Applies a quantifier just read (`bounds`, with an optional lazy `?` after it, which does not
 * change what matches as a whole) to the last item of `group`. False where RE2 rejects it:
 * nothing to repeat, a repetition of a repetition, a count over 1000 or a backward range.
 */
function repeatLastItem(cursor, group, bounds) {
    const item = group.items.pop();
    const { min, max } = bounds;
    if (item === undefined || group.lastRepeated)
        return false;
    if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min))
        return false;
    if (peek(cursor) === 0x3f)
        cursor.at++;
    group.items.push({ kind: "repeat", item, min, max });
    group.lastRepeated = true;
    return true;
}

;// CONCATENATED MODULE: ./shared/dist/engine/pattern/compile-ascii-pattern.js




/**
 * The most NFA nodes a pattern may take. Each DFA state lists its nodes, and building a
 * transition walks them, so this bounds the cost of every step of the construction; keys spell
 * node numbers as 16-bit characters, which it keeps in range too.
 */
const MAX_NFA_NODES = 10_000;
/**
 * The byte DFA of `pattern`, a pattern `RE2JS.compile` accepts, or undefined when the pattern
 * uses syntax outside the subset this reads exactly as re2js does, or its NFA would exceed
 * `MAX_NFA_NODES`. Then, as for non-ASCII cells, the caller matches with re2js. The DFA is
 * built as cells need it, within `budget`, and within `allowance` when the DFAs of several
 * patterns share one; undefined too when the allowance cannot hold even its start.
 */
function compileAsciiPattern(pattern, budget = DEFAULT_BUDGET, allowance) {
    const tree = parsePattern(pattern, MAX_NFA_NODES);
    const nfa = tree === undefined ? undefined : buildNfa(tree, MAX_NFA_NODES);
    if (nfa === undefined || (allowance && !allowance.take(ByteDfa.startBytes(nfa)))) {
        return undefined;
    }
    return new ByteDfa(nfa, byteClasses(nfa.sets), budget, allowance);
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/pattern.js


/**
 * The memory the byte DFAs of one contract's patterns may take together: about 30 times what a
 * pattern's DFA takes at most. Past it, a cell the DFAs have not met goes to re2js.
 */
const CONTRACT_DFA_BYTES = 128 * 2 ** 20;
/**
 * The compiler of contract patterns. Patterns come from pull requests, so they run in linear
 * time: on RE2's engine (re2js, pure JavaScript), where a backtracking RegExp never ends on
 * `(a+)+` against a long run of `a` and one `!`. RE2's `testExact` takes the whole value, as
 * Table Schema patterns do. A cell read as bytes goes first to the pattern's byte DFA
 * (`compileAsciiPattern`: the common syntax, over ASCII cells, with re2js's verdicts), which
 * decides most cells in a few nanoseconds a byte; the rest (non-ASCII cells, syntax it leaves
 * out, a DFA past its budget) is matched as text by re2js. Loaded only when a contract has a
 * pattern, so that other runs do not parse re2js. The DFAs of the patterns one compiler
 * compiles (a contract's) share `CONTRACT_DFA_BYTES`.
 */
async function patternCompiler() {
    const { RE2JS, RE2JSSyntaxException } = await __webpack_require__.e(/* import() */ 475).then(__webpack_require__.bind(__webpack_require__, 2856));
    const allowance = new DfaAllowance(CONTRACT_DFA_BYTES);
    return (pattern) => {
        let regex;
        try {
            regex = RE2JS.compile(pattern);
        }
        catch (error) {
            if (!(error instanceof RE2JSSyntaxException))
                throw error;
            return { problem: error.message.replace(/^error parsing regexp: /i, "") };
        }
        const dfa = compileAsciiPattern(pattern, DEFAULT_BUDGET, allowance);
        const asText = (bytes, start, end) => regex.testExact((0,text_bytes/* textOfBytes */.gm)(bytes, start, end));
        return {
            size: Math.max(regex.programSize(), pattern.length),
            test: {
                text: (value) => regex.testExact(value),
                bytes: dfa === undefined
                    ? asText
                    : (bytes, start, end) => {
                        const verdict = dfa.test(bytes, start, end);
                        return verdict === UNDECIDED ? asText(bytes, start, end) : verdict === MATCH;
                    },
            },
        };
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/table-schema.schema.json
const table_schema_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.table-schema/v1","title":"Data contract","description":"The subset of a Frictionless Table Schema v2 descriptor that validate-data checks, with the x-mlops extension for statistical checks.","type":"object","additionalProperties":false,"required":["fields"],"definitions":{"bound":{"description":"A number, or an ISO 8601 date or date-time for date and datetime fields. A constraint\'s is in the form the field\'s cells take: a date on a date field, a date-time on a datetime field, either with format any.","type":["number","string"]},"range":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number"},"max":{"type":"number"}}},"valueRange":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"}}},"share":{"type":"number","minimum":0,"maximum":1},"mostly":{"description":"The share of the checked values that must pass each row-level check, as Great Expectations\' mostly; a field\'s own, else the table\'s, else 1 (every value).","$ref":"#/definitions/share"},"fieldNames":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"fieldStatistics":{"type":"object","additionalProperties":false,"properties":{"mostly":{"$ref":"#/definitions/mostly"},"maxMissingRatio":{"description":"The largest share of the rows whose cell is missing (a value the type does not take counts as missing).","$ref":"#/definitions/share"},"mean":{"description":"Bounds on the mean of the values: numbers, or dates on a date or datetime field.","$ref":"#/definitions/valueRange"},"distinct":{"description":"Bounds on how many distinct values the field has (estimated past the profile\'s exact count, and said so).","$ref":"#/definitions/range"},"quantiles":{"description":"Bounds on quantiles of the values, each { q, min, max } with q from 0 to 1, estimated from a quantile sketch.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["q"],"minProperties":2,"properties":{"q":{"$ref":"#/definitions/share"},"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"}}}},"skew":{"description":"How the field\'s skew against the reference input is measured, when one is given: false for none; by default linf on categories and booleans, wasserstein on numbers and dates, none on text.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"method":{"enum":["linf","wasserstein","psi"]},"threshold":{"type":"number","exclusiveMinimum":0}}}]}}},"field":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"example":{},"type":{"enum":["string","number","integer","boolean","date","datetime","any"]},"format":{"type":"string","description":"default, or on a date or datetime field any, which takes either ISO 8601 form: a date alone or a date and a time (narrower than Table Schema\'s any: 05/01/2024 still fails the type), or a pattern of strptime\'s directives such as %d/%m/%Y or %Y-%m-%d %H:%M. Other formats are refused."},"missingValues":{"type":"array","items":{"type":"string"}},"decimalChar":{"type":"string","description":"A number field\'s decimal character, one character; . when left out (, for 1.234,5)."},"groupChar":{"type":"string","description":"A number or integer field\'s character between digit groups, one character (, for 1,234,567); none when left out."},"bareNumber":{"type":"boolean","description":"false: a number or integer may have text around it, a currency or a percent sign (€95, 95%), which is dropped."},"trueValues":{"type":"array","minItems":1,"items":{"type":"string"},"description":"A boolean field\'s words for true, in place of true, True, TRUE and 1."},"falseValues":{"type":"array","minItems":1,"items":{"type":"string"},"description":"A boolean field\'s words for false, in place of false, False, FALSE and 0."},"constraints":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean"},"unique":{"type":"boolean"},"minimum":{"$ref":"#/definitions/bound"},"maximum":{"$ref":"#/definitions/bound"},"exclusiveMinimum":{"$ref":"#/definitions/bound"},"exclusiveMaximum":{"$ref":"#/definitions/bound"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"enum":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}},"x-mlops":{"$ref":"#/definitions/fieldStatistics"}}}},"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/field"}},"fieldsMatch":{"enum":["exact","equal","subset","superset","partial"]},"missingValues":{"type":"array","items":{"type":"string"}},"primaryKey":{"oneOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/fieldNames"}]},"uniqueKeys":{"type":"array","items":{"$ref":"#/definitions/fieldNames"}},"x-mlops":{"type":"object","additionalProperties":false,"properties":{"rows":{"description":"Bounds on the number of rows; at least 1 unless given.","$ref":"#/definitions/range"},"mostly":{"$ref":"#/definitions/mostly"},"maxKeys":{"description":"How many keys the uniqueness checks may hold in memory, all together (about 100 bytes each).","type":"integer","minimum":1}}}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/data-contract.js










/** The structure of a data contract (table-schema.schema.json); the rules between fields are below. */
const tableSchemaContract = {
    id: "mlops.table-schema/v1",
    validate: (0,json_schema/* compileSchema */.F)(table_schema_schema_namespaceObject),
    describe: "A data contract is a Table Schema with a 'fields' list, such as fields: [{ name: id, type: integer }]",
};
/** Table Schema's properties of how a field's cells spell its values (see `checkSpelling`). */
const SPELLING_KEYS = [
    "decimalChar",
    "groupChar",
    "bareNumber",
    "trueValues",
    "falseValues",
];
const ORDERED_BOUNDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
/** How the engine reads each type of numbers, and how a message names and shows its values. */
const NUMERIC_READS = {
    number: { column: "numeric", is: "a number", example: "1.5" },
    integer: { column: "integer", is: "an integer", example: "1" },
    boolean: { column: "boolean", is: "true or false", example: "true" },
    date: { column: "datetime", is: "an ISO 8601 date", example: "2024-05-01" },
    datetime: { column: "datetime", is: "an ISO 8601 date-time", example: "2024-05-01T12:30:00Z" },
};
/** Whether the engine reads values of `type` as numbers. */
const isNumeric = (type) => type !== undefined && NUMERIC_READS[type] !== undefined;
/**
 * The column type the engine reads a field's values as when they are numbers (dates as epoch
 * milliseconds, booleans as 0/1), or undefined for text and for a type left to inference.
 */
const numericColumnType = (field) => {
    const type = readType(field);
    return type === undefined ? undefined : NUMERIC_READS[type]?.column;
};
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
/** Whether a field's values are dates, read as epoch milliseconds. */
const isDated = (type) => type === "date" || type === "datetime";
/** Epoch milliseconds of 0000-01-01 and of the last instant of 9999, the years ISO 8601 writes. */
const FIRST_DATE = -62_167_219_200_000;
const LAST_DATE = 253_402_300_799_999;
/** A bound as the engine stores the field's values: a number, or epoch milliseconds for dates. */
function boundValue(bound, type) {
    return typeof bound === "number" ? bound : isDated(type) ? (0,parse_cell/* parseDatetime */.X7)(bound) : Number.NaN;
}
/**
 * An enum entry as a numeric column of `type` holds it: booleans as 0/1, dates as epoch
 * milliseconds, and an entry written as text (as a JSON contract writes "true" or "1.5") read
 * as the column reads its cells. NaN when no value of the column can equal it: a boolean entry
 * is not the number 1, nor a number a boolean.
 */
function enumValue(entry, type) {
    // A boolean field reads the cells 1 and 0 as true and false, and so its entries.
    if (type === "boolean")
        return typeof entry === "boolean" ? Number(entry) : (0,parse_cell/* declaredBoolean */.$T)(String(entry));
    if (typeof entry !== "string")
        return typeof entry === "number" ? entry : Number.NaN;
    if (type === "datetime")
        return (0,parse_cell/* parseDatetime */.X7)(entry);
    // A declared number reads NaN, INF and -INF cells, which its enum may then list.
    return (0,parse_cell/* parseSpecialNumber */.KH)(entry) ?? (0,parse_cell/* parseNumberText */.ke)(entry);
}
/**
 * Fails a date constraint (a bound, or an enum entry) written in the ISO 8601 form the field's
 * cells refuse: a date-time on a date field, a date on a datetime one. Its cells are read as
 * instants, a date as its midnight UTC, so `minimum: 2015-01-01T12:00` would refuse the cell
 * 2015-01-01 and `enum: [2015-01-01]` match no date-time but midnight's: never what was meant.
 * The form is tested as the cells' own (`isDateForm`, by `dateForms`), so that the rule is one.
 */
function checkDateForm(field, pointer, text, what, fail) {
    const forms = (0,infer_type/* dateForms */.gh)(field);
    if (forms === "both" || (0,parse_cell/* isDateForm */.BT)(text, forms))
        return;
    const name = `'${bounded(field.name)}'`;
    const either = "(or give it format: any where dates and date-times mix)";
    if (forms === "date") {
        fail(pointer, `is the date-time ${bounded(text)}, but ${name} is a date field, whose cells are dates without a time`, `Write the ${what} as a date, ${text.slice(0, 10)}, or declare the field as datetime ${either}`);
    }
    fail(pointer, `is the date ${bounded(text)}, but ${name} is a datetime field, whose cells have a time`, `Write the ${what} as a date-time, ${text}T00:00:00Z, or declare the field as date ${either}`);
}
/**
 * `minimum` and its kin: on a numeric field only, and a number or, on a date or datetime field,
 * a date of the form its cells take.
 */
function checkBounds(field, at, fail) {
    const type = readType(field);
    const c = field.constraints ?? {};
    for (const bound of ORDERED_BOUNDS) {
        const value = c[bound];
        if (value === undefined)
            continue;
        const pointer = `${at}/constraints/${bound}`;
        if (!isNumeric(type)) {
            fail(pointer, `applies to number, integer, date and datetime fields, not ${type}`);
        }
        if (!Number.isFinite(boundValue(value, type))) {
            const { is, example } = NUMERIC_READS[type];
            const dated = isDated(type);
            fail(pointer, dated ? `is not ${type === "date" ? "a date" : "a date-time"}` : "is not a number", `${dated ? `Write ${is} such as ${example}` : "Write a number"}${spelledConstraintNote(field)}`);
        }
        if (isDated(type) && typeof value === "string") {
            checkDateForm(field, pointer, value, "bound", fail);
        }
    }
}
/**
 * Fails when an upper bound leaves no value to pass its lower one: the check would fail
 * whatever the data, a mistake in the contract rather than a finding. Equal bounds leave one
 * value, unless either is exclusive.
 */
function checkOrder(at, bounds, [lower, upper], valueOf, fail) {
    const low = bounds[lower];
    const high = bounds[upper];
    if (low === undefined || high === undefined)
        return;
    const gap = valueOf(high) - valueOf(low);
    const strict = lower.startsWith("exclusive") || upper.startsWith("exclusive");
    if (gap > 0 || (gap === 0 && !strict))
        return;
    fail(`${at}/${upper}`, `is ${high}, ${gap < 0 ? "below" : "equal to"} ${lower} ${low}, so the check fails whatever the data`, `Swap ${lower} and ${upper} if they are the wrong way round, or correct the one that is wrong`);
}
/** A contract's `{min, max}` (a statistic's bounds, or the row count's) in order. */
const checkRange = (range, at, fail) => checkOrder(at, range ?? {}, ["min", "max"], Number, fail);
/**
 * A mean's or a quantile's bounds: numbers, and on a date or datetime field dates, as ISO 8601
 * or (as contracts gave them before) epoch milliseconds within the years ISO 8601 writes.
 */
function checkValueBounds(field, at, fail) {
    const type = readType(field);
    const dated = isDated(type);
    const stats = field["x-mlops"] ?? {};
    const ranges = [
        ...(stats.mean ? [[`${at}/x-mlops/mean`, stats.mean]] : []),
        ...(stats.quantiles ?? []).map((q, i) => [
            `${at}/x-mlops/quantiles/${i}`,
            q,
        ]),
    ];
    for (const [pointer, range] of ranges) {
        for (const key of ["min", "max"]) {
            const bound = range[key];
            if (bound === undefined)
                continue;
            if (typeof bound === "string" && !dated) {
                fail(`${pointer}/${key}`, `is text, but the field is ${type}`, "Write a number");
            }
            const value = boundValue(bound, type);
            if (dated && !(value >= FIRST_DATE && value <= LAST_DATE)) {
                fail(`${pointer}/${key}`, "is not a date", "Write an ISO 8601 date such as 2024-05-01");
            }
        }
    }
}
/** Every pair of a field's lower and upper bounds, and each of its statistics' ranges. */
function checkRanges(field, at, fail) {
    const type = readType(field);
    const c = field.constraints ?? {};
    for (const lower of ["minimum", "exclusiveMinimum"]) {
        for (const upper of ["maximum", "exclusiveMaximum"]) {
            checkOrder(`${at}/constraints`, c, [lower, upper], (b) => boundValue(b, type), fail);
        }
    }
    checkOrder(`${at}/constraints`, c, ["minLength", "maxLength"], Number, fail);
    const stats = field["x-mlops"] ?? {};
    const valueOf = (b) => boundValue(b, type);
    checkOrder(`${at}/x-mlops/mean`, stats.mean ?? {}, ["min", "max"], valueOf, fail);
    checkRange(stats.distinct, `${at}/x-mlops/distinct`, fail);
    stats.quantiles?.forEach((q, i) => checkOrder(`${at}/x-mlops/quantiles/${i}`, q, ["min", "max"], valueOf, fail));
}
/**
 * Each enum entry of a field read as numbers is a value of its type: an entry no value can
 * equal (`two` on an integer field, `yes` on a boolean one) is a mistake in the contract, which
 * would otherwise fail every row that holds the value meant.
 */
function checkEnum(field, at, fail) {
    const type = readType(field);
    const read = type === undefined ? undefined : NUMERIC_READS[type];
    if (read === undefined)
        return;
    field.constraints?.enum?.forEach((entry, i) => {
        const value = enumValue(entry, read.column);
        const pointer = `${at}/constraints/enum/${i}`;
        // INF is a value of a number field; an integer past 2^53 is none of an integer's.
        if (type === "integer" ? Number.isSafeInteger(value) : !Number.isNaN(value)) {
            if (isDated(type) && typeof entry === "string") {
                checkDateForm(field, pointer, entry, "value", fail);
            }
            return;
        }
        fail(pointer, `is ${bounded(JSON.stringify(entry))}, which is not ${read.is}`, `Write the values as the field's type reads them (such as ${read.example}), or declare the field a string${spelledConstraintNote(field)}`);
    });
}
/**
 * Each enum entry of a string field is text as the file writes it: cells are compared with an
 * entry's text, and an unquoted `01234`, `1.0` or `True` is a number or a boolean that reads
 * back as `1234`, `1` or `true`, so that a cell holding the text as written would never match.
 */
function checkTextEnum(field, at, fail, sourceOf) {
    if (readType(field) !== "string")
        return;
    field.constraints?.enum?.forEach((entry, i) => {
        if (typeof entry === "string")
            return;
        const pointer = `${at}/constraints/enum/${i}`;
        const written = sourceOf(pointer);
        if (written === undefined || written === String(entry))
            return;
        const quoted = JSON.stringify(bounded(written));
        fail(pointer, `is ${bounded(written)} unquoted, which is read as the ${typeof entry} ${entry} and matches the cell ${JSON.stringify(String(entry))}, not ${quoted}`, `Quote it (${quoted}) to match the text as written`);
    });
}
/**
 * String constraints on string fields only; statistics of numbers on numeric fields only, and
 * so is a skew measured on them.
 */
function checkApplicable(field, at, fail) {
    const type = readType(field);
    const c = field.constraints ?? {};
    for (const key of ["pattern", "minLength", "maxLength"]) {
        if (c[key] !== undefined && type !== "string") {
            fail(`${at}/constraints/${key}`, `applies to string fields, not ${type}`);
        }
    }
    const stats = field["x-mlops"] ?? {};
    for (const key of ["mean", "quantiles"]) {
        if (stats[key] !== undefined && !isNumeric(type)) {
            fail(`${at}/x-mlops/${key}`, `applies to numeric fields, not ${type ?? "an untyped field"}`, "Declare the field's type");
        }
    }
    // The Wasserstein distance is over values in order: text has none, so it could not be measured.
    if (stats.skew && stats.skew.method === "wasserstein" && type === "string") {
        fail(`${at}/x-mlops/skew/method`, "is wasserstein, which measures numbers and dates, not string values", "Use linf (the largest change of one value's share) or psi for a string field");
    }
}
/** The fields of the primary key; every key names declared fields. */
function checkKeys(descriptor, fail) {
    const names = new Set(descriptor.fields.map((field) => field.name));
    const known = (pointer, list) => list.forEach((name, i) => {
        if (!names.has(name))
            fail(`${pointer}/${i}`, `names '${bounded(name)}', which is not a field`);
    });
    const { primaryKey } = descriptor;
    if (typeof primaryKey === "string" && !names.has(primaryKey)) {
        fail("/primaryKey", `names '${bounded(primaryKey)}', which is not a field`);
    }
    if (Array.isArray(primaryKey))
        known("/primaryKey", primaryKey);
    (descriptor.uniqueKeys ?? []).forEach((key, i) => known(`/uniqueKeys/${i}`, key));
    return primaryKey === undefined ? [] : typeof primaryKey === "string" ? [primaryKey] : primaryKey;
}
/** Every field's own rules, and the rules of the whole contract; the primary key's fields. */
function checkDescriptor(descriptor, fail, sourceOf) {
    const names = new Set();
    descriptor.fields.forEach((field, i) => {
        const at = `/fields/${i}`;
        if (names.has(field.name))
            fail(`${at}/name`, `names the field '${bounded(field.name)}' a second time`);
        names.add(field.name);
        checkBounds(field, at, fail);
        checkEnum(field, at, fail);
        checkTextEnum(field, at, fail, sourceOf);
        checkApplicable(field, at, fail);
        checkSpelling(field, at, fail);
        checkValueBounds(field, at, fail);
        checkRanges(field, at, fail);
    });
    checkRange(descriptor["x-mlops"]?.rows, "/x-mlops/rows", fail);
    return checkKeys(descriptor, fail);
}
/**
 * The longest pattern a contract may give. re2js must compile a pattern before its size is
 * known, and a pattern of n characters may compile to some 180 n instructions (repeat counts
 * up to 1,000): at 1,000 characters, under a second and about 30 MB before the bound below
 * refuses it.
 */
const MAX_PATTERN_LENGTH = 1_000;
/**
 * What a contract's patterns may cost together, each its size (the larger of its length and
 * its RE2 program size, where a repeat counts its body once per repetition: `a{1000}` takes
 * 1,002, the optional `[a-z]{0,1000}` 2,002) plus `PATTERN_BASE_COST`. A contract from a pull
 * request of 1,000 `[a-z]{0,1000}` held 600 MB and took 6 s before any data was read; this
 * allows about 20 MB and a second. Usual patterns cost under 200 each.
 */
const MAX_PATTERN_COST = 100_000;
/** What any compiled pattern costs besides its size: re2js holds about 12 KB for each. */
const PATTERN_BASE_COST = 100;
/** Each field's pattern, compiled; the compiler is loaded only when there is one. */
async function compilePatterns(descriptor, fail) {
    const patterns = new Map();
    if (!descriptor.fields.some((field) => field.constraints?.pattern !== undefined)) {
        return patterns;
    }
    const compile = await patternCompiler();
    const count = (n) => n.toLocaleString("en-US");
    let cost = 0;
    for (const [i, field] of descriptor.fields.entries()) {
        const pattern = field.constraints?.pattern;
        if (pattern === undefined)
            continue;
        const at = `/fields/${i}/constraints/pattern`;
        if (pattern.length > MAX_PATTERN_LENGTH) {
            fail(at, `is ${count(pattern.length)} characters long, more than the ${count(MAX_PATTERN_LENGTH)} a pattern may have`, "For a list of allowed values, use enum");
        }
        const compiled = compile(pattern);
        if ("problem" in compiled) {
            fail(at, `is not a regular expression that runs in linear time (RE2's syntax): ${bounded(compiled.problem)}`, "Patterns have no lookaround or backreference, and repeat counts of at most 1000");
        }
        cost += PATTERN_BASE_COST + compiled.size;
        if (cost > MAX_PATTERN_COST) {
            fail(at, `brings the cost of the contract's patterns to ${count(cost)}, more than the ${count(MAX_PATTERN_COST)} they may have together`, `A pattern costs ${PATTERN_BASE_COST} plus its length or its RE2 program size, the larger (this one ${count(compiled.size)}; [a-z]{0,1000} takes 2,002): use fewer patterns or smaller repeat counts`);
        }
        patterns.set(field.name, compiled.test);
    }
    return patterns;
}
/** What the data engine is told: each field's read type and missing values. */
function readSchemaOf(descriptor) {
    return {
        fields: descriptor.fields.map((field) => {
            const type = readType(field);
            return {
                name: field.name,
                ...(type === undefined ? {} : { type }),
                // A date's `any` or pattern: any other format was refused, `default` is the reader's own.
                ...(field.format !== undefined && field.format !== "default"
                    ? { format: field.format }
                    : {}),
                ...(field.missingValues ? { missingValues: field.missingValues } : {}),
                ...Object.fromEntries(SPELLING_KEYS.filter((key) => field[key] !== undefined).map((key) => [key, field[key]])),
            };
        }),
        ...(descriptor.missingValues ? { missingValues: descriptor.missingValues } : {}),
        // A declared field the data lacks is the `fields` check's to judge, under any fieldsMatch:
        // the fields that are there are still checked, so one run shows every problem.
        fieldsMayBeAbsent: true,
    };
}
/** How Table Schema properties that validate-data does not read are refused: why, and the fix. */
const UNREAD = {
    categories: {
        problem: "is not read",
        fix: "List the allowed values in constraints.enum instead",
    },
    foreignKeys: {
        problem: "is not checked: validate-data checks one table, by itself",
        fix: "Remove foreignKeys; primaryKey and uniqueKeys are checked",
    },
};
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/**
 * Refuses the Table Schema properties that validate-data would otherwise leave unread, so that
 * no contract passes data it meant to fail: `format` other than `default` and, on dates, `any`
 * (an email format), `categories`, `foreignKeys`; a date's pattern is read, if it can be. They are refused before the structure is checked, whose "unknown property"
 * would not say they are Table Schema's own, nor what to write instead.
 */
function refuseUnread(value, fail) {
    if (!isObject(value))
        return;
    const refuse = (pointer, key) => {
        const { problem, fix } = UNREAD[key];
        fail(pointer, problem, fix);
    };
    if (Object.hasOwn(value, "foreignKeys"))
        refuse("/foreignKeys", "foreignKeys");
    const fields = Array.isArray(value.fields) ? value.fields : [];
    fields.forEach((field, i) => {
        if (!isObject(field))
            return;
        for (const key of Object.keys(field)) {
            if (Object.hasOwn(UNREAD, key)) {
                refuse(`/fields/${i}/${key}`, key);
            }
        }
        const { format, type } = field;
        const dated = type === "date" || type === "datetime";
        // Table Schema's `any` lets a reader take any way of writing a date; here it means either
        // ISO 8601 form, a date alone or a date and a time, as a column left to inference reads.
        if (format === undefined || format === "default" || (dated && format === "any"))
            return;
        if (dated && typeof format === "string")
            return checkDatePattern(format, `/fields/${i}`, fail);
        fail(`/fields/${i}/format`, dated
            ? `is ${JSON.stringify(format)}, but dates and date-times are read in ISO 8601 only (2024-05-01, 2024-05-01T12:30:00Z)`
            : `is ${JSON.stringify(format)}, which validate-data does not check`, dated
            ? "Write the values in ISO 8601 and remove format (or make it any where dates and date-times mix), or declare the field a string with a pattern"
            : type === "number" || type === "integer" || type === "boolean"
                ? `Remove format: Table Schema's ${type} fields have no format but the default`
                : "Remove format and check the values with a pattern instead, such as [^@\\s]+@[^@\\s]+\\.[a-z]{2,} for an email");
    });
}
/** Reads a data contract and checks it, with errors at the contract's file, line and field. */
async function loadDataContract(path, shown) {
    const document = (0,read_structured/* readStructured */.c)(path, shown);
    const where = (pointer) => {
        const line = document.lineOf(pointer);
        return line === undefined ? shown : `${shown}:${line}`;
    };
    const fail = (pointer, problem, fix) => {
        throw new errors/* ContractError */.Vl(where(pointer), pointer, problem, fix);
    };
    refuseUnread(document.value, fail);
    const descriptor = (0,validate/* validateContract */.T)(tableSchemaContract, document.value, shown, document.lineOf, document.sourceOf);
    const primaryKey = checkDescriptor(descriptor, fail, document.sourceOf);
    return {
        file: shown,
        descriptor,
        primaryKey,
        readSchema: readSchemaOf(descriptor),
        patterns: await compilePatterns(descriptor, fail),
        where,
    };
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
function quantileOf(column, q) {
    const sketch = column?.sketch ?? null;
    if (sketch === null || sketch.n === 0)
        return null;
    return kll_sketch/* KllSketch */.gu.fromState(sketch).quantile(q);
}
/**
 * The row count (at least one row unless `x-mlops.rows` says otherwise: a dataset without
 * rows is almost always a broken export) and each field's statistics, read from the profile:
 * missing ratio, mean, quantiles (from the KLL sketch, within its rank error) and distinct
 * count (exact up to the profile's `exactCap`, a HyperLogLog estimate past it).
 */
function statisticChecks(descriptor, profile) {
    const rows = descriptor["x-mlops"]?.rows ?? { min: 1 };
    const columns = new Map(profile.columns.map((column) => [column.name, column]));
    return [
        statisticCheck("rows", null, "dataset", rows, profile.rowCount),
        ...descriptor.fields.flatMap((field) => {
            const stats = field["x-mlops"];
            if (!stats)
                return [];
            const column = columns.get(field.name);
            const checks = fieldStatistics(field, stats, column, profile.rowCount);
            // A declared field the data lacks: its statistics are listed, as not run.
            return column ? checks : checks.map((check) => skippedCheck(check, ABSENT_FIELD_NOTE));
        }),
    ];
}
/** A mean's or quantile's range in the engine's numbers, dates as epoch milliseconds. */
const valueRange = ({ min, max }, type) => ({
    ...(min !== undefined && { min: boundValue(min, type) }),
    ...(max !== undefined && { max: boundValue(max, type) }),
});
/** The statistics one field asks for, from its column's profile (none when the data lacks it). */
function fieldStatistics(field, stats, column, rows) {
    const { name, type } = field;
    // The mean and quantiles of dates are dates, shown as such.
    const shown = isDated(type) ? dateText : undefined;
    const checks = [];
    if (stats.maxMissingRatio !== undefined) {
        const ratio = rows === 0 || !column ? null : column.missing / rows;
        checks.push(statisticCheck("missingRatio", name, "column", { max: stats.maxMissingRatio }, ratio));
    }
    if (stats.mean) {
        const range = valueRange(stats.mean, type);
        checks.push(statisticCheck("mean", name, "column", range, column?.mean ?? null, null, shown));
    }
    const rankError = column?.sketch?.rankError ?? 0;
    const sketched = rankError > 0
        ? `estimated from a quantile sketch, within ±${(0,format_number/* formatNumber */.ZV)(rankError)} in rank`
        : null;
    for (const { q, ...bounds } of stats.quantiles ?? []) {
        const range = valueRange(bounds, type);
        const observed = quantileOf(column, q);
        checks.push(statisticCheck(`quantile(${q})`, name, "column", range, observed, sketched, shown));
    }
    if (stats.distinct) {
        const distinct = column?.distinct;
        const note = distinct === undefined || distinct.exact
            ? null
            : `estimated by HyperLogLog, relative standard error ${(0,format_number/* formatNumber */.ZV)(distinct.relativeError)}`;
        checks.push(statisticCheck("distinct", name, "column", stats.distinct, distinct?.value ?? null, note));
    }
    return checks;
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
            ...statisticChecks(descriptor, profile),
            ...(reference ? skewChecks(descriptor, reference.profile, profile) : []),
        ]
        : [];
    return [
        ...(outcome.readFailure ? [outcome.readFailure] : []),
        ...outcome.checks,
        ...statistics,
    ].map(boundedCheck);
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
        columns: outcome.columns.map((name) => bounded(name)),
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

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/report-headline.js
var report_headline = __webpack_require__(2153);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/render-summary.js






/** What a failing cell holds and why it fails: `"C00150" (duplicate of line 151)`. */
function describeCell(example) {
    const value = example.value === null ? "" : JSON.stringify(example.value);
    const note = example.note === null ? "" : `(${example.note})`;
    return [value, note].filter((part) => part !== "").join(" ");
}
/** Where a failing row is and what it holds; not sanitised (the caller sanitises). */
function describeExample(example) {
    // A read that stopped before its first row (a Parquet file that does not open) has neither.
    const where = example.line !== null
        ? `${example.file}:${example.line}`
        : example.row !== null
            ? `${example.file} row ${example.row}`
            : example.file;
    const cell = describeCell(example);
    return cell === "" ? where : `${where}: ${cell}`;
}
function observed(check) {
    // The table of other checks shows no notes: a check that did not run says why here.
    if (check.status === "skipped")
        return (0,sanitize_markdown/* sanitizeMarkdown */.LO)(check.note ?? "not run");
    if (check.level === "row") {
        return check.evaluated ? `${check.failed} of ${check.evaluated} failed` : "no values";
    }
    if (typeof check.observed === "number")
        return (0,format_number/* formatNumber */.ZV)(check.observed);
    return check.observed === null ? "—" : (0,sanitize_markdown/* sanitizeMarkdown */.LO)(check.observed);
}
const cells = (check) => [
    (0,sanitize_markdown/* sanitizeMarkdown */.LO)(check.id),
    (0,sanitize_markdown/* sanitizeMarkdown */.LO)(check.expected),
    observed(check),
    (0,sanitize_markdown/* sanitizeMarkdown */.LO)([...check.examples.map(describeExample), ...(check.note ? [check.note] : [])].join("; ")),
];
/**
 * The job summary: the verdict, a table of the failed checks with their first failing rows,
 * what was validated, and the passed checks folded away. Everything taken from the data or
 * the contract is sanitised.
 */
function renderSummary(report) {
    const { counts, data } = report;
    const failed = report.checks.filter((check) => check.status === "fail");
    const passed = report.checks.filter((check) => check.status !== "fail");
    const skipped = counts.skipped === 0 ? "" : `, ${counts.skipped} skipped`;
    const headline = report.valid
        ? (0,report_headline/* reportHeadline */.J)("validate-data", "pass", `${(0,counted/* counted */.h)(counts.passed, "check")} passed${skipped}`)
        : (0,report_headline/* reportHeadline */.J)("validate-data", "fail", `${counts.failed} of ${counts.checks} checks failed`);
    const share = data.rows === 0 ? "" : ` (${(0,format_number/* formatNumber */.ZV)((100 * counts.invalid_rows) / data.rows)}%)`;
    const files = data.files.length === 1
        ? (0,sanitize_markdown/* codeSpan */.SS)(data.files[0].file)
        : `${data.files.length} files of ${(0,sanitize_markdown/* codeSpan */.SS)(data.source)}`;
    const headers = ["Check", "Expected", "Observed", "Examples and Notes"];
    // The failed checks come first: should GitHub's size limit cut the summary, they stay.
    const parts = [
        headline,
        ...(failed.length > 0 ? ["", (0,markdown_table/* markdownTable */.Q)(headers, failed.map(cells))] : []),
    ];
    parts.push("", `${files}: ${(0,counted/* counted */.h)(data.rows, "row")}, ${(0,group_digits/* groupDigits */.K)(counts.invalid_rows)} failing a row check${share}; digest ${(0,sanitize_markdown/* codeSpan */.SS)(data.digest.slice(0, 12))}. Contract ${(0,sanitize_markdown/* codeSpan */.SS)(report.contract.file)}${report.reference_profile ? `, reference profile ${(0,sanitize_markdown/* codeSpan */.SS)(report.reference_profile.file)}` : ""}.`, ...report.notes.map((note) => `\n> ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(note)}`));
    if (passed.length > 0) {
        parts.push("", `<details><summary>${(0,counted/* counted */.h)(passed.length, "other check")}</summary>`, "", (0,markdown_table/* markdownTable */.Q)([...headers.slice(0, 3), "Status"], passed.map((check) => [...cells(check).slice(0, 3), check.status])), "", "</details>");
    }
    return `${parts.join("\n")}\n`;
}

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
    const seen = typeof check.observed === "number" ? (0,format_number/* formatNumber */.ZV)(check.observed) : (check.observed ?? "none");
    const line = `${check.id} (${seen}, expected ${check.expected})`;
    return check.note === null ? line : `${line}: ${check.note}`;
}
/**
 * What is wrong at one failing example. A read that stopped says what stopped it and how to
 * fix it (its note), not only that the file should read as a table.
 */
const exampleLine = (check, example) => check.check === "readable"
    ? `${example.note}. ${check.note}`
    : `${describeCell(example) || "this row"}: expected ${check.expected}`;
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
                message: exampleLine(check, example),
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
    const annotations = annotationsOf(failed);
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
        summary: renderSummary(report),
        annotations,
        failure: failed.length > 0 && settings.failStep
            ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${more}`
            : undefined,
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/data/read-progress.js
var read_progress = __webpack_require__(94);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/dataset-checks.js


const FIELDS_EXPECTED = {
    exact: "the declared fields, in their order",
    equal: "the declared fields, in any order",
    subset: "the declared fields, and possibly more",
    superset: "declared fields only, possibly not all of them",
    partial: "at least one declared field, and possibly more",
};
/** A name as a sentence shows it: bounded, and quoted when empty or spaced at either end. */
const shownName = (name) => name === "" || name.trim() !== name ? `'${bounded(name)}'` : bounded(name);
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
/** The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. */
function fieldsCheck(contract, columns, delimiter) {
    const declared = contract.descriptor.fields.map((field) => field.name);
    const present = new Set(columns);
    const absent = declared.filter((name) => !present.has(name));
    const match = contract.descriptor.fieldsMatch ?? "exact";
    const seen = { declared, present, absent, match, delimiter };
    const problem = fieldsProblem(contract, columns, seen);
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
        // Declared fields the data lacks are not checked: the report says which.
        note: problem ??
            (absent.length > 0 ? `absent, as fieldsMatch ${match} allows: ${nameList(absent)}` : null),
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
 * The default bound on keys held for uniqueness, over all unique constraints together. A key
 * costs about 50 bytes as a number and 80-120 as a short string (a V8 Map entry and the
 * string), so 5,000,000 keys stay under about 600 MB. Past the bound no new key is stored:
 * duplicates of stored keys are still found, and the check says it is incomplete.
 */
const DEFAULT_MAX_KEYS = 5_000_000;
/** Where a key was first seen, packed in one number: file index * 2^33 + line (or row). */
const LINE_SPAN = 2 ** 33;
/** What `firstOrStore` says of a new key: stored, or not for want of budget. */
const STORED = -1;
const FULL = -2;
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
    /** Per key, where it was first seen; number keys (values or category codes) apart. */
    numbers = new NumberKeys();
    texts = new Map();
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
            if ("bytes" in column)
                return (0,data_batch/* cellValue */.O)(column, row) ?? undefined;
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
            const value = (0,data_batch/* cellValue */.O)(column, row);
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
        const absent = this.fields.filter((_, f) => (0,data_batch/* cellValue */.O)(columns[f], row) === null);
        return `a primary key value is missing: no value in ${absent.map((name) => bounded(name)).join(", ")}`;
    }
    /** A row with a cell that failed `type` is not checked: its key is not known. */
    run(batch, invalid, locator, typeErrors) {
        const columns = this.fields.map((name) => (0,data_batch/* columnOf */.u)(batch, name));
        const mistyped = this.fields
            .map((name) => typeErrors.get(name))
            .filter((flags) => flags !== undefined);
        let fileIndex = this.files.indexOf(batch.file);
        if (fileIndex < 0)
            fileIndex = this.files.push(batch.file) - 1;
        const shownValue = (row) => columns.length === 1
            ? exampleValue(columns[0], row)
            : columns.map((c) => exampleValue(c, row)).join(", ");
        for (let i = 0; i < batch.length; i++) {
            if (anyFlagged(mistyped, i))
                continue;
            const key = this.keyOf(columns, i);
            if (key === undefined) {
                if (this.primary) {
                    this.tally.evaluated++;
                    this.tally.fail(batch, i, invalid, shownValue(i), this.missingNote(columns, i));
                }
                continue;
            }
            this.tally.evaluated++;
            const first = this.firstOrStore(key, fileIndex * LINE_SPAN + batch.lineNumbers[i]);
            if (first >= 0) {
                const file = this.files[Math.floor(first / LINE_SPAN)];
                const where = lineOrRow(locator, file, first % LINE_SPAN);
                const of = file === batch.file ? where : `${locator.shown(file)} ${where}`;
                this.tally.fail(batch, i, invalid, shownValue(i), `duplicate of ${of}`);
                if (this.tally.note === null && pastExactIntegers(columns, i)) {
                    this.tally.note = ROUNDED_NOTE;
                }
            }
            else if (first === FULL && this.tally.note === null) {
                // Named as a duplicate's first sighting is: the line in the file, or a Parquet row.
                const at = `${locator.shown(batch.file)} ${lineOrRow(locator, batch.file, batch.lineNumbers[i])}`;
                this.tally.note = `the key memory bound (x-mlops.maxKeys = ${this.budget.max}) was reached at ${at}; later new keys were not stored`;
            }
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

// EXTERNAL MODULE: ./shared/dist/engine/data/string-dictionary.js
var string_dictionary = __webpack_require__(1038);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-values.js
var json_values = __webpack_require__(8162);
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
        const value = boundValue(raw, field.type);
        const test = (v) => row_checks_within(v, value, side);
        out.push({ tally: make(name, `${symbol} ${raw}`), test, bound: { value, side } });
    };
    bound("minimum", "≥", Side.AtLeast);
    bound("maximum", "≤", Side.AtMost);
    bound("exclusiveMinimum", ">", Side.Above);
    bound("exclusiveMaximum", "<", Side.Below);
    if (c.enum) {
        const allowed = new Set(c.enum.map((entry) => enumValue(entry, type)));
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
        out.push({ tally: make("enum", `one of ${list(c.enum)}`), test: (v) => allowed.has(v) });
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
        out.push({ tally: make("enum", `one of ${list(c.enum)}`), test });
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
                this.required?.fail(batch, i, invalid, null, "no value");
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
    tallies;
    /** Per dictionary code, one bit per predicate that the value fails. */
    verdicts = new Uint32Array(0);
    known = 0;
    constructor(name, required, predicates) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
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
                required?.fail(batch, i, invalid, null, "no value");
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
    tallies;
    cache;
    constructor(name, required, predicates) {
        this.name = name;
        this.required = required;
        this.predicates = predicates;
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
                required?.fail(batch, i, invalid, null, "no value");
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
function columnChecks(field, column, { mostly, maxExamples, locator, pattern }) {
    const make = (check, expected) => new RowTally(check, field.name, expected, mostly, maxExamples, locator);
    const required = requiredTally(field, make);
    if ("bytes" in column) {
        const predicates = bytePredicates(field, make, pattern);
        return required || predicates.length
            ? new ByteChecks(field.name, required, predicates)
            : undefined;
    }
    if ("values" in column) {
        const predicates = numericPredicates(field, make, column.type);
        return required || predicates.length
            ? new NumericChecks(field.name, required, predicates)
            : undefined;
    }
    const predicates = stringPredicates(field, make, pattern);
    return required || predicates.length
        ? new StringChecks(field.name, required, predicates)
        : undefined;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/type-checks.js






/** The text of an integer: one that fails an integer column's type is past 2^53. */
const WHOLE_NUMBER = /^[+-]?\d+$/;
const PAST_EXACT_INTEGERS = `an integer beyond ${column_builder/* EXACT_INTEGERS */.ke} is held only rounded, two ids as one: declare ids this long as string`;
/**
 * The note of a cell that failed a date or datetime field for being a date or date-time of the
 * other type (Table Schema's date takes no time of day, its datetime needs one, unless its
 * format is `any`); null for any other cell, whose value and the expected type say enough.
 */
function dateFormNote(declared, text) {
    const forms = (0,infer_type/* dateForms */.gh)(declared);
    // A field with a pattern of its own refuses a cell for not being written as the pattern says.
    if (forms === "both" || (0,cell_spelling/* spellingOf */.k2)(declared) !== undefined)
        return null;
    const dated = !Number.isNaN((0,parse_cell/* parseDatetime */.X7)(text));
    return dated && !(0,parse_cell/* isDateForm */.BT)(text, forms) ? column_builder/* OTHER_DATE_FORM */.$$[forms] : null;
}
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
    pending = [];
    tallies = new Map();
    constructor(
    /** The fields the contract types, by name; other columns' types were inferred. */
    declared, make) {
        this.declared = declared;
        this.make = make;
    }
    /** The read's `onInvalidCell` hook: the cell's batch has not been yielded yet. */
    onInvalidCell = (column, _line, text, row) => {
        this.pending.push({ column, row, text });
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
            const column = (0,data_batch/* columnOf */.u)(batch, cell.column);
            const tally = this.tally(column);
            const note = dateFormNote(this.declared.get(cell.column), cell.text);
            tally.fail(batch, row, invalid, bounded(cell.text), note);
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
            if (declared === undefined) {
                tally.note =
                    "the column's type was inferred from the first rows; declare the field's type in the contract (string takes any value)";
            }
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
    keys = [];
    /** The row-level checks of declared fields the data lacks, none of which can run. */
    notRun = [];
    invalidRows = 0;
    profiler;
    fields;
    constructor(contract, options) {
        this.contract = contract;
        this.options = options;
        this.fields = new Map(contract.descriptor.fields.map((field) => [field.name, field]));
        // The profile records the missing values the data is read with, the table's and each
        // field's own, for whoever compares with it.
        const { readSchema } = contract;
        this.profiler = new profile_dataset/* DatasetProfiler */.ib({}, (0,read_options/* tableMissingValues */.jy)({ schema: readSchema }), (0,read_options/* ownMissingValues */.XS)({ schema: readSchema }));
        const declared = new Map(contract.readSchema.fields.flatMap((f) => (f.type === undefined ? [] : [[f.name, f]])));
        this.types = new TypeChecks(declared, (column, expected) => this.tally("type", column, expected, this.mostly(column)));
    }
    /** The share of a column's values that must pass its checks: the field's, else the contract's. */
    mostly(column) {
        const field = column === null ? undefined : this.fields.get(column);
        return field?.["x-mlops"]?.mostly ?? this.contract.descriptor["x-mlops"]?.mostly ?? 1;
    }
    tally(check, column, expected, mostly) {
        const { maxExamples, locator } = this.options;
        return new RowTally(check, column, expected, mostly, maxExamples, locator);
    }
    /** The row-level and key checks, for the columns (and their types) of the first batch. */
    start(batch) {
        const { descriptor, primaryKey, patterns } = this.contract;
        const { maxExamples, locator } = this.options;
        this.columns = [...batch.names];
        this.perColumn = descriptor.fields.flatMap((field) => {
            const column = (0,data_batch/* columnOf */.u)(batch, field.name);
            const mostly = this.mostly(field.name);
            const pattern = patterns.get(field.name);
            const checks = column && columnChecks(field, column, { mostly, maxExamples, locator, pattern });
            return checks ? [checks] : [];
        });
        // A key's `mostly` is 1, except a field's own `unique`, which is one of its checks.
        const make = (check, column) => check.startsWith("primaryKey")
            ? this.tally(check, column, "present and unique", 1)
            : this.tally(check, column, "unique", check === "unique" ? this.mostly(column) : 1);
        this.notRun = descriptor.fields
            .filter((field) => !(0,data_batch/* columnOf */.u)(batch, field.name))
            .flatMap((field) => {
            const tallies = declaredTallies(field, numericColumnType(field), patterns.get(field.name), (check, expected) => this.tally(check, field.name, expected, this.mostly(field.name)));
            if (field.constraints?.unique)
                tallies.push(make("unique", field.name));
            return tallies.map((tally) => skippedCheck(tally.result(), ABSENT_FIELD_NOTE));
        });
        // A key whose field the data lacks is not checked: the `fields` check fails for it.
        const whole = (fields) => fields.every((name) => batch.names.includes(name));
        const unique = descriptor.fields
            .filter((f) => f.constraints?.unique && whole([f.name]))
            .map((f) => f.name);
        const uniqueKeys = (descriptor.uniqueKeys ?? []).filter(whole);
        const maxKeys = descriptor["x-mlops"]?.maxKeys ?? DEFAULT_MAX_KEYS;
        this.keys = keyChecks(unique, whole(primaryKey) ? primaryKey : [], uniqueKeys, make, {
            left: maxKeys,
            max: maxKeys,
        });
    }
    /** Runs every check over one batch, and profiles it. */
    add(batch) {
        if (this.rows === 0 && this.columns.length === 0)
            this.start(batch);
        const invalid = new Uint8Array(batch.length);
        const typeErrors = this.types.run(batch, invalid);
        for (const checks of this.perColumn)
            checks.run(batch, invalid, typeErrors);
        for (const key of this.keys)
            key.run(batch, invalid, this.options.locator, typeErrors);
        for (let i = 0; i < invalid.length; i++)
            this.invalidRows += invalid[i];
        this.profiler.add(batch);
        this.rows += batch.length;
        this.rowsPerFile.set(batch.file, (this.rowsPerFile.get(batch.file) ?? 0) + batch.length);
    }
    /** What the pass found, over the rows read before `readFailure` when the read stopped. */
    outcome(readFailure) {
        const { rows, columns } = this;
        const checks = [
            ...(columns.length > 0 ? [fieldsCheck(this.contract, columns, this.options.delimiter)] : []),
            ...this.types.results(rows, columns).map((tally) => tally.result()),
            ...this.perColumn.flatMap((c) => c.tallies.map((tally) => tally.result())),
            ...this.notRun,
            ...this.keys.map((key) => key.tally.result()),
        ];
        const { rowsPerFile, invalidRows } = this;
        const profile = readFailure ? null : this.profiler.toJSON();
        return { rows, rowsPerFile, columns, checks, invalidRows, readFailure, profile };
    }
}
/**
 * Validates the data in one pass over its batches: row-level checks, uniqueness and the
 * profile are all fed from the same batch, which is then dropped. Memory is one batch, the
 * profile's sketches, and the keys of the uniqueness checks (bounded by `x-mlops.maxKeys`).
 */
async function validateStream(files, contract, options) {
    const validation = new StreamValidation(contract, options);
    const { log, progress } = options;
    const tracker = new read_progress/* ReadProgress */.i({ label: "validate-data", progress, log });
    const read = (0,read_batches/* readBatches */.Pu)(files, {
        schema: contract.readSchema,
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
    });
    try {
        for await (const batch of tracker.track(read))
            validation.add(batch);
    }
    catch (error) {
        if (!(error instanceof data_error/* DataError */.fL))
            throw error;
        return validation.outcome(readFailureCheck(error, validation.rows, options.locator));
    }
    return validation.outcome(null);
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validation-report.schema.json
const validation_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.validation-report/v1","title":"Validation report","description":"The result of validate-data: the data\'s identity, every check of the contract with its counts, observed value and first failing rows.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","valid","data","contract","reference_profile","counts","checks","notes"],"definitions":{"fileRef":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"count":{"type":"integer","minimum":0},"nullableCount":{"type":["integer","null"],"minimum":0},"example":{"type":"object","additionalProperties":false,"required":["file","line","row","column","value","note"],"properties":{"file":{"type":"string"},"line":{"description":"1-based line in a CSV or JSONL file; null for Parquet.","type":["integer","null"],"minimum":1},"row":{"description":"0-based index of the row in the dataset; null when the read stopped before it.","type":["integer","null"],"minimum":0},"column":{"type":["string","null"]},"value":{"type":["number","string","boolean","null"]},"note":{"type":["string","null"]}}},"check":{"type":"object","additionalProperties":false,"required":["id","check","column","level","status","evaluated","failed","mostly","expected","observed","examples","note"],"properties":{"id":{"type":"string"},"check":{"type":"string"},"column":{"type":["string","null"]},"level":{"enum":["row","column","dataset"]},"status":{"enum":["pass","fail","skipped"]},"evaluated":{"$ref":"#/definitions/nullableCount"},"failed":{"$ref":"#/definitions/nullableCount"},"mostly":{"type":["number","null"],"minimum":0,"maximum":1},"expected":{"type":"string"},"observed":{"type":["number","string","null"]},"examples":{"type":"array","items":{"$ref":"#/definitions/example"}},"note":{"type":["string","null"]}}}},"properties":{"schema":{"const":"mlops.validation-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"valid":{"type":"boolean"},"data":{"type":"object","additionalProperties":false,"required":["source","digest","rows","columns","files"],"properties":{"source":{"type":"string"},"digest":{"type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"$ref":"#/definitions/count"},"columns":{"type":"array","items":{"type":"string"}},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["file","sha256","bytes","rows"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"$ref":"#/definitions/count"},"rows":{"$ref":"#/definitions/count"}}}}}},"contract":{"$ref":"#/definitions/fileRef"},"reference_profile":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/fileRef"}]},"counts":{"type":"object","additionalProperties":false,"required":["checks","passed","failed","skipped","invalid_rows"],"properties":{"checks":{"$ref":"#/definitions/count"},"passed":{"$ref":"#/definitions/count"},"failed":{"$ref":"#/definitions/count"},"skipped":{"$ref":"#/definitions/count"},"invalid_rows":{"$ref":"#/definitions/count"}}},"checks":{"type":"array","items":{"$ref":"#/definitions/check"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validation-report.js


/** `mlops.validation-report/v1`: what validate-data found (see validation-report.schema.json). */
const validationReportContract = {
    id: "mlops.validation-report/v1",
    validate: (0,json_schema/* compileSchema */.F)(validation_report_schema_namespaceObject),
    describe: "A validation report is the JSON validate-data writes at its report-path (mlops-out/validation-report.json by default)",
};

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/validate-data.js





















/**
 * The profile that skew is checked against, and where it came from: a profile file, the profile
 * stored with a registry version, or reference data profiled here. Reference data is read as
 * the data is, with the contract's types and missing values (a number column with `NA` is
 * numbers on both sides), a value its type does not take counted missing; it may lack
 * declared fields, whose skew checks say so.
 */
async function referenceProfile(text, cwd, read, github) {
    const { schema, delimiter } = read;
    const reference = await (0,load_reference/* loadReference */.Q)(text, cwd, { github });
    if (reference.kind !== "data") {
        const file = reference.from ?? (0,display_path/* displayPath */.G)(cwd, reference.path);
        requireContractMissingValues(reference.profile, file, schema);
        return { profile: reference.profile, file, sha256: await (0,hash_file/* hashFile */.D)(reference.path) };
    }
    const files = await (0,read_batches/* listFiles */.CS)(reference.path);
    const [digests, profile] = await Promise.all([
        hashFiles(files),
        (0,profile_dataset/* profileBatches */.cQ)((0,read_batches/* readBatches */.Pu)(files, {
            // The contract's read schema already lets declared fields be absent.
            schema,
            delimiter,
            // As the data's type checks let some through (mostly), a value the reference's type
            // does not take is left out of its distribution rather than stopping the run.
            onInvalidCell: () => { },
            reuseBatches: true,
            textAsBytes: true,
            readInWorker: "large",
        }), {}, (0,read_options/* tableMissingValues */.jy)({ schema }), (0,read_options/* ownMissingValues */.XS)({ schema })),
    ]);
    return { profile, file: (0,display_path/* displayPath */.G)(cwd, reference.path), sha256: datasetDigest(digests) };
}
/**
 * Refuses a reference profile made with other missing values than the contract reads the data
 * with, the table's or a column's: a cell one side counts missing is a value on the other, and
 * the skew would measure that.
 */
function requireContractMissingValues(profile, file, schema) {
    const made = (0,missing_values/* missingValuesOf */.uY)(profile);
    const missingValues = (0,read_options/* tableMissingValues */.jy)({ schema });
    if (!(0,missing_values/* sameMissingValues */.jU)(made, missingValues)) {
        throw new errors/* InputError */.dz("reference", `${file} was made with missing values ${(0,missing_values/* shownMissingValues */.C_)(made)}, and the contract reads the data with ${(0,missing_values/* shownMissingValues */.C_)(missingValues)}`, "Declare the profile's values in the contract's missingValues, or make the reference profile again with the contract's");
    }
    const own = (0,read_options/* ownMissingValues */.XS)({ schema });
    for (const column of profile.columns) {
        const counted = (0,missing_values/* columnMissingValues */.FB)(profile, column);
        const read = own.get(column.name) ?? missingValues;
        if ((0,missing_values/* sameMissingValues */.jU)(counted, read))
            continue;
        const name = (0,missing_values/* shownColumn */.cB)(column.name);
        const declared = schema.fields.some((field) => field.name === column.name);
        throw new errors/* InputError */.dz("reference", `${file} counted column ${name} with missing values ${(0,missing_values/* shownMissingValues */.C_)(counted)}, and the contract reads ${declared ? "field" : "the undeclared column"} ${name} with ${(0,missing_values/* shownMissingValues */.C_)(read)}`, `${declared ? "Give" : "Declare"} field ${name} ${declared ? "" : "with "}the profile's values as its missingValues, or make the reference profile again with the contract's`);
    }
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
        data: (0,inputs/* text */.Qq)(),
        schema: (0,inputs/* file */.NJ)(),
        reference: (0,inputs/* text */.Qq)(),
        "report-path": (0,inputs/* outputPath */.XC)(),
        "profile-path": (0,inputs/* outputPath */.XC)(),
        "fail-step": (0,inputs/* bool */.lc)(),
        "max-examples": (0,inputs/* number */.ai)({ min: 0, max: 1000, integer: true }),
        delimiter: (0,inputs/* delimiter */.uV)(),
        "github-token": (0,inputs/* secret */.rJ)(),
    },
    async run(inputs, context) {
        const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
        const contract = await loadDataContract(inputs.schema, shown(inputs.schema));
        const reference = inputs.reference
            ? await referenceProfile(inputs.reference, context.cwd, { schema: contract.readSchema, delimiter: inputs.delimiter }, {
                ...context.github,
                token: inputs["github-token"] ?? context.github.token,
            })
            : undefined;
        const files = await (0,read_batches/* listFiles */.CS)((0,external_node_path_.isAbsolute)(inputs.data) ? inputs.data : (0,external_node_path_.resolve)(context.cwd, inputs.data));
        // Refused before the contract's checks start: a report of a file that was never read as
        // data would be one failed check that the input alone settles.
        const unknown = files.find((path) => (0,read_files/* formatOf */.be)(path) === undefined);
        if (unknown !== undefined) {
            throw new data_error/* DataError */.fL(shown(unknown), "the format cannot be told from the extension", "Name the file .csv, .tsv, .jsonl, .ndjson or .parquet (gzipped, add .gz)");
        }
        // The digests are taken while the data is read: the main thread has the time while the
        // reading thread starts and works ahead, where hashing first held up the read by 0.1 s a
        // 150 MB file.
        const [digests, outcome] = await Promise.all([
            hashFiles(files),
            validateStream(files, contract, {
                maxExamples: inputs["max-examples"],
                delimiter: inputs.delimiter,
                locator: { shown, hasLines: (path) => (0,read_files/* formatOf */.be)(path) !== "parquet" },
                log: context.log,
                progress: context.progress,
            }),
        ]);
        const data = { files, sizes: files.map((path) => (0,external_node_fs_.statSync)(path).size), digests };
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
        // The report is checked against its own contract before anyone downstream trusts it.
        (0,write_output/* writeFilesAtomic */.aV)([
            (0,report_file/* reportFile */.r)(validationReportContract, report, inputs["report-path"]),
            ...(outcome.profile
                ? [{ path: inputs["profile-path"], text: (0,write_output/* jsonText */.s$)(outcome.profile) }]
                : []),
        ]);
        return stepResult(report, {
            reportPath: shown(inputs["report-path"]),
            profilePath: outcome.profile ? shown(inputs["profile-path"]) : "",
            maxExamples: inputs["max-examples"],
            failStep: inputs["fail-step"],
        });
    },
});


/***/ })

};
