"""Generate ../suffixes.tsv: words that end organisation names, place names and programme names.

`strength=` (1-3) says how reliably the suffix closes a name of that kind when it follows a plausible
core: 3 = almost always (有限公司, 自治州, 工程), 2 = usually (公司, 市, 计划), 1 = only with other
evidence (局 after an unknown word, 山, 周). Programme cues carry `head` when they are generic head
nouns that follow a quoted core (“四下基层”活动, “清风”品牌): the recogniser then takes quote+head.
"""
from lexcommon import split_words, to_traditional, write_tsv

ORG = {
    3: """有限公司 有限责任公司 股份有限公司 股份公司 集团有限公司 集团公司 集团 银行 委员会 研究院 研究所 研究中心
          大学 学院 医院 协会 学会 商会 基金会 联合会 总会 报社 日报 晚报 电视台 广播电台 电台 出版社 实验室
          博物馆 科技馆 图书馆 美术馆 纪念馆 党委 党工委 管委会 海关 人民政府 人民法院 人民检察院 中学 小学
          幼儿园 职业技术学院 党校 合作社 事务所 律师事务所 会计师事务所 促进会 联谊会 研究会 俱乐部 工作室
          办事处 派出所 卫生院 门诊部 中心医院 人民医院 附属医院 证券 保险公司 信用社 农商行 农商银行 通讯社
          新闻社 杂志社 报业集团 传媒集团 控股 控股集团 股份 科技公司 总公司 分公司 子公司 代表处 大使馆 领事馆
          总领事馆 联络处 指挥部 领导小组 工作组 专班 代表团 考察团 访问团 理事会 常委会 文化宫 工人文化宫 少年宫
          青少年宫 行署 议会 立法会 上院 下院 组委会 筹委会 执委会 株式会社 财团 剧团 话剧团 京剧团 歌舞团 艺术团
          合唱团 交响乐团 杂技团 文工团 芭蕾舞团 舞蹈团 舞剧团 歌剧团 越剧团 豫剧团 昆剧团 评剧团 歌剧院 话剧院 京剧院
          评剧院 艺术剧院 电影制片厂 制片厂 文化馆 议会党团 监狱 气象台 天文台 邮政局 军分区 卫视 都市报 杂志社
          民族解放军 解放阵线 民族解放阵线 革命武装力量
          足协 篮协 排协 田协 泳协 乒协 羽协 棋协 网协 足联 篮联 排联 田联 泳联 乒联 羽联 网联""",
    2: """公司 局 厅 院 中心 所 馆 办 署 部 处 总局 分局 支队 大队 中队 总队 站 行 社 会 团 组 队 厂 场 矿 店 坊
          学校 中专 技校 研究室 办公室 服务中心 指导中心 交易中心 数据中心 发展中心 网 报 周刊 杂志 频道 基地
          园 农场 林场 总厂 分厂 中心校 军区 部队 舰队 编队 大学城 联盟 协会分会 分会 工会 团委 妇联 科协 文联 系
          司 联合体 共同体 法庭 分行 支行 中心支行 分社 分院 分校 分部 分中心 监管局 监管分局 乐团 剧院
          商场 商店 百货商店 百货公司 百货大楼 商城 购物中心 超市 宾馆 饭店 酒店 大酒店 药店 书店 书局 旅行社 印书馆
          学系""",
    1: """委 室 科 组织 公社 平台 中心站 车间 班组 门店 党 阵线""",
}

# Suffixes that close a name only after a name of their own: two or more characters that are no kind of
# the body with the suffix (博茨瓦纳 民主 党, not 日本 执政党 or 美国 两党).
NAMED = {"党"}

