"""What the funding a text names can be checked against (issue 12). Pure functions over the read form and its text.

- A total named for the whole project or the medium term ('项目总预算 75.00' over 2019–2021, '中期市财政预算
  284500') is not the sum of one year's sources: 资金来源合计 is not checked against it (``span_total``).
- A form that names only the year's budget ('当年预算 229.66') and no total at all: the total is that budget
  (``only_year_budget``), as the budget-detail 合计 stands in for a missing total (grid.extract). A form that has a
  total label with nothing after it keeps its total empty: that is a field left blank.
"""
from __future__ import annotations

import re

from ..model import Declaration
from ..textnum import normalize

# labels of a total over the project's life or the medium term; 中期 says it spans years by itself
SPAN_LABEL = re.compile(r"(项目总预算|项目总投资|总投资|中期[省市县区]?(?:财政)?(?:预算(?:资金)?|资金总额))[（(]?(?:万?元)?[)）]?[\s|:：]*"
                        r"(-?\d[\d,]*(?:\.\d+)?)")
_TOTAL_WORDS = re.compile(r"资金总额|项目总金额|项目总预算|总金额|预算总额|项目总投资|总投资|资金合计|项目金额|年度本级预算金额|"
                          r"资金额度|预计投入|中期[省市县区]?(?:财政)?预算")


def _years(form: Declaration) -> set[str]:
    return {d[:4] for d in (form.start, form.end) if d and re.match(r"(?:19|20)\d\d", d)}


def span_total(form: Declaration, text: str) -> bool:
    """The total read is a whole-project or medium-term amount, larger than the year's sources it would be checked
    against, and the form spans years (its period, or the label itself: 中期)."""
    f = form.funding
    if f.total is None:
        return False
    parts = sum(x or 0 for x in (f.carryover, f.current_year, f.other))
    if not parts or f.total <= parts + 0.005:
        return False
    for m in SPAN_LABEL.finditer(normalize(text)):
        try:
            amount = float(m.group(2).replace(",", ""))
        except ValueError:
            continue
        if abs(amount - f.total) < 0.005 * max(1.0, f.total) and ("中期" in m.group(1) or len(_years(form)) > 1):
            return True
    return False


def only_year_budget(form: Declaration, text: str) -> bool:
    """No total read, no total label anywhere in the text, and the year's budget is the only source read."""
    f = form.funding
    return (f.total is None and f.current_year is not None and f.carryover is None and f.other is None
            and not _TOTAL_WORDS.search(re.sub(r"\s+", "", normalize(text))))
