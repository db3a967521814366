#!/usr/bin/env python3
"""Reference results for the "sma-cross" strategy backtest (independent of the Swift code).

What it checks
--------------
The Swift backtest of the SMA-crossover strategy, on the real candle files in Examples/Data,
per case: number of trades, final equity, number of winning trades, total fees, the first five
trades and the last trade (side, entry/exit fill time, entry/exit price, quantity, pnl).

Independence
------------
Written only from the written specification of the strategy and of the account rules; no Swift
code under Sources/ was read. Standard library only (decimal, fractions, csv, json).

How to run (from anywhere; paths are resolved from this file's location)
------------------------------------------------------------------------
    python3 scripts/reference/sma_cross_reference.py

It writes Tests/StrategiesTests/Fixtures/sma_cross_reference.json and prints a summary.
Re-running gives the same file byte for byte.

Semantics implemented (exactly as specified)
--------------------------------------------
* Candles: CSV header timestamp,open,high,low,close,volume; timestamp = Unix ms of the candle open.
* SMA: binary floating point, TA-Lib's running-sum algorithm: for each new close
  sum += close; sma = sum / period; sum -= oldest close of the window. The first period-1
  candles have no SMA. Closes are converted with float(str) for the SMA only.
* Cross above on candle i: fast[i] > slow[i] and fast[i-1] <= slow[i-1]; cross below:
  fast[i] < slow[i] and fast[i-1] >= slow[i-1]; all four SMAs must be defined.
* Cross above -> go long (close a short first); cross below -> go short (close a long first).
  Long-only: cross below only closes a long; cross above opens a long.
  A signal in the direction already held (possible only through ties, e.g. fast == slow on
  one candle and fast > slow on the next after an earlier cross above) is a no-op: the
  position is kept, not closed and reopened.
* Market orders fill at the NEXT candle's open; a signal on the last candle never fills.
  Close-then-open both fill at that next open, the close first.
* Quantity q = E / (price * (1 + fee_rate)), E = equity (= cash) after the close, truncated
  toward zero to 12 decimal places (computed with exact fractions, so no rounding at all
  before the truncation). fee_rate = fee_bps / 10000.
* Fee per fill = price * quantity * fee_rate, kept EXACT (no rounding; every money operation
  runs in a decimal context that traps Inexact, so the fixture values are exact until the
  final formatting). The alternative "round half-even to 12 places" is computed too: it gives
  the same 8-place equity, total fees and pnl in every case here, but may move a quantity's 12th
  decimal by 1 (a fee differing by < 1e-12 shifts the equity across a truncation boundary); the
  summary reports how many quantities move and whether any of them is in the fixture.
* Cash starts at capital and changes by realised P&L minus fees. Long realises q*(x - e),
  short q*(e - x). Equity = cash + unrealised P&L.
* A position open after the last candle is closed at the last candle's CLOSE price, fee
  charged, and counted as a trade; its closed_at_ms is the last candle's timestamp (its open
  time, as in the file). Cases where this happens have "last_trade_closed_at_end": true.
* Trade pnl = realised P&L - entry fee - exit fee; winning trade = pnl > 0.

Output format
-------------
{"cases": [ {file, fast, slow, long_only, fee_bps, capital, description,
             trades, final_equity, winning_trades, total_fees,
             first_trades: [...up to 5], last_trade: {...} | null,
             last_trade_closed_at_end} ... ], ...}
Money strings: final_equity, total_fees and each trade's pnl are the exact Decimal rounded
half-even to 8 places; quantity is exact (12 places); entry_price/exit_price are the price
strings exactly as in the CSV (compare numerically, e.g. "86977.0" == 86977).
opened_at_ms/closed_at_ms are JSON integers. capital is a string.
"""

import csv
import json
import os
from decimal import Context, Decimal, getcontext, localcontext, Inexact, Rounded, ROUND_HALF_EVEN, ROUND_DOWN
from fractions import Fraction

getcontext().prec = 50

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "StrategiesTests", "Fixtures", "sma_cross_reference.json")

Q8 = Decimal("0.00000001")
Q12 = Decimal("0.000000000001")
ROUNDING_CTX = Context(prec=50)  # no traps: used only where rounding is intended


def exact_ctx():
    """Decimal context in which any rounding raises: proves the money arithmetic is exact."""
    ctx = getcontext().copy()
    ctx.prec = 50
    ctx.traps[Inexact] = True
    ctx.traps[Rounded] = True
    return ctx


# ---------------------------------------------------------------------------------------------
# Data

