export const id = 883;
export const ids = [883];
export const modules = {

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

/***/ 7293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ HARDENED_GIT)
/* harmony export */ });
/**
 * git's settings for every git the suite runs, in a folder that may hold untrusted files, given
 * on its command line, which outranks any repository's config: a committed folder laid out as a
 * bare repository (HEAD, objects/, refs/, config) is never taken for one by itself, since its
 * config could name a remote helper (`ext::sh -c ...`), an ssh command or a file-system monitor
 * that git would run; and the `ext` transport, which runs a command, is never used.
 */
const HARDENED_GIT = [
    "-c",
    "safe.bareRepository=explicit",
    "-c",
    "protocol.ext.allow=never",
];


/***/ }),

/***/ 2655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ assetNames),
/* harmony export */   s: () => (/* binding */ isPlainName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1636);


/**
 * Whether an asset's name, as a tag or a release records it (anyone who can push one writes
 * it), is a plain file name that can be written into a folder: not empty, no folder part, no
 * `.` or `..`, no control character, at most 255 characters.
 */
const isPlainName = (name) => name !== "" && name !== "." && name !== ".." && name.length <= 255 && !/[/\\]|\p{Cc}/u.test(name);
/** The names files are stored under in a release: their base names, which must be distinct. */
function assetNames(files) {
    const names = files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file));
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(`two assets are named '${duplicate}'`, "Give each asset a distinct file name");
    }
    return names;
}


/***/ }),

/***/ 883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BACKENDS),
  chooseBackend: () => (/* binding */ chooseBackend)
});

// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/platform/registry/asset-names.js
var asset_names = __webpack_require__(2655);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var registry_errors = __webpack_require__(1636);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/git-asset-store.js





/**
 * Where a version's assets live in the repository: a commit whose tree holds them, under this
 * ref. Git's own objects travel with a push of `refs/mlops/*`, so a clone gets the models
 * along with the tags (README: "The registry in git").
 */
const RELEASES_REF = "refs/mlops/releases/";
const releaseRef = (tag) => `${RELEASES_REF}${tag}`;
/**
 * The assets of a release, kept as git objects under `refs/mlops/releases/<tag>` and checked
 * out into a folder (`<folder>/<name>`) for the files' users. The commit is made of the files
 * alone (fixed author and date), so the same files make the same commit on any machine.
 */
class GitAssetStore {
    exec;
    cwd;
    remote;
    constructor(exec, cwd, remote) {
        this.exec = exec;
        this.cwd = cwd;
        this.remote = remote;
    }
    async git(args, input) {
        const result = await this.exec(args, { cwd: this.cwd, input });
        if (result.code !== 0)
            throw new registry_errors/* GitError */.XS(args, result.stderr || result.stdout);
        return result.stdout;
    }
    /**
     * Writes the files as a commit and returns it, making no ref: the release ref is made with the
     * tag, in one transaction (LocalGitBackend.createTag), so that a run that fails before leaves
     * only unreachable objects, which git collects in time.
     */
    async write(tag, files, names) {
        const lines = [];
        for (const [i, file] of files.entries()) {
            const blob = (await this.git(["hash-object", "-w", "--no-filters", "--", file])).trim();
            lines.push(`100644 blob ${blob}\t${names[i]}`);
        }
        const tree = (await this.git(["mktree", "-z"], lines.map((l) => `${l}\0`).join(""))).trim();
        const body = `tree ${tree}\nauthor mlops <> 0 +0000\ncommitter mlops <> 0 +0000\n\nAssets of ${tag}\n`;
        return (await this.git(["hash-object", "-t", "commit", "-w", "--stdin"], body)).trim();
    }
    /** The release's files, fetched from the remote when only it has them; undefined: no release. */
    async entries(tag) {
        const ref = releaseRef(tag);
        let found = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.cwd });
        const remote = await this.remote();
        if (found.code !== 0 && remote) {
            await this.exec(["fetch", "--quiet", "--no-tags", remote, `+${ref}:${ref}`], {
                cwd: this.cwd,
            });
            found = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.cwd });
        }
        if (found.code !== 0)
            return undefined;
        const listing = await this.git(["ls-tree", "-z", `${found.stdout.trim()}^{tree}`]);
        return listing.split("\0").flatMap((line) => {
            const entry = /^100644 blob ([0-9a-f]+)\t(.+)$/s.exec(line);
            return entry ? [{ name: entry[2], blob: entry[1] }] : [];
        });
    }
    /**
     * Checks the release out into `folder` (a file already there with the same content is kept)
     * and describes each file. Names come from a tree anyone could have pushed: only plain names
     * are written, never a path that could leave the folder.
     */
    async checkout(entries, folder) {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        const assets = [];
        for (const { name, blob } of entries) {
            if (!(0,asset_names/* isPlainName */.s)(name))
                continue;
            const location = (0,external_node_path_.join)(folder, name);
            if (!(await this.holds(location, blob))) {
                // unpack-file writes the blob, bytes intact, to a temporary file in the repository.
                const temporary = (await this.git(["unpack-file", blob])).trim();
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(location), { recursive: true });
                (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.cwd, temporary), location);
            }
            assets.push({
                name,
                sha256: await (0,hash_file/* hashFile */.D)(location),
                size: (0,external_node_fs_.statSync)(location).size,
                location,
            });
        }
        return assets;
    }
    /** Whether `location` is a plain file with the blob's bytes; anything else there is removed. */
    async holds(location, blob) {
        const stats = (0,external_node_fs_.lstatSync)(location, { throwIfNoEntry: false });
        if (stats === undefined)
            return false;
        if (!stats.isFile()) {
            (0,external_node_fs_.rmSync)(location, { recursive: true, force: true });
            return false;
        }
        const same = await this.exec(["hash-object", "--no-filters", "--", location], {
            cwd: this.cwd,
        });
        if (same.stdout.trim() === blob)
            return true;
        (0,external_node_fs_.rmSync)(location, { force: true });
        return false;
    }
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/git-exec.js
var git_exec = __webpack_require__(4454);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/release-folder.js



