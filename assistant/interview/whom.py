"""Readers of who: an organisation (项目单位, 主管部门), a person (负责人, 填报人) and a phone. Pure.

    read("department", "同上", ctx)              # the unit itself (ctx.unit)
    read("unit_head", "中心主任马国庆", ctx)       # 马国庆
"""
from __future__ import annotations

import re

from . import answers as A
from . import fields as F
from .answers import Context, Fill
from .blocks import ABOVE, BELOW, is_list
from .got import _SENTENCE, _TITLES, NAME_END, NON_ANSWER, Got
from .got import strip_label as _strip_label
from .speech import cn_digits, plain


_SAME_UNIT = re.compile(r"^(?:那)?(?:就是|也是|是|跟|和|同)?(?:我们|本|我|咱们)(?:局|单位|中心|院|校|站|所|委)?(?:自己|本身)?(?:的)?"
                        r"(?:一样|相同)?$")
_ORG_LEAD = re.compile(r"^(?:(?:我们|咱们|我单位|本单位)(?=归|属于|隶属|由)|主管[：:]|上级[：:]|(?:实施|负责|承担|主管)的?(?:单位)?是|由|那(?!曲|坡)|那么|应该是|应该|就是|(?:上头|上面|上边|上级)(?:管(?:我们|咱们|俺们)的)?(?:就)?是|管(?:我们|咱们|俺们)的(?:就)?是|上级单位是|主管是|主管的是|主管部门是|单位是|单位名称是|我们是|我是|咱们是|咱是|俺们是|俺是|就叫|叫做|我在|属于|隶属于?|归口(?:于|在|到)?|归|叫|是|在|也|都|还|同样|写|填)+")
def weighed(parts: list[str]) -> set[int]:
    """The clauses that weigh two values ("县财政局还是县政府", "是A，还是B"): a question of hers, never a value."""
    out = {i for i, p in enumerate(parts) if re.search(r"\S还是\S", p)}
    return out | {k for i, p in enumerate(parts) if i and p.lstrip().startswith("还是") for k in (i - 1, i)}


def _short_for(short: str, full: str) -> bool:
    """"残联" of 县残疾人联合会, "文旅局" of 县文化广电旅游局: every character of it in the full name, in order."""
    k = 0
    for ch in full or "":
        if k < len(short) and ch == short[k]:
            k += 1
    return len(short) >= 2 and k == len(short)


def _statements(t: str) -> list[str]:
    """The clauses of an answer that state something: not those weighing two values, nor one asked
    back ("…？") when another clause states the value ("县财政局？应该是县委政法委")."""
    t = re.sub(r"…+(?=(?:那就|就|你就|直接)?(?:写|填)(?:成|上)?[\u4e00-\u9fa5]{2,30}?(?:就行|就可以|即可|就好|吧)?$)", "，", t)
    parts = [p for p in re.findall(r"[^，,。；;！!？?]+[，,。；;！!？?]*", t) if p.strip()]   # (a pause before "写X就行": a clause)
    asked = weighed(parts)
    parts = [p for i, p in enumerate(parts) if i not in asked]
    stated = [p for p in parts if not re.search(r"[？?]\s*$", p)]
    return [p.rstrip("，,。；;！!？? ") for p in (stated or parts)]


_ROLE = re.compile(r"[\u4e00-\u9fa5]{1,4}者")      # "承办者", "主管者": the role named, in the old style
_POINTER = re.compile(r"我们|咱们|我单位|本单位|本局|我局|自己|本身")
_WRITE = re.compile(r"^(?:那就|就|你就|直接)?(?:写|填)(?:成|上)?(?![的错了得])(?P<v>[\u4e00-\u9fa5]{2,30}?)(?:就行了?|就可以了?|即可|就好|吧)?$")
_SHORT_SCHOOL = re.compile(r"^[一二三四五六七八九十\d]{1,3}[中小]$")


# one organisation under another: "县卫健局下面的县人民医院", "县卫健局下属的县疾控中心", "卫健局管的疾控中心"
_UNDER = re.compile(r"(?P<up>[\u4e00-\u9fa5]{2,20}?)(?:(?:下面|下边|底下|下属|属下|所属|下辖|管辖|直属)(?:的)?|管的|管理的|的)(?:二级单位|下属单位|单位)?"
                    r"(?:是|叫)?(?P<low>[\u4e00-\u9fa5]{3,30})?")
