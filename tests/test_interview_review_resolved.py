"""A finding asked at the final check that her answer resolves ("电费应该是5万" to 明细合计与总额不一致) is not asked
again with its stale text (合计 33.6 万元 … 电费通讯费 6万元) — the interview goes on to what is left."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.model import Declaration

ROWS = [("产出指标", "数量指标", "运维点位数", "=46个"), ("产出指标", "质量指标", "设备完好率", "≥95%"),
        ("产出指标", "时效指标", "故障修复时限", "≤24小时"), ("产出指标", "成本指标", "每个点位运维成本", "≤6000元/个"),
        ("效益指标", "社会效益指标", "火情发现及时率", "≥95%"), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
FORM = {"project_name": "森林防火视频监控系统运维", "unit": "县林业局森林防火指挥中心", "department": "县林业局",
        "department_code": "411001", "department_head": "李娜", "department_phone": "13935812345",
        "unit_head": "王建军", "unit_phone": "0358-4221567", "unit_functions": "负责全县森林防火监测预警",
        "overview": "全县46个监控点位请第三方运维", "function_code": "2130234", "attribute": "延续",
        "basis": "《县森林防火规划》", "necessity": "监控点位老化，去年坏了11个", "filler": "刘志", "fill_date": "2026-12-03",
        "funding": {"total": 32.6, "current_year": 32.6, "carryover": 0, "other": 0}, "start": "2027-01", "end": "2027-12",
        "year": 2027, "budget_items": [{"name": "运维服务费", "amount": 27.6}, {"name": "电费通讯费", "amount": 6.0}],
        "goals": {"annual": ["保障全县46个监控点位正常运行，设备完好率不低于95%"], "long_term": ["持续保障监控点位正常运行"]},
        "indicators": [{"scope": "annual", "level1": a, "level2": b, "name": n, "value": v} for a, b, n, v in ROWS]}


def test_resolved_finding_not_asked_again():
    iv = Interview(Declaration.from_json(FORM), today=dt.date(2026, 12, 3))
    q = iv.next_question()
    for _ in range(10):
        if q is not None and q.key.startswith("review:") and "33.6" in q.render():
            break
        iv.answer("跳过" if q is not None and q.key.startswith("review:") else "确认")
        q = iv.next_question()
    assert q is not None and "33.6" in q.render()
    iv.answer("电费应该是5万")
    assert [b.amount for b in iv.form.budget_items] == [27.6, 5.0]
    after = iv.next_question()
    assert after is None or "33.6" not in after.render()
