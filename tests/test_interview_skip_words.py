"""A field left for later said with its label or a placeholder word (holdout11): "必要性=待补", "满意度=不填",
"这个先跳过去" were not understood. The label and "：/=" around a skip word are no value: it is a skip, nothing is
stored; a label with a real value is still an answer."""
import datetime as dt

import pytest

from assistant.interview.apply import get
from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize("field, says", [("necessity", "必要性=待补"), ("necessity", "必要性：待定"), ("basis", "这个先跳过去"),
                                         ("indicators.满意度指标", "满意度=不填"), ("overview", "待补")])
def test_a_skip_said_with_a_label_or_a_placeholder_is_a_skip(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert reply.acts == ["skip"]
    assert not reply.changed
    if not field.startswith("indicators"):
        assert get(iv.form, field) in (None, "")
    else:
        assert iv.form.indicators == []


def test_a_label_with_a_value_is_still_an_answer():
    iv = asked_on(TODAY, "department")
    reply = iv.answer("主管部门：县水利局")
    assert iv.form.department == "县水利局" and "skip" not in reply.acts
