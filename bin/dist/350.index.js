export const id = 350;
export const ids = [350];
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

/***/ 803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* binding */ POLICY_PATH),
  VR: () => (/* binding */ findRegistryPolicy),
  zG: () => (/* binding */ readCommittedPolicy)
});

// UNUSED EXPORTS: loadRegistryPolicy, registryPolicyContract

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/engine/files/workspace-links.js
var workspace_links = __webpack_require__(1764);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var registry_errors = __webpack_require__(1636);
// EXTERNAL MODULE: ./shared/dist/platform/registry/git-exec.js
var git_exec = __webpack_require__(4454);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./shared/dist/engine/process/hardened-git.js
var hardened_git = __webpack_require__(7293);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/policy-git.js
/**
 * The git calls that read the registry policy as a commit holds it. They run in the host's
 * environment (its HOME holds the safe.directory that trusts a checkout), and they carry bytes:
 * the sha256 a stage tag records is of the file's bytes, as `git show <commit>:<file> |
 * sha256sum` prints them. What they tell is read from exit codes and plumbing output, never
 * from git's messages, which speak the user's language.
 */






/** git could not be started: it is not installed, or not on the PATH. */
class GitMissingError extends registry_errors/* GitError */.XS {
}
/** Room for the largest document read (read-structured's cap), which is checked first. */
const MAX_BUFFER = 512 * 2 ** 20;
/** The longest target a symbolic link may name (Linux's PATH_MAX): a longer one is no path. */
const MAX_LINK_TARGET = 4096;
/**
 * git for the repository of `root` (by name where it is a bare one), in `env` or, where none is
 * given, in the environment of this process, as the registry's own git runs. Its stdout is
 * decoded as latin1, which maps each byte to one character and back: GitExec carries text, and
 * a blob must come through unchanged. `bytes` and `text` read it.
 */
function policyGit(root, env) {
    const exec = (args, { cwd, input }) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)("git", [...hardened_git/* HARDENED_GIT */.H, ...args], { cwd, env, encoding: "latin1", maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
            const stderrText = policy_git_text(stderr);
            if (error && typeof error.code !== "number") {
                const Failure = error.code === "ENOENT" ? GitMissingError : registry_errors/* GitError */.XS;
                reject(new Failure(args, `${error.message}\n${stderrText}`));
                return;
            }
            resolve({ code: error ? Number(error.code) : 0, stdout, stderr: stderrText });
        });
        child.stdin?.on("error", () => undefined);
        child.stdin?.end(input);
    });
    return (0,git_exec/* bareByName */.$)(exec, root);
}
/** What `policyGit` printed, as the bytes git wrote. */
const bytes = (stdout) => Buffer.from(stdout, "latin1");
/** What `policyGit` printed, as UTF-8 text (paths, messages). */
const policy_git_text = (stdout) => bytes(stdout).toString("utf8");
/** A path from the top of the repository, taken as it is written (no glob). */
const literal = (path) => `:(top,literal)${path}`;
/** A symbolic link's mode in a tree. */
const LINK = "120000";
/** Links followed in one path before it is taken for a loop (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;
/** The entries of `commit` at each of `paths` (from the top), in one `git ls-tree`. */
async function treeEntries(git, root, commit, paths) {
    const args = ["ls-tree", "--full-tree", "-l", "-z", commit, "--", ...paths];
    const entries = new Map();
    // `<mode> <type> <object> <size>\t<path>`: a tree one descends through is not listed itself.
    for (const row of policy_git_text(await (0,git_exec/* gitOk */.Tt)(git, args, { cwd: root })).split("\0")) {
        const tab = row.indexOf("\t");
        if (tab < 0)
            continue;
        const [mode = "", , object = "", size = ""] = row.slice(0, tab).split(/ +/);
        entries.set(row.slice(tab + 1), { mode, object, size: Number(size) });
    }
    return entries;
}
/**
 * Where `path` leads in `commit`, following the links the commit holds on the way (a committed
 * `registry.yml -> ../config/registry.yml` is followed, as a checkout of it is read): a file
 * the commit holds, none, or a link that leads out of the repository, whose file no commit
 * holds. `links` are the links passed, which a working tree must hold as committed too.
 */
