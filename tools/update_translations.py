"""Extract the app's translatable text into ``resources/translations/`` and build the
translations the app loads (docs/ARCHITECTURE.md, "Translations").

    python tools/update_translations.py          # refresh every .ts, build every .qm
    python tools/update_translations.py --add fr # start a French translation

``counsel_desk_en_GB.ts`` is the source: every text as written (British English), nothing
translated; it is what tests/ui/test_translations.py compares with the code. Each other
``counsel_desk_<lang>.ts`` is a translation, refreshed from the code (new texts added as
unfinished, texts no longer in the code dropped) and compiled with ``pyside6-lrelease``
into ``counsel_desk/resources/translations/counsel_desk_<lang>.qm``, which the app loads
when the system's language is <lang> (counsel_desk/ui/i18n.py). Uses only the tools in the
PySide6-Essentials wheel; nothing from the network.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counsel_desk"
SOURCES = ROOT / "resources" / "translations"
BUILT = PACKAGE / "resources" / "translations"
SOURCE_LANGUAGE = "en_GB"
SOURCE_TS = SOURCES / f"counsel_desk_{SOURCE_LANGUAGE}.ts"


def tool(name: str) -> str:
    """``pyside6-<name>`` beside the running Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install pyside6-essentials")
    return found


def python_sources() -> list[str]:
    """Every module of the package: the UI's tr() and translate() calls, and the
    QT_TRANSLATE_NOOP markers of the sentences the layers below hand to it."""
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *python_sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", metavar="LANG", help="start a translation, e.g. fr or pt_BR")
    args = parser.parse_args(argv)
    SOURCES.mkdir(parents=True, exist_ok=True)
    if args.add:
        (SOURCES / f"counsel_desk_{args.add}.ts").touch()
    lupdate(SOURCE_TS, SOURCE_LANGUAGE)
    for ts in sorted(SOURCES.glob("counsel_desk_*.ts")):
        if ts == SOURCE_TS:
            continue
        language = ts.stem.removeprefix("counsel_desk_")
        if ts.stat().st_size == 0:
            ts.unlink()  # lupdate writes a new file, not an empty one
        lupdate(ts, language)
        lrelease(ts, BUILT / f"{ts.stem}.qm")
        print(f"{ts.relative_to(ROOT)} -> {(BUILT / ts.stem).relative_to(ROOT)}.qm")
    print(f"{SOURCE_TS.relative_to(ROOT)}: the source")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
