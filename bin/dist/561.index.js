export const id = 561;
export const ids = [561];
export const modules = {

/***/ 8162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ucs2length),
/* harmony export */   b: () => (/* binding */ deepEqual)
/* harmony export */ });
/** What JSON Schema means by a string's length and by two equal values. */
/** String length in code points, as JSON Schema's minLength and maxLength count it. */
function ucs2length(text) {
    let length = 0;
    for (const _ of text)
        length++;
    return length;
}
/** Structural equality of JSON values, for `const` and `enum` with objects. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((key) => Object.hasOwn(b, key) &&
        deepEqual(a[key], b[key]));
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jA: () => (/* binding */ refuseField),
  T7: () => (/* binding */ validateContract)
});

// UNUSED EXPORTS: shownField

// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-values.js
var json_values = __webpack_require__(8162);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/type-aliases.js
/**
 * Names other tools give the data contract's field types (SQL's, pandas', Python's), each with
 * the Table Schema type it stands for. `float` is many edits from `number`, so no spelling
 * distance finds it: an error that lists the types suggests the one meant through this table.
 */
const ALIASES = {
    number: ["float", "double", "decimal", "real", "numeric", "float64"],
    integer: ["int", "long", "bigint", "int64"],
    string: ["str", "text", "varchar"],
    boolean: ["bool"],
    datetime: ["timestamp"],
};
const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([type, aliases]) => aliases.map((alias) => [alias, type])));
/** The Table Schema type that `name` is another tool's name for, or undefined; case is ignored. */
const typeOfAlias = (name) => BY_ALIAS.get(name.trim().toLowerCase());

;// CONCATENATED MODULE: ./shared/dist/engine/contracts/explain-schema-error.js





/** The value at a JSON pointer into `document`, or undefined where there is none. */
function valueAt(document, pointer) {
    let node = document;
    for (const key of (0,nesting/* pointerKeys */.mP)(pointer)) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
}
/** `a`, `a or b`, `a, b or c`. */
const orList = (items) => items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
/** What a value of each JSON Schema type is called in a message. */
const TYPE_WORDS = {
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "an object",
    null: "null",
};
/** A value as a message names it: `the text "yes"`, `the number 2.5`, `a list`. */
function valueWords(value) {
    if (typeof value === "string")
        return `the text ${JSON.stringify((0,shorten/* shorten */.ml)(value, shorten/* REFUSAL_NAME_LIMIT */.DK))}`;
    if (typeof value === "number")
        return `the number ${value}`;
    if (Array.isArray(value))
        return "a list";
    return typeof value === "object" ? "an object" : String(value);
}
/**
 * A value as a message names it, by the file's own text where the file writes a number or a
 * boolean otherwise than it reads back: `01234, read as the number 1234`. The parsed value
 * alone (`1234`, `1000` for `1e3`) would not be found in the file, nor quoted right.
 */
function writtenWords(value, written) {
    const words = valueWords(value);
    const scalar = typeof value === "number" || typeof value === "boolean";
    if (!scalar || written === undefined || written === String(value))
        return words;
    return `${(0,shorten/* shorten */.ml)(written, shorten/* REFUSAL_NAME_LIMIT */.DK)}, read as ${words}`;
}
/** Words YAML 1.1 read as booleans and YAML 1.2, which the contracts are read as, reads as text. */
const YAML_11_BOOLEANS = /^(?:y|yes|n|no|on|off)$/i;
/**
 * How to write a value of `type` in place of `value`, which the file writes as `written` (when
 * known). Only a word the file leaves unquoted is told of YAML: in quotes, or in JSON, it is
 * text in any reader.
 */
