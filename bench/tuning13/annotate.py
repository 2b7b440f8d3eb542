#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning13/input.jsonl -> gold.jsonl.

Tuning set 13: 40 real corpus abstracts drawn by bench/tuning13/sample.py (seed 20261204),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority), the dev.gold file (for calibration), the
"Judgement calls" sections of ../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md,
../tuning2/README.md, ../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md,
../tuning9/README.md, ../tuning10/README.md, ../tuning11/README.md and ../tuning12/README.md, the
format of ../tuning12/annotate.py (its first 80 lines: the header, 13 entries and the start of
a 14th; and its last five lines) and ../heldout_annotation.py, and the structure of
../tuning12/README.md. kg was never run on these abstracts and its code and outputs were never
read. Titles and ids are copied from input.jsonl so they are exact; everything else is typed by
hand. Single annotator, no adjudication. This is a TUNING set: its gold may be read and rules
developed against it (see README.md).

    python3 bench/tuning13/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("eccv2022:86c5f30524", dict(  # descriptive title; temperature-scaling method unnamed; CNN generic
        methods_used=[E("Vision Transformer", "ViT", "ViTs")],
        tasks=["patch-wise perturbation robustness", "adversarial patch robustness",
               "image classification"])),
    ("wacv2021:6783ad7288", dict(  # tracking-by-detection is a class (task); "5+ hr" recorded (uncertain)
        proposed=[E("Machine Learning-integrated Tracking", "ML-Tracking")],
        tasks=["underwater animal tracking", "underwater vehicle control", "tracking-by-detection"],
        results=[R("continuous observation duration", "5+ hr")])),
    ("corl2022:NEGjAH7p0fm", dict(  # two introduced datasets are unnamed; MLP baseline generic
        methods_used=[E("LSTM")],
        tasks=["gravitational pivoting", "in-hand manipulation", "tactile sensing",
               "object angle prediction"],
        repos=["https://rhys-newbury.github.io/projects/pivoting/"],
        results=[R("performance improvement (LSTM fine-tuned with controller-in-the-loop data)",
                   "16.6%")])),
    ("alt2025:JTRjD4JeSq", dict(  # theory; three named algorithms; ONS/FTRL inside names not separate
        proposed=[E("Log-Barrier Adaptive-Curvature Online Newton Step", "LB-AdaCurv ONS"),
                  E("Optimistic Expected Utility LB-FTRL", "OUE-LB-FTRL"),
                  E("Best-of-Both Worlds for OPS", "BoB-OPS")],
        methods_used=[E("optimistic FTRL")],
        tasks=["online portfolio selection", "data-dependent regret bounds",
               "learning with predictions"])),
    ("icra2012:6225232", dict(  # AIM "called AIM" (existing protocol); setpoint algorithm unnamed
        methods_used=[E("AIM", "autonomous intersection management protocol"),
                      E("PID controllers")],
        tasks=["setpoint scheduling", "autonomous vehicle control",
               "autonomous intersection management"])),
    ("emnlp2022:2022.findings-emnlp.34", dict(  # "+3 7" garbled range kept as written (uncertain)
        proposed=[E("Cross-lingual Entity Projection", "CROP",
                    "Cross-lingual Entity Projection framework")],
        metrics=["F1"],
        tasks=["zero-shot cross-lingual named entity recognition", "label projection",
               "labeled sequence translation"],
        results=[R("F1 improvement over previous strong baseline", "+3 7")])),
    ("iclr2017:HkvS3Mqxe", dict(  # title "Coarse Pruning" read as descriptive (uncertain)
        datasets=[D("CIFAR-10"), D("SVHN"), D("MNIST")],
        metrics=["sparsity", "misclassification rate"],
        tasks=["CNN pruning", "network compression", "efficient inference"],
        results=[R("sparsity in convolution layers", "more than 85%", "CIFAR-10"),
                 R("increase in misclassification rate", "less than 1%", "CIFAR-10")])),
    ("nips2014:4644", dict(  # MNL analysed model; RankCentrality used; tensor decomposition generic
        methods_used=[E("MultiNomial Logit", "MNL"), E("RankCentrality")],
        tasks=["learning mixed multinomial logit models", "learning from ordinal data",
               "personalized recommendation"])),
    ("3dv2025:VSG65wVNuL", dict(  # eight datasets unnamed; diffusion models generic
        proposed=[E("GRIN")],
        tasks=["zero-shot metric depth estimation", "monocular depth estimation",
               "learning from sparse depth labels"])),
    ("cvpr2018:47754b8829", dict(  # NASNet search space / NASNet / ScheduledDropPath; "" where sentence names no data
        proposed=[E("NASNet search space"), E("NASNet", "NASNet architecture", "NASNets"),
                  E("ScheduledDropPath")],
        methods_used=[E("Faster-RCNN")],
        datasets=[D("CIFAR-10"), D("ImageNet"), D("COCO")],
        metrics=["error rate", "top-1 accuracy", "top-5 accuracy", "FLOPS", "mAP"],
        tasks=["neural architecture search", "image classification", "object detection",
               "transferable architecture search"],
        results=[R("error rate", "2.4%", "CIFAR-10"),
                 R("top-1 accuracy", "82.7%", "ImageNet"),
                 R("top-5 accuracy", "96.2%", "ImageNet"),
                 R("top-1 accuracy improvement over best human-invented architectures", "1.2%"),
                 R("FLOPS reduction", "9 billion"),
                 R("reduction in computational demand", "28%"),
                 R("top-1 accuracy (small NASNet)", "74%"),
                 R("top-1 accuracy improvement over equivalently-sized mobile models", "3.1%"),
                 R("mAP", "43.1%", "COCO"),
                 R("mAP improvement over state of the art", "4.0%", "COCO")])),
    ("aaai2021:12535", dict(  # name copied with lower-case "network"; sub-mechanisms lower case
        proposed=[E("Goal-Oriented Knowledge Copy network", "GOKC")],
        tasks=["knowledge-driven dialog generation", "goal-oriented dialog", "response generation"])),
    ("iros2007:4399503", dict(  # 44 actuators / 25 kgf are design specs, not results
        tasks=["tendon-driven humanoid design", "musculoskeletal humanoid lower body",
               "redundant actuator systems"])),
    ("colm2025:TiRiDMkTmG", dict(  # method unnamed; RLHF only an application context; "zero" no numeral
        metrics=["false positive rate", "accuracy"],
        tasks=["out-of-distribution detection", "synthetic data generation",
               "text classification"])),
    ("ijcai2022:paper184", dict(  # title is the task; GCN / optical flow generic
        tasks=["talking face generation", "emotion-controllable generation",
               "one-shot face animation"])),
    ("iccv2015:8823f0f312", dict(  # nothing named; SDF / octree / FEM generic
        tasks=["surface reconstruction", "multiscale 3D reconstruction",
               "large-scale point cloud reconstruction"])),
    ("icml2016:4de69b3e3d", dict(  # "centralized greedy solution" lower case, left out (uncertain)
        tasks=["distributed submodular maximization", "constrained submodular maximization",
               "fixed-capacity distributed optimization"])),
    ("www2025:2c2ec6VlgK", dict(  # economics/theory; questionnaire unnamed
        tasks=["machine unlearning", "contract design", "incentive mechanism design",
               "federated learning participation"])),
    ("acl2022:2022.acl-short.16", dict(  # MLM left out as an objective (heldout5 rule; uncertain)
        methods_used=[E("BERT")],
        tasks=["pre-training objective analysis", "linguistic probing",
               "language representation learning"])),
    ("coling2020:2020.coling-main.28", dict(  # two strategies unnamed; "modified F1" as written
        datasets=[D("Java-small"), D("Java-large")],
        metrics=["modified F1", "accuracy"],
        tasks=["function name generation", "out-of-vocabulary subword generation",
               "source code summarization"])),
    ("rss2014:823bb79160", dict(  # title is the problem; KL divergence as evaluation metric here
        metrics=["Kullback-Leibler divergence", "sparsity"],
        tasks=["nonlinear graph sparsification", "simultaneous localization and mapping",
               "measurement selection"])),
    ("colt2024:374a3fd38b", dict(  # coined delta-CR (LaTeX written plainly); CVaR recorded (uncertain)
        proposed=[E("CVaRδ-competitive ratio", "δ-CR")],
        methods_used=[E("conditional value-at-risk")],
        tasks=["risk-sensitive online algorithms", "competitive analysis", "ski rental",
               "one-max search"])),
    ("uai2024:ea3176d61c", dict(  # method unnamed; model validation benchmarks unnamed
        tasks=["local model validity estimation", "active learning", "model error estimation"])),
    ("naacl2024:2024.naacl-long.19", dict(  # TOP is the task; ICL / LLMs generic
        proposed=[E("k Nearest Neighbor In-Context Learning", "kNN-ICL")],
        tasks=["task-oriented parsing", "semantic parsing with LLMs", "compositional generalization",
               "prompt design"])),
    ("aistats2020:098a923d69", dict(  # title name (least certain); NR left out as a method class
        proposed=[E("Robust Importance Weighting")],
        methods_used=[E("kernel mean matching", "KMM")],
        tasks=["covariate shift correction", "importance weight estimation"])),
    ("automl2024:7bfd5b18a6", dict(  # title read as descriptive; random search uncertain; MLP generic
        methods_used=[E("random forest"), E("random search"), E("Bayesian optimization")],
        tasks=["early stopping cross-validation", "model selection", "AutoML for tabular data",
               "hyperparameter optimization"],
        results=[R("share of datasets where model selection converges faster", "~94%"),
                 R("average speed-up of model selection convergence", "214%"),
                 R("additional configurations explored", "+167%")])),
    ("acml2012:23914e2143", dict(  # split-and-merge procedure lower case; M-H is the existing base
        methods_used=[E("Metropolis-Hastings")],
        tasks=["learning from ordered sets", "collaborative ranking", "collaborative filtering"])),
    ("eccv2022:83f046db33", dict(  # descriptive title; technique and regularizers unnamed
        tasks=["mixed-precision quantization", "model size control", "post-training quantization",
               "quantization-aware training"])),
    ("wacv2020:0d3d2bd386", dict(  # variational approach unnamed; photometric stereo is the task
        tasks=["depth map super-resolution", "uncalibrated photometric stereo",
               "RGB-D sensing"])),
    ("corl2022:lV-rNbXVSaO", dict(  # SemAbs long form is the name; VLMs generic
        proposed=[E("Semantic Abstraction", "SemAbs")],
        methods_used=[E("CLIP")],
        tasks=["open-world 3D scene understanding", "object completion",
               "language-based hidden object localization"])),
    ("alt2025:uQsn9AZPwR", dict(  # theory; cited works named only by authors; VC dimension generic
        tasks=["sample compression schemes", "multiclass classification",
               "adversarially robust learning", "regression"])),
    ("icra2014:6907238", dict(  # Markov logic networks recorded (uncertain, model family); MCMC generic
        methods_used=[E("Markov logic networks")],
        tasks=["table-top scene modeling", "scene graph generation",
               "false pose estimate detection"])),
    ("emnlp2021:2021.emnlp-main.406", dict(  # Transformers part of the name; conformal prediction used
        proposed=[E("Confident Adaptive Transformers", "CATs")],
        methods_used=[E("conformal prediction")],
        tasks=["accelerated inference", "adaptive early exiting",
               "consistency-guaranteed prediction"])),
    ("iclr2017:SkYbF1slg", dict(  # title name "Neural Population Infomax" (uncertain)
        proposed=[E("Neural Population Infomax")],
        tasks=["unsupervised representation learning", "infomax learning", "feature extraction"])),
    ("nips2011:4a0a9fe000", dict(  # "ITI" as written; RIP is a condition, not a method
        proposed=[E("Orthogonal Matching Pursuit with Replacement", "OMPR"), E("OMPR-Hash")],
        methods_used=[E("ITI"), E("HTP"), E("OMP"), E("locality sensitive hashing"),
                      E("CoSaMP"), E("Subspace Pursuit")],
        tasks=["compressed sensing", "sparse recovery", "sub-linear sparse recovery"])),
    ("3dv2025:d9NjNfoUH5", dict(  # title "3D Epipolar Attention" recorded (least certain); ConsisSyn only in URL
        proposed=[E("3D Epipolar Attention")],
        tasks=["novel view synthesis", "multi-view consistency", "training-free view synthesis"],
        repos=["https://github.com/botaoye/ConsisSyn"])),
    ("cvpr2018:b6d7a2f07e", dict(  # Kuka IIWA robot used; video link recorded (href stripped)
        methods_used=[E("Kuka IIWA")],
        tasks=["visual servoing", "sim-to-real transfer", "viewpoint invariance",
               "robot manipulation"],
        repos=["https://www.youtube.com/watch?v=oLgM2Bnb7fo"])),
    ("aaai2022:04039", dict(  # FP-AdaMetric as the abstract writes it; title forms as aliases
        proposed=[E("FP-Metric"),
                  E("FP-AdaMetric", "FPAdaMetric", "False-Positive-Aware Adaptive Metric Learning")],
        metrics=["hit rate", "MRR", "NDCG"],
        tasks=["session-based recommendation", "false positive feedback handling",
               "metric learning"])),
    ("iros2021:9636159", dict(  # title name "Deep Stereo Attention Network" (uncertain); 1000 m a setting
        proposed=[E("Deep Stereo Attention Network")],
        tasks=["underwater robot navigation", "vision-based navigation", "obstacle avoidance",
               "coral observation"])),
    ("colm2024:7iaAlIlV2H", dict(  # "reinforcement learning with comparative feedback" lower case, left out
        proposed=[E("Pairwise Proximal Policy Optimization", "P3O")],
        methods_used=[E("Reinforcement Learning with Human Feedback", "RLHF"),
                      E("Proximal Policy Optimization", "PPO")],
        tasks=["language model alignment", "comparative reinforcement learning",
               "learning from human preferences"])),
    ("ijcai2022:paper111", dict(  # SE blocks used; spatial/temporal MLP generic
        proposed=[E("MotionMixer")],
        methods_used=[E("squeeze-and-excitation blocks", "SE blocks", "SE")],
        datasets=[D("Human3.6M"), D("AMASS"), D("3DPW")],
        tasks=["3D human pose forecasting", "human motion prediction"],
        repos=["https://github.com/MotionMLP/MotionMixer"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
