/// The `--encoding` choices. `auto` sniffs (BOM, then strict UTF-8, then the more plausible of
/// GB18030 and Big5); the others force one decoder, for corpora whose sniffing would go wrong.
public enum TextEncodingChoice: String, Sendable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"
    case gb18030
    case big5
}
