"""Errors the core raises; only the CLI and the app turn them into messages for people."""
from __future__ import annotations


class JixiaoError(Exception):
    """Base of every error jixiao reports to a user (messages in Chinese)."""


class ReadError(JixiaoError):
    """A file could not be read: names the file and the reason."""

    def __init__(self, file: str, reason: str):
        self.file, self.reason = file, reason
        super().__init__(f"无法读取 {file}：{reason}")


class ConfigError(JixiaoError):
    pass


class LLMError(JixiaoError):
    pass


class StoreError(JixiaoError):
    """The draft store cannot be used as it is (locked, read-only, full, unreachable): names it and the reason."""
