"""assistant/recache.py: a pattern's engine code kept on disk is the code ``re`` makes, and a later process that
reads it gets the pattern ``re.compile`` gives, without parsing it again; nothing is written where bytecode
would not be, and a broken file or entry is compiled as ``re`` would."""
from __future__ import annotations

import re
import sys
import types
from array import array

import pytest

from assistant import recache

PATTERNS = [(r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>万元|元)?", 0), (r"满意(?:度|率)\s*(?:[（(][^）)]*[）)])?$", 0),
            (r"abc|ABD", re.IGNORECASE), (r"^\s*(≥|≤|>=|<=)", re.MULTILINE), (r"[\u4e00-\u9fff]{2}", 0)]
SAMPLES = ["共 1,234.5 万元", "服务对象满意度（%）", "xAbd abc", "a\n ≥ 3", "完成数量", "", "≤90%"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """recache writing to a file of its own, as a new process that has read nothing yet."""
    monkeypatch.setattr(recache, "PATH", str(tmp_path / "__pycache__" / "regex.test.marshal"))
    monkeypatch.setattr(recache, "_kept", None)
    monkeypatch.setattr(recache, "_new", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def _new_process(monkeypatch):
    monkeypatch.setattr(recache, "_kept", None)
    monkeypatch.setattr(recache, "_new", {})


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    for s in SAMPLES:
        assert [m.span() + m.groups() for m in a.finditer(s)] == [m.span() + m.groups() for m in b.finditer(s)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_kept_pattern_is_the_one_re_compiles_and_is_not_parsed_again(fresh, monkeypatch, pattern, flags):
    _same(recache.compile(pattern, flags), re.compile(pattern, flags))
    recache.save()
    assert (fresh / "__pycache__" / "regex.test.marshal").exists()
    _new_process(monkeypatch)

    def no_parse(*a, **k):
        raise AssertionError("parsed again")
    monkeypatch.setattr(recache._parser, "parse", no_parse)
    _same(recache.compile(pattern, flags), re.compile(pattern, flags))


def test_nothing_is_written_where_bytecode_is_not(fresh, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    recache.compile(r"\d+万元")
    recache.save()
    assert not (fresh / "__pycache__").exists()


def test_a_broken_file_or_entry_is_compiled_as_re_would(fresh, monkeypatch):
    path = fresh / "__pycache__" / "regex.test.marshal"
    path.parent.mkdir()
    path.write_bytes(b"\x00not marshal")
    _same(recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    recache.save()                  # the broken file is replaced by a good one
    _new_process(monkeypatch)
    assert (PATTERNS[0][0], 0) in recache._entries()
    key = (PATTERNS[1][0], 0)       # an entry the engine refuses (code that is not a program)
    recache._entries()[key] = (32, array(recache._CODE, [999, 1, 2]).tobytes(), 0, {}, (None,))
    _same(recache.compile(*key), re.compile(*key))


def test_the_rules_patterns_are_the_ones_re_compiles():
    from assistant.rules import arithmetic, dates
    from assistant import lazyre
    for p in (arithmetic._CALC, dates._YEAR):
        _same(p, re.compile(p.pattern))
    lazy = lazyre.lazy(r"(\d+)\s*人")
    assert lazy.search("共12人").group(1) == "12"




def _raises(*a, **k):
    raise TypeError("changed in this Python")


@pytest.mark.parametrize("module,stand_in", [("_parser", {"parse": _raises}), ("_compiler", {"_code": _raises}),
                                             ("_parser", {}), ("_compiler", {})])
def test_re_private_steps_that_fail_fall_back_to_re_compile(fresh, monkeypatch, module, stand_in):
    """re._parser / re._compiler are private: when a step raises or is gone in some Python (recache's own view of
    the module replaced; re itself untouched), the pattern is the one re.compile makes, and nothing is kept."""
    monkeypatch.setattr(recache, module, types.SimpleNamespace(**stand_in))
    for pattern, flags in PATTERNS:
        _same(recache.compile(pattern, flags), re.compile(pattern, flags))
    assert not recache._new


_PATTERN_TEXTS = """
from assistant import values
from assistant.rules import texts
values.is_leftover("公里")              # (makes the unit pattern of is_leftover)
print(values._UNIT_ONLY.pattern)
print(texts._UNIT_AFTER.pattern)
"""


def test_patterns_made_from_word_sets_are_the_same_text_in_every_process():
    """A pattern joined from a set of words is kept only if its text is the same in the next process: with the
    words sorted by length alone, words of one length followed the set's hash order (PYTHONHASHSEED), and the
    pattern was compiled anew by every ``jixiao check`` that read a value without a digit (20 M instructions)."""
    import os
    import subprocess

    import assistant
    root = os.path.dirname(os.path.dirname(os.path.abspath(assistant.__file__)))     # the tree under test
    seen = {subprocess.run([sys.executable, "-c", _PATTERN_TEXTS], capture_output=True, text=True, check=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}).stdout
            for seed in ("1", "2", "3", "4")}
    assert len(seen) == 1


def test_longest_first_prefers_the_longest_word_and_then_code_point_order():
    assert recache.longest_first({"元", "万元", "人", "人次", "公里"}) == ["万元", "人次", "公里", "人", "元"]
