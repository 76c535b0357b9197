"""The one module that imports langchain: an OpenAI-compatible chat model with structured output.

``LLMClient.structured(prompt_name, variables, schema, data)`` renders prompts/<name>.md, masks
personal data, asks the model for JSON matching ``schema`` and returns a validated instance.
Method ``auto`` tries native json_schema, then a forced tool call, then JSON mode with the schema
written into the prompt (replies repaired with json-repair); invalid output is re-asked with the
validation error (bounded). What worked is remembered per endpoint (base_url + model).
Transport failures (timeout, 429, 5xx after the SDK's own backoff retries) count towards a
circuit breaker: after ``breaker_threshold`` consecutive failures every call fails fast; after
``breaker_cooldown`` seconds one trial call is let through (a success closes the breaker, a
failure keeps it open for another cooldown), so a long-running app recovers by itself.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

os.environ.setdefault("LANGSMITH_TRACING", "false")
os.environ.setdefault("LANGCHAIN_TRACING_V2", "false")

import json_repair  # noqa: E402
import openai  # noqa: E402
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage  # noqa: E402
from langchain_openai import ChatOpenAI  # noqa: E402
from pydantic import BaseModel, ValidationError  # noqa: E402

from ..errors import LLMError  # noqa: E402
from .prompts import load_prompt, neutralise  # noqa: E402
from .redact import Redactor, detect  # noqa: E402
from .schema import inline_schema, strict_schema  # noqa: E402
from .settings import METHODS, LLMSettings  # noqa: E402
from .usage import CallRecord, Usage  # noqa: E402

log = logging.getLogger("jixiao.llm")
# a malformed reply (content a number …) makes the SDK's own parsing warn on stderr; it becomes an LLMError instead
warnings.filterwarnings("ignore", message="Pydantic serializer warnings", category=UserWarning)
T = TypeVar("T", bound=BaseModel)

_MEMORY: dict[str, str] = {}            # endpoint -> method that last worked
_REJECTED: dict[str, set[str]] = {}     # endpoint -> methods the server refused (HTTP 400/422)
_MEMORY_LOCK = threading.Lock()


class _Unsupported(Exception):
    """The endpoint refused this structured-output method (HTTP 400/422)."""


class _BadOutput(Exception):
    """The reply could not be turned into a valid instance, even after re-asking."""


class _MalformedReply(ValueError):
    """HTTP 200, but the body is not a usable chat completion (no choices, wrong types, an HTML page)."""


class _Chat(ChatOpenAI):
    """ChatOpenAI that checks the reply's shape first and keeps ``reasoning_content`` (GLM, DeepSeek thinking)."""

    def _create_chat_result(self, response, generation_info=None):
        raw = _reply_dict(response)
        result = super()._create_chat_result(raw, generation_info)
        for gen, choice in zip(result.generations, raw["choices"]):
            reasoning = (choice.get("message") or {}).get("reasoning_content")
            if reasoning:
                gen.message.additional_kwargs["reasoning_content"] = reasoning
        return result