# Venues (体育馆, 展览中心, 大剧院) are places where events happen, as in newswire annotation; museums and
# halls that act (博物馆, 美术馆) stay organisations. Temples, shrines, grottoes and mausoleums (大昭寺, 伏羲庙,
# 龙门石窟, 中山陵) are named landmarks, places; not 庵, which ends many a scholar's art name (张栗庵).
PLACE = {
    3: """省 自治区 自治州 自治县 自治旗 特别行政区 新区 开发区 高新区 经济技术开发区 经开区 保税区 自贸区 自由贸易试验区
          综合实验区 试验区 示范区 合作区 投资区 工业区 经济区 片区 经济开发区 高新技术产业开发区 综合保税区 保税港区
          出口加工区 街道 街道办 乡镇 海峡 群岛 半岛 火车站 高铁站 机场 国际机场 码头 港区
          风景区 景区 国家公园 森林公园 湿地公园 水库 大桥 隧道 古镇 古城 古村 县级市 新城
          寺 庙 祠 石窟 陵""",
    2: """市 县 区 镇 乡 村 社区 州 旗 盟 岛 湾 港 大道 大街 路 街 巷 公园 广场 园区 工业园 产业园 山 峰 岭 江 河 湖
          溪 海 洋 湾区 流域 平原 高原 盆地 沙漠 草原 峡谷 林区 口岸 车站 站 新村 小区 花园 大厦 中心区 老区 苏区
          港口 渔港 海域 地区 城区 郊区 城 坪 洲 墩 寨 屯 堡 庄 营
          体育馆 体育场 体育中心 展览中心 会展中心 会议中心 大剧院 会客厅 剧场 音乐厅 集镇""",
    1: """里 坊 厝 埔 坑 塘 头 田 洋 埕 尾 角 口 门 桥 井 湖区 郡 邦""",
}

# (cue, strength, head?) -- head nouns attach to a quoted core; others end an unquoted programme name
PROGRAMME = [
    ("战略", 3, False), ("工程", 3, True), ("行动", 3, True), ("计划", 3, True), ("专项行动", 3, True), ("专项政策", 3, True),
    ("三年行动", 3, True), ("攻坚行动", 3, True), ("行动计划", 3, True), ("实施方案", 3, False),
    ("试点", 2, True), ("示范区", 2, False), ("示范项目", 2, True), ("示范工程", 3, True), ("改革", 2, True),
    ("制度", 2, True), ("机制", 2, True), ("工作机制", 2, True), ("规划", 2, False), ("发展规划", 3, False),
    ("体系", 1, True), ("专项", 2, True), ("项目", 1, True), ("品牌", 2, True), ("党建品牌", 3, True),
    ("服务品牌", 3, True), ("工作法", 3, True), ("经验", 1, True), ("模式", 1, True), ("平台", 2, True),
    ("基金", 2, False), ("活动", 2, True), ("主题活动", 3, True), ("系列活动", 3, True), ("主题教育", 3, True),
    ("大会", 2, False), ("论坛", 3, False), ("峰会", 3, False), ("博览会", 3, False), ("交易会", 3, False),
    ("洽谈会", 3, False), ("投洽会", 3, False), ("展览会", 3, False), ("展会", 2, False), ("研讨会", 2, False),
    ("座谈会", 1, False), ("发布会", 1, False), ("推介会", 2, False), ("运动会", 3, False), ("艺术节", 3, False),
    ("文化节", 3, False), ("旅游节", 3, False), ("音乐节", 3, False), ("电影节", 3, False), ("节", 1, False),
    ("周", 1, False), ("宣传周", 3, True), ("活动周", 3, True), ("月", 1, False), ("宣传月", 3, True),
    ("活动月", 3, True), ("年", 1, False), ("劳动竞赛", 3, True), ("竞赛", 2, True), ("大赛", 2, False),
    ("比赛", 1, False), ("挑战赛", 2, False), ("锦标赛", 2, False), ("联赛", 2, False), ("马拉松", 2, False),
    ("视频展播", 3, True), ("展播", 2, True), ("评选", 2, True), ("评比", 2, True), ("工作室", 2, True),
    ("讲堂", 2, True), ("大讲堂", 3, True), ("课堂", 1, True), ("书屋", 2, True), ("驿站", 2, True),
    ("服务队", 2, True), ("志愿服务队", 3, True), ("志愿服务", 2, True), ("服务站", 1, True), ("微心愿", 2, True),
    ("攻坚战", 3, True), ("保卫战", 3, True), ("百日攻坚", 3, True), ("专项整治", 3, True), ("整治", 1, True),
    ("三年行动计划", 3, True), ("倡议", 2, False), ("一带一路", 3, False), ("工作", 1, True), ("精神", 1, True),
    ("理念", 1, True), ("思想", 1, False), ("政策", 1, True), ("措施", 1, True), ("条例", 2, False),
    ("办法", 1, False), ("意见", 1, False), ("纲要", 2, False), ("方案", 2, False), ("清单", 1, True),
    ("示范带", 2, True), ("示范点", 1, True), ("示范村", 1, True), ("样板", 1, True), ("标杆", 1, True),
    ("行动方案", 3, False), ("提升行动", 3, True), ("建设工程", 3, True), ("民生工程", 3, True),
    ("惠民工程", 3, True), ("人才计划", 3, True), ("引才计划", 3, True), ("专项资金", 2, True), ("奖学金", 2, False),
    ("奖", 1, False), ("奖项", 1, False), ("称号", 1, True), ("荣誉称号", 2, True), ("学习活动", 3, True),
    ("实践活动", 3, True), ("宣讲", 1, True), ("宣讲活动", 3, True), ("调研活动", 2, True), ("联谊会", 1, False),
    ("计划书", 1, False), ("赛事", 1, False), ("节会", 2, False), ("庆典", 1, False), ("展", 1, False),
    ("工作站", 1, True), ("联盟", 1, False),
    # Honours and lists are programmes when named (“2024年5G工厂名录”, “信易+”应用典型案例).
    ("典型案例", 2, True), ("名录", 2, True), ("榜单", 2, True),
    # Ranked honours of a county or district (全国综合实力百强区, 数字乡村百强县).
    ("百强区", 3, True), ("百强县", 3, True),
    # Named events, courses and service lines (“理论圆桌”学习互动分享会, 12345政务热线).
    ("分享会", 2, False), ("推进会", 2, False), ("培训班", 2, False), ("专题培训班", 3, False),
    ("热线", 2, False), ("专线", 2, False), ("专项治理", 3, True),
    # On-site meetings and shared databases named by their subject (…金融融资监测现场会, …共享专题库).
    ("现场会", 2, False), ("专题库", 2, False),
    # Numbered policy packages with a noun (…八条措施, 法治护企十二条意见); bare “稳工业11条” stays shorthand.
    ("条措施", 2, False), ("条意见", 2, False), ("条举措", 2, False),
    # Published lists and media columns named by a quoted core (“美丽乡村”名单, “在线问政”栏目); weak:
    # unquoted, they are descriptions (新内阁成员名单).
    ("名单", 1, True), ("栏目", 1, True),
    # Honoured counties (全国…示范县).
    ("示范县", 2, False),
    # Observance days, recurring events named by their cause (全国生态日, 世界环境日, 国际消费者权益日).
    ("生态日", 3, False), ("环境日", 3, False), ("权益日", 3, False), ("宣传日", 3, False), ("纪念日", 2, False),
    ("教育日", 3, False), ("读书日", 3, False), ("健康日", 3, False), ("禁毒日", 3, False), ("献血日", 3, False),
    ("无烟日", 3, False), ("粮食日", 3, False), ("地球日", 3, False), ("海洋日", 3, False), ("湿地日", 3, False),
    ("防灾减灾日", 3, False), ("文化遗产日", 3, False), ("扶贫日", 3, False), ("公祭日", 3, False), ("宪法日", 3, False),
    ("人口日", 3, False), ("志愿者日", 3, False), ("水日", 2, False),
]


