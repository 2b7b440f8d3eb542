"""Names a paper's title coins: the "X: subtitle" head, a whole title or its lead that the
abstract takes up, "X for Y" model titles, a title name the abstract defines, opens with or uses
as a sentence subject. Each function reads the title against the abstract and returns the name
with its offset in the title (or None)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import cues
from kg.extract.candidates import Candidate
from kg.extract.lexicon import BUILTIN_GENERIC as GENERIC
from kg.extract.lexicon import GENERIC_PHRASES, Lexicon, defined_phrase, fold, phrase_key
from kg.extract.proposed import (GENERIC_HEAD_NOUNS, METHOD_WORD, NAMED_AFTER, STUDIED_AFTER,
                                 STUDIED_THING, is_known_method, known_variant)
from kg.extract.shapes import is_name_shaped

_TITLE_SPLIT = re.compile(r"\s*(?::|\s[-–—]{1,2}\s)\s*")
_GENERIC_TITLE_HEAD = re.compile(
    r"^(?:a |an |the )?(?:survey|review|tutorial|overview|position|perspective|introduction|"
    r"primer|benchmarking|rethinking|revisiting|towards?|on|beyond|when|why|how|what|is|are|"
    r"can|do|does|should|understanding|exploring|learning|looking|specialist|lessons?|case|"
    r"roadmap|road map|framework|study|analysis|report|guide)\b",
    re.IGNORECASE,
)
_NOT_A_METHOD_SUBTITLE = re.compile(
    r"^(?:an? |the )?(?:survey|review|tutorial|overview|position|perspective|roadmap|primer|"
    r"reality check|case study|plea|journey|critique|call|note|lessons?|introduction|"
    # "Cross-Modal Cloze Task: A New Task to ...": a task (not "Task2Vec: Task Embedding for")
    r"(?:new |novel )?(?:task|problem)(?=[,:]|\s+(?:to|for|of|in|on|and)\b|$)|"
    r"(?:recent )?(?:challenges|progress|prospects|opportunities|trends|advances)(?!\s+(?:in|of)\s))\b",
    re.IGNORECASE)
_QUESTION = re.compile(r"^(?:why|how|what|when|where|which|who|is|are|can|do|does|should|will)\b",
                       re.IGNORECASE)
_TITLE_NP_END = re.compile(r"\s+(?:for|with|via|by|in|through|using|from|on|to|towards|of|as|"
                           r"under|without|and|is|are)\s+")
_TITLE_FUNCTION_WORDS = frozenset({"Using", "Via", "For", "With", "From", "Through", "By", "On",
                                   "In", "Towards", "Toward", "To", "Under", "Without"})
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


_SURVEY_SUBTITLE = re.compile(r"^(?:an? |the )?(?:[\w-]+ ){0,2}?(?:survey|review|overview|tutorial)\b",
                              re.IGNORECASE)


_HYPHENATED_CAPITALS = re.compile(r"[A-Z]\w*-[A-Z]")
# "We propose ...", "this paper describes ...": the paper introduces something of its own.
_PAPER_INTRODUCES = re.compile(r"\b(?:we|this paper|this work)\s+(?:\w+\s+)?(?:propose|introduce|"
                               r"present|describe|develop)", re.IGNORECASE)


def _coined_word(word: str) -> bool:
    """A title word that looks coined: name-shaped and not a generic term ('GPT-4', 'ViT'), or
    capitalised parts joined by a hyphen ('Forward-Backward')."""
    return (is_name_shaped(word) and word not in GENERIC) or bool(_HYPHENATED_CAPITALS.search(word))


def survey_title_name(title: str) -> str:
    """'Mamba-360: Survey of State Space Models ...' -> 'Mamba-360': the name of a survey."""
    parts = _TITLE_SPLIT.split(title, maxsplit=1)
    if len(parts) == 2 and _SURVEY_SUBTITLE.match(parts[1]):
        return parts[0].strip()
    return ""


_BRACKETED_ACRONYM_END = re.compile(r"\s*\(\s*([A-Za-z0-9][\w+-]*)\s*\)$")


def _bracketed_acronym(head: str) -> re.Match | None:
    """'Long Range Navigator (LRN)', 'Surface Edge Explorer (see)': an acronym closing a title's
    head (not a word in brackets: 'Correlations strike back (again)')."""
    match = _BRACKETED_ACRONYM_END.search(head) if " " in head else None
    if not match:
        return None
    short = match.group(1)
    initials = "".join(w[0] for w in head[:match.start()].split())
    coined = any(c.isupper() or c.isdigit() for c in short) and any(c.isalpha() for c in short)
    return match if coined or short.lower() == initials.lower() else None


_GENERIC_TITLE_NOUNS = GENERIC_HEAD_NOUNS | frozenset({"learning", "problem", "problems"})
_CLAIM_HEAD = re.compile(r"\s(?:=|≈|<|>|vs\.?|versus)\s|"
                         r"\s(?:[Mm]atters?|[Hh]elps?|(?:[Ii]s|[Aa]re) [Aa]ll [Yy]ou [Nn]eed)$")


def title_name(title: str, abstract: str) -> tuple[str, int] | None:
    """'UniFormerV2: Spatiotemporal ...' -> ('UniFormerV2', 0); generic heads give None."""
    parts = _TITLE_SPLIT.split(title, maxsplit=1)
    if len(parts) < 2:
        first, _, rest = title.partition(", ")
        if not rest or " " in first or not is_name_shaped(first):
            return None
        parts = [first, rest]  # "HuatuoGPT-II, One-stage Training for ..."
    head = _ARTICLE.sub("", parts[0].strip().rstrip("?!").strip("\"“”'"))
    # "Long Range Navigator (LRN): ...": the name, then its acronym, which is recorded beside it
    acronym = _bracketed_acronym(head)
    head = head[:acronym.start()] if acronym else head
    words = head.split()
    if _CLAIM_HEAD.search(head):
        return None  # "WiC = TSV = WSD: On the Equivalence ...", "CNNs vs. ViTs: ...",
        # "Ground-Truth Labels Matter: A Deeper Look ...": a claim
    if (not head or len(words) > 5 or _GENERIC_TITLE_HEAD.match(head)
            or _NOT_A_METHOD_SUBTITLE.match(parts[1]) or words[0].lower().endswith("ing")
            and len(words) > 1):
        return None
    if len(words) > 1 and any(w.islower() and len(w) <= 3 for w in words) and not re.search(
            r"\b(?:propos|present|introduc)\w*\s+" + re.escape(head) + r"\b", abstract):
        return None  # "Axe the X in XAI": a phrase, not a name ("presents Code as Policies" is)
    # ("Agent Q": a word and a letter name one thing; not "Part I", whose letter is a numeral)
    coined = bool(acronym) or any(_coined_word(w.strip("(),")) for w in words) or \
        len(words) >= 2 and bool(re.fullmatch(r"[A-HJ-UWYZ]", words[-1]))
    if not coined and _QUESTION.match(parts[1]):
        return None  # "Parameter Selection: Why We Should ...": an essay's topic, not a name
    in_abstract = head.lower() in abstract.lower()
    if not (coined or (in_abstract and all(w[:1].isupper() for w in words if len(w) > 3))
            or _unrepeated_title_name(words, abstract) or _named_by_subtitle(words, parts[1])):
        return None
    if not coined and words[-1].lower() in _GENERIC_TITLE_NOUNS:
        # "A Systematic Paradigm: ...", "Online Learning: ...", "Open Problem: ...": a
        # description, a field or a genre, not a name
        return None
    return head, title.index(head)


_PRONOUNS = frozenset({"Your", "My", "Our", "It", "Its", "Me", "You", "We", "Us", "Thy", "Them"})
def _unrepeated_title_name(words: list[str], abstract: str) -> bool:
    """'Moonshine: Distilling with ...', 'Relative Density Nets: ...': a head the abstract never
    repeats is still a name when it is one made-up word or ends in a model noun, in a paper that
    introduces something ('Fool's Gold: ...', 'Online Optimization: ...' are not)."""
    if len(words) == 1:
        ok = words[0].isalpha() and words[0][1:].islower() and words[0].lower() not in abstract.lower()
    else:
        ok = words[-1].lower() in _MODEL_TITLE_HEADS and all(w[:1].isupper() for w in words) \
            and not _PRONOUNS & set(words)  # "Secure Your Model: ...": a slogan
    return ok and bool(_PAPER_INTRODUCES.search(abstract))


def whole_title_name(title: str, abstract: str) -> tuple[str, int] | None:
    """'End-To-End Memory Networks', 'KL-Divergence Guided Temperature Sampling': a short,
    all-capitalised title with a coined compound, in a paper that introduces something, is the
    name of what it introduces."""
    words = title.split()
    if not 2 <= len(words) <= 6 or _TITLE_SPLIT.search(title) or \
            not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    if any(w in _TITLE_FUNCTION_WORDS for w in words[1:]):
        return None  # "Hair Capture Using Strand-Based Refinement": a clause, not a name
    coined = any(_coined_word(w) for w in words)
    if not coined or words[-1].lower() in GENERIC_HEAD_NOUNS | cues.TASK_NOUNS or \
            _GENERIC_TITLE_HEAD.match(title):
        return None
    if words[0].lower().endswith("ly") or words[0].lower() in ("a", "an"):
        return None  # "Privately Learning ...", "An Origami-Inspired Debris Collector": a description
    if not _PAPER_INTRODUCES.search(abstract):
        return None
    return title, 0


# ("Optimization", "Search" end descriptions as often as names: "Risk-Aware Submodular Optimization")
_METHOD_HEAD_WORDS = frozenset({"algorithm", "algorithms", "network", "networks", "machine",
                                "machines", "model", "models", "method", "filter", "transformer",
                                "transformers", "autoencoder", "autoencoders", "sampler", "planner",
                                "propagation"})


def title_lead_name(title: str, abstract: str) -> tuple[str, int] | None:
    """'Adaptive Forward-Backward Greedy Algorithm for Sparse Learning': a capitalised leading
    phrase with a coined compound, ending in a method noun, in a paper that introduces something,
    is the name of what it introduces."""
    if _TITLE_SPLIT.search(title):
        return None
    head = _TITLE_NP_END.split(title, maxsplit=1)[0].strip()
    words = head.split()
    if head == title or not 3 <= len(words) <= 5 or words[-1].lower() not in _METHOD_HEAD_WORDS or \
            not all(w[:1].isupper() for w in words) or _GENERIC_TITLE_HEAD.match(head) or \
            words[0].lower() in ("a", "an", "the") or words[0].lower().endswith("ly"):
        return None
    if not any(_coined_word(w) for w in words[:-1]) or not _PAPER_INTRODUCES.search(abstract):
        return None
    return head, 0


# Heads of a title that is one model's name ("Input Convex Neural Networks", "Deep Gaussian
# Processes", "Maximum Margin Clustering").
_MODEL_TITLE_HEADS = _METHOD_HEAD_WORDS | {"processes", "process", "critic", "forest", "forests",
                                           "estimator", "estimators", "filters", "samplers",
                                           "regression", "clustering", "nets"}


# "Geometry Score: A Method For Comparing GANs", "Factorizable Net: An Efficient Subgraph-based
# Framework for ...": a subtitle that says what kind of thing the head is
_KIND_SUBTITLE = re.compile(r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:[Mm]ethod|[Ff]ramework|"
                            r"[Aa]pproach|[Aa]lgorithm|[Mm]odel|[Mm]etric|[Mm]easure|[Tt]oolkit|"
                            r"[Ll]ibrary|[Ss]ystem|[Aa]rchitecture|[Nn]etwork|[Tt]echnique)s?\b")


# Nouns that end the name of a built thing (not a task: "Soft Robot Shape Estimation", nor a
# slogan: "Explore More Guidance", "Read Top News First")
_BUILT_THING_HEADS = _MODEL_TITLE_HEADS | {"net", "score", "measure", "metric", "distance",
                                           "index", "kernel", "embedding", "embeddings",
                                           "descriptor", "loss", "operator", "layer", "module",
                                           "encoder", "decoder"}


def _named_by_subtitle(words: list[str], subtitle: str) -> bool:
    """A head of capitalised words ending in a built thing's noun that the subtitle calls a
    method, framework, metric ... is that thing's name."""
    return bool(_KIND_SUBTITLE.match(subtitle.strip())) and len(words) <= 4 and \
        all(w[:1].isupper() for w in words) and words[-1].lower() in _BUILT_THING_HEADS


# Heads that name an architecture even at the start of a longer title ("Latent Support Measure
# Machines for ..."); "Models", "Algorithms" there are as often descriptions ("Efficient
# Algorithms for ...").
_MODEL_LEAD_HEADS = frozenset({"network", "networks", "nets", "machine", "machines", "transformer",
                               "transformers", "autoencoder", "autoencoders", "filters", "samplers",
                               "forest", "forests"})


def title_model_name(title: str, abstract: str) -> tuple[str, int] | None:
    """'The Relaxed Online Maximum Margin Algorithm', 'Rectified Factor Networks', 'Decoupled
    Invariant Attention Network for ...': a title, or a title's leading phrase of three words
    or more, that is a capitalised noun phrase ending in a model noun, in a paper that
    introduces something, names what it introduces (a coined word is not needed)."""
    if _TITLE_SPLIT.search(title):
        return None
    name = _ARTICLE.sub("", title) if title.startswith("The ") else title
    lead = _TITLE_NP_END.split(name, maxsplit=1)[0].strip()
    if lead != name:
        if len(lead.split()) < 3 or lead.split()[-1].lower() not in _MODEL_LEAD_HEADS or \
                lead.lower() in GENERIC_PHRASES:
            return None  # "Deep Neural Networks for ...": a known kind of model, not a name
        name = lead
    words = name.split()
    if not 2 <= len(words) <= 6 or words[-1].lower() not in _MODEL_TITLE_HEADS \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    first = words[0].lower()
    if first.endswith(("ing", "ly")) or first in ("a", "an", "toward", "towards") or \
            any(w in _TITLE_FUNCTION_WORDS for w in words[1:]) or _GENERIC_TITLE_HEAD.match(name):
        return None  # "Accelerating Gradient Boosting Machines": a clause, not a name
    if not _PAPER_INTRODUCES.search(abstract) and any(
            w.endswith("s") and not w.endswith("ss") for w in words[:-1]):
        # An older abstract rarely says "we propose" ("Meiosis Networks", "In the present
        # approach, ..."); the title alone names the model unless a word before the head may be
        # a verb ("Circuit Optimization Predicts Dynamic Networks": a finding)
        return None
    return name, title.index(name)


_NOVEL = re.compile(r"^(?:novel|new)\s+", re.IGNORECASE)
_KIND_NOUNS = frozenset({"algorithm", "method", "model", "approach", "baseline", "technique",
                         "framework", "scheme", "procedure", "bandit"})


@dataclass(frozen=True, slots=True)
class TitleLead:
    """The title's leading noun phrase, which the abstract introduces."""
    text: str
    start: int
    named: bool  # a name ('Meta-causal Learning'), not a description ('A robust control method')


def introduced_title_lead(title: str, abstract: str) -> TitleLead | None:
    """'Meta-causal Learning for X' + 'we propose a meta-causal learning method': the title's
    leading noun phrase, when the abstract introduces it. Named, it is what the paper proposes;
    described ('a wearable motion capture suit'), it is neither a name nor a task.""" 
    head = _TITLE_NP_END.split(_TITLE_SPLIT.split(title, maxsplit=1)[0], maxsplit=1)[0].strip()
    head = _ARTICLE.sub("", head)
    novel = _NOVEL.match(head)  # "A Novel Curved Gaussian Mixture Model", not "A Novel Control Law"
    head = head[novel.end():] if novel else head
    words = head.split()
    if not 2 + bool(novel) <= len(words) <= 6 or _GENERIC_TITLE_HEAD.match(head) or \
            words[0].lower().endswith("ing") or words[-1].lower() in cues.TASK_NOUNS:
        return None
    # "Graphical Normalizing Flows" + "we propose the graphical normalizing flow": either number
    stem = head[:-1] if re.search(r"[^s]s$", head) else head
    lowered = abstract.lower()
    if stem.lower() not in lowered:
        return None  # cheap test first: compiling the pattern costs more than the search
    pattern = re.compile(r"\b(?:propose|present|introduce|develop|design)\w*\s+(?:a |an |the )?"
                         r"(?:new |novel |simple )?" + re.escape(stem.lower()) + r"s?\b")
    found = pattern.search(lowered)
    if not found:
        return None
    if not found.group().endswith(head.lower()) and (
            STUDIED_AFTER.match(lowered, found.end()) or
            stem.split()[-1].lower() in _KIND_NOUNS and not any(_coined_word(w) for w in words)):
        # in the other number, a class of methods ("Approximation Algorithms for ..." + "an
        # approximation algorithm") or a problem ("Bilinear Bandits" + "the bilinear bandit
        # problem"), unless coined
        return None
    # "Balanced Mixture of Supernets for ..." + "we propose a balanced mixture of SuperNets":
    # the 'of' phrase the abstract repeats belongs to the name
    start = title.index(head)
    if title.startswith(" of ", start + len(head)):
        # the noun phrase after 'of', up to where the title's next one starts
        rest = _TITLE_SPLIT.split(title[start + len(head) + 4:], maxsplit=1)[0]
        obj = _TITLE_NP_END.split(rest, maxsplit=1)[0]
        extended = f"{head} of {obj}"
        if 1 <= len(obj.split()) <= 2 and len(words) + len(obj.split()) <= 5 and \
                all(w[:1].isupper() for w in obj.split()) and \
                abstract.lower().startswith(extended.lower()[len(head):], found.end()):
            head = extended
    return TitleLead(head, start, _named_phrase(head))


def _named_phrase(phrase: str) -> bool:
    """Capitalised words, and a coined one when the head noun is generic: 'Meta-causal Learning',
    not 'robust control method' nor 'Zero-Shot Framework'."""
    words = [w for w in phrase.split() if w != "of"]  # "Balanced Mixture of Supernets"
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return words[-1].lower() not in GENERIC_HEAD_NOUNS or any(
        _coined_word(w) and w.split("-")[0] not in cues.HYPHEN_PREFIXES for w in words)


# "This paper studies Stochastic Gradient Push (SGP)": the title's own name, defined, is what
# the paper is about, as much as one it says it proposes
_STUDIES = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:stud(?:y|ies)|analy[sz]es?|investigates?)\s+"
                      r"(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def title_defined_name(title: str, abstract: str, cands: list[Candidate],
                       lexicon: Lexicon) -> tuple[str, int] | None:
    """'Kernel Belief Propagation' + 'we propose ..., Kernel Belief Propagation (KBP)': the
    title's leading phrase, defined with an acronym in an abstract that introduces something,
    is the name of what it introduces."""
    lead = _TITLE_NP_END.split(_TITLE_SPLIT.split(title, maxsplit=1)[0], maxsplit=1)[0].strip()
    lead = _ARTICLE.sub("", lead)
    words = lead.split()
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            or _GENERIC_TITLE_HEAD.match(lead) or words[-1].lower() in cues.TASK_NOUNS:
        return None
    if lead.lower() not in abstract.lower():
        return None  # cheap test first
    key = fold(lead)
    for cand in cands:
        if cand.source == "acronym-long" and fold(cand.text) == key and \
                not is_known_method(cand.text, lexicon) and \
                not is_known_method(cand.partner, lexicon):
            clause = abstract[max(0, cand.start - 100):cand.start]
            clause = re.split(r"\.\s", clause)[-1]
            intro = cues.INTRODUCE_VERBS.search(clause) or _STUDIES.search(clause)
            between = clause[intro.end():] if intro else ""
            if intro and not re.search(r"\b(?:based on|built on|using|with|by|via|than|for)\b",
                                       between) and not re.search(
                    r"\b(?:to|of|on|in)\s+(?:the\s+|a\s+|an\s+)?$", between):
                # "an extension to Experience-driven Predictive Control (EPC)": the base, not it
                return lead, title.index(lead)
    return None


