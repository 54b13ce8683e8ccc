export const id = 236;
export const ids = [236];
export const modules = {

/***/ 4597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ evalReportContract)
});

;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/eval-report.schema.json
const eval_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.eval-report/v1","title":"Eval report","description":"The verdict of eval-gate, with a row per metric and slice: champion, challenger, delta, rule, status and reason, and, when judged on per-example predictions, the interval of the delta and its test; a metric the policy does not name has a compact row of its values.","type":"object","additionalProperties":false,"required":["schema","tool","created_at","mode","verdict","challenger","champion","policy","model","rows","counts","notes"],"properties":{"schema":{"const":"mlops.eval-report/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"created_at":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T"},"mode":{"enum":["aggregate","predictions"],"description":"aggregate: two metric files compared as numbers; predictions: per-example predictions paired by id, each delta judged on its confidence interval."},"verdict":{"enum":["pass","fail","inconclusive"]},"challenger":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"champion":{"oneOf":[{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},{"type":"null"}]},"policy":{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"model":{"oneOf":[{"type":"object","additionalProperties":false,"required":["file","sha256"],"properties":{"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},{"type":"null"}]},"rows":{"type":"array","items":{"oneOf":[{"type":"object","additionalProperties":false,"required":["metric","slice","gated","direction","champion","challenger","delta","relative_delta","rule","checks","status","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":["string","null"]},"gated":{"type":"boolean"},"direction":{"enum":["higher","lower",null]},"champion":{"type":["number","null"]},"challenger":{"type":["number","null"]},"delta":{"type":["number","null"]},"relative_delta":{"type":["number","null"]},"rule":{"type":"string"},"checks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","limit","passed"],"properties":{"rule":{"enum":["min","max","max-regression","min-improvement"]},"limit":{"type":"number"},"passed":{"type":"boolean","description":"True when the check passed. False both when it failed and, in mode predictions, when its evidence could not decide it: read status (the check\'s, or the row\'s) to tell a fail from an inconclusive."},"status":{"enum":["pass","fail","inconclusive"],"description":"The check\'s verdict (mode predictions; reports before it have only passed). A row\'s status is the worst of its checks\'."}}}},"status":{"enum":["pass","fail","inconclusive","skipped","info"],"description":"The row\'s verdict: what a script should read, as checks[].passed is false for an inconclusive check as for a failed one."},"reason":{"type":["string","null"]},"evidence":{"description":"How the delta was judged on per-example predictions (mode predictions only).","type":"object","additionalProperties":false,"required":["method","n","confidence","interval","interval_of","p_value","p_adjusted","mde","examples_needed"],"properties":{"method":{"enum":["mcnemar","wilson","delong","bootstrap"],"description":"The method of the interval shown: mcnemar for a proportion\'s paired comparison with the champion (Tango\'s score interval of the difference, McNemar\'s test at no difference), wilson for a proportion\'s own value held to a min or max (Wilson\'s score interval), delong for a ROC AUC, bootstrap otherwise. Earlier reports wrote mcnemar for wilson."},"n":{"type":"integer","minimum":0,"description":"Paired examples in the row\'s slice."},"resamples":{"type":"integer","minimum":1,"description":"The bootstrap resamples the row was judged on (method bootstrap only): the policy\'s resamples, else by default enough that each end of an interval at the strictest level the correction can test at rests on 50 resamples, at least 1,000 and at most 20,000 (docs/eval-gate-evidence.md)."},"resamples_redrawn":{"type":"integer","minimum":1,"description":"Present where some draws were thrown away and drawn again because the metric was not defined on them: how many. Any draw on which either model\'s metric is not a number is; so, for a binary classifier where the row has them, is a resample without a positive example (a recall, an average precision), without a positive prediction of a model (its precision), without either (an F1), with one class (a ROC AUC, a balanced accuracy), or whose labels or a model\'s predictions hold one class (an mcc). The resamples are then the bootstrap given a defined metric, rather than one with scikit-learn\'s value there (zero_division\'s 0, an mcc of 0) in their place."},"support":{"type":"object","additionalProperties":false,"required":["count","of"],"properties":{"count":{"type":"integer","minimum":0},"of":{"type":"string","description":"What the counted examples are, as the reason names them: \'positive examples\'."}},"description":"Present when the metric rests on some of the n examples only (a recall on the positive ones, a precision on the positive predictions, a macro average on its smallest class): min-samples is held against this count."},"confidence":{"type":"number","exclusiveMinimum":0,"maximum":1},"interval_of":{"enum":["delta","challenger"],"description":"What the interval bounds: the delta (a rule against the champion) or the challenger\'s value (absolute bounds only)."},"interval":{"description":"The interval at the confidence after correction, or null when it could not be computed.","oneOf":[{"type":"object","additionalProperties":false,"required":["lower","upper"],"properties":{"lower":{"type":"number"},"upper":{"type":"number"}}},{"type":"null"}]},"p_value":{"type":["number","null"],"description":"The two-sided p-value of the shown check (the comparison, else the first bound) at its edge, the margin or the bound: min(1, 2 p), p the smaller of the p-values of its two one-sided claims, that the true value lies on the passing side of the edge and that it lies on the failing side."},"p_adjusted":{"type":["number","null"],"description":"That smaller one-sided p (p_value / 2) after the policy\'s correction over every claim of the family: two per check of each row judged (the notes give their number); without correction, over the check\'s own two. With one check per row, statsmodels\' multipletests(ps + [1] * len(ps), method=\'holm\'), ps the rows\' p_value / 2, gives it: each check\'s other claim has a p-value of at least 0.5, at least each check\'s smaller one, so standing it in with 1 changes no Holm-adjusted value (and no Benjamini-Hochberg one below 0.5)."},"p_at_floor":{"type":"boolean","description":"Present and true when p_value is the smallest the method can give (a bootstrap with every resample on one side): the p-values are bounds, not values."},"normal_approximation":{"type":"boolean","description":"Present and true when the interval\'s ends or the p-values lie beyond the bootstrap\'s resamples, where they come from its normal bootstrap interval, the estimate ± z standard errors of the resamples (Efron & Tibshirani 1993, ch. 13). Only in a family whose correction tests at a level below 1 / (resamples + 1), which the percentiles cannot resolve, for a check they left undecided at that floor. The interval is the normal one where its level is beyond that floor (the reason then says \'normal approximation\'); at a level the percentiles resolve it is theirs, beside a p_value below 2 / (resamples + 1)."},"mde":{"type":["number","null"],"description":"For an inconclusive row: the smallest distance from the edge (the margin or the bound) that this many examples detect at power 0.8. For method wilson, the distance beyond the bound an estimate must lie for its Wilson interval at this confidence to clear it (where the interval is lopsided, near 0 or 1, the spread at the bound is what decides)."},"examples_needed":{"type":["integer","null"],"description":"About how many paired examples would settle an inconclusive row if the observed value holds: where mde equals the observed distance from the edge. For method wilson, exactly where the Wilson interval at the observed proportion (and the same share of support, such as positive examples) clears the bound."}}}},"description":"A metric\'s judgement, for every gated metric; reports written before 0.2 also give ungated metrics in this form."},{"description":"A metric the policy does not name, with only its values: its delta and relative delta follow from them, its rule is \'not in the policy\', it has no checks, direction, slice or reason, and its status is \'info\'.","type":"object","additionalProperties":false,"required":["metric","gated","champion","challenger"],"properties":{"metric":{"type":"string"},"gated":{"const":false},"champion":{"type":["number","null"]},"challenger":{"type":["number","null"]}}}]}},"counts":{"type":"object","additionalProperties":false,"required":["pass","fail","skipped","info"],"properties":{"pass":{"type":"integer"},"fail":{"type":"integer"},"skipped":{"type":"integer"},"info":{"type":"integer"},"inconclusive":{"type":"integer"}}},"notes":{"type":"array","items":{"type":"string"}},"correction":{"enum":["holm","bh","none"],"description":"The policy\'s multiple-testing correction (mode predictions only): what each row\'s evidence.p_adjusted is adjusted by. Under none it is the check\'s own two-sided p-value, equal to p_value. Absent from reports written before it."},"pairing":{"description":"How the two predictions files paired by id (mode predictions only).","type":"object","additionalProperties":false,"required":["paired","champion_unpaired","challenger_unpaired","champion_duplicates","challenger_duplicates","label_mismatches"],"properties":{"paired":{"type":"integer","minimum":0},"champion_unpaired":{"type":"integer","minimum":0},"challenger_unpaired":{"type":"integer","minimum":0},"champion_duplicates":{"type":"integer","minimum":0},"challenger_duplicates":{"type":"integer","minimum":0},"label_mismatches":{"type":"integer","minimum":0},"positive_class":{"description":"The positive class of a binary classifier, as the label column writes it.","type":"string"}}},"run":{"description":"The training run that made the challenger: its run record (mlops.run-record/v1).","type":"object","additionalProperties":false,"required":["id","file","sha256"],"properties":{"id":{"type":"string"},"file":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}}}');
// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/eval-report.js


