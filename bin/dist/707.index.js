export const id = 707;
export const ids = [707];
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

/***/ 3649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ CANCEL_SIGNALS),
/* harmony export */   PB: () => (/* binding */ abortOnSignals),
/* harmony export */   cc: () => (/* binding */ CancelledError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

/**
 * What stops a step: a runner cancelling it sends SIGINT, then SIGTERM 7.5 seconds later; a
 * closed terminal or a dropped ssh connection sends SIGHUP to a command run by hand.
 */
const CANCEL_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
/** The step was cancelled while it waited: this process received one of CANCEL_SIGNALS. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    signal;
    constructor(signal) {
        super(`the step was cancelled (${signal})`);
        this.signal = signal;
    }
}
/**
 * An AbortSignal that SIGINT, SIGTERM or SIGHUP of this process aborts with a CancelledError.
 * Until `release`, the signals do not end the process: what it started elsewhere (a dispatched
 * run) is stopped first.
 */
function abortOnSignals() {
    const controller = new AbortController();
    const abort = (name) => {
        if (!controller.signal.aborted)
            controller.abort(new CancelledError(name));
    };
    for (const name of CANCEL_SIGNALS)
        process.on(name, abort);
    return {
        signal: controller.signal,
        release: () => CANCEL_SIGNALS.forEach((name) => process.off(name, abort)),
    };
}


/***/ }),

/***/ 9143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ childEnv)
/* harmony export */ });
/** The runner's credentials for its own services: a `run:` step never sees them. */
const RUNTIME_SECRETS = new Set([
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_RUNTIME_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_CACHE_URL",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
]);
/**
 * The environment for a command the workflow author wrote, as a `run:` step would get it: without
 * the action's runtime tokens and its `INPUT_*` values (which may hold secrets).
 */
function childEnv(env, extra = {}) {
    const kept = Object.entries(env ?? {}).filter(([name]) => !RUNTIME_SECRETS.has(name.toUpperCase()) && !/^INPUT_/i.test(name));
    return { ...Object.fromEntries(kept), ...extra };
}


/***/ }),

/***/ 5466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runProcess)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./shared/dist/engine/process/cancel-signals.js
var cancel_signals = __webpack_require__(3649);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/dist/engine/process/marked-processes.js


/**
 * The environment variable that marks a command's processes: runProcess gives each command a
 * value of its own, and every process the command starts inherits it, one that left the command's
 * process group (setsid, a daemon's double fork) too. A process started with a cleared
 * environment (`env -i`), or one that overwrote its own, no longer carries it.
 */
const RUN_TOKEN = "MLOPS_RUN_TOKEN";
/**
 * The most of a process's environment read: far above any real one (Linux caps a process's
 * arguments and environment together at a quarter of its stack limit, 2 MiB by default), while a
 * process that swelled its own costs no more than this. A mark past it is not seen.
 */
