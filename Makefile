# jixiao — two commands do all set-up: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export GRADIO_ANALYTICS_ENABLED=False
export HF_HUB_DISABLE_TELEMETRY=1
export HF_HUB_OFFLINE=1
export LANGSMITH_TRACING=false
export LANGCHAIN_TRACING_V2=false

.PHONY: run test bench eval sysdeps clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "需要 Python 3.11（未找到 $(PY)）"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian packages the tests need: headless chromium for browser tests, CJK fonts for screenshots,
# postgresql for the PostgreSQL draft-store tests (they start their own throw-away server),
# LibreOffice (Writer, Calc) for reading .doc/.wps/.et.
SYSDEPS := chromium fonts-wqy-zenhei poppler-utils postgresql libreoffice-writer-nogui libreoffice-calc-nogui
sysdeps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ] || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 \
	    || [ ! -x /usr/bin/soffice ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSDEPS) >/dev/null; } \
	      || echo "警告：Debian 软件包安装失败，浏览器测试、PostgreSQL 测试和 .doc 转换测试将跳过。"; \
	  else echo "请以 root 运行一次：apt-get install $(SYSDEPS)（浏览器测试、PostgreSQL 测试和 .doc 转换需要）"; fi; \
	fi

run: $(STAMP)
	$(BIN)/python app.py

test: $(STAMP) sysdeps
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m eval.bench

eval: $(STAMP)
	$(BIN)/python -m eval.run

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
