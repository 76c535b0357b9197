"""Issue 11 end to end: the 信访局 clerk's own sentences replayed through `jixiao draft --jsonl`, on a day
in 2026 for a 2020 project (社会化聘用人员经费: 12 contracted staff, 48.6万元 = 工资36 + 社保9.6 + 公积金3).
Every sentence the issue quotes is said where the issue says she said it; the form that comes out
holds only her facts, and the check is honest about it."""
from __future__ import annotations

import re

from draft_peer import Clerk, run_draft
from assistant.interview.gate import source_numbers
from assistant.llm.support import numbers_in
from assistant.model import Declaration

TODAY = "2026-03-01"
SHE_SAID = {
    "project_name": ["你好，我是乌海市信访局的，领导让我填个表", "聘用人员经费"],
    "unit": ["乌海市信访局"],
    "department": ["项目名字不对，就叫社会化聘用人员经费", "同上"],
    "overview": ["就是局里聘了12个合同工，在接访大厅帮忙登记、引导群众，一年下来大概五十万吧"],
    "funding": ["一共48.6万", "没有，都是财政拨的"],
    "function_code": ["什么是预算功能科目？我不知道", "那就用你说的那个吧"],
    "attribute": ["新增"],
    "start": ["就是2020年一整年"],
    "basis": ["没有文件", "不对，年份错了，是2020年1月到2020年12月",
              "乌人社函〔2019〕25号《关于对市信访局通过政府购买服务方式聘用人员的意见》"],
    "necessity": ["来访群众多，在编人员忙不过来，人社局同意通过购买服务聘用人员"],
    "budget_items": ["一共48.6万", "工资36万，社保9.6万，公积金3万"],
    "indicators.时效指标": ["什么是三级指标？", "保证12个人全年在岗，工资每月按时发，群众满意度95%以上"],
    "indicators.质量指标": ["1，还有人均每个月大概3000多吧"],
    "fact.monthly": ["3375"],
    "indicators.效益指标": ["社会效益指标：信访事项按期办结率 ≥95%"],
    "goals.annual": ["年度目标：2020年聘用12名工作人员全年在岗，信访事项按期办结率达到95%以上"],
    "goals.long_term": ["刚才人数说错了，是13个人", "好"],
    "confirm": ["预算明细：聘用人员工资36万元；社会保险9.6万元；住房公积金3万元", "确认"],
}


def replay(tmp_path, monkeypatch) -> Clerk:
    return run_draft(Clerk(SHE_SAID, most=60), tmp_path, monkeypatch, today=TODAY)


def test_the_xinfang_clerk_gets_a_form_of_her_own_facts(tmp_path, monkeypatch):
    who = replay(tmp_path, monkeypatch)
    done = who.lines[-1]
    assert done["type"] == "done", who.transcript()
    f = Declaration.from_json(done["form"])
    assert f.project_name == "社会化聘用人员经费"                     # the correction, not the chatty first line
    assert f.department == f.unit == "乌海市信访局"                    # never the project's name
    assert (f.start, f.end, f.year) == ("2020-01", "2020-12", 2020)   # her year, not 2026
    assert f.basis.startswith("乌人社函〔2019〕25号")                  # "没有文件" is no 立项依据
    assert "大概五十万" not in f.overview and "13个合同工" in f.overview     # her headcount, corrected
    assert f.funding.total == 48.6 and f.funding.current_year == 48.6
    assert [(i.name, i.amount) for i in f.budget_items] == [("聘用人员工资", 36.0), ("社会保险", 9.6), ("住房公积金", 3.0)]
    names = {i.name: i for i in f.indicators}
    assert not {"社会效益指标", "还有人均每个月", "一", "人人数"} & set(names)
    assert names["信访事项按期办结率"].level2 == "社会效益指标" and names["信访事项按期办结率"].value == "≥95%"
    assert names["人均月经费"].value == "≤3375元/人·月"                 # the exact figure she gave after the hedge
    assert all("13" in i.value for i in f.indicators if i.level2 == "数量指标" and "人" in i.value)
    assert "13名" in f.goals.annual[0] and "12名" not in f.goals.annual[0]
    assert f.function_code == "2010308"


def test_every_number_of_her_form_is_hers_or_listed_as_unconfirmed(tmp_path, monkeypatch):
    who = replay(tmp_path, monkeypatch)
    done = who.lines[-1]
    said = set().union(*(source_numbers(s, 2026) for s in who.sent))
    unconfirmed = {u["field"] for u in done["unconfirmed"]}
    f = done["form"]
    numbers = {"funding.total": f["funding"]["total"], **{f"budget_items[{i}]": it["amount"]
                                                            for i, it in enumerate(f["budget_items"])}}
    for path, n in numbers.items():
        assert n in said or n * 10_000 in said or path in unconfirmed, (path, n)
    for ind in f["indicators"]:
        for n in numbers_in(ind["value"]):
            assert n in said or f"indicators:{ind['name']}" in unconfirmed, (ind, who.transcript())


def test_her_interview_asks_everything_once_and_says_how_to_get_the_file(tmp_path, monkeypatch):
    who = replay(tmp_path, monkeypatch)
    asks = [x for x in who.lines if x["type"] == "ask"]
    fields = [x["field"] for x in asks]
    for f in ("unit_functions", "unit_head", "department_head", "filler", "budget_items"):
        assert f in fields, f                                        # never silently left empty
    run = max(len(list(g)) for _, g in __import__("itertools").groupby((x["field"], x["kind"]) for x in asks))
    assert run <= 2, who.transcript()                                # no question three times in a row
    said = [x["text"] for x in who.lines if x["type"] == "say"]
    assert any("已把「项目名称」从「聘用人员经费」改为「社会化聘用人员经费」" in s for s in said)
    assert any("已把「聘用人员数量」从「=12人」改为「=13人」" in s for s in said)
    assert any(s.startswith("「预算功能科目」：") for s in said)          # the question back answered from the glossary
    assert any(s.startswith("「三级指标」：") for s in said)
    assert any("是个约数" in s for s in said)                            # 大概五十万 / 3000多: asked again, not stored
    assert re.search(r"jixiao draft --resume \w+ --out 申报表\.docx", said[-1])
    done = who.lines[-1]
    errors = [(x["code"], x["field"]) for x in done["findings"] if x["severity"] == "error"]
    assert errors == []


def test_acts_are_reported_on_each_question(tmp_path, monkeypatch):
    who = replay(tmp_path, monkeypatch)
    acts = {}
    for sent, line in zip(who.sent, [x for x in who.lines if x["type"] == "ask"][1:]):
        acts[sent] = line.get("acts")
    assert acts["项目名字不对，就叫社会化聘用人员经费"] == ["correction"]
    assert acts["什么是预算功能科目？我不知道"] == ["question", "dont_know"]
    assert acts["那就用你说的那个吧"] == ["confirm"]
    assert set(acts["1，还有人均每个月大概3000多吧"]) == {"choice", "hedge"}
    assert acts["刚才人数说错了，是13个人"] == ["correction"]
