#!/usr/bin/env python3
"""Writes per-example predictions of two real models for eval-gate's evidence mode.

The champion is a logistic regression on scikit-learn's breast-cancer dataset; the challenger is
a gradient-boosted model on the same split. Each file has one row per test example: its id, the
true label, the predicted probability of the positive class, the predicted class, a slice column
(tumour size band) and a latency. Run with a Python that has scikit-learn:

    python3 examples/eval-gate/predictions/make-predictions.py examples/eval-gate/predictions
"""
import csv
import sys
from pathlib import Path

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def write(path, ids, labels, scores, sizes, latencies):
    bands = np.where(sizes < 12, "small", np.where(sizes < 17, "medium", "large"))
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id", "label", "score", "prediction", "size_band", "latency_ms"])
        for row in zip(ids, labels, scores, (scores >= 0.5).astype(int), bands, latencies):
            out.writerow([row[0], row[1], f"{row[2]:.6f}", row[3], row[4], f"{row[5]:.3f}"])


def main(folder):
    data = load_breast_cancer()
    ids = np.array([f"case-{i:04d}" for i in range(len(data.target))])
    x_train, x_test, y_train, y_test, _, id_test = train_test_split(
        data.data, data.target, ids, test_size=0.4, random_state=7, stratify=data.target
    )
    rng = np.random.default_rng(7)
    sizes = x_test[:, 0]  # mean radius
    champion = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(x_train, y_train)
    challenger = GradientBoostingClassifier(random_state=7).fit(x_train, y_train)
    Path(folder).mkdir(parents=True, exist_ok=True)
    write(Path(folder, "champion.csv"), id_test, y_test, champion.predict_proba(x_test)[:, 1],
          sizes, rng.gamma(4.0, 2.0, len(y_test)))
    write(Path(folder, "challenger.csv"), id_test, y_test, challenger.predict_proba(x_test)[:, 1],
          sizes, rng.gamma(6.0, 2.0, len(y_test)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
