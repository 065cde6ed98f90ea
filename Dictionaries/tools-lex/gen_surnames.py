"""Generate ../surnames.tsv: single and compound Chinese surnames with a frequency rank.

Order of trust: the 2020 census top 100 (general knowledge of the published ranking, approximate
order), then the remaining single surnames in 百家姓 order, then common modern surnames missing from
百家姓. Surnames that are rare as surnames but very common as words (和 从 同 ...) carry `rare`, so the
person recogniser asks for more evidence (a title, a cue) before accepting them; frequent surnames
that are also everyday words carry `word` for the same reason, weaker.
"""
from lexcommon import site_packages, split_words, to_traditional, write_tsv

CENSUS_TOP100 = split_words("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 胡 朱 郭 何 罗 高 林 郑 梁 谢 唐 宋 许 邓 冯 韩 曹
曾 彭 肖 蔡 潘 田 董 袁 于 余 叶 蒋 杜 苏 魏 程 吕 丁 沈 任 姚 卢 钟 姜 崔 谭 廖 范 汪 陆
金 石 戴 贾 韦 夏 邱 方 侯 邹 熊 孟 秦 白 毛 江 闫 薛 尹 付 段 雷 黎 史 龙 钱 贺 陶 顾 龚
郝 邵 万 严 洪 赖 武 傅 莫 孔
""")

BAIJIAXING = split_words("""
赵钱孙李 周吴郑王 冯陈褚卫 蒋沈韩杨 朱秦尤许 何吕施张 孔曹严华 金魏陶姜 戚谢邹喻 柏水窦章
云苏潘葛 奚范彭郎 鲁韦昌马 苗凤花方 俞任袁柳 酆鲍史唐 费廉岑薛 雷贺倪汤 滕殷罗毕 郝邬安常
乐于时傅 皮卞齐康 伍余元卜 顾孟平黄 和穆萧尹 姚邵湛汪 祁毛禹狄 米贝明臧 计伏成戴 谈宋茅庞
熊纪舒屈 项祝董梁 杜阮蓝闵 席季麻强 贾路娄危 江童颜郭 梅盛林刁 钟徐邱骆 高夏蔡田 樊胡凌霍
虞万支柯 昝管卢莫 经房裘缪 干解应宗 丁宣贲邓 郁单杭洪 包诸左石 崔吉钮龚 程嵇邢滑 裴陆荣翁
荀羊於惠 甄曲家封 芮羿储靳 汲邴糜松 井段富巫 乌焦巴弓 牧隗山谷 车侯宓蓬 全郗班仰 秋仲伊宫
宁仇栾暴 甘钭厉戎 祖武符刘 景詹束龙 叶幸司韶 郜黎蓟薄 印宿白怀 蒲邰从鄂 索咸籍赖 卓蔺屠蒙
池乔阴胥 能苍双闻 莘党翟谭 贡劳逄姬 申扶堵冉 宰郦雍郤 璩桑桂濮 牛寿通边 扈燕冀郏 浦尚农温
别庄晏柴 瞿阎充慕 连茹习宦 艾鱼容向 古易慎戈 廖庾终暨 居衡步都 耿满弘匡 国文寇广 禄阙东欧
殳沃利蔚 越夔隆师 巩厍聂晁 勾敖融冷 訾辛阚那 简饶空曾 毋沙乜养 鞠须丰巢 关蒯相查 后荆红游
竺权逯盖 益桓公 晋楚闫法 汝鄢涂钦 岳帅缑亢 况郈有琴 商牟佘佴 墨哈谯笪 年爱阳佟 言福
""")

# Modern surnames in common use that 百家姓 lacks or spells differently (肖 for 萧, 付 for 傅 ...).
MODERN = split_words("""
覃 肖 付 闫 练 揭 粟 邝 冼 植 麦 区 栗 原 代 苟 母 银 占 过 线 郎 战 迟 仝 庹 但 敬 种 缪 寇
降 兰 邸 阿 洗 衣 扎 才 旦 次 达 德 格 央 卓 拉 巴 桑 索 伦 朗 鄢 楼 官 贲 晋 亓 卜 揭 宗 岑
冀 蒙 禹 符 盘 农 黄 甘 韶 谌 郇 郦 钭 荣 满 於 蔺 仇 乐 尉 单 区 解 查 曾 朴 佟 富 隋 车 危
辜 禤 郄 铁
""")

COMPOUND = split_words("""
欧阳 上官 司马 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 令狐 夏侯 司徒 端木 宇文 轩辕 独孤 南宫
西门 万俟 闻人 赫连 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 钟离 鲜于 闾丘 司空
亓官 司寇 仉督 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭
南门 呼延 羊舌 微生 梁丘 左丘 东门 伯赏 第五 呼伦 爱新觉罗 叶赫那拉 范姜 张简 张廖
""")

# Compound surnames that are everyday words (东方 "east", 第五 "fifth", 长孙 "eldest grandson") or that
# would split a single surname + given name (张简, 张廖, 范姜 are Taiwanese double surnames).
COMPOUND_RARE = set(split_words("东方 东门 西门 南门 第五 百里 长孙 呼伦 单于 张简 张廖 范姜 公良 乐正 子车"))

# Simplified surname -> the traditional form used for that surname (hanziconv is wrong for these).
TRAD_OVERRIDES = {
    "于": "于", "范": "范", "余": "余", "谷": "谷", "姜": "姜", "沈": "沈", "钟": "鍾", "干": "干",
    "后": "后", "党": "黨", "朴": "朴", "曲": "曲", "佘": "佘", "占": "占", "台": "臺", "云": "雲",
    "肖": "肖", "郁": "郁", "凌": "凌", "冲": "沖", "系": "系", "卜": "卜", "丑": "丑", "征": "征",
    "种": "種", "区": "區", "仇": "仇", "万": "萬", "卢": "盧", "发": "發", "借": "借",
    "家": "家", "向": "向", "宁": "寧", "岳": "岳", "别": "別", "蒙": "蒙", "里": "里", "朱": "朱",
    "扎": "扎", "才": "才", "游": "游", "秋": "秋", "松": "松", "胡": "胡", "咸": "咸", "线": "線",
    "颜": "顏", "几": "幾",
}

# General knowledge: the most common Japanese surnames (two characters, simplified Chinese spelling)
# and those of well-known post-war prime ministers and ministers.
JAPANESE = """
佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 清水 山崎 池田 阿部
桥本 石川 山下 小川 石井 前田 冈田 长谷 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井
金子 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原田 柴田 酒井 工藤
横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山
大冢 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 小泽 鸠山 宫泽 武村 梶山
高村 小渊 野中 村山 羽田 细川 海部 宇野 竹下 大平 三木 岸田 菅义 安倍 麻生 福岛 冈崎 小泉 森喜
东条 吉野 片山 芦田 币原 石桥 池田 佐佐 桥龙 野田 菅直 鸠由 细田 二阶 甘利 茂木 河野 岸信 稻田
上川 石破 高市 岩屋 松野 林田 浜田 西田 世耕 枝野 前原 玄叶 町村 松冈 石原 小池 中岛 市川 北村 吉川
永井 荒木 安田 服部 浅野 大西 岩田 宫田 秋山 望月 桑原 水野 堀内 古川 岸本 玉木 志位 河井 二宫 小仓
土井 江田 细野 谷垣 町田
""".split()
JAPANESE_RANK_BASE = 500  # PersonNameRecogniser.japaneseRankBase
JAPANESE = [w for w in JAPANESE if w not in {"长谷", "佐佐", "桥龙", "菅义", "森喜", "菅直", "鸠由", "岸信"}]

# Characters whose everyday-word reading dominates: a match needs more evidence.
WORDLIKE = set("和从同与向于高方文万白石金马黄龙江关林常田时明安平成元水云花山谷车国东全通都能双有利")


def main():
    site_packages()
    import jieba  # noqa: F401  (dictionary path only)
    import os
    dict_path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    char_freq = {}
    with open(dict_path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and len(parts[0]) == 1:
                char_freq[parts[0]] = int(parts[1])

    ordered = []
    for ch in CENSUS_TOP100 + [c for group in BAIJIAXING for c in group] + MODERN:
        if ch not in ordered:
            ordered.append(ch)

    rows = []
    for rank, ch in enumerate(ordered, start=1):
        attrs = {"rank": rank}
        common_word = char_freq.get(ch, 0) >= 20000 or ch in WORDLIKE
        if rank > 150 and common_word:
            attrs["rare"] = None
        elif common_word:
            attrs["word"] = None
        rows.append((ch, "surname", "", attrs))
        trad = to_traditional(ch, TRAD_OVERRIDES)
        if trad != ch:
            rows.append((trad, "surname", ch, dict(attrs, trad=None)))
    for rank, word in enumerate(dict.fromkeys(COMPOUND), start=1):
        attrs = {"rank": rank, "compound": None}
        if word in COMPOUND_RARE:
            attrs["rare"] = None
        rows.append((word, "surname", "", attrs))
        trad = to_traditional(word, TRAD_OVERRIDES)
        if trad != word:
            rows.append((trad, "surname", word, dict(attrs, trad=None)))

    # Japanese two-character surnames, as written in Chinese news (桥本龙太郎, 小渊惠三): their own rank
    # series from JAPANESE_RANK_BASE + 1 (the person recogniser knows them by that range, as surnames are
    # not in the lexicon's automaton), flagged `ja`: a bare surname is accepted before a speech verb or
    # title (桥本表示) and a given name may have three characters (龙太郎).
    for rank, word in enumerate(dict.fromkeys(w for w in JAPANESE if w not in COMPOUND), start=JAPANESE_RANK_BASE + 1):
        rows.append((word, "surname", "", {"rank": rank, "compound": None, "ja": None}))
        trad = to_traditional(word, TRAD_OVERRIDES)
        if trad != word:
            rows.append((trad, "surname", word, {"rank": rank, "compound": None, "ja": None, "trad": None}))

    write_tsv("surnames.tsv", "Chinese surnames (single and compound) with frequency rank",
              "general knowledge: 2020 census top-100 ranking (approximate order), then 百家姓 order, "
              "then common modern surnames; traditional forms via PyPI hanziconv 0.3.2 with hand overrides; "
              "word-likeness via PyPI jieba 0.42.1 dict.txt single-character frequencies",
              "public domain (traditional name lists, facts); hanziconv Apache-2.0; jieba MIT",
              rows,
              notes=["rank: single surnames 1-100 census order, then 百家姓/modern order; compound surnames "
                     "carry `compound` and their own rank series; Japanese surnames (`ja`) rank from 501",
                     "rare: seldom a surname but a very common word: demand a title or cue; "
                     "word: frequent surname that is also an everyday word",
                     "trad: traditional surface; canonical is the simplified surname"])


if __name__ == "__main__":
    main()
