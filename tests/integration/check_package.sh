#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack in a scratch directory and checks what a user installs: both
# binaries, the desktop entry, the icon, AppStream metadata and the declared dependencies.
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch" > cpack.log 2>&1) \
    || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/citycommand_*_amd64.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/citycommand ./usr/bin/cityctl ./usr/bin/citygate ./usr/share/applications/citycommand.desktop \
            ./usr/share/icons/hicolor/scalable/apps/citycommand.svg \
            ./usr/share/metainfo/org.citycommand.CityCommand.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || { echo "missing in the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libsqlite3-0 libpq5 qt6-qpa-plugins fonts-noto-cjk; do
    grep -q "$dep" <<<"$depends" || { echo "undeclared dependency: $dep (Depends: $depends)"; exit 1; }
done
echo "package ok: $(basename "$deb")"