# the one above, said beside the unit: "归县卫健局管", "属于县卫健局", "隶属于县卫健局", "上级是县卫健局"
_ABOVE = re.compile(r"(?:我们|咱们|我单位|本单位)?(?:归|属于|隶属于?|上级是|上面是)(?P<up>[\u4e00-\u9fa5]{2,20}?)(?:管理?|主管|领导)?(?:的)?")


# who actually does it: "具体是文化馆在做", "具体由县文化馆实施", "实际是文化馆来干"
_DOER = re.compile(r"(?:具体|实际(?:上)?)(?:是|由|让|交给)?(?P<org>[\u4e00-\u9fa5]{2,20}?)(?:在|来|负责)?(?:做|干|弄|实施|负责|承办|执行|落实)(?:的)?")
# the one she belongs to, said as "我们是X的" / "我们属于X"
_OURS_OF = re.compile(r"(?:我们|咱们|我)(?:是|属于)(?P<org>[\u4e00-\u9fa5]{2,20}?)的?")


# the name it goes by now, or in full: "现在叫", "改名为", "机构改革后叫", "最新的是", "写全就是"
_NOW = r"现在(?:叫|是)|(?:已|又)?(?:改名|更名)(?:为|叫|成)|(?:机构)?改革后(?:叫|是|改为)|最新的?(?:名称|名字)?(?:是|叫)|写全(?:了|称)?(?:就)?是"

# a clause that names it again, as it goes now or in full: "…，写全就是X", "…，全称X"
RESTATED = re.compile(r"^(?:那|就|其实|它)?(?:全称|全名|正式名称|" + _NOW + ")")


def _whole_org(c: str) -> str:
    """The clause is one organisation's name and nothing else: that name, or ''."""
    v = A.org_name(c, strict=False)
    return v if v == c and not _POINTER.search(v) else ""


def _ranks(c: str) -> tuple[str, str] | None:
    """(the one above, the one below) when the clause names an organisation under another; else None."""
    m = _UNDER.fullmatch(c)
    if m is None or (m.group("low") is None and not re.search(r"(?:下面|下边|底下|下属|属下|所属|下辖|管辖|直属|管|管理)的?$", c)):
        return None
    up, low = _whole_org(m.group("up")), _whole_org(m.group("low") or "")
    return (up, low) if up and (low or m.group("low") is None) and up != low else None


def two_orgs(clauses: list[str]) -> tuple[str, str] | None:
    """Two names of two different units and nothing else ("县水利局、县农村供水管理站", "市城管局/市环卫服务中心"); a short
    and a full name of one unit ("街道办，长青街道办事处") are one."""
    pieces = [x for c in clauses for x in re.split(r"\s*[、/／，,；;]\s*", plain(c)) if x]
    whole = [w for c in pieces if not re.search(r"全称|全名|正式名称|准确|就|是|叫|写|归|管$|具体|在|设|自己|本身|我们|同上|一级", c)
             and re.match(r"[省市县区镇乡旗州]|街道", c) and (w := _whole_org(c))]
    if len(whole) != len(pieces) or len(whole) != 2 or set(whole[0]) <= set(whole[1]) or set(whole[1]) <= set(whole[0]) \
            or len(set(whole[0]) & set(whole[1])) >= min(len(whole[0]), len(whole[1])) - 1:
        return None
    return whole[0], whole[1]


def _against_order(pair: tuple[str, str], path: str) -> bool:
    first, second = pair
    return not (BELOW.search(first) and ABOVE.search(second) if path == "unit" else ABOVE.search(first) and BELOW.search(second))


def two_units(clauses: list[str], path: str = "unit") -> bool:
    """Two units (two_orgs) not in the order the form asks them (项目单位 — the one below — first, then its 主管部门):
    which one the asked field is cannot be told from them."""
    pair = two_orgs(clauses)
    return bool(pair) and _against_order(pair, path)


