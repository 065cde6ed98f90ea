#!/usr/bin/env bash
# Runs graphctl_spark.py on Spark's local mode over the seeds (plus any PATHs given) and checks that the
# graph is byte-identical to one `graphctl build` over the same documents.
#   scripts/spark/run-local.sh [PATH…]
# Environment: SPARK_VENV (default .venv-spark; pyspark is pip-installed there on first use),
# PARTITIONS (default 3), MASTER (default local[2]), REDUCE (merge, the default, or records: see
# graphctl_spark.py). Needs Java 17 on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${SPARK_VENV:-$PWD/.venv-spark}
BIN=$PWD/.build/release/graphctl
[ -x "$BIN" ] || swift build -c release --product graphctl >&2
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; "$VENV/bin/pip" install -q pyspark; fi
OUT=$(mktemp -d /tmp/graphctl-spark.XXXXXX)
# The same document list, in the same order, for both runs (document ids are the paths as given).
{ for p in "$PWD"/seeds "$@"; do
    if [ -d "$p" ]; then find "$p" -name '*.txt' | sort; else echo "$p"; fi
  done; } > "$OUT/paths"
mapfile -t paths < "$OUT/paths"
"$BIN" build -q -j 1 -o "$OUT/single.json" "${paths[@]}"
start=$(date +%s.%N)
"$VENV/bin/python" scripts/spark/graphctl_spark.py --master "${MASTER:-local[2]}" --graphctl "$BIN" \
    --partitions "${PARTITIONS:-3}" --reduce "${REDUCE:-merge}" -o "$OUT/spark.json" "${paths[@]}"
end=$(date +%s.%N)
echo "spark: $(python3 -c "print(f'{$end - $start:.1f}')") s; single build: $OUT/single.json; spark: $OUT/spark.json"
if cmp "$OUT/single.json" "$OUT/spark.json"; then
    echo "OK: the Spark map-reduce graph is byte-identical to one graphctl build (${#paths[@]} documents)"
else
    echo "DIFFERENT: the Spark graph differs from one graphctl build" >&2
    exit 1
fi
