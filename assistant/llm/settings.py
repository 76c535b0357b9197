"""LLM settings (JIXIAO_LLM_*), read from the environment and a `.env` file.

The `.env` path is `.env` in the working directory unless JIXIAO_ENV_FILE names
another (tests point it at a file that does not exist). OPENAI_BASE_URL and
OPENAI_API_KEY are accepted as fallbacks for the JIXIAO_ names.
"""
from __future__ import annotations

import os
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from ..errors import ConfigError

Method = Literal["auto", "json_schema", "function_calling", "json_mode"]
METHODS: tuple[str, ...] = ("json_schema", "function_calling", "json_mode")


class LLMSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JIXIAO_LLM_", extra="ignore", env_file_encoding="utf-8",
                                      populate_by_name=True)

    base_url: str = Field("", validation_alias=AliasChoices("JIXIAO_LLM_BASE_URL", "OPENAI_BASE_URL"),
                          description="OpenAI 兼容接口地址，如 https://api.deepseek.com/v1")
    model: str = Field("", description="模型名称，如 deepseek-chat、qwen-plus、glm-4-flash")
    api_key: SecretStr = Field(SecretStr(""), validation_alias=AliasChoices("JIXIAO_LLM_API_KEY", "OPENAI_API_KEY"),
                               description="接口密钥（从不显示、从不写入日志）")
    timeout: float = Field(60.0, gt=0, description="每次调用的超时（秒）")
    max_retries: int = Field(2, ge=0, le=10, description="429/5xx/超时的自动重试次数（指数退避）")
    concurrency: int = Field(4, ge=1, le=64, description="同时进行的调用数")
    method: Method = Field("auto", description="结构化输出方式：auto | json_schema | function_calling | json_mode")
    mask_names: bool = Field(False, description="发送前同时遮盖人名（负责人、填报人等）")
    privacy: Literal["mask", "detect"] = Field("mask", description="mask 遮盖后发送；detect 只列出将被遮盖的内容")
    breaker_threshold: int = Field(3, ge=1, description="连续失败多少次后停止调用（熔断）")
    breaker_cooldown: float = Field(300.0, ge=0, description="熔断后多少秒再试一次（0 表示本进程内不再调用）")
    max_reasks: int = Field(1, ge=0, le=3, description="输出不合格时带着错误重问的次数")
    max_tokens: int | None = Field(None, ge=1, description="单次回答的最大 token 数（不设则由服务端决定）")
    price_input: float | None = Field(None, ge=0, description="输入 token 单价（元/百万 tokens），设置后审核报告显示费用")
    price_output: float | None = Field(None, ge=0, description="输出 token 单价（元/百万 tokens），设置后审核报告显示费用")

    def cost(self, prompt_tokens: float, completion_tokens: float) -> float | None:
        """The price in 元 of that many tokens, or None when no price is configured."""
        if self.price_input is None and self.price_output is None:
            return None
        return (prompt_tokens * (self.price_input or 0) + completion_tokens * (self.price_output or 0)) / 1_000_000

    @property
    def endpoint(self) -> str:
        return f"{self.base_url or 'https://api.openai.com/v1'}#{self.model}"

    @property
    def configured(self) -> bool:
        """A model name plus somewhere to send it (a base URL, or a key for the default endpoint)."""
        return bool(self.model and (self.base_url or self.api_key.get_secret_value()))

    def missing(self) -> list[str]:
        out = []
        if not self.model:
            out.append("JIXIAO_LLM_MODEL")
        if not (self.base_url or self.api_key.get_secret_value()):
            out.append("JIXIAO_LLM_BASE_URL 或 JIXIAO_LLM_API_KEY")
        return out

    def masked_key(self) -> str:
        return mask_secret(self.api_key.get_secret_value())


def mask_secret(key: str) -> str:
    """'sk-abcdef123456' → 'sk-…3456'; short keys show nothing of themselves."""
    if not key:
        return "（未设置）"
    if len(key) < 12:
        return "****"
    return f"{key[:3]}…{key[-4:]}"


def env_file() -> str:
    return os.environ.get("JIXIAO_ENV_FILE", ".env")


URL_NAMES = ("JIXIAO_LLM_BASE_URL", "OPENAI_BASE_URL")
KEY_NAMES = ("JIXIAO_LLM_API_KEY", "OPENAI_API_KEY")


def _source(names: tuple[str, ...], dotenv: dict[str, str | None]) -> str:
    """Where the setting in force comes from: "环境变量" (it wins), "env" (the .env file) or "" (unset)."""
    environ = {k.upper() for k, v in os.environ.items() if v}
    if any(n in environ for n in names):
        return "环境变量"
    return "env" if any(dotenv.get(n) for n in names) else ""


def check_sources() -> None:
    """The endpoint and the key must come from the same place: a .env file in the working directory that
    sets the URL while the key comes from the environment would send the key (and the forms) there."""
    path = env_file()
    if not os.path.isfile(path):
        return
    from dotenv import dotenv_values
    dotenv = {k.upper(): v for k, v in dotenv_values(path, encoding="utf-8").items()}
    url, key = _source(URL_NAMES, dotenv), _source(KEY_NAMES, dotenv)
    if url and key and url != key:
        where = {"环境变量": "环境变量", "env": f"文件 {os.path.abspath(path)}"}
        raise ConfigError(f"大模型接口地址来自{where[url]}，密钥却来自{where[key]}：两者来源不一致，"
                          "为防止密钥和申报表内容被发往别处，已拒绝调用大模型。请把 JIXIAO_LLM_BASE_URL 与 "
                          "JIXIAO_LLM_API_KEY 设在同一处（都用环境变量，或都写在 .env 中）。")


def load_settings(**overrides) -> LLMSettings:
    """The settings in force (environment over .env over defaults); raises ConfigError with `field: message` lines,
    or when the endpoint and the key come from different places (``check_sources``)."""
    check_sources()
    try:
        return LLMSettings(_env_file=env_file(), **overrides)
    except ValidationError as e:
        lines = [f"JIXIAO_LLM_{str(err['loc'][0]).upper() if err['loc'] else ''}: {err['msg']}" for err in e.errors()]
        raise ConfigError("大模型配置有误：\n" + "\n".join(lines)) from e
