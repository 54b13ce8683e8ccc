export const id = 991;
export const ids = [991];
export const modules = {

/***/ 9098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ cellValue),
/* harmony export */   u: () => (/* binding */ columnOf)
/* harmony export */ });
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1837);

/** The column named `name`, read as values or as bytes; undefined when the batch lacks it. */
function columnOf(batch, name) {
    return batch.columns.get(name) ?? batch.byteColumns?.get(name);
}
/** The value of row `row` of a column, decoded: a number, a string, or `null` when missing. */
function cellValue(column, row) {
    if ("bytes" in column) {
        if (column.missing[row] !== 0)
            return null;
        return (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .textOfBytes */ .gm)(column.bytes, column.starts[row], column.starts[row + 1]);
    }
    if ("values" in column) {
        const value = column.values[row];
        return value === undefined || Number.isNaN(value) ? null : value;
    }
    const code = column.codes[row];
    return code === undefined || code < 0 ? null : (column.dictionary[code] ?? null);
}


/***/ }),

/***/ 7931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ DEFAULT_TRUE),
/* harmony export */   eR: () => (/* binding */ DEFAULT_FALSE),
/* harmony export */   k2: () => (/* binding */ spellingOf),
/* harmony export */   xv: () => (/* binding */ spelledBuilder)
/* harmony export */ });
/* harmony import */ var _column_builder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5988);
/* harmony import */ var _date_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4247);
/* harmony import */ var _parse_cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2646);



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
    const reader = (0,_date_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compileDatePattern */ .S_)(format);
    const described = `written as ${format}`;
    const unread = `is not a ${withTime ? "date and time" : "date"} ${described}`;
    return {
        read: (text) => reader(text, withTime),
        unread,
        described,
        expected: `a ${withTime ? "date and time" : "date"} ${described}`,
        refused: () => unread,
    };
}
function numberSpelling(kind, decimal, group, bare) {
    const described = `written with ${[
        ...(kind === "an integer" ? [] : [`${JSON.stringify(decimal)} for decimals`]),
        ...(group === undefined ? [] : [`${JSON.stringify(group)} between groups of digits`]),
        ...(bare ? [] : ["text such as a currency or a percent sign around it"]),
    ].join(", ")}`;
    return {
        read(text) {
            // NaN and INF, which a declared number takes, are words a unit's stripping would eat.
            if ((0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSpecialNumber */ .KH)(text) !== undefined)
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
        return (0,_column_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .appendPlainBytes */ .mT)(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        const { spelling } = this;
        const read = spelling.read(text);
        if (read === undefined)
            return `${(0,_column_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteCell */ .HO)(text)} ${spelling.unread}`;
        const problem = this.inner.appendText(read, row);
        if (problem === undefined)
            return undefined;
        // The builder's reason, about the cell as the data writes it.
        const quoted = `${(0,_column_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteCell */ .HO)(read)} `;
        const reason = problem.startsWith(quoted) ? problem.slice(quoted.length) : problem;
        return `${(0,_column_builder_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteCell */ .HO)(text)} ${spelling.refused?.(reason) ?? `${reason} (${spelling.described})`}`;
    }
    appendValue(value, row) {
        return typeof value === "string"
            ? this.appendText(value, row)
            : this.inner.appendValue(value, row);
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


/***/ }),

/***/ 5988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ OTHER_DATE_FORM),
/* harmony export */   HO: () => (/* binding */ quoteCell),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   gC: () => (/* binding */ DATES_TAKEN),
/* harmony export */   ke: () => (/* binding */ EXACT_INTEGERS),
/* harmony export */   mT: () => (/* binding */ appendPlainBytes),
/* harmony export */   yl: () => (/* binding */ columnBuilder)
/* harmony export */ });
/* harmony import */ var _infer_type_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(403);
/* harmony import */ var _parse_cell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2646);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4066);
/* harmony import */ var _string_dictionary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1038);
/* harmony import */ var _typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1393);
/* harmony import */ var _release_array_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7272);






/**
 * A cell value as text: a string is its own, a date its ISO 8601 form, an object or array its
 * JSON (64-bit integers in it as digits, which JSON.stringify refuses).
 */
function valueText(value) {
    if (typeof value === "string")
        return value;
    if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    }
    if (typeof value === "object" && value !== null) {
        return JSON.stringify(value, (_, item) => typeof item === "bigint" ? item.toString() : item);
    }
    return String(value);
}
/**
 * `appendPlain` by way of `appendBytes`, once the cell's end is found: for a column whose cells
 * are not parsed as they are scanned.
 */
function appendPlainBytes(builder, buf, start, end, row, delimiter) {
    const stop = (0,_csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldEnd */ .C4)(buf, start, end, delimiter);
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
    values = new Float64Array(0);
    spare = [];
    constructor(name, type, 
    /**
     * Whether the schema declared the column, which admits `NaN`, `INF` and `-INF`, and for a
     * boolean `1` and `0`.
     */
    declared, 
    /** For a column of dates, the ISO 8601 forms it takes. */
    dates) {
        this.name = name;
        this.type = type;
        this.declared = declared;
        this.dates = dates;
    }
    start(capacity) {
        this.values = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .reusedOr */ .yE)(this.spare, capacity, Float64Array);
    }
    recycle(column) {
        if ("values" in column)
            this.spare.push(new Float64Array(column.values.buffer));
    }
    releaseSpares() {
        (0,_release_array_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseArrays */ .E)(...this.spare.splice(0));
    }
    grow(capacity) {
        this.values = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .resized */ .tV)(this.values, capacity);
    }
    appendBytes(buf, start, end, row) {
        const type = this.type;
        if (type === "numeric" || type === "integer") {
            const ok = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberInto */ .pR)(buf, start, end, this.values, row);
            if (ok && (type === "numeric" || (_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .lastWasInteger */ ._I && this.exact(row))))
                return undefined;
        }
        else if (type === "boolean") {
            const n = this.declared
                ? (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredBooleanBytes */ .wB)(buf, start, end)
                : (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBooleanBytes */ .R9)(buf, start, end);
            if (!Number.isNaN(n)) {
                this.values[row] = n;
                return undefined;
            }
        }
        else if (this.dates !== "datetime" && (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDateInto */ .Iw)(buf, start, end, this.values, row)) {
            return undefined;
        }
        // The text path gives the words of the problem, or parses what the fast paths leave out.
        return this.appendText(buf.toString("utf8", start, end), row);
    }
    appendPlain(buf, start, end, row, delimiter) {
        const type = this.type;
        if (type === "numeric" || type === "integer") {
            const stop = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .scanNumberInto */ .F9)(buf, start, end, this.values, row);
            return stop >= 0 && stop < end && (type === "numeric" || (_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .lastWasInteger */ ._I && this.exact(row)))
                ? stop
                : -1;
        }
        return appendPlainBytes(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        let value;
        switch (this.type) {
            case "numeric": {
                value = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberText */ .ke)(text);
                if (Number.isNaN(value) && this.declared) {
                    const special = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpecialNumber */ .KH)(text);
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
                value = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberText */ .ke)(text);
                if (Number.isNaN(value) || !_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .lastWasInteger */ ._I)
                    return `${quoteCell(text)} is not an integer`;
                if (!this.exact(row, value))
                    return `${quoteCell(text)} ${UNSAFE_INTEGER}`;
                break;
            case "boolean":
                value = this.declared ? (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredBoolean */ .$T)(text) : (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)(text);
                if (Number.isNaN(value)) {
                    return `${quoteCell(text)} is not a boolean (${this.declared ? "true, false, 1 or 0" : "true or false"})`;
                }
                break;
            case "datetime": {
                value = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatetime */ .X7)(text);
                if (Number.isNaN(value))
                    return `${quoteCell(text)} is not ${DATES_TAKEN[this.dates]}`;
                const forms = this.dates;
                if (forms !== "both" && !(0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .isDateForm */ .BT)(text, forms)) {
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
        if (typeof value === "number")
            n = value;
        else if (typeof value === "bigint")
            n = Number(value);
        else if (typeof value === "boolean")
            n = value ? 1 : 0;
        else if (value instanceof Date)
            n = value.getTime();
        else
            return `${quoteCell(valueText(value))} is not a ${this.type} value`;
        if (this.type === "integer") {
            if (!Number.isInteger(n))
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
        return { name: this.name, type: this.type, values: this.values.subarray(0, length) };
    }
}
class StringBuilder {
    name;
    type;
    codes = new Int32Array(0);
    spare = [];
    dictionary = new _string_dictionary_js__WEBPACK_IMPORTED_MODULE_4__/* .StringDictionary */ .w();
    constructor(name, type) {
        this.name = name;
        this.type = type;
    }
    recycle(column) {
        if ("codes" in column)
            this.spare.push(new Int32Array(column.codes.buffer));
    }
    releaseSpares() {
        (0,_release_array_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseArrays */ .E)(...this.spare.splice(0));
    }
    start(capacity) {
        this.codes = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .reusedOr */ .yE)(this.spare, capacity, Int32Array);
        // A categorical dictionary lives as long as the read, so codes agree across batches.
        if (this.type === "text")
            this.dictionary.clear();
    }
    grow(capacity) {
        this.codes = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .resized */ .tV)(this.codes, capacity);
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
        return this.appendText(valueText(value), row);
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
/** A builder for a column of the given type, read as its schema field, if any, declares. */
function columnBuilder(name, type, field) {
    return type === "categorical" || type === "text"
        ? new StringBuilder(name, type)
        : new NumericBuilder(name, type, (0,_infer_type_js__WEBPACK_IMPORTED_MODULE_5__/* .isDeclared */ .vo)(field), (0,_infer_type_js__WEBPACK_IMPORTED_MODULE_5__/* .dateForms */ .gh)(field));
}


/***/ }),

