"""Save a demo client's contract (agreed, second version) and the comparison with their first
as PDF, HTML and Markdown, and the first page of each PDF as docs/screenshots/contract-pdf.png
and contract-compare-pdf.png (run: python tests/render/make_contract_screenshot.py [OUT]).

Everything comes from the demo plan (fictional data) through the domain, as the writer and
the contract tab will: no vault is needed. The pictures need ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counsel_desk.demo.contracts import demo_defaults, plan_contract, realise_history
from counsel_desk.demo.practice import plan_practice
from counsel_desk.domain.contract.compare import compare
from counsel_desk.domain.contract.documents import (
    comparison_document,
    contract_document,
)
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.document import ExportFormat
from counsel_desk.render.export import save_document
from counsel_desk.render.headless import offscreen_application
from counsel_desk.services.contract_templates import builtin_contract_templates

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "docs/screenshots"
TODAY = dt.date(2025, 3, 14)


def main() -> None:
    offscreen_application()
    tmp = Path(tempfile.mkdtemp(prefix="counsel-desk-contract-"))
    plan = plan_practice(40, 3.0, 5, TODAY)
    defaults = demo_defaults(plan.profile)
    templates = {t.id: t for t in builtin_contract_templates().templates}
    for number, client in enumerate(plan.clients, start=1):
        history = realise_history(plan_contract(client, 5, TODAY, defaults), templates, number,
                                  defaults)  # fmt: skip
        agreed = [v for v in history.versions if v.agreement is not None]
        if len(agreed) >= 2 and agreed[-1].template_id == "individual":
            break
    else:
        raise SystemExit("no demo client with two agreed versions")
    facts = ClientFacts(client.draft.code, client.draft.identity.full_name, client.draft.start_date)
    printed = dt.datetime(2025, 3, 14, 16, 5)
    documents = {
        "contract": contract_document(agreed[-1], facts, printed_at=printed),
        "contract-compare": comparison_document(
            compare(agreed[-2], agreed[-1], facts), facts, printed_at=printed
        ),
    }
    for name, document in documents.items():
        for fmt in ExportFormat:
            print("wrote", save_document(document, tmp / f"{name}.{fmt.value}"))
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no picture made")
        return
    for name in documents:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
             str(tmp / f"{name}.pdf"), str(OUT / f"{name}-pdf")],
            check=True,
        )  # fmt: skip
        print("wrote", OUT / f"{name}-pdf.png")


if __name__ == "__main__":
    main()
