import Entities
import Graph

/// Graphs built in code for the export tests (compiled into GraphTests through a symlink in
/// Tests/GraphTests/Export). `hostile` is designed to break escaping in every format; `sample` is a
/// small news-like graph; `wide` is big enough to switch DOT to sfdp. All names are invented here.
enum ExportFixtures {
    /// Node names that have broken some exporter somewhere: quotes, backslashes (`C:\new` becomes two
    /// lines in an unescaped DOT label), markup, emoji, combining marks, brackets, leading digits, DOT
    /// keywords, a very long name, traditional characters.
    static let hostileNames: [(EntityType, String)] = [
        (.person, "他说\"你好\""),
        (.person, "O'Brien 奥布莱恩"),
        (.person, "Zoe\u{0308} 佐伊"),
        (.person, "e\u{0301}cole 学者"),
        (.person, "🇨🇳张三🚀"),
        (.person, "node"),
        (.person, "graph"),
        (.person, "路径\\N名称"),
        (.organisation, "C:\\new"),
        (.organisation, "反斜杠结尾\\"),
        (.organisation, "<b>粗体</b> & 公司"),
        (.organisation, "[北京]{机构}(测试)【括号】《文件》"),
        (.organisation, "2abc集团"),
        (.organisation, "123"),
        (.organisation, "edge"),
        (.organisation, "subgraph strict digraph"),
        (.organisation, "甲;乙,丙|丁"),
        (.organisation, "50%/100# 基金?a=1"),
        (.organisation, "臺灣研究院"),
        (.place, String(repeating: "中华人民共和国青川市东湖区", count: 24)),
        (.place, "New York 办事处"),
        (.place, "-->注释<!--"),
        (.programme, "4+4+6现代化产业体系"),
        (.programme, "“一揽子”计划 ‘试点’"),
        (.programme, "𠀋𡈽 扩展区汉字"),
    ]

    static let hostileDocuments = ["新闻/稿 1.txt", "C:\\docs\\\"引号\".txt", ".."]

    static var hostile: KnowledgeGraph {
        var named = hostileNames.map { (type: $0.0, name: $0.1) }
        named.sort { ($0.type, $0.name) < ($1.type, $1.name) }
        let nodes = named.enumerated().map { i, n in
            Node(id: i, type: n.type, name: n.name,
                 aliases: i % 3 == 0 ? ["别名;一", "别名\"二\""] : [],
                 traditionalAliases: n.name == "臺灣研究院" ? ["臺灣研究院（舊稱）"] : (i % 4 == 0 ? ["傳統名稱"] : []),
                 titles: i % 5 == 0 ? ["主任", "书记\\副"] : [],
                 mentions: i + 1, documents: [hostileDocuments[i % 3]],
                 attributes: n.type == .organisation && i % 2 == 0 ? ["gov": "1"] : [:])
        }
        func index(_ name: String) -> Int { named.firstIndex { $0.name == name } ?? 0 }
        func ev(_ doc: Int, _ s: Int, _ text: String, _ rule: String) -> Evidence {
            Evidence(document: hostileDocuments[doc], sentence: s, start: s * 10, end: s * 10 + 9, text: text, rule: rule)
        }
        let a = index("他说\"你好\""), b = index("C:\\new"), c = index("<b>粗体</b> & 公司")
        let d = index("🇨🇳张三🚀"), e = index("4+4+6现代化产业体系"), f = index("node")
        let g = index("New York 办事处"), h = index("graph"), k = index("臺灣研究院")
        var edges = [
            // Two roles in one body: one merged GraphML edge with both titles.
            Edge(source: a, target: b, relation: .role, title: "董事长", date: "2023-11-08", weight: 1,
                 evidence: [ev(0, 1, "他说\"你好\"，任C:\\new董事长。", "role:title-name")]),
            Edge(source: a, target: b, relation: .role, title: "党委书记", date: "11月8日", weight: 2,
                 evidence: [ev(1, 2, "第一行\n第二行\r\n第三行 <tag> & \"quote\"", "role:title-name")]),
            Edge(source: d, target: c, relation: .role, title: "首席\"执行\"官\\CEO", weight: 1,
                 evidence: [ev(2, 0, "🇨🇳张三🚀出任首席执行官。", "role:title-name")]),
            // met both ways: written once as undirected.
            Edge(source: a, target: d, relation: .met, date: "2024-02-29", weight: 1,
                 evidence: [ev(0, 3, "双方会见。", "met:huijian")]),
            Edge(source: d, target: a, relation: .met, date: "2023-02-30", weight: 1,
                 evidence: [ev(1, 4, "再次会见。", "met:huijian")]),
            Edge(source: f, target: h, relation: .coOccurs, weight: 0,
                 evidence: (0..<8).map { ev($0 % 3, $0, "共现句子\($0)。", "co_occurs:sentence") }),
            Edge(source: f, target: g, relation: .visited, date: "2023-11", weight: 1.5,
                 evidence: [ev(2, 5, "node访问New York 办事处。", "visited:fangwen")]),
            Edge(source: d, target: f, relation: .accompanied, weight: 1, evidence: []),
            Edge(source: h, target: k, relation: .metGroup, date: "2022-01-01", weight: 3,
                 evidence: [ev(0, 6, "会见臺灣研究院代表团。", "met_group:daibiaotuan")]),
            Edge(source: b, target: e, relation: .coOccurs, weight: .nan, evidence: [ev(1, 7, "x", "co_occurs:sentence")]),
        ]
        // A self-loop and an out-of-range edge: exporters must skip the bad one, not crash.
        edges.append(Edge(source: c, target: c, relation: .coOccurs, weight: 1, evidence: []))
        edges.append(Edge(source: 0, target: 999, relation: .coOccurs, weight: 1, evidence: []))
        edges.sort { ($0.source, $0.target, $0.relation, $0.title ?? "") < ($1.source, $1.target, $1.relation, $1.title ?? "") }
        let documents = [
            DocumentInfo(id: hostileDocuments[0], date: "2023-11-08", sentences: 8, characters: 200),
            DocumentInfo(id: hostileDocuments[1], date: "11月8日", sentences: 8, characters: 200),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges, documents: documents)
    }