/***/ 4066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ fieldEnd),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   jA: () => (/* binding */ QUOTE)
/* harmony export */ });
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8991);

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Where the unquoted field that starts at `pos` ends: at the delimiter, a line end, or `end`. */
function fieldEnd(buf, pos, end, delimiter) {
    let p = pos;
    while (p < end) {
        const c = buf[p];
        if (c === delimiter || c === LF || c === CR)
            break;
        p++;
    }
    return p;
}
/**
 * An RFC 4180 tokenizer: a state machine over bytes that finds fields and rows (quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends). It works on a buffer
 * holding the rest of the previous chunk followed by the next one, and hands back where the last
 * complete row ends, so that the caller keeps only one partial row between chunks. Blank lines
 * are skipped. A quote inside an unquoted field is taken literally, as most writers expect.
 * A row longer than `maxRowBytes`, complete or not, is refused, so that the kept part is bounded.
 * Each row that does not open with a quote is first offered to the sink's fused path
 * (`plainRow`), which reads most rows of most files in one pass; the state machine reads the rest.
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
            if (c !== QUOTE) {
                // Cut at the longest row allowed: a longer one is left to the state machine, which
                // refuses it before any of its cells is appended.
                const next = sink.plainRow(buf, pos, Math.min(end, pos + this.maxRowBytes), line);
                if (next >= 0) {
                    pos = next;
                    line++;
                    continue;
                }
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
                        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(this.file, "a quoted field opens here and never closes", 'Close the field with a quote, and double any quote inside it ("")', line);
                    }
                    for (let i = pos + 1; i < closing; i++) {
                        if (buf[i] === LF || (buf[i] === CR && buf[i + 1] !== LF))
                            line++;
                    }
                    this.starts[count] = pos + 1;
                    this.ends[count] = closing;
                    this.flags[count] = flag;
                    pos = closing + 1;
                }
                else {
                    const p = fieldEnd(buf, pos, end, delimiter);
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
                throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(this.file, `unexpected ${JSON.stringify(String.fromCharCode(c))} after a closing quote`, "Quote the whole field, doubling the quotes inside it", line);
            }
            if (pos - rowStart > this.maxRowBytes)
                throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .lineTooLong */ .ti)(this.file, rowLine, this.maxRowBytes);
            sink.row(buf, this.starts, this.ends, this.flags, count, rowLine);
        }
        this.line = line;
        return pos;
    }
    /** Stops a scan at an incomplete row, which the caller keeps for the next one. */
    partial(rowStart, end, rowLine) {
        if (end - rowStart > this.maxRowBytes)
            throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .lineTooLong */ .ti)(this.file, rowLine, this.maxRowBytes);
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


/***/ }),

/***/ 4247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ DatePatternError),
/* harmony export */   S_: () => (/* binding */ compileDatePattern)
/* harmony export */ });
/* unused harmony export DATE_DIRECTIVES */
/* harmony import */ var _parse_cell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2646);

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
    return Number.isNaN((0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDatetime */ .X7)(iso)) ? undefined : date;
}


/***/ }),

/***/ 4482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   hT: () => (/* binding */ expandGlob)
/* harmony export */ });
/* unused harmony export globToRegExp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _files_async_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(321);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8991);




const GLOB_CHARS = /[*?[]/;
/** Whether a path is a pattern rather than a file name. */
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/**
 * A regular expression for a glob over `/`-separated paths: `*` is any run of characters but
 * `/`, `?` one such character, `**` any run of whole path segments (none included), `[abc]` and
 * `[!abc]` a character class. Everything else is literal. A leading `.` is not special.
 * A class the regular expression refuses (a range such as `z-a`) is a `DataError` naming
 * `shownAs`, the pattern as the user wrote it.
 */
function globToRegExp(pattern, shownAs = pattern) {
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
                const characterClass = `[${body.replace(/\\/g, "\\\\")}]`;
                try {
                    new RegExp(characterClass);
                }
                catch {
                    throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(shownAs, `the character class ${pattern.slice(i, close + 1)} is not valid`, "Write each range from low to high, as in [a-z]");
                }
                source += characterClass;
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
    if (!isGlob(pattern) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pattern))
        return [pattern];
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? pattern : pattern.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
    const segments = normalized.split("/");
    const firstGlob = segments.findIndex((segment) => isGlob(segment));
    const base = segments.slice(0, firstGlob).join("/");
    const rest = segments.slice(firstGlob);
    const matcher = globToRegExp(rest.join("/"), pattern);
    const maxDepth = rest.includes("**") || rest.some((s) => s.includes("**")) ? Infinity : rest.length;
    const found = [];
    const walk = async (dir, relative, depth) => {
        let entries;
        try {
            entries = await (0,_files_async_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readdir */ .Cy)(dir === "" ? "." : dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
            const full = dir === "" ? entry.name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
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


/***/ }),

/***/ 403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gh: () => (/* binding */ dateForms),
/* harmony export */   hI: () => (/* binding */ fixedType),
/* harmony export */   nS: () => (/* binding */ inferType),
/* harmony export */   sk: () => (/* binding */ stringKind),
/* harmony export */   t1: () => (/* binding */ declaredType),
/* harmony export */   vo: () => (/* binding */ isDeclared)
/* harmony export */ });
/* harmony import */ var _parse_cell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2646);

