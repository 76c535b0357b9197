"""Shapes behind misses shared by several real texts (eval/real_more1–18), each read by one general rule (issue 12),
written here as new small texts (made-up projects, units and numbers):

- a level heading printed upright in its merged cell, one character a line ('产' / '出' / '指' / '标') in a text of one
  cell a line: the level word (fold_labels.upright_lines), so the rows under it keep their 一级; characters that make
  no label stay apart;
- a goal cell of numbered items flattened onto one line with spaces ('1、A 2、B 3、C'): one goal an item, a mark after a
  space only when it continues the numbering (never '建设2公里 2、…' alone, never a decimal '2.5公里').
"""
from __future__ import annotations

from pathlib import Path

from assistant.importers import read_bytes
from assistant.importers import labels as L

FIXTURES = Path(__file__).parent / "fixtures" / "grouped27"


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def test_upright_level_headings_one_character_a_line():
    r = _read((FIXTURES / "upright_levels.txt").read_text(encoding="utf-8"))
    got = [(i.level1, i.level2, i.name, i.value) for i in r.form.indicators]
    assert got == [("产出指标", "数量指标", "服务老人人数", "≥300人"),
                   ("产出指标", "质量指标", "服务合格率", "≥95%"),
                   ("效益指标", "社会效益指标", "老人生活质量", "明显提升"),
                   ("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%")]
    assert r.form.funding.total == 60 and r.form.unit == "某县养老服务中心"


def test_upright_lines_join_only_labels():
    from assistant.importers.fold_labels import upright_lines
    assert upright_lines("产\n出\n指\n标\n数量指标") == "产出指标\n数量指标"
    assert upright_lines("产\n出\n指标\n数量指标") == "产出指标\n数量指标"            # the last short line completes it
    assert upright_lines("满\n\n意\n\n度\n\n指\n\n标\n\n老人满意度") == "满意度指标\n\n老人满意度"
    assert upright_lines("是\n否\n是\n某某项目") == "是\n否\n是\n某某项目"              # no word: left as printed
    assert upright_lines("张\n三\n") == "张\n三\n"


def test_numbered_goals_on_one_line():
    text = "1、新建村级养老站3处,每处面积不少于200平方米 2、为全镇80名老人提供助餐服务 3、老人生活质量明显改善"
    assert L.split_goals(text) == ["新建村级养老站3处,每处面积不少于200平方米", "为全镇80名老人提供助餐服务",
                                   "老人生活质量明显改善"]
    assert L.split_goals("一、完成人员培训 二、提高服务水平") == ["完成人员培训", "提高服务水平"]


def test_numbered_marks_inside_a_line_only_in_sequence():
    assert L.split_goals("修建机耕道2公里 2、硬化路面") == ["修建机耕道2公里 2、硬化路面"]     # no 1、 before it
    assert L.split_goals("1.新建道路 2.5公里 2.完成绿化") == ["新建道路 2.5公里", "完成绿化"]     # 2.5 is a number
    assert L.split_goals("1、修建水渠 3、硬化路面") == ["修建水渠 3、硬化路面"]                # 3 does not follow 1


ONE_GOAL_CELL = """项目支出绩效目标表
项目名称 | 某镇农村道路提升工程 |
主管部门 | 某县交通运输局 |
实施单位 | 某镇人民政府 |
年度资金总额 | 120 |
年度绩效目标 | 1、新修通组道路3公里 2、安装护栏800米 3、群众出行条件明显改善 |
"""


def test_numbered_goal_cell_in_a_pipe_row():
    r = _read(ONE_GOAL_CELL)
    assert r.form.goals.annual == ["新修通组道路3公里", "安装护栏800米", "群众出行条件明显改善"]


def test_two_goal_labels_before_their_goals_run_together():
    """'长期目标年度目标<A><B>' in a flattened page: where A ends is not told — neither goal is read (both unread)."""
    r = _read((FIXTURES / "two_goal_labels_run.txt").read_text(encoding="utf-8"))
    assert r.form.goals.annual == [] and r.form.goals.long_term == []
    assert "goals.annual" in r.unread and "goals.long_term" in r.unread
    assert r.form.funding.total == 80
    same = (FIXTURES / "two_goal_labels_run.txt").read_text(encoding="utf-8").replace("长期目标年度目标", "年度总体目标预期目标")
    assert _read(same).form.goals.annual            # two labels of the one field (年度总体目标 / 预期目标): its goal
    apart = (FIXTURES / "two_goal_labels_run.txt").read_text(encoding="utf-8").replace(
        "项目绩效目标长期目标年度目标持续改善全镇人居环境,建成美丽乡村", "\n长期目标\n年度目标\n").replace("清理河塘20处", "清理河塘20处\n")
    assert _read(apart).form.goals.annual == ["完成12个村的垃圾收集点建设,清理河塘20处"]   # a cell a line: the last label's


def test_funding_grid_total_as_its_total_row():
    """'财政资金小计 86.2 … 2.单位其它收入 3.8 … 合 计 90 …': the 合计 row is the total when the parts read add up to it."""
    text = (FIXTURES / "total_row_grid.txt").read_text(encoding="utf-8")
    r = _read(text)
    assert (r.form.funding.total, r.form.funding.current_year, r.form.funding.other) == (90, 86.2, 3.8)
    assert "合计" in r.provenance["funding.total"]
    off = _read(text.replace("合 计 90 12.5", "合 计 95 12.5"))      # parts that do not make it: no total guessed
    assert off.form.funding.total is None
    scores = text.replace("合 计 90 12.5 102.5 100.9 98.44\n", "") + "合 计 90 90\n"
    assert _read(scores).form.funding.total is None     # a 合计 after the indicator table (the scores' sum): no total


def test_total_that_names_itself_fiscal_money():
    """'项目金额及资金来源:96万元(财政资金)': the whole total is the year's 财政拨款 (the value says so); a total with
    another source or none named stays the total alone."""
    text = (FIXTURES / "total_named_fiscal.txt").read_text(encoding="utf-8")
    r = _read(text)
    assert (r.form.funding.total, r.form.funding.current_year) == (96, 96)
    r = _read(text.replace("96万元(财政资金)", "96万元(社会资金)"))
    assert r.form.funding.total == 96 and r.form.funding.current_year is None
