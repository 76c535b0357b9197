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


def test_a_count_for_each_school_is_no_count_of_the_project():
    iv = asked_on(DAY, "overview")
    iv.answer("全县52所中小学每校配2名专职保安，通过政府购买服务方式，全年经费45万")
    assert not [i for i in iv.form.indicators if i.value.endswith("2人")]


def test_a_hedged_range_is_said_back_whole_and_offers_no_figure():
    iv = asked_on(DAY, "funding")
    reply = iv.answer("大概在40到50万之间")
    assert iv.form.funding.total is None
    assert "“大概在40到50万之间”是个约数" in "".join(reply.said)


@pytest.mark.parametrize("said", ["对 48万", "对，就是48万", "好的 明年全年"])
def test_a_yes_with_a_figure_is_no_overview(said):
    iv = asked_on(DAY, "overview")
    reply = iv.answer(said)
    assert not iv.form.overview
    kept = "已记在对应的栏目" in "".join(reply.said)
    assert kept == bool(reply.changed)      # said to be kept only when a field took it


@pytest.mark.parametrize("said", ["全县农村公路日常养护，钱是省里补的加县里配套的，总共756万", "钱是省里补的，总共756万"])
def test_a_field_word_in_her_sentence_is_no_correction(said):
    iv = asked_on(DAY, "overview")
    reply = iv.answer(said)
    assert iv.form.funding.total == 756
    assert "correction" not in reply.acts
    assert "听出您要改" not in "".join(reply.said)


def test_a_reason_at_the_basis_question_is_offered_as_the_necessity():
    iv = asked_on(DAY, "basis", {"project_name": "加装电梯补助", "unit": "县住建局"})
    reply = iv.answer("群众上下楼难，加装电梯很有必要")
    assert not iv.form.basis and "必要性" in reply.question.render()
    iv.answer("是")
    assert iv.form.necessity.startswith("群众上下楼难") and not iv.form.basis


def test_a_document_with_a_reason_stays_the_basis():
    iv = asked_on(DAY, "basis")
    iv.answer("根据省住建厅加装电梯的通知，很有必要")
    assert iv.form.basis
