"""Project types the library did not know (issue 11): classification, on-type suggestions, weak words.

A 中小学校园安保服务 project was offered 资助对象认定准确率 / 系统年可用率 as 质量指标: 学校 (a weak word inside
中小学校园) and 政府购买服务 outvoted 安保, and 安保 sat in the 运维 type. These forms are written here, not read
from ../shared.
"""
from __future__ import annotations

import pytest

from assistant import library
from assistant.interview.choices import offer
from assistant.model import Declaration

SECURITY = Declaration(project_name="2027年中小学校园安保服务购买项目", unit="某区教育局",
                       overview="采取政府购买服务方式，为全区52所中小学校各配备2名专职保安，开展校园门卫值守和巡逻。")


def _types_of(name: str) -> set[str]:
    return set(next(e for e in library.entries() if e.name == name).types)


def test_school_security_is_a_security_project_not_student_aid():
    types = library.classify(SECURITY)
    assert types[0][0] == "security"
    assert library.type_label("security").startswith("安保")


@pytest.mark.parametrize("category", ["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "满意度指标"])
def test_school_security_gets_security_rows_first(category):
    got = library.recommend(SECURITY, category, k=4)
    assert got, category
    assert "security" in _types_of(got[0].name), got[0]
    for s in got:
        assert not (_types_of(s.name) & {"student_aid", "it_ops", "subsidy"}), s
        assert not any(w in s.name for w in ("资助", "系统", "故障", "补助")), s


def test_offer_for_school_security_quality_is_about_guards():
    names = [c.name for c in offer(SECURITY, "质量指标", {})]
    assert len(names) == 4
    assert "安保人员持证上岗率" in names
    assert not {"资助对象认定准确率", "资助资金足额发放率", "系统年可用率", "故障修复率"} & set(names)


def test_a_per_school_number_is_not_the_projects_headcount():
    """'各配备2名' is per school: 安保人员配备人数 is not '=2人' from her form (nor a product she did not state)."""
    got = {s.name: s for s in library.recommend(SECURITY, "数量指标", k=6)}
    guards = got["安保人员配备人数"]
    assert guards.value != "=2人" and guards.needs_confirmation
    assert got["安保服务覆盖学校（场所）数"].value == "=52所" and not got["安保服务覆盖学校（场所）数"].needs_confirmation


@pytest.mark.parametrize("name, unit, overview, expected", [
    ("森林防火和松材线虫病防治经费", "县林业局", "完成林业有害生物防治面积3万亩，护林员巡山", "forestry"),
    ("重大动物疫病强制免疫补助", "县畜牧兽医中心", "春秋两季开展畜禽强制免疫", "animal"),
    ("食品安全监督抽检经费", "县市场监督管理局", "全年完成食品监督抽检800批次", "market"),
    ("法律援助和人民调解工作经费", "县司法局", "办理法律援助案件，开展人民调解", "justice"),
    ("优抚对象抚恤和生活补助", "县退役军人事务局", "按月发放优抚对象抚恤补助", "veterans"),
    ("居家和社区养老服务提升", "县民政局", "为老年人提供老年助餐和上门服务", "elderly"),
    ("博物馆纪念馆免费开放补助资金", "市博物馆", "全年免费开放300天", "culture"),
    ("全民健身运动会", "县体育局", "举办县第五届全民健身运动会", "sports"),
    ("安全生产专项督查和应急演练经费", "县应急管理局", "开展安全生产隐患排查和应急演练", "emergency"),
    ("市委党校主体班培训经费", "中共某市委党校", "举办主体班，开展党性教育", "party"),
    ("县级储备粮利息费用补贴", "县粮食和物资储备局", "5000吨储备粮轮换", "grain"),
    ("城区道路清扫保洁和垃圾清运服务", "县环境卫生管理处", "清扫保洁道路面积120万平方米", "sanitation"),
    ("社区网格化服务管理经费", "某街道办事处", "全街道划分网格48个，配备网格员", "grid"),
])
def test_new_project_types_are_recognised(name, unit, overview, expected):
    form = Declaration(project_name=name, unit=unit, overview=overview)
    assert library.classify(form)[0][0] == expected


def test_a_weak_word_does_not_outvote_the_projects_core_word():
    """学校 / 学生 only back a type up: 学校食堂食品安全 is 市场监管, 学校保安 is 安保."""
    canteen = Declaration(project_name="学校食堂食品安全监督抽检", unit="县市场监督管理局")
    assert library.classify(canteen)[0][0] == "market"
    guards = Declaration(project_name="学校保安服务费", unit="县教育局")
    assert library.classify(guards)[0][0] == "security"


def test_general_rows_stand_in_when_the_type_has_none_never_another_types_rows():
    """储备粮 has no 社会效益 row of its own: the list is made of rows that fit any project, never of a
    信访 or 聘用 row."""
    form = Declaration(project_name="县级储备粮管理费用", unit="县粮食和物资储备局", overview="县级储备粮5000吨")
    assert library.classify(form)[0][0] == "grain" and all(t != "general" for t, _ in library.classify(form))
    got = library.recommend(form, "社会效益指标", k=4)
    assert got
    for s in got:
        assert _types_of(s.name) & {"grain", "general"}, s



# --- the interview with the new types' choices -------------------------------------------------------------

def test_a_pick_with_her_deadline_changes_no_other_row_holding_that_number():
    """'1改成10月底前完成' picks option 1 with her date: the 1 is the option's number, not a figure to find in
    the form and change to 10 (a 数量 row '=1种' was silently made '=10种')."""
    import datetime as dt

    from tests.interview_helpers import asked_on
    form = {"project_name": "第十届全县少数民族传统体育运动会", "unit": "县民族宗教事务局", "start": "2024-08",
            "end": "2024-10", "overview": "今年十月在县体育中心举办，设8个比赛项目",
            "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "开展运动项目种类", "value": "=1种"}]}
    iv = asked_on(dt.date(2024, 6, 11), "indicators.时效指标", form)
    assert iv.pending.choices
    iv.answer("1改成10月底前完成")
    kinds = {i.name: i.value for i in iv.form.indicators}
    assert kinds["开展运动项目种类"] == "=1种"
    assert any(i.level2 == "时效指标" and "10月底" in i.value for i in iv.form.indicators)


def test_a_count_in_a_measure_any_thing_takes_is_never_paired_without_the_rows_words():
    """'18个乡镇综合文化站' is no 非遗保护项目数 of 18个: a count in 个/项/次 fills a row only with the row's words near it."""
    from assistant.library import recommend
    from assistant.model import Declaration
    form = Declaration.from_json({"project_name": "乡镇综合文化站免费开放补助", "unit": "县文化和旅游局",
                                  "overview": "全县18个乡镇综合文化站全年免费开放，每站补助5万元。"})
    filled = [(s.name, s.value) for s in recommend(form, "数量指标", 8) if not s.needs_confirmation]
    assert not [x for x in filled if "18个" in x[1] and "文化站" not in x[0] and "乡镇" not in x[0]]


def test_a_form_published_in_traditional_characters_is_classified_like_its_simplified_twin():
    form = Declaration(project_name="學生資助補助經費（中等職業學校國家助學金和免學費補助資金）", unit="某縣職業技術學校")
    assert library.classify(form)[0][0] == "student_aid"
    names = [s.name for s in library.recommend(form, "质量指标", k=4)]
    assert "资助对象认定准确率" in names


def test_a_poverty_linkage_project_gets_rows_about_the_households_it_lifts():
    form = Declaration(project_name="2024年巩固拓展脱贫攻坚成果衔接资金产业项目", unit="某镇人民政府",
                       overview="扶持脱贫户、监测户发展特色种植，带动120户增收")
    assert library.classify(form)[0][0] == "poverty"
    got = [s.name for s in library.recommend(form, "满意度指标", k=4)]
    assert got[0] == "受益脱贫（监测）户满意度"


def test_a_word_inside_a_longer_word_of_another_type_is_not_read():
    """环境卫生 is no 卫生 of 公共卫生, 档案数字化 no 数字化 of 信息化建设: the longer word is the one written."""
    form = Declaration(project_name="雾炮车降尘抑尘服务", unit="市环境卫生管理处", overview="改善城区环境卫生和空气质量")
    types = dict(library.classify(form))
    assert max(types, key=types.get) == "sanitation" and "health" not in types
    archive = Declaration(project_name="馆藏档案数字化加工", unit="县档案馆")
    assert [t for t, _ in library.classify(archive)] == ["archives"]
