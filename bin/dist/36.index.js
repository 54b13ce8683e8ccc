export const id = 36;
export const ids = [36];
export const modules = {

/***/ 7116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ canaryReportContract)
});

;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/canary-report.schema.json
const canary_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.canary-report/v1","title":"Canary report","description":"A canary rollout: each step\'s weight, the looks that judged it, canary against baseline, and the outcome.","type":"object","additionalProperties":false,"required":["schema","tool","outcome","reason","final_weight","environment","model","variants","source","traffic","policy","started_at","ended_at","deployment","steps"],"properties":{"schema":{"const":"mlops.canary-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"outcome":{"enum":["promoted","rolled-back","inconclusive"]},"reason":{"type":"string","description":"Why the rollout ended as it did, in one sentence."},"final_weight":{"type":"number","minimum":0,"maximum":100},"environment":{"type":"string"},"model":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}]},"variants":{"type":"object","additionalProperties":false,"required":["baseline","canary"],"properties":{"baseline":{"type":"string"},"canary":{"type":"string"}}},"source":{"type":"string"},"traffic":{"type":"string"},"policy":{"type":"object","additionalProperties":false,"required":["confidence","look_confidence","correction","min_samples","looks_planned"],"properties":{"confidence":{"type":"number"},"look_confidence":{"type":"number","description":"The confidence each look was judged at: the policy\'s, with its error spread over every look the rollout could make (Bonferroni)."},"correction":{"enum":["holm","bh","none"]},"min_samples":{"type":"integer","minimum":0},"looks_planned":{"type":"integer","minimum":1}}},"started_at":{"type":"string"},"ended_at":{"type":"string"},"deployment":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["id","environment"],"properties":{"id":{"type":"integer"},"environment":{"type":"string"}}}]},"steps":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","weight","started_at","ended_at","verdict","looks"],"properties":{"step":{"type":"integer","minimum":1},"weight":{"type":"number"},"started_at":{"type":"string"},"ended_at":{"type":"string"},"verdict":{"enum":["pass","fail","hold","not-judged"],"description":"hold: the step used up max-holds; not-judged: the rollout ended before a look (the traffic could not be moved, or the step was cancelled)."},"looks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["at","window_s","verdict","metrics","agreement"],"properties":{"at":{"type":"string"},"window_s":{"type":"number"},"verdict":{"enum":["pass","fail","hold"]},"metrics":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["metric","verdict","reason","baseline","canary","delta","interval","level","method","unread"],"properties":{"metric":{"type":"string"},"verdict":{"enum":["pass","fail","hold"]},"reason":{"type":"string"},"baseline":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["n","median","p95"],"properties":{"n":{"type":"integer","minimum":0},"median":{"type":"number"},"p95":{"type":"number"}}},{"type":"object","additionalProperties":false,"required":["failures","total","rate"],"properties":{"failures":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"rate":{"type":"number"}}}]},"canary":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["n","median","p95"],"properties":{"n":{"type":"integer","minimum":0},"median":{"type":"number"},"p95":{"type":"number"}}},{"type":"object","additionalProperties":false,"required":["failures","total","rate"],"properties":{"failures":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"rate":{"type":"number"}}}]},"delta":{"type":["number","null"]},"interval":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["lower","upper"],"properties":{"lower":{"type":"number"},"upper":{"type":"number"}}}]},"level":{"type":["number","null"]},"method":{"enum":["mann-whitney","two-proportion",null]},"unread":{"type":"boolean"}}}},"agreement":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["agreed","compared","rate"],"properties":{"agreed":{"type":"integer","minimum":0},"compared":{"type":"integer","minimum":0},"rate":{"type":"number"}}}]}}}}}}}}}');
// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/canary-report.js


/** `mlops.canary-report/v1`: a canary rollout, step by step (see canary-report.schema.json). */
const canaryReportContract = (0,validate/* writtenContract */._l)("mlops.canary-report/v1", canary_report_schema_namespaceObject, "A canary report is the JSON canary-deploy writes at its report-path (mlops-out/canary-report.json by default)");


/***/ }),

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
  T9: () => (/* binding */ checkRule),
  cF: () => (/* binding */ readGatePolicy),
  RF: () => (/* binding */ withDirections)
});

// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 1 modules
var read_structured = __webpack_require__(1255);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(9339);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/gate-policy.schema.json
const gate_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.gate-policy/v1","title":"Gate policy","description":"Which metrics gate a model, in which direction, and how far they may move; for per-example predictions, with what confidence, correction and slices.","type":"object","additionalProperties":false,"required":["metrics"],"properties":{"schema":{"const":"mlops.gate-policy/v1"},"metrics":{"type":"object","minProperties":1,"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"direction":{"enum":["higher","lower"],"description":"Whether higher or lower values are better: needed for a metric mlops does not know (one of a metrics file, a canary\'s command), and where given for one it knows, it must be that metric\'s own."},"description":{"type":"string"},"min":{"type":"number","description":"The challenger\'s value must be at least this."},"max":{"type":"number","description":"The challenger\'s value must be at most this."},"max-regression":{"description":"How much worse than the champion the challenger may be (a non-inferiority margin): an amount, or a percentage of the champion\'s value such as \'2%\'. On predictions the whole interval of the delta must be within it to pass.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"required":{"type":"boolean","default":true},"min-improvement":{"description":"How much better than the champion the challenger must be (superiority): an amount, or a percentage of the champion\'s value. On predictions the whole interval of the delta must be above it to pass.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"method":{"enum":["auto","mcnemar","delong","bootstrap"],"description":"How the interval of the delta is computed on predictions; auto: McNemar for accuracy and for a binary recall (on the positive examples), DeLong for ROC AUC, the paired bootstrap for the rest."},"sensitive":{"type":"string","minLength":1,"description":"For a fairness metric (demographic_parity_difference, equalized_odds_difference): the column of the sensitive group."},"slices":{"type":"boolean","default":true,"description":"Whether the metric is also judged in each slice of the policy\'s slice columns."}}}},"confidence":{"type":"number","maximum":0.999,"default":0.95,"description":"The confidence of the intervals, for the family of all gated metrics and slices together.","exclusiveMinimum":0.5},"correction":{"enum":["holm","bh","none"],"default":"holm","description":"How the p-values of many metrics and slices are corrected: Holm (family-wise error), Benjamini-Hochberg (false discovery rate), or none."},"on-insufficient":{"enum":["inconclusive","fail","pass"],"default":"inconclusive","description":"The status of a metric or slice with too few examples to judge."},"max-unpaired":{"description":"The largest share of examples that may be unpaired, duplicated or labelled differently in the two predictions files before the gate fails: a share (0.01) or a percentage (\'1%\'). Default 1%.","oneOf":[{"type":"number","minimum":0,"examples":[0.01]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["1%"]}]},"min-samples":{"type":"integer","minimum":0,"description":"The fewest observations a metric needs to be judged; fewer take on-insufficient. eval-gate: paired examples, or, for a metric that rests on some of them, those (a recall\'s positives, a precision\'s positive predictions, an F1\'s examples labelled or predicted positive, a macro average\'s or ROC AUC\'s smallest class) (default 30; slices.min-samples overrides it in slices). canary-deploy: per variant, the points of a time series or the events of a rate (default 10)."},"resamples":{"type":"integer","minimum":100,"maximum":100000,"description":"Bootstrap resamples (eval-gate). Left out: enough that each end of an interval at the strictest level the correction can test at, alpha over twice the checks (alpha / 2 without correction), has 50 resamples beyond it, ceil(50 / that level), at least 1,000 and at most 20,000, and fewer on many examples for time (at most 2e8 examples times resamples: 2,000 on 100,000 examples). A number given is used as it is; where it leaves fewer than 50 beyond an end, the report\'s notes say so, as its verdict may then change with the seed alone. Where it leaves none (below that level the percentiles cannot go), a check beyond every resample is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples, and the notes say so."},"seed":{"type":"integer","minimum":0,"default":0,"description":"The bootstrap\'s seed: the same seed, data and policy give the same report."},"slices":{"type":"object","additionalProperties":false,"required":["by"],"description":"Judge the gated metrics within each value of these columns of the predictions files too.","properties":{"by":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"The slice columns."},"min-samples":{"type":"integer","minimum":1,"default":30,"description":"Fewer paired examples in a slice make its rows insufficient."},"overrides":{"type":"object","description":"Rules for one slice, by \'<column>=<value>\', each a map of metric name to the rule fields to replace.","additionalProperties":{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"number"},"max":{"type":"number"},"max-regression":{"description":"As the metric\'s, for this slice.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]},"min-improvement":{"description":"As the metric\'s, for this slice.","oneOf":[{"type":"number","minimum":0,"examples":[0.02]},{"type":"string","title":"a percentage","pattern":"^[0-9]+(\\\\.[0-9]+)?%$","examples":["2%"]}]}}}}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/gate-policy.js


const gatePolicyContract = {
    id: "mlops.gate-policy/v1",
    validate: (0,json_schema/* compileSchema */.Fc)(gate_policy_schema_namespaceObject),
    describe: "A gate policy is a YAML or JSON object with a 'metrics' map, such as metrics: { accuracy: { max-regression: 1% } }",
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
/**
 * The policy with every metric's direction: as written, else the metric's own (`own`: one
 * computed from predictions, a preset's or a queries file's). A direction written against the
 * metric's own is refused at its line, as it would pass a worse model; a metric with neither is
 * refused at its name, as no rule can be judged without it. `shown` cuts a long name for a
 * refusal (a per-example score's column may be of any length).
 */
function withDirections(policy, own, refuse, shown = (name) => name) {
    const metrics = Object.entries(policy.metrics).map(([name, rule]) => {
        const known = own(name);
        const pointer = (0,nesting/* jsonPointer */.Av)(["metrics", name]);
        if (known !== undefined && rule.direction !== undefined && rule.direction !== known) {
            refuse(`${pointer}/direction`, `is ${rule.direction}, but ${known} is better for ${shown(name)}`, `Set the direction of ${shown(name)} to ${known}, or leave it out`);
        }
        const direction = rule.direction ?? known;
        if (direction === undefined) {
            refuse(pointer, `has no direction, which mlops cannot tell for ${shown(name)}`, "Add direction: higher where higher values are better, else direction: lower");
        }
        return [name, { ...rule, direction }];
    });
    // Built key by key: a metric named __proto__ is a key like another.
    const byName = Object.create(null);
    for (const [name, rule] of metrics)
        byName[name] = rule;
    return { ...policy, metrics: byName };
}


/***/ }),

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

/***/ 5143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(891);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/* harmony import */ var _github_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2920);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1863);
/**
 * The Octokit every GitHub call goes through. One request hook carries the whole policy:
 * a timeout per try, GitHub's rate-limit rules for every method (a limited request was not
 * served, so repeating it is safe), backoff on server errors and dropped connections for requests
 * that are safe to repeat, and a gap between writes as GitHub asks of integrations. A POST that
 * fails without an answer is not repeated here: it may have taken effect, so the operation above
 * re-reads the state and decides (see converge.ts). Backoff stops when the operation's wait
 * budget is spent, and every wait is logged. This hook replaces plugin-retry and
 * plugin-throttling, whose Bottleneck timers cannot be driven by an injected clock and which
 * repeat a POST after a server error (a duplicate comment).
 */




const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const SAFE = new Set(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);
/** GraphQL queries only read, so a POST to /graphql is as safe to repeat as a GET. */
const safeToRepeat = (method, url) => SAFE.has(method) || (method === "POST" && /\/graphql$/.test(url));
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? _github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, "");
    const retry = { ...(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRetryPolicy */ .ur)(), ...options.retry };
    const timeoutMs = options.timeoutMs ?? 30_000;
    const writeIntervalMs = options.writeIntervalMs ?? 1_000;
    const log = options.log ?? (() => { });
    const octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: options.userAgent ?? "mlops",
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    let lastWrite = -Infinity;
    let writeQueue = Promise.resolve();
    /** Writes go one at a time, at least `writeIntervalMs` apart. */
    const gateWrite = (send) => {
        const turn = writeQueue.then(async () => {
            const wait = lastWrite + writeIntervalMs - retry.now();
            if (wait > 0)
                await retry.sleep(wait);
            lastWrite = retry.now();
            return send();
        });
        writeQueue = turn.catch(() => undefined);
        return turn;
    };
    octokit.hook.wrap("request", async (request, requestOptions) => {
        const method = String(requestOptions.method).toUpperCase();
        const url = String(requestOptions.url);
        const repeatable = safeToRepeat(method, url);
        const write = WRITES.has(method) && !/\/graphql$/.test(url);
        const budget = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .currentWaitBudget */ .CF)();
        let transientTries = 0;
        let limitTries = 0;
        for (;;) {
            // A controller and a timer: Node may collect an AbortSignal.timeout() signal early.
            const attempt = async () => {
                const controller = new AbortController();
                // ETIMEDOUT marks the abort as a transport failure (see isTransient).
                const timeout = Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
                    code: "ETIMEDOUT",
                });
                const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
                try {
                    // Set on the shared options object: inner hooks call on with the options they were
                    // bound to, so a copy passed to `request` would not reach fetch.
                    requestOptions.request = { ...requestOptions.request, signal: controller.signal };
                    return await request(requestOptions);
                }
                finally {
                    clearTimeout(timer);
                }
            };
            try {
                return await (write ? gateWrite(attempt) : attempt());
            }
            catch (error) {
                const limitWait = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .rateLimitWait */ .hD)(error, retry, limitTries);
                if (limitWait !== undefined) {
                    if (limitWait > retry.maxRateLimitWaitMs || limitTries >= retry.rateLimitRetries) {
                        throw new _github_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubRateLimitError */ .Rr(`GitHub: ${method} ${url} is rate limited for ${Math.ceil(limitWait / 1000)} s more`, limitWait);
                    }
                    limitTries += 1;
                    log(`GitHub rate limit on ${method} ${url}: waiting ${limitWait} ms`);
                    await retry.sleep(limitWait);
                    continue;
                }
                if (repeatable && (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(error)) {
                    const delay = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoff */ .JN)(retry, transientTries);
                    const reason = error.message;
                    if (transientTries < retry.retries && budget.spentMs + delay <= retry.maxWaitMs) {
                        transientTries += 1;
                        budget.spentMs += delay;
                        log(`GitHub ${method} ${url} failed (${reason}); retry in ${delay} ms`);
                        await retry.sleep(delay);
                        continue;
                    }
                    log(`GitHub ${method} ${url} failed (${reason}); giving up after ${transientTries} retries`);
                    (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .markRetriesSpent */ ._5)(error);
                }
                throw error;
            }
        }
    });
    return { octokit, retry, apiUrl, log };
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  canaryDeploy: () => (/* binding */ canaryDeploy)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/canary-report.js + 1 modules
var canary_report = __webpack_require__(7116);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/engine/process/cancel-signals.js
var cancel_signals = __webpack_require__(3649);
// EXTERNAL MODULE: ./shared/dist/engine/process/child-env.js
var child_env = __webpack_require__(9143);
// EXTERNAL MODULE: ./shared/dist/interface/command-inputs.js
var command_inputs = __webpack_require__(9045);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
;// CONCATENATED MODULE: ./shared/dist/platform/prometheus/presets.js
const SELECT = '{variant_label}="{variant}"';
/** The q-quantile over one step of a histogram's buckets, summed over the variant's series. */
const quantile = (q, histogram, matchers = "") => `histogram_quantile(${q}, sum by (le) (rate(${histogram}_bucket{${SELECT}${matchers}}[{window}])))`;
/** The mean over one step: the rate of a running total divided by the rate of a running count. */
const mean = (total, count, scale = "") => `sum(rate(${total}{${SELECT}}[{window}])) / sum(rate(${count}{${SELECT}}[{window}]))${scale}`;
const increase = (counter, matchers = "") => `sum(increase(${counter}{${SELECT}${matchers}}[{window}]))`;
/**
 * A failure count that is 0, not empty, when the variant served requests but has no failure
 * series yet: client libraries create a labelled series at its first increment, so "no 5xx
 * series" means "no 5xx", as long as the variant has any series of `total` at all.
 */
