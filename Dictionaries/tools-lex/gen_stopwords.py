"""Generate ../stopwords.tsv: words that look like names but are not.

Two sources:
1. A hand-written list of generic nouns and deictic forms that would otherwise pass as person, place
   or organisation candidates in news text (本报 我市 全省 该市 国内 中央 企业 ...), weather words and
   time words (多云 小雨 明天 周年 ...), and loanwords in transliteration characters (高尔夫 厄尔尼诺 ...).
2. Common words from the PyPI jieba 0.42.1 dictionary (dict.txt, MIT): 2-3 character entries that
   start with a common surname character (surnames.tsv rank <= 300, not `rare`), are not tagged as
   names (nr nrt nrfg ns nt nz), and are frequent (the top entries by jieba frequency), leaving out 3-character words shaped like a
full name (surname + two frequent given-name characters): 高度 黄金
   方面 王国 周年 ... Words that are also titles, bodies, cues or suffixes in the sibling files are
   left out (常委 is a title, not a stop word).
`namelike` marks stop words whose remaining characters are frequent given-name characters
(高峰, 文明): real names can take that shape, so the recogniser should let strong evidence (a title,
a person cue) override the stop word.
"""
import os

from lexcommon import DICT_DIR, site_packages, split_words, to_traditional, write_tsv

JIEBA_KEEP = 1500
MIN_FREQ = 300

ENTITY_FILES = ["organisations.tsv", "persons.tsv", "places-china.tsv", "places-world.tsv", "programmes.tsv"]
KEEP_AMBIGUOUS = {"万里", "萬里", "两岸", "兩岸", "武大"}

HAND = split_words("""
本报 本刊 本台 本网 本市 本省 本县 本区 本镇 本村 本单位 本次 本届 本年度 我市 我省 我县 我区 我镇 我村 我国 我党 我校
我院 我局 我们 全市 全省 全县 全区 全镇 全乡 全村 全国 全党 全军 全球 全民 全体 全面 全年 该市 该省 该县 该区 该镇 该村 该公司
该企业 该局 该院 该校 该项目 各地 各级 各部门 各单位 各方 各国 各界 各位 国内 国外 国际 海内外 境内 境外 省内 省外 市内 市外
县内 区内 中央 地方 基层 一线 企业 公司 政府 单位 部门 机关 群众 人民 干部 党员 领导 领导干部 市民 村民 居民 网友 游客 嘉宾
代表 专家学者 负责人 工作人员 有关部门 相关部门 主管部门 职能部门 党组织 党委政府 两岸 两岸同胞 台胞 侨胞 乡亲 同胞 华人
华侨 记者 通讯员 编者按 责任编辑 来源 原标题 图为 图片 视频 摄影 新闻 消息 报道 通讯 评论 社论
晴 晴天 多云 阴天 阴 小雨 中雨 大雨 暴雨 大暴雨 阵雨 雷阵雨 雷雨 小雪 中雪 大雪 暴雪 雨夹雪 冻雨 雾 大雾 霾 雾霾 大风 台风
寒潮 冷空气 降温 升温 高温 低温 气温 最高气温 最低气温 降水 降雨 天气 气象 风力 东风 南风 西风 北风 东北风 东南风 西北风 西南风
龙卷风 沙尘暴 暴风雨 暴风雪
今天 明天 昨天 后天 前天 今年 明年 去年 前年 今日 昨日 明日 上午 下午 中午 晚上 凌晨 傍晚 当天 当日 次日 近日 日前 目前 近期
此前 此后 周一 周二 周三 周四 周五 周六 周日 周末 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周年 年度 月份 年初
年底 年末 年中 上半年 下半年 春节 元旦 中秋 国庆 端午 清明 元宵 除夕 新春 新年 春季 夏季 秋季 冬季 春天 夏天 秋天 冬天
万元 亿元 千元 百元 万人 万吨 万亩 万平方米 公里 平方公里 千米 余人 多人 余家 多家 第一 第二 第三 一是 二是 三是 四是 五是
首先 其次 最后 同时 此外 另外 因此 所以 但是 然而 不过 只是 以及 还有 其中 包括 以来 以上 以下 左右 期间 方面 方向 方式 方法
方案 方针 高度 高质量 高水平 高标准 高效 黄金 金融 金额 王国 周边 周期 周围 周到 张家 李家 王家 刘家 陈家 万家 千家万户
体坛 田坛 泳坛 乒坛 棋坛 球坛 足坛 排坛 篮坛 网坛 羽坛 拳坛 跳坛 冰坛 雪坛 举坛 文坛 政坛 影坛 歌坛 乐坛 画坛 诗坛 艺坛 剧坛 曲坛 书坛 舞坛
""")

