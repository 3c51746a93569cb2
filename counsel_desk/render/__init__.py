"""Documents and pictures outside any window: PDF, HTML, Markdown, printing, PNG.

``render`` sits between ``ui`` and ``services``: it uses QtGui, QtPrintSupport and QtCore
(never QtWidgets), reads the plain-data ``Document`` of ``counsel_desk.domain.document``
that services build, and never touches the vault. The Markdown and HTML writers are pure
Python; importing this package loads no Qt by itself.
"""