const failuresOr0 = (failures, total) => `${failures} or (0 * ${total})`;
const httpLatency = (source, histogram, matchers = "") => [0.5, 0.95].map((q) => ({
    name: `latency_p${q * 100}_seconds`,
    kind: "samples",
    direction: "lower",
    query: quantile(q, histogram, matchers),
    unit: "s",
    description: `${q * 100}th percentile of request latency over each step, ${source}`,
}));
const httpErrorRate = (handlers, describe) => {
    const total = increase("http_requests_total", handlers);
    return {
        name: "error_rate",
        kind: "proportion",
        direction: "lower",
        failures: failuresOr0(increase("http_requests_total", `${handlers},status=~"5.."`), total),
        total,
        unit: "",
        description: `Share of ${describe} answered with a 5xx status`,
    };
};
const FASTAPI = [
    ...httpLatency("from the instrumentator's many-bucket histogram (all handlers)", "http_request_duration_highr_seconds"),
    httpErrorRate(',handler!="/metrics"', "requests (other than scrapes of /metrics)"),
];
const TRITON = [
    {
        name: "latency_mean_seconds",
        kind: "samples",
        direction: "lower",
        query: mean("nv_inference_request_duration_us", "nv_inference_request_success", " / 1e6"),
        unit: "s",
        description: "Mean end-to-end time of successful inference requests over each step (Triton exports latency as counters only)",
    },
    {
        name: "queue_mean_seconds",
        kind: "samples",
        direction: "lower",
        query: mean("nv_inference_queue_duration_us", "nv_inference_request_success", " / 1e6"),
        unit: "s",
        description: "Mean time successful requests waited in the scheduler's queue over each step",
    },
    {
        name: "error_rate",
        kind: "proportion",
        direction: "lower",
        failures: failuresOr0(increase("nv_inference_request_failure"), increase("nv_inference_request_success")),
        total: `${increase("nv_inference_request_success")} + (${increase("nv_inference_request_failure")} or vector(0))`,
        unit: "",
        description: "Share of inference requests that failed (every failure reason)",
    },
];
const TORCHSERVE = [
    {
        name: "latency_mean_seconds",
        kind: "samples",
        direction: "lower",
        query: mean("ts_inference_latency_microseconds", "ts_inference_requests_total", " / 1e6"),
        unit: "s",
        description: "Mean inference latency per request over each step (TorchServe exports latency as counters only)",
    },
    {
        name: "queue_mean_seconds",
        kind: "samples",
        direction: "lower",
        query: mean("ts_queue_latency_microseconds", "ts_inference_requests_total", " / 1e6"),
        unit: "s",
        description: "Mean time a request waited in TorchServe's job queue over each step",
    },
    {
        name: "error_rate",
        kind: "proportion",
        direction: "lower",
        failures: failuresOr0(increase("Requests5XX"), increase("ts_inference_requests_total")),
        total: increase("ts_inference_requests_total"),
        unit: "",
        description: "5xx responses per inference request received",
    },
];
const VLLM = [
    ...httpLatency("end to end, from vLLM's request histogram", "vllm:e2e_request_latency_seconds"),
    {
        name: "ttft_p95_seconds",
        kind: "samples",
        direction: "lower",
        query: quantile(0.95, "vllm:time_to_first_token_seconds"),
        unit: "s",
        description: "95th percentile of time to first token over each step",
    },
    {
        name: "inter_token_latency_p95_seconds",
        kind: "samples",
        direction: "lower",
        query: quantile(0.95, "vllm:inter_token_latency_seconds"),
        unit: "s",
        description: "95th percentile of the time between output tokens over each step",
    },
    {
        name: "queue_mean_seconds",
        kind: "samples",
        direction: "lower",
        query: mean("vllm:request_queue_time_seconds_sum", "vllm:request_queue_time_seconds_count"),
        unit: "s",
        description: "Mean time requests waited before being scheduled, over each step",
    },
    httpErrorRate(',handler=~"/v1/.+"', "OpenAI API requests (/v1/...)"),
];
const PRESETS = Object.freeze({
    fastapi: FASTAPI,
    triton: TRITON,
    torchserve: TORCHSERVE,
    vllm: VLLM,
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/engine/process/run-process.js + 1 modules
var run_process = __webpack_require__(5466);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/platform/traffic/traffic-provider.js

/** The traffic could not be moved: the rollout cannot go on, and says why. */
class TrafficError extends errors/* MlopsError */.IC {
}
/** The traffic could not be moved because nothing ran (a command not found): it is where it was. */
class TrafficNotMoved extends TrafficError {
}

;// CONCATENATED MODULE: ./shared/dist/platform/traffic/command-provider.js








/** The last lines a failing command wrote, for its error. */
const KEPT_LINES = 5;
/** The placeholders a command's arguments may hold: the fields of a TrafficShift. */
const PLACEHOLDERS = ["weight", "step", "variant"];
/** A placeholder as it is written; after a `$` it is the shell's own `${name}`, never filled. */
const PLACEHOLDER = new RegExp(`(?<!\\$)\\{(${PLACEHOLDERS.join("|")})\\}`, "g");
/** Any braced name not after a `$`: a placeholder, a misspelled one, or the command's own. */
const BRACED_NAME = /(?<!\$)\{([A-Za-z_][\w.-]*)\}/g;
/**
 * Fills the placeholders of one argument. Each becomes one whole argument's part, never split
 * or interpreted: without a shell there is no quoting to escape. The variant is the workflow
 * author's own input. `${name}` is left as written: it is the shell's variable.
 */
function fillArgument(argument, shift) {
    return argument.replace(PLACEHOLDER, (_, name) => String(shift[name]));
}
/**
 * Refuses, before any traffic moves, a command with a braced name that misspells a placeholder
 * (`{wieght}`, `{Weight}`, `{steps}`: it would reach the command as written, every step) and,
 * with `perStep` (a rollout of more than one weight), a command with neither `{weight}` nor
 * `{step}`: each step would run the same command, and the weight would never follow the steps.
 * Other braced names are the command's own (jsonpath's `{end}`, awk's `{print}`, a Helm list)
 * and pass through untouched, as does the shell's `${name}`.
 */
function checkPlaceholders(argv, input, perStep) {
    const names = argv.flatMap((argument) => [...argument.matchAll(BRACED_NAME)].map((m) => m[1]));
    for (const name of names) {
        if (PLACEHOLDERS.includes(name))
            continue;
        const meant = (0,closest_name/* didYouMean */.au)(name, PLACEHOLDERS, (placeholder) => `{${placeholder}}`);
        if (meant)
            throw new errors/* InputError */.dz(input, `has {${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}}, which is no placeholder and would reach the command as written`, `${meant}The placeholders are {weight}, {step} and {variant}, in lower case`);
    }
    if (perStep && !names.includes("weight") && !names.includes("step"))
        throw new errors/* InputError */.dz(input, "has no {weight} placeholder, so every step would run the same command and the weight would not change", "Put {weight} where the command takes the canary's percent (or {step} where it takes the step's number)");
}
/** Whether `path` is a file this process may execute. */
function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Refuses, before any traffic moves, a command (not a shell script) whose program cannot be
 * found as the command would be started: a path from `cwd`, or a bare name on the PATH of
 * `env`, which without a PATH is the system's default, as Node's spawn searches it. Run in the
 * rollout, it would fail at the first weight, or worse at the rollback.
 */
function checkProgram(argv, input, where) {
    const program = argv[0];
    // A program named by a placeholder (`./shift-{step}.sh`) differs by step, and is left to run;
    // a whole command line in one argument names no program, placeholders or not.
    const commandLine = argv.length === 1 && /\s/.test(program);
    if (!commandLine && program.match(PLACEHOLDER))
        return;
    const found = program.includes("/")
        ? isExecutable((0,external_node_path_.resolve)(where.cwd, program))
        : (where.env.PATH ?? "/usr/bin:/bin")
            .split(external_node_path_.delimiter)
            .some((dir) => dir !== "" && isExecutable((0,external_node_path_.join)((0,external_node_path_.resolve)(where.cwd, dir), program)));
    if (!found)
        throw new errors/* InputError */.dz(input, program.includes("/")
            ? `runs '${(0,shorten/* shorten */.ml)(program, 120)}', which is not an executable file`
            : `runs '${(0,shorten/* shorten */.ml)(program, 120)}', which is not found on the PATH`, `Install it or give its full path${commandLine ? " (the command is one argument: give one argument a line, or set shell: true)" : "; a shell built-in needs shell: true"}`);
}
/**
 * Moves traffic by running the user's command (a `kubectl patch`, an nginx reload, a service
 * mesh's CLI) with the weight filled in; a command that fails or runs past its time stops the
 * rollout with its last lines of output.
 */
function commandProvider(options) {
    const run = async (argv, shift, rollback = false) => {
        const filled = argv.map((argument) => fillArgument(argument, shift));
        const lines = [];
        const outcome = await (0,run_process/* runProcess */.R)({
            argv: filled,
            shell: options.shell,
            cwd: options.cwd,
            env: options.env,
            timeoutMs: options.timeoutMs,
            // A cancel is what a rollback often answers: it runs on, to its end or its timeout.
            stopOnCancel: !rollback,
            // A proxy the command starts as a daemon (`haproxy -D -sf`, `nginx`) serves the traffic
            // it moved: stopped with the command, it would take the service down.
            stopEscaped: false,
            onLine: (line) => {
                options.log(line);
                lines.push(line);
                if (lines.length > KEPT_LINES)
                    lines.shift();
            },
        });
        // The process was stopped because this one was cancelled, not because the command failed.
        if (outcome.cancelledBy !== null)
            throw new cancel_signals/* CancelledError */.cc(outcome.cancelledBy);
        const shown = options.shell ? `sh -c ${JSON.stringify(filled[0])}` : filled.join(" ");
        if (outcome.spawnError)
            throw new TrafficNotMoved(`setting the canary's weight to ${shift.weight}% with '${shown}' could not start (${outcome.spawnError}), so the traffic did not move`, "Check that the command's program exists and may be run");
        const why = outcome.timedOut
            ? `ran past ${options.timeoutMs / 1000}s`
            : outcome.exitCode !== 0
                ? `exited with ${outcome.exitCode ?? outcome.signal}`
                : null;
        if (why)
            throw new TrafficError(`setting the canary's weight to ${shift.weight}% with '${shown}' ${why}${lines.length ? `: ${lines.join(" | ")}` : ""}`, "Check the command by running it by hand with the same weight");
    };
    return {
        // The program and its first argument by their file names: enough to recognise, no paths.
        description: `command ${options.shell
            ? "sh -c"
            : options.setWeight
                .slice(0, 2)
                .map((part) => (0,external_node_path_.basename)(part))
                .join(" ")}`,
        setWeight: (shift) => run(options.setWeight, shift),
        rollback: (shift) => run(options.rollback ?? options.setWeight, { ...shift, weight: 0 }, true),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/dist/platform/traffic/webhook-provider.js



/** The header of the body's signature, `sha256=<hex>`, as GitHub's own webhooks sign theirs. */
const SIGNATURE_HEADER = "x-mlops-signature-256";
/** The signature of a body: what a receiver recomputes with the shared secret to trust it. */
const signBody = (secret, body) => `sha256=${(0,external_node_crypto_.createHmac)("sha256", secret).update(body).digest("hex")}`;
/** The URL as shown: without credentials or a query, which may carry a token. */
const shownUrl = (url) => `${url.protocol}//${url.host}${url.pathname}`;
/** The header that repeats the body's `delivery`, for the receiver's logs. */
const DELIVERY_HEADER = "x-mlops-delivery";
/**
 * Moves traffic by posting the shift as JSON to the user's endpoint (a deploy service, a
 * gateway's admin API): `{"action": "set-weight" | "rollback", "weight", "step", "variant", ...}`.
 * Each body also carries a `delivery` id of its own and the time it was `sent_at`, under the
 * signature, so that a receiver can refuse a captured post sent again: too old, or an id it has
 * applied. Any 2xx answer is success; the rollout stops on any other, or when the post runs past
 * its time.
 */
function webhookProvider(options) {
    const post = async (action, shift) => {
        const delivery = (0,external_node_crypto_.randomUUID)();
        const sent = { delivery, sent_at: new Date().toISOString() };
        const body = JSON.stringify({ action, ...shift, ...options.context, ...sent });
        const headers = {
            "content-type": "application/json",
            [DELIVERY_HEADER]: delivery,
        };
        if (options.secret)
            headers[SIGNATURE_HEADER] = signBody(options.secret, body);
        const where = `posting ${action} at ${shift.weight}% to ${shownUrl(options.url)}`;
        let response;
        let text;
        try {
            response = await fetch(options.url, {
                method: "POST",
                headers,
                body,
                // A redirect is answered, never followed: the signed post goes to the address given.
                redirect: "manual",
                signal: AbortSignal.timeout(options.timeoutMs),
            });
            // Read inside the time limit: an answer whose body never ends is no answer.
            text = (await response.text()).slice(0, 200).replace(/\s+/g, " ");
        }
        catch (error) {
            const cause = error instanceof Error && error.name === "TimeoutError"
                ? `no answer within ${options.timeoutMs / 1000}s`
                : "the endpoint could not be reached";
            throw new TrafficError(`${where}: ${cause}`, "Check that the webhook-url answers from this runner");
        }
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location !== null) {
            // The answer's address as a URL shows it (no query, no credentials), parsed or not shown,
            // and cut short: the endpoint's answer, not the user, sets its length.
            const to = URL.canParse(location, options.url.href)
                ? (0,shorten/* shorten */.ml)(shownUrl(new URL(location, options.url)))
                : undefined;
            throw new TrafficError(`${where}: it answered ${response.status}, a redirect${to ? ` to ${to}` : ""}`, "Give the address it redirects to as webhook-url: a post is not sent on to another");
        }
        if (!response.ok)
            throw new TrafficError(`${where}: it answered ${response.status}${text ? ` (${text})` : ""}`, "Check the endpoint's log; a 2xx answer means the weight is set");
    };
    return {
        description: `webhook ${shownUrl(options.url)}`,
        setWeight: (shift) => post("set-weight", shift),
        rollback: (shift) => post("rollback", { ...shift, weight: 0 }),
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/read-gate-policy.js + 2 modules
var read_gate_policy = __webpack_require__(8169);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/share-rule.js
var share_rule = __webpack_require__(6571);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/canary-policy.js




/** Without a policy: a time series may be 10% worse than the baseline's, a rate 1 point worse. */
const DEFAULT_RULE = {
    samples: "10%",
    proportion: 0.01,
};
/** The policy every metric of the source is held to when the user gives none. */
function defaultPolicy(known) {
    return {
        metrics: Object.fromEntries(known.map((spec) => [
            spec.name,
            { direction: spec.direction ?? "lower", "max-regression": DEFAULT_RULE[spec.kind] },
        ])),
    };
}
/**
 * The gate policy the canary is judged by: the user's (eval-gate's format; fields only
 * predictions use, such as slices, are eval-gate's and unused here), checked against what the
 * source knows, or the default for every metric the source gives.
 */
function canaryPolicy(file, known) {
    if (!file) {
        if (known === null)
            throw new errors/* InputError */.dz("policy", "is needed with metrics-command, whose metrics and their directions only the policy names", "Give a gate policy naming each metric the command prints, with its direction and max-regression");
        return { policy: defaultPolicy(known), checkRates: () => undefined };
    }
    const { policy: written, refuse } = (0,read_gate_policy/* readGatePolicy */.cF)(file.path, file.shownAs);
    const byName = new Map((known ?? []).map((spec) => [spec.name, spec]));
    if (known !== null) {
        for (const name of Object.keys(written.metrics)) {
            if (!byName.has(name))
                refuse((0,nesting/* jsonPointer */.Av)(["metrics", name]), "is not a metric of the preset or the queries file", `Judge one of ${known.map((s) => s.name).join(", ")}, or add it to the queries file`);
        }
    }
    // A preset's metric, or a queries file's with a direction, has it of its own; a command's
    // metrics only the policy names.
    const policy = (0,read_gate_policy/* withDirections */.RF)(written, (name) => byName.get(name)?.direction, refuse);
    const checkRates = (rates) => {
        for (const name of rates) {
            const rule = policy.metrics[name];
            if (rule)
                (0,share_rule/* checkShareRule */.e)(name, rule, rule.direction, (0,nesting/* jsonPointer */.Av)(["metrics", name]), refuse);
        }
    };
    if (known !== null)
        checkRates(known.filter((spec) => spec.kind === "proportion").map((spec) => spec.name));
    return { policy, checkRates };
}

// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/canary-report.js

const metricEntry = (m) => ({
    metric: m.metric,
    verdict: m.verdict,
    reason: m.reason,
    baseline: m.baseline,
    canary: m.canary,
    delta: m.delta,
    interval: m.interval,
    level: m.level,
    method: m.method,
    unread: m.unread,
});
function canaryReport(result, facts) {
    return {
        schema: "mlops.canary-report/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        outcome: result.outcome,
        reason: result.reason,
        final_weight: result.finalWeight,
        environment: facts.environment,
        model: facts.model,
        variants: facts.variants,
        source: facts.source,
        traffic: facts.traffic,
        policy: {
            confidence: facts.policy.confidence,
            look_confidence: facts.policy.lookConfidence,
            correction: facts.policy.correction,
            min_samples: facts.policy.minSamples,
            looks_planned: facts.policy.looksPlanned,
        },
        started_at: facts.startedAt.toISOString(),
        ended_at: facts.endedAt.toISOString(),
        deployment: facts.deployment,
        steps: result.steps.map((step) => ({
            step: step.step,
            weight: step.weight,
            started_at: step.startedAt.toISOString(),
            ended_at: step.endedAt.toISOString(),
            verdict: step.verdict,
            looks: step.looks.map((look) => ({
                at: look.at.toISOString(),
                window_s: look.windowS,
                verdict: look.verdict,
                metrics: look.metrics.map(metricEntry),
                agreement: look.agreement,
            })),
        })),
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/canary-inputs.js


/**
 * The canary's weight at each step: whole percentages above 0, at most 100, rising. Whole,
 * because the traffic tools the weight is handed to take whole percents (nginx weights, Istio,
 * Argo Rollouts): 2.5 would be refused or cut there, after the rollout started.
 */
const weightSteps = () => ({
    type: "list of percentages",
    absent: [],
    parse: (text, input) => {
        const items = text.split(/[,\s]+/).filter((item) => item !== "");
        const steps = items.map((item) => {
            const value = (0,inputs/* decimalValue */.P5)(item.replace(/%$/, ""));
            if (!Number.isFinite(value) || value <= 0 || value > 100)
                throw new errors/* InputError */.dz(input, `'${item}' is not a percentage above 0 and at most 100`, "Give rising weights such as 5,25,50,100");
            if (!Number.isInteger(value))
                throw new errors/* InputError */.dz(input, `'${item}' is not a whole percentage`, "Give whole percents, as traffic tools take them, such as 5,25,50,100");
            return value;
        });
        steps.forEach((value, i) => {
            if (i > 0 && value <= steps[i - 1])
                throw new errors/* InputError */.dz(input, `${value} follows ${steps[i - 1]}, but the weights must rise`, "Give rising weights such as 5,25,50,100");
        });
        if (steps.length === 0)
            throw new errors/* InputError */.dz(input, "names no step", "Give rising weights such as 5,25,50,100");
        if (steps[0] === 100)
            throw new errors/* InputError */.dz(input, "starts at 100, where the baseline serves nothing to judge the canary against", "Give at least one step below 100, such as 10,100");
        return steps;
    },
});
/** An http(s) URL; credentials in it would be logged, so they are refused. */
const httpUrl = () => ({
    type: "URL",
    absent: undefined,
    parse: (text, input) => {
        let url;
        try {
            url = new URL(text.trim());
        }
        catch {
            throw new errors/* InputError */.dz(input, `'${text.trim().slice(0, 100)}' is not a URL`, "Give an http:// or https:// URL");
        }
        if (url.protocol !== "http:" && url.protocol !== "https:")
            throw new errors/* InputError */.dz(input, `uses ${url.protocol}, not http or https`, "Give an http:// or https:// URL");
        if (url.username || url.password)
            throw new errors/* InputError */.dz(input, "carries a user name or password, which would show in logs", "Remove them from the URL and pass the credential as a token or secret input");
        return url;
    },
});
/**
 * A variant's name: it is filled into traffic commands, shell scripts with `shell: true`
 * included, so only characters no shell or PromQL string reads as syntax.
 */
const variantName = () => ({
    type: "name",
    absent: undefined,
    parse: (text, input) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,62}$/.test(text.trim()))
            throw new errors/* InputError */.dz(input, `'${text.trim().slice(0, 100)}' is not a variant name`, "Use letters, digits, '.', '_', ':' and '-', at most 63, starting with a letter or digit");
        return text.trim();
    },
});
/** A Prometheus label name. */
const labelName = () => ({
    type: "label name",
    absent: undefined,
    parse: (text, input) => {
        if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(text.trim()))
            throw new errors/* InputError */.dz(input, `'${text.trim().slice(0, 100)}' is not a Prometheus label name`, "Use letters, digits and _, starting with a letter or _");
        return text.trim();
    },
});

// EXTERNAL MODULE: ./shared/dist/engine/files/json-error-place.js
var json_error_place = __webpack_require__(4362);
// EXTERNAL MODULE: ./shared/dist/engine/files/python-json.js
var python_json = __webpack_require__(7790);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/command-source.js








/** More than this on stdout is no metrics file a judgement should wait on. */
const MAX_OUTPUT = 64 * 1024 * 1024;
/** A command stopped at its timeout has this long between SIGTERM and SIGKILL. */
const STOP_GRACE_MS = 1000;
/**
 * What the command did instead of printing metrics, worded to follow "metrics-command". The
 * output is untrusted data: a problem names what is wrong and where, never echoes it whole.
 */
class OutputProblem extends errors/* MlopsError */.IC {
}
const FORMAT_FIX = 'Print one JSON object, {"baseline": {...}, "canary": {...}}, with each metric a list of numbers or {"failures": n, "total": n}';
const isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const count = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
/**
 * Python's `json.dumps` writes NaN bare, which the reader takes as the string of its word. A NaN
 * is no reading, as Prometheus's NaN is (a percentile over no requests, 0/0): a NaN point is
 * left out, and a metric printed as NaN, or with only NaN points, has no data, as with null.
 */
const isNaNWord = (value) => value === "NaN";
/** Why a sample is refused: Infinity, as Python writes it, or anything else but a number. */
function badSample(value, where) {
    if (value === "Infinity" || value === "-Infinity")
        return new OutputProblem(`printed ${where} as ${value}, which no sample can be`, "Print a finite number (a latency past the histogram's top bucket as that bucket's bound), or null for the whole metric while it has no value");
    return new OutputProblem(`printed ${where}, which is not a finite number`, FORMAT_FIX);
}
/** One variant's value of a metric: a list of numbers (samples) or failures of a total (a rate). */
function observed(value, where) {
    if (value === undefined || value === null || isNaNWord(value))
        return null;
    if (Array.isArray(value)) {
        const bad = value.findIndex((v) => !isNaNWord(v) && (typeof v !== "number" || !Number.isFinite(v)));
        if (bad >= 0)
            throw badSample(value[bad], `${where}[${bad}]`);
        const values = value.filter((v) => typeof v === "number");
        return values.length === 0 ? null : { kind: "samples", values };
    }
    if (isRecord(value) && count(value.failures) && count(value.total)) {
        if (value.failures > value.total)
            throw new OutputProblem(`printed ${where} with more failures than its total`, FORMAT_FIX);
        return value.total === 0
            ? null
            : { kind: "proportion", failures: value.failures, total: value.total };
    }
    throw new OutputProblem(`printed ${where}, which is neither a list of numbers nor {"failures": n, "total": n} of whole numbers`, FORMAT_FIX);
}
const kindOf = (value) => Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
/** Both variants' objects, with those the output lacks; refuses one that is no object. */
function variantsOf(doc) {
    const missing = [];
    const variant = (name) => {
        const value = doc[name];
        if (isRecord(value))
            return value;
        if (value !== undefined && value !== null)
            throw new OutputProblem(`printed "${name}" as ${kindOf(value)}, not an object of metrics`, FORMAT_FIX);
        missing.push(name);
        return {};
    };
    const baseline = variant("baseline");
    const canary = variant("canary");
    // With neither, the output is something else than the metrics: unread, not "no data".
    if (missing.length === 2)
        throw new OutputProblem('printed JSON without "baseline" and "canary" objects', FORMAT_FIX);
    return { baseline, canary, missing };
}
function printedOf(text) {
    if (text.trim() === "")
        throw new OutputProblem("printed nothing", FORMAT_FIX);
    let doc;
    try {
        doc = (0,python_json/* parsePythonJson */.S)(text);
    }
    catch (error) {
        const why = (0,json_error_place/* placeJsonError */.Y)(text, error.message, "document");
        throw new OutputProblem(`printed something that is not JSON: ${why}`, FORMAT_FIX);
    }
    if (!isRecord(doc))
        throw new OutputProblem(`printed ${kindOf(doc)}, not one JSON object`, FORMAT_FIX);
    return { ...variantsOf(doc), agreement: doc.agreement };
}
/** The named metrics of both variants, and their agreement when the output gives it. */
function readingOf(doc, names) {
    const side = (variant, name) => {
        const values = doc[variant];
        return observed(Object.hasOwn(values, name) ? values[name] : undefined, `${variant}.${name}`);
    };
    const metrics = names.map((name) => ({
        name,
        baseline: side("baseline", name),
        canary: side("canary", name),
    }));
    const agreement = doc.agreement;
    if (agreement === undefined)
        return { metrics };
    if (!isRecord(agreement) ||
        !count(agreement.agreed) ||
        !count(agreement.compared) ||
        agreement.agreed > agreement.compared)
        throw new OutputProblem('printed an "agreement" that is not {"agreed": n, "compared": n} with agreed <= compared', 'Print "agreement" as {"agreed": n, "compared": n}, or leave it out');
    return { metrics, agreement: { agreed: agreement.agreed, compared: agreement.compared } };
}
/** Why a run of the command gave no metrics, or null when it printed them. */
function failure(outcome, timeoutMs, printed) {
    if (outcome.timedOut)
        return `ran past ${timeoutMs / 1000}s`;
    if (outcome.spawnError !== null)
        return `could not run (${outcome.spawnError})`;
    if (outcome.exitCode === null)
        return `was stopped by ${outcome.signal}`;
    if (outcome.exitCode !== 0)
        return `exited with ${outcome.exitCode}`;
    if (printed > MAX_OUTPUT)
        return `printed more than ${MAX_OUTPUT / 1024 / 1024} MiB`;
    return null;
}
/**
 * The command's output over a window. It runs as a process group: a timeout stops the command
 * and whatever it started (a hung curl in a script), which would otherwise hold its output open
 * and the judgement with it.
 */
async function runCommand(options, window) {
    // The command counts back from when it runs, not from the window's end: a read tried again
    // later, for the same window, asks for the longer span that still starts where it starts.
    const seconds = (options.now().getTime() - window.start.getTime()) / 1000;
    const env = (0,child_env/* childEnv */.g)(options.env, {
        MLOPS_WINDOW_SECONDS: String(Math.max(1, Math.round(seconds))),
        MLOPS_STEP: String(window.step),
        MLOPS_WEIGHT: String(window.weight),
    });
    const stdout = [];
    let size = 0;
    let lastError = "";
    const outcome = await (0,run_process/* runProcess */.R)({
        argv: options.argv,
        shell: options.shell,
        cwd: options.cwd,
        env,
        timeoutMs: options.timeoutMs,
        graceMs: STOP_GRACE_MS,
        onLine: (line) => {
            size += line.length + 1;
            if (size <= MAX_OUTPUT)
                stdout.push(line);
        },
        onErrorLine: (line) => (lastError = line.trim() || lastError),
    });
    const why = failure(outcome, options.timeoutMs, size);
    if (why === null)
        return stdout.join("\n");
    throw new OutputProblem(`${why}${lastError ? `: ${lastError.slice(0, 200)}` : ""}`, "Run it by hand in the same directory to see why");
}
/** The output of one run, as printed and as read for the policy's metrics. */
async function readCommand(options, window) {
    const printed = printedOf(await runCommand(options, window));
    return { printed, reading: readingOf(printed, options.names) };
}
/**
 * The command run once before any traffic moves, at step and weight 0 over the last interval.
 * One that cannot run, prints no metrics, or lacks a metric the policy judges would otherwise
 * hold every step with the canary serving, and be rolled back only after max-holds. A metric
 * the canary alone lacks, or the whole "canary" object, is no mistake, for the canary has served
 * nothing yet; the "baseline" object, which serves all traffic, must be there, and a metric with
 * no data for it is warned of, as with Prometheus. The baseline's counts of each rate then are
 * what the rollout's plan is held against (traffic-plan.ts).
 */
async function preflight(options) {
    const end = options.now();
    const window = { start: new Date(end.getTime() - options.intervalMs), end, step: 0, weight: 0 };
    const ranBefore = "when run once before any traffic moved";
    let printed;
    let reading;
    try {
        ({ printed, reading } = await readCommand(options, window));
    }
    catch (error) {
        if (!(error instanceof OutputProblem))
            throw error;
        throw new errors/* InputError */.dz("metrics-command", `${ranBefore}, it ${error.message}`, error.fix);
    }
    if (printed.missing.includes("baseline"))
        throw new errors/* InputError */.dz("metrics-command", `${ranBefore}, it printed JSON without a "baseline" object`, 'Print the baseline\'s metrics as "baseline": {...}: it serves all traffic before the rollout, while "canary" may be left out until the canary has data');
    const missing = options.names.filter((name) => !Object.hasOwn(printed.baseline, name) && !Object.hasOwn(printed.canary, name));
    if (missing.length > 0) {
        const names = [...new Set([...Object.keys(printed.baseline), ...Object.keys(printed.canary)])];
        throw new errors/* InputError */.dz("policy", `judges ${missing.join(", ")}, which metrics-command did not print ${ranBefore} (it printed ${names.length > 0 ? (0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(names.join(", "))) : "no metric"})`, "Correct the metric's name in the policy, or have the command print it (null while it has no data)");
    }
    // A rate is told by its shape, {failures, total}, even with no request yet to count.
    options.checkRates?.(options.names.filter((name) => [printed.baseline[name], printed.canary[name]].some((v) => isRecord(v) && "total" in v)));
    // The command is told whole seconds: its counts cover them.
    const seconds = Math.ceil(options.intervalMs / 1000);
    const rates = reading.metrics.flatMap(({ name, baseline }) => baseline?.kind === "proportion"
        ? [{ name, failures: baseline.failures, total: baseline.total, windowMs: seconds * 1000 }]
        : []);
    const warnings = reading.metrics
        .filter((metric) => metric.baseline === null)
        .map((metric) => `${metric.name}: no data for the baseline from metrics-command over the last ${seconds}s before the rollout: unless the baseline served no request then, the metric will hold every step`);
    return { warnings, rates };
}
/**
 * The reading, a rate whose rule no share can break (a metric printed as `null` before any
 * traffic moved, a rate only once requests came) holding with the policy's refusal as its
 * reason: it is never judged passed, and the rollout goes back after max-holds.
 */
function withRateRules(reading, checkRates) {
    if (checkRates === undefined)
        return reading;
    const metrics = reading.metrics.map((metric) => {
        if (![metric.baseline, metric.canary].some((v) => v?.kind === "proportion"))
            return metric;
        try {
            checkRates([metric.name]);
            return metric;
        }
        catch (error) {
            if (!(error instanceof errors/* MlopsError */.IC))
                throw error;
            return { ...metric, error: [error.message, error.fix].filter(Boolean).join(". ") };
        }
    });
    return { ...reading, metrics };
}
/**
 * Reads both variants' metrics from the user's command (a script over logs, a query of another
 * metrics store). A command that fails, runs past its time or prints something else leaves every
 * metric unread for this judgement: the step holds, it does not pass.
 */
function commandSource(options) {
    return {
        description: `command ${options.shell
            ? "sh -c"
            : options.argv
                .slice(0, 2)
                .map((part) => (0,external_node_path_.basename)(part))
                .join(" ")}`,
        known: null,
        check: () => preflight(options),
        read: async (window) => {
            try {
                return withRateRules((await readCommand(options, window)).reading, options.checkRates);
            }
            catch (error) {
                if (!(error instanceof OutputProblem))
                    throw error;
                const why = `metrics-command ${error.line}`;
                return {
                    metrics: options.names.map((name) => ({
                        name,
                        baseline: null,
                        canary: null,
                        error: why,
                    })),
                };
            }
        },
    };
}

// EXTERNAL MODULE: ./shared/dist/platform/github/client.js
var github_client = __webpack_require__(5143);
// EXTERNAL MODULE: ./shared/dist/platform/github/converge.js
var github_converge = __webpack_require__(5001);
;// CONCATENATED MODULE: ./shared/dist/platform/github/deployments.js
/**
 * Deployments of a ref to an environment, and their statuses (in_progress, success, failure,
 * inactive), as canary-deploy reports them. A deployment carries a correlation id in its
 * payload, so a retry after a lost answer finds the one already made instead of making another.
 */


const CORRELATION = "mlops_correlation_id";
async function createDeployment(github, options) {
    const { repo, environment } = options;
    const correlationId = options.correlationId ?? (0,external_node_crypto_.randomUUID)();
    const toRef = (d) => ({
        id: d.id,
        environment,
        sha: d.sha,
        correlationId,
    });
    return (0,github_converge/* converge */.c)(github, `creating a deployment to '${environment}'`, async (attempt) => {
        if (attempt > 0 || options.correlationId) {
            const existing = await github.octokit.paginate(github.octokit.rest.repos.listDeployments, {
                ...repo,
                environment,
                ref: options.ref,
                per_page: 100,
            });
            const ours = existing.find((d) => {
                const payload = typeof d.payload === "object" && d.payload ? d.payload : {};
                return payload[CORRELATION] === correlationId;
            });
            if (ours)
                return toRef(ours);
        }
        const { data, status } = await github.octokit.rest.repos.createDeployment({
            ...repo,
            ref: options.ref,
            environment,
            auto_merge: false,
            required_contexts: [],
            description: options.description ?? "",
            payload: { ...options.payload, [CORRELATION]: correlationId },
            production_environment: options.productionEnvironment ?? environment === "production",
        });
        if (status !== 201 || !("id" in data)) {
            throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
        }
        return toRef(data);
    });
}
/** Sets the deployment's status; the same status as the latest one is not posted again. */
async function setDeploymentStatus(github, options) {
    const { repo, deploymentId, state } = options;
    const description = (options.description ?? "").slice(0, 140);
    return (0,github_converge/* converge */.c)(github, `setting deployment ${deploymentId} to ${state}`, async () => {
        const { data: statuses } = await github.octokit.rest.repos.listDeploymentStatuses({
            ...repo,
            deployment_id: deploymentId,
            per_page: 1,
        });
        const latest = statuses[0];
        if (latest && latest.state === state && latest.description === description) {
            return { action: "unchanged" };
        }
        await github.octokit.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: deploymentId,
            state,
            description,
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            ...(options.logUrl ? { log_url: options.logUrl } : {}),
            auto_inactive: true,
        });
        return { action: "set" };
    });
}
/** The statuses of a deployment, newest first. */
async function listDeploymentStatuses(github, repo, deploymentId) {
    const statuses = await converge(github, `listing statuses of deployment ${deploymentId}`, () => github.octokit.paginate(github.octokit.rest.repos.listDeploymentStatuses, {
        ...repo,
        deployment_id: deploymentId,
        per_page: 100,
    }));
    return statuses.map((s) => ({
        state: s.state,
        description: s.description ?? "",
        createdAt: s.created_at,
    }));
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/deployment-trail.js



const NO_TRAIL = {
    deployment: null,
    progress: async () => undefined,
    finish: async () => undefined,
};
/** Each outcome's final state; success marks the environment's earlier deployment inactive. */
const FINAL_STATE = {
    promoted: "success",
    "rolled-back": "failure",
    inconclusive: "error",
};
/**
 * Sets a status; one GitHub does not take is said in the log, for the rollout, not its record,
 * decides where the traffic goes.
 */
async function postStatus(client, status, log) {
    const { logUrl, ...rest } = status;
    try {
        await setDeploymentStatus(client, { ...rest, ...(logUrl ? { logUrl } : {}) });
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
            throw error;
        log(`canary-deploy: warning: deployment ${status.deploymentId} not set to ${status.state}: ${error.line}`);
    }
}
/**
 * Opens a deployment of `ref` to the environment when the run is on GitHub with a token;
 * elsewhere (the CLI on a laptop) the rollout leaves no trail and says so in the log.
 */
async function openTrail(context, options) {
    const { github } = context;
    const token = options.token ?? github.token;
    const ref = options.ref ?? github.sha;
    if (!github.repo || !token || !ref) {
        context.log("canary-deploy: not on GitHub with a token and a commit, so no deployment is recorded");
        return NO_TRAIL;
    }
    const client = (0,github_client.createGitHubClient)({
        token,
        apiUrl: github.apiUrl,
        log: context.log,
        ...(context.clock ? { retry: context.clock } : {}),
    });
    const repo = github.repo;
    // Stable across re-runs of the same job: a retry finds the deployment it made.
    const correlationId = github.runId
        ? `canary-${github.runId}-${github.runAttempt ?? 1}-${options.environment}`
        : undefined;
    const made = await createDeployment(client, {
        repo,
        ref,
        environment: options.environment,
        description: "canary rollout by mlops canary-deploy",
        payload: options.payload,
        productionEnvironment: false,
        ...(correlationId ? { correlationId } : {}),
    });
    const status = (state, description) => postStatus(client, { repo, deploymentId: made.id, state, description, logUrl: github.runUrl }, context.log);
    return {
        deployment: { id: made.id, environment: options.environment },
        progress: (step, steps, weight) => status("in_progress", `canary at ${weight}% (step ${step} of ${steps})`),
        finish: (outcome, reason, weight) => status(FINAL_STATE[outcome], `${outcome} at ${weight}%: ${reason}`),
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
// EXTERNAL MODULE: ./shared/dist/engine/files/read-structured.js + 1 modules
var read_structured = __webpack_require__(1255);
;// CONCATENATED MODULE: ./shared/dist/platform/prometheus/query-template.js



const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const DURATION = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
const query_template_PLACEHOLDER = /\{(variant|window|variant_label)\}/y;
/**
 * Fills {variant}, {window} and {variant_label} in a PromQL template; other braces are PromQL's.
 * The variant comes from an input, so it is escaped for the string it lands in: inside "..." or
 * '...' its backslashes, that quote and control characters are escaped; outside any string it
 * becomes a double-quoted string of its own. Nothing it contains can end the string early.
 */
function fillQuery(template, values) {
    if (!LABEL_NAME.test(values.variantLabel)) {
        throw new errors/* InputError */.dz("variant-label", `'${(0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(values.variantLabel, shorten/* REFUSAL_NAME_LIMIT */.DK))}' is not a Prometheus label name`, "Use letters, digits and underscores, not starting with a digit");
    }
    if (!DURATION.test(values.window)) {
        throw new Error(`fillQuery: window '${values.window}' is not a Prometheus duration`);
    }
    let out = "";
    let quote;
    for (let at = 0; at < template.length;) {
        query_template_PLACEHOLDER.lastIndex = at;
        const placeholder = query_template_PLACEHOLDER.exec(template);
        if (placeholder) {
            out += fill(template, placeholder[1], values, quote);
            at += placeholder[0].length;
            continue;
        }
        const char = template[at];
        if (quote === undefined && char === "#") {
            // A comment runs to the end of the line; a quote in it opens no string.
            const end = template.indexOf("\n", at);
            out += template.slice(at, end < 0 ? undefined : end);
            at = end < 0 ? template.length : end;
            continue;
        }
        if (quote !== undefined && quote !== "`" && char === "\\") {
            out += template.slice(at, at + 2);
            at += 2;
            continue;
        }
        if (char === '"' || char === "'" || char === "`") {
            if (quote === undefined)
                quote = char;
            else if (quote === char)
                quote = undefined;
        }
        out += char;
        at++;
    }
    return out;
}
function fill(template, name, values, quote) {
    if (name === "window")
        return values.window;
    if (name === "variant_label")
        return values.variantLabel;
    if (quote === "`")
        rawStringPlaceholder(template);
    return quote === undefined
        ? `"${escapeFor('"', values.variant)}"`
        : escapeFor(quote, values.variant);
}
/** The text of a PromQL string closed by `quote` that reads as `value` (Go's escapes). */
const escapeFor = (quote, value) => 
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
value.replace(/[\\"'\u0000-\u001f\u007f]/g, (char) => {
    if (char === "\\")
        return "\\\\";
    if (char === '"' || char === "'")
        return char === quote ? `\\${char}` : char;
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
});
/** A raw `...` string has no escapes, so a placeholder inside it could not be filled safely. */
function rawStringPlaceholder(template) {
    throw new errors/* MlopsError */.IC(`query '${(0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(template, 120))}': {variant} inside a \`raw string\` cannot be escaped`, 'Put "{variant}" in double quotes');
}
/**
 * A window of `ms` milliseconds as a Prometheus duration, exact to the millisecond (`40023ms`),
 * in the largest whole unit when it is one (`5m`), and at least `1ms`. Never rounded up: a
 * window from when a weight was set must not reach back before it.
 */
function promDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`promDuration: ${ms} is not a duration`);
    const whole = Math.max(1, Math.floor(ms));
    for (const [unit, size] of [
        ["d", 86_400_000],
        ["h", 3_600_000],
        ["m", 60_000],
        ["s", 1000],
    ])
        if (whole % size === 0)
            return `${whole / size}${unit}`;
    return `${whole}ms`;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/load-queries.js





/** Refuses one of a queries file's queries at its file, line and field, as the file's other problems are. */
function refuseWrittenQuery(metric, field, problem, fix) {
    const { file, lines } = metric.written;
    return (0,validate/* refuseField */.jA)(file, () => lines[field])((0,nesting/* jsonPointer */.Av)(["metrics", metric.name, field]), problem, fix);
}
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,99}$/;
const load_queries_isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
/**
 * A query that selects the variant: without {variant} it reads one series for both, and inside
 * a `raw string` (which fillQuery refuses, its only refusal of a template) it cannot be escaped.
 */
function withVariant(query, at, refuse) {
    if (!query.includes("{variant}")) {
        refuse(at, "has no {variant}, so it would read the same series for the baseline and the canary", 'Select the variant in it, such as http_requests_total{{variant_label}="{variant}"}');
    }
    try {
        fillQuery(query, { variant: "baseline", variantLabel: "variant", window: "1m" });
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
            throw error;
        refuse(at, "has {variant} inside a `raw string`, which has no escapes, so a variant's name could end it early", 'Put "{variant}" in double quotes');
    }
    return query;
}
/** One metric of the file, checked field by field. */
function metricOf(name, spec, refuse, lineOf, file) {
    const at = (0,nesting/* jsonPointer */.Av)(["metrics", name]);
    if (!NAME.test(name))
        refuse(at, "is not a metric name", "Use letters, digits, _ . : and -, starting with a letter or _");
    if (!load_queries_isRecord(spec))
        return refuse(at, "is not a mapping", "Give kind, direction and the queries");
    const text = (field, required) => {
        const value = spec[field];
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== "string" || value.trim() === "")
            refuse(`${at}/${field}`, required ? "is missing or empty" : "is not text", `Give ${field} as text`);
        return value;
    };
    const known = new Set(["kind", "direction", "query", "failures", "total", "unit", "description"]);
    for (const field of Object.keys(spec))
        if (!known.has(field))
            refuse(`${at}/${field}`, "is not a field of a metric", `Use ${[...known].join(", ")}`);
    const kind = spec.kind;
    if (kind !== "samples" && kind !== "proportion")
        refuse(`${at}/kind`, `is ${JSON.stringify(kind)}`, "Use samples (a time series such as a latency quantile) or proportion (failures of a total)");
    const direction = spec.direction;
    if (direction !== "higher" && direction !== "lower")
        refuse(`${at}/direction`, `is ${JSON.stringify(direction)}`, "Use higher or lower: which way is better");
    const query = (field) => withVariant(text(field, true), `${at}/${field}`, refuse);
    const fields = kind === "samples" ? ["query"] : ["failures", "total"];
    const queries = Object.fromEntries(fields.map((field) => [field, query(field)]));
    const lines = Object.fromEntries(fields.map((field) => [field, lineOf(`${at}/${field}`)]));
    const unit = text("unit", false);
    return {
        name,
        kind: kind,
        direction: direction,
        ...queries,
        ...(unit === undefined ? {} : { unit }),
        description: text("description", false) ?? name,
        written: { file, lines },
    };
}
/**
 * Reads the user's own PromQL metrics: `metrics:` mapping each name to its `kind` (samples or
 * proportion), `direction`, and `query` (samples) or `failures` and `total` (proportion), with
 * an optional `unit` and `description`. Every problem names the file, line and field.
 */
function loadQueries(path, shownAs) {
    const doc = (0,read_structured/* readStructured */.cW)(path, shownAs);
    const refuse = (0,validate/* refuseField */.jA)(shownAs, doc.lineOf);
    const metrics = load_queries_isRecord(doc.value) ? doc.value.metrics : undefined;
    if (!load_queries_isRecord(metrics) || Object.keys(metrics).length === 0)
        refuse("/metrics", "is not a mapping of metric names to their queries", "Write metrics: {latency_p95: {kind: samples, direction: lower, query: ...}}");
    return Object.entries(metrics).map(([name, spec]) => metricOf(name, spec, refuse, doc.lineOf, shownAs));
}

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
;// CONCATENATED MODULE: ./shared/dist/platform/prometheus/query-selectors.js
/** PromQL's keywords, which may stand before a selector of braces alone: never a metric. */
const KEYWORDS = new Set([
    "and",
    "or",
    "unless",
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "bool",
    "offset",
    "atan2",
]);
/** The keywords whose parenthesised list, such as `by (le)`, holds label names. */
const LABEL_LISTS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);
/**
 * Words that are never a bare metric's name: the keywords, the aggregations (which may take
 * `by (...)` before their parenthesis, as in `sum by (le) (...)`), and the numbers PromQL
 * spells as words, in any case.
 */