class LLMClient:
    def __init__(self, settings: LLMSettings, warn: Callable[[str], None] | None = None):
        self.settings = settings
        self.warn = warn or (lambda m: log.warning(m))
        self.usage = Usage()
        self.calls: list[CallRecord] = []
        self._sem = threading.BoundedSemaphore(settings.concurrency)
        self._lock = threading.Lock()
        self._failures = 0
        self._open_reason = ""
        self._opened_at = 0.0
        self._clock = time.monotonic
        extra = {"max_tokens": settings.max_tokens} if settings.max_tokens else None
        self._chat = _Chat(model=settings.model, base_url=settings.base_url or None,
                           api_key=settings.api_key.get_secret_value() or "EMPTY",
                           timeout=settings.timeout, max_retries=settings.max_retries,
                           temperature=0, extra_body=extra)

    # --- public -----------------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        return self.settings.endpoint

    @property
    def broken(self) -> bool:
        """Open and still cooling down (after the cooldown one trial call may go through)."""
        if not self._open_reason:
            return False
        cooldown = self.settings.breaker_cooldown
        return not cooldown or self._clock() - self._opened_at < cooldown

    @property
    def open_reason(self) -> str:
        """The breaker's one warning once it has opened, else ''."""
        return self._open_reason

    def structured(self, prompt_name: str, variables: dict[str, Any], schema: type[T],
                   data: str | None = None, usage: Usage | None = None) -> T:
        """Ask the model with prompts/<prompt_name>.md and return a validated ``schema`` instance.

        ``variables`` fill ``$name`` slots; ``data`` (form text) fills ``$data`` inside the prompt's
        delimiters and is treated as data, never as instructions. Personal data in variables and
        data is masked before sending and restored in the answer. ``usage``, when given, also
        receives this call's tokens and latency (the client's own ``usage`` always does).
        Raises ``LLMError`` (Chinese message) when the model cannot be reached or its output
        stays invalid; the caller keeps its offline results.
        """
        if self.broken:
            raise LLMError(self._open_reason)
        prompt = load_prompt(prompt_name)
        redactor = Redactor(mask_names=self.settings.mask_names)
        values = dict(variables)
        if data is not None:
            values["data"] = neutralise(data)
        values = self._protect(prompt_name, values, redactor)
        system, user = prompt.render(values)
        record = CallRecord(prompt=prompt.name, version=prompt.version, endpoint=self.endpoint)
        try:
            obj = self._run(system, user, schema, redactor, record)
        except LLMError as e:
            record.ok, record.error = False, str(e)
            self._finish(record, usage)
            self._failed(e)
            raise
        record.ok = True
        self._finish(record, usage)
        with self._lock:
            self._failures, self._open_reason = 0, ""
        return obj

    def map(self, fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
        """Run ``fn`` over items with JIXIAO_LLM_CONCURRENCY workers; results in order."""
        if self.settings.concurrency <= 1 or len(items) <= 1:
            return [fn(x) for x in items]
        with ThreadPoolExecutor(max_workers=self.settings.concurrency) as pool:
            return list(pool.map(fn, items))

    # --- the method ladder --------------------------------------------------------------
    def _methods(self) -> list[str]:
        if self.settings.method != "auto":
            return [self.settings.method]
        with _MEMORY_LOCK:
            worked = _MEMORY.get(self.endpoint)
            rejected = _REJECTED.get(self.endpoint, set())
        order = [m for m in METHODS if m not in rejected] or ["json_mode"]
        if worked in order:
            order = order[order.index(worked):]
        return order

    def _run(self, system: str, user: str, schema: type[T], redactor: Redactor, record: CallRecord) -> T:
        problems = []
        for method in self._methods():
            record.method = method
            try:
                obj = self._attempt(method, system, user, schema, redactor, record)
            except _Unsupported as e:
                with _MEMORY_LOCK:
                    _REJECTED.setdefault(self.endpoint, set()).add(method)
                problems.append(f"{method}：接口不支持（{e}）")
                continue
            except _BadOutput as e:
                problems.append(f"{method}：{e}")
                continue
            with _MEMORY_LOCK:
                _MEMORY[self.endpoint] = method
            return obj
        raise LLMError(f"大模型 {self.settings.model} 没有给出符合格式的回答（{'；'.join(problems)}）。"
                       "可换用更强的模型，或设置 JIXIAO_LLM_METHOD 指定结构化输出方式。")

    def _attempt(self, method: str, system: str, user: str, schema: type[T], redactor: Redactor,
                 record: CallRecord) -> T:
        if method == "json_mode":
            hint = load_prompt("_json_mode").render(
                {"schema": json.dumps(inline_schema(schema), ensure_ascii=False, separators=(",", ":"))})[0]
            system = f"{system}\n\n{hint}"
        messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(user)]
        reasks, blanks = 0, 0
        while True:
            msg = self._invoke(method, messages, schema, record)
            raw, payload = _payload(method, msg)
            if payload is None and not raw.strip():
                blanks += 1                    # DeepSeek JSON mode may answer blank: ask again, once, as is
                if blanks > 1:
                    raise _BadOutput("回答为空")
                continue
            try:
                if not isinstance(payload, dict):
                    raise ValueError("回答不是一个 JSON 对象")
                return schema.model_validate(redactor.restore(payload))
            except (ValidationError, ValueError) as e:
                error = _explain(e)
            if reasks >= self.settings.max_reasks:
                raise _BadOutput(error)
            reasks += 1
            record.reasks += 1
            reask = load_prompt("_reask").render({"error": error})[0]
            messages = messages + [AIMessage(raw), HumanMessage(reask)]

    def _invoke(self, method: str, messages: list[BaseMessage], schema: type[BaseModel],
                record: CallRecord) -> AIMessage:
        name = schema.__name__
        if method == "json_schema":
            runnable = self._chat.bind(response_format={
                "type": "json_schema", "json_schema": {"name": name, "schema": strict_schema(schema), "strict": True}})
        elif method == "function_calling":
            tool = {"type": "function", "function": {"name": name, "description": (schema.__doc__ or name).strip(),
                                                     "parameters": inline_schema(schema)}}
            runnable = self._chat.bind_tools([tool], tool_choice=name)
        else:
            runnable = self._chat.bind(response_format={"type": "json_object"})
        log.debug("request %s v%s method=%s messages=%s", record.prompt, record.version, method,
                  [m.content for m in messages])
        t0 = time.perf_counter()
        try:
            with self._sem:
                msg = runnable.invoke(messages)
        except (openai.BadRequestError, openai.UnprocessableEntityError) as e:
            record.add_http(time.perf_counter() - t0, None)
            raise _Unsupported(f"HTTP {e.status_code}") from e
        except openai.APIError as e:
            record.add_http(time.perf_counter() - t0, None)
            raise LLMError(self._transport_message(e)) from e
        except ValidationError as e:  # the reply itself could not be read (e.g. tool arguments not an object)
            record.add_http(time.perf_counter() - t0, None)
            raise _BadOutput(f"回答无法解析（{_explain(e)}）") from e
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as e:  # a body that is no completion
            record.add_http(time.perf_counter() - t0, None)
            why = str(e) if isinstance(e, _MalformedReply) else f"{type(e).__name__}：{str(e)[:120]}"
            raise LLMError(f"大模型接口 {self.settings.base_url or '默认接口'} 的回答不是 OpenAI 格式（{why}）。"
                           "请检查 JIXIAO_LLM_BASE_URL 是否以 /v1 结尾、接口是否兼容 OpenAI。") from e
        record.add_http(time.perf_counter() - t0, msg.usage_metadata)
        log.info("llm %s v%s method=%s tokens=%s/%s %.2fs", record.prompt, record.version, method,
                 (msg.usage_metadata or {}).get("input_tokens"), (msg.usage_metadata or {}).get("output_tokens"),
                 time.perf_counter() - t0)
        return msg

    # --- errors, breaker, privacy --------------------------------------------------------
    def _transport_message(self, e: openai.APIError) -> str:
        s = self.settings
        where = f"（{s.model} @ {s.base_url or '默认接口'}）"
        if isinstance(e, openai.APITimeoutError):
            return f"大模型在 {s.timeout:g} 秒内没有回答{where}。请稍后重试，或调大 JIXIAO_LLM_TIMEOUT。"
        if isinstance(e, openai.APIConnectionError):
            return f"无法连接大模型接口{where}。请检查 JIXIAO_LLM_BASE_URL 和网络。"
        if isinstance(e, openai.RateLimitError):
            return (f"大模型接口限流（HTTP 429），重试 {s.max_retries} 次后仍失败{where}。"
                    "请稍后重试，或调低 JIXIAO_LLM_CONCURRENCY。")
        if isinstance(e, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return f"大模型接口拒绝了密钥（HTTP {e.status_code}）{where}。请检查 JIXIAO_LLM_API_KEY。"
        if isinstance(e, openai.NotFoundError):
            return f"大模型接口找不到模型或地址（HTTP 404）{where}。请检查 JIXIAO_LLM_MODEL 和 JIXIAO_LLM_BASE_URL。"
        code = getattr(e, "status_code", "")
        return f"大模型服务出错（HTTP {code}），重试 {s.max_retries} 次后仍失败{where}。请稍后重试。"

    def _failed(self, e: LLMError) -> None:
        with self._lock:
            self._failures += 1
            if self._open_reason:          # the trial call after a cooldown failed: another cooldown
                self._opened_at = self._clock()
                return
            if self._failures < self.settings.breaker_threshold:
                return
            self._opened_at = self._clock()
            self._open_reason = (f"大模型接口连续 {self._failures} 次调用失败，已停止调用；"
                                 f"其余文件只做离线审核（规则检查结果不受影响）。最后一次错误：{e}")
        self.warn(self._open_reason)

    def _protect(self, prompt_name: str, values: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
        if self.settings.privacy == "detect":
            found = [d for v in values.values() if isinstance(v, str) for d in detect(v, self.settings.mask_names)]
            if found:
                listed = "、".join(f"{d.label} {d.shown()}" for d in found[:10])
                log.warning("隐私检测（未遮盖，JIXIAO_LLM_PRIVACY=detect）%s：%s", prompt_name, listed)
            return values
        return {k: redactor.mask(v) if isinstance(v, str) else v for k, v in values.items()}

    def _finish(self, record: CallRecord, usage: Usage | None) -> None:
        self.usage.add(record)
        if usage is not None and usage is not self.usage:
            usage.add(record)
        with self._lock:
            self.calls.append(record)
            del self.calls[:-1000]


def get_client(warn: Callable[[str], None] | None = None) -> LLMClient | None:
    """A client for the configured model, or None when no model is configured (offline)."""
    from .settings import load_settings
    settings = load_settings()
    return LLMClient(settings, warn=warn) if settings.configured else None


def _reply_dict(response: Any) -> dict[str, Any]:
    """The reply as a dict with a non-empty list of choices, each with a message whose content is text;
    raises ``_MalformedReply`` (Chinese) otherwise. A ``usage`` of the wrong type is dropped, not fatal."""
    if hasattr(response, "model_dump"):
        try:
            response = response.model_dump(warnings=False)
        except Exception as e:  # noqa: BLE001 – the SDK's unvalidated object may not even dump
            raise _MalformedReply(f"回答无法解析：{type(e).__name__}") from e
    if not isinstance(response, dict):
        kind = "网页（HTML），可能是代理或网关的错误页" if "<html" in str(response)[:500].lower() else "JSON 对象"
        raise _MalformedReply(f"回答不是{kind}" if kind != "JSON 对象" else "回答不是 JSON 对象")
    choices = response.get("choices")
    if not isinstance(choices, list) or not choices:
        error = response.get("error")
        said = error.get("message") if isinstance(error, dict) else error
        raise _MalformedReply("回答中没有 choices" + (f"，服务端说：{str(said)[:200]}" if said else ""))
    for c in choices:
        message = c.get("message") if isinstance(c, dict) else None
        if not isinstance(message, dict):
            raise _MalformedReply("choices 中没有 message")
        if not isinstance(message.get("content"), (str, list, type(None))):
            raise _MalformedReply(f"message.content 的类型是 {type(message.get('content')).__name__}，不是文本")
        if not isinstance(message.get("tool_calls"), (list, type(None))):
            raise _MalformedReply("message.tool_calls 不是列表")
    if not isinstance(response.get("usage"), (dict, type(None))):
        response = {**response, "usage": None}
    return response


def _payload(method: str, msg: AIMessage) -> tuple[str, Any]:
    """(raw text, parsed JSON or None) from a reply, by method."""
    if method == "function_calling":
        if msg.tool_calls:
            args = msg.tool_calls[0]["args"]
            return json.dumps(args, ensure_ascii=False), args
        if msg.invalid_tool_calls:
            raw = msg.invalid_tool_calls[0].get("args") or ""
            return raw, _parse_json(raw)
    text = msg.content if isinstance(msg.content, str) else "".join(
        p.get("text", "") for p in msg.content if isinstance(p, dict))
    if not text.strip():
        text = msg.additional_kwargs.get("reasoning_content") or ""   # GLM: content empty, text here
    return text, _parse_json(text) if text.strip() else None


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    start = text.find("{")
    if start < 0:
        return None
    repaired = json_repair.loads(text[start:])
    return repaired if isinstance(repaired, dict) and repaired else None


def _explain(e: Exception) -> str:
    """Validation errors as `field: message` lines, without echoing the (possibly personal) input."""
    if isinstance(e, ValidationError):
        lines = [f"{'.'.join(str(p) for p in err['loc']) or '(根)'}: {err['msg']}" for err in e.errors()[:6]]
        return "；".join(lines)
    return str(e)
