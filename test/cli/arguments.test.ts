import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";

describe("the command line's arguments", () => {
  it("says that a flag followed by another flag has no value, rather than blaming the next value", async () => {
    const { code, stderr } = await mlops(
      ["validate-data", "--data", "--schema", "contract.yml"],
      ".",
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops validate-data: flag '--data' needs a value. Give it as --data <text>, or as --data=<value> for a value that starts with --\n",
    );
  });

  it("takes a true/false flag alone as true, before another flag", async () => {
    const { stderr } = await mlops(["validate-data", "--fail-step", "--schema"], ".");
    expect(stderr).toMatch(/^mlops validate-data: flag '--schema' needs a value\./);
  });

  it("suggests the one flag an abbreviation begins, and none when it begins several", async () => {
    const abbreviated = await mlops(["validate-data", "--max-ex", "3"], ".");
    expect(abbreviated.stderr).toMatch(
      /^mlops validate-data: unknown flag '--max-ex' for validate-data\. Did you mean --max-examples\? Valid flags:/,
    );
    // --prometheus-url and --prometheus-authorization both begin so.
    const ambiguous = await mlops(["canary-deploy", "--prometheus", "x"], ".");
    expect(ambiguous.stderr).toMatch(
      /^mlops canary-deploy: unknown flag '--prometheus' for canary-deploy\. Valid flags:/,
    );
  });

  it("suggests the action a misspelled one meant, as it does for flags", async () => {
    const { code, stderr } = await mlops(["validat-data", "--data", "d.csv"], ".");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops: unknown action 'validat-data'\. Did you mean validate-data\? Actions: .*drift-check/,
    );
  });
});
