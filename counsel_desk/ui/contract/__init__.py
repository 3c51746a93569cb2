"""The contract tab's parts: the terms form (also the practice's defaults in Settings), the
clause editor, the live preview with its checklist, and printing or saving a copy."""
