"""Finds user-visible text in ``counsel_desk/ui`` that does not go through Qt's translation
functions (docs/ARCHITECTURE.md, "Translations").

An AST scan, as lupdate reads the source: a call that puts text on screen (a *sink*: a Qt
setter or constructor, or one of the app's own helpers that does) must not be given a string
literal, an f-string, or a module constant holding text, except through ``self.tr(...)``,
``QCoreApplication.translate(...)`` or a constant marked with ``QT_TRANSLATE_NOOP`` and
translated where it is shown. Text with no letter in it (``"—"``, ``"%"``, ``" · "``) and key
sequences (``"Ctrl+Shift+N"``) are not words to translate.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Every string argument of these is shown (less the keyword arguments in DATA_KEYWORDS).
SHOWN_ALL = frozenset(
    {
        # Qt setters
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setWhatsThis",
        "setTitle",
        "setSubTitle",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setHeaderLabel",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "setCancelButtonText",
        "setWindowIconText",
        "setIconText",
        "setNameFilter",
        "setNameFilters",
        "showMessage",
        "setHtml",
        "setMarkdown",
        "setPlainText",
        "set_markdown",
        # Qt adders
        "addTab",
        "insertTab",
        "addItems",
        "addAction",
        "addMenu",
        "addRow",
        "insertRow",
        "addButton",
        # Qt constructors
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QCommandLinkButton",
        "QProgressDialog",
        "QFileDialog",
        "QMessageBox",
        # Qt's ready-made dialogs
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "getInt",
        "information",
        "critical",
        "question",
        "about",
        # the app's own helpers that put their text on screen (ui/widgets.py, ui/alerts.py,
        # ui/forms.py, ui/window_menus.py, ui/editor/confirm.py and the dialogs' own)
        "explanation",
        "heading",
        "page",
        "plain_label",
        "BusyLine",
        "LinkButton",
        "password_field",
        "OptionalDate",
        "NewPassphraseFields",
        "show_message",
        "ask",
        "confirm",
        "action",
        "add_menu",
        "RecordTable",
        "TimelineFigure",
        "choose_save_path",
        "_action",
        "_key_action",
        "_choice",
        "_buttons",
        "_tab",
        "_short_line",
        "_short_text",
        "_text",
        "_layout",
        "_duration",
        "_date_edit",
        "_line",
        "_warned",
        "_spin",
        "_show_empty",
        "_box",
        "show_error",
        "_show_problem",
        "_show_nothing",
        "failed",  # BackupProgressDialog.failed(sentence)
    }
)
# Shown only at these positions (the others are data: a combo item's code, a row's index).
SHOWN_AT = {
    "addItem": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "refreshed": (0,),  # RecordTable.refreshed(empty_text, select_id)
    "add_entry": (0, 2),  # Sidebar.add_entry(text, target, tip)
    "ScopedKeys": (3,),  # ScopedKeys(action, keys, views, where): "where" is shown
}
# A model's methods whose return value a view shows (a table's cell, its headers, a paged
# list's row): what they
# return is shown as if handed to a sink, with what the module's own functions they call
# return (``return self.display(record)``).
MODEL_METHODS = frozenset({"cell", "data", "headerData", "display"})  # display: PagedListModel
# Names shared with logging: a sink only when not called on a logger.
LOGGING = frozenset({"info", "error", "warning", "critical", "exception", "debug"})
SHOWN_LOGGING_NAMES = frozenset({"info", "error", "warning"})
LOGGERS = frozenset({"log", "logger", "logging", "_log"})
DATA_KEYWORDS = frozenset(
    {"objectName", "needs", "handles", "host", "userData", "data", "icon"}  # icon: its name
)

TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
KEY_SEQUENCE = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)+.+$|^F\d{1,2}$")
FILE_SUFFIX = re.compile(r"^[\w-]*\.[A-Za-z0-9]{1,5}$")  # ".pdf", a file name "export-.json"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.text!r}"


MARKUP = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)  # tags and comments are not words
# a style: "property: value; …" (a value, not just a space: "flagged: " is a sentence's start)
CSS = re.compile(r"^\s*[a-z-]+\s*:\s*[^;:\s][^;:]*(;\s*[a-z-]+\s*:\s*[^;:\s][^;:]*)*;?\s*$")


def has_words(text: str) -> bool:
    if FILE_SUFFIX.match(text) or KEY_SEQUENCE.match(text.strip()) or CSS.match(text):
        return False
    return any(c.isalpha() for c in MARKUP.sub("", text))


def _literal_words(node: ast.AST) -> str | None:
    """The text of a string literal or f-string that has words in it, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        joined = "".join(str(p) for p in parts)
        return joined if has_words(joined) else None
    return None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def is_translation(call: ast.Call) -> bool:
    return _call_name(call) in TRANSLATORS


