from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds/000_ea78c73d3a084b34.txt"
SEED_B = ROOT / "seeds/002_93921ac20ec748b6.txt"


@pytest.fixture
def seeds() -> list[str]:
    return [str(SEED_A), str(SEED_B)]


def sentences(vocabulary: str, max_words: int) -> st.SearchStrategy[str]:
    """Sentences of one to ``max_words`` words drawn from ``vocabulary``: claims for property
    tests."""
    return st.lists(st.sampled_from(vocabulary.split()), min_size=1, max_size=max_words).map(
        lambda words: " ".join(words) + "."
    )
