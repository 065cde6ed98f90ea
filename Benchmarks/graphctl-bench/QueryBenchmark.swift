import Foundation
import Entities
import Graph

/// Generates a deterministic random graph shaped like a news graph (many persons, fewer organisations,
/// places and programmes; every edge with one to three evidence sentences from a shared sentence pool),
/// saves it as graph.json, loads it back, and times each query.
struct QueryBenchmark {
    var nodes = 100_000
    var edges = 300_000
    var keep: String?

    init(arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--nodes": nodes = Int(value) ?? nodes; i += 1
            case "--edges": edges = Int(value) ?? edges; i += 1
            case "--keep": keep = value; i += 1
            default: break
            }
            i += 1
        }
    }

    /// SplitMix64: small, fast and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".unicodeScalars)
    static let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文辉力永健世广志义兴良海山仁波宁贵福生龙元全胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘".unicodeScalars)
    static let places = Array("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新港澳台".unicodeScalars)

    func generate() -> KnowledgeGraph {
        var rng = Random(state: 20_231_108)
        func word(_ pool: [Unicode.Scalar], _ count: Int) -> String {
            var s = String.UnicodeScalarView()
            for _ in 0..<count { s.append(pool[rng.below(pool.count)]) }
            return String(s)
        }
        // Type mix: 70% persons, 15% organisations, 10% places, 5% programmes; names made unique by a
        // numeric suffix where needed.
        var seen = Set<String>()
        var raw: [(EntityType, String)] = []
        for i in 0..<nodes {
            let r = i % 20
            let type: EntityType = r < 14 ? .person : r < 17 ? .organisation : r < 19 ? .place : .programme
            var name: String
            switch type {
            case .person: name = word(Self.surnames, 1) + word(Self.given, 1 + rng.below(2))
            case .organisation: name = word(Self.places, 2) + ["市委", "市政府", "大学", "集团", "协会"][rng.below(5)]
            case .place: name = word(Self.places, 1) + word(Self.given, 1) + ["市", "县", "区"][rng.below(3)]
            case .programme: name = word(Self.given, 2) + ["计划", "工程", "行动"][rng.below(3)]
            }
            if !seen.insert("\(type)|\(name)").inserted { name += String(i); seen.insert("\(type)|\(name)") }
            raw.append((type, name))
        }
        raw.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let documents = max(1, edges / 30)
        var ns: [Node] = []
        ns.reserveCapacity(nodes)
        for (i, (type, name)) in raw.enumerated() {
            ns.append(Node(id: i, type: type, name: name, aliases: rng.below(4) == 0 ? [name + "同志"] : [],
                           mentions: 1 + rng.below(20), documents: ["news/\(rng.below(documents)).txt"]))
        }
        let persons = ns.filter { $0.type == .person }.map(\.id)
        let others = ns.filter { $0.type != .person }.map(\.id)
        let programmes = ns.filter { $0.type == .programme }.map(\.id)
        let relations: [RelationType] = [.coOccurs, .coOccurs, .coOccurs, .role, .met, .visited, .metGroup, .accompanied]
        var keys = Set<Int>()
        var es: [Edge] = []
        es.reserveCapacity(edges)
        while es.count < edges {
            let relation = relations[rng.below(relations.count)]
            // Skewed endpoints: a few hubs get many edges, as in real news.
            func pick(_ pool: [Int]) -> Int {
                let r = rng.below(pool.count)
                return pool[rng.below(4) == 0 ? r % max(pool.count / 100, 1) : r]
            }
            var s = pick(persons)
            var t: Int
            switch relation {
            case .met, .accompanied: t = pick(persons)
            case .coOccurs:
                t = rng.below(2) == 0 ? pick(persons) : pick(others)
                if rng.below(4) == 0 { s = pick(programmes); t = pick(others) }
            default: t = pick(others)
            }
            if s == t { continue }
            if relation == .coOccurs && t < s { swap(&s, &t) }
            let title: String? = relation == .role ? ["书记", "市长", "主任", "校长", "董事长"][rng.below(5)] : nil
            let key = ((s * 1_000_003 + t) &* 8 + relations.firstIndex(of: relation)!) &* 8 + (title?.unicodeScalars.first.map { Int($0.value) % 8 } ?? 0)
            if !keys.insert(key).inserted { continue }
            var evidence: [Evidence] = []
            for _ in 0..<(1 + rng.below(3)) {
                let d = rng.below(documents), k = rng.below(30)
                evidence.append(Evidence(document: "news/\(d).txt", sentence: k, start: k * 40, end: k * 40 + 38,
                                         text: sentenceText(d, k),
                                         rule: "\(relation.rawValue):bench"))
            }
            evidence.sort { ($0.document, $0.sentence) < ($1.document, $1.sentence) }
            let month = 1 + rng.below(12), day = 1 + rng.below(28)
            es.append(Edge(source: s, target: t, relation: relation, title: title,
                           date: String(format: "2023-%02d-%02d", month, day), weight: Double(evidence.count),
                           evidence: evidence))
        }
        es.sort { ($0.source, $0.target, $0.relation, $0.title ?? "") < ($1.source, $1.target, $1.relation, $1.title ?? "") }
        let docs = (0..<documents).map { DocumentInfo(id: "news/\($0).txt", date: "2023-01-01", sentences: 30, characters: 1200) }
        return KnowledgeGraph(nodes: ns, edges: es, documents: docs.sorted { $0.id < $1.id })
    }

    /// The pooled sentence text of document `d`, sentence `k`: the same position always has the same
    /// text, as in real extraction output, so the sentence table deduplicates.
    func sentenceText(_ d: Int, _ k: Int) -> String {
        "第\(d)篇第\(k)句：双方就深化经贸合作、推进重点项目建设和加强人文交流等议题深入交换了意见。"
    }

    /// CPU seconds of this process spent in `body`. On the shared 2-core build machine wall time swings
    /// with other jobs' load; CPU time of this single-threaded work is what an idle machine's wall time
    /// would be. Wall time is printed alongside by `timed`.
    func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = cpu()
        let value = try body()
        return (value, cpu() - start)
    }

    func run() {
        let (graph, genSeconds) = time { generate() }
        print("generated \(graph.nodes.count) nodes, \(graph.edges.count) edges, \(graph.edges.reduce(0) { $0 + $1.evidence.count }) evidence in \(String(format: "%.2f", genSeconds)) s")
        let url = URL(fileURLWithPath: keep ?? NSTemporaryDirectory() + "graphctl-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        defer { if keep == nil { try? FileManager.default.removeItem(at: url) } }
        do {
            let (encoded, encodeSeconds) = time { GraphStore.encoded(graph) }
            print(String(format: "encode %.3f s (in memory, %d bytes)", encodeSeconds, encoded.utf8.count))
            let (_, saveSeconds) = try time { try GraphStore.save(graph, to: url) }
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            print(String(format: "save  %.3f s cpu (%.1f MB; wall includes fsync)", saveSeconds, Double(size) / 1e6))
            let (loaded, loadSeconds) = try time { try GraphStore.load(from: url) }
            print(String(format: "load  %.3f s cpu", loadSeconds))
            if loaded != graph { print("ERROR: loaded graph differs from the saved one"); exit(1) }
            let (engine, initSeconds) = time { GraphQueryEngine(graph: loaded) }
            print(String(format: "index %.3f s", initSeconds))
            let hub = engine.top(by: .degree, n: 1).rows.first?[1] ?? ""
            let person = loaded.nodes[loaded.nodes.count / 3].name
            let place = loaded.nodes.first { $0.type == .place }?.name ?? ""
            let queries: [(String, () throws -> QueryResult)] = [
                ("met(name:)", { try engine.met(name: hub) }),
                ("met(since:until:)", { try engine.met(name: nil, since: "2023-03-01", until: "2023-03-31") }),
                ("roles(name:)", { try engine.roles(name: hub) }),
                ("holders(title:)", { try engine.holders(title: "书记", org: nil) }),
                ("neighbours(depth: 1)", { try engine.neighbours(name: hub) }),
                ("neighbours(depth: 2)", { try engine.neighbours(name: person, depth: 2) }),
                ("path(from:to:)", { try engine.path(from: person, to: hub) }),
                ("top(by: degree)", { engine.top(by: .degree, n: 10) }),
                ("top(by: mentions)", { engine.top(type: .person, by: .mentions, n: 10) }),
                ("top(by: betweenness)", { engine.top(by: .betweenness, n: 10) }),
                ("timeline(name:)", { try engine.timeline(name: hub) }),
                ("programmes(place:)", { try engine.programmes(place: place) }),
                ("programmes()", { try engine.programmes() }),
                ("unknown name", { (try? engine.roles(name: "不存在的名字")) ?? QueryResult(columns: []) }),
            ]
            for (label, query) in queries {
                let (result, seconds) = try time { try query() }
                print(String(format: "%-22@ %8.1f ms  %6d rows", label as NSString, seconds * 1000, result.rows.count))
            }
        } catch {
            print("ERROR: \(error)")
            exit(1)
        }
    }
}
