export const id = 779;
export const ids = [779];
export const modules = {

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
/* harmony import */ var _engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5411);
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
    const document = (0,_engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .readStructured */ .c)(file, ARTIFACTS_INDEX);
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

/***/ 9255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ PolicyRefusal),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   Tw: () => (/* binding */ InvalidNameError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   oe: () => (/* binding */ EvidenceError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

/** Every failure of the registry that a user can act on. */
class RegistryError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
}
/** A name, stage, version or tag that the grammar (or git's ref rules) refuses. */
class InvalidNameError extends RegistryError {
    kind;
    value;
    constructor(kind, value, problem, fix) {
        super(`invalid ${kind} ${JSON.stringify(value)}: ${problem}`, fix);
        this.kind = kind;
        this.value = value;
    }
}
/**
 * A tag that already exists, locally or on the remote: someone else took this name first.
 * Operations re-read the registry and try again; the caller sees it only when retries run out.
 */
class TagConflictError extends RegistryError {
    tag;
    lock;
    constructor(tag, 
    /**
     * The lock file git could not create, where that was the conflict: another writer's, or one a
     * stopped git process left. Absolute, as git gives it: the registry may lie anywhere.
     */
    lock) {
        super(`tag '${tag}' already exists`, "Another promotion took it first; run again");
        this.tag = tag;
        this.lock = lock;
    }
}
/** The artifact, version or stage an operation needs is not in the registry. */
class NotFoundError extends RegistryError {
}
/** The registry policy (`.mlops/registry.yml`) or the state of the registry forbids it. */
class PolicyRefusal extends RegistryError {
}
/** The evidence (an eval report) is missing, failing, or about another model. */
class EvidenceError extends RegistryError {
}
/** A git command failed for a reason other than a conflict. */
class GitError extends RegistryError {
    args;
    stderr;
    constructor(args, stderr, fix) {
        super(`git ${args[0] ?? ""} failed: ${gitReason(stderr) || "no message"}`, fix);
        this.args = args;
        this.stderr = stderr;
    }
}
/**
 * The line of git's output that says why: its first `fatal:` or `error:` line, since advice such
 * as "Please make sure you have the correct access rights" follows it; else the last line.
 */
function gitReason(stderr) {
    const lines = stderr
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.at(-1) ?? "";
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   s: () => (/* binding */ NAME_FIX)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, isValidName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9255);

/**
 * Artifact and stage names, as GTO accepts them (upper case too): letters and digits, with
 * '-', '_' and '/' inside. ASCII only, so that no lookalike letter can pose as another name.
 */
const NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
/** Long enough for any real name, short enough that a tag stays a valid file name. */
const MAX_NAME_LENGTH = 100;
/** Why `value` is not a valid artifact or stage name, or undefined when it is. */
function nameProblem(value) {
    if (value === "")
        return "is empty";
    if (value.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    if (/[^\x20-\x7e]/.test(value))
        return "has a character outside printable ASCII (control characters and non-ASCII lookalikes are refused)";
    // Git's ref rules (git check-ref-format), named so that the error says what is wrong.
    if (/[\s~^:?*[\\]/.test(value))
        return "has a space or one of ~ ^ : ? * [ \\";
    if (value.includes("..") || value.includes("@{"))
        return "has '..' or '@{'";
    if (value.endsWith(".lock") || value.endsWith("/") || value.endsWith("."))
        return "ends with '.lock', '/' or '.'";
    if (!NAME.test(value)) {
        const other = /[^a-zA-Z0-9\-/_]/.exec(value);
        return other
            ? `has '${other[0]}', which is not a letter, digit, '-', '_' or '/'`
            : "starts or ends with '-', '_' or '/'";
    }
    // The pattern allows '//', which git refuses in a ref (an empty path component).
    if (value.includes("//"))
        return "has an empty path component ('//')";
    return undefined;
}
/** How to write a name, for every refusal of one. */
const NAME_FIX = "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit";
function assertName(kind, value) {
    const problem = nameProblem(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(kind, value, problem, NAME_FIX);
    return value;
}
const isValidName = (value) => nameProblem(value) === undefined;


/***/ }),

/***/ 4291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* binding */ POLICY_PATH),
  VR: () => (/* binding */ findRegistryPolicy)
});

