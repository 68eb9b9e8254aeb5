"""Build ``src/rasd/data/text/wordfreq.tsv.gz`` from the UnifiedFC articles and ANERcorp train.

Reproducible: the same inputs give byte-identical output. Run from the repository root:

    .venv/bin/python scripts/build_wordlist.py [--top 150000] [--min-count 2]

Only the ANERcorp *train* split is read; its test split stays unseen.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.datasets import evalkit_root, unifiedfc_articles
from rasd.text.wordlist import WORDLIST, anercorp_train_text, count_words, write_counts

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "text" / WORDLIST


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=150_000)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    counts = count_words(a.text for a in unifiedfc_articles())
    train = evalkit_root() / "anercorp-camellab" / "ANERCorp_CamelLab_train.txt"
    counts.update(count_words(anercorp_train_text(train)))
    rows = write_counts(counts, OUT, top=args.top, min_count=args.min_count)
    print(f"{rows} words ({sum(counts.values())} tokens counted) → {OUT} "
          f"({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