function typeFix(type, value, written, parent) {
    const text = typeof value === "string" ? value.trim() : undefined;
    switch (type) {
        case "boolean":
            if (text !== undefined && written === value && YAML_11_BOOLEANS.test(text)) {
                return `Write true or false: YAML 1.2 reads ${JSON.stringify((0,shorten/* shorten */.ml)(text, shorten/* REFUSAL_NAME_LIMIT */.DK))} as text`;
            }
            return /^(?:true|false)$/i.test(text ?? "")
                ? "Write true or false without quotes"
                : "Write true or false";
        case "number":
        case "integer":
            if (text !== undefined && text !== "" && Number.isFinite(Number(text))) {
                return "Write the number without quotes";
            }
            return type === "integer" ? "Write a whole number, such as 3" : "Write a number";
        case "string":
            if (value === null)
                return undefined;
            // Unquoted in YAML, [a-z] is a list and {x} an object: quoting keeps them text.
            if (typeof value === "object") {
                return "Write one piece of text in its place, in quotes if it starts with [ or {";
            }
            // Quoting what the file writes keeps its text: `01234`, not the `1234` it reads as.
            return written !== undefined && written !== String(value)
                ? `Put it in quotes (${JSON.stringify(written)}) to make it text`
                : "Put it in quotes to make it text";
        case "array":
            return 'Write a list, such as ["a", "b"]';
        case "object": {
            const names = Object.keys(parent.properties ?? {});
            return names.length > 0
                ? `Give it properties: ${names.join(", ")}`
                : "Write an object of name: value entries";
        }
        default:
            return undefined;
    }
}
/** The types a `type` keyword names, one or a list. */
const typesOf = (type) => [].concat((type ?? []));
/** `text`, `a number or null`: what values of the types are called. */
const typeWords = (types) => orList(types.map((type) => TYPE_WORDS[type] ?? type));
/**
 * A value of the wrong type: what it must be, what it is, and how to write one that fits. A
 * YAML `.inf` or `.nan` where a number may stand is a number, but no finite one.
 */
function explainType(field, error, value, written) {
    const types = typesOf(error.params.type);
    const wanted = typeWords(types);
    const numeric = types.some((type) => type === "number" || type === "integer");
    if (typeof value === "number" && !Number.isFinite(value) && numeric) {
        const text = types.includes("string") ? ", or put it in quotes where text is meant" : "";
        return {
            field,
            problem: `is ${(0,shorten/* shorten */.ml)(written ?? String(value), shorten/* REFUSAL_NAME_LIMIT */.DK)}, which is not a finite number`,
            fix: `Write a finite number${text}`,
        };
    }
    const fix = typeFix(types[0], value, written, error.parentSchema) ?? `Write ${wanted}`;
    // A key without a value (`required:` and nothing after it) is null: say so, and what to write.
    if (value === null)
        return { field, problem: "has no value", fix };
    return { field, problem: `must be ${wanted}, not ${writtenWords(value, written)}`, fix };
}
/** What a keyword that refuses a value whole (its type, a const, an enum) takes, in words. */
function formWords(refusal) {
    switch (refusal.keyword) {
        case "type":
            return typeWords(typesOf(refusal.params.type));
        case "const":
            return JSON.stringify(refusal.params.allowedValue);
        case "enum":
            return orList(refusal.params.allowedValues.map((v) => JSON.stringify(v)));
        default:
            return undefined;
    }
}
/** How to write a value that a keyword which refused `value` whole takes. */
function formFix(refusal, value, written) {
    const words = formWords(refusal);
    if (words === undefined)
        return undefined;
    if (refusal.keyword !== "type")
        return `Write ${words}`;
    const type = typesOf(refusal.params.type)[0];
    return typeFix(type, value, written, refusal.parentSchema) ?? `Write ${words}`;
}
/**
 * A value refused whole by each form it may take (a const, or a oneOf none of whose branches
 * looked inside it: `skew: true` where false or an object is taken): the forms, and how to
 * write each, so that no form is left out of the fix.
 */
