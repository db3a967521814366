#!/usr/bin/env python3
"""Times every function of Indicators against TA-Lib on the same 1,000,000 bars, in one run.

    python3 -m venv /tmp/talibenv && /tmp/talibenv/bin/pip install ta-lib==0.8.2 numpy   # once
    /tmp/talibenv/bin/python scripts/indicators/benchmark.py

1. Generates N deterministic bars (a seeded random walk of one-minute BTC-like candles with
   volatility regimes, proper OHLC on a 0.01 tick) and writes them to bench-data/indicators-<N>.f64
   (six little-endian float64 columns: open high low close volume periods).
2. Builds the release `indicators-bench` (scratch path .build-bench) unless --no-build.
3. For --rounds rounds: runs `indicators-bench batch` (every catalog function's batch form at
   default parameters, best of --runs) and times every TA-Lib function through PyPI's wrapper
   with the same inputs (each input's default column; MAVP's periods column) and default
   parameters, best of --runs with time.perf_counter around the call. A function's figure is
   its best over all rounds, so a build another user starts mid-run costs a round, not a figure.
4. Runs `indicators-bench stream` (50 indicators updated per bar, typed streaming structs).
5. Writes the table (function, ours ms, TA-Lib ms, ratio ours/TA-Lib; slowest ratio first) and
   the summary into docs/PERFORMANCE.md between the indicators-bench markers (--no-write: print
   only), and the raw figures to bench-data/indicators-bench.json.
"""
import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import talib  # noqa: E402
import talib_info  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC = os.path.join(ROOT, "docs/PERFORMANCE.md")
BEGIN = "<!-- BEGIN indicators-bench (written by scripts/indicators/benchmark.py) -->"
END = "<!-- END indicators-bench -->"
COLUMNS = ["open", "high", "low", "close", "volume", "periods"]
COMMAND = "/tmp/talibenv/bin/python scripts/indicators/benchmark.py"


def generate(count, seed):
    """One-minute candles: log-normal random walk from 30000 (σ 0.06% per bar, scaled per
    simulated day by a volatility regime), open at the previous close, wicks beyond the body,
    prices on a 0.01 tick, log-normal volume; MAVP periods 2…30."""
    rng = numpy.random.default_rng(seed)
    days = count // 1440 + 1
    regime = numpy.repeat(numpy.exp(rng.normal(0.0, 0.4, days)), 1440)[:count]
    returns = rng.normal(0.0, 0.0006, count) * regime
    close = numpy.round(30000.0 * numpy.exp(numpy.cumsum(returns)), 2)
    open_ = numpy.concatenate([[30000.0], close[:-1]])
    upper = numpy.abs(rng.normal(0.0, 0.0002, count)) * regime
    lower = numpy.abs(rng.normal(0.0, 0.0002, count)) * regime
    body_high, body_low = numpy.maximum(open_, close), numpy.minimum(open_, close)
    high = numpy.maximum(numpy.round(body_high * (1 + upper), 2), body_high)
    low = numpy.minimum(numpy.round(body_low * (1 - lower), 2), body_low)
    volume = numpy.round(rng.lognormal(1.5, 0.8, count), 5)
    periods = rng.integers(2, 31, count).astype(float)
    return {"open": open_, "high": high, "low": low, "close": close, "volume": volume, "periods": periods}


