"""Abstain rather than guess (issue 12), on layouts made up here: what a label names and what it does not, rows of a
copied indicator table that are not indicators, and values a flattened text runs into the next label.

Each case tries to make the reader put a value where it does not belong — a contact's name and phone into the
project's 负责人, a label word into a person, a sentence or page text into an indicator, a cut-off number into a
value — and checks that the field stays empty (or the row unread) instead, in more than one text shape.
"""
from __future__ import annotations

import pytest

from assistant.importers import read_bytes
from assistant.importers import columns as C
from assistant.importers import labels as L
from assistant.importers.fold_labels import fold_labels
from assistant.importers.kinds import cell_kind, fits_field, is_person
from assistant.importers.trim import trim_value


def _read(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt")


def _pipes(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def _tabs(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows) + "\n"


def _lines(rows: list[list[str]]) -> str:
    return "\n".join(c for r in rows for c in r) + "\n"


SHAPES = [_pipes, _tabs]


# --- 联系人: a contact is no field; 项目联系人 is the project's person -------------------------------------------------
CONTACT_ROWS = [["项目名称", "城区古树名木养护"], ["部门名称", "某县园林绿化中心"],
                ["联系人", "周晓梅", "联系电话", "13800001111"]]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_bare_contact_and_her_phone_fill_no_field(shape):
    f = _read(shape(CONTACT_ROWS)).form
    assert f.unit_head == "" and f.unit_phone == ""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_contact_beside_the_head_leaves_the_head_and_his_phone(shape):
    rows = [["项目名称", "城区古树名木养护"], ["项目负责人", "钱立军", "联系电话", "0471-5550123"],
            ["联系人", "周晓梅", "联系电话", "13800001111"]]
    f = _read(shape(rows)).form
    assert (f.unit_head, f.unit_phone) == ("钱立军", "0471-5550123")


@pytest.mark.parametrize("label", ["联系人及电话", "联系人及联系电话", "联系人电话"])
def test_a_contact_with_phone_label_fills_no_field(label):
    f = _read(_pipes([["项目名称", "城区古树名木养护"], [label, "周晓梅 13800001111"]])).form
    assert f.unit_head == "" and f.unit_phone == ""


@pytest.mark.parametrize("shape", SHAPES)
def test_the_projects_contact_is_its_head(shape):
    rows = [["项目名称", "城区古树名木养护"], ["项目联系人", "周晓梅", "联系电话", "13800001111"]]
    f = _read(shape(rows)).form
    assert (f.unit_head, f.unit_phone) == ("周晓梅", "13800001111")


def test_contact_labels_are_known_labels_with_no_field():
    assert L.field_of("*联系人:") == "contact" and L.field_of("联系人及电话") == "contact+phone"
    assert L.field_of("项目联系人") == "unit_head" and L.field_of("项目联系人及电话") == "unit_head+phone"


# --- a person is never a label word --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["电话13886893533邮编432731单位", "单位 13886893533", "邮编432731", "联系13800001111",
                                  "负责13800001111", "姓名 孙海燕"])
def test_label_words_run_into_a_value_are_never_a_person(text):
    assert not is_person(text) and not fits_field("unit_head", text)


def test_a_person_with_a_phone_is_still_a_person():
    assert is_person("周晓梅 13800001111") and is_person("钱立军")


def test_a_flattened_head_label_takes_the_name_not_the_phone_label_after_it():
    text = ("项目申报表 项目名称:乡镇卫生院设备更新 项目单位:某县卫生健康局 负责人姓名 孙海燕 项目开始年度 2024 "
            "项目期限 是否科研项目 否 负责人电话 13912345678 邮编 100000 单位某县卫生健康局\n")
    f = _read(text).form
    assert f.unit_head == "孙海燕" and f.start == "2024-01"
    assert "邮编" not in f.unit_phone


# --- what a label names ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("label,key", [
    ("主管预算部门", "department"), ("地方主管部门", "department"), ("中央主管部门", "none"),
    ("资金使用单位", "unit"), ("转移支付(项目)名称", "project_name"), ("项目预算金额(万元)", "funding.total"),
    ("*年度绩效总目标", "goals.annual"), ("项目概况及立项依据", "overview"), ("项目实施内容", "overview"),
    ("项目开始年度", "start"), ("负责人姓名", "unit_head"), ("负责人电话", "phone"), ("项目编码", "none"),
    ("二级项目代码", "none"), ("项目绩效目标", "goals.annual"),
])
def test_label_lexicon(label, key):
    assert L.field_of(label) == key


@pytest.mark.parametrize("label", ["项目绩效目标表", "项目绩效目标自评", "项目绩效目标(含项目概况、设立依据、必要性及预期目标)",
                                   "财务负责人", "负责人"])