const MAX_ENVIRON = 1024 * 1024;
/** Where a Linux system lists its processes; absent on macOS, where nothing is found. */
const PROC = "/proc";
/** A process's parent and process group, from /proc/<pid>/stat; null once it is gone. */
function statOf(pid) {
    let stat;
    try {
        stat = (0,external_node_fs_.readFileSync)(`${PROC}/${pid}/stat`, "utf8");
    }
    catch {
        return null;
    }
    // `pid (name) state ppid pgrp ...`: the name may hold spaces and parentheses, so fields are
    // counted from its last `)`.
    const [, parent, group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { parent: Number(parent), group: Number(group) };
}
/** This process and those above it to init: never signalled, whatever their environment. */
function selfAndAncestors() {
    const kept = new Set();
    for (let pid = process.pid; pid > 0 && !kept.has(pid); pid = statOf(pid)?.parent ?? 0)
        kept.add(pid);
    return kept;
}
/**
 * The process's environment as /proc gives it, entries ended by NUL, and whether it was read to
 * its end; null for one that cannot be read: another user's (EACCES), or gone mid-scan (ENOENT,
 * ESRCH). Any process may be either at any moment, and a scan that stops the run's own
 * processes must not fail on one that is not.
 */
function environOf(pid, buffer) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(`${PROC}/${pid}/environ`, "r");
    }
    catch {
        return null;
    }
    try {
        let length = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                return { bytes: buffer.subarray(0, length), whole: true };
            length += read;
            if (length === buffer.length)
                return { bytes: buffer, whole: false };
        }
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Whether `environ` holds `entry` as one whole entry: `NAME=value`, not a part of another. */
function holdsEntry({ bytes, whole }, entry) {
    for (let at = bytes.indexOf(entry); at !== -1; at = bytes.indexOf(entry, at + 1)) {
        const end = at + entry.length;
        const ended = end === bytes.length ? whole : bytes[end] === 0;
        if ((at === 0 || bytes[at - 1] === 0) && ended)
            return true;
    }
    return false;
}
/**
 * The processes that carry one command's mark, `MLOPS_RUN_TOKEN=<128 random bits in hex>` in
 * their environment, found by reading each /proc/<pid>/environ, as Jenkins' ProcessTreeKiller
 * finds a build's processes: what stops a command's process group misses a process that left it,
 * and on a self-hosted runner such a process would hold its GPU and memory into the next job.
 * Only processes of this user are read; on a system without /proc (macOS) none is ever found.
 */
