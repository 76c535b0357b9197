"""Templates other than the corpus ones: other label wording, split value columns, 中长期+年度 groups, 元."""
from __future__ import annotations

import io

from docx import Document
from openpyxl import Workbook

from assistant.importers import read_bytes


def docx_of(rows: list[list[str]], paragraphs=(), merges=()) -> bytes:
    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    width = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_with_other_labels_yuan_and_split_indicator_columns():
    rows = [
        ["实施单位", "某县农业农村局", "单位负责人及联系电话", "王五 13800000000"],
        ["主管部门", "某县人民政府", "主管部门编码", "015001"],
        ["功能分类科目", "2130122 农业生产发展", "项目类别", "□新增 ☑延续"],
        ["实施期限", "2024年1月至2024年12月", "", ""],
        ["项目资金（元）", "资金总额", "本年财政拨款", "上年结转"],
        ["", "1250000", "1000000", "250000"],
        ["实施期绩效目标", "1.建成示范基地3个；2.带动农户增收。", "", ""],
        ["本年度绩效目标", "目标1：完成示范基地建设 目标2：培训农户500人次", "", ""],
    ]
    ind = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "示范基地数量", "≥", "3", "个"],
        ["", "", "培训农户人次", "大于等于", "500", "人次"],
        ["", "质量指标", "验收合格率", "=", "100", "%"],
        ["效益指标", "社会效益指标", "农户增收效果", "定性", "明显提升", ""],
        ["成本指标", "经济成本指标", "单个基地建设成本", "≤", "40", "万元"],
    ]
    doc = Document()
    doc.add_paragraph("某县项目支出绩效目标申报表（2024年度）")
    doc.add_paragraph("项目名称：高标准农田示范基地建设")
    t = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t2 = doc.add_table(rows=len(ind), cols=6)
    for r, row in enumerate(ind):
        for c, text in enumerate(row):
            t2.cell(r, c).text = text
    t2.cell(1, 0).merge(t2.cell(3, 0))      # 产出指标 merged down
    t2.cell(1, 1).merge(t2.cell(2, 1))      # 数量指标 merged down
    doc.add_paragraph("填表人：赵六    填表日期：2023.9.5")
    buf = io.BytesIO()
    doc.save(buf)
    result = read_bytes(buf.getvalue(), "variant.docx")
    f = result.form
    assert (f.project_name, f.unit, f.unit_head, f.unit_phone) == ("高标准农田示范基地建设", "某县农业农村局", "王五", "13800000000")
    assert (f.department, f.department_code, f.function_code, f.attribute) == ("某县人民政府", "015001", "2130122", "延续")
    assert (f.start, f.end, f.year, f.filler, f.fill_date) == ("2024-01", "2024-12", 2024, "赵六", "2023-09-05")
    assert f.funding.model_dump() == {"total": 125.0, "carryover": 25.0, "current_year": 100.0, "other": None}
    assert f.goals.long_term == ["建成示范基地3个；", "带动农户增收。"]
    assert f.goals.annual == ["完成示范基地建设", "培训农户500人次"]
    got = [(i.level1, i.level2, i.name, i.value) for i in f.indicators]
    assert got == [("产出指标", "数量指标", "示范基地数量", "≥3个"),
                   ("产出指标", "数量指标", "培训农户人次", "≥500人次"),
                   ("产出指标", "质量指标", "验收合格率", "=100%"),
                   ("效益指标", "社会效益指标", "农户增收效果", "明显提升"),
                   ("成本指标", "经济成本指标", "单个基地建设成本", "≤40万元")]


def test_xlsx_with_long_term_and_annual_column_groups_and_yuan_budget():
    wb = Workbook()
    ws = wb.active
    for row in [
        ["项目名称", "社区养老服务补贴"],
        ["预算单位", "某市民政局"],
        ["项目期限", "2025.01-2027.12"],
        ["项目预算明细"],
        ["支出内容", "金额（元）", "起止时间"],
        ["服务补贴", 800000, "2025-01~2025-12"],
        ["评估费", 50000, "2025-01~2025-06"],
        ["合计", 850000],
        [None, None, "中长期指标", None, "年度指标"],
        ["一级指标", "二级指标", "三级指标", "指标值", "三级指标", "指标值"],
        ["产出指标", "数量指标", "覆盖老人数", "≥3000人", "补贴发放人数", "≥1000人"],
        ["满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "老人满意度", "≥85%"],
        ["填报日期", "2024-11-02"],
    ]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    f = read_bytes(buf.getvalue(), "groups.xlsx").form
    assert (f.project_name, f.unit, f.start, f.end, f.fill_date) == ("社区养老服务补贴", "某市民政局", "2025-01", "2027-12", "2024-11-02")
    assert [(b.name, b.amount, b.start, b.end) for b in f.budget_items] == [
        ("服务补贴", 80.0, "2025-01", "2025-12"), ("评估费", 5.0, "2025-01", "2025-06")]
    got = [(i.scope, i.level1, i.name, i.value) for i in f.indicators]
    assert got == [("long_term", "产出指标", "覆盖老人数", "≥3000人"), ("annual", "产出指标", "补贴发放人数", "≥1000人"),
                   ("long_term", "满意度指标", "老人满意度", "≥90%"), ("annual", "满意度指标", "老人满意度", "≥85%")]
    assert all(i.level2 for i in f.indicators)


def test_unknown_labels_are_reported_as_unplaced_and_not_invented():
    data = docx_of([["项目名称", "甲"], ["归口科室", "预算科"], ["项目属性", "其他"]])
    result = read_bytes(data, "u.docx")
    assert result.form.attribute == ""
    assert any(u.startswith("归口科室") for u in result.unplaced)
    assert any(u.startswith("项目属性：其他") for u in result.unplaced)
