export const id = 110;
export const ids = [110];
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

/***/ 8664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ absentColumns),
/* harmony export */   Fl: () => (/* binding */ readsScoresOnly),
/* harmony export */   Nu: () => (/* binding */ claimedColumns),
/* harmony export */   Rk: () => (/* binding */ perClassScoreColumns),
/* harmony export */   hX: () => (/* binding */ unreadOutcomes)
/* harmony export */ });
/* harmony import */ var _predictions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _top_k_accuracy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6092);
/* harmony import */ var _usual_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3847);



/** The columns that a read's options give a role, a slice or a per-example score. */
function claimedColumns(options) {
    return new Set([
        ...Object.values({ ..._predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREDICTION_COLUMNS */ .S, ...options.columns }),
        ...(options.slices ?? []),
        ...(options.exampleScores ?? []),
        ...(options.weights ? [options.weights.column] : []),
    ]);
}
/**
 * The columns `<score>_<class>` of `columns`, which hold one class's probability each where the
 * score column is absent; a column that the options give to anything else is none of them.
 */
function perClassScoreColumns(columns, options) {
    const prefix = `${options.columns?.score ?? _predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREDICTION_COLUMNS */ .S.score}_`;
    const claimed = claimedColumns(options);
    return columns.filter((name) => name.startsWith(prefix) && name.length > prefix.length && !claimed.has(name));
}
/**
 * The score that metrics need, as each class's probability where the file's first rows hold
 * three classes or more (`classes`, listed then), or where top-k accuracies alone need it: a k
 * of 2 or more is gated on three classes or more.
 */
function wantedScore(want, metrics, classes) {
    const many = classes.length >= 3;
    if (!many && !metrics.every(_top_k_accuracy_js__WEBPACK_IMPORTED_MODULE_1__/* .isTopKName */ .IW))
        return want("score");
    return { ...want("score"), eachClass: many ? classes : [] };
}
/**
 * The outcome columns that `absentColumns` wants: for regression the prediction; for
 * classification a name the user gave for the prediction or the score as given, the score where
 * the metrics need probabilities (`wantedScore`), and else the prediction or a score to predict
 * a class from.
 */
function absentOutcome(columns, options, lacks, want, classes) {
    if (options.task === "regression")
        return lacks("prediction") ? [want("prediction")] : [];
    const given = options.columns ?? {};
    const absent = ["prediction", "score"]
        .filter((role) => given[role] !== undefined && lacks(role))
        .map(want);
    const scored = !lacks("score") || perClassScoreColumns(columns, options).length > 0;
    if (scored || given.score !== undefined)
        return absent;
    if (options.needs?.score)
        return [...absent, wantedScore(want, options.needs.score, classes)];
    return absent.length === 0 && lacks("prediction")
        ? [{ ...want("prediction"), or: want("score") }]
        : absent;
}
/** How a file of `columns`, read with `options`, lacks a role's column, and its want. */
function rolesOf(columns, options) {
    const names = { ..._predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREDICTION_COLUMNS */ .S, ...options.columns };
    const lacks = (role) => !columns.includes(names[role]);
    // A column that metrics read is wanted with their names: they are why it is needed.
    const needs = options.needs ?? {};
    const want = (role) => ({
        role,
        column: names[role],
        ...(needs[role] && { metrics: needs[role] }),
    });
    return { lacks, want, needs };
}
/** The label and the outcome columns (`absentOutcome`) that a file lacks. */
function absentLabelled(columns, options, classes = []) {
    const { lacks, want } = rolesOf(columns, options);
    return [
        ...(lacks("label") ? [want("label")] : []),
        ...absentOutcome(columns, options, lacks, want, classes),
    ];
}
/**
 * Whether a file of `columns` is read without its labels and predictions (task `scores`): they
 * are optional (`outcomesOptional`), and it lacks one of them.
 */
const readsScoresOnly = (columns, options) => options.outcomesOptional === true && absentLabelled(columns, options).length > 0;
/**
 * The columns that a file of `columns`, read with `options`, lacks: the id and the label; the
 * outcome (`absentOutcome`), of which a file read for its scores alone (`readsScoresOnly`) lacks
 * only those an input names; the latency and the cost where the user names them or the metrics
 * need them; every per-example score; the sample weight, unless optional. Each comes with the
 * column likely meant, none guessed twice nor one already read for another role, so that one
 * error can name every column to set.
 * `classes`: those of the file's first rows, where they are known, by which a score is wanted
 * of each class.
 */
function absentColumns(columns, options, classes = []) {
    const { lacks, want, needs } = rolesOf(columns, options);
    const needed = (role) => options.columns?.[role] !== undefined || needs[role] !== undefined;
    const labelled = absentLabelled(columns, options, classes);
    const wanted = [
        ...(lacks("id") ? [want("id")] : []),
        ...(readsScoresOnly(columns, options)
            ? labelled.filter(({ role }) => role !== "exampleScores" && role !== "weight" && options.columns?.[role])
            : labelled),
        ...["latency", "cost"].filter((role) => needed(role) && lacks(role)).map(want),
        ...[...new Set(options.exampleScores ?? [])]
            .filter((column) => !columns.includes(column))
            .map((column) => ({ role: "exampleScores", column })),
        ...absentWeights(columns, options),
    ];
    return guessed(wanted, columns, options);
}
/** The sample weight's column, where the file must have it and lacks it. */
function absentWeights(columns, { weights }) {
    if (!weights || weights.optional || columns.includes(weights.column))
        return [];
    return [{ role: "weight", column: weights.column }];
}
/**
 * The label and the outcome columns that a file read for its scores alone (`readsScoresOnly`)
 * lacks, each with the column likely meant (`y_true` for the label): where one is likely there
 * under another name, the metrics of labels were left out for a name, not for want of data.
 */
const unreadOutcomes = (columns, options) => guessed(absentLabelled(columns, options), columns, options);
/**
 * The `wanted` columns, each with the input that names it and the column of `columns` likely
 * meant, none guessed twice nor one already read for another role.
 */
function guessed(wanted, columns, options) {
    const taken = claimedColumns(options);
    const inputs = { ..._predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PREDICTION_INPUTS */ .o, ...options.inputs };
    const guess = ({ or, ...want }) => {
        const likely = (0,_usual_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .likelyColumn */ .zs)(want.role, want.column, columns, taken);
        if (likely)
            taken.add(likely.column);
        return { ...want, input: inputs[want.role], likely, ...(or && { or: guess(or) }) };
    };
    return wanted.map(guess);
}


/***/ }),

/***/ 6967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ precisionRecallF1),
/* harmony export */   UG: () => (/* binding */ precisionRecallF1Of),
/* harmony export */   gM: () => (/* binding */ confusionMatrix),
/* harmony export */   pu: () => (/* binding */ balancedAccuracyOf),
/* harmony export */   q2: () => (/* binding */ balancedAccuracy),
/* harmony export */   tt: () => (/* binding */ matthewsCorrelationOf),
/* harmony export */   uT: () => (/* binding */ matthewsCorrelation),
/* harmony export */   y2: () => (/* binding */ accuracy)
/* harmony export */ });
/**
 * Metrics of predicted classes, as scikit-learn computes them, from one weighted confusion matrix.
 * Weights are sample weights or a bootstrap resample's counts: a weight of 0 leaves the example
 * out, so that a class none of whose examples is drawn is absent, as it would be from a resampled
 * array (scikit-learn, given a zero sample weight, still counts the class as present).
 */
/** The weighted confusion matrix, row = true class, column = predicted class, row-major. */
function confusionMatrix(labels, predictions, classCount, weights) {
    const matrix = new Float64Array(classCount * classCount);
    const n = labels.length;
    if (weights === undefined) {
        for (let i = 0; i < n; i++)
            matrix[labels[i] * classCount + predictions[i]]++;
    }
    else {
        for (let i = 0; i < n; i++)
            matrix[labels[i] * classCount + predictions[i]] += weights[i];
    }
    return matrix;
}
/** The share of examples predicted right (`accuracy_score`); NaN without weight. */
function accuracy(labels, predictions, weights) {
    let right = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        if (labels[i] === predictions[i])
            right += w;
        total += w;
    }
    return total > 0 ? right / total : Number.NaN;
}
function classSums(matrix, classCount) {
    const tp = new Float64Array(classCount);
    const truth = new Float64Array(classCount);
    const predicted = new Float64Array(classCount);
    for (let t = 0; t < classCount; t++) {
        for (let p = 0; p < classCount; p++) {
            const v = matrix[t * classCount + p];
            truth[t] += v;
            predicted[p] += v;
            if (t === p)
                tp[t] = v;
        }
    }
    return { tp, truth, predicted };
}
/**
 * The mean recall over the classes that occur as a true label (`balanced_accuracy_score`: a
 * class only predicted is left out, as scikit-learn drops its NaN recall); NaN without weight.
 */
function balancedAccuracy(matrix, classCount) {
    return balancedAccuracyOf(classSums(matrix, classCount));
}
/** `balancedAccuracy` from each class's tallies. */
function balancedAccuracyOf({ tp, truth }) {
    const classCount = truth.length;
    let sum = 0;
    let classes = 0;
    for (let c = 0; c < classCount; c++) {
        if (truth[c] > 0) {
            sum += tp[c] / truth[c];
            classes++;
        }
    }
    return classes > 0 ? sum / classes : Number.NaN;
}
/** F1 from precision and recall, 0 when both are 0 (scikit-learn's zero_division default). */
const f1Of = (precision, recall) => {
    const denominator = precision + recall;
    return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
};
/** A ratio, 0 when the denominator is (scikit-learn's zero_division="warn"). */
const ratio = (numerator, denominator) => denominator === 0 ? 0 : numerator / denominator;
/**
 * Precision, recall and F1 (`precision_recall_fscore_support` with `zero_division="warn"`: a
 * ratio over nothing is 0). `positive` is the class code for `binary`.
 */
function precisionRecallF1(matrix, classCount, average, positive = -1) {
    return precisionRecallF1Of(classSums(matrix, classCount), average, positive);
}
/** `precisionRecallF1` from each class's tallies. */
function precisionRecallF1Of({ tp, truth, predicted }, average, positive = -1) {
    const classCount = truth.length;
    const present = [];
    if (average === "binary")
        present.push(positive);
    else {
        for (let c = 0; c < classCount; c++)
            if (truth[c] > 0 || predicted[c] > 0)
                present.push(c);
    }
    if (average === "micro") {
        let tpSum = 0;
        let truthSum = 0;
        let predictedSum = 0;
        for (const c of present) {
            tpSum += tp[c];
            truthSum += truth[c];
            predictedSum += predicted[c];
        }
        const precision = ratio(tpSum, predictedSum);
        const recall = ratio(tpSum, truthSum);
        return { precision, recall, f1: f1Of(precision, recall) };
    }
    let precisionSum = 0;
    let recallSum = 0;
    let f1Sum = 0;
    let weightSum = 0;
    for (const c of present) {
        const precision = ratio(tp[c], predicted[c]);
        const recall = ratio(tp[c], truth[c]);
        const w = average === "weighted" ? truth[c] : 1;
        precisionSum += w * precision;
        recallSum += w * recall;
        f1Sum += w * f1Of(precision, recall);
        weightSum += w;
    }
    if (weightSum === 0)
        return { precision: 0, recall: 0, f1: 0 };
    return {
        precision: precisionSum / weightSum,
        recall: recallSum / weightSum,
        f1: f1Sum / weightSum,
    };
}
/**
 * The Matthews correlation coefficient (`matthews_corrcoef`), binary and multiclass alike in
 * Gorodkin's R_K form: (c s - Σ t_k p_k) / sqrt((s² - Σ p_k²)(s² - Σ t_k²)), with c the examples
 * predicted right, s all of them, t_k and p_k each class's true and predicted counts. It runs from
 * -1 to 1, and is 0 where either side has a single class (scikit-learn's value there, where the
 * correlation is undefined); NaN without weight.
 */
function matthewsCorrelation(matrix, classCount) {
    return matthewsCorrelationOf(classSums(matrix, classCount));
}
/** `matthewsCorrelation` from each class's tallies. */
function matthewsCorrelationOf({ tp, truth, predicted }) {
    let right = 0;
    let total = 0;
    let truthByPredicted = 0;
    let predictedSquares = 0;
    let truthSquares = 0;
    for (let c = 0; c < truth.length; c++) {
        right += tp[c];
        total += truth[c];
        truthByPredicted += truth[c] * predicted[c];
        predictedSquares += predicted[c] ** 2;
        truthSquares += truth[c] ** 2;
    }
    if (total === 0)
        return Number.NaN;
    const spreadPredicted = total * total - predictedSquares;
    const spreadTruth = total * total - truthSquares;
    if (spreadPredicted <= 0 || spreadTruth <= 0)
        return 0;
    return (right * total - truthByPredicted) / Math.sqrt(spreadPredicted * spreadTruth);
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

/***/ 9488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ MetricError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1701);


/**
 * A metric that cannot be computed as asked: an unknown name, or predictions that lack what it
 * needs (scores for ROC AUC, two classes for F1, a sensitive column for a fairness metric). The
 * message names the metric; `fix` says what to change.
 */
class MetricError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    metric;
    problem;
    constructor(metric, problem, fix) {
        super(`metric '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(metric, _report_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .REFUSAL_NAME_LIMIT */ .DK)}': ${problem}`, fix);
        this.metric = metric;
        this.problem = problem;
    }
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T8: () => (/* binding */ knowsMetric),
  u8: () => (/* binding */ metricDefinition),
  Zv: () => (/* binding */ metricNames),
  ii: () => (/* binding */ prepareMetric)
});

// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/confusion-metrics.js
var confusion_metrics = __webpack_require__(6967);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/fairness-metrics.js
/**
 * Group fairness of a binary classifier over a sensitive column, as fairlearn defines it
 * (`fairlearn.metrics`, method "between_groups": the largest minus the smallest value over the
 * groups). A group is a code of the column; rows whose code is -1 (no value) and groups without
 * weight are left out. NaN when no group has weight.
 */
/** The largest minus the smallest of the values of groups that have weight. */
function spread(values, weight) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let g = 0; g < values.length; g++) {
        if (!(weight[g] > 0))
            continue;
        low = Math.min(low, values[g]);
        high = Math.max(high, values[g]);
    }
    return high >= low ? high - low : Number.NaN;
}
/**
 * `demographic_parity_difference`: the spread over groups of the selection rate, the weighted
 * share of examples predicted positive.
 */
function demographicParityDifference(predictions, positive, groups, groupCount, weights) {
    const selected = new Float64Array(groupCount);
    const total = new Float64Array(groupCount);
    for (let i = 0; i < predictions.length; i++) {
        const g = groups[i];
        if (g < 0)
            continue;
        const w = weights === undefined ? 1 : weights[i];
        if (predictions[i] === positive)
            selected[g] += w;
        total[g] += w;
    }
    const rate = selected.map((s, g) => s / total[g]);
    return spread(rate, total);
}
/**
 * `equalized_odds_difference`: the larger of the spreads over groups of the true positive rate
 * and of the false positive rate. A rate over no examples (a group without positives, or without
 * negatives) is 0, as fairlearn gets it from scikit-learn's `confusion_matrix(normalize="true")`.
 */
function equalizedOddsDifference(labels, predictions, positive, groups, groupCount, weights) {
    // Per group: weight of positives, of positives predicted positive, of negatives, of negatives
    // predicted positive.
    const positives = new Float64Array(groupCount);
    const truePositives = new Float64Array(groupCount);
    const negatives = new Float64Array(groupCount);
    const falsePositives = new Float64Array(groupCount);
    for (let i = 0; i < labels.length; i++) {
        const g = groups[i];
        if (g < 0)
            continue;
        const w = weights === undefined ? 1 : weights[i];
        const predictedPositive = predictions[i] === positive;
        if (labels[i] === positive) {
            positives[g] += w;
            if (predictedPositive)
                truePositives[g] += w;
        }
        else {
            negatives[g] += w;
            if (predictedPositive)
                falsePositives[g] += w;
        }
    }
    const rate = (numerator, denominator) => numerator.map((v, g) => (denominator[g] > 0 ? v / denominator[g] : 0));
    const weight = positives.map((p, g) => p + negatives[g]);
    const tpr = spread(rate(truePositives, positives), weight);
    const fpr = spread(rate(falsePositives, negatives), weight);
    return Math.max(tpr, fpr);
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/distribution-metrics.js
var distribution_metrics = __webpack_require__(2385);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/recall-at-alert-rate.js
var recall_at_alert_rate = __webpack_require__(4896);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-error.js
var metric_error = __webpack_require__(9488);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/percent-target.js
var percent_target = __webpack_require__(9950);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/recall-at-precision.js



/**
 * The targets a name takes, in hundredths of a percent. Below 2 is left out, as
 * `recall_at_precision_1` reads as precision 1 (no false alarm) as readily as 1%; 100 too, as a
 * value that one example sets (below); a hundredth of a percent is the finest step.
 */
const LEAST = 200;
const MOST = 9999;
const LEAST_TARGET = LEAST / 100;
const MOST_TARGET = MOST / 100;
const NAME = new RegExp(`^(recall_at_precision|precision_at_recall)_(${percent_target/* TARGET */.Qn})$`);
/** The names without a target that other tools give these metrics (TensorFlow, torchmetrics). */
const WITHOUT_TARGET = /^(?:recall_at_(?:fixed_)?precision|precision_at_(?:fixed_)?recall)$/;
/**
 * The operating point of a name `recall_at_precision_<p>` or `precision_at_recall_<p>`, or
 * undefined for a name of another shape. A name of that shape whose target cannot be gated, or
 * one without a target, is a `MetricError` saying what to write instead.
 */
function operatingPointOf(name) {
    if (WITHOUT_TARGET.test(name)) {
        throw new metric_error/* MetricError */.v(name, "names no target: recall at a fixed precision is gated as recall_at_precision_<p>, and precision at a fixed recall as precision_at_recall_<p>, with p a percent in the name", "Write the target in the name, as recall_at_precision_90 for the recall where precision is at least 90% (recall_at_precision_99p5 for 99.5%), or precision_at_recall_80");
    }
    const match = NAME.exec(name);
    if (!match)
        return undefined;
    const prefix = match[1];
    const [measure, held] = prefix === "recall_at_precision"
        ? ["recall", "precision"]
        : ["precision", "recall"];
    const hundredths = targetOf(name, prefix, measure, held, match[2]);
    return { measure, percent: hundredths / 100 };
}
/** A fraction below 1 (`0.995`, `.9`, `0p995`) as the hundredths of the percent it stands for. */
function fractionAsPercent(whole, decimals) {
    if (!/^0*$/.test(whole) || !/[1-9]/.test(decimals))
        return undefined;
    return (0,percent_target/* hundredthsOf */.LR)(decimals.slice(0, 2).padEnd(2, "0"), decimals.slice(2));
}
const inRange = (hundredths) => hundredths >= LEAST && hundredths <= MOST;
/**
 * The target of an operating point as another tool writes it, a fraction below 1 (`0.995`) or
 * a percent (`99.5`, `99p5`, `90`), as a name writes it (`99p5`), or undefined where no target
 * that can be gated is written.
 */
function targetNamed(written) {
    const parts = percent_target/* WRITTEN */.Sg.exec(written);
    if (!parts || !/\d/.test(written))
        return undefined;
    const [, whole = "", , decimals = ""] = parts;
    const hundredths = fractionAsPercent(whole, decimals) ?? (0,percent_target/* hundredthsOf */.LR)(whole, decimals);
    return hundredths !== undefined && inRange(hundredths) ? (0,percent_target/* nameOfTarget */.wC)(hundredths) : undefined;
}
/**
 * The hundredths of a percent that `target` names, or the `MetricError` of one that cannot be
 * gated. Each target has one name: no leading zero, no trailing zero past `p`, no `p` in a whole
 * percent, so that one metric cannot fill two rows of a report.
 */
function targetOf(name, prefix, measure, held, target) {
    const range = `a percent from ${LEAST_TARGET} to ${MOST_TARGET}, its decimal point written p`;
    const example = `${prefix}_90 for the ${measure} where ${held} is at least 90%, or ${prefix}_99p5 for 99.5%`;
    const refuse = (problem, fix = `Write ${range}, as ${example}`) => new metric_error/* MetricError */.v(name, problem, fix);
    const writeAs = (hundredths) => `Write it as ${prefix}_${(0,percent_target/* nameOfTarget */.wC)(hundredths)}`;
    const parts = percent_target/* WRITTEN */.Sg.exec(target);
    const [, whole = "", point = "", decimals = ""] = parts ?? [];
    if (!parts || !/\d/.test(target) || (point === "p" && (whole === "" || decimals === ""))) {
        throw refuse(`names its target ${held} as ${(0,percent_target/* quoted */.TL)(target)}, which is not ${range}`);
    }
    const fraction = fractionAsPercent(whole, decimals);
    if (fraction !== undefined && inRange(fraction)) {
        throw refuse(`writes the target ${held} as a fraction (${(0,percent_target/* cut */.Jj)(target)}), and the name takes a percent, where ${(0,percent_target/* cut */.Jj)(target)} would read as ${(0,percent_target/* cut */.Jj)(`${whole}.${decimals}`)}%`, writeAs(fraction));
    }
    const hundredths = (0,percent_target/* hundredthsOf */.LR)(whole, decimals);
    if (point === ".") {
        throw refuse(`writes the target ${held} as ${(0,percent_target/* quoted */.TL)(target)}, and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file`, hundredths !== undefined && inRange(hundredths) ? writeAs(hundredths) : undefined);
    }
    if (hundredths === undefined) {
        throw refuse(`holds ${held} at ${(0,percent_target/* cut */.Jj)(`${whole}.${decimals}`)}%, and the name takes at most two decimals of a percent`);
    }
    const percent = (0,percent_target/* cut */.Jj)(decimals === "" ? whole : `${whole}.${decimals}`);
    if (hundredths === 0) {
        throw refuse(`holds ${held} at 0%, which every threshold reaches, so any model would score ${held === "precision" ? "a recall of 1" : "the precision of its top-scored examples alone, often 1"}`);
    }
    if (hundredths === 100) {
        throw refuse(`holds ${held} at 1%, and reads as readily as ${held} 1.0, as other tools write a target from 0 to 1`, `Write ${range}: ${prefix}_99 for ${held} of at least 99%`);
    }
    if (hundredths < LEAST) {
        throw refuse(`holds ${held} at ${percent}%, below the least target, ${LEAST_TARGET}%`);
    }
    if (hundredths === 10_000) {
        throw refuse(held === "precision"
            ? "holds precision at 100%, so that the single negative example scored highest sets the threshold, and one mislabelled example above the first positive makes the recall 0"
            : "holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives", `Write ${range}, as ${prefix}_99`);
    }
    if (hundredths > 10_000) {
        throw refuse(`holds ${held} at ${percent}%, more than all of the examples`);
    }
    const spelling = (0,percent_target/* otherSpelling */.NL)(target, whole, hundredths, "target");
    if (spelling !== undefined)
        throw refuse(spelling, writeAs(hundredths));
    return hundredths;
}
/**
 * Recall at a fixed precision: of the thresholds at each distinct score (rows with equal scores
 * together), the largest recall among those whose precision is `percent`% or more (at most two
 * decimals, as a name writes it), as a scan of scikit-learn's `precision_recall_curve` finds
 * it; 0 where no threshold reaches the target (the curve's first point, recall 0 at precision
 * 1, is its floor). NaN without positive weight, where no recall is defined. One pass over the
 * ranking, with the weights given.
 */
function recallAtPrecision(ranking, percent, weights) {
    const { order, positive, groupEnd, weights: own } = ranking;
    const { units, scale } = (0,percent_target/* exactTarget */.lA)(percent);
    let tp = 0;
    let fp = 0;
    let best = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        if (positive[k])
            tp += w;
        else
            fp += w;
        if (groupEnd[k] && tp > best && (0,percent_target/* reaches */.O6)(tp * scale, units * (tp + fp)))
            best = tp;
    }
    return tp > 0 ? best / tp : Number.NaN;
}
/**
 * Precision at a fixed recall: of the thresholds at each distinct score, the largest precision
 * among those whose recall is `percent`% or more; the lowest threshold has recall 1, so one
 * always does. NaN without positive weight. Two passes over the ranking: the positives' weight,
 * then the thresholds.
 */
function precisionAtRecall(ranking, percent, weights) {
    const { order, positive, groupEnd, weights: own } = ranking;
    let positives = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        if (positive[k])
            positives += own === undefined ? c : c * own[k];
    }
    if (!(positives > 0))
        return Number.NaN;
    const { units, scale } = (0,percent_target/* exactTarget */.lA)(percent);
    const needed = units * positives;
    let tp = 0;
    let fp = 0;
    let best = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        if (positive[k])
            tp += w;
        else
            fp += w;
        if (groupEnd[k] && (0,percent_target/* reaches */.O6)(tp * scale, needed))
            best = Math.max(best, tp / (tp + fp));
    }
    return best;
}
/**
 * One class against the rest, macro average over the classes with positive weight: a class
 * that the data (or a resample) lacks has no recall, and leaves the average rather than count
 * as 0 or make it undefined. NaN where no class has any.
 */
function macroOverClasses(rankings, binary, weights) {
    let sum = 0;
    let classes = 0;
    for (const ranking of rankings) {
        const value = binary(ranking, weights);
        if (Number.isNaN(value))
            continue;
        sum += value;
        classes++;
    }
    return classes > 0 ? sum / classes : Number.NaN;
}
/**
 * The operating point that a name likely misspells (`recall_at_precison_90`,
 * `recall_at_precison_99.5`): one beginning like recall or precision and ending in a percent
 * that can be gated, as a candidate for a "did you mean", which suggests it only within two edits.
 */
