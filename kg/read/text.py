"""Text normalisation and paper ids: done once, here, and never again downstream.

Later stages store character offsets into ``paper.title`` and ``paper.abstract``, so the text
a Paper carries is final. The rules:

* control characters other than tab and newline, lone surrogates, U+FFFE/U+FFFF and invisible
  format characters (zero-width space, word joiner, BOM, soft hyphen, bidi overrides) are
  removed; zero-width (non-)joiners stay, emoji and Indic scripts need them;
* text is put in Unicode NFC;
* every whitespace run becomes one space (PDF-extracted abstracts keep the layout's spacing:
  "Relaxed  Online  Maximum", which must read as the title's "Relaxed Online Maximum");
* in abstracts, the glyph ids that PDF extraction leaves are read back: "(cid:173)" is a soft
  hyphen at a line end ("thresh(cid:173) old" -> "threshold", "Hodgkin(cid:173) Huxley" ->
  "Hodgkin-Huxley"), "(cid:11)".."(cid:14)" between letters are TeX's ff/fi/fl/ffi
  ligatures ("classi(cid:12)cation" -> "classification");
* in abstracts, a word a PDF broke at a line end ("allo- cation") is rejoined as the abstract
  spells it elsewhere, and a name broken before a capital keeps its hyphen ("Wild- Deepfake"
  -> "Wild-Deepfake");
* the Latin ligature characters U+FB00-U+FB06 that PDF extraction leaves are spelled out
  ("classi\ufb01cation" -> "classification": NFC keeps them, and no rule or vocabulary would
  match the word), in titles and abstracts;
* both are stripped at the ends.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Removed outright. Line breaks (\n \r \x0b \x0c \x1c-\x1e \x85 \u2028 \u2029) and tab are
# not here: they are whitespace and handled by the title / abstract rules below.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
    "\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]"
)
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())
_TRUNCATED_END = re.compile(r"(?:\.\.\.|…)\s*[\])]?\Z")

TITLE_HASH_HEX = 16
# Longer texts are not a title or an abstract (a whole paper, a log pasted by mistake) and are
# skipped with a reason: extraction time grows faster than linearly with the text's length, so
# one 10 MB "abstract" would stall a build for hours. The longest of 92k real ones: 217 and
# 16,262 characters.
MAX_TITLE_CHARS = 1_000
MAX_ABSTRACT_CHARS = 30_000
TRUNCATION_TAIL_CHARS = 12  # where the '...' of a cut-off abstract is looked for

# arXiv identifiers: new style 2301.01234 (4-5 digits after the dot since 2015), old style
# hep-th/9901001 or math.GT/0309136; an optional version suffix is dropped.
_ARXIV_CORE = r"(\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[a-z]{2})?/\d{7})(?:v\d+)?"
_ARXIV_FIELD = re.compile(rf"\s*(?:arxiv:\s*)?{_ARXIV_CORE}\s*", re.IGNORECASE)
_ARXIV_BARE_ID = re.compile(r"\s*(\d{4}\.\d{4,5})(?:v\d+)?\s*")
_ARXIV_URL = re.compile(rf"arxiv\.org/(?:abs|pdf|html)/{_ARXIV_CORE}", re.IGNORECASE)
_ARXIV_DOI = re.compile(rf"10\.48550/arxiv\.{_ARXIV_CORE}", re.IGNORECASE)

ARXIV_ID_FIELDS = ("arxiv_id", "arxiv", "arxivid", "arxiv_url")
ARXIV_URL_FIELDS = ("url", "pdf", "link", "pdf_url", "abs_url", "paper_url")


def _clean(text: str) -> str:
    if text.isascii():  # always NFC; only ASCII controls can need removing
        if not text.isprintable() and _ASCII_CONTROL.search(text):
            text = _ASCII_CONTROL.sub("", text)
        return text
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# In a raw JSON line: escapes that can decode to a control, invisible or line-break character,
# and the characters that JSON allows unescaped but cleaning would change.
_JSON_UNCLEAN_ESCAPE = re.compile(r"\\[nrtbfu]")
_JSON_UNCLEAN_RAW = re.compile(_INVISIBLE.pattern[:-1] + "\x85\u2028\u2029]")


def json_line_is_clean(line: str) -> bool:
    """True when every string in this raw JSON text is already clean (only ends to strip).

    JSON forbids raw control characters inside strings, so text with no escape that could
    make one, no invisible or line-break character written raw, and in NFC (JSON's own
    punctuation is ASCII and composes with nothing) holds only clean strings.
    """
    if "\\" in line and _JSON_UNCLEAN_ESCAPE.search(line):
        return False
    return line.isascii() or (_JSON_UNCLEAN_RAW.search(line) is None
                              and unicodedata.is_normalized("NFC", line))


def clean_title(text: str) -> str:
    """'  A\\u200b  Title\\n' -> 'A Title'."""
    return " ".join(_spell_ligatures(_clean(text)).split())


_SOFT_HYPHEN_GLYPH = re.compile(r"\(cid:173\)\s*(?=([A-Z0-9])?)")
_LIGATURE_GLYPH = re.compile(r"(?<=[a-z])\(cid:1([1-4])\)(?=[a-z])")
_LIGATURES = {"1": "ff", "2": "fi", "3": "fl", "4": "ffi"}
_SPACE_RUN = re.compile(r"\s{2,}")
_LIGATURE_CHARS = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
                   0xFB05: "st", 0xFB06: "st"}


_LIGATURE_CHAR = re.compile("[\ufb00-\ufb06]")


def _spell_ligatures(text: str) -> str:
    # translate() maps every character through the dict (~50 us an abstract); one regex scan
    # first keeps it to those that hold a ligature (657 of 92k corpus abstracts; 0.6 s -> 0.07)
    if text.isascii() or not _LIGATURE_CHAR.search(text):
        return text
    return text.translate(_LIGATURE_CHARS)


# A word a PDF broke at a line end keeps the break's hyphen and a space ("allo- cation",
# "real- world"; 1,749 of 92k corpus abstracts). Only the abstract itself can tell a syllable
# break from a compound, so a pair is rejoined only as the abstract spells it elsewhere
# ("allocation", "real-world"), else left as written. "pre- and post-training" is no break.
_BROKEN_WORD = re.compile(r"\b([A-Za-z]+)- (?!(?:and|or|nor|to|as|vs|versus|but)\b)([a-z]+)\b")


def _spelled_elsewhere(lowered: str, word: str) -> bool:
    """``word`` stands as a whole word in ``lowered`` (str.find: a regex per word would be
    compiled anew for most of the ~4k breaks in the corpus)."""
    start = lowered.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not lowered[start - 1].isalpha()) and \
                (end == len(lowered) or not lowered[end].isalpha()):
            return True
        start = lowered.find(word, start + 1)
    return False


# Before a capital or a digit the break is inside a name, whose hyphen stays ("Wild- Deepfake",
# "Kullback- Leibler", "CI- FAR10"; 143 of 92k corpus abstracts), as "(cid:173)" does below.
_BROKEN_NAME = re.compile(r"\b([A-Za-z][A-Za-z0-9]*)- ([A-Z0-9][A-Za-z0-9]*)\b")


def _rejoin_broken_words(text: str) -> str:
    if "- " not in text:
        return text
    text = _BROKEN_NAME.sub(r"\1-\2", text)
    if not _BROKEN_WORD.search(text):
        return text
    lowered = text.lower()

    def rejoin(match: re.Match) -> str:
        head, tail = match.groups()
        if _spelled_elsewhere(lowered, (head + tail).lower()):
            return head + tail
        if _spelled_elsewhere(lowered, f"{head}-{tail}".lower()):
            return f"{head}-{tail}"
        return match.group(0)

    return _BROKEN_WORD.sub(rejoin, text)


def tidy_abstract(text: str) -> str:
    """PDF glyph ids and ligatures read back, words broken at a line end rejoined where the
    abstract spells them elsewhere, and space runs made single, in a stripped one-line
    abstract."""
    text = _rejoin_broken_words(_spell_ligatures(text))
    if "(cid:" in text:
        # a line-end hyphen before a capital stays one ("noisy(cid:173) OR" -> "noisy-OR")
        text = _SOFT_HYPHEN_GLYPH.sub(lambda m: "-" if m.group(1) else "", text)
        text = _LIGATURE_GLYPH.sub(lambda m: _LIGATURES[m.group(1)], text).strip()
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


def clean_abstract(text: str) -> str:
    """Whitespace runs and line breaks become single spaces, PDF glyph ids are read back;
    everything else as written (minus invisibles)."""
    text = _clean(text)
    if text.isprintable():  # no line break (nor tab) anywhere
        return tidy_abstract(text.strip())
    # splitlines() breaks exactly at \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029; the spaces
    # around each break go with it.
    return tidy_abstract(" ".join(" ".join(line.split()) for line in text.splitlines() if line.strip()))


def clean_value(text: str) -> str:
    """For metadata strings: invisibles removed, NFC, ends stripped, inner text untouched."""
    return _clean(text).strip()


def oversized(title: str, abstract: str) -> str | None:
    """Why a cleaned title / abstract pair is too long to be one, or None when it is not."""
    for what, text, limit in (("title", title, MAX_TITLE_CHARS),
                              ("abstract", abstract, MAX_ABSTRACT_CHARS)):
        if len(text) > limit:
            return (f"{what} too long: {len(text):,} characters, over the {limit:,} limit "
                    "(a whole paper pasted in?)")
    return None


def is_truncated(abstract: str) -> bool:
    """A listing cut the text off: it ends with '...' or '…' (maybe inside a bracket)."""
    return _TRUNCATED_END.search(abstract[-TRUNCATION_TAIL_CHARS:]) is not None


def title_key(title: str) -> str:
    """The de-duplication key: NFKC, case-folded, letters and digits only."""
    if title.isascii():  # NFKC changes no ASCII text, and casefold() is lower() on it
        return _NOT_ALNUM.sub("", title.lower())
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", title).casefold())


def title_key_bytes(title: str) -> bytes:
    """``title_key(title)`` as UTF-8, with a fast path for ASCII titles (most of them)."""
    if title.isascii():
        return title.encode("ascii").lower().translate(None, _ASCII_NOT_ALNUM)
    return title_key(title).encode("utf-8")


def title_id(title: str, key: bytes | None = None) -> str:
    """'t-' + 16 hex digits of sha1(title_key(title)): same title, same id, any input order.

    ``key`` is ``title_key_bytes(title)`` when the caller has it already.
    """
    key = title_key_bytes(title) if key is None else key
    return f"t-{hashlib.sha1(key).hexdigest()[:TITLE_HASH_HEX]}"


def _arxiv_slug(core: str) -> str:
    # Old-style ids hold a '/', which is not in the id alphabet [a-z0-9:.-].
    return core.lower().replace("/", "-")


def _from_id_field(value: str) -> re.Match | None:
    return _ARXIV_FIELD.fullmatch(value) or _ARXIV_URL.search(value)


def _from_bare_id(value: str) -> re.Match | None:
    # A bare 'id' counts only when it unmistakably is one (as in arXiv metadata dumps).
    if value[:1] in "aA" and value[:6].lower() == "arxiv:":
        return _ARXIV_FIELD.fullmatch(value)
    return _ARXIV_BARE_ID.fullmatch(value) if value[:1].isdigit() else None


# Where an arXiv id is looked for, most explicit first.
_ARXIV_LOOKUPS = {
    **{name: _from_id_field for name in ARXIV_ID_FIELDS},
    "id": _from_bare_id,
    **{name: _ARXIV_URL.search for name in ARXIV_URL_FIELDS},
    "doi": _ARXIV_DOI.search,
}
_ARXIV_RANK = {name: rank for rank, name in enumerate(_ARXIV_LOOKUPS)}
_ARXIV_FIELDS = frozenset(_ARXIV_LOOKUPS)


def arxiv_id(record: dict) -> str | None:
    """The record's arXiv id (without version), from an id field, an arxiv.org URL or DOI."""
    present = _ARXIV_FIELDS.intersection(record)
    if not present:
        return None
    for name in sorted(present, key=_ARXIV_RANK.__getitem__) if len(present) > 1 else present:
        value = record[name]
        if type(value) is str and (match := _ARXIV_LOOKUPS[name](value)):
            return _arxiv_slug(match.group(1))
    return None


def paper_id(title: str, arxiv: str | None = None, key: bytes | None = None) -> str:
    return f"arxiv:{arxiv}" if arxiv else title_id(title, key)