function explainForms(field, refusals, value, written) {
    const forms = refusals.flatMap((refusal) => formWords(refusal) ?? []);
    const fixes = new Set(refusals.flatMap((refusal) => formFix(refusal, value, written) ?? []));
    const fix = [...fixes]
        .map((one, i) => (i === 0 ? one : one.charAt(0).toLowerCase() + one.slice(1)))
        .join(", or ");
    return {
        field,
        problem: value === null
            ? "has no value"
            : `must be ${orList(forms)}, not ${writtenWords(value, written)}`,
        fix: fix || undefined,
    };
}
/** Where each bound keyword puts a number that breaks it, in words. */
const BEYOND = {
    minimum: "less than",
    maximum: "more than",
    exclusiveMinimum: "not greater than",
};
/** The numbers a schema allows: `a number from 0 to 1`, `a whole number of at least 0`. */
function numbersWords(schema) {
    const kind = typesOf(schema.type).includes("integer") ? "a whole number" : "a number";
    const { minimum, maximum, exclusiveMinimum } = schema;
    if (minimum !== undefined) {
        return maximum === undefined
            ? `${kind} of at least ${minimum}`
            : `${kind} from ${minimum} to ${maximum}`;
    }
    const upper = maximum === undefined ? "" : `at most ${maximum}`;
    if (exclusiveMinimum === undefined)
        return `${kind} of ${upper}`;
    return `${kind} greater than ${exclusiveMinimum}${upper && ` and ${upper}`}`;
}
/** A number past a bound (`minLength: -1`, `mostly: 1.5`): which bound, and the numbers taken. */
function explainBound(field, error, value, written) {
    const { limit } = error.params;
    return {
        field,
        problem: `is ${(0,shorten/* shorten */.ml)(written ?? String(value), shorten/* REFUSAL_NAME_LIMIT */.DK)}, ${BEYOND[error.keyword]} ${limit}`,
        fix: `Write ${numbersWords((error.parentSchema ?? {}))}`,
    };
}
/**
 * An object with too few properties: the properties it lacks, the required first (a quantile
 * bound with only `q` is told to add `min or max`; one with only `min`, to add `q`).
 */
function explainMinProperties(field, error, value) {
    const { limit } = error.params;
    const parent = (error.parentSchema ?? {});
    const present = Object.keys(value ?? {});
    const problem = present.length === 0 ? "is empty" : `has only ${present.map(closest_name/* quoteName */.AB).join(", ")}`;
    const absent = Object.keys(parent.properties ?? {}).filter((name) => !present.includes(name));
    // A map (a policy's metrics) declares no properties to name: any name is one of its entries.
    if (absent.length === 0) {
        return {
            field,
            problem,
            fix: `Add at least ${limit === 1 ? "one entry" : `${limit} entries`}`,
        };
    }
    const required = absent.filter((name) => parent.required?.includes(name));
    const optional = absent.filter((name) => !required.includes(name));
    const more = limit - present.length - required.length;
    const add = required.length > 0 ? [required.join(" and ")] : [];
    if (more > 0 && optional.length > 0) {
        add.push(more === 1 ? orList(optional) : `${more} of ${optional.join(", ")}`);
    }
    return { field, problem, fix: `Add ${add.join(", and ")}` };
}
/**
 * An enum's value: the allowed values, with the one it likely misspells first, or the type it
 * names as another tool does (`float` for `number`) where the enum allows that type.
 */
function explainEnum(field, error, value) {
    const allowed = error.params.allowedValues.map(String);
    const alias = typeof value === "string" ? typeOfAlias(value) : undefined;
    const named = alias !== undefined && allowed.includes(alias) ? alias : value;
    const meant = typeof named === "string" ? (0,closest_name/* didYouMean */.au)(named, allowed) : "";
    return {
        field,
        problem: "has a value that is not allowed",
        fix: `${meant}Use one of: ${allowed.join(", ")}`,
    };
}
/**
 * A missing required property, to be added; a property present that the schema does not
 * declare, and that misspells it (`nmae` for `name`), is named to be renamed.
 */
