#!/usr/bin/env python3
"""Turns the growth benchmarks' CSV reports into the table of docs/benchmarks.md ("Growth").

Usage: python3 eng/growth-table.py <BenchmarkDotNet artifacts folder>   (the reports are in its results/ folder)
Per aggregate: replay per event at 1,000 and at 100,000 events and their ratio (goal at most 2x), replay against the
hand-written loop at both sizes (goal at most 1.5x), one transition at both sizes and their ratio (goal at most 2x),
and the date question at both sizes; a benchmark the run left out (a run of `--filter '*Growth*.Replay'
'*Growth*.HandWrittenLoop'`, say) shows as "–". Then, for the aggregates whose replays ran, the replays alone: per event
with the standard deviation in per cent of the mean, the ratio, the bytes allocated per event and the ratio to the loop.
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
    return f"{a / b:.2f}x" if a is not None and b is not None else "–"


def shown(s):
    return show(s) if s is not None else "–"


BYTES = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def size(text):
    number, unit = text.replace(",", "").split()
    return float(number) * BYTES[unit]


SMALL, LARGE = 1_000, 100_000
rows, replays = [], []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "results", "*GrowthBenchmarks-report.csv"))):
    aggregate = os.path.basename(path).split(".")[-2].replace("GrowthBenchmarks-report", "")
    name = NAMES.get(aggregate, aggregate)
    mean, deviation, allocated = {}, {}, {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["Mean"] not in ("NA", ""):
            key = (r["Method"], int(r["Events"]))
            mean[key] = seconds(r["Mean"])
            deviation[key] = seconds(r["StdDev"])
            allocated[key] = size(r["Allocated"])

    def per_event(method):
        return [mean[(method, n)] / n if (method, n) in mean else None for n in (SMALL, LARGE)]

    def each(method):
        return [mean.get((method, n)) for n in (SMALL, LARGE)]

    replay, loop, transition, question = per_event("Replay"), per_event("HandWrittenLoop"), each("Transition"), each("DateQuestion")
    rows.append("| " + " | ".join([
        name,
        shown(replay[0]), shown(replay[1]), ratio(replay[1], replay[0]),
        ratio(replay[0], loop[0]), ratio(replay[1], loop[1]),
        shown(transition[0]), shown(transition[1]), ratio(transition[1], transition[0]),
        shown(question[0]), shown(question[1])]) + " |")
    if None not in replay:
        spread = [f"{show(replay[i])} (±{100 * deviation[('Replay', n)] / mean[('Replay', n)]:.0f} %)"
                  for i, n in enumerate((SMALL, LARGE))]
        bytes_per_event = " / ".join(f"{allocated[('Replay', n)] / n:.0f} B" for n in (SMALL, LARGE))
        replays.append("| " + " | ".join([name, spread[0], spread[1], ratio(replay[1], replay[0]), bytes_per_event,
                                          ratio(replay[0], loop[0]), ratio(replay[1], loop[1])]) + " |")

print("| Aggregate | Replay per event, 1,000 | 100,000 | ratio (≤ 2x) | vs loop, 1,000 | vs loop, 100,000 (≤ 1.5x) "
      "| Transition, 1,000 | 100,000 | ratio (≤ 2x) | Date question, 1,000 | 100,000 |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
print("\n".join(rows))
if replays:
    print()
    print("| Aggregate | Replay per event, 1,000 (± deviation) | 100,000 | ratio (≤ 2x) "
          "| allocated per event, 1,000 / 100,000 | vs loop, 1,000 | vs loop, 100,000 (≤ 1.5x) |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    print("\n".join(replays))
