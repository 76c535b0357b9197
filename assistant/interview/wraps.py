"""Line wraps a PDF left inside a value she pasted: "安全管\n理经费", "县地方海事\n处", "2021年1\n2月",
"1\n02.3万元", "欧阳\n志文", "事故 0\n起". Pure; the engine joins them before anything is read.

    unwrap("项目名称：乡镇渡口渡船安全管\n理经费")    # "项目名称：乡镇渡口渡船安全管理经费"

A line that starts with an empty cell ("\t纾困补贴") under a row of cells is the second line of that row's last
cell (a Word table wraps the text inside its cell).

A break is a wrap only when the line before is cut mid-word (it ends in neither punctuation nor a word
that ends a name or a figure: 局, 中心, 经费, 万元 …) and what follows is a short remnant that is the
whole next line: digits after digits, a unit after a figure, or a few characters without digits after
characters. A list of lines ("工资36万\n社保9.6万", "县水利局\n县财政局") is never joined. A paragraph
wrapped at the page's width (long lines cut mid-sentence, with commas) is joined back into one.
"""
from __future__ import annotations

import re

_CJK = r"\u4e00-\u9fa5"
# a line that ends a word: punctuation, or the end of a name, an organisation or a figure
_WORD_END = re.compile(r"(?:[，,。；;：:！!？?、）)》」\"”\s]|局|委|办|中心|站|所|院|校|馆|队|处|厅|会|室|部|科|组|社|"
                       r"经费|资金|项目|工程|补助|补贴|费|元|万|亿|人|个|户|次|%|年|月|日)$")
_UNIT_HEAD = re.compile(r"^(?:[万亿千]?元|万|亿|起|个|人|户|次|处|座|台|套|月|日|号|年|%|[" + _CJK + r"]{1,2}$)")


def unwrap(text: str) -> str:
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for nxt in lines[1:]:
        prev = out[-1]
        if "\t" in prev and re.match(r"\t+\S", nxt) and "\t" not in nxt.lstrip("\t") and prev.strip():
            out[-1] = prev.rstrip() + nxt.strip()     # "项目名称\t小微企业和个体工商户\n\t纾困补贴": a cell's second line
        elif _wrapped(prev, nxt):
            out[-1] = prev + nxt.strip()
        else:
            out.append(nxt)
    return "\n".join(out)


def _wrapped(prev: str, nxt: str) -> bool:
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n or "\t" in nxt or "\t" in prev:
        return False
    if _prose_wrap(p, n):
        return True
    if len(re.sub(r"\s", "", p)) < 5 or _WORD_END.search(p):
        return False
    rest = re.fullmatch(r"([^，,。；;：:！!？?\s]{1,6})[，,。；;！!]?", n)
    if not rest:
        return False
    frag = rest.group(1)
    if p[-1].isdigit():
        return frag[0].isdigit() or bool(_UNIT_HEAD.match(frag))    # "1\n02.3万元", "2021年1\n2月", "0\n起"
    if re.match(r"[" + _CJK + r"]", p[-1]):
        return bool(re.fullmatch(r"[" + _CJK + r"·]{1,4}", frag))   # "安全管\n理经费", "欧阳\n志文"
    return False


# what opens a line of its own: a list's number or bullet, or a label and its colon ("实施单位：")
_OWN_LINE = re.compile(r"(?:\d{1,2}\s*[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[-*•·●▪]|"
                       r"[^，,。；;：:\s]{1,12}[：:])")


def _prose_wrap(p: str, n: str) -> bool:
    """A paragraph copied from a PDF with its line breaks ("…开展日常维修养\n护，更换老旧管网18公里，保障\n农村群众饮水安全。"):
    the line before is long and cut mid-sentence, the text is prose (a comma in it), and the next line opens no line of
    its own; a short line after it is a line of its own ("…89座公厕\n2027年全年") unless it ends the sentence."""
    return len(re.findall(r"[" + _CJK + r"]", p)) >= 12 and p[-1] not in "。；;！!？?：:」』”\"）)》" \
        and bool(re.match(r"[" + _CJK + r"\d]", n)) \
        and not _OWN_LINE.match(n) and bool(re.search(r"[，,、]", p + n)) \
        and (len(re.sub(r"\s", "", n)) >= 12 or n[-1] in "。；;！!")     # (a short last line ends the sentence)


__all__ = ["unwrap"]


# a name typed or copied with stray spaces inside it ("村卫生室 标准化 建设", "县林业局 野生动物保护站"): the words
# of one name when, once the spaces are gone, it is one name of the asked kind — an organisation ending as one does, a
# project's name ending as one does — and no word between the spaces is talk or a label of another field
_ORG_END = r"(?:局|委|办|中心|站|所|院|校|学校|馆|队|股|科|室|处|会|社|部|厅|政府|医院|公司|集团|协会|联合会)"


def _label_kind(label: str) -> str:
    from . import fields as F
    paths = dict(F._words()).get(label, ())
    kinds = {F.kind(p) for p in paths}
    return kinds.pop() if len(kinds) == 1 else ""


