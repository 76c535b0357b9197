"""Issue 11 through the browser: the 信访局 clerk's own sentences (社会化聘用人员经费 2020, 12 staff, then
13; 48.6万元 = 工资36 + 社保9.6 + 公积金3; her corrections, her questions back, 返回, the final check),
typed or clicked as quick replies in headless chromium, end with a form whose every fact is hers and a
check panel that says what the rules say about that form.

The sentences are the ones the `--jsonl` replay uses (tests/test_interview_xinfang.py), answered by
the field the page says it is asking (``#jx-quick[data-asking]``)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from browser_helpers import download, expect, open_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draft_peer import stock_answer  # noqa: E402
from test_interview_xinfang import SHE_SAID  # noqa: E402

from assistant.model import Declaration  # noqa: E402
from assistant.rules import check  # noqa: E402

pytestmark = pytest.mark.browser
MOST = 70


def rows(page) -> int:
    return page.locator("#jx-chat .message-row").count()


def asking(page) -> dict:
    q = page.locator("#jx-quick")
    return {"field": q.get_attribute("data-asking") or "", "kind": q.get_attribute("data-kind") or "",
            "key": q.get_attribute("data-key") or ""}


def say(page, text: str) -> str:
    """Answer: the quick reply that sends exactly ``text`` when there is one, else typed; returns
    how it was given. Waits for her message and the reply."""
    before = rows(page)
    button = page.locator("#jx-quick button[data-say]").filter(has_text=text)
    exact = [b for b in button.all() if b.get_attribute("data-say") == text]
    if exact:
        exact[0].click()
        how = "clicked"
    else:
        page.locator("#jx-input textarea").fill(text)
        page.locator("#jx-send").click()
        expect(page.locator("#jx-input textarea")).to_have_value("")
        how = "typed"
    page.wait_for_function(f"document.querySelectorAll('#jx-chat .message-row').length >= {before + 2}")
    return how


def test_the_xinfang_clerk_in_the_browser(app, page, tmp_path):
    todo = {k: list(v) for k, v in SHE_SAID.items()}
    open_app(page, app.url)
    expect(page.locator("#jx-quick")).to_have_attribute("data-asking", "project_name")
    page.locator("#jx-gloss summary").click()                         # the "？" beside the first question
    expect(page.locator("#jx-gloss .jx-gloss-body")).to_contain_text("项目名称：这笔钱在部门预算里的名字")
    sent, how, went_back = [], [], False
    while True:
        q = asking(page)
        if not q["field"]:
            break
        key = "confirm" if q["kind"] == "confirm" else q["field"]
        stock = stock_answer(q, todo)
        if stock is not None and not todo.get(key):
            text = stock
        else:
            assert todo.get(key), f"asked {key} once more than she answers: {page.locator('#jx-chat').inner_text()[-800:]}"
            queue = todo[key]
            text = queue.pop(0) if len(queue) > 1 else queue[0]
            if len(queue) == 1 and key != "confirm" and text is queue[0]:
                todo[key] = []
        assert len(sent) < MOST, page.locator("#jx-chat").inner_text()[-1500:]
        how.append(say(page, text))
        sent.append(text)
        if key == "attribute" and not went_back:                    # "返回" really goes back one question
            went_back = True
            say(page, "返回")
            expect(page.locator("#jx-chat .message-row").last).to_contain_text("好的，回到上一步。")
            assert asking(page)["field"] == "attribute"
            say(page, text)
        if text == "什么是预算功能科目？我不知道":
            expect(page.locator("#jx-chat")).to_contain_text("「预算功能科目」：")
    chat = page.locator("#jx-chat")
    expect(chat).to_contain_text("已把「项目名称」从「聘用人员经费」改为「社会化聘用人员经费」")
    expect(chat).to_contain_text("已把「聘用人员数量」从「=12人」改为「=13人」")
    expect(chat).to_contain_text("「三级指标」：")
    expect(page.locator("#jx-chat .message-row").last).to_contain_text("导出 Word")
    assert "clicked" in how and "同上" in [t for t, h in zip(sent, how) if h == "clicked"]
    expect(page.locator("#jx-quick")).to_contain_text("问题都已问完")

    sheet = page.locator("#jx-sheet")
    for path, text in [("project_name", "社会化聘用人员经费"), ("unit", "乌海市信访局"), ("department", "乌海市信访局"),
                       ("year", "2020"), ("start", "2020-01 至 2020-12"), ("funding.total", "48.6 万元")]:
        expect(sheet.locator(f'tr[data-path="{path}"]')).to_contain_text(text)
    expect(sheet).not_to_contain_text("待确认")                        # every number hers or confirmed by her

    page.locator("#jx-export-json").click()
    expect(page.locator("#jx-notice")).to_contain_text("已导出 社会化聘用人员经费.json")
    form = Declaration.from_json(json.loads(download(page, "#jx-download a", tmp_path).read_text(encoding="utf-8")))
    assert form.project_name == "社会化聘用人员经费" and form.department == form.unit == "乌海市信访局"
    assert (form.start, form.end, form.year) == ("2020-01", "2020-12", 2020)
    assert form.funding.total == 48.6
    assert [(i.name, i.amount) for i in form.budget_items] == [("聘用人员工资", 36.0), ("社会保险", 9.6), ("住房公积金", 3.0)]
    assert "大概五十万" not in form.overview and "13" in form.overview
    assert form.basis.startswith("乌人社函〔2019〕25号")
    names = {i.name: i for i in form.indicators}
    assert not {"社会效益指标", "还有人均每个月", "一", "人人数"} & set(names)
    assert names["信访事项按期办结率"].value == "≥95%"
    assert all("13" in i.value for i in form.indicators if i.level2 == "数量指标" and "人" in i.value)

    report = check(form)                                              # the panel says what the rules say
    for sev, label in (("error", "错误"), ("warning", "警告")):
        expect(page.locator(f"#jx-findings .jx-count.jx-{sev}")).to_have_text(f"{label} {len(report.by_severity(sev))}")
    assert report.by_severity("error") == []
    done, total = (int(x) for x in page.locator("#jx-progress").inner_text().split()[-1].split("/"))
    assert done == total
