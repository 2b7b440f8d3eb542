#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning54/input.jsonl -> gold.jsonl.

Tuning set 54: 40 real corpus abstracts drawn by bench/tuning54/sample.py (seed 20261246),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning51/README.md (each printed from that
heading to the next top-level section), the format of ../tuning31/annotate.py (its first 80
lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 52, 53 and 55-59 (annotated at the same
time) were not read (the inputs of 52 and 53 entered only the draw itself, through sample.py).
Titles and ids are copied from input.jsonl so they are exact; everything else is typed by hand.
Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules developed
against it (see README.md).

    python3 bench/tuning54/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("corl2024:8Ar8b00GJC", dict(  # descriptive title; the approach / pipeline is unnamed ("SOAR" appears only in the project URL, tuning2's MHD rule); vision-language models and instruction following policies are generic; the released "autonomous dataset of 25K trajectories" is unnamed (not recorded; 25K and five environments are sizes); the github.io page releases code and data, so it is a repo
        tasks=["autonomous robot improvement", "instruction following",
               "language-conditioned image generation", "goal reaching"],
        repos=["https://soar-autonomous-improvement.github.io"])),
    ("acml2011:18465486c4", dict(  # "Unsupervised Multiple Kernel Learning (UMKL)" is both the investigated problem and "the proposed UMKL algorithm": recorded in proposed (title name, long form with acronym, dev's CLAW rule) and the problem in tasks; "Traditional multiple kernel learning (MKL) algorithms" are the existing methods the paper departs from (lower-case long form with acronym, like dev's CBMs; uncertain, it is close to a paradigm); the alternating optimization algorithm is generic
        proposed=[E("Unsupervised Multiple Kernel Learning", "UMKL")],
        methods_used=[E("multiple kernel learning", "MKL")],
        tasks=["unsupervised multiple kernel learning", "kernel learning",
               "dimension reduction", "classification"])),
    ("aistats2025:4dE0JLhIsC", dict(  # the targeted adversarial attack framework is unnamed (the URL's "AdvAttack_LLM4TS" is not a name, tuning2's MHD rule); the attacked models are recorded as written ("LLMTime with GPT-3.5" split into LLMTime and GPT-3.5; "LLaMa" as written); gradient-free / black-box optimization methods are generic; "forecasting accuracy" (degraded by the attacks, no number, heldout5's INRet rule; uncertain); trailing period of the URL dropped
        methods_used=[E("LLMTime"), E("GPT-3.5"), E("GPT-4"), E("LLaMa"), E("Mistral"),
                      E("TimeGPT"), E("TimeLLM")],
        metrics=["forecasting accuracy"],
        tasks=["adversarial attacks on LLM-based forecasting", "time series forecasting",
               "adversarial robustness of LLMs"],
        repos=["https://github.com/JohnsonJiang1996/AdvAttack_LLM4TS"])),
    ("www2025:FVQfMb1ZcQ", dict(  # HeatSnap proposed (title prefix and "we introduce HeatSnap"); "QEMU/KVM" split into QEMU and KVM, the named systems it is implemented on (like tuning7's ROS; the GUIDELINES' CIFAR-10/100-LT split; uncertain); "snapshot duration" is the one concrete evaluation quantity (uncertain, like tuning50's "explored area"); "VM performance loss" and "storage efficiency" are vague; the web / cloud workloads are unnamed
        proposed=[E("HeatSnap")],
        methods_used=[E("QEMU"), E("KVM")],
        metrics=["snapshot duration"],
        tasks=["continuous VM snapshots", "virtual machine snapshotting",
               "memory page access optimization"])),
    ("cvpr2013:98a1afd4dd", dict(  # the discriminative method is unnamed; "Least-Squares Support Vector Machine formulation": LS-SVM is the existing base (heldout6 / tuning8 recorded support vector machines); "Multiclass Transfer Incremental Learning" in the title is the problem (tasks); Thrun [17] is named only by author / citation; the "subsets of publicly available datasets" are unnamed
        methods_used=[E("Least-Squares Support Vector Machine")],
        tasks=["multiclass transfer incremental learning", "transfer learning",
               "object categorization"])),
    ("nips2014:4747", dict(  # the title's "Rounding-based Moves" recorded as the proposed move-making algorithms (the abstract's "design move-making algorithms that closely mimic" the rounding procedures; heldout3-6 title rule; uncertain, it could be read as descriptive); move-making algorithms, the LP relaxation, st-cut and randomized rounding are generic classes (tuning29's convex relaxations); the multiplicative bound / approximation factor are theoretical quantities
        proposed=[E("Rounding-based Moves")],
        tasks=["metric labeling", "energy minimization in pairwise MRFs",
               "move-making algorithms", "LP relaxation rounding"])),
    ("ijcai2022:paper423", dict(  # the "residual policy gradient method" is lower case and the title's "via Residual Policy Gradient Methods" is a descriptive via-phrase (heldout5's "Deep Graph Matching via ..." rule; uncertain); the open-source knowledge graphs are unnamed; reinforcement learning generic; sample efficiency is vague
        tasks=["commonsense reinforcement learning", "knowledge-guided reinforcement learning",
               "class abstraction", "generalisation to unseen objects"])),
    ("iros2013:6696342", dict(  # user study: no method, model or data; N=57 is a sample size, not a result; the "favored" effects have no numbers
        tasks=["robot eye-gaze behavior", "human-robot interaction",
               "multi-party interaction"])),
    ("icra2017:7989549", dict(  # the analytical method is unnamed; the "liner inverted pendulum model (LIPM)" (copied as written, with its typo) is the existing dynamics model the method is based on (uncertain: tuning33 / 44 left the SLIP, a simulated test system, out); ZMP, CoM and the discrete-time Lyapunov equation are concepts / tools (tuning32 left the Lyapunov equation out)
        methods_used=[E("liner inverted pendulum model", "LIPM")],
        tasks=["standing balance of biped humanoid robots", "stability region computation",
               "disturbance characterization"])),
    ("coling2020:2020.coling-main.579", dict(  # no named method: the wordlist-based tunable-precision filters and transformer-based semi-supervised LangID models are lower-case descriptions; the curated wordlists and the "initial data set" / web text corpus are unnamed; metrics F1 (the literature's average F1, with which the paper's own models are compared; uncertain), accuracy (human-judged LangID accuracy) and precision (median dataset precision); results: the "around 5%" human-judged accuracy and the "71.2%" median precision (the 5.5% starting point is the baseline, tuning1's oracle rule; prior work's "over 90%" average F1 is not this paper's result; 1,366 / 1,629 / 500+ languages and 100K sentences are sizes)
        metrics=["F1", "accuracy", "precision"],
        tasks=["language identification", "web text corpus creation",
               "low-resource languages", "multilingual corpus filtering"],
        results=[R("human-judged LangID accuracy for many lower-resource languages", "around 5%"),
                 R("median dataset precision", "71.2%")])),
    ("naacl2022:2022.findings-naacl.122", dict(  # descriptive title; no named model (the "state-of-the-art model" is unnamed); co-reference resolution and multi-hop reasoning are generic techniques; the political-debate data are unnamed; "10+ points" of absolute improvement with the metric unnamed (tuning9's MeRL rule; dataset "")
        tasks=["detecting previously fact-checked claims", "fact-checking",
               "claim context modeling"],
        results=[R("absolute improvement over a state-of-the-art model", "10+ points")])),
    ("iccv2015:4512d10cb6", dict(  # the title's "Bayesian Model Adaptation" recorded as proposed (the abstract's "a solution based on Bayesian model adaptation of Gaussian processes", the heldout3-6 title rule / tuning49's adjective-plus-method titles; uncertain); Gaussian processes are a model family (heldout5-6) and multi-task learning generic; the introduced "large video dataset" is unnamed, so not recorded
        proposed=[E("Bayesian Model Adaptation")],
        tasks=["crowd counting", "transfer learning", "model adaptation"])),
    ("aaai2021:10754", dict(  # DAST proposed (title prefix); the title's "Discriminator Attention and Self-Training" spells it letter for letter, so it is the alias; the discriminator attention / self-training strategies themselves are lower case (not separate entries); self-training and adversarial learning generic; "numerous benchmark datasets" unnamed
        proposed=[E("DAST", "Discriminator Attention and Self-Training")],
        tasks=["unsupervised domain adaptation", "semantic segmentation",
               "domain shift reduction"])),
    ("uai2022:eb3d78c152", dict(  # no named method: the principled BNNs and the "finite orbit" / "full orbit" settings are quoted lower-case settings, not coined methods (tuning20's problem-formulation rule; uncertain); Bayesian neural networks are a model family; Izmailov et al. 2021 named only by authors; the multi-sample bounds are theory
        tasks=["cold posterior effect", "data augmentation in Bayesian neural networks",
               "Bayesian neural networks"])),
    ("emnlp2021:2021.emnlp-main.530", dict(  # "Conversational Data Augmentation (CODA) methods": long form as the name with the acronym (dev's CLAW rule); its random swapping/deletion, dialogue-acts-guided insertion and conditional-generation-based substitution are lower-case parts; "two-stage noisy self-training" is generic (lower case, hyphenated); the conversation summarization datasets are unnamed
        proposed=[E("Conversational Data Augmentation", "CODA")],
        tasks=["abstractive dialogue summarization", "semi-supervised summarization",
               "conversational data augmentation"])),
    ("acl2022:2022.findings-acl.20", dict(  # analysis paper: no method, model or dataset named; probing and fine-tuning are the studied techniques (tasks)
        tasks=["probing fine-tuned models", "fine-tuning data size",
               "linguistic knowledge in language models"])),
    ("3dv2025:7Otoa15gsA", dict(  # descriptive title; "a diffusion model" is generic (tuning3); no named data or metric ("competitive with SOTA", no number)
        tasks=["Monte Carlo render denoising", "image restoration", "conditional diffusion"])),
    ("colm2025:OgWh4J7bkT", dict(  # "our model DPO-VP" proposed; Direct Preference Optimization (DPO) is the studied existing method (dev P307 has DPO); RL / reward models generic; the iterative enhancement framework is lower case; "mathematical reasoning performance" is vague
        proposed=[E("DPO-VP")],
        methods_used=[E("Direct Preference Optimization", "DPO")],
        tasks=["LLM reasoning", "iterative preference optimization",
               "mathematical reasoning", "LLM self-improvement"])),
    ("colt2020:3585b3d8ae", dict(  # theory paper; the Bayesian methods / algorithms are generic; the redundancy-capacity theorem is a theorem (heldout5's Barron's theorem, tuning12's theorem rule); Kakade and Ng (2005) and Foster et al. (2018) named only by authors; the bounds are theoretical, not results
        tasks=["online logistic regression", "regret lower bounds", "regret upper bounds"])),
    ("icml2013:7168a29095", dict(  # "Quickly Boosting Decision Trees" is a descriptive (verb) title; the fast training algorithm is unnamed; boosting, boosted decision trees and decision stumps are generic (tuning2); "an order of magnitude" speedup has no numeral
        tasks=["boosted decision tree training", "feature pruning", "fast training"])),
    ("iclr2014:O_cyOSWv8TrlS", dict(  # descriptive title; the complex-valued neural network formulation is unnamed; Krizhevsky et al. (2012) named only by authors
        tasks=["neuronal synchrony", "complex-valued neural networks",
               "dynamic binding of object representations"])),
    ("rss2009:42ea142058", dict(  # the two new relay-chain algorithms are unnamed: "a dual ascent algorithm" and "a modification of the Bellman-Ford algorithm"; Bellman-Ford is the named existing algorithm (also the compared baseline; "algorithm" trimmed, written form as alias, tuning13's CROP rule), dual ascent the existing optimisation method the first builds on (tuning9's coordinate-descent rule; uncertain); "substantially faster" has no number
        methods_used=[E("Bellman-Ford", "Bellman-Ford algorithm"),
                      E("dual ascent", "dual ascent algorithm")],
        tasks=["UAV relay positioning", "communication relay chains",
               "UAV surveillance"])),
    ("wacv2022:1349019387", dict(  # SIGNAV proposed; no alias (the subtitle "Semantically-Informed GPS-Denied Navigation ..." does not spell it letter for letter, tuning1's CAVIA rule); SLAM is a problem (tasks, tuning23); the IMU, LiDAR and wheel odometry are sensing modalities, not methods; the 2.5D semantic segmentation method is lower case; "navigation accuracy" (no number, heldout5's INRet rule; uncertain)
        proposed=[E("SIGNAV")],
        metrics=["navigation accuracy"],
        tasks=["semantic SLAM", "GPS-denied navigation", "2.5D semantic segmentation",
               "visually-degraded environments"])),
    ("eccv2022:9d495adbf7", dict(  # the title's "Latent Discriminant Deterministic Uncertainty" is the proposed method (the abstract's "a scalable and effective DUM"; heldout3-6 title rule); Deterministic Uncertainty Methods (DUM) are the method class it belongs to (left out like tuning49's STGNNs / tuning46's TPP; uncertain); Deep Ensembles is the compared state of the art; the distinction maximization layer is lower case; DNNs generic
        proposed=[E("Latent Discriminant Deterministic Uncertainty")],
        methods_used=[E("Deep Ensembles")],
        tasks=["predictive uncertainty estimation", "semantic segmentation",
               "monocular depth estimation", "image classification"])),
    ("corl2022:2CSj965d9O4", dict(  # "Active Visual Planning (AVP)": long form as the name (dev's CLAW rule); the title prefix is a sentence; flow-based generative models and deep neural networks are generic; the dataset of recorded observations and the driving environments are unnamed
        proposed=[E("Active Visual Planning", "AVP")],
        tasks=["contingency planning", "multi-agent trajectory prediction",
               "planning under perceptual uncertainty", "autonomous driving"])),
    ("acml2010:3906039c9d", dict(  # the title's "Adaptive Step-size Policy Gradients" recorded as proposed (the abstract's "a novel adaptive step-size approach for policy gradient"; tuning49's adjective-plus-existing-method title rule; uncertain); the title's "Average Reward Metric" is the defined Riemannian-style metric of the method, not an evaluation metric and not recorded separately (uncertain); "natural policy gradients" is the named existing algorithm one variant derives from (heldout5's lower-case specific prior method; uncertain), "ordinary" policy gradients generic; MDPs generic; 3-state / 20-state are settings
        proposed=[E("Adaptive Step-size Policy Gradients")],
        methods_used=[E("natural policy gradients")],
        tasks=["policy gradient reinforcement learning", "adaptive step-size selection",
               "average reward optimization"])),
    ("aistats2023:a8539e6fee", dict(  # the title's "Model-X Sequential Testing" recorded as the proposed test (the abstract's "a model-free sequential test for conditional independence"; title rule, uncertain); the two named existing frameworks it is built from: the "model-X conditional randomization test" and "testing by betting" (lower-case specific prior methods, heldout5); the type-I error rate is a controlled quantity, not a metric (tuning35); the synthetic and real-world data are unnamed
        proposed=[E("Model-X Sequential Testing")],
        methods_used=[E("model-X conditional randomization test"), E("testing by betting")],
        tasks=["conditional independence testing", "sequential hypothesis testing",
               "online testing"])),
    ("www2025:CKJXHFvm3v", dict(  # "a dual Graph Denoising Social Recommender (GDSR)": the covered words are the name (tuning17's SSA rule) and the full written form a second alias (tuning23's BMNMT rule); the title's "Dual Graph Denoising Model" is not added; the denoising / recommender modules, cross-domain graph optimization strategy and graph contrastive learning are lower case / generic
        proposed=[E("Graph Denoising Social Recommender", "GDSR",
                    "dual Graph Denoising Social Recommender")],
        tasks=["social recommendation", "graph denoising", "recommender systems"])),
    ("cvpr2018:53fc5ab1bc", dict(  # Cascade R-CNN proposed (title and "the Cascade R-CNN, is proposed"); R-CNN only inside the name (tuning7's S2TNet rule); COCO ("COCO dataset", trimmed); IoU is a training / matching threshold here, not a reported metric; "0.5" is a threshold, not a result
        proposed=[E("Cascade R-CNN")],
        datasets=[D("COCO")],
        tasks=["object detection", "high quality object detection"],
        repos=["https://github.com/zhaoweicai/cascade-rcnn"])),
    ("nips2015:5664", dict(  # theory paper: LP relaxations and graph covers are generic tools; log-concave / log-supermodular decomposable models are function classes
        tasks=["MAP inference", "LP relaxation tightness", "continuous MRFs"])),
    ("ijcai2021:paper242", dict(  # "an Invisible Mobile Keyboard (IMK)": long form as the name (dev's CLAW rule); the collected text-entry dataset is unnamed (not recorded; 2M pairs is a size); the baseline decoder and semantic typo correction mechanism are lower case; self-attention generic; accuracy "96.0%" (dataset "": the collected data are unnamed)
        proposed=[E("Invisible Mobile Keyboard", "IMK")],
        metrics=["accuracy"],
        tasks=["IMK decoding", "mobile text entry", "semantic typo correction"],
        results=[R("accuracy", "96.0%")])),
    ("iros2023:10342130", dict(  # "an adaptive exploration-exploitation active learning method (ALX)": a lower-case long form with a coined acronym (tuning9's ACF rule; tuning34's BABF, an acronym not spelled letter for letter); the words before "method" are the name (tuning17's SSA rule) with the full written form as a second alias; the title's capitalised form differs only in case; Gaussian processes are a model family (heldout5-6); Fisher information and variance reduction are concepts
        proposed=[E("adaptive exploration-exploitation active learning", "ALX",
                    "adaptive exploration-exploitation active learning method")],
        tasks=["active learning of Gaussian processes", "exploration-exploitation trade-off",
               "environment modeling"])),
    ("icra2018:8460788", dict(  # descriptive title; the sampling method and utility function are unnamed; Gaussian Markov Random Fields (GMRF) and the Gaussian Process (GP) are model families (tuning8 / 46 / 50's Markov random fields, heldout5-6's GPs; uncertain, GMRF is central and capitalised with an acronym); mutual information is a measure; "path length" is the named evaluation quantity (no number; uncertain, like tuning50's "explored area")
        metrics=["path length"],
        tasks=["autonomous robot exploration", "informative path planning",
               "3D environment exploration"])),
    ("coling2025:2025.coling-main.12", dict(  # ToolEyes, "a fine-grained system tailored for the evaluation" with seven scenarios, five dimensions and a ~600-tool library, released with code and data: recorded as an introduced benchmark, not proposed (GUIDELINES: an introduced benchmark goes in benchmarks; uncertain, it could be read as a proposed system); the ten LLMs are unnamed; 600 tools / ten LLMs are sizes; trailing period of the URL dropped
        benchmarks=[D("ToolEyes", introduced=True)],
        tasks=["tool learning evaluation", "LLM tool use", "LLM evaluation"],
        repos=["https://github.com/Junjie-Ye/ToolEyes"])),
    ("naacl2021:2021.naacl-main.65", dict(  # no named model (the flattening methods and the two regularization schemes are lower case; the zero-shot linking models are unnamed); CoNLL ("the CoNLL dataset", trimmed), TAC-KBP 2010 (test set and training set) and Wikia are datasets; accuracy from "12% (absolute) more accurate" (metric text descriptive, dataset TAC-KBP 2010)
        datasets=[D("CoNLL"), D("TAC-KBP 2010"), D("Wikia")],
        metrics=["accuracy"],
        tasks=["entity linking", "zero-shot entity linking",
               "linking to unseen knowledge bases"],
        results=[R("absolute accuracy improvement over baseline models", "12%",
                   "TAC-KBP 2010")])),
    ("iccv2015:c8196b3985", dict(  # descriptive title (the task plus the generic fully convolutional network); the tracking system, switch mechanism and feature map selection method are unnamed; CNN generic (GUIDELINES); ImageNet is the pre-training data (recorded as a dataset used); "the widely used tracking benchmark" is unnamed; "tracking accuracy" (the feature map selection "improve[s] tracking accuracy", no number, heldout5's INRet rule; uncertain)
        datasets=[D("ImageNet")],
        metrics=["tracking accuracy"],
        tasks=["visual object tracking", "CNN feature analysis", "feature map selection"])),
    ("aaai2022:08629", dict(  # analysis paper: no proposed name (the evaluation methodology is unnamed); sequence-to-sequence models and maximum likelihood estimation are generic (tuning19); the genetic algorithm is a generic search; the manual test suites are unnamed
        tasks=["symbolic mathematical integration", "systematic generalization",
               "robustness of sequence models"])),
    ("uai2021:d2f6c74a2f", dict(  # ReZero proposed (the title prefix; the abstract describes the zero-initialized residual gate); ResNets and Transformers are the architectures it is applied to; Pennington et al. [2017] named only by authors; free probability theory and dynamical isometry are concepts; "56%" faster convergence of 12-layer Transformers (metric text descriptive, dataset ""); 120 layers / thousands of layers are sizes
        proposed=[E("ReZero")],
        methods_used=[E("ResNets"), E("Transformers")],
        tasks=["deep network training", "signal propagation", "language modeling",
               "image recognition"],
        results=[R("faster convergence (12-layer Transformers)", "56%")])),
    ("emnlp2022:2022.emnlp-main.512", dict(  # "MultI-ConvFiT (Multi-Label Intent Detection via Contrastive Conversational Fine-Tuning)": the short name leads with its written expansion as alias (tuning12's TEGLO / ORFA rule); sentence encoders (SE), adapter modules and contrastive fine-tuning are generic; the mID datasets are unnamed
        proposed=[E("MultI-ConvFiT",
                    "Multi-Label Intent Detection via Contrastive Conversational Fine-Tuning")],
        tasks=["multi-label intent detection", "task-oriented dialog",
               "sentence encoder specialization"])),
    ("acl2021:2021.acl-long.255", dict(  # descriptive title; the graph-based model is unnamed; "focal entities" ("which we refer to as") are the modelled implied entities, a concept of the data rather than a method, put in tasks (tuning14 / 20's phenomenon rule; uncertain, heldout5's "we refer to as" rule could put it in proposed); graph neural networks and the KBQA module are generic; the two datasets are unnamed
        tasks=["conversational KBQA", "focal entity transitions", "answer ranking"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
