#!/usr/bin/python3
"""Reference values for the metrics engine (engine/metrics), from scikit-learn and numpy.

Run with Debian's python (apt-get install python3-sklearn python3-pandas):

    /usr/bin/python3 scripts/generate-metric-goldens.py [output.json]
        reads the committed prediction fixtures and writes the goldens
        (default test/goldens/metrics.json);
    /usr/bin/python3 scripts/generate-metric-goldens.py --fixtures
        rewrites the fixtures in test/fixtures/predictions/ first (models trained on
        scikit-learn's bundled data sets), then the goldens.

The fixtures are two models' predictions on held-out examples of breast_cancer (two classes),
wine (three) and diabetes (regression), as CSV, with JSONL, gzip and Parquet copies for the
reader's tests. Parquet is written by a minimal writer below (plain encoding, no compression,
required columns): pyarrow is not packaged for Debian's python.

The goldens are computed on exactly the numbers the fixtures hold (floats are written as
Python's shortest round-trip repr). Each case is unweighted, weighted by positive sample weights
(scikit-learn's sample_weight), or weighted by bootstrap counts (0, 1, 2, ...), whose reference is
the metric on the examples repeated that many times (np.repeat), as a resample would hold them.

Where scikit-learn has no function, the reference is numpy code written here from a cited
definition:
- ece: expected calibration error of the top label (Guo et al. 2017, "On Calibration of Modern
  Neural Networks"), 10 equal-width bins (0, 0.1], ..., (0.9, 1], bin = ceil(10 c) - 1;
- brier with three or more classes: mean over examples of the sum over classes of squared
  errors (scikit-learn 1.7's multiclass brier_score_loss);
- average_precision with three or more classes: mean of the binary average_precision_score of
  each class against the rest (scikit-learn >= 1.3 does this; Debian's 1.2 refuses multiclass);
- demographic_parity_difference and equalized_odds_difference: fairlearn's definitions
  (fairlearn.metrics, method "between_groups"): the max minus min over groups of the selection
  rate (share predicted positive), and the larger of that spread for the true positive rate and
  for the false positive rate, a rate over no examples being 0 (fairlearn takes them from
  sklearn.metrics.confusion_matrix(normalize="true"), which turns 0/0 into 0);
- quantiles and means of latency, cost and per-example scores: numpy's nanquantile (method
  linear) and nanmean; weighted by counts, the same on the repeated values.
"""
import csv
import gzip
import json
import os
import struct
import sys

import numpy as np
import sklearn
from sklearn import datasets
from sklearn import metrics as skm
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, label_binarize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test", "fixtures", "predictions")
GOLDEN = os.path.join(ROOT, "test", "goldens", "metrics.json")


# --- fixtures ---------------------------------------------------------------------------------
def write_csv(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else repr(v) if isinstance(v, float) else v for v in row])


def write_jsonl(path, columns, rows, opener=open):
    with opener(path, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(dict(zip(columns, row))) + "\n")


def write_gzip_copy(path):
    with open(path, "rb") as f:
        data = f.read()
    # mtime 0: the same bytes on every run.
    with gzip.GzipFile(path + ".gz", "wb", mtime=0) as f:
        f.write(data)


class Compact:
    """Thrift's compact protocol, the subset a Parquet footer needs."""

    def __init__(self):
        self.out = bytearray()
        self.last = [0]

    def varint(self, n):
        while True:
            b = n & 0x7F
            n >>= 7
            if n:
                self.out.append(b | 0x80)
            else:
                self.out.append(b)
                return

    def zigzag(self, n):
        self.varint((n << 1) ^ (n >> 63))

    def field(self, fid, ftype):
        delta = fid - self.last[-1]
        if 0 < delta <= 15:
            self.out.append((delta << 4) | ftype)
        else:
            self.out.append(ftype)
            self.zigzag(fid)
        self.last[-1] = fid

    def i32(self, fid, v):
        self.field(fid, 5)
        self.zigzag(v)

    def i64(self, fid, v):
        self.field(fid, 6)
        self.zigzag(v)

    def binary(self, fid, data):
        self.field(fid, 8)
        self.varint(len(data))
        self.out += data

    def begin_struct(self, fid=None):
        if fid is not None:
            self.field(fid, 12)
        self.last.append(0)

    def end_struct(self):
        self.out.append(0)
        self.last.pop()

    def list_header(self, fid, etype, size):
        self.field(fid, 9)
        self.out.append((size << 4) | etype if size < 15 else 0xF0 | etype)
        if size >= 15:
            self.varint(size)


