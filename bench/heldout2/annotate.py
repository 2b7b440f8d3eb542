#!/usr/bin/env python3
"""Hand-written gold annotations for bench/heldout2/input.jsonl -> gold.jsonl.

Second, independent held-out set. Every entry below was written by reading only the paper's
title and abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on dev.gold
examples). Titles and ids are copied from input.jsonl so they are exact; everything else is
typed by hand.

    python bench/heldout2/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acl2022:2022.findings-acl.314", dict(  # Probing BERT's priors with serial reproduction chains
        methods_used=[E("BERT"), E("Generative Stochastic Network", "GSN")],
        tasks=["probing BERT's priors", "sampling from masked language models", "serial reproduction chains"])),
    ("uai2022:be6c0381dc", dict(  # MPSM cross-modal retrieval
        proposed=[E("Multi-Perspective Similarity Modeling", "MPSM"),
                  E("Knowledge Graph Iterative Dissemination", "KGID"),
                  E("Relation Graph Reconstruction", "SRGR")],
        datasets=[D("Flickr30K"), D("MSCOCO")],
        tasks=["cross-modal retrieval", "fine-grained cross-modal alignment", "similarity modeling"])),
    ("corl2025:udH3b2Lsx5", dict(  # SPIN / Skill-RRT
        proposed=[E("SPIN", "Skill Planning to Inference"), E("Skill-RRT")],
        methods_used=[E("RRT")],
        metrics=["success rate"],
        tasks=["long-horizon manipulation", "prehensile and non-prehensile manipulation",
               "planning-to-policy distillation", "imitation learning"],
        results=[R("success rate", "80%")])),
    ("iros2020:9340845", dict(  # Semantic priors in MonoSLAM
        methods_used=[E("ORB-SLAM2"), E("DeepLabV3+"), E("MonoSLAM")],
        datasets=[D("Open Street Map")],
        metrics=["drift", "tracking accuracy"],
        tasks=["monocular SLAM", "map prior integration", "semantic data association", "visual odometry"])),
    ("www2025:a0XN5HXy4F", dict(  # SimEdge
        proposed=[E("SimEdge")],
        methods_used=[E("SimRank")],
        tasks=["edge-to-edge similarity", "graph-theoretic similarity measurement", "node-to-node similarity"])),
    ("aaai2022:03417", dict(  # NesT
        proposed=[E("Nested Hierarchical Transformer", "NesT"), E("GradCAT")],
        methods_used=[E("vision transformer")],
        datasets=[D("ImageNet"), D("CIFAR")],
        tasks=["data-efficient visual understanding", "image generation", "visual model interpretation"],
        repos=["https://github.com/google-research/nested-transformer"],
        results=[R("speedup over transformer-based generators", "8 times")])),
    ("aistats2020:f90a029e94", dict(  # Hermitian matrices for digraph clustering
        methods_used=[E("Stochastic Block Model")],
        tasks=["directed graph clustering", "spectral clustering", "migration data analysis"])),
    ("3dv2025:oGgtN2lMgP", dict(  # Direct and explicit 3D generation from a single image
        methods_used=[E("Stable Diffusion"), E("U-Net"), E("Gaussian splatting")],
        tasks=["single-image 3D generation", "multi-view generation", "surface geometry and texture generation"])),
    ("icml2019:3659", dict(  # Well-generalizing classifiers for data-dependent constraints
        tasks=["classification with data-dependent constraints", "constraint generalization",
               "fairness constraints", "two-player constrained optimization"])),
    ("emnlp2022:2022.emnlp-main.632", dict(  # GPT-2 attention predictors of reading times
        methods_used=[E("GPT-2")],
        tasks=["reading time prediction", "cognitive modeling", "cue-based retrieval", "attention pattern analysis"])),
    ("automl2023:7bdae4a442", dict(  # SAWEI
        proposed=[E("Self-Adjusting Weighted Expected Improvement", "SAWEI")],
        benchmarks=[D("BBOB"), D("COCO"), D("HPOBench")],
        tasks=["Bayesian optimization", "acquisition function design", "black-box optimization"])),
    ("nips2017:9174", dict(  # Tensor train rank minimization
        methods_used=[E("Tensor train decomposition", "TT decomposition", "TT")],
        tasks=["tensor train rank minimization", "tensor completion", "convex relaxation"])),
    ("acml2024:d6f63e9a9d", dict(  # LPNER
        proposed=[E("LPNER")],
        methods_used=[E("prototype network")],
        datasets=[D("ACE04"), D("ACE05"), D("GENIA"), D("GermEval"), D("NEREL")],
        metrics=["F1"],
        tasks=["few-shot nested named entity recognition", "named entity recognition", "prompt-based few-shot learning"])),
    ("icra2023:10161532", dict(  # Relay pursuit on tile graphs
        tasks=["multirobot target tracking", "visibility-based target tracking", "polygon tiling"])),
    ("wacv2024:65bd97cb78", dict(  # OCIL food image classification
        proposed=[E("Dynamic Model Update", "DMU")],
        methods_used=[E("Experience Replay", "ER")],
        tasks=["online class-incremental learning", "food image classification",
               "image-based dietary assessment", "catastrophic forgetting"],
        repos=["https://gitlab.com/viper-purdue/OCIL-real-world-food-image-classification"])),
    ("coling2022:2022.coling-1.314", dict(  # WikiHan
        datasets=[D("WikiHan", introduced=True), D("Wiktionary")],
        metrics=["accuracy", "phoneme error rate", "feature error rate"],
        tasks=["comparative dataset of Chinese varieties", "protoform reconstruction",
               "comparative linguistics", "Chinese NLP"],
        results=[R("accuracy", "54.11%", "WikiHan"),
                 R("phoneme error rate", "17.69%", "WikiHan"),
                 R("feature error rate", "6.60%", "WikiHan")])),
    ("rss2013:7738431e26", dict(  # FlyCrane
        proposed=[E("FlyCrane")],
        methods_used=[E("T-RRT")],
        tasks=["aerial 6-D manipulation", "motion planning", "cable-driven manipulation"])),
    ("alt2025:QfbnsooeZB", dict(  # Self-directed node classification
        tasks=["self-directed node classification", "self-directed learning", "online learning"])),
    ("eccv2020:0ee50b2c44", dict(  # RSN
        proposed=[E("Residual Steps Network", "RSN"), E("Pose Refine Machine", "PRM")],
        benchmarks=[D("COCO Keypoint Challenge 2019"), D("COCO"), D("MPII")],
        tasks=["multi-person pose estimation", "keypoint localization"],
        repos=["https://github.com/caiyuanhao1998/RSN/"],
        results=[R("score (single model)", "78.6", "COCO test-dev"),
                 R("score (single model)", "93.0", "MPII test"),
                 R("score (ensemble)", "79.2", "COCO test-dev"),
                 R("score (ensemble)", "77.1", "COCO test-challenge")])),
    ("colm2025:erGpkHCybv", dict(  # EvalAgent(s)
        proposed=[E("EvalAgent", "EvalAgents")],
        tasks=["implicit evaluation criteria discovery", "LLM output evaluation",
               "structured writing evaluation", "response refinement"])),
    ("iccv2013:3351a25986", dict(  # Dense image matching framework
        methods_used=[E("AD-Census"), E("Total Generalized Variation")],
        tasks=["dense image matching", "optical flow estimation", "wide-baseline stereo",
               "non-rigid surface registration"])),
    ("naacl2024:2024.naacl-long.361", dict(  # CoE-SQL
        proposed=[E("CoE-SQL"), E("Chain-of-Editions")],
        benchmarks=[D("SParC"), D("CoSQL")],
        tasks=["multi-turn text-to-SQL", "in-context learning", "prompt design"])),
    ("iclr2017:rkE3y85ee", dict(  # Gumbel-Softmax
        proposed=[E("Gumbel-Softmax")],
        tasks=["gradient estimation for categorical variables", "structured output prediction",
               "unsupervised generative modeling", "semi-supervised classification"])),
    ("cvpr2018:8de20c10b7", dict(  # Cross-modal variational hand pose
        methods_used=[E("VAE")],
        tasks=["3D hand pose estimation", "cross-modal latent space learning", "hand pose synthesis"])),
    ("ijcai2023:paper495", dict(  # Violin
        proposed=[E("Virtual Overbridge Linking", "Violin")],
        tasks=["graph semi-supervised learning", "node classification", "learning with limited labels"],
        results=[R("performance boost on node classification", "10%")])),
    ("colt2013:c36f76f4cd", dict(  # Branching experts
        tasks=["regret minimization", "prediction with expert advice", "branching experts", "bandit learning"])),
    ("acl2021:2021.acl-long.189", dict(  # Dialogue slot discovery
        tasks=["dialogue slot discovery", "slot tagging", "weakly supervised learning", "dialogue response generation"])),
    ("uai2022:5d63b5d950", dict(  # Misaligned features
        tasks=["cross-domain robustness", "misaligned features", "generalization error bounds", "robust machine learning"])),
    ("corl2021:nWLt35BU1z_", dict(  # Taskography
        proposed=[E("Scrub"), E("Seek")],
        benchmarks=[D("Taskography", introduced=True)],
        tasks=["robot task planning", "symbolic planning over 3D scene graphs", "3D scene graph sparsification",
               "planning benchmarking"])),
    ("iros2023:10342278", dict(  # Lidar MOT with occlusion handling
        metrics=["MOTA", "IDF1"],
        tasks=["LiDAR-based multiple object tracking", "occlusion handling", "track management", "data association"],
        results=[R("MOTA improvement", "3.26%"),
                 R("IDF1 improvement", "5.36%"),
                 R("IDF1 improvement (severe occlusion)", "9.89%")])),
    ("www2025:pje11KNgT6", dict(  # CARE
        proposed=[E("CARE")],
        datasets=[D("Amazon"), D("YelpChi")],
        metrics=["AUPRC", "AUROC"],
        tasks=["graph anomaly detection", "multi-view graph anomaly detection", "fraud detection"],
        repos=["https://anonymous.4open.science/r/CARE-demo-1C7F"],
        results=[R("AUPRC improvement over second-best", "39%", "Amazon"),
                 R("AUROC improvement over second-best", "18.7%", "YelpChi")])),
    ("aaai2022:00239", dict(  # Keypoint message passing re-ID
        proposed=[E("Keypoint Message Passing")],
        methods_used=[E("graph convolutional network", "GCN")],
        datasets=[D("MARS"), D("PoseTrackReID", introduced=True)],
        metrics=["top-1 accuracy", "mean average precision"],
        tasks=["video-based person re-identification", "visual surveillance", "spatial-temporal graph learning"])),
    ("aistats2012:3c087185fc", dict(  # Sparse additive machine
        proposed=[E("sparse additive machine", "SAM")],
        methods_used=[E("support vector machines", "SVM"), E("multiple kernel learning", "MKL")],
        tasks=["high-dimensional nonparametric classification", "sparse additive modeling"])),
    ("3dv2025:m1p0IQ8gZk", dict(  # RealmDreamer
        proposed=[E("RealmDreamer")],
        methods_used=[E("3D Gaussian Splatting")],
        metrics=["user preference"],
        tasks=["text-to-3D scene generation", "single-image 3D synthesis", "3D distillation"],
        repos=["https://realmdreamer.github.io/"],
        results=[R("user preference", "88-95%")])),
    ("icml2013:2b66217de8", dict(  # LLORMA
        proposed=[E("Local Low-Rank Matrix Approximation")],
        metrics=["prediction accuracy"],
        tasks=["low-rank matrix approximation", "recommendation"])),
    ("emnlp2021:2021.emnlp-main.611", dict(  # LM-Critic
        proposed=[E("LM-Critic")],
        methods_used=[E("Break-It-Fix-It", "BIFI")],
        datasets=[D("CoNLL-2014"), D("BEA-2019"), D("GMEG-wiki"), D("GMEG-yahoo")],
        metrics=["F0.5"],
        tasks=["unsupervised grammatical error correction", "grammaticality judgment",
               "synthetic training pair generation"],
        results=[R("F0.5 improvement (unsupervised)", "+7.7"),
                 R("F0.5 improvement (supervised)", "+0.5")])),
    ("automl2023:c3767149a3", dict(  # Symbolic explanations for HPO
        tasks=["hyperparameter optimization", "explainable HPO", "symbolic regression", "HPO loss landscape analysis"])),
    ("nips2007:63b7f3f70e", dict(  # Stability bounds for non-iid processes
        methods_used=[E("Support Vector Regression"), E("Kernel Ridge Regression")],
        tasks=["stability-based generalization bounds", "learning from non-i.i.d. data", "algorithmic stability"])),
    ("acml2015:8a8617de01", dict(  # Surrogate regret bounds
        metrics=["Fβ-measure", "Jaccard similarity coefficient", "AM measure"],
        tasks=["surrogate regret bounds", "binary classification with generalized performance metrics",
               "threshold tuning", "surrogate loss minimization"])),
    ("icra2003:1242068", dict(  # Composite controllers for flexible joint robots
        methods_used=[E("PID")],
        tasks=["flexible joint robot control", "robust control", "composite control"])),
]


if __name__ == "__main__":
    write_gold(HERE, A)
