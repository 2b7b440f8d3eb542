"""The ontology files parse, kg/vocab.py matches kg.ttl, and every kg term is documented."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import vocab
from kg.vocab import ID, KG, ontology_path

ALIGNMENTS = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentProperty,
              OWL.equivalentClass, SKOS.closeMatch, SKOS.exactMatch)
KG_NS = str(KG._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


def _declared(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind)
            if str(s).startswith(KG_NS)}


def test_ontology_shapes_parse():
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    assert len(shapes) > 50


def test_ontology_vocab_terms_match_ontology(ontology):
    in_vocab = {KG[name] for name in KG.__annotations__}
    assert in_vocab == _declared(ontology)
    assert vocab.ontology_terms() == set(KG.__annotations__)


def test_ontology_vocab_generated_block_is_current():
    source = ontology_path("kg.ttl").parent.parent.joinpath("kg", "vocab.py").read_text("utf-8")
    assert vocab.render_generated() in source, "run `python -m kg.vocab` after editing kg.ttl"


def test_ontology_instance_namespace_read_from_ontology(ontology):
    declared = {str(o) for o in ontology.objects(None, KG.instanceNamespace)}
    assert declared == {str(ID)}


def test_ontology_vocab_rejects_unknown_term():
    with pytest.raises(AttributeError):
        KG.evaluatedon  # noqa: B018 - the typo must fail


@pytest.mark.parametrize("name", sorted(KG.__annotations__))
def test_ontology_term_has_label_comment_and_alignment(ontology, name):
    term = KG[name]
    assert ontology.value(term, RDFS.label) is not None
    assert ontology.value(term, RDFS.comment) is not None
    assert any(not str(t).startswith(KG_NS) for t in _closure(ontology, term)), \
        f"kg:{name} has no alignment to a reused vocabulary"


def _closure(ontology: Graph, term: URIRef) -> set[URIRef]:
    """Alignment targets of a term and of its kg super-terms (Benchmark -> Dataset -> mls)."""
    seen: set[URIRef] = set()
    todo = [term]
    while todo:
        current = todo.pop()
        for p in ALIGNMENTS:
            for target in ontology.objects(current, p):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
    return seen


def test_ontology_mention_aligned_to_prov(ontology):
    assert (KG.Mention, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in ontology
