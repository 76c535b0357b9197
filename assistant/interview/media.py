"""Pictures said instead of typed: a chat app's tag for an attachment ("[图片]", "[表格截图：实施单位｜…]",
"【截图：预算明细表】") and her talk about it ("这是去年批复的截图", "截图看不了是吧", "截图右下角那个：",
"图片说明：…。文字：") carry nothing the interview can read: they are taken out before the acts are read,
so that no talk about a picture is ever stored as a value; what she typed beside them stays. Pure.

    unmedia("[图片] 这是去年批复的截图")                 # ("", True)
    unmedia("截图看不了是吧，我打字：公共资源交易平台运维")   # ("公共资源交易平台运维", True)
    unmedia("老照片数字化")                              # ("老照片数字化", False): a name, no picture talk
"""
from __future__ import annotations

import re

# what a picture is called in a chat; 照片 and 文件 only in a tag ("老照片数字化", "依据是省里的文件" are words)
_PICTURE = r"(?:截图|截屏|图片|扫描件|附件)"
_KIND = r"(?:表格|表|屏幕|手机|系统|网页)?(?:截图|截屏|图片|照片|相片|语音|视频|表情|动画表情|文件|附件|链接|扫描件)"
TAG = re.compile(r"\s*[\[【]\s*" + _KIND + r"(?:[^\[\]【】\n]{0,60})[\]】]\s*")
# a place shared from the chat app ("[位置] <an address or the map's coordinates>"): the card, tag and all that
# follows it on its line, is the app's, no word she typed
_PLACE = re.compile(r"\s*[\[【]\s*(?:实时)?(?:位置|定位|地理位置|位置共享|共享位置)\s*[\]】][^\n]*")
# a sentence about the picture, up to its end (or the colon after which she types): "图片说明：…照片。"
_CAPTION = re.compile(r"(?:^|(?<=[。；;！!\n]))\s*" + _PICTURE + r"(?:说明|标题|内容)\s*[：:][^。；;！!\n]*[。；;！!\n]?")
# a clause about the picture: "这是去年批复的截图", "截图看不了是吧", "截图里是去年的数", "截图右下角那个："
_TALK = re.compile(r"(?:^|(?<=[，,。；;！!？?\n]))[^，,。；;！!？?\n：:]{0,16}?" + _PICTURE + r"[^，,。；;！!？?\n：:\d]{0,16}"
                   r"(?:[，,。；;！!？?\n]+|[：:]\s*|$)")
# her lead-in to what she types instead: "我打字：", "我敲一下：", "文字：", "手打一下："
_TYPED = re.compile(r"(?:^|(?<=[，,。；;！!？?\n]))\s*(?:那|那就)?(?:我|俺)?(?:给你)?(?:打字|打一下|打出来|敲一下|敲出来|手打一下|手打|文字|正文)(?:吧|哈)?\s*[：:]\s*")


def unmedia(text: str) -> tuple[str, bool]:
    """The message without picture tags and talk about pictures; True when there was any."""
    t = TAG.sub(" ", _PLACE.sub(" ", text))
    tagged = t != text
    if not tagged and not re.search(_PICTURE, t):
        return text, False
    t = _CAPTION.sub("", t.strip())
    t = _TALK.sub("", t)
    t = _TYPED.sub("", t).strip("，,。；; \n")
    return (t, True) if t != text else (text, False)


__all__ = ["TAG", "unmedia"]
