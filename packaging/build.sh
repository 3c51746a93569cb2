#!/usr/bin/env bash
# Build Counsel Desk as a one-folder bundle: dist/counsel-desk/ (run it as
# dist/counsel-desk/counsel-desk; install it with dist/counsel-desk/install.sh).
#
#   packaging/build.sh            # from a clean checkout; Linux or macOS
#   packaging/build.sh --fresh    # make the build environment again from nothing
#
# The build runs in its own virtual environment (build/bundle-venv), never the one you
# develop in: pip installs the app from this checkout into it as a user would get it
# (not editable, package data as pyproject.toml lists it) with PyInstaller from PyPI
# (pyproject's `bundle` extra). Needs Python 3.11 or newer as python3 (or $PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
DIST=dist
NAME=counsel-desk

if [[ ${1:-} == "--fresh" ]]; then
    rm -rf "$VENV"
elif [[ $# -gt 0 ]]; then
    echo "usage: packaging/build.sh [--fresh]" >&2
    exit 2
fi

started=$SECONDS
if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
fi
# setuptools builds in build/lib: files left there by an earlier build (a module since
# removed) would go into the wheel, so that folder starts empty every time.
rm -rf build/lib build/bdist.*
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$ROOT[bundle]"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$ROOT"

# The platform icons (.ico, .icns) from the SVG sources; Linux uses the committed PNGs.
"$VENV/bin/python" packaging/render_icons.py --out build/icons/png --platform build/icons

COUNSEL_DESK_PLATFORM_ICONS=$ROOT/build/icons "$VENV/bin/pyinstaller" \
    --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller \
    packaging/counsel-desk.spec

# What the desktop needs (entry, metadata, icons) goes beside the program, with the
# script that installs both: the folder is all a practitioner has to download.
if [[ $(uname -s) == Linux ]]; then
    packaging/install.sh --stage "$DIST/$NAME/share"
    install -m 0755 packaging/install.sh "$DIST/$NAME/install.sh"
fi

size=$(du -sk "$DIST/$NAME" | cut -f1)
echo "Built $DIST/$NAME: $((size / 1024)) MiB in $((SECONDS - started)) s."
