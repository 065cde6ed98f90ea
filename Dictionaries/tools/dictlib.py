"""Shared helpers for the dictionary generators: header, traditional forms, sorted TSV output.

Every generated file has the fixed header the Swift loader expects and is sorted with the byte
order of `LC_ALL=C sort` (UTF-8 byte order == code point order), so diffs stay reviewable.
"""
import os
import sys

try:
    import opencc  # opencc-python-reimplemented 0.1.7 (Apache-2.0)
    _CONVERTERS = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
except ImportError:  # pragma: no cover - the generators document the venv they need
    sys.exit("needs: pip install opencc-python-reimplemented==0.1.7")

DICT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def traditional_forms(text):
    """All distinct traditional spellings (generic, Taiwan, Hong Kong) that differ from `text`."""
    out = []
    for conv in _CONVERTERS:
        t = conv.convert(text)
        if t != text and t not in out:
            out.append(t)
    return out


def fmt_attrs(attrs):
    """attrs: list of 'key=value' or bare flags, kept in the given order, deduplicated."""
    seen = []
    for a in attrs:
        if a and a not in seen:
            seen.append(a)
    return ";".join(seen)


class Entries:
    """Collects (surface, kind) -> (canonical, attributes); the first definition of a key wins."""

    def __init__(self):
        self.rows = {}

    def add(self, surface, kind, canonical="", attrs=(), with_traditional=True):
        surface = surface.strip()
        if not surface:
            return
        canon = canonical if canonical and canonical != surface else ""
        key = (surface, kind)
        if key not in self.rows:
            self.rows[key] = (canon, fmt_attrs(list(attrs)))
        if with_traditional:
            target = canonical or surface
            for t in traditional_forms(surface):
                tkey = (t, kind)
                if tkey not in self.rows:
                    self.rows[tkey] = (target, fmt_attrs(list(attrs) + ["trad"]))

    def has(self, surface, kind):
        return (surface, kind) in self.rows

    def write(self, filename, title, source, licence):
        path = os.path.join(DICT_DIR, filename)
        lines = []
        for (surface, kind), (canon, attrs) in self.rows.items():
            cols = [surface, kind, canon, attrs]
            while len(cols) > 2 and cols[-1] == "":
                cols.pop()
            lines.append("\t".join(cols))
        lines.sort(key=lambda s: s.encode("utf-8"))
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# {title}\n# source: {source}\n# licence: {licence}\n")
            f.write("# columns: surface<TAB>kind<TAB>canonical<TAB>attributes\n")
            for line in lines:
                f.write(line + "\n")
        print(f"{filename}: {len(lines)} entries")
        return len(lines)
