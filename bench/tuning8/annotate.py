#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning8/input.jsonl -> gold.jsonl.

Tuning set 8: 40 real corpus abstracts drawn by bench/tuning8/sample.py, annotated blind by a
helper session that read only each paper's title and abstract, ../../../shared/eval/GUIDELINES.md
(the authority), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md, and the format of ../tuning7/annotate.py and
../heldout_annotation.py. kg was never run on these abstracts and its code and outputs were never
read. Titles and ids are copied from input.jsonl so they are exact; everything else is typed by
hand. Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules
developed against it (see README.md).

    python3 bench/tuning8/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("colt2016:69c3e867fc", dict(  # theory; Dudik et al.'s approach named only by authors
        tasks=["contextual bandits with knapsacks", "computationally efficient bandit algorithms",
               "bandits with concave objectives"])),
    ("alt2025:qgnVGFJMJo", dict(  # theory; "enhanced H-consistency bounds" descriptive, not proposed
        tasks=["H-consistency bounds", "surrogate loss analysis", "multi-class classification",
               "bipartite ranking"])),
    ("eccv2022:8de0477cf9", dict(  # Flow-Fill; normalizing flow / autoregressive models generic
        proposed=[E("Flow-Fill")],
        tasks=["diverse image inpainting", "structural prior generation", "semantic image editing"])),
    ("icml2018:2449", dict(  # theory; maxout networks as the analysed architecture (least certain)
        methods_used=[E("maxout networks")],
        tasks=["counting linear regions", "deep neural network complexity",
               "piecewise linear function analysis"])),
    ("ijcai2022:paper290", dict(  # LMN; OSSNC is the problem, so a task
        proposed=[E("Learning to Mix Neighbors", "LMN")],
        tasks=["open-set semi-supervised node classification", "out-of-distribution detection",
               "node classification"])),
    ("acl2021:2021.acl-long.240", dict(  # title name UnitedQA; EM gains
        proposed=[E("UnitedQA")],
        datasets=[D("NaturalQuestions"), D("TriviaQA")],
        metrics=["exact match"],
        tasks=["open-domain question answering", "extractive and generative readers",
               "answer ensembling"],
        results=[R("exact match improvement", "3.3 points", "NaturalQuestions"),
                 R("exact match improvement", "2.7 points", "TriviaQA")])),
    ("uai2019:c3413bc193", dict(  # title name (least certain)
        proposed=[E("Random Clique Covers")],
        tasks=["random graph modeling", "sparse graph modeling",
               "latent graph structure inference"])),
    ("corl2025:kto4zVmo4w", dict(  # unnamed pipeline; Blender is the renderer used; data unnamed
        methods_used=[E("Blender")],
        tasks=["one-shot 6D pose estimation", "single-image 3D generation",
               "generative domain randomization", "robotic grasping"])),
    ("naacl2024:2024.naacl-industry.22", dict(  # unnamed method; F1 gain on unnamed data
        metrics=["F1 score"],
        tasks=["multi-modal insight extraction", "customer feedback mining",
               "weakly-supervised data generation"],
        results=[R("F1 score improvement", "14 points")])),
    ("iccv2013:49f998de88", dict(  # PCA and kmeans named; hashing generic
        methods_used=[E("PCA"), E("kmeans")],
        tasks=["dimensionality reduction", "unsupervised feature merging", "visual recognition"])),
    ("icra2014:6907681", dict(  # Roomba is the case-study robot (least certain)
        methods_used=[E("Roomba")],
        tasks=["robot inclusive space design", "design for robots", "service robots"])),
    ("acml2018:8b4da7f1cc", dict(  # unnamed structure; user study not a metric
        datasets=[D("MPIIGaze")],
        tasks=["synthetic image refinement", "learning from synthetic images", "gaze estimation"])),
    ("aistats2022:b424aca1da", dict(  # SAGE; the k-experts problem is a task
        proposed=[E("SAGE", "Sampled Hedge")],
        tasks=["k-experts problem", "online learning", "prediction with expert advice",
               "regret minimization"])),
    ("aaai2022:00131", dict(  # LUNA; MS-LT introduced; results over several datasets
        proposed=[E("Localizing Unfamiliarity Near Acquaintance", "LUNA")],
        datasets=[D("MS-LT", introduced=True)],
        metrics=["closed-set recognition accuracy", "F-measure"],
        tasks=["open-set long-tailed recognition", "novelty detection", "metric learning"],
        results=[R("closed-set recognition accuracy improvement", "4-6%"),
                 R("F-measure improvement (open-set)", "4%")])),
    ("emnlp2022:2022.findings-emnlp.181", dict(  # ReaRev; BFS named, GNNs generic; benchmarks unnamed
        proposed=[E("ReaRev")],
        methods_used=[E("breadth-first search", "BFS")],
        tasks=["knowledge graph question answering", "adaptive reasoning",
               "incomplete knowledge graph reasoning"],
        repos=["https://github.com/cmavro/ReaRev_KGQA"])),
    ("nips2018:11824", dict(  # unnamed DP procedure; forward-backward only an example
        tasks=["uncertainty in clustering", "exact inference over clusterings",
               "MAP clustering", "gene expression analysis"])),
    ("cvpr2013:1c167b08e0", dict(  # descriptive title; 48.1% with metric unnamed (least certain)
        datasets=[D("VOC 2012")],
        tasks=["semantic image segmentation", "segmentation re-ranking",
               "diverse segmentation generation"],
        results=[R("semantic segmentation result", "48.1%", "VOC 2012")])),
    ("colm2024:46Zgqo4QIU", dict(  # STOP; GPT-4 used; beam search etc. are LM-proposed strategies
        proposed=[E("Self-Taught Optimizer", "STOP")],
        methods_used=[E("GPT-4")],
        tasks=["recursive self-improvement", "code generation",
               "scaffolding program optimization", "sandbox bypass evaluation"])),
    ("automl2022:d4ab8b2f14", dict(  # title name (abstract lower case); benchmarks unnamed
        proposed=[E("Tree-Structured Multi-Task Model Recommender")],
        metrics=["task accuracy"],
        tasks=["multi-task architecture recommendation", "multi-task learning",
               "budget-constrained architecture design"],
        repos=["https://github.com/zhanglijun95/TreeMTL"])),
    ("rss2015:eaab6fad5e", dict(  # antenna system unnamed
        tasks=["radio-tagged wildlife localization", "aerial robot localization",
               "information-based planning", "bearing estimation"])),
    ("wacv2020:119440c448", dict(  # title name (least certain); KITTI "benchmark dataset"
        proposed=[E("Compositional Re-estimation")],
        datasets=[D("KITTI")],
        tasks=["unsupervised camera pose estimation", "camera ego-motion estimation",
               "depth estimation"])),
    ("www2025:J1JyyiBsRU", dict(  # the three analysed schema languages
        methods_used=[E("SHACL"), E("ShEx"), E("PG-Schema")],
        tasks=["schema language comparison", "graph data validation",
               "formal schema language semantics"])),
    ("iclr2018:SkZxCk-0Z", dict(  # PossibleWorldNets; new entailment dataset unnamed
        proposed=[E("PossibleWorldNets")],
        methods_used=[E("LSTM RNNs")],
        tasks=["logical entailment prediction", "logical reasoning with neural networks",
               "inductive bias analysis"])),
    ("iros2004:1389903", dict(  # RoboCup as the evaluation domain (least certain)
        benchmarks=[D("RoboCup")],
        tasks=["active sensing", "sensing strategy learning", "robot soccer"])),
    ("coling2025:2025.coling-industry.48", dict(  # MESA on GPT-4o; correlation metrics
        proposed=[E("MESA")],
        methods_used=[E("GPT-4o")],
        metrics=["ROUGE", "BERTScore", "Point-Biserial correlation", "Spearman correlation",
                 "Kendall correlation"],
        tasks=["meeting summary evaluation", "LLM-based evaluation", "summary error detection"],
        results=[R("correlation improvement over previous methods", "0.25")])),
    ("3dv2025:CcCgioqFM9", dict(  # GVP; adversarial / distillation training generic
        proposed=[E("Generative Volumetric Primitives", "GVP")],
        tasks=["3D-aware image synthesis", "3D volumetric generative modeling",
               "dense 3D correspondence", "real-time rendering"])),
    ("colt2021:de6acf8992", dict(  # theory; MAC-Bayes not clearly coined here
        tasks=["generalization bounds", "PAC-Bayesian bounds", "conditional mutual information bounds",
               "fast rate bounds"])),
    ("alt2025:oytwNAlEfY", dict(  # theory
        tasks=["improving multi-armed bandits", "approximation guarantees",
               "randomized online algorithms"])),
    ("eccv2018:664ad1d33d", dict(  # descriptive title; two datasets
        datasets=[D("PETA"), D("WIDER-Attribute")],
        tasks=["visual attribute classification", "class imbalance", "human attribute recognition"])),
    ("icml2019:3899", dict(  # SGP; PushSum / AllReduce / SGD / ResNet-50 / Transformer
        proposed=[E("Stochastic Gradient Push", "SGP")],
        methods_used=[E("PushSum"), E("AllReduce"), E("SGD"), E("ResNet-50"), E("Transformer")],
        datasets=[D("ImageNet"), D("WMT’16 En-De")],
        tasks=["distributed deep learning", "decentralized optimization", "image classification",
               "machine translation"])),
    ("ijcai2024:paper340", dict(  # MDNet; modules lower case; two datasets unnamed
        proposed=[E("Multi-level Disentangling Network", "MDNet")],
        tasks=["cross-subject emotion recognition", "multimodal physiological signal analysis",
               "disentangled representation learning"])),
    ("acl2021:2021.acl-long.297", dict(  # EBGCN (title plural as alias); datasets unnamed
        proposed=[E("Edge-enhanced Bayesian Graph Convolutional Network", "EBGCN",
                    "Edge-enhanced Bayesian Graph Convolutional Networks")],
        tasks=["rumor detection", "early rumor detection", "propagation uncertainty modeling"])),
    ("uai2022:a17de98404", dict(  # descriptive title; repo only
        tasks=["uncertainty estimation", "post-hoc calibration", "confidence estimation"],
        repos=["https://github.com/NoSleepDeveloper/Geometric-Calibrator"])),
    ("corl2022:4g3PwAp5nsX", dict(  # title name (like Koopman-Equivariant GPs; least certain)
        proposed=[E("SE(2)-Equivariant Pushing Dynamics Models")],
        tasks=["pushing dynamics modeling", "tabletop object manipulation",
               "equivariant neural networks", "pushing manipulation"],
        repos=["https://github.com/seungyeon-k/SQPDNet-public"])),
    ("naacl2024:2024.naacl-long.473", dict(  # X-Eval; AspectInstruct introduced; GPT-4 compared
        proposed=[E("X-Eval")],
        methods_used=[E("GPT-4")],
        datasets=[D("AspectInstruct", introduced=True)],
        metrics=["correlation with human judgments"],
        tasks=["multi-aspect text evaluation", "NLG evaluation", "instruction tuning"])),
    ("iccv2015:124f1cb55a", dict(  # descriptive title; ADMM used
        methods_used=[E("alternating direction method of multipliers", "ADMM")],
        tasks=["single-image 3D shape estimation", "3D pose estimation", "part localization"])),
    ("icra2015:7140098", dict(  # ADS-B is the sensing system used; SITL generic; data unnamed
        methods_used=[E("Automatic Dependent Surveillance-Broadcast", "ADS-B")],
        tasks=["UAV collision avoidance", "sense and avoid", "collision avoidance path planning"])),
    ("acml2021:58677cd5d2", dict(  # M3N from the title as the base method; Markov Network generic
        methods_used=[E("Maximum Margin Markov Networks")],
        tasks=["structured output classification", "learning with missing labels",
               "partially annotated learning"])),
    ("aistats2025:2deM2CJQz5", dict(  # CPD / TT named; GPs generic (heldout5/6)
        methods_used=[E("Canonical Polyadic Decomposition", "CPD"), E("Tensor Train", "TT")],
        tasks=["tensor network-constrained kernel machines", "Gaussian process limits",
               "feature learning analysis"])),
    ("aaai2022:02795", dict(  # SynLiDAR introduced; PCT with its lower-case description
        proposed=[E("PCT", "point cloud translator")],
        datasets=[D("SynLiDAR", introduced=True)],
        tasks=["synthetic-to-real transfer learning", "LiDAR point cloud semantic segmentation",
               "point cloud translation", "domain adaptation"],
        repos=["https://github.com/xiaoaoran/SynLiDAR"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
