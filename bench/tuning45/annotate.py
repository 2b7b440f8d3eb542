#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning45/input.jsonl -> gold.jsonl.

Tuning set 45: 40 real corpus abstracts drawn by bench/tuning45/sample.py (seed 20261237),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning43/README.md (each printed from
that heading to the next top-level section), the format of ../tuning31/annotate.py (its first 80
lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 44 and 46-51 (annotated at the same
time) were not read at all. Titles and ids are copied from input.jsonl so they are exact;
everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set: its
gold may be read and rules developed against it (see README.md).

    python3 bench/tuning45/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("coling2025:2025.coling-main.480", dict(  # empirical study / systematic review: no proposed method; LLaMA2 is the studied model; LLMs generic; vocabulary expansion, continued pre-training and instruction fine-tuning are the studied steps of the process (generic techniques, put in tasks)
        methods_used=[E("LLaMA2")],
        tasks=["language adaptation of LLMs", "low-resource language processing",
               "vocabulary expansion", "continued pre-training"])),
    ("colm2025:qMUbhGUFUb", dict(  # SmolVLM (the model series) and its named smallest checkpoint SmolVLM-256M (tuning20's ScaleNet-P4 rule); the 2.2B model is unnamed; Idefics-80B is the compared model; VLMs generic; "GPU memory usage" recorded as a metric (tuning33 / 36's memory; uncertain); "300-times" larger outperformed model recorded as an efficiency comparison (tuning24's CERBERUS 2.7x / tuning27's 1590x; uncertain); "twice the GPU memory" and the 18-month gap have no numeral / are settings
        proposed=[E("SmolVLM"), E("SmolVLM-256M")],
        methods_used=[E("Idefics-80B")],
        metrics=["GPU memory usage"],
        tasks=["efficient vision-language models", "on-device multimodal inference",
               "video understanding"],
        results=[R("GPU memory during inference (SmolVLM-256M)", "less than 1GB"),
                 R("size ratio of the outperformed Idefics-80B model", "300-times")])),
    ("aaai2021:09101", dict(  # descriptive title, the DP algorithm is unnamed; the title's "Exponential Mechanism" is the named existing DP mechanism used (tuning3's Laplace mechanism); maximum coverage ("Max Cover") is the problem the k-means problem is reduced to (tasks); additive error is a theoretical guarantee quantity, not recorded as a metric (uncertain, it is also the practical criterion); the O(...) bound is not a result
        methods_used=[E("Exponential Mechanism")],
        tasks=["differentially private k-means clustering", "k-means clustering",
               "maximum coverage"])),
    ("eccv2022:eceaf7efe3", dict(  # the title's "Hard-Positive Query Mining" is recorded as proposed (the abstract: "we propose to enhance DETR's robustness by mining hard-positive queries"; title rule, like tuning9's "Dynamic Sensing"; uncertain); the alternate strategy is unnamed; DETR is the base detector (long form as name); HICO-DET, V-COCO and HOI-A are "three benchmarks"; no metric is named
        proposed=[E("Hard-Positive Query Mining")],
        methods_used=[E("Detection Transformer", "DETR")],
        benchmarks=[D("HICO-DET"), D("V-COCO"), D("HOI-A")],
        tasks=["human-object interaction detection", "hard-positive query mining",
               "high-level image understanding"])),
    ("cvpr2014:9a15161c35", dict(  # the title prefix "Beat the MTurkers" is a phrase, not a name; the approach is unnamed; the binary Markov random field is a model family (tuning8's Markov Network) and the 3D CAD models generic; MTurkers (Mechanical Turk workers) are not recorded (tuning31's platform rule); no data set is named (autonomous driving context only)
        metrics=["intersection-over-union"],
        tasks=["automatic image labeling", "object segmentation",
               "weakly supervised segmentation", "autonomous driving"],
        results=[R("intersection-over-union", "86%")])),
    ("iros2015:7353709", dict(  # the quasi-metric and the incremental state-space sampling technique are unnamed lower-case descriptions; RRT and PRM from "RRT-based and PRM-based algorithms" (tuning41's "SVRG-type" rule); "computing time" recorded (tuning12 / 21's computation time; uncertain); "up to two orders of magnitude" is a number in words, not recorded (tuning23)
        methods_used=[E("RRT"), E("PRM")],
        metrics=["computing time"],
        tasks=["kinodynamic motion planning", "sampling-based motion planning",
               "quadrotor motion planning"])),
    ("uai2019:7b02fc3e77", dict(  # descriptive title, the approach is unnamed; the RCI oracle and iid-based CI tests are generic concepts; no data named
        tasks=["relational causal discovery", "relational conditional independence testing",
               "causal structure learning"])),
    ("rss2009:73bf230c3a", dict(  # the sentence-case title "Adaptive relative bundle adjustment" recorded as proposed (abstract: "We derive a new relative bundle adjustment" with "an adaptive optimization strategy"; tuning14's sentence-case rule / tuning26's "Stochastic Bundle Adjustment"; uncertain), with the abstract's short form "relative bundle adjustment" as alias (tuning38's level-set sampler rule); plain bundle adjustment left out as generic (tuning15 / 22); the Cramer Rao Lower Bound is a concept; "23k frames over 1.08km" is the experiment's extent
        proposed=[E("Adaptive relative bundle adjustment", "relative bundle adjustment")],
        tasks=["simultaneous localization and mapping", "bundle adjustment", "loop closure"])),
    ("iclr2018:rJFOptp6Z", dict(  # descriptive title ("propose model distillation with knowledge transfer from face classification to alignment and verification", a description; uncertain); the initialization trick is unnamed; knowledge distillation generic; "CASIA-Webface" differs only in case from "CASIA-WebFace" and is not added
        datasets=[D("CelebA"), D("CASIA-WebFace"), D("MS-Celeb-1M")],
        tasks=["knowledge distillation", "face alignment", "face verification",
               "model compression"])),
    ("corl2023:vsEWu6mMUhB", dict(  # "a novel framework called Semantic Mechanical Search (SMS)": long form as name; CLIP (the compared CLIP-embedding / CLIP-based methods); LLMs / VLMs generic; the geometric-based planner is unnamed; metric unnamed ("mechanical search performance"), so descriptive metric texts (tuning9's MeRL rule), dataset ""; "available here" has no URL; search time only in the motivation
        proposed=[E("Semantic Mechanical Search", "SMS")],
        methods_used=[E("CLIP")],
        tasks=["mechanical search", "semantic scene understanding", "object navigation"],
        results=[R("mechanical search performance improvement in simulation", "24%"),
                 R("mechanical search performance improvement in physical experiments",
                   "47.1%")])),
    ("aistats2023:05a524450e", dict(  # the new uncertainty Bellman equation is lower case and unnamed; the prior "so-called uncertainty Bellman equation" is recorded as the existing base the paper replaces (tuning9's coordinate-descent rule; uncertain, it is an equation as much as a method); MDPs and deep RL architectures generic
        methods_used=[E("uncertainty Bellman equation")],
        tasks=["value uncertainty quantification", "model-based reinforcement learning",
               "exploration"])),
    ("acl2022:2022.acl-long.571", dict(  # ODE Transformer proposed; Transformer (extended) and the Runge-Kutta method (the numerical method the architecture is built as, "analogous to"; uncertain, tuning9's inspiration rule could leave it out); residual networks / Euler discretization are background only (uncertain); WMT'14 pairs split and copied with the curly apostrophe, in benchmarks ("benchmarks" in the text)
        proposed=[E("ODE Transformer")],
        methods_used=[E("Transformer"), E("Runge-Kutta method")],
        benchmarks=[D("WMT’14 English-German"), D("WMT’14 English-French")],
        metrics=["BLEU"],
        tasks=["sequence generation", "machine translation", "abstractive summarization",
               "grammar error correction"],
        results=[R("BLEU", "30.77", "WMT’14 English-German"),
                 R("BLEU", "44.11", "WMT’14 English-French")])),
    ("icra2005:1570820", dict(  # descriptive title, the motion coordination algorithms are unnamed; the extended Kalman filter is the used estimator (heldout5); the Cramer Rao Lower Bound is the analysed quantity, not a method
        methods_used=[E("extended Kalman filter")],
        tasks=["optimal sensor placement", "motion coordination", "target tracking",
               "mobile sensor networks"])),
    ("icml2019:4046", dict(  # descriptive title; the framework, unbiased risk estimator and non-negative correction / gradient ascent trick are unnamed; cross-validation generic; no data named
        tasks=["complementary-label learning", "unbiased risk estimation",
               "weakly supervised classification"])),
    ("emnlp2022:2022.findings-emnlp.127", dict(  # the title's "Knowledge Injected Prompt Based Fine-tuning" recorded as proposed (the abstract's "knowledge-enhanced longformer" is a lower-case description; title rule; uncertain); "longformer" copied lower case as written (the base model, named separately, tuning13's PPO rule); prompt-based fine-tuning and contrastive learning generic; MIMIC-III-full ("a benchmark dataset", tuning1's rule) and MIMIC-III-rare50 (introduced: "we created a new ... dataset"); "marco F1" copied with the text's typo (tuning28's "Fmeasure"); the 10.3 / 17.1 / 17.2 starting points are baselines; "P<0.001" not recorded
        proposed=[E("Knowledge Injected Prompt Based Fine-tuning")],
        methods_used=[E("longformer")],
        datasets=[D("MIMIC-III-full"), D("MIMIC-III-rare50", introduced=True)],
        metrics=["marco F1", "micro F1"],
        tasks=["automatic ICD coding", "multi-label few-shot classification",
               "long-tail classification", "medical knowledge injection"],
        results=[R("marco F1 improvement over previous state-of-the-art", "14.5%",
                   "MIMIC-III-full"),
                 R("marco F1", "11.8", "MIMIC-III-full"),
                 R("marco F1", "30.4", "MIMIC-III-rare50"),
                 R("micro F1", "32.6", "MIMIC-III-rare50")])),
    ("colt2020:3c8f37733d", dict(  # theory paper; the algorithm and surrogate loss are unnamed; SGD is the named solver used (tuning11); Massart noise is the problem (tasks; tuning18 left Massart noise out of methods); the PAC model and log-concave distributions are concepts
        methods_used=[E("SGD")],
        tasks=["learning halfspaces with Massart noise", "distribution-specific PAC learning",
               "robust linear classification"])),
    ("nips2015:5584", dict(  # CombCascade proposed ("a UCB-like algorithm ..., CombCascade"); "combinatorial cascading bandits" is the proposed problem class (tasks, tuning8's k-experts rule); UCB from "UCB-like" (tuning25's UCB; uncertain); stochastic combinatorial semi-bandits are prior problem work; n-step regret bounds are theory
        proposed=[E("CombCascade")],
        methods_used=[E("UCB")],
        tasks=["combinatorial cascading bandits", "partial monitoring", "network routing"])),
    ("acml2017:a8ad76e6da", dict(  # the new method and optimisation algorithm are unnamed; "linear vector autoregressive model (VAR)": the covered words are the name (tuning17's SSA / tuning20's EM rule) with VAR and the written "vector autoregressive model" as aliases; Granger causality is the inferred structure (tasks); the sparse VAR methods are unnamed
        methods_used=[E("vector autoregressive", "VAR", "vector autoregressive model")],
        tasks=["multivariate time series forecasting", "leading indicator discovery",
               "Granger causality graph learning", "multi-task learning"])),
    ("ijcai2023:paper336", dict(  # descriptive title; the HRL-based method is unnamed in the text ("hipt" appears only in the repo URL, tuning2's MHD rule); HRL, DRL and the population-based training approach are generic paradigms (tasks); Overcooked (the game environment) recorded as a dataset (tuning10's environment rule; uncertain); repo trailing period dropped
        datasets=[D("Overcooked")],
        tasks=["human-AI collaboration", "hierarchical reinforcement learning",
               "population-based training", "adaptation to novel partners"],
        repos=["https://gitlab.com/marvl-hipt/hipt"])),
    ("naacl2024:2024.naacl-short.67", dict(  # "We create MuLan, a benchmark": an introduced benchmark, not proposed; the six LLMs are unnamed
        benchmarks=[D("MuLan", introduced=True)],
        tasks=["fact mutability in language models", "time-contingent knowledge",
               "knowledge updating in LLMs"])),
    ("iccv2015:6b16a448f9", dict(  # descriptive title; the proposals and selection strategy are unnamed; tracking-by-detection is a class of approaches (tasks, tuning13); "visual object tracking 2014 challenge" (a challenge) and "online tracking benchmark" (from "online tracking benchmark datasets") copied lower case as written, both benchmarks (uncertain: written as descriptions, and the second could be a dataset by tuning1's rule; the scorer pools them); detection / edgeness scores are cues, not metrics
        benchmarks=[D("visual object tracking 2014 challenge"), D("online tracking benchmark")],
        tasks=["online object tracking", "proposal selection", "tracking-by-detection"])),
    ("3dv2025:LuufG3EA6l", dict(  # descriptive title; the feature grid interpolation mechanism and object library are lower-case descriptions; neural implicit representations generic; Replica ("dataset" trimmed) and ScanNet; "reconstruction accuracy and completeness" split in two (tuning22)
        datasets=[D("Replica"), D("ScanNet")],
        metrics=["reconstruction accuracy", "completeness"],
        tasks=["online 3D scene reconstruction", "object-level reconstruction",
               "shape completion"])),
    ("wacv2023:b76b64c0ff", dict(  # the title's "Two-Level Data Augmentation" recorded as proposed (the abstract's lower-case "two-level augmentation pipeline"; tuning14's "Template-Order Data Augmentation"; uncertain); the multi-view detection model is unnamed; WILDTRACK and MultiviewX are datasets
        proposed=[E("Two-Level Data Augmentation")],
        datasets=[D("WILDTRACK"), D("MultiviewX")],
        tasks=["multi-view multi-person detection", "multi-view data augmentation",
               "calibrated multi-view detection"])),
    ("www2025:cGWO8WYpdU", dict(  # EdgeThemis proposed; the sentinel backdoor, verification module and sentinel verification are lower-case descriptions; LaTeX "\%" written "%"
        proposed=[E("EdgeThemis")],
        metrics=["verification accuracy"],
        tasks=["model integrity verification", "edge intelligence", "model corruption detection"],
        results=[R("verification accuracy", "100.00%")])),
    ("coling2025:2025.coling-main.101", dict(  # "partial order-centered hyperbolic representation learning (PO-HRL) framework": lower-case long form with coined acronym is the name (tuning9's ACF rule), the title's capitalised form differs only in case; hyperbolic supervised contrastive learning / Lorentzian cosine similarity / entailment cone are descriptions and measures; prototype networks generic; the three benchmark datasets are unnamed
        proposed=[E("partial order-centered hyperbolic representation learning", "PO-HRL")],
        tasks=["few-shot relation extraction", "hyperbolic representation learning",
               "relation prototype learning"])),
    ("colm2025:T2TZ0RY4Zk", dict(  # LIMO (the model) proposed, plus the "Less-Is-More Reasoning Hypothesis (LIMO Hypothesis)" (tuning29's "delta learning hypothesis"; uncertain); the subtitle does not spell LIMO; SFT generic; AIME24 / MATH500 are benchmarks (GUIDELINES); the prior 6.5% / 59.2% are baselines; "1% of the training data" and "100x more data" are settings of the comparison, not recorded (uncertain)
        proposed=[E("LIMO"), E("Less-Is-More Reasoning Hypothesis", "LIMO Hypothesis")],
        benchmarks=[D("AIME24"), D("MATH500")],
        metrics=["accuracy"],
        tasks=["mathematical reasoning", "LLM reasoning", "data-efficient fine-tuning",
               "out-of-distribution generalization"],
        results=[R("accuracy", "63.3%", "AIME24"), R("accuracy", "95.6%", "MATH500"),
                 R("absolute improvement across diverse benchmarks", "45.8%")])),
    ("aaai2021:13815", dict(  # the framework and attention-based model are unnamed (title with article, descriptive); named sub-components (heldout6's KBP rule): "smooth self-attention (SSA) module" and "high-resolution selective mapping (HRSMap) method", covered words as names (tuning17's SSA rule); "aspect-based autoencoder" is the criticised prior model (lower case but specific, heldout5's rule; uncertain); knowledge distillation generic; review datasets unnamed
        proposed=[E("smooth self-attention", "SSA"),
                  E("high-resolution selective mapping", "HRSMap")],
        methods_used=[E("aspect-based autoencoder")],
        tasks=["unsupervised aspect detection", "self-supervised contrastive learning",
               "aspect interpretation"])),
    ("eccv2022:2bedcf19d3", dict(  # CODER: the title's long form as name (CLAW rule) with CODER and the abstract's misspelled "Constrastive" form as aliases (tuning22's ARPT typo rule); its "diversity-sensitive contrastive learning (DCL) architecture" a named sub-component (ACF rule); contrastive learning, dynamic dictionaries and the commonsense knowledge graph generic; MSCOCO and "Flicker30K" (as written) are "two popular benchmarks"
        proposed=[E("Coupled Diversity-Sensitive Momentum Contrastive Learning", "CODER",
                    "Coupled Diversity-Sensitive Momentum Constrastive Learning"),
                  E("diversity-sensitive contrastive learning", "DCL")],
        benchmarks=[D("MSCOCO"), D("Flicker30K")],
        tasks=["image-text retrieval", "cross-modal representation learning"])),
    ("cvpr2013:fcbe24d861", dict(  # the title's "Generalized Laplacian Distance" recorded as proposed (article dropped; a distance for matching, not an evaluation metric, tuning16's similarity-metric rule); the Laplacian distance ("we explore") recorded as the base it generalises (uncertain, it may be the paper's own); Matching by Tone Mapping (MTM) shown a special case; the graph Laplacian is a concept; spectral clustering / embedding only "such as" uses
        proposed=[E("Generalized Laplacian Distance")],
        methods_used=[E("Laplacian distance"), E("Matching by Tone Mapping", "MTM")],
        tasks=["visual matching", "template matching", "visual search"])),
    ("iros2012:6386079", dict(  # "a new backdrivable torsion spring actuator (BTSA)": lower-case long form with coined acronym is the name (tuning9's ACF rule); the hybrid control is unnamed; EMG biofeedback control and zero impedance control generic control modes (heldout5 / tuning15's impedance control); the serial elastic actuator is a device class
        proposed=[E("backdrivable torsion spring actuator", "BTSA")],
        tasks=["knee orthosis design", "rehabilitation training", "walking assistance",
               "physical human-robot interaction"])),
    ("uai2019:f80b51fd3b", dict(  # descriptive title, the random-scalarization strategy is unnamed; Bayesian optimization is the framework used (tuning9 / 10 / 14); regret left out as a theoretical quantity (uncertain, it is also the empirical criterion); data unnamed
        methods_used=[E("Bayesian optimization")],
        tasks=["multi-objective Bayesian optimization", "multi-objective optimization",
               "Pareto front exploration"])),
    ("rss2021:18f2b77fb7", dict(  # "We propose NeRP (Neural Rearrangement Planning)": the short name leads (tuning12's TEGLO / ORFA rule); the baselines are unnamed; "planning time" recorded (no number, tuning30's runtime call; uncertain)
        proposed=[E("NeRP", "Neural Rearrangement Planning")],
        metrics=["planning time"],
        tasks=["object rearrangement planning", "robotic manipulation", "sim-to-real transfer"])),
    ("iclr2017:BydARw9ex", dict(  # analysis paper; the two novel RNN architectures are unnamed; LSTM and GRU named (RNNs / vanilla RNNs generic, tuning11); "approximately 5 bits per parameter" recorded as an analysis outcome (tuning18's "about 82%"; uncertain); "one real number ... per hidden unit" has no numeral
        methods_used=[E("LSTM"), E("GRU")],
        tasks=["RNN capacity", "RNN trainability", "recurrent architecture comparison"],
        results=[R("task information stored per parameter", "approximately 5 bits")])),
    ("corl2022:sK2aWU7X9b8", dict(  # "interactive reward functions" (IRFs), quoted, lower-case long form with coined acronym (tuning9's ACF rule); RL generic; door locking / block stacking / screw tightening are evaluation tasks, not named data; no number
        proposed=[E("interactive reward functions", "IRFs")],
        tasks=["robotic skill evaluation", "reward learning from examples",
               "robot policy learning"])),
    ("aistats2020:772f1d1e26", dict(  # DAve-QN (title only): the title's "Distributed Averaged Quasi-Newton Method" spells it and is the name (dev's CLAW rule), DAve-QN the alias; quasi-Newton methods generic; the master/worker model is the setting; O(p) is theory
        proposed=[E("Distributed Averaged Quasi-Newton Method", "DAve-QN")],
        tasks=["distributed optimization", "asynchronous optimization",
               "empirical risk minimization"])),
    ("acl2022:2022.findings-acl.144", dict(  # "Bi-Syntax aware Graph Attention Network (BiSyn-GAT+)": the abstract's long form is the name, the title's "Aware" differs only in case; the "called" intra-context / inter-context are modelled notions, not methods (uncertain); GNNs, dependency / constituent trees generic; the four benchmark datasets are unnamed
        proposed=[E("Bi-Syntax aware Graph Attention Network", "BiSyn-GAT+")],
        tasks=["aspect-based sentiment analysis", "aspect sentiment polarity inference",
               "syntax-aware sentiment modeling"])),
    ("icra2021:9560966", dict(  # design paper, nothing named: the adjustable unsupported-length cantilever leaf spring is an existing concept, the beam deflection model a lower-case description, the ideal cantilever support model a generic model; variable stiffness actuators a device class
        tasks=["variable stiffness actuation", "impedance modulation",
               "physical human-robot interaction", "rehabilitation robotics"])),
    ("icml2019:3672", dict(  # theory paper; the two algorithms are unnamed; kernel Perceptron is the base ("based on kernel Perceptron", tuning17's Perceptron); Klivans & Servedio (2008) named only by authors; mistake bounds are theory
        methods_used=[E("kernel Perceptron")],
        tasks=["bandit multiclass linear classification", "online learning with bandit feedback",
               "linearly separable classification"])),
    ("emnlp2022:2022.findings-emnlp.172", dict(  # "non-autoregressive language model (NALM)": lower-case long form with coined acronym (tuning9's ACF rule); transformer (its base, lower case as written) and Viterbi decoding; PTB ("dataset" trimmed); the 2-27 BLEU sentence names no data set (tuning3's FLIQS rule)
        proposed=[E("non-autoregressive language model", "NALM")],
        methods_used=[E("transformer"), E("Viterbi decoding")],
        datasets=[D("PTB")],
        metrics=["BLEU"],
        tasks=["non-autoregressive machine translation", "word reordering", "word alignment"],
        results=[R("BLEU improvement over state-of-the-art reordering mechanisms", "2-27")])),
    ("colt2023:80c4bea234", dict(  # theory paper; the decentralized algorithm is unnamed; CCE and stochastic games are the studied concepts (tasks); PPAD-hardness and complexity bounds are not results
        tasks=["Markov coarse correlated equilibria", "general-sum stochastic games",
               "multi-agent reinforcement learning", "equilibrium computation complexity"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
