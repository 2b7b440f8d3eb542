"""Content-derived, IRI-safe identifiers.

Ids are minted from a safe alphabet ([a-z0-9-]) so they can be appended to a namespace IRI
without escaping; when the slug loses information (non-ASCII, punctuation, length) a short hash
of the original keeps distinct names distinct.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


def short_hash(text: str, length: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


# Name-bearing symbols are spelt out, so that "A*" is not "a" and "RefCOCO+" is not "refcoco";
# a star inside a word ("**S**ynt**a**x", Markdown) is only a separator.
_STAR = re.compile(r"(?<=[A-Za-z0-9])\*(?![A-Za-z0-9*])")


def _spelt_out(text: str) -> str:
    if "*" in text:
        text = _STAR.sub("-star-", text)
    return text.replace("+", "-plus-") if "+" in text else text


def slugify(text: str) -> str:
    """'Vision Transformer (ViT)' -> 'vision-transformer-vit', 'A*' -> 'a-star'. Always
    non-empty, always [a-z0-9-]."""
    folded = unicodedata.normalize("NFKD", _spelt_out(text)).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")[:_MAX_SLUG].strip("-")
    return slug or "x"


def stable_slug(text: str) -> str:
    """A slug that is unique per distinct ``text``: plus a hash when the slug alone is lossy."""
    slug = slugify(text)
    if slug == text:
        return slug
    return f"{slug}-{short_hash(text, 6)}"