/**
 * Checks the way from the repository to a release folder (`.mlops/releases/<tag>`) and returns
 * the folder. Those folders come with whatever branch is checked out, and release files are
 * written there under names a pushed tree chose: a link on the way would take them anywhere on
 * the machine (`.mlops/releases/churn@v1.0.0 -> ~/.ssh`), so a link, or a file where a folder
 * belongs, is refused before anything is written, read or removed. A part not there yet is fine.
 */
function releaseFolder(repository, folder) {
    let path = repository;
    for (const part of (0,external_node_path_.relative)(repository, folder).split(external_node_path_.sep)) {
        path = (0,external_node_path_.join)(path, part);
        const stats = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
        if (stats === undefined)
            break;
        if (stats.isDirectory())
            continue;
        const shown = (0,external_node_path_.relative)(repository, path);
        throw new registry_errors/* RegistryError */.gl(stats.isSymbolicLink()
            ? `${shown} is a symbolic link (to ${(0,external_node_fs_.readlinkSync)(path)}); release files are written only into real folders`
            : `${shown} is a file; release files are written into a folder there`, `Remove ${shown} from the repository: mlops checks release files out under .mlops/releases itself`);
    }
    return folder;
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/counter-claims.js
var counter_claims = __webpack_require__(9238);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/git-tag-records.js

const FIELDS = [
    "%(refname)",
    "%(objecttype)",
    "%(objectname)",
    "%(*objectname)",
    "%(taggername)",
    "%(taggeremail)",
    "%(taggerdate:unix)",
    "%(contents)",
    "%(tag)",
];
/** NUL cannot occur in refs or messages, so it separates fields safely. */
const REF_FORMAT = FIELDS.map((field) => `${field}%00`).join("");
function refRows(output) {
    const parts = output.split("\0");
    const rows = [];
    for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
        const [ref, type, object, peeled, name, email, date, contents, ownName] = parts.slice(i, i + FIELDS.length);
        const annotated = type === "tag";
        rows.push({
            // for-each-ref ends each record with a newline, which lands before the next refname.
            ref: ref.replace(/^\n/, ""),
            object: object,
            ownName: ownName,
            record: {
                annotated,
                commit: annotated ? peeled : object,
                tagger: annotated ? { name: name, email: email.replace(/^<|>$/g, "") } : null,
                date: annotated && date ? new Date(Number(date) * 1000) : null,
                message: annotated ? contents : "",
            },
        });
    }
    return rows;
}
/** The tags among the refs `git for-each-ref --format=REF_FORMAT` printed. */
function parseTagRefs(output) {
    return refRows(output).flatMap(({ ref, record }) => ref.startsWith("refs/tags/") ? [{ name: ref.slice("refs/tags/".length), ...record }] : []);
}
/** The artifact's counter claims among the refs `git for-each-ref --format=REF_FORMAT` printed. */
function parseClaimRefs(output, artifact) {
    return refRows(output).flatMap(({ ref, object, ownName, record }) => {
        const counter = (0,counter_claims/* claimedCounter */.IC)(ref, artifact);
        if (counter === undefined)
            return [];
        const tag = record.annotated ? { name: ownName, ...record } : undefined;
        return [{ ref, counter, object, tag }];
    });
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(2650);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/staging-folders.js
/**
 * The folders a registration copies its files into until its tag exists (LocalGitBackend). A
 * run killed between the two (SIGKILL, a runner that stops) leaves its folder, a copy of the
 * model, so each folder is named for the host, process namespace and process that made it, and
 * the next registration removes those of this host and namespace whose process is gone. A name
 * starting with '.' is no tag's folder: git refuses such a part in a ref's name.
 */



/** The host as a folder name can hold it. */
const thisHost = () => (0,external_node_os_.hostname)().replace(/[^A-Za-z0-9.-]/g, "_") || "host";
/**
 * The process namespace this process sees others in ("pid4026531836"): containers that share a
 * host name (host networking, compose's `hostname:`) each number their processes apart, so a
 * process absent here may run in another. "none" where there is no /proc (macOS, Windows).
 */
function thisNamespace() {
    try {
        return (0,external_node_fs_.readlinkSync)("/proc/self/ns/pid").replace(/[^A-Za-z0-9]/g, "") || "none";
    }
    catch {
        return "none";
    }
}
/** `.staging-<host>-<namespace>-<pid>-`, which mkdtemp ends with six letters and digits. */
const stagingPrefix = (pid = process.pid, host = thisHost(), namespace = thisNamespace()) => `.staging-${host}-${namespace}-${pid}-`;
/** The owner (`<host>-<namespace>`) and process of a staging folder's name. */
const STAGED_BY = /^\.staging-(.+)-(\d+)-[A-Za-z0-9]{6}$/;
/** Whether a process of this namespace runs with `pid`; one of another user's is running too. */
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** A new staging folder of this process in `releases`. */
const makeStagingFolder = (releases) => (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(releases, stagingPrefix()));
/**
 * Removes the staging folders in `releases` that a process of this host and namespace made and
 * that is gone. Any other's are left alone, since its processes cannot be asked about: another
 * host's (a shared disk) or another container's. So are those of earlier mlops versions
 * (`.staging-XXXXXX`, `.staging-<host>-<pid>-XXXXXX`), which name no namespace: such a run never
 * made its tag, so its folder is no release's, and may be deleted by hand. A reused process
 * number only keeps a folder longer.
 */
function removeDeadStaging(releases) {
    const owner = `${thisHost()}-${thisNamespace()}`;
    for (const name of (0,external_node_fs_.readdirSync)(releases)) {
        const made = STAGED_BY.exec(name);
        if (made?.[1] !== owner || isRunning(Number(made[2])))
            continue;
        try {
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(releases, name), { recursive: true, force: true });
        }
        catch (error) {
            // Another user's folder, which only they may remove, is theirs to clean up.
            const code = error.code;
            if (code !== "EACCES" && code !== "EPERM")
                throw error;
        }
    }
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-scope.js
var tag_scope = __webpack_require__(6591);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/local-git-backend.js
















/**
 * The `.gitignore` of the releases folder: its files are checkouts of what git keeps under
 * refs/mlops/releases, never a branch's files; `*` covers the .gitignore itself too.
 */
const RELEASES_IGNORE = "# Release assets of the mlops registry: git keeps them under refs/mlops/releases.\n*\n";
/** A tagger line's name and email may not hold the characters that delimit them. */
const clean = (text) => text.replace(/[<>\n\r\0]/g, "").trim();
/**
 * The `for-each-ref` patterns of the refs starting with each prefix: its `*` stops at a '/'
 * (fnmatch with FNM_PATHNAME), and stage names may hold one, so `/**` continues past it.
 */
const refPatterns = (prefixes) => prefixes.flatMap((p) => [`refs/tags/${p}*`, `refs/tags/${p}*/**`]);
/**
 * The path of an entry of `git status --porcelain=v2 -z --no-renames`: a changed file's comes
 * after 8 fields, a conflicted one's after 10; it may hold spaces.
 */
function statusPath(entry) {
    let at = 0;
    for (let fields = entry.startsWith("u ") ? 10 : 8; fields > 0; fields--) {
        at = entry.indexOf(" ", at) + 1;
    }
    return entry.slice(at);
}
/** A file's real path, as git names the files of a working tree; the path itself if none. */
function realPathOf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
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
    warn;
    remote;
    assets;
    /** Each release stored and not tagged yet: its ref and its files come with the tag. */
    staged = new Map();
    constructor(options) {
        this.path = (0,external_node_path_.resolve)(options.path);
        this.releases = (0,external_node_path_.join)(this.path, ".mlops", "releases");
        this.remoteName = options.remote ?? "origin";
        this.exec = (0,git_exec/* inRepository */.yJ)((0,git_exec/* bareByName */.$)(options.exec ?? git_exec/* execGit */.Ix, this.path), this.path, options.repositoryFix);
        this.description = `local git repository ${this.path}`;
        this.warn = options.warn;
        this.assets = new GitAssetStore(this.exec, this.path, async () => (await this.hasRemote()) ? this.remoteName : undefined);
    }
    git(args, input, fix) {
        return (0,git_exec/* gitOk */.Tt)(this.exec, args, { cwd: this.path, input }, fix);
    }
    /** Whether the repository has the remote; asked once per backend. */
    hasRemote() {
        this.remote ??= this.git(["remote"]).then((out) => out.split("\n").includes(this.remoteName));
        return this.remote;
    }
    /**
     * Fetches the refs the refspecs name from the remote, when there is one; with a `+`, a ref
     * that differs here is taken from the remote. A refspec's `*` matches across '/'.
     */
    async fetchFromRemote(refspecs) {
        if (!(await this.hasRemote()))
            return;
        await this.git(["fetch", "--quiet", "--no-tags", this.remoteName, ...refspecs], undefined, `The registry reads its tags from the remote '${this.remoteName}' first: check its URL (git remote -v), the network and the credentials`);
    }
    /** One `git for-each-ref`, after one `git fetch` of the same tags when there is a remote. */
    async listTags(scope) {
        const prefixes = scope ? (0,tag_scope/* scopePrefixes */.lV)(scope) : [""];
        await this.fetchFromRemote(prefixes.map((p) => `+refs/tags/${p}*:refs/tags/${p}*`));
        const patterns = scope ? refPatterns(prefixes) : ["refs/tags/"];
        const records = parseTagRefs(await this.git(["for-each-ref", `--format=${REF_FORMAT}`, ...patterns]));
        return scope ? records.filter((record) => (0,tag_scope/* inScope */.SB)(scope, record.name)) : records;
    }
    /**
     * The artifact's claims here and on the remote (fetched first). A claim and its tag are made in
     * one transaction and one atomic push, but a tag deleted afterwards (by hand, or GTO's
     * `deregister --delete`) leaves its claim, which no later tag may take again.
     */
    async highestClaimedCounter(artifact) {
        return (0,counter_claims/* highestClaim */.pU)((await this.claimRefs(artifact, "%(refname)")).split("\n"), artifact);
    }
    /** The claims a deleted tag leaves: found here and on the remote, as the highest one is. */
    async claimsWithoutTags(artifact, counters, limit) {
        const claims = parseClaimRefs(await this.claimRefs(artifact, REF_FORMAT), artifact);
        const { newest, more } = (0,counter_claims/* newestClaims */.iL)(claims.filter((claim) => !counters.has(claim.counter)), limit);
        return { claims: newest, more };
    }
    /** The artifact's claim refs as `format` prints them, after fetching the remote's. */
    async claimRefs(artifact, format) {
        const prefix = (0,counter_claims/* claimsPrefix */.EJ)((0,names/* assertName */.I1)("artifact", artifact));
        await this.fetchFromRemote([`+${prefix}*:${prefix}*`]);
        return this.git(["for-each-ref", `--format=${format}`, `${prefix}*`]);
    }
    async resolveCommit(ref) {
        const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], {
            cwd: this.path,
        });
        if (result.code !== 0) {
            throw new registry_errors/* RegistryError */.gl(`'${ref}' is not a commit in ${this.description}`, "The registry tags a commit: commit first, or name an existing one");
        }
        return result.stdout.trim();
    }
    /**
     * One `git status`: its entries are the tracked files that differ from HEAD (untracked ones
     * are not asked for), its branch header HEAD's commit. Without optional locks, so that it never
     * writes the index, which a git command of the user's may hold. A bare repository has no
     * working tree, and git says so with a non-zero exit.
     */
    async uncommittedChanges(besides) {
        const status = await this.exec([
            "--no-optional-locks",
            "status",
            "--porcelain=v2",
            "-z",
            "--no-renames",
            "--branch",
            "--untracked-files=no",
        ], { cwd: this.path });
        if (status.code !== 0)
            return undefined;
        const entries = status.stdout.split("\0");
        // Without a commit the header says "(initial)", and there is no HEAD to tag.
        const head = entries
            .map((entry) => /^# branch\.oid ([0-9a-f]+)$/.exec(entry)?.[1])
            .find(Boolean);
        const changed = entries.filter((entry) => /^[1u] /.test(entry));
        if (!head || changed.length === 0)
            return undefined;
        // Porcelain paths are the repository's, from its top folder.
        const top = await (0,git_exec/* gitOk */.Tt)(this.exec, ["rev-parse", "--show-toplevel"], { cwd: this.path });
        const left = new Set(besides.map(realPathOf));
        const files = changed.filter((entry) => !left.has((0,external_node_path_.resolve)(top.trim(), statusPath(entry))));
        return files.length > 0 ? { files: files.length, head } : undefined;
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
        const staged = this.staged.get(tag.name);
        try {
            const seconds = Math.floor(tag.date.getTime() / 1000);
            const body = `object ${tag.commit}\ntype commit\ntag ${tag.name}\n` +
                `tagger ${clean(tag.tagger.name) || "mlops"} <${clean(tag.tagger.email)}> ${seconds} +0000\n\n` +
                `${tag.message.endsWith("\n") ? tag.message : `${tag.message}\n`}`;
            const object = (await this.git(["mktag"], body)).trim();
            const claim = (0,counter_claims/* claimRef */.Qz)(tag.name);
            const refs = [`refs/tags/${tag.name}`, ...(claim ? [claim] : [])];
            const remote = await this.hasRemote();
            const release = await this.releaseChange(tag.name, staged?.commit, remote);
            // The tag, its counter's claim and its release in one transaction: all, or a conflict.
            await this.createRefs(tag.name, refs, object, release);
            const replaced = remote ? await this.push(tag.name, refs, object, release) : undefined;
            if (release)
                this.warnOfLeftovers(tag.name, release, replaced);
            // Only now are the files the tag's: a run that failed or lost never wrote its folder.
            if (staged)
                this.publish(tag.name, staged);
        }
        finally {
            this.discard(tag.name);
        }
    }
    /**
     * What a tag does to its release ref. A release ref found without its tag was left by a run of
     * an older mlops that failed midway, or by a tag deleted since. A tag with files sets the ref to
     * their commit, replacing such a leftover here (looked for, to be named) and on the remote (its
     * forced push says what it replaced). A registration without files removes the leftover here
     * and on the remote (fetched first), where it would pass for its release; no other tag has one.
     */
    async releaseChange(tag, commit, remote) {
        const ref = releaseRef(tag);
        if (!commit && (0,tag_grammar/* tryParseTag */.XM)(tag)?.action !== "register")
            return undefined;
        const onRemote = !commit && remote && (await this.fetchLeftover(ref));
        const here = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.path });
        return { ref, commit, leftover: here.code === 0 ? here.stdout.trim() : undefined, onRemote };
    }
    /**
     * Fetches the remote's release ref `ref` over this repository's, where the remote has one;
     * whether it had. Named in full, the ref is the only one git asks the remote for (protocol v2
     * sends its name as a ref prefix), where `ls-remote` would list every ref of the remote. A
     * leftover's files come with it, once: the push deletes it there.
     */
    async fetchLeftover(ref) {
        const fetched = await this.exec(["fetch", "--quiet", "--no-tags", this.remoteName, `+${ref}:${ref}`], { cwd: this.path });
        if (fetched.code === 0)
            return true;
        // git names the remote ref it did not find, in any language; one it names in quotes is
        // the ref here that it could not write (a lock), which fails as any other cause does.
        if (fetched.stderr.includes(ref) && !fetched.stderr.includes(`'${ref}'`))
            return false;
        throw new registry_errors/* GitError */.XS(["fetch", this.remoteName, ref], fetched.stderr, `The registry asks the remote '${this.remoteName}' for a release left without its tag: check its URL (git remote -v), the network and the credentials`);
    }
    /**
     * Creates the refs, each create-only, and makes the release's change, in one transaction. The
     * tag, created with it, was not there, so a release ref there is a leftover, replaced only at
     * the object it was found at (the one a warning names). A deletion comes only with a
     * registration without files: git locks packed-refs for any deletion, which `git gc` may hold.
     */
    async createRefs(tag, refs, object, release) {
        let input = refs.map((r) => `create ${r} ${object}\n`).join("");
        if (release?.commit) {
            input += release.leftover
                ? `update ${release.ref} ${release.commit} ${release.leftover}\n`
                : `create ${release.ref} ${release.commit}\n`;
        }
        else if (release?.leftover)
            input += `delete ${release.ref} ${release.leftover}\n`;
        const created = await this.exec(["update-ref", "-m", "mlops registry", "--stdin"], {
            cwd: this.path,
            input,
        });
        if (created.code === 0)
            return;
        if ((0,git_exec/* refTaken */.NC)(created))
            throw (0,git_exec/* tagConflict */.TD)(tag, created);
        throw new registry_errors/* GitError */.XS(["update-ref", refs[0]], created.stderr);
    }
    /**
     * Pushes the refs and the release atomically; when the remote refuses, the local ones go again.
     * Each ref is leased as absent: a tag or claim the remote has is another writer's, and is never
     * fast-forwarded to this one. The release ref is forced, to replace a leftover there too: it
     * lands only with its new tag. A tag without files deletes the remote's leftover instead,
     * leased at the object it was fetched at. Returns the object a forced release ref replaced on
     * the remote, as git abbreviates it: not `--quiet`, so that git reports each ref it pushed.
     */
    async push(tag, refs, object, release) {
        const leases = refs.map((r) => `--force-with-lease=${r}:`);
        const specs = refs.map((r) => `${r}:${r}`);
        if (release?.commit)
            specs.push(`+${release.ref}:${release.ref}`);
        else if (release?.onRemote && release.leftover) {
            leases.push(`--force-with-lease=${release.ref}:${release.leftover}`);
            specs.push(`:${release.ref}`);
        }
        // Whole object names in the porcelain lines: the commit a forced push replaced there is no
        // object of this clone, and only its whole name finds it again on the remote.
        const pushed = await this.exec([
            "-c",
            "core.abbrev=no",
            "push",
            "--atomic",
            "--porcelain",
            ...leases,
            this.remoteName,
            ...specs,
        ], { cwd: this.path });
        if (pushed.code === 0)
            return release?.commit ? replacedOn(pushed.stdout, release.ref) : undefined;
        for (const r of refs)
            await this.exec(["update-ref", "-d", r, object], { cwd: this.path });
        if (release?.commit) {
            await this.exec(["update-ref", "-d", release.ref, release.commit], { cwd: this.path });
        }
        const refused = refusedRefs(pushed.stdout);
        if (await this.takenOnRemote(refs, refused))
            throw new registry_errors/* TagConflictError */.P1(tag);
        throw new registry_errors/* GitError */.XS(["push", this.remoteName, refs[0]], refusal(this.remoteName, refused, pushed.stderr) ?? (pushed.stderr || pushed.stdout), refused.length > 0
            ? `Let mlops create refs/tags/* and update refs/mlops/* on '${this.remoteName}' (its hooks or ref rules), then run again`
            : "Check the remote and its credentials");
    }
    /**
     * Whether the push was refused because another promotion took the tag or its claim first:
     * git says so, before sending, of a ref whose lease failed ("stale info": the remote has the
     * tag or claim, or moved the leftover release since it was fetched); every ref it pushes
     * unforced is leased, so it never gets to the checks that say "already exists" or
     * "non-fast-forward". A remote that refuses them itself ("[remote rejected]") names no cause
     * when another push took them between its check and its update, so the remote is asked
     * whether it has them now.
     */
    async takenOnRemote(refs, refused) {
        if (refused.some((r) => r.status === "[rejected]" && r.reason === STALE))
            return true;
        const own = refused.filter((r) => refs.includes(r.ref));
        if (!own.some((r) => r.status.startsWith("[remote ")))
            return false;
        // Asked only to tell the push's failure apart: where the remote cannot say, that failure stands.
        const held = await this.remoteRefs(refs).catch(() => []);
        return held.length > 0;
    }
    /**
     * Those of `refs` the remote has. Only after a refused push: ls-remote matches a pattern
     * against the end of each ref's name, so the remote lists all of its refs.
     */
    async remoteRefs(refs) {
        const listed = await this.git(["ls-remote", this.remoteName, ...refs], undefined, `The registry asks the remote '${this.remoteName}' for its refs: check its URL (git remote -v), the network and the credentials`);
        return listed.split("\n").flatMap((line) => {
            const ref = line.split("\t")[1];
            return ref && refs.includes(ref) ? [ref] : [];
        });
    }
    /**
     * Warns of the release refs the tag's transaction and push replaced, found without their tag:
     * the run that left them died there, and its files are no longer any version's. `replaced` is
     * what a forced push replaced on the remote; a registration without files fetched the remote's
     * leftover over the one here, so it names the remote only.
     */
    warnOfLeftovers(tag, release, replaced) {
        const remote = `on the remote '${this.remoteName}'`;
        const here = release.leftover !== release.commit ? release.leftover : undefined;
        // The same commit in both places (pushed from here, or fetched from there) is named once.
        const same = replaced !== undefined && here?.startsWith(replaced);
        const hereWhere = same ? `here and ${remote}` : release.onRemote ? remote : "here";
        const found = here ? [{ where: hereWhere, commit: here }] : [];
        if (replaced && !same)
            found.push({ where: remote, commit: replaced });
        if (found.length > 0)
            this.warn?.(leftoverWarning(tag, release, found));
    }
    /** The tag's release folder, with no link on the way to it (release-folder.ts). */
    folder(tag) {
        return releaseFolder(this.path, (0,external_node_path_.join)(this.releases, tag));
    }
    /**
     * The folder of a tag's release files, made ready to write: the releases folder gets the
     * `.gitignore` that keeps its files off every branch (`git add -A` would commit the models),
     * unless one is there already, which is the user's and is kept.
     */
    writableFolder(tag) {
        const folder = this.folder(tag);
        (0,external_node_fs_.mkdirSync)(this.releases, { recursive: true });
        try {
            // Exclusive: created only where none is, so a .gitignore of the user's is never replaced.
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.releases, ".gitignore"), RELEASES_IGNORE, { flag: "wx" });
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
        }
        return folder;
    }
    /** The tag and its release are made in one transaction: an existing tag has its release. */
    completeRelease() {
        return Promise.resolve();
    }
    /**
     * Stores the files as git objects, to be the release of `tag` once the tag is made (createTag),
     * and copies them into a staging folder of this run's own: the release folder is another run's
     * too until one of them has made the tag. Reports the files where they will be. The staging
     * folders of runs killed before their tag go first (staging-folders.ts).
     */
    async storeAssets(tag, files, names = (0,asset_names/* assetNames */.P)(files)) {
        // Checked first: a link on the way to the folder is refused before anything is written.
        const folder = this.writableFolder(tag);
        this.discard(tag);
        removeDeadStaging(this.releases);
        const commit = await this.assets.write(tag, files, names);
        const staging = makeStagingFolder(this.releases);
        this.staged.set(tag, { commit, folder: staging, names });
        const stored = [];
        for (const [i, file] of files.entries()) {
            const copy = (0,external_node_path_.join)(staging, names[i]);
            (0,external_node_fs_.copyFileSync)(file, copy, external_node_fs_.constants.COPYFILE_EXCL);
            stored.push({
                name: names[i],
                sha256: await (0,hash_file/* hashFile */.D)(copy),
                size: (0,external_node_fs_.statSync)(copy).size,
                location: (0,external_node_path_.join)(folder, names[i]),
            });
        }
        return stored;
    }
    /**
     * Moves the staged files of a tag just made into its release folder. Whatever the branch or an
     * older mlops left at a file's place, a link or a folder included, is replaced rather than
     * written through, as a checkout does (GitAssetStore.holds).
     */
    publish(tag, staged) {
        const folder = this.writableFolder(tag);
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        for (const name of staged.names) {
            const location = (0,external_node_path_.join)(folder, name);
            (0,external_node_fs_.rmSync)(location, { recursive: true, force: true });
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(staged.folder, name), location);
        }
    }
    /** Forgets the release staged for `tag`, removing its staging folder. */
    discard(tag) {
        const staged = this.staged.get(tag);
        if (!staged)
            return;
        this.staged.delete(tag);
        (0,external_node_fs_.rmSync)(staged.folder, { recursive: true, force: true });
    }
    /**
     * After a failed run: its staged files go. Nothing else was this run's: its release ref and
     * release folder are made only with its tag, so those there are another run's (or a leftover
     * that the next registration of the version replaces).
     */
    removeAssets(tag) {
        this.discard(tag);
        return Promise.resolve();
    }
    /**
     * The release's files, checked out from git's objects (fetched from the remote when this clone
     * lacks them); a release stored by an earlier version of mlops is only a folder, read as it is.
     */
    async fetchAssets(tag) {
        const entries = await this.assets.entries(tag);
        if (entries)
            return this.assets.checkout(entries, this.writableFolder(tag));
        return legacyAssets(this.folder(tag));
    }
    async assetFile(tag, name) {
        return (await this.fetchAssets(tag)).find((a) => a.name === name)?.location;
    }
    async saveAssets(tag, names, folder) {
        const wanted = (await this.fetchAssets(tag)).filter((asset) => names.includes(asset.name) && (0,asset_names/* isPlainName */.s)(asset.name));
        return wanted.map((asset) => {
            const location = (0,external_node_path_.join)(folder, asset.name);
            (0,external_node_fs_.copyFileSync)(asset.location, location);
            return { ...asset, location };
        });
    }
    releaseUrl(tag) {
        return this.folder(tag);
    }
}
/**
 * The warning of the leftovers a tag replaced: the log is all that tells of the run that died,
 * and the commits are all that lead to the files it left: named whole, as the remote's is no
 * object of this clone, which only its whole name finds there.
 */
