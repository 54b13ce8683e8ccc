export const id = 358;
export const ids = [358];
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
  T: () => (/* binding */ validateContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
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
        return `the text ${JSON.stringify((0,shorten/* shorten */.ml)(value, 60))}`;
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
    return `${(0,shorten/* shorten */.ml)(written, 60)}, read as ${words}`;
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
                return `Write true or false: YAML 1.2 reads ${JSON.stringify((0,shorten/* shorten */.ml)(text, 60))} as text`;
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
            problem: `is ${(0,shorten/* shorten */.ml)(written ?? String(value), 60)}, which is not a finite number`,
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
        problem: `is ${(0,shorten/* shorten */.ml)(written ?? String(value), 60)}, ${BEYOND[error.keyword]} ${limit}`,
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
    const line = lineOf?.(field);
    throw new errors/* ContractError */.Vl(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}


/***/ }),

/***/ 9850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ jsonErrorPosition)
/* harmony export */ });
/**
 * Where `JSON.parse` stopped in `text`, from its message. V8 gives "at position N" for most
 * errors but only an excerpt for an unexpected token (`Unexpected token 'N', ..."c": NaN }"...
 * is not valid JSON`): a long text's excerpt starts 10 characters before the token, a short
 * one at the text's start.
 */
function jsonErrorPosition(text, message) {
    const at = /position (\d+)/.exec(message);
    if (at)
        return Number(at[1]);
    const token = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
    if (!token)
        return undefined;
    const [, char, cut, excerpt] = token;
    const start = text.indexOf(excerpt);
    if (start < 0)
        return undefined;
    if (cut)
        return start + 10;
    const found = text.indexOf(char, start);
    return found < 0 ? undefined : found;
}


/***/ }),

/***/ 7790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parsePythonJson)
/* harmony export */ });
/* harmony import */ var _json_error_position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9850);

/** The bare values Python's `json.dumps` writes for floats that JSON cannot hold. */
const NON_FINITE = ["-Infinity", "Infinity", "NaN"];
/** Where a value may stand, before and after it, so that a bare word as a key stays an error. */
const BEFORE_VALUE = new Set([":", "[", ","]);
const AFTER_VALUE = new Set([",", "}", "]", ""]);
const lastNonSpace = (text, end) => {
    let i = end - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    return i < 0 ? "" : text[i];
};
const firstNonSpace = (text, start) => {
    let i = start;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i < text.length ? text[i] : "";
};
/**
 * `text` with each bare `NaN`, `Infinity` and `-Infinity` that stands as a value written as a
 * JSON string of the same word, and where those words stand, or `undefined` when it has none.
 * Strings are skipped whole, so a word inside one is left as written.
 */
function quoteNonFinite(text) {
    let out = "";
    let copiedTo = 0;
    const words = [];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === "\\")
                    i++;
            continue;
        }
        const word = NON_FINITE.find((w) => text.startsWith(w, i));
        if (word === undefined ||
            !BEFORE_VALUE.has(lastNonSpace(text, i)) ||
            !AFTER_VALUE.has(firstNonSpace(text, i + word.length)))
            continue;
        out += `${text.slice(copiedTo, i)}"${word}"`;
        words.push({ start: i, length: word.length });
        copiedTo = i + word.length;
        i = copiedTo - 1;
    }
    return copiedTo === 0 ? undefined : { quoted: out + text.slice(copiedTo), words };
}
/** A position in the quoted text as it stands in the text given: 2 back per word quoted before. */
function givenPosition(position, words) {
    let shift = 0;
    for (const { start, length } of words) {
        if (position < start + shift + length + 2)
            break;
        shift += 2;
    }
    return position - shift;
}
/**
 * V8's message about the quoted text, told of the text given, so that a position counts the
 * user's characters. An unexpected token's excerpt would show quotes the user never wrote, so
 * the token is named by its position instead, as V8 names the other errors.
 */
