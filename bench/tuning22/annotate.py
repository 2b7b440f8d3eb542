#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning22/input.jsonl -> gold.jsonl.

Tuning set 22: 40 real corpus abstracts drawn by bench/tuning22/sample.py (seed 20261214),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md and ../tuning21/README.md, the
format of ../tuning21/annotate.py (its first 80 lines: the header and 12 entries; and its last five
lines) and ../heldout_annotation.py, the structure of ../tuning21/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier sets'
input.jsonl ids and titles by a script (no annotations read) and the skipped titles looked up in
the corpus. kg was never run on these abstracts and its code and outputs were never read; set 23
(drawn after this one and annotated at the same time) was not read. Titles and ids are copied from
input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning22/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("rss2024:e0aa560349", dict(  # "Our algorithm is named CLOSURE (enClosing baLl ...)": the short name leads, the bold-letter expansion copied as written is the alias (tuning18's REWIRE); PURSE and MEGB are the studied objects (defined, not claimed as new), not proposed; the miniball algorithm (named, lower case, heldout5 rule) and GRCC (compared outer approximation) used; Gärtner / Tang, Lasserre and Yang recorded only through these names; RTX 3090 GPU hardware left out; datasets trimmed with the written "... dataset" forms as aliases (tuning16's rule); the three speed-ups assigned to the three datasets in the order written (no "respectively"; uncertain); "faster" gives no metric name, so "speedup" is kept only in the results' metric text
        proposed=[E("CLOSURE", "enClosing baLl frOm purSe boUndaRy samplEs")],
        methods_used=[E("miniball algorithm"), E("GRCC")],
        datasets=[D("LM-O", "LM-O object pose estimation dataset"),
                  D("3DMatch", "3DMatch point cloud registration dataset"),
                  D("LM", "LM object pose estimation dataset")],
        metrics=["relative ratio", "runtime"],
        tasks=["pose uncertainty quantification", "6D pose estimation",
               "minimum enclosing geodesic ball approximation", "robot perception"],
        results=[R("relative ratio", "92.8%", "LM-O"), R("relative ratio", "91.4%", "3DMatch"),
                 R("relative ratio", "96.6%", "LM"), R("average runtime", "below 0.3 seconds"),
                 R("speedup over GRCC", "398×", "LM-O"), R("speedup over GRCC", "833×", "3DMatch"),
                 R("speedup over GRCC", "23.6×", "LM")])),
    ("coling2022:2022.coling-1.257", dict(  # descriptive title, the neural model is unnamed; the multidimensional item response theory model is the named existing psychometric model integrated (lower case but specific, heldout5 rule; uncertain); DNNs generic; "maintaining scoring accuracy" recorded as written (heldout5's INRet rule; uncertain)
        methods_used=[E("multidimensional item response theory")],
        metrics=["scoring accuracy"],
        tasks=["automated essay scoring", "analytic score prediction", "interpretable score prediction"])),
    ("wacv2023:2436e4715a", dict(  # descriptive title; the framework is unnamed; CNN modules generic; synthetic data and real bursts unnamed; no metric named
        tasks=["multi-frame de-fencing", "obstruction removal", "flow-guided frame alignment"])),
    ("automl2023:5e53e9f37c", dict(  # analysis paper; "No Free Lunch" names the phenomenon, not a method (tuning16's Unlearning Mirage rule); gradient descent appears only inside the definition of convergence (left out); "test accuracy" recorded as the named criterion analysed (uncertain); training / test error are definitions; "popular benchmarks" unnamed; code "attached in the supplement", no URL
        metrics=["test accuracy"],
        tasks=["neural architecture analysis", "network expressivity", "convergence and generalization",
               "automated machine learning"])),
    ("alt2025:L68sXPqqjE", dict(  # "a first-order sampling method called the Metropolis-adjusted Preconditioned Langevin Algorithm" (no acronym in the text); Metropolis-Hastings (tuning1) and the preconditioned Langevin algorithm (the chain it adjusts; lower case, specific) used; natural gradient descent only a motivation (tuning9's inspiration rule); self-concordance notions of Kook and Vempala left out; mixing-time bounds are theory
        proposed=[E("Metropolis-adjusted Preconditioned Langevin Algorithm")],
        methods_used=[E("Metropolis-Hastings"), E("preconditioned Langevin algorithm")],
        tasks=["sampling from constrained spaces", "high-accuracy sampling", "mixing time analysis"])),
    ("naacl2024:2024.naacl-short.44", dict(  # empirical study; the approach for measuring catastrophic forgetting is unnamed; prompt tuning / prompt transfer are the studied techniques, put in tasks; no named datasets
        tasks=["prompt transfer", "question answering", "prompt tuning", "catastrophic forgetting"])),
    ("emnlp2021:2021.findings-emnlp.296", dict(  # descriptive title; the multilingual lexicon and the released tweet dataset are unnamed (not recorded); online dictionaries unnamed
        tasks=["pejorative language detection", "pejorative usage disambiguation",
               "multilingual lexicon construction"])),
    ("acml2021:1748d5b6ee", dict(  # descriptive title, the scheme is unnamed; Wasserstein generative adversarial network used (tuning2's Wasserstein GAN); FDIA is the attack class (tasks); datasets unnamed
        methods_used=[E("Wasserstein generative adversarial network")],
        tasks=["false data injection attack", "cyber-physical system security", "adversarial example generation"])),
    ("uai2022:3cfe056384", dict(  # theory + algorithm; the template algorithm is unnamed; PAC is a setting; sample complexity is theory
        tasks=["best-arm identification", "linear-in-parameter bandits", "near-optimal decision identification",
               "online optimization"])),
    ("eccv2018:e4c12191f8", dict(  # the title's "Space-Time Region Graphs" (the abstract's lower-case "space-time region graphs" representation) recorded by the title rule, like tuning20's "Range-Sample Depth Feature" (uncertain: the title reads "Videos as ..."); Graph Convolutional Networks used for reasoning; Charades / Something-Something datasets; the 4.4% gain names no metric (tuning9's MeRL rule)
        proposed=[E("Space-Time Region Graphs")],
        methods_used=[E("Graph Convolutional Networks")],
        datasets=[D("Charades"), D("Something-Something")],
        tasks=["action recognition", "video representation", "spatio-temporal relation modeling"],
        results=[R("gain in complex environments", "4.4%", "Charades")])),
    ("ijcai2024:paper511", dict(  # "we propose CTRL" (no expansion in the text); NCDE the named backbone used; SSL / contrastive learning generic; the dual-task SSL strategy and the hard-negative / false-negative mechanisms are lower-case descriptions
        proposed=[E("CTRL")],
        methods_used=[E("Neural Controlled Differential Equation", "NCDE")],
        tasks=["time series representation learning", "self-supervised learning", "time series forecasting",
               "time series imputation"])),
    ("nips2009:72d19a8ade", dict(  # descriptive title; the probabilistic model is unnamed; the quoted "Majority Vote" heuristic is the compared baseline (tuning2's quoted "Greedy"; uncertain); Omron face detector only an "e.g." example (tuning11's examples-only rule); simulated / real data unnamed
        methods_used=[E("Majority Vote", "Majority Vote heuristic")],
        tasks=["label aggregation", "crowdsourced image labeling", "labeler expertise estimation"])),
    ("acl2021:2021.acl-short.35", dict(  # descriptive title; the data mining method and cross-attention model are unnamed; early / late fusion and cross-attention generic; P@N and MRR written as long forms lower-cased (tuning13's hit rate); no named data
        metrics=["precision at N", "mean reciprocal rank"],
        tasks=["neural retrieval", "question answering", "data augmentation", "answer retrieval"])),
    ("iros2015:7354272", dict(  # descriptive title; Gaussian process regression left out (GPs a model family, heldout5-6 / tuning8 / tuning14; uncertain, it is the central tool); the LMS151 laser scanner is the named device used (like tuning10's GelSight; uncertain); UAV generic; "a desired accuracy" is a design target, not recorded; no numbers
        methods_used=[E("LMS151", "LMS151 laser scanner")],
        tasks=["aerial canal inspection", "silt volume estimation", "terrain mapping"])),
    ("colm2024:z7FvXbyyrM", dict(  # "We contribute VizWiz-LF, a dataset" (introduced); the six VQA models and VLMs unnamed; automatic / human evaluations unnamed; 4.2k answers / 600 questions are sizes
        datasets=[D("VizWiz-LF", introduced=True)],
        tasks=["long-form visual question answering", "long-form answer evaluation",
               "unanswerable question abstention", "hallucination reduction"])),
    ("aaai2022:01792", dict(  # IA-YOLO (long form the name); the DIP module (lower-case long form with coined acronym, tuning9's ACF rule) and CNN-PP (coined name) are named sub-components; YOLO (the "YOLO detector", named separately although inside the proposed name, tuning13's PPO rule) and YOLOv3 used; no metric or data named
        proposed=[E("Image-Adaptive YOLO", "IA-YOLO"), E("differentiable image processing", "DIP"),
                  E("CNN-PP")],
        methods_used=[E("YOLO", "YOLO detector"), E("YOLOv3")],
        tasks=["object detection in adverse weather", "image enhancement for detection",
               "foggy and low-light object detection"],
        repos=["https://github.com/wenyyu/Image-Adaptive-YOLO"])),
    ("icra2006:1642008", dict(  # "We propose the CMOS+FPGA vision system" (title too): recorded as a coined system name with the text's "CMOS+FPGA vision" as alias (uncertain: it reads as much like a component description); matched filter and image gravity center generic; the 1,000 Hz visual feedback recorded as the achieved outcome rate (like tuning10's 12 Hz; uncertain, it is also the requirement)
        proposed=[E("CMOS+FPGA vision system", "CMOS+FPGA vision")],
        tasks=["high-speed visual feedback", "visual control of mechanical systems", "flexible link control"],
        results=[R("visual feedback rate", "1,000 Hz")])),
    ("cvpr2013:b86ebb3687", dict(  # "We propose Max-Margin Riffled Independence Model (MMRIM)"; the "riffled independence factorizations proposed in [10]" recorded as the named prior model integrated (lower case, heldout5 rule; uncertain), the max-margin formalism generic; SUN Attribute / LabelMe datasets; "improves the accuracy of these applications" (INRet rule; uncertain)
        proposed=[E("Max-Margin Riffled Independence Model", "MMRIM")],
        methods_used=[E("riffled independence factorizations")],
        datasets=[D("SUN Attribute"), D("LabelMe")],
        metrics=["accuracy"],
        tasks=["image tag ranking", "structured preference learning", "image retrieval"])),
    ("colt2020:645161284e", dict(  # theory; algorithms unnamed; competitive ratios and lower bounds are theory
        tasks=["chasing convex functions", "online convex optimization", "competitive analysis"])),
    ("icml2017:473", dict(  # descriptive title; the data-aware weighted sampling method is unnamed; "accuracy" appears only in the theoretical claims / trade-off (not recorded; uncertain); datasets unnamed
        tasks=["covariance matrix estimation", "data compression", "distributed data processing"])),
    ("corl2021:KOq9qDgn-Ta", dict(  # descriptive title; the registration method is unnamed; PointNet (the architecture the network resembles; uncertain) and Horn's method (the closed-form solver used); equivariant networks / implicit shape models generic
        methods_used=[E("PointNet"), E("Horn's method")],
        tasks=["point cloud registration", "rotational registration", "equivariant feature learning",
               "implicit shape reconstruction"])),
    ("iclr2018:Sy_MK3lAZ", dict(  # "we propose a parametrized deep Q-network (P-DQN)": lower-case long form with coined acronym is the name (tuning9's ACF rule); the all-caps title form differs in case and number and is not added; DQN and DDPG combined; King of Glory (KOG), the game the method is evaluated on, recorded as a dataset like tuning10's Atari (uncertain)
        proposed=[E("parametrized deep Q-network", "P-DQN")],
        methods_used=[E("DQN"), E("DDPG")],
        datasets=[D("King of Glory", "KOG")],
        tasks=["hybrid action space reinforcement learning", "deep reinforcement learning", "game AI"])),
    ("www2025:KxXpYU96hW", dict(  # "we propose TimeChain"; the adaptive packaging, LSH-based integrity verification and node selection mechanisms are lower-case descriptions; Locality-Sensitive Hashing (LSH) used (tuning13 / tuning15); blockchain / consensus protocol generic; graph partitioning is the reformulated problem; results as written
        proposed=[E("TimeChain")],
        methods_used=[E("Locality-Sensitive Hashing", "LSH")],
        metrics=["storage latency", "query latency"],
        tasks=["off-chain blockchain storage", "IoT time series storage", "data integrity verification",
               "range query optimization"],
        results=[R("storage latency reduction", "37.4 times"), R("query latency reduction", "64.6%"),
                 R("storage latency reduction", "35.3%")])),
    ("aistats2025:ZT4229EUU8", dict(  # theory; Winsorized PCA (WPCA) is the analysed existing method (tuning7's analysed Transformer); the extended breakdown-point notion is unnamed; toy example only
        methods_used=[E("Winsorized Principal Component Analysis", "WPCA")],
        tasks=["subspace recovery", "robust principal component analysis", "outlier robustness"])),
    ("3dv2025:QI6HrBseVF", dict(  # "This paper introduces FlowMap"; Gaussian Splatting (used for novel view synthesis) and COLMAP (compared) used; gradient descent (the optimisation itself), bundle adjustment and SfM generic (tuning9 / tuning15; gradient descent uncertain); optical flow / point tracking off-the-shelf and unnamed
        proposed=[E("FlowMap")],
        methods_used=[E("Gaussian Splatting"), E("COLMAP")],
        tasks=["camera pose estimation", "camera intrinsics estimation", "dense depth estimation",
               "novel view synthesis"])),
    ("iccv2015:1425686ae5", dict(  # "a novel embedding method called Binary Projection Bank (BPB)"; the title's "Projection Bank" is a short form of the same thing (dev's "Octopus v4" / "Octopus") and an alias; Fisher Vector only an "e.g." example (examples-only rule; uncertain); datasets as written ("ILSVR2010"); "retrieval and recognition accuracies" split into two metrics (tuning15's split; uncertain)
        proposed=[E("Binary Projection Bank", "BPB", "Projection Bank")],
        datasets=[D("Flickr 1M"), D("ILSVR2010"), D("UCF101")],
        metrics=["retrieval accuracy", "recognition accuracy"],
        tasks=["binary code learning", "high-dimensional data embedding", "visual retrieval",
               "visual recognition"])),
    ("rss2014:afe0417a7d", dict(  # descriptive title; the segmentation method is unnamed; sequence SLAM and visual compass are the named localisation / orientation methods applied (lower case; uncertain, visual compass could be read as generic); "significantly more accurate" is an adjective, not recorded (tuning15's GED rule); the 2km route is a setting
        methods_used=[E("sequence SLAM"), E("visual compass")],
        tasks=["sky segmentation", "ultraviolet imaging", "visual localisation", "robot navigation"])),
    ("coling2025:2025.coling-main.260", dict(  # APRT (long form the name; the text's typo "ARPT" kept as an alias since the text uses it for the same thing; uncertain); its three capitalised modules Intention Expanding LLM, Intention Hiding LLM and Evil Maker are named sub-components (heldout6's KBP / SRT rule); Attack Effectiveness Rate (AER) in proposed and metrics (tuning10 / 12 / 17 / 19 double entry); Llama-3-8B-Instruct, GPT-4o, Claude-3.5 attacked; ART (automated red teaming) is the task; the per-model shares carry the model in the metric text (dataset "")
        proposed=[E("Automated Progressive Red Teaming", "APRT", "ARPT"), E("Intention Expanding LLM"),
                  E("Intention Hiding LLM"), E("Evil Maker"), E("Attack Effectiveness Rate", "AER")],
        methods_used=[E("Llama-3-8B-Instruct"), E("GPT-4o"), E("Claude-3.5")],
        metrics=["Attack Effectiveness Rate"],
        tasks=["automated red teaming", "LLM safety", "adversarial prompt generation"],
        results=[R("unsafe yet useful responses elicited from Llama-3-8B-Instruct", "54%"),
                 R("unsafe yet useful responses elicited from GPT-4o", "50%"),
                 R("unsafe yet useful responses elicited from Claude-3.5", "39%")])),
    ("wacv2024:76da4c8e95", dict(  # "a video-based cattle ear tag reading system, called ReadMyCow" and "the novel WhenToRead module" (named sub-component); YOLOv5s, NVIDIA Deepstream Tracking Layer (named tool, as written) and TRBA used; the edge devices NVIDIA Jetson AGX Orin / Xavier recorded as named devices used (like tuning10's GelSight / tuning20's Google Glass; uncertain); "decision metric" unnamed; 96.1% of tags read and 25 FPS recorded as outcomes (the latter like tuning10's 12 Hz; uncertain); the 9,000-cow farm is a setting
        proposed=[E("ReadMyCow"), E("WhenToRead")],
        methods_used=[E("YOLOv5s"), E("NVIDIA Deepstream Tracking Layer"), E("TRBA"),
                      E("NVIDIA Jetson AGX Orin"), E("Xavier")],
        tasks=["individual cattle identification", "cattle ear tag reading", "real-time scene text recognition",
               "precision livestock farming"],
        results=[R("printed ear tags accurately read", "96.1%"), R("frame rate on edge devices", "25 FPS")])),
    ("automl2024:64b0f09925", dict(  # descriptive title; the approach is unnamed; sklearn (the library whose APIs it supports, like tuning12's Lale; uncertain); monoids, task graphs and cross-validation generic (tuning13)
        methods_used=[E("sklearn")],
        tasks=["pipeline cross-validation", "memory-limited machine learning", "automated machine learning"])),
    ("alt2025:nIBYq3O2HG", dict(  # "We propose an algorithm, Accelerated-DP-SRGD (stochastic recursive gradient descent)": the parenthesis expands only SRGD, so no alias; DP-SGD (canonical baseline), stochastic recursive gradients (SRG) and accelerated gradient descent (the ingredients; the latter lower case, uncertain) used; "DP continual counting" left out (a mechanism family; uncertain); rates are theory
        proposed=[E("Accelerated-DP-SRGD")],
        methods_used=[E("DP-SGD"), E("stochastic recursive gradients", "SRG"), E("accelerated gradient descent")],
        tasks=["DP stochastic convex optimization", "batch gradient complexity",
               "differentially private optimization"])),
    ("naacl2024:2024.naacl-long.280", dict(  # "we propose Mask Specific Language Modeling (MSLM)"; DS-terms a concept; PLMs generic; of "span- and PMI-based masking" only "PMI-based masking" is written whole and recorded (tuning19's VAE rule; uncertain); no named data
        proposed=[E("Mask Specific Language Modeling", "MSLM")],
        methods_used=[E("PMI-based masking")],
        tasks=["biomedical named entity recognition", "domain-specific fine-tuning",
               "language model sensitivity"])),
    ("emnlp2022:2022.findings-emnlp.514", dict(  # "we propose FEDERATE"; differential privacy / adversarial training generic (tuning11 / tuning18); "fairness and accuracy of the downstream model" gives accuracy (uncertain); four NLP datasets unnamed
        proposed=[E("FEDERATE")],
        metrics=["accuracy"],
        tasks=["fair NLP models", "differentially private text representations", "privacy-fairness trade-off"])),
    ("acml2024:3db857df7c", dict(  # RedditEM, "a comprehensive collection of diachronic word representations" offered as a resource, recorded as an introduced dataset (uncertain: it could be read as a released model family in proposed); Reddit (the comment texts it is derived from) a dataset, like tuning17's Twitter / Reddit (uncertain); cosine distance is a measure of shift, not an evaluation metric (tuning12's correntropy rule; uncertain)
        datasets=[D("RedditEM", introduced=True), D("Reddit")],
        tasks=["diachronic semantic shift detection", "diachronic word embeddings", "social computing"])),
    ("uai2020:32456ecf20", dict(  # "which we call shift interventions" and its two defined types SITs / SIPs recorded as coined notions (heldout5's "we refer to as" rule; uncertain); the identification algorithms and semi-parametric estimators unnamed; the electronic health record dataset unnamed
        proposed=[E("shift interventions"), E("Shift interventions on the treated", "SITs"),
                  E("Shift interventions as policies", "SIPs")],
        tasks=["causal effect identification", "causal effect estimation", "dynamic treatment regimes",
               "ICU readmission"])),
    ("eccv2022:c1f05cd3b2", dict(  # "a novel Appearance Free Dataset (AFD)" introduced (long form the name); "its related RGB video" not a named data set; the 11 architectures and the motivated novel architecture unnamed; humans' "recognition accuracy" recorded
        datasets=[D("Appearance Free Dataset", "AFD", introduced=True)],
        metrics=["recognition accuracy"],
        tasks=["appearance free action recognition", "video action recognition", "motion-based video understanding"])),
    ("ijcai2021:paper346", dict(  # "a novel multi-channel attention model (MCAM)": lower-case long form with coined acronym is the name (tuning9's ACF rule; the title's capitalised form differs only in case); the fusion network is a lower-case description; LSTM (tuning17's form) and bilateral filtering (the adapted named technique; uncertain) used; attention mechanisms generic; benchmark datasets unnamed
        proposed=[E("multi-channel attention model", "MCAM")],
        methods_used=[E("long short-term memory", "LSTM"), E("bilateral filtering")],
        tasks=["fine-grained air quality inference", "spatial correlation modeling", "spatio-temporal prediction"])),
    ("nips1996:d25d0cde18", dict(  # analysis of natural image statistics; nothing named
        tasks=["natural image statistics", "spatiotemporal decorrelation", "visual sensitivity modeling"])),
    ("acl2021:2021.acl-long.343", dict(  # descriptive title; the pre-training strategy is unnamed; the three matching tasks are training tasks; the PLM, ad-hoc retrieval corpora and "two benchmarks" unnamed
        tasks=["knowledge-grounded response selection", "zero-resource response selection", "knowledge selection",
               "response matching"])),
    ("iros2020:9340784", dict(  # descriptive title; the controller, the reward formulation and the "adaptive discounting approach" are unnamed / lower case; deep RL generic; simulated / real-world data unnamed
        tasks=["traffic signal control", "deep reinforcement learning", "traffic flow optimization"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
