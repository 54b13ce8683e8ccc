export const id = 173;
export const ids = [173];
export const modules = {

/***/ 1418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ reportFile)
/* harmony export */ });
/* harmony import */ var _files_write_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9619);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(781);


/**
 * A report as a file to write, checked against its own contract first (finite numbers
 * included) and exactly, no field it does not declare: nothing downstream reads a report its
 * schema would refuse, and a field added is added to the schema first.
 */
function reportFile(contract, report, path) {
    (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateWritten */ .gA)(contract, report, contract.id);
    return { path, text: (0,_files_write_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(report) };
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ reportHeadline)
/* harmony export */ });
const EMOJI = {
    pass: "✅",
    fail: "❌",
    inconclusive: "⚠️",
    drift: "⚠️",
    warning: "⚠️",
};
/**
 * The first line of every summary and comment the suite writes, so a reader scanning a pull
 * request or a run sees one shape: `### ❌ eval-gate: fail (1 of 2 gated metrics failed)`.
 * `detail` is the reporter's own text (counts, settings), not escaped here.
 */
const reportHeadline = (action, status, detail = "") => `### ${EMOJI[status]} ${action}: ${status}${detail ? ` (${detail})` : ""}`;


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
/* harmony export */   P5: () => (/* binding */ decimalValue),
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
/** A number written in decimals, with an exponent or not: the way a workflow author writes one. */
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/**
 * The number `text` writes in decimals, else NaN: `Number` also reads 0x10, 0o17 and 0b11 (as
 * 16, 15 and 3), which no one means for a percentage or a count.
 */
const decimalValue = (text) => (DECIMAL.test(text) ? Number(text) : NaN);
const number = (bounds = {}) => kind(bounds.integer ? "integer" : "number", undefined, (t, input, _context, fallback) => {
    const value = decimalValue(t);
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
/**
 * Items one a line or comma-separated, blank ones dropped; an item in double quotes keeps its
 * commas, as a CSV cell does (`"income, annual"`, a quote inside doubled), so that any column's
 * name can be listed.
 */
const list = () => kind("list", [], (t) => t
    .split(/\r?\n/)
    .flatMap(commaItems)
    .filter((item) => item !== ""));
/** An item in double quotes, with the comma or end after it. */
const QUOTED = /\s*"((?:[^"]|"")*)"\s*(,|$)/y;
/** A line's items: split at each comma outside double quotes, trimmed, quoted ones unquoted. */
function commaItems(line) {
    const items = [];
    for (let at = 0; at <= line.length;) {
        QUOTED.lastIndex = at;
        const quoted = QUOTED.exec(line);
        if (quoted) {
            items.push((quoted[1] ?? "").replaceAll('""', '"'));
            at = QUOTED.lastIndex + (quoted[2] ? 0 : 1);
            continue;
        }
        const comma = line.indexOf(",", at);
        const end = comma < 0 ? line.length : comma;
        items.push(line.slice(at, end).trim());
        at = end + 1;
    }
    return items;
}
/**
 * The character between the fields of a CSV file: one printable ASCII character that is not
 * part of a plain value or a number (no letter, digit, quote, point or sign), or the words `tab`
 * and `space`, since a runner trims either given as it is.
 */
const delimiter = () => ({
    ...kind("character | tab | space", undefined, (t, input) => {
        if (t === "tab" || t === "\\t")
            return "\t";
        if (t === "space")
            return " ";
        if (/^[!-~]$/.test(t) && !/[\w".+-]/.test(t))
            return t;
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${(0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__/* .safeForLog */ .p5)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(t, 40))}' is not a delimiter`, "Give the one character between fields, such as ; or |, or tab or space");
    }),
    blank: "Write space for fields separated by a space, or tab for a tab",
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


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ readIndexToWrite),
/* harmony export */   Lw: () => (/* binding */ ARTIFACTS_INDEX),
/* harmony export */   UP: () => (/* binding */ readArtifactsIndex),
/* harmony export */   ZF: () => (/* binding */ annotateArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3243);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_nesting_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1255);
/* harmony import */ var _engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9619);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2650);








/** GTO's index of artifacts, at the repository root: what `gto annotate` writes. */
const ARTIFACTS_INDEX = "artifacts.yaml";
/**
 * Far more than any index of artifacts needs (a few lines each): a larger file is not read, so
 * a hostile one cannot make a listing slow or hold the memory.
 */