async function resolveCommitted(git, root, commit, path) {
    const links = [];
    let current = path;
    for (;;) {
        const parts = current.split("/");
        const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
        const entries = await treeEntries(git, root, commit, prefixes);
        const at = prefixes.findIndex((prefix) => entries.get(prefix)?.mode === LINK);
        if (at < 0) {
            const entry = entries.get(current);
            if (entry === undefined)
                return { kind: "none", path: current, links };
            if (!/^100[67]/.test(entry.mode)) {
                throw new registry_errors/* PolicyRefusal */.Fk(`${(0,escape_control/* shownRef */.nK)(current)} is no file in commit ${commit.slice(0, 12)} (git mode ${entry.mode}): the registry policy must be one`, "Commit the policy as a file");
            }
            return { kind: "file", found: { file: current, ...entry }, links };
        }
        const link = prefixes[at];
        links.push(link);
        if (links.length > MAX_LINKS) {
            throw new registry_errors/* PolicyRefusal */.Fk(`${path} leads through more than ${MAX_LINKS} symbolic links in commit ${commit.slice(0, 12)}, a loop`, "Commit the policy as a file, or a link to one");
        }
        const target = await linkTarget(git, root, commit, link, entries.get(link));
        const next = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(link), target, ...parts.slice(at + 1)));
        if (external_node_path_.posix.isAbsolute(target) || next === ".." || next.startsWith("../")) {
            return { kind: "outside", target, links };
        }
        current = next;
    }
}
/** The path a committed link names, read only where it is no longer than a path may be. */
async function linkTarget(git, root, commit, link, entry) {
    if (entry.size > MAX_LINK_TARGET) {
        throw new registry_errors/* PolicyRefusal */.Fk(`${(0,escape_control/* shownRef */.nK)(link)} is a symbolic link of ${entry.size} bytes in commit ${commit.slice(0, 12)}, more than the ${MAX_LINK_TARGET} a path may hold`, "Commit the policy as a file, or a link to one");
    }
    return policy_git_text(await (0,git_exec/* gitOk */.Tt)(git, ["cat-file", "blob", entry.object], { cwd: root }));
}
/** The bytes of a committed file. */
async function blobBytes(git, root, object) {
    return bytes(await (0,git_exec/* gitOk */.Tt)(git, ["cat-file", "blob", object], { cwd: root }));
}
/**
 * How the working tree holds `paths` unlike HEAD, as git judges it: its filters (core.autocrlf,
 * an `eol` attribute) make no change, and a file a sparse checkout leaves out (skip-worktree) is
 * not deleted. Ignored files are listed too, as a policy never committed. No lock is taken: the
 * index is only read.
 */
async function changes(git, root, paths) {
    const args = [
        "--no-optional-locks",
        "status",
        "--porcelain",
        "-z",
        "--ignored=matching",
        "--untracked-files=all",
        "--",
        ...paths.map(literal),
    ];
    const fields = policy_git_text(await (0,git_exec/* gitOk */.Tt)(git, args, { cwd: root })).split("\0");
    const found = [];
    for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (field.length < 4)
            continue;
        found.push({ code: field.slice(0, 2), path: field.slice(3) });
        // A rename or copy names where it came from in the next field.
        if (/^[RC]/.test(field))
            i++;
    }
    return found;
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-policy.schema.json
const registry_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.registry-policy/v1","title":"Registry policy","description":"The stages of a registry in their order, which of them need evidence, and who may skip the checks.","type":"object","additionalProperties":false,"required":["stages"],"properties":{"schema":{"const":"mlops.registry-policy/v1"},"ordered":{"type":"boolean","description":"When true (the default), a version must have held the previous stage in the list before it is assigned a stage."},"stages":{"type":"array","minItems":1,"description":"Every stage of the registry, earliest first; other stages are refused.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z0-9]([a-zA-Z0-9\\\\-/_]*[a-zA-Z0-9])?$","description":"The stage, as it appears in tags (m#name#7)."},"description":{"type":"string"},"evidence":{"type":"boolean","description":"When true, assigning this stage needs a passing eval report or a promoted canary report about the version\'s model file."},"may-skip":{"type":"array","items":{"type":"string","minLength":1},"description":"Actors who may assign this stage without the evidence or the previous stage; the skip is recorded in the tag."}}}}}}');
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
    return checkedPolicy((0,read_structured/* readStructured */.cW)(path, shownAs), shownAs);
}
/** A policy document checked against its schema, and for a stage named twice. */
function checkedPolicy(doc, shownAs) {
    const policy = (0,validate/* validateContract */.T)(registryPolicyContract, doc.value, shownAs, doc.lineOf);
    const names = policy.stages.map((stage) => stage.name);
    const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
    if (twice !== -1) {
        const line = doc.lineOf(`/stages/${twice}`);
        throw new errors/* ContractError */.Vl(line === undefined ? shownAs : `${shownAs}:${line}`, `/stages/${twice}/name`, `names stage '${names[twice]}' a second time`, "List each stage once");
    }
    return policy;
}
/**
 * The working tree's policy, or undefined when it has none (then every stage is allowed): what
 * the registry's readers, and the operations of promote that move no stage, apply.
 */
