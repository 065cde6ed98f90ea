"""Generates places-world.tsv: countries (common and official Chinese names), one-character newswire
abbreviations, continents and world regions, capitals and major cities.

Country names: Unicode CLDR via the PyPI package babel 2.18.0 (territory names, locale zh; common
short names such as 美国 俄罗斯) and iso-codes via pycountry 26.2.16 (zh_CN translations of the ISO
3166-1 official names such as 美利坚合众国). Subdivisions: the same package's zh_CN translations of ISO
3166-2, where the name ends in its level word (旁遮普邦, 剑桥郡). Abbreviations, regions and cities: general knowledge,
in Xinhua's transliteration. Traditional forms from opencc-python-reimplemented 0.1.7.

Run: /tmp/dictvenv/bin/pip install babel==2.18.0 pycountry==26.2.16 opencc-python-reimplemented==0.1.7
     /tmp/dictvenv/bin/python Dictionaries/tools/gen_places_world.py
"""
import gettext
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dictlib import Entries  # noqa: E402

import pycountry  # noqa: E402
from babel import Locale  # noqa: E402

SKIP = {"TW", "HK", "MO"}  # parts of China: in places-china.tsv
# Common names where the CLDR short form differs from the one Xinhua uses, or extra aliases.
EXTRA_ALIASES = {
    "CN": ["中华人民共和国"], "US": ["美利坚合众国", "美利坚"], "RU": ["俄罗斯联邦", "俄国"],
    "GB": ["大不列颠及北爱尔兰联合王国", "联合王国", "英伦"], "KR": ["大韩民国", "南韩"],
    "KP": ["朝鲜民主主义人民共和国", "北韩"], "CD": ["刚果民主共和国", "刚果金"], "CG": ["刚果共和国", "刚果布"],
    "DE": ["德意志联邦共和国"], "FR": ["法兰西共和国", "法兰西"], "JP": ["日本国"], "IN": ["印度共和国"],
    "VN": ["越南社会主义共和国"], "LA": ["老挝人民民主共和国"], "AE": ["阿拉伯联合酋长国"], "SA": ["沙特"],
    "NZ": ["纽西兰"], "PH": ["菲律宾共和国"], "MM": ["缅甸联邦共和国"], "CZ": ["捷克共和国"], "MK": ["马其顿"],
    "VA": ["梵蒂冈城国", "教廷"], "PS": ["巴勒斯坦国"], "IR": ["伊朗伊斯兰共和国"], "SY": ["叙利亚阿拉伯共和国"],
    "TR": ["土耳其共和国", "土耳其"], "BO": ["多民族玻利维亚国"], "VE": ["委内瑞拉玻利瓦尔共和国"], "MN": ["蒙古国"],
}
# One-character abbreviations used in newswire headlines (中美关系, 中俄, 日韩, 英法德) -> ISO code.
ABBR = {
    "中": "CN", "华": "CN", "美": "US", "日": "JP", "俄": "RU", "英": "GB", "法": "FR", "德": "DE", "意": "IT", "韩": "KR",
    "朝": "KP", "印": "IN", "巴": "PK", "越": "VN", "泰": "TH", "澳": "AU", "加": "CA", "新": "SG", "马": "MY",
    "菲": "PH", "西": "ES", "葡": "PT", "荷": "NL", "比": "BE", "瑞": "CH", "奥": "AT", "希": "GR", "土": "TR",
    "伊": "IR", "以": "IL", "埃": "EG", "沙": "SA", "南": "ZA", "墨": "MX", "阿": "AR", "智": "CL", "秘": "PE",
    "古": "CU", "乌": "UA", "白": "BY", "哈": "KZ", "蒙": "MN", "老": "LA", "柬": "KH", "缅": "MM", "文": "BN",
    "孟": "BD", "斯": "LK", "尼": "NP", "挪": "NO", "丹": "DK", "芬": "FI", "波": "PL", "匈": "HU", "捷": "CZ", "叙": "SY",
    "吉": "KG", "塔": "TJ", "罗": "RO",
}
MULTI_ABBR = {"印尼": "ID", "新西兰": "NZ", "沙特": "SA", "阿联酋": "AE", "乌克兰": "UA", "巴西": "BR",
              "南非": "ZA", "澳洲": "AU", "新马": "", "东帝汶": "TL", "巴新": "PG", "孟加拉": "BD", "哈国": "KZ"}
