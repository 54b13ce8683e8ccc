export const id = 684;
export const ids = [684];
export const modules = {

/***/ 6684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegistryCommand: () => (/* binding */ runRegistryCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/platform/github/github-context.js
var github_context = __webpack_require__(2525);
// EXTERNAL MODULE: ./shared/dist/interface/describe-failure.js
var describe_failure = __webpack_require__(6182);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/platform/registry/artifacts-index.js
var artifacts_index = __webpack_require__(8944);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry.js + 6 modules
var registry_registry = __webpack_require__(656);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-overview.js

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Every artifact of the registry (its tags, read once) and of the index: an artifact only
 * annotated, with no tag yet, is listed too, with no latest version, as GTO lists it.
 */
function registryOverview(states, entries) {
    const names = [...new Set([...states.keys(), ...entries.keys()])].sort(byName);
    const artifacts = names.map((name) => {
        const entry = entries.get(name);
        return {
            ...(0,registry_registry/* summarize */.e)(name, states.get(name)),
            type: entry?.type,
            path: entry?.path,
            description: entry?.description,
            labels: entry?.labels ?? [],
        };
    });
    const stages = [...new Set(artifacts.flatMap((a) => a.stages.map((s) => s.stage)))].sort(byName);
    return { stages, artifacts };
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 4 modules
var choose_backend = __webpack_require__(2025);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-state.js
var registry_state = __webpack_require__(7499);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var registry_errors = __webpack_require__(9255);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-policy.js + 1 modules
var registry_policy = __webpack_require__(4291);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/registry-summary.js
var registry_summary = __webpack_require__(3933);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/platform/registry/asset-names.js
var asset_names = __webpack_require__(2655);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-asset.js
var registry_asset = __webpack_require__(4126);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/fetch-release.js
/**
 * The files of a registered version, copied into a folder: what a serving job or a gate needs
 * of the model in prod (`mlops registry fetch churn#prod --to model`). Each file is checked
 * against the digest its registration tag records, and the folder appears whole or not at all.
 */









/**
 * Refuses a destination that is anything but absent or an empty folder: a fetch never mixes two
 * versions' files, and never writes through a link.
 */
function assertFreeFolder(folder) {
    const stats = (0,external_node_fs_.lstatSync)(folder, { throwIfNoEntry: false });
    if (stats === undefined)
        return;
    const fix = "Remove it, or name another folder with --to: a fetch writes a version's files alone";
    if (!stats.isDirectory()) {
        throw new errors/* FileError */.f6(folder, `is ${stats.isSymbolicLink() ? "a link" : "a file"}, not a folder`, fix);
    }
    if ((0,external_node_fs_.readdirSync)(folder).length > 0)
        throw new errors/* FileError */.f6(folder, "is not empty", fix);
}
/**
 * Copies every file the version `reference` names (a stage's holder at `at`, or a version)
 * records into `folder(artifact, version)`, through a sibling folder renamed into place.
 */
async function fetchRelease(backend, reference, folder, at) {
    const registration = await (0,registry_asset/* registrationOf */.DD)(backend, reference, undefined, at);
    const { tag, metadata } = registration;
    const version = registration.version;
    const recorded = metadata?.assets ?? [];
    if (recorded.length === 0) {
        throw new registry_errors/* RegistryError */.gl(`release ${tag} records no files: the version was registered without any`, registry_asset/* REGISTER_ANEW */.sM);
    }
    const unsafe = recorded.find((asset) => !(0,asset_names/* isPlainName */.s)(asset.name));
    if (unsafe) {
        throw new registry_errors/* RegistryError */.gl(`release ${tag} records an asset named ${JSON.stringify(unsafe.name)}, which is not a plain file name`, registry_asset/* REGISTER_ANEW */.sM);
    }
    const destination = folder(reference.artifact, version);
    assertFreeFolder(destination);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    // mkdir, not mkdtemp: the folder is the user's, made with their umask, not private to them.
    const partial = (0,external_node_path_.join)((0,external_node_path_.dirname)(destination), `.${(0,external_node_path_.basename)(destination)}.partial-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.mkdir)(partial);
    try {
        const saved = await backend.saveAssets(tag, recorded.map((asset) => asset.name), partial);
        const assets = [];
        for (const asset of recorded) {
            const copy = saved.find((file) => file.name === asset.name)?.location;
            if (!copy) {
                throw new registry_errors/* RegistryError */.gl(`release ${tag} records ${asset.name}, but ${backend.description} stores no such file`, registry_asset/* REGISTER_ANEW */.sM);
            }
            // The copy is what is checked: what the folder holds is what the tag recorded.
            if ((await (0,hash_file/* hashFile */.D)(copy)) !== asset.sha256) {
                throw new registry_errors/* RegistryError */.gl(`release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`, `The stored file was changed after registration. ${registry_asset/* REGISTER_ANEW */.sM}`);
            }
            assets.push({ ...asset, path: (0,external_node_path_.join)(destination, asset.name) });
        }
        if ((0,external_node_fs_.lstatSync)(destination, { throwIfNoEntry: false }))
            await (0,promises_.rmdir)(destination);
        await (0,promises_.rename)(partial, destination);
        return { artifact: reference.artifact, version, tag, folder: destination, assets };
    }
    catch (error) {
        await (0,promises_.rm)(partial, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/dist/hosts/cli/registry-fetch.js






function render(fetched, reference, cwd) {
    const files = fetched.assets.length === 1 ? "1 file" : `${fetched.assets.length} files`;
    const folder = (0,display_path/* displayPath */.G)(cwd, fetched.folder);
    return [
        `${reference}: ${fetched.artifact} ${fetched.version} (${fetched.tag}), ${files} in ${folder}`,
        ...fetched.assets.map((a) => `  ${a.name}  ${a.size} bytes  sha256 ${a.sha256}`),
    ].join("\n");
}
/**
 * `mlops registry fetch <reference>`: the version's files into `--to`, by default a folder
 * named for the artifact and version in the working directory. Returns what to print.
 */
async function registryFetch(backend, text, options, cwd) {
    const reference = (0,tag_grammar/* parseReference */.F2)(text);
    if (!reference) {
        throw new errors/* UsageError */.eb(`'${text}' is not a registry reference`, "Name a stage's holder or a version, such as churn#prod or churn@v1.2.0");
    }
    if (options.at && !("stage" in reference)) {
        throw new errors/* UsageError */.eb("--at needs a stage, such as churn#prod", "A version's files never change");
    }
    const fetched = await fetchRelease(backend, reference, (artifact, version) => (0,external_node_path_.resolve)(cwd, options.to ?? `${artifact}@${version}`), options.at);
    // Asset names come from tags (anyone who can push one writes it): no direction override in
    // them reaches a terminal unescaped.
    return options.json ? JSON.stringify(fetched) : (0,escape_control/* escapeControl */.h)(render(fetched, text, cwd));
}

// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
;// CONCATENATED MODULE: ./shared/dist/hosts/cli/registry-table.js


/** What a cell with nothing to say shows, as in `gto show`. */
const NONE = "-";
const cell = (text) => (text ? (0,sanitize_markdown/* sanitizeMarkdown */.LO)(text) : NONE);
/** `#prod`: escaped as a cell is, but a `#` inside a table cell starts no heading. */
const stageHeader = (stage) => (0,sanitize_markdown/* sanitizeMarkdown */.LO)(`#${stage}`).replace(/^\\#/, "#");
/** As GTO marks them: `*name` for an artifact annotated but never registered. */
const nameCell = (a) => `${a.versions.length ? "" : "*"}${a.artifact}${a.deprecation ? " (deprecated)" : ""}`;
/**
 * The overview as `gto show` lays it out: a row per artifact with its latest version and the
 * version in each stage (a column `#stage` each), then its type, description and labels from
 * artifacts.yaml when any artifact has them; an artifact only annotated is marked `*name`. Markdown; the host shows it as text on a terminal.
 */
function registryTable({ stages, artifacts }) {
    if (artifacts.length === 0)
        return "No artifacts in the registry.";
    const extra = [
        { header: "type", of: (a) => a.type },
        { header: "description", of: (a) => a.description },
        { header: "labels", of: (a) => a.labels.join(", ") },
    ].filter((column) => artifacts.some((a) => column.of(a)));
    const rows = artifacts.map((a) => [
        cell(nameCell(a)),
        cell(a.latest),
        ...stages.map((stage) => cell(a.stages.find((s) => s.stage === stage)?.version)),
        ...extra.map((column) => cell(column.of(a))),
    ]);
    return (0,markdown_table/* markdownTable */.Q)(["name", "latest", ...stages.map(stageHeader), ...extra.map((c) => c.header)], rows);
}

// EXTERNAL MODULE: ./shared/dist/hosts/cli/terminal-text.js
var terminal_text = __webpack_require__(5055);
;// CONCATENATED MODULE: ./shared/dist/hosts/cli/registry-command.js



















const COMMANDS = ["show", "history", "fetch"];
const HELP = `mlops registry: ${registry_summary/* REGISTRY_SUMMARY */.P}.

Usage: mlops registry show [options]
       mlops registry show <artifact> [--stage <stage>] [--at <date>] [options]
       mlops registry history <artifact> [--stage <stage>] [options]
       mlops registry fetch <artifact#stage | artifact@version> [--to <folder>] [--at <date>]

Commands:
  show      without an artifact: every artifact with its latest version and the version in
            each stage, and its type, description and labels from artifacts.yaml (GTO's
            index, read from --registry), as a table on a terminal and markdown when piped;
            with one: the artifact's versions, its latest version and who holds each stage
            (--stage: only who holds that stage, which reads only its tags;
            --at <date>: its versions and stages as they stood then, as ISO 8601)
  history   every registry event of the artifact in the order it happened, oldest first
            (--stage: of one stage); restores and rollbacks are named as such. Within one
            second (tag dates have no finer time) stage tags go by their counters, and a
            registration comes just before its version's first event
  fetch     copies every file of the version a stage holds (churn#prod; --at <date>: held
            then) or of a version (churn@v1.2.0) into --to (default: <artifact>@<version>),
            each checked against the sha256 its registration tag records; the folder is
            written whole or not at all, and must be empty or absent

Options:
  --registry <path>      the local git repository of the registry, and of artifacts.yaml
                         (default: .)
  --backend <choice>     ${choose_backend/* BACKENDS */.A.join(" | ")} (default: auto: GitHub when GITHUB_TOKEN and
                         GITHUB_REPOSITORY are set, else git)
  --repo <owner/name>    the GitHub repository, instead of GITHUB_REPOSITORY
  --to <folder>          where fetch writes the files
  --json                 print one JSON object on stdout
  --debug                print the stack trace of an error
  --help                 print this help`;
const OPTIONS = {
    registry: { type: "string" },
    backend: { type: "string" },
    repo: { type: "string" },
    stage: { type: "string" },
    at: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean" },
};
function renderShow(summary, at) {
    const lines = [
        `${summary.artifact}${summary.deprecation ? ` (deprecated by ${summary.deprecation})` : ""}`,
        `latest: ${summary.latest ?? "none"}`,
        `${at ? `stages at ${at.toISOString()}:` : "stages:"}${summary.stages.length ? "" : " none"}`,
        ...summary.stages.map((s) => `  ${s.stage}: ${s.version ?? "empty"}${s.tag ? ` (${s.tag})` : ""}`),
        `versions (by SemVer precedence):${summary.versions.length ? "" : " none"}`,
        ...summary.versions.map((v) => `  ${v.version} (${v.tag})${v.deregistration ? ` deregistered by ${v.deregistration}` : ""}`),
    ];
    return lines.join("\n");
}
const renderStage = (shown, at) => `${shown.artifact}#${shown.stage}${at ? ` at ${at.toISOString()}` : ""}: ` +
    `${shown.version ?? "empty"}${shown.tag ? ` (${shown.tag})` : ""}`;
const eventJson = (e) => ({
    tag: e.tag,
    action: e.action,
    event: (0,registry_state/* eventLabel */.TS)(e),
    rollback_from: e.metadata?.rollback_from ?? null,
    version: e.version ?? null,
    stage: e.stage ?? null,
    counter: e.counter ?? null,
    commit: e.commit,
    tagger: e.tagger,
    date: e.date.toISOString(),
    summary: e.summary,
});
const renderHistory = (events) => events
    .map((e) => [
    e.date.toISOString(),
    e.tag,
    (0,registry_state/* eventLabel */.TS)(e),
    `by ${e.tagger.name}${e.summary ? `: ${e.summary}` : ""}`,
].join("  "))
    .join("\n");
/** artifacts.yaml as far as it can be read: a file that cannot is one warning, not a failure. */
function indexOrWarning(root) {
    try {
        return (0,artifacts_index/* readArtifactsIndex */.UP)(root);
    }
    catch (error) {
        if (!(error instanceof errors/* FileError */.f6))
            throw error;
        return { entries: new Map(), warnings: [`${error.message}; it is ignored`] };
    }
}
/** At most this many names are listed in an error line; the rest are counted. */
const LISTED = 10;
const listNames = (names) => names.length > LISTED
    ? `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`
    : names.join(", ");
/**
 * Refuses a name the registry does not know, so that a typo is not answered as if it were an
 * empty artifact or stage. Known artifacts have tags or an entry in artifacts.yaml; known stages
 * were used by the artifact or are in the registry policy.
 */
class KnownNames {
    registry;
    root;
    constructor(registry, root) {
        this.registry = registry;
        this.root = root;
    }
    async check(artifact, state, stage) {
        if (!state) {
            const annotated = [...indexOrWarning(this.root).entries.keys()];
            if (!annotated.includes(artifact))
                await this.noArtifact(artifact, annotated);
        }
        if (stage === undefined)
            return;
        const used = new Set((0,registry_state/* eventsOf */.XL)(state).flatMap((e) => (e.stage ? [e.stage] : [])));
        if (used.has(stage))
            return;
        const configured = (0,registry_policy/* findRegistryPolicy */.VR)(this.root)?.stages.map((s) => s.name) ?? [];
        if (configured.includes(stage))
            return;
        const stages = [...new Set([...used, ...configured])].sort();
        if (stages.length === 0) {
            throw new registry_errors/* NotFoundError */.m_(`${artifact} has no stage '${stage}': it was never assigned to a stage, and ${registry_policy/* POLICY_PATH */.l$} configures none`, "Assign it to a stage with mlops promote first");
        }
        throw new registry_errors/* NotFoundError */.m_(`${artifact} has no stage '${stage}'; its stages: ${listNames(stages)}`, `${(0,closest_name/* didYouMean */.au)(stage, stages)}Name one of its stages, or assign the stage with mlops promote`);
    }
    async noArtifact(artifact, annotated) {
        const names = [...new Set([...(await this.registry.read()).keys(), ...annotated])].sort();
        const { description: where, kind } = this.registry.backend;
        if (names.length === 0) {
            throw new registry_errors/* NotFoundError */.m_(`no artifact '${artifact}': the registry (${where}) has none yet`, kind === "git"
                ? "Register one with mlops promote, or give the registry's path with --registry"
                : "Register one with mlops promote, or name the registry's repository with --repo");
        }
        throw new registry_errors/* NotFoundError */.m_(`no artifact '${artifact}' in the registry (${where}); known: ${listNames(names)}`, `${(0,closest_name/* didYouMean */.au)(artifact, names)}List them with mlops registry show`);
    }
}
/**
 * show and history take an artifact's name; a reference (`churn#prod`, `churn@v1.2.0`) is
 * answered with the command that says what it names, rather than as an invalid name.
 */
function refuseReference(command, text) {
    const reference = (0,tag_grammar/* parseReference */.F2)(text);
    if (!reference)
        return;
    const stage = "stage" in reference ? ` --stage ${reference.stage}` : "";
    throw new errors/* UsageError */.eb(`${command} takes an artifact name, and '${text}' is a registry reference`, `Usage: mlops registry ${command} ${reference.artifact}${stage}; the files of '${text}': mlops registry fetch ${text}`);
}
/** Registry text (anyone who can push a tag writes it) is escaped by the host's `io`. */
const print = (io, text) => io.stdout(`${text}\n`);
/** `mlops registry show|history <artifact>`: reads a registry from either backend. */
async function runRegistryCommand(argv, io) {
    let debug = argv.includes("--debug");
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: OPTIONS,
            allowPositionals: true,
        });
        debug = values.debug === true;
        const [command, artifact, ...extra] = positionals;
        if (values.help || command === undefined) {
            io.stdout(`${HELP}\n`);
            return values.help ? 0 : 1;
        }
        if (!COMMANDS.includes(command)) {
            throw new errors/* UsageError */.eb(`unknown registry command '${command}'`, `Commands: ${COMMANDS.join(", ")} (mlops registry --help)`);
        }
        if ((!artifact && command !== "show") || extra.length > 0) {
            throw new errors/* UsageError */.eb(`${command} takes one ${command === "fetch" ? "registry reference" : "artifact name"}`, command === "fetch"
                ? "Usage: mlops registry fetch churn#prod (or churn@v1.2.0)"
                : `Usage: mlops registry ${command} <artifact>`);
        }
        if (values.to !== undefined && command !== "fetch") {
            throw new errors/* UsageError */.eb("--to goes with fetch", "Usage: mlops registry fetch churn#prod --to model");
        }
        if (command === "history" && values.at !== undefined) {
            throw new errors/* UsageError */.eb("--at goes with show and fetch", "history lists every event with its date; for the registry at a date use mlops registry show <artifact> --at <date>");
        }
        if (command !== "fetch" && artifact)
            refuseReference(command, artifact);
        if (command === "fetch" && values.stage !== undefined) {
            throw new errors/* UsageError */.eb("fetch takes its stage in the reference, not --stage", "Usage: mlops registry fetch churn#prod");
        }
        const choice = values.backend ?? "auto";
        if (!choose_backend/* BACKENDS */.A.includes(choice)) {
            throw new errors/* UsageError */.eb(`--backend '${choice}' is not one of ${choose_backend/* BACKENDS */.A.join(", ")}`);
        }
        const at = values.at === undefined ? undefined : new Date(values.at);
        if (at && Number.isNaN(at.getTime())) {
            throw new errors/* UsageError */.eb(`--at '${values.at}' is not a date`, "Give it as ISO 8601, such as 2026-01-31T12:00:00Z");
        }
        const context = (0,github_context/* githubContextFromEnv */.S0)(io.env ?? {});
        const root = (0,external_node_path_.resolve)(io.cwd, values.registry ?? ".");
        const backend = await (0,choose_backend.chooseBackend)({
            choice: choice,
            path: root,
            repositoryFix: "Give the path of a git repository with --registry",
            github: { ...context, repo: (0,github_context/* parseRepo */.E3)(values.repo) ?? context.repo },
        });
        if (command === "fetch") {
            print(io, await registryFetch(backend, artifact, { ...values, at }, io.cwd));
            return 0;
        }
        const registry = new registry_registry.Registry({ backend });
        if (!artifact) {
            if (values.stage !== undefined || at) {
                throw new errors/* UsageError */.eb("--stage and --at need an artifact", "Usage: mlops registry show <artifact> --stage <stage>");
            }
            const index = indexOrWarning(root);
            for (const warning of index.warnings)
                io.stderr(`warning: ${warning}\n`);
            const overview = registryOverview(await registry.read(), index.entries);
            const table = registryTable(overview);
            if (values.json)
                print(io, JSON.stringify(overview));
            else
                print(io, io.stdoutIsTTY ? (0,terminal_text/* terminalText */.e)((0,escape_control/* escapeControl */.h)(table)) : table);
            return 0;
        }
        const known = new KnownNames(registry, root);
        if (command === "show" && values.stage !== undefined) {
            const holder = await registry.stageHolder(artifact, values.stage, at);
            // Only an empty answer reads more, to tell an empty stage from a misspelt name.
            if (!holder)
                await known.check(artifact, await registry.artifact(artifact), values.stage);
            const shown = {
                artifact,
                stage: values.stage,
                version: holder?.version,
                tag: holder?.assignment.tag,
            };
            print(io, values.json ? JSON.stringify(shown) : renderStage(shown, at));
            return 0;
        }
        const state = await registry.artifact(artifact);
        await known.check(artifact, state, values.stage);
        if (command === "show") {
            const summary = (0,registry_registry/* summarize */.e)(artifact, state && at ? (0,registry_state/* stateAt */.HK)(state, at) : state);
            print(io, values.json ? JSON.stringify(summary) : renderShow(summary, at));
        }
        else {
            const events = (0,registry_state/* eventsOf */.XL)(state, values.stage);
            const json = JSON.stringify({ artifact, events: events.map(eventJson) });
            print(io, values.json ? json : renderHistory(events) || "no events");
        }
        return 0;
    }
    catch (error) {
        // node:util's own errors about flags are usage errors too.
        const usage = error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
            ? new errors/* UsageError */.eb(error.message, "See mlops registry --help")
            : error;
        const { line, detail } = (0,describe_failure/* describeFailure */.I)(usage, debug, "--debug", io.cwd);
        if (detail)
            io.stderr(`${detail}\n`);
        io.stderr(`mlops registry: ${line}\n`);
        return 1;
    }
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

/***/ 4126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ registrationOf),
/* harmony export */   cc: () => (/* binding */ registryAsset),
/* harmony export */   sM: () => (/* binding */ REGISTER_ANEW)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9255);
/* harmony import */ var _github_github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */




/**
 * The backend promote chooses with `backend: auto`: GitHub in a workflow, else the git
 * repository of the working folder, since the actions that read a reference have no registry
 * input.
 */
async function autoBackend(cwd, github) {
    const { chooseBackend } = await __webpack_require__.e(/* import() */ 25).then(__webpack_require__.bind(__webpack_require__, 2025));
    return chooseBackend({
        choice: "auto",
        path: cwd,
        repositoryFix: REFERENCE_REPOSITORY_FIX,
        github: github ?? (0,_github_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .githubContextFromEnv */ .S0)({}),
    });
}
/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
const REGISTER_ANEW = "Register the files again as a new version, named outright (such as the next patch)";
const REFERENCE_REPOSITORY_FIX = "A registry reference is read from the git repository of the working folder, or on GitHub " +
    "given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: run from inside the registry's " +
    "repository, or give a file instead";
/**
 * The registration the reference names: the stage's holder (at `at`, when given), or the
 * version. None is an error about the action input that named it, or without an input (the
 * command line's `registry fetch`) a `NotFoundError`.
 */
async function registrationOf(backend, reference, input, at) {
    // Loaded on use: most runs compare with a file.
    const { Registry } = await __webpack_require__.e(/* import() */ 656).then(__webpack_require__.bind(__webpack_require__, 656));
    const registry = new Registry({ backend });
    const registration = "stage" in reference
        ? (await registry.stageHolder(reference.artifact, reference.stage, at))?.registration
        : (await registry.artifact(reference.artifact))?.versions.get(reference.version)
            ?.registration;
    if (registration)
        return registration;
    const when = at ? ` at ${at.toISOString()}` : "";
    const problem = "stage" in reference
        ? `no version of '${reference.artifact}' is in stage '${reference.stage}'${when} (${backend.description})`
        : `'${reference.artifact}' has no version ${reference.version} (${backend.description})`;
    if (input === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_(problem, "Check the registry with mlops registry show");
    }
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, problem, "Check the registry with mlops registry show, or name a file");
}
/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
async function registryAsset(reference, cwd, where, want) {
    const backend = await (where.backend ?? autoBackend)(cwd, where.github);
    const { tag, metadata } = await registrationOf(backend, reference, want.input);
    const recorded = metadata?.assets ?? [];
    const asset = recorded.find((a) => want.pattern.test(a.name));
    const location = asset && (await backend.assetFile(tag, asset.name));
    if (!asset || !location) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release ${tag} has no ${want.what} (${recorded.map((a) => a.name).join(", ") || "no assets"})`, want.fix);
    }
    if ((await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(location)) !== asset.sha256) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`, `The stored file was changed after registration. ${REGISTER_ANEW}`);
    }
    return { tag, location, name: asset.name };
}


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
