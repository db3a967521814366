"""Reference outputs of every TA-Lib function, for Tests/IndicatorsTests/TALibReferenceTests.swift.

    python3 -m venv /tmp/talibenv && /tmp/talibenv/bin/pip install ta-lib==0.8.2 numpy
    /tmp/talibenv/bin/python scripts/indicators/generate_fixtures.py

Runs PyPI's ta-lib (the C library through its Python wrapper) on 5,000 real candles:
BTC/USDT 1h at default parameters and ETH/USDT 1h at a second parameter set (every
moving-average type is exercised across functions, and MA at all nine). Writes, under
Tests/IndicatorsTests/Fixtures/talib/:
  inputs-<dataset>.f64  six little-endian float64 columns of 5,000: open high low close volume periods
  <FUNCTION>.<case>.bin outputs in order, float64 (NaN where undefined) or int32 for integer outputs
  manifest.json         per case: function, dataset, parameters, lookback, outputs and their types
"""
import json
import os
import sys

import numpy

sys.path.insert(0, os.path.dirname(__file__))
import talib  # noqa: E402
import talib.abstract as abstract  # noqa: E402
import talib_info  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests/IndicatorsTests/Fixtures/talib")
COUNT = 5000
DATASETS = {"btc-1h": "Examples/Data/BTCUSDT-1h.csv", "eth-1h": "Examples/Data/ETHUSDT-1h.csv"}

# Second-set values for real parameters whose generic change would be meaningless.
REAL_OVERRIDES = {"nbdevup": 1.5, "nbdevdn": 2.5, "nbdev": 1.5, "penetration": 0.5, "vfactor": 0.5,
                  "fastlimit": 0.4, "slowlimit": 0.08, "acceleration": 0.03, "maximum": 0.25,
                  "accelerationinitlong": 0.03, "accelerationlong": 0.025, "accelerationmaxlong": 0.3,
                  "accelerationinitshort": 0.01, "accelerationshort": 0.015, "accelerationmaxshort": 0.15,
                  "offsetonreverse": 0.01}


def load(path):
    rows = numpy.loadtxt(os.path.join(ROOT, path), delimiter=",", skiprows=1, max_rows=COUNT)
    columns = {name: numpy.ascontiguousarray(rows[:, index + 1])
               for index, name in enumerate(["open", "high", "low", "close", "volume"])}
    # MAVP's periods: whole numbers 1…40, beyond its default 2…30 so clamping is exercised.
    columns["periods"] = numpy.random.default_rng(20261125).integers(1, 41, COUNT).astype(float)
    return columns


def second_parameters(info, ordinal):
    values = {}
    for parameter in info["parameters"]:
        name, default = parameter["name"], parameter["default"]
        low, high = parameter["minimum"], parameter["maximum"]
        if parameter["kind"] == "matype":
            value = 1 + (ordinal + len(values)) % 8  # EMA…T3 spread over the functions
        elif parameter["kind"] == "integer":
            value = max(low, round(default * 0.7)) if default >= 4 else min(high, default + 2)
        else:
            value = REAL_OVERRIDES.get(name, default * 1.25 if default else default)
            value = min(max(value, low), high)
        values[name] = value
    return values


def run(name, columns, parameters, info):
    function = abstract.Function(name)
    kinds = {p["name"]: p["kind"] for p in info["parameters"]}
    function.set_parameters({k: (float(v) if kinds[k] == "real" else int(v)) for k, v in parameters.items()})
    result = function(columns)
    return (result if isinstance(result, list) else [result]), function.lookback


def write_case(manifest, name, case, dataset, columns, parameters, info):
    outputs, lookback = run(name, columns, parameters, info)
    kinds = ["i4" if array.dtype.kind == "i" else "f8" for array in outputs]
    path = f"{name}.{case}.bin"
    with open(os.path.join(OUT, path), "wb") as handle:
        for array, kind in zip(outputs, kinds):
            handle.write(numpy.asarray(array, dtype="<" + kind).tobytes())
    manifest.append({"function": name, "case": case, "dataset": dataset, "parameters": parameters,
                     "lookback": lookback, "outputs": [o["name"] for o in info["outputs"]],
                     "types": kinds, "file": path})


def main():
    os.makedirs(OUT, exist_ok=True)
    for stale in os.listdir(OUT):
        os.remove(os.path.join(OUT, stale))
    data = {}
    for dataset, path in DATASETS.items():
        data[dataset] = load(path)
        stacked = numpy.concatenate([data[dataset][c] for c in ["open", "high", "low", "close", "volume", "periods"]])
        stacked.astype("<f8").tofile(os.path.join(OUT, f"inputs-{dataset}.f64"))
    manifest = []
    for ordinal, name in enumerate(talib.get_functions()):
        info = talib_info.function_info(name)
        defaults = {p["name"]: p["default"] for p in info["parameters"]}
        write_case(manifest, name, "default", "btc-1h", data["btc-1h"], defaults, info)
        if info["parameters"]:
            write_case(manifest, name, "second", "eth-1h", data["eth-1h"],
                       second_parameters(info, ordinal), info)
        if name == "MA":
            for matype in range(9):
                write_case(manifest, name, f"matype{matype}", "eth-1h", data["eth-1h"],
                           {"timeperiod": 21, "matype": matype}, info)
    with open(os.path.join(OUT, "manifest.json"), "w") as handle:
        json.dump({"generator": "scripts/indicators/generate_fixtures.py",
                   "talib": talib.__version__, "ta_lib_c": talib.__ta_version__.decode().split(" ")[0],
                   "candles": COUNT, "datasets": DATASETS, "cases": manifest}, handle, indent=1)
    print(f"{len(manifest)} cases for {len(talib.get_functions())} functions in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
