export const id = 701;
export const ids = [701];
export const modules = {

/***/ 9328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pm: () => (/* binding */ pairedProportionEvidence),
  Jo: () => (/* binding */ proportionEstimate)
});

// UNUSED EXPORTS: countPairedOutcomes

// EXTERNAL MODULE: ./shared/dist/engine/stats/gamma-functions.js
var gamma_functions = __webpack_require__(3228);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/binomial-distribution.js

/**
 * Binomial cumulative distribution Pr(X <= k) for X ~ Binomial(n, p) (scipy `binom.cdf`), by
 * direct summation of the probability mass from the largest included term outwards; each term
 * comes from its neighbour by the ratio (n - i + 1) p / (i (1 - p)), so no cancellation occurs.
 */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (p === 0)
        return 1;
    if (p === 1)
        return 0;
    // Sum the smaller tail for accuracy.
    const mode = Math.floor((n + 1) * p);
    if (k >= mode)
        return 1 - binomialCdfTail(k + 1, n, p);
    let term = Math.exp(logBinomialPmf(k, n, p));
    let sum = term;
    for (let i = k; i > 0 && term > sum * 1e-18; i--) {
        term *= (i * (1 - p)) / ((n - i + 1) * p);
        sum += term;
    }
    return Math.min(sum, 1);
}
/** Pr(X >= k). */
function binomialCdfTail(k, n, p) {
    let term = Math.exp(logBinomialPmf(k, n, p));
    let sum = term;
    for (let i = k; i < n && term > sum * 1e-18; i++) {
        term *= ((n - i) * p) / ((i + 1) * (1 - p));
        sum += term;
    }
    return Math.min(sum, 1);
}
/** log Pr(X = k) for X ~ Binomial(n, p), through log-gamma so that large n cannot overflow. */
function logBinomialPmf(k, n, p) {
    return ((0,gamma_functions/* logGamma */.SX)(n + 1) -
        (0,gamma_functions/* logGamma */.SX)(k + 1) -
        (0,gamma_functions/* logGamma */.SX)(n - k + 1) +
        k * Math.log(p) +
        (n - k) * Math.log1p(-p));
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(5428);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/mcnemar.js



/**
 * McNemar's test for paired binary outcomes, matching statsmodels
 * `stats.contingency_tables.mcnemar(table, exact, correction)`. Only the discordant cells
 * b = table[0][1] and c = table[1][0] matter:
 * - exact (default): statistic = min(b, c), pValue = min(1, 2 Pr(Binomial(b + c, 1/2) <= min(b, c)));
 * - chi-square: statistic = (|b - c| - k)^2 / (b + c) with k = 1 under the continuity correction
 *   (default) and 0 without, pValue = chi2.sf(statistic, 1).
 * With no discordant pairs (b + c = 0), where statsmodels divides 0 by 0, the result is
 * statistic 0 and pValue 1: nothing disagrees. Reference: McNemar (1947); Agresti (2013), 11.1.
 */
function mcnemar(table, options = {}) {
    if (!Array.isArray(table) ||
        table.length !== 2 ||
        !table.every((r) => Array.isArray(r) && r.length === 2)) {
        throw new stats_input_error/* StatsInputError */.y("table", "is not a 2x2 table", "pass [[a, b], [c, d]]");
    }
    for (const v of table.flat()) {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
            throw new stats_input_error/* StatsInputError */.y("table", `holds ${String(v)}`, "pass non-negative finite counts");
        }
    }
    const b = table[0][1];
    const c = table[1][0];
    if (options.exact !== false) {
        const statistic = Math.min(b, c);
        return { statistic, pValue: Math.min(1, 2 * binomialCdf(statistic, b + c, 0.5)) };
    }
    if (b + c === 0)
        return { statistic: 0, pValue: 1 };
    const k = options.correction === false ? 0 : 1;
    const statistic = (Math.abs(b - c) - k) ** 2 / (b + c);
    return { statistic, pValue: (0,gamma_functions/* chiSquareSf */.To)(statistic, 1) };
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/normal-distribution.js
var normal_distribution = __webpack_require__(6233);
// EXTERNAL MODULE: ./shared/dist/engine/stats/validate.js
var validate = __webpack_require__(5091);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/paired-proportion-difference.js



function checkPairs(pairs) {
    const { firstOnly, secondOnly, total } = pairs;
    for (const [name, value] of [
        ["firstOnly", firstOnly],
        ["secondOnly", secondOnly],
        ["total", total],
    ]) {
        // Effective counts of weighted pairs need not be whole.
        if (!Number.isFinite(value) || value < 0) {
            throw new stats_input_error/* StatsInputError */.y(name, `is ${String(value)}`, "pass a count of pairs from 0 up");
        }
    }
    if (!(total > 0) || firstOnly + secondOnly > total) {
        throw new stats_input_error/* StatsInputError */.y("total", `is ${total} with ${firstOnly + secondOnly} discordant pairs`, "pass at least one pair and no more discordant pairs than pairs");
    }
}
/**
 * p12 + p21 - d^2, the variance of one pair's (second - first) under H0: p2 - p1 = d, at the
 * maximum-likelihood estimates restricted to H0 (p12 = p21 + d): the restricted p21 is the
 * larger root of 2N q^2 + B q + C = 0, B = -x - y + (2N - x + y) d, C = -y d (1 - d), with
 * x = secondOnly, y = firstOnly (Tango 1998). When B > 0 the root is taken in the form
 * -2C / (sqrt(B^2 - 8NC) + B), which does not cancel.
 */
function restrictedVariance(x, y, n, d) {
    const b = -x - y + (2 * n - x + y) * d;
    const c = -y * d * (1 - d);
    const root = Math.sqrt(b * b - 8 * n * c);
    const q = b > 0 ? (-2 * c) / (root + b) : (root - b) / (4 * n);
    return 2 * q + d * (1 - d);
}
/**
 * Tango's score statistic for H0: p2 - p1 = d, where p1 and p2 are the success rates of two
 * outcomes observed on the same pairs (Tango 1998, "Equivalence test and confidence interval for
 * the difference in proportions for the paired-sample design", Statistics in Medicine 17,
 * 891-908):
 *
 *   Z(d) = (x - y - N d) / sqrt(N (2 q + d (1 - d))),
 *
 * with x = secondOnly, y = firstOnly, N pairs and q the restricted estimate of p21 above. Large
 * Z speaks for p2 - p1 > d. At d = 0 it is McNemar's statistic (x - y) / sqrt(x + y) without a
 * continuity correction, so the interval below and McNemar's test agree on whether the
 * difference is zero.
 */
function pairedDifferenceScore(pairs, difference) {
    checkPairs(pairs);
    if (!(difference >= -1 && difference <= 1)) {
        throw new stats_input_error/* StatsInputError */.y("difference", `is ${String(difference)}`, "pass a difference of proportions between -1 and 1");
    }
    return score(pairs, difference);
}
function score({ firstOnly, secondOnly, total }, d) {
    const numerator = secondOnly - firstOnly - total * d;
    const variance = total * restrictedVariance(secondOnly, firstOnly, total, d);
    if (variance > 0)
        return numerator / Math.sqrt(variance);
    return numerator === 0 ? 0 : numerator * Infinity;
}
/**
 * Tango's asymptotic score interval for p2 - p1 on paired data: the differences d whose score
 * |Z(d)| stays below Phi^-1(1 - (1 - level) / 2), found by bisection (Z falls as d rises). It
 * holds its level well from small samples on and is one of the intervals Fagerland, Lydersen &
 * Laake (2014, Statistics in Medicine 33, 2850-2875) recommend for paired proportions; unlike
 * the Wald interval it is never empty or degenerate when no pair is discordant.
 */
function pairedDifferenceInterval(pairs, options = {}) {
    checkPairs(pairs);
    const level = (0,validate/* openProbability */.aO)("confidenceLevel", options.confidenceLevel ?? 0.95);
    const z = (0,normal_distribution/* normalQuantile */.Zl)(1 - (1 - level) / 2);
    const estimate = (pairs.secondOnly - pairs.firstOnly) / pairs.total;
    return {
        estimate,
        lower: crossing(pairs, z, -1, estimate),
        upper: crossing(pairs, -z, estimate, 1),
    };
}
/** The d in [from, to] where the falling score Z(d) crosses `target`. */
function crossing(pairs, target, from, to) {
    if (score(pairs, from) <= target)
        return from;
    if (score(pairs, to) >= target)
        return to;
    let low = from;
    let high = to;
    // 60 halvings of an interval no wider than 2 reach the spacing of doubles near 1.
    for (let i = 0; i < 60 && high - low > 0; i++) {
        const mid = (low + high) / 2;
        if (score(pairs, mid) > target)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/wilson-interval.js



/**
 * Wilson score interval for a binomial proportion, matching statsmodels
 * `proportion_confint(count, nobs, alpha, method="wilson")`:
 *
 *   z = Phi^-1(1 - alpha/2), p = count / nobs, d = 1 + z^2 / n,
 *   center = (p + z^2 / (2n)) / d,  half = z sqrt(p (1 - p) / n + z^2 / (4 n^2)) / d,
 *   [center - half, center + half], clipped to [0, 1].
 *
 * Reference: Wilson (1927), J. Amer. Statist. Assoc. 22, 209-212.
 */
function wilsonInterval(successes, trials, options = {}) {
    const level = (0,validate/* openProbability */.aO)("confidenceLevel", options.confidenceLevel ?? 0.95);
    // An effective number of weighted trials need not be whole.
    if (!Number.isFinite(trials) || !(trials > 0)) {
        throw new stats_input_error/* StatsInputError */.y("trials", `is ${String(trials)}`, "pass a count above 0");
    }
    if (!Number.isFinite(successes) || successes < 0 || successes > trials) {
        throw new stats_input_error/* StatsInputError */.y("successes", `is ${String(successes)}`, `pass a count between 0 and trials (${trials})`);
    }
    const z = (0,normal_distribution/* normalQuantile */.Zl)(1 - (1 - level) / 2);
    const z2 = z * z;
    const p = successes / trials;
    const denom = 1 + z2 / trials;
    const center = (p + z2 / (2 * trials)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
    return {
        estimate: p,
        lower: Math.max(0, center - half),
        upper: Math.min(1, center + half),
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-proportions.js





/** Below this many discordant pairs McNemar's test is exact (binomial), as statsmodels advises. */
const EXACT_BELOW = 25;
/** Tallies per-example outcomes (1 or true: right; 0 or false: wrong) of the two models. */
function countPairedOutcomes(championCorrect, challengerCorrect) {
    if (championCorrect.length !== challengerCorrect.length) {
        throw new StatsInputError("challengerCorrect", `has ${challengerCorrect.length} outcomes, the champion's ${championCorrect.length}`, "pass one outcome per example for both models, in the same order");
    }
    const cells = [0, 0, 0, 0];
    const bit = (argument, v, i) => {
        if (v === 1 || v === true)
            return 1;
        if (v === 0 || v === false)
            return 0;
        throw new StatsInputError(argument, `holds ${String(v)} at index ${i}`, "pass 1/true or 0/false");
    };
    for (let i = 0; i < championCorrect.length; i++) {
        const cell = 2 * bit("championCorrect", championCorrect[i], i) +
            bit("challengerCorrect", challengerCorrect[i], i);
        cells[cell]++;
    }
    const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells;
    return { bothCorrect, championOnly, challengerOnly, neitherCorrect };
}
/**
 * The evidence for an accuracy-like proportion (the share of examples a model gets right) of
 * two models on the same examples. The difference's tests and interval are Tango's score
 * method for paired proportions, which needs only the discordant pairs and reduces to McNemar's
 * test at a difference of 0; the challenger's own are Wilson's score test and interval.
 */
function pairedProportionEvidence(outcomes) {
    const { bothCorrect, championOnly, challengerOnly, neitherCorrect } = outcomes;
    const examples = bothCorrect + championOnly + challengerOnly + neitherCorrect;
    if (examples === 0) {
        return {
            method: "mcnemar",
            examples,
            champion: null,
            challenger: null,
            insufficient: "no examples",
        };
    }
    const pairs = { firstOnly: championOnly, secondOnly: challengerOnly, total: examples };
    const discordant = championOnly + challengerOnly;
    return {
        method: "mcnemar",
        examples,
        champion: (bothCorrect + championOnly) / examples,
        challenger: proportionEstimate(bothCorrect + challengerOnly, examples),
        delta: differenceEstimate(pairs),
        noDifferencePValue: mcnemar([
            [bothCorrect, championOnly],
            [challengerOnly, neitherCorrect],
        ], 
        // The exact test counts whole pairs; weighted effective counts take the chi-square.
        {
            exact: discordant < EXACT_BELOW &&
                Number.isInteger(championOnly) &&
                Number.isInteger(challengerOnly),
            correction: false,
        }).pValue,
    };
}
/**
 * A proportion with the score test that Wilson's interval inverts, z = (p - t) / sqrt(t (1 - t) / n).
 * At t = 0 or 1 the null has no spread: any other value refutes it, the same value does not.
 */
function proportionEstimate(successes, trials) {
    const value = successes / trials;
    const z = (t) => (value - t) / Math.sqrt((t * (1 - t)) / trials);
    return {
        value,
        standardError: Math.sqrt((value * (1 - value)) / trials),
        standardErrorAt: (t) => Math.sqrt((t * (1 - t)) / trials),
        smallestPValue: 0,
        pAbove: (t) => (t < 0 ? 0 : t >= 1 ? 1 : t === 0 ? Number(value === 0) : (0,normal_distribution/* normalSf */.nG)(z(t))),
        pBelow: (t) => (t > 1 ? 0 : t <= 0 ? 1 : t === 1 ? Number(value === 1) : (0,normal_distribution/* normalCdf */.vr)(z(t))),
        interval: (tail) => wilsonInterval(successes, trials, { confidenceLevel: 1 - 2 * tail }),
    };
}
/** challenger - champion with Tango's score test and interval. */
function differenceEstimate(pairs) {
    const { firstOnly, secondOnly, total } = pairs;
    const value = (secondOnly - firstOnly) / total;
    const score = (t) => pairedDifferenceScore(pairs, t);
    return {
        value,
        // The Wald standard error, (p12 + p21 - d^2) / n, for sizing detectable effects.
        standardError: Math.sqrt(Math.max(0, (firstOnly + secondOnly) / total - value * value) / total),
        smallestPValue: 0,
        pAbove: (t) => (t < -1 ? 0 : t >= 1 ? 1 : (0,normal_distribution/* normalSf */.nG)(score(t))),
        pBelow: (t) => (t > 1 ? 0 : t <= -1 ? 1 : (0,normal_distribution/* normalCdf */.vr)(score(t))),
        interval: (tail) => pairedDifferenceInterval(pairs, { confidenceLevel: 1 - 2 * tail }),
    };
}


/***/ }),

/***/ 6459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ boundsOf),
/* harmony export */   j: () => (/* binding */ comparisonOf)
/* harmony export */ });
/* harmony import */ var _contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7928);

const margin = (amount) => typeof amount === "number" ? { absolute: amount } : { relative: (0,_contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShare */ .n)(amount) };
/** The comparison a policy rule asks for: superiority when it names an improvement, else non-inferiority. */
function comparisonOf(rule) {
    if (rule["min-improvement"] !== undefined)
        return { test: "superiority", margin: margin(rule["min-improvement"]) };
    if (rule["max-regression"] !== undefined)
        return { test: "non-inferiority", margin: margin(rule["max-regression"]) };
    return undefined;
}
/** A policy rule's absolute bounds, when it has any. */
function boundsOf(rule) {
    return rule.min === undefined && rule.max === undefined
        ? undefined
        : {
            ...(rule.min === undefined ? {} : { min: rule.min }),
            ...(rule.max === undefined ? {} : { max: rule.max }),
        };
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   To: () => (/* binding */ chiSquareSf)
/* harmony export */ });
/* unused harmony exports regularizedGammaP, regularizedGammaQ */
/**
 * Log-gamma and the regularised incomplete gamma functions, and the chi-square survival
 * function built on them.
 *
 * logGamma: Lanczos approximation (g = 7, 9 coefficients; Lanczos 1964, coefficients as in
 * Numerical Recipes / Godfrey), about 1e-15 relative accuracy, reflection for x < 0.5.
 * P(a, x) by its power series for x < a + 1, Q(a, x) by Legendre's continued fraction otherwise
 * (Numerical Recipes, 3rd ed., 6.2 `gser`/`gcf`), iterated to machine precision.
 */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** ln |Gamma(x)| for x > 0 (and non-integer x < 0). */
function logGamma(x) {
    if (x < 0.5) {
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function prefactor(a, x) {
    return Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function series(a, x) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * 1e-17)
            break;
    }
    return sum * prefactor(a, x);
}
function continuedFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return prefactor(a, x) * h;
}
/** Regularised lower incomplete gamma P(a, x) = gamma(a, x) / Gamma(a). */
function regularizedGammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x < a + 1)
        return series(a, x);
    return 1 - continuedFraction(a, x);
}
/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), accurate in the upper tail. */
function regularizedGammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (x < a + 1)
        return 1 - series(a, x);
    return continuedFraction(a, x);
}
/** Chi-square survival function with `dof` degrees of freedom (scipy `chi2.sf`). */
function chiSquareSf(statistic, dof) {
    if (statistic === Infinity)
        return 0;
    return regularizedGammaQ(dof / 2, statistic / 2);
}


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SeededRandom)
/* harmony export */ });
/**
 * A small deterministic pseudo-random generator: xoshiro128** (Blackman & Vigna 2018,
 * "Scrambled linear pseudorandom number generators"), seeded through splitmix32 so that any
 * integer seed gives a well-mixed state. Same seed, same sequence, on every platform.
 */
class SeededRandom {
    // Words at or above 2^31 are not small integers to V8: kept in object fields they are boxed
    // on every step, which made a draw 14 times slower than in a Uint32Array.
    state = new Uint32Array(4);
    constructor(seed) {
        let x = seed >>> 0;
        const next = () => {
            x = (x + 0x9e3779b9) >>> 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        for (let i = 0; i < 4; i++)
            this.state[i] = next();
    }
    /** The next 32-bit unsigned integer. */
    nextUint32() {
        const s = this.state;
        const s0 = s[0];
        const s1 = s[1];
        const s2 = s[2];
        const s3 = s[3];
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s[1] = s1 ^ n2;
        s[0] = s0 ^ n3;
        s[2] = n2 ^ t;
        s[3] = rotl(n3, 11);
        return result;
    }
    /** A uniform number in [0, 1) with 53 random bits, from two draws. */
    nextDouble() {
        return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
    }
    /** A uniform integer in [0, n), n <= 2^32 (multiply-shift; bias below n / 2^32). */
    nextInt(n) {
        return Math.floor((this.nextUint32() / 4294967296) * n);
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluatePredictions: () => (/* binding */ evaluatePredictions)
});

// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/missing-column.js
var missing_column = __webpack_require__(2038);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-registry.js + 5 modules
var metric_registry = __webpack_require__(4532);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-error.js
var data_error = __webpack_require__(8991);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/class-space.js





/** Numbers by value, anything else by UTF-16 code units, as `Array.prototype.sort`. */
function sortClasses(names, numeric) {
    const list = [...names];
    return numeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}
/** A class name as errors quote it. */
const quoted = (name) => `'${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
/** Class names as an error lists them: the first ten. */
const classList = (classes) => classes.slice(0, 10).map(quoted).join(", ") + (classes.length > 10 ? ", ..." : "");
/**
 * The names of the label columns first (each file's, as the labels are the truth), then of the
 * prediction columns, each column's in the order its file writes them. A column not read from a
 * file has no order but its names'.
 */
function* namesInOrder(files) {
    const columns = [
        ...files.map((file) => ({ file, column: file.labels })),
        ...files.flatMap((file) => (file.predictions ? [{ file, column: file.predictions }] : [])),
    ];
    for (const { file, column } of columns) {
        const at = column.firstCells?.at;
        const codes = column.names.map((_, code) => code);
        if (at)
            codes.sort((a, b) => at[a] - at[b]);
        for (const code of codes)
            yield { file, column, code, name: column.names[code] };
    }
}
/** The error at the first cell of a name, or of its file where the column was read from none. */
const refuseAt = (cell, problem, fix) => cell.column.firstCells
    ? cell.column.firstCells.refuse(cell.code, problem, fix)
    : new data_error/* DataError */.fL(cell.file.file, problem, fix);
/** The first value that makes a third class, in the order of `namesInOrder`. */
function thirdClass(files) {
    const seen = [];
    for (const cell of namesInOrder(files)) {
        if (seen.includes(cell.name))
            continue;
        if (seen.length === 2)
            return { ...cell, two: seen };
        seen.push(cell.name);
    }
    return undefined;
}
/** Whether a class name is written as a number, so that classes sort as numbers. */
const writtenAsNumber = (name) => name.trim() !== "" && Number.isFinite(Number(name));
/**
 * "Did you mean ...? " for a class name that is not one of `classes`, saying how it differs from
 * the one it likely means: only by spaces or case (`'Barolo '`, `'barolo'` for `'Barolo'`), a
 * mistake no reader of the file sees; only as the number is written (`1.0` for `1`); or by a
 * typo. "" where no class is near.
 */
function nearClass(name, classes) {
    const how = (known) => {
        const same = writtenAsNumber(known) && writtenAsNumber(name) && Number(known) === Number(name);
        return ((0,closest_name/* spacesOrCase */.xl)(name, known) ?? (same ? "it is the same number written otherwise" : undefined));
    };
    for (const known of classes) {
        const differs = how(known);
        if (differs)
            return `Did you mean ${quoted(known)} (${differs})? `;
    }
    return (0,closest_name/* didYouMean */.au)(name, classes, quoted, false);
}
/**
 * Refuses a label or predicted class for which no file has a probability column, where a file
 * has one per class: those columns say what the classes are, so a value beyond them (most often
 * a class spelt with a stray space or in another case) is a mistake in the cell that writes it,
 * not a column that the files lack. Refused at that cell, whatever the metrics read.
 */
function refuseUnscoredClass(files) {
    const scored = files.filter((file) => file.scores?.kind === "per-class");
    const known = new Set(scored.flatMap((file) => (file.scores?.kind === "per-class" ? file.scores.classes : [])));
    // One such column alone may be the positive class's of two, which names no other class.
    if (known.size < 2)
        return;
    const classes = sortClasses(known, [...known].every(writtenAsNumber));
    // Named by role, not path: the files are paths here, shown otherwise where the error is told.
    const whose = (file) => {
        const other = scored.some((f) => f !== file);
        return scored.includes(file) ? (other ? "both files'" : "this file's") : "the other file's";
    };
    for (const cell of namesInOrder(files)) {
        if (known.has(cell.name))
            continue;
        throw refuseAt(cell, `${quoted(cell.name)} is not one of the classes (${classList(classes)}), those of ${whose(cell.file)} probability columns <score>_<class>`, `${nearClass(cell.name, classes)}Write the class as its probability column names it; if ${quoted(cell.name)} is a class of its own, give it a probability column in each file`);
    }
}
/**
 * The codes of the classes whose probability columns a file of per-class columns must have: the
 * positive class's of two, else every class's.
 */
const scoredClasses = (space) => space.positive >= 0 ? [space.positive] : space.classes.map((_, code) => code);
/** The classes a file's probability columns `<score>_<class>` name; none for other scores. */
const perClassOf = (file) => file.scores?.kind === "per-class" ? file.scores.classes : [];
/**
 * Refuses a probability column of a class that no label or predicted class is, where only one
 * file has it: either that file has a column of a class the task does not have, or the other
 * lacks one of a class these rows happen not to hold (a sample of a task of many classes), and
 * the files cannot tell which, so both are named with both fixes. For a class that a label or
 * prediction is, the file without its column is refused for lacking it (`alignScores`). Not
 * with two classes: the one scored then is the positive class, a class of the task whatever the
 * rows hold (a batch of negatives alone).
 */
function refuseOddScoreColumn(files, space) {
    if (space.positive >= 0)
        return;
    const written = new Set(files.flatMap((file) => [...file.labels.names, ...(file.predictions?.names ?? [])]));
    const scored = files.filter((file) => file.scores?.kind === "per-class");
    for (const file of scored) {
        for (const code of scoredClasses(space)) {
            const name = space.classes[code];
            if (written.has(name) || perClassOf(file).includes(name))
                continue;
            const odd = scored.find((other) => perClassOf(other).includes(name));
            if (odd === undefined)
                continue;
            throw new data_error/* DataError */.fL(file.file, `has no probability column for class ${quoted(name)}, which the other file, ${(0,external_node_path_.basename)(odd.file)}, has, and no label or predicted class of either file is ${quoted(name)}`, `If ${quoted(name)} is a class of the task, add its column to this file as the other names it; if it is not (a class the model knows and the task does not), drop the column from the other file`);
        }
    }
}
/**
 * One score column with more than two classes: refused at the first value of a third class
 * (its file, line and column), which is the mistake when the task has two classes, with the
 * form of scores a task of more classes needs.
 */
function thirdClassError(files, scored, classes) {
    const perClass = "give one probability column per class, named <score>_<class>, or a JSON list per row";
    const third = thirdClass(files);
    // A third class named only by the probability columns of the other file: no cell to point at.
    if (third === undefined) {
        return new data_error/* DataError */.fL(scored.file, `has one score column, the probability of the positive class of two, but there are ${classes.length} classes`, perClass.charAt(0).toUpperCase() + perClass.slice(1));
    }
    const whose = third.file.scores?.kind === "positive" ? "its" : `${scored.file}'s`;
    const problem = `${quoted(third.name)} is a third class, after ${third.two.map(quoted).join(" and ")}, but ${whose} one score column is the probability of the positive class of two`;
    const fix = `Write ${third.two.map(quoted).join(" or ")} there if the task has two classes; if it has more, ${perClass}`;
    return refuseAt(third, problem, `${nearClass(third.name, third.two)}${fix}`);
}
/**
 * The classes are those of the labels, the predicted classes and the score columns of every file,
 * as scikit-learn's `unique_labels` takes both the true and the predicted ones. With one score
 * column (the positive class's probability) there must be two classes. Where the data shows only
 * one class, the positive label, when given, is added, and a lone 0 or 1 is completed to 0/1.
 */
