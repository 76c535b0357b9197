"""A value in a unit per unit (holdout11 black_water_row_edits): "水体透明度≥25cm，溶解氧≥2mg/L" kept only the first
row — "mg/L" (four letters) was taken for words going on after the figure, a sentence. A measure per measure
("mg/L", "μg/m³", "毫克每升") is one unit; a figure followed by words ("12个人全年在岗") still is a sentence."""
import datetime as dt

import pytest

from assistant.interview.rows import read_rows
from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize("says, name, value", [("溶解氧≥2mg/L", "溶解氧", "≥2mg/L"), ("PM2.5浓度≤35μg/m³", "PM2.5浓度", "≤35μg/m³"),
                                               ("溶解氧≥2毫克每升", "溶解氧", "≥2毫克每升")])
def test_a_unit_per_unit_is_one_unit(says, name, value):
    rows = [r for r, _ in read_rows(says, "质量指标", []).rows]
    assert [(r["name"], r["value"]) for r in rows] == [(name, value)]


def test_two_rows_in_letters_both_kept():
    iv = asked_on(TODAY, "indicators.质量指标", {"project_name": "黑臭水体治理", "unit": "区生态环境局"})
    iv.answer("水体透明度≥25cm，溶解氧≥2mg/L")
    assert {i.name: i.value for i in iv.form.indicators} == {"水体透明度": "≥25cm", "溶解氧": "≥2mg/L"}


def test_words_after_a_figure_are_still_a_sentence():
    rows = [r for r, _ in read_rows("保证 12个人全年在岗", "数量指标", []).rows]
    assert all(r["value"] != "12个人全年在岗" for r in rows)
