export const id = 560;
export const ids = [560];
export const modules = {

/***/ 6000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ examplesToSettle),
/* harmony export */   z: () => (/* binding */ detectableEffect)
/* harmony export */ });
/* harmony import */ var _stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6233);

/**
 * The minimum detectable effect: the smallest distance between the true value and a check's
 * edge that a one-sided test at level `tail` detects with probability `power`, for an estimate
 * with standard error `standardError`: (z(1 - tail) + z(power)) * standardError, the normal
 * approximation behind the usual sample-size formulas (Chow, Shao & Wang, Sample Size
 * Calculations in Clinical Research, 2nd ed., 3.1).
 */
function detectableEffect(standardError, tail, power) {
    return ((0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - tail) + (0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(power)) * standardError;
}
/**
 * How many examples would make the observed distance from the edge detectable at the same level
 * and power, if it is the true one: standard errors shrink as 1 / sqrt(n), so n (MDE / d)^2,
 * and at least one more than now. Null when nothing would: the estimate sits on the edge (d = 0)
 * or has no spread to scale.
 */
function examplesToSettle(examples, effect, distance) {
    if (!(distance > 0) || !(effect > 0))
        return null;
    const needed = Math.ceil(examples * (effect / distance) ** 2);
    return Number.isFinite(needed) ? Math.max(needed, examples + 1) : null;
}


/***/ }),

/***/ 7653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R$: () => (/* binding */ twoSidedPValue),
/* harmony export */   dr: () => (/* binding */ bootstrapEstimate),
/* harmony export */   mu: () => (/* binding */ normalEstimate)
/* harmony export */ });
/* harmony import */ var _stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6233);

/**
 * An estimate with a normal sampling distribution: z = (value - t) / standardError. With a
 * standard error of 0 the value is taken as exact. `range` clips the interval to the values the
 * quantity can take (an AUC stays in [0, 1]); the tests and the interval still agree on every
 * threshold inside it.
 */
function normalEstimate(value, standardError, range = { lower: -Infinity, upper: Infinity }) {
    const z = (t) => (value - t) / standardError;
    return {
        value,
        standardError,
        smallestPValue: 0,
        pAbove: (t) => (standardError > 0 ? (0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z(t)) : value > t ? 0 : 1),
        pBelow: (t) => (standardError > 0 ? (0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z(t)) : value < t ? 0 : 1),
        interval: (tail) => {
            const half = -(0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(tail) * standardError;
            return {
                lower: Math.max(range.lower, value - half),
                upper: Math.min(range.upper, value + half),
            };
        },
    };
}
/**
 * A bootstrap estimate: `value` on the data as observed, `replicates` its values on the
 * resamples (all finite), `range` the values it can take (for `normalTails`). Tests and
 * intervals are the percentile method's, with the Monte Carlo p-value (count + 1) / (B + 1) of
 * Davison & Hinkley (1997, 4.2.5), so no p-value is below 1 / (B + 1):
 *
 *   pAbove(t) = (#{replicates <= t} + 1) / (B + 1),  pBelow(t) = (#{replicates >= t} + 1) / (B + 1),
 *
 * and the interval at level 1 - 2a runs from the k-th smallest to the k-th largest replicate,
 * k = floor(a (B + 1)) (Davison & Hinkley 5.2.1); when k is 0, B resamples cannot resolve that
 * level and the interval is unbounded, unless `normalTails` extends it.
 */
function bootstrapEstimate(value, replicates, range = { lower: -Infinity, upper: Infinity }) {
    const sorted = Float64Array.from(replicates).sort();
    const b = sorted.length;
    let mean = 0;
    for (const r of sorted)
        mean += r;
    mean /= b;
    let squares = 0;
    for (const r of sorted)
        squares += (r - mean) ** 2;
    const percentile = {
        value,
        standardError: Math.sqrt(squares / (b - 1)),
        smallestPValue: 1 / (b + 1),
        pAbove: (t) => (countAtMost(sorted, t) + 1) / (b + 1),
        pBelow: (t) => (b - countBelow(sorted, t) + 1) / (b + 1),
        interval: (tail) => {
            const k = Math.floor(tail * (b + 1));
            return k < 1
                ? { lower: -Infinity, upper: Infinity }
                : { lower: sorted[k - 1], upper: sorted[b - k] };
        },
    };
    // Resamples that are all equal have no spread to extend: a normal p-value of 0 would pass
    // any margin on them, where the percentiles ask for more resamples.
    if (sorted[0] === sorted[b - 1])
        return percentile;
    return { ...percentile, normalTails: () => withNormalTails(percentile, sorted, range) };
}
/**
 * The percentile estimate, with the normal bootstrap interval where its resamples run out: the
 * estimate ± z(1 - a) times the resamples' standard deviation, the standard normal interval of
 * Efron & Tibshirani (1993, An Introduction to the Bootstrap, ch. 13; Davison & Hinkley 1997,
 * 5.2). A threshold with a resample on its far side keeps the percentile p-value; one beyond
 * every resample, where that p-value is stuck at its floor 1 / (B + 1), takes the normal one
 * where smaller:
 *
 *   pAbove(t) = min(1 / (B + 1), 1 - Phi((value - t) / se))  when no resample is at most t,
 *
 * and likewise below. The p-values still rise with t (the floor is below the 2 / (B + 1) of one
 * resample), and the interval is these tests inverted: the percentile interval where that is
 * finite (k >= 1), else from the smaller of the least resample and value - z se to the larger
 * of the greatest and value + z se, clipped to the values the quantity can take (`range`: a
 * share's difference stays within ±1). Resamples that are all equal get none (`bootstrapEstimate`).
 */
function withNormalTails(percentile, sorted, range) {
    const b = sorted.length;
    const floor = percentile.smallestPValue;
    const normal = normalEstimate(percentile.value, percentile.standardError, range);
    return {
        ...percentile,
        tails: "normal",
        pAbove: (t) => t < sorted[0] ? Math.min(floor, normal.pAbove(t)) : percentile.pAbove(t),
        pBelow: (t) => t > sorted[b - 1] ? Math.min(floor, normal.pBelow(t)) : percentile.pBelow(t),
        interval: (tail) => {
            const resolved = percentile.interval(tail);
            if (Number.isFinite(resolved.lower))
                return resolved;
            const { lower, upper } = normal.interval(tail);
            return {
                lower: Math.min(sorted[0], lower),
                upper: Math.max(sorted[b - 1], upper),
            };
        },
    };
}
/** The two-sided p-value of H0: the true value is `threshold`. */
function twoSidedPValue(estimate, threshold) {
    return Math.min(1, 2 * Math.min(estimate.pAbove(threshold), estimate.pBelow(threshold)));
}
/** How many sorted values are below t. */
function countBelow(sorted, t) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < t)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** How many sorted values are at most t. */
function countAtMost(sorted, t) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] <= t)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}


/***/ }),

/***/ 6560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ combinedVerdict),
/* harmony export */   Z: () => (/* binding */ judgeEvidence)
/* harmony export */ });
/* harmony import */ var _report_group_digits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7382);
/* harmony import */ var _report_counted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3262);
/* harmony import */ var _stats_adjust_p_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(269);
/* harmony import */ var _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5428);
/* harmony import */ var _stats_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5091);
/* harmony import */ var _detectable_effect_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6000);
/* harmony import */ var _stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6233);
/* harmony import */ var _estimate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7653);
/* harmony import */ var _resamples_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9987);
/* harmony import */ var _reason_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9351);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3144);











