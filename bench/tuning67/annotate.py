#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning67/input.jsonl -> gold.jsonl.

Tuning set 67: 40 real corpus abstracts drawn by bench/tuning67/sample.py (seed 20261259),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning59/README.md, the format of
../tuning31/annotate.py (its first 80 lines: the header and the first entries; and its last five
lines) and ../heldout_annotation.py, the structure of ../tuning31/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier
sets' input.jsonl ids and titles by a script (no annotations read) and the skipped titles looked
up in the corpus. kg was never run on these abstracts and its code and outputs were never read;
sets 60 to 66 (annotated at the same time) were not read at all. Titles and ids are copied from
input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning67/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("iclr2017:rkE8pVcle", dict(  # descriptive title; the simulator and the synthetic movie-domain tasks are unnamed; offline / online reinforcement learning generic (heldout6); no method or data
        tasks=["learning by asking questions", "interactive dialogue agents",
               "dialogue learning from interaction"])),
    ("coling2025:2025.coling-main.105", dict(  # analysis paper: the "Korean pre-trained BERT model" (and its fine-tuned version) is the analysed model, recorded as BERT; "Transformer language models" is the generic class in the title (uncertain, tuning7 recorded an analysed Transformer); attention weights are the analysed quantity, not a metric
        methods_used=[E("BERT")],
        tasks=["polysemy interpretation", "Korean adverbial postposition",
               "attention weight analysis", "effects of fine-tuning"])),
    ("acml2018:6cd21f7a84", dict(  # the title's "Fast Randomized PCA" is recorded as the proposed algorithm (the abstract's lower-case "a fast randomized PCA algorithm"; the heldout6 "composite randomized incremental gradient method" / tuning28 "Conformalized Randomized Smoothing" title rule; uncertain, it reads close to a description); PCA is the existing method, the basic randomized SVD (rPCA) the compared base (Halko et al. named through its name), svds (LaTeX \texttt stripped) the compared Matlab routine (uncertain; Matlab itself left out as a tool); accuracy (no number, heldout5's INRet rule) and runtime (the trade-off); "up to" dropped; the 400-second outcome time recorded like tuning1's "33ms"; the information retrieval data is unnamed
        proposed=[E("Fast Randomized PCA")],
        methods_used=[E("Principal component analysis", "PCA"), E("randomized SVD", "rPCA"),
                      E("svds")],
        metrics=["accuracy", "runtime"],
        tasks=["principal component analysis", "dimension reduction for sparse data",
               "randomized matrix decomposition"],
        results=[R("speedup over basic rPCA", "9.1X"),
                 R("speedup over svds in Matlab", "20X"),
                 R("time to compute the first 100 principal components", "less than 400 seconds")])),
    ("colm2025:M7cl4Ldw61", dict(  # REFUTE is an introduced benchmark ("a dynamically updating benchmark"); OpenAI o3-mini (high) is the evaluated reasoning agent, copied without the "(high)" setting; LaTeX `$<9$%` written plain; "up to" dropped for 48%; "ratings" is not a named metric
        methods_used=[E("OpenAI o3-mini")],
        benchmarks=[D("REFUTE", introduced=True)],
        tasks=["counterexample creation", "falsifying incorrect solutions",
               "algorithmic reasoning evaluation", "LM benchmarking"],
        results=[R("incorrect solutions with a counterexample created (o3-mini (high))", "<9%",
                   "REFUTE"),
                 R("problems solvable from scratch (o3-mini (high))", "48%", "REFUTE")])),
    ("aistats2017:15e5e7614d", dict(  # descriptive title, the objective and approach are unnamed; UCT is the existing strategy of which a variant is employed (long form as the name, dev's CLAW rule); the MDP is a formulation (tuning7 / 23), decision lists and causal inference generic; the bail and asthma data are unnamed
        methods_used=[E("Upper Confidence Bound for Trees", "UCT")],
        tasks=["learning treatment regimes", "interpretable decision lists",
               "cost-effective decision making"])),
    ("uai2023:738125f2a2", dict(  # the privacy framework is unnamed; the differential privacy mechanism is generic (tuning11, differential privacy is the problem); cooperative Markov games are the problem setting; both percentages recorded (the 88 percent is the baseline policies' drop, an outcome of the paper's comparison; uncertain), metric text descriptive ("performance" is not a named metric), dataset ""
        tasks=["differentially private multiagent planning", "cooperative Markov games",
               "privacy-aware communication"],
        results=[R("team performance decrease, private vs non-private communication", "6 percent"),
                 R("team performance decrease with baseline policies", "88 percent")])),
    ("nips2013:3914", dict(  # theory paper: VC-dimension is a concept (tuning3); the PAC bound and the beta-mixing characterization are results, not named methods
        tasks=["predictive PAC learning", "learning from dependent data",
               "mixtures of learnable processes", "generalization bounds"])),
    ("naacl2021:2021.naacl-main.108", dict(  # ParaBART proposed; BART only inside the proposed name (tuning7's S2TNet rule); pre-trained language models generic; "semantic similarity tasks" unnamed
        proposed=[E("ParaBART")],
        tasks=["semantic sentence embeddings", "disentangling semantics and syntax",
               "unsupervised semantic similarity", "syntax-guided paraphrasing"])),
    ("rss2010:e615df4881", dict(  # descriptive title; the CRF "named the 'parts graph'" is a coined name (the mis-encoded quotes dropped; lower case, uncertain, like tuning58's "distribution-free trail"); CRFs are a model family (tuning9 / 29 / 41) and graph-based clustering generic; the indoor 3D laser range data is unnamed
        proposed=[E("parts graph")],
        tasks=["unsupervised object discovery", "3D object segmentation",
               "repetitive object detection"])),
    ("icra2010:5509453", dict(  # robot design paper: the hybrid-locomotion robot is unnamed; no method or data
        tasks=["hybrid-locomotion robot design", "miniature land/air robots",
               "rotary-wing flight"])),
    ("corl2025:8DHSyMFLbB", dict(  # the sim-to-real RL recipe and its modules (real-to-sim tuning module, reward formulation, divide-and-conquer policy distillation, hybrid object representation) are lower-case descriptions; imitation learning and RL generic; success rate recorded without a number (heldout5's INRet rule); the three manipulation tasks are not named benchmarks
        metrics=["success rate"],
        tasks=["vision-based dexterous manipulation", "sim-to-real reinforcement learning",
               "humanoid bimanual manipulation"])),
    ("colt2012:9c63139012", dict(  # descriptive title: the method of moments is an existing technique, not a name; EM is the current practice the method replaces ("e.g." and "a viable alternative to EM"), recorded with "EM algorithm" as alias (tuning49; uncertain, tuning11's examples-only rule could leave it out); mixture models and hidden Markov models are the studied model classes (tasks, tuning21)
        methods_used=[E("EM", "EM algorithm")],
        tasks=["mixture model parameter estimation", "hidden Markov model learning",
               "unsupervised learning"])),
    ("eccv2020:4c992febe0", dict(  # the title's "Gabor Layers" recorded as the proposed construct (the abstract's lower-case "Gabor layers", case only, not added; uncertain, it could be read as a description); Gabor filters are the classical technique exploited (uncertain); LeNet, AlexNet, VGG16 and WideResNet the architectures; the regularizer is unnamed; robustness is a property, not a metric (tuning25)
        proposed=[E("Gabor Layers")],
        methods_used=[E("Gabor filters"), E("LeNet"), E("AlexNet"), E("VGG16"),
                      E("WideResNet")],
        datasets=[D("MNIST"), D("SVHN"), D("CIFAR10"), D("CIFAR100")],
        tasks=["adversarial robustness", "image classification", "Lipschitz regularization"])),
    ("wacv2023:cccea94c08", dict(  # EOA proposed (long form as the name); ConceptNet and Wikidata are the knowledge sources integrated into the commonsense KG (tuning2's Wikidata / Freebase; uncertain); Visual Genome ("dataset" trimmed); the graph neural network and edge-matrix module generic; recall is named only for recent works, not this paper's evaluation (uncertain); "will be made publicly available" has no URL
        proposed=[E("Explicit Ontological Adjustment", "EOA")],
        datasets=[D("ConceptNet"), D("Wikidata"), D("Visual Genome")],
        tasks=["unbiased scene graph generation", "scene graph generation",
               "long-tailed predicate classification", "knowledge-enhanced reasoning"])),
    ("iros2013:6696837", dict(  # the LTI tracking framework is unnamed; "the synthesis technique of Imer et al. [1]" is named only by its authors, so not recorded (tuning3 / 7)
        tasks=["ocean front tracking", "multi-vehicle cooperative monitoring",
               "networked control with packet loss"])),
    ("iccv2015:6107000882", dict(  # CPM: the title's "Confidence Preserving Machine" is the name, the abstract's "Confident Preserving Machine" an alias (tuning45's CODER typo rule) with CPM; the "quasi-semi-supervised (QSS) approach" is a lower-case long form with a coined acronym (tuning9's ACF rule; uncertain, sub-component); the compared semi-supervised / transfer / boosting methods and the three datasets are unnamed
        proposed=[E("Confidence Preserving Machine", "Confident Preserving Machine", "CPM"),
                  E("quasi-semi-supervised", "QSS")],
        tasks=["facial action unit detection", "easy-to-hard classification",
               "person-specific classification"])),
    ("emnlp2021:2021.emnlp-main.680", dict(  # pretrained LMs are unnamed (generic); the two datasets unnamed; WER named; "up to" dropped; dataset ""
        metrics=["WER"],
        tasks=["post-OCR error correction", "multi-view OCR reconciliation",
               "domain adaptation"],
        results=[R("WER improvement over the best OCR view", "15%")])),
    ("aaai2021:05698", dict(  # "Quantal level-k" is the named behaviour model two metamodels build on (uncertain); Nash equilibria with quantal errors is a concept (tuning9's Nash equilibrium); the contributed intersection dataset is unnamed; model fit / predictive capacity descriptive; ~4k agents / ~44k decision points are sizes
        methods_used=[E("Quantal level-k")],
        tasks=["autonomous vehicle motion planning", "driving behavior modeling",
               "bounded rationality in hierarchical games"])),
    ("icml2015:ccab4c457f", dict(  # descriptive title ("A Moment Approach"); semidefinite programs and sums-of-squares relaxations are formulations (tuning15); the CP decomposition is the target decomposition (a task); the tensor nuclear norm is a quantity
        tasks=["tensor decomposition", "tensor completion", "measure estimation from moments",
               "tensor nuclear norm computation"])),
    ("cvpr2018:e096c1ebd9", dict(  # ClusterNet and FoveaNet are the two named stages; Faster R-CNN is the verified-failing appearance classifier; the heatmap-based fully convolutional CNN is generic; ROOBI ("regions of objects of interest") is an output concept, not a method (tuning19's MOR rule; uncertain); WPAFB 2009 ("dataset" trimmed); metric unnamed, descriptive metric texts, "nearly" kept
        proposed=[E("ClusterNet"), E("FoveaNet")],
        methods_used=[E("Faster R-CNN")],
        datasets=[D("WPAFB 2009")],
        tasks=["WAMI object detection", "small object detection", "moving object detection"],
        results=[R("improvement over state of the art (moving objects)", "5-16%", "WPAFB 2009"),
                 R("improvement over state of the art (stopped objects)", "nearly 50%",
                   "WPAFB 2009")])),
    ("ijcai2022:paper278", dict(  # CADET proposed (title); no alias, "Calibrated Anomaly Detection" skips "Anomaly" in the acronym (tuning1's CAVIA rule); the autoencoder is only an example of deep methods ("for example"); the image / time-series / tabular datasets are unnamed
        proposed=[E("CADET")],
        tasks=["anomaly detection", "anomaly score calibration", "hardness bias mitigation"])),
    ("3dv2025:tdEfYDta19", dict(  # MirrorFusion proposed; SynMirror is an introduced dataset ("a large-scale dataset"); diffusion models generic; 198k samples / 66k objects are sizes; project page with trailing period dropped
        proposed=[E("MirrorFusion")],
        datasets=[D("SynMirror", introduced=True)],
        tasks=["mirror reflection generation", "image inpainting",
               "depth-conditioned inpainting", "image editing"],
        repos=["https://val.cds.iisc.ac.in/reflecting-reality.github.io/"])),
    ("www2025:RatT4hCcVf", dict(  # the "large longitudinal Parler dataset" is the paper's own unnamed data from the studied platform (tuning17's cross-platform rule; uncertain, it could be read as an introduced "Parler dataset"); QAnon, Proud Boys, the app stores and Amazon Cloud are background; p < 0.001 is a significance level, not a result; 17M parleys / 432K users are sizes
        tasks=["content moderation analysis", "toxicity analysis", "news factuality",
               "causal analysis of moderation policy"])),
    ("acl2022:2022.findings-acl.247", dict(  # TDT proposed (long form as the name); the learnable confidence model and disentangled regularization are lower-case descriptions; PLMs generic; GLUE and CLUE ("benchmarks")
        proposed=[E("Task-guided Disentangled Tuning", "TDT")],
        benchmarks=[D("GLUE"), D("CLUE")],
        tasks=["pretrained language model fine-tuning", "disentangled representation learning",
               "low-resource fine-tuning"],
        repos=["https://github.com/lemon0830/TDT"])),
    ("iclr2018:HyiAuyb0b", dict(  # analysis paper: temporal differencing (TD) and Monte Carlo estimation (MC) are the analysed methods (tuning20's TD rule); "direct" dropped from the MC name (uncertain); the specially designed environments are unnamed
        methods_used=[E("temporal differencing", "TD"), E("Monte Carlo estimation", "MC")],
        tasks=["deep reinforcement learning", "temporal difference learning analysis",
               "value estimation"])),
    ("coling2020:2020.coling-main.383", dict(  # the filtering approach is unnamed; back-translation is the existing technique whose data is filtered (tuning56's back-translation; uncertain); the sentence-wise round-trip BLEU is a weighting signal, not an evaluation metric (tuning23's training-signal rule; uncertain)
        methods_used=[E("back-translation")],
        tasks=["unsupervised neural machine translation", "back-translated data filtering",
               "data weighting"])),
    ("acml2023:438831b920", dict(  # descriptive title; the GAN generator, 1x1 convolution and gradient descent methods generic; AFHQ wild ("dataset" trimmed) and ImageNet1K (as written); the pathology scans are unnamed; "two orders of magnitude faster" has no numeral
        datasets=[D("AFHQ wild"), D("ImageNet1K")],
        tasks=["network inversion", "activation reconstruction", "digital pathology"])),
    ("colm2024:rzQGHXNReU", dict(  # RAFT: long form as the name, acronym alias (dev's ReFT rule); RAG is the paradigm (tuning3 / 7); chain-of-thought is the adopted response style ("chain-of-thought-style", uncertain); PubMed, HotpotQA and Gorilla ("datasets")
        proposed=[E("Retrieval Augmented Fine Tuning", "RAFT")],
        methods_used=[E("RAG"), E("chain-of-thought")],
        datasets=[D("PubMed"), D("HotpotQA"), D("Gorilla")],
        tasks=["domain-specific RAG", "open-book question answering",
               "LLM fine-tuning"])),
    ("aistats2017:ac830f9ba2", dict(  # PseudoNet proposed; the two-step method, fast algorithm and screening rules unnamed; pseudolikelihood generic; estimation error and support recovery are the evaluation criteria ("in terms of"; support recovery uncertain); the finance and wind power data are unnamed
        proposed=[E("PseudoNet")],
        metrics=["estimation error", "support recovery"],
        tasks=["inverse covariance estimation", "pseudolikelihood estimation",
               "high-dimensional estimation"])),
    ("uai2023:4c5b1ab640", dict(  # theory paper: the cooperative bandit algorithm is unnamed; free exploration is a studied notion (textit stripped), not a method; regret bounds theoretical
        tasks=["cooperative multi-agent bandits", "heterogeneous rewards", "free exploration",
               "regret lower bounds"])),
    ("nips2017:9418", dict(  # the title's "AND-Queries" recorded as proposed with the abstract's "pairwise AND queries" as alias ("propose pairwise AND queries"; uncertain, close to a query type); locally encodable source coding is the problem; query lower bounds theoretical
        proposed=[E("AND-Queries", "pairwise AND queries")],
        tasks=["semisupervised clustering", "locally encodable source coding",
               "query complexity"])),
    ("naacl2022:2022.naacl-main.254", dict(  # THumB is a named evaluation protocol the paper establishes, so `proposed` (like tuning37's time-segmented evaluation methodology); no alias (the title does not spell it); MSCOCO ("dataset" trimmed); precision and recall (the rubric's two dimensions) and CLIPScore (the analysed metric, tuning53's CLIPScore) recorded; fluency, conciseness and inclusive language are quality aspects (tuning2's fluency rule)
        proposed=[E("THumB")],
        datasets=[D("MSCOCO")],
        metrics=["precision", "recall", "CLIPScore"],
        tasks=["image captioning evaluation", "human evaluation protocol",
               "automatic caption metrics"])),
    ("rss2009:1aeb427894", dict(  # the Unscented Kalman Filter (UKF) is the analysed estimator (title form differs only in case); the experimental robot data are unnamed; estimation errors without numbers
        methods_used=[E("Unscented Kalman Filter", "UKF")],
        tasks=["state and parameter estimation", "elastic transmission", "robustness analysis"])),
    ("icra2015:7139952", dict(  # the reduction method is "well-established" and unnamed; LaSalle's Principle is a theorem / concept (heldout5's Barron's theorem); no method or data
        tasks=["multi-agent formation control", "symmetry reduction",
               "formation stability analysis"])),
    ("corl2024:Czs2xH9114", dict(  # WoCoCo is the name, its parenthetical expansion an alias (tuning17's DEEP rule); model-free RL, motion planning and state machines generic; the four tasks are applications; the bare website gets "https://", trailing period dropped
        proposed=[E("WoCoCo", "Whole-Body Control with Sequential Contacts")],
        tasks=["whole-body humanoid control", "contact-rich loco-manipulation",
               "sim-to-real reinforcement learning"],
        repos=["https://lecar-lab.github.io/wococo/"])),
    ("colt2017:aa826a225d", dict(  # RepeatedGreedy and SampleGreedy proposed; the classical greedy algorithm is generic (tuning15's greedy-algorithms rule); approximation ratios and evaluation counts are theoretical; "two orders of magnitude faster" has no numeral; movie recommendation is the application (a task)
        proposed=[E("RepeatedGreedy"), E("SampleGreedy")],
        tasks=["submodular maximization", "non-monotone submodular functions",
               "movie recommendation"])),
    ("eccv2020:c9e8a79206", dict(  # HVITA is a new task (tasks, tuning3's problem rule); the deep approach is unnamed, but its capitalised "Generative Adversarial Module" is recorded as a named sub-component (uncertain, heldout5 / 6's module rule); Graph Convolutional Network is the adopted existing model; COCO, Visual Genome and NYU Depth v2 ("datasets")
        proposed=[E("Generative Adversarial Module")],
        methods_used=[E("Graph Convolutional Network")],
        datasets=[D("COCO"), D("Visual Genome"), D("NYU Depth v2")],
        tasks=["hallucinating visual instances in total absentia", "image inpainting",
               "visual restoration"])),
    ("wacv2022:382a36d1f6", dict(  # "Contrast to Divide" (C2D) proposed, long form as the name; the title's "Contrast To Divide" differs only in case; LNL is a task; CIFAR-100, mini-WebVision, WebVision and ImageNet; "90% noise" is a setting kept in the metric text; "more than" kept
        proposed=[E("Contrast to Divide", "C2D")],
        datasets=[D("CIFAR-100"), D("mini-WebVision"), D("WebVision"), D("ImageNet")],
        metrics=["top-1 accuracy"],
        tasks=["learning with noisy labels", "self-supervised pre-training",
               "image classification"],
        repos=["https://github.com/ContrastToDivide/C2D"],
        results=[R("improvement over previous state of the art (90% noise)", "more than 27%",
                   "CIFAR-100"),
                 R("top-1 accuracy improvement over previous works", "3%", "WebVision"),
                 R("top-1 accuracy improvement over previous works", "3%", "ImageNet")])),
    ("iros2013:6696658", dict(  # BPA proposed (long form as the name); the Bingham distribution is a distribution (tuning47's Dirichlet distribution rule), least-squares alignment generic; the detection system is unnamed
        proposed=[E("Bingham Procrustean Alignment", "BPA")],
        tasks=["object detection in clutter", "model pose estimation", "rigid point set alignment"])),
    ("iccv2015:6200429a5a", dict(  # the framework is unnamed; Multiple Instance Metric Learning is the existing specific method adopted (capitalised; uncertain, tuning10 left Multiple Instance Learning out as a framework); the 1912 YouTube videos are unnamed data (the platform not recorded)
        methods_used=[E("Multiple Instance Metric Learning")],
        tasks=["video entity linking", "visual content matching", "metric learning"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
