export const id = 871;
export const ids = [871];
export const modules = {

/***/ 255:
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
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(350);

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
    constructor(tag) {
        super(`tag '${tag}' already exists`, "Another promotion took it first; run again");
        this.tag = tag;
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
        const first = stderr.trim().split("\n").slice(-1)[0] ?? "";
        super(`git ${args[0] ?? ""} failed: ${first || "no message"}`, fix);
        this.args = args;
        this.stderr = stderr;
    }
}


/***/ }),

/***/ 871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalGitBackend: () => (/* binding */ LocalGitBackend)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var errors = __webpack_require__(255);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/asset-names.js


/** The names files are stored under in a release: their base names, which must be distinct. */
function assetNames(files) {
    const names = files.map((file) => (0,external_node_path_.basename)(file));
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) {
        throw new errors/* RegistryError */.gl(`two assets are named '${duplicate}'`, "Give each asset a distinct file name");
    }
    return names;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/git-exec.js


/** Listing thousands of tags with their messages can be tens of megabytes. */
const MAX_BUFFER = 512 * 1024 * 1024;
/** The `git` program, started without a shell, so no argument is ever interpreted. */
const execGit = (args, { cwd, input }) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.execFile)("git", [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", windowsHide: true }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : undefined) : 0;
        if (code === undefined) {
            reject(new errors/* GitError */.XS(args, `${error?.message ?? ""}\n${stderr}`, "Check that git is installed and on the PATH"));
            return;
        }
        resolve({ code, stdout, stderr });
    });
    // A command that exits without reading its input closes the pipe; its exit code tells.
    child.stdin?.on("error", () => undefined);
    if (input === undefined)
        child.stdin?.end();
    else
        child.stdin?.end(input);
});
/** Runs git and returns stdout, throwing GitError on a non-zero exit. */
async function gitOk(exec, args, options, fix) {
    const result = await exec(args, options);
    if (result.code !== 0)
        throw new errors/* GitError */.XS(args, result.stderr || result.stdout, fix);
    return result.stdout;
}

// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(672);
// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(650);
// EXTERNAL MODULE: ./shared/dist/platform/registry/semver.js
var semver = __webpack_require__(36);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(270);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/tag-scope.js



/**
 * Every tag in the scope starts with one of these. The names are checked first: valid names
 * hold no character that git's patterns or refspecs would read as a wildcard.
 */
function scopePrefixes(scope) {
    (0,names/* assertName */.I1)("artifact", scope.artifact);
    if ("stage" in scope)
        return [`${scope.artifact}#${(0,names/* assertName */.I1)("stage", scope.stage)}`];
    if ("version" in scope) {
        (0,semver/* assertVersion */.bT)(scope.version);
        return [`${scope.artifact}@${scope.version}`];
    }
    return [`${scope.artifact}@`, `${scope.artifact}#`];
}
/** A text every tag in the scope contains: what GitHub's ref search is given. */
function scopeQuery(scope) {
    const prefixes = scopePrefixes(scope);
    return prefixes.length === 1 ? prefixes[0] : scope.artifact;
}
/** Whether the tag, read by the grammar, belongs to the scope exactly. */
function inScope(scope, tag) {
    const event = (0,tag_grammar/* tryParseTag */.XM)(tag);
    if (event?.artifact !== scope.artifact)
        return false;
    if ("stage" in scope)
        return "stage" in event && event.stage === scope.stage;
    if ("version" in scope)
        return "version" in event && event.version === scope.version;
    return true;
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/local-git-backend.js








const FIELDS = [
    "%(refname)",
    "%(objecttype)",
    "%(objectname)",
    "%(*objectname)",
    "%(taggername)",
    "%(taggeremail)",
    "%(taggerdate:unix)",
    "%(contents)",
];
/** NUL cannot occur in refs or messages, so it separates fields safely. */
const FORMAT = FIELDS.map((field) => `${field}%00`).join("");
const ZERO = "0".repeat(40);
/** A tagger line's name and email may not hold the characters that delimit them. */
const clean = (text) => text.replace(/[<>\n\r\0]/g, "").trim();
function parseRefs(output) {
    const parts = output.split("\0");
    const records = [];
    for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
        const [ref, type, object, peeled, name, email, date, contents] = parts.slice(i, i + FIELDS.length);
        // for-each-ref ends each record with a newline, which lands before the next refname.
        const refname = ref.replace(/^\n/, "");
        if (!refname.startsWith("refs/tags/"))
            continue;
        const annotated = type === "tag";
        records.push({
            name: refname.slice("refs/tags/".length),
            annotated,
            commit: annotated ? peeled : object,
            tagger: annotated ? { name: name, email: email.replace(/^<|>$/g, "") } : null,
            date: annotated && date ? new Date(Number(date) * 1000) : null,
            message: annotated ? contents : "",
        });
    }
    return records;
}
/**
 * The `for-each-ref` patterns of the refs starting with each prefix: its `*` stops at a '/'
 * (fnmatch with FNM_PATHNAME), and stage names may hold one, so `/**` continues past it.
 */
