// Vitest's setup file, run before each test file. The files of a worker share its process
// (`isolate: false`), so what one file leaves behind would reach every file after it: its
// helpers' temporary folders are removed, and the environment is put back as the file found it
// (a variable set and never restored, a git identity a stub left), whatever its own hooks did.
import { afterAll, afterEach } from "vitest";
import { endFile, endTest } from "./helpers/cleanup.js";

const environment = process.env;
const found = { ...process.env };

afterEach(endTest);

afterAll(() => {
  endFile();
  // vi.stubEnv writes through to the object process.env was when the worker started.
  process.env = environment;
  for (const name of Object.keys(process.env)) {
    if (!Object.hasOwn(found, name)) delete process.env[name];
  }
  Object.assign(process.env, found);
});
