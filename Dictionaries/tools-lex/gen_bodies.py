"""Generate ../bodies.tsv: body-type words that sit between a place and a title (厦门 市委 书记) or
stand alone as an organisation abbreviation (发改委, 人社局).

`level=` says which administrative level the word itself implies (市委 -> city); `full=` gives the
long form of an abbreviation and `abbr=` the short form on a long-form line, so the graph can merge
厦门市发改委 and 厦门市发展和改革委员会. `gov` marks party and state bodies (JSON-LD
GovernmentOrganization); `party`/`state`/`court` say which branch.
"""
from lexcommon import split_words, to_traditional, write_tsv

ROWS = []


def add(surface, level=None, full=None, abbr=None, gov=True, branch=None):
    attrs = {}
    if level:
        attrs["level"] = level
    if full:
        attrs["full"] = full
    if abbr:
        attrs["abbr"] = abbr
    if gov and branch != "mass":  # mass organisations (妇联, 科协 ...) are not state bodies
        attrs["gov"] = None
    if branch:
        attrs["branch"] = branch
    ROWS.append((surface, "body", "", attrs))


LEVEL_PREFIX = [("省", "province"), ("市", "city"), ("县", "county"), ("区", "county"), ("州", "prefecture"),
                ("自治区", "province"), ("自治州", "prefecture"), ("自治县", "county"), ("旗", "county"),
                ("盟", "prefecture"), ("地区", "prefecture"), ("镇", "township"), ("乡", "township")]

# party committees
for prefix, level in LEVEL_PREFIX:
    if prefix in ("自治区", "镇", "乡", "自治州", "自治县"):
        add(prefix + "党委", level, branch="party")
    else:
        add(prefix + "委", level, branch="party")
add("地委", "prefecture", branch="party")
add("自治区党委", "province", branch="party")
for word in split_words("党委 党工委 党组 党总支 党支部 总支 支部 机关党委 党委会 工委 街道党工委 村党支部 社区党委 党小组"):
    add(word, "township" if word.startswith("街道") else None,
        full="党的工作委员会" if word == "党工委" else None, branch="party")
add("党的工作委员会", abbr="党工委", branch="party")
add("中共中央", "country", branch="party")
add("党中央", "country", branch="party")
add("中央政治局", "country", branch="party")
add("中央书记处", "country", branch="party")
add("中央军委", "country", full="中央军事委员会", branch="party")
add("中央军事委员会", "country", abbr="中央军委", branch="party")

# party departments (bare, and prefixed with a party committee)
DEPARTMENTS = [("组织部", None), ("宣传部", None), ("统战部", "统一战线工作部"), ("政法委", "政法委员会"),
               ("政研室", "政策研究室"), ("农办", "农村工作领导小组办公室"), ("编办", "机构编制委员会办公室"),
               ("网信办", "网络安全和信息化委员会办公室"), ("外办", "外事工作委员会办公室"),
               ("台办", "台湾工作办公室"), ("巡察办", "巡察工作领导小组办公室"), ("老干部局", None),
               ("办公厅", None), ("办公室", None), ("党史研究室", None), ("政策研究室", None), ("党校", None),
               ("教育工委", "教育工作委员会"), ("宣传部文明办", None), ("文明办", "精神文明建设办公室"),
               ("深改办", "全面深化改革委员会办公室"), ("改革办", None), ("财经办", "财经委员会办公室")]
for dept, full in DEPARTMENTS:
    add(dept, full=full, branch="party")
    if full:
        add(full, abbr=dept, branch="party")
    for prefix, level in [("省委", "province"), ("市委", "city"), ("县委", "county"), ("区委", "county"),
                          ("州委", "prefecture")]:
        add(prefix + dept, level, full=(prefix + full) if full else None, branch="party")