function findRegistryPolicy(repository, workspace) {
    const path = (0,external_node_path_.join)(repository, POLICY_PATH);
    if (workspace !== undefined)
        refuseLinkOut(path, workspace);
    return (0,external_node_fs_.existsSync)(path) ? loadRegistryPolicy(path, POLICY_PATH) : undefined;
}
/**
 * Refuses a policy file that a symbolic link leads out of `workspace` (or into its .git): where
 * links are confined, a pull request could otherwise have any file of the runner read, and
 * parts of it echoed in the policy's errors.
 */
function refuseLinkOut(path, workspace) {
    const out = (0,workspace_links/* linkOut */.L2)(workspace, path);
    if (out === undefined)
        return;
    throw new registry_errors/* PolicyRefusal */.Fk(`${POLICY_PATH} ${(0,workspace_links/* describeLinkOut */.mu)(out, workspace)}, which a workflow run does not follow`, "Commit the policy itself in the repository, in place of the link");
}
/** Why the working tree's policy is not applied, for a refusal. */
const APPLIED = "promote applies the policy as committed, which the stage tags record";
const sha256 = (bytes) => (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
const parsedPolicy = (bytes) => checkedPolicy((0,read_structured/* parseStructured */.jE)(bytes.toString("utf8"), POLICY_PATH), POLICY_PATH);
/**
 * The policy committed at HEAD of the repository that holds `root`, the commit a registration is
 * tagged on, for an operation that moves a stage: an edit left in the working tree would change
 * what a promotion is allowed without a trace, so a working tree whose policy git finds changed
 * is refused (a dry run warns). A bare repository has no working tree to differ. Where git
 * cannot read the repository at all, the folder's policy is applied as before, with a warning.
 */
async function readCommittedPolicy(root, options) {
    const warn = options.warn ?? (() => undefined);
    const git = policyGit(root, options.env);
    const where = await locate(git, root);
    if ("why" in where) {
        const applied = workingPolicy(root, options);
        const unrecorded = "is applied as the folder holds it, and stage tags record no commit of it";
        if (applied.record)
            warn(`${POLICY_PATH} ${unrecorded}: ${where.why}. ${where.fix}`);
        return applied;
    }
    const { inside, head } = where;
    const file = `${where.prefix}${POLICY_PATH}`;
    const resolved = await resolveCommitted(git, root, head, file);
    if (resolved.kind === "none" && resolved.links.length > 0) {
        throw new registry_errors/* PolicyRefusal */.Fk(`${(0,escape_control/* shownRef */.nK)(file)} leads by a symbolic link to ${(0,escape_control/* shownRef */.nK)(resolved.path)}, a file HEAD (${head.slice(0, 12)}) does not hold: the stage tags could name no committed policy`, "Commit the file the link leads to, or the policy itself in place of the link");
    }
    const change = inside ? await difference(git, root, file, resolved) : undefined;
    if (change) {
        const { problem, fix } = workingTreeProblem(change, file, head);
        if (!options.dryRun)
            throw new registry_errors/* PolicyRefusal */.Fk(`${problem}: ${APPLIED}`, fix);
        warn(`${problem}: a real run would refuse it (${APPLIED}); this dry run plans with it. ${fix}`);
        return workingPolicy(root, options);
    }
    if (resolved.kind === "none")
        return { rules: undefined, record: null };
    if (resolved.kind === "outside") {
        return outsidePolicy(root, { file, inside, target: resolved.target }, options, warn);
    }
    const applied = await committedPolicy(git, root, head, resolved.found);
    if (inside)
        await warnUnpushed(git, root, head, options, warn);
    return applied;
}
async function locate(git, root) {
    const args = ["rev-parse", "--is-inside-work-tree", "--show-prefix"];
    let where;
    try {
        where = await git(args, { cwd: root });
    }
    catch (error) {
        if (!(error instanceof GitMissingError))
            throw error;
        const fix = "Install git (or put it on the PATH), so that the tags name the policy's commit";
        return { why: "git is not installed (not found on the PATH)", fix };
    }
    if (where.code !== 0)
        return unreadable(git, root, args, where.stderr);
    const [inside = "", prefix = ""] = policy_git_text(where.stdout).split("\n");
    const head = await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd: root });
    if (head.code !== 0) {
        const fix = "Commit the policy, so that the tags name its commit";
        return { why: "the repository has no commit yet", fix };
    }
    return { inside: inside === "true", prefix, head: policy_git_text(head.stdout).trim() };
}
/**
 * Why git found no repository it would read at `root`: one another user owns (which git reads
 * once trusted, asked here only for its top folder, to name it), or none at all. Told apart by
 * what git does, not by its messages, which speak the user's language.
 */
