# Sourced by tests/run.sh and tools/publish-check.sh: installs, where it can, what the browser checks need —
# Chromium, Japanese fonts, Java and the Nu Html Checker. Where something cannot be installed, the check that
# needs it fails and says how to install it.

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

install_tools() {
  if ! have_chromium; then
    echo "installing Chromium (apt-get install chromium)…"
    apt_install chromium || echo "Chromium could not be installed here; the browser checks will fail and say how to install it." >&2
  fi

  # Japanese glyphs, so that layouts are measured with real line breaks and screenshots are readable.
  # grep reads the whole list (no -q): with pipefail, an early exit would end fc-list with SIGPIPE and read as "no font".
  if ! fc-list 2>/dev/null | grep -i 'cjk' >/dev/null; then
    echo "installing Japanese fonts (apt-get install fonts-noto-cjk)…"
    apt_install fonts-noto-cjk || echo "Japanese fonts could not be installed; line-break measurements will use fallback glyphs." >&2
  fi

  if ! command -v java >/dev/null 2>&1; then
    echo "installing Java for the Nu Html Checker…"
    apt_install default-jre-headless || echo "Java could not be installed; the HTML check will fail." >&2
  fi

  if [ ! -f tools/MoriokaSite.Audit/node_modules/vnu-jar/build/dist/vnu.jar ]; then
    (cd tools/MoriokaSite.Audit && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