// UNUSED EXPORTS: loadRegistryPolicy, registryPolicyContract

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 2 modules
var read_structured = __webpack_require__(5411);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-policy.schema.json
const registry_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.registry-policy/v1","title":"Registry policy","description":"The stages of a registry in their order, which of them need evidence, and who may skip the checks.","type":"object","additionalProperties":false,"required":["stages"],"properties":{"schema":{"const":"mlops.registry-policy/v1"},"ordered":{"type":"boolean","description":"When true (the default), a version must have held the previous stage in the list before it is assigned a stage."},"stages":{"type":"array","minItems":1,"description":"Every stage of the registry, earliest first; other stages are refused.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z0-9]([a-zA-Z0-9\\\\-/_]*[a-zA-Z0-9])?$","description":"The stage, as it appears in tags (m#name#7)."},"description":{"type":"string"},"evidence":{"type":"boolean","description":"When true, assigning this stage needs a passing eval report about the version\'s model file."},"may-skip":{"type":"array","items":{"type":"string","minLength":1},"description":"Actors who may assign this stage without the evidence or the previous stage; the skip is recorded in the tag."}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-policy.js







const registryPolicyContract = {
    id: "mlops.registry-policy/v1",
    validate: (0,json_schema/* compileSchema */.F)(registry_policy_schema_namespaceObject),
    describe: "A registry policy is a YAML object with a 'stages' list, earliest first, such as stages: [{ name: staging }, { name: prod }]",
};
/** Where a registry keeps its policy, relative to the repository. */
const POLICY_PATH = ".mlops/registry.yml";
/** Reads and checks a policy file. */
function loadRegistryPolicy(path, shownAs = path) {
    const doc = (0,read_structured/* readStructured */.c)(path, shownAs);
    const policy = (0,validate/* validateContract */.T)(registryPolicyContract, doc.value, shownAs, doc.lineOf);
    const names = policy.stages.map((stage) => stage.name);
    const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
    if (twice !== -1) {
        const line = doc.lineOf(`/stages/${twice}`);
        throw new errors/* ContractError */.Vl(line === undefined ? shownAs : `${shownAs}:${line}`, `/stages/${twice}/name`, `names stage '${names[twice]}' a second time`, "List each stage once");
    }
    return policy;
}
/** The repository's policy, or undefined when it has none (then every stage is allowed). */
function findRegistryPolicy(repository) {
    const path = (0,external_node_path_.join)(repository, POLICY_PATH);
    return (0,external_node_fs_.existsSync)(path) ? loadRegistryPolicy(path, POLICY_PATH) : undefined;
}


/***/ }),

/***/ 4036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bT: () => (/* binding */ assertVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony export VERSION_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9255);

