export const id = 44;
export const ids = [44];
export const modules = {

/***/ 826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine),
/* harmony export */   i: () => (/* binding */ recordedText)
/* harmony export */ });
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1701);

/** One line: a tag message's first line is its summary everywhere git shows it. */
const oneLine = (text) => text.replace(/\s+/g, " ").trim();
/**
 * Text a file holds (a report's champion, a run's id) as a tag and its model card record it: one
 * line of at most NAME_LIMIT characters. GitHub caps a release body's size, and the file itself
 * is named by its digest.
 */
const recordedText = (text) => (0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(oneLine(text));


/***/ }),

/***/ 9044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Registry: () => (/* binding */ Registry)
});

// UNUSED EXPORTS: summarize

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var errors = __webpack_require__(9255);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/actor.js

/**
 * The tagger for an actor given as `name` or `Name <email>`. Control characters and the angle
 * brackets that delimit a tagger line are refused, so no one can forge another tagger field.
 */
function parseActor(actor) {
    const text = actor.trim();
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(text)) {
        throw new errors/* InvalidNameError */.Tw("actor", actor, "has a control character");
    }
    const match = /^([^<>]+?)\s*<([^<>]*)>$/.exec(text);
    if (match)
        return { name: match[1], email: match[2] };
    if (/[<>]/.test(text)) {
        throw new errors/* InvalidNameError */.Tw("actor", actor, "has '<' or '>' outside 'Name <email>'");
    }
    return { name: text, email: "" };
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/asset-names.js
var asset_names = __webpack_require__(2655);
// EXTERNAL MODULE: ./shared/dist/platform/registry/recorded-text.js
var recorded_text = __webpack_require__(826);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/evidence.js









const evidenceRecord = ({ judged, ...evidence }) => ({
    kind: evidence.kind,
    file: evidence.file,
    sha256: evidence.sha256,
    verdict: evidence.verdict,
    model_sha256: evidence.model?.sha256 ?? null,
    asset: evidence.asset,
    ...(judged && {
        mode: judged.mode,
        champion: judged.champion && { ...judged.champion, file: (0,recorded_text/* recordedText */.i)(judged.champion.file) },
    }),
});
/** The refusal of a report that contradicts itself, at the field's line where it is known. */
function contradicted(file, lineOf, { field, problem }, action) {
    const line = lineOf(field);
    return new EvidenceError(`${line === undefined ? file : `${file}:${line}`}: field '${field}' ${problem}: the report was edited by hand or is damaged`, `Run ${action} again and give the report it writes as evidence`);
}
const CANARY_VERDICT = {
    promoted: "pass",
    "rolled-back": "fail",
    inconclusive: "inconclusive",
};
async function readEvidence(path, shownAs = path) {
    const doc = readStructured(path, shownAs);
    const sha256 = await hashFile(path);
    const schema = doc.value?.schema;
    // A later version of either report is told apart from a file of another kind: it needs a newer mlops.
    for (const contract of [evalReportContract, canaryReportContract])
        refuseNewerVersion(contract, doc.value, shownAs, doc.lineOf);
    if (schema !== canaryReportContract.id && schema !== evalReportContract.id) {
        // Said before any field is checked: a metrics file fails every field, which says nothing.
        // The schema is shortened: the file may be anything, and one line must not echo all of it.
        throw new EvidenceError(`${shownAs}: not an eval-gate or canary-deploy report (${schema === undefined ? "it has no 'schema' field" : `its schema is ${shorten(JSON.stringify(schema), REFUSAL_NAME_LIMIT)}`}, not ${evalReportContract.id} or ${canaryReportContract.id})`, "Pass as evidence the report eval-gate writes (its report-path, mlops-out/eval-report.json by default) or the one canary-deploy writes");
    }
    if (schema === canaryReportContract.id) {
        const report = validateReadableVersion(canaryReportContract, doc.value, shownAs, doc.lineOf);
        const contradiction = canaryContradiction(report);
        if (contradiction)
            throw contradicted(shownAs, doc.lineOf, contradiction, "canary-deploy");
        return {
            kind: "canary-report",
            asset: "canary-report.json",
            file: shownAs,
            path,
            sha256,
            verdict: CANARY_VERDICT[report.outcome],
            stated: { field: "outcome", value: report.outcome },
            model: report.model && { file: report.model.path, sha256: report.model.sha256 },
        };
    }
    const report = validateReadableVersion(evalReportContract, doc.value, shownAs, doc.lineOf);
    const contradiction = evalContradiction(report);
    if (contradiction)
        throw contradicted(shownAs, doc.lineOf, contradiction, "eval-gate");
    return {
        kind: "eval-report",
        asset: "eval-report.json",
        file: shownAs,
        path,
        sha256,
        verdict: report.verdict,
        stated: { field: "verdict", value: report.verdict },
        model: report.model && { file: report.model.file, sha256: report.model.sha256 },
        judged: {
            mode: report.mode,
            champion: report.champion && { file: report.champion.file, sha256: report.champion.sha256 },
        },
    };
}
/**
 * Refuses evidence that does not show this model passing: a failed verdict, a report about no
 * model file, or about another one (the two digests are named, so the mix-up can be found).
 */