function classSpace(files, options = {}) {
    refuseUnscoredClass(files);
    const names = new Set();
    let numeric = true;
    let onePositiveColumn = false;
    for (const file of files) {
        for (const column of [file.labels, file.predictions]) {
            if (column === undefined)
                continue;
            for (const name of column.names)
                names.add(name);
            numeric &&= column.numeric;
        }
        if (file.scores?.kind === "per-class") {
            for (const name of file.scores.classes) {
                names.add(name);
                numeric &&= writtenAsNumber(name);
            }
        }
        if (file.scores?.kind === "positive")
            onePositiveColumn = true;
    }
    const { positiveLabel } = options;
    if (positiveLabel !== undefined && names.size < 2) {
        names.add(positiveLabel);
        numeric &&= String(Number(positiveLabel)) === positiveLabel;
    }
    if (onePositiveColumn && names.size === 1 && numeric) {
        for (const bit of ["0", "1"])
            names.add(bit);
    }
    const classes = sortClasses(names, numeric);
    if (onePositiveColumn && classes.length !== 2) {
        const file = files.find((f) => f.scores?.kind === "positive");
        if (classes.length > 2)
            throw thirdClassError(files, file, classes);
        throw new data_error/* DataError */.fL(file.file, `has one score column, the probability of the positive class of two, but the labels and predictions have ${classes.length} classes`, "Set the positive label, so that the two classes are known");
    }
    const codeOf = new Map(classes.map((name, code) => [name, code]));
    let positive = -1;
    if (classes.length === 2) {
        positive = positiveLabel === undefined ? 1 : (codeOf.get(positiveLabel) ?? -1);
    }
    if (positiveLabel !== undefined && positive < 0) {
        throw new errors/* InputError */.dz(options.positiveLabelInput ?? "positive-label", `${quoted(positiveLabel)} is not one of two classes (the classes are ${classList(classes)})`, "Name the positive class as the label column writes it, for a task of two classes");
    }
    refuseOddScoreColumn(files, { classes, positive });
    return { classes, positive, codeOf };
}

// EXTERNAL MODULE: ./shared/dist/engine/data/parse-cell.js
var parse_cell = __webpack_require__(2646);
// EXTERNAL MODULE: ./shared/dist/engine/data/typed-arrays.js
var typed_arrays = __webpack_require__(1393);
// EXTERNAL MODULE: ./shared/dist/engine/data/text-bytes.js
var text_bytes = __webpack_require__(1837);
// EXTERNAL MODULE: ./shared/dist/engine/release-array.js
var release_array = __webpack_require__(7272);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/id-column.js



/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer, as the data engine's string dictionary
 * hashes cells: ids such as `id0000001`, `id0000002` differ in their last bytes only, and the
 * mixer spreads those over every bit of the slot. A signed 32-bit integer, which V8 keeps
 * unboxed where an unsigned one above 2^31 would be a heap object per call.
 */
function hashBytes(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * The ids of a file's rows, end to end as the bytes of their text (UTF-8, see `text-bytes.ts`)
 * in one array with each one's start: a million ids take a few bytes each rather than a string
 * object each, and pairing compares bytes through its own hash table, without a `Map` of
 * strings. Hashes are computed when asked for, once or twice per id, rather than kept.
 */
class IdColumn {
    length;
    bytes;
    starts;
    /** Made by `IdColumnBuilder`, or `IdColumn.from(strings)`. */
    constructor(length, bytes, 
    /** Id i is `bytes[starts[i], starts[i + 1])`. */
    starts) {
        this.length = length;
        this.bytes = bytes;
        this.starts = starts;
    }
    static from(ids) {
        const builder = new IdColumnBuilder();
        for (const id of ids)
            builder.push(id);
        return builder.finish();
    }
    /** Id `i` as text. */
    get(i) {
        return (0,text_bytes/* textOfBytes */.gm)(this.bytes, this.starts[i], this.starts[i + 1]);
    }
    /** Frees the ids' memory, for a caller done with them: the column is unusable afterwards. */
    release() {
        (0,release_array/* releaseArrays */.E)(this.bytes, this.starts);
    }
    /** The hash of id `i`'s bytes. */
    hash(i) {
        return hashBytes(this.bytes, this.starts[i], this.starts[i + 1]);
    }
    /** Whether id `i` equals id `j` of `other`, byte for byte. */
    equals(i, other, j) {
        const start = this.starts[i];
        const length = this.starts[i + 1] - start;
        const otherStart = other.starts[j];
        if (other.starts[j + 1] - otherStart !== length)
            return false;
        const a = this.bytes;
        const b = other.bytes;
        for (let k = 0; k < length; k++)
            if (a[start + k] !== b[otherStart + k])
                return false;
        return true;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
}
/**
 * Fills an `IdColumn` one id at a time. With an estimate of the rows, its arrays grow to them
 * (the bytes at the mean length of the ids so far) rather than doubling.
 */
class IdColumnBuilder {
    estimate;
    bytes = new Uint8Array(1 << 16);
    starts = new Uint32Array(1 << 12);
    length = 0;
    end = 0;
    constructor(estimate) {
        this.estimate = estimate;
    }
    /** Appends the id whose text is `id`. */
    push(id) {
        const start = this.reserve((0,text_bytes/* maxTextBytes */.tu)(id));
        this.end = (0,text_bytes/* writeTextBytes */.s8)(id, this.bytes, start);
        this.close();
    }
    /** Appends the id whose bytes (as `text-bytes.ts` spells a text) are `from[start, end)`. */
    pushBytes(from, start, end) {
        const at = this.reserve(end - start);
        const bytes = this.bytes;
        // A loop, not `set(subarray)`: ids are short, and a view per id costs more.
        for (let i = start, to = at; i < end; i++, to++)
            bytes[to] = from[i];
        this.end = at + end - start;
        this.close();
    }
    /** Room for one more id of at most `length` bytes; returns where it starts. */
    reserve(length) {
        const rows = this.estimate?.capacityFor(this.length + 1);
        if (this.length + 2 > this.starts.length) {
            const old = this.starts;
            this.starts = rows ? (0,typed_arrays/* resized */.tV)(old, rows + 1) : (0,typed_arrays/* grown */.gT)(old, this.length + 2);
            (0,release_array/* releaseArrays */.E)(old);
        }
        const room = this.end + length;
        if (room > 2 ** 32)
            throw new RangeError("the ids of one file exceed 4 GiB");
        if (room > this.bytes.length) {
            const expected = rows && this.length > 0 ? Math.ceil((this.end / this.length) * rows) : 0;
            const old = this.bytes;
            this.bytes = expected >= room ? (0,typed_arrays/* resized */.tV)(old, expected) : (0,typed_arrays/* grown */.gT)(old, room);
            (0,release_array/* releaseArrays */.E)(old);
        }
        return this.end;
    }
    /** Ends the id just written. */
    close() {
        this.starts[this.length + 1] = this.end;
        this.length++;
    }
    finish() {
        const { length, end } = this;
        return new IdColumn(length, (0,typed_arrays/* trimmed */.dE)(this.bytes, end), (0,typed_arrays/* trimmed */.dE)(this.starts, length + 1));
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/column-collectors.js






/** A cell's text as an error message quotes it: JSON-quoted, cut to 40 characters. */
const column_collectors_quoted = (text) => JSON.stringify((0,shorten/* shorten */.ml)(text, 40));
/** A column of the batch; its presence was checked on the read's first batch. */
const columnOf = (batch, name) => batch.columns.get(name);
/**
 * A typed array filled batch by batch, trimmed once at the end. It grows to the estimated rows
 * of the read when they are known and enough, else it doubles.
 */
class Growing {
    array;
    estimate;
    length = 0;
    constructor(array, estimate) {
        this.array = array;
        this.estimate = estimate;
    }
    /** Room for `more` rows past the current length. */
    reserve(more) {
        const needed = this.length + more;
        if (needed > this.array.length) {
            const rows = this.estimate.capacityFor(needed);
            const old = this.array;
            this.array = rows ? (0,typed_arrays/* resized */.tV)(old, rows) : (0,typed_arrays/* grown */.gT)(old, needed);
            (0,release_array/* releaseArrays */.E)(old);
        }
        return this.array;
    }
    /** The rows filled. */
    finish() {
        return (0,typed_arrays/* trimmed */.dE)(this.array, this.length);
    }
}
const START_ROWS = 1024;
/**
 * The ids of the rows: from the id column read as bytes, or, when another role reads the same
 * column, as text.
 */
class IdCollector {
    role;
    shared;
    ids;
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.ids = new IdColumnBuilder(shared.estimate);
    }
    add(batch) {
        const bytes = batch.byteColumns?.get(this.role.column);
        if (bytes === undefined)
            return this.addText(batch);
        const { starts, missing } = bytes;
        for (let i = 0; i < batch.length; i++) {
            if (missing[i])
                throw this.missing(batch, i);
            this.ids.pushBytes(bytes.bytes, starts[i], starts[i + 1]);
        }
    }
    addText(batch) {
        const column = columnOf(batch, this.role.column);
        if ("values" in column)
            throw new Error("the id column is read as text");
        const { codes, dictionary } = column;
        for (let i = 0; i < batch.length; i++) {
            const code = codes[i];
            if (code < 0)
                throw this.missing(batch, i);
            this.ids.push(dictionary[code]);
        }
    }
    missing(batch, row) {
        return this.shared.cellError(batch, row, this.role.column, `the ${this.role.what} is missing`, "Give every row its id");
    }
    finish() {
        return this.ids.finish();
    }
}
/**
 * A column of categories (a label, a predicted class, a slice), coded in the order first seen,
 * or with `sorted` in the order of the sorted names, as the class space orders classes: pairing
 * then keeps a file's codes as they are rather than copying them through a remapping. A number
 * becomes its text (`1`, `0.5`), so that a class reads the same from any format.
 */
class CategoryCollector {
    role;
    shared;
    sorted;
    codes;
    names = [];
    /** By code: where the name is first written, so that a class found wrong later is placed. */
    firstAt = [];
    file = "";
    byText = new Map();
    byNumber = new Map();
    numeric = true;
    constructor(role, shared, sorted = false) {
        this.role = role;
        this.shared = shared;
        this.sorted = sorted;
        this.codes = new Growing(new Int32Array(START_ROWS), shared.estimate);
    }
    codeOfText(text, at) {
        let code = this.byText.get(text);
        if (code === undefined) {
            code = this.names.length;
            this.names.push(text);
            this.firstAt.push(at);
            this.byText.set(text, code);
        }
        return code;
    }
    missing(batch, row) {
        if (!this.role.required)
            return -1;
        throw this.shared.cellError(batch, row, this.role.column, `the ${this.role.what} is missing`, `Write the ${this.role.what} in every row`);
    }
    add(batch) {
        const column = columnOf(batch, this.role.column);
        const out = this.codes.reserve(batch.length);
        const at = this.codes.length;
        const lines = batch.lineNumbers;
        this.file = batch.file;
        if ("values" in column) {
            const values = column.values;
            for (let i = 0; i < batch.length; i++) {
                const value = values[i];
                if (Number.isNaN(value))
                    out[at + i] = this.missing(batch, i);
                else {
                    let code = this.byNumber.get(value);
                    if (code === undefined) {
                        code = this.codeOfText(String(value), lines[i]);
                        this.byNumber.set(value, code);
                    }
                    out[at + i] = code;
                }
            }
        }
        else {
            this.numeric = false;
            // The batch's dictionary codes, mapped once each to this column's codes.
            const remap = new Int32Array(column.dictionary.length).fill(-1);
            for (let i = 0; i < batch.length; i++) {
                const code = column.codes[i];
                if (code < 0) {
                    out[at + i] = this.missing(batch, i);
                    continue;
                }
                let mine = remap[code];
                if (mine < 0)
                    mine = remap[code] = this.codeOfText(column.dictionary[code], lines[i]);
                out[at + i] = mine;
            }
        }
        this.codes.length += batch.length;
    }
    finish() {
        const numeric = this.numeric && this.names.length > 0;
        const codes = this.codes.finish();
        if (this.sorted)
            this.sortCodes(codes, numeric);
        const { file, firstAt, role, shared } = this;
        const firstCells = {
            at: firstAt,
            refuse: (code, problem, fix) => shared.placeError(file, firstAt[code], role.column, problem, fix),
        };
        return { codes, names: this.names, numeric, firstCells };
    }
    /** Recodes the column, in place, in the order of its sorted names. */
    sortCodes(codes, numeric) {
        const names = sortClasses(this.names, numeric);
        const rank = new Map(names.map((name, code) => [name, code]));
        const recode = Int32Array.from(this.names, (name) => rank.get(name));
        if (recode.every((code, i) => code === i))
            return;
        for (let i = 0; i < codes.length; i++)
            if (codes[i] >= 0)
                codes[i] = recode[codes[i]];
        const firstAt = new Array(names.length);
        recode.forEach((code, old) => (firstAt[code] = this.firstAt[old]));
        this.names = names;
        this.firstAt = firstAt;
    }
}
/**
 * The first missing cell of each column of numbers read with missing cells allowed (a latency,
 * a cost, a per-example score), by its array (a file's, or the rows of it that paired): the models
 * are compared on the examples both have a value for, and the note that says how many lack one
 * names where the first is.
 */
const firstMissing = new WeakMap();
const missingLines = new WeakMap();
/**
 * How many missing cells' lines a column keeps: a bound on memory, past which the note leaves
 * out where the first paired one is rather than keep a line for every missing cell.
 */
const MISSING_LINES_KEPT = 1000;
/** Where the file of a column of numbers first lacks a value, if it does. */
const firstMissingCell = (values) => firstMissing.get(values);
/**
 * Keeps on `to`, the rows `rows` of a file's column `from`, where the first of them in the
 * file's order lacks a value: by its place among the file's missing cells, whose lines are kept.
 */
function keepFirstMissing(from, to, rows) {
    const cells = missingLines.get(from);
    if (cells === undefined)
        return;
    let first = -1;
    for (let i = 0; i < rows.length; i++) {
        if (Number.isNaN(to[i]) && (first < 0 || rows[i] < first))
            first = rows[i];
    }
    if (first < 0)
        return;
    let rank = 0;
    for (let row = 0; row < first && rank < cells.lines.length; row++) {
        if (Number.isNaN(from[row]))
            rank++;
    }
    if (rank < cells.lines.length)
        firstMissing.set(to, cells.cellAt(cells.lines[rank]));
}
/**
 * A column of numbers (a latency, a regression label, a probability). A string column's cells
 * are parsed, so that the first that is not a number is named; `probability` refuses a number
 * outside [0, 1], and `binary` (the metric that reads the column as right or wrong) any number
 * but 0 and 1. `rowNoted`: a missing cell is noted with its row by another collector (one
 * class's probability, of a row that `GivenClassesCheck` reads whole), not kept here.
 */
class NumberCollector {
    role;
    shared;
    values;
    /** The lines of the first missing cells (see `MissingLines`). */
    missingAt = [];
    file = "";
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.values = new Growing(new Float64Array(START_ROWS), shared.estimate);
    }
    add(batch) {
        const column = columnOf(batch, this.role.column);
        const out = this.values.reserve(batch.length);
        const at = this.values.length;
        const { required, probability, binary, weight } = this.role;
        this.file = batch.file;
        for (let i = 0; i < batch.length; i++) {
            let value;
            if ("values" in column)
                value = column.values[i];
            else {
                const code = column.codes[i];
                const text = code < 0 ? undefined : column.dictionary[code];
                value = text === undefined ? Number.NaN : (0,parse_cell/* parseNumberText */.ke)(text.trim());
                if (text !== undefined && Number.isNaN(value)) {
                    throw this.bad(batch, i, `${column_collectors_quoted(text)} is not a number`);
                }
            }
            if (Number.isNaN(value)) {
                if (required)
                    throw this.bad(batch, i, `the ${this.role.what} is missing`);
                if (!this.role.rowNoted && this.missingAt.length < MISSING_LINES_KEPT) {
                    this.missingAt.push(batch.lineNumbers[i]);
                }
            }
            else if (probability && !(value >= 0 && value <= 1)) {
                throw this.bad(batch, i, `${refusedNumber(value)} is not a probability (from 0 to 1)`);
            }
            else if (weight && !(value >= 0 && value < Infinity)) {
                throw this.bad(batch, i, `${refusedNumber(value)} is not a weight (a number from 0 up)`);
            }
            else if (binary !== undefined && value !== 0 && value !== 1) {
                throw this.bad(batch, i, `${value} is not 0 or 1, as method mcnemar of '${(0,shorten/* shorten */.ml)(binary, shorten/* REFUSAL_NAME_LIMIT */.DK)}' needs: it counts the examples each model gets right (1) or wrong (0), for McNemar's test against a champion or, for a first model, Wilson's interval of its share right`);
            }
            out[at + i] = value;
        }
        this.values.length += batch.length;
    }
    /** The values of the last `count` rows added: those of the batch just read. */
    recent(count) {
        return this.values.array.subarray(this.values.length - count, this.values.length);
    }
    fix() {
        const { probability, binary, what, required, weight } = this.role;
        if (weight) {
            return `Write each example's ${what} as a number from 0 up (0 leaves the example out), as scikit-learn's sample_weight`;
        }
        if (binary !== undefined) {
            return `Write the ${what} as 0 or 1 in every row (or leave it empty), or judge '${(0,shorten/* shorten */.ml)(binary, shorten/* REFUSAL_NAME_LIMIT */.DK)}' with method auto or bootstrap, which take any number`;
        }
        return probability
            ? `Write the ${what} as a probability from 0 to 1`
            : `Write the ${what} as a number${required ? "" : ", or leave it empty"}`;
    }
    bad(batch, row, problem) {
        return this.shared.cellError(batch, row, this.role.column, problem, this.fix());
    }
    finish() {
        const values = this.values.finish();
        const { missingAt: lines, file, role, shared } = this;
        if (lines.length > 0) {
            const cellAt = (line) => shared.placeError(file, line, role.column, `the ${role.what} is missing`, this.fix());
            missingLines.set(values, { lines, cellAt });
            firstMissing.set(values, cellAt(lines[0]));
        }
        return values;
    }
}
/**
 * The decimals a row's probabilities are taken to be written with, at the fewest: a row written
 * coarser (`0.3,0.3,0.3`) is far more often a class left out than a model printing one decimal.
 */
const FEWEST_DECIMALS = 2;
/** The least tolerance of a row's sum: float rounding and a float32 softmax stay well within. */
const LEAST_SUM_TOLERANCE = 0.01;
/**
 * The most: a row further from 1 has lost a tenth of its distribution. Rounding 1,000
 * probabilities to 3 decimals may leave up to 0.5, but then so may a top-k export, and the two
 * cannot be told apart; either way log loss would renormalise each probability by more than a
 * ninth, reading a distribution the model never gave. Written to 4 decimals, 1,000 classes leave
 * at most 0.05.
 */
const MOST_SUM_TOLERANCE = 0.1;
/**
 * How far a row of `classes` probabilities, each rounded to `decimals` decimals, may sum from 1
 * and still be one distribution: each is off by up to 0.5 10^-decimals, so the row by up to
 * 0.5 classes 10^-decimals (a 3-class softmax to 2 decimals sums to 0.99 or 1.01 in a quarter of
 * its rows), within `LEAST_SUM_TOLERANCE` and `MOST_SUM_TOLERANCE`. A row further off lacks a
 * class, was cut to the top k, or is too coarse for its classes, and metrics that read the
 * probabilities as one distribution would each read it their own way: log loss renormalises each
 * row, ROC AUC ranks the raw scores. Such a row refuses those metrics only; the predicted classes
 * (accuracy, F1) stand without it, and log loss still renormalises a rounded row, as scikit-learn
 * does.
 */
const probabilitySumTolerance = (classes, decimals) => Math.min(MOST_SUM_TOLERANCE, Math.max(LEAST_SUM_TOLERANCE, classes / 2 / 10 ** decimals));
/** The decimals past which a row's tolerance is the least whatever its decimals. */
const decimalsThatMatter = (classes) => Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / LEAST_SUM_TOLERANCE)));
/**
 * Whether `value` is a number of at most `decimals` decimals, as a file prints one: as a double,
 * or as the float32 of one written out as a double (PyTorch's `0.53` through `.tolist()`, or
 * NumPy's `astype(float64)`, is `0.5299999713897705`), which is off by far more than a double's
 * rounding.
 */
function printedWith(value, decimals) {
    const scaled = value * 10 ** decimals;
    const nearest = Math.round(scaled);
    return Math.abs(scaled - nearest) < 1e-6 || Math.fround(nearest / 10 ** decimals) === value;
}
/**
 * The decimals a row of `classes` probabilities (`at(k)`, the k-th) is written with, from
 * `FEWEST_DECIMALS` up to those that matter: the most any of them has, as a model prints them all
 * alike and drops trailing zeros (`0.5` of a row at 3 decimals).
 */
function rowDecimals(at, classes) {
    const most = decimalsThatMatter(classes);
    let decimals = FEWEST_DECIMALS;
    for (let k = 0; k < classes && decimals < most; k++) {
        while (decimals < most && !printedWith(at(k), decimals))
            decimals++;
    }
    return decimals;
}
/**
 * The slack of a row's sum for the floats it adds, by its classes: a float32 probability written
 * as a double is off from its decimals by up to 3e-8 (half its spacing below 1), so a row of
 * them by up to that many times over, which a row at the tolerance must not be refused for; the
 * sum's own rounding in doubles (0.99 - 1 is 0.010000000000000009) is far less.
 */
const sumSlack = (classes) => classes * 1e-7;
/**
 * Whether probabilities of `classes` classes (`at(k)`, the k-th) that sum to `sum` are those of
 * every class, within the slack of their floats (`sumSlack`). The decimals are read only where
 * the sum is off by more than the least tolerance.
 */
function sumsToOne(sum, classes, at) {
    if (withinLeast(sum, classes))
        return true;
    const off = Math.abs(sum - 1) - sumSlack(classes);
    return off <= probabilitySumTolerance(classes, rowDecimals(at, classes));
}
/** Whether a sum is 1 within the least tolerance: the many rows whose decimals need no reading. */
const withinLeast = (sum, classes) => Math.abs(sum - 1) - sumSlack(classes) <= LEAST_SUM_TOLERANCE;
/**
 * A row's tolerance, and why: the rounding of its decimals, or the bound that holds instead (a
 * row's decimals are read up to those that matter, so that at the least it may have more).
 */
function sumAllowance(classes, decimals) {
    const rounding = `rounding ${classes} probabilities to ${decimals} decimals`;
    const leaves = classes / 2 / 10 ** decimals;
    const reason = leaves > MOST_SUM_TOLERANCE
        ? `and no further: ${rounding} may leave more, but so does a row missing a tenth of its distribution`
        : leaves < LEAST_SUM_TOLERANCE
            ? `the least taken: ${rounding} or more leaves less`
            : `as ${rounding} leaves`;
    return `a sum within ${probabilitySumTolerance(classes, decimals)} of 1 is taken, ${reason}`;
}
/** Whether row `row` of one column per class sums to 1 (see `sumsToOne`). */
const rowSumsToOne = (columns, row) => sumsToOne(sumAt(columns, row), columns.length, (k) => columns[k][row]);
/** The decimals that keep a row of `classes` probabilities within the most tolerance. */
const decimalsNeeded = (classes) => Math.max(FEWEST_DECIMALS, Math.ceil(Math.log10(classes / 2 / MOST_SUM_TOLERANCE)));
/**
 * How many rows whose probabilities are off a file keeps the lines of: a bound on memory, past
 * which the first such row that pairs is named by its id rather than its line.
 */
