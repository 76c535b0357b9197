"""Something added to a text she already gave, said while another question is asked: "依据还有一个：省…建设标准",
"概况再补一句：同步建设…1间。科目2040299", "必要性补充一点：…". The text she names gets the addition after what it
holds (nothing of it is replaced, and nothing goes to the asked field); the rest of the message is read as usual.
Her lead-in about remembering ("看到必要性才想起来") is talk, never a text of the asked field. Pure but for the patch.

    split("看到必要性才想起来，依据还有一个：X", form)   # ("basis", "X", "")
    split("概况再补一句：Y。科目2040299", form)          # ("overview", "Y", "科目2040299")
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import fields as F
from .answers import Fill, Patch

if TYPE_CHECKING:
    from .engine import Interview, Reply

# the word of an addition: 还有一个, 再补一句, 补充一点, 另外加上, 追加一条
_MORE = (r"(?:也|另外|此外)?(?:还有|还得加|还要加|另外还有|另有|再补|补|再加|加|再添|添|补充|追加)(?:上)?"
         r"(?:一个|一句|一条|一份|一点|一项|一下|个|句|条|份|点)?(?:话|内容|文件|依据)?")
# her words about remembering it only now: talk, no value
_REMEMBER = re.compile(r"想起来|想起|忘了|忘记|漏了|漏说|差点|对了|哦对|还有件事|顺便")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = sorted({w for w, ps in F._words() if F.kind(ps[0]) == "text" and w != "文号"}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[，,。；;！!\s]))(?P<label>" + "|".join(map(re.escape, words)) + r")"
                      r"(?:里|里面|那里|那块|这块|那儿)?\s*" + _MORE + r"\s*[：:，,]\s*(?P<add>[^。！!？?\n]{2,})")


def split(text: str, form: Any = None) -> tuple[str, str, str] | None:
    """(the text field named, what she adds to it, the rest of the message), or None when she adds nothing."""
    m = _pattern().search(text or "")
    if not m:
        return None
    path = next(ps[0] for w, ps in F._words() if w == m.group("label"))
    head = text[:m.start()].strip("，,。；;！! ")
    if head and not _REMEMBER.search(head):
        return None                      # words of her own before the label: no addition said on its own
    add = m.group("add").strip("，,；; ")
    tail = text[m.end():].lstrip("。！!？?\n ")
    return path, add, tail


# the rest of her last message, sent as the next one: "接上条：…", "续上条：…", "上条没发完：…"
_GO_ON = re.compile(r"^\s*(?:(?:接上条|接上一条|续上条|接着上条|接着上一条|上条没发完|上条没说完|接上)\s*[：:，,]"
                    r"|[（(【\[]\s*[2-9]\s*/\s*[2-9]\s*[)）】\]]\s*[：:，,]?)\s*(?P<add>\S.*)$", re.S)   # (…"（2/3）": a later part)
# the same, said after the rest rather than before it: "还有省里的《…》，上一条没打完", "…，刚才发快了" (her word about
# the last message: talk)
_GONE_ON = re.compile(r"^\s*(?P<add>\S.*?)[，,。；;\s]*(?P<talk>(?:上一条|上条|刚才那条|刚才|刚刚|前面那条)(?:的)?(?:没打完|没发完|没说完|没写完|"
                      r"发快了|发早了|手快了|按快了)(?:了|哈|啊|呀)?)[。！!～~]*\s*$", re.S)
# what leaves a text unfinished at its end: "…防空法》，还有" (the next part goes on from it)
_DANGLING = re.compile(r"[，,、；;\s]*(?:还有|以及|另外|和|及|与)?[，,、；;\s]*$")
# her word that the text is complete, after the last part: talk
_DONE = re.compile(r"[。.！!；;，,\s]*(?:[\u4e00-\u9fa5]{0,4}?(?:就这些|就这么多|就这样)了?|(?:说|发|写)完了)[哈啊吧了呀哦]*[。！!～~]*\s*$")


def run(iv: "Interview", text: str, reply: "Reply") -> tuple[str, str] | None:
    """Add to the text she names: (the act — "correction" when the text held something, "facts" when it was
    empty and is filled — and the rest of the message to read), or None when she adds nothing. A message that goes
    on from her last one ("接上条：…") adds to the text that one gave; her word that it is complete ("概况就这些了")
    is the rest, talk."""
    go_on = _GO_ON.match(text or "")
    text_before = iv.prev_field in F.specs() and F.kind(iv.prev_field) == "text" and getattr(iv.form, iv.prev_field, "")
    if not go_on and text_before and iv.prev_field != iv.turn_field and (gone := _GONE_ON.match(text or "")):
        go_on = gone                     # "还有省里的《…》，上一条没打完": the rest of the last text, her remark after it
    if go_on and text_before:
        add, done = go_on.group("add"), go_on.groupdict().get("talk") or ""
        if (end := _DONE.search(add)) and end.start() > 0:
            add, done = add[:end.start()], end.group(0).strip("。.！!；;，, ")
        got = (iv.prev_field, add.strip("，,；; "), done)
    else:
        got = split(text, iv.form)
    if got is None:
        return None
    path, add, tail = got
    have = (getattr(iv.form, path, "") or "").rstrip("。；;，, ")
    if add in have:
        return "correction", tail        # said again: nothing new to add
    new = f"{have}；{add}" if have else add
    if go_on and have and (cut := _DANGLING.search(have)) and cut.group(0).strip("，,、；; "):
        joint = cut.group(0).strip("，,、；; ")       # "…防空法》，还有" + "还有省里的《…》": one sentence, her joint once
        new = f"{have[:cut.start()]}，{add if add.startswith(joint) else joint + add}"
    if go_on:                            # (her 接上条 names the text: the one her last message gave)
        iv.apply_gated(Patch([Fill(path, new, kind="stated", detail=text, primary=True)]), {path}, f"{F.label(path)}：{have}\n{text}", reply)   # (接上条 names it)
        iv.last_field = path             # the next "接上条" goes on from here too
        iv.aimed.append(path)            # (named by 接上条: not put back as a field her words did not name)
        return "facts", "", bool(tail)   # her "概况就这些了": talk
    iv.apply_patch(Patch([Fill(path, new, kind="stated", detail=text, primary=True)]), reply)
    return ("correction" if have else "facts"), tail


__all__ = ["run", "split"]
