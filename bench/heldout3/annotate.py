#!/usr/bin/env python3
"""Hand-written gold annotations for bench/heldout3/input.jsonl -> gold.jsonl.

Third, independent held-out set. Every entry below was written by reading only the paper's
title and abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on dev.gold
examples). Titles and ids are copied from input.jsonl so they are exact; everything else is
typed by hand.

    python bench/heldout3/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acl2022:2022.findings-acl.285", dict(  # DR-BERT for ABSA
        proposed=[E("Dynamic Re-weighting BERT", "DR-BERT"),
                  E("Dynamic Re-weighting Adapter", "DRA")],
        methods_used=[E("BERT")],
        tasks=["aspect-based sentiment analysis", "sentiment polarity prediction",
               "dynamic semantic modeling"])),
    ("colm2025:a201nfn3xX", dict(  # Task-Circuit Quantization
        proposed=[E("Task-Circuit Quantization", "TCQ")],
        methods_used=[E("GPTQ"), E("Llama-3"), E("Qwen2.5"), E("SPQR"), E("Slim-LLM")],
        benchmarks=[D("MMLU")],
        tasks=["post-training quantization", "mixed-precision quantization", "model compression",
               "knowledge localization"],
        repos=["https://github.com/The-Inscrutable-X/TACQ"],
        results=[R("recovered unquantized 16-bit MMLU performance", "97%", "MMLU"),
                 R("absolute improvement over SPQR", "5.25%", "MMLU"),
                 R("average gain over Slim-LLM (2-bit)", "14.74%")])),
    ("alt2025:L57EeV3VKf", dict(  # deterministic PAC-Bayes for gradient descent
        methods_used=[E("stochastic gradient descent", "SGD")],
        tasks=["PAC-Bayesian generalisation bounds", "generalisation under gradient descent",
               "deterministic optimisation algorithms"])),
    ("www2025:y5tQ9BX5NW", dict(  # DecETT
        proposed=[E("DecETT")],
        tasks=["app fingerprinting", "encrypted tunnel traffic analysis", "network management"],
        repos=["https://github.com/DecETT/DecETT"])),
    ("nips2013:3894", dict(  # VB-LRSC global solver
        methods_used=[E("VB-LRSC"), E("homotopy method")],
        tasks=["low-rank subspace clustering", "variational Bayesian learning",
               "global optimization of variational Bayes"])),
    ("eccv2020:b96c9fdc9c", dict(  # event-camera local motion + confidence
        tasks=["visual motion estimation", "confidence estimation", "event-based vision",
               "motion segmentation"])),
    ("icml2019:3707", dict(  # expRNN
        proposed=[E("expRNN")],
        tasks=["optimization with orthogonal constraints", "orthogonal and unitary parametrization",
               "orthogonal recurrent neural networks"])),
    ("3dv2025:fTJrKaBKZk", dict(  # AGS-Mesh
        proposed=[E("AGS-Mesh", "Adaptive Gaussian Splatting and Meshing")],
        methods_used=[E("Gaussian Splatting"), E("2D Gaussian Splatting"), E("TSDF")],
        tasks=["indoor room reconstruction", "mesh estimation", "novel-view synthesis",
               "depth and normal refinement"])),
    ("iclr2017:HJpfMIFll", dict(  # Geometry of Polysemy
        proposed=[E("K-Grassmeans", "$K$-Grassmeans")],
        methods_used=[E("word2vec")],
        datasets=[D("Wikipedia")],
        tasks=["polysemy modeling", "word sense induction", "word sense disambiguation",
               "lexeme representations"])),
    ("rss2011:92f8beced1", dict(  # Tracking-based SSL
        proposed=[E("Tracking-Based Semi-Supervised Learning")],
        methods_used=[E("EM algorithm")],
        tasks=["track classification", "semi-supervised learning",
               "object classification in LIDAR data"])),
    ("corl2025:cUeY476ohd", dict(  # MirrorDuo
        proposed=[E("MirrorDuo")],
        methods_used=[E("diffusion policy")],
        tasks=["visuomotor learning", "image-based behaviour cloning",
               "demonstration data augmentation", "skill transfer"])),
    ("aaai2021:13869", dict(  # EGAE dialogue structure
        proposed=[E("Edge-Enhanced Graph Auto-Encoder", "EGAE"), E("conversational graph", "CG")],
        metrics=["joint accuracy"],
        tasks=["unsupervised dialogue structure learning", "conversational graph learning",
               "low resource dialogue state tracking", "response selection"],
        results=[R("joint accuracy improvement", "5%")])),
    ("naacl2021:2021.naacl-main.248", dict(  # SOrT
        proposed=[E("Sub-question Oriented Tuning", "SOrT")],
        metrics=["consistency"],
        tasks=["visual question answering", "VQA consistency", "sub-question identification",
               "visual grounding"],
        results=[R("consistency improvement", "6.5% points")])),
    ("automl2022:b748ee51e0", dict(  # hardware metric predictors in NAS
        metrics=["accuracy", "latency", "hypervolume"],
        tasks=["hardware-aware neural architecture search", "hardware metric prediction",
               "architecture selection"])),
    ("iros2010:5652727", dict(  # distributed ML multi-robot mapping
        methods_used=[E("Gauss-Seidel relaxation")],
        tasks=["multi-robot mapping", "distributed map estimation", "multi-robot exploration"])),
    ("cvpr2015:8c1218e302", dict(  # Computationally Bounded Retrieval
        datasets=[D("ImageNET"), D("GIST1M"), D("SUN-attribute")],
        metrics=["speed-up", "accuracy"],
        tasks=["high dimensional image retrieval", "nearest neighbor retrieval", "hashing",
               "sparse projection learning"],
        results=[R("speed-up over state-of-the-art methods", "factor of 100")])),
    ("uai2020:42360e5754", dict(  # uncertain human feedback
        methods_used=[E("Expectation Maximization", "EM", "EM algorithm"), E("Gradient Descent")],
        tasks=["learning from human feedback", "uncertain human feedback modeling",
               "agent training"])),
    ("emnlp2021:2021.emnlp-main.450", dict(  # rationales as attribution priors
        tasks=["explainable stance detection", "human rationale supervision",
               "faithful explanations"])),
    ("coling2025:2025.coling-main.527", dict(  # review-missing interactions
        tasks=["explainable recommendation", "review generation", "missing review prediction"])),
    ("wacv2020:8d9640e2ac", dict(  # HFR-Net
        proposed=[E("HFR-Net"), E("2-phase progressive-retrogressive training"),
                  E("dual motion warping")],
        tasks=["video super-resolution", "high-frequency detail prediction"])),
    ("icra2018:8461060", dict(  # laparoscopic electro-surgery
        metrics=["average positioning error", "average depth", "average positional accuracy"],
        tasks=["robotic laparoscopic electro-surgery", "3D endoscopic surface reconstruction",
               "surgical targeting and cutting"],
        results=[R("average depth", "2.44 mm"),
                 R("depth standard deviation", "0.34 mm"),
                 R("average positional accuracy", "2.74±0.99 mm")])),
    ("acml2019:e57603f70d", dict(  # AFCTPN
        proposed=[E("Anchor-Free oriented text detector with Connectionist Text Proposal Network",
                    "AFCTPN")],
        methods_used=[E("Connectionist Text Proposal Network")],
        tasks=["scene text detection", "oriented text detection", "anchor-free detection"])),
    ("aistats2025:kiVz2xXjEm", dict(  # FedCMOO
        proposed=[E("FedCMOO")],
        methods_used=[E("randomized SVD")],
        tasks=["federated multi-objective optimization", "multi-objective optimization",
               "communication-efficient federated learning"])),
    ("iccv2013:7006e25711", dict(  # Implied Feedback
        tasks=["interactive image search", "implied feedback modeling", "relevance feedback",
               "personalized image search"])),
    ("ijcai2021:paper396", dict(  # AGI attribution
        proposed=[E("Adversarial Gradient Integration", "AGI")],
        methods_used=[E("Integrated Gradient", "IG")],
        tasks=["DNN model interpretation", "gradient-based attribution",
               "explaining image classification"],
        repos=["https://github.com/pd90506/AGI"])),
    ("colt2022:701eaf05f5", dict(  # superlinear memory for convex optimization
        tasks=["memory-constrained convex optimization", "first-order query lower bounds",
               "memory-query tradeoffs"])),
    ("acl2021:2021.acl-long.546", dict(  # Graph Attention Transformer context encoding
        proposed=[E("Graph Attention Transformer")],
        methods_used=[E("Transformer")],
        metrics=["precision of reproduction of knowledge", "perceived consistency"],
        tasks=["non-task-oriented dialogue generation", "knowledge graph context encoding",
               "knowledge-grounded dialogue"])),
    ("colm2024:1Tny4KgGO2", dict(  # code-like cognitive models
        methods_used=[E("GPT-4-Turbo")],
        tasks=["cognitive process modeling", "verbal strategy report analysis",
               "code-like cognitive models", "sorting task strategies"])),
    ("alt2025:lEhg21XO0R", dict(  # proper learnability
        methods_used=[E("empirical risk minimization", "ERM"),
                      E("structural risk minimization", "SRM")],
        tasks=["proper learnability", "distribution-fixed PAC learning", "role of unlabeled data",
               "multiclass classification"])),
    ("www2025:BqqAe7JRTM", dict(  # dynamic JS security analysis
        methods_used=[E("Project Foxhound")],
        metrics=["compatibility", "transparency", "coverage", "computational overhead"],
        tasks=["dynamic security analysis of JavaScript", "information flow control",
               "security tool evaluation"],
        results=[R("computational overhead", "30x")])),
    ("nips2018:11389", dict(  # adversarial examples vs humans
        tasks=["adversarial examples", "adversarial example transfer", "human visual perception"])),
    ("eccv2020:c4c28dff4c", dict(  # weakly supervised 3D detection
        tasks=["weakly supervised 3D object detection", "3D object annotation",
               "annotation cost reduction"],
        results=[R("performance relative to fully supervised detectors", "85∼95%"),
                 R("performance relative to training with manual labels", "94%")])),
    ("icml2017:852", dict(  # hierarchical features from deep generative models
        tasks=["hierarchical feature learning", "deep generative models",
               "disentangled representation learning", "hierarchical latent variable models"])),
    ("3dv2025:iKdpFUWltI", dict(  # indoor LiDAR accuracy
        metrics=["accuracy", "precision"],
        tasks=["LiDAR performance analysis", "indoor 3D LiDAR evaluation",
               "LiDAR accuracy and precision quantification"],
        repos=["http://lidaraccuracy.github.io"])),
    ("iclr2018:H1mCp-ZRZ", dict(  # Stein control variates
        methods_used=[E("REINFORCE"), E("advantage actor-critic")],
        tasks=["variance reduction for policy gradient", "policy optimization",
               "reinforcement learning"])),
    ("rss2023:3204b83858", dict(  # centralized MPC loco-manipulation
        methods_used=[E("model predictive control"), E("direct multiple shooting method")],
        tasks=["collaborative loco-manipulation", "multi-robot payload transport",
               "quadruped robot control"])),
    ("corl2021:yt3tDB67lc5", dict(  # legged state estimation with InEKF
        methods_used=[E("invariant extended Kalman filter", "Invariant Kalman Filtering")],
        tasks=["legged robot state estimation", "contact estimation", "proprioceptive odometry"])),
    ("aaai2021:00160", dict(  # lay language summarization
        metrics=["ROUGE-L", "Flesch-Kincaid readability score"],
        tasks=["lay language summarization", "biomedical scientific review summarization",
               "text simplification"],
        results=[R("ROUGE-L", "50.24"), R("Flesch-Kincaid readability score", "13.30")])),
    ("naacl2021:2021.naacl-main.394", dict(  # ENTRUST
        proposed=[E("ENTRUST")],
        metrics=["fluency", "meaning", "trustworthiness"],
        tasks=["argument reframing", "lexical framing", "controllable text generation"])),
    ("automl2022:cf2aa51235", dict(  # BootstrapNAS
        proposed=[E("BootstrapNAS")],
        methods_used=[E("MobileNetV2"), E("MobileNetV3"), E("EfficientNet"),
                      E("ResNet50", "ResNet-50"), E("HyperSeg"), E("Torchvision")],
        metrics=["throughput"],
        tasks=["neural architecture search", "automated super-network generation",
               "weight-sharing NAS"],
        results=[R("throughput improvement over ResNet-50 (FP32)", "9.87x")])),
]


if __name__ == "__main__":
    write_gold(HERE, A)
