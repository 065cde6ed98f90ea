import XCTest
@testable import Entities

/// Foreign names in Xinhua transliteration: the run, trimmed to the name.
final class TransliteratedNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    /// An office title spelled from a body's suffix after a run of three or more characters (部|长, 院|长)
    /// is the person's title, not a body named by the run; two characters before it are too often a
    /// function word and a surname (当|马 局长: the surname alone is the person addressed, no 当马).
    func testTitleSpelledFromABodySuffixFollowsTheName() {
        XCTAssertEqual(persons("科瓦列夫部长在会上发言。"), ["科瓦列夫"])
        XCTAssertEqual(persons("萨拉赫院长介绍了学院的情况。"), ["萨拉赫"])
        XCTAssertEqual(persons("当马局长为此奔走时，大家都很感动。"), ["马"])
    }

    /// A run cut out of a known place before it starts after the place (尼日|利亚奥卡福 → 尼日利亚, 奥卡福;
    /// 挪|威克朗 is Norway's krone).
    func testRunStartsAfterThePlaceItWasCutFrom() {
        XCTAssertEqual(RecogniserTestSupport.names("尼日利亚奥卡福和队友都承认失误。", .person), ["奥卡福"])
        XCTAssertEqual(RecogniserTestSupport.names("他买了一辆价值80万挪威克朗的汽车。", .person), [])
    }

    /// A known place ending on a name dot is the name's first part (亚历山大·彼得罗夫): places take
    /// no name dot, and no name starts with one.
    /// A run opening with a whole country of three or more characters reads the country first: no name
    /// begins with one (巴勒斯坦|伊斯兰抵抗运动, 孟加拉|加利).
    func testRunOpeningWithAWholeCountryStartsAfterIt() {
        XCTAssertEqual(persons("巴勒斯坦伊斯兰抵抗运动发表声明。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("巴勒斯坦伊斯兰抵抗运动发表声明。", .place), ["巴勒斯坦"])
        XCTAssertEqual(persons("新华社孟加拉加利电。"), ["加利"])
    }

    /// A two-character country followed by exactly one common word (古巴|法律) is the country and the word;
    /// a name that merely opens with a country's characters (马里奥) stays a name.
    func testShortCountryBeforeACommonWordIsNoName() {
        XCTAssertEqual(persons("根据古巴法律，议会有权决定。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("根据古巴法律，议会有权决定。", .place), ["古巴"])
        XCTAssertEqual(persons("马里奥说他很高兴。"), ["马里奥"])
    }

    /// Common German and English name parts that the word list also holds (巴赫, 乔丹) are names after
    /// an office.
    func testNamePartsThatAreAlsoWords() {
        XCTAssertEqual(persons("国际奥委会主席巴赫在洛桑会见了代表团。"), ["巴赫"])
    }

    func testPlaceBeforeANameDotOpensTheName() {
        XCTAssertEqual(persons("罗马尼亚总统亚历山大·彼得罗夫表示欢迎。"), ["亚历山大·彼得罗夫"])
        XCTAssertEqual(RecogniserTestSupport.names("罗马尼亚总统亚历山大·彼得罗夫表示欢迎。", .place), ["罗马尼亚"])
    }

    /// A two-character run is a name when it is a common foreign surname or given name (琼斯, 米勒: the
    /// second is also in the word list), not when it is any two transliteration characters (拉斯).
    func testCommonForeignNamePartIsAName() {
        XCTAssertEqual(persons("琼斯与队友一起训练。"), ["琼斯"])
        XCTAssertEqual(persons("米勒在会上发言。"), ["米勒"])
        XCTAssertEqual(persons("拉斯与队友一起训练。"), [])
    }

    /// A dash after a common foreign given name joins the surname (约翰—史密斯, 汤姆-汉克斯); a dash between
    /// places is a route, not a name.
    func testDashAfterAGivenNameJoinsTheSurname() {
        XCTAssertEqual(persons("美国参议员约翰—史密斯发表讲话。"), ["约翰—史密斯"])
        XCTAssertEqual(persons("汤姆-汉克斯在洛杉矶购买了房产。"), ["汤姆-汉克斯"])
        XCTAssertEqual(persons("莫斯科—圣彼得堡高速列车开通。"), [])
    }

    func testRunDoesNotSwallowTheTitleBefore() {
        XCTAssertEqual(persons("法国总理若斯潘今天发表讲话。"), ["若斯潘"])
    }

    func testRunDoesNotSwallowTheWordAfter() {
        XCTAssertEqual(persons("费尔南德斯多次发表讲话。"), ["费尔南德斯"])
    }

    func testNamesWithLessCommonTransliterationCharacters() {
        XCTAssertEqual(persons("总统任命涅姆佐夫和基里延科为副总理。"), ["涅姆佐夫", "基里延科"])
    }

    /// Loanwords spelled with transliteration characters (高尔夫, 厄尔尼诺, 纳斯达克) name no one.
    func testLoanwordIsNotAForeignName() {
        XCTAssertEqual(persons("他每周打一场高尔夫，听说下次厄尔尼诺现象将提前出现。"), [])
        XCTAssertEqual(persons("以技术股为主的纳斯达克股市指数全天上升。"), [])
    }

    /// A run that a known place starts inside and outlasts (许多|美国人) is no name: the place is read whole.
    func testPlaceRunningPastTheRunCutsIt() {
        XCTAssertEqual(persons("许多美国人通过参观展品了解中国。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("许多美国人通过参观展品了解中国。", .place), ["美国", "中国"])
    }

    /// The part after a name dot may open on a character outside the transliteration table (葛 in 葛鲁夫).
    func testPartAfterTheDotMayOpenOutsideTheTable() {
        XCTAssertEqual(persons("公司董事长安德鲁·葛鲁夫一行今天抵达。"), ["安德鲁·葛鲁夫"])
    }

    func testTransliteratedPlaceIsNotAPerson() {
        XCTAssertEqual(persons("他们登上了喜马拉雅山。"), [])
    }

    func testRunDoesNotEndInAFunctionWord() {
        XCTAssertEqual(persons("财政部长鲁宾在会上表示支持。"), ["鲁宾"])
    }

    func testKnownPersonDropsAStrayCharacter() {
        XCTAssertEqual(persons("美国总统克林顿派代表前来祝贺。"), ["克林顿"])
    }

    func testOrdinaryWordsOfTransliterationCharactersAreNotNames() {
        XCTAssertEqual(persons("双方作出的积极努力表示满意。"), [])
    }

    func testRunOfTwoCommonWordsIsNotAName() {
        XCTAssertEqual(persons("各地要努力提高宣传教育的水平。"), [])
    }

    func testAWordOverlappingATitleDoesNotCutTheNameAfterIt() {
        // 相约 is a common word, but 首相 is the title: the name starts right after it.
        XCTAssertEqual(persons("英国首相约翰·梅杰昨天抵达北京。"), ["约翰·梅杰"])
    }

    func testAWordDoesNotLeaveOneCharacterBeforeTheNameDot() {
        // 对比 is a common word; 尔·史密斯 would be no name.
        XCTAssertEqual(persons("他对比尔·史密斯的回答很满意。"), ["比尔·史密斯"])
    }

    func testDemonymIsNotAPerson() {
        XCTAssertEqual(persons("他是一个地道的巴塔哥尼亚人。"), [])
    }

    func testPlaceNounInAppositionIntroducesAPlace() {
        XCTAssertEqual(persons("南部城市安塔利亚举办了博览会。"), [])
    }

    func testRunBeforeAGeographicSuffixNamesAPlace() {
        XCTAssertEqual(persons("渔船驶向阿纳卡帕岛。"), [])
    }

    /// Context that makes a run a place proposes it as a place: a place noun before it, a state
    /// suffix closing it, or 等 + a class noun of places after its enumeration.
    func testContextProposesTheRunAsAPlace() {
        let places = { RecogniserTestSupport.names($0, .place) }
        XCTAssertEqual(places("游客涌向海滨胜地阿卡普尔科度假。"), ["阿卡普尔科"])
        XCTAssertEqual(places("暴雨袭击了马哈拉施特拉邦。"), ["马哈拉施特拉邦"])
        XCTAssertEqual(places("洪水威胁到巴兰基亚、卡塔赫纳等大城市。"), ["巴兰基亚", "卡塔赫纳"])
        XCTAssertEqual(persons("洪水威胁到巴兰基亚、卡塔赫纳等大城市。"), [])
        // A known place that starts inside the run and runs past it ends the name.
        XCTAssertEqual(places("飞机在哥伦比亚首都圣菲波哥大以东坠毁。"), ["哥伦比亚", "圣菲波哥大"])
        // Not when the run is a known place itself, or the longer place cuts the word after it (德黑兰|考察
        // over 兰考, a county).
        XCTAssertEqual(places("代表团一行来到德黑兰考察。"), ["德黑兰"])
        XCTAssertEqual(places("代表团一行来到奥克兰考察。"), ["奥克兰"])
        // 等 + people is no place class.
        XCTAssertEqual(places("记者采访了奥巴马、卡梅伦等人。"), [])
    }

    /// A foreign place written with its Chinese level word is one place (bundled dictionaries); the level
    /// word starting an office title (市长) leaves the run a name.
    func testRunBeforeALevelWordIsAPlace() {
        let places = RecogniserTestSupport.names("洪水袭击了马尼托巴省和佛罗里达州。", .place)
        XCTAssertEqual(places, ["马尼托巴省", "佛罗里达州"])
        XCTAssertFalse(RecogniserTestSupport.names("记者采访了卡斯塔涅达市长。", .place).contains { $0.hasSuffix("市") })
        // 山区 and 赛区 are words of their own.
        XCTAssertEqual(RecogniserTestSupport.names("努力提高山区教育水平。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("比赛在北京赛区举行。", .place), ["北京"])
    }

    /// A dotted name stays whole (bundled dictionaries): a known name beside the dot carries the run past
    /// characters outside the transliteration table (甘地: 地; 马克思: 思), so does one such character right
    /// before the dot (汤姆士·), and no run ends on a dot.
    func testDottedNameStaysWhole() {
        XCTAssertEqual(RecogniserTestSupport.names("印度前总理拉吉夫·甘地访华。", .person), ["拉吉夫·甘地"])
        // Before the dot too (马克思·…: 思 is outside the table); alone, the known name stays itself.
        XCTAssertEqual(RecogniserTestSupport.names("他见到了马克思·卢布里克的妹妹。", .person), ["马克思·卢布里克"])
        XCTAssertEqual(RecogniserTestSupport.names("学习马克思的著作。", .person), ["马克思"])
        // One character outside the table right before the dot (汤姆士·…) belongs to the name.
        XCTAssertEqual(RecogniserTestSupport.names("宇航员汤姆士·史达福告诉记者。", .person), ["汤姆士·史达福"])
    }

    /// A name does not end on a whole country of three or more characters: the character before it is
    /// read apart (连|保加利亚 "even Bulgaria").
    func testRunDoesNotEndOnAWholeCountry() {
        XCTAssertEqual(persons("连阿尔巴尼亚的球迷都来了。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("连阿尔巴尼亚的球迷都来了。", .place), ["阿尔巴尼亚"])
    }

    /// A demonstrative and a common word (本|赛季) are a determiner and its noun, as a function word and
    /// a word are.
    func testDemonstrativeBeforeAWordIsNoName() {
        XCTAssertEqual(persons("球队本赛季的防守很差。"), [])
    }

    /// A long dotless run ends before a two-character verb written in the same characters (卡西利亚斯|提高).
    func testLongRunEndsBeforeAVerb() {
        XCTAssertEqual(persons("门将卡西利亚斯提高了警惕。"), ["卡西利亚斯"])
    }

    /// Ordinary words jieba tags as places (西瓜 ns) are words: the word list holds them, so a run of
    /// transliteration characters that is one of them is no name.
    func testOrdinaryWordTaggedAsAPlaceIsNoName() {
        XCTAssertEqual(persons("他种植的西瓜获得丰收。"), [])
    }

    /// Uyghur names written with the dot use characters the Western table lacks (铁, 木, 买, 不, 都); with
    /// the dot they are name characters, without it they stay ordinary words (都来了).
    func testDottedUyghurNamesRunWhole() {
        XCTAssertEqual(persons("副委员长铁木尔·达瓦买提出席了会议。"), ["铁木尔·达瓦买提"])
        XCTAssertEqual(persons("农民吐尔逊·买买提种了十亩棉花。"), ["吐尔逊·买买提"])
        XCTAssertEqual(persons("大家都来了。"), [])
    }

    /// A common word cut by a longer one right after it (达瓦买提|出席: 提出 against 出席) does not trim the
    /// name; one whose longer rival is cut in turn (海滩|地区 against 滩地) still does.
    func testWordReadPastDoesNotTrimTheName() {
        XCTAssertEqual(persons("团长斯特拉·卡斯提出席了会议。"), ["斯特拉·卡斯提"])
    }

    /// A run right after a region or city (加州|奥卡托纳) is a smaller place inside it; after a title it
    /// is still a person (加州州长|奥卡托纳). Before or after 位于 it is a place: people are not sited.
    func testRunInsideARegionOrAfterASiteVerbIsAPlace() {
        XCTAssertEqual(persons("代表团参观了加州奥卡托纳的农场。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("代表团参观了加州奥卡托纳的农场。", .place), ["加州", "奥卡托纳"])
        XCTAssertEqual(persons("加州州长奥卡托纳出席了会议。"), ["奥卡托纳"])
        XCTAssertEqual(RecogniserTestSupport.names("这座度假村位于奥卡托纳，风景优美。", .place), ["奥卡托纳"])
        XCTAssertEqual(persons("奥卡托纳位于加州南部。"), [])
    }

    /// A run against a `vs` whose other side is a club or a place is a team (卡斯特罗维达vs切尔西); against
    /// players it stays a person (费德勒vs纳达尔).
    func testRunFacingATeamInAFixtureIsATeam() {
        XCTAssertEqual(RecogniserTestSupport.names("本轮焦点：卡斯特罗维达vs切尔西。", .organisation), ["卡斯特罗维达", "切尔西"])
        XCTAssertEqual(RecogniserTestSupport.names("罗马 vs. 卡斯特罗维达", .organisation), ["罗马", "卡斯特罗维达"])
        XCTAssertEqual(persons("卡斯特罗维达vs纳达尔的决赛"), ["卡斯特罗维达", "纳达尔"])
    }

    /// A run of states' one-character abbreviations that goes on from one before it or ends on a count
    /// of states lists the states (中俄哈吉塔五国, the Shanghai Five), and no given name is such a count
    /// (乌|六国); a run of minor states' characters alone is still a name (阿加西).
    func testRunOfStateAbbreviationsListsStates() {
        XCTAssertEqual(RecogniserTestSupport.names("中俄哈吉塔五国元首会晤。", .place), ["中", "俄", "哈", "吉", "塔"])
        XCTAssertEqual(persons("中俄哈吉塔乌六国元首签署宣言。"), [])
        XCTAssertEqual(persons("阿加西今天在球场上取胜。"), ["阿加西"])
    }

    /// The object of a verb of moving (进入, 飞抵, 前往) is a place; one who is visited (前往看望|…) is not
    /// that object.
    func testRunAfterAVerbOfMovingIsAPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("军队进入奥卡托纳。", .place), ["奥卡托纳"])
        XCTAssertEqual(persons("军队进入奥卡托纳。"), [])
        XCTAssertEqual(persons("前往看望阿尔贝托的人很多。"), ["阿尔贝托"])
    }

    /// After a Chinese numeral the run is a count and its unit (八千八百|多米高), as after a digit; after 一
    /// (一位, 一名) a name may still follow its classifier.
    func testRunAfterAChineseNumeralIsACount() {
        XCTAssertEqual(persons("它比八千八百多米高的山峰还高。"), [])
        XCTAssertEqual(persons("一位名叫阿尔贝托的老人走了过来。"), ["阿尔贝托"])
    }

    /// 勃 热 别 居 are transliteration characters (勃列日涅夫, 阿维兰热, 别列佐夫斯基, 居里): a run through them is
    /// one name; the ordinary words they make (特别, 热情, 居民) stay words.
    func testLessFrequentTableCharactersJoinTheRun() {
        XCTAssertEqual(persons("勃罗卡莱拉在第二局扳回一分。"), ["勃罗卡莱拉"])
        XCTAssertEqual(persons("居民们特别热情。"), [])
    }

    /// A run closed by a landscape word (岛 河 湖 湾 港) is a foreign island, river or lake, as a level word
    /// closes a province; not a run opening on a verb (提高|香…港), one that is a known place whole, or
    /// one across which a known place runs (香港).
    /// A suffix character the run gave back because it opens a common word (门 of 门前) is no place suffix:
    /// the name before it stands. A water's word opening one (海 of 海滩) still makes a place of the run.
    func testSuffixThatOpensACommonWordIsNoPlaceSuffix() {
        XCTAssertEqual(RecogniserTestSupport.names("7号阿尔梅达门前抢点破门。", .person), ["阿尔梅达"])
        XCTAssertEqual(RecogniserTestSupport.names("游客来到圣卡塔利娜海滩地区游玩。", .person), [])
    }

    func testALandscapeWordClosesAForeignPlace() {
        let places = { (s: String) in RecogniserTestSupport.names(s, .place) }
        XCTAssertEqual(places("货轮昨天停靠在塔卡努岛。"), ["塔卡努岛"])
        XCTAssertEqual(places("士兵们连夜渡过卡波努河。"), ["卡波努河"])
        XCTAssertEqual(places("这有利于提高香港竞争力。"), ["香港"])
    }

    /// A word of location right after the run (附近, 以南, 小镇) makes it a place: people have no surroundings
    /// or parts in news prose.
    func testLocationWordAfterTheRunMakesAPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("美军在普里什蒂纳附近部署。", .place), ["美", "普里什蒂纳"])
        XCTAssertEqual(persons("美军在普里什蒂纳附近部署。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("列车在雷诺科小镇附近出轨。", .place), ["雷诺科"])
        XCTAssertEqual(persons("雷诺科表示，列车已经出轨。"), ["雷诺科"])
    }

    /// Reduplicated pairs intensify a common word (许许多多, 密密麻麻): no transliteration spells one.
    func testReduplicatedPairsAreNoName() {
        XCTAssertEqual(persons("河边有许许多多的游客。"), [])
    }
}
