import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import Entities
@testable import Graph

/// Parses XML back with Foundation's parser and collects what a consumer would see.
final class XMLReadBack: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    /// Text content of every `<data>` element, in order, with its key.
    var data: [(key: String, text: String)] = []
    private var currentKey: String?
    private var text = ""

    static func parse(_ xml: String) -> (XMLReadBack, Bool, String) {
        let reader = XMLReadBack()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        let ok = parser.parse()
        return (reader, ok, parser.parserError.map { "\($0)" } ?? "")
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append((elementName, attributeDict))
        if elementName == "data" { currentKey = attributeDict["key"]; text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if currentKey != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "data", let key = currentKey { data.append((key, text)); currentKey = nil }
    }
}

func render<E: GraphExporter>(_ exporter: E, _ graph: KnowledgeGraph) throws -> String {
    var out = ""
    try exporter.write(graph, to: &out)
    return out
}
