"""Template scaffolding ('目标1：目标2：⋯⋯', '20××年') is read as empty; any real content is kept."""
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.textnum import is_placeholder, normalize

TOKENS = ["目标1：", "目标二、", "⋯⋯", "……", "...", "20××年", "xx", "（20××年-20××年）", "、", "；", " ", "/", "—"]
CONTENT = ["甲", "培训", "95%", "人", "5", "完成"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6))
def test_scaffolding_alone_is_a_placeholder(parts):
    assert is_placeholder("".join(parts))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TOKENS), max_size=6), st.sampled_from(CONTENT), st.integers(0, 6))
def test_scaffolding_with_content_is_not(parts, word, at):
    parts.insert(min(at, len(parts)), word)
    text = "".join(parts)
    assert not is_placeholder(text)


def test_fullwidth_is_folded_and_plain_text_kept():
    assert normalize(" ９５％ ") == "95%" and normalize("社会化聘用人员经费") == "社会化聘用人员经费"
    assert is_placeholder("无") and is_placeholder("暂无") and not is_placeholder("无人机")


def test_a_text_is_normalised_once_and_the_memo_is_bounded(monkeypatch):
    """Several rules normalise the same goal or 概况: the result is remembered (the same text each time), and the
    memo is bounded — emptied when full, and a long text is not kept."""
    from assistant import textnum
    monkeypatch.setattr(textnum, "NORMALIZED_TEXTS", 3)
    monkeypatch.setattr(textnum, "NORMALIZED_CHARS", 40)
    monkeypatch.setattr(textnum, "_NORMALIZED", {})
    text = "计划完成３３５台，测算：３３５台×１０００元＝３３５０００元。 "
    first = normalize(text)
    assert first == "计划完成335台,测算:335台×1000元=335000元。"
    assert normalize(text) is first and textnum._NORMALIZED[text] is first
    for k in range(5):
        assert normalize(f"第{k}项，完成 ") == f"第{k}项,完成"
        assert len(textnum._NORMALIZED) <= 3
    long = "很长的概况，" * 10
    assert normalize(long) == "很长的概况," * 10 and long not in textnum._NORMALIZED
    assert normalize(None) == "" and normalize("") == ""
