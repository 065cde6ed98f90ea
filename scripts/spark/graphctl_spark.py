#!/usr/bin/env python3
"""Map-reduce graphctl on Apache Spark.

map:    document paths -> `graphctl extract --jsonl --full` records, through `rdd.pipe` (one graphctl per
        partition; it reads the files itself, so document ids are the paths exactly as given)
reduce: `--reduce merge` (default): a first, small reduce runs `graphctl build --from-jsonl - --homonym-table`
        over all records (only the persons' offices are kept) to decide which names split into homonyms;
        then, per partition, `graphctl build --from-jsonl - --homonyms TABLE` turns its records into a
        partial graph, and the partial graphs are combined with `graphctl merge` in a tree (`treeReduce`:
        merge is associative and commutative, so Spark may pair them in any order and the result is the
        same bytes as one `graphctl build`);
        `--reduce records`: every record goes to one `graphctl build --from-jsonl -` (one streaming build).

    graphctl_spark.py [--master local[2]] [--graphctl PATH] [--partitions N] [--reduce records|merge] -o graph.json PATH...

PATHs are text files or directories (every *.txt below them, sorted). Every executor must see the
graphctl binary (and its dictionaries) and the input files at the same paths: a shared file system, or
ship the binary with `spark-submit --files` (see docs/map-reduce.md).
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile


def expand(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for d, _, files in os.walk(p):
                found += [os.path.join(d, f) for f in files if f.endswith(".txt")]
            out += sorted(found)
        else:
            out.append(p)
    return out


def homonym_table(graphctl):
    """All record lines (one partition) -> the corpus's homonym table (JSON text)."""
    def run(records):
        data = "".join(r + "\n" for r in records).encode("utf-8")
        p = subprocess.run([graphctl, "build", "-q", "--from-jsonl", "-", "--homonym-table", "-o", "-"],
                           input=data, stdout=subprocess.PIPE, check=True)
        yield p.stdout.decode("utf-8")
    return run


def build_partial(graphctl, table=None):
    """Partition of record lines -> one partial graph (graph.json text), or nothing for an empty partition.
    With `table` (the corpus's homonym table as JSON text) persons carry the labels of the whole corpus."""
    def run(records):
        data = "".join(r + "\n" for r in records).encode("utf-8")
        if not data:
            return
        args = [graphctl, "build", "-q", "-j", "1", "--from-jsonl", "-", "-o", "-"]
        with tempfile.TemporaryDirectory(prefix="graphctl-homonyms-") as d:
            if table is not None:
                path = os.path.join(d, "homonyms.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(table)
                args += ["--homonyms", path]
            p = subprocess.run(args, input=data, stdout=subprocess.PIPE, check=True)
        yield p.stdout.decode("utf-8")
    return run


def merge(graphctl):
    """Two graph.json texts -> the merged graph.json text (`graphctl merge`)."""
    def run(a, b):
        with tempfile.TemporaryDirectory(prefix="graphctl-merge-") as d:
            pa, pb = os.path.join(d, "a.json"), os.path.join(d, "b.json")
            with open(pa, "w", encoding="utf-8") as f:
                f.write(a)
            with open(pb, "w", encoding="utf-8") as f:
                f.write(b)
            p = subprocess.run([graphctl, "merge", pa, pb, "-o", "-"], stdout=subprocess.PIPE, check=True)
            return p.stdout.decode("utf-8")
    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    ap.add_argument("--graphctl", default=os.environ.get("GRAPHCTL", "graphctl"))
    ap.add_argument("--partitions", type=int, default=None, help="default: Spark's default parallelism")
    ap.add_argument("--records", default=None, help="also save the map output (extract --full records) here")
    ap.add_argument("--reduce", choices=["merge", "records"], default="merge",
                    help="merge (default): partial graphs built with the corpus's homonym table, merged in a "
                         "tree; records: one streaming build over all records. Both equal one graphctl build.")
    args = ap.parse_args()

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("graphctl")
    if args.master:
        builder = builder.master(args.master)
    elif "SPARK_MASTER" not in os.environ and "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master("local[2]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext

    paths = expand(args.paths)
    graphctl = os.path.abspath(args.graphctl) if os.path.sep in args.graphctl else args.graphctl
    n = args.partitions or sc.defaultParallelism
    docs = sc.parallelize(paths, min(n, max(1, len(paths))))
    # map: each partition's paths go to one graphctl on stdin (one per line), read with xargs.
    extract = "xargs -d '\\n' " + shlex.quote(graphctl) + " extract --jsonl --full -j 1 -q"
    records = docs.pipe(extract, env={"LC_ALL": "C.UTF-8"}).filter(lambda line: line.strip())
    if args.records:
        with open(args.records, "w", encoding="utf-8") as f:
            for r in records.collect():
                f.write(r + "\n")
    if args.reduce == "records":
        # reduce: one build over every record. repartition (a shuffle), not coalesce: coalesce(1) would
        # pull the map itself into a single task, and extraction, the costly step, must stay distributed.
        built = records.repartition(1).mapPartitions(build_partial(graphctl)).collect()
        graph = built[0] if built else ""
    else:
        # reduce 1: the homonym table of the whole corpus (small: offices per person and document).
        records = records.persist()
        tables = records.repartition(1).mapPartitions(homonym_table(graphctl)).collect()
        # reduce 2: partial graphs per partition, labelled from that table, merged pairwise in a tree.
        partials = records.mapPartitions(build_partial(graphctl, tables[0] if tables else None))
        graph = partials.treeReduce(merge(graphctl), depth=2)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(graph)
    print(f"graphctl_spark: {len(paths)} documents, {docs.getNumPartitions()} map partitions, reduce by "
          f"{args.reduce} -> {args.output}",
          file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