class MarkedProcesses {
    token = (0,external_node_crypto_.randomBytes)(16).toString("hex");
    entry = Buffer.from(`${RUN_TOKEN}=${this.token}`);
    /** The processes found so far, to wait for without reading every process again. */
    found = new Set();
    /**
     * The environment `env` with this command's mark, in place of any it carried (a run started by
     * another's command), and first: within what is read of an environment swelled past MAX_ENVIRON.
     */
    environment(env) {
        const { [RUN_TOKEN]: _carried, ...rest } = env;
        return { [RUN_TOKEN]: this.token, ...rest };
    }
    /**
     * The processes carrying the mark, bar this process, its ancestors, and the members of process
     * group `group`: those the group's own signal reaches, which a second signal would interrupt
     * again (a training script that saves a checkpoint at SIGTERM, or quits at a second SIGINT).
     */
    find(group) {
        return [...this.scan(group)];
    }
    /**
     * Sends `signal` to each process `find` finds, and says whether there was any. Each is
     * signalled as soon as it is found, not after the whole scan: the pid of one that ends in
     * between could be another process's by then.
     */
    signal(group, signal) {
        let any = false;
        for (const pid of this.scan(group)) {
            any = true;
            try {
                process.kill(pid, signal);
            }
            catch {
                // ESRCH: it ended since it was read.
            }
        }
        return any;
    }
    /** The processes `find` finds, each as it is read. */
    *scan(group) {
        if (!(0,external_node_fs_.existsSync)(`${PROC}/self/environ`))
            return;
        const buffer = Buffer.allocUnsafe(MAX_ENVIRON);
        const spared = selfAndAncestors();
        // A listing that fails (no file descriptor left) finds nothing: the stop of the group
        // goes on without it.
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(PROC);
        }
        catch {
            return;
        }
        for (const name of names) {
            const pid = Number(name);
            if (!/^\d+$/.test(name) || spared.has(pid))
                continue;
            const environ = environOf(pid, buffer);
            if (environ === null || !holdsEntry(environ, this.entry))
                continue;
            const stat = statOf(pid);
            if (stat === null || stat.group === group)
                continue;
            this.found.add(pid);
            yield pid;
        }
    }
    /**
     * Whether a process found so far still carries the mark: a zombie's environment reads empty,
     * and a pid taken again by another process carries another, so neither counts.
     */
    running() {
        const buffer = Buffer.allocUnsafe(MAX_ENVIRON);
        for (const pid of this.found) {
            const environ = environOf(pid, buffer);
            if (environ !== null && holdsEntry(environ, this.entry))
                return true;
            this.found.delete(pid);
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/process/run-process.js




const DEFAULT_GRACE_MS = 5000;
/** Output held open by a process the command left behind must not hold the run open. */
const DRAIN_MS = 1000;
/**
 * The longest line passed on whole, in UTF-16 code units (1 MiB of ASCII): far above any log line
 * meant to be read, a printed tensor or a JSON dump, while a command that prints hundreds of
 * megabytes without a newline holds about this much per stream, not all of it.
 */
const MAX_LINE_LENGTH = 1024 * 1024;
/** Ends of lines as readline knows them: `\n`, `\r\n`, and a lone `\r`. */
const LINE_END = /\r\n|\n|\r/g;
/** Where to cut `text` into a piece of at most `max`: never between a surrogate pair's halves. */
function pieceEnd(text, max) {
    const last = text.charCodeAt(max - 1);
    return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}
/**
 * Calls `onLine` with each line of a stream's UTF-8 text, as readline would (bytes that are not
 * UTF-8 read as U+FFFD), but a line longer than MAX_LINE_LENGTH is passed on in pieces of that
 * length, as journald and Docker split an overlong line into records: nothing of it is lost, and
 * memory stays bounded where a whole line of hundreds of megabytes would exhaust it. A lone `\r`
 * ends a line, so that each update of a progress bar is shown as it comes, not at the bar's end.
 */
function eachLine(stream, onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder("utf8");
    let pending = "";
    // A chunk ended in `\r`, a line's end already passed on: a `\n` starting the next is its rest.
    let afterReturn = false;
    /** Passes on the whole pieces at the start of an overlong `text`, and returns the rest. */
    const cut = (text) => {
        while (text.length > MAX_LINE_LENGTH) {
            const end = pieceEnd(text, MAX_LINE_LENGTH);
            onLine(text.slice(0, end));
            text = text.slice(end);
        }
        return text;
    };
    const take = (text) => {
        if (text === "")
            return;
        if (afterReturn && text.startsWith("\n"))
            text = text.slice(1);
        afterReturn = text.endsWith("\r");
        let start = 0;
        for (const match of text.matchAll(LINE_END)) {
            onLine(cut(pending + text.slice(start, match.index)));
            pending = "";
            start = match.index + match[0].length;
        }
        pending = cut(pending + text.slice(start));
    };
    stream.on("data", (chunk) => take(decoder.write(chunk)));
    stream.on("end", () => {
        take(decoder.end());
        if (pending !== "")
            onLine(pending);
    });
}
/** How often a signalled group is checked for being gone. */
const POLL_MS = 50;
/** Whether any process of the group is left (EPERM: one is, owned by someone else). */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Resolves once `alive` says no more, or after `limitMs`. */
async function gone(alive, limitMs) {
    const until = Date.now() + limitMs;
    while (alive() && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}
/**
 * Signals a whole process group (the command and the processes it started, bar one that left the
 * group with setsid or by daemonizing: MarkedProcesses finds those), if it still exists.
 */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is gone already.
    }
}
/**
 * Runs a command as the leader of its own process group, streaming its output by line, so that a
 * timeout or a cancelled step stops the command and what it started in its group, not only the
 * leader. A process that leaves the group (setsid, a daemon) is stopped with it on Linux, found by
 * the mark in its environment (MLOPS_RUN_TOKEN), unless `stopEscaped` is false; where there is no
 * /proc (macOS) it is not.
 */
function runProcess(spec) {
    const startedAt = new Date();
    const [program, ...args] = spec.shell ? ["sh", "-c", spec.argv.join("\n")] : spec.argv;
    const marked = spec.stopEscaped === false ? undefined : new MarkedProcesses();
    const child = (0,external_node_child_process_.spawn)(program, args, {
        cwd: spec.cwd,
        env: marked?.environment(spec.env) ?? spec.env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let timedOut = false;
    let cancelledBy = null;
    let killTimer;
    const grace = spec.graceMs ?? DEFAULT_GRACE_MS;
    /** Signals the group, and the processes out of it that carry the command's mark. */
    const signalAll = (pid, signal) => {
        signalGroup(pid, signal);
        marked?.signal(pid, signal);
    };
    // The processes get the signal, and SIGKILL after the grace period: a script that catches
    // SIGINT to save a checkpoint has that long to do it.
    const stop = (signal) => {
        if (child.pid === undefined)
            return;
        signalAll(child.pid, signal);
        killTimer ??= setTimeout(() => signalAll(child.pid, "SIGKILL"), grace);
    };
    const timeout = spec.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop("SIGTERM");
        }, spec.timeoutMs);
    // The first signal is forwarded, and the command has the grace period to save its work; a
    // second one (the runner's SIGTERM after its SIGINT, a person's second Ctrl-C) kills the group,
    // rather than interrupting the checkpoint with the signal again.
    const forward = (signal) => {
        if (cancelledBy !== null) {
            if (child.pid !== undefined)
                signalAll(child.pid, "SIGKILL");
            return;
        }
        cancelledBy = signal;
        stop(signal);
    };
    const forwarded = spec.stopOnCancel === false ? [] : cancel_signals/* CANCEL_SIGNALS */.DH;
    for (const signal of forwarded)
        process.on(signal, forward);
    eachLine(child.stdout, spec.onLine);
    eachLine(child.stderr, spec.onErrorLine ?? spec.onLine);
    const closed = new Promise((resolve) => child.on("close", () => resolve()));
    let leftoverStopped = false;
    return new Promise((resolve) => {
        let finished = false;
        const finish = (exitCode, signal, spawnError) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timeout);
            for (const s of forwarded)
                process.off(s, forward);
            // Stopped processes are killed to the last; a group that ended by itself is left be.
            if (killTimer && child.pid !== undefined) {
                clearTimeout(killTimer);
                signalAll(child.pid, "SIGKILL");
            }
            const endedAt = new Date();
            resolve({
                startedAt,
                endedAt,
                exitCode,
                signal,
                timedOut,
                cancelledBy,
                spawnError,
                leftoverStopped,
            });
        };
        child.on("error", (error) => finish(null, null, error.code ?? "error"));
        child.on("exit", (code, signal) => {
            void (async () => {
                const pid = child.pid;
                // Background processes (data loaders, `tensorboard &`, a daemon) must not outlive the run.
                if (!killTimer && (groupAlive(pid) || (marked?.find(pid).length ?? 0) > 0)) {
                    leftoverStopped = true;
                    stop("SIGTERM");
                }
                // The leader of a signalled group (`sh -c`) may die at once while the training process
                // saves its checkpoint: the run ends when the group and the marked processes are gone,
                // or at the grace's SIGKILL.
                if (killTimer)
                    await gone(() => groupAlive(pid) || marked?.running() === true, grace + DRAIN_MS);
                const drain = setTimeout(() => {
                    child.stdout.destroy();
                    child.stderr.destroy();
                }, DRAIN_MS);
                await closed;
                clearTimeout(drain);
                finish(code, signal, null);
            })();
        });
    });
}


