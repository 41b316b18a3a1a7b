#!/usr/bin/env bash
# Adds up the TRX files of one test run and prints the closing line: "N passed, N failed, N skipped".
set -euo pipefail
dir="${1:?results folder}"
passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  errors=$(get error); timeouts=$(get timeout); aborted=$(get aborted)
  passed=$((passed + p))
  failed=$((failed + f + errors + timeouts + aborted))
  skipped=$((skipped + total - executed))
done < <(find "$dir" -name '*.trx' -print0)
echo "test projects: $files"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
