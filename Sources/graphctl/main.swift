// Entry point: argument parsing and wiring only (see Commands/).
import Foundation
FileHandle.standardError.write("graphctl: not wired yet\n".data(using: .utf8)!)
exit(2)
