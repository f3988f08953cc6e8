#!/usr/bin/env bash
# Builds and runs one libFuzzer target of Fuzz/ for a given time.
#
#   Scripts/fuzz.sh TARGET SECONDS [CRASH_DIR] [-- LIBFUZZER_FLAGS...]
#
# TARGET is expression-parse, expression-eval, program-loader or resident-loader. The fuzzer runs under
# `nice -n 19` with -timeout=5 (an input taking longer is a hang) and -rss_limit_mb=2048; the working corpus
# lives in .build-fuzz/corpus/TARGET (seeded from the repository's own files on first run), and crashes, hangs
# and out-of-memory inputs are written to CRASH_DIR (default fuzz-crashes/TARGET/). Each finding, once fixed,
# belongs in Tests/JalurExpressionTests/Fixtures/fuzz-regressions/ or Tests/JalurLoaderTests/Fixtures/
# fuzz-regressions/, which `swift test` replays. Set FUZZ_NO_BUILD=1 to skip the build, FUZZ_STOP_ON_CRASH=1 to
# stop at the first finding (by default the fuzzer keeps going in fork mode and records every finding). Leak detection is off:
# Swift's lazily initialized globals show up as false leaks; memory growth is caught by -rss_limit_mb.
set -euo pipefail

usage() { echo "usage: Scripts/fuzz.sh expression-parse|expression-eval|program-loader|resident-loader SECONDS [CRASH_DIR] [-- FLAGS]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
target=$1 seconds=$2
shift 2
crashes=""
if [[ $# -gt 0 && $1 != "--" ]]; then crashes=$1; shift; fi
if [[ $# -gt 0 && $1 == "--" ]]; then shift; fi
case $target in expression-parse|expression-eval|program-loader|resident-loader) ;; *) usage ;; esac
[[ $seconds =~ ^[0-9]+$ ]] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=$root/.build-fuzz
crashes=${crashes:-$root/fuzz-crashes/$target}
corpus=$scratch/corpus/$target
mkdir -p "$crashes" "$corpus"

if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
    (cd Fuzz && nice -n 19 swift build --scratch-path "$scratch" --product "fuzz-$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -v "ld.gold: warning" | tail -3)
fi
binary=$scratch/debug/fuzz-$target
[[ -x $binary ]] || { echo "fuzz.sh: $binary was not built" >&2; exit 1; }

# Seed an empty corpus from the repository's own inputs.
if [[ -z $(ls -A "$corpus") ]]; then
    case $target in
        expression-parse)
            grep -ho '"expr": *"[^"]*"' Tests/JalurExpressionTests/Fixtures/cel/*.json | sed 's/^"expr": *"//; s/"$//' |
                head -400 | split -l 1 - "$corpus/cel-"
            grep -h -- '- \|when: ' Rules/*.yaml Workflows/*.yaml | sed 's/^ *- *//; s/^ *when: *//' |
                head -400 | split -l 1 - "$corpus/rule-" ;;
        expression-eval)
            head -c 4096 /dev/urandom | split -b 64 - "$corpus/random-" ;;
        program-loader)
            for file in Workflows/*.yaml Rules/*.yaml Tests/JalurLoaderTests/Fixtures/valid/*.yaml \
                Tests/JalurLoaderTests/Fixtures/invalid/*.yaml; do
                cp "$file" "$corpus/$(echo "$file" | tr / _)"
            done ;;
        resident-loader)
            for file in Examples/residents/*.yaml Tests/JalurEndToEndTests/Fixtures/next/caseload/*.yaml; do
                { printf '\x00'; cat "$file"; } > "$corpus/$(basename "$file")"
            done
            for file in Tests/JalurEndToEndTests/Fixtures/next/caseload/*.json; do
                { printf '\x01'; cat "$file"; } > "$corpus/$(basename "$file")"
            done
            head -5 Tests/JalurEndToEndTests/Fixtures/next/batch.jsonl | { printf '\x02'; cat; } > "$corpus/batch.jsonl" ;;
    esac
fi

echo "fuzz.sh: running $target for ${seconds}s; corpus $corpus; findings in $crashes/"
# libFuzzer stops at its first finding; unless FUZZ_STOP_ON_CRASH=1, start it again (the finding is saved in
# CRASH_DIR and the corpus kept) until SECONDS have passed. Fork mode would also keep going, but it re-reads the
# corpus for every job and runs 10-100 times slower here.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
deadline=$((SECONDS + seconds))
runs=0 executions=0
while (( SECONDS < deadline )); do
    runs=$((runs + 1))
    log=$(mktemp)
    status=0
    nice -n 19 "$binary" "$corpus" -max_total_time=$((deadline - SECONDS)) -timeout=5 -rss_limit_mb=2048 \
        -max_len=65536 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$crashes/" "$@" 2>&1 | tee "$log" ||
        status=$?
    count=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    executions=$((executions + ${count:-0}))
    rm -f "$log"
    [[ ${FUZZ_STOP_ON_CRASH:-0} == 1 ]] && break
    (( deadline - SECONDS >= 2 )) || break
done
findings=$(find "$crashes" -type f | wc -l)
echo "fuzz.sh: $target ran ${seconds}s in $runs run(s): $executions executions; $findings file(s) in $crashes/"
