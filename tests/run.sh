#!/usr/bin/env bash
# The test command: installs what the browser tests need where it can (Chromium, Java, the Nu Html
# Checker), then runs every test. Where Chromium cannot be installed, the browser tests fail and say how.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1
  fi
}

apt_updated=false
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq || return 1
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  for candidate in /usr/bin/chromium /usr/lib/chromium/chromium /usr/bin/google-chrome; do
    [ -x "$candidate" ] && return 0
  done
  return 1
}

if ! have_chromium; then
  echo "tests/run.sh: installing Chromium (apt-get install chromium)…"
  apt_install chromium || echo "tests/run.sh: Chromium could not be installed here; the browser tests will fail and say how to install it." >&2
fi

# Japanese glyphs, so that the layout tests measure real line breaks and the screenshots are readable.
if ! fc-list 2>/dev/null | grep -qi 'cjk'; then
  echo "tests/run.sh: installing Japanese fonts (apt-get install fonts-noto-cjk)…"
  apt_install fonts-noto-cjk || echo "tests/run.sh: Japanese fonts could not be installed; line-break measurements will use fallback glyphs." >&2
fi

if ! command -v java >/dev/null 2>&1; then
  echo "tests/run.sh: installing Java for the Nu Html Checker…"
  apt_install default-jre-headless || echo "tests/run.sh: Java could not be installed; the HTML validity test will fail." >&2
fi

if [ ! -f tests/MoriokaSite.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  (cd tests/MoriokaSite.BrowserTests && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet test MoriokaSite.sln "$@"
