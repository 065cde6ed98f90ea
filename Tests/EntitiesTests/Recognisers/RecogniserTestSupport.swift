import XCTest
@testable import Entities

/// The pipeline with the bundled dictionaries, built once per test process, and helpers that say which
/// names a sentence yields.
enum RecogniserTestSupport {
    static let pipeline: EntityPipeline? = {
        let dir = TextTestSupport.packageRoot.appendingPathComponent("Dictionaries")
        guard let lexicon = try? Lexicon.load(directory: dir) else { return nil }
        return EntityPipeline(lexicon: lexicon, converter: TextTestSupport.converter)
    }()

    /// Every mention of a document as (surface, type, canonical).
    /// Fails the calling test when the bundled dictionaries did not load: an empty answer must mean "no
    /// name here", never "nothing could be read" (a test expecting no names would pass regardless).
    static func mentions(_ text: String) -> [(text: String, type: EntityType, canonical: String)] {
        guard let pipeline else { XCTFail("the bundled dictionaries did not load"); return [] }
        let doc = pipeline.analyse(SourceDocument(id: "t", scalars: Array(text.unicodeScalars), isHTML: false))
        return doc.mentions.map { (doc.text.string($0.range), $0.type, $0.canonical) }
    }

    /// The surfaces recognised as `type`, in text order.
    static func names(_ text: String, _ type: EntityType) -> [String] {
        mentions(text).filter { $0.type == type }.map(\.text)
    }
}
