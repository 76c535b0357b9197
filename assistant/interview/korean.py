"""Korean a 延边 clerk slips into her Chinese: yes and no (네, 아니요), "wait" (잠깐만요), "I don't know" (모르겠어요),
"there is none" (없어요), "got it" (알겠어요), "thank you" (감사합니다), the copula after a name (…입니다), picks by number
(2번, 1번하고 3번), "or more" (90% 이상) and the won sign typed for 元 (90万원). Read as the Chinese she means, so the
rest of the interview reads them as it reads her Chinese. Text without Hangul passes through unchanged. Pure.

    read("네，主管部门同上")       # "是，主管部门同上"
    read("1번하고 3번")           # "1和3"
    read("老人满意度 90% 이상")    # "老人满意度 90%以上"
"""
from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_SAY = [
    (re.compile(r"(\d{1,2})\s*번\s*(?:하고|와|과|이랑|랑|및)\s*"), r"\1和"),    # 1번하고 3번: 1和3
    (re.compile(r"(\d{1,2})\s*번(?:이요|요|으로|이)?"), r"\1"),                  # 2번: the second option
    (re.compile(r"\s*이상(?:이요|입니다)?"), "以上"),
    (re.compile(r"\s*이하(?:이요|입니다)?"), "以下"),
    (re.compile(r"(?<=[\d万千百十])\s*원"), "元"),                              # 90万원: the won sign typed for 元
    (re.compile(r"아니(?:요|오|에요)?"), "不是"),
    (re.compile(r"네(?:네)?|예|그래요|맞아요|좋아요"), "是"),
    (re.compile(r"모르겠(?:어요|습니다|다)|몰라요"), "不知道"),
    (re.compile(r"없(?:어요|습니다|다)"), "没有"),
    (re.compile(r"알겠(?:어요|습니다)|알았어요"), "明白了"),
    (re.compile(r"감사합니다|고맙습니다|고마워요"), "谢谢"),
    (re.compile(r"잠깐만요|잠시만요|잠깐만"), "等一下"),
    (re.compile(r"(?<=[\u4e00-\u9fa5])\s*(?:입니다|이에요|예요|이요)"), ""),      # 延吉市民政局입니다: the name, no copula
]


def read(text: str) -> str:
    """Her Korean words as the Chinese she means; Hangul the table does not know stays (and reads as nothing)."""
    if not text or not _HANGUL.search(text):
        return text
    for rx, say in _SAY:
        text = rx.sub(say, text)
    return text


__all__ = ["read"]
