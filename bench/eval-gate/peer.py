"""The peer of eval-gate's benchmark: pandas, scikit-learn, scipy and statsmodels doing what
`mlops eval-gate` does on two predictions files, for all examples and for each segment:

- accuracy of each model (sklearn accuracy_score) and statsmodels' McNemar test of the paired
  outcomes (exact=False, correction=False: the chi-square without continuity correction, as
  eval-gate computes it from 25 discordant pairs on);
- F1 of each model (sklearn f1_score) and a paired percentile bootstrap of the F1 delta
  (scipy.stats.bootstrap, paired=True, method='percentile');
- ROC AUC of each model (sklearn roc_auc_score) and a paired percentile bootstrap of the AUC delta
  the same way: scikit-learn has no DeLong, so resampling roc_auc_score is its interval.

Each interval is computed at the confidence level eval-gate tested that row at (from LEVELS, a
JSON object of "metric|slice" to level, the slice "all" for all examples; 0.95 where absent).
roc_auc_score and f1_score are not vectorized (vectorized=False); `batch` caps each call at about
a million resampled values, so that memory does not grow with the resamples (scipy's default
batch is all of them at once: 1000 x n indices and as many resampled values per column).
Prints one JSON line: every row's values and interval, and the seconds of each phase.
Usage: /usr/bin/python3 bench/eval-gate/peer.py CHAMPION.csv CHALLENGER.csv LEVELS.json RESAMPLES
"""

import json
import sys
import time

import numpy as np
import pandas as pd
from scipy.stats import bootstrap
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar

champion_path, challenger_path, levels_path, resamples = sys.argv[1:5]
resamples = int(resamples)
with open(levels_path) as f:
    levels = json.load(f)
seconds = {"read": 0.0, "points": 0.0, "mcnemar": 0.0, "bootstrap": 0.0}

start = time.perf_counter()
champion = pd.read_csv(champion_path)
challenger = pd.read_csv(challenger_path)
paired = champion.merge(
    challenger, on="id", suffixes=("_champion", "_challenger"), validate="one_to_one"
)
paired = paired[paired["label_champion"] == paired["label_challenger"]]
seconds["read"] = time.perf_counter() - start


def delta_interval(metric, slice_name, y, a, b, statistic):
    """The paired percentile bootstrap interval of statistic(y, b) - statistic(y, a)."""
    started = time.perf_counter()
    level = levels.get(f"{metric}|{slice_name or 'all'}", 0.95)
    result = bootstrap(
        (y, a, b),
        lambda y, a, b: statistic(y, b) - statistic(y, a),
        paired=True,
        vectorized=False,
        n_resamples=resamples,
        batch=max(1, 1_000_000 // len(y)),
        method="percentile",
        confidence_level=level,
        random_state=np.random.default_rng(0),
    )
    seconds["bootstrap"] += time.perf_counter() - started
    interval = result.confidence_interval
    return {"lower": float(interval.low), "upper": float(interval.high), "level": level}


def judge(slice_name, frame):
    y = frame["label_champion"].to_numpy()
    pa, pb = frame["prediction_champion"].to_numpy(), frame["prediction_challenger"].to_numpy()
    sa, sb = frame["score_champion"].to_numpy(), frame["score_challenger"].to_numpy()
    started = time.perf_counter()
    values = {
        "accuracy": (accuracy_score(y, pa), accuracy_score(y, pb)),
        "f1": (f1_score(y, pa), f1_score(y, pb)),
        "roc_auc": (roc_auc_score(y, sa), roc_auc_score(y, sb)),
    }
    seconds["points"] += time.perf_counter() - started
    started = time.perf_counter()
    ca, cb = pa == y, pb == y
    table = [[np.sum(ca & cb), np.sum(ca & ~cb)], [np.sum(~ca & cb), np.sum(~ca & ~cb)]]
    mcnemar_p = float(mcnemar(table, exact=False, correction=False).pvalue)
    seconds["mcnemar"] += time.perf_counter() - started
    intervals = {
        "accuracy": None,
        "f1": delta_interval("f1", slice_name, y, pa, pb, f1_score),
        "roc_auc": delta_interval("roc_auc", slice_name, y, sa, sb, roc_auc_score),
    }
    return [
        {
            "metric": metric,
            "slice": slice_name,
            "n": int(len(y)),
            "champion": float(values[metric][0]),
            "challenger": float(values[metric][1]),
            "interval": intervals[metric],
            **({"mcnemar_p": mcnemar_p} if metric == "accuracy" else {}),
        }
        for metric in values
    ]


rows = judge(None, paired)
for segment, frame in paired.groupby("segment_champion", sort=True):
    rows += judge(f"segment={segment}", frame)
print(json.dumps({"resamples": resamples, "seconds": seconds, "rows": rows}))