function checkEvidence(evidence, modelSha256, what) {
    const { model, file, stated } = evidence;
    const name = evidence.kind === "eval-report" ? "eval report" : "canary report";
    if (evidence.verdict !== "pass") {
        throw new errors/* EvidenceError */.oe(`${file}: the ${name}'s ${stated.field} is ${stated.value}, so ${what} is refused`, evidence.kind === "eval-report"
            ? "Promote a model whose eval-gate passed"
            : "Promote a model whose canary was promoted");
    }
    if (!model) {
        throw new errors/* EvidenceError */.oe(`${file}: the ${name} names no model file, so it cannot vouch for ${what}`, `Run ${evidence.kind === "eval-report" ? "eval-gate" : "canary-deploy"} with its model-file input set to the model file`);
    }
    if (!modelSha256) {
        throw new errors/* EvidenceError */.oe(`${what} has no recorded model asset to compare with the ${name}'s model sha256 ${model.sha256}`, "Register the version with its model file as the first asset");
    }
    if (model.sha256 !== modelSha256) {
        throw new errors/* EvidenceError */.oe(`${file}: the ${name} is about model sha256 ${model.sha256} (${model.file}), but ${what}'s model asset has sha256 ${modelSha256}`, `Give the ${name} of this very model file`);
    }
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/training-run.js
/**
 * The training run a version came from, named by its run record (train-run's
 * `mlops.run-record/v1`): its id, the record's digest, the digests of the data it trained on, the
 * commit it trained at and its params' digest, so that a version in production leads back to its
 * run, its data and its code. The record itself is stored with the version's files.
 */







/** The name a run record is stored under with the version's files. */
const RUN_RECORD_ASSET = "run-record.json";
/**
 * The run as a registration of `assets` records it: the record is stored as run-record.json,
 * unless an asset of that name is given already; that one is named as the record where it is
 * the very same file, and the record is then not stored twice.
 */
function recordedRun(run, assets) {
    const taken = assets.find((asset) => asset.name === RUN_RECORD_ASSET);
    return !taken || taken.sha256 === run.sha256 ? { ...run, asset: RUN_RECORD_ASSET } : run;
}
async function readRunRecord(path, shownAs = path) {
    const doc = readStructured(path, shownAs);
    const record = validateContract(runRecordContract, doc.value, shownAs, doc.lineOf);
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const commit = record.git.commit && recordedText(record.git.commit);
    const run = {
        id: recordedText(record.run_id),
        sha256: await hashFile(path),
        status: record.status,
        data_digests: [...record.data_digests],
        git: { commit, dirty: record.git.dirty },
        params_sha256: createHash("sha256").update(jsonText(record.params)).digest("hex"),
    };
    const otherModel = async (model, shownModel) => {
        if (!record.model)
            return undefined;
        const sha256 = await hashFile(model);
        if (record.model.files.some((file) => file.sha256 === sha256))
            return undefined;
        return `${shownAs}: run ${shorten(run.id, 80)} trained ${shorten(record.model.path, 120)} (sha256 ${record.model.digest.slice(0, 12)}), not ${shownModel} (sha256 ${sha256.slice(0, 12)}); the version records the run all the same. Give the record of the run that wrote the first asset, unless the asset was made from that run's model`;
    };
    const dirty = (dryRun) => record.git.dirty
        ? `${shownAs}: run ${shorten(run.id, 80)} trained with uncommitted changes to tracked files, so ${commit ? `its commit ${commit.slice(0, 12)}` : "no commit"} does not hold the code it ran; the version ${dryRun ? "would record" : "records"} the run as dirty. Commit the changes and train again, so that the version leads back to the code that made it`
        : undefined;
    return { run, path, dirty, otherModel };
}
async function readTrainingRun(path, shownAs = path) {
    return (await readRunRecord(path, shownAs)).run;
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(2650);
// EXTERNAL MODULE: ./shared/dist/platform/registry/semver.js
var semver = __webpack_require__(4036);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-message.js
var tag_message = __webpack_require__(8600);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-state.js



/**
 * The order of counted events (stage tags, deregistrations, deprecations): by counter, the
 * registry's own clock, immune to skewed machine clocks and to one-second tag dates; then by
 * date for tags without a counter, then by name.
 */
function compareEvents(a, b) {
    return ((a.counter ?? 0) - (b.counter ?? 0) ||
        a.date.getTime() - b.date.getTime() ||
        (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
const byDate = (a, b) => a.date.getTime() - b.date.getTime() || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
/**
 * Every event in the order it happened: counted events keep their counters' order, and the
 * uncounted ones (GTO writes registrations without a counter) are merged in by date, each as
 * late as what is recorded allows: a registration comes before every event of its version,
 * whatever the clocks say, and after the counted events of its own second otherwise. Tag dates
 * have one-second resolution, and a promotion registers just before it assigns, often within
 * the second of the events before it, which a registration put first on every tie would jump.
 */
function chronological(events) {
    const counted = events.filter((e) => e.counter !== undefined).sort(compareEvents);
    const plain = events.filter((e) => e.counter === undefined).sort(byDate);
    const registrationAt = new Map(plain.flatMap((e, j) => (e.action === "register" ? [[e.version, j]] : [])));
    const merged = [];
    let i = 0;
    for (const event of counted) {
        // Those before it (by date) go along with its version's registration.
        const own = event.version === undefined ? -1 : (registrationAt.get(event.version) ?? -1);
        while (i < plain.length && (i <= own || plain[i].date.getTime() < event.date.getTime()))
            merged.push(plain[i++]);
        merged.push(event);
    }
    return [...merged, ...plain.slice(i)];
}
/** The version a tag's metadata names, where it is one: SemVer, as text. */
function metadataVersion(metadata) {
    const version = metadata?.version;
    return typeof version === "string" && (0,semver/* parseVersion */.ot)(version) ? version : undefined;
}
/**
 * How the version of a stage tag is found from the registrations among the records. Stage tags
 * from other tools name their version only by commit, and of several versions on one commit
 * they mean the highest (found once per commit, not per tag); mlops' metadata says which.
 */
function stageVersionFinder(parsed, partial) {
    const highestByCommit = new Map();
    const registered = new Set();
    for (const { record, event } of parsed) {
        if (event.action !== "register")
            continue;
        registered.add(`${event.artifact}\0${event.version}`);
        const key = `${event.artifact}\0${record.commit}`;
        const highest = highestByCommit.get(key);
        if (highest === undefined ||
            (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(event.version), (0,semver/* parseVersion */.ot)(highest)) > 0)
            highestByCommit.set(key, event.version);
    }
    return (artifact, commit, metadata) => {
        const named = metadataVersion(metadata);
        return named && (partial || registered.has(`${artifact}\0${named}`))
            ? named
            : highestByCommit.get(`${artifact}\0${commit}`);
    };
}
/**
 * Reads every registry tag into per-artifact state; other tags are ignored. Pure.
 *
 * A stage tag's metadata names its version only where the records register that version: a tag
 * anyone can push may write any text there. Otherwise, as for a tag without metadata (GTO's),
 * the version is the one registered on the tag's commit. `partial` records (a stage's tags
 * without every registration: see readStageHolder) take any SemVer version the metadata names,
 * and the caller checks the registration of the one it uses.
 */
function buildRegistry(records, { partial = false } = {}) {
    const raw = new Map();
    const parsed = records.flatMap((record) => {
        const event = (0,tag_grammar/* tryParseTag */.XM)(record.name);
        if (!event)
            return [];
        const entry = raw.get(event.artifact) ?? { events: [], maxCounter: 0, lightweight: [] };
        raw.set(event.artifact, entry);
        // A counter on any tag is taken, even on a lightweight one, or the next tag would collide.
        entry.maxCounter = Math.max(entry.maxCounter, event.counter ?? 0);
        if (!record.annotated)
            entry.lightweight.push(record.name);
        return record.annotated ? [{ record, event }] : [];
    });
    const stageVersion = stageVersionFinder(parsed, partial);
    for (const { record, event } of parsed) {
        const { summary, metadata } = (0,tag_message/* parseTagMessage */.V)(record.message);
        let version = "version" in event ? event.version : undefined;
        if (event.action === "assign" || event.action === "unassign")
            version = stageVersion(event.artifact, record.commit, metadata);
        raw.get(event.artifact).events.push({
            tag: record.name,
            action: event.action,
            artifact: event.artifact,
            version,
            stage: "stage" in event ? event.stage : undefined,
            counter: event.counter,
            commit: record.commit,
            tagger: record.tagger ?? { name: "", email: "" },
            date: record.date ?? new Date(0),
            summary,
            metadata,
        });
    }
    const states = new Map();
    for (const [artifact, { events, maxCounter, lightweight }] of raw)
        states.set(artifact, stateOf(artifact, chronological(events), maxCounter, lightweight));
    return states;
}
/** What the events, oldest first, say of the artifact. */
const stateOf = (artifact, events, maxCounter, lightweight) => ({
    artifact,
    events,
    versions: versionsOf(events),
    deprecation: inForce(events, "deprecate", "undeprecate"),
    maxCounter,
    lightweight,
});
/**
 * The artifact as it stood at `at`: the events after it are dropped, so a version registered
 * (or deregistered, or a deprecation made) later is not there yet.
 */
const stateAt = (state, at) => stateOf(state.artifact, state.events.filter((e) => e.date.getTime() <= at.getTime()), state.maxCounter, state.lightweight);
/** The artifact as it will stand once `event` is made: what a planned tag changes. */
const withEvent = (state, event) => stateOf(event.artifact, chronological([...(state?.events ?? []), event]), Math.max(state?.maxCounter ?? 0, event.counter ?? 0), state?.lightweight ?? []);
/** The last `on` event, unless an `off` event came after it. */
function inForce(events, on, off) {
    const last = events.findLast((e) => e.action === on || e.action === off);
    return last?.action === on ? last : undefined;
}
function versionsOf(events) {
    const byVersion = new Map();
    for (const event of events) {
        if (event.version && (event.action === "register" || event.action === "deregister"))
            byVersion.set(event.version, [...(byVersion.get(event.version) ?? []), event]);
    }
    const versions = new Map();
    for (const [version, own] of byVersion) {
        const registration = own.find((e) => e.action === "register");
        // A deregistration of a version never registered names nothing.
        if (!registration)
            continue;
        const deregistration = inForce(own, "deregister", "register");
        versions.set(version, { version, registration, deregistration });
    }
    return versions;
}
/**
 * What an event did, in words: the grammar's action, except that a counted registration is a
 * restore of a deregistered version and an assignment that records `rollback_from` a rollback.
 */
function eventLabel(event) {
    const rollbackFrom = event.metadata?.rollback_from;
    if (event.action === "assign" && rollbackFrom)
        return `rollback ${event.stage ?? ""} to ${event.version ?? "?"} (from ${rollbackFrom})`;
    const action = event.action === "register" && event.counter !== undefined ? "restore" : event.action;
    return [action, event.stage, event.version].filter(Boolean).join(" ");
}
/**
 * Whether a stage tag (an assignment or unassignment) has no mlops block: it was made with plain
 * git or by another tool (GTO), so no check of mlops' policy stood behind it. A block is no proof
 * of the opposite: anyone who can push a tag can write one. null for every other tag, whose
 * policy checks nothing (GTO's registrations have no block either): one rule for every reader.
 */
const madeOutsideMlops = (event) => event.stage === undefined ? null : event.metadata === undefined;
/** The artifact's events (of one stage, when given), oldest first. */
const eventsOf = (state, stage) => (state?.events ?? []).filter((e) => stage === undefined || e.stage === stage);
/** Registered and not deregistered. */
const activeVersions = (state) => [...state.versions.values()].filter((v) => !v.deregistration);
/** The latest version by SemVer precedence (not by date): what "latest" means to GTO too. */
function latestVersion(state) {
    if (!state)
        return undefined;
    return activeVersions(state).sort((a, b) => (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(b.version), (0,semver/* parseVersion */.ot)(a.version)))[0];
}
/**
 * The version in `stage` after the events up to `until` (all when absent): of the versions
 * whose last event on the stage is an assignment, the one assigned last. Unassigning that
 * version hands the stage back to the previous one still assigned, as in GTO.
 */
function stageHolder(state, stage, until) {
    return assignmentsInForce(state, stage, until)[0];
}
/**
 * The assignments in force on `stage` after the events up to `until` (all when absent), the
 * latest first: of each version whose last event on the stage is an assignment and that is not
 * deregistered, that assignment. Unassigning them all leaves the stage empty.
 */
function assignmentsInForce(state, stage, until) {
    if (!state)
        return [];
    const last = new Map();
    for (const event of state.events) {
        if (event.stage !== stage || !event.version)
            continue;
        if (until && event.date.getTime() > until.getTime())
            continue;
        last.set(event.version, event);
    }
    const holders = [];
    for (const [version, event] of last) {
        if (event.action !== "assign")
            continue;
        const deregistered = state.versions.get(version)?.deregistration;
        if (deregistered && (!until || deregistered.date.getTime() <= until.getTime()))
            continue;
        holders.push({ version, assignment: event });
    }
    return holders.sort((a, b) => compareEvents(b.assignment, a.assignment));
}
/** Every stage that has ever been touched, with its holder now (undefined when empty). */
function stagesOf(state) {
    const stages = new Map();
    for (const event of state?.events ?? []) {
        if (event.stage && !stages.has(event.stage))
            stages.set(event.stage, stageHolder(state, event.stage));
    }
    return stages;
}
/** Whether the version was ever assigned to the stage. */
const everHeld = (state, version, stage) => (state?.events ?? []).some((e) => e.action === "assign" && e.stage === stage && e.version === version);
/**
 * The stage's assignments still on its way back, oldest first, as its tags record them: an
 * assignment adds one, an unassignment takes out those of its version, and a rollback (an
 * assignment recording `rollback_from`) steps back to its version's, dropping those above it:
 * the version rolled back from, and any it skipped. A rollback to a version not on the way
 * (tags of a tool that rolled back otherwise) stands in for the version it rolled back from.
 */
function stageSteps(state, stage) {
    let steps = [];
    for (const event of state.events) {
        if (event.stage !== stage || event.version === undefined)
            continue;
        if (event.action === "unassign")
            steps = steps.filter((s) => s.version !== event.version);
        if (event.action !== "assign")
            continue;
        const from = event.metadata?.rollback_from;
        const back = from === undefined ? -1 : steps.findLastIndex((s) => s.version === event.version);
        if (back >= 0)
            steps.length = back;
        else if (from !== undefined && steps.at(-1)?.version === from)
            steps.pop();
        steps.push(event);
    }
    return steps;
}
/**
 * The version the stage had before its current one, where a rollback takes it: walking back
 * through the stage's assignments, it skips the versions the stage was rolled back from (so that
 * successive rollbacks step back one version each), those unassigned from it since, and those
 * deregistered; undefined when none is left.
 */
function previousHolder(state, stage) {
    const current = stageHolder(state, stage);
    if (!state || !current)
        return undefined;
    const event = stageSteps(state, stage).findLast((e) => e.version !== current.version && !state.versions.get(e.version)?.deregistration);
    return event ? { version: event.version, assignment: event } : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-policy.schema.json
const registry_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.registry-policy/v1","title":"Registry policy","description":"The stages of a registry in their order, which of them need evidence, and who may skip the checks.","type":"object","additionalProperties":false,"required":["stages"],"properties":{"schema":{"const":"mlops.registry-policy/v1"},"ordered":{"type":"boolean","description":"When true (the default), a version must have held the previous stage in the list before it is assigned a stage."},"stages":{"type":"array","minItems":1,"description":"Every stage of the registry, earliest first; other stages are refused.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z0-9]([a-zA-Z0-9\\\\-/_]*[a-zA-Z0-9])?$","description":"The stage, as it appears in tags (m#name#7)."},"description":{"type":"string"},"evidence":{"enum":[true,false,"predictions"],"description":"true: assigning this stage needs a passing eval report or a promoted canary report about the version\'s model file. predictions: it needs a passing eval report whose mode is predictions, as eval-gate writes one it judged on per-example predictions, so that neither a gate on a metrics file, whose numbers may have been typed in, nor a canary report will do. The mode is taken as the report states it: an eval report written by hand that says predictions is taken as well."},"may-skip":{"type":"array","items":{"type":"string","minLength":1},"description":"Actors who may assign this stage without the evidence or the previous stage; the skip is recorded in the tag."}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-policy.js













const registryPolicyContract = {
    id: "mlops.registry-policy/v1",
    validate: (0,json_schema/* compileSchema */.Fc)(registry_policy_schema_namespaceObject),
    describe: "A registry policy is a YAML object with a 'stages' list, earliest first, such as stages: [{ name: staging }, { name: prod }]",
};
/** Where a registry keeps its policy, relative to the repository. */
const POLICY_PATH = ".mlops/registry.yml";
/** Reads and checks a policy file. */
function loadRegistryPolicy(path, shownAs = path) {
    return checkedPolicy(readStructured(path, shownAs), shownAs);
}
/** A policy document checked against its schema, and for a stage named twice. */
function checkedPolicy(doc, shownAs) {
    const policy = validateContract(registryPolicyContract, doc.value, shownAs, doc.lineOf);
    const names = policy.stages.map((stage) => stage.name);
    const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
    if (twice !== -1) {
        const line = doc.lineOf(`/stages/${twice}`);
        throw new ContractError(line === undefined ? shownAs : `${shownAs}:${line}`, `/stages/${twice}/name`, `names stage '${names[twice]}' a second time`, "List each stage once");
    }
    return policy;
}
/**
 * The working tree's policy, or undefined when it has none (then every stage is allowed): what
 * the registry's readers, and the operations of promote that move no stage, apply.
 */
function findRegistryPolicy(repository, workspace) {
    const path = join(repository, POLICY_PATH);
    if (workspace !== undefined)
        refuseLinkOut(path, workspace);
    return existsSync(path) ? loadRegistryPolicy(path, POLICY_PATH) : undefined;
}
/**
 * Refuses a policy file that a symbolic link leads out of `workspace` (or into its .git): where
 * links are confined, a pull request could otherwise have any file of the runner read, and
 * parts of it echoed in the policy's errors.
 */
function refuseLinkOut(path, workspace) {
    const out = linkOut(workspace, path);
    if (out === undefined)
        return;
    throw new PolicyRefusal(`${POLICY_PATH} ${describeLinkOut(out, workspace)}, which a workflow run does not follow`, "Commit the policy itself in the repository, in place of the link");
}
/** Why the working tree's policy is not applied, for a refusal. */
const APPLIED = "promote applies the policy as committed, which the stage tags record";
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const parsedPolicy = (bytes) => checkedPolicy(parseStructured(bytes.toString("utf8"), POLICY_PATH), POLICY_PATH);
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
        throw new PolicyRefusal(`${shownRef(file)} leads by a symbolic link to ${shownRef(resolved.path)}, a file HEAD (${head.slice(0, 12)}) does not hold: the stage tags could name no committed policy`, "Commit the file the link leads to, or the policy itself in place of the link");
    }
    const change = inside ? await difference(git, root, file, resolved) : undefined;
    if (change) {
        const { problem, fix } = workingTreeProblem(change, file, head);
        if (!options.dryRun)
            throw new PolicyRefusal(`${problem}: ${APPLIED}`, fix);
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
    const [inside = "", prefix = ""] = text(where.stdout).split("\n");
    const head = await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd: root });
    if (head.code !== 0) {
        const fix = "Commit the policy, so that the tags name its commit";
        return { why: "the repository has no commit yet", fix };
    }
    return { inside: inside === "true", prefix, head: text(head.stdout).trim() };
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
        const top = shownRef(text(owned.stdout).trim());
        const why = `git refuses the repository at ${top}, which another user owns ("dubious ownership")`;
        return { why, fix: `Trust it with: git config --global --add safe.directory ${top}` };
    }
    if (!inRepositoryFolder(root) || /not a git repository/.test(stderr)) {
        const fix = "Run promote in a clone of the repository that commits the policy (actions/checkout in a workflow)";
        return { why: `${root} is in no git repository`, fix };
    }
    throw new GitError(args, stderr);
}
/** Whether `folder` or one above it holds a `.git`, where git looks for a repository. */
function inRepositoryFolder(folder) {
    for (let at = resolve(folder);; at = dirname(at)) {
        if (existsSync(join(at, ".git")))
            return true;
        if (dirname(at) === at)
            return false;
    }
}
/**
 * The folder's own policy file, recorded with no commit; none where there is no file. Where
 * links are confined, none may lead it out of the workspace.
 */
function workingPolicy(root, options) {
    const path = join(root, POLICY_PATH);
    if (options.confineLinks && options.workspace !== undefined) {
        refuseLinkOut(path, options.workspace);
    }
    if (!existsSync(path))
        return { rules: undefined, record: null };
    const refuse = ({ problem, fix }) => new FileError(POLICY_PATH, problem, fix);
    const bytes = readDocumentBytes(path, refuse);
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
    const where = `${shownRef(link.file)} leads by a symbolic link out of the repository, to '${shownRef(link.target)}'`;
    const fix = "Commit the policy itself in the repository, so that the tags name its commit";
    const refused = !link.inside
        ? "which a bare repository cannot follow"
        : options.confineLinks
            ? "which a workflow run does not follow: only the checkout's own files are read"
            : existsSync(join(root, POLICY_PATH))
                ? undefined
                : "where there is no file";
    if (refused)
        throw new PolicyRefusal(`${where}, ${refused}`, fix);
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
    const uncommitted = resolved.kind === "none" && existsSync(join(root, POLICY_PATH));
    return uncommitted ? { code: "??", path: file } : undefined;
}
/** The policy as `commit` holds it, recorded by the sha256 of its bytes. */
async function committedPolicy(git, root, commit, found) {
    const oversized = oversizedDocument(found.size);
    if (oversized) {
        const shown = `${POLICY_PATH} (as committed at HEAD, ${commit.slice(0, 12)})`;
        throw new FileError(shown, oversized.problem, oversized.fix);
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
    const said = async (args) => text(await gitOk(git, args, { cwd: root })).trim();
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
    const path = shownRef(change.path);
    const subject = change.path === file ? path : `${path}, on the way to ${shownRef(file)},`;
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

;// CONCATENATED MODULE: ./shared/dist/platform/registry/plan.js








const meta = (fields, runUrl) => ({
    schema: "mlops.registry-event/v1",
    ...fields,
    ...(runUrl ? { run_url: runUrl } : {}),
});
/** The model file's digest: the first asset a version was registered with. */
const modelDigestOf = (version) => version?.registration.metadata?.assets?.[0]?.sha256;
const sameAssets = (version, assets) => {
    const recorded = version.registration.metadata?.assets ?? [];
    return (recorded.length === assets.length &&
        assets.every((a, i) => recorded[i]?.name === a.name && recorded[i]?.sha256 === a.sha256));
};
function refuseDeprecated(state, artifact) {
    if (state?.deprecation) {
        throw new errors/* PolicyRefusal */.Fk(`artifact '${artifact}' was deprecated by ${state.deprecation.tag}`, "Lift the deprecation first (operation undeprecate), or register under a new artifact name");
    }
}
const BUMPS = ["auto", "major", "minor", "patch"];
/** People write 1.2.0 as often as v1.2.0; tags always carry the v. */
const withV = (text) => (/^\d/.test(text) ? `v${text}` : text);
function planRegister(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    refuseDeprecated(state, artifact);
    const asked = request.version.trim() || "auto";
    let version;
    if (BUMPS.includes(asked)) {
        const same = [...(state?.versions.values() ?? [])].find((v) => !v.deregistration && request.assets.length > 0 && sameAssets(v, request.assets));
        if (same)
            return done(same.registration.tag, same.version);
        if (request.assets.length === 0)
            refuseEmptyVersion(state, artifact);
        // Deregistered versions still own their tags, so the bump starts above them too.
        const highest = [...(state?.versions.keys() ?? [])]
            .map((v) => (0,semver/* parseVersion */.ot)(v))
            .sort(semver/* compareVersions */.Zy)
            .at(-1);
        const bump = asked === "auto" ? "patch" : asked;
        let next = (0,semver/* bumpVersion */.Bx)(highest, bump);
        // A lightweight tag at the next version's name takes it: the bump steps over it.
        const taken = lightweightVersions(state);
        while (taken.has((0,semver/* formatVersion */.qh)(next)))
            next = (0,semver/* bumpVersion */.Bx)(next, bump);
        version = (0,semver/* formatVersion */.qh)(next);
    }
    else {
        version = withV(asked);
        refuseSamePrecedence(state, artifact, (0,semver/* assertVersion */.bT)(version), version);
        const existing = state?.versions.get(version);
        if (existing?.deregistration) {
            throw new errors/* PolicyRefusal */.Fk(`${artifact} ${version} was deregistered by ${existing.deregistration.tag}`, "A version number is never reused: register a new one, or bring this one back (operation restore)");
        }
        // No files given: the version is only named, to be assigned or re-read.
        if (existing && (request.assets.length === 0 || sameAssets(existing, request.assets)))
            return done(existing.registration.tag, version);
        if (existing) {
            const recorded = (existing.registration.metadata?.assets ?? []).map((a) => `${a.name} ${a.sha256}`);
            const given = request.assets.map((a) => `${a.name} ${a.sha256}`);
            throw new errors/* RegistryError */.gl(`${artifact} ${version} is already registered (${existing.registration.tag}) with other assets: recorded [${recorded.join(", ")}], given [${given.join(", ")}]`, "Register the new files as a new version (version: auto)");
        }
        // Named rather than bumped, a version not registered is as new: the same rule on files.
        if (request.assets.length === 0)
            refuseEmptyVersion(state, artifact, version);
    }
    const tag = (0,tag_grammar/* formatTag */._3)({ action: "register", artifact, version });
    if (state?.lightweight.includes(tag)) {
        // Creating it would fail on every retry, as if another promotion kept taking it.
        throw new errors/* RegistryError */.gl(`tag '${tag}' exists but is a lightweight tag, which the registry does not read (its tags are annotated, as GTO's are)`, `Delete it (git tag -d '${tag}', and on the remote git push origin ':refs/tags/${tag}'), or register another version`);
    }
    return {
        create: {
            name: tag,
            commit: undefined,
            summary: request.message || `Register ${artifact} ${version}`,
            metadata: meta({
                assets: request.assets.map((a) => ({ ...a })),
                ...(request.runRecord
                    ? { training_run: recordedRun(request.runRecord.run, request.assets) }
                    : {}),
            }, request.runUrl),
        },
        tag,
        version,
        previousVersion: undefined,
        skipped: [],
    };
}
/**
 * A new version with no files, where the latest holds some, is a version meant to be assigned
 * (`stage: prod` without `operation: assign`; a version named that is mistyped or not made yet)
 * or files forgotten: registering it would put a version with no model in the registry, and in the
 * stage. Artifacts whose versions hold no files (GTO's own, a commit each) still register
 * versions without any, bumped or named.
 */
function refuseEmptyVersion(state, artifact, named) {
    const latest = latestVersion(state);
    const files = latest?.registration.metadata?.assets ?? [];
    if (!latest || files.length === 0)
        return;
    const held = `though its latest, ${latest.version}, holds ${files.map((a) => a.name).join(", ")}`;
    if (named) {
        throw new errors/* RegistryError */.gl(`no assets are given, so ${artifact} ${named}, which is not registered, would be registered holding no files, ${held}`, `To register ${named}, give its model files as assets; to assign a registered version, name it (operation assign takes the version named, else the latest)`);
    }
    throw new errors/* RegistryError */.gl(`no assets are given, so a new version of ${artifact} would hold no files, ${held}`, `To assign a registered version, use operation assign (it takes the latest, ${latest.version}, or the version named); to register new files, give them as assets`);
}
/** The versions whose registration tag names lightweight tags hold. */
function lightweightVersions(state) {
    return new Set((state?.lightweight ?? []).flatMap((name) => {
        const tag = (0,tag_grammar/* tryParseTag */.XM)(name);
        return tag?.action === "register" ? [tag.version] : [];
    }));
}
/**
 * SemVer ignores build metadata in precedence, so `v1.0.2+build.1` beside `v1.0.2` could be
 * neither older nor newer: which one is latest would be arbitrary.
 */
function refuseSamePrecedence(state, artifact, parsed, version) {
    const twin = [...(state?.versions.values() ?? [])].find((v) => v.version !== version && (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(v.version), parsed) === 0);
    if (twin) {
        throw new errors/* RegistryError */.gl(`${artifact} ${version} equals the registered ${twin.version} (${twin.registration.tag}) up to build metadata, which SemVer precedence ignores`, "Register a new version number: bump the patch, or add a prerelease such as -rc.1");
    }
}
const done = (tag, version, previousVersion) => ({
    create: undefined,
    tag,
    version,
    previousVersion,
    skipped: [],
});
/** The version an operation acts on: the one named, or the latest. */
function pickVersion(state, artifact, asked) {
    if (!state) {
        throw new errors/* NotFoundError */.m_(`artifact '${artifact}' is not in the registry`, "Register a version of it first");
    }
    const name = asked?.trim() ? withV(asked.trim()) : undefined;
    const version = name ? state.versions.get(name) : latestVersion(state);
    if (!version) {
        throw new errors/* NotFoundError */.m_(name
            ? `${artifact} ${name} is not registered`
            : `artifact '${artifact}' has no registered version`, `Registered: ${[...state.versions.keys()].join(", ") || "none"}`);
    }
    if (version.deregistration) {
        throw new errors/* PolicyRefusal */.Fk(`${artifact} ${version.version} was deregistered by ${version.deregistration.tag}`, "Bring it back first (operation restore), or name another version");
    }
    return version;
}
/** The stage an ordered policy puts before `stage`, which a version must have held first. */
function stageBefore(policy, stage) {
    if (!policy || !(policy.ordered ?? true))
        return undefined;
    const index = policy.stages.findIndex((s) => s.name === stage);
    return index > 0 ? policy.stages[index - 1].name : undefined;
}
/** The policy's checks on assigning `version` to `stage`; returns the checks skipped. */
function checkPolicy(state, policy, request, version, modelSha256) {
    const { artifact, stage, evidence, actor } = request;
    const what = `${artifact} ${version}`;
    // Evidence given is always checked, even where the stage does not ask for it.
    if (evidence)
        checkEvidence(evidence, modelSha256, what);
    if (!policy)
        return [];
    const rule = policy.stages.find((s) => s.name === stage);
    if (!rule) {
        throw new errors/* PolicyRefusal */.Fk(`stage '${stage}' is not in the registry policy`, `Stages: ${policy.stages.map((s) => s.name).join(", ")}`);
    }
    const maySkip = actor !== undefined && (rule["may-skip"] ?? []).includes(actor);
    const skipped = [];
    const before = stageBefore(policy, stage);
    if (before !== undefined && !everHeld(state, version, before)) {
        if (!maySkip) {
            throw new errors/* PolicyRefusal */.Fk(`${what} never held stage '${before}', which comes before '${stage}'`, `Assign it to '${before}' first`);
        }
        skipped.push("order");
    }
    const shortfall = evidenceShortfall(rule, evidence, what);
    if (shortfall) {
        if (!maySkip)
            throw shortfall;
        skipped.push("evidence");
    }
    return skipped;
}
/**
 * Why the evidence falls short of what the stage's rule asks, or undefined where it does not:
 * none where the stage needs some, or, where it needs predictions, a report judged on anything
 * else (aggregate metrics, read from a file whose numbers may have been typed in, or a canary's
 * live traffic). The mode checked is the report's own `mode` field: an eval report written by
 * hand that says `predictions` and holds together is taken as well, so the rule keeps out a gate
 * on the wrong input, not a forged report.
 */
function evidenceShortfall(rule, evidence, what) {
    const stage = rule.name;
    if (rule.evidence === true && !evidence) {
        return new errors/* PolicyRefusal */.Fk(`stage '${stage}' needs evidence: a passing eval report or a promoted canary report about ${what}'s model file`, "Give as evidence the report eval-gate wrote of the model file, or canary-deploy's of a rollout that promoted it");
    }
    if (rule.evidence !== "predictions" || evidence?.judged?.mode === "predictions")
        return undefined;
    const given = !evidence
        ? "none was given"
        : evidence.kind === "canary-report"
            ? `${evidence.file} is a canary report, judged on live traffic`
            : `${evidence.file} is an eval report judged on aggregate metrics (a metrics file)`;
    return new errors/* PolicyRefusal */.Fk(`stage '${stage}' needs evidence judged on per-example predictions (evidence: predictions in ${POLICY_PATH}), and ${given}`, `Run eval-gate with its challenger input set to ${what}'s per-example predictions (CSV, JSONL or Parquet with an id column) and its model-file input to the model file, and give the report it writes as evidence`);
}
function planAssign(state, policy, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const stage = (0,names/* assertName */.I1)("stage", request.stage);
    refuseDeprecated(state, artifact);
    const pending = request.pending;
    const version = pending ? pending.version : pickVersion(state, artifact, request.version).version;
    const holder = stageHolder(state, stage);
    if (holder?.version === version) {
        return {
            ...done(holder.assignment.tag, version, previousHolder(state, stage)?.version),
            stage,
        };
    }
    const modelSha256 = pending ? pending.modelSha256 : modelDigestOf(state?.versions.get(version));
    const skipped = checkPolicy(state, policy, request, version, modelSha256);
    const tag = (0,tag_grammar/* formatTag */._3)({
        action: "assign",
        artifact,
        stage,
        counter: (state?.maxCounter ?? 0) + 1,
    });
    const evidence = request.evidence;
    return {
        create: {
            name: tag,
            commit: pending ? undefined : state.versions.get(version).registration.commit,
            summary: request.message || `Assign ${artifact} ${version} to ${stage}`,
            metadata: meta({
                version,
                ...(evidence ? { evidence: evidenceRecord(evidence) } : {}),
                ...(skipped.length ? { skipped } : {}),
            }, request.runUrl),
        },
        tag,
        version,
        previousVersion: holder?.version,
        skipped,
        stage,
    };
}
function planUnassign(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const stage = (0,names/* assertName */.I1)("stage", request.stage);
    const holder = stageHolder(state, stage);
    const version = request.version?.trim()
        ? pickVersion(state, artifact, request.version).version
        : holder?.version;
    if (!version)
        throw new errors/* NotFoundError */.m_(`stage '${stage}' of ${artifact} holds no version`);
    const last = [...(state?.events ?? [])]
        .reverse()
        .find((e) => e.stage === stage && e.version === version);
    // Not assigned (or unassigned already): the registry already says what was asked.
    if (!last || last.action !== "assign")
        return { ...done(last?.tag ?? "", version, holder?.version), stage };
    const tag = (0,tag_grammar/* formatTag */._3)({ action: "unassign", artifact, stage, counter: state.maxCounter + 1 });
    return {
        create: {
            name: tag,
            commit: state.versions.get(version)?.registration.commit ?? last.commit,
            summary: request.message || `Unassign ${artifact} ${version} from ${stage}`,
            metadata: meta({ version }, request.runUrl),
        },
        tag,
        version,
        previousVersion: holder?.version,
        skipped: [],
        stage,
    };
}
/**
 * Rollback gives the stage back to the version it had before its current one (see
 * previousHolder: successive rollbacks step back one version each), with a new assignment
 * recording the version rolled back from (history is never rewritten). That version held the
 * stage already, so the policy's checks are not asked again.
 */
function planRollback(state, policy, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const stage = (0,names/* assertName */.I1)("stage", request.stage);
    refuseDeprecated(state, artifact);
    const current = stageHolder(state, stage);
    if (!current)
        throw new errors/* NotFoundError */.m_(`stage '${stage}' of ${artifact} holds no version to roll back`);
    const previous = previousHolder(state, stage);
    if (!previous) {
        throw new errors/* NotFoundError */.m_(`stage '${stage}' of ${artifact} has no version before ${current.version} to roll back to (versions it was rolled back from, unassigned or deregistered are skipped)`, assignInstead(state, policy, stage, current.version));
    }
    const tag = (0,tag_grammar/* formatTag */._3)({ action: "assign", artifact, stage, counter: state.maxCounter + 1 });
    return {
        create: {
            name: tag,
            commit: state.versions.get(previous.version).registration.commit,
            summary: request.message ||
                `Roll ${stage} of ${artifact} back from ${current.version} to ${previous.version}`,
            metadata: meta({ version: previous.version, rollback_from: current.version }, request.runUrl),
        },
        tag,
        version: previous.version,
        previousVersion: current.version,
        skipped: [],
        stage,
    };
}
/**
 * What to do when a rollback has nowhere to go: assign a version by name, the latest that the
 * policy would take (in an ordered policy, one that held the stage before), with evidence where
 * the stage needs it; or, with none, what would make one.
 */
function assignInstead(state, policy, stage, current) {
    const before = stageBefore(policy, stage);
    const [other] = activeVersions(state)
        .map((v) => v.version)
        .filter((v) => v !== current && (before === undefined || everHeld(state, v, before)))
        .sort((a, b) => (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(b), (0,semver/* parseVersion */.ot)(a)));
    const evidence = policy?.stages.find((s) => s.name === stage)?.evidence
        ? ", with its evidence"
        : "";
    if (other)
        return `Assign a version by name instead (operation assign with version, such as ${other}${evidence}), or unassign the stage`;
    return before
        ? `No other version of ${state.artifact} has held '${before}', which comes before '${stage}': assign one to '${before}' first, then to '${stage}', or unassign the stage`
        : `No other version of ${state.artifact} is registered: register and assign one, or unassign the stage`;
}
/** A tag on the commit the caller names (`commit` undefined), with the artifact's next counter. */
function counted(state, event, summary, commit, request, version) {
    const tag = (0,tag_grammar/* formatTag */._3)({ ...event, counter: state.maxCounter + 1 });
    return {
        create: {
            name: tag,
            commit,
            summary: request.message || summary,
            metadata: meta(version ? { version } : {}, request.runUrl),
        },
        tag,
        version,
        previousVersion: undefined,
        skipped: [],
    };
}
function requireArtifact(state, artifact) {
    if (!state)
        throw new errors/* NotFoundError */.m_(`artifact '${artifact}' is not in the registry`);
    return state;
}
/** Deprecates the whole artifact (`m@deprecated#N`): no promotion of it until it is lifted. */
function planDeprecate(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const known = requireArtifact(state, artifact);
    if (known.deprecation)
        return done(known.deprecation.tag, undefined);
    return counted(known, { action: "deprecate", artifact }, `Deprecate ${artifact}`, undefined, request);
}
/** Lifts the artifact's deprecation (`m@deprecated!#N`). */
function planUndeprecate(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const known = requireArtifact(state, artifact);
    if (!known.deprecation) {
        const lifted = known.events.findLast((e) => e.action === "undeprecate");
        if (lifted)
            return done(lifted.tag, undefined);
        throw new errors/* NotFoundError */.m_(`artifact '${artifact}' is not deprecated`);
    }
    return counted(known, { action: "undeprecate", artifact }, `Lift the deprecation of ${artifact}`, undefined, request);
}
/** The version named, registered once (deregistered or not). */
function namedVersion(state, artifact, asked) {
    const name = withV(asked.trim());
    if (!name)
        throw new errors/* NotFoundError */.m_(`no version given`, "Name the version, such as v1.2.0");
    const version = state.versions.get(name);
    if (!version) {
        throw new errors/* NotFoundError */.m_(`${artifact} ${name} is not registered`, `Registered: ${[...state.versions.keys()].join(", ") || "none"}`);
    }
    return version;
}
/**
 * Deregisters one version (`m@v1.2.0!#N`, GTO's version-level deprecation): it no longer counts
 * as latest and cannot be assigned, and a stage it holds passes to the one before it.
 */
function planDeregister(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const known = requireArtifact(state, artifact);
    const { version, registration, deregistration } = namedVersion(known, artifact, request.version);
    if (deregistration)
        return done(deregistration.tag, version);
    return counted(known, { action: "deregister", artifact, version }, `Deregister ${artifact} ${version}`, registration.commit, request, version);
}
/** Brings a deregistered version back with a new registration tag (`m@v1.2.0#N`). */
function planRestore(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const known = requireArtifact(state, artifact);
    const { version, registration, deregistration } = namedVersion(known, artifact, request.version);
    if (!deregistration) {
        const restored = known.events.findLast((e) => e.action === "register" && e.version === version);
        return done(restored?.tag ?? registration.tag, version);
    }
    return counted(known, { action: "register", artifact, version }, `Restore ${artifact} ${version}`, registration.commit, request, version);
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/read-stage-holder.js


/**
 * Who holds `artifact#stage` (at `until`, when given), reading that stage's tags and the tags of
 * the versions it names rather than every tag of the artifact. The answer is the one
 * `stageHolder` gives on the whole artifact: the latest assignment whose version is not
 * deregistered. Versions never read count as live, so the holder found is final once the tags
 * of its version and of every version the stage's tags name from its assignment on are read; a
 * deregistered holder hands over to the next.
 *
 * Requests, on GitHub: one per 100 tags whose name contains `m#<stage>` (one at least), plus one
 * per version examined (its tags fit one page): 2 when the stage has at most 100 tags and its
 * holder is live and was assigned last, however many versions, other stages' tags or other
 * artifacts' tags there are; one more per deregistered version passed over, or version
 * unassigned since; 1 when the stage has no tags. Local git: a `git for-each-ref` for each
 * (after a `git fetch` of the same tags when there is a remote). Deprecation (`m@deprecated`)
 * is not read: `stageHolder` does not weigh it either.
 *
 * The whole artifact is read, as `Registry.artifact` does, where its registrations decide what a
 * stage tag means: where a tag's metadata does not name its version (GTO's, or one made by hand),
 * which only its commit then says; where a tag from the holder's assignment on names a version
 * that has no registration (a tag made by hand can name any), which buildRegistry maps to the one
 * on its commit; where the stage's tags leave it empty, since any of them may name a version
 * that way; and where a stage tag has no counter, whose place among the events hangs on the
 * registrations.
 */
async function readStageHolder(backend, artifact, stage, until) {
    const wholeArtifact = async () => {
        const state = buildRegistry(await backend.listTags({ artifact })).get(artifact);
        return resolved(state, stageHolder(state, stage, until));
    };
    const stageTags = await backend.listTags({ artifact, stage });
    if (!stageTags.every(namesItsVersion))
        return wholeArtifact();
    const records = [...stageTags];
    const read = new Set();
    for (;;) {
        const state = buildRegistry(records, { partial: true }).get(artifact);
        const holder = stageHolder(state, stage, until);
        const deciding = decidingVersions(state, stage, holder, until);
        if (!deciding)
            return wholeArtifact();
        const unread = deciding.filter((version) => !read.has(version));
        if (unread.length === 0) {
            const registered = deciding.every((version) => state?.versions.has(version));
            return registered ? resolved(state, holder) : wholeArtifact();
        }
        for (const version of unread) {
            read.add(version);
            records.push(...(await backend.listTags({ artifact, version })));
        }
    }
}
/**
 * The versions the stage's tags name from the holder's assignment on (up to `until`): whether
 * each is registered, and deregistered when, decides whether the holder holds. Undefined where
 * only the whole artifact can tell: the stage has tags and no holder, or a tag has no counter.
 */
function decidingVersions(state, stage, holder, until) {
    const events = (state?.events ?? []).filter((e) => e.stage === stage && (!until || e.date.getTime() <= until.getTime()));
    if (events.length === 0)
        return [];
    if (!holder || events.some((e) => e.counter === undefined))
        return undefined;
    const since = events.filter((e) => compareEvents(e, holder.assignment) >= 0);
    return [...new Set(since.flatMap((e) => (e.version ? [e.version] : [])))];
}
/** Whether a stage tag's metadata names its version (lightweight tags are no events at all). */
const namesItsVersion = (record) => !record.annotated || metadataVersion((0,tag_message/* parseTagMessage */.V)(record.message).metadata) !== undefined;
const resolved = (state, holder) => {
    const registration = holder && state?.versions.get(holder.version)?.registration;
    return holder && registration && { ...holder, registration };
};

;// CONCATENATED MODULE: ./shared/dist/platform/registry/case-twins.js


/**
 * Refuses to start an artifact whose name differs from a registered one's only in case. Git
 * keeps each tag as a file under `.git/refs/tags`, so where file names ignore case (macOS,
 * Windows) `Churn@v1.0.0` and `churn@v1.0.0` are one file; and such a name is most likely the
 * existing model typed in another case. Asked only for an artifact without a tag, so that the
 * registry is listed whole once, at its first version.
 */
async function refuseCaseTwin(backend, artifact) {
    const lower = artifact.toLowerCase();
    const twins = [...buildRegistry(await backend.listTags()).keys()]
        .filter((name) => name !== artifact && name.toLowerCase() === lower)
        .sort();
    if (twins.length === 0)
        return;
    throw new errors/* InvalidNameError */.Tw("artifact", artifact, `it would be a new model, and the registry has ${twins.map((name) => `'${name}'`).join(", ")}, differing only in case: their tags would collide in git where file names ignore case (macOS, Windows)`, `Give ${twins[0]} to register a version of that model, or a name that differs by more than case`);
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/retry-on-conflict.js


const defaultRetry = {
    attempts: 16,
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: Date.now,
};
/**
 * Runs `attempt` until it does not lose a race: each attempt re-reads the registry, so a
 * conflict means someone else's tag landed first and the next attempt sees it. Full jitter
 * over an exponential ceiling (25 ms doubling, at most 1 s).
 */
async function retryOnConflict(attempt, options) {
    const started = options.now();
    for (let i = 1;; i++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof errors/* TagConflictError */.P1))
                throw error;
            if (i >= options.attempts)
                throw staleLock(error, started, options.attempts) ?? error;
            await options.sleep(Math.floor(options.random() * Math.min(1000, 25 * 2 ** i)));
        }
    }
}
/**
 * A conflict that no promotion makes: git's lock file, there before the first attempt and there
 * still after the last, outlived every writer's hold on it (a ref's lock lasts milliseconds). A
 * git process stopped while it held the lock left it behind, and only its removal helps.
 */
function staleLock(conflict, started, attempts) {
    const lock = conflict.lock;
    if (!lock)
        return undefined;
    const since = (0,external_node_fs_.statSync)(lock, { throwIfNoEntry: false })?.mtimeMs;
    if (since === undefined || since >= started)
        return undefined;
    return new errors/* RegistryError */.gl(`tag '${conflict.tag}' cannot be made: git's lock file ${lock}, from ${new Date(since).toISOString()}, was there before the first of ${attempts} tries and is there after the last, so no running promotion holds it`, `A git process that was stopped left it: remove ${lock} if no git process is running in the repository, and run again`);
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/stages-now.js


/** The planned tag as the event it will be, dated no earlier than anything recorded. */
function plannedEvent(state, planned) {
    const parsed = (0,tag_grammar/* tryParseTag */.XM)(planned.name);
    const latest = state?.events.reduce((at, e) => Math.max(at, e.date.getTime()), 0) ?? 0;
    return {
        tag: planned.name,
        action: parsed.action,
        artifact: parsed.artifact,
        version: planned.metadata.version ?? ("version" in parsed ? parsed.version : undefined),
        stage: "stage" in parsed ? parsed.stage : undefined,
        counter: parsed.counter,
        commit: planned.commit ?? "",
        tagger: { name: "", email: "" },
        date: new Date(latest),
        summary: planned.summary,
        metadata: planned.metadata,
    };
}
/**
 * The stages an operation acts on or moves, with what each holds once its tag is made: the
 * stage named, and any other whose holder changes with it. Deregistering (or unassigning) the
 * version a stage holds hands the stage to the assignment before, as in GTO, and restoring one
 * can hand it back: the caller shows both, as neither names that stage.
 */
function stagesNow(state, plan) {
    const before = stagesOf(state);
    const after = plan.create ? withEvent(state, plannedEvent(state, plan.create)) : state;
    return [...stagesOf(after)]
        .filter(([stage, holder]) => stage === plan.stage || holder?.version !== before.get(stage)?.version)
        .map(([stage, holder]) => ({
        stage,
        version: holder?.version,
        tag: holder?.assignment.tag,
        before: before.get(stage)?.version,
        assigned: assignmentsInForce(after, stage).map((h) => h.version),
    }));
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry.js














/**
 * The registry's operations over a backend. Each writing operation reads the artifact's tags
 * (GTO's counter is per artifact, so they are all it needs), plans with the pure functions of
 * plan.ts, and creates one tag; losing a race for a tag name re-reads and plans again, so
 * concurrent promotions each get their own counter.
 */
class Registry {
    backend;
    policy;
    policyRecord;
    now;
    retry;
    constructor(options) {
        this.backend = options.backend;
        this.policy = options.policy?.rules;
        this.policyRecord = options.policy?.record;
        this.now = options.now ?? (() => new Date());
        this.retry = { ...defaultRetry, ...options.retry };
    }
    /** Every artifact's state, from one listing of every tag. */
    async read() {
        return buildRegistry(await this.backend.listTags());
    }
    /** One artifact's state, from a listing of its tags alone. */
    async artifact(artifact) {
        return buildRegistry(await this.backend.listTags({ artifact })).get(artifact);
    }
    /**
     * The artifact's state as a write plans on it: its next counter goes past every counter
     * claimed, as well as every tag's.
     */
    async stateToWrite(artifact) {
        const [state, claimed] = await Promise.all([
            this.artifact(artifact),
            this.backend.highestClaimedCounter(artifact),
        ]);
        return state && claimed > state.maxCounter ? { ...state, maxCounter: claimed } : state;
    }
    async show(artifact) {
        const state = await this.artifact(artifact);
        return summarize(artifact, state);
    }
    /** Every event of the artifact (of one stage, when given), oldest first. */
    async history(artifact, stage) {
        return eventsOf(await this.artifact(artifact), stage);
    }
    /**
     * The artifact's counter claims whose tags are gone (deleted since: git and GitHub let anyone
     * who can push a tag delete one; or never made, by a promotion that stopped after its claim);
     * `state` as read. Those of the `limit` highest counters are read, and the rest counted.
     */
    claimsWithoutTags(artifact, state, limit) {
        const counters = (state?.events ?? []).flatMap((e) => e.counter === undefined ? [] : [e.counter]);
        return this.backend.claimsWithoutTags(artifact, new Set(counters), limit);
    }
    /**
     * Which version holds the stage (held it at a moment, by the tags' dates), reading the stage's
     * tags and its holder's rather than the artifact's: see readStageHolder for the cost.
     */
    stageHolder(artifact, stage, at) {
        return readStageHolder(this.backend, artifact, stage, at);
    }
    async tagger(actor) {
        return actor?.trim() ? parseActor(actor) : this.backend.defaultTagger();
    }
    /** Creates the planned tag, or reports the existing one. */
    async apply(plan, state, options, ref = "HEAD") {
        if (!plan.create || options.dryRun)
            return outcome(plan, state);
        const commit = plan.create.commit ?? (await this.backend.resolveCommit(ref));
        const tagger = await this.tagger(options.actor);
        await this.backend.createTag({
            name: plan.create.name,
            commit,
            tagger,
            date: this.now(),
            message: (0,tag_message/* formatTagMessage */.v)(plan.create.summary, this.withPolicy(plan.create)),
        });
        return outcome(plan, state, tagger);
    }
    /** A stage tag's metadata with the policy it is made under, where the caller read one. */
    withPolicy(planned) {
        const action = (0,tag_grammar/* tryParseTag */.XM)(planned.name)?.action;
        const staged = action === "assign" || action === "unassign";
        return staged && this.policyRecord !== undefined
            ? { ...planned.metadata, policy: this.policyRecord }
            : planned.metadata;
    }
    /**
     * Registers a version with its assets. The assets are stored before the tag is created, and
     * removed again when the tag cannot be; a re-run with the same files reports the version.
     */
    async register(request) {
        const digests = await digestAll(request.assets);
        let twinsChecked = false;
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            // Once: a retry is another writer's tag of this name, not a new name of another case.
            if (state === undefined && !twinsChecked) {
                await refuseCaseTwin(this.backend, request.artifact);
                twinsChecked = true;
            }
            const plan = planRegister(state, { ...request, assets: digests });
            if (!plan.create && !request.dryRun)
                await this.completeRelease(state, plan.tag, request);
            const { files, names } = registrationFiles(plan.create?.metadata, request);
            const applied = await this.applyWithAssets(plan, state, request, files, {
                ref: request.ref,
                names,
                cleanUp: () => this.cleanUp(request.artifact, plan.tag, digests),
            });
            return { ...applied, assets: digests, releaseUrl: this.backend.releaseUrl(plan.tag) };
        }, this.retry);
    }
    /**
     * Applies a plan whose tag gets a release: the files are stored first and the tag created after,
     * so no tag ever names files that are not there; when either fails, `cleanUp` runs, so that a
     * failure leaves no files of this run behind.
     */
    async applyWithAssets(plan, state, request, files, options) {
        if (!plan.create || request.dryRun || files.length === 0) {
            return this.apply(plan, state, request, options.ref);
        }
        // The commit first: a ref that names none (HEAD of a repository without commits) fails
        // before any file is stored or uploaded.
        const commit = plan.create.commit ?? (await this.backend.resolveCommit(options.ref ?? "HEAD"));
        const placed = { ...plan, create: { ...plan.create, commit } };
        try {
            await this.backend.storeAssets(plan.tag, files, options.names);
            return await this.apply(placed, state, request);
        }
        catch (error) {
            await options.cleanUp();
            throw error;
        }
    }
    /**
     * A registration already made is finished where an earlier run could not finish it: the tag
     * is there but its release is not (see RegistryBackend.completeRelease). Only tags that mlops
     * wrote (with a metadata block) get a release; one made by GTO is left as it is.
     */
    async completeRelease(state, tag, request) {
        const event = state?.events.find((e) => e.tag === tag);
        if (!event?.metadata)
            return;
        const { files, names } = registrationFiles(event.metadata, request);
        await this.backend.completeRelease({
            name: tag,
            commit: event.commit,
            tagger: event.tagger,
            date: event.date,
            message: (0,tag_message/* formatTagMessage */.v)(event.summary, event.metadata),
        }, files, names);
    }
    /** After a failed registration: the release goes, unless the tag now there is for the same files. */
    async cleanUp(artifact, tag, digests) {
        const winner = (await this.backend.listTags({ artifact })).find((t) => t.name === tag);
        if (winner) {
            const state = buildRegistry([winner]);
            const recorded = [...state.values()][0]?.versions.values().next().value?.registration
                .metadata?.assets;
            const same = recorded?.length === digests.length &&
                digests.every((d, i) => recorded[i]?.sha256 === d.sha256);
            if (same)
                return;
        }
        await this.backend.removeAssets(tag);
    }
    async assign(request) {
        const { evidence } = request;
        return retryOnConflict(async () => {
            const state = await this.stateToWrite(request.artifact);
            const plan = planAssign(state, this.policy, request);
            // The report that allowed the assignment travels with it, as its tag's release.
            return this.applyWithAssets(plan, state, request, evidence ? [evidence.path] : [], {
                names: evidence ? [evidence.asset] : [],
                cleanUp: () => this.backend.removeAssets(plan.tag),
            });
        }, this.retry);
    }
    async unassign(request) {
        return this.act(request, (state) => planUnassign(state, request));
    }
    async rollback(request) {
        return this.act(request, (state) => planRollback(state, this.policy, request));
    }
    /** Deprecates the whole artifact; `undeprecate` lifts it. */
    async deprecate(request) {
        return this.act(request, (state) => planDeprecate(state, request), request.ref);
    }
    async undeprecate(request) {
        return this.act(request, (state) => planUndeprecate(state, request), request.ref);
    }
    /** Deregisters one version; `restore` brings it back. */
    async deregister(request) {
        return this.act(request, (state) => planDeregister(state, request));
    }
    async restore(request) {
        return this.act(request, (state) => planRestore(state, request));
    }
    /** Reads the artifact, plans, and applies; again from the reading on losing a race. */
    act(request, planner, ref) {
        return retryOnConflict(async () => {
            const state = await this.stateToWrite(request.artifact);
            return this.apply(planner(state), state, request, ref);
        }, this.retry);
    }
    /**
     * Registers and assigns in one go. The stage's checks run first, against the files about to
     * be registered, so a refused promotion registers nothing.
     */
    async promote(request) {
        const digests = await digestAll(request.assets);
        const state = await this.stateToWrite(request.artifact);
        if (state === undefined)
            await refuseCaseTwin(this.backend, request.artifact);
        const planned = planRegister(state, { ...request, assets: digests });
        const checked = planAssign(state, this.policy, {
            ...request,
            ...(planned.create
                ? { pending: { version: planned.version, modelSha256: digests[0]?.sha256 } }
                : { version: planned.version }),
        });
        if (request.dryRun) {
            return {
                registration: {
                    ...outcome(planned, state),
                    assets: digests,
                    releaseUrl: this.backend.releaseUrl(planned.tag),
                },
                assignment: outcome(checked, state),
            };
        }
        const registration = await this.register(request);
        const assignment = await this.assign({ ...request, version: registration.version });
        return { registration, assignment };
    }
}
/** What a plan came to: `tagger` is who the tag created names, absent when none was created. */
const outcome = (plan, stateRead, tagger) => ({
    changed: tagger !== undefined,
    tag: plan.tag,
    newTag: plan.create !== undefined,
    version: plan.version,
    previousVersion: plan.previousVersion,
    skipped: plan.skipped,
    stagesNow: stagesNow(stateRead, plan),
    tagger,
    stateRead,
});
/**
 * The files a registration's tag (`metadata`, the one to make or the one made) stores: the
 * assets under their own names, and the run record given under the name the tag gives the
 * record, where the tag names it stored apart from the assets and it is that very record (by
 * sha256): another run's never goes under its name.
 */
function registrationFiles(metadata, { assets, runRecord }) {
    const run = metadata?.training_run;
    const stored = run?.asset !== undefined &&
        runRecord?.run.sha256 === run.sha256 &&
        !metadata?.assets?.some((asset) => asset.name === run.asset);
    if (!stored)
        return { files: assets, names: undefined };
    return { files: [...assets, runRecord.path], names: [...(0,asset_names/* assetNames */.P)(assets), run.asset] };
}
async function digestAll(files) {
    return Promise.all(files.map(async (file) => ({
        name: (0,external_node_path_.basename)(file),
        sha256: await (0,hash_file/* hashFile */.D)(file),
        size: (0,external_node_fs_.statSync)(file).size,
    })));
}
function summarize(artifact, state) {
    const stages = [...stagesOf(state)].map(([stage, holder]) => ({
        stage,
        version: holder?.version,
        tag: holder?.assignment.tag,
    }));
    return {
        artifact,
        deprecated: state?.deprecation !== undefined,
        deprecation: state?.deprecation?.tag,
        latest: latestVersion(state)?.version,
        versions: [...(state?.versions.values() ?? [])]
            .sort((a, b) => (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(a.version), (0,semver/* parseVersion */.ot)(b.version)))
            .map((v) => ({
            version: v.version,
            tag: v.registration.tag,
            active: !v.deregistration,
            deregistration: v.deregistration?.tag,
        })),
        stages,
    };
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseTagMessage),
/* harmony export */   v: () => (/* binding */ formatTagMessage)
/* harmony export */ });
/* harmony import */ var _recorded_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(826);

const FENCE = "```";
const BLOCK = /^```mlops\n([\s\S]*?)\n```$/m;
function formatTagMessage(summary, metadata) {
    return `${(0,_recorded_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(summary)}\n\n${FENCE}mlops\n${JSON.stringify(metadata, null, 2)}\n${FENCE}\n`;
}
/** The summary line and, when the tag was written by mlops, its metadata. */
function parseTagMessage(message) {
    const summary = message.split("\n")[0]?.trim() ?? "";
    const block = BLOCK.exec(message);
    if (!block)
        return { summary, metadata: undefined };
    try {
        const value = JSON.parse(block[1]);
        const ours = typeof value === "object" &&
            value !== null &&
            value.schema === "mlops.registry-event/v1";
        return { summary, metadata: ours ? value : undefined };
    }
    catch {
        // A hand-written tag with a broken block is still an event, just without metadata.
        return { summary, metadata: undefined };
    }
}


/***/ })

};
