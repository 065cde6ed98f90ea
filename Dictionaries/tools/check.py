"""Validates every Dictionaries/**/*.tsv: header, 2-4 columns, known kind, canonical simplified
(no character that opencc would convert to simplified), sorted like `LC_ALL=C sort`, no duplicate
(surface, kind). Prints per-file counts; exits 1 on any error. Uses only the standard library,
plus opencc-python-reimplemented for the simplified check when it is installed.

Run: python3 Dictionaries/tools/check.py
"""
import os
import sys

KINDS = {"person", "organisation", "place", "programme", "surname", "given_char", "title", "body",
         "org_suffix", "place_suffix", "programme_cue", "person_cue", "stop", "word", "translit", "translit_sep", "honorific"}
HEADER = ["# ", "# source: ", "# licence: ", "# columns: surface<TAB>kind<TAB>canonical<TAB>attributes"]
try:
    import opencc
    T2S = opencc.OpenCC("t2s")
except ImportError:
    T2S = None

# Characters that are already standard simplified in proper names although opencc t2s maps them (乾县).
SIMPLIFIED_IN_NAMES = {"乾"}


def is_simplified(text):
    if T2S is None:
        return True
    conv = T2S.convert(text)
    return conv == text or (len(conv) == len(text) and
                            all(a == b or a in SIMPLIFIED_IN_NAMES for a, b in zip(text, conv)))


DICT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check_file(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, prefix in enumerate(HEADER):
        if i >= len(lines) or not lines[i].startswith(prefix):
            errors.append(f"header line {i + 1} must start with {prefix!r}")
    data = [(n, l) for n, l in enumerate(lines, 1) if not l.startswith("#")]
    seen = set()
    prev = None
    kinds = {}
    for n, line in data:
        cols = line.split("\t")
        if not 2 <= len(cols) <= 4:
            errors.append(f"{n}: {len(cols)} columns")
            continue
        surface, kind = cols[0], cols[1]
        canon = cols[2] if len(cols) > 2 else ""
        if not surface or surface != surface.strip():
            errors.append(f"{n}: empty or padded surface")
        if kind not in KINDS:
            errors.append(f"{n}: unknown kind {kind!r}")
        if (surface, kind) in seen:
            errors.append(f"{n}: duplicate ({surface}, {kind})")
        seen.add((surface, kind))
        if canon and not is_simplified(canon):
            errors.append(f"{n}: canonical {canon!r} is not simplified")
        if not canon and "trad" not in (cols[3] if len(cols) > 3 else "") and not is_simplified(surface):
            errors.append(f"{n}: traditional surface {surface!r} without simplified canonical")
        key = line.encode("utf-8")
        if prev is not None and key < prev:
            errors.append(f"{n}: not sorted (LC_ALL=C)")
        prev = key
        kinds[kind] = kinds.get(kind, 0) + 1
    return len(data), kinds, errors


def main():
    total_err = 0
    for root, _, files in sorted(os.walk(DICT_DIR)):
        # script/ holds the traditional→simplified table, which has its own two-column format.
        if os.path.relpath(root, DICT_DIR).split(os.sep)[0] == "script":
            continue
        for name in sorted(files):
            if not name.endswith(".tsv"):
                continue
            path = os.path.join(root, name)
            count, kinds, errors = check_file(path)
            rel = os.path.relpath(path, DICT_DIR)
            print(f"{rel}: {count} entries {kinds} {'OK' if not errors else str(len(errors)) + ' errors'}")
            for e in errors[:20]:
                print(f"  {rel}:{e}")
            total_err += len(errors)
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
