// The validate-data capability; everything here is exported through the core package.
export { validateData } from "./validate-data.js";
export { tableSchemaContract, type TableSchemaDescriptor } from "./data-contract.js";
export { validationReportContract, type ValidationReport } from "./validation-report.js";
export type { CheckResult, CheckExample } from "./check-result.js";
export { datasetDigest } from "./data-digest.js";
export { NumberKeys } from "./number-keys.js";
export { DistinctCounts, EXACT_DISTINCT_CAP } from "./distinct-counts.js";
export { VerdictCache } from "./verdict-cache.js";
