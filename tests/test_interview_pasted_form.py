"""Last year's whole form pasted into the chat is read by the form reader (text → grid → assembler), not by the
answer parser: before, the title became the 项目名称 ("| 雨露计划绩效目标申报表 | |||"), header cells an indicator
「内容」 = "| 指标值及单位 |", and 本年度预算 0. Now its values go to the empty fields only, marked imported from the
pasted text; what she already gave is kept and named; a loose read is said to need checking; a form of an earlier
year says so; 返回 undoes the paste. A few "标签：值" lines with edits after them stay answers for the chat."""
from __future__ import annotations

import datetime as dt

from assistant.interview import pasted
from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)

FORM = """附件2 | | | |
项目支出绩效目标申报表 | | | |
（2025年度） | | | |
项目名称 | 城区公厕保洁服务经费 | | |
主管部门 | 县城市管理局 | 实施单位 | 县环卫所 |
项目负责人 | 周建国 | 联系电话 | 0731-5551234 |
项目属性 | 延续项目 | 项目期 | 2025年1月-2025年12月 |
项目资金（万元） | 资金总额 | 86 | |
 | 其中：财政拨款 | 86 | |
 | 其他资金 | 0 | |
年度目标 | 完成城区42座公厕的日常保洁和维护，公厕保洁达标率不低于95%。 | | |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 保洁公厕数量 | 42座 |
 | 质量指标 | 保洁达标率 | ≥95% |
 | 时效指标 | 保洁服务完成时间 | 2025年12月底前 |
效益指标 | 社会效益指标 | 市容环境改善 | 明显改善 |
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |
"""


def test_a_pasted_form_fills_the_form_not_one_answer():
    iv = Interview(today=TODAY)
    iv.opening()
    r = iv.answer(FORM)
    f = iv.form
    assert f.project_name == "城区公厕保洁服务经费"
    assert f.funding.total == 86
    assert (f.start, f.end) == ("2025-01", "2025-12")
    assert "|" not in f.project_name and all("|" not in i.name and "|" not in i.value for i in f.indicators)
    assert {"保洁公厕数量", "保洁达标率", "群众满意度"} <= {i.name for i in f.indicators}
    assert not any(i.name in ("内容", "指标值") for i in f.indicators)
    said = "\n".join(r.lines())
    assert "整张申报表" in said and "核对" in said and "2025年度" in said
    assert iv.provenance["project_name"].kind == "imported"
    assert iv.provenance["funding.total"].kind == "imported"
    assert r.question is not None and r.question.field != "project_name"


def test_what_she_gave_is_kept_and_named():
    iv = asked_on(TODAY, "project_name")
    iv.answer("2026年城区公厕保洁服务")
    iv.ask("funding")
    iv.answer("总共90万，全是财政拨款")
    r = iv.answer(FORM)
    assert iv.form.project_name == "2026年城区公厕保洁服务"
    assert iv.form.funding.total == 90
    said = "\n".join(r.lines())
    assert "保留您原来的" in said and "项目名称" in said and "项目资金总额" in said
    assert iv.form.department == "县城市管理局"


def test_back_undoes_the_paste():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer(FORM)
    assert iv.form.project_name
    iv.answer("返回")
    assert not iv.form.project_name and not iv.form.indicators


def test_labelled_lines_with_edits_stay_an_answer():
    text = ("直接贴去年的表，有几行要改：\n项目名称：艾滋病综合防治项目\n实施单位：县疾病预防控制中心\n主管部门：县卫生健康局\n"
            "项目属性：延续\n实施期限：2021年1月-2021年12月\n资金总额：46万元\n改的地方：期限改成明年全年，资金改成52万，其他不变")
    assert pasted.read_form(text) is None
    assert pasted.read_form("项目名称：社区养老服务\n实施单位：民政局\n总额 30万") is None