function explainRequired(field, error, value) {
    const { missingProperty } = error.params;
    const declared = error.parentSchema?.properties ?? {};
    const undeclared = Object.keys(value ?? {}).filter((name) => !Object.hasOwn(declared, name));
    const near = (0,closest_name/* closestName */.Nf)(missingProperty, undeclared);
    return {
        field,
        problem: `is missing the required property '${missingProperty}'`,
        fix: near === undefined
            ? `Add ${missingProperty}`
            : `Rename ${(0,closest_name/* quoteName */.AB)(near)} to ${missingProperty}`,
    };
}
/** A property the schema does not declare: the one it likely misspells, and those allowed. */
function explainAdditional(field, error) {
    const allowed = Object.keys(error.parentSchema?.properties ?? {});
    const { additionalProperty } = error.params;
    return {
        field,
        problem: `has an unknown property ${(0,closest_name/* quoteName */.AB)(additionalProperty)}`,
        fix: allowed.length
            ? `${(0,closest_name/* didYouMean */.au)(additionalProperty, allowed)}Allowed properties: ${allowed.join(", ")}`
            : `Remove ${(0,closest_name/* quoteName */.AB)(additionalProperty)}`,
    };
}
/** Text shorter than it may be: empty, or how many characters it has of those it needs. */
function explainMinLength(field, error, value) {
    const { limit } = error.params;
    const length = (0,json_values/* ucs2length */.K)(String(value));
    return {
        field,
        problem: length === 0 ? "is empty" : `is ${length} characters long, fewer than ${limit}`,
        fix: `Write at least ${limit === 1 ? "one character" : `${limit} characters`}`,
    };
}
/** A list with too few items, or an item twice where each must be once. */
function explainItems(field, error, value) {
    if (error.keyword === "uniqueItems") {
        const { i, j } = error.params;
        return {
            field,
            problem: `lists ${valueWords(value[i])} twice, as items ${Math.min(i, j)} and ${Math.max(i, j)}`,
            fix: "Remove one of them",
        };
    }
    const { limit } = error.params;
    return {
        field,
        problem: limit === 1 ? "is an empty list" : `has fewer than the ${limit} items it needs`,
        fix: `List at least ${limit === 1 ? "one item" : `${limit} items`}`,
    };
}
/** A form a value may take, by its schema's title or `words`, with its first example. */
function formExample(schema, words) {
    const titled = schema.title ?? words;
    const example = schema.examples?.[0];
    if (example === undefined)
        return titled;
    return `${titled} such as ${typeof example === "string" ? `'${example}'` : JSON.stringify(example)}`;
}
/**
 * Text that does not match its pattern. Where the schema says what the pattern stands for (a
 * title, an example), the fix names it, and with it every other form of a oneOf, which refused
 * the value whole (`2 points` for a margin: a number such as 0.02, or a percentage such as
 * '2%'); otherwise the pattern is all there is to tell.
 */
function explainPattern(field, error, value) {
    const { pattern } = error.params;
    const parent = (error.parentSchema ?? {});
    const problem = `is ${valueWords(value)}, which does not match the pattern ${pattern}`;
    if (parent.title === undefined && parent.examples === undefined) {
        return { field, problem, fix: "Change it to match the pattern" };
    }
    const forms = (error.otherForms ?? []).flatMap((refusal) => {
        const words = formWords(refusal);
        return words === undefined ? [] : [formExample(refusal.parentSchema, words)];
    });
    forms.push(formExample(parent, `text matching ${pattern}`));
    return { field, problem, fix: `Write ${forms.join(", or ")}` };
}
/**
 * A oneOf's value: refused whole by every form, each of which is named; or fitting more than
 * one form, where it must fit exactly one.
 */
function explainOneOf(field, error, value, written) {
    const { refusals } = error.params;
    if (refusals !== undefined)
        return explainForms(field, refusals, value, written);
    return {
        field,
        problem: "fits more than one of the forms it may take, where it must fit exactly one",
        fix: "Write it to fit only one of them",
    };
}
/**
 * One sentence for the first schema violation in `document`, and how to fix it. Made from the
 * keyword, its schema and the value, so that it serves every contract read through the schema;
 * `sourceOf`, for a document read from a file, says how the file writes a value.
 */