async function unreadable(git, root, args, stderr) {
    const trusted = ["-c", "safe.directory=*", "rev-parse", "--show-toplevel"];
    const owned = await git(trusted, { cwd: root });
    if (owned.code === 0) {
        const top = (0,escape_control/* shownRef */.nK)(policy_git_text(owned.stdout).trim());
        const why = `git refuses the repository at ${top}, which another user owns ("dubious ownership")`;
        return { why, fix: `Trust it with: git config --global --add safe.directory ${top}` };
    }
    if (!inRepositoryFolder(root) || /not a git repository/.test(stderr)) {
        const fix = "Run promote in a clone of the repository that commits the policy (actions/checkout in a workflow)";
        return { why: `${root} is in no git repository`, fix };
    }
    throw new registry_errors/* GitError */.XS(args, stderr);
}
/** Whether `folder` or one above it holds a `.git`, where git looks for a repository. */
function inRepositoryFolder(folder) {
    for (let at = (0,external_node_path_.resolve)(folder);; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, ".git")))
            return true;
        if ((0,external_node_path_.dirname)(at) === at)
            return false;
    }
}
/**
 * The folder's own policy file, recorded with no commit; none where there is no file. Where
 * links are confined, none may lead it out of the workspace.
 */
function workingPolicy(root, options) {
    const path = (0,external_node_path_.join)(root, POLICY_PATH);
    if (options.confineLinks && options.workspace !== undefined) {
        refuseLinkOut(path, options.workspace);
    }
    if (!(0,external_node_fs_.existsSync)(path))
        return { rules: undefined, record: null };
    const refuse = ({ problem, fix }) => new errors/* FileError */.f6(POLICY_PATH, problem, fix);
    const bytes = (0,read_structured/* readDocumentBytes */.h9)(path, refuse);
    const record = { file: POLICY_PATH, commit: null, sha256: sha256(bytes) };
    return { rules: parsedPolicy(bytes), record };
}
/**
 * A policy committed as a link out of the repository (`registry.yml -> /etc/mlops/registry.yml`),
 * which no commit holds: a checkout on the user's own machine follows it, as promote always has,
 * with a warning. A workflow run refuses it (a pull request could link the policy to any file of
 * the runner, to have it echoed), a bare repository has nowhere to follow it to, and a link to
 * no file would apply no rules at all.
 */