function operatingPointCandidate(name) {
    const match = /^(rec|prec)\D*?(\d{1,2}(?:[.p]\d{1,2})?)$/i.exec(name.trim());
    const target = match && targetNamed(match[2]);
    if (!target)
        return undefined;
    const prefix = match[1].toLowerCase() === "rec" ? "recall_at_precision" : "precision_at_recall";
    return `${prefix}_${target}`;
}
/** The averages of scikit-learn's `average=`, which other metrics' names end in (`f1_macro`). */
const AVERAGES = ["macro", "micro", "weighted", "samples", "binary"];
/** A name that goes on past its target: `recall_at_precision_90_fraud`. */
const PAST_TARGET = new RegExp(`^(recall_at_precision|precision_at_recall)_(${percent_target/* TARGET */.Qn})_(.+)$`, "s");
/** What an average in an operating point's name asks for: the plain name computes two of them. */
const averageAsked = (average) => average === "macro"
    ? "names a macro average, which the name without it already gives of more than two classes"
    : average === "binary"
        ? "names the binary form, which the name without it already gives of two classes"
        : `names a ${average} average, which no operating point is computed as`;
/**
 * An operating point's name with words added, as the name without them (`bare`) and what the
 * words ask for: an average, as `f1_macro` names one (`recall_at_precision_90_macro`,
 * `macro_recall_at_precision_90`), or a class after the target (`recall_at_precision_90_fraud`).
 * Digits after the target (`recall_at_precision_99_5`) are a class of that label, or the
 * target's decimals after an underscore: `decimals` is then the name of that target.
 */
function withoutExtraWords(name) {
    const words = name.split("_");
    const at = words.findIndex((word) => AVERAGES.includes(word));
    const bare = words.filter((_, i) => i !== at).join("_");
    if (at >= 0 && (NAME.test(bare) || WITHOUT_TARGET.test(bare))) {
        return { bare, asked: averageAsked(words[at]) };
    }
    const past = PAST_TARGET.exec(name);
    if (!past)
        return undefined;
    const [prefix, target, word] = [past[1], past[2], past[3]];
    const decimals = /^\d+$/.test(target) && /^\d+$/.test(word) && targetNamed(`${target}.${word}`);
    const nor = decimals ? ", nor decimals after an underscore" : "";
    return {
        bare: `${prefix}_${target}`,
        asked: `names ${(0,closest_name/* quoteName */.AB)(word)} after its target, and the name takes no class${nor}`,
        ...(decimals ? { decimals: `${prefix}_${decimals}` } : {}),
    };
}
/**
 * The error of a name that is an operating point's with words added (`withoutExtraWords`). The
 * one name without them gates the positive class of two classes and the macro average of each
 * class against the rest of more; no other average, and no one class of several, is computed.
 * Undefined for a name of another shape, and for a `<column>_mean`, which is a per-example
 * score's whatever the column's name holds.
 */
function operatingPointWithExtraWords(name) {
    // A score column's mean not read is told to read the column, whatever words it holds.
    if (name.endsWith("_mean"))
        return undefined;
    const extra = withoutExtraWords(name);
    if (extra === undefined)
        return undefined;
    const { bare, asked, decimals } = extra;
    try {
        operatingPointOf(bare);
    }
    catch (error) {
        if (!(error instanceof metric_error/* MetricError */.v))
            throw error;
        // A target that cannot be gated either (`recall_at_precision_0.9_macro`): its error, which
        // names the name to write, shown for the name the policy gives.
        return new metric_error/* MetricError */.v(name, error.problem, error.fix ?? "");
    }
    return new metric_error/* MetricError */.v(name, `${asked}: ${bare} gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest`, decimals ? `Write ${bare}, or ${decimals} for the target with its decimals` : `Write ${bare}`);
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/top-k-accuracy.js
var top_k_accuracy = __webpack_require__(6092);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/metric-aliases.js



/**
 * Names other tools give the built-in metrics (scikit-learn's function names, Keras' `auc` and
 * `acc`, a dashboard's `p95_latency`), each with the name the registry knows. A name such as
 * `auc` is many edits from `roc_auc`, so no spelling distance finds it: an error that lists the
 * metrics suggests the one meant through this table first.
 */
const ALIASES = {
    accuracy: ["acc", "accuracy_score"],
    balanced_accuracy: ["bal_acc", "balanced_acc", "balanced_accuracy_score"],
    precision: ["precision_score", "ppv"],
    recall: ["recall_score", "sensitivity", "tpr", "true_positive_rate"],
    f1: ["f1_score", "f1score", "f_score", "fscore", "f_measure"],
    f1_macro: ["macro_f1", "f1_macro_score"],
    f1_micro: ["micro_f1"],
    f1_weighted: ["weighted_f1"],
    mcc: ["matthews_corrcoef", "matthews_correlation", "matthews"],
    roc_auc: ["auc", "roc", "auroc", "rocauc", "auc_roc", "roc_auc_score"],
    average_precision: ["ap", "auprc", "pr_auc", "auc_pr", "average_precision_score"],
    log_loss: ["logloss", "cross_entropy", "crossentropy", "nll", "bce"],
    brier: ["brier_score", "brier_score_loss"],
    ece: ["expected_calibration_error", "calibration_error"],
    mae: ["mean_absolute_error", "l1"],
    rmse: ["root_mean_squared_error"],
    r2: ["r2_score", "r_squared", "rsquared"],
    mape: ["mean_absolute_percentage_error"],
    demographic_parity_difference: ["demographic_parity", "dpd"],
    equalized_odds_difference: ["equalized_odds", "eod"],
};
/** The words for each statistic of a column, as dashboards write them. */
const STATISTIC_WORDS = {
    p50: ["p50", "median"],
    p95: ["p95"],
    p99: ["p99"],
    mean: ["mean", "avg", "average"],
};
/**
 * The names of the statistics of a column (`latency`, written `latency_ms` by the suite) in the
 * orders dashboards write them: `latency_p95`, `p95_latency`, `p95_latency_ms`; the column's
 * name alone for its mean.
 */
function statisticAliases(column, suite) {
    return Object.entries(STATISTIC_WORDS).map(([statistic, words]) => [
        `${suite}_${statistic}`,
        [
            ...words.flatMap((word) => [`${column}_${word}`, `${word}_${column}`, `${word}_${suite}`]),
            ...(statistic === "mean" ? [column, suite] : []),
        ],
    ]);
}
const BY_ALIAS = new Map([
    ...Object.entries(ALIASES),
    ...statisticAliases("latency", "latency_ms"),
    ...statisticAliases("cost", "cost"),
].flatMap(([name, aliases]) => aliases.filter((alias) => alias !== name).map((alias) => [alias, name])));
/**
 * The built-in metric that `name` is another tool's name for, or undefined: case, hyphens and
 * spaces are ignored (`ROC-AUC`, `p95 latency`).
 */
function metricOfAlias(name) {
    const written = name
        .trim()
        .toLowerCase()
        .replace(/[-\s]+/g, "_");
    return (BY_ALIAS.get(written) ??
        topKOfAlias(written) ??
        operatingPointOfAlias(written) ??
        alertRateOfAlias(written));
}
/**
 * Other tools' names of a top-k accuracy with its k: `top5`, `top_5_acc`, Keras'
 * `top_5_categorical_accuracy`, a paper's `acc@5`, a recommender's `hit_rate@5` (one relevant
 * item per example); a top-1 is accuracy.
 */
const TOP_K_ALIAS = /^(?:top_?(\d+)(?:_?(?:acc|accuracy|categorical_accuracy))?|(?:acc|accuracy|hits?|hit_rate)_?@_?(\d+))$/;
function topKOfAlias(written) {
    const match = TOP_K_ALIAS.exec(written);
    const k = Number(match?.[1] ?? match?.[2]);
    if (!(k >= 1 && k <= top_k_accuracy/* MOST_TOP_K */.If))
        return undefined;
    return k === 1 ? "accuracy" : `top_${k}_accuracy`;
}
/** The words for recall and for precision in other tools' names of an operating point. */
const MEASURE = "(recall|r|sensitivity|tpr|precision|p|ppv)";
const TARGET = "(\\d+(?:\\.\\d*|p\\d+)?|\\.\\d+)";
/**
 * Other tools' names of a recall at a fixed precision, or the reverse, with the target:
 * `recall@precision=0.9`, `recall_at_p90`, torchmetrics' `recall_at_fixed_precision_90`,
 * `recall_at_90_precision`, `R@P90`, `R@P99.5`; a target below 1 is a fraction, read as a
 * percent (`recall@precision=0.995` is `recall_at_precision_99p5`).
 */
const POINT_ALIAS = new RegExp(`^${MEASURE}_?(?:at|@)_?(?:fixed_|min_)?(?:${MEASURE}_?=?_?${TARGET}|${TARGET}_?%?_?${MEASURE})_?%?$`);
const isRecall = (word) => ["recall", "r", "sensitivity", "tpr"].includes(word);
function operatingPointOfAlias(written) {
    const match = POINT_ALIAS.exec(written);
    if (!match)
        return undefined;
    const [, measure, heldFirst, targetFirst, targetLast, heldLast] = match;
    const held = (heldFirst ?? heldLast);
    if (isRecall(measure) === isRecall(held))
        return undefined;
    const target = targetNamed((targetFirst ?? targetLast));
    if (target === undefined)
        return undefined;
    return `${isRecall(measure) ? "recall_at_precision" : "precision_at_recall"}_${target}`;
}
/**
 * Other names of a recall at a fixed alert rate, with the rate as a percent:
 * `recall_at_fixed_alert_rate_1`, `recall_at_top_1_percent`, `recall@top1%`,
 * `capture_rate_at_0.5%`, `detection_rate@top_5pct` (a recall at a percent alone, `recall_at_5%`,
 * names no alert rate).
 */
const RATE_ALIAS = /^(?:recall_?(?:at|@)_?(?:fixed_)?(?:alert_rate|top)|(?:capture|detection)_rate_?(?:at|@)_?(?:fixed_)?(?:alert_rate|top)?)_?=?_?(\d+)(?:[.p](\d{1,2}))?_?(?:%|pct|percent)?$/;
function alertRateOfAlias(written) {
    const match = RATE_ALIAS.exec(written);
    return match ? (0,recall_at_alert_rate/* nameOfRate */.B6)(match[1], match[2] ?? "") : undefined;
}

;// CONCATENATED MODULE: ./shared/dist/engine/metrics/probability-metrics.js
/**
 * Metrics of predicted probabilities. Binary functions take the positive class's probability;
 * multiclass ones one column per class, by class code. Each returns NaN without weight.
 */
/** The clip of log loss: float64's machine epsilon, scikit-learn's `eps="auto"` for float64. */
const LOG_LOSS_EPSILON = 2.220446049250313e-16;
const clip = (p) => p < LOG_LOSS_EPSILON ? LOG_LOSS_EPSILON : p > 1 - LOG_LOSS_EPSILON ? 1 - LOG_LOSS_EPSILON : p;
/**
 * The weighted mean of each example's part; NaN without weight. `squared`: each part is a
 * difference whose square is the example's part, weighed as w * d * d, in the order the sum was
 * taken before the parts were prepared, so that a bootstrap's values stay bit for bit the same
 * (w * (d * d) differs in the last bit where w is 3 or more).
 */
function weightedMean(parts, squared = false) {
    // Where every part is finite, an example weighted 0 adds exactly 0 to either sum, so no example
    // need be skipped: a bootstrap weighs about a third of them 0, in no order the processor can
    // predict, and the loop without that branch gives the same sums bit for bit, some 7x sooner.
    const finite = parts.every((part) => Number.isFinite(part));
    return (weights) => {
        let sum = 0;
        let total = 0;
        if (weights === undefined) {
            for (let i = 0; i < parts.length; i++)
                sum += squared ? parts[i] * parts[i] : parts[i];
            total = parts.length;
        }
        else if (finite) {
            for (let i = 0; i < parts.length; i++) {
                const w = weights[i];
                sum += squared ? w * parts[i] * parts[i] : w * parts[i];
                total += w;
            }
        }
        else {
            for (let i = 0; i < parts.length; i++) {
                const w = weights[i];
                if (w === 0)
                    continue;
                sum += squared ? w * parts[i] * parts[i] : w * parts[i];
                total += w;
            }
        }
        return total > 0 ? sum / total : Number.NaN;
    };
}
/** Each example's part of a metric of one example at a time. */
function partsOf(count, part) {
    const parts = new Float64Array(count);
    for (let i = 0; i < count; i++)
        parts[i] = part(i);
    return parts;
}
/**
 * Binary log loss (`log_loss`): probabilities clipped to [eps, 1 - eps], each row's two
 * probabilities renormalised to sum to 1, as scikit-learn does.
 */
function prepareBinaryLogLoss(labels, positive, scores) {
    return weightedMean(partsOf(labels.length, (i) => {
        const p = clip(scores[i]);
        const q = 1 - p;
        return -Math.log((labels[i] === positive ? p : q) / (q + p));
    }));
}
/** Multiclass log loss (`log_loss`): each probability clipped, then each row renormalised. */
function prepareMulticlassLogLoss(labels, classScores) {
    return weightedMean(partsOf(labels.length, (i) => {
        let rowSum = 0;
        for (const column of classScores)
            rowSum += clip(column[i]);
        return -Math.log(clip(classScores[labels[i]][i]) / rowSum);
    }));
}
/** Brier score of two classes (`brier_score_loss`): mean squared error of the probability. */
function prepareBinaryBrier(labels, positive, scores) {
    return weightedMean(partsOf(labels.length, (i) => (labels[i] === positive ? 1 : 0) - scores[i]), true);
}
/**
 * Multiclass Brier score: the mean over examples of the sum over classes of the squared error
 * of each class's probability (scikit-learn 1.7's multiclass `brier_score_loss`; the binary one
 * is half of this on two columns).
 */
function prepareMulticlassBrier(labels, classScores) {
    return weightedMean(partsOf(labels.length, (i) => {
        let row = 0;
        for (let c = 0; c < classScores.length; c++) {
            const d = (labels[i] === c ? 1 : 0) - classScores[c][i];
            row += d * d;
        }
        return row;
    }));
}
/** Bins of the expected calibration error. */
const CALIBRATION_BINS = 10;
/** The bin of a confidence: (0, 0.1] is bin 0, ..., (0.9, 1] bin 9 (0 goes to bin 0). */
const binOf = (confidence) => Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.ceil(confidence * CALIBRATION_BINS) - 1));
/**
 * ECE from each example's confidence bin and gap, correct (1 or 0) - confidence: the sum over
 * bins of |the weighted sum of the gaps in the bin| over the total weight.
 */
function calibrationError(bins, gaps) {
    const sums = new Float64Array(CALIBRATION_BINS);
    return (weights) => {
        sums.fill(0);
        let total = 0;
        for (let i = 0; i < gaps.length; i++) {
            const w = weights === undefined ? 1 : weights[i];
            if (w === 0)
                continue;
            sums[bins[i]] += w * gaps[i];
            total += w;
        }
        if (!(total > 0))
            return Number.NaN;
        let sum = 0;
        for (const gap of sums)
            sum += Math.abs(gap);
        return sum / total;
    };
}
/** Each example's bin and gap, from its confidence and whether its prediction is right. */
function calibrationOf(count, example) {
    const bins = new Uint8Array(count);
    const gaps = new Float64Array(count);
    for (let i = 0; i < count; i++) {
        const { confidence, correct } = example(i);
        bins[i] = binOf(confidence);
        gaps[i] = (correct ? 1 : 0) - confidence;
    }
    return calibrationError(bins, gaps);
}
/**
 * Expected calibration error of the top label (Guo et al., 2017), which scikit-learn lacks:
 * each example's confidence is the probability of its predicted class (the larger of p and 1 - p;
 * the positive class is predicted when p > 0.5); the examples fall into 10 equal-width bins of
 * confidence, (0, 0.1] ... (0.9, 1], the bin being ceil(10 c) - 1; ECE is the sum over bins of
 * the bin's share of the weight times |accuracy - mean confidence| in it.
 */
function prepareBinaryCalibrationError(labels, positive, scores) {
    return calibrationOf(labels.length, (i) => {
        const p = scores[i];
        const predictsPositive = p > 0.5;
        return {
            confidence: predictsPositive ? p : 1 - p,
            correct: predictsPositive === (labels[i] === positive),
        };
    });
}
/**
 * Multiclass expected calibration error of the top label: the confidence is the largest class
 * probability, its class (the first of equal ones, as numpy's argmax) the prediction; bins as
 * for two classes.
 */
function prepareMulticlassCalibrationError(labels, classScores) {
    return calibrationOf(labels.length, (i) => {
        let best = 0;
        let confidence = classScores[0][i];
        for (let c = 1; c < classScores.length; c++) {
            const p = classScores[c][i];
            if (p > confidence) {
                confidence = p;
                best = c;
            }
        }
        return { confidence, correct: labels[i] === best };
    });
}
/** The metrics above on one set of weights, each prepared and evaluated once. */
const binaryLogLoss = (labels, positive, scores, weights) => prepareBinaryLogLoss(labels, positive, scores)(weights);
const multiclassLogLoss = (labels, classScores, weights) => prepareMulticlassLogLoss(labels, classScores)(weights);
const binaryBrier = (labels, positive, scores, weights) => prepareBinaryBrier(labels, positive, scores)(weights);
const multiclassBrier = (labels, classScores, weights) => prepareMulticlassBrier(labels, classScores)(weights);
const binaryCalibrationError = (labels, positive, scores, weights) => prepareBinaryCalibrationError(labels, positive, scores)(weights);
const multiclassCalibrationError = (labels, classScores, weights) => prepareMulticlassCalibrationError(labels, classScores)(weights);

// EXTERNAL MODULE: ./shared/dist/engine/metrics/ranking-metrics.js
var ranking_metrics = __webpack_require__(9665);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/regression-metrics.js
/**
 * Metrics of predicted numbers, as scikit-learn computes them; weights as sample weights or a
 * bootstrap resample's counts. Each returns NaN without weight.
 */
/** The weighted mean of `error(label, prediction)`. */
function meanError(labels, predictions, weights, error) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        // Left out, not added as 0: an error that overflows would make it 0 * Infinity = NaN.
        if (w === 0)
            continue;
        sum += w * error(labels[i], predictions[i]);
        total += w;
    }
    return total > 0 ? sum / total : Number.NaN;
}
/** `mean_absolute_error`. */
const meanAbsoluteError = (labels, predictions, weights) => meanError(labels, predictions, weights, (y, p) => Math.abs(p - y));
/**
 * Whether a sum (or mean) of squares can be trusted as computed: no square overflowed, and the
 * squares that lost bits (below 2^-1022) or vanished (below 2^-1074), each off by 2^-1075 at most,
 * cannot add up to a part of it that counts: a sum of 2^-900 or more.
 */
const trusted = (squares) => squares >= 2 ** -900 && squares < Infinity;
/**
 * The exponent of the power of two that brings `largest`, the size of a difference of two doubles,
 * to between 1 and 2: -1024 where the difference overflowed (it is below 2^1025 all the same), 0
 * where it is 0 or NaN. Lifting stops at 2^1000, short of the largest double: a difference of
 * 2^-1074 becomes 2^-74, whose square is still far above the smallest double.
 */
function scaleExponent(largest) {
    if (largest === Infinity)
        return -1024;
    if (!(largest > 0))
        return 0;
    return Math.min(1000, -Math.floor(Math.log2(largest)));
}
/**
 * `b - a` times `factor`, a power of two: exact as far as the product is a double, and 0 only
 * where `a === b`. Where the difference overflows, both are past 2^970, so that their halves are
 * exact and the halves' difference a double.
 */
function scaledDifference(a, b, factor) {
    const difference = b - a;
    return Number.isFinite(difference) ? difference * factor : (b * 0.5 - a * 0.5) * (factor * 2);
}
/**
 * The weighted mean square of `others - labels` (`others` a number: the same for every label),
 * each difference first times 2^exponent, which brings the largest among the examples with weight
 * to between 1 and 2 (see scaleExponent): the true mean square times 4^exponent, made of squares
 * that neither overflow nor vanish, and 0 only where every difference is 0.
 */
function scaledMeanSquare(labels, others, weights) {
    const other = typeof others === "number" ? () => others : (i) => others[i];
    let largest = 0;
    for (let i = 0; i < labels.length; i++) {
        if (weights !== undefined && weights[i] === 0)
            continue;
        // A NaN is passed over: it makes the mean NaN with any factor.
        const size = Math.abs(other(i) - labels[i]);
        if (size > largest)
            largest = size;
    }
    const exponent = scaleExponent(largest);
    const factor = 2 ** exponent;
    const square = (y, o) => {
        const difference = scaledDifference(y, o, factor);
        return difference * difference;
    };
    // meanError pairs each label with a second array's value; a single number pairs with them all.
    const meanSquare = typeof others === "number"
        ? meanError(labels, labels, weights, (y) => square(y, others))
        : meanError(labels, others, weights, square);
    return { meanSquare, exponent };
}
/**
 * `mean_squared_error(squared=False)`: the square root of the mean squared error. Where the squares
 * of the errors overflow or vanish, the errors are scaled by a power of two first (see
 * scaledMeanSquare), so the result is finite wherever the true one is; elsewhere it is the same to
 * the last bit.
 */
function rootMeanSquaredError(labels, predictions, weights) {
    const meanSquare = meanError(labels, predictions, weights, (y, p) => (y - p) * (y - p));
    if (trusted(meanSquare))
        return Math.sqrt(meanSquare);
    const scaled = scaledMeanSquare(labels, predictions, weights);
    return Math.sqrt(scaled.meanSquare) / 2 ** scaled.exponent;
}
/** The floor of MAPE's denominator: float64's machine epsilon, as scikit-learn. */
const MAPE_EPSILON = 2.220446049250313e-16;
/**
 * `mean_absolute_percentage_error`: |prediction - label| / max(|label|, eps), as a fraction (not
 * times 100); a label of 0 gives a huge error, as in scikit-learn.
 */
const meanAbsolutePercentageError = (labels, predictions, weights) => meanError(labels, predictions, weights, (y, p) => Math.abs(p - y) / Math.max(Math.abs(y), MAPE_EPSILON));
/**
 * `r2_score`: 1 - residual sum of squares / total sum of squares around the weighted mean. As
 * scikit-learn (`force_finite=True`): 1 when both sums are 0, 0 when only the total is (and for
 * labels all equal, whose total only the rounding of their mean makes other than 0); NaN with
 * fewer than two examples (a weight counts as that many examples). Where the squares of either sum
 * overflow or vanish, see scaledR2.
 */
function r2Score(labels, predictions, weights) {
    let total = 0;
    let weightedSum = 0;
    let first;
    let constant = true;
    for (let i = 0; i < labels.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        if (w === 0)
            continue;
        total += w;
        weightedSum += w * labels[i];
        first ??= labels[i];
        if (labels[i] !== first)
            constant = false;
    }
    if (!(total >= 2))
        return Number.NaN;
    const mean = Number.isFinite(weightedSum)
        ? weightedSum / total
        : scaledMean(labels, weights, total);
    let residual = 0;
    let spread = 0;
    let perfect = true;
    for (let i = 0; i < labels.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        // As in meanError: a weight of 0 would turn an overflowed square into NaN.
        if (w === 0)
            continue;
        const y = labels[i];
        residual += w * (y - predictions[i]) * (y - predictions[i]);
        spread += w * (y - mean) * (y - mean);
        if (predictions[i] !== y)
            perfect = false;
    }
    // Equal labels have no spread, whatever the rounding of their mean leaves of it (the mean of
    // three 0.1 is not 0.1, and scikit-learn's r2 there some -5e31): scikit-learn's 0, or 1.
    if (constant)
        return perfect ? 1 : 0;
    // Both at 2^-900 or more: neither is 0, so this is scikit-learn's value.
    if (trusted(residual) && trusted(spread))
        return 1 - residual / spread;
    return scaledR2(labels, predictions, weights, mean);
}
/**
 * The weighted mean of labels whose weighted sum overflows, as near the largest double: each is
 * scaled down by 2^64 first (exactly, short of labels below 2^-958, which count for nothing
 * beside those), which keeps the sum finite short of weights that sum to 2^64.
 */
function scaledMean(labels, weights, total) {
    let sum = 0;
    for (let i = 0; i < labels.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        if (w !== 0)
            sum += w * (labels[i] * 2 ** -64);
    }
    return (sum / total) * 2 ** 64;
}
/**
 * r2 from both sums made again, each of its differences scaled by its own power of two (see
 * scaledMeanSquare): one factor for both would, where the errors dwarf the labels' spread, leave
 * the spread 0 and give r2 = 0 for a model far worse than the mean. Each scaled sum is 0 only where
 * the true one is, and their ratio is put together from its square root, which cannot overflow
 * where the ratio does not: -Infinity is then the true value past the largest double.
 */
function scaledR2(labels, predictions, weights, mean) {
    const errors = scaledMeanSquare(labels, predictions, weights);
    if (errors.meanSquare === 0)
        return 1;
    // Labels that are not all equal lie some way off their mean: the spread is never 0 here.
    const deviations = scaledMeanSquare(labels, mean, weights);
    // Each scaled mean is a modest number (its largest square lies between 1 and 4), and so is
    // their roots' ratio: a power of two that overflows (or vanishes) makes r2 -Infinity (or 1), as
    // the true ratio would.
    const root = (Math.sqrt(errors.meanSquare) / Math.sqrt(deviations.meanSquare)) *
        2 ** (deviations.exponent - errors.exponent);
    return 1 - root * root;
}

// EXTERNAL MODULE: ./shared/dist/engine/metrics/sort-order.js
var sort_order = __webpack_require__(7806);
;// CONCATENATED MODULE: ./shared/dist/engine/metrics/metric-registry.js














