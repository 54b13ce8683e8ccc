import { tempDir } from "../helpers/temp-dir.js";

/**
 * A step in a bare runner: a fresh workspace, its output and summary files, `inputs` as INPUT_*
 * variables, and the lines the step writes collected in `lines`. Pass `io` to runInRunner.
 */
export function runner(inputs: Record<string, string>) {
  const { dir, write } = tempDir();
  const lines: string[] = [];
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("output", ""),
    GITHUB_STEP_SUMMARY: write("summary", ""),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { dir, env, lines, io: { env, write: (line: string) => lines.push(line), cwd: dir } };
}