function leftoverWarning(tag, release, found) {
    const places = found.map((l) => `${l.where} (commit ${l.commit})`).join(" and ");
    const fate = release.commit
        ? "its files were replaced by this registration's"
        : "its files were dropped, as this registration has none";
    return (`${(0,escape_control/* shownRef */.nK)(tag)} was registered over a release left without its tag by an earlier ` +
        `registration that stopped midway, or by a tag deleted since: ${(0,escape_control/* shownRef */.nK)(release.ref)} ` +
        `${places}; ${fate}. git ls-tree <commit> lists them there until git gc prunes the commit`);
}
/** How git says, of a leased ref it did not push, that another writer has it or moved it. */
const STALE = "stale info";
function pushedRefs(stdout) {
    return stdout.split("\n").flatMap((line) => {
        const pushed = /^(.)\t[^\t]*:([^\t]+)\t(.*)$/.exec(line);
        return pushed ? [{ flag: pushed[1], ref: pushed[2], summary: pushed[3] }] : [];
    });
}
/** The refused refs of `git push --porcelain`: flag `!`, summary `<status> (<reason>)`. */
function refusedRefs(stdout) {
    return pushedRefs(stdout).flatMap(({ flag, ref, summary }) => {
        const refused = flag === "!" ? /^(\[[^\]]+\])(?: \((.*)\))?$/.exec(summary) : null;
        return refused ? [{ ref, status: refused[1], reason: refused[2] ?? "" }] : [];
    });
}
/**
 * The object a push replaced at `ref`, as `git push --porcelain` abbreviates it: a forced update
 * (`+`, `<old>...<new>`) or a fast-forward (` `, `<old>..<new>`); undefined where the ref was new
 * (`*`) or already at the object pushed (`=`). Only hex is taken: the old object is the remote's.
 */
