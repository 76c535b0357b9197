"""Prompts live in prompts/<name>.md: YAML front matter (name, version, response_model), then
``# system`` and ``# user`` sections. Variables are ``$name`` (string.Template); form text goes
in ``$data``, which every prompt that takes data wraps in its own clear delimiters.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
DATA_OPEN, DATA_CLOSE = "<<<DATA", "DATA>>>"
_SECTION = re.compile(r"^# (system|user)\s*$", re.M)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    response_model: str
    system: str
    user: str

    def render(self, variables: dict[str, object]) -> tuple[str, str]:
        """(system, user) with the variables substituted; a missing variable is a ConfigError."""
        try:
            return (string.Template(self.system).substitute(variables),
                    string.Template(self.user).substitute(variables))
        except KeyError as e:
            raise ConfigError(f"提示词 {self.name} 缺少变量 {e.args[0]}：请检查 prompts/{self.name}.md 或调用方。") from e


def neutralise(data: str) -> str:
    """Form text may not close the data block early or open a fake one."""
    return data.replace(DATA_OPEN, "<<< DATA").replace(DATA_CLOSE, "DATA >>>")


@lru_cache(maxsize=None)
def load_prompt(name: str, directory: str | None = None) -> Prompt:
    base = Path(directory) if directory else PROMPTS_DIR
    path = base / f"{name}.md"
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name) or not path.is_file():
        raise ConfigError(f"找不到提示词文件 prompts/{name}.md。")
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        raise ConfigError(f"提示词 prompts/{name}.md 缺少开头的 front matter（name、version、response_model）。")
    meta = yaml.safe_load(m.group(1)) or {}
    for key in ("name", "version", "response_model"):
        if key not in meta:
            raise ConfigError(f"提示词 prompts/{name}.md 的 front matter 缺少 {key}。")
    parts = _SECTION.split(m.group(2))
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    if "system" not in sections:
        raise ConfigError(f"提示词 prompts/{name}.md 缺少 “# system” 部分。")
    return Prompt(name=str(meta["name"]), version=str(meta["version"]), response_model=str(meta["response_model"]),
                  system=sections["system"], user=sections.get("user", ""))
