import { describe, expect, it } from "vitest";
import { selectorsOf, selectorText } from "@mlops/shared";

/** The selectors of `query` as `name` or `name{matcher,...}`, for comparing at a glance. */
const written = (query: string) =>
  selectorsOf(query).map(({ name, matchers }) =>
    matchers.length === 0 ? name : `${name}{${matchers.join(",")}}`,
  );

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

  it("lists a bare metric name as a selector with no matchers", () => {
    expect(selectorsOf("sum(rate(requets_total[5m]))")).toEqual([
      { name: "requets_total", matchers: [] },
    ]);
  });

  it("skips functions, grouping labels, durations, strings and comments, and lists the bare names among them", () => {
    const query = `# not_a_metric{x="y"}
      histogram_quantile(0.95, sum by (le) (rate(latency_bucket{le!="+Inf", path="/a,b}c"}[1m] offset 5m))) > bool scalar(threshold)
      and label_replace(up, "dst", "x{y=\\"z\\"}", "src", ".*")`;
    expect(selectorsOf(query)).toEqual([
      { name: "latency_bucket", matchers: ['le!="+Inf"', 'path="/a,b}c"'] },
      { name: "threshold", matchers: [] },
      { name: "up", matchers: [] },
    ]);
  });

  it("takes colons in recording-rule names, and lists nothing for braces that name no metric", () => {
    expect(
      selectorsOf('job:requests:rate5m{job="api"} + {job="x"} + {__name__=~"up|down"}'),
    ).toEqual([{ name: "job:requests:rate5m", matchers: ['job="api"'] }]);
  });

  it("takes a name inside braces, quoted as Prometheus 3 writes any UTF-8 name, or as __name__", () => {
    const query = `rate({"http.server.request.duration_count", job="api"}[5m])
      / {__name__ = "up", "service.name"="x"} + {"say \\"hi\\""} + {"a.b"="c"}`;
    expect(selectorsOf(query)).toEqual([
      { name: "http.server.request.duration_count", matchers: ['job="api"'] },
      { name: "up", matchers: ['"service.name"="x"'] },
      { name: 'say "hi"', matchers: [] },
    ]);
  });

  it("writes each selector back as a query asks for it, quoting a name PromQL cannot take bare", () => {
    expect(selectorText({ name: "up", matchers: [] })).toBe("up");
    expect(selectorText({ name: "up", matchers: ['job="a"', 'le="1"'] })).toBe(
      'up{job="a",le="1"}',
    );
    expect(selectorText({ name: "http.server.duration", matchers: ['job="a"'] })).toBe(
      '{"http.server.duration",job="a"}',
    );
    expect(selectorText({ name: 'say "hi"', matchers: [] })).toBe('{"say \\"hi\\""}');
  });

  it("never takes a keyword before braces for a metric's name", () => {
    const query = 'a{job="x"} and {job="y"} or {job="z"} unless b{k="v"} > bool {x="1"}';
    expect(selectorsOf(query).map((s) => s.name)).toEqual(["a", "b"]);
  });

  it("lists a bare name and the same name with matchers apart, and a bare name once", () => {
    expect(written('foo + foo{a="b"} + foo + foo{} + bar')).toEqual(["foo", 'foo{a="b"}', "bar"]);
  });
});

describe("what is never taken for a bare metric's name", () => {
  it("a function's name, with or without space before its parenthesis", () => {
    expect(written("abs (x) + clamp_min(y, 0) + vector(1) + time()")).toEqual(["x", "y"]);
  });

  it("PromQL's keywords and aggregations, in any case", () => {
    expect(written("a and b or c unless d > bool e atan2 f")).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
    ]);
    expect(
      written("SUM BY (le) (x) + topk by (job) (3, y) + count without (instance) (z) + Max(w)"),
    ).toEqual(["x", "y", "z", "w"]);
  });

  it("the label names of by, without, on, ignoring, group_left and group_right", () => {
    const query = `sum by (le, job) (a) + sum(b) without (instance)
      + c * on (pod) group_left (node, "zone") d / ignoring(code) group_right() e`;
    expect(written(query)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("names inside strings and comments", () => {
    const query = `label_join(a, "dst", ",", "src_one", 'src_two') # b + c
      + label_replace(d, "x", \`e\`, "y", "f")`;
    expect(written(query)).toEqual(["a", "d"]);
  });

  it("numbers, whatever their letters, and Inf and NaN in any case", () => {
    const query =
      "a > 1e3 + 2.5E-3 + 1.e3 + .5 + 0x1f + 0X1F + 1_000 + Inf - inf + NaN * nan + INF";
    expect(written(query)).toEqual(["a"]);
  });

  it("the units of durations in ranges, subqueries and offsets", () => {
    const query =
      "rate(a[5m]) + rate(b[1h30m] offset 5m) + max_over_time(c[ 10m : 1m ]) + d offset -2d";
    expect(written(query)).toEqual(["a", "b", "c", "d"]);
  });

  it("the range modifiers of Prometheus 3", () => {
    expect(written("rate(a[5m] anchored) + increase(b[1m] smoothed)")).toEqual(["a", "b"]);
  });

  it("the times of @ modifiers, as numbers or start() and end()", () => {
    expect(written("a @ 1609746000 + b @ start() + c @ end () + d @ 1609746000.5")).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("a label name inside braces, with or without a metric's name before them", () => {
    expect(written('a{job="x", le=~"0.+"} + {__name__="b", instance!=""} + {env="prod"}')).toEqual([
      'a{job="x",le=~"0.+"}',
      'b{instance!=""}',
    ]);
  });
});

describe("the selectors of realistic queries", () => {
  it("a latency quantile from histogram buckets", () => {
    expect(written("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))")).toEqual([
      "x_bucket",
    ]);
  });

  it("a ratio matched many-to-one, ignoring a label", () => {
    expect(written("rate(a[5m]) / ignoring(code) group_left rate(b[5m])")).toEqual(["a", "b"]);
  });

  it("a subquery's peak of a rate", () => {
    expect(written("max_over_time(rate(c[1m])[10m:1m])")).toEqual(["c"]);
  });

  it("an error ratio with matchers, falling back to 0 when no error series exists", () => {
    const query = `sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))
      or on() vector(0)`;
    expect(written(query)).toEqual(['http_requests_total{status=~"5.."}', "http_requests_total"]);
  });
});