function replacedOn(stdout, ref) {
    const pushed = pushedRefs(stdout).find((p) => p.ref === ref && (p.flag === "+" || p.flag === " "));
    return pushed && /^([0-9a-f]{4,64})\.\.\.?[0-9a-f]/.exec(pushed.summary)?.[1];
}
/** What an atomic push says of the refs it gave up only because another was refused. */
const COLLATERAL = /^atomic (push|transaction) failed$/;
/** How many lines of what the remote said a refusal echoes, and how many characters of each. */
const SAID_LINES = 3;
const SAID_LENGTH = 200;
/**
 * One line naming the refs the remote refused and why, with the first lines the remote said (its
 * hook's output), for a push refused for another cause than a taken tag; undefined when git
 * named none. A remote may say anything, at any length: each cause and line is shortened, and
 * none of their characters can steer a terminal or issue a workflow command.
 */
function refusal(remote, refused, stderr) {
    if (refused.length === 0)
        return undefined;
    const causes = refused.filter((r) => !COLLATERAL.test(r.reason));
    const byCause = new Map();
    for (const r of causes.length > 0 ? causes : refused) {
        const cause = (0,shorten/* shorten */.ml)(`${r.status.slice(1, -1)}${r.reason ? `: ${r.reason}` : ""}`, SAID_LENGTH);
        byCause.set(cause, [...(byCause.get(cause) ?? []), r.ref]);
    }
    const named = [...byCause].map(([cause, refs]) => `${refs.join(" and ")} (${cause})`).join(", ");
    const lines = stderr
        .split("\n")
        .flatMap((line) => (line.startsWith("remote: ") ? [line.slice(8).trim()] : []))
        .filter(Boolean);
    const said = lines
        .slice(0, SAID_LINES)
        .map((line) => (0,shorten/* shorten */.ml)(line, SAID_LENGTH))
        .concat(lines.length > SAID_LINES ? [`(${lines.length - SAID_LINES} more lines)`] : [])
        .join(" ");
    return (0,escape_control/* safeForLog */.p5)(`the remote '${remote}' refused ${named}${said ? `; it said: ${said}` : ""}`);
}
async function legacyAssets(folder) {
    if (!(0,external_node_fs_.existsSync)(folder))
        return [];
    const assets = [];
    for (const name of (0,external_node_fs_.readdirSync)(folder).sort()) {
        const location = (0,external_node_path_.join)(folder, name);
        const stat = (0,external_node_fs_.lstatSync)(location);
        if (stat.isFile())
            assets.push({ name, sha256: await (0,hash_file/* hashFile */.D)(location), size: stat.size, location });
    }
    return assets;
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/choose-backend.js


const BACKENDS = ["auto", "git", "github"];
/**
 * Where the registry lives. `auto` is GitHub when there is a token and a repository (a workflow
 * run given `github-token`), else the local git repository, which is what a CLI run on a laptop
 * has; `git` and `github` say so outright.
 */
async function chooseBackend(request) {
    const { github } = request;
    const useGitHub = request.choice === "github" ||
        (request.choice === "auto" && github.token !== undefined && github.repo !== undefined);
    if (!useGitHub) {
        const { path, repositoryFix, warn } = request;
        return new LocalGitBackend({ path, repositoryFix, warn });
    }
    if (!github.token || !github.repo) {
        throw new errors/* InputError */.dz("backend", `github needs ${github.token ? "the repository (GITHUB_REPOSITORY)" : "a token (github-token, or GITHUB_TOKEN)"}`, "In a workflow pass github-token: ${{ github.token }}; elsewhere set GITHUB_TOKEN and GITHUB_REPOSITORY");
    }
    // Loaded only here: the GitHub client is most of the code, and a run on git never needs it.
    const { GitHubBackend } = await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 9731));
    const token = github.token;
    const client = request.connect
        ? request.connect({ ...github, token })
        : (await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 5143))).createGitHubClient({ token, apiUrl: github.apiUrl });
    return new GitHubBackend({
        github: client,
        repo: github.repo,
        serverUrl: github.serverUrl,
        head: github.sha,
    });
}


