import { describe, expect, it } from "vitest";
import { selectorsOf } from "@mlops/shared";

describe("the selectors of a query, for saying which part of it has no series", () => {
  it("lists each selector with labels once, in order, with its matchers as written", () => {
    const query = `sum(increase(http_requests_total{variant="canary", status=~"5.."}[5m]))
      / sum(increase(http_requests_total{variant="canary", status=~"5.."}[5m]))
      and on() count(up{job!="prometheus"})`;
    expect(selectorsOf(query)).toEqual([
      { name: "http_requests_total", matchers: ['variant="canary"', 'status=~"5.."'] },
      { name: "up", matchers: ['job!="prometheus"'] },
    ]);
  });

  it("skips functions, grouping labels, bare names, durations, strings and comments", () => {
    const query = `# not_a_metric{x="y"}
      histogram_quantile(0.95, sum by (le) (rate(latency_bucket{le!="+Inf", path="/a,b}c"}[1m] offset 5m))) > bool scalar(threshold)
      and label_replace(up, "dst", "x{y=\\"z\\"}", "src", ".*")`;
    expect(selectorsOf(query)).toEqual([
      { name: "latency_bucket", matchers: ['le!="+Inf"', 'path="/a,b}c"'] },
    ]);
  });

  it("takes colons in recording-rule names, and lists nothing for braces without a name", () => {
    expect(selectorsOf('job:requests:rate5m{job="api"} + {__name__="up"}')).toEqual([
      { name: "job:requests:rate5m", matchers: ['job="api"'] },
    ]);
  });

  it("never takes a keyword before braces for a metric's name", () => {
    const query = 'a{job="x"} and {job="y"} or {job="z"} unless b{k="v"} > bool {x="1"}';
    expect(selectorsOf(query).map((s) => s.name)).toEqual(["a", "b"]);
  });
});