function tellOfGiven(message, quoted, given, words) {
    const position = (0,_json_error_position_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonErrorPosition */ .O)(quoted, message);
    if (position === undefined)
        return message;
    const at = givenPosition(position, words);
    const token = /^Unexpected token '([\s\S])', /.exec(message);
    if (token)
        return `Unexpected token '${token[1]}' in JSON at position ${at}`;
    const lines = given.slice(0, at).split("\n");
    return message
        .replace(/position \d+/, `position ${at}`)
        .replace(/\(line \d+ column \d+\)/, `(line ${lines.length} column ${lines.at(-1).length + 1})`);
}
/**
 * Parses JSON as Python's json module writes it by default: a diverged loss is written `NaN`,
 * an overflowed one `Infinity`, bare. Each such value is read as the string of its word: a
 * value that is not a number, which readers report as such. Throws JSON.parse's SyntaxError
 * for the text as given, or, when those values were not what was wrong, the error for it with
 * them quoted, told of the text as given.
 */
function parsePythonJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const quoting = quoteNonFinite(text);
        if (quoting === undefined)
            throw error;
        try {
            return JSON.parse(quoting.quoted);
        }
        catch (again) {
            const message = again.message;
            throw new SyntaxError(tellOfGiven(message, quoting.quoted, text, quoting.words), {
                cause: again,
            });
        }
    }
}


/***/ }),

/***/ 5411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ jsonSyntaxError),
  c: () => (/* binding */ readStructured)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
;// CONCATENATED MODULE: ./shared/dist/engine/files/duplicate-json-key.js
/** The index of the quote that closes the JSON string opening at `start`. */
function stringEnd(text, start) {
    let i = start + 1;
    while (text[i] !== '"')
        i += text[i] === "\\" ? 2 : 1;
    return i;
}
/** Whether the first character from `from` on that is not JSON whitespace is a colon. */
function colonFollows(text, from) {
    let i = from;
    while (text[i] === " " || text[i] === "\t" || text[i] === "\r" || text[i] === "\n")
        i++;
    return text[i] === ":";
}
/**
 * The first key that appears twice in one object of a JSON text, and its line, or undefined.
 * JSON.parse keeps the last of them without a word. The text must parse: the scan then only
 * tells strings, brackets and line breaks apart (a string holds no raw line break), and a
 * string followed by a colon is a key.
 */
