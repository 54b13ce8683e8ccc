export const id = 506;
export const ids = [506];
export const modules = {

/***/ 9339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ compileSchema)
/* harmony export */ });
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
        properties: Object.entries((schema.properties ?? {})).map(([name, property]) => [name, child(property, `properties/${name}`)]),
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
    // A branch that refused the value whole (its type, or its only values) says less about what
    // to fix than one that looked inside it; of those, the one that got deepest says most.
    const here = pointerOf(path);
    const inside = errors.filter((wrong) => !(WHOLE_VALUE.has(wrong.keyword) && wrong.instancePath === here));
    // Refused whole by every branch, the value is told the forms it may take, each branch's
    // refusal (`skew: true` is neither false nor an object): the first alone would leave out the
    // others. ajv too reports a oneOf error, after the branches' own.
    if (inside.length === 0) {
        return error(path, node, "oneOf", { passingSchemas: null, refusals: errors }, "must match exactly one schema in oneOf");
    }
    const depth = (wrong) => wrong.instancePath.split("/").length;
    const best = inside.reduce((most, wrong) => (depth(wrong) > depth(most) ? wrong : most));
    // The forms that refused the value whole go with it, so that a fix can name every form taken
    // (`2 points` is neither a percentage nor a number).
    const otherForms = errors.filter((wrong) => !inside.includes(wrong));
    return otherForms.length === 0 ? best : { ...best, otherForms };
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
/**
 * A validator for a draft-07 JSON Schema, limited to the keywords the core's contracts use (the
 * others are refused when it is made). It walks the schema at each call instead of generating
 * code: contracts are small, and a walk costs less to load than code generated per schema.
 * Keywords are checked in ajv's order and the first violation is reported as ajv reports it;
 * when no branch of a `oneOf` fits, the violation reported is the one found deepest inside the
 * value by a branch that did not refuse it whole (decision 0005).
 */
function compileSchema(schema) {
    const root = readSchema(schema, "");
    const definitions = new Map();
    if (typeof schema !== "boolean") {
        for (const [name, definition] of Object.entries((schema.definitions ?? {}))) {
            definitions.set(name, readSchema(definition, `/definitions/${name}`));
        }
    }
    for (const node of [root, ...definitions.values()])
        linkRefs(node, definitions);
    const validate = (value) => {
        const wrong = check(value, root, []);
        validate.errors = wrong ? [wrong] : null;
        return wrong === undefined;
    };
    return validate;
}


/***/ }),

/***/ 1418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ reportFile)
/* harmony export */ });
/* harmony import */ var _files_write_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9619);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(781);


/**
 * A report as a file to write, checked against its own contract first (finite numbers
 * included): nothing downstream reads a report its schema would refuse.
 */
function reportFile(contract, report, path) {
    (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateContract */ .T7)(contract, report, contract.id);
    return { path, text: (0,_files_write_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(report) };
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8350);
/* harmony import */ var _async_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(321);
/* harmony import */ var _open_for_reading_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9402);



const READ_BYTES = 1 << 20;
/**
 * A file's sha256 (lowercase hex, what `sha256sum` prints), in 1 MiB reads into one buffer:
 * model weights and datasets can be larger than memory, and larger than the 2 GiB a single read
 * holds. Only a regular file is hashed: a device such as /dev/zero would be read forever. An
 * aborted `signal` stops the reading with its reason.
 */
async function hashFile(path, { signal } = {}) {
    // node:crypto costs milliseconds to load; actions that never hash a file never load it.
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const { fd } = await (0,_open_for_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .openForReading */ .sb)(path, ({ problem, fix }) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, problem, fix));
    try {
        for (;;) {
            // A step cancelled while a model of gigabytes is hashed stops at the next read.
            signal?.throwIfAborted();
            const { bytesRead } = await (0,_async_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .read */ .LF)(fd, buffer, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    catch (error) {
        await (0,_async_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .close */ .VN)(fd).catch(() => { });
        throw error;
    }
    await (0,_async_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .close */ .VN)(fd);
    return hash.digest("hex");
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

/***/ 6097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ dataSource),
/* harmony export */   NJ: () => (/* binding */ file),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   Zl: () => (/* binding */ optionalOutputPath),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   uV: () => (/* binding */ delimiter),
/* harmony export */   x6: () => (/* binding */ dataSources)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7629);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1701);
/* harmony import */ var _platform_github_marker_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3924);






const kind = (type, absent, parse) => ({
    type,
    absent,
    parse,
});
const text = () => kind("text", undefined, (t) => t);
/**
 * Text that names files the action reads: a path or a glob of data, profiles or predictions,
 * a registry's folder (which promote also writes), or something the action tells apart from a
 * path (a registry reference such as churn#prod). Held to the workspace's link rule
 * (`refuseLinksOut`).
 */
const dataSource = () => ({ ...text(), reads: true });
/**
 * One `dataSource` or several, one a line, as a workflow writes a list (on the command line, the
 * flag repeated): each a path or glob, or one a registry reference. No comma splits them, as one
 * may stand in a file name. Each is held to the workspace's link rule.
 */
