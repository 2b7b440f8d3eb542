#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning39/input.jsonl -> gold.jsonl.

Tuning set 39: 40 real corpus abstracts drawn by bench/tuning39/sample.py (seed 20261231),
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
abstracts and its code and outputs were never read; sets 36, 37 and 38 (drawn before this one and
annotated at the same time) and sets 40 to 43 were not read at all. Titles and ids are copied from
input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning39/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acml2024:acf147fb55", dict(  # descriptive title ("On Learning ..."); the model-agnostic training strategy and its inter-frequency / inter-instance correlation modules are lower-case descriptions; the two improved SSD models are unnamed; "the 2019 dataset and 2021 dataset of ASVspoof" recorded as ASVspoof 2019 and ASVspoof 2021 (the years attached, like tuning17's VQA v2.0 expansion; uncertain); text-to-speech and voice conversion are the spoofing sources (generic); "performance" is not a metric
        datasets=[D("ASVspoof 2019"), D("ASVspoof 2021")],
        tasks=["synthetic speech detection", "spoofing speech detection",
               "model-agnostic training"])),
    ("uai2021:451a20e496", dict(  # descriptive title; "The proposed GP similarity" (also "the GP measure") is the coined measure, recorded as proposed with its second written form as alias (uncertain: it could be read as a description); Gaussian processes are a model family (heldout5-6), the Bayes factor and Euclidean distance are measures (tuning9's KL divergence), the two distance-based clustering methods and the synthetic / real data are unnamed
        proposed=[E("GP similarity", "GP measure")],
        tasks=["sparse time series similarity", "time series clustering",
               "gene transcriptomics analysis"])),
    ("nips2004:00faaf306d", dict(  # descriptive title (its typo "Overalpping" is kept in the title field only); the approach is unnamed; conditional Markov networks are left out as a model family (tuning8's Markov Network; uncertain, it is the base of the approach); hidden Markov models are the named prior models and the compared baselines (tuning15's HMM); the genomics data are unnamed; "more accurate" is an adjective
        methods_used=[E("hidden Markov models", "HMMs")],
        tasks=["detecting overlapping patterns in sequences", "sequential prediction",
               "genomic sequence analysis"])),
    ("cvpr2013:9a2e9b250a", dict(  # descriptive title; the framework and techniques are unnamed; "dataset bias" is a phenomenon, kept as a task; "improve recognition accuracy" recorded without a number (heldout5's INRet rule; uncertain)
        metrics=["recognition accuracy"],
        tasks=["semi-supervised domain adaptation", "multicategory image classification",
               "object detection in video", "dataset bias"])),
    ("colm2024:EIjJ6ykPnh", dict(  # "We propose D2PO, discriminator-guided DPO": the short name leads (tuning12's TEGLO / ORFA rule), the lower-case expansion is the alias (the title's "Discriminator-Guided DPO" differs only in case); DPO is the base and PPO the outperformed method (dev's ReFT PPO); supervised fine-tuning and RLHF are only listed as existing alignment approaches ("including", tuning11's examples-only rule; RLHF uncertain); the reward model / discriminative response evaluation model is generic
        proposed=[E("D2PO", "discriminator-guided DPO")],
        methods_used=[E("DPO"), E("PPO")],
        tasks=["language model alignment", "online preference optimization",
               "discriminator-based silver labeling"])),
    ("iros2014:6943224", dict(  # "we propose ... a multimodal Roll-to-Swim motion transition ... The proposed Roll-to-Swim is a robust swimmer": Roll-to-Swim is the coined system name, with the text's "Roll-to-Swimmers" as alias; the rotating magnetic field and the closed loop with microscopic visual feedback are generic; cargo transport is an application
        proposed=[E("Roll-to-Swim", "Roll-to-Swimmers")],
        tasks=["helical nanoswimmer locomotion", "magnetic actuation control",
               "micro-scale cargo transport"])),
    ("coling2022:2022.coling-1.494", dict(  # analysis paper: the seven adaptation methods and the three VL models are unnamed; GLUE is a benchmark (GUIDELINES); Visual Property Norms (VPN) is an evaluation data set the text does not call a benchmark, so datasets
        datasets=[D("Visual Property Norms", "VPN")],
        benchmarks=[D("GLUE")],
        tasks=["text-only adaptation of VL models",
               "language understanding evaluation", "multimodal pre-training"])),
    ("aistats2023:998a382f2d", dict(  # theory paper on existing methods: PGA, boosted PGA, SCG and SCG++ are the analysed algorithms (tuning11's analysed FTL rule; "boosted PGA" lower case as written); the improved bound for SCG is not a new named method; OPT/2 and (1-1/e)OPT are theoretical guarantees, not results; NQP and optimal budget allocation are the experiment problems (tasks)
        methods_used=[E("PGA"), E("boosted PGA"), E("SCG"), E("SCG++")],
        tasks=["stochastic continuous submodular maximization", "high-probability bounds",
               "non-concave quadratic programming", "optimal budget allocation"])),
    ("icml2017:766", dict(  # the title names the approach (the abstract: "a novel generative approach to learn hash functions"), so "Stochastic Generative Hashing" is proposed (heldout3-6 title rule); the Minimum Description Length principle is the named principle used (tuning23's Information Bottleneck principle; the role noun trimmed with the written form as alias, tuning13's CROP rule; uncertain); the stochastic distributional gradient is lower case (not recorded); the large-scale datasets are unnamed
        proposed=[E("Stochastic Generative Hashing")],
        methods_used=[E("Minimum Description Length", "Minimum Description Length principle")],
        tasks=["learning to hash", "binary hashing", "large-scale similarity search"])),
    ("acl2021:2021.acl-long.379", dict(  # R2D2 is the title prefix (the abstract says only "a recursive Transformer model"); the subtitle "Recursive Transformer based on Differentiable Tree" does not spell R2D2 letter for letter, so no alias (tuning1's CAVIA rule); CKY ("differentiable CKY style binary trees") is the named parsing algorithm the trees follow (uncertain); the Transformer is part of the proposed model's description (tuning7's S2TNet rule); the pruning and growing algorithm is unnamed
        proposed=[E("R2D2")],
        methods_used=[E("CKY")],
        tasks=["interpretable hierarchical language modeling", "language modeling",
               "unsupervised parsing"])),
    ("iccv2013:f0cd1773d2", dict(  # the benchmark and the "new volume-based metric" are both unnamed in the text, so nothing is recorded in benchmarks / metrics (over-segmentation and segmentation accuracy are what the metric trades off, not metrics reported); image segmentation is the related still-frame problem
        tasks=["video segmentation", "video segmentation benchmarking",
               "segmentation evaluation metrics"])),
    ("naacl2024:2024.naacl-long.64", dict(  # TrojFSP proposed (markdown underscores stripped throughout); its named techniques Target-Class Shrink (TC-Shrink, long form as name, dev's CLAW rule), Selective Token Poisoning ("we employ", but italicised as the paper's technique) and the Trojan-Trigger Attention objective are named sub-components (heldout6's KBP / SRT rule); ASR and CDA written as long forms lower-cased; "over 99%" ASR with dataset "" (various PLMs and unnamed datasets); prompt tuning, PLMs and data poisoning attacks are generic
        proposed=[E("TrojFSP"), E("Target-Class Shrink", "TC-Shrink"),
                  E("Selective Token Poisoning"), E("Trojan-Trigger Attention")],
        metrics=["attack success rate", "clean data accuracy"],
        tasks=["Trojan attacks on prompt tuning", "few-shot prompt tuning",
               "backdoor attacks on language models", "data poisoning"],
        repos=["https://github.com/UCF-ML-Research/TrojFSP"],
        results=[R("attack success rate", "over 99%")])),
    ("wacv2021:94e7190984", dict(  # the title's "Joint Co-Attention" is recorded as proposed (the abstract's lower-case "joint co-attention" unit, its "novel joint attention mechanism"; tuning2's "Contrast Replay Networks" rule; uncertain, tuning19 left a title-case-only module out); "Recursive Fusion" is descriptive; the attention mechanism is generic; AVE ("dataset" trimmed)
        proposed=[E("Joint Co-Attention")],
        datasets=[D("AVE")],
        tasks=["audio-visual event localization", "multimodal fusion",
               "audio-visual representation learning"])),
    ("emnlp2022:2022.emnlp-main.657", dict(  # "MABEL (a Method for Attenuating Gender Bias using Entailment Labels)": the short name leads (tuning12's TEGLO / ORFA rule), the expansion without the article is the alias; the alignment regularizer is lower case; contrastive learning and counterfactual augmentation are generic; the NLI datasets are unnamed; the intrinsic / extrinsic metrics are unnamed; fairness is not a metric
        proposed=[E("MABEL", "Method for Attenuating Gender Bias using Entailment Labels")],
        tasks=["gender bias mitigation", "debiasing contextualized representations",
               "intermediate pre-training"])),
    ("eccv2018:6ddfa35067", dict(  # "OmniDepth" is the coined title prefix (the abstract names nothing; tuning21's Harmon rule); the 360 dataset rendered from "recently released large scale 3D datasets" is introduced but unnamed, and its sources are unnamed too; the monocular depth models trained on traditional images are unnamed
        proposed=[E("OmniDepth")],
        tasks=["omnidirectional depth estimation", "monocular depth estimation",
               "360 dataset synthesis"])),
    ("icra2020:9197292", dict(  # "a heuristic algorithm, Merge-Embed-Merge (MEM)" proposed (long form as name, dev's CLAW rule); Extended Path Scanning is the named baseline heuristic (methods_used); the MILP is the problem formulation and its "optimal MILP approach" is left out (tuning15's semidefinite programs / tuning19's LMIs; uncertain); the UNC Charlotte campus road network is a demonstration scenario, not recorded (tuning31's Charles de Gaulle airport call; uncertain); 4,658 edges / 4,504 vertices / 16 sq. km are settings
        proposed=[E("Merge-Embed-Merge", "MEM")],
        methods_used=[E("Extended Path Scanning")],
        tasks=["line coverage problem", "multi-robot coverage planning", "arc routing"])),
    ("corl2021:xQ8rr3-zpiH", dict(  # the title prefix "Just Label What You Need" is a sentence, not a name; the cost-aware fine-grained active learning approach is unnamed; the "real-world dataset" is unnamed; P&P is the problem (tasks)
        tasks=["active learning", "perception and prediction", "self-driving vehicles",
               "partially labeled scenes"])),
    ("3dv2025:KhjlXNbYea", dict(  # LangOcc proposed; CLIP is the distilled encoder; differentiable volume rendering is generic (tuning31); Occ3D-nuScenes ("dataset" trimmed); the mAP sentence names no dataset, so its results have dataset "" (tuning3's FLIQS rule); LaTeX `$22.7$` and `$+4.3 \%$` written plain
        proposed=[E("LangOcc")],
        methods_used=[E("CLIP")],
        datasets=[D("Occ3D-nuScenes")],
        metrics=["mAP", "mIoU"],
        tasks=["open vocabulary occupancy estimation", "3D occupancy estimation",
               "semantic occupancy estimation", "vision-based autonomous driving"],
        results=[R("mAP", "22.7"),
                 R("mAP margin over LiDAR-supervised competitors", "+4.3%"),
                 R("mIoU", "11.84", "Occ3D-nuScenes"),
                 R("mIoU gain over vision-only semantic occupancy methods", "+1.71%",
                   "Occ3D-nuScenes")])),
    ("rss2024:d65c22960f", dict(  # AdaptiGraph proposed; "the ... graph-based neural dynamics (GBND) framework" it leverages is a named existing framework (lower-case long form with acronym, name + alias); the GNN is generic; the physical property optimization process is lower case; "superior prediction accuracy" recorded without a number (heldout5's INRet rule; uncertain), "task proficiency" is vague
        proposed=[E("AdaptiGraph")],
        methods_used=[E("graph-based neural dynamics", "GBND")],
        metrics=["prediction accuracy"],
        tasks=["deformable object manipulation", "material-adaptive dynamics modeling",
               "robotic manipulation", "few-shot physical property adaptation"])),
    ("iclr2018:HyEi7bWR-", dict(  # "the proposed scaled Cayley orthogonal recurrent neural network (scoRNN)": lower-case long form with coined acronym (tuning9's ACF rule); uRNNs and LSTMs are the named prior architectures compared (dev P094's LSTM form); plain RNNs are generic (tuning11); the Cayley transform is a mathematical tool (tuning12's Laplace transform; uncertain, it is in the title)
        proposed=[E("scaled Cayley orthogonal recurrent neural network", "scoRNN")],
        methods_used=[E("Unitary Recurrent Neural Networks", "uRNNs"),
                      E("Long Short-Term Memory networks", "LSTMs")],
        tasks=["orthogonal recurrent neural networks", "vanishing and exploding gradients",
               "sequential data modeling"])),
    ("ijcai2024:paper578", dict(  # TAI++ (title prefix) proposed with no alias (the title's "Text as Image" would name the unimproved TAI, tuning27's TMN+ rule); "a pseudo-visual prompt (PVP) module": covered words as name, PVP alias (tuning17's SSA rule); the co-learning strategy and dual-adapter module are lower case; the pre-trained vision-language models are unnamed; datasets as written ("NUSWIDE")
        proposed=[E("TAI++"), E("pseudo-visual prompt", "PVP")],
        datasets=[D("VOC2007"), D("MS-COCO"), D("NUSWIDE")],
        tasks=["multi-label image classification", "prompt tuning",
               "vision-language model adaptation"],
        repos=["https://github.com/njustkmg/PVP"])),
    ("colt2024:46570f2de7", dict(  # theory paper: nothing named is proposed; kernel regression, PDE regularisation and the Sobolev minimax rate are concepts; the one-dimensional example is unnamed
        tasks=["physics-informed machine learning", "PDE-regularized regression",
               "kernel regression convergence rates"])),
    ("aaai2021:11666", dict(  # "the Mutual Information Regularization based Defense (MID)" proposed (long form as name, dev's CLAW rule); DP and the linear regression / decision tree / neural network target models are generic; the attacks and datasets are unnamed
        proposed=[E("Mutual Information Regularization based Defense", "MID")],
        tasks=["model inversion attack defense", "privacy-preserving machine learning",
               "utility-privacy tradeoff"])),
    ("www2025:OHtjMJABg0", dict(  # Aegis proposed; FedRecs is the setting (tasks); the multi-component loss is lower case; "recommendation accuracy" recorded without a number (tuning23's LLaRD call; uncertain); the benchmark datasets are unnamed
        proposed=[E("Aegis")],
        metrics=["recommendation accuracy"],
        tasks=["federated unlearning", "attribute unlearning", "federated recommender systems",
               "attribute inference attack defense"])),
    ("acml2021:a843dc46a5", dict(  # empirical study: nothing named (no method, environment or dataset is named)
        tasks=["generalization in reinforcement learning", "state and action representation",
               "language as representation"])),
    ("uai2023:056ed893ea", dict(  # "A method named the surgery estimator" is the existing method (methods_used, lower case as written) and Pearl's do-calculus the named calculus it uses (tuning26's do-calculus); the polynomial-time algorithm is unnamed; DAGs and greedy search are generic; "run-time" recorded without a number (tuning30's CWGrasp runtime; uncertain); the simulated / semi-synthetic data are unnamed
        methods_used=[E("surgery estimator"), E("do-calculus")],
        metrics=["run-time"],
        tasks=["finding invariant predictors", "out-of-distribution generalization",
               "identifiability of conditional causal queries"])),
    ("nips2005:2dbc3bb1b1", dict(  # sentence-case descriptive title; the new basis selection criterion is unnamed; matching pursuit is the named existing approach of the title (uncertain); sparse GP regression models are a model family (heldout5-6); "that of Smola and Bartlett" and "the information gain approach proposed by Seeger et al" are named only by authors (not recorded); "gains in accuracy" recorded without a number (heldout5's INRet rule; uncertain)
        methods_used=[E("matching pursuit")],
        metrics=["accuracy"],
        tasks=["sparse Gaussian process regression", "basis selection"])),
    ("cvpr2018:0811f71cd4", dict(  # MATN proposed (long form as name, dev's CLAW rule); the multi-scale correspondence network, contrastive reconstruction loss and triplet losses are lower-case / generic; Flickr30K Entities and ReferItGame ("datasets" trimmed); no numbers
        proposed=[E("Multi-scale Anchored Transformer Network", "MATN")],
        datasets=[D("Flickr30K Entities"), D("ReferItGame")],
        tasks=["weakly supervised phrase localization", "phrase grounding",
               "visual grounding"])),
    ("colm2025:uBAubFwymy", dict(  # "we develop the VaPR dataset" (introduced; not also proposed, GUIDELINES), and VaPR-OS (the open-source-editor variant, also introduced); the title's "Vision-language Preference alignment for Reasoning" does not spell VaPR letter for letter, so no alias; the hard-negative response generation framework is unnamed; DPO (long form as name), LLaVA-V1.5 (the text's "LLaVA" as alias), Qwen2VL, Qwen2.5VL and GPT-4o (VaPR's synthesiser) are used; the ten benchmarks are unnamed, so dataset "" and the metric text is descriptive (tuning9's MeRL rule); 30K samples and 2B-13B sizes are settings
        methods_used=[E("Direct Preference Optimization", "DPO"), E("LLaVA-V1.5", "LLaVA"),
                      E("Qwen2VL"), E("Qwen2.5VL"), E("GPT-4o")],
        datasets=[D("VaPR", introduced=True), D("VaPR-OS", introduced=True)],
        tasks=["vision-language preference alignment", "hard-negative response generation",
               "visual reasoning"],
        repos=["https://vap-r.github.io/vap-r/"],
        results=[R("average gain across ten benchmarks (LLaVA)", "6.5%"),
                 R("average gain across ten benchmarks (Qwen2VL)", "4.0%"),
                 R("average gain across ten benchmarks (Qwen2.5VL)", "1.5%"),
                 R("performance of VaPR-OS-trained models relative to VaPR-trained models",
                   "~99%")])),
    ("iros2008:4651168", dict(  # descriptive title; the behavior-based task-sequencing approach is unnamed; consensus and the compared globally-communicative / communication-free strategies are generic
        tasks=["task sequencing", "decentralized multi-robot coordination",
               "behavior-based control"])),
    ("coling2025:2025.coling-main.548", dict(  # the two prompt templates Many-Shot with Reference (MSwR) and Many-Shot without Reference (MSoR) are proposed (long forms as names, dev's CLAW rule); GPT-4 is the evaluated LLM ("such as", the actual instance, tuning16); in-context learning and LLMs are generic (tuning13); consistency / quality of evaluation results are not named metrics
        proposed=[E("Many-Shot with Reference", "MSwR"), E("Many-Shot without Reference", "MSoR")],
        methods_used=[E("GPT-4")],
        tasks=["LLMs as evaluators", "many-shot in-context learning",
               "evaluation bias mitigation"])),
    ("aistats2009:57aeb49028", dict(  # descriptive title; "a doubly hierarchical Pitman-Yor process language model" is recorded as proposed (a coined variant of a named model, lower case; uncertain) and "the graphical Pitman-Yor process" ("which we call") certainly; the bottom layer's hierarchical Pitman-Yor process language models are the existing models used; Bayesian inference is generic
        proposed=[E("doubly hierarchical Pitman-Yor process language model"),
                  E("graphical Pitman-Yor process")],
        methods_used=[E("hierarchical Pitman-Yor process language models")],
        tasks=["language model domain adaptation", "statistical language modeling",
               "Bayesian nonparametric modeling"])),
    ("icml2017:769", dict(  # the abstract is cut off mid-sentence; "a smoothed formulation of DTW, called soft-DTW" is the proposed loss, recorded in the title's form "Soft-DTW" (tuning27's Verbalizer Manipulation rule; the lower-case form differs only in case); dynamic time warping (DTW) is the existing discrepancy it builds on; the Euclidean distance is a measure and dynamic programming generic
        proposed=[E("Soft-DTW")],
        methods_used=[E("dynamic time warping", "DTW")],
        tasks=["time series comparison", "differentiable loss functions",
               "time series alignment"])),
    ("acl2022:2022.acl-long.240", dict(  # "we conduct Instance-Level Difficulty Analysis of Evaluation data (ILDAE)": the named analysis is proposed (tuning2's SPIN names a study; long form as name, dev's CLAW rule; the title's "Data" differs only in case); the 23 datasets are unnamed; Kendall correlation and weighted accuracy are the measures reported; results with dataset "" and the 5% condition kept in the metric text
        proposed=[E("Instance-Level Difficulty Analysis of Evaluation data", "ILDAE")],
        metrics=["Kendall correlation", "weighted accuracy"],
        tasks=["instance difficulty analysis", "efficient evaluation",
               "evaluation dataset quality improvement", "out-of-domain performance estimation"],
        results=[R("Kendall correlation with full-dataset evaluation (5% instances)", "0.93"),
                 R("higher correlation with Out-of-Domain performance (weighted accuracy)",
                   "5.2%")])),
    ("iccv2015:0ac611db7f", dict(  # DeepParts proposed; ConvNets are generic (GUIDELINES' CNNs); ImageNet appears only as the "e.g." pre-training source of prior ConvNets ("typically"), not this paper's data, so not recorded (tuning11's examples-only rule; uncertain); Caltech ("dataset" trimmed); the miss rate copied as written "11:89%" (the corpus text's colon for a decimal point, tuning13's CROP "+3 7" rule; uncertain); IoU appears only in the proposal description
        proposed=[E("DeepParts")],
        datasets=[D("Caltech")],
        metrics=["miss rate"],
        tasks=["pedestrian detection", "occlusion handling", "part detection"],
        results=[R("miss rate", "11:89%", "Caltech"),
                 R("miss rate improvement over the second best method", "10%", "Caltech")])),
    ("naacl2022:2022.naacl-main.187", dict(  # QAFactEval, the metric the paper proposes ("which we call"), is recorded in proposed and in metrics (tuning10 / 12 / 17 / 19 / 24's double entry for capitalised names); entailment-based and QA-based metrics are families; SummaC ("the SummaC factual consistency benchmark", trimmed) is a benchmark
        proposed=[E("QAFactEval")],
        benchmarks=[D("SummaC")],
        metrics=["QAFactEval"],
        tasks=["factual consistency evaluation", "text summarization",
               "QA-based evaluation metrics"],
        results=[R("average improvement over previous QA-based metrics", "14%", "SummaC")])),
    ("wacv2023:1dfbbf76f8", dict(  # ML-Decoder proposed; the group-decoding scheme and query augmentations are lower case; ResNet50 is the backbone used; global average pooling is the replaced generic operation (tuning9's pooling); MS-COCO, NUS-WIDE and ImageNet; "ZSL mAP" kept as written beside mAP; the ImageNet "top score" metric is unnamed (descriptive metric text); "Public code will be available" has no URL
        proposed=[E("ML-Decoder")],
        methods_used=[E("ResNet50")],
        datasets=[D("MS-COCO"), D("NUS-WIDE"), D("ImageNet")],
        metrics=["mAP", "ZSL mAP"],
        tasks=["multi-label classification", "zero-shot classification",
               "single-label image classification", "classification head design"],
        results=[R("mAP", "91.1%", "MS-COCO"), R("ZSL mAP", "31.1%", "NUS-WIDE"),
                 R("top score with vanilla ResNet50 backbone", "80.7%", "ImageNet")])),
    ("emnlp2021:2021.emnlp-main.252", dict(  # "a Mutual Information constrained Semantically Oversampling framework (MISO)": the words the acronym covers are the name, MISO and the written "... framework" form are aliases (tuning13's CROP rule; the title's capitalised "Constrained" differs only in case); the semantic fusion module, mutual information loss and coupled adversarial encoder-decoder are lower case; multi-head attention is generic; no dataset is named
        proposed=[E("Mutual Information constrained Semantically Oversampling", "MISO",
                    "Mutual Information constrained Semantically Oversampling framework")],
        tasks=["imbalanced text classification", "semantic oversampling",
               "representation re-embedding"])),
    ("eccv2020:b057c190b6", dict(  # "termed Selecting Predictable Landmarks for MultiLabel Learning (SPL-MLL)": long form as written is the name (dev's CLAW rule), SPL-MLL and the title's hyphenated "Multi-Label" form as aliases (tuning3's NGDS spelling rule); the Alternating Direction Method (ADM) is the solver used; the real-world datasets are unnamed; "classification performance" is vague
        proposed=[E("Selecting Predictable Landmarks for MultiLabel Learning", "SPL-MLL",
                    "Selecting Predictable Landmarks for Multi-Label Learning")],
        methods_used=[E("Alternating Direction Method", "ADM")],
        tasks=["multi-label classification", "landmark selection", "label recovery"])),
    ("icra2019:8793496", dict(  # descriptive title; the collision detection algorithm is unnamed; GJK and ASC are the compared named algorithms (long forms as names); closed-form Minkowski sums are a mathematical construction (heldout5's Kronecker product) and the Principal Kinematic Formula a theorem-like formula the new accuracy metric is based on (heldout5's Barron's theorem; uncertain); the introduced metric is named only as "an accuracy metric", recorded as accuracy (uncertain); convex polytopes and bounding volumes are generic
        methods_used=[E("Gilbert-Johnson-Keerthi", "GJK"),
                      E("Algebraic Separation Conditions", "ASC")],
        metrics=["accuracy"],
        tasks=["collision detection", "ellipsoid-superquadric collision detection",
               "robot motion planning"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
