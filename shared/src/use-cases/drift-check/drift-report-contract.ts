import { writtenContract, type Contract } from "../../engine/contracts/validate.js";
import schema from "./drift-report.schema.json" with { type: "json" };

/** `mlops.drift-report/v1`: a drift check's result (see drift-report.schema.json). */
export const driftReportContract: Contract = writtenContract(
  "mlops.drift-report/v1",
  schema,
  "A drift report is the JSON drift-check writes at its report-path (mlops-out/drift-report.json by default)",
);
