export const id = 561;
export const ids = [561];
export const modules = {

/***/ 9339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   a7: () => (/* binding */ compileWrittenSchema)
/* harmony export */ });
/* unused harmony export compileKnownFields */
/* harmony import */ var _files_nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);
/* harmony import */ var _json_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8162);


/** Keywords that say something about a schema without constraining values. */
const ANNOTATIONS = new Set([
    "$id",
    "$schema",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
    "definitions",
    "contentEncoding",
    "contentMediaType",
]);
const CONSTRAINTS = new Set([
    "$ref",
    "type",
    "const",
    "enum",
    "oneOf",
    "maximum",
    "minimum",
    "exclusiveMinimum",
    "minLength",
    "pattern",
    "minItems",
    "uniqueItems",
    "items",
    "minProperties",
    "required",
    "additionalProperties",
    "properties",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const pointerOf = (path) => (0,_files_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPointer */ .Av)(path.map(String));
function hasType(value, type) {
    switch (type) {
        case "string":
            return typeof value === "string";
        case "number":
            return typeof value === "number" && Number.isFinite(value);
        case "integer":
            return Number.isInteger(value);
        case "boolean":
            return typeof value === "boolean";
        case "null":
            return value === null;
        case "array":
            return Array.isArray(value);
        case "object":
            return isObject(value);
        default:
            return false;
    }
}
/** The keywords that apply to values of one type only. */
const TYPE_KEYWORDS = {
    number: ["maximum", "minimum", "exclusiveMinimum"],
    string: ["minLength", "pattern"],
    array: ["minItems", "items", "uniqueItems"],
    object: ["minProperties", "required", "additionalProperties", "properties"],
};
/** Reads a schema into nodes, refusing what this validator does not implement. */
function readSchema(schema, at) {
    if (typeof schema === "boolean")
        return schema;
    for (const [keyword, value] of Object.entries(schema)) {
        if (!ANNOTATIONS.has(keyword) && !CONSTRAINTS.has(keyword)) {
            throw new Error(`JSON Schema: keyword '${keyword}' at ${at || "/"} is not supported`);
        }
        if (keyword === "$ref" && !/^#\/definitions\/[^/]+$/.test(value)) {
            throw new Error(`JSON Schema: only '#/definitions/<name>' references are supported (${at || "/"})`);
        }
        if (keyword === "items" && Array.isArray(value)) {
            throw new Error(`JSON Schema: tuple 'items' at ${at} is not supported`);
        }
    }
    const child = (value, path) => value === undefined ? undefined : readSchema(value, `${at}/${path}`);
    const types = schema.type === undefined ? [] : [].concat(schema.type);
    const unknownType = types.find((type) => !TYPES.has(type));
    if (unknownType)
        throw new Error(`JSON Schema: unknown type '${unknownType}' at ${at || "/"}`);
    const pattern = schema.pattern;
    const properties = Object.entries((schema.properties ?? {})).map(([name, property]) => [name, child(property, `properties/${name}`)]);
    return {
        schema,
        types,
        typeDeferred: types.length === 1 && (TYPE_KEYWORDS[types[0]] ?? []).some((keyword) => keyword in schema),
        refName: schema.$ref?.slice("#/definitions/".length),
        ref: undefined,
        hasConst: "const" in schema,
        enumValues: schema.enum,
        oneOf: schema.oneOf?.map((branch, i) => child(branch, `oneOf/${i}`)),
        maximum: schema.maximum,
        minimum: schema.minimum,
        exclusiveMinimum: schema.exclusiveMinimum,
        minLength: schema.minLength,
        pattern: pattern === undefined ? undefined : new RegExp(pattern, "u"),
        minItems: schema.minItems,
        uniqueItems: schema.uniqueItems === true,
        items: child(schema.items, "items"),
        minProperties: schema.minProperties,
        required: (schema.required ?? []),
        properties,
        property: new Map(properties),
        additional: child(schema.additionalProperties, "additionalProperties"),
    };
}
const error = (path, node, keyword, params, message) => ({
    instancePath: pointerOf(path),
    keyword,
    params,
    message,
    parentSchema: node.schema,
});
const tooFew = (path, node, keyword, limit, what) => error(path, node, keyword, { limit }, `must NOT have fewer than ${limit} ${what}`);
function typeError(value, node, path) {
    for (const type of node.types)
        if (hasType(value, type))
            return undefined;
    return error(path, node, "type", { type: node.schema.type }, `must be ${node.types.join(",")}`);
}
function check(value, node, path) {
    if (node === true)
        return undefined;
    if (node === false) {
        return {
            instancePath: pointerOf(path),
            keyword: "false schema",
            params: {},
            message: "boolean schema is false",
        };
    }
    if (!node.typeDeferred && node.types.length > 0) {
        const wrong = typeError(value, node, path);
        if (wrong)
            return wrong;
    }
    if (node.ref !== undefined) {
        const wrong = check(value, node.ref, path);
        if (wrong)
            return wrong;
    }
    if (node.hasConst && !(0,_json_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .b)(value, node.schema.const)) {
        return error(path, node, "const", { allowedValue: node.schema.const }, "must be equal to constant");
    }
    if (node.enumValues && !node.enumValues.some((allowed) => (0,_json_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .b)(value, allowed))) {
        return error(path, node, "enum", { allowedValues: node.enumValues }, "must be equal to one of the allowed values");
    }
    if (node.oneOf) {
        const wrong = checkOneOf(value, node, path);
        if (wrong)
            return wrong;
    }
    if (node.typeDeferred) {
        const wrong = typeError(value, node, path);
        if (wrong)
            return wrong;
    }
    if (typeof value === "number")
        return checkNumber(value, node, path);
    if (typeof value === "string")
        return checkString(value, node, path);
    if (Array.isArray(value))
        return checkArray(value, node, path);
    if (isObject(value))
        return checkObject(value, node, path);
    return undefined;
}
function checkOneOf(value, node, path) {
    const errors = node.oneOf.map((branch) => check(value, branch, path));
    const passing = errors.flatMap((wrong, i) => (wrong ? [] : [i]));
    if (passing.length === 1)
        return undefined;
    if (passing.length > 1) {
        return error(path, node, "oneOf", { passingSchemas: passing.slice(0, 2) }, "must match exactly one schema in oneOf");
    }
    const here = pointerOf(path);
    const best = tellingRefusal(errors, here);
    // Refused whole by every branch, the value is told the forms it may take, each branch's
    // refusal (`skew: true` is neither false nor an object): the first alone would leave out the
    // others. ajv too reports a oneOf error, after the branches' own.
    if (best === undefined) {
        return error(path, node, "oneOf", { passingSchemas: null, refusals: errors }, "must match exactly one schema in oneOf");
    }
    // The forms that refused the value whole go with it, so that a fix can name every form taken
    // (`2 points` is neither a percentage nor a number).
    const otherForms = errors.filter((wrong) => refusedWhole(wrong, here));
    return otherForms.length === 0 ? best : { ...best, otherForms };
}
const refusedWhole = (wrong, here) => WHOLE_VALUE.has(wrong.keyword) && wrong.instancePath === here;
/**
 * Of the refusals of a value (at `here`) by every branch of a oneOf, the one that says most: a
 * branch that refused the value whole (its type, or its only values) says less about what to
 * fix than one that looked inside it, and of those, the one that got deepest says most. None
 * when every branch refused it whole.
 */
function tellingRefusal(errors, here) {
    const depth = (wrong) => wrong.instancePath.split("/").length;
    return errors
        .filter((wrong) => !refusedWhole(wrong, here))
        .reduce((most, wrong) => (most === undefined || depth(wrong) > depth(most) ? wrong : most), undefined);
}
/** Keywords that refuse a value for what it is, not for something inside it. */
const WHOLE_VALUE = new Set(["type", "const", "enum", "false schema"]);
/** The item types of an array's `items`, when they are all scalar types; otherwise none. */
function scalarItemTypes(node) {
    const items = node.items;
    if (typeof items !== "object" || items.types.length === 0)
        return [];
    return items.types.some((type) => type === "object" || type === "array") ? [] : items.types;
}
/**
 * The first pair of equal items, found as ajv finds it (and so named as ajv names it): for items
 * of scalar types, by value from the end, skipping items of other types; otherwise pairwise.
 */
function duplicateOf(value, node) {
    const types = scalarItemTypes(node);
    if (types.length > 0) {
        const seen = new Map();
        for (let i = value.length - 1; i >= 0; i--) {
            const item = value[i];
            if (!types.some((type) => hasType(item, type)))
                continue;
            const j = seen.get(item);
            if (j !== undefined)
                return { i, j };
            seen.set(item, i);
        }
        return undefined;
    }
    for (let i = value.length - 1; i > 0; i--) {
        for (let j = i - 1; j >= 0; j--)
            if ((0,_json_values_js__WEBPACK_IMPORTED_MODULE_1__/* .deepEqual */ .b)(value[i], value[j]))
                return { i, j };
    }
    return undefined;
}
function checkNumber(value, node, path) {
    const { maximum, minimum, exclusiveMinimum } = node;
    if (maximum !== undefined && !(value <= maximum)) {
        return error(path, node, "maximum", { comparison: "<=", limit: maximum }, `must be <= ${maximum}`);
    }
    if (minimum !== undefined && !(value >= minimum)) {
        return error(path, node, "minimum", { comparison: ">=", limit: minimum }, `must be >= ${minimum}`);
    }
    if (exclusiveMinimum !== undefined && !(value > exclusiveMinimum)) {
        return error(path, node, "exclusiveMinimum", { comparison: ">", limit: exclusiveMinimum }, `must be > ${exclusiveMinimum}`);
    }
    return undefined;
}
function checkString(value, node, path) {
    const { minLength, pattern } = node;
    if (minLength !== undefined && (0,_json_values_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K)(value) < minLength) {
        return tooFew(path, node, "minLength", minLength, "characters");
    }
    if (pattern !== undefined && !pattern.test(value)) {
        const source = node.schema.pattern;
        return error(path, node, "pattern", { pattern: source }, `must match pattern "${source}"`);
    }
    return undefined;
}
function checkArray(value, node, path) {
    const { minItems } = node;
    if (minItems !== undefined && value.length < minItems) {
        return tooFew(path, node, "minItems", minItems, "items");
    }
    if (node.items !== undefined) {
        for (let i = 0; i < value.length; i++) {
            path.push(i);
            const wrong = check(value[i], node.items, path);
            path.pop();
            if (wrong)
                return wrong;
        }
    }
    const duplicate = node.uniqueItems ? duplicateOf(value, node) : undefined;
    if (duplicate) {
        const { i, j } = duplicate;
        return error(path, node, "uniqueItems", { i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`);
    }
    return undefined;
}
function checkObject(value, node, path) {
    const { minProperties, additional } = node;
    if (minProperties !== undefined && Object.keys(value).length < minProperties) {
        return tooFew(path, node, "minProperties", minProperties, "properties");
    }
    for (const name of node.required) {
        if (value[name] === undefined) {
            return error(path, node, "required", { missingProperty: name }, `must have required property '${name}'`);
        }
    }
    if (additional !== undefined) {
        const declared = node.schema.properties;
        for (const name of Object.keys(value)) {
            if (declared && Object.hasOwn(declared, name))
                continue;
            if (additional === false) {
                return error(path, node, "additionalProperties", { additionalProperty: name }, "must NOT have additional properties");
            }
            path.push(name);
            const wrong = check(value[name], additional, path);
            path.pop();
            if (wrong)
                return wrong;
        }
    }
    for (const [name, property] of node.properties) {
        if (value[name] === undefined)
            continue;
        path.push(name);
        const wrong = check(value[name], property, path);
        path.pop();
        if (wrong)
            return wrong;
    }
    return undefined;
}
/** Points each node's `$ref` at the node of its definition. */
function linkRefs(node, definitions) {
    if (typeof node === "boolean")
        return;
    if (node.refName !== undefined) {
        node.ref = definitions.get(node.refName);
        if (node.ref === undefined) {
            throw new Error(`JSON Schema: '#/definitions/${node.refName}' names no definition`);
        }
    }
    const children = [
        ...(node.oneOf ?? []),
        ...node.properties.map(([, property]) => property),
        node.items,
        node.additional,
    ];
    for (const child of children)
        if (child !== undefined)
            linkRefs(child, definitions);
}
/** A schema read into linked nodes, its definitions' included. */
function compile(schema) {
    const root = readSchema(schema, "");
    const definitions = new Map();
    if (typeof schema !== "boolean") {
        for (const [name, definition] of Object.entries((schema.definitions ?? {}))) {
            definitions.set(name, readSchema(definition, `/definitions/${name}`));
        }
    }
    for (const node of [root, ...definitions.values()])
        linkRefs(node, definitions);
    return root;
}
/**
 * A validator for a draft-07 JSON Schema, limited to the keywords the core's contracts use (the
 * others are refused when it is made). It walks the schema at each call instead of generating
 * code: contracts are small, and a walk costs less to load than code generated per schema.
 * Keywords are checked in ajv's order and the first violation is reported as ajv reports it;
 * when no branch of a `oneOf` fits, the violation reported is the one found deepest inside the
 * value by a branch that did not refuse it whole (decision 0005).
 */
function compileSchema(schema) {
    return validatorOf(compile(schema));
}
function validatorOf(root) {
    const validate = (value) => {
        const wrong = check(value, root, []);
        validate.errors = wrong ? [wrong] : null;
        return wrong === undefined;
    };
    return validate;
}
const asIs = (value) => ({ value, dropped: 0 });
/**
 * `value` as a reader of `node` knows it. An object the schema closes (`additionalProperties:
 * false`) keeps the keys it declares alone; the walk follows `$ref`, `items`, `properties`,
 * `additionalProperties` and the `oneOf` branch the value then fits. A container that leaves
 * nothing out is the value's own; another is a copy, made key by key (so that a key named
 * `__proto__` stays a key).
 */
function known(value, node) {
    if (typeof node === "boolean")
        return asIs(value);
    let result = node.ref === undefined ? asIs(value) : known(value, node.ref);
    if (node.oneOf)
        result = also(result, knownOneOf(result.value, node.oneOf));
    if (Array.isArray(result.value) && typeof node.items === "object") {
        return also(result, knownItems(result.value, node.items));
    }
    if (isObject(result.value) && (node.properties.length > 0 || node.additional !== undefined)) {
        return also(result, knownProperties(result.value, node));
    }
    return result;
}
const also = (before, after) => ({
    value: after.value,
    dropped: before.dropped + after.dropped,
});
/**
 * The branch a value fits once each branch leaves out what it does not declare. Opened so,
 * branches told apart only by being closed may both fit (a full eval row and its compact form):
 * the one that leaves out fewest keys is taken, which is the one that fits as written when one
 * does; a tie is left as written, for the check to refuse. Where none fits, the value is taken
 * as the branch whose refusal the check will report knows it, so that the refusal names the
 * field at fault, not a field this version does not know.
 */
function knownOneOf(value, branches) {
    const candidates = branches.map((branch) => known(value, branch));
    const errors = candidates.map((candidate, i) => check(candidate.value, branches[i], []));
    let best;
    let tied = false;
    candidates.forEach((candidate, i) => {
        if (errors[i] !== undefined)
            return;
        if (best === undefined || candidate.dropped < best.dropped) {
            best = candidate;
            tied = false;
        }
        else if (candidate.dropped === best.dropped)
            tied = true;
    });
    if (best !== undefined)
        return tied ? asIs(value) : best;
    const telling = tellingRefusal(errors, "");
    return telling === undefined ? asIs(value) : candidates[errors.indexOf(telling)];
}
function knownItems(value, items) {
    let dropped = 0;
    let copy;
    value.forEach((item, i) => {
        const kept = known(item, items);
        dropped += kept.dropped;
        if (kept.value === item)
            return;
        copy ??= value.slice();
        copy[i] = kept.value;
    });
    return copy === undefined ? asIs(value) : { value: copy, dropped };
}
function knownProperties(value, node) {
    let dropped = 0;
    let changed = false;
    const kept = [];
    for (const [name, field] of Object.entries(value)) {
        // A property declared `false` is kept, for the check to refuse: the schema knows it.
        const declared = node.property.get(name);
        if (declared === undefined && node.additional === false) {
            dropped += 1;
            changed = true;
            continue;
        }
        const schema = declared ?? node.additional;
        const read = schema === undefined ? asIs(field) : known(field, schema);
        dropped += read.dropped;
        changed ||= read.value !== field;
        kept.push([name, read.value]);
    }
    return changed ? { value: Object.fromEntries(kept), dropped } : asIs(value);
}
/**
 * What a reader of `schema` takes of a document that a later version of the schema may have
 * extended: the document with the fields the schema does not declare left out, at any depth,
 * so that none of them reaches the code that reads it (decision 0045). The document it returns
 * is then checked, closed, as ever: a field it declares is held to its schema.
 */
function compileKnownFields(schema) {
    return knownFieldsOf(compile(schema));
}
function knownFieldsOf(root) {
    return (value) => known(value, root).value;
}
/**
 * `compileSchema` and `compileKnownFields` of one schema, read once, for a document mlops
 * writes exactly and reads leniently: the check and the walk share the schema's nodes.
 */
function compileWrittenSchema(schema) {
    const root = compile(schema);
    return { validate: validatorOf(root), known: knownFieldsOf(root) };
}


/***/ }),

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
  at: () => (/* binding */ refuseNewerVersion),
  T7: () => (/* binding */ validateContract),
  Bo: () => (/* binding */ validateReadableVersion),
  gA: () => (/* binding */ validateWritten),
  _l: () => (/* binding */ writtenContract)
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

// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/validate.js





/**
 * The contract of a document mlops writes: written exactly as its schema says, read ignoring
 * the fields the schema does not declare.
 */
function writtenContract(id, schema, describe) {
    const { validate, known } = (0,json_schema/* compileWrittenSchema */.a7)(schema);
    return { id, validate, describe, known };
}
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
/** `mlops.profile/v1`: the kind of document, and its major version. */
const VERSIONED_ID = /^(.+)\/v([1-9][0-9]{0,8})$/;
/**
 * Refuses a document of the contract's kind and a later major version (`mlops.profile/v2`),
 * which changed what an older reader would take for granted: reading it would mislead, and the
 * fix is a newer mlops, not another file. Any other `schema` is left to the caller or the
 * contract.
 */
function refuseNewerVersion(contract, value, file, lineOf) {
    const ours = VERSIONED_ID.exec(contract.id);
    const schema = typeof value === "object" && value !== null
        ? value.schema
        : undefined;
    const theirs = typeof schema === "string" ? VERSIONED_ID.exec(schema) : null;
    if (!ours || !theirs || theirs[1] !== ours[1] || Number(theirs[2]) <= Number(ours[2]))
        return;
    throw new errors/* FileError */.f6(file, `is a ${schema} document, written ${contract.known ? "by" : "for"} a newer mlops than this one, which reads ${contract.id}`, `Upgrade mlops (the action's version, or the CLI) to one that reads ${schema}`, lineOf?.("/schema"));
}
/**
 * Checks a document read against its contract and returns it typed; the error names the file,
 * the field (a JSON pointer) and, when `lineOf` knows it, the line. `sourceOf`, how the file
 * writes a value, lets the fix speak of the file's syntax (an unquoted `yes` in YAML). A
 * document mlops writes is taken without the fields its schema does not declare (`known`), so
 * that one written by a later mlops of the same major version reads; one of a later major
 * version is refused, naming the upgrade.
 */
function validateContract(contract, value, file, lineOf, sourceOf) {
    refuseNewerVersion(contract, value, file, lineOf);
    return validateReadableVersion(contract, value, file, lineOf, sourceOf);
}
/**
 * `validateContract` after the reader has refused a later major version itself
 * (`refuseNewerVersion`), to tell a file of another kind apart before any field is checked:
 * the document as this version knows it, held to its schema.
 */
function validateReadableVersion(contract, value, file, lineOf, sourceOf) {
    const known = contract.known ? contract.known(value) : value;
    return conforming(contract, known, file, lineOf, sourceOf);
}
/** Checks a document about to be written against its contract exactly: no field it does not declare. */
function validateWritten(contract, value, file) {
    conforming(contract, value, file);
}
function conforming(contract, value, file, lineOf, sourceOf) {
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