/** The examples (or the support a class metric rests on) below which a row is insufficient. */
const DEFAULT_MIN_SAMPLES = 30;
/**
 * Judges a family of paired comparisons (metrics x slices). Each check of a row (its comparison
 * with the champion, its absolute bounds) makes two one-sided claims about the true value: that
 * it lies in the passing region (`pass`) and that it lies outside (`fail`); the p-values of all
 * claims of all checks go through one correction, Holm's by default, and a check takes the
 * verdict of a claim the correction rejects, else `inconclusive`. Holm over the claims controls
 * the chance of any false `pass` or false `fail` in the family at 1 - confidence, whatever the
 * dependence between rows (decision 0008). Each interval is shown at the level the correction
 * tested its check at, so it clears the margin exactly when the check passes and lies beyond it
 * exactly when it fails.
 *
 * A bootstrap's percentile p-value cannot go below 1 / (B + 1). Where that is above the
 * strictest level the correction tests at (alpha over the claims), a check with every resample on
 * one side may never be decided, however far from its edge: there, and only in such a family, a
 * claim that the percentiles leave unrejected at that floor takes the p-value of the normal
 * bootstrap interval, and the correction is run again (`beyondResamples`, decision 0037). A
 * family whose resamples resolve that level is judged on its percentiles alone, as before.
 */
function judgeEvidence(rows, options = {}) {
    const settings = checkOptions(options);
    rows.forEach(checkRow);
    const usable = rows.map((row) => usableEvidence(row, row.slice == null ? settings.minSamples : settings.sliceMinSamples));
    const checks = rows.reduce((sum, row, i) => sum + (typeof usable[i] === "string" ? 0 : checksOf(row)), 0);
    const strictest = (0,_resamples_js__WEBPACK_IMPORTED_MODULE_0__/* .strictestTail */ .QW)(settings.confidence, settings.correction, checks);
    const percentile = rows.flatMap((row, i) => {
        const evidence = usable[i];
        return typeof evidence === "string" ? [] : planChecks(row, i, evidence);
    });
    const { planned, adjusted } = beyondResamples(percentile, settings, strictest);
    const decided = planned.map((check, j) => decide(check, adjusted[j], settings.alpha, rows[check.row], settings.power));
    const judged = rows.map((row, i) => {
        const why = usable[i];
        return typeof why === "string"
            ? insufficientRow(row, why, settings.onInsufficient)
            : judgedRow(row, why, decided.filter((_, j) => planned[j].row === i));
    });
    return {
        verdict: combinedVerdict(judged.map((r) => r.verdict)),
        rows: judged,
        confidence: settings.confidence,
        correction: settings.correction,
        claims: settings.correction === "none" ? 2 : 2 * planned.length,
    };
}
function checkOptions(options) {
    const confidence = (0,_stats_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .openProbability */ .aO)("confidence", options.confidence ?? 0.95);
    if (confidence <= 0.5) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StatsInputError */ .y("confidence", `is ${confidence}`, "use a level above 0.5, such as 0.95");
    }
    const minSamples = wholeCount("minSamples", options.minSamples ?? DEFAULT_MIN_SAMPLES);
    const sliceMinSamples = wholeCount("sliceMinSamples", options.sliceMinSamples ?? minSamples);
    return {
        confidence,
        alpha: 1 - confidence,
        correction: (0,_stats_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .checkChoice */ .io)("correction", options.correction, ["holm", "bh", "none"], "holm"),
        onInsufficient: (0,_stats_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .checkChoice */ .io)("onInsufficient", options.onInsufficient, ["inconclusive", "fail", "pass"], "inconclusive"),
        minSamples,
        sliceMinSamples,
        power: (0,_stats_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .openProbability */ .aO)("power", options.power ?? 0.8),
    };
}
/** `value` where it is a whole number of 0 or more, else refused as option `name`. */
function wholeCount(name, value) {
    if (!Number.isInteger(value) || value < 0) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StatsInputError */ .y(name, `is ${String(value)}`, "use a whole number of 0 or more");
    }
    return value;
}
/** The checks a row makes: its comparison with the champion, its min, its max. */
const checksOf = ({ comparison, bounds }) => Number(comparison !== undefined) +
    Number(bounds?.min !== undefined) +
    Number(bounds?.max !== undefined);
/** Refuses a row with nothing to check or a malformed rule, whatever its data. */
function checkRow(row, i) {
    const { comparison, bounds } = row;
    if (comparison === undefined && bounds?.min === undefined && bounds?.max === undefined) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .StatsInputError */ .y(`rows[${i}]`, `(${row.metric}) has neither a comparison nor a bound`, "give it a comparison with the champion, a min or a max, or leave it out");
    }
    if (comparison !== undefined)
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .checkComparison */ .Iq)(comparison, `rows[${i}].comparison`);
    if (bounds !== undefined)
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBounds */ .Mi)(bounds, `rows[${i}].bounds`);
}
/**
 * The verdict of a family of judged rows: `fail` if any fails, else `inconclusive` if any is or
 * none was judged (nothing checked is never a pass), else `pass`.
 */
const combinedVerdict = (verdicts) => verdicts.length === 0 ? "inconclusive" : worst(verdicts);
function worst(verdicts) {
    return verdicts.includes("fail")
        ? "fail"
        : verdicts.includes("inconclusive")
            ? "inconclusive"
            : "pass";
}
/** The evidence when it supports a test, else why not. */
function usableEvidence(row, minSamples) {
    const evidence = row.evidence.insufficient === undefined
        ? row.evidence
        : infinitelyWorse(row.evidence, row.direction);
    if (typeof evidence === "string")
        return evidence;
    const { count, noun, plural } = evidence.support ?? {
        count: evidence.examples,
        noun: "example",
        plural: "examples",
    };
    if (count < minSamples) {
        return `only ${(0,_report_counted_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(count, noun, plural)}, fewer than the ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_5__/* .groupDigits */ .K)(minSamples)} min-samples`;
    }
    return evidence;
}
/**
 * A challenger past the range of a double on the metric's worse side (an r2 below the most
 * negative double, an rmse above the largest) is worse than any bound and any finite champion:
 * taken as exact, with a standard error of 0, its checks fail. Anything else stays insufficient:
 * beside an infinite champion, or on the better side, no difference can be told, and NaN is a
 * metric not defined.
 */
