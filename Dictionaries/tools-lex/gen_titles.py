"""Generate ../titles.tsv: office and job titles with the kind of body they belong to and a rank.

Rank scheme (lower = more senior), the same for every body so that "who is the senior person in
this sentence" can be compared across titles:
   1  top national office (总书记, 国家主席, 总统, 国王 ...)
   3  head of national government / legislature / national deputy head (总理, 委员长, 副总统 ...)
   5  national deputy / state councillor level (副总理, 国务委员, 政治局常委 ...)
  10  head of a body (书记, 市长, 局长, 董事长, 大使 ...)
  12  acting head (代市长 ...)
  15  executive deputy head (常务副市长 ...)
  20  deputy head (副书记, 副市长 ...)
  30  standing-committee member (常委) or second-tier executive (总监 ...)
  35  secretary-general (秘书长)
  40  committee member (委员), deputy secretary-general
  45  assistant / inspector grades (助理, 巡视员, 调研员)
  50  division head (处长) ;  60 section head (科长, 组长) ;  70 representative (人大代表)
  80  staff and press (记者, 编辑, 干事 ...)
`level=` is added where a compound title implies the level of its body (省委书记 -> province).
Compound titles are generated from body words x bare titles; variants 副 / 常务副 / 代 are generated
systematically for heads. Traditional surfaces (hanziconv + fixes) map to the simplified canonical.
"""
from lexcommon import split_words, to_traditional, write_tsv

ROWS = []


def add(surface, body, rank, level=None, **extra):
    attrs = {"body": body, "rank": rank}
    if level:
        attrs["level"] = level
    attrs.update(extra)
    ROWS.append((surface, "title", "", attrs))


HEAD_WORDS = sorted(split_words("""局长 厅长 部长 主任 书记 院长 校长 所长 行长 社长 台长 会长 理事长 董事长 总经理
总裁 处长 科长 司长 署长 关长 检察长 庭长 馆长 站长 队长 组长 园长 主任委员 总编辑 主编 总干事 团长 市长 省长
县长 区长 镇长 乡长 州长 旗长 盟长 村长 主席 总统 首相 总理 议长 秘书长 司令员 司令 参谋长 政委 政治委员"""),
                    key=len, reverse=True)


def split_head(title):
    """(body part, head word) of a title: 公安局局长 -> (公安局, 局长); the deputy marker goes between."""
    for head in HEAD_WORDS:
        if title.endswith(head):
            return title[: -len(head)], head
    return "", title


def head_with_variants(title, body, level=None, acting=False, executive=True):
    """A head title and its deputies: 公安局局长 公安局副局长 公安局常务副局长 (and 代/代理 for elected heads)."""
    stem, head = split_head(title)
    add(title, body, 10, level)
    add(stem + "副" + head, body, 20, level)
    if executive:
        add(stem + "常务副" + head, body, 15, level)
    if acting:
        add(stem + "代" + head, body, 12, level)
        add(stem + "代理" + head, body, 12, level)


# --- national top offices (China) -------------------------------------------------------------
for word, rank, body in [
    ("总书记", 1, "party"), ("中共中央总书记", 1, "party"), ("国家主席", 1, "government"),
    ("中央军委主席", 1, "military"), ("军委主席", 1, "military"), ("国务院总理", 3, "government"),
    ("全国人大常委会委员长", 3, "congress"), ("委员长", 3, "congress"), ("全国政协主席", 3, "cppcc"),
    ("国家副主席", 5, "government"), ("国务院副总理", 5, "government"), ("国务委员", 5, "government"),
    ("中央政治局常委", 3, "party"), ("政治局常委", 3, "party"), ("中央政治局委员", 5, "party"),
    ("政治局委员", 5, "party"), ("中央书记处书记", 5, "party"), ("书记处书记", 5, "party"),
    ("中央委员", 20, "party"), ("中央候补委员", 25, "party"), ("候补委员", 40, "party"),
    ("全国人大常委会副委员长", 5, "congress"), ("副委员长", 5, "congress"), ("全国政协副主席", 5, "cppcc"),
    ("中央军委副主席", 5, "military"), ("军委副主席", 5, "military"), ("中央纪委书记", 5, "discipline"),
    ("国家监委主任", 5, "discipline"), ("最高人民法院院长", 5, "other"), ("最高人民检察院检察长", 5, "other"),
]:
    add(word, body, rank, "country" if rank < 20 else None)

