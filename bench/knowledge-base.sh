#!/usr/bin/env bash
# Load time of the knowledge base and the cost of one lookup and one explanation, from the Qt Test
# benchmarks (QBENCHMARK) in a Release build:
#
#   bench/knowledge-base.sh        (builds build/bench once, incrementally after that)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib.sh"
ensure_packages "${SMTPDOCTOR_BUILD_PACKAGES[@]}"
dir="$root/build/bench"
configure "$dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON
build "$dir" tst_ReferenceCatalog tst_ReplyExplainer
"$dir/tests/tst_ReferenceCatalog" benchmarkLoad benchmarkLookup -minimumvalue 50 | grep -A1 '^RESULT'
"$dir/tests/tst_ReplyExplainer" benchmarkExplain -minimumvalue 50 | grep -A1 '^RESULT'
