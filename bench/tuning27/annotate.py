#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning27/input.jsonl -> gold.jsonl.

Tuning set 27: 40 real corpus abstracts drawn by bench/tuning27/sample.py (seed 20261219),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md, ../tuning21/README.md,
../tuning22/README.md, ../tuning23/README.md, ../tuning24/README.md and ../tuning25/README.md,
the format of ../tuning25/annotate.py (its first 80 lines: the header and the first entries; and
its last five lines) and ../heldout_annotation.py, the structure of ../tuning25/README.md, and the
draw code (../heldout_sampling.py and sample.py); the draw's skip list was matched against the
earlier sets' input.jsonl ids and titles by a script (no annotations read) and the skipped titles
looked up in the corpus. kg was never run on these abstracts and its code and outputs were never
read; set 26 (annotated at the same time) was not read beyond its input ids and titles. Titles and
ids are copied from input.jsonl so they are exact; everything else is typed by hand. Single
annotator, no adjudication. This is a TUNING set: its gold may be read and rules developed against
it (see README.md).

    python3 bench/tuning27/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("icra2014:6907850", dict(  # the title's named hand "RoboRay hand" is proposed, copied as written (the abstract says only "a 14-DOF robotic hand"); the tension decoupling mechanism and friction compensation algorithm are lower-case descriptions; the minimum detectable contact forces are measured outcomes (tuning18's NLOS "< 10 microns"; uncertain), the 1.59kg weight / 15N fingertip force / 14-DOF are design specifications (heldout6's rover mass, tuning13's 25 kgf)
        proposed=[E("RoboRay hand")],
        tasks=["robotic hand design", "sensorless contact force sensing",
               "tendon-driven actuation", "backdrivable manipulation"],
        results=[R("minimum detectable contact force", "0.735N"),
                 R("minimum detectable contact force with friction compensation", "0.196N")])),
    ("colt2023:bb9ae29c6a", dict(  # theory: the self-directed learners are unnamed; the 99% / 1% of points and the O(d log log n) / Omega(d log n) mistake bounds are theoretical guarantees and settings, not results
        tasks=["self-directed online classification", "linear classification",
               "mistake bounds", "online learning"])),
    ("www2025:nvd2unLfbI", dict(  # "a novel model called Monotonic Calibration Networks": the long form is the name, the title's MCNet the alias; the "monotonic calibration function (MCF)" is a named sub-component (lower-case long form with a coined acronym, tuning9's ACF rule); the order-preserving and field-balance regularizers are lower-case descriptions; the public and industrial datasets are unnamed
        proposed=[E("Monotonic Calibration Networks", "MCNet"),
                  E("monotonic calibration function", "MCF")],
        tasks=["uncertainty calibration", "online advertising",
               "click and conversion prediction"])),
    ("coling2020:2020.coling-main.287", dict(  # "a tailored solution named LadaBERT (Lightweight adaptation of BERT ...)": the short name leads (tuning12's TEGLO / ORFA rule), the parenthesis as written is the alias (the title's form differs only in case); BERT is the compressed model; weight pruning, matrix factorization and knowledge distillation are generic techniques; "state-of-the-art accuracy" (heldout5's INRet rule); "an order of magnitude" has no numeral
        proposed=[E("LadaBERT", "Lightweight adaptation of BERT through hybrid model compression")],
        methods_used=[E("BERT")],
        metrics=["accuracy"],
        tasks=["BERT model compression", "hybrid model compression",
               "natural language understanding"])),
    ("nips2018:11546", dict(  # theory: the title is a sentence; the No Free Lunch result is a theorem and the "simplicity prior / Occam's razor" a principle, not methods; IRL is the task
        tasks=["inverse reinforcement learning", "inferring preferences of irrational agents",
               "reward function identifiability"])),
    ("eccv2020:d8ed413fdc", dict(  # Memento10k is an introduced dataset ("a new, dynamic video memorability dataset"; also one of the "two video memorability benchmarks", kept in datasets as first described); "Multimodal Memorability" is read as the topic, not a method name (the model is unnamed; uncertain); the other benchmark is unnamed; the 12% gain has no named metric (tuning9's MeRL rule)
        datasets=[D("Memento10k", introduced=True)],
        tasks=["video memorability prediction", "memorability decay modeling",
               "human visual event memory"],
        results=[R("average improvement over the best prior approach", "12%")])),
    ("aistats2012:d6e95f8198", dict(  # theory: descriptive title, no named method or data; the exponential runtime decrease and polynomial sample growth are theoretical rates
        tasks=["computational-sample complexity tradeoff", "learning runtime analysis"])),
    ("acl2022:2022.acl-long.161", dict(  # Word2Box (title, and "the additional unique expressivity provided by Word2Box"); box embeddings are the existing representation it builds on, left out as generic like tuning12's BoxCD box embeddings (uncertain); the word similarity tasks are unnamed; "improved performance" names no metric
        proposed=[E("Word2Box")],
        tasks=["word representation learning", "word similarity",
               "set-theoretic semantics"])),
    ("cvpr2018:484be73683", dict(  # "a novel network structure called Cascaded Pyramid Network (CPN)"; its two stages GlobalNet and RefineNet are named sub-components (heldout6's KBP / SRT rule; the line-break "Glob-alNet" joined); GlobalNet "is a feature pyramid network" (the existing architecture, lower case, uncertain); the online hard keypoint mining loss is a lower-case description; the "COCO keypoint benchmark" is a benchmark carrying its test-dev / test-challenge splits as aliases (tuning20's COCO test-dev), the "COCO 2016 keypoint challenge" a challenge (tuning7); the 19% is against the 2016 challenge's 60.5 (the baseline number itself not recorded); code "will be publicly available" has no URL
        proposed=[E("Cascaded Pyramid Network", "CPN"), E("GlobalNet"), E("RefineNet")],
        methods_used=[E("feature pyramid network")],
        benchmarks=[D("COCO keypoint", "COCO test-dev", "COCO test-challenge"),
                    D("COCO 2016 keypoint challenge")],
        metrics=["average precision"],
        tasks=["multi-person pose estimation", "keypoint localization",
               "hard keypoint mining"],
        results=[R("average precision", "73.0", "COCO test-dev"),
                 R("average precision", "72.1", "COCO test-challenge"),
                 R("relative improvement over COCO 2016 keypoint challenge winner", "19%",
                   "COCO test-challenge")])),
    ("acml2022:89606087df", dict(  # "Semi-Separated Uncertainty Adversarial Learning (SNAIL)": long form name, acronym alias (dev's CLAW rule); the semi-separated uncertainty decision-maker, uncertainty separation loss and conditional-weighted adversarial loss are lower-case descriptions; confidence / entropy / distance are uncertainty scores used for detection, not evaluation metrics; "over 25%" open-class detection accuracy gain with the tasks unnamed (dataset "")
        proposed=[E("Semi-Separated Uncertainty Adversarial Learning", "SNAIL")],
        metrics=["open-class detection accuracy"],
        tasks=["universal domain adaptation", "open-class detection",
               "unsupervised domain adaptation"],
        results=[R("open-class detection accuracy improvement", "over 25%")])),
    ("corl2024:X3OfR3axX4", dict(  # "we introduce Multi-Transmotion, an innovative transformer-based model": the transformer is the proposed model's own backbone, left out (tuning12's IMPACT / TTP rule); the novel masking strategy is unnamed; NBA, JTA, AMASS and 3DPW are the named downstream datasets (the seven merged datasets are unnamed); "will be made available" has no URL
        proposed=[E("Multi-Transmotion")],
        datasets=[D("NBA"), D("JTA"), D("AMASS"), D("3DPW")],
        tasks=["human motion prediction", "trajectory prediction", "pose prediction",
               "multimodal pre-training"])),
    ("automl2023:bc02ccc14c", dict(  # descriptive title; the "new computationally efficient high-dimensional BO method" is unnamed; Bayesian Optimization (BO) is the base method (tuning9 / 10 / 14's rule); the embedding-based strategies are unnamed; the synthetic and real problems are unnamed
        methods_used=[E("Bayesian Optimization", "BO")],
        tasks=["high-dimensional Bayesian optimization", "variable selection",
               "black-box optimization"])),
    ("aaai2022:01341", dict(  # "defining the concept of Sub-Pseudo Label (SPL)": a capitalised coined concept with an acronym, the method's name in the text ("SPL outperforms ..."); long form name, acronym alias; the teacher model (distillation) is generic; the four video action recognition datasets and the image dataset are unnamed
        proposed=[E("Sub-Pseudo Label", "SPL")],
        tasks=["video action recognition", "learning from weakly-labeled web videos",
               "video model pre-training"])),
    ("alt2025:S4v8GmS5gQ", dict(  # theory: the dynamic window size algorithm is unnamed; the sliding-window mechanism is the generic existing approach; upper / lower bounds are theoretical
        tasks=["center-based approximation", "drifting distributions",
               "dynamic window size selection", "k-center clustering"])),
    ("rss2009:6ae09e6872", dict(  # descriptive title; the split-channel structure is unnamed; no data, metrics or results
        tasks=["bilateral telemanipulation", "passivity under time-varying delays",
               "haptic transparency"])),
    ("colm2024:dJMTn3QOWO", dict(  # FAVA ("We train FAVA, a retrieval-augmented LM") proposed; FavaBench is an introduced benchmark ("construct a new evaluation benchmark"); "ChatGPT and Llama2-Chat (70B, 7B)" recorded as one Llama2-Chat entry (the sizes in parentheses are not two written names); GPT-4 compared; the hallucination taxonomy is unnamed; automatic / human evaluations and factuality name no metric
        proposed=[E("FAVA")],
        methods_used=[E("ChatGPT"), E("Llama2-Chat"), E("GPT-4")],
        benchmarks=[D("FavaBench", introduced=True)],
        tasks=["fine-grained hallucination detection", "hallucination editing",
               "factuality verification"])),
    ("emnlp2022:2022.emnlp-main.806", dict(  # the corpus "DCQA (Discourse Comprehension by Question Answering)" is an introduced dataset (short name leads, tuning12's TEGLO rule); the title prefix "Discourse Comprehension" names the topic and the data collection paradigm is unnamed, so nothing is proposed; the evaluation set on Ko et al. (2020)'s questions is unnamed (author citation); the pre-training methods are unnamed
        datasets=[D("DCQA", "Discourse Comprehension by Question Answering", introduced=True)],
        tasks=["discourse comprehension", "open-ended question answering",
               "question answering data collection"])),
    ("naacl2024:2024.findings-naacl.233", dict(  # "a novel instruction-following evaluation protocol called verbalizer manipulation": the title's "Verbalizer Manipulation" is the name (tuning24's "Fraternal Dropout"; the lower-case form differs only in case); GPT-4 ("the strongest GPT-4 model") is an evaluated model; the four model families, nine datasets and twelve verbalizer sets are unnamed / settings
        proposed=[E("Verbalizer Manipulation")],
        methods_used=[E("GPT-4")],
        tasks=["instruction-following evaluation", "reliance on model priors",
               "text classification"])),
    ("iclr2018:Sk6fD5yCb", dict(  # Espresso (title, "a compact, yet powerful library") proposed; C/CUDA (languages / platform), CNNs and binary networks (BDNNs / BCNNs, a model family, tuning21) left out as generic; "speed-up" and "memory usage" are named (heldout6's speed-up, tuning11's memory usage; uncertain); "~ 2 orders of magnitude" has a numeral, so it is recorded (uncertain; tuning1 / 7 left out numberless "orders of magnitude"); the 400KB binary is a size; the placeholder "http://github.com/organization/project" is kept as written (tuning2's WorkBench placeholder rule; uncertain)
        proposed=[E("Espresso")],
        metrics=["speed-up", "memory usage"],
        tasks=["binary neural network inference", "efficient forward propagation",
               "GPU acceleration of CNNs"],
        repos=["http://github.com/organization/project"],
        results=[R("speed-up over optimized binary neural network implementations",
                   "~ 2 orders of magnitude")])),
    ("3dv2025:ZQntT7oRK9", dict(  # RISE-SDF (title) proposed; the subtitle "Relightable Information-Shared Signed Distance Field" has no letter for "E", so no alias (tuning1's CAVIA rule; uncertain); the reflection-aware radiance field, information-sharing network structure and second split-sum algorithm are lower-case descriptions; the split-sum approximation (a specific prior technique, lower case, heldout5's rule; uncertain) and the Disney BRDF are used; neural SDF, MLP, Monte Carlo sampling and cube mipmap are generic; the new dataset is unnamed
        proposed=[E("RISE-SDF")],
        methods_used=[E("split-sum approximation"), E("Disney BRDF")],
        tasks=["inverse rendering", "relighting", "material estimation",
               "glossy object reconstruction"])),
    ("wacv2023:b67de5bbb0", dict(  # descriptive title; the distillation approach is unnamed; CUB200, Cars196 and SOP are "three standard deep metric learning benchmarks, namely ..." (benchmarks, GUIDELINES' prefer-benchmark rule); "performance/efficiency trade-off" names no metric
        benchmarks=[D("CUB200"), D("Cars196"), D("SOP")],
        tasks=["deep metric learning", "asymmetric image retrieval",
               "image resolution asymmetry"],
        repos=["https://github.com/pavelsuma/raml"])),
    ("ijcai2023:paper851", dict(  # survey: Bayesian federated learning (BFL) is the surveyed topic (tasks), not a single method; no named methods or data
        tasks=["Bayesian federated learning", "federated learning", "Bayesian learning"])),
    ("iros2000:895238", dict(  # "We propose the concept of tethered satellite cluster systems": recorded as proposed by the heldout5 / tuning1 / tuning16 notion rule (lower case, the least certain proposed item of the set); "the RoboSat clusters" (the named prior system concept it applies) recorded as written in methods_used (uncertain, like heldout5's Atlas); the reel mechanism and ground experiment system are unnamed
        proposed=[E("tethered satellite cluster systems")],
        methods_used=[E("RoboSat clusters")],
        tasks=["tethered satellite systems", "coordinated tension and attitude control",
               "orbit service missions"])),
    ("iccv2015:9cd80aa219", dict(  # title name (heldout3-6 rule): the abstract's lower-case "external patch prior guided internal clustering algorithm", recorded in the title's form without "for Image Denoising" (tuning2's "Contrast Replay Networks"; uncertain); BM3D and WNNM are the compared algorithms ("such as", but the actual baselines); Gaussian mixture models (a model family, tuning17 / 20), TV / sparsity / self-similarity ("e.g." priors) and low-rank approximation are generic; "visual quality" is not a named metric
        proposed=[E("External Patch Prior Guided Internal Clustering")],
        methods_used=[E("BM3D"), E("WNNM")],
        tasks=["image denoising", "image prior learning", "patch clustering"])),
    ("icml2014:3b81507a37", dict(  # descriptive title; the "novel option-discovery algorithm" is unnamed; options are the studied framework (tasks); sample complexity is a theoretical quantity, not a metric
        tasks=["option discovery", "lifelong reinforcement learning",
               "sample complexity of reinforcement learning"])),
    ("uai2022:c7415ab3b0", dict(  # "We present Bayesian Spillover Graphs (BSG)"; forecast error variance decompositions (FEVD) are the existing interpretable framework BSG uses (lower-case long form with acronym, heldout5's rule); Bayesian time series models generic; the compared "Bayesian Networks" are a model family (tuning24; uncertain); no named data
        proposed=[E("Bayesian Spillover Graphs", "BSG")],
        methods_used=[E("forecast error variance decompositions", "FEVD")],
        tasks=["spillover effect estimation", "dynamic network learning",
               "systemic risk quantification", "uncertainty quantification"])),
    ("icra2011:5980145", dict(  # the quoted "grasping rectangle" representation ("We propose to learn a new 'grasping rectangle' representation") is recorded as proposed (tuning2's quoted "Local Search" / tuning16's "cheat code"; uncertain); the prior quoted 'grasping point' / 'pair of points' representations are descriptions, not methods; the two-step search is unnamed
        proposed=[E("grasping rectangle")],
        tasks=["robotic grasping", "grasp detection from RGBD images",
               "gripper configuration estimation"])),
    ("colt2014:9e43d1d350", dict(  # "a novel geometric notion ... called volumetric spanners": recorded with the title's capitalised form (tuning24's "Fraternal Dropout"; the lower-case form differs only in case); the self-concordant barrier is a generic concept; regret is theoretical
        proposed=[E("Volumetric Spanners")],
        tasks=["bandit linear optimization", "exploration basis construction",
               "online learning"])),
    ("www2025:31fB9TR7Ku", dict(  # CrossLink proposed; "a technique called \textit{conditioned link generation}" is a named (lower-case, "called") sub-component, recorded like tuning3's "reward sketching" (uncertain); the transformer-decoder architecture is generic; "Average Precision" lower-cased; 11.40% over eight unnamed graphs (dataset ""); "on 6 untrained graphs" (a count of settings) and 6 million edges are not recorded
        proposed=[E("CrossLink"), E("conditioned link generation")],
        metrics=["average precision"],
        tasks=["cross-domain link prediction", "graph evolution modeling",
               "dynamic graph learning"],
        results=[R("average precision improvement over baselines", "11.40%")])),
    ("coling2025:2025.coling-main.661", dict(  # GAProtoNet proposed; its description "Multi-head Graph Attention-based Prototypical Network" is not letter for letter (the acronym skips "Multi-head"), so no alias (tuning18's Vigor / tuning25's LearnDA rule; uncertain); multi-head graph attention (heldout6's multi-head attention) and pretrained transformer-based LMs are generic; the prototypical network variations are unnamed; accuracy and F1 named, no numbers
        proposed=[E("GAProtoNet")],
        metrics=["accuracy", "F1"],
        tasks=["interpretable text classification", "prototype-based explanation",
               "text classification"])),
    ("nips2017:9122", dict(  # theory: LASSO is the analysed estimator (long form name, acronym alias; tuning25's Lasso); the average quadratic risk is an asymptotic statistic of the analysis, not an evaluation metric; Gaussian / sub-Gaussian dictionaries are assumptions
        methods_used=[E("Least Absolute Shrinkage and Selection Operator", "LASSO")],
        tasks=["regularized least squares asymptotics", "LASSO performance analysis",
               "universality of random dictionaries"])),
    ("eccv2022:0b0b067210", dict(  # Few-Shot Video Object Detection (FSVOD) is the introduced task (tasks); FSVOD-500 an introduced dataset; Tube Proposal Network (TPN) and the "strategically improved Temporal Matching Network (TMN+)" proposed (TMN+ leads, since the plain long form would name the unimproved network; uncertain); the second evaluation dataset is unnamed; "detection results" names no metric
        proposed=[E("Tube Proposal Network", "TPN"), E("TMN+", "Temporal Matching Network")],
        datasets=[D("FSVOD-500", introduced=True)],
        tasks=["few-shot video object detection", "video tube proposal generation",
               "few-shot learning"],
        repos=["https://github.com/fanq15/FewX"])),
    ("aistats2021:50f674cb4e", dict(  # "a novel probabilistic meta-learning method called amortized Bayesian prototype meta-learning": recorded in the title's form (the lower-case form differs only in case); the benchmark datasets are unnamed; robustness / predictive uncertainty are properties, not named metrics
        proposed=[E("Amortized Bayesian Prototype Meta-learning")],
        tasks=["few-shot image classification", "probabilistic meta-learning",
               "amortized inference"])),
    ("acl2022:2022.findings-acl.273", dict(  # "we present DPT, the first prompt tuning framework" (no expansion in the text); ELECTRA is the named discriminative PLM the question is about (tuning16's actual-instance call; uncertain); BERT appears only as the example of prior work's generative PLMs (tuning11's examples-only rule; uncertain); vanilla fine-tuning generic; "performance" names no metric
        proposed=[E("DPT")],
        methods_used=[E("ELECTRA")],
        tasks=["prompt tuning", "text classification", "question answering"])),
    ("cvpr2014:69854e6d36", dict(  # "a new approach, called constrained sequential labeling (CSL)": lower-case long form with coined acronym is the name (tuning9's ACF rule; the title's capitalised form differs only in case); supervoxels / dense point trajectories are "e.g." examples; constraint propagation and network-flow formulations generic; the volleyball / basketball / pedestrian videos are unnamed
        proposed=[E("constrained sequential labeling", "CSL")],
        tasks=["multi-object tracking", "tracking people in crowded scenes",
               "sequential labeling"])),
    ("acml2023:d79c1a069a", dict(  # the title's coined name "Ted" proposed (the abstract says "a novel method"); NDVI / EVI are "such as" vegetation indices shown insufficient (examples-only rule; uncertain); DNNs / AIML generic; "Cartosat-2S merged products" is the named satellite imagery used as input, recorded as a dataset trimmed to "Cartosat-2S" with the written form as alias (tuning7 / 9's Wikipedia, tuning20's Docker Hub; uncertain); the Rajasthan data is unnamed; precision / recall / F1-score results have dataset "" (the sentence names none)
        proposed=[E("Ted")],
        datasets=[D("Cartosat-2S", "Cartosat-2S merged products")],
        metrics=["precision", "recall", "F1-score"],
        tasks=["tree delineation", "remote sensing image analysis", "tree counting"],
        results=[R("precision", "96%"), R("recall", "90%"), R("F1-score", "93%")])),
    ("corl2023:HYka22IcV6", dict(  # descriptive title; the online-learning method is unnamed; robust Hamilton-Jacobi reachability (a specific named technique, compared) recorded as "Hamilton-Jacobi reachability" (uncertain, tuning7 left generic reachability analysis out); open-loop planning generic; the quadruped robot is unnamed; regret / instance-optimality are theoretical
        methods_used=[E("Hamilton-Jacobi reachability")],
        tasks=["obstacle avoidance", "online learning for control",
               "robust motion planning"])),
    ("automl2022:e2dddeae99", dict(  # Meta-Adapters proposed; Adapter ("Recently introduced Adapter methods", "Adapters") and GPT-3 (compared) used; pre-trained transformers generic; "few-shot accuracy" named; the 0.6% of parameters fine-tuned (an outcome, like tuning24's LapisGS 23% size) and the 1590× size gap to GPT-3 (LaTeX \texttimes as ×; tuning24's CERBERUS 2.7×; uncertain) recorded with dataset ""; the 17-task evaluation suite is unnamed
        proposed=[E("Meta-Adapters")],
        methods_used=[E("Adapter", "Adapters"), E("GPT-3")],
        metrics=["few-shot accuracy"],
        tasks=["parameter-efficient fine-tuning", "few-shot learning", "meta-learning"],
        results=[R("fraction of parameters fine-tuned", "0.6%"),
                 R("smaller model size than GPT-3", "1590×")])),
    ("aaai2022:11703", dict(  # "a novel KEPLM named DKPLM": the title's "Decomposable Knowledge-Enhanced Pre-trained Language Model" spells it letter for letter, so it is the name and DKPLM the alias (dev's CLAW rule); KEPLMs are a model class (generic); the quoted ``pseudo token representations'' (an artefact) and the relational knowledge decoding task are descriptions; the probing and understanding tasks are unnamed; "inference speed" is not a named metric here (comparative only)
        proposed=[E("Decomposable Knowledge-Enhanced Pre-trained Language Model", "DKPLM")],
        tasks=["knowledge-enhanced language model pre-training", "knowledge injection",
               "knowledge probing", "natural language understanding"])),
    ("alt2025:wBux6OKfjz", dict(  # theory: list global stability is the named existing notion (Ghazi et al.) the proof exploits, recorded like heldout5's Shapley value (uncertain); its agnostic variant and the agnostic list globally stable learner are unnamed; GMMs are the model class learned (tasks); Afzali et al. named only by authors
        methods_used=[E("list global stability")],
        tasks=["agnostic private density estimation", "learning Gaussian mixture models",
               "differentially private learning"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