# The app's own functions that give a translated text back: ``shown_text(label, "context")``
# (a domain label or phrase, or a module's text under its context) and ``error_text(exc)``.
TRANSLATED_BY = frozenset({"shown_text", "error_text"})


def gives_translation(call: ast.Call) -> bool:
    return is_translation(call) or _call_name(call) in TRANSLATED_BY


def _is_sink(call: ast.Call) -> bool:
    name = _call_name(call)
    if name is None:
        return False
    if name in LOGGING:
        func = call.func
        on_logger = (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in LOGGERS
        )
        return name in SHOWN_LOGGING_NAMES and not on_logger
    return name in SHOWN_ALL or name in SHOWN_AT


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _call_name(call)
    if name in SHOWN_AT:
        return [a for i, a in enumerate(call.args) if i in SHOWN_AT[name]]
    shown = list(call.args)
    shown += [k.value for k in call.keywords if k.arg not in DATA_KEYWORDS]
    return shown


class _Scanner(ast.NodeVisitor):
    def __init__(
        self,
        path: str,
        text_constants: dict[str, str],
        marked: set[str],
        collections: dict[str, ast.expr],
        own: dict[str, str],
    ) -> None:
        self.path = path
        self.text_constants = text_constants  # NAME -> text, plain literals with words
        self.marked = marked  # names assigned QT_TRANSLATE_NOOP(...)
        self.collections = collections  # NAME -> a tuple or list literal a loop may walk
        self.own = own  # a class's own attributes holding text: shown as self.title
        self.findings: list[Finding] = []
        self.local: list[dict[str, list[ast.expr]]] = []  # a function's simple assignments
        self.returns: dict[str, list[tuple[ast.AST, ast.expr]]] = {}  # what functions return
        self.expanding: set[str] = set()

    def _add(self, node: ast.AST, rule: str, text: str) -> None:
        self.findings.append(
            Finding(
                self.path,
                node.lineno,  # type: ignore[attr-defined]
                node.col_offset,  # type: ignore[attr-defined]
                node.end_lineno or node.lineno,  # type: ignore[attr-defined]
                node.end_col_offset or 0,  # type: ignore[attr-defined]
                rule,
                text,
            )
        )

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """``empty = "No sessions yet." if ... else ...; label.setText(empty)``: a local
        name (or a parameter's default) holding text reaches a sink."""
        self.local.append(local_names(node))
        if node.name in MODEL_METHODS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    self._check_shown(inner.value)
        self.generic_visit(node)
        self.local.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        if is_translation(node):
            self._check_translation(node)
        elif _is_sink(node):
            for argument in _shown_arguments(node):
                self._check_shown(argument)
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        """``for label, field in (("Name", self.name), ...): form.addRow(label, field)``:
        a literal in the walked collection reaches a sink through the loop's variable."""
        items = node.iter
        if isinstance(items, ast.Name) and items.id in self.collections:
            items = self.collections[items.id]
        elif isinstance(items, ast.Attribute) and items.attr in self.collections:
            items = self.collections[items.attr]  # self.CHOICES
        if isinstance(items, ast.Tuple | ast.List):
            fed: dict[str, list[ast.expr]] = {}
            for element in items.elts:
                if isinstance(node.target, ast.Name):
                    fed.setdefault(node.target.id, []).append(element)
                elif isinstance(node.target, ast.Tuple) and isinstance(element, ast.Tuple):
                    for target, value in zip(node.target.elts, element.elts, strict=False):
                        if isinstance(target, ast.Name):
                            fed.setdefault(target.id, []).append(value)
            shown = self._names_shown(node.body)
            for name in sorted(shown & fed.keys()):
                for value in fed[name]:
                    words = _literal_words(value)
                    if words is not None:
                        self._add(value, "untranslated text shown through a loop", words)
                    elif _is_marker(value):
                        self._add(value, "QT_TRANSLATE_NOOP text shown untranslated", name)
        self.generic_visit(node)

    def _names_shown(self, body: list[ast.stmt]) -> set[str]:
        """Names given to a sink somewhere in ``body``, outside any translation call."""
        names: set[str] = set()

        def collect(expression: ast.AST) -> None:
            if isinstance(expression, ast.Call) and gives_translation(expression):
                return
            if isinstance(expression, ast.Name):
                names.add(expression.id)
            if isinstance(expression, ast.Subscript):  # words[key]: the key is not shown
                collect(expression.value)
                return
            for child in ast.iter_child_nodes(expression):
                collect(child)

        for statement in body:
            for node in ast.walk(statement):
                if isinstance(node, ast.Call) and _is_sink(node):
                    for argument in _shown_arguments(node):
                        collect(argument)
        return names

    def _check_translation(self, node: ast.Call) -> None:
        """The source text must be a literal lupdate can read: never an f-string, a join or
        a variable (QT_*_NOOP aside, whose argument is always a literal)."""
        name = _call_name(node)
        index = 1 if name in {"translate", "QT_TRANSLATE_NOOP"} else 0
        if len(node.args) <= index:
            return
        source = node.args[index]
        if isinstance(source, ast.JoinedStr):
            self._add(source, "f-string inside a translation call", _literal_words(source) or "")
        elif name in {"translate"} and isinstance(source, ast.Name | ast.Attribute | ast.Subscript):
            return  # a QT_TRANSLATE_NOOP constant (or one of a table) translated where shown
        elif not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            self._add(source, "translation of a text lupdate cannot read", ast.dump(source)[:60])

    def _check_shown(self, node: ast.AST) -> None:
        """A shown expression: walk it for literal text that was not translated."""
        if _is_marker(node):
            self._add(node, "QT_TRANSLATE_NOOP text shown untranslated", "")
            return
        if isinstance(node, ast.Call) and gives_translation(node):
            return
        if isinstance(node, ast.Lambda | ast.Compare):
            return
        words = _literal_words(node)
        if words is not None:
            self._add(node, "untranslated text", words)
            return
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            on_self = (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in {"self", "cls"}
            )
            if isinstance(node, ast.Attribute) and name == "message":
                self._add(node, "an error's sentence shown without error_text()", name)
            elif name in self.text_constants:
                self._add(node, "untranslated text constant", self.text_constants[name])
            elif on_self and name in self.own:
                text = self.own[name]
                if text is MARKED_ATTRIBUTE:
                    self._add(node, "QT_TRANSLATE_NOOP attribute shown untranslated", name)
                else:
                    self._add(node, "untranslated class attribute", text)
            elif name in self.marked:
                self._add(node, "QT_TRANSLATE_NOOP constant shown untranslated", name)
            elif isinstance(node, ast.Name) and name not in self.expanding:
                self.expanding.add(name)
                if self.local and name in self.local[-1]:
                    for value in self.local[-1][name]:
                        self._check_shown(value)
                elif name in self.collections:
                    self._check_shown(self.collections[name])
                self.expanding.discard(name)
            if isinstance(node, ast.Attribute):
                self._check_shown(node.value)
            return
        if isinstance(node, ast.Subscript):
            self._check_shown(node.value)
            return
        if isinstance(node, ast.Dict):  # {"status": …}[key]: its keys are lookups, not shown
            for value in node.values:
                self._check_shown(value)
            return
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in {"get", "getattr", "hasattr", "setdefault"}:
                return
            own_function = isinstance(node.func, ast.Name) or (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"self", "cls"}
            )
            key = f"{name}()"
            if own_function and name in self.returns and key not in self.expanding:
                self.expanding.add(key)  # what a function of this module returns is shown
                for function, value in self.returns[name]:
                    self.local.append(local_names(function))
                    self._check_shown(value)
                    self.local.pop()
                self.expanding.discard(key)
            self._check_shown(node.func)
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                self._check_shown(argument)
            return
        if isinstance(node, ast.JoinedStr):  # without words of its own: what it holds
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    self._check_shown(value.value)
            return
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self._check_shown(child)