# discipline, congress, CPPCC, government at each level
STATE_BODIES = [("纪委", "纪律检查委员会", "party"), ("监委", "监察委员会", "state"), ("纪委监委", None, "party"),
                ("人大", "人民代表大会", "state"), ("人大常委会", "人民代表大会常务委员会", "state"),
                ("政协", "政治协商会议委员会", "state"), ("政府", "人民政府", "state"),
                ("人民政府", None, "state"), ("法院", "人民法院", "court"), ("检察院", "人民检察院", "court"),
                ("中级人民法院", None, "court"), ("中院", "中级人民法院", "court"),
                ("高级人民法院", None, "court"), ("高院", "高级人民法院", "court"),
                ("人民法院", None, "court"), ("人民检察院", None, "court")]
for word, full, branch in STATE_BODIES:
    add(word, full=full, branch=branch)
    if full and full not in dict.fromkeys(w for w, _, _ in STATE_BODIES):
        add(full, abbr=word, branch=branch)
    for prefix, level in LEVEL_PREFIX:
        if prefix in ("镇", "乡") and word not in ("人大", "政府", "人民政府", "纪委"):
            continue
        if word in ("中级人民法院", "中院") and level not in ("city", "prefecture"):
            continue
        if word in ("高级人民法院", "高院") and level != "province":
            continue
        add(prefix + word, level, full=(prefix + full) if full else None, branch=branch)
add("国务院", "country", branch="state")
add("全国人大", "country", full="全国人民代表大会", branch="state")
add("全国人民代表大会", "country", abbr="全国人大", branch="state")
add("全国人大常委会", "country", full="全国人民代表大会常务委员会", branch="state")
add("全国政协", "country", full="中国人民政治协商会议全国委员会", branch="state")
add("中央纪委", "country", full="中央纪律检查委员会", branch="party")
add("中纪委", "country", full="中央纪律检查委员会", branch="party")
add("国家监委", "country", full="国家监察委员会", branch="state")
add("最高人民法院", "country", branch="court")
add("最高法", "country", full="最高人民法院", branch="court")
add("最高人民检察院", "country", branch="court")
add("最高检", "country", full="最高人民检察院", branch="court")