/** The classifier's data, once the definition's `task` has been checked. */
const classifier = (data) => data;
const regressor = (data) => data;
function entry(name, direction, needs, description, prepare, flags = {}) {
    const task = needs === "regression" ? "regression" : needs === "column" ? "any" : "classification";
    return {
        name,
        direction,
        needs,
        task,
        proportion: flags.proportion ?? false,
        binaryOnly: flags.binaryOnly ?? false,
        // Every metric of the predicted classes is a share or a difference of two shares.
        share: flags.share ?? (needs === "label+prediction" || needs === "label+prediction+group"),
        description,
        prepare,
    };
}
const metric_registry_AVERAGES = ["binary", "macro", "micro", "weighted"];
/** precision, recall and f1, each for every average: `f1` (binary), `f1_macro`, ... */
function classAverageEntries() {
    return ["precision", "recall", "f1"].flatMap((measure) => metric_registry_AVERAGES.map((average) => entry(average === "binary" ? measure : `${measure}_${average}`, "higher", "label+prediction", `${measure === "f1" ? "F1" : measure}, ${average === "binary" ? "of the positive class" : `${average} average over classes`} (scikit-learn ${measure === "f1" ? "f1_score" : `${measure}_score`})`, (data) => {
        const { labels, predictions, classes, positive } = classifier(data);
        return (weights) => (0,confusion_metrics/* precisionRecallF1 */.Tu)((0,confusion_metrics/* confusionMatrix */.gM)(labels, predictions, classes.length, weights), classes.length, average, positive)[measure];
    }, { binaryOnly: average === "binary" })));
}
/**
 * A top-k export as a refusal names it: "challenger.csv is a top-5 export: each row gives 5 of
 * the 30 classes' probabilities (line 2 leaves column 'score_k07' empty)".
 */
function exportNamed(d, options) {
    const { file, given, first, column } = d.topKExport;
    const shown = options.shown?.(file) ?? file;
    return `${shown} is a top-${given} export: each row gives ${given} of the ${d.classes.length} classes' probabilities (${first} leaves column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' empty)`;
}
/**
 * The scores a probability metric needs: the positive class's, or each class's. A row whose
 * probabilities are not one distribution refuses the metric at its line; a top-k export, none of
 * whose rows is one, refuses it as data that lacks what it needs, so that a metric the policy
 * does not require is skipped on it.
 */
function scoresOf(data, options, name) {
    const d = classifier(data);
    if (d.positiveScores === undefined && d.classScores === undefined) {
        throw new metric_error/* MetricError */.v(name, "needs predicted probabilities, and the predictions have no score column", "Add the probabilities (a score column, or score_<class> columns) to the predictions, or gate a metric of predicted classes");
    }
    if (d.probabilitySumError)
        throw d.probabilitySumError;
    if (d.topKExport) {
        throw new metric_error/* MetricError */.v(name, `reads each row's probabilities of every class as one distribution, and ${exportNamed(d, options)}`, `Gate top_<k>_accuracy and metrics of the predicted classes on such a file, or write every class's probability on every row as the model gives it (predict_proba, a softmax); or give '${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}' required: false in the policy to skip it where a file is a top-k export`);
    }
    return d;
}
/**
 * A metric of probabilities, binary or multiclass, each example's part computed here once: a
 * bootstrap's resamples then cost O(n) each, not O(n x classes).
 */
function probabilityEntry(name, direction, description, binary, multiclass) {
    return entry(name, direction, "label+score", description, (data, options) => {
        const { labels, positive, positiveScores, classScores } = scoresOf(data, options, name);
        return positiveScores
            ? binary(labels, positive, positiveScores)
            : multiclass(labels, classScores);
    });
}
/** A metric of how examples are ranked by score, sorted once here. */
function rankingEntry(name, description, binary, multiclass) {
    return entry(name, "higher", "label+score", description, (data, options) => {
        const { labels, positive, positiveScores, classScores } = scoresOf(data, options, name);
        if (positiveScores) {
            const ranking = (0,ranking_metrics/* rankBinary */.cc)(labels, positive, positiveScores);
            return { evaluate: (weights) => binary(ranking, weights), ranking, sweep: binary };
        }
        const rankings = (0,ranking_metrics/* rankOneVsRest */._q)(labels, classScores);
        return (weights) => multiclass(rankings, weights);
    }, { share: true });
}
/**
 * `top_<k>_accuracy`: whether each example's label is among the k classes scored highest, found
 * once per model (`topKHits`), so that a resample weighs n outcomes and McNemar's test counts
 * them as it does accuracy's. It reads the scores' order alone, so a row that is no distribution
 * (a top-k export, the rest empty or 0) is read as written; but an export of fewer classes than
 * k is refused, as its value would be that of its own k under another name, below a whole
 * file's for the same model.
 */
function topKEntry(name, k) {
    return entry(name, "higher", "label+score", `share of examples whose label is among the ${k} classes scored highest, a tie at the ${k}-th place counted against it (scikit-learn top_k_accuracy_score, k=${k}, where no tie straddles that place)`, (data, options) => {
        const d = classifier(data);
        const { labels, classes, classScores, topKExport } = d;
        if (k >= classes.length) {
            throw new metric_error/* MetricError */.v(name, `counts an example right when its label is among the ${k} classes scored highest, and the predictions have ${classes.length} classes, so every example would count and any model would score 1`, classes.length > 2
                ? `Gate top_<k>_accuracy with k below ${classes.length}, or accuracy`
                : "Gate accuracy or roc_auc: of two classes, the top 2 hold every label");
        }
        if (classScores === undefined) {
            throw new metric_error/* MetricError */.v(name, "ranks the classes by their scores, and the predictions have no score of each class", "Add each class's probability (score_<class> columns, or a JSON list per row): every class, or each row's top classes with the rest empty or 0");
        }
        if (topKExport && k > topKExport.given) {
            const { given } = topKExport;
            throw new metric_error/* MetricError */.v(name, `ranks each row's ${k} classes scored highest, and ${exportNamed(d, options)}: a label outside a row's top ${given} would count as a miss where the model ranks it among its top ${k}`, `Gate top_<k>_accuracy with k of ${given} or less on such a file, or export each row's top ${k} classes or every class's; or give '${name}' required: false in the policy to skip it where a file exports fewer classes`);
        }
        const outcomes = (0,top_k_accuracy/* topKHits */.V7)(labels, classScores, k);
        return { evaluate: (weights) => (0,top_k_accuracy/* shareOfHits */.HU)(outcomes, weights), outcomes };
    }, { proportion: true, share: true });
}
/**
 * `recall_at_precision_<p>` and `precision_at_recall_<p>`: a ranking metric, sorted once per
 * model as average precision is, each resample then a weighted pass that picks its threshold
 * again; of more than two classes, one class against the rest, as average precision.
 */
function operatingPointEntry(name, { measure, percent }) {
    const at = measure === "recall" ? recallAtPrecision : precisionAtRecall;
    const binary = (ranking, weights) => at(ranking, percent, weights);
    const held = measure === "recall" ? "precision" : "recall";
    return rankingEntry(name, `largest ${measure} over the score thresholds whose ${held} is at least ${percent}%${measure === "recall" ? ", 0 where none reaches it" : ""} (scikit-learn precision_recall_curve, scanned); for more than two classes one-vs-rest, macro average over the classes present`, binary, (rankings, weights) => macroOverClasses(rankings, binary, weights));
}
/**
 * `recall_at_alert_rate_<p>`: a ranking metric as the operating points are, each resample a
 * weighted pass that finds the threshold of its own top p% again.
 */
function alertRateEntry(name, percent) {
    const binary = (ranking, weights) => (0,recall_at_alert_rate/* recallAtAlertRate */.FB)(ranking, percent, weights);
    return rankingEntry(name, `largest recall over the score thresholds that flag at most ${percent}% of the examples, highest scores first and ties together, 0 where the top-scored tie alone is more; for more than two classes one-vs-rest, macro average over the classes present`, binary, (rankings, weights) => macroOverClasses(rankings, binary, weights));
}
function regressionEntry(name, direction, description, metric) {
    return entry(name, direction, "regression", description, (data) => {
        const { labels, predictions } = regressor(data);
        return (weights) => metric(labels, predictions, weights);
    });
}
/** The sensitive column's codes, which the fairness metrics group by. */
function sensitiveGroups(data, options, name) {
    const input = options.sensitiveInput ?? "sensitive-column";
    if (options.sensitive === undefined) {
        throw new metric_error/* MetricError */.v(name, "compares groups of a sensitive column, and none is named", `Set input '${input}' to one of the slice columns`);
    }
    const column = data.slices.get(options.sensitive);
    if (column === undefined) {
        throw new metric_error/* MetricError */.v(name, `the sensitive column '${(0,shorten/* shorten */.ml)(options.sensitive, shorten/* REFUSAL_NAME_LIMIT */.DK)}' is not among the slices read`, `Add it to the slices, or set input '${input}' to one of them`);
    }
    return column;
}
function fairnessEntry(name, description, compute) {
    return entry(name, "lower", "label+prediction+group", description, (data, options) => {
        const { codes, names } = sensitiveGroups(data, options, name);
        const d = classifier(data);
        return (weights) => compute(d, codes, names.length, weights);
    }, { binaryOnly: true });
}
const STATIC_ENTRIES = [
    entry("accuracy", "higher", "label+prediction", "share of examples predicted right (scikit-learn accuracy_score)", (data) => {
        const { labels, predictions } = classifier(data);
        return (weights) => (0,confusion_metrics/* accuracy */.y2)(labels, predictions, weights);
    }, { proportion: true }),
    entry("balanced_accuracy", "higher", "label+prediction", "mean recall over the true classes (scikit-learn balanced_accuracy_score)", (data) => {
        const { labels, predictions, classes } = classifier(data);
        return (weights) => (0,confusion_metrics/* balancedAccuracy */.q2)((0,confusion_metrics/* confusionMatrix */.gM)(labels, predictions, classes.length, weights), classes.length);
    }),
    ...classAverageEntries(),
    entry("mcc", "higher", "label+prediction", "Matthews correlation coefficient, from -1 to 1; for more than two classes Gorodkin's R_K (scikit-learn matthews_corrcoef)", (data) => {
        const { labels, predictions, classes } = classifier(data);
        return (weights) => (0,confusion_metrics/* matthewsCorrelation */.uT)((0,confusion_metrics/* confusionMatrix */.gM)(labels, predictions, classes.length, weights), classes.length);
    }, 
    // From -1 to 1: a change of 1 or more is possible, so its margins are not a share's.
    { share: false }),
    rankingEntry("roc_auc", "area under the ROC curve; for more than two classes one-vs-rest, macro average (scikit-learn roc_auc_score)", ranking_metrics/* rocAuc */.om, ranking_metrics/* rocAucOneVsRest */.PY),
    rankingEntry("average_precision", "area under the precision-recall curve as a step sum; for more than two classes one-vs-rest, macro average (scikit-learn average_precision_score)", ranking_metrics/* averagePrecision */.cF, ranking_metrics/* averagePrecisionOneVsRest */.RA),
    probabilityEntry("log_loss", "lower", "cross-entropy of the predicted probabilities (scikit-learn log_loss)", prepareBinaryLogLoss, prepareMulticlassLogLoss),
    probabilityEntry("brier", "lower", "mean squared error of the probabilities (scikit-learn brier_score_loss; summed over classes for more than two)", prepareBinaryBrier, prepareMulticlassBrier),
    probabilityEntry("ece", "lower", "expected calibration error of the top label, 10 equal-width bins of confidence", prepareBinaryCalibrationError, prepareMulticlassCalibrationError),
    regressionEntry("mae", "lower", "mean absolute error (scikit-learn mean_absolute_error)", meanAbsoluteError),
    regressionEntry("rmse", "lower", "root mean squared error (scikit-learn mean_squared_error, squared=False)", rootMeanSquaredError),
    regressionEntry("r2", "higher", "coefficient of determination (scikit-learn r2_score)", r2Score),
    regressionEntry("mape", "lower", "mean absolute percentage error, as a fraction (scikit-learn mean_absolute_percentage_error)", meanAbsolutePercentageError),
    fairnessEntry("demographic_parity_difference", "largest minus smallest share predicted positive over the sensitive column's groups (fairlearn)", (d, groups, count, weights) => demographicParityDifference(d.predictions, d.positive, groups, count, weights)),
    fairnessEntry("equalized_odds_difference", "larger of the spreads of true and false positive rates over the sensitive column's groups (fairlearn)", (d, groups, count, weights) => equalizedOddsDifference(d.labels, d.predictions, d.positive, groups, count, weights)),
];
/** The statistics of a column of numbers per example, by name suffix. */
const COLUMN_STATISTICS = { p50: 0.5, p95: 0.95, p99: 0.99, mean: undefined };
/** The statistic of a column: a quantile (sorted once) or the mean. */
function columnEntry(name, statistic, what, direction, role, column, missingFix) {
    const q = COLUMN_STATISTICS[statistic];
    const description = q === undefined ? `mean ${what}` : `${statistic} of the ${what} (numpy quantile, linear)`;
    const read = entry(name, direction, "column", description, (data) => {
        const values = column(data);
        if (values === undefined) {
            throw new metric_error/* MetricError */.v(name, `needs the ${what}, and the predictions have no such column`, missingFix);
        }
        if (q === undefined)
            return (weights) => (0,distribution_metrics/* columnMean */.G)(values, weights);
        const order = (0,sort_order/* sortOrder */.T)(values);
        return (weights) => (0,distribution_metrics/* columnQuantile */.n)(values, q, weights, order);
    });
    return { ...read, column: role };
}
const STATISTICS = Object.keys(COLUMN_STATISTICS);
const LATENCY_AND_COST = STATISTICS.flatMap((statistic) => [
    columnEntry(`latency_ms_${statistic}`, statistic, "latency in milliseconds", "lower", "latency", (data) => data.latency, "Add a latency column (input 'latency-column')"),
    columnEntry(`cost_${statistic}`, statistic, "cost per prediction", "lower", "cost", (data) => data.cost, "Add a cost column (input 'cost-column')"),
]);
const BUILT_IN = new Map([...STATIC_ENTRIES, ...LATENCY_AND_COST].map((e) => [e.name, e]));
/** The mean of a per-example score column (a judge's grade): `<column>_mean`, higher is better. */
function exampleScoreEntry(name, column) {
    const entry = columnEntry(name, "mean", `per-example score '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`, "higher", "exampleScores", (data) => data.exampleScores.get(column), `Add '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' to the per-example scores read (input 'example-scores')`);
    return { ...entry, scoreColumn: column };
}
/**
 * Every metric name known, the built-in ones then `<score>_mean` for each per-example score;
 * not `top_<k>_accuracy` nor the operating points (`recall_at_precision_<p>`), whose names are
 * read rather than listed, so that a report lists none of them ungated.
 */
function metricNames(exampleScores = []) {
    const extra = exampleScores.map((column) => `${column}_mean`).filter((n) => !BUILT_IN.has(n));
    return [...BUILT_IN.keys(), ...extra];
}
/**
 * How an error lists the metrics whose names carry a number among the known names: the top-k
 * accuracies after accuracy, the operating points after average precision.
 */
const NAMES_WITH_A_NUMBER = {
    accuracy: ["top_<k>_accuracy"],
    average_precision: [
        "recall_at_precision_<p>",
        "precision_at_recall_<p>",
        "recall_at_alert_rate_<p>",
    ],
};
function lookUp(name, exampleScores) {
    const builtIn = BUILT_IN.get(name);
    if (builtIn)
        return builtIn;
    const k = (0,top_k_accuracy/* topKOf */.qC)(name);
    if (k !== undefined)
        return topKEntry(name, k);
    const point = operatingPointOf(name);
    if (point !== undefined)
        return operatingPointEntry(name, point);
    const rate = (0,recall_at_alert_rate/* alertRateOf */.Im)(name);
    if (rate !== undefined)
        return alertRateEntry(name, rate);
    const column = exampleScores.find((c) => `${c}_mean` === name);
    if (column !== undefined)
        return exampleScoreEntry(name, column);
    const extraWords = operatingPointWithExtraWords(name) ?? (0,recall_at_alert_rate/* alertRateWithExtraWords */.In)(name);
    if (extraWords !== undefined)
        throw extraWords;
    const names = metricNames(exampleScores);
    // Another tool's name for a metric (`auc`) is suggested before a near spelling; a top-k
    // accuracy or an operating point, which no list holds every number of, is a candidate where
    // the name starts like one.
    const alias = metricOfAlias(name);
    const candidates = [
        alias,
        (0,top_k_accuracy/* topKCandidate */.EO)(name),
        operatingPointCandidate(name),
        (0,recall_at_alert_rate/* alertRateCandidate */.Ej)(name),
    ].filter((n) => n !== undefined);
    const near = (0,closest_name/* didYouMean */.au)(alias ?? name, [...names, ...candidates]);
    const listed = names.flatMap((n) => [n, ...(NAMES_WITH_A_NUMBER[n] ?? [])]);
    const known = listed.map((n) => (0,shorten/* shorten */.ml)(n, shorten/* REFUSAL_NAME_LIMIT */.DK)).join(", ");
    const unread = /^(.+)_mean$/s.exec(name)?.[1];
    if (unread !== undefined && near === "")
        throw unreadScoreError(name, unread, exampleScores);
    throw new metric_error/* MetricError */.v(name, "is not a metric computed from predictions", `${near}Use one of: ${known}; or, for a score each example has (an nDCG, a judge's grade), add its column to both predictions files, name it in input 'example-scores' and gate '<column>_mean'`);
}
/**
 * A `<column>_mean` whose column is not among the per-example scores read: the name is right,
 * and the input that reads the column is what is missing.
 */
function unreadScoreError(name, column, exampleScores) {
    const read = exampleScores.length
        ? `names ${exampleScores.map((c) => `'${(0,shorten/* shorten */.ml)(c, shorten/* REFUSAL_NAME_LIMIT */.DK)}'`).join(", ")}`
        : "is empty";
    return new metric_error/* MetricError */.v(name, `is the mean of a per-example score column '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' only where input 'example-scores' names that column, and it ${read}`, `Add '${(0,shorten/* shorten */.ml)(column, shorten/* REFUSAL_NAME_LIMIT */.DK)}' to input 'example-scores' (a column of numbers in both predictions files), or gate a metric computed from predictions, such as accuracy or roc_auc`);
}
/**
 * A metric by name: the built-in ones (`metricNames()`), `top_<k>_accuracy` for k from 2 to
 * `MOST_TOP_K`, `recall_at_precision_<p>` and `precision_at_recall_<p>` for a percent p from 2
 * to 99.99 (`_99p5` for 99.5), `recall_at_alert_rate_<p>` for a percent p from 0.01 to 99.99
 * (`_0p5` for 0.5), and `<column>_mean` for each column of `exampleScores`. An
 * unknown name is a `MetricError` listing the known names.
 */
function metricDefinition(name, exampleScores = []) {
    const { prepare: _, ...definition } = lookUp(name, exampleScores);
    return definition;
}
/**
 * Whether `metricDefinition` knows a name, `top_<k>_accuracy` of any k it takes, the operating
 * points of any target and the alert rates of any rate included: no list holds those. False, never an error, for a
 * name it refuses (`top_1_accuracy`, `recall_at_precision_0.9`, a typo), which the caller leaves
 * to the check that refuses it at its line.
 */
function knowsMetric(name, exampleScores = []) {
    if (BUILT_IN.has(name) || exampleScores.some((column) => `${column}_mean` === name))
        return true;
    try {
        return ((0,top_k_accuracy/* topKOf */.qC)(name) !== undefined ||
            operatingPointOf(name) !== undefined ||
            (0,recall_at_alert_rate/* alertRateOf */.Im)(name) !== undefined);
    }
    catch (error) {
        if (error instanceof metric_error/* MetricError */.v)
            return false;
        throw error;
    }
}
/**
 * A metric of labels asked of data without them: `files`, as errors name them, were read for
 * their per-example scores alone, lacking the label or every outcome column.
 */
function unlabelledError(definition, files) {
    const [which, has, whose] = files.length === 1 ? [files[0], "has", "its"] : [files.join(" and "), "have", "their"];
    return new metric_error/* MetricError */.v(definition.name, `reads the label and the ${definition.task === "regression" ? "predicted value" : "predicted class or probabilities"}, and ${which} ${has} no label column, or no prediction or score column (read for ${whose} per-example scores alone)`, `Add the label and the prediction or score columns to ${files.length === 1 ? which : "both files"}, or gate only per-example scores, latencies and costs`);
}
/**
 * A metric that weighs each example by its sample weight: on the data as it is, by the weights
 * alone; on a resample, by the resample's count of each example times its weight, the examples
 * being what the bootstrap draws (as a survey's units are, each with its weight). One buffer,
 * made at the first resample (a bootstrap makes the product itself: `evaluateWeighed`) and
 * reused by every one after.
 */
function weighedBy(sample, evaluate) {
    let product;
    return (weights) => {
        if (weights === undefined)
            return evaluate(sample);
        product ??= new Float64Array(sample.length);
        for (let i = 0; i < sample.length; i++)
            product[i] = weights[i] * sample[i];
        return evaluate(product);
    };
}
/**
 * Readies a metric for one model's data: checks that the data has what it needs (a
 * `MetricError` saying what to add otherwise), and sorts once what the metric needs sorted.
 * The per-example scores the data holds count as known `<column>_mean` names. Where the data
 * holds sample weights, the metric weighs its examples by them (`weighedBy`).
 */
function prepareMetric(name, data, options = {}) {
    const found = lookUp(name, [...data.exampleScores.keys()]);
    const { prepare, ...definition } = found;
    if (definition.task !== "any" && data.task === "scores") {
        throw unlabelledError(definition, data.unlabelled.map(options.shown ?? ((path) => path)));
    }
    if (definition.task !== "any" && definition.task !== data.task) {
        throw new metric_error/* MetricError */.v(name, `is a ${definition.task} metric, and the predictions are of ${data.task}`, data.task === "regression"
            ? "Gate mae, rmse, r2 or mape, or read the predictions as classification"
            : "Gate a classification metric, or read the predictions as regression");
    }
    if (definition.binaryOnly && classifier(data).classes.length !== 2) {
        throw new metric_error/* MetricError */.v(name, `is defined for two classes, and the predictions have ${classifier(data).classes.length}`, "Gate its macro, micro or weighted average (for example f1_macro), or accuracy");
    }
    const prepared = prepare(data, options, name);
    const { evaluate: unweighted, ranking, outcomes: given, sweep, } = typeof prepared === "function" ? { evaluate: prepared } : prepared;
    const metric = {
        definition,
        evaluate: data.weights ? weighedBy(data.weights, unweighted) : unweighted,
        evaluateWeighed: unweighted,
    };
    const sample = data.weights;
    if (ranking && sweep && sample) {
        // Weighed at the first evaluation: a ROC AUC judged by DeLong's test may need none.
        let weighed;
        return {
            ...metric,
            evaluate: (weights) => sweep((weighed ??= (0,ranking_metrics/* weighRanking */.HG)(ranking, sample)), weights),
            ranking,
            weighsCounts: true,
        };
    }
    if (ranking)
        return { ...metric, ranking };
    if (!definition.proportion)
        return metric;
    if (given)
        return { ...metric, outcomes: given };
    const { labels, predictions } = classifier(data);
    const outcomes = new Uint8Array(labels.length);
    for (let i = 0; i < labels.length; i++)
        outcomes[i] = labels[i] === predictions[i] ? 1 : 0;
    return { ...metric, outcomes };
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ unreadNote),
/* harmony export */   Q6: () => (/* binding */ missingColumns),
/* harmony export */   _x: () => (/* binding */ absentSlice)
/* harmony export */ });
/* harmony import */ var _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8991);
/* harmony import */ var _report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4311);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1701);



/** The columns named in an error's fix: enough to spot a misspelling, never a whole wide file. */
const LISTED_COLUMNS = 30;
/** The per-class probability columns named: enough to show the pattern, never a thousand. */
const LISTED_CLASSES = 5;
/** What each role's column holds, for the fix of a missing column. */
const HOLDS = {
    id: "the id of each example",
    label: "the true label",
    score: "the predicted probability",
    prediction: "the predicted class or value",
    latency: "the latency in milliseconds",
    cost: "the cost of each prediction",
    exampleScores: "a per-example score",
    weight: "each example's sample weight",
};
/** The file's columns as the fix of an error lists them. */
function columnList(columns) {
    const shown = columns
        .slice(0, LISTED_COLUMNS)
        .map((name) => `'${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(name, _report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSAL_NAME_LIMIT */ .DK)}'`);
    const more = columns.length > LISTED_COLUMNS ? ` and ${columns.length - LISTED_COLUMNS} more` : "";
    return `${shown.join(", ")}${more}`;
}
/** The metrics that read a column: "metric 'cost_p95'", "metrics 'f1' and 'roc_auc'". */
function metricList(metrics) {
    const names = metrics.map(_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB);
    const last = names.pop();
    if (last === undefined)
        return undefined;
    return names.length === 0 ? `metric ${last}` : `metrics ${names.join(", ")} and ${last}`;
}
/** What a score wanted of each class holds: one column of lists, or a column per class. */
const EACH_CLASS = "each class's predicted probability, as a JSON list per row or a column per class";
/**
 * What a missing column holds, and the metrics that read it: "the cost of each prediction, for
 * metric 'cost_p95'". The registry has a few metrics of each column, so the list stays short.
 */
function holds({ role, metrics = [], eachClass }) {
    const list = metricList(metrics);
    const what = eachClass ? EACH_CLASS : HOLDS[role];
    return list === undefined ? what : `${what}, for ${list}`;
}
/**
 * A missing column as "has no column" names it: a score wanted of each class also by its columns
 * per class, those of the first rows' classes ("'score' or columns 'score_a', 'score_b' and
 * 'score_c'"), or their pattern where the classes are not known.
 */
