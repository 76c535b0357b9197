"""indicator_irrelevant offline: a row whose name carries a field of work's marker while the project's own text
never mentions that field (judgement.py); the markers a name carries are looked up once per name."""
from __future__ import annotations

import itertools

from assistant.formdata import read
from assistant.judgement import DOMAINS, irrelevant_indicators, offline_judgements


def _by_each_domain(form):
    """The rule as written: the first domain whose marker is in the name and whose words are not in the text."""
    from assistant.judgement import _context
    ctx = _context(form)
    if len(ctx) < 8:
        return []
    out = []
    for i, ind in enumerate(form.indicators):
        for marker, words, domain in DOMAINS if ind.name else ():
            if marker.search(ind.name) and not words.search(ctx):
                out.append((i, domain))
                break
    return out


NAMES = ["党员培训人数", "农户增收", "污水处理率", "学生资助人数", "患者满意度", "公路养护里程", "游客满意度", "水质达标率",
         "学生就诊率", "党员农户数", "聘用人数", ""]
TEXTS = ["", "短文本", "某市某局机关日常运转项目", "某市教育局学生资助项目", "乡村振兴农业种植项目，含党建活动",
         "市政污水管网改造工程", "公立医院诊疗能力提升"]


def test_irrelevant_rows_are_the_first_unmentioned_domain_of_each_name():
    seen = 0
    for text, names in itertools.product(TEXTS, itertools.combinations(NAMES, 3)):
        for _ in range(2):             # the second time from the names' memo
            form = read({"project_name": text, "indicators": [{"name": n, "value": "≥90%"} for n in names]})
            got = [(int(path[len("indicators["):-1]) if path.startswith("indicators[") else
                    [ind.name for ind in form.indicators].index(path.split(":", 1)[1]), domain)
                   for path, _, domain in irrelevant_indicators(form)]
            assert got == _by_each_domain(form), (text, names)
            seen += len(got)
    assert seen > 100


def test_an_offline_finding_names_the_domain():
    form = read({"project_name": "某市教育局学生资助项目", "indicators": [{"name": "污水处理率", "value": "≥90%"}]})
    [f] = offline_judgements(form)
    assert f.code == "indicator_irrelevant" and f.field == "indicators:污水处理率" and "污水管网" in f.message
