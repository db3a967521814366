#!/usr/bin/env python3
"""Reference outputs for the indicators beyond TA-Lib (Sources/Indicators/Beyond), computed with
independent Python implementations on the first 2,000 candles of Examples/Data/BTCUSDT-1h.csv.

    python3 -m venv /tmp/beyondenv
    /tmp/beyondenv/bin/pip install pandas-ta-classic==0.8.32 ta==0.11.0 finta==1.3
    /tmp/beyondenv/bin/python scripts/indicators/generate_beyond_fixtures.py

(PyPI's pandas-ta needs Python 3.12; pandas-ta-classic is its maintained fork.) Writes
Tests/IndicatorsTests/Fixtures/beyond/inputs.json (the candles) and <NAME>.<case>.json: the
parameters (our names), the lookback our definition gives, the library and version, notes on
where the library's definition differs from ours, and each output with null where undefined.
Values before the lookback are written as null even where a library fills partial windows.
"""
import json
import math
import pathlib
from importlib.metadata import version

import numpy as np
import pandas as pd
import pandas_ta_classic as pta
import ta
from finta import TA as finta

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/IndicatorsTests/Fixtures/beyond"
CANDLES = 2000

df = pd.read_csv(ROOT / "Examples/Data/BTCUSDT-1h.csv", nrows=CANDLES)
df = df[["open", "high", "low", "close", "volume"]].astype(float).reset_index(drop=True)
high, low, close, volume = df["high"], df["low"], df["close"], df["volume"]

PTA = f"pandas-ta-classic {version('pandas-ta-classic')} (pandas {pd.__version__}, numpy {np.__version__})"
TA = f"ta {version('ta')} (pandas {pd.__version__})"
FINTA = f"finta {version('finta')} (pandas {pd.__version__})"


def values(series, lookback):
    out = []
    for index, value in enumerate(np.asarray(series, dtype=float)):
        out.append(None if index < lookback or not math.isfinite(value) else float(value))
    return out


def write(name, case, parameters, lookback, library, outputs, notes=""):
    OUT.mkdir(parents=True, exist_ok=True)
    document = {
        "function": name, "case": case, "parameters": parameters, "lookback": lookback,
        "library": library, "notes": notes, "candles": CANDLES,
        "outputNames": list(outputs),
        "outputs": {key: values(series, lookback) for key, series in outputs.items()},
    }
    (OUT / f"{name}.{case}.json").write_text(json.dumps(document, separators=(",", ":")) + "\n")


def ichimoku(case, tenkan, kijun, senkou):
    ind = ta.trend.IchimokuIndicator(high, low, window1=tenkan, window2=kijun, window3=senkou, visual=False)
    chikou = pta.ichimoku(high, low, close, tenkan, kijun, senkou, as_dataframe=True).iloc[:, -1]
    write("ICHIMOKU", case, {"tenkanperiod": tenkan, "kijunperiod": kijun, "senkouperiod": senkou},
          max(tenkan, kijun, senkou) - 1, f"{TA}; chikou: {PTA}",
          {"tenkan": ind.ichimoku_conversion_line(), "kijun": ind.ichimoku_base_line(),
           "senkoua": ind.ichimoku_a(), "senkoub": ind.ichimoku_b(), "chikou": chikou.shift(kijun)},
          "ta's spans with visual=False (undisplaced); pandas-ta's chikou (close shifted back) shifted forward again.")


def blocks(bars):
    """The frame of `bars`-bar periods (high, low, last close) and each bar's period number."""
    period = np.arange(CANDLES) // bars
    grouped = df.groupby(period).agg(high=("high", "max"), low=("low", "min"), close=("close", "last"))
    grouped["open"] = 0.0
    return grouped, period


def camarilla(frame):
    prev = frame.shift()
    pp = (prev["high"] + prev["low"] + prev["close"]) / 3
    rng = prev["high"] - prev["low"]
    out = {"pivot": pp}
    for level, divisor in zip(range(1, 5), (12, 6, 4, 2)):
        out[f"r{level}"] = prev["close"] + rng * 1.1 / divisor
        out[f"s{level}"] = prev["close"] - rng * 1.1 / divisor
    return pd.DataFrame(out)


