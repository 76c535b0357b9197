"""Placing one labelled value into the form being read, and building the Declaration at the end."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Declaration
from ..textnum import normalize, parse_amount_wan, parse_number, parse_period, unglue_run
from . import labels as L
from .fold_labels import PINYIN, _t2s
from .kinds import FUND_NAME, SCI, field_kind, fits_field, is_amount
from .trim import trim_value

if TYPE_CHECKING:
    from .cells import State

NO_FIELD = ("contact", "contact+phone", "none")   # labels the lexicon knows that name no field of the form (labels.py)
_TEXT_KEYS = ("project_name", "department", "department_code", "department_head", "department_phone", "unit", "filer_unit",
              "filer_department",
              "unit_head", "unit_phone", "unit_functions", "overview", "basis", "necessity", "filler", "fill_date")


def assign_field(st: "State", key: str, value: str, where: str, factor: float = 1.0, append: bool = False) -> None:
    """Put one labelled value in place, when it is one the field can hold (kinds.fits_field: a phone is never
    an amount, a date range never a phone, a person never a unit); otherwise the field stays empty and a
    warning names the text. Empty values never overwrite; the first value found wins."""
    text = L.clean_cell(value)
    if st.method != "table" or "|" in text:       # a loose read: label text glued onto the value is cut off
        text = trim_value(field_kind(key) if st.method != "table" else "", text)
    if key.startswith("funding."):
        st.funding_seen = True
    if key in ("unit_head", "unit_head+phone"):
        st.last_head = "unit_head"
    elif key in ("department_head", "department_head+phone"):
        st.last_head = "department_head"
    elif key in ("filler", "filler+phone"):
        st.last_head = "filler"          # a 联系电话 after 填表人 is the filler's, not a field of the form
    elif key in NO_FIELD:
        if key.startswith("contact"):
            st.last_head = "contact"     # a 联系电话 after a 联系人 is hers: no field either
        return
    if not text or _HINT.match(text) or _BLANK.fullmatch(text) or _PLACEHOLDER.search(PINYIN.sub("", text)) \
            or _MARK_ONLY.fullmatch(text) and not key.startswith("funding."):
        return
    if key == "phone" and st.last_head in ("filler", "contact") or key in st.refused:
        return
    if key.startswith("funding."):
        text = text.rstrip("。；;，, ")       # '300万元。': a sentence's stop after the amount is no part of it
        if not is_amount(text) and (glued := unglue_run(text)):
            text = glued[0]                  # '21182118100%': 预算数 / 执行数 / 执行率 run together; the budget
    if key.startswith("funding.") and (m := FUND_NAME.match(text)) and is_amount(text[m.end():]):
        text = text[m.end():]       # '中央衔接推进乡村振兴补助资金(少数民族发展任务)50': the source named, then its amount
    if key == "unit+head":           # '某学院 张三': the unit, then its head, each placed only when it is of its kind
        m = re.fullmatch(r"(.+?)[\s,，/]+(\S{2,})", text.replace("\n", " "))
        if m and _UNIT_NAME.search(PINYIN.sub("", m.group(1))) and fits_field("unit", m.group(1)) \
                and fits_field("unit_head", m.group(2)):
            _set(st, "unit", m.group(1), where)
            _set(st, "unit_head", m.group(2), where)
        elif _UNIT_NAME.search(PINYIN.sub("", text)) and fits_field("unit", text) \
                and not any(fits_field("unit_head", p) for p in re.split(r"[\s,，/]+", text)):   # not '张三 某学院'
            _set(st, "unit", text, where)
        elif len(cuts := _run_in_head(text)) == 1:     # '某乡人民政府王五': the name run in after the unit's ending
            _set(st, "unit", cuts[0][0], where)
            _set(st, "unit_head", cuts[0][1], where)
        else:
            st.warnings.append(f"{where} 的“{text[:40]}”不能确定哪部分是单位、哪部分是负责人，未填入（请核对）。")
        return
    if key == "unit+department":     # '实施(主管)单位 | 314002-某县民政局': one unit, both 实施 and 主管
        name, code = L.split_name_code(text) if _CODED.match(text) else (text, "")
        if fits_field("unit", name):
            _set(st, "unit", name, where)
            _set(st, "department", name, where)
            _set(st, "department_code", code, where)
        else:
            st.warnings.append(f"{where} 的“{text[:40]}”不像是实施（主管）单位，未填入（请核对）。")
            st.unfit |= {"unit", "department"}
        return
    if key.endswith("+code") and (split := L.split_name_code(text))[1] and re.fullmatch(r"[*＊]+", split[0]):
        _set(st, "department_code", split[1], where)     # '[055]****': the name masked by the publisher, the code kept
        st.warnings.append(f"{where} 的“{text[:40]}”中主管部门名称被遮盖，只读取了代码（请核对）。")
        return
    if not append and not key.startswith("attribute") and not fits_field(key, text):
        label = L.LABEL_NAMES.get(key.split("+")[0], key)
        st.warnings.append(f"{where} 的“{text[:40]}”不像是{label}，未填入（请核对）。")
        st.unplaced.append(f"{text[:60]}（{where}）")
        st.unfit.add(key)
        return
    if key.endswith("+code"):
        name, code = L.split_name_code(text)
        _set(st, "department", name, where)
        _set(st, "department_code", code, where)
    elif key.endswith("+phone"):
        name, phone = L.split_person_phone(text)
        base = key.split("+")[0]
        _set(st, base, name, where)
        if base.endswith("_head"):           # a filler's phone is no field of the form
            _set(st, base.replace("_head", "_phone"), phone, where)
    elif key == "phone":
        _set(st, st.last_head.replace("_head", "_phone"), re.sub(r"\s+", "", text), where)
    elif key == "period":
        start, end = parse_period(text)
        years = re.findall(r"(?:19|20)\d\d", normalize(text)) if _YEAR_ONLY.fullmatch(normalize(text).replace(" ", "")) else []
        if years and not start:   # '2021-2023': the years as published gold reads them ('2022年' → 2022-01 至 2022-12)
            start, end = f"{years[0]}-01", f"{years[-1]}-12"
        _set(st, "start", start or text.replace("\n", ""), where)
        _set(st, "end", end or "", where)
    elif key in ("start", "end"):
        year = _YEAR_ONLY.fullmatch(normalize(text).replace(" ", "")) and re.findall(r"(?:19|20)\d\d", normalize(text))
        if year:                  # '开始时间 2024年 … 结束时间 2024年': its first month, its last
            text = f"{year[0]}-01" if key == "start" else f"{year[-1]}-12"
        _set(st, key, text.replace("\n", ""), where)
    elif key.startswith("attribute"):
        attr = L.parse_attribute(text, boxes_told=st.method != "ocr")
        if attr:
            _set(st, "attribute", attr, where)
        elif not key.endswith("?"):
            st.unplaced.append(f"项目属性：{text}（{where}）")
            if st.method == "ocr" and re.search(r"新增|延续|持续", text):
                # the boxes of '新增口延续' cannot be told apart in a scan: 待核实, not missing and not guessed
                st.refused.add("attribute")
                st.warnings.append(f"{where} 的项目属性“{text}”中哪一项打了勾无法从扫描件识别，未读取（请核对）。")
    elif key == "function_code":
        digits = re.search(r"(?<!\d)\d{7}(?!\d)", normalize(text).replace(" ", ""))
        _set(st, key, digits.group(0) if digits else text, where)
    elif key.startswith("funding."):
        amount = to_wan(text, factor)
        if amount is None:
            st.warnings.append(f"{where} 的金额“{text}”无法识别，已留空。")
            st.unplaced.append(f"{text}（{where}）")
        elif st.parallel == 2 and key in OF_THE_YEAR and st.fields.get(key) is not None:
            # parallel 中期 | 年度 columns read cell by cell: the amount label again after the 年度 total's is the year's
            st.fields[key], st.provenance[key], st.how[key] = amount, where, st.method
        else:
            _set(st, key, amount, where)
            if key == "funding.total" and _ALL_FISCAL.fullmatch(normalize(text)):
                _set(st, "funding.current_year", amount, where)   # '653万元(财政资金)': the whole of it the year's 财政拨款
    elif key.startswith("goals."):
        goals = st.fields.setdefault(key, [])
        if goals and not append:
            return
        goals.extend(L.split_goals(text))
        st.provenance.setdefault(key, where)
        st.how.setdefault(key, st.method)
    elif key == "year":
        m = re.search(r"(?:19|20)\d\d", normalize(text))
        if m:
            _set(st, "year", int(m.group(0)), where)
    elif key in ("department", "unit", "filer_unit", "filer_department") and _CODED.match(text):
        name, code = L.split_name_code(text)      # coded names: '(433)乌海市…' / '[015001]武汉市…' / '… 410001'
        _set(st, key, name, where)
        if key in ("department", "filer_department"):
            _set(st, key.replace("department", "department_code"), code, where)
    elif key in _TEXT_KEYS:
        if key == "project_name" and (m := _PROJECT_CODE.match(text)) and len(text) > m.end() + 1:
            text = text[m.end():]      # '51130021T000000229367-退耕还林…', '…-2023年…': the library's code before the name
        if append and st.fields.get(key):
            st.fields[key] += text
        else:
            _set(st, key, text, where)


# a template's own hint in the value cell ('（填写部门预算中的项目名称）', '应与部门预算一致') is no value
_HINT = re.compile(r"^[（(【\[]?\s*(?:请|须|需)?(?:填写|填报|应与|应当|按照.{0,20}填写|根据.{0,20}填写|如实填写)")
# a template's placeholder left in the cell: '县(市、区)教育部门', '縣(市、區)財政部門'
_PLACEHOLDER = re.compile(r"[县市区縣區][（(][省市县区縣區](?:[、，,][省市县区縣區])+[)）]")
_BLANK = re.compile(r"[（(]?\s*(?:盖章|签字|签章|无|/|—|-)\s*[)）]?")
# a list mark alone ('(一)', '二、', '3、'): the next item's number, never a value
_MARK_ONLY = re.compile(r"\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、．])\s*")
_CODED = re.compile(r"^\s*[\[【(（]\s*\d{3,}\s*[\]】)）]\s*\D|^\s*\d{3,}\s*[-－—_]+\s*\D|[（(](?:部门|单位)[)）]\s*$|^\D.*\s[\[【(（]?\d{3,}[\]】)）]?\s*$")


# a project library's code printed before the name: digits (letters among them), 10 or more, and a dash
_PROJECT_CODE = re.compile(r"^\s*[\[【(（]?(?=[0-9A-Z]*\d{6})[0-9A-Z]{10,}[\]】)）]?\s*[-－—_]+\s*(?=[\u4e00-\u9fff]|(?:19|20)\d\d年)")
_UNIT_NAME = re.compile(rf"{L.UNIT_ENDINGS}$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d(?:年度?)?(?:(?:[-－—–~～至]+|到)(?:19|20)\d\d(?:年度?)?)?")   # '2025年', '2021年度'


# a total whose value names the whole of it as fiscal money ('653万元(财政资金)', '80万元（全部为财政拨款）')
_ALL_FISCAL = re.compile(r"\s*-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|万)?\s*[（(]\s*(?:全部为|均为|全为)?(?:[省市县区]级|本级)?"
                         r"财政(?:资金|拨款)\s*[)）]\s*[。.]?\s*")


def _set(st: "State", key: str, value, where: str) -> None:
    if value in ("", None) or st.fields.get(key) not in (None, ""):
        return
    st.fields[key] = value
    st.provenance[key] = where
    st.how[key] = st.method


def _settle_filer(st: "State") -> None:
    """The unit that files the form (填报单位 / 预算单位 / 申报单位, printed above it) is the form's unit only when the
    form names no 实施单位 / 项目单位 of its own: '预算单位: 奉节县云雾土家族乡人民政府' over '实施单位 云雾土家族乡'
    reads the unit as the form writes it. So is the department a department table's head line names ('部门:505_某州
    教育局', with its code) when the form names no 主管部门 of its own."""
    _settle(st, "filer_unit", "unit")
    if _settle(st, "filer_department", "department"):
        _settle(st, "filer_department_code", "department_code")
    else:
        _settle(st, "filer_department_code", None)


