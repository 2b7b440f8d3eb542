"""The spaCy component gives the same mentions as the pure function, as spans on the Doc."""

from __future__ import annotations

import spacy

import kg.extract.component  # noqa: F401  (registers the factory)


def test_component_sets_spans_and_extraction():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_mentions")
    doc = nlp.make_doc("We fine-tune GPT-4o on the GSM8K dataset and reach 91.2% accuracy.")
    doc.user_data["kg_title"] = "Tuning GPT-4o"
    doc = nlp(doc)
    labels = {(span.text, span.label_) for span in doc.spans["kg"]}
    assert ("GPT-4o", "method") in labels
    assert ("GSM8K", "dataset") in labels
    assert doc._.kg_extraction.results[0].value == "91.2%"


def test_component_without_title():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_mentions")
    doc = nlp("Experiments on CIFAR-10 and ImageNet show gains over ResNet-50.")
    assert {"CIFAR-10", "ImageNet", "ResNet-50"} <= {s.text for s in doc.spans["kg"]}