def test_titles_and_headings_are_not_goal_or_head_labels(label):
    assert L.field_of(label) not in ("goals.annual", "unit_head")


def test_a_heading_over_labelled_items_gives_each_item_its_field():
    text = ("项目名称    城区供水管网改造\n"
            "项目绩效目标(含项目概况、立项依据及预期目标)    项目概况:改造老旧供水管网12公里。    预期目标:管网漏损率降至9%以下。\n")
    f = _read(text).form
    assert all(not g.startswith("项目概况") for g in f.goals.annual)


@pytest.mark.parametrize("text", ["项目名称:河道清淤 项目单位:某县水利局 项目开始年度:2025 主管部门:某市水务局\n",
                                  "| 项目名称 | 河道清淤 |\n| 项目开始年度 | 2025 | 项目结束年度 | 2026年 |\n"])
def test_a_year_alone_after_a_start_label_is_its_first_month(text):
    f = _read(text).form
    assert f.start == "2025-01" and f.end in ("", "2026-12")


def test_a_year_alone_is_a_start_or_end_never_a_phone_or_amount():
    assert fits_field("start", "2025") and fits_field("end", "2026年")
    assert not fits_field("unit_phone", "2025") and not fits_field("funding.total", "2025年")


def test_a_central_ministry_is_not_the_department():
    rows = [["转移支付(项目)名称", "2025年农田水利设施补助"], ["中央主管部门", "水利部"], ["地方主管部门", "省水利厅"],
            ["资金使用单位", "某县水利局"]]
    f = _read(_pipes(rows)).form
    assert (f.project_name, f.department, f.unit) == ("2025年农田水利设施补助", "省水利厅", "某县水利局")


def test_a_code_label_ends_the_name_before_it():
    text = "项目名称:城乡义务教育学校校舍维修 项目编码: 项目单位(盖章):某镇中心小学 主管部门:某县教育局\n"
    f = _read(text).form
    assert f.project_name == "城乡义务教育学校校舍维修"


# --- values a flattened text runs into the next label ---------------------------------------------------------------
@pytest.mark.parametrize("value,want", [
    ("某市教育局审核方式:☑部门集中审核", "某市教育局"),
    ("某县农业农村局申报方式:网上申报", "某县农业农村局"),
    ("造林司", "造林司"),
    ("某市城市管理委员会", "某市城市管理委员会"),
    ("某市某某某某某某某某某:x", "某市某某某某某某某某某:x"),        # no unit ending: left whole, for the assembler to refuse
])
def test_an_org_ends_at_its_unit_ending_before_a_colon_label(value, want):
    assert trim_value("org", value) == want


@pytest.mark.parametrize("value,want", [("13886893533邮编432731", "13886893533"), ("0471-5550123转总机", "0471-5550123"),
                                        ("2026年01月至2026年12月", "2026年01月至2026年12月")])
def test_a_phone_ends_where_words_begin(value, want):
    assert trim_value("phone", value) == want
    assert not fits_field("unit_phone", "2026年01月至2026年12月")


# --- a mirror's vertical labels ---------------------------------------------------------------------------------------
def test_a_label_printed_apart_with_question_marks_is_the_label():
    text = "项目名称 | 路灯维护 |\n绩?????? 效?????? 目???? 标 | 1.全年路灯亮灯率98%以上。 2.故障24小时内修复。 |\n"
    assert "\n绩效目标 | 1." in fold_labels(text)
    f = _read(text).form
    assert f.goals.annual == ["全年路灯亮灯率98%以上。", "故障24小时内修复。"]


def test_question_marks_inside_a_value_are_kept():
    text = "项目名称 | 路灯维护??? 工程 |\n"
    assert fold_labels(text) == text


# --- rows of a copied indicator table that are not indicators ------------------------------------------------------
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_sentence_with_no_value_is_no_indicator_but_a_name_with_no_value_is(shape):
    rows = [HEAD, ["产出指标", "数量指标", "维修路灯数量", "1200盏"],
            ["效益指标", "社会效益指标", "改善居民夜间出行条件,减少交通事故。"],
            ["满意度指标", "服务对象满意度指标", "居民满意度", ""]]
    inds = _read(shape(rows)).form.indicators
    names = [i.name for i in inds]
    assert "改善居民夜间出行条件,减少交通事故。" not in names
    assert names[0] == "维修路灯数量"


