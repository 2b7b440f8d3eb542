#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning16/input.jsonl -> gold.jsonl.

Tuning set 16: 40 real corpus abstracts drawn by bench/tuning16/sample.py (seed 20261207),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md and ../tuning15/README.md, the format of ../tuning15/annotate.py (its first
80 lines: the header, 12 entries and the start of a 13th; and its last five lines) and
../heldout_annotation.py, the structure of ../tuning15/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier sets'
input.jsonl ids and titles by a script (no annotations read) and the skipped titles looked up in
the corpus. kg was never run on these abstracts and its code and outputs were never read. Titles
and ids are copied from input.jsonl so they are exact; everything else is typed by hand. Single
annotator, no adjudication. This is a TUNING set: its gold may be read and rules developed
against it (see README.md).

    python3 bench/tuning16/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acml2022:df4721211d", dict(  # title name (sentence case; abstract's "kernelized multigraph matching technique"), heldout rule, uncertain; Pachauri et al. named by authors; QAP a problem formulation; projected power optimization lower-case generic; "low memory usage" not a metric
        proposed=[E("Kernelized multi-graph matching")],
        tasks=["multi-graph matching", "graph matching", "quadratic assignment problem"])),
    ("colm2025:exW2SFJK4H", dict(  # "The Unlearning Mirage" names the illusion (phenomenon), not the framework (dev's UnUnlearning title prefix not recorded); framework unnamed; project page kept
        tasks=["LLM unlearning evaluation", "machine unlearning",
               "unlearning robustness stress testing", "multi-hop probing"],
        repos=["https://sites.google.com/view/unlearningmirage/home"])),
    ("coling2022:2022.coling-1.5", dict(  # partial information decomposition: the existing named framework used (lower case, heldout5's specific-method rule); mutual information a measure, left out
        methods_used=[E("partial information decomposition")],
        tasks=["morphological fusion measurement", "morphological typology",
               "information-theoretic analysis of morphology"])),
    ("3dv2025:c6RR0bqNVI", dict(  # descriptive title: "group convolution" is the existing base the abstract names ("based on general group convolution"), so the title's phrase is not recorded as a name (uncertain); CNNs / local reference frames generic; datasets unnamed
        tasks=["SE(3) equivariant point cloud processing", "3D object classification",
               "point cloud semantic segmentation"])),
    ("colt2015:5e42568d95", dict(  # title is the problem (tasks); "von Neumann winner" a new solution concept ("called", notion rule); Condorcet winner the existing concept compared (like heldout5's Shapley value; uncertain); Yue et al. named by authors; three algorithms unnamed; regret theoretical
        proposed=[E("von Neumann winner")],
        methods_used=[E("Condorcet winner")],
        tasks=["contextual dueling bandits", "online learning from pairwise comparisons",
               "policy learning with relative feedback"])),
    ("rss2009:8905a2b915", dict(  # GPBF-LEARN proposed; GP-BayesFilters (the trained framework) and GPLVMs (extended) used; particle / extended / unscented Kalman filters only listed as examples of Bayesian filtering techniques (examples-only rule, uncertain); Gaussian processes a model family; IMU a device; slotcar task no dataset
        proposed=[E("GPBF-LEARN")],
        methods_used=[E("GP-BayesFilters"), E("Gaussian Process Latent Variable Models")],
        tasks=["Bayesian filter learning", "state estimation without ground truth",
               "dynamical system modeling", "slotcar tracking"])),
    ("aaai2021:10302", dict(  # Peer Collaborative Learning proposed; peer ensemble / peer mean teacher lower-case components; collaborative / mutual learning, online ensembling, knowledge distillation generic
        proposed=[E("Peer Collaborative Learning")],
        datasets=[D("CIFAR-10"), D("CIFAR-100"), D("ImageNet")],
        tasks=["online knowledge distillation", "knowledge distillation", "image classification"])),
    ("iccv2015:41c5937bd3", dict(  # descriptive title; GrabCut the one coined method name among the analysed "e.g." methods (Zhu-Yuille / Torr / Chan-Vese / Delong et al. written as author citations; uncertain); K-means energy the analysed object (heldout5's K-means; uncertain); KL divergence a measure; optimization techniques unnamed
        methods_used=[E("GrabCut"), E("K-means")],
        tasks=["volumetric bias correction", "image segmentation", "3D reconstruction",
               "stereo reconstruction"])),
    ("ijcai2022:paper391", dict(  # descriptive title ("Adversarial Explanations" read as a description of the attack, uncertain); rule learning approach unnamed; abductive reasoning generic
        tasks=["adversarial attacks on knowledge graph embeddings", "knowledge graph embedding",
               "post-hoc explanation of link predictions"])),
    ("aistats2021:43708504c8", dict(  # MIL-GP-Probit long form name; MIL-GP-Logistic and the two GP classification models are named existing models (uncertain, GP family left out elsewhere); Gibbs sampling a named algorithm (tuning1's Metropolis-Hastings); mean-field VI generic; 20 Newsgroups "benchmark ... dataset collection" -> datasets; "51 out of 59" like tuning7's "19 out of 20" (uncertain); calibration not a named metric
        proposed=[E("Multiple Instance Learning Gaussian Process Probit", "MIL-GP-Probit")],
        methods_used=[E("Multiple Instance Learning Gaussian Process Logistic", "MIL-GP-Logistic"),
                      E("Gaussian Process Logistic Classification"),
                      E("Gaussian Process Probit Classification"),
                      E("Gibbs sampling")],
        datasets=[D("20 Newsgroups")],
        metrics=["AUC"],
        tasks=["multiple instance learning", "instance label prediction",
               "Gaussian process classification", "bag label prediction"],
        results=[R("datasets with higher AUC than MIL-GP-Logistic", "51 out of 59")])),
    ("naacl2024:2024.naacl-long.35", dict(  # ALoRA: lower-case long form with coined acronym is the name (tuning9's ACF rule; title's capitalised form differs only in case); AB-LoRA a named sub-method; LoRA used; Transformer modules generic; tasks unnamed
        proposed=[E("allocating low-rank adaptation", "ALoRA"), E("AB-LoRA")],
        methods_used=[E("Low-rank adaptation", "LoRA")],
        tasks=["parameter-efficient fine-tuning", "LoRA rank allocation",
               "fine-tuning large language models"])),
    ("emnlp2022:2022.findings-emnlp.97", dict(  # descriptive title; method unnamed; pretrained LM / prompts generic; nine benchmark datasets unnamed
        tasks=["aspect category detection", "constrained clustering", "unsupervised aspect detection"])),
    ("icml2018:2469", dict(  # MCP-Bandit long form name; "2-step Weighted Lasso procedure" a capitalised coined procedure (trimmed name, full form alias, tuning13's CROP rule); MCP estimator named separately as the existing estimator (tuning13's PPO rule; uncertain); O(log T) bounds theoretical; experiments unnamed
        proposed=[E("Minimax Concave Penalized Multi-Armed Bandit", "MCP-Bandit"),
                  E("2-step Weighted Lasso", "2-step Weighted Lasso procedure")],
        methods_used=[E("MCP estimator")],
        tasks=["high-dimensional contextual bandits", "multi-armed bandits with covariates",
               "sparse online decision-making"])),
    ("iclr2018:SkFvV0yC-", dict(  # "network iterative learning" ("called", lower case) with the title's capitalised form as name (differs only in case); network morphism the existing technique used (lower case, specific; uncertain); benchmark datasets unnamed
        proposed=[E("Network Iterative Learning")],
        methods_used=[E("network morphism")],
        tasks=["deep neural network training", "dynamic network growth", "degradation problem"])),
    ("www2025:qSuWIHIr9w", dict(  # TensorJSFuzz; ChatGPT the LLM used and TensorFlow.js the tested framework, both "e.g." but the actual instances (uncertain); TensorFlow / Wasm / WebGL backends used (tuning12's Wasm); PyTorch only background; bug counts recorded as outcomes (30 uncertain)
        proposed=[E("TensorJSFuzz")],
        methods_used=[E("ChatGPT"), E("TensorFlow.js"), E("TensorFlow"), E("Wasm"), E("WebGL")],
        tasks=["testing web-based deep learning frameworks", "fuzzing",
               "input constraint extraction", "differential testing"],
        results=[R("bugs detected", "92"), R("bugs confirmed or fixed by developers", "30")])),
    ("alt2025:86jwIpf9FZ", dict(  # theory; "effective Littlestone dimension" the notion introduced (tuning7's Sequential Minimax dimension; title form differs only in case); VC / Littlestone dimensions left out (tuning14's rule); Delle Rose et al. named by authors
        proposed=[E("effective Littlestone dimension")],
        tasks=["computable online learning", "effective learnability", "optimal mistake bounds"])),
    ("corl2022:N-HtsQkRotI", dict(  # descriptive title; initialization scheme unnamed; Hypernetworks a named architecture (like maxout networks); simulated robotics benchmarks unnamed
        methods_used=[E("Hypernetworks")],
        tasks=["meta-reinforcement learning", "hypernetwork initialization",
               "multi-task reinforcement learning"])),
    ("eccv2022:d84c35bcef", dict(  # network unnamed ("DP-oriented Depth/Normal estimation network"); ASM / ANM named sub-modules (heldout6's KBP rule); collected DP facial data unnamed; dual-pixel sensors devices
        proposed=[E("Adaptive Sampling Module", "ASM"), E("Adaptive Normal Module", "ANM")],
        tasks=["facial depth estimation", "surface normal estimation",
               "3D facial reconstruction", "dual-pixel imaging"])),
    ("icra2013:6631004", dict(  # descriptive title; particle filter, inverse kinematics, Monte-Carlo optimization generic (tuning15 / tuning11 rules); realistic simulator unnamed
        tasks=["eye-in-hand visual search", "occlusion handling", "visual tracking",
               "active information gathering"])),
    ("wacv2022:90e9e68886", dict(  # "introduce the Stereo Bird's Eye ViewNetwork (SBEVNet)": long form as written is the name; IPM used; CARLA (simulator-generated evaluation data) recorded as a dataset like tuning11's RoboTwin (uncertain; could be a tool like Blender); KITTI "dataset" trimmed
        proposed=[E("Stereo Bird's Eye ViewNetwork", "SBEVNet")],
        methods_used=[E("inverse perspective mapping", "IPM")],
        datasets=[D("KITTI"), D("CARLA")],
        tasks=["bird's eye view layout estimation", "stereo layout estimation",
               "BEV semantic mapping"])),
    ("automl2024:54818908f8", dict(  # title name for "a novel similarity metric" (heldout rule, uncertain); a search-diversity measure, not an evaluation metric (tuning8's LUNA: proposed only); sequence alignment only an inspiration; control function unnamed; \url{} stripped
        proposed=[E("Sequence Alignment-based Similarity Metric")],
        datasets=[D("CIFAR-10"), D("CIFAR-100"), D("ImageNet16-120")],
        tasks=["evolutionary neural architecture search", "architecture similarity measurement",
               "population diversity control"],
        repos=["https://anon-github.automl.cc/r/evonas_similarity_metric-1BD3/"])),
    ("nips2006:9f3214e739", dict(  # descriptive title; "irreducible independent subspaces" ("introducing the concept of", notion rule; lower case, uncertain); ICA the model generalised (uncertain, tuning10 left ICA out as background), JADE extended, non-Gaussian component analysis results reused (uncertain); joint block diagonalization a problem (tasks)
        proposed=[E("irreducible independent subspaces")],
        methods_used=[E("independent component analysis", "ICA"), E("JADE"),
                      E("non-Gaussian component analysis")],
        tasks=["independent subspace analysis", "joint block diagonalization",
               "dimensionality reduction"])),
    ("uai2020:a794270ae2", dict(  # descriptive title; low cost algorithm and uniform risk bound unnamed; pairwise squared loss generic; "speed gain" no number; real datasets unnamed
        tasks=["bipartite ranking", "generalization bounds for ranking",
               "low-cost stochastic learning"])),
    ("acl2022:2022.findings-acl.263", dict(  # "A Natural Diet" a title pun, not a method name (uncertain); tagging method unnamed; lexical diversity / richness and human preference not named metrics (uncertain)
        tasks=["machine translation naturalness", "machine translation",
               "training data tagging"])),
    ("iros2018:8594087", dict(  # title name "Passive Nonlinear Impedance Control" (the abstract's "proposed method"; heldout rule, uncertain); generalized canonical transformation the existing technique used (uncertain); port-Hamiltonian systems the system class (tasks); two-wheeled vehicle simulation no data
        proposed=[E("Passive Nonlinear Impedance Control")],
        methods_used=[E("generalized canonical transformation")],
        tasks=["nonlinear impedance control", "port-Hamiltonian systems",
               "nonholonomic system control"])),
    ("cvpr2013:4970c0c2de", dict(  # STM ("which we refer to"); generic classifiers / cross-domain methods unnamed; three "databases" -> datasets (citation markers dropped)
        proposed=[E("Selective Transfer Machine", "STM")],
        datasets=[D("CK+"), D("GEMEP-FERA"), D("RU-FACS")],
        tasks=["facial action unit detection", "classifier personalization",
               "transductive transfer learning", "facial expression analysis"])),
    ("acml2017:95db10de9e", dict(  # PHD (subtitle does not spell the acronym, no alias); stacked denoising autoencoder a named architecture (tuning1's VAE rule); CNN / collaborative filtering generic; four datasets unnamed
        proposed=[E("PHD")],
        methods_used=[E("stacked denoising autoencoder")],
        tasks=["recommender systems", "collaborative filtering", "rating prediction"])),
    ("colm2024:3nTbuygoop", dict(  # StateFlow; ReAct compared, Reflexion combined with; InterCode SQL / ALFWorld ("benchmark") -> benchmarks; LaTeX \% and $\times$ rendered; cost recorded as a metric (dev's "API cost")
        proposed=[E("StateFlow")],
        methods_used=[E("ReAct"), E("Reflexion")],
        benchmarks=[D("InterCode SQL"), D("ALFWorld")],
        metrics=["success rate", "cost"],
        tasks=["LLM task solving", "state-driven workflows", "LLM agents"],
        results=[R("success rate improvement over ReAct", "13%", "InterCode SQL"),
                 R("success rate improvement over ReAct", "28%", "ALFWorld"),
                 R("cost reduction vs ReAct", "5×", "InterCode SQL"),
                 R("cost reduction vs ReAct", "3×", "ALFWorld")])),
    ("coling2025:2025.coling-main.653", dict(  # CONELA; weighted loss / ensemble strategy unnamed; datasets unnamed; F1 named ("F1 scores"), no number
        proposed=[E("CONELA")],
        metrics=["F1"],
        tasks=["implicit hate speech detection", "dataset refinement",
               "out-of-domain generalization"])),
    ("3dv2025:AmrIeQyMHL", dict(  # EgoGaussian; 3D Gaussian Splatting (title) / Gaussian Splatting (abstract) one entry; NeRF compared (tuning7's UrbanIR NeRF); "Dynamic Gaussian methods" a class, left out (uncertain); in-the-wild videos unnamed
        proposed=[E("EgoGaussian")],
        methods_used=[E("3D Gaussian Splatting", "Gaussian Splatting"), E("NeRF")],
        tasks=["dynamic scene reconstruction", "egocentric video understanding",
               "3D object motion tracking", "human-object interaction modeling"])),
    ("colt2019:583ddeb9ca", dict(  # theory; max-entropy convex program generic; Brascamp-Lieb constant an application quantity; bounds theoretical
        tasks=["maximum entropy distributions", "bit complexity of max-entropy programs",
               "stability of max-entropy distributions"])),
    ("rss2022:78efce5572", dict(  # Factory proposed; 60 part models / 3 environments / 7 controllers / 1000 interactions are sizes; RL generic; "our website" has no URL
        proposed=[E("Factory")],
        tasks=["robotic assembly", "contact-rich physics simulation", "robot learning",
               "nut-and-bolt assembly"])),
    ("aaai2022:11139", dict(  # LeSICiN; the curated dataset is unnamed (not recorded); Indian Penal Code a statute source, not a dataset name (uncertain)
        proposed=[E("LeSICiN")],
        tasks=["legal statute identification", "heterogeneous graph link prediction",
               "legal text classification"])),
    ("iccv2015:60e0fa5694", dict(  # introduced attribute database unnamed in the text (ImageNetAttribute only in the URL, tuning2's MHD rule); "... object detection dataset" forms kept as aliases (heldout6's nuScenes rule); scheme unnamed; URL repaired by dropping the space (a lost "~" is likely; uncertain)
        datasets=[D("ImageNet", "ImageNet object detection dataset"),
                  D("ILSVRC 2014", "ILSVRC 2014 object detection dataset"),
                  D("PASCAL VOC 2007", "PASCAL VOC 2007 object detection dataset")],
        metrics=["mAP"],
        tasks=["object detection", "attribute-based representation learning",
               "deep feature learning"],
        repos=["https://www.ee.cuhk.edu.hk/xgwang/ImageNetAttribute.html"],
        results=[R("mAP improvement", "2.6%", "ILSVRC 2014"),
                 R("mAP improvement", "2.4%", "PASCAL VOC 2007")])),
    ("ijcai2021:paper612", dict(  # survey; PLMs generic
        tasks=["text generation", "pretrained language models for text generation",
               "fine-tuning strategies"])),
    ("aistats2020:bbf33897d1", dict(  # theory + algorithm unnamed; importance sampling / Markov chains generic
        tasks=["Poincaré constant estimation", "sampling multimodal distributions",
               "reaction coordinate discovery"])),
    ("naacl2022:2022.naacl-main.177", dict(  # quoted coined "cheat code" (tuning2's quoted "Local Search" / tuning11's "lossy Wasserstein distance"; least certain); float counts are settings
        proposed=[E("cheat code")],
        tasks=["neural machine translation", "quantifying missing source information",
               "information-theoretic analysis of translation"])),
    ("emnlp2022:2022.findings-emnlp.403", dict(  # EtriCA; subtitle not a letter-for-letter expansion (no alias); cross-attention generic; fluency / relevance / coherence and human evaluation not recorded (tuning2)
        proposed=[E("EtriCA")],
        tasks=["story generation", "long narrative generation", "event-aware text generation"])),
    ("icml2017:475", dict(  # theory; STOCHASTIC-GREEDY as written (Mirzasoleiman et al.'s named algorithm, analysed); greedy algorithm / stochastic local search generic
        methods_used=[E("STOCHASTIC-GREEDY")],
        tasks=["submodular maximization", "stochastic greedy algorithm analysis",
               "approximation guarantees"])),
    ("iclr2018:By5ugjyCb", dict(  # PACT: the title's long form is the name (the abstract's "PArameterized Clipping acTi-vation" differs only in case and a line-break hyphen, not added); accuracy named; 4-bit a setting; models / datasets unnamed
        proposed=[E("Parameterized Clipping Activation", "PACT")],
        metrics=["accuracy"],
        tasks=["neural network quantization", "activation quantization",
               "low-precision training"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
