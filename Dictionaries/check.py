#!/usr/bin/env python3
"""Validates the dictionaries: every Dictionaries/**/*.tsv except script/ (the traditional→simplified
table has its own two-column format).

Checks, per file: UTF-8 without BOM or CR, final newline, the four header lines (title, source, licence,
columns), 2-4 tab-separated columns without padding, a known kind that belongs in that file, attributes
well-formed (key or key=value; integers where numbers are expected; titles with body= and rank=,
suffixes/cues with strength=, person cues with side= and weight=), a canonical form that differs from the
surface and is simplified Chinese (checked with opencc-python-reimplemented when installed), a
traditional surface only with a simplified canonical or a `trad` attribute, no duplicate (surface, kind),
lines sorted like `LC_ALL=C sort`.

Usage: python3 Dictionaries/check.py [FILE.tsv ...]   (default: every dictionary)
Prints one summary line per file and each problem as FILE:LINE: message; exits 1 on any problem.
Only the Python standard library is required, so CI runs it without the generators' environments.
"""
import os
import re
import sys

DICT_DIR = os.path.dirname(os.path.abspath(__file__))

ENTITY_KINDS = {"person", "organisation", "place", "programme"}
# Lexical files hold one family of kinds each; any other file may hold entity kinds (and stop words).
LEXICAL_FILES = {
    "surnames.tsv": {"surname"},
    "given-chars.tsv": {"given_char"},
    "titles.tsv": {"title"},
    "bodies.tsv": {"body"},
    "suffixes.tsv": {"org_suffix", "place_suffix", "programme_cue"},
    "cues.tsv": {"person_cue", "honorific"},
    "stopwords.tsv": {"stop"},
    "words.tsv": {"word"},
    "translit.tsv": {"translit", "translit_sep"},
    "foreign-name-parts.tsv": {"name_part"},
}
ALL_KINDS = ENTITY_KINDS | set().union(*LEXICAL_FILES.values())
HEADER_PREFIXES = ["# ", "# source: ", "# licence: ", "# columns: surface<TAB>kind<TAB>canonical<TAB>attributes"]
BODY_VALUES = {"party", "government", "place", "congress", "cppcc", "discipline", "enterprise", "diplomatic",
               "media", "school", "military", "other"}
# Administrative levels, then the kinds of geographic feature places-geo/places-world carry.
LEVEL_VALUES = {"province", "prefecture", "county", "township", "country", "city", "region",
                "continent", "ocean", "sea", "island", "lake", "river", "mountain", "planet", "star", "galaxy", "venue"}
ATTR_RE = re.compile(r"^[a-z_]+(=[^;=\t]+)?$")
INT_ATTRS = {"rank", "strength", "weight", "weight_before"}

try:
    import opencc
    T2S = opencc.OpenCC("t2s")
except ImportError:
    T2S = None

# Characters that are already standard simplified in proper names although opencc t2s maps them (乾县,
# the surname 於, 毕昇): the General List of Standard Chinese Characters (2013) keeps them for names.
SIMPLIFIED_IN_NAMES = {"乾", "於", "昇"}


def is_simplified(text):
    if T2S is None:
        return True
    conv = T2S.convert(text)
    return conv == text or (len(conv) == len(text) and
                            all(a == b or a in SIMPLIFIED_IN_NAMES for a, b in zip(text, conv)))


def check_attrs(attrs, kind, where, problems):
    fields = {}
    for part in attrs.split(";"):
        if not ATTR_RE.match(part):
            problems.append(f"{where}: malformed attribute {part!r}")
            continue
        key, _, value = part.partition("=")
        if key in fields:
            problems.append(f"{where}: attribute {key} repeated")
        fields[key] = value
        if key in INT_ATTRS and not value.isdigit():
            problems.append(f"{where}: {key} must be a positive integer, got {value!r}")
    if "body" in fields and fields["body"] not in BODY_VALUES:
        problems.append(f"{where}: unknown body={fields['body']}")
    if "level" in fields and fields["level"] not in LEVEL_VALUES:
        problems.append(f"{where}: unknown level={fields['level']}")
    if "strength" in fields and fields["strength"] not in ("1", "2", "3"):
        problems.append(f"{where}: strength must be 1-3")
    if "weight" in fields and fields["weight"] not in ("1", "2", "3"):
        problems.append(f"{where}: weight must be 1-3")
    if kind == "title" and ("body" not in fields or "rank" not in fields):
        problems.append(f"{where}: a title needs body= and rank=")
    if kind in ("org_suffix", "place_suffix", "programme_cue") and "strength" not in fields:
        problems.append(f"{where}: {kind} needs strength=")
    if kind == "person_cue" and ("side" not in fields or "weight" not in fields):
        problems.append(f"{where}: person_cue needs side= and weight=")
    if kind == "person_cue" and fields.get("side") not in ("after", "before", "both"):
        problems.append(f"{where}: side must be after|before|both")
    return fields