def _settle(st: "State", key: str, field: str | None) -> bool:
    """The filer's ``key`` taken out of the fields; put in ``field`` when that is empty (True then)."""
    if (filer := st.fields.pop(key, None)) is None:
        return False
    where, how = st.provenance.pop(key, ""), st.how.pop(key, st.method)
    if field is None or st.fields.get(field) not in (None, ""):
        return False
    st.fields[field], st.provenance[field], st.how[field] = filer, where, how
    return True


# amounts of the year: in parallel 中期 | 年度 columns the label is printed twice and the year's column is the later
OF_THE_YEAR = ("funding.current_year", "funding.other", "funding.carryover")


def to_wan(text: str, factor: float) -> float | None:
    t = normalize(text).replace(",", "").replace(" ", "")
    if not t:
        return None
    if SCI.fullmatch(t):                      # Excel's 1.17e+06 in a narrow cell
        return round(float(t) * factor, 6)
    if re.search(r"元|万|亿", t):
        return parse_amount_wan(t)
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", t):
        return None
    n = parse_number(t)
    return None if n is None else round(n * factor, 6)


def build_form(st: "State") -> Declaration:
    _settle_filer(st)
    f = dict(st.fields)
    data = {k: v for k, v in f.items() if not k.startswith(("funding.", "goals."))}
    data["funding"] = {k.split(".")[1]: v for k, v in f.items() if k.startswith("funding.")}
    data["goals"] = {k.split(".")[1]: v for k, v in f.items() if k.startswith("goals.")}
    data["budget_items"] = st.items
    data["indicators"] = st.indicators
    return Declaration.model_validate(data)


def _run_in_head(text: str) -> list[tuple[str, str]]:
    """The ways '某乡人民政府王五' splits into a unit ending as units do and a person's name of two to four characters
    run in after it (no space between): one way only is a reading; none or several is no reading."""
    text = text.strip()
    return [(text[:k], text[k:]) for k in range(2, len(text) - 1)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text[k:]) and _UNIT_NAME.search(_t2s(PINYIN.sub("", text[:k])))
            and fits_field("unit", text[:k]) and fits_field("unit_head", text[k:])]