function infinitelyWorse(evidence, direction) {
    const { method, examples, champion, challenger, insufficient } = evidence;
    const worst = direction === "higher" ? -Infinity : Infinity;
    if (challenger !== worst || champion === null || !Number.isFinite(champion))
        return insufficient;
    const exact = (0,_estimate_js__WEBPACK_IMPORTED_MODULE_6__/* .normalEstimate */ .mu)(worst, 0);
    return { method, examples, champion, challenger: exact, delta: exact, noDifferencePValue: 0 };
}
/** A row's values as reports hold them: one past the range of a double has none. */
const finiteOrNull = (x) => x !== null && Number.isFinite(x) ? x : null;
const rowIdentity = (row) => ({
    metric: row.metric,
    slice: row.slice ?? null,
    method: row.evidence.method,
    examples: row.evidence.examples,
    ...("support" in row.evidence && row.evidence.support && { support: row.evidence.support }),
});
function insufficientRow(row, why, verdict) {
    const champion = finiteOrNull(row.evidence.champion);
    const { challenger } = row.evidence;
    const challengerValue = finiteOrNull(typeof challenger === "number" || challenger === null ? challenger : challenger.value);
    return {
        ...rowIdentity(row),
        champion,
        challenger: challengerValue,
        delta: champion !== null && challengerValue !== null
            ? finiteOrNull(challengerValue - champion)
            : null,
        verdict,
        insufficient: true,
        reason: `${why}; counted as ${verdict} (on-insufficient)`,
        checks: [],
    };
}
function judgedRow(row, evidence, checks) {
    const verdict = worst(checks.map((c) => c.verdict));
    return {
        ...rowIdentity(row),
        champion: evidence.champion,
        challenger: finiteOrNull(evidence.challenger.value),
        delta: finiteOrNull(evidence.delta.value),
        verdict,
        insufficient: false,
        reason: checks
            .filter((c) => c.verdict === verdict)
            .map((c) => c.reason)
            .join("; "),
        checks,
    };
}
/** A row's checks, each with its claims' p-values on the estimate as the method gives it. */
function planChecks(row, i, evidence) {
    const scale = row.scale ?? (evidence.method === "mcnemar" ? "points" : "value");
    const common = {
        direction: row.direction,
        metric: row.metric,
        scale,
        ...(row.roles ? { roles: row.roles } : {}),
    };
    const checks = [];
    const add = (finding, estimate, region) => {
        checks.push(onEstimate({ row: i, finding, region }, estimate));
    };
    const { comparison, bounds } = row;
    if (comparison !== undefined) {
        const margin = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .marginSize */ .oO)(comparison.margin, evidence.champion);
        const relativeMargin = "relative" in comparison.margin ? comparison.margin.relative : undefined;
        add({ ...common, kind: "comparison", test: comparison.test, margin, relativeMargin }, evidence.delta, (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .comparisonRegion */ .mA)(comparison.test, row.direction, margin));
    }
    const { min, max } = bounds ?? {};
    if (min !== undefined)
        add({ ...common, kind: "min", bound: min }, evidence.challenger, { lower: min });
    if (max !== undefined)
        add({ ...common, kind: "max", bound: max }, evidence.challenger, { upper: max });
    return checks;
}
/** A check's claims on `estimate`: their p-values as its tests give them. */
function onEstimate(check, estimate) {
    const { pass, fail } = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .claimPValues */ .X8)(estimate.pAbove, estimate.pBelow, check.region);
    return { ...check, estimate, pass, fail };
}
/** Whether `p` is a bootstrap's smallest p-value `floor` (every resample on the claim's side). */
const atFloor = (p, floor) => floor > 0 && Math.abs(p - floor) <= floor * 1e-9;
/**
 * The checks and their corrected p-values: on the percentiles first; then, where a bootstrap's
 * floor 1 / (B + 1) is above the strictest level the correction tests at (`strictest`), each
 * check the percentiles left undecided with a claim at that floor takes its estimate's normal
 * tails (`Estimate.normalTails`), and the correction runs again. A p-value only falls so, and
 * the rejections of Holm's and Benjamini-Hochberg's methods only grow as p-values fall: every
 * check the percentiles decide keeps its verdict, and is shown as they decided it (its
 * p-values, level and interval). In a family of bootstrap rows alone, Holm's first step needs a
 * p-value below the floor, so the percentiles decide none; beside McNemar or DeLong rows whose
 * claims Holm rejects first, its later steps reach the floor and decide some.
 */
function beyondResamples(planned, settings, strictest) {
    const { correction, alpha } = settings;
    const first = correct(planned, correction, alpha);
    const decided = (j) => first[j].rejectPass || first[j].rejectFail;
    const retried = planned.map((check, j) => {
        const { estimate, pass, fail } = check;
        const floor = estimate.smallestPValue;
        const stuck = atFloor(pass, floor) || atFloor(fail, floor);
        if (decided(j) || !stuck || floor <= strictest || !estimate.normalTails)
            return check;
        return onEstimate(check, estimate.normalTails());
    });
    if (retried.every((check, j) => check === planned[j]))
        return { planned, adjusted: first };
    const again = correct(retried, correction, alpha);
    return { planned: retried, adjusted: again.map((a, j) => (decided(j) ? first[j] : a)) };
}
/** Adjusted p-values of every check's two claims, over the family or (none) per check. */
function correct(checks, correction, alpha) {
    if (checks.length === 0)
        return [];
    if (correction === "none") {
        return checks.map((c) => {
            const { adjusted, reject } = (0,_stats_adjust_p_values_js__WEBPACK_IMPORTED_MODULE_7__/* .adjustPValues */ .u)([c.pass, c.fail], { method: "holm", alpha });
            return {
                pass: adjusted[0],
                fail: adjusted[1],
                rejectPass: reject[0],
                rejectFail: reject[1],
                family: 2,
            };
        });
    }
    const m = checks.length;
    const { adjusted, reject } = (0,_stats_adjust_p_values_js__WEBPACK_IMPORTED_MODULE_7__/* .adjustPValues */ .u)([...checks.map((c) => c.pass), ...checks.map((c) => c.fail)], { method: correction === "holm" ? "holm" : "benjamini-hochberg", alpha });
    return checks.map((_, j) => ({
        pass: adjusted[j],
        fail: adjusted[m + j],
        rejectPass: reject[j],
        rejectFail: reject[m + j],
        family: 2 * m,
    }));
}
/**
 * The one-sided level at which the correction tested a claim with raw p-value `p` and adjusted
 * `pAdjusted`: alpha p / pAdjusted, at most which p lies exactly when pAdjusted is at most alpha.
 * The interval at that level clears the margin exactly when the claim is rejected. An unrejected
 * claim may be shown at any level below p: at no more than alpha / 2, and for a bootstrap whose
 * p is above its floor (the smallest p-value its resamples give), not below that floor, which
 * keeps the percentile interval finite. A claim at its floor is shown at the level it needed,
 * below the floor: an unbounded percentile interval (its reason asks for resamples), or the
 * normal bootstrap interval where it took normal tails (`beyondResamples`).
 */
function testedTail(p, pAdjusted, rejected, alpha, family, floor) {
    // The ratio first: alpha p would lose its digits where p is subnormal (below 2.2e-308).
    const needed = pAdjusted > 0 ? alpha * (p / pAdjusted) : alpha / family;
    if (rejected)
        return { needed, tail: Math.max(needed, p) };
    const shown = Math.min(needed, alpha / 2);
    return { needed, tail: p > floor ? Math.max(shown, floor) : shown };
}
/**
 * The minimum detectable effect of an inconclusive check and the distance it is held against,
 * which size the examples that would settle it (`examplesToSettle`). A bootstrap's standard
 * error is taken from its interval's side toward the edge where that side is the longer: a
 * skewed percentile interval that reaches past the edge has a half-width there beyond the
 * distance to it, which the symmetric standard error understates, and would size an
 * effect the interval shown does not detect. An analytic method's own standard error stands.
 * A test whose spread is taken at the threshold (a proportion's score test, which Wilson's
 * interval inverts) is sized exactly at the edge instead: see `sizingAtEdge`.
 */
