"""Why the project is needed, said at 立项依据, is no 依据: "居民呼声高，已经做好了意见征集" names no document — 意见 in
意见征集 / 征求意见 / 群众意见 is people's opinion, not a document called 意见; a document's 意见 still makes a 依据."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "老旧小区加装电梯补助", "unit": "城南街道办事处", "department": "区住房和城乡建设局"}


@pytest.mark.parametrize("said", ["老人上下楼难，居民呼声高，街道已经做好了意见征集", "群众意见很大，加装电梯很有必要",
                                  "已经征求意见了，居民迫切希望加装"])
def test_reason_is_no_basis(said):
    iv = asked_on(TODAY, "basis", BASE)
    r = iv.answer(said)
    assert not iv.form.basis
    assert any("必要性" in s for s in r.said) or "必要性" in iv.next_question().render(), r.said   # said, or offered there


def test_document_called_opinion_is_a_basis():
    iv = asked_on(TODAY, "basis", BASE)
    iv.answer("根据区政府关于加装电梯的指导意见，很有必要")
    assert iv.form.basis == "根据区政府关于加装电梯的指导意见，很有必要"
