#!/usr/bin/env python3
"""Writes N one-minute candles of a seeded random walk in miyamoto-backtest's CSV format.

    python3 scripts/bench/synthetic_candles.py 1000000 bench-data/candles-1m.csv

The walk starts at 30000 with ±0.06% steps, two-decimal prices and five-decimal volumes, like
Binance BTCUSDT 1m data; the same N and seed always give the same file (the benchmark's input).
Standard library only.
"""
import random
import sys


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = sys.argv[2] if len(sys.argv) > 2 else "bench-data/candles-1m.csv"
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261125
    rng = random.Random(seed)
    price = 30000.0
    start = 1_640_995_200_000  # 2022-01-01 00:00 UTC
    import os
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as out:
        out.write("timestamp,open,high,low,close,volume\n")
        for i in range(rows):
            open_ = price
            price = max(100.0, price * (1 + rng.gauss(0, 0.0006)))
            high = max(open_, price) * (1 + abs(rng.gauss(0, 0.0002)))
            low = min(open_, price) * (1 - abs(rng.gauss(0, 0.0002)))
            volume = abs(rng.gauss(5, 2))
            out.write(f"{start + i * 60_000},{open_:.2f},{high:.2f},{low:.2f},{price:.2f},{volume:.5f}\n")


if __name__ == "__main__":
    main()