/**
 * The type of a column from a sample of its non-missing values (the first rows of the data).
 * The rule, in order:
 *
 * 1. no value at all: `text` (the one type that accepts anything later);
 * 2. every value is `true`/`false` (any of `true True TRUE false False FALSE`): `boolean`;
 * 3. every value is an integer lexeme (`-12`, `+7`) that is a safe integer: `integer`;
 * 4. every value is a finite decimal number (`1.5`, `-2e-3`, `.5`), none an integer lexeme past
 *    2^53 (a 19-digit id, which a number would hold rounded, is a string): `numeric`;
 * 5. every value is an ISO 8601 date or date-time: `datetime`;
 * 6. otherwise a string column: `categorical` when it has at most `maxCategories` (1000) distinct
 *    values and either at most 20 of them or at most `maxCategoryRatio` (0.5) of its values;
 *    else `text`.
 *
 * In rules 3 and 4 a value with a leading zero (`00501`, `-007`) is not a number: such columns
 * are identifiers (zip codes, account numbers) and stay strings. `Infinity`, `NaN` and hex are not
 * numbers either; declare the column `number` to accept Table Schema's `NaN`, `INF` and `-INF`
 * (in any case).
 */
function inferType(values, options = {}) {
    if (values.length === 0)
        return "text";
    if (values.every((v) => !Number.isNaN((0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)(v))))
        return "boolean";
    let allIntegers = true;
    let allNumbers = true;
    for (const value of values) {
        const n = (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .ke)(value);
        // Whole numbers past 2^53 (19-digit ids) would be read rounded, two ids as one: strings.
        if (!Number.isFinite(n) ||
            (0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLeadingZero */ .vV)(value) ||
            (_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .lastWasInteger */ ._I && !Number.isSafeInteger(n))) {
            allNumbers = false;
            break;
        }
        if (!_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .lastWasInteger */ ._I)
            allIntegers = false;
    }
    if (allNumbers)
        return allIntegers ? "integer" : "numeric";
    if (values.every((v) => !Number.isNaN((0,_parse_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDatetime */ .X7)(v))))
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


/***/ }),

/***/ 2646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ declaredBoolean),
/* harmony export */   BT: () => (/* binding */ isDateForm),
/* harmony export */   F9: () => (/* binding */ scanNumberInto),
/* harmony export */   Iw: () => (/* binding */ parseDateInto),
/* harmony export */   KH: () => (/* binding */ parseSpecialNumber),
/* harmony export */   R9: () => (/* binding */ parseBooleanBytes),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   _I: () => (/* binding */ lastWasInteger),
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   pR: () => (/* binding */ parseNumberInto),
/* harmony export */   vV: () => (/* binding */ hasLeadingZero),
/* harmony export */   wB: () => (/* binding */ declaredBooleanBytes),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export parseNumberBytes */
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
/**
 * Table Schema's number extras, accepted in columns declared `number`: `NaN`, `INF`, `-INF` and
 * `+INF`, in any case (`nan`, `-Inf`), as the specification permits. Not `Infinity`, nor a sign
 * on `NaN`. Called only for a cell that is not a decimal number.
 */
function parseSpecialNumber(text) {
    const first = text.charCodeAt(0);
    const signed = first === 43 || first === 45 ? 1 : 0;
    if (signed === 0 && spellsFolded(text, 0, "nan"))
        return Number.NaN;
    if (!spellsFolded(text, signed, "inf"))
        return undefined;
    return first === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
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
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return Number.NaN;
    }
    const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
    // Set apart, the year: `Date.UTC` takes years 0 to 99 as 1900 to 1999.
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
    date.setUTCFullYear(Number(y));
    let time = date.getTime();
    if (date.getUTCDate() !== day)
        return Number.NaN;
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


/***/ }),

/***/ 1372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CS: () => (/* binding */ listFiles),
  Pu: () => (/* binding */ readBatches)
});

// UNUSED EXPORTS: formatOf, readColumns

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/files/open-for-reading.js
var open_for_reading = __webpack_require__(9402);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-error.js
var data_error = __webpack_require__(8991);
// EXTERNAL MODULE: ./shared/dist/engine/data/glob.js
var data_glob = __webpack_require__(4482);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./shared/dist/engine/data/check-utf8.js


const LF = 0x0a;
const CR = 0x0d;
/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure are the lines searched one by one, each
 * ending in LF, CRLF or CR. `firstLine` is the line on which `buf` starts. Callers pass buffers
 * that end on a line break or at the end of the file, so that a character is never split, or
 * use `checkUtf8Read`.
 */
function checkUtf8(file, buf, firstLine) {
    if ((0,external_node_buffer_.isUtf8)(buf))
        return;
    let line = firstLine;
    let start = 0;
    while (start < buf.length) {
        let end = start;
        while (end < buf.length && buf[end] !== LF && buf[end] !== CR)
            end++;
        if (!(0,external_node_buffer_.isUtf8)(buf.subarray(start, end)))
            break;
        start = end + (buf[end] === CR && buf[end + 1] === LF ? 2 : 1);
        line++;
    }
    throw new data_error/* DataError */.fL(file, "the bytes on this line are not valid UTF-8", "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`)", line);
}
/**
 * `checkUtf8` for the bytes of a read, which may end inside a character: the last bytes, when
 * they can be the start of a character that the next read completes, are left to that read.
 * A check up to the last LF instead would skip every line of a file whose lines end in CR.
 */
function checkUtf8Read(file, buf, firstLine) {
    // A character is at most 4 bytes: look back over up to 3 continuation bytes to its lead.
    let lead = buf.length - 1;
    while (lead > 0 && lead > buf.length - 4 && (buf[lead] & 0xc0) === 0x80)
        lead--;
    const first = buf[lead] ?? 0;
    const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    checkUtf8(file, buf.length - lead < length ? buf.subarray(0, lead) : buf, firstLine);
}

// EXTERNAL MODULE: ./shared/dist/engine/data/typed-arrays.js
var typed_arrays = __webpack_require__(1393);
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
            this.starts = (0,typed_arrays/* grown */.gT)(this.starts, fields);
            this.ends = (0,typed_arrays/* grown */.gT)(this.ends, fields);
            this.flags = (0,typed_arrays/* grown */.gT)(this.flags, fields);
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

// EXTERNAL MODULE: ./shared/dist/engine/data/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(4066);
;// CONCATENATED MODULE: ./shared/dist/engine/data/csv-plain-row.js

/**
 * Whether rows may take the fused path with this delimiter: a number's cell ends at the first
 * byte that cannot continue it, so that byte must be the delimiter's and no number's; and a CR
 * after the last field must end the row, where the tokenizer takes a CR delimiter for another
 * field.
 */
