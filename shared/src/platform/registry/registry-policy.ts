import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Contract } from "../../engine/contracts/validate.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { ContractError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import schema from "./registry-policy.schema.json" with { type: "json" };

export interface StagePolicy {
  readonly name: string;
  readonly description?: string;
  readonly evidence?: boolean;
  readonly "may-skip"?: readonly string[];
}

/** `.mlops/registry.yml`, schema mlops.registry-policy/v1. */
export interface RegistryPolicy {
  readonly schema?: "mlops.registry-policy/v1";
  readonly ordered?: boolean;
  readonly stages: readonly StagePolicy[];
}

export const registryPolicyContract: Contract = {
  id: "mlops.registry-policy/v1",
  validate: compileSchema(schema),
  describe:
    "A registry policy is a YAML object with a 'stages' list, earliest first, such as stages: [{ name: staging }, { name: prod }]",
};

/** Where a registry keeps its policy, relative to the repository. */
export const POLICY_PATH = ".mlops/registry.yml";

/** Reads and checks a policy file. */
export function loadRegistryPolicy(path: string, shownAs: string = path): RegistryPolicy {
  const doc = readStructured(path, shownAs);
  const policy = validateContract<RegistryPolicy>(
    registryPolicyContract,
    doc.value,
    shownAs,
    doc.lineOf,
  );
  const names = policy.stages.map((stage) => stage.name);
  const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (twice !== -1) {
    const line = doc.lineOf(`/stages/${twice}`);
    throw new ContractError(
      line === undefined ? shownAs : `${shownAs}:${line}`,
      `/stages/${twice}/name`,
      `names stage '${names[twice]}' a second time`,
      "List each stage once",
    );
  }
  return policy;
}

/** The repository's policy, or undefined when it has none (then every stage is allowed). */
export function findRegistryPolicy(repository: string): RegistryPolicy | undefined {
  const path = join(repository, POLICY_PATH);
  return existsSync(path) ? loadRegistryPolicy(path, POLICY_PATH) : undefined;
}