function explainSchemaError(error, document, sourceOf) {
    const field = error.instancePath;
    const value = valueAt(document, field);
    const written = sourceOf?.(field);
    switch (error.keyword) {
        case "type":
            return explainType(field, error, value, written);
        case "const":
            return explainForms(field, [error], value, written);
        case "oneOf":
            return explainOneOf(field, error, value, written);
        case "enum":
            return explainEnum(field, error, value);
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
            return explainBound(field, error, value, written);
        case "minLength":
            return explainMinLength(field, error, value);
        case "pattern":
            return explainPattern(field, error, value);
        case "minItems":
        case "uniqueItems":
            return explainItems(field, error, value);
        case "minProperties":
            return explainMinProperties(field, error, value);
        case "additionalProperties":
            return explainAdditional(field, error);
        case "required":
            return explainRequired(field, error, value);
        default:
            return { field, problem: error.message ?? "is invalid" };
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/contracts/validate.js




/** What a document that is not an object at all holds, in words. */
function kindOf(value) {
    if (value === null)
        return "nothing";
    if (Array.isArray(value))
        return "a list";
    return typeof value === "string" ? "text" : `a ${typeof value}`;
}
/**
 * A field (a JSON pointer) as an error names it: each key cut to `REFUSAL_NAME_LIMIT` characters, as `quoteName`
 * cuts a name, since a key from a pull request (a metric's name) may be of any length. Keys are
 * cut before they are escaped, so that no `~1` is cut in two; the line is found by the whole
 * pointer, before it is cut.
 */
const shownField = (pointer) => (0,nesting/* jsonPointer */.Av)((0,nesting/* pointerKeys */.mP)(pointer).map((key) => (0,shorten/* shorten */.ml)(key, shorten/* REFUSAL_NAME_LIMIT */.DK)));
/**
 * Checks a document against its contract and returns it typed; the error names the file, the
 * field (a JSON pointer) and, when `lineOf` knows it, the line. `sourceOf`, how the file writes
 * a value, lets the fix speak of the file's syntax (an unquoted `yes` in YAML).
 */
function validateContract(contract, value, file, lineOf, sourceOf) {
    const { validate } = contract;
    if (validate(value))
        return value;
    // A file that is empty, or not a document of this kind at all (a CSV file read as YAML is
    // text), is named as such: its first violation, that '/' is not an object, would not say so.
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        const problem = value === null ? "is empty" : `holds ${kindOf(value)}, not a ${contract.id} document`;
        throw new errors/* FileError */.f6(file, problem, contract.describe);
    }
    const { field, problem, fix } = explainSchemaError(validate.errors[0], value, sourceOf);
    return refuseField(file, lineOf)(field, problem, fix);
}
/**
 * A refusal of a field (a JSON pointer) of `file`: a `ContractError` naming the file, the
 * field's line where `lineOf` knows it, and the field as `shownField` cuts it.
 */
const refuseField = (file, lineOf) => (pointer, problem, fix) => {
    const line = lineOf?.(pointer);
    throw new errors/* ContractError */.Vl(line === undefined ? file : `${file}:${line}`, shownField(pointer), problem, fix);
};


/***/ }),

/***/ 9619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s$: () => (/* binding */ jsonText),
  Zf: () => (/* binding */ writeFileAtomic),
  aV: () => (/* binding */ writeFilesAtomic)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
;// CONCATENATED MODULE: ./shared/dist/engine/files/make-folders.js


/**
 * Creates a folder and its missing parents, one at a time, adding each to `made` as it is
 * created (outermost first), so that a caller cleaning up after a failure part-way knows them
 * all; returns `made`. Node's recursive `mkdirSync` never returns where the kernel refuses new
 * entries under an existing folder (`/proc/x/y` loops on ENOENT), so a hostile output path would
 * hang the runner; here that is one ENOENT.
 */
function makeFolders(folder, made = []) {
    const missing = [];
    for (let path = folder; !(0,external_node_fs_.existsSync)(path) && (0,external_node_path_.dirname)(path) !== path; path = (0,external_node_path_.dirname)(path)) {
        missing.push(path);
    }
    for (const path of missing.reverse()) {
        (0,external_node_fs_.mkdirSync)(path);
        made.push(path);
    }
    return made;
}

;// CONCATENATED MODULE: ./shared/dist/engine/files/write-output.js




/** Removes a temporary file if there is one; its folder may not even exist. */
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { force: true });
    }
    catch {
        // Nothing was staged there.
    }
}
/** JSON as the suite writes it: two-space indented, newline-terminated. */
const jsonText = (value) => `${JSON.stringify(value, null, 2)}\n`;
/**
 * Writes a run's files all or none: each text goes to a temporary file beside its target, and
 * only when every one is written are they renamed over their targets, so a failed write (a full
 * disk, a read-only folder) leaves no report half-written and no report without its companion.
 * Temporary names are random, so two writes to one path never share one, and they are removed
 * whatever happens.
 */
function writeFilesAtomic(files) {
    const staged = [];
    let writing = "";
    let renamed = 0;
    try {
        for (const { path, text } of files) {
            writing = path;
            makeFolders((0,external_node_path_.dirname)(path));
            // Unique among this process's writes and others': a name, not a secret.
            const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            staged.push({ temporary, path });
            (0,external_node_fs_.writeFileSync)(temporary, text, { flag: "wx" });
        }
        for (const { temporary, path } of staged) {
            writing = path;
            (0,external_node_fs_.renameSync)(temporary, path);
            renamed++;
        }
    }
    catch (error) {
        const code = error.code;
        if (code === undefined)
            throw error;
        throw new errors/* FileError */.f6(writing, `cannot be written (${code})${renamed === 0 ? "; no output of this run was written" : ""}`, "Give a path in a folder that can be written, on a disk with room");
    }
    finally {
        for (const { temporary } of staged)
            removeQuietly(temporary);
    }
}
const writeFileAtomic = (path, text) => writeFilesAtomic([{ path, text }]);