const MAX_INDEX_BYTES = 1024 * 1024;
const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** A text field as GTO types it: a string, or absent; anything else is ignored with a warning. */
function textField(fields, key, where, warnings) {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (value === undefined || value === null || typeof value === "string")
        return value ?? undefined;
    warnings.push(`${where}: '${key}' is not text; it is ignored`);
    return undefined;
}
function labelsOf(fields, where, warnings) {
    const value = Object.hasOwn(fields, "labels") ? fields.labels : undefined;
    if (value === undefined || value === null)
        return [];
    const labels = Array.isArray(value) ? value : [value];
    const valid = labels.filter((l) => typeof l === "string" && !(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(l));
    if (valid.length < labels.length)
        warnings.push(`${where}: labels that are not names (letters, digits, '-', '_', '/') are ignored`);
    return valid;
}
/**
 * Reads the index of the repository at `root`: no file is an empty index. A file that cannot be
 * read as one (too large, not YAML, an alias bomb, too deep, not a mapping) is a FileError; an
 * entry that is not valid (a name such as `__proto__`, a field of the wrong kind) is left out
 * with a warning, as GTO would refuse it.
 */
function readArtifactsIndex(root) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ARTIFACTS_INDEX);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return { entries: new Map(), warnings: [] };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > MAX_INDEX_BYTES) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(ARTIFACTS_INDEX, `is larger than ${MAX_INDEX_BYTES / 1024} KiB, far more than an index of artifacts holds`, "Keep one short entry per artifact (type, path, description, labels)");
    }
    const document = (0,_engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .readStructured */ .cW)(file, ARTIFACTS_INDEX);
    const value = document.value ?? {};
    if (!isRecord(value)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(ARTIFACTS_INDEX, "is not a mapping of artifact names to their entries", "Write it as GTO does: `churn:` followed by its type, path, description and labels");
    }
    const entries = new Map();
    const warnings = [];
    for (const [name, fields] of Object.entries(value)) {
        const line = document.lineOf((0,_engine_files_nesting_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonPointer */ .Av)([name]));
        const where = `${ARTIFACTS_INDEX}${line ? `:${line}` : ""}`;
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(name);
        if (problem) {
            warnings.push(`${where}: the artifact name ${JSON.stringify(name)} ${problem}; it is ignored`);
            continue;
        }
        if (fields !== null && !isRecord(fields)) {
            warnings.push(`${where}: the entry of ${name} is not a mapping; it is ignored`);
            continue;
        }
        const f = fields ?? {};
        entries.set(name, {
            type: textField(f, "type", where, warnings),
            path: textField(f, "path", where, warnings),
            description: textField(f, "description", where, warnings),
            labels: labelsOf(f, where, warnings),
            custom: Object.hasOwn(f, "custom") ? f.custom : undefined,
        });
    }
    return { entries, warnings };
}
/**
 * The index's entries when it can be rewritten without loss: one that cannot be read, or holds
 * entries that are not valid (which writing would drop), is a FileError. Checked before a
 * promotion too, so that a bad index stops it before any tag is created.
 */
function readIndexToWrite(root) {
    const { entries, warnings } = readArtifactsIndex(root);
    if (warnings.length) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(ARTIFACTS_INDEX, `has entries that are not valid (${warnings[0]}), which writing it would drop`, "Correct or remove them, then run again");
    }
    return entries;
}
/** GTO's entry as `gto annotate` writes it: only fields that differ from their defaults. */
function entryText(entry) {
    const fields = {};
    if (entry.type)
        fields.type = entry.type;
    if (entry.path)
        fields.path = entry.path;
    if (entry.labels.length)
        fields.labels = [...entry.labels];
    if (entry.description)
        fields.description = entry.description;
    if (entry.custom !== undefined)
        fields.custom = entry.custom;
    return fields;
}
/**
 * Writes the artifact's entry into the index at `root` as `gto annotate --update` does: the
 * description replaced when one is given, labels added to those there (sorted, once each),
 * every other entry kept. An index that cannot be read, or holds entries that would be lost, is
 * refused rather than overwritten. Returns the file written.
 */
function annotateArtifact(root, artifact, annotation) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .assertName */ .I1)("artifact", artifact);
    const entries = readIndexToWrite(root);
    const before = entries.get(artifact) ?? { labels: [] };
    const updated = {
        ...before,
        description: annotation.description || before.description,
        labels: [...new Set([...before.labels, ...annotation.labels])].sort(),
    };
    const index = {};
    for (const [name, entry] of [...entries, [artifact, updated]])
        index[name] = entryText(entry);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ARTIFACTS_INDEX);
    (0,_engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFilesAtomic */ .aV)([{ path: file, text: (0,js_yaml__WEBPACK_IMPORTED_MODULE_2__/* .dump */ .Bh)(index, { lineWidth: -1, noRefs: true }) }]);
    return file;
}


/***/ }),

