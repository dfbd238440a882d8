#!/usr/bin/env bash
# The test command: installs what the browser tests need where it can (Chromium, Japanese fonts, Java, the Nu
# Html Checker), then runs every test of the generator and the theme. Where Chromium cannot be installed, the
# browser tests fail and say how.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/install-tools.sh
install_tools
dotnet test MoriokaSite.sln "$@"
