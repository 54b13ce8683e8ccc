"""The peer of drift-check's benchmark: pandas + scipy computing the tests that drift-check reports.

Numeric columns: scipy ks_2samp and wasserstein_distance (normed by numpy's population std);
categorical columns: chi-square as Evidently computes it (scipy chisquare against the reference
counts scaled to the current total) and scipy's Jensen-Shannon distance (natural log).
Usage: /usr/bin/python3 bench/drift-check/peer.py REFERENCE.csv CURRENT.csv
"""

import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])

results = {}
for name in reference.columns:
    ref = reference[name].dropna()
    cur = current[name].dropna()
    if pd.api.types.is_numeric_dtype(ref):
        r = ref.to_numpy()
        c = cur.to_numpy()
        ks = stats.ks_2samp(r, c)
        w = stats.wasserstein_distance(r, c)
        results[name] = {
            "ks.statistic": float(ks.statistic),
            "ks.p_value": float(ks.pvalue),
            "wasserstein.distance": float(w),
            "wasserstein.normed": float(w / max(np.std(r), 0.001)),
        }
    else:
        rc = ref.value_counts()
        cc = cur.value_counts()
        keys = list(dict.fromkeys(list(rc.index) + list(cc.index)))
        r = np.array([rc.get(k, 0) for k in keys], dtype=float)
        c = np.array([cc.get(k, 0) for k in keys], dtype=float)
        chi2 = stats.chisquare(c, r * c.sum() / r.sum())
        results[name] = {
            "chi2.statistic": float(chi2.statistic),
            "chi2.p_value": float(chi2.pvalue),
            "jensen_shannon.distance": float(distance.jensenshannon(r, c)),
        }

print(json.dumps(results))
