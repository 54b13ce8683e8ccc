export const id = 331;
export const ids = [331];
export const modules = {

/***/ 7794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ printHelp)
/* harmony export */ });
/**
 * Prints a command's help: on stdout with exit 0 when asked for (`--help`, `-h`), on stderr
 * with exit 1 when the command was left out, a usage error as `mlops` alone is.
 */
function printHelp(io, help, asked) {
    (asked ? io.stdout : io.stderr)(`${help}\n`);
    return asked ? 0 : 1;
}


/***/ }),

/***/ 3050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _parse_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9724);


/** What node's strict read refuses as a flag's value unless given with `=`. */
const LIKE_A_FLAG = /^-./;
/**
 * node:util's `parseArgs` for a command of several (`mlops registry show`), which refuses an
 * unknown flag as the actions do, naming the valid ones: node's own message names none, and
 * advises `--` for what is nearly always a typo. A flag without its value gets the actions' one
 * line too, where node's message runs to three sentences.
 */
function parseCommandArgs(command, argv, options) {
    const config = { args: [...argv], options, allowPositionals: true };
    // A loose read finds the flag; the strict read then checks the values of the known ones.
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, strict: false, tokens: true });
    for (const token of tokens) {
        if (token.kind !== "option")
            continue;
        if (!Object.hasOwn(options, token.name))
            throw (0,_parse_args_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownFlag */ .Vx)(token.rawName, command, Object.keys(options));
        // The loose read takes the next argument as the value even when it is a flag.
        const given = token.inlineValue || (token.value !== undefined && !LIKE_A_FLAG.test(token.value));
        if (options[token.name].type === "string" && !given)
            throw (0,_parse_args_js__WEBPACK_IMPORTED_MODULE_1__/* .missingValue */ .Qh)(token.name, "value", "-");
    }
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
}


/***/ }),

