#!/usr/bin/env python3
"""Reference products and quotients for FixedDecimal, from Python's decimal module.

    python3 scripts/reference/fixed_decimal_reference.py

Writes Tests/TradingCoreTests/Fixtures/fixed_decimal_reference.json: seeded random pairs of
decimals with at most 12 fractional digits (small, price-like, and large enough to need the
256-bit path), with a × b and a ÷ b rounded half to even at the twelfth fractional digit, and the
parse of long strings rounded the same way. Standard library only.
"""
import json
import random
from decimal import Decimal, getcontext, ROUND_HALF_EVEN
from pathlib import Path

getcontext().prec = 200
QUANTUM = Decimal("1e-12")
MAX = Decimal(2) ** 127 / Decimal(10) ** 12  # the type's range


def random_decimal(rng: random.Random) -> Decimal:
    kind = rng.random()
    if kind < 0.4:  # price- or size-like
        digits = rng.randint(0, 8)
        value = Decimal(rng.randint(1, 10**9)) / Decimal(10) ** digits
    elif kind < 0.7:  # tiny, full precision
        value = Decimal(rng.randint(1, 10**13)) * QUANTUM
    else:  # large: products and quotients overflow 128 bits before rounding
        value = Decimal(rng.randint(1, 10**25)) + Decimal(rng.randint(0, 10**12 - 1)) * QUANTUM
    return -value if rng.random() < 0.3 else value


def main() -> None:
    rng = random.Random(12)
    products, quotients = [], []
    while len(products) < 1500:
        a, b = random_decimal(rng), random_decimal(rng)
        product = (a * b).quantize(QUANTUM, rounding=ROUND_HALF_EVEN)
        if abs(product) < MAX:
            products.append([str(a), str(b), str(product)])
    while len(quotients) < 1500:
        a, b = random_decimal(rng), random_decimal(rng)
        quotient = (a / b).quantize(QUANTUM, rounding=ROUND_HALF_EVEN)
        if abs(quotient) < MAX:
            quotients.append([str(a), str(b), str(quotient)])
    parses = []
    for _ in range(500):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(13, 30)))
        text = ("-" if rng.random() < 0.3 else "") + str(rng.randint(0, 10**6)) + "." + digits
        parses.append([text, str(Decimal(text).quantize(QUANTUM, rounding=ROUND_HALF_EVEN))])
    out = Path(__file__).resolve().parents[2] / "Tests/TradingCoreTests/Fixtures/fixed_decimal_reference.json"
    out.write_text(json.dumps({"generator": "scripts/reference/fixed_decimal_reference.py (Python decimal, ROUND_HALF_EVEN)",
                               "products": products, "quotients": quotients, "parses": parses}, indent=0) + "\n")
    print(f"wrote {out}: {len(products)} products, {len(quotients)} quotients, {len(parses)} parses")


if __name__ == "__main__":
    main()
