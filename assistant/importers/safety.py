"""Turning a third-party parser's failure on a malformed file into a clear ReadError.

Only the parsing phase (python-docx, openpyxl, pdfplumber turning bytes into raw tables)
is guarded; jixiao's own extraction runs outside, so its bugs are not hidden.
"""
from __future__ import annotations

from contextlib import contextmanager

from ..errors import ReadError


@contextmanager
def parser_guard(name: str, what: str):
    try:
        yield
    except ReadError:
        raise
    except RecursionError as e:
        raise ReadError(name, f"{what}结构嵌套过深，无法读取。") from e
    except MemoryError as e:
        raise ReadError(name, f"{what}过大，内存不足以读取。") from e
    except Exception as e:  # noqa: BLE001 – a parser's own exception on hostile bytes, re-raised as ReadError
        from .isolate import _out_of_memory
        if _out_of_memory(e):            # onnxruntime's "Failed to allocate memory" under the ceiling: no damage
            raise ReadError(name, f"{what}过大，内存不足以读取。") from e
        raise ReadError(name, f"{what}已损坏或格式不正确（{type(e).__name__}），无法读取。请用原程序重新保存后再试。") from e