/***/ }),

/***/ 5588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/**
 * A number as reports show it: whole numbers as they are (row counts, bounds), others to six
 * significant digits, in exponent form when very large or very small.
 */
function formatNumber(value) {
    if (value === null || value === undefined)
        return "—";
    if (Number.isSafeInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(3);
    return String(Number(value.toPrecision(6)));
}
const formatSigned = (value) => value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
/** A share as a percentage with its sign, for changes: `+1.1%`. */
const formatPercent = (share) => `${share > 0 ? "+" : ""}${formatShare(share)}`;
/** A share as a percentage: `60%`, `0.535%`. */
const formatShare = (share) => `${Number((share * 100).toPrecision(3))}%`;


/***/ }),

/***/ 9045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ commandArgv),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   Yw: () => (/* binding */ argumentList),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   rG: () => (/* binding */ MAX_DURATION_MS),
/* harmony export */   t$: () => (/* binding */ yamlValue)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1701);
/* harmony import */ var _engine_files_yaml_core_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(866);
/* harmony import */ var _engine_files_yaml_line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5808);





/**
 * An input's text as YAML (JSON is YAML too), or an error saying where it stops being so. Its
 * aliases are held to what they may expand to, as a file's are: inline text is no less
 * untrusted (`*a` ten times a level, seven levels deep, is 10 million values from 400 bytes).
 * `schema`: the core schema types scalars (numbers, booleans); the failsafe one keeps each as
 * the text it is written as.
 */
