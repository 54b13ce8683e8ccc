export const id = 878;
export const ids = [878,997];
export const modules = {

/***/ 4077:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "52bf09e863294c5d547d.js";

/***/ }),

/***/ 5997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileContract: () => (/* binding */ profileContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.profile/v1","title":"mlops data profile","type":"object","additionalProperties":false,"required":["schema","rowCount","settings","columns"],"properties":{"schema":{"const":"mlops.profile/v1"},"rowCount":{"type":"integer","minimum":0},"settings":{"type":"object","additionalProperties":false,"required":["exactCap","frequentK","hllPrecision","quantileK","histogramBins"],"properties":{"exactCap":{"type":"integer","minimum":1},"frequentK":{"type":"integer","minimum":1},"hllPrecision":{"type":"integer","minimum":4,"maximum":18},"quantileK":{"type":"integer","minimum":8},"histogramBins":{"type":"integer","minimum":1}}},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing when the data was profiled (the table\'s; a column read with a field\'s own records them), the empty cell among them where it was one: data compared with the profile, or profiles merged with it, must be read with the same. Left out where it is the empty cell alone, which a profile without it means. A profile read holds at most 100."},"columns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","type","count","missing","infinite","min","max","mean","m2","variance","stddev","distinct","frequent","sketch","histogram"],"properties":{"name":{"type":"string"},"type":{"enum":["numeric","integer","boolean","categorical","datetime","text"]},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing in this column where they were its own (a data contract field\'s missingValues) rather than the profile\'s: data compared with the profile is read with them in this column, and profiles merged or compared with it must have the column made with the same. Left out where the column was read with the profile\'s missingValues. A profile read holds at most 100 per column."},"sensitive":{"const":true,"description":"The column was a sensitive field (x-mlops sensitive in the data contract it was profiled with): the profile keeps its counts, missing values and distinct count (without HyperLogLog registers), and no value: min, max, the moments, frequent, sketch and histogram are null, so it is not compared. Left out for any other column."},"count":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"infinite":{"type":"integer","minimum":0},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"m2":{"type":["number","null"]},"variance":{"type":["number","null"]},"stddev":{"type":["number","null"]},"distinct":{"type":"object","additionalProperties":false,"required":["value","exact","relativeError","hll"],"properties":{"value":{"type":"integer","minimum":0},"exact":{"type":"boolean"},"relativeError":{"type":"number","minimum":0},"hll":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["precision","registers"],"properties":{"precision":{"type":"integer","minimum":4,"maximum":18},"registers":{"type":"string","contentEncoding":"base64"}}}]}}},"frequent":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["exact","maxError","items"],"properties":{"exact":{"type":"boolean"},"maxError":{"type":"integer","minimum":0},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["value","count"],"properties":{"value":{"type":["number","string"]},"count":{"type":"integer","minimum":0}}}}}}]},"sketch":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["method","k","n","rankError","levels","compactions","quantiles"],"properties":{"method":{"const":"kll"},"k":{"type":"integer","minimum":8},"n":{"type":"integer","minimum":0},"rankError":{"type":"number","minimum":0,"maximum":1},"levels":{"type":"array","items":{"type":"array","items":{"type":"number"}}},"compactions":{"type":"array","items":{"type":"integer","minimum":0}},"quantiles":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["q","value"],"properties":{"q":{"type":"number"},"value":{"type":"number"}}}}}}]},"histogram":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"},"minItems":2},"counts":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1}}}]}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile-contract.js


/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
const profileContract = (0,validate/* writtenContract */._l)("mlops.profile/v1", profile_schema_namespaceObject, "A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes");


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

/***/ 7835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ mannWhitneyUTest)
});

// UNUSED EXPORTS: mannWhitneyU

// EXTERNAL MODULE: ./shared/dist/engine/stats/normal-distribution.js
var normal_distribution = __webpack_require__(6233);
// EXTERNAL MODULE: ./shared/dist/engine/stats/radix-sort-float64.js
var radix_sort_float64 = __webpack_require__(605);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/rank-data.js

/**
 * Average ranks (1-based, ties get the mean of the ranks they span), as scipy
 * `stats.rankdata(method="average")`, plus the tie sizes in ascending order of value. The
 * values are radix-sorted once with their indices, several times faster on large samples than
 * sorting indices with a comparator.
 */
function rankData(values) {
    const n = values.length;
    const sorted = Float64Array.from(values);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    (0,radix_sort_float64/* radixSortFloat64 */.J$)(sorted, order);
    const ranks = new Float64Array(n);
    const tieSizes = [];
    let i = 0;
    while (i < n) {
        let j = i;
        while (j + 1 < n && sorted[j + 1] === sorted[i])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k]] = rank;
        tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(5428);
// EXTERNAL MODULE: ./shared/dist/engine/stats/validate.js
var validate = __webpack_require__(5091);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/mann-whitney-u.js




/** Beyond this many pairwise differences the Hodges-Lehmann estimate is refused. */
const MAX_PAIRS = 4_000_000;
/** The exact null distribution costs O((m n)^2); refused beyond this. */
const MAX_EXACT_WORK = 2.5e8;
/**
 * Mann-Whitney U test, matching scipy `stats.mannwhitneyu` (scipy 1.10), with the
 * Hodges-Lehmann shift estimate and its confidence interval.
 *
 * U1 = R1 - n1 (n1 + 1) / 2 from the average ranks R1 of x in the pooled sample. The p-value uses
 * U = U1 ('greater'), U2 = n1 n2 - U1 ('less') or max(U1, U2) doubled ('two-sided'):
 * - asymptotic: z = (U - n1 n2 / 2 - 1/2) / s with
 *   s^2 = n1 n2 / 12 ((n + 1) - sum(t^3 - t) / (n (n - 1))) (tie correction), p = Pr(Z > z);
 * - exact: the null distribution of U by the recursion of Mann & Whitney (1947), carried in
 *   probabilities, p = Pr(U' >= U) (no tie correction, as scipy). If every value is tied (s = 0)
 *   the p-value is 1.
 *
 * Hodges-Lehmann (1963): the shift is the median of the n1 n2 differences x_i - y_j; the interval
 * is [D_(k), D_(n1 n2 + 1 - k)] over the sorted differences with
 * k = floor(n1 n2 / 2 - z_(1 - alpha/2) sqrt(n1 n2 (n1 + n2 + 1) / 12)), at least 1 (the normal
 * approximation of Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, 3rd ed.,
 * 4.3; no tie correction). When k would be below 1 the interval is the full range of differences.
 */
function mannWhitneyU(x, y, options = {}) {
    const level = openProbability("confidenceLevel", options.confidenceLevel ?? 0.95);
    const test = mannWhitneyUTest(x, y, options);
    const { shift, shiftInterval } = hodgesLehmann(finiteSample("x", x), finiteSample("y", y), level);
    return { ...test, shift, shiftInterval };
}
/**
 * The Mann-Whitney U test of `mannWhitneyU` without the Hodges-Lehmann estimate, whose n1 n2
 * differences large samples cannot afford: O(n log n).
 */
function mannWhitneyUTest(x, y, options = {}) {
    const alternative = (0,validate/* checkAlternative */.qP)(options.alternative);
    const requested = (0,validate/* checkChoice */.io)("method", options.method, ["auto", "exact", "asymptotic"], "auto");
    const a = (0,validate/* finiteSample */.mW)("x", x);
    const b = (0,validate/* finiteSample */.mW)("y", y);
    const n1 = a.length;
    const n2 = b.length;
    const pooled = new Float64Array(n1 + n2);
    pooled.set(a);
    pooled.set(b, n1);
    const { ranks, tieSizes } = rankData(pooled);
    const hasTies = tieSizes.some((t) => t > 1);
    const method = requested === "auto" ? ((n1 > 8 && n2 > 8) || hasTies ? "asymptotic" : "exact") : requested;
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const [u, factor] = alternative === "greater" ? [u1, 1] : alternative === "less" ? [u2, 1] : [Math.max(u1, u2), 2];
    let p;
    if (method === "exact") {
        if ((n1 * n2) ** 2 > MAX_EXACT_WORK) {
            throw new stats_input_error/* StatsInputError */.y("method", `'exact' with samples of ${n1} and ${n2} values is too costly`, "use method 'auto' or 'asymptotic' for samples this large");
        }
        p = exactSf(Math.trunc(u), n1, n2);
    }
    else {
        const n = n1 + n2;
        const tieTerm = tieSizes.reduce((s, t) => s + t ** 3 - t, 0);
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        let numerator = u - (n1 * n2) / 2;
        if (options.useContinuity !== false)
            numerator -= 0.5;
        p = s === 0 ? 1 : (0,normal_distribution/* normalSf */.nG)(numerator / s);
    }
    return { statistic: u1, pValue: (0,validate/* clipProbability */.ws)(p * factor), method };
}
/** Pr(U' >= u) under the null, for sample sizes m and n (no ties). */
function exactSf(u, m, n) {
    // Pr(U' >= u) = Pr(U' <= m n - u) by symmetry.
    const k = m * n - u;
    if (k < 0)
        return 0;
    // P[i][j][t]: distribution of U for sizes (i, j); recursion
    // P(i, j, t) = i/(i+j) P(i-1, j, t-j) + j/(i+j) P(i, j-1, t).
    let prev = []; // index j -> distribution for (i-1, j)
    for (let i = 0; i <= m; i++) {
        const row = [];
        for (let j = 0; j <= n; j++) {
            const dist = new Float64Array(i * j + 1);
            if (i === 0 || j === 0) {
                dist[0] = 1;
            }
            else {
                const up = prev[j]; // (i-1, j)
                const left = row[j - 1]; // (i, j-1)
                const wi = i / (i + j);
                const wj = j / (i + j);
                for (let t = 0; t <= i * j; t++) {
                    const fromUp = t - j >= 0 && t - j < up.length ? up[t - j] : 0;
                    const fromLeft = t < left.length ? left[t] : 0;
                    dist[t] = wi * fromUp + wj * fromLeft;
                }
            }
            row.push(dist);
        }
        prev = row;
    }
    const dist = prev[n];
    let cdf = 0;
    for (let t = 0; t <= Math.min(k, dist.length - 1); t++)
        cdf += dist[t];
    return cdf;
}
function hodgesLehmann(a, b, level) {
    const m = a.length;
    const n = b.length;
    const pairs = m * n;
    if (pairs > MAX_PAIRS) {
        throw new StatsInputError("x", `and y give ${pairs} pairwise differences, more than ${MAX_PAIRS}`, "subsample both samples (for example to 2,000 values each) before testing");
    }
    const diffs = new Float64Array(pairs);
    let t = 0;
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++)
            diffs[t++] = a[i] - b[j];
    diffs.sort();
    const mid = Math.floor(pairs / 2);
    const shift = pairs % 2 === 1
        ? diffs[mid]
        : (diffs[mid - 1] + diffs[mid]) / 2;
    const z = normalQuantile(1 - (1 - level) / 2);
    const k = Math.max(1, Math.floor(pairs / 2 - z * Math.sqrt((pairs * (m + n + 1)) / 12)));
    const shiftInterval = [diffs[k - 1], diffs[pairs - k]];
    return { shift, shiftInterval };
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

/***/ 605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ toOffsets),
/* harmony export */   J$: () => (/* binding */ radixSortFloat64),
/* harmony export */   l8: () => (/* binding */ RADIX)
/* harmony export */ });
/** Each 32-bit half of a key is sorted as three digits: bits 0-10, 11-21 and 22-31. */
const SHIFTS = [0, 11, 22];
const RADIX = 2048;
const PASSES = 6;
/**
 * Sorts finite doubles ascending, in place, by an LSD radix sort on their IEEE-754 bit patterns:
 * six stable passes of 11-bit digits (small enough for the counters to stay in cache), O(n),
 * three to four times faster than `Float64Array.prototype.sort` on large samples. A double's
 * bits, with the sign bit flipped for positives and every bit flipped for negatives, compare as
 * unsigned integers exactly as the doubles compare (-0 lands just before +0, as the typed-array
 * sort puts it). A pass whose digit is the same for every value (often the sign and exponent) is
 * skipped. The doubles are moved whole, so their bits are kept. A `payload` (one entry per
 * value, such as its original index) is moved along with its value; the sort is stable.
 */
function radixSortFloat64(values, payload) {
    const n = values.length;
    if (n < 1024 && payload === undefined) {
        values.sort();
        return;
    }
    const counts = new Uint32Array(PASSES * RADIX);
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    for (let i = 0; i < n; i++) {
        const hi = words[2 * i + 1];
        const flip = hi >> 31;
        const lo = (words[2 * i] ^ flip) >>> 0;
        const key = (hi ^ (flip | 0x80000000)) >>> 0;
        counts[lo & 0x7ff]++;
        counts[RADIX + ((lo >>> 11) & 0x7ff)]++;
        counts[2 * RADIX + (lo >>> 22)]++;
        counts[3 * RADIX + (key & 0x7ff)]++;
        counts[4 * RADIX + ((key >>> 11) & 0x7ff)]++;
        counts[5 * RADIX + (key >>> 22)]++;
    }
    let from = values;
    let to = new Float64Array(n);
    let fromPayload = payload ?? EMPTY;
    let toPayload = payload === undefined ? EMPTY : new Uint32Array(n);
    for (let pass = 0; pass < PASSES; pass++) {
        const base = pass * RADIX;
        if (!toOffsets(counts, base, n))
            continue;
        const fromWords = new Uint32Array(from.buffer, from.byteOffset, n * 2);
        const shift = SHIFTS[pass % 3];
        const carry = fromPayload.length > 0;
        if (pass < 3) {
            for (let i = 0; i < n; i++) {
                const flip = fromWords[2 * i + 1] >> 31;
                const at = counts[base + (((fromWords[2 * i] ^ flip) >>> shift) & 0x7ff)]++;
                to[at] = from[i];
                if (carry)
                    toPayload[at] = fromPayload[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const hi = fromWords[2 * i + 1];
                const at = counts[base + (((hi ^ ((hi >> 31) | 0x80000000)) >>> shift) & 0x7ff)]++;
                to[at] = from[i];
                if (carry)
                    toPayload[at] = fromPayload[i];
            }
        }
        [from, to] = [to, from];
        [fromPayload, toPayload] = [toPayload, fromPayload];
    }
    if (from !== values) {
        values.set(from);
        payload?.set(fromPayload);
    }
}
const EMPTY = new Uint32Array(0);
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

/***/ 7898:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ artifactName)
/* harmony export */ });
/**
 * An artifact's name is unique in its workflow run (the service refuses a second upload of a
 * name, and a job holds at most 500 artifacts), so an action names each artifact by its own
 * prefix and a key from its inputs: `drift-report`, or `drift-report-churn` for the key `churn`.
 * Characters the service refuses in a name (" : < > | * ? \ / and line breaks) become dashes.
 */
function artifactName(prefix, key) {
    const suffix = key?.trim().replace(/[":<>|*?\\/\r\n]+/g, "-");
    return suffix ? `${prefix}-${suffix}` : prefix;
}


/***/ }),

/***/ 4878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftCheck: () => (/* binding */ driftCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/engine/monotonic-ms.js
var monotonic_ms = __webpack_require__(4258);
// EXTERNAL MODULE: ./shared/dist/engine/profile/profile-contract.js + 1 modules
var profile_contract = __webpack_require__(5997);
// EXTERNAL MODULE: ./shared/dist/interface/check-output-paths.js
var check_output_paths = __webpack_require__(3867);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/input-files.js
var input_files = __webpack_require__(4800);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
// EXTERNAL MODULE: ./shared/dist/platform/github/marker-key.js
var marker_key = __webpack_require__(3924);
// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 5 modules
var choose_backend = __webpack_require__(883);
// EXTERNAL MODULE: ./shared/dist/platform/registry/load-reference.js
var load_reference = __webpack_require__(716);
// EXTERNAL MODULE: ./shared/dist/engine/stats/scaled-moments.js
var scaled_moments = __webpack_require__(2095);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/wasserstein-normed.js



/** Below this, the reference's standard deviation is replaced by it (Evidently's floor). */
const WASSERSTEIN_STD_FLOOR = 0.001;
/**
 * Wasserstein-1 distance normalised by the spread of the reference, as Evidently's `wasserstein`
 * drift test (`_wasserstein_distance_norm`):
 *
 *   normed = W1(reference, current) / max(sd(reference), 0.001)
 *
 * where sd is the population standard deviation (numpy `np.std`, ddof = 0). Evidently calls a
 * column drifted when `normed >= 0.1`. A constant reference is divided by the 0.001 floor.
 * Either number is Infinity only where it passes the largest double (values near 1.8e308, far
 * apart in the two samples). Samples from `sortSample` are taken without a copy.
 */
function wassersteinNormed(reference, current) {
    const ref = sortSample(reference, "reference");
    return wassersteinNormedOfWalk(walkEcdfs(ref, sortSample(current, "current")), ref);
}
/**
 * The normed distance from a walk of the reference's and the current's ECDFs (reference first),
 * for a caller that reads other statistics from the same walk.
 */
function wassersteinNormedOfWalk(walk, reference) {
    const std = Math.max(populationStd(reference), WASSERSTEIN_STD_FLOOR);
    // Divided in the walk's scale first, so that a distance past the largest double still gives
    // its normed value where that fits.
    return { distance: walk.area / walk.scale, normed: walk.area / std / walk.scale };
}
/**
 * sqrt(mean((x - mean(x))^2)), numpy's `np.std` with ddof = 0; finite for any finite values (at
 * most half their range), taken scaled down where the plain sums overflow.
 */
function populationStd(values) {
    const n = values.length;
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += values[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (values[i] - mean) * (values[i] - mean);
    const std = Math.sqrt(ss / n);
    return Number.isFinite(std) ? std : (0,scaled_moments/* scaledMoments */.I)(values).std;
}

// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/engine/data/column-type.js
var column_type = __webpack_require__(591);
// EXTERNAL MODULE: ./shared/dist/engine/profile/kll-sketch.js + 1 modules
var kll_sketch = __webpack_require__(1815);
// EXTERNAL MODULE: ./shared/dist/engine/profile/compare-profiles.js
var compare_profiles = __webpack_require__(1991);
// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(5428);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/category-counts.js

/**
 * Aligns two category-count tables on the union of their categories (reference's order first,
 * then categories new in current), as Evidently does before its categorical tests. Categories
 * whose count is zero on both sides are dropped: they carry no information and would be 0/0.
 */
function alignCategories(reference, current) {
    const r = toMap("referenceCounts", reference);
    const c = toMap("currentCounts", current);
    // A Set keeps the union linear: a column of 100,000 distinct ids must not take minutes.
    const categories = [...new Set([...r.keys(), ...c.keys()])].filter((key) => (r.get(key) ?? 0) > 0 || (c.get(key) ?? 0) > 0);
    const ref = Float64Array.from(categories, (k) => r.get(k) ?? 0);
    const cur = Float64Array.from(categories, (k) => c.get(k) ?? 0);
    const total = (v) => v.reduce((s, x) => s + x, 0);
    if (total(ref) === 0) {
        throw new stats_input_error/* StatsInputError */.y("referenceCounts", "has no observations", "pass at least one count");
    }
    if (total(cur) === 0) {
        throw new stats_input_error/* StatsInputError */.y("currentCounts", "has no observations", "pass at least one count");
    }
    return { categories, ref, cur };
}
function toMap(argument, counts) {
    if (counts === null || typeof counts !== "object") {
        throw new stats_input_error/* StatsInputError */.y(argument, "is not a table of counts", "pass { category: count }");
    }
    const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts);
    const out = new Map();
    for (const [key, value] of entries) {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
            throw new stats_input_error/* StatsInputError */.y(argument, `count for '${key}' is ${String(value)}`, "pass finite, non-negative counts");
        }
        out.set(key, value);
    }
    return out;
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/equal-width-edges.js
var equal_width_edges = __webpack_require__(3207);
// EXTERNAL MODULE: ./shared/dist/engine/stats/range-scale.js
var range_scale = __webpack_require__(3019);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/evidently-bins.js



/**
 * numpy's `histogram_bin_edges(values, bins="sturges")` for `size` values spanning
 * [min, max]: width = range / (log2(size) + 1), ceil(range / width) equal bins (computed as
 * numpy does, so that a power of two gives numpy's count), edges by `linspace`. A zero range is
 * widened to [min - 0.5, max + 0.5] with one bin, as numpy does. A range past the largest
 * double, where numpy fails, is measured in halves (`rangeScale`), and its edges are finite.
 */
function sturgesEdges(min, max, size) {
    const scale = (0,range_scale/* rangeScale */.U)(min, max);
    const range = max * scale - min * scale;
    const width = range / (Math.log2(size) + 1);
    const bins = width > 0 ? Math.ceil(range / width) : 1;
    const [first, last] = width > 0 ? [min, max] : [min - 0.5, max + 0.5];
    return (0,equal_width_edges/* equalWidthEdges */.D)(first, last, bins);
}
/** The number of sorted values below t, or at or below t when `inclusive`. */
function countBelow(sorted, t, inclusive) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < t || (inclusive && sorted[mid] === t))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Shares of sorted values in the bins between edges, as numpy's `histogram(values, edges)`
 * divided by the number of values: [e_k, e_k+1), the last bin closed.
 */
function histogramShares(sorted, edges) {
    const bins = edges.length - 1;
    const shares = new Float64Array(bins);
    let start = countBelow(sorted, edges[0], false);
    for (let k = 0; k < bins; k++) {
        const end = countBelow(sorted, edges[k + 1], k === bins - 1);
        shares[k] = (end - start) / sorted.length;
        start = end;
    }
    return shares;
}
/** Shares of two count tables over the union of their categories (Evidently's `value_counts` / len). */
function categoryShareArrays(reference, current) {
    const { ref, cur } = alignCategories(reference, current);
    const share = (v) => {
        const total = v.reduce((s, x) => s + x, 0);
        return v.map((x) => x / total);
    };
    return { ref: share(ref), cur: share(cur) };
}
/**
 * Evidently's smoothing of empty bins (`get_binned_data`, `feel_zeroes`): a share of 0 becomes
 * 0.0001, or a millionth of the smallest non-zero share when that share is at most 0.0001.
 */
function fillEmptyShares(shares) {
    let smallest = Infinity;
    for (const s of shares)
        if (s > 0 && s < smallest)
            smallest = s;
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}
/** The number of distinct values of two sorted samples together. */
function distinctOfBoth(a, b) {
    let i = 0;
    let j = 0;
    let distinct = 0;
    let last = NaN;
    while (i < a.length || j < b.length) {
        const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
        if (next !== last)
            distinct++;
        last = next;
    }
    return distinct;
}
/**
 * Shares of two sorted, non-empty samples in Evidently's equal-width bins: numpy's Sturges
 * edges over the range of both samples, for `size` values.
 */
