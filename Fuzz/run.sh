#!/bin/sh
# Builds one libFuzzer target with -sanitize=fuzzer,address and runs it for SECONDS.
#
#   Fuzz/run.sh fuzz-scenario|fuzz-ledger SECONDS [JOBS]
#
# The corpus starts from the repository's scenarios and ledgers (scenarios/, Tests/) and grows in
# Fuzz/.corpus/TARGET/ across runs. A crash, hang (> 10 s) or sanitizer report is written to
# Fuzz/artifacts/TARGET/ and the script exits non-zero: keep the input as a regression test
# in the normal suite. Leak detection is off: TOMLKit 0.6 leaks the key array of every TOML
# table it lists (tableGetKeys, a few KB per scenario), which is not ours to fix and would stop
# every run; for the same reason a long run is cut into processes of at most 5 minutes that
# share the corpus, so that the leak never reaches the memory limit.
set -eu
target=${1:?usage: Fuzz/run.sh fuzz-scenario|fuzz-ledger SECONDS [JOBS]}
seconds=${2:?usage: Fuzz/run.sh fuzz-scenario|fuzz-ledger SECONDS [JOBS]}
jobs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
case $target in
    fuzz-scenario) pattern='*.toml' ;;
    fuzz-ledger) pattern='*.csv' ;;
    *) echo "error: unknown target $target; use fuzz-scenario or fuzz-ledger" >&2; exit 64 ;;
esac

cd "$here"
swift build --product "$target" -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v 'Cannot export local symbol' >&2
binary=$(swift build --show-bin-path)/$target

corpus=$here/.corpus/$target
artifacts=$here/artifacts/$target
mkdir -p "$corpus" "$artifacts"
find "$root/scenarios" "$root/Tests" -name "$pattern" -size -1000k -exec cp {} "$corpus/" \;

parallel=""
if [ "$jobs" -gt 1 ]; then parallel="-jobs=$jobs -workers=$jobs"; fi   # logs to fuzz-N.log here
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
left=$seconds
while [ "$left" -gt 0 ]; do
    slice=$(( left < 300 ? left : 300 ))
    # shellcheck disable=SC2086
    "$binary" "$corpus" -max_total_time="$slice" -timeout=10 -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" $parallel
    left=$(( left - slice ))
done
