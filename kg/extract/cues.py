"""Context words around a name that say what it is. Plain word lists, general English/ML usage."""

from __future__ import annotations

import re

DATA_HEADS = {"dataset", "datasets", "data set", "data sets", "corpus", "corpora", "benchmark",
              "benchmarks", "suite", "challenge", "leaderboard", "testbed", "collection",
              "database", "split", "splits", "set", "sets", "data-set", "data-sets"}
BENCHMARK_HEADS = {"benchmark", "benchmarks", "suite", "challenge", "leaderboard", "testbed", "arena"}
METHOD_HEADS = {"model", "models", "architecture", "architectures", "backbone", "backbones",
                "network", "networks", "encoder", "encoders", "decoder", "algorithm", "algorithms",
                "optimizer", "method", "methods", "baseline", "baselines", "variant", "variants",
                "family", "series", "llm", "llms", "agent", "agents", "policy", "detector",
                "tokenizer", "embeddings", "checkpoint", "checkpoints", "layer", "layers",
                "module", "block", "blocks", "loss", "library", "toolkit", "framework",
                "mechanism", "classifier", "teacher", "student", "generator", "implementation",
                "implementations", "kernel", "kernels", "paradigm", "prompting", "decoding",
                "sampling", "routing", "gates", "gate", "search",
                # "apply the HNSW technique", "the EM procedure"
                "technique", "techniques", "procedure", "heuristic",
                # software a paper runs: "the VirtualHome simulator", "SolidWorks software"
                "simulator", "simulators", "software", "softwares", "toolbox", "toolboxes",
                "middleware", "package", "packages", "solver", "solvers", "renderer",
                # estimators and controllers a paper runs: "the GM-PHD filter", "the RRT* planner"
                "filter", "filters", "estimator", "planner", "sampler"}
# A count of things: "two", "12", "several" (datasets, benchmarks, settings)
COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|various)"
# The words that set a name against the paper's method: "outperforms", "than", "compared with".
COMPARISON = (r"compared (?:to|with)|compar\w+ (?:(?:our|the|its|their|this|these|them|it|both|"
              r"proposed|approach|method|model|algorithm|system)\s+){0,3}(?:to|with|against)|"
              r"outperform\w*|outrank\w*|surpass\w*|than|versus|vs\.?|beat\w*|rival\w*|"
              r"(?:superior|inferior) to")
METHOD_BEFORE_STRONG = re.compile(
    r"(?:fine-?tun\w*|finetun\w*|based on|buil(?:t|ds?|ding) (?:up)?on(?: top of)?|" + COMPARISON + "|"
    # "we compare our LLM-based approach with": what is compared runs to the preposition
    r"\bcompare[sd]? (?:our|the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:with|against)|"
    r"distill\w*|initiali[sz]ed (?:from|with)|variants? of|"
    # "an extension to SyCLoP", "a generalization of Foo": what the paper builds from
    r"extensions? (?:of|to)|generali[sz]ations? of|modifications? of|adaptations? of|"
    r"backbones? (?:of|such as)|(?:architecture|implementation)s? of|"
    r"(?:Google|Microsoft|Facebook|Meta|OpenAI|NVIDIA|Nvidia|DeepMind|Amazon|IBM|Apple|Baidu|"
    r"Alibaba|Tencent|Anthropic|Intel)['’]s)\s+(?:(?:the|a|an|both|state-of-the-art|strong|popular|"
    r"existing)\s+){0,2}"  # "than the state-of-the-art X"
    # "outperforms the baseline method Scan2Cap": the rival named after its role
    r"(?:baselines?\s+(?:(?:method|model|approach|system|algorithm)s?\s+)?)?$",
    re.IGNORECASE,
)
METHOD_BEFORE = re.compile(
    r"(?:such as|including|includes?|namely,?|like|using|(?:trained|generated|produced|optimi[sz]ed|"
    r"solved|computed|implemented|powered|driven|guided|annotated|labell?ed|inspired) by|uses?|employ\w*|leverag\w*|adopt\w*|extend\w*|with|"
    r"mak(?:e|es|ing) use of|rel(?:y|ies|ying) (?:up)?on|"
    r"via|over|against|replac\w+|prompt\w*|e\.g\.,?|i\.e\.,?)\s+(?:the\s+|a\s+|an\s+|both\s+)?(?:state-of-the-art\s+)?$",
    re.IGNORECASE,
)
DATA_BEFORE = re.compile(
    r"(?:\b(?:on|across|over|from|in)\s+(?:the\s+)?(?:(?:both|either|popular|standard|public|challenging|"
    r"widely[- ]used|large-scale|real-world|several|multiple|three|four|five|two|six|"
    r"various|diverse|benchmark|benchmarks|datasets?)\s+)*(?:(?:including|such as|like|namely|"
    r"e\.g\.,?|i\.e\.,?)\s+)?"
    r"|\b(?:datasets?|databases?|benchmarks?|corpora|tasks?)\s*(?:,\s*|\(\s*)?(?:such as|including|like|namely|"
    r"e\.g\.,?|:)\s*"
    r"|\b(?:datasets?|benchmarks?)\s+of\s+(?:the\s+)?)$",  # "the detection benchmark of Foo and Bar"
    re.IGNORECASE,
)
# "We propose X", "we have developed X" (the past tense is usual in robotics and older abstracts).
INTRODUCE_VERBS = re.compile(
    r"\b(?:we|this (?:paper|work)|our work)\s+(?:\w+\s+){0,2}?(?:propose|present|introduce|"
    r"develop|design|build|construct|create|release|curate|collect|contribute|establish|"
    r"devise|offer|provide|describe|formulate|put forward)(?:s|d|ed)?\b"
    # "we propose and analyze IMLinUCB": what follows is the object of both
    r"(?:\s+and\s+(?:analy[sz]e|study|evaluate|implement|validate|test)[sd]?\b)?|"
    r"\bwe\s+(?:\w+\s+)?built\b|"
    r"\b(?:then|and|also|further|additionally)\s+(?:propose|develop|introduce|design|devise)s?\b|"
    r"\b(?:is|are)\s+(?:proposed|introduced|presented|released)\b",
    re.IGNORECASE,
)
# Any form of a verb that introduces something, wherever it stands: "proposes", "presented",
# "introducing", "built".
INTRODUCING_WORD = re.compile(
    r"\b(?:propos|present|introduc|describ|develop|design|devis|buil[dt])\w*", re.IGNORECASE)
