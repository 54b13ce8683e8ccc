// The real parts a canary deployment runs against: two model servers, Prometheus scraping them,
// nginx splitting traffic between them, and a load generator. All on 127.0.0.1, stopped after
// the test file (see processes.ts).
export { startModelServer, type ModelServer, type ModelServerOptions } from "./model-server.js";
export { startPrometheus, type PrometheusServer } from "./prometheus-server.js";
export { startSplitter, type Splitter } from "./splitter.js";
export { startLoad, type Load } from "./load.js";
export { hasNginx, hasPrometheus } from "./requirements.js";
