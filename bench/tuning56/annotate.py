#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning56/input.jsonl -> gold.jsonl.

Tuning set 56: 40 real corpus abstracts drawn by bench/tuning56/sample.py (seed 20261248),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning51/README.md, the format of
../tuning31/annotate.py (its first 80 lines: the header and the first entries; and its last five
lines) and ../heldout_annotation.py, the structure of ../tuning31/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier sets'
input.jsonl ids and titles by a script (no annotations read; sets 52-55 left out of the match) and
the skipped titles looked up in the corpus. kg was never run on these abstracts and its code and
outputs were never read; sets 52 to 59 (annotated at the same time) were not read at all. Titles
and ids are copied from input.jsonl so they are exact; everything else is typed by hand. Single
annotator, no adjudication. This is a TUNING set: its gold may be read and rules developed
against it (see README.md).

    python3 bench/tuning56/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("3dv2025:u8OalqcKL5", dict(  # SphereFusion proposed; the "gate fusion module" and cache strategy are lower-case descriptions; the projection formats (equirectangular, cubemap, tangent, spherical) and 2D convolution / mesh operations are generic; the three public panorama datasets are unnamed; the 17 ms is an outcome time (tuning1's "33ms"), inference speed kept only in the result text (tuning44)
        proposed=[E("SphereFusion")],
        tasks=["panorama depth estimation", "depth estimation", "multi-projection feature fusion"],
        results=[R("inference time on a 512×1024 panorama image", "17 ms", "")])),
    ("cvpr2015:9a82b0a29e", dict(  # Structural Sparse Tracking (SST) proposed, long form the name (dev's CLAW rule); sparse representation is a generic technique (a task here); the "benchmark image sequences" are unnamed
        proposed=[E("Structural Sparse Tracking", "SST")],
        tasks=["visual tracking", "sparse representation"])),
    ("nips2008:d7fde31ccb", dict(  # descriptive title; the entropy-based weighting and the multinomial logistic model are lower-case descriptions derived by the paper; robust Bayesian decision theory is a generic framework; "a benchmark dataset" unnamed; log loss is the named evaluation measure ("consistently reducing log loss on unbiased test data", no number)
        metrics=["log loss"],
        tasks=["learning under labeling bias", "class proportion estimation",
               "species distribution modeling"])),
    ("emnlp2021:2021.emnlp-main.750", dict(  # descriptive title; the "neuro differential KGE" is a lower-case description, not a name; ODEs are a mathematical tool and KGEs a model class (in tasks); the state-of-the-art KGE models and the synthetic / benchmark datasets are unnamed
        tasks=["knowledge graph embedding", "link prediction",
               "knowledge graph representation learning"])),
    ("iccv2015:f1e6252e69", dict(  # HARF: title name (heldout3-6 rule; the abstract says only "a novel hierarchy-associated feature construction framework"), long form the name, acronym alias (dev's CLAW rule); multi-layered deep learning features generic; the benchmark datasets are unnamed
        proposed=[E("Hierarchy-Associated Rich Features", "HARF")],
        tasks=["salient object detection", "saliency feature representation"])),
    ("eccv2022:96ee33dac1", dict(  # "a Preference-Adaptive Classification (PAC-Net) framework": long form the name, PAC-Net alias (dev's CLAW rule); the Decision Boundary Customizer (DBC) module and the Mini-History (Mi-Hi) mechanism are named sub-components (heldout6's KBP / SRT rule); the public benchmark dataset is unnamed; "Code will be made publicly available" has no URL
        proposed=[E("Preference-Adaptive Classification", "PAC-Net"),
                  E("Decision Boundary Customizer", "DBC"), E("Mini-History", "Mi-Hi")],
        tasks=["video highlight detection", "personalized highlight detection",
               "user preference modeling"])),
    ("aistats2025:3kRGSyp309", dict(  # Amortized Conditioning Engine (ACE) proposed; "Transformer-based neural processes" are the existing leading models ACE builds on (tuning47's neural processes; uncertain, they could be read as background only); the application areas (image completion and classification, Bayesian optimization, simulation-based inference) are tasks
        proposed=[E("Amortized Conditioning Engine", "ACE")],
        methods_used=[E("neural processes")],
        tasks=["probabilistic meta-learning", "amortized probabilistic conditioning",
               "simulation-based inference", "Bayesian optimization"])),
    ("www2025:xT9Jy2d6Sd", dict(  # ConTS-EVOI and ConUCB-EVOI proposed ("two new algorithms"); the lower-case techniques "gradient-based EVOI" and "smoothed key term contexts" are not recorded (descriptions; uncertain for the first); EVOI is the existing criterion integrated (lower-case long form with acronym, the long form the name); Thompson Sampling and UCB are the bandit bases of the two algorithms (tuning9 / tuning25); stochastic gradient descent replaces the Bayesian updates (tuning9's SGD; uncertain); conversational bandits are the setting (tasks); the sqrt(d) improvement is theoretical
        proposed=[E("ConTS-EVOI"), E("ConUCB-EVOI")],
        methods_used=[E("expected value of information", "EVOI"), E("Thompson Sampling"),
                      E("UCB"), E("stochastic gradient descent")],
        tasks=["conversational recommendation", "conversational bandits", "query selection"])),
    ("acml2014:02e1c42b7b", dict(  # "a novel algorithm called linear pseudo-reward upper confidence bound (LinPRUCB)": lower-case long form with coined acronym is the name (tuning9's ACF rule); LinUCB is the existing base and comparison; the forgetting mechanism is a description; the later algorithm with a special parameter is unnamed; artificial / real-world data unnamed
        proposed=[E("linear pseudo-reward upper confidence bound", "LinPRUCB")],
        methods_used=[E("linear upper confidence bound", "LinUCB")],
        tasks=["contextual bandits with linear payoffs", "multi-armed bandits"])),
    ("ijcai2022:paper237", dict(  # "a novel framework called SIDA (Surrogate Mutual Information Maximization Domain Adaptation)": SIDA leads, the expansion is the alias (tuning12's TEGLO / ORFA rule); mutual information is a concept; UDA is the task
        proposed=[E("SIDA", "Surrogate Mutual Information Maximization Domain Adaptation")],
        tasks=["unsupervised domain adaptation", "mutual information maximization",
               "transfer learning"])),
    ("naacl2024:2024.findings-naacl.41", dict(  # the new NL-to-code dataset is unnamed; StackOverflow is a help forum in the motivation and the posts' source, not recorded (tuning1's source-portal rule; uncertain, tuning42 recorded Stack Overflow as a source); the "cluster-then-select prompting technique" is lower case and hyphenated (GUIDELINES' "reset-tuning"); LLMs generic
        tasks=["data-centric tasks", "NL-to-code generation", "prompt data selection",
               "tabular data manipulation"])),
    ("colt2024:9ec6c63b7f", dict(  # theory paper: no named method; tensor decomposition (tuning13), Correlational Statistical Query algorithms (a class, tuning42's SQ model) and Schur polynomials (a mathematical tool in the title; uncertain) are left out; complexity bounds are not results
        tasks=["learning one-hidden-layer ReLU networks", "PAC learning",
               "learning linear combinations of ReLUs"])),
    ("icml2018:1959", dict(  # the uncertainty Bellman equation (UBE) is the paper's: title name (lower case in the abstract, differing only in case from the title, tuning24's "Fraternal Dropout"); the Bellman equation is the existing equation generalised (tuning48 left Bellman's equation out); DQN and ε-greedy (LaTeX $\epsilon$ written plain, tuning13) are used / replaced; count-based bonuses generic; Atari (the "Atari suite", an RL environment recorded as a dataset, tuning10 / 29); "51 out of 57" is a count of games (tuning7's "19 out of 20"; uncertain)
        proposed=[E("Uncertainty Bellman Equation", "UBE")],
        methods_used=[E("DQN"), E("ε-greedy")],
        datasets=[D("Atari", "Atari suite")],
        tasks=["exploration in reinforcement learning", "uncertainty estimation",
               "exploration-exploitation trade-off"],
        results=[R("games with improved DQN performance over ε-greedy", "51 out of 57", "Atari")])),
    ("icra2021:9561993", dict(  # descriptive title, the estimation approach is unnamed; differential dynamic programming is the named solver used (lower case but specific, like tuning11's Levenberg-Marquardt); the compared "extend Kalman filter" (copied as written, with the text's "extend") and "recursive complementary filter" (lower case, uncertain); HRP-2 is the robot used (heldout5's Atlas rule); maximum a posteriori generic; "estimation error" not recorded (no number, read as descriptive; uncertain)
        methods_used=[E("differential dynamic programming"), E("extend Kalman filter"),
                      E("recursive complementary filter"), E("HRP-2")],
        tasks=["centroidal dynamics estimation", "legged robot state estimation",
               "multi-contact locomotion"])),
    ("rss2023:98e07f0908", dict(  # Policy Assisted TeleOperation (PATO), long form the name; the learned assistive policy is unnamed; the project URL is a repo
        proposed=[E("Policy Assisted TeleOperation", "PATO")],
        tasks=["scalable robot data collection", "assisted teleoperation",
               "demonstration collection"],
        repos=["https://clvrai.com/pato"])),
    ("colm2025:uyX5Vnow3U", dict(  # analysis paper: no proposed method; LLM-as-a-judge is the studied evaluation method (tuning7's LLM-as-a-Judge; uncertain); Reinforcement Learning from AI Feedback appears only in the motivation (uncertain); "distracted evaluation" (bold) is the studied vulnerability, put in tasks (tuning31's attention-sink rule); the flip rates 35% / 9% recorded (both the paper's measurements, "about" kept); dataset ""
        methods_used=[E("LLM-as-a-judge")],
        tasks=["LLM-as-a-judge evaluation", "feedback protocols for evaluation",
               "evaluation bias", "distracted evaluation"],
        results=[R("preference flip rate with pairwise protocols", "about 35%", ""),
                 R("preference flip rate with absolute scores", "9%", "")])),
    ("iclr2018:rk6H0ZbRb", dict(  # analysis paper: no proposed name; MNIST, CIFAR10 (as written) and ImageNet are datasets ("random data" is not a name); FGSM, "step l.l." and PGD are the named attacks used (as written); neural architecture search with reinforcement learning is generic (tuning3 left NAS out); adversarial error, prediction entropy and adversarial robustness are studied quantities / properties, not named metrics (tuning25 / 31)
        methods_used=[E("FGSM"), E("step l.l."), E("PGD")],
        datasets=[D("MNIST"), D("CIFAR10"), D("ImageNet")],
        tasks=["adversarial examples", "adversarial robustness", "robust architecture search"])),
    ("uai2021:c999bc245e", dict(  # "contrastive prototype learning with augmented embeddings (CPLAE) model": lower-case long form with coined acronym is the name (tuning9's ACF rule; the title's form differs only in case); its "augmented embedding (AE)" and "contrastive prototype learning (CPL)" are coined sub-components with acronyms (heldout6's KBP / SRT rule; AE uncertain, it is a representation); meta-learning with episodic training generic; the benchmarks are unnamed
        proposed=[E("contrastive prototype learning with augmented embeddings", "CPLAE"),
                  E("augmented embedding", "AE"), E("contrastive prototype learning", "CPL")],
        tasks=["few-shot learning", "contrastive learning", "meta-learning"])),
    ("acl2022:2022.acl-long.357", dict(  # ReCLIP proposed; CLIP is the repurposed model; RefCOCOg and RefGTA are datasets; the synthetic dataset is unnamed; "as much as 29%" written as "29%" ("up to" dropped, tuning11 / 14); metrics unnamed, kept in the result texts
        proposed=[E("ReCLIP")],
        methods_used=[E("CLIP")],
        datasets=[D("RefCOCOg"), D("RefGTA")],
        tasks=["referring expression comprehension", "zero-shot transfer", "spatial reasoning"],
        results=[R("reduction of the gap between zero-shot baselines and supervised models",
                   "29%", "RefCOCOg"),
                 R("relative improvement over supervised ReC models trained on real images",
                   "8%", "RefGTA")])),
    ("iros2019:8967683", dict(  # "Free-Space Features": title name (heldout3-6 rule; the abstract says only "We propose a feature for this purpose"; uncertain, it reads close to a description); the distance function is a generic representation; the public datasets and the compared state-of-the-art descriptor are unnamed
        proposed=[E("Free-Space Features")],
        tasks=["global localization", "place recognition", "2D laser SLAM"])),
    ("aaai2022:07317", dict(  # "dubbed as Episodic Policy Gradient Training (EPGT)": long form the name; policy gradient methods, episodic memory and the MDP formulation are generic; the environments are unnamed
        proposed=[E("Episodic Policy Gradient Training", "EPGT")],
        tasks=["hyperparameter scheduling", "policy gradient training",
               "reinforcement learning hyperparameter optimization"])),
    ("wacv2023:ac036b264d", dict(  # "adaptive Positive or Negative Data Augmentation (PNDA)": the acronym covers the words after "adaptive", so those are the name (tuning17's SSA rule) and the full written form a second alias (tuning23's BMNMT rule); contrastive learning frameworks unnamed
        proposed=[E("Positive or Negative Data Augmentation", "PNDA",
                    "adaptive Positive or Negative Data Augmentation")],
        tasks=["self-supervised contrastive learning", "data augmentation",
               "rotation augmentation"])),
    ("corl2025:iQQy1BKlGv", dict(  # Maximum-Entropy Residual-Q Inverse Reinforcement Learning (MEReQ), long form the name; the title's "Max-Ent Residual-Q Inverse RL" spells the acronym and is an alias; Residual Q-Learning (RQL) is the existing method employed; the residual reward function is a description
        proposed=[E("Maximum-Entropy Residual-Q Inverse Reinforcement Learning", "MEReQ",
                    "Max-Ent Residual-Q Inverse RL")],
        methods_used=[E("Residual Q-Learning", "RQL")],
        tasks=["alignment from human intervention", "interactive imitation learning",
               "inverse reinforcement learning"])),
    ("coling2022:2022.coling-1.277", dict(  # analysis paper: no proposed method; the "all-but-the-top method" is the named existing post-processing method (recorded as "all-but-the-top"); z-score, min-max and unit length normalization are generic standardisation techniques (tuning11 left batch normalization out; uncertain for z-score, the recommended step); pre-trained language models generic
        methods_used=[E("all-but-the-top")],
        tasks=["post-processing contextualized embeddings", "word similarity", "word analogy",
               "sequence classification"])),
    ("3dv2025:Dwzwe5Me51", dict(  # sketchTransformer proposed (quoted, case as written); the pseudo height field representation is a lower-case description; the transformer is part of the name (tuning7's S2TNet rule); the desktop and mobile AR frontends are unnamed
        proposed=[E("sketchTransformer")],
        tasks=["interactive 3D modelling", "3D sketch-based modelling",
               "parametric surface fitting"])),
    ("cvpr2018:c80837c6c0", dict(  # Fast Oriented Text Spotting (FOTS), long form the name; RoIRotate is the coined operator ("is introduced", a named sub-component, heldout6's KBP / SRT rule); ICDAR 2015, ICDAR 2017 MLT and ICDAR 2013 are datasets; "more than 5%" metric unnamed; "22.6 fps" an outcome speed (tuning22 / 44; fps not a metric entry)
        proposed=[E("Fast Oriented Text Spotting", "FOTS"), E("RoIRotate")],
        datasets=[D("ICDAR 2015"), D("ICDAR 2017 MLT"), D("ICDAR 2013")],
        tasks=["scene text spotting", "text detection", "text recognition"],
        results=[R("improvement over previous state-of-the-art text spotting results",
                   "more than 5%", "ICDAR 2015"),
                 R("speed", "22.6 fps", "ICDAR 2015")])),
    ("nips2010:ffc64cb742", dict(  # descriptive title, the construction method is unnamed; Dirichlet processes (DP, the text's "DP distributed") and Poisson processes are the named processes the construction uses (tuning26 / 30's Dirichlet process priors; Poisson processes uncertain, tuning14 left one out inside a name); Gibbs sampling is the derived inference algorithm (tuning16); dependent Dirichlet processes are the constructed model class (tasks); synthetic / real data unnamed
        methods_used=[E("Dirichlet processes", "DP"), E("Poisson processes"), E("Gibbs sampling")],
        tasks=["dependent Dirichlet processes", "evolving mixture models",
               "Bayesian nonparametrics"])),
    ("emnlp2021:2021.emnlp-main.771", dict(  # the new task and the "buggy-fixed-commit dataset" (lower case, a description of the constructed multilingual triple dataset) are not named; the cascaded and joint models are unnamed; back-translation is recorded (tuning9 / 40); the teacher-student and multi-task methods are generic (knowledge distillation / multi-task learning)
        methods_used=[E("back-translation")],
        tasks=["code repair", "commit message generation",
               "joint code repair and commit message generation"])),
    ("iccv2015:ef1aa42efa", dict(  # descriptive title; the "family of structured matrices" and the "random orthogonal Kronecker projection" are lower-case descriptions; the Kronecker product is generic (heldout5); binary embedding and quantization are tasks; accuracy named without a number (heldout5's INRet rule); O(d log d) complexities are theoretical
        metrics=["accuracy"],
        tasks=["approximate nearest neighbor search", "fast orthogonal projection",
               "binary embedding", "quantization"])),
    ("eccv2022:9d278c13dc", dict(  # HuMMan is an introduced dataset; SMPL parameters are among its annotations (tuning3 / 46's SMPL); sizes (1000 subjects, 400k sequences, 60M frames, 500 actions) are not results
        methods_used=[E("SMPL")],
        datasets=[D("HuMMan", introduced=True)],
        tasks=["4D human sensing and modeling", "action recognition", "pose estimation",
               "parametric human recovery"])),
    ("aistats2022:98e5ce17c1", dict(  # descriptive title; the new PG estimator is unnamed; policy gradient and softmax policies generic; bandits and RL environments unnamed
        tasks=["policy gradient estimation", "softmax policy saturation",
               "reinforcement learning"])),
    ("www2025:pdxEXGnw5l", dict(  # "a flexible architecture called Matroyshka Re-Ranker": the first spelling is copied as written, the later "Matryoshka Re-Ranker" (line-break hyphen removed) is the alias; cascaded self-distillation and the factorized compensation mechanism are lower-case descriptions; Low-Rank Adaptation modules are used (tuning16's LoRA); MSMARCO (its passage and document retrieval datasets) a dataset, BEIR a benchmark; "this anonymous repository" has no URL
        proposed=[E("Matroyshka Re-Ranker", "Matryoshka Re-Ranker")],
        methods_used=[E("Low-Rank Adaptation")],
        datasets=[D("MSMARCO")],
        benchmarks=[D("BEIR")],
        tasks=["text re-ranking", "LLM-based re-ranking", "passage and document retrieval",
               "model compression"])),
    ("acml2019:ff452f78ad", dict(  # "a new scheme called differentially private community detection (DPCD)": lower-case long form with coined acronym (tuning9's ACF rule); objective perturbation is the named privacy mechanism used (tuning3's Laplace mechanism; uncertain); differential privacy is the constraint (tasks, tuning11); the probabilistic generative model is unnamed; social networks unnamed
        proposed=[E("differentially private community detection", "DPCD")],
        methods_used=[E("objective perturbation")],
        tasks=["community detection", "differential privacy", "attributed social networks"])),
    ("ijcai2021:paper339", dict(  # descriptive title; the "Q-learning type algorithm" is unnamed, so Q-learning is recorded as its existing base (tuning20 / 37); entropy-regularized soft policies and the hyper-parameter scheduling scheme are descriptions; the stochastic games are unnamed
        methods_used=[E("Q-learning")],
        tasks=["learning Nash equilibria", "zero-sum stochastic games",
               "multi-agent reinforcement learning"])),
    ("naacl2021:2021.naacl-main.28", dict(  # Augmented SBERT proposed; cross-encoders and bi-encoders are architecture classes (tuning34 left bi-encoders out); SBERT appears only inside the proposed name (tuning7's S2TNet rule); "up to" dropped (tuning11 / 14), metric unnamed
        proposed=[E("Augmented SBERT")],
        tasks=["pairwise sentence scoring", "data augmentation", "domain adaptation"],
        results=[R("improvement over the original bi-encoder (in-domain)", "6 points", ""),
                 R("improvement over the original bi-encoder (domain adaptation)", "37 points",
                   "")])),
    ("colt2019:253d2d60e3", dict(  # "a Variable-Confidence-Level (VCL) SupLinUCB algorithm": the long form the name and "VCL SupLinUCB" the alias (uncertain: tuning17's SSA rule would make "Variable-Confidence-Level" alone the name, but SupLinUCB is part of the algorithm's name); SupLinUCB is the existing algorithm analysed; regret bounds are theoretical; elliptical potential lemmas are a proof tool
        proposed=[E("Variable-Confidence-Level SupLinUCB", "VCL SupLinUCB")],
        methods_used=[E("SupLinUCB")],
        tasks=["linear contextual bandits", "minimax regret", "regret lower bounds"])),
    ("icml2017:818", dict(  # descriptive title ("Recursive Partitioning" is an existing technique, the approaches are unnamed); "regress and compare" is the named standard approach the paper replaces (uncertain, it could be read as a description); the personalized medicine and job training applications are unnamed data
        methods_used=[E("regress and compare")],
        tasks=["personalization from observational data", "personalized treatment selection",
               "personalized medicine"])),
    ("icra2023:10161514", dict(  # descriptive title, the multi-view method is unnamed; epipolar geometry generic (tuning13); T-LESS ("dataset" trimmed); pose estimation error recorded with its number; the en dash range kept as written
        datasets=[D("T-LESS")],
        metrics=["pose estimation error"],
        tasks=["multi-view object pose estimation", "2D-3D correspondence estimation",
               "object pose refinement"],
        results=[R("pose estimation error reduction compared to the best single-view method",
                   "80–91%", "T-LESS")])),
    ("rss2017:8aa9e6b264", dict(  # descriptive title; the formulation and the sample-based planning algorithms are unnamed; the conditional samplers are a description; the benchmark problems are unnamed
        tasks=["task and motion planning", "hybrid planning", "sample-based planning"])),
    ("colm2024:ig6NI9oPhD", dict(  # LAMPO proposed; LLMs generic; the seven public datasets are unnamed; movie review analysis and hate speech detection are "e.g." applications (not tasks here); "exceeding 20%" kept with its comparison word, metric unnamed
        proposed=[E("LAMPO")],
        tasks=["few-shot ordinal classification", "multi-class ordinal classification",
               "LLMs as preference machines"],
        results=[R("absolute improvement in certain applications", "exceeding 20%", "")])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
