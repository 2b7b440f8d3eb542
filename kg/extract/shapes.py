"""Token shapes that mark a name: CamelCase, acronyms, versions and sizes.

Pure string predicates, no vocabulary: "UniFormerV2", "GSM8K", "GPT-4", "Qwen2.5-32B", "BERT"
are name-shaped; "model", "Transformer", "3D", "32k" are not.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Internal "." only between digits ("GPT-3.5", not "ability.OpenAI"); a possessive "'s" is
# left out of the token ("M1's" -> "M1").
# "BERT-based" is two tokens, so the name and its "-based" cue stay apart.
_AFFIX = (r"(?:based|like|style|driven|guided|powered|tuned|aware|free|specific|level|wise|only|"
          r"enhanced|type|generated|assisted)\b")
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?!" + _AFFIX + r")(?=[A-Za-z0-9])|['’/+](?=[A-Za-z0-9])"
                   r"(?![sS]\b)|\.(?=\d)(?<=\d\.))*\+*")
_INNER_CAP = re.compile(r"(?<=[a-z0-9])[A-Z]")
_UNIT = re.compile(r"^\d+(?:\.\d+)?(?:[a-zA-Z]{1,2}|th|st|nd|rd|px|fps|ms|GB|MB|TB|GHz|bit|bits|K|M|B|x|times|fold)$")
# A size or version may carry its variant: "Llama 3.1 70B-Instruct", "GPT 3.5-Turbo".
_VARIANT = r"(?:Instruct|instruct|Chat|chat|Turbo|turbo|Base|base|Pro|Mini|mini|Preview|preview)"
_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)?[BMKbmk]?(?:-" + _VARIANT + r")?|\d+x\d+|[A-Z]\d*|XL|XXL|mini|nano|tiny|small|base|large|huge|Pro|Ultra|Turbo|turbo|Instruct|instruct|Chat|chat)$")
# A data set's version: "v2", "v1.0", "2.1" (one-digit major: "COCO 42.1 AP" is a score)
DATA_VERSION = r"[vV]\d{1,2}(?:\.\d{1,2})?|\d\.\d{1,2}"
# The years a data set's name can carry, one or several after slashes ("CROHME 2014/2016/2019")
YEAR = r"(?:19[89]\d|20[0-3]\d)"
EDITION_YEARS = rf"{YEAR}(?:/{YEAR})*"
_NUMBERISH = re.compile(r"^[\d.,/'’+-]+%?$")
# An acronym glued to a lower-case word: "RNNsearch", "DSelect-k", "BERTology", "OR-Tools";
# capitals and one lower-case letter that is no plural "s": "CATTAn", "ELMo", "LTLf"; a
# capitalised stem with a lower-case "-net": "DUST-net", "QMDP-net", "U-net".
# ("COmprehensive", a shouted acronym expansion, has two capitals and no hyphen: not a name.)
_CAPS_THEN_LOWER = re.compile(r"^(?:[A-Z]{3,}[a-z]{2,}|[A-Z]{2}[a-z]{2,}[\w]*-|[A-Z]{2,}-[A-Z][a-z]{2,}$|"
                              r"[A-Z]{3,}[a-rt-z]$|[A-Z][A-Za-z0-9]*-nets?$)")
# Two capitals and a short lower-case tail: "UNet", "XSum", "EMin", "RHex" (a longer tail is a
# shouted expansion, "SAmple", "VIsual"; "MHz", "MPa" are units).
_TWO_CAPS_SHORT_TAIL = re.compile(r"^[A-Z]{2}[a-z]{1,3}$")
_UNIT_WORD = re.compile(r"(?:Hz|Pa|Sc|Wh)$")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$")
# One capital glued to a capitalised word: "G-Transformer", "X-Align", "Q-Prop", "D-Pruner".
_LETTER_THEN_WORD = re.compile(r"^[A-Z]-[A-Z][a-z]+[A-Za-z0-9]*$")


@lru_cache(maxsize=1 << 18)
def is_numberish(token: str) -> bool:
    return bool(_NUMBERISH.match(token)) or bool(_UNIT.match(token))


@lru_cache(maxsize=1 << 18)
def is_acronym(token: str) -> bool:
    if len(token) > 2 and token.endswith("s") and token[-2].isupper():
        token = token[:-1]  # plural: "LSTMs", "CNNs"
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not _ROMAN.match(token)


def has_inner_capital(token: str) -> bool:
    return bool(_INNER_CAP.search(token))


def mixes_letters_and_digits(token: str) -> bool:
    return (any(c.isdigit() for c in token) and sum(c.isalpha() for c in token) >= 1
            and not is_numberish(token))


_GLUED_WORD = re.compile(r"^(?:of|in|on|to|for|and|the|with|by|from|at|as|or)[A-Z]{2,}s?$")


@lru_cache(maxsize=1 << 18)
def is_name_shaped(token: str) -> bool:
    """A coined-looking token: 'ViT', 'GSM8K', 'GPT-4', 'T5', 'o1', 'BERT', 'MoEBERT'."""
    if len(token) < 2 or is_numberish(token):
        return False
    if token.islower() and len(token) > 8 and "-" not in token:
        return False  # "runco2003critical": a citation key, not a name
    if re.fullmatch(r"\d+-[A-Z]{1,4}s?", token):
        return False  # "2-DOF", "3-D": a quantity
    if _GLUED_WORD.match(token):
        return False  # "ofVLSI", "theCNN": a lost space in extracted text, not a coined name
    return (has_inner_capital(token) or is_acronym(token) or mixes_letters_and_digits(token)
            or bool(_CAPS_THEN_LOWER.match(token)) or _sized_acronym(token)
            or bool(_TWO_CAPS_SHORT_TAIL.match(token) and not _UNIT_WORD.search(token))
            or bool(_LETTER_THEN_WORD.match(token)) or _coined_parts(token))


def _coined_parts(token: str) -> bool:
    """'LCM-MVSNet', 'G-FRNet': hyphened parts each name-shaped (or one capital), a capital run
    inside a part hiding its inner capital from the other tests."""
    parts = token.split("-")
    return len(parts) > 1 and any(c.islower() for c in token) and all(
        len(p) == 1 and p.isupper() or len(p) > 1 and is_name_shaped(p) for p in parts)


def _sized_acronym(token: str) -> bool:
    """'BERT-large', 'GPT-base': an acronym with its size or version word glued on."""
    head, _, tail = token.rpartition("-")
    return bool(head) and tail.islower() and bool(_VERSION.match(tail)) and is_acronym(head)


@lru_cache(maxsize=1 << 18)
def is_capitalised(token: str) -> bool:
    return token[:1].isupper() and not is_acronym(token)


@lru_cache(maxsize=1 << 18)
def is_version(token: str) -> bool:
    """A token that continues a model name: '3', '8B', 'v2', 'Pro', 'Instruct', '7B'."""
    return bool(_VERSION.match(token))


def expand_shorthand(name: str) -> list[str]:
    """'Kinetics-400/600/700' -> three names; 'CIFAR-10/100-LT' -> CIFAR-10-LT, CIFAR-100-LT."""
    if "/" not in name:
        return [name]
    parts = name.split("/")
    head = re.match(r"^(.*?[-\s]?)(\d+|[Vv]\d+)$", parts[0])  # "MOT15/16": prefix "MOT"
    tail = re.match(r"^(\w*?\d+|V\d+|v\d+)([-\s].+)?$", parts[-1])
    if not head or not head.group(1) or head.group(1).endswith(".") or \
            not all(re.fullmatch(r"(?:V|v)?\d+(?:[-\s].+)?", p) for p in parts[1:]):
        return [name]
    suffix = tail.group(2) or "" if tail else ""
    first = parts[0] + suffix if suffix and not parts[0].endswith(suffix) else parts[0]
    rest = [head.group(1) + (p[:-len(suffix)] if suffix and p.endswith(suffix) else p) + suffix
            for p in parts[1:]]
    return [first] + rest
