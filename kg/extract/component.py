"""kg's extractor as a spaCy pipeline component, for users who work with spaCy Docs.

    import spacy, kg.extract.component
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_mentions")
    doc = nlp.make_doc(abstract); doc.user_data["kg_title"] = title; doc = nlp(doc)  # or nlp(abstract)
    doc.spans["kg"]          # SpanGroup: one span per mention in the text, labelled by kind
    doc._.kg_extraction      # the plain Extraction record (mentions, results, tasks)

The component is thin glue: the work is `extract_paper`, a pure function of the paper's text,
which is also what `kg build` calls directly (without building Docs) for speed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_paper
from kg.ids import short_hash
from kg.model import Paper

if not Doc.has_extension("kg_extraction"):
    Doc.set_extension("kg_extraction", default=None)


class KgMentions:
    """Sets ``doc.spans[spans_key]`` and ``doc._.kg_extraction``; the title, if any, is read
    from ``doc.user_data["kg_title"]``."""

    def __init__(self, nlp: Language, name: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        self.lexicon = None

    def initialize(self, get_examples=None, nlp=None) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        title = doc.user_data.get("kg_title", "")
        paper = Paper(f"doc-{short_hash(title + doc.text, 12)}", title, doc.text)
        extraction = extract_paper(paper, self.lexicon)
        spans = []
        for mention in extraction.mentions + extraction.tasks:
            evidence = mention.evidence
            if evidence.field != "abstract":
                continue
            span = doc.char_span(evidence.start, evidence.end, label=mention.kind.value,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.kg_extraction = extraction
        return doc


@Language.factory("kg_mentions", default_config={"spans_key": "kg"},
                  assigns=["doc.spans", "doc._.kg_extraction"])
def make_kg_mentions(nlp: Language, name: str, spans_key: str) -> KgMentions:
    return KgMentions(nlp, name, spans_key)