# government bureaus (局, county/city level) and departments (厅, province level) with abbreviations
BUREAUS = [("发改委", "发展和改革委员会"), ("发展改革委", "发展和改革委员会"), ("工信局", "工业和信息化局"),
           ("人社局", "人力资源和社会保障局"), ("住建局", "住房和城乡建设局"), ("市场监管局", "市场监督管理局"),
           ("文旅局", "文化和旅游局"), ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"),
           ("农业农村局", None), ("自然资源局", None), ("自然资源和规划局", None), ("生态环境局", None),
           ("教育局", None), ("财政局", None), ("公安局", None), ("商务局", None), ("科技局", "科学技术局"),
           ("民政局", None), ("司法局", None), ("审计局", None), ("统计局", None), ("税务局", None),
           ("水利局", None), ("林业局", None), ("交通运输局", None), ("交通局", "交通运输局"),
           ("应急局", "应急管理局"), ("应急管理局", None), ("医保局", "医疗保障局"), ("医疗保障局", None),
           ("退役军人事务局", None), ("信访局", None), ("城管局", "城市管理局"), ("城市管理局", None),
           ("体育局", None), ("海洋与渔业局", None), ("海洋渔业局", None), ("国资委", "国有资产监督管理委员会"),
           ("外事办", "外事办公室"), ("侨办", "侨务办公室"), ("金融办", "金融工作办公室"),
           ("金融局", "地方金融监督管理局"), ("大数据局", "大数据管理局"), ("数据局", "数据管理局"),
           ("行政审批局", None), ("机关事务管理局", None), ("粮食和物资储备局", None), ("气象局", None),
           ("地震局", None), ("档案局", None), ("广电局", "广播电视局"), ("文广局", None),
           ("规划局", None), ("国土局", "国土资源局"), ("环保局", "环境保护局"), ("住建委", "住房和城乡建设委员会"),
           ("经信委", "经济和信息化委员会"), ("经信局", "经济和信息化局"), ("教委", "教育委员会"),
           ("科委", "科学技术委员会"), ("民宗局", "民族宗教事务局"), ("民宗委", "民族宗教事务委员会"),
           ("知识产权局", None), ("乡村振兴局", None), ("口岸办", "口岸办公室"), ("物价局", None),
           ("人防办", "人民防空办公室"), ("海事局", None), ("边检站", "出入境边防检查站"), ("消防救援支队", None),
           ("消防救援大队", None), ("交警支队", "公安局交通警察支队"), ("交警大队", "公安局交通警察大队"),
           ("派出所", None), ("公安分局", None), ("税务分局", None), ("供电公司", None), ("烟草专卖局", None),
           ("邮政管理局", None), ("港务局", None), ("港口管理局", None), ("海关", None), ("管委会", "管理委员会"),
           ("管理委员会", None), ("街道办", "街道办事处"), ("街道办事处", None), ("办事处", None),
           ("村委会", "村民委员会"), ("居委会", "居民委员会"), ("社区居委会", None), ("村民委员会", None),
           ("居民委员会", None), ("执法局", "综合行政执法局"), ("综合执法局", "综合行政执法局"),
           ("行署", "行政公署"),
           # more bureaus of local government, current and of the 1980s-2000s, with their common short forms
           ("教体局", "教育和体育局"), ("教育和体育局", None), ("园林局", None), ("园林绿化局", None),
           ("发改局", "发展和改革局"), ("发展和改革局", None), ("文广新局", "文化广电新闻出版局"),
           ("文广旅局", "文化广电和旅游局"), ("文化局", None), ("旅游局", None), ("卫生局", None),
           ("计生委", "人口和计划生育委员会"), ("卫计局", "卫生和计划生育局"), ("卫计委", "卫生和计划生育委员会"),
           ("人事局", None), ("劳动局", None), ("劳动和社会保障局", None), ("劳动保障局", "劳动和社会保障局"),
           ("外经贸局", "对外贸易经济合作局"), ("外经贸委", "对外经济贸易委员会"), ("经贸委", "经济贸易委员会"),
           ("经委", "经济委员会"), ("计委", "计划委员会"), ("体改委", "经济体制改革委员会"),
           ("体委", "体育运动委员会"), ("体育运动委员会", None), ("乡镇企业局", None),
           ("外侨办", "外事侨务办公室"), ("法制办", "法制办公室"), ("机关事务局", "机关事务管理局"),
           ("粮储局", "粮食和物资储备局"), ("粮食局", None), ("数据资源局", "数据资源管理局"),
           ("地方金融监管局", "地方金融监督管理局"), ("扶贫办", "扶贫开发领导小组办公室"),
           ("安监局", "安全生产监督管理局"), ("食药监局", "食品药品监督管理局"), ("质监局", "质量技术监督局"),
           ("工商局", "工商行政管理局"), ("投促局", "投资促进局"), ("投资促进局", None), ("招商局", None),
           ("农业局", None), ("畜牧局", None), ("水务局", None), ("建设局", None), ("城乡建设局", None),
           ("交委", "交通运输委员会"), ("农委", "农业委员会"), ("房管局", "房地产管理局"), ("公路局", None),
           ("烟草局", "烟草专卖局"), ("行政审批服务局", None), ("人武部", "人民武装部"), ("武装部", "人民武装部"),
           ("民委", "民族事务委员会"), ("民族事务委员会", None), ("出入境管理局", None),
           ("融媒体中心", None), ("政务服务中心", None), ("行政服务中心", None), ("公共资源交易中心", None),
           ("住房公积金管理中心", None), ("不动产登记中心", None),
           ("信访办", "信访办公室"), ("老干局", "老干部局"), ("地税局", "地方税务局"), ("药监局", "药品监督管理局"),
           ("建委", "建设委员会"), ("规划委", "规划委员会"), ("老龄办", "老龄工作委员会办公室"),
           ("综治办", "社会治安综合治理委员会办公室"), ("房屋管理局", None), ("新闻办", "新闻办公室"),
           # a city's or county's traffic police as one force (济南交警, 北京交警), as its 交警支队 is
           ("交警", None)]
