/// Nouns for a person that stand right before a name in apposition (妻子薛某, 选手张某, 教授李某,
/// 老将王某): kinship, sport, the arts, professions. Hand list, general knowledge of Chinese news prose.
///
/// Why a list in code and not `person_cue` entries in cues.tsv: the organisation and place recognisers
/// reject a name body holding a cue word, and these nouns head ordinary organisation names (工人日报,
/// 作家协会, 律师事务所), so they must stay evidence for persons only.
enum PersonNouns {
    /// Almost always followed by a name when a surname-like character comes next.
    static let strong: Set<String> = Set("""
    妻子 丈夫 父亲 母亲 儿子 女儿 哥哥 弟弟 姐姐 妹妹 爱人 老伴 孙子 孙女 外孙 外孙女 岳父 岳母 公公 婆婆
    叔叔 舅舅 伯父 姑姑 侄子 侄女 儿媳 女婿 嫂子 未婚妻 未婚夫 男友 女友 丈母娘 夫人 遗孀 前妻 前夫
    选手 冠军 亚军 季军 老将 小将 名将 新秀 队长 棋手 球员 主教练 主帅 门将 前锋 后卫 中锋 外援 裁判 球星
    影星 歌星 女星 笑星 主持人 领袖 协调员 候选人 中卫 边锋 守门员 射手 制片人 设计师 拳王 球王 棋王 歌王 王妃
    建筑师 摄影师 评论员 解说员 收藏家 企业家 经济学家 历史学家 哲学家 学者
    演员 歌手 画家 作家 诗人 书法家 作曲家 编剧 导演 主演 歌唱家 艺术家 表演艺术家 老艺术家 剧作家 小说家
    教授 副教授 研究员 院士 博士 工程师 律师 医生 大夫 护士 技术员 法官 检察官 翻译家 科学家
    钢琴家 小提琴家 大提琴家 演奏家 音乐家 指挥家 舞蹈家 雕塑家 戏剧家 评论家 文学家 思想家 政治家 外交家
    军事家 教育家 社会活动家 发明家 探险家 物理学家 化学家 数学家 生物学家 天文学家 医学家 社会学家 语言学家
    考古学家 地质学家 汉学家 篆刻家 漫画家 摄影家 散文家 美术家 科普作家 女作家 男演员 女演员 女歌手
    老人 姑娘 小伙子 小姑娘 烈士 英雄 劳模 实习生 志愿者 留学生 研究生 博士生 大学生 发言人
    少女 少年 女孩 男孩 小伙 女童 男童 女生 男生 孩子 小孩 青年 妇女 老太
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Also head ordinary phrases (学生宿舍, 农民收入): weaker evidence.
    static let weak: Set<String> = Set("""
    村民 农民 工人 职工 战士 士兵 学生 同学 朋友 队友 同事 老乡 党员 干部 店主 厂主 户主 老板
    师傅 老师 校友 患者 病人 乘客 司机 厨师 农妇 老汉 老太太 大娘 大爷 教练 作者
    市民 居民 网友 游客 残疾人 农民工 员工 职员 店员 民警 村干部
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let longest = 5

    /// One noun as scalars, with the evidence it gives.
    struct Noun: Sendable {
        var scalars: [Unicode.Scalar]
        var evidence: Double
    }

    /// The nouns grouped by their last scalar: `lastScalarGroup[last]` is 1 + the index into `groups`
    /// (0 = no noun ends with that scalar). Asked at every candidate name's left edge, so the lookup must
    /// not build or hash a String: almost every position is rejected by one array read.
    private static let index: (lastScalarGroup: [UInt16], groups: [[Noun]]) = buildIndex()

    private static func buildIndex() -> (lastScalarGroup: [UInt16], groups: [[Noun]]) {
        var table = [UInt16](repeating: 0, count: 0x10000)
        var groups: [[Noun]] = []
        // The lookup takes the best evidence among the nouns ending at a position, as the Sets would.
        for (words, evidence) in [(strong, 0.3), (weak, 0.2)] {
            for word in words.sorted() {
                let scalars = Array(word.unicodeScalars)
                guard (2...longest).contains(scalars.count), let last = scalars.last, last.value < 0x10000 else { continue }
                let v = Int(last.value)
                if table[v] == 0 {
                    groups.append([])
                    table[v] = UInt16(groups.count)
                }
                groups[Int(table[v]) - 1].append(Noun(scalars: scalars, evidence: evidence))
            }
        }
        return (table, groups)
    }

    /// The evidence that a person noun ends at `position` (within the sentence): 0.3 strong, 0.2 weak, 0.
    static func leftEvidence(_ view: SentenceView, endingAt position: Int) -> Double {
        guard position - 2 >= view.range.lowerBound, position <= view.range.upperBound else { return 0 }
        let last = view.text[position - 1].value
        guard last < 0x10000 else { return 0 }
        let index = PersonNouns.index
        let g = Int(index.lastScalarGroup[Int(last)])
        guard g > 0 else { return 0 }
        var best = 0.0
        for noun in index.groups[g - 1] where noun.evidence > best {
            let start = position - noun.scalars.count
            if start >= view.range.lowerBound, view.hasText(noun.scalars, at: start) { best = noun.evidence }
        }
        return best
    }
}
