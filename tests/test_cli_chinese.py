"""The command line speaks Chinese in click's own words too: usage, headings, help and version options, errors."""
import re

import pytest
from click.testing import CliRunner

from assistant.cli import cli

ENGLISH = re.compile(r"Usage:|Options:|Commands:|Show this message|Show the version|Error:|No such|Try '|\[OPTIONS\]")


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["draft", "--help"], ["review", "--help"],
                                  ["convert", "--help"], ["users", "--help"]])
def test_help_has_no_english_of_click(args):
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert not ENGLISH.search(r.output), ENGLISH.search(r.output)
    assert "用法：" in r.output and "显示本帮助并退出" in r.output


@pytest.mark.parametrize("args, says", [(["chek"], "没有命令"), (["check", "--bogus"], "没有选项"),
                                        (["check", "--jobs"], "")])
def test_errors_are_in_chinese(args, says):
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2
    assert "错误：" in r.output and says in r.output and not ENGLISH.search(r.output)


def test_version():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and "版本" in r.output
