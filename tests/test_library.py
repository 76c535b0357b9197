"""The indicator library: the data file's shape, classification and recommendations."""
from __future__ import annotations

import json
from collections import defaultdict

import pytest
import yaml

from assistant import library
from assistant.model import BENEFIT_KINDS, LEVEL1, LEVEL2, Declaration


def _form(fixtures, name: str) -> Declaration:
    return Declaration.from_json(json.loads((fixtures / "corpus" / name).read_text(encoding="utf-8")))


def test_library_has_150_entries_over_12_types_with_valid_levels():
    es = library.entries()
    types = library.project_types()
    assert len(es) >= 150
    assert len(types) >= 12
    for e in es:
        assert e.level1 in LEVEL1, e
        assert e.level2 in LEVEL2, e
        assert e.direction in library.DIRECTIONS, e
        assert e.keywords and e.example, e
        assert set(e.types) <= set(types), e
        assert e.fill in ("", "count", "total", "per_unit", "end", "months"), e
        if e.direction != "定性":
            assert e.unit and e.example.startswith(e.direction), e


def test_every_type_covers_every_category():
    cover = defaultdict(set)
    for e in library.entries():
        for t in e.types:
            for cat in library.CATEGORIES:
                if library._in_category(e, cat):
                    cover[t].add(cat)
    for t in library.project_types():
        assert cover[t] == set(library.CATEGORIES), t


def test_data_files_are_plain_yaml_with_chinese_labels():
    raw = yaml.safe_load((library.DATA / "project_types.yaml").read_text(encoding="utf-8"))
    assert raw["hiring"]["label"] == "聘用人员/政府购买服务岗位"
    assert all(spec["keywords"] for spec in raw.values())
    assert [t for t, spec in raw.items() if spec.get("general")] == ["general"]


@pytest.mark.parametrize("name, expected", [
    ("dev11-000-hiring.json", "hiring"), ("dev11-005-road.json", "road"), ("dev11-006-water.json", "monitoring"),
    ("dev11-008-student_aid.json", "student_aid"), ("dev11-009-agri.json", "agri"),
    ("dev11-003-training.json", "training"), ("dev11-004-subsidy.json", "subsidy"),
    ("dev11-011-research.json", "research"),
])
def test_classify_names_the_project_type(fixtures, name, expected):
    assert library.classify(_form(fixtures, name))[0][0] == expected


def test_hiring_form_gets_headcount_filled_from_overview():
    form = Declaration(project_name="某市信访局社会化聘用人员经费", unit="某市信访局",
                       overview="拟通过政府购买服务方式聘用4名工作人员，每人每月5000元，全年经费24万元。",
                       funding={"total": 24}, start="2020-01", end="2020-12")
    qty = library.recommend(form, "数量指标", k=3)
    assert qty[0].name == "聘用人数"
    assert (qty[0].value, qty[0].needs_confirmation, qty[0].source) == ("=4人", False, "library")
    cost = {s.name: s for s in library.recommend(form, "成本指标", k=5)}
    assert cost["年度人员经费总额"].value == "≤24万元" and not cost["年度人员经费总额"].needs_confirmation
    assert cost["人均月成本"].value == "≤5000元/人·月" and not cost["人均月成本"].needs_confirmation
    timely = library.recommend(form, "时效指标", k=5)
    assert all(s.level2 == "时效指标" for s in timely)


def test_road_form_gets_kilometre_and_square_metre_indicators():
    form = Declaration(project_name="某县农村公路养护工程", unit="某县公路养护中心",
                       overview="对全县120公里农村公路实施日常养护，修补路面8000平方米。",
                       funding={"total": 300}, start="2024-01", end="2024-12")
    qty = library.recommend(form, "数量指标", k=3)
    values = {s.name: s.value for s in qty}
    assert values["养护（建设）里程"] == "≥120公里"
    assert values["路面修补面积"] == "≥8000平方米"
    cost = {s.name: s for s in library.recommend(form, "成本指标", k=5)}
    assert cost["项目总投资"].value == "≤300万元"
    # per-unit cost computed from total ÷ quantity is marked for confirmation
    assert cost["路面修补单价"].value == "≤375元/平方米" and cost["路面修补单价"].needs_confirmation


