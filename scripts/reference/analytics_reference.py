#!/usr/bin/env python3
"""Reference values for the trading-performance report (independent of the Swift code).

Run (from the repository root, in a throwaway virtualenv):

    python3 -m venv /tmp/refenv
    /tmp/refenv/bin/pip install empyrical-reloaded==0.7.1 pandas==3.1.1 numpy==2.4.6
    /tmp/refenv/bin/python scripts/reference/analytics_reference.py

It writes Tests/TradingCoreTests/Fixtures/analytics_reference.json (path relative to the
repository root, resolved from this file's location). Inputs are generated deterministically
(numpy default_rng with a fixed seed, plus hand-written values), so re-running gives the same
file byte for byte with the pinned versions.

Which tool produced each figure
-------------------------------
* sharpe            empyrical.sharpe_ratio(daily, annualization=365); asserted equal (rel 1e-12)
                    to mean/std(ddof=1)*sqrt(365) computed with numpy.
* sortino           empyrical.sortino_ratio(daily, annualization=365); asserted equal (rel 1e-12)
                    to mean/sqrt(mean(min(r,0)^2))*sqrt(365) computed with numpy.
* daily returns     pandas: Series on a UTC DatetimeIndex, .resample('1D').last().ffill(),
                    then pct_change with initial_capital prepended as the previous value.
* max_drawdown      numpy: max(1 - equity / cummax(equity)); asserted equal (rel 1e-12) to
                    -empyrical.max_drawdown(point-to-point returns of the equity points).
                    The initial capital is NOT an extra point: the series is exactly the equity
                    points given, and the first equity point equals initial_capital.
* max_drawdown_duration_seconds
                    plain Python (no tool defines it); cross-checked by a second, pandas-based
                    implementation.
* annualized_return, exposure, final_equity, total_pnl, total_return
                    plain Python (decimal.Decimal for the money figures, then float()).
* trade statistics  plain Python with decimal.Decimal (50 significant digits) from the pnl/fees/
                    funding strings, converted to float (correctly rounded) at the end; cross-checked
                    against numpy float computations. expectancy is asserted equal to average_trade.

Conventions fixed here (where the definitions leave a choice)
-------------------------------------------------------------
* A trade wins when pnl > 0; pnl == 0 counts as a non-win (loss).
* pnl is already net: pnl = gross - fees + funding, funding signed (+ received, - paid),
  fees >= 0. Only pnl, fees and funding are written.
* Every case has at least one win and one non-win, so average_win/average_loss are defined.
* profit_factor is null when -(sum of non-winning pnl) == 0.
* Drawdown peak = the last point at or before the trough whose equity equals the running peak
  at the trough; the deepest drawdown is the first point attaining the maximum drawdown.
  Recovery = first later point with equity >= that peak (equality counts; case 2 exercises it).
  If the maximum drawdown is 0 (equity never falls), the duration is 0.
* sharpe/sortino are null with fewer than 2 daily returns, std == 0 / downside deviation == 0.
* annualized_return is null when last time - first time < 86400 s.
"""

from __future__ import annotations

import json
import math
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal, localcontext
from pathlib import Path

import empyrical
import numpy as np
import pandas as pd

SEED = 20240301
ANNUALIZATION = 365
DAY_S = 86400
YEAR_S = 365 * DAY_S

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_PATH = REPO_ROOT / "Tests" / "TradingCoreTests" / "Fixtures" / "analytics_reference.json"


def ms(dt: datetime) -> int:
    assert dt.tzinfo is not None
    return int(round(dt.timestamp() * 1000))


def cents(x: float) -> float:
    """Round to 2 decimals and return the float that the JSON literal will parse to."""
    return float(Decimal(repr(x)).quantize(Decimal("0.01")))


def dec(x: float) -> Decimal:
    """The exact decimal literal the fixture holds for a float written with repr()."""
    return Decimal(repr(x))


# ----------------------------------------------------------------------------------------------
# Inputs
# ----------------------------------------------------------------------------------------------

