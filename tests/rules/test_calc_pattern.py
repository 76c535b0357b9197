"""The written-calculation pattern (arithmetic._CALC) matches exactly what the plain pattern it replaced matches —
the same spans and groups, text by text — on the corpus' calculation lines, on edge cases around digit runs,
decimals, units and signs, and on generated texts drawn from the characters the pattern reads."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from assistant.rules import arithmetic

# the pattern as first written (a factor, then one or more "sign factor", then = and the result)
_FACTOR = r"(\d+(?:\.\d+)?)\s*([^\d\s×xX*＊=＝,，;；。、()（）]{0,8}?)"
PLAIN = re.compile(_FACTOR + r"((?:\s*(?:×|x|X|\*|＊|乘以|乘)\s*" + _FACTOR
                   + r")+)\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元)?")

CORPUS = json.loads((Path(__file__).parent.parent / "fixtures" / "calc" / "corpus_calc_lines.json")
                    .read_text(encoding="utf-8"))
EDGES = ["617人×2000元=1240000元", "12345×2=24690", "a12.5.3×2=25.06", "1..5×2=3", "3.5元×2=7", "=5元3×2=6",
         "=5 3×2=6", "４人×５元＝２０元", "4人 × 5000元 × 12个月 = 240000元", "4乘以5=20，6乘7＝42", "1.5.3x2=3",
         "335台×1000元=335000元。", "00012×3=36", "12×3=36×2=72", "7×=7", "x3=3", "99999999×99999999=1",
         "单价1.2万元/台×10台=12万元", "(3)×4=12", "3 元 ×4 个=12元", "1×2×3×4×5×6×7×8×9×10×11×12×13=0"]
ALPHABET = "0123456789０٣.. ×xX*＊乘以=＝元万亿千人台个月/,，;；。、()（）a"


def _all(p: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_the_corpus_lines_and_edge_cases_match_as_the_plain_pattern():
    assert len(CORPUS) >= 10
    for text in CORPUS + EDGES:
        assert _all(arithmetic._CALC, text) == _all(PLAIN, text), text


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_generated_texts_match_as_the_plain_pattern(text):
    assert _all(arithmetic._CALC, text) == _all(PLAIN, text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["12", "3", "0.5", "1.25", ".", " ", "×", "x", "*", "乘以", "乘", "=", "＝", "元", "万元",
                                 "人", "个月", "，", "(", "台", "9"]), max_size=14))
def test_generated_calculations_match_as_the_plain_pattern(parts):
    text = "".join(parts)
    assert _all(arithmetic._CALC, text) == _all(PLAIN, text)


_NUMBER = st.from_regex(r"\A\d{1,6}(\.\d{1,3})?\Z", fullmatch=True)
_UNIT = st.sampled_from(["", "元", "万元", "人", "台", "个月", "人次", "元/人", ".", "a", " 元", "乘"])
_SIGN = st.sampled_from(["×", "x", "X", "*", "＊", "乘以", "乘", " × ", "+", "，"])
_EQUALS = st.sampled_from(["=", "＝", " = ", "", "=="])


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(st.text(alphabet="计划共，。 1", max_size=4), st.lists(st.tuples(_NUMBER, _UNIT, _SIGN), min_size=1, max_size=5),
       _NUMBER, _UNIT, _EQUALS, _NUMBER, st.sampled_from(["", "元", "万元", "亿元", "千元", "人", "。3×2=6"]))
def test_generated_written_products_match_as_the_plain_pattern(before, factors, last, last_unit, eq, result, after):
    text = before + "".join(n + u + s for n, u, s in factors) + last + last_unit + eq + result + after
    assert _all(arithmetic._CALC, text) == _all(PLAIN, text)