const NOT_METRICS = new Set([
    ...KEYWORDS,
    ...["sum", "avg", "count", "min", "max", "group", "stddev", "stdvar", "count_values"],
    ...["topk", "bottomk", "quantile", "limitk", "limit_ratio"],
    // Prometheus 3's range modifiers, `rate(m[5m] anchored)`.
    ...["anchored", "smoothed"],
    "inf",
    "nan",
]);
const NAME_START = /[a-zA-Z_:]/;
const NAME_PART = /[a-zA-Z0-9_:]/;
const DIGIT = /[0-9]/;
/** What a number or a duration is made of: `1e3`, `0x1f`, `1.5`, `1_000`, `1h30m`. */
const NUMBER_PART = /[a-zA-Z0-9_.]/;
/**
 * The vector selectors of a PromQL query, each once, in the order written: a bare name
 * (`name`, no matchers) or a name with label matchers (`name{a="b",c=~"d"}`): the parts of a
 * query with no data that may name a metric, a label or a value Prometheus does not have.
 * Never taken for a metric: function names, keywords and aggregations, the label names of
 * `by (...)`, `on (...)` and the like, numbers and durations (`1e3`, `Inf`, `[5m]`, `offset 5m`,
 * `@ start()`), strings and comments. Braces without a name before them name their metric
 * inside, quoted (Prometheus 3's `{"http.server.duration", job="api"}`) or as `__name__="up"`;
 * without either they are not listed.
 */
function selectorsOf(query) {
    const found = new Map();
    const add = (name, matchers) => {
        const key = selectorText({ name, matchers });
        if (!found.has(key))
            found.set(key, { name, matchers });
    };
    for (let at = 0; at < query.length;) {
        const char = query[at];
        if (char === "#") {
            const end = query.indexOf("\n", at);
            at = end < 0 ? query.length : end;
        }
        else if (char === '"' || char === "'" || char === "`") {
            at = stringEnd(query, at);
        }
        else if (char === "{") {
            // Braces without a name before them: the name may be inside, quoted or as `__name__`.
            const { matchers, next } = matchersAt(query, at + 1);
            const named = nameInBraces(matchers);
            if (named)
                add(named.name, named.matchers);
            at = next;
        }
        else if (char === "[") {
            // A range or a subquery (`[5m]`, `[10m:1m]`): durations only.
            const end = query.indexOf("]", at);
            at = end < 0 ? query.length : end + 1;
        }
        else if (DIGIT.test(char) || (char === "." && DIGIT.test(query[at + 1] ?? ""))) {
            // A number or a duration: its letters (`e`, `x`, `m`) name nothing.
            at = runEnd(query, at, NUMBER_PART);
        }
        else if (NAME_START.test(char)) {
            const end = runEnd(query, at, NAME_PART);
            const name = query.slice(at, end);
            const word = name.toLowerCase();
            let next = end;
            while (/\s/.test(query[next] ?? ""))
                next++;
            if (query[next] === "{" && !KEYWORDS.has(word)) {
                const { matchers, next: after } = matchersAt(query, next + 1);
                add(name, matchers);
                at = after;
            }
            else if (query[next] === "(") {
                // A function's arguments are read on; a grouping clause's list is of labels.
                at = LABEL_LISTS.has(word) ? listEnd(query, next + 1) : next + 1;
            }
            else {
                if (!NOT_METRICS.has(word))
                    add(name, []);
                at = end;
            }
        }
        else
            at++;
    }
    return [...found.values()];
}
/** One double-quoted string, its escapes included: `"a.b"`, not `"a.b"="c"`. */
const QUOTED = String.raw `"(?:[^"\\]|\\.)*"`;
const QUOTED_ALONE = new RegExp(`^${QUOTED}$`, "s");
const NAME_MATCHER = new RegExp(`^__name__\\s*=\\s*(${QUOTED})$`, "s");
/** A name as PromQL takes it bare. */
const LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/**
 * A selector as a query that asks for it: `name{matchers}`, or with a name only Prometheus 3
 * takes (dots, dashes, any UTF-8), the name quoted inside the braces.
 */
