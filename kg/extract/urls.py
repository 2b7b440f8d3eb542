"""URLs in abstracts: found, repaired ("https: //x", missing scheme) and classified."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import UrlKind

# Scheme with an optional stray space ("https: //", "https:// x"; a footnote number may be glued
# in front: "code11https://..."); a bare host we know hosts artefacts; a bare project-page host
# ("lab.github.io/tool", written without a scheme as often as with one); or any bare host with a
# path ("sites.google.com/view/x", "rll.berkeley.edu/x/").
_TAIL = r"[^\s<>\"'{}|\\^`\[\]]"
_URL = re.compile(
    rf"(?:(?<![A-Za-z])https?:\s?//\s?|\bwww\.|\b(?:github|gitlab|bitbucket|huggingface)\."
    rf"(?:com|co|org)/){_TAIL}+"
    rf"|(?<!@)\b[\w-]+\.(?:github|gitlab)\.io\b(?:/{_TAIL}*)?"
    rf"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?<!github\.)(?<!gitlab\.)"
    rf"(?:com|org|net|edu|io|ai|site|dev|ml|science|info|ly|me)"
    rf"/{_TAIL}+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"*"
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "anonymous.4open.science",
               "codeberg.org", "git.", "sourceforge.net", "colab.research.google.com")
_DATA_HOSTS = ("zenodo.org", "kaggle.com", "figshare.com", "dataverse", "physionet.org",
               "huggingface.co/datasets", "osf.io", "data.")


@dataclass(frozen=True, slots=True)
class UrlSpan:
    start: int
    end: int
    url: str  # repaired, with scheme
    kind: UrlKind


def normalise_url(raw: str) -> str:
    url = re.sub(r"^(https?):\s?//\s?", r"\1://", raw.strip(), flags=re.IGNORECASE)
    if not re.match(r"^https?://", url, re.IGNORECASE):
        url = "https://" + url
    # A closing bracket belongs to the URL only when the URL opened one.
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


_OTHER_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "twitter.com", "x.com", "doi.org",
                "arxiv.org", "openreview.net", "aclanthology.org", "bilibili.com", "linkedin.com")


def classify_url(url: str) -> UrlKind:
    """Code, project page, model or data release; videos, papers and social posts are OTHER."""
    low = url.lower().split("://", 1)[-1]
    host = low.split("/", 1)[0]
    if any(host == h or host.endswith("." + h) for h in _OTHER_HOSTS):
        return UrlKind.OTHER
    if "huggingface.co/datasets" in low or any(h in low for h in _DATA_HOSTS[:-1]) \
            or host.startswith("data."):
        return UrlKind.DATA
    if host.endswith("huggingface.co") or host.endswith("hf.co"):
        return UrlKind.MODEL
    if any(h in host for h in _CODE_HOSTS):
        return UrlKind.CODE
    return UrlKind.PROJECT


# "www.ee.cuhk.edu.hk/ xgwang/Attributes.html", "github.com/ZhangLeUestc/ Incremental-Forest": a
# path a scraper broke after a slash (often where a "~" was lost). What follows the space goes on
# the path when it is shaped like one, a word with a separator inside ("along", "for" and "e.g."
# are words), or the repository name an owner-only code-host address lacks.
_PATH_AFTER_SPACE = re.compile(rf" (?!e\.g\.|i\.e\.|and/or)({_TAIL}*?\w(?:[/._~-]\w{_TAIL}*|/))")
_OWNER_ONLY = re.compile(r"(?:github|gitlab)\.com/[\w.-]+/$", re.IGNORECASE)
_REPO_AFTER_SPACE = re.compile(r" ([A-Za-z0-9_.-]*[A-Za-z0-9_])(?=[.,;:)\]'\"]*(?:\s|$))")


def _broken_path(text: str, match: re.Match) -> str:
    """What a URL ending in a slash or a hyphen goes on with after a space ("" when nothing)."""
    if match.group().endswith("-"):
        # "github.com/Owner/A-Flash- in-the-Pan-CRS", "https://humanoid- bench.github.io": no
        # address ends in a hyphen, a line break hyphenated it
        rest = _PATH_AFTER_SPACE.match(text, match.end())
        return rest.group(1) if rest else ""
    if not match.group().endswith("/"):
        return ""
    rest = _PATH_AFTER_SPACE.match(text, match.end())
    if not rest and _OWNER_ONLY.search(match.group()):
        rest = _REPO_AFTER_SPACE.match(text, match.end())
    return rest.group(1) if rest else ""


def find_urls(text: str) -> list[UrlSpan]:
    found: list[UrlSpan] = []
    for match in _URL.finditer(text):
        if found and match.start() < found[-1].end:
            continue  # the part of a broken address that was joined to the one before
        raw = match.group() + _broken_path(text, match)
        url = normalise_url(raw)
        host = url.split("://", 1)[1].split("/", 1)[0]
        if "." not in host:
            continue
        written = len(raw) + (raw != match.group())  # with the space that broke it
        end = match.start() + written - (len(raw) - len(raw.rstrip(_TRAILING)))
        found.append(UrlSpan(match.start(), max(end, match.start() + 1), url, classify_url(url)))
    return found
