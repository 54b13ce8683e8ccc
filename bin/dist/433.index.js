export const id = 433;
export const ids = [433];
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
 * included): nothing downstream reads a report its schema would refuse.
 */
function reportFile(contract, report, path) {
    (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateContract */ .T)(contract, report, contract.id);
    return { path, text: (0,_files_write_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)(report) };
}


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

/***/ 7382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits)
/* harmony export */ });
/**
 * An integer with commas between groups of three digits, as `toLocaleString("en-US")` writes
 * it, without that call's first use loading ICU's locale data (about 15 ms at start-up).
 */
function groupDigits(value) {
    return Number.isSafeInteger(value)
        ? String(value).replace(/\B(?=(\d{3})+$)/g, ",")
        : value.toLocaleString("en-US");
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
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   Zl: () => (/* binding */ optionalOutputPath),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   uV: () => (/* binding */ delimiter)
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
 * or something the action tells apart from a path (a registry reference such as churn#prod).
 */
const dataSource = () => ({ ...text(), reads: true });
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
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${(0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__/* .safeForLog */ .p)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(t, 40))}' is not a delimiter`, "Give the one character between fields, such as ; or |, or tab");
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
