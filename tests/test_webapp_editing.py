"""The 起草 tab's editing, progress, drafts-on-demand, quick replies and markup safety, as plain
functions (no server): fields.py, render.py, quickbar.py and the handlers that use them."""
from __future__ import annotations

import json
import re
from types import SimpleNamespace as NS

import pytest
import yaml

from assistant.model import Declaration
from assistant.webapp import drafting, fields, handlers as h, render
from assistant.webapp.draft_tab import chat_value
from assistant.webapp.fields import EditError
from assistant.webapp.quickbar import quickbar_html

CLERK = ["社会化聘用人员经费", "我们信访局今年要聘4个人，每人每月5000"]
HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '<a href="http://example.invalid/">点我</a>',
    '<form><input type=password name=pw></form>',
    '<div style="position:fixed;inset:0">全屏</div>',
    '![x](http://example.invalid/a.png)',
    '<script>alert(1)</script>',
]


def gold(fixtures, name: str) -> Declaration:
    return Declaration.from_json(json.loads((fixtures / "corpus" / name).read_text(encoding="utf-8")))


def loaded(form: Declaration):
    return h.sess.start("", form=form, source="test")


def tags(html: str) -> set[str]:
    return {t.lower() for t in re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", html)}


# --- editing a field in place -------------------------------------------------------------

@pytest.mark.parametrize("path, text, check", [
    ("project_name", "  社会化聘用人员经费  ", lambda f: f.project_name == "社会化聘用人员经费"),
    ("year", "2020年", lambda f: f.year == 2020),
    ("start", "2020年1月至2020年12月", lambda f: (f.start, f.end) == ("2020-01", "2020-12")),
    ("start", "2020-03 ~ 2020-11", lambda f: (f.start, f.end) == ("2020-03", "2020-11")),
    ("funding.total", "48.6", lambda f: f.funding.total == 48.6),
    ("funding.total", "48.6万元", lambda f: f.funding.total == 48.6),
    ("funding.total", "486000元", lambda f: f.funding.total == 48.6),
    ("funding.carryover", "", lambda f: f.funding.carryover is None),
    ("goals.annual", "保障12名聘用人员全年在岗\n\n信访事项按期办结率≥95%\n",
     lambda f: f.goals.annual == ["保障12名聘用人员全年在岗", "信访事项按期办结率≥95%"]),
    ("overview", "第一行\n第二行", lambda f: f.overview == "第一行\n第二行"),
    ("fill_date", "2020年8月19日", lambda f: f.fill_date == "2020-08-19"),
    ("unit_phone", "0473-3981234", lambda f: f.unit_phone == "0473-3981234"),
])
def test_apply_edit_reads_the_value_for_that_field(path, text, check):
    assert check(fields.apply_edit(Declaration(), path, text))


@pytest.mark.parametrize("path, text, message", [
    ("funding.total", "大概五十万吧", "读不出「资金总额」的金额「大概五十万吧」"),
    ("funding.total", "36和12", "读不出「资金总额」的金额"),
    ("funding.total", "-3", "读不出「资金总额」的金额"),
    ("year", "今年", "读不出预算年度「今年」"),
    ("start", "明年开始", "读不出实施期限「明年开始」"),
    ("fill_date", "上周", "读不出填报日期「上周」"),
    ("indicators[0].value", "≥95%", "这一栏已经变化"),          # no such row: a stale or forged path
    ("budget_items[3].amount", "5", "这一栏已经变化"),
    ("__class__", "x", "这一栏已经变化"),
    ("indicators.数量指标", "x", "这一栏已经变化"),               # a category row has no editor
])
def test_apply_edit_refuses_what_it_cannot_read(path, text, message):
    with pytest.raises(EditError) as e:
        fields.apply_edit(Declaration(), path, text)
    assert message in str(e.value)


@pytest.mark.parametrize("text", ["2020全年", "就是2020年一整年", "2020年一整年"])
def test_a_period_edited_in_place_keeps_her_year(text):
    """"2020全年" typed into 实施期限 is 2020 (it was the current year), and 预算年度 follows it."""
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_field_edit(v.session, "start", text)
    f = v.session.form
    assert (f.start, f.end, f.year) == ("2020-01", "2020-12", 2020)
    assert "已把「实施期限」填为「2020-01 至 2020-12」。" in [m["content"] for m in v.chat]


def test_a_relative_year_in_a_period_edit_is_resolved_and_said_back():
    import datetime
    last = datetime.date.today().year - 1
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_field_edit(v.session, "start", "去年全年")
    assert (v.session.form.start, v.session.form.end) == (f"{last}-01", f"{last}-12")
    assert f"已把「实施期限」填为「{last}-01 至 {last}-12」。“去年”按{last}年理解。" in [m["content"] for m in v.chat]


def test_months_without_a_year_take_the_budget_year_or_are_refused():
    with pytest.raises(EditError) as e:
        fields.apply_edit(Declaration(), "start", "3月到10月")
    assert "没有写年份" in str(e.value)
    f = fields.apply_edit(Declaration(year=2020), "start", "3月到10月")
    assert (f.start, f.end) == ("2020-03", "2020-10")
    assert fields.read_notes(Declaration(year=2020), "start", "3月到10月") == "年份按预算年度2020年理解。"


def test_field_edit_goes_through_the_interview_as_stated():
    v = h.on_start()
    for text in CLERK:
        v = h.on_send(v.session, text)
    assert "funding.total" in [p for p, _ in drafting.unconfirmed(v.session.interview)]   # computed: 24
    v = h.on_budget_edit(v.session, [["工资", "24"]])
    assert 'data-code="budget_items_sum_mismatch"' not in v.findings
    v = h.on_field_edit(v.session, "funding.total", "48.6")
    assert v.session.form.funding.total == 48.6
    src = v.session.interview.provenance["funding.total"]
    assert (src.kind, src.confirmed) == ("stated", True)
    assert "funding.total" not in [p for p, _ in drafting.unconfirmed(v.session.interview)]
    assert "已把「资金总额」从「24 万元」改为「48.6 万元」。" in [m["content"] for m in v.chat]
    assert "funding.total" in v.session.last_changed and "48.6 万元" in v.preview
    assert 'data-code="budget_items_sum_mismatch"' in v.findings          # the rules ran again: 24 ≠ 48.6


def test_refused_edit_changes_nothing_and_says_why():
    v = h.on_send(h.on_start().session, CLERK[0])
    before = v.session.form.to_json()
    r = h.on_field_edit(v.session, "funding.total", "五十来万")
    assert r.notice == "读不出「资金总额」的金额「五十来万」。请写数字，单位万元，如 48.6 或 48.6万元。"
    assert r.session.form.to_json() == before


def test_an_edit_the_interview_refuses_is_said_and_not_claimed():
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_field_edit(v.session, "unit_phone", "不知道")
    assert v.session.form.unit_phone == ""
    said = [m["content"] for m in v.chat]
    assert any("读不出电话号码" in m and "保留原来的值" in m for m in said)
    assert not any(m.startswith("已把「项目单位联系电话」") for m in said)


def test_goals_edited_in_place_one_per_line():
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_field_edit(v.session, "goals.annual", "保障12名聘用人员全年在岗\n信访事项按期办结率≥95%")
    assert v.session.form.goals.annual == ["保障12名聘用人员全年在岗", "信访事项按期办结率≥95%"]
    assert v.session.interview.provenance["goals.annual[1]"].kind == "stated"


def test_edit_of_a_budget_item_and_an_indicator_cell(fixtures):
    s = loaded(gold(fixtures, "dev11-000-hiring.json"))
    name = s.form.indicators[0].name
    v = h.on_field_edit(s, "indicators[0].value", "=31人")
    assert v.session.form.indicators[0].value == "=31人"
    assert f"已把指标「{name}」的指标值从「有效提升」改为「=31人」。" in [m["content"] for m in v.chat]
    v = h.on_field_edit(v.session, "budget_items[0].amount", "200000元")
    assert v.session.form.budget_items[0].amount == 20


def test_edit_note_quotes_short():
    a, b = Declaration(project_name="甲" * 60), Declaration(project_name="乙")
    assert fields.edit_note(a, b, "project_name") == f"已把「项目名称」从「{'甲' * 40}……」改为「乙」。"
    assert fields.edit_note(Declaration(), b, "project_name") == "已把「项目名称」填为「乙」。"
    assert fields.edit_note(b, Declaration(), "project_name") == "已清空「项目名称」（原为「乙」）。"


# --- the budget table -----------------------------------------------------------------------

def test_budget_table_rows_in_wan_and_the_sum_rechecked():
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_field_edit(v.session, "funding.total", "48.6")
    rows = [["工资", "36", "2020-01", "2020-12"], ["社保", "9.6万元", "", ""], ["", "", "", ""],
            ["公积金", "30000元", "2020年1月", "2020年12月"]]
    v = h.on_budget_edit(v.session, rows)
    items = v.session.form.budget_items
    assert [(i.name, i.amount, i.start, i.end) for i in items] == [
        ("工资", 36, "2020-01", "2020-12"), ("社保", 9.6, "", ""), ("公积金", 3, "2020-01", "2020-12")]
    assert v.budget == [["工资", "36", "2020-01", "2020-12"], ["社保", "9.6", "", ""], ["公积金", "3", "2020-01", "2020-12"]]
    assert v.budget_note == "明细合计 48.6 万元（3 项），与项目资金总额 48.6 万元一致 ✔"
    assert 'data-code="budget_items_sum_mismatch"' not in v.findings
    v = h.on_budget_edit(v.session, v.budget[:2])                        # a row removed
    assert v.budget_note == "明细合计 45.6 万元（2 项），与项目资金总额 48.6 万元不一致（相差 3 万元）✘"
    assert 'data-code="budget_items_sum_mismatch"' in v.findings
    assert v.session.interview.provenance["budget_items[1].amount"].kind == "stated"


def test_budget_table_refuses_an_unreadable_amount_and_keeps_the_items():
    v = h.on_send(h.on_start().session, CLERK[0])
    v = h.on_budget_edit(v.session, [["工资", "36"]])
    r = h.on_budget_edit(v.session, [["工资", "36"], ["社保", "大概十万"]])
    assert r.notice.startswith("预算明细未保存：读不出「第2行金额」的金额「大概十万」")
    assert [(i.name, i.amount) for i in r.session.form.budget_items] == [("工资", 36)]


def test_add_row_appends_a_blank_row_without_touching_the_form():
    v = h.on_send(h.on_start().session, CLERK[0])
    before = v.session.form.to_json()
    a = h.on_add_row(v.session, "budget", [["工资", "36", "", ""], ["", "", "", ""]])
    assert a.budget == [["工资", "36", "", ""], ["", "", "", ""]]
    b = h.on_add_row(v.session, "indicators", [])
    assert b.table == [["年度", "", "", "", ""]]
    assert v.session.form.to_json() == before


# --- progress counts only fields that pass their rules -------------------------------------

def test_progress_counts_a_field_with_an_error_as_not_done(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    report = h.WebSession(form_only=form).review().report
    done, total = render.completion(form, report)
    broken = form.model_copy(update={"function_code": "9999999"})           # function_code_invalid (error)
    report2 = h.WebSession(form_only=broken).review().report
    assert "function_code" in {f.field for f in report2.by_severity("error")}
    assert render.completion(broken, report2) == (done - 1, total)
    html = render.form_preview_html(broken, report=report2)
    row = re.search(r'<tr class="([^"]*)" data-path="function_code">', html)
    assert "jx-bad" in row.group(1) and "有误" in html
    assert render.completion(broken) == (done, total)                        # without a report: filled only


def test_progress_of_budget_items_follows_their_sum_rule(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    ok = render.completion(form, h.WebSession(form_only=form).review().report)[0]
    items = [it.model_copy(update={"amount": (it.amount or 0) + 1}) for it in form.budget_items]
    broken = form.model_copy(update={"budget_items": items})
    report = h.WebSession(form_only=broken).review().report
    assert any(f.field == "budget_items" for f in report.by_severity("error"))
    assert render.completion(broken, report)[0] == ok - 1


@pytest.mark.parametrize("field, row", [
    ("end", "start"), ("goals.annual[1]", "goals.annual"), ("budget_items[0].amount", "budget_items"),
    ("indicators.服务对象满意度指标", "indicators.满意度指标"), ("indicators.社会效益指标", "indicators.效益指标"),
    ("funding.current_year", "funding.current_year"), ("project_name", "project_name"),
])
def test_row_of_finding_field(field, row):
    assert render.row_of(Declaration(), field) == row


def test_every_value_in_the_preview_is_editable_or_asks(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    html = render.form_preview_html(form)
    found = re.findall(r'data-field="([^"]+)"(?: data-kind="([a-z]+)")?', html)
    paths = {p for p, _ in found}
    for p, k in found:
        if k != "ask":
            fields.check_path(form, p)                                          # every editor's path is valid
    assert {r.path for r in fields.ROWS.values() if r.kind not in ("items", "indicators")} <= paths
    assert {f"indicators[{i}].value" for i in range(len(form.indicators)) if form.indicators[i].scope == "annual"} <= paths
    assert {f"budget_items[{i}].amount" for i in range(len(form.budget_items))} <= paths


# --- no empty draft from opening the page ----------------------------------------------------

def test_opening_the_page_stores_no_draft():
    for _ in range(3):
        v = h.on_start("carol")
    assert v.session.draft_id is None and v.drafts == []
    assert h.on_new(v.session).drafts == []
    v = h.on_send(v.session, CLERK[0])
    assert v.session.draft_id is not None
    assert [label.split(" · ")[0] for label, _ in v.drafts] == ["社会化聘用人员经费"]


def test_an_edit_or_an_import_creates_the_draft(fixtures):
    v = h.on_field_edit(h.on_start("dora").session, "project_name", "图书购置经费")
    assert [label.split(" · ")[0] for label, _ in v.drafts] == ["图书购置经费"]
    w = h.on_import(h.on_start("erin").session, str(fixtures / "corpus" / "dev11-000-hiring.json"))
    assert w.session.draft_id is not None and len(w.drafts) == 1


def test_clicking_a_field_of_a_blank_draft_stores_nothing():
    v = h.on_ask(h.on_start("fay").session, "project_name")
    assert v.session.draft_id is None and v.drafts == []


# --- quick replies and the glossary ------------------------------------------------------------

def test_quickbar_buttons_send_their_text_escaped():
    q = NS(field="indicators.数量指标", kind="indicators", key="", replies=[NS(label="1. <img src=x> =4人", text="1"), NS(label="跳过", text="跳过"),
                                            NS(label='"引号"', text='"><script>')])
    html = quickbar_html(q, Declaration())
    assert re.findall(r'data-say="([^"]*)"', html) == ["1", "跳过", "&quot;&gt;&lt;script&gt;"]
    assert "<img" not in html and tags(html) <= {"div", "button", "details", "summary", "b"}


def test_quickbar_when_done_says_how_to_export():
    assert "导出 Word / Excel" in quickbar_html(None, Declaration())


def test_quickbar_glossary_entry_is_escaped(monkeypatch):
    entry = {"term": "预算功能科目", "explain": "<b>钱</b>花在哪类事上", "how": "查预算系统", "example": "2080199"}
    monkeypatch.setattr(drafting, "glossary_entry", lambda q, form: entry)
    html = quickbar_html(NS(field="function_code", kind="field", key="", replies=[]), Declaration())
    assert '<summary title="「预算功能科目」是什么意思？">？</summary>' in html
    assert "&lt;b&gt;钱&lt;/b&gt;花在哪类事上" in html and "怎么填：查预算系统" in html and "例如：2080199" in html


# --- markup from forms and answers is text ------------------------------------------------------

@pytest.mark.parametrize("bad", HOSTILE)
def test_chat_shows_answers_as_text(bad):
    v = h.on_send(h.on_start().session, f"项目名称是{bad}")
    shown = chat_value(v.chat)
    assert all("<" not in m["content"] for m in shown)
    assert any("&lt;" in m["content"] or "](" in m["content"] for m in shown)


@pytest.mark.parametrize("bad", HOSTILE)
def test_preview_findings_and_notice_show_form_text_as_text(bad):
    form = Declaration(project_name=bad, unit=bad, goals={"annual": [bad]}, budget_items=[{"name": bad, "amount": 1}],
                       indicators=[{"level1": "产出指标", "level2": "数量指标", "name": bad, "value": bad}])
    s = loaded(form)
    v = h.view(s, notice=f"已从 {bad}.json 导入")
    ours = {"div", "span", "table", "tr", "th", "td", "section", "h4", "small", "ol", "li", "h5", "b", "p"}
    assert tags(v.preview) <= ours and tags(v.findings) <= ours
    assert tags(render.text_html(v.notice, "jx-notice")) <= {"div", "p"}
    for html in (v.preview, v.findings):
        assert "<img" not in html and "<a " not in html and "<form" not in html and "<script" not in html
        assert 'style="position' not in html


def test_gradio_strings_are_chinese():
    from pathlib import Path
    zh = yaml.safe_load((Path(fields.__file__).parent / "gradio_zh.yaml").read_text(encoding="utf-8"))
    for key in ("upload_text.drop_file", "upload_text.click_to_upload", "common.error", "common.loading",
                "common.or", "file.uploading", "dataframe.add_row_below", "dataframe.delete_row"):
        assert re.search(r"[\u4e00-\u9fff]", zh[key]), key
    assert not [k for k, v in zh.items() if re.search(r"[A-Za-z]{4,}", re.sub(r"\{\w+\}|Gradio|Cookie", "", v))]


def test_every_gradio_string_our_components_use_has_a_chinese_entry():
    """The keys gradio's page asks its translations for (read from the installed gradio), for the
    kinds of component this app uses: a gradio upgrade that adds one fails here, not in front of a clerk."""
    from pathlib import Path

    import gradio
    zh = yaml.safe_load((Path(fields.__file__).parent / "gradio_zh.yaml").read_text(encoding="utf-8"))
    assets = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
    groups = "common|upload_text|file|dataframe|chatbot|blocks|errors|login|dropdown|status|chat_interface"
    used = {m for f in assets.glob("*.js") for m in re.findall(rf"`((?:{groups})\.[a-z_]+)`", f.read_text("utf-8"))}
    assert len(used) > 50
    assert sorted(used - set(zh)) == []


# --- a reload mid-draft ------------------------------------------------------------------------

def test_reopening_the_page_points_to_the_saved_draft_and_stores_nothing():
    """A reload mid-draft shows a blank page: the newest draft of hers is chosen in the list and the
    notice says how to go on; another owner's draft is never offered; nothing new is stored."""
    v = h.on_send(h.on_start("gina").session, CLERK[0])
    mine = v.session.draft_id
    h.on_send(h.on_start("hana").session, "图书购置经费")
    again = h.on_start("gina")
    assert again.session.draft_id is None and again.draft_id == mine
    assert "「社会化聘用人员经费」" in again.notice and "继续该草稿" in again.notice
    assert [d for _, d in again.drafts] == [mine]
    resumed = h.on_resume(again.session, again.draft_id)
    assert resumed.session.form.project_name == "社会化聘用人员经费" and resumed.session.draft_id == mine
    assert h.on_start("ivy").notice == "" and h.on_start("ivy").draft_id is None


def test_back_right_after_clicking_a_field_returns_to_the_question_and_undoes_nothing():
    """She clicked 项目单位联系电话 in the preview while 项目概况 was asked, then said 返回: the turn before
    (主管部门 "同上") was undone and 主管部门 emptied. 返回 now goes back to the question she was on; after
    an answer or an edit in place, 返回 is the interview's own again (her last answer undone)."""
    v = h.on_start("jade")
    for text in ("社会化聘用人员经费", "乌海市信访局", "同上"):
        v = h.on_send(v.session, text)
    assert drafting.pending_question(v.session.interview).field == "overview"
    v = h.on_send(h.on_ask(v.session, "unit_phone").session, "返回")
    assert v.session.form.department == "乌海市信访局"
    assert drafting.pending_question(v.session.interview).field == "overview"
    assert [m["content"] for m in v.chat][-2] == "好的，回到刚才的问题。"
    v = h.on_send(h.on_ask(v.session, "unit_phone").session, "0473-3981234")
    v = h.on_send(v.session, "返回")
    assert v.session.form.unit_phone == "" and v.session.form.department == "乌海市信访局"
    v = h.on_field_edit(h.on_ask(v.session, "unit_head").session, "unit_head", "李明")
    chat = h.on_send(v.session, "返回").chat       # (her last answer undone, and what was put back said)
    assert chat[-3]["content"] == "好的，回到上一步。" and chat[-2]["content"].startswith("已撤回刚才的修改：")
