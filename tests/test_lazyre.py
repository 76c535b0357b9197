import re

from assistant.lazyre import lazy


def test_nothing_is_compiled_until_first_use():
    p = lazy(r"(?P<n>\d+)\s*元")
    assert "compiled" not in vars(p)
    assert p.pattern == r"(?P<n>\d+)\s*元"          # the source is there without compiling (patterns build on it)
    assert p.search("共 12 元").group("n") == "12"
    assert isinstance(vars(p)["compiled"], re.Pattern)


def test_every_method_answers_as_the_compiled_pattern():
    text = "甲3人，乙 45 人；丙6人"
    p, q = lazy(r"(\d+)\s*人"), re.compile(r"(\d+)\s*人")
    assert p.findall(text) == q.findall(text) == ["3", "45", "6"]
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in q.finditer(text)]
    assert p.sub("#", text) == q.sub("#", text) and p.subn("#", text) == q.subn("#", text)
    assert p.split(text) == q.split(text)
    assert p.match(text) is None and p.match(text, 1).group(1) == "3"
    assert p.fullmatch("7人").group(1) == "7"
    assert p.groups == 1


def test_flags_are_kept():
    assert lazy(r"abc", re.IGNORECASE).search("xABCx").group(0) == "ABC"
    assert lazy(r"abc").search("xABCx") is None


def test_a_bad_pattern_fails_when_used_and_again_next_time():
    p = lazy(r"(unclosed")
    for _ in range(2):
        try:
            p.search("x")
        except re.error:
            continue
        raise AssertionError("re.error expected")


def test_a_used_pattern_reads_its_methods_without_a_getattr_hook():
    # a class with __getattr__ sends every attribute read through a slower slot (and 3.11 does not specialise
    # it): once compiled, the pattern's class has none, and what re.Pattern offers still answers
    p = lazy(r"(?P<n>\d+)(元)", re.IGNORECASE)
    assert hasattr(type(p), "__getattr__")               # not compiled yet: the hook compiles on first use
    assert p.search("共12元").group("n") == "12"
    assert not hasattr(type(p), "__getattr__")
    assert (p.groups, p.groupindex, p.flags) == (2, {"n": 1}, re.compile(r"x", re.IGNORECASE).flags)
    assert p.pattern == r"(?P<n>\d+)(元)" and repr(p) == "lazy('(?P<n>\\\\d+)(元)')"
    assert p.scanner("3元").match().group(0) == "3元"
