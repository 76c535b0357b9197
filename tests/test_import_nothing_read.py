"""A file in which no field of a 申报表 is read: no 22 missing-field warnings graded 差 as if it were a form.

A text named .pdf or .docx ("garbage"), or a text with no word of a form, is 无法读取 with the reason; a text
that speaks of a form but yields nothing stays readable, with a warning that the missing-field lines only say
nothing was read.
"""
import pytest

from assistant.errors import JixiaoError
from assistant.importers import read_bytes


@pytest.mark.parametrize("name,data,said", [
    ("申报表.pdf", b"garbage\n", "文件名是 .pdf，内容却是文本"),
    ("申报表.docx", "你好".encode(), "文件名是 .docx，内容却是文本"),
    ("notes.txt", "今天天气不错，下午开会。".encode(), "没有读到申报表的任何内容"),
])
def test_no_form_at_all_is_unreadable(name, data, said):
    with pytest.raises(JixiaoError) as e:
        read_bytes(data, name)
    assert said in str(e.value) and name in str(e.value)


@pytest.mark.parametrize("text", ["本报告是2023年水利发展资金项目自评报告，项目按计划推进。",
                                  "績效自評報告：本年度工作開展順利。"])
def test_a_text_about_a_form_with_nothing_read_says_so(text):
    r = read_bytes(text.encode(), "报告.txt")
    assert any("没有读到任何栏目的内容" in w for w in r.warnings)


def test_a_form_read_has_no_such_warning():
    r = read_bytes("项目名称：雾炮车降尘抑尘服务\n项目资金总额：250万元\n".encode(), "a.txt")
    assert r.form.project_name == "雾炮车降尘抑尘服务"
    assert not any("没有读到任何栏目" in w for w in r.warnings)