const yamlValue = (text, input, schema = _engine_files_yaml_core_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_CORE_SCHEMA */ .W) => {
    const index = text.includes("*") ? new _engine_files_yaml_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlLineIndex */ .A() : undefined;
    let value;
    try {
        value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema, ...(index && { listener: index.listener }) });
    }
    catch (error) {
        if (!(error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
            throw error;
        // The line only where there are several (js-yaml's end of a one-line text is on line 2),
        // and where js-yaml knows it (not for a second document).
        const lines = text.trimEnd().split("\n").length;
        const line = error.mark === undefined ? undefined : Math.min(error.mark.line + 1, lines);
        const where = lines > 1 && line !== undefined ? ` (line ${line})` : "";
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInputError */ .E9(input, `is not valid YAML or JSON: ${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .ml)(error.reason)}${where}`, error.reason.startsWith("unknown tag")
            ? "Leave the tag (!!name) out, or quote the value that holds it"
            : "Check its brackets, quotes and commas there");
    }
    const excessive = index?.checkAliasExpansion(value);
    if (excessive) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInputError */ .E9(input, `is not valid YAML or JSON: ${excessive}`, "Write the values out: an alias may repeat a value, not multiply it");
    }
    return value;
};
/**
 * Text that is a YAML or JSON array (`["python", "train.py"]`, or `- python` lines), or else one
 * item a line: what a workflow's `with:` block and a command line can both write.
 */
function lines(text, input) {
    const trimmed = text.trim();
    if (!trimmed.startsWith("[") && !trimmed.startsWith("- ")) {
        return trimmed.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [] : [line.trim()]));
    }
    // Each item as written: a version 1.10, a seed 0o17 or a rate 1e-3 reaches the program as
    // that text, never as the number YAML would make of it (1.1, 15, 0.001).
    const value = yamlValue(trimmed, input, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .FAILSAFE_SCHEMA */ .uH);
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string"))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, "is not a list of plain values", 'Write ["python", "train.py"]');
    return value;
}
/**
 * The command as written: `shell: true` runs it unchanged as one script, so which form it takes
 * is known only with `shell`; {@link commandArgv} reads it then.
 */
const argumentList = () => ({
    type: "argument list",
    absent: "",
    parse: (text) => text,
});
/** The command's arguments, or with `shell` its one script exactly as written. */
function commandArgv(text, shell, input, fix) {
    const argv = shell ? (text.trim() === "" ? [] : [text]) : lines(text, input);
    if (argv.length === 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, "names no program", fix);
    return argv;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest delay a Node timer keeps: a longer one fires at once. About 24.8 days. */
const MAX_DURATION_MS = 2 ** 31 - 1;
/** A duration of one or more parts, as Prometheus and Go write them: `1h30m`, `1m30s`, `2h`. */
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** The milliseconds of `text`: a bare number is seconds; NaN when it is no duration. */
function durationMs(text) {
    const trimmed = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!DURATION.test(trimmed))
        return NaN;
    let ms = 0;
    for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        ms += Number(amount) * UNIT_MS[unit];
    }
    return ms;
}
/**
 * A duration such as `90s`, `30m`, `2h`, `1.5h` or `1m30s`, in milliseconds; a bare number is
 * seconds. Never over {@link MAX_DURATION_MS}, nor under `minMs`.
 */