def title_opening_name(title: str, abstract: str, cands: list[Candidate],
                       lexicon: Lexicon) -> tuple[str, int] | None:
    """'Blorp Cell Lattices' + 'Blorp Cell Lattices (BCL) are a family of ...': an abstract that
    opens by defining the capitalised title with an acronym is about that thing, its name
    (older abstracts rarely say 'we propose')."""
    words = title.split()
    if not 2 <= len(words) <= 6 or _TITLE_SPLIT.search(title) or \
            not all(w[:1].isupper() or w[:1].isdigit() for w in words) or \
            any(w in _TITLE_FUNCTION_WORDS for w in words[1:]) or \
            words[-1].lower() in cues.TASK_NOUNS or _GENERIC_TITLE_HEAD.match(title):
        return None
    if not abstract.startswith(title + " ("):
        return None  # cheap test first
    for cand in cands:
        if cand.source == "acronym-long" and cand.start == 0 and cand.text == title and \
                not is_known_method(cand.text, lexicon) and \
                not is_known_method(cand.partner, lexicon):
            return title, 0
    return None


# A later sentence whose subject is a name: "Generalized-ICP allows ...", "We show that beta
# calibration is superior ...", "The Blorp Sampler can ..." (a verb in the third person).
_SUBJECT_VERB = r"(?:\s+(?:[a-z]+ly\s+)?(?:[a-z]+[^s\W]s|can|is|are|has|does)\b)"
_SUBJECT_LEAD = r"(?:^|[.;!?]\s+|\bthat\s+|,\s+)(?:[Tt]he\s+)?"
# ... and what a predicate says of a thing the paper does not build: it is a kind of something
# other than a method ("is a fundamental activity", "is a result of"), or a goal others reach.
_NOT_A_METHOD_PREDICATE = re.compile(r"(?<=\bis)\s+(?:an?|the)\s|(?<=\bare)\s+(?:an?|the)\s|"
                                     r"\s+be\s+(?:achieved|realized|realised|solved|accomplished|"
                                     r"addressed|attained)\b")