/***/ 3173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 5 modules
var choose_backend = __webpack_require__(883);
// EXTERNAL MODULE: ./shared/dist/platform/registry/evidence.js + 1 modules
var registry_evidence = __webpack_require__(1322);
// EXTERNAL MODULE: ./shared/dist/platform/registry/training-run.js
var training_run = __webpack_require__(1910);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry.js + 6 modules
var registry_registry = __webpack_require__(656);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-policy.js + 2 modules
var registry_policy = __webpack_require__(803);
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote-report.js
const OPERATIONS = [
    "register",
    "assign",
    "unassign",
    "rollback",
    "deregister",
    "restore",
    "deprecate",
    "undeprecate",
];

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote-report.schema.json
const promote_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.promote-report/v1","title":"Promote report","description":"What a promote run did to the registry: each operation with its tag, the version and stage, the evidence and assets checked, the backend and who acted. Numbers are finite or null.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","artifact","operations","version","stage","previous_version","rollback_from","stages_now","evidence","assets","skipped","release_url","backend","actor","changed","dry_run"],"definitions":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"nullableString":{"type":["string","null"]}},"properties":{"schema":{"const":"mlops.promote-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"artifact":{"type":"string","description":"The artifact in the registry, such as churn."},"operations":{"type":"array","minItems":1,"description":"The operations run, in order, each with the tag that records it.","items":{"type":"object","additionalProperties":false,"required":["operation","tag","created"],"properties":{"operation":{"enum":["register","assign","unassign","rollback","deregister","restore","deprecate","undeprecate"]},"tag":{"type":"string","description":"The tag the operation created (in a dry run, would create), or the existing tag that already records it."},"created":{"type":"boolean","description":"True when the run created the tag, or in a dry run would create it; false when the registry already recorded the operation (a re-run)."}}}},"version":{"$ref":"#/definitions/nullableString","description":"The version registered or acted on, such as v1.2.0; null for a deprecation."},"stage":{"$ref":"#/definitions/nullableString","description":"The stage assigned, unassigned or rolled back; null when no stage was touched."},"previous_version":{"$ref":"#/definitions/nullableString","description":"The version that held the stage before the run; null when none did or no stage was touched."},"rollback_from":{"$ref":"#/definitions/nullableString","description":"On a rollback, the version the stage was rolled back from (the stage now holds version); null otherwise."},"stages_now":{"type":"array","description":"The stage acted on and every stage the run moved, with what each holds after the run (in a dry run, would hold). Deregistering or unassigning the version a stage holds hands the stage to the version assigned to it before (its latest assignment still in force, as in GTO), and restoring a version can hand a stage back to it; empty when no stage was touched.","items":{"type":"object","additionalProperties":false,"required":["stage","version","tag"],"properties":{"stage":{"type":"string"},"version":{"$ref":"#/definitions/nullableString","description":"The version the stage holds; null when it is left empty."},"tag":{"$ref":"#/definitions/nullableString","description":"The assignment tag in force, such as churn#prod#2; null when the stage is empty."}}}},"evidence":{"description":"The eval report given as evidence, as the stage tag records it; null when none was given.","oneOf":[{"type":"object","additionalProperties":false,"required":["file","sha256","verdict","model_sha256"],"properties":{"file":{"type":"string"},"sha256":{"$ref":"#/definitions/sha256"},"verdict":{"enum":["pass","fail","inconclusive"]},"model_sha256":{"description":"The digest of the model file the eval report is about; null when it names none.","oneOf":[{"$ref":"#/definitions/sha256"},{"type":"null"}]}}},{"type":"null"}]},"assets":{"type":"array","description":"The files registered with the version, the model file first; empty when nothing was registered.","items":{"type":"object","additionalProperties":false,"required":["name","sha256","size"],"properties":{"name":{"type":"string"},"sha256":{"$ref":"#/definitions/sha256"},"size":{"type":"integer","minimum":0}}}},"skipped":{"type":"array","description":"Policy checks the actor was allowed to skip (order, evidence).","items":{"type":"string"}},"release_url":{"$ref":"#/definitions/nullableString","description":"Where the version\'s assets are: the release page on GitHub, or the folder of a local registry; null when no version was named."},"backend":{"enum":["git","github"]},"actor":{"$ref":"#/definitions/nullableString","description":"Who promoted: the actor input, else the tagger recorded on the tags created; null when neither is known (a dry run or a re-run without an actor)."},"changed":{"type":"boolean","description":"True when the run created tags; false on a re-run and in a dry run."},"dry_run":{"type":"boolean"}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote-report-contract.js


/** `mlops.promote-report/v1`: what a promote run did (see promote-report.schema.json). */
const promoteReportContract = (0,validate/* writtenContract */._l)("mlops.promote-report/v1", promote_report_schema_namespaceObject, "A promote report is the JSON promote writes at its report-path (mlops-out/promote-report.json by default)");

// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-state.js
var registry_state = __webpack_require__(7499);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/report-headline.js
var report_headline = __webpack_require__(2153);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/render-summary.js




