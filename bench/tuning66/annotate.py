#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning66/input.jsonl -> gold.jsonl.

Tuning set 66: 40 real corpus abstracts drawn by bench/tuning66/sample.py (seed 20261258),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning59/README.md (all 53 of them, each
printed from that heading to the next top-level section), the format of ../tuning31/annotate.py
(its first 80 lines: the header and the first entries; and its last five lines) and
../heldout_annotation.py, the structure of ../tuning31/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier sets'
input.jsonl ids and titles by a script (no annotations read) and the skipped titles looked up in
the corpus. kg was never run on these abstracts and its code and outputs were never read; sets 60
to 65 and 67 (annotated at the same time) had no annotations or READMEs read. Titles and ids are
copied from input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning66/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acl2022:2022.acl-long.133", dict(  # exploration paper, no named method: the two strategies (context enrichment, training optimisation) are unnamed; GPT is the used model, the title's "Chinese GPT" its surface form here (dev P189 records GPT); the new 270K-instance pinyin dataset is unnamed, so not recorded; "performance" is no metric
        methods_used=[E("GPT", "Chinese GPT")],
        tasks=["pinyin input method", "abbreviated pinyin input", "homophone disambiguation"])),
    ("cvpr2014:c3da9f05ab", dict(  # descriptive title; the physics-based generative model is unnamed; the Unstructured Lumigraph is only a "such as" example of state-of-the-art heuristic methods (tuning11's examples-only rule; uncertain, its heuristics are among those the paper explains); the Maximum a Posteriori estimate is generic (MAP estimation left out before)
        tasks=["novel view synthesis", "image-based rendering", "Bayesian view synthesis"])),
    ("eccv2020:2efca7ab97", dict(  # "We introduce a new DeepMPI representation": DeepMPI proposed; the multi-plane image (MPI) format is the existing representation it "builds on"; the online photo collection is unnamed; "crowdsampling.io" is the project page (scheme added, closing period and quote dropped)
        proposed=[E("DeepMPI")],
        methods_used=[E("multi-plane image", "MPI")],
        tasks=["novel view synthesis", "time-varying illumination", "plenoptic function sampling",
               "neural rendering"],
        repos=["https://crowdsampling.io"])),
    ("aistats2018:7e019565c6", dict(  # theory-leaning paper, the estimator is unnamed (descriptive title); "locality sensitive random hashing" is the existing hashing family used (as written; earlier sets recorded locality sensitive hashing; uncertain); f-divergences, the Hölder class and the MSE rates O(1/N) / complexity O(N) are concepts and theoretical rates, not recorded
        methods_used=[E("locality sensitive random hashing")],
        tasks=["divergence estimation", "f-divergence estimation", "hash-based estimation"])),
    ("naacl2024:2024.findings-naacl.238", dict(  # CoDa with its spelled-out long form (the title's; dev's CLAW rule, long form as name); LLMs generic; the 11 datasets are unnamed; "0.12%-7.19%" improvements over the baselines (one range value, dataset ""); "Code is available" has no URL
        proposed=[E("Constrained Generation based Data Augmentation", "CoDa")],
        tasks=["data augmentation", "low-resource NLP", "constrained text generation"],
        results=[R("improvement over baselines", "0.12%-7.19%")])),
    ("icml2013:c646397587", dict(  # "the novel concept of surrogate kernel is introduced": a coined concept, proposed (heldout5 / tuning1's "concept of" rule); the title's misspelt plural "Sorrogate Kernels" is kept as an alias, a surface form the same text uses (uncertain); Mercer's theorem is a theorem (heldout5), not recorded; the real-world applications are unnamed
        proposed=[E("surrogate kernel", "Sorrogate Kernels")],
        tasks=["covariate shift", "kernel matrix alignment", "domain adaptation"])),
    ("3dv2025:wxaQnHN1Vu", dict(  # MotionDreamer (title prefix) proposed; the video diffusion models, 4D generation methods and animation models are unnamed; the user study is no metric
        proposed=[E("MotionDreamer")],
        tasks=["3D mesh animation", "zero-shot 3D shape re-animation", "motion fitting"])),
    ("aaai2021:03474", dict(  # IA-GM (title prefix) proposed; its long form is not spelled out; the "deep bidirectional learning framework" is a description; the challenging datasets are unnamed
        proposed=[E("IA-GM")],
        tasks=["graph matching", "deep graph matching", "affinity learning"])),
    ("iros2018:8593713", dict(  # descriptive title, the proxemics method is unnamed; the fuzzy inference system is generic; MIRob is the robot platform used (tuning rules' Atlas / Baxter robot-used call; uncertain)
        methods_used=[E("MIRob")],
        tasks=["robot approach proxemics", "human-robot interaction", "domestic service robots"])),
    ("ijcai2022:paper439", dict(  # regret analysis of Thompson sampling, the analysed algorithm (tuning9); ETC and UCB are the algorithms prior work builds on and the compared baselines; multi-armed bandits is the problem class (tasks)
        methods_used=[E("Thompson sampling", "TS"), E("explore-then-commit", "ETC"),
                      E("upper confidence bound", "UCB")],
        tasks=["bandit learning in matching markets", "two-sided matching markets",
               "regret analysis", "multi-armed bandits"])),
    ("uai2023:b9422b7561", dict(  # descriptive title, the human-machine framework and recommendation algorithm are unnamed; the determinantal point process is the existing model constructed as the sampler (earlier sets recorded DPPs as an analysed model; uncertain); the datasets are unnamed; signal-to-noise ratios are settings
        methods_used=[E("determinantal point process")],
        tasks=["failure pattern identification", "misclassification pattern discovery",
               "human-machine collaboration"])),
    ("iclr2018:BkoCeqgR-", dict(  # empirical paper: "color invariant networks" is a descriptive plural (title and abstract), not recorded as a name (uncertain); the introduced crashed-car data set is unnamed, so not recorded; "performance" is no metric
        tasks=["color invariance", "image classification", "color ratio shift generalization"])),
    ("wacv2025:1d3a908e1b", dict(  # Instructive3D proposed; Large Reconstruction Models (LRMs, also "LRM") are the existing model class it is based on ("recently proposed"; capitalised); Objaverse LVIS ("dataset" trimmed); transformers, the diffusion adapter and the triplane representation are generic; the baseline is unnamed
        proposed=[E("Instructive3D")],
        methods_used=[E("Large Reconstruction Models", "LRMs", "LRM")],
        datasets=[D("Objaverse LVIS")],
        tasks=["text-guided 3D editing", "3D object generation", "fine-grained 3D object editing"])),
    ("corl2024:AuJnXGq3AL", dict(  # CrossFormer proposed; "transformer-based policy" is generic (tuning12 / 33's transformer-based rule); the 900K-trajectory dataset is unnamed (its size is a setting, not a result)
        proposed=[E("CrossFormer")],
        tasks=["cross-embodiment learning", "robot policy learning", "multi-robot generalist policy"])),
    ("nips2014:4541", dict(  # descriptive title; the new architecture is unnamed; normalized kernels are a lower-case technique, not recorded; theory / modelling paper without data
        tasks=["convex deep learning", "global optimality of deep models",
               "kernel-based deep architectures"])),
    ("rss2021:f536cf9fa6", dict(  # descriptive title; the motion planner is unnamed; the simulated goal-reaching and robot-assisted dressing domains are unnamed settings
        tasks=["safe motion planning", "human-robot interaction", "robot-assisted dressing"])),
    ("www2025:7rvRPJ5v3s", dict(  # MASP (long form as name, the title's) and the sub-component HeterBERT ("a novel HeterBERT model") proposed; BERT is not written on its own, so not recorded; the session-generation algorithm is unnamed
        proposed=[E("Motivation-Aware Session Planning", "MASP"), E("HeterBERT")],
        tasks=["session planning", "heterogeneous social platforms", "user preference prediction"])),
    ("acml2023:c21bdbfe3a", dict(  # Harmonic-NAS proposed; Multimodal Neural Networks (MM-NN) are a model family (like GNNs), not recorded; latency and energy consumption are named "critical metrics" with accuracy; results as written with `$\sim$` as "~", "up to" dropped; dataset "" (devices and datasets unnamed)
        proposed=[E("Harmonic-NAS")],
        metrics=["accuracy", "inference latency", "energy consumption"],
        tasks=["hardware-aware neural architecture search", "multimodal neural architecture search",
               "multimodal fusion"],
        results=[R("accuracy improvement", "~10.9%"), R("latency reduction", "~1.91x"),
                 R("energy efficiency gain", "~2.14x")])),
    ("iccv2015:05e7fde4d7", dict(  # Segment-Phrase Table (SPT) is an introduced resource ("a large collection of bijective associations", "this rich bimodal resource"), recorded as an introduced dataset like tuning22's RedditEM (uncertain: it could be read as a proposed method); the benchmark datasets and the large dataset are unnamed
        datasets=[D("Segment-Phrase Table", "SPT", introduced=True)],
        tasks=["semantic segmentation", "visual entailment", "visual paraphrasing"])),
    ("colt2011:b8c78579c7", dict(  # theory paper; the general strategy (Bregman projections on potential-based gradient descent) is a description, the Bregman projection an operation (left out like the Bregman divergence before); the exponentially weighted average forecaster is the analysed algorithm shown suboptimal (tuning9 / 11's analysed-algorithm rule; uncertain); the cited works are authors only; semi-bandit / bandit games are problems (tasks); bounds not recorded
        methods_used=[E("exponentially weighted average forecaster")],
        tasks=["combinatorial prediction games", "online linear optimization",
               "semi-bandit feedback", "minimax regret"])),
    ("emnlp2021:2021.emnlp-main.333", dict(  # SgSum proposed ("a novel MDS framework (SgSum)"); MultiNews and DUC ("datasets" trimmed); the similarity / discourse graphs are "e.g." relation graphs, generic; human evaluation is no metric
        proposed=[E("SgSum")],
        datasets=[D("MultiNews"), D("DUC")],
        tasks=["multi-document summarization", "extractive summarization", "sub-graph selection"])),
    ("colm2024:S1XnUsqwr7", dict(  # Deductive Beam Search (DBS) proposed; chain-of-thought (CoT) is the existing reasoning method it integrates (dev's ReFT; the title's capitalised form differs only in case); ChatGPT is an evaluated LLM; beam search left out (tuning19 / 29); the 7B / 13B / 70B LLMs and the 8 datasets are unnamed; the verifier and data construction method are unnamed
        proposed=[E("Deductive Beam Search", "DBS")],
        methods_used=[E("chain-of-thought", "CoT"), E("ChatGPT")],
        tasks=["chain-of-thought reasoning", "LLM reasoning", "reasoning error detection"])),
    ("coling2020:2020.coling-main.600", dict(  # descriptive title; the high-order spatio-temporal embedding model, the activeness-aware neighborhood embedding method and the embedding prediction framework are lower-case descriptions; the attention mechanism and RNNs are generic; the four datasets are unnamed
        tasks=["dynamic network embedding", "dynamic link prediction", "node classification"])),
    ("icra2010:5509377", dict(  # Grasp-RRT proposed ("The proposed Grasp-RRT planner"); RRT is the existing planner family it builds on ("RRT-based algorithms"); ARMAR-III is the humanoid robot used (robot-used call; uncertain); the grasp quality module and dual-arm extension are unnamed
        proposed=[E("Grasp-RRT")],
        methods_used=[E("RRT"), E("ARMAR-III")],
        tasks=["grasp planning", "motion planning", "dual arm grasping"])),
    ("acl2022:2022.findings-acl.45", dict(  # the QE method (multitask training, data augmentation, contrastive learning) and the low-resource PCM method are unnamed; the MLQE challenge is a benchmark ("MLQE" with "MLQE challenge" as alias, the BOP challenge call); accuracy with "more than 0.80" as written (dataset "": the PCM setup is unnamed); the 7K sentences and "a thousand times less data" are settings
        benchmarks=[D("MLQE", "MLQE challenge")],
        metrics=["accuracy"],
        tasks=["quality estimation", "parallel corpus mining", "machine translation evaluation"],
        results=[R("accuracy increase in PCM", "more than 0.80")])),
    ("cvpr2013:91bd6d8fdd", dict(  # "via Graph-Based Manifold Ranking": the existing ranking technique the saliency method uses (title form; the abstract's lower-case form differs only in case), methods_used like the earlier "Geometric Hashing" call (uncertain, it could be read as proposed); the two benchmark databases and the new 5,172-image database are unnamed; accuracy without a number (heldout5's INRet rule), speed not recorded
        methods_used=[E("Graph-Based Manifold Ranking")],
        metrics=["accuracy"],
        tasks=["saliency detection", "salient object detection", "graph-based ranking"])),
    ("eccv2018:a61edf5a2c", dict(  # RCAA with the title's long form as name; the query-dependent relational network is a lower-case part; "the large-scale Person Search benchmark dataset" is read as a named dataset ("benchmark dataset" trimmed, tuning1's rule; uncertain, it could be a description)
        proposed=[E("Relational Context-Aware Agents", "RCAA")],
        datasets=[D("Person Search")],
        tasks=["person search", "target person localization"])),
    ("aistats2024:2d7259de5e", dict(  # BLIS-Net with its long form (Bi-Lipschitz Scattering Net, long form as name); the geometric scattering transform is the existing architecture it "builds on" (lower case; uncertain); GNNs generic (tuning8 / 11); the traffic-flow and fMRI data sets are unnamed
        proposed=[E("Bi-Lipschitz Scattering Net", "BLIS-Net")],
        methods_used=[E("geometric scattering transform")],
        tasks=["graph signal classification", "signal processing on graphs", "geometric scattering networks"])),
    ("naacl2024:2024.naacl-industry.35", dict(  # Tree-of-Question (ToQ) proposed; RAG is the paradigm the QA systems are based on ("RAG-based", earlier sets record RAG); LLMs generic; the new Korean multi-hop QA dataset is unnamed; response validity and accuracy have no numbers and are outcomes, not recorded (uncertain)
        proposed=[E("Tree-of-Question", "ToQ")],
        methods_used=[E("RAG")],
        tasks=["Korean question answering", "multi-hop question answering",
               "retrieval-augmented generation", "query generation"])),
    ("icml2019:3711", dict(  # optimisation theory: the two stochastic gradient algorithms are unnamed; empirical risk minimization is the applied problem (tasks)
        tasks=["non-smooth non-convex regularized optimization", "stochastic optimization",
               "empirical risk minimization"])),
    ("3dv2025:cK8Vg7KYOo", dict(  # AGAP proposed ("dubbed AGAP"); "canonical image" ("also called") and the projection field are lower-case parts, not recorded (uncertain); Neural radiance fields (NeRF, from "NeRF-based") is the base representation; "at least 20×" per-edit speedup (comparison words kept, dataset ""); stylization / instance segmentation / drawing are "e.g." edit types
        proposed=[E("AGAP")],
        methods_used=[E("Neural radiance fields", "NeRF")],
        tasks=["efficient 3D editing", "novel view synthesis", "3D scene stylization"],
        repos=["https://felixcheng97.github.io/AGAP/"],
        results=[R("speedup per edit over NeRF-based editing methods", "at least 20×")])),
    ("aaai2022:05487", dict(  # theory (description logics): ZOQ, ZOI and ZIQ are the named logics analysed (named formalisms, tuning2's LTL rule; uncertain, they could be read as problems); "the Z family" is their family; KBSat is a problem (tasks); no data
        methods_used=[E("ZOQ"), E("ZOI"), E("ZIQ")],
        tasks=["finite query entailment", "description logics", "finite controllability",
               "knowledge-base satisfiability"])),
    ("iros2016:7759378", dict(  # descriptive title; the "integrated Sole-Toe prototype" is the coined capitalised name of the built device, proposed (uncertain: a hardware prototype rather than a method); four-bar linkage is a mechanism, generic; the biped walking platform is unnamed
        proposed=[E("Sole-Toe")],
        tasks=["self-adaptive toe mechanism", "legged robot locomotion", "bio-inspired mechanical design"])),
    ("ijcai2023:paper547", dict(  # VecoCare proposed ("dubbed VecoCare"); the Gromov-Wasserstein Distance (GWD) is a measure (earlier sets left Wasserstein distances / KL divergence out; uncertain); the adaptive masked language model task and the dual-channel retrieval mechanism are unnamed / generic (heldout5); the two real-world datasets are unnamed
        proposed=[E("VecoCare")],
        tasks=["diagnosis prediction", "patient representation learning",
               "clinical notes and visit sequences fusion"])),
    ("uai2021:a493ce310b", dict(  # descriptive title; the combined approach is unnamed; Gaussian processes are a model family (heldout5 / 6), and the pseudo-point and state space GP approximations are approximation families (earlier sets left sparse GP models out; uncertain, tuning59 recorded both parts of a combination of existing techniques); no named data
        tasks=["scalable Gaussian process approximation", "spatio-temporal modelling",
               "sum-separable Gaussian processes"])),
    ("iclr2018:r1BRfhiab", dict(  # "We propose a natural principle, the Principle of Logit Separation": proposed (the title's name); the Single Logit Classification (SLC) task goes in tasks; the novel batch loss functions are unnamed; cross-entropy is a loss (tuning15); "20%-35%" relative performance improvement in the SLC task (dataset "")
        proposed=[E("Principle of Logit Separation")],
        tasks=["single logit classification", "loss function design", "neural network classifier training"],
        results=[R("relative performance improvement in the SLC task", "20%-35%")])),
    ("wacv2024:1f0cd86cc7", dict(  # Guided Cluster Aggregation (GCA) proposed; Generalized Category Discovery (GCD) is the setting (tasks); k-means (the clustering existing GCD methods apply) and semi-supervised k-means (the compared method) used (heldout5's K-means); the repo URL's spaces are repaired ("J- L- O" -> "J-L-O") and the trailing period dropped
        proposed=[E("Guided Cluster Aggregation", "GCA")],
        methods_used=[E("k-means"), E("semi-supervised k-means")],
        tasks=["generalized category discovery", "fine-grained classification", "clustering"],
        repos=["https://github.com/J-L-O/guided-cluster-aggregation"])),
    ("corl2023:QG_ERxtDAP-", dict(  # the intrinsically motivated RL approach is unnamed (descriptive title); Random Network Distillation (RND) is the adapted existing method; RL generic; the wheeled-legged robot is unnamed; "over 15 times" / "over 5 times in a row" are trial counts, not results
        methods_used=[E("Random Network Distillation", "RND")],
        tasks=["joint locomotion and manipulation", "curiosity-driven exploration",
               "sparse-reward reinforcement learning", "door opening"])),
    ("nips2003:98f126efd8", dict(  # descriptive title; the face finder / expression recognizer are unnamed; Adaboost and "SVM's" (as written) are the combined existing learners; the boosting cascade is generic; the two public datasets are unnamed; "93.3%" and "97%" correct generalization to new subjects (dataset ""; "generalization performance" is not a named metric, kept in the metric text)
        methods_used=[E("Adaboost"), E("SVM's")],
        tasks=["facial expression classification", "face detection",
               "human-robot interaction evaluation"],
        results=[R("generalization performance to new subjects (7-way forced choice, correct)", "93.3%"),
                 R("generalization performance to new subjects (7-way forced choice, correct)", "97%")])),
    ("rss2021:2d0be1c8af", dict(  # Domain-agnostic Video Discriminator (DVD) proposed; visual model predictive control is the existing planner it is combined with (tuning31's MPC; lower case, uncertain); WidowX200 is the robot used (robot-used call; uncertain); YouTube is an "e.g." video source, not a dataset; the human video datasets are unnamed
        proposed=[E("Domain-agnostic Video Discriminator", "DVD")],
        methods_used=[E("visual model predictive control"), E("WidowX200")],
        tasks=["reward learning from human videos", "robotic manipulation",
               "multitask reward functions"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
