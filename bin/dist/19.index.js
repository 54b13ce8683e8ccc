export const id = 19;
export const ids = [19];
export const modules = {

/***/ 7794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ printHelp)
/* harmony export */ });
/**
 * Prints a command's help: on stdout with exit 0 when asked for (`--help`, `-h`), on stderr
 * with exit 1 when the command was left out, a usage error as `mlops` alone is.
 */
function printHelp(io, help, asked) {
    (asked ? io.stdout : io.stderr)(`${help}\n`);
    return asked ? 0 : 1;
}


/***/ }),

/***/ 3050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _parse_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9724);


/** What node's strict read refuses as a flag's value unless given with `=`. */
const LIKE_A_FLAG = /^-./;
/**
 * node:util's `parseArgs` for a command of several (`mlops registry show`), which refuses an
 * unknown flag as the actions do, naming the valid ones: node's own message names none, and
 * advises `--` for what is nearly always a typo. A flag without its value gets the actions' one
 * line too, where node's message runs to three sentences.
 */
function parseCommandArgs(command, argv, options) {
    const config = { args: [...argv], options, allowPositionals: true };
    // A loose read finds the flag; the strict read then checks the values of the known ones.
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ ...config, strict: false, tokens: true });
    for (const token of tokens) {
        if (token.kind !== "option")
            continue;
        if (!Object.hasOwn(options, token.name))
            throw (0,_parse_args_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownFlag */ .Vx)(token.rawName, command, Object.keys(options));
        // The loose read takes the next argument as the value even when it is a flag.
        const given = token.inlineValue || (token.value !== undefined && !LIKE_A_FLAG.test(token.value));
        if (options[token.name].type === "string" && !given)
            throw (0,_parse_args_js__WEBPACK_IMPORTED_MODULE_1__/* .missingValue */ .Qh)(token.name, "value", "-");
    }
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
}


/***/ }),

