"""Screenshots of the main screen at 1366×768: empty, mid-interview, complete.

    .venv/bin/python -m eval.screenshots [OUT_DIR]     (default docs/screenshots)

Starts app.py on a free port with a throw-away data folder, drives headless Debian chromium
through the interview a 信访局 clerk would give, and saves empty.png, mid-interview.png and
complete.png.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from assistant.webapp.devserver import CHROMIUM, CHROMIUM_ARGS, ROOT, AppServer

# A 信访局 clerk's answers, picked by what the assistant just asked (first matching key wins),
# so the script follows the interview whatever order it asks in.
CLERK = [
    ("叫什么名字", "社会化聘用人员经费"),
    ("哪个单位具体实施", "我们信访局今年要聘4个人，每人每月5000"),
    ("主管部门", "同上"),
    ("要做什么", "联合接访中心人手不足，聘用4名工作人员承担来访接待和劝返工作，全年经费24万元。"),
    ("功能科目", "是"),
    ("新增的项目", "新增"),
    ("哪个月开始", "2024年1月到12月"),
    ("立项依据", "市人社局《关于通过政府购买服务方式聘用人员的意见》"),
    ("必要性", "来访量逐年增加，现有人员不足，聘用后可保障接待工作正常开展。"),
    ("资金一共多少", "总共24万元，全部是本年财政拨款"),
    ("花在哪几项", "就一项"),
    ("可以从下面选", "1"),
    ("拟了", "好"),
    ("请核对", "确认"),
    ("", "跳过"),
]
MID = 6
MAX_ANSWERS = 25
DONE = "全部问题已经问完"


def reply_to(question: str) -> str:
    return next(answer for key, answer in CLERK if key in question)


def last_assistant(page: Page) -> str:
    return page.locator('#jx-chat [data-testid="bot"]').last.inner_text()


def send(page: Page, text: str) -> None:
    n = page.locator("#jx-chat .message-row").count()
    page.locator("#jx-input textarea").fill(text)
    page.locator("#jx-send").click()
    page.wait_for_function(f"document.querySelectorAll('#jx-chat .message-row').length >= {n + 2}", timeout=20_000)
    page.wait_for_function("document.querySelector('#jx-input textarea').value === ''", timeout=20_000)


def settle(page: Page) -> None:
    page.wait_for_timeout(600)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, AppServer(Path(tmp) / "data") as app, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page.goto(app.url)
        page.wait_for_selector("#jx-sheet", timeout=30_000)
        settle(page)
        page.screenshot(path=str(out / "empty.png"))
        for _ in range(MID):
            send(page, reply_to(last_assistant(page)))
        settle(page)
        page.screenshot(path=str(out / "mid-interview.png"))
        for _ in range(MAX_ANSWERS - MID):
            if DONE in last_assistant(page):
                break
            send(page, reply_to(last_assistant(page)))
        page.locator("#jx-sheet").evaluate("e => e.scrollTop = e.scrollHeight")   # show goals and indicators
        settle(page)
        page.screenshot(path=str(out / "complete.png"))
        browser.close()
    for name in ("empty", "mid-interview", "complete"):
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
