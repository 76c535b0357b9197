"""Bulk review for finance-bureau reviewers: ``run_batch`` over files, folders and zips.

batch (scheduling, parallel imports, cache use), sources (files/folders/zips), worker (one
file in a worker process), cache (SQLite), opinion (grade + 审核意见), summary (totals),
report_xlsx / report_html (streamed reports).
"""
from .batch import Progress, default_jobs, run_batch
from .summary import BatchSummary

__all__ = ["BatchSummary", "Progress", "default_jobs", "run_batch"]