REGIONS = [
    ("亚洲", "continent"), ("欧洲", "continent"), ("非洲", "continent"), ("北美洲", "continent"), ("南美洲", "continent"),
    ("大洋洲", "continent"), ("南极洲", "continent"), ("美洲", "continent"), ("拉丁美洲", "region"), ("拉美", "region"),
    ("北美", "region"), ("南美", "region"), ("中美洲", "region"), ("加勒比", "region"), ("加勒比地区", "region"),
    ("中东", "region"), ("近东", "region"), ("远东", "region"), ("东南亚", "region"), ("东亚", "region"),
    ("南亚", "region"), ("中亚", "region"), ("西亚", "region"), ("西亚北非", "region"), ("北非", "region"),
    ("东非", "region"), ("西非", "region"), ("南部非洲", "region"), ("中部非洲", "region"), ("撒哈拉以南非洲", "region"),
    ("东欧", "region"), ("西欧", "region"), ("中欧", "region"), ("中东欧", "region"), ("南欧", "region"), ("北欧", "region"),
    ("巴尔干", "region"), ("波罗的海", "region"), ("高加索", "region"), ("亚太", "region"),
    ("印太", "region"), ("亚欧", "region"), ("欧亚", "region"), ("欧亚大陆", "region"), ("南太平洋", "region"),
    ("太平洋岛国", "region"), ("阿拉伯世界", "region"), ("海湾地区", "region"), ("海湾", "region"), ("北极", "region"),
    ("南极", "region"), ("澜湄", "region"), ("湄公河", "region"), ("大中华区", "region"), ("欧元区", "region"),
    ("太平洋", "ocean"), ("大西洋", "ocean"), ("印度洋", "ocean"), ("北冰洋", "ocean"), ("地中海", "sea"),
    ("红海", "sea"), ("黑海", "sea"), ("里海", "sea"), ("波斯湾", "sea"), ("南中国海", "sea"), ("马六甲海峡", "sea"),
    ("克什米尔", "region"), ("加沙", "region"), ("加沙地带", "region"), ("约旦河西岸", "region"), ("戈兰高地", "region"),
    ("克里米亚", "region"), ("顿巴斯", "region"), ("西伯利亚", "region"), ("阿拉斯加", "region"), ("夏威夷", "region"),
    ("苏格兰", "region"), ("威尔士", "region"), ("北爱尔兰", "region"), ("英格兰", "region"), ("巴伐利亚", "region"),
    ("加利福尼亚", "region"), ("加州", "region"), ("得克萨斯", "region"), ("得州", "region"), ("佛罗里达", "region"),
    ("魁北克", "region"), ("安大略", "region"), ("昆士兰", "region"), ("新南威尔士", "region"), ("北海道", "region"),
    ("冲绳", "region"), ("济州岛", "region"), ("巴厘岛", "region"), ("苏门答腊", "region"), ("爪哇", "region"),
    ("阿拉伯", "region"), ("巴尔干", "region"), ("斯堪的纳维亚", "region"), ("高加索", "region"),
]
# First-level divisions of large states named in world news (Japan's prefectures, the US states, Canada's
# provinces, Australian and German states, French regions, Korean provinces, Russia's republics, India's
# states, Pakistan's provinces): "name:ISO:level word". Each is written bare
# and with its level word (神奈川县, 俄亥俄州, 安大略省); a name marked "*" only with it, because bare it is
# a common word or a Chinese name (三重, 石川, 维多利亚) or is listed already (广岛 as a city, 魁北克 as a
# region). General knowledge (Xinhua transliteration).
FIRST_LEVEL = """
青森:JP:县 岩手:JP:县 *宫城:JP:县 *秋田:JP:县 *山形:JP:县 福岛:JP:县 茨城:JP:县 栃木:JP:县 群马:JP:县 埼玉:JP:县
*千叶:JP:县 神奈川:JP:县 新潟:JP:县 *富山:JP:县 *石川:JP:县 *福井:JP:县 山梨:JP:县 *长野:JP:县 岐阜:JP:县
静冈:JP:县 爱知:JP:县 *三重:JP:县 滋贺:JP:县 兵库:JP:县 奈良:JP:县 和歌山:JP:县 鸟取:JP:县 *岛根:JP:县
*冈山:JP:县 *山口:JP:县 德岛:JP:县 *香川:JP:县 爱媛:JP:县 *高知:JP:县 佐贺:JP:县 熊本:JP:县 *大分:JP:县
*宫崎:JP:县 鹿儿岛:JP:县 冲绳:JP:县 *广岛:JP:县 *福冈:JP:县 *长崎:JP:县 *东京:JP:都 *大阪:JP:府 *京都:JP:府
俄亥俄:US:州 密歇根:US:州 密执安:US:州 伊利诺伊:US:州 宾夕法尼亚:US:州 弗吉尼亚:US:州 西弗吉尼亚:US:州
马萨诸塞:US:州 新泽西:US:州 *纽约:US:州 *华盛顿:US:州 俄勒冈:US:州 内华达:US:州 亚利桑那:US:州 科罗拉多:US:州
犹他:US:州 新墨西哥:US:州 路易斯安那:US:州 密西西比:US:州 亚拉巴马:US:州 佐治亚:US:州 田纳西:US:州 肯塔基:US:州
印第安纳:US:州 威斯康星:US:州 明尼苏达:US:州 艾奥瓦:US:州 密苏里:US:州 阿肯色:US:州 俄克拉何马:US:州
堪萨斯:US:州 内布拉斯加:US:州 南达科他:US:州 北达科他:US:州 蒙大拿:US:州 怀俄明:US:州 爱达荷:US:州
南卡罗来纳:US:州 北卡罗来纳:US:州 马里兰:US:州 特拉华:US:州 康涅狄格:US:州 罗得岛:US:州 佛蒙特:US:州
新罕布什尔:US:州 缅因:US:州 *加利福尼亚:US:州 *得克萨斯:US:州 *佛罗里达:US:州 *阿拉斯加:US:州 *夏威夷:US:州
不列颠哥伦比亚:CA:省 阿尔伯塔:CA:省 萨斯喀彻温:CA:省 曼尼托巴:CA:省 新斯科舍:CA:省 新不伦瑞克:CA:省
纽芬兰:CA:省 *魁北克:CA:省 *安大略:CA:省 *维多利亚:AU:州 南澳大利亚:AU:州 西澳大利亚:AU:州 塔斯马尼亚:AU:州
*昆士兰:AU:州 *新南威尔士:AU:州 北莱茵-威斯特法伦:DE:州 巴登-符腾堡:DE:州 下萨克森:DE:州 萨克森:DE:州 黑森:DE:州
勃兰登堡:DE:州 图林根:DE:州 石勒苏益格-荷尔斯泰因:DE:州 莱茵兰-普法尔茨:DE:州 梅克伦堡-前波莫瑞:DE:州 *巴伐利亚:DE:州
阿尔萨斯:FR:大区 普罗旺斯:FR:大区 诺曼底:FR:大区 布列塔尼:FR:大区 勃艮第:FR:大区 洛林:FR:大区 科西嘉:FR:岛
*京畿:KR:道 *江原:KR:道 *忠清北:KR:道 *忠清南:KR:道 *全罗北:KR:道 *全罗南:KR:道 *庆尚北:KR:道 *庆尚南:KR:道 *济州:KR:道
鞑靼斯坦:RU:共和国 巴什科尔托斯坦:RU:共和国 达吉斯坦:RU:共和国 印古什:RU:共和国 *车臣:RU:共和国 北奥塞梯:RU:共和国
卡尔梅克:RU:共和国 楚瓦什:RU:共和国 布里亚特:RU:共和国 卡累利阿:RU:共和国 乌德穆尔特:RU:共和国 阿迪格:RU:共和国
古吉拉特:IN:邦 马哈拉施特拉:IN:邦 卡纳塔克:IN:邦 泰米尔纳德:IN:邦 喀拉拉:IN:邦 西孟加拉:IN:邦
比哈尔:IN:邦 奥里萨:IN:邦 阿萨姆:IN:邦 *北方:IN:邦 *中央:IN:邦 俾路支:PK:省
"""

