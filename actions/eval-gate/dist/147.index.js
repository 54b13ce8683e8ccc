export const id = 147;
export const ids = [147];
export const modules = {

/***/ 90147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluatePredictions: () => (/* binding */ evaluatePredictions)
});

// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(11695);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/missing-column.js
var missing_column = __webpack_require__(52038);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-registry.js + 6 modules
var metric_registry = __webpack_require__(6439);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-error.js
var data_error = __webpack_require__(8991);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(74311);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(43207);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(31701);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(58350);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/class-space.js





/** Numbers by value, anything else by UTF-16 code units, as `Array.prototype.sort`. */
function sortClasses(names, numeric) {
    const list = [...names];
    return numeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}
/** A class name as errors quote it. */
const quoted = (name) => `'${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
/** Class names as an error lists them: the first ten. */
const classList = (classes) => classes.slice(0, 10).map(quoted).join(", ") + (classes.length > 10 ? ", ..." : "");
/**
 * The names of the label columns first (each file's, as the labels are the truth), then of the
 * prediction columns, each column's in the order its file writes them. A column not read from a
 * file has no order but its names'.
 */
function* namesInOrder(files) {
    const columns = [
        ...files.map((file) => ({ file, column: file.labels })),
        ...files.flatMap((file) => (file.predictions ? [{ file, column: file.predictions }] : [])),
    ];
    for (const { file, column } of columns) {
        const at = column.firstCells?.at;
        const codes = column.names.map((_, code) => code);
        if (at)
            codes.sort((a, b) => at[a] - at[b]);
        for (const code of codes)
            yield { file, column, code, name: column.names[code] };
    }
}
/** The error at the first cell of a name, or of its file where the column was read from none. */
const refuseAt = (cell, problem, fix) => cell.column.firstCells
    ? cell.column.firstCells.refuse(cell.code, problem, fix)
    : new data_error/* DataError */.fL(cell.file.file, problem, fix);
/** The first value that makes a third class, in the order of `namesInOrder`. */
function thirdClass(files) {
    const seen = [];
    for (const cell of namesInOrder(files)) {
        if (seen.includes(cell.name))
            continue;
        if (seen.length === 2)
            return { ...cell, two: seen };
        seen.push(cell.name);
    }
    return undefined;
}
/** Whether a class name is written as a number, so that classes sort as numbers. */
const writtenAsNumber = (name) => name.trim() !== "" && Number.isFinite(Number(name));
/**
 * "Did you mean ...? " for a class name that is not one of `classes`, saying how it differs from
 * the one it likely means: only by spaces or case (`'Barolo '`, `'barolo'` for `'Barolo'`), a
 * mistake no reader of the file sees; only as the number is written (`1.0` for `1`); or by a
 * typo. "" where no class is near.
 */
function nearClass(name, classes) {
    const how = (known) => {
        const same = writtenAsNumber(known) && writtenAsNumber(name) && Number(known) === Number(name);
        return ((0,closest_name/* spacesOrCase */.xl)(name, known) ?? (same ? "it is the same number written otherwise" : undefined));
    };
    for (const known of classes) {
        const differs = how(known);
        if (differs)
            return `Did you mean ${quoted(known)} (${differs})? `;
    }
    return (0,closest_name/* didYouMean */.au)(name, classes, quoted, false);
}
/**
 * Refuses a label or predicted class for which no file has a probability column, where a file
 * has one per class: those columns say what the classes are, so a value beyond them (most often
 * a class spelt with a stray space or in another case) is a mistake in the cell that writes it,
 * not a column that the files lack. Refused at that cell, whatever the metrics read.
 */
function refuseUnscoredClass(files) {
    const scored = files.filter((file) => file.scores?.kind === "per-class");
    const known = new Set(scored.flatMap((file) => (file.scores?.kind === "per-class" ? file.scores.classes : [])));
    // One such column alone may be the positive class's of two, which names no other class.
    if (known.size < 2)
        return;
    const classes = sortClasses(known, [...known].every(writtenAsNumber));
    // Named by role, not path: the files are paths here, shown otherwise where the error is told.
    const whose = (file) => {
        const other = scored.some((f) => f !== file);
        return scored.includes(file) ? (other ? "both files'" : "this file's") : "the other file's";
    };
    for (const cell of namesInOrder(files)) {
        if (known.has(cell.name))
            continue;
        throw refuseAt(cell, `${quoted(cell.name)} is not one of the classes (${classList(classes)}), those of ${whose(cell.file)} probability columns <score>_<class>`, `${nearClass(cell.name, classes)}Write the class as its probability column names it; if ${quoted(cell.name)} is a class of its own, give it a probability column in each file`);
    }
}
/**
 * The codes of the classes whose probability columns a file of per-class columns must have: the
 * positive class's of two, else every class's.
 */
const scoredClasses = (space) => space.positive >= 0 ? [space.positive] : space.classes.map((_, code) => code);
/** The classes a file's probability columns `<score>_<class>` name; none for other scores. */
const perClassOf = (file) => file.scores?.kind === "per-class" ? file.scores.classes : [];
/**
 * Refuses a probability column of a class that no label or predicted class is, where only one
 * file has it: either that file has a column of a class the task does not have, or the other
 * lacks one of a class these rows happen not to hold (a sample of a task of many classes), and
 * the files cannot tell which, so both are named with both fixes. For a class that a label or
 * prediction is, the file without its column is refused for lacking it (`alignScores`). Not
 * with two classes: the one scored then is the positive class, a class of the task whatever the
 * rows hold (a batch of negatives alone).
 */
function refuseOddScoreColumn(files, space) {
    if (space.positive >= 0)
        return;
    const written = new Set(files.flatMap((file) => [...file.labels.names, ...(file.predictions?.names ?? [])]));
    const scored = files.filter((file) => file.scores?.kind === "per-class");
    for (const file of scored) {
        for (const code of scoredClasses(space)) {
            const name = space.classes[code];
            if (written.has(name) || perClassOf(file).includes(name))
                continue;
            const odd = scored.find((other) => perClassOf(other).includes(name));
            if (odd === undefined)
                continue;
            throw new data_error/* DataError */.fL(file.file, `has no probability column for class ${quoted(name)}, which the other file, ${(0,external_node_path_.basename)(odd.file)}, has, and no label or predicted class of either file is ${quoted(name)}`, `If ${quoted(name)} is a class of the task, add its column to this file as the other names it; if it is not (a class the model knows and the task does not), drop the column from the other file`);
        }
    }
}
/**
 * One score column with more than two classes: refused at the first value of a third class
 * (its file, line and column), which is the mistake when the task has two classes, with the
 * form of scores a task of more classes needs.
 */
function thirdClassError(files, scored, classes) {
    const perClass = "give one probability column per class, named <score>_<class>, or a JSON list per row";
    const third = thirdClass(files);
    // A third class named only by the probability columns of the other file: no cell to point at.
    if (third === undefined) {
        return new data_error/* DataError */.fL(scored.file, `has one score column, the probability of the positive class of two, but there are ${classes.length} classes`, perClass.charAt(0).toUpperCase() + perClass.slice(1));
    }
    const whose = third.file.scores?.kind === "positive" ? "its" : `${scored.file}'s`;
    const problem = `${quoted(third.name)} is a third class, after ${third.two.map(quoted).join(" and ")}, but ${whose} one score column is the probability of the positive class of two`;
    const fix = `Write ${third.two.map(quoted).join(" or ")} there if the task has two classes; if it has more, ${perClass}`;
    return refuseAt(third, problem, `${nearClass(third.name, third.two)}${fix}`);
}
/**
 * The classes are those of the labels, the predicted classes and the score columns of every file,
 * as scikit-learn's `unique_labels` takes both the true and the predicted ones. With one score
 * column (the positive class's probability) there must be two classes. Where the data shows only
 * one class, the positive label, when given, is added, and a lone 0 or 1 is completed to 0/1.
 */
function classSpace(files, options = {}) {
    refuseUnscoredClass(files);
    const names = new Set();
    let numeric = true;
    let onePositiveColumn = false;
    for (const file of files) {
        for (const column of [file.labels, file.predictions]) {
            if (column === undefined)
                continue;
            for (const name of column.names)
                names.add(name);
            numeric &&= column.numeric;
        }
        if (file.scores?.kind === "per-class") {
            for (const name of file.scores.classes) {
                names.add(name);
                numeric &&= writtenAsNumber(name);
            }
        }
        if (file.scores?.kind === "positive")
            onePositiveColumn = true;
    }
    const { positiveLabel } = options;
    if (positiveLabel !== undefined && names.size < 2) {
        names.add(positiveLabel);
        numeric &&= String(Number(positiveLabel)) === positiveLabel;
    }
    if (onePositiveColumn && names.size === 1 && numeric) {
        for (const bit of ["0", "1"])
            names.add(bit);
    }
    const classes = sortClasses(names, numeric);
    if (onePositiveColumn && classes.length !== 2) {
        const file = files.find((f) => f.scores?.kind === "positive");
        if (classes.length > 2)
            throw thirdClassError(files, file, classes);
        throw new data_error/* DataError */.fL(file.file, `has one score column, the probability of the positive class of two, but the labels and predictions have ${classes.length} classes`, "Set the positive label, so that the two classes are known");
    }
    const codeOf = new Map(classes.map((name, code) => [name, code]));
    let positive = -1;
    if (classes.length === 2) {
        positive = positiveLabel === undefined ? 1 : (codeOf.get(positiveLabel) ?? -1);
    }
    if (positiveLabel !== undefined && positive < 0) {
        throw new errors/* InputError */.dz(options.positiveLabelInput ?? "positive-label", `${quoted(positiveLabel)} is not one of two classes (the classes are ${classList(classes)})`, "Name the positive class as the label column writes it, for a task of two classes");
    }
    refuseOddScoreColumn(files, { classes, positive });
    return { classes, positive, codeOf };
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parse-cell.js
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
 * (`[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?`; no spaces, no hex, no words: see
 * `parseSpecialNumber`).
 */
function parseNumberBytes(buf, start, end) {
    return parseNumberInto(buf, start, end, parsed, 0) ? parsed[0] : Number.NaN;
}
const parsed = new Float64Array(1);
/**
 * `parseNumberBytes` that writes the number into `out[index]` and returns whether the bytes are
 * a number: the CSV reader's form, since a number returned from a call is boxed on the heap.
 * `out[index]` may be written even when they are not.
 */
function parseNumberInto(buf, start, end, out, index) {
    return scanNumberInto(buf, start, end, out, index) === end;
}
/**
 * Reads the longest number that starts at `buf[start]` and ends at or before `end` (same
 * grammar as `parseNumberBytes`), writes it into `out[index]`, and returns where it stops: the
 * CSV reader's fused path, which learns where a cell ends as it reads the number. -1 when no
 * number starts there, or its exponent has no digit.
 */
function scanNumberInto(buf, start, end, out, index) {
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
        return -1;
    if (p < end && (buf[p] === 101 || buf[p] === 69)) {
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
                break;
            exponent = exponent * 10 + (c - 48);
            expDigits++;
            p++;
            if (exponent > 1e6)
                exact = false;
        }
        if (expDigits === 0)
            return -1;
        scale += expNegative ? -exponent : exponent;
    }
    lastWasInteger = integer;
    // No `undefined` meets the double on its way to `out`: a variable that may hold either is
    // boxed on the heap, one allocation per number read.
    if (exact && mantissa < MAX_EXACT && scale >= -22 && scale <= 22) {
        const value = scale === 0
            ? mantissa
            : scale > 0
                ? mantissa * POWERS_OF_TEN[scale]
                : mantissa / POWERS_OF_TEN[-scale];
        out[index] = negative ? -value : value;
        return p;
    }
    // The slow path: the lexeme is valid, so the engine's own parser rounds it correctly.
    let text = "";
    for (let i = start; i < p; i++)
        text += String.fromCharCode(buf[i]);
    out[index] = Number(text);
    return p;
}
let scratch = new Uint8Array(64);
/** Whether a character code is a space or a tab, which may pad a number (`unpadded`). */
const isPadding = (c) => c === 32 || c === 9;
/**
 * `text` without the spaces and tabs around it, which a number may be written with (`" 2 "`,
 * `1, 2, 3` after its commas), as pandas and Python's `float` read it. Only the text paths take
 * them: the fused path's numbers leave such a cell to them.
 */
function unpadded(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isPadding(text.charCodeAt(start)))
        start++;
    while (end > start && isPadding(text.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
/**
 * The number spelled by `text` (the grammar of `parseNumberBytes`, with spaces and tabs around
 * it: `unpadded`), or `NaN`.
 */
function parseNumberText(padded) {
    const text = unpadded(padded);
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
function hasLeadingZero(padded) {
    const text = unpadded(padded);
    const s = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
    const next = text.charCodeAt(s + 1);
    return text.charCodeAt(s) === 48 && next >= 48 && next <= 57;
}
/**
 * The words for the numbers that are not decimals, accepted in a column of numbers, declared or
 * inferred: Table Schema's `NaN`, `INF`, `-INF` and `+INF`, in any case (`nan`, `-Inf`), as the
 * specification permits, and the `Infinity` and signed `NaN` that Spark, Java, JavaScript and
 * C's printf write, which Python's `float` reads (pandas reads `Infinity`, and `-nan` as no
 * value); spaces and tabs around them too (`unpadded`). Called only for a cell that is not a
 * decimal number.
 */
function parseSpecialNumber(padded) {
    const text = unpadded(padded);
    const first = text.charCodeAt(0);
    const signed = first === 43 || first === 45 ? 1 : 0;
    if (spellsFolded(text, signed, "nan"))
        return Number.NaN;
    if (!spellsFolded(text, signed, "inf") && !spellsFolded(text, signed, "infinity")) {
        return undefined;
    }
    return first === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
/**
 * The number a cell of a column of numbers holds, as the column reads it: a decimal number, or
 * one of `parseSpecialNumber`'s spellings; `undefined` for any other text.
 */
function parseNumberCell(text) {
    const n = parseNumberText(text);
    return Number.isNaN(n) ? parseSpecialNumber(text) : n;
}
/**
 * Whether `text` from `at` to its end spells the lower-case ASCII `word` in any case. Setting
 * bit 0x20 turns an ASCII capital into its small letter and no other character into a letter,
 * where `toUpperCase` would read the dotless `ı` as `I`.
 */
function spellsFolded(text, at, word) {
    if (text.length - at !== word.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i))
            return false;
    }
    return true;
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
/**
 * `parseBoolean` for a column the schema declares boolean, which also takes `1` and `0`, as
 * Table Schema's default true and false values do. Inference keeps to the words: a column of
 * 0s and 1s is inferred an integer.
 */
function declaredBoolean(text) {
    return text === "1" ? 1 : text === "0" ? 0 : parseBoolean(text);
}
/** `declaredBoolean` on the bytes `buf[start, end)`. */
function declaredBooleanBytes(buf, start, end) {
    if (end - start === 1)
        return buf[start] === 49 ? 1 : buf[start] === 48 ? 0 : Number.NaN;
    return parseBooleanBytes(buf, start, end);
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
 * the days-from-civil formula, with no string, regular expression or `Date`, written into
 * `out[index]` (a returned double would be boxed on the heap). False for any other bytes, which
 * then take the full text path.
 */
function parseDateInto(buf, start, end, out, index) {
    if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45)
        return false;
    const year = digitsAt(buf, start, 4);
    const month = digitsAt(buf, start + 5, 2);
    const day = digitsAt(buf, start + 8, 2);
    if (year < 100 || month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0))
        return false;
    // Days from 0000-03-01 (March-based years put the leap day last), then from 1970-01-01.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    out[index] = (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
    return true;
}
// RFC 3339 allows a lower-case t and z.
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Whether a date or date-time that `parseDatetime` reads is of the form `form`: the date alone
 * is its first 10 characters, and anything after them is the time of day.
 */
function isDateForm(text, form) {
    return text.length > 10 === (form === "datetime");
}
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
    // No second 60: pandas and Python's datetime refuse it, and a date would roll over to the
    // next minute and equal it.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
        return Number.NaN;
    }
    // Set apart, the year: `Date.UTC` takes years 0 to 99 as 1900 to 1999.
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
    date.setUTCFullYear(Number(y));
    if (date.getUTCDate() !== day)
        return Number.NaN;
    // The fraction whole, microseconds and all: two instants a microsecond apart stay two (a
    // millisecond holds them apart by far more than a double's step at these magnitudes).
    let time = date.getTime() + (frac === undefined ? 0 : Number(`0.${frac}`) * 1000);
    if (zone !== undefined && zone !== "Z" && zone !== "z") {
        const sign = zone.startsWith("-") ? -1 : 1;
        const digits = zone.slice(1).replace(":", "");
        const hours = Number(digits.slice(0, 2));
        const minutes = Number(digits.slice(2));
        if (hours > 23 || minutes > 59)
            return Number.NaN;
        time -= sign * (hours * 60 + minutes) * 60_000;
    }
    return time;
}
const DAY_MS = 86_400_000;
/**
 * Milliseconds since 1970 nearer it than this (1969-09-07 to 1970-04-26) are taken for no date
 * meant: seconds of any date to 2286, a date's digits, a sentinel such as 0 or -1. pandas' dates
 * of the years around 1970 are farther.
 */
const NEAREST_EPOCH_MS = 1e10;
/** Milliseconds since 1970 farther than this (before 1653, past 2286) are taken for a finer unit. */
const FARTHEST_EPOCH_MS = 1e13;
/** Seconds nearer 1970 than this (1970-04-26) are taken for no date meant: 0, -1, 5. */
const NEAREST_SECONDS = 1e7;
/** The dates another unit may be taken to mean: from 1900 to 2200. */
const PLAUSIBLE_FROM_MS = Date.UTC(1900, 0, 1);
const PLAUSIBLE_TO_MS = Date.UTC(2200, 0, 1);
const SECONDS = { name: "seconds", toMs: (n) => n * 1000, fix: "multiply it by 1,000" };
// The finer units divide: times 1e-6 may round a whole millisecond down.
const MICROSECONDS = {
    name: "microseconds",
    toMs: (n) => n / 1000,
    fix: "divide it by 1,000",
};
const NANOSECONDS = {
    name: "nanoseconds",
    toMs: (n) => n / 1_000_000,
    fix: "divide it by 1,000,000",
};
/** An instant in ISO 8601, a date's midnight as the date alone. */
function instantText(ms, forms) {
    const iso = new Date(ms).toISOString();
    return forms === "date" && ms % DAY_MS === 0 ? iso.slice(0, 10) : iso;
}
/** The ISO 8601 date a number's eight digits write as `%Y%m%d` (`20240612`), if they do. */
function digitsDate(n) {
    const digits = String(n);
    if (!/^\d{8}$/.test(digits))
        return undefined;
    const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
    return Number.isNaN(parseDatetime(date)) ? undefined : date;
}
/** `n` milliseconds since 1970 in words: the instant, or which bound of those taken it passes. */
function epochText(n, forms) {
    if (n > FARTHEST_EPOCH_MS)
        return "past the year 2286";
    if (n < -FARTHEST_EPOCH_MS)
        return "before the year 1653";
    return instantText(n, forms);
}
/** The units a number refused as milliseconds may be in, by its size: none for 0, -1 or 5. */
function unitsOfSize(size) {
    if (size > FARTHEST_EPOCH_MS)
        return [MICROSECONDS, NANOSECONDS];
    return size >= NEAREST_SECONDS ? [SECONDS] : [];
}
/** The unit of `units` that makes `n` a date from 1900 to 2200, the first if several do. */
function plausibleUnit(n, units) {
    return units.find((unit) => {
        const ms = unit.toMs(n);
        return ms >= PLAUSIBLE_FROM_MS && ms < PLAUSIBLE_TO_MS;
    });
}
/**
 * Why `n` cannot be a value of a column of dates that takes `forms`, where a number is read as
 * milliseconds since 1970 (as pandas' `to_json` writes dates): a magnitude that says another
 * unit or no date at all, or, for a date, an instant that is no midnight UTC. `undefined` where
 * it is one. Worded to follow the number, with the fix. Another unit is named only where it
 * makes the number a date from 1900 to 2200: seconds from 10^7 on, under 10^10; microseconds,
 * then nanoseconds, over 10^13.
 */
function epochNumberProblem(n, forms) {
    const size = Math.abs(n);
    const inRange = size >= NEAREST_EPOCH_MS && size <= FARTHEST_EPOCH_MS;
    // The common case first, with no text made: a read calls this for every number of the column.
    if (inRange && (forms !== "date" || n % DAY_MS === 0))
        return undefined;
    if (!Number.isFinite(n))
        return "is not a date";
    const read = `is ${epochText(n, forms)} in milliseconds since 1970, the unit of a number in a date column`;
    if (inRange) {
        return `${read}, and has a time of day, where a date is a midnight UTC: declare the field datetime to keep the time, or write the date as ISO 8601 text`;
    }
    const looksLike = (what, fix) => `${read}, but looks like ${what}: ${fix}`;
    const date = digitsDate(n);
    if (date !== undefined) {
        const fix = `write it as "${date}", or give the field format: "%Y%m%d"`;
        return looksLike(`the date ${date} written as digits`, fix);
    }
    const units = unitsOfSize(size);
    const unit = plausibleUnit(n, units);
    if (unit !== undefined) {
        const converted = `${unit.name}, ${instantText(unit.toMs(n), forms)}`;
        return looksLike(converted, `${unit.fix}, or write it as ISO 8601 text`);
    }
    const tried = units.length === 0
        ? ""
        : `, nor a date from 1900 to 2200 in ${units.map((u) => u.name).join(" or ")}`;
    const where = size > FARTHEST_EPOCH_MS ? "far from" : "near";
    return `${read}, too ${where} 1970 to be a date meant${tried}: write it as ISO 8601 text, or null where there is none`;
}

// EXTERNAL MODULE: ./shared/dist/engine/release-array.js
var release_array = __webpack_require__(7272);
;// CONCATENATED MODULE: ./shared/dist/engine/data/typed-arrays.js

/** A copy of `array` with room for `length` items, its own first. */
function resized(array, length) {
    const copy = new array.constructor(length);
    copy.set(array);
    return copy;
}
/**
 * An array of `length` items: one of the `spare` arrays given back when it has that length
 * (its items stale: the caller writes every one), else a new one. Spares of another length are
 * let go.
 */
function reusedOr(spare, length, make) {
    const array = spare.pop();
    if (array?.length === length)
        return array;
    spare.length = 0;
    return new make(length);
}
/** A copy of `array` at least `length` long (doubling), for arrays that only grow. */
const grown = (array, length) => resized(array, Math.max(length, array.length * 2));
/**
 * The first `length` items of an array filled by `grown`: a view, or, when over a fifth of it is
 * unused, a copy, and the array is freed (it must have no other use).
 */
function trimmed(array, length) {
    if (array.length <= length * 1.25)
        return array.subarray(0, length);
    const copy = array.slice(0, length);
    (0,release_array/* releaseArrays */.E)(array);
    return copy;
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/text-bytes.js
/**
 * A text as bytes, as a column read as bytes holds it (`byteColumns`, `textAsBytes`): its UTF-8
 * spelling, or, for a string with a lone surrogate (a JSON `\ud800` escape can make one), which
 * UTF-8 cannot spell and would turn into U+FFFD, making two different texts equal, a first byte
 * no UTF-8 text starts with followed by its UTF-16 code units. Equal texts have equal bytes.
 */
const UTF16_MARK = 0xff;
const encoder = new TextEncoder();
/** The most bytes `text` takes: UTF-8 takes at most three per UTF-16 code unit. */
const maxTextBytes = (text) => 1 + text.length * 3;
/** Writes the bytes of `text` into `target` from `at`, which has room for them; returns the end. */
function writeTextBytes(text, target, at) {
    if (text.isWellFormed()) {
        return at + encoder.encodeInto(text, target.subarray(at)).written;
    }
    target[at] = UTF16_MARK;
    for (let k = 0; k < text.length; k++) {
        const unit = text.charCodeAt(k);
        target[at + 1 + 2 * k] = unit & 0xff;
        target[at + 2 + 2 * k] = unit >>> 8;
    }
    return at + 1 + 2 * text.length;
}
/** Whether the cell `bytes[start, end)` is UTF-8: every text's but one with a lone surrogate. */
function isUtf8Cell(bytes, start, end) {
    return end === start || bytes[start] !== UTF16_MARK;
}
/**
 * The text whose bytes are `bytes[start, end)`. A caller decoding many cells of one array passes
 * it as a `Buffer` (`asBuffer`), which saves a view per call.
 */
function text_bytes_textOfBytes(bytes, start, end) {
    const buffer = asBuffer(bytes);
    if (!isUtf8Cell(bytes, start, end))
        return buffer.toString("utf16le", start + 1, end);
    return buffer.toString("utf8", start, end);
}
/** `bytes` as a `Buffer` over the same memory. */
const asBuffer = (bytes) => Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/id-column.js



/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer, as the data engine's string dictionary
 * hashes cells: ids such as `id0000001`, `id0000002` differ in their last bytes only, and the
 * mixer spreads those over every bit of the slot. A signed 32-bit integer, which V8 keeps
 * unboxed where an unsigned one above 2^31 would be a heap object per call.
 */
function hashBytes(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * The ids of a file's rows, end to end as the bytes of their text (UTF-8, see `text-bytes.ts`)
 * in one array with each one's start: a million ids take a few bytes each rather than a string
 * object each, and pairing compares bytes through its own hash table, without a `Map` of
 * strings. Hashes are computed when asked for, once or twice per id, rather than kept.
 */
class IdColumn {
    length;
    bytes;
    starts;
    /** Made by `IdColumnBuilder`, or `IdColumn.from(strings)`. */
    constructor(length, bytes, 
    /** Id i is `bytes[starts[i], starts[i + 1])`. */
    starts) {
        this.length = length;
        this.bytes = bytes;
        this.starts = starts;
    }
    static from(ids) {
        const builder = new IdColumnBuilder();
        for (const id of ids)
            builder.push(id);
        return builder.finish();
    }
    /** Id `i` as text. */
    get(i) {
        return text_bytes_textOfBytes(this.bytes, this.starts[i], this.starts[i + 1]);
    }
    /** Frees the ids' memory, for a caller done with them: the column is unusable afterwards. */
    release() {
        (0,release_array/* releaseArrays */.E)(this.bytes, this.starts);
    }
    /** The hash of id `i`'s bytes. */
    hash(i) {
        return hashBytes(this.bytes, this.starts[i], this.starts[i + 1]);
    }
    /** Whether id `i` equals id `j` of `other`, byte for byte. */
    equals(i, other, j) {
        const start = this.starts[i];
        const length = this.starts[i + 1] - start;
        const otherStart = other.starts[j];
        if (other.starts[j + 1] - otherStart !== length)
            return false;
        const a = this.bytes;
        const b = other.bytes;
        for (let k = 0; k < length; k++)
            if (a[start + k] !== b[otherStart + k])
                return false;
        return true;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
}
/**
 * Fills an `IdColumn` one id at a time. With an estimate of the rows, its arrays grow to them
 * (the bytes at the mean length of the ids so far) rather than doubling.
 */
class IdColumnBuilder {
    estimate;
    bytes = new Uint8Array(1 << 16);
    starts = new Uint32Array(1 << 12);
    length = 0;
    end = 0;
    constructor(estimate) {
        this.estimate = estimate;
    }
    /** Appends the id whose text is `id`. */
    push(id) {
        const start = this.reserve(maxTextBytes(id));
        this.end = writeTextBytes(id, this.bytes, start);
        this.close();
    }
    /** Appends the id whose bytes (as `text-bytes.ts` spells a text) are `from[start, end)`. */
    pushBytes(from, start, end) {
        const at = this.reserve(end - start);
        const bytes = this.bytes;
        // A loop, not `set(subarray)`: ids are short, and a view per id costs more.
        for (let i = start, to = at; i < end; i++, to++)
            bytes[to] = from[i];
        this.end = at + end - start;
        this.close();
    }
    /** Room for one more id of at most `length` bytes; returns where it starts. */
    reserve(length) {
        const rows = this.estimate?.capacityFor(this.length + 1);
        if (this.length + 2 > this.starts.length) {
            const old = this.starts;
            this.starts = rows ? resized(old, rows + 1) : grown(old, this.length + 2);
            (0,release_array/* releaseArrays */.E)(old);
        }
        const room = this.end + length;
        if (room > 2 ** 32)
            throw new RangeError("the ids of one file exceed 4 GiB");
        if (room > this.bytes.length) {
            const expected = rows && this.length > 0 ? Math.ceil((this.end / this.length) * rows) : 0;
            const old = this.bytes;
            this.bytes = expected >= room ? resized(old, expected) : grown(old, room);
            (0,release_array/* releaseArrays */.E)(old);
        }
        return this.end;
    }
    /** Ends the id just written. */
    close() {
        this.starts[this.length + 1] = this.end;
        this.length++;
    }
    finish() {
        const { length, end } = this;
        return new IdColumn(length, trimmed(this.bytes, end), trimmed(this.starts, length + 1));
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/column-collectors.js






/** A cell's text as an error message quotes it: JSON-quoted, cut to 40 characters. */
const column_collectors_quoted = (text) => JSON.stringify((0,shorten/* shorten */.ml)(text, 40));
/** A column of the batch; its presence was checked on the read's first batch. */
const column_collectors_columnOf = (batch, name) => batch.columns.get(name);
/**
 * A typed array filled batch by batch, trimmed once at the end. It grows to the estimated rows
 * of the read when they are known and enough, else it doubles.
 */
class Growing {
    array;
    estimate;
    length = 0;
    constructor(array, estimate) {
        this.array = array;
        this.estimate = estimate;
    }
    /** Room for `more` rows past the current length. */
    reserve(more) {
        const needed = this.length + more;
        if (needed > this.array.length) {
            const rows = this.estimate.capacityFor(needed);
            const old = this.array;
            this.array = rows ? resized(old, rows) : grown(old, needed);
            (0,release_array/* releaseArrays */.E)(old);
        }
        return this.array;
    }
    /** The rows filled. */
    finish() {
        return trimmed(this.array, this.length);
    }
}
const START_ROWS = 1024;
/**
 * The ids of the rows: from the id column read as bytes, or, when another role reads the same
 * column, as text.
 */
class IdCollector {
    role;
    shared;
    ids;
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.ids = new IdColumnBuilder(shared.estimate);
    }
    add(batch) {
        const bytes = batch.byteColumns?.get(this.role.column);
        if (bytes === undefined)
            return this.addText(batch);
        const { starts, missing } = bytes;
        for (let i = 0; i < batch.length; i++) {
            if (missing[i])
                throw this.missing(batch, i);
            this.ids.pushBytes(bytes.bytes, starts[i], starts[i + 1]);
        }
    }
    addText(batch) {
        const column = column_collectors_columnOf(batch, this.role.column);
        if ("values" in column)
            throw new Error("the id column is read as text");
        const { codes, dictionary } = column;
        for (let i = 0; i < batch.length; i++) {
            const code = codes[i];
            if (code < 0)
                throw this.missing(batch, i);
            this.ids.push(dictionary[code]);
        }
    }
    missing(batch, row) {
        return this.shared.cellError(batch, row, this.role.column, `the ${this.role.what} is missing`, "Give every row its id");
    }
    finish() {
        return this.ids.finish();
    }
}
/**
 * A column of categories (a label, a predicted class, a slice), coded in the order first seen,
 * or with `sorted` in the order of the sorted names, as the class space orders classes: pairing
 * then keeps a file's codes as they are rather than copying them through a remapping. A number
 * becomes its text (`1`, `0.5`), so that a class reads the same from any format.
 */
class CategoryCollector {
    role;
    shared;
    sorted;
    codes;
    names = [];
    /** By code: where the name is first written, so that a class found wrong later is placed. */
    firstAt = [];
    file = "";
    byText = new Map();
    byNumber = new Map();
    numeric = true;
    constructor(role, shared, sorted = false) {
        this.role = role;
        this.shared = shared;
        this.sorted = sorted;
        this.codes = new Growing(new Int32Array(START_ROWS), shared.estimate);
    }
    codeOfText(text, at) {
        let code = this.byText.get(text);
        if (code === undefined) {
            code = this.names.length;
            this.names.push(text);
            this.firstAt.push(at);
            this.byText.set(text, code);
        }
        return code;
    }
    missing(batch, row) {
        if (!this.role.required)
            return -1;
        throw this.shared.cellError(batch, row, this.role.column, `the ${this.role.what} is missing`, `Write the ${this.role.what} in every row`);
    }
    add(batch) {
        const column = column_collectors_columnOf(batch, this.role.column);
        const out = this.codes.reserve(batch.length);
        const at = this.codes.length;
        const lines = batch.lineNumbers;
        this.file = batch.file;
        if ("values" in column) {
            const values = column.values;
            for (let i = 0; i < batch.length; i++) {
                const value = values[i];
                if (Number.isNaN(value))
                    out[at + i] = this.missing(batch, i);
                else {
                    let code = this.byNumber.get(value);
                    if (code === undefined) {
                        code = this.codeOfText(String(value), lines[i]);
                        this.byNumber.set(value, code);
                    }
                    out[at + i] = code;
                }
            }
        }
        else {
            this.numeric = false;
            // The batch's dictionary codes, mapped once each to this column's codes.
            const remap = new Int32Array(column.dictionary.length).fill(-1);
            for (let i = 0; i < batch.length; i++) {
                const code = column.codes[i];
                if (code < 0) {
                    out[at + i] = this.missing(batch, i);
                    continue;
                }
                let mine = remap[code];
                if (mine < 0)
                    mine = remap[code] = this.codeOfText(column.dictionary[code], lines[i]);
                out[at + i] = mine;
            }
        }
        this.codes.length += batch.length;
    }
    finish() {
        const numeric = this.numeric && this.names.length > 0;
        const codes = this.codes.finish();
        if (this.sorted)
            this.sortCodes(codes, numeric);
        const { file, firstAt, role, shared } = this;
        const firstCells = {
            at: firstAt,
            refuse: (code, problem, fix) => shared.placeError(file, firstAt[code], role.column, problem, fix),
        };
        return { codes, names: this.names, numeric, firstCells };
    }
    /** Recodes the column, in place, in the order of its sorted names. */
    sortCodes(codes, numeric) {
        const names = sortClasses(this.names, numeric);
        const rank = new Map(names.map((name, code) => [name, code]));
        const recode = Int32Array.from(this.names, (name) => rank.get(name));
        if (recode.every((code, i) => code === i))
            return;
        for (let i = 0; i < codes.length; i++)
            if (codes[i] >= 0)
                codes[i] = recode[codes[i]];
        const firstAt = new Array(names.length);
        recode.forEach((code, old) => (firstAt[code] = this.firstAt[old]));
        this.names = names;
        this.firstAt = firstAt;
    }
}
/**
 * The first missing cell of each column of numbers read with missing cells allowed (a latency,
 * a cost, a per-example score), by its array (a file's, or the rows of it that paired): the models
 * are compared on the examples both have a value for, and the note that says how many lack one
 * names where the first is.
 */
const firstMissing = new WeakMap();
const missingLines = new WeakMap();
/**
 * How many missing cells' lines a column keeps: a bound on memory, past which the note leaves
 * out where the first paired one is rather than keep a line for every missing cell.
 */
const MISSING_LINES_KEPT = 1000;
/** Where the file of a column of numbers first lacks a value, if it does. */
const firstMissingCell = (values) => firstMissing.get(values);
/**
 * Keeps on `to`, the rows `rows` of a file's column `from`, where the first of them in the
 * file's order lacks a value: by its place among the file's missing cells, whose lines are kept.
 */
function keepFirstMissing(from, to, rows) {
    const cells = missingLines.get(from);
    if (cells === undefined)
        return;
    let first = -1;
    for (let i = 0; i < rows.length; i++) {
        if (Number.isNaN(to[i]) && (first < 0 || rows[i] < first))
            first = rows[i];
    }
    if (first < 0)
        return;
    let rank = 0;
    for (let row = 0; row < first && rank < cells.lines.length; row++) {
        if (Number.isNaN(from[row]))
            rank++;
    }
    if (rank < cells.lines.length)
        firstMissing.set(to, cells.cellAt(cells.lines[rank]));
}
/**
 * A column of numbers (a latency, a regression label, a probability). A string column's cells
 * are parsed, so that the first that is not a number is named; `probability` refuses a number
 * outside [0, 1], and `binary` (the metric that reads the column as right or wrong) any number
 * but 0 and 1. `rowNoted`: a missing cell is noted with its row by another collector (one
 * class's probability, of a row that `GivenClassesCheck` reads whole), not kept here.
 */
class NumberCollector {
    role;
    shared;
    values;
    /** The lines of the first missing cells (see `MissingLines`). */
    missingAt = [];
    file = "";
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.values = new Growing(new Float64Array(START_ROWS), shared.estimate);
    }
    add(batch) {
        const column = column_collectors_columnOf(batch, this.role.column);
        const out = this.values.reserve(batch.length);
        const at = this.values.length;
        const { required, probability, binary, weight } = this.role;
        this.file = batch.file;
        for (let i = 0; i < batch.length; i++) {
            let value;
            if ("values" in column)
                value = column.values[i];
            else {
                const code = column.codes[i];
                const text = code < 0 ? undefined : column.dictionary[code];
                value = text === undefined ? Number.NaN : parseNumberText(text.trim());
                if (text !== undefined && Number.isNaN(value)) {
                    throw this.bad(batch, i, `${column_collectors_quoted(text)} is not a number`);
                }
            }
            if (Number.isNaN(value)) {
                if (required)
                    throw this.bad(batch, i, `the ${this.role.what} is missing`);
                if (!this.role.rowNoted && this.missingAt.length < MISSING_LINES_KEPT) {
                    this.missingAt.push(batch.lineNumbers[i]);
                }
            }
            else if (probability && !(value >= 0 && value <= 1)) {
                throw this.bad(batch, i, `${refusedNumber(value)} is not a probability (from 0 to 1)`);
            }
            else if (weight && !(value >= 0 && value < Infinity)) {
                throw this.bad(batch, i, `${refusedNumber(value)} is not a weight (a number from 0 up)`);
            }
            else if (binary !== undefined && value !== 0 && value !== 1) {
                throw this.bad(batch, i, `${value} is not 0 or 1, as method mcnemar of '${(0,shorten/* shorten */.ml)(binary, shorten/* REFUSAL_NAME_LIMIT */.DK)}' needs: it counts the examples each model gets right (1) or wrong (0), for McNemar's test against a champion or, for a first model, Wilson's interval of its share right`);
            }
            out[at + i] = value;
        }
        this.values.length += batch.length;
    }
    /** The values of the last `count` rows added: those of the batch just read. */
    recent(count) {
        return this.values.array.subarray(this.values.length - count, this.values.length);
    }
    fix() {
        const { probability, binary, what, required, weight } = this.role;
        if (weight) {
            return `Write each example's ${what} as a number from 0 up (0 leaves the example out), as scikit-learn's sample_weight`;
        }
        if (binary !== undefined) {
            return `Write the ${what} as 0 or 1 in every row (or leave it empty), or judge '${(0,shorten/* shorten */.ml)(binary, shorten/* REFUSAL_NAME_LIMIT */.DK)}' with method auto or bootstrap, which take any number`;
        }
        return probability
            ? `Write the ${what} as a probability from 0 to 1`
            : `Write the ${what} as a number${required ? "" : ", or leave it empty"}`;
    }
    bad(batch, row, problem) {
        return this.shared.cellError(batch, row, this.role.column, problem, this.fix());
    }
    finish() {
        const values = this.values.finish();
        const { missingAt: lines, file, role, shared } = this;
        if (lines.length > 0) {
            const cellAt = (line) => shared.placeError(file, line, role.column, `the ${role.what} is missing`, this.fix());
            missingLines.set(values, { lines, cellAt });
            firstMissing.set(values, cellAt(lines[0]));
        }
        return values;
    }
}
/**
 * The decimals a row's probabilities are taken to be written with, at the fewest: a row written
 * coarser (`0.3,0.3,0.3`) is far more often a class left out than a model printing one decimal.
 */
const FEWEST_DECIMALS = 2;
/** The least tolerance of a row's sum: float rounding and a float32 softmax stay well within. */
const LEAST_SUM_TOLERANCE = 0.01;
/**
 * The most: a row further from 1 has lost a tenth of its distribution. Rounding 1,000
 * probabilities to 3 decimals may leave up to 0.5, but then so may a top-k export, and the two
 * cannot be told apart; either way log loss would renormalise each probability by more than a
 * ninth, reading a distribution the model never gave. Written to 4 decimals, 1,000 classes leave
 * at most 0.05.
 */
const MOST_SUM_TOLERANCE = 0.1;
/**
 * How far a row of `classes` probabilities, each rounded to `decimals` decimals, may sum from 1
 * and still be one distribution: each is off by up to 0.5 10^-decimals, so the row by up to
 * 0.5 classes 10^-decimals (a 3-class softmax to 2 decimals sums to 0.99 or 1.01 in a quarter of
 * its rows), within `LEAST_SUM_TOLERANCE` and `MOST_SUM_TOLERANCE`. A row further off lacks a
 * class, was cut to the top k, or is too coarse for its classes, and metrics that read the
 * probabilities as one distribution would each read it their own way: log loss renormalises each
 * row, ROC AUC ranks the raw scores. Such a row refuses those metrics only; the predicted classes
 * (accuracy, F1) stand without it, and log loss still renormalises a rounded row, as scikit-learn
 * does.
 */
const probabilitySumTolerance = (classes, decimals) => Math.min(MOST_SUM_TOLERANCE, Math.max(LEAST_SUM_TOLERANCE, classes / 2 / 10 ** decimals));
/** The decimals past which a row's tolerance is the least whatever its decimals. */
const decimalsThatMatter = (classes) => Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / LEAST_SUM_TOLERANCE)));
/**
 * Whether `value` is a number of at most `decimals` decimals, as a file prints one: as a double,
 * or as the float32 of one written out as a double (PyTorch's `0.53` through `.tolist()`, or
 * NumPy's `astype(float64)`, is `0.5299999713897705`), which is off by far more than a double's
 * rounding.
 */
function printedWith(value, decimals) {
    const scaled = value * 10 ** decimals;
    const nearest = Math.round(scaled);
    return Math.abs(scaled - nearest) < 1e-6 || Math.fround(nearest / 10 ** decimals) === value;
}
/**
 * The decimals a row of `classes` probabilities (`at(k)`, the k-th) is written with, from
 * `FEWEST_DECIMALS` up to those that matter: the most any of them has, as a model prints them all
 * alike and drops trailing zeros (`0.5` of a row at 3 decimals).
 */
function rowDecimals(at, classes) {
    const most = decimalsThatMatter(classes);
    let decimals = FEWEST_DECIMALS;
    for (let k = 0; k < classes && decimals < most; k++) {
        while (decimals < most && !printedWith(at(k), decimals))
            decimals++;
    }
    return decimals;
}
/**
 * The slack of a row's sum for the floats it adds, by its classes: a float32 probability written
 * as a double is off from its decimals by up to 3e-8 (half its spacing below 1), so a row of
 * them by up to that many times over, which a row at the tolerance must not be refused for; the
 * sum's own rounding in doubles (0.99 - 1 is 0.010000000000000009) is far less.
 */
const sumSlack = (classes) => classes * 1e-7;
/**
 * Whether probabilities of `classes` classes (`at(k)`, the k-th) that sum to `sum` are those of
 * every class, within the slack of their floats (`sumSlack`). The decimals are read only where
 * the sum is off by more than the least tolerance.
 */
function sumsToOne(sum, classes, at) {
    if (withinLeast(sum, classes))
        return true;
    const off = Math.abs(sum - 1) - sumSlack(classes);
    return off <= probabilitySumTolerance(classes, rowDecimals(at, classes));
}
/** Whether a sum is 1 within the least tolerance: the many rows whose decimals need no reading. */
const withinLeast = (sum, classes) => Math.abs(sum - 1) - sumSlack(classes) <= LEAST_SUM_TOLERANCE;
/**
 * A row's tolerance, and why: the rounding of its decimals, or the bound that holds instead (a
 * row's decimals are read up to those that matter, so that at the least it may have more).
 */
function sumAllowance(classes, decimals) {
    const rounding = `rounding ${classes} probabilities to ${decimals} decimals`;
    const leaves = classes / 2 / 10 ** decimals;
    const reason = leaves > MOST_SUM_TOLERANCE
        ? `and no further: ${rounding} may leave more, but so does a row missing a tenth of its distribution`
        : leaves < LEAST_SUM_TOLERANCE
            ? `the least taken: ${rounding} or more leaves less`
            : `as ${rounding} leaves`;
    return `a sum within ${probabilitySumTolerance(classes, decimals)} of 1 is taken, ${reason}`;
}
/** Whether row `row` of one column per class sums to 1 (see `sumsToOne`). */
const rowSumsToOne = (columns, row) => sumsToOne(sumAt(columns, row), columns.length, (k) => columns[k][row]);
/** The decimals that keep a row of `classes` probabilities within the most tolerance. */
const decimalsNeeded = (classes) => Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / MOST_SUM_TOLERANCE)));
/**
 * How many rows whose probabilities are off a file keeps the lines of: a bound on memory, past
 * which the first such row that pairs is named by its id rather than its line.
 */
const OFF_ROWS_KEPT = 1000;
/** The sum of row `row`'s probabilities, added in the order the read added them. */
function sumAt(columns, row) {
    let sum = 0;
    for (const column of columns)
        sum += column[row];
    return sum;
}
/** The index in `kept` (rows, ascending) of the first that is one of `rows`; -1 if none is. */
function firstKept(kept, rows) {
    const index = new Map(kept.map((row, k) => [row, k]));
    let first = -1;
    for (const row of rows) {
        const k = index.get(row);
        if (k !== undefined && (first < 0 || k < first))
            first = k;
    }
    return first;
}
/**
 * The rows of a file whose probabilities of every class are not one distribution, noted as they
 * are read: the first `OFF_ROWS_KEPT` by row and line, then only that there are more. Which of
 * them a metric reads is known once the files are paired, so that the row it refuses at is one
 * it reads, never one that pairs with no row of the other file.
 */
class OffSumRows {
    column;
    shared;
    rows = [];
    lines = [];
    file = "";
    /** Whether more rows are off than those kept: any further row need not be noted. */
    more = false;
    constructor(
    /** The columns' name in errors (`score_<class>`). */
    column, shared) {
        this.column = column;
        this.shared = shared;
    }
    /** Notes `row` of the file, the `index`-th of `batch`. */
    note(batch, index, row) {
        if (this.rows.length === OFF_ROWS_KEPT) {
            this.more = true;
            return;
        }
        this.file = batch.file;
        this.rows.push(row);
        this.lines.push(batch.lineNumbers[index]);
    }
    /** The rows noted, over the file's probabilities of each class; none when no row is off. */
    finish(columns) {
        if (this.rows.length === 0)
            return undefined;
        const { rows: kept, lines, more, file, column, shared } = this;
        const classes = columns.length;
        const refuse = (row, at, which = "") => {
            const sum = Number(sumAt(columns, row).toPrecision(6));
            const decimals = rowDecimals((k) => columns[k][row], classes);
            return shared.placeError(file, at, column, `the probabilities of the ${classes} classes${which} sum to ${sum}, not 1: a metric of probabilities reads those of every class as one distribution (${sumAllowance(classes, decimals)})`, `Write every class's probability in each row as the model gives it (predict_proba, a softmax): all ${classes} classes, not the top k, to at least ${decimalsNeeded(classes)} decimals, so that each row sums to 1; or gate only metrics of the predicted classes${classes > 2 ? " and top_<k>_accuracy" : ""}`);
        };
        return {
            firstOf(rows, idOf) {
                if (rows === undefined)
                    return refuse(kept[0], lines[0]);
                const k = firstKept(kept, rows);
                if (k >= 0)
                    return refuse(kept[k], lines[k]);
                if (!more)
                    return undefined;
                // Past the rows kept: the first that pairs, read again from the columns.
                let first = -1;
                for (const row of rows) {
                    if ((first < 0 || row < first) && !rowSumsToOne(columns, row))
                        first = row;
                }
                return first < 0 ? undefined : refuse(first, undefined, ` of id ${column_collectors_quoted(idOf(first))}`);
            },
        };
    }
}
/**
 * Notes the rows whose probabilities, one column per class, do not sum to 1: added after those
 * columns' collectors, it reads the rows they took of each batch. Kept, not thrown: a file
 * lacking a class's column sums to less, and is refused for the column it lacks once the classes
 * are known; and only a metric of probabilities refuses such a row, where it reads it. The rows
 * of a top-k export (`exported`, the check of the classes each row gives, added before this one)
 * are not summed: a metric of probabilities refuses the file whole.
 */
class ProbabilitySumCheck {
    classes;
    exported;
    offRows;
    rows = 0;
    constructor(column, classes, shared, exported) {
        this.classes = classes;
        this.exported = exported;
        this.offRows = new OffSumRows(column, shared);
    }
    add(batch) {
        const start = this.rows;
        this.rows += batch.length;
        if (this.exported?.exports)
            return;
        const columns = this.classes.map((collector) => collector.recent(batch.length));
        const classes = columns.length;
        for (let i = 0; i < batch.length && !this.offRows.more; i++) {
            const sum = sumAt(columns, i);
            if (withinLeast(sum, classes))
                continue;
            if (!sumsToOne(sum, classes, (k) => columns[k][i]))
                this.offRows.note(batch, i, start + i);
        }
    }
}
/**
 * A column whose cells are JSON lists of probabilities, one per class (as the data engine gives
 * a list from JSONL or Parquet, or a CSV cell holds one): split into one column per position.
 * Every list must be as long as the first.
 */
class ListScoreCollector {
    role;
    shared;
    columns;
    rows = 0;
    /** The rows whose list does not sum to 1 (see `ProbabilitySumCheck`). */
    offRows;
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.offRows = new OffSumRows(role.column, shared);
    }
    add(batch) {
        const column = column_collectors_columnOf(batch, this.role.column);
        if ("values" in column)
            throw new Error("a list column is read as text");
        const parsed = new Array(column.dictionary.length);
        for (let i = 0; i < batch.length; i++) {
            const code = column.codes[i];
            if (code < 0)
                throw this.bad(batch, i, `the ${this.role.what} is missing`);
            const { list, off } = (parsed[code] ??= this.parse(batch, i, column.dictionary[code]));
            if (off && !this.offRows.more)
                this.offRows.note(batch, i, this.rows);
            const columns = (this.columns ??= list.map(() => new Growing(new Float64Array(START_ROWS), this.shared.estimate)));
            if (list.length !== columns.length) {
                throw this.bad(batch, i, `the list holds ${list.length} probabilities, the first row's ${columns.length}`);
            }
            list.forEach((p, k) => {
                const target = columns[k];
                target.reserve(this.rows + 1 - target.length)[this.rows] = p;
                target.length = this.rows + 1;
            });
            this.rows++;
        }
    }
    parse(batch, row, text) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            value = undefined;
        }
        const ok = Array.isArray(value) &&
            value.length > 0 &&
            value.every((p) => typeof p === "number" && p >= 0 && p <= 1);
        // pandas writes NaN as null: the classes that a top-k export leaves out are 0 in a list,
        // whose place is its class. Of two classes there is no such export (k would hold both).
        if (Array.isArray(value) && value.length > 2 && value.includes(null)) {
            throw this.shared.cellError(batch, row, this.role.column, `${column_collectors_quoted(text)} holds null, which is no probability`, "Write each class's probability from 0 to 1, in the sorted order of the classes, and 0 for each class that a top-k export leaves out");
        }
        if (!ok) {
            throw this.bad(batch, row, `${column_collectors_quoted(text)} is not a list of probabilities (from 0 to 1)`);
        }
        const list = value;
        return {
            list,
            off: !sumsToOne(list.reduce((a, b) => a + b, 0), list.length, (k) => list[k]),
        };
    }
    bad(batch, row, problem) {
        return this.shared.cellError(batch, row, this.role.column, problem, "Write the probability of the positive class as a number, or of each class as a JSON list in the sorted order of the classes");
    }
    finish() {
        return (this.columns ?? []).map((column) => column.finish());
    }
}
/**
 * A refused number as its refusal names it. The reader has parsed the cell by then, so an
 * infinity says both ways a file comes to hold one: `1e400` reads as one too.
 */
const refusedNumber = (value) => Number.isFinite(value)
    ? String(value)
    : `${value < 0 ? "-" : ""}infinity (written inf or Infinity, or a number past ±1.8e308)`;

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/align-model.js




/** The values at `rows` (the pairs' order), or the column itself when all rows are kept. */
function gather(values, rows) {
    if (rows === undefined)
        return values;
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = values[rows[i]];
    keepFirstMissing(values, out, rows);
    return out;
}
/**
 * A category column's codes at `rows`, through `remap` (its codes -> the shared codes): the
 * column itself when every row is kept and the codes are the shared ones already.
 */
function gatherCodes(codes, remap, rows) {
    if (rows === undefined && remap.every((code, i) => code === i))
        return codes;
    const n = rows === undefined ? codes.length : rows.length;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const code = codes[rows === undefined ? i : rows[i]];
        out[i] = code < 0 ? -1 : remap[code];
    }
    return out;
}
/** The class code of each of a column's names. */
const remapOf = (column, space) => Int32Array.from(column.names, (name) => space.codeOf.get(name));
/** A slice column at `rows`, its names kept. */
function gatherCategory(column, rows) {
    if (rows === undefined)
        return column;
    const identity = Int32Array.from(column.names, (_, i) => i);
    return { ...column, codes: gatherCodes(column.codes, identity, rows) };
}
/** The file's probability column of each class, in class-code order (undefined where absent). */
function scoresByClass(file, space) {
    const scores = file.scores;
    const { classes } = space;
    if (scores.kind === "positive")
        return [];
    if (scores.kind === "list") {
        if (scores.columns.length !== classes.length) {
            throw new data_error/* DataError */.fL(file.file, `the score lists hold ${scores.columns.length} probabilities, but there are ${classes.length} classes (${classList(classes)})`, "Write one probability per class, in the sorted order of the classes");
        }
        return [...scores.columns];
    }
    const byName = new Map(scores.classes.map((name, k) => [name, scores.columns[k]]));
    return classes.map((name) => byName.get(name));
}
/**
 * The first row of `rows` (those paired) whose probabilities are not one distribution, where the
 * file gives every class's (one that lacks a class's column sums to less, and is refused for the
 * column it lacks). It is kept, not thrown: only a metric that reads the probabilities as such
 * refuses it (see `probabilitySumTolerance`), while one of the predicted classes stands.
 */
function sumErrorOf(file, scores, space, rows) {
    if (scores.kind === "positive")
        return undefined;
    if (scores.kind === "per-class" && scores.classes.length !== space.classes.length) {
        return undefined;
    }
    return scores.offSums?.firstOf(rows, (row) => file.ids.get(row));
}
/** The probabilities a classifier's metrics use: the positive class's of two, else each class's. */
function alignScores(file, space, rows) {
    if (file.scores === undefined || space.classes.length < 2)
        return {};
    if (file.scores.kind === "positive") {
        return { positiveScores: gather(file.scores.values, rows) };
    }
    const byClass = scoresByClass(file, space);
    const lacking = scoredClasses(space).filter((k) => byClass[k] === undefined);
    if (lacking.length > 0) {
        throw new data_error/* DataError */.fL(file.file, `has no probability column for class ${classList(lacking.map((k) => space.classes[k]))}`, `Add a column <score>_<class> for ${space.positive >= 0 ? "the positive class" : "every class"}`);
    }
    const sumError = sumErrorOf(file, file.scores, space, rows);
    const exported = file.scores.kind === "per-class" ? file.scores.topKExport : undefined;
    return {
        ...(space.positive >= 0
            ? { positiveScores: gather(byClass[space.positive], rows) }
            : { classScores: byClass.map((column) => gather(column, rows)) }),
        ...(sumError && { probabilitySumError: sumError }),
        ...(exported && { topKExport: { ...exported, file: file.file } }),
    };
}
/**
 * The predicted class from the probabilities, as scikit-learn's `predict` takes the arg max of
 * `predict_proba`: of two classes the positive one when its probability is above 0.5, else the
 * first class with the largest probability, a class whose cell is empty (of a top-k export) left
 * out (the read refused a row with every cell empty).
 */
function predictFromScores(space, scores, n) {
    const out = new Int32Array(n);
    const { positiveScores, classScores } = scores;
    if (positiveScores) {
        const negative = 1 - space.positive;
        for (let i = 0; i < n; i++)
            out[i] = positiveScores[i] > 0.5 ? space.positive : negative;
    }
    else if (classScores) {
        for (let i = 0; i < n; i++) {
            let best = 0;
            let top = Number.NEGATIVE_INFINITY;
            for (let k = 0; k < classScores.length; k++) {
                const p = classScores[k][i];
                if (p > top) {
                    top = p;
                    best = k;
                }
            }
            out[i] = best;
        }
    }
    return out;
}
/**
 * Refuses a score that reads as the other class's probability: the rows a file predicts positive
 * score lower on average than those it predicts negative, which no threshold on the positive
 * class's probability gives. With text labels the positive class is the greater name (`stay` of
 * churn and stay), where the file's score is often P(churn): read as P(stay), its ROC AUC, log
 * loss and Brier score would be turned around without a word.
 */
function refuseReversedScores(file, space, predictions, scores) {
    const sums = [0, 0];
    const counts = [0, 0];
    for (let i = 0; i < predictions.length; i++) {
        const side = predictions[i] === space.positive ? 1 : predictions[i] >= 0 ? 0 : -1;
        if (side < 0 || Number.isNaN(scores[i]))
            continue;
        sums[side] += scores[i];
        counts[side]++;
    }
    const [negativeMean, positiveMean] = [sums[0] / counts[0], sums[1] / counts[1]];
    if (!(positiveMean < negativeMean))
        return;
    const positive = `'${(0,shorten/* shorten */.ml)(space.classes[space.positive], shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
    const negative = `'${(0,shorten/* shorten */.ml)(space.classes[1 - space.positive], shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
    throw new data_error/* DataError */.fL(file.file, `its score does not read as the probability of the positive class ${positive}: the rows it predicts ${positive} score ${positiveMean.toPrecision(3)} on average, those it predicts ${negative} ${negativeMean.toPrecision(3)}`, `If the score is the probability of ${negative}, set positive-label to ${negative} (recall, precision and F1 are then of ${negative}); if it is the confidence of the predicted class, write the probability of ${positive} as the score`);
}
/** The columns of one model every task shares, at `rows`. */
function common(file, rows, slices) {
    return {
        count: rows === undefined ? file.rowCount : rows.length,
        ...(file.latency && { latency: gather(file.latency, rows) }),
        ...(file.cost && { cost: gather(file.cost, rows) }),
        exampleScores: new Map([...file.exampleScores].map(([name, values]) => [name, gather(values, rows)])),
        slices,
    };
}
/**
 * A classifier's file at `rows`, coded in the shared class space; `labels`, when given, are the
 * other model's, known to be the same (a pair's labels agree), kept once.
 */
function classifierData(file, space, rows, slices, labels) {
    const base = common(file, rows, slices);
    const scores = alignScores(file, space, rows);
    const predictions = file.predictions
        ? gatherCodes(file.predictions.codes, remapOf(file.predictions, space), rows)
        : predictFromScores(space, scores, base.count);
    if (file.predictions && scores.positiveScores) {
        refuseReversedScores(file, space, predictions, scores.positiveScores);
    }
    return {
        task: "classification",
        ...base,
        classes: space.classes,
        positive: space.positive,
        labels: labels ?? gatherCodes(file.labels.codes, remapOf(file.labels, space), rows),
        predictions,
        predictionsFromScores: file.predictions === undefined,
        ...scores,
    };
}
/** A regressor's file at `rows`; `labels` as for `classifierData`. */
function regressorData(file, rows, slices, labels) {
    return {
        task: "regression",
        ...common(file, rows, slices),
        labels: labels ?? gather(file.labels, rows),
        predictions: gather(file.predictions, rows),
    };
}
/**
 * A file's per-example scores, latencies and costs at `rows`, whatever else it holds;
 * `unlabelled`, the files read without labels, which are why.
 */
function scoresData(file, rows, slices, unlabelled) {
    return { task: "scores", ...common(file, rows, slices), unlabelled };
}
/** Integer codes at `rows`. */
const codesAt = (codes, rows) => Int32Array.from(rows, (row) => codes[row]);
/**
 * A model's data on `rows` alone, in their order (a slice's examples): every column gathered,
 * its classes and what was found of the file kept. Where `shared` is given, its labels and
 * weights stand for this data's where the two came from the same arrays (a pair's, which share
 * them), so that they are gathered once.
 */
function modelDataAt(data, rows, shared) {
    const same = (pick) => shared && pick(data) === pick(shared.from) ? pick(shared.at) : undefined;
    const common = {
        count: rows.length,
        ...(data.latency && { latency: gather(data.latency, rows) }),
        ...(data.cost && { cost: gather(data.cost, rows) }),
        exampleScores: new Map([...data.exampleScores].map(([name, values]) => [name, gather(values, rows)])),
        slices: new Map([...data.slices].map(([name, column]) => [name, gatherCategory(column, rows)])),
        ...(data.weights && {
            weights: same((d) => d.weights) ?? gather(data.weights, rows),
        }),
    };
    if (data.task === "scores")
        return { ...data, ...common };
    const labels = same((d) => (d.task === "scores" ? undefined : d.labels));
    if (data.task === "regression") {
        return {
            ...data,
            ...common,
            labels: labels ?? gather(data.labels, rows),
            predictions: gather(data.predictions, rows),
        };
    }
    return {
        ...data,
        ...common,
        labels: labels ?? codesAt(data.labels, rows),
        predictions: codesAt(data.predictions, rows),
        ...(data.positiveScores && { positiveScores: gather(data.positiveScores, rows) }),
        ...(data.classScores && {
            classScores: data.classScores.map((scores) => gather(scores, rows)),
        }),
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/sample-weights.js





/**
 * Two files' weights of one example agree when they differ by no more than float32's rounding:
 * a weight written as a 32-bit float in one file and a 64-bit one in the other is the same.
 */
const SAME_WEIGHT = 1e-6;
/**
 * The most times the heaviest example may weigh the lightest above 0. Past about 1e16 a light
 * example adds nothing to a double's sum of heavy ones; below this bound every weight, scaled,
 * is at least 1 and at most 1e15, so that sums of weights and of their squares, and a sum's
 * square, stay finite (and no square vanishes) for any count of examples a file can hold.
 */
const MAX_WEIGHT_RATIO = 1e15;
/**
 * Sample weights scaled so that the lightest example of weight above 0 weighs 1: every metric is
 * a ratio of weighted sums and reads them the same at any scale, and a percentile, which repeats
 * each value by its weight (`columnQuantile`), then reads weights of 1 and 3 as the example
 * written once and three times, whether the file writes 1 and 3 or 0.1 and 0.3. Undefined where
 * every example weighs the same, which weighs nothing differently: the examples are then judged
 * as unweighted, by the same tests. Weights that are all 0 are refused, and so are weights
 * more than `MAX_WEIGHT_RATIO` times apart.
 */
function scaledWeights(values, file, column) {
    let [lightest, largest] = [Infinity, 0];
    for (let i = 0; i < values.length; i++) {
        const w = values[i];
        largest = Math.max(largest, w);
        if (w > 0)
            lightest = Math.min(lightest, w);
    }
    if (largest === 0) {
        throw new data_error/* DataError */.fL(file, `column ${(0,closest_name/* quoteName */.AB)(column)}: every example weighs 0, which leaves nothing to judge`, "Give the examples that count a weight above 0", undefined, undefined, column);
    }
    if (lightest === largest && !values.includes(0))
        return undefined;
    const ratio = largest / lightest;
    if (ratio > MAX_WEIGHT_RATIO) {
        // A ratio past the largest double is no number to name.
        const times = Number.isFinite(ratio) ? (0,format_number/* formatNumber */.ZV)(ratio) : "more than 1.8e308";
        throw new data_error/* DataError */.fL(file, `column ${(0,closest_name/* quoteName */.AB)(column)}: the heaviest example weighs ${times} times the lightest above 0, past the 1e15 that sums of doubles can hold apart`, "Clip the weights to a range of at most 1e15, or weigh 0 the examples that should count for nothing", undefined, undefined, column);
    }
    return values.map((w) => w / lightest);
}
/**
 * The weights of the paired examples (rows `championRows` and `challengerRows`, all in order
 * where undefined), scaled (`scaledWeights`): the challenger's, which its file must hold where
 * the gate weighs examples. A weight belongs to the example, as its label does: where the
 * champion's file holds them too, a pair whose two weights differ is refused, naming its id,
 * as the metrics of either file's would favour one model. Only ratios count, so the champion's
 * may be the challenger's times one constant (weights written as shares of their sum in one
 * file and as counts in the other): the first pair that weighs above 0 sets it.
 */
function pairedWeights(champion, challenger, championRows, challengerRows, pairs) {
    if (!challenger.weights)
        return undefined;
    const { column, values } = challenger.weights;
    const theirs = champion.weights?.values;
    let ratio = NaN;
    for (let i = 0; theirs && i < pairs; i++) {
        const mine = values[challengerRows ? challengerRows[i] : i];
        const c = championRows ? championRows[i] : i;
        const other = theirs[c];
        if (Number.isNaN(ratio) && mine > 0 && other > 0)
            ratio = other / mine;
        const scaled = mine * (Number.isNaN(ratio) ? 1 : ratio);
        if (Math.abs(scaled - other) <= SAME_WEIGHT * Math.max(scaled, other))
            continue;
        throw new data_error/* DataError */.fL(challenger.file, `column ${(0,closest_name/* quoteName */.AB)(column)}: example '${(0,shorten/* shorten */.ml)(champion.ids.get(c))}' weighs ${mine} here and ${other} in the champion's file`, `A weight belongs to the example, as its label does: write the same weights in both files${Number.isNaN(ratio) || Math.abs(ratio - 1) <= SAME_WEIGHT ? "" : ` (or the same times one constant: the champion's first weigh ${(0,format_number/* formatNumber */.ZV)(ratio)} times the challenger's)`}, or leave the column out of the champion's file (the challenger's weights then count for both)`, undefined, undefined, column);
    }
    return scaledWeights(gather(values, challengerRows), challenger.file, column);
}
const unequal = new WeakMap();
/**
 * Whether scaled weights (`scaledWeights`) weigh some examples of weight above 0 differently:
 * weights of only 0 and 1 leave some examples out and weigh the rest alike, so that the tests
 * that count examples (McNemar's, DeLong's, the cells' bootstrap) hold on the others as they are.
 */
function weighsUnequally(weights) {
    if (weights === undefined)
        return false;
    let known = unequal.get(weights);
    if (known === undefined) {
        known = weights.some((w) => w !== 0 && w !== 1);
        unequal.set(weights, known);
    }
    return known;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/data-format.js
var data_format = __webpack_require__(86862);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/dist/engine/files/open-for-reading.js
var open_for_reading = __webpack_require__(69402);
;// CONCATENATED MODULE: ./shared/dist/engine/files/file-identity.js

/**
 * What tells one file from another however it is reached: its device and inode, which every
 * name of it shares, a hard link's as a symbolic link's; its real path where a file system gives
 * no inode (0). For a file named twice in one input, whose rows must not count twice.
 */
function fileIdentity(path) {
    const { dev, ino } = (0,external_node_fs_.statSync)(path, { bigint: true });
    return ino === 0n ? external_node_fs_.realpathSync.native(path) : `${dev}:${ino}`;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/glob.js
var data_glob = __webpack_require__(34482);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./shared/dist/engine/data/check-utf8.js


const LF = 0x0a;
const CR = 0x0d;
/** Line ends as `grep -n` and the JSON Lines reader count them: LF alone (CRLF being one). */
const lfEnds = (buf, end) => {
    let count = 0;
    for (let i = buf.indexOf(LF); i >= 0 && i < end; i = buf.indexOf(LF, i + 1))
        count++;
    return count;
};
/**
 * Where the first run of bytes between line ends (LF or CR) that is not UTF-8 starts in `buf`,
 * which is not: both are ASCII, so no character spans one, and the run holds the first bad byte.
 */
function firstBadRun(buf) {
    let start = 0;
    for (;;) {
        let end = start;
        while (end < buf.length && buf[end] !== LF && buf[end] !== CR)
            end++;
        if (end >= buf.length || !(0,external_node_buffer_.isUtf8)(buf.subarray(start, end)))
            return start;
        start = end + 1;
    }
}
/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure is the bad run of bytes searched for, and
 * its line counted by `lineEnds` (LF alone by default). `firstLine` is the line on which `buf`
 * starts. Callers pass buffers that end on a line break or at the end of the file, so that a
 * character is never split, or use `checkUtf8Read`.
 */
function checkUtf8(file, buf, firstLine, lineEnds = lfEnds) {
    if ((0,external_node_buffer_.isUtf8)(buf))
        return;
    const start = firstBadRun(buf);
    const line = firstLine + lineEnds(buf, start);
    if (line === 1 && start === 0) {
        const order = utf16Order(buf);
        if (order !== undefined) {
            throw new data_error/* DataError */.fL(file, `the file is UTF-16 text (it starts with the byte order mark ${order}, as Excel's "Unicode Text" does), not UTF-8`, 'Save it as UTF-8, for example with `iconv -f utf-16 -t utf-8` (in Excel, save as "CSV UTF-8")', line);
        }
    }
    const [at, character] = firstBadByte(buf, start);
    throw new data_error/* DataError */.fL(file, `the byte 0x${hex(buf[at])} (character ${character} of this line) is not valid UTF-8`, encodingFix(buf), line);
}
/** The bytes of the UTF-8 character whose first byte is `lead`, were it one. */
const utf8Length = (lead) => lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
/** A byte as a message names it: two upper-case hex digits. */
const hex = (byte) => byte.toString(16).toUpperCase().padStart(2, "0");
/**
 * The first byte from `start` on that begins no UTF-8 character, and its 1-based place among
 * the characters from `start`: where an editor's cursor finds it on its line. Only the byte is
 * named, never the text around it, which may be a value that must not reach a log.
 */
function firstBadByte(buf, start) {
    let character = 1;
    let i = start;
    while (i < buf.length) {
        const length = utf8Length(buf[i]);
        if (!(0,external_node_buffer_.isUtf8)(buf.subarray(i, i + length)))
            return [i, character];
        i += length;
        character++;
    }
    return [i, character];
}
/**
 * The character whose first byte is `buf[pos]` (before `end`), quoted as JSON quotes it, or
 * where its bytes are not all there or not UTF-8, that byte in hex.
 */
function characterAt(buf, pos, end) {
    const length = utf8Length(buf[pos]);
    const bytes = buf.subarray(pos, pos + length);
    return pos + length <= end && (0,external_node_buffer_.isUtf8)(bytes)
        ? JSON.stringify(bytes.toString("utf8"))
        : `byte 0x${hex(buf[pos])}`;
}
/** The byte order mark of UTF-16 text at the start of `buf`, as hex, or undefined. */
function utf16Order(buf) {
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return "FF FE";
    if (buf[0] === 0xfe && buf[1] === 0xff)
        return "FE FF";
    return undefined;
}
/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, where latin1 has control characters;
 * a space for the five bytes it leaves undefined, which no Windows-1252 file holds.
 */
const CP1252_HIGH = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";
/**
 * The first byte of `buf` that Windows-1252 reads as a character and latin1 as a control
 * character, outside any UTF-8 character (whose continuation bytes may be the same), or -1.
 */
function cp1252Byte(buf) {
    let i = 0;
    while (i < buf.length) {
        const b = buf[i];
        const length = utf8Length(b);
        if (length === 1 || (0,external_node_buffer_.isUtf8)(buf.subarray(i, i + length)))
            i += length;
        else if (b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] !== " ")
            return b;
        else
            i++;
    }
    return -1;
}
/**
 * How to make bytes that are not UTF-8 into UTF-8. Latin1 and Windows-1252 (what Excel and
 * Windows tools write) agree but for the bytes 0x80 to 0x9F: Windows-1252's € “ ” – and
 * latin1's control characters. Converted as latin1, a file with such bytes would read cleanly
 * with its quotes and euros silently made invisible, so where one is seen Windows-1252 is named.
 */
function encodingFix(buf) {
    const byte = cp1252Byte(buf);
    if (byte === -1) {
        return "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`, or `-f cp1252` for a file from Windows or Excel)";
    }
    return `Save the file as UTF-8 with \`iconv -f cp1252 -t utf-8\`: it holds the byte 0x${hex(byte)}, ${CP1252_HIGH[byte - 0x80]} in Windows-1252 (as Excel and Windows tools write), which latin1 would read as an invisible control character`;
}
/**
 * `checkUtf8` for the bytes of a read, which may end inside a character: the last bytes, when
 * they can be the start of a character that the next read completes, are left to that read.
 * A check up to the last LF instead would skip every line of a file whose lines end in CR.
 */
function checkUtf8Read(file, buf, firstLine, lineEnds) {
    // A character is at most 4 bytes: look back over up to 3 continuation bytes to its lead.
    let lead = buf.length - 1;
    while (lead > 0 && lead > buf.length - 4 && (buf[lead] & 0xc0) === 0x80)
        lead--;
    const first = buf[lead] ?? 0;
    const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    checkUtf8(file, buf.length - lead < length ? buf.subarray(0, lead) : buf, firstLine, lineEnds);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/csv-sample.js


/** The most bytes the rows kept aside may take: their ranges are 32-bit offsets. */
const MAX_SAMPLE_BYTES = 2 ** 31 - 1;
/** A field's text: its UTF-8 bytes, with `""` made `"` when the tokenizer flagged it (2). */
function decodeField(buf, start, end, flag) {
    const text = buf.toString("utf8", start, end);
    return flag === 2 ? text.replaceAll('""', '"') : text;
}
/**
 * The first rows of a CSV file, kept until the column types are known as their fields' bytes in
 * one buffer, with each field's range and quoting flag. As strings, 10,000 rows of 20 columns
 * are 200,000 objects that outlive the young generation and swell the heap for the rest of the
 * read; here a column's values become strings only while its type is inferred, and the rows go
 * to the typed columns through the same byte path as the rows after them.
 */
class CsvSample {
    file;
    columns;
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Int32Array(1024);
    ends = new Int32Array(1024);
    flags = new Uint8Array(1024);
    lines = [];
    /** `columns`: the fields of every row (the reader refuses a row with another count). */
    constructor(file, columns) {
        this.file = file;
        this.columns = columns;
    }
    get rows() {
        return this.lines.length;
    }
    /** About how many bytes of the file the rows span: their fields, and a delimiter or line break after each. */
    get spanBytes() {
        return this.used + this.lines.length * this.columns;
    }
    /** Keeps a row as the tokenizer hands it (see `CsvRowSink.row`). */
    add(buf, starts, ends, flags, line) {
        const first = this.lines.length * this.columns;
        const fields = first + this.columns;
        if (fields > this.starts.length) {
            this.starts = grown(this.starts, fields);
            this.ends = grown(this.ends, fields);
            this.flags = grown(this.flags, fields);
        }
        let size = 0;
        for (let i = 0; i < this.columns; i++)
            size += ends[i] - starts[i];
        if (this.used + size > MAX_SAMPLE_BYTES) {
            throw new data_error/* DataError */.fL(this.file, `the ${this.rows + 1} rows read to infer the column types pass 2 GiB`, "Infer the types from fewer rows (inferRows), or split the long rows' values", line);
        }
        if (this.used + size > this.bytes.length) {
            const bytes = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + size));
            this.bytes.copy(bytes, 0, 0, this.used);
            this.bytes = bytes;
        }
        for (let i = 0; i < this.columns; i++) {
            this.starts[first + i] = this.used;
            this.used += buf.copy(this.bytes, this.used, starts[i], ends[i]);
            this.ends[first + i] = this.used;
            this.flags[first + i] = flags[i];
        }
        this.lines.push(line);
    }
    /** Column `column`'s values as text, those in `missing` left out. */
    values(column, missing) {
        const values = [];
        for (let f = column; f < this.lines.length * this.columns; f += this.columns) {
            const text = decodeField(this.bytes, this.starts[f], this.ends[f], this.flags[f]);
            if (!missing.has(text))
                values.push(text);
        }
        return values;
    }
    /** Hands every row kept to `row`, in order, as the tokenizer handed it. */
    replay(row) {
        const n = this.columns;
        // One row's ranges at a time, copied into arrays reused for every row.
        const starts = new Int32Array(n);
        const ends = new Int32Array(n);
        const flags = new Uint8Array(n);
        this.lines.forEach((line, r) => {
            for (let i = 0; i < n; i++) {
                starts[i] = this.starts[r * n + i];
                ends[i] = this.ends[r * n + i];
                flags[i] = this.flags[r * n + i];
            }
            row(this.bytes, starts, ends, flags, line);
        });
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(67382);
;// CONCATENATED MODULE: ./shared/dist/engine/data/csv-tokenizer.js



const QUOTE = 0x22;
const csv_tokenizer_LF = 0x0a;
const csv_tokenizer_CR = 0x0d;
/** Where the unquoted field that starts at `pos` ends: at the delimiter, a line end, or `end`. */
function fieldEnd(buf, pos, end, delimiter) {
    let p = pos;
    while (p < end) {
        const c = buf[p];
        if (c === delimiter || c === csv_tokenizer_LF || c === csv_tokenizer_CR)
            break;
        p++;
    }
    return p;
}
/**
 * Whether the first row of `buf` (the start of a file) ends in a lone CR, as the rows of a
 * classic Mac OS file do, rather than in LF or CRLF; undefined where `buf` holds no row end yet
 * and more is to come. A row that no end closes (the file's only one) or that the tokenizer will
 * refuse counts as LF's.
 */
function rowsEndInCr(buf, final, delimiter) {
    const end = buf.length;
    let pos = 0;
    for (;;) {
        if (pos < end && buf[pos] === QUOTE) {
            let q = pos + 1;
            for (;;) {
                const next = buf.indexOf(QUOTE, q);
                if (next < 0 || (next + 1 >= end && !final))
                    return final ? false : undefined;
                if (buf[next + 1] !== QUOTE) {
                    pos = next + 1;
                    break;
                }
                q = next + 2;
            }
        }
        else {
            pos = fieldEnd(buf, pos, end, delimiter);
        }
        if (pos >= end)
            return final ? false : undefined;
        const c = buf[pos];
        if (c === delimiter)
            pos++;
        else if (c !== csv_tokenizer_CR)
            return false;
        else if (pos + 1 < end)
            return buf[pos + 1] !== csv_tokenizer_LF;
        else
            return final ? true : undefined;
    }
}
/**
 * The line ends inside a quoted field's bytes `buf[from, to)`: LF (CRLF being one), and a lone CR
 * only where it ends the file's rows (`crRows`), as the tokenizer's note says.
 */
function quotedLineEnds(buf, from, to, crRows) {
    let count = 0;
    for (let i = from; i < to; i++) {
        if (buf[i] === csv_tokenizer_LF || (crRows && buf[i] === csv_tokenizer_CR && buf[i + 1] !== csv_tokenizer_LF))
            count++;
    }
    return count;
}
/**
 * An RFC 4180 tokenizer: a state machine over bytes that finds fields and rows (quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends). It works on a buffer
 * holding the rest of the previous chunk followed by the next one, and hands back where the last
 * complete row ends, so that the caller keeps only one partial row between chunks. Blank lines
 * are skipped. A quote inside an unquoted field is taken literally, as most writers expect.
 * A row longer than `maxRowBytes`, complete or not, is refused, so that the kept part is bounded;
 * so is one of more than `maxFields` fields, whose fields past that are counted but not kept.
 * Each row that does not open with a quote is first offered to the sink's fused path
 * (`plainRow`), which reads most rows of most files in one pass; the state machine reads the rest.
 * Inside a quoted field, lines are counted as `grep -n`, git and GitHub count them, by LF (CRLF
 * being one line end): a lone CR there (text pasted from an old Mac program) is no line break,
 * but in a file whose rows end in lone CRs, where CR is the line end. Between fields, a lone CR
 * ends a row in any file.
 */
class CsvTokenizer {
    file;
    delimiter;
    maxRowBytes;
    maxFields;
    /** The line at which the next scan starts. */
    line = 1;
    /** Whether a row was handed on: a later row too wide is ragged, not a file too wide. */
    seenRow = false;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    flags = new Uint8Array(64);
    /** Whether lone CRs end the file's rows (`rowsEndInCr`), once its first row end is read. */
    crRows;
    constructor(file, delimiter, maxRowBytes, maxFields) {
        this.file = file;
        this.delimiter = delimiter;
        this.maxRowBytes = maxRowBytes;
        this.maxFields = maxFields;
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
        this.crRows ??= rowsEndInCr(buf, final, delimiter);
        const crBreaks = this.crRows === true;
        while (pos < end) {
            const rowStart = pos;
            const rowLine = line;
            let c = buf[pos];
            if (c === csv_tokenizer_LF) {
                pos++;
                line++;
                continue;
            }
            if (c === csv_tokenizer_CR) {
                if (pos + 1 >= end && !final)
                    break;
                pos += buf[pos + 1] === csv_tokenizer_LF ? 2 : 1;
                line++;
                continue;
            }
            if (c !== QUOTE) {
                // Cut at the longest row allowed: a longer one is left to the state machine, which
                // refuses it before any of its cells is appended.
                const next = sink.plainRow(buf, pos, Math.min(end, pos + this.maxRowBytes), line);
                if (next >= 0) {
                    pos = next;
                    line++;
                    this.seenRow = true;
                    continue;
                }
            }
            let count = 0;
            for (;;) {
                // Past `maxFields`, every field lands in one spare slot: a row of a million fields then
                // costs no more than a row at the limit until it is refused.
                const at = Math.min(count, this.maxFields);
                if (at === this.starts.length)
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
                        throw new data_error/* DataError */.fL(this.file, "a quoted field opens here and never closes", 'Close the field with a quote, and double any quote inside it ("")', line);
                    }
                    line += quotedLineEnds(buf, pos + 1, closing, crBreaks);
                    this.starts[at] = pos + 1;
                    this.ends[at] = closing;
                    this.flags[at] = flag;
                    pos = closing + 1;
                }
                else {
                    const p = fieldEnd(buf, pos, end, delimiter);
                    this.starts[at] = pos;
                    this.ends[at] = p;
                    this.flags[at] = 0;
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
                if (c === csv_tokenizer_LF) {
                    pos++;
                    line++;
                    break;
                }
                if (c === csv_tokenizer_CR) {
                    if (pos + 1 >= end && !final)
                        return this.partial(rowStart, end, rowLine);
                    pos += buf[pos + 1] === csv_tokenizer_LF ? 2 : 1;
                    line++;
                    break;
                }
                // The character is named whole: one the read split waits for the rest of its bytes.
                if (pos + utf8Length(c) > end && !final)
                    return this.partial(rowStart, end, rowLine);
                throw new data_error/* DataError */.fL(this.file, `unexpected ${characterAt(buf, pos, end)} after the closing quote of field ${count}`, "Quote the whole field, doubling the quotes inside it", line);
            }
            if (pos - rowStart > this.maxRowBytes)
                throw (0,data_error/* lineTooLong */.ti)(this.file, rowLine, this.maxRowBytes);
            if (count > this.maxFields) {
                const counted = `the row starting here has ${(0,group_digits/* groupDigits */.K)(count)} fields`;
                // After the first row, the header (or first row) settled the width: this one is ragged.
                throw this.seenRow
                    ? new data_error/* DataError */.fL(this.file, `${counted}, more than a row may have (${(0,group_digits/* groupDigits */.K)(this.maxFields)})`, "Give every row as many fields as the header, quoting fields that contain the delimiter", rowLine)
                    : (0,data_error/* tooManyColumns */.zr)(this.file, counted, rowLine);
            }
            this.seenRow = true;
            sink.row(buf, this.starts, this.ends, this.flags, count, rowLine);
        }
        this.line = line;
        return pos;
    }
    /**
     * The line ends in `buf[0, end)` as `scan` counts them, `buf` starting where the next scan
     * does: the line of a byte that the UTF-8 check refuses before the scan reaches it (`LineEnds`).
     * A field's bytes after its closing quote, which the scan would refuse, are counted as a plain
     * field's.
     */
    lineEnds(buf, end) {
        const delimiter = this.delimiter;
        const crRows = (this.crRows ?? rowsEndInCr(buf, true, delimiter)) === true;
        let count = 0;
        let pos = 0;
        while (pos < end) {
            if (buf[pos] === QUOTE) {
                // The closing quote, past doubled ones; a field still open at `end` runs to it.
                let closing = buf.indexOf(QUOTE, pos + 1);
                while (closing >= 0 && closing < end && buf[closing + 1] === QUOTE) {
                    closing = buf.indexOf(QUOTE, closing + 2);
                }
                if (closing < 0 || closing > end)
                    closing = end;
                count += quotedLineEnds(buf, pos + 1, closing, crRows);
                pos = closing + 1;
            }
            pos = fieldEnd(buf, pos, end, delimiter);
            if (pos >= end)
                break;
            if (buf[pos] !== delimiter) {
                count++;
                if (buf[pos] === csv_tokenizer_CR && buf[pos + 1] === csv_tokenizer_LF)
                    pos++;
            }
            pos++;
        }
        return count;
    }
    /** Stops a scan at an incomplete row, which the caller keeps for the next one. */
    partial(rowStart, end, rowLine) {
        if (end - rowStart > this.maxRowBytes)
            throw (0,data_error/* lineTooLong */.ti)(this.file, rowLine, this.maxRowBytes);
        this.line = rowLine;
        return rowStart;
    }
    grow() {
        const size = Math.min(this.starts.length * 2, this.maxFields + 1);
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

;// CONCATENATED MODULE: ./shared/dist/engine/data/csv-plain-row.js

/**
 * Whether rows may take the fused path with this delimiter: a number's cell ends at the first
 * byte that cannot continue it, so that byte must be the delimiter's and no number's; and a CR
 * after the last field must end the row, where the tokenizer takes a CR delimiter for another
 * field.
 */
function plainRowsAllowed(delimiter) {
    return delimiter !== csv_tokenizer_CR && !/[\d+\-.eE]/.test(String.fromCharCode(delimiter));
}
/**
 * Reads the row that starts at `buf[pos]` into the typed columns in one pass over its bytes:
 * a number's cell is parsed as it is scanned, and an empty cell is known missing from its first
 * byte where the column's other missing values cannot pass for a value of it (see
 * `TableTyping.plainMissing`). Returns where the next row starts, or
 * -1 at the first quote, invalid cell, misplaced delimiter or the end of `buf` before the
 * row's end; the tokenizer then reads the row again and appends it over what was written (see
 * `ColumnBuilder.appendPlain`), so that a row's outcome, its errors and line included, is the
 * tokenizer's.
 */
function appendPlainRow(typing, buf, pos, end, delimiter, line) {
    const builders = typing.builders;
    const last = builders.length - 1;
    const row = typing.nextRow();
    let p = pos;
    for (let i = 0; i <= last; i++) {
        if (p >= end)
            return -1;
        const c = buf[p];
        if (c === QUOTE)
            return -1;
        const builder = builders[i];
        if (c === delimiter || c === csv_tokenizer_LF || c === csv_tokenizer_CR) {
            if (!typing.isMissingBytes(i, buf, p, p))
                return -1;
            builder.appendMissing(row);
        }
        else if (typing.plainMissing[i]) {
            p = builder.appendPlain(buf, p, end, row, delimiter);
            if (p < 0)
                return -1;
        }
        else {
            const stop = fieldEnd(buf, p, end, delimiter);
            if (stop >= end)
                return -1;
            if (typing.isMissingBytes(i, buf, p, stop))
                builder.appendMissing(row);
            else if (builder.appendBytes(buf, p, stop, row) !== undefined)
                return -1;
            p = stop;
        }
        const next = buf[p];
        if (i < last) {
            if (next !== delimiter)
                return -1;
            p++;
        }
        else if (next === csv_tokenizer_LF)
            p++;
        else if (next === csv_tokenizer_CR && p + 1 < end)
            p += buf[p + 1] === csv_tokenizer_LF ? 2 : 1;
        else
            return -1;
    }
    typing.endRow(line, p - pos);
    return p;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/dist/engine/files/async-fs.js
var async_fs = __webpack_require__(70321);
;// CONCATENATED MODULE: ./shared/dist/engine/data/open-data-file.js






/**
 * A sha256 of the bytes as they are read, handed to `onDigest` at their end: the file is read
 * once for both, and the digest is of the very bytes read. node:crypto is loaded only then.
 */
async function digester(onDigest) {
    if (onDigest === undefined)
        return undefined;
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 19));
    const hash = createHash("sha256");
    let ended = false;
    return {
        update: (bytes) => void hash.update(bytes),
        // Once: a read past the end returns nothing again.
        end: () => {
            if (!ended)
                onDigest(hash.digest("hex"));
            ended = true;
        },
    };
}
/** A gzip stream read into the caller's buffer, keeping what did not fit for the next read. */
async function gunzipped(file, fd, digest) {
    // zlib is loaded only for compressed files: most reads never need it. (Not so node:stream,
    // whose exports are a function: imported at run time from a bundle, it has no named exports.)
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const compressed = (0,external_node_fs_.createReadStream)(file, { fd });
    // The compressed bytes, as stored, are the file's digest: gunzip ends only after their end.
    if (digest)
        compressed.on("data", digest.update).on("end", digest.end);
    const stream = (0,external_node_stream_.pipeline)(compressed, createGunzip(), () => { });
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
                    throw new data_error/* DataError */.fL(file, `is not valid gzip (${message})`, "Check that the file is gzip-compressed whole, or drop .gz from its name");
                }
                if (next.done)
                    return 0;
                pending = next.value;
            }
            const taken = pending.copy(into, offset, 0, Math.min(length, pending.length));
            pending = pending.subarray(taken);
            return taken;
        },
        get bytesRead() {
            return compressed.bytesRead;
        },
        size: undefined,
        async close() {
            stream.destroy();
        },
    };
}
/** The `length` bytes of a file at `position`, read there, leaving the file's own position. */
async function bytesAt(fd, position, length) {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await (0,async_fs/* read */.LF)(fd, buf, 0, length, position);
    return buf.toString("latin1", 0, bytesRead);
}
/**
 * Why a plain file is refused when its bytes say it is another format than its name says: gzip
 * (a `.gz` dropped from the name), or Parquet (`PAR1` at both ends: a CSV header may start so),
 * either of which would otherwise be reported as text that is not UTF-8; undefined otherwise.
 */
async function misnamedFormat(file, fd, size) {
    const name = (0,external_node_path_.basename)(file);
    const head = await bytesAt(fd, 0, 4);
    if (head.startsWith("\x1f\x8b")) {
        return {
            problem: "is gzip-compressed (it starts with the bytes 1F 8B), but its name does not end in .gz",
            fix: `Name it ${name}.gz, so that it is decompressed as it is read`,
        };
    }
    if (head === "PAR1" && size >= 8 && (await bytesAt(fd, size - 4, 4)) === "PAR1") {
        return {
            problem: "is a Parquet file (it starts and ends with PAR1), but its name says another format",
            fix: `Name it ${name.replace(/\.[^.]*$/, "")}.parquet`,
        };
    }
    return undefined;
}
/**
 * Opens a data file for reading: a plain file is read straight into the caller's buffer, a
 * `.gz` one through gunzip. Zstandard is refused by name: Node.js 20, which the CLI supports,
 * has no zstd decoder, and the bytes would otherwise be reported as text that is not UTF-8.
 * With `onDigest`, the file's sha256 (of its bytes as stored: compressed ones for `.gz`, as
 * `sha256sum` prints it) is handed over once its last byte is read; never for a read that stops
 * before.
 */
async function openDataFile(file, onDigest) {
    if (/\.zst$/i.test(file)) {
        throw new data_error/* DataError */.fL(file, "is zstd-compressed, which the reader cannot decompress", "Decompress it first (zstd -d), or compress it with gzip (.gz) instead");
    }
    const { fd, size } = await (0,open_for_reading/* openForReading */.sb)(file, (0,data_error/* refuseDataFile */.nY)(file));
    const digest = await digester(onDigest);
    if (/\.gz$/i.test(file))
        return gunzipped(file, fd, digest);
    const misnamed = await misnamedFormat(file, fd, size).catch(async (error) => {
        await (0,async_fs/* close */.VN)(fd);
        throw error;
    });
    if (misnamed) {
        await (0,async_fs/* close */.VN)(fd);
        throw new data_error/* DataError */.fL(file, misnamed.problem, misnamed.fix);
    }
    let closed = false;
    let total = 0;
    return {
        async read(into, offset, length) {
            const { bytesRead } = await (0,async_fs/* read */.LF)(fd, into, offset, length, null);
            total += bytesRead;
            if (digest && length > 0) {
                if (bytesRead > 0)
                    digest.update(into.subarray(offset, offset + bytesRead));
                else
                    digest.end();
            }
            return bytesRead;
        },
        get bytesRead() {
            return total;
        },
        size,
        // Once only: a descriptor number is reused as soon as it is closed.
        close: async () => {
            if (closed)
                return;
            closed = true;
            await (0,async_fs/* close */.VN)(fd);
        },
    };
}
/** `openDataFile` for a reader of `options`: the file's digest goes to `onFileDigest`, if any. */
const openDataFileFor = (file, { onFileDigest }) => openDataFile(file, onFileDigest && ((sha256) => onFileDigest(file, sha256)));

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-buffer.js
/** Room kept before a read's bytes for the partial row carried over from the read before. */
const HEAD_BYTES = 1 << 16;
/**
 * A data file's bytes through two working buffers, reused from read to read: while the parser
 * scans one, the file's next bytes are read into the other, so that it never waits on the disk
 * or the page cache once the first read is in. The partial row the parser leaves at the end of
 * one buffer is copied into the head room of the other, before the bytes read there. A partial
 * row longer than the head room is carried with the new bytes into a buffer of its own, at least
 * twice the row's bytes held and filled before the parser sees it; that buffer is let go once
 * the parser is past it, so that memory stays two buffers and the longest row. A parser that
 * rescans the unconsumed bytes after every fill thus does linear work in all, however little
 * each read of the source returns: a read fills its buffer before it counts (gunzip hands out
 * 16 KiB at a time, which used to make a long line in a `.gz` file rescanned 4,000 times before
 * its bound could bite). A UTF-8 byte order mark at the start of the file is skipped. `close`
 * closes the file once no read is in flight.
 */
class ReadBuffer {
    source;
    chunkBytes;
    buf = Buffer.alloc(0);
    /** Where the unconsumed bytes start; the parser moves it past what it has consumed. */
    start = HEAD_BYTES;
    /** Where the bytes read end. */
    end = HEAD_BYTES;
    ahead;
    /** The working buffer not in use while the parser is in a long row's buffer. */
    spare;
    first = true;
    /** Whether a read came back short: the file has no more bytes. */
    ended = false;
    constructor(source, chunkBytes) {
        this.source = source;
        this.chunkBytes = chunkBytes;
    }
    /** Reads more bytes after the unconsumed ones; false when the file has no more. */
    async fill() {
        if (this.first) {
            this.first = false;
            this.buf = this.workingBuffer();
            this.end += await this.readFull(this.buf, this.end);
            const b = this.buf;
            const at = this.start;
            if (this.end - at >= 3 && b[at] === 0xef && b[at + 1] === 0xbb && b[at + 2] === 0xbf) {
                this.start += 3;
            }
            if (!this.ended)
                this.readAhead(this.workingBuffer());
            return this.end > this.start;
        }
        const ahead = this.ahead;
        if (ahead === undefined)
            return false;
        this.ahead = undefined;
        const read = await ahead.bytes;
        if (read === 0)
            return false;
        const { buf, start, end } = this;
        const held = end - start;
        if (held <= HEAD_BYTES) {
            buf.copy(ahead.buf, HEAD_BYTES - held, start, end);
            this.buf = ahead.buf;
            this.start = HEAD_BYTES - held;
            this.end = HEAD_BYTES + read;
            this.readAhead(this.isWorking(buf) ? buf : this.takeSpare());
            return true;
        }
        const joined = Buffer.allocUnsafe(Math.max(2 * held, held + read));
        buf.copy(joined, 0, start, end);
        ahead.buf.copy(joined, held, HEAD_BYTES, HEAD_BYTES + read);
        if (this.isWorking(buf))
            this.spare = buf;
        this.buf = joined;
        this.start = 0;
        this.end = held + read;
        this.end += await this.readFull(joined, this.end);
        this.readAhead(ahead.buf);
        return true;
    }
    /** The unconsumed bytes. */
    rest() {
        return this.buf.subarray(this.start, this.end);
    }
    /** Closes the file, after the read in flight: its descriptor could be reused under it. */
    async close() {
        await this.ahead?.bytes.catch(() => 0);
        this.ahead = undefined;
        await this.source.close();
    }
    /** Starts reading the next bytes into `buf`, after its head room, unless the file has ended. */
    readAhead(buf) {
        if (this.ended) {
            this.spare = buf;
            return;
        }
        const bytes = this.readFull(buf, HEAD_BYTES);
        // Its failure is reported by the fill that awaits it, not as an unhandled rejection first.
        bytes.catch(() => { });
        this.ahead = { buf, bytes };
    }
    /** Reads into `buf` from `offset` until it is full or the file ends; how many bytes came. */
    async readFull(buf, offset) {
        let at = offset;
        while (at < buf.length) {
            const read = await this.source.read(buf, at, buf.length - at);
            if (read === 0) {
                this.ended = true;
                break;
            }
            at += read;
        }
        return at - offset;
    }
    workingBuffer() {
        return Buffer.allocUnsafe(HEAD_BYTES + this.chunkBytes);
    }
    isWorking(buf) {
        return buf.length === HEAD_BYTES + this.chunkBytes;
    }
    takeSpare() {
        const spare = this.spare ?? this.workingBuffer();
        this.spare = undefined;
        return spare;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/batch.js

/** The most late keys (`Batch.lateKeys`) a read records: enough to name them, and bounded. */
const MAX_LATE_KEYS = 10;
/** The column named `name`, read as values or as bytes; undefined when the batch lacks it. */
function batch_columnOf(batch, name) {
    return batch.columns.get(name) ?? batch.byteColumns?.get(name);
}
/** The value of row `row` of a column, decoded: a number, a string, or `null` when missing. */
function cellValue(column, row) {
    if ("bytes" in column) {
        if (column.missing[row] !== 0)
            return null;
        return textOfBytes(column.bytes, column.starts[row], column.starts[row + 1]);
    }
    if ("values" in column) {
        const value = column.values[row];
        return value === undefined || Number.isNaN(value) ? null : value;
    }
    const code = column.codes[row];
    return code === undefined || code < 0 ? null : (column.dictionary[code] ?? null);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/infer-type.js

/**
 * The type of a column from a sample of its non-missing values (the first rows of the data).
 * The rule, in order:
 *
 * 1. no value at all: `text` (the one type that accepts anything later);
 * 2. every value is `true`/`false` (any of `true True TRUE false False FALSE`): `boolean`;
 * 3. every value is an integer lexeme (`-12`, `+7`) that is a safe integer: `integer`;
 * 4. every value is a decimal number (`1.5`, `-2e-3`, `.5`) or a word for NaN or an infinity
 *    (`parseSpecialNumber`: `nan`, `INF`, `-Infinity`, in any case), at least one value is
 *    finite, and none is an integer lexeme past 2^53 (a 19-digit id, which a number would hold
 *    rounded, is a string): `numeric`;
 * 5. every value is an ISO 8601 date or date-time: `datetime`;
 * 6. otherwise a string column: `categorical` when it has at most `maxCategories` (1000) distinct
 *    values and either at most 20 of them or at most `maxCategoryRatio` (0.5) of its values;
 *    else `text`.
 *
 * In rules 3 and 4 a value with a leading zero (`00501`, `-007`) is not a number: such columns
 * are identifiers (zip codes, account numbers) and stay strings. Hex is not a number either, as
 * a declared `number` does not read it.
 */
function inferType(values, options = {}) {
    if (values.length === 0)
        return "text";
    if (values.every((v) => !Number.isNaN(parseBoolean(v))))
        return "boolean";
    const numbers = numberKind(values);
    if (numbers !== undefined)
        return numbers;
    return stringColumnType(values, options);
}
/** Integer or numeric, by rules 3 and 4 of `inferType`, or undefined for other values. */
function numberKind(values) {
    let allIntegers = true;
    let anyFinite = false;
    for (const value of values) {
        const n = parseNumberText(value);
        if (Number.isNaN(n)) {
            // NaN and the infinities: a float column's, never an integer's.
            if (parseSpecialNumber(value) === undefined)
                return undefined;
            allIntegers = false;
            continue;
        }
        // Whole numbers past 2^53 (19-digit ids) would be read rounded, two ids as one: strings.
        if (hasLeadingZero(value) || (lastWasInteger && !Number.isSafeInteger(n)))
            return undefined;
        if (!lastWasInteger)
            allIntegers = false;
        anyFinite ||= Number.isFinite(n);
    }
    // NaN and INF alone are words (codes, abbreviations) more likely than a column of numbers,
    // and NaN is read as no value: such a column is strings, as is one with no value at all.
    if (!anyFinite)
        return undefined;
    return allIntegers ? "integer" : "numeric";
}
/**
 * The type of a column a format stores as strings (Parquet's UTF8, large_string), from a sample
 * of its non-missing values: `datetime` by rule 5 of `inferType`, so that timestamps exported as
 * ISO 8601 text are dates in Parquet as in CSV and JSON Lines; else categorical or text by rule
 * 6. Never a number or a boolean: the format has types of its own for them, so digits stored as
 * strings were meant as strings (zip codes, ids, codes that are digits today and letters later).
 */
function stringColumnType(values, options = {}) {
    if (values.length > 0 && values.every((v) => !Number.isNaN(parseDatetime(v)))) {
        return "datetime";
    }
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
 * The column type a declared field's type decides alone (a number, a date, a boolean), or
 * undefined for `string`, `any` or no type, which the sample refines or infers.
 */
function fixedType(field) {
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
        default:
            return undefined;
    }
}
/** Whether a field declares its column's type: `any` and no type leave it to inference. */
const isDeclared = (field) => field?.type !== undefined && field.type !== "any";
/**
 * The ISO 8601 forms a column of dates takes. With Table Schema's default format, as
 * frictionless reads it, a date field takes a date alone and a datetime field a date and a
 * time; with format `any`, or undeclared (inferred, or typed by a Parquet file), either form,
 * so that a column inferred from dates and date-times alike reads all of them.
 */
function dateForms(field) {
    if (field?.format === "any")
        return "both";
    return field?.type === "date" || field?.type === "datetime" ? field.type : "both";
}
/**
 * The type of a column declared in a Table Schema; `string` is refined to categorical or text
 * by rule 6 of `inferType` on the sample, and `any` (or no type) is inferred.
 */
function declaredType(field, sample, options = {}) {
    const fixed = fixedType(field);
    if (fixed !== undefined)
        return fixed;
    return field.type === "string" ? stringKind(sample, options) : inferType(sample, options);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/string-dictionary.js

/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer: FNV alone leaves the low bits (the slot)
 * depending only on the low bits of each byte, so that keys such as `U0000001`, `U0000002`...
 * pile up in a few runs of slots; the mixer spreads every byte over every bit. The low 30 bits
 * are kept: a larger number is boxed on the heap when returned, once per cell looked up.
 */
function string_dictionary_hashBytes(buf, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ buf[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & 0x3fffffff;
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
        const hash = string_dictionary_hashBytes(buf, start, end);
        const code = this.find(buf, start, end, hash);
        return code >= 0 ? code : this.add(buf.toString("utf8", start, end), buf, start, end, hash);
    }
    /**
     * The code of the bytes `buf[start, end)`, added if new without their string (its value is
     * then ""): for a dictionary used as a set of byte strings, where a string per value would be
     * made for nothing.
     */
    codeOfKey(buf, start, end) {
        const hash = string_dictionary_hashBytes(buf, start, end);
        const code = this.find(buf, start, end, hash);
        return code >= 0 ? code : this.add("", buf, start, end, hash);
    }
    /** Whether the string spelled by `buf[start, end)` is in the dictionary. */
    hasBytes(buf, start, end) {
        return this.find(buf, start, end, string_dictionary_hashBytes(buf, start, end)) >= 0;
    }
    /** The code of `text`, added if new. */
    codeOf(text) {
        if (SURROGATE.test(text) && Buffer.from(text, "utf8").toString("utf8") !== text) {
            return this.unspellableCode(text);
        }
        if (this.scratch.length < text.length * 3)
            this.scratch = Buffer.allocUnsafe(text.length * 3);
        const end = this.scratch.write(text, 0, "utf8");
        const hash = string_dictionary_hashBytes(this.scratch, 0, end);
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

;// CONCATENATED MODULE: ./shared/dist/engine/data/column-builder.js






/**
 * JSON text of a value that holds 64-bit integers (bigints), each written as its bare digits,
 * exact however long: the text the JSON Lines reader gives the same array or object
 * (`[0,9007199254740993]`), where digits quoted as a string would be another value, and drift
 * would be seen between the two formats. Anything else is written as JSON.stringify writes it:
 * `undefined` left out of an object and `null` in an array, a date by its `toJSON`.
 */
function bigintJson(value) {
    if (typeof value === "bigint")
        return value.toString();
    // A finite number's JSON is its String(); -0 is 0 in both.
    if (typeof value === "number" && Number.isFinite(value))
        return String(value);
    if (typeof value !== "object" || value === null || "toJSON" in value) {
        return JSON.stringify(value);
    }
    // Written by concatenation, some three times faster than joining arrays of parts for a struct.
    let text = "";
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            text += `${i > 0 ? "," : ""}${bigintJson(value[i]) ?? "null"}`;
        }
        return `[${text}]`;
    }
    const object = value;
    for (const key of Object.keys(object)) {
        const item = bigintJson(object[key]);
        if (item !== undefined)
            text += `${text === "" ? "" : ","}${JSON.stringify(key)}:${item}`;
    }
    return `{${text}}`;
}
/**
 * An object or array as JSON, 64-bit integers in it as digits, which JSON.stringify refuses.
 * `bigintJson`, which writes them, costs more than JSON.stringify's native writing of a list of
 * floats (an embedding's), so it is given only to a value that needs it: a list of such
 * integers, a value of a column whose values needed it (`column`), or a value that
 * JSON.stringify refused.
 */
function jsonText(value, column) {
    if (column?.digits || (Array.isArray(value) && value.some((item) => typeof item === "bigint"))) {
        return bigintJson(value);
    }
    try {
        return JSON.stringify(value);
    }
    catch {
        if (column)
            column.digits = true;
        return bigintJson(value);
    }
}
/**
 * A cell value as text: a string is its own, a date its ISO 8601 form, an object or array its
 * JSON (64-bit integers in it as digits), written as `column`'s values before it were.
 */
function valueText(value, column) {
    if (typeof value === "string")
        return value;
    if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    }
    if (typeof value === "object" && value !== null)
        return jsonText(value, column);
    // A JSON number past the largest double (1e400) parses as infinite: spelled as pandas writes
    // it, which typing reads as a number, as it reads such a CSV cell.
    if (value === Infinity || value === -Infinity)
        return value > 0 ? "inf" : "-inf";
    return String(value);
}
/**
 * `appendPlain` by way of `appendBytes`, once the cell's end is found: for a column whose cells
 * are not parsed as they are scanned.
 */
function appendPlainBytes(builder, buf, start, end, row, delimiter) {
    const stop = fieldEnd(buf, start, end, delimiter);
    return stop < end && builder.appendBytes(buf, start, stop, row) === undefined ? stop : -1;
}
/** The integers a number holds exactly; past them two ids may be one number. */
const EXACT_INTEGERS = "±9,007,199,254,740,991";
/**
 * Why a declared integer cannot be read: past 2^53 a number holds it rounded, and two ids would
 * compare equal. A column inferred as integers reads such a value as it always did.
 */
const UNSAFE_INTEGER = `is beyond ${EXACT_INTEGERS}, which a number holds only rounded: declare ids this long as string`;
function quoteCell(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}
/** What a cell of a column of dates must be, by the forms the column takes. */
const DATES_TAKEN = {
    date: "an ISO 8601 date",
    datetime: "an ISO 8601 date-time",
    both: "an ISO 8601 date or date-time",
};
/**
 * What a date or date-time is, in a column that takes the other form alone (Table Schema's
 * date takes no time of day, its datetime needs one), and how to read it.
 */
const OTHER_DATE_FORM = {
    date: 'a date-time, not a date: declare the field "datetime" to keep its time, or give it format: any where dates and date-times mix',
    datetime: 'a date without a time: declare the field "date", add the time (such as T00:00:00Z), or give it format: any where dates and date-times mix',
};
class NumericBuilder {
    name;
    type;
    declared;
    dates;
    widens;
    values = new Float64Array(0);
    spare = [];
    /** The row, in the batch in progress, of the cell that made the column numeric (`widen`). */
    widenedAt;
    constructor(name, 
    /** The column's type: an inferred integer becomes numeric where it `widens`. */
    type, 
    /**
     * Whether the schema declared the column, which admits a boolean's `1` and `0`, and bounds
     * an integer to those a number holds exactly.
     */
    declared, 
    /** For a column of dates, the ISO 8601 forms it takes. */
    dates, 
    /** Whether an inferred integer takes a later number that is not one (`widenIntegers`). */
    widens) {
        this.name = name;
        this.type = type;
        this.declared = declared;
        this.dates = dates;
        this.widens = widens;
    }
    start(capacity) {
        this.values = reusedOr(this.spare, capacity, Float64Array);
        this.widenedAt = undefined;
    }
    /**
     * Makes an integer column numeric at `row`, where the read lets an inferred one widen; false
     * when it may not, and the cell does not fit.
     */
    widen(row) {
        if (!this.widens || this.declared)
            return false;
        this.type = "numeric";
        this.widenedAt = row;
        return true;
    }
    recycle(column) {
        if ("values" in column)
            this.spare.push(new Float64Array(column.values.buffer));
    }
    releaseSpares() {
        (0,release_array/* releaseArrays */.E)(...this.spare.splice(0));
    }
    grow(capacity) {
        this.values = resized(this.values, capacity);
    }
    appendBytes(buf, start, end, row) {
        const type = this.type;
        if (type === "numeric" || type === "integer") {
            const ok = parseNumberInto(buf, start, end, this.values, row);
            if (ok && (type === "numeric" || (lastWasInteger && this.exact(row))))
                return undefined;
        }
        else if (type === "boolean") {
            const n = this.declared
                ? declaredBooleanBytes(buf, start, end)
                : parseBooleanBytes(buf, start, end);
            if (!Number.isNaN(n)) {
                this.values[row] = n;
                return undefined;
            }
        }
        else if (this.dates !== "datetime" && parseDateInto(buf, start, end, this.values, row)) {
            return undefined;
        }
        // The text path gives the words of the problem, or parses what the fast paths leave out.
        return this.appendText(buf.toString("utf8", start, end), row);
    }
    appendPlain(buf, start, end, row, delimiter) {
        const type = this.type;
        if (type === "numeric" || type === "integer") {
            const stop = scanNumberInto(buf, start, end, this.values, row);
            return stop >= 0 && stop < end && (type === "numeric" || (lastWasInteger && this.exact(row)))
                ? stop
                : -1;
        }
        return appendPlainBytes(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        let value;
        switch (this.type) {
            case "numeric": {
                // NaN and INF, which the fast paths leave to this one, in any column of numbers:
                // inference takes them for numbers too.
                const n = parseNumberCell(text);
                if (n === undefined)
                    return `${quoteCell(text)} is not a number`;
                value = n;
                break;
            }
            case "integer":
                value = parseNumberText(text);
                if (Number.isNaN(value) || !lastWasInteger) {
                    const n = parseNumberCell(text);
                    if (n === undefined || !this.widen(row))
                        return `${quoteCell(text)} is not an integer`;
                    value = n;
                }
                if (!this.exact(row, value))
                    return `${quoteCell(text)} ${UNSAFE_INTEGER}`;
                break;
            case "boolean":
                value = this.declared ? declaredBoolean(text) : parseBoolean(text);
                if (Number.isNaN(value)) {
                    return `${quoteCell(text)} is not a boolean (${this.declared ? "true, false, 1 or 0" : "true or false"})`;
                }
                break;
            case "datetime": {
                value = parseDatetime(text);
                if (Number.isNaN(value))
                    return `${quoteCell(text)} is not ${DATES_TAKEN[this.dates]}`;
                const forms = this.dates;
                if (forms !== "both" && !isDateForm(text, forms)) {
                    return `${quoteCell(text)} is ${OTHER_DATE_FORM[forms]}`;
                }
                break;
            }
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
        if (typeof value === "number" || typeof value === "bigint") {
            n = Number(value);
            // A date's number is milliseconds since 1970, unless its size says another unit; NaN, a
            // float column's missing value, is held as missing.
            const dated = this.type === "datetime" && !Number.isNaN(n);
            const problem = dated ? epochNumberProblem(n, this.dates) : undefined;
            if (problem !== undefined)
                return `${valueText(value)} ${problem}`;
        }
        else if (typeof value === "boolean")
            n = value ? 1 : 0;
        else if (value instanceof Date)
            n = value.getTime();
        else
            return `${quoteCell(valueText(value))} is not a ${this.type} value`;
        if (this.type === "integer") {
            if (!Number.isInteger(n) && !this.widen(row))
                return `${n} is not an integer`;
            if (!this.exact(row, n))
                return `${valueText(value)} ${UNSAFE_INTEGER}`;
        }
        if (this.type === "boolean" && typeof value !== "boolean")
            return `${n} is not a boolean`;
        // A number is not true or false, as Table Schema reads JSON: 1 would pass for `true`.
        if (typeof value === "boolean" && this.type !== "boolean")
            return `${value} is not a ${this.type === "datetime" ? "date" : "number"}`;
        this.values[row] = n;
        return undefined;
    }
    appendMissing(row) {
        this.values[row] = Number.NaN;
    }
    /** Whether the integer at `row` (or `value`) is held exactly, or need not be (not declared). */
    exact(row, value = this.values[row]) {
        return !this.declared || Math.abs(value) <= Number.MAX_SAFE_INTEGER;
    }
    finish(length) {
        const { name, type, widenedAt } = this;
        const values = this.values.subarray(0, length);
        return widenedAt === undefined ? { name, type, values } : { name, type, values, widenedAt };
    }
}
class StringBuilder {
    name;
    type;
    codes = new Int32Array(0);
    spare = [];
    dictionary = new StringDictionary();
    json = { digits: false };
    constructor(name, type) {
        this.name = name;
        this.type = type;
    }
    recycle(column) {
        if ("codes" in column)
            this.spare.push(new Int32Array(column.codes.buffer));
    }
    releaseSpares() {
        (0,release_array/* releaseArrays */.E)(...this.spare.splice(0));
    }
    start(capacity) {
        this.codes = reusedOr(this.spare, capacity, Int32Array);
        // A categorical dictionary lives as long as the read, so codes agree across batches.
        if (this.type === "text")
            this.dictionary.clear();
    }
    grow(capacity) {
        this.codes = resized(this.codes, capacity);
    }
    appendBytes(buf, start, end, row) {
        this.codes[row] = this.dictionary.codeOfBytes(buf, start, end);
        return undefined;
    }
    appendPlain(buf, start, end, row, delimiter) {
        return appendPlainBytes(this, buf, start, end, row, delimiter);
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
        return this.appendText(valueText(value, this.json), row);
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
/**
 * A builder for a column of the given type, read as its schema field, if any, declares; an
 * inferred integer widens to numeric where `widenIntegers`.
 */
function columnBuilder(name, type, field, widenIntegers = false) {
    return type === "categorical" || type === "text"
        ? new StringBuilder(name, type)
        : new NumericBuilder(name, type, isDeclared(field), dateForms(field), widenIntegers);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/bytes-builder.js




/** A batch's bytes are indexed by 32-bit offsets. */
const MAX_BATCH_BYTES = 2 ** 32 - 1;
/** Bytes a batch starts with per row of room, before it grows. */
const START_BYTES_PER_ROW = 8;
/**
 * Fills a column read as bytes (`ReadOptions.byteColumns`, `textAsBytes`): each cell's bytes
 * are copied after the previous cell's, so that a batch makes three arrays and no string. Cells
 * come in row order, one per row, as every reader appends them.
 */
class BytesBuilder {
    name;
    type = "text";
    bytes = new Uint8Array(0);
    starts = new Uint32Array(1);
    missing = new Uint8Array(0);
    end = 0;
    /** The arrays of batches given back (`TableTyping.recycle`), for later batches. */
    spareBytes = [];
    spareStarts = [];
    spareMissing = [];
    json = { digits: false };
    constructor(name) {
        this.name = name;
    }
    start(capacity) {
        // A refilled bytes array may have any length: it grows as the cells need.
        this.bytes = this.spareBytes.pop() ?? new Uint8Array(capacity * START_BYTES_PER_ROW);
        this.starts = reusedOr(this.spareStarts, capacity + 1, Uint32Array);
        this.missing = reusedOr(this.spareMissing, capacity, Uint8Array).fill(0);
        this.end = 0;
    }
    recycle(column) {
        if (!("bytes" in column))
            return;
        this.spareBytes.push(new Uint8Array(column.bytes.buffer));
        this.spareStarts.push(new Uint32Array(column.starts.buffer));
        this.spareMissing.push(new Uint8Array(column.missing.buffer));
    }
    releaseSpares() {
        (0,release_array/* releaseArrays */.E)(...this.spareBytes.splice(0), ...this.spareStarts.splice(0), ...this.spareMissing.splice(0));
    }
    grow(capacity) {
        this.starts = resized(this.starts, capacity + 1);
        this.missing = resized(this.missing, capacity);
    }
    /**
     * Starts row `row`'s cell where the row before it ends, so that a row appended again
     * replaces its cell, with room for `more` bytes; a problem when a batch would pass 4 GiB.
     */
    reserve(row, more) {
        this.end = this.starts[row];
        const needed = this.end + more;
        if (needed > MAX_BATCH_BYTES)
            return "the column's cells in one batch exceed 4 GiB";
        if (needed > this.bytes.length) {
            const length = Math.max(needed, 2 * this.bytes.length);
            this.bytes = resized(this.bytes, Math.min(length, MAX_BATCH_BYTES));
        }
        return undefined;
    }
    appendBytes(buf, start, end, row) {
        const problem = this.reserve(row, end - start);
        if (problem !== undefined)
            return problem;
        const bytes = this.bytes;
        // A loop, not `set(subarray)`: cells are short, and a view per cell costs more.
        let to = this.end;
        for (let i = start; i < end; i++, to++)
            bytes[to] = buf[i];
        this.end = to;
        this.starts[row + 1] = to;
        return undefined;
    }
    appendPlain(buf, start, end, row, delimiter) {
        return appendPlainBytes(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        const problem = this.reserve(row, maxTextBytes(text));
        if (problem !== undefined)
            return problem;
        this.end = writeTextBytes(text, this.bytes, this.end);
        this.starts[row + 1] = this.end;
        return undefined;
    }
    appendValue(value, row) {
        if (value === null || value === undefined) {
            this.appendMissing(row);
            return undefined;
        }
        return this.appendText(valueText(value, this.json), row);
    }
    appendMissing(row) {
        this.missing[row] = 1;
        this.end = this.starts[row];
        this.starts[row + 1] = this.end;
    }
    finish(length) {
        return {
            name: this.name,
            type: "text",
            bytes: this.bytes.subarray(0, this.end),
            starts: this.starts.subarray(0, length + 1),
            missing: this.missing.subarray(0, length),
        };
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/report/code-point.js
var code_point = __webpack_require__(77952);
;// CONCATENATED MODULE: ./shared/dist/engine/data/date-pattern.js

/**
 * A date or datetime field's `format` written with strptime's directives, as Table Schema and
 * Python write them (`%d/%m/%Y`, `%Y-%m-%d %H:%M`): compiled into a reader that turns a cell so
 * written into ISO 8601, which the column's builder reads. The directives read are those of
 * dates and times as data writes them; a pattern is anchored, each directive once, its
 * quantifiers bounded, so that a pattern from a contract cannot make a match slow.
 */
/** What a directive matches, and which part of the date or time it gives. */
const DIRECTIVES = {
    Y: { pattern: "(\\d{4})", part: "year" },
    y: { pattern: "(\\d{2})", part: "shortYear" },
    m: { pattern: "(\\d{1,2})", part: "month" },
    b: { pattern: "([A-Za-z]{3})", part: "monthName" },
    B: { pattern: "([A-Za-z]{3,9})", part: "monthName" },
    d: { pattern: "(\\d{1,2})", part: "day" },
    H: { pattern: "(\\d{1,2})", part: "hour" },
    I: { pattern: "(\\d{1,2})", part: "hour12" },
    p: { pattern: "([AaPp][Mm])", part: "meridiem" },
    M: { pattern: "(\\d{1,2})", part: "minute" },
    S: { pattern: "(\\d{1,2})", part: "second" },
    f: { pattern: "(\\d{1,6})", part: "fraction" },
    z: { pattern: "(Z|[+-]\\d{2}:?\\d{2})", part: "offset" },
};
/** The parts of a time of day, which a date field's pattern may read and not keep. */
const TIME_PARTS = ["hour", "hour12", "minute", "second", "fraction", "offset"];
/** The directives read, as an error lists them. */
const DATE_DIRECTIVES = "%Y %y %m %b %B %d %H %I %p %M %S %f %z %%";
/** The longest pattern taken: a date and a time fit in far fewer characters. */
const MAX_PATTERN_LENGTH = 64;
const MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/** Why a pattern cannot be read; the contract's loader says it with the field's line. */
class DatePatternError extends Error {
}
const two = (text) => text.padStart(2, "0");
/** Compiles `format`; throws `DatePatternError` saying what is wrong with it. */
function compileDatePattern(format) {
    if (format.length > MAX_PATTERN_LENGTH) {
        throw new DatePatternError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    }
    const parts = [];
    let source = "^";
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (/\s/.test(c)) {
            // As strptime: whitespace in the pattern takes any run of it.
            while (i + 1 < format.length && /\s/.test(format[i + 1]))
                i++;
            source += "\\s+";
        }
        else if (c !== "%") {
            source += c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
        }
        else if (format[i + 1] === "%") {
            source += "%";
            i++;
        }
        else {
            const name = format[i + 1];
            const directive = name === undefined ? undefined : DIRECTIVES[name];
            if (directive === undefined) {
                throw new DatePatternError(`has ${name === undefined ? "a % at its end" : `%${name}`}, which is not read (the directives read: ${DATE_DIRECTIVES})`);
            }
            if (parts.includes(directive.part))
                throw new DatePatternError(`has %${name} twice`);
            parts.push(directive.part);
            source += directive.pattern;
            i++;
        }
    }
    checkParts(parts);
    // As strptime, letters match in either case (`t` for `T`, `pm` for `PM`).
    const expression = new RegExp(`${source}$`, "i");
    return (text, withTime) => {
        const match = expression.exec(text);
        return match === null ? undefined : isoText(parts, match, withTime);
    };
}
/** A pattern names its year, and a 12-hour clock its half of the day. */
function checkParts(parts) {
    if (!parts.includes("year") && !parts.includes("shortYear")) {
        throw new DatePatternError("has no year (%Y, or %y for two digits)");
    }
    if (parts.includes("hour12") !== parts.includes("meridiem")) {
        throw new DatePatternError("has one of %I and %p without the other (a 12-hour clock needs both)");
    }
    if (parts.includes("hour") && parts.includes("hour12")) {
        throw new DatePatternError("has both %H and %I");
    }
}
/** The ISO 8601 text of what `match` read, or `undefined` for a month name that is none. */
function isoText(parts, match, withTime) {
    const read = new Map(parts.map((part, i) => [part, match[i + 1]]));
    const shortYear = read.get("shortYear");
    // As strptime: 69-99 are 1969-1999, 00-68 are 2000-2068.
    const year = read.get("year") ?? `${Number(shortYear) >= 69 ? "19" : "20"}${shortYear}`;
    let month = read.get("month") ?? "1";
    const name = read.get("monthName")?.toLowerCase();
    if (name !== undefined) {
        const index = MONTHS.findIndex((full) => full === name || full.slice(0, 3) === name);
        if (index < 0)
            return undefined;
        month = String(index + 1);
    }
    const date = `${year}-${two(month)}-${two(read.get("day") ?? "1")}`;
    if (!withTime && !TIME_PARTS.some((part) => read.has(part)))
        return date;
    let hour = read.get("hour") ?? "0";
    const hour12 = read.get("hour12");
    if (hour12 !== undefined) {
        const h = Number(hour12);
        if (h < 1 || h > 12)
            return undefined;
        hour = String((h % 12) + (read.get("meridiem").toLowerCase() === "pm" ? 12 : 0));
    }
    const fraction = read.get("fraction");
    const time = `${two(hour)}:${two(read.get("minute") ?? "0")}:${two(read.get("second") ?? "0")}`;
    const iso = `${date}T${time}${fraction === undefined ? "" : `.${fraction}`}${read.get("offset") ?? ""}`;
    if (withTime)
        return iso;
    // A date field keeps the date of a date and time, once the time is one (25 o'clock is not).
    return Number.isNaN(parseDatetime(iso)) ? undefined : date;
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/cell-spelling.js




/** Why a number past 2^53 is not read as the digits a pattern reads. */
const ROUNDED_DIGITS = `is beyond ${EXACT_INTEGERS}, where a number holds its digits only rounded, which could read as another date: write the value as text (in JSON, a string)`;
/** Table Schema's default words of a boolean, which a list of the field's own replaces. */
const DEFAULT_TRUE = ["true", "True", "TRUE", "1"];
const DEFAULT_FALSE = ["false", "False", "FALSE", "0"];
const isDigit = (c) => c >= "0" && c <= "9";
/** The field's own spelling, or `undefined` for a field that keeps the default. */
function spellingOf(field) {
    if (field === undefined)
        return undefined;
    const { format } = field;
    if ((field.type === "date" || field.type === "datetime") &&
        format !== undefined &&
        format !== "default" &&
        format !== "any") {
        return datePatternSpelling(format, field.type === "datetime");
    }
    if (field.type === "boolean" && (field.trueValues || field.falseValues)) {
        return booleanSpelling(field.trueValues ?? DEFAULT_TRUE, field.falseValues ?? DEFAULT_FALSE);
    }
    const numeric = field.type === "number" || field.type === "integer";
    if (!numeric || (!field.decimalChar && !field.groupChar && field.bareNumber !== false)) {
        return undefined;
    }
    return numberSpelling(field.type === "integer" ? "an integer" : "a number", field.decimalChar ?? ".", field.groupChar, field.bareNumber !== false);
}
function booleanSpelling(trueValues, falseValues) {
    const truths = new Set(trueValues);
    const falsehoods = new Set(falseValues);
    const described = `trueValues ${trueValues.join(", ")}; falseValues ${falseValues.join(", ")}`;
    return {
        read: (text) => (truths.has(text) ? "true" : falsehoods.has(text) ? "false" : undefined),
        unread: `is none of the field's ${described}`,
        described,
        expected: `true or false (${described})`,
    };
}
/**
 * Dates written as `format` says. A cell so written that is no date (`31/02/2024`) is refused
 * by the column's builder, and told as one not so written.
 */
function datePatternSpelling(format, withTime) {
    const reader = compileDatePattern(format);
    const described = `written as ${format}`;
    const unread = `is not a ${withTime ? "date and time" : "date"} ${described}`;
    return {
        read: (text) => reader(text, withTime),
        unread,
        described,
        expected: `a ${withTime ? "date and time" : "date"} ${described}`,
        refused: () => unread,
        // The pattern says how every value is written, a number's digits too: not milliseconds.
        numberUnread: `${unread}, as the digits of a number are read where the field has a format (without one, a number is milliseconds since 1970)`,
    };
}
/**
 * A character a message names: quoted, and by its code point too where it is a space other than
 * the plain one (a no-break space, a narrow one), which quotes alone show as a plain space.
 */
const namedCharacter = (c) => c !== " " && /^\p{Zs}$/u.test(c) ? `${JSON.stringify(c)} (${(0,code_point/* codePoint */.y)(c)})` : JSON.stringify(c);
function numberSpelling(kind, decimal, group, bare) {
    const described = `written with ${[
        ...(kind === "an integer" ? [] : [`${JSON.stringify(decimal)} for decimals`]),
        ...(group === undefined ? [] : [`${namedCharacter(group)} between groups of digits`]),
        ...(bare ? [] : ["text such as a currency or a percent sign around it"]),
    ].join(", ")}`;
    return {
        read(text) {
            // NaN and INF, which a declared number takes, are words a unit's stripping would eat.
            if (parseSpecialNumber(text) !== undefined)
                return text;
            let digits = bare ? text : unwrapped(text, decimal);
            if (digits !== undefined && group !== undefined)
                digits = ungrouped(digits, group);
            if (digits === undefined)
                return undefined;
            // A point where a comma is the decimal character is not a number's.
            if (decimal === ".")
                return digits;
            // A second decimal character is left as it is, which no number takes.
            return digits.includes(".") ? undefined : digits.replace(decimal, ".");
        },
        unread: `is not ${kind} ${described}`,
        described,
        expected: `${kind} ${described}`,
    };
}
/**
 * Marks of a negative number that dropping the text around it would lose: a minus or dash
 * other than `-`, an accountant's parentheses, or a sign after the number (`1,5-`).
 */
const NEGATIVE_MARKS = /[()\u2012-\u2015\u2212\ufe63\uff0d]/;
/**
 * The number inside text such as `€95`, `-$5.00`, `95 %` or `EUR 1,5`: what lies before its
 * first digit (or decimal character) and after its last digit is dropped, but for one sign
 * before it, so that `-$5` and `$-5` read as -5. `undefined` where the dropped text may make it
 * negative in a way no number says (`(5)`, `−5`, `5-`), which is no number rather than a
 * wrong one.
 */
function unwrapped(text, decimal) {
    let first = 0;
    let sign = "";
    while (first < text.length && !isDigit(text[first]) && text[first] !== decimal) {
        const c = text[first];
        if (c === "-" || c === "+") {
            if (sign !== "")
                return undefined;
            sign = c;
        }
        first++;
    }
    let last = text.length;
    while (last > first && !isDigit(text[last - 1]))
        last--;
    if (first === last)
        return undefined;
    const dropped = text.slice(0, first) + text.slice(last);
    if (NEGATIVE_MARKS.test(dropped) || /[-+]/.test(text.slice(last)))
        return undefined;
    return sign + text.slice(first, last);
}
/**
 * `digits` without its group characters, where they group the whole number's digits as
 * numbers are written: in threes (`1,234,567`), or in twos before the last three
 * (`12,34,567`, as in India); `undefined` otherwise (`1,5`, `1.5.5`, a group after the decimal
 * character), which is no number rather than one ten times too large.
 */
function ungrouped(digits, group) {
    if (!digits.includes(group))
        return digits;
    const sign = digits[0] === "-" || digits[0] === "+" ? 1 : 0;
    let end = sign;
    while (end < digits.length && (isDigit(digits[end]) || digits[end] === group))
        end++;
    if (digits.includes(group, end))
        return undefined;
    const groups = digits.slice(sign, end).split(group);
    const first = groups.shift().length;
    const last = groups.pop().length;
    const inThrees = groups.every((g) => g.length === 3);
    const inTwos = first <= 2 && groups.every((g) => g.length === 2);
    if (first === 0 || first > 3 || last !== 3 || !(inThrees || inTwos))
        return undefined;
    return digits.slice(0, sign) + digits.slice(sign, end).replaceAll(group, "") + digits.slice(end);
}
/** The builder of a column whose field has a spelling of its own, else the builder itself. */
function spelledBuilder(builder, spelling) {
    return spelling === undefined ? builder : new SpelledCellsBuilder(builder, spelling);
}
/**
 * A column whose field spells its values its own way: each cell is turned into the default
 * spelling and read by the column's own builder, and a cell that is neither is told against
 * the field's spelling. Cells are read from their text, never by the fused path's scan.
 */
class SpelledCellsBuilder {
    inner;
    spelling;
    name;
    type;
    constructor(inner, spelling) {
        this.inner = inner;
        this.spelling = spelling;
        this.name = inner.name;
        this.type = inner.type;
    }
    start(capacity) {
        this.inner.start(capacity);
    }
    grow(capacity) {
        this.inner.grow(capacity);
    }
    appendBytes(buf, start, end, row) {
        return this.appendText(buf.toString("utf8", start, end), row);
    }
    appendPlain(buf, start, end, row, delimiter) {
        return appendPlainBytes(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        const { spelling } = this;
        const read = spelling.read(text);
        if (read === undefined)
            return `${quoteCell(text)} ${spelling.unread}`;
        const problem = this.inner.appendText(read, row);
        if (problem === undefined)
            return undefined;
        // The builder's reason, about the cell as the data writes it.
        const quoted = `${quoteCell(read)} `;
        const reason = problem.startsWith(quoted) ? problem.slice(quoted.length) : problem;
        return `${quoteCell(text)} ${spelling.refused?.(reason) ?? `${reason} (${spelling.described})`}`;
    }
    appendValue(value, row) {
        if (typeof value === "string")
            return this.appendText(value, row);
        const { numberUnread } = this.spelling;
        const number = typeof value === "number" || typeof value === "bigint";
        // NaN, a float column's missing value, has no digits to read: the builder holds it missing.
        if (numberUnread === undefined || !number || Number.isNaN(value)) {
            return this.inner.appendValue(value, row);
        }
        const text = String(value);
        // Past 2^53 a double's digits are not all those written (JSON.parse rounds a long integer
        // where Node keeps no source, and a float is rounded as written): read by the pattern, they
        // would make another instant, silently. A bigint is exact.
        if (typeof value === "number" && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
            return `${text} ${ROUNDED_DIGITS}`;
        }
        return this.appendText(text, row) && `${text} ${numberUnread}`;
    }
    appendMissing(row) {
        this.inner.appendMissing(row);
    }
    finish(length) {
        return this.inner.finish(length);
    }
    recycle(column) {
        this.inner.recycle(column);
    }
    releaseSpares() {
        this.inner.releaseSpares();
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(28835);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(37629);
;// CONCATENATED MODULE: ./shared/dist/engine/data/table-typing.js












/** Whether the plain path could read `text` as a value of a `type` column (any text, for strings). */
function spellsValue(type, text) {
    switch (type) {
        case "numeric":
        case "integer":
            // The plain path reads numbers as written; NaN, INF and padding only the other path reads,
            // which a text this takes for a number sends the column's cells to first: the safe side.
            return !Number.isNaN(parseNumberText(text));
        case "boolean":
            return !Number.isNaN(declaredBoolean(text));
        case "datetime":
            return !Number.isNaN(parseDatetime(text));
        default:
            return true;
    }
}
/**
 * The columns of `names` the caller does not use (`ReadOptions.usedColumns`), but those it asks
 * for as bytes (`byteColumns`): their values are never typed, and a Parquet file's never decoded.
 */
function unusedColumns(names, options) {
    const { only, prefixes, except = [] } = options.usedColumns ?? {};
    const used = (only || prefixes) && new Set(only);
    const isUsed = (name) => used === undefined || used.has(name) || prefixes?.some((prefix) => name.startsWith(prefix));
    const left = new Set(except);
    const asked = new Set(options.byteColumns);
    return new Set(names.filter((name) => (!isUsed(name) || left.has(name)) && !asked.has(name)));
}
/** The columns read as bytes: those the options name, and those the caller does not use. */
function bytesColumns(names, options) {
    return new Set([...(options.byteColumns ?? []), ...unusedColumns(names, options)]);
}
/**
 * Rows the first batch of a read has room for before it grows, unless the file's size promises
 * more (`expectRows`): few, so that a file of a few rows holds room for a few rows of each
 * column, where 1,024 rows of 20,000 columns took 160 MB before a row was read. Doubling up to a
 * full batch copies the rows read so far once more at most.
 */
const FIRST_CAPACITY = 16;
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
    /**
     * Per column: whether a cell's bytes may go straight to its builder's plain path
     * (`appendPlainRow`), which takes an empty cell as missing and any other as a value. So when
     * the empty string is the only missing value (the common case), or when the column is a
     * number, date or boolean that no other missing value spells: a missing value such as `NA`
     * then fails the plain path, and the row is read again by the path that knows it.
     */
    plainMissing;
    /** Per column, whether a missing value is more than the empty cell: one a number may spell. */
    spellsMissing;
    /** Per column, the first bytes of its non-empty missing values, for a fast "not missing". */
    missingFirstBytes;
    batchSize;
    /** Input bytes after which a batch ends, short of `batchSize` rows (`ReadOptions.batchBytes`). */
    batchBytes;
    rows = 0;
    /** The input bytes of the rows of the batch in progress, as the readers count them. */
    bytes = 0;
    /** Rows the batch in progress has room for. */
    capacity = 0;
    /**
     * The rows of the last batch that filled (to `batchSize` rows or `batchBytes` bytes), 0 before
     * one has: the data is large, and later batches start with room for as many.
     */
    filledRows = 0;
    /** How many rows the read is expected to hold (`expectRows`), for its first batch. */
    expected = 0;
    rowOffset = 0;
    lineNumbers = new Float64Array(0);
    /** The line numbers of batches given back (`reuseBatches`, `recycle`), for later batches. */
    spareLines = [];
    reuseBatches;
    ready = [];
    file = "";
    /** The columns no JSON Lines row has had as a key so far (`noteKeys`); none after a header. */
    absentKeys;
    /** How many rows the types were read from, where the reader read them from rows (`Batch`). */
    typedRows;
    /** JSON Lines keys that are no column, where each first appears (`noteLateKeys`). */
    lateKeys = [];
    /** The columns' names as a set, made for the first row that has a key they lack. */
    nameSet;
    onInvalidCell;
    /** The caller's fix for a cell that stops the read, when it has its own. */
    invalidCellFix;
    constructor(names, types, 
    /** Per column, its field in the schema, which decides how its builder reads it. */
    fields, missing, options) {
        this.names = names;
        this.types = types;
        const bytes = bytesColumns(names, options);
        // Each field's own spelling, made once: a date's pattern is compiled into an expression.
        const spellings = fields.map(spellingOf);
        const widen = options.widenIntegers ?? false;
        this.builders = names.map((name, i) => bytes.has(name) || (options.textAsBytes && types[i] === "text")
            ? new BytesBuilder(name)
            : spelledBuilder(columnBuilder(name, types[i], fields[i], widen), spellings[i]));
        this.missingText = missing.map((list) => new Set(list));
        this.spellsMissing = missing.map((list) => list.some((m) => m !== ""));
        this.missingBytes = missing.map((list) => list.map((m) => Buffer.from(m, "utf8")));
        this.missingFirstBytes = this.missingBytes.map((list) => {
            const first = new Uint8Array(256);
            for (const m of list)
                if (m.length > 0)
                    first[m[0]] = 1;
            return first;
        });
        this.plainMissing = missing.map(
        // A field's own spelling may make a missing value spell a value: its cells take the
        // path that asks whether a cell is missing first.
        (list, i) => list.includes("") &&
            spellings[i] === undefined &&
            list.every((m) => m === "" || !spellsValue(types[i], m)));
        this.batchSize = Math.max(1, options.batchSize ?? read_options/* DEFAULT_BATCH_SIZE */.jg);
        this.batchBytes = Math.max(1, options.batchBytes ?? read_options/* DEFAULT_BATCH_BYTES */.vV);
        this.onInvalidCell = options.onInvalidCell;
        this.invalidCellFix = options.invalidCellFix;
        this.reuseBatches = options.reuseBatches ?? false;
    }
    /**
     * Hands an invalid cell of row `row` (CSV's text, or a JSON or Parquet value) to the read's
     * `onInvalidCell` and stores it as missing; false when the read has no such hook, and the
     * reader throws.
     */
    acceptInvalid(column, row, line, cell) {
        if (this.onInvalidCell === undefined)
            return false;
        const builder = this.builders[column];
        builder.appendMissing(row);
        const number = typeof cell === "number" || typeof cell === "bigint";
        this.onInvalidCell(builder.name, line, valueText(cell), this.rowOffset + row, number);
        return true;
    }
    /**
     * Types the columns: a declared field decides (see `declaredType`), else the sample decides
     * (see `inferType`). `sample(i, missing)` gives column i's values as text, those among its
     * missing values `missing` left out, asked for at most once per column (not for one read as
     * bytes, nor for a declared number, date or boolean), so that a reader decodes one column at
     * a time, and only those typed from text;
     * `known[i]`, when set, is a type the format itself carries (Parquet), used unless the schema
     * declares one: `categorical` for the format's strings, which their sample makes dates,
     * categories or text (`stringColumnType`); `text` for other values written as text (a list's
     * JSON, a 64-bit id), which their sample makes categories or text.
     */
    static create(file, names, sample, options, known = [], headerLine) {
        const fields = new Map();
        for (const field of options.schema?.fields ?? [])
            fields.set(field.name, field);
        const present = new Set(names);
        for (const name of fields.keys()) {
            if (!present.has(name) && !options.schema?.fieldsMayBeAbsent) {
                throw new data_error/* DataError */.fL(file, `the schema declares a column '${name}' that the data does not have`, `The data has: ${names.join(", ")}`, headerLine, undefined, name);
            }
        }
        refuseRepeatedNames(file, names, headerLine ?? 1);
        const types = [];
        const columnFields = [];
        const missing = [];
        const text = new Set(options.textColumns);
        const bytes = bytesColumns(names, options);
        names.forEach((name, i) => {
            const field = fields.get(name) ?? (text.has(name) ? { name, type: "string" } : undefined);
            columnFields.push(field);
            const own = (0,read_options/* missingValuesFor */.Cs)(name, options, fields.get(name));
            missing.push(own);
            const values = () => sample(i, new Set(own));
            if (bytes.has(name)) {
                types.push("text");
                return;
            }
            const fromFormat = known[i];
            if (isDeclared(field) || fromFormat === undefined) {
                // A declared number, date or boolean is typed without decoding its sample.
                const fixed = field && fixedType(field);
                types.push(fixed ??
                    (field
                        ? declaredType(field, values(), options.inference)
                        : inferType(values(), options.inference)));
            }
            else if (fromFormat === "categorical") {
                types.push(stringColumnType(values(), options.inference));
            }
            else if (fromFormat === "text") {
                types.push(stringKind(values(), options.inference));
            }
            else
                types.push(fromFormat);
        });
        return new TableTyping(names, types, columnFields, missing, options);
    }
    /** Whether `text` is a missing value of column `column`. */
    isMissingText(column, text) {
        return this.missingText[column].has(text);
    }
    /**
     * Whether a JSON value is a missing value of column `column`: a string by its text, a number
     * or boolean by the text it would have in a CSV file (`-999` where `"-999"` is missing), so
     * that a format does not change what is missing.
     */
    isMissingJson(column, value) {
        const missing = this.missingText[column];
        if (typeof value === "string")
            return missing.has(value);
        return this.spellsMissing[column] && missing.has(String(value));
    }
    /** Whether `buf[start, end)` is a missing value of column `column`. */
    isMissingBytes(column, buf, start, end) {
        const length = end - start;
        if (length === 0)
            return this.missingText[column].has("");
        if (this.missingFirstBytes[column][buf[start]] === 0)
            return false;
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
    /**
     * Starts the rows of a new file. `keyed` is a JSON Lines file's, whose rows name their keys
     * (`noteKeys`); a file with a header has every column of the read, or is refused by it.
     */
    beginFile(file, keyed = false) {
        this.flush();
        this.file = file;
        if (!keyed)
            this.absentKeys = [];
    }
    /** The row index, in the current batch, for the next row; starts a batch when needed. */
    nextRow() {
        if (this.rows === this.capacity)
            this.makeRoom();
        return this.rows;
    }
    /**
     * Tells how many rows the read is expected to hold, from the size of its first file, and about
     * how many bytes a row takes: its first batch then starts with room for them, up to a full
     * batch (in rows, or in the rows that `batchBytes` holds), rather than growing to it.
     */
    expectRows(rows, rowBytes) {
        this.expected = Math.min(rows, Math.ceil(this.batchBytes / Math.max(1, rowBytes)));
    }
    /**
     * The first batch of a read starts small, or as large as the rows expected, and doubles, so
     * that a small file of many columns does not hold a full batch of each; once a batch has
     * filled, the next ones start with room for as many rows as it held.
     */
    makeRoom() {
        const capacity = this.rows === 0 && this.filledRows > 0
            ? this.filledRows
            : Math.min(this.batchSize, Math.max(FIRST_CAPACITY, this.capacity * 2, this.expected));
        if (this.rows === 0) {
            this.lineNumbers = reusedOr(this.spareLines, capacity, Float64Array);
            for (const builder of this.builders)
                builder.start(capacity);
        }
        else {
            this.lineNumbers = resized(this.lineNumbers, capacity);
            for (const builder of this.builders)
                builder.grow(capacity);
        }
        this.capacity = capacity;
    }
    /**
     * Notes the keys of a JSON Lines row, which has no header to tell a column it lacks from one
     * whose values are missing. Once every column has been seen, costs nothing.
     */
    noteKeys(row) {
        const absent = (this.absentKeys ??= [...this.names]);
        for (let i = absent.length - 1; i >= 0; i--) {
            if (Object.hasOwn(row, absent[i]))
                absent.splice(i, 1);
        }
    }
    /**
     * Notes the keys of a JSON Lines row on `line` that are no column, which the reader calls for
     * a row with more keys than it has columns: such a key first appeared after the rows that
     * typing looked at, and is not read. Bounded by `MAX_LATE_KEYS`.
     */
    noteLateKeys(row, line) {
        const late = this.lateKeys;
        if (late.length >= MAX_LATE_KEYS)
            return;
        const names = (this.nameSet ??= new Set(this.names));
        for (const name of Object.keys(row)) {
            if (names.has(name) || late.some((key) => key.name === name))
                continue;
            late.push({ name, file: this.file, line });
            if (late.length === MAX_LATE_KEYS)
                return;
        }
    }
    /**
     * Ends the row begun by `nextRow`, which took `bytes` of the input (its line, for CSV and JSON
     * Lines; none where a reader does not count them, as Parquet's, whose row groups are decoded
     * whole). The batch ends at `batchSize` rows, or sooner once its rows took `batchBytes`: rows of
     * long text would otherwise make batches of hundreds of MB, a few of them in flight at once.
     */
    endRow(line, bytes = 0) {
        this.lineNumbers[this.rows] = line;
        this.rows++;
        this.bytes += bytes;
        if (this.rows === this.batchSize || this.bytes >= this.batchBytes) {
            this.filledRows = this.rows;
            this.flush();
        }
    }
    /** Closes the batch in progress, if it has rows. */
    flush() {
        if (this.rows === 0)
            return;
        this.ready.push(this.makeBatch(this.rows));
        this.rowOffset += this.rows;
        this.rows = 0;
        this.bytes = 0;
        this.capacity = 0;
    }
    /** An empty batch naming the columns, for a dataset with no rows. */
    emptyBatch() {
        for (const builder of this.builders)
            builder.start(0);
        this.lineNumbers = new Float64Array(0);
        return this.makeBatch(0);
    }
    /**
     * Yields the batches completed since the last call, marked with how far into its file the
     * reader is (`Batch.fileBytesRead`). With `reuseBatches`, a batch's arrays go back to the
     * builders once the caller asks for the next batch.
     */
    *take(fileBytesRead) {
        for (const batch of this.ready.splice(0, this.ready.length)) {
            yield { ...batch, fileBytesRead };
            if (this.reuseBatches)
                this.recycle(batch);
        }
    }
    /**
     * Takes a batch's arrays back, to be refilled by later batches: nothing else may use them.
     * `reuseBatches` does it when the caller asks for the next batch; a reader whose batches come
     * back later (from another thread) calls it itself.
     */
    recycle(batch) {
        this.spareLines.push(new Float64Array(batch.lineNumbers.buffer));
        for (const builder of this.builders)
            builder.recycle(batch_columnOf(batch, builder.name));
    }
    /**
     * At the end of the read: frees the arrays of the batches given back, which would otherwise
     * wait for a garbage collection.
     */
    releaseSpares() {
        (0,release_array/* releaseArrays */.E)(...this.spareLines.splice(0));
        for (const builder of this.builders)
            builder.releaseSpares();
    }
    /** How many rows have been completed so far, over all files. */
    get rowCount() {
        return this.rowOffset + this.rows;
    }
    makeBatch(length) {
        const columns = new Map();
        const byteColumns = new Map();
        for (const builder of this.builders) {
            const column = builder.finish(length);
            if ("bytes" in column)
                byteColumns.set(builder.name, column);
            else
                columns.set(builder.name, column);
        }
        return {
            file: this.file,
            length,
            rowOffset: this.rowOffset,
            lineNumbers: this.lineNumbers.subarray(0, length),
            names: this.names,
            columns,
            ...(byteColumns.size > 0 && { byteColumns }),
            ...(this.absentKeys && this.absentKeys.length > 0 && { absentKeys: [...this.absentKeys] }),
            ...(this.lateKeys.length > 0 && { lateKeys: [...this.lateKeys] }),
            ...(this.typedRows !== undefined && { typedRows: this.typedRows }),
        };
    }
}
/** Refuses a column name given twice: which column a check or a key reads would be luck. */
function refuseRepeatedNames(file, names, line) {
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name)) {
            throw new data_error/* DataError */.fL(file, `two columns are named '${(0,shorten/* shorten */.ml)((0,escape_control/* lineBreaksShown */.cD)(name))}'`, "Give each column its own name", line, undefined, name);
        }
        seen.add(name);
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-files.js



/**
 * The batches of a file's rows not yet yielded: at its end, or before the error that stops the
 * read, so that a caller checking rows as they come (validate-data) covers every row before
 * the one that stopped it, even in the first batch.
 */
function* rowsLeft(rows, context, bytesRead) {
    rows.startTyping();
    context.typing?.flush();
    if (context.typing)
        yield* context.typing.take(bytesRead);
}
/**
 * `rowsLeft` before `error`, which the reader throws next. Where typing those rows fails in turn
 * (a schema naming a column the file lacks, a kept cell that fails its declared type), nothing
 * is yielded and `error` is thrown: it is the one the read stopped at, not the typing's.
 */
function* rowsBefore(error, rows, context, bytesRead) {
    try {
        yield* rowsLeft(rows, context, bytesRead);
    }
    catch {
        throw error;
    }
}
/**
 * The columns of a dataset whose files have neither rows nor a header (a 0-byte CSV file, JSON
 * Lines without an object: a day without events): the schema's fields, typed as declared, when
 * it has some. Without, JSON Lines is a dataset of no rows and no columns (undefined), while an
 * empty CSV file is refused, as pandas refuses it: a CSV export writes its header even when it
 * has no rows.
 */
function typingWithoutRows(files, options) {
    const names = (options.schema?.fields ?? []).map((field) => field.name);
    const last = files.at(-1);
    if (last === undefined)
        return undefined;
    if (names.length > 0) {
        const typing = TableTyping.create(last, names, () => [], options);
        typing.beginFile(last);
        return typing;
    }
    const csv = files.find((file) => (options.format ?? (0,data_format/* formatOf */.b)(file)) === "csv");
    if (csv === undefined)
        return undefined;
    throw new data_error/* DataError */.fL(csv, "the file is empty: no header names its columns", "Write the header row, which makes a file of no rows, or read the file with a data contract that declares its columns", 1);
}
/**
 * Reads listed files in turn into the same columns, each with the reader of its format (the
 * readers are passed in, so that a reader's thread loads only those it needs). A dataset without
 * rows yields one empty batch that names its columns. The context is the caller's, who may
 * give batches back to its typing.
 */
async function* readFiles(files, context, readers) {
    const { options } = context;
    for (const file of files) {
        const format = options.format ?? (0,data_format/* formatOf */.b)(file);
        const reader = format === undefined ? undefined : readers[format];
        if (reader === undefined) {
            throw (0,data_error/* unknownFormat */.CX)(file);
        }
        yield* reader(file, context);
    }
    context.typing ??= typingWithoutRows(files, context.options);
    if (context.typing && context.typing.rowCount === 0)
        yield context.typing.emptyBatch();
    context.typing?.releaseSpares();
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-csv.js











// Read ahead of the parser, a larger read is no faster; each buffer is memory written once more.
const CHUNK_BYTES = 1 << 20;
/**
 * How to fix a row with another count of fields than the header. A header of one field that
 * holds another delimiter (`id;amount;share`) is that of a file delimited by it, whose rows
 * split at their commas (`1;1,5`): the delimiter is what to give.
 */
function raggedRowFix(names, given) {
    const [only] = names;
    const other = names.length === 1 ? [";", "\t", "|"].find((d) => d !== given && only.includes(d)) : undefined;
    return other === undefined
        ? "Give every row as many fields as the header, quoting fields that contain the delimiter"
        : `The header reads as one field: if the file is delimited by ${JSON.stringify(other)}, give that delimiter (--delimiter ${other === "\t" ? "tab" : `'${other}'`}, or the delimiter input)`;
}
/**
 * The name of a column whose header field is empty, as pandas names it (`Unnamed: 0` for the
 * index that `DataFrame.to_csv` and R's `write.csv` write first, `Unnamed: 3` for a spreadsheet's
 * empty column), so that it can be named in a selection or a contract like any other.
 */
const unnamedColumn = (index) => `Unnamed: ${index}`;
/** Turns tokenized rows into typed columns; keeps the first rows aside until typing is known. */
class CsvRows {
    file;
    context;
    fileBytes;
    delimiter;
    names;
    sample;
    constructor(file, context, 
    /** The file's size, when it is read as stored: with the rows kept, the rows to expect. */
    fileBytes, delimiter) {
        this.file = file;
        this.context = context;
        this.fileBytes = fileBytes;
        this.delimiter = delimiter;
        this.plain = plainRowsAllowed(delimiter);
    }
    /** Whether the delimiter lets rows take the fused path (`appendPlainRow`). */
    plain;
    plainRow(buf, pos, end, line) {
        const typing = this.context.typing;
        if (!this.plain || typing === undefined || this.names === undefined)
            return -1;
        return appendPlainRow(typing, buf, pos, end, this.delimiter, line);
    }
    row(buf, starts, ends, flags, count, line) {
        // A line of spaces or tabs alone is blank before the header and in a table of columns, as
        // pandas has it; in a file of one column it is a value.
        const blank = count === 1 && flags[0] === 0 && isSpacesOnly(buf, starts[0], ends[0]);
        if (this.names === undefined) {
            if (blank)
                return;
            const known = this.context.typing?.names;
            if (this.context.options.header ?? true) {
                const names = [];
                for (let i = 0; i < count; i++)
                    names.push(decodeField(buf, starts[i], ends[i], flags[i]) || unnamedColumn(i));
                if (known && known.join("\u0000") !== names.join("\u0000")) {
                    throw new data_error/* DataError */.fL(this.file, `the header (${names.join(", ")}) differs from the first file's (${known.join(", ")})`, "Give every file of the dataset the same columns in the same order", line);
                }
                this.names = names;
                this.headerLine = line;
                return;
            }
            this.names = known ? [...known] : Array.from({ length: count }, (_, i) => `column${i + 1}`);
        }
        if (count !== this.names.length) {
            if (blank)
                return;
            throw new data_error/* DataError */.fL(this.file, `this row has ${count} field${count === 1 ? "" : "s"}, the header has ${this.names.length}`, raggedRowFix(this.names, this.context.options.delimiter), line);
        }
        const typing = this.context.typing;
        if (typing === undefined) {
            this.sample ??= new CsvSample(this.file, count);
            this.sample.add(buf, starts, ends, flags, line);
            const { inferRows = read_options/* DEFAULT_INFER_ROWS */.r0, inferBytes = read_options/* DEFAULT_INFER_BYTES */.fN } = this.context.options;
            if (this.sample.rows >= inferRows || this.sample.spanBytes >= inferBytes)
                this.startTyping();
            return;
        }
        this.append(typing, buf, starts, ends, flags, line);
    }
    /** Appends a row of as many fields as the header to the typed columns. */
    append(typing, buf, starts, ends, flags, line) {
        const r = typing.nextRow();
        const builders = typing.builders;
        for (let i = 0; i < builders.length; i++) {
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
                    this.fail(typing, builder, problem, line);
            }
        }
        // The row's bytes from its first field's start to its last's end: its line, near enough.
        typing.endRow(line, ends[builders.length - 1] - starts[0]);
    }
    /** The line of the header row, or undefined without one. */
    headerLine;
    /** Types the columns from the rows kept so far, then feeds those rows through. */
    startTyping() {
        if (this.context.typing !== undefined || this.names === undefined)
            return;
        const names = this.names;
        const sample = this.sample;
        const typing = TableTyping.create(this.file, names, (i, missing) => sample?.values(i, missing) ?? [], this.context.options, [], this.headerLine);
        typing.beginFile(this.file);
        typing.typedRows = sample?.rows ?? 0;
        if (sample !== undefined && sample.rows > 0 && this.fileBytes !== undefined) {
            const rowBytes = sample.spanBytes / sample.rows;
            typing.expectRows(Math.ceil(this.fileBytes / rowBytes), rowBytes);
        }
        this.context.typing = typing;
        sample?.replay((buf, starts, ends, flags, line) => this.append(typing, buf, starts, ends, flags, line));
        this.sample = undefined;
    }
    fail(typing, column, problem, line) {
        throw new data_error/* DataError */.fL(this.file, `column '${column.name}' (${column.type}): ${problem}`, typing.invalidCellFix ??
            "Fix the value, add it to the missing values, or declare the column's type in the schema", line, undefined, column.name);
    }
}
/** Whether `buf[start, end)` is spaces and tabs alone, at least one. */
function isSpacesOnly(buf, start, end) {
    if (start === end)
        return false;
    for (let i = start; i < end; i++)
        if (!isPadding(buf[i]))
            return false;
    return true;
}
/**
 * Reads one CSV file (RFC 4180, gzip-compressed when named `.gz`) in 1 MiB reads through a
 * `ReadBuffer`, so that reading a plain file makes no garbage and memory holds two buffers
 * (and, while a row longer than the head room is read, one of about twice that row, up to
 * `maxLineBytes`) and the batch being filled, whatever the file's length.
 */
async function* readCsvFile(file, context) {
    const delimiterText = context.options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file) ? "\t" : ",");
    const delimiterBytes = Buffer.from(delimiterText, "utf8");
    if (delimiterBytes.length !== 1 || delimiterBytes[0] === 0x22 || delimiterBytes[0] === 0x0a) {
        throw new data_error/* DataError */.fL(file, `the delimiter ${JSON.stringify(delimiterText)} is not one byte`);
    }
    const tokenizer = new CsvTokenizer(file, delimiterBytes[0], context.options.maxLineBytes ?? read_options/* DEFAULT_MAX_LINE_BYTES */.i$, read_options/* MAX_COLUMNS */.ZS);
    // A bad byte's line, counted as the tokenizer counts lines: a lone CR inside a quoted field is
    // no line end in most files.
    const lineEnds = (buf, end) => tokenizer.lineEnds(buf, end);
    context.typing?.beginFile(file);
    const source = await openDataFileFor(file, context.options);
    const rows = new CsvRows(file, context, source.size, delimiterBytes[0]);
    const input = new ReadBuffer(source, CHUNK_BYTES);
    try {
        while (await input.fill()) {
            const { buf, start, end } = input;
            checkUtf8Read(file, buf.subarray(start, end), tokenizer.line, lineEnds);
            input.start = start + tokenizer.scan(buf.subarray(start, end), false, rows);
            if (context.typing)
                yield* context.typing.take(source.bytesRead);
        }
        const rest = input.rest();
        if (rest.length > 0) {
            checkUtf8(file, rest, tokenizer.line, lineEnds);
            tokenizer.scan(rest, true, rows);
        }
    }
    catch (error) {
        if (error instanceof data_error/* DataError */.fL)
            yield* rowsBefore(error, rows, context, source.bytesRead);
        throw error;
    }
    finally {
        await input.close();
    }
    yield* rowsLeft(rows, context, source.bytesRead);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./shared/dist/engine/data/batch-transfer.js



/** The buffers under a batch message's arrays, to transfer with it. */
function buffersOf(message) {
    if (message.kind !== "batch")
        return [];
    const arrays = [message.lineNumbers];
    for (const column of message.columns) {
        if ("values" in column)
            arrays.push(column.values);
        else if ("codes" in column)
            arrays.push(column.codes);
        else
            arrays.push(column.bytes, column.starts, column.missing);
    }
    return arrays.map((array) => array.buffer);
}
/** The reading thread's side: a batch as a message, its arrays as they are. */
class BatchPacker {
    /** Per categorical column, how many dictionary entries the other thread has. */
    sent = new Map();
    pack(batch, calls) {
        const columns = [];
        for (const name of batch.names) {
            const column = columnOf(batch, name);
            if (column !== undefined)
                columns.push(this.packColumn(column));
        }
        return {
            kind: "batch",
            ...calls,
            file: batch.file,
            length: batch.length,
            rowOffset: batch.rowOffset,
            fileBytesRead: batch.fileBytesRead,
            names: batch.names,
            lineNumbers: batch.lineNumbers,
            columns,
            hasByteColumns: batch.byteColumns !== undefined,
            absentKeys: batch.absentKeys,
            lateKeys: batch.lateKeys,
            typedRows: batch.typedRows,
        };
    }
    packColumn(column) {
        if (!("codes" in column))
            return column;
        const { name, type, codes } = column;
        // A categorical dictionary only grows during a read: only its new entries cross.
        const from = type === "categorical" ? (this.sent.get(name) ?? 0) : 0;
        if (type === "categorical")
            this.sent.set(name, column.dictionary.length);
        return { name, type, codes, from, added: column.dictionary.slice(from) };
    }
}
/**
 * The arrays of a batch sent as `message`, on the buffers the caller gave back (in `buffersOf`
 * order), each the whole buffer: what the reader's typing takes back (`TableTyping.recycle`).
 * A dictionary-encoded column comes back without its dictionary.
 */
function givenBack(message, buffers) {
    let next = 0;
    const take = () => buffers[next++];
    const lineNumbers = new Float64Array(take());
    const columns = new Map();
    const byteColumns = new Map();
    for (const { name, type, ...arrays } of message.columns) {
        if ("values" in arrays)
            columns.set(name, { name, type, values: new Float64Array(take()) });
        else if ("codes" in arrays) {
            columns.set(name, { name, type, codes: new Int32Array(take()), dictionary: [] });
        }
        else {
            const [bytes, starts, missing] = [take(), take(), take()];
            byteColumns.set(name, {
                name,
                type: "text",
                bytes: new Uint8Array(bytes),
                starts: new Uint32Array(starts),
                missing: new Uint8Array(missing),
            });
        }
    }
    const { file, rowOffset, names } = message;
    return { file, length: 0, rowOffset, lineNumbers, names, columns, byteColumns };
}
/** The caller's side: batches as the reader made them, from the messages. */
class BatchUnpacker {
    /** Per categorical column, the last batch's dictionary (never changed once handed out). */
    dictionaries = new Map();
    unpack(message) {
        const columns = new Map();
        const byteColumns = new Map();
        for (const column of message.columns) {
            if ("bytes" in column)
                byteColumns.set(column.name, column);
            else if ("values" in column)
                columns.set(column.name, column);
            else {
                const { name, type, codes, from, added } = column;
                const dictionary = from === 0 ? added : this.dictionaries.get(name).slice(0, from).concat(added);
                this.dictionaries.set(name, dictionary);
                columns.set(name, { name, type, codes, dictionary });
            }
        }
        return {
            file: message.file,
            length: message.length,
            rowOffset: message.rowOffset,
            lineNumbers: message.lineNumbers,
            names: message.names,
            columns,
            ...(message.hasByteColumns && { byteColumns }),
            ...(message.fileBytesRead !== undefined && { fileBytesRead: message.fileBytesRead }),
            ...(message.absentKeys !== undefined && { absentKeys: message.absentKeys }),
            ...(message.lateKeys !== undefined && { lateKeys: message.lateKeys }),
            ...(message.typedRows !== undefined && { typedRows: message.typedRows }),
        };
    }
}
function describeError(error) {
    if (error instanceof DataError) {
        const { file, problem, fix, lineNumber, rowIndex, column } = error;
        return { kind: "data", file, problem, fix, lineNumber, rowIndex, column };
    }
    if (error instanceof InputError) {
        const { input, problem, fix } = error;
        return { kind: "input", input, problem, fix };
    }
    if (error instanceof MlopsError)
        return { kind: "user", message: error.message, fix: error.fix };
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { kind: "bug", name, message, ...(stack !== undefined && { stack }) };
}
/** The error again, on the caller's thread: a user's error keeps its class and its words. */
function errorFrom(message) {
    if (message.kind === "data") {
        const { file, problem, fix, lineNumber, rowIndex, column } = message;
        return new data_error/* DataError */.fL(file, problem, fix, lineNumber, rowIndex, column);
    }
    if (message.kind === "input")
        return new errors/* InputError */.dz(message.input, message.problem, message.fix);
    if (message.kind === "user")
        return new errors/* MlopsError */.IC(message.message, message.fix);
    const error = new Error(message.message);
    error.name = message.name;
    if (message.stack !== undefined)
        error.stack = message.stack;
    return error;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/reader-thread.js + 2 modules
var reader_thread = __webpack_require__(33219);
;// CONCATENATED MODULE: ./shared/dist/engine/data/read-in-worker.js




/**
 * Whether a read of `files` goes to a thread of its own (`ReadOptions.readInWorker`): CSV and
 * JSONL only (Parquet's reader decodes whole row groups, a different shape of work), and only
 * where the reader's script is there to run (from source, as in the tests, it is not).
 */
async function readsInWorker(files, options) {
    const when = options.readInWorker ?? "never";
    if (when === "never" || !(0,reader_thread/* readerScriptExists */.dg)())
        return false;
    const formats = files.map((file) => options.format ?? (0,data_format/* formatOf */.b)(file));
    if (!formats.every((format) => format === "csv" || format === "jsonl"))
        return false;
    if (when === "always")
        return true;
    let bytes = 0;
    for (const file of files)
        bytes += (await (0,promises_.stat)(file)).size;
    return bytes >= reader_thread/* WORKER_MIN_BYTES */.aC;
}
/**
 * Reads `files` on a thread of its own, yielding the very batches an in-thread read yields (and
 * calling `onInvalidCell` for the same cells, each before the batch holding its row): while the
 * caller works on one batch, the next is being read. The thread is stopped when the caller stops
 * asking, and never keeps the process alive while the caller holds a batch.
 */
async function* readInWorker(files, options) {
    const { onInvalidCell, onFileDigest, ...plain } = options;
    const request = {
        files,
        options: plain,
        reportsInvalid: onInvalidCell !== undefined,
        reportsDigests: onFileDigest !== undefined,
    };
    const worker = (0,reader_thread/* readerThread */.SN)(request);
    const inbox = new Inbox(worker);
    const unpacker = new BatchUnpacker();
    try {
        for (;;) {
            worker.ref();
            const message = await inbox.next();
            worker.unref();
            for (const cell of message.invalid)
                onInvalidCell?.(...cell);
            for (const digest of message.digests)
                onFileDigest?.(...digest);
            if (message.kind === "end")
                return;
            if (message.kind === "error")
                throw errorFrom(message.error);
            yield unpacker.unpack(message);
            // A caller that may keep its batches keeps their buffers too.
            const done = { buffers: options.reuseBatches ? buffersOf(message) : [] };
            worker.postMessage(done, done.buffers);
        }
    }
    finally {
        await worker.terminate();
    }
}
/** The reading thread's messages in order, and its failure as a message. */
class Inbox {
    queue = [];
    waiting;
    constructor(worker) {
        worker.on("message", (message) => this.push(message));
        worker.on("error", (error) => this.push({
            kind: "error",
            invalid: [],
            digests: [],
            error: { kind: "bug", name: error.name, message: error.message, stack: error.stack },
        }));
        worker.on("exit", (code) => this.push({
            kind: "error",
            invalid: [],
            digests: [],
            error: { kind: "bug", name: "Error", message: `the reading thread stopped (${code})` },
        }));
    }
    push(message) {
        if (this.waiting === undefined)
            this.queue.push(message);
        else {
            this.waiting(message);
            this.waiting = undefined;
        }
    }
    next() {
        const message = this.queue.shift();
        if (message !== undefined)
            return Promise.resolve(message);
        return new Promise((resolve) => (this.waiting = resolve));
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/files/python-json.js
var python_json = __webpack_require__(27790);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 6 modules
var read_structured = __webpack_require__(93141);
;// CONCATENATED MODULE: ./shared/dist/engine/data/read-jsonl.js













const read_jsonl_CHUNK_BYTES = 1 << 20;
const read_jsonl_LF = 0x0a;
/**
 * The row's own value for a key. A key the row lacks is missing: plain indexing would find
 * `Object.prototype`'s `constructor`, `toString` or `__proto__` instead.
 */
const ownValue = (row, key) => Object.hasOwn(row, key) ? row[key] : undefined;
/**
 * An integer written with 16 digits or more, which may be past 2^53 and rounded by `JSON.parse`:
 * not the fraction or mantissa of a float (`0.30000000000000004`), whose lines would otherwise
 * all take the reviver, about five times slower.
 */
const LONG_DIGITS = /(?<![\d.])\d{16,}(?![\d.eE])/;
/**
 * Keeps an integer past 2^53 exactly, as a bigint (19-digit ids), where a number would hold it
 * rounded and two ids as one: typed by its digits as a CSV cell is, it is still a number, which
 * a date column reads as a count since 1970 and refuses in nanoseconds with the unit named, not
 * text that is no ISO 8601. Needs the source text a reviver is given from Node 21 on; before,
 * the number stays as `JSON.parse` rounds it.
 */
const keepLongIntegers = (_key, value, context) => {
    const source = context?.source;
    return typeof value === "number" &&
        !Number.isSafeInteger(value) &&
        source !== undefined &&
        /^-?\d+$/.test(source)
        ? BigInt(source)
        : value;
};
/** A JSON value a missing value can spell: a string, a number (or long integer) or a boolean. */
const isScalar = (value) => typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "bigint" ||
    typeof value === "boolean";
/**
 * The refusal of data whose empty key `""` is read as the column `name` (`Unnamed: ` and its
 * position), on `line`, where another key is named `name` too.
 */
const emptyKeyClash = (file, name, line) => new data_error/* DataError */.fL(file, `two columns are named '${name}': the key "" is read as '${name}', as an empty CSV header field is named, and a key is named so too`, "Give each key a name of its own", line, undefined, name);
/**
 * Turns the lines of one JSON Lines file into typed columns. Until the typing is known, the rows
 * are kept as parsed, so that inference sees them; then they, and every row after, are appended
 * to the batch in progress.
 */
class JsonlRows {
    file;
    context;
    /** The line at which the next line starts. */
    line = 1;
    sample = [];
    /** The bytes of the lines of the rows kept (`sample`). */
    sampleBytes = 0;
    inferRows;
    inferBytes;
    maxLineBytes;
    constructor(file, context) {
        this.file = file;
        this.context = context;
        this.inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
        this.inferBytes = context.options.inferBytes ?? read_options/* DEFAULT_INFER_BYTES */.fN;
        this.maxLineBytes = context.options.maxLineBytes ?? read_options/* DEFAULT_MAX_LINE_BYTES */.i$;
    }
    /**
     * Reads every complete line of the buffer's unconsumed bytes and consumes them; refuses the
     * partial line left when it is already longer than a line may be.
     */
    readLines(input) {
        const { buf, end } = input;
        let start = input.start;
        const lastBreak = buf.lastIndexOf(read_jsonl_LF, end - 1);
        if (lastBreak >= start)
            checkUtf8(this.file, buf.subarray(start, lastBreak + 1), this.line);
        while (start <= lastBreak) {
            const lineEnd = buf.indexOf(read_jsonl_LF, start);
            this.readLine(buf, start, lineEnd);
            start = lineEnd + 1;
        }
        input.start = start;
        if (end - start > this.maxLineBytes)
            throw this.tooLong();
    }
    /** Reads the last line of the file, which has no line break after it. */
    readLastLine(input) {
        const rest = input.rest();
        if (rest.length === 0)
            return;
        checkUtf8(this.file, rest, this.line);
        this.readLine(rest, 0, rest.length);
    }
    /** Parses the line `buf[start, end)` and adds its object to the rows; skips a blank line. */
    readLine(buf, start, end) {
        if (end - start > this.maxLineBytes)
            throw this.tooLong();
        const parsed = this.parse(buf, start, end);
        if (parsed !== undefined) {
            const typing = this.context.typing;
            if (typing)
                this.append(typing, parsed);
            else {
                this.sample.push(parsed);
                this.sampleBytes += parsed.bytes;
                if (this.sample.length >= this.inferRows || this.sampleBytes >= this.inferBytes) {
                    this.startTyping();
                }
            }
        }
        this.line++;
    }
    /** The object on the line, or undefined for a blank line. */
    parse(buf, start, end) {
        let s = start;
        let e = end;
        if (e > s && buf[e - 1] === 0x0d)
            e--;
        while (s < e && (buf[s] === 0x20 || buf[s] === 0x09))
            s++;
        if (s === e)
            return undefined;
        let row;
        // From the line's start, spaces and all (JSON's own whitespace), so that a place counts them.
        const text = buf.toString("utf8", start, e);
        try {
            // The NaN and infinities Python's json.dumps writes bare are read as pandas reads them: NaN
            // as no value, whatever the column, an infinity as its word, which numbers read.
            row = (0,python_json/* parsePythonJson */.S)(text, {
                nanAsNull: true,
                ...(LONG_DIGITS.test(text) ? { reviver: keepLongIntegers } : {}),
            });
        }
        catch (error) {
            // Placed on the line, never quoting it: it may hold a value that must not reach a log (a
            // data contract's sensitive field), which the reader cannot tell.
            const { problem, fix } = (0,read_structured/* jsonSyntaxError */.UQ)(text, error.message, "line");
            throw new data_error/* DataError */.fL(this.file, `invalid JSON: ${problem}`, fix ?? "Write one complete JSON object per line", this.line);
        }
        if (row === null || typeof row !== "object" || Array.isArray(row)) {
            throw new data_error/* DataError */.fL(this.file, "the line is not a JSON object", "Write one object per line", this.line);
        }
        const keys = this.checkKeys(row);
        return { row: row, line: this.line, keys, bytes: end - start };
    }
    /**
     * Refuses an object of more than `MAX_COLUMNS` keys, and a value nested deeper than
     * `MAX_NESTING`: written back as text (JSON.stringify), it would exhaust the stack. Only values
     * that are objects are walked: most rows are flat. Returns how many keys the object has.
     */
    checkKeys(row) {
        let keys = 0;
        for (const key in row) {
            keys++;
            const value = row[key];
            if (value === null || typeof value !== "object" || (0,nesting/* tooDeep */.DI)(value, 2) === undefined)
                continue;
            throw new data_error/* DataError */.fL(this.file, `the value of key '${key}' nests objects and arrays deeper than ${nesting/* MAX_NESTING */.M1} levels`, "Flatten the value, or store it as a JSON string", this.line, undefined, key);
        }
        if (keys > read_options/* MAX_COLUMNS */.ZS) {
            throw (0,data_error/* tooManyColumns */.zr)(this.file, `the object on this line has ${(0,group_digits/* groupDigits */.K)(keys)} keys`, this.line);
        }
        return keys;
    }
    /** Types the columns from the rows kept so far, if any, then appends those rows. */
    startTyping() {
        if (this.context.typing || this.sample.length === 0)
            return;
        const names = this.columnNames();
        for (const { row, line } of this.sample)
            this.renameEmptyKey(row, line);
        const typing = TableTyping.create(this.file, names, (i, missing) => this.sampleValues(names[i], missing), this.context.options);
        typing.beginFile(this.file, true);
        typing.typedRows = this.sample.length;
        this.context.typing = typing;
        for (const parsed of this.sample)
            this.append(typing, parsed);
        this.sample = [];
    }
    /**
     * The schema's fields, then the keys of the kept rows in the order first seen; refused at the
     * row that takes them past `MAX_COLUMNS`, each row's keys being within it. The empty key is
     * named `Unnamed: ` and its 0-based position among the keys (`emptyKeyColumn`), as CSV names
     * an empty header field, whatever the schema declares: pandas' read_json keeps the name `""`,
     * which no contract field, nor ignore-columns, can give.
     */
    columnNames() {
        const names = new Set();
        for (const field of this.context.options.schema?.fields ?? [])
            names.add(field.name);
        const [whose, what] = names.size > 0 ? ["the schema's fields and the objects", "names"] : ["the objects", "keys"];
        const keys = new Set();
        /** The columns of `keys`: their names, but the empty key's. */
        const columns = new Set();
        for (const { row, line } of this.sample) {
            for (const key of Object.keys(row)) {
                if (keys.has(key))
                    continue;
                const name = key === "" ? unnamedColumn(keys.size) : key;
                if (columns.has(name))
                    throw emptyKeyClash(this.file, name, line);
                if (key === "")
                    this.context.emptyKeyColumn = name;
                keys.add(key);
                columns.add(name);
                names.add(name);
            }
            if (names.size > read_options/* MAX_COLUMNS */.ZS) {
                const counted = `${whose} up to this line have ${(0,group_digits/* groupDigits */.K)(names.size)} distinct ${what} between them`;
                throw (0,data_error/* tooManyColumns */.zr)(this.file, counted, line);
            }
        }
        return [...names];
    }
    /**
     * Gives the row's empty key the name of its column (`emptyKeyColumn`), that the typing reads
     * rows by; refuses a row that has a key of that name too.
     */
    renameEmptyKey(row, line) {
        const name = this.context.emptyKeyColumn;
        if (name === undefined || !Object.hasOwn(row, ""))
            return;
        if (Object.hasOwn(row, name))
            throw emptyKeyClash(this.file, name, line);
        row[name] = row[""];
        // The row is the reader's own, parsed from its line: nothing else holds it.
        delete row[""];
    }
    /** A column's values in the kept rows as text, those that are `missing` left out. */
    sampleValues(name, missing) {
        const column = [];
        for (const { row } of this.sample) {
            const value = ownValue(row, name);
            if (value === null || value === undefined)
                continue;
            const text = valueText(value);
            if (!missing.has(text))
                column.push(text);
        }
        return column;
    }
    /**
     * Appends a row to the batch in progress, cell by cell; a row with more keys than it has
     * columns has a key that appeared after the rows typing looked at, which is noted.
     */
    append(typing, { row, line, keys, bytes }) {
        this.renameEmptyKey(row, line);
        const r = typing.nextRow();
        typing.noteKeys(row);
        let columns = 0;
        typing.builders.forEach((builder, i) => {
            const value = ownValue(row, builder.name);
            if (value !== undefined)
                columns++;
            let problem;
            if (value === null || value === undefined)
                builder.appendMissing(r);
            else if (isScalar(value) && typing.isMissingJson(i, value))
                builder.appendMissing(r);
            else
                problem = builder.appendValue(value, r);
            if (problem === undefined || typing.acceptInvalid(i, r, line, value))
                return;
            throw new data_error/* DataError */.fL(this.file, `key '${builder.name}' (${builder.type}): ${problem}`, typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema", line, undefined, builder.name);
        });
        if (columns < keys)
            typing.noteLateKeys(row, line);
        typing.endRow(line, bytes);
    }
    tooLong() {
        return (0,data_error/* lineTooLong */.ti)(this.file, this.line, this.maxLineBytes);
    }
}
/**
 * Reads one JSON Lines file: one JSON object per line, blank lines skipped. Streams like the CSV
 * reader, gunzipping a `.gz` file and refusing a line longer than `maxLineBytes`. The columns
 * are the keys of the rows that type inference looks at, in the order first seen; a key that
 * appears only later is not read unless the schema declares it, and is named in the batches
 * (`Batch.lateKeys`), so that a caller can tell of it. `null` and an absent key are
 * missing; a string is typed by its text, as a CSV cell would be, so the missing-value strings
 * apply to it too.
 */
async function* readJsonlFile(file, context) {
    const rows = new JsonlRows(file, context);
    context.typing?.beginFile(file, true);
    const source = await openDataFileFor(file, context.options);
    const input = new ReadBuffer(source, read_jsonl_CHUNK_BYTES);
    try {
        while (await input.fill()) {
            rows.readLines(input);
            if (context.typing)
                yield* context.typing.take(source.bytesRead);
        }
        rows.readLastLine(input);
    }
    catch (error) {
        if (error instanceof data_error/* DataError */.fL)
            yield* rowsBefore(error, rows, context, source.bytesRead);
        throw error;
    }
    finally {
        await input.close();
    }
    yield* rowsLeft(rows, context, source.bytesRead);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-page-bounds.js



/**
 * The most bytes a page may claim once decompressed without question: as many as a line of CSV
 * or JSON Lines may (64 MiB), a page being the unit a Parquet file is decoded in, as a line is
 * of text. A page header is the file's own word, and a decompression buffer is sized by it
 * before a byte is decoded, so that a 1 kB file claiming 2 GB would otherwise cost 2 GB.
 * pyarrow, pandas and Spark write pages of about 1 MiB, but DuckDB starts a page only after
 * some 100 MB, and fastparquet writes a column chunk as one page: a larger claim stands where
 * the page's compressed bytes could hold it (`MAX_RATIO`).
 */
const MAX_PAGE_BYTES = read_options/* DEFAULT_MAX_LINE_BYTES */.i$;
/**
 * How many times its compressed size a page past `MAX_PAGE_BYTES` may claim: deflate's limit
 * (about 1032 to 1), which the text and numbers of real pages are far under (9 to 15 times for
 * DuckDB's and fastparquet's large pages).
 */
const MAX_RATIO = 1032;
/** Whether a page of `compressed` bytes may claim `claimed` once decompressed. */
const claimStands = (claimed, compressed) => claimed <= MAX_PAGE_BYTES || claimed <= compressed * MAX_RATIO;
/**
 * The most values a page may hold: 2^26, the rows of the row group Arrow's writer once made by
 * default, which a page of one value repeated (its dictionary indices and levels a few bytes)
 * could run to. Decoding sizes arrays by the count before reading them, and such runs make a
 * few bytes of a page any number of values, so that the count needs its own bound.
 */
const MAX_PAGE_VALUES = 2 ** 26;
const MIB = 2 ** 20;
/** The refusal of a page whose header claims more than it may. */
function pageRefusal({ file, column, group }, claim, fix) {
    return new data_error/* DataError */.fL(file, `column '${column}': a page of row group ${group.index} claims ${claim}`, fix, undefined, group.rowStart, column);
}
const CORRUPT_FIX = "The file is corrupt: write it again from its source";
const LARGE_FIX = "Write the file with pages of the usual size (pyarrow writes 1 MiB pages by default: data_page_size), or check that it is not corrupt";
/** How many values a page header says its page holds: data and dictionary pages alike. */
const pageValues = (header) => (header.data_page_header ?? header.data_page_header_v2 ?? header.dictionary_page_header)
    ?.num_values;
/**
 * Refuses a page whose header claims more bytes or values than its column chunk holds, as the
 * footer gives them, or than any page may (`MAX_PAGE_BYTES`, `MAX_PAGE_VALUES`), and a version
 * 2 page whose levels do not fit it (`checkLevelBytes`): before the page is decoded, which sizes
 * its buffers by these claims. A page is held to its chunk's decompressed size only where the
 * footer gives one: DuckDB before 0.6 wrote 0 there.
 */
function checkPageHeader(header, chunk, place) {
    const bytes = header.uncompressed_page_size;
    if (!Number.isSafeInteger(bytes) || bytes < 0) {
        throw new Error(`column '${place.column}': a page header gives no valid decompressed length`);
    }
    const chunkBytes = Number(chunk.total_uncompressed_size);
    if (chunkBytes > 0 && bytes > chunkBytes) {
        const claim = `${(0,group_digits/* groupDigits */.K)(bytes)} bytes once decompressed, more than the ${(0,group_digits/* groupDigits */.K)(chunkBytes)} its whole column chunk holds (the footer's total_uncompressed_size)`;
        throw pageRefusal(place, claim, CORRUPT_FIX);
    }
    if (!claimStands(bytes, header.compressed_page_size)) {
        const claim = `${(0,group_digits/* groupDigits */.K)(bytes)} bytes once decompressed, more than the ${MAX_PAGE_BYTES / MIB} MiB a page may hold beyond ${MAX_RATIO} times its ${(0,group_digits/* groupDigits */.K)(header.compressed_page_size)} compressed bytes`;
        throw pageRefusal(place, claim, LARGE_FIX);
    }
    checkLevelBytes(header, place);
    const values = pageValues(header);
    if (values === undefined)
        return;
    if (!Number.isSafeInteger(values) || values < 0) {
        throw new Error(`column '${place.column}': a page header gives no valid count of values`);
    }
    // A dictionary may hold values no row uses (an Arrow dictionary written whole): no chunk bound.
    const chunkValues = Number(chunk.num_values);
    if (header.type !== "DICTIONARY_PAGE" && values > chunkValues) {
        const claim = `${(0,group_digits/* groupDigits */.K)(values)} values, more than the ${(0,group_digits/* groupDigits */.K)(chunkValues)} its whole column chunk holds (the footer's num_values)`;
        throw pageRefusal(place, claim, CORRUPT_FIX);
    }
    if (values > MAX_PAGE_VALUES) {
        const claim = `${(0,group_digits/* groupDigits */.K)(values)} values, more than the ${(0,group_digits/* groupDigits */.K)(MAX_PAGE_VALUES)} a page may hold`;
        throw pageRefusal(place, claim, LARGE_FIX);
    }
}
/**
 * Refuses a version 2 data page whose levels claim fewer bytes than none, or more than the page
 * holds: they stand uncompressed at the page's start, and the decoder reads the values from
 * where they end as claimed. A negative length made it read the levels again as values, and
 * the page read as numbers no writer wrote.
 */
function checkLevelBytes(header, place) {
    const v2 = header.data_page_header_v2;
    if (v2 === undefined)
        return;
    const levels = [v2.repetition_levels_byte_length, v2.definition_levels_byte_length];
    if (!levels.every((bytes) => Number.isSafeInteger(bytes) && bytes >= 0)) {
        throw new Error(`column '${place.column}': a page header gives no valid length of its levels`);
    }
    const bytes = levels[0] + levels[1];
    if (bytes > header.compressed_page_size) {
        const claim = `${(0,group_digits/* groupDigits */.K)(bytes)} bytes of repetition and definition levels, more than the ${(0,group_digits/* groupDigits */.K)(header.compressed_page_size)} bytes of the page`;
        throw pageRefusal(place, claim, CORRUPT_FIX);
    }
}
/**
 * The decompressors, each refusing a page whose claim does not stand (`claimStands`) before it
 * sizes its output by the claim: every page is checked by `checkPageHeader` first, and this
 * holds the decompressors to the bound whatever calls them. zstd is given an output of the
 * page's size, where alone it sizes one by the size its own frame claims, up to 2 GB. A page of
 * no bytes is not decompressed: pyarrow's `lz4` writes an empty dictionary as an LZ4 block of
 * one token, which hyparquet-compressors refuses.
 */
function boundedCompressors(compressors, decompressZstd) {
    const bounded = {};
    const all = {
        ...compressors,
        ZSTD: (input, length) => decompressZstd(input, new Uint8Array(length)),
    };
    for (const [codec, decompress] of Object.entries(all)) {
        bounded[codec] = (input, length) => {
            if (!Number.isSafeInteger(length) || length < 0) {
                throw new Error("a page header gives no valid decompressed length");
            }
            if (length === 0)
                return new Uint8Array(0);
            if (!claimStands(length, input.length)) {
                throw new Error(`a page claims ${(0,group_digits/* groupDigits */.K)(length)} bytes once decompressed, more than the ${MAX_PAGE_BYTES / MIB} MiB a page may hold beyond ${MAX_RATIO} times its ${(0,group_digits/* groupDigits */.K)(input.length)} compressed bytes`);
            }
            return decompress(input, length);
        };
    }
    return bounded;
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-element.js
/**
 * Whether a leaf is fixed-length bytes without a type (a hash, a UUID's bytes not annotated as
 * one): no number (DECIMAL, FLOAT16), no UUID, no interval.
 */
const isBareFixedBytes = (leaf) => leaf.type === "FIXED_LEN_BYTE_ARRAY" &&
    leaf.converted_type === undefined &&
    leaf.logical_type === undefined;
/**
 * A leaf's schema element as its values are converted by: hyparquet's `convert` reads the type
 * and annotations from it, while a page's bytes are read by the column chunk's own physical
 * type, so that the two may differ.
 * - Fixed-length bytes without a type are converted as bytes without a string type are
 *   (`isBinary`): as text (`bytesText`), where hyparquet would hand out the bytes themselves,
 *   which a cell would hold as their JSON (`{"0":12,"1":255}`).
 * - A DECIMAL annotated by its logical type alone, as a writer may leave out the converted type
 *   kept for older readers, is given that converted type, which alone hyparquet scales by:
 *   else an INT32 or INT64 decimal reads as its unscaled integer (12345 for 123.45), and one of
 *   fixed-length bytes as the bytes.
 */
function decodedElement(element) {
    if (isBareFixedBytes(element))
        return { ...element, type: "BYTE_ARRAY" };
    const logical = element.logical_type;
    if (logical?.type === "DECIMAL" && element.converted_type === undefined) {
        const { scale, precision } = logical;
        return { ...element, converted_type: "DECIMAL", scale, precision };
    }
    return element;
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-page-bytes.js
/**
 * A data page decompressed once, here, so that its runs can be walked before hyparquet decodes
 * it, and hyparquet handed the decompressed bytes with a header that says so, rather than
 * decompressing it again. The bounded decompressors (`boundedCompressors`) are used as hyparquet
 * would have used them, by its own `decompressPage`. A version 2 page's values are decompressed
 * only where they are walked (`valuesWalked`: runs of indices or booleans), the page made anew
 * of its levels and its values; others are left to hyparquet, as are pages of no other kind.
 */
function decompressedPage(view, header, { codec, compressors }, decompress, valuesWalked) {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    if (header.type === "DATA_PAGE") {
        const page = decompress(bytes, Number(header.uncompressed_page_size), codec, compressors);
        return {
            page,
            header: { ...header, compressed_page_size: page.length },
            codec: "UNCOMPRESSED",
        };
    }
    const v2 = header.data_page_header_v2;
    if (header.type !== "DATA_PAGE_V2" || !v2)
        return { page: bytes, header, codec };
    const levels = v2.repetition_levels_byte_length + v2.definition_levels_byte_length;
    const size = Number(header.uncompressed_page_size) - levels;
    // As hyparquet reads it: values without bytes are no compressed stream.
    if (!valuesWalked || v2.is_compressed === false || !size)
        return { page: bytes, header, codec };
    const values = decompress(bytes.subarray(levels), size, codec, compressors);
    const page = new Uint8Array(levels + values.length);
    page.set(bytes.subarray(0, levels));
    page.set(values, levels);
    const uncompressed = { ...v2, is_compressed: false };
    return {
        page,
        header: { ...header, compressed_page_size: page.length, data_page_header_v2: uncompressed },
        codec,
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-page-runs.js



/** The encodings whose values are runs, read as the levels are. */
const RUN_ENCODINGS = new Set(["RLE", "RLE_DICTIONARY", "PLAIN_DICTIONARY"]);
/** Whether a data page's values are runs, walked as its levels are. */
function valuesInRuns(header) {
    const encoding = (header.data_page_header ?? header.data_page_header_v2)?.encoding;
    return encoding !== undefined && RUN_ENCODINGS.has(encoding);
}
/** The bytes a run's header, a ULEB128 varint, may take: 5 hold the 32 bits the decoder keeps. */
const MAX_HEADER_BYTES = 5;
/**
 * The widest dictionary index read: 24 bits, 16.7 million entries, more than a dictionary page
 * of at most 64 MiB holds (an entry takes 4 bytes or more). The format allows 32, but hyparquet
 * unpacks wider bit-packed indices wrongly: from 25 bits, the ninth value of a run shifts a
 * byte by 32, which JavaScript takes as 0 (and at 32 bits its mask is 0). A page of them would
 * read as wrong values, or past the dictionary, without an error.
 */
const MAX_INDEX_BITS = 24;
/** Bits set in each byte, to count levels of 1 bit-packed a byte at a time. */
const BITS_SET = Uint8Array.from({ length: 256 }, (_, byte) => {
    let bits = 0;
    for (let rest = byte; rest > 0; rest >>= 1)
        bits += rest & 1;
    return bits;
});
/**
 * How many of `count` values bit-packed `width` bits each from byte `at` are `level` (where
 * one is given), and the largest of them (where `width` bits can spell one past `max`).
 */
function readPacked(bytes, at, count, width, level, max) {
    if (width === 1) {
        let ones = 0;
        const whole = count >> 3;
        for (let i = 0; i < whole; i++)
            ones += BITS_SET[bytes[at + i]];
        if (count & 7)
            ones += BITS_SET[bytes[at + whole] & ((1 << (count & 7)) - 1)];
        return { found: level === 1 ? ones : count - ones, largest: ones > 0 ? 1 : 0 };
    }
    let found = 0;
    let largest = 0;
    if (level === undefined && max === 2 ** width - 1)
        return { found, largest };
    // Values are packed from each byte's low bits up: a window of at most 32 bits holds the next
    // (indices are at most 24 bits wide and levels a few, so fewer than 24 bits wait when a byte
    // is added), and the logical shift keeps it unsigned however its top bit is set.
    const mask = 2 ** width - 1;
    let window = 0;
    let held = 0;
    for (let i = 0, next = at; i < count; i++) {
        while (held < width) {
            window |= bytes[next++] << held;
            held += 8;
        }
        const value = window & mask;
        window >>>= width;
        held -= width;
        if (value === level)
            found++;
        if (value > largest)
            largest = value;
    }
    return { found, largest };
}
/**
 * Walks a section's runs as hyparquet's `readRleBitPackedHybrid` reads them, to the count of
 * values it stops at, and refuses a run past that count (but for the padding of a bit-packed
 * run's last group of 8), a run whose bytes end past the section, and a header longer than 5
 * bytes; and, where the section has a greatest value, a value past it: a level that hyparquet
 * would read as placing values in other rows than their own, or an index past the dictionary,
 * which it would read as a missing value. Gives how many of the values are the section's
 * `counted`, where it has one.
 */
function walkRuns(bytes, section, refuse) {
    const { name, end, width, values, counted: level, greatest } = section;
    const max = greatest?.value;
    const valueBytes = (width + 7) >> 3;
    let at = section.start;
    let seen = 0;
    let found = 0;
    const pastEnd = () => refuse(`has ${name} that run past ${section.bound}, with ${(0,group_digits/* groupDigits */.K)(seen)} of its ${(0,group_digits/* groupDigits */.K)(values)} values read`);
    const pastValues = (total) => refuse(`has ${name} that run to ${(0,group_digits/* groupDigits */.K)(total)} values, more than ${section.holds}`);
    const pastMax = (value) => refuse(`has ${name} of ${(0,group_digits/* groupDigits */.K)(value)}, past ${greatest.said}`);
    while (seen < values) {
        // Read exactly, where the decoder keeps 32 bits: a count that needs more is past any page's.
        let header = 0;
        for (let length = 0, scale = 1;; length++, scale *= 128) {
            if (length === MAX_HEADER_BYTES) {
                refuse(`has ${name} with a run header longer than ${MAX_HEADER_BYTES} bytes`);
            }
            if (at >= end)
                pastEnd();
            const byte = bytes[at++];
            header += (byte & 0x7f) * scale;
            if (byte < 0x80)
                break;
        }
        if (header % 2 === 0) {
            const count = header / 2;
            if (seen + count > values)
                pastValues(seen + count);
            if (at + valueBytes > end)
                pastEnd();
            if ((level !== undefined || max !== undefined) && count > 0) {
                // At most 4 bytes (levels and indices are narrower than 32 bits), unsigned.
                let value = 0;
                for (let b = 0; b < valueBytes; b++)
                    value |= bytes[at + b] << (8 * b);
                value >>>= 0;
                if (value === level)
                    found += count;
                if (max !== undefined && value > max)
                    pastMax(value);
            }
            at += valueBytes;
            seen += count;
            continue;
        }
        const groups = (header - 1) / 2;
        if (seen + groups * 8 - values >= 8)
            pastValues(seen + groups * 8);
        // The decoder reads a byte ahead even of a run of no bits, where there is one.
        const length = groups * width || (at < end ? 1 : 0);
        if (at + length > end)
            pastEnd();
        const taken = Math.min(groups * 8, values - seen);
        if (level !== undefined || max !== undefined) {
            const packed = readPacked(bytes, at, taken, width, level, max ?? 2 ** width - 1);
            found += packed.found;
            if (max !== undefined && packed.largest > max)
                pastMax(packed.largest);
        }
        at += length;
        seen += taken;
    }
    return found;
}
/**
 * The bits a level of at most `max` is written in, as the decoder reads it, and that greatest
 * level, which no level of the section may pass.
 */
const levelBounds = (max) => ({
    width: 32 - Math.clz32(max),
    greatest: { value: max, said: `the column's greatest, ${max}` },
});
const byteCount = (bytes) => `${(0,group_digits/* groupDigits */.K)(bytes)} ${bytes === 1 ? "byte" : "bytes"}`;
/**
 * The section of runs at `at` that starts with its length in 4 bytes: a version 1 page's
 * levels, or booleans written RLE.
 */
function lengthFirst(bytes, at, name, refuse) {
    if (at + 4 > bytes.length)
        refuse(`ends before the length of its ${name}`);
    const length = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true);
    const start = at + 4;
    if (length > bytes.length - start) {
        refuse(`gives its ${name} ${byteCount(length)}, more than the ${(0,group_digits/* groupDigits */.K)(bytes.length - start)} left in it`);
    }
    return { start, end: start + length, bound: `the ${byteCount(length)} given them` };
}
/** The refusal of a page whose runs claim what its values are not. */
function runRefusal(place, problem) {
    const { file, column, group, leaf, page, row } = place;
    const of = leaf === undefined ? "of" : `of '${leaf}' in`;
    return new data_error/* DataError */.fL(file, `column '${column}': data page ${page} ${of} row group ${group.index} ${problem}`, CORRUPT_FIX, undefined, row, column);
}
const refuser = (place) => (problem) => {
    throw runRefusal(place, problem);
};
/**
 * Holds a data page's repetition and definition levels, decompressed, to its count of values
 * (`num_values`), and each section of them to the bytes its page gives it, before hyparquet
 * decodes them; a version 2 page's count of nulls to its values too. A page hyparquet would
 * not decode at all (no data page header) is left to it.
 */
function checkLevelRuns(page, header, leaf, place) {
    const refuse = refuser(place);
    const { maxRepetition, maxDefinition } = leaf;
    const v2 = header.data_page_header_v2;
    if (header.type === "DATA_PAGE_V2" && v2) {
        const { num_values: values, num_nulls: nulls } = v2;
        if (!Number.isSafeInteger(nulls) || nulls < 0 || nulls > values) {
            refuse(`claims ${Number.isSafeInteger(nulls) ? (0,group_digits/* groupDigits */.K)(nulls) : "no count"} of its ${(0,group_digits/* groupDigits */.K)(values)} values missing (num_nulls)`);
        }
        // Its levels stand uncompressed at its start, their lengths in its header.
        const repetition = v2.repetition_levels_byte_length;
        const valuesAt = repetition + v2.definition_levels_byte_length;
        const holds = `the ${(0,group_digits/* groupDigits */.K)(values)} it holds`;
        const section = (name, start, end, max) => ({
            name,
            start,
            end,
            bound: `the ${byteCount(end - start)} given them`,
            ...levelBounds(max),
            values,
            holds,
        });
        if (maxRepetition > 0) {
            walkRuns(page, section("repetition levels", 0, repetition, maxRepetition), refuse);
        }
        if (maxDefinition === 0)
            return { valuesAt, defined: undefined };
        const levels = section("definition levels", repetition, valuesAt, maxDefinition);
        return { valuesAt, defined: walkRuns(page, { ...levels, counted: maxDefinition }, refuse) };
    }
    const v1 = header.data_page_header;
    if (header.type !== "DATA_PAGE" || !v1)
        return { valuesAt: 0, defined: undefined };
    const values = v1.num_values;
    const holds = `the ${(0,group_digits/* groupDigits */.K)(values)} it holds`;
    let at = 0;
    const levels = (name, max, counted) => {
        const { start, end, bound } = lengthFirst(page, at, name, refuse);
        const section = { name, start, end, bound, ...levelBounds(max), values, holds, counted };
        at = end;
        return walkRuns(page, section, refuse);
    };
    if (maxRepetition > 0)
        levels("repetition levels", maxRepetition);
    if (maxDefinition === 0)
        return { valuesAt: at, defined: undefined };
    // The values that are not missing are counted only where their runs are held to them.
    const defined = levels("definition levels", maxDefinition, maxDefinition);
    return { valuesAt: at, defined: valuesInRuns(header) ? defined : undefined };
}
/**
 * Holds a data page's values written in runs (dictionary indices, or booleans written RLE),
 * decompressed, to the count of them hyparquet reads: those not missing, by the page's levels
 * (`levels.defined`), or a version 2 page's header (`num_nulls`, as `header` gives it); each
 * run to the page's bytes; and dictionary indices to the `entries` of the dictionary read
 * before the page (none where there was none), which hyparquet would read as missing values
 * past its end and, without a dictionary, as the values themselves.
 */
function checkValueRuns(page, header, leaf, levels, place, entries) {
    if (!valuesInRuns(header))
        return;
    const refuse = refuser(place);
    const v2 = header.data_page_header_v2;
    const { encoding, num_values } = (v2 ?? header.data_page_header);
    const bytes = page.subarray(levels.valuesAt);
    let values = num_values;
    if (v2)
        values = num_values - v2.num_nulls;
    else if (leaf.maxDefinition > 0)
        values = levels.defined;
    const missing = v2 !== undefined || leaf.maxDefinition > 0;
    const holds = `the ${(0,group_digits/* groupDigits */.K)(values)} it holds${missing ? " that are not missing" : ""}`;
    // Booleans start with their length, as a version 1 page's levels do (the decoder reads a
    // version 1 page's booleans so in any of these encodings); indices with their width.
    if (v2 ? encoding === "RLE" : leaf.type === "BOOLEAN") {
        const name = "booleans";
        const { start, end, bound } = lengthFirst(bytes, 0, name, refuse);
        walkRuns(bytes, { name, start, end, bound, width: 1, values, holds }, refuse);
        return;
    }
    const indices = encoding !== "RLE";
    const name = indices ? "dictionary indices" : "RLE values";
    // Without a value (all missing) no index is read, and no dictionary is needed.
    if (indices && entries === undefined && values > 0) {
        refuse("has dictionary indices, but its column chunk has no dictionary page before it");
    }
    if (bytes.length === 0)
        refuse(`ends before the bit width of its ${name}`);
    const width = bytes[0];
    const greatest = indices && entries !== undefined
        ? { value: entries - 1, said: `the ${entriesText(entries)} of its dictionary` }
        : undefined;
    // A version 1 page of indices 0 bits wide is all zeros, its runs never read: sound where the
    // dictionary has an entry.
    if (width === 0 && v2 === undefined) {
        if (greatest && greatest.value < 0 && values > 0) {
            refuse(`has ${name} of 0, past ${greatest.said}`);
        }
        return;
    }
    if (width > MAX_INDEX_BITS) {
        refuse(`has ${name} ${width} bits wide, more than the ${MAX_INDEX_BITS} this reader takes`);
    }
    const bound = "the end of the page";
    const section = { name, start: 1, end: bytes.length, bound, width, values, holds, greatest };
    walkRuns(bytes, section, refuse);
}
const entriesText = (entries) => `${(0,group_digits/* groupDigits */.K)(entries)} ${entries === 1 ? "entry" : "entries"}`;

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-text.js




/**
 * Decodes UTF-8 and throws at bytes that are not (`ERR_ENCODING_INVALID_ENCODED_DATA`), as fast
 * as hyparquet's own decoder, which puts U+FFFD in their place: `\xfe`, `\xff` and `\xc0`
 * would read as one category, where a CSV or JSON Lines file with them stops at their line.
 */
const strict = new TextDecoder("utf-8", { fatal: true });
/** A Parquet value whose bytes are not UTF-8, standing where its text would in the values read. */
class NotUtf8 {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
/**
 * hyparquet's parsers, but that text (a string, an enum, JSON) throws where its bytes are not
 * UTF-8. Bytes without a string type are read by `binaryParsers` instead.
 */
function strictTextParsers(parsers) {
    return {
        ...parsers,
        stringFromBytes: (bytes) => bytes && strict.decode(bytes),
        jsonFromBytes: (bytes) => bytes && JSON.parse(strict.decode(bytes)),
    };
}
/**
 * The parsers that find which value is not UTF-8, once `strictTextParsers` threw on a page: a
 * `NotUtf8` stands in its place.
 */
function markingTextParsers(parsers) {
    const strictParsers = strictTextParsers(parsers);
    const marked = (parse) => (bytes) => bytes && ((0,external_node_buffer_.isUtf8)(bytes) ? parse(bytes) : new NotUtf8(bytes));
    return {
        ...strictParsers,
        stringFromBytes: marked(strictParsers.stringFromBytes),
        jsonFromBytes: marked(strictParsers.jsonFromBytes),
    };
}
/** Whether an error is the strict decoder's, at bytes that are not UTF-8. */
const isNotUtf8 = (error) => error?.code === "ERR_ENCODING_INVALID_ENCODED_DATA";
/** The first `NotUtf8` in a value, however deep in its lists and structs. */
function notUtf8In(value) {
    if (value instanceof NotUtf8)
        return value;
    if (typeof value !== "object" || value === null || ArrayBuffer.isView(value))
        return undefined;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
        const found = notUtf8In(item);
        if (found)
            return found;
    }
    return undefined;
}
/** The first row of `rows` that holds a `NotUtf8`, and it. */
function firstNotUtf8(rows) {
    // A typed array holds numbers alone.
    if (!Array.isArray(rows))
        return undefined;
    for (let index = 0; index < rows.length; index++) {
        const value = notUtf8In(rows[index]);
        if (value)
            return { index, value };
    }
    return undefined;
}
/**
 * Decodes bytes without a string type. A leading byte order mark is kept, as any other
 * character is: bytes that differ must not read alike.
 */
const bytesDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
/**
 * A value of bytes without a string type: its text where the bytes are UTF-8 and do not start
 * as `\x`, else `\x` and the lowercase hex of all of them, as PostgreSQL prints a `bytea`.
 * Decoded leniently, bytes that are not UTF-8 would read with U+FFFD in their place, two hashes
 * or binary UUIDs as one value: a false duplicate to `unique`, one category to a profile and to
 * drift.
 */
function bytesText(bytes) {
    const text = bytesDecoder.decode(bytes);
    // The decoder puts U+FFFD where bytes are not UTF-8: only a value that holds one is checked,
    // so that a column of text costs a search of its decoded values and no more. A text that
    // starts as the hex form does is written in it too, so that no two values read alike.
    const hexLike = text.startsWith("\\x");
    if (!hexLike && (!text.includes("\uFFFD") || (0,external_node_buffer_.isUtf8)(bytes)))
        return text;
    return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex")}`;
}
/** hyparquet's parsers, but that bytes without a string type (`isBinary`) read by `bytesText`. */
function binaryParsers(parsers) {
    return { ...parsers, stringFromBytes: (bytes) => bytes && bytesText(bytes) };
}
/** Whether a leaf is annotated as text (a string, an enum, JSON). */
const isText = ({ converted_type, logical_type }) => converted_type === "UTF8" ||
    converted_type === "ENUM" ||
    converted_type === "JSON" ||
    logical_type?.type === "STRING" ||
    logical_type?.type === "ENUM" ||
    logical_type?.type === "JSON";
/**
 * Whether a leaf is bytes without a string type, of any length or of a fixed one without a type
 * at all (`isBareFixedBytes`): read by `binaryParsers`, never refused, for it may be no text (a
 * hash, an image's bytes in a dataset's struct), and a file with such a column must still read.
 * Older writers (Hive, Impala) write text so too.
 */
const isBinary = (leaf) => (leaf.type === "BYTE_ARRAY" && !isText(leaf)) || isBareFixedBytes(leaf);
/** Whether any leaf of a column (a struct's, a map's) is bytes without a string type. */
const hasBinaryLeaf = (node) => node.children.length === 0 ? isBinary(node.element) : node.children.some(hasBinaryLeaf);
/**
 * The refusal of a value of `column` at `row` whose bytes are not UTF-8, as a CSV or JSON Lines
 * line with them is refused, with the conversion that fits them: Windows-1252 where it holds a
 * byte that latin1 would make an invisible control character, else latin1. The conversion is
 * made where the file is written, Parquet's bytes being no text for iconv.
 */
function notUtf8Refusal(file, column, row, { bytes }) {
    const [at, character] = firstBadByte(bytes, 0);
    const bad = bytes[at] ?? 0;
    const cp1252 = cp1252Byte(bytes);
    const fix = cp1252 >= 0
        ? `Write the column as UTF-8 text: decode its values from Windows-1252 (cp1252) before writing the file. It holds the byte 0x${hex(cp1252)}, a character in Windows-1252 (as Excel and Windows tools write), which latin1 would read as an invisible control character`
        : "Write the column as UTF-8 text: decode its values from the encoding they were written in (latin1, or cp1252 for text from Windows or Excel) before writing the file";
    return new data_error/* DataError */.fL(file, `column '${column}': the byte 0x${hex(bad)} (character ${character} of the value) is not valid UTF-8`, fix, undefined, row, column);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/parquet-pages.js






/**
 * The least a column chunk is read from the file in: several pages of most writers (pyarrow's
 * hold 20,000 rows, some 40 kB compressed), so that a page rarely costs a read of its own; a
 * larger page is read whole.
 */
const READ_BYTES = 1 << 18;
/** The first guess at a page header's length; a longer one (large page statistics) widens it. */
const HEADER_BYTES = 1 << 10;
const slice = (data, start, end) => Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end);
/**
 * A flat column's chunk, decoded one page at a time as its rows are taken: memory holds the
 * page being handed out, its dictionary and a read-ahead of `READ_BYTES`, however many rows the
 * row group has. The pages are decoded by hyparquet exactly as its own column reads decode them,
 * once their headers are found to claim no more than they may (`checkPageHeader`), and a data
 * page, decompressed once (`decompressedPage`), its runs of levels and indices to hold no more
 * values than it does (`checkLevelRuns`, `checkValueRuns`). A nested column's leaves are read so
 * too (`NestedPages`), every page of every leaf held to those bounds.
 */
class ColumnPages {
    chunk;
    offset;
    end;
    buffer = new Uint8Array(0);
    bufferStart = 0;
    dictionary;
    page = [];
    used = 0;
    /** The rows of the pages decoded so far, handed out or being: where the next page starts. */
    rows = 0;
    /** The data pages met so far, to name one in a refusal. */
    pages = 0;
    /**
     * Whether a page of the chunk held text that is not UTF-8, read again with each such value
     * marked: a dictionary's may be used by any later page, whose rows are then looked through.
     */
    marked = false;
    constructor(chunk) {
        this.chunk = chunk;
        const { meta } = chunk;
        this.offset = Number(meta.dictionary_page_offset || meta.data_page_offset);
        this.end = this.offset + Number(meta.total_compressed_size);
        if (!Number.isSafeInteger(this.end) || this.offset < 0 || this.end < this.offset) {
            throw new Error(`column '${meta.path_in_schema.join(".")}' has no valid byte range`);
        }
    }
    async take(count) {
        const parts = [];
        let taken = 0;
        while (taken < count) {
            if (this.used === this.page.length) {
                const page = await this.nextPage();
                if (!page)
                    break;
                this.page = page;
                this.used = 0;
                continue;
            }
            const rows = Math.min(count - taken, this.page.length - this.used);
            parts.push(slice(this.page, this.used, this.used + rows));
            this.used += rows;
            taken += rows;
        }
        return parts.length === 1 ? parts[0] : this.chunk.decoding.flatten(parts);
    }
    /** The values of the next data page, its dictionary read on the way; none at the chunk's end. */
    async nextPage() {
        const { decoder, meta, place } = this.chunk;
        while (this.offset < this.end) {
            const header = await this.header();
            const size = header.compressed_page_size;
            const column = `column '${decoder.pathInSchema.join(".")}'`;
            if (!Number.isSafeInteger(size) || size < 0) {
                throw new Error(`${column}: a page header gives no valid length`);
            }
            if (size > this.end - this.offset) {
                throw new Error(`${column}: a page of ${size} bytes runs past the end of its column chunk`);
            }
            checkPageHeader(header, meta, place);
            const view = await this.view(size);
            this.offset += size;
            const data = this.decode(view, header);
            if (header.type === "DICTIONARY_PAGE") {
                if (data)
                    this.dictionary = data;
                continue;
            }
            if (this.marked)
                this.refuseNotUtf8(data ?? []);
            const rows = this.pageRows(data ?? []);
            this.rows += rows.length;
            return rows;
        }
        const last = this.lastRows();
        this.rows += last?.length ?? 0;
        return last;
    }
    /**
     * A page's values as assembled rows, or a dictionary page's dictionary. Where text in it is
     * not UTF-8, the strict parsers throw, and the page is decoded again with each such value
     * marked, so that `refuseNotUtf8` can name its row: the throw comes before a row is assembled,
     * the row a previous page left (`continued`) still as it was.
     */
    decode(view, given) {
        const { decoding, decoder, source } = this.chunk;
        const page = given.type === "DICTIONARY_PAGE"
            ? { view, header: given, codec: decoder.codec }
            : this.dataPage(view, given);
        const previous = this.continued();
        const decodeWith = (using) => {
            const reader = { view: page.view, offset: 0 };
            const { data } = decoding.column.readPage(reader, page.header, { ...using, codec: page.codec }, this.dictionary, previous, 0);
            return page.header.type === "DICTIONARY_PAGE" && data
                ? decoding.convert.convert(data, using)
                : data;
        };
        try {
            return decodeWith(decoder);
        }
        catch (error) {
            if (!isNotUtf8(error))
                throw error;
            this.marked = true;
            return decodeWith({ ...decoder, parsers: source.marking });
        }
    }
    /**
     * A data page decompressed (`decompressedPage`), its runs held to its values, with the header
     * and codec that hyparquet decodes it by.
     */
    dataPage(view, given) {
        const { decoder, decoding, leaf, place } = this.chunk;
        const path = decoder.pathInSchema;
        const where = {
            ...place,
            leaf: path.length > 1 ? path.join(".") : undefined,
            page: ++this.pages,
            row: place.group.rowStart + this.rows,
        };
        const walked = valuesInRuns(given);
        const bytes = decompressedPage(view, given, decoder, decoding.datapage.decompressPage, walked);
        const levels = checkLevelRuns(bytes.page, bytes.header, leaf, where);
        const header = this.pageHeader(bytes.header, levels);
        checkValueRuns(bytes.page, header, leaf, levels, where, this.dictionary?.length);
        const { page } = bytes;
        return {
            view: new DataView(page.buffer, page.byteOffset, page.length),
            header,
            codec: bytes.codec,
        };
    }
    /** Refuses the first row of a page's `rows` that holds a value that is not UTF-8, if any. */
    refuseNotUtf8(rows) {
        const found = firstNotUtf8(rows);
        if (!found)
            return;
        const { place } = this.chunk;
        const row = place.group.rowStart + this.rows + found.index;
        throw notUtf8Refusal(place.file, place.column, row, found.value);
    }
    /**
     * A data page's header as it is decoded with, its levels read: a version 2 page's count of
     * nulls that of its definition levels below the leaf's full one (`PageLevels.defined`). The
     * page's values section holds one value per such level, and hyparquet reads `num_values -
     * num_nulls` of them: a count too high lost the last values, read as missing; and for a
     * field of a struct inside a list of which some rows are empty, pyarrow counts too few (none,
     * or 1,286 of 2,357), so that the read ran past the page.
     */
    pageHeader(header, levels) {
        const v2 = header.data_page_header_v2;
        if (v2 === undefined || levels.defined === undefined)
            return header;
        const nulls = v2.num_values - levels.defined;
        if (nulls === v2.num_nulls)
            return header;
        return { ...header, data_page_header_v2: { ...v2, num_nulls: nulls } };
    }
    /** The rows of a data page's values: a flat column's values are its rows. */
    pageRows(values) {
        return values;
    }
    /** The rows that remain once the chunk's pages are read: none of a flat column. */
    lastRows() {
        return undefined;
    }
    /** The rows a page may continue the last of, as `readPage` takes them: none for a flat column. */
    continued() {
        return undefined;
    }
    async header() {
        for (let length = HEADER_BYTES;; length *= 4) {
            const reader = { view: await this.view(Math.min(length, this.end - this.offset)), offset: 0 };
            try {
                const header = this.chunk.decoding.column.parquetHeader(reader);
                this.offset += reader.offset;
                return header;
            }
            catch (error) {
                // A header longer than the bytes looked at fails reading past them: look at more.
                if (reader.view.byteLength >= this.end - this.offset)
                    throw error;
            }
        }
    }
    /** The chunk's next `length` bytes, read ahead by at least `READ_BYTES`. */
    async view(length) {
        let from = this.offset - this.bufferStart;
        if (from + length > this.buffer.length) {
            const want = Math.min(Math.max(length, READ_BYTES), this.end - this.offset);
            const { bytes } = this.chunk.source;
            this.buffer = new Uint8Array(await bytes.slice(this.offset, this.offset + want));
            this.bufferStart = this.offset;
            from = 0;
            if (this.buffer.length < length)
                throw new Error("the file ends inside a column chunk");
        }
        return new DataView(this.buffer.buffer, this.buffer.byteOffset + from, length);
    }
}
/**
 * A leaf of a nested column (a list's values, as an embedding's; a struct's or a map's field),
 * decoded a page at a time as a flat column is, each page's levels assembled into rows of lists
 * by hyparquet (`readPage`), which `AssembledColumn` makes the column's values. Read whole for
 * its row group, a column of 8 floats a row took a read of two row groups of a million rows to
 * a peak of 1.5 GB, where page by page it stays near 260 MB. A version 1 data page of a repeated
 * leaf may end inside a row, which the next page goes on with: each page's last row is held back
 * until the next page has been assembled onto it, or the chunk ends. A leaf repeated nowhere (a
 * struct's field) has a value per row, and its pages end with their rows.
 */
class NestedPages extends ColumnPages {
    /** The last row read, as `readPage` assembles levels: rows of lists, not yet the values. */
    carried;
    /** Whether the leaf is repeated, so that a page may end inside a row. */
    repeated = this.chunk.leaf.maxRepetition > 0;
    pageRows(rows) {
        // Without levels to assemble (a required field of a required struct), hyparquet hands back
        // the page's values as decoded, a typed array of numbers, neither to pop nor to carry.
        if (!this.repeated)
            return rows;
        const all = rows;
        this.carried = all.length > 0 ? [all.pop()] : undefined;
        return all;
    }
    lastRows() {
        const last = this.carried;
        this.carried = undefined;
        return last;
    }
    continued() {
        return this.carried;
    }
}
/**
 * A nested column's rows: its leaves' rows (`NestedPages`), taken alike and made the column's
 * values (lists, structs, maps) by hyparquet's assembly, as its whole-column read makes them. A
 * struct's or a map's leaves are read side by side, a page of each at a time, not the row group
 * whole, so that memory holds a page of each and every page is held to what it may claim.
 */
class AssembledColumn {
    leaves;
    assemble;
    column;
    constructor(leaves, 
    /** Makes the leaves' rows, by their paths, the column's values. */
    assemble, column) {
        this.leaves = leaves;
        this.assemble = assemble;
        this.column = column;
    }
    async take(count) {
        const parts = await Promise.all(this.leaves.map(({ rows }) => rows.take(count)));
        const rows = parts[0].length;
        if (parts.some((part) => part.length !== rows)) {
            throw new Error(`column '${this.column}': its fields do not hold as many rows as each other`);
        }
        if (rows === 0)
            return [];
        return this.assemble(new Map(this.leaves.map(({ path }, i) => [path, parts[i]])));
    }
}
/**
 * The rows of a column the read does not use (`ReadOptions.usedColumns`), each missing: its
 * pages are never read nor decoded, as a list column's would cost more than all the others. Its
 * bytes are counted as read as its rows go by, the file's size still scaling rows read to rows.
 */
class PassedColumn {
    rows;
    bytes;
    passOver;
    taken = 0;
    constructor(rows, bytes, passOver) {
        this.rows = rows;
        this.bytes = bytes;
        this.passOver = passOver;
    }
    take(count) {
        const rows = Math.max(0, Math.min(count, this.rows - this.taken));
        if (rows === 0)
            return Promise.resolve([]);
        const before = Math.floor((this.taken * this.bytes) / this.rows);
        this.taken += rows;
        this.passOver(Math.floor((this.taken * this.bytes) / this.rows) - before);
        return Promise.resolve(new Array(rows).fill(null));
    }
}
/** The column decoder hyparquet's own reads give a leaf column's chunk, but for its parsers. */
function columnDecoder({ compressors, parsers, binary }, schemaPath, meta) {
    const element = schemaPath.at(-1).element;
    return {
        ...meta,
        pathInSchema: meta.path_in_schema,
        element: decodedElement(element),
        schemaPath,
        compressors,
        parsers: isBinary(element) ? binary : parsers,
    };
}
/** The schema's nodes from its root to each of a column's leaves, in the schema's order. */
function leafPaths(path) {
    const node = path.at(-1);
    if (node.children.length === 0)
        return [[...path]];
    return node.children.flatMap((child) => leafPaths([...path, child]));
}
/** Whether a column chunk is of the leaf at the end of `path`. */
const chunkOf = (path, chunk) => chunk.meta_data?.path_in_schema.length === path.length - 1 &&
    chunk.meta_data.path_in_schema.every((name, i) => name === path[i + 1].element.name);
/**
 * The column chunk of the leaf at the end of `path` in a row group's `chunks`: one that is in
 * another file (Parquet's `file_path`, which no common writer writes) is refused, its bytes not
 * being the file's, as is a leaf without one.
 */
function leafChunk(path, chunks, { file, column, group }) {
    const chunk = chunks.find((candidate) => chunkOf(path, candidate));
    const leaf = path.slice(1).map(({ element }) => element.name);
    if (!chunk?.meta_data) {
        throw new Error(`column '${column}': row group ${group.index} has no column chunk of '${leaf.join(".")}'`);
    }
    if (chunk.file_path) {
        throw new data_error/* DataError */.fL(file, `column '${column}': the footer places its data for row group ${group.index} in another file (file_path), which is not read`, "Write the file with its columns' data in it, as pyarrow, pandas, Spark and DuckDB do", undefined, group.rowStart, column);
    }
    return chunk.meta_data;
}
/**
 * The source's columns of one row group, in the schema's order, each ready to hand out its rows;
 * those named in `passed` (by the names the read gives them) hand out missing values, their
 * pages never read. hyparquet is loaded here, as by the rest of the Parquet reading, so that
 * other formats never pay for it.
 */
async function rowGroupColumns(source, group, passed) {
    const [column, convert, datapage, assemble, schemaPaths, { flatten }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(573), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 16167)),
        __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 69234)),
        __webpack_require__.e(/* import() */ 384).then(__webpack_require__.bind(__webpack_require__, 74384)),
        Promise.all(/* import() */[__webpack_require__.e(573), __webpack_require__.e(286)]).then(__webpack_require__.bind(__webpack_require__, 95573)),
        __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 28286)),
        Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(573), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 25787)),
    ]);
    const decoding = { column, convert, datapage, assemble, flatten };
    const chunks = source.metadata.row_groups[group.index].columns;
    const { rowStart, rowEnd } = group;
    return source.columns.map((child, c) => {
        const name = child.element.name;
        const place = { file: source.file, column: source.names[c], group };
        if (passed.has(place.column)) {
            const size = chunks
                .filter(({ meta_data }) => meta_data?.path_in_schema[0] === name)
                .reduce((sum, { meta_data }) => sum + Number(meta_data.total_compressed_size), 0);
            return new PassedColumn(rowEnd - rowStart, size, source.passOver);
        }
        const leaves = leafPaths([source.schema, child]).map((path) => {
            const meta = leafChunk(path, chunks, place);
            const decoder = columnDecoder(source, path, meta);
            const leaf = {
                type: decoder.type,
                maxRepetition: schemaPaths.getMaxRepetitionLevel(path),
                maxDefinition: schemaPaths.getMaxDefinitionLevel(path),
            };
            const chunk = { source, decoding, decoder, meta, place, leaf };
            if (schemaPaths.isFlatColumn(path))
                return { path: name, rows: new ColumnPages(chunk) };
            return { path: path.at(-1).path.join("."), rows: new NestedPages(chunk) };
        });
        const [first] = leaves;
        // A flat column's values, and a repeated leaf of the root's lists, are its rows as read.
        if (leaves.length === 1 && first.path === name)
            return first.rows;
        const parsers = hasBinaryLeaf(child) ? source.binary : source.parsers;
        const values = (rows) => {
            assemble.assembleNested(rows, child, parsers);
            return rows.get(name);
        };
        return new AssembledColumn(leaves, values, place.column);
    });
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-parquet.js












/** The smallest Parquet file: the magic `PAR1`, a footer length and `PAR1` again. */
const MIN_PARQUET_BYTES = 12;
/**
 * The column type a Parquet physical and logical type maps to; none for Arrow's null type (a
 * pandas column of None alone, stored as INT32), which holds no value and says nothing of the
 * values a later file may hold: it is typed from its (empty) sample, as an empty CSV column is.
 */
function parquetType(element) {
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === "NULL")
        return undefined;
    if (logical === "DATE" || logical === "TIMESTAMP" || converted === "DATE")
        return "datetime";
    if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS")
        return "datetime";
    if (logical === "DECIMAL" || converted === "DECIMAL")
        return "numeric";
    // Half-precision floats, two bytes each, which hyparquet decodes to numbers.
    if (logical === "FLOAT16")
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
/** The largest integer a number holds exactly, as a bigint, to compare 64-bit values with. */
const read_parquet_MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * Whether a value is a 64-bit integer (INT64 or UINT64, which hyparquet reads as a bigint) past
 * 2^53 in magnitude, which a number would hold rounded: two ids one apart as one number.
 */
const pastExact = (value) => typeof value === "bigint" && (value > read_parquet_MAX_EXACT || value < -read_parquet_MAX_EXACT);
/**
 * The columns whose footer statistics show a 64-bit integer past 2^53 in some row group, however
 * late: the statistics are read before any row, so that the column is typed a string from the
 * start, as CSV inference types such ids, rather than changed or refused when its row comes.
 */
function longIntegerColumns(metadata) {
    const long = new Set();
    for (const group of metadata.row_groups) {
        for (const chunk of group.columns) {
            const path = chunk.meta_data?.path_in_schema;
            const stats = chunk.meta_data?.statistics;
            if (path?.length !== 1 || !stats)
                continue;
            if ([stats.min_value, stats.max_value, stats.min, stats.max].some(pastExact)) {
                long.add(path[0]);
            }
        }
    }
    return long;
}
/**
 * The values of each top-level column that its footer statistics give and that are no ISO 8601
 * date: a row group's least or greatest string, where the writer kept it whole. They are read
 * before any row, so that a string column of dates in its first rows that holds a word however
 * late (an `unknown` in its 12,000th row) is typed a string from the start, as it was before
 * such columns were dates, rather than refused at the word. Without statistics, the rows
 * inference reads alone decide.
 */
function undatedStrings(metadata) {
    const undated = new Map();
    for (const group of metadata.row_groups) {
        for (const chunk of group.columns) {
            const path = chunk.meta_data?.path_in_schema;
            const stats = chunk.meta_data?.statistics;
            if (path?.length !== 1 || !stats)
                continue;
            const least = stats.is_min_value_exact === false ? undefined : stats.min_value;
            const greatest = stats.is_max_value_exact === false ? undefined : stats.max_value;
            for (const value of [least, greatest, stats.min, stats.max]) {
                if (typeof value !== "string" || !Number.isNaN(parseDatetime(value)))
                    continue;
                const words = undated.get(path[0]) ?? [];
                if (!words.includes(value))
                    words.push(value);
                undated.set(path[0], words);
            }
        }
    }
    return undated;
}
/** How pandas names an index column it has no name for: `__index_level_0__`, and so on. */
const UNNAMED_INDEX = /^__index_level_\d+__$/;
/**
 * The column, if any, that holds nothing but a pandas frame's row labels: an unnamed index of
 * integers alone, such as a filtered frame's (0, 2, 5), which pandas stores as a column that
 * its `read_parquet` makes the index again. The file's `pandas` metadata lists it in
 * `index_columns` and gives its `pandas_type` in `columns`. Any other unnamed index holds the
 * user's values and is a column: a time series' timestamps, string labels, and each level of a
 * MultiIndex (`concat` with keys puts them there, years beside row numbers). A RangeIndex is
 * listed as an object and stored as no column; a named index is stored under its name.
 * Metadata that does not parse names none.
 */
function pandasRowLabels(metadata) {
    const text = metadata.key_value_metadata?.find(({ key }) => key === "pandas")?.value;
    let pandas;
    try {
        pandas = JSON.parse(text ?? "null");
    }
    catch {
        return undefined;
    }
    const index = pandas?.index_columns;
    if (!Array.isArray(index) || index.length !== 1)
        return undefined;
    const name = index[0];
    if (typeof name !== "string" || !UNNAMED_INDEX.test(name))
        return undefined;
    const described = Array.isArray(pandas?.columns) ? pandas.columns : [];
    const entry = described.find((column) => column?.field_name === name);
    return entry?.pandas_type === "int64" || entry?.pandas_type === "uint64" ? name : undefined;
}
/**
 * How many rows of a row group are handed on at a time: a slice of every column, whatever the row
 * group's size (pandas and pyarrow write row groups of a million rows), so that memory holds the
 * slice and one page per column rather than a whole row group. Twice validate-data's batch: a
 * larger slice outlives V8's young generation and measured more memory, no faster.
 */
const SLICE_ROWS = 16_384;
/**
 * The file as hyparquet reads it: byte ranges, each read by position on one descriptor, and
 * the bytes read so far. A range from a corrupt footer may reach past the end of the file; only
 * the part inside it is read, so that no range allocates more than the file holds.
 */
function fileRanges(fd, size) {
    let total = 0;
    return {
        byteLength: size,
        get bytesRead() {
            return total;
        },
        passOver(bytes) {
            total += bytes;
        },
        async slice(start, end = size) {
            const from = Math.max(0, Math.min(start, size));
            const bytes = new Uint8Array(Math.max(0, Math.min(end, size) - from));
            let done = 0;
            while (done < bytes.length) {
                const { bytesRead } = await (0,async_fs/* read */.LF)(fd, bytes, done, bytes.length - done, from + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            total += done;
            return done === bytes.length ? bytes.buffer : bytes.buffer.slice(0, done);
        },
    };
}
/**
 * The problem of an error hyparquet or a decompressor threw on bytes it could not decode, in its
 * own words (`parquet unsupported encoding: ...`). An error of JavaScript itself, as decoding
 * corrupt bytes runs into (`Cannot read properties of undefined`, `Offset is outside the bounds
 * of the DataView`), says nothing the user can act on: `otherwise` is said instead.
 */
const decodeFailure = (error, otherwise) => error instanceof Error && Object.getPrototypeOf(error) === Error.prototype
    ? error.message
    : otherwise;
/**
 * What is wrong with the end of a Parquet file of `size` bytes, by its last 8 bytes: a footer
 * length, then the magic `PAR1`; none where they can be a Parquet file's. A footer length of 0
 * would otherwise reach the user as the TypeError that decoding no footer throws.
 */
async function footerProblem(fd, size) {
    const tail = Buffer.alloc(8);
    await (0,async_fs/* read */.LF)(fd, tail, 0, 8, size - 8);
    if (tail.toString("latin1", 4) !== "PAR1") {
        return "it does not end with PAR1, as a Parquet file does";
    }
    const length = tail.readUInt32LE(0);
    if (length === 0) {
        return "its footer, which describes its columns and row groups, is empty: its last 8 bytes give it a length of 0";
    }
    if (length > size - MIN_PARQUET_BYTES) {
        return `its last 8 bytes give its footer a length of ${(0,group_digits/* groupDigits */.K)(length)} bytes, more than the file holds`;
    }
    return undefined;
}
/**
 * The names the read gives a file's columns, which have names of their own each: theirs, but
 * an empty one, which is named as an empty CSV header field is (`Unnamed: ` and its 0-based
 * position), so that the two formats read alike and a contract or `ignore-columns` can name
 * it. Where another column is named so already, the two are refused as columns of one name.
 */
function columnNames(file, written) {
    const names = written.map((name, c) => (name === "" ? unnamedColumn(c) : name));
    names.forEach((name, c) => {
        if (written[c] === "" && written.includes(name)) {
            throw new data_error/* DataError */.fL(file, `two columns are named '${name}': the column with an empty name is read as '${name}', as an empty CSV header field is named, and another column is named so too`, "Give each column a name of its own", 1, undefined, name);
        }
    });
    return names;
}
/**
 * Opens a Parquet file and reads its footer: the row ranges, column names and types. Anything
 * the decoder throws on a corrupt or truncated file becomes a `DataError` naming the file.
 */
async function openParquet(file) {
    if (/\.gz$/i.test(file)) {
        throw new data_error/* DataError */.fL(file, "is gzip-compressed Parquet, which the reader cannot read: Parquet is read by ranges, and gzip only from the start", "Decompress it (gunzip): Parquet compresses its own pages (snappy, gzip, zstd), so the .gz saves little");
    }
    const { parquetMetadataAsync, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(384), __webpack_require__.e(573), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 25787));
    const { DEFAULT_PARSERS } = await __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 69234));
    const { compressors, decompressZstd } = await __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 20138));
    const { fd, size } = await (0,open_for_reading/* openForReading */.sb)(file, (0,data_error/* refuseDataFile */.nY)(file));
    const release = () => (0,async_fs/* close */.VN)(fd);
    try {
        if (size < MIN_PARQUET_BYTES) {
            throw new data_error/* DataError */.fL(file, size === 0
                ? "is empty, not a Parquet file"
                : `is not a readable Parquet file (only ${size} bytes long)`, "Check that the file was written whole");
        }
        const unreadable = (problem) => new data_error/* DataError */.fL(file, `is not a readable Parquet file (${problem})`, "Check that the file is Parquet and was written whole");
        const tail = await footerProblem(fd, size);
        if (tail !== undefined)
            throw unreadable(tail);
        const ranges = fileRanges(fd, size);
        let source;
        let written;
        let known;
        let undated;
        try {
            // The footer's statistics are read with hyparquet's own parsers: a string's least value
            // that is not UTF-8 is refused at its row, not as a footer that does not decode.
            const metadata = await parquetMetadataAsync(ranges);
            const schema = parquetSchema(metadata);
            const labels = pandasRowLabels(metadata);
            const columns = schema.children.filter((child) => child.element.name !== labels);
            written = columns.map((child) => child.element.name);
            source = {
                file,
                bytes: ranges,
                metadata,
                schema,
                columns,
                names: written,
                compressors: boundedCompressors(compressors, decompressZstd),
                parsers: strictTextParsers(DEFAULT_PARSERS),
                marking: markingTextParsers(DEFAULT_PARSERS),
                binary: binaryParsers(DEFAULT_PARSERS),
                passOver: ranges.passOver,
            };
            const long = longIntegerColumns(metadata);
            known = columns.map((child) => {
                const type = parquetType(child.element);
                return type === "integer" && long.has(child.element.name) ? "text" : type;
            });
            const words = undatedStrings(metadata);
            undated = written.map((name, c) => (known[c] === "categorical" && words.get(name)) || []);
        }
        catch (error) {
            throw unreadable(decodeFailure(error, "its footer does not decode as Parquet metadata"));
        }
        // Before any page is read: the pages are found by the names the file gives its columns.
        refuseRepeatedNames(file, written, 1);
        const names = columnNames(file, written);
        source = { ...source, names };
        if (names.length > read_options/* MAX_COLUMNS */.ZS) {
            throw (0,data_error/* tooManyColumns */.zr)(file, `its schema has ${(0,group_digits/* groupDigits */.K)(names.length)} columns`);
        }
        return {
            file,
            source,
            groups: groupRanges(file, source.metadata),
            names,
            known,
            undated,
            get bytesRead() {
                return Math.min(ranges.bytesRead, size);
            },
            close: release,
        };
    }
    catch (error) {
        await release();
        throw error;
    }
}
/**
 * The row groups, where each starts and ends in the file's rows. A group of no rows is read
 * too, to find that its columns hold none (`readRowGroup`); a count below 0, or past what a
 * number holds exactly, is refused at the group's first row, as a corrupt group is.
 */
function groupRanges(file, metadata) {
    let rowStart = 0;
    return metadata.row_groups.map((group, index) => {
        const rows = Number(group.num_rows);
        if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(rowStart + rows)) {
            const claim = `the footer gives it ${String(group.num_rows)} rows`;
            throw corruptRowGroup(file, rowStart, claim);
        }
        const range = { index, rowStart, rowEnd: rowStart + rows };
        rowStart = range.rowEnd;
        return range;
    });
}
/**
 * The rows of one row group, decoded `SLICE_ROWS` at a time, but the columns named in `passed`,
 * whose rows are missing values; a `DataError` at the group's first row when they cannot be, as
 * when the group was decoded whole, or when its columns hold fewer rows or more than it claims
 * (more would be dropped unseen). A refusal that names its own row (a page that claims too
 * much, text that is not UTF-8) is passed on as it is.
 */
async function* readRowGroup({ file, source }, group, passed) {
    const failure = (error) => error instanceof data_error/* DataError */.fL
        ? error
        : corruptRowGroup(file, group.rowStart, decodeFailure(error, "its pages do not decode"));
    const columns = await rowGroupColumns(source, group, passed).catch((error) => {
        throw failure(error);
    });
    for (let rowStart = group.rowStart; rowStart < group.rowEnd; rowStart += SLICE_ROWS) {
        const rows = Math.min(SLICE_ROWS, group.rowEnd - rowStart);
        const data = (await Promise.all(columns.map((column) => column.take(rows))).catch((error) => {
            throw failure(error);
        }));
        if (data.some((column) => column.length !== rows)) {
            throw corruptRowGroup(file, group.rowStart, "its columns do not hold as many rows as it claims");
        }
        yield { rowStart, data };
    }
    const rest = await Promise.all(columns.map((column) => column.take(1))).catch((error) => {
        throw failure(error);
    });
    if (rest.some((column) => column.length > 0)) {
        const claimed = (0,group_digits/* groupDigits */.K)(group.rowEnd - group.rowStart);
        throw corruptRowGroup(file, group.rowStart, `its columns hold more rows than the ${claimed} it claims`);
    }
}
const corruptRowGroup = (file, rowStart, reason) => new data_error/* DataError */.fL(file, `the row group from this row on cannot be decoded (${reason})`, "Check that the file was written whole and is not corrupt", undefined, rowStart);
/**
 * Types the columns from the row groups read so far: a string column becomes a date, categorical
 * or text by the rules of `inferType` (see `stringColumnType`), a 64-bit integer column that
 * holds a value past 2^53 in those row groups categorical or text (as CSV inference types such
 * ids); other columns keep the file's type unless the schema declares one. A column's sample,
 * its values as text but those missing, is made only for a column typed from it; a string
 * column's takes in the values of its footer's statistics that are no date (`undatedStrings`).
 */
function startTyping({ file, names, known, undated }, context, pending) {
    const inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
    const sample = (c, missing) => {
        const values = [];
        const json = { digits: false };
        for (const { data } of pending) {
            const column = data[c];
            for (let i = 0; i < column.length && values.length < inferRows; i++) {
                const value = column[i];
                if (value === null || value === undefined)
                    continue;
                const text = valueText(value, json);
                if (!missing.has(text))
                    values.push(text);
            }
        }
        for (const word of undated[c])
            if (!missing.has(word))
                values.push(word);
        return values;
    };
    const types = known.map((type, c) => type === "integer" && pending.some(({ data }) => data[c].some(pastExact)) ? "text" : type);
    const typing = TableTyping.create(file, names, sample, context.options, types);
    typing.beginFile(file);
    context.typing = typing;
    return typing;
}
/**
 * A 64-bit integer past 2^53 in a column typed integer by the rows read before it (the file's
 * statistics did not show it, or an earlier file of the dataset typed the column): a number
 * would hold it rounded, and a column's type cannot change in the middle of a read.
 */
const lateLongInteger = (file, builder, value, row, fix) => new data_error/* DataError */.fL(file, `column '${builder.name}' (integer): ${value} is beyond ${EXACT_INTEGERS}, which a number holds only rounded, and the column was typed integer from the rows read before it`, fix ??
    "Declare the field as string in the contract, so that its ids are read as the digits written", undefined, row, builder.name);
/** Appends the rows of a slice, yielding each batch as it fills. */
function* appendRows(parquet, typing, { rowStart, data }) {
    const rows = data[0]?.length ?? 0;
    for (let row = 0; row < rows; row++) {
        const r = typing.nextRow();
        typing.builders.forEach((builder, c) => {
            const value = data[c][row];
            let problem;
            if (typeof value === "string" && typing.isMissingText(c, value))
                builder.appendMissing(r);
            else
                problem = builder.appendValue(value, r);
            // A declared integer refuses a value past 2^53 (a problem); an inferred one took it rounded.
            // A caller that keeps invalid cells (validate-data's type check) is told of it as one.
            if (problem === undefined && builder.type === "integer" && pastExact(value)) {
                if (typing.acceptInvalid(c, r, rowStart + row, value))
                    return;
                throw lateLongInteger(parquet.file, builder, value, rowStart + row, typing.invalidCellFix);
            }
            if (problem === undefined || typing.acceptInvalid(c, r, rowStart + row, value)) {
                return;
            }
            throw new data_error/* DataError */.fL(parquet.file, `column '${builder.name}' (${builder.type}): ${problem}`, typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema", undefined, rowStart + row, builder.name);
        });
        typing.endRow(rowStart + row);
        if (r + 1 === typing.batchSize)
            yield* typing.take(parquet.bytesRead);
    }
}
/** Reads the rows of an open file in order, typing the columns once enough are read. */
async function* readRowGroups(parquet, context) {
    const { file } = parquet;
    const known = context.typing?.names;
    if (known && known.join("\u0000") !== parquet.names.join("\u0000")) {
        throw new data_error/* DataError */.fL(file, `the columns (${parquet.names.join(", ")}) differ from the first file's (${known.join(", ")})`, "Give every file of the dataset the same columns in the same order");
    }
    context.typing?.beginFile(file);
    const inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
    const passed = unusedColumns(parquet.names, context.options);
    // Slices read before the typing is known wait here, so that inference sees their rows.
    let pending = [];
    let pendingRows = 0;
    for (const group of parquet.groups) {
        for await (const slice of readRowGroup(parquet, group, passed)) {
            if (context.typing) {
                yield* appendRows(parquet, context.typing, slice);
                continue;
            }
            pending.push(slice);
            pendingRows += slice.data[0]?.length ?? 0;
            if (pendingRows < inferRows)
                continue;
            const typing = startTyping(parquet, context, pending);
            for (const part of pending)
                yield* appendRows(parquet, typing, part);
            pending = [];
        }
    }
    const typing = context.typing ?? startTyping(parquet, context, pending);
    for (const part of pending)
        yield* appendRows(parquet, typing, part);
    typing.flush();
    yield* typing.take(parquet.bytesRead);
}
/**
 * Reads one Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through
 * hyparquet-compressors), a slice of rows at a time, decoded page by page: memory holds the slice
 * and one page of each column, not a row group or the file, a list column's included. A column
 * the read does not use (`ReadOptions.usedColumns`) is not decoded at all, its cells handed out
 * missing. The row labels pandas stores for a frame's unnamed integer index are left out (see
 * `pandasRowLabels`). Types come from the file's own schema, but for the null type, and for
 * strings, which are dates where the rows inference reads and the footer's statistics all write
 * ISO 8601 dates (as the same text in a CSV file is typed); a declared field overrides them. A
 * 64-bit integer
 * column that passes 2^53 (in the footer's statistics or the rows inference reads) is read as
 * strings of its exact digits, as CSV inference types it; a value past 2^53 that only comes
 * later is refused, never rounded. Errors name the row index, 0-based, and a corrupt file is a
 * `DataError` like any other bad data. hyparquet is loaded on the first Parquet read, so that
 * reading CSV or JSONL never pays for it.
 */
async function* readParquetFile(file, context) {
    const parquet = await openParquet(file);
    try {
        yield* readRowGroups(parquet, context);
    }
    finally {
        await parquet.close();
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-batches.js













const READERS = { csv: readCsvFile, jsonl: readJsonlFile, parquet: readParquetFile };
/** A data file's extension, its compression's included (`.csv.gz`). */
const DATA_EXTENSION = /\.[^./]+(?:\.(?:gz|zst))?$/i;
/** How many names of a folder are read for the glob suggested in its place: enough to judge. */
const NAMES_READ = 1_000;
/**
 * Counts the extensions of the data files among a folder's names into `counts`, and gives its
 * subfolders; at most `budget.names` names in all are read. A folder that cannot be listed adds
 * nothing: it is still refused, its glob only suggested.
 */
function countExtensions(folder, counts, budget) {
    const subfolders = [];
    let dir;
    try {
        dir = (0,external_node_fs_.opendirSync)(folder);
        for (let entry = dir.readSync(); entry !== null && budget.names > 0; entry = dir.readSync()) {
            budget.names--;
            if (entry.isDirectory())
                subfolders.push((0,external_node_path_.join)(folder, entry.name));
            else if ((0,data_format/* formatOf */.b)(entry.name) !== undefined) {
                const extension = DATA_EXTENSION.exec(entry.name)[0];
                counts.set(extension, (counts.get(extension) ?? 0) + 1);
            }
        }
    }
    catch {
        // Not listed: nothing counted.
    }
    finally {
        dir?.closeSync();
    }
    return subfolders;
}
/**
 * The glob of a folder's data files, by the extension most of them have, keeping the names'
 * case (`.CSV`), as a glob matches case and all; of any depth (`**`) where they lie in its
 * subfolders only (a dataset partitioned as `year=2024/`); none where neither holds a data
 * file. Names only, and at most a thousand, as a suggestion need cost little.
 */
function dataGlob(folder) {
    const counts = new Map();
    const budget = { names: NAMES_READ };
    const subfolders = countExtensions(folder, counts, budget);
    const deep = counts.size === 0;
    if (deep)
        for (const subfolder of subfolders)
            countExtensions(subfolder, counts, budget);
    let common;
    let most = 0;
    for (const [extension, count] of counts) {
        if (count > most)
            [common, most] = [extension, count];
    }
    return common && `${folder}/${deep ? "**/" : ""}*${common}`;
}
/** The separators a path may end with: `/`, and on Windows `\\` too. */
const TRAILING_SEPARATORS = external_node_path_.sep === "/" ? /\/+$/ : /[\\/]+$/;
/**
 * A folder given as data, named without the separators it ends with (`data/` is `data`) so that
 * the glob suggested is the name it gives and the name is shown like any other. A folder whose
 * path holds `*`, `?` or `[` is told of no glob: those would be read as a pattern, and the glob
 * syntax has no escape character.
 */
function refuseFolder(path) {
    const folder = path.replace(TRAILING_SEPARATORS, "") || path;
    const glob = (0,data_glob/* isGlob */.fg)(folder) ? undefined : dataGlob(folder);
    const such = glob === undefined ? "" : `, or a glob of its files such as '${glob}'`;
    return new data_error/* DataError */.fL(folder, open_for_reading/* FOLDER */.L7.problem, `${open_for_reading/* FOLDER */.L7.fix}${such}`);
}
/** `refuseDataFile` for a path a data input names: a folder is told of a glob of its files. */
const refuseDataPath = (path) => (reason) => reason === open_for_reading/* FOLDER */.L7 ? refuseFolder(path) : (0,data_error/* refuseDataFile */.nY)(path)(reason);
/**
 * The files of a source, globs expanded, in a deterministic order: each pattern's matches in
 * turn, a file that two patterns match, or that a link among them (symbolic or hard) leads to as
 * well, once, by the path it is first matched by (its rows would count twice). Each is checked to be a regular file
 * before anything reads or hashes it: a device such as /dev/zero never ends.
 */
async function listFiles(source) {
    const files = new Map();
    for (const item of typeof source === "string" ? [source] : source) {
        const matched = await (0,data_glob/* expandGlob */.hT)(item);
        if (matched.length === 0) {
            throw new data_error/* DataError */.fL(item, "no file matches this pattern", "Check the path and the pattern");
        }
        for (const file of matched)
            await (0,open_for_reading/* statRegularFile */.b2)(file, refuseDataPath(file));
        for (const file of matched) {
            const identity = fileIdentity(file);
            if (!files.has(identity))
                files.set(identity, file);
        }
    }
    return [...files.values()];
}
/**
 * Reads a dataset as a stream of columnar batches. Every file of the source is read in turn
 * into the same columns (their headers must agree); memory holds a batch or two and the
 * reader's own buffers, never the dataset. CSV and JSONL can be read on a thread of their own
 * (`ReadOptions.readInWorker`). A dataset without rows yields one empty batch that names its
 * columns.
 */
async function* readBatches(source, options = {}) {
    const files = await listFiles(source);
    if (await readsInWorker(files, options))
        yield* readInWorker(files, options);
    else
        yield* readFiles(files, { options }, READERS);
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
    // The parts are kept to the end: no batch may be filled again. Text stays in `columns`.
    const read = { ...options, reuseBatches: false, textAsBytes: false };
    for await (const batch of readBatches(source, read)) {
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

// EXTERNAL MODULE: ./shared/dist/engine/metrics/prediction-columns.js
var prediction_columns = __webpack_require__(31896);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/absent-columns.js
var absent_columns = __webpack_require__(68664);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/given-classes.js

const FIX = "Give every class's probability on every row, or export the same top k on every row";
/** The fix of a JSON Lines key that first appears after the rows the columns are read from. */
const lateFix = (score) => `Write every class's key on the file's first row (null where the row gives no probability), or each row's probabilities as a JSON list in column '${(0,shorten/* shorten */.ml)(score, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
/** Why rows that give unlike numbers of classes are refused, after the problem found. */
const WHY = "a file gives each row's probabilities of every class, or (a top-k export) of the same number of top classes";
/** "1 of the 3 classes' probabilities is empty, this one", of a row's first empty cell. */
function emptied(empty, classes) {
    const count = `${empty} of the ${classes} classes' probabilities`;
    return empty === 1 ? `${count} is empty, this one` : `${count} are empty, this one the first`;
}
/**
 * Counts the classes whose probability each row gives, of three probability columns or more (of
 * fewer, each cell is needed), so that empty cells are read only where the file is a top-k
 * export: its first row says which it is, and every other row must give as many classes. An
 * empty cell in a file of whole rows is a slip, which the metrics of the predicted classes would
 * read as a class below those given, and is refused at its line; so are a row that gives none,
 * and an export's row that gives another number (for a class's JSON Lines key that the columns
 * lack, named as such). Added after the columns' collectors, it reads
 * the rows they took of each batch, a column at a time, into one array of counts kept across
 * batches: nothing is made per row, and the first row's place is all it keeps.
 */
class GivenClassesCheck {
    score;
    names;
    classes;
    shared;
    counts = new Int32Array(0);
    /** How many classes the file's first row gives; -1 before it is read. */
    given = -1;
    firstAt = 0;
    /** The first row's first empty cell's class; -1 where the row gives every class's. */
    firstEmpty = -1;
    file = "";
    constructor(
    /** The score column whose name, with `_`, begins each class's (`score`). */
    score, names, classes, shared) {
        this.score = score;
        this.names = names;
        this.classes = classes;
        this.shared = shared;
    }
    add(batch) {
        const n = batch.length;
        if (this.counts.length < n)
            this.counts = new Int32Array(n);
        const counts = this.counts;
        counts.fill(0, 0, n);
        const columns = this.classes.map((collector) => collector.recent(n));
        for (const values of columns) {
            for (let i = 0; i < n; i++)
                if (!Number.isNaN(values[i]))
                    counts[i]++;
        }
        for (let i = 0; i < n; i++) {
            if (counts[i] !== this.given)
                this.unlike(batch, i, counts[i], columns);
        }
    }
    /** The columns' name in errors that are of no one column (`score_<class>`). */
    get column() {
        return `${this.score}_<class>`;
    }
    /**
     * Row `i` of `batch`, which gives `count` classes, not as many as the first row (or is the
     * first): noted where it is the first row, else refused.
     */
    unlike(batch, i, count, columns) {
        const { shared, names } = this;
        const classes = columns.length;
        const late = this.given < 0 ? undefined : this.lateKey(batch, i);
        if (late) {
            const at = batch.lineNumbers[i];
            const row = at === late.line ? "the row" : shared.placeOf(at);
            throw shared.placeError(late.file, late.line, late.name, `first appears here, after the rows whose keys are the file's columns, so it is not read, and ${row} gives ${count} of the ${classes} classes' probabilities read, the first row (${shared.placeOf(this.firstAt)}) ${this.given}`, lateFix(this.score));
        }
        if (count === 0) {
            throw shared.cellError(batch, i, this.column, "every class's probability is empty", "Write each row's probabilities: of every class, or of its top classes with the rest empty or 0");
        }
        if (this.given < 0) {
            this.given = count;
            this.firstAt = batch.lineNumbers[i];
            this.firstEmpty = columns.findIndex((values) => Number.isNaN(values[i]));
            this.file = batch.file;
            return;
        }
        if (this.given === classes) {
            const empty = columns.findIndex((values) => Number.isNaN(values[i]));
            throw shared.cellError(batch, i, names[empty], `${emptied(classes - count, classes)}, and the first row gives every class's: ${WHY}`, FIX);
        }
        // Of a file whose first row leaves cells empty, a whole row says that the slip is the first.
        if (count === classes) {
            throw shared.placeError(this.file, this.firstAt, names[this.firstEmpty], `${emptied(classes - this.given, classes)}, and ${shared.placeOf(batch.lineNumbers[i])} gives every class's: ${WHY}`, FIX);
        }
        throw shared.cellError(batch, i, this.column, `the row gives ${count} of the ${classes} classes' probabilities, and the first row (${shared.placeOf(this.firstAt)}) ${this.given}: ${WHY}`, FIX);
    }
    /**
     * A class's key of a JSON Lines file that first appears, on row `i` or before, after the rows
     * the file's columns are the keys of (a class of a top-k export that no early row ranks): a
     * row that gives it gives one class fewer of the columns, and is refused for the key rather
     * than for a count it does not write.
     */
    lateKey(batch, i) {
        const line = batch.lineNumbers[i];
        const prefix = `${this.score}_`;
        return batch.lateKeys?.find((key) => key.file === batch.file && key.line <= line && key.name.startsWith(prefix));
    }
    /** Whether the rows read so far are a top-k export's: each gives fewer than every class's. */
    get exports() {
        return this.given >= 0 && this.given < this.classes.length;
    }
    /** The export the file is, where its rows give fewer than every class's probability. */
    finish() {
        if (!this.exports)
            return undefined;
        return {
            given: this.given,
            first: this.shared.placeOf(this.firstAt),
            column: this.names[this.firstEmpty],
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/row-estimate.js

/** Room past the estimate, for rows longer or shorter than those read so far. */
const MARGIN = 1.1;
/**
 * How many rows a read will have given by the end of its current file, estimated as it goes,
 * so that arrays filled batch by batch can take their final size at once rather than double
 * into it, each doubling leaving the old array to the garbage collector. The batches handed out
 * after one read from disk carry how many bytes of the file had been read (`fileBytesRead`);
 * once the next read's batches arrive, the rows of the earlier ones came from that many bytes
 * (all but those of the batch still being filled), and the file's size scales them. Undefined
 * before that, and for batches that do not carry their bytes.
 */
class RowEstimate {
    rows;
    file = "";
    size = 0;
    /** Rows of the files before the current one, and of the current one so far. */
    before = 0;
    inFile = 0;
    bytesRead;
    /** Takes in the next batch of the read. */
    see(batch) {
        if (batch.file !== this.file) {
            this.before += this.inFile;
            this.inFile = 0;
            this.file = batch.file;
            this.size = (0,external_node_fs_.statSync)(batch.file).size;
            this.bytesRead = undefined;
            this.rows = undefined;
        }
        const { fileBytesRead } = batch;
        if (fileBytesRead !== this.bytesRead) {
            if (this.bytesRead !== undefined && this.bytesRead > 0) {
                this.rows = this.before + Math.ceil((this.inFile * this.size) / this.bytesRead);
            }
            this.bytesRead = fileBytesRead;
        }
        this.inFile += batch.length;
    }
    /**
     * The rows an array that needs room for `needed` should grow to: the estimate and a tenth,
     * when known and enough; else undefined, and the array doubles.
     */
    capacityFor(needed) {
        const rows = this.rows === undefined ? 0 : Math.ceil(this.rows * MARGIN);
        return rows >= needed ? rows : undefined;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/read-predictions.js










/**
 * Rows per batch: few enough that the rows of the batch being filled hardly bias the estimate
 * of a file's rows (`RowEstimate`), many enough that a batch costs little.
 */
const BATCH_ROWS = 8192;
/**
 * The classes the label and prediction columns of `batch` (a file's first) hold, sorted as the
 * class space sorts them: what a missing score column of each class's probability is named by.
 */
function classesOf(batch, columns) {
    const names = new Set();
    let numeric = true;
    for (const name of columns) {
        const column = batch.columns.get(name);
        if (column === undefined)
            continue;
        if ("values" in column) {
            for (const value of column.values.subarray(0, batch.length)) {
                if (!Number.isNaN(value))
                    names.add(String(value));
            }
            continue;
        }
        numeric = false;
        for (const code of column.codes.subarray(0, batch.length)) {
            if (code >= 0)
                names.add(column.dictionary[code]);
        }
    }
    return sortClasses(names, numeric && names.size > 0);
}
/** A slice column the file lacks, when the caller does not say where the column is named. */
function refuseSliceOfFile(column, file, columns) {
    const { fix } = (0,missing_column/* absentSlice */._x)(file, column, columns);
    throw new data_error/* DataError */.fL(file, `has no column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' to slice by`, fix, undefined, undefined, column);
}
class Planner {
    file;
    options;
    shared;
    names;
    columns;
    /** The text columns whose first batch holds a JSON list. */
    lists;
    /** Where metrics need the score of a classifier: the classes of the first batch. */
    firstClasses;
    constructor(file, options, batch, shared) {
        this.file = file;
        this.options = options;
        this.shared = shared;
        this.names = { ...prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S, ...options.columns };
        this.columns = [...batch.names];
        this.lists = new Set([...batch.columns]
            .filter(([, c]) => "dictionary" in c && c.dictionary.some((v) => v.trimStart()[0] === "["))
            .map(([name]) => name));
        const { label, prediction } = this.names;
        this.firstClasses =
            options.needs?.score && options.task !== "regression"
                ? classesOf(batch, [label, prediction])
                : [];
    }
    has(column) {
        return this.columns.includes(column);
    }
    /** The column of a role when present (`absentColumns` refused a needed one that is not). */
    optional(role) {
        const column = this.names[role];
        return this.has(column) ? column : undefined;
    }
    role(column, what, required) {
        return { column, what, required };
    }
    numbers(column, what, required, probability = false, binary, rowNoted = false) {
        return new NumberCollector({ column, what, required, probability, rowNoted, ...(binary !== undefined && { binary }) }, this.shared);
    }
    /** A category column; `sorted` for classes (see `CategoryCollector`). */
    categories(column, what, required, sorted = false) {
        return new CategoryCollector(this.role(column, what, required), this.shared, sorted);
    }
    /** The per-example score columns, each present (`absentColumns` refused a file without). */
    exampleScores() {
        return [...new Set(this.options.exampleScores ?? [])];
    }
    /** The slice columns, each of which must be present: refused where it is named. */
    slices() {
        const list = [...new Set(this.options.slices ?? [])];
        const refuse = this.options.refuseSlice ?? refuseSliceOfFile;
        for (const column of list)
            if (!this.has(column))
                refuse(column, this.file, this.columns);
        return list;
    }
    plan() {
        // Every missing column in one error (id, label, outcome, latency, cost, per-example
        // scores), not one run each.
        const absent = (0,absent_columns/* absentColumns */.FV)(this.columns, this.options, this.firstClasses);
        if (absent.length > 0)
            throw (0,missing_column/* missingColumns */.Q6)(this.file, this.columns, absent);
        const ids = new IdCollector(this.role(this.names.id, "id", true), this.shared);
        const latencyColumn = this.optional("latency");
        const costColumn = this.optional("cost");
        const latency = latencyColumn === undefined ? undefined : this.numbers(latencyColumn, "latency", false);
        const cost = costColumn === undefined ? undefined : this.numbers(costColumn, "cost", false);
        const scores = this.exampleScores().map((column) => {
            const binary = this.options.binaryScores?.get(column);
            const what = `score '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
            return [column, this.numbers(column, what, false, false, binary)];
        });
        const slices = this.slices().map((column) => [column, this.categories(column, "slice", false)]);
        const weights = this.weights();
        const outcomes = (0,absent_columns/* readsScoresOnly */.Fl)(this.columns, this.options)
            ? { collectors: [], finish: () => this.scoresOnly() }
            : this.options.task === "regression"
                ? this.regression()
                : this.classification();
        const collectors = [
            ids,
            ...outcomes.collectors,
            ...[latency, cost].filter((c) => c !== undefined),
            ...scores.map(([, c]) => c),
            ...slices.map(([, c]) => c),
            ...(weights ? [weights] : []),
        ];
        return {
            collectors,
            finish: (rowCount) => ({
                file: this.file,
                rowCount,
                ids: ids.finish(),
                ...(latency && { latency: latency.finish() }),
                ...(cost && { cost: cost.finish() }),
                exampleScores: new Map(scores.map(([column, c]) => [column, c.finish()])),
                slices: new Map(slices.map(([column, c]) => [column, c.finish()])),
                ...(weights && { weights: { column: weights.column, values: weights.finish() } }),
                ...outcomes.finish(),
            }),
        };
    }
    /** The sample weights, where the file has their column (`absentColumns` refused one it needs). */
    weights() {
        const column = this.options.weights?.column;
        if (column === undefined || !this.has(column))
            return undefined;
        const role = { column, what: "weight", required: true, weight: true };
        return Object.assign(new NumberCollector(role, this.shared), { column });
    }
    /** A file read for its scores alone, with the label and outcome columns it lacks. */
    scoresOnly() {
        return { task: "scores", lacks: (0,absent_columns/* unreadOutcomes */.hX)(this.columns, this.options) };
    }
    regression() {
        const labels = this.numbers(this.names.label, "label", true);
        const predictions = this.numbers(this.names.prediction, "prediction", true);
        return {
            collectors: [labels, predictions],
            finish: () => ({
                task: "regression",
                labels: labels.finish(),
                predictions: predictions.finish(),
            }),
        };
    }
    classification() {
        const labels = this.categories(this.names.label, "label", true, true);
        const predictionColumn = this.optional("prediction");
        const predictions = predictionColumn === undefined
            ? undefined
            : this.categories(predictionColumn, "prediction", true, true);
        // One of the two at least: `absentColumns` refused a file with neither.
        const scores = this.scores();
        return {
            collectors: [labels, ...(predictions ? [predictions] : []), ...(scores?.collectors ?? [])],
            finish: () => ({
                task: "classification",
                labels: labels.finish(),
                ...(predictions && { predictions: predictions.finish() }),
                ...(scores && { scores: scores.finish() }),
            }),
        };
    }
    /**
     * The score column: the positive class's probability, or a JSON list per row when the first
     * rows hold lists; without it, columns `<score>_<class>` hold one class's probability each.
     * Of three such columns or more, a cell may be empty where every row leaves as many empty (a
     * top-k export writes each row's top classes alone, `GivenClassesCheck`): its rows are then no
     * distribution, refused by the metrics that read one, while top-k accuracy ranks the classes
     * given. Of one or two, the positive class's probability is read by every metric of scores,
     * and each cell is needed.
     */
    scores() {
        const column = this.optional("score");
        if (column !== undefined) {
            return this.lists.has(column) ? this.listScores(column) : this.positiveScores(column);
        }
        const prefix = `${this.names.score}_`;
        const perClass = (0,absent_columns/* perClassScoreColumns */.Rk)(this.columns, this.options);
        if (perClass.length === 0)
            return undefined;
        const required = perClass.length < 3;
        const collectors = perClass.map((name) => this.numbers(name, `probability '${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`, required, true, undefined, !required));
        const given = required
            ? undefined
            : new GivenClassesCheck(this.names.score, perClass, collectors, this.shared);
        const sums = new ProbabilitySumCheck(`${prefix}<class>`, collectors, this.shared, given);
        return {
            collectors: [...collectors, ...(given ? [given] : []), sums],
            finish: () => {
                const columns = collectors.map((c) => c.finish());
                const offSums = sums.offRows.finish(columns);
                const topKExport = given?.finish();
                const classes = perClass.map((name) => name.slice(prefix.length));
                return {
                    kind: "per-class",
                    classes,
                    columns,
                    ...(offSums && { offSums }),
                    ...(topKExport && { topKExport }),
                };
            },
        };
    }
    positiveScores(column) {
        const values = this.numbers(column, "score", true, true);
        return {
            collectors: [values],
            finish: () => ({ kind: "positive", values: values.finish() }),
        };
    }
    listScores(column) {
        const lists = new ListScoreCollector(this.role(column, "score", true), this.shared);
        return {
            collectors: [lists],
            finish: () => {
                const columns = lists.finish();
                const offSums = lists.offRows.finish(columns);
                return { kind: "list", columns, ...(offSums && { offSums }) };
            },
        };
    }
}
/**
 * Reads one model's per-example predictions (CSV, JSONL or Parquet, CSV and JSONL possibly
 * gzipped: whatever the data engine reads) into typed arrays, one per column it needs; other
 * columns are read by the engine and dropped batch by batch. The id column is read as bytes
 * (as text when another role reads it too), so that ids compare as written and no id becomes a
 * string; a slice column as text, so that its slices are named as its cells are written. The
 * columns the options need and the file lacks are one `DataError` naming each with the input to
 * set; a cell that is missing where a value is needed, not a number where one is needed, or not
 * a probability, is a `DataError` naming the file and line (for Parquet, the row). A file
 * without rows is refused. With `outcomesOptional`, a file that lacks the label
 * or every outcome column is read for its other columns (task `scores`).
 */
async function readPredictions(path, options = {}) {
    const format = options.format ?? (0,data_format/* formatOf */.b)(path);
    const placeError = (file, at, column, problem, fix) => {
        problem = `column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}': ${problem}`;
        return format === "parquet"
            ? new data_error/* DataError */.fL(file, problem, fix, undefined, at, column)
            : new data_error/* DataError */.fL(file, problem, fix, at, undefined, column);
    };
    const cellError = (batch, row, column, problem, fix) => placeError(batch.file, batch.lineNumbers[row], column, problem, fix);
    const placeOf = (at) => (format === "parquet" ? `row ${at}` : `line ${at}`);
    const { id: idColumn, ...others } = { ...prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S, ...options.columns };
    const roles = [
        ...Object.values(others),
        ...(options.exampleScores ?? []),
        ...(options.weights ? [options.weights.column] : []),
    ];
    const slices = options.slices ?? [];
    // The ids as bytes, unless another role reads the same column and needs its text.
    const idAsText = [...roles, ...slices].includes(idColumn);
    // A slice is named by its cells as written (`2024-06-03`, not a date's milliseconds since
    // 1970), but where another role reads its column as numbers or classes.
    const textColumns = [
        ...(idAsText ? [idColumn] : []),
        ...slices.filter((column) => !roles.includes(column)),
    ];
    const estimate = new RowEstimate();
    let plan;
    let rowCount = 0;
    // Every collector copies what it keeps of a batch: the reader may refill its arrays.
    const batches = readBatches(path, {
        textColumns,
        ...(!idAsText && { byteColumns: [idColumn] }),
        ...(options.format && { format: options.format }),
        ...(options.delimiter && { delimiter: options.delimiter }),
        batchSize: options.batchSize ?? BATCH_ROWS,
        reuseBatches: true,
        // The columns a role, a slice or a per-example score takes, and the per-class scores: any
        // other (the example's text, its features) is read as bytes, and no cell of it a string.
        usedColumns: {
            only: [...(0,absent_columns/* claimedColumns */.Nu)(options)],
            prefixes: [`${options.columns?.score ?? prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S.score}_`],
        },
    });
    for await (const batch of batches) {
        if (plan === undefined) {
            plan = new Planner(path, options, batch, { cellError, placeError, placeOf, estimate }).plan();
        }
        estimate.see(batch);
        for (const collector of plan.collectors)
            collector.add(batch);
        rowCount += batch.length;
    }
    if (plan === undefined || rowCount === 0) {
        throw new data_error/* DataError */.fL(path, "holds no predictions (it has no rows)", "Write one row per evaluated example");
    }
    return plan.finish(rowCount);
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/pair-ids.js



/** How many ids of each kind of problem a report names, as examples. */
const EXAMPLE_IDS = 5;
/** A champion row whose id the challenger holds more than once. */
const PARTNER_REPEATED = -2;
const UNMATCHED = -1;
/** A challenger row's mark: its id is repeated in its file, or only in the champion's. */
const REPEATED = 1;
const PARTNER_REPEATS = 2;
/**
 * An open-addressing hash table of the rows of one id column, by id: each slot holds a row + 1,
 * 0 when empty; only the first row of each id is kept. Ids are compared as bytes, so that
 * `__proto__` or `constructor` are ids like any other.
 */
class IdTable {
    ids;
    slots;
    mask;
    constructor(ids, rows) {
        this.ids = ids;
        let size = 16;
        while (size < rows * 2)
            size *= 2;
        this.slots = new Int32Array(size);
        this.mask = size - 1;
    }
    /** Frees the table's memory; it is unusable afterwards. */
    release() {
        (0,release_array/* releaseArrays */.E)(this.slots);
    }
    /**
     * The first row holding the id of row `row` of `of`; when there is none and `add` is set, row
     * `row` is added (`of` must then be this table's column). -1 when not found.
     */
    find(of, row, add) {
        let slot = of.hash(row) & this.mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0) {
                if (add)
                    this.slots[slot] = row + 1;
                return -1;
            }
            if (this.ids.equals(held - 1, of, row))
                return held - 1;
            slot = (slot + 1) & this.mask;
        }
    }
}
/**
 * Marks row `row`, whose id was first seen at row `first`, as repeated; returns rows newly marked
 * (2 when the id is newly found repeated).
 */
function markRepeated(repeated, first, row) {
    let marked = 1;
    if (first >= 0 && repeated[first] !== REPEATED) {
        repeated[first] = REPEATED;
        marked++;
    }
    repeated[row] = REPEATED;
    return marked;
}
/** Counts the rows and the distinct ids that `markRepeated` marks. */
class RepeatCount {
    rows = 0;
    ids = 0;
    add(marked) {
        this.rows += marked;
        if (marked === 2)
            this.ids++;
    }
}
const addExample = (list, id) => {
    const shown = (0,shorten/* shorten */.ml)(id);
    // Rows of a repeated id follow each other or not: the id is named once either way.
    if (list.length < EXAMPLE_IDS && !list.includes(shown))
        list.push(shown);
};
/**
 * Pairs the rows of two files by id through one hash table of the champion's ids (and one of the
 * challenger's ids that the champion lacks), so that memory holds the ids' bytes plus a few
 * bytes a row. An id repeated within a file pairs with nothing: which of its rows would be meant
 * is unknown. A pair whose labels differ (`sameLabel` false) is left out and counted.
 */
function pairIds(championIds, challengerIds, sameLabel) {
    const found = matchIds(championIds, challengerIds);
    const pairs = collectPairs(championIds, challengerIds, { ...found, sameLabel });
    (0,release_array/* releaseArrays */.E)(found.championRepeated, found.challengerRepeated, found.match);
    return pairs;
}
/**
 * Each champion row's challenger row, and the rows whose id is repeated in their file. The hash
 * tables are freed on return, before the pairs are collected.
 */
function matchIds(championIds, challengerIds) {
    const championRepeated = new Uint8Array(championIds.length);
    const championDuplicates = new RepeatCount();
    const champion = new IdTable(championIds, championIds.length);
    for (let c = 0; c < championIds.length; c++) {
        const first = champion.find(championIds, c, true);
        if (first >= 0)
            championDuplicates.add(markRepeated(championRepeated, first, c));
    }
    // For each champion row, the challenger row with its id (or UNMATCHED, PARTNER_REPEATED).
    const match = new Int32Array(championIds.length).fill(UNMATCHED);
    // The challenger's ids that the champion has not once, to count those the challenger repeats;
    // made on the first such id, as most pairings have none.
    let others;
    // The distinct ids of both files: the champion's, then the challenger's it lacks.
    let ids = championIds.length - championDuplicates.rows + championDuplicates.ids;
    const challengerRepeated = new Uint8Array(challengerIds.length);
    const challengerDuplicates = new RepeatCount();
    for (let r = 0; r < challengerIds.length; r++) {
        const c = champion.find(challengerIds, r, false);
        if (c < 0 || championRepeated[c]) {
            others ??= new IdTable(challengerIds, challengerIds.length);
            const first = others.find(challengerIds, r, true);
            if (first >= 0)
                challengerDuplicates.add(markRepeated(challengerRepeated, first, r));
            else if (c >= 0)
                challengerRepeated[r] = PARTNER_REPEATS;
            else
                ids++;
            continue;
        }
        const m = match[c];
        if (m === UNMATCHED)
            match[c] = r;
        else {
            challengerDuplicates.add(markRepeated(challengerRepeated, m, r));
            match[c] = PARTNER_REPEATED;
        }
    }
    champion.release();
    others?.release();
    return {
        championRepeated,
        championDuplicates,
        challengerRepeated,
        challengerDuplicates,
        match,
        ids,
    };
}
/** Walks the champion's rows in order, keeping the pairs and counting the rest. */
function collectPairs(championIds, challengerIds, found) {
    const { championRepeated, challengerRepeated, match, sameLabel } = found;
    const examples = {
        championUnpaired: [],
        challengerUnpaired: [],
        championDuplicates: [],
        challengerDuplicates: [],
        labelMismatches: [],
    };
    const championRows = new Uint32Array(championIds.length);
    const challengerRows = new Uint32Array(championIds.length);
    const matched = new Uint8Array(challengerIds.length);
    let paired = 0;
    let championUnpaired = 0;
    let championPartnerRepeated = 0;
    let labelMismatches = 0;
    for (let c = 0; c < championIds.length; c++) {
        if (championRepeated[c]) {
            addExample(examples.championDuplicates, championIds.get(c));
            continue;
        }
        const r = match[c];
        if (r < 0) {
            championUnpaired++;
            if (r === PARTNER_REPEATED)
                championPartnerRepeated++;
            else
                addExample(examples.championUnpaired, championIds.get(c));
            continue;
        }
        matched[r] = 1;
        if (!sameLabel(c, r)) {
            labelMismatches++;
            addExample(examples.labelMismatches, championIds.get(c));
            continue;
        }
        championRows[paired] = c;
        challengerRows[paired] = r;
        paired++;
    }
    let challengerUnpaired = 0;
    let challengerPartnerRepeated = 0;
    for (let r = 0; r < challengerIds.length; r++) {
        if (challengerRepeated[r] === REPEATED) {
            addExample(examples.challengerDuplicates, challengerIds.get(r));
        }
        else if (challengerRepeated[r] === PARTNER_REPEATS) {
            challengerUnpaired++;
            challengerPartnerRepeated++;
        }
        else if (!matched[r]) {
            challengerUnpaired++;
            addExample(examples.challengerUnpaired, challengerIds.get(r));
        }
    }
    (0,release_array/* releaseArrays */.E)(matched);
    return {
        championRows: trimmed(championRows, paired),
        challengerRows: trimmed(challengerRows, paired),
        report: {
            championRows: championIds.length,
            challengerRows: challengerIds.length,
            ids: found.ids,
            paired,
            championUnpaired,
            challengerUnpaired,
            championPartnerRepeated,
            challengerPartnerRepeated,
            championDuplicates: found.championDuplicates.rows,
            challengerDuplicates: found.challengerDuplicates.rows,
            championRepeatedIds: found.championDuplicates.ids,
            challengerRepeatedIds: found.challengerDuplicates.ids,
            labelMismatches,
            examples,
        },
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/pair-predictions.js






/**
 * The rows to gather, or undefined when they are every row in order (both files list the same
 * examples in the same order, the common case): the file's arrays are then used as they are,
 * with no copy.
 */
function rowsToGather(rows, rowCount) {
    if (rows.length !== rowCount)
        return rows;
    for (let i = 0; i < rows.length; i++)
        if (rows[i] !== i)
            return rows;
    return undefined;
}
/** The slices of the pairs: each from the champion's file, else the challenger's. */
function pairedSlices(champion, challenger, championRows, challengerRows) {
    const slices = new Map();
    for (const [name, column] of champion.slices) {
        slices.set(name, gatherCategory(column, championRows));
    }
    for (const [name, column] of challenger.slices) {
        if (!slices.has(name))
            slices.set(name, gatherCategory(column, challengerRows));
    }
    return slices;
}
/**
 * The slice columns of both files whose values differ for some pairs: like a label, a slice
 * value belongs to the example, and two files that disagree on it say one of them is wrong.
 */
function sliceDisagreements(champion, challenger, pairs, championRows, challengerRows) {
    const found = [];
    for (const [column, mine] of champion.slices) {
        const theirs = challenger.slices.get(column);
        if (theirs === undefined)
            continue;
        // The challenger's codes as the champion's: -2 for a value the champion never writes.
        const codeOf = new Map(mine.names.map((name, code) => [name, code]));
        const remap = Int32Array.from(theirs.names, (name) => codeOf.get(name) ?? -2);
        let differ = 0;
        const examples = [];
        for (let i = 0; i < pairs; i++) {
            const c = championRows ? championRows[i] : i;
            const code = theirs.codes[challengerRows ? challengerRows[i] : i];
            if (mine.codes[c] === (code < 0 ? -1 : remap[code]))
                continue;
            differ++;
            if (examples.length < EXAMPLE_IDS)
                examples.push((0,shorten/* shorten */.ml)(champion.ids.get(c)));
        }
        if (differ > 0)
            found.push({ column, pairs: differ, examples });
    }
    return found;
}
/**
 * Whether a pair's two labels agree: the same class name, or the same number; any pair where a
 * file has no labels (`ScoresFile`), as there is nothing to disagree on.
 */
function labelsAgree(champion, challenger, space) {
    if (champion.task === "scores" || challenger.task === "scores")
        return () => true;
    if (champion.task === "regression" && challenger.task === "regression") {
        return (c, r) => champion.labels[c] === challenger.labels[r];
    }
    if (champion.task === "classification" && challenger.task === "classification" && space) {
        const [codes1, codes2] = [champion.labels.codes, challenger.labels.codes];
        const [remap1, remap2] = [remapOf(champion.labels, space), remapOf(challenger.labels, space)];
        return (c, r) => remap1[codes1[c]] === remap2[codes2[r]];
    }
    throw new Error("pairPredictions: both files must be read for the same task");
}
/** The files of `files` read without labels (`ScoresFile`), by their paths. */
const unlabelledOf = (...files) => files.filter((file) => file.task === "scores").map((file) => file.file);
/**
 * A file's model data at `rows`; `labels`, when given, the other model's (they agree). Where
 * some files were read without labels (`unlabelled`: this one, or the other of its pair), its
 * scores, latencies and costs alone.
 */
function align(file, space, rows, slices, { labels, unlabelled }) {
    // A file read without labels is among `unlabelled`: its task says so to the type too.
    if (file.task === "scores" || unlabelled.length > 0) {
        return scoresData(file, rows, slices, unlabelled);
    }
    return file.task === "classification"
        ? classifierData(file, space, rows, slices, labels)
        : regressorData(file, rows, slices, labels);
}
/**
 * The rows of each file to gather (see `rowsToGather`), and how the two paired: the pairs' own
 * row arrays are freed here when every row is kept in order.
 */
function pairRows(champion, challenger, space) {
    const pairs = pairIds(champion.ids, challenger.ids, labelsAgree(champion, challenger, space));
    const rows1 = rowsToGather(pairs.championRows, champion.rowCount);
    const rows2 = rowsToGather(pairs.challengerRows, challenger.rowCount);
    if (rows1 === undefined)
        (0,release_array/* releaseArrays */.E)(pairs.championRows);
    if (rows2 === undefined)
        (0,release_array/* releaseArrays */.E)(pairs.challengerRows);
    return { report: pairs.report, rows1, rows2 };
}
/**
 * Pairs two models' predictions by id and aligns their columns (see `pairIds` for what pairs and
 * how the rest is counted). A pair whose two files give different labels is left out and counted
 * as a label mismatch: which label is true is unknown, and a metric on either would favour one
 * model. Classes are those of both files together, so that codes mean the same in both. Where
 * either file was read without labels, both are aligned as scores alone (`ScoresData`).
 */
function pairPredictions(champion, challenger, options = {}) {
    const space = champion.task === "classification" && challenger.task === "classification"
        ? classSpace([champion, challenger], options)
        : undefined;
    const { report, rows1, rows2 } = pairRows(champion, challenger, space);
    const slices = pairedSlices(champion, challenger, rows1, rows2);
    const disagreements = sliceDisagreements(champion, challenger, report.paired, rows1, rows2);
    const unlabelled = unlabelledOf(champion, challenger);
    const weights = pairedWeights(champion, challenger, rows1, rows2, report.paired);
    const first = withWeights(align(champion, space, rows1, slices, { unlabelled }), weights);
    const labels = first.task === "scores" ? undefined : first.labels;
    const second = align(challenger, space, rows2, slices, { unlabelled, ...(labels && { labels }) });
    return { report, champion: first, challenger: withWeights(second, weights), disagreements };
}
/**
 * Both models' data on `rows` alone, in their order (a slice's examples), sharing labels and
 * weights as the pair does; a first model's one data stands on both sides again.
 */
function pairedAt(paired, rows) {
    const champion = modelDataAt(paired.champion, rows);
    if (paired.challenger === paired.champion)
        return { champion, challenger: champion };
    const shared = { from: paired.champion, at: champion };
    return { champion, challenger: modelDataAt(paired.challenger, rows, shared) };
}
/** A model's data with the examples' sample weights, where they are weighed. */
const withWeights = (data, weights) => weights ? { ...data, weights } : data;
/** One model's predictions on their own (a first model, without a champion), every row kept. */
function modelData(file, options = {}) {
    const space = file.task === "classification" ? classSpace([file], options) : undefined;
    const data = align(file, space, undefined, file.slices, { unlabelled: unlabelledOf(file) });
    const { weights } = file;
    return withWeights(data, weights && scaledWeights(weights.values, file.file, weights.column));
}

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(63262);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/champion-file.js + 1 modules
var champion_file = __webpack_require__(35023);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/eval-report.js
var eval_report = __webpack_require__(17364);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/rules.js
var rules = __webpack_require__(93144);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/margin-limit.js

/**
 * The challenger's value at the edge of a comparison's margin: the worst it may be for
 * non-inferiority, the least it must reach for superiority.
 */
function marginLimit(direction, test, margin, champion) {
    const size = (0,rules/* marginSize */.oO)(margin, champion);
    const better = direction === "higher" ? 1 : -1;
    return test === "superiority" ? champion + better * size : champion - better * size;
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/judge-aggregate.js
var judge_aggregate = __webpack_require__(22942);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/evidence-row.js



/** The limit each check held the challenger's value to, in the metric's units. */
function ruleChecks(row, family) {
    return row.checks.map((check) => {
        const outcome = { passed: check.verdict === "pass", status: check.verdict };
        if (check.check !== "comparison") {
            return { rule: check.check, limit: family.bounds[check.check], ...outcome };
        }
        const { test, margin } = family.comparison;
        return {
            rule: test === "superiority" ? "min-improvement" : "max-regression",
            limit: marginLimit(family.direction, test, margin, row.champion ?? 0),
            ...outcome,
        };
    });
}
/**
 * The method of the interval shown: a proportion's own value (bounds alone) is Wilson's score
 * interval, not McNemar's paired test, which only its comparison with a champion uses.
 */
function shownMethod(row, ofChallenger) {
    // eval-gate's rows come from paired evidence only (metric-evidence.ts).
    const method = row.method;
    return method === "mcnemar" && ofChallenger ? "wilson" : method;
}
function evidenceRow(row, family, rule, confidence) {
    // The comparison's interval is the delta's; without one, the first bound's (the value's).
    const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
    // A row without checks (too few examples) is of what its rule would have judged.
    const ofChallenger = shown ? shown.check !== "comparison" : !family.comparison;
    const redrawn = "redrawn" in family.evidence ? family.evidence.redrawn : undefined;
    return {
        metric: row.metric,
        slice: row.slice,
        gated: true,
        direction: family.direction,
        ...(0,eval_report/* compareValues */.ck)(row.champion, row.challenger),
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: ruleChecks(row, family),
        status: row.verdict,
        reason: row.reason,
        evidence: {
            method: shownMethod(row, ofChallenger),
            n: row.examples,
            ...(family.resamples !== undefined && { resamples: family.resamples }),
            ...(redrawn !== undefined && { resamples_redrawn: redrawn }),
            ...(row.support && { support: { count: row.support.count, of: row.support.plural } }),
            confidence: shown?.level ?? confidence,
            interval_of: ofChallenger ? "challenger" : "delta",
            interval: shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
                ? { lower: shown.lower, upper: shown.upper }
                : null,
            p_value: shown?.pValue ?? null,
            p_adjusted: shown?.adjustedPValue ?? null,
            ...(shown?.pValueAtFloor ? { p_at_floor: true } : {}),
            ...(shown?.normalApproximation ? { normal_approximation: true } : {}),
            mde: shown?.detectableEffect ?? null,
            examples_needed: shown?.examplesNeeded ?? null,
        },
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/resamples.js
var evidence_resamples = __webpack_require__(9987);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/judge-evidence.js + 3 modules
var judge_evidence = __webpack_require__(56193);
;// CONCATENATED MODULE: ./shared/dist/engine/report/listed.js
const LISTED = 10;
/** Paths or names as a note lists them: the first ten, and how many more. */
function listed(paths) {
    const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : "";
    return `${paths.slice(0, LISTED).join(", ")}${more}`;
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-error.js
var metric_error = __webpack_require__(19488);
// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(35428);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/binomial-sample.js

/** A uniform number in (0, 1), never 0 or 1, so that its logarithm and inverse are finite. */
function openUnit(rng) {
    return (rng.nextUint32() + 0.5) / 4294967296;
}
/** log k! - (Stirling's approximation of it), exact below 10, by its series above. */
const STIRLING_TAIL = [
    0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
    0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.010411265261972,
    0.00925546218271273, 0.00833056343336287,
];
function stirlingTail(k) {
    if (k <= 9)
        return STIRLING_TAIL[k];
    const k1 = (k + 1) * (k + 1);
    return (1 / 12 - (1 / 360 - 1 / 1260 / k1) / k1) / (k + 1);
}
/**
 * A draw from Binomial(trials, p). For trials * min(p, 1 - p) below 10, by counting geometric
 * waiting times (expected draws: trials * p + 1); above, by Hormann's transformed rejection
 * with squeeze, BTRS (Hormann 1993, "The generation of binomial random variates", Journal of
 * Statistical Computation and Simulation 46, 101-110), which takes a bounded number of uniforms
 * whatever the trials, as numpy's and TensorFlow's samplers do. p > 1/2 draws the failures.
 */
function sampleBinomial(rng, trials, p) {
    // NaN fails every test of the rejection loops below, which would then never end.
    if (Number.isNaN(p) || !Number.isFinite(trials)) {
        const [argument, value] = Number.isNaN(p) ? ["p", p] : ["trials", trials];
        throw new stats_input_error/* StatsInputError */.y(argument, `is ${value}`, "pass a finite number of trials and a probability between 0 and 1");
    }
    if (trials <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return trials;
    if (p > 0.5)
        return trials - sampleBinomial(rng, trials, 1 - p);
    return trials * p < 10 ? geometricWaits(rng, trials, p) : btrs(rng, trials, p);
}
function geometricWaits(rng, trials, p) {
    const logQ = Math.log1p(-p);
    let position = 0;
    let successes = 0;
    for (;;) {
        position += Math.ceil(Math.log(openUnit(rng)) / logQ);
        if (position > trials)
            return successes;
        successes++;
    }
}
function btrs(rng, n, p) {
    const spq = Math.sqrt(n * p * (1 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const r = p / (1 - p);
    const alpha = (2.83 + 5.1 / b) * spq;
    const m = Math.floor((n + 1) * p);
    for (;;) {
        const u = openUnit(rng) - 0.5;
        const v = openUnit(rng);
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (us >= 0.07 && v <= vr)
            return k;
        if (k < 0 || k > n)
            continue;
        const logV = Math.log((v * alpha) / (a / (us * us) + b));
        const bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
            (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
            (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
            stirlingTail(m) +
            stirlingTail(n - m) -
            stirlingTail(k) -
            stirlingTail(n - k);
        if (logV <= bound)
            return k;
    }
}
/**
 * Counts of `trials` draws over categories with the given non-negative weights, written into
 * `out`: Multinomial(trials, weights / sum(weights)) as a chain of binomials, each category
 * drawing from the trials the earlier ones left, with its share of the weight they left.
 */
function sampleMultinomial(rng, trials, weights, out) {
    let weightLeft = 0;
    for (let i = 0; i < weights.length; i++)
        weightLeft += weights[i];
    let trialsLeft = trials;
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        const drawn = trialsLeft > 0 && w > 0 ? sampleBinomial(rng, trialsLeft, w / weightLeft) : 0;
        out[i] = drawn;
        trialsLeft -= drawn;
        weightLeft -= w;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/bootstrap-weights.js
/**
 * Pr(Poisson(1) <= k) * 2^32 for k = 0..12, then 2^32: a 32-bit uniform u is the count k at the
 * first threshold above it. Pr(Poisson(1) > 12) is 2e-10, below one part in 2^32 after the
 * last threshold, so the draw is Poisson(1) to the generator's resolution.
 */
const THRESHOLDS = (() => {
    const thresholds = new Float64Array(14);
    let term = Math.exp(-1);
    let cumulative = 0;
    for (let k = 0; k < 13; k++) {
        cumulative += term;
        thresholds[k] = Math.min(cumulative * 4294967296, 4294967296);
        term /= k + 1;
    }
    thresholds[13] = 4294967296;
    return thresholds;
})();
/** No count: the slot holds a threshold, and the low 16 bits decide. */
const STRADDLES = 255;
/**
 * The count for each value of a uniform's high 16 bits: all 2^16 32-bit uniforms that share
 * those bits give the same count except in the 8 slots that hold a threshold. So 16 random bits
 * settle a draw, and 16 more only in those slots (1 draw in 8,000): two draws per generator call,
 * exactly as the 32-bit inversion would give them.
 */
const BY_HIGH_BITS = (() => {
    const table = new Uint8Array(65536);
    const countOf = (u) => {
        let k = 0;
        while (u >= THRESHOLDS[k])
            k++;
        return k;
    };
    for (let high = 0; high < 65536; high++) {
        const first = countOf(high * 65536);
        table[high] = first === countOf(high * 65536 + 65535) ? first : STRADDLES;
    }
    return table;
})();
function straddling(high, rng) {
    const u = high * 65536 + (rng.nextUint32() >>> 16);
    let k = 0;
    while (u >= THRESHOLDS[k])
        k++;
    return k;
}
function poissonOf16Bits(bits, rng) {
    const k = BY_HIGH_BITS[bits];
    return k === STRADDLES ? straddling(bits, rng) : k;
}
/**
 * Fills `out` with independent Poisson(1) counts: the weights of one Poisson bootstrap resample
 * (each example taken a Poisson(1) number of times; Hanley & MacGibbon 2006, Computer Methods
 * and Programs in Biomedicine 83, 57-62). Inversion of a 32-bit uniform through a table, two
 * draws per generator call; no allocation: call it again with the same buffer for the next
 * resample. A count never passes 13: bytes hold them.
 */
function fillPoissonWeights(rng, out) {
    const n = out.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
        const u = rng.nextUint32();
        out[i] = poissonOf16Bits(u >>> 16, rng);
        out[i + 1] = poissonOf16Bits(u & 0xffff, rng);
    }
    if (i < n)
        out[i] = poissonOf16Bits(rng.nextUint32() >>> 16, rng);
}
/**
 * Fills `out` with the counts of an ordinary bootstrap resample: out.length draws of an index,
 * uniformly with replacement, tallied per index (Multinomial(n, 1/n, ..., 1/n)). The counts
 * always sum to n. No allocation: call it again with the same buffer for the next resample.
 */
function fillMultinomialWeights(rng, out) {
    const n = out.length;
    out.fill(0);
    for (let i = 0; i < n; i++) {
        const k = rng.nextInt(n);
        out[k] = out[k] + 1;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/seeded-random.js
/**
 * A small deterministic pseudo-random generator: xoshiro128** (Blackman & Vigna 2018,
 * "Scrambled linear pseudorandom number generators"), seeded through splitmix32 so that any
 * integer seed gives a well-mixed state. Same seed, same sequence, on every platform.
 */
class SeededRandom {
    // Words at or above 2^31 are not small integers to V8: kept in object fields they are boxed
    // on every step, which made a draw 14 times slower than in a Uint32Array.
    state = new Uint32Array(4);
    constructor(seed) {
        let x = seed >>> 0;
        const next = () => {
            x = (x + 0x9e3779b9) >>> 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        for (let i = 0; i < 4; i++)
            this.state[i] = next();
    }
    /** The next 32-bit unsigned integer. */
    nextUint32() {
        const s = this.state;
        const s0 = s[0];
        const s1 = s[1];
        const s2 = s[2];
        const s3 = s[3];
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s[1] = s1 ^ n2;
        s[0] = s0 ^ n3;
        s[2] = n2 ^ t;
        s[3] = rotl(n3, 11);
        return result;
    }
    /** A uniform number in [0, 1) with 53 random bits, from two draws. */
    nextDouble() {
        return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
    }
    /** A uniform integer in [0, n), n <= 2^32 (multiply-shift; bias below n / 2^32). */
    nextInt(n) {
        return Math.floor((this.nextUint32() / 4294967296) * n);
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/validate.js
var validate = __webpack_require__(15091);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/weighted-bootstrap.js





/**
 * From this many examples on, 'auto' uses Poisson weights: the Poisson bootstrap differs from
 * the ordinary one only through the random total weight (Poisson(n) rather than n), which
 * changes a normalised statistic's bootstrap variance by a factor 1 + O(1/n), under 1e-4 here;
 * below it, the multinomial counts cost no more.
 */
const POISSON_FROM = 10_000;
function checkResamples(value) {
    const resamples = value ?? 1000;
    if (!Number.isInteger(resamples) || resamples < 100) {
        throw new stats_input_error/* StatsInputError */.y("resamples", `is ${String(resamples)}`, "use at least 100");
    }
    return resamples;
}
/**
 * Replicates of one or more statistics of the same examples under the bootstrap, every
 * statistic evaluated on the SAME weights in each resample, which is what pairs them: the
 * replicates of challenger(w) - champion(w) are the paired bootstrap of the difference. The
 * statistics are evaluated in the order given, on the data and on each draw, so that a statistic
 * may read the value of the one before it on the same weights.
 *
 * Rather than copying resampled examples (scipy `bootstrap` gathers n indices per resample, and
 * a rank statistic would sort again), each resample is a weight per example: the number of
 * times the ordinary bootstrap draws it (multinomial counts, summing to n), or an independent
 * Poisson(1) count. The Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy, Muralidharan,
 * Najmi & Naik 2012, "Estimating uncertainty for massive data streams", Google) is the ordinary
 * bootstrap with a Poisson(n) rather than fixed total, so for a statistic normalised by its total
 * weight (a mean, a rate, a ratio of counts) the two distributions agree to O(1/n); for a few
 * hundred examples the difference is visible, which is why 'auto' switches only at
 * `POISSON_FROM`. The weights buffer is reused: no allocation per resample.
 */
function weightedBootstrap(statistics, examples, options = {}) {
    if (!Number.isInteger(examples) || examples < 1) {
        throw new stats_input_error/* StatsInputError */.y("examples", `is ${String(examples)}`, "pass at least one example");
    }
    const resamples = checkResamples(options.resamples);
    const chosen = options.weights ?? "auto";
    const weights = chosen === "auto" ? (examples < POISSON_FROM ? "multinomial" : "poisson") : chosen;
    const rng = new SeededRandom(options.seed ?? 0);
    const own = options.exampleWeights;
    if (own !== undefined && own.length !== examples) {
        throw new stats_input_error/* StatsInputError */.y("exampleWeights", `has ${own.length} weights for ${examples} examples`, "pass one weight per example");
    }
    const { buffer, draw } = drawing(weights, rng, examples, own);
    return collect(statistics.map((s) => s(own)), resamples, weights, draw, statistics.map((s) => () => s(buffer)));
}
/**
 * The buffer each resample's weights are drawn into, and the draw: Poisson counts as bytes
 * (they never pass 13), multinomial counts and products with the examples' own weights as
 * doubles.
 */
function drawing(weights, rng, examples, own) {
    if (weights === "poisson" && own === undefined) {
        const counts = new Uint8Array(examples);
        return { buffer: counts, draw: () => fillPoissonWeights(rng, counts) };
    }
    const fill = weights === "poisson" ? fillPoissonWeights : fillMultinomialWeights;
    const doubles = new Float64Array(examples);
    if (own === undefined)
        return { buffer: doubles, draw: () => fill(rng, doubles) };
    return {
        buffer: doubles,
        draw: () => {
            fill(rng, doubles);
            for (let i = 0; i < examples; i++)
                doubles[i] = doubles[i] * own[i];
        },
    };
}
/**
 * Replicates of statistics of category counts under the ordinary bootstrap, in O(categories)
 * per resample whatever the number of examples: resampling n examples with replacement and
 * counting them per category gives Multinomial(n, counts / n) counts, which are drawn directly
 * (a chain of binomials). This is the ordinary bootstrap exactly, not an approximation of it: a
 * confusion-matrix metric of a million examples resamples in microseconds.
 */
function cellBootstrap(counts, statistics, options = {}) {
    const observed = (0,validate/* nonNegativeCounts */.d1)("counts", counts, 1);
    let total = 0;
    for (const c of observed) {
        if (!Number.isInteger(c)) {
            throw new stats_input_error/* StatsInputError */.y("counts", `holds ${c}`, "pass whole numbers of examples");
        }
        total += c;
    }
    if (total < 1)
        throw new stats_input_error/* StatsInputError */.y("counts", "are all 0", "pass at least one example");
    const resamples = checkResamples(options.resamples);
    const rng = new SeededRandom(options.seed ?? 0);
    const buffer = new Float64Array(observed.length);
    return collect(statistics.map((s) => s(observed.slice())), resamples, "multinomial", () => sampleMultinomial(rng, total, observed, buffer), statistics.map((s) => () => s(buffer)));
}
/**
 * Draws `resamples` resamples and evaluates every statistic on each. A draw on which some
 * statistic is NaN (a precision of a resample without a positive prediction, where the data had
 * some) is thrown away and drawn again, up to as many times as there are resamples: the
 * replicates are then the bootstrap distribution given that the statistic is defined, rather
 * than one with a made-up value (a precision of 0) standing in for it. Past that (undefined on at
 * least half the draws), or where a statistic is infinite, the resample's replicates are NaN.
 */
function collect(estimates, resamples, weights, draw, evaluate) {
    const replicates = evaluate.map(() => new Float64Array(resamples));
    // Draws resample r and evaluates every statistic on it: NaN (undefined) is told from infinite.
    const drawAt = (r) => {
        draw();
        let outcome = "finite";
        for (let s = 0; s < evaluate.length; s++) {
            const value = evaluate[s]();
            replicates[s][r] = value;
            if (Number.isNaN(value))
                outcome = "undefined";
            else if (!Number.isFinite(value) && outcome === "finite")
                outcome = "infinite";
        }
        return outcome;
    };
    let redrawn = 0;
    let undefinedResamples = 0;
    for (let r = 0; r < resamples; r++) {
        let outcome = drawAt(r);
        while (outcome === "undefined" && redrawn < resamples) {
            redrawn++;
            outcome = drawAt(r);
        }
        if (outcome !== "finite") {
            undefinedResamples++;
            for (const column of replicates)
                column[r] = NaN;
        }
    }
    return { estimates, replicates, weights, redrawn, undefinedResamples };
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/estimate.js
var estimate = __webpack_require__(67653);
;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-bootstrap-evidence.js



/**
 * The evidence for any metric given as a weighted statistic of each model (see
 * `WeightedStatistic`): the paired bootstrap of challenger(w) - champion(w), both evaluated on
 * the same weights in every resample, with percentile tests and intervals. A resample on which
 * either is NaN (undefined) is drawn again, and `redrawn` counts them (see `collect`).
 */
function bootstrapEvidence(champion, challenger, examples, options = {}) {
    const boot = weightedBootstrap([champion, challenger], examples, options);
    return fromReplicates(examples, boot, options.range);
}
/**
 * The same for a metric of category counts (the cells of the joint confusion matrix of both
 * models, say, 8 cells for a binary label): `counts` are the examples per category, and the
 * resamples draw the categories' counts directly, so the cost does not grow with the examples.
 */
function cellBootstrapEvidence(counts, champion, challenger, options = {}) {
    let examples = 0;
    for (let i = 0; i < counts.length; i++)
        examples += counts[i];
    const boot = cellBootstrap(counts, [champion, challenger], options);
    return fromReplicates(examples, boot, options.range);
}
function fromReplicates(examples, boot, range = { lower: -Infinity, upper: Infinity }) {
    const [champion, challenger] = boot.estimates;
    const resamples = boot.replicates[0].length;
    // An infinite value is kept: past the range of a double on the metric's worse side, the
    // challenger's is worse than any bound, which the judge, knowing the direction, decides.
    const insufficient = (why) => ({
        method: "bootstrap",
        examples,
        champion: Number.isNaN(champion) ? null : champion,
        challenger: Number.isNaN(challenger) ? null : challenger,
        insufficient: why,
    });
    if (!Number.isFinite(champion) || !Number.isFinite(challenger)) {
        return insufficient(notFinite(champion, challenger));
    }
    if (boot.undefinedResamples > 0) {
        const drawn = resamples + boot.redrawn;
        return insufficient(`the metric is not defined on ${(0,group_digits/* groupDigits */.K)(boot.undefinedResamples + boot.redrawn)} of ${(0,group_digits/* groupDigits */.K)(drawn)} resamples drawn (too few examples of some kind)`);
    }
    const [championReplicates, challengerReplicates] = boot.replicates;
    const deltaReplicates = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        deltaReplicates[r] = challengerReplicates[r] - championReplicates[r];
    }
    const width = range.upper - range.lower;
    const delta = (0,estimate/* bootstrapEstimate */.dr)(challenger - champion, deltaReplicates, {
        lower: -width,
        upper: width,
    });
    return {
        method: "bootstrap",
        examples,
        champion,
        challenger: (0,estimate/* bootstrapEstimate */.dr)(challenger, challengerReplicates, range),
        delta,
        noDifferencePValue: (0,estimate/* twoSidedPValue */.R$)(delta, 0),
        ...(boot.redrawn > 0 && { redrawn: boot.redrawn }),
    };
}
/**
 * Why a model's metric is not a finite number. An infinite one is a true value past what a double
 * holds (an rmse of errors near the largest double, the r2 of a model far worse than the mean),
 * not a metric without meaning. The remedy depends on the metric (a larger unit shrinks an rmse,
 * not an r2), which a statistic does not tell, so the reason says what happened only.
 */
function notFinite(champion, challenger) {
    const championInfinite = Math.abs(champion) === Infinity;
    const challengerInfinite = Math.abs(challenger) === Infinity;
    if (!championInfinite && !challengerInfinite) {
        return "the metric is not defined on these examples";
    }
    const whose = championInfinite && challengerInfinite
        ? "each model's"
        : championInfinite
            ? "the champion's"
            : "the challenger's";
    return `${whose} value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed`;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/gamma-functions.js
/**
 * Log-gamma and the regularised incomplete gamma functions, and the chi-square survival
 * function built on them.
 *
 * logGamma: Lanczos approximation (g = 7, 9 coefficients; Lanczos 1964, coefficients as in
 * Numerical Recipes / Godfrey), about 1e-15 relative accuracy, reflection for x < 0.5.
 * P(a, x) by its power series for x < a + 1, Q(a, x) by Legendre's continued fraction otherwise
 * (Numerical Recipes, 3rd ed., 6.2 `gser`/`gcf`), iterated to machine precision.
 */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** ln |Gamma(x)| for x > 0 (and non-integer x < 0). */
function logGamma(x) {
    if (x < 0.5) {
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function prefactor(a, x) {
    return Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function series(a, x) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * 1e-17)
            break;
    }
    return sum * prefactor(a, x);
}
function continuedFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return prefactor(a, x) * h;
}
/** Regularised lower incomplete gamma P(a, x) = gamma(a, x) / Gamma(a). */
function regularizedGammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x < a + 1)
        return series(a, x);
    return 1 - continuedFraction(a, x);
}
/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), accurate in the upper tail. */
function regularizedGammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (x < a + 1)
        return 1 - series(a, x);
    return continuedFraction(a, x);
}
/** Chi-square survival function with `dof` degrees of freedom (scipy `chi2.sf`). */
function chiSquareSf(statistic, dof) {
    if (statistic === Infinity)
        return 0;
    return regularizedGammaQ(dof / 2, statistic / 2);
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/binomial-distribution.js

/**
 * Binomial cumulative distribution Pr(X <= k) for X ~ Binomial(n, p) (scipy `binom.cdf`), by
 * direct summation of the probability mass from the largest included term outwards; each term
 * comes from its neighbour by the ratio (n - i + 1) p / (i (1 - p)), so no cancellation occurs.
 */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (p === 0)
        return 1;
    if (p === 1)
        return 0;
    // Sum the smaller tail for accuracy.
    const mode = Math.floor((n + 1) * p);
    if (k >= mode)
        return 1 - binomialCdfTail(k + 1, n, p);
    let term = Math.exp(logBinomialPmf(k, n, p));
    let sum = term;
    for (let i = k; i > 0 && term > sum * 1e-18; i--) {
        term *= (i * (1 - p)) / ((n - i + 1) * p);
        sum += term;
    }
    return Math.min(sum, 1);
}
/** Pr(X >= k). */
function binomialCdfTail(k, n, p) {
    let term = Math.exp(logBinomialPmf(k, n, p));
    let sum = term;
    for (let i = k; i < n && term > sum * 1e-18; i++) {
        term *= ((n - i) * p) / ((i + 1) * (1 - p));
        sum += term;
    }
    return Math.min(sum, 1);
}
/** log Pr(X = k) for X ~ Binomial(n, p), through log-gamma so that large n cannot overflow. */
function logBinomialPmf(k, n, p) {
    return (logGamma(n + 1) -
        logGamma(k + 1) -
        logGamma(n - k + 1) +
        k * Math.log(p) +
        (n - k) * Math.log1p(-p));
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/mcnemar.js



/**
 * McNemar's test for paired binary outcomes, matching statsmodels
 * `stats.contingency_tables.mcnemar(table, exact, correction)`. Only the discordant cells
 * b = table[0][1] and c = table[1][0] matter:
 * - exact (default): statistic = min(b, c), pValue = min(1, 2 Pr(Binomial(b + c, 1/2) <= min(b, c)));
 * - chi-square: statistic = (|b - c| - k)^2 / (b + c) with k = 1 under the continuity correction
 *   (default) and 0 without, pValue = chi2.sf(statistic, 1).
 * With no discordant pairs (b + c = 0), where statsmodels divides 0 by 0, the result is
 * statistic 0 and pValue 1: nothing disagrees. Reference: McNemar (1947); Agresti (2013), 11.1.
 */
function mcnemar(table, options = {}) {
    if (!Array.isArray(table) ||
        table.length !== 2 ||
        !table.every((r) => Array.isArray(r) && r.length === 2)) {
        throw new stats_input_error/* StatsInputError */.y("table", "is not a 2x2 table", "pass [[a, b], [c, d]]");
    }
    for (const v of table.flat()) {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
            throw new stats_input_error/* StatsInputError */.y("table", `holds ${String(v)}`, "pass non-negative finite counts");
        }
    }
    const b = table[0][1];
    const c = table[1][0];
    if (options.exact !== false) {
        const statistic = Math.min(b, c);
        return { statistic, pValue: Math.min(1, 2 * binomialCdf(statistic, b + c, 0.5)) };
    }
    if (b + c === 0)
        return { statistic: 0, pValue: 1 };
    const k = options.correction === false ? 0 : 1;
    const statistic = (Math.abs(b - c) - k) ** 2 / (b + c);
    return { statistic, pValue: chiSquareSf(statistic, 1) };
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/normal-distribution.js
var normal_distribution = __webpack_require__(16233);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/paired-proportion-difference.js



function checkPairs(pairs) {
    const { firstOnly, secondOnly, total } = pairs;
    for (const [name, value] of [
        ["firstOnly", firstOnly],
        ["secondOnly", secondOnly],
        ["total", total],
    ]) {
        // Effective counts of weighted pairs need not be whole.
        if (!Number.isFinite(value) || value < 0) {
            throw new stats_input_error/* StatsInputError */.y(name, `is ${String(value)}`, "pass a count of pairs from 0 up");
        }
    }
    if (!(total > 0) || firstOnly + secondOnly > total) {
        throw new stats_input_error/* StatsInputError */.y("total", `is ${total} with ${firstOnly + secondOnly} discordant pairs`, "pass at least one pair and no more discordant pairs than pairs");
    }
}
/**
 * p12 + p21 - d^2, the variance of one pair's (second - first) under H0: p2 - p1 = d, at the
 * maximum-likelihood estimates restricted to H0 (p12 = p21 + d): the restricted p21 is the
 * larger root of 2N q^2 + B q + C = 0, B = -x - y + (2N - x + y) d, C = -y d (1 - d), with
 * x = secondOnly, y = firstOnly (Tango 1998). When B > 0 the root is taken in the form
 * -2C / (sqrt(B^2 - 8NC) + B), which does not cancel.
 */
function restrictedVariance(x, y, n, d) {
    const b = -x - y + (2 * n - x + y) * d;
    const c = -y * d * (1 - d);
    const root = Math.sqrt(b * b - 8 * n * c);
    const q = b > 0 ? (-2 * c) / (root + b) : (root - b) / (4 * n);
    return 2 * q + d * (1 - d);
}
/**
 * Tango's score statistic for H0: p2 - p1 = d, where p1 and p2 are the success rates of two
 * outcomes observed on the same pairs (Tango 1998, "Equivalence test and confidence interval for
 * the difference in proportions for the paired-sample design", Statistics in Medicine 17,
 * 891-908):
 *
 *   Z(d) = (x - y - N d) / sqrt(N (2 q + d (1 - d))),
 *
 * with x = secondOnly, y = firstOnly, N pairs and q the restricted estimate of p21 above. Large
 * Z speaks for p2 - p1 > d. At d = 0 it is McNemar's statistic (x - y) / sqrt(x + y) without a
 * continuity correction, so the interval below and McNemar's test agree on whether the
 * difference is zero.
 */
function pairedDifferenceScore(pairs, difference) {
    checkPairs(pairs);
    if (!(difference >= -1 && difference <= 1)) {
        throw new stats_input_error/* StatsInputError */.y("difference", `is ${String(difference)}`, "pass a difference of proportions between -1 and 1");
    }
    return score(pairs, difference);
}
function score({ firstOnly, secondOnly, total }, d) {
    const numerator = secondOnly - firstOnly - total * d;
    const variance = total * restrictedVariance(secondOnly, firstOnly, total, d);
    if (variance > 0)
        return numerator / Math.sqrt(variance);
    return numerator === 0 ? 0 : numerator * Infinity;
}
/**
 * Tango's asymptotic score interval for p2 - p1 on paired data: the differences d whose score
 * |Z(d)| stays below Phi^-1(1 - (1 - level) / 2), found by bisection (Z falls as d rises). It
 * holds its level well from small samples on and is one of the intervals Fagerland, Lydersen &
 * Laake (2014, Statistics in Medicine 33, 2850-2875) recommend for paired proportions; unlike
 * the Wald interval it is never empty or degenerate when no pair is discordant.
 */
function pairedDifferenceInterval(pairs, options = {}) {
    checkPairs(pairs);
    const level = (0,validate/* openProbability */.aO)("confidenceLevel", options.confidenceLevel ?? 0.95);
    const z = (0,normal_distribution/* normalQuantile */.Zl)(1 - (1 - level) / 2);
    const estimate = (pairs.secondOnly - pairs.firstOnly) / pairs.total;
    return {
        estimate,
        lower: crossing(pairs, z, -1, estimate),
        upper: crossing(pairs, -z, estimate, 1),
    };
}
/** The d in [from, to] where the falling score Z(d) crosses `target`. */
function crossing(pairs, target, from, to) {
    if (score(pairs, from) <= target)
        return from;
    if (score(pairs, to) >= target)
        return to;
    let low = from;
    let high = to;
    // 60 halvings of an interval no wider than 2 reach the spacing of doubles near 1.
    for (let i = 0; i < 60 && high - low > 0; i++) {
        const mid = (low + high) / 2;
        if (score(pairs, mid) > target)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/wilson-interval.js



/**
 * Wilson score interval for a binomial proportion, matching statsmodels
 * `proportion_confint(count, nobs, alpha, method="wilson")`:
 *
 *   z = Phi^-1(1 - alpha/2), p = count / nobs, d = 1 + z^2 / n,
 *   center = (p + z^2 / (2n)) / d,  half = z sqrt(p (1 - p) / n + z^2 / (4 n^2)) / d,
 *   [center - half, center + half], clipped to [0, 1].
 *
 * Reference: Wilson (1927), J. Amer. Statist. Assoc. 22, 209-212.
 */
function wilsonInterval(successes, trials, options = {}) {
    const level = (0,validate/* openProbability */.aO)("confidenceLevel", options.confidenceLevel ?? 0.95);
    // An effective number of weighted trials need not be whole.
    if (!Number.isFinite(trials) || !(trials > 0)) {
        throw new stats_input_error/* StatsInputError */.y("trials", `is ${String(trials)}`, "pass a count above 0");
    }
    if (!Number.isFinite(successes) || successes < 0 || successes > trials) {
        throw new stats_input_error/* StatsInputError */.y("successes", `is ${String(successes)}`, `pass a count between 0 and trials (${trials})`);
    }
    const z = (0,normal_distribution/* normalQuantile */.Zl)(1 - (1 - level) / 2);
    const z2 = z * z;
    const p = successes / trials;
    const denom = 1 + z2 / trials;
    const center = (p + z2 / (2 * trials)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
    return {
        estimate: p,
        lower: Math.max(0, center - half),
        upper: Math.min(1, center + half),
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-proportions.js





/** Below this many discordant pairs McNemar's test is exact (binomial), as statsmodels advises. */
const EXACT_BELOW = 25;
/** Tallies per-example outcomes (1 or true: right; 0 or false: wrong) of the two models. */
function countPairedOutcomes(championCorrect, challengerCorrect) {
    if (championCorrect.length !== challengerCorrect.length) {
        throw new StatsInputError("challengerCorrect", `has ${challengerCorrect.length} outcomes, the champion's ${championCorrect.length}`, "pass one outcome per example for both models, in the same order");
    }
    const cells = [0, 0, 0, 0];
    const bit = (argument, v, i) => {
        if (v === 1 || v === true)
            return 1;
        if (v === 0 || v === false)
            return 0;
        throw new StatsInputError(argument, `holds ${String(v)} at index ${i}`, "pass 1/true or 0/false");
    };
    for (let i = 0; i < championCorrect.length; i++) {
        const cell = 2 * bit("championCorrect", championCorrect[i], i) +
            bit("challengerCorrect", challengerCorrect[i], i);
        cells[cell]++;
    }
    const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells;
    return { bothCorrect, championOnly, challengerOnly, neitherCorrect };
}
/**
 * The evidence for an accuracy-like proportion (the share of examples a model gets right) of
 * two models on the same examples. The difference's tests and interval are Tango's score
 * method for paired proportions, which needs only the discordant pairs and reduces to McNemar's
 * test at a difference of 0; the challenger's own are Wilson's score test and interval.
 */
function pairedProportionEvidence(outcomes) {
    const { bothCorrect, championOnly, challengerOnly, neitherCorrect } = outcomes;
    const examples = bothCorrect + championOnly + challengerOnly + neitherCorrect;
    if (examples === 0) {
        return {
            method: "mcnemar",
            examples,
            champion: null,
            challenger: null,
            insufficient: "no examples",
        };
    }
    const pairs = { firstOnly: championOnly, secondOnly: challengerOnly, total: examples };
    const discordant = championOnly + challengerOnly;
    return {
        method: "mcnemar",
        examples,
        champion: (bothCorrect + championOnly) / examples,
        challenger: proportionEstimate(bothCorrect + challengerOnly, examples),
        delta: differenceEstimate(pairs),
        noDifferencePValue: mcnemar([
            [bothCorrect, championOnly],
            [challengerOnly, neitherCorrect],
        ], 
        // The exact test counts whole pairs; weighted effective counts take the chi-square.
        {
            exact: discordant < EXACT_BELOW &&
                Number.isInteger(championOnly) &&
                Number.isInteger(challengerOnly),
            correction: false,
        }).pValue,
    };
}
/**
 * A proportion with the score test that Wilson's interval inverts, z = (p - t) / sqrt(t (1 - t) / n).
 * At t = 0 or 1 the null has no spread: any other value refutes it, the same value does not.
 */
function proportionEstimate(successes, trials) {
    const value = successes / trials;
    const z = (t) => (value - t) / Math.sqrt((t * (1 - t)) / trials);
    return {
        value,
        standardError: Math.sqrt((value * (1 - value)) / trials),
        standardErrorAt: (t) => Math.sqrt((t * (1 - t)) / trials),
        smallestPValue: 0,
        pAbove: (t) => (t < 0 ? 0 : t >= 1 ? 1 : t === 0 ? Number(value === 0) : (0,normal_distribution/* normalSf */.nG)(z(t))),
        pBelow: (t) => (t > 1 ? 0 : t <= 0 ? 1 : t === 1 ? Number(value === 1) : (0,normal_distribution/* normalCdf */.vr)(z(t))),
        interval: (tail) => wilsonInterval(successes, trials, { confidenceLevel: 1 - 2 * tail }),
    };
}
/** challenger - champion with Tango's score test and interval. */
function differenceEstimate(pairs) {
    const { firstOnly, secondOnly, total } = pairs;
    const value = (secondOnly - firstOnly) / total;
    const score = (t) => pairedDifferenceScore(pairs, t);
    return {
        value,
        // The Wald standard error, (p12 + p21 - d^2) / n, for sizing detectable effects.
        standardError: Math.sqrt(Math.max(0, (firstOnly + secondOnly) / total - value * value) / total),
        smallestPValue: 0,
        pAbove: (t) => (t < -1 ? 0 : t >= 1 ? 1 : (0,normal_distribution/* normalSf */.nG)(score(t))),
        pBelow: (t) => (t > 1 ? 0 : t <= -1 ? 1 : (0,normal_distribution/* normalCdf */.vr)(score(t))),
        interval: (tail) => pairedDifferenceInterval(pairs, { confidenceLevel: 1 - 2 * tail }),
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/delong-components.js



/** Which examples are positive (labels 1/true) and how many, refusing labels that are not 0/1. */
function delong_components_labelMask(labels, length) {
    if (labels === null || typeof labels !== "object" || labels.length !== length) {
        throw new StatsInputError("labels", `has ${String(labels?.length)} value(s), the scores ${length}`, "pass one label per score");
    }
    const mask = new Uint8Array(length);
    let positives = 0;
    for (let i = 0; i < length; i++) {
        const label = labels[i];
        if (label === 1 || label === true)
            mask[i] = 1;
        else if (label !== 0 && label !== false) {
            throw new StatsInputError("labels", `value at index ${i} is ${String(label)}`, "label each example 1 (or true) for positive, 0 (or false) for negative");
        }
        positives += mask[i];
    }
    return { mask, positives };
}
/** Which examples are positive, with the two of each class that DeLong's variance needs. */
function positiveMask(labels, length) {
    const { mask, positives } = delong_components_labelMask(labels, length);
    if (positives < 2 || length - positives < 2) {
        throw new StatsInputError("labels", `has ${positives} positive(s) and ${length - positives} negative(s)`, "pass at least two examples of each class: DeLong's variance needs them");
    }
    return mask;
}
/**
 * The structural components of DeLong, DeLong & Clarke-Pearson (1988) for one classifier, by
 * Sun & Xu's (2014) midrank identities rather than comparing every pair: with Tz the midranks
 * of all m + n scores, Tx those of the m positives among themselves and Ty those of the n
 * negatives,
 *
 *   V10[i] = (Tz[i] - Tx[i]) / n,   V01[j] = 1 - (Tz[j] - Ty[j]) / m,
 *   AUC = (sum over positives of Tz - m (m + 1) / 2) / (m n),
 *
 * O((m + n) log(m + n)) instead of O(m n).
 */
function delong_components_delongComponents(argument, scores, positive) {
    const all = finiteSample(argument, scores);
    if (all.length !== positive.length) {
        throw new StatsInputError(argument, `has ${all.length} value(s), the labels ${positive.length}`, "pass one score per label");
    }
    let m = 0;
    for (const p of positive)
        m += p;
    const n = all.length - m;
    const x = new Float64Array(m);
    const y = new Float64Array(n);
    const z = new Float64Array(m + n);
    let i = 0;
    let j = 0;
    for (let k = 0; k < all.length; k++) {
        if (positive[k] === 1)
            x[i++] = all[k];
        else
            y[j++] = all[k];
    }
    z.set(x);
    z.set(y, m);
    const tx = rankData(x).ranks;
    const ty = rankData(y).ranks;
    const tz = rankData(z).ranks;
    const v10 = new Float64Array(m);
    const v01 = new Float64Array(n);
    let rankSum = 0;
    for (let a = 0; a < m; a++) {
        rankSum += tz[a];
        v10[a] = (tz[a] - tx[a]) / n;
    }
    for (let b = 0; b < n; b++)
        v01[b] = 1 - (tz[m + b] - ty[b]) / m;
    return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** The sample covariance (divisor length - 1) of two equally long vectors. */
function sampleCovariance(a, b) {
    const n = a.length;
    let meanA = 0;
    let meanB = 0;
    for (let i = 0; i < n; i++) {
        meanA += a[i];
        meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += (a[i] - meanA) * (b[i] - meanB);
    return sum / (n - 1);
}
/**
 * The covariance of the weighted means of `a` and `b` over the same m examples (each weighing
 * above 0), linearised as a survey's ratio estimate is: sum of w^2 (a - mean a)(b - mean b) /
 * (sum of w)^2, times m / (m - 1), so that equal weights give `sampleCovariance(a, b) / m`,
 * DeLong's own term. Each weight is taken as its share of the sum, which no square of a weight
 * or of the sum can overflow.
 */
function linearisedCovariance(a, b, w) {
    const m = w.length;
    let total = 0;
    for (let i = 0; i < m; i++)
        total += w[i];
    let meanA = 0;
    let meanB = 0;
    for (let i = 0; i < m; i++) {
        meanA += (w[i] / total) * a[i];
        meanB += (w[i] / total) * b[i];
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
        const share = w[i] / total;
        sum += share * share * (a[i] - meanA) * (b[i] - meanB);
    }
    return (sum * m) / (m - 1);
}
/**
 * DeLong's covariance of the AUCs of two classifiers (a classifier with itself: its variance);
 * with sample weights (both classifiers' components weigh the same examples alike), each
 * class's term linearised (`linearisedCovariance`), as McNemar's effective counts are.
 */
function delongCovariance(a, b) {
    if (a.weights) {
        return (linearisedCovariance(a.v10, b.v10, a.weights.v10) +
            linearisedCovariance(a.v01, b.v01, a.weights.v01));
    }
    return (sampleCovariance(a.v10, b.v10) / a.v10.length + sampleCovariance(a.v01, b.v01) / a.v01.length);
}

;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-auc.js




/** DeLong's variance needs at least two examples of each class. */
const PER_CLASS = 2;
/** Insufficient evidence when either class has fewer than two examples. */
function tooFew(examples, positives) {
    const negatives = examples - positives;
    if (positives >= PER_CLASS && negatives >= PER_CLASS)
        return undefined;
    return {
        method: "delong",
        examples,
        champion: null,
        challenger: null,
        insufficient: `${positives} positive(s) and ${negatives} negative(s) among the labels, and ROC AUC needs at least ${PER_CLASS} of each`,
    };
}
/**
 * The evidence from both models' structural components, which must list the same examples in the
 * same order: Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov, tests and
 * intervals normal.
 */
function fromComponents(examples, champion, challenger) {
    const challengerVariance = delongCovariance(challenger, challenger);
    const deltaVariance = Math.max(0, challengerVariance +
        delongCovariance(champion, champion) -
        2 * delongCovariance(challenger, champion));
    const delta = (0,estimate/* normalEstimate */.mu)(challenger.auc - champion.auc, Math.sqrt(deltaVariance), {
        lower: -1,
        upper: 1,
    });
    return {
        method: "delong",
        examples,
        champion: champion.auc,
        challenger: (0,estimate/* normalEstimate */.mu)(challenger.auc, Math.sqrt(challengerVariance), {
            lower: 0,
            upper: 1,
        }),
        delta,
        noDifferencePValue: (0,estimate/* twoSidedPValue */.R$)(delta, 0),
    };
}
/**
 * The evidence for ROC AUC of two models scoring the same examples: DeLong, DeLong &
 * Clarke-Pearson (1988). Each AUC's structural components are computed once (by midranks, Sun &
 * Xu 2014) and give the challenger's variance and the covariance of the pair, so
 * Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov; tests and intervals are
 * normal. Labels are 1/true for positives and 0/false for negatives; fewer than two of either
 * class is insufficient.
 */
function delongEvidence(labels, championScores, challengerScores) {
    const examples = championScores.length;
    const { mask, positives } = labelMask(labels, examples);
    return (tooFew(examples, positives) ??
        fromComponents(examples, delongComponents("championScores", championScores, mask), delongComponents("challengerScores", challengerScores, mask)));
}
/**
 * The examples `members` marks (all when undefined), each numbered among those of its class in
 * example order: the slot of its structural component, the same for both models. With
 * `weights`, each class's total weight and each slot's weight; without, each example weighs 1.
 */
function slotsOf(ranking, members, weights) {
    const { order, positive } = ranking;
    const n = order.length;
    // Each example's class first, then, in example order, its number within its class.
    const slot = new Uint32Array(n);
    for (let k = 0; k < n; k++)
        slot[order[k]] = positive[k];
    let positives = 0;
    let negatives = 0;
    for (let i = 0; i < n; i++) {
        if (members !== undefined && members[i] === 0)
            continue;
        slot[i] = slot[i] === 1 ? positives++ : negatives++;
    }
    if (weights === undefined) {
        return { slot, positives, negatives, positiveWeight: positives, negativeWeight: negatives };
    }
    const slotWeights = { v10: new Float64Array(positives), v01: new Float64Array(negatives) };
    let positiveWeight = 0;
    let negativeWeight = 0;
    for (let k = 0; k < n; k++) {
        const i = order[k];
        if (members !== undefined && members[i] === 0)
            continue;
        const w = weights[i];
        if (positive[k] === 1) {
            slotWeights.v10[slot[i]] = w;
            positiveWeight += w;
        }
        else {
            slotWeights.v01[slot[i]] = w;
            negativeWeight += w;
        }
    }
    return { slot, positives, negatives, positiveWeight, negativeWeight, slotWeights };
}
/**
 * DeLong's structural components in one sweep down a model's ranking, with psi = 1/2 on ties:
 * a positive's V10 is the share of negatives in lower groups plus half of those in its own group,
 * a negative's V01 the share of positives in higher groups plus half of those in its own; with
 * `weights`, shares of weight. The ranking of all examples, restricted to `members`, is still
 * the members' ranking, so a slice needs no sort of its own. AUC = the (weighted) mean of V10.
 */
function sweptComponents(ranking, members, slots, weights) {
    const { order, positive, groupEnd } = ranking;
    const { slot, positives, negatives, positiveWeight, negativeWeight } = slots;
    const v10 = new Float64Array(positives);
    const v01 = new Float64Array(negatives);
    // The running sums in a typed array, not variables: V8's middle tier boxes a double carried
    // around a loop on every turn, a heap object per group of ties. [area, above, below]
    const sums = new Float64Array([0, 0, negativeWeight]);
    let start = 0;
    for (let end = 0; end < order.length; end++) {
        if (groupEnd[end] === 0)
            continue;
        let p = 0;
        let q = 0;
        for (let k = start; k <= end; k++) {
            const i = order[k];
            if (members !== undefined && members[i] === 0)
                continue;
            const w = weights === undefined ? 1 : weights[i];
            if (positive[k] === 1)
                p += w;
            else
                q += w;
        }
        sums[2] -= q;
        const positiveShare = (sums[2] + q / 2) / negativeWeight;
        const negativeShare = (sums[1] + p / 2) / positiveWeight;
        for (let k = start; k <= end; k++) {
            const i = order[k];
            if (members !== undefined && members[i] === 0)
                continue;
            if (positive[k] === 1)
                v10[slot[i]] = positiveShare;
            else
                v01[slot[i]] = negativeShare;
        }
        sums[0] += p * positiveShare;
        sums[1] += p;
        start = end + 1;
    }
    const auc = sums[0] / positiveWeight;
    return slots.slotWeights ? { auc, v10, v01, weights: slots.slotWeights } : { auc, v10, v01 };
}
/**
 * `delongEvidence` from both models' examples already sorted by score (once per model, as the
 * ROC AUC metric sorts them), on all examples or on those `members` marks with 1 (a slice): a
 * linear sweep per model rather than three sorts. Both rankings must rank the same examples,
 * with the same labels. With `weights` (one per example, above 0 for every member), the AUCs
 * are weighted, as scikit-learn's `sample_weight` weighs them, and their variances and
 * covariance linearised (`delongCovariance`); equal weights give DeLong's own.
 */
function rankedDelongEvidence(champion, challenger, members, weights) {
    const n = champion.order.length;
    if (challenger.order.length !== n || (members !== undefined && members.length !== n)) {
        throw new stats_input_error/* StatsInputError */.y("challenger", `ranks ${challenger.order.length} examples, the champion ${n}${members ? ` and members ${members.length}` : ""}`, "rank the same examples for both models, and mark each of them in members");
    }
    const slots = slotsOf(champion, members, weights);
    const examples = slots.positives + slots.negatives;
    const insufficient = tooFew(examples, slots.positives);
    if (insufficient) {
        (0,release_array/* releaseArrays */.E)(slots.slot);
        return insufficient;
    }
    const first = sweptComponents(champion, members, slots, weights);
    const second = sweptComponents(challenger, members, slots, weights);
    (0,release_array/* releaseArrays */.E)(slots.slot);
    const evidence = fromComponents(examples, first, second);
    (0,release_array/* releaseArrays */.E)(first.v10, first.v01, second.v10, second.v01);
    if (slots.slotWeights)
        (0,release_array/* releaseArrays */.E)(slots.slotWeights.v10, slots.slotWeights.v01);
    return evidence;
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/confusion-metrics.js
var confusion_metrics = __webpack_require__(16967);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/ranking-metrics.js
var ranking_metrics = __webpack_require__(29665);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/recall-at-alert-rate.js
var recall_at_alert_rate = __webpack_require__(94896);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/metric-evidence.js



/** The values of the bounded metrics that are no share: a correlation's. */
const BOUNDED = { mcc: { lower: -1, upper: 1 } };
/**
 * The settings, with the values the metric can take where they are bounded (a share's 0 to 1):
 * its normal tails stay within them, and its change's within ± their width.
 */
function rangeOf(pair, settings) {
    const range = pair.champion.definition.share ? { lower: 0, upper: 1 } : BOUNDED[pair.name];
    return range ? { ...settings, range } : settings;
}
/**
 * The method `auto` picks for a metric. Where examples carry sample weights, McNemar's test
 * takes them as effective counts (`mcnemarEvidence`) and DeLong's as weighted components.
 */
function autoMethod(pair) {
    if (pair.champion.definition.proportion || isBinaryRecall(pair))
        return "mcnemar";
    if (pair.name === "roc_auc" && metric_evidence_isBinary(pair.championData))
        return "delong";
    return "bootstrap";
}
const metric_evidence_isBinary = (data) => data.task === "classification" && data.positive >= 0 && data.positiveScores !== undefined;
/**
 * A binary recall is the share of the positive examples a model finds, and both models are
 * judged on the same ones: a paired proportion, like accuracy. Its score interval stays wide
 * when the models agree on every positive, where a bootstrap's collapses to [0, 0] and would
 * pass any margin on a handful of positives.
 */
const isBinaryRecall = (pair) => pair.name === "recall" &&
    pair.championData.task === "classification" &&
    pair.championData.positive >= 0;
/** The statistic of each class's tallies, for the metrics a joint-cell bootstrap can resample. */
function fromTallies(name, positive) {
    if (name === "accuracy") {
        return ({ tp, truth }) => {
            let right = 0;
            let total = 0;
            for (let c = 0; c < truth.length; c++) {
                right += tp[c];
                total += truth[c];
            }
            return total > 0 ? right / total : NaN;
        };
    }
    if (name === "balanced_accuracy")
        return confusion_metrics/* balancedAccuracyOf */.pu;
    if (name === "mcc")
        return confusion_metrics/* matthewsCorrelationOf */.tt;
    const match = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
    if (!match)
        return undefined;
    const measure = match[1];
    const average = (match[2] ?? "binary");
    return (tallies) => (0,confusion_metrics/* precisionRecallF1Of */.UG)(tallies, average, positive)[measure];
}
/**
 * The most distinct sample weights a joint-cell bootstrap takes, each value a cell of its own:
 * down-sampling gives two or three, and weights of many values are resampled example by example
 * (`weightedEvidence`), as the cells would be nearly as many as the examples.
 */
const MOST_WEIGHT_LEVELS = 64;
/** The distinct weights of the examples of `rows`, each with its index; none past the most. */
function weightLevels(weights, rows) {
    const index = new Map();
    const count = rows ? rows.length : weights.length;
    for (let j = 0; j < count; j++) {
        const w = weights[rows ? rows[j] : j];
        if (index.has(w))
            continue;
        if (index.size === MOST_WEIGHT_LEVELS)
            return undefined;
        index.set(w, index.size);
    }
    return { index, values: [...index.keys()] };
}
/**
 * The joint cells (label, champion's class, challenger's class) that hold examples, with their
 * counts, in the order of the cells of the K x K x K cube: at most one cell per example, where
 * the cube of 1,000 classes has 10^9 (8 GB). A resample draws nothing for an empty cell (the
 * multinomial's chain of binomials skips a zero count without a random draw), so these cells in
 * cube order draw the very counts the whole cube would, for the same seed. Where examples weigh
 * unequally, each cell is split by the examples' weight (`weight`, one value a cell), so that
 * drawing the cells' counts is still resampling the examples, each with its weight; none where
 * the weights take too many values.
 */
function jointCells(champion, challenger, rows, weights) {
    const k = champion.classes.length;
    const count = rows ? rows.length : champion.count;
    const levels = weights && weightLevels(weights, rows);
    if (weights && !levels)
        return undefined;
    const many = levels?.values.length ?? 1;
    const keys = new Float64Array(count);
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        const cube = (champion.labels[i] * k + champion.predictions[i]) * k + challenger.predictions[i];
        keys[j] = levels ? cube * many + levels.index.get(weights[i]) : cube;
    }
    keys.sort();
    let cells = 0;
    for (let j = 0; j < count; j++)
        if (j === 0 || keys[j] !== keys[j - 1])
            cells++;
    const counts = new Float64Array(cells);
    const label = new Int32Array(cells);
    const predicted = [new Int32Array(cells), new Int32Array(cells)];
    const weight = levels && new Float64Array(cells);
    for (let j = 0, c = -1; j < count; j++) {
        const key = keys[j];
        if (j === 0 || key !== keys[j - 1]) {
            c++;
            const cube = Math.floor(key / many);
            label[c] = Math.floor(cube / (k * k));
            predicted[0][c] = Math.floor(cube / k) % k;
            predicted[1][c] = cube % k;
            if (weight)
                weight[c] = levels.values[key % many];
        }
        counts[c]++;
    }
    return { counts, label, predicted, weight };
}
/**
 * Bootstrap over the joint cells: each resample draws the cells' counts, and each model's
 * tallies per class are summed from them, O(cells) + O(K) per resample; a cell of weighted
 * examples adds its count times their weight.
 */
function cellEvidence(pair, rows, settings) {
    const champion = pair.championData;
    const challenger = pair.challengerData;
    if (champion.task !== "classification" || challenger.task !== "classification")
        return;
    const k = champion.classes.length;
    const statistic = fromTallies(pair.name, champion.positive);
    if (!statistic)
        return;
    const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
    const cells = jointCells(champion, challenger, rows, weights);
    // Weights of many values are resampled example by example (`weightedEvidence`).
    if (!cells)
        return;
    const { counts, label, predicted, weight } = cells;
    const lacking = divisorLost(pair);
    const ofModel = (model) => {
        const tallies = {
            tp: new Float64Array(k),
            truth: new Float64Array(k),
            predicted: new Float64Array(k),
        };
        const tally = (drawn) => {
            tallies.tp.fill(0);
            tallies.truth.fill(0);
            tallies.predicted.fill(0);
            for (let c = 0; c < drawn.length; c++) {
                const n = weight ? drawn[c] * weight[c] : drawn[c];
                const t = label[c];
                const p = predicted[model][c];
                tallies.truth[t] += n;
                tallies.predicted[p] += n;
                if (t === p)
                    tallies.tp[t] += n;
            }
            return tallies;
        };
        const lacks = lacking?.(tally(counts));
        return (drawn) => {
            const drawnTallies = tally(drawn);
            return lacks?.(drawnTallies) ? NaN : statistic(drawnTallies);
        };
    };
    return cellBootstrapEvidence(counts, ofModel(0), ofModel(1), rangeOf(pair, settings));
}
/** What a class metric divides by, in a class's tallies, by what of a class it counts. */
const DIVISORS = {
    labelled: [(t, c) => t.truth[c]],
    predicted: [(t, c) => t.predicted[c]],
    either: [(t, c) => t.truth[c] + t.predicted[c]],
    each: [
        (t, c) => t.truth[c],
        (t, c) => t.predicted[c],
    ],
};
/**
 * For a binary class metric of the confusion cells, a test of whether a resample's tallies of
 * one model lack what the metric divides by where the data had it: a recall's positive
 * examples, a precision's positive predictions, an F1's either (a balanced accuracy's examples
 * of each class; an mcc's labels or predictions of one class only). scikit-learn's value there
 * (zero_division's 0; an mcc of 0) would stand in for the metric, and a slice of 3 frauds would
 * count the ~5% of resamples that draw none as a change of exactly 0. Such a resample is drawn
 * again (`collect`). A macro average is left as it is: over many rare classes nearly every
 * resample misses one, which drops out of the average, as in scikit-learn.
 */
function divisorLost(pair) {
    const metric = classMetric(pair);
    if (!metric?.binary)
        return;
    const divisors = DIVISORS[metric.kind];
    return (observed) => {
        const held = metric.classes.flatMap((c) => divisors
            .filter((divisor) => divisor(observed, c) > 0)
            .map((divisor) => [divisor, c]));
        return (drawn) => held.some(([divisor, c]) => divisor(drawn, c) === 0);
    };
}
/**
 * Each example's outcome, 1 (right) or 0 (wrong): a proportion's, or the values of the per-example
 * score whose mean the metric is, which the read refused unless 0 or 1 (`binaryScores`). An
 * example whose score is missing is in no row judged (`MissingValues`).
 */
const outcomesOf = (metric, data) => metric.outcomes ?? data.exampleScores.get(metric.definition.scoreColumn);
/**
 * McNemar on the examples each model gets right; for a binary recall, on the positive examples,
 * each found or not. The evidence counts all the row's examples, as every other method does.
 * Where examples weigh unequally, each cell holds its examples' weights as effective counts
 * (`effectiveEvidence`).
 */
function mcnemarEvidence(pair, rows) {
    const recall = isBinaryRecall(pair);
    const champion = pair.championData;
    const challenger = pair.challengerData;
    const positive = champion.positive;
    const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
    // A recall's outcomes are each positive example's prediction, read below.
    const [mine, theirs] = recall
        ? [[], []]
        : [
            outcomesOf(pair.champion, pair.championData),
            outcomesOf(pair.challenger, pair.challengerData),
        ];
    // Per cell (neither right, the challenger's only, the champion's only, both): the weights and
    // their squares.
    const cells = [0, 0, 0, 0];
    const squares = [0, 0, 0, 0];
    const count = rows ? rows.length : champion.count;
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        let cell;
        if (!recall)
            cell = mine[i] * 2 + theirs[i];
        else if (champion.labels[i] === positive) {
            cell =
                (champion.predictions[i] === positive ? 2 : 0) +
                    (challenger.predictions[i] === positive ? 1 : 0);
        }
        else
            continue;
        const w = weights ? weights[i] : 1;
        cells[cell] += w;
        squares[cell] += w * w;
    }
    const evidence = weights ? effectiveEvidence(cells, squares) : cellsEvidence(cells);
    if (!recall)
        return { ...evidence, examples: count };
    return evidence.insufficient === undefined
        ? { ...evidence, examples: count }
        : { ...evidence, examples: count, insufficient: "no positive examples, which recall counts" };
}
/** Paired proportions from the four cells, in `mcnemarEvidence`'s order. */
function cellsEvidence(cells) {
    const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells;
    return pairedProportionEvidence({ bothCorrect, championOnly, challengerOnly, neitherCorrect });
}
/**
 * Paired proportions of weighted cells, each estimate's counts scaled to its effective sample
 * size: the number of equally weighted examples whose variance is the weighted estimate's
 * linearised (sandwich) variance, sum w^2 (x - estimate)^2 / (sum w)^2, as survey statistics
 * size a weighted proportion's interval. The change's on the per-example differences (+1 where
 * only the challenger is right, -1 where only the champion is), the challenger's own on its
 * outcomes: each interval is then as wide as its weighted variance, wherever the heavy examples
 * fall. Where an estimate has no spread (no discordant example, every one right), Kish's
 * effective size, (sum w)^2 / sum w^2, keeps the interval as wide as that many examples allow,
 * rather than the bootstrap's [0, 0]. The proportions and their change are the weighted ones.
 */
function effectiveEvidence(cells, squares) {
    const total = cells.reduce((sum, cell) => sum + cell, 0);
    if (total === 0)
        return cellsEvidence(cells);
    const kish = (total * total) / squares.reduce((sum, square) => sum + square, 0);
    // The effective size of an estimate whose per-example values, by cell, are `values`.
    const effective = (values) => {
        const mean = values.reduce((sum, v, c) => sum + v * cells[c], 0) / total;
        const spread = values.reduce((sum, v, c) => sum + cells[c] * (v - mean) ** 2, 0) / total;
        const variance = values.reduce((sum, v, c) => sum + squares[c] * (v - mean) ** 2, 0) / (total * total);
        return spread > 0 && variance > 0 ? spread / variance : kish;
    };
    const scaled = (size) => cells.map((cell) => (cell / total) * size);
    const change = cellsEvidence(scaled(effective([0, 1, -1, 0])));
    const own = cellsEvidence(scaled(effective([0, 1, 0, 1])));
    if (change.insufficient !== undefined || own.insufficient !== undefined)
        return change;
    return { ...change, challenger: own.challenger };
}
/** A model's examples sorted by score: its ROC AUC's own ranking, or a ranking made for DeLong. */
const rankingOf = (metric, data) => metric.ranking ?? (0,ranking_metrics/* rankBinary */.cc)(data.labels, data.positive, data.positiveScores);
/**
 * DeLong from both models' rankings, which ROC AUC sorted once: a slice takes the examples of
 * the whole ranking that it holds, so no slice sorts again. Unequal sample weights weigh the
 * structural components.
 */
function delong(pair, rows, total) {
    let members;
    if (rows) {
        members = new Uint8Array(total);
        for (let j = 0; j < rows.length; j++)
            members[rows[j]] = 1;
    }
    const evidence = rankedDelongEvidence(rankingOf(pair.champion, pair.championData), rankingOf(pair.challenger, pair.challengerData), members, weighsUnequally(pair.championData.weights) ? pair.championData.weights : undefined);
    (0,release_array/* releaseArrays */.E)(members);
    return evidence;
}
/**
 * Weighted bootstrap of any metric, on all examples: a slice's metric is prepared on its own
 * examples first, so that each resample passes over them alone, not over every example with
 * the others weighing 0.
 */
function weightedEvidence(pair, rows, total, settings) {
    if (rows)
        return weightedEvidence(pair.at(rows), undefined, rows.length, settings);
    const lost = classLost(pair);
    // Metrics that read the sample weights in their ranking's order take each draw's counts as
    // they are; the others take the counts multiplied by the sample weights, once a draw for both.
    const own = pair.champion.weighsCounts && pair.challenger.weighsCounts
        ? undefined
        : pair.challengerData.weights;
    const evaluate = (metric) => own ? (w) => metric.evaluateWeighed(w) : (w) => metric.evaluate(w);
    // On the champion's statistic alone: a NaN from either model draws the resample again. The
    // data as observed (no draw: no weights, or the sample weights themselves) is never refused.
    // A draw's counts and their product with the sample weights leave out the same examples, as
    // an example weighing 0 is in no bootstrap (`weighedRows` and the slices leave them out).
    const guarded = (statistic) => (w) => w !== undefined && w !== own && lost?.(w) ? NaN : statistic(w);
    return bootstrapEvidence(...bothSides(pair, guarded(evaluate(pair.champion)), evaluate(pair.challenger)), total, { ...rangeOf(pair, settings), ...(own ? { exampleWeights: own } : {}) });
}
/**
 * The two statistics a bootstrap draws: where a first model stands on both sides as one prepared
 * metric, each draw's value is computed once, by the champion's statistic (the bootstrap
 * evaluates the statistics in order on each draw), and read again as the challenger's.
 */
function bothSides(pair, champion, challenger) {
    if (pair.challenger !== pair.champion)
        return [champion, challenger];
    let last = NaN;
    return [(w) => (last = champion(w)), () => last];
}
/**
 * For a binary metric that rests on some examples of a class, a test of whether a resample's
 * weights, one per example, leave out every one of them: for a ranking metric (ROC AUC,
 * average precision, an operating point) the positive examples (every example of either
 * class, for a ROC AUC), where an average precision without a positive is 0 for both
 * models (scikit-learn's value), a change of exactly 0 that pulled a slice's interval to 0; for
 * a metric of the confusion cells resampled example by example (as sample weights have them),
 * what `divisorLost` guards in the cells' bootstrap: a precision's positive predictions of each
 * model, an F1's examples labelled or predicted positive, an mcc's of either class. Such a
 * resample is drawn again (`collect`); a ROC AUC and an operating point are NaN there already.
 * One class against the rest is left as it is, as `divisorLost` leaves a macro average.
 */
function classLost(pair) {
    const metric = classMetric(pair);
    if (!metric?.binary)
        return;
    const { kind, champion, challenger } = metric;
    const k = champion.classes.length;
    // Groups by what is counted: each class's labels, then each model's predictions of it, then
    // each model's labels or predictions of it; those of the metric's classes alone are kept.
    const groups = Array.from({ length: 5 * k }, () => []);
    const counts = (c) => metric.classes.includes(c);
    for (let i = 0; i < champion.count; i++) {
        const label = champion.labels[i];
        if ((kind === "labelled" || kind === "each") && counts(label))
            groups[label].push(i);
        if (kind === "labelled")
            continue;
        [champion, challenger].forEach(({ predictions }, m) => {
            const p = predictions[i];
            if (kind !== "either" && counts(p))
                groups[(1 + m) * k + p].push(i);
            if (kind !== "either")
                return;
            if (counts(label))
                groups[(3 + m) * k + label].push(i);
            if (p !== label && counts(p))
                groups[(3 + m) * k + p].push(i);
        });
    }
    const held = groups.filter((members) => members.length > 0).map((m) => Uint32Array.from(m));
    return (w) => held.some((members) => {
        for (let m = 0; m < members.length; m++)
            if (w[members[m]] > 0)
                return false;
        return true;
    });
}
/**
 * The metrics that rest on some examples only, by what of a class they count; a recall at a
 * fixed precision, or the reverse, or at a fixed alert rate, on the positive examples, as
 * average precision (an alert rate on its alerts too, where they are fewer).
 */
const CLASS_METRIC = /^(?:(recall|balanced_accuracy|roc_auc|average_precision|(?:recall_at_precision|precision_at_recall|recall_at_alert_rate)_\d+(?:p\d+)?)|(precision)|(f1)|(mcc))(?:_(macro|micro|weighted))?$/;
/**
 * A metric that rests on some examples of a class only, and how: what it counts in a class
 * (the examples labelled so, each model's predictions of it, either, or each of the two), whether
 * it is the positive class's alone, and the classes it is about. None for a micro or weighted
 * average, which counts every example, nor for an mcc of more than two classes.
 */
function classMetric(pair) {
    const champion = pair.championData;
    const match = CLASS_METRIC.exec(pair.name);
    if (!match || champion.task !== "classification")
        return;
    if (pair.challengerData.task !== "classification")
        return;
    const average = match[5];
    if (average === "micro" || average === "weighted")
        return;
    const kind = match[2] ? "predicted" : match[3] ? "either" : match[4] ? "each" : "labelled";
    const binary = champion.positive >= 0 && average === undefined;
    // A binary mcc is a correlation of two classes' labels and predictions: as few as the fewest
    // of them, as 3 frauds make any metric of them; over more classes, of every example.
    if (kind === "each" && !binary)
        return;
    // A binary ROC AUC ranks positives against negatives, a balanced accuracy averages both
    // classes' recalls, an mcc correlates both; an average counts the classes it averages over.
    const positiveOnly = binary && kind !== "each" && match[1] !== "roc_auc" && match[1] !== "balanced_accuracy";
    const classes = positiveOnly ? [champion.positive] : [...champion.classes.keys()];
    return {
        kind,
        binary,
        positiveOnly,
        classes,
        champion,
        challenger: pair.challengerData,
    };
}
/**
 * How many examples a class-conditional metric rests on, where that is fewer than all: a recall
 * counts the positive examples, a precision each model's positive predictions, an F1 the
 * examples labelled or predicted positive, a binary mcc the fewest of either class's labels and
 * predictions, a macro average or ROC AUC its smallest class. Two positives among a thousand
 * examples are two examples' worth of evidence about a recall. Micro and weighted averages are
 * left to the count of all examples.
 */
function supportOf(pair, rows) {
    const metric = classMetric(pair);
    if (!metric)
        return;
    const { kind, binary, champion, challenger } = metric;
    const k = champion.classes.length;
    const labelled = new Float64Array(k);
    const predicted = [new Float64Array(k), new Float64Array(k)];
    const either = [new Float64Array(k), new Float64Array(k)];
    const count = rows ? rows.length : champion.count;
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        const label = champion.labels[i];
        labelled[label]++;
        for (const [m, data] of [champion, challenger].entries()) {
            const p = data.predictions[i];
            predicted[m][p]++;
            either[m][label]++;
            if (p !== label)
                either[m][p]++;
        }
    }
    // Of the two models' counts, the fewer; a model that never predicts a class is not short of
    // evidence about it: its precision there is 0, which the metric itself judges.
    const fewer = (a, b) => (a === 0 ? b : b === 0 ? a : Math.min(a, b));
    const tally = (what, c) => what === "labelled"
        ? labelled[c]
        : what === "predicted"
            ? fewer(predicted[0][c], predicted[1][c])
            : fewer(either[0][c], either[1][c]);
    // An mcc's class counts as the fewer of its labels and its predictions.
    const counted = (c) => kind !== "each"
        ? kind
        : tally("labelled", c) <= tally("predicted", c)
            ? "labelled"
            : "predicted";
    const of = (c) => tally(counted(c), c);
    // Of a binary ROC AUC's two classes, the fewer is what it rests on; an average rests on the
    // classes it averages over: a recall's those labelled, a precision's those predicted. An mcc
    // rests on both, and a class it lacks leaves it nothing to correlate.
    const classes = metric.positiveOnly || kind === "each"
        ? metric.classes
        : metric.classes.filter((c) => of(c) > 0);
    let fewest = classes[0];
    for (const c of classes)
        if (of(c) < of(fewest))
            fewest = c;
    if (fewest === undefined)
        return;
    const name = binary ? (fewest === champion.positive ? "positive" : "negative") : undefined;
    const support = {
        count: of(fewest),
        ...supportNouns(counted(fewest), name, champion.classes[fewest]),
    };
    // A recall at an alert rate catches at most the rate's share of the examples: 10 alerts of
    // 2,000 rest on those 10, however many positives they are drawn from.
    const rate = (0,recall_at_alert_rate/* alertRateOf */.Im)(pair.name);
    const alerts = rate === undefined ? undefined : alertsOf(pair, rate, rows, count);
    return alerts !== undefined && alerts < support.count
        ? { count: alerts, noun: "alert", plural: "alerts" }
        : support;
}
/**
 * How many alerts a recall at an alert rate of `percent`% rests on, of the `count` examples on
 * `rows`: the rate's share of them; where examples carry sample weights, the fewer that either
 * model's threshold flags, as ten heavy negative examples flagged spend the budget of a hundred
 * light ones.
 */
function alertsOf(pair, percent, rows, count) {
    const { weights } = pair.championData;
    const [mine, theirs] = [pair.champion.ranking, pair.challenger.ranking];
    if (!weights || !mine || !theirs)
        return (0,recall_at_alert_rate/* alertsAt */.Fl)(percent, count);
    let within = weights;
    if (rows) {
        within = new Float64Array(weights.length);
        for (let j = 0; j < rows.length; j++)
            within[rows[j]] = weights[rows[j]];
    }
    return Math.min((0,recall_at_alert_rate/* alertsFlagged */.ui)(mine, percent, within), (0,recall_at_alert_rate/* alertsFlagged */.ui)(theirs, percent, within));
}
/** A support's noun: of the positive or negative class (`name`), else of class `label`. */
function supportNouns(what, name, label) {
    const which = name ?? `'${label}'`;
    const [noun, plural] = what === "labelled"
        ? name
            ? [`${name} example`, `${name} examples`]
            : [`example of class ${which}`, `examples of class ${which}`]
        : what === "predicted"
            ? name
                ? [`${name} prediction`, `${name} predictions`]
                : [`prediction of class ${which}`, `predictions of class ${which}`]
            : [`example labelled or predicted ${which}`, `examples labelled or predicted ${which}`];
    return { noun, plural };
}
/** The evidence about the metric on `rows` (all examples when undefined). */
function metricEvidence(pair, method, rows, total, settings) {
    if ((rows ? rows.length : total) === 0) {
        return {
            method,
            examples: 0,
            champion: null,
            challenger: null,
            insufficient: "no paired examples",
        };
    }
    if (method === "delong") {
        if (!metric_evidence_isBinary(pair.championData) || !metric_evidence_isBinary(pair.challengerData)) {
            throw new metric_error/* MetricError */.v(pair.name, "is judged with DeLong's test, which needs a binary classifier's scores", "Use method auto or bootstrap");
        }
        return withSupport(delong(pair, rows, total), pair, rows);
    }
    if (method === "mcnemar")
        return withSupport(mcnemarEvidence(pair, rows), pair, rows);
    return withSupport(cellEvidence(pair, rows, settings) ?? weightedEvidence(pair, rows, total, settings), pair, rows);
}
function withSupport(evidence, pair, rows) {
    if (evidence.insufficient !== undefined)
        return evidence;
    const support = supportOf(pair, rows);
    return support ? { ...evidence, support } : evidence;
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/parse-share.js
var parse_share = __webpack_require__(77928);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/pairing-row.js





const named = (ids) => ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(", ");
/**
 * Ids a file repeats: their rows pair with nothing, nor do the other file's rows of those ids
 * (which of the repeated rows would be meant is unknown).
 */
function repeats(side, ids, rows, examples, otherRows) {
    if (rows === 0)
        return [];
    const other = side === "champion" ? "challenger" : "champion";
    const [its, it] = ids === 1 ? ["its", "it"] : ["their", "them"];
    const theirs = otherRows > 0 ? `, and the ${other}'s ${(0,counted/* counted */.h)(otherRows, "row")} of ${it},` : "";
    return [
        `${(0,counted/* counted */.h)(ids, "id")} repeated in the ${side} (${named(examples)}): ${its} ${(0,counted/* counted */.h)(rows, "row")}${theirs} pair with nothing`,
    ];
}
/** What kept rows out of pairs, with a few of their ids. */
function problems(report) {
    const absent = (n, noun, what, ids) => n > 0 ? [`${(0,counted/* counted */.h)(n, noun)} ${what} (${named(ids)})`] : [];
    return [
        ...absent(report.championUnpaired - report.championPartnerRepeated, "champion row", "without a challenger row", report.examples.championUnpaired),
        ...absent(report.challengerUnpaired - report.challengerPartnerRepeated, "challenger row", "without a champion row", report.examples.challengerUnpaired),
        ...repeats("champion", report.championRepeatedIds, report.championDuplicates, report.examples.championDuplicates, report.challengerPartnerRepeated),
        ...repeats("challenger", report.challengerRepeatedIds, report.challengerDuplicates, report.examples.challengerDuplicates, report.championPartnerRepeated),
        ...absent(report.labelMismatches, "id", "whose two files give different labels", report.examples.labelMismatches),
    ].join("; ");
}
/**
 * The slice columns whose two files give some pairs different values, counted and named as
 * labels that differ are: a pair is sliced by the champion's value, which the note says.
 */
const disagreementNotes = (disagreements) => disagreements.map(({ column, pairs, examples }) => `${(0,counted/* counted */.h)(pairs, "paired example")} ${pairs === 1 ? "has" : "have"} a different ${(0,closest_name/* quoteName */.AB)(column)} in the two files (${named(examples)}): ${pairs === 1 ? "it is" : "they are"} sliced by the champion's value; write the same value in both files`);
function pairingRow(report, allowed) {
    const counts = {
        paired: report.paired,
        champion_unpaired: report.championUnpaired,
        challenger_unpaired: report.challengerUnpaired,
        champion_duplicates: report.championDuplicates,
        challenger_duplicates: report.challengerDuplicates,
        label_mismatches: report.labelMismatches,
    };
    // The examples, each id once whichever file holds it: an id missing from one file, repeated
    // or labelled differently is one example unpaired, as a user counting examples would count it.
    const left = report.ids - report.paired;
    if (left === 0)
        return { counts, row: undefined };
    const observed = left / report.ids;
    const limit = (0,parse_share/* parseShare */.n)(allowed);
    // Nothing paired is never comparable, whatever share is allowed.
    const passed = observed <= limit && report.paired > 0;
    return {
        counts,
        row: {
            metric: "unpaired examples",
            slice: null,
            gated: true,
            direction: "lower",
            champion: null,
            challenger: observed,
            delta: null,
            relative_delta: null,
            rule: `at most ${(0,format_number/* formatShare */.T1)(limit)} of the examples (max-unpaired)`,
            checks: [{ rule: "max", limit, passed }],
            status: passed ? "pass" : "fail",
            reason: `${(0,format_number/* formatShare */.T1)(observed)} of the examples (${(0,counted/* counted */.h)(left, "id")} of ${(0,group_digits/* groupDigits */.K)(report.ids)} in either file) are not in a pair: ${problems(report)}${passed ? "" : `; the two files must hold predictions for the same examples${report.championDuplicates + report.challengerDuplicates > 0 ? ", each id once" : ""}`}`,
        },
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/missing-values.js



/** The column a metric of one column reads, keyed, and what it holds, in words. */
function missing_values_columnOf(name, definition, data) {
    if (definition.column === "latency")
        return { key: "latency", what: "a latency", values: data.latency };
    if (definition.column === "cost")
        return { key: "cost", what: "a cost", values: data.cost };
    // A per-example score's metric is `<column>_mean`.
    const column = name.slice(0, -"_mean".length);
    return {
        key: `score:${column}`,
        what: `a value of ${(0,closest_name/* quoteName */.AB)(column)}`,
        values: data.exampleScores.get(column),
    };
}
/** Where a file first lacks a value: its file and line (Parquet: its row). */
const placeOf = (cell, shown) => `${shown(cell.file)}${cell.lineNumber === undefined ? ` row ${cell.rowIndex}` : `:${cell.lineNumber}`}`;
/** How many of `values` are missing, and where the file first lacks one. */
function lacking(values, shown) {
    let count = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isNaN(values[i]))
            count++;
    const cell = firstMissingCell(values);
    return { count, first: cell ? ` (first at ${placeOf(cell, shown)})` : "" };
}
/**
 * The examples each metric of a column is judged on, across all examples and every slice, and
 * the notes on the examples left out. A first model stands on both sides as the same data.
 */
class MissingValues {
    data;
    shown;
    columns = new Map();
    constructor(data, shown) {
        this.data = data;
        this.shown = shown;
    }
    /** The examples of `rows` (all when undefined) that metric `name` is judged on. */
    within(name, definition, rows) {
        if (definition.needs !== "column")
            return rows;
        const presence = this.presenceOf(name, definition);
        if (presence === undefined)
            return rows;
        presence.metrics.add(name);
        const { both } = presence;
        if (both === undefined)
            return rows;
        return rows === undefined ? presence.rows : rows.filter((i) => both[i] === 1);
    }
    presenceOf(name, definition) {
        const mine = missing_values_columnOf(name, definition, this.data.champion);
        const known = this.columns.get(mine.key);
        if (known !== undefined)
            return known;
        const theirs = missing_values_columnOf(name, definition, this.data.challenger).values;
        // A column a model lacks is refused or skipped with its metric, before any row is judged.
        if (mine.values === undefined || theirs === undefined)
            return undefined;
        const presence = bothPresent(mine.what, mine.values, theirs);
        this.columns.set(mine.key, presence);
        return presence;
    }
    /** A note for each column some examples lack, naming how many on which side. */
    notes() {
        return [...this.columns.values()].flatMap((presence) => {
            const { both, rows, metrics, champion, challenger } = presence;
            if (both === undefined || rows === undefined)
                return [];
            const names = [...metrics].join(", ");
            const verb = metrics.size === 1 ? "is" : "are";
            const total = (0,group_digits/* groupDigits */.K)(both.length);
            if (champion === challenger) {
                const { count, first } = lacking(champion, this.shown);
                return [
                    `${names} ${verb} judged on the ${(0,group_digits/* groupDigits */.K)(rows.length)} of the ${total} examples that have ${presence.what}: ${(0,group_digits/* groupDigits */.K)(count)} lack one${first}`,
                ];
            }
            const sides = [
                ["challenger", lacking(challenger, this.shown)],
                ["champion", lacking(champion, this.shown)],
            ]
                .filter(([, { count }]) => count > 0)
                .map(([side, { count, first }]) => `${(0,group_digits/* groupDigits */.K)(count)} lack the ${side}'s${first}`);
            return [
                `${names} ${verb} judged on the ${(0,group_digits/* groupDigits */.K)(rows.length)} of the ${total} paired examples that both models have ${presence.what} for: ${sides.join(", ")}`,
            ];
        });
    }
}
/** Which examples both columns have a value for; none marked where every example has both. */
function bothPresent(what, champion, challenger) {
    const base = { what, metrics: new Set(), champion, challenger };
    let present = 0;
    const both = new Uint8Array(champion.length);
    for (let i = 0; i < both.length; i++) {
        if (Number.isNaN(champion[i]) || Number.isNaN(challenger[i]))
            continue;
        both[i] = 1;
        present++;
    }
    if (present === both.length)
        return base;
    const rows = new Uint32Array(present);
    for (let i = 0, j = 0; i < both.length; i++)
        if (both[i] === 1)
            rows[j++] = i;
    return { ...base, both, rows };
}

;// CONCATENATED MODULE: ./shared/dist/engine/evidence/rule-comparison.js

const margin = (amount) => typeof amount === "number" ? { absolute: amount } : { relative: (0,parse_share/* parseShare */.n)(amount) };
/** The comparison a policy rule asks for: superiority when it names an improvement, else non-inferiority. */
function comparisonOf(rule) {
    if (rule["min-improvement"] !== undefined)
        return { test: "superiority", margin: margin(rule["min-improvement"]) };
    if (rule["max-regression"] !== undefined)
        return { test: "non-inferiority", margin: margin(rule["max-regression"]) };
    return undefined;
}
/** A policy rule's absolute bounds, when it has any. */
function boundsOf(rule) {
    return rule.min === undefined && rule.max === undefined
        ? undefined
        : {
            ...(rule.min === undefined ? {} : { min: rule.min }),
            ...(rule.max === undefined ? {} : { max: rule.max }),
        };
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/eval-verdict.js
var eval_verdict = __webpack_require__(56027);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/judge-predictions.js













/**
 * Each value of each slice column the policy names, with its examples (counted, then filled),
 * and a note for each column that leaves examples in none of its slices (an empty value). An
 * example of weight 0 is in no slice, and a value whose examples all weigh 0 is no slice, which
 * a note says.
 */
function slicesOf(data, policy) {
    const slices = [];
    const notes = [];
    const { weights } = data;
    for (const column of policy.slices?.by ?? []) {
        const category = data.slices.get(column);
        if (!category)
            continue;
        // Indexed loops: a million examples iterated or called back make as many objects.
        const { codes } = category;
        const sizes = new Uint32Array(category.names.length);
        const weightless = new Uint32Array(category.names.length);
        let none = 0;
        for (let i = 0; i < codes.length; i++) {
            if (codes[i] < 0)
                none++;
            else if (weights && weights[i] === 0)
                weightless[codes[i]]++;
            else
                sizes[codes[i]]++;
        }
        if (none > 0)
            notes.push(noSliceNote(column, none, codes.length));
        const members = Array.from(sizes, (size) => new Uint32Array(size));
        const filled = new Uint32Array(category.names.length);
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (code >= 0 && !(weights && weights[i] === 0))
                members[code][filled[code]++] = i;
        }
        const unweighed = [];
        category.names.forEach((value, code) => {
            // A value held only by unpaired rows is no slice of the pairs.
            if (members[code].length > 0)
                slices.push({ name: `${column}=${value}`, rows: members[code] });
            else if (weightless[code] > 0)
                unweighed.push(`${column}=${value}`);
        });
        if (unweighed.length > 0)
            notes.push(weightlessNote(unweighed));
    }
    return { slices, notes };
}
/** Slices whose every example weighs 0: none is evidence, and no row judges them. */
function weightlessNote(slices) {
    const which = slices.length === 1 ? "that slice is" : "those slices are";
    return `Every example of ${listed(slices.map(closest_name/* quoteName */.AB))} weighs 0, so ${which} not judged`;
}
/** Examples with no value of a slice column: judged on all examples, in none of its slices. */
const noSliceNote = (column, none, examples) => `${(0,group_digits/* groupDigits */.K)(none)} of the ${(0,group_digits/* groupDigits */.K)(examples)} examples have no ${(0,closest_name/* quoteName */.AB)(column)} value, so they are in none of its slices (they count on all examples): write their ${(0,closest_name/* quoteName */.AB)(column)} to judge them in a slice`;
/** The rule of a metric in a slice: the metric's, with the slice's overrides. */
function ruleIn(policy, metric, rule, slice) {
    const override = slice === null ? undefined : policy.slices?.overrides?.[slice]?.[metric];
    if (!override)
        return rule;
    // A slice's comparison replaces the metric's, whichever kind each is.
    const replaces = override["max-regression"] !== undefined || override["min-improvement"] !== undefined;
    const { "max-regression": _r, "min-improvement": _i, ...rest } = rule;
    return { ...(replaces ? rest : rule), ...override };
}
/**
 * Both models' metric, ready (`checkPolicy` refused a direction the wrong way round); `shown`
 * names a file in its errors.
 */
function metricPair(name, rule, paired, shown) {
    const options = { shown, ...(rule.sensitive && { sensitive: rule.sensitive }) };
    const champion = (0,metric_registry/* prepareMetric */.ii)(name, paired.champion, options);
    return {
        name,
        champion,
        // A first model stands on both sides: its metric is prepared (sorted, counted) once.
        challenger: paired.challenger === paired.champion
            ? champion
            : (0,metric_registry/* prepareMetric */.ii)(name, paired.challenger, options),
        championData: paired.champion,
        challengerData: paired.challenger,
        at: (rows) => metricPair(name, rule, pairedAt(paired, rows), shown),
    };
}
/** A metric the predictions cannot give; skipped when the policy does not require it. */
function unavailable(name, rule, error) {
    if (rule.required !== false)
        throw error;
    return {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        champion: null,
        challenger: null,
        delta: null,
        relative_delta: null,
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: [],
        status: "skipped",
        reason: `${error.problem}; not required`,
    };
}
/** The checks a rule makes: its comparison with the champion, its min, its max. */
const checksOf = (rule) => Number(comparisonOf(rule) !== undefined) +
    Number(rule.min !== undefined) +
    Number(rule.max !== undefined);
/**
 * Each gated metric on all examples, then in each slice unless it opts out; a metric the
 * predictions cannot give is skipped, or refused when required.
 */
function targetsOf(policy, paired, shown) {
    const { slices, notes } = slicesOf(paired.champion, policy);
    const missing = new MissingValues(paired, shown);
    const weighed = weighedRows(paired.champion.weights);
    const targets = [];
    const skipped = [];
    for (const [name, rule] of Object.entries(policy.metrics)) {
        let pair;
        try {
            pair = metricPair(name, rule, paired, shown);
        }
        catch (error) {
            if (!(error instanceof metric_error/* MetricError */.v))
                throw error;
            skipped.push(unavailable(name, rule, error));
            continue;
        }
        const method = !rule.method || rule.method === "auto" ? autoMethod(pair) : rule.method;
        for (const { name: slice, rows } of [
            { name: null, rows: undefined },
            ...(rule.slices === false ? [] : slices),
        ]) {
            const judged = missing.within(name, pair.champion.definition, weighed(rows));
            targets.push({ pair, method, slice, rows: judged, rule: ruleIn(policy, name, rule, slice) });
        }
    }
    return { targets, skipped, notes: [...notes, ...missing.notes()] };
}
/**
 * The examples of weight above 0, where some weigh 0, for the rows on all examples: an example of
 * weight 0 counts in no value, and is no evidence either, so that `min-samples`, a row's `n` and
 * its resamples count the others alone. A slice's rows are left as they are: `slicesOf` put no
 * example of weight 0 in any.
 */
function weighedRows(weights) {
    if (!weights?.includes(0))
        return (rows) => rows;
    const all = Uint32Array.from(weights.keys()).filter((i) => weights[i] > 0);
    return (rows) => rows ?? all;
}
/**
 * The bootstrap's resamples: the policy's, else enough that each end of an interval at the
 * strictest level the correction can test at rests on RESAMPLES_PER_TAIL resamples. The checks
 * are counted before the data can leave a row out, which only makes the level stricter.
 */
function bootstrapSettings(policy, checks, examples) {
    const tail = (0,evidence_resamples/* strictestTail */.QW)(policy.confidence ?? 0.95, policy.correction ?? "holm", checks);
    const resamples = policy.resamples ?? (0,evidence_resamples/* defaultResamples */.eb)(tail, examples);
    return { resamples, seed: policy.seed ?? 0 };
}
/**
 * Where the bootstrap rows rest on fewer than RESAMPLES_PER_TAIL resamples beyond an end of an
 * interval at the family's strictest level (`judgement`'s, the level the reasons size their
 * advice at too), a note that says so, what they were judged on, and how many resamples would
 * do, at what cost: with a few beyond each end a verdict may change with the seed alone; with
 * none, a check beyond every resample was judged on the normal bootstrap interval (decision 0037).
 */
function resamplesNote(policy, family, judgement) {
    const resamples = family.find((row) => row.resamples !== undefined)?.resamples;
    if (resamples === undefined)
        return [];
    const { confidence, correction, claims, rows } = judgement;
    const tail = (0,evidence_resamples/* strictestTail */.QW)(confidence, correction, claims / 2);
    const beyond = (0,evidence_resamples/* resamplesBeyondEnd */.xi)(resamples, tail);
    if (beyond >= evidence_resamples/* RESAMPLES_PER_TAIL */.CD)
        return [];
    const wanted = (0,evidence_resamples/* resamplesToResolve */.wo)(tail);
    const cost = `about ${(0,group_digits/* groupDigits */.K)(Math.round(wanted / resamples))} times this run's resampling time`;
    const whose = policy.resamples === undefined ? "the default, capped for time" : "the policy's resamples";
    const level = `one-sided ${Number((tail * 100).toPrecision(2))}%`;
    const remedy = (what) => wanted > evidence_resamples/* MOST_RESAMPLES */.HX
        ? `About ${(0,group_digits/* groupDigits */.K)(wanted)} resamples would ${what}, more than the ${(0,group_digits/* groupDigits */.K)(evidence_resamples/* MOST_RESAMPLES */.HX)} a policy takes: gate fewer metrics × slices`
        : `Set resamples: ${wanted}${policy.resamples === undefined ? "" : " (or leave it out for the default)"} to ${what}, ${cost}`;
    if (beyond > 0) {
        return [
            `The bootstrap rows rest on ${(0,group_digits/* groupDigits */.K)(resamples)} resamples (${whose}): an interval at the strictest level the correction can test at (${level}) has ${(0,counted/* counted */.h)(beyond, "resample")} beyond each end, fewer than ${evidence_resamples/* RESAMPLES_PER_TAIL */.CD}, so its verdict may change with the seed alone. ${remedy("settle it")}`,
        ];
    }
    const normal = rows.filter((row) => row.checks.some((check) => check.normalApproximation));
    const judged = normal.length > 0 ? ` (${(0,counted/* counted */.h)(normal.length, "row")} here)` : "";
    return [
        `The bootstrap rows rest on ${(0,group_digits/* groupDigits */.K)(resamples)} resamples (${whose}), none beyond either end of an interval at the strictest level the correction can test at (${level}): beyond every resample, a check is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples${judged}. ${remedy("judge every check on percentiles alone")}`,
    ];
}
/**
 * The family: each gated metric on all examples, then in each slice unless it opts out, and the
 * notes on the examples in no slice and on those a metric of a column leaves out for a missing
 * value (`resamplesNote` tells of the resamples, once judged). A first model's own predictions
 * stand on both sides (`judgeFirstModel`). `shown` names a file in the notes as errors name it.
 */
function evidenceRows(policy, paired, shown = (path) => path) {
    const { targets, skipped, notes } = targetsOf(policy, paired, shown);
    const total = paired.champion.count;
    const settings = bootstrapSettings(policy, targets.reduce((sum, target) => sum + checksOf(target.rule), 0), total);
    const family = targets.map(({ pair, method, slice, rows, rule }) => {
        const comparison = comparisonOf(rule);
        return {
            metric: pair.name,
            slice,
            direction: rule.direction,
            ...(comparison ? { comparison } : {}),
            bounds: { min: rule.min, max: rule.max },
            evidence: metricEvidence(pair, method, rows, total, settings),
            rule,
            ...(method === "bootstrap" ? { resamples: settings.resamples } : {}),
        };
    });
    return { family, skipped, notes };
}
/**
 * A note where regression metrics are judged on labels of 0 and 1 alone, the classes of a
 * binary classifier: gating one regression metric reads the files as regression, and a policy
 * that picked rmse where accuracy was meant would judge a classifier's classes as numbers
 * without a word. A note, not a refusal: a regressor of a 0/1 target is sound.
 */
function classLabelsNote(policy, data) {
    if (data.task !== "regression")
        return [];
    const seen = new Set();
    for (const label of data.labels) {
        if (label !== 0 && label !== 1)
            return [];
        seen.add(label);
    }
    if (seen.size < 2)
        return [];
    const scores = [...data.exampleScores.keys()];
    const judged = Object.keys(policy.metrics).filter((name) => (0,metric_registry/* metricDefinition */.u8)(name, scores).task === "regression");
    return [
        `The labels hold only 0 and 1, the classes of a binary classifier, and ${judged.join(", ")} ${judged.length === 1 ? "is" : "are"} judged on them as regression: if the model classifies, gate a classification metric (accuracy, f1, or roc_auc on the score column) instead`,
    ];
}
/** A metric's value on all examples, or null where the data cannot give it (or there is none). */
function pointValue(name, data) {
    if (data === undefined)
        return null;
    try {
        const value = (0,metric_registry/* prepareMetric */.ii)(name, data).evaluate();
        return Number.isFinite(value) ? value : null;
    }
    catch (error) {
        if (error instanceof metric_error/* MetricError */.v)
            return null;
        // Probabilities that are not one distribution refuse a gated metric of them; unjudged, none.
        if (data.task === "classification" && error === data.probabilitySumError)
            return null;
        throw error;
    }
}
/** The family judged at the policy's confidence, correction and minimum samples. */
const judgeFamily = (policy, family) => (0,judge_evidence/* judgeEvidence */.Z)(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy["min-samples"] ?? 30,
    sliceMinSamples: policy.slices?.["min-samples"] ?? policy["min-samples"] ?? 30,
});
/**
 * How many rows were judged, at what confidence, with what correction and over how many
 * one-sided claims: what a reviewer needs to reproduce the adjusted p-values.
 */
const familyNote = ({ rows, confidence, correction, claims }) => `${(0,counted/* counted */.h)(rows.length, "row")} (metrics × slices) judged at ${confidence * 100}% confidence, ${correction === "none" ? "without correction" : `corrected with ${correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"} over ${(0,counted/* counted */.h)(claims, "one-sided claim")}, two per check`}`;
/**
 * The positive class of a binary classifier, as its labels write it: it decides a recall, an
 * F1, a ROC AUC, and is said, never left to guess.
 */
const positiveClass = (data) => data.task === "classification" && data.positive >= 0 ? data.classes[data.positive] : undefined;
/** Judges the paired predictions under the policy. */
function judgePredictions(policy, paired, shown) {
    const { family, skipped, notes: read } = evidenceRows(policy, paired, shown);
    const judgement = judgeFamily(policy, family);
    const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
    const rows = [
        ...(pairing.row ? [pairing.row] : []),
        ...judgement.rows.map((row, i) => evidenceRow(row, family[i], family[i].rule, judgement.confidence)),
        ...skipped,
    ];
    const verdict = (0,eval_verdict/* verdictOfRows */.Em)("predictions", rows);
    const notes = [
        ...classLabelsNote(policy, paired.champion),
        ...disagreementNotes(paired.disagreements),
        familyNote(judgement),
        ...read,
        ...resamplesNote(policy, family, judgement),
    ];
    const positive = positiveClass(paired.champion);
    const counts = positive === undefined ? pairing.counts : { ...pairing.counts, positive_class: positive };
    return { verdict, rows, pairing: counts, notes };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/judge-first-model.js






/** A rule, or a slice's override of one, without its comparison with the champion. */
function judge_first_model_boundsOf(rule) {
    const { "max-regression": _regression, "min-improvement": _improvement, ...bounds } = rule;
    return bounds;
}
/**
 * The policy a first model is judged by: each rule's bounds (a slice's own among them), and the
 * metrics whose rule has none, which only a champion could judge.
 */
function boundsOnly(policy) {
    const bounded = (rule) => rule.min !== undefined || rule.max !== undefined;
    const entries = Object.entries(policy.metrics);
    // Defined as own properties, whatever a policy names its metrics.
    const metrics = Object.fromEntries(entries.filter(([, rule]) => bounded(rule)).map(([name, rule]) => [name, judge_first_model_boundsOf(rule)]));
    const unchecked = entries.filter(([, rule]) => !bounded(rule)).map(([name]) => name);
    const overrides = Object.fromEntries(Object.entries(policy.slices?.overrides ?? {}).map(([slice, rules]) => [
        slice,
        Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, judge_first_model_boundsOf(rule)])),
    ]));
    const slices = policy.slices && { ...policy.slices, overrides };
    return { bounded: { ...policy, metrics, ...(slices && { slices }) }, unchecked };
}
/** A metric only a champion could judge: its value, and why it is not gated. */
function uncheckedRow(name, rule, data) {
    return {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        ...(0,eval_report/* compareValues */.ck)(null, pointValue(name, data)),
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: [],
        status: "info",
        reason: "no rule applied: its rule is against the champion, and a first model has none",
    };
}
/**
 * Why a first model's gate judged nothing, which leaves it inconclusive with no row to name as
 * such: a gate cannot pass a model it never checked, and a script reading the empty
 * inconclusive-metrics needs the cause and the way out.
 */
function nothingJudged(boundedMetrics) {
    return boundedMetrics === 0
        ? "No rule could be evaluated: every rule in the policy compares with a champion (none has a min or a max), and a first model has none, so the verdict is inconclusive with no row to list as such: the gate cannot pass a model it never checked. Give the metrics it must reach a min or a max, or give a champion."
        : `No rule could be evaluated: none of the ${(0,counted/* counted */.h)(boundedMetrics, "metric")} with a min or a max could be judged on these predictions (see their rows), so the gate cannot pass this model.`;
}
/**
 * Judges a first model's predictions under the policy's absolute bounds; `shown` names its file
 * in the notes as errors name it.
 */
function judgeFirstModel(policy, data, shown) {
    const { bounded, unchecked } = boundsOnly(policy);
    // The model stands on both sides: its own interval is what a bound is held against.
    const { family, skipped, notes: read, } = evidenceRows(bounded, { champion: data, challenger: data }, shown);
    const judgement = judgeFamily(bounded, family);
    const rows = [
        ...judgement.rows.map((row, i) => ({
            ...evidenceRow(row, family[i], family[i].rule, judgement.confidence),
            ...(0,eval_report/* compareValues */.ck)(null, row.challenger),
        })),
        ...skipped,
        ...unchecked.map((name) => uncheckedRow(name, policy.metrics[name], data)),
    ];
    const positive = positiveClass(data);
    const notes = [
        `No champion was given (a first model), so only absolute bounds were judged, on the challenger's own intervals${unchecked.length ? `; ${(0,counted/* counted */.h)(unchecked.length, "rule")} against the champion ${unchecked.length === 1 ? "was" : "were"} not checked` : ""}.`,
        ...classLabelsNote(policy, data),
        ...(family.length === 0
            ? [nothingJudged(Object.keys(bounded.metrics).length)]
            : [familyNote(judgement), ...read, ...resamplesNote(bounded, family, judgement)]),
        ...(positive === undefined ? [] : [`The positive class is '${(0,shorten/* shorten */.ml)(positive)}'.`]),
    ];
    return { verdict: judgement.verdict, rows, notes };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/policy-reads.js
var policy_reads = __webpack_require__(22757);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/evaluate-predictions.js










/** Every metric the predictions allow that the policy does not gate, with both values. */
function ungatedRows(policy, champion, challenger, exampleScores) {
    return (0,metric_registry/* metricNames */.Zv)(exampleScores)
        .filter((name) => !(name in policy.metrics))
        .map((name) => ({
        metric: name,
        gated: false,
        champion: pointValue(name, champion),
        challenger: pointValue(name, challenger),
    }))
        .filter((row) => row.champion !== null || row.challenger !== null);
}
/**
 * Where the policy names each column it slices by: in `slices.by`, or as a fairness metric's
 * `sensitive` column. A column named twice is refused at its first mention.
 */
function sliceFields(policy) {
    const fields = new Map();
    (policy.slices?.by ?? []).forEach((column, i) => {
        if (!fields.has(column))
            fields.set(column, `/slices/by/${i}`);
    });
    for (const [name, rule] of Object.entries(policy.metrics)) {
        if (rule.sensitive !== undefined && !fields.has(rule.sensitive))
            fields.set(rule.sensitive, (0,nesting/* jsonPointer */.Av)(["metrics", name, "sensitive"]));
    }
    return fields;
}
/** The values of a slice column that an error lists: enough to spot the one meant. */
const LISTED_VALUES = 10;
/**
 * Refuses a slice override whose value no row of the files has (`region=europe` where they
 * write `eu`): it would match no slice and be dropped without a word. `checkPolicy` made sure
 * each names `<column>=<value>` of a column in `slices.by`.
 */
function checkOverrideValues({ policy, refuse }, read, shown) {
    for (const slice of Object.keys(policy.slices?.overrides ?? {})) {
        const column = slice.split("=")[0];
        const value = slice.slice(column.length + 1);
        const values = [...new Set(read.flatMap((file) => file.slices.get(column)?.names ?? []))];
        if (values.includes(value))
            continue;
        const listed = values.slice(0, LISTED_VALUES).map(closest_name/* quoteName */.AB).join(", ");
        const more = values.length > LISTED_VALUES ? ` and ${values.length - LISTED_VALUES} more` : "";
        const has = values.length === 0
            ? "Write the column's values in the files: every row leaves it empty"
            : `Write the value as the files do (case and all): ${(0,closest_name/* quoteName */.AB)(column)} has ${(0,counted/* counted */.h)(values.length, "value")}, ${listed}${more}`;
        refuse((0,nesting/* jsonPointer */.Av)(["slices", "overrides", slice]), `names value ${(0,closest_name/* quoteName */.AB)(value)} of column ${(0,closest_name/* quoteName */.AB)(column)}, which no row of ${read.map((file) => shown(file.file)).join(" or ")} has`, `${(0,closest_name/* didYouMean */.au)(value, values)}${has}`);
    }
}
/**
 * The note on the files read for their per-example scores alone that likely hold their labels or
 * predictions under other names (`y_true`, `y_pred`): without it, the metrics of labels would
 * vanish from the report, ungated rows and all, without a word. Files that lack the same columns
 * share one note.
 */
function unreadNotes(read, shown) {
    const unread = read.flatMap((file) => file.task === "scores" && file.lacks.some((m) => m.likely || m.or?.likely) ? [file] : []);
    const [first, second] = unread;
    if (first === undefined)
        return [];
    if (second && JSON.stringify(second.lacks) === JSON.stringify(first.lacks)) {
        return [(0,missing_column/* unreadNote */.O7)([shown(first.file), shown(second.file)], first.lacks)];
    }
    return unread.map((file) => (0,missing_column/* unreadNote */.O7)([shown(file.file)], file.lacks));
}
/**
 * The note on the examples' sample weights, where the gate weighs them: which file's column, how
 * far apart the paired examples' weights lie (`weights`, as scaled, none where all are equal),
 * and what weighing changes in the judging.
 */
function weightsNote(challenger, champion, weights, shown) {
    if (!challenger.weights)
        return [];
    const column = `column ${(0,closest_name/* quoteName */.AB)(challenger.weights.column)} of ${shown(challenger.file)}`;
    if (!weights) {
        return [`Every example weighs the same by ${column}, so the examples are judged as unweighted`];
    }
    let [lightest, heaviest, none] = [Infinity, 0, 0];
    for (const w of weights) {
        if (w > 0)
            lightest = Math.min(lightest, w);
        heaviest = Math.max(heaviest, w);
        if (w === 0)
            none++;
    }
    const zero = `${(0,counted/* counted */.h)(none, "example")} weigh 0 and count for nothing`;
    const champions = champion && !champion.weights
        ? `; ${shown(champion.file)} has no such column, so these weights count for both models`
        : "";
    if (!weighsUnequally(weights)) {
        return [
            `Every example weighs the same by ${column} but ${zero}${champions}, so the others are judged as unweighted`,
        ];
    }
    return [
        `Each example weighs what ${column} gives it (the heaviest ${(0,format_number/* formatNumber */.ZV)(heaviest / lightest)} times the lightest${none > 0 ? `; ${zero}` : ""}${champions}): every metric weighs its examples so, the tests of a proportion (McNemar's, Wilson's) take the weighted counts as effective counts, DeLong's test weighs its structural components, and the other rows are judged on the bootstrap, which draws examples with their weights`,
    ];
}
/**
 * Both files read and paired, or a first model's file alone. The files are let go on return:
 * what the metrics need is in the pairs, and the ids (a third of what the files hold) are
 * needed no more.
 */
async function readData(checked, files, options, exampleScores) {
    const { policy, refuse } = checked;
    const fields = sliceFields(policy);
    const read = (path, reads = options) => readPredictions(path, {
        ...reads,
        ...(0,policy_reads/* policyReads */._)(policy, exampleScores),
        slices: [...fields.keys()],
        refuseSlice: (column, file, columns) => {
            const { problem, fix } = (0,missing_column/* absentSlice */._x)(files.shown(file), column, columns);
            return refuse(fields.get(column), problem, fix);
        },
    });
    const classes = options.positiveLabel === undefined ? {} : { positiveLabel: options.positiveLabel };
    if (files.champion === undefined) {
        const challenger = await read(files.challenger);
        checkOverrideValues(checked, [challenger], files.shown);
        const alone = modelData(challenger, classes);
        challenger.ids.release();
        const notes = [
            ...unreadNotes([challenger], files.shown),
            ...weightsNote(challenger, undefined, alone.weights, files.shown),
        ];
        return { alone, notes };
    }
    // One after the other: memory holds one file's read buffers and batches, not two.
    const champion = await read(files.champion, (0,champion_file/* championReads */.F)(options));
    const challenger = await read(files.challenger);
    checkOverrideValues(checked, [champion, challenger], files.shown);
    const paired = pairPredictions(champion, challenger, classes);
    // The ids (a third of what the files hold) are needed no more: freed now, not at the next
    // garbage collection, which would come while judging fills memory again.
    champion.ids.release();
    challenger.ids.release();
    const notes = [
        ...unreadNotes([champion, challenger], files.shown),
        ...weightsNote(challenger, champion, paired.champion.weights, files.shown),
    ];
    return { paired, notes };
}
async function evaluatePredictions(checked, files, options) {
    const { policy } = checked;
    const exampleScores = options.exampleScores ?? [];
    const data = await readData(checked, files, options, exampleScores);
    const judged = "paired" in data
        ? judgePredictions(policy, data.paired, files.shown)
        : judgeFirstModel(policy, data.alone, files.shown);
    const [champion, challenger] = "paired" in data ? [data.paired.champion, data.paired.challenger] : [undefined, data.alone];
    return {
        ...judged,
        rows: [...judged.rows, ...ungatedRows(policy, champion, challenger, exampleScores)],
        notes: [...data.notes, ...judged.notes],
    };
}


/***/ })

};
