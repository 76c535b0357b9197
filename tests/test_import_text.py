"""The PDF-text reader: the seed dump and the corpus text dumps."""
from __future__ import annotations

import json
from pathlib import Path

from assistant.importers import read_bytes, read_path

FIX = Path(__file__).parent / "fixtures"


def test_seed_text_yields_the_declared_fields():
    result = read_path(FIX / "seed-wuhai-2020.txt")
    form, gold = result.form, json.loads((FIX / "seed-wuhai-2020.json").read_text(encoding="utf-8"))["form"]
    assert result.format == "txt"
    assert (form.project_name, form.unit, form.unit_head, form.unit_phone) == ("社会化聘用人员经费", "市信访局", "李杰", "1814730****")
    assert (form.function_code, form.attribute, form.start, form.end) == ("2010308", "新增", "2020-01", "2020-12")
    assert form.model_dump()["funding"] == gold["funding"]
    assert [b.model_dump() for b in form.budget_items] == gold["budget_items"]
    assert [i.model_dump() for i in form.indicators] == gold["indicators"]
    assert (form.filler, form.fill_date) == ("李杰", "2020-08-19")
    assert form.goals.long_term == [] and form.goals.annual == []   # template placeholders only
    assert form.department == ""                                  # left blank in the seed: never invented
    assert result.text.startswith(" 乌海市财政支出预算绩效目标申报表")


def test_corpus_text_dump_recovers_main_fields():
    form = read_path(FIX / "corpus" / "dev11-000-hiring.a_docx.txt").form
    assert (form.department, form.department_code, form.unit) == ("渭南市信访局", "410001", "渭南市信访局")
    assert (form.unit_head, form.function_code, form.start, form.end) == ("黄丽", "2010308", "2024-01", "2024-12")
    assert form.funding.model_dump() == {"total": 223.2, "carryover": 22.32, "current_year": 200.88, "other": 0.0}
    assert [(b.name, b.amount) for b in form.budget_items] == [("聘用人员工资", 178.56), ("社会保险及公积金", 33.48), ("岗位津贴", 11.16)]
    assert form.goals.long_term == ["持续保障联合接访中心接待力量，信访事项按期办结率保持在95%以上。"]


def test_inline_labels_in_plain_text_and_yuan_amounts():
    text = "项目名称：乡村道路养护\n实施单位：某县交通运输局\n项目资金来源（元）\n项目资金总额 上年结转 本年财政拨款 其他资金\n300000 0 300000 0\n填报人：王五 填报日期：2024年3月5日\n"
    form = read_bytes(text.encode("utf-8"), "a.txt").form
    assert (form.project_name, form.unit, form.filler, form.fill_date) == ("乡村道路养护", "某县交通运输局", "王五", "2024-03-05")
    assert form.funding.model_dump() == {"total": 30.0, "carryover": 0.0, "current_year": 30.0, "other": 0.0}