def pivots(case, method, bars):
    frame, period = blocks(bars)
    if method == 0:
        levels, library = finta.PIVOT(frame), FINTA
    elif method == 1:
        levels, library = finta.PIVOT_FIB(frame), FINTA
    else:
        levels, library = camarilla(frame), "Camarilla equation coded here from its definition (pandas arithmetic)"
    names = ["pivot", "r1", "r2", "r3", "r4", "s1", "s2", "s3", "s4"]
    write("PIVOTS", case, {"method": method, "barsperperiod": bars}, bars, library,
          {name: levels[name].to_numpy()[period] for name in names},
          f"Periods of {bars} bars from the first; levels from the previous period's high, low and close.")


def avwap(case, anchor):
    part = finta.VWAP(df.iloc[anchor:])
    write("AVWAP", case, {"anchor": anchor}, anchor, FINTA, {"real": part.reindex(df.index)},
          "finta's cumulative VWAP of the typical price over the candles from the anchor on.")


def chop(case, period):
    write("CHOP", case, {"timeperiod": period}, period, PTA,
          {"real": pta.chop(high, low, close, length=period, atr_length=1)})


def ulcer(case, period):
    write("ULCER", case, {"timeperiod": period}, 2 * (period - 1), PTA, {"real": pta.ui(close, length=period)})


def fisher(case, period):
    frame = pta.fisher(high, low, length=period, signal=1)
    write("FISHER", case, {"timeperiod": period}, period, PTA,
          {"fisher": frame.iloc[:, 0], "trigger": frame.iloc[:, 1]},
          "pandas-ta floors the median-price range at 0.001 (ours: a zero range is read as the middle); "
          "no range here is that small. Its 0 at bar timeperiod-1 is the recursion's seed, masked.")


def chandelier(case, period, multiplier):
    frame = pta.ce(high, low, close, length=period, multiplier=multiplier)
    write("CHANDELIER", case, {"timeperiod": period, "multiplier": multiplier}, period, PTA,
          {"longexit": frame.iloc[:, 0], "shortexit": frame.iloc[:, 1]},
          "ATR is pandas-ta's RMA of the true range, seeded with the mean of the first timeperiod true ranges (as TA-Lib).")


def connorsrsi(case, rsi_period, streak_period, rank_period):
    diff = close.diff()
    streak = np.zeros(CANDLES)
    for index in range(1, CANDLES):
        if diff[index] > 0:
            streak[index] = streak[index - 1] + 1 if streak[index - 1] > 0 else 1
        elif diff[index] < 0:
            streak[index] = streak[index - 1] - 1 if streak[index - 1] < 0 else -1
    change = ((close / close.shift()) - 1.0) * 100.0
    rank = np.full(CANDLES, np.nan)
    changes = change.to_numpy()
    for index in range(rank_period + 1, CANDLES):
        earlier = changes[index - rank_period:index]
        rank[index] = (earlier < changes[index]).sum() / rank_period * 100.0
    price_rsi = pta.rsi(close, length=rsi_period)
    streak_rsi = pta.rsi(pd.Series(streak), length=streak_period)
    crsi = (price_rsi + streak_rsi + rank) / 3
    write("CONNORSRSI", case, {"rsiperiod": rsi_period, "streakperiod": streak_period, "rankperiod": rank_period},
          max(rsi_period, streak_period, rank_period + 1), f"{PTA} (rsi); streak and percent rank coded here",
          {"real": crsi},
          "RSIs: pandas-ta's (Wilder's, seeded with the mean gain and loss, as TA-Lib); streak 0 on the first bar; "
          "rank: share of the previous rankperiod 1-bar ROCs strictly below the current one.")