# "a novel conditional independence (CI) based method", "a quadratic programming (QP)-based
# controller", "our NIR-assisted approach": what the new thing is based on, not the thing (but
# "X based on Y" is X)
BASED_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*-?\s*based\b(?!\s+(?:on|upon)\b)|"
                         r"-(?:assisted|driven|guided|powered|generated)\b)")
NAMING = re.compile(r"\b(?:called|named|dubbed|termed|coined|denoted(?: as)?|referred to as|"
                    r"which we call|we call|we name|we term|we dub)\s*:?\s*$", re.IGNORECASE)
DATA_INTRO_HEADS = re.compile(
    r"\b(?:dataset|data set|(?:test|training|evaluation|validation|challenge) set|benchmark|corpus|"
    r"suite|collection|testbed|leaderboard|arena|database)s?\b|\bcorpora\b",
    re.IGNORECASE)

# "the Vehicle Routing Problem (VRP)", "infrared and visible image fusion (IVIF)": an acronym
# for a problem or task is not a method, whatever head noun follows it.
TASK_TAIL = re.compile(r"\b(?:problem|problems|task|tasks|fusion|detection|recognition|segmentation|"
                       r"classification|estimation|tracking|prediction|localization|localisation|"
                       r"reconstruction|captioning|translation|summarization|retrieval|logic|"
                       # "Multi-modal Entity Linking (MEL) methods", "VLN agents": still the task
                       r"linking|navigation|answering|forecasting|recommendation)$",
                       re.IGNORECASE)

# Head nouns of task phrases ("pose estimation", "question answering"): a title or benchmark
# phrase ending in one names a problem, not a method or a named benchmark.
TASK_NOUNS = frozenset({"estimation", "extraction", "detection", "recognition", "segmentation",
                        "classification", "retrieval", "tracking", "prediction", "localization",
                        "reconstruction", "captioning", "translation",
                        "summarization", "identification", "computation", "synthesis",
                        "navigation", "manipulation", "understanding", "recommendation",
                        "answering", "parsing", "forecasting", "registration", "inpainting",
                        "deblurring", "denoising"})

