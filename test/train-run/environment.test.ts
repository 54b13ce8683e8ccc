import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A folder with executable scripts in bin/, and the PATH that finds them first. */
function withPrograms(programs: Record<string, string>) {
  const { dir, write } = tempDir();
  for (const [name, text] of Object.entries(programs)) chmodSync(write(`bin/${name}`, text), 0o755);
  return { dir, write, PATH: `${join(dir, "bin")}:/usr/bin:/bin` };
}

describe("the git state a run records", () => {
  it("counts changes to tracked files as dirty, and not the untracked outputs of earlier runs", async () => {
    const { dir, write } = tempDir();
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd: dir });
    git("init", "-q");
    write("train.py", "print(1)\n");
    git("add", ".");
    git("commit", "-qm", "train");
    write("model/weights.bin", "w");
    const dirty = async () => {
      const run = await mlops(["train-run", "--command", "true"], dir, {
        env: { PATH: process.env.PATH! },
      });
      expect(run.code).toBe(0);
      return JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")).git.dirty;
    };
    expect(await dirty()).toBe(false);
    // The second run sees the first one's untracked mlops-out/.
    expect(await dirty()).toBe(false);
    write("train.py", "print(2)\n");
    expect(await dirty()).toBe(true);
  });

  it("is not read from a folder laid out as a bare repository, whose config the data could carry", async () => {
    // A repository's files copied into a plain folder, as an unpacked artifact would bring them.
    const { dir: source } = tempDir();
    const git = (cwd: string, ...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd });
    git(source, "init", "-q");
    git(source, "commit", "-q", "--allow-empty", "-m", "planted");
    const { dir } = tempDir();
    git(source, "clone", "-q", "--bare", ".", join(dir, "run"));
    const run = await mlops(["train-run", "--command", "true"], join(dir, "run"), {
      env: { PATH: process.env.PATH! },
    });
    expect(run.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, "run/mlops-out/run-record.json"), "utf8"));
    expect(record.git).toEqual({ commit: null, ref: null, dirty: null });
  });
});

describe("the Python a run records", () => {
  const fakePython = (version: string) => `#!/bin/sh\necho "Python ${version}"\n`;
  /** What the record says of a command run where python3 on the PATH is 3.11.7. */
  const python = async (argv: (other: string) => string[], shell = false) => {
    const { dir, PATH } = withPrograms({
      python3: fakePython("3.11.7"),
      "python3.10": fakePython("3.10.14"),
    });
    const { dir: other } = withPrograms({ python3: fakePython("3.11.2") });
    const command = shell ? argv(other)[0]! : JSON.stringify(argv(other));
    const args = ["train-run", "--command", command, ...(shell ? ["--shell"] : [])];
    await mlops(args, dir, { env: { PATH } });
    const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
    return record.environment.python;
  };
  it("is the interpreter the command runs, by path or by name", async () => {
    expect(await python((other) => [join(other, "bin/python3"), "train.py"])).toBe("3.11.2");
    expect(await python(() => ["python3.10", "train.py"])).toBe("3.10.14");
    expect(await python((other) => [`${join(other, "bin/python3")} train.py`], true)).toBe(
      "3.11.2",
    );
  });

  it("is the PATH's python3 when the command runs another program", async () => {
    expect(await python(() => ["bash", "train.sh"])).toBe("3.11.7");
    expect(await python(() => ["cd src && python3.10 train.py"], true)).toBe("3.11.7");
  });

  it("is null when the command's interpreter does not run", async () => {
    expect(await python((other) => [join(other, "missing/python3"), "train.py"])).toBeNull();
  });
});

describe("GPU telemetry", () => {
  // Two GPUs, the first busy with another job; GPU 0 also holds a MIG device.
  const twoGpus = () =>
    withPrograms({
      "nvidia-smi": `#!/bin/sh
case "$1" in
  --query-gpu*) printf 'index, name, uuid, utilization.gpu [%%]\\n0, GPU A, GPU-aaaa1111-0000, 97\\n1, GPU B, GPU-bbbb2222-0000, 3\\n' ;;
  -L) printf 'GPU 0: GPU A (UUID: GPU-aaaa1111-0000)\\n  MIG 1g.5gb     Device  0: (UUID: MIG-cccc3333-0000)\\nGPU 1: GPU B (UUID: GPU-bbbb2222-0000)\\n' ;;
  *) echo "Driver Version: 580.1    CUDA Version: 13.0" ;;
esac
`,
    });
  const sampled = async (cuda: string | undefined) => {
    const { dir, PATH } = twoGpus();
    const env = { PATH, ...(cuda === undefined ? {} : { CUDA_VISIBLE_DEVICES: cuda }) };
    expect((await mlops(["train-run", "--command", "true"], dir, { env })).code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
    const devices: { index: number }[] = record.gpu?.devices ?? [];
    return { devices: devices.map((d) => d.index), note: record.notes[0] ?? null };
  };

  it("samples every GPU when CUDA_VISIBLE_DEVICES is unset", async () => {
    expect(await sampled(undefined)).toEqual({ devices: [0, 1], note: null });
  });

  it("samples only the GPUs CUDA_VISIBLE_DEVICES gives the command, by index or UUID, and says so", async () => {
    expect(await sampled("1")).toEqual({
      devices: [1],
      note: "GPU telemetry of the GPUs CUDA_VISIBLE_DEVICES=1 gives the command: GPU 1",
    });
    expect((await sampled("GPU-bbbb2222")).devices).toEqual([1]);
    expect((await sampled("MIG-cccc3333-0000")).devices).toEqual([0]);
    expect((await sampled("MIG-GPU-aaaa1111-0000/1/0")).devices).toEqual([0]);
    // CUDA reads up to the first entry that names no device.
    expect((await sampled("1,-1,0")).devices).toEqual([1]);
  });

  it("samples none when CUDA_VISIBLE_DEVICES hides every GPU or names none there is", async () => {
    for (const hidden of ["", "-1", "NoDevFiles"])
      expect(await sampled(hidden)).toEqual({
        devices: [],
        note: `no GPU telemetry: CUDA_VISIBLE_DEVICES=${hidden} gives the command no GPU`,
      });
    expect(await sampled("7")).toEqual({
      devices: [],
      note: "no GPU telemetry: nvidia-smi reported no GPU that CUDA_VISIBLE_DEVICES=7 names",
    });
  });
});
