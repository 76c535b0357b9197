"""Imported by the fork server that forks a threaded process's readers (the web server's uploads: isolate._context):
the OCR engine is built there once, models folded and sessions made, so that each child reading a scan starts with
it, as the children of a forking command do (isolate._preload). A failure here only leaves each child to build
the engine itself (the fork server must not die of it: it ignores nothing but ImportError)."""
from __future__ import annotations

try:
    from .ocr import engine
    engine()
except Exception:  # noqa: BLE001 – the reading child builds it then, and reports what fails there
    pass
