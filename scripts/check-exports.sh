#!/usr/bin/env bash
# Runs the consumers' own tools on the exports written by the GraphTests fixture dump:
#   GRAPHCTL_EXPORT_DIR=/tmp/ex swift test --disable-swift-testing --filter ExportFixtureDumpTests
#   scripts/check-exports.sh /tmp/ex
# For each graph directory DIR/<g>/: shared/tools/check-exports on x.graphml, x.dot, x.jsonld with
# expect-labels.txt (strict: warnings fail), xmllint --relaxng on x.gexf, dot -Tsvg with an empty-stderr
# check, and a Python csv read-back of nodes.csv / relationships.csv against counts.txt and the headers.
# Exit 0 only with zero failures; the last line is the summary.
set -u
DIR=${1:?usage: scripts/check-exports.sh DIR}
HERE=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=${GRAPHCTL_SHARED:-$HERE/../shared}/tools
PY=${PYTHON:-python3}
failed=0; checked=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

graphs=$(find "$DIR" -mindepth 2 -maxdepth 2 -name x.graphml -printf '%h\n' | sort)
[ -n "$graphs" ] || { echo "no graphs under $DIR (run the fixture dump test first)"; exit 2; }

for g in $graphs; do
    name=$(basename "$g")
    echo "=== $name"
    checked=$((checked + 1))
    out=$("$TOOLS/check-exports" --strict --graphml "$g/x.graphml" --dot "$g/x.dot" --jsonld "$g/x.jsonld" \
          --expect-labels "$g/expect-labels.txt" 2>&1)
    rc=$?
    echo "$out" | grep -E "FAIL|warn|=>|^exports:" | sed 's/^/  /'
    [ $rc -eq 0 ] || fail "$name: check-exports exit $rc"
    echo "$out" | grep -q "warn " && fail "$name: check-exports printed warnings"

    checked=$((checked + 1))
    if xmllint --noout --relaxng "$TOOLS/schemas/gexf-1.3/gexf.rng" "$g/x.gexf" >/tmp/gexf.$$ 2>&1; then
        echo "  gexf: $(tail -1 /tmp/gexf.$$)"
    else
        sed 's/^/  /' /tmp/gexf.$$ | head -20; fail "$name: GEXF does not validate"
    fi
    rm -f /tmp/gexf.$$

    checked=$((checked + 1))
    err=$(dot -Tsvg "$g/x.dot" 2>&1 >/dev/null); rc=$?
    if [ $rc -ne 0 ] || [ -n "$err" ]; then echo "$err" | head -10 | sed 's/^/  /'; fail "$name: dot -Tsvg rc=$rc stderr not empty"
    else echo "  dot -Tsvg: exit 0, empty stderr ($(grep -o 'layout="[a-z]*"' "$g/x.dot"))"; fi

    checked=$((checked + 1))
    if ! "$PY" - "$g" <<'PYEOF'
import csv, sys, os
d = sys.argv[1]
counts = dict(line.split() for line in open(os.path.join(d, "counts.txt"), encoding="utf-8"))
def read(name):
    with open(os.path.join(d, name), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, strict=True))
    return rows[0], rows[1:]
nh, nodes = read("nodes.csv")
rh, rels = read("relationships.csv")
problems = []
if nh != ["id:ID", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"]: problems.append(f"nodes header {nh}")
if rh != [":START_ID", ":END_ID", ":TYPE", "weight:double", "title", "date", "evidence"]: problems.append(f"relationships header {rh}")
if len(nodes) != int(counts["nodes"]): problems.append(f"{len(nodes)} node rows, expected {counts['nodes']}")
if len(rels) != int(counts["relationships"]): problems.append(f"{len(rels)} relationship rows, expected {counts['relationships']}")
ids = set()
for r in nodes:
    if len(r) != len(nh): problems.append(f"node row with {len(r)} fields"); continue
    ids.add(r[0]); int(r[4])
    if not r[5].startswith("Entity;"): problems.append(f"label {r[5]}")
for r in rels:
    if len(r) != len(rh): problems.append(f"relationship row with {len(r)} fields"); continue
    w = float(r[3])
    if not (w > 0): problems.append(f"weight {w}")
    if r[0] not in ids or r[1] not in ids: problems.append(f"dangling {r[0]}->{r[1]}")
labels = [l.rstrip("\n") for l in open(os.path.join(d, "expect-labels.txt"), encoding="utf-8") if l.strip()]
names = {r[1] for r in nodes}
problems += [f"name changed: {l!r}" for l in labels if l not in names]
for p in problems[:10]: print("  csv:", p)
print(f"  neo4j csv: {len(nodes)} nodes, {len(rels)} relationships, headers ok" if not problems else "  neo4j csv: FAILED")
sys.exit(1 if problems else 0)
PYEOF
    then fail "$name: Neo4j CSV read-back"; fi
done
echo "check-exports.sh: $checked checks, $failed failed"
[ $failed -eq 0 ]