# Loanwords written with transliteration characters that name no one: sports, dances, foods and drinks,
# drugs, Greek letters, weather phenomena, stock indices, car models, political and economic terms
# (general knowledge). Without them a run of four such characters passes as a foreign name (高尔夫球,
# 厄尔尼诺现象, 纳斯达克指数).
LOANWORDS = split_words("""
高尔夫 高尔夫球 马拉松 保龄球 桑拿 沙龙 沙发 咖啡 咖啡因 巧克力 可可 吉他 芭蕾 探戈 华尔兹 迪斯科 伦巴 萨克斯
卡通 幽默 逻辑 浪漫 沙拉 色拉 比萨 披萨 汉堡 香槟 白兰地 威士忌 伏特加 咖喱 布丁 卡路里 奥林匹克 维生素
阿司匹林 尼古丁 海洛因 吗啡 可卡因 厄尔尼诺 拉尼娜 阿尔法 贝塔 伽马 德尔塔 欧米茄 纳斯达克 道琼斯 桑塔纳
捷达 吉普 摩托 雷达 声纳 马达 引擎 托福 雅思 克隆 比基尼 迷你 夹克 巴士 的士 卡车 坦克 托拉斯 辛迪加
卡特尔 布尔什维克 孟什维克 法西斯 纳粹 苏维埃 乌托邦 图腾 弥撒 哈利路亚 阿门 穆斯林 伊斯兰 基督 加仑 盎司
英里 卢布 比索 法郎 里拉 卢比 第纳尔 里亚尔 克朗 埃居 欧元 美元 日元 荷兰盾
""")

# jieba entries that are names despite their tag (places, people): never stop words.
NOT_STOP = set(split_words("石首 周恩来 华表 屈原 平儿"))

NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}


def read_tsv(name, kind_filter=None):
    """Surfaces of a sibling dictionary (generated earlier in the same run)."""
    surfaces = {}
    path = os.path.join(DICT_DIR, name)
    if not os.path.exists(path):
        return surfaces
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if kind_filter is None or cols[1] == kind_filter:
                surfaces[cols[0]] = cols[3] if len(cols) > 3 else ""
    return surfaces


def main():
    site_packages()
    import jieba
    surnames = read_tsv("surnames.tsv", "surname")
    if not surnames:
        raise SystemExit("run gen_surnames.py first")
    common_surnames = set()
    for surface, attrs in surnames.items():
        fields = dict(a.split("=", 1) if "=" in a else (a, "") for a in attrs.split(";") if a)
        if len(surface) == 1 and "rare" not in fields and "trad" not in fields and int(fields.get("rank", "9999")) <= 300:
            common_surnames.add(surface)
    given = read_tsv("given-chars.tsv", "given_char")
    top_given = {ch for ch, attrs in given.items() if "trad" not in attrs and int(attrs.split("rank=")[1].split(";")[0]) <= 800}
    taken = set()
    for name in ("titles.tsv", "bodies.tsv", "cues.tsv", "suffixes.tsv"):
        taken |= set(read_tsv(name))

    candidates = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if not (2 <= len(word) <= 3) or tag in NAME_TAGS or freq < MIN_FREQ:
                continue
            if word[0] not in common_surnames or word in taken:
                continue
            if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
                continue
            if word in NOT_STOP:
                continue
            if len(word) == 3 and all(ch in top_given for ch in word[1:]):
                continue  # 周恩来-shaped: jieba tags some full names as common words
            candidates.append((freq, word, tag))
    candidates.sort(key=lambda item: (-item[0], item[1]))

    def attrs_for(word, source, tag=None):
        attrs = {"src": source}
        if tag:
            attrs["pos"] = tag
        if word[0] in common_surnames and all(ch in top_given for ch in word[1:]):
            attrs["namelike"] = None
        return attrs

    rows = [(word, "stop", "", attrs_for(word, "hand")) for word in HAND + LOANWORDS]
    # A stop word vetoes a name everywhere, so never list a name the entity dictionaries hold
    # (新华社, 平壤), except deliberate vetoes of ambiguous names kept in KEEP_AMBIGUOUS.
    entity_names = set()
    for f in ENTITY_FILES:
        p = os.path.join(DICT_DIR, f)
        if os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                if not line.startswith("#"):
                    entity_names.add(line.split("\t", 1)[0])
    for rank, (freq, word, tag) in enumerate(candidates[:JIEBA_KEEP], start=1):
        attrs = attrs_for(word, "jieba", tag)
        attrs["rank"] = rank
        rows.append((word, "stop", "", attrs))
    rows = [r for r in rows if r[0] not in entity_names or r[0] in KEEP_AMBIGUOUS]
    base = list(rows)
    for surface, kind, _, attrs in base:
        trad = to_traditional(surface, {"干": "幹", "台": "台", "里": "里"})
        if trad != surface:
            rows.append((trad, kind, surface, dict(attrs, trad=None)))
    write_tsv("stopwords.tsv", "Stop words: common words that look like names but are not",
              "hand-written generic nouns, weather and time words, loanwords (general knowledge); plus PyPI jieba 0.42.1 "
              f"dict.txt: top {JIEBA_KEEP} non-name (not nr/nrt/nrfg/ns/nt/nz) 2-3 character words starting with a "
              "common surname character; traditional forms via PyPI hanziconv 0.3.2",
              "jieba MIT; hanziconv Apache-2.0; hand list public domain",
              rows,
              notes=["src=hand|jieba; pos: jieba POS tag; rank: jieba frequency order among the jieba entries",
                     "namelike: the rest of the word is made of frequent given-name characters: let a title or "
                     "person cue override the stop word",
                     "trad: traditional surface; canonical is the simplified form"])


if __name__ == "__main__":
    main()
