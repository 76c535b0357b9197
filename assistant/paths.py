"""Where jixiao keeps its data (drafts, review cache): one place for every module."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """``JIXIAO_DATA_DIR``, else ~/.local/share/jixiao, else ./data when the home folder is not writable."""
    env = os.environ.get("JIXIAO_DATA_DIR")
    if env:
        return Path(env)
    home = Path.home() / ".local" / "share" / "jixiao"
    try:
        home.mkdir(parents=True, exist_ok=True)
        return home
    except OSError:
        return Path("data")