def _org(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    if is_list(text):                    # several items: not one name (blocks.py)
        got.miss = "list"
        return got
    said = [c for c in _statements(plain(text)) if not _ROLE.fullmatch(c)]     # "承办者，…": who she names, then the name
    other = {"unit": "department", "department": "unit"}.get(path)
    for c in said:                       # "我们是县卫健局下面的县人民医院": the unit below, the department above
        ranks = _ranks(_ORG_LEAD.sub("", plain(_strip_label(path, plain(c)))))
        if ranks is not None and other:
            mine, theirs = (ranks[1], ranks[0]) if path == "unit" else ranks
            if mine:
                got.add(path, mine, text)
            else:
                got.miss = "not_org"     # "我们是县卫健局下面的": the one above named, her own not yet
            if theirs:
                got.fills.append(Fill(other, theirs, detail=text))   # (fills the other only while it is empty)
            return got
    doers = [d for c in said if (m := _DOER.fullmatch(plain(c))) and (d := _whole_org(m.group("org")) or A.org_name(m.group("org")))]
    if path == "unit" and len(doers) == 1:   # "我们是县文旅局的，具体是文化馆在做": the one doing it is the unit
        got.add(path, doers[0], text)
        ours = [u for c in said if not _DOER.fullmatch(plain(c)) and (m := _OURS_OF.fullmatch(plain(c)))
                and (u := _whole_org(m.group("org")))]
        if len(ours) == 1 and ours[0] != doers[0]:
            got.fills.append(Fill("department", ours[0], detail=text))   # (offered: fills it only while it is empty)
        return got
    if path == "unit" and other:         # "县疾控中心，归县卫健局管": the unit, and the one above it said beside it
        above = [_whole_org(m.group("up")) for c in said if (m := _ABOVE.fullmatch(plain(c)))]
        said = [c for c in said if not _ABOVE.fullmatch(plain(c))] if any(above) else said
        for up in [u for u in above if u][:1]:
            got.fills.append(Fill(other, up, detail=text))
    clauses = [plain(_strip_label(path, plain(c))) for c in said]
    pair = two_orgs(clauses)
    if pair and _against_order(pair, path):
        got.miss = "list"                # "县水利局、县农村供水管理站": two names, none said to be hers — asked, never picked
        return got
    if pair and other:                   # two units in the order the form asks them: the asked one first; the other is
        got.add(path, pair[0], text)     # said back, neither dropped in silence nor filed as the other field unasked
        got.notes.append(f"「{pair[1]}」没有记下：{F.label(path)}只填一个单位。如果它是{F.label(other)}，"
                         f"请说“{F.label(other).split('（')[0]}是{pair[1]}”。")
        return got
    written = {k for c, k in zip(said, clauses) if _WRITE.match(c)}       # "…，就写X": X (before 就写 is cut as a label)
    if path == "department" and ctx.unit:
        for c in clauses:
            c2 = re.sub(r"^(?:主管部门|主管单位|上级)(?:是|就是)?", "", c)
            if A.SAME_AS_UNIT.match(A.clean_text(c2)) or _SAME_UNIT.match(c2):
                got.add(path, ctx.unit, text)          # "同上", "那就是我们自己"
                return got
    # "…学前教育股，写县教育局就行": what she says to write first; then "县水利局，全称是固始县水利局"
    # "原县林业局，机构改革后叫县林业和草原局", "以前叫…，现在是…", "…，写全就是…": the name as it stands now, in full;
    # "镇政府，城关镇人民政府": said again in full — the full one
    fuller = {c for i, c in enumerate(clauses) if any(len(c) > len(b) >= 2 and (c.endswith(b) or _short_for(b, c))
                                                      and _whole_org(b) and _whole_org(c) for b in clauses[:i])}
    clauses.sort(key=lambda c: 0 if _WRITE.match(c) or c in written else
                 1 if re.search(r"全称|全名|正式名称|准确(?:名称|叫法)|" + _NOW, c) or c in fuller else 2)
    for c in clauses:
        c = re.sub(r"^.*?(?:全称|全名|正式名称|准确(?:名称|叫法)|" + _NOW + r")(?:是|为|叫)?", "", c)   # "我们局啊 全称是…"
        c = _WRITE.sub(r"\g<v>", c)
        if re.match(r"(?:不涉及|没有|无)", c):
            continue                     # "不涉及主管部门，…": what there is not, no name
        own = re.search(r"([\u4e00-\u9fa5]{2,6}?)(?:自己|本身)", c) if path == "department" and ctx.unit else None
        if own and _short_for(own.group(1), ctx.unit) and not re.search(r"是不是|是否|吗|呢|不是|[？?]", c):
            got.add(path, ctx.unit, text)              # "残联自己就是一级预算单位": the unit itself, by its short name
            return got
        ours = path == "department" and re.search(r"我们|本(?:局|单位)|自己", c)
        if ours and ctx.unit and re.search(r"(?:我们|本单位|本局).{0,10}自己(?:本身)?$", c) \
                and not re.search(r"是不是|是否|吗|呢|不是|[？?]", c):
            got.add(path, ctx.unit, text)              # "我们就是教体局自己": the unit itself, as the form names it
            return got
        c = re.sub(r"(?:管|的|管的|自己|本身|管(?:着)?(?:我们|咱们|我们的?)|(?:来|在|负责|具体)?(?:承办|主办|实施|执行|牵头|来做|来办|负责)(?:的)?)$", "",
                   _ORG_LEAD.sub("", re.sub(r"^.*?(?:就是|也是|是)(?=我们)", "", c)))   # "县文化馆承办": the unit, not its deed
        c = re.sub(r"^(?:我们|本)", "", c)
        v = A.org_name(c, strict=False) or (c if _SHORT_SCHOOL.match(c) else "")
        if v and ours and ctx.unit and ctx.unit.endswith(v):
            v = ctx.unit                              # "主管部门就是我们民政局": the unit itself
        elif v and path == "department" and ctx.unit and ctx.unit != v and ctx.unit.endswith(v) \
                and re.search(r"也是|也就是|一样|同样|还是", c + text):
            v = ctx.unit                              # "主管也是组织部" beside 县委组织部: the same one, by its short name
        elif v and _POINTER.search(v):
            continue         # "就我们局": a pointer to her unit, not its name — the name said beside it, or ask
        inner = re.search(r"(?:是|乃|为|系|由)(?=(?:[省市县区镇乡]|街道)[\u4e00-\u9fa5]{2})", v) if v else None
        if inner and not re.match(r"[省市县区镇乡]|街道", v) and A.org_name(v[inner.end():], strict=False):
            v = A.org_name(v[inner.end():], strict=False)   # "其上司乃县司法局", "尾水的主管部门是县农业农村局": the name after 是
        if v and not re.search(NAME_END + "$", v):
            got.add(path, v, text)
            return got
    t = clauses[0] if clauses else ""
    got.miss = "non_answer" if NON_ANSWER.match(t) else ("own_unit" if _POINTER.search(t) and len(t) <= 8 else "not_org" if t else "no_value")
    return got


# common surnames (百家姓 and those of the north-west), one character and two
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪萧贝"
                "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
                "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
                "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
                "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊"
                "仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
                "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由达其额阎"
                "刀岩召傅钮")      # (刀 岩 召: 傣 names, 刀建华, 岩温香)
