"""A figure she corrects that lives only in her own text: "为辖区2.3万常住人口…" then "刚才人数说错了，常住人口是2.4万".
The one figure of the overview her words name — before the figure or right after its unit — is replaced, said
back, nothing else changes; her unit as first written stays ("2.4万人" does not make "2.4万人常住人口"). A figure
her words do not name is still asked about, never guessed."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 2)
OVERVIEW = "为辖区2.3万常住人口提供12类基本公共卫生服务，按人均89元标准，全年经费204.7万元"


def _after(fix):
    iv = asked_on(TODAY, "overview")
    iv.answer(OVERVIEW)
    iv.ask("necessity")
    said = "\n".join(iv.answer(fix).lines())
    return iv, said


@pytest.mark.parametrize("fix", ["刚才人数说错了，常住人口是2.4万", "刚才人数说错了，常住人口是2.4万人",
                                 "常住人口说错了，是2.4万", "人口说错了，是2.4万"])
def test_the_figure_her_words_name_in_the_overview(fix):
    iv, said = _after(fix)
    assert iv.form.overview == OVERVIEW.replace("2.3万", "2.4万")
    assert "2.4万常住人口" in said
    assert iv.form.funding.total == 204.7
    assert not iv.form.necessity


def test_a_figure_her_words_do_not_name_is_asked():
    iv, said = _after("那个数说错了，是2.4万")
    assert iv.form.overview == OVERVIEW
    assert iv.form.funding.total == 204.7
    assert "没有改动" in said or "哪一项" in said
