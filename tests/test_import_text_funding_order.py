"""Funding parts in a text dump whose label and value columns are printed apart (pdftotext): an amount goes into
上年结转 / 本年拨款 / 其他 only when its pairing with the label does not rest on an order the text does not keep.

A table of label | value | label | value rows is printed by pdftotext as its first column of labels, then the rest
row by row (value, label, value …), or with a label after its own value. Pairing the numbers to the waiting labels
in order swaps 上年结转 and 本年度申请 — and the swapped numbers still add up to the total, so the sum check passes.
The parts must then be left empty (待核实, the labels and numbers named), never swapped.
"""
from __future__ import annotations

from assistant.importers.text_reader import read_text

# truth: 资金总额 120 = 上年结转 30 + 本年度申请 90 + 自筹资金 0
ROW_MAJOR_AFTER_LABEL_COLUMN = """项目支出绩效目标申报表
项目名称
主管部门
项目负责人
资金总额（万元）
上年结转
年度目标

某县农村道路维修项目
某县交通运输局
项目实施单位
某县公路养护中心
王明
联系电话
13900000000
120
本年度申请
90
30
自筹资金
0
1. 完成农村道路维修 5 公里
"""

# truth: 资金总额 240.4 = 市本级财政资金 192.32 + 上年结余结转 48.08 + 单位自筹 0; 上年结余结转's label is printed
# after its value, which comes right after the label of the next column
LABEL_AFTER_ITS_VALUE = """项目支出绩效目标申报表
项目名称
项目主管部门

某市普通高中助学金项目
某市教育局
项目执行单位

项目联系人
资金总额（万元）

李华
联系电话
13900000000
240.4
其中：市本级财政资金（万元）
48.08
单位自筹（万元）

上年结余结转（万元）
年度目标

某市学生资助管理中心
192.32
0
（1）资助普通高中家庭经济困难学生 1202 人。
"""

# truth: 资金总额 100 = 财政拨款 70 + 上年结转 30 + 其他资金 0; rows 财政拨款 | 70 | 其他资金 | 0 and 上年结转 | 30 printed
# row by row after the label column: 0 comes before 30, and 其他资金 waits behind 上年结转
VALUES_SPLIT_BY_A_LABEL = """项目支出绩效目标申报表
项目名称
主管部门
资金总额（万元）
财政拨款
上年结转

某区社区服务项目
某区民政局
100
70
其他资金
0
30
"""


def _read(text: str):
    return read_text(text.encode("utf-8"), "dump.txt")


def _never_swapped(text: str, truth: dict[str, float], labels: list[str]) -> None:
    result = _read(text)
    funding = result.form.funding
    for key, value in truth.items():
        have = getattr(funding, key)
        assert have is None or have == value, (key, have, value)       # a part is right or left empty
    assert funding.total == round(sum(truth.values()), 2)                       # the total adds up: it is kept
    left = [k for k in truth if getattr(funding, k) is None]
    assert left                                                        # which is which is not known from the text
    note = next(w for w in result.warnings if "待核实" in w and "资金来源" in w)
    assert all(label in note for label in labels)                    # the warning names the labels
    assert {f"funding.{k}" for k in left} <= set(result.unread)       # unread, not missing: a review asks for them


def test_row_major_values_after_the_label_column_are_not_swapped():
    _never_swapped(ROW_MAJOR_AFTER_LABEL_COLUMN, {"carryover": 30.0, "current_year": 90.0, "other": 0.0},
                   ["上年结转", "本年度申请"])


def test_a_label_printed_after_its_own_value_is_not_given_the_next_columns_value():
    _never_swapped(LABEL_AFTER_ITS_VALUE, {"carryover": 48.08, "current_year": 192.32, "other": 0.0},
                   ["上年结余结转", "市本级财政资金"])


def test_a_value_column_broken_by_another_columns_label_is_not_trusted_for_the_parts():
    _never_swapped(VALUES_SPLIT_BY_A_LABEL, {"carryover": 30.0, "current_year": 70.0, "other": 0.0},
                   ["财政拨款", "上年结转"])


def test_a_clean_label_column_then_value_column_still_places_every_part():
    """The same labels, every label in one column and every value in the next, in the same order: the order is the
    table's rows in both, so the parts are placed (and the shifted layouts above are what is refused)."""
    clean = VALUES_SPLIT_BY_A_LABEL.replace("上年结转\n", "上年结转\n其他资金\n").replace("70\n其他资金\n0\n30", "70\n30\n0")
    funding = _read(clean).form.funding
    assert (funding.total, funding.current_year, funding.carryover, funding.other) == (100.0, 70.0, 30.0, 0.0)
    swapped = _read(ROW_MAJOR_AFTER_LABEL_COLUMN).form.funding
    assert swapped.carryover != 90.0 and swapped.current_year != 30.0
