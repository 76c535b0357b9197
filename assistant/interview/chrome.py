"""Things pasted or copied by mistake that are no words of hers: a text message from a service (a login
code, a parcel notice, a bank alert: "【某某】您的验证码为…，5分钟内有效") and the status lines of a
chat app copied with a message ("已读", "3人未读", "对方正在输入…", "你撤回了一条消息"). Nothing in
them answers a question of the form, so they are never stored: the interview says what it saw and asks
again. Pure.

    noise("【某平台】验证码123456，您正在登录，10分钟内有效")   # "短信通知"
    noise("已读 2人未读")                                       # "聊天软件的已读提示"
    noise("【项目名称】乡村道路养护")                           # "": a label in brackets, then her answer
"""
from __future__ import annotations

import re

from .sheet import CELL_ERROR

# a service's signature in brackets at the start or the end of a text message
_SIGNED = re.compile(r"^\s*【[^【】\n]{2,16}】|【[^【】\n]{2,16}】\s*$")
# what only a service's text message says: codes to type or to show, parcels, unsubscribing, account alerts
_NOTICE = re.compile(r"验证码|校验码|动态码|动态密码|取件码|提货码|取餐码|包裹|快递|快件|驿站|退订|回T|回TD|"
                     r"请勿泄露|请勿告诉|切勿告知|分钟内有效|有效期\d|尾号\d{3,4}|余额为?[\d,]+|"
                     r"您(?:的|正在|已|于|尾号|本次)", re.I)
# the status a chat app prints beside messages: read receipts, typing, recalled messages
_STATUS = re.compile(r"(?:(?:已读|未读|全部已读|\d+\s*人(?:已读|未读))\s*)+|对方正在输入…*|(?:你|对方|[\u4e00-\u9fa5]{1,6})撤回了一条消息"
                     r"|消息已发出，但被对方拒收了|以下是新消息|以上是历史消息")

def noise(text: str) -> str:
    """What the message is when it is no words of hers (a text message from a service, a chat app's
    status line), else ''."""
    t = (text or "").strip()
    if not t:
        return ""
    if _SIGNED.search(t) and len(_NOTICE.findall(_SIGNED.sub("", t))) >= 1 and not re.search(r"[：:]", _SIGNED.sub("", t)[:8]):
        return "短信通知"
    if _STATUS.fullmatch(re.sub(r"[\s，,。]+", " ", t).strip()):
        return "聊天软件的已读提示"
    if not CELL_ERROR.sub("", t).strip(" \t，,。；;:：=") and CELL_ERROR.search(t):
        return "表格公式的错误值"
    if _LINK.fullmatch(t):
        return "一个链接"                # a link pasted by mistake: no words of hers (its page is not read)
    return ""


_LINK = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s\u4e00-\u9fa5]+", re.I)



__all__ = ["noise"]


# a report said as on a radio or to a superior: "报告：" before it, "完毕" after it
_RADIO = re.compile(r"^\s*报告[！!：:，,\s]+(?=\S)|(?<=\S)[，,。;；\s]*(?:报告完毕|完毕|over)[。！!.]*\s*$", re.I)


def unradio(text: str) -> str:
    """Her message without the words of a radio report around it ("报告：县水务局，完毕" → "县水务局")."""
    return _RADIO.sub("", text or "") or text