# --- bare titles ------------------------------------------------------------------------------
for head, body in [("书记", "party"), ("局长", "government"), ("厅长", "government"), ("部长", "government"),
                   ("主任", "other"), ("主席", "other"), ("院长", "other"), ("校长", "school"),
                   ("所长", "other"), ("行长", "enterprise"), ("社长", "media"), ("台长", "media"),
                   ("会长", "other"), ("理事长", "other"), ("董事长", "enterprise"), ("总经理", "enterprise"),
                   ("总裁", "enterprise"), ("处长", "government"), ("科长", "government"), ("司长", "government"),
                   ("署长", "government"), ("关长", "government"), ("检察长", "other"), ("庭长", "other"),
                   ("馆长", "other"), ("站长", "other"), ("队长", "other"), ("组长", "other"), ("园长", "school"),
                   ("主任委员", "other"), ("总编辑", "media"), ("主编", "media"), ("总干事", "other"),
                   ("团长", "other"), ("市长", "place"), ("省长", "place"), ("县长", "place"), ("区长", "place"),
                   ("镇长", "place"), ("乡长", "place"), ("州长", "place"), ("旗长", "place"), ("盟长", "place"),
                   ("村长", "place"), ("主席团主席", "other"), ("总统", "place"), ("首相", "place"),
                   ("总理", "place"), ("议长", "congress"), ("秘书长", "other"), ("司令员", "military"),
                   ("司令", "military"), ("参谋长", "military"), ("政委", "military"), ("政治委员", "military")]:
    acting = body == "place" or head in ("主席", "主任", "院长", "检察长")
    executive = head not in ("总统", "首相", "总理", "议长", "司令", "司令员", "政委", "政治委员", "参谋长",
                             "州长", "村长", "旗长", "盟长", "主任委员", "主编", "总干事", "庭长", "站长", "组长")
    head_with_variants(head, body, level={"市长": "city", "省长": "province", "县长": "county",
                                          "区长": "county", "镇长": "township", "乡长": "township",
                                          "旗长": "county", "盟长": "prefecture", "州长": None,
                                          "总统": "country", "首相": "country"}.get(head),
                       acting=acting, executive=executive)
    if not acting:
        # An acting minister, director or commander (代理部长, 代理局长) is newswire's common form; the
        # short 代 is kept to elected heads, where 代 + head is unambiguous.
        add("代理" + head, body, 12)