full_forms = {}
for word, full in BUREAUS:
    level = "prefecture" if word == "行署" else "township" if word in ("街道办", "街道办事处", "村委会", "居委会", "社区居委会", "村民委员会",
                                   "居民委员会", "办事处", "派出所") else None
    add(word, level, full=full, branch="state")
    if full:
        full_forms.setdefault(full, word)
for full, word in full_forms.items():
    add(full, abbr=word, branch="state")
# provincial departments: 教育厅, 公安厅 ... (a 厅 is provincial by construction)
for stem in split_words("""教育 公安 财政 民政 司法 商务 科技 自然资源 生态环境 住房和城乡建设 住建 交通运输 水利 农业农村
文化和旅游 文旅 卫生健康 卫健 人力资源和社会保障 人社 工业和信息化 工信 应急管理 退役军人事务 审计 国资 外事 侨务
海洋与渔业 林业 体育
农业 交通 文化 卫生 人事 劳动 劳动和社会保障 建设 国土资源 环境保护 环保 广播电视 广电 信息产业 对外贸易经济合作
外经贸 经济贸易 经贸 监察 国家安全 统计 粮食"""):
    # the second line: departments of the 1980s-2000s and their short forms (农业厅, 人事厅, 外经贸厅)
    add(stem + "厅", "province", branch="state")

# mass organisations and other public bodies often named by a short form
MASS = [("总工会", None), ("工会", None), ("科协", "科学技术协会"), ("文联", "文学艺术界联合会"),
        ("妇联", "妇女联合会"), ("团委", "共青团委员会"), ("团市委", None), ("团省委", None), ("团县委", None),
        ("团中央", "共青团中央委员会"), ("工商联", "工商业联合会"), ("侨联", "归国华侨联合会"),
        ("残联", "残疾人联合会"), ("社科联", "社会科学界联合会"), ("红十字会", None), ("青联", "青年联合会"),
        ("学联", "学生联合会"), ("台联", "台湾同胞联谊会"), ("作协", "作家协会"), ("贸促会", "国际贸易促进委员会"),
        ("供销社", "供销合作社"), ("党校", None), ("行政学院", None), ("社会主义学院", None)]
for word, full in MASS:
    level = {"团市委": "city", "团省委": "province", "团县委": "county", "团中央": "country"}.get(word)
    add(word, level, full=full, branch="mass")
    if full:
        add(full, abbr=word, branch="mass")
# provincial and city academies by their short form (江苏省社科院, 上海农科院); the full name already ends in a suffix
for word, full in [("社科院", "社会科学院"), ("农科院", "农业科学院")]:
    add(word, None, full=full, gov=False, branch="state")
# democratic parties: stand-alone organisation abbreviations
for word, full in [("民革", "中国国民党革命委员会"), ("民盟", "中国民主同盟"), ("民建", "中国民主建国会"),
                   ("民进", "中国民主促进会"), ("农工党", "中国农工民主党"), ("致公党", "中国致公党"),
                   ("九三学社", None), ("台盟", "台湾民主自治同盟")]:
    add(word, full=full, gov=False, branch="democratic_party")
    if full:
        add(full, abbr=word, gov=False, branch="democratic_party")


def main():
    rows = list(ROWS)
    for surface, kind, _, attrs in ROWS:
        trad = to_traditional(surface, {"干": "幹", "台": "台"})
        if trad != surface:
            rows.append((trad, kind, surface, dict(attrs, trad=None)))
    write_tsv("bodies.tsv", "Body-type words: party, state, court and mass-organisation bodies and their short forms",
              "general knowledge: names of Chinese party, government, congress, CPPCC, court and mass-organisation "
              "bodies; generated by Dictionaries/tools-lex/gen_bodies.py; traditional forms via PyPI hanziconv 0.3.2",
              "public domain (facts); hanziconv Apache-2.0",
              rows,
              notes=["level: administrative level the word implies (市委 -> city); full: long form of an abbreviation; "
                     "abbr: short form on a long-form line",
                     "gov: party or state body (JSON-LD GovernmentOrganization); branch=party|state|court|mass|democratic_party",
                     "trad: traditional surface; canonical is the simplified form"])


if __name__ == "__main__":
    main()
