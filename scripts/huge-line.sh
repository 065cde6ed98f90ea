#!/usr/bin/env bash
# The bad-input matrix's "one 100 MB line" case at full size, with the release binary (the XCTest case
# testOneHugeLineIsProcessed runs the same text at 128 kB, since the debug binary is too slow for 100 MB).
#
#   scripts/huge-line.sh [GRAPHCTL] [MEGABYTES]     # CI: scripts/huge-line.sh .build/release/graphctl 100
#
# One line of a 16-character unit (市长王建国会见了客人并进行了交谈) repeated, no punctuation: the splitter
# must cut it into bounded sentences. Passes when extract exits 0 with nothing on stderr, writes one
# record on one line, finds every unit's name, and the last name keeps its scalar offset. Prints wall
# time and peak RSS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
graphctl=${1:-$root/.build/release/graphctl}
mb=${2:-100}
dir=$(mktemp -d /tmp/graphctl-huge.XXXXXX)
trap 'rm -rf "$dir"' EXIT
units=$(python3 - "$dir/long.txt" "$mb" <<'PY'
import sys
unit = "市长王建国会见了客人并进行了交谈".encode()
n = (int(sys.argv[2]) << 20) // len(unit)
with open(sys.argv[1], "wb") as f:
    f.write(unit * n)
print(n)
PY
)
status=0
/usr/bin/time -f "%e s wall, %M kB peak RSS" -o "$dir/time.txt" \
    "$graphctl" extract --jsonl "$dir/long.txt" -o "$dir/long.jsonl" 2> "$dir/stderr.txt" || status=$?
[[ $status -eq 0 ]] || { echo "huge-line: exit $status: $(head -c 300 "$dir/stderr.txt")"; exit 1; }
[[ ! -s "$dir/stderr.txt" ]] || { echo "huge-line: unexpected stderr: $(head -c 300 "$dir/stderr.txt")"; exit 1; }
python3 - "$dir/long.jsonl" "$units" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
units = int(sys.argv[2])
last = ('{"start":%d,"end":%d,' % ((units - 1) * 16 + 2, (units - 1) * 16 + 5)).encode()
problems = []
if data.count(b"\n") != 1 or not data.endswith(b"\n"): problems.append("not one record on one line")
found = data.count('"text":"王建国"'.encode())
if found != units: problems.append(f"{found} of {units} names found")
if last not in data: problems.append("the last name lost its scalar offset")
if problems: sys.exit("huge-line: " + "; ".join(problems))
print(f"huge-line: {len(data) >> 20} MB of records, all {units} names at their offsets")
PY
echo "huge-line: $(($(stat -c %s "$dir/long.txt") >> 20)) MB line: exit 0, $(cat "$dir/time.txt")"
