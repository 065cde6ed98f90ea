"""Generate ../given-chars.tsv: characters used in Chinese given names, ranked by frequency.

Source: the name-character statistics that PyPI `ngender` 0.1.1 ships as ngender/charfreq.csv
(columns char,male,female: counts of each character in a large list of given names). We rank by
male+female count and keep the top 3,000; `gender=m|f` marks characters where one sex accounts for
at least 85 % of the uses, which helps the person recogniser judge a two- or three-character guess.
Traditional surfaces (hanziconv) map to the simplified canonical character.
"""
import csv
import os

from lexcommon import site_packages, to_traditional, write_tsv

KEEP = 3000


def main():
    site_packages()
    import ngender
    path = os.path.join(os.path.dirname(ngender.__file__), "charfreq.csv")
    counts = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ch = row["char"].strip()
            if len(ch) != 1 or not ("\u4e00" <= ch <= "\u9fff"):
                continue
            male, female = int(row["male"]), int(row["female"])
            counts.append((male + female, male, female, ch))
    counts.sort(key=lambda item: (-item[0], item[3]))
    kept = counts[:KEEP]
    simplified = {ch for _, _, _, ch in kept}
    rows = []
    for rank, (total, male, female, ch) in enumerate(kept, start=1):
        attrs = {"rank": rank}
        if male >= 0.85 * total:
            attrs["gender"] = "m"
        elif female >= 0.85 * total:
            attrs["gender"] = "f"
        rows.append((ch, "given_char", "", attrs))
    for rank, (total, male, female, ch) in enumerate(kept, start=1):
        trad = to_traditional(ch)
        if trad != ch and trad not in simplified:
            rows.append((trad, "given_char", ch, {"rank": rank, "trad": None}))
    write_tsv("given-chars.tsv", "Characters of Chinese given names with frequency rank",
              "PyPI ngender 0.1.1, file ngender/charfreq.csv (given-name character counts by sex), "
              f"top {KEEP} by total count; traditional forms via PyPI hanziconv 0.3.2",
              "MIT (ngender, Copyright (c) 2015 Jingchao Hu); hanziconv Apache-2.0",
              rows,
              notes=["rank: 1 = most frequent given-name character",
                     "gender: m or f when one sex accounts for >= 85% of uses",
                     "trad: traditional surface; canonical is the simplified character"])


if __name__ == "__main__":
    main()
