"""The pandas peer of validate-data: reads the benchmark's CSV with pandas and checks the same
data contract the same way (required, bounds, enum, whole-value pattern, length, primary key,
mean, quantile, missing ratio, row count), then prints one JSON object: the failed count of every
row check and the value of every statistic, for run.js to compare with validate-data's report."""
import json
import sys
import time

import pandas as pd

start = time.perf_counter()
data_path, contract_path = sys.argv[1], sys.argv[2]
with open(contract_path) as f:
    contract = json.load(f)

# Table Schema's default missing value is the empty string, and nothing else.
frame = pd.read_csv(data_path, keep_default_na=False, na_values=[""], dtype={
    field["name"]: str for field in contract["fields"] if field.get("type") in ("string", "date")
})
read_seconds = time.perf_counter() - start
results = {}
for field in contract["fields"]:
    name, kind = field["name"], field.get("type")
    column = frame[name]
    missing = column.isna()
    constraints = field.get("constraints", {})
    if kind == "date":
        column = pd.to_datetime(column, format="%Y-%m-%d")
    if kind == "boolean":
        column = column.astype("boolean")
    present = column[~missing]
    if constraints.get("required"):
        results[f"{name}.required"] = int(missing.sum())
    for key, test in (("minimum", lambda v, b: v >= b), ("maximum", lambda v, b: v <= b)):
        if key in constraints:
            bound = pd.Timestamp(constraints[key]) if kind == "date" else constraints[key]
            results[f"{name}.{key}"] = int((~test(present, bound)).sum())
    if "enum" in constraints:
        results[f"{name}.enum"] = int((~present.isin(constraints["enum"])).sum())
    if "pattern" in constraints:
        results[f"{name}.pattern"] = int((~present.str.fullmatch(constraints["pattern"])).sum())
    if "maxLength" in constraints:
        results[f"{name}.maxLength"] = int((present.str.len() > constraints["maxLength"]).sum())
    stats = field.get("x-mlops", {})
    if "mean" in stats:
        results[f"{name}.mean"] = float(present.mean())
    for quantile in stats.get("quantiles", []):
        results[f"{name}.quantile({quantile['q']})"] = float(present.quantile(quantile["q"]))
    if "maxMissingRatio" in stats:
        results[f"{name}.missingRatio"] = float(missing.mean())
key = frame[contract["primaryKey"]]
results[f"{contract['primaryKey']}.primaryKey"] = int(key.duplicated().sum() + key.isna().sum())
results["rows"] = len(frame)
print(json.dumps({"results": results, "readSeconds": read_seconds}))