_LOWER_FUNCTION_WORD = re.compile(r"^(?:[a-z]{1,3}|with|from|into|over|under|versus|without)$")


def subject_title_name(title: str, abstract: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """'Generalized-ICP' + 'Generalized-ICP allows ...', 'Beta calibration: ...' + 'beta
    calibration is superior to ...': a short title, or the head before its colon, that the
    abstract takes up again as the subject of a sentence is what the paper is about, its name
    (an older abstract rarely says 'we propose'); a field or task the paper addresses is not
    one ('Novelty detection: ...' + 'Novelty detection is ...')."""
    parts = _TITLE_SPLIT.split(title, maxsplit=1)
    name = _ARTICLE.sub("", parts[0].strip())
    words = name.split()
    if not 1 <= len(words) <= 4 or len(parts) == 1 and len(title.split()) > 4 or \
            any(_LOWER_FUNCTION_WORD.match(w) for w in words) or _GENERIC_TITLE_HEAD.match(name):
        return None
    genre = _NOT_A_METHOD_SUBTITLE.match(parts[1]) if len(parts) == 2 else None
    if genre and not re.match(r"-|\s+[A-Z]", parts[1][genre.end():]) or len(parts) == 2 and (
            _SURVEY_SUBTITLE.match(parts[1]) or _QUESTION.match(parts[1])):
        # "Mamba-720: Survey of ...", "X: Why ...": a survey's or an essay's name (not
        # "FoveaNet: Perspective-Aware Scene Parsing", "PETR: Position Embedding ...")
        return None
    if len(words) == 1 and not _coined_word(name):
        return None  # "Hypernetworks", "Calibration": a word of the field, not a coined name
    if len(words) > 1 and (not words[0][:1].isupper() or words[0].lower().endswith(("ing", "ly"))
                           or words[-1].lower() in GENERIC_HEAD_NOUNS | cues.TASK_NOUNS |
                           {"learning", "problem", "problems", "optimization", "analysis"}):
        return None  # "Minimax Optimization: ...", "Salient Object Detection: ...": a field or task
    key = name.lower()
    if key not in abstract.lower():
        return None  # cheap test first
    if key in lexicon.tasks or key in GENERIC_PHRASES or cues.TASK_TAIL.search(name) or \
            is_known_method(name, lexicon) or known_variant(name, lexicon) or \
            defined_phrase(phrase_key(name), lexicon.method_phrases):
        return None
    if re.search(STUDIED_THING + r"\s+(?:called|named|termed|dubbed|known as)\s+" + re.escape(key),
                 abstract.lower()):
        return None  # "a phenomenon called feature collapse": what the paper studies
    subject = re.compile(_SUBJECT_LEAD + "(?i:" + re.escape(name) + r")" + _SUBJECT_VERB)
    match = subject.search(abstract)
    if not match or _NOT_A_METHOD_PREDICATE.match(abstract, match.end()) and not \
            METHOD_WORD.search(abstract, match.end(), match.end() + 40):
        return None  # "Model choice is a fundamental activity", "X can be achieved by ...": not a method
    return name, title.index(name)


# "... with Multi-Hypergraph Disentanglement", "... via Dense Mutual Attention": the phrase a
# title ends on after "with"/"via"/"using"/"through"/"by" is how the paper does it.
_TITLE_TAIL_SPLIT = re.compile(r"\s+(?:with|via|using|through|by)\s+", re.IGNORECASE)
_TAIL_INTRODUCED = re.compile(r"\b(?:we|this (?:paper|work|article))\s+(?:\w+\s+){0,2}?"
                              r"(?:propose|present|introduce|develop|design|devise)[sd]?\b"
                              r"(?P<between>(?:\s+[\w-]+){0,8}?)\s+$", re.IGNORECASE)
# What may stand between the verb and the phrase: praise, and a kind the phrase is named as
# ("a novel", "a simple yet effective", "a new technique called"). Anything else makes it part of
# something larger ("a framework for tracking with mutual occlusions", "temporal separated
# matrix factorization", "a robotic skin with multimodal tactile sensing modules").
_TAIL_BETWEEN = re.compile(
    r"(?:\s+(?:a|an|the|our|two|novel|new|simple|yet|effective|efficient|general|generic|unified|"
    r"original|lightweight|robust|and|crude|surprisingly|innovative|principled|flexible|"
    r"scalable|practical|highly|powerful|accurate|fast))*"
    r"(?:(?:\s+[\w-]+){0,2}\s+(?:method|approach|framework|technique|strategy|algorithm|model|"
    r"paradigm|module|mechanism|scheme|architecture|network|procedure|system)s?"
    r"\s+(?:called|named|termed|dubbed|namely))?"
    # "propose to enhance the method with X", "propose an alternative approach that utilizes a X"
    r"(?:\s+to\s+[a-z]+\s+(?:the|our|this|it)(?:\s+[a-z]+)?\s+(?:with|by|using|via|through)"
    r"(?:\s+(?:a|an|the))?|"
    r"(?:\s+[\w-]+)?\s+(?:method|approach|framework|technique|strategy|algorithm|model|system)"
    r"\s+(?:that|which)\s+(?:uses|utili[sz]es|employs|leverages|exploits|adopts)\s+(?:a|an|the))?",
    re.IGNORECASE)
_KIND_TAIL = re.compile(r"\s+(?:Method|Approach|Framework|Algorithm|Model)s?$")
_OWN_THING_TAIL = frozenset({"robot", "robots", "sensor", "sensors", "gripper", "grippers", "hand",
                             "hands", "skin", "structure", "structures", "device", "devices"})


def introduced_title_tail(title: str, abstract: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """'Hyper-Relational ... Learning with Multi-Hypergraph Disentanglement' + 'this paper
    proposes a multi-hypergraph disentanglement method': the capitalised phrase a title ends on
    after 'with'/'via'/'using', when the abstract introduces it, is what the paper coins. A known
    method or a field there is what it applies ('... Using a Genetic Algorithm', '... with
    Weak Supervision'), and a phrase inside a longer capitalised name is part of that name."""
    subtitle = _TITLE_SPLIT.split(title, maxsplit=1)[-1]
    parts = _TITLE_TAIL_SPLIT.split(subtitle)
    if len(parts) < 2:
        return None
    tail = _ARTICLE.sub("", parts[-1].strip().rstrip(".?!"))
    if " and " in tail and tail.lower() not in abstract.lower():
        tail = tail.rsplit(" and ", 1)[1]  # "... with LLMs and Entity-Oriented Search": the last one
    words = tail.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() for w in words) or \
            _GENERIC_TITLE_HEAD.match(tail) or words[-1].lower() in cues.TASK_NOUNS | _OWN_THING_TAIL \
            or words[0].lower() in ("novel", "new"):
        return None
    key = tail.lower()
    i = abstract.lower().find(key)
    if i < 0:
        return None  # cheap test first
    kind_word = _KIND_TAIL.search(tail)  # "Sequential Monte Carlo Method": a known method
    for name in (tail, tail[:kind_word.start()]) if kind_word else (tail,):
        if name.lower() in GENERIC_PHRASES or name.lower() in lexicon.tasks or \
                is_known_method(name, lexicon) or known_variant(name, lexicon) or \
                defined_phrase(phrase_key(name), lexicon.method_phrases) or \
                fold(name) in lexicon.methods_folded:
            return None
    # Only where the abstract first writes it: a phrase discussed before it is introduced is the
    # background the paper builds on ("Bayesian Quadrature is a model-based method ... We
    # propose a novel Bayesian Quadrature approach").
    stop = abstract.rfind(". ", 0, i)
    sentence_start = stop + 2 if stop >= 0 else 0
    intro = _TAIL_INTRODUCED.search(abstract, sentence_start, i)
    if not intro or not _TAIL_BETWEEN.fullmatch(intro.group("between")):
        return None
    before, after = abstract[max(sentence_start, i - 40):i], abstract[i + len(key):i + len(key) + 2]
    if re.search(r"[A-Z][\w-]*\s+(?:(?:with|via|for|of|and)\s+)?$", before) or \
            re.match(r"\s[A-Z]", after) or NAMED_AFTER.match(abstract, i + len(key)) or \
            cues.BASED_AFTER.match(abstract, i + len(key)):
        # "Personalized Sticker Retrieval with Vision-Language Model framework", "a new graphical
        # modelling approach called InstaX", "a quadratic programming (QP)-based controller": the
        # name is another
        return None
    return tail, title.rindex(tail)