for entry in [
    # Heads of the special administrative regions (not the short 特首, read across 科威|特首|相), and high
    # offices of courts, audit and the military.
    ("行政长官", "place", 5), ("首席大法官", "other", 10), ("大法官", "other", 20),
    ("总检察长", "other", 10), ("审计长", "government", 10), ("总参谋长", "military", 10), ("党首", "party", 10),
    # A Japanese party's secretary-general (自民党干事长), attorneys general styled 检察总长, the UN's high
    # commissioners, and the heads of a mine, a ship's or an aircraft's crew, a police squad, a court's clerk.
    ("干事长", "party", 10), ("检察总长", "other", 10), ("高级专员", "other", 10), ("矿长", "enterprise", 10),
    ("船长", "other", 60), ("机长", "other", 60), ("警长", "government", 60), ("书记员", "other", 80),
    # Singapore's senior and minister mentor offices (内阁资政, 国务资政).
    ("资政", "government", 10), ("内阁资政", "government", 10), ("国务资政", "government", 10),
    # A company board's chair as listed companies style it (董事会主席, 董事局主席), and senior executives.
    ("董事会主席", "enterprise", 10), ("董事局主席", "enterprise", 10), ("董事会副主席", "enterprise", 20),
    ("董事局副主席", "enterprise", 20), ("执行总裁", "enterprise", 15), ("高级副总裁", "enterprise", 25),
    ("名誉董事长", "enterprise", 20), ("轮值主席", "other", 15),
    ("副总理", "place", 20), ("常委", "party", 30), ("委员", "other", 40), ("副秘书长", "other", 40),
    ("董事", "enterprise", 30), ("独立董事", "enterprise", 40), ("执行董事", "enterprise", 20),
    ("监事", "enterprise", 40), ("监事长", "enterprise", 20), ("监事会主席", "enterprise", 20),
    ("董事会秘书", "enterprise", 40), ("董秘", "enterprise", 40), ("首席执行官", "enterprise", 10),
    ("首席财务官", "enterprise", 20), ("首席技术官", "enterprise", 20), ("首席运营官", "enterprise", 20),
    ("首席经济学家", "enterprise", 30), ("首席科学家", "other", 30), ("总监", "enterprise", 30),
    ("副总", "enterprise", 30), ("常务副总", "enterprise", 25), ("主管", "enterprise", 50),
    ("经理", "enterprise", 40), ("副经理", "enterprise", 45), ("总工程师", "enterprise", 30),
    ("总会计师", "enterprise", 30), ("总经济师", "enterprise", 30), ("创始人", "enterprise", 10),
    ("联合创始人", "enterprise", 15), ("合伙人", "enterprise", 30), ("高级合伙人", "enterprise", 25),
    ("投资合伙人", "enterprise", 30), ("首席专家", "other", 30), ("创业带头人", "other", 80),
    ("致富带头人", "other", 80), ("职工", "other", 80),
    ("主委", "party", 10), ("副主委", "party", 20), ("专职副主委", "party", 20),
    ("厂长", "enterprise", 10), ("副厂长", "enterprise", 20), ("店长", "enterprise", 40),
    ("掌门人", "enterprise", 10), ("负责人", "other", 10), ("主要负责人", "other", 10),
    ("党组书记", "party", 10), ("党组副书记", "party", 20), ("党组成员", "party", 40),
    ("党委委员", "party", 40), ("支部书记", "party", 10), ("支书", "party", 10), ("村支书", "party", 10),
    ("第一书记", "party", 10), ("驻村第一书记", "party", 10), ("专职副书记", "party", 20),
    ("组织委员", "party", 40), ("宣传委员", "party", 40), ("纪检委员", "discipline", 40),
    ("党代表", "party", 70), ("人大代表", "congress", 70), ("全国人大代表", "congress", 70),
    ("政协委员", "cppcc", 70), ("全国政协委员", "cppcc", 70), ("政协常委", "cppcc", 30),
    ("巡视员", "government", 45), ("副巡视员", "government", 45), ("一级巡视员", "government", 45),
    ("二级巡视员", "government", 45), ("调研员", "government", 45), ("副调研员", "government", 45),
    ("一级调研员", "government", 45), ("二级调研员", "government", 45), ("三级调研员", "government", 45),
    ("四级调研员", "government", 45), ("主任科员", "government", 60), ("科员", "government", 80),
    ("干事", "other", 80), ("秘书", "other", 80), ("助理", "other", 45), ("市长助理", "place", 45),
    ("总经理助理", "enterprise", 45), ("局长助理", "government", 45), ("主任助理", "other", 45),
    ("理事", "other", 40), ("常务理事", "other", 35), ("副会长", "other", 20), ("常务副会长", "other", 15),
    ("主委", "other", 10), ("副主委", "other", 20), ("专职副主委", "other", 20), ("常务副主委", "other", 15),
    ("专职副主席", "other", 20), ("首席专家", "other", 30), ("首席研究员", "other", 30),
    ("投资合伙人", "enterprise", 30), ("管理合伙人", "enterprise", 25),
    ("名誉会长", "other", 30), ("名誉主席", "other", 30), ("荣誉主席", "other", 30), ("执行主席", "other", 15),
    ("特派员", "other", 40), ("特使", "diplomatic", 20), ("特别代表", "diplomatic", 20),
    ("发言人", "other", 60), ("新闻发言人", "other", 60), ("外交部发言人", "diplomatic", 60),
    ("网格员", "other", 80), ("辅警", "other", 80), ("民警", "other", 80), ("法官", "other", 60),
    ("检察官", "other", 60), ("审判长", "other", 50), ("审判员", "other", 60), ("律师", "other", 80),
    ("班主任", "school", 60), ("教导主任", "school", 50), ("系主任", "school", 50), ("辅导员", "school", 80),
    ("军长", "military", 10), ("师长", "military", 10), ("旅长", "military", 10), ("营长", "military", 10),
    ("连长", "military", 10), ("排长", "military", 10), ("舰长", "military", 10), ("指导员", "military", 20),
    ("总司令", "military", 1), ("副总司令", "military", 5), ("政治部主任", "military", 20),
    ("村主任", "place", 10), ("村委会主任", "place", 10), ("村委主任", "place", 10),
    ("居委会主任", "place", 10), ("社区主任", "place", 10), ("社区书记", "party", 10),
    ("村党支部书记", "party", 10), ("社区党委书记", "party", 10), ("村委委员", "place", 40),
    ("管委会主任", "government", 10), ("管委会副主任", "government", 20),
    ("管委会常务副主任", "government", 15), ("党工委书记", "party", 10), ("党工委副书记", "party", 20),
    ("党工委委员", "party", 40), ("监委主任", "discipline", 10), ("监委副主任", "discipline", 20),
    ("纪检组长", "discipline", 10), ("纪检监察组组长", "discipline", 10), ("纪工委书记", "discipline", 10),
    ("派驻纪检监察组组长", "discipline", 10), ("纪委监委", "discipline", 10),
    ("人大常委会主任", "congress", 10), ("人大常委会副主任", "congress", 20),
    ("人大常委会委员", "congress", 40), ("人大常委会秘书长", "congress", 35), ("人大主任", "congress", 10),
    ("人大主席", "congress", 10), ("人大副主席", "congress", 20), ("人大主席团主席", "congress", 10),
    ("政协主席", "cppcc", 10), ("政协副主席", "cppcc", 20), ("政协秘书长", "cppcc", 35),
    ("政协党组书记", "cppcc", 10), ("纪委书记", "discipline", 10), ("纪委副书记", "discipline", 20),
    ("纪委常委", "discipline", 30), ("纪委委员", "discipline", 40),
    # press
    ("记者", "media", 80), ("本报记者", "media", 80), ("首席记者", "media", 70), ("特约记者", "media", 80),
    ("见习记者", "media", 80), ("实习记者", "media", 80), ("通讯员", "media", 80), ("特约通讯员", "media", 80),
    ("编辑", "media", 80), ("责任编辑", "media", 80), ("副主编", "media", 20), ("执行主编", "media", 15),
    ("总编", "media", 10), ("副总编", "media", 20), ("副总编辑", "media", 20), ("主播", "media", 80),
    ("主持人", "media", 80), ("评论员", "media", 80), ("特约评论员", "media", 80), ("摄影记者", "media", 80),
    ("撰稿人", "media", 80), ("制片人", "media", 60),
    # diplomatic
    ("大使", "diplomatic", 10), ("特命全权大使", "diplomatic", 10), ("驻华大使", "diplomatic", 10),
    ("总领事", "diplomatic", 10), ("副总领事", "diplomatic", 20), ("领事", "diplomatic", 40),
    ("副领事", "diplomatic", 45), ("参赞", "diplomatic", 30), ("商务参赞", "diplomatic", 30), ("公使", "diplomatic", 20),
    ("公使衔参赞", "diplomatic", 25), ("临时代办", "diplomatic", 15), ("代办", "diplomatic", 15),
    ("武官", "diplomatic", 30), ("外交官", "diplomatic", 80), ("一等秘书", "diplomatic", 50),
    ("二等秘书", "diplomatic", 55), ("三等秘书", "diplomatic", 60), ("随员", "diplomatic", 80),
    ("外交部长", "government", 10, "country"), ("外长", "government", 10, "country"),
    ("副外长", "government", 20, "country"), ("外交部副部长", "government", 20, "country"),
    ("外交大臣", "government", 10, "country"), ("国务卿", "government", 10, "country"),
    ("副国务卿", "government", 20, "country"), ("国防部长", "government", 10, "country"),
    ("防长", "government", 10, "country"), ("国防大臣", "government", 10, "country"),
    ("财长", "government", 10, "country"), ("财政大臣", "government", 10, "country"),
    ("商务部长", "government", 10, "country"), ("商务大臣", "government", 10, "country"),
    ("内政部长", "government", 10, "country"), ("内政大臣", "government", 10, "country"),
    ("司法部长", "government", 10, "country"), ("教育部长", "government", 10, "country"),
    ("卫生部长", "government", 10, "country"), ("贸易代表", "government", 10, "country"),
    ("大臣", "government", 10), ("内阁大臣", "government", 10), ("官房长官", "government", 10, "country"),
    ("内阁官房长官", "government", 10, "country"), ("国家安全顾问", "government", 20, "country"),
    ("特别助理", "government", 45), ("总统助理", "government", 30, "country"),
    ("国家安全事务助理", "government", 20, "country"), ("首席部长", "place", 10),
    # Ministers of a cabinet styled 大臣 (Britain, Japan, Thailand, Malaysia …): 经济大臣, 农林水产大臣.
    *[(portfolio + "大臣", "government", 10, "country") for portfolio in """经济 贸易 工业 贸工 卫生 教育 司法 法务
      农业 交通 运输 环境 文化 能源 内务 外务 防卫 总务 劳工 就业 社会保障 住房 国务 财务 经济产业 文部科学
      厚生劳动 农林水产 国土交通 科技 通讯 旅游 体育 宗教 新闻 首席""".split()],
    # Japan's ministers in the press's short style, portfolio + 相 (外相 高村, 藏相, 通产相).
    *[(portfolio + "相", "government", 10, "country") for portfolio in """外 藏 财 法 文 厚 农 通产 运输 邮政 建设 自治
      防卫 经产 国交""".split()],
    # foreign heads and legislators
    ("国王", "place", 1, "country"), ("女王", "place", 1, "country"), ("王储", "place", 5, "country"),
    ("王子", "place", 30, "country"), ("公主", "place", 30, "country"), ("亲王", "place", 20, "country"),
    ("王后", "place", 20, "country"), ("苏丹", "place", 1, "country"), ("埃米尔", "place", 1, "country"),
    ("总督", "place", 3), ("副总督", "place", 20), ("大公", "place", 1, "country"),
    ("酋长", "place", 10), ("教皇", "other", 1), ("教宗", "other", 1), ("天皇", "place", 1, "country"),
    ("国家元首", "place", 1, "country"), ("元首", "place", 1, "country"), ("代总统", "place", 3, "country"),
    ("候任总统", "place", 3, "country"), ("当选总统", "place", 3, "country"), ("前总统", "place", 3, "country"),
    ("总理府部长", "government", 10), ("参议员", "congress", 40), ("众议员", "congress", 40),
    ("议员", "congress", 40), ("国会议员", "congress", 40), ("众议院议长", "congress", 5, "country"),
    ("参议院议长", "congress", 5, "country"), ("下院议长", "congress", 5, "country"),
    ("上院议长", "congress", 5, "country"), ("国会议长", "congress", 5, "country"),
    ("联合国秘书长", "other", 1), ("秘书长特别代表", "diplomatic", 20), ("市议员", "congress", 40),
]:
    add(*entry)  # (surface, body, rank[, level])