function columnNamed({ column, eachClass }) {
    if (eachClass === undefined)
        return (0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(column);
    if (eachClass.length === 0)
        return `${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(column)} or columns ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(`${column}_<class>`)}`;
    const columns = eachClass.slice(0, LISTED_CLASSES).map((c) => (0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(`${column}_${c}`));
    const list = eachClass.length > LISTED_CLASSES
        ? `${columns.join(", ")} and ${eachClass.length - LISTED_CLASSES} more, one per class of its first rows`
        : `${columns.slice(0, -1).join(", ")} and ${columns.at(-1)}`;
    return `${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(column)} or columns ${list}`;
}
/** The metrics that read a column of two roles (a prediction or a score), in parentheses. */
function eitherFor({ metrics = [] }) {
    const list = metricList(metrics);
    return list === undefined ? "" : ` (for ${list})`;
}
/** "has no column ..." for one or several missing columns, the last after "nor". */
function absence(missing) {
    const [first] = missing;
    if (missing.length === 1 && first?.or) {
        return `has neither a ${first.role} column ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(first.column)} nor a ${first.or.role} column ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(first.or.column)}${eitherFor(first)}`;
    }
    const named = missing.map((m) => m.or
        ? `a ${m.role} column ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(m.column)} or ${m.or.role} column ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(m.or.column)}${eitherFor(m)}`
        : `${columnNamed(m)} (${holds(m)})`);
    const last = named.pop();
    if (named.length === 0)
        return `has no column ${last}`;
    return `has no column ${named.join(", ")}${named.length > 1 ? "," : ""} nor ${last}`;
}
/**
 * What to set for a missing column: its input, what the column holds and the column likely
 * meant, unless `shown` (the misspelt column, told before); its alternative only with a likely
 * column, as a bare "or" would send the user looking for a column that may not be there.
 */
function setting({ role, column, input, likely, or, eachClass }, shown) {
    const guess = likely && likely.column !== shown ? `, likely ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(likely.column)}` : "";
    const instead = or?.likely ? `, or ${setting(or)}` : "";
    if (eachClass) {
        return `'${input}' to the column that holds each class's predicted probability as a JSON list per row${guess}, or add one column per class named ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(`${column}_<class>`)}`;
    }
    return `'${input}' to the column that holds ${HOLDS[role]}${guess}${instead}`;
}
/**
 * Where the file may hold no such column at all (a champion logged before latency was): the
 * metrics that read a column the file has nothing like may be added to it, or not required.
 */
function optionalMetrics(missing) {
    // The label and the prediction are both wanted for the same metrics: each is named once.
    const metrics = [...new Set(missing.filter((m) => !m.likely).flatMap((m) => m.metrics ?? []))];
    if (metrics.length === 0)
        return "";
    return `. Where the file has no such column, add it, or give ${metrics.map(_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB).join(", ")} required: false in the policy`;
}
/**
 * The error for the columns a predictions file lacks, all at once: what each holds, the input
 * to set for each with the column likely meant, and the file's columns. A single missing
 * column that the file misspells keeps its "Did you mean" before the fix. `lead` comes before
 * "has no column" where the absence is part of a longer problem; `also` ends the fix.
 */
function missingColumns(file, columns, missing, { lead = "", also = "" } = {}) {
    const [only] = missing.length === 1 ? missing : [];
    const misspelt = only?.likely?.near ? only.likely.column : undefined;
    const settings = missing.map((m) => setting(m, misspelt)).join("; ");
    return new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(file, `${lead}${absence(missing)}`, `${misspelt === undefined ? "" : `Did you mean ${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB)(misspelt)}? `}Set input ${settings}; the file's columns are ${columnList(columns)}${optionalMetrics(missing)}${also}`, undefined, undefined, only?.column);
}
/**
 * The note on `files` (as shown) read for their per-example scores alone that lack `missing`, the
 * label and outcome columns, of which the files likely hold some under other names (`y_true`):
 * the metrics of labels are then left out for a name, and the inputs to set would read them.
 */
function unreadNote(files, missing) {
    const [which, were, whose, each] = files.length === 1
        ? [files[0], "was", "its", "it"]
        : [files.join(" and "), "were", "their", "each"];
    return `${which} ${were} read for ${whose} per-example scores alone, as no required metric reads a label: ${each} ${absence(missing)}, so no metric of labels is computed, gated or not. To compute them, set input ${missing.map((m) => setting(m)).join("; ")}.`;
}
/**
 * What is wrong with a slice column (or a sensitive one) that the file `file` lacks, told where
 * the column is named: the file, the column the name likely misspells and the file's columns.
 */
function absentSlice(file, column, columns) {
    return {
        problem: `names column '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(column, _report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .REFUSAL_NAME_LIMIT */ .DK)}', which ${file} does not have`,
        fix: `${(0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(column, columns, _report_closest_name_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteName */ .AB, false)}Name a column the file has, or add the column to it; its columns are ${columnList(columns)}`,
    };
}


/***/ }),

/***/ 9950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   LR: () => (/* binding */ hundredthsOf),
/* harmony export */   NL: () => (/* binding */ otherSpelling),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   Qn: () => (/* binding */ TARGET),
/* harmony export */   Sg: () => (/* binding */ WRITTEN),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   lA: () => (/* binding */ exactTarget),
/* harmony export */   ri: () => (/* binding */ withinTarget),
/* harmony export */   wC: () => (/* binding */ nameOfTarget)
/* harmony export */ });
/**
 * A percent written in a metric's name, as the operating points write their targets
 * (`recall_at_precision_99p5`, `recall_at_alert_rate_0p1`): digits, and a decimal point written
 * `p`, as a dot in a name means nesting in a metrics file; at most two decimals, a hundredth of
 * a percent being the finest step. Here are what the names share: reading a target, writing its
 * one name, and comparing a measure with it exactly.
 */
/** A target as an error writes it: cut where long, so that it cannot fill the line. */
const cut = (target) => (target.length > 12 ? `${target.slice(0, 12)}...` : target);
const quoted = (target) => `'${cut(target)}'`;
/**
 * A target of digits, dots and `p`s after a digit or dot, as a name's pattern takes it: another
 * suffix (`_p90`, `_mean` of a per-example score column so named) is left to the other names and
 * to "did you mean".
 */
const TARGET = "[\\d.]+(?:p[\\d.p]*)?";
/**
 * A target as written: digits, a decimal point (`p`, or the `.` that a name cannot hold) and
 * digits, either side of it possibly empty.
 */
const WRITTEN = /^(\d*)(?:([.p])(\d*))?$/;
/** The hundredths of a percent `<whole>.<decimals>`, undefined past two decimals but for zeros. */
function hundredthsOf(whole, decimals) {
    const significant = decimals.replace(/0+$/, "");
    if (significant.length > 2)
        return undefined;
    return Number(whole || "0") * 100 + Number(significant.padEnd(2, "0"));
}
/** A target as its one name writes it: `99p5` for 9950, `90` for 9000, `0p05` for 5. */
function nameOfTarget(hundredths) {
    const rest = hundredths % 100;
    const whole = String((hundredths - rest) / 100);
    return rest === 0 ? whole : `${whole}p${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}
/**
 * What is wrong with `written`, a spelling of `hundredths` with whole part `whole`, as a refusal
 * says it (`noun`: what the name holds, "target" or "rate"); undefined where it is the one name.
 * Each target has one name, so that one metric cannot fill two rows of a report.
 */
function otherSpelling(written, whole, hundredths, noun) {
    if (nameOfTarget(hundredths) === written)
        return undefined;
    const how = /^0\d/.test(whole)
        ? `its ${noun} with leading zeros`
        : hundredths % 100 === 0
            ? "a whole percent with p and zeros"
            : `its ${noun} with a trailing zero`;
    return `writes ${how}, so one metric would have two names in the report`;
}
/**
 * A target percent as a ratio of whole numbers, `units` / `scale`: 90% is 90 / 100 and 99.5%
 * 995 / 1,000, so that both sides of the comparison multiplied out are whole where the weights
 * are: 40,959 of 41,000 is 99.9% exactly, and 99.9 x 41,000 is 4,095,900.0000000005 as doubles,
 * where 999 x 41,000 and 40,959 x 1,000 are the same whole number.
 */
function exactTarget(percent) {
    for (let scale = 100; scale <= 10_000; scale *= 10) {
        const units = Math.round((percent * scale) / 100);
        if (Math.abs(units - (percent * scale) / 100) < 1e-6)
            return { units, scale };
    }
    throw new RangeError(`a target of ${percent}% has more than two decimals`);
}
/**
 * The slack of an exact comparison with a target multiplied out (`target`: the target's units x
 * the weight it is a share of): 9 of 10 at 90% is 9 x 100 against 90 x 10, 199 of 200 at 99.5%
 * 199 x 1,000 against 995 x 200. A measure of exactly the target meets it; weights that are not
 * whole (0.1 each) sum to a few bits either side of it (a plain sum of a million weights of 0.1
 * is off by 1e-11), so a billionth of the target is let through. Whole weights (a resample's
 * counts) sum exactly, both sides are then whole, and a target they miss they miss by at least
 * 1, which the cap of a half keeps out while both stay exact doubles: to a total weight of about
 * 9e13 at a whole percent (x 100), 9e11 at two decimals (x 10,000), far past any evaluation set.
 */
const slack = (target) => Math.min(target * 1e-9, 0.5);
/** Whether a measure multiplied out (`reached`, x the target's scale) is at least `target`. */
const reaches = (reached, target) => reached >= target - slack(target);
/** Whether a measure multiplied out (`measured`, x the target's scale) is at most `target`. */
const withinTarget = (measured, target) => measured <= target + slack(target);


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ DEFAULT_PREDICTION_COLUMNS),
/* harmony export */   o: () => (/* binding */ DEFAULT_PREDICTION_INPUTS)
/* harmony export */ });
const DEFAULT_PREDICTION_COLUMNS = {
    id: "id",
    label: "label",
    score: "score",
    prediction: "prediction",
    latency: "latency_ms",
    cost: "cost",
};
/** The action input that names each role's column, for the fix of an error. */
const DEFAULT_PREDICTION_INPUTS = {
    id: "id-column",
    label: "label-column",
    score: "score-column",
    prediction: "prediction-column",
    latency: "latency-column",
    cost: "cost-column",
    exampleScores: "example-scores",
    weight: "weight-column",
};


/***/ }),

/***/ 9665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ weighRanking),
/* harmony export */   PY: () => (/* binding */ rocAucOneVsRest),
/* harmony export */   RA: () => (/* binding */ averagePrecisionOneVsRest),
/* harmony export */   _q: () => (/* binding */ rankOneVsRest),
/* harmony export */   cF: () => (/* binding */ averagePrecision),
/* harmony export */   cc: () => (/* binding */ rankBinary),
/* harmony export */   om: () => (/* binding */ rocAuc)
/* harmony export */ });
/* harmony import */ var _sort_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7806);

/** The rankings weighed so far (`weighRanking`), by the ranking they weigh. */
const weighed = new WeakMap();
/**
 * The ranking with its examples' sample weights in rank order: a resample's counts then weigh
 * each example as their product with `sample` does, one example at a time, where the product
 * of every example, made for each resample and read at random ranks, took twice as long on a
 * million examples. Made once per ranking and weights.
 */
function weighRanking(ranking, sample) {
    const made = weighed.get(ranking);
    if (made?.sample === sample)
        return made.ranking;
    const { order } = ranking;
    const own = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++)
        own[k] = sample[order[k]];
    const result = { ...ranking, weights: own };
    weighed.set(ranking, { sample, ranking: result });
    return result;
}
/**
 * The rankings made so far, by scores column: ROC AUC, average precision and DeLong's test all
 * rank one model's scores, and a million scores take a sort and some 20 MB of scratch memory.
 * Held as long as the scores are, whose arrays are never written once read.
 */
const rankings = new WeakMap();
/** Sorts the examples by `scores` and marks which are `positive` (a class code of `labels`). */
function rankBinary(labels, positive, scores) {
    const made = rankings.get(scores);
    if (made?.labels === labels && made.positive === positive)
        return made.ranking;
    const order = (0,_sort_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortOrder */ .T)(scores, true);
    const n = order.length;
    const isPositive = new Uint8Array(n);
    const groupEnd = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
        const i = order[k];
        isPositive[k] = labels[i] === positive ? 1 : 0;
        groupEnd[k] = k === n - 1 || scores[i] !== scores[order[k + 1]] ? 1 : 0;
    }
    const ranking = { order, positive: isPositive, groupEnd };
    rankings.set(scores, { labels, positive, ranking });
    return ranking;
}
/**
 * Area under the ROC curve (`roc_auc_score`, binary): the trapezoids between the curve's points
 * at each distinct score, ties making one diagonal step. NaN when one class has no weight
 * (scikit-learn raises).
 */
function rocAuc(ranking, weights) {
    const { order, positive, groupEnd, weights: own } = ranking;
    let tp = 0;
    let fp = 0;
    let tpBefore = 0;
    let fpBefore = 0;
    let area = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        // Without a branch, which a mixed ranking mispredicts at half its examples; adding 0 * w
        // leaves a sum as it was, so both sums are those of the branch.
        const p = positive[k];
        tp += p * w;
        fp += (1 - p) * w;
        if (groupEnd[k]) {
            area += (fp - fpBefore) * (tp + tpBefore);
            tpBefore = tp;
            fpBefore = fp;
        }
    }
    return tp > 0 && fp > 0 ? area / (2 * tp * fp) : Number.NaN;
}
/**
 * Average precision (`average_precision_score`): the step sum over distinct scores, highest
 * first, of the recall gained times the precision there; no interpolation, no trapezoids. 0 when
 * no example is positive (as scikit-learn 1.2, which warns).
 */
function averagePrecision(ranking, weights) {
    const { order, positive, groupEnd, weights: own } = ranking;
    let tp = 0;
    let fp = 0;
    let tpBefore = 0;
    let sum = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        // Without a branch, which a mixed ranking mispredicts at half its examples; adding 0 * w
        // leaves a sum as it was, so both sums are those of the branch.
        const p = positive[k];
        tp += p * w;
        fp += (1 - p) * w;
        if (groupEnd[k] && tp > tpBefore) {
            sum += (tp - tpBefore) * (tp / (tp + fp));
            tpBefore = tp;
        }
    }
    return tp > 0 ? sum / tp : 0;
}
/** One ranking per class, each class against the rest, for multiclass ROC AUC. */
function rankOneVsRest(labels, classScores) {
    return classScores.map((scores, c) => rankBinary(labels, c, scores));
}
/**
 * Multiclass ROC AUC, one class against the rest, macro average (`roc_auc_score` with
 * `multi_class="ovr"`, `average="macro"`); NaN when a class has no positive or no negative weight
 * (scikit-learn raises).
 */
function rocAucOneVsRest(rankings, weights) {
    let sum = 0;
    for (const ranking of rankings)
        sum += rocAuc(ranking, weights);
    return sum / rankings.length;
}
/** Multiclass average precision, one class against the rest, macro average. */
function averagePrecisionOneVsRest(rankings, weights) {
    let sum = 0;
    for (const ranking of rankings)
        sum += averagePrecision(ranking, weights);
    return sum / rankings.length;
}


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ readMetrics),
/* harmony export */   ZP: () => (/* binding */ metricsNotes),
/* harmony export */   yI: () => (/* binding */ refuseOtherSeparator)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _files_nesting_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _files_python_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7790);
/* harmony import */ var _files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1255);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1701);







/**
 * Reads a metrics file: JSON or YAML (flat, or nested as DVC writes it), CSV `name,value`, or
 * JSONL of steps (`{"step": 10, "loss": 0.3}` a line), whose final values are the last of each.
 */
function readMetrics(path, shownAs, options = {}) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    return extension === ".csv"
        ? readCsvMetrics(path, shownAs)
        : extension === ".jsonl" || extension === ".ndjson"
            ? readJsonlMetrics(path, shownAs, options.toleratePartialLastLine ?? false)
            : readTreeMetrics(path, shownAs);
}
/** The leaves of one JSON value, nested names joined with dots as in the other formats. */
function leaves(node, names, into) {
    if (node !== null && typeof node === "object") {
        for (const [key, child] of Object.entries(node))
            leaves(child, [...names, key], into);
    }
    else {
        into.set(names.join("."), node);
    }
}
/**
 * The longest metric name read, in characters: MLflow's limit on a metric key, so that a name a
 * tracker takes is read here too. A name is copied whole into the run record, the step's
 * outputs, the summary and annotations: a 100 MB key would make each of them 100 MB.
 */
const MAX_METRIC_NAME = 250;
/** Refuses a metric name longer than MAX_METRIC_NAME, named in part, at its line. */
function refuseLongName(name, shownAs, line) {
    if (name.length <= MAX_METRIC_NAME)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric name '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(name, _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSAL_NAME_LIMIT */ .DK)}' is ${name.length} characters long, more than the ${MAX_METRIC_NAME} a metric name may have`, "Give the metric a short name, such as val.loss; write text to keep as a value, or in a file of its own", line);
}
const finiteNumber = (value) => typeof value === "number" && Number.isFinite(value);
/**
 * A training log of steps: each line a JSON object, its `step` the x of every other number on
 * it (the line's place among the steps when it has none). The bare `NaN` and `Infinity` that
 * Python writes are read as values that are not numbers: a diverged or overflowed loss (fp16
 * training writes one now and then) is a reading to report, not a broken log. A line that is
 * not a JSON object is an error naming the line: a half-written log must not pass for a
 * finished one. Where the writer is known to have been stopped (`partialLastLine`), a last
 * line that is not JSON is the one it was writing: it is left out, and its line given as
 * `cutOffLine`.
 */
function readJsonlMetrics(path, shownAs, partialLastLine) {
    const histories = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    let entries = 0;
    let cutOffLine;
    const all = readText(path, shownAs).split(/\r?\n/);
    const last = all.findLastIndex((raw) => raw.trim() !== "");
    all.forEach((raw, index) => {
        if (raw.trim() === "")
            return;
        let entry;
        try {
            entry = (0,_files_python_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePythonJson */ .S)(raw);
        }
        catch (error) {
            if (partialLastLine && index === last) {
                cutOffLine = index + 1;
                return;
            }
            // Told of the line as written, also where a NaN it took was rewritten to parse it.
            const { problem, fix } = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxError */ .UQ)(raw, error.message, "line");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `is not valid JSONL: ${problem}`, fix, index + 1);
        }
        if (entry === null || typeof entry !== "object" || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "expected a JSON object of metrics a line", 'Write {"step": 1, "loss": 0.5}', index + 1);
        const found = new Map();
        leaves(entry, [], found);
        const stepValue = found.get("step");
        const step = finiteNumber(stepValue) ? stepValue : entries;
        entries++;
        found.delete("step");
        for (const [name, value] of found) {
            refuseLongName(name, shownAs, index + 1);
            // null is how sparse logs write a metric not measured at this step (every key on every
            // line, as pandas' to_json does): no reading, not a reading that is no number.
            if (value === null)
                continue;
            lines.set(name, index + 1);
            if (!finiteNumber(value)) {
                nonNumeric.set(name, String(value));
                continue;
            }
            nonNumeric.delete(name);
            const points = histories.get(name) ?? [];
            points.push({ step, value });
            histories.set(name, points);
        }
    });
    // A metric whose last reading is not a number has no final value: not an earlier one.
    const values = new Map([...histories]
        .filter(([name]) => !nonNumeric.has(name))
        .map(([name, points]) => [name, points.at(-1).value]));
    return {
        file: shownAs,
        values,
        nonNumeric,
        lineOf: (m) => lines.get(m),
        histories,
        ...(cutOffLine === undefined ? {} : { cutOffLine }),
    };
}
function readText(path, shownAs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8").replace(/^\uFEFF/, "");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `cannot be read (${error.code ?? "error"})`);
    }
}
function readTreeMetrics(path, shownAs) {
    const doc = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .readStructured */ .cW)(path, shownAs, { pythonNonFinite: true });
    if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "is not a metrics file: expected a mapping of metric names to numbers", 'Write it as {"accuracy": 0.91} or nested as DVC does');
    }
    const values = new Map();
    const nonNumeric = new Map();
    const pointers = new Map();
    const walk = (node, names) => {
        const name = names.join(".");
        if (node !== null && typeof node === "object") {
            for (const [key, child] of Object.entries(node))
                walk(child, [...names, key]);
            return;
        }
        if (values.has(name) || nonNumeric.has(name)) {
            // `{"a.b": 1, "a": {"b": 2}}` names one metric twice; which one wins must not be luck.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric '${name}' is given twice (as a dotted key and as a nested path)`, "Keep one of them");
        }
        const pointer = (0,_files_nesting_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonPointer */ .Av)(names);
        refuseLongName(name, shownAs, doc.lineOf(pointer));
        pointers.set(name, pointer);
        if (finiteNumber(node))
            values.set(name, node);
        else
            nonNumeric.set(name, String(node));
    };
    walk(doc.value, []);
    const lineOf = (metric) => {
        const pointer = pointers.get(metric);
        return pointer === undefined ? undefined : doc.lineOf(pointer);
    };
    return { file: shownAs, values, nonNumeric, lineOf };
}
/** Splits one CSV line, honouring double quotes (a metric name may contain a comma). */
function splitCsvLine(line) {
    const cells = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') {
            cell += '"';
            i++;
        }
        else if (c === '"') {
            quoted = !quoted;
        }
        else if (c === "," && !quoted) {
            cells.push(cell);
            cell = "";
        }
        else {
            cell += c;
        }
    }
    cells.push(cell);
    return cells.map((v) => v.trim());
}
/**
 * Refuses a CSV file whose first line, split at commas, is one field holding semicolons or tabs:
 * written with another separator (pandas' `sep=";"`, a spreadsheet in a locale whose decimal
 * mark is the comma), its header would be read as one column, and the file taken for what it
 * is not. `tsv` says that the file would be read with tabs as a `.tsv`, as predictions are.
 */
function refuseOtherSeparator(shownAs, cells, tsv = false) {
    const separator = cells.length === 1 ? [";", "\t"].find((c) => cells[0].includes(c)) : undefined;
    if (separator === undefined)
        return;
    const tabs = separator === "\t";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `is not comma-separated: its first line is one field with ${tabs ? "tabs" : "semicolons"} in it (${JSON.stringify((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(cells[0], _report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSAL_NAME_LIMIT */ .DK))})`, `Write it with commas between fields, as pandas' to_csv does unless given another sep${tabs && tsv ? ", or name it .tsv, which is read with tabs" : ""}`, 1);
}
function readCsvMetrics(path, shownAs) {
    const text = readText(path, shownAs);
    const values = new Map();
    const nonNumeric = new Map();
    const lines = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const lineNumber = index + 1;
        if (raw.trim() === "")
            return;
        const cells = splitCsvLine(raw);
        if (lineNumber === 1)
            refuseOtherSeparator(shownAs, cells);
        if (cells.length !== 2) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `expected 2 cells (name,value), found ${cells.length}`, "Write one metric a line as name,value", lineNumber);
        }
        const [name, valueText] = cells;
        if (lineNumber === 1 && name.toLowerCase() === "name" && valueText.toLowerCase() === "value")
            return;
        if (name === "")
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, "a metric has no name", undefined, lineNumber);
        refuseLongName(name, shownAs, lineNumber);
        if (values.has(name) || nonNumeric.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(shownAs, `metric '${name}' appears twice`, "Keep one row per metric", lineNumber);
        const value = Number(valueText);
        if (valueText !== "" && finiteNumber(value))
            values.set(name, value);
        else
            nonNumeric.set(name, valueText);
        lines.set(name, lineNumber);
    });
    return { file: shownAs, values, nonNumeric, lineOf: (metric) => lines.get(metric) };
}
/** At most this many metrics are named in a note; a log of text fields would fill a page. */
const NAMED_IN_NOTE = 10;
/**
 * What a run record should say of its metrics file beyond the values: the metrics left out
 * because a value is not a finite number (each with its line), or that it holds none at all.
 */
