#!/usr/bin/env bash
# Generated size, generator time and consumer compile time, side by side: the generator and runtime of a baseline
# commit against the working tree's, in one run (see docs/performance.md).
#   bash tests/GraphGen.Benchmarks/compare-generated.sh <baseline commit> [schema folder...]
# REPETITIONS=N (default 3) sets the runs per side and input; the 1,000-node compile takes minutes a run.
# A schema folder (e.g. the output of `graphgen import` over a whole spec) is measured beside the shipped schema and
# the synthetic 1,000-node schema.
set -euo pipefail
cd "$(dirname "$0")/../.."
commit=$(git rev-parse --short "${1:?usage: compare-generated.sh <baseline commit> [schema folder...]}")
shift
out="${TMPDIR:-/tmp}/graphgen-baseline-$commit"
if [[ ! -f "$out/gen/GraphGen.Generator.dll" ]]; then
  tree="$out/src"
  rm -rf "$tree" && git worktree add --detach "$tree" "$commit" >/dev/null
  dotnet build "$tree/generator/GraphGen.Generator" -c Release -o "$out/gen" -v q -nologo
  dotnet build "$tree/runtime/GraphGen.Runtime" -c Release -o "$out/rt" -v q -nologo
  git worktree remove --force "$tree"
fi
folders=()
for f in "$@"; do folders+=("$(cd "$f" && pwd)"); done
dotnet run -c Release --project tests/GraphGen.Benchmarks -- --compare-generated "$out" "${folders[@]}" --repetitions "${REPETITIONS:-3}"