_SURNAMES2 = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "长孙", "宇文", "尉迟", "独孤", "夏侯", "公孙", "轩辕",
              "端木", "呼延", "西门", "南宫", "百里"}
# the characters names of Uyghur, Kazakh, Tibetan, Yi, Mongolian … clerks are written in (a name with no 百家姓
# surname: 买买提艾力, 扎西顿珠, 次仁卓玛, 吉克伍沙, 巴特尔); a name made only of them is a name, as a dotted one is
# (阿依古丽·吐尔逊: each side a name)
_SOUNDS = set("阿艾爱安敖奥巴拜班邦宝贝本比别波伯布才仓曹策茶查昌朝车陈成赤崇初楚措达旦党道得德迪丁东顿多朵俄鄂额尔"
              "法凡方菲费夫甫嘎噶干甘刚高戈格根庚古固瓜广贵果哈海罕汗杭合和赫黑亨红洪呼胡华花吉加佳嘉贾坚江降杰金"
              "晋久九居卡凯坎康考科克肯孔库夸奎坤拉腊来赖兰郎朗勒雷力丽利莲廉林琳玲灵龙隆鲁禄路伦罗洛玛马买麦曼满"
              "毛梅美门蒙孟米密妙民敏明摩莫姆木穆那纳乃南尼娘宁努诺帕潘佩彭朋皮平泼珀普其奇齐恰钦秦青琼曲确然让热"
              "仁日荣如茹若瑞萨塞赛桑色森沙莎山尚舍申升生胜圣什诗石史士寿舒斯松苏素索塔太泰坦唐特提天田铁通图土吐"
              "托娃瓦万旺维卫文翁乌吾西希锡夏仙香祥孝协谢辛欣兴秀雅亚岩央扬阳洋尧耶叶伊依以义益音英永尤友于玉元园"
              "月云泽扎詹章召哲珍真正芝支直志智中钟珠卓孜宗足则祖佐次仓措嘉堆白边拥贡喜绕饶穷")
