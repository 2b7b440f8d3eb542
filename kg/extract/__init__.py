"""Extract mentions from one paper: ``extract_paper(paper) -> Extraction`` (pure, per paper)."""

from kg.extract.pipeline import EXTRACTOR_VERSION, extract_paper

__all__ = ["EXTRACTOR_VERSION", "extract_paper"]
