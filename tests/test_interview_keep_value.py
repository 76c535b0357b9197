"""'确认' to a finding's value question ("…请写出…正确的指标值…说“跳过”保留原样") keeps her value.

Before, '确认' there was met by "这一项还没有可以确认的内容" twice, and then "「指标「…」」先放一放" (quotes doubled).
"""
import datetime as dt

from assistant.interview.engine import Interview


def _to_value_question() -> Interview:
    iv = Interview(today=dt.date(2026, 12, 2))
    iv.opening()
    for f, m in [("project_name", "基本公共卫生服务补助"), ("indicators.效益指标", "居民健康素养水平提高")]:
        iv.ask(f)
        iv.answer(m)
    for _ in range(120):
        q = iv.next_question()
        assert q is not None, "the unmeasurable value was never asked about"
        if q.field.startswith("indicators:"):
            return iv
        iv.answer("跳过")
    raise AssertionError("no value question")


def test_yes_keeps_the_value_and_moves_on():
    iv = _to_value_question()
    field = iv.next_question().field
    r = iv.answer("确认")
    assert any("保持不变" in line for line in r.lines())
    assert not any("没有可以确认" in line for line in r.lines())
    assert [i.value for i in iv.form.indicators if i.name == "居民健康素养水平"] == ["提高"]
    assert iv.next_question() is None or iv.next_question().field != field


def test_set_aside_notice_quotes_once():
    iv = _to_value_question()
    lines = []
    for _ in range(3):
        lines += iv.answer("嗯嗯嗯").lines()
    assert any("先放一放" in line for line in lines)
    assert not any("「指标「" in line for line in lines)
