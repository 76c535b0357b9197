"""A rough figure is asked again exactly, and her exact figure is taken where the rough one was meant.

- At an indicator question, "带徒人数大概20人左右吧" stored nothing and asked "请写出准确的数", but the next answer "24人"
  was then unreadable (no row name) and the row was lost. Now the row is asked by its name and a bare figure is that
  row's value.
- At the money question, after "大概30万吧", "刚才说错了，是32万" was taken as a correction of some earlier figure that
  no field held ("没找准是哪一项"), and the question was set aside: the correction is of her answer just before, never
  stored, so the message is her answer."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "社区老年食堂运营补助", "unit": "城关镇人民政府", "department": "县民政局",
        "funding": {"total": 45.0, "carryover": 0.0, "other": 0.0, "current_year": 45.0},
        "start": "2027-01", "end": "2027-12", "year": 2027}
ASKED = "indicators.数量指标"


def _rows(iv) -> dict[str, str]:
    return {i.name: i.value for i in iv.form.indicators}


@pytest.mark.parametrize("exact", ["36个", "准确是36个", "不对，是36个", "前面说的不准，应该是36个", "36"])
def test_rough_row_then_bare_figure(exact):
    iv = asked_on(TODAY, ASKED, BASE)
    r = iv.answer("助餐点位数量三十来个吧")
    assert "hedge" in r.acts and not iv.form.indicators
    assert r.question is not None and "助餐点位数量" in r.question.text
    iv.answer(exact)
    rows = _rows(iv)
    assert list(rows) == ["助餐点位数量"] and "36" in rows["助餐点位数量"]


def test_rough_row_beside_an_exact_one():
    iv = asked_on(TODAY, ASKED, BASE)
    iv.answer("每月送餐不少于900份，就餐老人大约150人")
    assert "每月送餐" in "".join(_rows(iv)) and not any("就餐" in n for n in _rows(iv))
    iv.answer("就按150人")
    assert any("就餐" in n and "150" in v for n, v in _rows(iv).items())


def test_rough_row_answered_with_her_own_rows():
    iv = asked_on(TODAY, ASKED, BASE)
    iv.answer("助餐点位数量三十来个吧")
    iv.answer("助餐点位数量36个，就餐人次不少于5万人次")
    rows = _rows(iv)
    assert "36" in rows.get("助餐点位数量", "") and "就餐人次" in rows


def test_rough_row_skipped_stores_nothing():
    iv = asked_on(TODAY, ASKED, BASE)
    iv.answer("助餐点位数量三十来个吧")
    iv.answer("跳过")
    assert not iv.form.indicators


def test_rough_figure_without_a_row_name_not_guessed():
    iv = asked_on(TODAY, ASKED, BASE)
    r = iv.answer("大概三十来个吧")
    assert not iv.form.indicators
    iv.answer("36个")
    assert all("36" not in (i.value or "") or len(i.name or "") >= 2 for i in iv.form.indicators)


NO_MONEY = {k: v for k, v in BASE.items() if k != "funding"}


@pytest.mark.parametrize("then", ["刚才说错了，是48万", "不对不对，48万", "我前面说得不准，应该是48万"])
def test_money_correction_after_a_rough_total(then):
    iv = asked_on(TODAY, "funding", NO_MONEY)
    iv.answer("大概四十多万吧")
    assert iv.form.funding.total is None
    r = iv.answer(then)
    assert iv.form.funding.total == 48.0
    assert "funding.total" in r.changed


def test_money_correction_with_a_carryover_after_a_rough_total():
    iv = asked_on(TODAY, "funding", NO_MONEY)
    iv.answer("差不多五十万")
    iv.answer("刚才说错了，是48万，有3万是去年结转的")
    f = iv.form.funding
    assert (f.total, f.carryover, f.current_year) == (48.0, 3.0, 45.0)


def test_correction_of_a_stored_total_still_corrects_it():
    iv = asked_on(TODAY, "funding", NO_MONEY)
    iv.answer("45万")
    iv.ask("overview")
    iv.answer("刚才资金说错了，是48万")
    assert iv.form.funding.total == 48.0
    assert not iv.form.overview


@pytest.mark.parametrize("said,name", [("来访人数大约200人", "来访人数"), ("多功能厅使用场次大概40场", "多功能厅使用场次")])
def test_rough_words_are_cut_only_beside_the_figure(said, name):
    iv = asked_on(TODAY, ASKED, BASE)
    r = iv.answer(said)
    assert r.question is not None and f"「{name}」" in r.question.text


@pytest.mark.parametrize("exact, value", [("15000", "=15000人"), ("15000人", "=15000人"), ("就按15000", "=15000人")])
def test_bare_exact_figure_takes_the_rough_figures_unit(exact, value):
    """"受益学生15000人左右", then "15000": stored "=15000" with no unit."""
    iv = asked_on(TODAY, ASKED, BASE)
    iv.answer("覆盖学校36所，受益学生15000人左右")
    iv.answer(exact)
    assert _rows(iv)["受益学生"] == value


@pytest.mark.parametrize("said", ["家长满意的要到九成", "家长满意要到90%"])
def test_how_a_target_is_reached_is_no_part_of_its_name(said):
    """"家长满意的要到九成" was stored as 「家长满意的要到」."""
    iv = asked_on(TODAY, "indicators.满意度指标", BASE)
    iv.answer(said)
    assert _rows(iv) == {"家长满意度": "≥90%"}
