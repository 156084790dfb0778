#!/bin/sh
# run-fuzzer.sh FUZZER SECONDS SEED...: fuzzes for SECONDS from a scratch corpus seeded with
# the given files; exits non-zero on the first crash, leak or timeout libFuzzer finds.
set -eu
fuzzer=$1 seconds=$2
shift 2
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for seed in "$@"; do cp "$seed" "$corpus/"; done
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="${FUZZ_ARTIFACTS:-/tmp}/" "$corpus"
