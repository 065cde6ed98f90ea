import XCTest
@testable import Entities

/// Chinese and Japanese names from surname + given name, scored by context.
final class PersonNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    /// A known name and a character that is no frequent given-name character (李鹏|作报告) is the known
    /// name and the clause; a foreign name one syllable longer (康德|苏) is not cut.
    func testKnownNameBeforeAClauseCharacterIsNotLengthened() {
        XCTAssertEqual(persons("国务院总理李鹏作政府工作报告。"), ["李鹏"])
        XCTAssertEqual(persons("最高人民法院院长肖扬作工作报告。"), ["肖扬"])
        XCTAssertEqual(persons("基金组织总裁康德苏说，市场很好。"), ["康德苏"])
    }

    /// Ordinary words shaped like names (郁金香, which jieba tags as a name; 高材生) and weather (龙卷风)
    /// are no persons.
    func testOrdinaryWordsShapedLikeNamesAreNoPersons() {
        XCTAssertEqual(persons("公园里的郁金香开了。"), [])
        XCTAssertEqual(persons("龙卷风袭击了小镇。"), [])
        XCTAssertEqual(persons("他是学校里的高材生。"), [])
    }

    /// A word crossing a name's end is chance only where the text after it would strand a character:
    /// 王立平|日前说 keeps 王立平, but 霍金|发表演讲 segments cleanly with 发表 and gives 霍金, not 霍金发.
    func testCrossingWordFollowedByAWordIsNoChance() {
        XCTAssertEqual(persons("科学家霍金发表演讲。"), ["霍金"])
        XCTAssertEqual(persons("校长王立平日前说。"), ["王立平"])
    }

    /// A surname character closing a noun for a person (拳王, 球王) is that noun's: the name follows it
    /// (拳王泰森 → 泰森, not 王泰森), and the noun is evidence for it; 王子明 is still a name.
    func testSurnameClosingAPersonNounStartsNoName() {
        XCTAssertEqual(persons("拳王泰森被吊销执照。"), ["泰森"])
        XCTAssertEqual(persons("球王贝利访问中国。"), ["贝利"])
        XCTAssertEqual(persons("王子明说，今年收成好。"), ["王子明"])
    }

    /// A leader's name and 政府 or 内阁 is the leader's administration: 政府 is never a given name.
    func testAdministrationIsNoGivenName() {
        XCTAssertFalse(persons("小渊政府的政策受到批评。").contains("小渊政府"))
        XCTAssertFalse(persons("羽田内阁执行的政策。").contains("羽田内阁"))
    }

    /// A frequent given-name character and the preposition 在 after it make a word only by chance (志在 in
    /// 李国志|在会上讲话): no evidence against the name. The adverbs 实在 and 正在 stay words (王|实在太累).
    func testGivenNameBeforeThePrepositionZai() {
        XCTAssertEqual(persons("李国志在会上讲话。"), ["李国志"])
        XCTAssertEqual(persons("韦志在会上讲话。"), ["韦志"])
        XCTAssertEqual(persons("王实在太累了。"), [])
    }

    /// After an office title a word crossing the name's end (平日 in 王立平|日前) is chance when a longer word
    /// starts right after the name (日前); without a cue before it, or where the crossing word is a
    /// suffix (韩亚|银行), it still counts against the longer reading.
    func testCrossingWordOutrunAfterATitle() {
        XCTAssertEqual(persons("兰州农业大学校长王立平日前对记者说。"), ["王立平"])
        XCTAssertEqual(persons("我们不应强调研制纯而又纯的超导材料。"), [])
        XCTAssertEqual(persons("韩亚银行自在中国设立分公司之后发展很快。"), [])
    }

    /// A common surname and a frequent name character that no word reads, before a function word or 时,
    /// is an unknown name; a pair before a content word (陆海|统筹), a quoted pair and a pair ending in a
    /// postposition (周中) are not.
    func testStrandedPairBeforeAFunctionWordIsAName() {
        XCTAssertEqual(persons("记者见到肖超时，他正在整理材料。"), ["肖超"])
        XCTAssertEqual(persons("当时李丹正在地里干活。"), ["李丹"])
        XCTAssertEqual(persons("村民们都说方涛是个好人。"), ["方涛"])
        XCTAssertEqual(persons("探索基于陆海统筹的生态产品价值实现机制。"), [])
        XCTAssertEqual(persons("出租车像“夏利”现在很少见了。"), [])
        XCTAssertEqual(persons("两队周中都有所消耗。"), [])
    }

    /// A strong institution suffix is never a whole given name: in 光华中学 the 华 is the school's, not a
    /// surname before 中学. The name of the school's head after it stays a name.
    func testInstitutionSuffixIsNoGivenName() {
        XCTAssertEqual(persons("光华中学负责人日前对记者说。"), [])
        XCTAssertEqual(persons("振华中学负责人说，新校舍已经建成。"), [])
        XCTAssertEqual(persons("振华中学校长李明说，新校舍已经建成。"), ["李明"])
    }

    /// A village's ending (庄 屯 堡 寨) right after a word of going or being somewhere (到 在 赴) closes a
    /// village's name, not a given name.
    func testVillageEndingAfterALocativeIsNoName() {
        XCTAssertEqual(persons("县委书记到江店庄调研。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("县委书记到江店庄调研。", .place), ["江店庄"])
        XCTAssertEqual(persons("他在李家寨住了三年。"), [])
    }

    /// A river the surname and the first given character spell (黄河, 汉江), then a word of its course (口
    /// mouth, 畔 边 bank), is the river and its course, not a person; a name after a river's name with
    /// another given character (黄河清) stays a name.
    func testRiverAndItsCourseAreNoName() {
        XCTAssertEqual(persons("考察团来到黄河口考察湿地。"), [])
        XCTAssertEqual(persons("汉江畔的城市发展很快。"), [])
        XCTAssertEqual(persons("黄河清同志在会上发言。"), ["黄河清"])
    }

    /// Surnames outside 百家姓 and the census top 100 that modern news writes (辜, 禤, 郄, 铁) open names;
    /// 铁 inside a common word (铁路, 钢铁) does not.
    func testModernSurnamesOutsideTheClassicList() {
        XCTAssertEqual(persons("董事长辜正华出席了签字仪式。"), ["辜正华"])
        XCTAssertEqual(persons("主任铁建国介绍了情况。"), ["铁建国"])
        XCTAssertEqual(persons("铁路部门加开了列车，钢铁企业减产。"), [])
    }

    /// After a title or a noun in apposition a name is expected: a given name that is also a place
    /// (郑|湘潭, 吕|海口) does not count against it there. A preposition or conjunction before a place
    /// (和|青岛, 于|大连) still reads as the place.
    func testGivenNameThatIsAPlaceAfterANounInApposition() {
        XCTAssertEqual(persons("棋手郑湘潭战胜了对手。"), ["郑湘潭"])
        XCTAssertEqual(persons("作曲家吕海口创作了这首歌。"), ["吕海口"])
        XCTAssertEqual(RecogniserTestSupport.names("他的妻子和青岛的朋友都来了。", .place), ["青岛"])
        XCTAssertEqual(RecogniserTestSupport.names("选手于大连夺得冠军。", .place), ["大连"])
    }

    /// A common surname that nothing else reads, before a place, has the place as its given name (对手|周|洛阳,
    /// 黄|常德|对); a surname that ends or opens a place (江苏|宜兴, 吉林|东丰县) stays in that place.
    func testStrandedSurnameBeforeAPlaceIsAName() {
        XCTAssertEqual(persons("三局过后，对手周洛阳与他握手。"), ["周洛阳"])
        XCTAssertEqual(persons("决赛中黄常德对孙岳阳。"), ["黄常德", "孙岳阳"])
        XCTAssertEqual(persons("他来自江苏宜兴，后来到吉林东丰县工作。"), [])
    }

    /// 等 after a name makes a word with its last character only by chance (张小平|等: 平等): the name
    /// stays whole; 平等 elsewhere is no name.
    func testDengAfterANameIsNoWordAgainstIt() {
        XCTAssertEqual(persons("张小平等人出席了会议。"), ["张小平"])
        XCTAssertEqual(persons("李建中等同志参加了调研。"), ["李建中"])
        XCTAssertEqual(persons("要坚持男女平等。"), [])
    }

    /// A whole item between names of a list is a name even when its characters make a word (谢无忧: 无忧
    /// "carefree"), and so is the item that closes a list of names (…、孙国强、严守我，: 我 is a pronoun; or
    /// …、谢无忧等).
    /// Items holding a place or a body are not (…、财政厅、…).
    func testWholeListItemBetweenNamesIsAName() {
        XCTAssertTrue(persons("副主席王建华、谢无忧、刘志明出席了会议。").contains("谢无忧"))
        XCTAssertTrue(persons("委员张立新、李文华、孙国强、严守我，秘书长陈明。").contains("严守我"))
        XCTAssertFalse(persons("王建华、谢无忧、财政厅、刘志明等参加。").contains("财政厅"))
        // The last item may end at 等, which closes the list.
        XCTAssertTrue(persons("委员张立新、李文华、孙国强、谢无忧等出席了会议。").contains("谢无忧"))
    }

    /// 领衔 after a name (以郭磊领衔的团队: the team led by 郭磊) is evidence for it.
    /// A span that is a cue word itself (任命: surname 任 + 命) is the verb, even after a title.
    /// Idioms that open on a surname character (任重道远, 张冠李戴) are words: no name is cut from them.
    /// 君 closing a two-character given name is the name's own character (周晓君), not "Mr" (张君).
    /// 为 before an office or a body is the copula of an appointment (任命李明为|外交部副部长), not the
    /// name's last character.
    /// The object of a court's or a meeting verb is a person (判处 张某, 结识 李某).
    func testCourtAndMeetingVerbsIntroduceAName() {
        XCTAssertEqual(RecogniserTestSupport.names("法院以受贿罪判处阎业平有期徒刑五年。", .person), ["阎业平"])
    }

    func testWeiBeforeAnOfficeEndsTheName() {
        XCTAssertEqual(RecogniserTestSupport.names("国务院任命李明为外交部副部长。", .person), ["李明"])
    }

    func testJunClosingAFullNameIsAGivenCharacter() {
        XCTAssertEqual(RecogniserTestSupport.names("这套丛书分别由王小明、周晓君、李华撰写。", .person), ["王小明", "周晓君", "李华"])
    }

    func testIdiomsOpeningOnASurnameAreNoNames() {
        XCTAssertEqual(RecogniserTestSupport.names("他感叹，打击假冒任重道远。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("有人说、张冠李戴的事常有。", .person), [])
    }

    func testCueWordIsNeverAName() {
        XCTAssertEqual(RecogniserTestSupport.names("这些成员由国王任命的方式产生。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("国王任命任志强为大臣。", .person), ["任志强"])
    }

    func testLeadingATeamIsEvidenceForTheName() {
        XCTAssertEqual(persons("以郭磊领衔的团队获得大奖。"), ["郭磊"])
    }

    /// A function character that is also a frequent given-name character (正) may end a name.
    func testFrequentGivenCharacterMayEndAName() {
        XCTAssertEqual(persons("刘笃正院士指出，要加强研究。"), ["刘笃正"])
    }

    /// A name does not cut a body word in two (党总|支书记: the party branch's secretary).
    func testNameDoesNotCutABodyWord() {
        XCTAssertEqual(persons("学校党总支书记王建华表示。"), ["王建华"])
    }

    func testJapaneseSurnameAloneBeforeASpeechVerb() {
        XCTAssertEqual(persons("小渊还表示，两国应加强合作。"), ["小渊"])
    }

    func testJapaneseFullNameWithThreeCharacterGivenName() {
        XCTAssertEqual(persons("首相桥本龙太郎会见了代表团。"), ["桥本龙太郎"])
    }

    /// Japanese surnames of today's newswire (上川, 石原, 中岛) read as surnames after an office.
    func testJapaneseSurnamesOfTodaysNewswire() {
        XCTAssertEqual(persons("王毅会见来访的日本外相上川阳子。"), ["王毅", "上川阳子"])
        XCTAssertEqual(persons("东京都知事石原慎太郎说，这是好事。"), ["石原慎太郎"])
    }

    func testJapaneseSurnameWithoutEvidenceIsNotAName() {
        XCTAssertEqual(persons("这座桥本来就很旧。"), [])
    }

    /// 洪水 and 白云 are surname + given character in shape, but words.tsv lists them as ordinary words
    /// (jieba tags them nr, which the generator used to drop).
    func testOrdinaryWordShapedLikeANameIsNotAName() {
        XCTAssertEqual(persons("这个村子去年夏天迎来一场洪水。"), [])
        XCTAssertEqual(persons("山上飘着白云。"), [])
    }

    /// Two common given-name characters (建华) stay out of words.tsv: they are a given name, not a word.
    func testGivenNameMadeOfCommonGivenCharactersStillMakesAName() {
        XCTAssertEqual(persons("厂长李建华介绍了情况。"), ["李建华"])
    }

    /// 韩方 is Korea's side (like 中方), and 安全性 a noun in -性: neither is a name.
    func testCountrySideAndNounInXingAreNotNames() {
        XCTAssertEqual(persons("愿意与韩方共同努力。"), [])
        XCTAssertEqual(persons("专家对其安全性表示怀疑。"), [])
    }

    /// 君 is an honorific after a bare surname, but a common given-name character inside a longer name.
    func testHonorificCharacterInsideAGivenName() {
        XCTAssertEqual(persons("著名演员王君秋昨天逝世。"), ["王君秋"])
    }

    /// The agent after 被 is a person often enough to count as weak evidence (被 王文 当场抓获); 被 before a
    /// common word (被高度重视) is no name.
    func testAgentAfterBeiIsWeakEvidence() {
        XCTAssertEqual(persons("小偷被王文当场抓获。"), ["王文"])
        XCTAssertEqual(persons("他被高度重视。"), [])
        XCTAssertEqual(persons("他被雷电击中。"), [])
    }

    /// The object of 把 is a person often enough too; a complement of direction after a character rare in
    /// names (调|到, 围|在) makes that character the verb, and the name ends before it.
    func testObjectOfBaAndTheVerbAfterIt() {
        XCTAssertEqual(persons("县里决定把王文调到山区。"), ["王文"])
        XCTAssertEqual(persons("大家把李明围在中间。"), ["李明"])
        XCTAssertEqual(persons("他们把王文涛送到医院抢救。"), ["王文涛"])
        XCTAssertEqual(persons("他把钱存入银行。"), [])
    }

    /// The same after a subject (王文当|上了: 当 becomes, 上 its complement); 时 and 后 before a clause mark
    /// close a clause of time, not a given name (见到王文时|，).
    func testVerbAndClauseOfTimeAfterATwoCharacterName() {
        XCTAssertEqual(persons("王文当上了村支书。"), ["王文"])
        XCTAssertFalse(persons("记者见到王文时，他正在地里干活。").contains("王文时"))
        XCTAssertEqual(persons("李时珍的著作流传至今。"), ["李时珍"])
    }

    /// Nor is 君 after a surname and one character "Mr" (曾秀|君): it is the name's third character, and no
    /// evidence for the shorter name.
    func testJunAfterOneGivenCharacterClosesTheName() {
        XCTAssertEqual(persons("参加比赛的曾秀君以两分之差获胜。"), ["曾秀君"])
        XCTAssertEqual(persons("中国选手李亚莉、曾秀君以11秒37获冠亚军。"), ["李亚莉", "曾秀君"])
    }

    /// 同志 and 女士 follow a person as a title does, after a frequent name character (项英|同志); a word of
    /// quantity before them (许多|同志, 这些|同志) is no name.
    func testFormOfAddressAfterANameIsStrongEvidence() {
        XCTAssertEqual(persons("对项英同志和南方各游击区的工作作出决议。"), ["项英"])
        XCTAssertEqual(persons("许多同志表示赞同。"), [])
        XCTAssertEqual(persons("这些同志都很辛苦。"), [])
    }

    /// Both readings reach the confidence cap, but 王宇设 cuts 设计 in two: the shorter reading has the
    /// better evidence and the longer one is dropped.
    func testShorterReadingWithClearlyBetterEvidenceWins() {
        XCTAssertEqual(persons("工程师王宇设计的桥梁很坚固。"), ["王宇"])
        XCTAssertEqual(persons("厂长李建华介绍了情况。"), ["李建华"])
    }

    func testAdverbIsNotTheEndOfAGivenName() {
        XCTAssertFalse(persons("村山也表示赞成。").contains("村山也"))
    }

    func testGivenNameThatIsAPlaceIsNotAName() {
        XCTAssertEqual(persons("代表团到山东和青岛考察。"), [])
    }

    func testConjunctionSurnameInsideASentenceIsTheConjunction() {
        XCTAssertFalse(persons("女王和明仁天皇乘坐马车进入广场。").contains("和明仁"))
    }

    // MARK: person nouns in apposition, and what rules a reading out

    func testKinshipNounBeforeANameIsEvidence() {
        XCTAssertEqual(persons("他的妻子孙秀梅默默支持了他二十年。"), ["孙秀梅"])
    }

    func testProfessionNounBeforeANameIsEvidence() {
        XCTAssertEqual(persons("当地选手郑海波夺得第一。"), ["郑海波"])
    }

    func testFunctionWordDoesNotEndAGivenName() {
        let found = persons("队长黎晓兵在比赛中受伤。")
        XCTAssertTrue(found.contains("黎晓兵"))
        XCTAssertFalse(found.contains { $0.hasSuffix("在") })
    }

    func testSurnameAfterANumberIsAUnit() {
        XCTAssertEqual(persons("每个罐子能装75万升水，共有500多平方米。"), [])
    }

    func testVillageSuffixEndsAPlaceNotAGivenName() {
        XCTAssertFalse(persons("全县有三个示范村（凤阳村等）。").contains("凤阳村"))
    }

    /// 道出 ("says, brings out") after a name is a speech verb: its 道 ends no given name (李明|道出), while
    /// 出席 after a name ending in 道 leaves the name whole (王志道|出席).
    func testSpeechVerbDaoChuEndsTheName() {
        XCTAssertEqual(persons("副市长李明道出了发展的思路。"), ["李明"])
        XCTAssertEqual(persons("王志道出席会议并讲话。"), ["王志道"])
    }

    /// After a demonstrative a surname that is also a classifier is the classifier (这段|新建的, 那张|小巧的).
    func testClassifierAfterADemonstrativeIsNoSurname() {
        XCTAssertEqual(persons("我发现这段新建的公路很宽。"), [])
        XCTAssertEqual(persons("那张小巧的门票很好看。"), [])
        XCTAssertEqual(persons("该项目由张华负责。"), ["张华"])
    }

    /// 之 closing a given name before a person cue is the name's own character (龚育之|介绍).
    func testZhiBeforeACueClosesTheGivenName() {
        XCTAssertEqual(persons("龚育之指出，会议开得很好。"), ["龚育之"])
        XCTAssertEqual(persons("龚育之说，会议开得很好。"), ["龚育之"])
    }

    /// A function word closing a two-character given name (林某在|讲话中) opens the phrase the cue after it
    /// belongs to: the shorter name wins, even after a title.
    func testFunctionWordBeforeACueIsNoGivenCharacter() {
        XCTAssertEqual(persons("市委常委、秘书长林飞在讲话中指出，要深入学习。"), ["林飞"])
    }

    /// A preposition closing a given name right before a list mark (李明为、) introduces nothing: it is the
    /// name's own character.
    func testPrepositionBeforeAListMarkIsAGivenCharacter() {
        XCTAssertEqual(persons("参加会议的有王建国、李明为、赵建以。"), ["王建国", "李明为", "赵建以"])
    }

    /// 只, 却 and 仍 before a verb are adverbs, not the end of a given name (高管|只|强调: 高 is a surname, 管
    /// a given-name character, and still no 高管只).
    func testOneCharacterAdverbBeforeAVerbEndsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("那位高管只强调了一点。", .person), [])
    }

    /// A party's statement in a court report (诉称, 辩称) follows the name whole: 诉 is no given-name
    /// character before 称.
    func testCourtStatementVerbFollowsTheName() {
        XCTAssertEqual(persons("原告刘伟诉称，被告拖欠货款至今未还。"), ["刘伟"])
    }

    /// 同 or 和 closing a given name before a verb that only follows a speaker (介绍, 表示) is the
    /// name's own character: "with" takes a partner, not a verb. Before a noun it stays "with".
    func testConjunctionBeforeASpeakersVerbIsAGivenCharacter() {
        XCTAssertEqual(persons("厂长孔祥同介绍说，今年产值翻了一番。"), ["孔祥同"])
        XCTAssertEqual(persons("厂长李明同记者交谈。"), ["李明"])
    }

    /// 名叫 introduces a name, even one the stop list holds as a word (高峰).
    func testNamedIntroducesAName() {
        XCTAssertEqual(persons("有个名叫高峰的青年。"), ["高峰"])
    }

    /// After 在 a surname that is also a one-character place (马 for Malaysia) still opens a name: 在 takes
    /// a person's name as often as a place (在马金花的带动下).
    func testSurnameThatIsAPlaceAfterZaiOpensAName() {
        XCTAssertEqual(persons("在马金花的带动下，全村妇女都学会了刺绣。"), ["马金花"])
    }

    /// Trainees, volunteers and students in apposition before a name (实习生王某, 志愿者李某) are person
    /// nouns, evidence for the name after them.
    func testTraineesAndVolunteersIntroduceAName() {
        XCTAssertEqual(persons("报社实习生王可欣采写了这篇稿件。"), ["王可欣"])
    }

    /// An adverb between a name and its verb (先后, 分别) is no given name, even after a surname-like
    /// character: 李国强|先后|考察, not 李国 + 强先后.
    func testAdverbBeforeTheVerbIsNoGivenName() {
        XCTAssertEqual(persons("李国强先后考察了厦门大学和厦门港。"), ["李国强"])
    }

    /// 曾 ("once") before 多次 ("many times") is no surname: neither 曾多次 nor, after a reporter's title,
    /// 曾多 (its given name would open the adverb 多次).
    func testAdverbAfterASurnameLikeCharacterIsNoName() {
        XCTAssertEqual(persons("这位专家曾多次考察西部农村。"), [])
        XCTAssertEqual(persons("记者曾多次采访这位老人。"), [])
        // Where the adverb's second character opens a word (即将, 后来), the name ends before it.
        XCTAssertEqual(persons("副县长张立即将赴任。"), ["张立"])
    }

    /// A department's name is no person, however strong the office after it (宣传部|部长).
    func testBodyWordBeforeItsHeadsTitleIsNoName() {
        XCTAssertEqual(persons("福州市委常委、宣传部部长林飞指出，要深入学习。"), ["林飞"])
    }

    /// 任 or 兼 before a place that an office follows is the verb "to hold office" (任|保康县委副书记).
    func testRenBeforeAPlaceAndOfficeIsTheVerb() {
        XCTAssertEqual(persons("1990年他任保康县委副书记。"), [])
        XCTAssertEqual(persons("任建新在会上讲话。"), ["任建新"])
    }

    /// A family (陈家, 王家) opens a three-character name: 家 is a frequent first given-name character.
    func testFamilyWordOpensAThreeCharacterName() {
        XCTAssertEqual(persons("市人大常委会主任陈家东带队开展执法检查。"), ["陈家东"])
        XCTAssertEqual(persons("他在会见王家瑞时表示。"), ["王家瑞"])
    }

    /// A time or deictic word (周二, 全市) never opens a three-character name (周二|晚表示).
    func testTimeWordOpensNoThreeCharacterName() {
        XCTAssertEqual(persons("总理周二晚表示，会谈很成功。"), [])
    }

    func testParallelSloganIsNotAListOfNames() {
        XCTAssertEqual(persons("要让山更好、水更清、田更美、天更蓝。"), [])
    }

    /// Phrases opening on the same character before a common word (高|人工成本、高|研发投入) are parallel
    /// phrasing; namesakes in a list stay names.
    func testParallelPhrasesOpeningOnOneCharacterAreNoNames() {
        XCTAssertEqual(persons("企业面临高人工成本、高研发投入的压力。"), [])
        XCTAssertEqual(persons("张建国、张卫东等同志参加了会议。"), ["张建国", "张卫东"])
    }

    func testCommonWordAtTheStartOfAThreeCharacterSpanIsThatWord() {
        XCTAssertEqual(persons("他们身上没有任何雨具。"), [])
    }

    func testShirtNumberIntroducesAPlayer() {
        XCTAssertEqual(persons("比赛第十分钟，9号钱卫华射门得分。"), ["钱卫华"])
    }

    func testPlaceInsideAGivenNameAfterAnOrdinarySurnameStillCompetes() {
        XCTAssertTrue(persons("棋手郑长春表示，这盘棋很难。").contains("郑长春"))
    }

    func testPlaceAfterAPrepositionSurnameIsAPlace() {
        XCTAssertEqual(persons("代表团经武汉前往重庆。"), [])
    }

    func testWeakNameInAListWithAnAcceptedNameIsAName() {
        let found = persons("记者王建国、邹志堂、胡小平参加了采访。")
        XCTAssertTrue(found.contains("邹志堂"), "\(found)")
    }

    // MARK: round 2: threshold rounding, quotes, nominalisers, prepositions

    func testNameOpeningASentenceWithOnlyTheBoundaryAsEvidenceIsAccepted() {
        // 0.3 (common surname) + 0.15 (common given character) + 0.05 (sentence start) is exactly the
        // threshold: floating-point rounding must not drop it.
        XCTAssertEqual(persons("李涛是这家工厂的老技术员。"), ["李涛"])
    }

    func testQuotedTermIsNotAName() {
        XCTAssertEqual(persons("村里人把这片林子叫作“林海”。"), [])
    }

    func testNominaliserDoesNotEndAGivenName() {
        XCTAssertEqual(persons("面对强者，我们毫不畏惧。"), [])
    }

    /// A speaker's label, the name alone before a colon at the head of the sentence (interview transcripts,
    /// 金石凯：…), is a name; a word before the colon (原因：) is not.
    func testSpeakerLabelBeforeAColonIsAName() {
        XCTAssertEqual(persons("金石凯：这场比赛很难预测。"), ["金石凯"])
        XCTAssertEqual(persons("原因：天气太冷。"), [])
        // Only the whole head of the sentence is a label: 左起 inside 后排左起： is none.
        XCTAssertEqual(persons("后排左起：周明、吴刚。"), ["周明", "吴刚"])
    }

    /// A given name filled by a cue verb (明 + 介绍) is no name: the verb belongs to the name before it
    /// (钱晓明|介绍说).
    func testACueVerbIsNoGivenName() {
        XCTAssertEqual(persons("公司经理钱晓明介绍说，销量增长了。"), ["钱晓明"])
    }

    /// 间 after a pair of states is "between" (韩美间, 朝韩间): it ends no given name, and the pair reads
    /// as two states.
    func testBetweenDoesNotEndAGivenName() {
        XCTAssertEqual(persons("这预示着韩美间的贸易将扩大。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("这预示着韩美间的贸易将扩大。", .place), ["韩", "美"])
    }

    func testPrepositionSurnameInsideAPhraseIsThePreposition() {
        XCTAssertEqual(persons("这座展馆集科普、娱乐于一体。"), [])
        XCTAssertEqual(persons("会议将于近期召开。"), [])
    }

    func testRareClosingCharacterThatNothingElseUsesStaysInTheName() {
        let found = persons("获奖的是来自宁波的刘文埙、陈建国两位老师。")
        XCTAssertTrue(found.contains("刘文埙"))
        XCTAssertFalse(found.contains("刘文"))
    }

    func testAdverbialSuffixDoesNotEndAGivenName() {
        XCTAssertFalse(persons("部长满意地点了点头。").contains("满意地"))
    }

    /// A profession in apposition before a name (学者 丁某) and "as X said" after it (所言) are
    /// evidence for the name between them.
    func testProfessionBeforeAndQuotationAfterAreCues() {
        XCTAssertEqual(persons("正如学者丁东所言，这一代人很难。"), ["丁东"])
        XCTAssertEqual(persons("球队的主力森西尼受伤了。"), ["森西尼"])
    }

    /// A surname cut out of the end of a country, province or prefecture-level city before it is that
    /// place's last character.
    func testSurnameCutOutOfACountryIsNoName() {
        XCTAssertEqual(persons("中国、法国、荷兰三国签署协议。"), [])
        // So is a prefecture-level city's (莆|田学习).
        XCTAssertEqual(persons("市委书记崔永辉带队赴福州、莆田学习考察。"), ["崔永辉"])
    }

    func testPlayerRankIsATitleNotAGivenName() {
        let found = persons("本轮比赛中，冯立新六段执白中盘胜陆华九段。")
        XCTAssertEqual(found, ["冯立新", "陆华"])
    }

    /// 以X为团长 / 以X为首: the head of a group is named before 为 and an office or 首; 为首要 (the
    /// first priority) after a common word names nobody.
    func testTheHeadOfAGroupBeforeWei() {
        XCTAssertEqual(persons("以朴正熙为团长的代表团访问了日本。"), ["朴正熙"])
        XCTAssertEqual(persons("以朴正熙为首的代表团访问了日本。"), ["朴正熙"])
        XCTAssertEqual(persons("他们以质量为首要目标。"), [])
    }

    /// A life's events after a name (生前, 病逝, 去世) are a person's: evidence enough for a plain name.
    func testALifesEventFollowsAPerson() {
        XCTAssertEqual(persons("当天，林默涵生前好友前来吊唁。"), ["林默涵"])
        XCTAssertEqual(persons("昨天下午王宏病逝。"), ["王宏"])
        // 生前 after a common word names nobody.
        XCTAssertEqual(persons("当天，大家生前好友前来吊唁。"), [])
    }

    /// A pseudonym's note after a name (某某（化名）) says a person's name was changed.
    func testAPseudonymNoteFollowsAPerson() {
        XCTAssertEqual(persons("某银行员工成钢（化名）为此忙了一周。"), ["成钢"])
        // Another bracketed note is no evidence.
        XCTAssertEqual(persons("某银行员工成钢（见图）为此忙了一周。"), [])
    }

    /// A common word closed by a postposition of place (宣传|中 "in the publicity") is no name; a name whose
    /// first two characters are no word keeps its 中 (王建中).
    func testAWordAndAPostpositionIsNoName() {
        XCTAssertEqual(persons("他在宣传中强调了这一点。"), [])
        XCTAssertEqual(persons("王建中表示同意。"), ["王建中"])
    }

    /// In a results line the athlete follows the country with nothing between (中国|李菊, 美国|琼斯);
    /// outside sport a country before a name-like word is no such cue, nor is a sport's "circle" (田坛).
    func testAthleteAfterTheCountryInAResultsLine() {
        XCTAssertEqual(persons("女单决赛，中国李菊获胜。"), ["李菊"])
        XCTAssertEqual(persons("男子跳高决赛，美国琼斯以2米35夺冠。"), ["琼斯"])
        XCTAssertEqual(persons("中国田坛近年涌现出不少新人，决赛仍需努力。"), [])
    }

    /// 路 closes a given name before a form of address or an office (李路老师); elsewhere a surname and
    /// 路 stay a road's name (王路 alone is no person).
    func testRoadCharacterClosesAGivenNameBeforeAnHonorific() {
        XCTAssertEqual(persons("这也是李路老师第四次来这里。"), ["李路"])
        XCTAssertEqual(persons("沿着王路一直往前走。"), [])
    }

    /// A full name with middling characters opening a clause before a copula, an adverb or a preposition
    /// (韩庸衍是…, ，韩庸衍有…) is the clause's subject; the same characters inside a clause have no such
    /// support.
    func testAFullNameOpeningAClauseBeforeItsPredicate() {
        XCTAssertEqual(persons("韩庸衍是浙江人，毕业于上海的一所大学。"), ["韩庸衍"])
        XCTAssertEqual(persons("会后，韩庸衍曾多次提出建议。"), ["韩庸衍"])
        XCTAssertEqual(persons("这份韩庸衍是浙江宁波的特产。"), [])
        // A one-character given name, after a quote that gives no evidence, needs a frequent character.
        XCTAssertEqual(persons("他在会上说：“韩平是老党员，应当带头。”"), ["韩平"])
        XCTAssertEqual(persons("他在会上说：“韩庸是老党员，应当带头。”"), [])
    }

    /// A surname and the first character of an office (罗总, 王董, 李局) addresses an officer without a given
    /// name: no person is named. A given name of two characters may still hold 总 (张总成).
    func testASurnameAndAnOfficesFirstCharacterIsAFormOfAddress() {
        XCTAssertEqual(persons("大家都很尊敬韩总的为人。"), [])
        XCTAssertEqual(persons("王董表示，公司今年将扩大投资。"), [])
        XCTAssertEqual(persons("张总成表示同意。"), ["张总成"])
    }

    /// 宫 closes a palace or a hall (卢浮宫, 少年宫), never a given name: a surname before one opens no name.
    func testPalaceEndsNoGivenName() {
        XCTAssertEqual(persons("昨天，卢浮宫宣布闭馆一天。"), [])
        XCTAssertEqual(persons("孩子们在鲁迅宫学画画。").filter { $0.hasSuffix("宫") }, [])
    }

    /// An office title is evidence for the name before it, unless a longer common word cuts it: 董事|会 names
    /// the board and 主席|团 the presidium, not an officer (分别担任子行董事会…: 任子行 is no name).
    func testTitleCutFromABodyWordIsNoEvidence() {
        XCTAssertEqual(persons("两人分别担任子行董事会的独立董事。"), [])
        XCTAssertEqual(persons("王建平董事长出席了会议。"), ["王建平"])
    }

    /// A rare surname that is also a function word (有, 能, 那, 都) is that word unless a title, cue or list
    /// says otherwise: 选手有实力 and ，有新老画家 name nobody; 副市长能某某 does.
    func testRareSurnameThatIsAFunctionWordNeedsContext() {
        XCTAssertEqual(persons("欧洲选手有实力和亚洲选手竞争。"), [])
        XCTAssertEqual(persons("展览中，有新老画家的作品三百幅。"), [])
        XCTAssertEqual(persons("副市长能建国出席会议。"), ["能建国"])
        // 向 is a rare surname in the table and a preposition, but a surname of millions: a full name before a
        // cue at the head of the sentence stays one.
        XCTAssertEqual(persons("向立新指出，改革要深化。"), ["向立新"])
    }

    /// A particle (的 了 们 吗 呢 吧 着) is no character of a given name: 桥本|的讲话 names no 桥本的.
    func testParticleIsNoGivenNameCharacter() {
        XCTAssertFalse(persons("会上，桥本的讲话引起关注。").contains("桥本的"))
    }

    /// 小 of endearment before a full name (，小某某伤愈出院) is evidence for the name after it; inside a word
    /// (缩小, 大小) or opening a title (《小石潭记》) it is none.
    func testEndearingXiaoBeforeAFullName() {
        XCTAssertEqual(persons("一个多月后，小韩婷伤愈出院。"), ["韩婷"])
        XCTAssertEqual(persons("他读过《小石潭记》和《岳阳楼记》。"), [])
    }

    /// An aspect particle after a two-character given name marks its last character as the verb (农民韩霞种了
    /// 十亩地: 韩霞, not 韩霞种); a particle that opens a word (了解) leaves a three-character name whole.
    func testAspectParticleEndsTheNameBeforeTheVerb() {
        XCTAssertEqual(persons("农民韩霞种了十亩地。"), ["韩霞"])
        XCTAssertEqual(persons("王小明了解情况后说，问题已经解决。"), ["王小明"])
    }

    /// A photo caption's position after a name (某某（右）, 图为某某（左二）) is evidence for the name; a stray
    /// character before it that may be the name's own (新|某某（中）) withholds that evidence.
    func testCaptionPositionAfterANameIsEvidence() {
        XCTAssertEqual(persons("汤静（右）在查看庄稼。"), ["汤静"])
        XCTAssertEqual(persons("图为汤静（左二）在田间。"), ["汤静"])
        XCTAssertFalse(persons("新凤霞（中）在排练。").contains("凤霞"))
    }

    /// A time word is never a given name: in 宋彬华今天说 the name is 宋彬华, not 宋彬 and 华今天, and in
    /// 外长素林今天说 no name starts at 林.
    func testTimeWordIsNoGivenName() {
        XCTAssertEqual(persons("宋彬华今天说，会议取得了成功。"), ["宋彬华"])
        XCTAssertEqual(persons("泰国外长素林今天说，谈判没有结果。"), [])
    }

    /// A verb of speech after one or two time words (汤波|近日|说, 汤波|昨天上午|表示) is evidence for the name
    /// before them, as it is right after the name; a time word alone after it is none (汤波|今年 …).
    func testSpeechVerbAfterTimeWordsIsEvidence() {
        XCTAssertEqual(persons("汤波近日说，工作进展顺利。"), ["汤波"])
        XCTAssertEqual(persons("汤波昨天上午表示，工作进展顺利。"), ["汤波"])
        XCTAssertEqual(persons("汤波今年的收成很好。"), [])
    }

    /// 和 joining the next item after a name makes a word with the name's last character only by chance
    /// (范祥平|和队友们: 平和): the name is read whole.
    func testConjunctionAfterANameCutsNoWord() {
        XCTAssertEqual(persons("范祥平和队友们拼搏到最后一刻。"), ["范祥平"])
    }

    /// A person's age after the name (汤波|现年45岁, 某某|享年90岁) is said of people only.
    func testAgeAfterANameIsEvidence() {
        XCTAssertEqual(persons("汤波现年45岁，是一名教师。"), ["汤波"])
    }

    /// A count of people after a list of names (…、黄晓明|三人) is no given name: 明三人 is no person.
    func testCountOfPeopleIsNoGivenName() {
        XCTAssertEqual(persons("陈思思、黄晓明三人获得一等奖。"), ["陈思思", "黄晓明"])
        XCTAssertEqual(persons("比赛由张建国、李卫东两名裁判执法。"), ["张建国", "李卫东"])
    }

    /// A known two-character name (刘翔, in the dictionary) and a frequent given-name character closed by a
    /// list mark is a namesake's three-character name: the known name would strand the character.
    func testKnownNameDoesNotStrandTheNextCharacterBeforeAListMark() {
        XCTAssertEqual(persons("刘翔宇、陈思思获得一等奖。"), ["刘翔宇", "陈思思"])
        XCTAssertEqual(persons("刘翔在比赛中夺冠。"), ["刘翔"])
    }
}
