#!/usr/bin/env bash
# Regenerate the nine lexical dictionaries from their generator scripts, then validate them.
# The scripts need three PyPI packages (pinned: the headers name these versions); they are installed
# into a throw-away venv so the project itself stays free of Python dependencies.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${LEX_VENV:-/tmp/lexvenv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q ngender==0.1.1 jieba==0.42.1 hanziconv==0.3.2
fi
# order matters: gen_stopwords reads the files written before it
for script in gen_surnames gen_given_chars gen_titles gen_bodies gen_suffixes gen_cues gen_translit gen_stopwords gen_words gen_persons_lexical; do
  "$VENV/bin/python" "$script.py"
done
python3 ../check.py
