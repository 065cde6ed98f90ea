#!/usr/bin/env python3
"""Fail when a score in `scoreboard --json` (file argument) falls below its floor in ci/ratchet.json."""
import json, os, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
floors = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ratchet.json"), encoding="utf-8"))["floors"]
failed = []
for key, floor in sorted(floors.items()):
    set_name, metric = key.split(".", 1)
    scores = report.get(set_name, {})
    s = scores.get(metric) or scores.get("scores", {}).get(metric)
    f1 = s["f1"] if s else 0.0
    mark = "ok  " if f1 >= floor else "LOW "
    print(f"{mark}{key:22} F1 {f1:.3f}  floor {floor:.3f}")
    if f1 < floor:
        failed.append(key)
if report.get("problems"):
    print("contract problems:", *report["problems"], sep="\n  ")
    failed.append("contract")
print(f"ratchet: {len(floors)} floors, {len(failed)} below")
sys.exit(1 if failed else 0)
