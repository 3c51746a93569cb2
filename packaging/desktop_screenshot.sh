#!/usr/bin/env bash
# A screenshot of the installed bundle on a small desktop: the launcher and the task in a
# panel (tint2), the window manager's title bar (openbox), the app open on the demo vault.
# It shows what install.sh gives a desktop: the icon found in the hicolor theme by its
# name, and the running window matched to it.
#
#   packaging/desktop_screenshot.sh [BUNDLE] [OUT_DIR]
#       (defaults: dist/counsel-desk and docs/screenshots)
#
# Needs the Debian packages xvfb openbox tint2 xdotool imagemagick. Nothing outside a
# temporary folder is touched: HOME and the XDG folders point into it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(cd "${1:-dist/counsel-desk}" && pwd)
OUT=$(cd "${2:-docs/screenshots}" && pwd)
for tool in Xvfb openbox tint2 xdotool convert import display; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: see the comment at the top." >&2; exit 2; }
done

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_CACHE_HOME=$WORK/home/.cache TMPDIR=$WORK/tmp
unset XDG_DATA_DIRS WAYLAND_DISPLAY
mkdir -p "$XDG_CONFIG_HOME/tint2" "$TMPDIR"
"$BUNDLE/install.sh" >/dev/null   # for this (temporary) user, in ~/.local
ENTRY=$XDG_DATA_HOME/applications/org.counseldesk.CounselDesk.desktop

cat >"$XDG_CONFIG_HOME/tint2/tint2rc" <<EOF
rounded = 0
border_width = 0
background_color = #1d2325 100
border_color = #000000 0
rounded = 6
border_width = 0
background_color = #3a4447 100
border_color = #000000 0
panel_items = LTC
panel_size = 100% 48
panel_padding = 8 6 8
panel_position = bottom center horizontal
panel_background_id = 1
launcher_padding = 4 4 8
launcher_icon_size = 36
launcher_icon_theme = hicolor
launcher_item_app = $ENTRY
launcher_tooltip = 1
taskbar_mode = single_desktop
taskbar_padding = 6 2 6
task_icon = 1
task_text = 1
task_centered = 0
task_maximum_size = 220 36
task_padding = 8 4 6
task_font = DejaVu Sans 10
task_font_color = #e8e8e8 100
task_background_id = 0
task_active_background_id = 2
time1_format = %H:%M
time1_font = DejaVu Sans Bold 11
clock_font_color = #e8e8e8 100
clock_padding = 8 0
EOF

Xvfb -displayfd 9 -screen 0 1100x700x24 -nolisten tcp 9>"$WORK/display" >/dev/null 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [[ -s $WORK/display ]] && break; sleep 0.1; done
export DISPLAY=:$(cat "$WORK/display")
convert -size 1100x700 gradient:'#4f7f86'-'#1f3a3f' "$WORK/background.png"
display -window root "$WORK/background.png" &
PIDS+=($!)
openbox >/dev/null 2>&1 &
PIDS+=($!)
sleep 1
tint2 >/dev/null 2>&1 &
PIDS+=($!)
QT_QPA_PLATFORM=xcb "$HOME/.local/bin/counsel-desk" --demo >/dev/null 2>&1 &
PIDS+=($!)

window=""
for _ in $(seq 60); do
    window=$(xdotool search --name "Counsel Desk — Locked" 2>/dev/null | head -1 || true)
    [[ -n $window ]] && break
    sleep 0.5
done
[[ -n $window ]] || { echo "The app's unlock window did not appear." >&2; exit 1; }
sleep 1
xdotool windowactivate --sync "$window" key Return   # the demo fills in its passphrase
for _ in $(seq 40); do
    xdotool search --name "^Counsel Desk$" >/dev/null 2>&1 && break
    sleep 0.5
done
sleep 2
import -window root "$OUT/desktop-launcher.png"
# the panel's corner twice as large: the launcher's icon and the task's
convert "$OUT/desktop-launcher.png" -crop 330x48+0+652 +repage -filter point -resize 200% \
    "$OUT/desktop-panel.png"
echo "Wrote $OUT/desktop-launcher.png and $OUT/desktop-panel.png."