/***/ }),

/***/ 9238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ claimsPrefix),
/* harmony export */   IC: () => (/* binding */ claimedCounter),
/* harmony export */   Qz: () => (/* binding */ claimRef),
/* harmony export */   iL: () => (/* binding */ newestClaims),
/* harmony export */   pU: () => (/* binding */ highestClaim)
/* harmony export */ });
/* unused harmony export COUNTERS_REF */
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9270);
/**
 * Counters are unique per artifact (GTO orders an artifact's stage events by them), but tags of
 * different stages have different names, so two writers could both make `#5`. Each counted tag
 * therefore claims `refs/mlops/counters/<artifact>#<n>`, a ref that only one writer can create.
 * A claim whose tag was never made (a writer that died between the two) only leaves a gap in
 * the counters: the next writer counts past every claim as well as every tag.
 *
 * A claim names the tag object it was made for, so a tag gone since (deleted: git and GitHub let
 * anyone who can push delete a tag; or never made, by a writer that stopped after its claim) is
 * still found, with what its tag object says, through its claim.
 */

const COUNTERS_REF = "refs/mlops/counters/";
/** The claim a tag needs, or undefined for a tag without a counter. */
function claimRef(tag) {
    const event = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTag */ .XM)(tag);
    return event?.counter === undefined
        ? undefined
        : `${COUNTERS_REF}${event.artifact}#${event.counter}`;
}
/** The prefix of an artifact's claims, `refs/mlops/counters/<artifact>#`. */
const claimsPrefix = (artifact) => `${COUNTERS_REF}${artifact}#`;
/** The counter a claim ref of the artifact claims; undefined for any other ref. */
function claimedCounter(ref, artifact) {
    const prefix = claimsPrefix(artifact);
    const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
    return /^[1-9]\d{0,8}$/.test(rest) ? Number(rest) : undefined;
}
/**
 * The `limit` claims of the highest counters, lowest first, and how many are left out: what a
 * reader of claims without tags reads, one request each on GitHub.
 */
