#!/usr/bin/env python3
"""Turns the growth benchmarks' CSV reports into the table of docs/benchmarks.md ("Growth").

Usage: python3 eng/growth-table.py <BenchmarkDotNet artifacts folder>   (the reports are in its results/ folder)
Per aggregate: replay per event at 1,000 and at 100,000 events and their ratio (goal at most 2x), replay against the
hand-written loop at both sizes (goal at most 1.5x), one transition at both sizes and their ratio (goal at most 2x),
and the date question at both sizes.
"""
import csv, glob, os, sys

UNITS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1.0}
NAMES = {"Governance": "GovernanceBody (memberships)", "Facility": "Facility (tenancies)", "Fund": "Fund (money)",
         "SupportProgram": "SupportProgram (participants)", "Partnership": "CityPartnership (activities)",
         "VentureCompany": "VentureCompany (confirmations)", "ExchangeProgram": "ExchangeProgram (enrolments)",
         "Zone": "VenturePromotionZone (amendments)"}


def seconds(text):
    number, unit = text.replace(",", "").split()
    return float(number) * UNITS[unit]


def show(s):
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("μs", 1e-6)):
        if s >= scale:
            return f"{s / scale:.3g} {unit}"
    return f"{s / 1e-9:.3g} ns"


def ratio(a, b):
    return f"{a / b:.2f}x"


rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "results", "*GrowthBenchmarks-report.csv"))):
    name = os.path.basename(path).split(".")[-2].replace("GrowthBenchmarks-report", "")
    mean = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["Mean"] not in ("NA", ""):
            mean[(r["Method"], int(r["Events"]))] = seconds(r["Mean"])
    try:
        small, large = 1_000, 100_000
        replay = [mean[("Replay", n)] / n for n in (small, large)]
        loop = [mean[("HandWrittenLoop", n)] / n for n in (small, large)]
        transition = [mean[("Transition", n)] for n in (small, large)]
        question = [mean[("DateQuestion", n)] for n in (small, large)]
    except KeyError as missing:
        rows.append(f"| {NAMES.get(name, name)} | missing {missing} |")
        continue
    rows.append("| " + " | ".join([
        NAMES.get(name, name),
        show(replay[0]), show(replay[1]), ratio(replay[1], replay[0]),
        ratio(replay[0], loop[0]), ratio(replay[1], loop[1]),
        show(transition[0]), show(transition[1]), ratio(transition[1], transition[0]),
        show(question[0]), show(question[1])]) + " |")

print("| Aggregate | Replay per event, 1,000 | 100,000 | ratio (≤ 2x) | vs loop, 1,000 | vs loop, 100,000 (≤ 1.5x) "
      "| Transition, 1,000 | 100,000 | ratio (≤ 2x) | Date question, 1,000 | 100,000 |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
print("\n".join(rows))