function metricsNotes(metrics) {
    if (metrics.values.size === 0 && metrics.nonNumeric.size === 0)
        return [`${metrics.file}: holds no metrics, so none were recorded`];
    if (metrics.nonNumeric.size === 0)
        return [];
    const named = [...metrics.nonNumeric].slice(0, NAMED_IN_NOTE).map(([name, text]) => {
        const line = metrics.lineOf(name);
        // A log may hold a sample generation or a config dump as text: named, not copied whole.
        return `'${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(name, 80)}' is '${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_3__/* .shorten */ .ml)(text, 80)}'${line === undefined ? "" : ` (line ${line})`}`;
    });
    const more = metrics.nonNumeric.size - named.length;
    return [
        `${metrics.file}: not recorded, as not finite numbers: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
    ];
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ nameOfRate),
/* harmony export */   Ej: () => (/* binding */ alertRateCandidate),
/* harmony export */   FB: () => (/* binding */ recallAtAlertRate),
/* harmony export */   Fl: () => (/* binding */ alertsAt),
/* harmony export */   Im: () => (/* binding */ alertRateOf),
/* harmony export */   In: () => (/* binding */ alertRateWithExtraWords),
/* harmony export */   ui: () => (/* binding */ alertsFlagged)
/* harmony export */ });
/* harmony import */ var _metric_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9488);
/* harmony import */ var _percent_target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9950);


/**
 * Recall at a fixed alert rate (decision 0050): the share of the positive examples a binary
 * classifier catches when it flags at most p% of all examples, those it scores highest, as a
 * fraud or review team works through a fixed number of alerts a day. Named
 * `recall_at_alert_rate_<p>`, p a percent in the name, its decimal point written `p`
 * (`recall_at_alert_rate_0p5` for 0.5%).
 */
const PREFIX = "recall_at_alert_rate";
const NAME = new RegExp(`^${PREFIX}_(${_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET */ .Qn})$`);
/** The names without a rate: this one bare, with an underscore after it, or with "fixed". */
const WITHOUT_RATE = /^recall_at_(?:fixed_)?alert_rate_?$/;
const RANGE = "a percent from 0.01 to 99.99, its decimal point written p";
const EXAMPLE = `${PREFIX}_1 for the recall when the top-scored 1% of examples are flagged, or ${PREFIX}_0p5 for 0.5%`;
/**
 * The alert rate, in percent, of a name `recall_at_alert_rate_<p>`, or undefined for a name of
 * another shape. A name of that shape whose rate cannot be gated, or one without a rate, is a
 * `MetricError` saying what to write instead.
 */
function alertRateOf(name) {
    if (WITHOUT_RATE.test(name)) {
        throw new _metric_error_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .v(name, `names no alert rate: recall at a fixed alert rate is gated as ${PREFIX}_<p>, with p a percent in the name`, `Write the rate in the name, as ${EXAMPLE}`);
    }
    const match = NAME.exec(name);
    return match ? rateOf(name, match[1]) / 100 : undefined;
}
/**
 * The hundredths of a percent that `rate` names, or the `MetricError` of one that cannot be
 * gated. Unlike a precision's target, 1 is 1% (an alert rate of 1.0 flags everything, which no
 * one gates) and a rate below 1% is written with its zero (`0p1`): each rate has one name.
 */
function rateOf(name, rate) {
    const refuse = (problem, fix = `Write ${RANGE}, as ${EXAMPLE}`) => new _metric_error_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .v(name, problem, fix);
    const writeAs = (hundredths) => `Write it as ${PREFIX}_${(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOfTarget */ .wC)(hundredths)}`;
    const parts = _percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .WRITTEN */ .Sg.exec(rate);
    const [, whole = "", point = "", decimals = ""] = parts ?? [];
    if (!parts || !/\d/.test(rate) || (point === "p" && (whole === "" || decimals === ""))) {
        throw refuse(`names its alert rate as ${(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(rate)}, which is not ${RANGE}`);
    }
    const hundredths = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .hundredthsOf */ .LR)(whole, decimals);
    const valid = hundredths !== undefined && hundredths > 0 && hundredths < 10_000 ? hundredths : undefined;
    if (point === ".") {
        throw refuse(`writes its alert rate as ${(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(rate)}, and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file`, valid === undefined ? undefined : writeAs(valid));
    }
    const percent = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(decimals === "" ? whole : `${whole}.${decimals}`);
    if (hundredths === undefined) {
        throw refuse(`flags ${percent}% of the examples, and the name takes at most two decimals of a percent`);
    }
    if (hundredths === 0) {
        throw refuse("flags 0% of the examples, so any model would catch nothing");
    }
    if (hundredths === 10_000) {
        throw refuse("flags 100% of the examples, so any model would catch every positive one", `Write ${RANGE}, as ${PREFIX}_5`);
    }
    if (hundredths > 10_000) {
        throw refuse(`flags ${percent}% of the examples, more than all of them`);
    }
    const spelling = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .otherSpelling */ .NL)(rate, whole, hundredths, "rate");
    if (spelling !== undefined)
        throw refuse(spelling, writeAs(hundredths));
    return hundredths;
}
/**
 * Recall at a fixed alert rate: of the thresholds at each distinct score (rows with equal scores
 * flagged together, highest first), the largest recall among those that flag at most `percent`%
 * of the examples' weight; 0 where the top-scored tie alone is more than that (flagging nothing
 * is the floor). A tie that straddles the rate is left out whole, as no threshold takes part of
 * it: the rate is a budget the alerts stay within. NaN without positive weight, where no recall
 * is defined. Two passes over the ranking: the weights, then the thresholds.
 */
function recallAtAlertRate(ranking, percent, weights) {
    return alertScan(ranking, percent, weights).recall;
}
/**
 * How many examples of weight above 0 the rate flags: those of `recallAtAlertRate`'s threshold.
 * Unweighted, about `alertsAt`; with sample weights, where a heavy negative example spends the
 * budget of ten light ones, as many as the ranking lets in.
 */
function alertsFlagged(ranking, percent, weights) {
    return alertScan(ranking, percent, weights).alerts;
}
/** The pass of `recallAtAlertRate`, which counts the examples flagged too. */
function alertScan(ranking, percent, weights) {
    const { order, positive, groupEnd, weights: own } = ranking;
    let total = 0;
    let positives = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        total += w;
        if (positive[k])
            positives += w;
    }
    if (!(positives > 0))
        return { recall: Number.NaN, alerts: 0 };
    const { units, scale } = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .exactTarget */ .lA)(percent);
    const budget = units * total;
    let flagged = 0;
    let tp = 0;
    let best = 0;
    let rows = 0;
    let alerts = 0;
    for (let k = 0; k < order.length; k++) {
        const c = weights === undefined ? 1 : weights[order[k]];
        const w = own === undefined ? c : c * own[k];
        flagged += w;
        if (w > 0)
            rows++;
        if (positive[k])
            tp += w;
        if (!groupEnd[k])
            continue;
        // The flagged weight only grows down the ranking: the first tie past the budget ends it.
        if (!(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .withinTarget */ .ri)(flagged * scale, budget))
            break;
        best = tp;
        alerts = rows;
    }
    return { recall: best / positives, alerts };
}
/** How many of `count` examples (weighing 1 each) a rate of `percent`% flags at most. */
function alertsAt(percent, count) {
    const { units, scale } = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .exactTarget */ .lA)(percent);
    return Math.floor((units * count) / scale);
}
/**
 * The alert rate's name that `name` likely misspells (`recall_at_alert_rate5`,
 * `recall_at_alertrate_1`, `recal_at_alert_rate_0p5`, `recall_at_alert_rate_p5`), as a
 * candidate for a "did you mean", which suggests it only within two edits.
 */
function alertRateCandidate(name) {
    // The first "alert" and what follows it, rather than one pattern with two lazy runs between
    // them: over a name of many "alert"s that pattern backtracks quadratically (seconds for a
    // pull request's 100,000 characters). A later "alert" would match no differently.
    const written = name.trim().toLowerCase();
    const at = written.indexOf("alert");
    if (!written.startsWith("rec") || at < 0 || /\d/.test(written.slice(0, at)))
        return undefined;
    const match = /^\D*?(\d*)(?:[.p](\d{1,2}))?$/.exec(written.slice(at + "alert".length));
    return match ? nameOfRate(match[1], match[2] ?? "") : undefined;
}
/** The name of the rate `<whole>.<decimals>` percent, undefined where none can be gated. */
function nameOfRate(whole, decimals) {
    const hundredths = (0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .hundredthsOf */ .LR)(whole, decimals);
    return hundredths !== undefined && hundredths > 0 && hundredths < 10_000
        ? `${PREFIX}_${(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOfTarget */ .wC)(hundredths)}`
        : undefined;
}
/** A name that goes on past its rate: `recall_at_alert_rate_1_macro`, `_0_5`. */
const PAST_RATE = new RegExp(`^${PREFIX}_(\\d+)_(.+)$`, "s");
/**
 * The error of a rate's name with words after the rate: an average or a class
 * (`recall_at_alert_rate_1_macro`, `_1_fraud`), which the name takes none of, or the rate's
 * decimals after an underscore (`_0_5`). Undefined for a name of another shape, and for a
 * `<column>_mean`, which is a per-example score's whatever the column's name holds.
 */
function alertRateWithExtraWords(name) {
    const match = PAST_RATE.exec(name);
    if (!match || name.endsWith("_mean"))
        return undefined;
    const [rate, words] = [match[1], match[2]];
    const bare = nameOfRate(rate, "");
    const decimals = /^\d{1,2}$/.test(words) ? nameOfRate(rate, words) : undefined;
    if (bare === undefined && decimals === undefined)
        return undefined;
    const nor = decimals ? ", nor decimals after an underscore" : "";
    return new _metric_error_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricError */ .v(name, `names ${(0,_percent_target_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(words)} after its rate, and the name takes no class or average${nor}: ${PREFIX}_<p> gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest`, [bare, decimals]
        .filter((n) => n !== undefined)
        .map((n, i) => (i === 0 ? `Write ${n}` : `or ${n} for the rate with its decimals`))
        .join(", "));
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

/***/ 6092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ topKCandidate),
/* harmony export */   HU: () => (/* binding */ shareOfHits),
/* harmony export */   IW: () => (/* binding */ isTopKName),
/* harmony export */   If: () => (/* binding */ MOST_TOP_K),
/* harmony export */   V7: () => (/* binding */ topKHits),
/* harmony export */   qC: () => (/* binding */ topKOf)
/* harmony export */ });
/* harmony import */ var _metric_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9488);

/**
 * Top-k accuracy (decision 0039): an example counts as right when its label is among the k
 * classes its model scores highest. Named `top_<k>_accuracy`, k written in the name.
 */
/**
 * The largest k a name takes: past it, a hit among so many guesses is a retrieval metric
 * (recall at k), and a larger number is more likely a typo than a gate anyone reads.
 */
const MOST_TOP_K = 1000;
const NAME = /^top_(\d+)_accuracy$/;
/** Whether a name is of the shape `top_<k>_accuracy`, whatever its k (`topKOf` reads the k). */
const isTopKName = (name) => NAME.test(name);
/** The names other tools give top-k accuracy without a k of their own (Keras, scikit-learn). */
const WITHOUT_K = /^(?:sparse_)?top_?k(?:_categorical)?_accuracy(?:_score)?$/;
/**
 * The k of a name `top_<k>_accuracy`, or undefined for a name of another shape. A name of that
 * shape whose k cannot be gated, or another tool's top-k name without a k, is a `MetricError`
 * saying what to write instead.
 */
function topKOf(name) {
    if (WITHOUT_K.test(name)) {
        throw new _metric_error_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricError */ .v(name, "names no k: top-k accuracy is gated as top_<k>_accuracy, with k in the name", "Write k in the name, as top_5_accuracy for the share of examples whose label is among the 5 classes scored highest");
    }
    const digits = NAME.exec(name)?.[1];
    if (digits === undefined)
        return undefined;
    const k = Number(digits);
    if (k < 1 || k > MOST_TOP_K) {
        throw new _metric_error_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricError */ .v(name, `takes k from 2 to ${MOST_TOP_K}, and k is ${digits.length > 12 ? `${digits.slice(0, 12)}...` : digits}`, `Write k from 2 to ${MOST_TOP_K}, below the number of classes, as top_5_accuracy`);
    }
    if (k === 1) {
        throw new _metric_error_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricError */ .v(name, "is the share of examples whose label is the class scored highest, which is accuracy", "Gate accuracy (where the files have no prediction column, its predicted class is the one scored highest), or top_<k>_accuracy with k of 2 or more");
    }
    if (String(k) !== digits) {
        throw new _metric_error_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricError */ .v(name, "writes k with leading zeros, so one metric would have two names in the report", `Write it as top_${k}_accuracy`);
    }
    return k;
}
/**
 * The `top_<k>_accuracy` that a name likely misspells (`top_5_acuracy`, `top5_acc`): one
 * beginning with `top` and holding a number, as a candidate for a "did you mean".
 */
function topKCandidate(name) {
    const digits = /^top\D{0,3}?(\d{1,4})(?!\d)/i.exec(name.trim())?.[1];
    const k = Number(digits);
    if (digits === undefined || k < 1 || k > MOST_TOP_K)
        return undefined;
    return k === 1 ? "accuracy" : `top_${k}_accuracy`;
}
/**
 * Whether each example's label is among the k classes scored highest, 1 or 0: the label's class
 * is in the top k when fewer than k other classes score as high as it or higher. A tie is
 * counted against the label, so that the outcome never depends on the order of the classes; a
 * class whose score is missing (NaN: a top-k export that writes the top classes alone) ranks
 * below every score given, and a label whose score is missing is outside the top k.
 *
 * Class by class over the examples (each column read once, in order), O(n x classes) once per
 * model: a bootstrap then weighs the n outcomes, and McNemar's test counts them.
 */
function topKHits(labels, classScores, k) {
    const n = labels.length;
    const own = new Float64Array(n);
    for (let i = 0; i < n; i++)
        own[i] = classScores[labels[i]][i];
    // How many other classes score as high as the label or higher; NaN compares false.
    const above = new Int32Array(n);
    classScores.forEach((scores, c) => {
        for (let i = 0; i < n; i++) {
            if (scores[i] >= own[i] && labels[i] !== c)
                above[i]++;
        }
    });
    const hits = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        hits[i] = above[i] < k && !Number.isNaN(own[i]) ? 1 : 0;
    return hits;
}
/** The weighted share of 1s among `outcomes`; NaN without weight. */
function shareOfHits(outcomes, weights) {
    let right = 0;
    let total = 0;
    for (let i = 0; i < outcomes.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        right += w * outcomes[i];
        total += w;
    }
    return total > 0 ? right / total : Number.NaN;
}


/***/ }),

/***/ 3847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jI: () => (/* binding */ usuallyNamed),
/* harmony export */   zs: () => (/* binding */ likelyColumn)
/* harmony export */ });
/* unused harmony export usualColumn */
/* harmony import */ var _report_closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4311);

/**
 * The names other tools usually give each role's column, lower case: scikit-learn's metric
 * arguments (`y_true`, `y_pred`, `y_score`, `y_proba`), Spark ML's and AutoML exports'
 * (`label`, `prediction`, `probability`), forecasting's `yhat`, and the id a dataset or a
 * dataframe's index carries. `confidence` is left out: it is mostly the probability of the
 * predicted class, not of the positive one, and read as a score it would give wrong metrics.
 */
const USUAL_NAMES = {
    id: ["id", "row_id", "example_id", "sample_id", "uid", "uuid", "key", "index"],
    label: [
        "label",
        "y_true",
        "target",
        "y",
        "truth",
        "ground_truth",
        "actual",
        "true_label",
        "gold",
    ],
    prediction: ["prediction", "y_pred", "pred", "predicted", "predicted_label", "yhat", "y_hat"],
    score: ["score", "y_score", "proba", "probability", "prob", "y_proba", "y_prob"],
    weight: ["sample_weight", "weight", "weights", "example_weight"],
};
/**
 * The one column of `columns` whose name, in any case, is a usual name of `role` and that is not
 * `taken` by another role; none where no column or several are, since a guess between two would
 * be a coin toss.
 */
function usualColumn(role, columns, taken) {
    const usual = USUAL_NAMES[role] ?? [];
    const found = columns.filter((c) => !taken.has(c) && usual.includes(c.toLowerCase()));
    return found.length === 1 ? found[0] : undefined;
}
/**
 * The columns of `columns` named, in any case, as other tools name the columns of per-example
 * predictions: at most one a role, for the roles that have one.
 */
function usuallyNamed(columns) {
    return Object.values(USUAL_NAMES).flatMap((usual) => columns.find((c) => usual.includes(c.toLowerCase())) ?? []);
}
/**
 * The column of `columns`, not `taken` by another role, likely meant for `role` where the file
 * lacks `column`: the one that `column` misspells (`ID` for `id`), or else the one other tools
 * name the role by (`y_true` for the label). Only ever told in a fix, never read in its stead:
 * a guess that reads the wrong column would gate on wrong metrics without a word.
 */
function likelyColumn(role, column, columns, taken) {
    const near = (0,_report_closest_name_js__WEBPACK_IMPORTED_MODULE_0__/* .closestName */ .Nf)(column, columns.filter((c) => !taken.has(c)), false);
    if (near !== undefined)
        return { column: near, near: true };
    const usual = usualColumn(role, columns, taken);
    return usual === undefined ? undefined : { column: usual, near: false };
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

/***/ 2153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ reportHeadline)
/* harmony export */ });
const EMOJI = {
    pass: "✅",
    fail: "❌",
    inconclusive: "⚠️",
    drift: "⚠️",
    warning: "⚠️",
};
/**
 * The first line of every summary and comment the suite writes, so a reader scanning a pull
 * request or a run sees one shape: `### ❌ eval-gate: fail (1 of 2 gated metrics failed)`.
 * `detail` is the reporter's own text (counts, settings), not escaped here.
 */
const reportHeadline = (action, status, detail = "") => `### ${EMOJI[status]} ${action}: ${status}${detail ? ` (${detail})` : ""}`;


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

/***/ 6101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readRunArtifactJson)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(321);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/**
 * One JSON file from an artifact that another run uploaded: a fork's report, a dispatched
 * training run's record. Nothing in it is trusted. An artifact listed as larger than `maxBytes`
 * is not downloaded; one that would unpack to more (a zip bomb) is refused by the store's zip
 * reader before it does, and measured again here for a store that copies files instead. The
 * file must be a regular file: a link in the artifact must not make it some other file of this
 * machine.
 */



/** The bytes of every file under `dir`, however deep. */
async function extractedBytes(dir) {
    const entries = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readdir */ .Cy)(dir, { recursive: true, withFileTypes: true });
    const sizes = await Promise.all(entries
        .filter((e) => e.isFile())
        .map(async (e) => (await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .stat */ .dJ)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(e.parentPath, e.name))).size));
    return sizes.reduce((a, b) => a + b, 0);
}
/** The path of the file asked for, checked to be a regular file. */
async function fileIn(dir, request) {
    if (request.file !== undefined) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, request.file);
        // lstat: a link is not followed.
        if (!(await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .lstat */ .$1)(file).catch(() => undefined))?.isFile()) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${request.name}' has no ${request.file}`);
        }
        return file;
    }
    const entries = await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readdir */ .Cy)(dir, { withFileTypes: true });
    if (entries.length !== 1 || !entries[0].isFile()) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${request.name}' holds ${entries.length} entries, not the one file of ${request.what}`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, entries[0].name);
}
/** Downloads the artifact of another run and parses its file as JSON, within the bounds. */
async function readRunArtifactJson(store, request) {
    const { from, name, maxBytes, what } = request;
    const artifact = (await store.list(from)).find((a) => a.name === name);
    if (!artifact) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`run ${from.runId} has no artifact '${name}'`, request.missingFix);
    }
    if (artifact.size > maxBytes) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${name}' is ${artifact.size} bytes, more than the ${maxBytes} ${what} can be; not downloaded`);
    }
    const dir = await store.download(artifact, request.workDir, from, maxBytes);
    const extracted = await extractedBytes(dir);
    if (extracted > maxBytes) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`artifact '${name}' unpacks to ${extracted} bytes, more than the ${maxBytes} ${what} can be`);
    }
    const file = await fileIn(dir, request);
    try {
        return JSON.parse(await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readFile */ .TA)(file, "utf8"));
    }
    catch {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${request.file ?? "the file"} in artifact '${name}' is not JSON`);
    }
}


/***/ }),

/***/ 5620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ commentBlocker),
/* harmony export */   n: () => (/* binding */ notPosted)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/**
 * What stops a report from being posted as a pull-request comment before any request is made.
 * Kept apart from the client so that an action can decide without loading it.
 */

/** The reason no comment can be posted from this context, if there is one. */
function commentBlocker(context, mode) {
    if (mode === "never")
        return "comment is set to never";
    if (!context.token)
        return "no token was given (set the github-token input)";
    if (!context.repo)
        return "this run is not in a GitHub repository (GITHUB_REPOSITORY is not set)";
    return undefined;
}
/** Not posting: a reason to show with `auto`, an error with `always`. */
function notPosted(mode, reason) {
    if (mode === "always") {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC(`the comment could not be posted: ${reason}`, "Set comment: auto to keep it in the job summary instead");
    }
    return { posted: false, reason };
}


/***/ }),

/***/ 1523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h$: () => (/* binding */ composeBody),
  _Z: () => (/* binding */ markerFor)
});

// UNUSED EXPORTS: COMMENT_LIMIT, disarmMarkers

// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
;// CONCATENATED MODULE: ./shared/dist/engine/report/truncate-markdown.js
/**
 * Cuts markdown to a size GitHub keeps (a comment's 65,536 characters, a job summary's 1 MiB),
 * so that what is left still renders: it ends on a line boundary where it can (never inside a
 * character), an open code fence and open `<details>` are closed, and the note says why the
 * rest is missing. Text that fits comes back as it is.
 */
function truncateMarkdown(text, limit, unit, note) {
    const size = unit === "bytes" ? (s) => Buffer.byteLength(s) : (s) => s.length;
    if (size(text) <= limit)
        return text;
    const tail = `\n\n${note}`;
    const room = limit - size(tail);
    if (room < 0)
        throw new RangeError(`a limit of ${limit} ${unit} leaves no room for the note`);
    let budget = room;
    for (;;) {
        const cut = cutWithin(text, budget, unit);
        const closed = cut + closers(cut);
        const over = size(closed) - room;
        if (over <= 0)
            return closed + tail;
        budget = size(cut) - over;
    }
}
/** The longest prefix within `budget`, back to its last line break when it has one. */
function cutWithin(text, budget, unit) {
    if (budget <= 0)
        return "";
    const prefix = unit === "bytes"
        ? Buffer.from(text)
            .subarray(0, budget)
            .toString("utf8")
            .replace(/\uFFFD$/, "")
        : text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(budget - 1)) ? budget - 1 : budget);
    const lastBreak = prefix.lastIndexOf("\n");
    return lastBreak > 0 ? prefix.slice(0, lastBreak) : prefix;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** What closes the code fence and the `<details>` blocks left open at the end of `markdown`. */
function closers(markdown) {
    let fence = null;
    let details = 0;
    for (const line of markdown.split("\n")) {
        const marker = FENCE.exec(line)?.[1];
        if (fence !== null) {
            const closes = marker !== undefined &&
                marker[0] === fence[0] &&
                marker.length >= fence.length &&
                line.trim() === marker;
            if (closes)
                fence = null;
        }
        else if (marker !== undefined) {
            fence = marker;
        }
        else {
            details +=
                (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
        }
    }
    return `${fence === null ? "" : `\n${fence}`}${"\n\n</details>".repeat(Math.max(0, details))}`;
}

// EXTERNAL MODULE: ./shared/dist/platform/github/marker-key.js
var marker_key = __webpack_require__(3924);
;// CONCATENATED MODULE: ./shared/dist/platform/github/comment-body.js
/**
 * The body of a comment or issue the suite owns: a hidden marker that finds it again, the
 * content with any forged marker disarmed, and a cap at GitHub's 65,536 characters that ends
 * with a note and a link to the full report.
 */



const COMMENT_LIMIT = 65_536;
/** The hidden marker of one kind of owned text and one key, e.g. `<!-- mlops:sticky key=eval -->`. */
function markerFor(kind, key) {
    if (!marker_key/* MARKER_KEY */.Tm.test(key)) {
        throw new TypeError(`a marker key is letters, digits and . _ : / - (got '${key}')`);
    }
    return `<!-- mlops:${kind} key=${key} -->`;
}
/** Any `<!-- mlops:` in the content becomes visible text, so content cannot claim to be ours. */
const disarmMarkers = (content) => content.replace(/<!--(\s*mlops:)/gi, "&lt;!--$1");
/**
 * Marker first, then the content; when too long, the content is cut by `truncateMarkdown` and a
 * note links the full report.
 */
function composeBody(marker, content, options = {}) {
    const limit = options.limit ?? COMMENT_LIMIT;
    const safe = disarmMarkers(content);
    const where = options.fullReportUrl
        ? `the full report is in the [job summary](${options.fullReportUrl})`
        : "the full report is in the job summary";
    const note = `---\n**This report was cut to fit GitHub's limit of ${(0,group_digits/* groupDigits */.K)(limit)} characters**; ${where}.`;
    const cut = truncateMarkdown(safe, limit - marker.length - 1, "chars", note);
    return { body: `${marker}\n${cut}`, truncated: cut !== safe };
}


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

/***/ 9503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ commentFromForkReport),
/* harmony export */   VW: () => (/* binding */ forkPullRequestHead),
/* harmony export */   cg: () => (/* binding */ writeForkReport),
/* harmony export */   uF: () => (/* binding */ forkReportArtifactName)
/* harmony export */ });
/* unused harmony exports FORK_REPORT_FILE, FORK_REPORT_MAX_BYTES, uploadForkReport */
/* harmony import */ var _engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(321);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _artifacts_artifact_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7898);
/* harmony import */ var _artifacts_read_run_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6101);
/* harmony import */ var _engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(781);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8350);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95);
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6855);
/**
 * The two-workflow pattern for pull requests from forks, whose `pull_request` runs get a
 * read-only token and cannot comment. The `pull_request` run computes the report and uploads it
 * as an artifact (`uploadForkReport`); a `workflow_run` run, which has a writable token but
 * never runs the fork's code, downloads it, checks it against its contract, and comments
 * (`commentFromForkReport`). Nothing in the artifact is trusted: the PR number comes from the
 * API by head repository, branch and commit, the report must fit its schema, and the renderer
 * sanitises every string. See docs/fork-pull-requests.md.
 */









const FORK_REPORT_FILE = "mlops-report.json";
/**
 * Larger artifacts are refused before download (by their listed size) and after extraction (by
 * the size of every file in them): the artifact comes from untrusted code.
 */
const FORK_REPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The head commit of this run's pull request if it comes from a fork (a `pull_request` event). */
async function forkPullRequestHead(context) {
    if (context.eventName !== "pull_request" || !context.repo)
        return undefined;
    const pull = (await (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventPayload */ .N5)(context.eventPath)).pull_request;
    const headRepo = pull?.head?.repo?.full_name;
    const sha = pull?.head?.sha;
    const own = `${context.repo.owner}/${context.repo.repo}`;
    return headRepo && sha && headRepo !== own ? sha : undefined;
}
/** The artifact an action's fork report travels in, one per comment key. */
const forkReportArtifactName = (key) => (0,_artifacts_artifact_name_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactName */ .C)("mlops-fork-report", key);
/** Writes the report in its envelope as `workDir`/mlops-report.json, and returns that path. */
async function writeForkReport(workDir, options) {
    await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .mkdir */ .Ck)(workDir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workDir, FORK_REPORT_FILE);
    const envelope = {
        schema: "mlops.fork-report/v1",
        key: options.key,
        headSha: options.headSha,
        report: options.report,
    };
    await (0,_engine_files_async_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFile */ ._h)(file, `${JSON.stringify(envelope)}\n`);
    return file;
}
/** The `pull_request` half: writes the report into `workDir` and uploads it as `artifactName`. */
async function uploadForkReport(store, options) {
    const file = await writeForkReport(options.workDir, options);
    await store.upload(options.artifactName, [file], options.workDir);
}
/**
 * The `workflow_run` half: the report, the markdown rendered from it and the comment made or
 * updated with it, or undefined when the run was not a fork's pull request's.
 */