# Former names of cities and countries still met in archive news, with the name of today as canonical
# (汉城 → 首尔, 1949–2005): "former:current". General knowledge; marked `historical`.
FORMER_NAMES = """
汉城:首尔 西贡:胡志明市 列宁格勒:圣彼得堡 斯大林格勒:伏尔加格勒 马德拉斯:金奈 锡兰:斯里兰卡 达荷美:贝宁
上沃尔特:布基纳法索 象牙海岸:科特迪瓦 扎伊尔:刚果（金）
"""

# Capitals and major cities: "city:ISO" in Xinhua transliteration; ~420 entries.
CITIES = """
华盛顿:US 纽约:US 洛杉矶:US 旧金山:US 芝加哥:US 休斯敦:US 西雅图:US 波士顿:US 费城:US 迈阿密:US 亚特兰大:US
达拉斯:US 拉斯维加斯:US 底特律:US 檀香山:US 圣迭戈:US 丹佛:US 硅谷:US 华尔街:US
渥太华:CA 多伦多:CA 温哥华:CA 蒙特利尔:CA 卡尔加里:CA 墨西哥城:MX 哈瓦那:CU 巴拿马城:PA 圣何塞:CR 马那瓜:NI
危地马拉城:GT 圣萨尔瓦多:SV 特古西加尔巴:HN 金斯敦:JM 太子港:HT 圣多明各:DO 巴西利亚:BR 圣保罗:BR 里约热内卢:BR
布宜诺斯艾利斯:AR 圣地亚哥:CL 利马:PE 波哥大:CO 加拉加斯:VE 基多:EC 拉巴斯:BO 亚松森:PY 蒙得维的亚:UY
伦敦:GB 曼彻斯特:GB 伯明翰:GB 利物浦:GB 爱丁堡:GB 格拉斯哥:GB 巴黎:FR 马赛:FR 里昂:FR 尼斯:FR 斯特拉斯堡:FR
柏林:DE 慕尼黑:DE 法兰克福:DE 汉堡:DE 科隆:DE 杜塞尔多夫:DE 斯图加特:DE 汉诺威:DE 罗马:IT 米兰:IT 威尼斯:IT
佛罗伦萨:IT 那不勒斯:IT 都灵:IT 马德里:ES 巴塞罗那:ES 瓦伦西亚:ES 里斯本:PT 波尔图:PT 阿姆斯特丹:NL 鹿特丹:NL
海牙:NL 布鲁塞尔:BE 安特卫普:BE 卢森堡:LU 伯尔尼:CH 日内瓦:CH 苏黎世:CH 达沃斯:CH 洛桑:CH 维也纳:AT 萨尔茨堡:AT
都柏林:IE 哥本哈根:DK 斯德哥尔摩:SE 奥斯陆:NO 赫尔辛基:FI 雷克雅未克:IS 华沙:PL 克拉科夫:PL 布拉格:CZ
布拉迪斯拉发:SK 布达佩斯:HU 布加勒斯特:RO 索非亚:BG 贝尔格莱德:RS 萨格勒布:HR 卢布尔雅那:SI 萨拉热窝:BA
波德戈里察:ME 斯科普里:MK 地拉那:AL 雅典:GR 塞萨洛尼基:GR 尼科西亚:CY 瓦莱塔:MT 塔林:EE 里加:LV 维尔纽斯:LT
明斯克:BY 基辅:UA 哈尔科夫:UA 敖德萨:UA 基希讷乌:MD 莫斯科:RU 圣彼得堡:RU 喀山:RU 新西伯利亚:RU 叶卡捷琳堡:RU
符拉迪沃斯托克:RU 海参崴:RU 索契:RU 加里宁格勒:RU 伏尔加格勒:RU 第比利斯:GE 埃里温:AM 巴库:AZ 安卡拉:TR
伊斯坦布尔:TR 东京:JP 大阪:JP 京都:JP 横滨:JP 名古屋:JP 神户:JP 福冈:JP 广岛:JP 长崎:JP 札幌:JP 那霸:JP
首尔:KR 釜山:KR 仁川:KR 大邱:KR 光州:KR 平壤:KP 开城:KP 乌兰巴托:MN 河内:VN 胡志明市:VN 岘港:VN 海防:VN
万象:LA 金边:KH 暹粒:KH 曼谷:TH 清迈:TH 普吉:TH 内比都:MM 仰光:MM 曼德勒:MM 吉隆坡:MY 布城:MY 槟城:MY
新山:MY 雅加达:ID 万隆:ID 马尼拉:PH 宿务:PH 达沃:PH 斯里巴加湾市:BN 帝力:TL 新德里:IN 孟买:IN
加尔各答:IN 班加罗尔:IN 金奈:IN 海得拉巴:IN 伊斯兰堡:PK 卡拉奇:PK 拉合尔:PK 瓜达尔:PK 白沙瓦:PK 达卡:BD
吉大港:BD 加德满都:NP 廷布:BT 科伦坡:LK 汉班托塔:LK 马累:MV 喀布尔:AF 德黑兰:IR 巴格达:IQ 大马士革:SY
阿勒颇:SY 贝鲁特:LB 安曼:JO 耶路撒冷:IL 特拉维夫:IL 拉姆安拉:PS 利雅得:SA 吉达:SA 麦加:SA 麦地那:SA
阿布扎比:AE 迪拜:AE 多哈:QA 麦纳麦:BH 科威特城:KW 马斯喀特:OM 萨那:YE 亚丁:YE 开罗:EG 亚历山大:EG
苏伊士:EG 的黎波里:LY 突尼斯市:TN 阿尔及尔:DZ 拉巴特:MA 卡萨布兰卡:MA 努瓦克肖特:MR 达喀尔:SN 巴马科:ML
阿比让:CI 阿克拉:GH 洛美:TG 科托努:BJ 阿布贾:NG 拉各斯:NG 尼亚美:NE 瓦加杜古:BF 弗里敦:SL 蒙罗维亚:LR
科纳克里:GN 比绍:GW 班珠尔:GM 普拉亚:CV 雅温得:CM 杜阿拉:CM 马拉博:GQ 利伯维尔:GA 布拉柴维尔:CG 金沙萨:CD
班吉:CF 恩贾梅纳:TD 喀土穆:SD 朱巴:SS 亚的斯亚贝巴:ET 阿斯马拉:ER 吉布提市:DJ 摩加迪沙:SO 内罗毕:KE
蒙巴萨:KE 坎帕拉:UG 基加利:RW 基特加:BI 多多马:TZ 达累斯萨拉姆:TZ 卢萨卡:ZM 哈拉雷:ZW 利隆圭:MW 马普托:MZ
罗安达:AO 温得和克:NA 哈博罗内:BW 比勒陀利亚:ZA 约翰内斯堡:ZA 开普敦:ZA 德班:ZA 马塞卢:LS 姆巴巴内:SZ
塔那那利佛:MG 路易港:MU 维多利亚:SC 莫罗尼:KM 圣多美:ST 阿斯塔纳:KZ 阿拉木图:KZ 塔什干:UZ 撒马尔罕:UZ
比什凯克:KG 杜尚别:TJ 阿什哈巴德:TM 堪培拉:AU 悉尼:AU 墨尔本:AU 布里斯班:AU 珀斯:AU 阿德莱德:AU 达尔文:AU
惠灵顿:NZ 奥克兰:NZ 莫尔兹比港:PG 苏瓦:FJ 阿皮亚:WS 努库阿洛法:TO 霍尼亚拉:SB 维拉港:VU 塔拉瓦:KI
梵蒂冈城:VA 摩纳哥城:MC 安道尔城:AD 圣马力诺市:SM 瓦杜兹:LI 新加坡市:SG 巴斯特尔:KN 布里奇顿:BB 西班牙港:TT
乔治敦:GY 帕拉马里博:SR 拿骚:BS 罗索:DM 圣约翰:AG 金斯敦港:VC 卡斯特里:LC 圣乔治:GD 贝尔莫潘:BZ 萨尔瓦多:BR
新奥尔良:US 凤凰城:US 圣路易斯:US 匹兹堡:US 克利夫兰:US 巴尔的摩:US 明尼阿波利斯:US 盐湖城:US 奥兰多:US
纳什维尔:US 孟菲斯:US 圣安东尼奥:US 奥斯汀:US 萨克拉门托:US 安克雷奇:US 普林斯顿:US
加的夫:GB 贝尔法斯特:GB 布里斯托尔:GB 利兹:GB 谢菲尔德:GB 纽卡斯尔:GB 牛津:GB 剑桥:GB 南安普敦:GB 诺丁汉:GB
波尔多:FR 图卢兹:FR 里尔:FR 南特:FR 戛纳:FR 蒙彼利埃:FR 不来梅:DE 德累斯顿:DE 莱比锡:DE 波恩:DE 纽伦堡:DE
多特蒙德:DE 埃森:DE 杜伊斯堡:DE 海德堡:DE 美因茨:DE 热那亚:IT 博洛尼亚:IT 巴勒莫:IT 维罗纳:IT 塞维利亚:ES
毕尔巴鄂:ES 马拉加:ES 萨拉戈萨:ES 哥德堡:SE 马尔默:SE 卑尔根:NO 图尔库:FI 格但斯克:PL 罗兹:PL 布尔诺:CZ
康斯坦察:RO 瓦尔纳:BG 普罗夫迪夫:BG 诺维萨德:RS 斯普利特:HR 杜布罗夫尼克:HR 下诺夫哥罗德:RU 萨马拉:RU
鄂木斯克:RU 伊尔库茨克:RU 哈巴罗夫斯克:RU 摩尔曼斯克:RU 车里雅宾斯克:RU 巴士拉:IQ 摩苏尔:IQ 伊斯法罕:IR
马什哈德:IR 设拉子:IR 大不里士:IR 海法:IL 拉塔基亚:SY 霍姆斯:SY 伊兹密尔:TR 安塔利亚:TR 仙台:JP 千叶:JP
川崎:JP 蔚山:KR 水原:KR 浦项:KR 新义州:KP 顺化:VN 芹苴:VN 泗水:ID 棉兰:ID 日惹:ID 巨港:ID 阿格拉:IN
斋浦尔:IN 艾哈迈达巴德:IN 浦那:IN 勒克瑙:IN 瓦拉纳西:IN 昌迪加尔:IN 坎大哈:AF 赫拉特:AF 马扎里沙里夫:AF
奎达:PK 木尔坦:PK 费萨拉巴德:PK 马拉喀什:MA 丹吉尔:MA 班加西:LY 苏尔特:LY 伊巴丹:NG 哈科特港:NG
布拉瓦约:ZW 基苏木:KE 卢本巴希:CD 瓜达拉哈拉:MX 蒙特雷:MX 坎昆:MX 蒂华纳:MX 麦德林:CO 瓜亚基尔:EC
库斯科:PE 马瑙斯:BR 累西腓:BR 阿雷格里港:BR 贝洛奥里藏特:BR 库里蒂巴:BR 科尔多瓦:AR 罗萨里奥:AR
瓦尔帕莱索:CL 马拉开波:VE 霍巴特:AU 基督城:NZ
"""


