"""Causes behind misses shared by real texts (eval/real_more1–18), each read by one general mechanism (issue 12),
written here as new small texts (made-up projects, units and numbers):

- a notice that states its project's money in a sentence with no label opening the clause ('…(某财〔2024〕9号)资金80万元,
  实施…', '涉及财政拨款资金120万元'): the total — and the year's 财政拨款 when the money is named as fiscal — only when the
  sentences state that one amount after a money noun, none a source's part or a rate, none in a sentence of money handed
  down, paid or spent (an allocation notice's, a report's: prose_fields._money_said).
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


_NOTICE = """关于某县某镇蔬菜大棚提升项目绩效目标设定的公示
根据《关于下达2024年衔接推进乡村振兴资金的通知》(某财农〔2024〕9号)精神,安排衔接资金80万元,实施某县某镇蔬菜大棚提升项目,项目负责人王小明,项目建设内容:改造大棚20栋。项目总体绩效目标是:增加村集体收入12万元,带动农户30户增收。现将绩效目标设定如下:
数量指标:改造大棚数量>=20栋;质量指标:验收合格率>=95%。
"""


def test_total_stated_in_a_notice_sentence():
    r = _read(_NOTICE)
    assert r.form.funding.total == 80
    assert r.form.funding.current_year is None          # 衔接资金 names no fiscal appropriation
    assert r.form.project_name == "某县某镇蔬菜大棚提升项目"


def test_fiscal_money_stated_in_a_sentence_is_the_years_appropriation_too():
    text = ("某县农业技术推广中心2024年项目支出预算绩效目标公开情况的说明\n\n"
            "2024年某县农业技术推广中心共设置项目支出预算绩效目标1个,为良种推广补助项目,涉及财政拨款资金120万元。\n\n"
            "某县农业技术推广中心2024年项目绩效目标批复表\n\n单位:元\n\n项目\n\n指标值\n\n 某县农业技术推广中心\n\n"
            "  良种推广补助\n\n1200000\n\n   产出指标\n\n    数量指标\n\n     推广良种面积\n\n5000亩\n\n"
            "     技术培训人次\n\n300人次\n")
    r = _read(text)
    assert r.form.funding.total == 120 and r.form.funding.current_year == 120
    assert [(i.name, i.value) for i in r.form.indicators] == [("推广良种面积", "5000亩"), ("技术培训人次", "300人次")]


def test_total_in_a_sentence_read_only_when_it_is_the_one_amount():
    assert _read(_NOTICE).form.funding.total == 80
    two = _NOTICE.replace("带动农户30户增收。", "带动农户30户增收,另安排管护经费5万元。")
    assert _read(two).form.funding.total is None                         # which is the project's: a guess
    part = _NOTICE.replace("安排衔接资金80万元", "安排中央资金80万元")
    assert _read(part).form.funding.total is None                        # a source's part, no total
    rate = _NOTICE.replace("安排衔接资金80万元", "按每栋补助资金4万元")
    assert _read(rate).form.funding.total is None                        # a rate per thing
    moved = _NOTICE.replace("安排衔接资金80万元,实施", "现将衔接资金80万元下达给你镇,用于实施")
    assert _read(moved).form.funding.total is None                       # an allocation notice's money


# a self-evaluation copied from a page whose rows came out one cell early: each line holds a row's amounts and then the
# NEXT row's label, so a label ends its line and its amounts open the line below
_SHIFTED = """2023年度项目支出绩效自评表 | 单位:某县第二中学 |
| 项目名称 | 学生资助补助资金 | 主管部门 | 某县教育局 | 实施单位 | 某县第二中学 | 项目资金 (元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
| 250000.00 | 250000.00 | 248000.00 | 10 | 99% | 9.9 | 其中:当年财政拨款 |
| 250000.00 | 250000.00 | 248000.00 | — |
| — | 上年结转资金 | — | — | — | — |
| — | 其他资金 | — | — | — | — |
"""


def test_label_at_a_lines_end_takes_the_amounts_below():
    r = _read(_SHIFTED)
    assert r.form.funding.total == 25 and r.form.funding.current_year == 25
    assert r.form.project_name == "学生资助补助资金" and r.form.unit == "某县第二中学"


def test_label_at_a_lines_end_keeps_a_value_of_its_own_row():
    from assistant.importers.text_grid import rows_of
    rows = [[p.text for p in r] for r in rows_of("| 项目名称 | 某项目 | 资金总额 |\n| 某县财政局 | 主管部门 |\n")]
    assert rows == [["项目名称", "某项目", "资金总额"], ["某县财政局", "主管部门"]]      # no amount below: left as printed
    rows = [[p.text for p in r] for r in rows_of("| 得分 | 年度资金总额 |\n| 120 | 118 | 10 |\n")]
    assert rows == [["得分"], ["年度资金总额", "120", "118", "10"]]


# a self-evaluation printed one cell a line whose level cells carry their share of the score on a line of their own
# ('产出指标' / '(40)', '效益指标' / '40分)' with the open bracket lost): part of the level cell, no row
_LEVEL_SCORE_TEXT = """部门整体支出绩效自评表

项目名称

苗木培育补助

一级指标

二级指标

三级指标

年度
指标值

实际
完成值

分值

得分

产出指标

(40)

数量
指标

培育苗木数量

20万株

21万株

20

20

质量
指标

苗木合格率

95%

96%

20

20

效益指标

40分)