def write_parquet(path, columns, rows):
    """One row group, one plain uncompressed data page per column; REQUIRED doubles, int64s, UTF-8."""
    kinds = []
    for c, name in enumerate(columns):
        values = [row[c] for row in rows]
        if all(isinstance(v, int) for v in values):
            kinds.append("int64")
        elif all(isinstance(v, float) for v in values):
            kinds.append("double")
        else:
            kinds.append("string")
    body = bytearray(b"PAR1")
    chunks = []
    for c, kind in enumerate(kinds):
        values = [row[c] for row in rows]
        if kind == "double":
            data = struct.pack(f"<{len(values)}d", *values)
        elif kind == "int64":
            data = struct.pack(f"<{len(values)}q", *values)
        else:
            data = b"".join(struct.pack("<i", len(s.encode())) + s.encode() for s in map(str, values))
        header = Compact()
        header.begin_struct()
        header.i32(1, 0)  # DATA_PAGE
        header.i32(2, len(data))
        header.i32(3, len(data))
        header.begin_struct(5)
        header.i32(1, len(values))
        header.i32(2, 0)  # PLAIN
        header.i32(3, 3)  # RLE
        header.i32(4, 3)
        header.end_struct()
        header.end_struct()
        offset = len(body)
        body += header.out + data
        chunks.append((offset, len(header.out) + len(data)))
    meta = Compact()
    meta.begin_struct()
    meta.i32(1, 1)
    meta.list_header(2, 12, len(columns) + 1)
    meta.begin_struct()
    meta.binary(4, b"schema")
    meta.i32(5, len(columns))
    meta.end_struct()
    physical = {"double": 5, "int64": 2, "string": 6}
    for name, kind in zip(columns, kinds):
        meta.begin_struct()
        meta.i32(1, physical[kind])
        meta.i32(3, 0)  # REQUIRED
        meta.binary(4, name.encode())
        if kind == "string":
            meta.i32(6, 0)  # UTF8
        meta.end_struct()
    meta.i64(3, len(rows))
    meta.list_header(4, 12, 1)
    meta.begin_struct()
    meta.list_header(1, 12, len(columns))
    for name, kind, (offset, size) in zip(columns, kinds, chunks):
        meta.begin_struct()
        meta.i64(2, offset)
        meta.begin_struct(3)
        meta.i32(1, physical[kind])
        meta.list_header(2, 5, 1)
        meta.zigzag(0)  # PLAIN
        meta.list_header(3, 8, 1)
        meta.varint(len(name.encode()))
        meta.out += name.encode()
        meta.i32(4, 0)  # UNCOMPRESSED
        meta.i64(5, len(rows))
        meta.i64(6, size)
        meta.i64(7, size)
        meta.i64(9, offset)
        meta.end_struct()
        meta.end_struct()
    meta.i64(2, sum(size for _, size in chunks))
    meta.i64(3, len(rows))
    meta.end_struct()
    meta.binary(6, b"mlops generate-metric-goldens.py")
    meta.end_struct()
    body += meta.out + struct.pack("<i", len(meta.out)) + b"PAR1"
    with open(path, "wb") as f:
        f.write(body)


def operational(rng, n):
    """Latency (ms), cost and a judge's 1-5 grade per example, as an LLM evaluation logs them."""
    latency = [round(float(v), 3) for v in rng.lognormal(4.0, 0.6, n)]
    cost = [round(float(v) * 1e-5, 8) for v in rng.integers(200, 4000, n)]
    judge = [int(v) for v in rng.integers(1, 6, n)]
    return latency, cost, judge


