"""Generate ../persons-lexical.tsv: three-character personal names from jieba's general dictionary.

Source: jieba 0.42.1 dict.txt (MIT), the entries jieba tags nr (personal name) with three Han
characters, a one-character surname first and frequency >= 10: historical figures, writers, artists
and public figures of the Chinese-language web that a name pattern often cannot read (陈寅恪, 张之洞:
rare given-name characters). jieba's nr tag is noisy, so the script keeps given names of characters
among the 2,500 most used in given names (given-chars.tsv) and drops what is not a name's shape:
entries of another graphctl dictionary, common words (words.tsv), strings whose given name is written
in transliteration characters (foreign names and their fragments: 施耐德, 鲍里斯 of 鲍里斯·贝克; the
transliteration recogniser reads those), strings ending in a
place, building, event or title character (公明镇, 尤伯杯, 卢浮宫, 白蛇传), and strings whose halves are a
common word or a name (丁先生, 古诗词, 苏州人).

Each entry carries `lexical`: a name attested in a word list, not a known entity. The recogniser
gives it less weight than a name read from context, so a competing reading still wins.
"""
import os
import re

import jieba
from hanziconv import HanziConv
from lexcommon import DICT_DIR, write_tsv


def first_column(name, keep=lambda surface, cols: True):
    out = set()
    for line in open(os.path.join(DICT_DIR, name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if keep(cols[0], cols):
            out.add(cols[0])
    return out


SURNAMES = first_column("surnames.tsv", lambda s, c: len(s) == 1)
COMPOUND_SURNAMES = first_column("surnames.tsv", lambda s, c: len(s) == 2)
TRANSLIT = first_column("translit.tsv", lambda s, c: len(s) == 1)
# Given-name characters and their rank (given-chars.tsv, from ngender): a given name of two characters
# both within the 2,500 most used ones (白唇|鹿, 银联|卡 and 丁二|烯 are things).
GIVEN_RANK = {}
for line in open(os.path.join(DICT_DIR, "given-chars.tsv"), encoding="utf-8"):
    if not line.startswith("#"):
        cols = line.rstrip("\n").split("\t")
        GIVEN_RANK[cols[0]] = int(dict(kv.split("=", 1) for kv in cols[3].split(";") if "=" in kv)["rank"])
MAX_GIVEN_RANK = 2500
# Function words that ngender's counts hold but no given name in a word list means (冷|不丁).
FUNCTION_CHARACTERS = set("不了的么吗呢吧着过也都就")
COMMON = first_column("words.tsv") | first_column("stopwords.tsv")
NAMES = set()
for name in ("places-china.tsv", "places-world.tsv", "places-geo.tsv", "organisations.tsv"):
    NAMES |= first_column(name)
OTHER_ENTRIES = set()
for name in ("persons.tsv", "places-china.tsv", "places-world.tsv", "places-geo.tsv", "organisations.tsv",
             "programmes.tsv", "titles.tsv", "words.tsv", "stopwords.tsv", "bodies.tsv"):
    OTHER_ENTRIES |= first_column(name)
# Last characters of places, buildings, cups, works, offices, cards, lists and remedies, not of given names (hand list).
NOT_NAME_ENDS = set("镇县市省区村乡杯宫堡寺庙湖江河山岛港湾路街桥楼馆院堂传记书报刊原厂队团部局会社所站卡榜票券诀谱图丸膏散剑")
# Forms of address after a surname (王小姐, 章大郎): a person named by surname only (hand list).
FORMS_OF_ADDRESS = set("小姐 先生 女士 老师 大娘 大爷 大哥 大姐 大嫂 大妈 大伯 大叔 大郎 二郎 三郎 师傅 姊姊 姐姐 妹妹 哥哥 弟弟 同志 老汉 老太 太太 夫人 公子 小儿".split())
HAN = re.compile(r"^[\u4e00-\u9fff]{3}$")

rows = []
path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
for line in open(path, encoding="utf-8"):
    word, freq, tag = line.split()
    if tag != "nr" or int(freq) < 10 or not HAN.match(word):
        continue
    if word[0] not in SURNAMES or word[:2] in COMPOUND_SURNAMES or word in OTHER_ENTRIES:
        continue
    # Simplified names only (check.py): jieba keeps a few traditional characters (文徵明).
    if HanziConv.toSimplified(word) != word:
        continue
    if any(GIVEN_RANK.get(ch, MAX_GIVEN_RANK + 1) > MAX_GIVEN_RANK for ch in word[1:]):
        continue
    if any(ch in FUNCTION_CHARACTERS for ch in word[1:]):
        continue
    if all(ch in TRANSLIT for ch in word[1:]) or word[-1] in NOT_NAME_ENDS:
        continue
    # A common word or a name in either two-character half (丁|先生, 古|诗词, 苏州|人): a phrase, not a name.
    if word[1:] in COMMON or word[:2] in COMMON or word[:2] in NAMES or word[1:] in FORMS_OF_ADDRESS:
        continue
    rows.append((word, "person", "", {"lexical": None}))

write_tsv("persons-lexical.tsv", "Three-character personal names attested in a general word list (weak evidence)",
          "PyPI jieba 0.42.1, jieba/dict.txt: POS nr, three Han characters, single surname first (surnames.tsv), "
          "frequency >= 10, simplified (hanziconv), both given-name characters among the 2,500 most used (given-chars.tsv), minus entries of the other dictionaries, names whose last two characters are transliteration "
          "characters, names ending in a place, building, event or office character and names whose first or last two "
          "characters are a common word (words.tsv, stopwords.tsv) or whose first two are a place or organisation; generated by "
          "Dictionaries/tools-lex/gen_persons_lexical.py",
          "MIT (jieba)", rows, notes=("attribute lexical: a name from a word list, not a known entity; weaker than context",))
