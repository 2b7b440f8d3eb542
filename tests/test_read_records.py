"""JSON Lines and JSON documents: good records, bad lines, wrong shapes, metadata."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from kg.model import Paper, Skipped
from kg.read import iter_papers, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _split(items):
    return ([i for i in items if isinstance(i, Paper)], [i for i in items if isinstance(i, Skipped)])


def test_read_jsonl_malformed_line_between_good_ones():
    papers, skipped = _split(list(iter_papers(FIXTURES / "records.jsonl")))
    assert [p.sources[0].line for p in papers] == [1, 3, 9]
    bad = skipped[0]
    assert bad.source.line == 2 and "malformed JSON" in bad.reason


def test_read_jsonl_wrong_shapes_are_skipped_with_reasons():
    _, skipped = _split(list(iter_papers(FIXTURES / "records.jsonl")))
    reasons = {s.source.line: s.reason for s in skipped}
    assert "got a number" in reasons[4]
    assert "got a list" in reasons[5]
    assert "no 'title'" in reasons[6]
    assert "empty 'abstract'" in reasons[7]
    assert 8 not in reasons  # a blank line is not a record


def test_read_jsonl_metadata_keeps_scalars_and_string_lists():
    notices = []
    papers, _ = _split(list(iter_papers(FIXTURES / "records.jsonl", on_notice=notices.append)))
    meta = papers[0].metadata
    assert meta["year"] == 2023 and meta["venue"] == "cvpr"
    assert meta["authors"] == ["A. Author", "B. Author"]
    assert "source" not in meta and "empty" not in meta and "missing" not in meta
    assert "title" not in meta and "abstract" not in meta
    assert any("'source'" in n.message for n in notices)


def test_read_jsonl_arxiv_ids_from_fields_urls_and_doi():
    papers, _ = _split(list(iter_papers(FIXTURES / "records.jsonl")))
    assert [p.id for p in papers] == [papers[0].id, "arxiv:2305.00042", "arxiv:2310.99999"]
    assert papers[0].id.startswith("t-") and len(papers[0].id) == 18
    assert papers[2].truncated is False  # an explicit "truncated": false wins


def test_read_json_array_uses_record_numbers():
    papers, skipped = _split(list(iter_papers(FIXTURES / "records.json")))
    assert [p.sources[0].line for p in papers] == [1, 2, 4]
    assert papers[1].id == "arxiv:2401.01234"
    assert skipped[0].source.line == 3 and "record 3" in skipped[0].reason


def test_read_json_object_with_papers_list():
    papers, _ = _split(list(iter_papers(FIXTURES / "records_wrapped.json")))
    assert [p.metadata["venue"] for p in papers] == ["interspeech"]


def test_read_json_wrong_shaped_document(tmp_path):
    for name, content in [("n.json", "42"), ("o.json", '{"x": 1}'), ("s.json", '["a", "b"]'),
                          ("bad.json", '[{"title": "T", ')]:
        (tmp_path / name).write_text(content)
    report = read_sources([tmp_path / "n.json", tmp_path / "o.json", tmp_path / "s.json",
                           tmp_path / "bad.json", FIXTURES / "records_wrapped.json"])
    reasons = [s.reason for s in report.skipped]
    assert "JSON document is a number" in reasons[0]
    assert "no 'papers', 'records' or 'data' list" in reasons[1]
    assert "got a string" in reasons[2] and "got a string" in reasons[3]
    assert reasons[4].startswith("invalid JSON at line 1")


def test_read_json_file_holding_json_lines_is_read_as_such(tmp_path):
    path = tmp_path / "lines.json"
    path.write_text((FIXTURES / "tree" / "sub" / "b.jsonl").read_text() * 2)
    notices = []
    papers, _ = _split(list(iter_papers(path, on_notice=notices.append)))
    assert len(papers) == 2 and "JSON Lines" in notices[0].message


def test_read_gzip_jsonl_matches_plain(tmp_path):
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "records.jsonl").read_bytes()))
    plain = list(iter_papers(FIXTURES / "records.jsonl"))
    packed = list(iter_papers(path))
    assert [(type(a), getattr(a, "id", None)) for a in plain] == \
           [(type(b), getattr(b, "id", None)) for b in packed]


def test_read_gzip_truncated_stream_keeps_the_good_part(tmp_path):
    lines = [json.dumps({"title": f"Paper number {i}", "abstract": "x " * 200 + str(i)})
             for i in range(2000)]
    data = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    papers, skipped = _split(list(iter_papers(path)))
    assert 0 < len(papers) < 2000
    assert "rest of the file was not read" in skipped[-1].reason


def test_read_gzip_multi_member(tmp_path):
    one = (FIXTURES / "tree" / "sub" / "b.jsonl").read_bytes()
    two = (FIXTURES / "mystery.data").read_bytes()
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress(one) + gzip.compress(two))
    papers, skipped = _split(list(iter_papers(path)))
    assert len(papers) == 2 and not skipped


def test_read_jsonl_ten_megabyte_line(tmp_path):
    abstract = "We study long inputs. " * (10 * 2**20 // 22)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"title": "A Very Long Abstract", "abstract": abstract}) + "\n"
                    + (FIXTURES / "tree" / "sub" / "b.jsonl").read_text())
    papers, skipped = _split(list(iter_papers(path)))
    # Read whole and streamed on, but far too long to be an abstract (MAX_ABSTRACT_CHARS):
    # skipped with its length, so extraction never stalls on it; the next record is kept.
    assert len(papers) == 1 and [s.source.line for s in skipped] == [1]
    assert f"abstract too long: {len(abstract.strip()):,} characters" in skipped[0].reason


def test_read_listing_ten_megabyte_line_without_title(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * (2 * 2**20) + "\n")
    (item,) = list(iter_papers(path))
    assert isinstance(item, Skipped) and item.source.line == 1


def test_read_gzip_stream_closed_early_stops_its_worker(tmp_path):
    import threading
    lines = [json.dumps({"title": f"Paper number {i}", "abstract": "x " * 200 + str(i)})
             for i in range(20000)]
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    stream = iter_papers(path)
    assert [next(stream).title for _ in range(2)] == ["Paper number 0", "Paper number 1"]
    stream.close()
    assert not [t for t in threading.enumerate() if t.name == "kg-read-gunzip"]
