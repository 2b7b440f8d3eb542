#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning12/input.jsonl -> gold.jsonl.

Tuning set 12: 40 real corpus abstracts drawn by bench/tuning12/sample.py (seed 20261203),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority), the dev.gold file (for calibration), the
"Judgement calls" sections of ../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md,
../tuning2/README.md, ../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md,
../tuning9/README.md, ../tuning10/README.md and ../tuning11/README.md, and the format of
../tuning11/annotate.py and ../heldout_annotation.py. kg was never run on these abstracts and its
code and outputs were never read. Titles and ids are copied from input.jsonl so they are exact;
everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set: its
gold may be read and rules developed against it (see README.md).

    python3 bench/tuning12/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("wacv2023:83cd27d280", dict(  # LCS only in the title (long form + acronym); 0%-90% is a setting
        proposed=[E("Learning Compressible Subspaces", "LCS")],
        methods_used=[E("ResNet18")],
        datasets=[D("ImageNet")],
        metrics=["accuracy"],
        tasks=["adaptive network compression", "on-device inference", "network sparsification",
               "quantization"])),
    ("aistats2024:cef55f7db6", dict(  # theory; outbreak size is the computed quantity, not a metric
        tasks=["epidemic outbreak size estimation", "edge differential privacy",
               "private graph algorithms"])),
    ("cvpr2018:d4f703d303", dict(  # descriptive title, unnamed technique; "person recognizers[17]" generic
        tasks=["identity obfuscation", "head inpainting", "facial landmark generation",
               "privacy protection"])),
    ("nips1994:9ec3573bc7", dict(  # nothing named; the new behavioural task is unnamed
        tasks=["prefrontal cortex modeling", "active memory and inhibition",
               "neuromodulation effects", "schizophrenia behavior prediction"])),
    ("iros2010:5651649", dict(  # Haar-feature detector as written (least certain); stop-sign data unnamed
        methods_used=[E("Haar-feature-based detection method")],
        metrics=["computation time"],
        tasks=["traffic sign detection", "image search space refinement", "3D scene geometry"])),
    ("automl2024:bd004de3cd", dict(  # AutoMM long form + acronym; foundation models generic
        proposed=[E("AutoGluon-Multimodal", "AutoMM")],
        tasks=["multimodal AutoML", "foundation model fine-tuning", "multimodal learning"])),
    ("emnlp2022:2022.emnlp-main.57", dict(  # Dropout and Mixup are the combined named methods
        proposed=[E("DropMix")],
        methods_used=[E("Dropout"), E("Mixup")],
        tasks=["textual data augmentation", "regularization", "text classification",
               "overfitting mitigation"])),
    ("icml2015:bec39603e2", dict(  # theory; Janson / Boucheron et al. named only by authors
        tasks=["concentration inequalities for dependent variables", "generalization bounds",
               "bipartite ranking"])),
    ("colt2016:49ec14c268", dict(  # LRPR ("called"); BTL / NP / Thurstone models analysed (NP uncertain)
        proposed=[E("low-rank pairwise ranking", "LRPR")],
        methods_used=[E("Bradley-Terry-Luce", "BTL"), E("noisy permutation", "NP"),
                      E("Thurstone")],
        tasks=["ranking from pairwise comparisons", "non-active ranking",
               "low-rank preference models"])),
    ("naacl2022:2022.findings-naacl.143", dict(  # RICON as written; modules lower case; datasets unnamed
        proposed=[E("Regularity-Inspired reCOgnition Network", "RICON")],
        tasks=["Chinese named entity recognition", "entity span regularity",
               "entity boundary detection"])),
    ("alt2025:WzfgnrS87A", dict(  # theory; approximation ratios are theoretical quantities
        tasks=["strategyproof regression", "strategyproof classification",
               "mechanism design with advice", "consistency-robustness tradeoffs"])),
    ("corl2025:4eSv0QeYlz", dict(  # IMPACT and DCP-RMP are named sub-components; released data unnamed
        proposed=[E("Deep Reactive Policy", "DRP"), E("IMPACT"), E("DCP-RMP")],
        metrics=["success rate"],
        tasks=["reactive motion planning", "manipulator motion generation",
               "dynamic obstacle avoidance"])),
    ("www2025:sdFk3g79gL", dict(  # rank-based response prediction method lower case; datasets unnamed
        proposed=[E("BoxCD")],
        tasks=["cognitive diagnosis", "learner modeling", "learner response prediction"])),
    ("eccv2022:5dcfbb20d1", dict(  # Attribution88 introduced benchmark; GANs the attributed models (uncertain)
        proposed=[E("RepMix")],
        methods_used=[E("Generative Adversarial Networks", "GANs")],
        benchmarks=[D("Attribution88", introduced=True)],
        tasks=["image attribution", "GAN fingerprinting", "synthetic image detection"])),
    ("iclr2018:SkHDoG-Cb", dict(  # S+U learning is Shrivastava et al.'s; the new algorithm is unnamed
        methods_used=[E("Simulated+Unsupervised learning", "S+U learning")],
        tasks=["simulated+unsupervised learning", "synthetic-to-real mapping",
               "adaptive data generation", "gaze estimation"])),
    ("aaai2021:12902", dict(  # proposed metric: in proposed AND metrics (tuning10 rwAP rule; uncertain)
        proposed=[E("Perception Score")],
        metrics=["Perception Score", "correlation with human evaluation scores"],
        tasks=["open-ended text generation evaluation", "learned evaluation metrics",
               "natural language generation"])),
    ("acl2022:2022.acl-long.420", dict(  # aka.ms short link (trailing period dropped)
        proposed=[E("MarkupLM")],
        tasks=["visually rich document understanding", "markup language pre-training",
               "document understanding"],
        repos=["https://aka.ms/markuplm"])),
    ("colm2024:6U1FEKP7Ar", dict(  # sub-verifiers and the two VL programming methods unnamed
        proposed=[E("ExoViP")],
        tasks=["compositional visual reasoning", "vision-language programming",
               "introspective verification"])),
    ("uai2024:6e0f43963c", dict(  # RNAS-CL long form; NAS / knowledge distillation generic
        proposed=[E("Robust Neural Architecture Search by Cross-Layer Knowledge Distillation",
                    "RNAS-CL")],
        tasks=["neural architecture search", "adversarial robustness",
               "cross-layer knowledge distillation"],
        repos=["https://github.com/Statistical-Deep-Learning/RNAS-CL"])),
    ("3dv2025:fWGjDx8PGx", dict(  # LBS compared; 3D Gaussians not named as 3DGS; datasets unnamed
        proposed=[E("Drivable 3D Gaussian Avatars", "D3GA")],
        methods_used=[E("linear blend skinning", "LBS")],
        metrics=["PSNR", "SSIM"],
        tasks=["drivable human avatars", "3D human body modeling", "layered avatar decomposition"])),
    ("rss2011:6901d2e2d2", dict(  # descriptive title; the algorithm is unnamed
        tasks=["multi-robot task allocation", "assignment problem", "utility matrix partitioning"])),
    ("ijcai2021:paper592", dict(  # survey; the taxonomy is unnamed; latency / energy are constraints
        tasks=["hardware-aware neural architecture search", "efficient deep learning",
               "hardware cost estimation"])),
    ("iccv2013:b3456d3228", dict(  # truncated abstract; half-quadratic minimization from title (uncertain)
        methods_used=[E("Half-Quadratic Minimization")],
        tasks=["robust subspace clustering", "sparse representation", "correntropy maximization"])),
    ("icra2021:9560866", dict(  # NMPC used; "accuracy of the pitching motion" (uncertain metric)
        methods_used=[E("nonlinear model predictive control")],
        metrics=["accuracy"],
        tasks=["robotic ball throwing", "dynamic compensation", "hand-arm coordination"])),
    ("acml2017:da3374ddf2", dict(  # position paper; Atari only an example of prior success
        tasks=["end-to-end learning", "modular neural network design", "learning scalability"])),
    ("coling2025:2025.coling-main.312", dict(  # the two capitalised steps (uncertain, tuning1 BASIS rule)
        proposed=[E("SweetieChat"), E("Strategy-Enhanced Role-Playing Interactions"),
                  E("Emotional Support Agent Training")],
        datasets=[D("ServeForEmo", introduced=True)],
        tasks=["emotional support conversation", "role-playing dialogue simulation",
               "emotional support agents"])),
    ("wacv2024:5fe332ec95", dict(  # "we propose TEGLO (...)" (SAGE rule); EG3D only inside the name
        proposed=[E("TEGLO", "Textured EG3D-GLO")],
        methods_used=[E("Neural Radiance Field", "NeRF")],
        metrics=["PSNR"],
        tasks=["canonical texture mapping", "3D reconstruction from single-view images",
               "novel view synthesis", "texture transfer and editing"],
        results=[R("PSNR", ">74 dB")])),
    ("aistats2024:557d3c27c3", dict(  # title name "Confident Feature Ranking" (least certain)
        proposed=[E("Confident Feature Ranking")],
        tasks=["feature importance ranking", "uncertainty quantification",
               "post-hoc interpretability", "top-k feature selection"])),
    ("cvpr2018:a2ea541bb9", dict(  # VGG; GAN as base framework (uncertain); the two losses lower case
        proposed=[E("CartoonGAN")],
        methods_used=[E("generative adversarial network", "GAN"), E("VGG")],
        tasks=["photo cartoonization", "image stylization", "unpaired image translation"])),
    ("nips2003:5440f135da", dict(  # Bellman recursion (uncertain); KL divergence left out
        methods_used=[E("Bellman recursion")],
        tasks=["robust Markov decision problems", "uncertain transition matrices",
               "robust dynamic programming"])),
    ("iros2011:6094670", dict(  # descriptive; 2 m/s is a setting
        tasks=["optical flow odometry", "mobile robot velocity estimation",
               "shadow-robust feature selection"])),
    ("automl2023:2bb7aba595", dict(  # Lale extended; CASH a problem (tasks); guidance diagram unnamed
        methods_used=[E("Lale")],
        tasks=["fair ensemble learning", "bias mitigation", "fairness-performance trade-offs",
               "combined algorithm selection"])),
    ("emnlp2022:2022.emnlp-main.138", dict(  # introduced corpus; F1 results on its Hindi / Arabic parts
        datasets=[D("Stanceosaurus", introduced=True), D("RumourEval-2019")],
        metrics=["F1"],
        tasks=["stance classification", "misinformation identification",
               "cross-lingual stance detection"],
        results=[R("F1 (Hindi, no target-language fine-tuning)", "53.1", "Stanceosaurus"),
                 R("F1 (Arabic, no target-language fine-tuning)", "50.4", "Stanceosaurus")])),
    ("icml2015:43f6168205", dict(  # descriptive title; expectation propagation used for inference
        methods_used=[E("Expectation propagation")],
        tasks=["multi-task feature selection", "outlier task detection",
               "approximate Bayesian inference"])),
    ("colt2014:232292b733", dict(  # theory; Kruskal's theorem left out (like Barron's theorem); HMMs examples
        tasks=["tensor decomposition uniqueness", "parameter identifiability",
               "overcomplete tensor decomposition"])),
    ("naacl2024:2024.naacl-long.238", dict(  # the released dataset and the four datasets are unnamed
        tasks=["sarcasm detection", "cross-dataset generalization", "sarcasm dataset analysis"])),
    ("alt2025:zWpqMU5Vqc", dict(  # analysed Transposition rule and Move-to-Front; 1+o(1) theoretical
        methods_used=[E("Transposition rule", "Transposition"), E("Move-to-Front")],
        tasks=["online list update problem", "learned online algorithms",
               "adversarial access sequences"])),
    ("corl2022:Eal_lL08v_l", dict(  # TTP; Franka Panda is the robot used (uncertain)
        proposed=[E("Transformer Task Planner", "TTP")],
        methods_used=[E("Franka Panda")],
        tasks=["robot task planning", "learning from demonstration", "preference generalization",
               "dish rearrangement"])),
    ("www2025:kYTdzHP6Bq", dict(  # "we propose ORFA (...)" (SAGE rule); RESTful left out (paradigm)
        proposed=[E("ORFA", "One Request For All")],
        methods_used=[E("WebAssembly", "Wasm"), E("GraphQL")],
        metrics=["latency", "network traffic"],
        tasks=["Web API query languages", "Web service communication efficiency",
               "data over-fetching reduction"],
        results=[R("latency reduction vs GraphQL", "18.4%"),
                 R("network traffic reduction vs GraphQL", "24.5%")])),
    ("eccv2022:8642ba50cb", dict(  # ATCoN; the two lower-case consistency objectives not recorded
        proposed=[E("Attentive Temporal Consistent Network", "ATCoN")],
        tasks=["source-free video domain adaptation", "action recognition",
               "video unsupervised domain adaptation"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
