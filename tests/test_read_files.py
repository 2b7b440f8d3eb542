"""Paths, folders and encodings: what reaches the parsers, and what is reported instead."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from kg.errors import InputError, NoPapersError
from kg.model import Paper, Skipped
from kg.read import iter_papers, read_sources
from kg.read.walk import UNKNOWN_TYPE

FIXTURES = Path(__file__).parent / "fixtures" / "read"
TITLE = "Ünïcode Models: A Café Study"
ABSTRACT = ("We evaluate naïve Bayes and ‘smart quotes’ on a café corpus – the results "
            "are surprising. Our model reaches 91% accuracy, well above the baseline of 80%. "
            "Further analysis shows the gain holds across all three domains we considered.")


def _papers(path, **kwargs):
    return [item for item in iter_papers(path, **kwargs) if isinstance(item, Paper)]


def _only_skip(path) -> Skipped:
    (item,) = list(iter_papers(path))
    assert isinstance(item, Skipped)
    return item


def test_read_folder_recursive_sorted_ignoring_hidden():
    report = read_sources([FIXTURES / "tree"])
    assert [Path(p.sources[0].path).name for p in report.papers] == [
        "a_listing.txt", "b.jsonl", "c_listing.txt"]
    assert "Hidden" not in " ".join(p.title for p in report.papers)
    (unknown,) = report.skipped
    assert unknown.source.path.endswith("notes.md") and unknown.reason == UNKNOWN_TYPE
    assert report.files_read == 3


def test_read_folder_symlink_loop_ends(tmp_path):
    shutil.copytree(FIXTURES / "tree", tmp_path / "tree")
    os.symlink(tmp_path / "tree", tmp_path / "tree" / "sub" / "loop")
    os.symlink(tmp_path / "tree" / "a_listing.txt", tmp_path / "tree" / "sub" / "again.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "tree" / "sub" / "broken.txt")
    report = read_sources([tmp_path / "tree"])
    assert len(report.papers) == 3 and report.duplicates_merged == 0
    assert any(s.reason == "broken symbolic link" for s in report.skipped)
    assert any("read once" in n.message for n in report.notices)


def test_read_empty_file_is_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    assert _only_skip(tmp_path / "empty.txt").reason == "empty file"
    assert _only_skip(tmp_path / "blank.jsonl").reason.startswith("empty file")


def test_read_binary_file_is_one_skip(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    skip = _only_skip(tmp_path / "image.txt")
    assert skip.source.line == 0 and skip.reason.startswith("binary file")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_read_encodings_give_the_same_paper(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    text = f"{TITLE}\n{ABSTRACT}\n"
    if encoding == "latin-1":
        text = text.replace("‘", "'").replace("’", "'").replace("–", "-")
    path.write_bytes(text.encode(encoding))
    notices = []
    (paper,) = _papers(path, on_notice=notices.append)
    assert paper.title == TITLE
    assert paper.abstract == text.splitlines()[1]
    assert bool(notices) == (encoding in ("cp1252", "latin-1"))  # the fallback is noted


def test_read_strict_encoding_skips_bad_lines(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes(f"{TITLE}\n{ABSTRACT}\n".encode("cp1252"))
    report_items = list(iter_papers(path, encoding_errors="strict"))
    assert all(isinstance(item, Skipped) for item in report_items)


def test_read_crlf_and_lone_cr_line_ends(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(f"{TITLE}\r\n\r\n{ABSTRACT}\r\n".encode())
    (tmp_path / "cr.jsonl").write_bytes(
        (FIXTURES / "tree" / "sub" / "b.jsonl").read_bytes().replace(b"\n", b"\r") * 2)
    (paper,) = _papers(tmp_path / "crlf.txt")
    assert paper.abstract == ABSTRACT and paper.sources[0].line == 1
    assert [p.sources[0].line for p in _papers(tmp_path / "cr.jsonl")] == [1, 2]


def test_read_text_is_normalised_once(tmp_path):
    decomposed = unicodedata.normalize("NFD", TITLE)
    dirty_title = f"  {decomposed}\u200b \t\x07 "
    dirty_abstract = f"{ABSTRACT[:40]}\u00ad\x00 \n  {ABSTRACT[40:]}\ufeff"
    path = tmp_path / "dirty.json"
    import json
    path.write_text(json.dumps([{"title": dirty_title, "abstract": dirty_abstract}]))
    (paper,) = _papers(path)
    assert paper.title == TITLE
    assert paper.abstract == ABSTRACT[:40] + " " + ABSTRACT[40:]


@pytest.mark.parametrize("plain", [True, False])  # the fast path for clean JSON lines, and the other
def test_read_pdf_spacing_and_glyph_ids_are_read_back(tmp_path, plain):
    raw = ("We  describe  the  Zorbly  Online  Margin  Algorithm for thresh(cid:173) old units of "
           "noisy(cid:173) OR nets, a classi(cid:12)cation e(cid:11)ective for (cid:15)-tubes.")
    if not plain:
        raw += "\n"
    path = tmp_path / "pdf.jsonl"
    import json
    path.write_text(json.dumps({"title": "Zorbly", "abstract": raw}) + "\n")
    (paper,) = _papers(path)
    assert paper.abstract == ("We describe the Zorbly Online Margin Algorithm for threshold units of "
                              "noisy-OR nets, a classification effective for (cid:15)-tubes.")


def test_read_ligature_characters_are_spelled_out(tmp_path):
    path = tmp_path / "lig.jsonl"
    import json
    path.write_text(json.dumps({"title": "E\ufb03cient Zorbly Classi\ufb01ers",
                                "abstract": "A classi\ufb01cation e\ufb00ect on \ufb02oating zorbs."}) + "\n")
    (paper,) = _papers(path)
    assert paper.title == "Efficient Zorbly Classifiers"
    assert paper.abstract == "A classification effect on floating zorbs."


def test_read_words_broken_at_a_pdf_line_end_are_rejoined_as_spelled_elsewhere(tmp_path):
    path = tmp_path / "broken.jsonl"
    import json
    abstract = ("Zorb allo- cation in the real- world is hard. We study zorb allocation for "
                "real-world quib- bles, pre- and post-training, and How- ever clauses; however.")
    path.write_text(json.dumps({"title": "Zorbly", "abstract": abstract}) + "\n")
    (paper,) = _papers(path)
    # joined where the abstract writes the word whole, hyphenated where it writes the compound,
    # left alone where it says nothing (quib- bles) or the hyphen is suspended (pre- and post-)
    assert paper.abstract == ("Zorb allocation in the real-world is hard. We study zorb allocation "
                              "for real-world quib- bles, pre- and post-training, and However "
                              "clauses; however.")


def test_read_a_name_broken_at_a_pdf_line_end_keeps_its_hyphen(tmp_path):
    path = tmp_path / "broken.jsonl"
    import json
    abstract = "We test on DFDC and Wild- Deepfake with a Kullback- Leibler term and 3- 5 zorbs."
    path.write_text(json.dumps({"title": "Zorbly", "abstract": abstract}) + "\n")
    (paper,) = _papers(path)
    # before a capital the break is inside a name; a number after a number is a range
    assert paper.abstract == ("We test on DFDC and Wild-Deepfake with a Kullback-Leibler term "
                              "and 3- 5 zorbs.")


def test_read_unknown_extension_in_folder_and_given_explicitly(tmp_path):
    shutil.copy(FIXTURES / "mystery.data", tmp_path / "mystery.data")
    report = read_sources([tmp_path, FIXTURES / "mystery.data"])
    assert report.skipped[0].reason == UNKNOWN_TYPE  # inside a folder: reported
    assert len(report.papers) == 1  # named explicitly: sniffed and read as JSON
    assert any("looks like JSON" in n.message for n in report.notices)


def test_read_unknown_extension_sniffed_as_listing(tmp_path):
    (tmp_path / "papers.list").write_text(f"{TITLE}\n{ABSTRACT}\n")
    assert [p.title for p in _papers(tmp_path / "papers.list")] == [TITLE]


def test_read_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder") as caught:
        read_sources([FIXTURES / "tree", tmp_path / "missing.jsonl"])
    assert "missing.jsonl" in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(InputError):
        iter_papers(tmp_path / "missing.jsonl")


def test_read_nothing_usable_raises_no_papers(tmp_path):
    (tmp_path / "notes.md").write_text("hello")
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NoPapersError, match="no usable papers") as caught:
        read_sources([tmp_path])
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="no input"):
        read_sources([])


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading")
def test_read_unreadable_file_chmod(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(f"{TITLE}\n{ABSTRACT}\n")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot be read"):
            read_sources([path])
        assert "cannot be read" in _only_skip(tmp_path).reason
    finally:
        path.chmod(0o644)


def test_read_unreadable_file_simulated(tmp_path, monkeypatch):
    """Works as root too: opening fails the way a permission error would."""
    path = tmp_path / "locked.txt"
    path.write_text(f"{TITLE}\n{ABSTRACT}\n")
    (tmp_path / "ok.txt").write_text(f"Another Title\n{ABSTRACT}\n")

    def refuse(path):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    import kg.read as read_module
    real_open = read_module.open_binary
    monkeypatch.setattr(read_module, "open_binary", refuse)
    with pytest.raises(InputError, match="locked.txt: cannot be read"):
        read_sources([path])
    report = read_sources([tmp_path])  # inside a folder: skipped, the rest is read
    assert [p.title for p in report.papers] == ["Another Title"]
    assert "Permission denied" in report.skipped[0].reason


def test_read_fifo_in_folder_is_not_opened(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(f"{TITLE}\n{ABSTRACT}\n")
    report = read_sources([tmp_path])  # would hang if the FIFO were opened
    assert report.skipped[0].reason == "not a regular file"
    with pytest.raises(InputError, match="not a regular file"):
        read_sources([tmp_path / "pipe.txt"])


def test_read_encoding_errors_replace_and_invalid_value(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes(f"{TITLE}\n{ABSTRACT}\n".encode("cp1252"))
    (paper,) = _papers(path, encoding_errors="replace")
    assert "\ufffd" in paper.title
    with pytest.raises(ValueError, match="encoding_errors"):
        read_sources([path], encoding_errors="ignore")
