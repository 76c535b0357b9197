"""A pasted form whose names still hold a template's placeholder ("XX县交通运输局"): said, and each such field asked
for its real name; nothing else is asked about. The names stayed with their XX and nothing was said."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview

PASTED = ("项目名称\t2025年农村公路养护资金\n主管部门\tXX县交通运输局\t实施单位\tXX县农村公路管理所\n"
          "项目属性\t延续项目\t项目期\t2025年1月-2025年12月\n项目资金（万元）\t年度资金总额\t560\n其中：财政拨款\t560\n其他资金\t0\n"
          "年度总体目标\t完成全县农村公路日常养护1200公里，优良中等路率达到80%以上。")


def test_placeholders_in_pasted_names_are_asked():
    iv = Interview(today=dt.date(2026, 12, 3))
    r = iv.answer(PASTED)
    assert iv.form.department == "XX县交通运输局"
    assert r.question is not None and r.question.field == "department" and "占位" in r.question.text
    r = iv.answer("平安县交通运输局")
    assert iv.form.department == "平安县交通运输局"
    assert r.question is not None and r.question.field == "unit" and "占位" in r.question.text
    r = iv.answer("平安县农村公路管理所")
    assert iv.form.unit == "平安县农村公路管理所"
    assert r.question is None or "占位" not in r.question.text


def test_real_names_are_not_asked_again():
    iv = Interview(today=dt.date(2026, 12, 3))
    r = iv.answer(PASTED.replace("XX县", "平安县"))
    assert r.question is None or "占位" not in r.question.text
