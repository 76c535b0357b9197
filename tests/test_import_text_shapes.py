"""Plain-text shapes of real pages the reader was not built on (issue 12), written here in other words and
orders than any corpus file: rows whose cells were run together with no separator, indicator targets written
as prose, indented trees, several projects on one page, self-evaluation tables."""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.text_grid import glued, layout


def _form(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt").form


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in form.indicators]


GLUED = """当前位置：首页 > 信息公开
项目支出绩效目标表
(2024年度)
项目名称城区路灯节能改造
实施单位某市城市照明管理所主管部门某市城市管理局
年度资金总额:42
总体目标年度目标
完成城区主干道路灯节能改造,降低能耗。
绩效指标一级指标二级指标指标内容指标值
产出指标数量指标改造路灯数量1200盏
完成验收路段12条
质量指标改造后亮灯率≥98%
效益指标社会效益指标群众夜间出行条件明显改善
满意度指标服务对象满意度指标沿街居民满意度≥90%
[打印] [关闭]
"""


def test_rows_with_cells_run_together_are_cut_at_labels_and_values():
    assert layout(GLUED) == "cells"
    form = _form(GLUED)
    assert (form.project_name, form.unit, form.department) == ("城区路灯节能改造", "某市城市照明管理所", "某市城市管理局")
    assert form.funding.total == 42.0
    assert form.goals.annual == ["完成城区主干道路灯节能改造,降低能耗。"] and form.goals.long_term == []
    got = _inds(form)
    assert ("产出指标", "数量指标", "改造路灯数量", "1200盏") in got
    assert ("产出指标", "数量指标", "完成验收路段", "12条") in got
    assert ("产出指标", "质量指标", "改造后亮灯率", "≥98%") in got
    assert ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%") in got
    # a name and a worded target run together cannot be cut apart: not read, not guessed
    assert not any("群众夜间" in i.name or "群众夜间" in i.value for i in form.indicators)


def test_a_label_with_its_value_after_a_colon_or_a_space_is_not_glued():
    assert glued("项目名称乡村道路") and glued("产出指标数量指标道路长度5公里")
    assert not glued("项目名称：乡村道路") and not glued("项目名称 乡村道路") and not glued("| 项目名称 | 甲 |")
    assert not glued("全面改善办学条件。") and not glued("项目名称")