const OFF_ROWS_KEPT = 1000;
/** The sum of row `row`'s probabilities, added in the order the read added them. */
function sumAt(columns, row) {
    let sum = 0;
    for (const column of columns)
        sum += column[row];
    return sum;
}
/** The index in `kept` (rows, ascending) of the first that is one of `rows`; -1 if none is. */
function firstKept(kept, rows) {
    const index = new Map(kept.map((row, k) => [row, k]));
    let first = -1;
    for (const row of rows) {
        const k = index.get(row);
        if (k !== undefined && (first < 0 || k < first))
            first = k;
    }
    return first;
}
/**
 * The rows of a file whose probabilities of every class are not one distribution, noted as they
 * are read: the first `OFF_ROWS_KEPT` by row and line, then only that there are more. Which of
 * them a metric reads is known once the files are paired, so that the row it refuses at is one
 * it reads, never one that pairs with no row of the other file.
 */
class OffSumRows {
    column;
    shared;
    rows = [];
    lines = [];
    file = "";
    /** Whether more rows are off than those kept: any further row need not be noted. */
    more = false;
    constructor(
    /** The columns' name in errors (`score_<class>`). */
    column, shared) {
        this.column = column;
        this.shared = shared;
    }
    /** Notes `row` of the file, the `index`-th of `batch`. */
    note(batch, index, row) {
        if (this.rows.length === OFF_ROWS_KEPT) {
            this.more = true;
            return;
        }
        this.file = batch.file;
        this.rows.push(row);
        this.lines.push(batch.lineNumbers[index]);
    }
    /** The rows noted, over the file's probabilities of each class; none when no row is off. */
    finish(columns) {
        if (this.rows.length === 0)
            return undefined;
        const { rows: kept, lines, more, file, column, shared } = this;
        const classes = columns.length;
        const refuse = (row, at, which = "") => {
            const sum = Number(sumAt(columns, row).toPrecision(6));
            const decimals = rowDecimals((k) => columns[k][row], classes);
            return shared.placeError(file, at, column, `the probabilities of the ${classes} classes${which} sum to ${sum}, not 1: a metric of probabilities reads those of every class as one distribution (${sumAllowance(classes, decimals)})`, `Write every class's probability in each row as the model gives it (predict_proba, a softmax): all ${classes} classes, not the top k, to at least ${decimalsNeeded(classes)} decimals, so that each row sums to 1; or gate only metrics of the predicted classes${classes > 2 ? " and top_<k>_accuracy" : ""}`);
        };
        return {
            firstOf(rows, idOf) {
                if (rows === undefined)
                    return refuse(kept[0], lines[0]);
                const k = firstKept(kept, rows);
                if (k >= 0)
                    return refuse(kept[k], lines[k]);
                if (!more)
                    return undefined;
                // Past the rows kept: the first that pairs, read again from the columns.
                let first = -1;
                for (const row of rows) {
                    if ((first < 0 || row < first) && !rowSumsToOne(columns, row))
                        first = row;
                }
                return first < 0 ? undefined : refuse(first, undefined, ` of id ${column_collectors_quoted(idOf(first))}`);
            },
        };
    }
}
/**
 * Notes the rows whose probabilities, one column per class, do not sum to 1: added after those
 * columns' collectors, it reads the rows they took of each batch. Kept, not thrown: a file
 * lacking a class's column sums to less, and is refused for the column it lacks once the classes
 * are known; and only a metric of probabilities refuses such a row, where it reads it. The rows
 * of a top-k export (`exported`, the check of the classes each row gives, added before this one)
 * are not summed: a metric of probabilities refuses the file whole.
 */
class ProbabilitySumCheck {
    classes;
    exported;
    offRows;
    rows = 0;
    constructor(column, classes, shared, exported) {
        this.classes = classes;
        this.exported = exported;
        this.offRows = new OffSumRows(column, shared);
    }
    add(batch) {
        const start = this.rows;
        this.rows += batch.length;
        if (this.exported?.exports)
            return;
        const columns = this.classes.map((collector) => collector.recent(batch.length));
        const classes = columns.length;
        for (let i = 0; i < batch.length && !this.offRows.more; i++) {
            const sum = sumAt(columns, i);
            if (withinLeast(sum, classes))
                continue;
            if (!sumsToOne(sum, classes, (k) => columns[k][i]))
                this.offRows.note(batch, i, start + i);
        }
    }
}
/**
 * A column whose cells are JSON lists of probabilities, one per class (as the data engine gives
 * a list from JSONL or Parquet, or a CSV cell holds one): split into one column per position.
 * Every list must be as long as the first.
 */
class ListScoreCollector {
    role;
    shared;
    columns;
    rows = 0;
    /** The rows whose list does not sum to 1 (see `ProbabilitySumCheck`). */
    offRows;
    constructor(role, shared) {
        this.role = role;
        this.shared = shared;
        this.offRows = new OffSumRows(role.column, shared);
    }
    add(batch) {
        const column = columnOf(batch, this.role.column);
        if ("values" in column)
            throw new Error("a list column is read as text");
        const parsed = new Array(column.dictionary.length);
        for (let i = 0; i < batch.length; i++) {
            const code = column.codes[i];
            if (code < 0)
                throw this.bad(batch, i, `the ${this.role.what} is missing`);
            const { list, off } = (parsed[code] ??= this.parse(batch, i, column.dictionary[code]));
            if (off && !this.offRows.more)
                this.offRows.note(batch, i, this.rows);
            const columns = (this.columns ??= list.map(() => new Growing(new Float64Array(START_ROWS), this.shared.estimate)));
            if (list.length !== columns.length) {
                throw this.bad(batch, i, `the list holds ${list.length} probabilities, the first row's ${columns.length}`);
            }
            list.forEach((p, k) => {
                const target = columns[k];
                target.reserve(this.rows + 1 - target.length)[this.rows] = p;
                target.length = this.rows + 1;
            });
            this.rows++;
        }
    }
    parse(batch, row, text) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            value = undefined;
        }
        const ok = Array.isArray(value) &&
            value.length > 0 &&
            value.every((p) => typeof p === "number" && p >= 0 && p <= 1);
        // pandas writes NaN as null: the classes that a top-k export leaves out are 0 in a list,
        // whose place is its class. Of two classes there is no such export (k would hold both).
        if (Array.isArray(value) && value.length > 2 && value.includes(null)) {
            throw this.shared.cellError(batch, row, this.role.column, `${column_collectors_quoted(text)} holds null, which is no probability`, "Write each class's probability from 0 to 1, in the sorted order of the classes, and 0 for each class that a top-k export leaves out");
        }
        if (!ok) {
            throw this.bad(batch, row, `${column_collectors_quoted(text)} is not a list of probabilities (from 0 to 1)`);
        }
        const list = value;
        return {
            list,
            off: !sumsToOne(list.reduce((a, b) => a + b, 0), list.length, (k) => list[k]),
        };
    }
    bad(batch, row, problem) {
        return this.shared.cellError(batch, row, this.role.column, problem, "Write the probability of the positive class as a number, or of each class as a JSON list in the sorted order of the classes");
    }
    finish() {
        return (this.columns ?? []).map((column) => column.finish());
    }
}
/**
 * A refused number as its refusal names it. The reader has parsed the cell by then, so an
 * infinity says both ways a file comes to hold one: `1e400` reads as one too.
 */
const refusedNumber = (value) => Number.isFinite(value)
    ? String(value)
    : `${value < 0 ? "-" : ""}infinity (written inf or Infinity, or a number past ±1.8e308)`;

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/align-model.js




/** The values at `rows` (the pairs' order), or the column itself when all rows are kept. */
function gather(values, rows) {
    if (rows === undefined)
        return values;
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = values[rows[i]];
    keepFirstMissing(values, out, rows);
    return out;
}
/**
 * A category column's codes at `rows`, through `remap` (its codes -> the shared codes): the
 * column itself when every row is kept and the codes are the shared ones already.
 */
function gatherCodes(codes, remap, rows) {
    if (rows === undefined && remap.every((code, i) => code === i))
        return codes;
    const n = rows === undefined ? codes.length : rows.length;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const code = codes[rows === undefined ? i : rows[i]];
        out[i] = code < 0 ? -1 : remap[code];
    }
    return out;
}
/** The class code of each of a column's names. */
const remapOf = (column, space) => Int32Array.from(column.names, (name) => space.codeOf.get(name));
/** A slice column at `rows`, its names kept. */
function gatherCategory(column, rows) {
    if (rows === undefined)
        return column;
    const identity = Int32Array.from(column.names, (_, i) => i);
    return { ...column, codes: gatherCodes(column.codes, identity, rows) };
}
/** The file's probability column of each class, in class-code order (undefined where absent). */
function scoresByClass(file, space) {
    const scores = file.scores;
    const { classes } = space;
    if (scores.kind === "positive")
        return [];
    if (scores.kind === "list") {
        if (scores.columns.length !== classes.length) {
            throw new data_error/* DataError */.fL(file.file, `the score lists hold ${scores.columns.length} probabilities, but there are ${classes.length} classes (${classList(classes)})`, "Write one probability per class, in the sorted order of the classes");
        }
        return [...scores.columns];
    }
    const byName = new Map(scores.classes.map((name, k) => [name, scores.columns[k]]));
    return classes.map((name) => byName.get(name));
}
/**
 * The first row of `rows` (those paired) whose probabilities are not one distribution, where the
 * file gives every class's (one that lacks a class's column sums to less, and is refused for the
 * column it lacks). It is kept, not thrown: only a metric that reads the probabilities as such
 * refuses it (see `probabilitySumTolerance`), while one of the predicted classes stands.
 */
function sumErrorOf(file, scores, space, rows) {
    if (scores.kind === "positive")
        return undefined;
    if (scores.kind === "per-class" && scores.classes.length !== space.classes.length) {
        return undefined;
    }
    return scores.offSums?.firstOf(rows, (row) => file.ids.get(row));
}
/** The probabilities a classifier's metrics use: the positive class's of two, else each class's. */
function alignScores(file, space, rows) {
    if (file.scores === undefined || space.classes.length < 2)
        return {};
    if (file.scores.kind === "positive") {
        return { positiveScores: gather(file.scores.values, rows) };
    }
    const byClass = scoresByClass(file, space);
    const lacking = scoredClasses(space).filter((k) => byClass[k] === undefined);
    if (lacking.length > 0) {
        throw new data_error/* DataError */.fL(file.file, `has no probability column for class ${classList(lacking.map((k) => space.classes[k]))}`, `Add a column <score>_<class> for ${space.positive >= 0 ? "the positive class" : "every class"}`);
    }
    const sumError = sumErrorOf(file, file.scores, space, rows);
    const exported = file.scores.kind === "per-class" ? file.scores.topKExport : undefined;
    return {
        ...(space.positive >= 0
            ? { positiveScores: gather(byClass[space.positive], rows) }
            : { classScores: byClass.map((column) => gather(column, rows)) }),
        ...(sumError && { probabilitySumError: sumError }),
        ...(exported && { topKExport: { ...exported, file: file.file } }),
    };
}
/**
 * The predicted class from the probabilities, as scikit-learn's `predict` takes the arg max of
 * `predict_proba`: of two classes the positive one when its probability is above 0.5, else the
 * first class with the largest probability, a class whose cell is empty (of a top-k export) left
 * out (the read refused a row with every cell empty).
 */
function predictFromScores(space, scores, n) {
    const out = new Int32Array(n);
    const { positiveScores, classScores } = scores;
    if (positiveScores) {
        const negative = 1 - space.positive;
        for (let i = 0; i < n; i++)
            out[i] = positiveScores[i] > 0.5 ? space.positive : negative;
    }
    else if (classScores) {
        for (let i = 0; i < n; i++) {
            let best = 0;
            let top = Number.NEGATIVE_INFINITY;
            for (let k = 0; k < classScores.length; k++) {
                const p = classScores[k][i];
                if (p > top) {
                    top = p;
                    best = k;
                }
            }
            out[i] = best;
        }
    }
    return out;
}
/**
 * Refuses a score that reads as the other class's probability: the rows a file predicts positive
 * score lower on average than those it predicts negative, which no threshold on the positive
 * class's probability gives. With text labels the positive class is the greater name (`stay` of
 * churn and stay), where the file's score is often P(churn): read as P(stay), its ROC AUC, log
 * loss and Brier score would be turned around without a word.
 */
function refuseReversedScores(file, space, predictions, scores) {
    const sums = [0, 0];
    const counts = [0, 0];
    for (let i = 0; i < predictions.length; i++) {
        const side = predictions[i] === space.positive ? 1 : predictions[i] >= 0 ? 0 : -1;
        if (side < 0 || Number.isNaN(scores[i]))
            continue;
        sums[side] += scores[i];
        counts[side]++;
    }
    const [negativeMean, positiveMean] = [sums[0] / counts[0], sums[1] / counts[1]];
    if (!(positiveMean < negativeMean))
        return;
    const positive = `'${(0,shorten/* shorten */.ml)(space.classes[space.positive], shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
    const negative = `'${(0,shorten/* shorten */.ml)(space.classes[1 - space.positive], shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
    throw new data_error/* DataError */.fL(file.file, `its score does not read as the probability of the positive class ${positive}: the rows it predicts ${positive} score ${positiveMean.toPrecision(3)} on average, those it predicts ${negative} ${negativeMean.toPrecision(3)}`, `If the score is the probability of ${negative}, set positive-label to ${negative} (recall, precision and F1 are then of ${negative}); if it is the confidence of the predicted class, write the probability of ${positive} as the score`);
}
/** The columns of one model every task shares, at `rows`. */
function common(file, rows, slices) {
    return {
        count: rows === undefined ? file.rowCount : rows.length,
        ...(file.latency && { latency: gather(file.latency, rows) }),
        ...(file.cost && { cost: gather(file.cost, rows) }),
        exampleScores: new Map([...file.exampleScores].map(([name, values]) => [name, gather(values, rows)])),
        slices,
    };
}
/**
 * A classifier's file at `rows`, coded in the shared class space; `labels`, when given, are the
 * other model's, known to be the same (a pair's labels agree), kept once.
 */
function classifierData(file, space, rows, slices, labels) {
    const base = common(file, rows, slices);
    const scores = alignScores(file, space, rows);
    const predictions = file.predictions
        ? gatherCodes(file.predictions.codes, remapOf(file.predictions, space), rows)
        : predictFromScores(space, scores, base.count);
    if (file.predictions && scores.positiveScores) {
        refuseReversedScores(file, space, predictions, scores.positiveScores);
    }
    return {
        task: "classification",
        ...base,
        classes: space.classes,
        positive: space.positive,
        labels: labels ?? gatherCodes(file.labels.codes, remapOf(file.labels, space), rows),
        predictions,
        predictionsFromScores: file.predictions === undefined,
        ...scores,
    };
}
/** A regressor's file at `rows`; `labels` as for `classifierData`. */
function regressorData(file, rows, slices, labels) {
    return {
        task: "regression",
        ...common(file, rows, slices),
        labels: labels ?? gather(file.labels, rows),
        predictions: gather(file.predictions, rows),
    };
}
/**
 * A file's per-example scores, latencies and costs at `rows`, whatever else it holds;
 * `unlabelled`, the files read without labels, which are why.
 */
function scoresData(file, rows, slices, unlabelled) {
    return { task: "scores", ...common(file, rows, slices), unlabelled };
}
/** Integer codes at `rows`. */
const codesAt = (codes, rows) => Int32Array.from(rows, (row) => codes[row]);
/**
 * A model's data on `rows` alone, in their order (a slice's examples): every column gathered,
 * its classes and what was found of the file kept. Where `shared` is given, its labels and
 * weights stand for this data's where the two came from the same arrays (a pair's, which share
 * them), so that they are gathered once.
 */
