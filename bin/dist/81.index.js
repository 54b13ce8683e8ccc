export const id = 81;
export const ids = [81];
export const modules = {

/***/ 7928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseShare)
/* harmony export */ });
/** A policy's amount as a share: a number as it is, a percentage (`'2%'`) divided by 100. */
const parseShare = (amount) => typeof amount === "number" ? amount : Number.parseFloat(amount) / 100;


/***/ }),

/***/ 8169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ checkRule),
  c: () => (/* binding */ readGatePolicy)
});

// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 2 modules
var read_structured = __webpack_require__(5411);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/gate-policy.schema.json
const gate_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.gate-policy/v1","title":"Gate policy","description":"Which metrics gate a model, in which direction, and how far they may move; for per-example predictions, with what confidence, correction and slices.","type":"object","additionalProperties":false,"required":["metrics"],"properties":{"schema":{"const":"mlops.gate-policy/v1"},"metrics":{"type":"object","minProperties":1,"additionalProperties":{"type":"object","additionalProperties":false,"required":["direction"],"properties":{"direction":{"enum":["higher","lower"],"description":"Whether higher or lower values are better."},"description":{"type":"string"},"min":{"type":"number","description":"The challenger\'s value must be at least this."},"max":{"type":"number","description":"The challenger\'s value must be at most this."},"max-regression":{"description":"How much worse than the champion the challenger may be (a non-inferiority margin): an amount, or a percentage of the champion\'s value such as \'2%\'. On predictions the whole interval of the delta must be within it to pass.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"required":{"type":"boolean","default":true},"min-improvement":{"description":"How much better than the champion the challenger must be (superiority): an amount, or a percentage of the champion\'s value. On predictions the whole interval of the delta must be above it to pass.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"method":{"enum":["auto","mcnemar","delong","bootstrap"],"description":"How the interval of the delta is computed on predictions; auto: McNemar for accuracy and for a binary recall (on the positive examples), DeLong for ROC AUC, the paired bootstrap for the rest."},"sensitive":{"type":"string","minLength":1,"description":"For a fairness metric (demographic_parity_difference, equalized_odds_difference): the column of the sensitive group."},"slices":{"type":"boolean","default":true,"description":"Whether the metric is also judged in each slice of the policy\'s slice columns."}}}},"confidence":{"type":"number","maximum":0.999,"default":0.95,"description":"The confidence of the intervals, for the family of all gated metrics and slices together.","exclusiveMinimum":0.5},"correction":{"enum":["holm","bh","none"],"default":"holm","description":"How the p-values of many metrics and slices are corrected: Holm (family-wise error), Benjamini-Hochberg (false discovery rate), or none."},"on-insufficient":{"enum":["inconclusive","fail","pass"],"default":"inconclusive","description":"The status of a metric or slice with too few examples to judge."},"max-unpaired":{"description":"The largest share of examples that may be unpaired, duplicated or labelled differently in the two predictions files before the gate fails: a share (0.01) or a percentage (\'1%\'). Default 1%.","oneOf":[{"type":"number","minimum":0,"examples":[0.01]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["1%"]}]},"min-samples":{"type":"integer","minimum":0,"description":"The fewest observations a metric needs to be judged; fewer take on-insufficient. eval-gate: paired examples, or, for a metric that rests on some of them, those (a recall\'s positives, a precision\'s positive predictions, an F1\'s examples labelled or predicted positive, a macro average\'s or ROC AUC\'s smallest class) (default 30; slices.min-samples overrides it in slices). canary-deploy: per variant, the points of a time series or the events of a rate (default 10)."},"resamples":{"type":"integer","minimum":100,"maximum":100000,"description":"Bootstrap resamples (eval-gate). Left out: enough that each end of an interval at the strictest level the correction can test at, alpha over twice the checks (alpha / 2 without correction), has 50 resamples beyond it, ceil(50 / that level), at least 1,000 and at most 20,000, and fewer on many examples for time (at most 2e8 examples times resamples: 2,000 on 100,000 examples). A number given is used as it is; where it leaves fewer than 50 beyond an end, the report\'s notes say so, as its verdict may then change with the seed alone. Where it leaves none (below that level the percentiles cannot go), a check beyond every resample is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples, and the notes say so."},"seed":{"type":"integer","minimum":0,"default":0,"description":"The bootstrap\'s seed: the same seed, data and policy give the same report."},"slices":{"type":"object","additionalProperties":false,"required":["by"],"description":"Judge the gated metrics within each value of these columns of the predictions files too.","properties":{"by":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"The slice columns."},"min-samples":{"type":"integer","minimum":1,"default":30,"description":"Fewer paired examples in a slice make its rows insufficient."},"overrides":{"type":"object","description":"Rules for one slice, by \'<column>=<value>\', each a map of metric name to the rule fields to replace.","additionalProperties":{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"number"},"max":{"type":"number"},"max-regression":{"description":"As the metric\'s, for this slice.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"min-improvement":{"description":"As the metric\'s, for this slice.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]}}}}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/gate-policy.js