_DOTTED = re.compile(r"[\u4e00-\u9fa5]{1,6}(?:[·•‧・][\u4e00-\u9fa5]{1,6}){1,2}")


def sounded(c: str) -> bool:
    """A name written in the sounds of another language: dotted (阿依古丽·吐尔逊), or 3–8 characters all of
    names' sounds (买买提艾力, 扎西顿珠); never a word of the form."""
    if _DOTTED.fullmatch(c):
        return True
    return 3 <= len(c) <= 8 and all(ch in _SOUNDS for ch in c) and not F.is_field_word(c) and not NON_ANSWER.match(c) \
        and not re.search(r"(.)\1\1|哈哈", c)           # "哈哈哈": a laugh


_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:" + _TITLES + r")(?:是|叫|为)?")


# "张镇长 张国强 0733-8821234": one person with a title and a phone, as the question asks, not a list
_ONE_PERSON = re.compile(r"(?:(?:[\u4e00-\u9fa5]{0,2}" + _TITLES + r"(?:兼[\u4e00-\u9fa5]{0,2}" + _TITLES + r")?|负责人|填报人|填表人|联[系络]人)\s*[：:]?\s+)?[\u4e00-\u9fa5]{2,4}(?:\s+(?:电话|手机)?[：:]?\s*[\d\-－—\s]{7,16}\d)?")


# how one character of a name is written, said after the name: "安静的静", "曹操的曹" (a word holding it, then 的 and the
# character), "人可何", "弓长张", "草字头的芳" (its parts, then the character)
_SPELL_PART = re.compile(r"(?P<w>[\u4e00-\u9fa5]{2})的(?P<c>[\u4e00-\u9fa5])|"
                         r"(?:人可|三横|弓长|木子|口天|耳东|立早|古月|双木|言午|文武|关耳|禾口|草字头的?|草头|三点水的?|单人旁的?|"
                         r"双人旁的?|宝盖头的?|提手旁的?|木字旁的?|女字旁的?|王字旁的?|金字旁的?|绞丝旁的?|言字旁的?|日字旁的?)(?P<p>[\u4e00-\u9fa5])")


def _unspelled(c: str) -> str:
    """The name alone when what follows it only spells its characters ("何静人可何安静的静" → 何静), else ``c``."""
    for k in (2, 3, 4):
        name, rest = c[:k], c[k:]
        if not rest or name[0] not in _SURNAMES and name[:2] not in _SURNAMES2:
            continue
        at, ok = 0, True
        while at < len(rest):
            m = _SPELL_PART.match(rest, at)
            ch = m and (m.group("c") or m.group("p"))
            if not m or ch not in name or (m.group("w") and ch not in m.group("w")):
                ok = False
                break
            at = m.end()
        if ok:
            return name
    return c