# --- compound titles: party committees -----------------------------------------------------------
PARTY_COMMITTEES = {  # committee word -> level it implies (None: any level)
    "省委": "province", "市委": "city", "县委": "county", "区委": "county", "州委": "prefecture",
    "地委": "prefecture", "盟委": "prefecture", "旗委": "county", "自治区党委": "province",
    "镇党委": "township", "乡党委": "township", "街道党工委": "township", "党委": None, "党工委": None,
    "党组": None, "党总支": None, "党支部": None, "村党支部": None, "机关党委": None, "工委": None,
    "县委常委会": "county",
}
for committee, level in PARTY_COMMITTEES.items():
    add(committee + "书记", "party", 10, level)
    add(committee + "副书记", "party", 20, level)
    add(committee + "常务副书记", "party", 15, level)
    add(committee + "委员", "party", 40, level)
    if level in ("province", "city", "county", "prefecture"):
        add(committee + "常委", "party", 30, level)
        add(committee + "秘书长", "party", 35, level)
        add(committee + "副秘书长", "party", 40, level)

# party departments: 组织部部长, 组织部长 (short form), 宣传部副部长 ...
for dept in split_words("组织部 宣传部 统战部 政法委 政研室 农办 编办 网信办 外办 台办 巡察办 老干部局"):
    head = "部长" if dept.endswith("部") else ("书记" if dept == "政法委" else ("局长" if dept.endswith("局") else "主任"))
    for prefix, level in [("", None), ("省委", "province"), ("市委", "city"), ("县委", "county"), ("区委", "county")]:
        head_with_variants(prefix + dept + head, "party", level)
        if dept.endswith("部"):
            add(prefix + dept[:-1] + "部长", "party", 10, level)  # short form 组织部长: no deputy variants

