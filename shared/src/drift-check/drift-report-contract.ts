import type { Contract } from "../contracts/validate.js";
import { validate } from "./drift-report.validator.generated.js";

/** `mlops.drift-report/v1`: a drift check's result (see drift-report.schema.json). */
export const driftReportContract: Contract = { id: "mlops.drift-report/v1", validate };