def test_page_text_after_a_table_is_no_indicator():
    rows = [HEAD, ["产出指标", "数量指标", "维修路灯数量", "1200盏"], ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"]]
    text = _pipes(rows) + "- 扫一扫在手机打开当前页\n"
    names = [i.name for i in _read(text).form.indicators]
    assert names == ["维修路灯数量", "居民满意度"]


def test_a_row_the_text_stops_in_is_not_read():
    rows = [["一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值"],
            ["产出指标", "数量指标", "维修路灯数量", "1200盏", "1180盏", "10"]]
    text = _pipes(rows) + "| | 质量指标 | 路灯完好率 | 9"
    inds = _read(text).form.indicators
    assert [i.name for i in inds] == ["维修路灯数量"]


def test_page_text_run_into_the_first_header_cell_is_left_out():
    rows = [["（以下内容为图片识别，仅供参考）一级指标", "二级指标", "指标名称", "目标值", "完成值"],
            ["产出指标", "产出数量", "维修路灯数量", "1200盏", "1180盏"],
            ["", "更换灯杆数量", "40根", "38根"],
            ["", "产出质量", "路灯完好率", "98%", "存在个别路段故障未及时修复"],
            ["效益指标", "社会效益", "夜间交通事故下降", "有效下降", "有效下降"],
            ["", "满意度", "居民满意度", "90%及以上", "92%"]]
    inds = _read(_pipes(rows)).form.indicators
    got = [(i.level1, i.level2, i.name, i.value) for i in inds]
    assert got == [("产出指标", "数量指标", "维修路灯数量", "1200盏"), ("产出指标", "数量指标", "更换灯杆数量", "40根"),
                   ("产出指标", "质量指标", "路灯完好率", "98%"), ("效益指标", "社会效益指标", "夜间交通事故下降", "有效下降"),
                   ("满意度指标", "服务对象满意度指标", "居民满意度", "90%及以上")]


def test_an_older_level2_wording_after_a_level2_cell_is_the_name():
    rows = [HEAD, ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"]]
    inds = _read(_pipes(rows)).form.indicators
    assert [(i.level2, i.name, i.value) for i in inds] == [("服务对象满意度指标", "服务对象满意度", "≥95%")]


def test_weak_level_words_are_not_budget_columns():
    assert cell_kind("经济效益") == "L2w" and cell_kind("产出数量") == "L2w"
    assert cell_kind("数量") != "L2w" and C.level_word("经济效益") is None


@pytest.mark.parametrize("shape", SHAPES)
def test_sign_target_unit_and_explanation_columns(shape):
    rows = [["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明"],
            ["产出指标", "数量指标", "巡查河道长度(公里)", "≥", "85", "公里", "按年度计划测算"],
            ["巡查频次(次)", "=", "52", "次", "每周一次"],
            ["质量指标", "问题整改率(%)", "≥", "95", "%", "该指标值数据合理"]]
    inds = _read(shape(rows)).form.indicators
    assert [(i.level2, i.name, i.value) for i in inds] == [
        ("数量指标", "巡查河道长度(公里)", "≥85公里"), ("数量指标", "巡查频次(次)", "=52次"),
        ("质量指标", "问题整改率(%)", "≥95%")]


def test_a_progress_plans_content_column_is_not_the_overview():
    assert L.field_of("实施内容") is None and L.field_of("项目实施内容") == "overview"
    text = ("项目支出绩效目标申报表\n项目名称\n主管部门\n项目实施进度计划\n实施内容\n前期准备\n组织实施\n\n"
            "某县校舍维修项目\n某县教育局\n")
    assert _read(text).form.overview == ""


@pytest.mark.parametrize("value,unit,head", [
    ("某县职业技术学院 王建国", "某县职业技术学院", "王建国"),
    ("某县职業技術學(xué)院 莊業(yè)強(qiáng)", "某县职業技術學(xué)院", "莊業(yè)強(qiáng)"),
    ("某县职业技术学院", "某县职业技术学院", ""),
    ("王建国 某县职业技术学院", "", ""),                 # the other way round: neither is guessed
    ("某县职业技术学院王建国七、绩效", "", ""),          # run into the next heading: no split is sure
])
def test_a_unit_and_its_head_in_one_cell_are_split_only_when_each_is_of_its_kind(value, unit, head):
    f = _read(_pipes([["项目名称", "国家助学金发放"], ["实施单位及责任人", value]])).form
    assert (f.unit, f.unit_head) == (unit, head)


@pytest.mark.parametrize("value,want", [
    ("中央衔接推进乡村振兴补助资金(少数民族发展任务)50", 50.0),
    ("省级专项补助经费 120.5万元", 120.5),
    ("中央补助资金13947491234", None),                  # a phone after the source is no amount
    ("中央补助资金(2021年)50", None),                   # a year in the brackets: not only the source's name
    ("中央补助资金50 省级资金20", None),                 # two amounts: which one is not guessed
])
def test_an_amount_after_the_name_of_its_source(value, want):
    f = _read(_pipes([["项目名称", "养殖场基础设施建设"], ["其中:财政拨款", value]])).form
    assert f.funding.current_year == (pytest.approx(want) if want is not None else None)
