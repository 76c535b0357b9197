"""Talk before the asked field's own label is no part of her text (holdout10/11): "你好，我是小何，接着填。依据是《…》"
stored "我是小何，接着填，依据是《全国双拥模范城，县，考评标准》" as 立项依据; "我又回来了 必要性：…" kept "我又回来了".
Now her text begins at its own label when every clause before it is talk of hers (我/你, a greeting, "接着填"),
and a title in 《》 keeps its brackets. Words of the project before the label stay her text."""
import datetime as dt

import pytest

from assistant.interview.apply import get
from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 3)


@pytest.mark.parametrize("field, says, want, lacks", [
    ("basis", "你好，我是小何，接着填。依据是《全国双拥模范城（县）考评标准》", "《全国双拥模范城（县）考评标准》", "小何"),
    ("necessity", "我又回来了 必要性：老人在家跌倒的太多，独居的摔了都没人知道", "老人在家跌倒的太多", "回来"),
    ("basis", "您好，我接着填哈。依据是《关于加快农村寄递物流体系建设的意见》", "农村寄递物流体系建设", "接着"),
])
def test_her_text_begins_at_its_own_label_after_talk(field, says, want, lacks):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    got = get(iv.form, field) or ""
    assert want in got and lacks not in got, got
    assert "chatter" in reply.acts and "answer" in reply.acts


@pytest.mark.parametrize("field, says, keep", [
    ("basis", "省退役军人事务厅的通知，文号是省退役军人厅发〔2025〕52号", "省退役军人事务厅的通知"),
    ("necessity", "村民取个快递要跑十几公里，必要性很明显", "村民取个快递"),
])
def test_words_of_the_project_before_the_label_stay(field, says, keep):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert keep in (get(iv.form, field) or "")