function plainRowsAllowed(delimiter) {
    return delimiter !== csv_tokenizer.CR && !/[\d+\-.eE]/.test(String.fromCharCode(delimiter));
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
        if (c === csv_tokenizer/* QUOTE */.jA)
            return -1;
        const builder = builders[i];
        if (c === delimiter || c === csv_tokenizer.LF || c === csv_tokenizer.CR) {
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
            const stop = (0,csv_tokenizer/* fieldEnd */.C4)(buf, p, end, delimiter);
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
        else if (next === csv_tokenizer.LF)
            p++;
        else if (next === csv_tokenizer.CR && p + 1 < end)
            p += buf[p + 1] === csv_tokenizer.LF ? 2 : 1;
        else
            return -1;
    }
    typing.endRow(line);
    return p;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./shared/dist/engine/files/async-fs.js
var async_fs = __webpack_require__(321);
;// CONCATENATED MODULE: ./shared/dist/engine/data/open-data-file.js





/** A gzip stream read into the caller's buffer, keeping what did not fit for the next read. */
async function gunzipped(file, fd) {
    // zlib is loaded only for compressed files: most reads never need it. (Not so node:stream,
    // whose exports are a function: imported at run time from a bundle, it has no named exports.)
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    const compressed = (0,external_node_fs_.createReadStream)(file, { fd });
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
/**
 * Opens a data file for reading: a plain file is read straight into the caller's buffer, a
 * `.gz` one through gunzip. Zstandard is refused by name: Node.js 20, which the CLI supports,
 * has no zstd decoder, and the bytes would otherwise be reported as text that is not UTF-8.
 */
async function openDataFile(file) {
    if (/\.zst$/i.test(file)) {
        throw new data_error/* DataError */.fL(file, "is zstd-compressed, which the reader cannot decompress", "Decompress it first (zstd -d), or compress it with gzip (.gz) instead");
    }
    const { fd, size } = await (0,open_for_reading/* openForReading */.sb)(file, (0,data_error/* refuseDataFile */.nY)(file));
    if (/\.gz$/i.test(file))
        return gunzipped(file, fd);
    let closed = false;
    let total = 0;
    return {
        async read(into, offset, length) {
            const { bytesRead } = await (0,async_fs/* read */.LF)(fd, into, offset, length, null);
            total += bytesRead;
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

// EXTERNAL MODULE: ./shared/dist/engine/data/read-files.js
var read_files = __webpack_require__(9726);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(8835);
// EXTERNAL MODULE: ./shared/dist/engine/data/batch.js
var data_batch = __webpack_require__(9098);
// EXTERNAL MODULE: ./shared/dist/engine/data/column-builder.js
var column_builder = __webpack_require__(5988);
// EXTERNAL MODULE: ./shared/dist/engine/data/text-bytes.js
var text_bytes = __webpack_require__(1837);
// EXTERNAL MODULE: ./shared/dist/engine/release-array.js
var release_array = __webpack_require__(7272);
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
    constructor(name) {
        this.name = name;
    }
    start(capacity) {
        // A refilled bytes array may have any length: it grows as the cells need.
        this.bytes = this.spareBytes.pop() ?? new Uint8Array(capacity * START_BYTES_PER_ROW);
        this.starts = (0,typed_arrays/* reusedOr */.yE)(this.spareStarts, capacity + 1, Uint32Array);
        this.missing = (0,typed_arrays/* reusedOr */.yE)(this.spareMissing, capacity, Uint8Array).fill(0);
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
        this.starts = (0,typed_arrays/* resized */.tV)(this.starts, capacity + 1);
        this.missing = (0,typed_arrays/* resized */.tV)(this.missing, capacity);
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
            this.bytes = (0,typed_arrays/* resized */.tV)(this.bytes, Math.min(length, MAX_BATCH_BYTES));
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
        return (0,column_builder/* appendPlainBytes */.mT)(this, buf, start, end, row, delimiter);
    }
    appendText(text, row) {
        const problem = this.reserve(row, (0,text_bytes/* maxTextBytes */.tu)(text));
        if (problem !== undefined)
            return problem;
        this.end = (0,text_bytes/* writeTextBytes */.s8)(text, this.bytes, this.end);
        this.starts[row + 1] = this.end;
        return undefined;
    }
    appendValue(value, row) {
        if (value === null || value === undefined) {
            this.appendMissing(row);
            return undefined;
        }
        return this.appendText((0,column_builder/* valueText */.Ru)(value), row);
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

// EXTERNAL MODULE: ./shared/dist/engine/data/cell-spelling.js
var cell_spelling = __webpack_require__(7931);
// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(403);
// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(2646);
;// CONCATENATED MODULE: ./shared/dist/engine/data/table-typing.js










/** Whether the plain path could read `text` as a value of a `type` column (any text, for strings). */
function spellsValue(type, text) {
    switch (type) {
        case "numeric":
        case "integer":
            // The plain path reads numbers as written; NaN and INF only the other path reads.
            return !Number.isNaN((0,parse_cell/* parseNumberText */.ke)(text));
        case "boolean":
            return !Number.isNaN((0,parse_cell/* declaredBoolean */.$T)(text));
        case "datetime":
            return !Number.isNaN((0,parse_cell/* parseDatetime */.X7)(text));
        default:
            return true;
    }
}
/** Rows the first batch of a read has room for before it grows. */
const FIRST_CAPACITY = 1024;
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
    rows = 0;
    /** Rows the batch in progress has room for. */
    capacity = 0;
    /** Whether a batch of this read has filled: the data is large, later batches start full. */
    filled = false;
    /** How many rows the read is expected to hold (`expectRows`), for its first batch. */
    expected = 0;
    rowOffset = 0;
    lineNumbers = new Float64Array(0);
    /** The line numbers of batches given back (`reuseBatches`, `recycle`), for later batches. */
    spareLines = [];
    reuseBatches;
    ready = [];
    file = "";
    onInvalidCell;
    /** The caller's fix for a cell that stops the read, when it has its own. */
    invalidCellFix;
    constructor(names, types, 
    /** Per column, its field in the schema, which decides how its builder reads it. */
    fields, missing, options) {
        this.names = names;
        this.types = types;
        const bytes = new Set(options.byteColumns);
        // Each field's own spelling, made once: a date's pattern is compiled into an expression.
        const spellings = fields.map(cell_spelling/* spellingOf */.k2);
        this.builders = names.map((name, i) => bytes.has(name) || (options.textAsBytes && types[i] === "text")
            ? new BytesBuilder(name)
            : (0,cell_spelling/* spelledBuilder */.xv)((0,column_builder/* columnBuilder */.yl)(name, types[i], fields[i]), spellings[i]));
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
        this.onInvalidCell = options.onInvalidCell;
        this.invalidCellFix = options.invalidCellFix;
        this.reuseBatches = options.reuseBatches ?? false;
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
        this.onInvalidCell(builder.name, line, text, this.rowOffset + row);
        return true;
    }
    /**
     * Types the columns: a declared field decides (see `declaredType`), else the sample decides
     * (see `inferType`). `sample(i)` gives column i's non-missing values as text, asked for at
     * most once per column (not for one read as bytes, nor for a declared number, date or
     * boolean), so that a reader decodes one column at a time, and only those typed from text;
     * `known[i]`, when set, is a type the format itself carries (Parquet), used unless the schema
     * declares one.
     */
    static create(file, names, sample, options, known = [], headerLine) {
        const fields = new Map();
        for (const field of options.schema?.fields ?? [])
            fields.set(field.name, field);
        for (const name of fields.keys()) {
            if (!names.includes(name) && !options.schema?.fieldsMayBeAbsent) {
                throw new data_error/* DataError */.fL(file, `the schema declares a column '${name}' that the data does not have`, `The data has: ${names.join(", ")}`, headerLine, undefined, name);
            }
        }
        const seen = new Set();
        for (const name of names) {
            if (seen.has(name)) {
                throw new data_error/* DataError */.fL(file, `two columns are named '${name}'`, "Give each column its own name", headerLine ?? 1, undefined, name);
            }
            seen.add(name);
        }
        const types = [];
        const columnFields = [];
        const missing = [];
        const text = new Set(options.textColumns);
        const bytes = new Set(options.byteColumns);
        names.forEach((name, i) => {
            const field = fields.get(name) ?? (text.has(name) ? { name, type: "string" } : undefined);
            columnFields.push(field);
            missing.push((0,read_options/* missingValuesFor */.Cs)(name, options, fields.get(name)));
            if (bytes.has(name)) {
                types.push("text");
                return;
            }
            const fromFormat = known[i];
            if ((0,infer_type/* isDeclared */.vo)(field) || fromFormat === undefined) {
                // A declared number, date or boolean is typed without decoding its sample.
                const fixed = field && (0,infer_type/* fixedType */.hI)(field);
                types.push(fixed ??
                    (field
                        ? (0,infer_type/* declaredType */.t1)(field, sample(i), options.inference)
                        : (0,infer_type/* inferType */.nS)(sample(i), options.inference)));
            }
            else if (fromFormat === "categorical" || fromFormat === "text") {
                types.push((0,infer_type/* stringKind */.sk)(sample(i), options.inference));
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
    /** Starts the rows of a new file. */
    beginFile(file) {
        this.flush();
        this.file = file;
    }
    /** The row index, in the current batch, for the next row; starts a batch when needed. */
    nextRow() {
        if (this.rows === this.capacity)
            this.makeRoom();
        return this.rows;
    }
    /**
     * Tells how many rows the read is expected to hold, from the size of its first file: its first
     * batch then starts with room for them, up to a full batch, rather than growing to it.
     */
    expectRows(rows) {
        this.expected = rows;
    }
    /**
     * The first batch of a read starts small, or as large as the rows expected, and doubles, so
     * that a small file of many columns does not hold a full batch of each; once a batch has
     * filled, the next ones start full.
     */
    makeRoom() {
        const capacity = this.rows === 0 && this.filled
            ? this.batchSize
            : Math.min(this.batchSize, Math.max(FIRST_CAPACITY, this.capacity * 2, this.expected));
        if (this.rows === 0) {
            this.lineNumbers = (0,typed_arrays/* reusedOr */.yE)(this.spareLines, capacity, Float64Array);
            for (const builder of this.builders)
                builder.start(capacity);
        }
        else {
            this.lineNumbers = (0,typed_arrays/* resized */.tV)(this.lineNumbers, capacity);
            for (const builder of this.builders)
                builder.grow(capacity);
        }
        this.capacity = capacity;
    }
    /** Ends the row begun by `nextRow`. */
    endRow(line) {
        this.lineNumbers[this.rows] = line;
        this.rows++;
        if (this.rows === this.batchSize) {
            this.filled = true;
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
            builder.recycle((0,data_batch/* columnOf */.u)(batch, builder.name));
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
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-csv.js










// Read ahead of the parser, a larger read is no faster; each buffer is memory written once more.
const CHUNK_BYTES = 1 << 20;
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
        if (this.names === undefined) {
            const known = this.context.typing?.names;
            if (this.context.options.header ?? true) {
                const names = [];
                for (let i = 0; i < count; i++)
                    names.push(decodeField(buf, starts[i], ends[i], flags[i]));
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
            throw new data_error/* DataError */.fL(this.file, `this row has ${count} field${count === 1 ? "" : "s"}, the header has ${this.names.length}`, "Give every row as many fields as the header, quoting fields that contain the delimiter", line);
        }
        const typing = this.context.typing;
        if (typing === undefined) {
            this.sample ??= new CsvSample(this.file, count);
            this.sample.add(buf, starts, ends, flags, line);
            if (this.sample.rows >= (this.context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0)) {
                this.startTyping();
            }
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
        typing.endRow(line);
    }
    /** The line of the header row, or undefined without one. */
    headerLine;
    /** Types the columns from the rows kept so far, then feeds those rows through. */
    startTyping() {
        if (this.context.typing !== undefined || this.names === undefined)
            return;
        const names = this.names;
        const sample = this.sample;
        const typing = TableTyping.create(this.file, names, (i) => sample?.values(i, new Set((0,read_options/* missingValuesFor */.Cs)(names[i], this.context.options))) ?? [], this.context.options, [], this.headerLine);
        typing.beginFile(this.file);
        if (sample !== undefined && sample.rows > 0 && this.fileBytes !== undefined) {
            typing.expectRows(Math.ceil((this.fileBytes * sample.rows) / sample.spanBytes));
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
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(file, delimiterBytes[0], context.options.maxLineBytes ?? read_options/* DEFAULT_MAX_LINE_BYTES */.i$);
    context.typing?.beginFile(file);
    const source = await openDataFile(file);
    const rows = new CsvRows(file, context, source.size, delimiterBytes[0]);
    const input = new ReadBuffer(source, CHUNK_BYTES);
    try {
        while (await input.fill()) {
            const { buf, start, end } = input;
            checkUtf8Read(file, buf.subarray(start, end), tokenizer.line);
            input.start = start + tokenizer.scan(buf.subarray(start, end), false, rows);
            if (context.typing)
                yield* context.typing.take(source.bytesRead);
        }
        const rest = input.rest();
        if (rest.length > 0) {
            checkUtf8(file, rest, tokenizer.line);
            tokenizer.scan(rest, true, rows);
        }
    }
    catch (error) {
        if (error instanceof data_error/* DataError */.fL)
            yield* (0,read_files/* rowsBefore */.Pq)(error, rows, context, source.bytesRead);
        throw error;
    }
    finally {
        await input.close();
    }
    if (rows.names === undefined) {
        throw new data_error/* DataError */.fL(file, "the file is empty", "Write a header row naming the columns", 1);
    }
    yield* (0,read_files/* rowsLeft */.ho)(rows, context, source.bytesRead);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
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
    pack(batch, invalid) {
        const columns = [];
        for (const name of batch.names) {
            const column = columnOf(batch, name);
            if (column !== undefined)
                columns.push(this.packColumn(column));
        }
        return {
            kind: "batch",
            invalid,
            file: batch.file,
            length: batch.length,
            rowOffset: batch.rowOffset,
            fileBytesRead: batch.fileBytesRead,
            names: batch.names,
            lineNumbers: batch.lineNumbers,
            columns,
            hasByteColumns: batch.byteColumns !== undefined,
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
        };
    }
}
function describeError(error) {
    if (error instanceof DataError) {
        const { file, problem, fix, lineNumber, rowIndex, column } = error;
        return { kind: "data", file, problem, fix, lineNumber, rowIndex, column };
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
    if (message.kind === "user")
        return new errors/* MlopsError */.IC(message.message, message.fix);
    const error = new Error(message.message);
    error.name = message.name;
    if (message.stack !== undefined)
        error.stack = message.stack;
    return error;
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-in-worker.js





/**
 * Below this many bytes of data a read stays on the caller's thread: starting a thread and
 * loading the reader into it takes some 30-50 ms, about what reading 8 MB costs.
 */
const WORKER_MIN_BYTES = 16 * 2 ** 20;
// The reader's thread runs this script: next to this module, or in a bundle, next to the bundle.
const WORKER_SCRIPT = __webpack_require__.ab + "read-worker.js";
/**
 * Whether a read of `files` goes to a thread of its own (`ReadOptions.readInWorker`): CSV and
 * JSONL only (Parquet's reader decodes whole row groups, a different shape of work), and only
 * where the reader's script is there to run (from source, as in the tests, it is not).
 */
async function readsInWorker(files, options) {
    const when = options.readInWorker ?? "never";
    if (when === "never" || !(0,external_node_fs_.existsSync)(WORKER_SCRIPT))
        return false;
    const formats = files.map((file) => options.format ?? (0,read_files/* formatOf */.be)(file));
    if (!formats.every((format) => format === "csv" || format === "jsonl"))
        return false;
    if (when === "always")
        return true;
    let bytes = 0;
    for (const file of files)
        bytes += (await (0,promises_.stat)(file)).size;
    return bytes >= WORKER_MIN_BYTES;
}
/**
 * Reads `files` on a thread of its own, yielding the very batches an in-thread read yields (and
 * calling `onInvalidCell` for the same cells, each before the batch holding its row): while the
 * caller works on one batch, the next is being read. The thread is stopped when the caller stops
 * asking, and never keeps the process alive while the caller holds a batch.
 */
async function* readInWorker(files, options) {
    const { onInvalidCell, ...plain } = options;
    const request = {
        files,
        options: plain,
        reportsInvalid: onInvalidCell !== undefined,
    };
    const worker = new external_node_worker_threads_.Worker(WORKER_SCRIPT, { workerData: request });
    const inbox = new Inbox(worker);
    const unpacker = new BatchUnpacker();
    try {
        for (;;) {
            worker.ref();
            const message = await inbox.next();
            worker.unref();
            for (const cell of message.invalid)
                onInvalidCell?.(...cell);
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
            error: { kind: "bug", name: error.name, message: error.message, stack: error.stack },
        }));
        worker.on("exit", (code) => this.push({
            kind: "error",
            invalid: [],
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

// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
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
 * Keeps an integer past 2^53 as the digits written (19-digit ids), where a number would hold
 * it rounded and two ids as one; read as text, it is typed as a CSV cell is. Needs the source
 * text a reviver is given from Node 21 on; before, the number stays as `JSON.parse` rounds it.
 */
function keepLongIntegers(_key, value, context) {
    const source = context?.source;
    return typeof value === "number" &&
        !Number.isSafeInteger(value) &&
        source !== undefined &&
        /^-?\d+$/.test(source)
        ? source
        : value;
}
/** A JSON value a missing value can spell: a string, a number or a boolean. */
const isScalar = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";
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
    inferRows;
    maxLineBytes;
    constructor(file, context) {
        this.file = file;
        this.context = context;
        this.inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
        this.maxLineBytes = context.options.maxLineBytes ?? read_options/* DEFAULT_MAX_LINE_BYTES */.i$;
    }
    /** Whether any row was read, by this file or an earlier one of the dataset. */
    get hasRows() {
        return this.context.typing !== undefined || this.sample.length > 0;
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
        const row = this.parse(buf, start, end);
        if (row !== undefined) {
            const typing = this.context.typing;
            if (typing)
                this.append(typing, row, this.line);
            else {
                this.sample.push({ row, line: this.line });
                if (this.sample.length >= this.inferRows)
                    this.startTyping();
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
        try {
            const text = buf.toString("utf8", s, e);
            row = LONG_DIGITS.test(text) ? JSON.parse(text, keepLongIntegers) : JSON.parse(text);
        }
        catch (error) {
            throw new data_error/* DataError */.fL(this.file, `invalid JSON: ${error.message}`, "Write one complete JSON object per line", this.line);
        }
        if (row === null || typeof row !== "object" || Array.isArray(row)) {
            throw new data_error/* DataError */.fL(this.file, "the line is not a JSON object", "Write one object per line", this.line);
        }
        this.checkNesting(row);
        return row;
    }
    /**
     * Refuses a value nested deeper than `MAX_NESTING`: written back as text (JSON.stringify), it
     * would exhaust the stack. Only values that are objects are walked: most rows are flat.
     */
    checkNesting(row) {
        for (const key in row) {
            const value = row[key];
            if (value === null || typeof value !== "object" || (0,nesting/* tooDeep */.DI)(value, 2) === undefined)
                continue;
            throw new data_error/* DataError */.fL(this.file, `the value of key '${key}' nests objects and arrays deeper than ${nesting/* MAX_NESTING */.M1} levels`, "Flatten the value, or store it as a JSON string", this.line, undefined, key);
        }
    }
    /** Types the columns from the rows kept so far, if any, then appends those rows. */
    startTyping() {
        if (this.context.typing || this.sample.length === 0)
            return;
        const names = this.columnNames();
        const sample = this.sampleValues(names);
        const typing = TableTyping.create(this.file, names, (i) => sample[i] ?? [], this.context.options);
        typing.beginFile(this.file);
        this.context.typing = typing;
        for (const { row, line } of this.sample)
            this.append(typing, row, line);
        this.sample = [];
    }
    /** The schema's fields, then the keys of the kept rows in the order first seen. */
    columnNames() {
        const names = new Set();
        for (const field of this.context.options.schema?.fields ?? [])
            names.add(field.name);
        for (const { row } of this.sample)
            for (const key of Object.keys(row))
                names.add(key);
        return [...names];
    }
    /** Per column, the kept rows' values as text, those that are missing left out. */
    sampleValues(names) {
        const { options } = this.context;
        return names.map((name) => {
            const missing = new Set((0,read_options/* missingValuesFor */.Cs)(name, options));
            const column = [];
            for (const { row } of this.sample) {
                const value = ownValue(row, name);
                if (value === null || value === undefined)
                    continue;
                const text = (0,column_builder/* valueText */.Ru)(value);
                if (!missing.has(text))
                    column.push(text);
            }
            return column;
        });
    }
    /** Appends a row to the batch in progress, cell by cell. */
    append(typing, row, line) {
        const r = typing.nextRow();
        typing.builders.forEach((builder, i) => {
            const value = ownValue(row, builder.name);
            let problem;
            if (value === null || value === undefined)
                builder.appendMissing(r);
            else if (isScalar(value) && typing.isMissingJson(i, value))
                builder.appendMissing(r);
            else
                problem = builder.appendValue(value, r);
            if (problem === undefined)
                return;
            const text = (0,column_builder/* valueText */.Ru)(value);
            if (typing.acceptInvalid(i, r, line, text))
                return;
            throw new data_error/* DataError */.fL(this.file, `key '${builder.name}' (${builder.type}): ${problem}`, typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema", line, undefined, builder.name);
        });
        typing.endRow(line);
    }
    tooLong() {
        return (0,data_error/* lineTooLong */.ti)(this.file, this.line, this.maxLineBytes);
    }
}
/**
 * Reads one JSON Lines file: one JSON object per line, blank lines skipped. Streams like the CSV
 * reader, gunzipping a `.gz` file and refusing a line longer than `maxLineBytes`. The columns
 * are the keys of the rows that type inference looks at, in the order first seen; a key that
 * appears only later is ignored unless the schema declares it. `null` and an absent key are
 * missing; a string is typed by its text, as a CSV cell would be, so the missing-value strings
 * apply to it too.
 */
async function* readJsonlFile(file, context) {
    const rows = new JsonlRows(file, context);
    context.typing?.beginFile(file);
    const source = await openDataFile(file);
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
            yield* (0,read_files/* rowsBefore */.Pq)(error, rows, context, source.bytesRead);
        throw error;
    }
    finally {
        await input.close();
    }
    if (!rows.hasRows) {
        throw new data_error/* DataError */.fL(file, "the file holds no JSON object", "Write one object per line", 1);
    }
    yield* (0,read_files/* rowsLeft */.ho)(rows, context, source.bytesRead);
}

;// CONCATENATED MODULE: ./shared/dist/engine/data/read-parquet.js






/** The smallest Parquet file: the magic `PAR1`, a footer length and `PAR1` again. */
const MIN_PARQUET_BYTES = 12;
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
/** The largest integer a number holds exactly, as a bigint, to compare 64-bit values with. */
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * Whether a value is a 64-bit integer (INT64 or UINT64, which hyparquet reads as a bigint) past
 * 2^53 in magnitude, which a number would hold rounded: two ids one apart as one number.
 */
const pastExact = (value) => typeof value === "bigint" && (value > MAX_EXACT || value < -MAX_EXACT);
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
/** The problem of an error hyparquet or a decompressor threw on bytes it could not decode. */
const decodeFailure = (error) => error.message ?? String(error);
/**
 * Opens a Parquet file and reads its footer: the row ranges, column names and types. Anything
 * the decoder throws on a corrupt or truncated file becomes a `DataError` naming the file.
 */
async function openParquet(file) {
    if (/\.gz$/i.test(file)) {
        throw new data_error/* DataError */.fL(file, "is gzip-compressed Parquet, which the reader cannot read: Parquet is read by ranges, and gzip only from the start", "Decompress it (gunzip): Parquet compresses its own pages (snappy, gzip, zstd), so the .gz saves little");
    }
    const { parquetScan, parquetSchema } = await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 2128));
    const { compressors } = await __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138));
    const { fd, size } = await (0,open_for_reading/* openForReading */.sb)(file, (0,data_error/* refuseDataFile */.nY)(file));
    const release = () => (0,async_fs/* close */.VN)(fd);
    try {
        if (size < MIN_PARQUET_BYTES) {
            throw new data_error/* DataError */.fL(file, size === 0
                ? "is empty, not a Parquet file"
                : `is not a readable Parquet file (only ${size} bytes long)`, "Check that the file was written whole");
        }
        const ranges = fileRanges(fd, size);
        let scan;
        let names;
        let known;
        try {
            scan = await parquetScan({ file: ranges, compressors, useOffsetIndex: false });
            const { children } = parquetSchema(scan.metadata);
            const long = longIntegerColumns(scan.metadata);
            names = children.map((child) => child.element.name);
            known = children.map((child) => {
                const type = parquetType(child.element);
                return type === "integer" && long.has(child.element.name) ? "text" : type;
            });
        }
        catch (error) {
            throw new data_error/* DataError */.fL(file, `is not a readable Parquet file (${decodeFailure(error)})`, "Check that the file is Parquet and was written whole");
        }
        return {
            file,
            scan,
            names,
            known,
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
/** The columns of one row group, decoded; a `DataError` at its first row when they cannot be. */
async function readRowGroup({ file, scan, names }, { rowStart, rowEnd }) {
    let data;
    try {
        const columns = names.map((column) => scan.readColumn({ column, rowStart, rowEnd }));
        data = (await Promise.all(columns));
    }
    catch (error) {
        throw corruptRowGroup(file, rowStart, decodeFailure(error));
    }
    if (data.some((column) => column.length !== rowEnd - rowStart)) {
        throw corruptRowGroup(file, rowStart, "its columns do not hold as many rows as it claims");
    }
    return { rowStart, data };
}
const corruptRowGroup = (file, rowStart, reason) => new data_error/* DataError */.fL(file, `the row group from this row on cannot be decoded (${reason})`, "Check that the file was written whole and is not corrupt", undefined, rowStart);
/**
 * Types the columns from the row groups read so far: a string column becomes categorical or
 * text by the rule of `inferType`, and so does a 64-bit integer column that holds a value past
 * 2^53 in those row groups (as CSV inference types such ids); other columns keep the file's type
 * unless the schema declares one.
 */
function startTyping({ file, names, known }, context, pending) {
    const inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
    const sample = names.map((_, c) => {
        const values = [];
        for (const { data } of pending) {
            const column = data[c];
            for (let i = 0; i < column.length && values.length < inferRows; i++) {
                const value = column[i];
                if (value !== null && value !== undefined)
                    values.push((0,column_builder/* valueText */.Ru)(value));
            }
        }
        return values;
    });
    const types = known.map((type, c) => type === "integer" && pending.some(({ data }) => data[c].some(pastExact)) ? "text" : type);
    const typing = TableTyping.create(file, names, (c) => sample[c] ?? [], context.options, types);
    typing.beginFile(file);
    context.typing = typing;
    return typing;
}
/**
 * A 64-bit integer past 2^53 in a column typed integer by the rows read before it (the file's
 * statistics did not show it, or an earlier file of the dataset typed the column): a number
 * would hold it rounded, and a column's type cannot change in the middle of a read.
 */
const lateLongInteger = (file, builder, value, row, fix) => new data_error/* DataError */.fL(file, `column '${builder.name}' (integer): ${value} is beyond ${column_builder/* EXACT_INTEGERS */.ke}, which a number holds only rounded, and the column was typed integer from the rows read before it`, fix ??
    "Declare the field as string in the contract, so that its ids are read as the digits written", undefined, row, builder.name);
/** Appends the rows of a row group, yielding each batch as it fills. */
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
                if (typing.acceptInvalid(c, r, rowStart + row, (0,column_builder/* valueText */.Ru)(value)))
                    return;
                throw lateLongInteger(parquet.file, builder, value, rowStart + row, typing.invalidCellFix);
            }
            if (problem === undefined || typing.acceptInvalid(c, r, rowStart + row, (0,column_builder/* valueText */.Ru)(value))) {
                return;
            }
            throw new data_error/* DataError */.fL(parquet.file, `column '${builder.name}' (${builder.type}): ${problem}`, typing.invalidCellFix ?? "Fix the value, or declare the column's type in the schema", undefined, rowStart + row, builder.name);
        });
        typing.endRow(rowStart + row);
        if (r + 1 === typing.batchSize)
            yield* typing.take(parquet.bytesRead);
    }
}
/** Reads the row groups of an open file in order, typing the columns once enough are read. */
async function* readRowGroups(parquet, context) {
    const { file } = parquet;
    const known = context.typing?.names;
    if (known && known.join("\u0000") !== parquet.names.join("\u0000")) {
        throw new data_error/* DataError */.fL(file, `the columns (${parquet.names.join(", ")}) differ from the first file's (${known.join(", ")})`, "Give every file of the dataset the same columns in the same order");
    }
    context.typing?.beginFile(file);
    const inferRows = context.options.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
    // Row groups read before the typing is known wait here, so that inference sees their rows.
    let pending = [];
    let pendingRows = 0;
    for (const range of parquet.scan.ranges) {
        const group = await readRowGroup(parquet, range);
        if (context.typing) {
            yield* appendRows(parquet, context.typing, group);
            continue;
        }
        pending.push(group);
        pendingRows += range.rowEnd - range.rowStart;
        if (pendingRows < inferRows)
            continue;
        const typing = startTyping(parquet, context, pending);
        for (const part of pending)
            yield* appendRows(parquet, typing, part);
        pending = [];
    }
    const typing = context.typing ?? startTyping(parquet, context, pending);
    for (const part of pending)
        yield* appendRows(parquet, typing, part);
    typing.flush();
    yield* typing.take(parquet.bytesRead);
}
/**
 * Reads one Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through
 * hyparquet-compressors), one row group at a time: memory holds one row group's columns, not the
 * file. Types come from the file's own schema; a declared field overrides it. A 64-bit integer
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
            else if ((0,read_files/* formatOf */.be)(entry.name) !== undefined) {
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
 * The files of a source, globs expanded, in a deterministic order. Each is checked to be a
 * regular file before anything reads or hashes it: a device such as /dev/zero never ends.
 */
async function listFiles(source) {
    const files = [];
    for (const item of typeof source === "string" ? [source] : source) {
        const matched = await (0,data_glob/* expandGlob */.hT)(item);
        if (matched.length === 0) {
            throw new data_error/* DataError */.fL(item, "no file matches this pattern", "Check the path and the pattern");
        }
        for (const file of matched)
            await (0,open_for_reading/* statRegularFile */.b2)(file, refuseDataPath(file));
        files.push(...matched);
    }
    return files;
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
        yield* (0,read_files/* readFiles */.Ul)(files, { options }, READERS);
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


/***/ }),

/***/ 9726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ rowsBefore),
/* harmony export */   Ul: () => (/* binding */ readFiles),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   ho: () => (/* binding */ rowsLeft)
/* harmony export */ });
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8991);

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
 * Reads listed files in turn into the same columns, each with the reader of its format (the
 * readers are passed in, so that a reader's thread loads only those it needs). A dataset without
 * rows yields one empty batch that names its columns. The context is the caller's, who may
 * give batches back to its typing.
 */
async function* readFiles(files, context, readers) {
    const { options } = context;
    for (const file of files) {
        const format = options.format ?? formatOf(file);
        const reader = format === undefined ? undefined : readers[format];
        if (reader === undefined) {
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(file, "the format cannot be told from the extension", "Name the format (csv, jsonl or parquet), or use .csv, .tsv, .jsonl or .parquet");
        }
        yield* reader(file, context);
    }
    if (context.typing && context.typing.rowCount === 0)
        yield context.typing.emptyBatch();
    context.typing?.releaseSpares();
}


/***/ }),

/***/ 8835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ missingValuesFor),
/* harmony export */   XS: () => (/* binding */ ownMissingValues),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   jy: () => (/* binding */ tableMissingValues),
/* harmony export */   mM: () => (/* binding */ STREAMING_BATCH_SIZE),
/* harmony export */   r0: () => (/* binding */ DEFAULT_INFER_ROWS)
/* harmony export */ });
const DEFAULT_BATCH_SIZE = 16_384;
/**
 * Rows per batch for a caller that passes over each batch's columns several times and keeps
 * none of them (checks, profiles, samples): a batch stays in the core's caches between the
 * passes, and the batches in flight between a reading thread and the caller hold half the bytes
 * of the default's (decision 0025).
 */
const STREAMING_BATCH_SIZE = 8_192;
const DEFAULT_INFER_ROWS = 10_000;
const DEFAULT_MAX_LINE_BYTES = 64 * 2 ** 20;
/** The strings that mean "no value" in the table: the options', else the schema's, else `[""]`. */
const tableMissingValues = (options) => options.missingValues ?? options.schema?.missingValues ?? [""];
/**
 * The strings that mean "no value" in column `name`: its own (`columnMissingValues`, else its
 * schema field's, passed by a caller that has it at hand), else the table's.
 */
function missingValuesFor(name, options, field = options.schema?.fields.find((f) => f.name === name)) {
    return (options.columnMissingValues?.get(name) ?? field?.missingValues ?? tableMissingValues(options));
}
/** The columns a read gives missing values of their own: its schema's fields', and its options'. */
function ownMissingValues(options) {
    const own = new Map();
    for (const field of options.schema?.fields ?? []) {
        if (field.missingValues)
            own.set(field.name, field.missingValues);
    }
    for (const [name, values] of options.columnMissingValues ?? [])
        own.set(name, values);
    return own;
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ StringDictionary)
/* harmony export */ });
/* harmony import */ var _typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1393);

/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer: FNV alone leaves the low bits (the slot)
 * depending only on the low bits of each byte, so that keys such as `U0000001`, `U0000002`...
 * pile up in a few runs of slots; the mixer spreads every byte over every bit. The low 30 bits
 * are kept: a larger number is boxed on the heap when returned, once per cell looked up.
 */
function hashBytes(buf, start, end) {
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
        const hash = hashBytes(buf, start, end);
        const code = this.find(buf, start, end, hash);
        return code >= 0 ? code : this.add(buf.toString("utf8", start, end), buf, start, end, hash);
    }
    /**
     * The code of the bytes `buf[start, end)`, added if new without their string (its value is
     * then ""): for a dictionary used as a set of byte strings, where a string per value would be
     * made for nothing.
     */
    codeOfKey(buf, start, end) {
        const hash = hashBytes(buf, start, end);
        const code = this.find(buf, start, end, hash);
        return code >= 0 ? code : this.add("", buf, start, end, hash);
    }
    /** Whether the string spelled by `buf[start, end)` is in the dictionary. */
    hasBytes(buf, start, end) {
        return this.find(buf, start, end, hashBytes(buf, start, end)) >= 0;
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
            this.starts = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.starts, code + 2);
        if (code + 1 > this.hashes.length)
            this.hashes = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.hashes, code + 1);
        const from = this.starts[code];
        if (from + length > this.arena.length)
            this.arena = (0,_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.arena, from + length);
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


/***/ }),

/***/ 1837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _B: () => (/* binding */ isUtf8Cell),
/* harmony export */   bS: () => (/* binding */ asBuffer),
/* harmony export */   gm: () => (/* binding */ textOfBytes),
/* harmony export */   s8: () => (/* binding */ writeTextBytes),
/* harmony export */   tu: () => (/* binding */ maxTextBytes)
/* harmony export */ });
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
function textOfBytes(bytes, start, end) {
    const buffer = asBuffer(bytes);
    if (!isUtf8Cell(bytes, start, end))
        return buffer.toString("utf16le", start + 1, end);
    return buffer.toString("utf8", start, end);
}
/** `bytes` as a `Buffer` over the same memory. */
const asBuffer = (bytes) => Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);


/***/ }),

/***/ 1393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dE: () => (/* binding */ trimmed),
/* harmony export */   gT: () => (/* binding */ grown),
/* harmony export */   tV: () => (/* binding */ resized),
/* harmony export */   yE: () => (/* binding */ reusedOr)
/* harmony export */ });
/* harmony import */ var _release_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7272);

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
    (0,_release_array_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseArrays */ .E)(array);
    return copy;
}


/***/ })

};
