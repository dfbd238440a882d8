#!/usr/bin/env bash
# Builds the site as `dotnet run --project generator -- build` does, without its cost: `dotnet run` asks MSBuild
# whether the generator is up to date before every build (about 2.5 s), and its program is compiled again by the
# JIT at every start. This publishes the generator once for each version of its sources, compiled ahead of time
# (ReadyToRun), into ~/.cache/moriokasite/generator/, and runs that. A changed file under generator/ (or another
# .NET SDK) is another version: it is published again on the next build, so the program run is never stale.
#   bash tools/build.sh [build options]        (the same options as build: --output DIR --base-url URL --timings …)
#   bash tools/build.sh --command check        (any other command of the generator: check, serve …)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

command=build
if [ "${1:-}" = --command ]; then
  command=$2
  shift 2
fi

# The version: every file the generator is built from, by content (bin/ and obj/ are what it is built into), and .NET's.
key=$(
  cd "$repo"
  {
    find generator -type d \( -name bin -o -name obj \) -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    sha256sum Directory.Build.props
    # The SDKs and runtimes installed (asking `dotnet --version` would cost a third of a second).
    dotnet_home=$(dirname "$(readlink -f "$(command -v dotnet)")")
    ls "$dotnet_home/sdk" "$dotnet_home/shared/Microsoft.NETCore.App"
  } | sha256sum | cut -c1-16
)
cache="${MORIOKASITE_GENERATOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/moriokasite/generator}"
program="$cache/$key/MoriokaSite.dll"

if [ ! -f "$program" ]; then
  echo "ジェネレーターを準備しています（ソースが変わったときだけ、1〜3分） / preparing the generator (only when its sources changed)…" >&2
  staging="$cache/.$key.$$"
  rm -rf "$staging"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid=linux-x64 ;;
    Linux-aarch64) rid=linux-arm64 ;;
    Darwin-x86_64) rid=osx-x64 ;;
    Darwin-arm64) rid=osx-arm64 ;;
    *) rid= ;;
  esac
  # Ahead-of-time code needs the runtime pack from NuGet; without it (offline, another platform) the plain program still runs.
  if [ -z "$rid" ] || ! dotnet publish "$repo/generator" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -o "$staging" --nologo -v q -clp:ErrorsOnly >&2; then
    rm -rf "$staging"
    dotnet publish "$repo/generator" -c Release -o "$staging" --nologo -v q -clp:ErrorsOnly >&2
  fi
  # Older versions are of no more use; the new one appears whole or not at all.
  find "$cache" -mindepth 1 -maxdepth 1 -type d ! -name ".$key.$$" -exec rm -rf {} +
  mv "$staging" "$cache/$key"
fi

exec dotnet "$program" "$command" "$@"
