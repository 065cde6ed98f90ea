#!/usr/bin/env python3
"""Relation error analysis: per sentence (relations-dev) or per document (seeds), gold vs predicted.

  scripts/relation-errors.py [GRAPHCTL] [--set dev|seeds|both] [--kind met|accompanied|visited|role]
                             [--all] [--explain]

Reads the gold files of ../shared/eval at run time (never copies them) and matches with the scorers' own
rules (score_relations.same / role_match, score_seeds.Gold), so a line marked "FN" is exactly a missed
pair the scoreboard counts. By default only sentences with an error are printed; --all prints every one.
A summary of FP/FN per kind closes the output.
"""
import argparse, collections, hashlib, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, ".."))
shared = os.path.normpath(os.path.join(root, "..", "shared", "eval"))
sys.path.insert(0, shared)
import score_relations  # noqa: E402
import score_seeds  # noqa: E402

KINDS = ["met", "accompanied", "visited", "role"]


def diff(golds, preds, match):
    """Greedy one-to-one matching like the scorers: (matched, false negatives, false positives)."""
    used, hit, miss = set(), [], []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and match(g, p):
                used.add(i); hit.append((g, p)); break
        else:
            miss.append(g)
    return hit, miss, [p for i, p in enumerate(preds) if i not in used]


def show(tag, kind, rel):
    return f"  {tag} {kind:11} " + " | ".join(str(x) for x in rel)


def dev(graphctl, kinds, show_all, totals):
    gold = json.load(open(os.path.join(shared, "relations-dev.json"), encoding="utf-8"))["sentences"]
    texts = {}
    for f in sorted({s["file"] for s in gold}):
        for _, i, t in score_relations.sentences(os.path.join(shared, "data", f)):
            texts[(f, i)] = t
    lines = []
    for s in gold:
        t = texts[(s["file"], s["index"])]
        if hashlib.sha1(t.encode("utf-8")).hexdigest() != s["sha1"]:
            sys.exit(f"sentence {s['file']}#{s['index']} changed (sha1)")
        lines.append(t)
    tmp = tempfile.mkdtemp(prefix="relerr-")
    inp = os.path.join(tmp, "dev.txt")
    open(inp, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    out = subprocess.run([graphctl, "extract", "--jsonl", "--lines", inp], capture_output=True, text=True).stdout
    preds = {}
    for line in out.splitlines():
        o = json.loads(line)
        preds[int(o["id"].rsplit(":", 1)[1]) - 1] = o
    same = score_relations.same
    matchers = {
        "met": lambda g, p: same(g[0], p[0]) and same(g[1], p[1]) or same(g[0], p[1]) and same(g[1], p[0]),
        "accompanied": lambda g, p: same(g[0], p[0]) and same(g[1], p[1]),
        "visited": lambda g, p: same(g[0], p[0]) and same(g[1], p[1]),
        "role": score_relations.role_match,
    }
    for n, s in enumerate(gold):
        o = preds.get(n, {})
        rel = o.get("relations", [])
        report = []
        for k in kinds:
            mine = [r for r in rel if r.get("type") == k]
            if k == "role":
                p = list(dict.fromkeys((r["source"], r.get("title", ""), r.get("target", "")) for r in mine))
                g = [tuple(x) for x in s["roles"]]
            else:
                p = list(dict.fromkeys((r["source"], r["target"]) for r in mine))
                g = [tuple(x) for x in s[k]]
            hit, miss, extra = diff(g, p, matchers[k])
            totals[("dev", k)][0] += len(hit); totals[("dev", k)][1] += len(extra); totals[("dev", k)][2] += len(miss)
            report += [show("FN", k, x) for x in miss] + [show("FP", k, x) for x in extra]
            if show_all:
                report += [show("ok", k, x[1]) for x in hit]
        if report:
            persons = sorted({m["entity"] for m in o.get("mentions", []) if m["type"] == "person"})
            print(f"dev#{n} {s['file'].split('/')[0]}:{s['index']}  {lines[n]}")
            print("  persons: " + "、".join(persons))
            print("\n".join(report))


def seeds(graphctl, kinds, show_all, totals):
    gold = json.load(open(os.path.join(shared, "seeds-gold.json"), encoding="utf-8"))["documents"]
    files = [os.path.join("seeds", d["file"].split("/")[-1]) for d in gold]
    out = subprocess.run([graphctl, "extract", "--jsonl"] + files, capture_output=True, text=True, cwd=root).stdout
    preds = {}
    for line in out.splitlines():
        o = json.loads(line)
        preds[os.path.basename(o["id"])] = o
    for d, f in zip(gold, files):
        g = score_seeds.Gold(d)
        o = preds.get(os.path.basename(f), {})
        _, rel = score_seeds.predicted_sets(o, g)
        evidence = {}
        for r in o.get("relations", []):
            evidence.setdefault((r["type"], g.resolve(r["source"]), g.resolve(r.get("target", ""))),
                                (r.get("evidence") or {}).get("rule", ""))
        report = []
        for k in kinds + (["role_strict"] if "role" in kinds else []):
            gs, ps = g.relations[k], rel[k]
            tp, fp, fn = len(gs & ps), len(ps - gs), len(gs - ps)
            key = ("seeds", k)
            totals[key][0] += tp; totals[key][1] += fp; totals[key][2] += fn
            fmt = lambda x: " | ".join(sorted(x)) if isinstance(x, frozenset) else " | ".join(x)
            report += [f"  FN {k:11} {fmt(x)}" for x in sorted(gs - ps, key=str)]
            for x in sorted(ps - gs, key=str):
                rule = evidence.get(({"role_strict": "role"}.get(k, k), x[0], x[-1] if k != "role" else ""), "")
                report.append(f"  FP {k:11} {fmt(x)}   {rule}")
            if show_all:
                report += [f"  ok {k:11} {fmt(x)}" for x in sorted(gs & ps, key=str)]
        if report:
            print(f"seeds {f}")
            print("\n".join(report))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graphctl", nargs="?", default=os.path.join(root, ".build", "debug", "graphctl"))
    ap.add_argument("--set", default="both", choices=["dev", "seeds", "both"])
    ap.add_argument("--kind", action="append", choices=KINDS)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    graphctl = os.path.abspath(args.graphctl)
    kinds = args.kind or KINDS
    totals = collections.defaultdict(lambda: [0, 0, 0])
    if args.set in ("dev", "both"):
        dev(graphctl, kinds, args.all, totals)
    if args.set in ("seeds", "both"):
        seeds(graphctl, kinds, args.all, totals)
    print("-- summary (tp fp fn  P R F1)")
    for (where, k), (tp, fp, fn) in sorted(totals.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{where:5} {k:12} {tp:4} {fp:4} {fn:4}   {p:.3f} {r:.3f} {f:.3f}")


if __name__ == "__main__":
    main()