function newestClaims(claims, limit) {
    const sorted = [...claims].sort((a, b) => a.counter - b.counter);
    const more = Math.max(0, sorted.length - limit);
    return { newest: sorted.slice(more), more };
}
/** The highest counter among claim refs of the artifact (0 when none). */
function highestClaim(refs, artifact) {
    return refs.reduce((highest, ref) => Math.max(highest, claimedCounter(ref, artifact) ?? 0), 0);
}


/***/ }),

/***/ 1636:
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

/***/ 4454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ bareByName),
/* harmony export */   Ix: () => (/* binding */ execGit),
/* harmony export */   NC: () => (/* binding */ refTaken),
/* harmony export */   TD: () => (/* binding */ tagConflict),
/* harmony export */   Tt: () => (/* binding */ gitOk),
/* harmony export */   yJ: () => (/* binding */ inRepository)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _engine_process_hardened_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7293);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1636);





/** Listing thousands of tags with their messages can be tens of megabytes. */
const MAX_BUFFER = 512 * 1024 * 1024;
/** The `git` program, started without a shell, so no argument is ever interpreted. */
const execGit = (args, { cwd, input }) => new Promise((resolve, reject) => {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)("git", [..._engine_process_hardened_git_js__WEBPACK_IMPORTED_MODULE_3__/* .HARDENED_GIT */ .H, ...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", windowsHide: true }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : undefined) : 0;
        if (code === undefined) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(args, `${error?.message ?? ""}\n${stderr}`, "Check that git is installed and on the PATH"));
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
/** Whether a create-only `update-ref` failed because another writer made the ref first. */
const refTaken = (result) => result.code !== 0 && /exists|unable to lock|cannot lock/i.test(result.stderr);
/**
 * The conflict of a create-only ref update that `refTaken` tells, with the lock file git could not
 * create where it names one ("Unable to create '<path>.lock': File exists"). Only the quoted
 * path is read: git words the rest in the user's language where it has a translation ("Konnte
 * '<path>.lock' nicht erstellen"), and whether the file is there is asked of the file itself.
 */
function tagConflict(tag, result) {
    const lock = /'([^'\n]+\.lock)'/.exec(result.stderr)?.[1];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TagConflictError */ .P1(tag, lock);
}
/** Runs git and returns stdout, throwing GitError on a non-zero exit. */
async function gitOk(exec, args, options, fix) {
    const result = await exec(args, options);
    if (result.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS(args, result.stderr || result.stdout, fix);
    return result.stdout;
}
/** How promote is told where its registry is; other callers say how they find theirs. */
const REPOSITORY_FIX = "Give the path of a git repository: the registry input, or --registry on the command line";
/**
 * `exec` for the repository at `path`, failing with what is wrong with the path (and `fix`, how
 * to name another) when git cannot work there: a folder that does not exist (where starting git would say only that git could
 * not be started) or one that is not a repository. Asked only after a failure, so that a
 * registry in a real repository runs no git command more.
 */
function inRepository(exec, path, fix = REPOSITORY_FIX) {
    const problem = () => {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path, { throwIfNoEntry: false });
        if (stat === undefined)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`${path} does not exist`, fix);
        if (!stat.isDirectory())
            return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`${path} is not a folder`, fix);
        return undefined;
    };
    return async (args, options) => {
        let result;
        try {
            result = await exec(args, options);
        }
        catch (error) {
            throw problem() ?? error;
        }
        if (result.code !== 0 && /not a git repository/i.test(result.stderr))
            throw problem() ?? new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`${path} is not a git repository`, fix);
        return result;
    };
}
/** Whether `path` is laid out as a bare repository: HEAD, objects/ and refs/, and no .git. */
const bareLayout = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, "HEAD")) &&
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, "objects"), { throwIfNoEntry: false })?.isDirectory() === true &&
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, "refs"), { throwIfNoEntry: false })?.isDirectory() === true &&
    !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, ".git"));
