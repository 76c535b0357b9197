"""Build 示例模板.docx: an example locality template with docxtpl tags (see docs/templates.md).

Run: .venv/bin/python assistant/data/templates/make_example.py
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("示例模板.docx")

ROWS = [
    ("项目名称", "{{ project_name }}"), ("主管部门及编码", "{{ department }} {{ department_code }}"),
    ("项目单位", "{{ unit }}"), ("项目负责人及联系电话", "{{ unit_head }} {{ unit_phone }}"),
    ("预算功能科目", "{{ function_code }}"), ("项目属性", "{{ attribute }}"),
    ("项目实施起止时间", "{{ period }}"), ("项目概况", "{{ overview }}"), ("立项依据", "{{ basis }}"),
    ("必要性及可行性", "{{ necessity }}"),
    ("资金总额（万元）", "{{ funding.total }}（其中上年结转 {{ funding.carryover }}，本年预算 {{ funding.current_year }}，"
                        "其他资金 {{ funding.other }}）"),
    ("中长期目标", "{{ goals_long_term_text }}"), ("年度目标", "{{ goals_annual_text }}"),
]


def build(out: Path = OUT) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "仿宋", Pt(11)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    p = doc.add_paragraph("某某市项目支出绩效目标申报表（{{ year }}年度）")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, tag in ROWS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, tag
    doc.add_paragraph("预算明细")
    b = doc.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for c, h in zip(b.rows[0].cells, ("明细项目名称", "金额（万元）", "起止时间")):
        c.text = h
    for text in ("{%tr for it in budget_items %}", "{{ it.name }}|{{ it.amount }}|{{ it.period }}", "{%tr endfor %}"):
        cells = b.add_row().cells
        for c, part in zip(cells, text.split("|") if "|" in text else [text, "", ""]):
            c.text = part
    doc.add_paragraph("绩效指标")
    i = doc.add_table(rows=1, cols=5)
    i.style = "Table Grid"
    for c, h in zip(i.rows[0].cells, ("范围", "一级指标", "二级指标", "三级指标", "指标值")):
        c.text = h
    for text in ("{%tr for ind in indicators %}",
                 "{{ ind.scope_label }}|{{ ind.level1 }}|{{ ind.level2 }}|{{ ind.name }}|{{ ind.value }}",
                 "{%tr endfor %}"):
        cells = i.add_row().cells
        for c, part in zip(cells, text.split("|") if "|" in text else [text, "", "", "", ""]):
            c.text = part
    doc.add_paragraph("填报人：{{ filler }}　　填报日期：{{ fill_date }}")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())
