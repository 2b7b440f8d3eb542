"""Shared fixtures: a small hand-made graph, built through the real model and assembler."""

from __future__ import annotations

import pytest

from kg.graph import assemble
from kg.model import (Entity, Evidence, Kind, Link, Mention, Paper, Resolution,
                      ResolvedResult, ResultMention, Role, Source, UrlKind)

ABSTRACT_A = ("We propose UniFormerV2, built on Vision Transformers (ViTs). "
              "It reaches 90% top-1 accuracy on Kinetics-400. "
              "Code: https://github.com/OpenGVLab/UniFormerV2")
ABSTRACT_B = ('Attack text <script>alert("x")</script> <img src=x onerror=alert(1)> uses ViT on '
              'CIFAR-10 """ @prefix ]]> \u202e\u200b 𝛼 🙂.')


def _mention(paper: Paper, kind: Kind, role: Role, text: str, *, aliases=(), url_kind=None,
             extractor="test", confidence=0.9) -> Mention:
    start = paper.abstract.index(text)
    return Mention(paper.id, kind, role, text,
                   Evidence("abstract", start, start + len(text), paper.abstract, extractor,
                            confidence),
                   aliases=tuple(aliases), url_kind=url_kind)


@pytest.fixture
def small_papers() -> list[Paper]:
    return [
        Paper("t-a1", "UniFormerV2: Spatiotemporal Learning", ABSTRACT_A,
              sources=(Source("seeds/a.txt", 3),), metadata={"year": 2023}),
        Paper("t-b2", 'Hostile <b>"title"</b> & more', ABSTRACT_B, truncated=True,
              sources=(Source("seeds/b.txt", 9), Source("seeds/c.txt", 1))),
    ]


@pytest.fixture
def small_resolution(small_papers) -> Resolution:
    a, b = small_papers
    entities = (
        Entity("dataset/cifar-10", Kind.DATASET, "CIFAR-10", ("CIFAR10",)),
        Entity("dataset/kinetics-400", Kind.DATASET, "Kinetics-400"),
        Entity("method/uniformerv2", Kind.METHOD, "UniFormerV2"),
        Entity("method/vision-transformer", Kind.METHOD, "Vision Transformers", ("ViT", "ViTs")),
        Entity("metric/top-1-accuracy", Kind.METRIC, "top-1 accuracy"),
        Entity("repository/github-com-opengvlab-uniformerv2", Kind.REPOSITORY,
               "https://github.com/OpenGVLab/UniFormerV2", url_kind=UrlKind.CODE),
    )
    links = (
        Link(a.id, Role.PROPOSES, "method/uniformerv2",
             _mention(a, Kind.METHOD, Role.PROPOSES, "UniFormerV2")),
        Link(a.id, Role.USES, "method/vision-transformer",
             _mention(a, Kind.METHOD, Role.USES, "Vision Transformers", aliases=("ViTs",))),
        Link(a.id, Role.EVALUATED_ON, "dataset/kinetics-400",
             _mention(a, Kind.DATASET, Role.EVALUATED_ON, "Kinetics-400")),
        Link(a.id, Role.MEASURES, "metric/top-1-accuracy",
             _mention(a, Kind.METRIC, Role.MEASURES, "top-1 accuracy")),
        Link(a.id, Role.HAS_LINK, "repository/github-com-opengvlab-uniformerv2",
             _mention(a, Kind.REPOSITORY, Role.HAS_LINK,
                      "https://github.com/OpenGVLab/UniFormerV2", url_kind=UrlKind.CODE)),
        Link(b.id, Role.USES, "method/vision-transformer",
             _mention(b, Kind.METHOD, Role.USES, "ViT")),
        Link(b.id, Role.EVALUATED_ON, "dataset/cifar-10",
             _mention(b, Kind.DATASET, Role.EVALUATED_ON, "CIFAR-10")),
    )
    start = ABSTRACT_A.index("90%")
    result = ResultMention(a.id, "top-1 accuracy", "90%", "Kinetics-400",
                           Evidence("abstract", start, start + 3, ABSTRACT_A, "test", 0.8))
    results = (ResolvedResult("result/t-a1-1", result, "metric/top-1-accuracy",
                              "dataset/kinetics-400"),)
    return Resolution(entities, links, results)


@pytest.fixture
def small_graph(small_papers, small_resolution):
    return assemble(small_papers, small_resolution)


def pytest_configure(config):
    """With KG_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser is an error, not a skip."""
    import os

    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        from browser import unavailable

        reason = unavailable()
        if reason:
            raise pytest.UsageError(f"KG_REQUIRE_BROWSER=1 but {reason}")
