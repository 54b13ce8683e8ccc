import { jsonText, type OutputFile } from "../files/write-output.js";
import { validateWritten, type Contract } from "./validate.js";

/**
 * A report as a file to write, checked against its own contract first (finite numbers
 * included) and exactly, no field it does not declare: nothing downstream reads a report its
 * schema would refuse, and a field added is added to the schema first.
 */
export function reportFile(contract: Contract, report: unknown, path: string): OutputFile {
  validateWritten(contract, report, contract.id);
  return { path, text: jsonText(report) };
}
