// canary-deploy's set-weight-command for the example's splitter:
//   node examples/loop/set-weight.mjs <state folder> <percent>
import { callSplitter } from "./splitter-call.mjs";

const [stateDir, percent] = process.argv.slice(2);
await callSplitter(stateDir, `/__weight?percent=${encodeURIComponent(percent)}`, "POST");