def write_fixtures():
    os.makedirs(FIXTURES, exist_ok=True)
    rng = np.random.default_rng(20240611)

    # Two classes: breast_cancer; the champion's probabilities are rounded to 2 digits (many ties).
    data = datasets.load_breast_cancer()
    x_train, x_test, y_train, y_test = train_test_split(
        data.data, data.target, test_size=0.3, random_state=7, stratify=data.target
    )
    n = len(y_test)
    ids = [str(1000 + i) for i in range(n)]
    site = [["north", "south", "east", "west", "central"][v] for v in rng.integers(0, 5, n)]
    radius = x_test[:, 0]
    size = np.where(radius < 12, "small", np.where(radius < 16, "medium", "large")).tolist()
    champion = GaussianNB().fit(x_train[:, [0, 1]], y_train)
    challenger = make_pipeline(StandardScaler(), LogisticRegression()).fit(x_train[:, [0, 1, 7, 20]], y_train)
    p_champion = [round(float(p), 2) for p in champion.predict_proba(x_test[:, [0, 1]])[:, 1]]
    p_challenger = [float(p) for p in challenger.predict_proba(x_test[:, [0, 1, 7, 20]])[:, 1]]
    columns = ["id", "label", "score", "prediction", "latency_ms", "cost", "judge", "site", "size"]
    for name, scores, order in [
        ("champion", p_champion, range(n)),
        ("challenger", p_challenger, rng.permutation(n)),
    ]:
        latency, cost, judge = operational(rng, n)
        rows = [
            [ids[i], int(y_test[i]), scores[i], int(scores[i] > 0.5), latency[i], cost[i], judge[i], site[i], size[i]]
            for i in order
        ]
        base = os.path.join(FIXTURES, f"binary-{name}")
        write_csv(base + ".csv", columns, rows)
        if name == "champion":
            write_jsonl(base + ".jsonl", columns, rows)
            write_gzip_copy(base + ".csv")
            write_gzip_copy(base + ".jsonl")
            write_parquet(base + ".parquet", columns, rows)

    # Three classes: wine, labels as class names; the champion has no prediction column.
    data = datasets.load_wine()
    x_train, x_test, y_train, y_test = train_test_split(
        data.data, data.target, test_size=0.4, random_state=3, stratify=data.target
    )
    n = len(y_test)
    names = list(data.target_names)
    ids = [f"wine-{i:03d}" for i in range(n)]
    region = [["alba", "bra", "cuneo"][v] for v in rng.integers(0, 3, n)]
    models = {
        "champion": (GaussianNB(), [0, 1]),
        "challenger": (make_pipeline(StandardScaler(), LogisticRegression()), [0, 6, 9]),
    }
    for name, (model, features) in models.items():
        model.fit(x_train[:, features], y_train)
        proba = model.predict_proba(x_test[:, features])
        latency, cost, judge = operational(rng, n)
        for i in range(0, n, 9):
            latency[i] = None  # missing latencies are left out of its statistics
        label_names = [names[v] for v in y_test]
        score_columns = [f"score_{c}" for c in names]
        columns = ["id", "label", *score_columns, "latency_ms", "cost", "judge", "region"]
        rows = [[ids[i], label_names[i], *map(float, proba[i]), latency[i], cost[i], judge[i], region[i]] for i in range(n)]
        if name == "challenger":
            predicted = [names[int(np.argmax(proba[i]))] for i in range(n)]
            columns.insert(2, "prediction")
            for row, p in zip(rows, predicted):
                row.insert(2, p)
        base = os.path.join(FIXTURES, f"multiclass-{name}")
        write_csv(base + ".csv", columns, rows)
        if name == "champion":
            list_rows = [[ids[i], label_names[i], [float(p) for p in proba[i]]] for i in range(n)]
            write_jsonl(base + "-lists.jsonl", ["id", "label", "score"], list_rows)

    # Regression: diabetes.
    data = datasets.load_diabetes()
    x_train, x_test, y_train, y_test = train_test_split(data.data, data.target, test_size=0.3, random_state=11)
    n = len(y_test)
    ids = [f"patient {i}" for i in range(n)]
    sex = np.where(x_test[:, 1] > 0, "a", "b").tolist()
    models = {"champion": (LinearRegression(), [2]), "challenger": (Ridge(alpha=0.1), [2, 3, 8])}
    for name, (model, features) in models.items():
        model.fit(x_train[:, features], y_train)
        predicted = [float(v) for v in model.predict(x_test[:, features])]
        latency, cost, judge = operational(rng, n)
        columns = ["id", "label", "prediction", "latency_ms", "cost", "sex"]
        rows = [[ids[i], float(y_test[i]), predicted[i], latency[i], cost[i], sex[i]] for i in range(n)]
        write_csv(os.path.join(FIXTURES, f"regression-{name}.csv"), columns, rows)


