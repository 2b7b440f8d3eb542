"""LaTeX styling and Markdown emphasis in titles and abstracts are read through, with offsets into
the text as written."""

from __future__ import annotations

import pytest

from kg.extract.markup import blank_markup
from kg.extract.pipeline import extract_paper
from kg.model import Paper, Role


@pytest.mark.parametrize("written, read", [
    (r"$\texttt{Glorp}$: a tool", "         Glorp  : a tool"),
    (r"we use \emph{sparse} codes", "we use       sparse  codes"),
    (r"\textbf {Wide} nets", "         Wide  nets"),
    # Styling part of a word ("\textbf{B}ias") would split it if blanked: left as written.
    (r"\textbf{B}ias-\textbf{T}olerant loss", r"\textbf{B}ias-\textbf{T}olerant loss"),
    (r"a $k$-NN and $\mathcal{O}(n)$ time", r"a $k$-NN and $\mathcal{O}(n)$ time"),
    # "\textit" whose "\t" a JSON writer stored as a tab, and "\mbox" without its backslash
    ("benchmarks including extit{Zorp}, extbf{Quux}", "benchmarks including       Zorp ,       Quux "),
    ("on mbox{Glorp}~cite{x}", "on      Glorp ~cite{x}"),
    ("a nextit{word} stays", "a nextit{word} stays"),
    # Markdown emphasis: the markers go; not a star or an underscore inside a name
    ("we introduce _ZawFlow_, a dataset", "we introduce  ZawFlow , a dataset"),
    ("the **AutoZRM** method and *lab coat*", "the   AutoZRM   method and  lab coat "),
    ("our representation, dubbed ***ZGAP***, works", "our representation, dubbed    ZGAP   , works"),
    ("A* search and D* Lite on UCF_CC_50", "A* search and D* Lite on UCF_CC_50"),
    ("$x_i^2$ and $y_j$", "$x_i^2$ and $y_j$"),
    # a font declaration inside a group: the braces and the declaration go, not part of a word
    (r"the popular {\scshape Zorb Forest} (ZF)", "the popular           Zorb Forest  (ZF)"),
    (r"a {\em unifying approach}.", "a      unifying approach ."),
    (r"{\bf X}Y and {\emph x}", r"{\bf X}Y and {\emph x}"),
    # LaTeX quotation marks read as plain ones, each two-character mark a quote and a space
    ("an approach called ``Zorb of Thoughts'' (ZoT)", 'an approach called  "Zorb of Thoughts"  (ZoT)'),
    ("``unclosed quote and it''s", "``unclosed quote and it''s"),
])
def test_markup_blanked_in_place(written, read):
    assert blank_markup(written) == read
    assert len(blank_markup(written)) == len(written)


def _paper(title: str, abstract: str) -> Paper:
    return Paper(id="t-1", title=title, abstract=abstract)


def test_markup_title_name_is_proposed_with_offsets_into_the_written_title():
    title = r"$\texttt{Zorblax}$: Planning with Foo Bars"
    abstract = r"We present \textsc{Zorblax}, a planner. \textsc{Zorblax} beats \emph{all} baselines."
    extraction = extract_paper(_paper(title, abstract))
    proposed = [m for m in extraction.mentions if m.role is Role.PROPOSES]
    assert [m.text for m in proposed][:1] == ["Zorblax"]
    for m in (*extraction.mentions, *extraction.tasks):
        written = title if m.evidence.field == "title" else abstract
        assert written[m.evidence.start:m.evidence.end] == m.text
        assert m.evidence.sentence in written  # quoted as the paper wrote it


def test_markup_mentions_across_blanked_markup_are_dropped():
    abstract = (r"We propose the \emph{Regularized} Glimmer Sampler (RGS) and evaluate it on the "
                r"Lumen-7 dataset.")
    extraction = extract_paper(_paper("Sampling Things", abstract))
    spans = [abstract[m.evidence.start:m.evidence.end] for m in (*extraction.mentions,
             *extraction.tasks, *extraction.results) if m.evidence.field == "abstract"]
    assert "Lumen-7" in spans
    assert not any("\\" in span or "}" in span for span in spans)


def test_markdown_emphasised_title_name_the_abstract_calls_a_dataset_is_data():
    extraction = extract_paper(_paper(
        "ZawFlow: Collecting and Simulating Lawyers' Thought Processes",
        "We introduce _ZawFlow_, a dataset of complete legal workflows collected from law "
        "students. Using _ZawFlow_, we compare human and LLM-generated workflows."))
    readings = {(m.kind.value, m.role) for m in extraction.mentions if m.text == "ZawFlow"}
    assert readings == {("dataset", Role.INTRODUCES)}


def test_latex_quoted_name_after_naming_cue_is_proposed():
    abstract = ("We introduce a novel prompting approach called ``Everything of Zorbs'' (XoZ) to defy "
                "the trade-off. XoZ leverages pretrained reinforcement learning.")
    extraction = extract_paper(_paper("Everything of Zorbs: Thought Generation", abstract))
    assert "Everything of Zorbs" in {m.text for m in extraction.mentions if m.role is Role.PROPOSES}

