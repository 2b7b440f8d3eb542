"""Properties of the pipeline on generated papers: offsets, IRIs, Turtle and HTML.

Abstracts come from a small grammar of name-like tokens (ResNet-50, CIFAR-10/100-LT, random
CamelCase), cue phrases ("we propose", "evaluated on"), URLs (some broken the way scraped text
breaks them), numbers with units, and hostile text (markup, Turtle and JSON syntax, bidi and
zero-width characters, astral-plane letters, emoji). Every generated paper is cleaned the way a
reader cleans it, then goes through the real extract -> resolve -> assemble -> export stages.

That the readers never raise on arbitrary bytes is tests/test_read_fuzz.py. Examples are kept
few (KG_PROPERTY_EXAMPLES scales them) so this file runs in seconds.
"""

from __future__ import annotations

import os
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.html import write_html
from kg.export.rdf import graph_to_rdf, mint_iri, write_rdf
from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import expand_shorthand, extract_paper
from kg.extract.urls import normalise_url
from kg.graph import assemble
from kg.model import Paper, Source
from kg.read.text import clean_abstract, clean_title, paper_id
from kg.resolve import resolve

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SCALE = float(os.environ.get("KG_PROPERTY_EXAMPLES", "1"))


def _settings(examples: int):
    return settings(max_examples=max(1, int(examples * SCALE)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- the grammar ------------------------------------------------------------------------------

NAMES = ["ResNet-50", "BERT", "ViT", "GPT-4", "CIFAR-10", "ImageNet", "COCO", "GLUE", "SQuAD",
         "Kinetics-400/600/700", "CIFAR-10/100-LT", "SynLiDAR-to-SemanticKITTI", "LLaMA-2-7B",
         "Vision Transformer (ViT)", "Mixture-of-Experts (MoE)", "U-Net", "YOLOv8", "T5",
         "F1 Score", "top-1 accuracy", "BLEU", "mAP", "word error rate", "𝛼-Net", "Café-Net"]
CUES = ["We propose", "we introduce", "a new dataset called", "a benchmark named", "evaluated on",
        "outperforms", "achieves", "in terms of", "state-of-the-art", "based on", "trained on",
        "we release", "compared with", "fine-tuned on", "image classification",
        "semantic segmentation", "question answering", "and", "or", "with", "the", "of"]
URLS = ["https://github.com/example/repo", "https: //github.com/a/b.", "(github.com/a/b)",
        "www.example.org/project", "https://huggingface.co/datasets/x/y", "http://x.io/a?b=1&c=2",
        'https://github.com/a/b"><script>alert(1)</script>', "https://e.com/{x}|^`\\"]
NUMBERS = ["90%", "3.5x", "+2.1 points", "85.3 F1", "76.5% top-1 accuracy", "1,024 tokens",
           "−0.4", "2.9times", "1e-3", "0.5"]
HOSTILE = ["<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>", '"', "'", '"""',
           "'''", "@prefix ex: <http://e/> .", "]]>", "<!--", "-->", "</script>", "&amp;", "\\",
           "\\u0000", "{", "}", "|", "^", "`", "^^xsd:int", "_:b0", "<a> <b> <c> .", "𝛼", "𝛽𝛾",
           "\u200f", "\u200e", "\u202e", "\u2067", "\u200b", "\u200d", "\ufeff", "🙂", "👩‍🔬",
           "🇫🇷", "\u2028", "\u0301", "Ｆｕｌｌ", "عربي", "\t", "\n", "\r\n", "\x00", "\x1b[31m"]
PUNCT = [".", ",", "(", ")", ";", ":", "-", "/", ". "]

camel = st.from_regex(r"[A-Z][a-z]{1,5}(?:[A-Z][a-z]{0,5}){1,2}(?:-[0-9]{1,3}[A-Z]?)?",
                      fullmatch=True)
acronym = st.from_regex(r"[A-Z]{2,5}[0-9]{0,2}", fullmatch=True)
token = st.one_of(
    st.sampled_from(NAMES), camel, acronym, st.sampled_from(CUES), st.sampled_from(URLS),
    st.sampled_from(NUMBERS), st.sampled_from(HOSTILE), st.sampled_from(PUNCT),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=4),
)
raw_abstracts = st.lists(token, min_size=1, max_size=60).map(" ".join)
raw_titles = st.lists(st.one_of(camel, st.sampled_from(NAMES), st.sampled_from(CUES),
                                st.sampled_from(HOSTILE)), min_size=1, max_size=10).map(" ".join)


@st.composite
def papers(draw, min_size: int = 1, max_size: int = 4) -> list[Paper]:
    """Distinct papers as a reader would hand them over: cleaned text, content-derived ids."""
    out: dict[str, Paper] = {}
    for i in range(draw(st.integers(min_size, max_size))):
        title = clean_title(f"Paper {i} " + draw(raw_titles))
        abstract = clean_abstract(draw(raw_abstracts)) or "We propose a method."
        metadata = draw(st.fixed_dictionaries({}, optional={
            "year": st.integers(1900, 2100), "venue": st.sampled_from(HOSTILE + ["NeurIPS"]),
            "authors": st.lists(st.sampled_from(HOSTILE + ["Ada Lovelace"]), max_size=3)}))
        pid = paper_id(title)
        out[pid] = Paper(pid, title, abstract, sources=(Source(f"in{i}.jsonl", i + 1),),
                         metadata=metadata)
    return list(out.values())


def _graph(batch: list[Paper]):
    lexicon = load_lexicon()
    return assemble(batch, resolve(extract_paper(p, lexicon) for p in batch))


# --- offsets ----------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def span_relation(paper: Paper, mention) -> str | None:
    """How a mention's text relates to the span its evidence points at; None if it does not.

    The documented relations (kg.model.Evidence, kg.extract.pipeline):
      exact        the span is the text (almost every mention);
      url          a URL as repaired: normalise_url(span) ("https: //x" -> "https://x");
      shorthand    one name a shorthand span stands for ("Kinetics-400/600/700" -> each);
      part         one side of a compound span ("SynLiDAR-to-SemanticKITTI");
      alias        a canonical name whose span is one of its aliases or a form of it
                   ("F1 Score" -> "F1"; "top-1 acc" -> "top-1 accuracy");
      casefold     a task, named in lower case;
      llm          a task that writes "(large) language model(s)" as "LLM(s)", as curators do
                   ("Language Model Agents" -> "LLM agents"; "the reasoning ability of large
                   language models" -> "LLM reasoning");
      value        a metric named after a result: the span is the value ("60.4%"), the
                   text the metric's (canonical) name ("word error rate 90%" -> "WER").
    """
    ev = mention.evidence
    span = paper.text(ev.field)[ev.start:ev.end]
    text = mention.text
    if span == text:
        return "exact"
    extractor = ev.extractor
    if extractor == "rules/url":
        return "url" if normalise_url(span) == text else None
    if extractor == "rules/task":
        if " ".join(span.split()).casefold() == text.casefold():
            return "casefold"  # (a task's words are shown single-spaced)
        words = re.findall(r"[^\s-]+", re.sub(r"\bllms?\b", " ", text.casefold()))
        return "llm" if re.search(r"language model|llm", span, re.IGNORECASE) and all(
            w in span.casefold() for w in words) else None
    if extractor == "rules/result-metric":
        return "value" if re.search(r"\d", span) else None
    if text in expand_shorthand(span):
        return "shorthand"
    if extractor == "rules/metric" and (span in mention.aliases or _words(text)[:1]
                                        == _words(span)[:1] or span.casefold() in
                                        text.casefold()):
        return "alias"
    if text in span and re.search(r"[-/\s]", span):
        return "part"
    return None


@_settings(120)
@given(batch=papers(max_size=2))
def test_properties_mention_offsets_point_at_their_text(batch):
    lexicon = load_lexicon()
    for paper in batch:
        extraction = extract_paper(paper, lexicon)
        assert extraction == extract_paper(paper, lexicon)  # pure and deterministic
        for mention in (*extraction.mentions, *extraction.tasks):
            ev = mention.evidence
            field = paper.text(ev.field)
            assert ev.field in ("title", "abstract")
            assert 0 <= ev.start < ev.end <= len(field), (mention, field)
            assert ev.sentence and ev.sentence in field
            assert mention.text.strip() == mention.text and mention.text
            assert span_relation(paper, mention) is not None, (
                mention.evidence.extractor, field[ev.start:ev.end], mention.text)
        for result in extraction.results:
            ev = result.evidence
            span = paper.text(ev.field)[ev.start:ev.end].strip()
            # The value is the span as written, except LaTeX "$\times$" which reads as "×".
            assert span == result.value.strip() \
                or re.sub(r"\s?\$?\\times\$?", "×", span) == result.value \
                or result.value in paper.text(ev.field)[ev.start:ev.end + len(result.value)]


# --- IRIs -------------------------------------------------------------------------------------

# RFC 3987: no spaces, controls, or any of <>"{}|\^` in an IRI; rdflib agrees when it can
# round-trip the IRI through N-Triples.
IRI = re.compile(r"[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def _valid_iri(iri: URIRef) -> bool:
    text = str(iri)
    if not IRI.fullmatch(text):
        return False
    back = Graph().parse(data=f"<urn:s> <urn:p> {iri.n3()} .", format="nt")
    return list(back.objects()) == [iri]


@_settings(150)
@given(node_ids=st.lists(st.text(min_size=1, max_size=30), min_size=2, max_size=5, unique=True))
def test_properties_minted_iris_are_valid_and_distinct(node_ids):
    """Any node id, however hostile, mints a valid IRI; different ids never share one."""
    iris = [mint_iri(node_id) for node_id in node_ids]
    assert all(_valid_iri(iri) for iri in iris), iris
    assert len(set(iris)) == len(iris)


@_settings(40)
@given(batch=papers())
def test_properties_every_iri_in_a_built_graph_is_valid(batch):
    rdf = graph_to_rdf(_graph(batch))
    terms = {term for triple in rdf for term in triple if isinstance(term, URIRef)}
    assert terms and all(_valid_iri(term) for term in terms), sorted(terms)[:5]
    # Entity ids come from the safe alphabet: no escaping needed for the instance IRIs.
    for term in terms:
        local = str(term).rsplit("/id/", 1)[-1] if "/id/" in str(term) else ""
        assert not local or re.fullmatch(r"[A-Za-z0-9._~:%/-]+", local), term
    # Every literal is exactly the text that went in (the serialiser escapes, nothing else).
    titles = {str(o) for s, p, o in rdf if isinstance(o, Literal) and str(p).endswith("title")}
    assert titles == {paper.title for paper in batch}


# --- Turtle -----------------------------------------------------------------------------------


@_settings(40)
@given(batch=papers())
def test_properties_turtle_parses_back_isomorphic(batch):
    graph = _graph(batch)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.ttl"
        count = write_rdf(graph, path)
        back = Graph().parse(path, format="turtle")
        nt = Path(folder) / "graph.nt"
        write_rdf(graph, nt, format="nt")
        back_nt = Graph().parse(nt, format="nt")
    expected = graph_to_rdf(graph)
    assert count == len(expected)
    assert isomorphic(back, expected)
    assert isomorphic(back_nt, expected)


# --- HTML -------------------------------------------------------------------------------------

PAYLOADS = ["<script>window.__xss=1;alert(1)</script>", "<img src=x onerror=alert(1)>",
            "</script><script>alert(1)</script>", '"><svg onload=alert(1)>',
            "<!--<script>", "<iframe src=javascript:alert(1)>", "]]><x>", "</title><b>x</b>"]
SAFE_ELEMENTS = {"html", "head", "meta", "title", "style", "script", "body", "header", "h1", "p",
                 "div", "main", "form", "label", "input", "ul", "li", "fieldset", "legend",
                 "span", "aside", "h2", "button", "nav", "section", "footer", "a", "strong",
                 "small", "details", "summary", "noscript", "em", "br", "output"}


class _Page(HTMLParser):
    """Collects the elements and event-handler attributes of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def _page_shape(page: str) -> tuple[list, list]:
    parser = _Page()
    parser.feed(page)
    tags = [tag for tag, _ in parser.elements]
    handlers = [(tag, name) for tag, attrs in parser.elements for name in attrs
                if name.startswith("on")]
    scripts = [attrs.get("type") for tag, attrs in parser.elements if tag == "script"]
    return tags + [f"script:{kind}" for kind in scripts], handlers


@pytest.fixture(scope="module")
def baseline_shape():
    """The element structure of a page built from harmless text."""
    batch = [Paper("t-1", "A Harmless Title", "We propose HarmlessNet on CIFAR-10.")]
    with tempfile.TemporaryDirectory() as folder:
        write_html(_graph(batch), Path(folder) / "p.html")
        page = (Path(folder) / "p.html").read_text(encoding="utf-8")
    tags, handlers = _page_shape(page)
    return sorted(set(tags)), handlers, page.lower().count("<script")


@_settings(20)
@given(batch=papers(max_size=3), payloads=st.lists(st.sampled_from(PAYLOADS), min_size=1,
                                                   max_size=3))
def test_properties_html_never_contains_unescaped_input(batch, payloads, baseline_shape):
    hostile = " ".join(payloads)
    first = batch[0]
    batch[0] = Paper(first.id, clean_title(f"{first.title} {hostile}"),
                     clean_abstract(f"{first.abstract} We propose EvilNet {hostile} on COCO."),
                     sources=first.sources, metadata={**first.metadata, "venue": hostile})
    with tempfile.TemporaryDirectory() as folder:
        write_html(_graph(batch), Path(folder) / "p.html")
        page = (Path(folder) / "p.html").read_text(encoding="utf-8")
    for payload in payloads:
        assert payload not in page
    # Whatever went in, the page has the same kinds of elements as a harmless one, no event
    # handler attributes, and only the template's own scripts.
    tags, handlers = _page_shape(page)
    assert sorted(set(tags)) == baseline_shape[0]
    assert handlers == baseline_shape[1] == []
    assert page.lower().count("<script") == baseline_shape[2]
