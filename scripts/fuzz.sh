#!/usr/bin/env bash
# Fuzz the whole pipeline (Fuzz/PipelineFuzzTarget.swift) with libFuzzer for SECONDS (default 60).
#
#   scripts/fuzz.sh 60                 # what CI runs
#   scripts/fuzz.sh 600 -jobs=2        # extra arguments go to libFuzzer
#   FUZZ_SANITIZERS=fuzzer scripts/fuzz.sh 60   # without AddressSanitizer (about 3x faster)
#
# The target is compiled with swiftc straight from Sources/Entities and Sources/Graph into
# .build-fuzz/ (never part of `swift build`), seeded with the bundled articles plus a few hostile
# inputs, and keeps its growing corpus in .build-fuzz/corpus. A crash leaves crash-* in
# .build-fuzz/artifacts/ and fails the script; reproduce with `.build-fuzz/graphctl-fuzz FILE`.
set -euo pipefail
seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.build-fuzz"
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
swiftc=${SWIFTC:-swiftc}
mkdir -p "$out/artifacts" "$out/corpus" "$out/modules"

flags=(-O -g -sanitize="$sanitizers" -swift-version 6 -module-cache-path "$out/module-cache")
stamp="$out/modules/.stamp-$sanitizers"
if [[ ! -f "$stamp" || -n "$(find "$root/Sources/Entities" "$root/Sources/Graph" "$root/Fuzz" -name '*.swift' -newer "$stamp" | head -1)" ]]; then
    echo "fuzz.sh: compiling the fuzz target ($sanitizers)" >&2
    mapfile -t entities < <(find "$root/Sources/Entities" -name '*.swift' | sort)
    mapfile -t graph < <(find "$root/Sources/Graph" -name '*.swift' | sort)
    "$swiftc" "${flags[@]}" -parse-as-library -wmo -module-name Entities -emit-module \
        -emit-module-path "$out/modules/Entities.swiftmodule" -c -o "$out/modules/Entities.o" "${entities[@]}"
    "$swiftc" "${flags[@]}" -parse-as-library -wmo -module-name Graph -I "$out/modules" -emit-module \
        -emit-module-path "$out/modules/Graph.swiftmodule" -c -o "$out/modules/Graph.o" "${graph[@]}"
    "$swiftc" "${flags[@]}" -parse-as-library -I "$out/modules" -module-name GraphctlFuzz \
        -o "$out/graphctl-fuzz" "$root/Fuzz/PipelineFuzzTarget.swift" "$out/modules/Entities.o" "$out/modules/Graph.o"
    rm -f "$out"/modules/.stamp-*
    touch "$stamp"
fi

seeds="$out/seeds"
if [[ ! -d "$seeds" ]]; then
    mkdir -p "$seeds"
    cp "$root"/seeds/*.txt "$seeds/"
    cp "$root"/Fuzz/seeds/* "$seeds/" 2>/dev/null || true
fi

export GRAPHCTL_DICTIONARIES="$root/Dictionaries"
exec "$out/graphctl-fuzz" -max_total_time="$seconds" -max_len=${FUZZ_MAX_LEN:-4096} -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" "$out/corpus" "$seeds"
