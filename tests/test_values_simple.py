"""values.parse_value reads the usual value (a sign, a whole number, a unit of % or 汉字) by one pattern
(``_SIMPLE``); what it gives must be what the general steps (``_parse_value``) give, on every value."""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from assistant import values
from assistant.textnum import normalize

ROOT = Path(__file__).resolve().parent.parent


def _general(text: str) -> values.ParsedValue:
    raw = text or ""
    return values._parse_value(raw, normalize(raw).replace("％", "%"))


def _fixture_values() -> list[str]:
    out = set()
    for p in sorted((ROOT / "tests" / "fixtures").rglob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError):
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                if isinstance(x.get("value"), str):
                    out.add(x["value"])
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
    return sorted(out)


SIGNS = ["≥", "≤", "=", ">", "<", "＝", "≧", ">=", "", " ≥"]
NUMBERS = ["4", "95", "0", "007", "2025", "44561", "95.5", "2025.12", "1,000", "-3", "４"]
UNITS = ["", "%", "％", "人", "人次", "万元", "元", "公里", "个月", "年", "月底前", "日前", "天", "学期", "季度",
         "%以上", "人左右", "人之内", "元/人", "元（含税）", "人，", " 人", "人 ", "乘", "×2", "x", "台套", "%%",
         "及以上", "以内", "项", "次/年", "-", ".", "个", "万"]


def _made() -> list[str]:
    made = [s + n + u for s, n, u in itertools.product(SIGNS, NUMBERS, UNITS)]
    rng = random.Random(14)
    alphabet = "≥≤=><0123456789.%人元万年月日天以上左右之内乘×,，（）/- 学季及"
    made += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    return made


@pytest.mark.parametrize("source", ["fixtures", "made"])
def test_the_one_pattern_reads_what_the_general_steps_read(source):
    texts = _fixture_values() if source == "fixtures" else _made()
    assert len(texts) > 100
    simple = 0
    for text in texts:
        values.parse_value.cache_clear()
        assert values.parse_value(text) == _general(text), text
        simple += values._SIMPLE.fullmatch(normalize(text).replace("％", "%")) is not None
    assert simple > 50      # (the pattern is taken, not only the general steps)


def test_a_value_the_pattern_does_not_take_is_read_by_the_general_steps():
    for text in ["=2025.12", "≥95.5%", "≥90%以上", "=4人左右", "≤1000元/人", "2025年12月底前", "≥ 95%", "=4人×3"]:
        assert values._SIMPLE.fullmatch(normalize(text)) is None, text
        assert values.parse_value(text) == _general(text)
    assert tuple(values.parse_value("≥95%")) == ("≥95%", "≥", 95.0, "%", False, False)
    assert tuple(values.parse_value("＝４人")) == ("＝４人", "=", 4.0, "人", False, False)
