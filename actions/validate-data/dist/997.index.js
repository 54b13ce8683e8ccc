export const id = 997;
export const ids = [997];
export const modules = {

/***/ 997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileContract: () => (/* binding */ profileContract)
});

// EXTERNAL MODULE: ./shared/dist/engine/contracts/json-schema.js
var json_schema = __webpack_require__(339);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"mlops.profile/v1","title":"mlops data profile","type":"object","additionalProperties":false,"required":["schema","rowCount","settings","columns"],"properties":{"schema":{"const":"mlops.profile/v1"},"rowCount":{"type":"integer","minimum":0},"settings":{"type":"object","additionalProperties":false,"required":["exactCap","frequentK","hllPrecision","quantileK","histogramBins"],"properties":{"exactCap":{"type":"integer","minimum":1},"frequentK":{"type":"integer","minimum":1},"hllPrecision":{"type":"integer","minimum":4,"maximum":18},"quantileK":{"type":"integer","minimum":8},"histogramBins":{"type":"integer","minimum":1}}},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing when the data was profiled (the table\'s; a column read with a field\'s own records them), the empty cell among them where it was one: data compared with the profile, or profiles merged with it, must be read with the same. Left out where it is the empty cell alone, which a profile without it means. A profile read holds at most 100."},"columns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","type","count","missing","infinite","min","max","mean","m2","variance","stddev","distinct","frequent","sketch","histogram"],"properties":{"name":{"type":"string"},"type":{"enum":["numeric","integer","boolean","categorical","datetime","text"]},"missingValues":{"type":"array","items":{"type":"string"},"description":"The cell values read as missing in this column where they were its own (a data contract field\'s missingValues) rather than the profile\'s: data compared with the profile is read with them in this column, and profiles merged or compared with it must have the column made with the same. Left out where the column was read with the profile\'s missingValues. A profile read holds at most 100 per column."},"sensitive":{"const":true,"description":"The column was a sensitive field (x-mlops sensitive in the data contract it was profiled with): the profile keeps its counts, missing values and distinct count (without HyperLogLog registers), and no value: min, max, the moments, frequent, sketch and histogram are null, so it is not compared. Left out for any other column."},"count":{"type":"integer","minimum":0},"missing":{"type":"integer","minimum":0},"infinite":{"type":"integer","minimum":0},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"m2":{"type":["number","null"]},"variance":{"type":["number","null"]},"stddev":{"type":["number","null"]},"distinct":{"type":"object","additionalProperties":false,"required":["value","exact","relativeError","hll"],"properties":{"value":{"type":"integer","minimum":0},"exact":{"type":"boolean"},"relativeError":{"type":"number","minimum":0},"hll":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["precision","registers"],"properties":{"precision":{"type":"integer","minimum":4,"maximum":18},"registers":{"type":"string","contentEncoding":"base64"}}}]}}},"frequent":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["exact","maxError","items"],"properties":{"exact":{"type":"boolean"},"maxError":{"type":"integer","minimum":0},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["value","count"],"properties":{"value":{"type":["number","string"]},"count":{"type":"integer","minimum":0}}}}}}]},"sketch":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["method","k","n","rankError","levels","compactions","quantiles"],"properties":{"method":{"const":"kll"},"k":{"type":"integer","minimum":8},"n":{"type":"integer","minimum":0},"rankError":{"type":"number","minimum":0,"maximum":1},"levels":{"type":"array","items":{"type":"array","items":{"type":"number"}}},"compactions":{"type":"array","items":{"type":"integer","minimum":0}},"quantiles":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["q","value"],"properties":{"q":{"type":"number"},"value":{"type":"number"}}}}}}]},"histogram":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"},"minItems":2},"counts":{"type":"array","items":{"type":"integer","minimum":0},"minItems":1}}}]}}}}}}');
;// CONCATENATED MODULE: ./shared/dist/engine/profile/profile-contract.js


/** `mlops.profile/v1`: a dataset's mergeable profile (see profile.schema.json). */
const profileContract = {
    id: "mlops.profile/v1",
    validate: (0,json_schema/* compileSchema */.F)(profile_schema_namespaceObject),
    describe: "A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes",
};


/***/ })

};
