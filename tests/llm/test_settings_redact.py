"""Settings (env, .env, fallbacks, masked key, `jixiao config`), redaction, grounding and merging."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.errors import ConfigError
from assistant.llm.redact import Redactor, detect
from assistant.llm.settings import load_settings
from assistant.llm.support import support_check
from assistant.llm.tasks import merge_empty, sections_needed
from assistant.model import Declaration

KEY = "sk-live-abcdefghijklmnop9876"


def test_openai_variables_are_the_fallback(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("JIXIAO_LLM_MODEL", "qwen-plus")
    s = load_settings()
    assert (s.base_url, s.api_key.get_secret_value(), s.configured) == ("http://127.0.0.1:1/v1", KEY, True)
    monkeypatch.setenv("JIXIAO_LLM_BASE_URL", "http://127.0.0.1:2/v1")
    assert load_settings().base_url == "http://127.0.0.1:2/v1"


def test_env_file_is_read_from_jixiao_env_file(tmp_path, monkeypatch):
    env = tmp_path / "my.env"
    env.write_text(f"JIXIAO_LLM_MODEL=deepseek-chat\nJIXIAO_LLM_API_KEY={KEY}\nJIXIAO_LLM_CONCURRENCY=8\n",
                   encoding="utf-8")
    monkeypatch.setenv("JIXIAO_ENV_FILE", str(env))
    s = load_settings()
    assert (s.model, s.concurrency, s.configured) == ("deepseek-chat", 8, True)


def test_invalid_setting_is_a_config_error_naming_the_variable(monkeypatch):
    monkeypatch.setenv("JIXIAO_LLM_METHOD", "magic")
    with pytest.raises(ConfigError, match="JIXIAO_LLM_METHOD: Input should be 'auto'"):
        load_settings()


def test_config_shows_settings_with_the_key_masked(monkeypatch):
    monkeypatch.setenv("JIXIAO_LLM_MODEL", "glm-4-flash")
    monkeypatch.setenv("JIXIAO_LLM_API_KEY", KEY)
    res = CliRunner().invoke(cli, ["config"])
    assert res.exit_code == 0
    assert KEY not in res.output and "sk-…9876" in res.output
    assert "引擎：大模型 glm-4-flash（使用 --llm 时调用）" in res.output.splitlines()
    data = json.loads(CliRunner().invoke(cli, ["config", "--json"]).output)
    assert data["api_key"] == "sk-…9876" and data["configured"] is True


def test_config_says_in_one_line_that_the_offline_engine_is_used():
    res = CliRunner().invoke(cli, ["config"])
    lines = [l for l in res.output.splitlines() if l.startswith("引擎：")]
    assert lines == ["引擎：离线（未配置大模型，缺少 JIXIAO_LLM_MODEL、JIXIAO_LLM_BASE_URL 或 JIXIAO_LLM_API_KEY；设置后可用 --llm）"]


@pytest.mark.parametrize("text, kind", [
    ("手机 13912345678 联系", "PHONE"), ("手机 +86 139-1234-5678", "PHONE"), ("手机 1814730****", "PHONE"),
    ("座机 0473-3981234", "TEL"), ("电话（0471）6661234", "TEL"), ("电话：6661234", "TEL"),
    ("身份证 15030219800101123X", "ID"), ("信用代码 91150300MA0N1ABC2X", "USCC"),
    ("邮箱 li.jie@wuhai.gov.cn", "EMAIL"),
])
def test_personal_data_is_detected(text, kind):
    assert [d.kind for d in detect(text)] == [kind]


@pytest.mark.parametrize("text", ["资金240000元", "功能科目 2010308", "日期 20200101", "2020-01~2020-12",
                                  "4人*5000元*12个月=240000元", "乌人社函〔2019〕25号", "编码 433001"])
def test_amounts_codes_and_dates_are_not_masked(text):
    assert detect(text) == [] and Redactor().mask(text) == text


def test_masking_is_reversible_and_stable():
    r = Redactor(mask_names=True)
    text = "项目负责人：王小明 13912345678；再次：13912345678；邮箱 a@b.cn"
    masked = r.mask(text)
    assert masked == "项目负责人：[NAME_1] [PHONE_1]；再次：[PHONE_1]；邮箱 [EMAIL_1]"
    assert r.restore({"x": [masked]}) == {"x": [text]}
    assert Redactor().mask(text).startswith("项目负责人：王小明 [PHONE_1]")   # names only when asked


def test_numbers_not_in_the_source_are_dropped_and_reported():
    text = "资金总额240000元，聘用三十人，满意度90%以上，2020年1月至2020年12月"
    kept, dropped = support_check({
        "funding": {"total": 24, "other": 5},
        "indicators": [{"name": "聘用人数", "value": "=30人"}, {"name": "满意度", "value": "≥95%"}],
        "start": "2020-01", "end": "2021-12"}, text)
    assert kept == {"funding": {"total": 24}, "indicators": [{"name": "聘用人数", "value": "=30人"}],
                    "start": "2020-01"}
    assert [d.split("（")[0] for d in dropped] == ["大模型抽取的 funding.other", "大模型抽取的 indicators:满意度",
                                                  "大模型抽取的 end"]


def test_merge_fills_only_empty_fields():
    form = Declaration(project_name="原名称", funding={"total": 10})
    merged, filled = merge_empty(form, {"project_name": "模型名称", "unit": "某中心",
                                        "funding": {"total": 99, "current_year": 10},
                                        "goals": {"annual": ["完成4人"], "long_term": []}})
    assert (merged.project_name, merged.unit, merged.funding.total, merged.funding.current_year) == \
        ("原名称", "某中心", 10, 10)
    assert filled == ["unit", "funding.current_year", "goals.annual"]


def test_a_filled_form_needs_no_extraction(fixtures):
    gold = json.loads((fixtures / "corpus" / "dev11-000-hiring.json").read_text(encoding="utf-8"))["form"]
    form = Declaration.from_json(gold)
    assert "indicators" not in sections_needed(form) and "goals" not in sections_needed(form)
    assert sections_needed(Declaration()) == ["basic", "funding", "goals", "indicators"]


def test_llm_eval_says_it_was_skipped_without_a_model(capsys):
    from eval.llm_eval import main
    assert main([]) == 0
    assert capsys.readouterr().out.startswith("== 大模型评测：跳过（未配置大模型")


@pytest.mark.parametrize("in_file, in_env", [
    ("JIXIAO_LLM_BASE_URL=http://127.0.0.1:9/v1", {"JIXIAO_LLM_API_KEY": KEY}),
    ("OPENAI_BASE_URL=http://127.0.0.1:9/v1", {"OPENAI_API_KEY": KEY}),
    (f"JIXIAO_LLM_API_KEY={KEY}", {"JIXIAO_LLM_BASE_URL": "http://127.0.0.1:9/v1"}),
])
def test_url_and_key_from_different_sources_are_refused(tmp_path, monkeypatch, in_file, in_env):
    env = tmp_path / ".env"
    env.write_text(f"JIXIAO_LLM_MODEL=m\n{in_file}\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_ENV_FILE", str(env))
    for k, v in in_env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(ConfigError, match="两者来源不一致.*已拒绝调用大模型"):
        load_settings()


@pytest.mark.parametrize("in_file, in_env", [
    (f"JIXIAO_LLM_BASE_URL=http://127.0.0.1:9/v1\nJIXIAO_LLM_API_KEY={KEY}", {}),
    ("", {"JIXIAO_LLM_BASE_URL": "http://127.0.0.1:9/v1", "JIXIAO_LLM_API_KEY": KEY}),
    ("JIXIAO_LLM_BASE_URL=http://127.0.0.1:8/v1", {"JIXIAO_LLM_BASE_URL": "http://127.0.0.1:9/v1",
                                                  "JIXIAO_LLM_API_KEY": KEY}),   # the environment wins: one source
    ("JIXIAO_LLM_BASE_URL=http://127.0.0.1:9/v1", {}),                           # no key at all (a local vLLM)
])
def test_url_and_key_from_one_source_are_accepted(tmp_path, monkeypatch, in_file, in_env):
    env = tmp_path / ".env"
    env.write_text(f"JIXIAO_LLM_MODEL=m\n{in_file}\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_ENV_FILE", str(env))
    for k, v in in_env.items():
        monkeypatch.setenv(k, v)
    assert load_settings().base_url.endswith("/v1")


def test_check_llm_with_a_dotenv_url_and_an_environment_key_sends_nothing(tmp_path, monkeypatch, fake_openai, fixtures):
    monkeypatch.delenv("JIXIAO_LLM_BASE_URL")
    env = tmp_path / ".env"
    env.write_text(f"JIXIAO_LLM_BASE_URL={fake_openai.url}\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_ENV_FILE", str(env))
    r = CliRunner().invoke(cli, ["check", "--llm", str(fixtures / "seed-wuhai-2020.json")])
    assert "两者来源不一致" in r.stderr and "已拒绝调用大模型" in r.stderr
    assert fake_openai.requests == []
    offline = CliRunner().invoke(cli, ["check", str(fixtures / "seed-wuhai-2020.json")])
    assert r.stdout == offline.stdout and r.exit_code == offline.exit_code     # the rule review is still printed