const evalReportContract = (0,validate/* writtenContract */._l)("mlops.eval-report/v1", eval_report_schema_namespaceObject, "An eval report is the JSON eval-gate writes at its report-path (mlops-out/eval-report.json by default)");


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ verdictOfRows),
/* harmony export */   V1: () => (/* binding */ DECIDED),
/* harmony export */   ip: () => (/* binding */ countStatuses)
/* harmony export */ });
/* unused harmony export decidedRows */
/* harmony import */ var _evidence_judge_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6560);
/**
 * What an eval report's rows imply about the rest of it: its counts and its verdict. eval-gate
 * writes both from these functions, and promote holds a report given as evidence to them, so a
 * report whose headline was edited by hand cannot pass for one that passed.
 */

/** Rows by status; an ungated metric's compact row is `info`. */
const countStatuses = (rows) => {
    const counts = {
        pass: 0,
        fail: 0,
        inconclusive: 0,
        skipped: 0,
        info: 0,
    };
    for (const row of rows)
        counts["status" in row ? row.status : "info"]++;
    return counts;
};
/** The statuses of a row a rule or its evidence decided. */
const DECIDED = ["pass", "fail", "inconclusive"];
/**
 * The rows a verdict combines: on per-example predictions, those judged on their evidence (the
 * unpaired-examples row has none: it can fail the gate, never pass it alone); on metrics files,
 * the gated rows a rule decided.
 */