const gatePolicyContract = {
    id: "mlops.gate-policy/v1",
    validate: (0,json_schema/* compileSchema */.F)(gate_policy_schema_namespaceObject),
    describe: "A gate policy is a YAML or JSON object with a 'metrics' map, such as metrics: { accuracy: { direction: higher, max-regression: 1% } }",
};

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/read-gate-policy.js




/** A rule no value passes, or one that asks for two comparisons at once. */
function checkRule(rule, pointer, refuse) {
    if (rule["max-regression"] !== undefined && rule["min-improvement"] !== undefined) {
        refuse(pointer, "has both max-regression and min-improvement", "Keep one: max-regression lets the challenger be a little worse, min-improvement demands it be better");
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        refuse(pointer, `has min ${rule.min} above max ${rule.max}`, "No value could pass; swap or fix the bounds");
    }
}
/**
 * Reads a gate policy (mlops.gate-policy/v1) and checks what every user of it needs: each rule
 * can be passed, and some rule exists, for a policy with none would pass everything. Returns the
 * policy and a way to refuse a field of it with the file and line, for the user's own checks.
 */
function readGatePolicy(path, shownAs) {
    const doc = (0,read_structured/* readStructured */.cW)(path, shownAs);
    const policy = (0,validate/* validateContract */.T7)(gatePolicyContract, doc.value, shownAs, doc.lineOf, doc.sourceOf);
    const refuse = (0,validate/* refuseField */.jA)(shownAs, doc.lineOf);
    for (const [name, rule] of Object.entries(policy.metrics))
        checkRule(rule, (0,nesting/* jsonPointer */.Av)(["metrics", name]), refuse);
    const hasRule = Object.values(policy.metrics).some((rule) => rule.min !== undefined ||
        rule.max !== undefined ||
        rule["max-regression"] !== undefined ||
        rule["min-improvement"] !== undefined);
    if (!hasRule) {
        refuse("/metrics", "has no rule (min, max, max-regression or min-improvement) on any metric, so the gate would pass every model", "Add at least one rule");
    }
    return { policy, refuse };
}


/***/ }),

/***/ 2385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ columnMean),
/* harmony export */   n: () => (/* binding */ columnQuantile)
/* harmony export */ });
/* harmony import */ var _sort_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7806);

/** The weighted mean of the values that are not NaN (a missing latency, cost or grade). */
function columnMean(values, weights) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (Number.isNaN(v))
            continue;
        const w = weights === undefined ? 1 : weights[i];
        sum += w * v;
        total += w;
    }
    return total > 0 ? sum / total : Number.NaN;
}
/** numpy's `_lerp`: from the nearer end, so that the result stays within [a, b]. */
const lerp = (a, b, t) => {
    const d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
};
/**
 * The quantile `q` of the values that are not NaN, as numpy's `quantile` (method `linear`: the
 * value at position (n - 1) q of the sorted values, interpolated between its neighbours).
 * `order` is `sortOrder(values)`, sorted once for every quantile and every resample. A weight
 * counts its value that many times (a bootstrap's counts), so the quantile is the one of the
 * resampled values; fractional weights are read the same way. NaN without weight.
 */
function columnQuantile(values, q, weights, order = (0,_sort_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortOrder */ .T)(values)) {
    if (weights === undefined) {
        const n = order.length;
        if (n === 0)
            return Number.NaN;
        const h = (n - 1) * q;
        const below = Math.floor(h);
        const above = Math.min(below + 1, n - 1);
        return lerp(values[order[below]], values[order[above]], h - below);
    }
    let n = 0;
    for (let k = 0; k < order.length; k++)
        n += weights[order[k]];
    if (!(n > 0))
        return Number.NaN;
    const h = Math.max(0, (n - 1) * q);
    const below = Math.floor(h);
    // The values at positions `below` and `below + 1` of the values repeated by their weights.
    let a = Number.NaN;
    let b = Number.NaN;
    let seen = 0;
    for (let k = 0; k < order.length && Number.isNaN(b); k++) {
        const i = order[k];
        const w = weights[i];
        if (w === 0)
            continue;
        seen += w;
        if (Number.isNaN(a) && seen > below)
            a = values[i];
        if (seen > below + 1)
            b = values[i];
    }
    // Past the last position, numpy takes the last value again.
    if (Number.isNaN(b))
        b = a;
    return lerp(a, b, h - below);
}


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ checkShareRule)
/* harmony export */ });
/* harmony import */ var _contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7928);

/**
 * Refuses a rule on a share (a value from 0 to 1, such as an error rate) that cannot judge it:
 * a margin written in points of 1 or more, which no change of a share can exceed (so
 * `max-regression: 1`, meant as 1 point, would pass a canary that fails every request); a bound
 * above 1, which no share reaches; and a percentage of the other variant's value of 100% or more
 * where it reaches 0, a share's floor: a regression allowed down to 0 passes any value where
 * higher is better, an improvement demanded down to 0 fails all but a perfect 0 where lower is.
 */