# Language names: "English-French", "GLUE English" qualify a data set, they do not name one.
LANGUAGES = frozenset("""English French German Chinese Japanese Spanish Russian Romanian Turkish
Arabic Hindi Korean Italian Portuguese Czech Dutch Vietnamese Finnish Estonian Latvian Lithuanian
Kazakh Gujarati Nepali Sinhala Khmer Pashto Polish Greek Hebrew Persian Swedish Danish Urdu Bengali
Tamil Thai Indonesian Malay Swahili Ukrainian Hungarian Norwegian Catalan Basque Irish Welsh
En De Fr Ro Zh Ja Ru Es Cs Tr Fi Et Lv Lt Kk Gu Ne Si Km Ps It Pt""".split())
_PAIR = re.compile(r"([A-Z][a-z]+|[A-Z]{2})\s?(?:-|–|2|→|⇔|↔|-to-)\s?"
                   r"([A-Z][a-z]+|[A-Z]{2})")


# "metrics such as A, B", "metrics (e.g. A, B)": what follows are measures
MEASURE_LIST_OPENER = r"(?:metrics?|measures?),?\s*\(?(?:such as|including|like|e\.g\.,?)"
# Plural kinds of method whose members a list names
METHOD_KINDS = (r"classifiers|methods|algorithms|models|baselines|techniques|approaches|learners|"
                r"optimi[sz]ers|architectures|backbones|networks|encoders|solvers|planners|"
                r"detectors|trackers|estimators|LLMs")
# "classifiers including Naive Bayes", "models like SlowFast, X3D, and TimeSformer": what follows
# are methods, whatever else a member's name may be
KIND_LIST_OPENER = (r"\b(?:" + METHOD_KINDS + r")\s*,?\s*\(?"
                    r"(?:such as|including|like|e\.g\.,?|namely)\s+")
# "12.43 (Acc)", "3.95 (Pass@1)": a measure's name in brackets right after its number
BRACKETED_MEASURE = r"\s*\([A-Za-z][^()]{0,14}\)"


def language_pair(words: str) -> bool:
    """'En-De', 'English-German', 'EN-DE', 'En⇔Ro', 'English-to-German': the translation
    direction of an MT set."""
    pair = _PAIR.fullmatch(words)
    return bool(pair) and all(w.capitalize() in LANGUAGES for w in pair.groups())


# First parts of hyphenated words that describe rather than name ("Multi-Domain", "Zero-Shot",
# "Real-Time"): a capitalised compound starting with one is not coined.
HYPHEN_PREFIXES = frozenset("""Multi Few Self Cross Non Semi Pre Post In Out Super Large Small Real
Zero One Two Three Long Short High Low Fine Coarse Single Day Image Text Video Audio Question Human
Open Closed Full Half Top Bottom Wi End Under Over Re Co Anti Auto Meta Mid Ultra""".split())

# "on the ANYmal quadruped platform", "in the kHz range": a content noun after the name is the
# thing it qualifies; a data set name ends its phrase ("on X and Y", "on X, ...", "on X using").
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|with|using|to|for|on|in|by|as|at|of|from|via|than|while|"
                        r"where|which|that|under|show|shows|demonstrate|demonstrates|have|has|is|"
                        r"are|was|were|also|respectively|benchmark|benchmarks|dataset|datasets|task|tasks|"
                        r"split|splits|setting|settings)\b)"
                        r"[a-z][a-z-]+\b")


def list_gap(*, either: bool = False, slash: bool = False, article: bool = False) -> re.Pattern:
    """The gap between two members of a coordinated list: ", ", ", and ", " and "; with
    ``either`` also ", or " and " or ", with ``slash`` "A/B", with ``article`` a "the" after it.
    One builder, so the lists of measures, numbers and data sets agree on what joins them."""
    comma = r",\s*(?:and\s+|or\s+)?" if either else r",\s*(?:and\s+)?"
    words = r"\s+and\s+|\s+or\s+" if either else r"\s+and\s+"
    return re.compile(r"\s*(?:" + comma + "|" + words + (r"|\s*/\s*" if slash else "") + ")"
                      + (r"(?:the\s+)?" if article else ""))

# A name in the possessive owns what follows ("DLR's robotic wheelchair", "MIT's campus").
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# A citation right after a name: someone else's work ("X [12]", "X (2019)", "X et al."), or the
# rest of the reference a name is inside ("[Pearl, 1995]", "(Bareinboim and Pearl, 2012)").
CITATION_AFTER = re.compile(r"\s*(?:\[\d|\(\d{4}\)|et al\b|and [A-Z][a-z]+ (?:\[\d|\(\d{4}\))|"
                            r"(?:(?:and|&) [A-Z][\w'-]+)?,\s*(?:19|20)\d\d[a-z]?\s*[\])])")


# Endings of adjectives, which describe a kind rather than name one: "a new model, Bayesian,
# ...", "A Randomized Algorithm for ...".
ADJECTIVE_ENDS = ("ian", "ic", "al", "ive", "ous")