# --- goldens ----------------------------------------------------------------------------------
def read_csv(name):
    with open(os.path.join(FIXTURES, name), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {key: [row[key] for row in rows] for key in rows[0]}


def floats(values):
    return np.array([float(v) if v != "" else np.nan for v in values])


def ece(correct, confidence, weights):
    bins = np.clip(np.ceil(confidence * 10) - 1, 0, 9).astype(int)
    gaps = np.zeros(10)
    np.add.at(gaps, bins, weights * (correct - confidence))
    return float(np.abs(gaps).sum() / weights.sum())


def fairness(y, pred, groups, weights):
    """fairlearn's demographic_parity_difference and equalized_odds_difference (between_groups)."""
    selected = pred == 1
    selection, tpr, fpr = [], [], []
    for g in np.unique(groups):
        mask = groups == g
        w = weights[mask]
        sel, pos = selected[mask], y[mask] == 1
        selection.append((w * sel).sum() / w.sum())
        # A rate over no examples is 0: confusion_matrix(normalize="true") turns 0/0 into 0.
        tpr.append((w * (sel & pos)).sum() / w[pos].sum() if w[pos].sum() > 0 else 0.0)
        fpr.append((w * (sel & ~pos)).sum() / w[~pos].sum() if w[~pos].sum() > 0 else 0.0)
    spread = lambda v: max(v) - min(v)
    return {
        "demographic_parity_difference": float(spread(selection)),
        "equalized_odds_difference": float(max(spread(tpr), spread(fpr))),
    }


def column_stats(prefix, values, weights, quantiles):
    keep = ~np.isnan(values)
    v, w = values[keep], weights[keep]
    out = {f"{prefix}_mean": float(np.average(v, weights=w))}
    if quantiles:
        for q, label in [(0.5, "p50"), (0.95, "p95"), (0.99, "p99")]:
            out[f"{prefix}_{label}"] = float(np.quantile(np.repeat(v, w.astype(int)), q))
    return out


def classification_metrics(y, pred, proba, classes, sw, groups):
    """y, pred: class indices; proba: (n, K) for K > 2 or the positive class's (n,) for two."""
    out = {
        "accuracy": skm.accuracy_score(y, pred, sample_weight=sw),
        "balanced_accuracy": skm.balanced_accuracy_score(y, pred, sample_weight=sw),
    }
    averages = ["macro", "micro", "weighted"] + (["binary"] if len(classes) == 2 else [])
    for average in averages:
        suffix = "" if average == "binary" else f"_{average}"
        for measure, fn in [("precision", skm.precision_score), ("recall", skm.recall_score), ("f1", skm.f1_score)]:
            out[measure + suffix] = fn(y, pred, average=average, sample_weight=sw, zero_division=0)
    if len(classes) == 2:
        out["roc_auc"] = skm.roc_auc_score(y, proba, sample_weight=sw)
        out["average_precision"] = skm.average_precision_score(y, proba, sample_weight=sw)
        out["log_loss"] = skm.log_loss(y, proba, sample_weight=sw)
        out["brier"] = skm.brier_score_loss(y, proba, sample_weight=sw)
        predicted = proba > 0.5
        confidence = np.where(predicted, proba, 1 - proba)
        out["ece"] = ece((predicted == (y == 1)).astype(float), confidence, sw)
        out.update(fairness(y, pred, groups, sw))
    else:
        out["roc_auc"] = skm.roc_auc_score(y, proba, multi_class="ovr", average="macro", sample_weight=sw)
        onehot = label_binarize(y, classes=list(range(len(classes))))
        out["average_precision"] = float(
            np.mean([skm.average_precision_score(onehot[:, k], proba[:, k], sample_weight=sw) for k in range(len(classes))])
        )
        out["log_loss"] = skm.log_loss(y, proba, labels=list(range(len(classes))), sample_weight=sw)
        out["brier"] = float(np.average(((onehot - proba) ** 2).sum(axis=1), weights=sw))
        top = proba.argmax(axis=1)
        out["ece"] = ece((top == y).astype(float), proba.max(axis=1), sw)
    return {k: float(v) for k, v in out.items()}


def regression_metrics(y, pred, sw):
    return {
        "mae": float(skm.mean_absolute_error(y, pred, sample_weight=sw)),
        "rmse": float(skm.mean_squared_error(y, pred, sample_weight=sw, squared=False)),
        "r2": float(skm.r2_score(y, pred, sample_weight=sw)),
        "mape": float(skm.mean_absolute_percentage_error(y, pred, sample_weight=sw)),
    }


def weightings(rng, n):
    """No weights; positive sample weights; bootstrap counts (Poisson(1), so some are 0)."""
    return [
        ("unweighted", None),
        ("sample weights", [round(float(v), 3) for v in rng.uniform(0.2, 3.0, n)]),
        ("bootstrap counts", [int(v) for v in rng.poisson(1.0, n)]),
    ]


def case(name, file, options, weighting, weights, compute, columns):
    """One golden: the metrics of `file` read with `options`, under one weighting."""
    n = len(columns["id"])
    w = np.ones(n) if weights is None else np.array(weights, dtype=float)
    counts = weighting == "bootstrap counts"
    if counts:
        # The reference of a count is the example repeated: every metric on the resample.
        idx = np.repeat(np.arange(n), w.astype(int))
        expected = compute(idx, None)
    else:
        expected = compute(np.arange(n), None if weights is None else w)
    for prefix, key in [("latency_ms", "latency_ms"), ("cost", "cost")]:
        if key in columns:
            expected.update(column_stats(prefix, floats(columns[key]), w, quantiles=weighting != "sample weights"))
    if "judge" in columns:
        expected.update({"judge_mean": column_stats("judge", floats(columns["judge"]), w, False)["judge_mean"]})
    return {"name": f"{name}, {weighting}", "file": file, "options": options, "weighting": weighting, "weights": weights, "expected": expected}


def golden_cases():
    rng = np.random.default_rng(20240612)
    cases = []
    for model in ["champion", "challenger"]:
        file = f"binary-{model}.csv"
        c = read_csv(file)
        y = np.array([int(v) for v in c["label"]])
        pred = np.array([int(v) for v in c["prediction"]])
        proba = floats(c["score"])
        groups = np.array(c["site"])
        options = {"task": "classification", "exampleScores": ["judge"], "slices": ["site", "size"], "sensitive": "site"}
        for weighting, weights in weightings(rng, len(y)):
            compute = lambda idx, sw: classification_metrics(y[idx], pred[idx], proba[idx], [0, 1], np.ones(len(idx)) if sw is None else sw, groups[idx])
            cases.append(case(f"breast_cancer {model}", file, options, weighting, weights, compute, c))
    for model in ["champion", "challenger"]:
        file = f"multiclass-{model}.csv"
        c = read_csv(file)
        classes = sorted(set(c["label"]))
        y = np.array([classes.index(v) for v in c["label"]])
        proba = np.column_stack([floats(c[f"score_{k}"]) for k in classes])
        # Without a prediction column, the prediction is the most probable class.
        pred = np.array([classes.index(v) for v in c["prediction"]]) if "prediction" in c else proba.argmax(axis=1)
        options = {"task": "classification", "exampleScores": ["judge"], "slices": ["region"]}
        for weighting, weights in weightings(rng, len(y)):
            compute = lambda idx, sw: classification_metrics(y[idx], pred[idx], proba[idx], classes, np.ones(len(idx)) if sw is None else sw, None)
            cases.append(case(f"wine {model}", file, options, weighting, weights, compute, c))
    for model in ["champion", "challenger"]:
        file = f"regression-{model}.csv"
        c = read_csv(file)
        y, pred = floats(c["label"]), floats(c["prediction"])
        options = {"task": "regression", "slices": ["sex"]}
        for weighting, weights in weightings(rng, len(y)):
            compute = lambda idx, sw: regression_metrics(y[idx], pred[idx], sw)
            cases.append(case(f"diabetes {model}", file, options, weighting, weights, compute, c))
    return cases


def edge_cases():
    """Small hand-made inputs for the rules at the edges: ties, absent classes, constant labels."""
    out = []

    def add(name, fn, inputs, expected):
        out.append({"name": name, "function": fn, "input": inputs, "expected": float(expected)})

    y = [0, 0, 1, 1, 1, 0, 1, 0]
    s = [0.5, 0.5, 0.5, 0.9, 0.1, 0.1, 0.9, 0.3]
    add("roc_auc with tied scores across classes", "roc_auc", {"labels": y, "scores": s}, skm.roc_auc_score(y, s))
    add("average_precision with tied scores", "average_precision", {"labels": y, "scores": s}, skm.average_precision_score(y, s))
    add("average_precision without positives is 0", "average_precision", {"labels": [0, 0, 0], "scores": [0.2, 0.4, 0.1]}, 0.0)
    yt, yp = [0, 1, 2, 2], [0, 1, 1, 3]
    for average in ["macro", "micro", "weighted"]:
        add(f"f1_{average} with a class only predicted", f"f1_{average}", {"labels": yt, "predictions": yp, "classes": 4}, skm.f1_score(yt, yp, average=average, zero_division=0))
        add(f"precision_{average} with a class only predicted", f"precision_{average}", {"labels": yt, "predictions": yp, "classes": 4}, skm.precision_score(yt, yp, average=average, zero_division=0))
    add("balanced_accuracy drops a class only predicted", "balanced_accuracy", {"labels": yt, "predictions": yp, "classes": 4}, skm.balanced_accuracy_score(yt, yp))
    add("f1 binary with no positive predicted is 0", "f1", {"labels": [1, 0, 1], "predictions": [0, 0, 0], "classes": 2}, skm.f1_score([1, 0, 1], [0, 0, 0], zero_division=0))
    add("r2 of constant labels predicted exactly is 1", "r2", {"labels": [3.0, 3.0, 3.0], "predictions": [3.0, 3.0, 3.0]}, skm.r2_score([3.0, 3.0, 3.0], [3.0, 3.0, 3.0]))
    add("r2 of constant labels predicted wrongly is 0", "r2", {"labels": [3.0, 3.0, 3.0], "predictions": [3.0, 2.0, 3.0]}, skm.r2_score([3.0, 3.0, 3.0], [3.0, 2.0, 3.0]))
    add("mape with a zero label", "mape", {"labels": [1.0, 0.0, 2.4, 7.0], "predictions": [1.2, 0.1, 2.4, 8.0]}, skm.mean_absolute_percentage_error([1.0, 0.0, 2.4, 7.0], [1.2, 0.1, 2.4, 8.0]))
    add("log_loss clips probabilities of exactly 0 and 1", "log_loss", {"labels": [0, 1, 1], "scores": [0.0, 1.0, 0.0]}, skm.log_loss([0, 1, 1], [0.0, 1.0, 0.0]))
    values = [5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 7.5]
    for q in [0.0, 0.5, 0.95, 0.99, 1.0]:
        add(f"quantile {q} of 7 values", "quantile", {"values": values, "q": q}, np.quantile(values, q))
    add("quantile of one value", "quantile", {"values": [42.0], "q": 0.95}, 42.0)
    counts = [0, 3, 1, 0, 2, 1, 0]
    add("quantile 0.95 with counts", "quantile", {"values": values, "q": 0.95, "weights": counts}, np.quantile(np.repeat(values, counts), 0.95))
    add("quantile 0.5 with counts", "quantile", {"values": values, "q": 0.5, "weights": counts}, np.quantile(np.repeat(values, counts), 0.5))
    return out


def main():
    args = [a for a in sys.argv[1:] if a != "--fixtures"]
    if "--fixtures" in sys.argv[1:]:
        write_fixtures()
    meta = {
        "generator": "scripts/generate-metric-goldens.py",
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
    }
    doc = {"meta": meta, "cases": golden_cases(), "edges": edge_cases()}
    text = json.dumps(doc, sort_keys=True, indent=1, allow_nan=False) + "\n"
    with open(args[0] if args else GOLDEN, "w", encoding="utf-8") as f:
        f.write(text)


main()