def _person(path: str, text: str, ctx: Context) -> Got:
    """A person's name: '张伟', '中心主任马国庆', '主任叫杨树林', '陈主任，陈晓东', '我，韩雪'."""
    got = Got()
    if is_list(text) and not _ONE_PERSON.fullmatch(A.prep(text).strip()):   # several items: not one name (blocks.py)
        got.miss = "list"
        return got
    me, called = False, ""
    text = re.sub(r"[（(](?:[\u4e00-\u9fa5]{0,6}?" + _TITLES + r")[）)]", "，", text)   # "主任（常务副主任）韩立": her
    #                                  remark on the title, no part of the name
    for c in re.split(r"[，,；;（(\s]+|吧|(?=我叫|我是|名字叫|联系电话|电话|手机|联系方式)", plain(_strip_label(path, plain(text)))):
        c = re.sub(r"^(?:我(?:叫|是)?|本人|在下|鄙人|(?:还|也|就|仍然?|依然|照旧)是|(?:现在|目前|如今|今年|新来的)(?:的)?(?:是|换成了?|换了)|是|叫|姓名是?|名字是?|由|写|填)+\s*", "", plain(c)) if not re.fullmatch(r"我(?:自己|本人)?", plain(c)) else plain(c)
        c = _unspelled(c)                # "何静人可何安静的静": how her name is written, said after it, is no part of it
        if re.fullmatch(r"(?:就是|是|写|填)?(?:我|我自己|本人|自己)(?:吧|啊)?", c) or (path == "filler" and re.fullmatch(
                r"(?:就是|是)?(?:我|我自己|本人|自己)(?:来|亲自)?(?:填|写|弄)(?:的)?(?:吧|啊|呀|哈)?", c)):   # "我自己填的": the filler is her
            me = True
            continue
        if re.fullmatch(r"[\u4e00-\u9fa5]" + _TITLES, c):
            continue                                          # "陈主任": the title, not the name
        head = _TITLE_HEAD.sub("", c) if len(c) >= 4 else c        # 镇长张三, 中心主任马国庆
        c = head if re.fullmatch(r"[\u4e00-\u9fa5·]{2,5}", head) or _DOTTED.fullmatch(head) \
            else re.sub(_TITLES + "$", "", c)   # 中心主任马国庆 / 刘建军副局长
        c = re.sub(r"^([\u4e00-\u9fa5]{2,3})(?:同志|我自己|我本人)$", r"\1", c)   # "梁文博同志", "罗佳怡我自己": the name, then who
        if re.fullmatch(_TITLES, c):
            continue                                          # "支书": a title alone, no name (支 is a surname too)
        office = re.fullmatch(r"[\u4e00-\u9fa5]{1,6}(?:办|科|股|所|室|站|中心|部|队|处|组|局)的?([\u4e00-\u9fa5]{2,3})", c)
        if office and office.group(1)[0] in _SURNAMES and not re.search(r"[我你他她们的年月日]|自己|[室科股所站部队处组局委院办]$", office.group(1)):
            c = office.group(1)                   # "党政办吴敏", "公交科杨帆", "生态修复股的田甜": the office, then her name
        staff = re.fullmatch(r"[\u4e00-\u9fa5]{0,6}?(?:员|文书|干事|出纳|秘书|助理|专干|内勤|统计|网格长|民警|辅警|警官|会计|教师|医生|护士|社工|社工师)([\u4e00-\u9fa5]{2,3})", c)
        if staff and staff.group(1)[0] in _SURNAMES and not re.search(r"[我你他她们的年月日]|自己", staff.group(1)) \
                and not F.is_field_word(staff.group(1)):
            c = staff.group(1)                    # "夜班值班员侯俊", "立案庭书记员宋佳", "文书向婷婷": her post, then her name
        if len(c) == 2 and c[0] in _SURNAMES and c[1] in "姐哥叔姨婶伯":
            called = called or c         # "刘姐": how she is called — her name when she gives no other
            continue
        if re.fullmatch(r"[\u4e00-\u9fa5·]{2,5}", c) and not NON_ANSWER.match(c) and not _SENTENCE.search(c) \
                and not re.search(r"[我你他她们的份元局委院所站办个]|[\d零〇一二两三四五六七八九十百千今明去前后上下本当每同全半整隔次近往]年|^年|(?<=.)万|^万(?=元|块)|[\d零〇一二两三四五六七八九十元正腊本上下每当次隔前后这那半整同]\s*[月日]|[室科]$|自己|填|写|对|错", c) and not F.is_field_word(c) \
                and (c[:2] in _SURNAMES2 or c[0] in _SURNAMES):            # a name begins with a surname (陈秋月: 月 of a name, not 上月)
            got.add(path, c, text)
            break
        if sounded(c) and not _SENTENCE.search(c):
            got.add(path, c, text)       # "主任买买提艾力", "扎西顿珠，主任", "阿依古丽·吐尔逊"
            break
        if len(c) == 2 and c[0] in "小老阿" and c[1] in _SURNAMES and not called:
            called = c                   # "小李": how a colleague is called — her name when she gives no other

    if not got.fills and called:
        got.add(path, called, text)
    if not got.fills:
        got.miss = "is_me" if me else "need_name" if re.search(_TITLES, text) else (
            "non_answer" if NON_ANSWER.match(plain(text)) else "no_value")
    phone = _phone_in(text)
    if phone and path == "unit_head":
        got.add("unit_phone", phone, text)
    elif phone and path == "department_head":
        got.add("department_phone", phone, text)
    return got