function sizing(check, interval, tail, power) {
    const { value, standardError, standardErrorAt } = check.estimate;
    const distance = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .distanceToEdge */ .mN)(value, check.region);
    const edge = [check.region.lower, check.region.upper].find((x) => x !== undefined && Math.abs(value - x) === distance);
    if (standardErrorAt !== undefined && edge !== undefined) {
        return sizingAtEdge(standardErrorAt(edge), tail, distance);
    }
    const half = edge !== undefined && edge > value ? interval.upper - value : value - interval.lower;
    const sided = half / (0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_8__/* .normalQuantile */ .Zl)(1 - tail);
    // Only a bootstrap (the one method with a smallest p-value) has a Monte Carlo interval.
    const resampled = check.estimate.smallestPValue > 0;
    const se = resampled && Number.isFinite(sided) && sided > standardError ? sided : standardError;
    const effect = se > 0 ? (0,_detectable_effect_js__WEBPACK_IMPORTED_MODULE_9__/* .detectableEffect */ .z)(se, tail, power) : null;
    return { effect, distance, detects: "effect" };
}
/**
 * Sizing where the test's spread se(t) is taken at the threshold: the interval at tail a clears
 * the edge exactly when the value lies more than z(1 - a) se(edge) beyond it, so that distance
 * is what this many examples detect in an estimate, and since se(edge) shrinks as 1 / sqrt(n),
 * n (that / d)^2 examples are where an estimate d from the edge clears it. Both agree with the
 * interval shown, however lopsided near 0 or 1: a recall of 98.6% on 145 positives, 3.6 points
 * above a minimum of 95% and inside its 98.57% interval, detects 4.4 points, where the spread at
 * 98.6% said 3.2 (at 80% power) and 1 more example.
 */
function sizingAtEdge(spread, tail, distance) {
    const effect = (0,_stats_normal_distribution_js__WEBPACK_IMPORTED_MODULE_8__/* .normalQuantile */ .Zl)(1 - tail) * spread;
    const sized = effect > 0 && Number.isFinite(effect);
    return { effect: sized ? effect : null, distance, detects: "estimate" };
}
/**
 * A claim with every resample on its side, still short of the level the correction needs (and
 * the normal approximation, where given, no nearer): more resamples, not more examples, could
 * settle it, as many as the family's strictest level `strictest` needs, the number the report's
 * notes give too.
 */
function unresolvedClaim(estimate, needed, strictest) {
    const floor = estimate.smallestPValue;
    return {
        resamples: Math.round(1 / floor) - 1,
        smallest: floor,
        needed,
        wanted: (0,_resamples_js__WEBPACK_IMPORTED_MODULE_0__/* .resamplesToResolve */ .wo)(strictest),
        normal: estimate.tails === "normal",
    };
}
/**
 * Whether a check with no spread to size its effect lacks the examples its metric rests on,
 * rather than any difference between the models: a paired proportion's change with no discordant
 * pair (three positives both models find alike have a wide interval), or support below the
 * default min-samples. Four hundred positive predictions alike in both models are not too few.
 */
function tooFew(check, row, support) {
    const { value, standardError } = check.estimate;
    const noDiscordantPair = row.evidence.method === "mcnemar" &&
        check.finding.kind === "comparison" &&
        value === 0 &&
        standardError === 0;
    return noDiscordantPair || support.count < DEFAULT_MIN_SAMPLES;
}
function decide(check, adjusted, alpha, row, power) {
    const passSide = check.pass <= check.fail;
    const p = passSide ? check.pass : check.fail;
    const pAdjusted = passSide ? adjusted.pass : adjusted.fail;
    const rejected = passSide ? adjusted.rejectPass : adjusted.rejectFail;
    const verdict = rejected ? (passSide ? "pass" : "fail") : "inconclusive";
    const floor = check.estimate.smallestPValue;
    const { needed, tail } = testedTail(p, pAdjusted, rejected, alpha, adjusted.family, floor);
    const { lower, upper } = check.estimate.interval(tail);
    const examples = row.evidence.examples;
    const stuck = atFloor(p, floor);
    // Beyond every resample, on the normal approximation (only where `beyondResamples` gave it):
    // the interval at a level below the floor, where the percentiles have none, and a p-value
    // below it. A check Holm's later steps reach at a level the percentiles resolve shows their
    // interval, beside a normal p-value.
    const tails = check.estimate.tails === "normal";
    const normalInterval = tails && tail < floor;
    const normal = normalInterval || (tails && p < floor);
    const unresolved = !rejected && stuck && needed < floor
        ? unresolvedClaim(check.estimate, needed, alpha / adjusted.family)
        : undefined;
    const { effect, distance, detects } = verdict === "inconclusive" && unresolved === undefined
        ? sizing(check, { lower, upper }, tail, power)
        : { effect: null, distance: 0, detects: "effect" };
    // The examples, and the positives (or other support) among them, scaled by one ratio.
    const settle = (count) => effect === null ? null : (0,_detectable_effect_js__WEBPACK_IMPORTED_MODULE_9__/* .examplesToSettle */ .i)(count, effect, distance);
    const examplesNeeded = settle(examples);
    const support = "support" in row.evidence ? row.evidence.support : undefined;
    const finding = {
        ...check.finding,
        verdict,
        estimate: check.estimate.value,
        lower,
        upper,
        level: 1 - 2 * tail,
        examples,
        ...(support && { support, supportNeeded: settle(support.count) }),
        power,
        detectableEffect: effect,
        examplesNeeded,
        detects,
        unresolved,
        ...(normalInterval && { normal: true }),
        ...(effect === null && support && { tooFew: tooFew(check, row, support) }),
    };
    return {
        check: check.finding.kind,
        rule: (0,_reason_js__WEBPACK_IMPORTED_MODULE_10__/* .checkRule */ .T9)(finding),
        verdict,
        estimate: check.estimate.value,
        lower,
        upper,
        level: 1 - 2 * tail,
        pValue: Math.min(1, 2 * p),
        adjustedPValue: pAdjusted,
        pValueAtFloor: stuck,
        normalApproximation: normal,
        detectableEffect: effect,
        examplesNeeded,
        reason: (0,_reason_js__WEBPACK_IMPORTED_MODULE_10__/* .checkReason */ .Dk)(finding),
    };
}


/***/ }),

/***/ 9351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ checkReason),
/* harmony export */   T9: () => (/* binding */ checkRule),
/* harmony export */   q2: () => (/* binding */ DEFAULT_ROLES)
/* harmony export */ });
/* unused harmony export levelText */
/* harmony import */ var _report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7382);
/* harmony import */ var _report_counted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3262);
/* harmony import */ var _resamples_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9987);



const DEFAULT_ROLES = {
    challenger: "challenger",
    champion: "champion",
    example: "example",
};
/** The level as a percentage: 95%, 99.67%. */
const levelText = (level) => `${Number((level * 100).toPrecision(4))}%`;
/** More decimals than the interval's width asks for, at most, to tell a number from an edge. */
const EXTRA_DECIMALS = 3;
/**
 * The most decimals a number is written with: enough for a metric in units of 1e-14 (an MSE of
 * targets in millionths) to show its own digits, not 0.0000000000; and never more than the 15
 * significant digits a double holds of the largest number shown, past which they are noise.
 */
const MAX_DECIMALS = 20;
const SIGNIFICANT_DIGITS = 15;
function decimalsCap(numbers) {
    const largest = Math.max(0, ...numbers.filter(Number.isFinite).map(Math.abs));
    if (largest === 0)
        return MAX_DECIMALS;
    return Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(largest))));
}
/**
 * The decimals that tell each number from the edge it is held against (the margin, a bound,
 * no change): "-1.0 to +1.0 points" straddling a margin of 1 point hides why; "-1.009" shows it.
 */
function telling(decimals, cap, pairs) {
    let d = decimals;
    const close = ([x, edge]) => Number.isFinite(x) && x !== edge && Math.abs(x - edge) < 10 ** -d;
    while (d < Math.min(cap, decimals + EXTRA_DECIMALS) && pairs.some(close))
        d++;
    return d;
}
/**
 * Number formats for one check, with as many decimals as its interval's width deserves: two
 * significant digits of its half-width, the usual precision of a ± uncertainty. One digit fewer
 * writes ±9.18 points as ±10, an interval about a tenth wider than the one computed.
 */
