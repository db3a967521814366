"""Reference outputs of every TA-Lib function, for Tests/IndicatorsTests/TALibReferenceTests.swift.

    python3 -m venv /tmp/talibenv && /tmp/talibenv/bin/pip install ta-lib==0.8.2 numpy
    /tmp/talibenv/bin/python scripts/indicators/generate_fixtures.py

Runs PyPI's ta-lib (the C library through its Python wrapper) on 5,000 real candles:
BTC/USDT 1h at default parameters and ETH/USDT 1h at a second parameter set (every
moving-average type is exercised across functions, and MA at all fourteen). Crypto candles rarely
gap and rarely tie, so the candlestick patterns and the functions that compare values (extremes,
stochastics, SAR) also run on a synthetic series on a coarse price grid with frequent gaps, doji
and equal highs and lows ("synthetic" case). Writes, under
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


COMPARING = {"MAX", "MIN", "MAXINDEX", "MININDEX", "MINMAX", "MINMAXINDEX", "AROON", "AROONOSC",
             "WILLR", "STOCH", "STOCHF", "MIDPOINT", "MIDPRICE", "SAR", "SAREXT", "FRACTAL", "DONCHIAN"}


def random_bars(rng, count, gap_chance, gap_steps, bare=0.3):
    """Bars on a 0.5 grid: gaps, doji and zero shadows are common; bodies keep their colour 75%
    of the time, so runs of long candles (crows, soldiers, three-method patterns) occur."""
    steps = lambda low, high: rng.integers(low, high + 1, count) * 0.5  # noqa: E731
    gap = numpy.where(rng.random(count) < gap_chance, steps(-gap_steps, gap_steps), 0.0)
    size = numpy.where(rng.random(count) < 0.3, steps(10, 24), steps(1, 6))
    flips = rng.random(count) < 0.25
    sign = numpy.cumprod(numpy.where(flips, -1.0, 1.0))
    body = numpy.where(rng.random(count) < 0.2, 0.0, sign * size)
    upper = numpy.where(rng.random(count) < bare, 0.0, steps(0, 10))
    lower = numpy.where(rng.random(count) < bare, 0.0, steps(0, 10))
    open_, close = numpy.empty(count), numpy.empty(count)
    price = 200.0
    for bar in range(count):
        open_[bar] = max(price + gap[bar], 20.0)
        close[bar] = max(open_[bar] + body[bar], 10.0)
        price = close[bar] if 50 < close[bar] < 400 else 200.0
    return {"open": open_, "close": close, "high": numpy.maximum(open_, close) + upper,
            "low": numpy.minimum(open_, close) - lower, "volume": steps(1, 400)}


def synthetic():
    """5,000 bars in which every candlestick pattern fires: windows of random bars where TA-Lib
    finds a pattern (round-robin over patterns and directions, each with the 20 bars before it)
    strung together, then plain random bars."""
    rng = numpy.random.default_rng(7)
    pool = [random_bars(rng, 100_000, 0.5, 8), random_bars(rng, 100_000, 0.9, 30),
            random_bars(rng, 100_000, 0.1, 4, bare=0.8), random_bars(rng, 100_000, 0.9, 12, bare=0.9)]
    found = {}  # (pattern, direction) -> windows where TA-Lib finds it, across the kinds of bars
    for name in talib.get_function_groups()["Pattern Recognition"]:
        for bars in pool:
            signal = getattr(talib, name)(bars["open"], bars["high"], bars["low"], bars["close"])
            for direction in (1, -1):
                for bar in numpy.flatnonzero(signal * direction > 0)[:2]:
                    if bar >= 20:
                        window = {key: bars[key][bar - 20:bar + 3] for key in bars}
                        found.setdefault((name, direction), []).append(window)
    # Round-robin, so every pattern and direction gets windows before any gets a third.
    segments, budget = [], (COUNT * 3 // 4) // 23
    for round_ in range(max(len(windows) for windows in found.values())):
        segments += [windows[round_] for windows in found.values() if round_ < len(windows)]
    segments = segments[:budget]
    order = rng.permutation(len(segments))
    columns = {key: numpy.concatenate([segments[i][key] for i in order]) for key in segments[0]}
    filler = random_bars(rng, COUNT, 0.5, 8)
    columns = {key: numpy.concatenate([columns[key], filler[key]])[:COUNT] for key in columns}
    columns["periods"] = numpy.random.default_rng(20261125).integers(1, 41, COUNT).astype(float)
    return columns


def second_parameters(info, ordinal):
    values = {}
    for parameter in info["parameters"]:
        name, default = parameter["name"], parameter["default"]
        low, high = parameter["minimum"], parameter["maximum"]
        if parameter["kind"] == "matype":
            value = 1 + (ordinal + len(values)) % 13  # EMA…RMA spread over the functions
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
    data = {dataset: load(path) for dataset, path in DATASETS.items()}
    data["synthetic"] = synthetic()
    for dataset in data:
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
        if info["group"] == "Pattern Recognition" or name in COMPARING:
            write_case(manifest, name, "synthetic", "synthetic", data["synthetic"], defaults, info)
        if name == "MA":
            for matype in range(14):
                write_case(manifest, name, f"matype{matype}", "eth-1h", data["eth-1h"],
                           {"timeperiod": 21, "matype": matype}, info)
    with open(os.path.join(OUT, "manifest.json"), "w") as handle:
        json.dump({"generator": "scripts/indicators/generate_fixtures.py",
                   "talib": talib.__version__, "ta_lib_c": talib.__ta_version__.decode().split(" ")[0],
                   "candles": COUNT, "datasets": {**DATASETS, "synthetic": "generated by synthetic()"}, "cases": manifest}, handle, indent=1)
    print(f"{len(manifest)} cases for {len(talib.get_functions())} functions in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