/** The most recent events a summary shows; the full history is in the tags. */
const HISTORY_ROWS = 30;
/** Tags and links are shown exactly, as code, in cells of the table. */
const code = (text) => (0,sanitize_markdown/* codeSpan */.SS)(text, { inTable: true });
const OUTCOMES = {
    created: "done",
    unchanged: "already done: the registry says so already, nothing was created",
    "dry-run": "dry run: checked, nothing was created",
};
/** The job summary of a promotion: what happened, and the stage's history under it. */
function renderSummary(summary) {
    const version = summary.version ? ` ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.version)}` : "";
    const target = summary.stage ? ` to ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.stage)}` : "";
    const promoted = `${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.artifact)}${version}${target}`;
    const title = (0,report_headline/* reportHeadline */.J)("promote", "pass", summary.outcome === "dry-run" ? `${promoted}, dry run` : promoted);
    const rows = [
        ["Operation", (0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.operation)],
        ["Outcome", OUTCOMES[summary.outcome]],
    ];
    if (summary.tag)
        rows.push(["Version tag", code(summary.tag)]);
    if (summary.stageTag)
        rows.push(["Stage tag", code(summary.stageTag)]);
    if (summary.stage)
        rows.push([
            "Before",
            summary.previousVersion ? (0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.previousVersion) : "none",
        ]);
    if (summary.evidence)
        rows.push(["Evidence", (0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.evidence)]);
    if (summary.skipped.length)
        rows.push(["Checks skipped", (0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.skipped.join(", "))]);
    for (const { stage, version, before } of summary.moved)
        rows.push([
            `${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(stage)} after`,
            `${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(version ?? "empty")}, was ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(before ?? "empty")}`,
        ]);
    if (summary.releaseUrl)
        rows.push(["Release", code(summary.releaseUrl)]);
    const shown = summary.history.slice(-HISTORY_ROWS).reverse();
    const history = (0,markdown_table/* markdownTable */.Q)(["Tag", "Event", "Version", "Who", "When", "Why"], shown.map((e) => [
        code(e.tag),
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)((0,registry_state/* eventLabel */.TS)(e)),
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(e.version ?? ""),
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(e.tagger.name),
        e.date.toISOString().replace(".000Z", "Z"),
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(e.summary),
    ]));
    const heading = summary.stage
        ? `**History of ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.stage)}, latest first**`
        : `**History of ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(summary.artifact)}, latest first**`;
    const more = summary.history.length > HISTORY_ROWS
        ? `\n\n${summary.history.length - HISTORY_ROWS} earlier events are in the registry's tags.`
        : "";
    return `${title}\n\n${(0,markdown_table/* markdownTable */.Q)(["", ""], rows)}\n\n${heading}\n\n${shown.length ? history : "No events yet."}${more}\n`;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/stage-moves.js

/** Operations whose own words (version, stage-tag) already say what their stage holds. */
const SAYS_ITS_STAGE = ["register", "assign", "rollback"];
/** What each stage the run acted on or moved holds after it, the later operation's word last. */
function stagesAfter(done) {
    const byStage = new Map();
    for (const { result } of done)
        for (const now of result.stagesNow)
            byStage.set(now.stage, now);
    return [...byStage.values()];
}
/**
 * The stages the run moved where nothing else it says tells where they went: a stage shows its
 * latest assignment still in force (as in GTO), so deregistering or unassigning the version it
 * holds hands it to the version assigned before, or leaves it empty, and restoring a version
 * hands back the stages whose latest assignment is its.
 */
