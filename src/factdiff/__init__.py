"""factdiff: diff for facts. Compare news articles claim by claim.

The public API is exactly ``__all__``; heavy modules load on first use so the command line starts
fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "InputError",
    "Report",
    "Sentence",
    "__version__",
    "claim_similarity",
    "compare",
    "same_claim",
    "same_name",
    "split_sentences",
]

if TYPE_CHECKING:
    from factdiff.errors import InputError
    from factdiff.models import Report, Sentence
    from factdiff.names import same_name
    from factdiff.pipeline import compare
    from factdiff.similarity import claim_similarity, same_claim
    from factdiff.split import split_sentences

_WHERE = {
    "InputError": "factdiff.errors",
    "Report": "factdiff.models",
    "Sentence": "factdiff.models",
    "claim_similarity": "factdiff.similarity",
    "compare": "factdiff.pipeline",
    "same_claim": "factdiff.similarity",
    "same_name": "factdiff.names",
    "split_sentences": "factdiff.split",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'factdiff' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