def load_candles(rel_path):
    path = os.path.join(ROOT, rel_path)
    rows = []
    with open(path, newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        assert [h.strip() for h in header] == ["timestamp", "open", "high", "low", "close", "volume"], header
        for rec in reader:
            if not rec:
                continue
            ts = int(rec[0])
            rows.append({
                "ts": ts,
                "open_s": rec[1].strip(),
                "close_s": rec[4].strip(),
                "open": Decimal(rec[1].strip()),
                "close": Decimal(rec[4].strip()),
            })
    for a, b in zip(rows, rows[1:]):
        assert b["ts"] > a["ts"], "timestamps must increase"
    return rows


# ---------------------------------------------------------------------------------------------
# Indicators

def sma_talib(values, period):
    """TA-Lib TA_SMA: running float sum; None for the first period-1 values."""
    out = [None] * len(values)
    if period < 1 or len(values) < period:
        return out
    total = 0.0
    for i in range(period - 1):
        total += values[i]
    trailing = 0
    for i in range(period - 1, len(values)):
        total += values[i]
        out[i] = total / period
        total -= values[trailing]
        trailing += 1
    return out


def sma_exact(values, period):
    """Exact SMA with fractions (diagnostic only: shows where float drift could flip a signal)."""
    out = [None] * len(values)
    for i in range(period - 1, len(values)):
        out[i] = sum(values[i - period + 1:i + 1], Fraction(0)) / period
    return out


def cross_signals(fast, slow):
    """signal[i] in {None, 'above', 'below'}; also count candles where fast == slow."""
    n = len(fast)
    sig = [None] * n
    ties = 0
    for i in range(n):
        if fast[i] is not None and slow[i] is not None and fast[i] == slow[i]:
            ties += 1
    for i in range(1, n):
        f0, s0, f1, s1 = fast[i - 1], slow[i - 1], fast[i], slow[i]
        if None in (f0, s0, f1, s1):
            continue
        if f1 > s1 and f0 <= s0:
            sig[i] = "above"
        elif f1 < s1 and f0 >= s0:
            sig[i] = "below"
    return sig, ties


# ---------------------------------------------------------------------------------------------
# Backtest

def backtest(rows, signals, long_only, fee_bps, capital, fee_mode="exact"):
    ctx = exact_ctx()
    fee_rate = Decimal(fee_bps) / Decimal(10000)  # exact: fee_bps is an integer
    fee_frac = Fraction(fee_rate)

    def fee_of(price, qty):
        with localcontext(ctx):
            f = price * qty * fee_rate
        if fee_mode == "exact":
            return f
        assert fee_mode == "half_even_12"
        return f.quantize(Q12, rounding=ROUND_HALF_EVEN, context=ROUNDING_CTX)

    cash = Decimal(capital)
    total_fees = Decimal(0)
    pos = None  # dict(side, qty, entry_price, entry_price_s, entry_ts, entry_fee)
    trades = []
    stats = {"signals": 0, "dropped_last": 0, "noop_same_side": 0, "noop_flat_close": 0}

    def close(price, price_s, ts):
        nonlocal cash, total_fees, pos
        with localcontext(ctx):
            q, e = pos["qty"], pos["entry_price"]
            realised = q * (price - e) if pos["side"] == "long" else q * (e - price)
            fee = fee_of(price, q)
            cash = cash + realised - fee
            total_fees = total_fees + fee
            pnl = realised - pos["entry_fee"] - fee
        trades.append({
            "side": pos["side"],
            "opened_at_ms": pos["entry_ts"],
            "closed_at_ms": ts,
            "entry_price": pos["entry_price_s"],
            "exit_price": price_s,
            "quantity": pos["qty"],
            "pnl": pnl,
        })
        pos = None

    def open_(side, price, price_s, ts):
        nonlocal cash, total_fees, pos
        equity = cash  # flat here, so equity == cash
        assert equity > 0, "equity must be positive to open a position"
        units = int(Fraction(equity) * 10**12 / (Fraction(price) * (1 + fee_frac)))  # trunc toward 0
        with localcontext(ctx):
            qty = Decimal(units).scaleb(-12)
            assert qty == qty.quantize(Q12)
            fee = fee_of(price, qty)
            # sanity: notional plus fee never exceeds the equity
            assert price * qty + price * qty * fee_rate <= equity
            cash = cash - fee
            total_fees = total_fees + fee
        pos = {"side": side, "qty": qty, "entry_price": price, "entry_price_s": price_s,
               "entry_ts": ts, "entry_fee": fee}

    pending = None
    n = len(rows)
    for i in range(n):
        row = rows[i]
        if pending is not None:
            price, price_s, ts = row["open"], row["open_s"], row["ts"]
            if pending == "above":
                if pos is not None and pos["side"] == "short":
                    close(price, price_s, ts)
                if pos is None:
                    open_("long", price, price_s, ts)
                else:
                    stats["noop_same_side"] += 1
            elif pending == "below":
                if long_only:
                    if pos is not None:
                        close(price, price_s, ts)
                    else:
                        stats["noop_flat_close"] += 1
                else:
                    if pos is not None and pos["side"] == "long":
                        close(price, price_s, ts)
                    if pos is None:
                        open_("short", price, price_s, ts)
                    else:
                        stats["noop_same_side"] += 1
            pending = None
        s = signals[i]
        if s is not None:
            stats["signals"] += 1
            if i == n - 1:
                stats["dropped_last"] += 1  # no next candle: never fills
            else:
                pending = s

    closed_at_end = False
    if pos is not None:
        last = rows[-1]
        close(last["close"], last["close_s"], last["ts"])
        closed_at_end = True

    assert pos is None
    with localcontext(ctx):
        final_equity = cash
        # Consistency: equity = capital + sum(trade pnl), total fees = sum of all fills' fees.
        assert final_equity == Decimal(capital) + sum((t["pnl"] for t in trades), Decimal(0))
    return {"trades": trades, "final_equity": final_equity, "total_fees": total_fees,
            "closed_at_end": closed_at_end, "stats": stats}


# ---------------------------------------------------------------------------------------------
# Cases

CASES = [
    dict(file="Examples/Data/BTCUSDT-1h.csv", fast=20, slow=50, long_only=False, fee_bps=5, capital="10000",
         description="spec case: long/short, 1h"),
    dict(file="Examples/Data/BTCUSDT-1h.csv", fast=10, slow=30, long_only=True, fee_bps=5, capital="10000",
         description="spec case: long-only, 1h"),
    dict(file="Examples/Data/ETHUSDT-4h.csv", fast=20, slow=50, long_only=False, fee_bps=10, capital="10000",
         description="spec case: 4h, 10 bps fee"),
    dict(file="Examples/Data/BTCUSDT-1d.csv", fast=5, slow=20, long_only=False, fee_bps=0, capital="10000",
         description="spec case: daily, zero fee"),
    dict(file="Examples/Data/ETHUSDT-1m.csv", fast=3, slow=7, long_only=False, fee_bps=5, capital="2500",
         description="spec case: 1m, capital 2500"),
    # ---- edge cases ----
    dict(file="Examples/Data/ETHUSDT-1m.csv", fast=3, slow=7, long_only=True, fee_bps=5, capital="2500",
         description="edge: long-only on 1m; the last trade is the long closed by the final cross below"),
    dict(file="Examples/Data/BTCUSDT-1d.csv", fast=5, slow=20, long_only=False, fee_bps=100, capital="1000",
         description="edge: 100 bps fee, small capital (fee weighs on sizing)"),
    dict(file="Examples/Data/ETHUSDT-1m.csv", fast=2, slow=3, long_only=False, fee_bps=5, capital="10000",
         description="edge: very short periods on 1m, a reversal almost every few candles"),
    dict(file="Examples/Data/ETHUSDT-4h.csv", fast=2, slow=4, long_only=False, fee_bps=5, capital="10000",
         description="edge: TA-Lib running-sum drift matters: at 2 candles (ts 1667736000000, 1694750400000) "
                     "the exact SMAs are equal but the running-sum SMAs give fast > slow, so a cross above is "
                     "signalled; an exact or windowed-sum SMA gives 2368 trades instead of 2372"),
    dict(file="Examples/Data/ETHUSDT-1m.csv", fast=500, slow=1000, long_only=False, fee_bps=5, capital="10000",
         description="edge: slow period longer than the data (999 candles): no SMA, no trades"),
]


def fmt8(d):
    return format(d.quantize(Q8, rounding=ROUND_HALF_EVEN, context=ROUNDING_CTX), "f")


def fmt12(d):
    return format(d.quantize(Q12, rounding=ROUND_DOWN, context=ROUNDING_CTX), "f")


def trade_json(t):
    return {
        "side": t["side"],
        "opened_at_ms": t["opened_at_ms"],
        "closed_at_ms": t["closed_at_ms"],
        "entry_price": t["entry_price"],
        "exit_price": t["exit_price"],
        "quantity": fmt12(t["quantity"]),
        "pnl": fmt8(t["pnl"]),
    }


def run_case(case, cache):
    if case["file"] not in cache:
        cache[case["file"]] = load_candles(case["file"])
    rows = cache[case["file"]]
    closes_f = [float(r["close_s"]) for r in rows]
    fast = sma_talib(closes_f, case["fast"])
    slow = sma_talib(closes_f, case["slow"])
    sig, ties = cross_signals(fast, slow)

    res = backtest(rows, sig, case["long_only"], case["fee_bps"], case["capital"], "exact")
    alt = backtest(rows, sig, case["long_only"], case["fee_bps"], case["capital"], "half_even_12")

    # Diagnostics: an exact-arithmetic SMA; signals that differ would expose float-drift sensitivity.
    closes_q = [Fraction(r["close_s"]) for r in rows]
    sig_exact, ties_exact = cross_signals(sma_exact(closes_q, case["fast"]), sma_exact(closes_q, case["slow"]))
    sig_diff = sum(1 for a, b in zip(sig, sig_exact) if a != b)

    trades = res["trades"]
    out = dict(case)
    out.update({
        "trades": len(trades),
        "final_equity": fmt8(res["final_equity"]),
        "winning_trades": sum(1 for t in trades if t["pnl"] > 0),
        "total_fees": fmt8(res["total_fees"]),
        "first_trades": [trade_json(t) for t in trades[:5]],
        "last_trade": trade_json(trades[-1]) if trades else None,
        "last_trade_closed_at_end": res["closed_at_end"],
    })
    alt_same = (len(alt["trades"]) == len(trades)
                and fmt8(alt["final_equity"]) == out["final_equity"]
                and fmt8(alt["total_fees"]) == out["total_fees"]
                and [fmt8(t["pnl"]) for t in alt["trades"]] == [fmt8(t["pnl"]) for t in trades])
    # Rounding fees to 12 places can move a later quantity's truncation by 1e-12 (seen in the
    # ETHUSDT-4h 2/4 case); count such trades, and those among the ones written to the fixture.
    qty_diff = [k for k, (t, u) in enumerate(zip(trades, alt["trades"])) if t["quantity"] != u["quantity"]]
    shown = set(range(min(5, len(trades)))) | ({len(trades) - 1} if trades else set())
    qty_diff_shown = [k for k in qty_diff if k in shown]
    diag = {
        "candles": len(rows), "ties": ties, "ties_exact_sma": ties_exact, "signal_diff_vs_exact_sma": sig_diff,
        "alt_fee_rounding_same_8dp": alt_same, "alt_qty_diff": len(qty_diff),
        "alt_qty_diff_in_fixture": len(qty_diff_shown),
        "alt_final_equity_exact": str(alt["final_equity"]), "final_equity_exact": str(res["final_equity"]),
        **res["stats"],
    }
    return out, diag


def main():
    cache = {}
    cases, diags = [], []
    for c in CASES:
        o, d = run_case(c, cache)
        cases.append(o)
        diags.append(d)

    doc = {
        "generator": "scripts/reference/sma_cross_reference.py (Python decimal, independent of the Swift code)",
        "fee_rounding": "exact (no rounding of fees). Rounding fees half-even to 12 places gives the same "
                        "8-place equity, fees and pnl in every case; it can move a quantity's last (12th) "
                        "digit by 1 (12 trades of the ETHUSDT-4h 2/4 case, none of those written here)",
        "quantity_rounding": "truncated toward zero to 12 decimal places",
        "string_rounding": "final_equity, total_fees, pnl: half-even to 8 places; quantity exact (12 places); "
                           "prices as in the CSV",
        "end_of_data_close": "closed at the last candle's close; closed_at_ms = last candle's timestamp",
        "cases": cases,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        json.dump(doc, fh, indent=2)
        fh.write("\n")

    print(f"wrote {os.path.relpath(OUT, ROOT)}")
    for o, d in zip(cases, diags):
        print(f"\n{o['file']} fast={o['fast']} slow={o['slow']} long_only={o['long_only']} "
              f"fee_bps={o['fee_bps']} capital={o['capital']}  ({o['description']})")
        print(f"  trades={o['trades']} wins={o['winning_trades']} final_equity={o['final_equity']} "
              f"total_fees={o['total_fees']} closed_at_end={o['last_trade_closed_at_end']}")
        print(f"  candles={d['candles']} signals={d['signals']} dropped_on_last_candle={d['dropped_last']} "
              f"same-side no-ops={d['noop_same_side']} long-only flat no-ops={d['noop_flat_close']}")
        print(f"  sma ties={d['ties']} (exact sma ties={d['ties_exact_sma']}) "
              f"signals differing vs exact SMA={d['signal_diff_vs_exact_sma']} "
              f"alt fee rounding same at 8dp={d['alt_fee_rounding_same_8dp']} "
              f"(quantities off by 1e-12: {d['alt_qty_diff']}, of them in fixture: {d['alt_qty_diff_in_fixture']})")
        print(f"  exact final equity={d['final_equity_exact']}")
        for t in o["first_trades"][:2]:
            print(f"  first: {t}")
        if o["last_trade"]:
            print(f"  last:  {o['last_trade']}")


if __name__ == "__main__":
    main()
