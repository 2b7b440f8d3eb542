#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning7/input.jsonl -> gold.jsonl.

Tuning set 7: 40 real corpus abstracts drawn by bench/tuning7/sample.py, annotated blind by a
helper session that read only each paper's title and abstract, ../../../shared/eval/GUIDELINES.md
(the authority), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md and
../tuning3/README.md, and the format of ../tuning3/annotate.py and ../heldout_annotation.py.
kg was never run on these abstracts and its code and outputs were never read. Titles and ids are
copied from input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning7/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acl2022:2022.acl-short.19", dict(  # analysis; morphological data sets unnamed; 5%-30% is a setting
        methods_used=[E("Transformer")],
        metrics=["recall", "precision"],
        tasks=["annotation error detection", "morphological inflection data",
               "data quality control"])),
    ("colm2024:3TzGD95Jw1", dict(  # Timo; the self-critic optimization method is unnamed
        proposed=[E("Timo")],
        metrics=["average accuracy"],
        tasks=["temporal reasoning", "LLM reasoning", "time-sensitive question answering"],
        repos=["https://github.com/zhaochen0110/Timo"],
        results=[R("average accuracy improvement (7B)", "10.0"),
                 R("average accuracy improvement (13B)", "7.6")])),
    ("alt2025:8hTHFXxMMd", dict(  # theory; ERM generic, prior learners named only by authors
        tasks=["multiclass learnability", "aggregations of proper learners",
               "sample complexity bounds", "multiclass classification"])),
    ("www2025:6Mgc1ZLDZt", dict(  # FamouSRec; router lower case; five datasets unnamed
        proposed=[E("FamouSRec", "Frequency-Augmented mixture-of-Heterogeneous-Experts Framework")],
        tasks=["sequential recommendation", "mixture-of-experts recommendation",
               "diverse user behavior modeling"])),
    ("nips2012:e37601d3f4", dict(  # two named algorithms; benchmark data sets unnamed
        proposed=[E("χ2-LMNN"), E("GB-LMNN")],
        metrics=["kNN classification error"],
        tasks=["non-linear metric learning", "histogram data similarity", "kNN classification"],
        results=[R("best results in learning settings (χ2-LMNN)", "19 out of 20")])),
    ("eccv2020:eb6c062e54", dict(  # CuMix with its parenthetical expansion
        proposed=[E("CuMix", "Curriculum Mixup for recognizing unseen categories in unseen domains")],
        benchmarks=[D("DomainNet")],
        tasks=["zero-shot domain generalization", "zero-shot learning", "domain generalization"])),
    ("icml2019:3563", dict(  # algorithm name written in capitals
        proposed=[E("DECENTRALIZED ELIMINATION")],
        tasks=["decentralized exploration", "best arm identification",
               "privacy-preserving bandits", "non-stationary bandits"])),
    ("3dv2025:Z9yn9YgNIz", dict(  # title name; 3DGS and NeRF-based methods compared
        proposed=[E("WaterSplatting")],
        methods_used=[E("3D Gaussian Splatting", "3DGS"), E("NeRF", "NeRFs")],
        datasets=[D("SeaThru-NeRF")],
        tasks=["underwater 3D scene reconstruction", "real-time rendering",
               "scattering medium removal"])),
    ("iclr2017:HycUbvcge", dict(  # Twitter user dataset unnamed
        proposed=[E("Deep Generalized Canonical Correlation Analysis", "DGCCA")],
        methods_used=[E("Deep CCA"), E("Generalized CCA")],
        tasks=["multiview representation learning", "phonetic transcription",
               "hashtag recommendation", "friend recommendation"])),
    ("rss2018:b3d4f6bbc1", dict(  # supplementary bit.ly link gets https://
        proposed=[E("Task-Oriented Grasping Network", "TOG-Net")],
        metrics=["task success rate"],
        tasks=["task-oriented grasping", "tool manipulation", "simulated self-supervision"],
        repos=["https://bit.ly/task-oriented-grasp"],
        results=[R("task success rate (sweeping)", "71.1%"),
                 R("task success rate (hammering)", "80.0%")])),
    ("corl2024:RMkdcKK7jq", dict(  # SLR; compared repositories unnamed
        proposed=[E("Self-learning Latent Representation", "SLR")],
        tasks=["quadruped locomotion", "learning without privileged information",
               "reinforcement learning control"])),
    ("aaai2021:12612", dict(  # KATA; Wikipedia as training corpus (least certain)
        proposed=[E("Key-Aware and Trigger-Aware", "KATA")],
        datasets=[D("Wikipedia")],
        metrics=["accuracy"],
        tasks=["key-value extraction from form-like documents", "zero-shot information extraction",
               "document understanding"],
        results=[R("accuracy (zero-shot keys)", "more than 70%")])),
    ("naacl2021:2021.naacl-main.291", dict(  # attack and gradient-based search unnamed
        methods_used=[E("adversarially regularized autoencoder", "ARAE")],
        metrics=["accuracy"],
        tasks=["universal adversarial attacks", "text classification",
               "natural adversarial trigger generation"])),
    ("automl2022:e818e38365", dict(  # theory; meta-learning schemes unnamed
        tasks=["warm-started hyperparameter optimization", "few-shot hyperparameter optimization",
               "optimality gap analysis", "meta-learning"])),
    ("iros2020:9341447", dict(  # descriptive title; NMPC and Gauss-Newton are existing methods
        methods_used=[E("nonlinear model predictive control", "NMPC"),
                      E("Gauss-Newton Hessian approximation")],
        tasks=["dynamic legged locomotion", "nonlinear model predictive control",
               "legged robot control"])),
    ("cvpr2017:", dict(  # PAFs ("which we refer to as"); COCO challenge and MPII benchmark
        proposed=[E("Part Affinity Fields", "PAFs")],
        benchmarks=[D("COCO 2016 keypoints challenge"), D("MPII Multi-Person")],
        metrics=["accuracy"],
        tasks=["multi-person 2D pose estimation", "keypoint detection", "body part association"])),
    ("uai2024:78a7a977ca", dict(  # descriptive title; ODE solver generic
        tasks=["optimal transport with Lagrangian costs", "neural optimal transport",
               "geodesic computation"],
        repos=["https://github.com/facebookresearch/lagrangian-ot"])),
    ("emnlp2022:2022.emnlp-main.480", dict(  # CoPlan; report data unnamed
        proposed=[E("Coordinated Planning", "CoPlan")],
        metrics=["content order score", "clinical factual accuracy F-score"],
        tasks=["radiology report generation", "description order planning",
               "planning-based text generation"],
        results=[R("content order score improvement", "5.1 pt"),
                 R("clinical factual accuracy F-score improvement", "9.1 pt")])),
    ("coling2025:2025.coling-main.117", dict(  # SDS; zero-shot benchmarks unnamed
        proposed=[E("SDS", "Sparse-Dense-Sparse")],
        methods_used=[E("SparseGPT"), E("Wanda"), E("LLaMA-3-8B")],
        datasets=[D("Raw-Wikitext2")],
        metrics=["perplexity", "average accuracy"],
        tasks=["one-shot pruning of pre-trained language models", "language model compression",
               "weight distribution optimization"],
        results=[R("perplexity reduction", "5.16", "Raw-Wikitext2"),
                 R("average accuracy improvement", "3.86%")])),
    ("wacv2025:c95eb6df7b", dict(  # LwS; buffer strategy unnamed
        proposed=[E("Learning without Shortcuts", "LwS")],
        tasks=["continual learning", "spurious correlation mitigation", "catastrophic forgetting",
               "fair memory buffer construction"],
        repos=["https://github.com/aimagelab/mammoth"])),
    ("icra2019:8793905", dict(  # framework unnamed; ROS as the system used
        methods_used=[E("Robot Operating System", "ROS")],
        tasks=["safe motion planning", "exploration in unknown environments",
               "kinodynamic planning", "reachability analysis"])),
    ("acml2021:403c4b5f31", dict(  # S2TNet; Transformer is part of the proposed name
        proposed=[E("Spatio-Temporal Transformer Networks", "S2TNet")],
        methods_used=[E("Long Short-Term Memory networks", "LSTMs")],
        datasets=[D("ApolloScape Trajectory")],
        metrics=["average displacement error", "final displacement error"],
        tasks=["trajectory prediction", "autonomous driving", "traffic-agent interaction modeling"],
        results=[R("weighted sum of Average and Final Displacement Error improvement",
                   "more than 7%", "ApolloScape Trajectory")])),
    ("aistats2023:b04014e9b7", dict(  # "a new notion of path-based similarity" (least certain)
        proposed=[E("T-Phenotype"), E("path-based similarity")],
        tasks=["temporal clustering", "clinical phenotyping", "predictive temporal pattern discovery",
               "disease progression modeling"])),
    ("iccv2013:3b95f95159", dict(  # descriptive title
        datasets=[D("IXMAS")],
        tasks=["cross-view action recognition", "dictionary learning",
               "sparse representation learning"])),
    ("ijcai2022:paper604", dict(  # new semantic parsing dataset unnamed; Alexa/Assistant examples only
        datasets=[D("Overnight")],
        tasks=["few-shot semantic parsing", "naturalized semantic parsing",
               "learning from unannotated data"])),
    ("colt2019:9da5d610f3", dict(  # theory; SGD / subgradient descent are the analysed algorithms
        methods_used=[E("Stochastic gradient descent", "SGD"), E("subgradient descent", "GD")],
        tasks=["last iterate convergence of SGD", "step size sequence design",
               "stochastic convex optimization", "non-smooth convex optimization"])),
    ("acl2022:2022.acl-long.124", dict(  # title name; lower case in the abstract
        proposed=[E("Cross-Modal Graph Convolutional Network")],
        tasks=["multi-modal sarcasm detection", "cross-modal graph construction",
               "text-image incongruity modeling"])),
    ("colm2025:6jZi4HSs6o", dict(  # introduced benchmark; LLM-as-a-Judge method unnamed
        methods_used=[E("LLM-as-a-Judge")],
        benchmarks=[D("Online-Mind2Web", introduced=True)],
        metrics=["agreement with human judgment"],
        tasks=["web agent evaluation", "online evaluation benchmark", "automatic evaluation"],
        results=[R("agreement with human judgment", "around 85%")])),
    ("alt2025:Fc3j44T06e", dict(  # "named the Sequential Minimax dimension"
        proposed=[E("Sequential Minimax dimension")],
        tasks=["online learnability", "supervised online learning", "combinatorial dimensions",
               "minimax value bounds"])),
    ("www2025:bwnWs4us0x", dict(  # RAGForensics; datasets unnamed
        proposed=[E("RAGForensics")],
        methods_used=[E("retrieval-augmented generation", "RAG")],
        tasks=["poisoned text traceback", "poisoning attacks on RAG", "RAG security"])),
    ("nips2017:8938", dict(  # descriptive title; the two unified models are the analysed objects
        methods_used=[E("stochastic block model", "SBM"),
                      E("small world model", "SWM", "latent space model")],
        tasks=["latent structure discovery in graphs", "link-formation model unification",
               "latent position estimation", "social network analysis"])),
    ("eccv2022:3923663a7a", dict(  # SEVERE-benchmark introduced; 7 datasets / 9 methods unnamed
        benchmarks=[D("SEVERE-benchmark", introduced=True)],
        tasks=["video self-supervised learning", "benchmark sensitivity analysis",
               "video representation generalization"],
        repos=["https://github.com/fmthoker/SEVERE-BENCHMARK"])),
    ("icml2019:3861", dict(  # IMEXnet; new segmentation dataset unnamed
        proposed=[E("IMEXnet")],
        methods_used=[E("residual networks")],
        datasets=[D("NYU Depth")],
        tasks=["semantic segmentation", "forward stable network design",
               "robustness to input perturbations"])),
    ("3dv2025:GkXeLGWZNV", dict(  # UrbanIR with expansion; NeRF as the contrasted setting
        proposed=[E("UrbanIR", "Urban Scene Inverse Rendering")],
        methods_used=[E("NeRF")],
        tasks=["urban scene inverse rendering", "free-viewpoint rendering", "scene relighting",
               "shadow volume estimation"])),
    ("iclr2017:ryT9R3Yxe", dict(  # two named models; five benchmark collections unnamed
        proposed=[E("Generative Paragraph Vector"), E("Supervised Generative Paragraph Vector")],
        methods_used=[E("Paragraph Vector"), E("Distributed Bag of Words")],
        tasks=["text representation learning", "text classification",
               "inference for unseen texts"])),
    ("rss2011:d62150fb3e", dict(  # Motion Grammar; Yamakuzushi is the game played, not data
        proposed=[E("Motion Grammar")],
        tasks=["robot task decomposition", "robot perception, planning and control",
               "hierarchical robot control", "human-robot game play"])),
    ("corl2024:wcbrhPnOei", dict(  # title name; multi-critic RL and encoder are generic
        proposed=[E("RobotKeyframing")],
        tasks=["legged robot locomotion", "keyframe-based locomotion control",
               "learning with dense and sparse rewards"])),
    ("aaai2022:08691", dict(  # AdaLoss; LSTM models used in experiments
        proposed=[E("AdaLoss")],
        methods_used=[E("LSTM")],
        tasks=["adaptive learning rate scheduling", "gradient descent convergence",
               "over-parameterized neural network optimization"])),
    ("naacl2024:2024.naacl-long.386", dict(  # DynaCounter introduced; footballer tweets unnamed
        methods_used=[E("Flan-T5"), E("T5")],
        datasets=[D("DynaCounter", introduced=True)],
        tasks=["counterspeech generation", "abuse mitigation", "adversarial robustness",
               "public figure abuse analysis"])),
    ("automl2024:bb82f0547e", dict(  # empirical study; NAS / DEL / neuroevolution generic
        tasks=["neural architecture search", "deep ensemble learning", "transfer learning",
               "small medical imaging datasets"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