def case1_inputs(rng: np.random.Generator):
    """~40 days hourly, one whole missing UTC day, a long shallow drawdown that recovers,
    then a deeper, shorter drawdown that has not recovered at the end."""
    initial = 10000.0
    start = datetime(2024, 3, 1, 5, 0, tzinfo=timezone.utc)
    end = datetime(2024, 4, 10, 13, 0, tzinfo=timezone.utc)
    missing_day = datetime(2024, 3, 15, tzinfo=timezone.utc).date()

    # piecewise-linear target for log(equity / initial), knots in days since start
    knots_t = [0.0, 8.0, 13.0, 20.0, 33.0, 37.0, 40.5]
    knots_v = [0.0, 0.08, 0.02, 0.085, 0.17, 0.0, 0.04]

    times, values = [], []
    t = start
    while t <= end:
        if t.date() != missing_day:
            days = (t - start).total_seconds() / DAY_S
            target = float(np.interp(days, knots_t, knots_v))
            noise = float(rng.normal(0.0, 0.003))
            values.append(cents(initial * math.exp(target + noise)))
            times.append(ms(t))
        else:
            rng.normal(0.0, 0.003)  # keep the stream independent of the gap
        t += timedelta(hours=1)
    values[0] = initial  # first point equals initial capital

    exposed = [bool(x) for x in (rng.random(len(values)) < 0.62)]

    trades = []
    n = 24
    zero_at = 9
    for i in range(n):
        fees = Decimal(repr(round(float(rng.uniform(0.8, 6.5)), 4))).quantize(Decimal("0.0001"))
        funding = Decimal(repr(round(float(rng.normal(0.0, 1.2)), 4))).quantize(Decimal("0.0001"))
        if i == zero_at:
            gross = fees - funding  # net pnl exactly zero
        else:
            g = float(rng.normal(12.0, 85.0))
            gross = Decimal(repr(round(g, 2))).quantize(Decimal("0.01"))
        pnl = (gross - fees + funding).quantize(Decimal("0.0001"))
        trades.append((pnl, fees, funding))
    return dict(
        name="hourly_40d_gap_recovered_and_open_drawdown",
        description=(
            "Hourly points 2024-03-01T05:00Z..2024-04-10T13:00Z with the whole UTC day 2024-03-15 "
            "missing; a long shallow drawdown that recovers (~12 days), then a deeper drawdown "
            "(~7 days so far) that has not recovered at the last point. The deepest drawdown is "
            "not the longest one."
        ),
        initial=initial, times=times, values=values, exposed=exposed, trades=trades,
    )


def case2_inputs():
    """Single UTC day (spans < 2 UTC days, < 1 day): one daily return -> sharpe/sortino null,
    annualized null; deepest drawdown recovers to exactly the peak value."""
    initial = 10000.0
    day = datetime(2024, 5, 6, tzinfo=timezone.utc)
    hm = ["01:00", "02:15", "03:00", "04:30", "06:00", "07:45",
          "09:00", "11:30", "13:00", "15:20", "17:00", "19:30"]
    values = [10000.00, 10040.25, 10085.50, 10031.10, 9978.40, 10012.75,
              10085.50, 10120.00, 10104.30, 10131.85, 10098.60, 10117.45]
    times = [ms(day + timedelta(hours=int(s[:2]), minutes=int(s[3:]))) for s in hm]
    exposed = [False, True, True, True, True, False, False, True, True, True, False, False]
    D = Decimal
    trades = [
        (D("85.5000"), D("2.1000"), D("-0.4000")),
        (D("-107.1000"), D("2.3000"), D("0.0000")),
        (D("141.6000"), D("2.4500"), D("0.1500")),
        (D("-22.6350"), D("1.9850"), D("-0.0500")),
    ]
    return dict(
        name="single_utc_day_recovery_to_exact_peak",
        description=(
            "12 irregular points on 2024-05-06 UTC (01:00..19:30). One daily return, span under "
            "one day. Peak 10085.50 at 03:00, trough 9978.40 at 06:00, equity back to exactly "
            "10085.50 at 09:00 (>= counts as recovery)."
        ),
        initial=initial, times=times, values=values, exposed=exposed, trades=trades,
    )


def case3_inputs(rng: np.random.Generator):
    """Strictly rising equity every 6 h from a UTC midnight to a UTC midnight 10 days later."""
    initial = 10000.0
    start = datetime(2024, 6, 1, 0, 0, tzinfo=timezone.utc)
    times, values = [], []
    e = initial
    for k in range(41):
        if k > 0:
            prev = e
            e = cents(e * (1.0 + float(rng.uniform(0.0005, 0.006))))
            assert e > prev
        values.append(e)
        times.append(ms(start + timedelta(hours=6 * k)))
    exposed = [bool(x) for x in (rng.random(len(values)) < 0.5)]
    D = Decimal
    trades = [
        (D("42.1800"), D("1.2000"), D("0.0300")),
        (D("0.0000"), D("1.1000"), D("-0.2500")),
        (D("118.0425"), D("3.4575"), D("-0.5000")),
        (D("61.3300"), D("1.8700"), D("0.2000")),
        (D("95.0000"), D("2.5000"), D("0.0000")),
    ]
    return dict(
        name="only_rising_10d",
        description=(
            "41 strictly increasing points every 6 h, 2024-06-01T00:00Z..2024-06-11T00:00Z. "
            "No drawdown (max_drawdown 0, duration 0), no negative daily return (sortino null). "
            "Trades: wins plus one zero-pnl trade, so -(sum of non-winning pnl) == 0 and "
            "profit_factor is null."
        ),
        initial=initial, times=times, values=values, exposed=exposed, trades=trades,
    )