const duration = ({ minMs = 0 } = {}) => ({
    type: "duration",
    absent: undefined,
    parse: (text, input) => {
        const ms = durationMs(text);
        if (!(ms > 0))
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${text}' is not a duration`, "Write 90s, 1m30s, 30m or 2h");
        if (ms > MAX_DURATION_MS)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${text}' is longer than the 24.8 days a timer can wait`, "Give at most 596h");
        if (ms < minMs)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${text}' is shorter than ${minMs / 1000}s`, `Give ${minMs / 1000}s or more`);
        return ms;
    },
});


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

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ statusOf),
/* harmony export */   c: () => (/* binding */ converge)
/* harmony export */ });
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2920);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1863);


function converge(github, doing, step) {
    const { retry } = github;
    return (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .withWaitBudget */ .Ll)(async (budget) => {
        let reread = false;
        for (let attempt = 0;; attempt++) {
            try {
                return await step(attempt);
            }
            catch (error) {
                // Octokit's RequestError is named HttpError; anything else is not a GitHub answer.
                if ((0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error)?.name !== "HttpError")
                    throw error;
                const spent = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .wereRetriesSpent */ .cQ)(error);
                const delay = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .backoff */ .JN)(retry, attempt);
                if (!(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(error) ||
                    (spent && reread) ||
                    attempt + 1 >= retry.convergeAttempts ||
                    budget.spentMs + delay > retry.maxWaitMs) {
                    throw (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, doing);
                }
                reread ||= spent;
                budget.spentMs += delay;
                github.log(`GitHub: ${doing} failed (${error.message}); reading again in ${delay} ms`);
                await retry.sleep(delay);
            }
        }
    });
}
/** The status of a failed call when GitHub answered it, else undefined. */
const statusOf = (error) => {
    const e = error;
    return e?.response ? e.status : undefined;
};


/***/ }),

/***/ 2920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ asHttpFailure),
/* harmony export */   Dr: () => (/* binding */ GitHubTimeoutError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   cW: () => (/* binding */ GitHubConflictError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

/**
 * A GitHub API call that failed after every retry the client allows. Names the call and the
 * status, and, where the status says what is wrong (a token without the permission, a missing
 * repository), how to fix it.
 */
class GitHubError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    status;
    constructor(message, status, fix) {
        super(message, fix);
        this.status = status;
    }
}
/** Something of ours already exists and differs (a tag on another commit, an asset of that name). */
class GitHubConflictError extends GitHubError {
    constructor(message, fix) {
        super(message, 422, fix);
    }
}
/** The rate limit asks for a wait longer than the client is allowed to sleep. */
class GitHubRateLimitError extends GitHubError {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message, 403, "Run again after the limit resets, or use a token with a higher limit");
        this.retryAfterMs = retryAfterMs;
    }
}
/** A wait (for a dispatched run, a status) that did not end in time. */
class GitHubTimeoutError extends GitHubError {
    constructor(message, fix) {
        super(message, undefined, fix);
    }
}
const asHttpFailure = (error) => error instanceof Error ? error : undefined;
const FIXES = {
    401: "The token is missing or expired; pass a valid 'github-token'",
    403: "Give the workflow the permission it needs in 'permissions:' (see the action's README)",
    404: "Check the repository name and that the token can see it",
};
/** Wraps any failure of a GitHub call into a GitHubError that names what was being done. */
function toGitHubError(error, doing) {
    if (error instanceof GitHubError)
        return error;
    const failure = asHttpFailure(error);
    const status = failure?.response ? failure.status : undefined;
    const detail = failure?.message ?? String(error);
    const fix = status === undefined ? undefined : FIXES[status];
    const what = status === undefined ? "no answer" : `HTTP ${status}`;
    return new GitHubError(`GitHub: ${doing} failed (${what}): ${detail}`, status, fix);
}


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