const dataSources = () => ({
    ...kind("list", [], (t) => t
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== "")),
    reads: true,
});
/** The key of an owned comment or issue, checked before the action writes anything. */
const markerKey = () => kind("text", undefined, (t, input) => (0,_platform_github_marker_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarkerKey */ .z1)(input, t));
const secret = () => ({
    ...kind("secret", undefined, (t) => t),
    secret: true,
});
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** YAML 1.2 core-schema booleans, as the runner's own `getBooleanInput` accepts. */
const bool = () => kind("true | false", false, (t, input) => {
    if (TRUE.includes(t))
        return true;
    if (FALSE.includes(t))
        return false;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a boolean`, "Use true or false");
});
/**
 * How to fix a bad number, fitted to the input: its kind, its range and an example inside it,
 * the input's default when it has one (another example would read as a recommendation).
 */
function numberHint({ min, max, integer }, fallback) {
    const clamp = (x) => Math.min(max ?? x, Math.max(min ?? x, x));
    const example = fallback ? `${fallback} (the default)` : clamp(integer ? 10 : 0.05);
    const range = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
                ? ` of at most ${max}`
                : "";
    return `Give ${integer ? "a whole number" : "a finite number"}${range}, such as ${example}`;
}
const number = (bounds = {}) => kind(bounds.integer ? "integer" : "number", undefined, (t, input, _context, fallback) => {
    const value = Number(t);
    const hint = numberHint(bounds, fallback);
    if (t.trim() === "" || !Number.isFinite(value)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a number`, hint);
    }
    if (bounds.integer && !Number.isInteger(value)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a whole number`, hint);
    }
    if (bounds.min !== undefined && value < bounds.min) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${value} is below the minimum ${bounds.min}`, hint);
    }
    if (bounds.max !== undefined && value > bounds.max) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${value} is above the maximum ${bounds.max}`, hint);
    }
    return value;
});
const choice = (options) => kind(options.join(" | "), undefined, (t, input) => {
    if (options.includes(t))
        return t;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not one of ${options.join(", ")}`);
});
/** One item a line, or comma-separated on one line; blank items are dropped. */
const list = () => kind("list", [], (t) => t
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== ""));
/**
 * The character between the fields of a CSV file: one printable ASCII character that is not
 * part of a plain value or a number (no letter, digit, quote, space, point or sign), or `tab`,
 * since a runner trims a tab given as it is.
 */
const delimiter = () => kind("character | tab", undefined, (t, input) => {
    if (t === "tab" || t === "\\t")
        return "\t";
    if (/^[!-~]$/.test(t) && !/[\w".+-]/.test(t))
        return t;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${(0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__/* .safeForLog */ .p5)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(t, 40))}' is not a delimiter`, "Give the one character between fields, such as ; or |, or tab");
});
// Normalised, as the link checks judge a path: `ln/../x` is read where it is written, not where
// the system would take it after following `ln`.
const absolute = (t, cwd) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, t);
/** A path to an existing file, resolved against the workspace. */
const file = () => ({
    ...kind("file", undefined, (t, input, { cwd }) => {
        const path = absolute(t, cwd);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `file '${t}' does not exist`, "Check the path; a relative path starts from the working directory");
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a file`, "Give the path of a file, not a folder");
        }
        return path;
    }),
    reads: true,
});
/** A path the action will write; its folder is created when the action writes. */
const outputPath = () => ({
    ...kind("path", undefined, (t, _input, { cwd }) => absolute(t, cwd)),
    writes: true,
});
/** A path the action will write, or `none` (null) for a file the user does not want. */
const optionalOutputPath = () => ({
    ...kind("path | none", undefined, (t, _input, { cwd }) => t === "none" ? null : absolute(t, cwd)),
    writes: true,
});


/***/ }),

/***/ 3924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ MARKER_KEY),
/* harmony export */   pR: () => (/* binding */ deriveMarkerKey),
/* harmony export */   z1: () => (/* binding */ parseMarkerKey)
/* harmony export */ });
/* unused harmony export MARKER_KEY_MAX_LENGTH */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/**
 * The keys that tell one owned comment or issue from another (`eval-gate/churn`, say). A key
 * lives inside a hidden HTML marker, so it holds only characters that cannot end the comment or
 * break the search for it. Keys given as inputs are shorter than the marker allows, because the
 * code appends suffixes to them (alert-issue.ts marks each clearing with `.<timestamp>`).
 */

/** What a marker accepts, suffixes included. */
const MARKER_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;
/** The longest key an input may give; the 20 characters left are for suffixes. */
const MARKER_KEY_MAX_LENGTH = 80;
const GIVEN_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,${MARKER_KEY_MAX_LENGTH - 1}}$`);
/** The key an input gives, or an InputError that names the input and what a key may hold. */
function parseMarkerKey(input, text) {
    const key = text.trim();
    if (GIVEN_KEY.test(key))
        return key;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${text}' is not a valid key`, `Use 1 to ${MARKER_KEY_MAX_LENGTH} characters: letters, digits and . _ : / -, starting with a letter or digit`);
}
/**
 * A valid key made from free text (a file path, say) under `prefix`: disallowed characters
 * become `-`, and when that changed the text or it had to be cut, a short hash of the text is
 * appended so that two sources never share a key.
 */
function deriveMarkerKey(prefix, source) {
    const slug = source.replace(/[^A-Za-z0-9._:/-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
    const plain = `${prefix}/${slug}`;
    if (slug !== "" && slug === source && plain.length <= MARKER_KEY_MAX_LENGTH)
        return plain;
    const hash = fingerprint(source);
    const room = MARKER_KEY_MAX_LENGTH - prefix.length - hash.length - 2;
    const cut = slug.slice(0, Math.max(room, 0)).replace(/[^A-Za-z0-9]+$/, "");
    return cut === "" ? `${prefix}/${hash}` : `${prefix}/${cut}-${hash}`;
}
/** Eight hex digits that tell keys from the same slug apart (FNV-1a): stable, not a secret. */
function fingerprint(text) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(text, "utf8"))
        h = Math.imul(h ^ byte, 0x01000193);
    return (h >>> 0).toString(16).padStart(8, "0");
}


/***/ })

};
