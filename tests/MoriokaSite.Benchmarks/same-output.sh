#!/usr/bin/env bash
# Correctness before speed: builds the real site and the synthetic sites of the given scales with the generator at
# a revision and with today's, from the same inputs, and compares the two outputs file by file (diff -r). Any
# difference is printed and the exit status is 1.
#   bash tests/MoriokaSite.Benchmarks/same-output.sh REV [SCALES]        (SCALES: 1,10,100 by default)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
revision=${1:?usage: same-output.sh REV [1,10,100]}
scales=${2:-1,10,100}
work=$(mktemp -d /tmp/moriokasite-same-output.XXXXXX)
trap 'rm -rf "$work"' EXIT

git -C "$repo" archive "$revision" | (mkdir -p "$work/before" && tar -x -C "$work/before")
dotnet build "$work/before/generator" -c Release -v q -nologo -clp:ErrorsOnly
dotnet build "$repo/generator" -c Release -v q -nologo -clp:ErrorsOnly
before="$work/before/generator/bin/Release/net10.0/MoriokaSite.dll"
export MORIOKASITE_GENERATOR_CACHE="$work/generator-cache"

sites=("real:$repo")
for scale in ${scales//,/ }; do
  dotnet run --project "$repo/tests/MoriokaSite.Benchmarks" -c Release -- synth --scale "$scale" --output "$work/x$scale" >/dev/null
  sites+=("x$scale:$work/x$scale")
done

status=0
for entry in "${sites[@]}"; do
  label=${entry%%:*}
  site=${entry#*:}
  for url in https://example.github.io/MoriokaSite/ /; do
    MORIOKASITE_TEMPLATE_CACHE="$work/cache-before" dotnet "$before" build --root "$site" --output "$work/out-before" --base-url "$url" >/dev/null
    # Today's as a user runs it (tools/build.sh, published ahead of time) and as the tests run it (the plain build).
    MORIOKASITE_TEMPLATE_CACHE="$work/cache-after" bash "$repo/tools/build.sh" --root "$site" --output "$work/out-after" --base-url "$url" >/dev/null
    MORIOKASITE_TEMPLATE_CACHE="$work/cache-dll" dotnet "$repo/generator/bin/Release/net10.0/MoriokaSite.dll" build --root "$site" --output "$work/out-dll" --base-url "$url" >/dev/null
    files=$(find "$work/out-after" -type f | wc -l)
    if diff -r "$work/out-before" "$work/out-after" >/dev/null && diff -r "$work/out-before" "$work/out-dll" >/dev/null; then
      echo "$label ($url): $files files, byte-identical"
    else
      echo "$label ($url): DIFFERENT"
      diff -rq "$work/out-before" "$work/out-after" | head -20 || true
      diff -rq "$work/out-before" "$work/out-dll" | head -20 || true
      status=1
    fi
  done
done
exit $status