# ISO 3166-2 subdivisions (iso-codes' zh_CN names, via pycountry): only the names that carry their level
# word (旁遮普邦, 恰帕斯州, 下莱茵省, 剑桥郡), which nothing else ends that way; the bare stems (旁遮普, 梅塔)
# are often other words or names, and are left to FIRST_LEVEL's hand list.
SUBDIVISION_LEVELS = ("自治共和国", "自治区", "共和国", "群岛", "大区", "省", "州", "邦", "郡", "县", "市", "岛", "区")
# Stems that are directions or generic words (东部区, 国家区, 首都特区, 下河区), not names.
GENERIC_STEM = re.compile(r"^[东西南北中上下部内外首都国家河岸湖山海滨特]+$")


def add_subdivisions(e, common):
    zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    words = set()
    words_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "words.tsv")
    with open(words_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                words.add(line.split("\t", 1)[0])
    for sub in sorted(pycountry.subdivisions, key=lambda x: x.code):
        code = sub.country_code
        if code in SKIP or code == "CN" or code not in common:
            continue
        name = zh.gettext(sub.name)
        # untranslated, mixed script, or a political prefix (伪…) is no name to add
        if name == sub.name or not re.fullmatch(r"[\u4e00-\u9fff]{3,}", name) or name.startswith("伪"):
            continue
        level = next((w for w in SUBDIVISION_LEVELS if name.endswith(w)), None)
        if level is None or "地区" in name or "和" in name:
            continue
        stem = name[: -len(level)]
        if len(stem) < 2 or GENERIC_STEM.match(stem) or stem in words or e.has(name, "place"):
            continue
        e.add(name, "place", "", ["level=region", "in=" + common[code]])


def main():
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    terr = Locale("zh").territories
    common = {}
    e = Entries()
    for c in pycountry.countries:
        code = c.alpha_2
        if code in SKIP:
            continue
        name = terr.get(code) or zh.gettext(c.name)
        if not re.search(r"[\u4e00-\u9fff]", name):
            continue
        common[code] = name
        e.add(name, "place", "", ["level=country", "iso=" + code])
    for c in pycountry.countries:
        code = c.alpha_2
        if code not in common:
            continue
        aliases = list(EXTRA_ALIASES.get(code, []))
        for raw in (c.name, getattr(c, "official_name", None)):
            if raw:
                t = zh.gettext(raw)
                if re.search(r"[\u4e00-\u9fff]", t) and "中国" not in t:
                    aliases.append(t)
        for a in aliases:
            if a != common[code]:
                e.add(a, "place", common[code], ["level=country", "iso=" + code])
    for ch, code in ABBR.items():
        e.add(ch, "place", common[code], ["level=country", "iso=" + code, "abbr"])
    for s, code in MULTI_ABBR.items():
        if code:
            e.add(s, "place", common[code], ["level=country", "iso=" + code, "abbr"])
    for name, lv in REGIONS:
        e.add(name, "place", "", ["level=" + ("region" if lv in ("region",) else lv)])
    # Asia's and Africa's one-character abbreviations, as newswire writes them in 亚运会 (the Asian Games),
    # in lists (亚、非、拉) and beside a state's (中非合作, 亚非国家); the recognisers accept a one-character
    # abbreviation only in such contexts.
    e.add("亚", "place", "亚洲", ["level=continent", "abbr"])
    e.add("非", "place", "非洲", ["level=continent", "abbr"])
    for item in FIRST_LEVEL.split():
        name, code, level_word = item.split(":")
        bare_too = not name.startswith("*")
        name = name.lstrip("*")
        attrs = ["level=region", "in=" + common[code]]
        if bare_too:
            e.add(name, "place", "", attrs)
        e.add(name + level_word, "place", "", attrs)
    for item in CITIES.split():
        city, code = item.split(":")
        e.add(city, "place", "", ["level=city", "in=" + common[code]])
    for item in FORMER_NAMES.split():
        former, now = item.split(":")
        if not e.has(now, "place"):
            sys.exit(f"FORMER_NAMES: {now} is not a place of this file")
        attrs = [a for a in e.rows[(now, "place")][1].split(";") if a and not a.startswith("iso=")]
        e.add(former, "place", now, attrs + ["historical"])
    # after the hand lists, which keep their own entries (吉布提市 the city)
    add_subdivisions(e, common)
    e.write("places-world.tsv", "Countries, world regions and major cities in Chinese",
            "PyPI babel 2.18.0 (CLDR zh territory names), PyPI pycountry 26.2.16 (iso-codes zh_CN ISO 3166-1 "
            "names, and ISO 3166-2 subdivision names that end in their level word); general knowledge: abbreviations, regions, cities (Dictionaries/tools/gen_places_world.py)",
            "Unicode-3.0 (CLDR via babel, BSD-3-Clause), LGPL-2.1 (pycountry/iso-codes translations); hand lines: CC0")


if __name__ == "__main__":
    main()