def write_bars(bars, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    numpy.concatenate([bars[name] for name in COLUMNS]).astype("<f8").tofile(path)


def time_talib(bars, runs, names):
    """Best-of-`runs` seconds of each TA-Lib function at default parameters."""
    results = {}
    for name in names:
        info = talib_info.function_info(name)
        inputs = [bars[item["defaultColumn"] or item["name"]] for item in info["inputs"]]
        function = getattr(talib, name)
        best = float("inf")
        for _ in range(runs):
            gc.disable()
            start = time.perf_counter()
            function(*inputs)
            elapsed = time.perf_counter() - start
            gc.enable()
            best = min(best, elapsed)
        results[name] = best
    return results


def run_swift(binary, mode, path, runs, names=None):
    command = [binary, mode, path, "--runs", str(runs)]
    if names:
        command += ["--functions", ",".join(names)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def markdown(ours, theirs, stream, args, loads, commit):
    both = sorted(set(ours) & set(theirs), key=lambda name: (-ours[name] / theirs[name], name))
    ratios = [ours[name] / theirs[name] for name in both]
    slower = [name for name in both if ours[name] > theirs[name]]
    only_talib = sorted(set(theirs) - set(ours))
    only_ours = sorted(set(ours) - set(theirs))
    lines = [
        BEGIN,
        "",
        "```sh",
        COMMAND + (f" --bars {args.bars}" if args.bars != 1_000_000 else "")
        + (f" --runs {args.runs}" if args.runs != 5 else "") + (f" --rounds {args.rounds}" if args.rounds != 2 else ""),
        "```",
        "",
        f"{args.bars:,} bars, best of {args.runs} runs × {args.rounds} rounds per function, "
        f"commit `{commit}`, {time.strftime('%Y-%m-%d')}. Load while measuring (`uptime`, "
        f"before → after): {loads[0]} → {loads[1]}.",
        "",
        f"- **Median ratio ours/TA-Lib: {statistics.median(ratios):.2f}** over {len(both)} functions "
        f"(geometric mean {numpy.exp(numpy.mean(numpy.log(ratios))):.2f}).",
        f"- **Slower than TA-Lib: {len(slower)}**" + (f" ({', '.join(slower)})." if slower else "."),
        f"- At most 5% slower (the run-to-run noise): {sum(1 for r in ratios if 1 < r <= 1.05)}; "
        f"faster: {sum(1 for r in ratios if r < 1)}.",
        f"- **Streaming, {stream['indicators']} indicators updated per bar: {stream['ns_per_bar']:.0f} ns per bar** "
        f"({stream['ns_per_bar'] / stream['indicators']:.1f} ns per indicator update).",
    ]
    if only_talib:
        lines.append(f"- In TA-Lib, not in the library yet (not timed): {', '.join(only_talib)}.")
    lines += ["", "| function | ours ms | TA-Lib ms | ours/TA-Lib |", "|---|---:|---:|---:|"]
    for name in both:
        ratio = ours[name] / theirs[name]
        mark = "**" if ratio > 1 else ""
        lines.append(f"| {name} | {ours[name] * 1e3:.2f} | {theirs[name] * 1e3:.2f} | {mark}{ratio:.2f}{mark} |")
    if only_ours:
        lines += ["", "Functions TA-Lib lacks (ours only):", "", "| function | ours ms |", "|---|---:|"]
        lines += [f"| {name} | {ours[name] * 1e3:.2f} |" for name in only_ours]
    lines += ["", END]
    return "\n".join(lines), statistics.median(ratios), slower


def write_doc(section):
    with open(DOC) as handle:
        text = handle.read()
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n## Indicators against TA-Lib\n\n" + section + "\n"
    with open(DOC, "w") as handle:
        handle.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bars", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per function per round (best kept)")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of ours and TA-Lib (best kept)")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--functions", help="comma-separated subset (no document written)")
    parser.add_argument("--no-build", action="store_true", help="use the existing release binary")
    parser.add_argument("--no-write", action="store_true", help="print the section, leave docs/ alone")
    args = parser.parse_args()

    path = os.path.join(ROOT, "bench-data", f"indicators-{args.bars}.f64")
    write_bars(generate(args.bars, args.seed), path)
    scratch = os.path.join(ROOT, ".build-bench")
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "indicators-bench",
                        "--scratch-path", scratch], cwd=ROOT, check=True)
    binary = os.path.join(scratch, "release", "indicators-bench")
    names = [n.upper() for n in args.functions.split(",")] if args.functions else talib.get_functions()

    bars = {name: numpy.ascontiguousarray(column) for name, column in generate(args.bars, args.seed).items()}
    loads = [uptime()]
    ours, theirs = {}, {}
    for round_ in range(args.rounds):
        print(f"round {round_ + 1}/{args.rounds}: indicators-bench batch …", file=sys.stderr)
        for name, seconds in run_swift(binary, "batch", path, args.runs,
                                       names if args.functions else None).items():
            ours[name] = min(ours.get(name, float("inf")), seconds)
        print(f"round {round_ + 1}/{args.rounds}: TA-Lib …", file=sys.stderr)
        for name, seconds in time_talib(bars, args.runs, names).items():
            theirs[name] = min(theirs.get(name, float("inf")), seconds)
    print("indicators-bench stream …", file=sys.stderr)
    stream = run_swift(binary, "stream", path, args.runs)
    loads.append(uptime())
    loads = [load.split("load average:")[-1].strip() for load in loads]

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    commit += "+changes" if dirty else ""
    section, median, slower = markdown(ours, theirs, stream, args, loads, commit)
    with open(os.path.join(ROOT, "bench-data", "indicators-bench.json"), "w") as handle:
        json.dump({"bars": args.bars, "runs": args.runs, "rounds": args.rounds, "commit": commit,
                   "load": loads, "ours": ours, "talib": theirs, "stream": stream}, handle, indent=1)
    if args.no_write or args.functions:
        print(section)
    else:
        write_doc(section)
    print(f"median ratio {median:.3f}; slower than TA-Lib: {len(slower)}; "
          f"stream {stream['ns_per_bar']:.0f} ns/bar; load {loads[0]} -> {loads[1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
