"""jixiao — 项目支出绩效目标申报表 drafting and review assistant."""
import os

__version__ = "0.1.0"

# jixiao uses no pydantic plugin; without this, the first model class scans the entry points of every
# installed distribution for one (about 70 ms CPU of every command's start). Set it yourself to load some.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
