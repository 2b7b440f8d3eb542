#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning2/input.jsonl -> gold.jsonl.

Tuning set 2, drawn by bench/tuning2/sample.py and annotated blind: kg was never run on these
abstracts and its code and outputs were not read. Every entry below was written by reading only
the paper's title and abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on the
dev.gold file and the judgement calls in ../heldout5/README.md and ../heldout6/README.md). Titles
and ids are copied from input.jsonl so they are exact; everything else is typed by hand.
Unlike the held-out sets, this set may be used to develop rules (see README.md).

    python bench/tuning2/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("alt2025:EHMcSd60XP", dict(  # ACB algorithm; theory
        proposed=[E("ACB")],
        tasks=["clustering with bandit feedback", "hidden partition recovery",
               "stochastic multi-armed bandits", "computation-information gap"])),
    ("acl2022:2022.findings-acl.280", dict(  # title name; two benchmarks unnamed
        proposed=[E("Contrast Replay Networks")],
        metrics=["accuracy"],
        tasks=["medical intent detection", "incremental intent detection",
               "incremental learning", "catastrophic forgetting"],
        results=[R("accuracy improvement over the state-of-the-art model", "5.7%"),
                 R("accuracy improvement over the state-of-the-art model", "9.1%")])),
    ("automl2023:d76257fac6", dict(  # QO-ES / QDO-ES; title's joint "Q(D)O-ES" not recorded
        proposed=[E("QO-ES"), E("QDO-ES")],
        methods_used=[E("greedy ensemble selection", "GES")],
        benchmarks=[D("AutoML benchmark")],
        tasks=["post hoc ensemble selection", "automated machine learning",
               "quality diversity optimisation"])),
    ("naacl2021:2021.naacl-main.450", dict(  # RUQ diagnostic
        proposed=[E("Relative Utterance Quantity", "RUQ")],
        tasks=["dialog model evaluation", "'I don't know' problem diagnosis",
               "generic response detection"],
        results=[R("rate of preferring 'I don't know' over the reference", "less than 5%")])),
    ("uai2021:c2c62f7f6e", dict(  # MIRROR; poaching data unnamed
        proposed=[E("MIRROR")],
        tasks=["green security patrol planning", "robust sequential patrol planning",
               "minimax regret optimization", "robust reinforcement learning"])),
    ("www2025:fLJnGtFpvf", dict(  # MISE; its stressor dataset is unnamed
        proposed=[E("MISE", "Meta-knowledge Inheritance for Social Media-Based Stressor Estimation")],
        tasks=["social media-based stressor estimation", "stress detection",
               "few-shot learning", "catastrophic forgetting"])),
    ("nips1989:3277704e0f", dict(  # translation-invariant network, unnamed
        tasks=["heart arrhythmia diagnosis", "ECG signal classification",
               "translation-invariant neural networks"])),
    ("emnlp2021:2021.emnlp-main.158", dict(  # self-supervised CWS, unnamed; 9 datasets unnamed
        methods_used=[E("masked language model", "MLM"), E("minimum risk training")],
        tasks=["Chinese word segmentation", "self-supervised learning",
               "multi-criteria word segmentation"])),
    ("rss2024:f0af3a81c7", dict(  # RoboCasa simulation framework; 100 tasks unnamed
        proposed=[E("RoboCasa")],
        tasks=["robot learning in simulation", "large-scale imitation learning",
               "household robot tasks", "generalist robots"],
        repos=["https://robocasa.ai/"])),
    ("colm2024:4HNAwZFDcH", dict(  # WorkBench (introduced benchmark); placeholder URL kept
        proposed=[E("outcome-centric evaluation")],
        methods_used=[E("ReAct"), E("Llama2-70B"), E("GPT-4")],
        benchmarks=[D("WorkBench", introduced=True)],
        tasks=["LLM agent evaluation", "workplace task automation", "tool selection and planning"],
        repos=["https://github.com/link_updated_upon_acceptance"],
        results=[R("tasks successfully completed (Llama2-70B)", "3%", "WorkBench"),
                 R("tasks successfully completed (GPT-4)", "43%", "WorkBench")])),
    ("ijcai2022:paper245", dict(  # title name; Hadamard-inspired neural unit unnamed
        proposed=[E("Hierarchical Bilevel Learning")],
        tasks=["Hadamard-based image restoration", "architecture and loss search",
               "low-light image enhancement", "single image haze removal"])),
    ("aaai2021:13595", dict(  # KaNa; five benchmark datasets unnamed
        proposed=[E("KaNa", "KB-aware NER framework")],
        datasets=[D("Wikidata"), D("Freebase")],
        tasks=["named entity recognition", "knowledge-aware NER",
               "entity type heterogeneity"])),
    ("icml2019:3957", dict(  # "Local Search" proposed (least certain); standard data sets unnamed
        proposed=[E("Local Search")],
        methods_used=[E("Greedy"), E("composable core-sets")],
        tasks=["determinant maximization", "composable core-set construction",
               "MAP inference for determinantal point processes"])),
    ("3dv2025:o1PvIlcBz9", dict(  # OpticFusion; its multi-modal dataset is unnamed
        proposed=[E("OpticFusion")],
        tasks=["multi-modal 3D reconstruction", "microstructure 3D reconstruction",
               "natural color texture recovery"],
        repos=["https://github.com/zju3dv/OpticFusion"])),
    ("coling2025:2025.coling-main.302", dict(  # unnamed approach
        methods_used=[E("symbolic knowledge distillation"), E("BART"), E("PEGASUS"), E("Flan-T5")],
        tasks=["factual dialogue summarization", "factual consistency improvement",
               "symbolic knowledge distillation"])),
    ("iros2019:8967892", dict(  # RISE-SLAM / RISE
        proposed=[E("RISE-SLAM"), E("resource-aware inverse Schmidt estimator", "RISE")],
        methods_used=[E("Schmidt-Kalman filter")],
        tasks=["visual-inertial SLAM", "consistent state estimation",
               "simultaneous localization and mapping"])),
    ("aistats2013:cd66ab158e", dict(  # GreB
        proposed=[E("GreB", "greedy bilateral")],
        datasets=[D("MovieLens10M")],
        metrics=["RMSE"],
        tasks=["low-rank matrix recovery", "matrix completion", "robust PCA",
               "low-rank approximation"],
        results=[R("time to approximate a noisy 10000x10000 rank-500 matrix", "6s"),
                 R("completion time", "10s", "MovieLens10M"),
                 R("RMSE", "0.86", "MovieLens10M"),
                 R("background/outlier separation time", "1s"),
                 R("acceleration", "30 to 100 times")])),
    ("cvpr2018:87313fbb7b", dict(  # PID optimizer
        proposed=[E("PID")],
        methods_used=[E("SGD-Momentum"), E("proportional-integral-derivative controller",
                                            "PID controller"),
                      E("VGG"), E("ResNet"), E("DenseNet")],
        datasets=[D("CIFAR10"), D("CIFAR100"), D("Tiny-ImageNet")],
        metrics=["accuracy"],
        tasks=["stochastic optimization of deep networks", "deep network training acceleration",
               "image classification"],
        results=[R("acceleration", "50%")])),
    ("icra2013:6630685", dict(  # distributed coverage scheme, unnamed
        tasks=["distributed area coverage", "multi-agent coverage control",
               "non-convex environment coverage"])),
    ("iccv2015:ece7b8ae55", dict(  # title name
        proposed=[E("Discriminative Low-Rank Tracking")],
        tasks=["visual object tracking", "discriminative tracking",
               "low-rank subspace representation"])),
    ("iclr2017:HyY4Owjll", dict(  # title name
        proposed=[E("Boosted Generative Models")],
        tasks=["generative modeling", "density estimation", "sample generation",
               "ensemble learning"])),
    ("eccv2022:0a462786e7", dict(  # SPIN
        proposed=[E("SPIN", "sharing parameters in isotropic networks")],
        methods_used=[E("ConvMixer"), E("Vision Transformers")],
        datasets=[D("ImageNet")],
        metrics=["FLOPs", "accuracy"],
        tasks=["cross-layer weight sharing", "neural network compression",
               "isotropic network design", "image classification"],
        repos=["https://github.com/apple/ml-spin"],
        results=[R("compression of ConvMixer", "1.9x", "ImageNet")])),
    ("corl2024:evCXwlCMIi", dict(  # SSRL
        proposed=[E("Semi-Structured Reinforcement Learning", "SSRL")],
        methods_used=[E("Unitree Go1")],
        tasks=["model-based reinforcement learning", "quadruped locomotion learning",
               "semi-structured dynamics modeling", "real-world robot learning"],
        repos=["https://sites.google.com/utexas.edu/ssrl"])),
    ("wacv2022:6389d9d374", dict(  # title name
        proposed=[E("Tensor Feature Hallucination")],
        methods_used=[E("Wasserstein GAN")],
        datasets=[D("miniImagenet"), D("CUB"), D("CIFAR-FS")],
        tasks=["few-shot classification", "feature hallucination", "synthetic data generation"],
        repos=["https://github.com/MichalisLazarou/TFH_fewshot"])),
    ("colt2022:3e766c7201", dict(  # theory; kernel SoS as the tool used
        methods_used=[E("Kernel Sums of Squares")],
        tasks=["non-convex optimization", "optimality certificates",
               "periodic function minimization"])),
    ("acml2022:182216d307", dict(  # TMI-GNN; three benchmark datasets unnamed
        proposed=[E("Temporal aware Multi-Interest Graph Neural Network", "TMI-GNN")],
        tasks=["session-based recommendation", "multi-interest disentanglement",
               "temporal information modeling"])),
    ("alt2025:Rpy7ViuSNC", dict(  # theory
        tasks=["noisy computing", "threshold function computation", "noisy Boolean queries"])),
    ("acl2022:2022.acl-long.397", dict(  # MCMN; few-shot RE leaderboard unnamed
        proposed=[E("Multi-Choice Matching Networks")],
        tasks=["low-shot relation extraction", "few-shot relation extraction",
               "zero-shot relation extraction", "meta-learning"])),
    ("automl2023:a784c9ba50", dict(  # empirical study of NAS resource allocation
        methods_used=[E("HyperBand"), E("Asynchronous Successive Halving"),
                      E("Bayesian Optimization HyperBand")],
        metrics=["test set accuracy"],
        tasks=["neural architecture search", "parallel resource allocation",
               "early stopping-based NAS"],
        results=[R("NAS acceleration", "≈2–5")])),
    ("naacl2024:2024.naacl-short.43", dict(  # Compun (introduced benchmark)
        methods_used=[E("CLIP")],
        benchmarks=[D("Compun", introduced=True)],
        tasks=["compound noun understanding", "text-to-image retrieval",
               "vision-language model evaluation"],
        results=[R("CN understanding improvement of CLIP", "8.25%", "Compun")])),
    ("uai2022:841975cd46", dict(  # unnamed model; text datasets unnamed
        tasks=["dynamic topic modeling", "scalable variational inference",
               "large-vocabulary topic modeling"])),
    ("www2025:CLGPmhD2Jh", dict(  # title name; four real datasets unnamed
        proposed=[E("Multi-Hypergraph Disentanglement")],
        tasks=["hyper-relational knowledge representation learning", "link prediction",
               "hyper-relational knowledge graphs"],
        repos=["https://anonymous.4open.science/r/MHD"])),
    ("nips1987:c3ce3af75d", dict(  # theory
        tasks=["neural networks for NP-hard problems", "combinatorial optimization",
               "Traveling Salesman Problem"])),
    ("emnlp2021:2021.findings-emnlp.28", dict(  # SA-GRCN
        proposed=[E("Self-Attention Graph Residual Convolution Networks", "SA-GRCN",
                    "Self-Attention Graph Residual Convolutional Networks")],
        methods_used=[E("Graph Convolutional Networks", "GCN"),
                      E("Graph Residual Network", "GResNet"), E("SA-GCN")],
        datasets=[D("ACE2005")],
        tasks=["event detection", "event trigger identification",
               "dependency-based graph modeling"])),
    ("rss2011:f12c24be5e", dict(  # methodology unnamed
        methods_used=[E("Linear Temporal Logic")],
        tasks=["controlling wild bodies", "hybrid controller synthesis",
               "temporal logic task specification", "navigation and coverage"])),
    ("colm2025:klPszYDIRT", dict(  # SEAL
        proposed=[E("SEAL", "Steerable Reasoning Calibration")],
        methods_used=[E("o1-series"), E("chain-of-thought", "CoT"), E("DeepSeek-R1-Distill"),
                      E("QwQ-32B-Preview")],
        benchmarks=[D("Math500"), D("GSM8K"), D("LiveCodeBench")],
        metrics=["accuracy"],
        tasks=["LLM reasoning calibration", "efficient chain-of-thought reasoning",
               "representation steering"],
        results=[R("accuracy improvement", "11%"),
                 R("reasoning token reduction", "11.8% to 50.4%")])),
    ("ijcai2024:paper551", dict(  # DC-PFL
        proposed=[E("Dual Calibration-based PFL", "DC-PFL",
                    "Dual Calibration-based Personalised Federated Learning")],
        datasets=[D("CIFAR-10"), D("CIFAR-100")],
        metrics=["accuracy"],
        tasks=["personalized federated learning", "non-IID federated learning",
               "privacy preservation"],
        results=[R("accuracy gain over best baseline", "1.22%", "CIFAR-10"),
                 R("accuracy gain over best baseline", "9.22%", "CIFAR-100")])),
    ("aaai2021:07891", dict(  # PRoFILE
        proposed=[E("PRoFILE", "Producing Robust Feature Importances using Loss Estimates")],
        metrics=["fidelity"],
        tasks=["feature importance estimation", "post-hoc explainability",
               "distribution shift detection"])),
    ("icml2013:5d0b447022", dict(  # descriptive title, algorithm unnamed
        tasks=["discrete integration", "partition function estimation",
               "inference in graphical models"])),
    ("3dv2025:2hrkfLpkLp", dict(  # 4D-Editor + three named modules
        proposed=[E("4D-Editor"), E("Hybrid Semantic Feature Distillation"),
                  E("Recursive Selection Refinement"), E("Multi-view Reprojection Inpainting")],
        methods_used=[E("neural radiance field", "NeRF")],
        metrics=["segmentation accuracy"],
        tasks=["interactive object-level editing", "dynamic NeRF editing",
               "dynamic scene editing", "object segmentation"],
        repos=["https://patrickddj.github.io/4D-Editor"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