function formats(finding) {
    const points = finding.scale === "points";
    const unit = points ? 100 : 1;
    const halfWidth = ((finding.upper - finding.lower) * unit) / 2;
    const reference = Math.abs(finding.estimate * unit) || 1;
    const edges = finding.kind === "comparison"
        ? [finding.margin ?? 0, -(finding.margin ?? 0)]
        : [finding.bound ?? NaN];
    const numbers = [finding.lower, finding.upper, finding.estimate];
    const cap = decimalsCap([...numbers, ...edges].map((x) => x * unit));
    const base = Math.min(cap, Math.max(0, Number.isFinite(halfWidth) && halfWidth > 0
        ? 1 - Math.floor(Math.log10(halfWidth))
        : 3 - Math.floor(Math.log10(reference))));
    const decimals = telling(base, cap, [
        ...numbers.flatMap((x) => edges.map((edge) => [x * unit, edge * unit])),
        [finding.estimate * unit, 0],
    ]);
    const plain = (x, rounding = "nearest") => {
        if (!Number.isFinite(x))
            return x > 0 ? "+inf" : "-inf";
        // Float noise is snapped away first (0.07 * 100 is 7.000000000000001, which must not round
        // up to 8), and nothing more: a bound of 12345678901250 still rounds down, not to nearest.
        const raw = x * unit * 10 ** decimals;
        const nearest = Math.round(raw);
        const noise = 16 * Number.EPSILON * Math.max(1, Math.abs(raw));
        const scaled = Math.abs(raw - nearest) <= noise ? nearest : raw;
        const whole = { nearest: Math.round, down: Math.floor, up: Math.ceil }[rounding](scaled);
        const text = (whole / 10 ** decimals).toFixed(decimals);
        return Number(text) === 0 ? (0).toFixed(decimals) : text;
    };
    const signed = (x, rounding) => {
        const text = plain(x, rounding);
        return x > 0 && Number(text) !== 0 && !text.startsWith("+") ? `+${text}` : text;
    };
    const pointsWord = (text) => (text === "1" ? "1 point" : `${text} points`);
    const value = (x, rounding = "nearest") => points ? `${plain(x, rounding)}%` : plain(x, rounding);
    return {
        /** A value of the metric; "at least" rounds down and "at most" up, never overstating. */
        value,
        /** A distance between values (never negative), rounded as `value` is. */
        gap: (x, rounding = "nearest") => points ? pointsWord(plain(x, rounding)) : plain(x, rounding),
        /**
         * A margin drawn from the champion's value, at the interval's decimals unless they leave it
         * fewer than 2 significant digits: 10% of a p95 of 0.045 beside "+0.03 to +0.17" is 0.0045,
         * which those decimals would show as 0.00, a margin no regression could be within.
         */
        margin: (x) => {
            const text = plain(x);
            const digits = text.replace(/^[-+]?[0.]*/, "").replace(".", "").length;
            if (x === 0 || !Number.isFinite(x) || digits >= 2)
                return points ? pointsWord(text) : text;
            const precise = String(Number((x * unit).toPrecision(3)));
            return points ? pointsWord(precise) : precise;
        },
        /**
         * The interval of challenger - champion, or of the challenger's value, rounded outwards: the
         * interval shown holds the one computed.
         */
        interval: (difference) => {
            const { lower, upper, level } = finding;
            const ends = difference
                ? `${signed(lower, "down")} to ${signed(upper, "up")}${points ? " points" : ""}`
                : `${value(lower, "down")} to ${value(upper, "up")}`;
            return `${levelText(level)} CI ${ends}${finding.normal ? ", normal approximation" : ""}`;
        },
        /** A limit the policy set, as precise as it was given. */
        limit: (x, difference) => {
            const text = String(Number((x * unit).toPrecision(6)));
            return difference && points ? pointsWord(text) : points ? `${text}%` : text;
        },
    };
}
/** A check's rule in words: "non-inferiority: at most 1 point worse", "at least 80%". */
function checkRule(finding) {
    const f = formats(finding);
    if (finding.kind !== "comparison") {
        return `${finding.kind === "min" ? "at least" : "at most"} ${f.limit(finding.bound ?? NaN, false)}`;
    }
    const margin = marginText(finding);
    if (finding.test === "equivalence")
        return `equivalence: within ±${margin}`;
    if (finding.test === "superiority") {
        return (finding.margin ?? 0) === 0
            ? "superiority: better"
            : `superiority: at least ${margin} better`;
    }
    return (finding.margin ?? 0) === 0
        ? "non-inferiority: no worse"
        : `non-inferiority: at most ${margin} worse`;
}
/** The sentence that says why a check came out as it did, with its numbers. */
function checkReason(finding) {
    if (finding.unresolved !== undefined)
        return unresolvedReason(finding, finding.unresolved);
    if (!Number.isFinite(finding.estimate))
        return pastDoubleReason(finding);
    const core = finding.kind === "comparison" ? comparisonClause(finding) : boundClause(finding);
    return finding.verdict === "inconclusive" ? `${core}${detectableClause(finding)}` : core;
}
/**
 * A bootstrap whose resamples all lie on one side, yet cannot show the p-value the correction
 * asks for, nor (where its family takes normal tails) can the normal approximation from their
 * spread. The resamples advised are the report's notes' number: enough for the family's
 * strictest level.
 */
function unresolvedReason(finding, { resamples, smallest, needed, wanted, normal }) {
    const f = formats(finding);
    const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
    const who = `the ${challenger}'s ${finding.metric}`;
    const observed = finding.kind === "comparison"
        ? `${who} ${change(f, (finding.direction === "higher" ? 1 : -1) * finding.estimate, champion)}`
        : `${who} is ${f.value(finding.estimate)}`;
    const nor = normal ? ", nor can the normal approximation from their spread," : "";
    const most = wanted > _resamples_js__WEBPACK_IMPORTED_MODULE_0__/* .MOST_RESAMPLES */ .HX ? `, more than the ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(_resamples_js__WEBPACK_IMPORTED_MODULE_0__/* .MOST_RESAMPLES */ .HX)} a policy takes` : "";
    return `${observed}, but ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(resamples)} resamples cannot show a p-value below ${smallest.toPrecision(2)}${nor} and the correction needs ${needed.toPrecision(2)} (a ${levelText(1 - 2 * needed)} interval), so about ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(wanted)} resamples could settle it${most}`;
}
/**
 * A challenger past the range of a double on the metric's worse side, taken as exact (see
 * judge-evidence): no interval to show, only which side of each edge it lies on.
 */
