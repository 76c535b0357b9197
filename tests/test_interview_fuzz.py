"""Messages made by mixing what clerks write (field words, numbers in every notation, corrections,
chatter, questions, picks), fed to every question: the interview never fails, and after each turn
the guarantees hold — every changed field is the asked one, one the message names, or computed
from stated facts; every number the applicant has not confirmed is listed. Seeded: the same
messages every run."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from assistant.interview import fields as F
from assistant.interview.engine import Interview
from assistant.interview.gate import allowed_groups, source_numbers
from assistant.interview.provenance import numeric_fields
from assistant.interview.questions import catalogue
from assistant.llm.support import missing_numbers

PIECES = ["项目名称是", "不对，", "刚才说错了，", "改一下：", "主管部门", "单位", "负责人", "电话", "年份", "人数", "一共", "预算明细",
          "满意度", "什么是三级指标？", "不知道", "大概", "左右", "就是", "吧", "哈哈", "你好", "1", "选第2个", "都要", "返回", "跳过",
          "48.6万", "48.6w", "四十八万六千", "486000元", "48万6", "12个人", "每人每月3375元", "2020年1月到12月", "2020全年", "今年",
          "去年", "0473-3981234", "张伟", "市信访局", "社会化聘用人员经费", "≥95%", "九成", "=12人", "，", "。", "；", "\n"]
TODAY = dt.date(2026, 3, 1)


def messages(seed: int, n: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 6)))


@pytest.mark.parametrize("seed", [3, 7, 11, 19, 23, 31])
def test_mixed_messages_never_break_the_guarantees(seed):
    fields = sorted(catalogue()) + ["confirm", "indicators.质量指标"]
    said_all: list[str] = []
    for i, text in enumerate(messages(seed=seed, n=400)):
        iv = Interview(today=TODAY) if i % 40 == 0 else iv
        q = iv.ask(fields[i % len(fields)])
        before = {p: v for p, v in numeric_fields(iv.form)}
        snapshot = iv.form.model_copy(deep=True)
        reply = iv.answer(text)
        said_all.append(text)
        if "back" in reply.acts:
            continue
        allowed = allowed_groups(q.field, text, snapshot) | {F.group(q.field)}
        for path in reply.changed:
            src = iv.provenance.get(path)
            named = F.group(path) in allowed or path.startswith(("indicators", "budget_items", "goals"))
            assert named or (src is not None and src.kind in ("computed", "suggested")), (q.field, text, path)
        pending = {u.path for u in iv.unconfirmed_numbers()}
        source = set().union(*(source_numbers(s, TODAY.year) for s in said_all))
        for path, value in numeric_fields(iv.form):
            if path in pending or before.get(path) == value:
                continue
            amount = path.startswith(("funding", "budget_items"))
            number = _get(iv.form, path) if amount else value
            assert not missing_numbers(number, source, amount=amount), (q.field, text, path, value)


def _get(form, path):
    from assistant.interview.apply import get
    return get(form, path)
