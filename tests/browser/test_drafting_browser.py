"""The 起草 tab in headless chromium: editing the preview in place, the budget table, Chinese UI
strings, and markup from forms and answers shown as text (no request leaves the machine)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser_helpers import expect, open_app, send, upload
from conftest import TIMEOUT_MS

from assistant.importers import EXTENSIONS
from assistant.importers.limits import MAX_FILE_BYTES

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

# gradio's own English strings that must never reach the user (issue 11 / 14)
ENGLISH = ["Drop File Here", "Click to Upload", "Show this message and exit", "Loading", "Error", "Uploading",
           "Drop CSV", "Add row", "Delete row", "Sort", "Clear", "Download", "Copy", "Submit", "Retry", "Undo",
           "Settings", "Built with", "Use via API", "- or -", "New row", "queue", "File", "Chatbot", "Textbox"]
LATIN_OK = {"Word", "Excel", "JSON", "PDF", "CSV", "TSV", "docx", "xlsx", "pdf", "txt", "json", "zip", "MB", "KB",
            "Ctrl"} | {e.lstrip(".") for e in EXTENSIONS}   # the file types the app names as supported
HOSTILE = ('<img src="http://203.0.113.9/img.png" onerror="alert(1)">'
           '<a href="http://203.0.113.9/">链接</a><form><input type=password name=pw></form>'
           '<div style="position:fixed;inset:0;background:red">全屏</div>![x](http://203.0.113.9/md.png)')
PANES = "#jx-chat, #jx-sheet, #jx-findings, #jx-notice, #jx-quick, #jx-budget, #jx-table, #jx-drafts"


def edit(page, field: str, text: str) -> None:
    """Click a value of the sheet, type, save (the editor closes when the server answers)."""
    page.locator(f'#jx-sheet [data-field="{field}"]').first.click()
    box = page.locator("#jx-sheet .jx-edit-box")
    expect(box).to_be_visible()
    box.fill(text)
    page.locator("#jx-sheet .jx-edit-ok").click()
    expect(page.locator("#jx-sheet .jx-editor")).to_have_count(0)


def progress(page) -> tuple[int, int]:
    m = re.search(r"已完成 (\d+)/(\d+)", page.locator("#jx-progress").inner_text())
    return int(m.group(1)), int(m.group(2))


def test_every_field_edits_in_place_and_is_rechecked(app, page):
    open_app(page, app.url)
    send(page, "社会化聘用人员经费")
    done0, total = progress(page)
    edit(page, "project_name", "信访局社会化聘用人员经费")
    expect(page.locator('#jx-sheet tr[data-path="project_name"]')).to_contain_text("信访局社会化聘用人员经费")
    expect(page.locator("#jx-chat")).to_contain_text("已把「项目名称」从「社会化聘用人员经费」改为「信访局社会化聘用人员经费」。")
    edit(page, "start", "2020年1月至2020年12月")
    expect(page.locator('#jx-sheet tr[data-path="start"]')).to_contain_text("2020-01 至 2020-12")
    edit(page, "year", "2020")
    edit(page, "funding.total", "48.6万元")
    expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("48.6 万元")
    assert progress(page) == (done0 + 3, total)
    edit(page, "function_code", "9999999")                          # filled, but the rules say it is wrong
    expect(page.locator('#jx-sheet tr[data-path="function_code"]')).to_contain_text("有误")
    assert progress(page) == (done0 + 3, total)
    expect(page.locator("#jx-findings")).to_contain_text("预算功能科目「9999999」")
    edit(page, "function_code", "2010101")
    expect(page.locator('#jx-sheet tr[data-path="function_code"]')).not_to_contain_text("有误")
    assert progress(page) == (done0 + 4, total)
    page.locator('#jx-sheet [data-field="goals.annual"]').click()
    page.locator("#jx-sheet .jx-edit-box").fill("保障12名聘用人员全年在岗\n信访事项按期办结率≥95%")
    page.locator("#jx-sheet .jx-edit-box").press("Control+Enter")
    expect(page.locator('#jx-sheet tr[data-path="goals.annual"] div')).to_have_count(2)
    page.locator('#jx-sheet [data-field="funding.total"]').click()     # unreadable: refused, said why,
    page.locator("#jx-sheet .jx-edit-box").fill("大概五十万")           # and the editor stays to correct it
    page.locator("#jx-sheet .jx-edit-box").press("Enter")
    expect(page.locator("#jx-notice")).to_contain_text("读不出「资金总额」的金额「大概五十万」")
    expect(page.locator("#jx-sheet .jx-edit-box")).to_have_value("大概五十万")
    page.locator("#jx-sheet .jx-edit-box").fill("50")
    page.locator("#jx-sheet .jx-edit-box").press("Enter")
    expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("50 万元")
    page.locator('#jx-sheet [data-field="unit"]').click()              # Esc closes without saving
    page.locator("#jx-sheet .jx-edit-box").fill("不保存")
    page.locator("#jx-sheet .jx-edit-box").press("Escape")
    expect(page.locator("#jx-sheet .jx-editor")).to_have_count(0)
    expect(page.locator("#jx-sheet")).not_to_contain_text("不保存")


def test_every_value_of_an_imported_form_opens_its_editor(app, page):
    """Every value the sheet shows (text, codes, money, dates, goals, indicator values, budget
    items) opens an editor holding that value; a value that cannot be typed asks its question."""
    open_app(page, app.url)
    upload(page, "#jx-import", FIXTURES / "dev11-000-hiring.json")
    expect(page.locator("#jx-notice")).to_contain_text("已从 dev11-000-hiring.json 导入")
    values = page.locator("#jx-sheet [data-field]")
    fields = values.evaluate_all("es => es.map(e => [e.dataset.field, e.dataset.kind || 'text', "
                                 "e.classList.contains('jx-empty') ? '' : e.dataset.raw ?? e.textContent])")
    kinds = {kind for _, kind, _ in fields}
    assert len(fields) >= 40 and {"text", "money", "goals"} <= kinds, kinds
    for k, (field, kind, raw) in enumerate(fields):
        values.nth(k).click()
        if kind == "ask":
            expect(page.locator("#jx-quick")).to_have_attribute("data-asking", field)
            continue
        box = page.locator("#jx-sheet .jx-edit-box")
        expect(box).to_have_value(raw)
        box.press("Escape")
        expect(page.locator("#jx-sheet .jx-editor")).to_have_count(0)
    edit(page, "budget_items[0].amount", "1")                  # and a save is re-checked
    expect(page.locator("#jx-findings")).to_contain_text("预算明细")


def test_budget_table_add_rows_amounts_in_wan_and_total_checked(app, page):
    open_app(page, app.url)
    send(page, "社会化聘用人员经费")
    edit(page, "funding.total", "48.6")
    page.get_by_role("tab", name="预算明细（可编辑）").click()
    expect(page.locator("#jx-budget-note")).to_contain_text("还没有预算明细")
    # (name, amount typed, the amount in 万元 the cell shows once the server has it: whether the check
    # sees the typed text or the server's value depends on timing, so only what both contain is asserted)
    for k, (name, amount, shown) in enumerate([("工资", "36", "36"), ("社保", "9.6万元", "9.6"), ("公积金", "30000元", "3")]):
        if k:
            page.locator("#jx-budget-add").click()
            expect(page.locator(f'#jx-budget [data-testid="cell-{k}-0"]')).to_be_visible()
        for col, value, seen in ((0, name, name), (1, amount, shown)):
            cell = page.locator(f'#jx-budget [data-testid="cell-{k}-{col}"]')
            cell.dblclick()
            cell.locator("textarea").fill(value)
            cell.locator("textarea").press("Enter")
            expect(page.locator(f'#jx-budget [data-testid="cell-{k}-{col}"]')).to_contain_text(seen)
    expect(page.locator("#jx-budget-note")).to_contain_text("明细合计 48.6 万元（3 项），与项目资金总额 48.6 万元一致 ✔")
    expect(page.locator('#jx-budget [data-testid="cell-2-1"]')).to_contain_text("3")
    page.get_by_role("tab", name="申报表（点击即可修改）").click()
    expect(page.locator('#jx-sheet tr[data-path="budget_items"]')).to_contain_text("公积金")
    edit(page, "budget_items[2].amount", "4")
    expect(page.locator("#jx-findings")).to_contain_text("预算明细")
    page.get_by_role("tab", name="预算明细（可编辑）").click()
    expect(page.locator("#jx-budget-note")).to_contain_text("不一致（相差 1 万元）✘")


def visible_text(page) -> str:
    """The page's text plus the tooltips and placeholders a user sees on hover or in empty fields."""
    return page.evaluate("""() => [document.body.innerText,
        ...[...document.querySelectorAll('[title], [placeholder]')]
            .filter(e => e.offsetParent !== null && !e.closest('#jx-findings'))   // rule codes on hover are ours
            .map(e => (e.getAttribute('title') || '') + ' ' + (e.getAttribute('placeholder') || ''))].join('\\n')""")