function pastDoubleReason(finding) {
    const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
    const below = finding.estimate < 0;
    const who = `the ${challenger}'s ${finding.metric} is ${below ? "below the most negative double" : "above the largest double"}`;
    if (finding.kind === "comparison") {
        return `${who}, so worse than the ${champion}'s by more than any margin`;
    }
    const bound = formats(finding).limit(finding.bound ?? NaN, false);
    return `${who}, so ${below ? "below" : "above"} the ${finding.kind === "min" ? "minimum" : "maximum"} ${bound}`;
}
/** How the challenger's value compares, `better` positive when better: "is 2.1 points worse than the champion's". */
function change(f, better, champion) {
    if (better === 0)
        return `is the same as the ${champion}'s`;
    return `is ${f.gap(Math.abs(better))} ${better > 0 ? "better" : "worse"} than the ${champion}'s`;
}
function marginText(finding) {
    const f = formats(finding);
    const margin = finding.margin ?? 0;
    if (finding.relativeMargin === undefined)
        return f.limit(margin, true);
    const { champion } = finding.roles ?? DEFAULT_ROLES;
    const share = `${Number((finding.relativeMargin * 100).toPrecision(6))}%`;
    return `${share} of the ${champion}'s value (${f.margin(margin)})`;
}
function comparisonClause(finding) {
    const f = formats(finding);
    const { metric, verdict, test, estimate, lower, upper } = finding;
    const sign = finding.direction === "higher" ? 1 : -1;
    // The interval on the metric's better side: positive is better.
    const [low, high] = sign > 0 ? [lower, upper] : [-upper, -lower];
    const better = sign * estimate;
    const ci = f.interval(true);
    const { challenger, champion } = finding.roles ?? DEFAULT_ROLES;
    const who = `the ${challenger}'s ${metric}`;
    const margin = marginText(finding);
    const observed = `${who} ${change(f, better, champion)} (${ci})`;
    if (test === "equivalence") {
        if (verdict === "pass")
            return `${who} is within ${f.gap(Math.max(Math.abs(lower), Math.abs(upper)), "up")} of the ${champion}'s (${ci}), inside the margin of ±${margin}`;
        if (verdict === "fail")
            return `${who} differs from the ${champion}'s by at least ${f.gap(lower > 0 ? lower : -upper, "down")} (${ci}), beyond the margin of ±${margin}`;
        return `${who} differs from the ${champion}'s by ${f.gap(Math.abs(estimate))} (${ci}), an interval that reaches past the margin of ±${margin}`;
    }
    const noMargin = (finding.margin ?? 0) === 0;
    if (test === "superiority") {
        if (verdict === "pass")
            return noMargin
                ? `${who} is better than the ${champion}'s (${ci})`
                : `${who} is at least ${f.gap(low, "down")} better than the ${champion}'s (${ci}), clearing the required improvement of ${margin}`;
        if (verdict === "fail")
            return high <= 0
                ? `${who} is no better than the ${champion}'s (${ci}), short of the required improvement${noMargin ? "" : ` of ${margin}`}`
                : `${who} is at most ${f.gap(high, "up")} better than the ${champion}'s (${ci}), short of the required improvement of ${margin}`;
        return `${observed}, an interval that straddles the required improvement${noMargin ? "" : ` of ${margin}`}`;
    }
    if (noMargin) {
        if (verdict === "pass")
            return `${who} is better than the ${champion}'s (${ci})`;
        if (verdict === "fail")
            return `${who} is worse than the ${champion}'s (${ci})`;
        return `${observed}, an interval that includes no difference`;
    }
    if (verdict === "pass")
        return low < 0
            ? `${who} is at most ${f.gap(-low, "up")} worse than the ${champion}'s (${ci}), within the margin of ${margin}`
            : `${who} is no worse than the ${champion}'s (${ci}), within the margin of ${margin}`;
    if (verdict === "fail")
        return `${who} is at least ${f.gap(-high, "down")} worse than the ${champion}'s (${ci}), beyond the margin of ${margin}`;
    return `${observed}, an interval that straddles the margin of ${margin}`;
}
function boundClause(finding) {
    const f = formats(finding);
    const { metric, verdict, estimate, lower, upper } = finding;
    const bound = f.limit(finding.bound ?? NaN, false);
    const ci = f.interval(false);
    const { challenger } = finding.roles ?? DEFAULT_ROLES;
    const who = `the ${challenger}'s ${metric}`;
    const [edge, side] = finding.kind === "min" ? ["minimum", "above"] : ["maximum", "below"];
    if (verdict === "pass")
        return finding.kind === "min"
            ? `${who} is at least ${f.value(lower, "down")} (${ci}), ${side} the ${edge} ${bound}`
            : `${who} is at most ${f.value(upper, "up")} (${ci}), ${side} the ${edge} ${bound}`;
    if (verdict === "fail")
        return finding.kind === "min"
            ? `${who} is at most ${f.value(upper, "up")} (${ci}), below the ${edge} ${bound}`
            : `${who} is at least ${f.value(lower, "down")} (${ci}), above the ${edge} ${bound}`;
    return `${who} is ${f.value(estimate)} (${ci}), an interval that straddles the ${edge} ${bound}`;
}
function detectableClause(finding) {
    const f = formats(finding);
    const effect = finding.detectableEffect;
    const edge = finding.kind === "comparison" ? "margin" : finding.kind === "min" ? "minimum" : "maximum";
    const { example } = finding.roles ?? DEFAULT_ROLES;
    const { support } = finding;
    const on = sizedOn(finding, example);
    if (effect === null || effect === undefined) {
        // Three positives both models find alike have no spread, yet their interval is wide: what
        // is short is the positives, not the spread of the data.
        return support !== undefined && finding.tooFew
            ? `; ${on} ${support.count === 1 ? "is" : "are"} too few to size the effect this test could detect`
            : `; the data have no spread to size the effect ${on} could detect`;
    }
    const power = `${Math.round(finding.power * 100)}% power`;
    const detect = finding.detects === "estimate"
        ? `; with ${on} this test detects an estimate more than ${f.gap(effect, "up")} ${sideOfEdge(finding)} the ${edge}`
        : `; with ${on} the smallest distance from the ${edge} this test detects (${power}) is ${f.gap(effect)}`;
    // A metric of the positives is settled by more positives: counted as what it rests on.
    const [have, needed, noun, plural] = support === undefined
        ? [finding.examples, finding.examplesNeeded, example, `${example}s`]
        : [support.count, finding.supportNeeded, support.noun, support.plural];
    return needed === null || needed === undefined
        ? `${detect}, and the estimate sits on the ${edge}, so no number of ${plural} would settle it`
        : `${detect}, and about ${(0,_report_counted_js__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .h)(needed, noun, plural)} (${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(needed - have)} more) would settle it if the observed value holds`;
}
/**
 * Where the estimate lies from a bound: the side an estimate must clear it on is the side it is
 * already on (a recall of 93.8% against a minimum of 95% is settled below it, by failing).
 */
function sideOfEdge(finding) {
    if (finding.kind === "comparison" || finding.bound === undefined)
        return "beyond";
    return finding.estimate < finding.bound ? "below" : "above";
}
/** The examples a check's estimate rests on: "145 positive examples", else all of them. */
function sizedOn(finding, example) {
    const { support } = finding;
    return support === undefined
        ? (0,_report_counted_js__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .h)(finding.examples, example)
        : `${(0,_report_counted_js__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .h)(support.count, support.noun, support.plural)} (of ${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(finding.examples)})`;
}


/***/ }),

/***/ 9987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ RESAMPLES_PER_TAIL),
/* harmony export */   HX: () => (/* binding */ MOST_RESAMPLES),
/* harmony export */   QW: () => (/* binding */ strictestTail),
/* harmony export */   eb: () => (/* binding */ defaultResamples),
/* harmony export */   wo: () => (/* binding */ resamplesToResolve),
/* harmony export */   xi: () => (/* binding */ resamplesBeyondEnd)
/* harmony export */ });
/* unused harmony exports DEFAULT_RESAMPLES, MAX_DEFAULT_RESAMPLES, DEFAULT_BOOTSTRAP_WORK */
/**
 * Resamples beyond each end of a percentile interval that its end rests on. How many resamples
 * fall beyond a given value varies between seeds by about its square root: ±2 of 4, half of
 * them, moves an end across a bound from one seed to the next; ±7 of 50 is a seventh.
 */
