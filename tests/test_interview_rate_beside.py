"""A rate times a count is the total only when it is all the money she spoke of: "补助40名每人每年8000元，剩下的18万
用于设备" names money beside the rate, so 40×8000 is one part, never stored (nor offered) as the 资金总额; an amount
beside the rate that is the product itself ("…一年43.2万") keeps the total."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 4)
FORM = {"project_name": "2027年非遗传承人补助", "department": "县文化广电旅游体育局", "unit": "县文化馆",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("asked", ["overview", "function_code", "funding"])
@pytest.mark.parametrize("said, product", [
    ("补助县级传承人40名每人每年8000元，剩下的18万用于传习所设备和展演", 32.0),
    ("给60名护林员每人每月1500元发工资，干12个月，另外买巡护设备花12万", 108.0),
    ("每套2000元购置150套桌椅，还有6万元是运费和安装", 30.0),
])
def test_a_product_beside_other_money_is_no_total(asked, said, product):
    iv = asked_on(DAY, asked, FORM)
    iv.answer(said)
    assert iv.form.funding.total != pytest.approx(product), iv.form.funding
    asked = [q if isinstance(q, dict) else vars(q) for q in [iv.pending, *iv.followups] if q is not None]
    offered = [tuple(x) for q in asked for x in q.get("proposal") or [] if isinstance(x, (list, tuple)) and len(x) == 2]
    assert ("funding.total", pytest.approx(product)) not in offered, offered


@pytest.mark.parametrize("said, wan", [
    ("聘12个协管员，每人每月3000元，一年43.2万", 43.2),
    ("补助县级传承人40名每人每年8000元", 32.0),
])
def test_a_product_alone_or_said_again_is_the_total(said, wan):
    iv = asked_on(DAY, "overview", FORM)
    iv.answer(said)
    assert iv.form.funding.total == pytest.approx(wan)


@pytest.mark.parametrize("said, wan", [
    ("320盏每盏2500块，镇里出一半县里出一半", 80.0),
    ("打井12眼，每眼3.5万", 42.0),
    ("采购救生艇4艘，每艘6万元", 24.0),
])
def test_a_price_of_a_thing_counted_by_its_own_word_is_offered(said, wan):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    iv.answer("是")
    assert iv.form.funding.total == pytest.approx(wan)