const refPatterns = (prefixes) => prefixes.flatMap((p) => [`refs/tags/${p}*`, `refs/tags/${p}*/**`]);
/**
 * The registry in a git repository on disk. Tags are created as tag objects and then as refs
 * with `update-ref`'s create-only check, so two writers can never both take a name; with a
 * remote, the push is the arbiter (a ref is created atomically there too) and a rejected push
 * removes the local tag again. Release assets live in a folder beside the repository's files.
 */
class LocalGitBackend {
    kind = "git";
    description;
    path;
    releases;
    remoteName;
    exec;
    remote;
    constructor(options) {
        this.path = (0,external_node_path_.resolve)(options.path);
        this.releases = (0,external_node_path_.resolve)(options.releases ?? (0,external_node_path_.join)(this.path, ".mlops", "releases"));
        this.remoteName = options.remote ?? "origin";
        this.exec = options.exec ?? execGit;
        this.description = `local git repository ${this.path}`;
    }
    git(args, input, fix) {
        return gitOk(this.exec, args, { cwd: this.path, input }, fix);
    }
    /** Whether the repository has the remote; asked once per backend. */
    hasRemote() {
        this.remote ??= this.git(["remote"], undefined, "Check that the registry path is a git repository").then((out) => out.split("\n").includes(this.remoteName));
        return this.remote;
    }
    /** One `git for-each-ref`, after one `git fetch` of the same tags when there is a remote. */
    async listTags(scope) {
        const prefixes = scope ? scopePrefixes(scope) : [""];
        if (await this.hasRemote()) {
            // Tags others pushed become visible; tags that differ are taken from the remote. A
            // refspec's `*` matches across '/'.
            await this.git([
                "fetch",
                "--quiet",
                "--no-tags",
                this.remoteName,
                ...prefixes.map((p) => `+refs/tags/${p}*:refs/tags/${p}*`),
            ]);
        }
        const patterns = scope ? refPatterns(prefixes) : ["refs/tags/"];
        const records = parseRefs(await this.git(["for-each-ref", `--format=${FORMAT}`, ...patterns]));
        return scope ? records.filter((record) => inScope(scope, record.name)) : records;
    }
    async resolveCommit(ref) {
        const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], {
            cwd: this.path,
        });
        if (result.code !== 0) {
            throw new errors/* RegistryError */.gl(`'${ref}' is not a commit in ${this.description}`, "The registry tags a commit: commit first, or name an existing one");
        }
        return result.stdout.trim();
    }
    async defaultTagger() {
        const result = await this.exec(["var", "GIT_COMMITTER_IDENT"], { cwd: this.path });
        const match = /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(result.stdout.trim());
        // Without a configured identity the tag still needs a tagger; say who wrote it.
        return result.code === 0 && match
            ? { name: match[1], email: match[2] }
            : { name: "mlops", email: "" };
    }
    async createTag(tag) {
        const seconds = Math.floor(tag.date.getTime() / 1000);
        const body = `object ${tag.commit}\ntype commit\ntag ${tag.name}\n` +
            `tagger ${clean(tag.tagger.name) || "mlops"} <${clean(tag.tagger.email)}> ${seconds} +0000\n\n` +
            `${tag.message.endsWith("\n") ? tag.message : `${tag.message}\n`}`;
        const object = (await this.git(["mktag"], body)).trim();
        const ref = `refs/tags/${tag.name}`;
        // The empty old value makes update-ref create-only: it fails when the ref exists.
        const created = await this.exec(["update-ref", "-m", "mlops registry", ref, object, ZERO], {
            cwd: this.path,
        });
        if (created.code !== 0) {
            if (/exists|unable to lock|cannot lock/i.test(created.stderr))
                throw new errors/* TagConflictError */.P1(tag.name);
            throw new errors/* GitError */.XS(["update-ref", ref], created.stderr);
        }
        if (!(await this.hasRemote()))
            return;
        const pushed = await this.exec(["push", "--porcelain", "--quiet", this.remoteName, `${ref}:${ref}`], {
            cwd: this.path,
        });
        if (pushed.code === 0)
            return;
        // The remote did not take it: nothing may stay half-done here either.
        await this.exec(["update-ref", "-d", ref, object], { cwd: this.path });
        if (/rejected|already exists|fetch first|stale info/i.test(`${pushed.stdout}\n${pushed.stderr}`))
            throw new errors/* TagConflictError */.P1(tag.name);
        throw new errors/* GitError */.XS(["push", this.remoteName, ref], pushed.stderr || pushed.stdout, "Check the remote and its credentials");
    }
    folder(tag) {
        return (0,external_node_path_.join)(this.releases, tag);
    }
    async storeAssets(tag, files) {
        const names = assetNames(files);
        const target = this.folder(tag);
        if ((0,external_node_fs_.existsSync)(target)) {
            // Left by an earlier run that stopped before its tag: reuse it only when it is identical.
            const present = await this.fetchAssets(tag);
            // One file at a time: a glob of many files must not exhaust file descriptors.
            const digests = [];
            for (const file of files)
                digests.push(await (0,hash_file/* hashFile */.D)(file));
            const same = present.length === files.length &&
                names.every((name, i) => present.some((a) => a.name === name && a.sha256 === digests[i]));
            if (!same)
                throw new errors/* TagConflictError */.P1(tag);
            return names.map((name) => present.find((a) => a.name === name));
        }
        // Copied into a fresh folder first and renamed into place, so a release is whole or absent.
        const staging = (0,external_node_path_.join)(this.releases, `.staging-${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`);
        (0,external_node_fs_.mkdirSync)(staging, { recursive: true });
        try {
            for (const [i, file] of files.entries())
                (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(staging, names[i]));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.renameSync)(staging, target);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            // Another writer renamed its release into place first.
            if ((0,external_node_fs_.existsSync)(target))
                throw new errors/* TagConflictError */.P1(tag);
            throw error;
        }
        const stored = [];
        for (const name of names) {
            const location = (0,external_node_path_.join)(target, name);
            stored.push({
                name,
                sha256: await (0,hash_file/* hashFile */.D)(location),
                size: (0,external_node_fs_.statSync)(location).size,
                location,
            });
        }
        return stored;
    }
    async removeAssets(tag) {
        (0,external_node_fs_.rmSync)(this.folder(tag), { recursive: true, force: true });
    }
    async fetchAssets(tag) {
        const folder = this.folder(tag);
        if (!(0,external_node_fs_.existsSync)(folder))
            return [];
        const assets = [];
        for (const name of (0,external_node_fs_.readdirSync)(folder).sort()) {
            const location = (0,external_node_path_.join)(folder, name);
            const stat = (0,external_node_fs_.statSync)(location);
            if (stat.isFile())
                assets.push({ name, sha256: await (0,hash_file/* hashFile */.D)(location), size: stat.size, location });
        }
        return assets;
    }
    releaseUrl(tag) {
        return this.folder(tag);
    }
}


