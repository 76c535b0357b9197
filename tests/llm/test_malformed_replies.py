"""Malformed model replies (HTTP 200 with a body that is not a usable completion): each is an LLMError
with a Chinese message that the circuit breaker counts — never a TypeError/AttributeError traceback."""
from __future__ import annotations

import pytest

from assistant.errors import LLMError
from assistant.llm.tasks import GoalsPart

TEXT = "年度目标：2020年聘用4人。"
GOOD_MESSAGE = {"role": "assistant", "content": '{"long_term": [], "annual": ["x"]}'}
HTML = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>网关错误</h1></body></html>"

MALFORMED = {
    "no_choices": dict(body={"id": "x", "object": "chat.completion", "model": "m"}),
    "choices_null": dict(body={"id": "x", "object": "chat.completion", "choices": None}),
    "choices_empty": dict(body={"id": "x", "object": "chat.completion", "choices": []}),
    "choices_a_string": dict(body={"id": "x", "object": "chat.completion", "choices": "oops"}),
    "message_missing": dict(body={"id": "x", "object": "chat.completion", "choices": [{"index": 0}]}),
    "content_a_number": dict(body={"id": "x", "object": "chat.completion",
                                   "choices": [{"index": 0, "message": {"role": "assistant", "content": 42}}]}),
    "content_null": dict(body={"id": "x", "object": "chat.completion",
                               "choices": [{"index": 0, "message": {"role": "assistant", "content": None}}]}),
    "a_json_list": dict(body=[1, 2, 3]),
    "html_error_page": dict(raw=HTML, content_type="text/html"),
    "html_as_json": dict(raw=HTML),
    "empty_body": dict(raw=""),
}


@pytest.mark.parametrize("kind", list(MALFORMED))
@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_malformed_reply_is_an_llm_error_the_breaker_counts(make_client, fake_openai, kind, method):
    for _ in range(6):
        fake_openai.reply(**MALFORMED[kind])
    client = make_client(method=method, breaker_threshold=2)
    for _ in range(2):
        with pytest.raises(LLMError) as e:
            client.structured("extract_goals", {}, GoalsPart, data=TEXT)
        assert "大模型" in str(e.value)
    assert client.broken, kind
    sent = len(fake_openai.requests)
    with pytest.raises(LLMError, match="已停止调用"):
        client.structured("extract_goals", {}, GoalsPart, data=TEXT)
    assert len(fake_openai.requests) == sent          # the open breaker sends nothing
    assert len(make_client.warnings) == 1


def test_a_good_reply_after_malformed_ones_still_works(make_client, fake_openai):
    fake_openai.reply(body={"id": "x", "choices": None})
    fake_openai.reply_json({"long_term": [], "annual": ["2020年聘用4人"]})
    client = make_client(method="json_schema", breaker_threshold=3)
    with pytest.raises(LLMError):
        client.structured("extract_goals", {}, GoalsPart, data=TEXT)
    assert client.structured("extract_goals", {}, GoalsPart, data=TEXT).annual == ["2020年聘用4人"]
    assert not client.broken


def test_a_usage_of_the_wrong_type_is_ignored_not_fatal(make_client, fake_openai):
    fake_openai.reply(body={"id": "x", "object": "chat.completion", "usage": "lots",
                            "choices": [{"index": 0, "message": GOOD_MESSAGE, "finish_reason": "stop"}]})
    client = make_client(method="json_mode")
    assert client.structured("extract_goals", {}, GoalsPart, data=TEXT).annual == ["x"]
    assert client.usage.calls == 1 and client.usage.prompt_tokens == 0


def test_the_message_names_what_was_wrong(make_client, fake_openai):
    fake_openai.reply(body={"error": {"message": "余额不足"}})
    with pytest.raises(LLMError, match="回答中没有 choices，服务端说：余额不足"):
        make_client(method="function_calling").structured("extract_goals", {}, GoalsPart, data=TEXT)
    fake_openai.reply(raw=HTML, content_type="text/html")
    with pytest.raises(LLMError, match="网页（HTML）"):
        make_client(method="function_calling").structured("extract_goals", {}, GoalsPart, data=TEXT)
