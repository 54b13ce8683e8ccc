export const id = 71;
export const ids = [71];
export const modules = {

/***/ 2920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ asHttpFailure),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Rr: () => (/* binding */ GitHubRateLimitError),
/* harmony export */   cW: () => (/* binding */ GitHubConflictError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony export GitHubTimeoutError */
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


/***/ }),

/***/ 6071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubBackend: () => (/* binding */ GitHubBackend)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/files/async-fs.js + 1 modules
var async_fs = __webpack_require__(2870);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/dist/engine/files/run-temp-folder.js



const made = new Set();
let listening = false;
function removeAll() {
    for (const folder of made)
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
}
/**
 * A new folder under the system's temporary folder, removed when the process exits: for a file
 * handed to a caller that reads it later in the run (a downloaded release asset), where no
 * `finally` knows when the last read is done. A process killed by a signal it does not handle
 * exits without it; a runner's temporary folder goes with the job.
 */
function runTempFolder(prefix) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    if (!listening)
        process.on("exit", removeAll);
    listening = true;
    made.add(folder);
    return folder;
}
/** Removes a folder from `runTempFolder` now, when it turned out not to be needed. */
function removeRunTempFolder(folder) {
    (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    made.delete(folder);
}

// EXTERNAL MODULE: ./shared/dist/platform/github/github-error.js
var github_error = __webpack_require__(2920);
// EXTERNAL MODULE: ./shared/dist/platform/github/retry-policy.js
var retry_policy = __webpack_require__(1863);
;// CONCATENATED MODULE: ./shared/dist/platform/github/converge.js


function converge_converge(github, doing, step) {
    const { retry } = github;
    return (0,retry_policy/* withWaitBudget */.Ll)(async (budget) => {
        let reread = false;
        for (let attempt = 0;; attempt++) {
            try {
                return await step(attempt);
            }
            catch (error) {
                // Octokit's RequestError is named HttpError; anything else is not a GitHub answer.
                if ((0,github_error/* asHttpFailure */.Df)(error)?.name !== "HttpError")
                    throw error;
                const spent = (0,retry_policy/* wereRetriesSpent */.cQ)(error);
                const delay = (0,retry_policy/* backoff */.JN)(retry, attempt);
                if (!(0,retry_policy/* isTransient */.dg)(error) ||
                    (spent && reread) ||
                    attempt + 1 >= retry.convergeAttempts ||
                    budget.spentMs + delay > retry.maxWaitMs) {
                    throw (0,github_error/* toGitHubError */.Lg)(error, doing);
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

;// CONCATENATED MODULE: ./shared/dist/platform/github/git-tags.js


const isAlreadyExists = (error) => statusOf(error) === 422 && /already exists/i.test(error.message);
async function createAnnotatedTag(github, options) {
    const { repo, tag, sha, message } = options;
    const ref = `tags/${tag}`;
    /** The existing tag when it is the one asked for; a conflict when it is another. */
    const existing = async () => {
        let target;
        try {
            target = (await github.octokit.rest.git.getRef({ ...repo, ref })).data.object;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
        if (target.type === "tag") {
            const { data } = await github.octokit.rest.git.getTag({ ...repo, tag_sha: target.sha });
            if (data.tag === tag && data.object.sha === sha && data.message === message) {
                return { action: "exists", tagSha: target.sha };
            }
        }
        throw new github_error/* GitHubConflictError */.cW(`tag '${tag}' already exists and points elsewhere (${target.type} ${target.sha.slice(0, 12)})`, "Choose another version, or delete the tag if it was made by mistake");
    };
    return converge_converge(github, `creating tag '${tag}'`, async (attempt) => {
        if (attempt > 0) {
            const found = await existing();
            if (found)
                return found;
        }
        const { data: object } = await github.octokit.rest.git.createTag({
            ...repo,
            tag,
            message,
            object: sha,
            type: "commit",
            ...(options.tagger ? { tagger: options.tagger } : {}),
        });
        if (options.claim)
            await claimRef(github, repo, options.claim, object.sha);
        try {
            await github.octokit.rest.git.createRef({
                ...repo,
                ref: `refs/tags/${tag}`,
                sha: object.sha,
            });
            return { action: "created", tagSha: object.sha };
        }
        catch (error) {
            if (!isAlreadyExists(error))
                throw error;
            const found = await existing();
            if (found)
                return found;
            throw error;
        }
    });
}
async function claimRef(github, repo, ref, sha) {
    try {
        await github.octokit.rest.git.createRef({ ...repo, ref, sha });
    }
    catch (error) {
        if (!isAlreadyExists(error))
            throw error;
        const { data } = await github.octokit.rest.git.getRef({ ...repo, ref: ref.slice(5) });
        if (data.object.sha === sha)
            return;
        throw new github_error/* GitHubConflictError */.cW(`'${ref}' already names another tag (${data.object.sha.slice(0, 12)})`, "Read the registry again and take the next counter");
    }
}
/** Every tag whose name starts with `prefix` (all of them when empty), in GitHub's order. */
async function listTags(github, repo, prefix = "") {
    const { data } = await converge(github, `listing tags '${prefix}*'`, () => github.octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${prefix}` }));
    return data.map((r) => ({
        name: r.ref.slice("refs/tags/".length),
        sha: r.object.sha,
        type: r.object.type,
    }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/dist/platform/github/releases.js
/**
 * Releases and their assets: the registry keeps a model's files on the release of its version
 * tag. Every call converges on the asked-for state, so a retry after a lost answer neither makes
 * a second release nor a second asset; an asset is compared by its sha256 digest.
 */



const releaseRef = (r) => ({
    id: r.id,
    tag: r.tag_name,
    uploadUrl: r.upload_url,
    url: r.html_url,
});
/** The published release of a tag, or undefined. */
async function findRelease(github, repo, tag) {
    return converge_converge(github, `reading the release of '${tag}'`, async () => {
        try {
            const { data } = await github.octokit.rest.repos.getReleaseByTag({ ...repo, tag });
            return releaseRef(data);
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
    });
}
/** The release of `tag`, created or brought up to date (name, body). */
async function ensureRelease(github, options) {
    const { repo, tag } = options;
    return converge_converge(github, `publishing the release of '${tag}'`, async () => {
        let found;
        try {
            found = (await github.octokit.rest.repos.getReleaseByTag({ ...repo, tag })).data;
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
        }
        const wanted = { name: options.name ?? tag, body: options.body ?? "" };
        if (!found) {
            const { data } = await github.octokit.rest.repos.createRelease({
                ...repo,
                tag_name: tag,
                ...wanted,
                prerelease: options.prerelease === true,
            });
            return { ...releaseRef(data), action: "created" };
        }
        if (found.name === wanted.name && (found.body ?? "") === wanted.body) {
            return { ...releaseRef(found), action: "unchanged" };
        }
        const { data } = await github.octokit.rest.repos.updateRelease({
            ...repo,
            release_id: found.id,
            ...wanted,
        });
        return { ...releaseRef(data), action: "updated" };
    });
}
async function listReleaseAssets(github, repo, releaseId) {
    const assets = await converge_converge(github, "listing release assets", () => github.octokit.paginate(github.octokit.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: releaseId,
        per_page: 100,
    }));
    return assets.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        digest: a.digest ?? null,
        url: a.browser_download_url,
    }));
}
const sha256Digest = (data) => `sha256:${(0,external_node_crypto_.createHash)("sha256").update(data).digest("hex")}`;
/** Uploads an asset; the same content already there is a no-op, other content a conflict or a replacement. */
async function uploadReleaseAsset(github, options) {
    const { repo, release, name, data } = options;
    const digest = sha256Digest(data);
    let replaced = false;
    return converge_converge(github, `uploading '${name}' to the release of '${release.tag}'`, async () => {
        const assets = await listReleaseAssets(github, repo, release.id);
        const existing = assets.find((a) => a.name === name);
        if (existing) {
            if (existing.digest === digest) {
                return { ...existing, action: replaced ? "replaced" : "unchanged" };
            }
            if (!options.replace) {
                throw new github_error/* GitHubConflictError */.cW(`release '${release.tag}' already has an asset '${name}' with other content`, "Publish a new version instead of changing a released one");
            }
            try {
                await github.octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
            }
            catch (error) {
                // A repeated DELETE whose first answer was lost: the asset is already gone.
                if (statusOf(error) !== 404)
                    throw error;
            }
            replaced = true;
        }
        const { data: uploaded } = await github.octokit.rest.repos.uploadReleaseAsset({
            ...repo,
            release_id: release.id,
            url: release.uploadUrl,
            name,
            data: data,
            headers: {
                "content-type": options.contentType ?? "application/octet-stream",
                "content-length": data.byteLength,
            },
        });
        return {
            id: uploaded.id,
            name: uploaded.name,
            size: uploaded.size,
            digest: uploaded.digest ?? digest,
            url: uploaded.browser_download_url,
            action: replaced ? "replaced" : "uploaded",
        };
    });
}
/** The bytes of an asset, through the API (which redirects to the file). */
async function downloadReleaseAsset(github, repo, assetId) {
    const { data } = await converge_converge(github, `downloading release asset ${assetId}`, () => github.octokit.rest.repos.getReleaseAsset({
        ...repo,
        asset_id: assetId,
        headers: { accept: "application/octet-stream" },
    }));
    return Buffer.from(data);
}

;// CONCATENATED MODULE: ./shared/dist/platform/github/token-identity.js

const known = new WeakMap();
function tokenLogin(github) {
    let login = known.get(github);
    if (!login) {
        login = converge_converge(github, "asking GraphQL who the token is", async () => {
            const answer = await github.octokit.graphql("query { viewer { login } }");
            return answer.viewer.login;
        });
        known.set(github, login);
        login.catch(() => known.delete(github));
    }
    return login;
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/asset-names.js
var asset_names = __webpack_require__(2655);
// EXTERNAL MODULE: ./shared/dist/platform/registry/errors.js
var errors = __webpack_require__(9255);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/github-draft-release.js
/**
 * The draft release that holds a version's assets until its registration tag exists. A draft
 * creates no tag on GitHub (a published release would create a lightweight one), so the assets
 * can be uploaded first and the release published once the tag is there; a registration that
 * loses its race deletes its draft and leaves nothing behind. A draft does not hold its tag name
 * either: GitHub keeps any number of drafts of one tag name, and refuses a new release only where
 * a published one holds the name.
 */


const toRef = (r) => ({
    id: r.id,
    tag: r.tag_name,
    uploadUrl: r.upload_url,
    url: r.html_url,
});
/** What comes before a draft's random mark: `<tag> (uploading `. */
const uploadingPrefix = (tag) => `${tag} (uploading `;
/** A draft's name with a fresh random mark: `<tag> (uploading 1152c47871bc)`. */
const uploadingName = (tag) => `${uploadingPrefix(tag)}${(0,external_node_crypto_.randomBytes)(6).toString("hex")})`;
/**
 * Whether `name` is one createDraftRelease gives a draft of `tag`: the tag and a mark of 12
 * lowercase hex digits. A person's draft of the same tag name has any other name.
 */
function isUploadingDraftName(name, tag) {
    const prefix = uploadingPrefix(tag);
    return name?.startsWith(prefix) === true && /^[0-9a-f]{12}\)$/.test(name.slice(prefix.length));
}
/**
 * Creates a draft release of `tag`. Its name carries a random mark, so that a retry after a lost
 * answer finds the draft it made instead of making a second one.
 */
async function createDraftRelease(github, repo, tag) {
    const name = uploadingName(tag);
    return converge_converge(github, `creating a draft release of '${tag}'`, async (attempt) => {
        if (attempt > 0) {
            const made = (await draftsOf(github, repo, tag)).find((r) => r.name === name);
            if (made)
                return made;
        }
        const { data } = await github.octokit.rest.repos.createRelease({
            ...repo,
            tag_name: tag,
            name,
            body: "",
            draft: true,
        });
        return toRef(data);
    });
}
/** The time a response's `Date` header gives, or undefined where there is none to read. */
function serverTime(headers) {
    const at = headers.date === undefined ? NaN : Date.parse(headers.date);
    return Number.isNaN(at) ? undefined : at;
}
async function listAll(github, repo) {
    const releases = [];
    let now;
    const pages = github.octokit.paginate.iterator(github.octokit.rest.repos.listReleases, {
        ...repo,
        per_page: 100,
    });
    for await (const page of pages) {
        // The first page's time: what it shows was true then, and later pages are only younger.
        now ??= serverTime(page.headers);
        releases.push(...page.data.map(listed));
    }
    return { releases, now: now ?? github.retry.now() };
}
const listed = (r) => ({
    ...toRef(r),
    name: r.name,
    draft: r.draft,
    lastWrite: new Date(Math.max(Date.parse(r.created_at), r.updated_at ? Date.parse(r.updated_at) : 0, ...r.assets.map((a) => Date.parse(a.updated_at)))),
    assets: r.assets.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        digest: a.digest ?? null,
        url: a.browser_download_url,
        uploaded: a.state === "uploaded",
    })),
});
/**
 * One release as GitHub holds it now, read by its id, with GitHub's time of the reading;
 * undefined once it is gone.
 */
function readReleaseNow(github, repo, release) {
    return converge_converge(github, `reading the draft release of '${release.tag}'`, async () => {
        try {
            const { data, headers } = await github.octokit.rest.repos.getRelease({
                ...repo,
                release_id: release.id,
            });
            return { release: listed(data), now: serverTime(headers) ?? github.retry.now() };
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
    });
}
/** The draft releases of `tag`, with their names. */
async function draftsOf(github, repo, tag) {
    return (await listAll(github, repo)).releases.filter((r) => r.draft && r.tag === tag);
}
/** Every release of the repository, drafts among them, with GitHub's time of the listing. */
function listReleasesNow(github, repo) {
    return converge_converge(github, "listing the releases", () => listAll(github, repo));
}
/**
 * Takes over a stopped run's draft: renamed with a mark of this run's, which writes to it, so
 * that another run finds it live (`github-leftover-draft.ts`) and leaves it to this one.
 */
async function claimDraft(github, repo, release) {
    const name = uploadingName(release.tag);
    await converge_converge(github, `taking over the draft release of '${release.tag}'`, () => github.octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, name }));
}
/** Publishes a draft under the tag's name, with `body` as its text. */
async function publishRelease(github, repo, release, body) {
    await converge_converge(github, `publishing the release of '${release.tag}'`, () => github.octokit.rest.repos.updateRelease({
        ...repo,
        release_id: release.id,
        name: release.tag,
        body,
        draft: false,
    }));
}
/** Deletes a release and its assets; one already gone is not an error. */
async function deleteRelease(github, repo, release) {
    await converge_converge(github, `deleting the draft release of '${release.tag}'`, async () => {
        try {
            await github.octokit.rest.repos.deleteRelease({ ...repo, release_id: release.id });
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
        }
    });
}

// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/github-leftover-draft.js
/**
 * Which of promote's draft releases a stopped run left. On GitHub a draft holds neither its tag
 * nor its tag name, and promote's draft is one: a run stopped (cancelled, its runner lost)
 * between uploading its files and making the tag leaves its draft, which nothing else would
 * ever publish or delete.
 *
 * The rule that tells a stopped run's draft from a running one's: a draft promote made (its
 * name is `<tag> (uploading <mark>)`) that nothing was written to for LEFTOVER_AFTER_MS is a
 * leftover. A running promotion writes to its draft at least that often: each upload is bounded
 * by the client's per-request timeout and retry budget, and the longest single wait it accepts,
 * a rate limit, is 15 minutes. A younger draft may be a concurrent run's upload in progress, and
 * is never touched. Registration tags take no counter claim, so a claim cannot tell the two apart.
 * The age is taken on GitHub's clock, which stamped the draft: a runner's own clock may be off by
 * more than the limit.
 */




/** How long a draft of promote's goes unwritten before it counts as a stopped run's. */
const LEFTOVER_AFTER_MS = 30 * 60_000;
/** Whether `release` is a draft promote made for its own tag name. */
const isPromoteDraft = (release) => release.draft && isUploadingDraftName(release.name, release.tag);
/** Whether `release` is a draft of promote's that nothing wrote to for the limit, at `now`. */
const isLeftover = (release, now) => isPromoteDraft(release) && now - release.lastWrite.getTime() >= LEFTOVER_AFTER_MS;
/** What the drafts of tag name `tag` among `releases` are, at `now` (ms since the epoch). */
function judgeDrafts(tag, releases, now) {
    const promotes = releases.filter((r) => r.tag === tag && isPromoteDraft(r));
    return {
        live: promotes.filter((r) => !isLeftover(r, now)),
        leftovers: promotes.filter((r) => isLeftover(r, now)),
    };
}
/**
 * `leftovers`, each read again: another run may have taken one over since the listing they come
 * from (taking over writes to a draft, so it is live again), and a gone one is dropped. Read just
 * before they are taken over or deleted, this leaves a race of a few requests' time, where acting
 * on the listing left one of seconds.
 */
async function rereadLeftovers(github, repo, leftovers) {
    const live = [];
    const still = [];
    for (const leftover of leftovers) {
        const current = await readReleaseNow(github, repo, leftover);
        if (current === undefined)
            continue;
        (isLeftover(current.release, current.now) ? still : live).push(current.release);
    }
    return { live, leftovers: still };
}
/** The digests of the files to store, under the names they are stored as. */
function fileDigests(files, names) {
    return Promise.all(files.map(async (file, i) => ({
        name: names[i],
        sha256: await (0,hash_file/* hashFile */.D)(file),
        size: (await (0,async_fs/* stat */.dJ)(file)).size,
    })));
}
/**
 * Whether a leftover holds exactly these files, every upload finished, each by name, size and
 * GitHub's sha256 digest: an asset without a digest is uploaded again, not trusted by its size.
 */
function holdsExactly(release, files) {
    return (release.assets.length === files.length &&
        files.every((file) => release.assets.some((asset) => asset.uploaded &&
            asset.name === file.name &&
            asset.size === file.size &&
            asset.digest === `sha256:${file.sha256}`)));
}
/**
 * A published release holds the tag name, and the tag is not there (deleted since): GitHub makes
 * no other release of the name, and promote does not touch one it did not make.
 */
function foreignHolderError(tag, release) {
    return new errors/* RegistryError */.gl(`the tag name '${tag}' is held by the published release ${JSON.stringify(release.name ?? "")}, which promote did not make, so it is left as it is and the version's files cannot be stored`, `Delete that release or give it another tag on GitHub (${release.url}), or register another version`);
}
/**
 * Another promotion's draft of the tag, written to lately: its run may be uploading now. A
 * conflict, so the registry reads again and retries, and finds the version registered once that
 * run is done; it names the draft, since the tag does not exist yet.
 */
class DraftInProgressError extends errors/* TagConflictError */.P1 {
    constructor(tag, release) {
        super(tag);
        const since = release.lastWrite.toISOString();
        const from = new Date(release.lastWrite.getTime() + LEFTOVER_AFTER_MS).toISOString();
        this.message = `another promotion may be uploading the files of '${tag}': its draft release ${JSON.stringify(release.name ?? "")} was last written at ${since}`;
        this.fix = `Run again once it has finished; if none is running, delete that draft on GitHub (${release.url}), or run again from ${from}, when it counts as a stopped run's and is replaced`;
    }
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-scope.js
var tag_scope = __webpack_require__(6591);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/github-tag-records.js



const TAG_REFS_QUERY = `query($owner: String!, $name: String!, $search: String, $cursor: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", query: $search, first: 100, after: $cursor) {
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        target {
          __typename
          oid
          ... on Tag { message tagger { name email date } target { oid } }
        }
      }
    }
  }
}`;
const toRecord = ({ name, target }) => target.__typename === "Tag"
    ? {
        name,
        annotated: true,
        commit: target.target?.oid ?? "",
        tagger: { name: target.tagger?.name ?? "", email: target.tagger?.email ?? "" },
        date: target.tagger?.date ? new Date(target.tagger.date) : null,
        message: target.message ?? "",
    }
    : { name, annotated: false, commit: target.oid, tagger: null, date: null, message: "" };
/** The tags in `scope` (every tag when absent); GitHub's search is widened, so kept exactly. */
async function listTagRecords(github, repo, scope) {
    // Octokit keeps `query` for the document, so the variable is named `search`.
    const search = scope ? (0,tag_scope/* scopeQuery */.vb)(scope) : null;
    const records = [];
    let cursor = null;
    for (;;) {
        const page = await converge_converge(github, "listing the registry's tags", () => github.octokit.graphql(TAG_REFS_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            search,
            cursor,
        }));
        if (!page.repository) {
            throw new errors/* RegistryError */.gl(`GitHub has no repository ${repo.owner}/${repo.repo}`, "Check the repository name and that the token can see it");
        }
        const nodes = page.repository.refs.nodes;
        records.push(...(scope ? nodes.filter((n) => (0,tag_scope/* inScope */.SB)(scope, n.name)) : nodes).map(toRecord));
        const { hasNextPage, endCursor } = page.repository.refs.pageInfo;
        if (!hasNextPage || !endCursor)
            return records;
        cursor = endCursor;
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
// EXTERNAL MODULE: ./shared/dist/platform/registry/recorded-text.js
var recorded_text = __webpack_require__(826);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-message.js
var tag_message = __webpack_require__(8600);
// EXTERNAL MODULE: ./shared/dist/platform/registry/tag-grammar.js
var tag_grammar = __webpack_require__(9270);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/model-card.js




/** A name a tag records (a report's, a run's, a champion's), sanitised and shortened. */
const recordedName = (text) => (0,sanitize_markdown/* sanitizeMarkdown */.LO)((0,recorded_text/* recordedText */.i)(text));
/**
 * The model card: the text of a version's release, written from its registration tag so that the
 * release page says what the tag says (who, when, why, which files, which evidence). Every value
 * comes from a person or a file, so each is sanitised; a file's text is also shortened, as mlops
 * records it, where a tag that mlops did not write holds more (a release body has a size limit).
 */
function modelCard(tag) {
    const event = (0,tag_grammar/* parseTag */.ED)(tag.name);
    const { summary, metadata } = (0,tag_message/* parseTagMessage */.V)(tag.message);
    const safe = sanitize_markdown/* sanitizeMarkdown */.LO;
    const version = "version" in event ? event.version : metadata?.version;
    const stage = "stage" in event ? ` in ${safe(event.stage)}` : "";
    const lines = [
        `# ${safe(event.artifact)}${version ? ` ${safe(version)}` : ""}${stage}`,
        "",
        safe(summary),
        "",
        "| | |",
        "|---|---|",
        `| ${event.action === "register" ? "Registered" : "Tagged"} by | ${safe(tag.tagger.name)}${tag.tagger.email ? ` (${safe(tag.tagger.email)})` : ""} |`,
        `| Date | ${tag.date.toISOString()} |`,
        `| Commit | \`${tag.commit}\` |`,
    ];
    // A URL stays whole in code; a backtick or a pipe could end the code or the cell.
    if (metadata?.run_url)
        lines.push(`| Run | \`${metadata.run_url.replace(/[`|\s]/g, "")}\` |`);
    if (metadata?.assets?.length) {
        lines.push("", "## Files", "", "| File | Bytes | sha256 |", "|---|---:|---|");
        for (const a of metadata.assets)
            lines.push(`| ${safe(a.name)} | ${a.size} | \`${a.sha256}\` |`);
    }
    if (metadata?.training_run) {
        const run = metadata.training_run;
        const source = trainedAt(run);
        lines.push("", "## Training run", "", `Run ${recordedName(run.id)} (${safe(run.status)}), run record sha256 \`${run.sha256}\`${run.asset ? ` (stored as ${safe(run.asset)})` : ""}.`, ...(source ? ["", source] : []), ...(run.data_digests.length
            ? ["", "Trained on data with sha256:", "", ...run.data_digests.map((d) => `- \`${d}\``)]
            : []));
    }
    if (metadata?.evidence) {
        const e = metadata.evidence;
        const judged = judgedOn(e);
        lines.push("", "## Evidence", "", `${recordedName(e.file)}: ${safe(e.verdict)} (report sha256 \`${e.sha256}\`)`, ...(judged ? ["", judged] : []));
    }
    lines.push("", "The tag's message holds the same facts as machine-readable JSON (an `mlops` block).");
    return `${lines.join("\n")}\n`;
}
/** What a recorded report judged, in a sentence; undefined where the record does not say. */
function judgedOn(record) {
    if (record.kind === "canary-report")
        return "Judged on a canary rollout in live traffic.";
    if (!record.mode)
        return undefined;
    const on = record.mode === "predictions" ? "per-example predictions" : "aggregate metrics";
    const against = record.champion
        ? `against the champion ${recordedName(record.champion.file)} (sha256 ${(0,sanitize_markdown/* codeSpan */.SS)(record.champion.sha256)})`
        : "with no champion (a first model)";
    return `Judged on ${on}, ${against}.`;
}
/** The commit a run trained at and its params, where its tag records them (newer tags do). */
function trainedAt({ git, params_sha256 }) {
    if (!git?.commit)
        return undefined;
    const dirty = git.dirty ? " with uncommitted changes (dirty)" : "";
    const params = params_sha256 ? `, params sha256 ${(0,sanitize_markdown/* codeSpan */.SS)(params_sha256)}` : "";
    return `Trained at commit ${(0,sanitize_markdown/* codeSpan */.SS)((0,recorded_text/* recordedText */.i)(git.commit))}${dirty}${params}.`;
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/counter-claims.js
var counter_claims = __webpack_require__(9238);
;// CONCATENATED MODULE: ./shared/dist/platform/registry/github-backend.js


















/** Tag objects of claims without their tags read at once, in history. */
const TAG_READS_AT_ONCE = 5;
const SHA = /^[0-9a-f]{40}$/;
const stored = (asset) => ({
    name: asset.name,
    sha256: asset.digest?.replace(/^sha256:/, "") ?? "",
    size: asset.size,
    location: asset.url,
});
/**
 * The registry in a GitHub repository: annotated tag objects and refs, and releases. Creating a
 * ref is atomic on GitHub, so a name someone else took answers 422 and becomes a
 * TagConflictError, which the registry answers by re-reading and planning again. A version's
 * assets go to a draft release before its tag exists; the draft is published (with the model card
 * as its text) once the tag is there, and deleted when the tag cannot be made. A draft that a
 * stopped run left holding the tag name is taken over or replaced by the next run of that
 * version (see github-leftover-draft.ts).
 */
class GitHubBackend {
    kind = "github";
    description;
    github;
    repo;
    serverUrl;
    head;
    /** The drafts this backend made, by tag: only these are ever published or deleted by it. */
    drafts = new Map();
    /** The tags whose draft is a stopped run's leftover taken over, not one this backend made. */
    reused = new Set();
    constructor(options) {
        this.github = options.github;
        this.repo = options.repo;
        this.serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
        this.head = options.head;
        this.description = `GitHub repository ${options.repo.owner}/${options.repo.repo}`;
    }
    /** One GraphQL request per 100 tags listed, however many of them are annotated. */
    listTags(scope) {
        return listTagRecords(this.github, this.repo, scope);
    }
    async highestClaimedCounter(artifact) {
        const refs = await this.claimRefs(artifact);
        return (0,counter_claims/* highestClaim */.pU)(refs.map((r) => r.ref), artifact);
    }
    /**
     * One request for the claims, and one for each tag object a claim without its tag names, up to
     * `limit`, a few at a time: tags deleted by the thousand must not fire as many requests at once.
     */
    async claimsWithoutTags(artifact, counters, limit) {
        const gone = (await this.claimRefs(artifact)).flatMap(({ ref, object }) => {
            const counter = (0,counter_claims/* claimedCounter */.IC)(ref, artifact);
            return counter === undefined || counters.has(counter) ? [] : [{ ref, counter, object }];
        });
        const { newest, more } = (0,counter_claims/* newestClaims */.iL)(gone, limit);
        const claims = [];
        for (let at = 0; at < newest.length; at += TAG_READS_AT_ONCE) {
            const batch = newest.slice(at, at + TAG_READS_AT_ONCE);
            claims.push(...(await Promise.all(batch.map(async ({ ref, counter, object }) => ({
                ref,
                counter,
                object: object.sha,
                tag: object.type === "tag" ? await this.tagObject(object.sha) : undefined,
            })))));
        }
        return { claims, more };
    }
    async claimRefs(artifact) {
        const prefix = (0,counter_claims/* claimsPrefix */.EJ)(artifact);
        const { data } = await converge_converge(this.github, `listing counter claims of '${artifact}'`, () => this.github.octokit.rest.git.listMatchingRefs({
            ...this.repo,
            ref: prefix.slice("refs/".length),
        }));
        return data;
    }
    /** A tag object as a record, under the name it gives itself. */
    async tagObject(sha) {
        const { data } = await converge_converge(this.github, `reading tag object ${sha.slice(0, 12)}`, () => this.github.octokit.rest.git.getTag({ ...this.repo, tag_sha: sha }));
        return {
            name: data.tag,
            annotated: true,
            commit: data.object.sha,
            tagger: { name: data.tagger.name, email: data.tagger.email },
            date: new Date(data.tagger.date),
            message: data.message,
        };
    }
    async resolveCommit(ref) {
        if (SHA.test(ref))
            return ref;
        if (ref === "HEAD") {
            if (this.head)
                return this.head;
            throw new errors/* RegistryError */.gl(`'HEAD' means nothing in ${this.description} outside a workflow run`, "Name the commit to tag by its sha");
        }
        const found = await converge_converge(this.github, `reading branch '${ref}'`, async () => {
            try {
                return (await this.github.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${ref}` }))
                    .data.object.sha;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        });
        if (found)
            return found;
        throw new errors/* RegistryError */.gl(`'${ref}' is neither a commit sha nor a branch of ${this.description}`, "Name the commit to tag by its sha or a branch");
    }
    /** The token's own account, with GitHub's no-reply address. */
    async defaultTagger() {
        const login = await tokenLogin(this.github);
        return { name: login, email: `${login}@users.noreply.github.com` };
    }
    async createTag(tag) {
        const claim = (0,counter_claims/* claimRef */.Qz)(tag.name);
        try {
            await createAnnotatedTag(this.github, {
                ...(claim ? { claim } : {}),
                repo: this.repo,
                tag: tag.name,
                sha: tag.commit,
                message: tag.message,
                tagger: {
                    name: tag.tagger.name,
                    email: tag.tagger.email || "mlops@users.noreply.github.com",
                    date: tag.date.toISOString().replace(/\.\d{3}Z$/, "Z"),
                },
            });
        }
        catch (error) {
            if (!(error instanceof github_error/* GitHubConflictError */.cW))
                throw error;
            // Someone else's tag: this run's draft can never be published.
            await this.removeAssets(tag.name);
            throw new errors/* TagConflictError */.P1(tag.name);
        }
        // Registrations always get a release (the model card); other events when they stored files.
        const event = (0,tag_grammar/* tryParseTag */.XM)(tag.name);
        const registration = event?.action === "register" ? event : undefined;
        if (registration || this.drafts.has(tag.name)) {
            try {
                await this.publish(tag);
            }
            catch (error) {
                // The tag stays, and its files in the draft: a re-run of a registration publishes them
                // (completeRelease); a stage tag's report waits there for a person. The draft is the
                // tag's now, not this run's, so the run's clean-up (removeAssets) leaves it.
                this.drafts.delete(tag.name);
                this.reused.delete(tag.name);
                throw new errors/* RegistryError */.gl(`${tag.name} is made, but its release could not be published: ${error.message}`, registration
                    ? `Run the promotion again with version ${registration.version}: it publishes the release the tag records`
                    : `Publish the draft release of ${tag.name} on GitHub: it holds the report the tag records`);
            }
        }
    }
    /**
     * Publishes the release of a registration tag an earlier run made but could not publish:
     * from a draft of promote's that holds the files the tag records, else from the files this
     * run gives (its run record among them, where the tag stores one). With neither (a version
     * registered elsewhere and pushed, or whose release was deleted) the tag is left as it is.
     * Other drafts of the tag are judged as storeAssets judges them: a stopped run's is deleted
     * where this run has the files to replace it with, one written to lately is left to its run,
     * and one promote did not make is never touched.
     */
    async completeRelease(tag, files, names) {
        if (await findRelease(this.github, this.repo, tag.name))
            return;
        const metadata = (0,tag_message/* parseTagMessage */.V)(tag.message).metadata;
        const recorded = metadata?.assets ?? [];
        // The run record stored beside the version's files is the tag's too, not an upload's leftover.
        const runRecord = metadata?.training_run?.asset;
        const listing = await listReleasesNow(this.github, this.repo);
        if (!this.drafts.has(tag.name)) {
            const ready = listing.releases.find((draft) => draft.tag === tag.name &&
                isPromoteDraft(draft) &&
                holdsRecorded(draft.assets.filter((asset) => asset.uploaded &&
                    (asset.name !== runRecord || recorded.some((file) => file.name === runRecord))), recorded));
            if (ready)
                this.drafts.set(tag.name, ready);
        }
        if (!this.drafts.has(tag.name)) {
            // A version with files the run lacks keeps its tag alone; one with none gets its card.
            if (files.length > 0) {
                await this.storeFiles(tag.name, files, names ?? (0,asset_names/* assetNames */.P)(files), listing);
            }
            else if (recorded.length > 0)
                return;
        }
        else {
            // Copies of the files, or parts of them, that no run will publish now.
            const kept = this.drafts.get(tag.name).id;
            const { leftovers } = judgeDrafts(tag.name, listing.releases, listing.now);
            const others = leftovers.filter((release) => release.id !== kept);
            // One another run took over since the listing is its now.
            await this.deleteLeftovers((await rereadLeftovers(this.github, this.repo, others)).leftovers);
        }
        await this.publish(tag);
    }
    /**
     * Publishes this run's draft as the release of a tag now in place, or, when no
     * files were stored, makes a release that only holds the model card.
     */
    async publish(tag) {
        const draft = this.drafts.get(tag.name);
        if (!draft) {
            await ensureRelease(this.github, { repo: this.repo, tag: tag.name, body: modelCard(tag) });
            return;
        }
        await publishRelease(this.github, this.repo, draft, modelCard(tag));
        this.drafts.delete(tag.name);
        this.reused.delete(tag.name);
    }
    storeAssets(tag, files, names = (0,asset_names/* assetNames */.P)(files)) {
        return this.storeFiles(tag, files, names);
    }
    /**
     * Stores the files in a draft of `tag`. `tagMade` is the listing completeRelease read, for a
     * tag that is there already.
     */
    async storeFiles(tag, files, names, tagMade) {
        const { draft, stored: held } = await this.newDraft(tag, files, names, tagMade);
        this.drafts.set(tag, draft);
        if (held) {
            this.reused.add(tag);
            return held;
        }
        try {
            const assets = [];
            for (const [i, file] of files.entries()) {
                const uploaded = await uploadReleaseAsset(this.github, {
                    repo: this.repo,
                    release: draft,
                    name: names[i],
                    data: await (0,async_fs/* readFile */.TA)(file),
                });
                assets.push(stored(uploaded));
            }
            return assets;
        }
        catch (error) {
            await this.removeAssets(tag);
            throw error;
        }
    }
    /**
     * A draft of `tag` for this run's files: a stopped run's leftover holding exactly these files
     * (see github-leftover-draft.ts for the rule), with what it holds, or a new one. Leftovers
     * holding other files are deleted; a live draft of another run stops this one, saying so, and
     * drafts promote did not make are left alone (on GitHub they do not hold the tag name).
     */
    async newDraft(tag, files, names, tagMade) {
        const listing = tagMade ?? (await listReleasesNow(this.github, this.repo));
        await this.clearStoppedEvidence(tag, listing);
        const listed = judgeDrafts(tag, listing.releases, listing.now);
        // A tag made meanwhile: its draft may be the one it waits to publish (a re-run of a
        // registration does that; a stage tag's waits for a person), so nothing is deleted.
        const drafts = listed.live.length + listed.leftovers.length;
        if (!tagMade && drafts > 0 && (await this.tagExists(tag)))
            throw new errors/* TagConflictError */.P1(tag);
        if (listed.live[0])
            throw new DraftInProgressError(tag, listed.live[0]);
        // Hashed first: the re-read is then acted on at once, not after the files' hashing.
        const digests = listed.leftovers.length > 0 ? await fileDigests(files, names) : [];
        const { live, leftovers } = await rereadLeftovers(this.github, this.repo, listed.leftovers);
        if (live[0])
            throw new DraftInProgressError(tag, live[0]);
        const kept = leftovers.find((release) => holdsExactly(release, digests));
        // Written to before anything else, so that another run finds it live and leaves it to this one.
        if (kept)
            await claimDraft(this.github, this.repo, kept);
        await this.deleteLeftovers(leftovers.filter((release) => release !== kept));
        if (kept) {
            const byName = new Map(kept.assets.map((asset) => [asset.name, asset]));
            return { draft: kept, stored: names.map((name) => stored(byName.get(name))) };
        }
        try {
            return { draft: await createDraftRelease(this.github, this.repo, tag) };
        }
        catch (error) {
            if (!(error instanceof github_error/* GitHubError */.y_ && error.status === 422))
                throw error;
            if (!/already_exists/.test(error.message))
                throw error;
        }
        // Only a published release holds a tag name, and publishing makes the tag.
        if (tagMade || (await this.tagExists(tag)))
            throw new errors/* TagConflictError */.P1(tag);
        const published = (await listReleasesNow(this.github, this.repo)).releases.find((release) => release.tag === tag && !release.draft);
        if (published)
            throw foreignHolderError(tag, published);
        throw new errors/* TagConflictError */.P1(tag);
    }
    /**
     * Deletes the evidence drafts of this artifact's stage tags that stopped assign runs left: a
     * stage tag's name takes a counter, which the next run takes again only when the stopped one
     * claimed none, so such a draft is otherwise never cleared. One whose tag exists is kept: it
     * holds the report that tag records, waiting to be published.
     */
    async clearStoppedEvidence(tag, listing) {
        const artifact = (0,tag_grammar/* tryParseTag */.XM)(tag)?.artifact;
        const stopped = [];
        for (const release of listing.releases) {
            if (release.tag === tag || !isLeftover(release, listing.now))
                continue;
            const event = (0,tag_grammar/* tryParseTag */.XM)(release.tag);
            if (event?.action !== "assign" || event.artifact !== artifact)
                continue;
            if (!(await this.tagExists(release.tag)))
                stopped.push(release);
        }
        await this.deleteLeftovers((await rereadLeftovers(this.github, this.repo, stopped)).leftovers);
    }
    async deleteLeftovers(leftovers) {
        for (const release of leftovers)
            await deleteRelease(this.github, this.repo, release);
    }
    async tagExists(tag) {
        return converge_converge(this.github, `reading tag '${tag}'`, async () => {
            try {
                await this.github.octokit.rest.git.getRef({ ...this.repo, ref: `tags/${tag}` });
                return true;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return false;
                throw error;
            }
        });
    }
    /**
     * Deletes the draft this backend made for `tag`; a published release is never touched. A
     * leftover it reused is left as it was: another re-run may have reused it too and publish it.
     */
    async removeAssets(tag) {
        const draft = this.drafts.get(tag);
        if (!draft)
            return;
        if (!this.reused.has(tag))
            await deleteRelease(this.github, this.repo, draft);
        this.drafts.delete(tag);
        this.reused.delete(tag);
    }
    async fetchAssets(tag) {
        const release = this.drafts.get(tag) ?? (await findRelease(this.github, this.repo, tag));
        if (!release)
            return [];
        return (await listReleaseAssets(this.github, this.repo, release.id)).map(stored);
    }
    /**
     * Downloads the asset into a folder of its own under the system's temporary folder, removed
     * when the process exits: the caller reads the file later in the run.
     */
    async assetFile(tag, name) {
        const folder = runTempFolder("mlops-asset-");
        let saved;
        try {
            [saved] = await this.saveAssets(tag, [name], folder);
        }
        finally {
            // Nothing saved (no such file, or a failed download): no folder is left for it.
            if (!saved)
                removeRunTempFolder(folder);
        }
        return saved?.location;
    }
    async saveAssets(tag, names, folder) {
        const release = this.drafts.get(tag) ?? (await findRelease(this.github, this.repo, tag));
        if (!release)
            return [];
        const assets = await listReleaseAssets(this.github, this.repo, release.id);
        const saved = [];
        for (const asset of assets.filter((a) => names.includes(a.name) && (0,asset_names/* isPlainName */.s)(a.name))) {
            const data = await downloadReleaseAsset(this.github, this.repo, asset.id);
            if (asset.digest && asset.digest !== sha256Digest(data)) {
                throw new errors/* RegistryError */.gl(`release asset '${asset.name}' of ${tag} does not match the digest GitHub records for it`, "Download it again; if it persists, the release was changed after upload");
            }
            const location = (0,external_node_path_.join)(folder, asset.name);
            (0,external_node_fs_.writeFileSync)(location, data);
            saved.push({ ...stored(asset), location });
        }
        return saved;
    }
    releaseUrl(tag) {
        return `${this.serverUrl}/${this.repo.owner}/${this.repo.repo}/releases/tag/${encodeURIComponent(tag)}`;
    }
}
/**
 * Whether a draft's assets are the files a tag records: by name and digest, or by name and
 * size where GitHub gives no digest (older assets).
 */
function holdsRecorded(held, recorded) {
    return (held.length === recorded.length &&
        recorded.every((file) => held.some((asset) => asset.name === file.name &&
            (asset.digest ? asset.digest === `sha256:${file.sha256}` : asset.size === file.size))));
}


/***/ }),

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