/***/ 1019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegistryCommand: () => (/* binding */ runRegistryCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/platform/github/github-context.js
var github_context = __webpack_require__(2525);
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

// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 5 modules
var choose_backend = __webpack_require__(883);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-state.js
var registry_state = __webpack_require__(7499);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-message.js
var tag_message = __webpack_require__(8600);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-event.schema.json
const registry_event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"schema":{"const":"mlops.registry-event/v1"},"version":{"type":"string","description":"On stage tags: the version assigned or unassigned."},"assets":{"type":"array","description":"On registration tags: every stored file; the first is the model file.","items":{"type":"object","required":["name","sha256","size"],"properties":{"name":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"size":{"type":"integer","minimum":0}}}},"evidence":{"type":"object","description":"On stage tags: the report the move rests on. Tags of older versions lack kind, mode and champion; older still, asset.","required":["file","sha256","verdict","model_sha256"],"properties":{"kind":{"enum":["eval-report","canary-report"]},"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"verdict":{"type":"string"},"model_sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$"},"asset":{"type":"string"},"mode":{"enum":["predictions","aggregate"]},"champion":{"type":["object","null"],"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}}},"run_url":{"type":"string","description":"The workflow run that made the tag."},"training_run":{"type":"object","description":"On registration tags: the training run the version came from.","required":["id","sha256","status","data_digests"],"properties":{"id":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"status":{"type":"string"},"data_digests":{"type":"array","items":{"type":"string"}},"git":{"type":"object","required":["commit","dirty"],"properties":{"commit":{"type":["string","null"]},"dirty":{"type":["boolean","null"]}}},"params_sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"asset":{"type":"string"}}},"skipped":{"type":"array","description":"The policy checks an actor on may-skip skipped: order, evidence.","items":{"type":"string"}},"rollback_from":{"type":"string","description":"On a rollback\'s assignment: the version it rolled back from."},"policy":{"type":["object","null"],"description":"On stage tags: the registry policy applied, as committed; null where none was (every stage allowed). Absent on tags made before it was recorded.","required":["file","commit","sha256"],"properties":{"file":{"type":"string"},"commit":{"type":["string","null"],"pattern":"^[0-9a-f]{40,64}$"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}}}');
;// CONCATENATED MODULE: ./shared/dist/platform/registry/shown-metadata.js
/**
 * A tag's mlops block as the registry's readers print it (`mlops registry history --json`). The
 * block is anyone's writing (a tag made with plain git may hold any JSON under the mlops schema),
 * so each field is taken only where it has the shape mlops writes, and only the properties that
 * shape names, with text cut short and lists cut, so that one forged tag cannot fill a log.
 */




/** At most this many items of a list are shown: a registration's files, a run's data digests. */
const LIST_LIMIT = 100;
/**
 * Fields the event itself gives as the registry reads them, not as the block says: the version
 * (a forged block may name one never registered) and the version rolled back from; and the
 * schema, which parseTagMessage checked.
 */
const READ_BY_THE_EVENT = new Set(["schema", "version", "rollback_from"]);
/** Each other field of the block, with its shape and its check on its own. */
const FIELDS = Object.entries(registry_event_schema_namespaceObject.qo)
    .filter(([name]) => !READ_BY_THE_EVENT.has(name))
    .map(([name, field]) => [
    name,
    field,
    (0,json_schema/* compileSchema */.Fc)(field),
]);
/** `value` as `shape` names it, each property null where absent; `cut` is told what is cut. */
function bounded(value, shape, at, cut) {
    if (typeof value === "string") {
        if (value.length > shorten/* NAME_LIMIT */.Uo)
            cut.push(at);
        return (0,escape_control/* shownRef */.nK)(value);
    }
    if (Array.isArray(value)) {
        if (value.length > LIST_LIMIT)
            cut.push(at);
        const items = value.slice(0, LIST_LIMIT);
        return items.map((item, i) => bounded(item, shape.items ?? {}, `${at}/${i}`, cut));
    }
    if (typeof value !== "object" || value === null)
        return value;
    const record = value;
    return Object.fromEntries(Object.entries(shape.properties ?? {}).map(([name, property]) => [
        name,
        name in record ? bounded(record[name], property, `${at}/${name}`, cut) : null,
    ]));
}
/** The tag's mlops block, checked and bounded; null where its message has none. */
function shownMetadata(metadata) {
    if (!metadata)
        return null;
    const block = metadata;
    const malformed = [];
    const cut = [];
    const fields = FIELDS.map(([name, shape, validate]) => {
        if (!(name in block))
            return [name, null];
        if (!validate(block[name])) {
            malformed.push(name);
            return [name, null];
        }
        return [name, bounded(block[name], shape, `/${name}`, cut)];
    });
    return {
        ...Object.fromEntries(fields),
        policy_recorded: "policy" in block && !malformed.includes("policy"),
        malformed,
        cut_short: cut,
    };
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var registry_errors = __webpack_require__(1636);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
// EXTERNAL MODULE: ./shared/dist/platform/registry/registry-policy.js + 2 modules
var registry_policy = __webpack_require__(803);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/cli-io.js
var cli_io = __webpack_require__(7794);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/command-args.js
var command_args = __webpack_require__(3050);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/command-failure.js
var command_failure = __webpack_require__(4209);
// EXTERNAL MODULE: ./shared/dist/hosts/cli/registry-summary.js
var registry_summary = __webpack_require__(3933);
;// CONCATENATED MODULE: ./shared/dist/hosts/cli/registry-check-ref.js






const TAG_REFS = "refs/tags/";
/**
 * GTO's names of the events, which `gto check-ref --json` prints as `event`: a workflow written
 * against GTO keeps its conditions (`event == 'assignment'`). GTO has no undeprecation.
 */
const GTO_EVENT = {
    register: "registration",
    deregister: "deregistration",
    assign: "assignment",
    unassign: "unassignment",
    deprecate: "deprecation",
    undeprecate: "undeprecation",
};
/** The tag a ref names: `refs/tags/<tag>` or the tag's name; any other ref is refused. */
function tagOf(ref) {
    const tag = ref.startsWith(TAG_REFS) ? ref.slice(TAG_REFS.length) : ref;
    // A branch (refs/heads/main) or any other ref: the step runs on the wrong event.
    if (tag === "" || tag.startsWith("refs/")) {
        throw new errors/* UsageError */.eb(`'${(0,escape_control/* shownRef */.nK)(ref)}' is not a tag`, "check-ref takes a tag's name or its full ref (refs/tags/churn#prod#3): run it on a tag push (on: push: tags), or guard the step with if: startsWith(github.ref, 'refs/tags/')");
    }
    return tag;
}
/**
 * A stage tag as the registry reads it, for the version it acts on: its name has none, so the tag
 * is read from the registry (its metadata names the version, or the registration on its commit
 * does).
 */
async function stageTagEvent(backend, tag, event) {
    const state = await new registry_registry.Registry({ backend }).artifact(event.artifact);
    return stageTagEventIn(state, backend, tag, event);
}
/** `stageTagEvent` in the artifact's `state` as read from `backend`. */
function stageTagEventIn(state, backend, tag, event) {
    const found = state?.events.find((e) => e.tag === tag);
    if (found?.version)
        return { ...found, version: found.version };
    const where = `the registry (${backend.description})`;
    if (found) {
        const named = found.metadata
            ? `its message's metadata names no registered version of ${event.artifact}, and no registration of it is on its commit`
            : `its message has no metadata, and no registration of ${event.artifact} is on its commit`;
        throw new registry_errors/* NotFoundError */.m_(`tag '${tag}' names no version: ${named}`, "Register the version at that commit, or assign the stage again with mlops promote");
    }
    if (state?.lightweight.includes(tag)) {
        throw new registry_errors/* NotFoundError */.m_(`tag '${tag}' in ${where} is a lightweight tag, which records no event`, 
        // actions/checkout writes a pushed tag as a lightweight one: the tag itself may be fine.
        `Fetch the annotated tag (git fetch --force origin "refs/tags/${tag}:refs/tags/${tag}"), as a checkout in a workflow may write it lightweight; read GitHub's with GITHUB_TOKEN set; or, if it really is lightweight, assign the stage with mlops promote`);
    }
    throw new registry_errors/* NotFoundError */.m_(`tag '${tag}' is not in ${where}, and a stage tag's name does not say its version`, backend.kind === "git"
        ? "Give the path of a clone that has the tag with --registry (git fetch origin tag <tag>), or read GitHub's with GITHUB_TOKEN set"
        : "Check that the tag was pushed to that repository, or name another with --repo");
}
/**
 * `mlops registry check-ref <ref>`: what a pushed tag means, as `gto check-ref` says it. The
 * name alone says it for a registration, deregistration or deprecation, so `backend` is read only
 * for a stage tag, whose name has no version. A tag the grammar does not own (a release `v1.0.0`)
 * is an answer, not a failure: a workflow on every tag push skips it.
 */
async function checkRef(ref, backend) {
    const tag = tagOf(ref);
    const read = (0,tag_grammar/* readTag */.zW)(tag);
    if (typeof read === "string") {
        const none = {
            event: null,
            action: null,
            artifact: null,
            version: null,
            stage: null,
            counter: null,
            made_outside_mlops: null,
        };
        return { ref, tag, registry: false, reason: read, ...none };
    }
    const staged = "stage" in read ? await stageTagEvent(await backend(), tag, read) : undefined;
    const version = "version" in read ? read.version : (staged?.version ?? null);
    return {
        ref,
        tag,
        registry: true,
        reason: null,
        event: GTO_EVENT[read.action],
        action: read.action,
        artifact: read.artifact,
        version,
        stage: "stage" in read ? read.stage : null,
        counter: read.counter ?? null,
        made_outside_mlops: staged ? (0,registry_state/* madeOutsideMlops */.OF)(staged) : null,
    };
}
/** One line: the event, or why the tag is none. */
function renderRefMeaning(meaning) {
    if (!meaning.registry)
        return `${(0,escape_control/* shownRef */.nK)(meaning.tag)}: not a registry tag (${(0,escape_control/* shownRef */.nK)(meaning.reason)}); the registry ignores it`;
    const version = meaning.version ? ` ${meaning.version}` : "";
    const stage = meaning.stage
        ? ` ${meaning.action === "unassign" ? "from" : "to"} stage ${meaning.stage}`
        : "";
    const outside = meaning.made_outside_mlops
        ? ", made outside mlops (its message has no mlops block)"
        : "";
    return `${meaning.tag}: ${meaning.event} of ${meaning.artifact}${version}${stage}${outside}`;
}

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
 * The files a registration's tag records, each with its sha256: the assets, and the run record
 * where it was stored beside them under a name of its own.
 */
function recordedFiles(metadata) {
    const assets = metadata?.assets ?? [];
    const run = metadata?.training_run;
    if (run?.asset === undefined || assets.some((asset) => asset.name === run.asset))
        return assets;
    return [...assets, { name: run.asset, sha256: run.sha256 }];
}
/**
 * Copies every file the version `reference` names (a stage's holder at `at`, or a version)
 * records into `folder(artifact, version)`, through a sibling folder renamed into place.
 */
async function fetchRelease(backend, reference, folder, at) {
    const registration = await (0,registry_asset/* registrationOf */.DD)(backend, reference, undefined, at);
    const { tag, metadata } = registration;
    const version = registration.version;
    const recorded = recordedFiles(metadata);
    if (!metadata?.assets?.length) {
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
            const size = asset.size ?? (await (0,promises_.stat)(copy)).size;
            assets.push({ ...asset, size, path: (0,external_node_path_.join)(destination, asset.name) });
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

// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(2650);
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
 * The target `text` names, read by the tag grammar alone. A tag, bare or as its ref (a tag push's
 * `$GITHUB_REF`), names the version it registered or assigned; a tag of any other event names none.
 */
function readTarget(text) {
    const name = text.startsWith(TAG_REFS) ? text.slice(TAG_REFS.length) : text;
    const reference = (0,tag_grammar/* parseReference */.F2)(name);
    if (reference)
        return { reference };
    const event = (0,tag_grammar/* tryParseTag */.XM)(name);
    if (event?.action === "register") {
        return { reference: { artifact: event.artifact, version: event.version } };
    }
    if (event && "stage" in event && event.action === "assign")
        return { tag: name, event };
    const shown = (0,escape_control/* shownRef */.nK)(text);
    if (event) {
        const stage = "stage" in event ? event.stage : "prod";
        throw new errors/* UsageError */.eb(`'${shown}' is a registry tag (${GTO_EVENT[event.action]}) that names no version to fetch`, `Name a stage's holder or a version, such as ${event.artifact}#${stage} or ${event.artifact}@v1.2.0`);
    }
    // `churn@prod`: a stage written where the grammar has a version.
    const at = name.lastIndexOf("@");
    const stage = name.slice(at + 1);
    if (at > 0 && (0,names/* isValidName */.uV)(name.slice(0, at)) && (0,names/* isValidName */.uV)(stage)) {
        const meant = `${name.slice(0, at)}#${stage}`;
        throw new errors/* UsageError */.eb(`'${shown}' is not a registry reference: '@' is followed by a version (v1.2.0), and a stage follows '#'`, `For the version stage '${stage}' holds: mlops registry fetch ${meant}`);
    }
    throw new errors/* UsageError */.eb(`'${shown}' is not a registry reference`, "Name a stage's holder or a version, such as churn#prod or churn@v1.2.0");
}
/**
 * The version a stage tag assigned, as check-ref reads it: the tag is an event, and a deploy on
 * its push wants what it assigned. Where the stage holds another version now, `warn` says so,
 * with how to fetch what it holds; one assigned again since by a later tag is no move. One read
 * of the artifact gives both the tag's event and the holder.
 */
async function assignedBy(backend, { tag, event }, warn) {
    const state = await new registry_registry.Registry({ backend }).artifact(event.artifact);
    const { version } = stageTagEventIn(state, backend, tag, event);
    const holder = (0,registry_state/* stageHolder */.FX)(state, event.stage);
    if (holder?.version !== version) {
        const now = holder ? `${holder.version} (${holder.assignment.tag})` : "no version";
        warn(`${tag} assigned ${version} to ${event.stage}, which holds ${now} now: this fetches ${version}, the tag's. For what ${event.stage} holds now: mlops registry fetch ${event.artifact}#${event.stage}`);
    }
    return { artifact: event.artifact, version };
}
/**
 * `mlops registry fetch <reference | tag>`: the version's files into `--to`, by default a folder
 * named for the artifact and version in the working directory. Returns what to print.
 */
async function registryFetch(backend, text, options, cwd, warn) {
    const target = readTarget(text);
    if (options.at && !("reference" in target && "stage" in target.reference)) {
        throw new errors/* UsageError */.eb("--at needs a stage, such as churn#prod", "A version's files never change, nor does the version a tag names");
    }
    const reference = "reference" in target ? target.reference : await assignedBy(backend, target, warn);
    const fetched = await fetchRelease(backend, reference, (artifact, version) => (0,external_node_path_.resolve)(cwd, options.to ?? `${artifact}@${version}`), options.at);
    // Asset names come from tags (anyone who can push one writes it): no direction override in
    // them reaches a terminal unescaped.
    return options.json ? JSON.stringify(fetched) : (0,escape_control/* escapeControl */.hN)(render(fetched, text, cwd));
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























const COMMANDS = ["show", "history", "fetch", "check-ref"];
const HELP = `mlops registry: ${registry_summary/* REGISTRY_SUMMARY */.P}.

Usage: mlops registry show [options]
       mlops registry show <artifact> [--stage <stage>] [--at <date>] [options]
       mlops registry history <artifact> [--stage <stage>] [options]
       mlops registry fetch <artifact#stage | artifact@version | stage tag> [--to <folder>]
                            [--at <date>]
       mlops registry check-ref <tag | refs/tags/<tag>> [--json]

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
            registration comes just before its version's first event. Then each counter
            claimed whose tag is gone (deleted, or never made: a promotion that stopped after
            its claim), with what the tag object it names says. --json gives each event's
            mlops block too (evidence, policy, training run), as mlops writes it: a field in
            another shape is null and listed in malformed, long text and lists are cut short
  fetch     copies every file of the version (its run record too, where one was stored
            with it) a stage holds (churn#prod; --at <date>: held
            then), of a version (churn@v1.2.0), or of the version a stage tag assigned
            (churn#prod#3, or its ref refs/tags/churn#prod#3; a warning says where the stage
            has moved since) into --to (default: <artifact>@<version>), each checked against
            the sha256 its registration tag records; the folder is written whole or not at
            all, and must be empty or absent
  check-ref what a pushed tag means, as gto check-ref says it: its event (registration,
            deregistration, assignment, unassignment, deprecation, undeprecation), artifact,
            version and stage. The name says it all but for a stage tag, whose version is read
            from the registry. A tag that is not a registry tag (v1.0.0) is answered so, with
            exit code 0: a workflow on every tag push skips it

show, history and check-ref mark a stage tag whose message has no mlops block (made with
plain git, or by GTO) "made outside mlops"; --json says it as made_outside_mlops (null for
tags that are no stage tags).

Options:
  --registry <path>      the local git repository of the registry, and of artifacts.yaml
                         (default: .)
  --backend <choice>     ${choose_backend/* BACKENDS */.A.join(" | ")} (default: auto: GitHub when GITHUB_TOKEN and
                         GITHUB_REPOSITORY are set, else git)
  --repo <owner/name>    the GitHub repository, instead of GITHUB_REPOSITORY
  --to <folder>          where fetch writes the files
  --json                 print one JSON object on stdout
  --debug                print the stack trace of an error
  -h, --help             print this help`;
const OPTIONS = {
    registry: { type: "string" },
    backend: { type: "string" },
    repo: { type: "string" },
    stage: { type: "string" },
    at: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
    debug: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
/** How a holder whose tag has no mlops block (see madeOutsideMlops) is marked. */
const outside = (holder) => holder.made_outside_mlops ? " made outside mlops" : "";
/** show's answer: the summary, each stage's holder marked where its tag has no mlops block. */
function shownSummary(artifact, state) {
    const summary = (0,registry_registry/* summarize */.e)(artifact, state);
    const stageTags = new Map((0,registry_state/* eventsOf */.XL)(state).map((e) => [e.tag, (0,registry_state/* madeOutsideMlops */.OF)(e)]));
    // Absent, as the version and tag are, where the stage is empty.
    const stages = summary.stages.map((s) => ({
        ...s,
        made_outside_mlops: s.tag === undefined ? undefined : stageTags.get(s.tag),
    }));
    return { ...summary, stages };
}
function renderShow(summary, at) {
    const lines = [
        `${summary.artifact}${summary.deprecation ? ` (deprecated by ${summary.deprecation})` : ""}`,
        `latest: ${summary.latest ?? "none"}`,
        `${at ? `stages at ${at.toISOString()}:` : "stages:"}${summary.stages.length ? "" : " none"}`,
        ...summary.stages.map((s) => `  ${s.stage}: ${s.version ?? "empty"}${s.tag ? ` (${s.tag})` : ""}${outside(s)}`),
        `versions (by SemVer precedence):${summary.versions.length ? "" : " none"}`,
        ...summary.versions.map((v) => `  ${v.version} (${v.tag})${v.deregistration ? ` deregistered by ${v.deregistration}` : ""}`),
    ];
    return lines.join("\n");
}
const renderStage = (shown, at) => `${shown.artifact}#${shown.stage}${at ? ` at ${at.toISOString()}` : ""}: ` +
    `${shown.version ?? "empty"}${shown.tag ? ` (${shown.tag})` : ""}${outside(shown)}`;
/**
 * Who made a tag, as its tag object says (anyone's writing: `git -c user.name=...` takes any
 * length): cut short, kept to one line.
 */
const shownTagger = ({ name, email }) => ({
    name: (0,escape_control/* shownRef */.nK)(name),
    email: (0,escape_control/* shownRef */.nK)(email),
});
/** An event as history shows it; the tag's own words (tagger, summary) bounded as a claim's. */
const eventJson = (e) => ({
    tag: e.tag,
    action: e.action,
    event: (0,registry_state/* eventLabel */.TS)(e),
    // As the tag's mlops block says it (anyone's writing): text alone, cut short.
    rollback_from: typeof e.metadata?.rollback_from === "string" ? (0,escape_control/* shownRef */.nK)(e.metadata.rollback_from) : null,
    version: e.version ?? null,
    stage: e.stage ?? null,
    counter: e.counter ?? null,
    commit: e.commit,
    tagger: shownTagger(e.tagger),
    date: e.date.toISOString(),
    summary: (0,escape_control/* shownRef */.nK)(e.summary),
    made_outside_mlops: (0,registry_state/* madeOutsideMlops */.OF)(e),
    mlops: shownMetadata(e.metadata),
});
/** What a claim whose tag is gone tells, in history's text and JSON alike. */
const GONE = "claimed, tag gone (deleted, or never made: a promotion that stopped after its claim)";
/**
 * A claim whose tag is gone, as history shows it. Its tag object is anyone's writing (a forged
 * one may give itself any name, of any length): its name is taken only where it is a stage tag's
 * of the claim's own artifact and counter, and each field it gives is cut short. null where the
 * claim names no tag object, which mlops never writes.
 */
function goneJson(artifact, { ref, counter, object, tag }) {
    const named = (0,tag_grammar/* tryParseTag */.XM)(tag?.name ?? "");
    const own = named && "stage" in named && named.artifact === artifact && named.counter === counter
        ? named
        : undefined;
    const tagger = tag?.tagger;
    return {
        tag: own ? tag.name : null,
        stage: own?.stage ?? null,
        status: GONE,
        counter,
        claim: (0,escape_control/* shownRef */.nK)(ref),
        object: (0,escape_control/* shownRef */.nK)(object),
        /** The name a tag object gives itself that is no stage tag of the claim's, cut short. */
        object_names: tag && !own ? (0,escape_control/* shownRef */.nK)(tag.name) : null,
        tagger: tagger ? shownTagger(tagger) : null,
        date: tag?.date?.toISOString() ?? null,
        summary: tag ? (0,escape_control/* shownRef */.nK)((0,tag_message/* parseTagMessage */.V)(tag.message).summary) : null,
    };
}
/** One line of history: when, which tag, what happened, and who said why. */
const historyLine = (date, tag, what, tagger, summary) => [
    date,
    tag,
    what,
    ...(tagger === undefined ? [] : [`by ${tagger}${summary ? `: ${summary}` : ""}`]),
].join("  ");
/** Claims without their tags read and shown at most: on GitHub, one request each. */
const GONE_SHOWN = 20;
/** The line for the claims without their tags that were counted, not read. */
const moreGone = (more) => `and ${more} more claim${more === 1 ? "" : "s"} without their tag, of lower counters and of any stage (the ${GONE_SHOWN} of the highest are read)`;
/** The events, then the claims whose tags are gone (the claims keep their counters taken). */
function renderHistory(events, gone, more) {
    const lines = events.map((e) => historyLine(e.date, e.tag, `${e.event}${e.made_outside_mlops ? " (made outside mlops)" : ""}`, e.tagger.name, e.summary));
    for (const g of gone) {
        const named = g.object_names === null ? "" : ` (its tag object names '${g.object_names}')`;
        const object = `${g.summary === null ? "object" : "tag object"} ${g.object.slice(0, 12)}`;
        lines.push(historyLine(g.date ?? "(no date)", g.tag ?? `counter ${g.counter}${named}`, `${GONE}: ${g.claim} names ${object}`, g.tagger?.name, g.summary ?? ""));
    }
    if (more > 0)
        lines.push(moreGone(more));
    return lines.join("\n");
}
/** `history`'s answer: the events of the artifact (of one stage), and the claims without tags. */
async function registry_command_history(registry, artifact, state, stage) {
    const { claims, more } = await registry.claimsWithoutTags(artifact, state, GONE_SHOWN);
    const gone = claims.map((claim) => goneJson(artifact, claim));
    return {
        events: (0,registry_state/* eventsOf */.XL)(state, stage),
        gone: gone.filter((g) => stage === undefined || g.stage === stage),
        more,
    };
}
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
/** What a command takes besides show's and history's artifact name, and its usage. */
const ARGUMENT = {
    fetch: ["registry reference or tag", "fetch churn#prod (or churn@v1.2.0, churn#prod#3)"],
    "check-ref": ["ref", "check-ref refs/tags/churn#prod#3 (or the tag's name)"],
};
/** Registry text (anyone who can push a tag writes it) is escaped by the host's `io`. */
const print = (io, text) => io.stdout(`${text}\n`);
/** `mlops registry show|history|fetch|check-ref`: reads a registry from either backend. */
async function runRegistryCommand(argv, io) {
    let debug = argv.includes("--debug");
    try {
        const { values, positionals } = (0,command_args/* parseCommandArgs */.Q)("registry", argv, OPTIONS);
        debug = values.debug === true;
        const [command, artifact, ...extra] = positionals;
        if (values.help || command === undefined)
            return (0,cli_io/* printHelp */.F)(io, HELP, values.help === true);
        if (!COMMANDS.includes(command)) {
            throw new errors/* UsageError */.eb(`unknown registry command '${command}'`, `Commands: ${COMMANDS.join(", ")} (mlops registry --help)`);
        }
        if ((!artifact && command !== "show") || extra.length > 0) {
            const [takes, usage] = ARGUMENT[command] ?? ["artifact name", `${command} <artifact>`];
            throw new errors/* UsageError */.eb(`${command} takes one ${takes}`, `Usage: mlops registry ${usage}`);
        }
        if (values.to !== undefined && command !== "fetch") {
            throw new errors/* UsageError */.eb("--to goes with fetch", "Usage: mlops registry fetch churn#prod --to model");
        }
        if (command === "check-ref" && (values.stage !== undefined || values.at !== undefined)) {
            throw new errors/* UsageError */.eb("check-ref reads the stage from the ref, and takes no --stage or --at", "Usage: mlops registry check-ref refs/tags/churn#prod#3");
        }
        if (command === "history" && values.at !== undefined) {
            throw new errors/* UsageError */.eb("--at goes with show and fetch", "history lists every event with its date; for the registry at a date use mlops registry show <artifact> --at <date>");
        }
        if ((command === "show" || command === "history") && artifact)
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
        const openBackend = () => (0,choose_backend.chooseBackend)({
            choice: choice,
            path: root,
            repositoryFix: "Give the path of a git repository with --registry",
            github: { ...context, repo: (0,github_context/* parseRepo */.E3)(values.repo) ?? context.repo },
        });
        if (command === "check-ref") {
            // Only a stage tag reads the registry: the name of any other says all there is.
            const meaning = await checkRef(artifact, openBackend);
            print(io, values.json ? JSON.stringify(meaning) : renderRefMeaning(meaning));
            return 0;
        }
        const backend = await openBackend();
        if (command === "fetch") {
            const warn = (message) => io.stderr(`warning: ${message}\n`);
            print(io, await registryFetch(backend, artifact, { ...values, at }, io.cwd, warn));
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
                print(io, io.stdoutIsTTY ? (0,terminal_text/* terminalText */.e)((0,escape_control/* escapeControl */.hN)(table)) : table);
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
                made_outside_mlops: holder && (0,registry_state/* madeOutsideMlops */.OF)(holder.assignment),
            };
            print(io, values.json ? JSON.stringify(shown) : renderStage(shown, at));
            return 0;
        }
        const state = await registry.artifact(artifact);
        await known.check(artifact, state, values.stage);
        if (command === "show") {
            const summary = shownSummary(artifact, state && at ? (0,registry_state/* stateAt */.HK)(state, at) : state);
            print(io, values.json ? JSON.stringify(summary) : renderShow(summary, at));
        }
        else {
            const { events, gone, more } = await registry_command_history(registry, artifact, state, values.stage);
            const shown = events.map(eventJson);
            const json = JSON.stringify({
                artifact,
                events: shown,
                claimed_tags_gone: gone,
                claimed_tags_gone_more: more,
            });
            print(io, values.json ? json : renderHistory(shown, gone, more) || "no events");
        }
        return 0;
    }
    catch (error) {
        // A refusal of the arguments themselves still answers --json on stdout.
        return (0,command_failure/* commandFailure */._)(error, "registry", debug, io, argv.includes("--json"));
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

/***/ 4126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ registrationOf),
/* harmony export */   cc: () => (/* binding */ registryAsset),
/* harmony export */   sM: () => (/* binding */ REGISTER_ANEW)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1636);
/* harmony import */ var _github_github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */





/**
 * The backend promote would choose with the same `registry` and `backend` inputs. A `registry`
 * other than the working folder is refused where `auto` chooses GitHub: it would be left unread,
 * and the reference looked up elsewhere than the user named.
 */
async function referenceBackend(cwd, where) {
    const { chooseBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 883));
    const backend = await chooseBackend({
        choice: where.backend ?? "auto",
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, where.path ?? "."),
        repositoryFix: REFERENCE_REPOSITORY_FIX,
        github: where.github ?? (0,_github_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContextFromEnv */ .S0)({}),
    });
    const named = where.path !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, where.path) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd);
    if (named && backend.kind !== "git" && (where.backend ?? "auto") === "auto") {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("registry", `'${where.path}' is a local repository, but backend auto reads the registry on GitHub (${backend.description}), where a token and a repository are known`, "Set backend: git to read the repository named by registry, or leave registry out to read GitHub's");
    }
    return backend;
}
/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
const REGISTER_ANEW = "Register the files again as a new version, named outright (such as the next patch)";
const REFERENCE_REPOSITORY_FIX = "A registry reference is read from the git repository named by registry (the working folder " +
    "by default), or on GitHub given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: give " +
    "the path of the registry's repository as registry, or give a file instead";
/**
 * The registration the reference names: the stage's holder (at `at`, when given), or the
 * version. None is an error about the action input that named it, or without an input (the
 * command line's `registry fetch`) a `NotFoundError`.
 */
async function registrationOf(backend, reference, input, at) {
    // Loaded on use: most runs compare with a file.
    const { Registry } = await Promise.all(/* import() */[__webpack_require__.e(560), __webpack_require__.e(236), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 656));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_(problem, "Check the registry with mlops registry show");
    }
    // The problem names the repository looked in; a local one may just be the wrong one.
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, problem, backend.kind === "git"
        ? "Give the path of the registry's git repository as registry (mlops registry show --registry <path> lists what one holds), or name a file"
        : "Check the registry with mlops registry show, or name a file");
}
/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
async function registryAsset(reference, cwd, where, want) {
    const backend = await referenceBackend(cwd, where);
    const { tag, metadata } = await registrationOf(backend, reference, want.input);
    const recorded = metadata?.assets ?? [];
    const asset = recorded.find((a) => want.pattern.test(a.name));
    const location = asset && (await backend.assetFile(tag, asset.name));
    if (!asset || !location) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release ${tag} has no ${want.what} (${recorded.map((a) => a.name).join(", ") || "no assets"})`, want.fix);
    }
    if ((await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(location)) !== asset.sha256) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(want.input, `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`, `The stored file was changed after registration. ${REGISTER_ANEW}`);
    }
    return { tag, location, name: asset.name };
}


/***/ })

};
