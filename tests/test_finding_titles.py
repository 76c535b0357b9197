"""Users never see a bare code: the CLI report, the 审核意见, the HTML report and the web findings list
show each rule's Chinese title; the code stays only in --json, a narrow column or a tooltip."""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.findings import JUDGEMENT_TITLES, code_title
from assistant.model import Declaration
from assistant.review.opinion import draft_opinion
from assistant.review_one import review_form
from assistant.rules import all_rules, check
from assistant.webapp import render

FIXTURES = Path(__file__).parent / "fixtures"
CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def defective() -> Declaration:
    data = json.loads((FIXTURES / "corpus" / "dev11-000-hiring.json").read_text(encoding="utf-8"))["form"]
    data.update(year=2026, basis="没有文件", unit_phone="")
    data["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "质量指标",
                               "name": "工资逾期发放率", "value": "≥100%"})
    data["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "时效指标",
                               "name": "资金到位时间", "value": "=45,65745,657"})
    return Declaration.from_json(data)


def test_every_code_has_a_title_that_is_not_the_code():
    for r in all_rules():
        assert code_title(r.code) == r.title != r.code
    for code, title in JUDGEMENT_TITLES.items():
        assert code_title(code) == title
    assert code_title("no_such_code") == "no_such_code"


def test_cli_report_shows_titles_and_no_code(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(defective().to_json(), ensure_ascii=False), encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(path)]).output
    codes = {f.code for f in check(defective()).findings}
    assert {"year_period_mismatch", "text_non_answer", "indicator_direction_conflict",
            "indicator_value_serial_date", "contact_missing"} <= codes
    for code in codes:
        assert code_title(code) in out
    assert not CODE.findall(out.replace(str(path), ""))
    assert "指标「资金到位时间」：=45,65745,657 → 2024年12月31日前" in out


def test_opinion_items_are_headed_by_the_title():
    record = review_form(defective(), file="a.json").to_json()
    text = draft_opinion(record)
    assert "【警告·预算年度与实施期不符】预算年度：" in text
    assert "【错误·日期显示为Excel序列号】指标「资金到位时间」：" in text
    assert not CODE.findall(text)


def test_web_findings_list_shows_the_title_with_the_code_only_in_attributes():
    html = render.findings_html(check(defective()))
    assert '<b class="jx-title" title="indicator_direction_conflict">指标方向与含义相反</b>' in html
    visible = re.sub(r"<[^>]+>", "", html)
    assert "指标方向与含义相反" in visible and not CODE.findall(visible)