def main():
    rows = []
    for strength, words in ORG.items():
        for word in split_words(words):
            attrs = {"strength": strength}
            if word in NAMED:
                attrs["named"] = None
            rows.append((word, "org_suffix", "", attrs))
    for strength, words in PLACE.items():
        for word in split_words(words):
            rows.append((word, "place_suffix", "", {"strength": strength}))
    for word, strength, head in PROGRAMME:
        rows.append((word, "programme_cue", "", {"strength": strength, "head": head}))
    base = list(rows)
    for surface, kind, _, attrs in base:
        trad = to_traditional(surface, {"干": "幹", "台": "台", "里": "里"})
        if trad != surface:
            rows.append((trad, kind, surface, dict(attrs, trad=None)))
    write_tsv("suffixes.tsv", "Suffixes that end organisation, place and programme names",
              "general knowledge: Chinese organisation, place-name and programme-name endings; generated by "
              "Dictionaries/tools-lex/gen_suffixes.py; traditional forms via PyPI hanziconv 0.3.2",
              "public domain (facts); hanziconv Apache-2.0",
              rows,
              notes=["kinds: org_suffix, place_suffix, programme_cue",
                     "strength: 3 almost always ends a name of that kind, 2 usually, 1 only with other evidence",
                     "named: closes a name only after a name of two or more characters (民主党), never a kind (执政党)",
                     "head: generic head noun that follows a quoted core (“四下基层”活动): take quote + head",
                     "trad: traditional surface; canonical is the simplified form"])


if __name__ == "__main__":
    main()