/***/ }),

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

/***/ 6062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
/** A GitHub-flavoured markdown table; cells must already be escaped. */
function markdownTable(headers, rows, align = []) {
    const rule = headers.map((_, i) => (align[i] === "right" ? "---:" : "---"));
    return [headers, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}


/***/ }),

/***/ 5579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ sanitizeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   T$: () => (/* binding */ sanitizeMermaidLabel)
/* harmony export */ });
/* harmony import */ var _neutralize_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2928);
/**
 * The sanitiser for every untrusted string (from a fork's files, a dataset, a model) that enters
 * a comment, an issue, a summary or a log, in each of the three places markdown shows it: inline
 * text and table cells (`sanitizeMarkdown`), code spans (`codeSpan`) and Mermaid labels
 * (`sanitizeMermaidLabel`). The text still reads the same: breaks are zero-width spaces, entities
 * and backslash escapes.
 */

const ZWSP = "\u200B";
/** Bidirectional overrides and isolates, which can make text read differently than it is. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Line breaks that markdown or a log may honour, CR and LF among them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** One line of visible text: invisible direction and control characters gone, breaks spaces. */
const flatten = (text) => String(text).replace(BIDI, "").replace(CONTROL, "").replace(BREAKS, " ");
/**
 * Untrusted text, safe inline and in a table cell: it cannot ping people, link issues (`#12`,
 * `owner/repo#3`, `GH-4`), autolink (`://`, `www.`), inject HTML or a hidden marker, break a
 * table, start a heading or list, or issue a workflow command when echoed to a log. Entity forms
 * of `@` (`&#64;`, `&commat;`) stay text because `&` itself is escaped.
 */
function sanitizeMarkdown(text) {
    const escaped = flatten(text)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/([\\`*_[\]|~])/g, "\\$1")
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
    // A line must not start a heading, list or rule. An ordered list's marker is escaped at its
    // `.` or `)`: a backslash before a digit is no escape and would show ("\0.5 is below").
    return (0,_neutralize_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .Y)(escaped)
        .replace(/^(\s*)(#|-|\+|=)/, "$1\\$2")
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
/**
 * Untrusted text as inline code, shown exactly: markdown takes no escapes or entities inside a
 * code span, so the text goes in as it is, fenced by more backticks than it holds in a row, and
 * padded with a space where a backtick or a space at its edge would be eaten. Only what code
 * cannot hold is changed: direction and control characters are dropped and line breaks become
 * spaces. Nothing invisible is put in, so a tag or a pattern copied from it is exact: GitHub
 * makes no mention or link in code, and a span starts with a backtick, so it never starts a
 * workflow command (a log writer breaks `##[` itself, see `safeForLog`). In a table cell, pass
 * `inTable`: the table splits cells on `|` even inside code, and takes `\|` as a plain `|`.
 */
function codeSpan(text, { inTable = false } = {}) {
    let code = flatten(text);
    if (inTable)
        code = code.replace(/\|/g, "\\|");
    const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const pad = code === "" || /^[` ]|[` ]$/.test(code) ? " " : "";
    return `${fence}${pad}${code}${pad}${fence}`;
}
/** Characters a Mermaid label may hold as they are; all others become `#code;` entities. */
const MERMAID_PLAIN = /[A-Za-z0-9 _.,:/+=-]/;
/**
 * Untrusted text as the label of a Mermaid node or axis (inside `"…"`): nothing can close the
 * label, the node, the diagram or the code fence, because every other character is written as
 * Mermaid's numeric entity.
 */
function sanitizeMermaidLabel(text, maxLength = 120) {
    const chars = [...String(text).replace(BIDI, "").replace(/\s+/g, " ")].slice(0, maxLength);
    return chars.map((c) => (MERMAID_PLAIN.test(c) ? c : `#${c.codePointAt(0)};`)).join("");
}


/***/ })

};