function checkShareRule(name, rule, direction, pointer, refuse) {
    for (const field of ["max-regression", "min-improvement"]) {
        const amount = rule[field];
        if (typeof amount === "number" && amount >= 1)
            refuse(`${pointer}/${field}`, `is ${amount}, but ${name} is a share from 0 to 1, which never changes by ${amount} or more, so the rule would ${field === "max-regression" ? "pass any change" : "fail every change"}`, "Give the margin as a share (0.01 for 1 point), or as a percentage of the other's value such as '10%'");
    }
    const toZero = direction === "higher" ? "max-regression" : "min-improvement";
    const relative = rule[toZero];
    if (typeof relative === "string" && (0,_contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShare */ .n)(relative) >= 1)
        refuse(`${pointer}/${toZero}`, `is ${relative} of the other's ${name}, which reaches 0, a share's floor, so the rule would ${toZero === "max-regression" ? "pass any value" : "fail all but a perfect 0"}`, "Give a percentage below 100%, such as '10%', or the margin as a share (0.01 for 1 point)");
    for (const field of ["min", "max"]) {
        const bound = rule[field];
        if (bound !== undefined && bound > 1)
            refuse(`${pointer}/${field}`, `is ${bound}, but ${name} is a share from 0 to 1, which never ${field === "max" ? "exceeds" : "reaches"} it`, "Give the bound as a share: 0.05 for 5%");
    }
}


/***/ }),

/***/ 7806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortOrder)
/* harmony export */ });
/* harmony import */ var _release_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7272);

/** Each 32-bit half of a key is sorted as three digits: bits 0-10, 11-21 and 22-31. */
const SHIFTS = [0, 11, 22];
const RADIX = 2048;
const PASSES = 6;
/** Below this many values a comparison sort is as fast and allocates less. */
const SMALL = 1024;
/**
 * The indices of the non-NaN values, sorted by value (ascending, or descending), ties in index
 * order: an LSD radix sort on 64-bit keys made from the doubles' bits (as
 * `engine/stats/radix-sort-float64.ts` sorts values), moving the keys with their indices, so
 * that sorting a million scores takes a few passes over memory, not n log n comparisons.
 * A metric that needs scores in order (ROC AUC, average precision, quantiles) sorts once with
 * this and then sweeps as often as a bootstrap asks, with other weights each time.
 */
function sortOrder(values, descending = false) {
    let n = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            n++;
    let index = new Uint32Array(n);
    for (let i = 0, j = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            index[j++] = i;
    if (n < SMALL) {
        const sign = descending ? -1 : 1;
        return index.sort((a, b) => sign * (values[a] - values[b]) || a - b);
    }
    // Keys: a double's bits, sign bit flipped for positives and all bits for negatives, compare as
    // unsigned integers as the doubles do; inverted for a descending order. The low words sort
    // first, then the high words (fetched once, by index, for the last three passes): two key
    // arrays rather than four, as the key being sorted moves with the indices.
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const invert = descending ? 0xffffffff : 0;
    const highKey = (i) => {
        const h = words[2 * i + 1];
        return (h ^ ((h >> 31) | 0x80000000) ^ invert) >>> 0;
    };
    let key = new Uint32Array(n);
    const counts = new Uint32Array(PASSES * RADIX);
    for (let j = 0; j < n; j++) {
        const i = index[j];
        const l = (words[2 * i] ^ (words[2 * i + 1] >> 31) ^ invert) >>> 0;
        const k = highKey(i);
        key[j] = l;
        counts[l & 0x7ff]++;
        counts[RADIX + ((l >>> 11) & 0x7ff)]++;
        counts[2 * RADIX + (l >>> 22)]++;
        counts[3 * RADIX + (k & 0x7ff)]++;
        counts[4 * RADIX + ((k >>> 11) & 0x7ff)]++;
        counts[5 * RADIX + (k >>> 22)]++;
    }
    let nextIndex = new Uint32Array(n);
    let nextKey = new Uint32Array(n);
    for (let pass = 0; pass < PASSES; pass++) {
        if (pass === 3)
            for (let j = 0; j < n; j++)
                key[j] = highKey(index[j]);
        const base = pass * RADIX;
        if (!toOffsets(counts, base, n))
            continue;
        const shift = SHIFTS[pass % 3];
        for (let j = 0; j < n; j++) {
            const to = counts[base + ((key[j] >>> shift) & 0x7ff)]++;
            nextIndex[to] = index[j];
            nextKey[to] = key[j];
        }
        [index, nextIndex] = [nextIndex, index];
        [key, nextKey] = [nextKey, key];
    }
    (0,_release_array_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseArrays */ .E)(key, nextKey, nextIndex);
    return index;
}
/**
 * Turns the digit counts of one pass into starting offsets; false when one digit holds every
 * value, so that the pass would move nothing.
 */
function toOffsets(counts, base, n) {
    let sum = 0;
    for (let d = base; d < base + RADIX; d++) {
        const c = counts[d];
        if (c === n)
            return false;
        counts[d] = sum;
        sum += c;
    }
    return true;
}


/***/ }),

/***/ 3207:
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