function selectorText({ name, matchers }) {
    if (LEGACY_NAME.test(name))
        return matchers.length > 0 ? `${name}{${matchers.join(",")}}` : name;
    return `{${[JSON.stringify(name), ...matchers].join(",")}}`;
}
/**
 * The metric a selector of braces alone names, and its other matchers: a matcher that is a
 * double-quoted string alone (Prometheus 3), or `__name__="..."`. Null for neither, or for a
 * string this reading cannot unquote.
 */
function nameInBraces(matchers) {
    for (const [i, matcher] of matchers.entries()) {
        const quoted = NAME_MATCHER.exec(matcher)?.[1] ?? (QUOTED_ALONE.test(matcher) ? matcher : undefined);
        if (quoted === undefined)
            continue;
        let name;
        try {
            name = JSON.parse(quoted);
        }
        catch {
            return null;
        }
        return typeof name === "string" && name !== ""
            ? { name, matchers: matchers.filter((_, j) => j !== i) }
            : null;
    }
    return null;
}
/** The index just past the run of `part` characters that starts at `at`. */
function runEnd(query, at, part) {
    let end = at + 1;
    while (end < query.length && part.test(query[end]))
        end++;
    return end;
}
/** The index just past the string that opens at `at` (its end, for an unclosed one). */
function stringEnd(query, at) {
    const quote = query[at];
    let i = at + 1;
    while (i < query.length && query[i] !== quote)
        i += quote !== "`" && query[i] === "\\" ? 2 : 1;
    return Math.min(i + 1, query.length);
}
/** The index just past the `)` that closes a label list opened before `from`. */
function listEnd(query, from) {
    let at = from;
    while (at < query.length && query[at] !== ")") {
        const char = query[at];
        at = char === '"' || char === "'" || char === "`" ? stringEnd(query, at) : at + 1;
    }
    return at + 1;
}
/** The matchers between `{` (before `from`) and its `}`, split at commas outside strings. */
function matchersAt(query, from) {
    const matchers = [];
    let start = from;
    let at = from;
    const take = () => {
        const matcher = query.slice(start, at).trim();
        if (matcher !== "")
            matchers.push(matcher);
    };
    while (at < query.length && query[at] !== "}") {
        const char = query[at];
        if (char === '"' || char === "'" || char === "`")
            at = stringEnd(query, at);
        else {
            if (char === ",") {
                take();
                start = at + 1;
            }
            at++;
        }
    }
    take();
    return { matchers, next: at + 1 };
}

;// CONCATENATED MODULE: ./shared/dist/platform/prometheus/prometheus-client.js



/** Why a query gave no answer: the cause as a clause, for the step's reasons. */
class PrometheusError extends errors/* MlopsError */.IC {
    kind;
    constructor(kind, message, fix) {
        super(message, fix);
        this.kind = kind;
    }
}
/** How much of the query an error message echoes. */
const QUERY_LIMIT = 120;
/** How much of Prometheus's own error text an error message echoes. */
const DETAIL_LIMIT = 300;
/** Far above any one series' answer (11,000 points at most); a bigger body is not Prometheus. */
const BODY_LIMIT = 16 * 1024 * 1024;
/** One number, or null when the result is empty (no series: no data, never zero) or NaN/±Inf. */
async function instantQuery(source, query, time) {
    const call = { source, path: "query", query, form: { query, time: unixSeconds(time) } };
    const data = await ask(call);
    if (data.resultType === "scalar")
        return finite(sampleValue(call, data.result));
    if (data.resultType !== "vector")
        throw wrongType(call, data.resultType, "vector");
    const series = oneSeries(call, data.result);
    return series === undefined ? null : finite(sampleValue(call, field(series, "value")));
}
/**
 * The values of one series over [start, end] at `stepSeconds`, oldest first; [] when the result
 * is empty. NaN points are dropped: a histogram_quantile over a step without requests is NaN,
 * which means no data there. ±Inf points are kept: a quantile above a histogram's top bucket is
 * +Inf, the slowest steps, which the caller must not lose.
 */
async function rangeQuery(source, query, start, end, stepSeconds) {
    const form = { query, start: unixSeconds(start), end: unixSeconds(end), step: `${stepSeconds}` };
    const call = { source, path: "query_range", query, form };
    const data = await ask(call);
    if (data.resultType !== "matrix")
        throw wrongType(call, data.resultType, "matrix");
    const series = oneSeries(call, data.result);
    if (series === undefined)
        return [];
    const values = field(series, "values");
    if (!Array.isArray(values))
        throw malformed(call, "a series without a list of values");
    return values.map((sample) => sampleValue(call, sample)).filter((v) => !Number.isNaN(v));
}
/**
 * The labels of each series an instant query returns, its values unread: which values a label
 * has (`count by (label) (...)`), or which labels a metric's series carry.
 */