/***/ 1863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ currentWaitBudget),
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   Ll: () => (/* binding */ withWaitBudget),
/* harmony export */   _5: () => (/* binding */ markRetriesSpent),
/* harmony export */   cQ: () => (/* binding */ wereRetriesSpent),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   hD: () => (/* binding */ rateLimitWait),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2920);
/**
 * When to try a GitHub request again, and how long to wait first, following GitHub's rules:
 * a `retry-after` header is obeyed; with `x-ratelimit-remaining: 0` the wait lasts until
 * `x-ratelimit-reset`; a secondary limit without either waits at least a minute, growing
 * exponentially. Server errors and dropped connections back off exponentially with jitter, and
 * only for requests that are safe to repeat. All the backoff of one operation (the client's
 * retries and converge's re-reads together) draws on one budget, so an unreachable API fails in
 * bounded time. Clock, sleep and randomness are injected so tests can run thousands of retries in
 * milliseconds.
 */


const defaultRetryPolicy = () => ({
    retries: 6,
    rateLimitRetries: 10,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxRateLimitWaitMs: 15 * 60_000,
    convergeAttempts: 6,
    maxWaitMs: 60_000,
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve();
        }, { once: true });
    }),
    now: () => Date.now(),
    random: Math.random,
});
const SECONDARY = /secondary rate limit/i;
/** Codes of a connection that could not be made or was dropped: nothing came back. */
const TRANSPORT_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "ETIMEDOUT",
    "EPIPE",
    "EAI_AGAIN",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
]);
/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempt)]. */
const backoff = (policy, attempt) => Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
/** The wait a rate-limit answer asks for, or undefined when the answer is not a rate limit. */
function rateLimitWait(error, policy, attempt) {
    const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error);
    if (!failure?.response || (failure.status !== 403 && failure.status !== 429))
        return undefined;
    const headers = failure.response.headers;
    const retryAfter = Number(headers["retry-after"]);
    if (headers["retry-after"] !== undefined && Number.isFinite(retryAfter)) {
        return Math.max(retryAfter, 0) * 1000;
    }
    if (String(headers["x-ratelimit-remaining"]) === "0" &&
        headers["x-ratelimit-reset"] !== undefined) {
        const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
        return Math.max(resetMs - policy.now(), 0) + 1000;
    }
    const message = `${failure.message} ${JSON.stringify(failure.response.data ?? "")}`;
    if (failure.status === 429 || SECONDARY.test(message))
        return 60_000 * 2 ** attempt;
    return undefined;
}
/**
 * Whether the error or one it wraps has a transport code. Octokit wraps fetch's "fetch failed"
 * TypeError, which wraps the socket's error; the client's own timeout carries ETIMEDOUT.
 */
function transportFailure(error) {
    let cause = error;
    for (let depth = 0; cause instanceof Error && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === "string" && TRANSPORT_CODES.has(code))
            return true;
        cause = cause.cause;
    }
    return false;
}
/**
 * A failure where the request may never have reached GitHub (a connection refused, dropped or
 * timed out), or GitHub failed on its side (5xx). Anything else, a TypeError from a bug above
 * all, is final.
 */
function isTransient(error) {
    const failure = (0,_github_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asHttpFailure */ .Df)(error);
    if (!failure)
        return false;
    if (failure.response)
        return failure.status !== undefined && failure.status >= 500;
    return transportFailure(error);
}
const budgets = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `work` as one operation whose requests share a wait budget (an enclosing one if any). */
function withWaitBudget(work) {
    const outer = budgets.getStore();
    if (outer)
        return work(outer);
    const budget = { spentMs: 0 };
    return budgets.run(budget, () => work(budget));
}
/** The budget of the operation running now; a lone request outside one gets its own. */
const currentWaitBudget = () => budgets.getStore() ?? { spentMs: 0 };
const retriesSpent = new WeakSet();
/** Marks a failure the client already retried, so that converge does not multiply the retries. */
const markRetriesSpent = (error) => {
    if (error instanceof Object)
        retriesSpent.add(error);
};
const wereRetriesSpent = (error) => error instanceof Object && retriesSpent.has(error);


/***/ })

};
