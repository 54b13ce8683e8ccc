export const id = 178;
export const ids = [178];
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

/***/ 178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Registry: () => (/* binding */ Registry),
  summarize: () => (/* binding */ summarize)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(672);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var errors = __webpack_require__(255);
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

;// CONCATENATED MODULE: ./shared/dist/platform/registry/evidence.js





async function readEvidence(path, shownAs = path) {
    const doc = readStructured(path, shownAs);
    const report = validateContract(evalReportContract, doc.value, shownAs, doc.lineOf);
    return { file: shownAs, sha256: await hashFile(path), report };
}
/**
 * Refuses evidence that does not show this model passing: a failed verdict, a report about no
 * model file, or about another one (the two digests are named, so the mix-up can be found).
 */
function checkEvidence(evidence, modelSha256, what) {
    const { report, file } = evidence;
    if (report.verdict !== "pass") {
        throw new errors/* EvidenceError */.oe(`${file}: the eval report's verdict is ${report.verdict}, so ${what} is refused`, "Promote a model whose eval-gate passed");
    }
    if (!report.model) {
        throw new errors/* EvidenceError */.oe(`${file}: the eval report names no model file, so it cannot vouch for ${what}`, "Run eval-gate with its model input set to the model file");
    }
    if (!modelSha256) {
        throw new errors/* EvidenceError */.oe(`${what} has no recorded model asset to compare with the eval report's model sha256 ${report.model.sha256}`, "Register the version with its model file as the first asset");
    }
    if (report.model.sha256 !== modelSha256) {
        throw new errors/* EvidenceError */.oe(`${file}: the eval report is about model sha256 ${report.model.sha256} (${report.model.file}), but ${what}'s model asset has sha256 ${modelSha256}`, "Give the eval report of this very model file");
    }
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/names.js
var names = __webpack_require__(650);
// EXTERNAL MODULE: ./shared/dist/platform/registry/semver.js
var semver = __webpack_require__(36);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/tag-message.js
const FENCE = "```";
const BLOCK = /^```mlops\n([\s\S]*?)\n```$/m;
/** One line: a tag message's first line is its summary everywhere git shows it. */
const oneLine = (text) => text.replace(/\s+/g, " ").trim();
function formatTagMessage(summary, metadata) {
    return `${oneLine(summary)}\n\n${FENCE}mlops\n${JSON.stringify(metadata, null, 2)}\n${FENCE}\n`;
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

// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(270);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/registry-state.js



/**
 * The order of events: by counter (the registry's own clock, immune to skewed machine clocks
 * and to one-second tag dates), then by date for tags without a counter, then by name.
 */
function compareEvents(a, b) {
    return ((a.counter ?? 0) - (b.counter ?? 0) ||
        a.date.getTime() - b.date.getTime() ||
        (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
/** Reads every registry tag into per-artifact state; other tags are ignored. Pure. */
function buildRegistry(records) {
    const raw = new Map();
    const parsed = records.flatMap((record) => {
        const event = (0,tag_grammar/* tryParseTag */.XM)(record.name);
        if (!event)
            return [];
        const entry = raw.get(event.artifact) ?? { events: [], maxCounter: 0 };
        raw.set(event.artifact, entry);
        // A counter on any tag is taken, even on a lightweight one, or the next tag would collide.
        entry.maxCounter = Math.max(entry.maxCounter, event.counter ?? 0);
        return record.annotated ? [{ record, event }] : [];
    });
    // Registrations first: stage tags from other tools name their version only by commit.
    const versionsByCommit = new Map();
    for (const { record, event } of parsed) {
        if (event.action !== "register")
            continue;
        const key = `${event.artifact}\0${record.commit}`;
        versionsByCommit.set(key, [...(versionsByCommit.get(key) ?? []), event.version]);
    }
    for (const { record, event } of parsed) {
        const { summary, metadata } = parseTagMessage(record.message);
        let version = "version" in event ? event.version : undefined;
        if (event.action === "assign" || event.action === "unassign") {
            const candidates = versionsByCommit.get(`${event.artifact}\0${record.commit}`) ?? [];
            // Several versions on one commit: the metadata says which; without it, the highest.
            version =
                metadata?.version ??
                    candidates.slice().sort((x, y) => (0,semver/* compareVersions */.Zy)((0,semver/* parseVersion */.ot)(y), (0,semver/* parseVersion */.ot)(x)))[0];
        }
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
    for (const [artifact, { events, maxCounter }] of raw) {
        events.sort(compareEvents);
        const versions = new Map();
        for (const event of events) {
            if (event.action === "register" && event.version && !versions.has(event.version))
                versions.set(event.version, {
                    version: event.version,
                    registration: event,
                    deregistration: undefined,
                });
        }
        for (const event of events) {
            const state = event.version ? versions.get(event.version) : undefined;
            if (event.action === "deregister" && state && !state.deregistration)
                versions.set(state.version, { ...state, deregistration: event });
        }
        const deprecation = events.find((event) => event.action === "deprecate");
        states.set(artifact, { artifact, events, versions, deprecation, maxCounter });
    }
    return states;
}
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
    if (!state)
        return undefined;
    const last = new Map();
    for (const event of state.events) {
        if (event.stage !== stage || !event.version)
            continue;
        if (until && event.date.getTime() > until.getTime())
            continue;
        last.set(event.version, event);
    }
    let holder;
    for (const [version, event] of last) {
        if (event.action !== "assign")
            continue;
        const known = state.versions.get(version);
        const deregistered = known?.deregistration;
        if (deregistered && (!until || deregistered.date.getTime() <= until.getTime()))
            continue;
        if (!holder || compareEvents(event, holder.assignment) > 0)
            holder = { version, assignment: event };
    }
    return holder;
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
 * The version the stage had before its current holder: the latest earlier assignment of a
 * different version that is still registered.
 */
function previousHolder(state, stage) {
    const current = stageHolder(state, stage);
    if (!state || !current)
        return undefined;
    const earlier = state.events.filter((e) => e.action === "assign" &&
        e.stage === stage &&
        e.version !== undefined &&
        e.version !== current.version &&
        compareEvents(e, current.assignment) < 0 &&
        !state.versions.get(e.version)?.deregistration);
    const event = earlier[earlier.length - 1];
    return event ? { version: event.version, assignment: event } : undefined;
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
        throw new errors/* PolicyRefusal */.Fk(`artifact '${artifact}' was deprecated by ${state.deprecation.tag}`, "Register a new artifact name, or delete the deprecation tag if it was a mistake");
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
        // Deregistered versions still own their tags, so the bump starts above them too.
        const highest = [...(state?.versions.keys() ?? [])]
            .map((v) => (0,semver/* parseVersion */.ot)(v))
            .sort(semver/* compareVersions */.Zy)
            .at(-1);
        version = (0,semver/* formatVersion */.qh)((0,semver/* bumpVersion */.Bx)(highest, asked === "auto" ? "patch" : asked));
    }
    else {
        version = withV(asked);
        (0,semver/* assertVersion */.bT)(version);
        const existing = state?.versions.get(version);
        if (existing?.deregistration) {
            throw new errors/* PolicyRefusal */.Fk(`${artifact} ${version} was deregistered by ${existing.deregistration.tag}`, "A version number is never reused: register a new one");
        }
        if (existing) {
            if (sameAssets(existing, request.assets))
                return done(existing.registration.tag, version);
            const recorded = (existing.registration.metadata?.assets ?? []).map((a) => `${a.name} ${a.sha256}`);
            const given = request.assets.map((a) => `${a.name} ${a.sha256}`);
            throw new errors/* RegistryError */.gl(`${artifact} ${version} is already registered (${existing.registration.tag}) with other assets: recorded [${recorded.join(", ")}], given [${given.join(", ")}]`, "Register the new files as a new version (version: auto)");
        }
    }
    const tag = (0,tag_grammar/* formatTag */._3)({ action: "register", artifact, version });
    return {
        create: {
            name: tag,
            commit: undefined,
            summary: request.message || `Register ${artifact} ${version}`,
            metadata: meta({ assets: request.assets.map((a) => ({ ...a })) }, request.runUrl),
        },
        tag,
        version,
        previousVersion: undefined,
        skipped: [],
    };
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
        throw new errors/* PolicyRefusal */.Fk(`${artifact} ${version.version} was deregistered by ${version.deregistration.tag}`);
    }
    return version;
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
    const index = policy.stages.findIndex((s) => s.name === stage);
    const rule = policy.stages[index];
    if (!rule) {
        throw new errors/* PolicyRefusal */.Fk(`stage '${stage}' is not in the registry policy`, `Stages: ${policy.stages.map((s) => s.name).join(", ")}`);
    }
    const maySkip = actor !== undefined && (rule["may-skip"] ?? []).includes(actor);
    const skipped = [];
    const before = policy.stages[index - 1];
    if ((policy.ordered ?? true) && before && !everHeld(state, version, before.name)) {
        if (!maySkip) {
            throw new errors/* PolicyRefusal */.Fk(`${what} never held stage '${before.name}', which comes before '${stage}'`, `Assign it to '${before.name}' first`);
        }
        skipped.push("order");
    }
    if (rule.evidence && !evidence) {
        if (!maySkip) {
            throw new errors/* PolicyRefusal */.Fk(`stage '${stage}' needs evidence: a passing eval report about ${what}'s model file`, "Give the eval report written by eval-gate as evidence");
        }
        skipped.push("evidence");
    }
    return skipped;
}
function planAssign(state, policy, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const stage = (0,names/* assertName */.I1)("stage", request.stage);
    refuseDeprecated(state, artifact);
    const pending = request.pending;
    const version = pending ? pending.version : pickVersion(state, artifact, request.version).version;
    const holder = stageHolder(state, stage);
    if (holder?.version === version) {
        return done(holder.assignment.tag, version, previousHolder(state, stage)?.version);
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
                ...(evidence
                    ? {
                        evidence: {
                            file: evidence.file,
                            sha256: evidence.sha256,
                            verdict: evidence.report.verdict,
                            model_sha256: evidence.report.model?.sha256 ?? null,
                        },
                    }
                    : {}),
                ...(skipped.length ? { skipped } : {}),
            }, request.runUrl),
        },
        tag,
        version,
        previousVersion: holder?.version,
        skipped,
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
        return done(last?.tag ?? "", version, holder?.version);
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
    };
}
/**
 * Rollback gives the stage back to the version it had before its current one, with a new
 * assignment (history is never rewritten). That version held the stage already, so the
 * policy's checks are not asked again.
 */
function planRollback(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    const stage = (0,names/* assertName */.I1)("stage", request.stage);
    refuseDeprecated(state, artifact);
    const current = stageHolder(state, stage);
    if (!current)
        throw new errors/* NotFoundError */.m_(`stage '${stage}' of ${artifact} holds no version to roll back`);
    const previous = previousHolder(state, stage);
    if (!previous) {
        throw new errors/* NotFoundError */.m_(`stage '${stage}' of ${artifact} had no other version before ${current.version}`, "Unassign the stage instead, or assign a version by name");
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
    };
}
function planDeprecate(state, request) {
    const artifact = (0,names/* assertName */.I1)("artifact", request.artifact);
    if (!state)
        throw new errors/* NotFoundError */.m_(`artifact '${artifact}' is not in the registry`);
    if (state.deprecation)
        return done(state.deprecation.tag, undefined);
    const tag = (0,tag_grammar/* formatTag */._3)({ action: "deprecate", artifact });
    return {
        create: {
            name: tag,
            commit: undefined,
            summary: request.message || `Deprecate ${artifact}`,
            metadata: meta({}, request.runUrl),
        },
        tag,
        version: undefined,
        previousVersion: undefined,
        skipped: [],
    };
}

;// CONCATENATED MODULE: ./shared/dist/platform/registry/read-stage-holder.js



/**
 * Who holds `artifact#stage` (at `until`, when given), reading that stage's tags and the tags of
 * the versions it names rather than every tag of the artifact. The answer is the one
 * `stageHolder` gives on the whole artifact: the latest assignment whose version is not
 * deregistered. Versions never read count as live, so the holder found is final once its own
 * version's tags (`m@vX`, `m@vX!`) are read; a deregistered holder hands over to the next.
 *
 * Requests, on GitHub: one per 100 tags whose name contains `m#<stage>` (one at least), plus one
 * per version examined (its tags fit one page): 2 when the stage has at most 100 tags and its
 * holder is live, however many versions, other stages' tags or other artifacts' tags there are;
 * one more per deregistered version passed over; 1 when the stage is empty. Local git: a
 * `git for-each-ref` for each (after a `git fetch` of the same tags when there is a remote).
 * Deprecation (`m@deprecated`) is not read: `stageHolder` does not weigh it either.
 *
 * Stage tags whose metadata does not name their version (made by GTO or by hand) name it only by
 * their commit, which only the artifact's registrations can map back: then the whole artifact is
 * read, as `Registry.artifact` does.
 */
async function readStageHolder(backend, artifact, stage, until) {
    const stageTags = await backend.listTags({ artifact, stage });
    if (!stageTags.every(namesItsVersion)) {
        const state = buildRegistry(await backend.listTags({ artifact })).get(artifact);
        return resolved(state, stageHolder(state, stage, until));
    }
    const records = [...stageTags];
    const read = new Set();
    for (;;) {
        const state = buildRegistry(records).get(artifact);
        const holder = stageHolder(state, stage, until);
        if (!holder || read.has(holder.version))
            return resolved(state, holder);
        read.add(holder.version);
        records.push(...(await backend.listTags({ artifact, version: holder.version })));
    }
}
/** Whether a stage tag's metadata names its version (lightweight tags are no events at all). */
const namesItsVersion = (record) => !record.annotated ||
    (0,semver/* parseVersion */.ot)(parseTagMessage(record.message).metadata?.version ?? "") !== undefined;
const resolved = (state, holder) => holder && { ...holder, registration: state?.versions.get(holder.version)?.registration };

;// CONCATENATED MODULE: ./shared/dist/platform/registry/retry-on-conflict.js

const defaultRetry = {
    attempts: 16,
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * Runs `attempt` until it does not lose a race: each attempt re-reads the registry, so a
 * conflict means someone else's tag landed first and the next attempt sees it. Full jitter
 * over an exponential ceiling (25 ms doubling, at most 1 s).
 */
async function retryOnConflict(attempt, options) {
    for (let i = 1;; i++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!(error instanceof errors/* TagConflictError */.P1) || i >= options.attempts)
                throw error;
            await options.sleep(Math.floor(options.random() * Math.min(1000, 25 * 2 ** i)));
        }
    }
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
    now;
    retry;
    constructor(options) {
        this.backend = options.backend;
        this.policy = options.policy;
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
    async show(artifact) {
        const state = await this.artifact(artifact);
        return summarize(artifact, state);
    }
    /** Every event of the artifact (of one stage, when given), oldest first. */
    async history(artifact, stage) {
        return eventsOf(await this.artifact(artifact), stage);
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
            message: formatTagMessage(plan.create.summary, plan.create.metadata),
        });
        return outcome(plan, state, tagger);
    }
    /**
     * Registers a version with its assets. The assets are stored before the tag is created, and
     * removed again when the tag cannot be; a re-run with the same files reports the version.
     */
    async register(request) {
        const digests = await digestAll(request.assets);
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            const plan = planRegister(state, { ...request, assets: digests });
            const withRelease = (result) => ({
                ...result,
                assets: digests,
                releaseUrl: this.backend.releaseUrl(plan.tag),
            });
            if (!plan.create || request.dryRun || request.assets.length === 0) {
                return withRelease(await this.apply(plan, state, request, request.ref));
            }
            await this.backend.storeAssets(plan.tag, request.assets);
            try {
                return withRelease(await this.apply(plan, state, request, request.ref));
            }
            catch (error) {
                await this.cleanUp(request.artifact, plan.tag, digests);
                throw error;
            }
        }, this.retry);
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
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            return this.apply(planAssign(state, this.policy, request), state, request);
        }, this.retry);
    }
    async unassign(request) {
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            return this.apply(planUnassign(state, request), state, request);
        }, this.retry);
    }
    async rollback(request) {
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            return this.apply(planRollback(state, request), state, request);
        }, this.retry);
    }
    async deprecate(request) {
        return retryOnConflict(async () => {
            const state = await this.artifact(request.artifact);
            return this.apply(planDeprecate(state, request), state, request, request.ref);
        }, this.retry);
    }
    /**
     * Registers and assigns in one go. The stage's checks run first, against the files about to
     * be registered, so a refused promotion registers nothing.
     */
    async promote(request) {
        const digests = await digestAll(request.assets);
        const state = await this.artifact(request.artifact);
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
    tagger,
    stateRead,
});
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
        latest: latestVersion(state)?.version,
        versions: [...(state?.versions.values() ?? [])].map((v) => ({
            version: v.version,
            tag: v.registration.tag,
            active: !v.deregistration,
        })),
        stages,
    };
}


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