_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:[（(]?0\d{2,3}[）)]?[\s-]?)?[2-9]\d{2,3}[ -]?\d{4}(?:[-转]\d{1,5})?|"
                    r"[（(]?0\d{2,3}[）)]?[\s-]?[2-9]\d{0,3}(?:[ -]\d{1,4}){1,3})(?!\d)")   # last: an area code, then the number in any groups


def _phones(t: str) -> list[str]:
    """The numbers in the text, each written one way; a grouped one counts only with a whole number's digits."""
    out = []
    for m in _PHONE.finditer(t):
        p = _norm_phone(m.group(0))
        digits = re.sub(r"\D", "", p.split("转")[0])
        if (len(digits) == 11 if digits[:1] == "1" else 10 <= len(digits) <= 16 if digits[:1] == "0" else 7 <= len(digits) <= 8):
            out.append(p)
    return out


def _norm_phone(raw: str) -> str:
    """A number as typed, grouped by spaces or hyphens ("027-8765 4321", "138 0000 1111"), written one way:
    a mobile as its eleven digits, a landline as area code - local digits, an extension kept ("-8021", "转3")."""
    raw = raw.strip()
    ext = re.search(r"(?:转\d{1,5}|(?<=\d{4})-\d{1,5})$", raw) if not re.match(r"1[3-9]", raw) else None
    body, tail = (raw[:ext.start()], ext.group(0)) if ext and len(re.sub(r"\D", "", raw[:ext.start()])) >= 7 else (raw, "")
    digits = re.sub(r"\D", "", body)
    if digits.startswith("1") and len(digits) == 11:
        return digits
    area = re.match(r"[（(]?(0\d{2,3})[）)]?[\s-]?", body)
    if area and len(digits) - len(area.group(1)) in (7, 8):
        return area.group(1) + "-" + digits[len(area.group(1)):] + tail
    if not area and len(digits) in (7, 8):
        return digits + tail
    return re.sub(r"\s+", "-", raw)


def _phone_in(text: str) -> str:
    """The phone in the text; two different ones said side by side ("手机138…，办公室0471-…") are both kept,
    joined by 、 — never one dropped in silence (one taken back, "…不对，是…", is not said side by side)."""
    t = _area_joined(cn_digits(A.prep(text)))
    t = re.sub(r"(?<=\d)\s*[—–－‐‑─]+\s*(?=\d)", "-", t)      # "0358—4221567": any dash between the area code and the number
    found = list(dict.fromkeys(_phones(t)))
    if len(found) > 1 and not re.search(r"不对|错了|不是|改成|改为|应该是|应为|更正", t):
        return "、".join(found[:2])
    return found[0] if found else ""


def phones_in(text: str) -> list[str]:
    """Every distinct number in the answer, in her order: '0739-5821234，手机13807391234' gives both."""
    found = _phones(_area_joined(cn_digits(A.prep(text))))
    return list(dict.fromkeys(found))


def _area_joined(t: str) -> str:
    """"零七三八，八三二一六四五" (read aloud with a pause): the area code, then the local number — one number."""
    return re.sub(r"(?<![\d-])(0\d{2,3})\s*[，,、]\s*(\d{7,8})(?![\d-])", r"\1-\2", t)


def _phone(path: str, text: str, ctx: Context) -> Got:
    got = Got()
    p = _phone_in(text)
    if p:
        got.add(path, p, text)
    else:
        got.miss = "non_answer" if NON_ANSWER.match(plain(text)) else "no_value"
    return got