# --- compound titles: discipline, congress, CPPCC at each level ----------------------------------
for prefix, level in [("省", "province"), ("市", "city"), ("县", "county"), ("区", "county"),
                      ("州", "prefecture"), ("自治区", "province"), ("镇", "township"), ("乡", "township")]:
    for stem, body in [("纪委书记", "discipline"), ("纪委副书记", "discipline"), ("纪委常委", "discipline"),
                       ("监委主任", "discipline"), ("监委副主任", "discipline"), ("纪委监委主任", "discipline"),
                       ("人大常委会主任", "congress"), ("人大常委会副主任", "congress"),
                       ("人大常委会委员", "congress"), ("人大代表", "congress"), ("政协主席", "cppcc"),
                       ("政协副主席", "cppcc"), ("政协委员", "cppcc"), ("政协常委", "cppcc")]:
        if prefix in ("镇", "乡") and ("常委会" in stem or "政协" in stem):
            continue  # townships have a people's congress presidium, no standing committee or CPPCC
        rank = 10 if stem.endswith(("书记", "主任", "主席")) and "副" not in stem else \
            20 if "副" in stem else 30 if stem.endswith("常委") else 70 if stem.endswith(("代表", "委员")) and "常委会" not in stem else 40
        add(prefix + stem, body, rank, level)
    if prefix in ("镇", "乡"):
        add(prefix + "人大主席", "congress", 10, level)
        add(prefix + "人大副主席", "congress", 20, level)