function unnamedMoves(done) {
    return done.flatMap(({ operation, result }) => SAYS_ITS_STAGE.includes(operation)
        ? []
        : result.stagesNow
            .filter((now) => now.version !== now.before)
            .map((now) => ({ ...now, operation, actedOn: result.version })));
}
/** One line per unnamed move: a warning where the stage fell back to an older version. */
function tellMoves(done, dryRun, context) {
    const holds = dryRun ? "would hold" : "now holds";
    for (const { stage, version, tag, before, assigned, actedOn } of unnamedMoves(done)) {
        if (version === undefined)
            context.log(`${stage} ${holds} no version: it is empty`);
        else if (version === actedOn)
            context.log(`${stage} ${holds} ${version} again (${tag})`);
        else {
            (0,define_action/* warnIn */.aP)(context, `${stage} ${holds} ${version} (${tag}), its assignment before ${before ?? "none"}'s; unassign ${assigned.join(" and ")} too to leave ${stage} empty`);
        }
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote-outcome.js





const STAGE_OPERATIONS = ["assign", "unassign", "rollback"];
async function outcomeOf(registry, request, done, evidence) {
    const results = done.map((d) => d.result);
    const registration = done.find((d) => d.operation === "register")?.result;
    const stageResult = done.find((d) => STAGE_OPERATIONS.includes(d.operation))?.result;
    const version = results.map((r) => r.version).find((v) => v !== undefined);
    const versionTag = registration?.tag ??
        (version
            ? (0,tag_grammar/* formatTag */._3)({ action: "register", artifact: request.artifact, version })
            : results[0]?.tag);
    const changed = results.some((r) => r.changed);
    const partial = {
        request,
        done,
        registration,
        stageResult,
        version,
        versionTag,
        releaseUrl: version && versionTag ? request.shown(registry.backend.releaseUrl(versionTag)) : undefined,
        changed,
        // Who acted: as given, else as the tags created record it (the backend's own identity).
        actor: [request.actor?.trim(), ...results.map((r) => r.tagger?.name)].find((n) => !!n),
        evidence,
    };
    return { ...partial, summary: summarize(partial, await historyOf(registry, request, done)) };
}
/**
 * The stage's (or the artifact's) events. With nothing created, the tags the last operation read
 * are still the registry's: a dry run or a re-run lists them once.
 */
async function historyOf(registry, request, done) {
    const results = done.map((d) => d.result);
    return results.some((r) => r.changed)
        ? registry.history(request.artifact, request.stage)
        : (0,registry_state/* eventsOf */.XL)(results.at(-1).stateRead, request.stage);
}
function summarize(outcome, history) {
    const { request, stageResult, evidence } = outcome;
    return renderSummary({
        artifact: request.artifact,
        operation: outcome.done.map((d) => d.operation).join(", "),
        outcome: request.dryRun ? "dry-run" : outcome.changed ? "created" : "unchanged",
        version: outcome.version,
        tag: outcome.versionTag,
        stage: request.stage,
        stageTag: stageResult?.tag,
        previousVersion: stageResult?.previousVersion,
        evidence: evidence
            ? `${evidence.file}: ${evidence.verdict}, model sha256 ${evidence.model?.sha256 ?? "none"}`
            : undefined,
        skipped: stageResult?.skipped ?? [],
        moved: unnamedMoves(outcome.done),
        releaseUrl: outcome.releaseUrl,
        history,
    });
}
function buildReport(outcome, backend, now) {
    const { request, stageResult, evidence } = outcome;
    return {
        schema: "mlops.promote-report/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        created_at: now.toISOString(),
        artifact: request.artifact,
        operations: outcome.done.map((d) => ({
            operation: d.operation,
            tag: d.result.tag,
            created: d.result.newTag,
        })),
        version: outcome.version ?? null,
        stage: request.stage ?? null,
        previous_version: stageResult?.previousVersion ?? null,
        rollback_from: outcome.done.some((d) => d.operation === "rollback")
            ? (stageResult?.previousVersion ?? null)
            : null,
        stages_now: stagesAfter(outcome.done).map(({ stage, version, tag }) => ({
            stage,
            version: version ?? null,
            tag: tag ?? null,
        })),
        evidence: evidence
            ? {
                file: evidence.file,
                sha256: evidence.sha256,
                verdict: evidence.verdict,
                model_sha256: evidence.model?.sha256 ?? null,
            }
            : null,
        assets: outcome.registration?.assets ?? [],
        skipped: stageResult?.skipped ?? [],
        release_url: outcome.releaseUrl ?? null,
        backend,
        actor: outcome.actor ?? null,
        changed: outcome.changed,
        dry_run: request.dryRun,
    };
}
function skippedAnnotations({ stageResult, actor }, request) {
    const skipped = stageResult?.skipped ?? [];
    if (!skipped.length)
        return [];
    const verb = request.dryRun ? "would assign" : "assigned";
    return [
        {
            level: "warning",
            title: "promote: policy checks skipped",
            message: `${actor ?? "someone"} ${verb} ${request.stage ?? ""} without: ${skipped.join(", ")}`,
        },
    ];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/dist/engine/report/code-point.js
var code_point = __webpack_require__(7952);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/workspace-links.js
var workspace_links = __webpack_require__(1764);
// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(2650);
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote-request.js







const STAGED = ["assign", "unassign", "rollback"];
const VERSIONED = ["deregister", "restore"];
const WHOLE_MODEL = ["deprecate", "undeprecate"];
function readPromoteRequest(inputs, cwd) {
    const request = {
        root: registryFolder(inputs.registry, cwd),
        operation: inputs.operation,
        artifact: checkName("model", inputs.model.trim()),
        version: inputs.version?.trim() ?? "",
        stage: checkName("stage", inputs.stage?.trim() || undefined),
        assets: inputs.assets.map((asset) => assetFile(asset, cwd)),
        message: checkLine("message", inputs.message),
        annotation: annotationOf(inputs.description, inputs.labels),
        runUrl: inputs["run-url"],
        actor: inputs.actor,
        dryRun: inputs["dry-run"],
        shown: (path) => ((0,external_node_path_.isAbsolute)(path) ? (0,display_path/* displayPath */.G)(cwd, path) : path),
    };
    checkOperationInputs(request);
    return request;
}
function registryFolder(registry, cwd) {
    const root = (0,external_node_path_.resolve)(cwd, registry);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new errors/* InputError */.dz("registry", `'${registry}' is not a folder`, "Give the path of a git repository");
    }
    return root;
}
/**
 * An asset must be a file of its own: a symbolic link could carry any file of the machine
 * (`model.onnx -> /etc/passwd`) into the release, so a link as the file is refused outright. A
 * path may lead out of the workspace (`../train/model.onnx`), but not through a linked folder
 * of the workspace (nor into its `.git` folder): then the workspace's content (a checked-out
 * branch) would choose which file of the machine is stored.
 */
function assetFile(asset, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, asset);
    if (lstatOrUndefined(path)?.isSymbolicLink())
        throw linkRefused(asset, (0,external_node_fs_.readlinkSync)(path));
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new errors/* InputError */.dz("assets", `'${asset}' is not a file`, "List the files to store with the version");
    }
    const out = (0,workspace_links/* linkOut */.L2)(cwd, path);
    if (out) {
        const via = out.through && `through the linked folder '${(0,display_path/* displayPath */.G)(cwd, out.through)}'`;
        throw linkRefused(asset, out.target, via);
    }
    return path;
}
const linkRefused = (asset, target, via = "by a symbolic link") => new errors/* InputError */.dz("assets", `'${asset}' leads ${via} to '${target}'; links are not stored in a release`, "List the file by its own path");
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/**
 * A message is one line of the audit trail, a description one line of artifacts.yaml: a
 * control character could rewrite a terminal.
 */
