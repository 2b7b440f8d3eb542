#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning40/input.jsonl -> gold.jsonl.

Tuning set 40: 40 real corpus abstracts drawn by bench/tuning40/sample.py (seed 20261232),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md, ../tuning21/README.md,
../tuning22/README.md, ../tuning23/README.md, ../tuning24/README.md, ../tuning25/README.md,
../tuning26/README.md, ../tuning27/README.md, ../tuning28/README.md, ../tuning29/README.md,
../tuning30/README.md, ../tuning31/README.md, ../tuning32/README.md, ../tuning33/README.md,
../tuning34/README.md and ../tuning35/README.md, the format of ../tuning31/annotate.py (its first
80 lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 36, 37, 38 and 39 (drawn before this one
and annotated at the same time) and 41, 42 and 43 were not read at all. Titles and ids are copied
from input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning40/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("iros2018:8594438", dict(  # descriptive title; the switching strategy and the "two-layer hierarchical control strategy" are unnamed; the "spanning-tree-assisted-shape-matching algorithm" is lower case and hyphenated (GUIDELINES' "reset-tuning"), not recorded; the "virtual structure methodology" is the existing formation-control approach, lower case and close to a paradigm, so it goes in tasks only (uncertain, heldout5 records specific lower-case prior methods)
        tasks=["multi-robot formation control", "virtual structure switching",
               "obstacle avoidance", "swarm robotics"])),
    ("colt2016:6ae064f4a3", dict(  # theory paper: no proposed name; the "factored linear model" is the analysed model class ("a class of models"), put in tasks (tuning21's linear SEMs / tuning24's model-class rule); MDPs, Banach lattices and contraction arguments are generic tools
        tasks=["policy error bounds", "model-based reinforcement learning",
               "factored linear models"])),
    ("3dv2025:05T81ScPFb", dict(  # Flash3D proposed; "feed-forward Gaussian Splatting" is the base, recorded as "Gaussian Splatting" (the modifier dropped, tuning27's Hamilton-Jacobi reachability rule); the 'foundation' depth model is unnamed; NYU is an "unseen dataset like NYU", the actual transfer target (tuning16's actual-instance call); PSNR named without a number; the project page is the repo (trailing period dropped)
        proposed=[E("Flash3D")],
        methods_used=[E("Gaussian Splatting", "feed-forward Gaussian Splatting")],
        datasets=[D("RealEstate10k"), D("NYU"), D("KITTI")],
        metrics=["PSNR"],
        tasks=["single-image 3D scene reconstruction", "novel view synthesis",
               "feed-forward 3D reconstruction"],
        repos=["https://www.robots.ox.ac.uk/~vgg/research/flash3d/"])),
    ("ijcai2024:paper598", dict(  # BoostDream proposed; its "3D model distillation" and "multi-view SDS loss" are lower-case descriptions (not recorded); Score Distillation Sampling (SDS) is the existing method the loss builds on and the compared SDS-based methods; text-to-image / multi-view diffusion models unnamed; the Janus problem is the problem overcome (a task)
        proposed=[E("BoostDream")],
        methods_used=[E("Score Distillation Sampling", "SDS")],
        tasks=["text-to-3D generation", "3D asset refinement", "Janus problem"])),
    ("naacl2024:2024.naacl-long.180", dict(  # title name "Instructional Fingerprinting" recorded as proposed (the abstract says only "this approach", a lightweight instruction tuning; heldout3-6 title rule; uncertain); instruction tuning, instruction backdoors and parameter-efficient training are generic; "MIT License" is only an analogy; the 11 LLMs are unnamed (a setting)
        proposed=[E("Instructional Fingerprinting")],
        tasks=["LLM fingerprinting", "model ownership authentication",
               "intellectual property protection"])),
    ("www2025:vo7EHT3iBs", dict(  # the title prefix "Hunting in the Dark Forest" is a phrase, not a name; the approach and the pre-trained model are unnamed; "transaction reconstruction" is the lower-case pre-training task (put in tasks); results as written (LaTeX \% as %); the 1,692 confirmed address poisoning attacks are an outcome count (tuning16's TensorJSFuzz rule; uncertain); the $585 million losses (motivation) and the 30 known samples (a setting) are not recorded; anonymous link, trailing period dropped
        metrics=["AUC", "precision"],
        tasks=["on-chain attack transaction detection", "blockchain security",
               "transaction reconstruction"],
        repos=["https://anonymous.4open.science/r/6F40"],
        results=[R("AUC improvement over supervised state of the art", "13%"),
                 R("precision", "61.83%"),
                 R("confirmed address poisoning attacks", "1,692")])),
    ("aaai2021:01361", dict(  # "a novel comprehensive feature aggregation approach (CompFeat)": the lower-case long form with its coined short name is the name (tuning9's ACF rule); the title's capitalised form differs only in case; the new attention mechanism and siamese design are unnamed / generic; YouTube-VIS ("dataset" trimmed)
        proposed=[E("comprehensive feature aggregation", "CompFeat")],
        datasets=[D("YouTube-VIS")],
        tasks=["video instance segmentation", "video object tracking",
               "temporal feature aggregation"])),
    ("uai2022:c80bec7cd2", dict(  # "We propose predictive Whittle networks" (sentence-case title, the same words); the "novel Whittle forecasting loss" is capitalised only for the proper noun, not recorded (tuning24's Poisson blending loss rule; uncertain); probabilistic circuits are a model family (left out, like Gaussian processes; uncertain); "forecasting accuracy" recorded without a number (heldout5's INRet rule; uncertain)
        proposed=[E("predictive Whittle networks")],
        metrics=["forecasting accuracy"],
        tasks=["time series forecasting", "probabilistic forecasting",
               "uncertainty estimation"])),
    ("aistats2022:e2077551f1", dict(  # descriptive title, the variational inference algorithm is unnamed; spike and slab priors are the named prior the GP uses (tuning26's named priors; the compared "spike and slab GP using MCMC" is the same model); automatic relevance determination kernels are the existing thresholding approach (a specific named technique; "kernels" trimmed, written form as alias; uncertain); GPs, sparse variational GPs, MCMC, Bayesian model averaging, dropout pruning and nearest neighbour minibatching left out as families / generic; runtime recorded (tuning19 / 22; uncertain); "1000 times faster" ("up to" dropped); n=10^6 is a setting
        methods_used=[E("spike and slab priors"),
                      E("automatic relevance determination",
                        "automatic relevance determination kernels")],
        metrics=["runtime"],
        tasks=["variable selection in Gaussian processes", "Bayesian variable selection",
               "scalable variational inference"],
        results=[R("speed-up over spike and slab GP with MCMC", "1000 times")])),
    ("corl2022:KWCZfuqshd", dict(  # no proposed name: the pre-training is "like prior work" via MAE, so the title's "Masked Visual Pre-training" is not recorded (read as the prior approach the paper scales; uncertain); masked autoencoder (MAE), CLIP (compared) and the vision transformer (the trained 307M model, GUIDELINES' ViT) are used; ImageNet is the data of the compared supervised pre-training (uncertain); results "up to" dropped, metric unnamed so descriptive (tuning9's MeRL rule); 307M parameters and 4.5M images are settings
        methods_used=[E("masked autoencoder", "MAE"), E("CLIP"), E("vision transformer")],
        datasets=[D("ImageNet")],
        tasks=["real-world robot learning", "self-supervised visual pre-training",
               "visual representation learning for control"],
        results=[R("improvement over CLIP", "75%"),
                 R("improvement over supervised ImageNet pre-training", "81%"),
                 R("improvement over training from scratch", "81%")])),
    ("icml2018:2019", dict(  # descriptive title, the nonparametric algorithms are unnamed; the fMRI, arterial blood pressure and photoplethysmogram data are unnamed
        tasks=["common covariance matrix estimation", "common density estimation",
               "group-level analysis of heterogeneous populations"])),
    ("cvpr2015:fbb5b64938", dict(  # title name "Cayley-Klein Metric Learning" proposed, and its two named variants "MMC Cayley-Klein metric learning" and "LMNN Cayley-Klein metric learning" (tuning7's two LMNN variants); the Cayley-Klein metric (existing, introduced into vision) and the Mahalanobis metric (compared) are named concepts used, like heldout5's Shapley value (uncertain); MMC and LMNN appear only inside the proposed names and are not recorded separately (tuning7's S2TNet rule; uncertain); no data set or metric is named
        proposed=[E("Cayley-Klein Metric Learning"),
                  E("MMC Cayley-Klein metric learning"),
                  E("LMNN Cayley-Klein metric learning")],
        methods_used=[E("Cayley-Klein metric"), E("Mahalanobis metric")],
        tasks=["metric learning", "non-Euclidean metric learning"])),
    ("coling2020:2020.coling-main.33", dict(  # "an encoder-decoder model called PG-GSQL"; the title's "Pointer-Generator Network with Guide Decoding" does not spell it letter for letter, so no alias (tuning1's CAVIA rule); the guide component and column-table linking mechanism are lower-case descriptions; the hybrid pointer-generator network (tuning9's pointer-generator) and BERT are used; SParC is "the ... benchmark"; all six results get dataset SParC ("on the dev set" of SParC; the BERT sentence does not repeat the name; uncertain); "Our code is publicly available" has no URL
        proposed=[E("PG-GSQL")],
        methods_used=[E("pointer-generator network"), E("BERT")],
        benchmarks=[D("SParC")],
        metrics=["question matching accuracy", "interaction matching accuracy"],
        tasks=["context-dependent text-to-SQL generation", "cross-domain text-to-SQL",
               "semantic parsing"],
        results=[R("question matching accuracy", "34.0%", "SParC"),
                 R("interaction matching accuracy", "19.0%", "SParC"),
                 R("question matching accuracy with BERT augmentation", "53.1%", "SParC"),
                 R("interaction matching accuracy with BERT augmentation", "34.7%", "SParC"),
                 R("question matching accuracy gain over previous state of the art", "5.9%",
                   "SParC"),
                 R("interaction matching accuracy gain over previous state of the art", "5.2%",
                   "SParC")])),
    ("colm2025:7evvwwdo3z", dict(  # R2E-Gym (abstract "R2EGym") is an introduced executable gym environment of 8.1K tasks for training, recorded as an introduced dataset (GUIDELINES; environments as datasets, tuning10); SWEGEN (the data curation recipe) and the capitalised "Hybrid Test-time Scaling" are proposed; o1, o1-preview and sonnet-3.5-v2 are the compared proprietary models ("such as", the actual instances, tuning16); SWE-Bench Verified is a benchmark; the 51% and the "around 42-43%" saturation have no named metric (descriptive, tuning9's MeRL rule; the latter names no data set); the 32B model is unnamed; "We will open-source" has no URL
        proposed=[E("SWEGEN"), E("Hybrid Test-time Scaling")],
        methods_used=[E("o1"), E("o1-preview"), E("sonnet-3.5-v2")],
        datasets=[D("R2E-Gym", "R2EGym", introduced=True)],
        benchmarks=[D("SWE-Bench Verified")],
        metrics=["pass@1"],
        tasks=["software engineering agents", "executable environment curation",
               "test-time scaling", "GitHub issue resolution"],
        results=[R("pass@1", "34.4%", "SWE-Bench Verified"),
                 R("individual verifier saturation", "around 42-43%"),
                 R("SWE-Bench Verified score with hybrid test-time scaling", "51%",
                   "SWE-Bench Verified")])),
    ("eccv2022:31498212e5", dict(  # descriptive title; the method is unnamed; cycle inconsistency is the exploited (lower-case) idea, weight suppression, adversarial learning, soft nearest neighbor and center losses are generic; the three benchmark datasets are unnamed; partial domain adaptation (PDA) is the problem
        tasks=["partial domain adaptation", "unsupervised domain adaptation",
               "negative transfer mitigation"])),
    ("icra2015:7139730", dict(  # descriptive title; the interaction system and the two deformation models are unnamed; "accurately" is an adjective, not a metric
        tasks=["hand interaction with virtual objects", "physics-based hand simulation",
               "hand deformation modeling"])),
    ("acml2021:37cb850873", dict(  # the data-driven workflow is unnamed; the conditional generative adversarial network (cGAN) is the architecture used (tuning10 / 12's GANs); CFD simulations are the background method class replaced (left out; uncertain); computation time recorded (tuning12 / 21); "from days to seconds" has no numeral
        methods_used=[E("conditional generative adversarial network", "cGAN")],
        metrics=["computation time"],
        tasks=["pedestrian wind comfort estimation", "wind microclimate assessment",
               "urban design"])),
    ("rss2011:9606f89338", dict(  # descriptive title ("A Serial Approach ..."), the novel method is unnamed; the Sigma-Point Kalman Filter (SPKF) is the filter the method serves and the Extended Kalman Filter (EKF) the compared context (heldout5 / tuning14's EKF); the generic Kalman filter is left out; "computational cost" is an analysis quantity, not a metric
        methods_used=[E("Sigma-Point Kalman Filter", "SPKF"),
                      E("Extended Kalman Filter", "EKF")],
        tasks=["pose estimation", "serial measurement processing", "state estimation"])),
    ("nips2015:5640", dict(  # title prefix "Optimization Monte Carlo" is a coined name (the abstract's "anytime Monte Carlo method"); Monte Carlo and the simulator are generic; the six experiments are unnamed
        proposed=[E("Optimization Monte Carlo")],
        tasks=["likelihood-free inference", "simulator-based inference",
               "parallel Monte Carlo inference"])),
    ("iclr2018:Sy5OAyZC-", dict(  # "Simple Word Embeddings-based Models (SWEMs)" is the capitalised model family the paper names and studies (the new max-pooling SWEM setup is unnamed); recorded as proposed with "SWEMs" and the singular "SWEM" as aliases (uncertain: the text does not say the name is new); RNNs and CNNs are generic (GUIDELINES; tuning11 / 15 / 21); max-pooling and averaging generic
        proposed=[E("Simple Word Embeddings-based Models", "SWEMs", "SWEM")],
        tasks=["text representation learning", "word embedding compositionality",
               "model interpretability"])),
    ("wacv2023:57a2a73df3", dict(  # empirical exploration: no proposed name; recurrent networks, motion compensation and video stabilization are generic design aspects; joint denoising and demosaicing (JDD) is the task
        tasks=["video joint denoising and demosaicing", "video denoising", "demosaicing"])),
    ("emnlp2021:2021.emnlp-demo.41", dict(  # FAST proposed ("we propose 'FAST'", curly quotes dropped) with the title's "Fast Annotation tool for SmarT devices", which spells it letter for letter; speed, quality and ease of use are vague annotation criteria (not recorded); crowd-sourcing generic
        proposed=[E("FAST", "Fast Annotation tool for SmarT devices")],
        tasks=["mobile data annotation", "crowd-sourced annotation", "sentiment analysis"])),
    ("iccv2015:463911c145", dict(  # descriptive title; the neural sentence embedding, the video-text neural embedding and the context-aware CNN are lower-case descriptions; the book corpus is unnamed
        tasks=["book-movie alignment", "story-like visual explanations",
               "sentence embedding", "video-text alignment"])),
    ("acl2021:2021.acl-short.109", dict(  # the title prefix "Embracing Ambiguity" is a phrase; AmbiNLI is an introduced ("we prepare") trial dataset; ChaosNLI is used (its divergence scores); UNLI is only an example of related efforts, neither used nor introduced (tuning31's CLEVR rule; uncertain); "divergence score" recorded from "ChaosNLI divergence scores" (uncertain)
        datasets=[D("AmbiNLI", introduced=True), D("ChaosNLI")],
        metrics=["divergence score"],
        tasks=["natural language inference", "label ambiguity modeling",
               "learning from label distributions"])),
    ("iros2020:9341705", dict(  # "a domain-adversarial and -conditional state space model (DAC-SSM)": the lower-case long form with its coined acronym is the name (tuning9's ACF rule); the title's capitalised form differs only in case; model predictive control is the controller evaluated (tuning31's MPC; lower case, uncertain); POMDPs generic; the existing SRL method is unnamed; "more than twice the baselines" has no numeral
        proposed=[E("domain-adversarial and -conditional state space model", "DAC-SSM")],
        methods_used=[E("model predictive control")],
        tasks=["state representation learning", "imitation learning",
               "domain-agnostic state learning", "continuous control"])),
    ("colt2021:faf5798919", dict(  # theory paper; the "Legendre exponent, a notion that we introduce" is proposed (the heldout5 / tuning1 notion rule); optimistic mirror descent is the analysed algorithm (tuning11's analysed FTL rule); Bregman functions / divergence and their examples (Euclidean projection, negative entropy, fractional power) are concepts
        proposed=[E("Legendre exponent")],
        methods_used=[E("optimistic mirror descent")],
        tasks=["last-iterate convergence rate", "stochastic variational inequalities"])),
    ("3dv2025:1xLfRYErqk", dict(  # UniMotion proposed; HumanML3D ("dataset" trimmed); MoCap data and YouTube videos are unnamed sources; "will be made public" has no URL; "state-of-the-art results" has no number
        proposed=[E("UniMotion")],
        datasets=[D("HumanML3D")],
        tasks=["3D human motion synthesis", "human motion understanding",
               "frame-level text-to-motion"])),
    ("ijcai2020:paper208", dict(  # Uncertainty-Aware Heuristic Search (UAHS) proposed (long form as name, dev's CLAW rule); the predictive VM provisioning (PreVMP) problem the paper formulates goes in tasks (tuning8's coined-problem rule); Bayesian optimization is used (tuning9 / 10 / 14); Microsoft Azure is the deployment platform (not recorded, tuning17 / 20's platform rule; uncertain); the two public and one industrial datasets are unnamed
        proposed=[E("Uncertainty-Aware Heuristic Search", "UAHS")],
        methods_used=[E("Bayesian optimization")],
        tasks=["predictive VM provisioning", "virtual machine provisioning",
               "cloud resource optimization"])),
    ("naacl2024:2024.findings-naacl.84", dict(  # "we propose to learn cross-architecture instruction embeddings (CAIE)": the lower-case long form with its coined acronym is the name (tuning9's ACF rule); x86 / ARM / MIPS / PowerPC are instruction set architectures (settings), not methods or data; the malware data are unnamed
        proposed=[E("cross-architecture instruction embeddings", "CAIE")],
        tasks=["binary code analysis", "cross-architecture instruction embedding",
               "malware detection", "function similarity comparison"])),
    ("www2025:51IyhOAptb", dict(  # study paper: no method; contextual bias is the identified phenomenon (a task, tuning30's phenomenon rule); "answer accuracy" recorded as the studied trade-off quantity without a number (heldout5's INRet rule; uncertain); the "4-5 items per query" is a query size, not recorded (uncertain)
        metrics=["answer accuracy"],
        tasks=["crowdsourced clustering", "query design", "contextual bias",
               "crowdworker noise modeling"])),
    ("aaai2021:09046", dict(  # the title prefix "Game of Gradients" is a phrase; "Shapley value based Federated Averaging (S-FedAvg)" proposed (long form as name, dev's CLAW rule); the Shapley value is used (heldout5); Federated Averaging appears only inside the proposed name and is not recorded separately (tuning7's S2TNet rule; uncertain); FRCS ("We refer to these problems as") is a problem, in tasks (tuning8's k-experts rule); the image classification and speech recognition data are unnamed
        proposed=[E("Shapley value based Federated Averaging", "S-FedAvg")],
        methods_used=[E("Shapley value")],
        tasks=["federated relevant client selection", "federated learning",
               "image classification", "speech recognition"])),
    ("uai2024:57ba617cb0", dict(  # "termed ALIN": the short name leads (tuning12's TEGLO / ORFA rule); the title "Active Learning Framework for Incomplete Networks" is its expansion with "Framework for" skipped (tuning30's MCLAS rule; uncertain); GNNs generic (tuning8 / 20); Cora, Citeseer, Pubmed and Coauthor-CS ("datasets")
        proposed=[E("ALIN", "Active Learning Framework for Incomplete Networks")],
        datasets=[D("Cora"), D("Citeseer"), D("Pubmed"), D("Coauthor-CS")],
        tasks=["active learning on incomplete graphs", "node classification",
               "link prediction"])),
    ("aistats2007:405622bba3", dict(  # the title's "(Approximate) Subgradient Methods" names the existing technique applied to structured prediction, so it is methods_used as the title writes it (tuning29's Gauss-Newton Optimisation rule; uncertain); the convex regression formulation is unnamed; the maximum margin framework is generic; regret is theoretical; the three structured prediction problems are unnamed
        methods_used=[E("Subgradient Methods")],
        tasks=["structured prediction", "maximum margin structured learning",
               "online learning"])),
    ("corl2025:brTSiML1nh", dict(  # AimBot proposed; the overhead "less than 1 ms" is an outcome time (tuning1's "33ms", tuning21's "less than 1ms"); the visuomotor policies are unnamed; project page (videos) is the repo
        proposed=[E("AimBot")],
        tasks=["visuomotor policy learning", "robotic manipulation",
               "visual augmentation"],
        repos=["https://aimbot-reticle.github.io/"],
        results=[R("computational overhead", "less than 1 ms")])),
    ("icml2018:2206", dict(  # descriptive title; the partial optimality conditions, the packing-dual lower bound and the re-weighting are unnamed; the linear program relaxation and local search algorithms are generic; the benchmark instances are unnamed
        tasks=["weighted correlation clustering", "partial optimality",
               "correlation clustering lower bounds"])),
    ("cvpr2013:166b87020b", dict(  # descriptive title; the coding scheme is unnamed; bag of words models and locality-based / sparse coding methods are generic method classes (tuning17 left bag-of-words out); the benchmark datasets are unnamed
        tasks=["image classification", "feature coding", "manifold-based coding"])),
    ("coling2020:2020.coling-main.344", dict(  # Locally Autoencoding Parser (LAP) and Globally Autoencoding Parser (GAP) proposed (long forms as names); DNN generic; WSJ and UD copied as written ("WSJ and UD dependency parsing data sets"); the previously proposed semi-supervised model is unnamed
        proposed=[E("Locally Autoencoding Parser", "LAP"),
                  E("Globally Autoencoding Parser", "GAP")],
        datasets=[D("WSJ"), D("UD")],
        tasks=["semi-supervised dependency parsing", "projective dependency parsing",
               "graph-based dependency parsing"])),
    ("colm2025:c0RsezY2D1", dict(  # study paper: no proposed method; LLMs and in-context learning are generic (tuning13); in-context reinforcement learning (ICRL) and its contextual bandit version are the studied problem; 500M-70B are model sizes (settings)
        tasks=["in-context reinforcement learning", "contextual bandits",
               "in-context learning"])),
    ("eccv2020:0dc426fc19", dict(  # "we propose a backward-and-forward propagation method": the title capitalises it ("via Backward-and-Forward Propagation"), so the title's form is recorded (tuning24 / 27's "Fraternal Dropout"; the text names it, so not GUIDELINES' "reset-tuning" case; uncertain); the co-detection CNN is a lower-case description; CNN generic
        proposed=[E("Backward-and-Forward Propagation")],
        tasks=["cell tracking", "weakly-supervised tracking", "cell detection"])),
    ("icra2022:9811762", dict(  # "a Distributed Timed Elastic Band (DTEB) Planner": the acronym covers the words before "Planner", so those are the name (tuning17's SSA rule) and no joined "... Planner" form is made up; Prioritized Planning and the "online TEB trajectory Planner" are the combined existing planners (TEB carries its written form, tuning20's YOLO detector rule); "The code and tests ... are available online" has no URL
        proposed=[E("Distributed Timed Elastic Band", "DTEB")],
        methods_used=[E("Prioritized Planning"), E("TEB", "TEB trajectory Planner")],
        tasks=["multi-robot navigation", "trajectory planning", "collision prediction",
               "deadlock resolution"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
