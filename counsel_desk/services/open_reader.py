"""Reading an open export a value at a time: the top-level object's fields in order, and a
list's items one by one (a client at a time), never the whole file in memory.

A file that is not one is refused at its first bytes (200 MB of noise costs one read); a
single value larger than ``MAX_VALUE_CHARS`` is refused rather than read on.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from counsel_desk.domain.errors import EXIT_USAGE, CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase

CHUNK = 1 << 20
MAX_VALUE_CHARS = 16 << 20  # a ten-year client is well under 1 MB as JSON


class ImportFileInvalid(CounselDeskError):
    """The file is not a sound export; the message names the problem and its place."""

    exit_code = EXIT_USAGE


class _Text:
    """The file's text, decoded as UTF-8 a chunk at a time, with a window kept from ``pos``."""

    def __init__(self, fp: BinaryIO) -> None:
        self.fp = fp
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        raw = self.fp.read(CHUNK)
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise ImportFileInvalid(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file is not a Counsel Desk export: it is not text (not UTF-8 JSON).",
                )
            ) from None
        if not raw:
            self.eof = True
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        if len(self.buf) > MAX_VALUE_CHARS:
            raise ImportFileInvalid(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file is not a Counsel Desk export: one of its values is larger than any "
                    "record could be.",
                )
            )
        return True

    def skip_space(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def expect(self, chars: str, where: str) -> str:
        found = self.skip_space()
        if found == "":
            raise ImportFileInvalid(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "The file ends early, at {where}: it was cut short."
                    ),
                    where=where,
                )
            )
        if found not in chars:
            raise ImportFileInvalid(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "The file is not valid JSON at {where}."),
                    where=where,
                )
            )
        self.pos += 1
        return found

    def value(self, where: str) -> Any:
        decoder = json.JSONDecoder()
        self.skip_space()
        while True:
            try:
                value, end = decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # the text ran out inside the value (or close enough to the end that a
                # word or number may go on): read on; at the end of the file it was cut
                incomplete = exc.pos >= len(self.buf) - 8 or exc.msg.startswith("Unterminated")
                if incomplete and self.more():
                    continue
                rest = self.buf[exc.pos :].strip()
                cut = exc.msg.startswith("Unterminated") or not rest
                if cut or any(word.startswith(rest) for word in ("true", "false", "null")):
                    raise ImportFileInvalid(
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "errors", "The file ends early, in {where}: it was cut short."
                            ),
                            where=where,
                        )
                    ) from None
                raise ImportFileInvalid(
                    phrase(
                        QT_TRANSLATE_NOOP("errors", "The file is not valid JSON in {where}."),
                        where=where,
                    )
                ) from None
            # a number may go on in the next chunk: read on until something follows it
            if end >= len(self.buf) and not self.eof and self.more():
                continue
            self.pos = end
            return value


def read_fields(fp: BinaryIO) -> Iterator[tuple[str, Any]]:
    """The top-level object's fields in order: ``(key, value)`` for a plain value and
    ``(key, items)`` for a list, ``items`` an iterator to be used up before the next field."""
    text = _Text(fp)
    first = text.skip_space()
    if first != "{":
        if first == "":
            raise ImportFileInvalid(QT_TRANSLATE_NOOP("errors", "The file is empty."))
        raise ImportFileInvalid(
            QT_TRANSLATE_NOOP(
                "errors", "The file is not a Counsel Desk export: it is not a JSON object."
            )
        )
    text.pos += 1
    where = "the start of the file"
    if text.skip_space() == "}":
        text.pos += 1
        return
    while True:
        key = text.value(f"the field after {where}")
        if not isinstance(key, str):
            raise ImportFileInvalid(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "The file is not valid JSON after {where}."),
                    where=where,
                )
            )
        text.expect(":", key)
        if text.skip_space() == "[":
            text.pos += 1
            items = _items(text, key)
            yield key, items
            for _ in items:  # whatever the caller left unread
                pass
        else:
            yield key, text.value(key)
        where = key
        if text.expect(",}", f"the end of {key}") == "}":
            break
    if text.skip_space() != "":
        raise ImportFileInvalid(
            QT_TRANSLATE_NOOP("errors", "The file goes on after the export's end.")
        )


def _items(text: _Text, key: str) -> Iterator[Any]:
    if text.skip_space() == "]":
        text.pos += 1
        return
    index = 0
    while True:
        yield text.value(f"{key}[{index}]")
        if text.expect(",]", f"the end of {key}[{index}]") == "]":
            return
        index += 1


def open_file(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")  # the caller closes it
    except FileNotFoundError:
        raise ImportFileInvalid(
            phrase(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path)
        ) from None
    except IsADirectoryError:
        raise ImportFileInvalid(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{path} is a folder, not an export file."), path=path
            )
        ) from None
    except OSError as exc:
        raise ImportFileInvalid(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{path} could not be read ({reason})."),
                path=path,
                reason=exc.strerror,
            )
        ) from None
