import { writtenContract, type Contract } from "../../engine/contracts/validate.js";
import schema from "./promote-report.schema.json" with { type: "json" };

/** `mlops.promote-report/v1`: what a promote run did (see promote-report.schema.json). */
export const promoteReportContract: Contract = writtenContract(
  "mlops.promote-report/v1",
  schema,
  "A promote report is the JSON promote writes at its report-path (mlops-out/promote-report.json by default)",
);
