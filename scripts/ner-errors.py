#!/usr/bin/env python3
"""Error analysis on a development NER set (never the test split): the most frequent false positives and
false negatives per type. Usage: scripts/ner-errors.py [GRAPHCTL] [--set pd-dev|cluener] [--type person] [-n 40]"""
import argparse, collections, json, os, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared", "eval")
sys.path.insert(0, shared)
import score_ner  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("graphctl", nargs="?", default=os.path.join(here, "..", ".build", "release", "graphctl"))
ap.add_argument("--set", default="pd-dev", choices=["pd-dev", "cluener"])
ap.add_argument("--type", default=None)
ap.add_argument("-n", type=int, default=40)
args = ap.parse_args()
gold_path = {"pd-dev": os.path.join(shared, "data", "peoples-daily-1998", "example.dev"),
             "cluener": os.path.join(shared, "data", "cluener2020", "dev.json")}[args.set]
reader = score_ner.read_cluener if gold_path.endswith(".json") else score_ner.read_bio
sents = list(reader(gold_path))
tmp = tempfile.mkdtemp()
inp = os.path.join(tmp, "in.txt")
open(inp, "w", encoding="utf-8").write("\n".join(t for t, _ in sents) + "\n")
out = subprocess.run([args.graphctl, "extract", "--jsonl", "--lines", inp], capture_output=True, text=True).stdout
preds = {}
for line in out.splitlines():
    o = json.loads(line)
    preds[int(o["id"].rsplit(":", 1)[1]) - 1] = {(m["start"], m["end"], {"organisation": "organization"}.get(m["type"], m["type"])) for m in o["mentions"] if m["type"] != "programme"}
fp, fn = collections.Counter(), collections.Counter()
ctx = {}
for i, (text, gold) in enumerate(sents):
    p = preds.get(i, set())
    for s, e, t in p - gold:
        if args.type in (None, t):
            k = (text[s:e], t); fp[k] += 1; ctx.setdefault(("fp",) + k, text[max(0, s - 8):e + 8])
    for s, e, t in gold - p:
        if args.type in (None, t):
            k = (text[s:e], t); fn[k] += 1; ctx.setdefault(("fn",) + k, text[max(0, s - 8):e + 8])
print(f"FP {sum(fp.values())}  FN {sum(fn.values())}")
print("-- false positives"); [print(f"{c:4} {w}/{t}   …{ctx[('fp', w, t)]}…") for (w, t), c in fp.most_common(args.n)]
print("-- false negatives"); [print(f"{c:4} {w}/{t}   …{ctx[('fn', w, t)]}…") for (w, t), c in fn.most_common(args.n)]
