import type { Contract } from "../../engine/contracts/validate.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import schema from "./drift-report.schema.json" with { type: "json" };

/** `mlops.drift-report/v1`: a drift check's result (see drift-report.schema.json). */
export const driftReportContract: Contract = {
  id: "mlops.drift-report/v1",
  validate: compileSchema(schema),
  describe:
    "A drift report is the JSON drift-check writes at its report-path (mlops-out/drift-report.json by default)",
};
