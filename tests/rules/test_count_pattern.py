"""The goal-count pattern (texts._COUNT) and the clause reader (texts._clause_before) give exactly what they gave as
first written — the count pattern the same spans and groups, the clause the same text at every position — on edge
cases around digit runs, thousands, decimals, spaces and units, and on generated texts drawn from the characters
they read."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from assistant.lexicon import COUNT_GOAL_UNITS, COUNT_UNIT_EXTENSIONS
from assistant.rules import texts

# the count pattern as first written (greedy digit runs and spaces, given back one by one on a failed unit)
PLAIN = re.compile(rf"(?<![\d.])(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<mag>[万千]?)(?P<unit>{'|'.join(COUNT_GOAL_UNITS)})"
                   rf"(?P<more>{COUNT_UNIT_EXTENSIONS})?")
_CLAUSE_END = re.compile(r"[。；;，,！!？?\n]")


def plain_clause_before(text: str, at: int) -> str:
    """The clause reader as first written: the end of every clause end before ``at``, the last one kept."""
    start = max(0, at - texts.CLAUSE_LOOKBACK)
    cut = max((m.end() for m in _CLAUSE_END.finditer(text, start, at)), default=start)
    return text[cut:at]


EDGES = ["2025年完成335台，合格率100%。", "聘用4名工作人员", "培训1,200人次", "1,2345人", "12,345人", "3.5人", "3.人", "3 . 5人",
         "2万人", "3千 名", "5  人", "4.0.5人", "a12人", ".5人", "1.5.3台", "第3期", "其中2名，每组5人", "348个样次", "12个月",
         "3台套", "100公里", "1,000,000人", "1,00人", "7 万 人", "6人\n7台", "", "人", "１２人"]
ALPHABET = "0123456789,. 万千人名个台套所户次场项公里月工作日小时季度样，。;\na"


def _all(p, text: str) -> list:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_the_edge_cases_match_as_the_plain_pattern():
    for text in EDGES:
        assert _all(texts._COUNT, text) == _all(PLAIN, text), text


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_generated_texts_match_as_the_plain_pattern(text):
    assert _all(texts._COUNT, text) == _all(PLAIN, text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["12", "3", "0.5", ",000", ",", ".", " ", "万", "千", "人", "名", "个", "次", "月", "台",
                                 "套", "公里", "工作日", "样", "第", "，", "。"]), max_size=12))
def test_generated_counts_match_as_the_plain_pattern(parts):
    text = "".join(parts)
    assert _all(texts._COUNT, text) == _all(PLAIN, text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.text(alphabet="计划共完成12，,。;；!！?？\n 人" , max_size=60))
def test_the_clause_before_each_position_is_the_plain_readers(text):
    for at in range(len(text) + 1):
        assert texts._clause_before(text, at) == plain_clause_before(text, at), (text, at)


def test_the_clause_is_read_back_at_most_the_lookback():
    text = "甲，" + "乙" * (texts.CLAUSE_LOOKBACK + 10) + "丙"
    assert texts._clause_before(text, len(text)) == plain_clause_before(text, len(text)) == text[-texts.CLAUSE_LOOKBACK:]
    for text in EDGES:
        for at in range(len(text) + 1):
            assert texts._clause_before(text, at) == plain_clause_before(text, at)
