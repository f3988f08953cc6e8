#!/usr/bin/env bash
# Times the cohort simulation at its product target: about 10,000 admissions over 365 days.
#
#   Scripts/cohort-benchmark.sh            # RUNS=3 by default
#   RUNS=5 PER_WEEK=192 Scripts/cohort-benchmark.sh
#
# Builds the release binary (`swift build -c release --product jalur`; set NO_BUILD=1 to reuse the one already
# built), copies the repository's Workflows/ and Rules/ into a temporary folder, rewrites the baseline scenario
# there to `per_week: $PER_WEEK` (default 192) without its `by_month` line, and runs
# `jalur simulate --scenario medan-plus-baseline` there RUNS times. For each run it prints wall-clock seconds,
# user+sys CPU seconds, peak RSS and the admissions the report counts; then the median wall-clock time.
# It exits non-zero when the build, the rewrite or a simulation fails. Nothing is written outside the
# temporary folder (removed on exit) except the build's own .build/ folder.
set -euo pipefail

runs=${RUNS:-3}
per_week=${PER_WEEK:-192}
scenario=medan-plus-baseline
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "cohort-benchmark.sh: RUNS must be a positive whole number, not '$runs'" >&2; exit 2; }
[[ $per_week =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "cohort-benchmark.sh: PER_WEEK must be a number, not '$per_week'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "cohort-benchmark.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/jalur-cohort-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT

cd "$root"
if [[ ${NO_BUILD:-0} != 1 ]]; then
    swift build -c release --product jalur >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 1; }
fi
jalur=$(swift build -c release --show-bin-path)/jalur
[[ -x $jalur ]] || { echo "cohort-benchmark.sh: $jalur was not built" >&2; exit 1; }

cp -R "$root/Workflows" "$root/Rules" "$work/"
scenario_file=$work/Workflows/scenarios/$scenario.yaml
[[ -f $scenario_file ]] || { echo "cohort-benchmark.sh: no $scenario_file" >&2; exit 1; }

# Replace the block-style `per_week:` under `arrivals:` and drop its `by_month:` line; fail if either is not
# exactly where expected, rather than time a scenario that was not rewritten.
python3 - "$scenario_file" "$per_week" <<'PYTHON'
import re
import sys

path, per_week = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\n")
start = next((i for i, line in enumerate(lines) if re.match(r"arrivals:\s*(#.*)?$", line)), None)
if start is None:
    sys.exit(f"cohort-benchmark.sh: no block-style 'arrivals:' key in {path}")
end = start + 1
while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
    end += 1
block = lines[start + 1:end]
rate = [i for i, line in enumerate(block) if re.match(r"\s+per_week:", line)]
if len(rate) != 1:
    sys.exit(f"cohort-benchmark.sh: expected one 'per_week:' under 'arrivals:' in {path}, found {len(rate)}")
block[rate[0]] = re.sub(r"(\s+per_week:\s*)[^\s#]+", r"\g<1>" + per_week, block[rate[0]])
block = [line for line in block if not re.match(r"\s+by_month:", line)]
open(path, "w", encoding="utf-8").write("\n".join(lines[:start + 1] + block + lines[end:]))
PYTHON
awk '/^arrivals:/ { shown = 1; print "# " $0; next } shown && /^[^ \t]/ { exit } shown { print "# " $0 }' "$scenario_file"

cd "$work"
printf '%-4s %9s %9s %12s %11s %7s\n' run wall_s cpu_s peak_rss_mb admissions load1
walls=()
for run in $(seq 1 "$runs"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$jalur" simulate --scenario "$scenario" >"$work/out.txt" 2>"$work/err.txt"; then
        echo "cohort-benchmark.sh: run $run failed:" >&2
        cat "$work/err.txt" >&2
        exit 1
    fi
    read -r wall user sys rss_kb < <(tail -1 "$work/time.txt")
    admissions=$(awk '$1 == "admissions:" { print $2; exit }' "$work/out.txt")
    [[ -n $admissions ]] || { echo "cohort-benchmark.sh: run $run printed no 'admissions:' line" >&2; exit 1; }
    awk -v run="$run" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss_kb" -v admissions="$admissions" \
        -v load="$load" 'BEGIN { printf "%-4s %9.2f %9.2f %12.1f %11s %7s\n", run, wall, user + sys, rss / 1024, admissions, load }'
    walls+=("$wall")
done
median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'median wall-clock: %.2f s over %d runs (%s, %d cores; load1 = 1-minute load average before the run)\n' \
    "$median" "$runs" "$(uname -m)" "$(nproc)"