async function commentFromForkReport(github, store, options) {
    const run = options.payload.workflow_run;
    if (!run || run.event !== "pull_request")
        return undefined;
    const pr = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePullRequest */ .D)(github, {
        repo: options.repo,
        eventName: "workflow_run",
        payload: options.payload,
    });
    // A pull request of the repository itself was commented by its own run.
    if (!pr || !pr.fromFork)
        return undefined;
    const from = { token: options.token, runId: run.id, ...options.repo };
    const envelope = (await (0,_artifacts_read_run_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .readRunArtifactJson */ ._)(store, {
        from,
        name: options.artifactName,
        file: FORK_REPORT_FILE,
        maxBytes: FORK_REPORT_MAX_BYTES,
        what: "a report",
        workDir: options.workDir,
        missingFix: "Upload the report in the pull_request workflow under the same artifact name",
    }));
    if (envelope?.schema !== "mlops.fork-report/v1" || envelope.key !== options.key) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .MlopsError */ .IC(`${FORK_REPORT_FILE} is not a '${options.key}' fork report`);
    }
    if (envelope.headSha !== run.head_sha) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .MlopsError */ .IC(`the report was made for commit ${String(envelope.headSha).slice(0, 12)}, the run for ${run.head_sha.slice(0, 12)}`);
    }
    const report = (0,_engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_7__/* .validateContract */ .T7)(options.contract, envelope.report, FORK_REPORT_FILE);
    const body = options.render(report);
    const comment = await (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_8__/* .upsertStickyComment */ .q)(github, {
        repo: options.repo,
        issueNumber: pr.number,
        key: options.key,
        body,
        ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
    });
    return { report, body, comment };
}


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

/***/ 95:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resolvePullRequest)
/* harmony export */ });
/* unused harmony export findPullRequestByHead */
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5001);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);



const fromPull = (pull, repo) => {
    const headRepo = pull.head.repo?.full_name ?? `${repo.owner}/${repo.repo}`;
    return {
        number: pull.number,
        headSha: pull.head.sha,
        headRef: pull.head.ref,
        headRepo,
        baseRef: pull.base.ref,
        fromFork: headRepo !== `${repo.owner}/${repo.repo}`,
    };
};
/** The event's pull request, refused where it lacks what every pull request has. */
function eventPull(value) {
    if (value === undefined || value === null)
        return undefined;
    const pull = value;
    const whole = Number.isSafeInteger(pull.number) &&
        typeof pull.head?.sha === "string" &&
        typeof pull.head.ref === "string" &&
        typeof pull.base?.ref === "string";
    if (!whole) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC("GITHUB_EVENT_PATH's pull_request lacks its number, head.sha, head.ref or base.ref", _github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENT_FIX */ .j8);
    }
    return value;
}
/** The open PR whose head is this repository, branch and commit, found through the API. */
async function findPullRequestByHead(github, repo, head) {
    const headOwner = head.repo.split("/")[0] ?? "";
    const pulls = await (0,_converge_js__WEBPACK_IMPORTED_MODULE_2__/* .converge */ .c)(github, "listing pull requests by head", () => github.octokit.paginate(github.octokit.rest.pulls.list, {
        ...repo,
        state: "open",
        head: `${headOwner}:${head.branch}`,
        per_page: 100,
    }));
    const match = pulls.find((p) => (p.head.repo?.full_name ?? "") === head.repo &&
        (head.sha === undefined || p.head.sha === head.sha));
    return match ? fromPull(match, repo) : undefined;
}
/** The PR of this run, from the event payload and, where it lacks one, the API. */
async function resolvePullRequest(github, options) {
    const { repo, eventName, payload } = options;
    switch (eventName) {
        case "pull_request":
        case "pull_request_target": {
            const pull = eventPull(payload.pull_request);
            return pull ? fromPull(pull, repo) : undefined;
        }
        case "push": {
            const ref = typeof payload.ref === "string" ? payload.ref : "";
            if (!ref.startsWith("refs/heads/"))
                return undefined;
            return findPullRequestByHead(github, repo, {
                repo: `${repo.owner}/${repo.repo}`,
                branch: ref.slice("refs/heads/".length),
                ...(typeof payload.after === "string" ? { sha: payload.after } : {}),
            });
        }
        case "workflow_run": {
            const run = payload.workflow_run;
            if (!run)
                return undefined;
            const listed = run.pull_requests?.find((p) => p.head.sha === run.head_sha);
            if (listed) {
                // A listed PR names its head repository only by id and URL; the run names it in full.
                return fromPull({ ...listed, head: { ...listed.head, repo: run.head_repository ?? null } }, repo);
            }
            const headRepo = run.head_repository?.full_name;
            if (!headRepo || !run.head_branch)
                return undefined;
            return findPullRequestByHead(github, repo, {
                repo: headRepo,
                branch: run.head_branch,
                sha: run.head_sha,
            });
        }
        default:
            return undefined;
    }
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

/***/ 6855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ stickyMarker),
/* harmony export */   q: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1523);
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5001);
/* harmony import */ var _token_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);



const stickyMarker = (key) => (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .markerFor */ ._Z)("sticky", key);
async function upsertStickyComment(github, options) {
    const marker = stickyMarker(options.key);
    const { body, truncated } = (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .composeBody */ .h$)(marker, options.body, {
        ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
    });
    const author = options.author ?? (await (0,_token_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenLogin */ .n)(github));
    const where = { ...options.repo, issue_number: options.issueNumber };
    return (0,_converge_js__WEBPACK_IMPORTED_MODULE_2__/* .converge */ .c)(github, `updating the '${options.key}' comment on #${options.issueNumber}`, async () => {
        const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
            ...where,
            per_page: 100,
        });
        const ours = comments.filter((c) => c.user?.login === author && (c.body ?? "").startsWith(marker));
        const existing = ours[0];
        const duplicates = Math.max(ours.length - 1, 0);
        if (!existing) {
            const { data } = await github.octokit.rest.issues.createComment({ ...where, body });
            return { action: "created", commentId: data.id, url: data.html_url, truncated, duplicates };
        }
        if (existing.body === body) {
            return {
                action: "unchanged",
                commentId: existing.id,
                url: existing.html_url,
                truncated,
                duplicates,
            };
        }
        const { data } = await github.octokit.rest.issues.updateComment({
            ...options.repo,
            comment_id: existing.id,
            body,
        });
        return { action: "updated", commentId: data.id, url: data.html_url, truncated, duplicates };
    });
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ tokenLogin)
/* harmony export */ });
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5001);

const known = new WeakMap();
function tokenLogin(github) {
    let login = known.get(github);
    if (!login) {
        login = (0,_converge_js__WEBPACK_IMPORTED_MODULE_0__/* .converge */ .c)(github, "asking GraphQL who the token is", async () => {
            const answer = await github.octokit.graphql("query { viewer { login } }");
            return answer.viewer.login;
        });
        known.set(github, login);
        login.catch(() => known.delete(github));
    }
    return login;
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


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ championReads),
/* harmony export */   k: () => (/* binding */ championFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _platform_registry_registry_asset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4126);
/* harmony import */ var _platform_registry_tag_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9270);
/**
 * The champion: a file, or a registry reference (`churn#prod`, `churn@v1.2.0`) whose release
 * holds the champion's predictions or metrics, read through the backend promote would use with
 * the same registry and backend inputs.
 */





// JSON Lines under either extension, as the readers take both.
const PREDICTIONS_ASSET = /predictions[^/]*\.(csv|jsonl|ndjson|parquet)(\.gz)?$/i;
const METRICS_ASSET = /metrics[^/]*\.(json|ya?ml|csv|jsonl|ndjson)$/i;
/**
 * How the champion's predictions are read: as the challenger's, but that its file may lack the
 * sample weights' column (one kept in a registry before the gate weighed examples, say), as the
 * challenger's weights then count for both.
 */
const championReads = (options) => options.weights ? { ...options, weights: { ...options.weights, optional: true } } : options;
async function championFile(text, predictions, context, inputs) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(text) ? text : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, text);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            return { path };
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("champion", `'${text}' is not a file`, "Give the path of a file");
    }
    const reference = (0,_platform_registry_tag_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(text);
    if (!reference) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("champion", `'${text}' is neither a file nor a registry reference`, "Give the champion's file, or a registry reference such as churn#prod");
    }
    const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
    const found = await (0,_platform_registry_registry_asset_js__WEBPACK_IMPORTED_MODULE_4__/* .registryAsset */ .cc)(reference, context.cwd, { github, path: inputs.registry, backend: inputs.backend }, {
        input: "champion",
        what: predictions ? "predictions asset" : "metrics asset",
        pattern: predictions ? PREDICTIONS_ASSET : METRICS_ASSET,
        fix: predictions
            ? "Register the champion with its predictions file (named like predictions.csv) among its assets"
            : "Register the champion with its metrics file (named like metrics.json) among its assets",
    });
    return { path: found.location, from: `${found.tag} (${found.name})` };
}


/***/ }),

/***/ 110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalGate: () => (/* binding */ evalGate)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/eval-report.js + 1 modules
var eval_report = __webpack_require__(4597);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/report-file.js
var report_file = __webpack_require__(1418);
// EXTERNAL MODULE: ./shared/dist/engine/files/display-path.js
var display_path = __webpack_require__(2579);
// EXTERNAL MODULE: ./shared/dist/engine/files/write-output.js + 1 modules
var write_output = __webpack_require__(9619);
// EXTERNAL MODULE: ./shared/dist/interface/define-action.js
var define_action = __webpack_require__(6734);
// EXTERNAL MODULE: ./shared/dist/platform/artifacts/artifact-name.js
var artifact_name = __webpack_require__(7898);
// EXTERNAL MODULE: ./shared/dist/engine/errors.js
var errors = __webpack_require__(8350);
// EXTERNAL MODULE: ./shared/dist/engine/files/hash-file.js
var hash_file = __webpack_require__(4672);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/read-metrics.js
var read_metrics = __webpack_require__(1867);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/prediction-columns.js
var prediction_columns = __webpack_require__(1896);
// EXTERNAL MODULE: ./shared/dist/engine/version.js
var version = __webpack_require__(6745);
// EXTERNAL MODULE: ./shared/dist/engine/report/closest-name.js
var closest_name = __webpack_require__(4311);
// EXTERNAL MODULE: ./shared/dist/platform/registry/training-run.js
var training_run = __webpack_require__(1910);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/champion-file.js
var champion_file = __webpack_require__(8063);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/eval-verdict.js
var eval_verdict = __webpack_require__(6027);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/judge-aggregate.js
var judge_aggregate = __webpack_require__(2942);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/read-gate-policy.js + 2 modules
var read_gate_policy = __webpack_require__(8169);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-registry.js + 5 modules
var metric_registry = __webpack_require__(4532);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/metric-error.js
var metric_error = __webpack_require__(9488);
// EXTERNAL MODULE: ./shared/dist/engine/files/nesting.js
var nesting = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/share-rule.js
var share_rule = __webpack_require__(6571);
// EXTERNAL MODULE: ./shared/dist/engine/contracts/parse-share.js
var parse_share = __webpack_require__(7928);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/load-policy.js






/**
 * What McNemar's test fits, as a refusal lists it: on predictions (`exampleScores` given), the
 * mean of a per-example score too, where each is 0 or 1 (right or wrong), which the read of the
 * files checks; a metrics file holds no per-example score, so its `<x>_mean` is no such mean.
 */
const mcnemarFits = (exampleScores) => exampleScores
    ? "a proportion of examples (accuracy, binary recall, the mean of a per-example score of 0 and 1)"
    : "a proportion of examples (accuracy, binary recall; the mean of a per-example score of 0 and 1 only where the files are per-example predictions, not metrics)";
/**
 * The registry's definition of a metric name (`accuracy`, `log_loss`; `<score>_mean` for each
 * of `exampleScores`), or undefined for a name it does not know.
 */
function knownDefinition(name, exampleScores) {
    try {
        return (0,metric_registry/* metricDefinition */.u8)(name, exampleScores);
    }
    catch (error) {
        if (!(error instanceof metric_error/* MetricError */.v))
            throw error;
        return undefined;
    }
}
/**
 * A method names a test that fits only some metrics: McNemar proportions (`mcnemarFits`),
 * DeLong ROC AUC. `exampleScores`, on predictions, name the per-example scores.
 */
function checkMethod(name, method, pointer, refuse, exampleScores) {
    if (method === undefined || method === "auto" || method === "bootstrap")
        return;
    const definition = knownDefinition(name, exampleScores);
    // A binary recall is the share of the positive examples found: a paired proportion too.
    const fits = method === "mcnemar"
        ? definition?.proportion || definition?.scoreColumn !== undefined || name === "recall"
        : name === "roc_auc";
    if (!fits) {
        refuse(`${pointer}/method`, `is ${method}, which tests ${method === "mcnemar" ? mcnemarFits(exampleScores) : "a binary ROC AUC"}, not ${(0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK)}`, "Use method auto or bootstrap for this metric");
    }
}
/** Slice overrides name a policy metric and a `<column>=<value>` of a slice column. */
function checkSlices(policy, refuse) {
    for (const [slice, rules] of Object.entries(policy.slices?.overrides ?? {})) {
        const pointer = (0,nesting/* jsonPointer */.Av)(["slices", "overrides", slice]);
        const column = slice.split("=")[0];
        if (!slice.includes("=") || !policy.slices.by.includes(column)) {
            refuse(pointer, `is not '<column>=<value>' of a column in slices.by`, "Name a slice as region=eu, with region in slices.by");
        }
        for (const [metric, rule] of Object.entries(rules)) {
            const at = (0,nesting/* jsonPointer */.Av)(["slices", "overrides", slice, metric]);
            if (!Object.hasOwn(policy.metrics, metric)) {
                refuse(at, "is not a metric of the policy", "Override only metrics listed under metrics");
            }
            (0,read_gate_policy/* checkRule */.T9)(rule, at, refuse);
        }
    }
    const allowed = policy["max-unpaired"];
    if (allowed !== undefined && (0,parse_share/* parseShare */.n)(allowed) > 1) {
        refuse("/max-unpaired", `is ${allowed}, more than all of the examples`, "Give a share from 0 to 1, or a percentage such as '1%'");
    }
}
/**
 * On predictions, every metric is one computed from them: refused at its line in the policy, with
 * the name it likely misspells, rather than by the reader with no line once the files are read.
 */
function checkComputed(name, exampleScores, pointer, refuse) {
    try {
        return (0,metric_registry/* metricDefinition */.u8)(name, exampleScores);
    }
    catch (error) {
        if (!(error instanceof metric_error/* MetricError */.v))
            throw error;
        return refuse(pointer, error.problem, error.fix);
    }
}
/**
 * Reads and checks a gate policy for eval-gate; a policy that could pass everything is refused.
 * `predictions`, when the gate compares predictions, says which per-example scores give metrics.
 * Returns the policy and a way to refuse a field of it at its line, for what only the
 * predictions files can tell (a slice column they lack).
 */