const RESAMPLES_PER_TAIL = 50;
/** The fewest resamples a bootstrap takes by default, as before the rule below. */
const DEFAULT_RESAMPLES = 1000;
/**
 * The most resamples the default takes: a weighted bootstrap costs about 20 ns per example and
 * resample, so 20,000 on 2,400 examples take about 2 s where 1,000 took 0.5 s. A policy that
 * needs more says so with `resamples:`.
 */
const MAX_DEFAULT_RESAMPLES = 20_000;
/**
 * The examples times resamples a row's default bootstrap may take, about 4 s at 20 ns each:
 * past 10,000 examples the default takes fewer than 20,000 (2,000 on 100,000 examples, where
 * 20,000 would take 40 s a row), and the report's note says when that is too few.
 */
const DEFAULT_BOOTSTRAP_WORK = 200_000_000;
/** The most resamples a policy takes (gate-policy.schema.json's maximum). */
const MOST_RESAMPLES = 100_000;
/**
 * The resamples that leave RESAMPLES_PER_TAIL beyond each end of a percentile interval at
 * one-sided level `tail`: what a policy's `resamples:` would need for its percentiles alone to
 * settle a check at that level. One number for the reasons and the notes that advise it.
 */
const resamplesToResolve = (tail) => Math.ceil(RESAMPLES_PER_TAIL / tail);
/**
 * The smallest one-sided level a correction can test a claim at: alpha over the claims it spreads
 * alpha over, two per check (Holm's first step and Benjamini-Hochberg's both test the smallest
 * p-value at alpha / claims); without correction, a check's two claims alone.
 */
function strictestTail(confidence, correction, checks) {
    return (1 - confidence) / (correction === "none" ? 2 : 2 * Math.max(1, checks));
}
/**
 * The resamples beyond each end of a percentile interval of one-sided level `tail`: the end is
 * the k-th most extreme of them, k = floor(tail (B + 1)) (estimate.ts).
 */
const resamplesBeyondEnd = (resamples, tail) => Math.floor(tail * (resamples + 1));
/**
 * The default resamples for intervals down to one-sided level `tail` over `examples`: enough to
 * leave RESAMPLES_PER_TAIL beyond each end, at least DEFAULT_RESAMPLES, at most
 * MAX_DEFAULT_RESAMPLES and what DEFAULT_BOOTSTRAP_WORK allows.
 */
const defaultResamples = (tail, examples) => Math.max(DEFAULT_RESAMPLES, Math.min(MAX_DEFAULT_RESAMPLES, Math.floor(DEFAULT_BOOTSTRAP_WORK / Math.max(1, examples)), resamplesToResolve(tail)));


/***/ }),

/***/ 3144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ checkComparison),
/* harmony export */   Mi: () => (/* binding */ checkBounds),
/* harmony export */   X8: () => (/* binding */ claimPValues),
/* harmony export */   mA: () => (/* binding */ comparisonRegion),
/* harmony export */   mN: () => (/* binding */ distanceToEdge),
/* harmony export */   oO: () => (/* binding */ marginSize)
/* harmony export */ });
/* harmony import */ var _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);

/** Refuses a comparison whose margin is negative or not a number, or 0 for equivalence. */
function checkComparison(comparison, argument) {
    const { test, margin } = comparison;
    const [kind, size] = "absolute" in margin ? ["absolute", margin.absolute] : ["relative", margin.relative];
    if (typeof size !== "number" || !Number.isFinite(size) || size < 0) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(`${argument}.margin.${kind}`, `is ${String(size)}`, "give a margin of 0 or more");
    }
    if (test === "equivalence" && size === 0) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(`${argument}.margin.${kind}`, "is 0 for an equivalence test, which nothing can pass", "give equivalence a margin above 0");
    }
}
/** Refuses bounds that are not finite numbers, or a min above the max. */
function checkBounds(bounds, argument) {
    for (const [name, value] of [
        ["min", bounds.min],
        ["max", bounds.max],
    ]) {
        if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
            throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(`${argument}.${name}`, `is ${String(value)}`, "give a finite number");
        }
    }
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
        throw new _stats_stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `have min ${bounds.min} above max ${bounds.max}`, "swap or fix them");
    }
}
/** The margin in the metric's units, at the champion's observed value. */
function marginSize(margin, champion) {
    return "absolute" in margin ? margin.absolute : margin.relative * Math.abs(champion);
}
/**
 * The region of challenger - champion that passes a comparison, given the margin's size `m`.
 * Higher is better: non-inferiority (-m, inf), superiority (m, inf); lower is better mirrors
 * them; equivalence is (-m, m) either way.
 */
function comparisonRegion(test, direction, m) {
    const sign = direction === "higher" ? 1 : -1;
    if (test === "equivalence")
        return { lower: -m, upper: m };
    const edge = test === "non-inferiority" ? -sign * m : sign * m;
    return direction === "higher" ? { lower: edge } : { upper: edge };
}
/**
 * The one-sided p-values of a check's two claims: that the true value lies in the region (a
 * pass) and that it lies outside (a fail). A band passes only if both edges are cleared
 * (intersection-union, Berger 1982: the larger p-value) and fails if either is crossed (at most
 * one can be, so the smaller p-value).
 */
function claimPValues(pAbove, pBelow, region) {
    const { lower, upper } = region;
    return {
        pass: Math.max(lower === undefined ? 0 : pAbove(lower), upper === undefined ? 0 : pBelow(upper)),
        fail: Math.min(lower === undefined ? 1 : pBelow(lower), upper === undefined ? 1 : pAbove(upper)),
    };
}
/** How far `value` is from the nearest edge of the region. */
function distanceToEdge(value, region) {
    const distances = [region.lower, region.upper]
        .filter((edge) => edge !== undefined)
        .map((edge) => Math.abs(value - edge));
    return Math.min(...distances);
}


/***/ }),

/***/ 269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ adjustPValues)
/* harmony export */ });
/* harmony import */ var _stats_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5428);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5091);


/**
 * Multiple-testing corrections, matching statsmodels `multipletests(pvals, alpha, method)` with
 * method 'bonferroni', 'holm' or 'fdr_bh'. With m p-values sorted ascending p_(1) <= ... <= p_(m):
 * - Bonferroni: adjusted = min(1, m p); reject when p <= alpha / m.
 * - Holm (1979) step-down: adjusted_(i) = min(1, max_{j <= i} (m - j + 1) p_(j)); reject
 *   p_(1..k-1) where k is the first i with p_(i) > alpha / (m - i + 1).
 * - Benjamini-Hochberg (1995) step-up: adjusted_(i) = min(1, min_{j >= i} m p_(j) / j); reject
 *   p_(1..k) for the largest k with p_(k) <= k alpha / m.
 * Results are in the input's order. Controls the family-wise error rate (Bonferroni, Holm) or
 * the false discovery rate (Benjamini-Hochberg) at `alpha`.
 */
