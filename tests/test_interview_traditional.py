"""繁体 answers are folded to simplified before they are read (traditional.py, OpenCC t2s)."""
from __future__ import annotations

import pytest

from assistant.interview.engine import Interview
from assistant.interview.traditional import fold


@pytest.mark.parametrize("text,simple", [("填報人吴淑芬", "填报人吴淑芬"), ("跳過吧 這個我真不知道怎麼寫", "跳过吧 这个我真不知道怎么写"),
                                         ("乾淨整潔", "干净整洁"), ("頭髮", "头发"), ("餘額四十八萬六千元", "余额四十八万六千元")])
def test_traditional_text_is_folded_phrase_by_phrase(text, simple):
    assert fold(text) == simple


@pytest.mark.parametrize("text", ["著作权登记", "皇后镇", "2020年1月至2020年12月，共48.6万元", "乾隆", ""])
def test_simplified_text_passes_unchanged(text):
    assert fold(text) == text


def test_an_answer_in_traditional_characters_fills_the_field_like_a_simplified_one():
    a, b = Interview(), Interview()
    a.answer("社會化聘用人員經費")
    b.answer("社会化聘用人员经费")
    assert a.form.project_name == b.form.project_name == "社会化聘用人员经费"