def _assignments(body: list[ast.stmt]):
    for statement in body:
        if isinstance(statement, ast.Assign):
            yield [t.id for t in statement.targets if isinstance(t, ast.Name)], statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            yield [statement.target.id], statement.value or ast.Constant(None)


def _collections(tree: ast.Module) -> dict[str, ast.expr]:
    """Module and class constants holding a tuple or list literal (a table of labels)."""
    found: dict[str, ast.expr] = {}
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for names, value in _assignments(body):
            if isinstance(value, ast.Tuple | ast.List):
                found.update(dict.fromkeys(names, value))
    return found


MARKED_ATTRIBUTE = "<marked with QT_TRANSLATE_NOOP>"


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _call_name(node) in {"QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _own_attributes(tree: ast.Module) -> dict[str, str]:
    """Lower-case class attributes holding text (``title = "Locking"``), or marked for
    translation (then MARKED_ATTRIBUTE)."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for names, value in _assignments(node.body):
                words = _literal_words(value)
                if _is_marker(value):
                    words = MARKED_ATTRIBUTE
                if words is not None:
                    found.update({n: words for n in names if not n.isupper()})
    return found


def local_names(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, list[ast.expr]]:
    """What each simple name in a function is assigned (parameters' defaults included)."""
    assigned: dict[str, list[ast.expr]] = {}
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    for argument, default in zip(
        positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True
    ):
        assigned.setdefault(argument.arg, []).append(default)
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if default is not None:
            assigned.setdefault(argument.arg, []).append(default)
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Assign | ast.AnnAssign | ast.AugAssign)
            and inner.value is not None
        ):
            targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(inner.value)
        if (
            isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Attribute)
            and inner.func.attr in {"append", "extend", "insert"}
            and isinstance(inner.func.value, ast.Name)
        ):  # parts.append("…"): what a list gathers before it is joined and shown
            assigned.setdefault(inner.func.value.id, []).extend(inner.args)
    return assigned