/**
 * `exec` for a registry at `path` that may be a bare repository: git, which `HARDENED_GIT`
 * tells never to take a folder for one by itself, is given it by name (`--git-dir`), unless
 * the folder is files of a checkout (its HEAD tracked by the repository around it), which a
 * pull request could have committed with a config that runs a command on fetch. The folder is
 * judged where it really is: git does not answer for a path through a link (`reglink ->
 * barereg`), which a pull request could commit beside it.
 */
function bareByName(exec, path) {
    let checked;
    const prefix = async () => {
        if (!bareLayout(path))
            return [];
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
        const tracked = await exec(["ls-files", "--error-unmatch", "--", `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(real)}/HEAD`], {
            cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(real),
        });
        if (tracked.code === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl(`${path} is laid out as a bare git repository, but its files are committed in the repository around it`, "Give the path of a repository of its own (a clone, or a bare repository on disk), never a folder of a checkout");
        }
        return ["--git-dir", path];
    };
    return async (args, options) => {
        checked ??= prefix();
        return exec([...(await checked), ...args], options);
    };
}


/***/ }),

/***/ 2650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ assertName),
/* harmony export */   rH: () => (/* binding */ nameProblem),
/* harmony export */   s: () => (/* binding */ NAME_FIX),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* unused harmony export MAX_NAME_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1636);

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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1636);

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
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   zW: () => (/* binding */ readTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1636);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4036);



