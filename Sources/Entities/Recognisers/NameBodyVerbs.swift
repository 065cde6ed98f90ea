/// Verbs and function words that never sit inside an organisation or programme name, so a name body
/// that holds one was glued to the clause around it (厦门 加速 布局, 厦门市社科联 举行 新闻发布会,
/// 深入 实施 科技创新引领工程). Hand list, general knowledge of Chinese news prose.
///
/// Why a list and not the common-word dictionary: most name bodies *are* common words (工业 信息化 发展
/// 改革), so only words that cannot be part of a name are useful evidence.
enum NameBodyVerbs {
    static let words: [String] = [
        "举行", "举办", "开展", "实施", "推进", "推动", "推行", "推出", "加速", "加快", "激发", "深入", "深化",
        "积极", "主动", "融入", "精心", "筹办", "邀请", "纳入", "如何", "践行", "找准", "获得", "授权", "鼓励",
        "搭建", "提出", "进行", "通知", "担任", "加入", "希望", "依托", "借助", "支撑", "回望", "包括", "提供",
        "达成", "稳步", "扩大", "累计", "印发", "健全", "引导", "设立", "成功", "介绍", "争取", "落实", "优化",
        "参加", "参与", "召开", "围绕", "事关", "按照", "亟须", "需要", "应当", "已经", "正在",
        "我们", "他们", "这个", "这些", "那些", "通过", "关于", "对于", "以及", "并且", "同时", "今年", "去年",
        "明年", "本次", "此次", "本届", "今后", "目前", "首个", "一个", "一批", "各级", "广大", "建立", "成立",
        "启动", "完善", "构建", "打造", "助力", "聚焦", "用于", "持续", "不断", "全力",
        "坚持", "着力", "大力", "进一步", "认真", "贯彻", "表示", "认为", "指出", "强调", "要求",
        "决定", "批准", "同意", "支持", "反对", "宣布", "发布", "公布", "发表", "访问", "会见", "会谈", "出席", "主持", "看望",
        "走访", "考察", "视察", "来到", "前往", "抵达", "离开", "带领", "陪同", "负责",
        "战胜", "击败", "负于", "迎战", "对阵", "集训", "备战", "率领", "夺得", "赢得", "卫冕",
        // Founding and movement verbs before a body's name (组建 城建总指挥部, 赴 省委党校, 走进 学校);
        // not 组织, which is the head of 组织部.
        "组建", "筹建", "新建", "创办", "兴办", "创建", "赴", "走进", "进入", "入驻", "落户", "回到",
        // Opening a branch or a works somewhere (在杭州 开设 分行, 到越南 设厂, 在当地 办厂): the verb and its
        // object, the place before them no name's.
        "开设", "开办", "设厂", "办厂", "建厂", "开厂",
        // Quantifiers and descriptions of an unnamed body (一家 著名 电脑公司, 许多 保险公司).
        "一家", "多家", "几家", "两家", "这家", "那家", "许多", "众多", "著名",
        // Modifiers of an office title (欧洲中央银行 首任 行长): the name ended before them.
        "首任", "现任", "前任", "新任", "历任", "继任",
        // Verbs of taking an office, whose object is the body and its title (出任 近代史研究所所长).
        "出任", "兼任", "调任", "升任", "改任", "接任", "就任", "曾任", "时任", "转任",
        // Adverbs of a clause (厦门经济换挡转型 仍 处于…).
        "仍",
        // Pronouns and adverbs of a clause (学生自己去…, 什么治丧委员会, 日本人怎么会…, 亲自去…).
        "自己", "什么", "怎么", "亲自", "经过", "显示",
        // Verbs whose object is a policy or an action, not part of its name (采取 …行动, 阻碍 企业改革,
        // 加强 战略对话, 制止 核竞赛).
        "随着", "阻碍", "采取", "打算", "带来", "包揽", "制止", "放弃", "强化", "加强",
        // Deals and contests between bodies (A公司 买下 B公司, 女队 争夺 b组) and the words of an example
        // (诸如 近代证券市场).
        "买下", "收购", "兼并", "并购", "购买", "争夺", "诸如", "例如", "比如", "譬如",
        // Signing an agreement between bodies (A 与 B 签订 战略合作协议): the agreement is no name of B.
        "签订", "签署", "签约", "缔结",
        // Forming an alliance or a whole of parties (A 和 B 结成 联盟, 组成 联合政府): the body formed is no part
        // of either party's name.
        "结成", "结为", "组成", "形成",
        // Showing and watching a performance (展示 歌舞团的成就, 观看 合唱团的演出): the troupe is the object.
        "展示", "观看", "欣赏",
    ]
    static let scalars: [[Unicode.Scalar]] = words.map { Array($0.unicodeScalars) }

    /// The listed words by first scalar: a position is tested only against words that can start there.
    static let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: scalars, by: { $0[0] })

    /// The end of the longest listed word starting at `i` and ending by `limit`, nil when none.
    @inline(__always)
    static func wordEnd(in text: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard let candidates = byFirst[text[i]] else { return nil }
        var end: Int?
        for w in candidates where i + w.count <= limit {
            var k = 1
            while k < w.count && text[i + k] == w[k] { k += 1 }
            if k == w.count { end = max(end ?? 0, i + w.count) }
        }
        return end
    }

    /// The end of the last listed word inside `range` (so a name can start after it), nil when none.
    /// Called for every suffix and quoted name: no allocation, one dictionary probe per position.
    static func lastEnd(in text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var best: Int?
        for i in range {
            if let e = wordEnd(in: text, at: i, limit: range.upperBound), !isInsideLineOfWork(text, at: i, range) { best = max(best ?? 0, e) }
        }
        return best
    }

    /// The start of the first listed word inside `range` (so a name must end before it), nil when none.
    static func firstStart(in text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        range.first { i in
            guard let e = wordEnd(in: text, at: i, limit: range.upperBound) else { return false }
            return !isInsideLineOfWork(text, at: i, range) && !opensNamedSchool(text, verbEnd: e)
        }
    }

    /// 希望 "hope" names the schools the Hope Project builds (金涵希望小学, 某某希望中学): right before 小学 or
    /// 中学 it is the name's word, not a clause's verb.
    static func opensNamedSchool(_ text: [Unicode.Scalar], verbEnd e: Int) -> Bool {
        guard e >= 2, text[e - 2] == "希", text[e - 1] == "望", e + 2 <= text.count else { return false }
        return (text[e] == "小" || text[e] == "中") && text[e + 1] == "学"
    }

    static func occurs(in text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        firstStart(in: text, range) != nil
    }

    /// Lines of work and names that hold a listed verb (职业介绍 "job referral": 沈阳市职业介绍所, 西城区职业介绍
    /// 中心; the agribusiness 新希望 "New Hope"): inside one of them the verb names the body's service or the
    /// body itself, not a clause around the name.
    static let linesOfWork: [[Unicode.Scalar]] = ["职业介绍", "新希望"].map { Array($0.unicodeScalars) }

    /// The listed verb at `i` is the tail of a line of work that starts inside `range` (each line of work
    /// ends in its two-character verb).
    @inline(__always)
    static func isInsideLineOfWork(_ text: [Unicode.Scalar], at i: Int, _ range: Range<Int>) -> Bool {
        linesOfWork.contains { w in
            let start = i - (w.count - 2)
            return start >= range.lowerBound && start + w.count <= text.count && w.indices.allSatisfy { text[start + $0] == w[$0] }
        }
    }
}
