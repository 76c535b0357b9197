"""Budget lines said at a free-text question (立项依据, 必要性, 部门职能) are never stored as that text."""
import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("field", ["basis", "necessity", "unit_functions"])
@pytest.mark.parametrize("said", ["维修管网材料费150万 设备更换70万 第三方水质检测40万", "材料费150万元，设备70万元"])
def test_budget_lines_are_not_text(field, said):
    iv = asked_on(DAY, field)
    reply = iv.answer(said)
    assert not getattr(iv.form, field)
    assert "预算明细" in "".join(reply.said)


@pytest.mark.parametrize("field, said", [
    ("basis", "依据《固始县农村饮水安全工程运行管理办法》，每年安排维修资金260万元"),
    ("necessity", "全县供水工程老化严重，去年维修花了200万，今年还要260万"),
])
def test_text_with_an_amount_in_it_stands(field, said):
    iv = asked_on(DAY, field)
    iv.answer(said)
    assert getattr(iv.form, field)