function checkLine(input, message) {
    const found = message === undefined ? null : CONTROL.exec(message);
    if (found) {
        throw new errors/* InputError */.dz(input, `has a control character (${(0,code_point/* codePoint */.y)(found[0])}) at position ${found.index + 1}`, "Write the message as one line of printable text");
    }
    return message;
}
/** A model or stage name is refused as the input it came from, before the registry is read. */
function checkName(input, name) {
    const problem = name === undefined ? undefined : (0,names/* nameProblem */.rH)(name);
    if (problem)
        throw new errors/* InputError */.dz(input, `${JSON.stringify(name)} ${problem}`, names/* NAME_FIX */.s);
    return name;
}
/** Labels are names, as GTO holds them (it refuses to read an index with any other). */
function annotationOf(description, labels) {
    const text = checkLine("description", description?.trim() || undefined);
    for (const label of labels) {
        const problem = (0,names/* nameProblem */.rH)(label);
        if (problem) {
            throw new errors/* InputError */.dz("labels", `the label ${JSON.stringify(label)} ${problem}`, names/* NAME_FIX */.s);
        }
    }
    if (!text && labels.length === 0)
        return undefined;
    return { ...(text ? { description: text } : {}), labels: [...labels] };
}
function checkOperationInputs({ operation, stage, version }) {
    if (operation && STAGED.includes(operation) && !stage) {
        throw new errors/* InputError */.dz("stage", `is required by operation ${operation}`, "Name the stage, such as prod");
    }
    if (operation && VERSIONED.includes(operation) && !version) {
        throw new errors/* InputError */.dz("version", `is required by operation ${operation}`, "Name the version, such as v1.2.0");
    }
    if (operation && WHOLE_MODEL.includes(operation) && version) {
        throw new errors/* InputError */.dz("version", `operation ${operation} acts on the whole model, not on version ${version}`, "To deprecate one version use operation deregister (restore undoes it); leave version empty to deprecate the model");
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/run-operation.js
/** Runs what the request asks: one operation, or (no operation) register and maybe assign. */
async function runOperation(registry, request, evidence, runRecord) {
    const common = {
        artifact: request.artifact,
        message: request.message,
        runUrl: request.runUrl,
        ...(runRecord ? { runRecord } : {}),
        actor: request.actor,
        dryRun: request.dryRun,
    };
    const { version, assets } = request;
    const stage = request.stage ?? "";
    switch (request.operation) {
        case undefined:
            if (!request.stage)
                return [await register(registry, { ...common, version, assets })];
            return promoteToStage(registry, { ...common, version, assets, stage, evidence });
        case "register":
            return [await register(registry, { ...common, version, assets })];
        case "assign":
            return [
                {
                    operation: "assign",
                    result: await registry.assign({ ...common, stage, version, evidence }),
                },
            ];
        case "unassign":
            return [
                { operation: "unassign", result: await registry.unassign({ ...common, stage, version }) },
            ];
        case "rollback":
            return [{ operation: "rollback", result: await registry.rollback({ ...common, stage }) }];
        case "deregister":
            return [
                { operation: "deregister", result: await registry.deregister({ ...common, version }) },
            ];
        case "restore":
            return [{ operation: "restore", result: await registry.restore({ ...common, version }) }];
        case "deprecate":
            return [{ operation: "deprecate", result: await registry.deprecate(common) }];
        case "undeprecate":
            return [{ operation: "undeprecate", result: await registry.undeprecate(common) }];
    }
}
async function register(registry, request) {
    return { operation: "register", result: await registry.register(request) };
}
async function promoteToStage(registry, request) {
    const { registration, assignment } = await registry.promote(request);
    return [
        { operation: "register", result: registration },
        { operation: "assign", result: assignment },
    ];
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/artifacts-index.js
var artifacts_index = __webpack_require__(8944);
;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/annotate-index.js


const nothing = { annotations: [] };
/**
 * Plans writing `description` and `labels` into artifacts.yaml in GTO's format, so that the
 * repository stays readable by GTO itself, and returns the write to make once the registry's
 * operations succeed. The index is read now: one that could not be rewritten stops the run
 * before any tag is created. As `gto annotate` does by default, the file is written in the
 * working tree and not committed: promote creates tags, and a commit on the branch is the
 * repository owner's to make. The GitHub backend works on tags and releases only, so there the
 * entry is not written, and a warning says so.
 */
function planAnnotation(request, backend) {
    const { annotation, artifact } = request;
    const name = (0,sanitize_markdown/* codeSpan */.SS)(artifact);
    if (!annotation)
        return () => nothing;
    if (backend === "github") {
        const message = `description and labels were not written: the github backend creates tags and releases ` +
            `only, and ${artifacts_index/* ARTIFACTS_INDEX */.Lw} is a file of the branch. Commit the entry of ${artifact} ` +
            `in ${artifacts_index/* ARTIFACTS_INDEX */.Lw} yourself (gto annotate writes it), or promote with the git backend`;
        return () => ({ annotations: [{ level: "warning", message }] });
    }
    (0,artifacts_index/* readIndexToWrite */.$v)(request.root);
    if (request.dryRun) {
        const note = `A run without dry-run would write the entry of ${name} in \`${artifacts_index/* ARTIFACTS_INDEX */.Lw}\`.`;
        return () => ({ note, annotations: [] });
    }
    return () => {
        const shown = request.shown((0,artifacts_index/* annotateArtifact */.ZF)(request.root, artifact, annotation));
        return {
            line: `wrote the entry of ${artifact} in ${shown}; commit it`,
            note: `Wrote the entry of ${name} in ${(0,sanitize_markdown/* codeSpan */.SS)(shown)} (GTO's format) in the working tree: ` +
                `commit it so that the description and labels travel with the repository.`,
            annotations: [],
        };
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/mark-writes.js
/** The backend's methods that change the registry: tags, claims, releases and their files. */
const WRITES = new Set([
    "createTag",
    "completeRelease",
    "storeAssets",
    "removeAssets",
]);
/**
 * The backend, calling `mark` before each write: a run refused by the registry's own checks
 * (a stage policy, evidence, a taken tag) has written nothing, and is told apart from one that
 * failed after a write. Every method runs on the backend itself, so its state stays one.
 */
function markingWrites(backend, mark) {
    return new Proxy(backend, {
        get(target, property) {
            const value = Reflect.get(target, property, target);
            if (typeof value !== "function")
                return value;
            if (!WRITES.has(property))
                return value.bind(target);
            return (...args) => {
                mark();
                return Reflect.apply(value, target, args);
            };
        },
    });
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/promote/promote.js




















const promote = (0,define_action/* defineAction */.QP)({
    name: "promote",
    permissions: {
        contents: {
            level: "write",
            why: "create the registry's tags and releases, or push its tags from git",
        },
    },
    example: {
        model: "churn",
        version: "auto",
        stage: "prod",
        assets: "model/churn.onnx",
        evidence: "mlops-out/eval-report.json",
    },
    inputs: {
        model: (0,inputs/* text */.Qq)(),
        version: (0,inputs/* text */.Qq)(),
        stage: (0,inputs/* text */.Qq)(),
        operation: (0,inputs/* choice */.Yq)(OPERATIONS),
        assets: (0,inputs/* list */.p_)(),
        evidence: (0,inputs/* file */.NJ)(),
        "run-record": (0,inputs/* file */.NJ)(),
        message: (0,inputs/* text */.Qq)(),
        description: (0,inputs/* text */.Qq)(),
        labels: (0,inputs/* list */.p_)(),
        "dry-run": (0,inputs/* bool */.lc)(),
        registry: (0,inputs/* dataSource */.Ex)(),
        backend: (0,inputs/* choice */.Yq)(choose_backend/* BACKENDS */.A),
        "github-token": (0,inputs/* secret */.rJ)(),
        actor: (0,inputs/* text */.Qq)(),
        "run-url": (0,inputs/* text */.Qq)(),
        "report-path": (0,inputs/* outputPath */.XC)(),
    },
    async run(inputs, context) {
        const request = readPromoteRequest(inputs, context.cwd);
        const chosen = await (0,choose_backend.chooseBackend)({
            choice: inputs.backend,
            path: request.root,
            github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
            warn: (message) => (0,define_action/* warnIn */.aP)(context, message),
        });
        const backend = markingWrites(chosen, () => context.acting?.());
        const registry = new registry_registry.Registry({
            backend,
            policy: await policyOf(request, context),
            now: context.now,
            ...(context.clock ? { retry: context.clock } : {}),
        });
        const evidence = inputs.evidence
            ? await (0,registry_evidence/* readEvidence */.At)(inputs.evidence, request.shown(inputs.evidence))
            : undefined;
        const runRecord = inputs["run-record"]
            ? await runRecordOf(request, inputs["run-record"], context)
            : undefined;
        const annotate = planAnnotation(request, backend.kind);
        // Read before the operation writes its files: what differs from HEAD is the user's doing.
        const uncommitted = registers(request)
            ? await backend.uncommittedChanges?.(request.assets)
            : undefined;
        const done = await runOperation(registry, request, evidence, runRecord);
        if (uncommitted)
            warnUncommitted(done, uncommitted, request.dryRun, context);
        if (runRecord)
            warnDirtyRun(done, runRecord, request.dryRun, context);
        if (runRecord)
            warnRunNotRecorded(done, runRecord.run, context);
        const outcome = await outcomeOf(registry, request, done, evidence);
        for (const { result } of done)
            context.log(`${tagVerb(result, request.dryRun)} ${result.tag}`);
        tellMoves(done, request.dryRun, context);
        context.acting?.();
        const annotated = annotate();
        if (annotated.line)
            context.log(annotated.line);
        const report = buildReport(outcome, backend.kind, context.now());
        // Checked against its own contract before anyone downstream trusts it.
        const reportPath = inputs["report-path"];
        (0,write_output/* writeFilesAtomic */.aV)([(0,report_file/* reportFile */.r)(promoteReportContract, report, reportPath)]);
        return {
            outputs: outputsOf(outcome, request, reportPath),
            summary: `${outcome.summary.trimEnd()}${annotated.note ? `\n\n${annotated.note}` : ""}\n`,
            annotations: [...skippedAnnotations(outcome, request), ...annotated.annotations],
        };
    },
});
/**
 * The policy as committed, which stage tags record, for an operation that assigns or unassigns a
 * stage; the others (register alone, deregister, deprecate, restore) read it as they always have.
 */
async function policyOf(request, context) {
    const moves = request.operation
        ? ["assign", "unassign", "rollback"].includes(request.operation)
        : request.stage !== undefined;
    const workspace = context.confineLinks ? context.cwd : undefined;
    if (!moves)
        return { rules: (0,registry_policy/* findRegistryPolicy */.VR)(request.root, workspace) };
    return (0,registry_policy/* readCommittedPolicy */.zG)(request.root, {
        dryRun: request.dryRun,
        warn: (message) => (0,define_action/* warnIn */.aP)(context, message),
        pushed: context.github.sha,
        env: context.env,
        confineLinks: context.confineLinks,
        ...(workspace !== undefined && { workspace }),
    });
}
/**
 * The run record goes into the registration tag only; one whose run did not write the model file
 * (the first asset) is recorded with a warning.
 */
async function runRecordOf(request, recordPath, context) {
    if (request.operation && request.operation !== "register") {
        throw new errors/* InputError */.dz("run-record", `operation ${request.operation} registers no version, so the run record would be recorded nowhere`, "Give run-record with the registration (operation register, or none)");
    }
    const record = await (0,training_run/* readRunRecord */.lR)(recordPath, request.shown(recordPath));
    const model = request.assets[0];
    const other = model && (await record.otherModel(model, request.shown(model)));
    if (other)
        (0,define_action/* warnIn */.aP)(context, other);
    return record;
}
/** The registration that makes a new version's tag, among what the operation did. */
const newRegistration = (done) => done.find(({ operation, result }) => operation === "register" && result.newTag);
/**
 * A run on uncommitted changes is said to be recorded as dirty only where a new version's tag
 * records it: a version registered before keeps its tag as it is (warnRunNotRecorded says so).
 */
function warnDirtyRun(done, record, dryRun, context) {
    const dirty = newRegistration(done) && record.dirty(dryRun);
    if (dirty)
        (0,define_action/* warnIn */.aP)(context, dirty);
}
/**
 * A registration tag never changes: where the version was registered before (a re-run, a
 * version named again, a bump whose files are a registered version's), the run record given is
 * recorded only if that tag already names the same run, and the user hears so otherwise.
 */
function warnRunNotRecorded(done, run, context) {
    for (const { operation, result } of done) {
        if (operation !== "register" || result.newTag || result.version === undefined)
            continue;
        const recorded = result.stateRead?.versions.get(result.version)?.registration.metadata
            ?.training_run;
        if (recorded?.id === run.id && recorded.sha256 === run.sha256)
            continue;
        (0,define_action/* warnIn */.aP)(context, `${result.tag} was registered before, ${recorded ? `with run ${(0,shorten/* shorten */.ml)(recorded.id, 80)}` : "without a run record"}, and a registration never changes: run ${(0,shorten/* shorten */.ml)(run.id, 80)} is not recorded. Name a new version to register it with its run`);
    }
}
/** Whether the request may register a new version, whose tag goes on HEAD's commit. */
const registers = (request) => request.operation === undefined || request.operation === "register";
/**
 * A new version is tagged at HEAD's commit, whatever the working tree holds: where tracked files
 * differ from it, the user likely meant the files as they are, and hears what the tag holds.
 */
function warnUncommitted(done, changes, dryRun, context) {
    const registered = newRegistration(done);
    if (!registered)
        return;
    (0,define_action/* warnIn */.aP)(context, `${registered.result.tag} ${dryRun ? "would point" : "points"} to HEAD's commit ${changes.head.slice(0, 12)}, which lacks the changes to ${(0,counted/* counted */.h)(changes.files, "tracked file")} in the working tree. Commit them and register a new version if the version should hold them, or ignore this if HEAD's commit is the one meant`);
}
/** A dry run creates nothing, so it says what a run would; a tag already there is unchanged. */
function tagVerb(result, dryRun) {
    if (!result.newTag)
        return "unchanged";
    return dryRun ? "would create" : "created";
}
function outputsOf(outcome, request, reportPath) {
    return {
        version: outcome.version ?? "",
        tag: outcome.versionTag ?? "",
        "stage-tag": outcome.stageResult?.tag ?? "",
        "release-url": outcome.releaseUrl ?? "",
        "previous-version": outcome.stageResult?.previousVersion ?? "",
        changed: String(outcome.changed),
        "report-path": request.shown(reportPath),
    };
}


/***/ })

};
