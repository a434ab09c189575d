#!/usr/bin/env bash
# The bundled program, not the source: build it, run the smoke test on it, build the .deb
# and install, start and remove it, and compile the Windows installer script.  Reports the
# sizes, the build time and the cold start of the bundle against `python -m desktop`.
# Usage: scripts/check-bundle.sh          (SERVICEBAY_SKIP_BUNDLE=1 skips all of it)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SERVICEBAY_SKIP_BUNDLE:-0}" = 1 ]; then
  echo "bundle checks skipped (SERVICEBAY_SKIP_BUNDLE=1)"
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
need=()
command -v makensis >/dev/null || need+=(nsis)
command -v dpkg-deb >/dev/null || need+=(dpkg)
if [ "${#need[@]}" -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

scripts/build-bundle.sh
exe=dist/servicebay/servicebay
work=$(mktemp -d "${TMPDIR:-/tmp}/servicebay-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SERVICEBAY_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
db="$work/shop.sqlite3"

echo "== smoke test of $exe"
"$exe" --version | grep -q "ServiceBay $(.venv/bin/python -c 'import desktop; print(desktop.__version__)')"
"$exe" demo --db "$db" --customers 60 --vehicles 70
export SERVICEBAY_USER=admin SERVICEBAY_PASSWORD=ServiceBay-2026  # the demo shop's owner (as a script signs in)
number=$(.venv/bin/python -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
  \"SELECT number FROM work_order WHERE state = 'delivered' ORDER BY id DESC LIMIT 1\").fetchone()[0])" "$db")
"$exe" print job-card "$number" --db "$db" --out "$work/card.pdf"
head -c 4 "$work/card.pdf" | grep -q "%PDF"
.venv/bin/python -c "import pypdfium2 as p,sys; t=p.PdfDocument(sys.argv[1])[0].get_textpage().get_text_range();
assert sys.argv[2] in t, t[:200]" "$work/card.pdf" "$number"
SERVICEBAY_USER= "$exe" backup --to "$work/usb" --db "$db"  # unattended: the scheduled task
"$exe" verify "$(ls "$work"/usb/*.sbk)"
"$exe" verify-ledger --db "$db"
"$exe" users list --db "$db" | grep "^admin" >/dev/null
"$exe" server status --db "$db" >/dev/null   # the several-workstations module and its health check
SERVICEBAY_QUIT_AFTER_MS=1500 "$exe" --db "$db"   # the first start on this PC: the first-run check, the sign-in
# then as every day: the sign-in at once, the shop opening behind it (desktop/startup.py)
SERVICEBAY_STARTUP_MARKS="$work/marks" SERVICEBAY_QUIT_AFTER_MS=1500 "$exe" --db "$db"
grep -q "^shown " "$work/marks" && grep -q "^open " "$work/marks"
echo "smoke test passed"

echo "== cold start (the sign-in shown; the shop open behind it), same data"
cold() {
  local s; rm -f "$work/marks"; s=$(date +%s.%N)
  SERVICEBAY_STARTUP_MARKS="$work/marks" SERVICEBAY_QUIT_AFTER_MS=1 "$@" --db "$db" >/dev/null 2>&1
  awk -v s="$s" '{ printf "%s at %.0f ms; ", $1, ($2 - s) * 1000 }' "$work/marks"
}
cold "$exe" >/dev/null  # warm the disk cache for both alike
echo "bundle: $(cold "$exe")python -m desktop: $(cold .venv/bin/python -m desktop)"

echo "== .deb"
packaging/build-deb.sh
deb=$(ls dist/servicebay_*.deb)
echo "$(basename "$deb"): $(du -m "$deb" | cut -f1) MB"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
/usr/bin/servicebay --version
SERVICEBAY_DATA_DIR="$work/installed-data" /usr/bin/servicebay demo --customers 10 --vehicles 12 >/dev/null
test -x /opt/servicebay/servicebay && test -f /usr/share/applications/servicebay.desktop
$sudo dpkg -r servicebay >/dev/null
test ! -e /usr/bin/servicebay && test ! -e /opt/servicebay/servicebay
test -f "$work/installed-data/servicebay.sqlite3"  # the shop's data stays after removal
echo ".deb installed, started and removed; the data folder was kept"

echo "== Windows installer script (read with the Windows default charset, CP1252, as makensis on Windows would)"
version=$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')
makensis -V2 -INPUTCHARSET CP1252 -DFAST -DVERSION="$version" -DSRC="$PWD/dist/servicebay" -DOUT="$PWD/dist/ServiceBay-$version-setup.exe" \
  packaging/servicebay.nsi
echo "compiled packaging/servicebay.nsi against the bundle layout: $(du -m dist/ServiceBay-*-setup.exe | cut -f1) MB"