def english_in(text: str) -> list[str]:
    words = set(re.findall(r"[A-Za-z][A-Za-z\-]{2,}", text)) - LATIN_OK
    return sorted(words | {s for s in ENGLISH if s in text})


@pytest.mark.parametrize("locale", ["en-US", "zh-CN"])
def test_no_english_gradio_strings_whatever_the_browser_language(app, browser, locale, tmp_path):
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale=locale)
    ctx.set_default_timeout(TIMEOUT_MS)
    page = ctx.new_page()
    try:
        open_app(page, app.url)
        seen = {"起草": visible_text(page)}
        send(page, "社会化聘用人员经费")
        for tab in ("绩效指标（可编辑）", "预算明细（可编辑）"):
            page.get_by_role("tab", name=tab).click()
            seen[tab] = visible_text(page)
        page.get_by_role("tab", name="目标改写").click()
        seen["目标改写"] = visible_text(page)
        page.get_by_role("tab", name="批量审核").click()
        expect(page.locator("#jx-batch-files")).to_be_visible()
        seen["批量审核"] = visible_text(page)
        bad = tmp_path / "坏.docx"
        bad.write_bytes(b"PK\x03\x04 broken")
        page.locator("#jx-batch-files input[type=file]").set_input_files(str(bad))
        expect(page.locator("#jx-batch-files")).to_contain_text("11.0 B")
        seen["上传后"] = visible_text(page)
        for where, text in seen.items():
            assert english_in(text) == [], f"{locale} {where}: {english_in(text)}"
    finally:
        ctx.close()


