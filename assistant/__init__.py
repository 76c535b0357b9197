"""jixiao — 项目支出绩效目标申报表 drafting and review assistant."""
__version__ = "0.1.0"
