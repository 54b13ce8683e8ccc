export const id = 997;
export const ids = [997];
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

/***/ 5997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileContract: () => (/* binding */ profileContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.profile/v1","title":"mlops data profile","type":"object","additionalProperties":false,"required":["schema","rowCount","settings","columns"],"properties":{"schema":{"const":"mlops.profile/v1"},"rowCount":{"type":"integer","minimum":0},"settings":{"type":"object","additionalProperties":false,"required":["exactCap","frequentK","hllPrecision","quantileK","histogramBins"],"properties":{"exactCap":{"type":"integer","minimum":1},"frequentK":{"type":"integer","minimum":1},"hllPrecision":{"type":"integer","minimum":4,"maximum":18},"quantileK":{"type":"integer","minimum":8},"histogramBins":{"type":"integer","minimum":1}}},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing when the data was profiled (the table\'s; a column read with a field\'s own records them), the empty cell among them where it was one: data compared with the profile, or profiles merged with it, must be read with the same. Left out where it is the empty cell alone, which a profile without it means. A profile read holds at most 100."},"columns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","type","count","missing","infinite","min","max","mean","m2","variance","stddev","distinct","frequent","sketch","histogram"],"properties":{"name":{"type":"string"},"type":{"enum":["numeric","integer","boolean","categorical","datetime","text"]},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing in this column where they were its own (a data contract field\'s missingValues) rather than the profile\'s: data compared with the profile is read with them in this column, and profiles merged or compared with it must have the column made with the same. Left out where the column was read with the profile\'s missingValues. A profile read holds at most 100 per column."},"sensitive":{"const":true,"description":"The column was a sensitive field (x-mlops sensitive in the data contract it was profiled with): the profile keeps its counts, missing values and distinct count (without HyperLogLog registers), and no value: min, max, the moments, frequent, sketch and histogram are null, so it is not compared. Left out for any other column."},"count":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"infinite":{"type":"integer","minimum":0},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"m2":{"type":["number","null"]},"variance":{"type":["number","null"]},"stddev":{"type":["number","null"]},"distinct":{"type":"object","additionalProperties":false,"required":["value","exact","relativeError","hll"],"properties":{"value":{"type":"integer","minimum":0},"exact":{"type":"boolean"},"relativeError":{"type":"number","minimum":0},"hll":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["precision","registers"],"properties":{"precision":{"type":"integer","minimum":4,"maximum":18},"registers":{"type":"string","contentEncoding":"base64"}}}]}}},"frequent":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["exact","maxError","items"],"properties":{"exact":{"type":"boolean"},"maxError":{"type":"integer","minimum":0},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["value","count"],"properties":{"value":{"type":["number","string"]},"count":{"type":"integer","minimum":0}}}}}}]},"sketch":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["method","k","n","rankError","levels","compactions","quantiles"],"properties":{"method":{"const":"kll"},"k":{"type":"integer","minimum":8},"n":{"type":"integer","minimum":0},"rankError":{"type":"number","minimum":0,"maximum":1},"levels":{"type":"array","items":{"type":"array","items":{"type":"number"}}},"compactions":{"type":"array","items":{"type":"integer","minimum":0}},"quantiles":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["q","value"],"properties":{"q":{"type":"number"},"value":{"type":"number"}}}}}}]},"histogram":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"},"minItems":2},"counts":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1}}}]}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile-contract.js


/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
const profileContract = {
    id: "mlops.profile/v1",
    validate: (0,json_schema/* compileSchema */.F)(profile_schema_namespaceObject),
    describe: "A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes",
};


/***/ })

};
