"""A parser that runs out of memory under the ceiling (onnxruntime's "Failed to allocate memory", OpenCV's
"Insufficient memory") says so; it never calls the file damaged."""
from __future__ import annotations

import pytest

from assistant.errors import ReadError
from assistant.importers.safety import parser_guard


class OrtFail(Exception):            # onnxruntime's own exceptions derive from Exception alone
    pass


@pytest.mark.parametrize("error", [OrtFail("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : Failed to allocate memory for requested buffer"),
                                   RuntimeError("OpenCV(4.9) error: Insufficient memory (Failed to allocate 9000000 bytes)"),
                                   MemoryError()])
def test_out_of_memory_is_said_as_memory(error):
    with pytest.raises(ReadError) as got:
        with parser_guard("scan.pdf", "PDF"):
            raise error
    assert "内存" in str(got.value) and "损坏" not in str(got.value)


def test_a_damaged_file_is_still_called_damaged():
    with pytest.raises(ReadError) as got:
        with parser_guard("bad.pdf", "PDF"):
            raise ValueError("startxref not found")
    assert "损坏" in str(got.value)