function sturgesBinShares(ref, cur, size) {
    const edges = sturgesEdges(Math.min(ref[0], cur[0]), Math.max(ref[ref.length - 1], cur[cur.length - 1]), size);
    return {
        ref: histogramShares(ref, edges),
        cur: histogramShares(cur, edges),
        bins: edges.length - 1,
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/hellinger-distance.js
/**
 * Hellinger distance between two discrete distributions given as shares over the same bins, as
 * Evidently's `hellinger` stattest: H = sqrt(1 - clip(sum_k sqrt(p_k q_k), 0, 1)), from 0
 * (equal) to 1 (disjoint). No smoothing: an empty bin on either side adds nothing.
 */
function hellingerDistance(p, q) {
    let overlap = 0;
    for (let k = 0; k < p.length; k++)
        overlap += Math.sqrt(p[k] * q[k]);
    return Math.sqrt(1 - Math.min(1, Math.max(0, overlap)));
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/radix-sort-float64.js
var radix_sort_float64 = __webpack_require__(605);
// EXTERNAL MODULE: ./shared/dist/engine/stats/validate.js
var validate = __webpack_require__(5091);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/sort-sample.js



/** The arrays that are sorted samples: the brand is a type, this is how it is told at run time. */
const sortedSamples = new WeakSet();
/**
 * Takes an array its maker sorted ascending as a sorted sample, without copying it: checked
 * (finite, ascending, at least one value) in one pass, which is what trusting it costs.
 */
function asSortedSample(sorted, argument = "values") {
    finiteSample(argument, sorted.subarray(0, Math.min(1, sorted.length)));
    for (let i = 0; i < sorted.length; i++) {
        const v = sorted[i];
        if (v - v !== 0 || (i > 0 && !(v >= sorted[i - 1]))) {
            throw new StatsInputError(argument, `value at index ${i} is ${String(v)}, out of ascending order or not finite`, "sort the finite values ascending");
        }
    }
    sortedSamples.add(sorted);
    return sorted;
}
/**
 * Takes an array of finite values its maker sorted as a sorted sample without reading it again:
 * for makers whose own code sorts (`CompactNumbers`), where a check would cost a pass per
 * sample. Not for arrays from outside the engine: `asSortedSample` checks those. An empty array
 * is returned as it is, and the tests refuse it.
 */
function sortedByMaker(sorted) {
    if (sorted.length > 0)
        sortedSamples.add(sorted);
    return sorted;
}
/** Copies, checks and sorts a sample once, for the tests that need it sorted. */
function sort_sample_sortSample(values, argument = "values") {
    if (values instanceof Float64Array && sortedSamples.has(values))
        return values;
    const sorted = (0,validate/* finiteSample */.mW)(argument, values);
    (0,radix_sort_float64/* radixSortFloat64 */.J$)(sorted);
    sortedSamples.add(sorted);
    return sorted;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/hellinger-drift.js



/**
 * Hellinger distance of two samples of numbers, as Evidently's `hellinger` stattest on a
 * numerical column: numpy's Sturges bins for the number of distinct values of both samples
 * together, equal widths over their range, shares per bin, no smoothing.
 */
function hellingerNumbers(x, y) {
    const a = sort_sample_sortSample(x, "x");
    const b = sort_sample_sortSample(y, "y");
    const shares = sturgesBinShares(a, b, distinctOfBoth(a, b));
    return { distance: hellingerDistance(shares.ref, shares.cur), bins: shares.bins };
}
/** Hellinger distance of two category-count tables, over the union of their categories. */
function hellingerCategories(reference, current) {
    const shares = categoryShareArrays(reference, current);
    return hellingerDistance(shares.ref, shares.cur);
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/jensen-shannon.js


/**
 * Jensen-Shannon distance (or divergence) between two discrete distributions, matching scipy
 * `spatial.distance.jensenshannon(p, q, base)`:
 *
 *   p, q normalised to sum 1, m = (p + q) / 2,
 *   divergence = (KL(p || m) + KL(q || m)) / 2  (in nats, divided by ln(base) when given),
 *   distance = sqrt(divergence).
 *
 * 0 ln 0 is taken as 0. With the natural log the divergence lies in [0, ln 2]; with base 2 in
 * [0, 1]. Reference: Lin (1991), "Divergence measures based on the Shannon entropy".
 */
function jensenShannon(p, q, options = {}) {
    const a = (0,validate/* nonNegativeCounts */.d1)("p", p);
    const b = (0,validate/* nonNegativeCounts */.d1)("q", q);
    if (a.length !== b.length) {
        throw new stats_input_error/* StatsInputError */.y("q", `has ${b.length} values but p has ${a.length}`, "pass two frequency vectors over the same categories");
    }
    const base = options.base;
    if (base !== undefined && !(Number.isFinite(base) && base > 0 && base !== 1)) {
        throw new stats_input_error/* StatsInputError */.y("base", `is ${String(base)}`, "use a base > 0 other than 1, e.g. 2");
    }
    const sa = a.reduce((s, v) => s + v, 0);
    const sb = b.reduce((s, v) => s + v, 0);
    if (sa === 0)
        throw new stats_input_error/* StatsInputError */.y("p", "sums to zero", "pass at least one positive value");
    if (sb === 0)
        throw new stats_input_error/* StatsInputError */.y("q", "sums to zero", "pass at least one positive value");
    let left = 0;
    let right = 0;
    for (let i = 0; i < a.length; i++) {
        const pi = a[i] / sa;
        const qi = b[i] / sb;
        const mi = (pi + qi) / 2;
        if (pi > 0)
            left += pi * Math.log(pi / mi);
        if (qi > 0)
            right += qi * Math.log(qi / mi);
    }
    let js = left + right;
    if (base !== undefined)
        js /= Math.log(base);
    const divergence = Math.max(js / 2, 0);
    return options.output === "divergence" ? divergence : Math.sqrt(divergence);
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/jensen-shannon-drift.js


/**
 * Jensen-Shannon drift score for a categorical column, as Evidently's `jensenshannon` stattest
 * on categorical data: the distance between the category frequency vectors of reference and
 * current over the union of their categories (a category missing on one side has frequency 0
 * there; no smoothing), `jensenShannon(refFreq, curFreq, { base })`.
 *
 * The base defaults to e (natural log), as this project's drift defaults state; Evidently's own
 * function defaults to base 2, so pass `{ base: 2 }` to reproduce its numbers. Drift when the
 * distance is >= 0.1. Always finite, in [0, sqrt(ln 2)] for base e and [0, 1] for base 2.
 */
function jensenShannonDrift(referenceCounts, currentCounts, options = {}) {
    const { ref, cur } = alignCategories(referenceCounts, currentCounts);
    const base = options.base ?? Math.E;
    return { distance: jensenShannon(ref, cur, base === Math.E ? {} : { base }), base };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/kolmogorov-distribution.js
/**
 * Distributions of the Kolmogorov-Smirnov statistics.
 *
 * - `kolmogorovSf(x)`: the limiting distribution, Pr(sqrt(n) D_n > x) as n -> infinity
 *   (scipy `special.kolmogorov`): 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2) for x >= 1, and
 *   1 - sqrt(2 pi)/x sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 x^2)) below (the Jacobi theta form).
 * - `smirnovSf(n, x)`: the exact one-sided statistic, Pr(D_n^+ >= x) (scipy `special.smirnov`),
 *   by the Birnbaum & Tingey (1951) sum
 *   x * sum_{j=0}^{floor(n(1-x))} C(n, j) (x + j/n)^(j-1) (1 - x - j/n)^(n-j), every term positive,
 *   evaluated in logarithms.
 * - `kolmogorovSmirnovSf(n, x)`: the exact two-sided statistic, Pr(D_n >= x) (scipy
 *   `stats.kstwo.sf`), with the method chosen per region as Simard & L'Ecuyer (2011, J. Stat.
 *   Software 39(11)) and scipy do: Ruben-Gambino closed forms at the ends, 2 * smirnov where that
 *   is exact or accurate, the Durbin (1968) matrix with the Marsaglia-Tsang-Wang (2003) scaling
 *   for small n x^2, and the Pelz-Good (1976) asymptotic series for large n.
 */

/** Limiting Kolmogorov survival function, Pr(K > x). */
function kolmogorovSf(x) {
    if (!(x > 0))
        return 1;
    if (x >= 1) {
        const alpha = -2 * x * x;
        let sign = 1;
        let p = 0;
        for (let r = 1; r < 1000; r++) {
            const t = Math.exp(alpha * r * r);
            p += sign * t;
            if (t === 0 || t / p <= Number.EPSILON)
                break;
            sign = -sign;
        }
        return clipProbability(2 * p);
    }
    const alpha = (-Math.PI * Math.PI) / (8 * x * x);
    let p = 0;
    for (let r = 1; r < 1000; r += 2) {
        const t = Math.exp(alpha * r * r);
        p += t;
        if (t === 0 || t / p < Number.EPSILON)
            break;
    }
    return clipProbability(1 - (p * Math.sqrt(2 * Math.PI)) / x);
}
/** Exact one-sided Smirnov survival function, Pr(D_n^+ >= x). */
function smirnovSf(n, x) {
    if (x <= 0)
        return 1;
    if (x >= 1)
        return 0;
    if (n === 1)
        return 1 - x;
    const last = Math.floor(n * (1 - x));
    let logBinomial = 0; // ln C(n, j)
    let sum = 0;
    for (let j = 0; j <= last; j++) {
        const e = x + j / n;
        const ome = 1 - e;
        if (ome > 0 || j === n) {
            const logTerm = logBinomial + (j - 1) * Math.log(e) + (n - j === 0 ? 0 : (n - j) * Math.log1p(-e));
            sum += Math.exp(logTerm);
        }
        logBinomial += Math.log((n - j) / (j + 1));
    }
    return (0,validate/* clipProbability */.ws)(x * sum);
}
const SCALE_EXP = 128;
const SCALE = 2 ** SCALE_EXP;
const INV_SCALE = 2 ** -SCALE_EXP;
/** Pr(D_n < d) by the Durbin matrix, scaled as Marsaglia, Tsang & Wang (2003). */
function durbinMatrixCdf(n, d) {
    const nd = n * d;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    // H[i][j] = (1 if i - j + 1 >= 0) / (i - j + 1)!, with corrected first column and last row.
    const H = new Float64Array(m * m);
    const fact = new Float64Array(m + 1); // 1/j!
    fact[0] = 1;
    for (let j = 1; j <= m; j++)
        fact[j] = fact[j - 1] / j;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++) {
            if (i - j + 1 >= 0)
                H[i * m + j] = fact[i - j + 1];
        }
    }
    for (let i = 0; i < m; i++) {
        const v = (1 - h ** (i + 1)) * fact[i + 1];
        H[i * m] = v;
        H[(m - 1) * m + (m - 1 - i)] = v;
    }
    const corner = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * fact[m];
    H[(m - 1) * m] = corner;
    let power = null;
    let powerExp = 0;
    let base = H;
    let baseExp = 0;
    let e = n;
    while (e > 0) {
        if (e % 2 === 1) {
            power = power === null ? base.slice() : multiply(power, base, m);
            powerExp += baseExp;
        }
        e = Math.floor(e / 2);
        if (e > 0) {
            base = multiply(base, base, m);
            baseExp *= 2;
            if (Math.abs(base[(k - 1) * m + (k - 1)]) > SCALE) {
                for (let i = 0; i < base.length; i++)
                    base[i] = base[i] * INV_SCALE;
                baseExp += SCALE_EXP;
            }
        }
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < INV_SCALE) {
            p *= SCALE;
            powerExp -= SCALE_EXP;
        }
    }
    return p * 2 ** powerExp;
}
function multiply(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] = c[i * m + j] + ail * b[l * m + j];
        }
    }
    return c;
}
/** Pelz-Good approximation to Pr(D_n <= x), as scipy `_kolmogn_PelzGood`. */
function pelzGoodCdf(n, x) {
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const pi2 = Math.PI * Math.PI;
    const pi4 = pi2 * pi2;
    const pi6 = pi4 * pi2;
    const qlog = -pi2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
    const k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64;
    const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const sqrt2pi = Math.sqrt(2 * Math.PI);
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * sqrt2pi) / divisors[i];
    q = Math.exp(-pi2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    K[2] = K[2] + (k2extra * pi2 * sqrt2pi) / (-36 * z2 * z);
    K[3] = K[3] + (k3extra * pi2 * sqrt2pi) / (216 * z6);
    return (K[0] +
        K[1] / Math.sqrt(n) +
        K[2] / n +
        K[3] / n ** 1.5);
}
/** Stirling-series coefficients of ln(n!) - (n ln n - n + ln(2 pi n) / 2), highest power first. */
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
    -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** Exact two-sided one-sample Kolmogorov-Smirnov survival function, Pr(D_n >= x). */
function kolmogorovSmirnovSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return (0,validate/* clipProbability */.ws)(1 - cdf);
    }
    if (t >= n - 1)
        return (0,validate/* clipProbability */.ws)(2 * (1 - x) ** n);
    if (x >= 0.5)
        return (0,validate/* clipProbability */.ws)(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        // scipy uses the Durbin matrix below 0.754693 and Pomeranz's recursion up to 4; both are
        // exact, so the Durbin matrix serves the whole range here.
        if (nx2 <= 4)
            return (0,validate/* clipProbability */.ws)(1 - durbinMatrixCdf(n, x));
        return (0,validate/* clipProbability */.ws)(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return (0,validate/* clipProbability */.ws)(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
    return (0,validate/* clipProbability */.ws)(1 - cdf);
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/ks-two-sample.js





/** scipy's MAX_AUTO_N: 'auto' is exact up to this many values in the larger sample. */
const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;
/**
 * Two-sample Kolmogorov-Smirnov test, matching scipy `stats.ks_2samp` (scipy 1.10).
 *
 * Statistic: D = sup_t |F1(t) - F2(t)| over the empirical CDFs (one-sided: the signed gap); ties
 * are handled by evaluating both ECDFs after every occurrence of a value (searchsorted 'right').
 *
 * Exact p-value (Hodges 1958, lattice-path counting): with g = gcd(n1, n2), lcm = n1 n2 / g and
 * h = round(D lcm), the statistic is snapped to h / lcm, then
 * - two-sided, n1 = n2 = n: 2 sum_k (-1)^(k-1) C(2n, n - kh) / C(2n, n), evaluated as a Horner
 *   product to avoid cancellation, O(n);
 * - two-sided, n1 != n2: 1 - Pr(paths stay strictly inside the band), by Viehmann's (2021,
 *   arXiv:2102.08037) recursion on the complement over a sliding window, O(n1 * D * n2);
 * - one-sided, n1 = n2: C(2n, n - h) / C(2n, n) as a product of h ratios;
 * - one-sided, n1 != n2: Hodges' count of paths that cross the boundary divided by C(n1+n2, n1);
 *   this overflows double precision for large samples, and then (as scipy) the asymptotic
 *   p-value is used instead.
 * The exact computation also falls back to the asymptotic one when it yields a value outside
 * [0, 1], or, for method 'exact', when lcm would exceed 2^31 - 1 (scipy's rules).
 *
 * Asymptotic p-value: two-sided, the exact one-sample distribution `kolmogorovSmirnovSf(round(en),
 * D)` with en = n1 n2 / (n1 + n2) (scipy `kstwo.sf`); one-sided, Hodges' (1958, eq. 5.3)
 * approximation exp(-2 z^2 - 2 z (m + 2n) / (3 sqrt(m n (m + n)))), z = sqrt(en) D, m >= n.
 *
 * The statistic is one merge of the two sorted samples (`walkEcdfs`), O(n), after sorting them in
 * O(n) (see `sortSample`, whose results are taken without a copy).
 */
function ksTwoSample(x, y, options = {}) {
    const a = sortSample(x, "x");
    const b = sortSample(y, "y");
    return ksTwoSampleOfWalk(walkEcdfs(a, b), options);
}
/**
 * The KS test of the two samples whose ECDFs `walk` compared (x first), for a caller that reads
 * other statistics from the same walk.
 */
function ksTwoSampleOfWalk(walk, options = {}) {
    const alternative = (0,validate/* checkAlternative */.qP)(options.alternative);
    let mode = (0,validate/* checkChoice */.io)("method", options.method, ["auto", "exact", "asymp"], "auto");
    const { n1, n2 } = walk;
    const minS = Math.min(Math.max(-walk.minGap, 0), 1);
    const maxS = walk.maxGap;
    let d = alternative === "less" || (alternative === "two-sided" && minS > maxS) ? minS : maxS;
    const g = gcd(n1, n2);
    const n1g = n1 / g;
    const n2g = n2 / g;
    if (mode === "auto")
        mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
    else if (mode === "exact" && n1g >= INT32_MAX / n2g)
        mode = "asymp";
    let pValue = NaN;
    if (mode === "exact") {
        const lcm = n1g * n2;
        const h = (0,validate/* roundHalfEven */.af)(d * lcm);
        d = h / lcm;
        if (h === 0) {
            pValue = 1;
        }
        else {
            const p = exactPValue(n1, n2, g, h, alternative);
            if (Number.isFinite(p) && p >= 0 && p <= 1)
                pValue = p;
            else
                mode = "asymp";
        }
    }
    if (mode === "asymp") {
        const m = Math.max(n1, n2);
        const n = Math.min(n1, n2);
        const en = (m * n) / (m + n);
        if (alternative === "two-sided") {
            pValue = kolmogorovSmirnovSf((0,validate/* roundHalfEven */.af)(en), d);
        }
        else {
            const z = Math.sqrt(en) * d;
            pValue = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
        }
    }
    if (!Number.isFinite(pValue)) {
        // Unreachable for finite inputs; never hand back NaN.
        throw new stats_input_error/* StatsInputError */.y("x", "gave no finite p-value", "report this input as a bug");
    }
    return { statistic: d, pValue: (0,validate/* clipProbability */.ws)(pValue), method: mode };
}
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** Exact p-value, or NaN/out-of-range when double precision cannot hold the computation. */
function exactPValue(n1, n2, g, h, alternative) {
    if (alternative === "two-sided") {
        return n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    }
    if (n1 === n2) {
        let p = 1;
        for (let j = 0; j < h; j++)
            p *= (n1 - j) / (n1 + j + 1);
        return p;
    }
    const paths = countPathsOutside(n1, n2, g, h);
    const all = binomial(n1 + n2, n1);
    if (!Number.isFinite(all) || !(paths <= all))
        return NaN;
    return paths / all;
}
/** Two-sided, n1 = n2 = n: Pr(D >= h/n), 2 * A0 (1 - A1 (1 - A2 (1 - ...))). */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/**
 * Two-sided, n1 != n2: the proportion of lattice paths from (0,0) to (m,n) that leave the band
 * |n x / g - m y / g| < h, computed directly as a proportion (Viehmann's recursion), keeping one
 * column's sliding window.
 */
function probOutsideBand(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    // The window never grows beyond its first bound, but allow for rounding at the edges.
    const A = new Float64Array(Math.max(lenA, n + 1)).fill(1);
    for (let t = minj; t < maxj; t++)
        A[t] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/**
 * One-sided, n1 != n2: the number of lattice paths from (0,0) to (m,n) that reach the line
 * m y <= n x - h g (Hodges 1958), by inclusion-exclusion over the first boundary crossing.
 * Returns a non-finite value when double precision overflows.
 */
function countPathsOutside(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    const lxj = n + Math.floor((mg - h) / mg);
    if (lxj <= 0)
        return binomial(m + n, n);
    const xj = new Float64Array(lxj);
    for (let j = 0; j < lxj; j++)
        xj[j] = Math.floor((h + mg * j + ng - 1) / ng);
    const B = new Float64Array(lxj);
    B[0] = 1;
    for (let j = 1; j < lxj; j++) {
        const xjj = xj[j];
        let bj = binomial(xjj + j, j);
        if (!Number.isFinite(bj))
            return NaN;
        for (let i = 0; i < j; i++) {
            const c = binomial(xjj - xj[i] + j - i, j - i);
            bj -= c * B[i];
            if (!Number.isFinite(bj))
                return NaN;
        }
        B[j] = bj;
    }
    let paths = 0;
    for (let j = 0; j < lxj; j++) {
        paths += B[j] * binomial(m - xj[j] + (n - j), n - j);
        if (!Number.isFinite(paths))
            return NaN;
    }
    return paths;
}
/** C(a, k) in floating point by the multiplicative formula (Infinity when it overflows). */
function binomial(a, k) {
    if (k < 0 || k > a)
        return 0;
    const kk = Math.min(k, a - k);
    let r = 1;
    for (let i = 1; i <= kk; i++) {
        r = (r * (a - kk + i)) / i;
        if (r === Infinity)
            return Infinity;
    }
    return r;
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/gamma-functions.js
var gamma_functions = __webpack_require__(3228);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/chi-square-drift.js


/**
 * Chi-square drift test for a categorical column, as Evidently's `chisquare` stattest
 * (`_chi_stat_test`): over the union of categories, the current counts are the observed
 * frequencies and the reference counts scaled to the current total are the expected ones,
 *
 *   E_k = ref_k * (N_cur / N_ref),  statistic = sum_k (cur_k - E_k)^2 / E_k,
 *   pValue = chi2.sf(statistic, K - 1)   (scipy `chisquare(f_obs=cur, f_exp=E)`).
 *
 * Evidently flags drift when pValue < 0.05.
 *
 * Edge cases, which scipy would answer with Infinity or NaN:
 * - A category new in current (reference count 0, current count > 0) is impossible under the
 *   reference: scipy's statistic is infinite and its p-value 0. Here `pValue` is 0, `statistic`
 *   sums the categories the reference has (so it stays finite), and `newCategories` names the
 *   new ones.
 * - A category with zero count on both sides is ignored (it would be 0/0).
 * - A category the reference has and current lacks is an ordinary term (E_k contributes E_k).
 * - Fewer than two categories in all: nothing can differ, statistic 0, pValue 1, dof 0.
 * - A side with no observations at all throws `StatsInputError`.
 */
function chiSquareDrift(referenceCounts, currentCounts) {
    const { categories, ref, cur } = alignCategories(referenceCounts, currentCounts);
    const refTotal = ref.reduce((s, x) => s + x, 0);
    const curTotal = cur.reduce((s, x) => s + x, 0);
    const scale = curTotal / refTotal;
    const dof = categories.length - 1;
    if (dof < 1)
        return { statistic: 0, pValue: 1, dof: 0, newCategories: [] };
    const newCategories = [];
    let statistic = 0;
    for (let k = 0; k < categories.length; k++) {
        const expected = ref[k] * scale;
        if (expected === 0) {
            newCategories.push(categories[k]);
            continue;
        }
        const diff = cur[k] - expected;
        statistic += (diff * diff) / expected;
    }
    const pValue = newCategories.length > 0 ? 0 : (0,gamma_functions/* chiSquareSf */.To)(statistic, dof);
    return { statistic, pValue, dof, newCategories };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/ecdf-walk.js


// Slots of the walk's running doubles.
const T = 0;
const AREA = 1;
const SQUARED = 2;
const MAX = 3;
const MIN = 4;
/**
 * Walks the pooled values of `a` and `b` once, in order, O(n1 + n2): at each distinct value t,
 * the gap d = F_a(t) - F_b(t) updates the extremes, and |d| and d^2 times the step to the next
 * pooled value add to the two integrals. The sums are taken in the pooled order, as scipy's
 * `_cdf_distance` does. The running doubles live in a typed array: carried around the walk's
 * nested loops as locals they would be boxed on the heap at every step.
 */
function ecdf_walk_walkEcdfs(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0) {
        throw new stats_input_error/* StatsInputError */.y(n1 === 0 ? "a" : "b", "is empty", "Give each sample at least one value");
    }
    const state = new Float64Array(5);
    let i = 0;
    let j = 0;
    state[T] = Math.min(a[0], b[0]);
    const scale = (0,range_scale/* rangeScale */.U)(state[T], Math.max(a[n1 - 1], b[n2 - 1]));
    for (;;) {
        const t = state[T];
        while (i < n1 && a[i] <= t)
            i++;
        while (j < n2 && b[j] <= t)
            j++;
        const d = i / n1 - j / n2;
        if (d > state[MAX])
            state[MAX] = d;
        if (d < state[MIN])
            state[MIN] = d;
        if (i === n1 && j === n2)
            break;
        const next = i < n1 ? (j < n2 && b[j] < a[i] ? b[j] : a[i]) : b[j];
        const step = next * scale - t * scale;
        state[AREA] = state[AREA] + Math.abs(d) * step;
        state[SQUARED] = state[SQUARED] + d * d * step;
        state[T] = next;
    }
    return {
        n1,
        n2,
        maxGap: state[MAX],
        minGap: state[MIN],
        area: state[AREA],
        squaredArea: state[SQUARED],
        scale,
    };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/linear-quantile.js

/**
 * The q-quantile of sorted values with linear interpolation, numpy `quantile`'s default
 * (q clamped to [0, 1]). Two neighbours more than the largest double apart are interpolated in
 * halves (`rangeScale`), where their difference would be Infinity and the quantile NaN at a
 * fraction of 0; any others exactly as `a + (b - a) * fraction`.
 */
function linearQuantile(sorted, q) {
    const position = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
    const lo = Math.floor(position);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const a = sorted[lo];
    const b = sorted[hi];
    const scale = (0,range_scale/* rangeScale */.U)(a, b);
    return (a * scale + (b * scale - a * scale) * (position - lo)) / scale;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/psi.js





/** The share given to an empty bin (Evidently's fill value). */
const PSI_EMPTY_BIN_SHARE = 0.0001;
/**
 * Population Stability Index between a reference and a current numeric sample:
 *
 *   PSI = sum_i (r_i - c_i) ln(r_i / c_i)
 *
 * over the shares r_i, c_i of each sample in bin i (see `PsiOptions` for the binning). Empty
 * bins are filled as Evidently does (`get_binned_data(feel_zeroes=True)`): a zero share becomes
 * 0.0001, or (smallest non-zero share of that sample) / 10^6 when that smallest share is itself
 * <= 0.0001; shares are not renormalised. Evidently flags drift at PSI >= 0.1. Always finite.
 * Reference: Yurdakul (2018), "Statistical properties of population stability index".
 */
function psi(reference, current, options = {}) {
    const ref = (0,validate/* finiteSample */.mW)("reference", reference);
    const cur = (0,validate/* finiteSample */.mW)("current", current);
    const binning = options.binning ?? "evidently";
    let refCounts;
    let curCounts;
    if (binning === "reference-quantiles") {
        const bins = options.bins ?? 10;
        if (!Number.isInteger(bins) || bins < 2) {
            throw new stats_input_error/* StatsInputError */.y("bins", `is ${String(bins)}`, "use an integer of at least 2");
        }
        const sorted = ref.slice().sort();
        const edges = Array.from({ length: bins - 1 }, (_, i) => linearQuantile(sorted, (i + 1) / bins));
        const place = (v) => {
            let k = 0;
            while (k < edges.length && edges[k] < v)
                k++;
            return k;
        };
        refCounts = countInto(ref, bins, place);
        curCounts = countInto(cur, bins, place);
    }
    else if (binning === "evidently") {
        if (new Set(ref).size > 20) {
            ({ refCounts, curCounts } = sturgesCounts(ref, cur));
        }
        else {
            const values = [...new Set([...ref, ...cur])];
            const index = new Map(values.map((v, i) => [v, i]));
            const place = (v) => index.get(v);
            refCounts = countInto(ref, values.length, place);
            curCounts = countInto(cur, values.length, place);
        }
    }
    else {
        throw new stats_input_error/* StatsInputError */.y("binning", `is ${JSON.stringify(binning)}`, "use 'evidently' or 'reference-quantiles'");
    }
    const r = fillEmpty(shares(refCounts, ref.length));
    const c = fillEmpty(shares(curCounts, cur.length));
    let total = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = r[i];
        const ci = c[i];
        total += (ri - ci) * Math.log(ri / ci);
    }
    return { psi: total, bins: r.length, binning };
}
function countInto(values, bins, place) {
    const counts = new Float64Array(bins);
    for (const v of values) {
        const k = place(v);
        counts[k] = counts[k] + 1;
    }
    return counts;
}
function shares(counts, n) {
    return counts.map((c) => c / n);
}
function fillEmpty(s) {
    let smallest = Infinity;
    for (const v of s)
        if (v !== 0 && v < smallest)
            smallest = v;
    const fill = smallest <= PSI_EMPTY_BIN_SHARE ? smallest / 1e6 : PSI_EMPTY_BIN_SHARE;
    return s.map((v) => (v === 0 ? fill : v));
}
/** Counts in Sturges bins over the pooled range, as numpy `histogram(x, histogram_bin_edges)`. */
function sturgesCounts(ref, cur) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of ref)
        [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    for (const v of cur)
        [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const edges = sturgesEdges(lo, hi, ref.length + cur.length);
    const bins = edges.length - 1;
    // Offsets in halves where the range passes the largest double, as the edges are measured.
    const scale = (0,range_scale/* rangeScale */.U)(lo, hi);
    const perBin = bins / (hi * scale - lo * scale);
    const place = (v) => {
        // First guess from the width, then settle against the actual edges (as numpy does).
        let k = Math.min(Math.max(Math.floor((v * scale - lo * scale) * perBin), 0), bins - 1);
        while (k > 0 && v < edges[k])
            k--;
        while (k < bins - 1 && v >= edges[k + 1])
            k++;
        return k;
    };
    return { refCounts: countInto(ref, bins, place), curCounts: countInto(cur, bins, place) };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/quantile-bins.js

const weightOf = (sample, i) => sample.weights?.[i] ?? 1;
/**
 * The reference's inner edges at 1/bins, ..., (bins-1)/bins: at quantile q, the first value whose
 * cumulative weight passes q * (total - 1), a value of the reference itself (numpy's
 * `method="lower"` when every weight is 1). Repeated edges are merged, and an edge at the
 * maximum is dropped, as it would leave the last bin without reference values.
 */
function quantileEdges(reference, bins) {
    const { values } = reference;
    let total = 0;
    for (let i = 0; i < values.length; i++)
        total += weightOf(reference, i);
    const edges = [];
    let i = 0;
    let cumulative = weightOf(reference, 0);
    for (let k = 1; k < bins; k++) {
        const position = (k / bins) * (total - 1);
        while (cumulative <= position && i < values.length - 1)
            cumulative += weightOf(reference, ++i);
        const edge = values[i];
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    if (edges[edges.length - 1] === values[values.length - 1])
        edges.pop();
    return edges;
}
/**
 * Counts (weights summed) of two sorted samples in bins cut at the reference's quantiles
 * (`quantileEdges`). Each bin is closed on the right, and values below or above the
 * reference's range fall into the first or last bin. Every bin then holds reference values (its
 * own upper edge, or the maximum), so a chi-square over these bins has no expected count of
 * zero.
 */
function referenceQuantileBins(reference, current, bins) {
    if (!Number.isInteger(bins) || bins < 2) {
        throw new stats_input_error/* StatsInputError */.y("bins", `is ${String(bins)}`, "use an integer of at least 2");
    }
    if (reference.values.length === 0) {
        throw new stats_input_error/* StatsInputError */.y("reference", "is empty", "pass at least one value");
    }
    const edges = quantileEdges(reference, bins);
    const count = (sample) => {
        const counts = new Float64Array(edges.length + 1);
        let bin = 0;
        for (let i = 0; i < sample.values.length; i++) {
            while (bin < edges.length && sample.values[i] > edges[bin])
                bin++;
            counts[bin] += weightOf(sample, i);
        }
        return counts;
    };
    return { edges, reference: count(reference), current: count(current) };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/drift-check/column-name.js
var column_name = __webpack_require__(5625);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/distribution.js



/** Bins of the HTML report's overlaid histograms. */
const HISTOGRAM_BINS = 20;
/** Categories drawn one by one; the rest are summed as "(other)". */
const TOP_CATEGORIES = 20;
/**
 * Shares per bin of sorted values (with weights, as a quantile sketch's items have). Unweighted
 * values are counted by a binary search per edge, not a pass over all of them.
 */
function binShares(sorted, weights, edges) {
    if (weights === null && sorted instanceof Float64Array && sorted.length > 0) {
        return Array.from(histogramShares(sorted, edges));
    }
    const counts = new Array(edges.length - 1).fill(0);
    let total = 0;
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const v = sorted[i];
        // Bins are [e_k, e_k+1), the last one closed, as numpy's histogram.
        while (bin < counts.length - 1 && v >= edges[bin + 1])
            bin++;
        const w = weights ? weights[i] : 1;
        counts[bin] += w;
        total += w;
    }
    return counts.map((c) => (total === 0 ? 0 : c / total));
}
/** Equal-width bins over the range of both samples, each given sorted ascending. */
function histogram(reference, current) {
    const r = reference.values;
    const c = current.values;
    const lo = Math.min(r[0], c[0]);
    const hi = Math.max(r[r.length - 1], c[c.length - 1]);
    const bins = hi > lo ? HISTOGRAM_BINS : 1;
    const edges = (0,equal_width_edges/* equalWidthEdges */.D)(lo, hi, bins);
    return {
        kind: "histogram",
        edges,
        reference: binShares(r, reference.weights ?? null, edges),
        current: binShares(c, current.weights ?? null, edges),
    };
}
/** Shares of the categories that matter most on either side, the rest summed; labels shortened. */
function categoryShares(reference, current) {
    const total = (m) => [...m.values()].reduce((s, x) => s + x, 0);
    const rt = total(reference) || 1;
    const ct = total(current) || 1;
    const all = [...new Set([...reference.keys(), ...current.keys()])];
    const weight = (k) => Math.max((reference.get(k) ?? 0) / rt, (current.get(k) ?? 0) / ct);
    all.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
    const shown = all.slice(0, TOP_CATEGORIES);
    const labels = shown.map(column_name/* shownValue */.JJ);
    const ref = shown.map((k) => (reference.get(k) ?? 0) / rt);
    const cur = shown.map((k) => (current.get(k) ?? 0) / ct);
    if (all.length > shown.length) {
        labels.push("(other)");
        ref.push(Math.max(0, 1 - ref.reduce((s, x) => s + x, 0)));
        cur.push(Math.max(0, 1 - cur.reduce((s, x) => s + x, 0)));
    }
    return { kind: "categories", labels, reference: ref, current: cur };
}

// EXTERNAL MODULE: ./shared/dist/interface/command-inputs.js
var command_inputs = __webpack_require__(9045);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-methods.js



const DRIFT_METHODS = [
    "ks",
    "wasserstein",
    "psi",
    "chi2",
    "jensen_shannon",
    "hellinger",
    "kl_div",
    "energy",
    "mannw",
    "g_test",
    "z",
    "fisher_exact",
    "anderson",
    "cramer_von_mises",
    "tvd",
];
/**
 * Every accepted method name, Evidently's spellings included so that a configuration moves over
 * as it is. A Map, so that a name such as `constructor` finds nothing on a prototype.
 */
const METHOD_NAMES = new Map([
    ...DRIFT_METHODS.map((m) => [m, m]),
    ["chisquare", "chi2"],
    ["jensenshannon", "jensen_shannon"],
    ["jensen-shannon", "jensen_shannon"],
    ["ed", "energy"],
]);
const knownMethod = (text) => METHOD_NAMES.get(text.trim().toLowerCase());
/**
 * Evidently's comparison of each method's score with its threshold: p-values drift when small
 * (KS and Cramér-von Mises at or below, the others below), distances when large (energy
 * strictly above).
 */
const DRIFT_RULES = {
    ks: "<=",
    cramer_von_mises: "<=",
    chi2: "<",
    mannw: "<",
    g_test: "<",
    z: "<",
    fisher_exact: "<",
    anderson: "<",
    tvd: "<",
    wasserstein: ">=",
    psi: ">=",
    jensen_shannon: ">=",
    hellinger: ">=",
    kl_div: ">=",
    energy: ">",
};
/** Methods whose score is a p-value (drift when small); the others are distances (drift when large). */
const P_VALUE_METHODS = DRIFT_METHODS.filter((m) => DRIFT_RULES[m].startsWith("<"));
/** The methods that need numbers, as Evidently allows them on numerical columns only. */
const NUMERIC_METHODS = [
    "ks",
    "wasserstein",
    "psi",
    "energy",
    "mannw",
    "anderson",
    "cramer_von_mises",
];
/**
 * The methods Evidently allows on categorical columns only; chi2, jensen_shannon, hellinger and
 * kl_div compare either kind.
 */
const CATEGORICAL_METHODS = ["g_test", "z", "fisher_exact", "tvd"];
/** The categorical methods that compare two categories, as Evidently defines them. */
const TWO_CATEGORY_METHODS = ["z", "fisher_exact"];
/** Evidently's default thresholds. */
const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    chi2: 0.05,
    mannw: 0.05,
    z: 0.05,
    g_test: 0.1,
    fisher_exact: 0.1,
    anderson: 0.1,
    cramer_von_mises: 0.1,
    tvd: 0.1,
    wasserstein: 0.1,
    jensen_shannon: 0.1,
    psi: 0.1,
    hellinger: 0.1,
    kl_div: 0.1,
    energy: 0.1,
};
/** A reference of at most this many rows is tested with KS, z or chi-square, a larger one with distances. */
const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct reference values are compared as categories. */
const CATEGORICAL_DISTINCT = 5;
function isDrift(method, score, threshold) {
    switch (DRIFT_RULES[method]) {
        case "<=":
            return score <= threshold;
        case "<":
            return score < threshold;
        case ">=":
            return score >= threshold;
        case ">":
            return score > threshold;
    }
}
const driftRule = (method) => `${P_VALUE_METHODS.includes(method) ? "p_value" : "score"} ${DRIFT_RULES[method]} threshold`;
/**
 * Evidently's default test (its `_get_default_stattest`), by kind and reference size: on a small
 * reference, a categorical column whose two sides together hold at most two values gets the
 * two-proportion z-test (Evidently counts them over both datasets), one with more chi-square.
 */
function autoMethod(kind, referenceRows, categories) {
    const small = referenceRows <= SMALL_REFERENCE_ROWS;
    if (kind === "numeric")
        return small ? "ks" : "wasserstein";
    if (!small)
        return "jensen_shannon";
    return categories <= 2 ? "z" : "chi2";
}
function methodName(text, input) {
    const method = knownMethod(text);
    if (!method) {
        throw new errors/* InputError */.dz(input, `'${(0,column_name/* shownName */.HD)(text)}' is not a method`, `Use auto, ${DRIFT_METHODS.join(", ")}`);
    }
    return method;
}
/** An input read as YAML or JSON: a mapping's own entries, or the plain value. */
function parseValue(text, input) {
    const value = (0,command_inputs/* yamlValue */.t$)(text, input);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        return new Map(Object.entries(value));
    }
    return { value };
}
function parseMethod(text) {
    const trimmed = text?.trim() ?? "";
    if (trimmed === "" || trimmed === "auto")
        return { all: "auto", perColumn: new Map() };
    const map = parseValue(trimmed, "method");
    if (!(map instanceof Map))
        return { all: methodName(trimmed, "method"), perColumn: new Map() };
    const perColumn = new Map();
    for (const [column, value] of map) {
        if (typeof value !== "string") {
            throw new errors/* InputError */.dz("method", `column '${(0,column_name/* shownName */.HD)(column)}' has no method name`, "Write column: ks");
        }
        if (value.trim() !== "auto")
            perColumn.set(column, methodName(value, "method"));
    }
    return { all: "auto", perColumn };
}
/** A threshold as read from YAML: a finite, non-negative number (1e400 reads as Infinity). */
function thresholdValue(value, key) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        const shown = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? "");
        throw new errors/* InputError */.dz("threshold", `the threshold of ${key} is ${(0,column_name/* shownName */.HD)(shown)}`, "Give a finite, non-negative number, such as 0.05 for a p-value or 0.1 for a distance");
    }
    return value;
}
function parseThreshold(text, columns) {
    const trimmed = text?.trim() ?? "";
    const perMethod = new Map();
    const perColumn = new Map();
    if (trimmed === "")
        return { all: undefined, perMethod, perColumn };
    const map = parseValue(trimmed, "threshold");
    if (!(map instanceof Map)) {
        return { all: thresholdValue(map.value, "every column"), perMethod, perColumn };
    }
    for (const [key, value] of map) {
        const named = `'${(0,column_name/* shownName */.HD)(key)}'`;
        // A column's name wins over a method's, so a column called "psi" can still be named.
        if (columns.includes(key))
            perColumn.set(key, thresholdValue(value, named));
        else {
            const method = knownMethod(key);
            if (!method) {
                throw new errors/* InputError */.dz("threshold", `${named} is neither a checked column nor a method`, `Name a column, or one of ${DRIFT_METHODS.join(", ")}`);
            }
            perMethod.set(method, thresholdValue(value, named));
        }
    }
    return { all: undefined, perMethod, perColumn };
}
/**
 * A column's threshold: its own, else its method's, else the one for all, else the default. A
 * p-value threshold outside (0, 1) is refused: 2 would flag every column, 0 none.
 */
function thresholdFor(choice, column, method) {
    const threshold = choice.perColumn.get(column) ??
        choice.perMethod.get(method) ??
        choice.all ??
        DEFAULT_THRESHOLDS[method];
    if (P_VALUE_METHODS.includes(method) && !(threshold > 0 && threshold < 1)) {
        throw new errors/* InputError */.dz("threshold", `column '${(0,column_name/* shownName */.HD)(column)}' is tested with ${method}, whose threshold is a p-value, and ${threshold} is not between 0 and 1`, "Give a p-value threshold above 0 and below 1, or one per method, such as {ks: 0.05, wasserstein: 0.2}");
    }
    return threshold;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/anderson-darling-two-sample.js


/** The fewest values the two samples may hold together: the variance divides by (N-1)(N-2)(N-3). */
const ANDERSON_MIN_VALUES = 4;
/** Scholz & Stephens (1987), Table 2: interpolation coefficients of the critical values. */
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
/** The least-squares parabola through the points (numpy's `polyfit(x, y, 2)`), as [c2, c1, c0]. */
function fitParabola(x, y) {
    // Normal equations of y ~ c0 + c1 x + c2 x^2, solved by Cramer's rule (3 x 3).
    const s = [0, 0, 0, 0, 0];
    const t = [0, 0, 0];
    x.forEach((xi, i) => {
        for (let p = 0; p < 5; p++)
            s[p] += xi ** p;
        for (let p = 0; p < 3; p++)
            t[p] += y[i] * xi ** p;
    });
    const m = [
        [s[0], s[1], s[2]],
        [s[1], s[2], s[3]],
        [s[2], s[3], s[4]],
    ];
    const det = (a) => a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
        a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
        a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    const d = det(m);
    const solve = (col) => det(m.map((row, r) => row.map((v, c) => (c === col ? t[r] : v)))) / d;
    return [solve(2), solve(1), solve(0)];
}
/** A2akN of Scholz & Stephens (1987), eq. 7 (midranks, for ties), of two sorted samples. */
function midrankStatistic(a, b) {
    const n = [a.length, b.length];
    const big = a.length + b.length;
    let total = 0;
    let i = 0;
    let j = 0;
    let below = 0;
    while (i < a.length || j < b.length) {
        const z = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        let fa = 0;
        let fb = 0;
        for (; i < a.length && a[i] === z; i++)
            fa++;
        for (; j < b.length && b[j] === z; j++)
            fb++;
        const lj = fa + fb;
        const bj = below + lj / 2;
        const denominator = bj * (big - bj) - (big * lj) / 4;
        const m = [i - fa / 2, j - fb / 2];
        for (let s = 0; s < 2; s++) {
            total += ((lj / big) * (big * m[s] - bj * n[s]) ** 2) / denominator / n[s];
        }
        below += lj;
    }
    return (total * (big - 1)) / big;
}
/**
 * The k-sample Anderson-Darling test for two samples, matching scipy `stats.anderson_ksamp([x, y])`
 * (scipy 1.10, midrank version) as Evidently's `anderson` stattest reads it: the standardized
 * statistic (A2kN - 1) / sigma of Scholz & Stephens (1987), and its significance level
 * interpolated (a parabola in log level) through the critical values of their Table 2. As scipy,
 * the level is capped at 0.25 and floored at 0.001 outside the table: it is not a p-value beyond
 * those. scipy refuses samples that hold a single value between them; here they give statistic 0
 * and level 0.25: there is nothing to tell apart. Fewer than `ANDERSON_MIN_VALUES` values in all
 * are refused (scipy gives NaN or fails): the statistic's variance is not defined.
 */
function andersonDarlingTwoSample(x, y) {
    const a = sort_sample_sortSample(x, "x");
    const b = sort_sample_sortSample(y, "y");
    const big = a.length + b.length;
    if (big < ANDERSON_MIN_VALUES) {
        throw new stats_input_error/* StatsInputError */.y("y", `holds ${b.length} value${b.length === 1 ? "" : "s"} and x ${a.length}: the test needs at least ${ANDERSON_MIN_VALUES} in all`, `Give the two samples at least ${ANDERSON_MIN_VALUES} values together`);
    }
    if (Math.min(a[0], b[0]) === Math.max(a[a.length - 1], b[b.length - 1])) {
        return { statistic: 0, significanceLevel: 0.25 };
    }
    const k = 2;
    const H = 1 / a.length + 1 / b.length;
    let cumulative = 0;
    let g = 0;
    for (let r = big - 1, idx = 0; r > 1; r--, idx++) {
        cumulative += 1 / r;
        g += cumulative / (idx + 2);
    }
    const h = cumulative + 1;
    const ca = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
    const cb = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
    const cc = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
    const cd = (2 * h + 6) * k ** 2 - 4 * h * k;
    const variance = (ca * big ** 3 + cb * big ** 2 + cc * big + cd) / ((big - 1) * (big - 2) * (big - 3));
    const statistic = (midrankStatistic(a, b) - (k - 1)) / Math.sqrt(variance);
    const critical = B0.map((b0, i) => b0 + B1[i] + B2[i]);
    if (statistic < Math.min(...critical))
        return { statistic, significanceLevel: 0.25 };
    if (statistic > Math.max(...critical))
        return { statistic, significanceLevel: 0.001 };
    const [c2, c1, c0] = fitParabola(critical, LEVELS.map(Math.log));
    return { statistic, significanceLevel: Math.exp((c2 * statistic + c1) * statistic + c0) };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/energy-distance.js


/**
 * Energy distance between two 1-D empirical distributions, matching scipy
 * `stats.energy_distance(x, y)` (unweighted), which Evidently's `ed` stattest reports:
 *
 *   D = sqrt(2 * integral over t of (F_x(t) - F_y(t))^2 dt),
 *
 * the form of Székely & Rizzo (2013), "Energy statistics", eq. (3), in the units of the data.
 * O(n) after sorting (see `sortSample`).
 */
function energyDistance(x, y) {
    const a = sortSample(x, "x");
    const b = sortSample(y, "y");
    return energyDistanceOfWalk(walkEcdfs(a, b));
}
/**
 * The energy distance of the two samples whose ECDFs `walk` compared: finite for any finite
 * values, its integral measured in halves where their range passes the largest double.
 */
function energyDistanceOfWalk(walk) {
    // sqrt(2 * 2 * halved), taken apart so that the product cannot overflow.
    return walk.scale === 1 ? Math.sqrt(2 * walk.squaredArea) : 2 * Math.sqrt(walk.squaredArea);
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/mann-whitney-u.js + 1 modules
var mann_whitney_u = __webpack_require__(7835);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/cramer-von-mises-exact.js
const EMPTY = { values: new Float64Array(0), freqs: new Float64Array(0) };
/** Two tables as one: their values merged in order, the frequencies of a shared value added. */
function merge(a, b) {
    const values = new Float64Array(a.values.length + b.values.length);
    const freqs = new Float64Array(values.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.values.length || j < b.values.length) {
        const fromA = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]);
        const value = fromA ? a.values[i] : b.values[j];
        let freq = 0;
        if (i < a.values.length && a.values[i] === value)
            freq += a.freqs[i++];
        if (j < b.values.length && b.values[j] === value)
            freq += b.freqs[j++];
        values[k] = value;
        freqs[k++] = freq;
    }
    return { values: values.subarray(0, k), freqs: freqs.subarray(0, k) };
}
const cramer_von_mises_exact_gcd = (a, b) => (b === 0 ? a : cramer_von_mises_exact_gcd(b, a % b));
/** numpy's floor division of floats: the floor of the exact quotient, not of the rounded one. */
function floorDivide(a, b) {
    const mod = a % b;
    let div = (a - mod) / b;
    if (mod !== 0 && b < 0 !== mod < 0)
        div -= 1;
    const floor = Math.floor(div);
    return div - floor > 0.5 ? floor + 1 : floor;
}
/** C(m + n, m), exact while it stays below 2^53 (C(40, 20) is 1.4e11). */
function cramer_von_mises_exact_binomial(m, n) {
    let c = 1;
    for (let i = 1; i <= m; i++)
        c = (c * (n + i)) / i;
    return Math.round(c);
}
/**
 * The exact p-value P(U >= u) of the two-sample Cramér-von Mises statistic U (Anderson 1962,
 * eq. 10) for samples of m and n values without ties, as scipy's `_pval_cvm_2samp_exact`: the
 * frequencies of U over all C(m + n, m) orderings, by the lattice-path recursion of Xiao, Gordon
 * and Yakovlev (2006, "A C++ program for the Cramér-von Mises two-sample test", eq. 11), in
 * units of 1 / lcm(m, n)^2. U is compared as scipy compares it, through the floor of its value in
 * those units, so that a U with ties (in quarters) gets scipy's p-value. The tables grow with m
 * and n: scipy uses this for samples of at most 20 values.
 */
function cramerVonMisesExactSf(u, m, n) {
    const lcm = (m / cramer_von_mises_exact_gcd(m, n)) * n;
    const a = lcm / m;
    const b = lcm / n;
    const mn = m * n;
    const zeta = floorDivide(lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)), 6 * mn * mn);
    let gs = [{ values: Float64Array.of(0), freqs: Float64Array.of(1) }];
    for (let v = 1; v <= m; v++)
        gs.push(EMPTY);
    for (let row = 0; row <= n; row++) {
        const next = [];
        let tmp = EMPTY;
        for (let v = 0; v <= m; v++) {
            tmp = merge(tmp, gs[v]);
            const step = (a * v - b * row) ** 2;
            for (let i = 0; i < tmp.values.length; i++)
                tmp.values[i] += step;
            next.push(tmp);
        }
        gs = next;
    }
    const last = gs[m];
    let above = 0;
    for (let i = 0; i < last.values.length; i++)
        if (last.values[i] >= zeta)
            above += last.freqs[i];
    return above / cramer_von_mises_exact_binomial(m, n);
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/bessel-k.js

/** The trapezoid step: the integrand narrows as 1 / sqrt(x), and 0.1 keeps the error below 1e-16. */
const stepFor = (x) => Math.min(0.1, 0.5 / Math.sqrt(x));
/**
 * The modified Bessel function of the second kind K_nu(x), scipy's `special.kv`, for x > 0 and
 * orders of moderate size, from its integral
 *
 *   K_nu(x) = integral over t from 0 to infinity of exp(-x cosh t) cosh(nu t) dt,
 *
 * written as exp(-x) times the integral of exp(-x (cosh t - 1)) cosh(nu t), so that nothing
 * overflows, by the trapezoid rule, which converges geometrically for an integrand analytic
 * in a strip and decaying as fast as this one: with the step below the sum is within a few
 * units in the last place at every x (checked against scipy and 30-digit mpmath values). The
 * terms are all positive, so no digits are lost to cancellation. K_nu(x) underflows to 0 past
 * x of about 745, as scipy's does.
 */
function besselK(nu, x) {
    if (!Number.isFinite(nu)) {
        throw new stats_input_error/* StatsInputError */.y("nu", `is ${String(nu)}`, "pass a finite order");
    }
    if (!(x > 0) || !Number.isFinite(x)) {
        throw new stats_input_error/* StatsInputError */.y("x", `is ${String(x)}`, "pass a finite x above 0");
    }
    const h = stepFor(x);
    // The integrand is below exp(|nu| t - x (cosh t - 1)), which peaks at asinh(|nu| / x): the
    // sum stops past that, at the first term too small to change it.
    const peak = Math.asinh(Math.abs(nu) / x);
    let sum = 0.5;
    for (let k = 1;; k++) {
        const t = k * h;
        const term = Math.exp(-x * (Math.cosh(t) - 1)) * Math.cosh(nu * t);
        sum += term;
        if (t > peak && term < 1e-18 * sum)
            break;
    }
    return Math.exp(-x) * h * sum;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/cramer-von-mises-limit.js

const PI_POW_1_5 = Math.PI ** 1.5;
/**
 * The cdf of the Cramér-von Mises statistic's limiting distribution (infinite samples), by the
 * series of Csörgő and Faraway (1996), eq. 1.3:
 *
 *   F(x) = sum over k >= 0 of Gamma(k + 1/2) / (Gamma(k + 1) pi^1.5 sqrt(x)) sqrt(4k + 1)
 *          exp(-q_k) K_{1/4}(q_k),   q_k = (4k + 1)^2 / (16 x),
 *
 * summed as scipy's `_cdf_cvm_inf` sums it: until a term falls below 1e-7, that term included,
 * so that the truncation is scipy's too. Like scipy's, it loses accuracy for x above about 4,
 * where F is within 1e-10 of 1.
 */
function cramerVonMisesLimitCdf(x) {
    if (!(x > 0))
        return 0;
    let total = 0;
    // Gamma(k + 1/2) / Gamma(k + 1), from Gamma(1/2) = sqrt(pi) by its recurrence.
    let gammaRatio = Math.sqrt(Math.PI);
    for (let k = 0;; k++) {
        const y = 4 * k + 1;
        const q = (y * y) / (16 * x);
        const term = (gammaRatio / (PI_POW_1_5 * Math.sqrt(x))) * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
        total += term;
        if (!(Math.abs(term) >= 1e-7))
            return total;
        gammaRatio *= (k + 0.5) / (k + 1);
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/cramer-von-mises.js




/** Samples of up to this many values each get the exact p-value under `auto`, as in scipy. */
const EXACT_UP_TO = 20;
/**
 * U of Anderson (1962, eq. 10) from two sorted samples: n_x sum (r_i - i)^2 + n_y sum (s_j - j)^2,
 * r and s their ranks in the pooled sample (midranks for ties, as scipy's `rankdata`).
 */
function rankStatistic(a, b) {
    let sumA = 0;
    let sumB = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const z = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        const startA = i;
        const startB = j;
        while (i < a.length && a[i] === z)
            i++;
        while (j < b.length && b[j] === z)
            j++;
        const rank = (startA + startB + i + j + 1) / 2;
        for (let k = startA; k < i; k++)
            sumA += (rank - (k + 1)) ** 2;
        for (let k = startB; k < j; k++)
            sumB += (rank - (k + 1)) ** 2;
    }
    return a.length * sumA + b.length * sumB;
}
/** The p-value from the limiting distribution of T, normalised by its exact mean and variance. */
function asymptoticPValue(t, nx, ny) {
    const k = nx * ny;
    const big = nx + ny;
    const mean = (1 + 1 / big) / 6;
    const variance = ((big + 1) * (4 * k * big - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * big * big * 4 * k);
    const normalised = 1 / 6 + (t - mean) / Math.sqrt(45 * variance);
    // Below 0.003 the cdf is under 1.3e-18: scipy returns 1 there.
    if (normalised < 0.003)
        return 1;
    return Math.max(0, 1 - cramerVonMisesLimitCdf(normalised));
}
/**
 * The two-sample Cramér-von Mises test, as scipy's `stats.cramervonmises_2samp` (scipy 1.10),
 * which Evidently's `cramer_von_mises` stattest copies: the statistic
 *
 *   T = U / (n_x n_y N) - (4 n_x n_y - 1) / (6 N),   N = n_x + n_y,
 *
 * and its p-value, exact when both samples hold at most 20 values (`auto`), else from the
 * limiting distribution of T standardised by its exact mean and variance (Anderson 1962, eq. 11,
 * 14 and 15). Ties get midranks; the exact p-value then is that of the distribution without ties,
 * as scipy's. scipy refuses a sample of one value; here it is tested by the same formulas.
 */
function cramerVonMisesTwoSample(x, y, options = {}) {
    const method = (0,validate/* checkChoice */.io)("method", options.method, ["auto", "exact", "asymptotic"], "auto");
    const a = sort_sample_sortSample(x, "x");
    const b = sort_sample_sortSample(y, "y");
    const nx = a.length;
    const ny = b.length;
    const u = rankStatistic(a, b);
    const k = nx * ny;
    const big = nx + ny;
    const statistic = u / (k * big) - (4 * k - 1) / (6 * big);
    const exact = method === "exact" || (method === "auto" && Math.max(nx, ny) <= EXACT_UP_TO);
    if (exact)
        return { statistic, pValue: cramerVonMisesExactSf(u, nx, ny), method: "exact" };
    return { statistic, pValue: asymptoticPValue(statistic, nx, ny), method: "asymp" };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/kl-divergence.js
/**
 * Kullback-Leibler divergence KL(p || q) in nats, matching scipy `stats.entropy(p, q)`: both
 * vectors are normalized to sum to 1 first, then sum_k p_k ln(p_k / q_k), a term with p_k = 0
 * being 0. Infinite when q_k = 0 < p_k; Evidently's `kl_div` smooths empty bins first
 * (`fillEmptyShares`), so that it stays finite.
 */
function klDivergence(p, q) {
    let sp = 0;
    let sq = 0;
    for (let k = 0; k < p.length; k++) {
        sp += p[k];
        sq += q[k];
    }
    let total = 0;
    for (let k = 0; k < p.length; k++) {
        const a = p[k] / sp;
        if (a > 0)
            total += a * Math.log(a / (q[k] / sq));
    }
    return total;
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/kl-divergence-drift.js



/**
 * KL(reference || current) of two samples of numbers, as Evidently's `kl_div` stattest on a
 * numerical column of more than 20 distinct reference values (`get_binned_data`): numpy's
 * Sturges bins for all values of both samples, equal widths over their range, empty bins
 * smoothed (`fillEmptyShares`).
 */
function klDivergenceNumbers(x, y) {
    const a = sort_sample_sortSample(x, "x");
    const b = sort_sample_sortSample(y, "y");
    const shares = sturgesBinShares(a, b, a.length + b.length);
    const divergence = klDivergence(fillEmptyShares(shares.ref), fillEmptyShares(shares.cur));
    return { divergence, bins: shares.bins };
}
/** KL(reference || current) of two category-count tables, empty categories smoothed. */
function klDivergenceCategories(reference, current) {
    const shares = categoryShareArrays(reference, current);
    return klDivergence(fillEmptyShares(shares.ref), fillEmptyShares(shares.cur));
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/g-test-drift.js


/**
 * G-test (log-likelihood ratio) drift test for a categorical column, Evidently's `g_test`
 * stattest, which calls scipy `power_divergence(f_obs=cur, f_exp=ref, lambda_="log-likelihood")`.
 * The reference counts are scaled to the current total first, as `chiSquareDrift` does (scipy
 * 1.10 refuses expected counts whose total differs from the observed one):
 *
 *   E_k = ref_k * (N_cur / N_ref),  G = 2 sum_k cur_k ln(cur_k / E_k),  pValue = chi2.sf(G, K - 1).
 *
 * A term with cur_k = 0 is 0. A category new in current makes scipy's G infinite: here the
 * p-value is 0, G sums the other categories, and `newCategories` names the new ones. Fewer than
 * two categories give statistic 0 and pValue 1.
 */
function gTestDrift(referenceCounts, currentCounts) {
    const { categories, ref, cur } = alignCategories(referenceCounts, currentCounts);
    const scale = cur.reduce((s, x) => s + x, 0) / ref.reduce((s, x) => s + x, 0);
    const dof = categories.length - 1;
    if (dof < 1)
        return { statistic: 0, pValue: 1, dof: 0, newCategories: [] };
    const newCategories = [];
    let statistic = 0;
    for (let k = 0; k < categories.length; k++) {
        const expected = ref[k] * scale;
        const observed = cur[k];
        if (expected === 0)
            newCategories.push(categories[k]);
        else if (observed > 0)
            statistic += 2 * observed * Math.log(observed / expected);
    }
    const pValue = newCategories.length > 0 ? 0 : (0,gamma_functions/* chiSquareSf */.To)(statistic, dof);
    return { statistic, pValue, dof, newCategories };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/hypergeometric-sample.js

/** Up to this many marked items, following them one by one is cheaper than the inversion. */
const ONE_BY_ONE = 16;
const logFactorial = (k) => (0,gamma_functions/* logGamma */.SX)(k + 1);
/**
 * A draw from Hypergeometric(total, marked, draws): how many of `draws` items taken without
 * replacement from `total` items are among the `marked` ones. Exact in distribution (up to
 * rounding of the probabilities), in about min(marked, draws, 16) + its standard deviation steps:
 * few marked items (or draws, the distribution being symmetric in the two) are followed one by
 * one, each taken with probability (draws left) / (items left); otherwise the distribution is
 * inverted from its mode outwards, its probabilities by their ratio from the mode's.
 */
function sampleHypergeometric(rng, total, marked, draws) {
    const [small, large] = marked <= draws ? [marked, draws] : [draws, marked];
    if (small <= ONE_BY_ONE)
        return oneByOne(rng, total, small, large);
    return fromMode(rng, total, small, large);
}
function oneByOne(rng, total, marked, draws) {
    let taken = 0;
    for (let i = 0; i < marked; i++) {
        if (rng.nextDouble() * (total - i) < draws - taken)
            taken++;
    }
    return taken;
}
function fromMode(rng, total, marked, draws) {
    const others = total - marked;
    const lo = Math.max(0, draws - others);
    const hi = Math.min(draws, marked);
    const mode = Math.min(hi, Math.max(lo, Math.floor(((draws + 1) * (marked + 1)) / (total + 2))));
    const logP = logFactorial(marked) -
        logFactorial(mode) -
        logFactorial(marked - mode) +
        logFactorial(others) -
        logFactorial(draws - mode) -
        logFactorial(others - draws + mode) -
        logFactorial(total) +
        logFactorial(draws) +
        logFactorial(total - draws);
    const pMode = Math.exp(logP);
    let u = rng.nextDouble() - pMode;
    if (u < 0)
        return mode;
    let up = mode;
    let down = mode;
    let pUp = pMode;
    let pDown = pMode;
    while (up < hi || down > lo) {
        if (up < hi) {
            pUp *= ((marked - up) * (draws - up)) / ((up + 1) * (others - draws + up + 1));
            up++;
            u -= pUp;
            if (u < 0)
                return up;
        }
        if (down > lo) {
            pDown *= (down * (others - draws + down)) / ((marked - down + 1) * (draws - down + 1));
            down--;
            u -= pDown;
            if (u < 0)
                return down;
        }
    }
    // Rounding left a sliver of probability (below 1e-9) unassigned.
    return mode;
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/seeded-random.js
var seeded_random = __webpack_require__(3037);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/total-variation-drift.js




/** Evidently's number of permutations. */
const TVD_PERMUTATIONS = 1000;
/** Counts that are whole numbers of rows, which a permutation can move. */
function wholeCounts(argument, counts, categories) {
    const k = counts.findIndex((c) => !Number.isInteger(c));
    if (k >= 0) {
        throw new stats_input_error/* StatsInputError */.y(argument, `count for '${categories[k]}' is ${counts[k]}, not a whole number`, "pass counts of rows: the permutation test moves whole rows");
    }
}
/**
 * Twice n_ref n_cur times the total variation distance of reference counts `x` (the rest of each
 * category's `totals` being current's): sum_k |x_k n_cur - (t_k - x_k) n_ref|. In whole numbers,
 * exact while n_ref n_cur stays below 2^52, so that equal distances compare equal.
 */
function scaledDistance(x, totals, nRef, nCur) {
    let sum = 0;
    for (let k = 0; k < x.length; k++)
        sum += Math.abs(x[k] * nCur - (totals[k] - x[k]) * nRef);
    return sum;
}
/**
 * Evidently's `TVD` stattest (tvd_stattest.py) on two category-count tables: the total variation
 * distance of their shares, 1/2 sum_k |p_k - q_k|, and its permutation p-value, the share of
 * random splits of the pooled rows into a reference and a current of the same sizes whose
 * distance reaches the observed one (Evidently's `permutation_test`: 1000 splits, no +1).
 *
 * A split is drawn as the reference's count of each category, one hypergeometric draw after
 * another (the multivariate hypergeometric law of a random split), so a split costs one draw per
 * category, not one per row. Evidently draws its splits from numpy's generator seeded with 0;
 * these come from `SeededRandom`, with the categories in sorted order, so the p-value depends
 * only on the counts and the seed, and is within Monte Carlo error of Evidently's, not equal
 * to it.
 */
function totalVariationDrift(referenceCounts, currentCounts, options = {}) {
    const permutations = options.permutations ?? TVD_PERMUTATIONS;
    if (!Number.isInteger(permutations) || permutations < 1) {
        throw new stats_input_error/* StatsInputError */.y("permutations", `is ${String(permutations)}`, "pass a whole number of at least 1");
    }
    const aligned = alignCategories(referenceCounts, currentCounts);
    wholeCounts("referenceCounts", aligned.ref, aligned.categories);
    wholeCounts("currentCounts", aligned.cur, aligned.categories);
    const order = aligned.categories
        .map((_, k) => k)
        .sort((i, j) => {
        const [a, b] = [aligned.categories[i], aligned.categories[j]];
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const ref = Float64Array.from(order, (k) => aligned.ref[k]);
    const totals = Float64Array.from(order, (k) => aligned.ref[k] + aligned.cur[k]);
    const nRef = ref.reduce((s, c) => s + c, 0);
    const nCur = totals.reduce((s, c) => s + c, 0) - nRef;
    const observed = scaledDistance(ref, totals, nRef, nCur);
    const rng = new seeded_random/* SeededRandom */.A(options.seed ?? 0);
    const split = new Float64Array(ref.length);
    let reached = 0;
    for (let p = 0; p < permutations; p++) {
        let rowsLeft = nRef + nCur;
        let drawsLeft = nRef;
        for (let k = 0; k < totals.length; k++) {
            // The last category takes what is left; an exhausted reference takes nothing more.
            const drawn = rowsLeft === totals[k] || drawsLeft === 0
                ? drawsLeft
                : sampleHypergeometric(rng, rowsLeft, totals[k], drawsLeft);
            split[k] = drawn;
            rowsLeft -= totals[k];
            drawsLeft -= drawn;
        }
        // As scipy's permutation_test, a distance within a relative 1e-14 of the observed one
        // counts as reaching it: past 2^52 the sums round.
        if (scaledDistance(split, totals, nRef, nCur) >= observed * (1 - 1e-14))
            reached++;
    }
    return { statistic: observed / (2 * nRef * nCur), pValue: reached / permutations, permutations };
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/normal-distribution.js
var normal_distribution = __webpack_require__(6233);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/two-proportion-z-test.js



/**
 * Z-test for the difference of two independent proportions with the pooled variance, matching
 * statsmodels `proportions_ztest([s1, s2], [n1, n2])` (alternatives 'larger'/'smaller' there
 * are 'greater'/'less' here):
 *
 *   p_i = s_i / n_i, P = (s1 + s2) / (n1 + n2),
 *   z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)).
 *
 * When both samples are all successes or all failures (P = 0 or 1) the variance is zero and
 * statsmodels returns NaN; here the result is statistic 0 and pValue 1 (the samples agree).
 * Reference: Agresti (2013), 3.1.
 */
function twoProportionZTest(successes1, trials1, successes2, trials2, options = {}) {
    const alternative = (0,validate/* checkAlternative */.qP)(options.alternative);
    const check = (name, s, nName, n) => {
        if (!Number.isInteger(n) || n < 1) {
            throw new stats_input_error/* StatsInputError */.y(nName, `is ${String(n)}`, "pass a whole number of at least 1");
        }
        if (!Number.isFinite(s) || s < 0 || s > n) {
            throw new stats_input_error/* StatsInputError */.y(name, `is ${String(s)}`, `pass a count between 0 and ${n}`);
        }
    };
    check("successes1", successes1, "trials1", trials1);
    check("successes2", successes2, "trials2", trials2);
    const pooled = (successes1 + successes2) / (trials1 + trials2);
    const variance = pooled * (1 - pooled) * (1 / trials1 + 1 / trials2);
    if (variance === 0)
        return { statistic: 0, pValue: 1 };
    const z = (successes1 / trials1 - successes2 / trials2) / Math.sqrt(variance);
    const pValue = alternative === "two-sided"
        ? 2 * (0,normal_distribution/* normalSf */.nG)(Math.abs(z))
        : alternative === "greater"
            ? (0,normal_distribution/* normalSf */.nG)(z)
            : (0,normal_distribution/* normalCdf */.vr)(z);
    return { statistic: z, pValue: (0,validate/* clipProbability */.ws)(pValue) };
}

;// CONCATENATED MODULE: ./shared/dist/engine/stats/fisher-exact.js


const logChoose = (n, k) => (0,gamma_functions/* logGamma */.SX)(n + 1) - (0,gamma_functions/* logGamma */.SX)(k + 1) - (0,gamma_functions/* logGamma */.SX)(n - k + 1);
/** scipy's relative slack when comparing a table's probability with the observed one's. */
const GAMMA = 1 + 1e-14;
/**
 * Fisher's exact test of a 2x2 table [[a, b], [c, d]], two-sided, matching scipy
 * `stats.fisher_exact` (scipy 1.10), which Evidently's `fisher_exact` stattest calls. Given the
 * margins, a is hypergeometric; the p-value sums the probabilities of every a whose table is at
 * most as probable as the observed one (times 1 + 1e-14, as scipy), capped at 1. A row or
 * column of zeros gives p 1 and an odds ratio of NaN; the odds ratio is ad / bc (Infinity when
 * bc is 0), scipy's sample estimate.
 */
function fisherExact(table) {
    const cells = table.flat();
    if (table.length !== 2 || table.some((row) => row.length !== 2)) {
        throw new stats_input_error/* StatsInputError */.y("table", "is not 2x2", "pass [[a, b], [c, d]]");
    }
    if (cells.some((x) => !Number.isInteger(x) || x < 0)) {
        throw new stats_input_error/* StatsInputError */.y("table", `holds ${cells.join(", ")}`, "pass whole counts of 0 or more");
    }
    const [a, b, c, d] = cells;
    if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
        return { oddsRatio: NaN, pValue: 1 };
    }
    const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
    const n1 = a + b;
    const n2 = c + d;
    const n = a + c;
    const logTotal = logChoose(n1 + n2, n);
    const pmf = (x) => Math.exp(logChoose(n1, x) + logChoose(n2, n - x) - logTotal);
    const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
    const observed = pmf(a);
    const atMode = pmf(mode);
    if (Math.abs(observed - atMode) / Math.max(observed, atMode) <= GAMMA - 1) {
        return { oddsRatio, pValue: 1 };
    }
    let pValue = 0;
    for (let x = Math.max(0, n - n2); x <= Math.min(n1, n); x++) {
        const p = pmf(x);
        if (p <= observed * GAMMA)
            pValue += p;
    }
    return { oddsRatio, pValue: Math.min(1, pValue) };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/method-scores.js



const sturgesBinning = (bins) => `${bins} equal-width bins over both samples (Sturges)`;
/** Why `method` cannot test samples of these sizes (the column is then not tested), or null. */
function tooFewValues(method, nReference, nCurrent) {
    return method === "anderson" && nReference + nCurrent < ANDERSON_MIN_VALUES
        ? `anderson needs at least ${ANDERSON_MIN_VALUES} values in the two samples together (${nReference} + ${nCurrent} here)`
        : null;
}
/**
 * The score of a method that reads numbers, from two sorted, non-empty samples and the walk of
 * their ECDFs (`walkEcdfs`, reference first): energy, mannw, anderson and cramer_von_mises
 * always; hellinger and kl_div when the column is `binned` rather than counted by value.
 */
function numberScore(method, ref, cur, walk, binned) {
    if (method === "energy")
        return { energy: { statistic: energyDistanceOfWalk(walk) } };
    if (method === "mannw") {
        // Evidently tests whether the reference tends to be smaller than current.
        const u = (0,mann_whitney_u/* mannWhitneyUTest */.k)(ref, cur, { alternative: "less" });
        return { mannw: { statistic: u.statistic, p_value: u.pValue } };
    }
    if (method === "anderson") {
        if (tooFewValues(method, ref.length, cur.length) !== null)
            return {};
        const ad = andersonDarlingTwoSample(ref, cur);
        return { anderson: { statistic: ad.statistic, p_value: ad.significanceLevel } };
    }
    if (method === "cramer_von_mises") {
        const cvm = cramerVonMisesTwoSample(ref, cur);
        return {
            cramer_von_mises: { statistic: cvm.statistic, p_value: cvm.pValue, method: cvm.method },
        };
    }
    if (!binned)
        return {};
    if (method === "hellinger") {
        const h = hellingerNumbers(ref, cur);
        return { hellinger: { statistic: h.distance, binning: sturgesBinning(h.bins) } };
    }
    if (method === "kl_div") {
        const kl = klDivergenceNumbers(ref, cur);
        const binning = `${sturgesBinning(kl.bins)}, empty bins smoothed`;
        return { kl_div: { statistic: kl.divergence, binning } };
    }
    return {};
}
/** The score of a method that reads counts per category (or per value of a number). */
function countScore(column, method, ref, cur) {
    switch (method) {
        case "hellinger":
            return { hellinger: { statistic: hellingerCategories(ref, cur), binning: "categories" } };
        case "kl_div": {
            const statistic = klDivergenceCategories(ref, cur);
            return { kl_div: { statistic, binning: "categories, empty ones smoothed" } };
        }
        case "g_test": {
            const g = gTestDrift(ref, cur);
            return { g_test: { statistic: g.statistic, p_value: g.pValue } };
        }
        case "z":
            return { z: zScore(column, ref, cur) };
        case "fisher_exact":
            return { fisher_exact: fisherScore(column, ref, cur) };
        case "tvd": {
            const tvd = totalVariationDrift(ref, cur);
            return {
                tvd: { statistic: tvd.statistic, p_value: tvd.pValue, permutations: tvd.permutations },
            };
        }
        default:
            return {};
    }
}
/** The categories seen on either side, unsorted: counting them stays linear. */
function seenCategories(ref, cur) {
    const seen = (m) => [...m].filter(([, n]) => n > 0).map(([k]) => k);
    return [...new Set([...seen(ref), ...seen(cur)])];
}
/** The two categories of a column tested with z or fisher_exact, in sorted order. */
function twoCategories(column, method, ref, cur) {
    const categories = seenCategories(ref, cur).sort();
    if (categories.length > 2) {
        throw new errors/* InputError */.dz("method", `${method} compares two categories, and column '${(0,column_name/* shownName */.HD)(column)}' has ${categories.length}`, "Use chi2, g_test, tvd, jensen_shannon, hellinger or kl_div for this column");
    }
    return categories;
}
const total = (m) => [...m.values()].reduce((s, n) => s + n, 0);
/**
 * The z-test of two categories' shares: the share of the second in reference and current.
 * Which category counts as the success does not change a two-sided p-value.
 */
function zScore(column, ref, cur) {
    const second = twoCategories(column, "z", ref, cur)[1];
    const successes = (m) => second === undefined ? 0 : (m.get(second) ?? 0);
    const z = twoProportionZTest(successes(ref), total(ref), successes(cur), total(cur));
    return { statistic: z.statistic, p_value: z.pValue };
}
/** Fisher's exact test of Evidently's table: [[current's two counts], [reference's two counts]]. */
function fisherScore(column, ref, cur) {
    const [first = "", second = ""] = twoCategories(column, "fisher_exact", ref, cur);
    const row = (m) => [m.get(second) ?? 0, m.get(first) ?? 0];
    const fisher = fisherExact([row(cur), row(ref)]);
    const oddsRatio = Number.isFinite(fisher.oddsRatio) ? fisher.oddsRatio : null;
    return { odds_ratio: oddsRatio, p_value: fisher.pValue };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/wasserstein-past-largest.js
/** What each of the test's numbers is, for the note on the first one that passes. */
const NAMES = {
    distance: "the Wasserstein distance",
    normed: "the normed Wasserstein distance",
    error_bound: "the Wasserstein distance's error bound",
    normed_error_bound: "the normed Wasserstein distance's error bound",
};
/** What to do where values that large stand for no value, as some exports write them. */
const PLACEHOLDERS = "if values that large are placeholders for no value (such as ±1e308), list them in missing-values";
/**
 * The Wasserstein test of a column as the report holds it. Its numbers pass the largest double
 * (about 1.8e308) only where the values lie near both ends of the doubles, far apart in the
 * two samples, or are normed by a tiny spread: the report holds finite numbers alone (JSON has
 * no Infinity), so such a test is left out, with a note, as a test that could not run is. A
 * column judged by it is still judged by its normed distance (`leftOutNormed`): where only the
 * distance passes, the normed one is its score; where the normed distance passes too, it is
 * past any threshold. Where a bound passes, or the normed distance has one (from sketches) that
 * the report could not show beside it, the column is left untested.
 */
function reportedWasserstein(test, method) {
    const passing = Object.keys(NAMES).find((key) => test[key] !== undefined && !Number.isFinite(test[key]));
    if (passing === undefined)
        return { test, note: null };
    const scored = Number.isFinite(test.normed);
    const judged = method === "wasserstein" &&
        (passing === "distance" || passing === "normed") &&
        !(scored && (test.normed_error_bound ?? 0) > 0);
    const verdict = judged
        ? scored
            ? ", and the column is judged by its normed distance, which the report holds as its score"
            : ", and the column drifts, its normed distance passing it too, past any threshold"
        : method === "wasserstein"
            ? ", and the column is not tested"
            : "";
    return {
        test: undefined,
        note: `${NAMES[passing]} passes the largest double, about 1.8e308, which the report cannot hold: the test is left out${verdict}, and ${PLACEHOLDERS}`,
        ...(judged && { leftOutNormed: test.normed }),
    };
}
/**
 * Why a column compared from profiles has no Wasserstein test where the reference profile holds
 * no standard deviation (its variance passed the largest double, as a spread past about 1.3e154
 * makes it) and only a sketch of its values, from which none can be had; a column judged by it
 * is not tested.
 */
function unknownSpreadNote(method) {
    const untested = method === "wasserstein"
        ? ", and the column is not tested: compare the data itself, in check mode, to test it"
        : "";
    return `the reference profile holds no standard deviation to norm the Wasserstein distance by, its variance having passed the largest double, about 1.8e308 (as values more than about 1.3e154 apart make it), and its sketch cannot give one: the test is left out${untested}, and ${PLACEHOLDERS}`;
}

// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/dist/engine/stats/later-dates.js
var later_dates = __webpack_require__(2563);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/id-like.js



/** Fewer values than this can be all distinct by chance (a few categories, a few rows). */
const ID_LIKE_MIN_VALUES = 20;
/** Why a column that counts up drifts, and what to do about it: the end of the notes below. */
const DRIFTS_EVERY_BATCH = "which drifts with every new batch: if it is one, leave it out with ignore-columns";
/**
 * Past this share of distinct reference values, a column of strings reads as free text or ids
 * rather than categories: the share past which type inference calls a string column `text`.
 */
const MOSTLY_DISTINCT = 0.5;
/**
 * From how many reference values the share of distinct ones tells prose from categories: in a
 * smaller reference, a category of 50 states over 60 rows is more than half distinct too.
 */
const MOSTLY_DISTINCT_MIN_VALUES = 1_000;
/**
 * Why a column compared as categories whose reference values are mostly distinct is not
 * tested: each value is seen about once, so most current values are new, and the column would
 * drift whatever it holds. Every value distinct (at least ID_LIKE_MIN_VALUES of them) reads as
 * an id or a timestamp written as text; more than half distinct, of at least
 * MOSTLY_DISTINCT_MIN_VALUES values, as prose (a ticket's text) or ids that repeat. Real
 * categories with many values (postcodes, SKUs) repeat far more. The rule reads the whole
 * reference, not the type: inference reads the first rows only, and types any string column
 * past 1,000 distinct values `text`, postcodes included. From a profile, an estimated count
 * within two standard errors of the values counts as all distinct. Null otherwise.
 */
function mostlyDistinctNote(values, distinct) {
    if (values < ID_LIKE_MIN_VALUES)
        return null;
    const { value, exact, relativeError = 0 } = distinct;
    if ((exact ? value : value * (1 + 2 * relativeError)) >= values) {
        return `all ${values} reference values are distinct, as in an id column, so it is not tested: leave it out with ignore-columns`;
    }
    if (values < MOSTLY_DISTINCT_MIN_VALUES || value <= MOSTLY_DISTINCT * values)
        return null;
    const counted = `${exact ? "" : "about "}${Math.round(value)} of ${values}`;
    return `more than half the reference values are distinct, ${counted}, as in free text or ids: not tested as categories, where most current values would be new, so compare a measure of it instead, such as its length in a column of its own, or leave it out with ignore-columns`;
}
/**
 * Past this many distinct reference values, categories that repeat little read as ids, not
 * categories: a heuristic, not a consequence of the sampling argument of ID_LIKE_SHARE, by which
 * the noise depends on the share K/n alone. Fewer are kept as categories on purpose, as
 * Evidently keeps them: 2,000 categories over 40,000 values (5%) can still drift on sampling
 * alone (sqrt(K / 4n) = 0.11 against the threshold of 0.1), and are tested all the same.
 */
const ID_LIKE_DISTINCT = 10_000;
/**
 * Past this share of the reference's values distinct, with more than ID_LIKE_DISTINCT of them,
 * a column of categories is taken for ids that repeat (a user's, a session's): two samples of
 * one distribution over K categories, n_r and n_c values, differ by a Jensen-Shannon divergence
 * of about (K - 1)(1/n_r + 1/n_c) / 8 nats from sampling alone (chi-square's expectation, for
 * categories of many rows), a distance of sqrt(K / 4n) a side of n: 0.087 at K = 3% of n,
 * whatever K is. A long tail of values seen once or twice adds more (ids drawn by Zipf's law,
 * 3.2% distinct over 400,000 rows, differ by 0.107): the share is approximate, and keeps such
 * columns near the default threshold of 0.1. A column of SKUs (33,000 over 2,000,000 rows, 0.06
 * from sampling) stays tested.
 */
const ID_LIKE_SHARE = 0.03;
/**
 * Why a column of many categories, each of few rows, is not tested by default: as categories it
 * drifts on sampling alone (`ID_LIKE_SHARE`). Null where its method was named for it, which
 * tests it as asked.
 */
function repeatingIdsNote(side) {
    const { value, exact } = side.distinct;
    if (side.named || value <= ID_LIKE_DISTINCT || value <= ID_LIKE_SHARE * side.values)
        return null;
    const counted = `${exact ? "" : "about "}${Math.round(value)} of ${side.values}`;
    return `${(0,format_number/* formatShare */.T1)(value / side.values)} of the reference values are distinct, ${counted}, as in ids that repeat, such as a user's: not tested as categories, on which two samples of the same data would differ by sampling alone: to test it anyway, name its method, as in method {${(0,column_name/* shownName */.HD)(side.name)}: jensen_shannon}, or leave it out with ignore-columns`;
}
/** How many of a column's values are looked at for JSON arrays: a column of them shows it soon. */
const ARRAYS_LOOKED_AT = 100;
/** Whether `text` is a JSON array, as JSON Lines writes a nested list into one cell's text. */
function isJsonArray(text) {
    if (!text.trimStart().startsWith("["))
        return false;
    try {
        return Array.isArray(JSON.parse(text));
    }
    catch {
        return false;
    }
}
/** Whether the first ARRAYS_LOOKED_AT of `values` (at least one) are all JSON arrays. */
function holdsJsonArrays(values) {
    let seen = 0;
    for (const value of values) {
        if (!isJsonArray(value))
            return false;
        if (++seen === ARRAYS_LOOKED_AT)
            break;
    }
    return seen > 0;
}
/**
 * Why a column compared as categories is not tested, from its reference: its values mostly
 * distinct (`mostlyDistinctNote`), or ids that repeat (`repeatingIdsNote`). Where the values
 * are JSON arrays (a JSON Lines column of embeddings or lists, read as each array's text), the
 * note says that instead: neither id nor prose, and no test here compares arrays. Null where the
 * column is tested.
 */
function untestedCategoriesNote(side) {
    const note = mostlyDistinctNote(side.values, side.distinct) ?? repeatingIdsNote(side);
    if (note === null || !holdsJsonArrays(side.kept))
        return note;
    return "holds JSON arrays, each read as its JSON text, which are not compared: not tested; leave it out with ignore-columns, or compare a measure of the arrays in a column of its own";
}
/**
 * What to know of an integer column whose every reference value is distinct: a row id or a
 * timestamp counts up, so each new batch holds values the reference never had, and the column
 * drifts every time. It is tested (a measured integer can be all distinct too, as a price in
 * cents over few rows), with this note on why it may drift. From a profile whose distinct count
 * is an estimate (HyperLogLog), one within its error of the count is taken, and said so. Null
 * otherwise.
 */
function countingIntegersNote(type, values, distinct) {
    if (type !== "integer" || values < ID_LIKE_MIN_VALUES)
        return null;
    const least = distinct.exact ? values : values * (1 - (distinct.relativeError ?? 0));
    if (distinct.value < least)
        return null;
    const which = distinct.exact
        ? `all ${values} reference values are distinct integers`
        : `the ${values} reference values are all or nearly all distinct integers (the profile estimates how many)`;
    return `${which}, as in an id or a timestamp, ${DRIFTS_EVERY_BATCH}`;
}
/** A later-dates finding, with why such a column drifts and what to do about it. */
const drifting = (later) => later === null ? null : `${later}, ${DRIFTS_EVERY_BATCH}`;
/** `laterDatetimes`, drift-check's way. */
const laterDatetimesNote = (...args) => drifting((0,later_dates/* laterDatetimes */.R)(...args));
/** `laterDateTexts`, drift-check's way. */
const laterDateTextsNote = (...args) => drifting((0,later_dates/* laterDateTexts */.T)(...args));

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/compare-samples.js










function refuseMethod(column, method, type) {
    throw new errors/* InputError */.dz("method", `${method} compares numbers, and column '${(0,column_name/* shownName */.HD)(column)}' is ${type}`, "Use chi2, jensen_shannon, hellinger, kl_div, g_test, tvd or z for this column");
}
/** A categorical-only method on a column compared by its numbers is refused. */
function refuseOnNumbers(column, method, kind) {
    if (kind !== "numeric" || !CATEGORICAL_METHODS.includes(method))
        return;
    throw new errors/* InputError */.dz("method", `${method} compares categories, and column '${(0,column_name/* shownName */.HD)(column)}' is numeric (more than ${CATEGORICAL_DISTINCT} distinct values)`, "Use ks, wasserstein, psi, energy, mannw, anderson, cramer_von_mises, chi2, jensen_shannon, hellinger or kl_div for this column");
}
/**
 * Whether a column of numbers is compared by its counts per value (or per quantile bin): when
 * it is categorical, for chi2 and jensen_shannon always, and for kl_div over at most
 * BIN_DISTINCT distinct values, as Evidently's `get_binned_data` does.
 */
const countsNumbers = (kind, method, distinct) => kind === "categorical" ||
    method === "chi2" ||
    method === "jensen_shannon" ||
    (method === "kl_div" && distinct <= BIN_DISTINCT);
/** Notes joined, the reason a column was not tested first. */
const joinNotes = (...notes) => notes.filter((n) => n !== null).join("; ") || null;
/** Counts per distinct value of sorted numbers, the values written as text. */
function countsOfSorted(sorted) {
    const counts = new Map();
    let i = 0;
    while (i < sorted.length) {
        let j = i;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        counts.set(String(sorted[i]), j - i);
        i = j;
    }
    return counts;
}
/** Past this many distinct reference values, numbers compared as categories are binned (as Evidently does). */
const BIN_DISTINCT = 20;
/**
 * Numbers as categories for chi-square and Jensen-Shannon: a category per value up to
 * BIN_DISTINCT distinct reference values, as Evidently counts them; past that, a category per
 * value would make every value of a continuous column its own category (and chi-square flag
 * any new value), so the values are binned: Sturges' number of bins for the reference's size,
 * cut at the reference's quantiles (`referenceQuantileBins`). Evidently's own Jensen-Shannon
 * bins cut equal widths over both samples instead; reference quantiles are used for both tests
 * here because they leave no bin empty in the reference, which chi-square needs.
 */
function numberCategories(ref, cur, distinct) {
    if (distinct <= BIN_DISTINCT) {
        return { ref: countsOfSorted(ref), cur: countsOfSorted(cur), binned: null };
    }
    return binnedCounts({ values: ref }, { values: cur }, ref.length);
}
/**
 * Counts per bin of two sorted samples (weighted, from sketches, or not), labelled by interval:
 * Sturges' number of bins for `referenceCount` values, cut at the reference's quantiles.
 */
function binnedCounts(ref, cur, referenceCount) {
    const bins = Math.ceil(Math.log2(referenceCount) + 1);
    const binned = referenceQuantileBins(ref, cur, bins);
    const labels = Array.from(binned.reference, (_, k) => binLabel(binned.edges, k));
    const counts = (values) => new Map(labels.map((label, k) => [label, values[k]]));
    return {
        ref: counts(binned.reference),
        cur: counts(binned.current),
        binned: `numbers binned for chi2 and jensen_shannon: ${labels.length} bins cut at the reference's quantiles`,
    };
}
/** A bin's interval as text, in full precision so that two bins never share a label. */
function binLabel(edges, k) {
    if (edges.length === 0)
        return "all values";
    if (k === 0)
        return `<= ${String(edges[0])}`;
    if (k === edges.length)
        return `> ${String(edges[k - 1])}`;
    return `(${String(edges[k - 1])}, ${String(edges[k])}]`;
}
/** The most new categories a report keeps; `new_category_count` counts them all. */
const NEW_CATEGORIES_KEPT = 20;
/**
 * The new categories the report keeps: the NEW_CATEGORIES_KEPT most frequent in current (ties
 * in the order found), each shortened. A column of prose can have thousands, each a whole text.
 */
function keptNewCategories(found, current) {
    const count = (category) => current.get(category) ?? 0;
    return found
        .sort((a, b) => count(b) - count(a))
        .slice(0, NEW_CATEGORIES_KEPT)
        .map(column_name/* shownValue */.JJ);
}
function categoricalTests(reference, current) {
    const chi2 = chiSquareDrift(reference, current);
    const js = jensenShannonDrift(reference, current);
    return {
        chi2: {
            statistic: chi2.statistic,
            p_value: chi2.pValue,
            dof: chi2.dof,
            new_categories: keptNewCategories(chi2.newCategories, current),
            new_category_count: chi2.newCategories.length,
        },
        jensen_shannon: { distance: js.distance, base: "e" },
    };
}
/**
 * Why chi2's or g_test's p-value is 0 beside a modest statistic: categories the reference never
 * had, under which scipy's statistic is infinite; the one reported sums the other categories.
 * Both tests align the same categories, so chi2's list holds for g_test. Null for other methods,
 * whose scores take a new category as any other.
 */
function newCategoriesNote(method, tests) {
    const found = tests.chi2;
    if ((method !== "chi2" && method !== "g_test") || !found?.new_category_count)
        return null;
    // A sensitive column's are counted, not named (`withheldComparison`).
    const listed = found.new_categories.length === 0
        ? `${(0,counted/* counted */.h)(found.new_category_count, "category", "categories")} of the current data, their names withheld as sensitive`
        : (0,column_name/* shownNames */.kA)(found.new_categories, "'", found.new_category_count);
    // Without parentheses or semicolons: the summary shows notes in parentheses, joined by "; ".
    return `p-value 0, as the reference never had ${listed}: scipy's statistic is then infinite, and the one shown sums the other categories`;
}
/** A comparison with `newCategoriesNote` added to its note, in check and compare mode alike. */
const withNewCategoriesNote = (c) => {
    const note = newCategoriesNote(c.method, c.tests);
    return note === null ? c : { ...c, note: joinNotes(c.note, note) };
};
/**
 * KS and normed Wasserstein from one walk of both sorted samples' ECDFs, which the energy
 * distance reads too; Wasserstein left out where its numbers pass the largest double
 * (`reportedWasserstein`).
 */
function walkTests(ref, cur, method) {
    const walk = ecdf_walk_walkEcdfs(ref, cur);
    const ks = ksTwoSampleOfWalk(walk);
    const w = wassersteinNormedOfWalk(walk, ref);
    const wasserstein = reportedWasserstein({ distance: w.distance, normed: w.normed }, method);
    const tests = {
        ks: { statistic: ks.statistic, p_value: ks.pValue, method: ks.method },
        ...(wasserstein.test && { wasserstein: wasserstein.test }),
    };
    return { walk, tests, wasserstein };
}
/**
 * Numbers get KS and normed Wasserstein always (each sample sorted once, shared by both), PSI
 * when it is the method; numbers with few distinct values, or compared with a categorical
 * method, get chi-square and Jensen-Shannon over their values too.
 */
function compareNumbers(sides, reference, current, pick, rooms) {
    const ref = reference.sorted(rooms.reference);
    const cur = current.sorted(rooms.current);
    const distinct = reference.distinct;
    const kind = reference.type === "boolean" || distinct <= CATEGORICAL_DISTINCT ? "categorical" : "numeric";
    const categories = kind === "categorical" ? distinctOfBoth(ref, cur) : Infinity;
    const { method, note } = pick(sides.name, kind, true, categories);
    refuseOnNumbers(sides.name, method, kind);
    const { walk, tests, wasserstein } = walkTests(ref, cur, method);
    // Counting values as categories is only paid for when the column is compared as categories.
    const counts = countsNumbers(kind, method, distinct)
        ? numberCategories(ref, cur, distinct)
        : undefined;
    if (counts) {
        Object.assign(tests, categoricalTests(counts.ref, counts.cur));
        Object.assign(tests, countScore(sides.name, method, counts.ref, counts.cur));
    }
    Object.assign(tests, numberScore(method, ref, cur, walk, counts === undefined));
    if (method === "psi") {
        const p = psi(ref, cur);
        tests.psi = { value: p.psi, bins: p.bins, binning: p.binning };
    }
    const comparison = {
        ...sides,
        kind,
        method,
        nReference: ref.length,
        nCurrent: cur.length,
        distinctReference: distinct,
        tests,
        distribution: kind === "categorical" && counts
            ? categoryShares(counts.ref, counts.cur)
            : histogram({ values: ref }, { values: cur }),
        note: joinNotes(tooFewValues(method, ref.length, cur.length), counts?.binned ?? null, countingIntegersNote(reference.type, ref.length, { value: distinct, exact: true }), laterDatetimesNote(reference.type, { first: ref[0], last: ref[ref.length - 1] }, { values: cur }), wasserstein.note, note),
        ...(wasserstein.leftOutNormed !== undefined && { leftOutNormed: wasserstein.leftOutNormed }),
    };
    return comparison;
}
/** Categories (or numbers on one side only) get chi-square and Jensen-Shannon over counts. */
function compareCategories(sides, reference, current, pick) {
    const counts = (sample) => sample.numeric ? countsOfSorted(sample.sorted()) : sample.counts;
    const refCounts = counts(reference);
    const curCounts = counts(current);
    const categories = seenCategories(refCounts, curCounts).length;
    const { method, note, named = false } = pick(sides.name, "categorical", false, categories);
    if (NUMERIC_METHODS.includes(method))
        refuseMethod(sides.name, method, reference.type);
    const total = (m) => [...m.values()].reduce((s, x) => s + x, 0);
    const nReference = total(refCounts);
    const nCurrent = total(curCounts);
    const empty = nReference === 0 ? "reference" : nCurrent === 0 ? "current" : null;
    const untested = empty
        ? `no values in the ${empty} data`
        : untestedCategoriesNote({
            name: sides.name,
            values: nReference,
            distinct: { value: refCounts.size, exact: true },
            kept: refCounts.keys(),
            named,
        });
    return {
        ...sides,
        kind: "categorical",
        method,
        nReference,
        nCurrent,
        distinctReference: refCounts.size,
        tests: untested
            ? {}
            : {
                ...categoricalTests(refCounts, curCounts),
                ...countScore(sides.name, method, refCounts, curCounts),
            },
        distribution: untested ? null : categoryShares(refCounts, curCounts),
        note: joinNotes(untested ?? laterDateTextsNote(refCounts, curCounts), note),
    };
}
/**
 * Runs the tests on one column read whole: as numbers when both sides hold numbers, sorted into
 * `rooms`.
 */
function compareSamples(name, reference, current, pick, rooms) {
    const sides = {
        name,
        type: reference.type,
        missingReference: reference.missing,
        missingCurrent: current.missing,
    };
    if (!reference.numeric || !current.numeric) {
        return compareCategories(sides, reference, current, pick);
    }
    const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : null;
    if (!empty)
        return compareNumbers(sides, reference, current, pick, rooms);
    return {
        ...sides,
        kind: "numeric",
        method: pick(name, "numeric", true, Infinity).method,
        nReference: reference.count,
        nCurrent: current.count,
        distinctReference: 0,
        tests: {},
        distribution: null,
        note: `no values in the ${empty} data`,
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/summary-bounds.js
/**
 * Bounds on a categorical distance read from frequent-value summaries past their exact counts:
 * the range in which the data's own distance lies, whatever the values the summaries dropped.
 */
/** The largest value of each distance: the Jensen-Shannon distance in nats is sqrt(ln 2). */
const LARGEST = {
    jensen_shannon: Math.sqrt(Math.LN2),
    hellinger: 1,
};
/** The range [low, high] with its middle and half-width. */
const fromRange = (low, high) => ({
    score: (low + high) / 2,
    errorBound: (high - low) / 2,
    low,
    high,
});
/**
 * The distance of the exact side's shares `p`, over its every value, from the other side's
 * shares `q` at those values, the rest of the other side lying at values the exact side lacks.
 * In nats, the Jensen-Shannon divergence is then ln 2 / 2 + sum_v g(p_v, q_v), with
 * g(p, q) = (p ln(2p / (p + q)) + q ln(q / (p + q))) / 2; Hellinger is sqrt(1 - sum sqrt(p q)).
 * `q` may sum past 1 (a corner of the counts' box): the value there is still a bound, clamped.
 */
function distanceOn(method, p, q) {
    if (method === "hellinger") {
        const overlap = p.reduce((sum, pv, v) => sum + Math.sqrt(pv * q[v]), 0);
        return Math.sqrt(1 - Math.min(1, overlap));
    }
    const divergence = p.reduce((sum, pv, v) => {
        const qv = q[v];
        const own = qv > 0 ? qv * Math.log(qv / (pv + qv)) : 0;
        return sum + (pv * Math.log((2 * pv) / (pv + qv)) + own) / 2;
    }, Math.LN2 / 2);
    return Math.sqrt(Math.max(0, divergence));
}
/**
 * The distance where one side's summary is exact (shares `p` over its values) and the other's
 * count of each of those values lies in [low, high] (shares). Each distance falls as any q_v
 * rises: the derivative of g in q is ln(q / (p + q)) / 2 < 0, and sum sqrt(p q) grows. So the
 * least counts give the most distance (the summary's own, its unplaced values counted outside
 * the exact side's), the most counts the least. Symmetric in the sides, as both distances are.
 */
function exactSideRange(method, p, low, high) {
    return fromRange(distanceOn(method, p, high), distanceOn(method, p, low));
}
/**
 * The distance where neither summary is exact, from `score` of the summaries, each side's
 * unplaced values summed as one "(other)". A summary that places all but a share u of its
 * side's values is within a total variation u of the data, whatever the rest are; the
 * Jensen-Shannon divergence is at most the total variation times ln 2, and the squared
 * Hellinger distance at most the total variation, and both distances are metrics: the data's
 * is within sqrt(u_r c) + sqrt(u_c c) of the summaries', c = ln 2 or 1. That range is clamped
 * to the distance's own, [0, LARGEST], before its middle and half-width are taken: a wide
 * bound would otherwise reach past the values any data can score.
 */
function unplacedRange(method, score, unplacedReference, unplacedCurrent) {
    const c = method === "hellinger" ? 1 : Math.LN2;
    const bound = Math.sqrt(unplacedReference * c) + Math.sqrt(unplacedCurrent * c);
    return fromRange(Math.max(0, score - bound), Math.min(LARGEST[method], score + bound));
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/compare-profile-columns.js














/** The methods that read every value of a column of numbers, which a profile only sketches. */
const VALUE_METHODS = [
    "energy",
    "mannw",
    "anderson",
    "cramer_von_mises",
    "hellinger",
    "kl_div",
];
/**
 * A method that needs a numeric column's values is refused on a profile: its sketch holds
 * quantiles, and Evidently's binning or ranks cannot be rebuilt from them.
 */
function refuseOnSketch(column, method, kind, numeric) {
    const counted = kind === "categorical" && !NUMERIC_METHODS.includes(method);
    if (!numeric || counted || !VALUE_METHODS.includes(method))
        return;
    throw new errors/* InputError */.dz("method", `${method} needs every value of column '${(0,column_name/* shownName */.HD)(column)}', and a profile holds only a sketch of them`, "Compare the data itself, or use ks, wasserstein, psi, chi2 or jensen_shannon with a profile");
}
/** The bins of PSI from profiles: at the reference's deciles. */
const PROFILE_PSI_BINS = 10;
/** How many of a column's values its frequent-value summary counts against a value. */
const heldCount = (column) => (column.frequent?.items ?? []).reduce((sum, item) => sum + item.count, 0);
/**
 * The share of each side's values that its summary counts against a value, in words; a column
 * of numbers past the exact cap keeps no frequent values, and its sketch counts them instead.
 */
const heldShares = (ref, cur) => {
    const held = (column, side) => column.frequent
        ? `${(0,format_number/* formatShare */.T1)(heldCount(column) / column.count)} of the ${side}'s values`
        : `the ${side}'s values in its quantile sketch`;
    return `${held(ref, "reference")} and ${held(cur, "current")}`;
};
/**
 * Category counts from a profile's frequent values. Past the exact cap they are the Misra-Gries
 * summary: the values it does not hold are summed as "(other)", so the totals stay right.
 */
function countsOf(column) {
    const counts = new Map();
    for (const item of column.frequent?.items ?? [])
        counts.set(String(item.value), item.count);
    const held = heldCount(column);
    if (column.count > held)
        counts.set("(other)", column.count - held);
    return counts;
}
/**
 * The methods that summaries past their exact counts can settle: the distances whose range the
 * values left unplaced bound (`summary-bounds.ts`). A p-value over many rows turns the least
 * error into certainty (as a sketched KS statistic's would), and kl_div has no bound.
 */
const SUMMARY_METHODS = ["jensen_shannon", "hellinger"];
/**
 * Why the frequent-value summaries cannot settle a column's test: null where both count every
 * value exactly, or where the method is one whose range they bound (SUMMARY_METHODS).
 */
function unsettledNote(ref, cur, method) {
    if (isExact(ref) && isExact(cur))
        return null;
    if (SUMMARY_METHODS.includes(method))
        return null;
    return `the profiles' frequent-value summaries hold only the most frequent of its many values, from which ${method} cannot be settled, so it is not tested: compare the data itself in check mode to test it`;
}
const isExact = (column) => column.frequent?.exact === true;
/**
 * The least and most count of each of `values` (the other side's exact values) in a column
 * whose summary is not exact: a Misra-Gries count is short by at most its `maxError` (and by
 * no more than the values left unplaced), and a value it dropped has at most that many; a
 * column of numbers past the exact cap keeps no frequent values, and its quantile sketch counts
 * each within twice its rank error, with the sketch's stated confidence (KLL's rank error is
 * itself a bound held with about 99% confidence).
 */
function countRange(column, values) {
    const range = (count, below, above) => ({
        low: values.map((value) => Math.max(0, count(value) - below)),
        high: values.map((value) => Math.min(column.count, count(value) + above)),
    });
    if (column.frequent) {
        const counts = new Map(column.frequent.items.map((item) => [String(item.value), item.count]));
        const slack = Math.min(column.frequent.maxError, column.count - heldCount(column));
        return range((value) => counts.get(value) ?? 0, 0, slack);
    }
    // Without frequent values, a column of numbers past the exact cap, which always has a sketch.
    const { values: items, weights } = sketchItems(column);
    const slack = 2 * column.sketch.rankError * column.count;
    const weighed = (value) => items.reduce((sum, item, i) => (item === Number(value) ? sum + weights[i] : sum), 0);
    return range(weighed, slack, slack);
}
/**
 * The distance of one column from summaries of which at most one is exact, as the middle of
 * the range the data's own distance may take and its half-width (`summary-bounds.ts`).
 */
function boundedDistance(method, ref, cur, counts) {
    if (isExact(ref) || isExact(cur)) {
        const [exact, other] = isExact(ref) ? [ref, cur] : [cur, ref];
        const items = exact.frequent.items;
        const { low, high } = countRange(other, items.map((item) => String(item.value)));
        const share = (counts) => counts.map((n) => n / other.count);
        const p = items.map((item) => item.count / exact.count);
        return exactSideRange(method, p, share(low), share(high));
    }
    const score = method === "hellinger"
        ? hellingerCategories(counts.ref, counts.cur)
        : jensenShannonDrift(counts.ref, counts.cur).distance;
    const unplaced = (column) => 1 - heldCount(column) / column.count;
    return unplacedRange(method, score, unplaced(ref), unplaced(cur));
}
/**
 * The tests of counts from summaries past their exact counts: Jensen-Shannon, and Hellinger
 * where it decides, each the middle of its range with the half-width as its error bound, and
 * the range's ends, near one of which the data's own often lies; no chi2, whose p-value they
 * cannot settle.
 */
function summaryTests(ref, cur, method, counts) {
    const bounded = (bounds) => ({
        error_bound: bounds.errorBound,
        range: [bounds.low, bounds.high],
    });
    const js = boundedDistance("jensen_shannon", ref, cur, counts);
    const tests = {
        jensen_shannon: { distance: js.score, base: "e", ...bounded(js) },
    };
    if (method === "hellinger") {
        const h = boundedDistance("hellinger", ref, cur, counts);
        tests.hellinger = { statistic: h.score, binning: "categories", ...bounded(h) };
    }
    return tests;
}
/** The sketch's items and weights, sorted, for the histogram. */
function sketchItems(column) {
    const sketch = column.sketch;
    return kll_sketch/* KllSketch */.gu.fromState({
        k: sketch.k,
        n: sketch.n,
        levels: sketch.levels,
        compactions: sketch.compactions,
    }).weightedItems();
}
/**
 * KS from the profiles: where both sides hold exact counts (or exact sketches), the test of the
 * data itself, as check mode runs it. From a sketch, the statistic may be off by its error
 * bound, and at many values a p-value turns the smallest error into certainty (at 100,000 rows
 * a side, a statistic of 0.005 is drift): the p-value is the largest the sketch allows, that of
 * the statistic less its bound, so that a drift it reports is there whatever the sketch's error
 * (with the sketch's stated confidence).
 */
function ksTest(ref, cur, comparison) {
    const { statistic, errorBound } = comparison.ks;
    if (errorBound === 0) {
        const exact = ksTwoSampleOfWalk(comparison.walk);
        return {
            statistic: exact.statistic,
            p_value: exact.pValue,
            method: exact.method,
            error_bound: 0,
        };
    }
    const en = (ref.count * cur.count) / (ref.count + cur.count);
    return {
        statistic,
        p_value: kolmogorovSmirnovSf(Math.max(1, Math.round(en)), Math.max(0, statistic - errorBound)),
        method: "asymp",
        error_bound: errorBound,
    };
}
/**
 * The normed Wasserstein test from the counts or quantile sketches, with its error bounds: the
 * reference's standard deviation floored at WASSERSTEIN_STD_FLOOR, as in check mode; null
 * where the profiles cannot give that deviation (`unknownSpreadNote`).
 */
function wassersteinTest(comparison) {
    const w = comparison.wasserstein;
    if (w.std === null)
        return null;
    // Above the floor, the comparison's own normed values, taken in halves where they must be.
    const floored = w.std < WASSERSTEIN_STD_FLOOR;
    return {
        distance: w.distance,
        normed: floored ? w.distance / WASSERSTEIN_STD_FLOOR : w.normed,
        error_bound: w.errorBound,
        normed_error_bound: floored ? w.errorBound / WASSERSTEIN_STD_FLOOR : w.normedErrorBound,
    };
}
/**
 * KS and normed Wasserstein from the counts or quantile sketches, each with its error bound,
 * and why Wasserstein is left out where it is (`reportedWasserstein`, `unknownSpreadNote`).
 */
function sketchTests(ref, cur, comparison, method) {
    if (!comparison?.ks || !comparison.wasserstein)
        return { tests: {}, note: null };
    const ks = ksTest(ref, cur, comparison);
    const normed = wassersteinTest(comparison);
    if (normed === null)
        return { tests: { ks }, note: unknownSpreadNote(method) };
    const { test, ...leftOut } = reportedWasserstein(normed, method);
    return { tests: { ks, ...(test && { wasserstein: test }) }, ...leftOut };
}
/**
 * What a KS p-value from a sketch is, where KS decides the column; a statistic within the bound
 * is no evidence either way, and the note says what would test it.
 */
function sketchedKsNote(method, comparison) {
    const bound = comparison?.ks?.errorBound ?? 0;
    if (method !== "ks" || bound === 0)
        return null;
    const note = `KS p-value of the sketched statistic less ${(0,format_number/* formatNumber */.ZV)(bound)}, its error bound`;
    return comparison.ks.statistic > bound
        ? note
        : `${note}: a shift this small cannot be told from the sketches, so compare the data itself in check mode to test it`;
}
/**
 * The tests of one column that both profiles describe, with why Wasserstein is left out where
 * it is, and the normed distance the column is then judged by, if any (`sketchTests`).
 */
function profileTests(ref, cur, picked, comparison) {
    const sketched = picked.numeric
        ? sketchTests(ref, cur, comparison, picked.method)
        : { tests: {}, note: null };
    const { tests } = sketched;
    const { counts } = picked;
    if (counts) {
        Object.assign(tests, counts.fromSummaries
            ? summaryTests(ref, cur, picked.method, counts)
            : {
                ...categoricalTests(counts.ref, counts.cur),
                ...countScore(ref.name, picked.method, counts.ref, counts.cur),
            });
    }
    if (picked.method === "psi" && comparison) {
        tests.psi = {
            value: comparison.psi.statistic,
            bins: comparison.psi.bins,
            binning: `reference deciles of the ${comparison.ks?.errorBound === 0 ? "counts" : "sketch"}`,
            error_bound: comparison.psi.errorBound,
        };
    }
    return sketched;
}
/**
 * The counts chi-square and Jensen-Shannon compare: a continuous column's sketches binned at the
 * reference's quantiles, as in check mode; otherwise the frequent values, or why they cannot
 * settle the test (`unsettledNote`).
 */
function profileCounts(ref, cur, continuous, method) {
    if (continuous && ref.distinct.value > BIN_DISTINCT) {
        const binned = binnedCounts(sketchItems(ref), sketchItems(cur), ref.count);
        return {
            ...binned,
            note: `${binned.binned}, from the sketches (approximate)`,
            fromSummaries: false,
        };
    }
    const unsettled = unsettledNote(ref, cur, method);
    if (unsettled)
        return { unsettled };
    const fromSummaries = !isExact(ref) || !isExact(cur);
    return {
        ref: countsOf(ref),
        cur: countsOf(cur),
        note: fromSummaries
            ? `counts from frequent-value summaries holding ${heldShares(ref, cur)}: the distance is the middle of the range the data's own may take, and its error bound the half-width, with chi2 and the categories new in current left out`
            : null,
        fromSummaries,
    };
}
/**
 * Why a column is not tested: no values on a side, or its reference values are no categories
 * (`untestedCategoriesNote`, from the values the profile kept).
 */
function untestedNote(ref, cur, numeric, named) {
    const empty = ref.count === 0 ? "reference" : cur.count === 0 ? "current" : null;
    if (empty)
        return `no values in the ${empty} data`;
    if (numeric)
        return null;
    const kept = (ref.frequent?.items ?? []).map((item) => String(item.value));
    return untestedCategoriesNote({
        name: ref.name,
        values: ref.count,
        distinct: ref.distinct,
        kept,
        named,
    });
}
/** `laterDateTextsNote` from the frequent values, or `laterDatetimesNote` from the sketch. */
function laterDatesOf(ref, cur, numeric) {
    if (!numeric)
        return laterDateTextsNote(countsOf(ref), countsOf(cur));
    if (ref.type !== "datetime")
        return null;
    return laterDatetimesNote(ref.type, { first: ref.min, last: ref.max }, sketchItems(cur));
}
/**
 * Why a column is not tested where a profile withheld its values (a sensitive field's, which
 * keeps its counts alone), naming the side; null where both kept them.
 */
function withheldNote(ref, cur) {
    const sides = [ref.sensitive && "reference", cur.sensitive && "current"].filter(Boolean);
    if (sides.length === 0)
        return null;
    const which = sides.length === 2 ? "both profiles hold" : `the ${sides[0]} profile holds`;
    return (`not tested: ${which} no values of this column, only its counts, as a sensitive field ` +
        "where it was profiled, marked x-mlops sensitive in its data contract: compare the data " +
        "itself in check mode to test it");
}
/**
 * A column a profile withheld, untested with `why`: its method is the one it would have had by
 * its type and distinct count, and nothing is refused, as no test runs.
 */
function untestedWithheld(ref, cur, pick, why) {
    const numbers = (0,column_type/* isNumericType */.c)(ref.type);
    const numeric = numbers && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT;
    const kind = numeric ? "numeric" : "categorical";
    const { method } = pick(ref.name, kind, numbers, numeric ? Infinity : ref.distinct.value);
    return { ...comparedCounts(ref, cur, kind, method), tests: {}, distribution: null, note: why };
}
/** What a comparison of two profiles' column tells whatever its tests: its kind and counts. */
function comparedCounts(ref, cur, kind, method) {
    return {
        name: ref.name,
        type: ref.type,
        kind,
        method,
        nReference: ref.count,
        nCurrent: cur.count,
        missingReference: ref.missing + ref.infinite,
        missingCurrent: cur.missing + cur.infinite,
        distinctReference: ref.distinct.value,
    };
}
/** One column compared from the two profiles. */
function compareColumn(ref, cur, pick, comparison) {
    const withheld = withheldNote(ref, cur);
    if (withheld)
        return untestedWithheld(ref, cur, pick, withheld);
    const numeric = ref.sketch !== null && cur.sketch !== null;
    const kind = numeric && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT
        ? "numeric"
        : "categorical";
    const categories = kind === "categorical" ? seenCategories(countsOf(ref), countsOf(cur)).length : Infinity;
    const { method, note, named = false } = pick(ref.name, kind, numeric, categories);
    if (!numeric && NUMERIC_METHODS.includes(method))
        refuseMethod(ref.name, method, ref.type);
    refuseOnNumbers(ref.name, method, kind);
    refuseOnSketch(ref.name, method, kind, numeric);
    const base = comparedCounts(ref, cur, kind, method);
    const untested = (why) => ({
        ...base,
        tests: {},
        distribution: null,
        note: joinNotes(why, note),
    });
    const why = untestedNote(ref, cur, numeric, named);
    if (why)
        return untested(why);
    const categorical = kind === "categorical" || !NUMERIC_METHODS.includes(method);
    const counts = categorical ? profileCounts(ref, cur, kind === "numeric", method) : undefined;
    if (counts && "unsettled" in counts)
        return { ...untested(counts.unsettled), unsettled: true };
    const tested = profileTests(ref, cur, { method, counts, numeric }, comparison);
    return {
        ...base,
        tests: tested.tests,
        distribution: kind === "categorical" && counts
            ? categoryShares(counts.ref, counts.cur)
            : histogram(sketchItems(ref), sketchItems(cur)),
        note: joinNotes(counts?.note ?? null, sketchedKsNote(method, comparison), countingIntegersNote(ref.type, ref.count, ref.distinct), laterDatesOf(ref, cur, numeric), tested.note, note),
        ...(tested.leftOutNormed !== undefined && { leftOutNormed: tested.leftOutNormed }),
    };
}
/**
 * Compares two profiles column by column: numeric columns by their quantile sketches
 * (`compareProfiles`, with its error bounds; the KS p-value from the asymptotic distribution of
 * the sketched statistic), categorical ones by their frequent-value counts (exact while the
 * profiles hold every distinct value).
 */
function compareProfileColumns(reference, current, names, pick) {
    // Only the columns compared: one left out is read as text on one side, whatever its type.
    const wanted = new Set(names);
    const chosen = { ...reference, columns: reference.columns.filter((c) => wanted.has(c.name)) };
    const sketched = new Map((0,compare_profiles/* compareProfiles */.G)(chosen, current, { bins: PROFILE_PSI_BINS }).map((c) => [c.column, c]));
    const byName = (profile) => new Map(profile.columns.map((c) => [c.name, c]));
    const refColumns = byName(reference);
    const curColumns = byName(current);
    return names.map((name) => compareColumn(refColumns.get(name), curColumns.get(name), pick, sketched.get(name)));
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/build-report.js






/** The drift report (mlops.drift-report/v1) from the comparison and its verdicts. */
function buildReport(sources, compared, judged) {
    const { reference, mode, cwd } = sources;
    const shown = (path) => (0,display_path/* displayPath */.G)(cwd, path);
    return {
        schema: "mlops.drift-report/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        created_at: sources.now.toISOString(),
        mode,
        exact: compared.exact,
        reference: {
            source: reference.kind === "registry" ? sources.referenceInput : (0,load_reference/* shownPaths */.U)(reference.paths, cwd),
            kind: reference.kind,
            rows: compared.referenceRows,
            from: reference.kind === "data" ? null : reference.from,
        },
        current: {
            source: sources.current,
            kind: mode === "compare" ? "profiles" : "data",
            rows: compared.currentRows,
            files: compared.currentFiles.map(shown),
        },
        settings: {
            ...sources.settings,
            jensen_shannon_base: "e",
            wasserstein_std_floor: WASSERSTEIN_STD_FLOOR,
            psi_binning: compared.exact
                ? "Evidently: Sturges bins over both samples (a bin per value up to 20 distinct values)"
                : `${PROFILE_PSI_BINS} bins at the reference's quantiles`,
            histogram_bins: HISTOGRAM_BINS,
        },
        dataset: judged.dataset,
        columns: judged.columns,
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/data/batch.js
var data_batch = __webpack_require__(9098);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-batches.js + 18 modules
var read_batches = __webpack_require__(3456);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-format.js
var data_format = __webpack_require__(6862);
// EXTERNAL MODULE: ./shared/dist/engine/data/reference-fields.js
var reference_fields = __webpack_require__(4661);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-options.js
var read_options = __webpack_require__(8835);
// EXTERNAL MODULE: ./shared/dist/engine/data/read-progress.js
var read_progress = __webpack_require__(94);
// EXTERNAL MODULE: ./shared/dist/engine/profile/column-profiler.js + 5 modules
var column_profiler = __webpack_require__(7145);
// EXTERNAL MODULE: ./shared/dist/engine/profile/merge-profiles.js
var merge_profiles = __webpack_require__(7958);
// EXTERNAL MODULE: ./shared/dist/engine/profile/profile-dataset.js
var profile_dataset = __webpack_require__(4607);
// EXTERNAL MODULE: ./shared/dist/engine/profile/withheld-values.js
var withheld_values = __webpack_require__(1107);
// EXTERNAL MODULE: ./shared/dist/engine/profile/missing-values.js
var missing_values = __webpack_require__(9934);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/radix-sort-int32.js

/**
 * Sorts 32-bit integers ascending, in place, by an LSD radix sort of three 11-bit digits, with
 * the sign bit flipped so that the keys compare as unsigned; half the passes of
 * `radixSortFloat64`. A pass whose digit is the same for every value is skipped. `scratch`, at
 * least as long as `values`, is the sort's other buffer.
 */
function radixSortInt32(values, scratch) {
    const n = values.length;
    const counts = new Uint32Array(3 * radix_sort_float64/* RADIX */.l8);
    for (let i = 0; i < n; i++) {
        const key = (values[i] ^ SIGN) >>> 0;
        counts[key & MASK]++;
        counts[radix_sort_float64/* RADIX */.l8 + ((key >>> 11) & MASK)]++;
        counts[2 * radix_sort_float64/* RADIX */.l8 + (key >>> 22)]++;
    }
    let from = values;
    let to = scratch.subarray(0, n);
    for (let pass = 0; pass < 3; pass++) {
        const base = pass * radix_sort_float64/* RADIX */.l8;
        if (!(0,radix_sort_float64/* toOffsets */.Ad)(counts, base, n))
            continue;
        const shift = 11 * pass;
        for (let i = 0; i < n; i++) {
            const v = from[i];
            to[counts[base + ((((v ^ SIGN) >>> 0) >>> shift) & MASK)]++] = v;
        }
        [from, to] = [to, from];
    }
    if (from !== values)
        values.set(from);
}
const MASK = radix_sort_float64/* RADIX */.l8 - 1;
const SIGN = -0x80000000;

// EXTERNAL MODULE: ./shared/dist/engine/release-array.js
var release_array = __webpack_require__(7272);
;// CONCATENATED MODULE: ./shared/dist/engine/data/compact-numbers.js




/** The largest power of ten a value is scaled by: 9 decimals. */
const MAX_DECIMALS = 9;
const POWERS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => 10 ** d);
const INT32 = 2 ** 31 - 1;
/**
 * A numeric sample kept in half the memory where its values allow: data written with a few
 * decimals (prices, measurements, most CSV numbers) is kept as 32-bit integers over one power
 * of ten for the column, else as doubles. It is exact: a value is kept as the integer `m` only
 * when `m / 10^d` gives back the very same double (both are the correctly rounded quotient of
 * the same decimal, as the CSV reader computes it), and -0 is kept as a double. Once a value
 * needs more decimals, the integers are scaled up (exactly, while they fit); once one does not
 * fit at all, the sample becomes doubles.
 */
class compact_numbers_CompactNumbers {
    /**
     * The values in order, in chunks filled one after the other: growing never copies what is
     * kept, and a chunk is touched only as it fills. Integers until one value does not fit.
     */
    ints = [new Int32Array(FIRST_CHUNK)];
    doubles;
    /** How many values the last chunk holds. */
    filled = 0;
    /** Once packed (`pack`), the sorted integers' first and the LEB128 gaps between the rest. */
    packed;
    /**
     * Once packed or taken, how many distinct values there are; packed doubles are then one
     * sorted chunk.
     */
    distinctValues;
    /** Whether `takeSorted` has handed the values out. */
    taken = false;
    decimals = 0;
    length = 0;
    /** A sample handed over by another thread (`handOver`), as it was there. */
    static handedOver(state) {
        const numbers = new compact_numbers_CompactNumbers();
        Object.assign(numbers, state);
        return numbers;
    }
    /**
     * The sample's state and the buffers to transfer with it, for another thread to take up
     * (`handedOver`); this sample gives its values up, as `takeSorted` does.
     */
    handOver() {
        this.refuseTaken();
        const { ints, doubles, filled, packed, distinctValues, decimals, length } = this;
        const state = { ints, doubles, filled, packed, distinctValues, decimals, length };
        const arrays = [...(ints ?? []), ...(doubles ?? []), ...(packed ? [packed.gaps] : [])];
        const transfer = [...new Set(arrays.map((array) => array.buffer))];
        this.ints = undefined;
        this.doubles = undefined;
        this.packed = undefined;
        this.taken = true;
        return { state, transfer };
    }
    /** Appends the finite values of `values`; returns how many were not (NaN, infinite). */
    addFinite(values) {
        if (this.distinctValues !== undefined || this.taken) {
            throw new Error("a packed sample, or one whose values were taken, takes no more values");
        }
        const before = this.length;
        let i = 0;
        while (i < values.length) {
            i = this.ints !== undefined ? this.addInts(values, i) : this.addDoubles(values, i);
            if (i < values.length)
                this.widen(values[i]);
        }
        return values.length - (this.length - before);
    }
    /**
     * The values sorted ascending, as doubles, taken as a sorted sample (finite, by `addFinite`):
     * in `room` where it is given and has 8 bytes a value (a buffer reused from one sample to the
     * next, faulted in once), else in a new array. The sample keeps them sorted, its reading order
     * given up. Integers sort in three radix passes where doubles take six, and their order is the
     * doubles' (each integer is the one exact numerator of its double).
     */
    sorted(room) {
        this.refuseTaken();
        const out = doublesIn(room, this.length);
        if (this.packed)
            return sortedByMaker(this.unpacked(this.packed, out));
        if (this.ints === undefined) {
            out.set(this.sortedDoubles());
            return sortedByMaker(out);
        }
        const scratch = new Int32Array(this.length);
        const ints = this.sortIntsInto(new Int32Array(this.length), scratch);
        (0,release_array/* releaseArrays */.E)(scratch);
        this.ints = [ints];
        this.filled = ints.length;
        return sortedByMaker(this.decodedInto(out));
    }
    /**
     * The values sorted as `sorted` gives them, given up by the sample, which keeps only its
     * length and distinct count: for values asked for once, which need no second copy. They are
     * sorted inside the very array they are returned in: integers in its two halves (the sort's two
     * buffers), then widened to doubles from the last down, each write behind every read still to
     * come. A packed sample gives its values as `sorted` does, and keeps them.
     */
    takeSorted(room) {
        this.refuseTaken();
        if (this.distinctValues !== undefined)
            return this.sorted(room);
        const n = this.length;
        const out = doublesIn(room, n);
        if (this.ints === undefined) {
            joined(this.doubles, this.filled, out);
            (0,release_array/* releaseArrays */.E)(...this.doubles);
            (0,radix_sort_float64/* radixSortFloat64 */.J$)(out);
            this.giveUp(distinctOfSorted(out));
            return sortedByMaker(out);
        }
        const ints = this.sortIntsInto(...halves(out.buffer, out.byteOffset, n));
        const scale = POWERS[this.decimals];
        let distinct = n > 0 ? 1 : 0;
        for (let i = n - 1; i >= 0; i--) {
            out[i] = ints[i] / scale;
            if (i < n - 1 && out[i] !== out[i + 1])
                distinct++;
        }
        this.giveUp(distinct);
        return sortedByMaker(out);
    }
    /**
     * How many distinct values the sample holds (-0 and 0 as one): counted as it is packed, else
     * from its values sorted.
     */
    distinct() {
        return this.distinctValues ?? distinctOfSorted(this.sorted());
    }
    /**
     * Sorts the values and keeps them packed, for a sample complete long before it is used (the
     * reference of a comparison while the current is read): integers as the gaps between
     * neighbours, 7 bits a byte (LEB128), so that values written with a few decimals take a byte
     * or two each rather than four; doubles are sorted and stay doubles. Integers are sorted in
     * `room` where it has 8 bytes a value, else in an array of their own; the gaps are counted
     * before they are written, so that packing keeps only what it allocates. The distinct values
     * are counted on the way. The sample then takes no more values; `sorted` unpacks it.
     */
    pack(room) {
        if (this.distinctValues !== undefined)
            return;
        this.refuseTaken();
        if (this.ints === undefined) {
            this.distinctValues = distinctOfSorted(this.sortedDoubles());
            return;
        }
        const n = this.length;
        const buffer = room !== undefined && room.byteLength >= 8 * n ? room : new ArrayBuffer(8 * n);
        const ints = this.sortIntsInto(...halves(buffer, 0, n));
        // Division, not shifts, which would wrap past 31 bits; a gap is at most 2^32 - 2, five bytes.
        let bytes = 0;
        for (let i = 1; i < n; i++) {
            for (let gap = ints[i] - ints[i - 1]; gap >= 128; gap = Math.floor(gap / 128))
                bytes++;
            bytes++;
        }
        const gaps = new Uint8Array(bytes);
        let at = 0;
        let repeats = 0;
        for (let i = 1; i < n; i++) {
            let gap = ints[i] - ints[i - 1];
            if (gap === 0)
                repeats++;
            while (gap >= 128) {
                gaps[at++] = (gap % 128) | 128;
                gap = Math.floor(gap / 128);
            }
            gaps[at++] = gap;
        }
        this.packed = { first: ints[0] ?? 0, gaps };
        this.distinctValues = n - repeats;
        if (buffer !== room)
            (0,release_array/* releaseArrays */.E)(new Uint8Array(buffer));
        this.ints = undefined;
    }
    /** The values in order, as doubles, in a new array; not once packed, which keeps them sorted. */
    decoded() {
        this.refuseTaken();
        if (this.distinctValues !== undefined) {
            throw new Error("a packed sample keeps its values sorted, not in order: ask sorted()");
        }
        return this.decodedInto(new Float64Array(this.length));
    }
    /** The values in order, as doubles, written into `out`, which it returns. */
    decodedInto(out) {
        if (this.doubles !== undefined)
            return joined(this.doubles, this.filled, out);
        const scale = POWERS[this.decimals];
        let at = 0;
        forEachChunk(this.ints, this.filled, (chunk, used) => {
            for (let i = 0; i < used; i++)
                out[at++] = chunk[i] / scale;
        });
        return out;
    }
    /** Lets the values go (`takeSorted`), keeping their count of distinct values. */
    giveUp(distinct) {
        this.ints = undefined;
        this.doubles = undefined;
        this.distinctValues = distinct;
        this.taken = true;
    }
    refuseTaken() {
        if (this.taken)
            throw new Error("the sample's values were taken: takeSorted gives them once");
    }
    /**
     * Appends integers from `values[from]` on; returns the index of the first value they cannot
     * hold at the present scale, or the length of `values`.
     */
    addInts(values, from) {
        const chunks = this.ints;
        const scale = POWERS[this.decimals];
        // The chunk and the counts in locals: as fields they are written back at every value.
        let chunk = chunks[chunks.length - 1];
        let filled = this.filled;
        let added = 0;
        let i = from;
        for (; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            const m = Math.round(v * scale);
            if (m / scale !== v || m > INT32 || m < -INT32 || (m === 0 && 1 / v < 0))
                break;
            if (filled === chunk.length) {
                chunk = new Int32Array(nextChunkLength(chunk.length));
                chunks.push(chunk);
                filled = 0;
            }
            chunk[filled++] = m;
            added++;
        }
        this.filled = filled;
        this.length += added;
        return i;
    }
    /** Appends doubles from `values[from]` on; returns the length of `values`. */
    addDoubles(values, from) {
        const chunks = this.doubles;
        let chunk = chunks[chunks.length - 1];
        let filled = this.filled;
        let added = 0;
        for (let i = from; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            if (filled === chunk.length) {
                chunk = new Float64Array(nextChunkLength(chunk.length));
                chunks.push(chunk);
                filled = 0;
            }
            chunk[filled++] = v;
            added++;
        }
        this.filled = filled;
        this.length += added;
        return values.length;
    }
    /** The doubles sorted, kept as one chunk; sorted once the sample is packed. */
    sortedDoubles() {
        const chunks = this.doubles;
        if (this.distinctValues !== undefined)
            return chunks[0];
        const doubles = joined(chunks, this.filled, new Float64Array(this.length));
        (0,release_array/* releaseArrays */.E)(...chunks);
        (0,radix_sort_float64/* radixSortFloat64 */.J$)(doubles);
        this.doubles = [doubles];
        this.filled = doubles.length;
        return doubles;
    }
    /** The integers sorted in `ints`, with `scratch` the sort's other buffer; the chunks are freed. */
    sortIntsInto(ints, scratch) {
        joined(this.ints, this.filled, ints);
        (0,release_array/* releaseArrays */.E)(...this.ints);
        radixSortInt32(ints, scratch);
        return ints;
    }
    /** The packed values, sorted, as doubles written into `out`, which it returns. */
    unpacked({ first, gaps }, out) {
        const scale = POWERS[this.decimals];
        let value = first;
        let at = 0;
        if (out.length > 0)
            out[0] = value / scale;
        for (let i = 1; i < out.length; i++) {
            let unit = 1;
            let byte;
            do {
                byte = gaps[at++];
                value += (byte & 127) * unit;
                unit *= 128;
            } while (byte >= 128);
            out[i] = value / scale;
        }
        return out;
    }
    /**
     * Makes room for `v`, which the integers cannot hold at the present scale: more decimals if
     * some count up to 9 spells it and every kept integer still fits, else doubles for all.
     */
    widen(v) {
        const chunks = this.ints;
        let largest = 0;
        forEachChunk(chunks, this.filled, (chunk, used) => {
            for (let i = 0; i < used; i++)
                largest = Math.max(largest, Math.abs(chunk[i]));
        });
        for (let d = this.decimals + 1; d <= MAX_DECIMALS && !Object.is(v, -0); d++) {
            const scale = POWERS[d];
            const m = Math.round(v * scale);
            const factor = POWERS[d - this.decimals];
            if (m / scale !== v || Math.abs(m) > INT32 || largest * factor > INT32)
                continue;
            forEachChunk(chunks, this.filled, (chunk, used) => {
                for (let i = 0; i < used; i++)
                    chunk[i] = chunk[i] * factor;
            });
            this.decimals = d;
            return;
        }
        const scale = POWERS[this.decimals];
        this.doubles = chunks.map((chunk) => {
            const doubles = new Float64Array(chunk.length);
            for (let i = 0; i < chunk.length; i++)
                doubles[i] = chunk[i] / scale;
            return doubles;
        });
        (0,release_array/* releaseArrays */.E)(...chunks);
        this.ints = undefined;
    }
}
/**
 * The first chunk's length; each next one is twice the last, up to LARGEST_CHUNK, and never
 * shorter than the first (a sample sorted while empty keeps one empty chunk).
 */
const FIRST_CHUNK = 1024;
const LARGEST_CHUNK = 1 << 16;
const nextChunkLength = (last) => Math.min(Math.max(2 * last, FIRST_CHUNK), LARGEST_CHUNK);
/** Calls `each` with every chunk and how many values it holds: all but the last are full. */
function forEachChunk(chunks, filled, each) {
    chunks.forEach((chunk, k) => each(chunk, k === chunks.length - 1 ? filled : chunk.length));
}
/** Copies the chunks' values into `out`, in order, and returns it. */
function joined(chunks, filled, out) {
    let at = 0;
    forEachChunk(chunks, filled, (chunk, used) => {
        out.set(chunk.subarray(0, used), at);
        at += used;
    });
    return out;
}
/** `n` doubles in `room` where it has space for them, else in a new array. */
function doublesIn(room, n) {
    return room !== undefined && room.byteLength >= 8 * n
        ? new Float64Array(room, 0, n)
        : new Float64Array(n);
}
/** Two arrays of `n` integers side by side in `buffer` from `offset` on, 8 bytes a value. */
const halves = (buffer, offset, n) => [
    new Int32Array(buffer, offset, n),
    new Int32Array(buffer, offset + 4 * n, n),
];
/** The number of distinct values of sorted numbers. */
function distinctOfSorted(sorted) {
    let distinct = sorted.length > 0 ? 1 : 0;
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i] !== sorted[i - 1])
            distinct++;
    return distinct;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/column-samples.js



/** Grows one column's sample batch by batch; memory is the values kept, never the rows. */
class SampleBuilder {
    type;
    numbers = new compact_numbers_CompactNumbers();
    counts = new Map();
    missing = 0;
    constructor(type) {
        this.type = type;
    }
    add(column) {
        // A column inferred as integers is numeric from the batch of a later decimal on.
        this.type = column.type;
        if ("values" in column) {
            // Missing (NaN) and infinite values take no part in a test.
            this.missing += this.numbers.addFinite(column.values);
            return;
        }
        const perCode = new Float64Array(column.dictionary.length);
        for (let i = 0; i < column.codes.length; i++) {
            const code = column.codes[i];
            if (code < 0)
                this.missing++;
            else
                perCode[code]++;
        }
        for (let code = 0; code < perCode.length; code++) {
            const count = perCode[code];
            if (count === 0)
                continue;
            const value = column.dictionary[code];
            this.counts.set(value, (this.counts.get(value) ?? 0) + count);
        }
    }
    /** Counts rows that lack the column altogether, as missing values. */
    addAbsent(rows) {
        this.missing += rows;
    }
    /** The sample, complete: its numbers as read until packed or sorted. */
    build() {
        if (!(0,column_type/* isNumericType */.c)(this.type)) {
            return { type: this.type, numeric: false, counts: this.counts, missing: this.missing };
        }
        return numericSample(this.type, this.numbers, this.missing);
    }
}
function numericSample(type, numbers, missing) {
    return {
        type,
        numeric: true,
        count: numbers.length,
        // Counted as the numbers are packed or sorted, else when asked.
        get distinct() {
            return numbers.distinct();
        },
        sorted: (room) => numbers.takeSorted(room),
        pack: (room) => numbers.pack(room),
        handOver: () => {
            const { state, transfer } = numbers.handOver();
            return { sample: { type, numbers: state, missing }, transfer };
        },
        missing,
    };
}
/** A numeric sample handed over by another thread, as it was there. */
const handedSample = ({ type, numbers, missing }) => numericSample(type, CompactNumbers.handedOver(numbers), missing);
/**
 * The sample of a column that data lacks, of the `type` the other side gives it: one missing
 * value a row, as JSON Lines reads a field absent from every line.
 */
function absentSample(type, rows) {
    const builder = new SampleBuilder(type);
    builder.addAbsent(rows);
    return builder.build();
}
/** A room for any one of `samples`: 8 bytes a value of the longest numeric one. */
function roomFor(samples) {
    const counts = [...samples].map((sample) => (sample.numeric ? sample.count : 0));
    return new ArrayBuffer(8 * Math.max(0, ...counts));
}
/**
 * Packs the numeric samples one after the other, each after a turn of the event loop, so that
 * the thread's other work (the batches of a read on a thread of its own) goes between them: for
 * samples complete long before they are used, such as the reference's while the current is
 * read. Resolves once all are packed, or at the first turn after `signal` aborts (the read they
 * wait for failed: the rest would be packed for nothing, up to some 0.2 s before the exit).
 */
async function packInTurns(samples, signal) {
    const room = roomFor(samples);
    for (const sample of samples) {
        if (!sample.numeric)
            continue;
        await new Promise(setImmediate);
        if (signal?.aborted)
            break;
        sample.pack(room);
    }
    (0,release_array/* releaseArrays */.E)(new Uint8Array(room));
}
/**
 * The samples of the chosen columns of a dataset, its row count and columns, those of its
 * columns that no line of JSON Lines data has as a key (`Batch.absentKeys`), and the keys that
 * lines have and the columns lack (`Batch.lateKeys`). `choose` is
 * called once, with the columns of the first batch, and returns those to sample (or a promise of
 * them, for a choice that waits on another read's columns): it can refuse a selection (by
 * throwing) before the rest of the data is read, and columns not chosen cost nothing.
 */
async function collectSamples(batches, choose) {
    const builders = new Map();
    let order;
    let rows = 0;
    let absentKeys = [];
    let lateKeys = [];
    for await (const batch of batches) {
        if (order === undefined) {
            // Every column, those read as bytes for not being used too.
            order = [...batch.names];
            const types = new Map([...batch.columns].map(([name, column]) => [name, column.type]));
            for (const name of await choose(order, types)) {
                builders.set(name, new SampleBuilder(batch.columns.get(name).type));
            }
        }
        for (const [name, builder] of builders) {
            const column = batch.columns.get(name);
            if (column)
                builder.add(column);
        }
        rows += batch.length;
        absentKeys = batch.absentKeys ?? [];
        lateKeys = batch.lateKeys ?? [];
    }
    const columns = new Map([...builders].map(([name, builder]) => [name, builder.build()]));
    return { rows, columns, order: order ?? [], absentKeys, lateKeys };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/early-read.js
/**
 * A read started before anyone iterates it: its first batch is asked for at once, so that a
 * read on a thread of its own starts its thread and reads ahead while the caller finishes other
 * work. Iterated once; `stop` ends a read that will not be.
 */
class EarlyRead {
    iterator;
    first;
    constructor(batches) {
        this.iterator = batches[Symbol.asyncIterator]();
        this.first = this.iterator.next();
        // A failure reaches whoever iterates; should no one, it goes with the read.
        this.first.catch(() => { });
    }
    async *[Symbol.asyncIterator]() {
        try {
            let next = await this.first;
            while (!next.done) {
                yield next.value;
                next = await this.iterator.next();
            }
        }
        finally {
            await this.stop();
        }
    }
    /**
     * The columns of the read's first batch (a read without rows names them too), known before
     * the rest is read.
     */
    async columns() {
        const first = await this.first;
        return first.done ? [] : first.value.names;
    }
    /** Stops the read (after the batch being read, if any), closing its thread. */
    async stop() {
        await this.iterator.return?.();
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./shared/dist/engine/data/batch-transfer.js
var batch_transfer = __webpack_require__(7268);
// EXTERNAL MODULE: ./shared/dist/engine/data/thread-limits.js
var thread_limits = __webpack_require__(3141);
;// CONCATENATED MODULE: ./shared/dist/engine/data/share-work.js





/**
 * Does every item: this thread from the first on and, where `script` is given and exists (a
 * built script: from source there is none), a thread running it from the last shareable item
 * back, until the two meet. The results are in the items' order. A failure ends the work as it
 * ends one thread doing the items in order: the first item that fails throws its error, and no
 * item after it is begun. `data` is the other thread's `workerData`.
 */
async function shareWork(work, script, data) {
    const { items } = work;
    const results = new Array(items.length);
    const claimed = new Uint8Array(items.length);
    let failed;
    const fail = (index, error) => {
        if (failed === undefined || index < failed.index)
            failed = { index, error };
    };
    const shareable = items.flatMap((item, i) => (work.shareable(item, i) ? [i] : []));
    // The next shareable item from the last back: none this thread has come to, none after a
    // failure, and none taken ahead of the other thread's present one unless one more is left
    // for this thread (else two items would both go there while this thread waits).
    const take = (ahead) => {
        const i = shareable.at(-1);
        if (i === undefined || claimed[i] || (failed !== undefined && i > failed.index))
            return;
        const below = shareable.at(-2);
        if (ahead && (below === undefined || claimed[below]))
            return;
        shareable.pop();
        claimed[i] = 1;
        return { index: i, ...work.handOver(items[i], i) };
    };
    const helper = script !== undefined && shareable.length > 1 && (0,external_node_fs_.existsSync)(script)
        ? HelperThread.start(script, data, take, (outcome) => {
            if ("error" in outcome)
                fail(outcome.index, (0,batch_transfer/* errorFrom */.JK)(outcome.error));
            else
                results[outcome.index] = outcome.result;
        })
        : undefined;
    for (const [index, item] of items.entries()) {
        if (helper) {
            // The other thread's messages come in between items.
            await (0,promises_.setImmediate)();
            if (helper.broken)
                break;
        }
        if (failed !== undefined && index > failed.index)
            break;
        if (claimed[index])
            continue;
        claimed[index] = 1;
        try {
            results[index] = work.here(item, index);
        }
        catch (error) {
            fail(index, error);
            break;
        }
    }
    // A failure here comes before every item the other thread has: its jobs no longer matter.
    const failedHere = failed !== undefined && !helper?.took(failed.index);
    const broke = await helper?.finished(failedHere);
    if (failed !== undefined)
        throw failed.error;
    if (broke !== undefined)
        throw broke;
    return results;
}
/**
 * Serves a thread started by `shareWork` (its script calls it once): `work` does each job handed
 * over, and its result, or failure, is posted back.
 */
function serveWork(port, work) {
    port.on("message", ({ index, job }) => {
        let outcome;
        try {
            outcome = { index, result: work(job) };
        }
        catch (error) {
            outcome = { index, error: describeError(error) };
        }
        port.postMessage(outcome);
    });
    // A job that cannot be read fails the thread, which the caller's side hears of.
    port.on("messageerror", (error) => {
        throw error;
    });
}
/**
 * The other thread, given the jobs `take` hands out, two at a time where there are enough, so
 * that it never waits on this thread's turn between items to get the next one; `settle` takes
 * each outcome.
 */
class HelperThread {
    worker;
    take;
    /** The thread failed (an error, a message it could not read, an exit): no more jobs. */
    broken = false;
    failure;
    ending = false;
    inFlight = 0;
    handed = new Set();
    done;
    settled;
    /** Starts the thread and hands it its first jobs; stops it again if handing them over fails. */
    static start(script, data, take, settle) {
        // Its inputs and outputs are arrays outside the heap, as the reading thread's are.
        const worker = new external_node_worker_threads_.Worker(script, {
            workerData: data,
            resourceLimits: { maxYoungGenerationSizeMb: thread_limits/* THREAD_YOUNG_MB */.K },
        });
        const thread = new HelperThread(worker, take, settle);
        try {
            thread.post();
            thread.post();
        }
        catch (error) {
            void worker.terminate();
            throw error;
        }
        return thread;
    }
    constructor(worker, take, settle) {
        this.worker = worker;
        this.take = take;
        this.done = new Promise((resolve) => (this.settled = resolve));
        worker.on("message", (outcome) => {
            this.inFlight--;
            settle(outcome);
            try {
                this.post();
                this.post();
            }
            catch (error) {
                this.stop(error);
            }
            if (this.inFlight === 0)
                this.settled();
        });
        worker.on("error", (error) => this.stop(error));
        worker.on("messageerror", (error) => this.stop(error));
        worker.on("exit", (code) => this.stop(new Error(`a working thread stopped (${code})`)));
    }
    /** Whether the thread was handed the item at `index`. */
    took(index) {
        return this.handed.has(index);
    }
    /** Hands the thread the next job, if there is one and it has fewer than two. */
    post() {
        if (this.inFlight >= 2 || this.broken)
            return;
        const taken = this.take(this.inFlight > 0);
        if (taken === undefined)
            return;
        this.inFlight++;
        this.handed.add(taken.index);
        const job = { index: taken.index, job: taken.job };
        this.worker.postMessage(job, taken.transfer);
    }
    stop(error) {
        if (this.broken || this.ending)
            return;
        this.broken = true;
        this.failure = error;
        this.settled();
    }
    /**
     * Stops the thread once the jobs it has are done, or at once when their results no longer
     * matter (`abandon`: an earlier item failed); returns what broke the thread, if anything did.
     */
    async finished(abandon) {
        if (!abandon)
            await this.done;
        this.ending = true;
        await this.worker.terminate();
        return this.failure;
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/method-picker.js

/**
 * The method of each column: its own from the `method` map, else the one for every column where
 * it fits, else auto. One numeric method for all (`--method ks`) does not fit a column of text,
 * nor a categorical one (`--method g_test`) a numeric column, nor z or fisher_exact a column of
 * more than two categories: such a column keeps auto's method, and its note says so.
 */
const picker = (methods, referenceRows) => (column, kind, numbers, categories) => {
    const own = methods.perColumn.get(column);
    if (own)
        return { method: own, note: null, named: true };
    const auto = autoMethod(kind, referenceRows, categories);
    const all = methods.all;
    if (all === "auto")
        return { method: auto, note: null };
    if (!numbers && NUMERIC_METHODS.includes(all)) {
        return {
            method: auto,
            note: `tested with ${auto}, auto's method for categories: method ${all} compares numbers`,
        };
    }
    if (kind === "numeric" && CATEGORICAL_METHODS.includes(all)) {
        return {
            method: auto,
            note: `tested with ${auto}, auto's method for numbers: method ${all} compares categories`,
        };
    }
    if (categories > 2 && TWO_CATEGORY_METHODS.includes(all)) {
        return {
            method: auto,
            note: `tested with ${auto}, auto's method for categories: method ${all} compares two categories, and this column has ${categories}`,
        };
    }
    return { method: all, note: null };
};

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/compare-columns.js





/**
 * Below this many numbers in the numeric columns of both sides together, every column is
 * compared on the caller's thread: starting a thread and loading the comparison into it takes
 * some 50-70 ms, about what sorting and walking 2,000,000 numbers costs.
 */
const SHARED_MIN_VALUES = 4_000_000;
// The comparing thread runs this script: next to this module, or in a bundle, next to the bundle.
const WORKER_SCRIPT = new URL(/* asset import */ __webpack_require__(4077), __webpack_require__.b);
/**
 * Compares each named column of the two sides' samples. Where there are enough numbers
 * (`minValues`), a thread of its own compares numeric columns from the last back while this
 * one compares from the first on (`shareWork`): the two cores then share the sorting and the
 * ECDF walks, which otherwise follow the reads on this thread alone. Each thread sorts into one
 * room per side that its columns reuse. The comparisons are the same either way, and so is a
 * failure: that of the first column that fails.
 */
function compareColumns(names, reference, current, settings, minValues = SHARED_MIN_VALUES) {
    const pairs = names.map((name) => ({ name, ref: reference.get(name), cur: current.get(name) }));
    const numeric = (pair) => pair.ref.numeric && pair.cur.numeric && pair.ref.count > 0 && pair.cur.count > 0;
    const values = pairs.reduce((sum, p) => sum + (numeric(p) ? countOf(p.ref) + countOf(p.cur) : 0), 0);
    const pick = picker(settings.methods, settings.referenceRows);
    const rooms = { reference: roomFor(reference.values()), current: roomFor(current.values()) };
    const work = {
        items: pairs,
        shareable: numeric,
        here: ({ name, ref, cur }) => compareSamples(name, ref, cur, pick, rooms),
        handOver: ({ name, ref, cur }) => {
            const reference = handOver(ref);
            const current = handOver(cur);
            const job = { name, reference: reference.sample, current: current.sample };
            return { job, transfer: [...reference.transfer, ...current.transfer] };
        },
    };
    return shareWork(work, values >= minValues ? WORKER_SCRIPT : undefined, settings).finally(() => (0,release_array/* releaseArrays */.E)(new Uint8Array(rooms.reference), new Uint8Array(rooms.current)));
}
const countOf = (sample) => (sample.numeric ? sample.count : 0);
/** A numeric sample handed over, which `shareable` made sure it is. */
function handOver(sample) {
    if (!sample.numeric)
        throw new Error("only numeric samples are compared on another thread");
    return sample.handOver();
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/numbers-as-text.js



/**
 * The comparison of a column compared as categories, noted first where its reference values are
 * numbers but for words that often mean no value (R's `NA`, a database's `NULL`): read as
 * text, its values are compared as categories, or not at all where most are distinct, and a
 * shift among the numbers can pass unseen, where pandas (and Evidently after it) reads the
 * words as gaps in a column of numbers. The note names the fix the read allows: the
 * `missing-values` input, or with a data contract, its `missingValues`; a column the contract
 * declares is read as it says, with no note. The words are from a fixed list, so the note
 * quotes no data. The note goes to `warn` too: an annotation reaches whom a passing verdict's
 * table may not.
 */
function withNumbersAsTextNote(comparison, kept, schema, warn) {
    if (comparison.kind !== "categorical" || kept === undefined)
        return comparison;
    if (schema?.fields.some((field) => field.name === comparison.name))
        return comparison;
    const words = (0,missing_values/* missingWordsAmongNumbers */.eJ)(kept.values);
    if (words === null)
        return comparison;
    const shown = words.map((word) => `'${word}'`).join(", ");
    const means = words.length === 1 ? "that means" : "those mean";
    const fix = schema
        ? `add ${words.length === 1 ? "it" : "them"} to the data contract's missingValues`
        : `read both sides with missing-values ${(0,missing_values/* missingValuesArgument */.il)(words)}`;
    const note = `its ${kept.all ? "" : "most frequent "}values are numbers but for ${shown}, so it is read as text: where ${means} no value, ${fix} to compare it as numbers`;
    warn(`column '${(0,column_name/* shownName */.HD)(comparison.name)}': ${note}`);
    // First: the reason it is not tested may follow from it.
    return { ...comparison, note: joinNotes(note, comparison.note) };
}

// EXTERNAL MODULE: ./shared/dist/engine/data/infer-type.js
var infer_type = __webpack_require__(403);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/contract-reading.js




/**
 * How to fix a value that does not fit its column's type when a data contract says how the data
 * is read: its declared fields are the contract's, the other columns inferred as without one.
 */
const FIX_CONTRACT_VALUE = "Fix the value, declare the column's type in the data contract (string takes any value), or list the value in its missingValues (a field's own for one column; a reference profile is then made again with them): declared fields are read with the contract's types and spellings, the other columns with types inferred from the first rows (the reference's, for the current data)";
/**
 * Data read with a data contract (the `schema` input): its types and spellings, the table's
 * missing values and each field's own, which a profile then records, as validate-data's does.
 */
const contractReading = (schema) => ({
    schema,
    missingValues: (0,read_options/* tableMissingValues */.jy)({ schema }),
    columnMissingValues: (0,read_options/* ownMissingValues */.XS)({ schema }),
    invalidCellFix: FIX_CONTRACT_VALUE,
});
/** The checked columns read with missing values of their own, for the report's settings. */
const ownOfChecked = (names, own) => names.flatMap((column) => {
    const values = own?.get(column);
    return values ? [{ column, values }] : [];
});
/**
 * Refuses a reference profile whose column the contract reads as the other kind (numbers or
 * dates against text), before the current data is read: the two could not be compared.
 */
function requireContractTypes(profile, shown, schema) {
    const columns = new Map(profile.columns.map((column) => [column.name, column]));
    for (const field of schema.fields) {
        if (field.type === undefined || field.type === "any")
            continue;
        const column = columns.get(field.name);
        if (!column)
            continue;
        if ((0,column_type/* isNumericType */.c)(column.type) === (0,column_type/* isNumericType */.c)((0,infer_type/* declaredType */.t1)(field, [])))
            continue;
        throw new errors/* InputError */.dz("reference", `${shown} profiled column '${field.name}' as ${column.type}, and the data contract reads it as ${field.type}`, "Make the reference profile again with this contract (drift-check --mode profile with schema, or validate-data's profile-path), or leave schema out to read the data as the profile was made");
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/missing-values.js


/**
 * The missing values data is read with, so that both sides are read alike: the input's when
 * given, else those the profiles compared were made with, else the empty cell alone. The
 * profiles (reference first) must agree with each other, on each column's own missing values
 * too, and with the input when it is given: they were counted once and for all, where data can
 * be read again.
 */
function settleMissingValues(input, profiles) {
    const [first, ...others] = profiles;
    for (const other of others)
        (0,missing_values/* requireSameMissingValues */.IZ)(first, other);
    if (input === null)
        return first ? (0,missing_values/* missingValuesOf */.uY)(first.profile) : missing_values/* DEFAULT_MISSING_VALUES */.ER;
    const made = first ? (0,missing_values/* missingValuesOf */.uY)(first.profile) : input;
    if (first && !(0,missing_values/* sameMissingValues */.jU)(input, made)) {
        // The input always adds the empty cell: a profile that read it as a value takes no input.
        const give = made.includes("")
            ? "Give the missing-values the profile was made with (or leave it out to read with them)"
            : "Leave missing-values out to read with the profile's (the input always adds the empty cell, which the profile read as a value)";
        throw new errors/* InputError */.dz("missing-values", `gives ${(0,missing_values/* shownMissingValues */.C_)(input)}, and ${first.shown} was made with ${(0,missing_values/* shownMissingValues */.C_)(made)}`, `${give}, or make the profile again with these`);
    }
    return input;
}

// EXTERNAL MODULE: ./shared/dist/engine/data/data-error.js
var data_error = __webpack_require__(8991);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/withheld-columns.js


/**
 * The columns a run withholds, every mode alike. A data contract's sensitive fields, and the
 * columns a profile read marks (the mark travels with the profile), wherever they are. Where a
 * sensitive field's name is not among a side's columns (its data's, or a reference profile's),
 * every column of that side the contract does not declare, as validate-data and profile mode
 * withhold them (`columnsToWithhold`): the field may be there under another name. A comparison
 * holds both sides' values, so it withholds a column either side does (`has`); a read's
 * warnings and refusals quote its own side's cells, and follow its side (`WithheldRead`).
 */
class Withholding {
    sensitive;
    declared;
    marked;
    either;
    constructor(
    /** The contract's sensitive fields; none without a contract. */
    sensitive = new Set(), 
    /** The contract's fields; undefined without a contract. */
    declared) {
        this.sensitive = sensitive;
        this.declared = declared;
        this.marked = new Set(sensitive);
        this.either = new Set(sensitive);
    }
    /** The contract and the schema drift-check read it with: its fields' names are declared. */
    static of(sensitive, schema) {
        return new Withholding(sensitive, schema && new Set(schema.fields.map((field) => field.name)));
    }
    /** Withholds the columns a profile marks, wherever they show. */
    mark(columns) {
        for (const name of columns) {
            this.marked.add(name);
            this.either.add(name);
        }
    }
    /** The columns a side whose columns are `columns`, `absent` among them, withholds. */
    sideOf(columns, absent = []) {
        return (0,withheld_values/* columnsToWithhold */.Un)(columns, this.sensitive, this.declared ?? new Set(), absent);
    }
    /** Withholds in the comparison what a side withholds (`sideOf`), its columns known whole. */
    see(columns, absent) {
        for (const name of this.sideOf(columns, absent))
            this.either.add(name);
    }
    /** Whether a comparison withholds the column: a side seen so far, or a mark, withholds it. */
    has(name) {
        return this.either.has(name);
    }
    /** The columns a comparison withholds, as `has` tells. */
    get columns() {
        return this.either;
    }
    /** The columns withheld on every side: the sensitive fields' and the marked. */
    get everywhere() {
        return this.marked;
    }
    /**
     * Whether a column of a side whose columns are not known yet may be withheld: a read that
     * stops in its first batch has not told them, and any column the contract does not declare
     * may be a sensitive field under another name.
     */
    mayHave(name) {
        return this.marked.has(name) || (this.sensitive.size > 0 && !this.declared?.has(name));
    }
    /**
     * Refuses the batch's CSV file where its header names none of the contract's fields and a
     * column is withheld: in a file without a header row it is a row of data, which a refusal or
     * a warning naming the columns would show.
     */
    refuseHeaderless(batch) {
        if (this.declared && this.marked.size > 0)
            (0,data_error/* refuseHeaderWithoutFields */.J8)(batch, this.declared);
    }
}
/**
 * One side's read under a `Withholding`: its columns, once its first batch tells them, decide
 * which of its cells its warnings and refusals do not quote; once it is read, which columns its
 * comparison withholds. Its files are refused where their header may be a row (`refuseHeaderless`)
 * before anyone is handed their columns.
 */
class WithheldRead {
    withholding;
    own;
    constructor(withholding) {
        this.withholding = withholding;
    }
    /** Whether a cell of the column is not quoted. */
    has(name) {
        if (this.withholding.everywhere.has(name))
            return true;
        return this.own ? this.own.has(name) : this.withholding.mayHave(name);
    }
    /** The batches as they come, their columns seen at the first, a refusal without withheld cells. */
    async *read(batches) {
        let file;
        let last;
        try {
            for await (const batch of batches) {
                if (batch.file !== file) {
                    file = batch.file;
                    this.withholding.refuseHeaderless(batch);
                }
                // A field no line read so far has may come later: the first batch's absent keys are
                // the most the side can lack, the last batch's what it lacks.
                this.own ??= this.withholding.sideOf(batch.names, batch.absentKeys);
                last = { names: batch.names, absentKeys: batch.absentKeys };
                yield batch;
            }
        }
        catch (error) {
            throw error instanceof data_error/* DataError */.fL ? this.refusal(error) : error;
        }
        finally {
            if (last)
                this.withholding.see(last.names, last.absentKeys);
        }
    }
    /** A reader's refusal told without a withheld cell, nor a header where any column is withheld. */
    refusal(error) {
        const { column } = error;
        const withheld = column !== undefined && this.has(column) ? [column] : [];
        return (0,data_error/* withheldDataError */.Ej)(error, new Set([...this.withholding.everywhere, ...withheld]));
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/withheld-values.js
/**
 * The columns of a data contract's sensitive fields (`x-mlops: { sensitive: true }`) are
 * compared as any other, and nothing drift-check writes or prints names one of their values:
 * these take the values out where they would show.
 */
/** What stands in the place of a sensitive column's value, or of its categories' names. */
const WITHHELD = "withheld: sensitive";
/**
 * A sensitive column's comparison without its values: its tests and verdict stay, its
 * distribution (category names, or histogram edges that are its values) goes, and so do the
 * names of its new categories, which keep their count.
 */
function withheldComparison(comparison) {
    const { chi2 } = comparison.tests;
    return {
        ...comparison,
        tests: chi2 ? { ...comparison.tests, chi2: { ...chi2, new_categories: [] } } : comparison.tests,
        distribution: null,
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/select-columns.js



/** The inputs that name a column judged apart from the features, by the selection's field. */
const ROLE_INPUTS = { prediction: "prediction-column", target: "target-column" };
/**
 * The columns judged apart from the features, each with the input that names it: checked
 * whatever `columns` and `ignore-columns` say, as a role input names the column on purpose.
 */
function roleColumns(selection) {
    return ["prediction", "target"].flatMap((role) => {
        const name = selection[role];
        return name === undefined ? [] : [{ name, input: ROLE_INPUTS[role] }];
    });
}
/**
 * The selection that the inputs make, refused where one column is given both roles: its drift
 * is either the model's or the labels', and each is reported apart under its own.
 */
function columnSelection(inputs) {
    const prediction = inputs.prediction?.trim() || undefined;
    const target = inputs.target?.trim() || undefined;
    if (target !== undefined && target === prediction) {
        throw new errors/* InputError */.dz("target-column", `names the prediction column '${(0,column_name/* shownName */.HD)(target)}' too`, "Give target-column the column of the true labels and prediction-column the model's predictions, or leave one of them out");
    }
    return { columns: inputs.columns, ignore: inputs.ignore, prediction, target };
}
/**
 * The names of `names` that `others` lacks, in their order; through a set, as both may hold
 * thousands of columns and a search of one list per name of the other was quadratic.
 */
function namesNotIn(names, others) {
    const present = new Set(others);
    return names.filter((name) => !present.has(name));
}
/**
 * Whether a name in ignore-columns that no column has is refused only once the data is read
 * whole: JSON Lines data (among `files`) may have it as a key first seen after the rows its
 * columns are read from (`Batch.lateKeys`), which is warned of, and which naming silences.
 */
const awaitsLateKeys = (files) => files.some((file) => (0,data_format/* formatOf */.b)(file) === "jsonl");
/** The names a refusal lists: the columns, then the late keys (`Batch.lateKeys`) if any. */
function listed(columns, late) {
    const keys = late.length > 0 ? `, and keys of later lines: ${(0,column_name/* shownNames */.kA)(late)}` : "";
    return `${(0,column_name/* shownNames */.kA)(columns)}${keys}`;
}
/** The refusal of a name that `input` gives and the columns of `source` (`available`) lack. */
const unknownColumn = (input, source, name, available, late = []) => new errors/* InputError */.dz(input, `${source} has no column '${(0,column_name/* shownName */.HD)(name)}'`, `Its columns: ${listed(available, late)}`);
/**
 * The columns to check, in the reference's order (`source`'s, where it is other data): those
 * named (all when none are), less the ignored ones, and the prediction and target columns
 * always (even one that ignore-columns names, as they are named on purpose). A column
 * to check that the reference lacks is a typo, refused. A column ignored may be one that only
 * the current data has, which silences the warning of new columns: `requireIgnoredColumns`
 * refuses it once the current's columns are known (and JSON Lines' late keys), if that has none
 * of the name either.
 */
function selectColumns(available, selection, source = "the reference") {
    const roles = roleColumns(selection);
    const unknown = namesNotIn([...selection.columns, ...roles.map((role) => role.name)], available)[0];
    if (unknown !== undefined) {
        const input = roles.find((role) => role.name === unknown)?.input ?? "columns";
        throw unknownColumn(input, source, unknown, available);
    }
    const always = new Set(roles.map((role) => role.name));
    const chosen = new Set(selection.columns);
    const ignored = new Set(selection.ignore);
    const checked = available.filter((name) => always.has(name) || ((chosen.size === 0 || chosen.has(name)) && !ignored.has(name)));
    if (checked.length === 0)
        refuseNoColumn(available, selection, source);
    return checked;
}
/**
 * The columns profile mode profiles, selected from `source`'s own as check mode selects them
 * from the reference's. A name in ignore-columns that it lacks is a typo too, as there is no
 * other side to have it: refused here, unless `lateKeysAwaited` leaves that to
 * `requireProfiledIgnored` once the data is read whole.
 */
function selectProfiled(available, selection, source, lateKeysAwaited = false) {
    if (!lateKeysAwaited)
        requireProfiledIgnored(available, [], selection, source);
    return selectColumns(available, selection, source);
}
/** A name in ignore-columns that is neither a column nor a late key of `source` is a typo. */
function requireProfiledIgnored(available, lateKeys, selection, source) {
    const late = lateKeys.map((key) => key.name);
    const unknown = namesNotIn(namesNotIn(selection.ignore, available), late)[0];
    if (unknown !== undefined) {
        throw unknownColumn("ignore-columns", source, unknown, available, late);
    }
}
/** An empty selection is refused up front: no rows of current data would be read for nothing. */
function refuseNoColumn(available, selection, source) {
    if (available.length === 0) {
        // An empty CSV file is refused as it is read; JSON Lines without a key on any line, or a
        // profile of such data, gets here.
        throw new errors/* InputError */.dz("reference", "has no columns: no line of its data has a key, or its profile has no column", "Give reference data whose lines have keys (or a header row, in CSV), or a profile of such data");
    }
    throw new errors/* InputError */.dz("ignore-columns", `leaves no column to check: it ignores every column ${selection.columns.length > 0 ? "named in columns" : `of ${source}`}`, "Ignore fewer columns, or name the columns to check in columns");
}
/** The names in ignore-columns that the reference lacks: columns of the current data, or typos. */
const ignoredNotInReference = (reference, selection) => namesNotIn(selection.ignore, reference);
/**
 * A name in ignore-columns that neither the reference nor the current data has is a typo: as a
 * column, or as a key of JSON Lines data first seen after its columns were read (`lateKeys`, of
 * either side, once both are read whole).
 */
function requireIgnoredColumns(reference, current, selection, source, lateKeys = []) {
    const columns = [...reference, ...namesNotIn(current, reference)];
    const late = namesNotIn([...new Set(lateKeys.map((key) => key.name))], columns);
    const unknown = namesNotIn(namesNotIn(selection.ignore, columns), late)[0];
    if (unknown === undefined)
        return;
    throw new errors/* InputError */.dz("ignore-columns", `neither the reference nor ${source} has a column '${(0,column_name/* shownName */.HD)(unknown)}'`, `Their columns: ${listed(columns, late)}`);
}
/** The prediction column in the warning of absent columns, with the fixes that silence it. */
const absentPrediction = (name) => {
    const shown = `'${(0,column_name/* shownName */.HD)(name)}'`;
    return `the prediction column ${shown} (prediction-column names one column of the reference and the current data alike: the current data must hold the model's predictions under that name, or, where it holds none, leave prediction-column empty and name ${shown} in ignore-columns)`;
};
/**
 * The warning for checked columns the current data lacks, or null: each is compared as missing
 * in every row, and drifts where the current has rows, as a feature gone from production is the
 * largest change there is. One left out on purpose is named in ignore-columns. The prediction
 * column is named apart: ignore-columns does not leave it out (`roleColumns`), and the reference
 * must have it under the name given, so the fix is in the current data or in prediction-column.
 * The target column is not warned of: data without its labels yet is the usual case, which its
 * row notes.
 */
function absentColumnsWarning(absent, source, { prediction, target }) {
    const features = absent.filter((name) => name !== target && name !== prediction);
    const predictionAbsent = prediction !== undefined && absent.includes(prediction);
    const parts = [
        ...(features.length > 0
            ? [`${(0,column_name/* shownNames */.kA)(features, "'")} (name one dropped on purpose in ignore-columns)`]
            : []),
        ...(predictionAbsent ? [absentPrediction(prediction)] : []),
    ];
    if (parts.length === 0)
        return null;
    const which = features.length + (predictionAbsent ? 1 : 0) === 1 ? "a column" : "columns";
    return `${source} lacks ${which} the reference has, compared as missing in every row: ${parts.join(", and ")}`;
}
/**
 * The warning for columns the current data has and the reference lacks, or null: no test here
 * can measure them, but a field new in production is a change the user should hear of, unless
 * ignore-columns names it.
 */
function newColumnsWarning(reference, current, source, ignored) {
    const added = namesNotIn(namesNotIn(current, reference), ignored);
    if (added.length === 0)
        return null;
    return `${source} has ${added.length === 1 ? "a column" : "columns"} the reference lacks, not checked: ${(0,column_name/* shownNames */.kA)(added, "'")}`;
}
/**
 * The warning for data read as one column whose name holds another delimiter, or null: a file
 * delimited by semicolons and read with commas is one column of distinct text. `source` names
 * the data; a profile (`profiled`) must be made again, as its data cannot be read again here.
 */
function oneColumnWarning(source, columns, delimiter, profiled) {
    const [only] = columns;
    if (columns.length !== 1 || only === undefined)
        return null;
    const other = [";", "\t", "|", ","].find((d) => d !== (delimiter ?? ",") && only.includes(d));
    if (other === undefined)
        return null;
    const given = other === "\t" ? "tab" : other;
    const fix = profiled
        ? `make the profile again with the delimiter input: ${given}`
        : `give the delimiter input: ${given}`;
    return `${source} reads as one column, '${(0,column_name/* shownName */.HD)(only)}': if its fields are delimited by ${JSON.stringify(other)}, ${fix}`;
}
/**
 * The columns a read of data uses for `selection`, those `selectColumns` checks: the others are
 * read as bytes and never typed, so that no cell of a column left out can stop the read.
 */
function usedColumns(selection) {
    const { columns, ignore } = selection;
    const always = roleColumns(selection).map((role) => role.name);
    return {
        ...(columns.length > 0 && { only: [...columns, ...always] }),
        except: ignore.filter((name) => !always.includes(name)),
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/compare-sources.js































/**
 * Batches passed through with the read's progress shown by the host, and a warning for each
 * column of integers that a later number made numeric (`widenIntegers`); a `withheld` column's
 * number is not named.
 */
function tracked(label, batches, tracking) {
    const { progress, log } = tracking.context;
    return warningWidened(new read_progress/* ReadProgress */.i({ label, progress, log }).track(batches), tracking);
}
/** The warning for a column of integers that a later number made numeric, at that number. */
function widenedWarning(batch, column, row, context) {
    const where = (0,data_format/* rowPlace */.G)((0,display_path/* displayPath */.G)(context.cwd, batch.file), batch.file, batch.lineNumbers[row]);
    const value = context.sensitive
        ? `a number that is not whole (value ${WITHHELD})`
        : column.values[row];
    return `${where}: column '${(0,column_name/* shownName */.HD)(column.name)}' holds whole numbers in the first rows its type was inferred from, and ${value} here: it is read as numbers (numeric), as pandas reads it. Declare it a number in a data contract given as schema to read it so without this warning`;
}
/** The batches as they come, each column that one of them widens warned of. */
async function* warningWidened(batches, { context, withheld }) {
    for await (const batch of batches) {
        for (const column of batch.columns.values()) {
            if (!("values" in column) || column.widenedAt === undefined)
                continue;
            const shown = { cwd: context.cwd, sensitive: withheld.has(column.name) };
            (0,define_action/* warnIn */.aP)(context, widenedWarning(batch, column, column.widenedAt, shown));
        }
        yield batch;
    }
}
/**
 * Profiles and samples keep nothing of a batch they have taken in (samples copy the values):
 * the reader may refill a batch's arrays for the next one. Streaming batches, as validate-data
 * reads: 6-8 MB less at drift-check's peak than at the default size, in no more time.
 */
const STREAMING = { reuseBatches: true, batchSize: read_options/* STREAMING_BATCH_SIZE */.mM };
/**
 * How to fix a value that does not fit its column's type, where the type is inferred from the
 * first rows of the data, or for the current data from the reference's: missing-values only
 * makes missing a cell that means no value, and a data contract's declared type is what reads
 * the column another way. A column inferred as integers takes a later decimal (`widenIntegers`),
 * as pandas reads it: such a cell is warned of, not refused.
 */
const FIX_VALUE = {
    invalidCellFix: "Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value): the column's type was inferred from the first rows of the data, which hold none like it",
    widenIntegers: true,
};
const FIX_PROFILED_VALUE = {
    invalidCellFix: "Fix the value, or make the profile compared again with it among its missing values (drift-check's missing-values, a data contract's missingValues): data compared with a profile is read as the profile was made; a profile made with a data contract's spellings (trueValues, a date format, decimalChar) reads the data with that contract as schema",
};
const FIX_CURRENT_VALUE = {
    invalidCellFix: "Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value), which reads both sides: the current data is read with the types inferred from the reference's first rows",
};
/** The batches as they come, checked by `check` at the first one and after the last. */
async function* checkingColumns(batches, check) {
    let last;
    for await (const batch of batches) {
        if (last === undefined)
            check.columns(batch.names);
        last = batch;
        yield batch;
    }
    check.absentKeys(last?.absentKeys ?? []);
    check.lateKeys?.(last?.lateKeys ?? []);
}
/**
 * The batches as they come, holding only the columns `choose` picks from the first one's (which
 * it may refuse before the rest is read).
 */
async function* choosingColumns(batches, choose) {
    let names;
    for await (const batch of batches) {
        names ??= choose(batch.names);
        const columns = new Map();
        const byteColumns = new Map();
        for (const name of names) {
            const column = (0,data_batch/* columnOf */.uV)(batch, name);
            if (column && "bytes" in column)
                byteColumns.set(name, column);
            else if (column)
                columns.set(name, column);
        }
        yield { ...batch, names, columns, byteColumns };
    }
}
/**
 * Reads a dataset into a profile, showing progress; text is profiled from its bytes. `choose`,
 * when given, picks the columns profiled from the data's, at its first batch.
 */
function profileData(label, source, reading, context, check, choose) {
    const { withholding, ...read } = reading;
    const withheld = new WithheldRead(withholding ?? new Withholding());
    const batches = tracked(label, withheld.read((0,read_batches/* readBatches */.Pu)(source, {
        ...STREAMING,
        ...FIX_VALUE,
        ...read,
        textAsBytes: true,
        readInWorker: "large",
    })), { context, withheld });
    const checked = check ? checkingColumns(batches, check) : batches;
    const profiled = choose ? choosingColumns(checked, choose) : checked;
    return (0,profile_dataset/* profileBatches */.cQ)(profiled, {}, reading.missingValues, reading.columnMissingValues);
}
/**
 * The profiles of parts of the current data (`files`, listed), merged into one; those that do
 * not merge are named.
 */
async function mergedProfiles(files, cwd) {
    // Data given where profiles belong (the usual slip: compare mode as if it were check mode)
    // is named as such, not as a document that fails the profile's schema at its first line.
    const data = files.find((file) => (0,data_format/* formatOf */.b)(file) !== undefined);
    if (data !== undefined) {
        throw new errors/* InputError */.dz("current", `compare mode reads profiles written by drift-check --mode profile; ${(0,display_path/* displayPath */.G)(cwd, data)} is data, not one`, "Profile each part of the data with --mode profile and give those files, or compare the data itself with --mode check");
    }
    const shown = files.map((file) => (0,display_path/* displayPath */.G)(cwd, file));
    return { profile: await (0,merge_profiles/* readMergedProfiles */.XW)(files, shown), files };
}
/**
 * The columns to check and their thresholds, settled from the reference's columns alone, so
 * that a misnamed column in `columns`, `method` or `threshold` is refused before the current
 * data is read.
 */
function settleColumns(available, request) {
    const names = selectColumns(available, request.selection);
    const unknownMethod = namesNotIn([...request.methods.perColumn.keys()], names)[0];
    if (unknownMethod !== undefined) {
        throw new errors/* InputError */.dz("method", `'${(0,column_name/* shownName */.HD)(unknownMethod)}' is not a checked column`, `Checked columns: ${(0,column_name/* shownNames */.kA)(names)}`);
    }
    return { names, thresholds: parseThreshold(request.threshold, names) };
}
/**
 * Warns of data read as one column, as a CSV file of another delimiter is: `path` the data read
 * here (CSV only: other formats have no delimiter), or none for a profile made elsewhere.
 */
function warnOneColumn(source, path, columns, request) {
    if (path !== undefined && (0,data_format/* formatOf */.b)(path) !== "csv")
        return;
    const warning = oneColumnWarning(source, columns, request.delimiter, path === undefined);
    if (warning)
        (0,define_action/* warnIn */.aP)(request.context, warning);
}
/**
 * The current data's columns, once known, against the reference's: a name ignore-columns gives
 * must be a column of one side or the other (unless late keys are awaited: `checkLateKeys`), and
 * checked columns the current lacks, and columns only the current has (unless ignored), are
 * warned of. Returns the checked columns it lacks.
 */
function checkCurrentColumns(reference, checked, current, request) {
    if (!request.lateKeysAwaited) {
        requireIgnoredColumns(reference, current, request.selection, request.current);
    }
    const absent = namesNotIn(checked, current);
    const warnings = [
        absentColumnsWarning(absent, request.current, request.selection),
        newColumnsWarning(reference, current, request.current, request.selection.ignore),
    ];
    for (const warning of warnings)
        if (warning)
            (0,define_action/* warnIn */.aP)(request.context, warning);
    return absent;
}
/**
 * The checked columns that no line of JSON Lines current data has as a key (`keys`), which its
 * read made columns of missing values: they are as absent as a column a CSV header lacks, and
 * warned of alike.
 */
function checkAbsentKeys(keys, checked, request) {
    const absent = checked.filter((name) => keys.includes(name));
    const warning = absentColumnsWarning(absent, request.current, request.selection);
    if (warning)
        (0,define_action/* warnIn */.aP)(request.context, warning);
    return absent;
}
/**
 * The warning for the keys that lines of JSON Lines data (`source`) have and its columns lack,
 * or null: they first appear after the rows the columns were read from, so they are neither
 * read nor checked. For the current data, `reference` is the reference's columns: a key among
 * them is left out, as a column only the current has is warned of; null otherwise. A key that
 * ignore-columns names (`ignored`) is left out too. `done` is what the run does with columns.
 */
function lateKeysWarning(source, keys, reference, ignored, cwd, done = "checked") {
    const known = new Set([...(reference ?? []), ...ignored]);
    const late = keys.filter((key) => !known.has(key.name));
    if (late.length === 0)
        return null;
    const where = late.map((key) => `'${(0,column_name/* shownName */.HD)(key.name)}' (first at ${(0,display_path/* displayPath */.G)(cwd, key.file)}:${key.line})`);
    const one = late.length === 1;
    const what = reference ? "the reference lacks" : "its columns lack";
    return `${source} has ${one ? "a key" : "keys"} ${what}, not ${done}: ${where.join(", ")}; the columns of JSON Lines data are the keys of its first rows, and ${one ? "this key first appears" : "these keys first appear"} after them`;
}
/**
 * Both sides' late keys, once read whole: a name in ignore-columns that is neither a column nor
 * a late key of either side is refused, where that waited on them; then each side's are warned of.
 */
function checkLateKeys(reference, current, request) {
    if (request.lateKeysAwaited) {
        const late = [...reference.lateKeys, ...current.lateKeys];
        requireIgnoredColumns(reference.order, current.order, request.selection, request.current, late);
    }
    warnLateKeys("the reference", reference.lateKeys, null, request);
    warnLateKeys(request.current, current.lateKeys, reference.order, request);
}
/** Warns of late keys (`lateKeysWarning`) in a comparison's data. */
function warnLateKeys(source, keys, reference, { selection, context }) {
    const warning = lateKeysWarning(source, keys, reference, selection.ignore, context.cwd);
    if (warning)
        (0,define_action/* warnIn */.aP)(context, warning);
}
/** The comparisons of the `absent` columns marked as such, for their verdict and note. */
function markAbsent(comparisons, absent) {
    const gone = new Set(absent);
    return comparisons.map((c) => (gone.has(c.name) ? { ...c, absent: true } : c));
}
/**
 * Refuses a name in ignore-columns that neither side has from the current's first batch, before
 * the rest of either side is read for a typo; waits on nothing when the reference has them all.
 */
async function requireIgnoredEarly(reference, current, request) {
    const { selection } = request;
    if (ignoredNotInReference(reference, selection).length === 0)
        return;
    requireIgnoredColumns(reference, await current.columns(), selection, request.current);
}
/**
 * How check mode reads both sides: no profile says the missing values, the data contract does,
 * else the input.
 */
const dataReading = (request) => ({
    ...STREAMING,
    ...(request.schema
        ? contractReading(request.schema)
        : { missingValues: settleMissingValues(request.missingValues, []) }),
    delimiter: request.delimiter,
});
/**
 * The read schema of the current data in check mode: each checked column with the reference's
 * type, or the contract's field where it declares one, so that both sides are read alike. A
 * column the current lacks is not the read's to refuse: it is compared as missing in every row.
 */
function asReference(names, typeOf, schema) {
    const declared = new Map(schema?.fields.map((field) => [field.name, field]));
    return {
        fields: names.map((name) => (0,reference_fields/* referenceField */.O)(name, typeOf(name), declared.get(name))),
        fieldsMayBeAbsent: true,
    };
}
/**
 * The reference data's batches in check mode, shown as they are read, its columns left out of
 * the selection never typed, its withheld cells unquoted (`WithheldRead`).
 */
function readReference(source, reading, request) {
    const withheld = new WithheldRead(request.withholding);
    const batches = (0,read_batches/* readBatches */.Pu)(source, {
        ...FIX_VALUE,
        ...reading,
        usedColumns: usedColumns(request.selection),
    });
    return tracked("reading reference", withheld.read(batches), { ...request, withheld });
}
/**
 * The current data's read in check mode, as the reference data was read: `read` starts it, its
 * withheld cells unquoted wherever its refusal is met first (`EarlyRead.columns` too), and
 * `tracked` shows its batches as they are taken.
 */
function currentReader(current, reading, request) {
    const withheld = new WithheldRead(request.withholding);
    return {
        read: (names, typeOf) => withheld.read((0,read_batches/* readBatches */.Pu)(current, {
            ...FIX_CURRENT_VALUE,
            ...reading,
            schema: asReference(names, typeOf, request.schema),
            usedColumns: { only: names },
            readInWorker: "large",
        })),
        tracked: (batches) => tracked("reading current", batches, { ...request, withheld }),
    };
}
/**
 * Check mode on data: both sides read whole, only the checked columns sampled. The current
 * data is read on a thread of its own, started as soon as the reference's first batch has
 * settled the columns and their types: it reads ahead while the reference is read, and then
 * while this thread keeps the current's values and, a column at a time between its batches,
 * packs the reference's. The current's values are sorted only as they are compared.
 */
async function compareData(paths, request) {
    const { context } = request;
    const current = (0,external_node_path_.resolve)(context.cwd, request.current);
    const reading = dataReading(request);
    // Each side withholds by its own columns, known at its first batch.
    const currentRead = currentReader(current, reading, request);
    let early;
    let ref;
    try {
        ref = await collectSamples(readReference(paths, reading, request), async (available, types) => {
            warnOneColumn("the reference", paths[0], available, request);
            const { names } = settleColumns(available, request);
            early = new EarlyRead(currentRead.read(names, (name) => types.get(name)));
            if (!request.lateKeysAwaited)
                await requireIgnoredEarly(available, early, request);
            return names;
        });
    }
    catch (error) {
        await early?.stop();
        throw error;
    }
    const { names, thresholds } = settleColumns(ref.order, request);
    const packing = new AbortController();
    let absent = [];
    const [cur] = await Promise.all([
        collectSamples(currentRead.tracked(early ?? currentRead.read(names, (name) => ref.columns.get(name).type)), (available) => {
            absent = checkCurrentColumns(ref.order, names, available, request);
            return namesNotIn(names, absent);
        }).catch((error) => {
            packing.abort();
            throw error;
        }),
        packInTurns([...ref.columns.values()], packing.signal),
    ]);
    // A column the current lacks is as many missing values as it has rows, of the reference's type.
    for (const name of absent) {
        cur.columns.set(name, absentSample(ref.columns.get(name).type, cur.rows));
    }
    // A key no line has was read as such a column already.
    absent.push(...checkAbsentKeys(cur.absentKeys, names, request));
    checkLateKeys(ref, cur, request);
    const settings = { methods: request.methods, referenceRows: ref.rows };
    const comparisons = notedAsText(await compareColumns(names, ref.columns, cur.columns, settings), (name) => {
        const sample = ref.columns.get(name);
        return sample && !sample.numeric ? { values: sample.counts.keys(), all: true } : undefined;
    }, request);
    return {
        names,
        thresholds,
        comparisons: markAbsent(comparisons, absent),
        referenceRows: ref.rows,
        currentRows: cur.rows,
        exact: true,
        missingValues: reading.missingValues,
        columnMissingValues: ownOfChecked(names, reading.columnMissingValues),
    };
}
/**
 * The current side as a profile: the merged profiles of compare mode, else the data profiled
 * here. Its columns are checked as soon as they are known, before the data is read further.
 */
async function currentProfile(request, merged, reading, check, files) {
    if (merged) {
        check.columns(merged.profile.columns.map((c) => c.name));
        return merged;
    }
    const { context } = request;
    const current = (0,external_node_path_.resolve)(context.cwd, request.current);
    return {
        profile: await profileData("profiling current", current, reading, context, check),
        files,
    };
}
/** A reference profile as a line names it: its registry version, else its file. */
const shownAs = (reference, cwd) => reference.from ?? (0,load_reference/* shownPaths */.U)(reference.paths, cwd);
/**
 * How data compared with profiles is read: with the missing values the profiles were made with,
 * which must agree with each other and with the input or the data contract, and with the
 * contract's fields where one is given (check mode with a reference profile).
 */
function profiledReading(request, profiles) {
    const [first] = profiles;
    const { schema, delimiter, withholding } = request;
    if (schema) {
        if (first) {
            (0,missing_values/* requireContractMissingValues */.mg)(first.profile, first.shown, schema);
            requireContractTypes(first.profile, first.shown, schema);
        }
        return { ...contractReading(schema), delimiter, withholding };
    }
    return {
        withholding,
        missingValues: settleMissingValues(request.missingValues, profiles),
        // A column the profile counted with missing values of its own (a contract field's) is read
        // with them; the profiles agree on them, or were refused above.
        columnMissingValues: first ? (0,missing_values/* ownColumnMissingValues */.VG)(first.profile) : new Map(),
        delimiter,
        // Data compared with a profile is read as the profile was made: a value is made missing by
        // making the profile again, not by the input alone.
        ...(first && FIX_PROFILED_VALUE),
    };
}
/**
 * The current profile with a column for each of `absent` that it lacks (a key no line of JSON
 * Lines data has is one already): the profile of as many missing values as it has rows, of the
 * reference's type.
 */
function withAbsentColumns(current, reference, absent) {
    if (absent.length === 0)
        return current;
    const gone = new Set(absent);
    for (const column of current.columns)
        gone.delete(column.name);
    const added = reference.columns
        .filter((column) => gone.has(column.name))
        .map((column) => {
        const profiler = new column_profiler/* ColumnProfiler */.k(column.name, column.type, current.settings);
        profiler.missing = current.rowCount;
        return profiler.toJSON();
    });
    return { ...current, columns: [...current.columns, ...added] };
}
/**
 * How current data compared with a reference profile is read: its checked columns with the
 * profile's types, as check mode reads them with the reference data's, so that a junk cell in a
 * column of numbers stops the read at its line rather than making the column text, which a
 * profile of numbers could not be compared with.
 */
const referenceTyped = (reading, reference, names, schema) => {
    const types = new Map(reference.columns.map((column) => [column.name, column.type]));
    const typed = asReference(names, (name) => types.get(name), schema);
    return { ...reading, schema: typed, usedColumns: { only: names } };
};
/**
 * The checks of the current's columns against a reference profile's (`reference`), as they are
 * known: `absent` gets the checked columns it lacks.
 */
function profiledColumnsCheck(reference, checked, request, absent) {
    let columns = [];
    return {
        columns: (names) => {
            columns = names;
            absent.push(...checkCurrentColumns(reference, checked, names, request));
        },
        absentKeys: (keys) => absent.push(...checkAbsentKeys(keys, checked, request)),
        // A profile records no late keys: the current data's alone are known.
        lateKeys: (keys) => checkLateKeys({ order: reference, lateKeys: [] }, { order: columns, lateKeys: keys }, request),
    };
}
/** The comparisons, each column of numbers that words made text noted and warned of. */
function notedAsText(comparisons, keptOf, request) {
    const warn = (message) => (0,define_action/* warnIn */.aP)(request.context, message);
    return comparisons.map((comparison) => withNumbersAsTextNote(comparison, keptOf(comparison.name), request.schema, warn));
}
/** A profile's column's values as text, those its frequent values keep (`withNumbersAsTextNote`). */
function keptText(profile, name) {
    const frequent = profile.columns.find((column) => column.name === name)?.frequent;
    if (!frequent)
        return undefined;
    return { values: frequent.items.map((item) => String(item.value)), all: frequent.exact };
}
/** Compare mode, or a profile as the reference: both sides compared as profiles. */
async function compareAsProfiles(request, currentFiles) {
    const { reference, context } = request;
    // Profiles are read first, being small beside data: the values they were made with as missing
    // are those any data is read with here.
    const merged = request.mode === "compare" ? await mergedProfiles(currentFiles, context.cwd) : null;
    // The current profiles' marks withhold those columns in the reference's data too.
    if (merged)
        request.withholding.mark((0,withheld_values/* markedColumns */.E$)(merged.profile));
    const profiles = [
        ...(reference.kind === "data"
            ? []
            : [{ profile: reference.profile, shown: shownAs(reference, context.cwd) }]),
        ...(merged ? [{ profile: merged.profile, shown: request.current }] : []),
    ];
    const reading = profiledReading(request, profiles);
    const refProfile = reference.kind === "data"
        ? await profileData("profiling reference", reference.paths, { ...reading, usedColumns: usedColumns(request.selection) }, context)
        : reference.profile;
    const referenceColumns = refProfile.columns.map((c) => c.name);
    warnOneColumn(reference.kind === "data" ? "the reference" : shownAs(reference, context.cwd), reference.kind === "data" ? reference.paths[0] : undefined, referenceColumns, request);
    const { names, thresholds } = settleColumns(referenceColumns, request);
    const absent = [];
    const current = await currentProfile(request, merged, referenceTyped(reading, refProfile, names, request.schema), profiledColumnsCheck(referenceColumns, names, request, absent), currentFiles);
    const pick = picker(request.methods, refProfile.rowCount);
    const profile = withAbsentColumns(current.profile, refProfile, absent);
    return {
        names,
        thresholds,
        comparisons: markAbsent(notedAsText(compareProfileColumns(refProfile, profile, names, pick), (name) => keptText(refProfile, name), request), absent),
        referenceRows: refProfile.rowCount,
        currentRows: current.profile.rowCount,
        currentFiles: current.files,
        exact: false,
        missingValues: reading.missingValues,
        columnMissingValues: ownOfChecked(names, reading.columnMissingValues),
    };
}
/**
 * Reads both sides and compares every checked column: exactly on data, else as profiles. A
 * column whose p-value is 0 for a category new in current says so, whichever way it was compared.
 * The columns withheld (`Withholding`: the contract's sensitive fields, those a profile marks,
 * contract or not, as the mark travels with the profile, and where a side lacks a sensitive
 * field's name, the columns the contract does not declare) are compared with none of their values
 * shown, nor a cell of theirs that a read refuses (`WithheldRead`, which every read goes through).
 */
async function compareSources(request) {
    const { reference, context } = request;
    const withholding = Withholding.of(request.sensitive, request.schema);
    if (reference.kind !== "data") {
        withholding.mark((0,withheld_values/* markedColumns */.E$)(reference.profile));
        withholding.see(reference.profile.columns.map((column) => column.name));
    }
    // Both sides' files are listed before either is read: a path that names none is refused at
    // once, naming its input, rather than after the other side is read. The current's list is
    // the one its read, merge and report use.
    const referenceFiles = reference.kind === "data"
        ? await (0,input_files/* listInputFiles */.Q)("reference", reference.paths, context.cwd)
        : [];
    const currentFiles = await (0,input_files/* listInputFiles */.Q)("current", (0,external_node_path_.resolve)(context.cwd, request.current), context.cwd);
    // Reference data is read for late keys in check mode only; compare mode's current files are
    // profiles, which record none.
    const read = {
        ...request,
        withholding,
        lateKeysAwaited: awaitsLateKeys([
            ...(request.mode === "check" ? referenceFiles : []),
            ...currentFiles,
        ]),
    };
    const compared = request.mode === "check" && reference.kind === "data"
        ? { ...(await compareData(reference.paths, read)), currentFiles }
        : await compareAsProfiles(read, currentFiles);
    // Read whole, both sides' columns are known: a column either withholds has its values withheld.
    const withheld = (c) => (withholding.has(c.name) ? withheldComparison(c) : c);
    return {
        ...compared,
        comparisons: compared.comparisons.map(withheld).map(withNewCategoriesNote),
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var contracts_validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-report.schema.json
const drift_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.drift-report/v1","title":"mlops.drift-report/v1","description":"A drift check\'s result: the dataset verdict and a row per column with its method, statistic, p-value, threshold and every test run. Numbers are finite or null.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","mode","exact","reference","current","settings","dataset","columns"],"definitions":{"count":{"type":"integer","minimum":0},"number":{"type":"number"},"probability":{"type":"number","minimum":0,"maximum":1},"nullableNumber":{"type":["number","null"]},"shownValue":{"description":"A value from the data as the report shows it: line breaks and tabs written as \\\\n and \\\\t, and cut to 200 characters.","type":"string"},"summaryRange":{"description":"[low, high], from frequent-value summaries past their exact counts: the least and the most distance the data\'s own may take, whatever values the summaries dropped, clamped to the distance\'s possible values. The test\'s distance (a Hellinger test\'s statistic) is the middle of this range and its error_bound the half-width; the middle is no estimate of the data\'s distance, which often lies near one end, a summary\'s counts being least counts (data that shifted tends to score near the low end).","type":"array","items":{"type":"number","minimum":0},"minItems":2},"shares":{"type":"array","items":{"type":"number","minimum":0}},"tests":{"type":"object","additionalProperties":false,"properties":{"ks":{"type":"object","additionalProperties":false,"required":["statistic","p_value","method"],"properties":{"statistic":{"$ref":"#/definitions/probability"},"p_value":{"$ref":"#/definitions/probability"},"method":{"enum":["exact","asymp"]},"error_bound":{"$ref":"#/definitions/number"}}},"wasserstein":{"type":"object","additionalProperties":false,"required":["distance","normed"],"properties":{"distance":{"$ref":"#/definitions/number"},"normed":{"$ref":"#/definitions/number"},"error_bound":{"$ref":"#/definitions/number"},"normed_error_bound":{"$ref":"#/definitions/number"}}},"chi2":{"description":"Pearson\'s chi-square of the current counts against the reference\'s scaled to the current total. new_category_count counts the categories in the current data that the reference never had: with any, p_value is 0 where scipy\'s statistic is infinite, and statistic sums the other categories. new_categories lists at most 20 of them, the most frequent in the current data first, each on one line and cut to 200 characters (ending in an ellipsis where it was longer), so that a column of free text writes no whole text into the report. A report without new_category_count (written before it was added) lists them all, uncut.","type":"object","additionalProperties":false,"required":["statistic","p_value","dof","new_categories"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"},"dof":{"$ref":"#/definitions/count"},"new_categories":{"type":"array","items":{"$ref":"#/definitions/shownValue"}},"new_category_count":{"$ref":"#/definitions/count"}}},"jensen_shannon":{"type":"object","additionalProperties":false,"required":["distance","base"],"properties":{"distance":{"$ref":"#/definitions/number"},"base":{"enum":["e",2]},"error_bound":{"$ref":"#/definitions/number"},"range":{"$ref":"#/definitions/summaryRange"}}},"psi":{"type":"object","additionalProperties":false,"required":["value","bins","binning"],"properties":{"value":{"$ref":"#/definitions/number"},"bins":{"$ref":"#/definitions/count"},"binning":{"type":"string"},"error_bound":{"$ref":"#/definitions/number"}}},"hellinger":{"type":"object","additionalProperties":false,"required":["statistic","binning"],"properties":{"statistic":{"$ref":"#/definitions/number"},"binning":{"type":"string"},"error_bound":{"$ref":"#/definitions/number"},"range":{"$ref":"#/definitions/summaryRange"}}},"kl_div":{"type":"object","additionalProperties":false,"required":["statistic","binning"],"properties":{"statistic":{"$ref":"#/definitions/number"},"binning":{"type":"string"}}},"energy":{"type":"object","additionalProperties":false,"required":["statistic"],"properties":{"statistic":{"$ref":"#/definitions/number"}}},"mannw":{"type":"object","additionalProperties":false,"required":["statistic","p_value"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"}}},"g_test":{"description":"The G-test (log-likelihood ratio) of the same counts as chi2. With a category of chi2\'s new_categories, p_value is 0 where scipy\'s G is infinite, and statistic sums the other categories (it may then be below 0).","type":"object","additionalProperties":false,"required":["statistic","p_value"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"}}},"z":{"type":"object","additionalProperties":false,"required":["statistic","p_value"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"}}},"fisher_exact":{"type":"object","additionalProperties":false,"required":["odds_ratio","p_value"],"properties":{"odds_ratio":{"type":["number","null"],"minimum":0},"p_value":{"$ref":"#/definitions/probability"}}},"anderson":{"type":"object","additionalProperties":false,"required":["statistic","p_value"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"}}},"cramer_von_mises":{"type":"object","additionalProperties":false,"required":["statistic","p_value","method"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"},"method":{"enum":["exact","asymp"]}}},"tvd":{"type":"object","additionalProperties":false,"required":["statistic","p_value","permutations"],"properties":{"statistic":{"$ref":"#/definitions/number"},"p_value":{"$ref":"#/definitions/probability"},"permutations":{"type":"integer","minimum":1}}}}},"distribution":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["kind","edges","reference","current"],"properties":{"kind":{"const":"histogram"},"edges":{"type":"array","items":{"type":"number"}},"reference":{"$ref":"#/definitions/shares"},"current":{"$ref":"#/definitions/shares"}}},{"type":"object","additionalProperties":false,"required":["kind","labels","reference","current"],"properties":{"kind":{"const":"categories"},"labels":{"description":"The categories drawn one by one, at most 20, then \\"(other)\\" for the rest; each on one line and cut to 200 characters, as new_categories.","type":"array","items":{"$ref":"#/definitions/shownValue"}},"reference":{"$ref":"#/definitions/shares"},"current":{"$ref":"#/definitions/shares"}}}]},"column":{"type":"object","additionalProperties":false,"required":["name","role","type","kind","method","statistic","p_value","adjusted_p_value","score","threshold","drift_when","drifted","n_reference","n_current","missing_reference","missing_current","distinct_reference","tests","distribution","note"],"properties":{"name":{"type":"string"},"role":{"enum":["feature","prediction","target"],"description":"feature, or the column that prediction-column (the model\'s outputs) or target-column (the true labels) names: each of those two is judged apart from the features, out of the share and of the correction\'s family."},"type":{"enum":["numeric","integer","boolean","categorical","datetime","text"]},"kind":{"enum":["numeric","categorical"]},"method":{"enum":["ks","wasserstein","psi","chi2","jensen_shannon","hellinger","kl_div","energy","mannw","g_test","z","fisher_exact","anderson","cramer_von_mises","tvd"]},"statistic":{"$ref":"#/definitions/nullableNumber"},"p_value":{"type":["number","null"],"minimum":0,"maximum":1},"adjusted_p_value":{"type":["number","null"],"minimum":0,"maximum":1},"score":{"$ref":"#/definitions/nullableNumber"},"threshold":{"type":"number","minimum":0},"drift_when":{"type":"string"},"drifted":{"type":"boolean"},"n_reference":{"$ref":"#/definitions/count"},"n_current":{"$ref":"#/definitions/count"},"missing_reference":{"$ref":"#/definitions/count"},"missing_current":{"$ref":"#/definitions/count"},"distinct_reference":{"$ref":"#/definitions/count"},"tests":{"$ref":"#/definitions/tests"},"distribution":{"$ref":"#/definitions/distribution"},"note":{"type":["string","null"]}}}},"properties":{"schema":{"const":"mlops.drift-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string"},"mode":{"enum":["check","compare"]},"exact":{"type":"boolean"},"reference":{"type":"object","additionalProperties":false,"required":["source","kind","rows","from"],"properties":{"source":{"type":"string"},"kind":{"enum":["data","profile","registry"]},"rows":{"$ref":"#/definitions/count"},"from":{"type":["string","null"]}}},"current":{"type":"object","additionalProperties":false,"required":["source","kind","rows","files"],"properties":{"source":{"type":"string"},"kind":{"enum":["data","profiles"]},"rows":{"$ref":"#/definitions/count"},"files":{"type":"array","items":{"type":"string"}}}},"settings":{"type":"object","additionalProperties":false,"required":["method","correction","drift_share","jensen_shannon_base","wasserstein_std_floor","psi_binning","histogram_bins"],"properties":{"method":{"type":"string"},"correction":{"enum":["none","holm","bh","bonferroni"]},"drift_share":{"$ref":"#/definitions/probability"},"missing_values":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing in both datasets, in every column but those of column_missing_values: the data contract\'s missingValues (the empty cell alone where it has none), else the missing-values input (the empty cell first), else those the profiles compared were made with (a profile that does not record them, the empty cell alone). Reports written before 0.2 have none: only the empty cell was."},"column_missing_values":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["column","values"],"properties":{"column":{"type":"string"},"values":{"type":"array","items":{"type":"string"}}}},"description":"The checked columns read with missing values of their own in place of missing_values: the data contract\'s fields with missingValues of their own, or as the profile compared counted them (a data contract field\'s missingValues, which validate-data\'s profiles record). Absent where no column was."},"data_contract":{"type":"string","description":"The data contract (the schema input) that both sides\' data was read with, its declared fields with the contract\'s types, spellings and missing values, as the workspace shows its path. Absent where none was given, as in reports written before 0.2."},"jensen_shannon_base":{"const":"e"},"wasserstein_std_floor":{"type":"number"},"psi_binning":{"type":"string"},"histogram_bins":{"$ref":"#/definitions/count"}}},"dataset":{"type":"object","additionalProperties":false,"required":["drifted","inconclusive","share","feature_drift","prediction_drift","tested_columns","drifted_columns"],"properties":{"drifted":{"type":"boolean"},"inconclusive":{"type":"boolean","description":"No feature column could be tested (no rows, or only missing values): the check says nothing about drift."},"share":{"$ref":"#/definitions/probability"},"feature_drift":{"type":"boolean"},"prediction_drift":{"type":["boolean","null"]},"target_drift":{"type":["boolean","null"],"description":"Whether the target column (the true labels) drifted, which alone makes the dataset drifted, as prediction_drift; null without a target column. Absent from reports written before target-column was added."},"tested_columns":{"$ref":"#/definitions/count"},"drifted_columns":{"type":"array","items":{"type":"string"}},"notes":{"type":"array","items":{"type":"string"},"description":"What to know about the verdicts as a whole, such as how many columns\' scores from sketches lie within their error bound of the threshold, which check mode on the data settles. Absent from reports written before it."}}},"columns":{"type":"array","items":{"$ref":"#/definitions/column"}}}}');
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-report-contract.js


/** `mlops.drift-report/v1`: a drift check's result (see drift-report.schema.json). */
const driftReportContract = (0,contracts_validate/* writtenContract */._l)("mlops.drift-report/v1", drift_report_schema_namespaceObject, "A drift report is the JSON drift-check writes at its report-path (mlops-out/drift-report.json by default)");

// EXTERNAL MODULE: ./shared/dist/platform/artifacts/artifact-name.js
var artifact_name = __webpack_require__(7898);
// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/report-headline.js
var report_headline = __webpack_require__(2153);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-strength.js

/** Strengths are shown up to this many times the threshold. */
const STRENGTH_CAP = 10;
/**
 * A column's score on one scale, whatever its method: 1 at the threshold, above 1 drifted. A
 * distance over its threshold; for a p-value, the threshold over the p-value (a small p is strong
 * drift). Uncapped (Infinity at a p-value of 0), for ordering columns; 0 for an untested column,
 * Infinity for one drifted without a score (every current value missing).
 */
function driftRatio(column) {
    if (column.score === null)
        return column.drifted ? Infinity : 0;
    return P_VALUE_METHODS.includes(column.method)
        ? column.score === 0
            ? Infinity
            : column.threshold / column.score
        : column.threshold === 0
            ? Infinity
            : column.score / column.threshold;
}
/** driftRatio for charts: capped, so one extreme column does not flatten the others. */
const driftStrength = (column) => Math.min(driftRatio(column), STRENGTH_CAP);

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/render-summary.js








/** The chart shows at most this many columns, the strongest drift first. */
const CHART_COLUMNS = 30;
/** Notes named in the inconclusive reason; the report has all of them. */
const REASONS_SHOWN = 3;
/** Why no feature column could be tested, from the row counts or the columns' notes. */
function inconclusiveReason(report) {
    const empty = report.current.rows === 0 ? "current data" : report.reference.rows === 0 ? "reference" : null;
    if (empty)
        return `no column could be tested: the ${empty} has no rows`;
    const untested = report.columns.filter((c) => c.role === "feature" && c.note !== null);
    const reasons = untested
        .slice(0, REASONS_SHOWN)
        .map((c) => `${(0,column_name/* shownName */.HD)(c.name)}: ${c.note}`)
        .join("; ");
    const more = untested.length > REASONS_SHOWN ? `; and ${untested.length - REASONS_SHOWN} more` : "";
    return `no column could be tested (${reasons}${more})`;
}
/** What the headline says of the prediction or target column: nothing where there is none. */
function roleVerdict(what, drifted) {
    if (drifted === null)
        return "";
    return drifted ? `; the ${what} drifted` : `; the ${what} is stable`;
}
function headline(report) {
    const { dataset, settings } = report;
    // A target column judged on no label is one whose labels have not come in.
    const unlabelled = dataset.target_drift === null && report.columns.some((c) => c.role === "target");
    const roles = roleVerdict("prediction", dataset.prediction_drift) +
        (unlabelled ? "; the target has no labels yet" : roleVerdict("target", dataset.target_drift));
    if (dataset.inconclusive) {
        return (0,report_headline/* reportHeadline */.J)("drift-check", "inconclusive", `${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(inconclusiveReason(report))}${roles}`);
    }
    const features = report.columns.filter((c) => c.role === "feature");
    const driftedFeatures = features.filter((c) => c.drifted).length;
    const counted = `${driftedFeatures} of ${dataset.tested_columns} columns drifted, ${(0,format_number/* formatShare */.T1)(dataset.share)}; the dataset drifts at ${(0,format_number/* formatShare */.T1)(settings.drift_share)}`;
    return (0,report_headline/* reportHeadline */.J)("drift-check", dataset.drifted ? "drift" : "pass", counted + roles);
}
/** Drifted or not; an untested column's reason, or a tested one's note, in parentheses. */
function verdictCell(column) {
    const note = column.note ? ` (${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(column.note)})` : "";
    if (column.score === null && !column.drifted)
        return `—${note}`;
    return `${column.drifted ? "⚠️ yes" : "no"}${note}`;
}
/** How many new categories a row names: a cell, not a list; the report keeps the 20 most frequent. */
const NEW_NAMED = 3;
/**
 * A column's categories that the reference never had, as a row shows them: how many, the most
 * frequent few in quotes, and how many more (`60: 'crypto', 'bnpl', 'wallet' and 57 more`); null
 * where there are none. Each is cut as the report keeps it (one line, 200 characters); the
 * caller escapes the text for markdown or HTML.
 */
function newCategories(column) {
    const found = column.tests.chi2;
    if (!found?.new_category_count)
        return null;
    const named = found.new_categories.slice(0, NEW_NAMED);
    // A sensitive column's are counted, not named (`withheldComparison`).
    if (named.length === 0)
        return `${(0,group_digits/* groupDigits */.K)(found.new_category_count)}, names ${WITHHELD}`;
    return `${(0,group_digits/* groupDigits */.K)(found.new_category_count)}: ${(0,column_name/* shownNames */.kA)(named, "'", found.new_category_count)}`;
}
/** Whether a table of these columns needs the column of new categories. */
const anyNewCategories = (columns) => columns.some((column) => newCategories(column) !== null);
function row(column) {
    const p = column.adjusted_p_value ?? column.p_value;
    return [
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)((0,column_name/* shownName */.HD)(column.name)),
        column.type,
        column.method,
        (0,format_number/* formatNumber */.ZV)(column.statistic),
        (0,format_number/* formatNumber */.ZV)(p),
        `${column.drift_when.replace("threshold", (0,format_number/* formatNumber */.ZV)(column.threshold))}`,
        verdictCell(column),
        String(column.n_reference),
        String(column.n_current),
    ];
}
const HEADERS = [
    "Column",
    "Type",
    "Method",
    "Statistic",
    "P-Value",
    "Drift When",
    "Drifted",
    "N Ref",
    "N Cur",
];
const ALIGN = ["left", "left", "left", "right", "right", "left", "left", "right", "right"];
/**
 * The table of some columns. Where any column of the report has values the reference never had,
 * the table ends with a column of them: a method that scores them as any other category says
 * nothing of them otherwise.
 */
function columnsTable(columns, withNew) {
    if (!withNew)
        return (0,markdown_table/* markdownTable */.Q)(HEADERS, columns.map(row), ALIGN);
    const cells = (column) => [
        ...row(column),
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(newCategories(column) ?? "—"),
    ];
    return (0,markdown_table/* markdownTable */.Q)([...HEADERS, "New in current"], columns.map(cells), [...ALIGN, "left"]);
}
/**
 * A Mermaid bar chart of each column's drift strength (score relative to its threshold, see
 * `driftStrength`) with the threshold as a line at 1. Column names are untrusted: each label is
 * written through `sanitizeMermaidLabel`, so it cannot close the label, the chart or the fence.
 */
function driftChart(columns) {
    const scored = columns.filter((c) => c.score !== null);
    const shown = scored.sort((a, b) => driftStrength(b) - driftStrength(a)).slice(0, CHART_COLUMNS);
    if (shown.length === 0)
        return "";
    // A chart of some columns says so: a column missing from it would read as not compared.
    const which = shown.length < scored.length ? `, the ${shown.length} strongest of ${scored.length}` : "";
    const labels = shown.map((c) => `"${(0,sanitize_markdown/* sanitizeMermaidLabel */.T$)(c.name, 40)}"`).join(", ");
    const values = shown.map((c) => Number(driftStrength(c).toFixed(4))).join(", ");
    const top = Math.max(2, Math.ceil(Math.max(...shown.map(driftStrength))));
    return [
        "```mermaid",
        "xychart-beta",
        `  title "Drift score relative to its threshold (1 = threshold, above drifts)${which}"`,
        `  x-axis [${labels}]`,
        `  y-axis "score / threshold" 0 --> ${Math.min(top, STRENGTH_CAP)}`,
        `  bar [${values}]`,
        `  line [${shown.map(() => 1).join(", ")}]`,
        "```",
    ].join("\n");
}
/**
 * Drifted columns first, the others after, each group in the report's order: where a long
 * summary is cut, the drifted columns are what it keeps.
 */
const driftedFirst = (columns) => [
    ...columns.filter((c) => c.drifted),
    ...columns.filter((c) => !c.drifted),
];
/** The job summary (and the CLI's report): verdict, sources, a table per column, the chart. */
function renderSummary(report, links = []) {
    const features = driftedFirst(report.columns.filter((c) => c.role === "feature"));
    const prediction = report.columns.filter((c) => c.role === "prediction");
    const target = report.columns.filter((c) => c.role === "target");
    const withNew = anyNewCategories(report.columns);
    const parts = [
        headline(report),
        "",
        `Reference ${(0,sanitize_markdown/* codeSpan */.SS)(report.reference.source)}${report.reference.from ? ` (${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(report.reference.from)})` : ""}, ${report.reference.rows} rows; current ${(0,sanitize_markdown/* codeSpan */.SS)(report.current.source)}, ${report.current.rows} rows. Method ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)((0,column_name/* shownName */.HD)(report.settings.method))}, correction ${report.settings.correction}${report.settings.data_contract === undefined ? "" : `; data read with the contract ${(0,sanitize_markdown/* codeSpan */.SS)(report.settings.data_contract)}`}${report.exact ? "" : "; from profiles, approximate (error bounds in the report)"}.`,
        ...report.dataset.notes.map((note) => `\n> ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(note)}`),
        "",
        columnsTable(features, withNew),
    ];
    if (prediction.length > 0) {
        parts.push("", "**Prediction drift**", "", columnsTable(prediction, withNew));
    }
    if (target.length > 0) {
        parts.push("", "**Target drift**", "", columnsTable(target, withNew));
    }
    const chart = driftChart(report.columns);
    if (chart)
        parts.push("", chart);
    if (links.length > 0)
        parts.push("", ...links);
    return `${parts.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-result.js





/**
 * The verdict in the words of the summary's headline: inconclusive when no feature column could
 * be tested (the prediction column may still have drifted), else drift or pass.
 */
const verdictOf = (dataset) => dataset.inconclusive ? "inconclusive" : dataset.drifted ? "drift" : "pass";
/** The verdict in one line, for the failure it makes or the warning it is: null on a pass. */
function verdictLine(report) {
    const { dataset } = report;
    switch (verdictOf(dataset)) {
        case "inconclusive":
            return `inconclusive: ${inconclusiveReason(report)}`;
        case "drift":
            return `drift: ${(0,column_name/* shownNames */.kA)(dataset.drifted_columns)} (${(0,format_number/* formatShare */.T1)(dataset.share)} of the features; the dataset drifts at ${(0,format_number/* formatShare */.T1)(report.settings.drift_share)})`;
        case "pass":
            return null;
    }
}
/**
 * Why the step fails, if it does: drift or an inconclusive check with fail-step (a check that
 * tested nothing is no all-clear), and alerts that failed on GitHub.
 */
function failure(report, failStep, alerted) {
    const reasons = [failStep ? verdictLine(report) : null, ...alerted.failures];
    return reasons.filter(Boolean).join("; ") || undefined;
}
/**
 * An inconclusive check that does not fail the step is a warning, so that a run that tested
 * nothing does not read as a quiet pass in the log; drift warns per column below.
 */
function inconclusiveWarnings(report, failStep) {
    if (failStep || !report.dataset.inconclusive)
        return [];
    return [
        {
            level: "warning",
            title: "drift-check: inconclusive",
            message: verdictLine(report),
        },
    ];
}
/** The step's outputs, summary, annotations and artifact, from the written report. */
function driftResult(report, alerted, options) {
    const { dataset } = report;
    const { reportPath, htmlPath } = options;
    const shown = (path) => (0,display_path/* displayPath */.G)(options.cwd, path);
    return {
        outputs: {
            verdict: verdictOf(dataset),
            drifted: String(dataset.drifted),
            share: String(dataset.share),
            "drifted-columns": JSON.stringify(dataset.drifted_columns),
            "report-path": shown(reportPath),
            "html-path": htmlPath ? shown(htmlPath) : "",
        },
        summary: renderSummary(report, [
            ...alerted.links,
            ...alerted.failures.map((line) => `> **Not done on GitHub**: ${line}`),
        ]),
        annotations: [
            ...inconclusiveWarnings(report, options.failStep),
            ...report.columns
                .filter((c) => c.drifted)
                .map((c) => ({
                level: "warning",
                title: `drift-check: ${(0,column_name/* shownName */.HD)(c.name)}`,
                message: c.score === null
                    ? `${(0,column_name/* shownName */.HD)(c.name)} drifted: ${c.note}`
                    : `${(0,column_name/* shownName */.HD)(c.name)} drifted: ${c.method} ${c.p_value === null ? "score" : "p-value"} ${(0,format_number/* formatNumber */.ZV)(c.score)}, ${c.drift_when.replace("threshold", (0,format_number/* formatNumber */.ZV)(c.threshold))}`,
            })),
        ],
        artifacts: [
            {
                name: (0,artifact_name/* artifactName */.C)("drift-report", options.issueKey),
                files: htmlPath ? [htmlPath, reportPath] : [reportPath],
                description: `the drift report, ${htmlPath ? "HTML and JSON" : "JSON"} (mlops.drift-report/v1)`,
            },
        ],
        // Outputs and reports are written before a failure fails the step.
        failure: failure(report, options.failStep, alerted),
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/adjust-p-values.js
var adjust_p_values = __webpack_require__(269);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/judge-drift.js







const ADJUSTMENTS = {
    holm: "holm",
    bh: "benjamini-hochberg",
    bonferroni: "bonferroni",
};
const scoreResult = (test, pValue) => test ? { statistic: test.statistic, pValue } : null;
/**
 * The method's own statistic and p-value, read from the tests that ran, or for a Wasserstein
 * test the report leaves out, from its normed distance (`leftOutNormed`), where that is finite.
 */
function methodResult({ method, tests, leftOutNormed, }) {
    switch (method) {
        case "ks":
            return tests.ks ? { statistic: tests.ks.statistic, pValue: tests.ks.p_value } : null;
        case "chi2":
            return tests.chi2 ? { statistic: tests.chi2.statistic, pValue: tests.chi2.p_value } : null;
        case "wasserstein":
            if (tests.wasserstein)
                return { statistic: tests.wasserstein.normed, pValue: null };
            if (leftOutNormed === undefined)
                return null;
            return { statistic: Number.isFinite(leftOutNormed) ? leftOutNormed : null, pValue: null };
        case "jensen_shannon":
            return tests.jensen_shannon
                ? { statistic: tests.jensen_shannon.distance, pValue: null }
                : null;
        case "psi":
            return tests.psi ? { statistic: tests.psi.value, pValue: null } : null;
        case "hellinger":
        case "kl_div":
        case "energy":
            return scoreResult(tests[method], null);
        case "mannw":
        case "anderson":
        case "cramer_von_mises":
        case "tvd":
        case "g_test":
        case "z":
            return scoreResult(tests[method], tests[method]?.p_value ?? null);
        case "fisher_exact":
            return tests.fisher_exact
                ? { statistic: tests.fisher_exact.odds_ratio, pValue: tests.fisher_exact.p_value }
                : null;
    }
}
/**
 * The corrected p-value of each feature column tested with one, by index: only those columns
 * form the family that is corrected together. Empty without a correction.
 */
function correctedPValues(comparisons, pValues, correction, isFeature) {
    const adjusted = new Map();
    const family = comparisons.flatMap((c, i) => {
        const p = pValues[i];
        return isFeature(c) && typeof p === "number" ? [{ i, p }] : [];
    });
    if (correction === "none" || family.length === 0)
        return adjusted;
    const { adjusted: values } = (0,adjust_p_values/* adjustPValues */.u)(family.map((f) => f.p), { method: ADJUSTMENTS[correction] });
    family.forEach((f, k) => adjusted.set(f.i, values[k]));
    return adjusted;
}
/**
 * Whether every current value of a column the reference fills is missing, the column itself
 * absent or not: the column is gone from the current data, the largest change there is, though
 * no test can measure it (Evidently stops at such a column). It drifts; a current dataset
 * without rows stays inconclusive.
 */
const emptied = (c) => c.nReference > 0 && c.nCurrent === 0 && c.missingCurrent > 0;
/** A column's note: why it drifted untested, why it could not be tested, or what to know. */
function noteOf(c, gone) {
    if (c.absent) {
        return c.nReference > 0
            ? `absent from the current data, where the reference has ${(0,counted/* counted */.h)(c.nReference, "value")}`
            : "absent from the current data, and no values in the reference data";
    }
    return gone
        ? `all ${c.missingCurrent} current values are missing, where the reference has ${c.nReference}`
        : c.note;
}
/** The error bound of a score read from sketches, for the methods whose score has one. */
function scoreErrorBound({ method, tests }) {
    if (method === "wasserstein")
        return tests.wasserstein?.normed_error_bound ?? 0;
    if (method === "psi")
        return tests.psi?.error_bound ?? 0;
    if (method === "jensen_shannon")
        return tests.jensen_shannon?.error_bound ?? 0;
    if (method === "hellinger")
        return tests.hellinger?.error_bound ?? 0;
    return 0;
}
/**
 * Whether a score from sketches is nearer its threshold than its error bound: the data's own
 * score may lie on either side, and the verdict, computed as ever, may flip on the data.
 */
const unsettled = (column) => column.score !== null && scoreErrorBound(column) > Math.abs(column.score - column.threshold);
/** What settles a verdict the sketches cannot: the data, not the profiles. */
const SETTLE = "run check mode on the reference and current data themselves, not profiles";
/**
 * The note of a drifted column whose verdict the sketches cannot settle: a false alarm is what
 * a user acts on. Without parentheses or semicolons, as notes are joined by "; " and shown in
 * parentheses. An unsettled column that does not drift is only counted, in the dataset's note
 * (with default thresholds, most columns of two profiles of the same data are).
 */
function judge_drift_unsettledNote(column) {
    if (!column.drifted || !unsettled(column))
        return null;
    const { score, threshold } = column;
    return (`the sketches cannot settle this verdict: the score ${(0,format_number/* formatNumber */.ZV)(score)} is within ` +
        `${(0,format_number/* formatNumber */.ZV)(scoreErrorBound(column))}, its error bound, of the threshold ` +
        `${(0,format_number/* formatNumber */.ZV)(threshold)}, and the data itself may not drift: ${SETTLE}, for the exact score`);
}
/** Columns named in the dataset's note; the columns' own scores and bounds say the rest. */
const UNSETTLED_NAMED = 3;
/** Why `k` of `all` unsettled columns are so: not tested, their methods needing exact counts. */
function untestedReason(k, all) {
    if (k === 0)
        return null;
    const which = k === all ? (k === 1 ? "it is" : "they are") : `${k} ${k === 1 ? "is" : "are"}`;
    const method = k === 1 ? "its method" : "their methods";
    return `${which} not tested, ${method} needing exact counts that the frequent-value summaries lack`;
}
/** Why `k` of `all` unsettled columns are so: each score within its bound of the threshold. */
function withinReason(k, all) {
    if (k === 0)
        return null;
    const whose = k === all ? (k === 1 ? "its" : "each") : k === 1 ? "the other's" : "each other one's";
    const threshold = k === 1 && k === all ? "the threshold" : "its threshold";
    return `${whose} score is within its error bound of ${threshold}, so the data's own score may lie on either side`;
}
/**
 * The dataset's note on the columns whose verdict the sketches cannot settle, if any: the
 * categorical ones not tested (`untested`, their methods needing exact counts that the
 * frequent-value summaries lack), then those whose score is within its error bound of the
 * threshold.
 */
function unsettledDatasetNote(columns, untested) {
    const within = columns.filter(unsettled).map((c) => c.name);
    const open = [...untested, ...within].map(column_name/* shownName */.HD);
    if (open.length === 0)
        return null;
    const more = open.length > UNSETTLED_NAMED ? ` and ${open.length - UNSETTLED_NAMED} more` : "";
    const named = `${open.slice(0, UNSETTLED_NAMED).join(", ")}${more}`;
    const reasons = [
        untestedReason(untested.length, open.length),
        withinReason(within.length, open.length),
    ];
    return (`the sketches cannot settle the verdict of ${(0,counted/* counted */.h)(open.length, "column")} (${named}): ` +
        `${reasons.filter((r) => r !== null).join(", and ")}; ` +
        `${SETTLE}, for the exact ${open.length === 1 ? "score" : "scores"}`);
}
/** The methods of numbers that measure how far values moved in the data's own units. */
const DISTANCE_METHODS = ["wasserstein", "energy"];
/** Past this KS statistic, a tenth of the values moved past some value: a change worth a look. */
const CODES_KS = 0.1;
/**
 * How many times the normed Wasserstein distance a KS statistic must be to read as codes. A
 * shift of a measured quantity moves KS by about its normed Wasserstein distance or less (0.4
 * times it for a normal, 1.4 times for a lognormal as skewed as prices), where ids whose use
 * moved to nearby ids (an item catalogue's popularity) give a KS 23 times the distance.
 */
const CODES_RATIO = 10;
/**
 * What to know of an integer column tested by a distance whose KS statistic (less its error
 * bound, from sketches) is large beside the normed Wasserstein distance (plus its own bound:
 * from sketches, the least KS beside the most distance): many values moved,
 * each a short way, as when the numbers are codes whose order means nothing, where a move
 * to a nearby code is as large a change as any. A note, not a verdict: the column may be a
 * measured quantity. Null otherwise.
 */
function codesNote({ name, type, method, tests }) {
    const { ks, wasserstein } = tests;
    if (type !== "integer" || !DISTANCE_METHODS.includes(method) || !ks || !wasserstein)
        return null;
    const statistic = ks.statistic - (ks.error_bound ?? 0);
    const bound = wasserstein.normed_error_bound ?? 0;
    if (statistic < CODES_KS || statistic < CODES_RATIO * (wasserstein.normed + bound))
        return null;
    const plus = bound > 0 ? ` plus its error bound ${(0,format_number/* formatNumber */.ZV)(bound)}` : "";
    return (`the KS statistic ${(0,format_number/* formatNumber */.ZV)(ks.statistic)} is over ${CODES_RATIO} times the normed ` +
        `Wasserstein distance ${(0,format_number/* formatNumber */.ZV)(wasserstein.normed)}${plus}: many values moved a short way, as ` +
        `when the numbers are codes such as ids, whose moves ${method} discounts; if they are, ` +
        `declare the column type string in the data contract to compare it as categories, or ` +
        `name its method, as in method {${(0,column_name/* shownName */.HD)(name)}: jensen_shannon}`);
}
/** One column's verdict against its threshold. */
function judgeColumn(c, result, adjustedP, role, thresholds) {
    const threshold = thresholdFor(thresholds, c.name, c.method);
    const score = result ? (adjustedP ?? result.pValue ?? result.statistic) : null;
    // A target without a current value is labels not yet in (they often come days after the
    // predictions), not a target that drifted: it is judged once they are.
    const unlabelled = role === "target" && c.nCurrent === 0;
    const gone = emptied(c) && !unlabelled;
    const column = {
        name: c.name,
        role,
        type: c.type,
        kind: c.kind,
        method: c.method,
        statistic: result?.statistic ?? null,
        p_value: result?.pValue ?? null,
        adjusted_p_value: adjustedP,
        score,
        threshold,
        drift_when: driftRule(c.method),
        drifted: gone ||
            c.leftOutNormed === Infinity ||
            (score !== null && isDrift(c.method, score, threshold)),
        n_reference: c.nReference,
        n_current: c.nCurrent,
        missing_reference: c.missingReference,
        missing_current: c.missingCurrent,
        distinct_reference: c.distinctReference,
        tests: c.tests,
        distribution: c.distribution,
        note: unlabelled
            ? UNLABELLED
            : joinNotes(noteOf(c, gone), codesNote(c), result ? partlyLabelledNote(c, role) : null),
    };
    return { ...column, note: joinNotes(column.note, judge_drift_unsettledNote(column)) };
}
/** The note of a target column whose current data holds no label yet. */
const UNLABELLED = "no current value: the labels have not come in yet, and the target is judged once they have";
/**
 * The note of a tested target whose current data is labelled in part: it is judged on the
 * labelled rows, which are not the rest's sample where labels come late for some rows more than
 * others (a chargeback is known in days, a loan's default in months). A label not given, one of
 * the missing values, or not a finite number is none.
 */
function partlyLabelledNote(c, role) {
    if (role !== "target" || c.nCurrent === 0 || c.missingCurrent === 0)
        return null;
    return (`judged on the ${(0,counted/* counted */.h)(c.nCurrent, "current row")} with a label, ` +
        `${(0,group_digits/* groupDigits */.K)(c.missingCurrent)} more having none yet: labels that come late are seldom a sample of the rest`);
}
/**
 * Whether the column of `role` drifted: null where no column has that role, or where the
 * target has no current value to judge.
 */
function roleDrift(columns, role) {
    const column = columns.find((c) => c.role === role);
    if (column === undefined || (role === "target" && column.n_current === 0))
        return null;
    return column.drifted;
}
/**
 * The dataset's verdict: it drifts when the share of drifted feature columns reaches
 * `driftShare` (with at least one drifted: a drift-share of 0 means "any feature column"), or
 * when the prediction column or the target column drifted, each alone enough.
 */
function judgeDataset(columns, driftShare, untested) {
    const tested = columns.filter((c) => c.role === "feature" && (c.score !== null || c.drifted));
    const drifted = tested.filter((c) => c.drifted);
    const share = tested.length === 0 ? 0 : drifted.length / tested.length;
    const featureDrift = drifted.length > 0 && share >= driftShare;
    const predictionDrift = roleDrift(columns, "prediction");
    const targetDrift = roleDrift(columns, "target");
    return {
        drifted: featureDrift || predictionDrift === true || targetDrift === true,
        inconclusive: tested.length === 0,
        share,
        feature_drift: featureDrift,
        prediction_drift: predictionDrift,
        target_drift: targetDrift,
        tested_columns: tested.length,
        drifted_columns: columns.filter((c) => c.drifted).map((c) => c.name),
        notes: [unsettledDatasetNote(columns, untested)].filter((note) => note !== null),
    };
}
/**
 * Turns comparisons into verdicts: each column against its threshold (p-values of the feature
 * columns corrected together first, when asked), then the dataset. The prediction and target
 * columns (`roles`) are left out of the correction's family as out of the share: each is a
 * verdict of its own, on a question asked once, whose p-value is compared as it is.
 */
function judgeDrift(comparisons, options) {
    const results = comparisons.map(methodResult);
    const { prediction, target } = options.roles;
    const roleOf = ({ name }) => name === prediction ? "prediction" : name === target ? "target" : "feature";
    const isFeature = (c) => roleOf(c) === "feature";
    const pValues = results.map((r) => r?.pValue);
    const adjusted = correctedPValues(comparisons, pValues, options.correction, isFeature);
    const columns = comparisons.map((c, i) => judgeColumn(c, results[i] ?? null, adjusted.get(i) ?? null, roleOf(c), options.thresholds));
    const untested = comparisons.filter((c) => c.unsettled).map((c) => c.name);
    return { columns, dataset: judgeDataset(columns, options.driftShare, untested) };
}

;// CONCATENATED MODULE: ./shared/dist/engine/report/escape-html.js
/** Text (often from the data) as HTML text or an attribute value: it can never become markup. */
const escapeHtml = (text) => text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/render-overview.js






/** How many characters of a column's name its section id keeps, after the index. */
const SLUG_LIMIT = 40;
/**
 * The id of a column's section. Column names are untrusted, so the id is built from the column's
 * index (unique) and a readable slug of only [a-z0-9-]: no name can break the attribute, clash
 * with another id or point outside the page.
 */
function sectionId(name, index) {
    const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, SLUG_LIMIT)
        .replace(/^-+|-+$/g, "");
    return slug ? `column-${index}-${slug}` : `column-${index}`;
}
const verdict = (column) => column.drifted ? "drifted" : column.score === null ? "not tested" : "stable";
/** Descending, with Infinity (a p-value of 0) equal to itself rather than NaN. */
const compareDesc = (a, b) => (a === b ? 0 : b > a ? 1 : -1);
/**
 * The overview's order, which needs no script: drifted first, then the strongest drift (score
 * relative to threshold, uncapped, comparable across p-values and distances), then the report's order.
 */
function overviewOrder(columns) {
    return columns
        .map((_, index) => index)
        .sort((a, b) => Number(columns[b].drifted) - Number(columns[a].drifted) ||
        compareDesc(driftRatio(columns[a]), driftRatio(columns[b])) ||
        a - b);
}
/**
 * Sorts the overview by drift strength, weakest first, and back. The button stays hidden until
 * this runs, so a page without scripts shows no control that does nothing. No inline handlers:
 * the Content-Security-Policy admits this script by its hash alone.
 */
const SORT_SCRIPT = `(() => {
  const table = document.getElementById("overview");
  const button = table.querySelector("button.sort");
  const header = button.closest("th");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const key = (row, name) => Number(row.dataset[name]);
  const order = (a, b) => (a === b ? 0 : a < b ? -1 : 1);
  header.querySelector(".sort-label").hidden = true;
  button.hidden = false;
  button.addEventListener("click", () => {
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    const sorted = ascending
      ? rows.slice().sort((a, b) => order(key(a, "strength"), key(b, "strength")) || order(key(a, "rank"), key(b, "rank")))
      : rows.slice().sort((a, b) => order(key(a, "rank"), key(b, "rank")));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    button.textContent = ascending ? "Score \\u25b4" : "Score \\u25be";
    body.append(...sorted);
  });
})();`;
/** The CSP source that admits SORT_SCRIPT and nothing else. */
const SORT_SCRIPT_HASH = `'sha256-${(0,external_node_crypto_.createHash)("sha256").update(SORT_SCRIPT).digest("base64")}'`;
/**
 * The prediction or target column's role after its name, as its section's heading gives it: it
 * is not one of the features the share counts, and its drift alone drifts the dataset.
 */
const roleMark = ({ role }) => role === "feature" ? "" : ` <small class="role">${role}</small>`;
function overviewRow(column, index, rank, withNew) {
    const state = verdict(column);
    const rule = column.drift_when.replace("threshold", (0,format_number/* formatNumber */.ZV)(column.threshold));
    const name = escapeHtml((0,column_name/* shownName */.HD)(column.name));
    return [
        `<tr class="${state.replace(" ", "-")}" data-rank="${rank}" data-strength="${driftRatio(column)}">`,
        `<td><a href="#${sectionId(column.name, index)}">${name}</a>${roleMark(column)}</td>`,
        `<td>${escapeHtml(column.type)}</td><td>${escapeHtml(column.method)}</td>`,
        `<td class="number">${(0,format_number/* formatNumber */.ZV)(column.score)}</td>`,
        `<td class="number" title="drifts when ${escapeHtml(rule)}">${(0,format_number/* formatNumber */.ZV)(column.threshold)}</td>`,
        `<td>${state}</td>`,
        withNew ? `<td>${escapeHtml(newCategories(column) ?? "—")}</td>` : "",
        "</tr>",
    ].join("");
}
/**
 * Every column in one table, each row linking to the column's section; with the values new in
 * current where any column has some, as the job summary gives them.
 */
function renderOverview(columns) {
    const withNew = anyNewCategories(columns);
    const rows = overviewOrder(columns).map((index, rank) => overviewRow(columns[index], index, rank, withNew));
    const sortHeader = '<th aria-sort="descending" title="drift strength: the score relative to its threshold, so p-values and distances compare">' +
        '<span class="sort-label">Score</span><button type="button" class="sort" hidden>Score \u25be</button></th>';
    return [
        '<table id="overview">',
        `<thead><tr><th>Column</th><th>Type</th><th>Method</th>${sortHeader}<th>Threshold</th><th>Verdict</th>${withNew ? "<th>New in current</th>" : ""}</tr></thead>`,
        `<tbody>\n${rows.join("\n")}\n</tbody>`,
        "</table>",
    ].join("\n");
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/render-html.js







const WIDTH = 560;
const HEIGHT = 180;
const PAD = 28;
const REFERENCE_COLOR = "#4477aa";
const CURRENT_COLOR = "#ee6677";
/** Only the overview's drifted rows have this colour: the screenshot test looks for it. */
const DRIFTED_ROW = "#fbe3e6";
/** Reference and current shares as overlaid, half-transparent bars over the same bins. */
function distributionSvg(distribution, title) {
    const n = distribution.reference.length;
    const top = Math.max(...distribution.reference, ...distribution.current, 1e-12);
    const slot = (WIDTH - 2 * PAD) / n;
    const bars = (shares, color, offset) => shares
        .map((share, i) => {
        const h = (share / top) * (HEIGHT - 2 * PAD);
        const x = PAD + i * slot + offset * slot * 0.15;
        return `<rect x="${x.toFixed(1)}" y="${(HEIGHT - PAD - h).toFixed(1)}" width="${(slot * 0.85).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}" fill-opacity="0.55"><title>${offset === 0 ? "reference" : "current"}: ${(0,format_number/* formatNumber */.ZV)(share)}</title></rect>`;
    })
        .join("");
    const labels = distribution.kind === "categories"
        ? distribution.labels.map((label, i) => {
            const x = PAD + (i + 0.5) * slot;
            const text = escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label);
            return `<text x="${x.toFixed(1)}" y="${HEIGHT - PAD + 12}" font-size="9" text-anchor="end" transform="rotate(-35 ${x.toFixed(1)} ${HEIGHT - PAD + 12})">${text}</text>`;
        })
        : [0, n].map((i) => {
            const x = PAD + i * slot;
            return `<text x="${x.toFixed(1)}" y="${HEIGHT - PAD + 14}" font-size="10" text-anchor="middle">${escapeHtml((0,format_number/* formatNumber */.ZV)(distribution.edges[i]))}</text>`;
        });
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT + 30}" width="${WIDTH}" height="${HEIGHT + 30}" role="img" aria-label="${escapeHtml(title)}">`,
        `<line x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}" stroke="#888"/>`,
        bars(distribution.reference, REFERENCE_COLOR, 0),
        bars(distribution.current, CURRENT_COLOR, 1),
        ...labels,
        "</svg>",
    ].join("");
}
/** The score against its threshold on the common strength scale (1 = threshold). */
function gaugeSvg(column) {
    const width = 300;
    const scale = (v) => (Math.min(v, STRENGTH_CAP) / STRENGTH_CAP) * (width - 20) + 10;
    const strength = driftStrength(column);
    const color = column.drifted ? CURRENT_COLOR : REFERENCE_COLOR;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 34" width="${width}" height="34" role="img" aria-label="score against threshold">`,
        `<rect x="10" y="8" width="${width - 20}" height="12" fill="#eee"/>`,
        `<rect x="10" y="8" width="${(scale(strength) - 10).toFixed(1)}" height="12" fill="${color}"/>`,
        `<line x1="${scale(1).toFixed(1)}" y1="2" x2="${scale(1).toFixed(1)}" y2="26" stroke="#222" stroke-width="2"/>`,
        `<text x="${scale(1).toFixed(1)}" y="33" font-size="9" text-anchor="middle">threshold</text>`,
        "</svg>",
    ].join("");
}
/** An item of a test's list: a number as the table's numbers are shown (a range's ends). */
const arrayItem = (item) => (typeof item === "number" ? (0,format_number/* formatNumber */.ZV)(item) : String(item));
/**
 * A test's list as a cell shows it, `total` items in all where it keeps only the first; an empty
 * list of several is a sensitive column's new categories, counted and not named.
 */
const listText = (items, total) => items.length === 0 && (total ?? 0) > 0
    ? `${total}, names ${WITHHELD}`
    : (0,column_name/* shownNames */.kA)(items.map(arrayItem), "", total);
function testRows(column) {
    // The report keeps the first new categories only: "and N more" counts from all of them.
    const total = (key) => key === "new_categories" ? column.tests.chi2?.new_category_count : undefined;
    return Object.entries(column.tests)
        .map(([name, values]) => {
        const cells = Object.entries(values)
            .map(([key, value]) => {
            const text = typeof value === "number"
                ? (0,format_number/* formatNumber */.ZV)(value)
                : Array.isArray(value)
                    ? listText(value, total(key))
                    : String(value);
            return `${escapeHtml(key)} ${escapeHtml(text)}`;
        })
            .join("; ");
        return `<tr><td>${escapeHtml(name)}</td><td>${cells}</td></tr>`;
    })
        .join("");
}
function columnSection(column, index) {
    const p = column.adjusted_p_value ?? column.p_value;
    const note = column.note ? ` (${escapeHtml(column.note)})` : "";
    return [
        `<section class="column ${column.drifted ? "drifted" : "stable"}" data-column="${escapeHtml((0,column_name/* shownName */.HD)(column.name))}" id="${sectionId(column.name, index)}">`,
        `<h2>${escapeHtml((0,column_name/* shownName */.HD)(column.name))} <small>${escapeHtml(column.type)}, ${column.role}</small> <span class="verdict">${verdict(column)}${note}</span></h2>`,
        `<p>Method <b>${column.method}</b>: statistic ${(0,format_number/* formatNumber */.ZV)(column.statistic)}${p === null ? "" : `, p-value ${(0,format_number/* formatNumber */.ZV)(p)}`}; drifts when ${escapeHtml(column.drift_when.replace("threshold", (0,format_number/* formatNumber */.ZV)(column.threshold)))}. Values: ${column.n_reference} reference, ${column.n_current} current (missing ${column.missing_reference} and ${column.missing_current}).</p>`,
        gaugeSvg(column),
        column.distribution
            ? distributionSvg(column.distribution, `distributions of ${(0,column_name/* shownName */.HD)(column.name)}`)
            : "",
        `<table class="tests"><tr><th>Test</th><th>Values</th></tr>${testRows(column)}</table>`,
        "</section>",
    ].join("\n");
}
/**
 * The drift report as one self-contained HTML page: the overview of every column first, then the
 * dataset's verdict and the settings, then a section per column. Nothing to load (no fonts, links
 * or external scripts; one inline script, admitted by its hash, sorts the overview), charts as
 * inline SVG, and every string that comes from the data HTML-escaped.
 */
function renderHtml(report) {
    // The markdown headline without its emoji: a page must not depend on an emoji font.
    const title = headline(report).replace(/^#+\s*\S+\s*/, "");
    const { drifted, inconclusive } = report.dataset;
    const mark = inconclusive ? "#b58900" : drifted ? CURRENT_COLOR : "#2e7d32";
    const indexes = new Map(report.columns.map((column, index) => [column, index]));
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${SORT_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:">
<title>drift-check report</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
section.column { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
section.drifted { border-color: ${CURRENT_COLOR}; }
h2 small, table#overview small.role { font-weight: normal; color: #666; }
.verdict { font-size: 0.8em; }
table.tests td { padding: 0 0.5rem; font-size: 0.9em; }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em; }
table#overview { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
table#overview th, table#overview td { text-align: left; padding: 0.2rem 0.7rem; border-bottom: 1px solid #ddd; }
table#overview td.number { text-align: right; font-variant-numeric: tabular-nums; }
table#overview tr.drifted td { background: ${DRIFTED_ROW}; }
table#overview tr.not-tested td { color: #666; }
th button.sort { font: inherit; font-weight: bold; border: none; background: none; padding: 0; cursor: pointer; }
p.verdict .mark { display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.4em; } display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.4em; }
</style>
</head>
<body>
<h1>drift-check report</h1>
<h2>Overview</h2>
${renderOverview(report.columns)}
<h2>Dataset</h2>
<p class="verdict"><span class="mark" style="background:${mark}"></span><b>${escapeHtml(title)}</b></p>
<p class="settings">Reference <code>${escapeHtml(report.reference.source)}</code> (${report.reference.rows} rows), current <code>${escapeHtml(report.current.source)}</code> (${report.current.rows} rows); method ${escapeHtml((0,column_name/* shownName */.HD)(report.settings.method))}, correction ${report.settings.correction}, Jensen-Shannon base e, Wasserstein normed by the reference's population standard deviation (floor ${report.settings.wasserstein_std_floor}), PSI binning: ${escapeHtml(report.settings.psi_binning)}.${report.settings.data_contract === undefined ? "" : ` Data read with the contract <code>${escapeHtml(report.settings.data_contract)}</code>.`}${report.exact ? "" : " Statistics from profiles: approximate, with the error bounds below."} Created ${escapeHtml(report.created_at)}.</p>${report.dataset.notes.map((note) => `\n<p class="note">${escapeHtml(note)}</p>`).join("")}
<p class="legend"><span style="background:${REFERENCE_COLOR}"></span>reference <span style="background:${CURRENT_COLOR}"></span>current</p>
${driftedFirst(report.columns)
        .map((column) => columnSection(column, indexes.get(column)))
        .join("\n")}
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check/drift-check.js






























const ON_DRIFT = ["issue", "dispatch", "none"];
const DEFAULT_REPORT = "mlops-out/drift-report.json";
const DEFAULT_PROFILE = "mlops-out/drift-profile.json";
/**
 * The report's path where report-path is not given (it depends on the mode): checked, as a given
 * one is, for a linked folder that leads it out of a runner's workspace.
 */
function defaultReportPath(name, context) {
    const path = (0,external_node_path_.resolve)(context.cwd, name);
    (0,check_output_paths/* refuseLinkedFolder */.Ci)("report-path", path, context);
    // An earlier run's report goes, as a given path's does (clearOutputs).
    (0,external_node_fs_.rmSync)(path, { force: true });
    return path;
}
/** The reactions to drift, refused up front when one cannot be carried out. */
function parseOnDrift(items, dispatchWorkflow) {
    for (const item of items) {
        if (!ON_DRIFT.includes(item)) {
            throw new errors/* InputError */.dz("on-drift", `'${item}' is not one of ${ON_DRIFT.join(", ")}`, item === "fail"
                ? "Failing the step is fail-step's (true by default); on-drift takes issue, dispatch or both"
                : "Combine them as a list: issue, dispatch");
        }
    }
    if (items.includes("dispatch") && !dispatchWorkflow) {
        throw new errors/* InputError */.dz("dispatch-workflow", "is required when on-drift has dispatch", "Name the retraining workflow file, such as retrain.yml");
    }
    return new Set(items);
}
/**
 * The `reference` input as given, its items one a line: a registry reference's source in the
 * report, and what the issue's key is made from.
 */
function requireReference(reference, mode) {
    if (reference.length === 0) {
        throw new errors/* InputError */.dz("reference", `is required in ${mode} mode`, "Give the reference data, profile file, or registry reference such as churn#prod");
    }
    return reference.join("\n");
}
/**
 * The data contract of the `schema` input, refused where it cannot say how data is read: beside
 * missing-values, which would be a second source of the missing values, and in compare mode,
 * which reads profiles only.
 */
async function contractOf(path, inputs, load) {
    if (path === undefined)
        return undefined;
    if (inputs.missingValues.length > 0) {
        throw new errors/* InputError */.dz("missing-values", "cannot be given with schema: the data contract's missingValues say which cells are missing", "Leave missing-values out and list the values in the contract's missingValues (or a field's own missingValues for one column)");
    }
    if (inputs.mode === "compare") {
        throw new errors/* InputError */.dz("schema", "is not read in compare mode, which compares profiles and reads no data", "Give the schema to the profile-mode steps that make the profiles, and leave it out here");
    }
    return load.contract(path, (0,display_path/* displayPath */.G)(load.cwd, path));
}
/** How the data is read before any profile is compared, and the data contract if one is given. */
async function readingOf(inputs, load) {
    const missingValues = inputs["missing-values"];
    const contract = await contractOf(inputs.schema, { mode: inputs.mode, missingValues }, load);
    const reading = {
        missingValues: (0,missing_values/* parseMissingValues */.OD)(missingValues),
        delimiter: inputs.delimiter,
        schema: contract?.readSchema,
        sensitive: contract?.sensitive ?? new Set(),
    };
    return { contract, reading };
}
/**
 * Profile mode: a mergeable profile of the current data's selected columns (`columns`,
 * `ignore-columns`, as check mode selects them), nothing compared, made with the data contract's
 * types and missing values, else the missing values given, else the empty cell alone; the profile
 * records them. A column left out is never typed, as in check mode.
 */
async function writeProfile(current, reportPath, reading, context) {
    const source = (0,external_node_path_.resolve)(context.cwd, current);
    // Listed first so that a path naming no file is refused as the input's, as in check mode.
    const lateKeysAwaited = awaitsLateKeys(await (0,input_files/* listInputFiles */.Q)("current", source, context.cwd));
    const withholding = Withholding.of(reading.sensitive, reading.schema);
    const read = {
        ...(reading.schema
            ? { ...contractReading(reading.schema), delimiter: reading.delimiter }
            : {
                missingValues: settleMissingValues(reading.missingValues, []),
                delimiter: reading.delimiter,
            }),
        usedColumns: usedColumns(reading.selection),
        withholding,
    };
    let columns = [];
    const check = {
        columns: (names) => {
            columns = names;
        },
        absentKeys: () => undefined,
        lateKeys: (keys) => {
            if (lateKeysAwaited)
                requireProfiledIgnored(columns, keys, reading.selection, current);
            const ignored = reading.selection.ignore;
            const warning = lateKeysWarning(current, keys, null, ignored, context.cwd, "profiled");
            if (warning)
                (0,define_action/* warnIn */.aP)(context, warning);
        },
    };
    // A misnamed column is refused at the first batch, before the rest is read; one ignored, at
    // the end of JSON Lines data, where it may be a key first seen late. A cell of a withheld
    // column that its type does not take is refused without being quoted (`WithheldRead`).
    const profiled = await profileData("profiling current", source, read, context, check, (all) => selectProfiled(all, reading.selection, current, lateKeysAwaited));
    warnOneColumn(current, source, columns, { delimiter: reading.delimiter, context });
    // A withheld column keeps its counts alone, as validate-data's profile does. Told by all the
    // data's columns, not the profiled: a field ignored is not one misnamed.
    const profile = (0,withheld_values/* withholdColumns */.H6)(profiled, withholding.columns);
    context.acting?.();
    (0,write_output/* writeFilesAtomic */.aV)([(0,report_file/* reportFile */.r)(profile_contract.profileContract, profile, reportPath)]);
    const shown = (0,display_path/* displayPath */.G)(context.cwd, reportPath);
    return {
        outputs: {
            verdict: "",
            drifted: "false",
            share: "0",
            "drifted-columns": "[]",
            "report-path": shown,
            "html-path": "",
        },
        summary: `### drift-check: profile written\n\n${profile.rowCount} rows and ${profile.columns.length} columns of \`${current}\` profiled into \`${shown}\`, to be merged by a drift-check in compare mode.\n`,
    };
}
/**
 * Both reports or neither: the JSON is checked against its contract before anything is written,
 * and a write the system refuses (a name too long, a full disk) leaves neither.
 */
function writeReports(report, reportPath, htmlPath) {
    (0,write_output/* writeFilesAtomic */.aV)([
        (0,report_file/* reportFile */.r)(driftReportContract, report, reportPath),
        ...(htmlPath ? [{ path: htmlPath, text: renderHtml(report) }] : []),
    ]);
}
/**
 * The repository and token that issue and dispatch need, when on-drift asks for either: refused
 * before any data is read, not after the whole comparison.
 */
function gitHubAccess(onDrift, github) {
    if (!onDrift.has("issue") && !onDrift.has("dispatch"))
        return undefined;
    const { repo, token } = github;
    if (!repo || !token) {
        throw new errors/* InputError */.dz("on-drift", "issue and dispatch need the repository and a token", "Run in a workflow (GITHUB_REPOSITORY) with github-token, or set GITHUB_REPOSITORY and GITHUB_TOKEN");
    }
    return { ...github, repo, token };
}
/** The issue and the dispatch on GitHub, when on-drift asks for them. */
async function alertOnGitHub(report, onDrift, access, github, context) {
    if (access === undefined)
        return { links: [], failures: [] };
    // The GitHub client is loaded only when it is used: a plain check starts faster.
    const { raiseAlerts } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(369)]).then(__webpack_require__.bind(__webpack_require__, 8369));
    return raiseAlerts({
        github: access,
        report,
        summary: renderSummary(report),
        issue: onDrift.has("issue") ? { key: github.issueKey } : undefined,
        dispatch: onDrift.has("dispatch") && github.workflow ? { workflow: github.workflow } : undefined,
        log: context.log,
    });
}
/** The columns to check, those not to, and the prediction and target columns. */
const selectionOf = (inputs) => columnSelection({
    columns: inputs.columns,
    ignore: inputs["ignore-columns"],
    prediction: inputs["prediction-column"],
    target: inputs["target-column"],
});
/** The report's settings: how the columns were tested, and how both sides' data was read. */
const settingsOf = (inputs, compared, contract) => ({
    method: inputs.method?.trim() || "auto",
    correction: inputs.correction,
    drift_share: inputs["drift-share"],
    missing_values: compared.missingValues,
    ...(compared.columnMissingValues?.length && {
        column_missing_values: compared.columnMissingValues,
    }),
    ...(contract && { data_contract: contract.file }),
});
/** What drift-check is: its name, permissions, example and inputs; its run is below. */
const DEFINITION = {
    name: "drift-check",
    permissions: {
        contents: {
            level: "read",
            why: "read the data and profiles checked out, and a registry reference's profile",
        },
        issues: { level: "write", why: "only with on-drift: issue, to keep the drift issue" },
        actions: { level: "write", why: "only with on-drift: dispatch, to start the retraining" },
    },
    example: {
        reference: "data/reference.csv",
        current: "data/current/*.csv",
        "prediction-column": "prediction",
        "on-drift": "issue",
    },
    inputs: {
        reference: (0,inputs/* dataSources */.x6)(),
        current: (0,inputs/* dataSource */.Ex)(),
        columns: (0,inputs/* list */.p_)(),
        "ignore-columns": (0,inputs/* list */.p_)(),
        "missing-values": (0,inputs/* list */.p_)(),
        schema: (0,inputs/* file */.NJ)(),
        delimiter: (0,inputs/* delimiter */.uV)(),
        method: (0,inputs/* text */.Qq)(),
        threshold: (0,inputs/* text */.Qq)(),
        "drift-share": (0,inputs/* number */.ai)({ min: 0, max: 1 }),
        correction: (0,inputs/* choice */.Yq)(["none", "holm", "bh", "bonferroni"]),
        "prediction-column": (0,inputs/* text */.Qq)(),
        "target-column": (0,inputs/* text */.Qq)(),
        "on-drift": (0,inputs/* list */.p_)(),
        "fail-step": (0,inputs/* bool */.lc)(),
        "issue-key": (0,inputs/* markerKey */.s8)(),
        "dispatch-workflow": (0,inputs/* text */.Qq)(),
        registry: (0,inputs/* dataSource */.Ex)(),
        backend: (0,inputs/* choice */.Yq)(choose_backend/* BACKENDS */.A),
        "github-token": (0,inputs/* secret */.rJ)(),
        mode: (0,inputs/* choice */.Yq)(["check", "profile", "compare"]),
        "report-path": (0,inputs/* outputPath */.XC)(),
        "html-path": (0,inputs/* optionalOutputPath */.Zl)(),
    },
};
/** The closing line's count of columns and the run's seconds. */
const comparedIn = (columns, started) => `${(0,counted/* counted */.h)(columns, "column")} compared in ${(((0,monotonic_ms/* monotonicMs */.d)() - started) / 1000).toFixed(1)} s`;
/** drift-check, reading a `schema` input's data contract with `loadContract`. */
const driftCheckWith = (loadContract) => (0,define_action/* defineAction */.QP)({
    ...DEFINITION,
    async run(inputs, context) {
        const started = (0,monotonic_ms/* monotonicMs */.d)();
        const { mode } = inputs;
        const { cwd } = context;
        const reportPath = inputs["report-path"] ??
            defaultReportPath(mode === "profile" ? DEFAULT_PROFILE : DEFAULT_REPORT, context);
        const selection = selectionOf(inputs);
        const { contract, reading } = await readingOf(inputs, { contract: loadContract, cwd });
        if (mode === "profile") {
            return writeProfile(inputs.current, reportPath, { ...reading, selection }, context);
        }
        const onDrift = parseOnDrift(inputs["on-drift"], inputs["dispatch-workflow"]);
        const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
        const access = gitHubAccess(onDrift, github);
        const referenceInput = requireReference(inputs.reference, mode);
        const methods = parseMethod(inputs.method);
        const where = { github, path: inputs.registry, backend: inputs.backend };
        const reference = await (0,load_reference/* loadReference */.Q)(inputs.reference, cwd, where);
        const request = { mode, reference, current: inputs.current, selection, methods, context };
        const compared = await compareSources({
            ...request,
            ...reading,
            threshold: inputs.threshold,
        });
        const judged = judgeDrift(compared.comparisons, {
            thresholds: compared.thresholds,
            correction: inputs.correction,
            driftShare: inputs["drift-share"],
            roles: { prediction: selection.prediction, target: selection.target },
        });
        const settings = settingsOf(inputs, compared, contract);
        const sources = { ...request, cwd, now: context.now(), referenceInput, settings };
        const report = buildReport(sources, compared, judged);
        context.acting?.();
        writeReports(report, reportPath, inputs["html-path"]);
        const alerted = await alertOnGitHub(report, onDrift, access, {
            issueKey: inputs["issue-key"] ?? (0,marker_key/* deriveMarkerKey */.pR)("drift-check", referenceInput),
            workflow: inputs["dispatch-workflow"],
        }, context);
        context.log(`drift-check: ${comparedIn(compared.names.length, started)}`);
        return driftResult(report, alerted, {
            cwd,
            reportPath,
            htmlPath: inputs["html-path"],
            failStep: inputs["fail-step"],
            issueKey: inputs["issue-key"],
        });
    },
});

;// CONCATENATED MODULE: ./shared/dist/use-cases/drift-check-action.js

/**
 * drift-check, whose `schema` input is the data contract validate-data reads, loaded and checked
 * by validate-data's own loader: one contract, one set of rules and messages. The loader is
 * imported only when a contract is given, so that a check without one starts as fast as before.
 * Only a field's declared type is read: validate-data reads a field without one as its
 * constraints imply (a minimum makes it a number), for checks drift-check does not run. Its
 * sensitive fields are compared, and their values never shown nor kept.
 */
const driftCheck = driftCheckWith(async (path, shown) => {
    const contract = await (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.bind(__webpack_require__, 7815))).loadDataContract(path, shown);
    const typed = new Set(contract.descriptor.fields.filter((f) => f.type).map((f) => f.name));
    const fields = contract.readSchema.fields.map(({ type, ...field }) => typed.has(field.name) && type !== undefined ? { ...field, type } : field);
    return {
        file: contract.file,
        readSchema: { ...contract.readSchema, fields },
        sensitive: contract.sensitive,
    };
});


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ shownName),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   kA: () => (/* binding */ shownNames)
/* harmony export */ });
/* unused harmony export NAMES_LISTED */
/* harmony import */ var _engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7629);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1701);


/** The most names an error or failure line lists; the report has them all. */
const NAMES_LISTED = 10;
/**
 * A column name as echoed: cut to NAME_LIMIT characters, saying so when it was longer, its line
 * breaks shown rather than made.
 */
const shownName = (name) => (0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_0__/* .lineBreaksShown */ .cD)(name.length > _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_LIMIT */ .Uo
    ? `${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .prefix */ .Pl)(name, _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_LIMIT */ .Uo)}… (shortened from ${name.length} characters)`
    : name);
/**
 * A category value as the report keeps it (a new category, a distribution's label): on one line
 * and cut to NAME_LIMIT characters, so that a column of prose writes no whole text (personal
 * data, megabytes of it) into the report, its summary or its HTML. Shown again, it is the same.
 */
const shownValue = (value) => (0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)((0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_0__/* .lineBreaksShown */ .cD)(value));
/**
 * Names listed for a line: each shortened, at most NAMES_LISTED, and how many more there are of
 * `total`, where the names are the first of a longer list.
 */
function shownNames(names, quote = "", total = names.length) {
    const listed = names.slice(0, NAMES_LISTED).map((n) => `${quote}${shownName(n)}${quote}`);
    const more = total > listed.length ? ` and ${total - listed.length} more` : "";
    return `${listed.join(", ")}${more}`;
}


/***/ })

};
