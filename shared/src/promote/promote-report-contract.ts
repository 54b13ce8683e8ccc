import type { Contract } from "../contracts/validate.js";
import { validate } from "./promote-report.validator.generated.js";

/** `mlops.promote-report/v1`: what a promote run did (see promote-report.schema.json). */
export const promoteReportContract: Contract = { id: "mlops.promote-report/v1", validate };