def squeeze(case, bb_period, bb_dev, kc_period, kc_mult):
    frame = pta.squeeze(high, low, close, bb_length=bb_period, bb_std=bb_dev, kc_length=kc_period,
                        kc_scalar=kc_mult, mamode="sma", lazybear=True)
    write("SQUEEZE", case, {"bbperiod": bb_period, "bbdev": bb_dev, "kcperiod": kc_period, "kcmult": kc_mult},
          max(bb_period - 1, kc_period, 2 * kc_period - 2), PTA,
          {"momentum": frame.iloc[:, 0], "squeezeon": frame["SQZ_ON"], "squeezeoff": frame["SQZ_OFF"]},
          "squeeze(lazybear=True, mamode='sma', tr=True): population standard deviation, true range from the second bar.")


def alligator(case, jaw, teeth, lips):
    median = 0.5 * (high + low)
    write("ALLIGATOR", case, {"jawperiod": jaw, "teethperiod": teeth, "lipsperiod": lips}, max(jaw, teeth, lips) - 1,
          f"{PTA} (rma of hl2)",
          {"jaw": pta.rma(median, length=jaw), "teeth": pta.rma(median, length=teeth), "lips": pta.rma(median, length=lips)},
          "Williams' SMMA is Wilder's smoothing seeded with the simple mean: pandas-ta's rma. Lines undisplaced.")


def stc(case, fast, slow, cycle, smooth):
    ind = ta.trend.STCIndicator(close, window_slow=slow, window_fast=fast, cycle=cycle, smooth1=smooth, smooth2=smooth)
    write("STC", case, {"fastperiod": fast, "slowperiod": slow, "cycleperiod": cycle, "smoothperiod": smooth},
          max(fast, slow) - 1 + 2 * (cycle - 1) + 2 * (smooth - 1), TA, {"real": ind.stc()},
          "ta divides by a zero stochastic range (NaN or infinity) where Schaff keeps the previous value; "
          "no such range occurs here.")


def kst(case, rocs, smas, signal):
    ind = ta.trend.KSTIndicator(close, *rocs, *smas, nsig=signal)
    parameters = {f"rocperiod{i + 1}": v for i, v in enumerate(rocs)}
    parameters.update({f"smaperiod{i + 1}": v for i, v in enumerate(smas)})
    parameters["signalperiod"] = signal
    write("KST", case, parameters, max(r + s - 1 for r, s in zip(rocs, smas)) + signal - 1, TA,
          {"kst": ind.kst(), "signal": ind.kst_sig()},
          "ta fills the first closes' missing earlier closes with the series mean; those bars are before the lookback.")


def vidya(case, period):
    write("VIDYA", case, {"timeperiod": period}, period - 1, PTA, {"real": pta.vidya(close, length=period)},
          "pandas-ta divides by zero where the window has no change at all (ours: k = 0); no such window here.")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "inputs.json").write_text(json.dumps(
        {"source": "Examples/Data/BTCUSDT-1h.csv", "candles": CANDLES,
         **{name: df[name].tolist() for name in ["open", "high", "low", "close", "volume"]}},
        separators=(",", ":")) + "\n")
    ichimoku("default", 9, 26, 52)
    ichimoku("second", 20, 60, 120)
    pivots("default", 0, 1)
    pivots("second", 1, 24)
    pivots("camarilla", 2, 1)
    pivots("daily", 0, 24)
    avwap("default", 0)
    avwap("second", 500)
    chop("default", 14)
    chop("second", 30)
    ulcer("default", 14)
    ulcer("second", 28)
    fisher("default", 10)
    fisher("second", 21)
    chandelier("default", 22, 3.0)
    chandelier("second", 14, 2.5)
    connorsrsi("default", 3, 2, 100)
    connorsrsi("second", 5, 3, 50)
    squeeze("default", 20, 2.0, 20, 1.5)
    squeeze("second", 30, 2.5, 14, 1.0)
    alligator("default", 13, 8, 5)
    alligator("second", 21, 13, 8)
    stc("default", 23, 50, 10, 3)
    stc("second", 12, 26, 9, 5)
    kst("default", (10, 15, 20, 30), (10, 10, 10, 15), 9)
    kst("second", (5, 10, 15, 20), (5, 5, 5, 10), 5)
    vidya("default", 14)
    vidya("second", 30)


if __name__ == "__main__":
    main()
