#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning32/input.jsonl -> gold.jsonl.

Tuning set 32: 40 real corpus abstracts drawn by bench/tuning32/sample.py (seed 20261224),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md, ../tuning21/README.md,
../tuning22/README.md, ../tuning23/README.md, ../tuning24/README.md, ../tuning25/README.md,
../tuning26/README.md, ../tuning27/README.md, ../tuning28/README.md, ../tuning29/README.md,
../tuning30/README.md and ../tuning31/README.md, the format of ../tuning31/annotate.py (its first
80 lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 33, 34 and 35 (annotated at the same
time) were not read at all. Titles and ids are copied from input.jsonl so they are exact;
everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set: its
gold may be read and rules developed against it (see README.md).

    python3 bench/tuning32/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("3dv2025:lzhYJt55Yf", dict(  # INPC: the title's long form spells the acronym, so it is the name (dev's CLAW rule even when the title leads with the acronym); the abstract's "implicit point cloud representation" and "differentiable bilinear rasterizer" are lower-case descriptions; volumetric fields, octree / hash grids and rasterization are generic (heldout5); structure-from-motion is only a prior the method does not need; "common benchmarks" unnamed; "image quality" is not a named metric
        proposed=[E("Implicit Neural Point Clouds", "INPC")],
        tasks=["novel view synthesis", "unbounded scene reconstruction",
               "radiance field rendering"])),
    ("icra2008:4543444", dict(  # descriptive title, the feature selection algorithm is unnamed; Logistic Principal Component Analysis is the existing method used for the eigen shape space (copied as the abstract capitalises it); "illustrate the accuracy of the human detector" gives accuracy without a number (heldout5's INRet rule; uncertain)
        methods_used=[E("Logistic Principal Component Analysis")],
        metrics=["accuracy"],
        tasks=["human detection", "feature selection", "object detection"])),
    ("uai2020:60f957df70", dict(  # the title names the problem (tasks); the non-greedy algorithm is unnamed; "upper-confidence bound" is the named index the algorithm focuses on, copied as written (tuning25 / tuning29's UCB; uncertain); approximation regret is a theoretical quantity; the synthetic and two real-world datasets are unnamed
        methods_used=[E("upper-confidence bound")],
        tasks=["submodular bandit problem", "diversified retrieval",
               "submodular maximization", "recommender systems"])),
    ("eccv2020:dac1b53d3b", dict(  # "we propose a novel Distribution Distillation Loss" (also the title); the "distribution-driven loss" is its lower-case description; ArcFace is used to build the distributions ("such as", the actual instance, tuning16) and, with Cosface, is the compared baseline ("e.g."); "Arcface" differs only in case and is not added; the face benchmarks are unnamed
        proposed=[E("Distribution Distillation Loss")],
        methods_used=[E("ArcFace"), E("Cosface")],
        tasks=["face recognition", "hard sample face recognition",
               "facial variation robustness"])),
    ("emnlp2021:2021.emnlp-main.493", dict(  # the new task and leaderboard are unnamed (the title is a sentence); the two textbooks "American Government 2e" and "U.S. History" are recorded as datasets used (the task's texts, and T5's added pre-training data; tuning7 / 9's Wikipedia call; uncertain, they are books rather than data sets); BoolQ is the fine-tuning data; T5 the baseline PTLM; the 56% and ~60% have no named metric (tuning9's MeRL rule, dataset ""); the ~50% random / T5+BoolQ performance is a chance baseline, not recorded
        methods_used=[E("T5")],
        datasets=[D("American Government 2e"), D("U.S. History"), D("BoolQ")],
        tasks=["closed book question answering", "open book question answering",
               "textbook comprehension", "true/false question answering"],
        results=[R("closed-book performance with textbook added to pre-training", "56%"),
                 R("open-book performance", "~60%")])),
    ("wacv2023:24a85d52e2", dict(  # GAF-Net: long form as name; the within-modality feature refinement module, the auxiliary classification tasks and the correlation penalty are lower-case descriptions; self / cross attention generic; the five benchmark datasets are unnamed
        proposed=[E("Global Attention based Fusion Network", "GAF-Net")],
        tasks=["remote sensing image fusion", "multimodal feature fusion",
               "attention learning"])),
    ("acl2021:2021.acl-long.80", dict(  # VoxPopuli is an introduced corpus (a dataset); the ASR baselines are unnamed; 400K hours / 23 languages etc. are sizes, not results; trailing period dropped from the URL
        datasets=[D("VoxPopuli", introduced=True)],
        tasks=["speech representation learning", "semi-supervised speech recognition",
               "speech-to-text translation", "simultaneous interpretation"],
        repos=["https://github.com/facebookresearch/voxpopuli"])),
    ("automl2023:a563ad8c7e", dict(  # Hydra proposed ("propose Hydra, the first meta-recommender"); meta-learning generic; the 94 public datasets are unnamed; "top 10% (13%)" of the algorithmic pool for known (unseen) sources are results with a descriptive metric text (dataset "")
        proposed=[E("Hydra")],
        tasks=["unsupervised model recommendation", "time series anomaly detection",
               "meta-learning"],
        results=[R("recommended model rank in top share of algorithmic pool (known sources)", "10%"),
                 R("recommended model rank in top share of algorithmic pool (unseen sources)", "13%")])),
    ("coling2025:2025.coling-main.615", dict(  # TM-VQA is an introduced dataset; the lower-case long form with its coined acronym is the name (tuning9's ACF rule), "dataset" trimmed; the cross-attention-based unified framework is unnamed; 658,111 pairs / 123,287 images are sizes; trailing period dropped from the URL
        datasets=[D("textless multilingual visual question answering", "TM-VQA", introduced=True)],
        tasks=["spoken visual question answering", "multilingual visual question answering",
               "speech-based question answering"],
        repos=["https://github.com/Synaptic-Coder/TM-VQA"])),
    ("iros2015:7353970", dict(  # descriptive title; the planning / execution framework is unnamed; no data or metric named
        tasks=["social norm representation", "social robot planning", "human-robot interaction"])),
    ("iccv2015:6d03fcbf44", dict(  # SAAR: "called Semantically- Aware Aerial Reconstruction (SAAR)", the line-break space dropped (tuning19's "CNN- DailyMail"; the title spells it so); the new synthetic dataset is unnamed; OpenStreetMap, used as a source of semantic observations, is recorded as a dataset (tuning7 / 9's Wikipedia, tuning20's Docker Hub; uncertain, tuning1 left a portal out); reconstruction accuracy named without a number (heldout5's INRet rule); LiDAR / aerial photography are sensors
        proposed=[E("Semantically-Aware Aerial Reconstruction", "SAAR")],
        datasets=[D("OpenStreetMap")],
        metrics=["reconstruction accuracy"],
        tasks=["aerial reconstruction", "multi-modal sensor fusion", "semantic labeling",
               "urban scene reconstruction"])),
    ("acml2019:8be3153883", dict(  # SPoD-Net proposed (the LaTeX \emph stripped); the title's "Learned ISTA" is the existing unrolling technique the network is built on (methods_used; uncertain, the abstract does not repeat it); SPoD is the existing microscopy technique whose observations are recovered ("SPoD (...)": the short name leads, tuning12's TEGLO rule; uncertain, it is an imaging technique rather than an ML method); DNNs generic; the training stabilisation method is unnamed; "more than a hundred times faster" has no numeral (tuning23's rule)
        proposed=[E("SPoD-Net")],
        methods_used=[E("Learned ISTA"),
                      E("SPoD", "Super-resolution by Polarization Demodulation")],
        tasks=["microscopic image recovery", "super-resolution microscopy",
               "biological imaging"])),
    ("corl2024:AhEE5wrcLU", dict(  # Velociraptor proposed, with its bracket-letter expansion as alias, brackets stripped (tuning11's LETI markdown rule; uncertain); visual foundation models (VFMs) and self-supervised techniques generic; "about forty minutes of expert data" is a setting in words; the baselines and sites are unnamed
        proposed=[E("Velociraptor",
                    "velocity-informed, risk-aware perception and traversability for off-road driving")],
        tasks=["traversability analysis", "off-road navigation", "risk-aware perception"])),
    ("colt2021:7bacc6abb0", dict(  # theory paper: nothing named; O(N^{2/3}) and O(N) parameter counts are theoretical bounds, not results
        tasks=["memorization with neural networks", "benefits of depth",
               "function approximation"])),
    ("naacl2024:2024.naacl-demo.18", dict(  # FastFit is the proposed package; SetFit and Transformers are the compared packages ("such as", the actual compared instances, tuning16; Transformers, the library, is uncertain); batch contrastive learning / token-level similarity generic; "speed and accuracy" gives accuracy without a number (INRet rule); "3-20x" training speed improvement recorded (a range, tuning2's rule; speed itself not a metric, tuning18); "available on GitHub" has no URL; the datasets are unnamed
        proposed=[E("FastFit")],
        methods_used=[E("SetFit"), E("Transformers")],
        metrics=["accuracy"],
        tasks=["few-shot text classification", "many-class text classification"],
        results=[R("training speed improvement", "3-20x")])),
    ("ijcai2023:paper377", dict(  # descriptive title, the algorithms are unnamed; hypertree decompositions (the exploited technique, lower case but specific, heldout5's rule) and the seminaive evaluation strategy (the standard baseline) are recorded in methods_used, both uncertain; Datalog is the subject (tasks); runtime / memory consumption are only the overhead in the motivation; "orders of magnitude" has no numeral
        methods_used=[E("hypertree decompositions"), E("seminaive evaluation")],
        tasks=["Datalog reasoning", "Datalog materialisation", "incremental reasoning"])),
    ("cvpr2018:c805bb8f0a", dict(  # the title's "Reinforcement Cutting-Agent Learning" is recorded as proposed (the abstract's lower-case "reinforcement cutting-agent learning framework", tuning2's "Contrast Replay Networks" rule); the cutting-policy / cutting-execution networks are lower-case parts; MDP / deep RL generic; the two public benchmarks are unnamed
        proposed=[E("Reinforcement Cutting-Agent Learning")],
        tasks=["video object segmentation", "reinforcement learning for segmentation"])),
    ("aaai2021:00294", dict(  # TrGNN: long form as name; attention mechanism / GNN generic; the real-world trajectory dataset is unnamed; "over 5%" and "up to 14%" error reductions ("up to" dropped, tuning11 / 14), dataset ""; "all metrics" unnamed
        proposed=[E("Trajectory-based Graph Neural Network", "TrGNN")],
        tasks=["traffic flow prediction", "spatiotemporal forecasting",
               "vehicle trajectory mining"],
        results=[R("error reduction over state of the art (normal traffic)", "over 5%"),
                 R("error reduction over state of the art (atypical traffic)", "14%")])),
    ("aistats2010:ad343d25f3", dict(  # the title's "Variational Inducing Kernels" is recorded as proposed (title rule; uncertain) and the abstract's "variational inducing functions" separately ("we introduce the concept of", the heldout5 / tuning1 notion rule; lower case, uncertain); convolution processes (CP, plural CPs) is the existing construction built on (lower case but specific, heldout5's rule); Gaussian processes a model family and variational methods generic (heldout5-6); Alvarez and Lawrence's sparse approximation and Titsias (2009) are named only by authors; school marks / compiler performance / financial time series are descriptions, not dataset names
        proposed=[E("Variational Inducing Kernels"), E("variational inducing functions")],
        methods_used=[E("convolution processes", "CP", "CPs")],
        tasks=["multioutput Gaussian processes", "efficient approximate inference",
               "multitask learning"])),
    ("colm2024:oqYiYG8PtY", dict(  # "a novel attack method, termed as stop-reasoning attack": a lower-case coined name (heldout5's "we refer to as" rule; uncertain); the title prefix "Stop Reasoning!" is an exclamation, not recorded as an alias; Chain-of-Thought (CoT) is the analysed reasoning method (dev's ReFT); MLLMs generic; the three MLLMs and two visual reasoning datasets are unnamed; adversarial robustness is a property, not a named metric
        proposed=[E("stop-reasoning attack")],
        methods_used=[E("Chain-of-Thought", "CoT")],
        tasks=["adversarial attacks on multimodal LLMs", "chain-of-thought robustness",
               "multimodal reasoning"])),
    ("nips2010:80f5646634", dict(  # theory paper; the graph-Laplacian-eigenbasis estimator is unnamed; the "(Gaussian or Ising) model" is left out (the Gaussian is a family, and "Ising model" is not written whole; uncertain, heldout5 / tuning24 recorded analysed named models); mean square error here is a theoretical recovery limit, not an evaluation metric (tuning15)
        tasks=["activation pattern detection", "noisy pattern recovery on graphs",
               "network anomaly detection"])),
    ("icml2017:665", dict(  # truncated abstract; the title's "Decoupled Neural Interfaces" is recorded as proposed (title rule) and "Synthetic Gradients" also (the title's coined term for the modelled error gradients; uncertain, the cut abstract never writes it); backpropagation generic (heldout6)
        proposed=[E("Decoupled Neural Interfaces"), E("Synthetic Gradients")],
        tasks=["decoupled neural network training", "error gradient modelling",
               "asynchronous module updates"])),
    ("www2025:m0iCbfjGQk", dict(  # DoT proposed ("DOT" differs only in case, not added); its capitalised Task Decomposer, Task Scheduler and Plug-and-Play Adapter are named sub-components (heldout6's KBP / SRT rule, tuning22's APRT modules); the self-reinforced tree search algorithm and the sub-task allocation dataset are unnamed; reasoning accuracy (no number, INRet rule), reasoning time and API cost (dev's "API cost") are metrics; anonymous URL copied as written
        proposed=[E("Division-of-Thoughts", "DoT"), E("Task Decomposer"), E("Task Scheduler"),
                  E("Plug-and-Play Adapter")],
        metrics=["reasoning accuracy", "reasoning time", "API cost"],
        tasks=["edge-cloud collaborative reasoning", "on-device LLM agents",
               "task decomposition", "sub-task model allocation"],
        repos=["https://anonymous.4open.science/status/DoT-F17C"],
        results=[R("average reasoning time reduction", "66.12%"),
                 R("API cost reduction", "83.57%")])),
    ("iclr2018:H1srNebAZ", dict(  # analysis paper: nothing named; SGD appears only in the background sentence (tuning18's background-SGD rule; uncertain)
        tasks=["hidden neuron analysis", "neural network interpretability",
               "training dynamics"])),
    ("rss2015:7949a7499c", dict(  # theory paper; the state lattice planner is a planner class (tuning7 left kinodynamic planners out; uncertain), lattice bond percolation / absorbing Markov chains / Poisson processes / Monte-Carlo simulation are mathematical tools; Karaman and Frazzoli named only by authors (and a \citet key)
        tasks=["kinodynamic motion planning", "planning resolution selection",
               "collision-free motion guarantees"])),
    ("3dv2025:NB0vudVCZH", dict(  # UniQA-3D is an introduced benchmark ("benchmark named"); ViT is recorded as the one named evaluated architecture ("such as ViT", the actual instance of the finding, tuning16; uncertain); VLMs / CNNs / specialized models generic; trailing period dropped from the URL
        methods_used=[E("ViT")],
        benchmarks=[D("UniQA-3D", introduced=True)],
        tasks=["3D visual understanding", "visual question answering",
               "3D vision foundation models", "human-model 3D vision alignment"],
        repos=["https://github.com/princeton-vl/UniQA-3D"])),
    ("icra2006:1642031", dict(  # descriptive title; the actuator and its "selective actuation technique" are unnamed; no data or metric named
        tasks=["electrostatic actuation", "sheet object conveyance", "desktop automation"])),
    ("uai2020:1383fa734c", dict(  # the sentence-case title names the new graphical model class ("can be interpreted as a new graphical model class"), recorded as proposed (tuning14's "Time-variant variational transfer"; uncertain); the l1-penalized loss minimization is generic (heldout5's L-1 penalties) and the Lyapunov equation mathematical; the simulation study and protein data are unnamed
        proposed=[E("Graphical continuous Lyapunov models")],
        tasks=["graphical model structure learning", "protein network reconstruction"])),
    ("eccv2018:acb80c5904", dict(  # descriptive title; the algorithm is unnamed; the 3D face model and optical flow are generic (tuning8); no data or metric named
        tasks=["selfie video stabilization", "video stabilization", "motion analysis"])),
    ("emnlp2021:2021.findings-emnlp.40", dict(  # BFClass proposed; the pre-trained discriminator and the masked language model are described, not named; "95%" poisoned samples removed is a result (dataset ""); "false alarms" is not a named metric
        proposed=[E("BFClass")],
        tasks=["backdoor defense", "text classification", "trigger detection"],
        results=[R("poisoned training samples removed", "95%")])),
    ("wacv2023:d521e77cc3", dict(  # the abstract's lower-case "multimodal multi-head convolutional attention (MMHCA)" is the name (tuning9's ACF rule); the title's capitalised form differs only in case; "MHCA" appears only in the repo URL (tuning2's MHD rule); the two super-resolution architectures and three data sets are unnamed; trailing period dropped from the URL
        proposed=[E("multimodal multi-head convolutional attention", "MMHCA")],
        tasks=["medical image super-resolution", "multimodal super-resolution",
               "CT and MRI super-resolution"],
        repos=["https://github.com/lilygeorgescu/MHCA"])),
    ("acl2022:2022.findings-acl.303", dict(  # preference-aware LID is the introduced task (tasks, tuning8's k-experts rule); the unsupervised learning strategy is unnamed; U-LID ("the first user labeled LID test set called") is an introduced dataset, curly quotes dropped (heldout6's test-set rule; the text later says "benchmark", kept in datasets as first described, tuning27's Memento10k); the standard LID corpus is unnamed; "code and benchmark have been released" has no URL
        datasets=[D("U-LID", introduced=True)],
        tasks=["preference-aware language identification", "language identification",
               "ambiguous text identification"])),
    ("automl2022:6722bb62ee", dict(  # no proposed name: the paper studies the existing DARTS for RL; the title's "Differentiable Architecture Search" is added as DARTS's alias (the same technique; uncertain); random search is the compared optimiser (tuning13; uncertain); "250%" performance vs manual designs and "30×" efficiency vs random search ("up to" dropped), "3×" more computation time (a cost outcome, like tuning16's StateFlow; LaTeX \texttimes as ×), dataset ""; NAS / RL generic
        methods_used=[E("DARTS", "Differentiable Architecture Search"), E("random search")],
        tasks=["neural architecture search", "reinforcement learning",
               "architecture search for RL"],
        results=[R("performance relative to manual architecture designs", "250%"),
                 R("computation time relative to manual architecture designs", "3×"),
                 R("architecture improvement efficiency over random search", "30×")])),
    ("coling2025:2025.coling-main.196", dict(  # RA-IT: long form as name ("the proposed RA-IT framework", also the title); retrieval augmented prompting / instruction tuning / LLMs generic; the constructed Chinese IT dataset for open NER is unnamed
        proposed=[E("Retrieval Augmented Instruction Tuning", "RA-IT")],
        tasks=["open named entity recognition", "information extraction",
               "instruction tuning"])),
    ("iros2007:4399609", dict(  # descriptive title; the quoted "pretouch" is the sensing idea, not claimed as a coined method name (uncertain, tuning2's quoted "Local Search" could make it proposed), put in tasks; the manipulators and scanning techniques are unnamed
        tasks=["robotic grasping", "pretouch sensing", "electric field sensing"])),
    ("iccv2015:510a4a8443", dict(  # SOWP: the acronym covers the words before "descriptor", so they are the name (tuning17's SSA rule), with "SOWP" and the written "SOWP descriptor" as aliases; the title's capitalised "... Descriptor" form is not added (case plus the role noun); random walk with restart (RWR) and the lower-case "structured output tracking framework" (the existing tracker it is plugged into, heldout5's rule; uncertain) are used; colour / gradient histograms generic; the two benchmark datasets are unnamed
        proposed=[E("spatially ordered and weighted patch", "SOWP", "SOWP descriptor")],
        methods_used=[E("random walk with restart", "RWR"),
                      E("structured output tracking framework")],
        tasks=["visual object tracking", "object appearance description"])),
    ("acml2023:0601e00a7b", dict(  # RCT: long form as name; GBDT (the tree-based baseline) and FTTransformer (compared, as written) are used; self-attention generic; the Amazon shipping data are unnamed; "error" is not a named metric, so the results carry descriptive metric texts (dataset "")
        proposed=[E("Rate Card Transformer", "RCT")],
        methods_used=[E("GBDT"), E("FTTransformer")],
        tasks=["shipping cost prediction", "tabular data modeling", "profitability estimation"],
        results=[R("cost prediction error reduction vs GBDT", "28.82%"),
                 R("improvement over FTTransformer", "6.08%")])),
    ("corl2021:CGn3XKSf7vf", dict(  # Scene Decomposition Network (SDN) proposed; transformer-based detectors, neural implicit 3D representations and differentiable rendering generic; the "synthetic-real dataset pairs (PD-DDAD and VKITTI-KITTI)" are split into their four datasets, GUIDELINES' CIFAR-10/100-LT rule (uncertain: the pair strings could be kept whole, and "PD" is only an abbreviation)
        proposed=[E("Scene Decomposition Network", "SDN")],
        datasets=[D("PD"), D("DDAD"), D("VKITTI"), D("KITTI")],
        tasks=["single-image scene reconstruction", "3D road scene reconstruction",
               "novel view synthesis"])),
    ("colt2024:f70533e7ef", dict(  # theory paper; the hypergraph stochastic block model (title form; the abstract's "r-uniform ..." and "r-HSBM", LaTeX $r$ written plain, as aliases) and the broadcasting on hypertrees (BOHT) model are the analysed named models (tuning7 / tuning24's SBM; BOHT uncertain); the Kesten-Stigum threshold is a concept; the cited results are named only by authors; thresholds and bounds are theoretical
        methods_used=[E("hypergraph stochastic block model",
                        "r-uniform hypergraph stochastic block model", "r-HSBM"),
                      E("broadcasting on hypertrees", "BOHT")],
        tasks=["community detection", "weak recovery in hypergraphs",
               "reconstruction on hypertrees", "information-computation gap"])),
    ("naacl2022:2022.naacl-main.178", dict(  # theory / analysis paper: WiC, TSV and WSD are the tasks; the MCL-WiC SemEval shared task is named only as evidence of WiC's popularity, not used, so it is not recorded (tuning31's CLEVR call; uncertain); the WiC / WSD systems and datasets are unnamed
        tasks=["word sense disambiguation", "word-in-context", "target sense verification",
               "semantic task reduction"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
