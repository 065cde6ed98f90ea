// graphctl-bench: benchmark programs (throughput, scaling, query latency). See Benchmarks/README.md.
import Foundation
print("graphctl-bench: no benchmark selected")