# ----------------------------------------------------------------------------------------------
# Metrics
# ----------------------------------------------------------------------------------------------

def nullable(x):
    if x is None:
        return None
    x = float(x)
    if not math.isfinite(x):
        return None
    return x


def close(a: float, b: float, rel: float = 1e-12, abs_: float = 1e-15) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def daily_returns(initial: float, times, values):
    idx = pd.to_datetime(pd.Series(times, dtype="int64"), unit="ms", utc=True)
    s = pd.Series(values, index=pd.DatetimeIndex(idx), dtype="float64")
    daily = s.resample("1D").last().ffill()
    with_init = pd.concat([pd.Series([initial], dtype="float64"), daily.reset_index(drop=True)])
    rets = with_init.pct_change().iloc[1:].to_numpy(dtype="float64")
    ret_series = pd.Series(rets, index=daily.index)
    # independent check without pandas resampling
    days = sorted({t // (DAY_S * 1000) for t in times})
    first_day, last_day = days[0], days[-1]
    last_by_day = {}
    for t, v in zip(times, values):
        last_by_day[t // (DAY_S * 1000)] = v
    prev, manual = initial, []
    carried = initial
    for d in range(first_day, last_day + 1):
        carried = last_by_day.get(d, carried)
        manual.append(carried / prev - 1.0)
        prev = carried
    assert len(manual) == len(rets)
    assert all(close(a, b) for a, b in zip(manual, rets)), "daily return cross-check failed"
    assert int(daily.index[0].timestamp()) == first_day * DAY_S
    return daily, ret_series


def drawdown_stats(times, values):
    e = np.asarray(values, dtype="float64")
    peak = np.maximum.accumulate(e)
    dd = 1.0 - e / peak
    i_trough = int(np.argmax(dd))  # first point attaining the maximum
    mdd = float(dd[i_trough])
    if mdd <= 0.0:
        return 0.0, 0, None, None, None
    peak_val = peak[i_trough]
    i_peak = max(i for i in range(i_trough + 1) if e[i] == peak_val)
    i_rec = next((j for j in range(i_trough + 1, len(e)) if e[j] >= peak_val), None)
    end_i = i_rec if i_rec is not None else len(e) - 1
    duration_ms = times[end_i] - times[i_peak]
    assert duration_ms % 1000 == 0
    # pandas-based cross-check of the duration
    s = pd.Series(e, index=pd.to_datetime(times, unit="ms", utc=True))
    cm = s.cummax()
    tr = (1 - s / cm).idxmax()
    pk = s[:tr][s[:tr] == cm[tr]].index[-1]
    after = s[tr:]
    rec = after[after >= cm[tr]]
    endt = rec.index[0] if len(rec) else s.index[-1]
    assert int((endt - pk).total_seconds()) == duration_ms // 1000
    return mdd, duration_ms // 1000, times[i_peak], times[i_trough], (
        times[i_rec] if i_rec is not None else None)


def trade_stats(trades):
    with localcontext() as ctx:
        ctx.prec = 50
        pnls = [p for p, _, _ in trades]
        n = len(pnls)
        wins = [p for p in pnls if p > 0]
        losses = [p for p in pnls if not p > 0]
        assert wins and losses
        win_rate = Decimal(len(wins)) / Decimal(n)
        avg_trade = sum(pnls, Decimal(0)) / n
        avg_win = sum(wins, Decimal(0)) / len(wins)
        avg_loss = sum(losses, Decimal(0)) / len(losses)
        denom = -sum(losses, Decimal(0))
        pf = None if denom == 0 else sum(wins, Decimal(0)) / denom
        expectancy = win_rate * avg_win - (1 - win_rate) * abs(avg_loss)
        assert abs(expectancy - avg_trade) < Decimal("1e-40"), (expectancy, avg_trade)
        out = dict(
            trades=n,
            winning_trades=len(wins),
            losing_trades=len(losses),
            win_rate=float(win_rate),
            average_trade=float(avg_trade),
            average_win=float(avg_win),
            average_loss=float(avg_loss),
            best_trade=float(max(pnls)),
            worst_trade=float(min(pnls)),
            profit_factor=None if pf is None else float(pf),
            expectancy=float(expectancy),
            total_fees=float(sum((f for _, f, _ in trades), Decimal(0))),
            total_funding=float(sum((u for _, _, u in trades), Decimal(0))),
        )
    # float cross-check (numpy)
    p = np.array([float(x) for x in pnls])
    w = p[p > 0]
    lo = p[~(p > 0)]
    assert close(out["average_trade"], float(p.mean()), 1e-12, 1e-9)
    assert close(out["average_win"], float(w.mean()), 1e-12, 1e-9)
    assert close(out["average_loss"], float(lo.mean()), 1e-12, 1e-9)
    if out["profit_factor"] is not None:
        assert close(out["profit_factor"], float(w.sum() / -lo.sum()))
    fl_exp = (len(w) / len(p)) * w.mean() - (1 - len(w) / len(p)) * abs(lo.mean())
    assert close(fl_exp, float(p.mean()), 1e-9, 1e-9)
    return out


def build_case(c):
    initial, times, values, exposed = c["initial"], c["times"], c["values"], c["exposed"]
    assert len(times) == len(values) == len(exposed) >= 2
    assert all(b > a for a, b in zip(times, times[1:])), "time must strictly increase"
    assert values[0] == initial

    # money figures from the exact decimal literals written to the fixture
    final_d, init_d = dec(values[-1]), dec(initial)
    with localcontext() as ctx:
        ctx.prec = 50
        final_equity = float(final_d)
        total_pnl = float(final_d - init_d)
        total_return = float(final_d / init_d - 1)
    assert close(total_return, values[-1] / initial - 1.0, 1e-9, 1e-15)

    # drawdown
    mdd, mdd_dur, peak_t, trough_t, rec_t = drawdown_stats(times, values)
    e = np.asarray(values, dtype="float64")
    point_returns = pd.Series(e[1:] / e[:-1] - 1.0)
    emp_mdd = float(empyrical.max_drawdown(point_returns))
    assert close(mdd, -emp_mdd), (mdd, emp_mdd)

    # daily returns, sharpe, sortino
    daily_eq, rets = daily_returns(initial, times, values)
    r = rets.to_numpy()
    sharpe = sortino = None
    emp_sharpe = float(empyrical.sharpe_ratio(rets, risk_free=0, annualization=ANNUALIZATION))
    emp_sortino = float(empyrical.sortino_ratio(rets, required_return=0,
                                                annualization=ANNUALIZATION))
    if len(r) >= 2:
        std = float(np.std(r, ddof=1))
        if std > 0 and not np.all(r == r[0]):
            manual = float(np.mean(r)) / std * math.sqrt(ANNUALIZATION)
            assert close(emp_sharpe, manual), (emp_sharpe, manual)
            sharpe = emp_sharpe
        else:
            assert not (math.isfinite(emp_sharpe) and emp_sharpe != 0) or std == 0
        dd = math.sqrt(float(np.mean(np.minimum(r, 0.0) ** 2)))
        if dd > 0:
            manual = float(np.mean(r)) / dd * math.sqrt(ANNUALIZATION)
            assert close(emp_sortino, manual), (emp_sortino, manual)
            sortino = emp_sortino
        else:
            assert not math.isfinite(emp_sortino)  # empyrical: inf/nan when no downside
    else:
        assert math.isnan(emp_sharpe) and math.isnan(emp_sortino)

    # exposure, annualized
    exposure = sum(1 for x in exposed if x) / len(exposed)
    span_s = (times[-1] - times[0]) / 1000.0
    annualized = None
    if span_s >= DAY_S:
        years = span_s / YEAR_S
        annualized = (values[-1] / initial) ** (1.0 / years) - 1.0

    expected = dict(
        final_equity=final_equity,
        total_pnl=total_pnl,
        total_return=total_return,
        **trade_stats(c["trades"]),
        max_drawdown=mdd,
        max_drawdown_duration_seconds=int(mdd_dur),
        sharpe=nullable(sharpe),
        sortino=nullable(sortino),
        exposure=exposure,
        annualized_return=nullable(annualized),
    )
    diagnostics = dict(
        daily=[[ms(ts.to_pydatetime()), float(v), float(rr)]
               for ts, v, rr in zip(daily_eq.index, daily_eq.to_numpy(), r)],
        daily_note="[UTC day start ms, day equity (last point, carried forward), return]",
        daily_return_count=len(r),
        max_drawdown_peak_time_ms=peak_t,
        max_drawdown_trough_time_ms=trough_t,
        max_drawdown_recovery_time_ms=rec_t,
        empyrical_max_drawdown=emp_mdd,
        empyrical_sharpe_raw=nullable(emp_sharpe),
        empyrical_sortino_raw=nullable(emp_sortino),
        span_seconds=span_s,
    )
    case = dict(
        name=c["name"],
        description=c["description"],
        initial_capital=initial,
        equity=[[t, v] for t, v in zip(times, values)],
        exposed=exposed,
        trades=[dict(pnl=str(p), fees=str(f), funding=str(u)) for p, f, u in c["trades"]],
        expected=expected,
        diagnostics=diagnostics,
    )
    for tr in case["trades"]:
        for v in tr.values():
            assert "E" not in v and not v.startswith("-0.0000"), v
    return case


def main() -> int:
    rng = np.random.default_rng(SEED)
    c1 = case1_inputs(rng)
    c3 = case3_inputs(rng)
    c2 = case2_inputs()
    cases = [build_case(c1), build_case(c2), build_case(c3)]

    # shape checks on case 1 (the properties the case exists for)
    k1 = cases[0]
    times = [p[0] for p in k1["equity"]]
    day_set = {t // (DAY_S * 1000) for t in times}
    assert (max(day_set) - min(day_set) + 1) - len(day_set) == 1, "expected one missing UTC day"
    e = np.array([p[1] for p in k1["equity"]])
    peak = np.maximum.accumulate(e)
    dd = 1 - e / peak
    d = k1["diagnostics"]
    assert d["max_drawdown_recovery_time_ms"] is None and e[-1] < peak[-1]
    i_tr = times.index(d["max_drawdown_trough_time_ms"])
    earlier = dd[: times.index(d["max_drawdown_peak_time_ms"]) + 1]
    assert earlier.max() > 0.04, "expected an earlier recovered drawdown"
    assert dd[i_tr] > earlier.max()
    assert any(r[2] == 0.0 for r in d["daily"]), "missing day should give a zero return"
    assert any(t["pnl"] in ("0.0000", "0") for t in k1["trades"])
    assert cases[1]["expected"]["sharpe"] is None and cases[1]["expected"]["annualized_return"] is None
    assert cases[2]["expected"]["max_drawdown"] == 0.0 and cases[2]["expected"]["sortino"] is None

    doc = dict(
        generator=dict(
            script="scripts/reference/analytics_reference.py",
            run="python scripts/reference/analytics_reference.py "
                "(after pip install empyrical-reloaded==0.7.1 pandas==3.1.1 numpy==2.4.6)",
            seed=SEED,
            versions=dict(
                python=sys.version.split()[0],
                empyrical_reloaded=empyrical.__version__,
                pandas=pd.__version__,
                numpy=np.__version__,
            ),
            tools=dict(
                sharpe="empyrical.sharpe_ratio(daily, annualization=365), asserted vs numpy formula",
                sortino="empyrical.sortino_ratio(daily, annualization=365), asserted vs numpy formula",
                max_drawdown="numpy 1 - e/cummax(e), asserted vs -empyrical.max_drawdown(point returns)",
                daily_returns="pandas resample('1D').last().ffill(), initial capital prepended, pct_change",
                other="plain Python; money and trade figures with decimal.Decimal then float()",
            ),
            notes=[
                "time values are Unix milliseconds, UTC.",
                "The initial capital is not an extra point: the first equity point equals initial_capital.",
                "Trade pnl is net: pnl = gross - fees + funding (funding signed, + received).",
                "A trade wins when pnl > 0; pnl == 0 is a non-win (loss).",
                "Drawdown duration runs from the last point at the running peak before the deepest "
                "point to the first later point with equity >= that peak, or to the last point; 0 "
                "when there is no drawdown.",
                "sharpe/sortino null when fewer than 2 daily returns or zero (downside) deviation; "
                "annualized_return null when the span is under 86400 s; profit_factor null when "
                "-(sum of non-winning pnl) == 0.",
                "diagnostics are intermediate values for debugging, not part of the report.",
            ],
        ),
        cases=cases,
    )
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
    print(f"wrote {OUT_PATH.relative_to(REPO_ROOT)}")
    for c in cases:
        x = c["expected"]
        print(f"{c['name']}: sharpe={x['sharpe']!r} sortino={x['sortino']!r} "
              f"max_drawdown={x['max_drawdown']!r} "
              f"duration_s={x['max_drawdown_duration_seconds']} "
              f"annualized={x['annualized_return']!r} profit_factor={x['profit_factor']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