def test_people_of_another_group_are_no_beneficiaries():
    """'聘请巡查管护员46名' is the staff hired, not the people who benefit: 受益人口 keeps its typical value to
    confirm, never ≥46人 offered as taken from her form."""
    form = Declaration(project_name="小型水库安全运行管护项目", unit="县水利局",
                       overview="全县23座小型水库的日常巡查、维修养护，聘请巡查管护员46名",
                       funding={"total": 120}, start="2027-01", end="2027-12")
    e = next(e for e in library.entries() if e.name == "受益人口")
    f = library.fill_value(form, e)
    assert not f.from_form and "46" not in f.value
    form.overview += "，保障下游1.2万群众，受益人口12000人"
    assert library.fill_value(form, e).value == "≥12000人"


def test_unknown_number_uses_typical_value_marked_for_confirmation():
    form = Declaration(project_name="全市社区工作者业务培训", overview="组织社区工作者培训。")
    sug = library.recommend(form, "满意度指标", k=1)[0]
    assert sug.name == "参训人员满意度"
    assert sug.value == "≥90%" and sug.needs_confirmation
    assert "请按实际情况确认" in sug.reason


def test_recommend_skips_indicators_the_form_already_has(fixtures):
    form = _form(fixtures, "dev11-005-road.json")
    names = {s.name for s in library.recommend(form, "数量指标", k=10)}
    assert "路面修补面积" not in names
    assert all(s.level1 == "效益指标" and s.level2 in BENEFIT_KINDS for s in library.recommend(form, "效益指标"))


def test_end_month_fills_a_deadline():
    form = Declaration(project_name="办公设备购置", overview="购置计算机20台。", end="2025-09", start="2025-01")
    sug = {s.name: s for s in library.recommend(form, "时效指标", k=5)}
    assert sug["设备到货安装完成时间"].value == "2025年9月底前"
    assert not sug["设备到货安装完成时间"].needs_confirmation


def test_missing_categories_lists_what_the_form_lacks(fixtures):
    assert library.missing_categories(_form(fixtures, "dev11-007-health.json")) == ["成本指标"]
    assert library.missing_categories(Declaration()) == list(library.CATEGORIES)


def test_one_number_from_the_form_backs_only_one_suggestion():
    form = Declaration(project_name="城区河道清淤整治", unit="市水务局", overview="对城区8公里河道实施清淤和护坡整治。",
                       funding={"total": 100}, start="2025-01", end="2025-12")
    qty = library.recommend(form, "数量指标", k=5)
    assert qty[0].name == "河道治理长度" and qty[0].value == "≥8公里" and not qty[0].needs_confirmation
    assert [s.value for s in qty].count("≥8公里") == 1


def test_a_project_of_no_known_type_gets_other_types_rows_only_as_examples():
    """A 图书车 project matches no project type: a row of another type may be offered as an example (示例值, to
    confirm), never with her numbers in it — '年度人员经费总额 ≤38.6万元' named a 图书车 project's total as the
    personnel spending of another project, unmarked."""
    form = Declaration(project_name="城市路灯照明电费", unit="县路灯管理所", department="县住房和城乡建设局",
                       overview="全城路灯2300盏，全年照明电费，每月按时缴纳，全年巡查96次", funding={"total": 38.6},
                       start="2027-01", end="2027-12")
    assert library.classify(form) == []
    offered = [s for cat in library.CATEGORIES for s in library.recommend(form, cat, k=6)]
    assert offered
    by_name = {e.name: e for e in library.entries()}
    for s in offered:
        if library._general(by_name[s.name]):   # 通用 rows fit any project: 项目总成本 ≤ her total is hers
            assert s.fits and (s.needs_confirmation or "项目资金总额" in s.reason or "实施" in s.reason), s
            continue
        assert s.needs_confirmation and not s.fits, s
        assert s.value == by_name[s.name].example, s
        assert "38.6" not in s.value and "96" not in s.value


def test_a_project_of_a_known_type_still_gets_its_rows_with_her_numbers():
    form = Declaration(project_name="社会化聘用人员经费", overview="聘用4名工作人员", funding={"total": 24})
    sug = {s.name: s for s in library.recommend(form, "成本指标", k=6)}
    assert sug["年度人员经费总额"].value == "≤24万元" and not sug["年度人员经费总额"].needs_confirmation
