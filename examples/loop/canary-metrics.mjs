// canary-deploy's metrics-command for the example's splitter: prints both variants' latencies
// and error counts over the window canary-deploy asks for (MLOPS_WINDOW_SECONDS).
//   node examples/loop/canary-metrics.mjs <state folder>
import { callSplitter } from "./splitter-call.mjs";

const [stateDir] = process.argv.slice(2);
const window = Number(process.env.MLOPS_WINDOW_SECONDS ?? 60);
process.stdout.write(await callSplitter(stateDir, `/__metrics?window=${window}`, "GET"));