async function instantLabels(source, query, time) {
    const call = { source, path: "query", query, form: { query, time: unixSeconds(time) } };
    const data = await ask(call);
    if (data.resultType !== "vector")
        throw wrongType(call, data.resultType, "vector");
    if (!Array.isArray(data.result))
        throw malformed(call, "a result that is not a list of series");
    return data.result.map((series) => {
        const labels = prometheus_client_isRecord(series) ? field(series, "metric") : undefined;
        if (!prometheus_client_isRecord(labels))
            throw malformed(call, "a series without its labels");
        return Object.fromEntries(Object.entries(labels).filter((entry) => typeof entry[1] === "string"));
    });
}
const unixSeconds = (time) => `${time.getTime() / 1000}`;
const finite = (value) => (Number.isFinite(value) ? value : null);
/** The URL as an error may show it: no user, password, query string or fragment. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
    }
    catch {
        return "(not a URL)";
    }
}
/** The opening of every message: which Prometheus, which query. */
const subject = (call) => `Prometheus at ${displayUrl(call.source.url)}: query '${(0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(oneLine(call.query), QUERY_LIMIT))}'`;
const oneLine = (text) => (0,escape_control/* escapeControl */.hN)(text.replace(/\s+/g, " ").trim());
function endpoint(call) {
    let base;
    try {
        base = new URL(call.source.url);
    }
    catch {
        throw new PrometheusError("unreachable", `${subject(call)} not sent: the Prometheus URL is not a URL`, "Give the base URL, such as http://prometheus:9090");
    }
    if (base.protocol !== "http:" && base.protocol !== "https:") {
        throw new PrometheusError("unreachable", `${subject(call)} not sent: the Prometheus URL is ${(0,escape_control/* safeForLog */.p5)(base.protocol)}, not http or https`, "Give the base URL, such as http://prometheus:9090");
    }
    // Relative to the base's path, so that a prefix such as /prometheus/ is kept.
    base.username = "";
    base.password = "";
    base.pathname = `${base.pathname.replace(/\/+$/, "")}/api/v1/${call.path}`;
    base.search = "";
    base.hash = "";
    return base;
}
/** Sends the call as a form POST (no URL-length limit) and returns the envelope's `data`. */
async function ask(call) {
    const url = endpoint(call);
    const headers = requestHeaders(call);
    const signal = AbortSignal.timeout(call.source.timeoutMs);
    let status;
    let body;
    try {
        const response = await fetch(url, {
            method: "POST",
            headers,
            body: new URLSearchParams(call.form),
            signal,
            redirect: "error",
        });
        status = response.status;
        body = await readCapped(response, call);
    }
    catch (error) {
        throw error instanceof PrometheusError ? error : sendFailure(call, error, signal);
    }
    return envelopeData(call, status, body);
}
function requestHeaders(call) {
    const headers = new Headers();
    headers.set("content-type", "application/x-www-form-urlencoded");
    const basic = basicCredentials(call.source.url);
    if (basic)
        headers.set("authorization", `Basic ${basic}`);
    for (const [name, value] of Object.entries(call.source.headers ?? {})) {
        try {
            headers.set(name, value);
        }
        catch {
            throw new PrometheusError("http", `${subject(call)} not sent: header '${(0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(oneLine(name), shorten/* REFUSAL_NAME_LIMIT */.DK))}' has a name or value HTTP does not allow`, "Remove line breaks and control characters from the header");
        }
    }
    return headers;
}
/** http://user:password@host/ means Basic authentication, which fetch will not send from a URL. */
function basicCredentials(url) {
    const { username, password } = new URL(url);
    if (!username && !password)
        return undefined;
    const pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
    return Buffer.from(pair, "utf8").toString("base64");
}
/** The body as text, refusing one larger than BODY_LIMIT. */
async function readCapped(response, call) {
    if (!response.body)
        return "";
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > BODY_LIMIT) {
            await response.body.cancel().catch(() => undefined);
            throw malformed(call, `an answer larger than ${BODY_LIMIT / 1024 / 1024} MiB`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
/** A fetch that threw: the timeout, or the network (refused, reset, DNS, TLS). */
function sendFailure(call, error, signal) {
    if (signal.aborted) {
        return new PrometheusError("timeout", `${subject(call)} got no answer within ${call.source.timeoutMs} ms`, "Check that Prometheus is healthy, or simplify the query");
    }
    // Without the query: a server that cannot be reached is the same for every query, and one
    // reason for all the metrics it holds reads better than one a metric.
    return new PrometheusError("unreachable", `Prometheus at ${displayUrl(call.source.url)} not answered: ${networkCause(error)}`, "Check the URL and that Prometheus is running and reachable from the runner");
}
/**
 * The most specific thing Node says about a failed connection ("connect ECONNREFUSED
 * 127.0.0.1:9090", "getaddrinfo ENOTFOUND prometheus"): the innermost cause's message.
 */
function networkCause(error) {
    let current = error;
    for (let depth = 0; depth < 5; depth++) {
        const next = current instanceof AggregateError && current.errors.length > 0
            ? current.errors[0]
            : current instanceof Error
                ? current.cause
                : undefined;
        if (!(next instanceof Error))
            break;
        current = next;
    }
    const message = current instanceof Error ? current.message : String(current);
    return (0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(oneLine(message), DETAIL_LIMIT));
}
/** What the credentials a server asks for are given as: canary-deploy's Authorization input. */
const CREDENTIALS_FIX = "Pass the credentials Prometheus (or the proxy in front of it) expects as its Authorization header (canary-deploy's prometheus-authorization, such as Bearer and a token from a secret)";
const HTTP_FIXES = {
    401: CREDENTIALS_FIX,
    403: CREDENTIALS_FIX,
    404: "Check the URL: give Prometheus's base URL, with its path prefix if it has one",
};
/** A server's own failure (5xx): Prometheus, or what stands in front of it, is not well. */
const SERVER_FIX = "Prometheus or the proxy in front of it failed to answer: check that it is up and its logs, then run again";
/**
 * Prometheus's envelope: `{status: "success", data}` or `{status: "error", errorType, error}`,
 * the latter also on 400/422/503, so it is read before the HTTP status.
 */
function envelopeData(call, status, body) {
    const envelope = parseJson(body);
    if (envelope?.status === "error") {
        const errorType = typeof envelope.errorType === "string" ? envelope.errorType : "error";
        const text = typeof envelope.error === "string" ? envelope.error : "(no message)";
        const detail = (0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(oneLine(`${errorType}: ${text}`), DETAIL_LIMIT));
        return rejectQuery(call, detail);
    }
    if (status < 200 || status > 299) {
        throw new PrometheusError("http", `${subject(call)} answered HTTP ${status}`, HTTP_FIXES[status] ?? (status >= 500 ? SERVER_FIX : undefined));
    }
    if (envelope?.status !== "success" || !prometheus_client_isRecord(envelope.data)) {
        throw malformed(call, "an answer that is not Prometheus's API JSON");
    }
    return envelope.data;
}
function rejectQuery(call, detail) {
    throw new PrometheusError("query", `${subject(call)} rejected: ${detail}`, "Fix the query (try it in Prometheus's expression browser)");
}
function parseJson(body) {
    try {
        const value = JSON.parse(body);
        return prometheus_client_isRecord(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const prometheus_client_isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** An own property only: a hostile answer's `__proto__` or `constructor` is never followed. */
const field = (record, key) => Object.hasOwn(record, key) ? record[key] : undefined;
/** The only series of a vector or matrix; undefined when there is none. */
function oneSeries(call, result) {
    if (!Array.isArray(result))
        throw malformed(call, "a result that is not a list of series");
    if (result.length > 1) {
        throw new PrometheusError("shape", `${subject(call)} returned ${result.length} series where one is needed`, "Aggregate the query to one series, e.g. sum(...) or histogram_quantile(0.95, sum by (le) (...))");
    }
    const [series] = result;
    if (series === undefined)
        return undefined;
    if (!prometheus_client_isRecord(series))
        throw malformed(call, "a series that is not an object");
    return series;
}
/** How Prometheus writes the values JSON has no numbers for (Go's strconv spellings). */
const SPECIAL = {
    NaN: Number.NaN,
    "+Inf": Number.POSITIVE_INFINITY,
    Inf: Number.POSITIVE_INFINITY,
    "-Inf": Number.NEGATIVE_INFINITY,
};
/** The number in a `[timestamp, "value"]` pair; NaN and ±Inf as Prometheus writes them. */
function sampleValue(call, sample) {
    const text = Array.isArray(sample) && sample.length === 2 ? sample[1] : undefined;
    if (typeof text !== "string")
        throw malformed(call, "a sample that is not [time, value]");
    const special = Object.hasOwn(SPECIAL, text) ? SPECIAL[text] : undefined;
    if (special !== undefined)
        return special;
    const value = text.trim() === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) {
        throw malformed(call, `a sample value '${(0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(oneLine(text), 40))}'`);
    }
    return value;
}
function wrongType(call, resultType, expected) {
    const got = typeof resultType === "string" ? (0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(resultType, 20)) : "nothing";
    const fix = got === "matrix"
        ? "A range selector such as x[5m] needs a function around it, such as rate(x[5m])"
        : `Write a query whose result is a ${expected}`;
    return new PrometheusError("shape", `${subject(call)} returned a ${got} where a ${expected} is needed`, fix);
}
function malformed(call, what) {
    return new PrometheusError("shape", `${subject(call)} got ${what}`, "Check that the URL points at Prometheus's HTTP API");
}

// EXTERNAL MODULE: ./shared/dist/engine/stats/mann-whitney-u.js + 1 modules
var mann_whitney_u = __webpack_require__(7835);
// EXTERNAL MODULE: ./shared/dist/engine/stats/normal-distribution.js
var normal_distribution = __webpack_require__(6233);
// EXTERNAL MODULE: ./shared/dist/engine/stats/stats-input-error.js
var stats_input_error = __webpack_require__(5428);
;// CONCATENATED MODULE: ./shared/dist/engine/stats/sorted-median.js
/**
 * Halfway between two doubles. Halving the sum is exact, but the sum of two values above half
 * the largest double overflows: those are halved first instead, which cannot overflow.
 */
function midpoint(a, b) {
    const sum = a + b;
    return Number.isFinite(sum) || !Number.isFinite(a) || !Number.isFinite(b)
        ? sum / 2
        : a / 2 + b / 2;
}
/** The median of a non-empty sample sorted ascending. */
function sortedMedian(sorted) {
    const n = sorted.length;
    return midpoint(sorted[(n - 1) >> 1], sorted[n >> 1]);
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/estimate.js
var estimate = __webpack_require__(7653);
;// CONCATENATED MODULE: ./shared/dist/engine/evidence/order-statistic-estimate.js


/**
 * An estimate whose interval runs between two order statistics of `values`, as the
 * Hodges-Lehmann interval and the distribution-free interval of a median do: at tail a,
 *
 *   [V_(k), V_(N + 1 - k)],  k = floor(N/2 - z_(1-a) s),
 *
 * with `spread` s the standard deviation of the rank statistic under the null, unbounded when
 * k < 1. The tests are that interval inverted, so that `interval(a).lower > t` exactly when
 * `pAbove(t) <= a`: with c = #{V <= t}, V_(k) > t iff c + 1 <= N/2 - z s, so
 * pAbove(t) = Pr(Z >= (N/2 - c - 1) / s); symmetrically with #{V < t} for pBelow.
 */
function orderStatisticEstimate(values, spread) {
    const n = values.size;
    const half = n / 2;
    const value = midpoint(orderStatistic(values, Math.floor((n + 1) / 2)), orderStatistic(values, Math.floor(n / 2) + 1));
    const interval = (tail) => {
        const k = Math.floor(half + (0,normal_distribution/* normalQuantile */.Zl)(tail) * spread);
        return k < 1
            ? { lower: -Infinity, upper: Infinity }
            : { lower: orderStatistic(values, k), upper: orderStatistic(values, n + 1 - k) };
    };
    // One standard error: the half-width of the interval at one sigma, for sizing effects.
    const sigma = interval((0,normal_distribution/* normalSf */.nG)(1));
    return {
        value,
        standardError: Number.isFinite(sigma.lower) ? (sigma.upper - sigma.lower) / 2 : Infinity,
        smallestPValue: 0,
        pAbove: (t) => (0,normal_distribution/* normalSf */.nG)((half - values.countAtMost(t) - 1) / spread),
        pBelow: (t) => (0,normal_distribution/* normalSf */.nG)((values.countBelow(t) - half - 1) / spread),
        interval,
    };
}
/**
 * The r-th smallest value (1-based), by bisection on the threshold: the smallest t with
 * #{V <= t} >= r is a value of the set. The bisection runs over the doubles in order (their
 * `orderKey`), not over their values: each step halves the doubles left between the ends, so it
 * ends within 64 steps whatever the ends are, infinite ones included, where halving the values
 * would take some 2,000 steps across the whole range and never end from an infinite end.
 */
function orderStatistic(values, r) {
    if (values.countAtMost(values.range.lower) >= r)
        return values.range.lower;
    let low = orderKey(values.range.lower);
    let high = orderKey(values.range.upper);
    // Invariant: #{V <= low} < r <= #{V <= high}.
    while (high - low > 1n) {
        const mid = (low + high) >> 1n;
        if (values.countAtMost(fromOrderKey(mid)) >= r)
            high = mid;
        else
            low = mid;
    }
    return fromOrderKey(high);
}
const bits = new Float64Array(1);
const bitsAsInteger = new BigInt64Array(bits.buffer);
const SIGN = -(1n << 63n);
/**
 * A double's place in the order of all doubles, as an integer: its bits read as one for a
 * positive double, negated magnitude bits for a negative one (-0 and +0 both 0). Next doubles
 * have next keys, and -Infinity and Infinity lie at the ends.
 */
function orderKey(x) {
    bits[0] = x;
    const key = bitsAsInteger[0];
    return key < 0n ? -(key & ~SIGN) : key;
}
function fromOrderKey(key) {
    bitsAsInteger[0] = key < 0n ? -key | SIGN : key;
    return bits[0];
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/paired-proportions.js + 4 modules
var paired_proportions = __webpack_require__(9328);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/reason.js
var reason = __webpack_require__(9351);
;// CONCATENATED MODULE: ./shared/dist/engine/evidence/independent-samples.js








/** Finite values, sorted ascending; anything else is refused. */
function sortedSample(argument, sample) {
    const sorted = Float64Array.from(sample);
    sorted.forEach((v, i) => {
        if (!Number.isFinite(v))
            throw new stats_input_error/* StatsInputError */.y(argument, `holds ${v} at index ${i}`, "pass finite numbers");
    });
    return sorted.sort();
}
/**
 * The n m differences x_i - y_j of two sorted samples, counted in O(n + m) per threshold: as x_i
 * grows, the first y_j with x_i - y_j <= t can only move right (rounding is monotone, overflow
 * to -Infinity or Infinity included).
 */
function pairwiseDifferences(x, y) {
    const count = (t, atMost) => {
        let total = 0;
        let j = 0;
        for (const xi of x) {
            while (j < y.length && (atMost ? xi - y[j] > t : xi - y[j] >= t))
                j++;
            total += y.length - j;
        }
        return total;
    };
    return {
        size: x.length * y.length,
        countAtMost: (t) => count(t, true),
        countBelow: (t) => count(t, false),
        range: { lower: x[0] - y[y.length - 1], upper: x[x.length - 1] - y[0] },
    };
}
/** One sorted sample, counted by binary search. */
function sampleValues(x) {
    const count = (t, atMost) => {
        let low = 0;
        let high = x.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (atMost ? x[mid] <= t : x[mid] < t)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    return {
        size: x.length,
        countAtMost: (t) => count(t, true),
        countBelow: (t) => count(t, false),
        range: { lower: x[0], upper: x[x.length - 1] },
    };
}
/**
 * Two independent samples of a measurement (a canary's latencies and its baseline's): the
 * challenger's median with its distribution-free interval, and the shift challenger - champion
 * as the Hodges-Lehmann estimate with the interval that inverts the Mann-Whitney test (Hollander,
 * Wolfe & Chicken, 4.3), its tests consistent with the interval. `examples` is the smaller sample.
 */
function rankShiftEvidence(champion, challenger, roles = reason/* DEFAULT_ROLES */.q2) {
    const y = sortedSample("champion", champion);
    const x = sortedSample("challenger", challenger);
    const examples = Math.min(x.length, y.length);
    if (examples === 0) {
        const empty = [
            x.length === 0 && `the ${roles.challenger}`,
            y.length === 0 && `the ${roles.champion}`,
        ];
        return {
            method: "mann-whitney",
            examples,
            champion: y.length === 0 ? null : sortedMedian(y),
            challenger: x.length === 0 ? null : sortedMedian(x),
            insufficient: `no values from ${empty.filter(Boolean).join(" or ")}`,
        };
    }
    const n = x.length;
    const m = y.length;
    const delta = orderStatisticEstimate(pairwiseDifferences(x, y), Math.sqrt((n * m * (n + m + 1)) / 12));
    if (!Number.isFinite(delta.value)) {
        return {
            method: "mann-whitney",
            examples,
            champion: sortedMedian(y),
            challenger: sortedMedian(x),
            insufficient: pastDouble(roles),
        };
    }
    return {
        method: "mann-whitney",
        examples,
        champion: sortedMedian(y),
        challenger: orderStatisticEstimate(sampleValues(x), Math.sqrt(n) / 2),
        delta,
        noDifferencePValue: (0,mann_whitney_u/* mannWhitneyUTest */.k)(x, y).pValue,
    };
}
/**
 * Why no shift can be estimated when the middle differences of the two samples overflow, as
 * values of opposite signs near the largest double do. A larger unit brings them into range.
 */
function pastDouble({ challenger, champion }) {
    return `the differences between the ${challenger}'s values and the ${champion}'s are past the range of a double (beyond ±1.8e308), so no shift can be estimated: report the metric in a larger unit`;
}
/**
 * Two independent proportions (a canary's error rate and its baseline's): the challenger's with
 * Wilson's score test and interval, the difference challenger - champion with Agresti and
 * Caffo's interval (one failure and one success added to each group, then Wald's), which keeps
 * its coverage near the nominal level for rare events where Wald's collapses at zero failures.
 * The test of no difference is the pooled two-proportion z test.
 */
function proportionDifferenceEvidence(champion, challenger, roles = reason/* DEFAULT_ROLES */.q2) {
    checkCounts("champion", champion);
    checkCounts("challenger", challenger);
    const examples = Math.min(champion.total, challenger.total);
    const rate = (c) => (c.total === 0 ? null : c.failures / c.total);
    if (examples === 0) {
        return {
            method: "two-proportion",
            examples,
            champion: rate(champion),
            challenger: rate(challenger),
            insufficient: `no events from the ${champion.total === 0 ? roles.champion : roles.challenger}`,
        };
    }
    const adjusted = (c) => (c.failures + 1) / (c.total + 2);
    const [p1, p2] = [adjusted(challenger), adjusted(champion)];
    // Each group's spread as a square root of its own, joined by hypot: past some 1e162 events
    // a group's variance, p(1 - p) / n, is below the least double and read as 0.
    const spread = (p, c) => Math.sqrt(p * (1 - p)) / Math.sqrt(c.total + 2);
    const se = Math.hypot(spread(p1, challenger), spread(p2, champion));
    const raw = rate(challenger) - rate(champion);
    const pooled = (champion.failures + challenger.failures) / (champion.total + challenger.total);
    const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / champion.total + 1 / challenger.total));
    return {
        method: "two-proportion",
        examples,
        champion: rate(champion),
        challenger: (0,paired_proportions/* proportionEstimate */.Jo)(challenger.failures, challenger.total),
        delta: { ...(0,estimate/* normalEstimate */.mu)(p1 - p2, se, { lower: -1, upper: 1 }), value: raw },
        noDifferencePValue: pooledSe === 0 ? 1 : Math.min(1, 2 * (0,normal_distribution/* normalSf */.nG)(Math.abs(raw) / pooledSe)),
    };
}
function checkCounts(argument, counts) {
    const { failures, total } = counts;
    if (!Number.isInteger(total) ||
        total < 0 ||
        !Number.isInteger(failures) ||
        failures < 0 ||
        failures > total)
        throw new stats_input_error/* StatsInputError */.y(argument, `has ${String(failures)} failures of ${String(total)}`, "pass whole numbers with failures at most total");
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/rule-comparison.js
var rule_comparison = __webpack_require__(6459);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/judge-evidence.js
var judge_evidence = __webpack_require__(6560);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/distribution-metrics.js
var distribution_metrics = __webpack_require__(2385);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/judge-look.js






/** What one variant showed, for the report; null when it showed nothing. */
function summary(observed) {
    if (observed === null)
        return null;
    if (observed.kind === "proportion") {
        const { failures, total } = observed;
        return { failures, total, rate: failures / total };
    }
    const sorted = Float64Array.from(observed.values).sort();
    return {
        n: sorted.length,
        median: sortedMedian(sorted),
        // eval-gate's latency_ms_p95 (numpy's linear quantile), so that a p95 means one thing; the
        // values are sorted already, so their order is their index.
        p95: (0,distribution_metrics/* columnQuantile */.n)(sorted, 0.95, undefined, Uint32Array.from(sorted.keys())),
    };
}
/** A count as short as a table cell takes it: its digits while exact, else `1.8e308`. */
const shortCount = (count) => Number.isSafeInteger(count) ? String(count) : (0,group_digits/* groupDigits */.K)(count);
/** What one variant showed, in words: `100% (50/50)`, or `median 12.1, p95 13.4 (n=20)`. */
function summaryText(summary) {
    if (summary === null)
        return "no data";
    if ("rate" in summary)
        return `${(0,format_number/* formatNumber */.ZV)(summary.rate * 100)}% (${shortCount(summary.failures)}/${shortCount(summary.total)})`;
    return `median ${(0,format_number/* formatNumber */.ZV)(summary.median)}, p95 ${(0,format_number/* formatNumber */.ZV)(summary.p95)} (n=${summary.n})`;
}
/** The reasons of the metrics `keep` picks, one per distinct reason (Prometheus down is one). */
function reasonsOf(look, keep) {
    const byReason = new Map();
    for (const m of look.metrics.filter(keep))
        byReason.set(m.reason, [...(byReason.get(m.reason) ?? []), m.metric]);
    return [...byReason].map(([reason, names]) => `${names.join(", ")}: ${reason}`).join("; ");
}
const verdictIs = (verdict) => (metric) => metric.verdict === verdict;
/** The variants' names in the reasons, and what one of a metric's examples is. */
const rolesOf = (example) => ({
    challenger: "canary",
    champion: "baseline",
    example,
});
/** The evidence of one reading, or why there is none yet. */
function evidenceOf(reading) {
    if (reading.error !== undefined)
        return reading.error;
    const { baseline, canary } = reading;
    const kinds = [baseline?.kind, canary?.kind].filter((k) => k !== undefined);
    if (kinds.length === 2 && kinds[0] !== kinds[1])
        return `the baseline gave ${kinds[0]} and the canary ${kinds[1]}; both must give the same kind`;
    if (baseline === null || canary === null) {
        const silent = [baseline === null && "the baseline", canary === null && "the canary"];
        return `no data from ${silent.filter(Boolean).join(" or ")} yet`;
    }
    return baseline.kind === "samples"
        ? rankShiftEvidence(baseline.values, canary.values, rolesOf("point"))
        : proportionDifferenceEvidence(baseline, canary, rolesOf("request"));
}
function heldRow(reading, name, why) {
    return {
        metric: name,
        verdict: "hold",
        reason: why,
        baseline: reading ? summary(reading.baseline) : null,
        canary: reading ? summary(reading.canary) : null,
        delta: null,
        interval: null,
        level: null,
        method: null,
        unread: reading?.error !== undefined,
    };
}
/**
 * What a margin relative to a baseline of 0 comes to, said where it decided the verdict: a share
 * of 0 is 0, and a reason that speaks of the margin never says so.
 */
function zeroMarginNote(judged, row) {
    const margin = judged.comparison?.margin;
    if (margin === undefined || !("relative" in margin) || row.champion !== 0)
        return "";
    if (row.verdict === "pass")
        return "";
    const rule = judged.comparison.test === "superiority" ? "min-improvement" : "max-regression";
    const share = `${Number((margin.relative * 100).toPrecision(6))}%`;
    return `; the margin, ${rule} ${share} of the baseline's value, is 0 because the baseline's ${row.metric} is 0: give ${row.metric} an absolute ${rule} (a number, such as 0.01) for a metric whose baseline may be 0`;
}
function judgedRow(judged, row) {
    const { reading } = judged;
    // The comparison's interval when there is one, else the first bound's.
    const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
    return {
        metric: row.metric,
        verdict: row.verdict === "inconclusive" ? "hold" : row.verdict,
        reason: row.reason + zeroMarginNote(judged, row),
        baseline: summary(reading.baseline),
        canary: summary(reading.canary),
        delta: row.delta,
        interval: shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
            ? { lower: shown.lower, upper: shown.upper }
            : null,
        level: shown?.level ?? null,
        method: row.method,
        unread: false,
    };
}
/** Whether a rule judges its metric: a metric without one is eval-gate's to show, not the canary's. */
const isGated = (rule) => (0,rule_comparison/* comparisonOf */.j)(rule) !== undefined || (0,rule_comparison/* boundsOf */.B)(rule) !== undefined;
/** How many examples a variant gave: a time series' points, or a rate's requests. */
const sizeOf = (observed) => observed === null ? 0 : observed.kind === "samples" ? observed.values.length : observed.total;
/** Which variant gave fewer examples than min-samples, and how many: each one that did. */
function tooFew(metric, roles, minSamples) {
    const short = ["baseline", "canary"]
        .filter((variant) => sizeOf(metric[variant]) < minSamples)
        .map((variant) => `${(0,counted/* counted */.h)(sizeOf(metric[variant]), roles.example)} from the ${variant}`);
    return `only ${short.join(" and ")}, fewer than the ${(0,group_digits/* groupDigits */.K)(minSamples)} min-samples`;
}
/** A gated metric's row for the family, or the reason it holds before any test. */
function rowOf(name, rule, metric, minSamples) {
    const evidence = metric ? evidenceOf(metric) : "the source does not give it";
    if (typeof evidence === "string")
        return heldRow(metric, name, evidence);
    if (evidence.insufficient !== undefined)
        return heldRow(metric, name, evidence.insufficient);
    const roles = rolesOf(evidence.method === "two-proportion" ? "request" : "point");
    if (evidence.examples < minSamples)
        return heldRow(metric, name, tooFew(metric, roles, minSamples));
    return {
        metric: name,
        direction: rule.direction,
        comparison: (0,rule_comparison/* comparisonOf */.j)(rule),
        bounds: (0,rule_comparison/* boundsOf */.B)(rule),
        evidence,
        scale: evidence.method === "two-proportion" ? "points" : "value",
        roles,
        reading: metric,
    };
}
/**
 * Judges one look: a metric fails when its interval lies beyond the policy's margin or bound,
 * passes when it clears it, and holds otherwise, as it does when the source could not read it
 * or either variant has fewer than min-samples. The look fails if any metric fails, passes
 * only if all pass, and else holds.
 */
function judgeLook(reading, policy, settings) {
    const byName = new Map(reading.metrics.map((m) => [m.name, m]));
    const held = [];
    const rows = [];
    for (const [name, rule] of Object.entries(policy.metrics)) {
        if (!isGated(rule))
            continue;
        const row = rowOf(name, rule, byName.get(name), settings.minSamples);
        if ("evidence" in row)
            rows.push(row);
        else
            held.push(row);
    }
    const judged = rows.length
        ? (0,judge_evidence/* judgeEvidence */.Z)(rows, {
            confidence: settings.confidence,
            correction: policy.correction ?? "holm",
            minSamples: 0,
        }).rows.map((row, i) => judgedRow(rows[i], row))
        : [];
    const metrics = [...judged, ...held].sort((a, b) => Object.keys(policy.metrics).indexOf(a.metric) - Object.keys(policy.metrics).indexOf(b.metric));
    const verdicts = metrics.map((m) => m.verdict);
    const { agreement } = reading;
    return {
        verdict: verdicts.includes("fail")
            ? "fail"
            : verdicts.every((v) => v === "pass")
                ? "pass"
                : "hold",
        metrics,
        agreement: agreement && agreement.compared > 0
            ? { ...agreement, rate: agreement.agreed / agreement.compared }
            : null,
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/prometheus-source.js








/** A series with points beyond the histogram: no measurable value, and never dropped as no data. */
class UnboundedSeries extends errors/* MlopsError */.IC {
}
/**
 * The values the variant label has, over the lookback, on the series of the first selector of
 * `query` (filled for the baseline) that selects a variant by it; [] when those series do not
 * carry the label. Null when no selector of the query names the variant, the series are not
 * there, or Prometheus refuses to say: a check that cannot ask must not stop a rollout.
 */
async function variantLabelValues(options, query, lookback, now) {
    const label = options.variantLabel;
    const isVariant = new RegExp(`^${label}\\s*=(?!~)`);
    const named = selectorsOf(query).find((s) => s.matchers.some((m) => isVariant.test(m)));
    if (named === undefined)
        return null;
    const selector = selectorText({
        name: named.name,
        matchers: named.matchers.filter((m) => !isVariant.test(m)),
    });
    try {
        const sets = await instantLabels(options.server, `count by (${label}) (last_over_time(${selector}[${lookback}]))`, now);
        if (sets.length === 0)
            return null;
        const values = sets.map((labels) => labels[label] ?? "").filter((v) => v !== "");
        return { selector, values: [...new Set(values)].sort() };
    }
    catch (error) {
        if (!(error instanceof PrometheusError))
            throw error;
        return null;
    }
}
/**
 * Refuses a variant label that the series of a query do not carry at all: no variant could be
 * told from another, and every look would hold. Names the labels the series have.
 */
async function refuseMissingLabel(options, selector, lookback, now) {
    const label = options.variantLabel;
    let names = [];
    try {
        // A few series stand for all: a metric's series carry the same labels, told apart by values.
        const sets = await instantLabels(options.server, `topk(10, last_over_time(${selector}[${lookback}]))`, now);
        const all = new Set(sets.flatMap((labels) => Object.keys(labels)));
        all.delete("__name__");
        names = [...all].sort();
    }
    catch (error) {
        if (!(error instanceof PrometheusError))
            throw error;
    }
    throw new errors/* InputError */.dz("variant-label", `no series of ${shortened(selector)} has a label ${label} over the last ${lookback}, so no variant can be told from the other and every look would hold${names.length ? `; its series have ${names.join(", ")}` : ""}`, `${(0,closest_name/* didYouMean */.au)(label, names)}Give the label whose values name the baseline and the canary`);
}
/** The quoted label values, at most a few, for a message. */
const someValues = (values) => {
    const shown = values.slice(0, 10).map((v) => `"${shortened(v)}"`);
    return values.length > shown.length
        ? `${shown.join(", ")} and ${values.length - shown.length} more`
        : shown.join(", ");
};
/**
 * Every query once, as an instant query now: a rejected query or a Prometheus that cannot be
 * reached stops the rollout before the first weight, not after max-holds of holding. Then each
 * metric for the baseline over the last interval, in which it served all traffic, read as a
 * step's look reads it (a time series at the resolution): no data there would hold every step.
 * A resolution too short for a time series (data over the interval, no point at the
 * resolution) and a variant label the series do not carry are refused; other causes are named
 * as a warning, with why (`whyNoData`), and so is a canary variant no series has while the
 * baseline's have. Each rate's baseline counts then come back with the warnings.
 */
async function checkQueries(options) {
    const { baseline, canary } = options.variants;
    const fill = (template, variant, window) => fillQuery(template, { variant, variantLabel: options.variantLabel, window });
    const now = new Date();
    const step = promDuration(options.resolutionMs);
    const window = promDuration(options.intervalMs);
    const before = {
        start: new Date(now.getTime() - options.intervalMs),
        end: now,
        step: 0,
        weight: 0,
    };
    // Whether a series exists is asked over at least 10 minutes: an interval shorter than the
    // scrape interval may hold no sample of a series that is there.
    const lookback = promDuration(Math.max(options.intervalMs, 10 * 60_000));
    const warnings = [];
    const rates = [];
    // The variant label's values on the series the baseline has data on, and whose they are: a
    // canary that none of them has, and none other, is named once.
    const seen = { values: new Set(), metrics: [] };
    for (const metric of options.metrics) {
        for (const field of ["query", "failures", "total"]) {
            const template = metric[field];
            if (template !== undefined)
                await instantQuery(options.server, fill(template, canary, step), now).catch((error) => refuseWhereWritten(metric, field, error));
        }
        const probe = fill(metric.kind === "samples" ? metric.query : metric.total, baseline, window);
        const labels = await variantLabelValues(options, probe, lookback, now);
        if (labels?.values.length === 0)
            await refuseMissingLabel(options, labels.selector, lookback, now);
        const { hasData, rate } = await baselineBefore(options, metric, probe, before);
        if (rate !== null)
            rates.push(rate);
        if (hasData) {
            for (const value of labels?.values ?? [])
                seen.values.add(value);
            if (labels)
                seen.metrics.push(metric.name);
            continue;
        }
        if (metric.kind === "samples" && (await instantQuery(options.server, probe, now)) !== null)
            throw new errors/* InputError */.dz("resolution", `${step} gives no point of ${shortened(metric.name)} for the baseline over the last ${window}, though the baseline has data then: each point summarises one resolution, which must hold at least two scrapes (a rate needs two) and some requests`, "Give a resolution of at least twice Prometheus's scrape interval (four times is safer)");
        const why = await whyNoData(options.server, probe, lookback, now);
        warnings.push(`${shortened(metric.name)}: no data for the baseline (${options.variantLabel}="${baseline}") over the last ${window} before the rollout: ${why}`);
    }
    const values = [...seen.values].sort();
    if (seen.metrics.length > 0 && !seen.values.has(canary))
        warnings.push(`canary-variant '${canary}': no series that ${seen.metrics.map(shortened).join(", ")} ask${seen.metrics.length === 1 ? "s" : ""} for has ${options.variantLabel}="${canary}" over the last ${lookback}, while the baseline's do; Prometheus has ${options.variantLabel} ${someValues(values)}. ${(0,closest_name/* didYouMean */.au)(canary, values, (v) => `'${shortened(v)}'`)}A canary that has served no request may have no series yet, but a misspelled canary-variant holds every step`);
    return { warnings, rates };
}
/**
 * A query Prometheus rejects, or answers with several series, refused at the file and line it
 * is written on where a queries file holds it: the query alone, as Prometheus names it, does
 * not say which of the file's metrics to fix. Any other failure is thrown as it is.
 */
function refuseWhereWritten(metric, field, error) {
    const ofQuery = error instanceof PrometheusError && ["query", "shape"].includes(error.kind);
    if (!ofQuery || !("written" in metric))
        throw error;
    return refuseWrittenQuery(metric, field, `fails: ${error.message}`, error.fix ?? "Fix the query");
}
/**
 * Whether the baseline has data over the interval before the rollout (`before`), read as a look
 * reads it: a time series at the resolution, a rate by its total (`probe`), which counts even
 * with no request then. A rate's counts then, where it counted requests: what the rollout's plan
 * is held against (traffic-plan.ts).
 */
async function baselineBefore(options, metric, probe, before) {
    if (metric.kind === "samples") {
        const hasData = await series(options, metric, options.variants.baseline, before).then((observed) => observed !== null, (error) => {
            if (error instanceof UnboundedSeries)
                return true;
            throw error;
        });
        return { hasData, rate: null };
    }
    const total = await instantQuery(options.server, probe, before.end);
    if (total === null || Math.round(total) === 0)
        return { hasData: total !== null, rate: null };
    const failuresQuery = fillQuery(metric.failures, {
        variant: options.variants.baseline,
        variantLabel: options.variantLabel,
        window: promDuration(options.intervalMs),
    });
    // Asked for the plan's warning alone, which is advice: a query that fails here (a timeout,
    // several series) leaves the rate unplanned rather than stop the rollout, and the looks that
    // ask it again say what is wrong with it there.
    let failures;
    try {
        failures = await instantQuery(options.server, failuresQuery, before.end);
    }
    catch (error) {
        if (!(error instanceof errors/* MlopsError */.IC))
            throw error;
        return { hasData: true, rate: null };
    }
    const windowMs = before.end.getTime() - before.start.getTime();
    return {
        hasData: true,
        rate: { name: metric.name, ...roundedCounts(metric.name, failures, total), windowMs },
    };
}
/** Whether a query's answer can be a count of requests: finite, and not below 0. */
const isCount = (value) => Number.isFinite(value) && value >= 0;
/**
 * Counts from `increase()`, which extrapolates: rounded to whole events, failures among them.
 * An answer that no count is (a total below 0 from a subtraction, an infinity from a sum past a
 * double) is refused, naming the metric: a query reads it, and a look holds on it as unread.
 */
function roundedCounts(name, failures, total) {
    if (!isCount(total) || (failures !== null && !isCount(failures))) {
        throw new errors/* MlopsError */.IC(`${name}: Prometheus answered ${failures ?? "no data"} failures of a total of ${total}, which no count of requests is`, "Make its failures and total queries count requests (increase() of counters), never below 0");
    }
    const events = Math.round(total);
    return { failures: Math.min(events, Math.round(failures ?? 0)), total: events };
}
/**
 * Why a query has no data: the first of its selectors, then of a selector's label matchers
 * (each alone, then all together), that matches no series over the lookback; a metric, label or
 * value misspelled, or a variant label its series do not carry, named as such. When every one
 * matches, the series are there, and what is missing is samples: no requests, or fewer than
 * two scrapes for a rate. A diagnosis that fails to ask gives the general reason: it must
 * never stop a rollout its queries allow.
 */
async function whyNoData(server, query, lookback, now) {
    const holds = "the metric will hold every step";
    const general = `unless the baseline served no request then, its query names a metric, label or bucket Prometheus does not have, and ${holds}`;
    const matches = async (selector) => (await instantQuery(server, `count(last_over_time(${selector}[${lookback}]))`, now)) !== null;
    const selectors = selectorsOf(query);
    // A name written both bare and with matchers is asked about once.
    const named = new Set();
    try {
        for (const { name, matchers } of selectors) {
            if (!named.has(name) && !(await matches(selectorText({ name, matchers: [] }))))
                return `Prometheus has no series named ${shortened(name)}, and ${holds}`;
            named.add(name);
            for (const matcher of matchers) {
                if (!(await matches(selectorText({ name, matchers: [matcher] }))))
                    return `no series of ${shortened(name)} has ${shortened(matcher)} (check how that label and its values are spelled), and ${holds}`;
            }
            if (matchers.length > 1 && !(await matches(selectorText({ name, matchers }))))
                return `no series of ${shortened(name)} has ${shortened(matchers.join(", "))} together, and ${holds}`;
        }
        const unbounded = await histogramWithoutInf(selectors, matches);
        if (unbounded !== null)
            return `the histogram ${shortened(unbounded)} has no le="+Inf" bucket where its query reads it, so its count of requests is unknown and histogram_quantile gives no value, whatever the baseline served: keep the +Inf bucket in the query (no le filter that drops it) and in any recording rule that makes its series, or ${holds}`;
    }
    catch (error) {
        if (!(error instanceof PrometheusError))
            throw error;
        return general;
    }
    return selectors.length > 0
        ? `every series its query names is there, so what is missing is samples: the baseline served no request then, Prometheus has scraped it fewer than twice, or the query's own filters leave nothing; ${holds} without data`
        : general;
}
/**
 * The first `_bucket` series, of those `selectors` name, none of which is the `le="+Inf"`
 * bucket over the lookback (asked with `matches`): histogram_quantile is NaN without it, which
 * reads as no data. Null when every histogram has it, or none is named.
 */
async function histogramWithoutInf(selectors, matches) {
    for (const { name, matchers } of selectors) {
        if (!name.endsWith("_bucket"))
            continue;
        if (!(await matches(selectorText({ name, matchers: [...matchers, 'le="+Inf"'] }))))
            return name;
    }
    return null;
}
const shortened = (text) => (0,escape_control/* safeForLog */.p5)((0,shorten/* shorten */.ml)(text, 120));
/**
 * How many points a time series gives a look over `windowMs`: one a resolution, from one
 * resolution after the weight was set to the look (`series`), and at least the one at the look.
 */
const pointsIn = (windowMs, resolutionMs) => Math.max(1, Math.floor(windowMs / resolutionMs));
/**
 * Refuses a plan whose looks can never give a gated time series min-samples points: a step's
 * window grows by an interval at each hold, so its last look, after max-holds, sees the most.
 * Every step would hold until the rollout ends inconclusive, with traffic moved for nothing.
 */
function checkPointsReachable(known, plan, resolutionMs) {
    const gated = known.filter((metric) => {
        const rule = plan.policy.metrics[metric.name];
        return metric.kind === "samples" && rule !== undefined && isGated(rule);
    });
    const most = pointsIn(plan.intervalMs * (plan.maxHolds + 1), resolutionMs);
    if (gated.length === 0 || most >= plan.minSamples)
        return;
    const names = gated.map((metric) => shortened(metric.name)).join(", ");
    throw new errors/* InputError */.dz("interval", `${promDuration(plan.intervalMs)} gives ${names} at most ${(0,counted/* counted */.h)(most, "point")} a variant at a resolution of ${promDuration(resolutionMs)}, even after ${(0,counted/* counted */.h)(plan.maxHolds, "hold")}, fewer than the policy's ${plan.minSamples} min-samples, so every step would hold until the rollout ends inconclusive`, `Give an interval of at least ${promDuration(plan.minSamples * resolutionMs)} (min-samples × resolution), a shorter resolution (at least twice the scrape interval), or a lower min-samples`);
}
/** A time series of one variant, from one resolution after the weight was set. */
async function series(options, metric, variant, window) {
    const { resolutionMs } = options;
    const query = fillQuery(metric.query, {
        variant,
        variantLabel: options.variantLabel,
        window: promDuration(resolutionMs),
    });
    const from = new Date(Math.min(window.start.getTime() + resolutionMs, window.end.getTime()));
    const values = await rangeQuery(options.server, query, from, window.end, resolutionMs / 1000);
    const infinite = values.filter((v) => !Number.isFinite(v)).length;
    if (infinite > 0)
        throw new UnboundedSeries(`${infinite} of ${values.length} points of ${variant}'s ${metric.name} are infinite (a quantile above the histogram's top bucket), so its shift cannot be measured`, "Add histogram buckets above the slowest requests");
    return values.length === 0 ? null : { kind: "samples", values };
}
/**
 * Reads each metric for both variants from Prometheus. A time series is asked for from one
 * resolution after the weight was set (confirmed by the traffic: rollout.ts starts the step's
 * window then), so that its first point summarises only traffic at that weight; a rate's counts cover the whole window. Counts from `increase()` are extrapolated,
 * so they are rounded to whole events.
 */
function prometheusSource(options) {
    const { server, variantLabel } = options;
    const observe = async (metric, variant, window) => {
        if (metric.kind === "samples")
            return series(options, metric, variant, window);
        const span = promDuration(window.end.getTime() - window.start.getTime());
        const fill = (template) => fillQuery(template, { variant, variantLabel, window: span });
        const [failures, total] = await Promise.all([
            instantQuery(server, fill(metric.failures), window.end),
            instantQuery(server, fill(metric.total), window.end),
        ]);
        if (total === null || Math.round(total) === 0)
            return null;
        return { kind: "proportion", ...roundedCounts(metric.name, failures, total) };
    };
    const readMetric = async (metric, window) => {
        try {
            const [baseline, canary] = await Promise.all([
                observe(metric, options.variants.baseline, window),
                observe(metric, options.variants.canary, window),
            ]);
            return { name: metric.name, baseline, canary };
        }
        catch (error) {
            if (!(error instanceof errors/* MlopsError */.IC))
                throw error;
            return { name: metric.name, baseline: null, canary: null, error: error.line };
        }
    };
    return {
        description: `Prometheus at ${new URL(server.url).host}`,
        known: options.metrics,
        totalsEstimated: true,
        check: () => checkQueries(options),
        read: async (window) => ({
            metrics: await Promise.all(options.metrics.map((metric) => readMetric(metric, window))),
        }),
    };
}

// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/render-summary.js




const HEADLINE = {
    promoted: "✅ canary promoted",
    "rolled-back": "❌ canary rolled back",
    inconclusive: "⚠️ canary inconclusive",
};
const VERDICT = {
    pass: "✅ pass",
    fail: "❌ fail",
    hold: "⏸ hold",
    "not-judged": "not judged",
};
/**
 * The share of an interval's width under which a number is written 0: formatNumber gives six
 * significant digits, so a millionth of the width lies past the last digit that tells its ends.
 */
const NEGLIGIBLE = 1e-6;
/** The most significant digits that can tell two doubles apart. */
const MOST_DIGITS = 17;
/** `value` with `digits` significant digits, in the form formatNumber gives it. */
function withDigits(value, digits) {
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(digits - 1);
    return String(Number(value.toPrecision(digits)));
}
/**
 * An interval's ends as `shown` writes them, or, where it writes two that differ alike (at
 * totals so large that the interval is narrower than six digits show), with the fewest more
 * significant digits that tell them apart.
 */
function endsText(lower, upper, shown) {
    let ends = [shown(lower), shown(upper)];
    for (let digits = 7; ends[0] === ends[1] && lower !== upper && digits <= MOST_DIGITS; digits++) {
        ends = [withDigits(lower, digits), withDigits(upper, digits)];
    }
    return `[${ends.join(", ")}]`;
}
/**
 * The difference and its interval. A number under a millionth of the interval's width is
 * written 0, not as the noise it is (4.1e-307 for 0); where the interval has no width (its
 * standard error underflows at totals near 1e308), under a millionth of the difference, or of
 * 1 where that is 0, as the reason's text writes such an interval (0.000 to 0.000).
 */
function deltaText(m) {
    if (m.delta === null)
        return "";
    const points = m.method === "two-proportion" ? 100 : 1;
    const unit = points === 100 ? " pts" : "";
    const delta = m.delta * points;
    if (!m.interval)
        return `${(0,format_number/* formatNumber */.ZV)(delta)}${unit}`;
    const [lower, upper] = [m.interval.lower * points, m.interval.upper * points];
    // Halved before the difference, which for ends near ±1.8e308 would pass the largest double.
    const halfWidth = upper / 2 - lower / 2;
    const least = halfWidth > 0 ? 2 * NEGLIGIBLE * halfWidth : NEGLIGIBLE * (Math.abs(delta) || 1);
    const shown = (x) => (Math.abs(x) < least ? "0" : (0,format_number/* formatNumber */.ZV)(x));
    return `${shown(delta)}${unit} ${endsText(lower, upper, shown)}`;
}
/** Each metric at a step's last look: both variants, the difference and why. */
function stepTable(step) {
    const look = step.looks[step.looks.length - 1];
    if (!look)
        return "";
    return (0,markdown_table/* markdownTable */.Q)(["metric", "baseline", "canary", "canary − baseline [interval]", "verdict", "why"], look.metrics.map((m) => [
        (0,sanitize_markdown/* codeSpan */.SS)(m.metric, { inTable: true }),
        summaryText(m.baseline),
        summaryText(m.canary),
        deltaText(m),
        VERDICT[m.verdict],
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(m.reason).replace(/\|/g, "\\|"),
    ]), ["left", "right", "right", "right", "left", "left"]);
}
/**
 * The medians of the first time-series metric at each step's last look, for both variants: a
 * Mermaid chart that shows where the canary drifted away from its baseline.
 */
function latencyChart(report) {
    const judged = report.steps.filter((s) => s.looks.length > 0);
    const last = (s) => s.looks[s.looks.length - 1].metrics;
    const name = judged
        .flatMap(last)
        .find((m) => m.method === "mann-whitney" || (m.baseline !== null && "median" in m.baseline))?.metric;
    if (name === undefined)
        return "";
    const median = (s, side) => {
        const v = last(s).find((m) => m.metric === name)?.[side];
        return v && "median" in v ? Number(v.median.toPrecision(6)) : null;
    };
    const lines = ["baseline", "canary"].map((side) => judged.map((s) => median(s, side)));
    // A step without data for a variant has no point, and a chart cannot leave a gap: no chart
    // rather than one that draws no data as zero.
    if (lines.some((line) => line.includes(null)))
        return "";
    const label = (0,sanitize_markdown/* sanitizeMermaidLabel */.T$)(name);
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${label}: median per step (first line baseline, second canary)"`,
        `  x-axis "canary weight %" [${judged.map((s) => s.weight).join(", ")}]`,
        `  y-axis "${label}"`,
        ...lines.map((line) => `  line [${line.join(", ")}]`),
        "```",
    ].join("\n");
}
/** The job summary: the outcome and why, the steps, each step's metrics, and the chart. */
function renderSummary(report) {
    const steps = (0,markdown_table/* markdownTable */.Q)(["step", "weight", "looks", "verdict"], report.steps.map((s) => [
        String(s.step),
        `${s.weight}%`,
        String(s.looks.length),
        VERDICT[s.verdict],
    ]), ["right", "right", "right", "left"]);
    const sections = report.steps
        .filter((s) => s.looks.length > 0)
        .map((s) => `#### Step ${s.step} at ${s.weight}%\n\n${stepTable(s)}`);
    const agreement = report.steps
        .flatMap((s) => s.looks)
        .map((l) => l.agreement)
        .filter((a) => a !== null)
        .at(-1);
    return [
        `### ${HEADLINE[report.outcome]} (final weight ${report.final_weight}%)`,
        (0,sanitize_markdown/* sanitizeMarkdown */.LO)(report.reason),
        `Environment ${(0,sanitize_markdown/* codeSpan */.SS)(report.environment)}; metrics from ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(report.source)}; traffic by ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(report.traffic)}; each look at ${(0,format_number/* formatNumber */.ZV)(report.policy.look_confidence * 100)}% confidence (${(0,format_number/* formatNumber */.ZV)(report.policy.confidence * 100)}% over ${report.policy.looks_planned} planned looks), ${report.policy.correction} across metrics.`,
        ...(agreement
            ? [
                `The two variants agreed on ${(0,format_number/* formatNumber */.ZV)(agreement.rate * 100)}% of ${agreement.compared} requests both answered.`,
            ]
            : []),
        steps,
        latencyChart(report),
        ...sections,
    ]
        .filter((part) => part !== "")
        .join("\n\n");
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/extra-look.js
/**
 * The metrics at a look beyond a step's planned ones, on the canary's share: judged again on
 * the requests of that look's own interval, the only ones no planned look saw, so that a canary
 * that still serves its share but fails it (every request an error, or far slower) after its
 * last full look passed is rolled back, not promoted. Only a failure there counts (decision
 * 0036): a metric that passes or holds keeps the row the step's last full look gave it, and the
 * step ends as its planned looks judged it. A metric the interval's reads could not give is
 * judged on the look's reading since the weight was set, where only a failure counts too; if it
 * does not fail there, the look holds on it as on a rate of requests unread, so that no interval
 * goes unjudged into a promotion.
 */

// In whole seconds: the look's interval, and its time since the weight was set.
const over = (at) => `on the ${Math.round(at.seconds)}s since look ${at.since} alone`;
const sinceSet = (at) => `on the ${Math.round(at.stepSeconds)}s since the weight was set`;
/** What each variant gave, as a failed row's reason says it. */
const values = (row) => `where the canary gave ${summaryText(row.canary)} and the baseline ${summaryText(row.baseline)}`;
/** A metric that failed on the interval: its reason says where, and what each variant gave. */
const failedRow = (row, at) => ({
    ...row,
    reason: `at look ${at.look}, ${over(at)}, ${values(row)}: ${row.reason}`,
});
/**
 * A metric the interval could not give (`unread`, its row there), on the look's reading since the
 * weight was set (`onStep`, its row there): failed there, or held on as unread.
 */
function unreadRow(unread, onStep, at) {
    const where = `at look ${at.look}, could not be read ${over(at)} (${unread.reason})`;
    if (onStep?.verdict === "fail")
        return {
            ...onStep,
            reason: `${where}, so judged ${sinceSet(at)}, ${values(onStep)}: ${onStep.reason}`,
        };
    return {
        ...unread,
        reason: `${where}, and does not fail ${sinceSet(at)}, so the look holds on it as on a metric unread`,
    };
}
/** What the log says of the metrics that neither failed nor went unread on the interval. */
function noteOf(again, at) {
    const passed = again.metrics.filter(verdictIs("pass")).map((m) => m.metric);
    const thin = (m) => m.verdict === "hold" && !m.unread;
    const held = again.metrics.filter(thin);
    const said = [];
    if (passed.length > 0)
        said.push(`${passed.join(", ")} ${passed.length === 1 ? "passes" : "pass"} ${over(at)}`);
    if (held.length > 0)
        said.push(`not judged again ${passed.length > 0 ? "there" : over(at)}, so look ${at.lastFull}'s verdict stands and this look judges the canary's share alone for ${held.length === 1 ? "it" : "them"}: ${reasonsOf(again, thin)}`);
    return said.length > 0 ? said.join("; ") : null;
}
/**
 * The look's judgement: the last full look's rows (`carried`), each metric that fails on the
 * interval (`again`) in its row's place, and each the interval could not give judged on the
 * look's reading since the weight was set (`onStep`). A metric with too few requests or points
 * there for min-samples holds in `again`, as it would at a planned look, and so keeps its row:
 * the look judges the canary's share alone for it, and the note says so.
 */
function judgedAgain(carried, again, onStep, at) {
    const sinceWeight = new Map(onStep.metrics.map((m) => [m.metric, m]));
    const rows = new Map();
    for (const m of again.metrics) {
        if (m.verdict === "fail")
            rows.set(m.metric, failedRow(m, at));
        else if (m.unread)
            rows.set(m.metric, unreadRow(m, sinceWeight.get(m.metric), at));
    }
    const verdict = [...rows.values()].some(verdictIs("fail"))
        ? "fail"
        : rows.size > 0
            ? "hold"
            : carried.verdict;
    // Both judge every metric the policy gates: each row replaced has its place among the carried.
    const metrics = carried.metrics.map((m) => rows.get(m.metric) ?? m);
    if (verdict === "fail")
        return { judged: { ...carried, verdict, metrics }, note: null, unread: [] };
    return {
        judged: { ...carried, verdict, metrics },
        note: noteOf(again, at),
        unread: [...rows.values()].map((m) => m.metric),
    };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/request-count.js

/** A count of requests and its noun: `1 request`, `2,000 requests`, `2.7e308 requests`. */
const requestsCounted = (count) => `${(0,group_digits/* groupDigits */.K)(count)} ${count === 1 || count === 1n ? "request" : "requests"}`;
/**
 * The sum of two counts, exact where it passes the largest double: two totals near 1e308 add up
 * to a count a bigint holds, where a number would be Infinity.
 */
function countSum(a, b) {
    const sum = a + b;
    return Number.isFinite(sum) ? sum : BigInt(a) + BigInt(b);
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/served-share.js
/**
 * Whether the canary still serves. The presets count requests at the model server, which counts
 * nothing while it is down or failing before it counts a request (the proxy answers 502 for it,
 * or sends it to the baseline): a crashed canary's metrics keep only what it served before, and
 * would read as healthy. A rate's counts tell it: of the n requests both variants counted since
 * the step's last good look, a canary at weight w serves about n·w, and a dead one close to none.
 */




/** Below this many requests expected of the canary, traffic is too thin to tell: no verdict. */
const MIN_EXPECTED = 20;
/**
 * The part of its share under which a canary is taken for stopped. Not the share itself, nor
 * half of it: a healthy canary's measured share strays far from its weight (sticky sessions
 * pinned to the baseline after a weight increase, a proxy applying a weight late, increase()
 * extrapolated from each variant's own scrapes); a crash leaves it close to nothing. With 20
 * requests expected, a healthy canary serves fewer than 2 about once in 20 million looks.
 */
const STOPPED_SHARE = 0.1;
/** The canary's share of the requests against a tenth of its weight, as a reason recalls a hold. */
const shareSaid = (served, baseline, weight) => `${(0,format_number/* formatShare */.T1)(served / 2 / (served / 2 + baseline / 2))} < ${(0,format_number/* formatShare */.T1)((weight / 100) * STOPPED_SHARE)}`;
/**
 * `weight`% of `count`: multiplied first, as exact as before for the counts traffic has, and
 * scaled first where the product would pass the largest double (1e308 × 10).
 */
const percentOf = (count, weight) => {
    const product = count * weight;
    return Number.isFinite(product) ? product / 100 : count * (weight / 100);
};
/** The memory of a rollout before its first look, on `source`'s metrics. */
const shareMemory = ({ known, totalsEstimated }) => ({
    rates: known && new Set(known.filter((s) => s.kind === "proportion").map((s) => s.name)),
    counted: null,
    previous: null,
    good: null,
    suspect: false,
    estimated: totalsEstimated === true,
});
/** The memory at a new step: its counts start again from its weight. */
const stepShareMemory = (memory) => ({
    ...memory,
    previous: null,
    good: null,
    suspect: false,
});
function countsIn(reading, name) {
    const found = [];
    for (const metric of reading.metrics) {
        const { baseline, canary } = metric;
        if (name !== undefined && metric.name !== name)
            continue;
        if (metric.error !== undefined || baseline?.kind !== "proportion")
            continue;
        if (canary !== null && canary.kind !== "proportion")
            continue;
        found.push({ metric, baseline: baseline.total, canary: canary?.total ?? null });
    }
    return found;
}
/**
 * The rate to judge, of those the step's last good look counted for both variants: one with a
 * count for the canary where any has one (a rate it is missing from must not hide one it
 * serves in), then the one that covers the most requests.
 */
function chosenRate(reading, good) {
    const usable = countsIn(reading).filter((c) => good === null || (countsIn(good.reading, c.metric.name)[0]?.canary ?? null) !== null);
    // Halved, as two totals near the largest double would sum to Infinity and tie.
    const size = (c) => c.baseline / 2 + (c.canary ?? 0) / 2;
    return usable.sort((a, b) => Number(b.canary !== null) - Number(a.canary !== null) || size(b) - size(a))[0];
}
/**
 * Why the share cannot be judged when a total went down since the last look: the counts since
 * then would read as the canary serving none. Null when both held or grew.
 */
function wentDown(now, previous) {
    const then = previous && countsIn(previous.reading, now.metric.name)[0];
    if (!then)
        return null;
    const side = ["canary", "baseline"].find((s) => then[s] !== null && now[s] !== null && now[s] < then[s]);
    if (side === undefined)
        return null;
    return `${now.metric.name}: the ${side}'s total went down from ${(0,group_digits/* groupDigits */.K)(then[side])} at look ${previous.look} to ${(0,group_digits/* groupDigits */.K)(now[side])}, so the canary's share is not judged at this look: totals must count every request since the window started (a metrics-command's, MLOPS_WINDOW_SECONDS ago), not those of the last minutes`;
}
const UNTOLD = { kind: "untold", note: null };
/**
 * A canary with no data for the rate now: stopped if it gave counts at an earlier look, of this
 * step or one before (a count of 0 reads as no data from Prometheus), and 20 or more of the
 * baseline's requests since `since` were routed to it; else held as no data is.
 */
function noData(now, baseline, since, memory, at) {
    const expected = percentOf(baseline, at.weight);
    if (memory.counted === null || expected < MIN_EXPECTED)
        return UNTOLD;
    const { step, look, requests } = memory.counted;
    const when = step === at.step ? `by look ${look}` : `at step ${step}`;
    return {
        kind: "stopped",
        metric: now.metric,
        reason: `no data from the canary, which counted ${requestsCounted(requests)} ${when}, where its weight of ${at.weight}% routes it about ${(0,group_digits/* groupDigits */.K)(Math.round(expected))} of the ${requestsCounted(baseline)} the baseline counted ${since}: its server may have stopped, or its metrics are no longer scraped`,
        share: shareSaid(0, baseline, at.weight),
    };
}
/** What the look shows of the canary's share (the counts since the step's last good look). */
function findShare(reading, memory, at) {
    if (at.weight <= 0 || at.weight >= 100)
        return UNTOLD;
    const now = chosenRate(reading, memory.good);
    if (now === undefined) {
        const unread = reading.metrics.find((m) => m.error !== undefined && (memory.rates?.has(m.name) ?? true));
        return unread ? { kind: "unread", metric: unread } : UNTOLD;
    }
    const down = memory.estimated ? null : wentDown(now, memory.previous);
    if (down !== null)
        return { kind: "untold", note: down };
    const then = memory.good && countsIn(memory.good.reading, now.metric.name)[0];
    const since = memory.good ? `since look ${memory.good.look}` : "since its weight was set";
    const baseline = Math.max(0, now.baseline - (then?.baseline ?? 0));
    if (now.canary === null)
        return noData(now, baseline, since, memory, at);
    const served = Math.max(0, now.canary - (then?.canary ?? 0));
    // Judged on halves: two totals near the largest double would sum to Infinity, and a canary
    // serving its share would read as serving none of an infinite count.
    const expectedHalf = percentOf(served / 2 + baseline / 2, at.weight);
    if (expectedHalf < MIN_EXPECTED / 2)
        return UNTOLD;
    if (served / 2 >= expectedHalf * STOPPED_SHARE)
        return { kind: "serving" };
    const expected = Number.isFinite(expectedHalf * 2)
        ? Math.round(expectedHalf * 2)
        : BigInt(expectedHalf) * 2n;
    return {
        kind: "stopped",
        metric: now.metric,
        reason: `the canary served ${(0,group_digits/* groupDigits */.K)(served)} of the ${requestsCounted(countSum(served, baseline))} counted ${since}, where its weight of ${at.weight}% routes it about ${(0,group_digits/* groupDigits */.K)(expected)}: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it`,
        share: shareSaid(served, baseline, at.weight),
    };
}
/** The memory after a look read `reading` and showed `finding`. */
function remember(reading, memory, at, finding) {
    const rates = reading.metrics.filter((m) => [m.baseline, m.canary].some((v) => v?.kind === "proportion"));
    const requests = Math.max(0, ...rates.map((m) => (m.canary?.kind === "proportion" ? m.canary.total : 0)));
    const seen = { look: at.look, reading };
    return {
        rates: memory.rates === null && rates.length === 0
            ? null
            : new Set([...(memory.rates ?? []), ...rates.map((m) => m.name)]),
        counted: requests > 0 ? { step: at.step, look: at.look, requests } : memory.counted,
        previous: seen,
        good: finding.kind === "serving" ? seen : memory.good,
        suspect: finding.kind === "stopped" || (finding.kind !== "serving" && memory.suspect),
        estimated: memory.estimated,
    };
}
/** A row of `metric` for the share, which takes the place of its row unless that one fails. */
function withRow(look, metric, row) {
    const full = {
        metric: metric.name,
        verdict: "hold",
        reason: "",
        baseline: summary(metric.baseline),
        canary: summary(metric.canary),
        delta: null,
        interval: null,
        level: null,
        method: null,
        unread: false,
        ...row,
    };
    const judged = look.metrics.some((m) => m.metric === metric.name);
    const metrics = judged
        ? look.metrics.map((m) => (m.metric === metric.name && m.verdict !== "fail" ? full : m))
        : [...look.metrics, full];
    const verdict = look.verdict === "fail" || full.verdict === "fail" ? "fail" : "hold";
    return { ...look, verdict, metrics };
}
/**
 * The look, with the canary's share judged: a canary serving under a tenth of it holds one look
 * (a scrape may lag a burst of requests the baseline's has seen), and fails the step when the
 * next look finds it so still, or at once when its metrics fail the look too. A look whose
 * rates all could not be read does not pass: a canary may have stopped unseen.
 */
function checkServedShare(look, reading, at, memory) {
    const finding = findShare(reading, memory, at);
    const next = remember(reading, memory, at, finding);
    const note = finding.kind === "untold" ? finding.note : null;
    if (finding.kind === "unread") {
        // A row of the rate as an earlier look judged it (a look on the share alone carries them)
        // gives way: the rate is unread now.
        const judged = look.verdict === "fail" ||
            look.metrics.some((m) => m.metric === finding.metric.name && m.unread);
        const reason = `the requests it counts could not be read (${finding.metric.error}), so whether the canary still serves its share cannot be told`;
        return {
            judged: judged ? look : withRow(look, finding.metric, { reason, unread: true }),
            note,
            memory: next,
            held: null,
            unread: look.verdict === "fail" ? null : finding.metric,
        };
    }
    if (finding.kind !== "stopped")
        return { judged: look, note, memory: next, held: null, unread: null };
    const fails = memory.suspect || look.verdict === "fail";
    const reason = fails
        ? finding.reason
        : `${finding.reason}; held one look, as a scrape may lag a burst of requests: the step fails if the next look finds it so too`;
    const judged = withRow(look, finding.metric, { verdict: fails ? "fail" : "hold", reason });
    return { judged, note, memory: next, held: fails ? null : finding.share, unread: null };
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/rollout.js






/** How many times a look reads the metrics when a read fails, and at most how long apart. */
const READ_TRIES = 3;
const RETRY_GAP_MS = 10_000;
const settingsOf = (plan) => ({
    confidence: plan.lookConfidence,
    minSamples: plan.minSamples,
});
/** The judge of a step's planned looks: every metric, any of which a retry may read. */
const fullJudge = (plan) => ({
    metrics: (reading) => judgeLook(reading, plan.policy, settingsOf(plan)),
    rereads: (reading) => reading.metrics.find((m) => m.error !== undefined),
});
/**
 * Says in the log what a look could not read (`what`), and waits to read it again: min(10 s, a
 * third of the interval).
 */
async function awaitReread(record, look, what, plan, parts) {
    const gapMs = Math.min(RETRY_GAP_MS, plan.intervalMs / READ_TRIES);
    parts.watcher.log(`canary-deploy: step ${record.step} at ${record.weight}%, look ${look}: ${what}; reading again in ${Math.round(gapMs / 100) / 10}s`);
    await parts.sleep(gapMs, parts.signal);
    parts.signal.throwIfAborted();
}
/**
 * Where a look beyond the planned ones reads the metrics from: the step's last look that read all
 * it judges, the last full look at the earliest, so that the interval of a look that held on
 * what it could not read is judged with the next.
 */
function intervalStart(record, lastFull) {
    for (let look = record.looks.length; look > lastFull; look--) {
        const { metrics, at } = record.looks[look - 1];
        if (!metrics.some((m) => m.unread))
            return { look, at };
    }
    return { look: lastFull, at: record.looks[lastFull - 1].at };
}
/**
 * The metrics over a look's own interval, judged as a planned look judges them, read again for
 * a metric the source could not give while the look has tries left (`triesLeft`, what its
 * reading since the weight was set left of them) and has not failed.
 */
async function intervalJudged(record, { look, end, triesLeft }, start, plan, parts) {
    const window = { start, end, step: record.step, weight: record.weight };
    for (let tried = 1;; tried++) {
        const judged = judgeLook(await parts.source.read(window), plan.policy, settingsOf(plan));
        const unread = judged.verdict === "fail" ? undefined : judged.metrics.find((m) => m.unread);
        if (unread === undefined || tried >= triesLeft)
            return judged;
        const what = `${unread.metric} could not be read over its interval (${unread.reason})`;
        await awaitReread(record, look, what, plan, parts);
    }
}
/**
 * The judge of a look beyond the step's planned ones, after the step's last full look
 * (`lastFull`, which judged the metrics `judged`). Its reading, since the weight was set, tells
 * whether the canary still serves its share, judged on the counts since the step's last good
 * look (served-share.ts); it reads again only for a rate of requests it could not read, which
 * holds it (checkServedShare) rather than passing it on counts read before. The metrics are read
 * once more over the look's own interval (`intervalStart`), and judged on it at the planned
 * looks' level: those that fail there fail the look, those it cannot read are judged on the
 * reading since the weight was set, and every other keeps its row of the last full look, for the
 * report and the summary (extra-look.ts).
 */
const onShareAlone = (judged, lastFull, plan, parts) => ({
    metrics: () => judged,
    rereads: (_, checked) => checked.unread ?? undefined,
    again: async (record, at) => {
        const from = intervalStart(record, lastFull);
        const fresh = await intervalJudged(record, at, from.at, plan, parts);
        const onStep = judgeLook(at.reading, plan.policy, settingsOf(plan));
        const seconds = (since) => (at.end.getTime() - since.getTime()) / 1000;
        return judgedAgain(judged, fresh, onStep, {
            look: at.look,
            since: from.look,
            lastFull,
            seconds: seconds(from.at),
            stepSeconds: seconds(record.startedAt),
        });
    },
});
/**
 * Reads one look and judges it with `judge`, after the step's earlier looks left `memory`. A
 * look that does not fail with a metric the source could not give (a Prometheus restarting, a
 * dropped connection) and the judge reads again for reads again, twice at most, each min(10 s,
 * a third of the interval) after the last try, before it is judged on it: a blip does not cost a
 * whole interval of traffic on a canary nobody watches, and a look does not pass with the
 * requests that would show a dead canary unread. A failed look is not read again: a retry would
 * keep a bad canary serving while it waits. A look beyond the planned ones that has not failed
 * then judges the metrics of its own interval (`judge.again`), with the tries its first read
 * left, and the share judged again on that judgement; one that holds on a rate of requests it
 * could not read does not (the next look's interval starts before it), since its source is down
 * and another read of it would cost one more try, or one more timeout.
 */
async function observe(record, look, memory, plan, parts, judge) {
    const at = { step: record.step, look, weight: record.weight };
    for (let tried = 1;; tried++) {
        const end = parts.now();
        const window = { start: record.startedAt, end, step: record.step, weight: record.weight };
        const reading = await parts.source.read(window);
        const byMetrics = judge.metrics(reading);
        const checked = checkServedShare(byMetrics, reading, at, memory);
        const failed = judge.rereads(reading, checked);
        if (checked.judged.verdict === "fail" || failed === undefined || tried === READ_TRIES) {
            const done = { end, byMetrics, again: null, unreadOver: [] };
            if (judge.again === undefined || checked.judged.verdict === "fail" || checked.unread !== null)
                return { ...checked, ...done };
            const again = await judge.again(record, {
                look,
                end,
                reading,
                triesLeft: READ_TRIES - tried + 1,
            });
            const rechecked = checkServedShare(again.judged, reading, at, memory);
            return { ...rechecked, ...done, again: again.note, unreadOver: again.unread };
        }
        await awaitReread(record, look, `${failed.name} could not be read (${failed.error})`, plan, parts);
    }
}
/**
 * How many looks on the share alone may hold on its requests unread after the step's last full
 * look: the holds the full looks left unused, and at least one, so that a blip at the look after
 * a pass does not roll back a canary that passed every planned look.
 */
const unreadHolds = (plan, lastFull) => Math.max(1, plan.maxHolds - (lastFull - 1));
/**
 * Why the step looks once more, on the canary's share alone, beyond its planned looks; null
 * when it does not. A share held at the last look max-holds allows would otherwise end the
 * rollout inconclusive on a canary that served and stopped. And a canary that dies within the
 * last judged step's passing look, after a tenth of its share, passes it: the traffic moves to
 * 100%, or the rollout ends, once a look has seen the interval after it (`last`, what follows
 * the last judged step; null at any other). A look on the share alone that cannot read the
 * requests holds as an unread look does, while the step has holds for it (`unreadHolds`).
 */
function shareLookWhy(read, { look, lastFull }, plan, last) {
    const onShare = lastFull !== null;
    if (read.held !== null && (onShare || look > plan.maxHolds))
        return `look ${look} held on the canary's share${onShare ? "" : ", the last look that max-holds allows"}; one look more, on the share alone, tells a scrape that lagged from a canary that stopped`;
    // The holds spent on the share alone are the looks after the last full one, this one included.
    const left = lastFull === null ? 0 : unreadHolds(plan, lastFull) - (look - lastFull) + 1;
    const unread = read.unread !== null
        ? "the canary's requests"
        : read.unreadOver.length > 0
            ? `${read.unreadOver.join(", ")} over its interval`
            : null;
    if (unread !== null && left > 0)
        return `look ${look} could not read ${unread}, so it holds: ${left === 1 ? "one look more" : `up to ${left} looks more`}, on the share alone, before the rollout rolls back for them`;
    const rates = read.memory.rates?.size ?? 0;
    if (read.judged.verdict === "pass" && last !== null && !onShare && rates > 0)
        return `passed at look ${look}; one look more, on the canary's share alone, sees it still serves before ${last}`;
    return null;
}
/** Records the look in the step, and logs its verdict. */
function recordLook(record, look, read, watcher) {
    const { judged, note, end, again } = read;
    const entry = {
        ...judged,
        at: end,
        windowS: (end.getTime() - record.startedAt.getTime()) / 1000,
        heldOnShare: read.held,
    };
    record.looks.push(entry);
    record.endedAt = end;
    record.verdict = judged.verdict;
    const head = `canary-deploy: step ${record.step} at ${record.weight}%, look ${look}`;
    for (const said of [note, again])
        if (said !== null)
            watcher.log(`${head}: ${said}`);
    watcher.log(`${head}: ${judged.verdict}${judged.verdict === "pass" ? "" : ` (${reasonsOf(entry, verdictIs(judged.verdict))})`}`);
}
/**
 * Observes and judges one step until it passes, fails or runs out of holds, from the rollout's
 * `memory` of the canary's share. `last` says what follows the step when it is the last judged
 * one, which a look on the canary's share alone then precedes.
 */
async function judgeStep(record, plan, parts, memory, last) {
    let stepMemory = stepShareMemory(memory);
    let judge = fullJudge(plan);
    let lastFull = null;
    for (let look = 1;; look++) {
        await parts.sleep(plan.intervalMs, parts.signal);
        parts.signal.throwIfAborted();
        const read = await observe(record, look, stepMemory, plan, parts, judge);
        stepMemory = read.memory;
        recordLook(record, look, read, parts.watcher);
        const why = shareLookWhy(read, { look, lastFull }, plan, last);
        if (why !== null) {
            parts.watcher.log(`canary-deploy: step ${record.step} at ${record.weight}%: ${why}`);
            if (lastFull === null) {
                judge = onShareAlone(read.byMetrics, look, plan, parts);
                lastFull = look;
            }
        }
        else if (read.judged.verdict !== "hold" || look > plan.maxHolds || lastFull !== null)
            return { memory: stepMemory, lastFull: lastFull ?? look };
    }
}
/** The looks on the share alone after the step's last full one, as a reason says them. */
function looksAfter(record, lastFull) {
    const after = record.looks.slice(lastFull);
    const unread = after.filter((l) => l.metrics.some((m) => m.unread)).length;
    if (unread < after.length)
        return `${unread} of the ${after.length} looks`;
    return after.length === 1 ? "the look" : `the ${after.length} looks`;
}
/**
 * How a step that used up its holds ends the rollout: unreadable metrics roll back. A step
 * whose last full look passed held on looks on the share alone that could not read its
 * requests, or its metrics over their interval, and says so rather than count holds it never
 * had.
 */
function heldOutcome(record, lastFull) {
    const last = record.looks[record.looks.length - 1];
    if (record.looks[lastFull - 1].verdict === "pass")
        return {
            outcome: "rolled-back",
            reason: `step ${record.step} at ${record.weight}% passed at look ${lastFull}, but ${looksAfter(record, lastFull)} after could not read its metrics: ${reasonsOf(last, (m) => m.unread)}`,
        };
    // Every look held: the first, max-holds more, and any on the share alone after them.
    const held = record.looks.length - 1;
    const holds = `after ${held} hold${held === 1 ? "" : "s"} at ${record.weight}%`;
    if (last.metrics.some((m) => m.unread))
        return {
            outcome: "rolled-back",
            reason: `the metrics could not be read ${holds}, so the canary cannot be judged: ${reasonsOf(last, (m) => m.unread)}`,
        };
    return {
        outcome: "inconclusive",
        reason: `too little evidence ${holds}: ${reasonsOf(last, verdictIs("hold"))}`,
    };
}
/**
 * The step's looks that held on the canary's share, as its ending recalls them ("; held at look 2
 * for share 0.3% < 5%"): the ending's own reason may name only what its last look saw, and a
 * traffic command that failed, a cancel or a bug none. Nothing for a step with no look yet.
 */
function shareHolds(record) {
    if (record === undefined)
        return "";
    const held = record.looks.flatMap((l, i) => l.heldOnShare === null ? [] : [`look ${i + 1} for share ${l.heldOnShare}`]);
    return held.length === 0 ? "" : `; held at ${held.join(", ")}`;
}
/** How a judged step ends the rollout, if it does: at once when it failed, or out of holds. */
function stepEnding(record, lastFull) {
    const last = record.looks[record.looks.length - 1];
    const ending = record.verdict === "fail"
        ? {
            outcome: "rolled-back",
            reason: `step ${record.step} at ${record.weight}% failed: ${reasonsOf(last, verdictIs("fail"))}`,
        }
        : record.verdict === "hold"
            ? heldOutcome(record, lastFull)
            : null;
    return ending && { ...ending, reason: `${ending.reason}${shareHolds(record)}` };
}
/**
 * What a failed rollback left, after the weight last set (0 for none) and the weight last asked.
 * Before the first weight was set, the rollback was sent to make sure; but a command that timed
 * out or failed after applying its change may have moved the traffic all the same, at the first
 * step or a later one: a shift not confirmed is never reported as one that did not happen.
 */
function rollbackFailed(weight, asked, error) {
    const why = error instanceof errors/* MlopsError */.IC ? error.line : String(error);
    // A command that could not start ran nothing: the traffic is where it was, at the baseline.
    if (weight === 0 && asked === 0 && error instanceof TrafficNotMoved)
        return "the traffic never moved, and the rollback sent to make sure could not start either";
    if (weight > 0 && asked !== weight)
        return `the shift to ${asked}% could not be confirmed and the rollback failed too, so the canary has ${weight}% or ${asked}%: check the traffic by hand: ${why}`;
    if (weight > 0)
        return `and the rollback failed, so the canary still has ${weight}%: ${why}`;
    if (asked > 0)
        return `the first weight (${asked}%) could not be confirmed and the rollback failed too, so check the traffic by hand: ${why}`;
    return `no weight was set yet, and the rollback sent to make sure failed too: ${why}`;
}
/** What follows the step at `index` when it is the last judged one (below 100%); else null. */
function afterLastJudged(plan, index) {
    if (index !== plan.steps.filter((target) => target < 100).length - 1)
        return null;
    return plan.steps.includes(100)
        ? "the traffic moves to 100%"
        : `the rollout ends at ${plan.steps[index]}%`;
}
/** A step begun at `now`, not judged yet: it ends where its looks, or the rollout, end it. */
const newStep = (step, weight, now) => ({
    step,
    weight,
    startedAt: now,
    endedAt: now,
    verdict: "not-judged",
    looks: [],
});
/**
 * Runs the rollout to its end. Whatever ends it short of promotion sends the traffic back to
 * the baseline; a failed rollback is said in the reason and leaves the weight where it was.
 */
async function runRollout(plan, parts) {
    const steps = [];
    let weight = 0;
    // The weight last asked of the traffic, set or not: a command that failed may have moved it.
    let asked = 0;
    let share = shareMemory(parts.source);
    const end = async (outcome, reason) => {
        if (outcome === "promoted")
            return { outcome, reason, finalWeight: weight, steps };
        try {
            await parts.traffic.rollback({ weight: 0, step: 0, variant: plan.variant });
            parts.watcher.log(`canary-deploy: traffic back to the baseline (${outcome}): ${reason}`);
            return { outcome, reason, finalWeight: 0, steps };
        }
        catch (error) {
            const left = rollbackFailed(weight, asked, error);
            // The most the canary may have: a shift asked and not confirmed may have taken effect.
            const finalWeight = Math.max(weight, asked);
            return { outcome, reason: `${reason}; ${left}`, finalWeight, steps };
        }
    };
    try {
        for (const [i, target] of plan.steps.entries()) {
            const record = newStep(i + 1, target, parts.now());
            steps.push(record);
            // A cancel that came while the last look was read moves no more traffic.
            parts.signal.throwIfAborted();
            asked = target;
            try {
                await parts.traffic.setWeight({ weight: target, step: i + 1, variant: plan.variant });
            }
            catch (error) {
                if (error instanceof TrafficNotMoved)
                    asked = weight;
                throw error;
            }
            weight = target;
            // The step's evidence starts once its weight is set: a slow shift's time is the last weight's.
            record.startedAt = record.endedAt = parts.now();
            await parts.watcher.stepStarted(i + 1, target);
            // At 100% the baseline serves nothing to compare with: the earlier steps were the test.
            if (target === 100) {
                record.endedAt = parts.now();
                continue;
            }
            const judged = await judgeStep(record, plan, parts, share, afterLastJudged(plan, i));
            share = judged.memory;
            const ending = stepEnding(record, judged.lastFull);
            if (ending)
                return await end(ending.outcome, ending.reason);
        }
        const judged = steps.filter((s) => s.looks.length > 0).length;
        return await end("promoted", `all ${judged} judged step${judged === 1 ? "" : "s"} passed${weight === 100 ? ", and the canary now serves all traffic" : `, up to ${weight}%`}`);
    }
    catch (error) {
        // The step under way ends here, whatever its looks had reached.
        const last = steps.at(-1);
        if (last)
            last.endedAt = parts.now();
        // The traffic could not move, or the step was cancelled: the canary has no verdict.
        if (error instanceof TrafficError ||
            error instanceof cancel_signals/* CancelledError */.cc ||
            (error instanceof errors/* MlopsError */.IC && parts.signal.aborted))
            return await end("rolled-back", `${error.line}${shareHolds(steps.at(-1))}`);
        // A bug must not leave the canary serving: the traffic goes back first.
        await end("rolled-back", `an internal error stopped the rollout${shareHolds(steps.at(-1))}`);
        throw error;
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/evidence/rules.js
var rules = __webpack_require__(3144);
// EXTERNAL MODULE: ./shared/dist/engine/evidence/detectable-effect.js
var detectable_effect = __webpack_require__(6000);
;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/traffic-plan.js
/**
 * The rollout's plan held against the traffic before any of it moves. A rate judged on too few
 * requests holds at every look of a step until max-holds runs out and the rollout ends
 * inconclusive, a canary many times worse than the baseline with it. From each rate's baseline
 * counts before the rollout, scaled to one interval, each judged step's last look (after
 * max-holds) is foreseen as it would be if the canary erred at the baseline's rate, and sized as
 * the judge sizes an inconclusive look of one metric, so that the requests named here are those
 * the judge's "about N requests would settle it" names on the same counts. A warning, not a
 * refusal: traffic can grow.
 */








/** The power the judge states what a look detects at (judgeEvidence's default). */
const POWER = 0.8;
/** max-holds' own limit (canary-deploy's input). */
const MOST_HOLDS = 100;
/**
 * Agresti and Caffo's spread of the difference, as proportionDifferenceEvidence works it (a
 * failure and a success added to each variant), with each variant's failures those expected at
 * `rate`, fractional: rounding them to whole ones would move the difference off 0 by a share
 * that swings with the traffic, and the requests foreseen with it.
 */
function spreadAtRate(totals, rate) {
    const spread = (n) => {
        const p = (n * rate + 1) / (n + 2);
        return Math.sqrt(p * (1 - p)) / Math.sqrt(n + 2);
    };
    return Math.hypot(...totals.map(spread));
}
/**
 * The last look of a step at `weight`: each variant's share of the requests of max-holds + 1
 * intervals, the canary erring at exactly the baseline's rate, so that the difference is 0 and
 * its distance from the margin's edge the margin itself, sized as the judge sizes an
 * inconclusive look of one metric (judgeEvidence's `sizing`): the detectable effect of the
 * difference at the look's confidence, at the judge's power, against that distance. Null where
 * no number of requests would settle it (a margin of 0 at equal rates), which the judge says at
 * the look.
 */
function lastLook({ rate, rule, comparison }, weight, plan) {
    const perInterval = (rate.total * plan.intervalMs) / rate.windowMs;
    // At least one request, so that the spread has a size to scale from.
    const total = (percent) => Math.max(1, Math.round((perInterval * (plan.maxHolds + 1) * percent) / 100));
    const totals = [total(100 - weight), total(weight)];
    const baselineRate = rate.failures / rate.total;
    const margin = (0,rules/* marginSize */.oO)(comparison.margin, baselineRate);
    const distance = (0,rules/* distanceToEdge */.mN)(0, (0,rules/* comparisonRegion */.mA)(comparison.test, rule.direction, margin));
    if (!(distance > 0))
        return null;
    const tail = (1 - plan.lookConfidence) / 2;
    const effect = (0,detectable_effect/* detectableEffect */.z)(spreadAtRate(totals, baselineRate), tail, POWER);
    const requests = Math.min(...totals);
    return {
        perLook: (perInterval * Math.min(weight, 100 - weight)) / 100,
        requests,
        baselineRate,
        margin,
        effect,
        needed: effect > distance ? (0,detectable_effect/* examplesToSettle */.i)(requests, effect, distance) : null,
    };
}
/** The rates whose rules hold them against the baseline by a margin, with their counts before. */
function sizedRates(rates, plan) {
    return rates.flatMap((rate) => {
        const rule = plan.policy.metrics[rate.name];
        const comparison = rule && (0,rule_comparison/* comparisonOf */.j)(rule);
        return comparison && rate.total > 0 ? [{ rate, rule, comparison }] : [];
    });
}
/** The rates of `sized` that are thin at a step at `weight`. */
function thinAt(sized, weight, plan) {
    return sized.flatMap((r) => {
        const look = lastLook(r, weight, plan);
        return look?.needed ? [{ ...r, look: { ...look, needed: look.needed } }] : [];
    });
}
/** Up to three significant digits, rounded away from zero: a margin that is enough. */
const upward = (value) => {
    const unit = 10 ** (Math.floor(Math.log10(value)) - 2);
    return Number((Math.ceil(value / unit) * unit).toPrecision(3));
};
/** A share in points, as the judge's reasons give a rate's difference: `0.5 points`, `1 point`. */
const points = (share) => {
    const value = Number((share * 100).toPrecision(3));
    return value === 1 ? "1 point" : `${value} points`;
};
/** The rule's margin as the policy writes it, and in points. */
function marginText({ rule, look }) {
    const name = rule["max-regression"] !== undefined ? "max-regression" : "min-improvement";
    const written = rule[name];
    return typeof written === "number"
        ? `a ${name} of ${points(look.margin)}`
        : `a ${name} of ${written} of the baseline's rate (${points(look.margin)})`;
}
/**
 * The smallest whole number from `from` up to `limit` for which `enough` holds, or null: `enough`
 * holding for every number past the first that it holds for (more traffic settles a look
 * sooner), doubling the step up to it, then halving back.
 */
function smallestEnough(from, limit, enough) {
    if (from > limit)
        return null;
    let [below, step] = [from - 1, 1];
    while (!enough(Math.min(below + step, limit))) {
        if (below + step >= limit)
            return null;
        below += step;
        step *= 2;
    }
    let above = Math.min(below + step, limit);
    while (above - below > 1) {
        const middle = Math.floor((below + above) / 2);
        if (enough(middle))
            above = middle;
        else
            below = middle;
    }
    return above;
}
/** The longest interval a fix names: the input's own limit, in whole minutes as fixes give it. */
const LONGEST_INTERVAL_S = Math.floor(command_inputs/* MAX_DURATION_MS */.rG / 60_000) * 60;
/**
 * An interval in whole seconds below a minute and whole minutes past it (rounded up: longer, so
 * as enough), written as the interval input takes it: `45s`, `16m`, `56h42m`.
 */
function intervalText(seconds) {
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.ceil(seconds / 60);
    const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
    return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}
/**
 * The fixes that would give every rate the requests the judge says it needs by the step's last
 * look, each alone, found by foreseeing that look again under each: the step's weight (up to
 * 50%, past which the baseline is the thinner), the interval, or max-holds, each the smallest
 * that does; or a max-regression as wide as the difference the look detects. The max-holds
 * named is a lower bound: it is foreseen at the look's confidence now, and each hold more
 * spreads the policy's confidence over one more look.
 */
function fixes(sized, thin, weight, plan) {
    const settled = (w, changed) => thinAt(sized, w, { ...plan, ...changed }).length === 0;
    const stepWeight = smallestEnough(weight + 1, 50, (w) => settled(w, {}));
    const from = Math.ceil(plan.intervalMs / 1000);
    const seconds = smallestEnough(from, LONGEST_INTERVAL_S, (s) => settled(weight, { intervalMs: s * 1000 }));
    const holds = smallestEnough(plan.maxHolds + 1, MOST_HOLDS, (h) => settled(weight, { maxHolds: h }));
    const said = [];
    if (stepWeight !== null)
        said.push(`a weight of ${stepWeight}% or more for the step`);
    if (seconds !== null)
        said.push(`an interval of ${intervalText(seconds)} or more`);
    if (holds !== null)
        said.push(`max-holds of ${holds} or more (at least: each hold added also tightens every look's confidence)`);
    for (const { rate, rule, look } of thin) {
        const written = rule["max-regression"];
        // A share of the baseline's rate, as the rule is written; none widens a margin of a 0 rate.
        if (typeof written === "number")
            said.push(`${rate.name} a max-regression of ${upward(look.effect)} or more`);
        else if (written !== undefined && look.baselineRate > 0)
            said.push(`${rate.name} a max-regression of ${upward((100 * look.effect) / look.baselineRate)}% or more`);
    }
    return said;
}
/** What a thin rate's last look would have, and what its margin needs. */
function thinClause(thin, weight, plan) {
    const { look } = thin;
    const { name, failures, total, windowMs } = thin.rate;
    const variant = weight <= 50 ? "canary" : "baseline";
    const last = `look ${plan.maxHolds + 1}, after ${(0,counted/* counted */.h)(plan.maxHolds, "hold")}`;
    const confidence = `${Number((plan.lookConfidence * 100).toPrecision(4))}%`;
    const before = `${(0,group_digits/* groupDigits */.K)(failures)} of ${requestsCounted(total)} over the ${promDuration(windowMs)} before the rollout`;
    return `about ${(0,group_digits/* groupDigits */.K)(Math.round(look.perLook))} ${variant} requests a look, ${(0,group_digits/* groupDigits */.K)(look.requests)} by the last (${last}), where ${marginText(thin)} needs about ${(0,group_digits/* groupDigits */.K)(look.needed)} at each look's ${confidence} confidence, if the canary's ${name} is the baseline's ${(0,format_number/* formatShare */.T1)(failures / total)} (${before})`;
}
/** `a and b`, `a, b, and c` (the comma keeps fixes that end in "or more" apart), or with `or`. */
const wordList = (items, last) => items.length < 3
    ? items.join(` ${last} `)
    : `${items.slice(0, -1).join(", ")}, ${last} ${items.at(-1)}`;
/**
 * The warning, before any traffic moves, for the first judged step whose last look cannot give
 * a rate the requests the judge would say settle it, if the canary errs as the baseline did:
 * the step, the requests foreseen and needed, and the fixes. The first only: the rollout does
 * not get past it. Null when every step's last look has them, or no rate has counts before the
 * rollout (a command that prints none, a Prometheus that has not scraped the baseline yet).
 */
function trafficPlanWarning(rates, plan) {
    const sized = sizedRates(rates, plan);
    for (const [index, weight] of plan.steps.entries()) {
        // A step at 100% is not judged (rollout.ts).
        const thin = weight < 100 ? thinAt(sized, weight, plan) : [];
        if (thin.length === 0)
            continue;
        const clauses = thin.map((t) => thin.length === 1
            ? thinClause(t, weight, plan)
            : `${t.rate.name}: ${thinClause(t, weight, plan)}`);
        const names = wordList(thin.map((t) => t.rate.name), "and");
        return `step ${index + 1} at ${weight}% has too little traffic for ${names}: ${clauses.join("; ")}. Unless traffic grows, the step will hold until the rollout ends inconclusive, and may do so even for a canary far worse than the baseline. Give ${wordList(fixes(sized, thin, weight, plan), "or")}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/canary-deploy/canary-deploy.js
























/** How long one traffic command, webhook post, metrics command or Prometheus query may take. */
const CALL_TIMEOUT_MS = 60_000;
const QUERY_TIMEOUT_MS = 15_000;
const inputKinds = {
    steps: weightSteps(),
    interval: (0,command_inputs/* duration */.p0)({ minMs: 1000 }),
    "max-holds": (0,inputs/* number */.ai)({ min: 0, max: 100, integer: true }),
    "set-weight-command": (0,command_inputs/* argumentList */.Yw)(),
    "rollback-command": (0,command_inputs/* argumentList */.Yw)(),
    shell: (0,inputs/* bool */.lc)(),
    "webhook-url": httpUrl(),
    "webhook-secret": (0,inputs/* secret */.rJ)(),
    "prometheus-url": httpUrl(),
    "prometheus-authorization": (0,inputs/* secret */.rJ)(),
    preset: (0,inputs/* choice */.Yq)(["fastapi", "triton", "torchserve", "vllm"]),
    queries: (0,inputs/* file */.NJ)(),
    "variant-label": labelName(),
    "baseline-variant": variantName(),
    "canary-variant": variantName(),
    resolution: (0,command_inputs/* duration */.p0)({ minMs: 1000 }),
    "metrics-command": (0,command_inputs/* argumentList */.Yw)(),
    policy: (0,inputs/* file */.NJ)(),
    environment: (0,inputs/* text */.Qq)(),
    "model-file": (0,inputs/* file */.NJ)(),
    ref: (0,inputs/* text */.Qq)(),
    "github-token": (0,inputs/* secret */.rJ)(),
    "report-path": (0,inputs/* outputPath */.XC)(),
};
/** The command or the webhook that moves traffic: exactly one. */
function trafficOf(inputs, context, digest) {
    const command = inputs["set-weight-command"];
    const url = inputs["webhook-url"];
    if ((command === "") === (url === undefined))
        throw new errors/* InputError */.dz(command === "" ? "set-weight-command" : "webhook-url", command === "" ? "is empty, and so is webhook-url" : "is set, and so is set-weight-command", "Give one way to move traffic: a set-weight-command or a webhook-url");
    if (url)
        return webhookProvider({
            url,
            ...(inputs["webhook-secret"] ? { secret: inputs["webhook-secret"] } : {}),
            timeoutMs: CALL_TIMEOUT_MS,
            context: {
                environment: inputs.environment,
                model_digest: digest ?? "",
                run_url: context.github.runUrl ?? "",
            },
        });
    const env = (0,child_env/* childEnv */.g)(context.env);
    const argv = (value, input, perStep) => {
        const list = (0,command_inputs/* commandArgv */.GE)(value, inputs.shell, input, "Give the command that sets the canary's weight");
        checkPlaceholders(list, input, perStep);
        if (!inputs.shell)
            checkProgram(list, input, { cwd: context.cwd, env });
        return list;
    };
    const rollback = inputs["rollback-command"];
    // A rollout of one weight may set it with a fixed command (kubectl apply -f canary.yaml).
    const perStep = new Set(inputs.steps).size > 1;
    return commandProvider({
        setWeight: argv(command, "set-weight-command", perStep),
        // A rollback always goes to 0%, so its command may be a fixed one (kubectl rollout undo).
        ...(rollback === "" ? {} : { rollback: argv(rollback, "rollback-command", false) }),
        shell: inputs.shell,
        cwd: context.cwd,
        env,
        timeoutMs: CALL_TIMEOUT_MS,
        log: context.log,
    });
}
/** Prometheus asked for a preset's metrics and the queries file's. */
function prometheusOf(inputs, context, url) {
    const metrics = [
        ...(inputs.preset ? PRESETS[inputs.preset] : []),
        ...(inputs.queries
            ? loadQueries(inputs.queries, (0,display_path/* displayPath */.G)(context.cwd, inputs.queries))
            : []),
    ];
    if (metrics.length === 0)
        throw new errors/* InputError */.dz("preset", "is empty, and so is queries: Prometheus would be asked nothing", "Name your serving stack's preset, or give a queries file");
    const authorization = inputs["prometheus-authorization"];
    return prometheusSource({
        server: {
            url: url.href,
            timeoutMs: QUERY_TIMEOUT_MS,
            ...(authorization ? { headers: { authorization } } : {}),
        },
        metrics,
        variantLabel: inputs["variant-label"],
        variants: { baseline: inputs["baseline-variant"], canary: inputs["canary-variant"] },
        resolutionMs: inputs.resolution,
        intervalMs: inputs.interval,
    });
}
/**
 * The source of live metrics (Prometheus or the user's command: exactly one) and the policy,
 * each checked against the other before any traffic moves.
 */
function judgeParts(inputs, context) {
    const url = inputs["prometheus-url"];
    const command = inputs["metrics-command"];
    if ((command === "") === (url === undefined))
        throw new errors/* InputError */.dz(command === "" ? "prometheus-url" : "metrics-command", command === "" ? "is empty, and so is metrics-command" : "is set, and so is prometheus-url", "Give one source of live metrics: a prometheus-url or a metrics-command");
    const policyFile = inputs.policy
        ? { path: inputs.policy, shownAs: (0,display_path/* displayPath */.G)(context.cwd, inputs.policy) }
        : undefined;
    if (url !== undefined) {
        const source = prometheusOf(inputs, context, url);
        return { policy: canaryPolicy(policyFile, source.known).policy, source };
    }
    const { policy, checkRates } = canaryPolicy(policyFile, null);
    const source = commandSource({
        argv: (0,command_inputs/* commandArgv */.GE)(command, inputs.shell, "metrics-command", "Give the command that prints the metrics"),
        shell: inputs.shell,
        cwd: context.cwd,
        env: context.env,
        timeoutMs: CALL_TIMEOUT_MS,
        names: Object.keys(policy.metrics),
        checkRates,
        intervalMs: inputs.interval,
        now: context.now,
    });
    return { policy, source };
}
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
});
/** One report per environment in a workflow run; a name artifacts refuse falls back to the plain one. */
const artifactName = (environment) => /^[A-Za-z0-9._-]{1,100}$/.test(environment) ? `canary-report-${environment}` : "canary-report";
/** The rollout's plan: the policy's confidence spread over every look it may make (decision 0013). */
function rolloutPlan(inputs, policy) {
    const confidence = policy.confidence ?? 0.95;
    // A step at 100% is not judged (rollout.ts), so it makes no look.
    const judged = inputs.steps.filter((weight) => weight < 100).length;
    const looksPlanned = judged * (inputs["max-holds"] + 1);
    return {
        steps: inputs.steps,
        intervalMs: inputs.interval,
        maxHolds: inputs["max-holds"],
        policy,
        confidence,
        looksPlanned,
        lookConfidence: 1 - (1 - confidence) / looksPlanned,
        minSamples: policy["min-samples"] ?? 10,
        variant: inputs["canary-variant"],
    };
}
/** Writes the report; where the file cannot be written, why, as the failure says it. */
function writeReport(report, path, cwd) {
    const file = (0,report_file/* reportFile */.r)(canary_report/* canaryReportContract */.d, report, path);
    try {
        (0,write_output/* writeFilesAtomic */.aV)([file]);
        return null;
    }
    catch (error) {
        if (!(error instanceof errors/* FileError */.f6))
            throw error;
        return (0,display_path/* displayPathIn */.t)(error.line, cwd, error.file);
    }
}
/**
 * The report written, and the step's outputs, summary and artifact. A report that cannot be
 * written (a full disk, its folder replaced by a file) leaves the rollout as it ended: the
 * outputs still give its outcome and final weight, the report path none, and the failure says
 * both, so that a canary left serving is never reported as a run that did nothing.
 */
function finish(inputs, context, report) {
    const reportPath = inputs["report-path"];
    const unwritten = writeReport(report, reportPath, context.cwd);
    const verdict = report.outcome === "promoted" ? undefined : `canary ${report.outcome}: ${report.reason}`;
    return {
        outputs: {
            outcome: report.outcome,
            "final-weight": String(report.final_weight),
            "report-path": unwritten === null ? (0,display_path/* displayPath */.G)(context.cwd, reportPath) : "",
        },
        summary: renderSummary(report),
        artifacts: unwritten === null
            ? [
                {
                    name: artifactName(inputs.environment),
                    files: [reportPath],
                    description: "the canary report (mlops.canary-report/v1)",
                },
            ]
            : [],
        failure: unwritten === null
            ? verdict
            : `${verdict === undefined ? "canary promoted," : `${verdict};`} but its report could not be written: ${unwritten}`,
    };
}
async function run(inputs, context) {
    const { policy, source } = judgeParts(inputs, context);
    const model = inputs["model-file"]
        ? {
            path: (0,display_path/* displayPath */.G)(context.cwd, inputs["model-file"]),
            sha256: await (0,hash_file/* hashFile */.D)(inputs["model-file"]),
        }
        : null;
    const traffic = trafficOf(inputs, context, model?.sha256 ?? null);
    const plan = rolloutPlan(inputs, policy);
    if (inputs["prometheus-url"] !== undefined)
        checkPointsReachable(source.known ?? [], plan, inputs.resolution);
    const startedAt = context.now();
    // Before any traffic moves, and before the deployment opens, which a refusal would leave
    // unfinished: a source that cannot answer, or a metric with no data, would hold every step.
    const checked = await source.check?.();
    for (const warning of checked?.warnings ?? [])
        (0,define_action/* warnIn */.aP)(context, warning);
    // Traffic too thin for the plan is warned of, not refused: it may grow once the rollout runs.
    const thin = trafficPlanWarning(checked?.rates ?? [], plan);
    if (thin !== null)
        (0,define_action/* warnIn */.aP)(context, thin);
    context.log(`canary-deploy: ${inputs.steps.join("% → ")}% every ${inputs.interval / 1000}s, metrics from ${source.description}, traffic by ${traffic.description}`);
    // What failed up to here refused the rollout; from here on, effects may outlast a failure.
    context.acting?.();
    const trail = await openTrail(context, {
        token: inputs["github-token"],
        environment: inputs.environment,
        ref: inputs.ref,
        payload: { model_digest: model?.sha256 ?? null, steps: inputs.steps },
    });
    const held = (0,cancel_signals/* abortOnSignals */.PB)();
    try {
        const result = await runRollout(plan, {
            traffic,
            source,
            sleep: context.clock ? (ms) => context.clock.sleep(ms, held.signal) : realSleep,
            now: context.now,
            signal: held.signal,
            watcher: {
                log: context.log,
                stepStarted: (step, weight) => trail.progress(step, inputs.steps.length, weight),
            },
        });
        const report = canaryReport(result, {
            environment: inputs.environment,
            model,
            variants: { baseline: inputs["baseline-variant"], canary: inputs["canary-variant"] },
            source: source.description,
            traffic: traffic.description,
            policy: { ...plan, correction: policy.correction ?? "holm" },
            startedAt,
            endedAt: context.now(),
            deployment: trail.deployment,
        });
        // The report first: a runner that stops the step after a cancel still leaves it. One that
        // cannot be written is said in the result, after the deployment's status is set.
        const done = finish(inputs, context, report);
        await trail.finish(result.outcome, result.reason, result.finalWeight);
        return done;
    }
    finally {
        // Held until the report is written: the runner's SIGTERM after a cancel waits for it.
        held.release();
    }
}
const canaryDeploy = (0,define_action/* defineAction */.QP)({
    name: "canary-deploy",
    permissions: {
        contents: { level: "read", why: "read the policy, queries and model file checked out" },
        deployments: { level: "write", why: "record the rollout as a deployment with its statuses" },
    },
    example: {
        steps: "5,25,50,100",
        interval: "5m",
        "webhook-url": "https://deploy.example.com/canary-weight",
        "prometheus-url": "http://prometheus:9090",
        preset: "fastapi",
        policy: "canary-policy.yml",
        "model-file": "model/model.onnx",
    },
    inputs: inputKinds,
    run,
});


/***/ })

};