function modelDataAt(data, rows, shared) {
    const same = (pick) => shared && pick(data) === pick(shared.from) ? pick(shared.at) : undefined;
    const common = {
        count: rows.length,
        ...(data.latency && { latency: gather(data.latency, rows) }),
        ...(data.cost && { cost: gather(data.cost, rows) }),
        exampleScores: new Map([...data.exampleScores].map(([name, values]) => [name, gather(values, rows)])),
        slices: new Map([...data.slices].map(([name, column]) => [name, gatherCategory(column, rows)])),
        ...(data.weights && {
            weights: same((d) => d.weights) ?? gather(data.weights, rows),
        }),
    };
    if (data.task === "scores")
        return { ...data, ...common };
    const labels = same((d) => (d.task === "scores" ? undefined : d.labels));
    if (data.task === "regression") {
        return {
            ...data,
            ...common,
            labels: labels ?? gather(data.labels, rows),
            predictions: gather(data.predictions, rows),
        };
    }
    return {
        ...data,
        ...common,
        labels: labels ?? codesAt(data.labels, rows),
        predictions: codesAt(data.predictions, rows),
        ...(data.positiveScores && { positiveScores: gather(data.positiveScores, rows) }),
        ...(data.classScores && {
            classScores: data.classScores.map((scores) => gather(scores, rows)),
        }),
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/sample-weights.js





/**
 * Two files' weights of one example agree when they differ by no more than float32's rounding:
 * a weight written as a 32-bit float in one file and a 64-bit one in the other is the same.
 */
const SAME_WEIGHT = 1e-6;
/**
 * The most times the heaviest example may weigh the lightest above 0. Past about 1e16 a light
 * example adds nothing to a double's sum of heavy ones; below this bound every weight, scaled,
 * is at least 1 and at most 1e15, so that sums of weights and of their squares, and a sum's
 * square, stay finite (and no square vanishes) for any count of examples a file can hold.
 */
const MAX_WEIGHT_RATIO = 1e15;
/**
 * Sample weights scaled so that the lightest example of weight above 0 weighs 1: every metric is
 * a ratio of weighted sums and reads them the same at any scale, and a percentile, which repeats
 * each value by its weight (`columnQuantile`), then reads weights of 1 and 3 as the example
 * written once and three times, whether the file writes 1 and 3 or 0.1 and 0.3. Undefined where
 * every example weighs the same, which weighs nothing differently: the examples are then judged
 * as unweighted, by the same tests. Weights that are all 0 are refused, and so are weights
 * more than `MAX_WEIGHT_RATIO` times apart.
 */
function scaledWeights(values, file, column) {
    let [lightest, largest] = [Infinity, 0];
    for (let i = 0; i < values.length; i++) {
        const w = values[i];
        largest = Math.max(largest, w);
        if (w > 0)
            lightest = Math.min(lightest, w);
    }
    if (largest === 0) {
        throw new data_error/* DataError */.fL(file, `column ${(0,closest_name/* quoteName */.AB)(column)}: every example weighs 0, which leaves nothing to judge`, "Give the examples that count a weight above 0", undefined, undefined, column);
    }
    if (lightest === largest && !values.includes(0))
        return undefined;
    const ratio = largest / lightest;
    if (ratio > MAX_WEIGHT_RATIO) {
        // A ratio past the largest double is no number to name.
        const times = Number.isFinite(ratio) ? (0,format_number/* formatNumber */.ZV)(ratio) : "more than 1.8e308";
        throw new data_error/* DataError */.fL(file, `column ${(0,closest_name/* quoteName */.AB)(column)}: the heaviest example weighs ${times} times the lightest above 0, past the 1e15 that sums of doubles can hold apart`, "Clip the weights to a range of at most 1e15, or weigh 0 the examples that should count for nothing", undefined, undefined, column);
    }
    return values.map((w) => w / lightest);
}
/**
 * The weights of the paired examples (rows `championRows` and `challengerRows`, all in order
 * where undefined), scaled (`scaledWeights`): the challenger's, which its file must hold where
 * the gate weighs examples. A weight belongs to the example, as its label does: where the
 * champion's file holds them too, a pair whose two weights differ is refused, naming its id,
 * as the metrics of either file's would favour one model. Only ratios count, so the champion's
 * may be the challenger's times one constant (weights written as shares of their sum in one
 * file and as counts in the other): the first pair that weighs above 0 sets it.
 */
function pairedWeights(champion, challenger, championRows, challengerRows, pairs) {
    if (!challenger.weights)
        return undefined;
    const { column, values } = challenger.weights;
    const theirs = champion.weights?.values;
    let ratio = NaN;
    for (let i = 0; theirs && i < pairs; i++) {
        const mine = values[challengerRows ? challengerRows[i] : i];
        const c = championRows ? championRows[i] : i;
        const other = theirs[c];
        if (Number.isNaN(ratio) && mine > 0 && other > 0)
            ratio = other / mine;
        const scaled = mine * (Number.isNaN(ratio) ? 1 : ratio);
        if (Math.abs(scaled - other) <= SAME_WEIGHT * Math.max(scaled, other))
            continue;
        throw new data_error/* DataError */.fL(challenger.file, `column ${(0,closest_name/* quoteName */.AB)(column)}: example '${(0,shorten/* shorten */.ml)(champion.ids.get(c))}' weighs ${mine} here and ${other} in the champion's file`, `A weight belongs to the example, as its label does: write the same weights in both files${Number.isNaN(ratio) || Math.abs(ratio - 1) <= SAME_WEIGHT ? "" : ` (or the same times one constant: the champion's first weigh ${(0,format_number/* formatNumber */.ZV)(ratio)} times the challenger's)`}, or leave the column out of the champion's file (the challenger's weights then count for both)`, undefined, undefined, column);
    }
    return scaledWeights(gather(values, challengerRows), challenger.file, column);
}
const unequal = new WeakMap();
/**
 * Whether scaled weights (`scaledWeights`) weigh some examples of weight above 0 differently:
 * weights of only 0 and 1 leave some examples out and weigh the rest alike, so that the tests
 * that count examples (McNemar's, DeLong's, the cells' bootstrap) hold on the others as they are.
 */
function weighsUnequally(weights) {
    if (weights === undefined)
        return false;
    let known = unequal.get(weights);
    if (known === undefined) {
        known = weights.some((w) => w !== 0 && w !== 1);
        unequal.set(weights, known);
    }
    return known;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/data-format.js
var data_format = __webpack_require__(6862);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-batches.js + 18 modules
var read_batches = __webpack_require__(3456);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/prediction-columns.js
var prediction_columns = __webpack_require__(1896);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/absent-columns.js
var absent_columns = __webpack_require__(8664);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/given-classes.js

const FIX = "Give every class's probability on every row, or export the same top k on every row";
/** The fix of a JSON Lines key that first appears after the rows the columns are read from. */
const lateFix = (score) => `Write every class's key on the file's first row (null where the row gives no probability), or each row's probabilities as a JSON list in column '${(0,shorten/* shorten */.ml)(score, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
/** Why rows that give unlike numbers of classes are refused, after the problem found. */
const WHY = "a file gives each row's probabilities of every class, or (a top-k export) of the same number of top classes";
/** "1 of the 3 classes' probabilities is empty, this one", of a row's first empty cell. */
function emptied(empty, classes) {
    const count = `${empty} of the ${classes} classes' probabilities`;
    return empty === 1 ? `${count} is empty, this one` : `${count} are empty, this one the first`;
}
/**
 * Counts the classes whose probability each row gives, of three probability columns or more (of
 * fewer, each cell is needed), so that empty cells are read only where the file is a top-k
 * export: its first row says which it is, and every other row must give as many classes. An
 * empty cell in a file of whole rows is a slip, which the metrics of the predicted classes would
 * read as a class below those given, and is refused at its line; so are a row that gives none,
 * and an export's row that gives another number (for a class's JSON Lines key that the columns
 * lack, named as such). Added after the columns' collectors, it reads
 * the rows they took of each batch, a column at a time, into one array of counts kept across
 * batches: nothing is made per row, and the first row's place is all it keeps.
 */
class GivenClassesCheck {
    score;
    names;
    classes;
    shared;
    counts = new Int32Array(0);
    /** How many classes the file's first row gives; -1 before it is read. */
    given = -1;
    firstAt = 0;
    /** The first row's first empty cell's class; -1 where the row gives every class's. */
    firstEmpty = -1;
    file = "";
    constructor(
    /** The score column whose name, with `_`, begins each class's (`score`). */
    score, names, classes, shared) {
        this.score = score;
        this.names = names;
        this.classes = classes;
        this.shared = shared;
    }
    add(batch) {
        const n = batch.length;
        if (this.counts.length < n)
            this.counts = new Int32Array(n);
        const counts = this.counts;
        counts.fill(0, 0, n);
        const columns = this.classes.map((collector) => collector.recent(n));
        for (const values of columns) {
            for (let i = 0; i < n; i++)
                if (!Number.isNaN(values[i]))
                    counts[i]++;
        }
        for (let i = 0; i < n; i++) {
            if (counts[i] !== this.given)
                this.unlike(batch, i, counts[i], columns);
        }
    }
    /** The columns' name in errors that are of no one column (`score_<class>`). */
    get column() {
        return `${this.score}_<class>`;
    }
    /**
     * Row `i` of `batch`, which gives `count` classes, not as many as the first row (or is the
     * first): noted where it is the first row, else refused.
     */
    unlike(batch, i, count, columns) {
        const { shared, names } = this;
        const classes = columns.length;
        const late = this.given < 0 ? undefined : this.lateKey(batch, i);
        if (late) {
            const at = batch.lineNumbers[i];
            const row = at === late.line ? "the row" : shared.placeOf(at);
            throw shared.placeError(late.file, late.line, late.name, `first appears here, after the rows whose keys are the file's columns, so it is not read, and ${row} gives ${count} of the ${classes} classes' probabilities read, the first row (${shared.placeOf(this.firstAt)}) ${this.given}`, lateFix(this.score));
        }
        if (count === 0) {
            throw shared.cellError(batch, i, this.column, "every class's probability is empty", "Write each row's probabilities: of every class, or of its top classes with the rest empty or 0");
        }
        if (this.given < 0) {
            this.given = count;
            this.firstAt = batch.lineNumbers[i];
            this.firstEmpty = columns.findIndex((values) => Number.isNaN(values[i]));
            this.file = batch.file;
            return;
        }
        if (this.given === classes) {
            const empty = columns.findIndex((values) => Number.isNaN(values[i]));
            throw shared.cellError(batch, i, names[empty], `${emptied(classes - count, classes)}, and the first row gives every class's: ${WHY}`, FIX);
        }
        // Of a file whose first row leaves cells empty, a whole row says that the slip is the first.
        if (count === classes) {
            throw shared.placeError(this.file, this.firstAt, names[this.firstEmpty], `${emptied(classes - this.given, classes)}, and ${shared.placeOf(batch.lineNumbers[i])} gives every class's: ${WHY}`, FIX);
        }
        throw shared.cellError(batch, i, this.column, `the row gives ${count} of the ${classes} classes' probabilities, and the first row (${shared.placeOf(this.firstAt)}) ${this.given}: ${WHY}`, FIX);
    }
    /**
     * A class's key of a JSON Lines file that first appears, on row `i` or before, after the rows
     * the file's columns are the keys of (a class of a top-k export that no early row ranks): a
     * row that gives it gives one class fewer of the columns, and is refused for the key rather
     * than for a count it does not write.
     */
    lateKey(batch, i) {
        const line = batch.lineNumbers[i];
        const prefix = `${this.score}_`;
        return batch.lateKeys?.find((key) => key.file === batch.file && key.line <= line && key.name.startsWith(prefix));
    }
    /** Whether the rows read so far are a top-k export's: each gives fewer than every class's. */
    get exports() {
        return this.given >= 0 && this.given < this.classes.length;
    }
    /** The export the file is, where its rows give fewer than every class's probability. */
    finish() {
        if (!this.exports)
            return undefined;
        return {
            given: this.given,
            first: this.shared.placeOf(this.firstAt),
            column: this.names[this.firstEmpty],
        };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/row-estimate.js

/** Room past the estimate, for rows longer or shorter than those read so far. */
const MARGIN = 1.1;
/**
 * How many rows a read will have given by the end of its current file, estimated as it goes,
 * so that arrays filled batch by batch can take their final size at once rather than double
 * into it, each doubling leaving the old array to the garbage collector. The batches handed out
 * after one read from disk carry how many bytes of the file had been read (`fileBytesRead`);
 * once the next read's batches arrive, the rows of the earlier ones came from that many bytes
 * (all but those of the batch still being filled), and the file's size scales them. Undefined
 * before that, and for batches that do not carry their bytes.
 */
class RowEstimate {
    rows;
    file = "";
    size = 0;
    /** Rows of the files before the current one, and of the current one so far. */
    before = 0;
    inFile = 0;
    bytesRead;
    /** Takes in the next batch of the read. */
    see(batch) {
        if (batch.file !== this.file) {
            this.before += this.inFile;
            this.inFile = 0;
            this.file = batch.file;
            this.size = (0,external_node_fs_.statSync)(batch.file).size;
            this.bytesRead = undefined;
            this.rows = undefined;
        }
        const { fileBytesRead } = batch;
        if (fileBytesRead !== this.bytesRead) {
            if (this.bytesRead !== undefined && this.bytesRead > 0) {
                this.rows = this.before + Math.ceil((this.inFile * this.size) / this.bytesRead);
            }
            this.bytesRead = fileBytesRead;
        }
        this.inFile += batch.length;
    }
    /**
     * The rows an array that needs room for `needed` should grow to: the estimate and a tenth,
     * when known and enough; else undefined, and the array doubles.
     */
    capacityFor(needed) {
        const rows = this.rows === undefined ? 0 : Math.ceil(this.rows * MARGIN);
        return rows >= needed ? rows : undefined;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/read-predictions.js










/**
 * Rows per batch: few enough that the rows of the batch being filled hardly bias the estimate
 * of a file's rows (`RowEstimate`), many enough that a batch costs little.
 */
const BATCH_ROWS = 8192;
/**
 * The classes the label and prediction columns of `batch` (a file's first) hold, sorted as the
 * class space sorts them: what a missing score column of each class's probability is named by.
 */
function classesOf(batch, columns) {
    const names = new Set();
    let numeric = true;
    for (const name of columns) {
        const column = batch.columns.get(name);
        if (column === undefined)
            continue;
        if ("values" in column) {
            for (const value of column.values.subarray(0, batch.length)) {
                if (!Number.isNaN(value))
                    names.add(String(value));
            }
            continue;
        }
        numeric = false;
        for (const code of column.codes.subarray(0, batch.length)) {
            if (code >= 0)
                names.add(column.dictionary[code]);
        }
    }
    return sortClasses(names, numeric && names.size > 0);
}
/** A slice column the file lacks, when the caller does not say where the column is named. */
function refuseSliceOfFile(column, file, columns) {
    const { fix } = (0,missing_column/* absentSlice */._x)(file, column, columns);
    throw new data_error/* DataError */.fL(file, `has no column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' to slice by`, fix, undefined, undefined, column);
}
class Planner {
    file;
    options;
    shared;
    names;
    columns;
    /** The text columns whose first batch holds a JSON list. */
    lists;
    /** Where metrics need the score of a classifier: the classes of the first batch. */
    firstClasses;
    constructor(file, options, batch, shared) {
        this.file = file;
        this.options = options;
        this.shared = shared;
        this.names = { ...prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S, ...options.columns };
        this.columns = [...batch.names];
        this.lists = new Set([...batch.columns]
            .filter(([, c]) => "dictionary" in c && c.dictionary.some((v) => v.trimStart()[0] === "["))
            .map(([name]) => name));
        const { label, prediction } = this.names;
        this.firstClasses =
            options.needs?.score && options.task !== "regression"
                ? classesOf(batch, [label, prediction])
                : [];
    }
    has(column) {
        return this.columns.includes(column);
    }
    /** The column of a role when present (`absentColumns` refused a needed one that is not). */
    optional(role) {
        const column = this.names[role];
        return this.has(column) ? column : undefined;
    }
    role(column, what, required) {
        return { column, what, required };
    }
    numbers(column, what, required, probability = false, binary, rowNoted = false) {
        return new NumberCollector({ column, what, required, probability, rowNoted, ...(binary !== undefined && { binary }) }, this.shared);
    }
    /** A category column; `sorted` for classes (see `CategoryCollector`). */
    categories(column, what, required, sorted = false) {
        return new CategoryCollector(this.role(column, what, required), this.shared, sorted);
    }
    /** The per-example score columns, each present (`absentColumns` refused a file without). */
    exampleScores() {
        return [...new Set(this.options.exampleScores ?? [])];
    }
    /** The slice columns, each of which must be present: refused where it is named. */
    slices() {
        const list = [...new Set(this.options.slices ?? [])];
        const refuse = this.options.refuseSlice ?? refuseSliceOfFile;
        for (const column of list)
            if (!this.has(column))
                refuse(column, this.file, this.columns);
        return list;
    }
    plan() {
        // Every missing column in one error (id, label, outcome, latency, cost, per-example
        // scores), not one run each.
        const absent = (0,absent_columns/* absentColumns */.FV)(this.columns, this.options, this.firstClasses);
        if (absent.length > 0)
            throw (0,missing_column/* missingColumns */.Q6)(this.file, this.columns, absent);
        const ids = new IdCollector(this.role(this.names.id, "id", true), this.shared);
        const latencyColumn = this.optional("latency");
        const costColumn = this.optional("cost");
        const latency = latencyColumn === undefined ? undefined : this.numbers(latencyColumn, "latency", false);
        const cost = costColumn === undefined ? undefined : this.numbers(costColumn, "cost", false);
        const scores = this.exampleScores().map((column) => {
            const binary = this.options.binaryScores?.get(column);
            const what = `score '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`;
            return [column, this.numbers(column, what, false, false, binary)];
        });
        const slices = this.slices().map((column) => [column, this.categories(column, "slice", false)]);
        const weights = this.weights();
        const outcomes = (0,absent_columns/* readsScoresOnly */.Fl)(this.columns, this.options)
            ? { collectors: [], finish: () => this.scoresOnly() }
            : this.options.task === "regression"
                ? this.regression()
                : this.classification();
        const collectors = [
            ids,
            ...outcomes.collectors,
            ...[latency, cost].filter((c) => c !== undefined),
            ...scores.map(([, c]) => c),
            ...slices.map(([, c]) => c),
            ...(weights ? [weights] : []),
        ];
        return {
            collectors,
            finish: (rowCount) => ({
                file: this.file,
                rowCount,
                ids: ids.finish(),
                ...(latency && { latency: latency.finish() }),
                ...(cost && { cost: cost.finish() }),
                exampleScores: new Map(scores.map(([column, c]) => [column, c.finish()])),
                slices: new Map(slices.map(([column, c]) => [column, c.finish()])),
                ...(weights && { weights: { column: weights.column, values: weights.finish() } }),
                ...outcomes.finish(),
            }),
        };
    }
    /** The sample weights, where the file has their column (`absentColumns` refused one it needs). */
    weights() {
        const column = this.options.weights?.column;
        if (column === undefined || !this.has(column))
            return undefined;
        const role = { column, what: "weight", required: true, weight: true };
        return Object.assign(new NumberCollector(role, this.shared), { column });
    }
    /** A file read for its scores alone, with the label and outcome columns it lacks. */
    scoresOnly() {
        return { task: "scores", lacks: (0,absent_columns/* unreadOutcomes */.hX)(this.columns, this.options) };
    }
    regression() {
        const labels = this.numbers(this.names.label, "label", true);
        const predictions = this.numbers(this.names.prediction, "prediction", true);
        return {
            collectors: [labels, predictions],
            finish: () => ({
                task: "regression",
                labels: labels.finish(),
                predictions: predictions.finish(),
            }),
        };
    }
    classification() {
        const labels = this.categories(this.names.label, "label", true, true);
        const predictionColumn = this.optional("prediction");
        const predictions = predictionColumn === undefined
            ? undefined
            : this.categories(predictionColumn, "prediction", true, true);
        // One of the two at least: `absentColumns` refused a file with neither.
        const scores = this.scores();
        return {
            collectors: [labels, ...(predictions ? [predictions] : []), ...(scores?.collectors ?? [])],
            finish: () => ({
                task: "classification",
                labels: labels.finish(),
                ...(predictions && { predictions: predictions.finish() }),
                ...(scores && { scores: scores.finish() }),
            }),
        };
    }
    /**
     * The score column: the positive class's probability, or a JSON list per row when the first
     * rows hold lists; without it, columns `<score>_<class>` hold one class's probability each.
     * Of three such columns or more, a cell may be empty where every row leaves as many empty (a
     * top-k export writes each row's top classes alone, `GivenClassesCheck`): its rows are then no
     * distribution, refused by the metrics that read one, while top-k accuracy ranks the classes
     * given. Of one or two, the positive class's probability is read by every metric of scores,
     * and each cell is needed.
     */
    scores() {
        const column = this.optional("score");
        if (column !== undefined) {
            return this.lists.has(column) ? this.listScores(column) : this.positiveScores(column);
        }
        const prefix = `${this.names.score}_`;
        const perClass = (0,absent_columns/* perClassScoreColumns */.Rk)(this.columns, this.options);
        if (perClass.length === 0)
            return undefined;
        const required = perClass.length < 3;
        const collectors = perClass.map((name) => this.numbers(name, `probability '${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`, required, true, undefined, !required));
        const given = required
            ? undefined
            : new GivenClassesCheck(this.names.score, perClass, collectors, this.shared);
        const sums = new ProbabilitySumCheck(`${prefix}<class>`, collectors, this.shared, given);
        return {
            collectors: [...collectors, ...(given ? [given] : []), sums],
            finish: () => {
                const columns = collectors.map((c) => c.finish());
                const offSums = sums.offRows.finish(columns);
                const topKExport = given?.finish();
                const classes = perClass.map((name) => name.slice(prefix.length));
                return {
                    kind: "per-class",
                    classes,
                    columns,
                    ...(offSums && { offSums }),
                    ...(topKExport && { topKExport }),
                };
            },
        };
    }
    positiveScores(column) {
        const values = this.numbers(column, "score", true, true);
        return {
            collectors: [values],
            finish: () => ({ kind: "positive", values: values.finish() }),
        };
    }
    listScores(column) {
        const lists = new ListScoreCollector(this.role(column, "score", true), this.shared);
        return {
            collectors: [lists],
            finish: () => {
                const columns = lists.finish();
                const offSums = lists.offRows.finish(columns);
                return { kind: "list", columns, ...(offSums && { offSums }) };
            },
        };
    }
}
/**
 * Reads one model's per-example predictions (CSV, JSONL or Parquet, CSV and JSONL possibly
 * gzipped: whatever the data engine reads) into typed arrays, one per column it needs; other
 * columns are read by the engine and dropped batch by batch. The id column is read as bytes
 * (as text when another role reads it too), so that ids compare as written and no id becomes a
 * string; a slice column as text, so that its slices are named as its cells are written. The
 * columns the options need and the file lacks are one `DataError` naming each with the input to
 * set; a cell that is missing where a value is needed, not a number where one is needed, or not
 * a probability, is a `DataError` naming the file and line (for Parquet, the row). A file
 * without rows is refused. With `outcomesOptional`, a file that lacks the label
 * or every outcome column is read for its other columns (task `scores`).
 */
async function readPredictions(path, options = {}) {
    const format = options.format ?? (0,data_format/* formatOf */.b)(path);
    const placeError = (file, at, column, problem, fix) => {
        problem = `column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}': ${problem}`;
        return format === "parquet"
            ? new data_error/* DataError */.fL(file, problem, fix, undefined, at, column)
            : new data_error/* DataError */.fL(file, problem, fix, at, undefined, column);
    };
    const cellError = (batch, row, column, problem, fix) => placeError(batch.file, batch.lineNumbers[row], column, problem, fix);
    const placeOf = (at) => (format === "parquet" ? `row ${at}` : `line ${at}`);
    const { id: idColumn, ...others } = { ...prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S, ...options.columns };
    const roles = [
        ...Object.values(others),
        ...(options.exampleScores ?? []),
        ...(options.weights ? [options.weights.column] : []),
    ];
    const slices = options.slices ?? [];
    // The ids as bytes, unless another role reads the same column and needs its text.
    const idAsText = [...roles, ...slices].includes(idColumn);
    // A slice is named by its cells as written (`2024-06-03`, not a date's milliseconds since
    // 1970), but where another role reads its column as numbers or classes.
    const textColumns = [
        ...(idAsText ? [idColumn] : []),
        ...slices.filter((column) => !roles.includes(column)),
    ];
    const estimate = new RowEstimate();
    let plan;
    let rowCount = 0;
    // Every collector copies what it keeps of a batch: the reader may refill its arrays.
    const batches = (0,read_batches/* readBatches */.Pu)(path, {
        textColumns,
        ...(!idAsText && { byteColumns: [idColumn] }),
        ...(options.format && { format: options.format }),
        ...(options.delimiter && { delimiter: options.delimiter }),
        batchSize: options.batchSize ?? BATCH_ROWS,
        reuseBatches: true,
        // The columns a role, a slice or a per-example score takes, and the per-class scores: any
        // other (the example's text, its features) is read as bytes, and no cell of it a string.
        usedColumns: {
            only: [...(0,absent_columns/* claimedColumns */.Nu)(options)],
            prefixes: [`${options.columns?.score ?? prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S.score}_`],
        },
    });
    for await (const batch of batches) {
        if (plan === undefined) {
            plan = new Planner(path, options, batch, { cellError, placeError, placeOf, estimate }).plan();
        }
        estimate.see(batch);
        for (const collector of plan.collectors)
            collector.add(batch);
        rowCount += batch.length;
    }
    if (plan === undefined || rowCount === 0) {
        throw new data_error/* DataError */.fL(path, "holds no predictions (it has no rows)", "Write one row per evaluated example");
    }
    return plan.finish(rowCount);
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/pair-ids.js



/** How many ids of each kind of problem a report names, as examples. */
const EXAMPLE_IDS = 5;
/** A champion row whose id the challenger holds more than once. */
const PARTNER_REPEATED = -2;
const UNMATCHED = -1;
/** A challenger row's mark: its id is repeated in its file, or only in the champion's. */
const REPEATED = 1;
const PARTNER_REPEATS = 2;
/**
 * An open-addressing hash table of the rows of one id column, by id: each slot holds a row + 1,
 * 0 when empty; only the first row of each id is kept. Ids are compared as bytes, so that
 * `__proto__` or `constructor` are ids like any other.
 */
class IdTable {
    ids;
    slots;
    mask;
    constructor(ids, rows) {
        this.ids = ids;
        let size = 16;
        while (size < rows * 2)
            size *= 2;
        this.slots = new Int32Array(size);
        this.mask = size - 1;
    }
    /** Frees the table's memory; it is unusable afterwards. */
    release() {
        (0,release_array/* releaseArrays */.E)(this.slots);
    }
    /**
     * The first row holding the id of row `row` of `of`; when there is none and `add` is set, row
     * `row` is added (`of` must then be this table's column). -1 when not found.
     */
    find(of, row, add) {
        let slot = of.hash(row) & this.mask;
        for (;;) {
            const held = this.slots[slot];
            if (held === 0) {
                if (add)
                    this.slots[slot] = row + 1;
                return -1;
            }
            if (this.ids.equals(held - 1, of, row))
                return held - 1;
            slot = (slot + 1) & this.mask;
        }
    }
}
/**
 * Marks row `row`, whose id was first seen at row `first`, as repeated; returns rows newly marked
 * (2 when the id is newly found repeated).
 */
function markRepeated(repeated, first, row) {
    let marked = 1;
    if (first >= 0 && repeated[first] !== REPEATED) {
        repeated[first] = REPEATED;
        marked++;
    }
    repeated[row] = REPEATED;
    return marked;
}
/** Counts the rows and the distinct ids that `markRepeated` marks. */
class RepeatCount {
    rows = 0;
    ids = 0;
    add(marked) {
        this.rows += marked;
        if (marked === 2)
            this.ids++;
    }
}
const addExample = (list, id) => {
    const shown = (0,shorten/* shorten */.ml)(id);
    // Rows of a repeated id follow each other or not: the id is named once either way.
    if (list.length < EXAMPLE_IDS && !list.includes(shown))
        list.push(shown);
};
/**
 * Pairs the rows of two files by id through one hash table of the champion's ids (and one of the
 * challenger's ids that the champion lacks), so that memory holds the ids' bytes plus a few
 * bytes a row. An id repeated within a file pairs with nothing: which of its rows would be meant
 * is unknown. A pair whose labels differ (`sameLabel` false) is left out and counted.
 */
function pairIds(championIds, challengerIds, sameLabel) {
    const found = matchIds(championIds, challengerIds);
    const pairs = collectPairs(championIds, challengerIds, { ...found, sameLabel });
    (0,release_array/* releaseArrays */.E)(found.championRepeated, found.challengerRepeated, found.match);
    return pairs;
}
/**
 * Each champion row's challenger row, and the rows whose id is repeated in their file. The hash
 * tables are freed on return, before the pairs are collected.
 */
function matchIds(championIds, challengerIds) {
    const championRepeated = new Uint8Array(championIds.length);
    const championDuplicates = new RepeatCount();
    const champion = new IdTable(championIds, championIds.length);
    for (let c = 0; c < championIds.length; c++) {
        const first = champion.find(championIds, c, true);
        if (first >= 0)
            championDuplicates.add(markRepeated(championRepeated, first, c));
    }
    // For each champion row, the challenger row with its id (or UNMATCHED, PARTNER_REPEATED).
    const match = new Int32Array(championIds.length).fill(UNMATCHED);
    // The challenger's ids that the champion has not once, to count those the challenger repeats;
    // made on the first such id, as most pairings have none.
    let others;
    // The distinct ids of both files: the champion's, then the challenger's it lacks.
    let ids = championIds.length - championDuplicates.rows + championDuplicates.ids;
    const challengerRepeated = new Uint8Array(challengerIds.length);
    const challengerDuplicates = new RepeatCount();
    for (let r = 0; r < challengerIds.length; r++) {
        const c = champion.find(challengerIds, r, false);
        if (c < 0 || championRepeated[c]) {
            others ??= new IdTable(challengerIds, challengerIds.length);
            const first = others.find(challengerIds, r, true);
            if (first >= 0)
                challengerDuplicates.add(markRepeated(challengerRepeated, first, r));
            else if (c >= 0)
                challengerRepeated[r] = PARTNER_REPEATS;
            else
                ids++;
            continue;
        }
        const m = match[c];
        if (m === UNMATCHED)
            match[c] = r;
        else {
            challengerDuplicates.add(markRepeated(challengerRepeated, m, r));
            match[c] = PARTNER_REPEATED;
        }
    }
    champion.release();
    others?.release();
    return {
        championRepeated,
        championDuplicates,
        challengerRepeated,
        challengerDuplicates,
        match,
        ids,
    };
}
/** Walks the champion's rows in order, keeping the pairs and counting the rest. */
function collectPairs(championIds, challengerIds, found) {
    const { championRepeated, challengerRepeated, match, sameLabel } = found;
    const examples = {
        championUnpaired: [],
        challengerUnpaired: [],
        championDuplicates: [],
        challengerDuplicates: [],
        labelMismatches: [],
    };
    const championRows = new Uint32Array(championIds.length);
    const challengerRows = new Uint32Array(championIds.length);
    const matched = new Uint8Array(challengerIds.length);
    let paired = 0;
    let championUnpaired = 0;
    let championPartnerRepeated = 0;
    let labelMismatches = 0;
    for (let c = 0; c < championIds.length; c++) {
        if (championRepeated[c]) {
            addExample(examples.championDuplicates, championIds.get(c));
            continue;
        }
        const r = match[c];
        if (r < 0) {
            championUnpaired++;
            if (r === PARTNER_REPEATED)
                championPartnerRepeated++;
            else
                addExample(examples.championUnpaired, championIds.get(c));
            continue;
        }
        matched[r] = 1;
        if (!sameLabel(c, r)) {
            labelMismatches++;
            addExample(examples.labelMismatches, championIds.get(c));
            continue;
        }
        championRows[paired] = c;
        challengerRows[paired] = r;
        paired++;
    }
    let challengerUnpaired = 0;
    let challengerPartnerRepeated = 0;
    for (let r = 0; r < challengerIds.length; r++) {
        if (challengerRepeated[r] === REPEATED) {
            addExample(examples.challengerDuplicates, challengerIds.get(r));
        }
        else if (challengerRepeated[r] === PARTNER_REPEATS) {
            challengerUnpaired++;
            challengerPartnerRepeated++;
        }
        else if (!matched[r]) {
            challengerUnpaired++;
            addExample(examples.challengerUnpaired, challengerIds.get(r));
        }
    }
    (0,release_array/* releaseArrays */.E)(matched);
    return {
        championRows: (0,typed_arrays/* trimmed */.dE)(championRows, paired),
        challengerRows: (0,typed_arrays/* trimmed */.dE)(challengerRows, paired),
        report: {
            championRows: championIds.length,
            challengerRows: challengerIds.length,
            ids: found.ids,
            paired,
            championUnpaired,
            challengerUnpaired,
            championPartnerRepeated,
            challengerPartnerRepeated,
            championDuplicates: found.championDuplicates.rows,
            challengerDuplicates: found.challengerDuplicates.rows,
            championRepeatedIds: found.championDuplicates.ids,
            challengerRepeatedIds: found.challengerDuplicates.ids,
            labelMismatches,
            examples,
        },
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/pair-predictions.js






/**
 * The rows to gather, or undefined when they are every row in order (both files list the same
 * examples in the same order, the common case): the file's arrays are then used as they are,
 * with no copy.
 */
function rowsToGather(rows, rowCount) {
    if (rows.length !== rowCount)
        return rows;
    for (let i = 0; i < rows.length; i++)
        if (rows[i] !== i)
            return rows;
    return undefined;
}
/** The slices of the pairs: each from the champion's file, else the challenger's. */
function pairedSlices(champion, challenger, championRows, challengerRows) {
    const slices = new Map();
    for (const [name, column] of champion.slices) {
        slices.set(name, gatherCategory(column, championRows));
    }
    for (const [name, column] of challenger.slices) {
        if (!slices.has(name))
            slices.set(name, gatherCategory(column, challengerRows));
    }
    return slices;
}
/**
 * The slice columns of both files whose values differ for some pairs: like a label, a slice
 * value belongs to the example, and two files that disagree on it say one of them is wrong.
 */
function sliceDisagreements(champion, challenger, pairs, championRows, challengerRows) {
    const found = [];
    for (const [column, mine] of champion.slices) {
        const theirs = challenger.slices.get(column);
        if (theirs === undefined)
            continue;
        // The challenger's codes as the champion's: -2 for a value the champion never writes.
        const codeOf = new Map(mine.names.map((name, code) => [name, code]));
        const remap = Int32Array.from(theirs.names, (name) => codeOf.get(name) ?? -2);
        let differ = 0;
        const examples = [];
        for (let i = 0; i < pairs; i++) {
            const c = championRows ? championRows[i] : i;
            const code = theirs.codes[challengerRows ? challengerRows[i] : i];
            if (mine.codes[c] === (code < 0 ? -1 : remap[code]))
                continue;
            differ++;
            if (examples.length < EXAMPLE_IDS)
                examples.push((0,shorten/* shorten */.ml)(champion.ids.get(c)));
        }
        if (differ > 0)
            found.push({ column, pairs: differ, examples });
    }
    return found;
}
/**
 * Whether a pair's two labels agree: the same class name, or the same number; any pair where a
 * file has no labels (`ScoresFile`), as there is nothing to disagree on.
 */
function labelsAgree(champion, challenger, space) {
    if (champion.task === "scores" || challenger.task === "scores")
        return () => true;
    if (champion.task === "regression" && challenger.task === "regression") {
        return (c, r) => champion.labels[c] === challenger.labels[r];
    }
    if (champion.task === "classification" && challenger.task === "classification" && space) {
        const [codes1, codes2] = [champion.labels.codes, challenger.labels.codes];
        const [remap1, remap2] = [remapOf(champion.labels, space), remapOf(challenger.labels, space)];
        return (c, r) => remap1[codes1[c]] === remap2[codes2[r]];
    }
    throw new Error("pairPredictions: both files must be read for the same task");
}
/** The files of `files` read without labels (`ScoresFile`), by their paths. */
const unlabelledOf = (...files) => files.filter((file) => file.task === "scores").map((file) => file.file);
/**
 * A file's model data at `rows`; `labels`, when given, the other model's (they agree). Where
 * some files were read without labels (`unlabelled`: this one, or the other of its pair), its
 * scores, latencies and costs alone.
 */
function align(file, space, rows, slices, { labels, unlabelled }) {
    // A file read without labels is among `unlabelled`: its task says so to the type too.
    if (file.task === "scores" || unlabelled.length > 0) {
        return scoresData(file, rows, slices, unlabelled);
    }
    return file.task === "classification"
        ? classifierData(file, space, rows, slices, labels)
        : regressorData(file, rows, slices, labels);
}
/**
 * The rows of each file to gather (see `rowsToGather`), and how the two paired: the pairs' own
 * row arrays are freed here when every row is kept in order.
 */
function pairRows(champion, challenger, space) {
    const pairs = pairIds(champion.ids, challenger.ids, labelsAgree(champion, challenger, space));
    const rows1 = rowsToGather(pairs.championRows, champion.rowCount);
    const rows2 = rowsToGather(pairs.challengerRows, challenger.rowCount);
    if (rows1 === undefined)
        (0,release_array/* releaseArrays */.E)(pairs.championRows);
    if (rows2 === undefined)
        (0,release_array/* releaseArrays */.E)(pairs.challengerRows);
    return { report: pairs.report, rows1, rows2 };
}
/**
 * Pairs two models' predictions by id and aligns their columns (see `pairIds` for what pairs and
 * how the rest is counted). A pair whose two files give different labels is left out and counted
 * as a label mismatch: which label is true is unknown, and a metric on either would favour one
 * model. Classes are those of both files together, so that codes mean the same in both. Where
 * either file was read without labels, both are aligned as scores alone (`ScoresData`).
 */
function pairPredictions(champion, challenger, options = {}) {
    const space = champion.task === "classification" && challenger.task === "classification"
        ? classSpace([champion, challenger], options)
        : undefined;
    const { report, rows1, rows2 } = pairRows(champion, challenger, space);
    const slices = pairedSlices(champion, challenger, rows1, rows2);
    const disagreements = sliceDisagreements(champion, challenger, report.paired, rows1, rows2);
    const unlabelled = unlabelledOf(champion, challenger);
    const weights = pairedWeights(champion, challenger, rows1, rows2, report.paired);
    const first = withWeights(align(champion, space, rows1, slices, { unlabelled }), weights);
    const labels = first.task === "scores" ? undefined : first.labels;
    const second = align(challenger, space, rows2, slices, { unlabelled, ...(labels && { labels }) });
    return { report, champion: first, challenger: withWeights(second, weights), disagreements };
}
/**
 * Both models' data on `rows` alone, in their order (a slice's examples), sharing labels and
 * weights as the pair does; a first model's one data stands on both sides again.
 */
function pairedAt(paired, rows) {
    const champion = modelDataAt(paired.champion, rows);
    if (paired.challenger === paired.champion)
        return { champion, challenger: champion };
    const shared = { from: paired.champion, at: champion };
    return { champion, challenger: modelDataAt(paired.challenger, rows, shared) };
}
/** A model's data with the examples' sample weights, where they are weighed. */
const withWeights = (data, weights) => weights ? { ...data, weights } : data;
/** One model's predictions on their own (a first model, without a champion), every row kept. */
function modelData(file, options = {}) {
    const space = file.task === "classification" ? classSpace([file], options) : undefined;
    const data = align(file, space, undefined, file.slices, { unlabelled: unlabelledOf(file) });
    const { weights } = file;
    return withWeights(data, weights && scaledWeights(weights.values, file.file, weights.column));
}

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/champion-file.js
var champion_file = __webpack_require__(8063);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/eval-report.js
var eval_report = __webpack_require__(7364);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/rules.js
var rules = __webpack_require__(3144);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/margin-limit.js

/**
 * The challenger's value at the edge of a comparison's margin: the worst it may be for
 * non-inferiority, the least it must reach for superiority.
 */
function marginLimit(direction, test, margin, champion) {
    const size = (0,rules/* marginSize */.oO)(margin, champion);
    const better = direction === "higher" ? 1 : -1;
    return test === "superiority" ? champion + better * size : champion - better * size;
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/judge-aggregate.js
var judge_aggregate = __webpack_require__(2942);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/evidence-row.js



/** The limit each check held the challenger's value to, in the metric's units. */
function ruleChecks(row, family) {
    return row.checks.map((check) => {
        const outcome = { passed: check.verdict === "pass", status: check.verdict };
        if (check.check !== "comparison") {
            return { rule: check.check, limit: family.bounds[check.check], ...outcome };
        }
        const { test, margin } = family.comparison;
        return {
            rule: test === "superiority" ? "min-improvement" : "max-regression",
            limit: marginLimit(family.direction, test, margin, row.champion ?? 0),
            ...outcome,
        };
    });
}
/**
 * The method of the interval shown: a proportion's own value (bounds alone) is Wilson's score
 * interval, not McNemar's paired test, which only its comparison with a champion uses.
 */
function shownMethod(row, ofChallenger) {
    // eval-gate's rows come from paired evidence only (metric-evidence.ts).
    const method = row.method;
    return method === "mcnemar" && ofChallenger ? "wilson" : method;
}
function evidenceRow(row, family, rule, confidence) {
    // The comparison's interval is the delta's; without one, the first bound's (the value's).
    const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
    // A row without checks (too few examples) is of what its rule would have judged.
    const ofChallenger = shown ? shown.check !== "comparison" : !family.comparison;
    const redrawn = "redrawn" in family.evidence ? family.evidence.redrawn : undefined;
    return {
        metric: row.metric,
        slice: row.slice,
        gated: true,
        direction: family.direction,
        ...(0,eval_report/* compareValues */.ck)(row.champion, row.challenger),
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: ruleChecks(row, family),
        status: row.verdict,
        reason: row.reason,
        evidence: {
            method: shownMethod(row, ofChallenger),
            n: row.examples,
            ...(family.resamples !== undefined && { resamples: family.resamples }),
            ...(redrawn !== undefined && { resamples_redrawn: redrawn }),
            ...(row.support && { support: { count: row.support.count, of: row.support.plural } }),
            confidence: shown?.level ?? confidence,
            interval_of: ofChallenger ? "challenger" : "delta",
            interval: shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
                ? { lower: shown.lower, upper: shown.upper }
                : null,
            p_value: shown?.pValue ?? null,
            p_adjusted: shown?.adjustedPValue ?? null,
            ...(shown?.pValueAtFloor ? { p_at_floor: true } : {}),
            ...(shown?.normalApproximation ? { normal_approximation: true } : {}),
            mde: shown?.detectableEffect ?? null,
            examples_needed: shown?.examplesNeeded ?? null,
        },
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/resamples.js
var evidence_resamples = __webpack_require__(9987);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/judge-evidence.js
var judge_evidence = __webpack_require__(6560);
// EXTERNAL MODULE: ./shared/dist/engine/report/listed.js
var listed = __webpack_require__(9255);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-error.js
var metric_error = __webpack_require__(9488);
// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(5428);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/binomial-sample.js

/** A uniform number in (0, 1), never 0 or 1, so that its logarithm and inverse are finite. */
function openUnit(rng) {
    return (rng.nextUint32() + 0.5) / 4294967296;
}
/** log k! - (Stirling's approximation of it), exact below 10, by its series above. */
const STIRLING_TAIL = [
    0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
    0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.010411265261972,
    0.00925546218271273, 0.00833056343336287,
];
function stirlingTail(k) {
    if (k <= 9)
        return STIRLING_TAIL[k];
    const k1 = (k + 1) * (k + 1);
    return (1 / 12 - (1 / 360 - 1 / 1260 / k1) / k1) / (k + 1);
}
/**
 * A draw from Binomial(trials, p). For trials * min(p, 1 - p) below 10, by counting geometric
 * waiting times (expected draws: trials * p + 1); above, by Hormann's transformed rejection
 * with squeeze, BTRS (Hormann 1993, "The generation of binomial random variates", Journal of
 * Statistical Computation and Simulation 46, 101-110), which takes a bounded number of uniforms
 * whatever the trials, as numpy's and TensorFlow's samplers do. p > 1/2 draws the failures.
 */
function sampleBinomial(rng, trials, p) {
    // NaN fails every test of the rejection loops below, which would then never end.
    if (Number.isNaN(p) || !Number.isFinite(trials)) {
        const [argument, value] = Number.isNaN(p) ? ["p", p] : ["trials", trials];
        throw new stats_input_error/* StatsInputError */.y(argument, `is ${value}`, "pass a finite number of trials and a probability between 0 and 1");
    }
    if (trials <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return trials;
    if (p > 0.5)
        return trials - sampleBinomial(rng, trials, 1 - p);
    return trials * p < 10 ? geometricWaits(rng, trials, p) : btrs(rng, trials, p);
}
function geometricWaits(rng, trials, p) {
    const logQ = Math.log1p(-p);
    let position = 0;
    let successes = 0;
    for (;;) {
        position += Math.ceil(Math.log(openUnit(rng)) / logQ);
        if (position > trials)
            return successes;
        successes++;
    }
}
function btrs(rng, n, p) {
    const spq = Math.sqrt(n * p * (1 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const r = p / (1 - p);
    const alpha = (2.83 + 5.1 / b) * spq;
    const m = Math.floor((n + 1) * p);
    for (;;) {
        const u = openUnit(rng) - 0.5;
        const v = openUnit(rng);
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (us >= 0.07 && v <= vr)
            return k;
        if (k < 0 || k > n)
            continue;
        const logV = Math.log((v * alpha) / (a / (us * us) + b));
        const bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
            (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
            (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
            stirlingTail(m) +
            stirlingTail(n - m) -
            stirlingTail(k) -
            stirlingTail(n - k);
        if (logV <= bound)
            return k;
    }
}
/**
 * Counts of `trials` draws over categories with the given non-negative weights, written into
 * `out`: Multinomial(trials, weights / sum(weights)) as a chain of binomials, each category
 * drawing from the trials the earlier ones left, with its share of the weight they left.
 */
function sampleMultinomial(rng, trials, weights, out) {
    let weightLeft = 0;
    for (let i = 0; i < weights.length; i++)
        weightLeft += weights[i];
    let trialsLeft = trials;
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        const drawn = trialsLeft > 0 && w > 0 ? sampleBinomial(rng, trialsLeft, w / weightLeft) : 0;
        out[i] = drawn;
        trialsLeft -= drawn;
        weightLeft -= w;
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/bootstrap-weights.js
/**
 * Pr(Poisson(1) <= k) * 2^32 for k = 0..12, then 2^32: a 32-bit uniform u is the count k at the
 * first threshold above it. Pr(Poisson(1) > 12) is 2e-10, below one part in 2^32 after the
 * last threshold, so the draw is Poisson(1) to the generator's resolution.
 */
const THRESHOLDS = (() => {
    const thresholds = new Float64Array(14);
    let term = Math.exp(-1);
    let cumulative = 0;
    for (let k = 0; k < 13; k++) {
        cumulative += term;
        thresholds[k] = Math.min(cumulative * 4294967296, 4294967296);
        term /= k + 1;
    }
    thresholds[13] = 4294967296;
    return thresholds;
})();
/** No count: the slot holds a threshold, and the low 16 bits decide. */
const STRADDLES = 255;
/**
 * The count for each value of a uniform's high 16 bits: all 2^16 32-bit uniforms that share
 * those bits give the same count except in the 8 slots that hold a threshold. So 16 random bits
 * settle a draw, and 16 more only in those slots (1 draw in 8,000): two draws per generator call,
 * exactly as the 32-bit inversion would give them.
 */
const BY_HIGH_BITS = (() => {
    const table = new Uint8Array(65536);
    const countOf = (u) => {
        let k = 0;
        while (u >= THRESHOLDS[k])
            k++;
        return k;
    };
    for (let high = 0; high < 65536; high++) {
        const first = countOf(high * 65536);
        table[high] = first === countOf(high * 65536 + 65535) ? first : STRADDLES;
    }
    return table;
})();
function straddling(high, rng) {
    const u = high * 65536 + (rng.nextUint32() >>> 16);
    let k = 0;
    while (u >= THRESHOLDS[k])
        k++;
    return k;
}
function poissonOf16Bits(bits, rng) {
    const k = BY_HIGH_BITS[bits];
    return k === STRADDLES ? straddling(bits, rng) : k;
}
/**
 * Fills `out` with independent Poisson(1) counts: the weights of one Poisson bootstrap resample
 * (each example taken a Poisson(1) number of times; Hanley & MacGibbon 2006, Computer Methods
 * and Programs in Biomedicine 83, 57-62). Inversion of a 32-bit uniform through a table, two
 * draws per generator call; no allocation: call it again with the same buffer for the next
 * resample. A count never passes 13: bytes hold them.
 */
function fillPoissonWeights(rng, out) {
    const n = out.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
        const u = rng.nextUint32();
        out[i] = poissonOf16Bits(u >>> 16, rng);
        out[i + 1] = poissonOf16Bits(u & 0xffff, rng);
    }
    if (i < n)
        out[i] = poissonOf16Bits(rng.nextUint32() >>> 16, rng);
}
/**
 * Fills `out` with the counts of an ordinary bootstrap resample: out.length draws of an index,
 * uniformly with replacement, tallied per index (Multinomial(n, 1/n, ..., 1/n)). The counts
 * always sum to n. No allocation: call it again with the same buffer for the next resample.
 */
function fillMultinomialWeights(rng, out) {
    const n = out.length;
    out.fill(0);
    for (let i = 0; i < n; i++) {
        const k = rng.nextInt(n);
        out[k] = out[k] + 1;
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/seeded-random.js
var seeded_random = __webpack_require__(3037);
// EXTERNAL MODULE: ./shared/dist/engine/stats/validate.js
var validate = __webpack_require__(5091);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/weighted-bootstrap.js





/**
 * From this many examples on, 'auto' uses Poisson weights: the Poisson bootstrap differs from
 * the ordinary one only through the random total weight (Poisson(n) rather than n), which
 * changes a normalised statistic's bootstrap variance by a factor 1 + O(1/n), under 1e-4 here;
 * below it, the multinomial counts cost no more.
 */
const POISSON_FROM = 10_000;
function checkResamples(value) {
    const resamples = value ?? 1000;
    if (!Number.isInteger(resamples) || resamples < 100) {
        throw new stats_input_error/* StatsInputError */.y("resamples", `is ${String(resamples)}`, "use at least 100");
    }
    return resamples;
}
/**
 * Replicates of one or more statistics of the same examples under the bootstrap, every
 * statistic evaluated on the SAME weights in each resample, which is what pairs them: the
 * replicates of challenger(w) - champion(w) are the paired bootstrap of the difference. The
 * statistics are evaluated in the order given, on the data and on each draw, so that a statistic
 * may read the value of the one before it on the same weights.
 *
 * Rather than copying resampled examples (scipy `bootstrap` gathers n indices per resample, and
 * a rank statistic would sort again), each resample is a weight per example: the number of
 * times the ordinary bootstrap draws it (multinomial counts, summing to n), or an independent
 * Poisson(1) count. The Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy, Muralidharan,
 * Najmi & Naik 2012, "Estimating uncertainty for massive data streams", Google) is the ordinary
 * bootstrap with a Poisson(n) rather than fixed total, so for a statistic normalised by its total
 * weight (a mean, a rate, a ratio of counts) the two distributions agree to O(1/n); for a few
 * hundred examples the difference is visible, which is why 'auto' switches only at
 * `POISSON_FROM`. The weights buffer is reused: no allocation per resample.
 */
function weightedBootstrap(statistics, examples, options = {}) {
    if (!Number.isInteger(examples) || examples < 1) {
        throw new stats_input_error/* StatsInputError */.y("examples", `is ${String(examples)}`, "pass at least one example");
    }
    const resamples = checkResamples(options.resamples);
    const chosen = options.weights ?? "auto";
    const weights = chosen === "auto" ? (examples < POISSON_FROM ? "multinomial" : "poisson") : chosen;
    const rng = new seeded_random/* SeededRandom */.A(options.seed ?? 0);
    const own = options.exampleWeights;
    if (own !== undefined && own.length !== examples) {
        throw new stats_input_error/* StatsInputError */.y("exampleWeights", `has ${own.length} weights for ${examples} examples`, "pass one weight per example");
    }
    const { buffer, draw } = drawing(weights, rng, examples, own);
    return collect(statistics.map((s) => s(own)), resamples, weights, draw, statistics.map((s) => () => s(buffer)));
}
/**
 * The buffer each resample's weights are drawn into, and the draw: Poisson counts as bytes
 * (they never pass 13), multinomial counts and products with the examples' own weights as
 * doubles.
 */
function drawing(weights, rng, examples, own) {
    if (weights === "poisson" && own === undefined) {
        const counts = new Uint8Array(examples);
        return { buffer: counts, draw: () => fillPoissonWeights(rng, counts) };
    }
    const fill = weights === "poisson" ? fillPoissonWeights : fillMultinomialWeights;
    const doubles = new Float64Array(examples);
    if (own === undefined)
        return { buffer: doubles, draw: () => fill(rng, doubles) };
    return {
        buffer: doubles,
        draw: () => {
            fill(rng, doubles);
            for (let i = 0; i < examples; i++)
                doubles[i] = doubles[i] * own[i];
        },
    };
}
/**
 * Replicates of statistics of category counts under the ordinary bootstrap, in O(categories)
 * per resample whatever the number of examples: resampling n examples with replacement and
 * counting them per category gives Multinomial(n, counts / n) counts, which are drawn directly
 * (a chain of binomials). This is the ordinary bootstrap exactly, not an approximation of it: a
 * confusion-matrix metric of a million examples resamples in microseconds.
 */
function cellBootstrap(counts, statistics, options = {}) {
    const observed = (0,validate/* nonNegativeCounts */.d1)("counts", counts, 1);
    let total = 0;
    for (const c of observed) {
        if (!Number.isInteger(c)) {
            throw new stats_input_error/* StatsInputError */.y("counts", `holds ${c}`, "pass whole numbers of examples");
        }
        total += c;
    }
    if (total < 1)
        throw new stats_input_error/* StatsInputError */.y("counts", "are all 0", "pass at least one example");
    const resamples = checkResamples(options.resamples);
    const rng = new seeded_random/* SeededRandom */.A(options.seed ?? 0);
    const buffer = new Float64Array(observed.length);
    return collect(statistics.map((s) => s(observed.slice())), resamples, "multinomial", () => sampleMultinomial(rng, total, observed, buffer), statistics.map((s) => () => s(buffer)));
}
/**
 * Draws `resamples` resamples and evaluates every statistic on each. A draw on which some
 * statistic is NaN (a precision of a resample without a positive prediction, where the data had
 * some) is thrown away and drawn again, up to as many times as there are resamples: the
 * replicates are then the bootstrap distribution given that the statistic is defined, rather
 * than one with a made-up value (a precision of 0) standing in for it. Past that (undefined on at
 * least half the draws), or where a statistic is infinite, the resample's replicates are NaN.
 */
function collect(estimates, resamples, weights, draw, evaluate) {
    const replicates = evaluate.map(() => new Float64Array(resamples));
    // Draws resample r and evaluates every statistic on it: NaN (undefined) is told from infinite.
    const drawAt = (r) => {
        draw();
        let outcome = "finite";
        for (let s = 0; s < evaluate.length; s++) {
            const value = evaluate[s]();
            replicates[s][r] = value;
            if (Number.isNaN(value))
                outcome = "undefined";
            else if (!Number.isFinite(value) && outcome === "finite")
                outcome = "infinite";
        }
        return outcome;
    };
    let redrawn = 0;
    let undefinedResamples = 0;
    for (let r = 0; r < resamples; r++) {
        let outcome = drawAt(r);
        while (outcome === "undefined" && redrawn < resamples) {
            redrawn++;
            outcome = drawAt(r);
        }
        if (outcome !== "finite") {
            undefinedResamples++;
            for (const column of replicates)
                column[r] = NaN;
        }
    }
    return { estimates, replicates, weights, redrawn, undefinedResamples };
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/estimate.js
var estimate = __webpack_require__(7653);
;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-bootstrap-evidence.js



/**
 * The evidence for any metric given as a weighted statistic of each model (see
 * `WeightedStatistic`): the paired bootstrap of challenger(w) - champion(w), both evaluated on
 * the same weights in every resample, with percentile tests and intervals. A resample on which
 * either is NaN (undefined) is drawn again, and `redrawn` counts them (see `collect`).
 */
function bootstrapEvidence(champion, challenger, examples, options = {}) {
    const boot = weightedBootstrap([champion, challenger], examples, options);
    return fromReplicates(examples, boot, options.range);
}
/**
 * The same for a metric of category counts (the cells of the joint confusion matrix of both
 * models, say, 8 cells for a binary label): `counts` are the examples per category, and the
 * resamples draw the categories' counts directly, so the cost does not grow with the examples.
 */
function cellBootstrapEvidence(counts, champion, challenger, options = {}) {
    let examples = 0;
    for (let i = 0; i < counts.length; i++)
        examples += counts[i];
    const boot = cellBootstrap(counts, [champion, challenger], options);
    return fromReplicates(examples, boot, options.range);
}
function fromReplicates(examples, boot, range = { lower: -Infinity, upper: Infinity }) {
    const [champion, challenger] = boot.estimates;
    const resamples = boot.replicates[0].length;
    // An infinite value is kept: past the range of a double on the metric's worse side, the
    // challenger's is worse than any bound, which the judge, knowing the direction, decides.
    const insufficient = (why) => ({
        method: "bootstrap",
        examples,
        champion: Number.isNaN(champion) ? null : champion,
        challenger: Number.isNaN(challenger) ? null : challenger,
        insufficient: why,
    });
    if (!Number.isFinite(champion) || !Number.isFinite(challenger)) {
        return insufficient(notFinite(champion, challenger));
    }
    if (boot.undefinedResamples > 0) {
        const drawn = resamples + boot.redrawn;
        return insufficient(`the metric is not defined on ${(0,group_digits/* groupDigits */.K)(boot.undefinedResamples + boot.redrawn)} of ${(0,group_digits/* groupDigits */.K)(drawn)} resamples drawn (too few examples of some kind)`);
    }
    const [championReplicates, challengerReplicates] = boot.replicates;
    const deltaReplicates = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        deltaReplicates[r] = challengerReplicates[r] - championReplicates[r];
    }
    const width = range.upper - range.lower;
    const delta = (0,estimate/* bootstrapEstimate */.dr)(challenger - champion, deltaReplicates, {
        lower: -width,
        upper: width,
    });
    return {
        method: "bootstrap",
        examples,
        champion,
        challenger: (0,estimate/* bootstrapEstimate */.dr)(challenger, challengerReplicates, range),
        delta,
        noDifferencePValue: (0,estimate/* twoSidedPValue */.R$)(delta, 0),
        ...(boot.redrawn > 0 && { redrawn: boot.redrawn }),
    };
}
/**
 * Why a model's metric is not a finite number. An infinite one is a true value past what a double
 * holds (an rmse of errors near the largest double, the r2 of a model far worse than the mean),
 * not a metric without meaning. The remedy depends on the metric (a larger unit shrinks an rmse,
 * not an r2), which a statistic does not tell, so the reason says what happened only.
 */
function notFinite(champion, challenger) {
    const championInfinite = Math.abs(champion) === Infinity;
    const challengerInfinite = Math.abs(challenger) === Infinity;
    if (!championInfinite && !challengerInfinite) {
        return "the metric is not defined on these examples";
    }
    const whose = championInfinite && challengerInfinite
        ? "each model's"
        : championInfinite
            ? "the champion's"
            : "the challenger's";
    return `${whose} value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed`;
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/paired-proportions.js + 4 modules
var paired_proportions = __webpack_require__(9328);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/delong-components.js



/** Which examples are positive (labels 1/true) and how many, refusing labels that are not 0/1. */
function delong_components_labelMask(labels, length) {
    if (labels === null || typeof labels !== "object" || labels.length !== length) {
        throw new StatsInputError("labels", `has ${String(labels?.length)} value(s), the scores ${length}`, "pass one label per score");
    }
    const mask = new Uint8Array(length);
    let positives = 0;
    for (let i = 0; i < length; i++) {
        const label = labels[i];
        if (label === 1 || label === true)
            mask[i] = 1;
        else if (label !== 0 && label !== false) {
            throw new StatsInputError("labels", `value at index ${i} is ${String(label)}`, "label each example 1 (or true) for positive, 0 (or false) for negative");
        }
        positives += mask[i];
    }
    return { mask, positives };
}
/** Which examples are positive, with the two of each class that DeLong's variance needs. */
function positiveMask(labels, length) {
    const { mask, positives } = delong_components_labelMask(labels, length);
    if (positives < 2 || length - positives < 2) {
        throw new StatsInputError("labels", `has ${positives} positive(s) and ${length - positives} negative(s)`, "pass at least two examples of each class: DeLong's variance needs them");
    }
    return mask;
}
/**
 * The structural components of DeLong, DeLong & Clarke-Pearson (1988) for one classifier, by
 * Sun & Xu's (2014) midrank identities rather than comparing every pair: with Tz the midranks
 * of all m + n scores, Tx those of the m positives among themselves and Ty those of the n
 * negatives,
 *
 *   V10[i] = (Tz[i] - Tx[i]) / n,   V01[j] = 1 - (Tz[j] - Ty[j]) / m,
 *   AUC = (sum over positives of Tz - m (m + 1) / 2) / (m n),
 *
 * O((m + n) log(m + n)) instead of O(m n).
 */
function delong_components_delongComponents(argument, scores, positive) {
    const all = finiteSample(argument, scores);
    if (all.length !== positive.length) {
        throw new StatsInputError(argument, `has ${all.length} value(s), the labels ${positive.length}`, "pass one score per label");
    }
    let m = 0;
    for (const p of positive)
        m += p;
    const n = all.length - m;
    const x = new Float64Array(m);
    const y = new Float64Array(n);
    const z = new Float64Array(m + n);
    let i = 0;
    let j = 0;
    for (let k = 0; k < all.length; k++) {
        if (positive[k] === 1)
            x[i++] = all[k];
        else
            y[j++] = all[k];
    }
    z.set(x);
    z.set(y, m);
    const tx = rankData(x).ranks;
    const ty = rankData(y).ranks;
    const tz = rankData(z).ranks;
    const v10 = new Float64Array(m);
    const v01 = new Float64Array(n);
    let rankSum = 0;
    for (let a = 0; a < m; a++) {
        rankSum += tz[a];
        v10[a] = (tz[a] - tx[a]) / n;
    }
    for (let b = 0; b < n; b++)
        v01[b] = 1 - (tz[m + b] - ty[b]) / m;
    return { auc: (rankSum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** The sample covariance (divisor length - 1) of two equally long vectors. */
function sampleCovariance(a, b) {
    const n = a.length;
    let meanA = 0;
    let meanB = 0;
    for (let i = 0; i < n; i++) {
        meanA += a[i];
        meanB += b[i];
    }
    meanA /= n;
    meanB /= n;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += (a[i] - meanA) * (b[i] - meanB);
    return sum / (n - 1);
}
/**
 * The covariance of the weighted means of `a` and `b` over the same m examples (each weighing
 * above 0), linearised as a survey's ratio estimate is: sum of w^2 (a - mean a)(b - mean b) /
 * (sum of w)^2, times m / (m - 1), so that equal weights give `sampleCovariance(a, b) / m`,
 * DeLong's own term. Each weight is taken as its share of the sum, which no square of a weight
 * or of the sum can overflow.
 */
function linearisedCovariance(a, b, w) {
    const m = w.length;
    let total = 0;
    for (let i = 0; i < m; i++)
        total += w[i];
    let meanA = 0;
    let meanB = 0;
    for (let i = 0; i < m; i++) {
        meanA += (w[i] / total) * a[i];
        meanB += (w[i] / total) * b[i];
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
        const share = w[i] / total;
        sum += share * share * (a[i] - meanA) * (b[i] - meanB);
    }
    return (sum * m) / (m - 1);
}
/**
 * DeLong's covariance of the AUCs of two classifiers (a classifier with itself: its variance);
 * with sample weights (both classifiers' components weigh the same examples alike), each
 * class's term linearised (`linearisedCovariance`), as McNemar's effective counts are.
 */
function delongCovariance(a, b) {
    if (a.weights) {
        return (linearisedCovariance(a.v10, b.v10, a.weights.v10) +
            linearisedCovariance(a.v01, b.v01, a.weights.v01));
    }
    return (sampleCovariance(a.v10, b.v10) / a.v10.length + sampleCovariance(a.v01, b.v01) / a.v01.length);
}

;// CONCATENATED MODULE: ./shared/dist/engine/evidence/paired-auc.js




/** DeLong's variance needs at least two examples of each class. */
const PER_CLASS = 2;
/** Insufficient evidence when either class has fewer than two examples. */
function tooFew(examples, positives) {
    const negatives = examples - positives;
    if (positives >= PER_CLASS && negatives >= PER_CLASS)
        return undefined;
    return {
        method: "delong",
        examples,
        champion: null,
        challenger: null,
        insufficient: `${positives} positive(s) and ${negatives} negative(s) among the labels, and ROC AUC needs at least ${PER_CLASS} of each`,
    };
}
/**
 * The evidence from both models' structural components, which must list the same examples in the
 * same order: Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov, tests and
 * intervals normal.
 */
function fromComponents(examples, champion, challenger) {
    const challengerVariance = delongCovariance(challenger, challenger);
    const deltaVariance = Math.max(0, challengerVariance +
        delongCovariance(champion, champion) -
        2 * delongCovariance(challenger, champion));
    const delta = (0,estimate/* normalEstimate */.mu)(challenger.auc - champion.auc, Math.sqrt(deltaVariance), {
        lower: -1,
        upper: 1,
    });
    return {
        method: "delong",
        examples,
        champion: champion.auc,
        challenger: (0,estimate/* normalEstimate */.mu)(challenger.auc, Math.sqrt(challengerVariance), {
            lower: 0,
            upper: 1,
        }),
        delta,
        noDifferencePValue: (0,estimate/* twoSidedPValue */.R$)(delta, 0),
    };
}
/**
 * The evidence for ROC AUC of two models scoring the same examples: DeLong, DeLong &
 * Clarke-Pearson (1988). Each AUC's structural components are computed once (by midranks, Sun &
 * Xu 2014) and give the challenger's variance and the covariance of the pair, so
 * Var(challenger - champion) = Var(challenger) + Var(champion) - 2 Cov; tests and intervals are
 * normal. Labels are 1/true for positives and 0/false for negatives; fewer than two of either
 * class is insufficient.
 */
function delongEvidence(labels, championScores, challengerScores) {
    const examples = championScores.length;
    const { mask, positives } = labelMask(labels, examples);
    return (tooFew(examples, positives) ??
        fromComponents(examples, delongComponents("championScores", championScores, mask), delongComponents("challengerScores", challengerScores, mask)));
}
/**
 * The examples `members` marks (all when undefined), each numbered among those of its class in
 * example order: the slot of its structural component, the same for both models. With
 * `weights`, each class's total weight and each slot's weight; without, each example weighs 1.
 */
function slotsOf(ranking, members, weights) {
    const { order, positive } = ranking;
    const n = order.length;
    // Each example's class first, then, in example order, its number within its class.
    const slot = new Uint32Array(n);
    for (let k = 0; k < n; k++)
        slot[order[k]] = positive[k];
    let positives = 0;
    let negatives = 0;
    for (let i = 0; i < n; i++) {
        if (members !== undefined && members[i] === 0)
            continue;
        slot[i] = slot[i] === 1 ? positives++ : negatives++;
    }
    if (weights === undefined) {
        return { slot, positives, negatives, positiveWeight: positives, negativeWeight: negatives };
    }
    const slotWeights = { v10: new Float64Array(positives), v01: new Float64Array(negatives) };
    let positiveWeight = 0;
    let negativeWeight = 0;
    for (let k = 0; k < n; k++) {
        const i = order[k];
        if (members !== undefined && members[i] === 0)
            continue;
        const w = weights[i];
        if (positive[k] === 1) {
            slotWeights.v10[slot[i]] = w;
            positiveWeight += w;
        }
        else {
            slotWeights.v01[slot[i]] = w;
            negativeWeight += w;
        }
    }
    return { slot, positives, negatives, positiveWeight, negativeWeight, slotWeights };
}
/**
 * DeLong's structural components in one sweep down a model's ranking, with psi = 1/2 on ties:
 * a positive's V10 is the share of negatives in lower groups plus half of those in its own group,
 * a negative's V01 the share of positives in higher groups plus half of those in its own; with
 * `weights`, shares of weight. The ranking of all examples, restricted to `members`, is still
 * the members' ranking, so a slice needs no sort of its own. AUC = the (weighted) mean of V10.
 */
function sweptComponents(ranking, members, slots, weights) {
    const { order, positive, groupEnd } = ranking;
    const { slot, positives, negatives, positiveWeight, negativeWeight } = slots;
    const v10 = new Float64Array(positives);
    const v01 = new Float64Array(negatives);
    // The running sums in a typed array, not variables: V8's middle tier boxes a double carried
    // around a loop on every turn, a heap object per group of ties. [area, above, below]
    const sums = new Float64Array([0, 0, negativeWeight]);
    let start = 0;
    for (let end = 0; end < order.length; end++) {
        if (groupEnd[end] === 0)
            continue;
        let p = 0;
        let q = 0;
        for (let k = start; k <= end; k++) {
            const i = order[k];
            if (members !== undefined && members[i] === 0)
                continue;
            const w = weights === undefined ? 1 : weights[i];
            if (positive[k] === 1)
                p += w;
            else
                q += w;
        }
        sums[2] -= q;
        const positiveShare = (sums[2] + q / 2) / negativeWeight;
        const negativeShare = (sums[1] + p / 2) / positiveWeight;
        for (let k = start; k <= end; k++) {
            const i = order[k];
            if (members !== undefined && members[i] === 0)
                continue;
            if (positive[k] === 1)
                v10[slot[i]] = positiveShare;
            else
                v01[slot[i]] = negativeShare;
        }
        sums[0] += p * positiveShare;
        sums[1] += p;
        start = end + 1;
    }
    const auc = sums[0] / positiveWeight;
    return slots.slotWeights ? { auc, v10, v01, weights: slots.slotWeights } : { auc, v10, v01 };
}
/**
 * `delongEvidence` from both models' examples already sorted by score (once per model, as the
 * ROC AUC metric sorts them), on all examples or on those `members` marks with 1 (a slice): a
 * linear sweep per model rather than three sorts. Both rankings must rank the same examples,
 * with the same labels. With `weights` (one per example, above 0 for every member), the AUCs
 * are weighted, as scikit-learn's `sample_weight` weighs them, and their variances and
 * covariance linearised (`delongCovariance`); equal weights give DeLong's own.
 */
function rankedDelongEvidence(champion, challenger, members, weights) {
    const n = champion.order.length;
    if (challenger.order.length !== n || (members !== undefined && members.length !== n)) {
        throw new stats_input_error/* StatsInputError */.y("challenger", `ranks ${challenger.order.length} examples, the champion ${n}${members ? ` and members ${members.length}` : ""}`, "rank the same examples for both models, and mark each of them in members");
    }
    const slots = slotsOf(champion, members, weights);
    const examples = slots.positives + slots.negatives;
    const insufficient = tooFew(examples, slots.positives);
    if (insufficient) {
        (0,release_array/* releaseArrays */.E)(slots.slot);
        return insufficient;
    }
    const first = sweptComponents(champion, members, slots, weights);
    const second = sweptComponents(challenger, members, slots, weights);
    (0,release_array/* releaseArrays */.E)(slots.slot);
    const evidence = fromComponents(examples, first, second);
    (0,release_array/* releaseArrays */.E)(first.v10, first.v01, second.v10, second.v01);
    if (slots.slotWeights)
        (0,release_array/* releaseArrays */.E)(slots.slotWeights.v10, slots.slotWeights.v01);
    return evidence;
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/confusion-metrics.js
var confusion_metrics = __webpack_require__(6967);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/ranking-metrics.js
var ranking_metrics = __webpack_require__(9665);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/recall-at-alert-rate.js
var recall_at_alert_rate = __webpack_require__(4896);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/metric-evidence.js



/** The values of the bounded metrics that are no share: a correlation's. */
const BOUNDED = { mcc: { lower: -1, upper: 1 } };
/**
 * The settings, with the values the metric can take where they are bounded (a share's 0 to 1):
 * its normal tails stay within them, and its change's within ± their width.
 */
function rangeOf(pair, settings) {
    const range = pair.champion.definition.share ? { lower: 0, upper: 1 } : BOUNDED[pair.name];
    return range ? { ...settings, range } : settings;
}
/**
 * The method `auto` picks for a metric. Where examples carry sample weights, McNemar's test
 * takes them as effective counts (`mcnemarEvidence`) and DeLong's as weighted components.
 */
function autoMethod(pair) {
    if (pair.champion.definition.proportion || isBinaryRecall(pair))
        return "mcnemar";
    if (pair.name === "roc_auc" && isBinary(pair.championData))
        return "delong";
    return "bootstrap";
}
const isBinary = (data) => data.task === "classification" && data.positive >= 0 && data.positiveScores !== undefined;
/**
 * A binary recall is the share of the positive examples a model finds, and both models are
 * judged on the same ones: a paired proportion, like accuracy. Its score interval stays wide
 * when the models agree on every positive, where a bootstrap's collapses to [0, 0] and would
 * pass any margin on a handful of positives.
 */
const isBinaryRecall = (pair) => pair.name === "recall" &&
    pair.championData.task === "classification" &&
    pair.championData.positive >= 0;
/** The statistic of each class's tallies, for the metrics a joint-cell bootstrap can resample. */
function fromTallies(name, positive) {
    if (name === "accuracy") {
        return ({ tp, truth }) => {
            let right = 0;
            let total = 0;
            for (let c = 0; c < truth.length; c++) {
                right += tp[c];
                total += truth[c];
            }
            return total > 0 ? right / total : NaN;
        };
    }
    if (name === "balanced_accuracy")
        return confusion_metrics/* balancedAccuracyOf */.pu;
    if (name === "mcc")
        return confusion_metrics/* matthewsCorrelationOf */.tt;
    const match = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
    if (!match)
        return undefined;
    const measure = match[1];
    const average = (match[2] ?? "binary");
    return (tallies) => (0,confusion_metrics/* precisionRecallF1Of */.UG)(tallies, average, positive)[measure];
}
/**
 * The most distinct sample weights a joint-cell bootstrap takes, each value a cell of its own:
 * down-sampling gives two or three, and weights of many values are resampled example by example
 * (`weightedEvidence`), as the cells would be nearly as many as the examples.
 */
const MOST_WEIGHT_LEVELS = 64;
/** The distinct weights of the examples of `rows`, each with its index; none past the most. */
function weightLevels(weights, rows) {
    const index = new Map();
    const count = rows ? rows.length : weights.length;
    for (let j = 0; j < count; j++) {
        const w = weights[rows ? rows[j] : j];
        if (index.has(w))
            continue;
        if (index.size === MOST_WEIGHT_LEVELS)
            return undefined;
        index.set(w, index.size);
    }
    return { index, values: [...index.keys()] };
}
/**
 * The joint cells (label, champion's class, challenger's class) that hold examples, with their
 * counts, in the order of the cells of the K x K x K cube: at most one cell per example, where
 * the cube of 1,000 classes has 10^9 (8 GB). A resample draws nothing for an empty cell (the
 * multinomial's chain of binomials skips a zero count without a random draw), so these cells in
 * cube order draw the very counts the whole cube would, for the same seed. Where examples weigh
 * unequally, each cell is split by the examples' weight (`weight`, one value a cell), so that
 * drawing the cells' counts is still resampling the examples, each with its weight; none where
 * the weights take too many values.
 */
function jointCells(champion, challenger, rows, weights) {
    const k = champion.classes.length;
    const count = rows ? rows.length : champion.count;
    const levels = weights && weightLevels(weights, rows);
    if (weights && !levels)
        return undefined;
    const many = levels?.values.length ?? 1;
    const keys = new Float64Array(count);
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        const cube = (champion.labels[i] * k + champion.predictions[i]) * k + challenger.predictions[i];
        keys[j] = levels ? cube * many + levels.index.get(weights[i]) : cube;
    }
    keys.sort();
    let cells = 0;
    for (let j = 0; j < count; j++)
        if (j === 0 || keys[j] !== keys[j - 1])
            cells++;
    const counts = new Float64Array(cells);
    const label = new Int32Array(cells);
    const predicted = [new Int32Array(cells), new Int32Array(cells)];
    const weight = levels && new Float64Array(cells);
    for (let j = 0, c = -1; j < count; j++) {
        const key = keys[j];
        if (j === 0 || key !== keys[j - 1]) {
            c++;
            const cube = Math.floor(key / many);
            label[c] = Math.floor(cube / (k * k));
            predicted[0][c] = Math.floor(cube / k) % k;
            predicted[1][c] = cube % k;
            if (weight)
                weight[c] = levels.values[key % many];
        }
        counts[c]++;
    }
    return { counts, label, predicted, weight };
}
/**
 * Bootstrap over the joint cells: each resample draws the cells' counts, and each model's
 * tallies per class are summed from them, O(cells) + O(K) per resample; a cell of weighted
 * examples adds its count times their weight.
 */
function cellEvidence(pair, rows, settings) {
    const champion = pair.championData;
    const challenger = pair.challengerData;
    if (champion.task !== "classification" || challenger.task !== "classification")
        return;
    const k = champion.classes.length;
    const statistic = fromTallies(pair.name, champion.positive);
    if (!statistic)
        return;
    const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
    const cells = jointCells(champion, challenger, rows, weights);
    // Weights of many values are resampled example by example (`weightedEvidence`).
    if (!cells)
        return;
    const { counts, label, predicted, weight } = cells;
    const lacking = divisorLost(pair);
    const ofModel = (model) => {
        const tallies = {
            tp: new Float64Array(k),
            truth: new Float64Array(k),
            predicted: new Float64Array(k),
        };
        const tally = (drawn) => {
            tallies.tp.fill(0);
            tallies.truth.fill(0);
            tallies.predicted.fill(0);
            for (let c = 0; c < drawn.length; c++) {
                const n = weight ? drawn[c] * weight[c] : drawn[c];
                const t = label[c];
                const p = predicted[model][c];
                tallies.truth[t] += n;
                tallies.predicted[p] += n;
                if (t === p)
                    tallies.tp[t] += n;
            }
            return tallies;
        };
        const lacks = lacking?.(tally(counts));
        return (drawn) => {
            const drawnTallies = tally(drawn);
            return lacks?.(drawnTallies) ? NaN : statistic(drawnTallies);
        };
    };
    return cellBootstrapEvidence(counts, ofModel(0), ofModel(1), rangeOf(pair, settings));
}
/** What a class metric divides by, in a class's tallies, by what of a class it counts. */
const DIVISORS = {
    labelled: [(t, c) => t.truth[c]],
    predicted: [(t, c) => t.predicted[c]],
    either: [(t, c) => t.truth[c] + t.predicted[c]],
    each: [
        (t, c) => t.truth[c],
        (t, c) => t.predicted[c],
    ],
};
/**
 * For a binary class metric of the confusion cells, a test of whether a resample's tallies of
 * one model lack what the metric divides by where the data had it: a recall's positive
 * examples, a precision's positive predictions, an F1's either (a balanced accuracy's examples
 * of each class; an mcc's labels or predictions of one class only). scikit-learn's value there
 * (zero_division's 0; an mcc of 0) would stand in for the metric, and a slice of 3 frauds would
 * count the ~5% of resamples that draw none as a change of exactly 0. Such a resample is drawn
 * again (`collect`). A macro average is left as it is: over many rare classes nearly every
 * resample misses one, which drops out of the average, as in scikit-learn.
 */
function divisorLost(pair) {
    const metric = classMetric(pair);
    if (!metric?.binary)
        return;
    const divisors = DIVISORS[metric.kind];
    return (observed) => {
        const held = metric.classes.flatMap((c) => divisors
            .filter((divisor) => divisor(observed, c) > 0)
            .map((divisor) => [divisor, c]));
        return (drawn) => held.some(([divisor, c]) => divisor(drawn, c) === 0);
    };
}
/**
 * Each example's outcome, 1 (right) or 0 (wrong): a proportion's, or the values of the per-example
 * score whose mean the metric is, which the read refused unless 0 or 1 (`binaryScores`). An
 * example whose score is missing is in no row judged (`MissingValues`).
 */
const outcomesOf = (metric, data) => metric.outcomes ?? data.exampleScores.get(metric.definition.scoreColumn);
/**
 * McNemar on the examples each model gets right; for a binary recall, on the positive examples,
 * each found or not. The evidence counts all the row's examples, as every other method does.
 * Where examples weigh unequally, each cell holds its examples' weights as effective counts
 * (`effectiveEvidence`).
 */
function mcnemarEvidence(pair, rows) {
    const recall = isBinaryRecall(pair);
    const champion = pair.championData;
    const challenger = pair.challengerData;
    const positive = champion.positive;
    const weights = weighsUnequally(champion.weights) ? champion.weights : undefined;
    // A recall's outcomes are each positive example's prediction, read below.
    const [mine, theirs] = recall
        ? [[], []]
        : [
            outcomesOf(pair.champion, pair.championData),
            outcomesOf(pair.challenger, pair.challengerData),
        ];
    // Per cell (neither right, the challenger's only, the champion's only, both): the weights and
    // their squares.
    const cells = [0, 0, 0, 0];
    const squares = [0, 0, 0, 0];
    const count = rows ? rows.length : champion.count;
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        let cell;
        if (!recall)
            cell = mine[i] * 2 + theirs[i];
        else if (champion.labels[i] === positive) {
            cell =
                (champion.predictions[i] === positive ? 2 : 0) +
                    (challenger.predictions[i] === positive ? 1 : 0);
        }
        else
            continue;
        const w = weights ? weights[i] : 1;
        cells[cell] += w;
        squares[cell] += w * w;
    }
    const evidence = weights ? effectiveEvidence(cells, squares) : cellsEvidence(cells);
    if (!recall)
        return { ...evidence, examples: count };
    return evidence.insufficient === undefined
        ? { ...evidence, examples: count }
        : { ...evidence, examples: count, insufficient: "no positive examples, which recall counts" };
}
/** Paired proportions from the four cells, in `mcnemarEvidence`'s order. */
function cellsEvidence(cells) {
    const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells;
    return (0,paired_proportions/* pairedProportionEvidence */.Pm)({ bothCorrect, championOnly, challengerOnly, neitherCorrect });
}
/**
 * Paired proportions of weighted cells, each estimate's counts scaled to its effective sample
 * size: the number of equally weighted examples whose variance is the weighted estimate's
 * linearised (sandwich) variance, sum w^2 (x - estimate)^2 / (sum w)^2, as survey statistics
 * size a weighted proportion's interval. The change's on the per-example differences (+1 where
 * only the challenger is right, -1 where only the champion is), the challenger's own on its
 * outcomes: each interval is then as wide as its weighted variance, wherever the heavy examples
 * fall. Where an estimate has no spread (no discordant example, every one right), Kish's
 * effective size, (sum w)^2 / sum w^2, keeps the interval as wide as that many examples allow,
 * rather than the bootstrap's [0, 0]. The proportions and their change are the weighted ones.
 */
function effectiveEvidence(cells, squares) {
    const total = cells.reduce((sum, cell) => sum + cell, 0);
    if (total === 0)
        return cellsEvidence(cells);
    const kish = (total * total) / squares.reduce((sum, square) => sum + square, 0);
    // The effective size of an estimate whose per-example values, by cell, are `values`.
    const effective = (values) => {
        const mean = values.reduce((sum, v, c) => sum + v * cells[c], 0) / total;
        const spread = values.reduce((sum, v, c) => sum + cells[c] * (v - mean) ** 2, 0) / total;
        const variance = values.reduce((sum, v, c) => sum + squares[c] * (v - mean) ** 2, 0) / (total * total);
        return spread > 0 && variance > 0 ? spread / variance : kish;
    };
    const scaled = (size) => cells.map((cell) => (cell / total) * size);
    const change = cellsEvidence(scaled(effective([0, 1, -1, 0])));
    const own = cellsEvidence(scaled(effective([0, 1, 0, 1])));
    if (change.insufficient !== undefined || own.insufficient !== undefined)
        return change;
    return { ...change, challenger: own.challenger };
}
/** A model's examples sorted by score: its ROC AUC's own ranking, or a ranking made for DeLong. */
const rankingOf = (metric, data) => metric.ranking ?? (0,ranking_metrics/* rankBinary */.cc)(data.labels, data.positive, data.positiveScores);
/**
 * DeLong from both models' rankings, which ROC AUC sorted once: a slice takes the examples of
 * the whole ranking that it holds, so no slice sorts again. Unequal sample weights weigh the
 * structural components.
 */
function delong(pair, rows, total) {
    let members;
    if (rows) {
        members = new Uint8Array(total);
        for (let j = 0; j < rows.length; j++)
            members[rows[j]] = 1;
    }
    const evidence = rankedDelongEvidence(rankingOf(pair.champion, pair.championData), rankingOf(pair.challenger, pair.challengerData), members, weighsUnequally(pair.championData.weights) ? pair.championData.weights : undefined);
    (0,release_array/* releaseArrays */.E)(members);
    return evidence;
}
/**
 * Weighted bootstrap of any metric, on all examples: a slice's metric is prepared on its own
 * examples first, so that each resample passes over them alone, not over every example with
 * the others weighing 0.
 */
function weightedEvidence(pair, rows, total, settings) {
    if (rows)
        return weightedEvidence(pair.at(rows), undefined, rows.length, settings);
    const lost = classLost(pair);
    // Metrics that read the sample weights in their ranking's order take each draw's counts as
    // they are; the others take the counts multiplied by the sample weights, once a draw for both.
    const own = pair.champion.weighsCounts && pair.challenger.weighsCounts
        ? undefined
        : pair.challengerData.weights;
    const evaluate = (metric) => own ? (w) => metric.evaluateWeighed(w) : (w) => metric.evaluate(w);
    // On the champion's statistic alone: a NaN from either model draws the resample again. The
    // data as observed (no draw: no weights, or the sample weights themselves) is never refused.
    // A draw's counts and their product with the sample weights leave out the same examples, as
    // an example weighing 0 is in no bootstrap (`weighedRows` and the slices leave them out).
    const guarded = (statistic) => (w) => w !== undefined && w !== own && lost?.(w) ? NaN : statistic(w);
    return bootstrapEvidence(...bothSides(pair, guarded(evaluate(pair.champion)), evaluate(pair.challenger)), total, { ...rangeOf(pair, settings), ...(own ? { exampleWeights: own } : {}) });
}
/**
 * The two statistics a bootstrap draws: where a first model stands on both sides as one prepared
 * metric, each draw's value is computed once, by the champion's statistic (the bootstrap
 * evaluates the statistics in order on each draw), and read again as the challenger's.
 */
function bothSides(pair, champion, challenger) {
    if (pair.challenger !== pair.champion)
        return [champion, challenger];
    let last = NaN;
    return [(w) => (last = champion(w)), () => last];
}
/**
 * For a binary metric that rests on some examples of a class, a test of whether a resample's
 * weights, one per example, leave out every one of them: for a ranking metric (ROC AUC,
 * average precision, an operating point) the positive examples (every example of either
 * class, for a ROC AUC), where an average precision without a positive is 0 for both
 * models (scikit-learn's value), a change of exactly 0 that pulled a slice's interval to 0; for
 * a metric of the confusion cells resampled example by example (as sample weights have them),
 * what `divisorLost` guards in the cells' bootstrap: a precision's positive predictions of each
 * model, an F1's examples labelled or predicted positive, an mcc's of either class. Such a
 * resample is drawn again (`collect`); a ROC AUC and an operating point are NaN there already.
 * One class against the rest is left as it is, as `divisorLost` leaves a macro average.
 */
function classLost(pair) {
    const metric = classMetric(pair);
    if (!metric?.binary)
        return;
    const { kind, champion, challenger } = metric;
    const k = champion.classes.length;
    // Groups by what is counted: each class's labels, then each model's predictions of it, then
    // each model's labels or predictions of it; those of the metric's classes alone are kept.
    const groups = Array.from({ length: 5 * k }, () => []);
    const counts = (c) => metric.classes.includes(c);
    for (let i = 0; i < champion.count; i++) {
        const label = champion.labels[i];
        if ((kind === "labelled" || kind === "each") && counts(label))
            groups[label].push(i);
        if (kind === "labelled")
            continue;
        [champion, challenger].forEach(({ predictions }, m) => {
            const p = predictions[i];
            if (kind !== "either" && counts(p))
                groups[(1 + m) * k + p].push(i);
            if (kind !== "either")
                return;
            if (counts(label))
                groups[(3 + m) * k + label].push(i);
            if (p !== label && counts(p))
                groups[(3 + m) * k + p].push(i);
        });
    }
    const held = groups.filter((members) => members.length > 0).map((m) => Uint32Array.from(m));
    return (w) => held.some((members) => {
        for (let m = 0; m < members.length; m++)
            if (w[members[m]] > 0)
                return false;
        return true;
    });
}
/**
 * The metrics that rest on some examples only, by what of a class they count; a recall at a
 * fixed precision, or the reverse, or at a fixed alert rate, on the positive examples, as
 * average precision (an alert rate on its alerts too, where they are fewer).
 */
const CLASS_METRIC = /^(?:(recall|balanced_accuracy|roc_auc|average_precision|(?:recall_at_precision|precision_at_recall|recall_at_alert_rate)_\d+(?:p\d+)?)|(precision)|(f1)|(mcc))(?:_(macro|micro|weighted))?$/;
/**
 * A metric that rests on some examples of a class only, and how: what it counts in a class
 * (the examples labelled so, each model's predictions of it, either, or each of the two), whether
 * it is the positive class's alone, and the classes it is about. None for a micro or weighted
 * average, which counts every example, nor for an mcc of more than two classes.
 */
function classMetric(pair) {
    const champion = pair.championData;
    const match = CLASS_METRIC.exec(pair.name);
    if (!match || champion.task !== "classification")
        return;
    if (pair.challengerData.task !== "classification")
        return;
    const average = match[5];
    if (average === "micro" || average === "weighted")
        return;
    const kind = match[2] ? "predicted" : match[3] ? "either" : match[4] ? "each" : "labelled";
    const binary = champion.positive >= 0 && average === undefined;
    // A binary mcc is a correlation of two classes' labels and predictions: as few as the fewest
    // of them, as 3 frauds make any metric of them; over more classes, of every example.
    if (kind === "each" && !binary)
        return;
    // A binary ROC AUC ranks positives against negatives, a balanced accuracy averages both
    // classes' recalls, an mcc correlates both; an average counts the classes it averages over.
    const positiveOnly = binary && kind !== "each" && match[1] !== "roc_auc" && match[1] !== "balanced_accuracy";
    const classes = positiveOnly ? [champion.positive] : [...champion.classes.keys()];
    return {
        kind,
        binary,
        positiveOnly,
        classes,
        champion,
        challenger: pair.challengerData,
    };
}
/**
 * How many examples a class-conditional metric rests on, where that is fewer than all: a recall
 * counts the positive examples, a precision each model's positive predictions, an F1 the
 * examples labelled or predicted positive, a binary mcc the fewest of either class's labels and
 * predictions, a macro average or ROC AUC its smallest class. Two positives among a thousand
 * examples are two examples' worth of evidence about a recall. Micro and weighted averages are
 * left to the count of all examples.
 */
function supportOf(pair, rows) {
    const metric = classMetric(pair);
    if (!metric)
        return;
    const { kind, binary, champion, challenger } = metric;
    const k = champion.classes.length;
    const labelled = new Float64Array(k);
    const predicted = [new Float64Array(k), new Float64Array(k)];
    const either = [new Float64Array(k), new Float64Array(k)];
    const count = rows ? rows.length : champion.count;
    for (let j = 0; j < count; j++) {
        const i = rows ? rows[j] : j;
        const label = champion.labels[i];
        labelled[label]++;
        for (const [m, data] of [champion, challenger].entries()) {
            const p = data.predictions[i];
            predicted[m][p]++;
            either[m][label]++;
            if (p !== label)
                either[m][p]++;
        }
    }
    // Of the two models' counts, the fewer; a model that never predicts a class is not short of
    // evidence about it: its precision there is 0, which the metric itself judges.
    const fewer = (a, b) => (a === 0 ? b : b === 0 ? a : Math.min(a, b));
    const tally = (what, c) => what === "labelled"
        ? labelled[c]
        : what === "predicted"
            ? fewer(predicted[0][c], predicted[1][c])
            : fewer(either[0][c], either[1][c]);
    // An mcc's class counts as the fewer of its labels and its predictions.
    const counted = (c) => kind !== "each"
        ? kind
        : tally("labelled", c) <= tally("predicted", c)
            ? "labelled"
            : "predicted";
    const of = (c) => tally(counted(c), c);
    // Of a binary ROC AUC's two classes, the fewer is what it rests on; an average rests on the
    // classes it averages over: a recall's those labelled, a precision's those predicted. An mcc
    // rests on both, and a class it lacks leaves it nothing to correlate.
    const classes = metric.positiveOnly || kind === "each"
        ? metric.classes
        : metric.classes.filter((c) => of(c) > 0);
    let fewest = classes[0];
    for (const c of classes)
        if (of(c) < of(fewest))
            fewest = c;
    if (fewest === undefined)
        return;
    const name = binary ? (fewest === champion.positive ? "positive" : "negative") : undefined;
    const support = {
        count: of(fewest),
        ...supportNouns(counted(fewest), name, champion.classes[fewest]),
    };
    // A recall at an alert rate catches at most the rate's share of the examples: 10 alerts of
    // 2,000 rest on those 10, however many positives they are drawn from.
    const rate = (0,recall_at_alert_rate/* alertRateOf */.Im)(pair.name);
    const alerts = rate === undefined ? undefined : alertsOf(pair, rate, rows, count);
    return alerts !== undefined && alerts < support.count
        ? { count: alerts, noun: "alert", plural: "alerts" }
        : support;
}
/**
 * How many alerts a recall at an alert rate of `percent`% rests on, of the `count` examples on
 * `rows`: the rate's share of them; where examples carry sample weights, the fewer that either
 * model's threshold flags, as ten heavy negative examples flagged spend the budget of a hundred
 * light ones.
 */
function alertsOf(pair, percent, rows, count) {
    const { weights } = pair.championData;
    const [mine, theirs] = [pair.champion.ranking, pair.challenger.ranking];
    if (!weights || !mine || !theirs)
        return (0,recall_at_alert_rate/* alertsAt */.Fl)(percent, count);
    let within = weights;
    if (rows) {
        within = new Float64Array(weights.length);
        for (let j = 0; j < rows.length; j++)
            within[rows[j]] = weights[rows[j]];
    }
    return Math.min((0,recall_at_alert_rate/* alertsFlagged */.ui)(mine, percent, within), (0,recall_at_alert_rate/* alertsFlagged */.ui)(theirs, percent, within));
}
/** A support's noun: of the positive or negative class (`name`), else of class `label`. */
function supportNouns(what, name, label) {
    const which = name ?? `'${label}'`;
    const [noun, plural] = what === "labelled"
        ? name
            ? [`${name} example`, `${name} examples`]
            : [`example of class ${which}`, `examples of class ${which}`]
        : what === "predicted"
            ? name
                ? [`${name} prediction`, `${name} predictions`]
                : [`prediction of class ${which}`, `predictions of class ${which}`]
            : [`example labelled or predicted ${which}`, `examples labelled or predicted ${which}`];
    return { noun, plural };
}
/** The evidence about the metric on `rows` (all examples when undefined). */
function metricEvidence(pair, method, rows, total, settings) {
    if ((rows ? rows.length : total) === 0) {
        return {
            method,
            examples: 0,
            champion: null,
            challenger: null,
            insufficient: "no paired examples",
        };
    }
    if (method === "delong") {
        if (!isBinary(pair.championData) || !isBinary(pair.challengerData)) {
            throw new metric_error/* MetricError */.v(pair.name, "is judged with DeLong's test, which needs a binary classifier's scores", "Use method auto or bootstrap");
        }
        return withSupport(delong(pair, rows, total), pair, rows);
    }
    if (method === "mcnemar")
        return withSupport(mcnemarEvidence(pair, rows), pair, rows);
    return withSupport(cellEvidence(pair, rows, settings) ?? weightedEvidence(pair, rows, total, settings), pair, rows);
}
function withSupport(evidence, pair, rows) {
    if (evidence.insufficient !== undefined)
        return evidence;
    const support = supportOf(pair, rows);
    return support ? { ...evidence, support } : evidence;
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/parse-share.js
var parse_share = __webpack_require__(7928);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/pairing-row.js





const named = (ids) => ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(", ");
/**
 * Ids a file repeats: their rows pair with nothing, nor do the other file's rows of those ids
 * (which of the repeated rows would be meant is unknown).
 */
function repeats(side, ids, rows, examples, otherRows) {
    if (rows === 0)
        return [];
    const other = side === "champion" ? "challenger" : "champion";
    const [its, it] = ids === 1 ? ["its", "it"] : ["their", "them"];
    const theirs = otherRows > 0 ? `, and the ${other}'s ${(0,counted/* counted */.h)(otherRows, "row")} of ${it},` : "";
    return [
        `${(0,counted/* counted */.h)(ids, "id")} repeated in the ${side} (${named(examples)}): ${its} ${(0,counted/* counted */.h)(rows, "row")}${theirs} pair with nothing`,
    ];
}
/** What kept rows out of pairs, with a few of their ids. */
function problems(report) {
    const absent = (n, noun, what, ids) => n > 0 ? [`${(0,counted/* counted */.h)(n, noun)} ${what} (${named(ids)})`] : [];
    return [
        ...absent(report.championUnpaired - report.championPartnerRepeated, "champion row", "without a challenger row", report.examples.championUnpaired),
        ...absent(report.challengerUnpaired - report.challengerPartnerRepeated, "challenger row", "without a champion row", report.examples.challengerUnpaired),
        ...repeats("champion", report.championRepeatedIds, report.championDuplicates, report.examples.championDuplicates, report.challengerPartnerRepeated),
        ...repeats("challenger", report.challengerRepeatedIds, report.challengerDuplicates, report.examples.challengerDuplicates, report.championPartnerRepeated),
        ...absent(report.labelMismatches, "id", "whose two files give different labels", report.examples.labelMismatches),
    ].join("; ");
}
/**
 * The slice columns whose two files give some pairs different values, counted and named as
 * labels that differ are: a pair is sliced by the champion's value, which the note says.
 */
const disagreementNotes = (disagreements) => disagreements.map(({ column, pairs, examples }) => `${(0,counted/* counted */.h)(pairs, "paired example")} ${pairs === 1 ? "has" : "have"} a different ${(0,closest_name/* quoteName */.AB)(column)} in the two files (${named(examples)}): ${pairs === 1 ? "it is" : "they are"} sliced by the champion's value; write the same value in both files`);
function pairingRow(report, allowed) {
    const counts = {
        paired: report.paired,
        champion_unpaired: report.championUnpaired,
        challenger_unpaired: report.challengerUnpaired,
        champion_duplicates: report.championDuplicates,
        challenger_duplicates: report.challengerDuplicates,
        label_mismatches: report.labelMismatches,
    };
    // The examples, each id once whichever file holds it: an id missing from one file, repeated
    // or labelled differently is one example unpaired, as a user counting examples would count it.
    const left = report.ids - report.paired;
    if (left === 0)
        return { counts, row: undefined };
    const observed = left / report.ids;
    const limit = (0,parse_share/* parseShare */.n)(allowed);
    // Nothing paired is never comparable, whatever share is allowed.
    const passed = observed <= limit && report.paired > 0;
    return {
        counts,
        row: {
            metric: "unpaired examples",
            slice: null,
            gated: true,
            direction: "lower",
            champion: null,
            challenger: observed,
            delta: null,
            relative_delta: null,
            rule: `at most ${(0,format_number/* formatShare */.T1)(limit)} of the examples (max-unpaired)`,
            checks: [{ rule: "max", limit, passed }],
            status: passed ? "pass" : "fail",
            reason: `${(0,format_number/* formatShare */.T1)(observed)} of the examples (${(0,counted/* counted */.h)(left, "id")} of ${(0,group_digits/* groupDigits */.K)(report.ids)} in either file) are not in a pair: ${problems(report)}${passed ? "" : `; the two files must hold predictions for the same examples${report.championDuplicates + report.challengerDuplicates > 0 ? ", each id once" : ""}`}`,
        },
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/missing-values.js



/** The column a metric of one column reads, keyed, and what it holds, in words. */
function missing_values_columnOf(name, definition, data) {
    if (definition.column === "latency")
        return { key: "latency", what: "a latency", values: data.latency };
    if (definition.column === "cost")
        return { key: "cost", what: "a cost", values: data.cost };
    // A per-example score's metric is `<column>_mean`.
    const column = name.slice(0, -"_mean".length);
    return {
        key: `score:${column}`,
        what: `a value of ${(0,closest_name/* quoteName */.AB)(column)}`,
        values: data.exampleScores.get(column),
    };
}
/** Where a file first lacks a value: its file and line (Parquet: its row). */
const placeOf = (cell, shown) => `${shown(cell.file)}${cell.lineNumber === undefined ? ` row ${cell.rowIndex}` : `:${cell.lineNumber}`}`;
/** How many of `values` are missing, and where the file first lacks one. */
function lacking(values, shown) {
    let count = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isNaN(values[i]))
            count++;
    const cell = firstMissingCell(values);
    return { count, first: cell ? ` (first at ${placeOf(cell, shown)})` : "" };
}
/**
 * The examples each metric of a column is judged on, across all examples and every slice, and
 * the notes on the examples left out. A first model stands on both sides as the same data.
 */
class MissingValues {
    data;
    shown;
    columns = new Map();
    constructor(data, shown) {
        this.data = data;
        this.shown = shown;
    }
    /** The examples of `rows` (all when undefined) that metric `name` is judged on. */
    within(name, definition, rows) {
        if (definition.needs !== "column")
            return rows;
        const presence = this.presenceOf(name, definition);
        if (presence === undefined)
            return rows;
        presence.metrics.add(name);
        const { both } = presence;
        if (both === undefined)
            return rows;
        return rows === undefined ? presence.rows : rows.filter((i) => both[i] === 1);
    }
    presenceOf(name, definition) {
        const mine = missing_values_columnOf(name, definition, this.data.champion);
        const known = this.columns.get(mine.key);
        if (known !== undefined)
            return known;
        const theirs = missing_values_columnOf(name, definition, this.data.challenger).values;
        // A column a model lacks is refused or skipped with its metric, before any row is judged.
        if (mine.values === undefined || theirs === undefined)
            return undefined;
        const presence = bothPresent(mine.what, mine.values, theirs);
        this.columns.set(mine.key, presence);
        return presence;
    }
    /** A note for each column some examples lack, naming how many on which side. */
    notes() {
        return [...this.columns.values()].flatMap((presence) => {
            const { both, rows, metrics, champion, challenger } = presence;
            if (both === undefined || rows === undefined)
                return [];
            const names = [...metrics].join(", ");
            const verb = metrics.size === 1 ? "is" : "are";
            const total = (0,group_digits/* groupDigits */.K)(both.length);
            if (champion === challenger) {
                const { count, first } = lacking(champion, this.shown);
                return [
                    `${names} ${verb} judged on the ${(0,group_digits/* groupDigits */.K)(rows.length)} of the ${total} examples that have ${presence.what}: ${(0,group_digits/* groupDigits */.K)(count)} lack one${first}`,
                ];
            }
            const sides = [
                ["challenger", lacking(challenger, this.shown)],
                ["champion", lacking(champion, this.shown)],
            ]
                .filter(([, { count }]) => count > 0)
                .map(([side, { count, first }]) => `${(0,group_digits/* groupDigits */.K)(count)} lack the ${side}'s${first}`);
            return [
                `${names} ${verb} judged on the ${(0,group_digits/* groupDigits */.K)(rows.length)} of the ${total} paired examples that both models have ${presence.what} for: ${sides.join(", ")}`,
            ];
        });
    }
}
/** Which examples both columns have a value for; none marked where every example has both. */
function bothPresent(what, champion, challenger) {
    const base = { what, metrics: new Set(), champion, challenger };
    let present = 0;
    const both = new Uint8Array(champion.length);
    for (let i = 0; i < both.length; i++) {
        if (Number.isNaN(champion[i]) || Number.isNaN(challenger[i]))
            continue;
        both[i] = 1;
        present++;
    }
    if (present === both.length)
        return base;
    const rows = new Uint32Array(present);
    for (let i = 0, j = 0; i < both.length; i++)
        if (both[i] === 1)
            rows[j++] = i;
    return { ...base, both, rows };
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/rule-comparison.js
var rule_comparison = __webpack_require__(6459);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/eval-verdict.js
var eval_verdict = __webpack_require__(6027);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/judge-predictions.js













/**
 * Each value of each slice column the policy names, with its examples (counted, then filled),
 * and a note for each column that leaves examples in none of its slices (an empty value). An
 * example of weight 0 is in no slice, and a value whose examples all weigh 0 is no slice, which
 * a note says.
 */
function slicesOf(data, policy) {
    const slices = [];
    const notes = [];
    const { weights } = data;
    for (const column of policy.slices?.by ?? []) {
        const category = data.slices.get(column);
        if (!category)
            continue;
        // Indexed loops: a million examples iterated or called back make as many objects.
        const { codes } = category;
        const sizes = new Uint32Array(category.names.length);
        const weightless = new Uint32Array(category.names.length);
        let none = 0;
        for (let i = 0; i < codes.length; i++) {
            if (codes[i] < 0)
                none++;
            else if (weights && weights[i] === 0)
                weightless[codes[i]]++;
            else
                sizes[codes[i]]++;
        }
        if (none > 0)
            notes.push(noSliceNote(column, none, codes.length));
        const members = Array.from(sizes, (size) => new Uint32Array(size));
        const filled = new Uint32Array(category.names.length);
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (code >= 0 && !(weights && weights[i] === 0))
                members[code][filled[code]++] = i;
        }
        const unweighed = [];
        category.names.forEach((value, code) => {
            // A value held only by unpaired rows is no slice of the pairs.
            if (members[code].length > 0)
                slices.push({ name: `${column}=${value}`, rows: members[code] });
            else if (weightless[code] > 0)
                unweighed.push(`${column}=${value}`);
        });
        if (unweighed.length > 0)
            notes.push(weightlessNote(unweighed));
    }
    return { slices, notes };
}
/** Slices whose every example weighs 0: none is evidence, and no row judges them. */
function weightlessNote(slices) {
    const which = slices.length === 1 ? "that slice is" : "those slices are";
    return `Every example of ${(0,listed/* listed */.K)(slices.map(closest_name/* quoteName */.AB))} weighs 0, so ${which} not judged`;
}
/** Examples with no value of a slice column: judged on all examples, in none of its slices. */
const noSliceNote = (column, none, examples) => `${(0,group_digits/* groupDigits */.K)(none)} of the ${(0,group_digits/* groupDigits */.K)(examples)} examples have no ${(0,closest_name/* quoteName */.AB)(column)} value, so they are in none of its slices (they count on all examples): write their ${(0,closest_name/* quoteName */.AB)(column)} to judge them in a slice`;
/** The rule of a metric in a slice: the metric's, with the slice's overrides. */
function ruleIn(policy, metric, rule, slice) {
    const override = slice === null ? undefined : policy.slices?.overrides?.[slice]?.[metric];
    if (!override)
        return rule;
    // A slice's comparison replaces the metric's, whichever kind each is.
    const replaces = override["max-regression"] !== undefined || override["min-improvement"] !== undefined;
    const { "max-regression": _r, "min-improvement": _i, ...rest } = rule;
    return { ...(replaces ? rest : rule), ...override };
}
/**
 * Both models' metric, ready (`checkPolicy` refused a direction the wrong way round); `shown`
 * names a file in its errors.
 */
function metricPair(name, rule, paired, shown) {
    const options = { shown, ...(rule.sensitive && { sensitive: rule.sensitive }) };
    const champion = (0,metric_registry/* prepareMetric */.ii)(name, paired.champion, options);
    return {
        name,
        champion,
        // A first model stands on both sides: its metric is prepared (sorted, counted) once.
        challenger: paired.challenger === paired.champion
            ? champion
            : (0,metric_registry/* prepareMetric */.ii)(name, paired.challenger, options),
        championData: paired.champion,
        challengerData: paired.challenger,
        at: (rows) => metricPair(name, rule, pairedAt(paired, rows), shown),
    };
}
/** A metric the predictions cannot give; skipped when the policy does not require it. */
function unavailable(name, rule, error) {
    if (rule.required !== false)
        throw error;
    return {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        champion: null,
        challenger: null,
        delta: null,
        relative_delta: null,
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: [],
        status: "skipped",
        reason: `${error.problem}; not required`,
    };
}
/** The checks a rule makes: its comparison with the champion, its min, its max. */
const checksOf = (rule) => Number((0,rule_comparison/* comparisonOf */.j)(rule) !== undefined) +
    Number(rule.min !== undefined) +
    Number(rule.max !== undefined);
/**
 * Each gated metric on all examples, then in each slice unless it opts out; a metric the
 * predictions cannot give is skipped, or refused when required.
 */
function targetsOf(policy, paired, shown) {
    const { slices, notes } = slicesOf(paired.champion, policy);
    const missing = new MissingValues(paired, shown);
    const weighed = weighedRows(paired.champion.weights);
    const targets = [];
    const skipped = [];
    for (const [name, rule] of Object.entries(policy.metrics)) {
        let pair;
        try {
            pair = metricPair(name, rule, paired, shown);
        }
        catch (error) {
            if (!(error instanceof metric_error/* MetricError */.v))
                throw error;
            skipped.push(unavailable(name, rule, error));
            continue;
        }
        const method = !rule.method || rule.method === "auto" ? autoMethod(pair) : rule.method;
        for (const { name: slice, rows } of [
            { name: null, rows: undefined },
            ...(rule.slices === false ? [] : slices),
        ]) {
            const judged = missing.within(name, pair.champion.definition, weighed(rows));
            targets.push({ pair, method, slice, rows: judged, rule: ruleIn(policy, name, rule, slice) });
        }
    }
    return { targets, skipped, notes: [...notes, ...missing.notes()] };
}
/**
 * The examples of weight above 0, where some weigh 0, for the rows on all examples: an example of
 * weight 0 counts in no value, and is no evidence either, so that `min-samples`, a row's `n` and
 * its resamples count the others alone. A slice's rows are left as they are: `slicesOf` put no
 * example of weight 0 in any.
 */
function weighedRows(weights) {
    if (!weights?.includes(0))
        return (rows) => rows;
    const all = Uint32Array.from(weights.keys()).filter((i) => weights[i] > 0);
    return (rows) => rows ?? all;
}
/**
 * The bootstrap's resamples: the policy's, else enough that each end of an interval at the
 * strictest level the correction can test at rests on RESAMPLES_PER_TAIL resamples. The checks
 * are counted before the data can leave a row out, which only makes the level stricter.
 */
function bootstrapSettings(policy, checks, examples) {
    const tail = (0,evidence_resamples/* strictestTail */.QW)(policy.confidence ?? 0.95, policy.correction ?? "holm", checks);
    const resamples = policy.resamples ?? (0,evidence_resamples/* defaultResamples */.eb)(tail, examples);
    return { resamples, seed: policy.seed ?? 0 };
}
/**
 * Where the bootstrap rows rest on fewer than RESAMPLES_PER_TAIL resamples beyond an end of an
 * interval at the family's strictest level (`judgement`'s, the level the reasons size their
 * advice at too), a note that says so, what they were judged on, and how many resamples would
 * do, at what cost: with a few beyond each end a verdict may change with the seed alone; with
 * none, a check beyond every resample was judged on the normal bootstrap interval (decision 0037).
 */
function resamplesNote(policy, family, judgement) {
    const resamples = family.find((row) => row.resamples !== undefined)?.resamples;
    if (resamples === undefined)
        return [];
    const { confidence, correction, claims, rows } = judgement;
    const tail = (0,evidence_resamples/* strictestTail */.QW)(confidence, correction, claims / 2);
    const beyond = (0,evidence_resamples/* resamplesBeyondEnd */.xi)(resamples, tail);
    if (beyond >= evidence_resamples/* RESAMPLES_PER_TAIL */.CD)
        return [];
    const wanted = (0,evidence_resamples/* resamplesToResolve */.wo)(tail);
    const cost = `about ${(0,group_digits/* groupDigits */.K)(Math.round(wanted / resamples))} times this run's resampling time`;
    const whose = policy.resamples === undefined ? "the default, capped for time" : "the policy's resamples";
    const level = `one-sided ${Number((tail * 100).toPrecision(2))}%`;
    const remedy = (what) => wanted > evidence_resamples/* MOST_RESAMPLES */.HX
        ? `About ${(0,group_digits/* groupDigits */.K)(wanted)} resamples would ${what}, more than the ${(0,group_digits/* groupDigits */.K)(evidence_resamples/* MOST_RESAMPLES */.HX)} a policy takes: gate fewer metrics × slices`
        : `Set resamples: ${wanted}${policy.resamples === undefined ? "" : " (or leave it out for the default)"} to ${what}, ${cost}`;
    if (beyond > 0) {
        return [
            `The bootstrap rows rest on ${(0,group_digits/* groupDigits */.K)(resamples)} resamples (${whose}): an interval at the strictest level the correction can test at (${level}) has ${(0,counted/* counted */.h)(beyond, "resample")} beyond each end, fewer than ${evidence_resamples/* RESAMPLES_PER_TAIL */.CD}, so its verdict may change with the seed alone. ${remedy("settle it")}`,
        ];
    }
    const normal = rows.filter((row) => row.checks.some((check) => check.normalApproximation));
    const judged = normal.length > 0 ? ` (${(0,counted/* counted */.h)(normal.length, "row")} here)` : "";
    return [
        `The bootstrap rows rest on ${(0,group_digits/* groupDigits */.K)(resamples)} resamples (${whose}), none beyond either end of an interval at the strictest level the correction can test at (${level}): beyond every resample, a check is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples${judged}. ${remedy("judge every check on percentiles alone")}`,
    ];
}
/**
 * The family: each gated metric on all examples, then in each slice unless it opts out, and the
 * notes on the examples in no slice and on those a metric of a column leaves out for a missing
 * value (`resamplesNote` tells of the resamples, once judged). A first model's own predictions
 * stand on both sides (`judgeFirstModel`). `shown` names a file in the notes as errors name it.
 */
function evidenceRows(policy, paired, shown = (path) => path) {
    const { targets, skipped, notes } = targetsOf(policy, paired, shown);
    const total = paired.champion.count;
    const settings = bootstrapSettings(policy, targets.reduce((sum, target) => sum + checksOf(target.rule), 0), total);
    const family = targets.map(({ pair, method, slice, rows, rule }) => {
        const comparison = (0,rule_comparison/* comparisonOf */.j)(rule);
        return {
            metric: pair.name,
            slice,
            direction: rule.direction,
            ...(comparison ? { comparison } : {}),
            bounds: { min: rule.min, max: rule.max },
            evidence: metricEvidence(pair, method, rows, total, settings),
            rule,
            ...(method === "bootstrap" ? { resamples: settings.resamples } : {}),
        };
    });
    return { family, skipped, notes };
}
/**
 * A note where regression metrics are judged on labels of 0 and 1 alone, the classes of a
 * binary classifier: gating one regression metric reads the files as regression, and a policy
 * that picked rmse where accuracy was meant would judge a classifier's classes as numbers
 * without a word. A note, not a refusal: a regressor of a 0/1 target is sound.
 */
function classLabelsNote(policy, data) {
    if (data.task !== "regression")
        return [];
    const seen = new Set();
    for (const label of data.labels) {
        if (label !== 0 && label !== 1)
            return [];
        seen.add(label);
    }
    if (seen.size < 2)
        return [];
    const scores = [...data.exampleScores.keys()];
    const judged = Object.keys(policy.metrics).filter((name) => (0,metric_registry/* metricDefinition */.u8)(name, scores).task === "regression");
    return [
        `The labels hold only 0 and 1, the classes of a binary classifier, and ${judged.join(", ")} ${judged.length === 1 ? "is" : "are"} judged on them as regression: if the model classifies, gate a classification metric (accuracy, f1, or roc_auc on the score column) instead`,
    ];
}
/** A metric's value on all examples, or null where the data cannot give it (or there is none). */
function pointValue(name, data) {
    if (data === undefined)
        return null;
    try {
        const value = (0,metric_registry/* prepareMetric */.ii)(name, data).evaluate();
        return Number.isFinite(value) ? value : null;
    }
    catch (error) {
        if (error instanceof metric_error/* MetricError */.v)
            return null;
        // Probabilities that are not one distribution refuse a gated metric of them; unjudged, none.
        if (data.task === "classification" && error === data.probabilitySumError)
            return null;
        throw error;
    }
}
/** The family judged at the policy's confidence, correction and minimum samples. */
const judgeFamily = (policy, family) => (0,judge_evidence/* judgeEvidence */.Z)(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy["min-samples"] ?? 30,
    sliceMinSamples: policy.slices?.["min-samples"] ?? policy["min-samples"] ?? 30,
});
/**
 * How many rows were judged, at what confidence, with what correction and over how many
 * one-sided claims: what a reviewer needs to reproduce the adjusted p-values.
 */
const familyNote = ({ rows, confidence, correction, claims }) => `${(0,counted/* counted */.h)(rows.length, "row")} (metrics × slices) judged at ${confidence * 100}% confidence, ${correction === "none" ? "without correction" : `corrected with ${correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"} over ${(0,counted/* counted */.h)(claims, "one-sided claim")}, two per check`}`;
/**
 * The positive class of a binary classifier, as its labels write it: it decides a recall, an
 * F1, a ROC AUC, and is said, never left to guess.
 */
const positiveClass = (data) => data.task === "classification" && data.positive >= 0 ? data.classes[data.positive] : undefined;
/** Judges the paired predictions under the policy. */
function judgePredictions(policy, paired, shown) {
    const { family, skipped, notes: read } = evidenceRows(policy, paired, shown);
    const judgement = judgeFamily(policy, family);
    const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
    const rows = [
        ...(pairing.row ? [pairing.row] : []),
        ...judgement.rows.map((row, i) => evidenceRow(row, family[i], family[i].rule, judgement.confidence)),
        ...skipped,
    ];
    const verdict = (0,eval_verdict/* verdictOfRows */.Em)("predictions", rows);
    const notes = [
        ...classLabelsNote(policy, paired.champion),
        ...disagreementNotes(paired.disagreements),
        familyNote(judgement),
        ...read,
        ...resamplesNote(policy, family, judgement),
    ];
    const positive = positiveClass(paired.champion);
    const counts = positive === undefined ? pairing.counts : { ...pairing.counts, positive_class: positive };
    return { verdict, rows, pairing: counts, notes };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/judge-first-model.js






/** A rule, or a slice's override of one, without its comparison with the champion. */
function boundsOf(rule) {
    const { "max-regression": _regression, "min-improvement": _improvement, ...bounds } = rule;
    return bounds;
}
/**
 * The policy a first model is judged by: each rule's bounds (a slice's own among them), and the
 * metrics whose rule has none, which only a champion could judge.
 */
function boundsOnly(policy) {
    const bounded = (rule) => rule.min !== undefined || rule.max !== undefined;
    const entries = Object.entries(policy.metrics);
    // Defined as own properties, whatever a policy names its metrics.
    const metrics = Object.fromEntries(entries.filter(([, rule]) => bounded(rule)).map(([name, rule]) => [name, boundsOf(rule)]));
    const unchecked = entries.filter(([, rule]) => !bounded(rule)).map(([name]) => name);
    const overrides = Object.fromEntries(Object.entries(policy.slices?.overrides ?? {}).map(([slice, rules]) => [
        slice,
        Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, boundsOf(rule)])),
    ]));
    const slices = policy.slices && { ...policy.slices, overrides };
    return { bounded: { ...policy, metrics, ...(slices && { slices }) }, unchecked };
}
/** A metric only a champion could judge: its value, and why it is not gated. */
function uncheckedRow(name, rule, data) {
    return {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        ...(0,eval_report/* compareValues */.ck)(null, pointValue(name, data)),
        rule: (0,judge_aggregate/* describeRule */.I)(rule),
        checks: [],
        status: "info",
        reason: "no rule applied: its rule is against the champion, and a first model has none",
    };
}
/**
 * Why a first model's gate judged nothing, which leaves it inconclusive with no row to name as
 * such: a gate cannot pass a model it never checked, and a script reading the empty
 * inconclusive-metrics needs the cause and the way out.
 */
function nothingJudged(boundedMetrics) {
    return boundedMetrics === 0
        ? "No rule could be evaluated: every rule in the policy compares with a champion (none has a min or a max), and a first model has none, so the verdict is inconclusive with no row to list as such: the gate cannot pass a model it never checked. Give the metrics it must reach a min or a max, or give a champion."
        : `No rule could be evaluated: none of the ${(0,counted/* counted */.h)(boundedMetrics, "metric")} with a min or a max could be judged on these predictions (see their rows), so the gate cannot pass this model.`;
}
/**
 * Judges a first model's predictions under the policy's absolute bounds; `shown` names its file
 * in the notes as errors name it.
 */
function judgeFirstModel(policy, data, shown) {
    const { bounded, unchecked } = boundsOnly(policy);
    // The model stands on both sides: its own interval is what a bound is held against.
    const { family, skipped, notes: read, } = evidenceRows(bounded, { champion: data, challenger: data }, shown);
    const judgement = judgeFamily(bounded, family);
    const rows = [
        ...judgement.rows.map((row, i) => ({
            ...evidenceRow(row, family[i], family[i].rule, judgement.confidence),
            ...(0,eval_report/* compareValues */.ck)(null, row.challenger),
        })),
        ...skipped,
        ...unchecked.map((name) => uncheckedRow(name, policy.metrics[name], data)),
    ];
    const positive = positiveClass(data);
    const notes = [
        `No champion was given (a first model), so only absolute bounds were judged, on the challenger's own intervals${unchecked.length ? `; ${(0,counted/* counted */.h)(unchecked.length, "rule")} against the champion ${unchecked.length === 1 ? "was" : "were"} not checked` : ""}.`,
        ...classLabelsNote(policy, data),
        ...(family.length === 0
            ? [nothingJudged(Object.keys(bounded.metrics).length)]
            : [familyNote(judgement), ...read, ...resamplesNote(bounded, family, judgement)]),
        ...(positive === undefined ? [] : [`The positive class is '${(0,shorten/* shorten */.ml)(positive)}'.`]),
    ];
    return { verdict: judgement.verdict, rows, notes };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/policy-reads.js
var policy_reads = __webpack_require__(2757);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/evaluate-predictions.js










/** Every metric the predictions allow that the policy does not gate, with both values. */
function ungatedRows(policy, champion, challenger, exampleScores) {
    return (0,metric_registry/* metricNames */.Zv)(exampleScores)
        .filter((name) => !(name in policy.metrics))
        .map((name) => ({
        metric: name,
        gated: false,
        champion: pointValue(name, champion),
        challenger: pointValue(name, challenger),
    }))
        .filter((row) => row.champion !== null || row.challenger !== null);
}
/**
 * Where the policy names each column it slices by: in `slices.by`, or as a fairness metric's
 * `sensitive` column. A column named twice is refused at its first mention.
 */
function sliceFields(policy) {
    const fields = new Map();
    (policy.slices?.by ?? []).forEach((column, i) => {
        if (!fields.has(column))
            fields.set(column, `/slices/by/${i}`);
    });
    for (const [name, rule] of Object.entries(policy.metrics)) {
        if (rule.sensitive !== undefined && !fields.has(rule.sensitive))
            fields.set(rule.sensitive, (0,nesting/* jsonPointer */.Av)(["metrics", name, "sensitive"]));
    }
    return fields;
}
/** The values of a slice column that an error lists: enough to spot the one meant. */
const LISTED_VALUES = 10;
/**
 * Refuses a slice override whose value no row of the files has (`region=europe` where they
 * write `eu`): it would match no slice and be dropped without a word. `checkPolicy` made sure
 * each names `<column>=<value>` of a column in `slices.by`.
 */
function checkOverrideValues({ policy, refuse }, read, shown) {
    for (const slice of Object.keys(policy.slices?.overrides ?? {})) {
        const column = slice.split("=")[0];
        const value = slice.slice(column.length + 1);
        const values = [...new Set(read.flatMap((file) => file.slices.get(column)?.names ?? []))];
        if (values.includes(value))
            continue;
        const listed = values.slice(0, LISTED_VALUES).map(closest_name/* quoteName */.AB).join(", ");
        const more = values.length > LISTED_VALUES ? ` and ${values.length - LISTED_VALUES} more` : "";
        const has = values.length === 0
            ? "Write the column's values in the files: every row leaves it empty"
            : `Write the value as the files do (case and all): ${(0,closest_name/* quoteName */.AB)(column)} has ${(0,counted/* counted */.h)(values.length, "value")}, ${listed}${more}`;
        refuse((0,nesting/* jsonPointer */.Av)(["slices", "overrides", slice]), `names value ${(0,closest_name/* quoteName */.AB)(value)} of column ${(0,closest_name/* quoteName */.AB)(column)}, which no row of ${read.map((file) => shown(file.file)).join(" or ")} has`, `${(0,closest_name/* didYouMean */.au)(value, values)}${has}`);
    }
}
/**
 * The note on the files read for their per-example scores alone that likely hold their labels or
 * predictions under other names (`y_true`, `y_pred`): without it, the metrics of labels would
 * vanish from the report, ungated rows and all, without a word. Files that lack the same columns
 * share one note.
 */
function unreadNotes(read, shown) {
    const unread = read.flatMap((file) => file.task === "scores" && file.lacks.some((m) => m.likely || m.or?.likely) ? [file] : []);
    const [first, second] = unread;
    if (first === undefined)
        return [];
    if (second && JSON.stringify(second.lacks) === JSON.stringify(first.lacks)) {
        return [(0,missing_column/* unreadNote */.O7)([shown(first.file), shown(second.file)], first.lacks)];
    }
    return unread.map((file) => (0,missing_column/* unreadNote */.O7)([shown(file.file)], file.lacks));
}
/**
 * The note on the examples' sample weights, where the gate weighs them: which file's column, how
 * far apart the paired examples' weights lie (`weights`, as scaled, none where all are equal),
 * and what weighing changes in the judging.
 */
function weightsNote(challenger, champion, weights, shown) {
    if (!challenger.weights)
        return [];
    const column = `column ${(0,closest_name/* quoteName */.AB)(challenger.weights.column)} of ${shown(challenger.file)}`;
    if (!weights) {
        return [`Every example weighs the same by ${column}, so the examples are judged as unweighted`];
    }
    let [lightest, heaviest, none] = [Infinity, 0, 0];
    for (const w of weights) {
        if (w > 0)
            lightest = Math.min(lightest, w);
        heaviest = Math.max(heaviest, w);
        if (w === 0)
            none++;
    }
    const zero = `${(0,counted/* counted */.h)(none, "example")} weigh 0 and count for nothing`;
    const champions = champion && !champion.weights
        ? `; ${shown(champion.file)} has no such column, so these weights count for both models`
        : "";
    if (!weighsUnequally(weights)) {
        return [
            `Every example weighs the same by ${column} but ${zero}${champions}, so the others are judged as unweighted`,
        ];
    }
    return [
        `Each example weighs what ${column} gives it (the heaviest ${(0,format_number/* formatNumber */.ZV)(heaviest / lightest)} times the lightest${none > 0 ? `; ${zero}` : ""}${champions}): every metric weighs its examples so, the tests of a proportion (McNemar's, Wilson's) take the weighted counts as effective counts, DeLong's test weighs its structural components, and the other rows are judged on the bootstrap, which draws examples with their weights`,
    ];
}
/**
 * Both files read and paired, or a first model's file alone. The files are let go on return:
 * what the metrics need is in the pairs, and the ids (a third of what the files hold) are
 * needed no more.
 */
async function readData(checked, files, options, exampleScores) {
    const { policy, refuse } = checked;
    const fields = sliceFields(policy);
    const read = (path, reads = options) => readPredictions(path, {
        ...reads,
        ...(0,policy_reads/* policyReads */._)(policy, exampleScores),
        slices: [...fields.keys()],
        refuseSlice: (column, file, columns) => {
            const { problem, fix } = (0,missing_column/* absentSlice */._x)(files.shown(file), column, columns);
            return refuse(fields.get(column), problem, fix);
        },
    });
    const classes = options.positiveLabel === undefined ? {} : { positiveLabel: options.positiveLabel };
    if (files.champion === undefined) {
        const challenger = await read(files.challenger);
        checkOverrideValues(checked, [challenger], files.shown);
        const alone = modelData(challenger, classes);
        challenger.ids.release();
        const notes = [
            ...unreadNotes([challenger], files.shown),
            ...weightsNote(challenger, undefined, alone.weights, files.shown),
        ];
        return { alone, notes };
    }
    // One after the other: memory holds one file's read buffers and batches, not two.
    const champion = await read(files.champion, (0,champion_file/* championReads */.F)(options));
    const challenger = await read(files.challenger);
    checkOverrideValues(checked, [champion, challenger], files.shown);
    const paired = pairPredictions(champion, challenger, classes);
    // The ids (a third of what the files hold) are needed no more: freed now, not at the next
    // garbage collection, which would come while judging fills memory again.
    champion.ids.release();
    challenger.ids.release();
    const notes = [
        ...unreadNotes([champion, challenger], files.shown),
        ...weightsNote(challenger, champion, paired.champion.weights, files.shown),
    ];
    return { paired, notes };
}
async function evaluatePredictions(checked, files, options) {
    const { policy } = checked;
    const exampleScores = options.exampleScores ?? [];
    const data = await readData(checked, files, options, exampleScores);
    const judged = "paired" in data
        ? judgePredictions(policy, data.paired, files.shown)
        : judgeFirstModel(policy, data.alone, files.shown);
    const [champion, challenger] = "paired" in data ? [data.paired.champion, data.paired.challenger] : [undefined, data.alone];
    return {
        ...judged,
        rows: [...judged.rows, ...ungatedRows(policy, champion, challenger, exampleScores)],
        notes: [...data.notes, ...judged.notes],
    };
}


/***/ })

};
