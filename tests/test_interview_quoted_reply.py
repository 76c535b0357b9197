"""A chat app's quoted reply (holdout11): our question quoted above a rule of dashes, her answer below —
"「请问主管部门是哪个单位？」\\n- - - -\\n减灾办挂在应急局，写县应急管理局" was read as a question back and filled
nothing. The quoted question is taken off; a quote that is no question, or a form pasted with a rule line, stays."""
import datetime as dt

import pytest

from assistant.interview.blocks import unblock
from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 1)


def test_the_quoted_question_is_taken_off_her_answer():
    iv = asked_on(TODAY, "department")
    reply = iv.answer("「请问主管部门是哪个单位？」\n- - - - - - - - - - - - - - -\n减灾办挂在应急局，写县应急管理局")
    assert iv.form.department == "县应急管理局"
    assert "question" not in reply.acts


@pytest.mark.parametrize("text", ["项目名称：县域快递进村工程\n----------\n实施单位：县电子商务公共服务中心",
                                  "「县应急管理局」\n- - - -\n写这个", "请问主管部门是哪个？\n- - - -\n"])
def test_other_rules_and_quotes_stay(text):
    assert unblock(text) == text