/***/ }),

/***/ 650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony exports MAX_NAME_LENGTH, isValidName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(255);

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
    if (!NAME.test(value))
        return "must be letters, digits, '-', '_' or '/', starting and ending with a letter or digit";
    // The pattern allows '//', which git refuses in a ref (an empty path component).
    if (value.includes("//"))
        return "has an empty path component ('//')";
    return undefined;
}
const FIX = "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit";
function assertName(kind, value) {
    const problem = nameProblem(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(kind, value, problem, FIX);
    return value;
}
const isValidName = (value) => nameProblem(value) === undefined;


/***/ }),

/***/ 36:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bT: () => (/* binding */ assertVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony export VERSION_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(255);

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
function assertVersion(text) {
    const version = parseVersion(text);
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw("version", text, "is not 'v' followed by a SemVer 2 version", "Write it as v1.2.0 (optionally v1.2.0-rc.1 or v1.2.0+build.5)");
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

/***/ 270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ tryParseTag),
/* harmony export */   _3: () => (/* binding */ formatTag)
/* harmony export */ });
/* unused harmony export parseTag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(650);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36);



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
        if (body === "deprecated" && !cancel)
            return { action: "deprecate", artifact, ...withCounter };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw("tag", tag, parsed, "Registry tags look like m@v1.2.0, m@v1.2.0!, m#prod#7, m#prod!#8 or m@deprecated");
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
            tag = `${event.artifact}@deprecated`;
            break;
    }
    // Formatting checks too, so that no invalid name ever reaches git.
    const full = `${tag}${counter}`;
    parseTag(full);
    return full;
}


/***/ })

};