# --- compound titles: government ---------------------------------------------------------------
for head, level in [("省长", "province"), ("市长", "city"), ("县长", "county"), ("区长", "county"),
                    ("镇长", "township"), ("乡长", "township")]:
    add("常务副" + head, "place", 15, level)
for gov, level in [("省政府", "province"), ("市政府", "city"), ("县政府", "county"), ("区政府", "county"),
                   ("国务院", "country")]:
    add(gov + "秘书长", "government", 35, level)
    add(gov + "副秘书长", "government", 40, level)
    add(gov + "党组成员", "government", 40, level)
add("政府秘书长", "government", 35)
add("政府副秘书长", "government", 40)

# bureaus, departments and ministries: X局局长 / X局长 / X厅厅长 / X部部长 ...
BUREAU_STEMS = split_words("""公安 财政 教育 民政 司法 商务 科技 审计 统计 税务 水利 林业 农业农村 文化和旅游 文旅 卫生健康 卫健
交通运输 交通 自然资源 生态环境 住房和城乡建设 住建 人力资源和社会保障 人社 工业和信息化 工信 市场监管 应急管理 应急 医疗保障 医保
退役军人事务 信访 城市管理 城管 体育 海洋与渔业 海洋渔业 粮食和物资储备 国资 外事 侨务 金融 机关事务管理 数据管理 行政审批
气象 地震 档案 广播电视 新闻出版 规划 国土 环保 海事 边检 消防救援 烟草 邮政 知识产权 移民管理""")
for stem in BUREAU_STEMS:
    for org, head, level in [("局", "局长", None), ("厅", "厅长", "province")]:
        if stem in ("税务", "海事", "边检", "消防救援", "烟草", "邮政", "气象", "地震") and org == "厅":
            continue
        head_with_variants(stem + org + head, "government", level)
        if org == "局":
            add(stem + head, "government", 10, level)  # short form 公安局长