def check_file(path):
    name = os.path.relpath(path, DICT_DIR)
    allowed = LEXICAL_FILES.get(os.path.basename(path), ENTITY_KINDS | {"stop"})
    problems = []
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        return [f"{name}: cannot read: {error}"], {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"{name}: not UTF-8: {error}"], {}
    if "\r" in text:
        problems.append(f"{name}: CR characters (use LF line endings)")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}: byte-order mark")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problems.append(f"{name}: missing final newline")
    for index, prefix in enumerate(HEADER_PREFIXES):
        if index >= len(lines) or not lines[index].startswith(prefix) or len(lines[index]) <= len("# "):
            problems.append(f"{name}:{index + 1}: header line should start with {prefix!r}")
    counts = {}
    seen = set()
    previous = None
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if line.startswith("#"):
            continue
        if not line.strip():
            problems.append(f"{where}: blank line")
            continue
        cols = line.split("\t")
        if len(cols) < 2 or len(cols) > 4:
            problems.append(f"{where}: expected 2-4 tab-separated columns, got {len(cols)}")
            continue
        surface, kind = cols[0], cols[1]
        canonical = cols[2] if len(cols) > 2 else ""
        attrs = cols[3] if len(cols) > 3 else ""
        if surface != surface.strip() or not surface or any(ch in "\t\n\r" for ch in surface):
            problems.append(f"{where}: surface empty, padded or holding a tab")
        if kind not in ALL_KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        elif kind not in allowed:
            problems.append(f"{where}: kind {kind} does not belong in {os.path.basename(path)}")
        if canonical and canonical == surface:
            problems.append(f"{where}: canonical equals surface (leave it empty)")
        if line != line.rstrip() or (len(cols) == 4 and not attrs) or (len(cols) == 3 and not canonical):
            problems.append(f"{where}: trailing tab or whitespace")
        fields = check_attrs(attrs, kind, where, problems) if attrs else {}
        if canonical and not is_simplified(canonical):
            problems.append(f"{where}: canonical {canonical!r} is not simplified")
        # Given-name characters are data in their own right (偉 has its own rank next to 伟): no canonical.
        if not canonical and "trad" not in fields and kind != "given_char" and not is_simplified(surface):
            problems.append(f"{where}: traditional surface {surface!r} without a simplified canonical")
        key = (surface, kind)
        if key in seen:
            problems.append(f"{where}: duplicate (surface, kind) {surface} {kind}")
        seen.add(key)
        encoded = line.encode("utf-8")
        if previous is not None and encoded < previous:
            problems.append(f"{where}: not sorted (LC_ALL=C sort order)")
        previous = encoded
        counts[kind] = counts.get(kind, 0) + 1
    return problems, counts


def all_dictionaries():
    for root, dirs, files in os.walk(DICT_DIR):
        dirs[:] = sorted(d for d in dirs if not (root == DICT_DIR and d == "script"))
        for name in sorted(files):
            if name.endswith(".tsv"):
                yield os.path.join(root, name)


def main(argv):
    paths = [os.path.abspath(p) for p in argv[1:]] or sorted(all_dictionaries())
    failed = False
    for path in paths:
        problems, counts = check_file(path)
        for problem in problems[:50]:
            print(problem)
        if len(problems) > 50:
            print(f"{os.path.relpath(path, DICT_DIR)}: ... {len(problems) - 50} more problems")
        failed = failed or bool(problems)
        summary = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
        print(f"{'FAIL' if problems else 'ok  '} {os.path.relpath(path, DICT_DIR)}: {summary}")
    print(f"check.py: {len(paths)} files, {'problems found' if failed else 'all well-formed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
