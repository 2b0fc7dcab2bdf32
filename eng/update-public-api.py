#!/usr/bin/env python3
"""Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt.

Usage: python3 eng/update-public-api.py [project-dir]   (default: src/Gwanak.Innovation)
Builds the project with a SARIF error log and takes the exact API lines the PublicApiAnalyzers compute.
Removed symbols (RS0017) are reported, not removed: delete those lines by hand after a look.
"""
import json, os, subprocess, sys, tempfile

project = sys.argv[1] if len(sys.argv) > 1 else "src/Gwanak.Innovation"
sarif = os.path.join(tempfile.mkdtemp(), "api.sarif")
subprocess.run(["dotnet", "build", project, "--no-incremental", f"-p:ErrorLog={sarif}%2Cversion=2.1"],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
results = json.load(open(sarif))["runs"][0]["results"]
added = sorted({r["properties"]["customProperties"]["APIName"] for r in results if r["ruleId"] == "RS0016"})
removed = sorted({r["message"]["text"] for r in results if r["ruleId"] == "RS0017"})
path = os.path.join(project, "PublicAPI.Unshipped.txt")
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
header = [l for l in lines if l.startswith("#")]
body = sorted(set(l for l in lines if not l.startswith("#")) | set(added))
open(path, "w", encoding="utf-8").write("\n".join(header + body) + "\n")
print(f"{len(added)} added to {path}")
for m in removed:
    print("RS0017:", m)
