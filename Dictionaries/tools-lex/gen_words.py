"""Generate words.tsv: common Chinese words that are not names (kind `word`).

The person recogniser uses them as segmentation evidence: a candidate name that cuts a common word
in two (金融风|波, 过|程中) or whose given name is itself an ordinary word (和|发展) is less likely.
Source: jieba 0.42.1 dict.txt (MIT): words of 2-4 Han characters, frequency >= 50 (four-character idioms and set phrases, POS i/l: >= 10), whose POS tag is
not a place or organisation tag (ns, nt), plus `WORDS_WITH_PLACES`: ordinary words that contain a country
name (发展中国家 is tagged `l` and five characters long, so the rule above drops it).

jieba's name tags are noisy: nr and nz hold many ordinary words (和平 nz, 文明 nr, 洪水 nr, 高峰 nr,
明白 nr) next to real names (毛泽东, 建华). Leaving them all out let the person recogniser read 和平 as
surname 和 + given name 平. So words tagged nr* or nz are kept when they are unlikely to be a name:
- nr* words of two characters that begin with a surname (文明, 洪水): the misreading this file prevents;
  longer nr* words are mostly full names (毛泽东) and stay out;
- nz words of any length (和平, 普通, 英语);
- but never, among those, a name that graphctl's own entity dictionaries list (东德, 三星电子), nor a
  two-character word that does not begin with a surname and is made of two common given-name
  characters (rank <= 500 in given-chars.tsv: 建华, 光华): that is a given name (俞建华), not evidence
  against one.
Measured on the development sets only (People's Daily dev, CLUENER dev, the seeds): person F1 up
0.791 -> 0.798 (PD dev), 0.595 -> 0.601 (CLUENER dev), 0.904 -> 0.910 (seeds).
"""
import os
import re
import jieba
from lexcommon import first_column, given_ranks, split_words, write_tsv


SURNAMES = set(first_column("surnames.tsv", lambda s, c: len(s) == 1))
COMPOUND_SURNAMES = set(first_column("surnames.tsv", lambda s, c: len(s) == 2))
TRANSLIT = set(first_column("translit.tsv", lambda s, c: len(s) == 1))
GIVEN_RANK = given_ranks()


# Names of the entity dictionaries (committed; built by ../tools/): a jieba nz word that is
# one of them (东德 place, 三星电子 organisation) is a name, not evidence against one.
ENTITY_NAMES = set()
for name in ("persons.tsv", "places-china.tsv", "places-world.tsv", "places-geo.tsv", "organisations.tsv",
             "programmes.tsv"):
    ENTITY_NAMES |= set(first_column(name))


def looks_like_given_name(word):
    return (len(word) == 2 and word[0] not in SURNAMES
            and GIVEN_RANK.get(word[0], 10**6) <= 500 and GIVEN_RANK.get(word[1], 10**6) <= 500)


def is_ordinary_word(word, tag):
    if tag in ("ns", "nt"):
        return False
    if not (tag.startswith("nr") or tag == "nz"):
        return True
    if word in ENTITY_NAMES or looks_like_given_name(word):
        return False
    if tag.startswith("nr"):
        return len(word) == 2 and word[0] in SURNAMES
    return True


HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
rows = []
# Ordinary words in which a country name is only a morpheme: no place is meant (发展中国家, 中国式).
WORDS_WITH_PLACES = ["发展中国家", "中国式", "中国化", "中国籍", "美国式", "西方式",
                     # set phrases jieba tags ns although no place is meant
                     "半壁江山", "大江南北", "北京时间", "原形毕露", "天长日久"]
