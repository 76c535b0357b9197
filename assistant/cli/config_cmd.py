"""jixiao config: show the LLM settings in force (the key masked) and whether the offline engine is used."""
from __future__ import annotations

import json

import click

from . import EXIT_ERROR, cli
from ..errors import ConfigError


def _price(value: float | None) -> str:
    return "（未设置，审核报告只显示 token 数）" if value is None else f"{value:g} 元/百万 tokens"


def config_lines(settings) -> list[str]:
    """Human lines for the settings; the key is masked, never shown."""
    s = settings
    lines = [
        f"JIXIAO_LLM_BASE_URL     {s.base_url or '（未设置，使用 OpenAI 默认地址）'}",
        f"JIXIAO_LLM_MODEL        {s.model or '（未设置）'}",
        f"JIXIAO_LLM_API_KEY      {s.masked_key()}",
        f"JIXIAO_LLM_TIMEOUT      {s.timeout:g} 秒",
        f"JIXIAO_LLM_MAX_RETRIES  {s.max_retries}",
        f"JIXIAO_LLM_CONCURRENCY  {s.concurrency}",
        f"JIXIAO_LLM_METHOD       {s.method}",
        f"JIXIAO_LLM_PRIVACY      {s.privacy}（{'遮盖后发送' if s.privacy == 'mask' else '只检测不遮盖'}）",
        f"JIXIAO_LLM_MASK_NAMES   {'是' if s.mask_names else '否'}",
        f"JIXIAO_LLM_PRICE_INPUT  {_price(s.price_input)}",
        f"JIXIAO_LLM_PRICE_OUTPUT {_price(s.price_output)}",
    ]
    if s.configured:
        lines.append(f"引擎：大模型 {s.model}（使用 --llm 时调用）")
    else:
        lines.append(f"引擎：离线（未配置大模型，缺少 {'、'.join(s.missing())}；设置后可用 --llm）")
    return lines


@cli.command("config")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（密钥已遮盖）。")
def config_cmd(as_json: bool) -> None:
    """显示正在生效的大模型配置（来自环境变量和 .env 文件，密钥已遮盖）。

    \b
    示例：JIXIAO_LLM_BASE_URL=https://api.deepseek.com/v1 JIXIAO_LLM_MODEL=deepseek-chat \\
          JIXIAO_LLM_API_KEY=sk-… jixiao config
    .env 文件位置可用环境变量 JIXIAO_ENV_FILE 指定（默认当前目录的 .env）。
    """
    from ..llm.settings import env_file, load_settings
    try:
        s = load_settings()
    except ConfigError as e:
        click.echo(str(e), err=True)
        raise SystemExit(EXIT_ERROR)
    if as_json:
        data = s.model_dump(mode="json")
        data["api_key"] = s.masked_key()
        data["configured"] = s.configured
        data["env_file"] = env_file()
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    for line in config_lines(s):
        click.echo(line)