function duplicateJsonKey(text) {
    // Per bracket open: an object's keys so far, or undefined for an array.
    const open = [];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\n")
            line++;
        else if (c === "{")
            open.push(new Set());
        else if (c === "[")
            open.push(undefined);
        else if (c === "}" || c === "]")
            open.pop();
        else if (c === '"') {
            const end = stringEnd(text, i);
            const keys = open.at(-1);
            if (keys && colonFollows(text, end + 1)) {
                const key = JSON.parse(text.slice(i, end + 1));
                if (keys.has(key))
                    return { key, line };
                keys.add(key);
            }
            i = end;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./shared/dist/engine/files/json-error-position.js
var json_error_position = __webpack_require__(9850);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/files/open-for-reading.js
var open_for_reading = __webpack_require__(9402);
// EXTERNAL MODULE: ./shared/dist/engine/files/python-json.js
var python_json = __webpack_require__(7790);
// EXTERNAL MODULE: ./shared/dist/engine/files/yaml-core-schema.js
var yaml_core_schema = __webpack_require__(866);
;// CONCATENATED MODULE: ./shared/dist/engine/files/yaml-line-index.js

/** Aliases may expand a document to at most this many times the nodes written in it. */
const MAX_ALIAS_EXPANSION = 100;
const isBlank = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const endsToken = (code) => Number.isNaN(code) || isBlank(code) || ",[]{}".includes(String.fromCharCode(code));
/**
 * Finds the line of the node at a JSON pointer, from the events of js-yaml's `listener`
 * option: each node's reading opens and closes around its children, so a mapping's children
 * are its keys and values in order and a sequence's its items. Lines are counted only when
 * asked for. It also notices aliases, so that `checkAliasExpansion` can refuse a document
 * whose aliases stand for far more than it writes (a billion-laughs attack).
 */
class YamlLineIndex {
    input = "";
    /** The nodes open now; the first holds the document's root when reading ends. */
    stack = [
        { open: 0, close: 0, kind: null, result: undefined, children: [] },
    ];
    /** Each collection's children by key (or index): the node of its value. */
    children = new Map();
    lineStarts;
    nodes = 0;
    hasAlias = false;
    /** The `listener` option of js-yaml's `load`. */
    listener = (event, state) => {
        if (event === "open") {
            this.input = state.input;
            this.stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
            return;
        }
        const span = this.stack.pop();
        span.close = state.position;
        span.kind = state.kind ?? null;
        span.result = state.result;
        this.nodes++;
        if (span.kind === null && this.input.charCodeAt(this.contentStart(span)) === 0x2a) {
            this.hasAlias = true;
        }
        this.index(span);
        const siblings = this.stack[this.stack.length - 1].children;
        // A node read again after the loader backtracked replaces what it read the first time.
        while (siblings.length > 0 && siblings[siblings.length - 1].open >= span.open)
            siblings.pop();
        siblings.push(span);
    };
    /** The 1-based line of the node at `pointer` in `value` (what the load returned). */
    lineOf(value, pointer) {
        const span = this.spanOf(value, pointer);
        return span && this.lineOfSpan(span);
    }
    /**
     * The text of the scalar at `pointer` in `value` as the document writes it (`01234` for the
     * number 1234, `1.0` for 1), or undefined for an alias or a node not found.
     */
    sourceOf(value, pointer) {
        const span = this.spanOf(value, pointer);
        if (span === undefined)
            return undefined;
        const text = this.input.slice(this.contentStart(span), span.close).trimEnd();
        return text.startsWith("*") ? undefined : text;
    }
    /** The node at `pointer` in `value`, or undefined for an empty document or a node not found. */
    spanOf(value, pointer) {
        const root = this.stack[0].children.at(-1);
        if (root === undefined || this.isEmpty(root))
            return undefined;
        if (pointer === "")
            return root;
        let node = value;
        let span;
        for (const key of (0,nesting/* pointerKeys */.mP)(pointer)) {
            if (node === null || typeof node !== "object")
                return undefined;
            span = this.children.get(node)?.get(key);
            if (span === undefined || !Object.hasOwn(node, key))
                return undefined;
            node = node[key];
        }
        return span;
    }
    /**
     * Refuses a document whose aliases expand it to more than MAX_ALIAS_EXPANSION times the
     * nodes it writes, or into a cycle; returns the reason, or undefined when it is fine.
     */
    checkAliasExpansion(value) {
        if (!this.hasAlias)
            return undefined;
        let budget = MAX_ALIAS_EXPANSION * this.nodes;
        // A stack of its own, not recursion: a cycle runs the walk as deep as the budget allows.
        const stack = [value];
        while (stack.length > 0) {
            if (budget-- === 0)
                return "excessive alias count indicates a resource exhaustion attack";
            const node = stack.pop();
            if (node !== null && typeof node === "object") {
                for (const child of Object.values(node))
                    stack.push(child);
            }
        }
        return undefined;
    }
    index(span) {
        const { result } = span;
        if (result === null || typeof result !== "object" || this.children.has(result))
            return;
        const byKey = new Map();
        if (span.kind === "sequence" && Array.isArray(result)) {
            // An empty entry (`-` alone) has no node, and a flow pair (`[a: 1]`) two: those have no line.
            let next = 0;
            result.forEach((item, i) => {
                const child = span.children[next];
                if (child !== undefined && Object.is(child.result, item)) {
                    byKey.set(String(i), child);
                    next++;
                }
            });
        }
        else if (span.kind === "mapping") {
            let key;
            for (const child of span.children) {
                if (this.isKey(child)) {
                    if (key)
                        byKey.set(String(key.result), key);
                    key = child;
                }
                else if (key) {
                    byKey.set(String(key.result), child);
                    key = undefined;
                }
            }
            // A key without a value node (`key:` then the next key) stands for its null value.
            if (key)
                byKey.set(String(key.result), key);
        }
        else {
            return;
        }
        this.children.set(result, byKey);
        span.children.length = 0;
    }
    /** Whether a mapping's child is a key: the next thing after it is the `:` that separates. */
    isKey(span) {
        const at = this.skipBlank(span.close);
        if (this.input.charCodeAt(at) !== 0x3a)
            return false;
        const before = this.input.charCodeAt(span.close - 1);
        // JSON writes "key":value; after a quoted or flow key the colon needs no space.
        return (endsToken(this.input.charCodeAt(at + 1)) || "\"']}".includes(String.fromCharCode(before)));
    }
    /** An empty node (`key:` and nothing, or only a tag) ends where its content would begin. */
    isEmpty(span) {
        return this.contentStart(span) >= span.close;
    }
    /** The line of a node's content, or of where its reading began when it has none. */
    lineOfSpan(span) {
        return this.lineAt(this.isEmpty(span) ? span.open : this.contentStart(span));
    }
    /** Where a node's content begins: after blanks, comments and its tag and anchor. */
    contentStart(span) {
        const { input } = this;
        let at = span.open;
        for (;;) {
            at = this.skipBlank(at);
            const code = input.charCodeAt(at);
            if (code !== 0x21 && code !== 0x26)
                return at; // neither `!tag` nor `&anchor`
            while (at < input.length && !isBlank(input.charCodeAt(at)))
                at++;
        }
    }
    /** The position after blanks, line breaks and comments. */
    skipBlank(from) {
        const { input } = this;
        let at = from;
        for (;;) {
            const code = input.charCodeAt(at);
            if (isBlank(code))
                at++;
            else if (code === 0x23) {
                while (at < input.length && input.charCodeAt(at) !== 0x0a)
                    at++;
            }
            else
                return at;
        }
    }
    lineAt(position) {
        if (this.lineStarts === undefined) {
            this.lineStarts = [0];
            for (let i = this.input.indexOf("\n"); i !== -1; i = this.input.indexOf("\n", i + 1)) {
                this.lineStarts.push(i + 1);
            }
        }
        const starts = this.lineStarts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= position)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/files/read-structured.js











/**
 * The largest document read: configs, metrics and profiles are far smaller, and a larger one
 * would be read whole into one string before anything could be said about it.
 */
const MAX_DOCUMENT_BYTES = 256 * 2 ** 20;
/**
 * js-yaml's own bound on nesting, which keeps its recursive parser off the end of the stack. It
 * counts levels differently by style (a flow leaf is a level, a block one not always), so it
 * is set past `MAX_NESTING`, which the parsed value is then held to exactly.
 */
const PARSER_MAX_DEPTH = nesting/* MAX_NESTING */.M1 + 2;
const tooDeepProblem = `nests objects and arrays deeper than ${nesting/* MAX_NESTING */.M1} levels`;
const tooDeepFix = "Flatten the document: no config, metrics file or profile needs that many";
/** The 1-based line of a YAML error; js-yaml reads one more line than an unended last one. */
function errorLine(text, error) {
    if (!error.mark)
        return undefined;
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    return Math.max(1, Math.min(error.mark.line + 1, lines));
}
/** The file's text, refusing what is not a regular file or too large to hold as a string. */
function readText(file, refuse) {
    const { fd, size } = (0,open_for_reading/* openForReadingSync */.Bf)(file, refuse);
    try {
        if (size > MAX_DOCUMENT_BYTES) {
            throw refuse({
                problem: `is ${(size / 2 ** 20).toFixed(0)} MiB, more than the 256 MiB a YAML or JSON document may hold`,
                fix: "Check that the path names the document meant (not a dataset or a model)",
            });
        }
        return (0,external_node_fs_.readFileSync)(fd, "utf8");
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Why JSON.parse refused `text`, as a problem, the line and, for the NaN and Infinity that
 * Python's json.dump writes by default, how to fix it.
 */
function jsonSyntaxError(text, message) {
    const position = (0,json_error_position/* jsonErrorPosition */.O)(text, message);
    const at = position === undefined ? "" : text.slice(position);
    // V8 points at `-Infinity`'s I ("No number after minus sign"), and at N or I otherwise.
    const nonFinite = /^(NaN|Infinity)/.exec(at);
    return {
        problem: message.replace(/^JSON\.parse: /, ""),
        line: position === undefined ? undefined : text.slice(0, position).split("\n").length,
        fix: nonFinite
            ? `JSON has no ${nonFinite[1]}: write null for a value that is not a number, or find where it comes from with json.dump(..., allow_nan=False)`
            : undefined,
    };
}
/**
 * Holds a `.json` file to JSON: YAML would accept a missing value or a comment. A key twice in
 * one object is refused as YAML refuses it, but in JSON's words. With `pythonNonFinite`, the
 * bare `NaN` and `Infinity` Python's json module writes are taken (YAML then reads them as text).
 */
function checkJson(text, shownAs, pythonNonFinite) {
    try {
        if (pythonNonFinite)
            (0,python_json/* parsePythonJson */.S)(text);
        else
            JSON.parse(text);
    }
    catch (error) {
        const { problem, line, fix } = jsonSyntaxError(text, error.message);
        throw new errors/* FileError */.f6(shownAs, `is not valid JSON: ${problem}`, fix, line);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate) {
        throw new errors/* FileError */.f6(shownAs, `is not valid JSON: the key ${JSON.stringify(duplicate.key)} appears twice in one object`, "Keep one of them: JSON readers differ on which one counts", duplicate.line);
    }
}
/** Parses the text as YAML 1.2, with a line index when one is given. */
function load(text, shownAs, index) {
    const options = {
        schema: yaml_core_schema/* YAML_CORE_SCHEMA */.W,
        listener: index?.listener,
        maxDepth: PARSER_MAX_DEPTH,
    };
    try {
        return (0,js_yaml/* load */.Hh)(text, options) ?? null;
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const deep = error.reason.startsWith("nesting exceeded maxDepth");
        throw new errors/* FileError */.f6(shownAs, deep ? tooDeepProblem : `is not valid YAML: ${error.reason}`, deep ? tooDeepFix : undefined, errorLine(text, error));
    }
}
/**
 * Reads a YAML or JSON file (JSON is read as YAML 1.2, which contains it). `pythonNonFinite`
 * takes the bare `NaN` and `Infinity` of JSON that Python wrote, as the text of those words:
 * for a file of values a script measured, where a NaN is a value to report, not a syntax error.
 */
function readStructured(file, shownAs = file, { pythonNonFinite = false } = {}) {
    const text = readText(file, ({ problem, fix }) => new errors/* FileError */.f6(shownAs, problem, fix));
    if ((0,external_node_path_.extname)(file).toLowerCase() === ".json")
        checkJson(text, shownAs, pythonNonFinite);
    // The index costs a listener call per node; a document without `*` has no alias to expand,
    // so it is read plainly and indexed again only when a line is asked for (an error).
    let index = text.includes("*") ? new YamlLineIndex() : undefined;
    const value = load(text, shownAs, index);
    const excessive = index?.checkAliasExpansion(value);
    if (excessive)
        throw new errors/* FileError */.f6(shownAs, `is not valid YAML: ${excessive}`);
    let indexed = value;
    const ask = (question) => {
        if (index === undefined) {
            index = new YamlLineIndex();
            indexed = load(text, shownAs, index);
        }
        return question(index, indexed);
    };
    const lineOf = (pointer) => ask((yaml, root) => yaml.lineOf(root, pointer));
    const sourceOf = (pointer) => ask((yaml, root) => yaml.sourceOf(root, pointer));
    const deep = (0,nesting/* tooDeep */.DI)(value);
    if (deep)
        throw new errors/* FileError */.f6(shownAs, tooDeepProblem, tooDeepFix, lineOf((0,nesting/* jsonPointer */.Av)(deep)));
    return { file: shownAs, value, lineOf, sourceOf };
}


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

/***/ 866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ YAML_CORE_SCHEMA)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

// YAML 1.2's core schema resolves plain numbers by these patterns (spec 10.3.2); js-yaml's own
// also takes `0b101`, `1_000` and needs a digit before the point, so `-.5` would be a string.
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
const coreInt = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: (text) => DECIMAL.test(text) || OCTAL.test(text) || HEXADECIMAL.test(text),
    construct: (text) => OCTAL.test(text)
        ? parseInt(text.slice(2), 8)
        : HEXADECIMAL.test(text)
            ? parseInt(text.slice(2), 16)
            : Number(text),
});
const coreFloat = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (text) => FLOAT.test(text) || INFINITY.test(text) || NAN.test(text),
    construct: (text) => NAN.test(text)
        ? Number.NaN
        : INFINITY.test(text)
            ? text.startsWith("-")
                ? Number.NEGATIVE_INFINITY
                : Number.POSITIVE_INFINITY
            : Number(text),
});
/**
 * The YAML 1.2 core schema: null, booleans (`true`/`false` only: `yes`, `no`, `on` and `off`
 * are strings), integers and floats as the spec writes them, no timestamps and no merge keys.
 */
const YAML_CORE_SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend({ implicit: [coreInt, coreFloat] });


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