function checkPolicy(path, shownAs, predictions, 
/** The file as `readPolicyFirst` read it already, so that it is read once. */
read = (0,read_gate_policy/* readGatePolicy */.cF)(path, shownAs)) {
    const { refuse } = read;
    // On predictions, each metric's definition: an unknown name is refused at its line, with the
    // name it likely misspells, rather than by the reader with no line once the files are read.
    const computed = new Map();
    if (predictions) {
        for (const name of Object.keys(read.policy.metrics)) {
            const pointer = (0,nesting/* jsonPointer */.Av)(["metrics", name]);
            computed.set(name, checkComputed(name, predictions.exampleScores, pointer, refuse));
        }
    }
    // A metric computed from predictions, or one a metrics file names as the registry does, has a
    // direction of its own: a policy that turns it round (a log loss judged higher is better)
    // would pass a worse model.
    const policy = (0,read_gate_policy/* withDirections */.RF)(read.policy, (name) => (predictions ? computed.get(name) : knownDefinition(name))?.direction, refuse, (name) => (0,shorten/* shorten */.ml)(name, shorten/* REFUSAL_NAME_LIMIT */.DK));
    // Metrics from 0 to 1, whose margins and bounds written in points are refused.
    const shares = new Set();
    for (const [name, rule] of Object.entries(policy.metrics)) {
        const pointer = (0,nesting/* jsonPointer */.Av)(["metrics", name]);
        if (computed.get(name)?.share) {
            shares.add(name);
            (0,share_rule/* checkShareRule */.e)(name, rule, rule.direction, pointer, refuse);
        }
        checkMethod(name, rule.method, pointer, refuse, predictions?.exampleScores);
    }
    checkSlices(policy, refuse);
    for (const [slice, rules] of Object.entries(policy.slices?.overrides ?? {}))
        for (const [name, rule] of Object.entries(rules))
            if (shares.has(name))
                (0,share_rule/* checkShareRule */.e)(name, rule, policy.metrics[name].direction, (0,nesting/* jsonPointer */.Av)(["slices", "overrides", slice, name]), refuse);
    return { policy, refuse };
}
/** A gate policy read and checked for eval-gate (see `checkPolicy`). */
function loadPolicy(path, shownAs, predictions) {
    return checkPolicy(path, shownAs, predictions).policy;
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/policy-reads.js
var policy_reads = __webpack_require__(2757);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/dist/engine/data/data-format.js
var data_format = __webpack_require__(6862);
// EXTERNAL MODULE: ./shared/dist/engine/files/python-json.js
var python_json = __webpack_require__(7790);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/absent-columns.js
var absent_columns = __webpack_require__(8664);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/missing-column.js
var missing_column = __webpack_require__(2038);
// EXTERNAL MODULE: ./shared/dist/engine/metrics/usual-columns.js
var usual_columns = __webpack_require__(3847);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/predictions-mode.js
/**
 * Whether a file holds per-example predictions rather than aggregate metrics: a Parquet or
 * gzipped file (metric files are neither), or a CSV, TSV or JSON Lines file (`.jsonl`, `.ndjson`)
 * whose first row names the id or the label column. A metrics CSV has `name,value` rows and a
 * JSONL step log has neither id nor label. A CSV header of more than two names without either
 * column is refused here, naming the columns it lacks: whether it meant predictions whose
 * columns are named otherwise or a malformed metrics file, the fix is in the file or the inputs,
 * not in the policy read next. So is a JSONL first row whose keys name two roles as other tools
 * do (`y_true`, `y_pred`), which would otherwise be read as a log of metrics that the policy's
 * all lack. And so is a CSV whose header is one field holding semicolons or tabs: another
 * separator, read as one column.
 */










/** The start of a file, enough for its first row. */
function head(path) {
    const buffer = Buffer.alloc(64 * 1024);
    const fd = (0,external_node_fs_.openSync)(path, "r");
    try {
        return buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const unquote = (cell) => cell.trim().replace(/^"(.*)"$/, "$1");
/** A cell written as a number, which a header of names has none of and a `name,value` row has. */
const numeric = (cell) => cell !== "" && Number.isFinite(Number(cell));
/** Whether the file is JSON Lines, by the extensions the data engine reads as such. */
const jsonLines = (path) => (0,data_format/* formatOf */.b)(path) === "jsonl";
/** The first row's cells (a JSONL row's keys); none where the format has no header. */
function firstRow(path) {
    const first = head(path)
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/, 1)[0] ?? "";
    if (/\.csv$/i.test(path))
        return first.split(",").map(unquote);
    // The data engine reads a .tsv with tabs between fields.
    if (/\.tsv$/i.test(path))
        return first.split("\t").map(unquote);
    if (jsonLines(path)) {
        try {
            // Python's bare NaN is taken, as a metrics log may hold one: a predictions file that does
            // is then read as one and refused at the line, with how to write it.
            const row = (0,python_json/* parsePythonJson */.S)(first);
            return typeof row === "object" && row !== null && !Array.isArray(row) ? Object.keys(row) : [];
        }
        catch {
            return [];
        }
    }
    return [];
}
/**
 * Refuses a file with nothing in it but blanks (an evaluation that crashed before writing): read
 * as a metrics file, it would hold no metric, and fail every rule as if the model lacked each.
 */
function refuseEmpty(path, shownAs) {
    const text = head(path);
    if (text.trim() === "" && Buffer.byteLength(text) === (0,external_node_fs_.statSync)(path).size)
        throw new errors/* FileError */.f6(shownAs, "is empty", "Check that the evaluation wrote it: per-example predictions with an id column, or the model's metrics");
}
/**
 * Whether the file at `path` (shown in errors as `shownAs`), read with `options`, holds
 * per-example predictions. An empty file is a `FileError`, and so is a CSV written with another
 * separator than the comma (`refuseOtherSeparator`). A CSV or TSV whose header has more than two
 * names but neither the id nor the label column is a `DataError` naming both, and every other
 * column that `options` (the task and needs of the policy, when known) ask for and the header
 * lacks, each with the column likely meant: predictions whose columns are named otherwise, or a
 * metrics file with a column too many.
 */
function readsPredictions(path, shownAs, options) {
    if (/\.(parquet|gz)$/i.test(path))
        return true;
    refuseEmpty(path, shownAs);
    const cells = firstRow(path);
    if (/\.csv$/i.test(path))
        (0,read_metrics/* refuseOtherSeparator */.yI)(shownAs, cells, true);
    const { id, label } = { ...prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S, ...options.columns };
    if (cells.includes(id) || cells.includes(label))
        return true;
    // A JSONL metrics log names its metrics, not two roles of a prediction's columns.
    const named = (0,usual_columns/* usuallyNamed */.jI)(cells);
    if (jsonLines(path) && named.length >= 2) {
        throw (0,missing_column/* missingColumns */.Q6)(shownAs, cells, (0,absent_columns/* absentColumns */.FV)(cells, options), {
            lead: `is read as per-example predictions, as its keys ${named.map(closest_name/* quoteName */.AB).join(", ")} are named as other tools name their columns, but it `,
        });
    }
    if (!/\.(csv|tsv)$/i.test(path) || cells.length <= 2 || cells.some(numeric))
        return false;
    throw (0,missing_column/* missingColumns */.Q6)(shownAs, cells, (0,absent_columns/* absentColumns */.FV)(cells, options), {
        lead: `is read as per-example predictions, as its header has ${cells.length} columns where a metrics CSV has 2 (name,value), but it `,
        also: "; for aggregate metrics, write one name,value row per metric",
    });
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/evaluate.js














/** A file input that gating needs; only comment: from-fork-run reads none. */
function given(inputs, input) {
    const path = inputs[input];
    if (!path) {
        throw new errors/* InputError */.dz(input, "is required", `Give the ${input} file (only comment: from-fork-run reads none)`);
    }
    return path;
}
/** The judgement of per-example predictions; loaded on use, as most gates read metric files. */
async function judgeOnPredictions(inputs, policy, challenger, champion, shown) {
    const { evaluatePredictions } = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 7701));
    return evaluatePredictions(policy, {
        challenger,
        champion: champion?.path,
        shown: (path) => (path === champion?.path && champion.from) || shown(path),
    }, predictionOptions(inputs));
}
/** The column names and options of predictions files, from the inputs. */
function predictionOptions(inputs) {
    const columns = {
        id: inputs["id-column"],
        label: inputs["label-column"],
        score: inputs["score-column"],
        prediction: inputs["prediction-column"],
        latency: inputs["latency-column"],
        cost: inputs["cost-column"],
    };
    return {
        // A column named other than its default must be in the files; a default may be absent.
        columns: Object.fromEntries(Object.entries(columns).filter(([role, name]) => name !== undefined &&
            name !== prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S[role])),
        exampleScores: inputs["example-scores"],
        ...(inputs["weight-column"] !== undefined && {
            weights: { column: inputs["weight-column"] },
        }),
        ...(inputs["positive-label"] === undefined ? {} : { positiveLabel: inputs["positive-label"] }),
    };
}
/** Predictions and aggregate metrics measure different things: one cannot gate the other. */
function checkSameKind(options, predictions, challenger, champion, shown) {
    const championShown = champion.from ?? shown(champion.path);
    if (readsPredictions(champion.path, championShown, (0,champion_file/* championReads */.F)(options)) === predictions) {
        return;
    }
    const kind = (isPredictions) => isPredictions ? "per-example predictions" : "aggregate metrics";
    throw new errors/* InputError */.dz("champion", `'${championShown}' holds ${kind(!predictions)} but the challenger '${shown(challenger)}' holds ${kind(predictions)}, which cannot be compared`, "Give both models' predictions files, or both models' metrics files");
}
/**
 * A weight column that another input already names (the id, the label, the score, the
 * prediction, the latency, the cost, a per-example score) would weigh the examples by what they
 * are judged on: `label` as weights leaves every negative example out.
 */
function checkWeightColumn(inputs) {
    const column = inputs["weight-column"];
    if (column === undefined)
        return;
    const roles = ["id", "label", "score", "prediction", "latency", "cost"];
    const role = roles.find((r) => (inputs[`${r}-column`] ?? prediction_columns/* DEFAULT_PREDICTION_COLUMNS */.S[r]) === column);
    const input = role
        ? `${role}-column`
        : inputs["example-scores"]?.includes(column)
            ? "example-scores"
            : undefined;
    if (input === undefined)
        return;
    throw new errors/* InputError */.dz("weight-column", `is ${(0,closest_name/* quoteName */.AB)(column)}, which ${input} names: the weights would be what the examples are judged on`, "Name the column that holds each example's sample weight, or leave weight-column empty");
}
/** Metrics files hold no examples to weigh: a weight column set for them is a mistake. */
function refuseWeights(inputs, challenger) {
    if (inputs["weight-column"] === undefined)
        return;
    throw new errors/* InputError */.dz("weight-column", `is set, and the challenger '${challenger}' holds aggregate metrics, which have no examples to weigh`, "Leave weight-column empty for metrics files, or give both models' per-example predictions");
}
/** The training run named by its record, as the report names it. */
async function runOf(path, shown) {
    const run = await (0,training_run/* readTrainingRun */.IT)(path, shown(path));
    return { id: run.id, file: shown(path), sha256: run.sha256 };
}
/** Reads the policy and both files, judges the challenger, and makes the eval report. */
async function evaluate(inputs, context) {
    const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
    const ref = async (path, from) => ({
        file: from ?? shown(path),
        sha256: await (0,hash_file/* hashFile */.D)(path),
    });
    const [challengerFile, policyFile] = [given(inputs, "challenger"), given(inputs, "policy")];
    checkWeightColumn(inputs);
    // Before the policy, whose metrics depend on the kind of file: a file that is neither is
    // refused for what it is, not for a metric the policy names; what the policy's metrics read
    // is known as far as it can be, so that the refusal names just the columns they need.
    const read = (0,policy_reads/* readPolicyFirst */.h)(policyFile, shown(policyFile));
    const options = {
        ...predictionOptions(inputs),
        ...(read && (0,policy_reads/* policyReads */._)(read.policy, inputs["example-scores"])),
    };
    const predictions = readsPredictions(challengerFile, shown(challengerFile), options);
    const checked = checkPolicy(policyFile, shown(policyFile), predictions ? { exampleScores: inputs["example-scores"] } : undefined, read);
    const { policy } = checked;
    const champion = inputs.champion
        ? await (0,champion_file/* championFile */.k)(inputs.champion, predictions, context, inputs)
        : undefined;
    if (champion)
        checkSameKind(options, predictions, challengerFile, champion, shown);
    let judgement;
    let challenger;
    if (predictions) {
        judgement = await judgeOnPredictions(inputs, checked, challengerFile, champion, shown);
    }
    else {
        refuseWeights(inputs, shown(challengerFile));
        challenger = (0,read_metrics/* readMetrics */.Uw)(challengerFile, shown(challengerFile));
        const championMetrics = champion
            ? (0,read_metrics/* readMetrics */.Uw)(champion.path, champion.from ?? shown(champion.path))
            : undefined;
        judgement = (0,judge_aggregate/* judgeAggregate */.J)(policy, challenger, championMetrics);
    }
    const report = {
        schema: "mlops.eval-report/v1",
        tool: { name: "mlops", version: version/* VERSION */.x },
        created_at: context.now().toISOString(),
        mode: predictions ? "predictions" : "aggregate",
        verdict: judgement.verdict,
        challenger: await ref(challengerFile),
        champion: champion ? await ref(champion.path, champion.from) : null,
        policy: await ref(policyFile),
        model: inputs["model-file"] ? await ref(inputs["model-file"]) : null,
        rows: judgement.rows,
        counts: (0,eval_verdict/* countStatuses */.ip)(judgement.rows),
        notes: judgement.notes,
        ...(judgement.pairing ? { pairing: judgement.pairing } : {}),
        ...(predictions ? { correction: policy.correction ?? "holm" } : {}),
        ...(inputs["run-record"] ? { run: await runOf(inputs["run-record"], shown) } : {}),
    };
    return { report, challenger };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/dist/platform/github/fork-report.js
var fork_report = __webpack_require__(9503);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/fork-artifact.js


/**
 * A fork's pull_request run cannot comment: its report goes up as an artifact, for a
 * workflow_run workflow to comment (comment: from-fork-run). Any other run uploads nothing.
 */
async function forkArtifacts(inputs, context, report) {
    const forkHead = inputs.comment === "never" ? undefined : await (0,fork_report/* forkPullRequestHead */.VW)(context.github);
    if (!forkHead)
        return [];
    const key = inputs["comment-key"];
    const name = (0,fork_report/* forkReportArtifactName */.uF)(key);
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(inputs["report-path"]), name);
    return [
        {
            name,
            files: [await (0,fork_report/* writeForkReport */.cg)(path, { key, headSha: forkHead, report })],
            description: "the eval report, for a workflow_run workflow to comment on the fork's pull request (comment: from-fork-run)",
        },
    ];
}

// EXTERNAL MODULE: ./shared/dist/platform/registry/choose-backend.js + 5 modules
var choose_backend = __webpack_require__(883);
// EXTERNAL MODULE: ./shared/dist/interface/inputs.js
var inputs = __webpack_require__(6097);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/gate-inputs.js


/** eval-gate's inputs, as action.yml names them. */
const gateInputKinds = {
    challenger: (0,inputs/* file */.NJ)(),
    // A file or a registry reference: resolved when the gate knows what it compares.
    champion: (0,inputs/* dataSource */.Ex)(),
    policy: (0,inputs/* file */.NJ)(),
    "model-file": (0,inputs/* file */.NJ)(),
    "run-record": (0,inputs/* file */.NJ)(),
    "id-column": (0,inputs/* text */.Qq)(),
    "label-column": (0,inputs/* text */.Qq)(),
    "score-column": (0,inputs/* text */.Qq)(),
    "prediction-column": (0,inputs/* text */.Qq)(),
    "latency-column": (0,inputs/* text */.Qq)(),
    "cost-column": (0,inputs/* text */.Qq)(),
    "example-scores": (0,inputs/* list */.p_)(),
    "weight-column": (0,inputs/* text */.Qq)(),
    "positive-label": (0,inputs/* text */.Qq)(),
    "report-path": (0,inputs/* outputPath */.XC)(),
    "comment-path": (0,inputs/* outputPath */.XC)(),
    comment: (0,inputs/* choice */.Yq)(["auto", "always", "never", "from-fork-run"]),
    "comment-key": (0,inputs/* markerKey */.s8)(),
    // Where a champion given as a registry reference is looked up, as promote would.
    registry: (0,inputs/* dataSource */.Ex)(),
    backend: (0,inputs/* choice */.Yq)(choose_backend/* BACKENDS */.A),
    "github-token": (0,inputs/* secret */.rJ)(),
    "fail-step": (0,inputs/* bool */.lc)(),
};

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/report/escape-control.js
var escape_control = __webpack_require__(7629);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/eval-report.js
var eval_gate_eval_report = __webpack_require__(7364);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/gate-result.js





/** An error annotation per failing metric, at its line in the challenger's file when known. */
function annotations({ challenger }, failed) {
    return failed.map((row) => {
        const line = challenger?.lineOf(row.metric);
        return {
            level: "error",
            title: `eval-gate: ${rowName(row)}`,
            message: explainedRow(row),
            file: line === undefined ? undefined : challenger?.file,
            line,
        };
    });
}
/** A row as people name it: the metric, and its slice when it has one. */
const rowName = (row) => 
// A slice value from a data file may hold a line break: the line must stay one line.
(0,escape_control/* escapeControl */.hN)(row.slice === null ? (0,shorten/* shorten */.ml)(row.metric) : `${(0,shorten/* shorten */.ml)(row.metric)} [${(0,shorten/* shorten */.ml)(row.slice)}]`);
/** A row and why it did not pass: `accuracy [region=us]: the challenger's accuracy is ...`. */
const explainedRow = (row) => `${rowName(row)}: ${row.reason ?? "failed"}`;
/** The first rows with their reasons, and how many more the report holds: one readable line. */
function explained(rows) {
    const first = rows.slice(0, 3).map(explainedRow);
    const more = rows.length - first.length;
    return `${first.join("; ")}${more > 0 ? `; and ${(0,counted/* counted */.h)(more, "more row")} in the report` : ""}`;
}
/** Why the step fails on its verdict, or undefined when it passes or only reports. */
function verdictFailure(verdict, failed, inconclusive, failStep) {
    if (verdict === "pass" || !failStep)
        return undefined;
    if (verdict === "fail") {
        return `verdict fail: ${explained(failed)}`;
    }
    return inconclusive.length > 0
        ? `verdict inconclusive: ${explained(inconclusive)}`
        : "verdict inconclusive: no rule of the policy could be evaluated, so the gate cannot pass this model";
}
/** The step's outputs, annotations and failure, from the verdict and the comment's fate. */
function gateResult(inputs, context, evaluation, publication) {
    const { verdict, rows } = evaluation.report;
    const failed = (0,eval_gate_eval_report/* failedRows */.lG)(rows);
    const inconclusive = (0,eval_gate_eval_report/* rowsWith */.eA)(rows, "inconclusive");
    const shown = (path) => (0,display_path/* displayPath */.G)(context.cwd, path);
    const failures = [
        verdictFailure(verdict, failed, inconclusive, inputs["fail-step"]),
        publication.failure,
    ];
    const named = (list) => JSON.stringify(list.map((row) => ({ metric: row.metric, slice: row.slice })));
    return {
        outputs: {
            verdict,
            passed: String(verdict === "pass"),
            "failed-metrics": JSON.stringify([...new Set(failed.map((row) => row.metric))]),
            regressions: named(failed),
            "inconclusive-metrics": named(inconclusive),
            "report-path": shown(inputs["report-path"]),
            "comment-path": shown(inputs["comment-path"]),
            "comment-url": publication.outcome?.posted ? publication.outcome.url : "",
        },
        annotations: annotations(evaluation, failed),
        failure: failures.filter(Boolean).join("; ") || undefined,
    };
}

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/post-comment.js
var post_comment = __webpack_require__(8361);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/render-comment.js + 3 modules
var render_comment = __webpack_require__(2217);
;// CONCATENATED MODULE: ./shared/dist/platform/artifacts/artifact-service.js
/**
 * Whether the runner provides the artifact service to JavaScript actions, through these two
 * variables (the client reads them from process.env itself; in a runner that is the host's env).
 * GitHub Enterprise Server and local runners may not.
 */
const hasArtifactService = (env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
/**
 * What a name taken in this run says: an artifact's name is the action's and its key, so a
 * second step of the same action needs a key of its own.
 */
const TAKEN = /\(409\)|\bConflict\b|\bexists\b/;
/** The warning of an upload that failed: the step's verdict stands without its artifact. */
const uploadFailed = (name, reason) => ({
    level: "warning",
    title: "Artifact not uploaded",
    message: `${name} was not uploaded (${reason}); the step's verdict stands` +
        (TAKEN.test(reason)
            ? ". An earlier step of this run uploaded one of that name: give each step of the same action its own comment-key (eval-gate), issue-key (drift-check) or environment (canary-deploy)"
            : ""),
});

;// CONCATENATED MODULE: ./shared/dist/platform/artifacts/common-folder.js

/** The folder every file is under, which the artifact keeps their paths relative to. */
function commonFolder(files) {
    const [first = [], ...rest] = files.map((file) => (0,external_node_path_.dirname)(file).split(external_node_path_.sep));
    let shared = first.length;
    for (const parts of rest) {
        let i = 0;
        while (i < shared && parts[i] === first[i])
            i++;
        shared = i;
    }
    const folder = first.slice(0, shared).join(external_node_path_.sep);
    // A root (`/`, `C:\`) is a single part that needs its separator back.
    return shared <= 1 ? `${folder}${external_node_path_.sep}` : folder;
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/report-artifact.js


/** Uploads the artifact when the runner can; never throws on a failed upload. */
async function uploadReport(artifact, reportPath, context) {
    const notUploaded = (why) => ({ place: { path: reportPath, notUploaded: why } });
    // The command line gives no store; a runner without the service (GitHub Enterprise Server).
    if (!context.artifactStore)
        return notUploaded("this command uploads no artifacts");
    if (!hasArtifactService(context.env ?? {})) {
        return notUploaded("this runner has no artifact service");
    }
    try {
        const root = commonFolder(artifact.files);
        await context.artifactStore().upload(artifact.name, artifact.files, root);
        return { place: { artifact: artifact.name } };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            ...notUploaded(`upload failed: ${reason}`),
            warning: uploadFailed(artifact.name, reason),
        };
    }
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/eval-gate.js













const evalGate = (0,define_action/* defineAction */.QP)({
    name: "eval-gate",
    permissions: {
        contents: {
            level: "read",
            why: "read the metrics and policy files checked out, and a registry reference's champion",
        },
        "pull-requests": { level: "write", why: "post the comment (comment: auto or always)" },
    },
    example: {
        challenger: "metrics/challenger.json",
        champion: "metrics/champion.json",
        policy: ".mlops/gate-policy.yml",
    },
    inputs: gateInputKinds,
    async run(inputs, context) {
        const mode = inputs.comment;
        if (mode === "from-fork-run") {
            // What it reads is another run's: any failure here may follow a comment's update.
            context.acting?.();
            const { commentFromForkRun } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 6414));
            return commentFromForkRun(inputs, context);
        }
        const evaluation = await evaluate(inputs, context);
        const key = inputs["comment-key"];
        const { runUrl } = context.github;
        const render = (place) => {
            const comment = (0,render_comment/* renderComment */.w)(evaluation.report, { runUrl, report: place });
            return { comment, body: (0,post_comment/* commentAsPosted */.Rc)(comment, key, runUrl) };
        };
        // The report is checked against its own contract before anyone downstream trusts it; it and
        // the comment are written together or not at all, before the upload that carries both.
        const written = render().body;
        context.acting?.();
        (0,write_output/* writeFilesAtomic */.aV)([
            (0,report_file/* reportFile */.r)(eval_report/* evalReportContract */.p, evaluation.report, inputs["report-path"]),
            { path: inputs["comment-path"], text: written },
        ]);
        // Uploaded before the comment is posted, which says where the report is only once that is
        // known. The default key names the artifact plainly; another key keeps each gate's apart.
        const upload = await uploadReport({
            name: (0,artifact_name/* artifactName */.C)("eval-report", key === "eval-gate" ? undefined : key),
            files: [inputs["report-path"], inputs["comment-path"]],
            description: "the eval report and the comment (mlops.eval-report/v1)",
        }, (0,display_path/* displayPath */.G)(context.cwd, inputs["report-path"]), context);
        const { comment, body } = render(upload.place);
        // The comment file is the body posted; the artifact's copy lacks only the line about itself.
        if (body !== written)
            (0,write_output/* writeFileAtomic */.Zf)(inputs["comment-path"], body);
        const token = inputs["github-token"];
        const publication = await (0,post_comment/* postComment */.Gy)({ mode, key, token, body }, context);
        const result = gateResult(inputs, context, evaluation, publication);
        return {
            ...result,
            // A failed upload's warning comes first: GitHub's cap on annotations never hides it.
            annotations: [...(upload.warning ? [upload.warning] : []), ...(result.annotations ?? [])],
            summary: (0,post_comment/* gateSummary */.sK)(comment, publication),
            artifacts: await forkArtifacts(inputs, context, evaluation.report),
        };
    },
});


/***/ }),

/***/ 7364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ck: () => (/* binding */ compareValues),
/* harmony export */   eA: () => (/* binding */ rowsWith),
/* harmony export */   lG: () => (/* binding */ failedRows),
/* harmony export */   sV: () => (/* binding */ judgedRow)
/* harmony export */ });
const finiteOrNull = (x) => x !== null && Number.isFinite(x) ? x : null;
/** Both values of a metric and their difference; a difference beyond the float range is null. */
function compareValues(champion, challenger) {
    const delta = challenger !== null && champion !== null ? finiteOrNull(challenger - champion) : null;
    return {
        champion,
        challenger,
        delta,
        relative_delta: delta !== null && champion ? finiteOrNull(delta / Math.abs(champion)) : null,
    };
}
/** A row in full: an ungated metric's compact row with what it leaves out filled in. */
const judgedRow = (row) => "rule" in row
    ? row
    : {
        metric: row.metric,
        slice: null,
        gated: false,
        direction: null,
        ...compareValues(row.champion, row.challenger),
        rule: "not in the policy",
        checks: [],
        status: "info",
        reason: null,
    };

/** The judged rows of a status; an ungated row is only ever `info`. */
const rowsWith = (rows, status) => rows.filter((row) => "status" in row && row.status === status);
/** The rows that failed. */
const failedRows = (rows) => rowsWith(rows, "fail");


/***/ }),

/***/ 2942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeRule),
/* harmony export */   J: () => (/* binding */ judgeAggregate)
/* harmony export */ });
/* harmony import */ var _engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3262);
/* harmony import */ var _engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5588);
/* harmony import */ var _eval_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7364);
/* harmony import */ var _rounding_slack_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4546);
/* harmony import */ var _engine_contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7928);
/* harmony import */ var _engine_contracts_eval_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6027);






function describeRule(rule) {
    const parts = [`${rule.direction} is better`];
    if (rule.min !== undefined)
        parts.push(`≥ ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(rule.min)}`);
    if (rule.max !== undefined)
        parts.push(`≤ ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(rule.max)}`);
    const allowed = rule["max-regression"];
    if (allowed !== undefined)
        parts.push(`regression ≤ ${typeof allowed === "number" ? (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(allowed) : allowed}`);
    const wanted = rule["min-improvement"];
    if (wanted !== undefined)
        parts.push(`improvement ≥ ${typeof wanted === "number" ? (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(wanted) : wanted}`);
    if (rule.required === false)
        parts.push("optional");
    return parts.join("; ");
}
/** A rule's margin (an amount, or a percentage of the champion's value) in the metric's units. */
function allowedRegression(allowed, champion) {
    return typeof allowed === "number" ? allowed : (0,_engine_contracts_parse_share_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShare */ .n)(allowed) * Math.abs(champion);
}
/** Both values of a metric in the two files, and their difference. */
const compared = (name, challenger, champion) => (0,_eval_report_js__WEBPACK_IMPORTED_MODULE_2__/* .compareValues */ .ck)(champion?.values.get(name) ?? null, challenger.values.get(name) ?? null);
/** The absolute bounds, `min` and `max`, on the challenger's value. */
function checkBounds(rule, ch, found) {
    if (rule.min !== undefined) {
        const passed = ch >= rule.min - (0,_rounding_slack_js__WEBPACK_IMPORTED_MODULE_3__/* .roundingSlack */ .V)(ch, rule.min);
        found.checks.push({ rule: "min", limit: rule.min, passed });
        if (!passed)
            found.failures.push(`${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(ch)} is below the minimum ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(rule.min)}`);
    }
    if (rule.max !== undefined) {
        const passed = ch <= rule.max + (0,_rounding_slack_js__WEBPACK_IMPORTED_MODULE_3__/* .roundingSlack */ .V)(ch, rule.max);
        found.checks.push({ rule: "max", limit: rule.max, passed });
        if (!passed)
            found.failures.push(`${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(ch)} is above the maximum ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(rule.max)}`);
    }
}
/** `max-regression`: how far the challenger may fall behind the champion's value `cv`. */
function checkRegression(rule, ch, cv, found) {
    const allowed = rule["max-regression"];
    if (allowed === undefined)
        return;
    const regression = rule.direction === "higher" ? cv - ch : ch - cv;
    const limit = allowedRegression(allowed, cv);
    // A regression that equals its allowance must pass, whatever the last bits of either say.
    const passed = regression <= limit + (0,_rounding_slack_js__WEBPACK_IMPORTED_MODULE_3__/* .roundingSlack */ .V)(cv, ch, limit);
    // The limit is stated as the worst value the challenger may have.
    found.checks.push({
        rule: "max-regression",
        limit: rule.direction === "higher" ? cv - limit : cv + limit,
        passed,
    });
    if (passed)
        return;
    const share = cv !== 0 ? ` (${Number(((regression / Math.abs(cv)) * 100).toPrecision(3))}%)` : "";
    const allowance = typeof allowed === "number" ? (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(allowed) : `${allowed} (${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`;
    found.failures.push(`regressed by ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(regression)}${share}, more than the allowed ${allowance}`);
}
/** `min-improvement`: how far the challenger must move ahead of the champion's value `cv`. */
function checkImprovement(rule, ch, cv, found) {
    const wanted = rule["min-improvement"];
    if (wanted === undefined)
        return;
    const improvement = rule.direction === "higher" ? ch - cv : cv - ch;
    const limit = allowedRegression(wanted, cv);
    const passed = improvement >= limit - (0,_rounding_slack_js__WEBPACK_IMPORTED_MODULE_3__/* .roundingSlack */ .V)(cv, ch, limit);
    found.checks.push({
        rule: "min-improvement",
        limit: rule.direction === "higher" ? cv + limit : cv - limit,
        passed,
    });
    if (passed)
        return;
    const required = typeof wanted === "number" ? (0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(wanted) : `${wanted} (${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(limit)})`;
    found.failures.push(`improved by ${(0,_engine_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(improvement)}, less than the required ${required}`);
}
/** Why a metric the challenger lacks (or gives as text) has no value to judge. */
function missingReason(name, challenger) {
    const odd = challenger.nonNumeric.get(name);
    return odd !== undefined
        ? `is '${odd}' in the challenger's metrics, not a number`
        : `is missing from the challenger's metrics (${challenger.file})`;
}
function judgeMetric(name, rule, challenger, champion) {
    const values = compared(name, challenger, champion);
    const { challenger: ch, champion: cv } = values;
    const row = {
        metric: name,
        slice: null,
        gated: true,
        direction: rule.direction,
        ...values,
        rule: describeRule(rule),
    };
    const required = rule.required !== false;
    if (ch === null) {
        const why = missingReason(name, challenger);
        return required
            ? { ...row, checks: [], status: "fail", reason: why }
            : { ...row, checks: [], status: "skipped", reason: `${why}; not required` };
    }
    const found = { checks: [], failures: [] };
    checkBounds(rule, ch, found);
    const margin = rule["max-regression"] !== undefined ? "max-regression" : "min-improvement";
    if (rule[margin] !== undefined && champion) {
        if (cv !== null) {
            checkRegression(rule, ch, cv, found);
            checkImprovement(rule, ch, cv, found);
        }
        else if (required)
            found.failures.push(`is missing from the champion's metrics (${champion.file}), so ${margin} cannot be checked`);
    }
    const { checks, failures } = found;
    if (failures.length > 0)
        return { ...row, checks, status: "fail", reason: failures.join("; ") };
    if (checks.length === 0)
        return { ...row, checks, status: "info", reason: "no rule applied" };
    return { ...row, checks, status: "pass", reason: null };
}
const ungatedRow = (name, challenger, champion) => ({
    metric: name,
    gated: false,
    champion: champion?.values.get(name) ?? null,
    challenger: challenger.values.get(name) ?? null,
});
/**
 * Judges a challenger's aggregate metrics against the champion's under a policy. Every metric
 * the policy names gets a row with the reason for its status; metrics in the files that the
 * policy does not name are listed, ungated. Without a champion only absolute bounds apply.
 */
function judgeAggregate(policy, challenger, champion) {
    const gated = Object.entries(policy.metrics).map(([name, rule]) => judgeMetric(name, rule, challenger, champion));
    const names = new Set([...challenger.values.keys(), ...(champion?.values.keys() ?? [])]);
    const ungated = [...names]
        .filter((name) => !(name in policy.metrics))
        .sort()
        .map((name) => ungatedRow(name, challenger, champion));
    const notes = [];
    if (!champion) {
        const skipped = Object.values(policy.metrics).filter((rule) => rule["max-regression"] !== undefined || rule["min-improvement"] !== undefined).length;
        notes.push(`No champion was given (a first model), so only absolute bounds were applied${skipped ? `; ${(0,_engine_report_counted_js__WEBPACK_IMPORTED_MODULE_4__/* .counted */ .h)(skipped, "rule")} against the champion ${skipped === 1 ? "was" : "were"} not checked` : ""}.`);
    }
    const evaluated = gated.some((row) => row.status === "pass" || row.status === "fail");
    if (!evaluated) {
        notes.push("No rule could be evaluated (every gated metric was missing, optional, or needed a champion), so the gate cannot pass this model.");
    }
    return { verdict: (0,_engine_contracts_eval_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictOfRows */ .Em)("aggregate", gated), rows: [...gated, ...ungated], notes };
}


/***/ }),

/***/ 2757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ policyReads),
/* harmony export */   h: () => (/* binding */ readPolicyFirst)
/* harmony export */ });
/* harmony import */ var _engine_contracts_read_gate_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8169);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _engine_metrics_metric_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4532);




/** The column a metric needs beyond the label and the outcome of its task, if any. */
function neededColumn({ needs, column }) {
    if (needs === "label+score")
        return "score";
    return column === "latency" || column === "cost" ? column : undefined;
}
/**
 * The task of the predictions, regression when the policy gates a regression metric, and the
 * columns its required metrics read, each with those metrics: a metric that is not required is
 * skipped where the files cannot give it, so its column stays optional. Where no required metric
 * reads the label (a gate of per-example scores, latencies or costs), the files need neither a
 * label nor a prediction; where some do and others do not, a file without them is refused naming
 * those that do. A per-example score whose mean is judged by McNemar's test must be 0 or 1. A
 * name the registry does not know (`knowsMetric`, which reads a `top_<k>_accuracy` of any k) is
 * left to `checkPolicy`, which refuses it at its line.
 */
function policyReads(policy, exampleScores) {
    const gated = Object.entries(policy.metrics)
        .filter(([name]) => (0,_engine_metrics_metric_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .knowsMetric */ .T8)(name, exampleScores))
        .map(([name, rule]) => ({ rule, definition: (0,_engine_metrics_metric_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .metricDefinition */ .u8)(name, exampleScores) }));
    const regression = gated.some(({ definition }) => definition.task === "regression");
    const needs = {};
    const binaryScores = new Map();
    for (const { rule, definition } of gated) {
        const { scoreColumn, name } = definition;
        if (rule.method === "mcnemar" && scoreColumn !== undefined)
            binaryScores.set(scoreColumn, name);
        const column = rule.required === false ? undefined : neededColumn(definition);
        if (column !== undefined)
            (needs[column] ??= []).push(name);
    }
    const labelled = gated
        .filter(({ rule, definition }) => rule.required !== false && definition.needs !== "column")
        .map(({ definition }) => definition);
    if (labelled.length > 0 && gated.some(({ definition }) => definition.needs === "column")) {
        needs.label = labelled.map(({ name }) => name);
        const predicted = labelled.filter(({ needs }) => needs !== "label+score");
        if (predicted.length > 0)
            needs.prediction = predicted.map(({ name }) => name);
    }
    return {
        task: regression ? "regression" : "classification",
        needs,
        // A name the registry does not know may be a metric of labels, misspelt.
        outcomesOptional: labelled.length === 0 && gated.length === Object.keys(policy.metrics).length,
        binaryScores,
    };
}
/**
 * The policy file at `path` read for the check of a file's header that comes before the
 * policy's own, and handed on to `checkPolicy`: `undefined` where it cannot be read, as
 * `checkPolicy` then refuses it, after the file's kind is known.
 */