const NUMBER = "0|[1-9]\\d*";
const PRE_ID = "0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*";
const BUILD_ID = "[0-9a-zA-Z-]+";
/** The grammar of semver.org 2.0.0, with the registry's leading "v". */
const VERSION_PATTERN = `v(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-((?:${PRE_ID})(?:\\.(?:${PRE_ID}))*))?` +
    `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const VERSION = new RegExp(`^${VERSION_PATTERN}$`);
function parseVersion(text) {
    const match = VERSION.exec(text);
    if (!match)
        return undefined;
    const numbers = [match[1], match[2], match[3]].map(Number);
    // Beyond 2^53 the numbers would compare wrongly; no real version gets there.
    if (numbers.some((n) => !Number.isSafeInteger(n)))
        return undefined;
    const [major, minor, patch] = numbers;
    return {
        major,
        minor,
        patch,
        prerelease: match[4] ? match[4].split(".") : [],
        build: match[5] ? match[5].split(".") : [],
    };
}
/** `v1` or `v1.2`: SemVer wants all three numbers, and which were meant is plain. */
const SHORT = new RegExp(`^v(${NUMBER})(?:\\.(${NUMBER}))?$`);
function assertVersion(text) {
    const version = parseVersion(text);
    if (!version) {
        const short = SHORT.exec(text);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw("version", text, "is not 'v' followed by a SemVer 2 version", short
            ? `Write all three numbers: v${short[1]}.${short[2] ?? 0}.0`
            : "Write it as v1.2.0 (optionally v1.2.0-rc.1 or v1.2.0+build.5)");
    }
    return version;
}
const formatVersion = (v) => `v${v.major}.${v.minor}.${v.patch}` +
    (v.prerelease.length ? `-${v.prerelease.join(".")}` : "") +
    (v.build.length ? `+${v.build.join(".")}` : "");
const comparePreId = (a, b) => {
    const numericA = /^\d+$/.test(a);
    const numericB = /^\d+$/.test(b);
    if (numericA && numericB)
        return Math.sign(Number(a) - Number(b));
    if (numericA !== numericB)
        return numericA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
};
/** SemVer precedence (semver.org item 11): build metadata does not count. */
function compareVersions(a, b) {
    const core = Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
    if (core !== 0)
        return core;
    if (!a.prerelease.length || !b.prerelease.length)
        return a.prerelease.length ? -1 : b.prerelease.length ? 1 : 0;
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const order = comparePreId(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return order;
    }
    return Math.sign(a.prerelease.length - b.prerelease.length);
}
/** The next release after `from` (or after v0.0.0 when there is none). */
function bumpVersion(from, bump) {
    const base = from ?? { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };
    const released = { prerelease: [], build: [] };
    // A prerelease bumps to its own release: v1.3.0-rc.1 + patch is v1.3.0, as in npm's semver.
    if (base.prerelease.length) {
        if (bump === "patch" ||
            (bump === "minor" && base.patch === 0) ||
            (bump === "major" && base.minor === 0 && base.patch === 0))
            return { major: base.major, minor: base.minor, patch: base.patch, ...released };
    }
    if (bump === "major")
        return { major: base.major + 1, minor: 0, patch: 0, ...released };
    if (bump === "minor")
        return { major: base.major, minor: base.minor + 1, patch: 0, ...released };
    return { major: base.major, minor: base.minor, patch: base.patch + 1, ...released };
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   XM: () => (/* binding */ tryParseTag),
/* harmony export */   _3: () => (/* binding */ formatTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9255);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4036);



const COUNTER = /#(0|[1-9]\d{0,14})$/;
/** The event a tag name records, or a reason why it is not a registry tag. */
function parse(tag) {
    let rest = tag;
    let counter;
    const counted = COUNTER.exec(rest);
    // `m#7` is stage 7 without a counter: a counter only follows an event.
    if (counted && /[@#]/.test(rest.slice(0, counted.index))) {
        counter = Number(counted[1]);
        rest = rest.slice(0, counted.index);
    }
    const sign = rest.search(/[@#]/);
    if (sign <= 0)
        return "has no '@' or '#' after an artifact name";
    const artifact = rest.slice(0, sign);
    const artifactProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(artifact);
    if (artifactProblem)
        return `its artifact name ${artifactProblem}`;
    const cancel = rest.endsWith("!");
    const body = rest.slice(sign + 1, cancel ? -1 : undefined);
    const withCounter = counter === undefined ? {} : { counter };
    if (rest[sign] === "@") {
        if (body === "deprecated")
            return { action: cancel ? "undeprecate" : "deprecate", artifact, ...withCounter };
        if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(body))
            return `'${body}' is not 'v' followed by a SemVer 2 version`;
        return { action: cancel ? "deregister" : "register", artifact, version: body, ...withCounter };
    }
    const stageProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(body);
    if (stageProblem)
        return `its stage ${stageProblem}`;
    return { action: cancel ? "unassign" : "assign", artifact, stage: body, ...withCounter };
}
/** The event of a registry tag; throws for any other tag. */
function parseTag(tag) {
    const parsed = parse(tag);
    if (typeof parsed === "string") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw("tag", tag, parsed, "Registry tags look like m@v1.2.0, m@v1.2.0!, m#prod#7, m#prod!#8, m@deprecated or m@deprecated!");
    }
    return parsed;
}
/** The event of a registry tag, or undefined for tags the registry does not own (v1.0, latest). */
function tryParseTag(tag) {
    const parsed = parse(tag);
    return typeof parsed === "string" ? undefined : parsed;
}
/** The tag name of an event; the inverse of parseTag. */
function formatTag(event) {
    const counter = event.counter === undefined ? "" : `#${event.counter}`;
    let tag;
    switch (event.action) {
        case "register":
        case "deregister":
            tag = `${event.artifact}@${event.version}${event.action === "deregister" ? "!" : ""}`;
            break;
        case "assign":
        case "unassign":
            tag = `${event.artifact}#${event.stage}${event.action === "unassign" ? "!" : ""}`;
            break;
        case "deprecate":
        case "undeprecate":
            tag = `${event.artifact}@deprecated${event.action === "undeprecate" ? "!" : ""}`;
            break;
    }
    // Formatting checks too, so that no invalid name ever reaches git.
    const full = `${tag}${counter}`;
    parseTag(full);
    return full;
}
/**
 * The reference `text` names, read by the tag grammar itself (a reference is a registration or
 * stage tag without a counter), or undefined when it is not one.
 */
function parseReference(text) {
    const event = tryParseTag(text);
    if (!event || event.counter !== undefined)
        return undefined;
    if (event.action === "assign")
        return { artifact: event.artifact, stage: event.stage };
    if (event.action === "register")
        return { artifact: event.artifact, version: event.version };
    return undefined;
}


/***/ })

};
