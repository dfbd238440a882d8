#!/usr/bin/env bash
# The publishing check: everything that stands between the content (content/, data/, site.json) and the public
# site. It builds the site, audits every page it built (links, HTML, axe-core's WCAG A and AA rules, reflow at
# 320 px), then builds it again with the audit's results for /accessibility/, so that the page describes exactly
# the pages published with it. Any error or problem stops it with a non-zero status; the site in DIR is then not
# to be published.
#   bash tools/publish-check.sh [--base-url URL] [--output DIR]     (defaults: / and _site)
set -euo pipefail
cd "$(dirname "$0")/.."

base_url=/
output=_site
while [ $# -gt 0 ]; do
  case "$1" in
    --base-url) base_url=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    *) echo "usage: bash tools/publish-check.sh [--base-url URL] [--output DIR]" >&2; exit 2 ;;
  esac
done

started=$SECONDS
step() { echo "publish-check: $1 ($((SECONDS - started)) s)"; }

. tools/install-tools.sh
install_tools
step "tools ready"

# One build of the generator and the audit, then their programs run directly: `dotnet run` would check the build again each time.
dotnet build tools/MoriokaSite.Audit --nologo -v q -clp:ErrorsOnly
generator=generator/bin/Debug/net10.0/MoriokaSite.dll
audit=tools/MoriokaSite.Audit/bin/Debug/net10.0/MoriokaSite.Audit.dll
step "generator and audit built"

# The build runs every check of `check` (content errors print with file, line and column) and writes nothing on an error.
dotnet "$generator" build --output "$output" --base-url "$base_url"
step "site built"

record=$(mktemp -d)
trap 'rm -rf "$record"' EXIT
dotnet "$audit" "$output" --base-url "$base_url" --report "$record/accessibility.json"
step "every page audited"

dotnet "$generator" build --output "$output" --base-url "$base_url" --accessibility-report "$record/accessibility.json"
dotnet "$audit" "$output" --base-url "$base_url" --only accessibility/
step "built again with the audit's results on /accessibility/, and that page audited"
