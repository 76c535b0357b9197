""""跟去年差不多，就是人数从35个加到40个" at a text field is no text of it: last year's words are not here to copy nor
to change, so nothing is stored and she is asked to paste last year's or write her own; her own words after such a
remark ("跟去年一样，为全县40名传承人按年发放补助") are."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)
FORM = {"project_name": "2027年非遗传承人补助", "department": "县文化广电旅游体育局", "unit": "县文化馆",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("asked, path", [("goals.annual", "annual"), ("overview", "overview"), ("necessity", "necessity")])
@pytest.mark.parametrize("said", ["跟去年差不多，就是人数从35个加到40个", "和上年基本一样，不过场次增加了两场",
                                  "同去年的，只有补助标准提高了"])
def test_the_same_as_last_year_but_a_change_is_no_text(asked, path, said):
    iv = asked_on(DAY, asked, FORM)
    r = iv.answer(said)
    stored = iv.form.goals.annual if path == "annual" else getattr(iv.form, path)
    assert not stored, stored
    assert any("去年的表我这里没有" in line for line in r.lines()), r.lines()
