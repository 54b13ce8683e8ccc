// The prometheus capability: asking Prometheus's HTTP API for numbers, and the queries to ask.
export {
  instantLabels,
  instantQuery,
  rangeQuery,
  PrometheusError,
  type PrometheusErrorKind,
  type PrometheusSource,
} from "./prometheus-client.js";
export { fillQuery, promDuration, type QueryValues } from "./query-template.js";
export { selectorsOf, selectorText, type Selector } from "./query-selectors.js";
export { PRESETS, type PresetMetric, type PresetName } from "./presets.js";