def toasts(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('[data-testid=toast-body]')].map(e => e.innerText)")


def test_error_toasts_are_chinese_for_an_english_browser(app, browser, tmp_path):
    """gradio's toasts: a title that is the message type ("Error") and texts its client throws in
    English (the upload size check, a failed request) reach the user in Chinese."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    ctx.set_default_timeout(TIMEOUT_MS)
    page = ctx.new_page()
    try:
        open_app(page, app.url)
        big = tmp_path / "太大的申报表.json"
        with big.open("wb") as f:
            f.truncate(MAX_FILE_BYTES + 1)
        upload(page, "#jx-import", big)
        toast = page.locator('[data-testid="toast-body"]')
        expect(toast).to_contain_text("文件超过上传上限 20.0 MB，没有上传：「太大的申报表.json」")
        expect(toast.locator(".toast-title")).to_have_text("出错")
        shown = toasts(page)
        page.locator('[data-testid="toast-close"]').first.click()
        expect(toast).to_have_count(0)
        page.get_by_role("tab", name="批量审核").click()
        page.locator("#jx-batch-files input[type=file]").set_input_files(str(big))
        expect(toast).to_contain_text("文件超过上传上限 20.0 MB，没有上传：「太大的申报表.json」")
        shown += toasts(page)
        page.locator('[data-testid="toast-close"]').first.click()
        page.get_by_role("tab", name="起草").click()
        page.route("**/queue/join*", lambda r: r.fulfill(status=500, body="Internal Server Error"))
        page.locator("#jx-input textarea").fill("社会化聘用人员经费")
        page.locator("#jx-send").click()
        expect(toast).to_contain_text("这一步没有完成，请重试")
        shown += toasts(page)
        assert [english_in(t) for t in shown] == [[] for _ in shown], shown
    finally:
        ctx.close()


def click_reply(page, say: str) -> None:
    """Click the quick reply that sends ``say`` and wait for the answer to it."""
    before = page.locator("#jx-chat .message-row").count()
    page.locator(f"#jx-quick button[data-say='{say}']").click()
    page.wait_for_function(f"document.querySelectorAll('#jx-chat .message-row').length >= {before + 2}")


def test_quick_replies_yes_no_dont_know_skip_and_numbers(app, page):
    open_app(page, app.url)
    send(page, "社会化聘用人员经费")
    send(page, "渭南市信访局")
    quick = page.locator("#jx-quick")
    expect(quick).to_have_attribute("data-asking", "department")           # "是不是也是「渭南市信访局」？"
    assert quick.locator("button").all_inner_texts() == ["是", "不是", "同上（就是本单位）", "不知道", "跳过"]
    expect(quick.locator("#jx-gloss summary")).to_have_text("？")
    click_reply(page, "不知道")                                              # explained, asked again, with a choice
    expect(page.locator("#jx-chat .message-row").last).to_contain_text("怎么填")
    expect(quick.locator("button[data-say='1']")).to_contain_text("渭南市信访局")
    expect(page.locator('#jx-sheet tr[data-path="department"]')).to_contain_text("点击填写")
    click_reply(page, "是")
    expect(page.locator('#jx-sheet tr[data-path="department"]')).to_contain_text("渭南市信访局")
    expect(quick).not_to_have_attribute("data-asking", "department")
    while quick.get_attribute("data-asking") != "function_code":             # skip to the proposed code
        asked = quick.get_attribute("data-asking")
        click_reply(page, "跳过")
        expect(quick).not_to_have_attribute("data-asking", asked)
    expect(page.locator("#jx-chat .message-row").last).to_contain_text("对的话回答“是”")
    click_reply(page, "不是")                                                # refused: nothing filled, no 是 now
    expect(quick).to_have_attribute("data-asking", "function_code")
    expect(quick.locator("button[data-say='是']")).to_have_count(0)
    expect(page.locator('#jx-sheet tr[data-path="function_code"]')).to_contain_text("点击填写")


def stored_drafts(app) -> list[str]:
    from assistant.interview.store import SQLiteDraftStore
    path = app.data_dir / "drafts.sqlite"
    return [d.title for d in SQLiteDraftStore(path).list()] if path.exists() else []


def listed_drafts(page) -> list[str]:
    page.locator("#jx-drafts input").click()
    names = [o.inner_text().split("\n")[-1] for o in page.locator("[role=option]").all()]   # after the ✓ of the current one
    page.keyboard.press("Escape")
    return names


def test_opening_reloading_and_clicking_around_creates_no_draft(app, browser):
    """No empty 未命名草稿: opening the page (twice, in two browsers), 新建草稿, asking a field and
    switching tabs store nothing; the first answer stores the draft under its project name."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    ctx.set_default_timeout(TIMEOUT_MS)
    page = ctx.new_page()
    other = browser.new_context(locale="zh-CN").new_page()
    try:
        open_app(page, app.url)
        open_app(other, app.url)
        page.reload()
        open_app(page, app.url)
        page.locator("#jx-new").click()
        expect(page.locator("#jx-notice")).to_contain_text("已新建草稿")
        page.locator('#jx-sheet [data-field="funding.total"]').click()
        expect(page.locator("#jx-quick")).to_have_attribute("data-asking", "funding")
        page.locator("#jx-sheet .jx-edit-box").press("Escape")
        page.get_by_role("tab", name="预算明细（可编辑）").click()
        page.get_by_role("tab", name="批量审核").click()
        page.get_by_role("tab", name="起草").click()
        assert stored_drafts(app) == [] and listed_drafts(page) == []
        send(page, "项目名称是社会化聘用人员经费")       # the pending question is 资金总额 (clicked)
        assert stored_drafts(app) == ["社会化聘用人员经费"]
        assert [n.split(" · ")[0] for n in listed_drafts(page)] == ["社会化聘用人员经费"]
    finally:
        other.context.close()
        ctx.close()