function decidedRows(mode, rows) {
    return rows.filter((row) => row.gated &&
        "status" in row &&
        (mode === "predictions" ? row.evidence !== undefined : DECIDED.includes(row.status)));
}
/**
 * The verdict of a report's rows: `fail` where any gated row failed (a metric, or too many
 * unpaired examples), else the combined verdict of the rows decided, `inconclusive` where none
 * was: a gate never passes a model it never checked.
 */
function verdictOfRows(mode, rows) {
    if (rows.some((row) => row.gated && "status" in row && row.status === "fail"))
        return "fail";
    return (0,_evidence_judge_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .combinedVerdict */ .F)(decidedRows(mode, rows).map((row) => row.status));
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ runRecordContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/validate.js + 2 modules
var validate = __webpack_require__(781);
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/schemas/run-record.schema.json
const run_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.run-record/v1","title":"mlops.run-record/v1","description":"One training run: the command and how it ended, params, metrics with their histories, git state, the machine, GPU usage, and the model\'s and data\'s digests. Numbers are finite or null.","type":"object","additionalProperties":false,"required":["schema","tool","run_id","status","error","command","started_at","ended_at","duration_s","exit_code","signal","timeout_s","params","metrics","git","github","environment","gpu","model","data_digests","notes"],"definitions":{"stat":{"type":"object","additionalProperties":false,"required":["mean","max"],"properties":{"mean":{"type":["number","null"]},"max":{"type":["number","null"]}}},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"properties":{"schema":{"const":"mlops.run-record/v1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"mlops"},"version":{"type":"string"}}},"run_id":{"type":"string","minLength":1},"status":{"enum":["succeeded","failed","timed-out","cancelled"]},"error":{"type":["string","null"]},"command":{"type":"object","additionalProperties":false,"required":["argv","shell"],"properties":{"argv":{"type":"array","minItems":1,"items":{"type":"string"}},"shell":{"type":"boolean"}}},"started_at":{"type":"string","minLength":1},"ended_at":{"type":"string","minLength":1},"duration_s":{"type":"number","minimum":0},"exit_code":{"type":["integer","null"]},"signal":{"type":["string","null"]},"timeout_s":{"type":["number","null"],"exclusiveMinimum":0},"params":{"type":"object"},"metrics":{"type":"object","additionalProperties":false,"required":["file","final","history"],"properties":{"file":{"type":["string","null"]},"final":{"type":"object","additionalProperties":{"type":"number"}},"history":{"type":"object","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["step","value"],"properties":{"step":{"type":"number"},"value":{"type":"number"}}}}}}},"git":{"type":"object","additionalProperties":false,"required":["commit","ref","dirty"],"properties":{"commit":{"type":["string","null"]},"ref":{"type":["string","null"]},"dirty":{"type":["boolean","null"]}}},"github":{"type":"object","additionalProperties":false,"required":["run_id","run_attempt"],"properties":{"run_id":{"type":["integer","null"]},"run_attempt":{"type":["integer","null"]},"correlation_id":{"description":"The id of the dispatch that started this run (train-run\'s dispatch mode), which the dispatching step checks; absent otherwise.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"}}},"environment":{"type":"object","additionalProperties":false,"required":["os","cpu","memory_bytes","node","python"],"properties":{"os":{"type":"object","additionalProperties":false,"required":["platform","release"],"properties":{"platform":{"type":"string"},"release":{"type":"string"}}},"cpu":{"type":"object","additionalProperties":false,"required":["model","count"],"properties":{"model":{"type":["string","null"]},"count":{"type":"integer","minimum":0}}},"memory_bytes":{"type":"integer","minimum":0},"node":{"type":"string"},"python":{"type":["string","null"]}}},"gpu":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["driver","cuda","devices"],"properties":{"driver":{"type":["string","null"]},"cuda":{"type":["string","null"]},"devices":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["index","name","uuid","memory_total_mib","utilization_pct","memory_used_mib","power_w","temperature_c","series"],"properties":{"index":{"type":"integer","minimum":0},"name":{"type":"string"},"uuid":{"type":["string","null"]},"memory_total_mib":{"type":["number","null"]},"utilization_pct":{"$ref":"#/definitions/stat"},"memory_used_mib":{"$ref":"#/definitions/stat"},"power_w":{"$ref":"#/definitions/stat"},"temperature_c":{"$ref":"#/definitions/stat"},"series":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["t","utilization_pct","memory_used_mib","power_w","temperature_c"],"properties":{"t":{"type":"number","minimum":0},"utilization_pct":{"type":["number","null"]},"memory_used_mib":{"type":["number","null"]},"power_w":{"type":["number","null"]},"temperature_c":{"type":["number","null"]}}}}}}}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["path","digest","files"],"properties":{"path":{"type":"string"},"digest":{"$ref":"#/definitions/sha256"},"files":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["path","sha256","size_bytes"],"properties":{"path":{"type":"string"},"sha256":{"$ref":"#/definitions/sha256"},"size_bytes":{"type":"integer","minimum":0}}}}}}]},"data_digests":{"type":"array","items":{"$ref":"#/definitions/sha256"}},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/contracts/run-record.js


/** `mlops.run-record/v1`: a training run's record (see run-record.schema.json). */
const runRecordContract = (0,validate/* writtenContract */._l)("mlops.run-record/v1", run_record_schema_namespaceObject, "A run record is the JSON train-run writes (mlops-out/run-record.json by default)");


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

/***/ 1910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ readTrainingRun),
/* harmony export */   i1: () => (/* binding */ recordedRun),
/* harmony export */   lR: () => (/* binding */ readRunRecord)
/* harmony export */ });
/* unused harmony export RUN_RECORD_ASSET */
/* harmony import */ var _engine_contracts_run_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4891);
/* harmony import */ var _engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(781);
/* harmony import */ var _engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4672);
/* harmony import */ var _engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1255);
/* harmony import */ var _engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9619);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1701);
/* harmony import */ var _recorded_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(826);
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
    const doc = (0,_engine_files_read_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .readStructured */ .cW)(path, shownAs);
    const record = (0,_engine_contracts_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContract */ .T7)(_engine_contracts_run_record_js__WEBPACK_IMPORTED_MODULE_2__/* .runRecordContract */ .r, doc.value, shownAs, doc.lineOf);
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const commit = record.git.commit && (0,_recorded_text_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedText */ .i)(record.git.commit);
    const run = {
        id: (0,_recorded_text_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedText */ .i)(record.run_id),
        sha256: await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(path),
        status: record.status,
        data_digests: [...record.data_digests],
        git: { commit, dirty: record.git.dirty },
        params_sha256: createHash("sha256").update((0,_engine_files_write_output_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonText */ .s$)(record.params)).digest("hex"),
    };
    const otherModel = async (model, shownModel) => {
        if (!record.model)
            return undefined;
        const sha256 = await (0,_engine_files_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(model);
        if (record.model.files.some((file) => file.sha256 === sha256))
            return undefined;
        return `${shownAs}: run ${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_6__/* .shorten */ .ml)(run.id, 80)} trained ${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_6__/* .shorten */ .ml)(record.model.path, 120)} (sha256 ${record.model.digest.slice(0, 12)}), not ${shownModel} (sha256 ${sha256.slice(0, 12)}); the version records the run all the same. Give the record of the run that wrote the first asset, unless the asset was made from that run's model`;
    };
    const dirty = (dryRun) => record.git.dirty
        ? `${shownAs}: run ${(0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_6__/* .shorten */ .ml)(run.id, 80)} trained with uncommitted changes to tracked files, so ${commit ? `its commit ${commit.slice(0, 12)}` : "no commit"} does not hold the code it ran; the version ${dryRun ? "would record" : "records"} the run as dirty. Commit the changes and train again, so that the version leads back to the code that made it`
        : undefined;
    return { run, path, dirty, otherModel };
}
async function readTrainingRun(path, shownAs = path) {
    return (await readRunRecord(path, shownAs)).run;
}


/***/ })

};