const COUNTER = /#(0|[1-9]\d{0,14})$/;
/**
 * The event a tag name records, or why it is not a registry tag (a phrase such as "has no '@'
 * or '#' after an artifact name"): the tag grammar itself, for those that say why.
 */
function readTag(tag) {
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
    const parsed = readTag(tag);
    if (typeof parsed === "string") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidNameError */ .Tw("tag", tag, parsed, "Registry tags look like m@v1.2.0, m@v1.2.0!, m#prod#7, m#prod!#8, m@deprecated or m@deprecated!");
    }
    return parsed;
}
/** The event of a registry tag, or undefined for tags the registry does not own (v1.0, latest). */
function tryParseTag(tag) {
    const parsed = readTag(tag);
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


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   lV: () => (/* binding */ scopePrefixes),
/* harmony export */   vb: () => (/* binding */ scopeQuery)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2650);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4036);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9270);



/**
 * Every tag in the scope starts with one of these. The names are checked first: valid names
 * hold no character that git's patterns or refspecs would read as a wildcard.
 */
function scopePrefixes(scope) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)("artifact", scope.artifact);
    if ("stage" in scope)
        return [`${scope.artifact}#${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assertName */ .I1)("stage", scope.stage)}`];
    if ("version" in scope) {
        (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .assertVersion */ .bT)(scope.version);
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
    const event = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .tryParseTag */ .XM)(tag);
    if (event?.artifact !== scope.artifact)
        return false;
    if ("stage" in scope)
        return "stage" in event && event.stage === scope.stage;
    if ("version" in scope)
        return "version" in event && event.version === scope.version;
    return true;
}


/***/ })

};