    /// A small news-like graph: a city party secretary who also heads the government, a meeting, a visit.
    static var sample: KnowledgeGraph {
        let nodes = [
            Node(id: 0, type: .person, name: "林晓东", aliases: ["晓东"], traditionalAliases: ["林曉東"],
                 titles: ["书记"], mentions: 5, documents: ["seeds/a.txt", "seeds/b.txt"]),
            Node(id: 1, type: .person, name: "周明远", mentions: 2, documents: ["seeds/a.txt"]),
            Node(id: 2, type: .organisation, name: "青川市委", mentions: 3, documents: ["seeds/a.txt"],
                 attributes: ["gov": "1"]),
            Node(id: 3, type: .organisation, name: "东湖科技园", mentions: 1, documents: ["seeds/b.txt"]),
            Node(id: 4, type: .place, name: "青川市", mentions: 4, documents: ["seeds/a.txt", "seeds/b.txt"],
                 attributes: ["level": "city"]),
            Node(id: 5, type: .programme, name: "三年行动计划", mentions: 1, documents: ["seeds/b.txt"]),
        ]
        let s1 = Evidence(document: "seeds/a.txt", sentence: 0, start: 0, end: 30,
                          text: "青川市委书记、市长林晓东会见了周明远。", rule: "role:title-name")
        let s2 = Evidence(document: "seeds/b.txt", sentence: 2, start: 40, end: 70,
                          text: "林晓东到东湖科技园调研三年行动计划。", rule: "visited:diaoyan")
        let edges = [
            Edge(source: 0, target: 1, relation: .coOccurs, weight: 1, evidence: [s1]),
            Edge(source: 0, target: 1, relation: .met, date: "2024-03-05", weight: 1, evidence: [s1]),
            Edge(source: 0, target: 2, relation: .role, title: "市委书记", rank: 1, weight: 1, evidence: [s1]),
            Edge(source: 0, target: 3, relation: .visited, date: "3月6日", weight: 1, evidence: [s2]),
            Edge(source: 0, target: 4, relation: .role, title: "市长", rank: 2, weight: 1, evidence: [s1]),
            Edge(source: 0, target: 5, relation: .coOccurs, weight: 1, evidence: [s2]),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges, documents: [
            DocumentInfo(id: "seeds/a.txt", date: "2024-03-05", sentences: 3, characters: 90),
            DocumentInfo(id: "seeds/b.txt", sentences: 4, characters: 120),
        ])
    }

    /// `count` people in a ring, each also co-occurring with a hub place: enough nodes for sfdp.
    static func wide(count: Int = 320) -> KnowledgeGraph {
        var nodes = (0..<count).map { Node(id: $0, type: .person, name: "人物\($0)号", mentions: 1 + $0 % 7) }
        nodes.append(Node(id: count, type: .place, name: "中心广场", mentions: count))
        var edges: [Edge] = []
        for i in 0..<count {
            edges.append(Edge(source: i, target: (i + 1) % count, relation: .coOccurs, weight: Double(1 + i % 3)))
            if i % 10 == 0 { edges.append(Edge(source: i, target: count, relation: .visited, weight: 1)) }
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }
}
