"""Fuzz: mangled bytes (truncations, bit flips, random zip members) fed to every importer.

Only ReadError may escape; a successful read must give a valid Declaration.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.errors import ReadError
from assistant.importers import read_bytes
from assistant.model import Declaration

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SAMPLES = {
    "docx": (CORPUS / "dev11-000-hiring.a_docx.docx").read_bytes(),
    "xlsx": (CORPUS / "dev11-001-equipment.b_xlsx.xlsx").read_bytes(),
    "pdf": (CORPUS / "dev11-022-publicity.a_docx.pdf").read_bytes(),
    "txt": (CORPUS / "dev11-000-hiring.a_docx.txt").read_bytes(),
    "json": (CORPUS / "dev11-000-hiring.json").read_bytes(),
}
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def survive(data: bytes, name: str) -> None:
    try:
        result = read_bytes(data, name)
    except ReadError as e:
        assert e.reason and e.file == name
        return
    assert isinstance(result.form, Declaration)
    Declaration.model_validate(result.form.to_json())


@FUZZ
@given(fmt=st.sampled_from(sorted(SAMPLES)), cut=st.floats(0.0, 1.0))
def test_truncated_files(fmt, cut):
    data = SAMPLES[fmt]
    survive(data[: int(len(data) * cut)], f"t.{fmt}")


@FUZZ
@given(fmt=st.sampled_from(sorted(SAMPLES)), flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 7)),
                                                             min_size=1, max_size=20))
def test_bit_flips(fmt, flips):
    data = bytearray(SAMPLES[fmt])
    for pos, bit in flips:
        i = min(len(data) - 1, int(pos * len(data)))
        data[i] ^= 1 << bit
    survive(bytes(data), f"b.{fmt}")


@FUZZ
@given(fmt=st.sampled_from(["docx", "xlsx"]), victim=st.integers(0, 50), junk=st.binary(max_size=400),
       compress=st.booleans())
def test_random_zip_members(fmt, victim, junk, compress):
    src = zipfile.ZipFile(io.BytesIO(SAMPLES[fmt]))
    names = src.namelist()
    target = names[victim % len(names)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED) as z:
        for n in names:
            z.writestr(n, junk if n == target else src.read(n))
    survive(buf.getvalue(), f"z.{fmt}")


@FUZZ
@given(data=st.binary(min_size=1, max_size=600), ext=st.sampled_from(["docx", "xlsx", "pdf", "txt", "json", ""]))
def test_random_bytes(data, ext):
    survive(data, f"r.{ext}" if ext else "r")
