export const id = 200;
export const ids = [200];
export const modules = {

/***/ 74200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  boundValue: () => (/* binding */ boundValue),
  enumValue: () => (/* binding */ enumValue),
  isDated: () => (/* binding */ isDated),
  loadDataContract: () => (/* binding */ loadDataContract),
  numericColumnType: () => (/* binding */ numericColumnType),
  tableSchemaContract: () => (/* binding */ tableSchemaContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 3 modules
var validate = __webpack_require__(12805);
// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(20403);
// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(92646);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 2 modules
var read_structured = __webpack_require__(23970);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(67382);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(31701);
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
/** A key with a field the data lacks: the `fields` check names it. */
const ABSENT_KEY_FIELD_NOTE = "not checked: the data lacks a field of the key";
/**
 * What an example or a statistic of a sensitive field (`x-mlops: { sensitive: true }`) says in
 * place of its value, and of any note that would tell the value.
 */
const WITHHELD = "value withheld: sensitive";
/** Whether an example's value was withheld: it has none, and its note starts by saying so. */
const isWithheld = (example) => example.value === null && example.note !== null && example.note.startsWith(WITHHELD);
/**
 * A statistic of a sensitive field with its value taken out: the verdict stays, the observed
 * value (a quantile is one of the field's values, a mean may be) and any note read from the
 * values go.
 */
const withheldStatistic = (check) => check.observed === null ? check : { ...check, observed: null, note: WITHHELD };
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
 * midnight UTC, shown as the date the data holds, 2024-05-01. A fraction of a millisecond is
 * shown to the microsecond, as it is compared: a value just past a bound is not shown as the
 * bound. The whole milliseconds are floored, where `Date` would round an instant before 1970
 * toward it, and show 1959-12-31T23:59:59.9999 as 1960-01-01.
 */
function dateText(ms) {
    let whole = Math.floor(ms);
    let micros = Math.round((ms - whole) * 1000);
    if (micros === 1000)
        [whole, micros] = [whole + 1, 0];
    const date = new Date(whole);
    if (Number.isNaN(date.getTime()))
        return String(ms);
    const iso = date.toISOString();
    if (micros > 0)
        return `${iso.slice(0, -1)}${String(micros).padStart(3, "0")}Z`;
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, iso.indexOf("T")) : iso;
}
/** A cell as the report shows it: dates in ISO 8601, booleans as such, long text cut. */
function exampleValue(column, row) {
    const value = cellValue(column, row);
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
/** The locator of files read from `cwd`: shown relative to it, with lines but in Parquet. */
const rowLocator = (cwd) => ({
    shown: (file) => displayPath(cwd, file),
    hasLines: (file) => formatOf(file) !== "parquet",
});
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
    withholds;
    evaluated = 0;
    failed = 0;
    note = null;
    /**
     * Whether the check covered only part of the data (a key set past `x-mlops.maxKeys`): a pass
     * then says less, and the summary shows it apart. Not in the report, whose note says why.
     */
    partial = false;
    examples = [];
    /** What an example's note says of its text, where the check can tell why the text failed. */
    exampleNote;
    constructor(check, column, expected, mostly, maxExamples, locator, 
    /**
     * Whether the check is of a sensitive field (a key, of any of its fields): its examples keep
     * the row and any note that tells no value, never the value, nor a note read from it.
     */
    withholds = false) {
        this.check = check;
        this.column = column;
        this.expected = expected;
        this.mostly = mostly;
        this.maxExamples = maxExamples;
        this.locator = locator;
        this.withholds = withholds;
    }
    /** Whether a failure now is kept as an example: what only an example shows need not be made. */
    get keepsExamples() {
        return this.examples.length < this.maxExamples;
    }
    /**
     * Fails row `row`, kept as an example while there is room. `note` must tell nothing of the
     * value where the check `withholds` (a duplicate's first line, a missing value): the value
     * itself is then left out.
     */
    fail(batch, row, invalid, value, note = null) {
        this.failed++;
        invalid[row] = 1;
        if (!this.keepsExamples)
            return;
        if (this.withholds && value !== null) {
            value = null;
            note = note === null ? WITHHELD : `${WITHHELD}; ${note}`;
        }
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
        if (!this.keepsExamples)
            return this.fail(batch, row, invalid, null);
        if (this.withholds)
            return this.fail(batch, row, invalid, null, WITHHELD);
        const value = exampleValue(column, row);
        const note = typeof value === "string" ? (this.exampleNote?.(value) ?? null) : null;
        this.fail(batch, row, invalid, value, note);
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

// EXTERNAL MODULE: ./shared/dist/engine/data/cell-spelling.js
var cell_spelling = __webpack_require__(27931);
// EXTERNAL MODULE: ./shared/dist/engine/data/date-pattern.js
var date_pattern = __webpack_require__(14247);
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
var text_bytes = __webpack_require__(11837);
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
 * a DFA drawing on it builds another state only by dropping its own (new paths step the NFA
 * meanwhile), and no new DFA is made (`compileAsciiPattern` leaves its pattern to re2js).
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
    /** Gives back `bytes` taken before. */
    give(bytes) {
        this.left += bytes;
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
/** A transition to a state past the budget: the cells that take it step the NFA from there. */
const PAST_BUDGET = -3;
const INITIAL_ROWS = 8;
/** What a state's key costs besides its characters (the string and its entry in the map), about. */
const KEY_BYTES = 64;
/** What a state's key takes from the allowance. */
const keyBytes = (key) => KEY_BYTES + 2 * key.length;
/**
 * The bytes read per state made since the last reset below which a reset is not worth it: the
 * states are made about as fast as they are used, and stepping the NFA is cheaper (RE2's rule).
 */
const BYTES_PER_STATE = 10;
/** The bytes of a table of `rows` states: a transition row and the acceptance byte each. */
const rowsBytes = (rows) => rows * (ROW * 4 + 1);
/**
 * A DFA over ASCII bytes, built lazily by the subset construction as cells need its transitions,
 * so that a pattern whose full DFA would be exponential (`(a|b)*a(a|b){20}`) only ever builds the
 * states the data reaches, up to a budget. Past it, as RE2's DFA does with its cache, it drops
 * every state but the dead and the initial one and builds anew, where the states made since the
 * last such reset have each served `BYTES_PER_STATE` bytes on average; where they have not, it
 * steps the NFA along the new path (`stepNfa`) until they have. A state is the set of `CHAR`
 * nodes the NFA may be in, plus whether it would accept if the text ended there: the
 * end-of-text assertions are settled once, when the state is made. `^` holds only before the
 * first byte, so only the initial state passes it. The state's key spells both as characters:
 * the acceptance, then the sorted nodes.
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
    /** The nodes the last `closure` walked: building counts them as work, stepping does not. */
    walked = 0;
    /** The bytes of the cells `test` was given, in all and when the states were last dropped. */
    bytesRead = 0;
    bytesAtReset = 0;
    resets = 0;
    // Scratch for closures and steps, sized to the NFA once: a node is pushed at most once per
    // closure, and a step reads each node of a state once.
    stamp;
    currentStamp = 0;
    stack;
    found;
    seeds;
    current;
    constructor(nfa, classes, budget = DEFAULT_BUDGET, allowance) {
        this.nfa = nfa;
        this.classes = classes;
        this.budget = budget;
        this.allowance = allowance;
        const size = nfa.kind.length;
        this.stamp = new Int32Array(size);
        this.stack = new Int32Array(size);
        this.found = new Int32Array(size);
        this.seeds = new Int32Array(size);
        this.current = new Int32Array(size);
        this.addState(String.fromCharCode(NO_MATCH));
        // The initial state is made whatever the budget: every verdict needs it.
        this.seeds[0] = nfa.start;
        const startKey = this.keyOf(1, true);
        this.startRow = this.ids.has(startKey) ? this.rowOf(startKey) : this.addState(startKey);
    }
    /** What a DFA of `nfa` holds from the start: its first rows and its scratch. */
    static startBytes(nfa) {
        return rowsBytes(INITIAL_ROWS) + 5 * 4 * nfa.kind.length;
    }
    test(bytes, start, end) {
        this.bytesRead += end - start;
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
            // Building may drop every state, this one too: its key is what stepping needs.
            const key = this.keys[row >> ROW_SHIFT];
            let next = this.table[row + bytes[i]];
            if (next === UNBUILT || (next === PAST_BUDGET && this.mayReset())) {
                next = this.buildTransition(row, bytes[i]);
            }
            if (next === DEAD)
                return NO_MATCH;
            if (next === NON_ASCII)
                return UNDECIDED;
            if (next < 0)
                return this.stepNfa(bytes, i, end, key);
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
    /** How many times the states were dropped to build anew. */
    get resetCount() {
        return this.resets;
    }
    /**
     * Goes on with `test` from byte `i` in the state of `key`, past the budget: steps the NFA's set
     * of nodes byte by byte (Thompson's simulation), making no state, so memory stays where the
     * budget left it and each byte costs at most one walk of the NFA. The verdicts are the DFA's:
     * a step is `buildTransition`'s without the table.
     */
    stepNfa(bytes, i, end, key) {
        const { next, setOf, sets } = this.nfa;
        const { seeds, current, found } = this;
        let count = key.length - 1;
        for (let n = 0; n < count; n++)
            current[n] = key.charCodeAt(n + 1);
        let seedCount = 0;
        for (; i < end; i++) {
            const byte = bytes[i];
            if (byte >= ASCII_COUNT)
                return UNDECIDED;
            seedCount = 0;
            for (let n = 0; n < count; n++) {
                const node = current[n];
                if (sets[setOf[node]][byte] === 1)
                    seeds[seedCount++] = next[node];
            }
            // No node reads the byte: the dead state, whatever follows.
            if (seedCount === 0)
                return NO_MATCH;
            count = this.closure(seedCount, false, false);
            for (let n = 0; n < count; n++)
                current[n] = found[n];
        }
        return this.closure(seedCount, false, true) < 0 ? MATCH : NO_MATCH;
    }
    /**
     * Builds the transition from the state at `row` on `byte`, for `byte`'s whole class, and
     * returns it: the next state's row, or, when that state is new and past the budget or the
     * allowance, `PAST_BUDGET`, kept in the table so that the cells that take it step the NFA
     * without trying to build it again until a reset is worth it (`mayReset`). A transition to a
     * state already made costs no memory and is built whatever is left; once the work budget is
     * spent, nothing more is until a reset, and `UNBUILT` is returned. After a reset the state of
     * `row` is made again, in another row, and the transition is built from there.
     */
    buildTransition(row, byte) {
        const key = this.keys[row >> ROW_SHIFT];
        if (this.work > this.budget.maxWork) {
            if (!this.reset())
                return UNBUILT;
            row = this.stateOf(key);
            if (row === PAST_BUDGET)
                return PAST_BUDGET;
        }
        const { kind, next, setOf, sets } = this.nfa;
        const seeds = this.seeds;
        let seedCount = 0;
        for (let i = 1; i < key.length; i++) {
            const node = key.charCodeAt(i);
            if (kind[node] === CHAR && sets[setOf[node]][byte] === 1)
                seeds[seedCount++] = next[node];
        }
        this.work += key.length;
        const targetKey = this.keyOf(seedCount, false);
        let target = this.stateOf(targetKey);
        if (target === PAST_BUDGET && this.reset()) {
            row = this.stateOf(key);
            if (row === PAST_BUDGET)
                return PAST_BUDGET;
            target = this.stateOf(targetKey);
        }
        const { classOf } = this.classes;
        const byteClass = classOf[byte];
        for (let b = 0; b < ASCII_COUNT; b++) {
            if (classOf[b] === byteClass)
                this.table[row + b] = target;
        }
        return target;
    }
    /**
     * The key of the state reached from `seeds[0, seedCount)` by moves that read nothing, with
     * `^` holding or not: whether it accepts at the end of the text, then its `CHAR` nodes in
     * order.
     */
    keyOf(seedCount, atTextStart) {
        // The walk that settles acceptance goes first: each walk overwrites `found`.
        const accepts = this.closure(seedCount, atTextStart, true) < 0;
        this.work += this.walked;
        const count = this.closure(seedCount, atTextStart, false);
        this.work += this.walked;
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
        return this.allowance?.take(grows + keyBytes(key)) ?? true;
    }
    /** The row of `key`'s state, made where it is new and affordable; else `PAST_BUDGET`. */
    stateOf(key) {
        if (this.ids.has(key))
            return this.rowOf(key);
        return this.affords(key) ? this.addState(key) : PAST_BUDGET;
    }
    /** The states past the dead and the initial one, which a reset drops. */
    get dropped() {
        return this.keys.length - ((this.startRow >> ROW_SHIFT) + 1);
    }
    /**
     * Whether dropping the states is worth it: there are some, and since the last reset they
     * have each served `BYTES_PER_STATE` bytes on average.
     */
    mayReset() {
        const dropped = this.dropped;
        return dropped > 0 && this.bytesRead - this.bytesAtReset >= BYTES_PER_STATE * dropped;
    }
    /**
     * Drops every state but the dead and the initial one, giving their keys' memory back (the
     * table is kept, to be filled again), and starts the work budget anew; false, dropping
     * nothing, where that is not worth it (`mayReset`).
     */
    reset() {
        if (!this.mayReset())
            return false;
        const kept = this.keys.length - this.dropped;
        for (const key of this.keys.splice(kept)) {
            this.ids.delete(key);
            this.listedNodes -= key.length;
            this.allowance?.give(keyBytes(key));
        }
        // The kept states' transitions may lead to dropped ones.
        for (let id = 0; id < kept; id++) {
            const row = id << ROW_SHIFT;
            this.table.fill(id === 0 ? DEAD : UNBUILT, row, row + ASCII_COUNT);
        }
        this.work = 0;
        this.bytesAtReset = this.bytesRead;
        this.resets++;
        return true;
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
     * Walks the moves that read nothing from `seeds[0, seedCount)`, leaving the `CHAR` nodes
     * reached in `found`, and returns how many; when `atTextEnd`, -1 as soon as `FINAL` is
     * reached. The walk of `keyOf` that lists the nodes leaves `$` closed, as more text follows.
     */
    closure(seedCount, atTextStart, atTextEnd) {
        const { kind, next, other } = this.nfa;
        const { stamp, stack, found, seeds } = this;
        const mark = ++this.currentStamp;
        let depth = 0;
        let count = 0;
        for (let i = 0; i < seedCount; i++) {
            const seed = seeds[i];
            if (stamp[seed] !== mark) {
                stamp[seed] = mark;
                stack[depth++] = seed;
            }
        }
        let walked = 0;
        while (depth > 0) {
            const node = stack[--depth];
            walked++;
            const nodeKind = kind[node];
            if (nodeKind === CHAR) {
                found[count++] = node;
                continue;
            }
            if (nodeKind === FINAL) {
                if (atTextEnd) {
                    this.walked = walked;
                    return -1;
                }
                continue;
            }
            // A move that reads nothing: SPLIT's two, or an assertion's one where it holds.
            if (nodeKind === TEXT_START ? !atTextStart : nodeKind === TEXT_END && !atTextEnd)
                continue;
            const to = next[node];
            if (stamp[to] !== mark) {
                stamp[to] = mark;
                stack[depth++] = to;
            }
            if (nodeKind !== SPLIT)
                continue;
            const alternative = other[node];
            if (stamp[alternative] !== mark) {
                stamp[alternative] = mark;
                stack[depth++] = alternative;
            }
        }
        this.walked = walked;
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
 * decides most cells in a few nanoseconds a byte, and every ASCII cell; the rest (non-ASCII
 * cells, syntax it leaves out) is matched as text by re2js. Loaded only when a contract has a
 * pattern, so that other runs do not parse re2js. The DFAs of the patterns one compiler
 * compiles (a contract's) share `CONTRACT_DFA_BYTES`.
 */
async function patternCompiler() {
    const { RE2JS, RE2JSSyntaxException } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
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

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/written-integers.js

/** A decimal number as YAML 1.2 and JSON write one: digits before and after the point, exponent. */
const DECIMAL = /^[-+]?([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?$/;
/** ±(2^53 - 1) as messages write it: up to there a double holds every integer exactly. */
const LARGEST_EXACT_INTEGER = "±9,007,199,254,740,991 (2^53 - 1)";
/**
 * Whether the number `text` writes is whole (`2`, `2.0`, `1.5e3`), by its digits rather than by
 * the double it reads as; undefined for text that is no decimal number (YAML's `0x1F`, `0o17`,
 * which are whole anyway).
 */
function writesWholeNumber(text) {
    const match = DECIMAL.exec(text);
    if (match === null)
        return undefined;
    const [, whole = "", fraction = "", exponent = "0"] = match;
    const digits = whole + fraction;
    if (digits.length === 0)
        return undefined;
    // The digits from where the point stands once the exponent has moved it: all zeros if whole.
    const point = whole.length + Number(exponent);
    return /^0*$/.test(digits.slice(Math.max(0, point)));
}
/**
 * Why a finite number that a contract writes (`written`, the file's text of its digits, when
 * known) for an integer field is not the number meant, or undefined; the problem shows it as
 * `shownAs`, where the file writes more than its digits (an entry in quotes, `'12'`). A double
 * holds every integer exactly up to ±(2^53 - 1) only: past it, an integer field's cells fail
 * their type, and a number written is read rounded (9007199254740993 as 9007199254740992).
 * Within it, a fraction that rounds to a whole number (2.0000000000000001 as 2) would be
 * compared as that whole number, which the file does not write; any other fraction reads as a
 * fraction between the same two integers, so an integer field's check sees no difference.
 */
function inexactInteger(value, written, shownAs = written) {
    const shown = bounded(shownAs ?? written ?? String(value));
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
        const readAs = written === undefined || written === String(value) ? "" : `, read as ${value}`;
        return {
            problem: `is ${shown}${readAs}, past the ${LARGEST_EXACT_INTEGER} that a double holds exactly, where an integer field's values end`,
            past: true,
        };
    }
    if (Number.isInteger(value) && written !== undefined && writesWholeNumber(written) === false) {
        return {
            problem: `is ${shown}, which is not a whole number, but a double holds it only rounded, as ${value}`,
            past: false,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/table-schema.schema.json
const table_schema_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.table-schema/v1","title":"Data contract","description":"The subset of a Frictionless Table Schema v2 descriptor that validate-data checks, with the x-mlops extension for statistical checks.","type":"object","additionalProperties":false,"required":["fields"],"definitions":{"bound":{"description":"A number, or an ISO 8601 date or date-time for date and datetime fields. A constraint\'s is in the form the field\'s cells take: a date on a date field, a date-time on a datetime field, either with format any.","type":["number","string"]},"range":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number"},"max":{"type":"number"}}},"valueRange":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"}}},"share":{"type":"number","minimum":0,"maximum":1},"mostly":{"description":"The share of the checked values that must pass each row-level check, as Great Expectations\' mostly; a field\'s own, else the table\'s, else 1 (every value).","$ref":"#/definitions/share"},"fieldNames":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"fieldStatistics":{"type":"object","additionalProperties":false,"properties":{"mostly":{"$ref":"#/definitions/mostly"},"maxMissingRatio":{"description":"The largest share of the rows whose cell is missing (a value the type does not take counts as missing).","$ref":"#/definitions/share"},"mean":{"description":"Bounds on the mean of the values: numbers, or dates on a date or datetime field.","$ref":"#/definitions/valueRange"},"distinct":{"description":"Bounds on how many distinct values the field has (estimated past the profile\'s exact count, and said so).","$ref":"#/definitions/range"},"quantiles":{"description":"Bounds on quantiles of the values, each { q, min, max } with q from 0 to 1, estimated from a quantile sketch.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["q"],"minProperties":2,"properties":{"q":{"$ref":"#/definitions/share"},"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"}}}},"skew":{"description":"How the field\'s skew against the reference input is measured, when one is given: false for none; by default linf on categories and booleans, wasserstein on numbers and dates, none on text.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"method":{"enum":["linf","wasserstein","psi"]},"threshold":{"type":"number","exclusiveMinimum":0}}}]},"sensitive":{"description":"true where the field\'s values must not be shown or kept (an e-mail address, a patient id, a card number): its checks run as ever, but no report, annotation, summary or profile holds a value of it.","type":"boolean"}}},"field":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"title":{"type":"string"},"description":{"type":"string"},"example":{},"type":{"enum":["string","number","integer","boolean","date","datetime","any"]},"format":{"type":"string","description":"default, or on a date or datetime field any, which takes either ISO 8601 form: a date alone or a date and a time (narrower than Table Schema\'s any: 05/01/2024 still fails the type), or a pattern of strptime\'s directives such as %d/%m/%Y or %Y-%m-%d %H:%M. Other formats are refused."},"missingValues":{"type":"array","items":{"type":"string"}},"decimalChar":{"type":"string","description":"A number field\'s decimal character, one character; . when left out (, for 1.234,5)."},"groupChar":{"type":"string","description":"A number or integer field\'s character between digit groups, one character (, for 1,234,567); none when left out."},"bareNumber":{"type":"boolean","description":"false: a number or integer may have text around it, a currency or a percent sign (€95, 95%), which is dropped."},"trueValues":{"type":"array","minItems":1,"items":{"type":"string"},"description":"A boolean field\'s words for true, in place of true, True, TRUE and 1."},"falseValues":{"type":"array","minItems":1,"items":{"type":"string"},"description":"A boolean field\'s words for false, in place of false, False, FALSE and 0."},"constraints":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean"},"unique":{"type":"boolean"},"minimum":{"$ref":"#/definitions/bound"},"maximum":{"$ref":"#/definitions/bound"},"exclusiveMinimum":{"$ref":"#/definitions/bound"},"exclusiveMaximum":{"$ref":"#/definitions/bound"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":0},"pattern":{"type":"string"},"enum":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}},"x-mlops":{"$ref":"#/definitions/fieldStatistics"}}}},"properties":{"$schema":{"type":"string"},"name":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"fields":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/field"}},"fieldsMatch":{"enum":["exact","equal","subset","superset","partial"]},"missingValues":{"type":"array","items":{"type":"string"}},"primaryKey":{"oneOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/fieldNames"}]},"uniqueKeys":{"type":"array","items":{"$ref":"#/definitions/fieldNames"}},"x-mlops":{"type":"object","additionalProperties":false,"properties":{"rows":{"description":"Bounds on the number of rows; at least 1 unless given.","$ref":"#/definitions/range"},"mostly":{"$ref":"#/definitions/mostly"},"maxKeys":{"description":"How many keys the uniqueness checks may hold in memory, all together (about 100 bytes each).","type":"integer","minimum":1}}}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/data-contract.js










/** The structure of a data contract (table-schema.schema.json); the rules between fields are below. */
const tableSchemaContract = {
    id: "mlops.table-schema/v1",
    validate: (0,json_schema/* compileSchema */.Fc)(table_schema_schema_namespaceObject),
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
/** The fix for an integer field's bound, or a statistic's, past ±(2^53 - 1). */
const PAST_BOUND_FIX = `Write a bound within ${LARGEST_EXACT_INTEGER}, or declare ids this long as string (which takes no bounds)`;
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
 * a date of the form its cells take; on an integer field, the number the file writes
 * (`inexactInteger`), not one that a double rounds it to.
 */
function checkBounds(field, at, fail, sourceOf) {
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
        if (type === "integer" && typeof value === "number") {
            refuseInexact(fail, pointer, value, sourceOf(pointer), PAST_BOUND_FIX, "Write the whole number meant");
        }
    }
}
/**
 * Fails `pointer`, an integer field's number `value` (its digits as the file writes them, where
 * known, and `shown` as the message shows it), when a double does not hold it as written
 * (`inexactInteger`): with `pastFix` where it is past 2^53 - 1, else with `fix`.
 */
function refuseInexact(fail, pointer, value, written, pastFix, fix, shown = written) {
    const inexact = inexactInteger(value, written, shown);
    if (inexact)
        fail(pointer, inexact.problem, inexact.past ? pastFix : fix);
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
/**
 * On an integer field, bounds in order that still leave no whole number between them (minimum
 * 1.5, maximum 1.9): the check would fail every value, as bounds out of order would.
 */
function checkWholeNumberBetween(c, at, fail) {
    const value = (bound) => bound === undefined ? undefined : boundValue(bound, "integer");
    const lows = [
        Math.ceil(value(c.minimum) ?? -Infinity),
        Math.floor(value(c.exclusiveMinimum) ?? -Infinity) + 1,
    ];
    const highs = [
        Math.floor(value(c.maximum) ?? Infinity),
        Math.ceil(value(c.exclusiveMaximum) ?? Infinity) - 1,
    ];
    const [low, high] = [Math.max(...lows), Math.min(...highs)];
    if (!(low > high))
        return;
    const upper = c.maximum !== undefined ? "maximum" : "exclusiveMaximum";
    fail(`${at}/${upper}`, `leaves no whole number between the bounds of this integer field, so the check fails whatever the data`, "Write whole-number bounds, or declare the field a number");
}
/** A contract's `{min, max}` (a statistic's bounds, or the row count's) in order. */
const checkRange = (range, at, fail) => checkOrder(at, range ?? {}, ["min", "max"], Number, fail);
/**
 * A mean's or a quantile's bounds: numbers, and on a date or datetime field dates, as ISO 8601
 * or (as contracts gave them before) epoch milliseconds within the years ISO 8601 writes. On an
 * integer field a bound may be a fraction (a mean of 2 and 3 is 2.5), but not one past
 * ±(2^53 - 1) (`inexactInteger`), as `minimum` may not: a double may not hold it as written,
 * and no mean or quantile of the field's values lies there.
 */
function checkValueBounds(field, at, fail, sourceOf) {
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
            if (type === "integer" && Number.isFinite(value)) {
                const inexact = inexactInteger(value, sourceOf(`${pointer}/${key}`));
                if (inexact?.past)
                    fail(`${pointer}/${key}`, inexact.problem, PAST_BOUND_FIX);
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
    if (type === "integer")
        checkWholeNumberBetween(c, `${at}/constraints`, fail);
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
 * would otherwise fail every row that holds the value meant. Cells are compared with an entry
 * as numbers, so on an integer field it is the number the file writes (`inexactInteger`): one
 * that a double rounds would match a cell the file does not list.
 */
function checkEnum(field, at, fail, sourceOf) {
    const type = readType(field);
    const read = type === undefined ? undefined : NUMERIC_READS[type];
    if (read === undefined)
        return;
    const fix = `Write the values as the field's type reads them (such as ${read.example}), or declare the field a string${spelledConstraintNote(field)}`;
    field.constraints?.enum?.forEach((entry, i) => {
        const value = enumValue(entry, read.column);
        const pointer = `${at}/constraints/enum/${i}`;
        if (type === "integer" && Number.isFinite(value)) {
            // A quoted entry's digits are the text it holds; it is shown as written, quotes and all.
            const quoted = typeof entry === "string";
            const shown = sourceOf(pointer) ?? (quoted ? JSON.stringify(entry) : undefined);
            const pastFix = `Write values within ${LARGEST_EXACT_INTEGER}, or declare ids this long as string and quote them`;
            refuseInexact(fail, pointer, value, quoted ? entry : shown, pastFix, fix, shown);
        }
        // INF is a value of a number field, and no integer's.
        if (type === "integer" ? Number.isSafeInteger(value) : !Number.isNaN(value)) {
            if (isDated(type) && typeof entry === "string") {
                checkDateForm(field, pointer, entry, "value", fail);
            }
            return;
        }
        fail(pointer, `is ${bounded(JSON.stringify(entry))}, which is not ${read.is}`, fix);
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
        checkBounds(field, at, fail, sourceOf);
        checkEnum(field, at, fail, sourceOf);
        checkTextEnum(field, at, fail, sourceOf);
        checkApplicable(field, at, fail);
        checkSpelling(field, at, fail);
        checkValueBounds(field, at, fail, sourceOf);
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
        // A pattern matches the whole value, so an empty one matches only the empty value, which is
        // missing unless missingValues says otherwise: every value would fail, surely not what was meant.
        if (pattern === "") {
            fail(at, "is empty, which matches only an empty value (a pattern matches the whole value), so every other value would fail it", "Remove the pattern, or write the one the values must match");
        }
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
 * Refuses `sensitive` beside a field's name or among its constraints, where the structure check
 * would call it unknown without a word of where it belongs: a field meant to be withheld must
 * not be read as one that is not.
 */
function refuseMisplacedSensitive(field, at, fail) {
    const { constraints } = field;
    const pointer = Object.hasOwn(field, "sensitive")
        ? `${at}/sensitive`
        : isObject(constraints) && Object.hasOwn(constraints, "sensitive")
            ? `${at}/constraints/sensitive`
            : undefined;
    if (pointer === undefined)
        return;
    fail(pointer, "is not a Table Schema property: the mark that withholds a field's values is mlops' own", "Write it under the field's x-mlops: x-mlops: { sensitive: true }");
}
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
        refuseMisplacedSensitive(field, `/fields/${i}`, fail);
        const { format, type } = field;
        const dated = type === "date" || type === "datetime";
        // Table Schema's `any` lets a reader take any way of writing a date; here it means either
        // ISO 8601 form, a date alone or a date and a time, as a column left to inference reads.
        if (format === undefined || format === "default" || (dated && format === "any"))
            return;
        // A format that is no text is the structure check's to refuse, saying what one must be.
        if (typeof format !== "string")
            return;
        if (dated)
            return checkDatePattern(format, `/fields/${i}`, fail);
        const dateFormat = format.includes("%");
        fail(`/fields/${i}/format`, dateFormat
            ? `is ${JSON.stringify(format)}, a date's format, on a field that is not a date`
            : `is ${JSON.stringify(format)}, which is not read`, dateFormat
            ? "Declare the field's type as date (datetime where it has a time), which reads this format"
            : type === "number" || type === "integer" || type === "boolean"
                ? `Remove format: Table Schema's ${type} fields have no format but the default`
                : "Remove format and check the values with a pattern instead, such as [^@\\s]+@[^@\\s]+\\.[a-z]{2,} for an email");
    });
}
/** Reads a data contract and checks it, with errors at the contract's file, line and field. */
async function loadDataContract(path, shown) {
    const document = (0,read_structured/* readStructured */.cW)(path, shown);
    const where = (pointer) => {
        const line = document.lineOf(pointer);
        return line === undefined ? shown : `${shown}:${line}`;
    };
    const fail = (0,validate/* refuseField */.jA)(shown, document.lineOf);
    refuseUnread(document.value, fail);
    const descriptor = (0,validate/* validateContract */.T7)(tableSchemaContract, document.value, shown, document.lineOf, document.sourceOf);
    const primaryKey = checkDescriptor(descriptor, fail, document.sourceOf);
    return {
        file: shown,
        descriptor,
        primaryKey,
        readSchema: readSchemaOf(descriptor),
        patterns: await compilePatterns(descriptor, fail),
        sensitive: new Set(descriptor.fields.filter((f) => f["x-mlops"]?.sensitive === true).map((f) => f.name)),
        where,
    };
}


/***/ })

};
