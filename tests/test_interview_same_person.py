"""A person's name (holdout11). The same person as before (dairy_semen_like_last_year): "还是刘建军，电话也没变，0476-5211306" at the
负责人 question stored the phone and not the name — 还是 ("still") stood before the name and the name was not
read. 还是/仍是/也是/就是 before a name are no part of it; words that are no name stay unread."""
import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2023, 3, 1)
FORM = {"project_name": "2023年奶牛良种补贴", "unit": "县畜牧兽医发展中心"}


@pytest.mark.parametrize("says, name", [("还是刘建军，电话也没变，0476-5211306", "刘建军"), ("还是刘建军", "刘建军"),
                                        ("仍是王芳", "王芳"), ("就是张伟", "张伟")])
def test_still_the_same_person(says, name):
    iv = asked_on(TODAY, "unit_head", FORM)
    iv.answer(says)
    assert iv.form.unit_head == name


@pytest.mark.parametrize("says", ["还是老样子", "还是那个人"])
def test_words_that_are_no_name_stay_unread(says):
    iv = asked_on(TODAY, "unit_head", FORM)
    reply = iv.answer(says)
    assert iv.form.unit_head in (None, "") and "answer" not in reply.acts


@pytest.mark.parametrize("says, name", [("陈秋月", "陈秋月"), ("李明月", "李明月"), ("王日新", "王日新")])
def test_a_name_with_moon_or_sun_is_a_name(says, name):
    iv = asked_on(TODAY, "filler", FORM)          # holdout11 fishing_boat_asterisk_fixes: "陈秋月" was unclear
    iv.answer(says)
    assert iv.form.filler == name


@pytest.mark.parametrize("says", ["上个月", "三月份", "元月", "正月十五", "本月底", "明年三月"])
def test_a_month_is_no_name(says):
    iv = asked_on(TODAY, "filler", FORM)
    iv.answer(says)
    assert iv.form.filler in (None, "")
