"""Shared helpers for the lexical dictionary generators.

Every generator builds a list of rows (surface, kind, canonical, attributes) and hands it to
`write_tsv`, which adds the fixed header, removes duplicate (surface, kind) pairs (first one wins,
so generators list their most trustworthy source first) and sorts the lines byte-wise, exactly as
`LC_ALL=C sort` would, so regenerated files produce small, reviewable diffs.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DICT_DIR = os.path.dirname(HERE)
SITE = None  # set by `site_packages()` on first use


def site_packages():
    """The venv's site-packages holding the PyPI sources (ngender, jieba, hanziconv).

    The generators are meant to run inside a throw-away venv (see README.md); when a package is
    missing we stop with a message instead of writing a half-empty file.
    """
    import importlib.util
    for name in ("ngender", "jieba", "hanziconv"):
        if importlib.util.find_spec(name) is None:
            sys.exit(f"missing PyPI package {name}: pip install ngender==0.1.1 jieba==0.42.1 hanziconv==0.3.2")
    return None


# hanziconv converts character by character and picks the first traditional form, which is wrong
# for several characters in names and titles (台 -> 颱, 曲 -> 麯, 于 -> 於 ...). These overrides
# hold the form used in names, offices and organisation names.
TRAD_FIX = {
    "颱": "臺", "麯": "曲", "捨": "舍", "係": "系", "衝": "沖", "淩": "凌", "榖": "穀",
    "錶": "表", "傢": "家", "齣": "出", "閤": "合", "産": "產", "鬍": "胡", "纔": "才", "嚮": "向",
    "彆": "別", "硃": "朱", "濛": "蒙", "鞦": "秋", "鹹": "咸", "麵": "面", "隻": "只", "鬆": "松",
    "週": "周", "瀋": "沈", "薑": "姜", "餘": "余", "範": "范", "於": "于", "禦": "御", "僕": "仆",
    "綫": "線", "顔": "顏", "纍": "累", "剋": "克", "託": "托", "彙": "匯", "衊": "蔑", "鍊": "煉",
}


def to_traditional(text, overrides=None):
    """Traditional form of a simplified word; `overrides` maps single simplified characters."""
    from hanziconv import HanziConv
    out = []
    for ch in text:
        if overrides and ch in overrides:
            out.append(overrides[ch])
            continue
        t = HanziConv.toTraditional(ch)
        out.append(TRAD_FIX.get(t, t))
    return "".join(out)


def format_attrs(attrs):
    """`key=value;flag` from a dict (None values are bare flags), in a fixed key order."""
    if not attrs:
        return ""
    if isinstance(attrs, str):
        return attrs
    parts = []
    for key, value in attrs.items():
        if value is None or value is True:
            parts.append(key)
        elif value is False:
            continue
        else:
            parts.append(f"{key}={value}")
    return ";".join(parts)


def write_tsv(filename, title, source, licence, rows, notes=()):
    """Write one dictionary file with its header; returns the number of entries written."""
    seen = set()
    lines = []
    for surface, kind, canonical, attrs in rows:
        surface = surface.strip()
        canonical = (canonical or "").strip()
        if not surface or (surface, kind) in seen:
            continue
        if canonical == surface:
            canonical = ""
        seen.add((surface, kind))
        lines.append("\t".join([surface, kind, canonical, format_attrs(attrs)]).rstrip("\t"))
    lines.sort(key=lambda line: line.encode("utf-8"))
    header = [f"# {title}", f"# source: {source}", f"# licence: {licence}",
              "# columns: surface<TAB>kind<TAB>canonical<TAB>attributes"]
    header += [f"# {note}" for note in notes]
    path = os.path.join(DICT_DIR, filename)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(header + lines) + "\n")
    print(f"{filename}: {len(lines)} entries")
    return len(lines)


def split_words(text):
    """Whitespace-separated words of a hand-written list (keeps the lists in the scripts compact)."""
    return [w for w in text.split() if w]


def first_column(name, keep=lambda surface, cols: True):
    """Rows of a dictionary written earlier by generate.sh, keyed by surface: {surface: columns}."""
    rows = {}
    for line in open(os.path.join(DICT_DIR, name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if keep(cols[0], cols):
            rows[cols[0]] = cols
    return rows


def given_ranks():
    """Given-name characters and their frequency rank, from given-chars.tsv (1 = most used)."""
    return {s: int(dict(kv.split("=", 1) for kv in c[3].split(";") if "=" in kv)["rank"])
            for s, c in first_column("given-chars.tsv").items()}
