#!/usr/bin/env bash
# Install Counsel Desk on Linux where a desktop finds it: the program, its launcher entry,
# its AppStream metadata and its icon at every size, following the XDG specifications.
#
#   ./install.sh                      # from the bundle's folder: for you alone, in ~/.local
#   ./install.sh --prefix /usr/local  # for everyone on this computer (as root)
#   ./install.sh --uninstall          # take it all away again (the same --prefix)
#   ~/.local/lib/counsel-desk/install.sh --uninstall   # the same, from the installed copy
#   packaging/install.sh --exec "$PWD/.venv/bin/counsel-desk"   # a checkout's own virtualenv
#
# Options: --prefix DIR (default ~/.local, or the one it is installed in), --destdir DIR (stage into DIR as a distribution
# package does; nothing is refreshed), --bundle DIR (default: this folder when it holds the
# program, else dist/counsel-desk of this checkout), --exec PATH (no bundle: the launcher
# runs PATH), --uninstall. `--stage DIR` only lays out DIR/share's tree, for build.sh.
#
# Your vault is never touched: it lives in your data folder, not where the program goes.
#
#   PREFIX/lib/counsel-desk/                          the bundle (with --bundle)
#   PREFIX/bin/counsel-desk                           a link to its program
#   PREFIX/share/applications/org.counseldesk.CounselDesk.desktop
#   PREFIX/share/metainfo/org.counseldesk.CounselDesk.metainfo.xml
#   PREFIX/share/icons/hicolor/NxN/apps/org.counseldesk.CounselDesk.png  (16 to 512)
#   PREFIX/share/icons/hicolor/scalable/apps/org.counseldesk.CounselDesk.svg
set -euo pipefail
APP_ID=org.counseldesk.CounselDesk
NAME=counsel-desk
SIZES="16 22 24 32 48 64 96 128 256 512"
HERE=$(cd "$(dirname "$0")" && pwd)

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit "${2:-1}"; }

# The desktop files as they are in a checkout, laid out as DIR/share is installed.
stage() {
    local share=$1 repo
    repo=$(cd "$HERE/.." && pwd)
    [[ -f $repo/resources/$APP_ID.desktop ]] || fail "run --stage from a checkout's packaging/ folder." 2
    install -d -m 0755 "$share/applications" "$share/metainfo" \
        "$share/icons/hicolor/scalable/apps"
    install -m 0644 "$repo/resources/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
    install -m 0644 "$repo/resources/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
    install -m 0644 "$repo/resources/icons/$APP_ID.svg" \
        "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    local size
    for size in $SIZES; do
        install -d -m 0755 "$share/icons/hicolor/${size}x${size}/apps"
        install -m 0644 "$repo/counsel_desk/resources/icons/$APP_ID-$size.png" \
            "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

# Every file install puts under PREFIX/share, relative to it.
share_files() {
    printf '%s\n' "applications/$APP_ID.desktop" "metainfo/$APP_ID.metainfo.xml" \
        "icons/hicolor/scalable/apps/$APP_ID.svg"
    local size
    for size in $SIZES; do printf '%s\n' "icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
}

# A desktop entry's Exec value, quoted as the Desktop Entry Specification asks. Characters
# that would need escaping twice over are refused rather than risked.
exec_value() {
    case $1 in
        *[\"\`\$\\%]*) fail "the path $1 holds one of \" \` \$ \\ %, which a launcher cannot run; install somewhere without them." 2 ;;
    esac
    printf '"%s"' "$1"
}

refresh() {
    local share=$1
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f $share/icons/hicolor/index.theme ]]; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
    touch "$share/icons/hicolor" 2>/dev/null || true  # icon theme caches look at its time
}

prefix=$HOME/.local
case $HERE in  # the copy install.sh leaves in PREFIX/lib/counsel-desk knows its prefix
    */lib/"$NAME") [[ -x $HERE/$NAME ]] && prefix=$(dirname "$(dirname "$HERE")") ;;
esac
destdir=""
bundle=""
command_path=""
uninstall=false
while [[ $# -gt 0 ]]; do
    case $1 in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --destdir) destdir=${2:?--destdir needs a folder}; shift 2 ;;
        --bundle) bundle=${2:?--bundle needs a folder}; shift 2 ;;
        --exec) command_path=${2:?--exec needs a program}; shift 2 ;;
        --uninstall) uninstall=true; shift ;;
        --stage) stage "${2:?--stage needs a folder}"; exit 0 ;;
        -h | --help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option $1; see --help." 2 ;;
    esac
done
[[ $prefix == /* ]] || fail "--prefix must be an absolute folder, such as /usr/local." 2
root=$destdir$prefix
share=$root/share

if $uninstall; then
    while read -r file; do
        rm -f "$share/$file"
        folder=$(dirname "$share/$file")
        # the icon folders made for these files, if nothing else is in them
        [[ $file == icons/* ]] && rmdir "$folder" "$(dirname "$folder")" 2>/dev/null || true
    done < <(share_files)
    rm -f "$root/bin/$NAME"
    rm -rf "${root:?}/lib/$NAME"
    [[ -n $destdir ]] || refresh "$share"
    say "Counsel Desk is uninstalled from $prefix. Your vault and preferences are still there."
    exit 0
fi

if [[ -n $command_path ]]; then
    [[ $command_path == /* && -x $command_path ]] ||
        fail "--exec must name a program by its full path, such as \$PWD/.venv/bin/$NAME." 2
    launcher=$command_path
else
    if [[ -z $bundle ]]; then
        if [[ -x $HERE/$NAME ]]; then bundle=$HERE; else bundle=$HERE/../dist/$NAME; fi
    fi
    [[ -x $bundle/$NAME ]] ||
        fail "no bundle in $bundle: build one with packaging/build.sh, or pass --bundle or --exec." 2
    bundle=$(cd "$bundle" && pwd)
    launcher=$prefix/bin/$NAME
fi

quoted=$(exec_value "$launcher")
staged=$bundle/share
if [[ -z $bundle || ! -d $staged ]]; then
    staged=$(mktemp -d)
    trap 'rm -rf "$staged"' EXIT
    stage "$staged"
fi

if [[ -n $bundle ]]; then
    install -d -m 0755 "$root/lib" "$root/bin"
    # the whole folder, install.sh included: it uninstalls from there later
    if [[ $bundle != "$(cd "$root/lib" && pwd)/$NAME" ]]; then
        rm -rf "${root:?}/lib/$NAME"
        cp -R "$bundle" "$root/lib/$NAME"
    fi
    ln -sfn "../lib/$NAME/$NAME" "$root/bin/$NAME"
fi

while read -r file; do
    install -d -m 0755 "$(dirname "$share/$file")"
    install -m 0644 "$staged/$file" "$share/$file"
done < <(share_files)
# The launcher runs the program by its full path: ~/.local/bin is not on every PATH.
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec=%s\n' "$quoted" ;;
        TryExec=*) printf 'TryExec=%s\n' "$launcher" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$staged/applications/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
[[ -n $destdir ]] || refresh "$share"
say "Counsel Desk is installed in $prefix: find it among your applications, or run $launcher."
