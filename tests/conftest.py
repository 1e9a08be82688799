from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds/000_ea78c73d3a084b34.txt"
SEED_B = ROOT / "seeds/002_93921ac20ec748b6.txt"


@pytest.fixture
def seeds() -> list[str]:
    return [str(SEED_A), str(SEED_B)]
