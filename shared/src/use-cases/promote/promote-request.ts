import { existsSync, lstatSync, readlinkSync, statSync } from "node:fs";
import { codePoint } from "../../engine/report/code-point.js";
import { isAbsolute, resolve } from "node:path";
import { displayPath } from "../../engine/files/display-path.js";
import { linkOut } from "../../engine/files/workspace-links.js";
import { InputError } from "../../engine/errors.js";
import { NAME_FIX, nameProblem } from "../../platform/registry/names.js";
import type { Operation } from "./promote-report.js";

/** The inputs promote reads, as the action's definition types them. */
export interface PromoteInputs {
  readonly model: string;
  readonly version: string | undefined;
  readonly stage: string | undefined;
  readonly operation: Operation | undefined;
  readonly assets: readonly string[];
  readonly message: string | undefined;
  readonly description: string | undefined;
  readonly labels: readonly string[];
  readonly "dry-run": boolean;
  readonly registry: string;
  readonly actor: string | undefined;
  readonly "run-url": string | undefined;
}

/** What a promote run was asked, checked before the registry is touched. */
export interface PromoteRequest {
  readonly root: string;
  readonly operation: Operation | undefined;
  readonly artifact: string;
  readonly version: string;
  readonly stage: string | undefined;
  /** Absolute paths of the files to store. */
  readonly assets: readonly string[];
  readonly message: string | undefined;
  /** What to write into the artifact's entry in artifacts.yaml; none when both are empty. */
  readonly annotation: { readonly description?: string; readonly labels: string[] } | undefined;
  readonly runUrl: string | undefined;
  readonly actor: string | undefined;
  readonly dryRun: boolean;
  /** A path as people should read it: relative as given, absolute relative to the workspace. */
  readonly shown: (path: string) => string;
}

const STAGED: readonly Operation[] = ["assign", "unassign", "rollback"];
const VERSIONED: readonly Operation[] = ["deregister", "restore"];
const WHOLE_MODEL: readonly Operation[] = ["deprecate", "undeprecate"];

export function readPromoteRequest(inputs: PromoteInputs, cwd: string): PromoteRequest {
  const request: PromoteRequest = {
    root: registryFolder(inputs.registry, cwd),
    operation: inputs.operation,
    artifact: checkName("model", inputs.model.trim()),
    version: inputs.version?.trim() ?? "",
    stage: checkName("stage", inputs.stage?.trim() || undefined),
    assets: inputs.assets.map((asset) => assetFile(asset, cwd)),
    message: checkLine("message", inputs.message),
    annotation: annotationOf(inputs.description, inputs.labels),
    runUrl: inputs["run-url"],
    actor: inputs.actor,
    dryRun: inputs["dry-run"],
    shown: (path) => (isAbsolute(path) ? displayPath(cwd, path) : path),
  };
  checkOperationInputs(request);
  return request;
}

function registryFolder(registry: string, cwd: string): string {
  const root = resolve(cwd, registry);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(
      "registry",
      `'${registry}' is not a folder`,
      "Give the path of a git repository",
    );
  }
  return root;
}

/**
 * An asset must be a file of its own: a symbolic link could carry any file of the machine
 * (`model.onnx -> /etc/passwd`) into the release, so a link as the file is refused outright. A
 * path may lead out of the workspace (`../train/model.onnx`), but not through a linked folder
 * of the workspace (nor into its `.git` folder): then the workspace's content (a checked-out
 * branch) would choose which file of the machine is stored.
 */
function assetFile(asset: string, cwd: string): string {
  const path = resolve(cwd, asset);
  if (lstatOrUndefined(path)?.isSymbolicLink()) throw linkRefused(asset, readlinkSync(path));
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      "assets",
      `'${asset}' is not a file`,
      "List the files to store with the version",
    );
  }
  const out = linkOut(cwd, path);
  if (out) {
    const via = out.through && `through the linked folder '${displayPath(cwd, out.through)}'`;
    throw linkRefused(asset, out.target, via);
  }
  return path;
}

const linkRefused = (asset: string, target: string, via = "by a symbolic link"): InputError =>
  new InputError(
    "assets",
    `'${asset}' leads ${via} to '${target}'; links are not stored in a release`,
    "List the file by its own path",
  );

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * A message is one line of the audit trail, a description one line of artifacts.yaml: a
 * control character could rewrite a terminal.
 */
function checkLine(input: string, message: string | undefined): string | undefined {
  const found = message === undefined ? null : CONTROL.exec(message);
  if (found) {
    throw new InputError(
      input,
      `has a control character (${codePoint(found[0])}) at position ${found.index + 1}`,
      "Write the message as one line of printable text",
    );
  }
  return message;
}

/** A model or stage name is refused as the input it came from, before the registry is read. */
function checkName<T extends string | undefined>(input: string, name: T): T {
  const problem = name === undefined ? undefined : nameProblem(name);
  if (problem) throw new InputError(input, `${JSON.stringify(name)} ${problem}`, NAME_FIX);
  return name;
}

/** Labels are names, as GTO holds them (it refuses to read an index with any other). */
function annotationOf(
  description: string | undefined,
  labels: readonly string[],
): PromoteRequest["annotation"] {
  const text = checkLine("description", description?.trim() || undefined);
  for (const label of labels) {
    const problem = nameProblem(label);
    if (problem) {
      throw new InputError("labels", `the label ${JSON.stringify(label)} ${problem}`, NAME_FIX);
    }
  }
  if (!text && labels.length === 0) return undefined;
  return { ...(text ? { description: text } : {}), labels: [...labels] };
}

function checkOperationInputs({ operation, stage, version }: PromoteRequest): void {
  if (operation && STAGED.includes(operation) && !stage) {
    throw new InputError(
      "stage",
      `is required by operation ${operation}`,
      "Name the stage, such as prod",
    );
  }
  if (operation && VERSIONED.includes(operation) && !version) {
    throw new InputError(
      "version",
      `is required by operation ${operation}`,
      "Name the version, such as v1.2.0",
    );
  }
  if (operation && WHOLE_MODEL.includes(operation) && version) {
    throw new InputError(
      "version",
      `operation ${operation} acts on the whole model, not on version ${version}`,
      "To deprecate one version use operation deregister (restore undoes it); leave version empty to deprecate the model",
    );
  }
}
