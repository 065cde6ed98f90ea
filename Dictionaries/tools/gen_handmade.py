"""Builds organisations.tsv, persons.tsv, programmes.tsv, foreign-name-parts.tsv and places-geo.tsv from the hand-written source lists in
Dictionaries/tools/sources/*.txt (general public knowledge), adding traditional forms with
opencc-python-reimplemented 0.1.7 and sorting like `LC_ALL=C sort`.

Source line format (tab-separated): canonical <TAB> attributes <TAB> aliases
  aliases are comma-separated; an alias is a short form and gets `abbr`, unless it starts with `=`
  (an equally full alternative name, e.g. a former or official long name).

Run: /tmp/dictvenv/bin/python Dictionaries/tools/gen_handmade.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dictlib import Entries  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = [
    ("organisations", "organisation", "Organisations: Chinese party and state bodies, media, enterprises, "
     "universities, international organisations"),
    ("persons", "person", "Well-known persons: PRC national leaders, foreign heads of state and government, "
     "historical figures"),
    ("programmes", "programme", "National programmes, strategies and campaigns of China"),
    ("foreign-name-parts", "name_part", "Foreign name parts: common surnames and given names in Xinhua "
     "transliteration, evidence for the transliterated-name recogniser, and the syllables of Tibetan and "
     "Mongolian names (minority=bo|mn), read in pairs by the minority-name recogniser"),
    ("places-geo", "place", "Geographic features (rivers, lakes, seas, mountains, regions), celestial bodies, "
     "historical states and landmarks"),
]


def build(name, kind, title):
    e = Entries()
    with open(os.path.join(HERE, "sources", name + ".txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            canon = cols[0].strip()
            attrs = [a for a in (cols[1].split(";") if len(cols) > 1 else []) if a]
            aliases = [a.strip() for a in (cols[2].split(",") if len(cols) > 2 else []) if a.strip()]
            if e.has(canon, kind):
                sys.exit(f"{name}.txt:{n}: duplicate canonical {canon}")
            e.add(canon, kind, "", attrs)
            for a in aliases:
                if a.startswith("="):
                    e.add(a[1:], kind, canon, attrs)
                else:
                    e.add(a, kind, canon, attrs + ["abbr"])
    return e.write(name + ".tsv", title,
                   f"general knowledge: hand-written list Dictionaries/tools/sources/{name}.txt; traditional "
                   "forms by opencc-python-reimplemented 0.1.7",
                   "CC0 (hand-written facts); opencc-python-reimplemented: Apache-2.0")


def main():
    for name, kind, title in FILES:
        build(name, kind, title)


if __name__ == "__main__":
    main()
