#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for ServiceBay, idempotently:
#   - the OS libraries Qt needs (offscreen always; a real window with "gui"),
#   - PostgreSQL for the several-workstations tests (with "postgres"),
#   - a virtual environment in .venv with the program and its test tools.
# Usage: scripts/setup.sh [gui] [postgres] [cups]
set -euo pipefail
cd "$(dirname "$0")/.."

want_gui=0 want_pg=0 want_cups=0
for arg in "$@"; do
  case "$arg" in gui) want_gui=1 ;; postgres) want_pg=1 ;; cups) want_cups=1 ;; esac
done

pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6 libxcb1
      nsis  # makensis: the tests compile the Windows installer script as Windows would read it
      fonts-hanazono)  # a TrueType font with rare name characters (䶮, 𠮷): the printing fallback is tested
if [ "$want_gui" = 1 ]; then
  pkgs+=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libx11-xcb1 libxcb-image0
         libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0
         libxcb-sync1 libxcb-glx0 libxcb-util1)
fi
[ "$want_pg" = 1 ] && pkgs+=(postgresql)
# A real print spooler with a PDF queue, for the printing tests (they start cupsd themselves).
[ "$want_cups" = 1 ] && pkgs+=(cups cups-client cups-bsd printer-driver-cups-pdf)
python=${PYTHON:-python3}
if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  pkgs+=(python3-venv)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing OS packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "ServiceBay needs Python 3.11 or newer; $("$python" --version) found." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
# Reinstall only when the project's requirements change.
stamp=".venv/.servicebay-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev,postgres]"
  rm -f .venv/.servicebay-*
  touch "$stamp"
fi
