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