function readPolicyFirst(path, shownAs) {
    try {
        return (0,_engine_contracts_read_gate_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .readGatePolicy */ .cF)(path, shownAs);
    }
    catch (error) {
        if (error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6 || error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContractError */ .Vl)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 8361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   Rc: () => (/* binding */ commentAsPosted),
/* harmony export */   sK: () => (/* binding */ gateSummary)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _platform_github_comment_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1523);
/* harmony import */ var _platform_github_comment_blocker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5620);
/* harmony import */ var _platform_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6855);




/**
 * The comment as the pull request will hold it, after its hidden marker line: cut where the
 * sticky comment cuts it (GitHub's 65,536 characters), so that the comment file is the body
 * posted and posting it cuts nothing more.
 */
function commentAsPosted(comment, key, runUrl) {
    const marker = (0,_platform_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .stickyMarker */ .Y)(key);
    const options = runUrl ? { fullReportUrl: runUrl } : {};
    return (0,_platform_github_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .composeBody */ .h$)(marker, comment, options).body.slice(marker.length + 1);
}
/**
 * Posts the comment on the run's pull request where the mode asks for it. Outside GitHub (the
 * CLI on a laptop) auto has nowhere to post and nothing to explain. A failed post (comment:
 * always, GitHub unreachable) is returned, not thrown: the verdict and reports stand.
 */
async function postComment(request, context) {
    const { mode, key, body } = request;
    const github = { ...context.github, token: request.token ?? context.github.token };
    if (mode === "never" || (mode === "auto" && !github.repo))
        return {};
    try {
        const blocker = (0,_platform_github_comment_blocker_js__WEBPACK_IMPORTED_MODULE_2__/* .commentBlocker */ .Q)(github, mode);
        if (blocker)
            return { outcome: (0,_platform_github_comment_blocker_js__WEBPACK_IMPORTED_MODULE_2__/* .notPosted */ .n)(mode, blocker) };
        // The GitHub client is loaded only when a comment can be posted: a local run starts faster.
        const { publishComment } = await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(581)]).then(__webpack_require__.bind(__webpack_require__, 5581));
        return { outcome: await publishComment(github, { mode, key, body, log: context.log }) };
    }
    catch (error) {
        if (!(error instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MlopsError */ .IC))
            throw error;
        return { failure: error.line };
    }
}
/** The job summary: the whole comment (not cut at the comment's limit), and where it went. */
function gateSummary(comment, { outcome, failure }) {
    if (failure) {
        return `> **The pull-request comment failed**: ${failure}. It is this summary.\n\n${comment}`;
    }
    if (!outcome)
        return comment;
    return outcome.posted
        ? `${comment}\n[This comment on the pull request](${outcome.url}) (${outcome.action}).\n`
        : `> The pull-request comment was not posted: ${outcome.reason}. It is this summary.\n\n${comment}`;
}


/***/ }),

/***/ 2217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ renderComment)
});

// EXTERNAL MODULE: ./shared/dist/engine/report/counted.js
var counted = __webpack_require__(3262);
// EXTERNAL MODULE: ./shared/dist/engine/report/format-number.js
var format_number = __webpack_require__(5588);
// EXTERNAL MODULE: ./shared/dist/engine/report/markdown-table.js
var markdown_table = __webpack_require__(6062);
// EXTERNAL MODULE: ./shared/dist/engine/report/report-headline.js
var report_headline = __webpack_require__(2153);
// EXTERNAL MODULE: ./shared/dist/engine/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(5579);
// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/eval-report.js
var eval_report = __webpack_require__(7364);
// EXTERNAL MODULE: ./shared/dist/engine/report/group-digits.js
var group_digits = __webpack_require__(7382);
// EXTERNAL MODULE: ./shared/dist/engine/report/shorten.js
var shorten = __webpack_require__(1701);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/reason-lines.js



/**
 * A metric name as code, where `recall@10` is copied exactly and makes no mention or link; a
 * name of thousands of characters is cut, so that it cannot crowd the other metrics out.
 */
const metricName = (row, options = {}) => (0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(row.metric), options);
/** Whether a row has a reason the comment gives: one that did not pass, and says why. */
const explained = (row) => row.reason !== null && row.status !== "pass";
/**
 * The reason of a row judged on too few examples, as the evidence words it ("only 17 positive
 * examples, fewer than the 30 min-samples; counted as inconclusive (on-insufficient)"), with
 * the min-samples it was held to.
 */
const SHORT_OF_SAMPLES = /, fewer than the ([\d,]+) min-samples; counted as \w+ \(on-insufficient\)$/;
/**
 * What makes rows short of min-samples judged, said once under their reasons, not on each: in
 * slices, a lower `slices.min-samples` or no slices for the metric; anywhere, more examples, or
 * `on-insufficient: pass`, which passes every such row unjudged, the rows on all examples too.
 */
function shortOfSamples(rows) {
    const short = rows.map((row) => [row, SHORT_OF_SAMPLES.exec(row.reason ?? "")]);
    return [true, false].flatMap((sliced) => {
        const found = short.filter(([row, match]) => match && (row.slice !== null) === sliced);
        if (found.length === 0)
            return [];
        const one = found.length === 1;
        const these = one
            ? `the ${sliced ? "slice " : ""}row above that has`
            : `the ${(0,counted/* counted */.h)(found.length, sliced ? "slice row" : "row")} above that have`;
        const fixes = sliced
            ? "lower `slices.min-samples`, or set `slices: false` under a metric to judge it on all examples only"
            : "more examples, or a lower `min-samples`";
        return [
            `- To judge ${these} fewer than the ${found[0][1][1]} min-samples: ${fixes}; \`on-insufficient: pass\` would pass ${one ? "it" : "them"} unjudged instead (and every other row short of examples).`,
        ];
    });
}
/**
 * One bullet per row that did not pass, saying why: its metric, its slice and its status; then,
 * once for all the rows short of min-samples, the policy keys that would have them judged.
 */
const reasonLines = (rows) => {
    const shown = rows.filter(explained);
    return [
        ...shown.map((row) => `- ${metricName(row)}${row.slice === null ? "" : ` in ${(0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(row.slice))}`} (${row.status}): ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(row.reason ?? "")}`),
        ...shortOfSamples(shown),
    ];
};

// EXTERNAL MODULE: ./shared/dist/use-cases/eval-gate/rounding-slack.js
var rounding_slack = __webpack_require__(4546);
;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/status-label.js
/** How a row's status reads in the comment's tables. */
const STATUS_LABEL = {
    pass: "✅ pass",
    fail: "❌ fail",
    inconclusive: "❔ inconclusive",
    skipped: "⏭️ skipped",
    info: "ℹ️ info",
};
/** How a status reads in a count of rows: `15 failed, 955 inconclusive`. */
const STATUS_WORD = {
    fail: "failed",
    inconclusive: "inconclusive",
    pass: "passed",
    skipped: "skipped",
    info: "info",
};

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/render-evidence.js









const FAIRNESS = new Set(["demographic_parity_difference", "equalized_odds_difference"]);
/** A change of a row's metric turned so that worse is positive. */
const turned = (row, change) => (row.direction === "lower" ? change : -change);
/** The change turned so that worse is positive; 0 where there is none, or none to tell. */
function worsening(row) {
    if (row.delta === null)
        return 0;
    // Sums in a different order differ in the last bits: that is no change.
    if (Math.abs(row.delta) <= (0,rounding_slack/* roundingSlack */.V)(row.champion ?? 0, row.challenger ?? 0))
        return 0;
    return turned(row, row.delta);
}
/** Improvements and regressions marked by the metric's better direction. */
function marked(row) {
    if (row.delta === null)
        return "—";
    const worse = worsening(row);
    if (worse === 0)
        return "0";
    return `${(0,format_number/* formatSigned */.Gp)(row.delta)}${worse < 0 ? " ▲" : " ▼"}`;
}
const STATUS_ORDER = {
    fail: 0,
    inconclusive: 1,
    pass: 2,
    skipped: 3,
    info: 4,
};
/** A row's tier: its status's place, a passed row that got worse before the other passed ones. */
const tier = (row) => 2 * STATUS_ORDER[row.status] + (row.status === "pass" && worsening(row) <= 0 ? 1 : 0);
/**
 * How far a row's challenger lies past the limits of its rule (the one it is furthest past, or
 * nearest to), in units of the room each gives (from the limit to the champion's value, or to 0
 * without one): 1 a whole margin past it, 0 at it, below 0 inside it. Rows of metrics in other units (a latency in ms, an
 * accuracy in points) thus rank alike. A row without a limit has its change relative to the
 * champion's value instead, turned so that worse is positive.
 */
function pastLimit(row) {
    const { challenger, champion } = row;
    if (challenger === null || row.checks.length === 0) {
        return row.relative_delta === null || worsening(row) === 0
            ? 0
            : turned(row, row.relative_delta);
    }
    return Math.max(...row.checks.map(({ rule, limit }) => {
        const ceiling = rule === "max" || (rule !== "min" && row.direction === "lower");
        const past = ceiling ? challenger - limit : limit - challenger;
        // A limit at the champion's value (a margin of 0) leaves no room: any step past it counts.
        return past === 0 ? 0 : past / Math.abs(limit - (champion ?? 0));
    }));
}
/** Larger first, infinities included (a margin of 0 leaves no room: `pastLimit`). */
const descending = (a, b) => (a > b ? -1 : a < b ? 1 : 0);
/**
 * Most important first, by tier: the failures, the inconclusive rows, the passed rows that got
 * worse, then the other passed rows, the skipped and the info ones; within a tier, the rows
 * furthest past their rule's limit (`pastLimit`) first.
 */
function byImportance(rows) {
    return [...rows].sort((a, b) => tier(a) - tier(b) || descending(pastLimit(a), pastLimit(b)));
}
/**
 * The most slice rows the comment shows. With names cut at 200 characters a row and its reason
 * take at most about 1,500 characters, so 25 of them fill at most 37,500 of GitHub's 65,536 and
 * leave the rest to the rows on all examples, which are always whole; and 25 are as many as a
 * reviewer reads before turning to the report, which lists every row.
 */
const SHOWN_SLICE_ROWS = 25;
/** The slice rows past the comment's bound, the least important: only the report lists them. */
function leftToReport(gated) {
    return new Set(byImportance(gated.filter((row) => row.slice !== null)).slice(SHOWN_SLICE_ROWS));
}
/** `955 inconclusive, 20 passed`: rows counted by status, in the order of importance. */
function byStatus(rows) {
    return Object.keys(STATUS_ORDER)
        .map((status) => [status, rows.filter((row) => row.status === status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${(0,group_digits/* groupDigits */.K)(n)} ${STATUS_WORD[status]}`)
        .join(", ");
}
function interval(row) {
    const e = row.evidence;
    if (!e?.interval)
        return "—";
    const level = `${(0,format_number/* formatNumber */.ZV)(Number((e.confidence * 100).toPrecision(4)))}%`;
    // Bounds alone judge the challenger's own value, not its change.
    return e.interval_of === "challenger"
        ? `value in [${(0,format_number/* formatNumber */.ZV)(e.interval.lower)}, ${(0,format_number/* formatNumber */.ZV)(e.interval.upper)}] at ${level}`
        : `[${(0,format_number/* formatSigned */.Gp)(e.interval.lower)}, ${(0,format_number/* formatSigned */.Gp)(e.interval.upper)}] at ${level}`;
}
/**
 * A p-value as the table shows it. A computed 0 is never the truth: a tail too small for a
 * double, or an interval of zero width. It reads as a bound, as R prints `< 2.2e-16` for what it
 * cannot resolve: `< 1e-300`, never `0`. One at the bootstrap's floor, 1 / (resamples + 1),
 * reads as the bound it is: `≤ 0.01998`.
 */
function pValue(row) {
    const p = row.evidence?.p_adjusted;
    if (p === null || p === undefined)
        return "—";
    if (p === 0)
        return "< 1e-300";
    // Every resample on one side: the bootstrap can say no smaller, not that it is this.
    return row.evidence?.p_at_floor ? `≤ ${(0,format_number/* formatNumber */.ZV)(p)}` : (0,format_number/* formatNumber */.ZV)(p);
}
/**
 * The table's titles. The p column is adjusted by the policy's correction; under `correction:
 * none` it holds each check's own two-sided p-value (Holm over a check's two claims leaves the
 * smaller one's doubled, which is that), and is titled so. A report from before the field
 * keeps the title it had.
 */
const headers = (correction) => [
    "Metric",
    "Champion",
    "Challenger",
    "Delta",
    "Interval of the delta",
    correction === "none" ? "p" : "p (adj.)",
    "Rule",
    "Status",
];
const ALIGN = ["left", "right", "right", "right", "left", "right", "left", "left"];
const rowName = (row) => row.slice === null
    ? (0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(row.metric), { inTable: true })
    : `${(0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(row.metric), { inTable: true })} in ${(0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(row.slice), { inTable: true })}`;
const cells = (row) => [
    rowName(row),
    (0,format_number/* formatNumber */.ZV)(row.champion),
    (0,format_number/* formatNumber */.ZV)(row.challenger),
    marked(row),
    interval(row),
    pValue(row),
    (0,sanitize_markdown/* sanitizeMarkdown */.LO)(row.rule),
    STATUS_LABEL[row.status],
];
/** ▲ and ▼ say better and worse by the metric's direction, not up and down: a loss falls ▲. */
const LEGEND = "_▲ better, ▼ worse, by each metric's direction (a lower loss is ▲)._";
/** A table of judged rows, most important first, with the legend of its marks when it has any. */
function evidenceTable(rows, titles) {
    const sorted = byImportance(rows);
    const table = (0,markdown_table/* markdownTable */.Q)(titles, sorted.map(cells), ALIGN);
    return sorted.some((row) => /[▲▼]$/.test(marked(row))) ? `${table}\n\n${LEGEND}` : table;
}
/**
 * A section folded away, with the count of rows that did not pass in its title. The rows the
 * comment leaves to the report are counted there, not shown.
 */
function folded(title, rows, left, titles) {
    if (rows.length === 0)
        return [];
    const shown = rows.filter((row) => !left.has(row));
    const notPassed = rows.filter((r) => r.status === "fail" || r.status === "inconclusive").length;
    const bound = shown.length < rows.length ? `; the ${(0,group_digits/* groupDigits */.K)(shown.length)} most important shown` : "";
    const summary = `${title}: ${(0,counted/* counted */.h)(rows.length, "row")}${notPassed ? `, ${(0,group_digits/* groupDigits */.K)(notPassed)} not passed` : ""}${bound}`;
    // A section with a failure opens by itself: what decided the verdict is never hidden.
    const open = rows.some((r) => r.status === "fail") ? " open" : "";
    const why = reasonLines(shown.filter(foldedReason));
    return [
        "",
        `<details${open}><summary>${summary}</summary>`,
        "",
        evidenceTable(shown, titles),
        ...(why.length ? ["", ...why] : []),
        "",
        "</details>",
    ];
}
/** After the folded sections: how many slice rows the comment leaves out, and where they are. */
function leftLine(left, reportName) {
    if (left.size === 0)
        return [];
    const more = (0,counted/* counted */.h)(left.size, "more slice row");
    return [
        "",
        `${more} ${left.size === 1 ? "is" : "are"} not shown here (${byStatus([...left])}): ${reportName} lists every row.`,
    ];
}
/** A row explained under its folded section, not among the comment's first reasons. */
const foldedReason = (row) => row.slice !== null && row.status === "inconclusive";
/**
 * A Mermaid chart of each overall delta with its interval, turned so that up is better for
 * every metric, against the margin it had to clear (the dashed line at the edge).
 */
function deltaChart(rows) {
    const shown = rows.filter((r) => r.slice === null &&
        r.evidence?.interval_of === "delta" &&
        r.evidence.interval &&
        r.delta !== null);
    if (shown.length === 0)
        return [];
    const up = (row, v) => (row.direction === "lower" ? -v : v);
    const edge = (row) => {
        const check = row.checks.find((c) => c.rule === "max-regression" || c.rule === "min-improvement");
        return check && row.champion !== null ? up(row, check.limit - row.champion) : 0;
    };
    const series = (values) => `[${values.map((v) => Number(v.toPrecision(6))).join(", ")}]`;
    const lows = shown.map((r) => up(r, r.direction === "lower" ? r.evidence.interval.upper : r.evidence.interval.lower));
    const highs = shown.map((r) => up(r, r.direction === "lower" ? r.evidence.interval.lower : r.evidence.interval.upper));
    const names = shown.map((r) => `"${(0,sanitize_markdown/* sanitizeMermaidLabel */.T$)(r.metric, 24)}"`);
    return [
        "",
        "```mermaid",
        "xychart-beta",
        '  title "Change of each metric, better upwards: interval (lines) and margin"',
        `  x-axis [${names.join(", ")}]`,
        '  y-axis "change, better upwards"',
        `  bar ${series(shown.map((r) => up(r, r.delta)))}`,
        `  line ${series(lows)}`,
        `  line ${series(highs)}`,
        `  line ${series(shown.map(edge))}`,
        "```",
        "",
        "_Bars: the change; lines: the interval's ends and the margin's edge (a row passes when the lower line is above the edge)._",
    ];
}
/** The pairing in one sentence. */
function pairingLine(report) {
    const p = report.pairing;
    if (!p)
        return [];
    const left = p.champion_unpaired +
        p.challenger_unpaired +
        p.champion_duplicates +
        p.challenger_duplicates +
        // An id whose two files give different labels leaves out its row in each.
        2 * p.label_mismatches;
    return [
        "",
        `Paired ${(0,counted/* counted */.h)(p.paired, "example")} by id${left ? `; ${(0,counted/* counted */.h)(left, "row")} left out (see the unpaired examples row)` : ", every row of both files"}${p.positive_class === undefined ? "" : `; the positive class is ${(0,sanitize_markdown/* codeSpan */.SS)((0,shorten/* shorten */.ml)(p.positive_class))}`}.`,
    ];
}
/**
 * The evidence part of the comment: overall rows, chart, slices and fairness. The rows on all
 * examples are always whole; the slice rows in `left` are only counted, with `reportName`, the
 * eval report as the comment names it, where they are.
 */
function evidenceSections(report, gated, left, reportName) {
    const overall = gated.filter((r) => r.slice === null && !FAIRNESS.has(r.metric));
    const slices = gated.filter((r) => r.slice !== null && !FAIRNESS.has(r.metric));
    const fairness = gated.filter((r) => FAIRNESS.has(r.metric));
    const titles = headers(report.correction);
    return [
        ...pairingLine(report),
        ...(overall.length ? ["", evidenceTable(overall, titles)] : []),
        ...deltaChart(overall),
        ...folded("Slices", slices, left, titles),
        ...folded("Fairness", fairness, left, titles),
        ...leftLine(left, reportName),
    ];
}

;// CONCATENATED MODULE: ./shared/dist/use-cases/eval-gate/render-comment.js









function delta(row) {
    if (row.delta === null)
        return "—";
    return row.relative_delta === null
        ? (0,format_number/* formatSigned */.Gp)(row.delta)
        : `${(0,format_number/* formatSigned */.Gp)(row.delta)} (${(0,format_number/* formatPercent */.l9)(row.relative_delta)})`;
}
const render_comment_cells = (row) => [
    metricName(row, { inTable: true }),
    (0,format_number/* formatNumber */.ZV)(row.champion),
    (0,format_number/* formatNumber */.ZV)(row.challenger),
    delta(row),
    (0,sanitize_markdown/* sanitizeMarkdown */.LO)(row.rule),
    STATUS_LABEL[row.status],
];
const HEADERS = ["Metric", "Champion", "Challenger", "Delta", "Rule", "Status"];
const render_comment_ALIGN = ["left", "right", "right", "right", "left", "left"];
/**
 * Why each gated metric that did not pass did not, failures first: every failure the comment
 * shows, and the rows on all examples; a slice that is only inconclusive is explained under the
 * slices, where a dozen of them would otherwise bury the rows that decided the verdict. The slice
 * rows past the comment's bound (`left`) are counted, their reasons left to the report, which
 * `reportName` names as the comment does.
 */
function reasons(gated, left, reportName) {
    const shown = gated.filter((row) => !left.has(row));
    const lines = reasonLines(shown.filter((row) => row.slice === null || row.status === "fail"));
    const elsewhere = shown.filter((row) => foldedReason(row) && explained(row)).length;
    const unexplained = [...left].filter((row) => row.status === "fail" || foldedReason(row));
    const pointers = [
        ...(elsewhere
            ? [`- ${(0,counted/* counted */.h)(elsewhere, "inconclusive slice row")}: the reasons are under the slices.`]
            : []),
        ...(unexplained.length
            ? [
                `- ${(0,counted/* counted */.h)(unexplained.length, "more slice row")} not shown (${byStatus(unexplained)}): the reasons are in ${reportName}.`,
            ]
            : []),
    ];
    if (lines.length + pointers.length === 0)
        return [];
    return ["", "**Reasons**", "", ...lines, ...pointers];
}
/** The metrics the policy does not name, folded away under a count. */
function ungatedSection(ungated) {
    if (ungated.length === 0)
        return [];
    const table = (0,markdown_table/* markdownTable */.Q)(HEADERS.slice(0, 4), ungated.map((row) => render_comment_cells(row).slice(0, 4)), render_comment_ALIGN);
    const title = `${(0,counted/* counted */.h)(ungated.length, "metric")} not in the policy`;
    return ["", `<details><summary>${title}</summary>`, "", table, "", "</details>"];
}
/** The eval report as the comment names it where it points to rows it leaves out. */
function reportName(place) {
    if (!place)
        return "the eval report";
    return "artifact" in place
        ? `the eval report (artifact ${(0,sanitize_markdown/* codeSpan */.SS)(place.artifact)})`
        : `the eval report (${(0,sanitize_markdown/* codeSpan */.SS)(place.path)})`;
}
/** Where the run keeps the eval report: said only once the upload's outcome is known. */
function reportLine(runUrl, place) {
    if ("artifact" in place) {
        return `[The run](${runUrl}) holds the eval report as the artifact ${(0,sanitize_markdown/* codeSpan */.SS)(place.artifact)}.`;
    }
    return `The eval report is ${(0,sanitize_markdown/* codeSpan */.SS)(place.path)} on the runner of [the run](${runUrl}), not uploaded as an artifact (${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(place.notUploaded)}).`;
}
/**
 * The champion-vs-challenger comment: the verdict, the reason for each failure, a diff table of
 * the gated metrics (failing ones first), and the ungated metrics folded away. Every string of
 * the report is sanitised: it may come from a fork's run (comment: from-fork-run).
 */
function renderComment(report, where = {}) {
    const rows = report.rows.map(eval_report/* judgedRow */.sV);
    const failed = rows.filter((row) => row.gated && row.status === "fail");
    // Failing rows first, here and in every cut of the text at a length (the comment's limit, the
    // summary's), so that such a cut takes passing rows before failures. The bound on slice rows
    // (`leftToReport`) is no such cut: past the most important, it counts failing slice rows too,
    // while the rows on all examples stay, passed or not.
    const gated = [...failed, ...rows.filter((row) => row.gated && row.status !== "fail")];
    // Slice rows by the thousand would bury the rest and run past the limit: the least important
    // are only counted, and the report lists them all.
    const left = leftToReport(gated);
    const named = reportName(where.report);
    const undecided = gated.filter((row) => row.status === "inconclusive").length;
    const detail = {
        pass: "",
        fail: `${failed.length} of ${(0,counted/* counted */.h)(gated.length, `gated ${report.mode === "predictions" ? "row" : "metric"}`)} failed`,
        inconclusive: undecided
            ? `${undecided} of ${(0,counted/* counted */.h)(gated.length, "gated row")} could not be decided`
            : "no rule could be evaluated",
    }[report.verdict];
    const against = report.champion ? `champion ${(0,sanitize_markdown/* codeSpan */.SS)(report.champion.file)}` : "no champion";
    const parts = [
        (0,report_headline/* reportHeadline */.J)("eval-gate", report.verdict, detail),
        "",
        `Challenger ${(0,sanitize_markdown/* codeSpan */.SS)(report.challenger.file)} against ${against}, under policy ${(0,sanitize_markdown/* codeSpan */.SS)(report.policy.file)}.`,
        // Notes are the gate's own sentences, but a report from a fork's run may say anything.
        ...report.notes.map((note) => `\n> ${(0,sanitize_markdown/* sanitizeMarkdown */.LO)(note)}`),
        // The reasons come before the table: a comment cut at GitHub's limit keeps them.
        ...reasons(gated, left, named),
        ...(report.mode === "predictions"
            ? evidenceSections(report, gated, left, named)
            : ["", (0,markdown_table/* markdownTable */.Q)(HEADERS, gated.map(render_comment_cells), render_comment_ALIGN)]),
        ...ungatedSection(rows.filter((row) => !row.gated)),
    ];
    if (report.model)
        parts.push("", `Model sha256: ${(0,sanitize_markdown/* codeSpan */.SS)(report.model.sha256)}`);
    // The run's URL is GitHub's own, not the report's: a fork's report never sets it.
    if (where.runUrl && where.report)
        parts.push("", reportLine(where.runUrl, where.report));
    return `${parts.join("\n")}\n`;
}


/***/ }),

/***/ 4546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ roundingSlack)
/* harmony export */ });
/**
 * How far apart two computations of one value may land at the size of `values` (sums taken in
 * another order, a margin taken as a share of a value differ in their last bits): relative to
 * the largest of them, so that a metric of any scale is judged alike, an MSE of 1e-14 as an
 * accuracy of 0.9; 0 where all are 0.
 */
const roundingSlack = (...values) => 1e-12 * Math.max(...values.map((value) => Math.abs(value)));


/***/ })

};
