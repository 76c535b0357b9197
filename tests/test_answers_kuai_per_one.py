""""两百块一平" is 200 a square metre — the 一 is "one 平", not a tenth: it was read 200.1块 and said back to the clerk
as "大概200.1块", a figure she never said. "三块五一斤" is 3.5 a jin; "两块一" alone is still 2.1块."""
from __future__ import annotations

import pytest

from assistant.interview import answers as A


@pytest.mark.parametrize("said, wan", [
    ("两百块一平", 0.02), ("一百块一个", 0.01), ("三块五一斤", 0.00035), ("两块一", 0.00021), ("3块5", 0.00035),
])
def test_kuai_then_one_of_a_measure(said, wan):
    got = A.amounts(A.prep(said))
    assert [round(w, 6) for _, _, w, _ in got] == [wan]
