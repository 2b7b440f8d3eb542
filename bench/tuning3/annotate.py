#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning3/input.jsonl -> gold.jsonl.

Tuning set 3, drawn by bench/tuning3/sample.py and annotated blind: kg was never run on these
abstracts and its code and outputs were not read. Every entry below was written by reading only
the paper's title and abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on the
dev.gold file and the judgement calls in ../heldout5/README.md, ../heldout6/README.md,
../tuning1/README.md and ../tuning2/README.md). Titles and ids are copied from input.jsonl so
they are exact; everything else is typed by hand. Unlike the held-out sets, this set may be used
to develop rules (see README.md).

    python bench/tuning3/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("www2025:lSJ8VjjimZ", dict(  # HOLMES and WATSON, two entries (the joint title not recorded)
        proposed=[E("HOLMES"), E("WATSON")],
        metrics=["accuracy"],
        tasks=["website fingerprinting", "encrypted traffic analysis",
               "HTTPS website identification"],
        results=[R("information exposed by features", "4.28 bits"),
                 R("average accuracy", "87.7%"),
                 R("improvement over state-of-the-art methods", "over 15%")])),
    ("naacl2024:2024.naacl-long.362", dict(  # ContraDoc: introduced dataset
        methods_used=[E("GPT3.5"), E("GPT4"), E("PaLM2"), E("LLaMAv2")],
        datasets=[D("ContraDoc", introduced=True)],
        tasks=["self-contradiction detection", "long document understanding",
               "LLM evaluation"])),
    ("acml2023:4e1778ece0", dict(  # title name (least certain); graph dataset groups unnamed
        proposed=[E("Hybrid Convolution Method")],
        tasks=["graph classification", "vertex feature construction",
               "graph representation learning"])),
    ("iclr2017:Bk0FWVcgx", dict(  # theory; the level-set algorithm is unnamed
        tasks=["loss landscape topology", "half-rectified network optimization",
               "non-convex optimization", "gradient descent conditioning"])),
    ("colm2024:SwUsFTtM9h", dict(  # unnamed attack strategy; 19M prompt-image dataset unnamed
        methods_used=[E("DALL-E 3"), E("Midjourney"), E("CLIP"), E("GPT-4V")],
        tasks=["image reproduction with multimodal LLMs",
               "prompt generation for text-to-image models",
               "attacks on image marketplaces", "data augmentation"],
        results=[R("cost per image", "$0.23 - $0.27")])),
    ("rss2020:fa4277cd3d", dict(  # "we introduce reward sketching" (lower case; least certain)
        proposed=[E("reward sketching")],
        tasks=["robotic manipulation", "reward learning from human preferences",
               "batch reinforcement learning", "data-driven robotics"])),
    ("corl2025:XoRtWWjXuC", dict(  # AgentWorld platform + introduced AgentWorld Dataset
        proposed=[E("AgentWorld")],
        methods_used=[E("action chunking transformers"), E("diffusion policies")],
        datasets=[D("AgentWorld Dataset", introduced=True)],
        tasks=["household mobile manipulation", "robot simulation platform",
               "automated scene construction", "sim-to-real transfer"])),
    ("3dv2025:Hszx6norp3", dict(  # InterTrack; its synthetic video dataset is unnamed
        proposed=[E("InterTrack")],
        methods_used=[E("SMPL")],
        datasets=[D("BEHAVE"), D("InterCap")],
        tasks=["human-object interaction tracking", "template-free 4D tracking",
               "object pose estimation", "synthetic interaction video generation"])),
    ("automl2024:310af8c135", dict(  # FLIQS; subtitle is not letter for letter, no alias
        proposed=[E("FLIQS")],
        methods_used=[E("ResNet-18"), E("ResNet-50"), E("MobileNetV2")],
        datasets=[D("ImageNet")],
        metrics=["accuracy"],
        tasks=["mixed-precision quantization search", "neural network quantization",
               "neural architecture search", "model compression"],
        results=[R("accuracy increase (ResNet-18)", "1.3% points", "ImageNet"),
                 R("accuracy increase (ResNet-50)", "0.90% points", "ImageNet"),
                 R("improvement of MobileNetV2 over prior FP8 models", "0.98% points"),
                 R("accuracy improvement (MobileNetV2 search space)", "2.69% points",
                   "ImageNet")])),
    ("emnlp2021:2021.emnlp-main.363", dict(  # analysis paper
        metrics=["demographic parity"],
        tasks=["fairness in sentiment analysis", "round-trip translation",
               "sentiment classification", "bias mitigation"],
        results=[R("reduction of between-group gaps", "47%")])),
    ("wacv2020:4d33cb9571", dict(  # HSNS / SynHSNS introduced; unnamed adaptation technique
        methods_used=[E("gradient reversal")],
        datasets=[D("Hebrew Street Name Signs", "HSNS", introduced=True),
                  D("Synthetic Hebrew Street Name Signs", "SynHSNS", introduced=True),
                  D("French Street Name Signs", "FSNS")],
        tasks=["street name sign transcription", "text sequence recognition",
               "domain adaptation", "multi-task learning"])),
    ("eccv2020:a3fce33b6f", dict(  # evaluation critique; new protocol unnamed
        metrics=["accuracy"],
        tasks=["deep metric learning", "metric learning evaluation",
               "experimental methodology"])),
    ("acl2022:2022.acl-long.211", dict(  # EQT taxonomy; EmpatheticDialogues annotated, not new
        proposed=[E("empathetic question taxonomy", "EQT")],
        datasets=[D("EmpatheticDialogues")],
        tasks=["empathetic question classification", "social dialog analysis",
               "emotion regulation in dialog", "empathetic question generation"])),
    ("iros2019:8968183", dict(  # introduced dataset is unnamed
        tasks=["sound source localization", "sound enhancement",
               "audio-visual sensing from a quadcopter", "sound source tracking"])),
    ("icra2018:8461184", dict(  # SE3-Pose-Nets, a variant of SE3-Nets; Baxter as system used
        proposed=[E("SE3-Pose-Nets")],
        methods_used=[E("SE3-Nets"), E("Baxter")],
        tasks=["visuomotor control", "deep dynamics modeling", "pose embedding learning",
               "scene segmentation"],
        repos=["https://rse-lab.cs.washington.edu/se3-structured-deep-ctrl/"])),
    ("aaai2022:04128", dict(  # descriptive title, method unnamed
        tasks=["contamination factor estimation", "anomaly detection",
               "transfer learning for anomaly detection", "anomaly score thresholding"])),
    ("nips2012:f916925b1f", dict(  # theory + experiments; "shared hypotheses" is descriptive
        tasks=["multi-task learning", "shared hypothesis learning", "generalization bounds"])),
    ("icml2018:2252", dict(  # "this episodic LSTM" (least certain)
        proposed=[E("episodic LSTM")],
        methods_used=[E("LSTM")],
        tasks=["meta-learning", "episodic memory", "reoccurring task environments",
               "meta-reinforcement learning"])),
    ("aistats2007:6cd60ec44b", dict(  # title name; Montanari and Rizzo's method has no name
        proposed=[E("Loop Corrected Belief Propagation")],
        methods_used=[E("Belief Propagation", "BP")],
        tasks=["approximate inference in graphical models",
               "loop correction for belief propagation", "marginal estimation"])),
    ("colt2014:efe85dec98", dict(  # theory; the analysed methods
        methods_used=[E("conformal prediction"), E("ridge regression"),
                      E("Bayesian ridge regression")],
        tasks=["conformal prediction efficiency", "ridge regression prediction intervals",
               "prediction set construction"])),
    ("alt2025:qbktUD8REC", dict(  # theory
        methods_used=[E("Laplace mechanism")],
        tasks=["differentially private sampling", "multi-sampling from distributions",
               "sample complexity lower bounds", "private Gaussian sampling"])),
    ("cvpr2018:8b44a52055", dict(  # MHBN; title's "Multi-View" differs only in case
        proposed=[E("Multi-view Harmonized Bilinear Network", "MHBN")],
        methods_used=[E("bilinear pooling")],
        tasks=["3D object recognition", "view-based 3D object representation",
               "patch-to-patch similarity measurement"])),
    ("uai2023:34254d3d75", dict(  # methodology unnamed; semi-synthetic benchmark unnamed
        tasks=["partial identification of dose responses",
               "sensitivity analysis for hidden confounding",
               "continuous treatment effect estimation", "causal inference"])),
    ("ijcai2023:paper666", dict(  # FlaSH
        proposed=[E("FlaSH", "Flagging Streams in public Health")],
        metrics=["mean accuracy"],
        tasks=["outlier detection in public health data streams", "data quality control",
               "public health data monitoring"])),
    ("iccv2013:266b1c4fc4", dict(  # descriptive title; dataset unnamed
        tasks=["dirt and rain removal", "image restoration", "single image artifact removal"])),
    ("coling2025:2025.coling-main.384", dict(  # MoG / MoGG
        proposed=[E("Mix-of-Granularity", "MoG"), E("MoG-Graph", "MoGG")],
        methods_used=[E("Retrieval-Augmented Generation", "RAG"), E("Mix-of-Expert")],
        tasks=["retrieval-augmented generation", "chunking granularity selection",
               "multi-source knowledge retrieval"])),
    ("www2025:U3TzIAg5Dg", dict(  # GraphHash
        proposed=[E("GraphHash")],
        metrics=["recall"],
        tasks=["embedding table size reduction", "recommender systems",
               "click-through-rate prediction", "graph-based hashing"],
        results=[R("average recall improvement (embedding table reduced by more than 75%)",
                   "101.52%")])),
    ("naacl2024:2024.findings-naacl.63", dict(  # SLiM; conversational datasets unnamed
        proposed=[E("SLiM", "Speculate Less, validate More")],
        methods_used=[E("speculative decoding")],
        metrics=["FLOPs"],
        tasks=["speculative decoding", "efficient LLM inference",
               "token verification cost reduction"],
        results=[R("FLOPs reduction", "70%")])),
    ("acml2022:2d8a3f832b", dict(  # theory; algorithm unnamed; synthetic datasets
        tasks=["locally differentially private reinforcement learning",
               "linear mixture MDPs", "regret minimization",
               "privacy-preserving reinforcement learning"])),
    ("iclr2018:rywDjg-RW", dict(  # NGDS; title hyphenates "Neural-Guided"
        proposed=[E("Neural Guided Deductive Search", "NGDS", "Neural-Guided Deductive Search")],
        metrics=["speed-up"],
        tasks=["program synthesis from examples", "real-time program synthesis",
               "neural-guided deductive search"],
        results=[R("speed-up compared to state-of-the-art systems", "12×")])),
    ("colm2025:dr3eg5ehR2", dict(  # reward formulation named; Next-Chapter Prediction is a task
        proposed=[E("Verified Rewards via Completion Likelihood Improvement")],
        methods_used=[E("RL with Verifiable Rewards")],
        tasks=["long-form story generation", "next-chapter prediction",
               "reasoning for story planning", "reinforcement learning for LLM reasoning"])),
    ("rss2009:d5658d52b4", dict(  # theory (computational geometry)
        tasks=["three-finger caging grasps", "caging region complexity",
               "caging of convex polygons"])),
    ("corl2023:bIvIUNH9VQ", dict(  # attack framework unnamed
        tasks=["adversarial communication attacks", "black-box adversarial attacks",
               "multi-agent reinforcement learning", "robot team security"],
        results=[R("reward reduction compared to baseline", "201%")])),
    ("3dv2025:FdIshoUrqU", dict(  # title name + GCC; three benchmark datasets unnamed
        proposed=[E("Geometry-guided Cross-view Diffusion"),
                  E("Geometry-guided Cross-view Condition", "GCC")],
        tasks=["cross-view image synthesis", "satellite-to-ground synthesis",
               "ground-to-satellite synthesis", "one-to-many image generation"])),
    ("automl2023:d74f875be8", dict(  # MEOW; SIXray and the proprietary Residuals dataset
        proposed=[E("MEOW", "Multi-Objective Evolutionary Weapon Detection")],
        datasets=[D("SIXray"), D("Residuals")],
        tasks=["concealed weapon detection", "X-ray screening", "neural architecture search",
               "multi-objective AutoML"])),
    ("emnlp2021:2021.emnlp-main.758", dict(  # position paper
        tasks=["question answering evaluation", "QA evaluation paradigms",
               "history of question answering"])),
    ("wacv2024:a7c26e315b", dict(  # ExPeRT; adult MR / fetal ultrasound datasets unnamed
        proposed=[E("ExPeRT")],
        tasks=["brain age prediction", "explainable regression", "prototype-based learning",
               "medical image analysis"])),
    ("eccv2018:e678febe51", dict(  # descriptive title; four standard datasets unnamed
        tasks=["language-guided instance segmentation", "referring expression segmentation",
               "multimodal fusion"])),
    ("acl2022:2022.acl-long.318", dict(  # new task; 500-timeline corpus and metrics unnamed
        tasks=["identifying moments of change", "mood change detection",
               "longitudinal user text analysis", "mental health monitoring"])),
    ("iros2013:6696785", dict(  # "actuators that we called ... (pnrVSA)"
        proposed=[E("passive noise rejection variable stiffness actuators", "pnrVSA")],
        tasks=["open-loop stochastic optimal control", "variable stiffness actuator control",
               "movement planning under uncertainty", "unstable task control"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
