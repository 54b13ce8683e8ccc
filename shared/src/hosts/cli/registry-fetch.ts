import { resolve } from "node:path";
import { UsageError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { escapeControl } from "../../engine/report/escape-control.js";
import type { RegistryBackend } from "../../platform/registry/backend.js";
import { fetchRelease, type FetchedRelease } from "../../platform/registry/fetch-release.js";
import { parseReference } from "../../platform/registry/tag-grammar.js";

function render(fetched: FetchedRelease, reference: string, cwd: string): string {
  const files = fetched.assets.length === 1 ? "1 file" : `${fetched.assets.length} files`;
  const folder = displayPath(cwd, fetched.folder);
  return [
    `${reference}: ${fetched.artifact} ${fetched.version} (${fetched.tag}), ${files} in ${folder}`,
    ...fetched.assets.map((a) => `  ${a.name}  ${a.size} bytes  sha256 ${a.sha256}`),
  ].join("\n");
}

/**
 * `mlops registry fetch <reference>`: the version's files into `--to`, by default a folder
 * named for the artifact and version in the working directory. Returns what to print.
 */
export async function registryFetch(
  backend: RegistryBackend,
  text: string,
  options: { readonly to?: string; readonly at?: Date; readonly json?: boolean },
  cwd: string,
): Promise<string> {
  const reference = parseReference(text);
  if (!reference) {
    throw new UsageError(
      `'${text}' is not a registry reference`,
      "Name a stage's holder or a version, such as churn#prod or churn@v1.2.0",
    );
  }
  if (options.at && !("stage" in reference)) {
    throw new UsageError(
      "--at needs a stage, such as churn#prod",
      "A version's files never change",
    );
  }
  const fetched = await fetchRelease(
    backend,
    reference,
    (artifact, version) => resolve(cwd, options.to ?? `${artifact}@${version}`),
    options.at,
  );
  // Asset names come from tags (anyone who can push one writes it): no direction override in
  // them reaches a terminal unescaped.
  return options.json ? JSON.stringify(fetched) : escapeControl(render(fetched, text, cwd));
}
