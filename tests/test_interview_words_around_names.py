"""Words around a name are no part of it: "县里有文件，《…》" gives the document, not that there is one; "每个点位6000元"
names the cost by the thing. (A unit said under its department, "县水利局下属的农村供水管理站", stays as she wrote it:
test_interview_backref.)"""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("said, basis", [("县里有文件，《县森林防火规划（2021-2030）》", "《县森林防火规划（2021-2030）》"),
                                         ("上面下了个通知：《关于做好冬春森林防火工作的通知》", "《关于做好冬春森林防火工作的通知》")])
def test_basis_without_its_lead_in(said, basis):
    iv = asked_on(TODAY, "basis", {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"})
    iv.answer(said)
    assert iv.form.basis == basis


@pytest.mark.parametrize("said, name", [("运维费每个点位6000元", "每个点位成本"), ("每台6000元", "每台成本")])
def test_price_per_thing_named_by_the_thing(said, name):
    """"每个点位6000元": the cost row is named by what each is (每个点位), never the bare measure (每个成本)."""
    iv = asked_on(TODAY, "overview", {"project_name": "森林防火视频监控系统运维", "unit": "县林业局", "department": "县林业局"})
    iv.answer(said)
    assert any(i.name == name and i.level2 == "成本指标" for i in iv.form.indicators), [(i.name, i.value) for i in iv.form.indicators]