def _constants(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """Module and class constants: those holding plain text with words, and those marked
    with QT_TRANSLATE_NOOP."""
    text: dict[str, str] = {}
    marked: set[str] = set()
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign):
                targets, value = statement.targets, statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                targets, value = [statement.target], statement.value
            else:
                continue
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if not names or not names[0].isupper():
                continue
            words = _literal_words(value)
            if words is not None:
                text.update(dict.fromkeys(names, words))
            elif isinstance(value, ast.Call) and _call_name(value) in TRANSLATORS:
                marked.update(names)
    return text, marked


def scan_source(source: str, path: str = "<sample>", shared: dict[str, str] | None = None):
    """The findings in one module's source. ``shared``: text constants of other modules
    (``alerts.NOT_ENCRYPTED``) that a sink here might show."""
    tree = ast.parse(source)
    text, marked = _constants(tree)
    own_names = {n for names, _value in _assignments(tree.body) for n in names}
    others = {k: v for k, v in (shared or {}).items() if k not in marked | own_names}
    scanner = _Scanner(path, {**others, **text}, marked, _collections(tree), _own_attributes(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            scanner.returns.setdefault(node.name, []).extend(
                (node, inner.value)
                for inner in ast.walk(node)
                if isinstance(inner, ast.Return) and inner.value is not None
            )
    scanner.visit(tree)
    return list(dict.fromkeys(scanner.findings))  # once each, a text shown twice or not


def scan_package(root: Path, skip: frozenset[str] = frozenset()) -> list[Finding]:
    """Every finding under ``root`` (a package folder), paths relative to its parent."""
    files = sorted(p for p in root.rglob("*.py") if p.relative_to(root).as_posix() not in skip)
    shared: dict[str, str] = {}
    for path in files:
        text, _marked = _constants(ast.parse(path.read_text(encoding="utf-8")))
        shared.update(text)
    findings: list[Finding] = []
    for path in files:
        rel = path.relative_to(root.parent).as_posix()
        findings += scan_source(path.read_text(encoding="utf-8"), rel, shared)
    return findings
