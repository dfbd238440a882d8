#!/usr/bin/env bash
# Runs every attack case of tests/attacks through the generator and prints the table of how each ended.
# Each case is a folder: case.json (what to break in a copy of tests/fixtures/morioka-2015, which command to
# run, the exit status and the diagnostic codes expected) and, if any, files/ to copy over the site first.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet test tests/MoriokaSite.Tests --filter "FullyQualifiedName~MoriokaSite.Tests.Attacks.AttackSuiteTests" \
  --logger "console;verbosity=detailed" "$@" \
  | sed -n '/^ *case  *result/,/cases, .* in /p' | sed 's/^ //'