def unspaced(text: str, kind: str) -> str:
    """The message with the spaces inside one name taken out, for a question of a name (``kind`` 'name' or 'org');
    one row of a web table ("| 实施单位 | 县林业局 野生动物保护站 |") as its labels and values; any other message
    as it is."""
    from .got import NAME_END
    row = re.fullmatch(r"\s*[|｜](.+)[|｜]\s*", text or "")
    if row and "\n" not in text:
        cells = [re.sub(r"^[\s\u3000]+|[\s\u3000]+$", "", c) for c in re.split(r"[|｜]", row.group(1))]
        labels = [re.sub(r"[\s\u3000]+", "", c) for c in cells[0::2]]
        if len(cells) % 2 == 0 and all(_label_kind(w) for w in labels):
            return "；".join(f"{w}：{unspaced(v, _label_kind(w))}" for w, v in zip(labels, cells[1::2]))
    if kind not in ("name", "org") or not text:
        return text
    label = re.match(r"^\s*[\u4e00-\u9fa5]{2,8}\s*[：:]\s*", text)      # "项目名称  ：  野生动物 救护站 运行经费"
    if label:
        return re.sub(r"[\s\u3000]+", "", label.group(0)) + unspaced(text[label.end():], kind)
    t = text.strip()
    if not re.search(r"[\u4e00-\u9fa5][ \u3000]+[\u4e00-\u9fa5]", t) or re.search(r"[，,。；;！!？?、\n\d]", t):
        return text
    words = [w for w in re.split(r"[ \u3000]+", t) if w]
    joined = "".join(words)
    end = _ORG_END if kind == "org" else NAME_END
    if len(words) > 4 or len(joined) > 40 or not re.fullmatch(r"[\u4e00-\u9fa5（）()]+", joined) \
            or not re.search(end + r"$", joined):
        return text
    from . import fields as F
    from .lexicon import clause_acts
    if any(re.search(r"[我你他她咱俺了吗呢吧啊嘛哦]|简称|全称|就是|也是", w) or clause_acts(w) for w in words):
        return text                      # "问到了 县委宣传部", "…检疫站 我们简称森防站": talk beside the name
    if any(w.startswith(f) for w in words[1:] for f, _ in F._words() if len(f) >= 2):
        return text                      # "县博物馆 主管部门…": another field's label, a message of several answers
    return joined


# words set apart by spaces, in the order of sign language ("钱 全部 四十八 万", "长 的 不 写", "考 证 通过 80% 以上"):
# one clause of short words, each a word of one or two characters, not a clause per space — a clause of three or more
# such words (one of a single character among them) is read as written together. Dictation without punctuation
# ("实施单位县博物馆 小刘门口快递帮我拿一下 主管部门…") has long pieces between its spaces and stays as it is; a phone or
# a figure in groups ("0851-8652 2310", "138 0597 6621") has no character beside its spaces and stays too.
_SIGN_WORD = re.compile(r"[" + _CJK + r"]{1,3}|[\d.]+%?|[" + _CJK + r"]{1,2}[\d.]+%?|[\d.]+[" + _CJK + r"]{1,2}")
_SPACE_BY_WORD = re.compile(r"(?<=[" + _CJK + r"\d%])[ \u3000]+(?=[" + _CJK + r"\d])")


def sign_order(text: str) -> str:
    """The clauses of spaced short words written together, when the message is written so (two gaps between
    characters at least, a word of one character among them); any other message as it is."""
    if not text or "\n" in text or not re.search(r"[" + _CJK + r"][ \u3000]+[" + _CJK + r"\d]", text):
        return text
    clauses = re.findall(r"[^，,。；;！!？?：:、]+", text)
    spaced = [c for c in clauses if re.search(r"\S[ \u3000]+\S", c.strip())]
    words = [w for c in spaced for w in re.split(r"[ \u3000]+", c.strip()) if w]
    gaps = sum(len(re.findall(r"[" + _CJK + r"](?=[ \u3000]+[" + _CJK + r"])", c)) for c in spaced)
    if gaps < 2 or not any(re.fullmatch(r"[" + _CJK + r"]", w) for w in words) \
            or not all(_SIGN_WORD.fullmatch(w) for w in words):
        return text
    return _SPACE_BY_WORD.sub("", text)


__all__ += ["sign_order"]


def word_spaced(text: str) -> str:
    """A message typed with a space after every word ("一 个 人 2400 元。不 超过", "培训 后 找到 工作 的 60% 以上"): the
    spaces taken out, as one sentence. A space that parts clauses (voice input's pause between longer runs of words)
    stays: only a message whose spaced pieces are mostly one or two characters is read so."""
    if not text or "\n" in text.strip() or not re.search(r"[\u4e00-\u9fa5] +[\u4e00-\u9fa5\d]", text):
        return text
    pieces = [p for p in re.split(r"[ \u3000]+|[，,。；;：:！!？?]", text) if p]
    cjk = [p for p in pieces if re.search(r"[\u4e00-\u9fa5]", p)]
    if len(cjk) < 4 or sum(len(p) for p in cjk) / len(cjk) > 2.2 or sum(len(p) == 1 for p in cjk) < 2:
        return text
    return re.sub(r"(?<=[\u4e00-\u9fa5\d%％])[ \u3000]+(?=[\u4e00-\u9fa5\d])", "", text)
