#!/bin/sh
# Builds one libFuzzer target with -sanitize=fuzzer,address and runs it for SECONDS.
#
#   Fuzz/run.sh fuzz-toml|fuzz-scenario|fuzz-ledger SECONDS [JOBS]
#
# The corpus starts from the repository's scenarios and ledgers (scenarios/, Tests/) and, for the
# TOML targets, from the TOML conformance suite when it is in shared/toml-test beside the
# repository; it grows in Fuzz/.corpus/TARGET/ across runs. A crash, hang (> 10 s), leak or other
# sanitizer report is written to Fuzz/artifacts/TARGET/ and the script exits non-zero: keep the
# input as a regression test in the normal suite.
set -eu
usage='usage: Fuzz/run.sh fuzz-toml|fuzz-scenario|fuzz-ledger SECONDS [JOBS]'
target=${1:?$usage}
seconds=${2:?$usage}
jobs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
case $target in
    fuzz-toml|fuzz-scenario) pattern='*.toml' ;;
    fuzz-ledger) pattern='*.csv' ;;
    *) echo "error: unknown target $target; $usage" >&2; exit 64 ;;
esac

cd "$here"
swift build --product "$target" -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v 'Cannot export local symbol' >&2
binary=$(swift build --show-bin-path)/$target

corpus=$here/.corpus/$target
artifacts=$here/artifacts/$target
mkdir -p "$corpus" "$artifacts"
seeds="$root/scenarios $root/Tests"
suite=$(dirname "$root")/shared/toml-test/tests
if [ "$pattern" = '*.toml' ] && [ -d "$suite" ]; then seeds="$seeds $suite"; fi
# Seeds are named by their path, so that files of the same name do not overwrite each other.
# shellcheck disable=SC2086
find $seeds -name "$pattern" -size -1000k | while read -r file; do
    cp "$file" "$corpus/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1).${pattern#\*.}"
done

# The Swift runtime's own crash handler would read memory that AddressSanitizer guards.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
parallel=""
if [ "$jobs" -gt 1 ]; then parallel="-jobs=$jobs -workers=$jobs"; fi   # logs to fuzz-N.log here
# shellcheck disable=SC2086
"$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" $parallel
