#!/usr/bin/env python3
"""Validate the lexical dictionaries: header, columns, kinds, attributes, sort order, duplicates.

Usage: python3 check.py [FILE.tsv ...]   (default: the eight lexical files next to this folder)
Exit status 0 when every file passes; problems are printed one per line as FILE:LINE: message.
Needs only the Python standard library, so CI can run it without the generator venv.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DICT_DIR = os.path.dirname(HERE)

# file -> kinds allowed in it
FILES = {
    "surnames.tsv": {"surname"},
    "given-chars.tsv": {"given_char"},
    "titles.tsv": {"title"},
    "bodies.tsv": {"body"},
    "suffixes.tsv": {"org_suffix", "place_suffix", "programme_cue"},
    "cues.tsv": {"person_cue", "honorific"},
    "stopwords.tsv": {"stop"},
    "words.tsv": {"word"},
    "translit.tsv": {"translit", "translit_sep"},
}
ALL_KINDS = {"person", "organisation", "place", "programme", "surname", "given_char", "title", "body",
             "org_suffix", "place_suffix", "programme_cue", "person_cue", "stop", "word", "translit",
             "translit_sep", "honorific"}
HEADER_PREFIXES = ["# ", "# source: ", "# licence: ", "# columns: surface<TAB>kind<TAB>canonical<TAB>attributes"]
BODY_VALUES = {"party", "government", "place", "congress", "cppcc", "discipline", "enterprise", "diplomatic",
               "media", "school", "military", "other"}
LEVEL_VALUES = {"province", "prefecture", "county", "township", "country", "city", "region"}
ATTR_RE = re.compile(r"^[a-z_]+(=[^;=\t]+)?$")
INT_ATTRS = {"rank", "strength", "weight", "weight_before"}


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


def check_file(path, allowed):
    problems = []
    name = os.path.basename(path)
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
        if surface != surface.strip() or not surface or any(ch.isspace() for ch in surface):
            problems.append(f"{where}: surface empty or contains whitespace")
        if kind not in ALL_KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        elif kind not in allowed:
            problems.append(f"{where}: kind {kind} does not belong in {name}")
        if canonical and canonical == surface:
            problems.append(f"{where}: canonical equals surface (leave it empty)")
        if line != line.rstrip() or (len(cols) == 4 and not attrs) or (len(cols) == 3 and not canonical):
            problems.append(f"{where}: trailing tab or whitespace")
        if attrs:
            check_attrs(attrs, kind, where, problems)
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


def main(argv):
    paths = argv[1:] or [os.path.join(DICT_DIR, name) for name in FILES]
    failed = False
    for path in paths:
        allowed = FILES.get(os.path.basename(path), ALL_KINDS)
        problems, counts = check_file(path, allowed)
        for problem in problems[:50]:
            print(problem)
        if len(problems) > 50:
            print(f"{os.path.basename(path)}: ... {len(problems) - 50} more problems")
        failed = failed or bool(problems)
        summary = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
        print(f"{'FAIL' if problems else 'ok  '} {os.path.basename(path)}: {summary}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
