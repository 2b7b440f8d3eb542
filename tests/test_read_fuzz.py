"""Property: reading arbitrary bytes never raises, and whatever comes out is clean."""

from __future__ import annotations

import gzip
import os
import re
import tempfile
from pathlib import Path

import pytest

from kg.model import Paper, Skipped
from kg.read import iter_papers

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SAFE_ID = re.compile(r"[a-z0-9:.-]+")
UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff\ud800-\udfff\n\r]")
ABSTRACT = ("We propose a method. It works well on every benchmark we tried, and it is simple "
            "to implement. Results show large gains over strong baselines in all settings.")

# Bytes that look a little like our inputs, so the parsers are exercised, not only the sniffer.
_pieces = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"title"', b'"abstract"', b":", b",", b'"', b"\n", b"\r\n", b"\\u0000",
    b"\\ud800", b"Subscribe", b"new", b"Mar 12", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xe9",
    b"...", b"Title: A Study", ABSTRACT.encode(), b"arxiv.org/abs/2401.01234", b"1e999999",
    b"9" * 5000, b"[" * 3000,
])
_contents = st.one_of(st.binary(max_size=2000), st.lists(_pieces, max_size=40).map(b"".join))
_suffixes = st.sampled_from([".txt", ".jsonl", ".json", ".ndjson", ".gz", ".jsonl.gz", ".dat", ""])


@settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=_contents, suffix=_suffixes, compress=st.booleans())
def test_read_arbitrary_bytes_never_raise(content, suffix, compress):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(content) if compress else content)
        for item in iter_papers(path):
            assert isinstance(item, Paper | Skipped)
            if isinstance(item, Paper):
                assert SAFE_ID.fullmatch(item.id)
                assert item.title and item.abstract
                assert not UNCLEAN.search(item.title) and not UNCLEAN.search(item.abstract)
                item.title.encode("utf-8")  # no lone surrogates
