#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt in line with the code: adds every public symbol the build reports as undeclared
(RS0016) and removes every declared symbol the build no longer finds (RS0017).

Usage: python3 eng/update-public-api.py [project-dir]   (default: src/Gwanak.Innovation)
Builds the project with a SARIF error log and takes the exact API lines the PublicApiAnalyzers compute. Read the
diff of the file afterwards: a removed line is a promise taken back.
"""
import json, os, re, subprocess, sys, tempfile

project = sys.argv[1] if len(sys.argv) > 1 else "src/Gwanak.Innovation"
sarif = os.path.join(tempfile.mkdtemp(), "api.sarif")
subprocess.run(["dotnet", "build", project, "--no-incremental", f"-p:ErrorLog={sarif}%2Cversion=2.1"],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
results = json.load(open(sarif))["runs"][0]["results"]
added = {r["properties"]["customProperties"]["APIName"] for r in results if r["ruleId"] == "RS0016"}
removed = set()
for r in results:
    if r["ruleId"] == "RS0017":
        m = re.match(r"Symbol '(.*)' is part of the declared API", r["message"]["text"])
        if m:
            removed.add(m.group(1))
path = os.path.join(project, "PublicAPI.Unshipped.txt")
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
header = [l for l in lines if l.startswith("#")]
body = sorted((set(l for l in lines if not l.startswith("#")) - removed) | added)
open(path, "w", encoding="utf-8").write("\n".join(header + body) + "\n")
print(f"{len(added)} added to, {len(removed)} removed from {path}")
