"""Twelve real published forms, as the text a page or a PDF gives when copied (tests/fixtures/real, the
shared corpus's real set with its README and hand-made gold). Each case lists the facts that must come
back exactly as the gold has them; what is not listed is not read yet (see the comments) and must at
least not be guessed: a field the reader fills is never a value the gold does not have there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import_unseen_layouts import facts

from assistant.importers import read_path

REAL = Path(__file__).parent / "fixtures" / "real"
HEAD = ["project_name", "department", "unit", "unit_head", "attribute", "start", "end", "funding.total",
        "funding.carryover", "funding.current_year", "funding.other", "goals.annual", "goals.long_term", "budget_items"]
ALL = HEAD + ["indicators"]
EXPECTED = {
    "001_xiangtan_wupaoche_2023": ALL + ["filler"],              # one cell per line with ' |' marks
    "002_yueyangxian_gaobiaozhunnongtian_2022": ALL,            # one cell per line between blank lines
    "004_nanyue_fupin_rendajidi_2018": ALL,                     # rows, cells apart by single spaces
    "006_yangquan_sihaonongcunlu_2021": ALL,                    # ' | ' rows, cut off inside the goal cell
    # cells run together: its last indicator row is cut (成本控制率 不超预算 run into the next name)
    "008_ezhou_binhudalou_yunxingbaozhang_2022_flat": HEAD,
    "009_nanyue_yuluhuaji_2023": ALL,                           # markdown rows, a two-row funding header
    "014_wuhan_qingshan_jiaoyu_jichusheshi_2020": ALL,          # blank-line cells, 长期/年度 column groups
    # labels first, values after (a PDF extract): not read yet — only what is read must be right
    "018_yongxing_xumushouyi_dongwuyibing_2017_pdf": ["department", "unit", "attribute", "funding.total", "budget_items"],
    "019_wuhai_gongxiaoshe_zaishengziyuan_2021": ALL,           # 指标性质/方向/目标值/计量单位/分值 columns
    "021_huangshi_dangxiao_zhutiban_2022": ALL,                 # 2021年实际 | 预期2022年 value columns
    "026_fengjie_yingjiju_12350_2025": ALL,
    "027_jingyan_mataizhen_cunzuganbu_2023": ALL,               # a department's record table, amounts in 元
}


def _gold(stem: str) -> dict:
    return json.loads((REAL / f"{stem}.json").read_text(encoding="utf-8"))["form"]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_real_form_facts_come_back(stem):
    result = read_path(REAL / f"{stem}.txt")
    have, want = facts(result.form.to_json()), facts(_gold(stem))
    assert {k: have[k] for k in EXPECTED[stem]} == {k: want[k] for k in EXPECTED[stem]}
    assert result.loose and result.format == "txt"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_real_form_fields_are_never_misplaced(stem):
    """Whatever the reader fills is what the gold has in that field (or the gold leaves it empty because the
    form's own label says something the gold does not map, e.g. 联系人及电话 of a 专项负责人)."""
    have, want = facts(read_path(REAL / f"{stem}.txt").form.to_json()), facts(_gold(stem))
    wrong = {k: (have[k], want[k]) for k in HEAD if have[k] and want[k] and have[k] != want[k]}
    assert not wrong


def test_a_department_row_above_the_projects_is_the_department():
    form = read_path(REAL / "027_jingyan_mataizhen_cunzuganbu_2023.txt").form
    assert (form.department, form.department_code, form.unit) == ("马踏镇部门", "820", "井研县马踏镇人民政府")
    assert form.funding.total == pytest.approx(330.984)      # 3,309,840.00 元, not the department's 8,827,620.53


def test_a_value_cut_off_at_the_end_of_the_text_is_not_read():
    result = read_path(REAL / "009_nanyue_yuluhuaji_2023.txt")
    assert "补助标准" not in [i.name for i in result.form.indicators]
    assert any("补助标准" in w for w in result.warnings)


def test_a_total_run_together_with_the_next_columns_is_checked_against_the_rows():
    """'合计814662.98794.55': 814 only because the three rows above add up to 814."""
    form = read_path(REAL / "008_ezhou_binhudalou_yunxingbaozhang_2022_flat.txt").form
    assert [(b.name, b.amount) for b in form.budget_items] == [("保安服务费", 191), ("保洁服务费", 99),
                                                                ("水电气、维修维护费", 524)]
    assert form.funding.total == 814