/***/ 331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runContractCommand: () => (/* binding */ runContractCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(8835);
// EXTERNAL MODULE: ./shared/dist/engine/profile/missing-values.js
var missing_values = __webpack_require__(9934);
// EXTERNAL MODULE: ./shared/dist/engine/profile/read-profile.js
var read_profile = __webpack_require__(2851);
// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/interface/input-files.js
var input_files = __webpack_require__(4800);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/check-result.js
var check_result = __webpack_require__(3072);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./shared/dist/engine/data/batch.js
var data_batch = __webpack_require__(9098);
// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(2646);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-batches.js + 18 modules
var read_batches = __webpack_require__(3456);
// EXTERNAL MODULE: ./shared/dist/engine/profile/profile-dataset.js
var profile_dataset = __webpack_require__(4607);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(403);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/late-valued-columns.js


/** The first row of `column`'s `length` that holds a value, or -1. */
function firstValueRow(column, length) {
    for (let row = 0; row < length; row++)
        if ((0,data_batch/* cellValue */.Or)(column, row) !== null)
            return row;
    return -1;
}
/**
 * The columns typed as strings only because the rows that typing read held no value of theirs,
 * such as a lag feature that is empty for its first year of rows: a column with no value has
 * no type to read, and is text, which takes anything. Watching a read's batches, each such
 * column's first `bound` values are kept, from wherever they start, to type it from them.
 */
class LateValuedColumns {
    inferRows;
    bound;
    /** The string columns no value of which has been seen yet; unknown before the first batch. */
    pending;
    /** The file whose first rows typing reads. */
    firstFile = "";
    /** Per column whose first value came after the rows typed from, its first values. */
    values = new Map();
    /** `inferRows`: how many rows of the first file typing reads; `bound`: values kept a column. */
    constructor(inferRows, bound) {
        this.inferRows = inferRows;
        this.bound = bound;
    }
    watch(batch) {
        if (this.pending === undefined) {
            this.firstFile = batch.file;
            this.pending = new Set(batch.names.filter((name) => {
                const type = (0,data_batch/* columnOf */.uV)(batch, name)?.type;
                return type === "categorical" || type === "text";
            }));
        }
        for (const name of this.pending) {
            const row = firstValueRow((0,data_batch/* columnOf */.uV)(batch, name), batch.length);
            if (row === -1)
                continue;
            this.pending.delete(name);
            // The reader says how many rows it typed from: fewer than inferRows where rows are long.
            const typedRows = batch.typedRows ?? this.inferRows;
            const typed = batch.file === this.firstFile && batch.rowOffset + row < typedRows;
            if (!typed)
                this.values.set(name, []);
        }
        for (const [name, kept] of this.values) {
            const column = (0,data_batch/* columnOf */.uV)(batch, name);
            for (let row = 0; row < batch.length && kept.length < this.bound; row++) {
                const value = (0,data_batch/* cellValue */.Or)(column, row);
                if (value !== null)
                    kept.push(String(value));
            }
        }
    }
    /** The columns whose first values are of another type than a string, and that type. */
    types(inference) {
        const types = new Map();
        for (const [name, kept] of this.values) {
            const type = (0,infer_type/* inferType */.nS)(kept, inference);
            if (type !== "categorical" && type !== "text")
                types.set(name, type);
        }
        return types;
    }
}

// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/render-summary.js
var render_summary = __webpack_require__(9251);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/nested-values.js
var nested_values = __webpack_require__(7676);
// EXTERNAL MODULE: ./shared/dist/use-cases/validate-data/spelling-hints.js
var spelling_hints = __webpack_require__(7571);
;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/text-column-findings.js




/** Whether every one of `texts` is a JSON object, or every one a JSON array, and a key. */
function nestedFinding(texts) {
    const values = texts.map(nested_values/* nestedValueOf */.s);
    const isObject = (value) => value !== undefined && !Array.isArray(value);
    if (values.every(isObject)) {
        const key = values.map((value) => Object.keys(value)[0]).find((k) => k !== undefined);
        return { kind: "nested", holds: "objects", ...(key === undefined ? {} : { key }) };
    }
    return values.every(Array.isArray) ? { kind: "nested", holds: "arrays" } : undefined;
}
/** What a text column's kept values tell of it; `undefined` where they are text and no more. */
function textFinding(column) {
    const { frequent } = column;
    if ((column.type !== "categorical" && column.type !== "text") || !frequent)
        return undefined;
    const texts = frequent.items.map((item) => String(item.value));
    if (texts.length === 0)
        return undefined;
    const nested = nestedFinding(texts);
    if (nested)
        return nested;
    // A column of numbers as text that are all a number's default spelling is one of ids with
    // leading zeros (`00501`), which is text.
    if (texts.every((text) => (0,parse_cell/* parseNumberCell */.to)(text) !== undefined))
        return undefined;
    const spellings = (0,missing_values/* missingWordsAmongNumbers */.eJ)(texts);
    if (spellings !== null)
        return { kind: "missing", spellings };
    const chars = (0,spelling_hints/* numberCharsOf */.oR)(texts);
    return chars.length === 0 ? undefined : { kind: "spelled", chars, all: frequent.exact };
}
/** The number options a finding settles: one spelling reads every value of the column. */
function settledChars(finding) {
    return finding?.kind === "spelled" && finding.all && finding.chars.length === 1
        ? finding.chars[0]
        : undefined;
}
/** The warning of a finding, or `undefined` where the field written says it all. */
function textFindingNote(column, finding) {
    const name = (0,missing_values/* shownColumn */.cB)(column.name);
    switch (finding.kind) {
        case "nested": {
            const key = finding.key === undefined ? "" : ` such as ${(0,missing_values/* shownColumn */.cB)(`${column.name}.${finding.key}`)}`;
            return finding.holds === "objects"
                ? `column ${name} holds JSON objects, each read as its JSON text: it is written with no enum, and a contract cannot name the objects' keys${key}. To check them, flatten the data first (jq, or pandas.json_normalize)`
                : `column ${name} holds JSON arrays, each read as its JSON text: it is written with no enum`;
        }
        case "missing": {
            const shown = finding.spellings.map((spelling) => `'${spelling}'`).join(", ");
            return `column ${name} holds numbers and ${shown}, so it is written as string. Where ${finding.spellings.length === 1 ? "that means" : "those mean"} no value, infer again with --missing-values ${(0,missing_values/* missingValuesArgument */.il)(finding.spellings)}`;
        }
        case "spelled": {
            if (settledChars(finding))
                return undefined;
            const options = finding.chars.map(spelling_hints/* optionsText */.yB).join(" or ");
            const fix = `declare it type: number with ${options}${finding.chars.length > 1 ? ", the one the data means" : ""}`;
            return finding.all
                ? `column ${name} is written as string, but all its values read as numbers with ${options}: ${fix}`
                : `column ${name} is written as string, but its most frequent values read as numbers with ${options}: where every value does, ${fix}`;
        }
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/validate-data/infer-contract.js














/**
 * The most values an inferred `enum` lists. A categorical column may hold up to 1,000; a list
 * much past a screenful is no longer read in a review, and is then more likely a sample of an
 * open set (cities, products) than a closed one that a new value should fail.
 */
const MAX_ENUM_VALUES = 50;
const DAY_MS = 86_400_000;
const FIELD_TYPES = {
    numeric: "number",
    integer: "integer",
    boolean: "boolean",
    datetime: "datetime",
    categorical: "string",
    text: "string",
};
/** Whether an instant (milliseconds since the epoch) has a time of day: a date is a midnight UTC. */
const hasTimeOfDay = (instant) => Number.isFinite(instant) && instant % DAY_MS !== 0;
/**
 * Whether a value the profile kept of a column of dates (its extremes, its frequent values) has
 * a time of day: the column is then no column of dates alone, and its cells need not be read
 * again to tell.
 */
function keepsTimeOfDay(column) {
    const kept = [
        column.min,
        column.max,
        ...(column.frequent?.items ?? []).map((item) => item.value),
    ];
    return kept.some((value) => typeof value === "number" && hasTimeOfDay(value));
}
/**
 * The type a column is written with. A column of dates is `date` only where the data showed
 * that each value was written as a date alone: a midnight is also `2024-05-01T00:00:00Z`, which
 * a `date` field of the default format refuses. A profile keeps instants, not how they were
 * written, so from a profile such a column is `datetime`, which with format `any` takes both.
 */
function fieldType(column, misfit, dateOnly) {
    if (misfit)
        return column.type === "integer" && misfit.numbers ? "number" : "string";
    if (column.type === "datetime")
        return dateOnly.has(column.name) ? "date" : "datetime";
    return FIELD_TYPES[column.type];
}
/** Every value of a categorical column, when the profile counted them all and they are few. */
function enumOf(column) {
    const frequent = column.frequent;
    if (column.type !== "categorical" || !frequent?.exact)
        return undefined;
    if (frequent.items.length === 0 || frequent.items.length > MAX_ENUM_VALUES)
        return undefined;
    // Sorted, so that two inferences of like data differ where their values do.
    return frequent.items.map((item) => String(item.value)).sort();
}
function starterField(column, misfit, dateOnly, finding) {
    // Numbers with a decimal comma, or commas between groups, are numbers so spelled.
    const chars = settledChars(finding);
    const type = chars ? "number" : fieldType(column, misfit, dateOnly);
    // The cells read as missing for not fitting are values the data has.
    const required = column.missing === (misfit?.cells ?? 0);
    // An enum of the JSON texts of nested values, or of numbers, would fail any new one.
    const values = misfit || chars || finding?.kind === "nested" ? undefined : enumOf(column);
    const constraints = {
        ...(required ? { required: true } : {}),
        ...(values ? { enum: values } : {}),
    };
    return {
        name: column.name,
        type,
        // A profile keeps instants, not how they were written: either ISO 8601 form is taken, as
        // the read that inferred the column took them.
        ...(type === "date" || type === "datetime" ? { format: "any" } : {}),
        ...chars,
        ...(column.missingValues ? { missingValues: [...column.missingValues] } : {}),
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
        // A profile that withheld a field's values marks it: the contract keeps it withheld.
        ...(column.sensitive ? { "x-mlops": { sensitive: true } } : {}),
    };
}
/** The warning for a column written with a wider type than its first rows had. */
function misfitNote(column, misfit, written) {
    const cells = misfit.cells === 1 ? "1 later cell is not" : `${misfit.cells} later cells are not`;
    return (`column ${(0,missing_values/* shownColumn */.cB)(column.name)} reads as ${FIELD_TYPES[column.type]} in its first rows, ` +
        `but ${cells} (the first, ${misfit.first.where}: ${JSON.stringify(misfit.first.text)}), ` +
        `so it is written as ${written}. Where such a cell means no value, infer again with it in ` +
        `--missing-values (pandas for NA and its kin), or add it to missingValues and give the ` +
        `column its type back`);
}
/** Whether a column has no value at all: a string for want of values to type it from. */
const hasNoValue = (column, rows) => (column.type === "categorical" || column.type === "text") && column.missing === rows;
/** What the field of a column with no value says, for the contract's review. */
const NO_VALUE_DESCRIPTION = "No value in the data this contract was inferred from: declare the type its values will have.";
/** The warning for a column with no value in any of `rows`. */
const noValueNote = (column, rows) => `column ${(0,missing_values/* shownColumn */.cB)(column.name)} has no value in the data's ${(0,counted/* counted */.h)(rows, "row")}, so it ` +
    `has no type to read: it is written as string, which takes any value; declare the type its ` +
    `values will have (integer, number, boolean, date, datetime or string), or leave the column ` +
    `out of the data`;
/**
 * The starter contract of profiled data: each column's type, `required` where no value is
 * missing, and an `enum` of a categorical column's values where the profile counted all of
 * them and there are at most `MAX_ENUM_VALUES`. `found`: what the read of the data told beyond
 * the profile, none when only the profile is at hand. `shown`: the data or profile as messages
 * name it.
 */
function inferContract(profile, shown, found = { misfits: new Map(), dateOnly: new Set() }) {
    if (profile.rowCount === 0) {
        throw new errors/* FileError */.f6(shown, "has no rows, so there are no values to read the columns' types from", "Infer the contract from data that has rows");
    }
    const unnamed = profile.columns.findIndex((column) => column.name === "");
    if (unnamed !== -1) {
        throw new errors/* FileError */.f6(shown, `column ${unnamed + 1} has no name, and a contract matches columns by name`, "Name every column in the data's header");
    }
    const warnings = [];
    const fields = profile.columns.map((column) => {
        const misfit = found.misfits.get(column.name);
        const finding = misfit ? undefined : textFinding(column);
        const field = starterField(column, misfit, found.dateOnly, finding);
        if (misfit)
            warnings.push(misfitNote(column, misfit, field.type));
        if (hasNoValue(column, profile.rowCount)) {
            warnings.push(noValueNote(column, profile.rowCount));
            return { ...field, description: NO_VALUE_DESCRIPTION };
        }
        const note = finding && textFindingNote(column, finding);
        if (note)
            warnings.push(note);
        return field;
    });
    const contract = {
        ...(profile.missingValues ? { missingValues: [...profile.missingValues] } : {}),
        fields,
    };
    for (const { name, where } of found.lateKeys ?? []) {
        warnings.push(`key ${(0,missing_values/* shownColumn */.cB)(name)} first appears at ${where}, after the rows the columns were read from, so it is left out: add it as a field by hand (without required: earlier rows lack it), or it fails validate-data's fields check as undeclared`);
    }
    return { contract, warnings };
}
/**
 * The profile of `files`, and the columns whose later cells did not fit the type their first
 * rows gave them: such a cell is held as missing and noted, so that the column is written with
 * a type that takes it rather than the read stopping there. A column's first such cell is
 * placed as validate-data places a failing row (by its line, or a Parquet row by its row in its
 * own file), once the batch of its row names the file.
 */
async function profileNotingMisfits(files, read, locator, { watch, only } = {}) {
    const misfits = new Map();
    let late = [];
    const unplaced = [];
    const profiled = only && new Set(only);
    const onInvalidCell = (column, line, text, row) => {
        const numbers = (0,parse_cell/* parseNumberCell */.to)(text) !== undefined;
        const misfit = misfits.get(column);
        if (misfit) {
            misfit.cells++;
            misfit.numbers &&= numbers;
            return;
        }
        const first = { where: "", text: (0,shorten/* shorten */.ml)(text, 40) };
        misfits.set(column, { cells: 1, numbers, first });
        unplaced.push({ first, line, row });
    };
    // The reader tells of a cell before it yields the batch that holds the cell's row; a file's
    // rows come in batches of its own, one after another, the first starting the file's rows.
    let current = { file: "", start: 0 };
    async function* placing(batches) {
        for await (const batch of batches) {
            if (batch.file !== current.file)
                current = { file: batch.file, start: batch.rowOffset };
            const file = locator.shown(batch.file);
            while (unplaced.length > 0 && unplaced[0].row < batch.rowOffset + batch.length) {
                const { first, line, row } = unplaced.shift();
                const at = { file, line: locator.hasLines(batch.file) ? line : null, row };
                const example = { ...at, column: null, value: null, note: null };
                first.where = (0,render_summary/* describeExample */.mb)(example, row - current.start);
            }
            late = batch.lateKeys ?? late;
            watch?.(batch);
            // The profiler takes its columns from the names of the first batch.
            yield profiled
                ? { ...batch, names: batch.names.filter((name) => profiled.has(name)) }
                : batch;
        }
    }
    // As a profile of the data is made: text from its bytes, a large read on a thread of its own.
    const options = {
        ...read,
        onInvalidCell,
        reuseBatches: true,
        textAsBytes: true,
        readInWorker: "large",
    };
    const profile = await (0,profile_dataset/* profileBatches */.cQ)(placing((0,read_batches/* readBatches */.Pu)(files, options)), {}, (0,read_options/* tableMissingValues */.jy)(options), (0,read_options/* ownMissingValues */.XS)(options));
    const lateKeys = late.map(({ name, file, line }) => ({
        name,
        where: `${locator.shown(file)}:${line}`,
    }));
    return { profile, misfits, lateKeys };
}
/**
 * The columns of dates whose every value was written as a date alone. The profile cannot tell
 * `2024-05-01` from `2024-05-01T00:00:00Z`, so the data is read again, each column whose values
 * may all be dates declared a Table Schema `date`, which refuses a cell that writes a time of
 * day or a zone, and no other column parsed (nor, in Parquet, decoded). A value that is no text (Parquet's)
 * has no form to refuse: it is a date where it is a midnight. The read stops once each such
 * column has shown a time.
 */
async function dateOnlyColumns(files, read, { profile, misfits }) {
    const dates = profile.columns.filter((column) => column.type === "datetime" && !misfits.has(column.name) && !keepsTimeOfDay(column));
    const dateOnly = new Set(dates.map((column) => column.name));
    if (dateOnly.size === 0)
        return dateOnly;
    const batches = (0,read_batches/* readBatches */.Pu)(files, {
        ...read,
        schema: { fields: dates.map(({ name }) => ({ name, type: "date" })) },
        usedColumns: { only: [...dateOnly] },
        onInvalidCell: (column) => dateOnly.delete(column),
        reuseBatches: true,
    });
    for await (const batch of batches) {
        for (const name of dateOnly) {
            const column = (0,data_batch/* columnOf */.uV)(batch, name);
            if (column && "values" in column && column.values.some(hasTimeOfDay))
                dateOnly.delete(name);
        }
        if (dateOnly.size === 0)
            break;
    }
    return dateOnly;
}
/**
 * The findings of `files` with each column of `types` read again, declared as its first values
 * are (a later cell that does not fit widening it, as any column's does), and profiled anew:
 * the other columns keep their profile and misfits from the `first` read.
 */
async function profileRetyped(files, read, locator, { types, first }) {
    const fields = [...types].map(([name, type]) => ({
        name,
        type: FIELD_TYPES[type],
        // Either ISO 8601 form, as an inferred column of dates takes them.
        ...(type === "datetime" ? { format: "any" } : {}),
    }));
    const only = [...types.keys()];
    // The other columns are not parsed, nor, in Parquet, decoded: their profiles are the first's.
    const again = await profileNotingMisfits(files, { ...read, schema: { fields }, usedColumns: { only } }, locator, { only });
    const retyped = new Map(again.profile.columns.map((column) => [column.name, column]));
    const columns = first.profile.columns.map((column) => retyped.get(column.name) ?? column);
    return {
        ...first,
        profile: { ...first.profile, columns },
        // A column read as text the first time took every cell: its misfits are of this read.
        misfits: new Map([...first.misfits, ...[...again.misfits].filter(([name]) => types.has(name))]),
    };
}
/**
 * Reads data listed in `files` (with `read`'s delimiter) for its contract: its profile, the
 * columns whose later cells did not fit their type, and the columns of dates alone. `locator`
 * names the file and line of a row, as validate-data's examples do.
 *
 * A column with no value in the rows types are read from (a lag feature, empty for its first
 * year of rows) is text for want of any; where its first values, as many as types are read
 * from, are of another type, that column is read and profiled again, so declared.
 */
async function readForContract(files, read, locator) {
    const inferRows = read.inferRows ?? read_options/* DEFAULT_INFER_ROWS */.r0;
    const late = new LateValuedColumns(inferRows, inferRows);
    const watch = (batch) => late.watch(batch);
    const first = await profileNotingMisfits(files, read, locator, { watch });
    const types = late.types(read.inference);
    const profiled = types.size === 0 ? first : await profileRetyped(files, read, locator, { types, first });
    return { ...profiled, dateOnly: await dateOnlyColumns(files, read, profiled) };
}
/**
 * The contract as YAML under a comment header. Every text is double-quoted, so that no name or
 * value is read back as another type (`01234`, `yes`, `null`) or as YAML (`a: b`, `- x`), and
 * a line break is `\n`. Characters that steer a display (control characters, direction
 * overrides) are written as escapes, which YAML's double quotes read as the characters: a
 * reviewer sees each one, and the file prints as it is in a terminal or a workflow's log, where
 * `##[` is also escaped so that the runner takes no command from it.
 */
function contractYaml(contract, header) {
    const body = (0,js_yaml/* dump */.Bh)(contract, {
        lineWidth: -1,
        noRefs: true,
        // An enum (root, fields, a field, constraints, the list) on one line: a field stays short.
        flowLevel: 4,
        forceQuotes: true,
        quotingType: '"',
    });
    const text = `${header.map((line) => `# ${line}`.trimEnd()).join("\n")}\n${body}`;
    return (0,escape_control/* escapeControl */.hN)(text).replaceAll("##[", "#\\x23[");
}

// EXTERNAL MODULE: ./shared/dist/hosts/cli/cli-io.js
var cli_io = __webpack_require__(7794);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/command-failure.js
var command_failure = __webpack_require__(4209);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/contract-summary.js
var contract_summary = __webpack_require__(1192);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/command-args.js
var command_args = __webpack_require__(3050);
;// CONCATENATED MODULE: ./shared/dist/hosts/cli/contract-command.js


















const HELP = `mlops contract: ${contract_summary/* CONTRACT_SUMMARY */.C}.

Usage: mlops contract infer --data <file or glob> [--missing-values <list>] [--output <contract.yml>] [--force]
       mlops contract infer --profile <profile.json> [--output <contract.yml>] [--force]

A command of this program only, not an action: run it once, review the contract it writes, and
commit it for validate-data's schema input.

Commands:
  infer     writes a starter data contract (Table Schema YAML, see docs/data-contracts.md)
            from a dataset or from its profile (mlops.profile/v1, as validate-data's
            profile-path writes it): every column with its type, read from the first
            ${read_options/* DEFAULT_INFER_ROWS */.r0.toLocaleString("en-US")} rows, or from its first values where it has none in them (a later
            cell that does not fit widens it, and a column with no value at all is a string,
            each with a warning);
            required where no value is missing; and an enum of a categorical column's values
            where it has at most ${MAX_ENUM_VALUES}. No bounds: add those that future data must meet

Options:
  --data <path>          the data: a CSV, TSV, JSON Lines or Parquet file, or a glob of them
  --profile <path>       a profile (.json) of the data, instead of --data
  --delimiter <char>     the character between a CSV file's fields, or tab (default: ,)
  --missing-values <list>
                         the cells that mean no value besides the empty one, comma-separated,
                         as drift-check's missing-values input takes them: pandas for pandas'
                         defaults (NA, N/A, NaN, null, None and their kin), so that a column R
                         wrote with NA is numbers with gaps; the contract's missingValues lists them
  --output <path>        where to write the contract (default: print it on stdout)
  --force                replace --output when it exists
  --debug                print the stack trace of an error
  -h, --help             print this help`;
const OPTIONS = {
    data: { type: "string" },
    profile: { type: "string" },
    delimiter: { type: "string" },
    "missing-values": { type: "string" },
    output: { type: "string" },
    force: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
/** What a read of `--data` tells: its profile, its misfit columns and its columns of dates. */
async function readData(values, source, cwd) {
    const files = await (0,input_files/* listInputFiles */.Q)("data", (0,external_node_path_.resolve)(cwd, source), cwd);
    const separator = values.delimiter && (0,inputs/* delimiter */.uV)().parse(values.delimiter, "delimiter", { cwd });
    const listed = values["missing-values"];
    // As drift-check's input: the empty cell always, `pandas` for pandas' set; none listed, the default.
    const missingValues = listed && (0,missing_values/* parseMissingValues */.OD)((0,inputs/* list */.p_)().parse(listed, "missing-values", { cwd }));
    const read = {
        ...(separator ? { delimiter: separator } : {}),
        ...(missingValues ? { missingValues } : {}),
    };
    // Rows are named as validate-data names them.
    return readForContract(files, read, (0,check_result/* rowLocator */.Zp)(cwd));
}
/** Where the contract goes: a new file (or one `--force` may replace), not a JSON name. */
function outputPath(values, cwd) {
    if (values.output === undefined)
        return undefined;
    const path = (0,external_node_path_.resolve)(cwd, values.output);
    if (/\.json$/i.test(path)) {
        throw new errors/* UsageError */.eb(`--output '${values.output}' ends in .json, and validate-data reads a .json contract as strict JSON`, "Name it .yml or .yaml: the contract is YAML, with a header for its review");
    }
    if (!values.force && (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })) {
        throw new errors/* FileError */.f6((0,display_path/* displayPath */.G)(cwd, path), "exists already, and is not replaced", "Give --force to replace it, or name another file with --output");
    }
    return path;
}
/** The lines of the header: what the contract is, where it came from, and what to review. */
const header = (shown, rows) => [
    `A starter data contract for validate-data, inferred by mlops contract infer`,
    `from ${JSON.stringify(shown)} (${(0,counted/* counted */.h)(rows, "row")}). It is a starting point: review it before relying on it.`,
    `- type: as read from the data. A date or datetime field takes either ISO 8601 form`,
    `  (format: "any"). Remove the format where every value, now and later, is written in its`,
    `  type's form: a date alone (2024-05-01) for date, a date and a time for datetime.`,
    `- constraints.required: on each column that has no missing value.`,
    `- constraints.enum: every value of a categorical column with at most ${MAX_ENUM_VALUES} of them.`,
    `  Remove it where new values are expected.`,
    `- Nothing else. Add the bounds, patterns, keys and x-mlops statistics that future data must`,
    `  meet (see docs/data-contracts.md).`,
];
/**
 * The warning for data read as one column whose name holds another delimiter than the one it
 * was read with (`id;name;score`), or null: a file delimited by semicolons or tabs, read with
 * commas, is one column of distinct text.
 */
function oneColumnWarning(columns, values) {
    const [only] = columns;
    if (columns.length !== 1 || only === undefined)
        return null;
    const given = values.delimiter === "tab" ? "\t" : values.delimiter;
    const other = [";", "\t", "|", ","].find((d) => d !== (given ?? ",") && only.includes(d));
    if (other === undefined)
        return null;
    const flag = `--delimiter ${other === "\t" ? "tab" : `'${other}'`}`;
    const fix = values.data ? `infer again with ${flag}` : `infer from the data with ${flag}`;
    return `the data reads as one column, ${(0,missing_values/* shownColumn */.cB)(only)}: if its fields are delimited by ${JSON.stringify(other)}, ${fix}`;
}
/** Refuses arguments that do not make one infer of data or of a profile. */
function checkArguments(values, command, extra) {
    if (command !== "infer") {
        throw new errors/* UsageError */.eb(`unknown contract command '${command}'`, "Commands: infer (mlops contract --help)");
    }
    if (extra.length > 0 || (values.data === undefined) === (values.profile === undefined)) {
        throw new errors/* UsageError */.eb("infer reads either --data or --profile", "Usage: mlops contract infer --data train.csv (or --profile profile.json) [--output contract.yml]");
    }
    if (values.data !== undefined && /\.json$/i.test(values.data)) {
        throw new errors/* UsageError */.eb(`--data '${values.data}' names a .json file, which is no data format but a profile's`, `Give a profile with --profile ${values.data}`);
    }
    if (values.profile !== undefined && values.delimiter !== undefined) {
        throw new errors/* UsageError */.eb("--delimiter goes with --data", "A profile has no delimiter: leave it out");
    }
    if (values.profile !== undefined && values["missing-values"] !== undefined) {
        throw new errors/* UsageError */.eb("--missing-values goes with --data", "A profile records the missing values it was made with, which the contract takes: leave it out, or infer from the data with --missing-values");
    }
}
/** `mlops contract infer`: a starter data contract from a dataset or its profile. */
async function runContractCommand(argv, io) {
    let debug = argv.includes("--debug");
    try {
        const parsed = (0,command_args/* parseCommandArgs */.Q)("contract", argv, OPTIONS);
        const values = parsed.values;
        debug = values.debug === true;
        const [command, ...extra] = parsed.positionals;
        if (values.help || command === undefined)
            return (0,cli_io/* printHelp */.F)(io, HELP, values.help === true);
        checkArguments(values, command, extra);
        const output = outputPath(values, io.cwd);
        const source = (values.data ?? values.profile);
        const shown = (0,display_path/* displayPath */.G)(io.cwd, (0,external_node_path_.resolve)(io.cwd, source));
        const found = values.data ? await readData(values, source, io.cwd) : undefined;
        const profile = found?.profile ?? (await (0,read_profile/* readProfile */.e)((0,inputs/* file */.NJ)().parse(source, "profile", io), shown));
        const { contract, warnings } = inferContract(profile, shown, found);
        const oneColumn = oneColumnWarning(profile.columns.map((column) => column.name), values);
        if (oneColumn)
            warnings.unshift(oneColumn);
        // One line each, as the program's warnings: a line break from the data starts no line.
        for (const warning of warnings)
            io.stderr(`warning: ${warning.replace(/\s*[\r\n]\s*/g, " ")}\n`);
        const text = contractYaml(contract, header(shown, profile.rowCount));
        if (!output) {
            io.stdout(text);
            return 0;
        }
        (0,write_output/* writeFileAtomic */.Zf)(output, text);
        io.stdout(`${(0,display_path/* displayPath */.G)(io.cwd, output)}: ${contract.fields.length} fields from ${shown}; review it, then give it to validate-data --schema\n`);
        return 0;
    }
    catch (error) {
        return (0,command_failure/* commandFailure */._)(error, "contract", debug, io);
    }
}


/***/ }),

/***/ 3072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ exampleValue),
/* harmony export */   ET: () => (/* binding */ ABSENT_FIELD_NOTE),
/* harmony export */   IQ: () => (/* binding */ boundedCheck),
/* harmony export */   MK: () => (/* binding */ dateText),
/* harmony export */   Mm: () => (/* binding */ bounded),
/* harmony export */   Ys: () => (/* binding */ isWithheld),
/* harmony export */   Zp: () => (/* binding */ rowLocator),
/* harmony export */   iz: () => (/* binding */ WITHHELD),
/* harmony export */   nT: () => (/* binding */ skippedCheck),
/* harmony export */   p9: () => (/* binding */ RowTally),
/* harmony export */   wh: () => (/* binding */ ABSENT_KEY_FIELD_NOTE),
/* harmony export */   yk: () => (/* binding */ withheldStatistic)
/* harmony export */ });
/* harmony import */ var _engine_data_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9098);
/* harmony import */ var _engine_data_read_batches_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6862);
/* harmony import */ var _engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2579);
/* harmony import */ var _engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7382);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1701);





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
    return `${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .prefix */ .Pl)(text, max)}… (${(0,_engine_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(text.length)} characters)`;
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
    const value = (0,_engine_data_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .cellValue */ .Or)(column, row);
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
    shown: (file) => (0,_engine_files_display_path_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(cwd, file),
    hasLines: (file) => (0,_engine_data_read_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOf */ .b)(file) !== "parquet",
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


/***/ }),

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


/***/ })

};
