#!/bin/sh
# Adds the viewer to this user's application menu: run it from the unpacked folder.
#   ./install.sh            install (the menu entry points at this folder: keep it where it is)
#   ./install.sh --remove   take the menu entry and icon away again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor/256x256/apps
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/langson-viewer.desktop" "$icons/langson-viewer.png"
  echo "removed the menu entry"
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/langson-viewer.png" "$icons/langson-viewer.png"
# The menu entry runs the binary in this folder by its full path (quoted for spaces).
sed -e "s|^Exec=langson-viewer|Exec=\"$here/langson-viewer\"|" \
    -e "s|^TryExec=langson-viewer|TryExec=$here/langson-viewer|" \
    "$here/langson-viewer.desktop" > "$apps/langson-viewer.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" 2>/dev/null || true
echo "installed: $apps/langson-viewer.desktop"
