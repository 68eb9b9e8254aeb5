"""Draw UnifiedFC articles for a new blind draw of the unseen-report gold.

    python scripts/draw_unseen.py SET SEED uniform|attack OUTDIR [MIN MAX]

Ten articles of MIN–MAX characters (default 2,000–8,000), none already in ``rasd/data/gold/unseen_gold.jsonl``
or in another draw under OUTDIR (``*/ids.txt``), pages with the same opening counted once;
``attack`` keeps only articles with an attack word (the GSR keyword baseline's pattern). Each
article is written to ``OUTDIR/SET/<n>.txt`` for the annotator, who must not run rasd on them
before the gold is frozen (docs/EVALUATION.md, "Unseen real reports, annotated blind").
"""

from __future__ import annotations

import json
import random
import re
import sys
from importlib import resources
from pathlib import Path

from rasd.datasets import unifiedfc_articles
from rasd.events.evaluate import GSR_KEYWORDS, UNSEEN_GOLD


def main(name: str, seed: int, how: str, outdir: Path, least: int = 2000, most: int = 8000) -> None:
    gold = resources.files("rasd.data.gold").joinpath(UNSEEN_GOLD).read_text("utf-8")
    taken = {json.loads(line)["doc_id"] for line in gold.splitlines() if line.strip()}
    for ids in outdir.glob("*/ids.txt"):
        taken |= set(ids.read_text().split())
    attack = re.compile(GSR_KEYWORDS["ASSAULT"])
    openings: set[str] = set()
    pool = []
    for a in unifiedfc_articles():
        doc_id = f"unifiedfc:{a.id}"
        if doc_id in taken or not least <= len(a.text) <= most or a.text[:500] in openings:
            continue
        openings.add(a.text[:500])
        if how == "attack" and not attack.search(a.text):
            continue
        pool.append((doc_id, a.url, a.text))
    random.seed(seed)
    picked = random.sample(pool, 10)
    folder = outdir / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ids.txt").write_text("\n".join(p[0] for p in picked) + "\n")
    for n, (doc_id, url, text) in enumerate(picked):
        (folder / f"{n}.txt").write_text(f"id={doc_id.split(':', 1)[1]} url={url}\n\n{text}\n")
    print(name, [p[0] for p in picked])


if __name__ == "__main__":
    sizes = [int(n) for n in sys.argv[5:7]]
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), *sizes)