def _outside(requests: list[str]) -> list[str]:
    return [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", "localhost") and not u.startswith("data:")]


def assert_inert(page) -> None:
    """Nothing from the hostile text became markup in the chat, sheet, findings, notice or tables."""
    live = page.evaluate("""(sel) => {
      const out = [];
      for (const root of document.querySelectorAll(sel)) {
        for (const e of root.querySelectorAll('img, a[href], form, input[type=password], iframe, object, embed, [onerror]'))
          out.push(e.outerHTML.slice(0, 80));
        for (const e of root.querySelectorAll('*'))
          if (getComputedStyle(e).position === 'fixed') out.push('fixed:' + e.outerHTML.slice(0, 80));
      }
      if (document.querySelector('input[type=password]')) out.push('password field on the page');
      return out;
    }""", PANES)
    assert live == []


def watched(browser, requests: list[str], dialogs: list[str]):
    """A new browser (its own session) whose requests and alert() dialogs are recorded."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    ctx.set_default_timeout(TIMEOUT_MS)
    page = ctx.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return ctx, page


def test_markup_in_answers_and_forms_stays_text_also_when_resumed(app, browser, tmp_path):
    requests: list[str] = []
    dialogs: list[str] = []
    ctx, page = watched(browser, requests, dialogs)
    open_app(page, app.url)
    send(page, HOSTILE)
    send(page, "项目名称：" + HOSTILE)
    edit(page, "unit", HOSTILE)
    expect(page.locator("#jx-chat")).to_contain_text('<img src="http://203.0.113.9/img.png"')
    expect(page.locator('#jx-sheet tr[data-path="unit"]')).to_contain_text("<form><input type=password")
    data = {"project_name": HOSTILE, "unit": HOSTILE, "goals": {"annual": [HOSTILE]},
            "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": HOSTILE, "value": HOSTILE}],
            "budget_items": [{"name": HOSTILE, "amount": 1}]}
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    upload(page, "#jx-import", hostile)
    expect(page.locator("#jx-notice")).to_contain_text("已从 hostile.json 导入")
    page.get_by_role("tab", name="绩效指标（可编辑）").click()
    page.get_by_role("tab", name="预算明细（可编辑）").click()
    page.wait_for_timeout(300)                     # let any fetch an <img> would make start
    assert_inert(page)
    ctx.close()
    # another session (a new browser) resumes the hostile draft
    ctx2, page2 = watched(browser, requests, dialogs)
    open_app(page2, app.url)
    page2.locator("#jx-drafts input").click()
    page2.locator("[role=option]").first.click()
    page2.locator("#jx-resume").click()
    expect(page2.locator("#jx-notice")).to_contain_text("已恢复草稿")
    page2.locator("#jx-delete").click()
    expect(page2.locator("#jx-delete-ask")).to_contain_text("确定删除草稿「<img")
    page2.wait_for_timeout(300)
    assert_inert(page2)
    ctx2.close()
    assert _outside(requests) == [] and dialogs == []


def test_clicking_a_field_asks_its_question_with_quick_replies_and_glossary(app, page):
    open_app(page, app.url)
    send(page, "社会化聘用人员经费")
    send(page, "我们信访局今年要聘4个人，每人每月5000")
    page.locator('#jx-sheet [data-field="indicators.数量指标"]').click()         # an empty category: asked
    quick = page.locator("#jx-quick")
    expect(quick).to_have_attribute("data-asking", "indicators.数量指标")
    expect(page.locator("#jx-chat .message-row").last).to_contain_text("数量指标")
    expect(page.locator("#jx-sheet .jx-editor")).to_have_count(0)            # nothing to type in place
    page.locator("#jx-gloss summary").click()
    expect(page.locator("#jx-gloss .jx-gloss-body")).to_contain_text("数量指标：做了多少")
    first = quick.locator("button[data-say='1']")
    label = first.inner_text()                                              # "1. 聘用人数 =4人"
    name = label.split(". ", 1)[1].split(" ")[0]
    first.click()
    expect(page.locator('#jx-sheet tr[data-path="indicators.数量指标"]')).to_contain_text(name)
    expect(page.locator("#jx-chat")).to_contain_text(name)
    page.locator('#jx-sheet [data-field="project_name"]').click()           # a filled field: asked, and editable
    expect(quick).to_have_attribute("data-asking", "project_name")
    expect(page.locator("#jx-sheet .jx-edit-box")).to_have_value("社会化聘用人员经费")
    page.locator("#jx-sheet .jx-edit-box").press("Escape")
    skip = quick.locator("button[data-say='跳过']")
    skip.click()
    expect(quick).not_to_have_attribute("data-asking", "project_name")
    expect(page.locator('#jx-sheet tr[data-path="project_name"]')).to_contain_text("社会化聘用人员经费")
