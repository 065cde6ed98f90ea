#!/usr/bin/env bash
# Lists constructs that can trap at run time in Sources/: `try!`, `fatalError(`, and force unwraps
# (`)!`, `]!`, `identifier!` not followed by `=`). Exits 1 when any is found, so CI keeps them out.
#
# Pragmatic, not a parser: comments and string literals are stripped first (`// …`, `"…"`), `!=`
# and prefix `!x` never match. A line that must keep one states why with `// lint-unsafe: ok <why>`,
# or, in files this script's owner may not edit, is listed in scripts/lint-unsafe.allow as
# `path<TAB>fragment of the line<TAB>why`.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
found=0
report=$(mktemp)
trap 'rm -f "$report"' EXIT
while IFS= read -r -d '' file; do
    awk -v file="$file" '
        /lint-unsafe: ok/ { next }
        {
            line = $0
            gsub(/\/\/.*$/, "", line)                 # line comments
            gsub(/"([^"\\]|\\.)*"/, "\"\"", line)     # string literals
            hit = ""
            if (line ~ /try!/) hit = "try!"
            else if (line ~ /fatalError\(/) hit = "fatalError("
            else if (line ~ /(\)|\]|[A-Za-z0-9_])![^=]/ || line ~ /(\)|\]|[A-Za-z0-9_])!$/) hit = "force unwrap"
            if (hit != "") { printf "%s:%d: %s: %s\n", file, NR, hit, $0; n++ }
        }
        END { exit n > 0 ? 1 : 0 }
    ' "$file"
done < <(find Sources -name '*.swift' -print0 | sort -z) > "$report"
allow="$root/scripts/lint-unsafe.allow"
while IFS= read -r hit; do
    path=${hit%%:*}
    allowed=0
    if [[ -f "$allow" ]]; then
        while IFS=$'\t' read -r apath fragment _; do
            [[ -z "$apath" || "$apath" == \#* ]] && continue
            if [[ "$path" == "$apath" && "$hit" == *"$fragment"* ]]; then allowed=1; break; fi
        done < "$allow"
    fi
    if [[ $allowed -eq 0 ]]; then echo "$hit"; found=1; fi
done < "$report"
if [[ $found -ne 0 ]]; then
    echo "lint-unsafe: remove these or mark a justified one with '// lint-unsafe: ok <why>'" >&2
    exit 1
fi
echo "lint-unsafe: no try!, fatalError( or force unwrap in Sources/"