社会效
益指标

带动农户就业

显著

显著

20

20

满意度指标

(20)

服务对象满意度指标

农户满意度

≥90%

95%

20

20
"""


def test_level_cells_score_on_its_own_line_is_no_row():
    r = _read(_LEVEL_SCORE_TEXT)
    assert [(i.level1, i.level2, i.name, i.value) for i in r.form.indicators] == [
        ("产出指标", "数量指标", "培育苗木数量", "20万株"), ("产出指标", "质量指标", "苗木合格率", "95%"),
        ("效益指标", "社会效益指标", "带动农户就业", "显著"), ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%")]
    cut = _read(_LEVEL_SCORE_TEXT + "\n可持续\n")           # the copy stops in the next level word: the rows above read
    assert len(cut.form.indicators) == 4


def test_level_score_joins_only_a_bracketed_or_scored_number():
    from assistant.importers.fold import _level_scores
    from assistant.importers.text_grid import Piece
    got = [p.text for p in _level_scores([Piece("产出指标", 1), Piece("(40)", 2), Piece("数量指标", 3), Piece("12", 4),
                                          Piece("效益指标", 5), Piece("30分)", 6), Piece("合格率", 7), Piece("(5)", 8)])]
    assert got == ["产出指标(40分)", "数量指标", "12", "效益指标(30分)", "合格率", "(5)"]


# a whole-department form flattened from a PDF: two labels (one with a bracketed word and a space inside, '部门(单位) 名称')
# and then their two values run into one cell a space apart
_LABELS_THEN_VALUES = ("附件 2: 部门整体支出绩效目标申报表 填报日期:2023 年 1 月 16 日 部门(单位) 名称 填报人 "
                       "某县农业农村局 李晓红 财政拨款 收入构成 支出构成 联系电话 部门职能概述 (一)负责全县农业农村工作。 "
                       "(二)组织实施农业农村发展规划。\n")


def test_labels_before_their_values_in_one_cell_by_kind():
    r = _read(_LABELS_THEN_VALUES)
    assert r.form.department == "某县农业农村局" and r.form.filler == "李晓红"


def test_values_in_one_cell_paired_only_when_one_order_fits():
    from assistant.importers.fold import _one_cell_for_labels
    from assistant.importers.text_grid import Piece
    labels = [Piece("部门名称", 1), Piece("填报人", 1)]
    got = _one_cell_for_labels(labels, [Piece("某县农业农村局 李晓红", 2)])
    assert [(r[0].text, r[1].text) for r in got] == [("部门名称", "某县农业农村局"), ("填报人", "李晓红")]
    assert _one_cell_for_labels(labels, [Piece("李晓红 某县农业农村局", 2)]) is None      # the order does not fit
    assert _one_cell_for_labels(labels, [Piece("某县农业农村局 李晓红 王五", 2)]) is None  # more words than labels
    two_people = [Piece("填报人", 1), Piece("项目负责人", 1)]
    assert _one_cell_for_labels(two_people, [Piece("李晓红 王小明", 2)]) is None        # either order fits: a guess
