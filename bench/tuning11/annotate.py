#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning11/input.jsonl -> gold.jsonl.

Tuning set 11: 40 real corpus abstracts drawn by bench/tuning11/sample.py (seed 20261202),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority), the dev.gold file (for calibration), the
"Judgement calls" sections of ../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md,
../tuning2/README.md, ../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md,
../tuning9/README.md and ../tuning10/README.md, and the format of ../tuning10/annotate.py and
../heldout_annotation.py. kg was never run on these abstracts and its code and outputs were never
read. Titles and ids are copied from input.jsonl so they are exact; everything else is typed by
hand. Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules
developed against it (see README.md).

    python3 bench/tuning11/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("icml2018:2197", dict(  # title name "Dynamic Evaluation" (least certain); four LM results
        proposed=[E("Dynamic Evaluation")],
        datasets=[D("Penn Treebank"), D("WikiText-2"), D("text8"), D("Hutter Prize")],
        metrics=["perplexity", "cross-entropy"],
        tasks=["language modeling", "dynamic evaluation", "character-level language modeling",
               "sequence model adaptation"],
        results=[R("word-level perplexity", "51.1", "Penn Treebank"),
                 R("word-level perplexity", "44.3", "WikiText-2"),
                 R("character-level cross-entropy", "1.19 bits/char", "text8"),
                 R("character-level cross-entropy", "1.08 bits/char", "Hutter Prize")])),
    ("aistats2016:acb9ec3eda", dict(  # theory; "We define the density dimension" (coined notion)
        proposed=[E("density dimension")],
        tasks=["classification in semimetric spaces", "sample compression",
               "generalization bounds"])),
    ("colt2014:999d38b8ed", dict(  # theory; the analysed FTL / FTRL / FTPL algorithms
        methods_used=[E("Follow-the-Leader"), E("Follow the Regularized Leader"),
                      E("Follow the Perturbed Leader")],
        tasks=["online linear optimization", "regret analysis", "smoothing for online learning"])),
    ("acml2023:74f730c98c", dict(  # MDProp; R@1 "up to 2.95%", robustness "up to 2.12 times"
        proposed=[E("MDProp")],
        metrics=["R@1"],
        tasks=["deep metric learning", "adversarial robustness", "adversarial example generation"],
        repos=["https://github.com/intherejeet/MDProp"],
        results=[R("R@1 improvement on clean data", "2.95%"),
                 R("adversarial robustness improvement", "2.12 times")])),
    ("automl2024:a7a0e02bf3", dict(  # ASML (long form + acronym); datasets unnamed
        proposed=[E("Automated Streaming Machine Learning", "ASML")],
        tasks=["online AutoML", "data stream learning", "concept drift adaptation",
               "pipeline configuration search"])),
    ("iclr2017:BkXMikqxx", dict(  # title name (least certain); LSTM-RNNs; Rimes and IAM
        proposed=[E("Cortical-Inspired Open-Bigram Representation")],
        methods_used=[E("Long Short-Term Memory Recurrent Neural Networks", "LSTM-RNNs")],
        datasets=[D("Rimes"), D("IAM")],
        tasks=["handwritten word recognition", "open-bigram prediction", "word decoding"])),
    ("uai2020:8162afd7ef", dict(  # PCMCI+ (LaTeX ^+ rendered); extends PCMCI, compared PC
        proposed=[E("PCMCI+")],
        methods_used=[E("PCMCI"), E("PC algorithm")],
        metrics=["adjacency detection power", "orientation recall"],
        tasks=["causal discovery", "time series causal discovery",
               "conditional independence testing"])),
    ("corl2025:Q0H9xlNdVm", dict(  # SafeBimanual; RoboTwin (not called a benchmark); VLM generic
        proposed=[E("SafeBimanual")],
        datasets=[D("RoboTwin")],
        metrics=["success rate"],
        tasks=["bimanual manipulation", "safe trajectory optimization",
               "diffusion policy guidance"],
        results=[R("success rate increase", "11.1%", "RoboTwin"),
                 R("unsafe interactions reduction", "18.9%", "RoboTwin"),
                 R("success rate improvement (real-world tasks)", "32.5%")])),
    ("cvpr2015:e0cfadff35", dict(  # title name (least certain); no data named
        proposed=[E("Explicit Relationship Regularization")],
        tasks=["semi-supervised classification", "spectral data embedding",
               "constrained clustering", "dimensionality reduction"])),
    ("wacv2024:ad993bf431", dict(  # FAKD: lower-case long form + acronym, title expansion alias
        proposed=[E("feature-level augmented knowledge distillation", "FAKD",
                    "Feature Augmented Knowledge Distillation")],
        tasks=["knowledge distillation", "semantic segmentation", "feature augmentation"])),
    ("aaai2022:06960", dict(  # ULC; datasets unnamed; descriptive title
        proposed=[E("Uncertainty-aware Label Correction", "ULC")],
        tasks=["learning with label noise", "imbalanced classification", "label correction",
               "noise modeling"])),
    ("iccv2015:5bfe422faa", dict(  # title name (least certain); Fisher encoding, SVM used
        proposed=[E("Spatial Ensemble of Fisher Regressors")],
        methods_used=[E("Fisher encoding"), E("SVM")],
        tasks=["continuous pose estimation", "object pose regression", "viewpoint estimation"])),
    ("3dv2025:grImaQQkFx", dict(  # Invisible Stitch; new benchmark unnamed; CLIP score criticised
        proposed=[E("Invisible Stitch")],
        metrics=["CLIP score"],
        tasks=["3D scene generation", "depth completion", "depth inpainting",
               "scene generation evaluation"])),
    ("ijcai2022:paper309", dict(  # title name (least certain); MGNNs a model family
        proposed=[E("Dynamic Multiple-Graph Attention")],
        tasks=["long-term spatio-temporal forecasting", "multi-graph fusion",
               "spatio-temporal graph modeling"])),
    ("emnlp2022:2022.emnlp-main.721", dict(  # unnamed strategies; two unnamed benchmarks
        tasks=["unsupervised knowledge-grounded conversation",
               "knowledge elicitation from pre-trained models", "dialogue generation"])),
    ("rss2019:aa37cb4460", dict(  # AP-MDP; LTL / AMDPs used; new corpus unnamed
        proposed=[E("Abstract Product Markov Decision Process", "AP-MDP")],
        methods_used=[E("Linear Temporal Logic", "LTL"),
                      E("Abstract Markov Decision Processes", "AMDPs")],
        tasks=["planning with temporal logic specifications", "hierarchical planning",
               "language command grounding", "non-Markovian task specification"],
        results=[R("tasks solved faster than a non-hierarchical LTL method", "over 95%")])),
    ("icra2007:4209219", dict(  # operations research; dynamic programming generic
        tasks=["inventory rationing", "admission control", "revenue management"])),
    ("iros2019:8967995", dict(  # unnamed; Robosimian the robot used (least certain)
        methods_used=[E("Robosimian")],
        tasks=["reinforcement learning for locomotion", "task space policy learning",
               "legged robot locomotion"])),
    ("coling2020:2020.coling-main.462", dict(  # adopted UL objective; MLE generic; data unnamed
        methods_used=[E("neural unlikelihood objective", "UL")],
        metrics=["F1-score"],
        tasks=["keyphrase generation", "diverse text generation",
               "repetition reduction in generation"])),
    ("eccv2020:56f1f881c1", dict(  # truncated abstract; Levenberg-Marquardt named
        methods_used=[E("Levenberg-Marquardt")],
        tasks=["non-rigid structure from motion", "weighted nuclear norm optimization",
               "low-rank matrix fitting"])),
    ("naacl2024:2024.findings-naacl.16", dict(  # LETI; MBPP "dataset", HumanEval as benchmark
        proposed=[E("LETI", "learn from textual interactions")],
        datasets=[D("MBPP")],
        benchmarks=[D("HumanEval")],
        tasks=["code generation", "learning from textual feedback", "language model fine-tuning",
               "event argument extraction"])),
    ("nips2016:7155", dict(  # theory; Wang et al. named only by authors; importance sampling generic
        tasks=["orthogonal tensor decomposition", "sublinear time algorithms",
               "tensor norm estimation"])),
    ("www2025:7VjR70sxti", dict(  # LLGformer; title expansion alias; datasets unnamed
        proposed=[E("LLGformer", "Learnable Long-range Graph Transformer")],
        tasks=["traffic flow prediction", "spatio-temporal graph learning",
               "long-range traffic forecasting"])),
    ("alt2025:Y08eqbmCDD", dict(  # theory; GD / SGD the analysed algorithms; authors-only refs
        methods_used=[E("full-batch gradient descent", "GD"),
                      E("stochastic gradient descent", "SGD")],
        tasks=["stochastic convex optimization", "generalization of gradient methods",
               "sample complexity lower bounds"])),
    ("acl2021:2021.acl-long.325", dict(  # BERT / RoBERTa / XLNet probed; BLiMP benchmark
        methods_used=[E("BERT"), E("RoBERTa"), E("XLNet")],
        benchmarks=[D("BLiMP")],
        tasks=["linguistic anomaly detection", "layerwise probing of language models",
               "grammaticality judgement"])),
    ("colm2025:7Vj78acKIp", dict(  # title name (least certain); MambaRetriever only in the URL
        proposed=[E("Single-Pass Document Scanning")],
        tasks=["long-document question answering", "document scanning", "sentence retrieval"],
        repos=["https://github.com/MambaRetriever/MambaRetriever"])),
    ("icml2014:49772dbca3", dict(  # title algorithm as the abstract writes it (least certain)
        proposed=[E("asynchronous parallel stochastic coordinate descent algorithm")],
        tasks=["asynchronous parallel optimization", "stochastic coordinate descent",
               "convex optimization"])),
    ("aistats2022:07dfa01b09", dict(  # Flexible Accuracy; quoted "lossy Wasserstein distance"
        proposed=[E("Flexible Accuracy"), E("lossy Wasserstein distance")],
        tasks=["differential privacy", "differentially private histograms",
               "privacy-preserving data analysis"])),
    ("colt2019:db2d3ee641", dict(  # theory; minimax MSE rate not a result
        tasks=["locally private estimation", "private mean estimation",
               "communication-restricted estimation"])),
    ("acml2022:ebbc9b0703", dict(  # DALE; extends ALE; PDPs named as prior methods
        proposed=[E("Differential Accumulated Local Effects", "DALE")],
        methods_used=[E("Accumulated Local Effect", "ALE"), E("Partial Dependence Plots")],
        tasks=["feature effect estimation", "global model explanation", "explainable AI"])),
    ("automl2022:c3d326f3aa", dict(  # three unnamed QD-NAS optimizers; QDO is the formulation
        tasks=["neural architecture search", "multi-objective NAS",
               "quality diversity optimization"])),
    ("iclr2018:BJuWrGW0Z", dict(  # title name (least certain); CodeHunt data (uncertain)
        proposed=[E("Dynamic Neural Program Embeddings")],
        datasets=[D("CodeHunt")],
        tasks=["program repair", "semantic program embedding", "student error classification"])),
    ("uai2023:87416df5be", dict(  # Fastap (bold-letter LaTeX expansion as alias); CRP used
        proposed=[E("Fastap", "Fast teammates adaptation")],
        methods_used=[E("Chinese Restaurant Process", "CRP")],
        tasks=["fast teammate adaptation", "cooperative multi-agent reinforcement learning",
               "open Dec-POMDP"])),
    ("corl2023:D0X97ODIYK", dict(  # SCL; graph attention networks used (uncertain); data unnamed
        proposed=[E("Structural Concept Learning", "SCL")],
        methods_used=[E("graph attention networks")],
        tasks=["multi-level rearrangement planning", "object rearrangement",
               "robotic manipulation"],
        repos=["https://manavkulshrestha.github.io/scl"])),
    ("cvpr2018:ec55e19dc7", dict(  # unnamed network; new benchmark dataset unnamed
        tasks=["depth completion", "surface normal estimation", "occlusion boundary detection"])),
    ("wacv2025:a316f01c68", dict(  # UG-CEMT and its CEMT sub-framework; MRI datasets unnamed
        proposed=[E("Uncertainty-Guided Cross Attention Ensemble Mean Teacher", "UG-CEMT"),
                  E("Cross-attention Ensemble Mean Teacher", "CEMT")],
        methods_used=[E("Vision Transformers", "ViT"), E("Sharpness-Aware Minimization"),
                      E("Mean Teacher"), E("Cross-pseudo Supervision")],
        tasks=["semi-supervised medical image segmentation", "medical image segmentation",
               "domain generalization"],
        repos=["https://github.com/Meghnak13/UG-CEMT"])),
    ("aaai2021:10691", dict(  # Amata; the named acceleration methods it combines with
        proposed=[E("Amata")],
        methods_used=[E("YOPO"), E("Free"), E("Fast"), E("ATTA")],
        tasks=["adversarial training acceleration", "adversarial robustness"],
        results=[R("computational time relative to traditional methods", "around 1/3 to 1/2")])),
    ("iccv2013:d2f18303a9", dict(  # title name (least certain); convex tools generic
        proposed=[E("Transform-Invariant Group-Sparse Regularization")],
        tasks=["super-resolution", "planar region super-resolution", "regularizer design"])),
    ("3dv2025:xdiqbFlKsu", dict(  # Lightplane + Renderer + Splatter; "over 1000x" memory
        proposed=[E("Lightplane"), E("Lightplane Renderer"), E("Splatter")],
        metrics=["memory usage"],
        tasks=["neural 3D fields", "3D reconstruction", "3D generation", "2D-3D mapping"],
        results=[R("memory usage reduction", "over 1000×")])),
    ("ijcai2024:paper646", dict(  # BotDGT; accuracy / recall / F1-score named
        proposed=[E("BotDGT")],
        metrics=["accuracy", "recall", "F1-score"],
        tasks=["social bot detection", "dynamic graph learning", "social network analysis"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
