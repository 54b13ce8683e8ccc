import { validate } from "./schemas/eval-report.validator.generated.js";
import type { Contract } from "./validate.js";

export const evalReportContract: Contract = { id: "mlops.eval-report/v1", validate };
