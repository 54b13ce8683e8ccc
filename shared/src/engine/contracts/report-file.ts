import { jsonText, type OutputFile } from "../files/write-output.js";
import { validateContract, type Contract } from "./validate.js";

/**
 * A report as a file to write, checked against its own contract first (finite numbers
 * included): nothing downstream reads a report its schema would refuse.
 */
export function reportFile(contract: Contract, report: unknown, path: string): OutputFile {
  validateContract(contract, report, contract.id);
  return { path, text: jsonText(report) };
}
