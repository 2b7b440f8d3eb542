#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning18/input.jsonl -> gold.jsonl.

Tuning set 18: 40 real corpus abstracts drawn by bench/tuning18/sample.py (seed 20261210),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md and ../tuning17/README.md,
the format of ../tuning17/annotate.py (its first 80 lines: the header, 12 entries and the start
of a 13th; and its last five lines) and ../heldout_annotation.py, the structure of
../tuning17/README.md, and the draw code (../heldout_sampling.py and sample.py); the draw's skip
list was matched against the earlier sets' input.jsonl ids and titles by a script (no
annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; set 19 (annotated at the same time) was not
read. Titles and ids are copied from input.jsonl so they are exact; everything else is typed by
hand. Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules
developed against it (see README.md).

    python3 bench/tuning18/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acml2024:80de78ac95", dict(  # "a framework called PCFGR (...)": PCFGR leads (tuning12's TEGLO rule), long form alias; PCFGR$\backslash$D rendered "PCFGR\D"; GNNs generic; Local Differential Privacy (LDP) left out (tuning11's DP-variants rule; uncertain, here a tool applied); forward correction loss lower-case; utility / fairness not metrics
        proposed=[E("PCFGR", "Partially observed sensitive Attributes in Counterfactual Fair Graph Representation Learning"),
                  E("PCFGR\\D")],
        tasks=["counterfactual fairness on graphs", "fair graph representation learning",
               "sensitive attribute privacy protection"])),
    ("rss2024:70c26d257f", dict(  # HOUND; the title's "High-speed Off-road Underactuated Nonholonomic Driving" spells HOUND letter for letter, so an alias (heldout6's rule); BeamNG a named simulator used (tuning8's Blender / tuning9's Unity3D); rollover prevention system unnamed; "over 50 kilometers" of trials an experiment's extent (tuning13), 1/10th-scale a setting
        proposed=[E("HOUND", "High-speed Off-road Underactuated Nonholonomic Driving")],
        methods_used=[E("BeamNG")],
        tasks=["off-road autonomous driving", "high-speed off-road driving",
               "low-cost robotics research platform", "rollover prevention"])),
    ("nips2009:e9446d12af", dict(  # theory + method; descriptive title; the "variant of the popular error correcting output code scheme" unnamed, ECC itself generic (tuning9); compressed sensing the applied field, put in tasks (tuning15); regret transform bounds theoretical
        tasks=["multi-label prediction", "compressed sensing", "multi-label to binary regression reduction"])),
    ("cvpr2018:99ae3db5de", dict(  # descriptive title; speckle formation / motion model and clustering algorithm unnamed; "< 10 microns" precision recorded as an outcome (like tuning1's "33ms"; uncertain), "precision" not a named metric
        tasks=["non-line-of-sight tracking", "speckle imaging", "multiple object tracking"],
        results=[R("tracking precision", "< 10 microns")])),
    ("aistats2020:54a1d57872", dict(  # descriptive title; policy gradients (PG) / Gaussian policies / safe PG generic (tuning7 left policy gradients out); surrogate objective unnamed; continuous control tasks unnamed
        tasks=["adaptive exploration in policy gradients", "safe policy gradient",
               "policy variance adaptation", "continuous control"])),
    ("iccv2013:8f350151da", dict(  # title prefix "Write a Classifier" recorded like tuning14's "Show, Attend and Distill" / tuning17's "Look at Boundary" (uncertain; the abstract says only "an approach"); regression / domain adaptation baselines generic; two fine-grained datasets unnamed
        proposed=[E("Write a Classifier")],
        tasks=["zero-shot learning", "zero-shot learning from textual descriptions",
               "fine-grained categorization", "classifier parameter prediction"])),
    ("3dv2025:A34Vt92UMG", dict(  # Joker; 3DMM and NeRF the named representations used (tuning1's 3DMM, heldout6's neural radiance field), long forms lead; the 2D diffusion-based prior and the "3D distillation technique" unnamed
        proposed=[E("Joker")],
        methods_used=[E("3D morphable model", "3DMM", "3DMMs"),
                      E("neural radiance field", "NeRF")],
        tasks=["conditional 3D head synthesis", "extreme facial expression synthesis",
               "3D distillation from 2D diffusion priors"])),
    ("www2025:k1khdfmYNp", dict(  # "we introduce Few-shot Multi-tab Website Fingerprinting (FMWF)": long form name, acronym alias (dev's CLAW rule); ARES / TMWF / BAPM the compared attacks (venue tags dropped); Edge / Chrome / Tor Browser are where the traces were collected, not methods (unlike tuning10's analysed browsers; uncertain); data augmentation / transfer learning generic; "related datasets" unnamed
        proposed=[E("Few-shot Multi-tab Website Fingerprinting", "FMWF")],
        methods_used=[E("ARES"), E("TMWF"), E("BAPM")],
        metrics=["accuracy"],
        tasks=["website fingerprinting attacks", "multi-tab website fingerprinting",
               "few-shot traffic analysis", "encrypted traffic analysis"],
        repos=["https://anonymous.4open.science/r/FMWF-D164"],
        results=[R("accuracy improvement over ARES, TMWF and BAPM (open-world, minimum)", "12.3%")])),
    ("colm2025:lkjhBdz3rn", dict(  # "We propose REWIRE, REcycling the Web with guIded REwrite": REWIRE leads (tuning17's DEEP rule); DCLM benchmark (trimmed); the released synthetic data unnamed (HF URL only); results per scale, metric unnamed (tuning9's MeRL rule); "about 82%" an analysis outcome (tuning13's "~94%"; uncertain); "up to 99%" (motivation), 2x web data, 22 tasks not recorded; Wikipedia-style paraphrasing etc. generic
        proposed=[E("REWIRE", "REcycling the Web with guIded REwrite")],
        benchmarks=[D("DCLM")],
        tasks=["pre-training data curation", "synthetic data generation", "web text rewriting",
               "language model pre-training"],
        repos=["https://huggingface.co/datasets/facebook/recycling_the_web"],
        results=[R("improvement across 22 tasks (1B scale)", "1.0 percentage points", "DCLM"),
                 R("improvement across 22 tasks (3B scale)", "1.3 percentage points", "DCLM"),
                 R("improvement across 22 tasks (7B scale)", "2.5 percentage points", "DCLM"),
                 R("share of mixed-in texts from transformed lower-quality documents", "about 82%")])),
    ("colt2024:836616a60c", dict(  # theory; the Erdos-Renyi graph a random graph model (left out, like tuning14's expander graphs; uncertain); cluster expansion / signed triangle and 4-cycle tests are statistics and techniques, not named methods; thresholds theoretical
        tasks=["random geometric graph detection", "high-dimensional geometry testing",
               "low-degree hypothesis testing"])),
    ("alt2025:2XAAdvSlP2", dict(  # theory; the agnostic one-inclusion graph (OIG) of Asilis et al. recorded as the named prior construction / algorithm used (lower case, acronym; uncertain); Aden-Ali et al.'s reduction named only by authors; Rademacher complexity a measure
        methods_used=[E("agnostic one-inclusion graph", "OIG", "agnostic OIG algorithm")],
        tasks=["transductive learning", "PAC learning", "agnostic learning", "sample complexity"])),
    ("aaai2021:11613", dict(  # logic theory; the dilemma / blameworthiness modalities are lower-case descriptions; axiomatization the result
        tasks=["ethical dilemmas in strategic games", "modal logic axiomatization", "multi-agent strategic reasoning"])),
    ("wacv2025:e228b6b572", dict(  # Vigor; "a novel Data-Efficient 3D Visual Grounding framework via Order-aware Referring" repeats the title, whose initials do not spell VIGOR letter for letter, so no alias (tuning1's CAVIA rule; uncertain); stacked object-referring blocks / order-aware warm-up training lower case; LLM generic
        proposed=[E("Vigor")],
        datasets=[D("NR3D"), D("ScanRefer")],
        metrics=["grounding accuracy"],
        tasks=["3D visual grounding", "data-efficient 3D visual grounding", "low-resource learning"],
        results=[R("grounding accuracy gain (1% data)", "9.3%", "NR3D"),
                 R("grounding accuracy gain (10% data)", "7.6%", "NR3D")])),
    ("emnlp2022:2022.emnlp-main.296", dict(  # "the Recursive Reprompting and Revision framework (Re3)": long form name, acronym and the "... framework" form aliases (tuning13's CROP rule); the base language model unnamed; human judgments not a metric, results kept with descriptive metric texts
        proposed=[E("Recursive Reprompting and Revision", "Re3", "Recursive Reprompting and Revision framework")],
        tasks=["long story generation", "long-range plot coherence", "story revision"],
        results=[R("coherent overarching plot (human judged, absolute increase)", "14%"),
                 R("relevance to premise (human judged, absolute increase)", "20%")])),
    ("corl2025:IuiB5iaMxy", dict(  # descriptive title; MARL generic (tuning3); the action space design and low-level controller unnamed; the GitHub URL is a video page (recorded, like tuning13's YouTube link); 6-DoF a setting
        tasks=["decentralized aerial manipulation", "cable-suspended load manipulation",
               "multi-agent reinforcement learning", "sim-to-real transfer"],
        repos=["https://github.com/anonymousCoRL/MDCM_CoRL2025"])),
    ("icra2020:9196601", dict(  # descriptive title; Geometric Hashing the existing technique the approach is based on (capitalised); odometry / GNSS / LiDAR sensors and inputs generic; ~10min urban data unnamed (a size)
        methods_used=[E("Geometric Hashing")],
        tasks=["data association for vehicle localization", "feature-based vehicle localization",
               "localization integrity"])),
    ("acl2022:2022.findings-acl.105", dict(  # DuReadervis an introduced dataset ("dataset called"; "DuReader-vis" only in the URL, not an alias); Open-domain DocVQA the proposed task; the "simple approach" unnamed; Baidu search engine the source, not data; 15K / 158K sizes
        datasets=[D("DuReadervis", introduced=True)],
        tasks=["open-domain document visual question answering", "long document understanding",
               "multi-span answer extraction"],
        repos=["https://github.com/baidu/DuReader/tree/master/DuReader-vis"])),
    ("automl2023:e5d9e6f9b9", dict(  # descriptive title; DQN / PPO / SAC the analysed algorithms; Cartpole / Bipedal Walker / Hopper as datasets (RL environments, dev's BipedalWalker, tuning10's Grid Maze; uncertain); AutoRL and HPO in tasks; anon-github URL (\url stripped)
        methods_used=[E("DQN"), E("PPO"), E("SAC")],
        datasets=[D("Cartpole"), D("Bipedal Walker"), D("Hopper")],
        tasks=["hyperparameter landscape analysis", "automated reinforcement learning",
               "hyperparameter optimization", "dynamic hyperparameter configuration"],
        repos=["https://anon-github.automl.cc/r/autorl_landscape-F04D"])),
    ("ijcai2024:paper309", dict(  # theory; descriptive title; metric distortion framework is the problem (tasks); query algorithms unnamed
        tasks=["metric distortion", "preference elicitation with pairwise comparisons",
               "social choice", "query algorithm design"])),
    ("uai2022:b2658ba6c3", dict(  # "We investigate Greedy PAG Search (GPS)": the GPS algorithm is the paper's (long form name, acronym alias); Greedy Equivalence Search the existing algorithm it mirrors (title); MAGs / PAGs graph classes; "speed and accuracy" -> accuracy (heldout5's INRet rule; uncertain)
        proposed=[E("Greedy PAG Search", "GPS")],
        methods_used=[E("Greedy Equivalence Search")],
        metrics=["accuracy"],
        tasks=["causal discovery with latent confounders", "score-based causal discovery",
               "Markov equivalence characterization"])),
    ("naacl2022:2022.findings-naacl.193", dict(  # descriptive title; QDMR the existing "recently proposed question meaning representation" used (a named formalism, like LTL; uncertain); five benchmark datasets unnamed; "zero SQL annotations" not a result
        methods_used=[E("QDMR")],
        tasks=["text-to-SQL parsing", "weakly supervised semantic parsing", "question decomposition"])),
    ("eccv2020:ca086866e3", dict(  # title read as the task ("image-to-voxel model translation", like image-to-image translation), not a name (uncertain); trapezium-shaped voxels / volumetric residual blocks / 2D-to-3D skip connections lower case; SemanticVoxels introduced ("We collected a SemanticVoxels dataset"); adversarial training generic; 116k images a size; no URL
        datasets=[D("SemanticVoxels", introduced=True), D("ShapeNet")],
        tasks=["image-to-voxel model translation", "3D scene reconstruction",
               "3D semantic segmentation", "6D object pose estimation"])),
    ("icml2019:4063", dict(  # theory + experiments; AdaGrad and AdaGrad-Norm the analysed algorithms (AdaGrad-Norm "the norm version of AdaGrad", not presented as new); SGD background only (left out; uncertain, tuning11 recorded analysed SGD); convergence rates theoretical; truncated abstract
        methods_used=[E("AdaGrad"), E("AdaGrad-Norm", "norm version of AdaGrad")],
        tasks=["nonconvex optimization", "adaptive stepsize methods", "AdaGrad convergence analysis"])),
    ("iclr2017:SkB-_mcel", dict(  # CMD proposed (long form name); a distance function / regularizer, not an evaluation metric (tuning16's similarity-metric rule), so not in metrics; MMD, Variational Fair Autoencoders and Domain Adversarial Neural Networks the compared methods; Office / Amazon reviews ("benchmark data sets" -> datasets, tuning1); "source code is publicly available" no URL
        proposed=[E("Central Moment Discrepancy", "CMD")],
        methods_used=[E("Maximum Mean Discrepancy", "MMD"), E("Variational Fair Autoencoders"),
                      E("Domain Adversarial Neural Networks")],
        datasets=[D("Office"), D("Amazon reviews")],
        tasks=["domain adaptation", "domain-invariant representation learning",
               "object recognition", "sentiment analysis"])),
    ("coling2025:2025.coling-main.561", dict(  # title prefix "A Flash in the Pan" a pun on the phenomenon, not proposed (tuning16's rule); strategies unnamed; GPT-3.5 / GPT-4 / Claude 3.5 Sonnet the underlying models; the previously published and two new datasets unnamed; Li et al. (2023a) authors only; URL's broken space repaired
        methods_used=[E("GPT-3.5"), E("GPT-4"), E("Claude 3.5 Sonnet")],
        tasks=["conversational recommendation", "preference elicitation", "LLM prompting strategies",
               "recommender evaluation"],
        repos=["https://github.com/CtrlVGustavo/A-Flash-in-the-Pan-CRS"])),
    ("iros2023:10341763", dict(  # descriptive title; Vector Field Inequalities (VFIs) the existing technique used (title and abstract); constrained kinematic controller / trajectory optimizer / local planner generic; two simulations unnamed
        methods_used=[E("Vector Field Inequalities", "VFIs")],
        tasks=["visibility-aware control", "visual servoing", "mobile manipulation", "obstacle avoidance"])),
    ("acml2019:fb8b2d67a1", dict(  # "We call this one-stage detector SPCDet"; serial-parallel combined feature fusing, U-shape module, local-global feature pyramid lower case; feature pyramid generic; "trade-off between accuracy and speed" -> accuracy (heldout5's INRet rule; uncertain)
        proposed=[E("SPCDet")],
        metrics=["accuracy"],
        tasks=["object detection", "feature fusion", "real-time object detection"])),
    ("rss2024:7864b950f7", dict(  # "which we call configuration space distance field (or CDField for short)": lower-case long form with coined acronym is the name (tuning9's ACF rule), the title's capitalised form differs only in case and number; neural CDField a variant (not separate); SDF generic (tuning10 / 13); MLPs / inverse kinematics generic; Franka Emika the robot used (tuning12's Franka Panda; uncertain)
        proposed=[E("configuration space distance field", "CDField", "CDFields")],
        methods_used=[E("Franka Emika")],
        tasks=["manipulation planning", "configuration space distance fields", "inverse kinematics",
               "obstacle avoidance"])),
    ("nips2014:4710", dict(  # "an algorithm, called StOP (for Stochastic-Optimistic Planning)": StOP leads (tuning12's TEGLO rule); optimism in the face of uncertainty a principle; complexity bound theoretical
        proposed=[E("StOP", "Stochastic-Optimistic Planning")],
        tasks=["online planning in MDPs", "planning with a generative model", "PAC sample complexity"])),
    ("cvpr2013:1e29d44059", dict(  # "a novel Semantic Bundle Adjustment framework" (title and abstract); bundle adjustment inside the name, tracking and mapping techniques unnamed; "improved SLAM accuracy" -> accuracy (INRet rule; uncertain)
        proposed=[E("Semantic Bundle Adjustment")],
        metrics=["accuracy"],
        tasks=["joint object detection and SLAM", "3D object detection", "camera tracking and mapping"])),
    ("aistats2025:4C1aRz2gRq", dict(  # theory; the analysed Transformer and looped Transformer (tuning7's analysed Transformer); gradient descent the emulated algorithm, left out (tuning13; uncertain, tuning17 recorded analysed GD); LLMs generic; bounds theoretical
        methods_used=[E("Transformer"), E("looped Transformer", "linear looped Transformers")],
        tasks=["in-context learning", "multi-step gradient descent in transformers",
               "looped transformer expressivity"])),
    ("iccv2015:e9f0adb78f", dict(  # descriptive title ("Beyond Covariance" not a name); kernel-matrix representation unnamed; covariance descriptor / Riemannian geometry generic; recognition datasets unnamed
        tasks=["visual recognition", "skeleton-based human action recognition",
               "SPD matrix feature representation"])),
    ("3dv2025:MBF4wjyIzi", dict(  # AutoVFX; neural scene modeling, LLM-based code generation, physical simulation generic; generative quality / instruction alignment / versatility / plausibility descriptive, not named metrics (tuning3)
        proposed=[E("AutoVFX")],
        tasks=["language-driven video editing", "visual effects generation", "physically realistic video editing"])),
    ("www2025:C3MvOQULs3", dict(  # theory; the two solution concepts "We propose" recorded (tuning16's von Neumann winner rule), LaTeX $k$ as plain k; peer prediction mechanisms, voting and Blotto games applications; thresholds theoretical
        proposed=[E("ex-ante Bayesian k-strong equilibrium"), E("Bayesian k-strong equilibrium")],
        tasks=["strong equilibria in Bayesian games", "group strategic behavior",
               "collusion in peer prediction"])),
    ("colm2025:NAcvSI2CRM", dict(  # analysis paper; SNLI ("SNLI dataset", trimmed); LLM-generated items unnamed; meta-inferential consistency an analysed property, not a named metric
        datasets=[D("SNLI")],
        tasks=["natural language inference", "meta-inferential consistency", "NLI label semantics"])),
    ("colt2024:e463a9281d", dict(  # theory; Bshouty and Jackson / Arunachalam and de Wolf named only by authors; VC dimension a concept (tuning3); sample complexity bounds theoretical
        tasks=["quantum PAC learning", "quantum learning advantage", "sample complexity"])),
    ("alt2025:JlgUg6SKAJ", dict(  # theory; "a learning problem, which we call reliable active apprenticeship learning" -> tasks (tuning8's k-experts rule); algorithms unnamed; eluder dimension a complexity measure (tuning3's VC rule); Massart / Tsybakov noise conditions
        tasks=["reliable active apprenticeship learning", "imitation learning with expert queries",
               "active learning with noisy experts"])),
    ("aaai2022:00248", dict(  # "method named Dual Context Aggregation Network (DCAN)": long form name; MTCA and CFM named sub-components (heldout6's KBP / SRT rule); boundary matching generic; ActivityNet v1.3 / THUMOS-14 datasets; "at IoU@0.5" kept in the metric text
        proposed=[E("Dual Context Aggregation Network", "DCAN"),
                  E("Multi-Path Temporal Context Aggregation", "MTCA"),
                  E("Coarse-to-fine Matching", "CFM")],
        datasets=[D("ActivityNet v1.3"), D("THUMOS-14")],
        metrics=["average mAP", "mAP"],
        tasks=["temporal action detection", "temporal action proposal generation", "context aggregation"],
        repos=["https://github.com/cg1177/DCAN"],
        results=[R("average mAP", "35.39%", "ActivityNet v1.3"),
                 R("mAP at IoU@0.5", "54.14%", "THUMOS-14")])),
    ("wacv2024:53fea35acb", dict(  # CFA (title and "Our proposed method, Causal Feature Alignment (CFA)"); Waterbirds ("the benchmark dataset of Waterbirds" -> dataset, tuning1); Backgrounds Challenge a benchmark (challenge); semi-synthetic data and "foundational methods" unnamed; 6% gain metric unnamed
        proposed=[E("Causal Feature Alignment", "CFA")],
        datasets=[D("Waterbirds")],
        benchmarks=[D("Backgrounds Challenge")],
        metrics=["worst-group accuracy"],
        tasks=["spurious correlation mitigation", "ignoring spurious background features",
               "robust image classification"],
        results=[R("worst-group accuracy", "93%", "Waterbirds"),
                 R("gain", "6%", "Backgrounds Challenge")])),
    ("emnlp2021:2021.emnlp-main.628", dict(  # "we propose Context-Aware Private Embeddings (CAPE)": long form name; differential privacy and adversarial learning generic (lower case); attacker performance not a named metric (descriptive metric text)
        proposed=[E("Context-Aware Private Embeddings", "CAPE")],
        tasks=["privacy-preserving text representations", "private language learning",
               "private information leakage reduction"],
        results=[R("reduction in attacker performance vs best current method", "approximately 3%")])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
