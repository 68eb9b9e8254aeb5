"""Readers for the public datasets under ``../shared/evalkit/raw`` used by eval and bench.

The folder is found from ``$RASD_EVALKIT``, else ``../shared/evalkit/raw`` beside the
repository or the current directory. These datasets are for measuring rasd; nothing
here is needed to run it.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def evalkit_root() -> Path:
    """The evalkit folder, or a clear error saying where it was looked for."""
    candidates = [Path(p) for p in (os.environ.get("RASD_EVALKIT"),) if p]
    candidates += [REPO.parent / "shared" / "evalkit" / "raw", Path.cwd().parent / "shared" / "evalkit" / "raw"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"evalkit datasets not found (looked in {looked}); set RASD_EVALKIT")


@dataclass(frozen=True, slots=True)
class Article:
    """One UnifiedFC article retrieved for a claim."""

    claim_id: str
    index: int
    url: str
    stance: str
    text: str

    @property
    def id(self) -> str:
        return f"{self.claim_id}#{self.index}"


def unifiedfc_articles(path: Path | None = None) -> Iterator[Article]:
    """Every (claim, article) pair of the UnifiedFC corpus, in file order."""
    path = path or evalkit_root() / "unifiedfc-baly2018" / "unifiedfc_claims_articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            claim = json.loads(line)
            for index, text in enumerate(claim["article"]):
                yield Article(claim["id"], index, claim["url"][index], claim["stance"][index], text)
