#!/usr/bin/env bash
# A .deb from the bundle: the program in /opt/servicebay, `servicebay` on the PATH, a
# desktop entry and icon.  The shop's data lives in each user's data folder, which the
# package never touches (removing the package keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')
arch=$(dpkg --print-architecture)
root="build/deb/servicebay_${version}_${arch}"
rm -rf "$root" && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/48x48/apps" "$root/usr/share/doc/servicebay"
cp -a dist/servicebay "$root/opt/servicebay"
ln -s /opt/servicebay/servicebay "$root/usr/bin/servicebay"
cp resources/icons/servicebay-256.png "$root/usr/share/icons/hicolor/256x256/apps/servicebay.png"
cp resources/icons/servicebay-48.png "$root/usr/share/icons/hicolor/48x48/apps/servicebay.png"
cp resources/fonts/wqy-microhei-LICENSE.txt "$root/usr/share/doc/servicebay/"
cat > "$root/usr/share/applications/servicebay.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=ServiceBay
Name[zh_CN]=售后管家
Comment=After-sales desk: customers, work orders, parts, invoices
Comment[zh_CN]=汽车售后管理：客户档案、维修工单、配件、结算
Exec=/opt/servicebay/servicebay
Icon=servicebay
Terminal=false
Categories=Office;Finance;
DESKTOP
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: servicebay
Version: ${version}
Architecture: ${arch}
Maintainer: ServiceBay <servicebay@example.invalid>
Installed-Size: ${size}
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-randr0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libxcb-shm0, libxcb-sync1, libxcb-util1
Section: misc
Priority: optional
Description: ServiceBay (售后管家): the after-sales desk of a car dealership
 Customers and vehicles, work orders and the workshop board, parts with ABC
 and T/S reordering, purchasing and stock-take, invoices and payments,
 printed job cards and delivery reports, backups to a USB drive.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/servicebay_${version}_${arch}.deb" >/dev/null
echo "dist/servicebay_${version}_${arch}.deb"
