"""Goals: annual and long-term goals present and measurable."""
from __future__ import annotations

from ..recache import compile as recompile
from ..formdata import PlainDeclaration as Declaration
from . import Context, finding, rule

_HAS_QUANTITY = recompile(r"[0-9０-９]|百分之")


@rule("goal_annual_missing", "error", title="缺少年度目标")
def goal_annual_missing(form: Declaration, ctx: Context):
    """未填写年度绩效目标。

    Why: 88号文：绩效目标是预算安排的前置条件，年度目标须说明年内的产出和效果。
    Bad:  年度目标 "目标1：目标2：⋯⋯"（模板占位）
    Good: 年度目标 "2024年聘用4名工作人员，信访事项按期办结率达到95%以上"
    """
    if not form.goals.annual:
        yield finding("goal_annual_missing", "goals.annual", "年度绩效目标为空（或只有模板占位文字）。",
                      "请写明本年度要完成的产出（数量、质量、时限）和预期效果，删除“目标1：⋯⋯”等占位内容。")


@rule("goal_long_term_missing", "warning", title="缺少中长期目标")
def goal_long_term_missing(form: Declaration, ctx: Context):
    """未填写中长期目标。

    Why: 88号文：跨年度项目应设置中长期绩效目标，年度目标与之衔接。
    Bad:  中长期目标（20××年——20××年） 空白
    Good: "到2027年，信访事项按期办结率保持在95%以上"
    """
    if not form.goals.long_term:
        yield finding("goal_long_term_missing", "goals.long_term", "中长期目标为空。",
                      "请填写项目实施期内的总体目标（如三年内要达到的产出和效果）；一次性项目可写明与年度目标一致的总体目标。")


@rule("goal_vague", "warning", kind="heuristic", title="年度目标不可衡量")
def goal_vague(form: Declaration, ctx: Context):
    """年度目标没有数量、比率或时间，无法衡量。

    Why: 88号文"细化量化"：目标应具体、可衡量，写明数量、质量和时限。
    Bad:  "进一步提升工作水平，有效保障各项工作顺利开展"
    Good: "2024年完成4期培训，培训200人次，考核合格率达到90%以上"
    """
    for i, goal in enumerate(form.goals.annual):
        if not _HAS_QUANTITY.search(goal):
            yield finding("goal_vague", f"goals.annual[{i}]",
                          f"年度目标「{goal[:40]}」没有写明数量、比率或完成时间，无法衡量。",
                          "请改写为“在什么时间前，完成多少（数量），达到什么标准（质量/比率），惠及谁”的表述。")
