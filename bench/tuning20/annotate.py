#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning20/input.jsonl -> gold.jsonl.

Tuning set 20: 40 real corpus abstracts drawn by bench/tuning20/sample.py (seed 20261212),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md and ../tuning19/README.md, the format of ../tuning19/annotate.py (its first
80 lines: the header and 12 entries; and its last five lines) and ../heldout_annotation.py, the
structure of ../tuning19/README.md, and the draw code (../heldout_sampling.py and sample.py); the
draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script (no
annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; set 21 (annotated at the same time) was not
read. Titles and ids are copied from input.jsonl so they are exact; everything else is typed by
hand. Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules
developed against it (see README.md).

    python3 bench/tuning20/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("uai2019:5a0bb891c4", dict(  # title name "Structural Spatial Point Processes" (abstract: "a spatial point process with three interacting spatial fields"; tuning15's "Structured World Models" rule; uncertain); INLA the inference used; the "novel Monte Carlo tree search" an unnamed variant, so MCTS itself is recorded as the base; latent Gaussian processes a model family; GIS maps a data source type, not a named dataset
        proposed=[E("Structural Spatial Point Processes")],
        methods_used=[E("Integrated Nested Laplace Approximation", "INLA"), E("Monte Carlo tree search")],
        tasks=["robotic search and rescue", "search and rescue planning", "spatial point process modeling"])),
    ("eccv2018:81e9a5845b", dict(  # title name "Deep Structure Inference Network" (abstract: "a deep neural architecture"); message passing / graphical model inference generic; "performance" unnamed, so the result metric texts are descriptive (tuning9's MeRL rule)
        proposed=[E("Deep Structure Inference Network")],
        datasets=[D("BP4D"), D("DISFA")],
        tasks=["facial action unit recognition", "facial expression analysis"],
        results=[R("improvement over state of the art", "5.3%", "BP4D"),
                 R("improvement over state of the art", "8.2%", "DISFA")])),
    ("iros2022:9982059", dict(  # descriptive title; the occlusion-aware frontier-based approach and the "breadcrumbing technique" are unnamed lower-case descriptions; frontier-based exploration generic; UGV a vehicle class
        tasks=["autonomous navigation in unknown environments", "frontier-based exploration",
               "occlusion-aware exploration", "coverage of cluttered environments"])),
    ("wacv2025:f5a5c16c34", dict(  # title spells MAT3D letter for letter: long form the name, acronym the alias (dev's CLAW rule); Transformer inside the name (tuning7's S2TNet rule), CNNs generic; "Synapse multi-organ segmentation" kept as alias; organoid dataset unnamed (its Dice / PQ results get dataset ""); "40 million" parameters a size, not recorded; "+-" copied as written
        proposed=[E("Multi-Aperture Transformers for 3D", "MAT3D")],
        datasets=[D("ACDC"), D("Synapse", "Synapse multi-organ segmentation")],
        metrics=["Dice score", "PQ"],
        tasks=["3D biomedical image segmentation", "medical image segmentation", "organoid segmentation"],
        repos=["https://github.com/sohaibcs1/MAT3D"],
        results=[R("Dice score", "93.34+-0.05", "ACDC"), R("Dice score", "89.73+-0.04", "Synapse"),
                 R("Dice score", "95.12+-0.02"), R("PQ", "97.01+-0.01")])),
    ("naacl2022:2022.naacl-demo.3", dict(  # "a neural Turkish NLP toolkit called TurkishDelightNLP"; the released word similarity test set and UCCA-based annotation are unnamed (UCCA an annotation scheme, like tuning9's PICO spans); no URL
        proposed=[E("TurkishDelightNLP")],
        tasks=["Turkish natural language processing", "morphological analysis", "dependency parsing",
               "semantic parsing"])),
    ("icml2018:2393", dict(  # descriptive title (a verb phrase; LAFTR is not in the text); adversarial representation learning generic; demographic parity / equalized odds / equal opportunity recorded as the fairness metrics (tuning3 / tuning9; uncertain, they are also the objectives' criteria)
        metrics=["demographic parity", "equalized odds", "equal opportunity"],
        tasks=["fair representation learning", "fair transfer learning", "adversarial representation learning",
               "group fairness"])),
    ("cvpr2018:47872ce76e", dict(  # title prefix "Sketch-a-Classifier" the name (abstract: "an alternative approach"); the "model regression network" lower-case, generic; zero-shot learning the compared paradigm, a task
        proposed=[E("Sketch-a-Classifier")],
        tasks=["sketch-based classifier generation", "image recognition", "zero-shot learning"])),
    ("colm2024:amhPBLFYWv", dict(  # analysis paper; RWKV and Mamba the studied recurrent architectures, transformers the compared ones (dev's P253 / P094 forms); "Revenge of the Fallen?" a pun; recurrent neural networks generic; the comprehension metrics unnamed
        methods_used=[E("RWKV"), E("Mamba"), E("transformers")],
        tasks=["modeling human language comprehension", "psycholinguistic predictability modeling",
               "language modeling"])),
    ("aistats2025:RwJTeddgRD", dict(  # "We introduce the Balls-and-Bins sampling" (markdown underscores stripped; the title's capitalised "Sampling" differs only in case); DP-SGD, Poisson subsampling and Shuffling the compared samplers / base algorithm ("Shuffling" capitalised as written; uncertain); Chua et al. (2024) named only by authors; noise multiplier a setting
        proposed=[E("Balls-and-Bins sampling")],
        methods_used=[E("DP-SGD"), E("Poisson subsampling"), E("Shuffling")],
        tasks=["differentially private optimization", "privacy amplification by sampling", "privacy accounting"])),
    ("www2025:4NipenMTmC", dict(  # ArtistAuditor proposed; DALL-E / Stable Diffusion / Midjourney only "such as" examples of the model class in the background (tuning11's examples-only rule; uncertain); style extractor / discriminator lower case; Scenario (the online platform, footnote marker "1" dropped) not recorded (tuning17's studied-platforms rule; uncertain); AUC "> 0.937" with the comparison sign, dataset "" (six unnamed model/dataset combinations); trailing period dropped from the URL
        proposed=[E("ArtistAuditor")],
        metrics=["AUC"],
        tasks=["data-use auditing", "artist style piracy detection", "text-to-image model copyright protection"],
        repos=["https://anonymous.4open.science/r/ArtistAuditor"],
        results=[R("AUC", "> 0.937")])),
    ("icra2009:5152553", dict(  # descriptive title; the transfer framework unnamed; "virtual human (VH)" the agent, not a method
        tasks=["transfer in reinforcement learning", "virtual human climbing", "robot motion learning"])),
    ("acl2021:2021.acl-long.214", dict(  # analysis of evaluation measures (the nine / six measures unnamed); SemEval and NTCIR recorded as benchmarks (evaluation campaigns whose data is used, like heldout5's VRC / tuning15's BUCC 2020 shared task; uncertain, they could be left out as communities)
        benchmarks=[D("SemEval"), D("NTCIR")],
        tasks=["ordinal classification", "ordinal quantification", "evaluation measure analysis"])),
    ("alt2025:KPVneVjxMO", dict(  # theory; comparative learning an existing setting ("recently introduced"), put in tasks; PAC framework a concept; bounds not results
        tasks=["comparative learning", "sample complexity bounds", "proper and improper PAC learning"])),
    ("nips2011:c8c69297bf", dict(  # theory; descriptive title; the greedy computational scheme unnamed; Negahban et al. / Chandrasekaran et al. named only by authors
        tasks=["structurally constrained high-dimensional problems", "greedy algorithms for convex optimization",
               "high-dimensional learning"])),
    ("colt2018:a2425394c7", dict(  # theory; TD learning the analysed algorithm and Q-learning (its variant for optimal stopping) analysed too (tuning11's analysed GD / SGD rule); SGD only as the analysis technique's background (tuning18; uncertain); linear function approximation and MDP generic
        methods_used=[E("Temporal difference learning", "TD"), E("Q-learning")],
        tasks=["finite time analysis of TD learning", "policy evaluation", "optimal stopping"])),
    ("corl2024:qoebyrnF36", dict(  # "namely Control with Patterns (CWP)": long form the name; D-learning "is proposed as a method"; "exponential attraction on data sets" a definition the paper introduces ("namely"; heldout5 / tuning16 notion rule; lower case, uncertain); Lyapunov functions a concept; IBVS a problem, put in tasks; the multicopter unnamed
        proposed=[E("Control with Patterns", "CWP"), E("D-learning"), E("exponential attraction on data sets")],
        tasks=["learning-based stable control", "image-based visual servoing", "nonlinear dynamical system control",
               "multicopter stabilization"])),
    ("automl2022:6664ec53bf", dict(  # ScaleNAS and the models it creates: ScaleNet, ScaleNet-P, ScaleNet-S and the ScaleNet-P4 checkpoint (named checkpoints count); HigherHRNet the compared state of the art; one-shot NAS / evolutionary search / grouped sampling generic; COCO carries "COCO test-dev" as written (heldout6's nuScenes rule)
        proposed=[E("ScaleNAS"), E("ScaleNet"), E("ScaleNet-P"), E("ScaleNet-S"), E("ScaleNet-P4")],
        methods_used=[E("HigherHRNet")],
        datasets=[D("COCO", "COCO test-dev")],
        metrics=["AP"],
        tasks=["neural architecture search", "human pose estimation", "semantic segmentation",
               "scale-aware representation learning"],
        results=[R("AP", "71.6%", "COCO test-dev")])),
    ("coling2022:2022.coling-1.447", dict(  # title name "Language Branch Gated Multilingual Neural Machine Translation" (the abstract's lower-case "language branch (LB) gated multilingual neural machine translation"; LB abbreviates the concept "language branch", not the method; uncertain); "LB-gated module" a coined component name with an acronym (heldout5's CPC rule; uncertain); translation quality not a named metric
        proposed=[E("Language Branch Gated Multilingual Neural Machine Translation"), E("LB-gated module")],
        datasets=[D("OPUS-100")],
        tasks=["multilingual neural machine translation", "cross-lingual knowledge transfer",
               "low-resource translation"])),
    ("ijcai2022:paper128", dict(  # "we propose a Lightweight Bimodal Network (LBNet)"; named sub-components Symmetric CNN and Recursive Transformer (heldout6's KBP / SRT rule); CNN / Transformer generic or inside the names; computational cost and memory consumption not named metrics
        proposed=[E("Lightweight Bimodal Network", "LBNet"), E("Symmetric CNN"), E("Recursive Transformer")],
        tasks=["single-image super-resolution", "lightweight super-resolution"],
        repos=["https://github.com/IVIPLab/LBNet"])),
    ("emnlp2022:2022.findings-emnlp.545", dict(  # analysis paper; no named model or data; the four bias tasks and the task description classes are generic; prompting / decoding methods generic
        tasks=["bias evaluation of language models", "prompting with task descriptions",
               "bias diagnosis and identification", "bias extraction and rephrasing"])),
    ("acml2013:16142104c6", dict(  # descriptive title; the two boosting frameworks unnamed; AdaBoost the adapted method; collaborative filtering generic (tuning12); "two MovieLens datasets" recorded once as MovieLens; "recommender error rate" a problem in the motivation, not the evaluation
        methods_used=[E("AdaBoost")],
        datasets=[D("MovieLens")],
        tasks=["collaborative filtering", "recommender systems", "boosting for recommendation"])),
    ("3dv2025:kqhGAeCbKp", dict(  # JADE proposed; the title's "Joint-aware Latent Diffusion" does not spell JADE letter for letter, no alias (tuning1's CAVIA rule); joint-aware latent representation lower case; diffusions generic; "autoencoding reconstruction accuracy" recorded as "reconstruction accuracy" (heldout5's INRet rule; uncertain); editing controllability / generation quality descriptive; public datasets unnamed
        proposed=[E("JADE")],
        metrics=["reconstruction accuracy"],
        tasks=["3D human generative modeling", "3D human shape generation", "controllable shape editing"])),
    ("iclr2014:PtRd6ZOVAm7Lv", dict(  # descriptive title; the phase / amplitude continuity priors unnamed; "Complex-valued sparse coding" the existing model the paper builds on (lower case but specific, heldout5's rule; uncertain); natural image patches / speech unnamed
        methods_used=[E("Complex-valued sparse coding")],
        tasks=["natural sound representation learning", "sparse coding", "phase-invariant feature learning"])),
    ("iccv2015:e540a7a275", dict(  # descriptive title; the method unnamed; continuous B-splines a mathematical representation and direct image alignment generic (uncertain); tracking / reconstruction quality descriptive
        tasks=["dense RGB-D tracking and mapping", "continuous-time trajectory estimation",
               "rolling shutter compensation"])),
    ("aaai2022:08333", dict(  # EqGNN from the title (its subtitle does not spell it); the quoted novel "permutation loss" (tuning2's quoted "Local Search" / tuning16's "cheat code"; the least certain proposed item); GNNs generic; equalized odds recorded as the fairness metric the model targets (uncertain, like icml2018:2393); statistical parity only others' criterion (tuning9's motivation rule); graph datasets unnamed
        proposed=[E("EqGNN"), E("permutation loss")],
        metrics=["equalized odds"],
        tasks=["fair node classification", "graph neural network fairness", "equalized odds fairness"])),
    ("rss2014:8f599a6bf2", dict(  # descriptive title; the PbD framework, action representation and system unnamed; PbD the problem, put in tasks; the two-armed mobile manipulator and the task benchmark unnamed; user study not a metric
        tasks=["robot programming by demonstration", "interactive action visualization", "mobile manipulation"])),
    ("uai2019:cf29a0bd31", dict(  # theory; EM and GD the analysed algorithms (tuning11's GD / SGD rule; the acronym covers "expectation-maximization", tuning17's SSA rule); "one-cluster regions" ("which we call") is a phenomenon of the loss landscape, put in tasks, not proposed (tuning14's relaxed-equilibrium rule; uncertain); Gaussian / Bernoulli mixtures model families; cross entropy an objective
        methods_used=[E("expectation-maximization", "EM"), E("gradient descent", "GD")],
        tasks=["mixture model learning", "EM versus gradient descent", "one-cluster regions",
               "non-convex optimization"])),
    ("eccv2020:e21a6320ca", dict(  # descriptive title; the keypoint-correspondence approach unnamed; the top-down pose framework generic; "PosTrack 2017" copied as written (LaTeX $2017$ rendered plain; the misspelling kept) and "PoseTrack 2018" ("data sets"); large scale image datasets unnamed
        datasets=[D("PosTrack 2017"), D("PoseTrack 2018")],
        tasks=["multi-person pose tracking", "multi-person pose estimation", "keypoint correspondence estimation",
               "self-supervised learning"])),
    ("iros2012:6385834", dict(  # IJTFC "the proposed IJTFC method": lower-case long form with coined acronym the name, as written in the plural (tuning9's ACF rule); RehabExos the exoskeleton robot controlled (like Atlas / Baxter; uncertain, it may be the authors' own platform); "accuracy in tracking the desired torques" recorded as accuracy (heldout5's INRet rule; uncertain); stability / responsiveness descriptive
        proposed=[E("inner full-state joint-torque controllers", "IJTFC")],
        methods_used=[E("RehabExos")],
        metrics=["accuracy"],
        tasks=["exoskeleton interaction-torque control", "joint torque control", "rehabilitation robotics"])),
    ("wacv2021:24bfcbe224", dict(  # descriptive title; the uncertainty- and attention-based distillation losses unnamed; knowledge distillation, self-attention and the Bayesian formulation generic; "standard benchmarks" unnamed
        metrics=["accuracy"],
        tasks=["incremental learning", "catastrophic forgetting mitigation", "uncertainty estimation"])),
    ("naacl2024:2024.naacl-long.55", dict(  # "a data augmentation framework named CoUDA"; the title's "Coherence Evaluation via Unified Data Augmentation" does not spell CoUDA letter for letter, no alias; GPT-3.5 / GPT-4 based metrics the compared baselines; the post-pretrained generative model unnamed; 233M parameters a size; coherence datasets unnamed
        proposed=[E("CoUDA")],
        methods_used=[E("GPT-3.5"), E("GPT-4")],
        tasks=["coherence evaluation", "data augmentation", "pointwise coherence scoring", "pairwise coherence ranking"])),
    ("icml2017:778", dict(  # descriptive title; the two methods unnamed (importance-sampling variant; the lower-case "fingerprint"); independent Q-learning and deep Q-learning named prior methods; experience replay the named technique stabilised (title; uncertain); importance sampling generic (tuning2 / 3 / 11); StarCraft as the evaluation environment, a dataset like tuning10's Atari (uncertain), its unit micromanagement also a task
        methods_used=[E("independent Q-learning"), E("deep Q-learning"), E("experience replay")],
        datasets=[D("StarCraft", "StarCraft unit micromanagement")],
        tasks=["multi-agent reinforcement learning", "experience replay stabilization",
               "StarCraft unit micromanagement"])),
    ("cvpr2014:659e752708", dict(  # title name "Range-Sample Depth Feature" (the abstract's lower-case "binary range-sample feature in depth", not added; uncertain, like tuning2's "Contrast Replay Networks"); t tests generic; "benchmark datasets" unnamed; running time no number
        proposed=[E("Range-Sample Depth Feature")],
        tasks=["action recognition", "depth-based action recognition", "binary feature description"])),
    ("colm2025:CNWlNF8VOm", dict(  # "we introduce N-Gram Coverage Attack"; GPT-4o investigated, GPT-4 the API-only example model (uncertain); n-gram overlap metrics unnamed; success rate and accuracy named (heldout5's INRet rule; both uncertain); existing benchmarks unnamed
        proposed=[E("N-Gram Coverage Attack")],
        methods_used=[E("GPT-4"), E("GPT-4o")],
        metrics=["success rate", "accuracy"],
        tasks=["membership inference attacks", "black-box membership inference", "training data detection",
               "language model privacy auditing"])),
    ("aistats2019:711cd41a9f", dict(  # theory; sequence-to-sequence models the analysed framework but left out as generic (tuning9 / 11 / 19; uncertain); classical time series models generic
        tasks=["time series forecasting", "sequence-to-sequence modeling theory"])),
    ("www2025:h9fxznhUe3", dict(  # DITECTOR "a security analysis framework"; "Dr. Docker" names the study, not recorded (uncertain, tuning2 recorded SPIN naming a study); Docker the studied platform (tuning17); Docker Hub the data source, a dataset like tuning7's Wikipedia (uncertain); the measurement findings are outcome counts (tuning16's TensorJSFuzz bug counts), dataset "" (the inspected image sets are unnamed); 12 million repositories / 33,952 images sizes, not recorded
        proposed=[E("DITECTOR")],
        datasets=[D("Docker Hub")],
        tasks=["Docker image security measurement", "software supply chain security", "vulnerability detection"],
        results=[R("analyzed images with known vulnerabilities", "93.7%"),
                 R("images with secret leaks", "4,437"),
                 R("images with misconfigurations", "50"),
                 R("images executing malicious files", "31"),
                 R("downstream images affected by malicious images", "334")])),
    ("icra2015:7140089", dict(  # "we introduce an Iterative Kalman Smoother (IKS)"; Extended Kalman Filter (EKF) the compared approach (heldout5); Google Glass the wearable device used (tuning10's GelSight rule; uncertain); inverse filters generic; positioning accuracy named, no number; 32-bit a setting
        proposed=[E("Iterative Kalman Smoother", "IKS")],
        methods_used=[E("Extended Kalman Filter", "EKF"), E("Google Glass")],
        metrics=["positioning accuracy"],
        tasks=["3D localization on mobile devices", "vision-aided inertial navigation", "real-time indoor localization"])),
    ("acl2022:2022.findings-acl.237", dict(  # CRASpell from the title (subtitle not letter for letter, no alias); "Bert" copied as written (the Bert-based models); copy mechanism generic (uncertain); the masked token recovering task an objective; "widely used benchmarks" unnamed
        proposed=[E("CRASpell")],
        methods_used=[E("Bert")],
        tasks=["Chinese spelling correction", "multi-typo text correction", "overcorrection mitigation"])),
    ("alt2025:XCrvIGhVqO", dict(  # theory; the algorithm unnamed; logarithmic recourse / constant-factor approximation are bounds, not results
        tasks=["online correlation clustering", "fair clustering", "recourse minimization"])),
    ("nips2018:11447", dict(  # "We propose COLA"; the title's "Decentralized Linear Learning" does not spell it, no alias; linear classification / regression generic
        proposed=[E("COLA")],
        tasks=["decentralized machine learning", "decentralized linear learning", "communication-efficient training"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
