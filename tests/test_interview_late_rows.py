"""A row of a category already asked, said at a later category's question ("年底前完成" at 成本指标, after 时效):
never kept under the asked category, never lost — offered for its own category, stored on her yes only. And an
indicator name that starts with 再 (再犯罪率, 再就业率) is a name, not a lead-in cut off."""
from __future__ import annotations

import datetime as dt

from assistant.interview.engine import Interview
from assistant.interview.guard import bad_name

_TO_COST = ("禁毒宣传经费", "县禁毒办", "同上", "在全县开展禁毒宣传进校园、进社区活动", "2040199", "延续", "明年全年",
            "县禁毒委年度工作要点", "毒品危害宣传不足", "30万，全是县财政", "宣传品印制18万，活动组织12万")


def _at(category: str) -> Interview:
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    for said in _TO_COST:
        iv.answer(said)
    while iv.next_question().field != f"indicators.{category}":
        iv.answer("跳过")
    return iv


def test_a_deadline_said_at_cost_is_offered_for_time_and_kept_on_yes():
    iv = _at("成本指标")
    said = "\n".join(iv.answer("活动在明年10月底前全部完成").said)
    assert not [i for i in iv.form.indicators if i.level2 == "成本指标" and "10月" in i.value]
    assert "前面已经问过" in said
    q = iv.next_question()
    assert q.field == "indicators.时效指标" and q.kind == "rows"
    iv.answer("是")
    assert [i.level2 for i in iv.form.indicators if "10月" in i.value] == ["时效指标"]
    assert iv.next_question().field == "indicators.成本指标"


def test_a_late_row_turned_down_is_not_stored():
    iv = _at("成本指标")
    iv.answer("活动在明年10月底前全部完成")
    iv.answer("不是")
    assert not [i for i in iv.form.indicators if "10月" in i.value]


def test_a_row_of_a_category_still_ahead_is_not_offered_now():
    iv = _at("数量指标")
    said = "\n".join(iv.answer("明年10月底前全部完成").said)
    assert "问到它那一类指标时再请您确认" in said
    assert iv.next_question().field != "indicators.时效指标" or iv.next_question().kind != "rows"


def test_names_that_begin_with_zai():
    assert bad_name("再犯罪率") == bad_name("再就业率") == bad_name("再生资源回收量") == ""
    assert bad_name("再加培训") and bad_name("再来一个")
