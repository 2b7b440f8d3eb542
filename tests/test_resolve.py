"""Resolution across papers: aliases merge, different things stay apart, ids are stable."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import extract_paper
from kg.model import Evidence, Extraction, Kind, Mention, Paper, Role, UrlKind
from kg.resolve import name_keys, resolve


def _m(paper: str, kind: Kind, text: str, aliases=(), role=None) -> Mention:
    role = role or (Role.USES if kind is Kind.METHOD else Role.EVALUATED_ON)
    return Mention(paper, kind, role, text, Evidence("abstract", 0, len(text), text, "test", 0.9),
                   aliases=tuple(aliases))


def _resolve(*mentions: Mention):
    by_paper: dict[str, list[Mention]] = {}
    for m in mentions:
        by_paper.setdefault(m.paper_id, []).append(m)
    return resolve(Extraction(p, tuple(ms), ()) for p, ms in sorted(by_paper.items()))


def _entity_of(resolution, paper: str, text: str) -> str:
    return next(l.entity_id for l in resolution.links
                if l.paper_id == paper and l.mention.text == text)


@pytest.mark.parametrize("a, b", [
    ("CIFAR-10", "CIFAR10"),
    ("CIFAR-10", "cifar 10"),
    ("the ImageNet dataset", "ImageNet"),
    ("Penn TreeBank", "Penn Treebank"),
    ("MSCOCO", "COCO"), ("Microsoft COCO", "COCO"), ("MS-COCO 2017", "COCO 2017"),
])
def test_resolve_merges_surface_variants(a, b):
    r = _resolve(_m("p1", Kind.DATASET, a), _m("p2", Kind.DATASET, b))
    assert _entity_of(r, "p1", a) == _entity_of(r, "p2", b)
    (entity,) = r.entities
    assert {entity.name, *entity.aliases} == {a, b}


def test_resolve_acronym_and_long_form_merge():
    r = _resolve(_m("p1", Kind.METHOD, "Vision Transformer", aliases=("ViT",)),
                 _m("p2", Kind.METHOD, "ViT"), _m("p3", Kind.METHOD, "ViTs"))
    ids = {_entity_of(r, p, t) for p, t in [("p1", "Vision Transformer"), ("p2", "ViT"), ("p3", "ViTs")]}
    assert len(ids) == 1
    (entity,) = r.entities
    assert entity.name == "Vision Transformer"
    assert {"ViT", "ViTs"} <= set(entity.aliases)


def test_resolve_ambiguous_acronym_stays_apart():
    r = _resolve(_m("p1", Kind.METHOD, "Segment Anything Model", aliases=("SAM",)),
                 _m("p2", Kind.METHOD, "Sharpness-Aware Minimization", aliases=("SAM",)))
    assert _entity_of(r, "p1", "Segment Anything Model") != _entity_of(r, "p2", "Sharpness-Aware Minimization")


@pytest.mark.parametrize("a, b", [("GPT-4", "GPT-4o"), ("ResNet-50", "ResNet-101"),
                                  ("Llama 3 8B", "Llama 3 70B"), ("T5", "mT5")])
def test_resolve_keeps_versions_apart(a, b):
    r = _resolve(_m("p1", Kind.METHOD, a), _m("p2", Kind.METHOD, b))
    assert _entity_of(r, "p1", a) != _entity_of(r, "p2", b)


def test_resolve_dataset_and_benchmark_share_a_family():
    r = _resolve(_m("p1", Kind.DATASET, "GLUE"), _m("p2", Kind.BENCHMARK, "GLUE"),
                 _m("p3", Kind.BENCHMARK, "GLUE benchmark"))
    (entity,) = r.entities
    assert entity.kind is Kind.BENCHMARK


def test_resolve_methods_and_datasets_never_merge():
    r = _resolve(_m("p1", Kind.METHOD, "COMET"), _m("p2", Kind.DATASET, "COMET"))
    assert len(r.entities) == 2


def test_resolve_ids_do_not_depend_on_order():
    ms = [_m("p1", Kind.METHOD, "BERT"), _m("p2", Kind.METHOD, "BERT"),
          _m("p2", Kind.DATASET, "SQuAD"), _m("p3", Kind.METHOD, "RoBERTa")]
    assert _resolve(*ms) == _resolve(*reversed(ms))


def test_resolve_ids_are_iri_safe():
    r = _resolve(_m("p1", Kind.METHOD, "Ünïcode <Net> \"x\" 𝛼"), _m("p1", Kind.DATASET, "a/b c"))
    for entity in r.entities:
        assert all(c.isalnum() and c.isascii() or c in "-/" for c in entity.id)


def test_name_keys_strip_generic_heads_and_plurals():
    assert "imagenet" in name_keys("the ImageNet dataset", Kind.DATASET)
    assert "vit" in name_keys("ViTs", Kind.METHOD)
    assert "gpt4o" not in name_keys("GPT-4", Kind.METHOD)


def test_resolve_plural_acronym_definition_covers_the_singular():
    r = _resolve(_m("p1", Kind.METHOD, "Vision Transformers", aliases=("ViTs",)),
                 _m("p2", Kind.METHOD, "ViT"))
    assert _entity_of(r, "p1", "Vision Transformers") == _entity_of(r, "p2", "ViT")


def test_resolve_prefers_the_most_frequent_one_word_form():
    r = _resolve(_m("p1", Kind.DATASET, "CIFAR-10"), _m("p2", Kind.DATASET, "CIFAR-10"),
                 _m("p3", Kind.DATASET, "Cifar-10"))
    (entity,) = r.entities
    assert entity.name == "CIFAR-10"


def test_resolve_bare_acronym_follows_a_clear_majority_of_definitions():
    defs = [_m(f"p{i}", Kind.METHOD, "Vision Transformer", aliases=("ViT",)) for i in range(4)]
    odd = _m("q", Kind.METHOD, "Visual Transformer", aliases=("ViT",))
    bare = _m("r", Kind.METHOD, "ViT")
    r = _resolve(*defs, odd, bare)
    assert _entity_of(r, "r", "ViT") == _entity_of(r, "p0", "Vision Transformer")
    assert _entity_of(r, "q", "Visual Transformer") != _entity_of(r, "p0", "Vision Transformer")


def test_resolve_bare_acronym_without_a_clear_majority_stays_apart():
    defs = [_m(f"p{i}", Kind.METHOD, "Segment Anything Model", aliases=("SAM",)) for i in range(3)]
    other = _m("q", Kind.METHOD, "Sharpness-Aware Minimization", aliases=("SAM",))
    bare = _m("r", Kind.METHOD, "SAM")
    r = _resolve(*defs, other, bare)  # 3 of 4 definitions: not enough to decide for a reader
    assert _entity_of(r, "r", "SAM") not in {_entity_of(r, "p0", "Segment Anything Model"),
                                            _entity_of(r, "q", "Sharpness-Aware Minimization")}


def test_resolve_acronym_decided_over_its_plural_too():
    # "QRFs" (one odd definition) and "QRF" (five agreeing ones) are one acronym.
    defs = [_m(f"p{i}", Kind.METHOD, "Quasi Random Field", aliases=("QRF",)) for i in range(5)]
    odd = _m("q", Kind.METHOD, "quick rolling filters", aliases=("QRFs",))
    bare = _m("r", Kind.METHOD, "QRF")
    r = _resolve(*defs, odd, bare)
    assert _entity_of(r, "r", "QRF") == _entity_of(r, "p0", "Quasi Random Field")
    assert _entity_of(r, "q", "quick rolling filters") != _entity_of(r, "r", "QRF")


def test_resolve_a_one_word_name_keeps_its_name_over_a_long_form():
    r = _resolve(*[_m(f"p{i}", Kind.DATASET, "PicNet") for i in range(3)],
                 _m("q", Kind.DATASET, "pictures of the network", aliases=("PicNet",)))
    (entity,) = r.entities
    assert entity.name == "PicNet"


@pytest.mark.parametrize("a, b", [("the ZetaNet model", "ZetaNet"), ("QLSTM networks", "QLSTM"),
                                  ("Gorp algorithm", "Gorp"),
                                  # an algorithm is its name in lower case too ("k-means
                                  # algorithm"), and filtering is done by the filter ("Kalman
                                  # filtering")
                                  ("z-quibbles algorithm", "z-quibbles"),
                                  ("zorpagation algorithms", "zorpagation"),
                                  ("Blorp filtering", "Blorp filter"),
                                  ("quibble particle filtering", "quibble particle filter")])
def test_resolve_named_method_with_a_generic_head_is_the_method(a, b):
    r = _resolve(_m("p1", Kind.METHOD, a), _m("p2", Kind.METHOD, b))
    assert _entity_of(r, "p1", a) == _entity_of(r, "p2", b)


@pytest.mark.parametrize("a, b", [("language model", "language"), ("zorp network", "zorp"),
                                  ("quibble filter", "quibble")])
def test_resolve_lower_case_head_phrase_keeps_its_head(a, b):
    r = _resolve(_m("p1", Kind.METHOD, a), _m("p2", Kind.METHOD, b))
    assert _entity_of(r, "p1", a) != _entity_of(r, "p2", b)


def test_resolve_the_bigger_of_two_like_named_groups_gets_the_plain_id():
    popular = [_m(f"p{i}", Kind.METHOD, "KorNet") for i in range(3)]
    # Two papers' own "KorNet", defined differently: separate entities with the same name.
    own = _m("q", Kind.METHOD, "KorNet", aliases=("Kernel ortho Network",))
    other = _m("s", Kind.METHOD, "KorNet", aliases=("Knowledge of rules Network",))
    r = _resolve(own, other, *popular)
    assert _entity_of(r, "p0", "KorNet") == "method/kornet"
    assert _entity_of(r, "q", "KorNet").startswith("method/kornet-")


def test_resolve_acronyms_with_unkeyable_long_forms_do_not_merge():
    # Long forms with no letters or digits kg can key on must not pool unrelated acronyms.
    r = _resolve(_m("p1", Kind.METHOD, "QZX", aliases=("αβγ δεζ",)),
                 _m("p2", Kind.METHOD, "WVY", aliases=("ηθι κλμ",)))
    assert _entity_of(r, "p1", "QZX") != _entity_of(r, "p2", "WVY")


def test_resolve_plural_of_a_camel_case_name_is_the_name():
    # "ZapNets" and "ZapNet" in one paper (and across papers) are one method.
    abstract = ("A zap network (or ZapNet) is a standard architecture. The main premise of "
                "ZapNets is that each layer fits a residual.")
    ex = extract_paper(Paper(id="t-1", title="Are ZapNets better than linear predictors?",
                             abstract=abstract))
    r = resolve([ex, Extraction("t-2", (_m("t-2", Kind.METHOD, "ZapNets"),), ())])
    ids = {l.entity_id for l in r.links if l.mention.text in ("ZapNet", "ZapNets")}
    assert len(ids) == 1 and {l.paper_id for l in r.links if l.entity_id in ids} == {"t-1", "t-2"}


def test_resolve_a_links_kind_is_the_one_most_of_its_mentions_give():
    def url(paper: str, kind: UrlKind) -> Mention:
        text = "https://github.com/zorg/zorgnet"
        return Mention(paper, Kind.REPOSITORY, Role.HAS_LINK, text,
                       Evidence("abstract", 0, len(text), text, "test", 0.9), url_kind=kind)

    # Repeated forms are resolved once and weighted by their count: the one PROJECT mention
    # comes first, the two CODE ones outvote it.
    r = _resolve(url("a", UrlKind.PROJECT), url("b", UrlKind.CODE), url("c", UrlKind.CODE))
    (entity,) = r.entities
    assert entity.url_kind is UrlKind.CODE
    assert len(r.links) == 3


def test_resolve_a_spaced_spelling_of_an_acronym_is_not_its_written_out_form():
    # "QZR 10" is "QZR-10" spaced out, not an expansion: the most frequent spelling names it.
    r = _resolve(*[_m(f"p{i}", Kind.DATASET, "QZR-10") for i in range(3)],
                 _m("q", Kind.DATASET, "QZR 10"))
    (entity,) = r.entities
    assert entity.name == "QZR-10"
    assert entity.aliases == ("QZR 10",)


def test_resolve_a_hyphenated_name_is_the_long_form_of_its_acronym():
    # "Zork-Wolfe" is short and has two capitals, but it is two names joined: an expansion.
    defs = [_m(f"p{i}", Kind.METHOD, "Zork-Wolfe", aliases=("ZW",)) for i in range(3)]
    bare = _m("r", Kind.METHOD, "ZW")
    r = _resolve(*defs, bare)
    assert _entity_of(r, "r", "ZW") == _entity_of(r, "p0", "Zork-Wolfe")
    assert {e.name for e in r.entities} == {"Zork-Wolfe"}


def test_resolve_a_variant_that_contains_the_acronym_is_not_its_definition():
    # "sparse BQA" names a kind of BQA; read as a definition it would outvote the real one.
    defs = [_m(f"p{i}", Kind.METHOD, "blorp quantile analysis", aliases=("BQA",)) for i in range(4)]
    variants = [_m(f"v{i}", Kind.METHOD, f"{w} BQA", aliases=("BQA",))
                for i, w in enumerate(("sparse", "kernel", "robust"))]
    bare = _m("r", Kind.METHOD, "BQA")
    r = _resolve(*defs, *variants, bare)
    assert _entity_of(r, "r", "BQA") == _entity_of(r, "p0", "blorp quantile analysis")
    assert _entity_of(r, "v0", "sparse BQA") != _entity_of(r, "r", "BQA")


def test_resolve_a_bare_name_does_not_join_its_only_variant():
    r = _resolve(_m("p1", Kind.METHOD, "decentralized ZORPLE", aliases=("ZORPLE",)),
                 _m("p2", Kind.METHOD, "ZORPLE"))
    assert _entity_of(r, "p2", "ZORPLE") != _entity_of(r, "p1", "decentralized ZORPLE")


@pytest.mark.parametrize("plural, singular", [("Quibble processes", "Quibble process"),
                                              ("frobnication patches", "frobnication patch"),
                                              ("Zorp boxes", "Zorp box"),
                                              ("Blorp classes", "Blorp class")])
def test_resolve_merges_plurals_in_es(plural, singular):
    r = _resolve(_m("p1", Kind.METHOD, plural), _m("p2", Kind.METHOD, singular))
    assert _entity_of(r, "p1", plural) == _entity_of(r, "p2", singular)


def _defined(acronym: str, long_forms: list[str]) -> list[Mention]:
    return [_m(f"d{i}", Kind.METHOD, text, aliases=(acronym,)) for i, text in enumerate(long_forms)]


def test_resolve_spellings_of_a_long_form_count_towards_its_majority():
    # 3 + 1 spellings of one name: 75% for the commonest alone, 100% read as one name.
    defs = _defined("NMQ", ["non-maximum quibbling"] * 3 + ["non-maximal quibbling"])
    r = _resolve(*defs, _m("r", Kind.METHOD, "NMQ"))
    assert _entity_of(r, "r", "NMQ") == _entity_of(r, "d0", "non-maximum quibbling")
    assert _entity_of(r, "d3", "non-maximal quibbling") == _entity_of(r, "d0", "non-maximum quibbling")


def test_resolve_a_long_form_with_another_word_is_not_a_spelling():
    defs = _defined("LMPQ", ["linear model predictive quibbling"] * 3
                    + ["language model predictive quibbling"])
    r = _resolve(*defs, _m("r", Kind.METHOD, "LMPQ"))
    assert _entity_of(r, "r", "LMPQ") != _entity_of(r, "d0", "linear model predictive quibbling")


def test_resolve_a_rival_reading_keeps_the_bare_acronym_apart():
    # 27 of 30 definitions agree (90%), but 3 papers mean something else by it.
    defs = _defined("ZQA", ["zeta quantile analysis"] * 27 + ["zonal queue allocation"] * 3)
    r = _resolve(*defs, _m("r", Kind.METHOD, "ZQA"))
    assert _entity_of(r, "r", "ZQA") not in {_entity_of(r, "d0", "zeta quantile analysis"),
                                             _entity_of(r, "d29", "zonal queue allocation")}


def _entities_of(resolution, paper: str, text: str) -> set[str]:
    return {l.entity_id for l in resolution.links if l.paper_id == paper and l.mention.text == text}


@pytest.mark.parametrize("definition", [
    _m("p", Kind.METHOD, "ZQA", aliases=("zeta quantile analysis",)),  # the short form kept
    _m("p", Kind.METHOD, "zeta quantile analysis", aliases=("ZQA",)),  # the long form kept
])
def test_resolve_a_paper_means_its_own_definition_wherever_it_writes_the_acronym(definition):
    # Across papers "ZQA" alone is ambiguous, so a bare use elsewhere stays apart; in the paper
    # that defines it, every "ZQA" is that definition: one entity, not two, for the paper.
    defs = _defined("ZQA", ["zeta quantile analysis"] * 20 + ["zonal queue allocation"] * 3)
    r = _resolve(*defs, definition, _m("p", Kind.METHOD, "ZQA"), _m("r", Kind.METHOD, "ZQA"))
    meant = _entity_of(r, "d0", "zeta quantile analysis")
    assert _entities_of(r, "p", "ZQA") | _entities_of(r, "p", "zeta quantile analysis") == {meant}
    assert _entity_of(r, "r", "ZQA") != meant
    assert len({l.entity_id for l in r.links if l.paper_id == "p"}) == 1


def test_resolve_a_name_containing_the_acronym_does_not_define_it_for_the_paper():
    # "kernel ZQA (ZQA)" is a kind of ZQA: the paper's bare "ZQA" is not "kernel ZQA".
    defs = _defined("ZQA", ["zeta quantile analysis"] * 27 + ["zonal queue allocation"] * 3)
    r = _resolve(*defs, _m("p", Kind.METHOD, "kernel ZQA", aliases=("ZQA",)),
                 _m("p", Kind.METHOD, "ZQA"))
    assert _entity_of(r, "p", "ZQA") != _entity_of(r, "p", "kernel ZQA")


def test_resolve_a_stray_reading_does_not_block_the_majority():
    defs = _defined("ZQA", ["zeta quantile analysis"] * 27 + ["zonal queue allocation"] * 2)
    r = _resolve(*defs, _m("r", Kind.METHOD, "ZQA"))
    assert _entity_of(r, "r", "ZQA") == _entity_of(r, "d0", "zeta quantile analysis")


@pytest.mark.parametrize("british, american", [("Bayesian quibble optimisation", "Bayesian quibble optimization"),
                                               ("zorp modelling", "zorp modeling"),
                                               ("blorp behaviour cloning", "blorp behavior cloning"),
                                               ("travelling quibbler problem", "traveling quibbler problem"),
                                               ("zorp dialogue systems", "zorp dialog systems")])
def test_resolve_merges_british_and_american_spellings(british, american):
    r = _resolve(_m("p1", Kind.TASK, british, role=Role.ADDRESSES),
                 _m("p2", Kind.TASK, american, role=Role.ADDRESSES))
    assert _entity_of(r, "p1", british) == _entity_of(r, "p2", american)


def test_resolve_merges_plural_task_names():
    r = _resolve(_m("p1", Kind.TASK, "quibble graphs", role=Role.ADDRESSES),
                 _m("p2", Kind.TASK, "quibble graph", role=Role.ADDRESSES))
    assert _entity_of(r, "p1", "quibble graphs") == _entity_of(r, "p2", "quibble graph")


@pytest.mark.parametrize("a, b", [("zorp noise", "zorp noize"), ("blorp rise", "blorp rize")])
def test_resolve_spelling_keys_only_touch_british_endings(a, b):
    # "noise" and "rise" are not British spellings of anything
    r = _resolve(_m("p1", Kind.TASK, a, role=Role.ADDRESSES), _m("p2", Kind.TASK, b, role=Role.ADDRESSES))
    assert _entity_of(r, "p1", a) != _entity_of(r, "p2", b)


def test_records_list_a_task_as_the_paper_writes_it():
    from kg.export.records import paper_record
    from kg.graph import assemble

    papers = [Paper(p, f"Title {p}", "abstract") for p in ("p1", "p2", "p3")]
    r = _resolve(_m("p1", Kind.TASK, "zorp modelling", role=Role.ADDRESSES),
                 *(_m(p, Kind.TASK, "zorp modeling", role=Role.ADDRESSES) for p in ("p2", "p3")))
    graph = assemble(papers, r)
    assert paper_record(graph, "paper/p1")["tasks"] == ["zorp modelling"]
    assert paper_record(graph, "paper/p2")["tasks"] == ["zorp modeling"]


def test_resolve_ids_spell_out_name_bearing_symbols():
    r = _resolve(_m("p1", Kind.METHOD, "Q*"), _m("p2", Kind.DATASET, "RefZorp+"),
                 _m("p3", Kind.DATASET, "RefZorp"))
    assert {e.id for e in r.entities} == {"method/q-star", "dataset/refzorp-plus", "dataset/refzorp"}


def test_resolve_names_an_entity_in_the_singular_when_both_are_written():
    r = _resolve(*(_m(f"p{i}", Kind.METHOD, "Zorp Transformers") for i in range(3)),
                 *(_m(f"q{i}", Kind.METHOD, "Zorp Transformer") for i in range(2)),
                 *(_m(f"s{i}", Kind.METHOD, "Blorp processes") for i in range(3)),
                 _m("t", Kind.METHOD, "Blorp process"))
    assert {e.name for e in r.entities} == {"Zorp Transformer", "Blorp process"}


def test_resolve_a_plural_name_without_its_singular_keeps_its_name():
    r = _resolve(*(_m(f"p{i}", Kind.DATASET, "Zorp Kinetics") for i in range(3)),
                 _m("q", Kind.DATASET, "zorp kinetics"))
    assert {e.name for e in r.entities} == {"Zorp Kinetics"}


def test_resolve_a_dataset_keeps_its_plural_name():
    # "Natural Questions", "Cityscapes": for data the plural is the name itself.
    r = _resolve(*(_m(f"p{i}", Kind.DATASET, "Zorp Questions") for i in range(3)),
                 *(_m(f"q{i}", Kind.DATASET, "Zorp Question") for i in range(2)))
    assert {e.name for e in r.entities} == {"Zorp Questions"}


def test_resolve_ids_read_stars_inside_words_as_separators():
    r = _resolve(_m("p1", Kind.BENCHMARK, "**Z**orp**B**ench"))
    assert [e.id for e in r.entities] == ["benchmark/z-orp-b-ench"]


def test_resolve_keeps_a_plural_after_of_in_the_name():
    r = _resolve(*(_m(f"p{i}", Kind.METHOD, "Bag of Zorps") for i in range(2)),
                 *(_m(f"q{i}", Kind.METHOD, "Bag of Zorp") for i in range(2)))
    assert {e.name for e in r.entities} == {"Bag of Zorps"}


def test_links_come_in_paper_entity_role_offset_order_whatever_the_input_order():
    def extraction(paper, *texts):
        return Extraction(paper, tuple(
            Mention(paper, Kind.METHOD, Role.USES, t, Evidence("abstract", 40 - 5 * i, 45 - 5 * i,
                                                               t, "test", 0.9))
            for i, t in enumerate(texts)), ())

    r = resolve([extraction("p2", "BERT", "ResNet", "BERT"), extraction("p1", "ViT", "BERT"),
                 extraction("p3", "ResNet"), extraction("p1", "GPT-2")])  # p1 read twice
    order = [(l.paper_id, l.entity_id, l.role, l.mention.evidence.field,
              l.mention.evidence.start, l.mention.text) for l in r.links]
    assert order == sorted(order) and len(order) == 7
    assert [l.paper_id for l in r.links] == ["p1"] * 3 + ["p2"] * 3 + ["p3"]
