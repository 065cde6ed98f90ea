import Entities
@testable import Graph

/// Hand-made documents for the Build, Store and Query tests (invented names and sentences).
enum GraphFixtures {
    static func evidence(_ doc: String, _ sentence: Int, _ text: String, rule: String) -> Evidence {
        Evidence(document: doc, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count,
                 text: text, rule: rule)
    }

    static func person(_ name: String, aliases: [String] = [], mentions: Int = 1, titles: [String] = []) -> EntityRecord {
        EntityRecord(canonical: name, type: .person, aliases: aliases, mentions: mentions, titles: titles)
    }

    static func role(_ person: String, _ title: String, _ org: String, _ ev: Evidence, date: String? = nil) -> Relation {
        Relation(type: .role, source: person, sourceType: .person, target: org, targetType: org.isEmpty ? nil : .organisation,
                 title: title, date: date, evidence: ev)
    }

    static func met(_ host: String, _ guest: String, _ ev: Evidence, date: String? = nil) -> Relation {
        Relation(type: .met, source: host, sourceType: .person, target: guest, targetType: .person, date: date, evidence: ev)
    }

    static func cooccurs(_ a: String, _ at: EntityType, _ b: String, _ bt: EntityType, _ ev: Evidence) -> Relation {
        Relation(type: .coOccurs, source: a, sourceType: at, target: b, targetType: bt, evidence: ev)
    }

    /// 泉州市委书记张三丰会见王小明; 王小明与李大华会谈; a programme in 厦门.
    static var news: [DocumentRecord] {
        let s1 = "泉州市委书记张三丰十一月八日会见了王小明。"
        let a = DocumentRecord(
            id: "a.txt", date: "2023-11-08", sentences: 2, characters: 40,
            entities: [person("张三丰", aliases: ["張三豐"], mentions: 2), person("王小明"),
                       EntityRecord(canonical: "泉州市委", type: .organisation, attributes: ["gov": "1"])],
            relations: [role("张三丰", "书记", "泉州市委", evidence("a.txt", 0, s1, rule: "role:org-title-name")),
                        met("张三丰", "王小明", evidence("a.txt", 0, s1, rule: "met:huijian"), date: "2023-11-08"),
                        role("张三丰", "主任", "", evidence("a.txt", 1, "张三丰主任随后讲话。", rule: "role:title-name"))])
        let s2 = "王小明与李大华在厦门举行会谈。"
        let b = DocumentRecord(
            id: "b.txt", date: "2023-11-09", sentences: 1, characters: 15,
            entities: [person("王小明", aliases: ["王小明同志"]), person("李大华"),
                       EntityRecord(canonical: "厦门", type: .place, attributes: ["level": "city"])],
            relations: [met("王小明", "李大华", evidence("b.txt", 0, s2, rule: "met:huitan")),
                        cooccurs("王小明", .person, "厦门", .place, evidence("b.txt", 0, s2, rule: "co_occurs:sentence")),
                        cooccurs("李大华", .person, "厦门", .place, evidence("b.txt", 0, s2, rule: "co_occurs:sentence"))])
        let s3 = "数字丝路计划在厦门启动，厦门大学参与其中。"
        let s4 = "厦门将继续推进数字丝路计划。"
        let c = DocumentRecord(
            id: "c.txt", date: "11月10日", sentences: 2, characters: 35,
            entities: [EntityRecord(canonical: "数字丝路计划", type: .programme, mentions: 2),
                       EntityRecord(canonical: "厦门", type: .place, mentions: 2),
                       EntityRecord(canonical: "厦门大学", type: .organisation)],
            relations: [cooccurs("数字丝路计划", .programme, "厦门", .place, evidence("c.txt", 0, s3, rule: "co_occurs:sentence")),
                        cooccurs("厦门", .place, "数字丝路计划", .programme, evidence("c.txt", 1, s4, rule: "co_occurs:sentence")),
                        cooccurs("数字丝路计划", .programme, "厦门大学", .organisation, evidence("c.txt", 0, s3, rule: "co_occurs:sentence"))])
        return [a, b, c]
    }

    /// Three documents about three persons named 李刚 (two of them conflicting) and two consistent 陈明.
    static var homonyms: [DocumentRecord] {
        func doc(_ id: String, _ name: String, _ title: String?, _ org: String) -> DocumentRecord {
            let text = title == nil ? "\(name)出席了会议。" : "\(org)\(title ?? "")\(name)出席了会议。"
            return DocumentRecord(id: id, sentences: 1, characters: text.unicodeScalars.count,
                                  entities: [person(name)],
                                  relations: title.map { [role(name, $0, org, evidence(id, 0, text, rule: "role:org-title-name"))] } ?? [])
        }
        return [doc("d1.txt", "李刚", "书记", "泉州市委"), doc("d2.txt", "李刚", "书记", "厦门市委"),
                doc("d3.txt", "李刚", nil, ""), doc("d4.txt", "陈明", "书记", "泉州市委"),
                doc("d5.txt", "陈明", "书记", "泉州市委"), doc("d6.txt", "陈明", nil, "")]
    }

    /// `records` repeated `count` times under the ids `k/…`: the same names and edges, each edge with
    /// evidence from many documents (as in a corpus that repeats its people).
    static func copies(_ records: [DocumentRecord], _ count: Int) -> [DocumentRecord] {
        (0..<count).flatMap { k in
            records.map { r in
                var c = r
                c.id = "\(k)/\(r.id)"
                c.relations = r.relations.map { rel in
                    var x = rel
                    x.evidence.document = "\(k)/\(rel.evidence.document)"
                    return x
                }
                return c
            }
        }
    }

    static func build(_ records: [DocumentRecord], homonymTable: HomonymTable? = nil) -> KnowledgeGraph {
        var b = GraphBuilder(isTraditional: { $0.unicodeScalars.contains { "張豐華會議".unicodeScalars.contains($0) } },
                             homonymTable: homonymTable)
        for r in records { b.add(r) }
        return b.build()
    }

    /// The homonym table of `records` taken together.
    static func homonymTable(_ records: [DocumentRecord]) -> HomonymTable {
        var b = GraphBuilder()
        for r in records { b.add(r) }
        return b.homonymLabels()
    }

    static func node(_ g: KnowledgeGraph, _ name: String) -> Node? { g.nodes.first { $0.name == name } }

    static func edges(_ g: KnowledgeGraph, _ relation: RelationType) -> [(String, String, Edge)] {
        g.edges.filter { $0.relation == relation }.map { (g.nodes[$0.source].name, g.nodes[$0.target].name, $0) }
    }
}
