#!/usr/bin/env python3
"""Hand-written gold annotations for bench/heldout4/input.jsonl -> gold.jsonl.

Fourth, independent held-out set. Every entry below was written by reading only the paper's
title and abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on the whole
dev.gold file and the judgement calls in ../heldout*/README.md). Titles and ids are copied
from input.jsonl so they are exact; everything else is typed by hand.

    python bench/heldout4/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("colt2021:15f637258f", dict(  # mean-field framework for over-parameterized DNNs
        proposed=[E("neural feature flow")],
        methods_used=[E("Gradient Descent"), E("Residual Network", "Res-Net")],
        tasks=["mean-field analysis of deep neural networks",
               "over-parameterized neural network training", "global convergence"])),
    ("alt2025:TAvypH5yl5", dict(  # generalization bounds, low-rank layers
        tasks=["generalization bounds for deep networks", "low-rank layers",
               "neural collapse"])),
    ("eccv2020:322bde5260", dict(  # Piggyback GAN
        proposed=[E("Piggyback GAN")],
        tasks=["lifelong learning", "image-conditioned generation", "catastrophic forgetting"])),
    ("icml2017:655", dict(  # loss surfaces via random matrix theory
        tasks=["neural network loss surface geometry", "Hessian eigenvalue distribution",
               "critical points of neural networks"])),
    ("ijcai2023:paper602", dict(  # meta-operators via Stackelberg planning
        proposed=[E("meta-operators")],
        methods_used=[E("Stackelberg planning"), E("Macro-operators")],
        tasks=["meta-operator verification", "automated planning", "planning reformulation"])),
    ("acl2021:2021.acl-short.45", dict(  # events gender bias on Wikipedia
        datasets=[D("Wikipedia")],
        tasks=["event-centric gender bias analysis", "event detection",
               "social bias in Wikipedia"])),
    ("uai2022:85be16287e", dict(  # calibrated ensembles under distribution shift
        proposed=[E("ID-calibrated ensembles", "Calibrated ensembles")],
        methods_used=[E("ERM")],
        metrics=["out-of-distribution accuracy", "in-distribution accuracy"],
        tasks=["distribution shift robustness", "out-of-distribution generalization",
               "model calibration", "ensembling"])),
    ("corl2025:VrNSv02Xfu", dict(  # SAVOR
        proposed=[E("SAVOR"), E("SAVOR-Net")],
        metrics=["bite acquisition success"],
        tasks=["robot-assisted bite acquisition", "skill affordance learning",
               "visuo-haptic perception", "robot-assisted feeding"],
        results=[R("bite acquisition success improvement over SOTA category-based methods",
                   "13%")])),
    ("naacl2024:2024.findings-naacl.76", dict(  # Ob-HEx
        proposed=[E("Ob-HEx", "Occlusion-based Hierarchical Explanation-extractor")],
        methods_used=[E("Hierarchical Transformer")],
        datasets=[D("ILDC-Expert")],
        tasks=["explanation extraction", "long legal document classification",
               "explainability of hierarchical models"],
        results=[R("minimum gain over previous benchmark", "1 point", "ILDC-Expert")])),
    ("iccv2015:40c2951616", dict(  # camera clustering + surface segmentation for MVS
        methods_used=[E("General Expectation-Maximization algorithm"),
                      E("Markov Random Field")],
        tasks=["large-scale multi-view stereo", "camera clustering", "surface segmentation",
               "dense 3D reconstruction"])),
    ("icra2020:9197245", dict(  # variable stiffness springs
        tasks=["variable stiffness springs", "energy storage capacity",
               "variable stiffness actuation", "human performance augmentation"])),
    ("acml2021:b7c381c46b", dict(  # LLP with FLMm
        proposed=[E("Feature-Label Matching mechanism", "FLMm")],
        datasets=[D("CIFAR10"), D("CIFAR100")],
        metrics=["accuracy"],
        tasks=["learning from label proportions", "weakly supervised classification",
               "image classification"],
        results=[R("accuracy (bag size 128)", "61.25%", "CIFAR100")])),
    ("aistats2003:5f810fc4bf", dict(  # Convex Invariance Learning
        proposed=[E("Convex Invariance Learning")],
        methods_used=[E("principal components analysis")],
        tasks=["invariance learning", "representation learning",
               "modeling non-vectorial data"])),
    ("aaai2021:03324", dict(  # One for More, ReID
        proposed=[E("One for More", "one-for-more")],
        tasks=["person re-identification", "generalizable sample selection"])),
    ("emnlp2022:2022.findings-emnlp.247", dict(  # HAHT
        proposed=[E("History-Aware Hierarchical Transformer", "HAHT")],
        datasets=[D("MSC")],
        tasks=["multi-session open-domain dialogue", "dialogue response generation",
               "long-term conversation memory"])),
    ("nips2014:4392", dict(  # submodular meets structured
        methods_used=[E("High-Order Potentials", "HOPs")],
        tasks=["diverse subset selection", "structured prediction",
               "submodular maximization", "proposal generation"])),
    ("cvpr2018:d12c9f928b", dict(  # SP-AEN
        proposed=[E("Semantics-Preserving Adversarial Embedding Network", "SP-AEN",
                    "Semantics-Preserving Adversarial Embedding Networks")],
        benchmarks=[D("CUB"), D("AWA"), D("SUN"), D("aPY")],
        metrics=["harmonic mean"],
        tasks=["zero-shot visual recognition", "zero-shot learning",
               "visual-semantic embedding"],
        results=[R("harmonic mean (absolute improvement)", "12.2%", "CUB"),
                 R("harmonic mean (absolute improvement)", "9.3%", "AWA"),
                 R("harmonic mean (absolute improvement)", "4.0%", "SUN"),
                 R("harmonic mean (absolute improvement)", "3.6%", "aPY")])),
    ("colm2025:jdOC24msVq", dict(  # EuroBERT
        proposed=[E("EuroBERT")],
        tasks=["multilingual encoder pretraining", "multilingual text representation",
               "retrieval", "long-context encoding"])),
    ("automl2024:4d1e3ce16b", dict(  # weight-entanglement + gradient-based NAS
        tasks=["neural architecture search", "gradient-based NAS", "weight entanglement",
               "weight sharing"],
        repos=["https://anon-github.automl.cc/r/TangleNAS-5BA5"])),
    ("rss2024:e7cb77b195", dict(  # POLICEd RL
        proposed=[E("POLICEd RL")],
        methods_used=[E("Constrained Markov Decision Processes")],
        tasks=["safe reinforcement learning", "hard constraint satisfaction",
               "robot control policy learning"],
        repos=["https://iconlab.negarmehr.com/POLICEd-RL/"])),
    ("wacv2022:c66d98f9af", dict(  # HDC
        proposed=[E("Hierarchically Decoupled Spatial-Temporal Contrast", "HDC")],
        benchmarks=[D("UCF101"), D("HMDB51")],
        tasks=["self-supervised video representation learning", "action recognition",
               "contrastive learning"])),
    ("www2025:WzbU8SFXfJ", dict(  # Pigeon
        proposed=[E("Pigeon")],
        tasks=["personalized image generation", "personalized sticker generation",
               "movie poster generation", "preference alignment"])),
    ("iclr2017:BkVsEMYel", dict(  # inductive bias through pooling geometry
        methods_used=[E("convolutional arithmetic circuits")],
        tasks=["inductive bias of convolutional networks", "pooling geometry",
               "modeling input correlations", "expressiveness of depth"])),
    ("iros2014:6942626", dict(  # haptic representation for food manipulation
        tasks=["deformable object manipulation", "haptic representation learning",
               "food property estimation", "robotic food preparation"],
        results=[R("mistakes in 60 sequential salad-preparation experiments", "4")])),
    ("coling2022:2022.coling-1.66", dict(  # Re-Examining FactBank
        datasets=[D("FactBank")],
        metrics=["f-measure"],
        tasks=["factuality prediction", "author's presentation of factuality",
               "polarity classification"])),
    ("3dv2025:IviNrUpXHc", dict(  # OD-NeRF
        proposed=[E("OD-NeRF")],
        methods_used=[E("NeRF", "neural radiance fields")],
        metrics=["training speed", "training speed-up"],
        tasks=["on-the-fly dynamic NeRF training", "novel view synthesis",
               "dynamic scene rendering"],
        results=[R("interactive training speed", "10FPS"),
                 R("training speed-up over state-of-the-art on-the-fly NeRF", "3x-9x")])),
    ("colt2019:8d05d25466", dict(  # model-based vs model-free on LQR
        methods_used=[E("least-squares temporal difference", "LSTD")],
        tasks=["model-based vs model-free sample complexity", "linear quadratic regulator",
               "policy evaluation", "policy optimization"])),
    ("alt2025:PQtGREBPIP", dict(  # sharp bounds on aggregate expert error
        tasks=["aggregating expert advice", "optimal error probability bounds",
               "total variation distance bounds"])),
    ("eccv2022:1607574831", dict(  # Self-Filtering
        proposed=[E("Self-Filtering", "SFT", r"\textbf{S}elf-\textbf{F}il\textbf{t}ering")],
        tasks=["learning with noisy labels", "sample selection", "robust learning"])),
    ("icml2015:ac9a6d52d5", dict(  # robust POMDP
        methods_used=[E("value iteration"), E("point-based value iteration")],
        tasks=["robust POMDP planning", "planning under parameter uncertainty",
               "robust policy computation"])),
    ("ijcai2023:paper516", dict(  # DPMAC
        proposed=[E("differentially private multi-agent communication", "DPMAC",
                    "Differentially Private Communication")],
        tasks=["multi-agent reinforcement learning", "privacy-preserving communication",
               "differential privacy"])),
    ("acl2022:2022.acl-long.95", dict(  # QVE
        proposed=[E("question value estimator", "QVE")],
        tasks=["domain adaptation of question answering", "synthetic question selection",
               "question generation"],
        results=[R("share of target-domain human annotations for fully-supervised-comparable performance",
                   "15%")])),
    ("uai2023:fe7d2dde2a", dict(  # guaranteed OOD novel category detection
        tasks=["novel category detection", "out-of-distribution detection",
               "distribution shift"])),
    ("corl2024:67tTQeO4HQ", dict(  # in-flight attitude control of a quadruped
        methods_used=[E("Proximal Policy Optimization", "PPO"),
                      E("NVIDIA Omniverse Isaac Sim")],
        tasks=["in-flight attitude control", "quadruped robot control",
               "deep reinforcement learning"],
        results=[R("average base angular velocity", "110 degrees per second")])),
    ("naacl2024:2024.findings-naacl.230", dict(  # FIRE dataset
        datasets=[D("FIRE", "FInancial Relation Extraction", introduced=True)],
        tasks=["financial relation extraction", "named entity recognition",
               "curriculum learning"],
        repos=["https://github.com/hmhamad/FIRE",
               "https://github.com/abhinav-kumar-thakur/relation-extraction-annotator"])),
    ("iccv2013:eabcd6a92f", dict(  # Semantic Transform
        proposed=[E("Semantic Transform")],
        tasks=["relative attribute learning", "weakly supervised semantic inference",
               "zero-shot classification", "attribute ranking"])),
    ("icra2010:5509663", dict(  # tremor parameter estimation
        tasks=["tremor parameter estimation", "FES-based tremor suppression",
               "robotic exoskeletons"])),
    ("acml2023:87a565626f", dict(  # TFAN
        proposed=[E("Temporal-Feature correlations Attention-based Network", "TFAN",
                    "Temporal-Feature correlations Attention-based deep learning Network")],
        metrics=["prediction accuracy"],
        tasks=["urban air quality prediction", "data fusion",
               "multivariate time series prediction"],
        results=[R("prediction accuracy improvement over baselines", "10+%")])),
    ("aistats2022:228e87584c", dict(  # I(S)QF
        proposed=[E("Incremental (Spline) Quantile Functions", "I(S)QF")],
        metrics=["continuous ranked probability score"],
        tasks=["distribution-free time series forecasting", "quantile regression",
               "quantile crossing"])),
    ("aaai2022:04892", dict(  # individual representation in approval-based voting
        proposed=[E("individual representation", "IR")],
        tasks=["approval-based committee voting", "proportional representation",
               "computational social choice"])),
]


if __name__ == "__main__":
    write_gold(HERE, A)