function adjustPValues(pValues, options = {}) {
    const method = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .checkChoice */ .io)("method", options.method, ["bonferroni", "holm", "benjamini-hochberg"], "holm");
    const alpha = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .openProbability */ .aO)("alpha", options.alpha ?? 0.05);
    const m = pValues.length;
    if (m === 0) {
        throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .StatsInputError */ .y("pValues", "is empty", "pass at least one p-value");
    }
    const p = [];
    for (let i = 0; i < m; i++) {
        const v = pValues[i];
        if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
            throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .StatsInputError */ .y("pValues", `value at index ${i} is ${String(v)}, not a probability`, "pass p-values between 0 and 1");
        }
        p.push(v);
    }
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    const sorted = order.map((i) => p[i]);
    const adjustedSorted = new Array(m);
    const rejectSorted = new Array(m).fill(false);
    if (method === "bonferroni") {
        sorted.forEach((v, i) => {
            adjustedSorted[i] = Math.min(1, v * m);
            rejectSorted[i] = v <= alpha / m;
        });
    }
    else if (method === "holm") {
        let running = 0;
        let stillRejecting = true;
        sorted.forEach((v, i) => {
            running = Math.max(running, v * (m - i));
            adjustedSorted[i] = Math.min(1, running);
            if (v > alpha / (m - i))
                stillRejecting = false;
            rejectSorted[i] = stillRejecting;
        });
    }
    else {
        let running = Infinity;
        let lastReject = -1;
        for (let i = m - 1; i >= 0; i--) {
            const v = sorted[i];
            running = Math.min(running, v / ((i + 1) / m));
            adjustedSorted[i] = Math.min(1, running);
            if (lastReject < 0 && v <= ((i + 1) / m) * alpha)
                lastReject = i;
        }
        for (let i = 0; i <= lastReject; i++)
            rejectSorted[i] = true;
    }
    const adjusted = new Array(m);
    const reject = new Array(m);
    order.forEach((original, i) => {
        adjusted[original] = adjustedSorted[i];
        reject[original] = rejectSorted[i];
    });
    return { adjusted, reject, method };
}


/***/ }),

/***/ 6233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports erf, erfc */
/**
 * The error function, complementary error function and the standard normal distribution, to
 * about 1e-15 relative accuracy.
 *
 * erf(x) for |x| < 1.5 uses the everywhere-positive series
 *   erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_{n>=0} 2^n x^(2n+1) / (1*3*...*(2n+1))
 * (Abramowitz & Stegun 7.1.6), which has no cancellation; erfc(x) for x >= 1.5 uses Laplace's
 * continued fraction
 *   erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
 * (A&S 7.1.14) evaluated by the modified Lentz method (Numerical Recipes, 3rd ed., 5.2).
 */
const SQRT_PI = Math.sqrt(Math.PI);
const TINY = 1e-300;
function erfSeries(x) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
        term *= (2 * x2) / (2 * n + 1);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-17)
            break;
    }
    return ((2 / SQRT_PI) * Math.exp(-x2) * sum);
}
function erfcContinuedFraction(x) {
    // f = x + a1/(x + a2/(x + ...)), a_k = k/2.
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 5000; k++) {
        const a = k / 2;
        d = x + a * d;
        d = Math.abs(d) < TINY ? TINY : d;
        c = x + a / c;
        c = Math.abs(c) < TINY ? TINY : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / SQRT_PI / f;
}
/** The error function erf(x). */
function erf(x) {
    if (x < 0)
        return -erf(-x);
    if (x < 1.5)
        return erfSeries(x);
    return 1 - erfcContinuedFraction(x);
}
/** The complementary error function erfc(x) = 1 - erf(x), accurate in the upper tail. */
function erfc(x) {
    if (x < 1.5)
        return 1 - erf(x);
    if (x > 27.3)
        return 0;
    return erfcContinuedFraction(x);
}
/** Standard normal cumulative distribution function Phi(x) (scipy `norm.cdf`). */
function normalCdf(x) {
    return 0.5 * erfc(-x / Math.SQRT2);
}
/** Standard normal survival function 1 - Phi(x) (scipy `norm.sf`). */
function normalSf(x) {
    return 0.5 * erfc(x / Math.SQRT2);
}
/**
 * Standard normal quantile Phi^-1(p) (scipy `norm.ppf`): a starting value from Abramowitz &
 * Stegun 26.2.23, refined by Halley's method on the accurate tail probability.
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1)) {
        if (p === 0)
            return -Infinity;
        if (p === 1)
            return Infinity;
        return NaN;
    }
    const upper = p > 0.5;
    const tail = upper ? 1 - p : p; // probability in the lower tail of |x|
    const t = Math.sqrt(-2 * Math.log(tail));
    let x = t -
        (2.515517 + 0.802853 * t + 0.010328 * t * t) /
            (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    x = -x; // lower-tail quantile of `tail`
    for (let i = 0; i < 6; i++) {
        const e = normalCdf(x) - tail;
        const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
        const step = u / (1 + (x * u) / 2);
        x -= step;
        if (Math.abs(step) < 1e-16 * Math.max(1, Math.abs(x)))
            break;
    }
    return upper ? -x : x;
}


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ StatsInputError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);

/**
 * An argument to a statistics function that the function cannot compute with: an empty sample,
 * a NaN or infinite value, arrays of different lengths, a negative count. The message names the
 * argument; `fix` says what to pass instead.
 */
class StatsInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    argument;
    constructor(
    /** The name of the offending argument, as in the function's signature. */
    argument, problem, fix) {
        super(`${argument}: ${problem}`, fix);
        this.argument = argument;
    }
}


/***/ }),

/***/ 5091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aO: () => (/* binding */ openProbability),
/* harmony export */   af: () => (/* binding */ roundHalfEven),
/* harmony export */   d1: () => (/* binding */ nonNegativeCounts),
/* harmony export */   io: () => (/* binding */ checkChoice),
/* harmony export */   mW: () => (/* binding */ finiteSample),
/* harmony export */   qP: () => (/* binding */ checkAlternative),
/* harmony export */   ws: () => (/* binding */ clipProbability)
/* harmony export */ });
/* harmony import */ var _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);

/** Copies a sample into a Float64Array, refusing empty samples and non-finite values. */
function finiteSample(argument, values, minLength = 1) {
    if (values === null || typeof values !== "object" || typeof values.length !== "number") {
        throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, "is not an array", "pass an array of finite numbers");
    }
    if (values.length < minLength) {
        throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `has ${values.length} value(s), at least ${minLength} needed`, `pass a sample of at least ${minLength} finite number(s)`);
    }
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== "number" || !Number.isFinite(v)) {
            throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `value at index ${i} is ${String(v)}`, "remove missing and non-finite values before testing");
        }
        out[i] = v;
    }
    return out;
}
/** Non-negative finite counts (or frequencies); at least `minLength` of them. */
function nonNegativeCounts(argument, values, minLength = 1) {
    const out = finiteSample(argument, values, minLength);
    for (let i = 0; i < out.length; i++) {
        if (out[i] < 0) {
            throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `value at index ${i} is negative (${out[i]})`, "pass counts or frequencies, which are never negative");
        }
    }
    return out;
}
/** A probability strictly between 0 and 1, such as a significance level. */
function openProbability(argument, value) {
    if (typeof value !== "number" || !(value > 0 && value < 1)) {
        throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `is ${String(value)}, not strictly between 0 and 1`, "pass a level such as 0.05");
    }
    return value;
}
/** Checks an `alternative` option. */
function checkAlternative(value) {
    if (value === undefined)
        return "two-sided";
    if (value === "two-sided" || value === "less" || value === "greater")
        return value;
    throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y("alternative", `is ${JSON.stringify(value)}`, "use 'two-sided', 'less' or 'greater'");
}
/** Checks a string option against its allowed values. */
function checkChoice(argument, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === "string" && allowed.includes(value))
        return value;
    throw new _stats_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .StatsInputError */ .y(argument, `is ${JSON.stringify(value)}`, `use one of ${allowed.map((a) => `'${a}'`).join(", ")}`);
}
/** Clamps a probability into [0, 1], as scipy's `np.clip(p, 0, 1)`. */
function clipProbability(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** numpy's `np.round`: round half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}


/***/ })

};
