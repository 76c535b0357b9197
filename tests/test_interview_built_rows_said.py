"""The rows drafted from her sentence that are shown to her ("我把您的话整理成了指标：…") are the rows kept: a row the
guards refused (a drafted name that is no measure, "89座公厕时间 每天") is never listed as if it were recorded."""
from __future__ import annotations

import datetime as dt
import re

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "城区公厕保洁服务", "unit": "区城市管理局", "department": "区城市管理局",
        "funding": {"total": 106.8, "current_year": 106.8, "carryover": 0, "other": 0},
        "start": "2027-01", "end": "2027-12", "year": 2027}


def test_only_kept_rows_are_listed():
    iv = asked_on(TODAY, "indicators.数量指标", BASE)
    reply = iv.answer("保证89座公厕每天保洁两次，保洁达标率95%以上，投诉24小时内处理，群众满意度90%以上")
    said = " ".join(reply.said)
    names = [i.name for i in iv.form.indicators]
    listed = said.split("整理成了指标", 1)[1].split("。", 1)[0] if "整理成了指标" in said else ""
    for name in re.findall(r"「([^」]+)」", listed):
        assert name in names, f"{name} listed as recorded: {said}"
    assert "89座公厕时间" not in said
