"""Shared fixtures: the real seed reports and datasets in ../shared, skipped clearly when absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVALKIT = SHARED / "evalkit" / "raw"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read the shared corpus beside the repo")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SEEDS)


@pytest.fixture(scope="session")
def seeds(seeds_dir: Path) -> dict[str, dict]:
    """Seed id → metadata from seeds.jsonl plus its ``text``."""
    out = {}
    for line in (seeds_dir / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        meta["text"] = (seeds_dir / meta["file"]).read_text(encoding="utf-8")
        out[meta["id"]] = meta
    return out


@pytest.fixture(scope="session")
def evalkit() -> Path:
    return _need(EVALKIT)


@pytest.fixture
def no_confidence_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every mention: for tests of a rule, not of the learned confidence filter.
    Use with ``pytestmark = pytest.mark.usefixtures("no_confidence_filter")``."""
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