for stem in split_words("外交 国防 商务 财政 教育 公安 司法 民政 科技 工业和信息化 工信 自然资源 生态环境 交通运输 水利 农业农村 文化和旅游 卫生 退役军人事务 应急管理 人力资源和社会保障 住房和城乡建设 国家安全 审计 能源 贸易 经济 经济产业 内政 安全 文化 外交和英联邦事务"):
    head_with_variants(stem + "部部长", "government", "country", executive=False)
    add(stem + "部长", "government", 10, "country")
for stem in split_words("发改委 发展改革委 国资委 卫健委 教育委 科委 经信委 住建委 民宗委 侨委 编委 建委 农委 计生委"):
    head_with_variants(stem + "主任", "government", None)
for stem in split_words("海关 法院 中级人民法院 高级人民法院 人民法院 检察院 人民检察院"):
    head = "关长" if stem == "海关" else ("检察长" if "检察" in stem else "院长")
    head_with_variants(stem + head, "other" if head != "关长" else "government", None, acting=head != "关长")

# heads of state-owned enterprises, universities, newspapers (bare forms already above)
for stem, body in [("集团董事长", "enterprise"), ("集团总经理", "enterprise"), ("公司董事长", "enterprise"),
                   ("公司总经理", "enterprise"), ("集团党委书记", "party"), ("公司党委书记", "party"),
                   ("大学校长", "school"), ("大学党委书记", "party"), ("学院院长", "school"),
                   ("报社社长", "media"), ("日报社社长", "media"), ("电视台台长", "media"),
                   ("管委会主任", "government"), ("研究院院长", "other"), ("研究所所长", "other"),
                   ("医院院长", "other"), ("商会会长", "other"), ("协会会长", "other"), ("学会会长", "other"),
                   ("基金会理事长", "other"), ("联合会主席", "other"), ("总工会主席", "other"),
                   ("妇联主席", "other"), ("科协主席", "other"), ("文联主席", "other"), ("工商联主席", "other"),
                   ("侨联主席", "other"), ("残联理事长", "other"), ("团委书记", "party"), ("团市委书记", "party"),
                   ("团省委书记", "party"), ("团县委书记", "party"), ("党校校长", "party"),
                   ("党校常务副校长", "party")]:
    if "常务副" in stem:
        add(stem, body, 15)
        continue
    add(stem, body, 10)
    add(stem.replace(stem[-2:], "副" + stem[-2:]) if not stem.endswith(("董事长", "总经理", "理事长"))
        else stem[:-3] + "副" + stem[-3:], body, 20)


def main():
    rows = list(ROWS)
    for surface, kind, _, attrs in ROWS:
        trad = to_traditional(surface, {"干": "幹"})
        if trad != surface:
            rows.append((trad, kind, surface, dict(attrs, trad=None)))
    write_tsv("titles.tsv", "Office and job titles with body kind and seniority rank",
              "general knowledge: Chinese party, state, congress, CPPCC, enterprise, media, diplomatic and "
              "foreign office titles; compound forms generated by Dictionaries/tools-lex/gen_titles.py; "
              "traditional forms via PyPI hanziconv 0.3.2 with fixes",
              "public domain (facts); hanziconv Apache-2.0",
              rows,
              notes=["body: party|government|place|congress|cppcc|discipline|enterprise|diplomatic|media|school|military|other; "
                     "place = the title belongs to a place (市长 of 厦门, 总统 of a country)",
                     "rank: 1 top national office, 3 national head of government/legislature, 5 national deputy, "
                     "10 head of a body, 12 acting head, 15 executive deputy, 20 deputy, 30 standing member, "
                     "35 secretary-general, 40 member, 45 assistant/inspector, 50 division, 60 section, "
                     "70 representative, 80 staff/press",
                     "level: level of the body a compound title implies; trad: traditional surface"])


if __name__ == "__main__":
    main()