# Generic nouns of place that jieba tags ns like a name (城市 ns) or holds below the frequency cut (路网, 管网:
# road and pipe networks): they name no place, and a name cut out of them (沿海|城市 → 海城市, 快速|路网 →
# 快速路) is a chance string. Not 城镇: towns named X城 end in it (土城镇).
GENERIC_PLACE_NOUNS = ["城市", "大城市", "山区", "京城", "都市", "海滨", "海峡", "高原", "路网", "管网"]
# Ordinary words jieba tags ns although they name no place (美丽 ns, 东西 ns, 上市 ns): left out by the
# POS rule, they gave no segmentation evidence, so 日韩|美丽 read as a run of three states. Hand-picked
# from jieba's ns entries of frequency >= 300 that no graphctl dictionary lists; real place names among
# those entries (朝阳, 江北, 新城, 安宁, 太平) and frequent given names (卫国, 新建, 兴旺) stay out.
JIEBA_NS_ORDINARY_WORDS = split_words("""
    美丽 东西 南北 外国 爱国 英雄 太阳 海洋 湖泊 上市 江湖 王国 开国 共和国 庆典 深度 山脉 回国 治安 大国
    新鲜 长度 山水 长大 普及 古典 阴阳 高山 大海 山坡 河谷 上马 福利 日志 云集 青春 山河 神圣 河水 中断
    山洞 都城 关联 上半场 湖水 上山 江水 大洋 山峰 下山 上台 契约 入口 入市 重镇 深山 江河 伦理 泉水
    渡江 大河 治国 天黑 法典 池塘 加盟 登山 密封 上门 哥哥 二哥
    莫非 金牙 黄连 莲蓬 琉璃瓦 阿哥 石桥 海滩 西瓜 贵宾 嘉宾 入海 沧海 山林 山川 北风 赞美 喜庆 吉利 深海 山羊
    远洋 井口 台基 中堂 深谷 朝野 台风 山岭 白嫩 余脉 象牙 深水 归国 渡河 河湾 河里 江流 上铺 入门 深渊 河畔
    如林 上岗 立马 莫大 礼拜 庙里 上路 大门口 河湖 城垣 长河 朝廷 诸国 舞美 屯田 千古 登极
""")
# Ordinary three-character words jieba tags nr (a name), which the nr rule above leaves out: things, roles,
# kinds and weather (龙卷风 nr, 郁金香 nr, 东道主 nr). Hand-picked from jieba's three-character nr entries of
# frequency >= 50 that begin with a surname character (the real names among them stay out), and 高材生, an
# ordinary noun below the frequency cut (jieba n, 37) that reads as 高 + a given name.
JIEBA_NR_ORDINARY_WORDS = split_words("""
    东道主 严重性 严重者 乌托邦 全家福 公开赛 农家乐 占上风 占领区 古建筑 古文化 古文字 司令官 吉普车 季后赛
    安全性 安全感 宫殿式 家里人 封建主 封建制 师兄弟 常胜军 幸存者 庄稼人 文明史 明白人 暴风雨 曲线美 杜鹃花
    沙尘暴 申请人 白花花 石英砂 祖师爷 祖父母 管弦乐 红卫兵 红树林 纪念展 胡萝卜 许可证 诸侯国 诸侯王 贡献者
    通知书 金刚石 金字塔 金钱豹 铁路桥 银行卡 阴森森 高中生 黄绿色 黄金周 马尾松 胡杨林 梅雨期 须弥座 白玉兰
    东北虎 东南风 东方人 占领军 印象派 双刃剑 公开信 公开化 养老金 冷不丁 后继者 墨绿色 孔雀石 安全带 安全法
    宿舍区 宿舍楼 山里人 常备军 常见病 干涉仪 幸福感 广泛性 庄稼汉 戈壁滩 成文法 暴风雪 柳叶刀 格式化 梅花鹿
    步兵营 温和派 滑膛炮 满天飞 田园诗 申请书 白云岩 白云石 白蛋白 白话文 祖母绿 管家婆 红外光 红太阳 纪念堂
    经纬仪 花生米 连衣裙 郁金香 金丝燕 金银花 银杏树 银联卡 陈列室 陈列馆 雷达站 顾问团 马拉松 鱼雷艇 高水平
    龙卷风 高材生
""")
rows += [(w, "word", "", {}) for w in WORDS_WITH_PLACES + GENERIC_PLACE_NOUNS + JIEBA_NS_ORDINARY_WORDS + JIEBA_NR_ORDINARY_WORDS]
for line in open(path, encoding="utf-8"):
    word, freq, tag = line.split()
    # Four-character idioms and set phrases (jieba i, l) down to frequency 10: they hold name-shaped
    # strings (走|马观花, 山高|林密) and are never names themselves.
    idiom = len(word) == 4 and tag in ("i", "l") and int(freq) >= 10
    # jieba tags many idioms that open on a surname character as names (张冠李戴 nr, 任重道远 nr); a
    # four-character "name" without a compound surname and not written wholly in transliteration
    # characters is such an idiom (real four-character names are compound-surname or foreign ones).
    if len(word) == 4 and tag == "nr" and int(freq) >= 10 and word[:2] not in COMPOUND_SURNAMES \
            and not all(ch in TRANSLIT for ch in word) and word not in ENTITY_NAMES and HAN.match(word):
        rows.append((word, "word", "", {}))
        continue
    if (int(freq) < 50 and not idiom) or not HAN.match(word) or not is_ordinary_word(word, tag):
        continue
    # Verbs (jieba's POS v) are marked: a landscape name does not start with one (进出|岛, 重现碧|海).
    rows.append((word, "word", "", {"verb": None} if tag == "v" else {}))
n = write_tsv("words.tsv", "Common words that are not names (segmentation evidence for the recognisers)",
              "PyPI jieba 0.42.1, jieba/dict.txt: 2-4 Han characters, frequency >= 50 (four-character idioms and set phrases, POS i/l: >= 10), POS not ns/nt, nr* only two characters beginning with a surname or four-character idioms jieba tags nr (no compound surname, not all transliteration characters, frequency >= 10), no two-character given names (see the script), plus the hand lists WORDS_WITH_PLACES, GENERIC_PLACE_NOUNS and JIEBA_NS_ORDINARY_WORDS; attribute verb = jieba POS v; generated by Dictionaries/tools-lex/gen_words.py",
              "MIT (jieba)", rows)
print(f"words.tsv: {n} entries")
