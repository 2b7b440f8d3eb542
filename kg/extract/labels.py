"""What the classifier's steps share: the label they give, the verdict "not a name", and the
context of one candidate, read once (``kg.extract.classify`` builds it)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.candidates import Candidate
from kg.extract.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # "method" | "dataset" | "benchmark"
    confidence: float
    signal: str


class _Reject:
    __slots__ = ()

    def __repr__(self) -> str:
        return "REJECT"


# A step's verdict that the candidate is no entity at all: the cascade stops, with no label.
# (A step with no opinion returns None and the next step decides.)
REJECT = _Reject()
Verdict = Label | _Reject | None


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    cand: Candidate
    sentence_start: int
    lexicon: Lexicon
    name: str
    left: str  # up to 80 characters before the name, within its sentence
    head: str  # the word after it (``classify.right_head``)
    data_vocab: tuple | None  # the data set vocabulary's entry for the name
    method_df: int  # how many corpus abstracts use the name as a method
    phrase: str  # the long form when the candidate is an acronym defined with one, else the name
    scored_on: bool  # "48.8% accuracy on <name>"
    known_data: bool  # a known data set that is not also a known method