function outsidePolicy(root, link, options, warn) {
    const where = `${(0,escape_control/* shownRef */.nK)(link.file)} leads by a symbolic link out of the repository, to '${(0,escape_control/* shownRef */.nK)(link.target)}'`;
    const fix = "Commit the policy itself in the repository, so that the tags name its commit";
    const refused = !link.inside
        ? "which a bare repository cannot follow"
        : options.confineLinks
            ? "which a workflow run does not follow: only the checkout's own files are read"
            : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, POLICY_PATH))
                ? undefined
                : "where there is no file";
    if (refused)
        throw new registry_errors/* PolicyRefusal */.Fk(`${where}, ${refused}`, fix);
    warn(`${where}: it is applied as the link finds it, and stage tags record no commit of it. ${fix}`);
    return workingPolicy(root, options);
}
/** The first way the working tree holds the policy (or a link on the way to it) unlike HEAD. */
async function difference(git, root, file, resolved) {
    const found = resolved.kind === "file" ? [resolved.found.file] : [];
    const [first] = await changes(git, root, [...new Set([file, ...resolved.links, ...found])]);
    if (first)
        return first;
    // git does not look behind a link that HEAD lacks, where a file still stands uncommitted.
    const uncommitted = resolved.kind === "none" && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, POLICY_PATH));
    return uncommitted ? { code: "??", path: file } : undefined;
}
/** The policy as `commit` holds it, recorded by the sha256 of its bytes. */
async function committedPolicy(git, root, commit, found) {
    const oversized = (0,read_structured/* oversizedDocument */.VZ)(found.size);
    if (oversized) {
        const shown = `${POLICY_PATH} (as committed at HEAD, ${commit.slice(0, 12)})`;
        throw new errors/* FileError */.f6(shown, oversized.problem, oversized.fix);
    }
    const bytes = await blobBytes(git, root, found.object);
    const record = { file: found.file, commit, sha256: sha256(bytes) };
    return { rules: parsedPolicy(bytes), record };
}
/**
 * Warns where no branch of the remote holds the policy's commit (a commit made for the run and
 * not pushed): the tags name it, and an audit of them, from a clone, could not open it.
 */
async function warnUnpushed(git, root, head, options, warn) {
    const remote = options.remote ?? "origin";
    if (head === options.pushed)
        return;
    const said = async (args) => policy_git_text(await (0,git_exec/* gitOk */.Tt)(git, args, { cwd: root })).trim();
    // A shallow clone knows too little history to say, and one with no branch of the remote
    // (a tag checked out alone, or no remote) nothing at all.
    if ((await said(["rev-parse", "--is-shallow-repository"])) === "true")
        return;
    const branches = ["for-each-ref", "--count=1", "--format=%(refname)", `refs/remotes/${remote}/`];
    if ((await said(branches)) === "")
        return;
    if ((await said([...branches, "--contains", head])) !== "")
        return;
    warn(`the stage tags record the policy as committed at ${head.slice(0, 12)} (HEAD), which no branch of the remote '${remote}' holds: whoever audits them from a clone cannot open it. Push it (git push ${remote} HEAD:<branch>)`);
}
/** How the working tree's policy differs from HEAD's, and how to set that right. */
function workingTreeProblem(change, file, head) {
    const at = `HEAD (${head.slice(0, 12)})`;
    const path = (0,escape_control/* shownRef */.nK)(change.path);
    const subject = change.path === file ? path : `${path}, on the way to ${(0,escape_control/* shownRef */.nK)(file)},`;
    // From the top of the repository, wherever the command is typed.
    const checkout = `git checkout HEAD -- ':/${path}'`;
    const [problem, revert] = change.code === "??" || change.code === "!!"
        ? [`is not committed at ${at}`, "delete the file"]
        : change.code.includes("D")
            ? [`is committed at ${at} but deleted from the working tree`, checkout]
            : [`differs from the one committed at ${at}`, checkout];
    return {
        problem: `${subject} ${problem}`,
        fix: `Commit it or revert it (${revert}), then run promote again`,
    };
}


/***/ })

};
