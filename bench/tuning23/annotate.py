#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning23/input.jsonl -> gold.jsonl.

Tuning set 23: 40 real corpus abstracts drawn by bench/tuning23/sample.py (seed 20261215),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md and ../tuning21/README.md,
the format of ../tuning21/annotate.py (its first 80 lines: the header and 12 entries; and its last
five lines) and ../heldout_annotation.py, the structure of ../tuning21/README.md, and the draw code
(../heldout_sampling.py and sample.py); the draw's skip list was matched against the earlier sets'
input.jsonl ids and titles by a script (no annotations read) and the skipped titles looked up in
the corpus. kg was never run on these abstracts and its code and outputs were never read; set 22
(annotated at the same time) was not read beyond its input ids and titles. Titles and ids are
copied from input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning23/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("naacl2022:2022.naacl-main.1", dict(  # human-subjects study, descriptive title, no named system; "current coreference tools" unnamed; assistive robots only the implication
        tasks=["situated reference resolution", "referring expression interpretation",
               "coreference resolution"])),
    ("3dv2025:k0GvDVgCdo", dict(  # "We introduce Gaussian Garments"; the mesh + Gaussian texture representation, the GNN-based simulator (GNN generic) and the garment-ordering procedure are unnamed; Gaussian Splatting never named
        proposed=[E("Gaussian Garments")],
        tasks=["garment reconstruction from multi-view video", "cloth simulation",
               "garment material parameter estimation", "mesh registration"])),
    ("alt2025:GSgcnyQzpz", dict(  # theory; AdaGrad is the one named instance of the analysed "standard optimization algorithms (such as AdaGrad)" (tuning16's actual-instance call, tuning18's analysed AdaGrad; uncertain); gradient descent only defines the rotation-invariant class (left out, uncertain); Bayes optimal algorithm generic; classification error / regression loss are bound quantities, not metrics
        methods_used=[E("AdaGrad")],
        tasks=["sparse linear learning", "rotation invariant algorithms", "noisy feature learning",
               "learning lower bounds"])),
    ("aaai2021:11343", dict(  # theory; the title "Evolutionary Game Theory Squared" names the setting, not a method (not recorded); replicator (the analysed dynamic, copied as written; tuning11's analysed FTL rule; uncertain); multiplicative weights only an analogy ("continuous-time analogue of", tuning9's mipmap rule; uncertain); Nash equilibrium left out (tuning9); the polynomial-time algorithm unnamed
        methods_used=[E("replicator")],
        tasks=["evolutionary game theory", "online learning in games", "zero-sum games",
               "coevolving network games"])),
    ("automl2022:da21d3d09e", dict(  # descriptive title; the termination criterion is unnamed; Bayesian optimization (BO) the method it stops (tuning9 / tuning10 / tuning14 recorded BO); "test performance" / "optimization time" / wall-clock time not named metrics; HPO problems unnamed
        methods_used=[E("Bayesian optimization", "BO")],
        tasks=["hyperparameter optimization", "automatic termination of Bayesian optimization",
               "overfitting in hyperparameter optimization"])),
    ("iclr2018:rkRwGg-0Z", dict(  # "we introduce contextual decomposition (CD)": lower-case long form with coined acronym is the name (tuning9's ACF rule), title form differs only in case; LSTM the analysed model ("LSTMs" alias); Yelp and SST ("data sets")
        proposed=[E("contextual decomposition", "CD")],
        methods_used=[E("LSTM", "LSTMs")],
        datasets=[D("Yelp"), D("SST")],
        tasks=["LSTM interpretability", "sentiment analysis", "word interaction extraction",
               "negation detection"])),
    ("colm2024:K1M3gLW0MX", dict(  # analysis paper, no proposed method; LoRA (the studied method; "low-rank adaptation" written as the general class, so not an alias) and the four named models; full-model fine-tuning generic; utility / calibration / membership-inference resistance are properties, not named metrics; the subgroups are not data sets
        methods_used=[E("LoRA"), E("ViT-Base"), E("Swin-v2-Large"), E("Llama-2 7B"), E("Mistral 7B")],
        tasks=["fairness of low-rank adaptation", "parameter-efficient fine-tuning",
               "subgroup fairness evaluation", "membership inference"])),
    ("acml2022:e2e14d4278", dict(  # "a novel embedding adaptation network with Transformer (EANT)": lower-case long form is the name (ACF rule; the title's capitalised form differs only in case); its SGIN and TEL modules are named sub-components with coined acronyms (heldout6's KBP rule); Transformer is inside the proposed name (tuning7's S2TNet rule); benchmarks unnamed
        proposed=[E("embedding adaptation network with Transformer", "EANT"),
                  E("self-guided instance normalization", "SGIN"),
                  E("Transformer-based embedding learning", "TEL")],
        tasks=["few-shot action recognition", "feature embedding adaptation",
               "episodic few-shot learning"])),
    ("coling2020:2020.coling-main.155", dict(  # the method is unnamed in the abstract; the title prefix "Try to Substitute" recorded like tuning14's "Show, Attend and Distill" / tuning17's "Look at Boundary" (uncertain); HowNet, the lexical knowledge base used as sense inventory, recorded as a dataset like tuning2's Wikidata / Freebase (uncertain); the new HowNet-based WSD dataset is unnamed; masked language model task left out (heldout5); SememeWSD appears only in the URL
        proposed=[E("Try to Substitute")],
        datasets=[D("HowNet")],
        tasks=["word sense disambiguation", "unsupervised Chinese word sense disambiguation",
               "HowNet-based WSD"],
        repos=["https://github.com/thunlp/SememeWSD"])),
    ("acl2022:2022.acl-long.440", dict(  # resource paper: "Cree Corpus" (title) is the introduced dataset; no methods; the language technologies built with it are unnamed
        datasets=[D("Cree Corpus", introduced=True)],
        tasks=["Plains Cree corpus construction", "low-resource language technology",
               "language revitalization"])),
    ("iros2019:8968169", dict(  # "the concept of concurrent flow-based localization and mapping (FLAM)": lower-case long form with coined acronym is the name (ACF rule); GraphSLAM the framework FLAM is "motivated by"; SLAM is the classical problem (tasks); localization accuracy recorded without a number (heldout5's INRet rule); the single-gyre / double-gyre flow fields are simulated settings, not named data
        proposed=[E("concurrent flow-based localization and mapping", "FLAM")],
        methods_used=[E("GraphSLAM")],
        metrics=["localization accuracy"],
        tasks=["flow-based localization and mapping", "simultaneous localization and mapping",
               "flow field mapping", "underwater robot navigation"])),
    ("nips2006:821064a71c", dict(  # descriptive title, the unifying framework unnamed; "Kalman Filtering/Smoothing recursions" split into two entries (GUIDELINES' CIFAR-10/100-LT rule; the second uncertain); Belief Propagation the contrasted prior approach (tuning3's BP); Bayesian temporal ICA the model the approach is demonstrated on (uncertain); the Variational Bayesian method left out as generic variational inference (heldout5 / 6; uncertain); EEG signals unnamed
        methods_used=[E("Kalman Filtering"), E("Kalman Smoothing"), E("Belief Propagation"),
                      E("Bayesian temporal ICA")],
        tasks=["variational Bayesian linear Gaussian state-space models", "hidden state inference",
               "EEG signal analysis"])),
    ("rss2024:ff3bc63c16", dict(  # "we present CraterGrader"; the optimization-based transport planner, online perception and drive / tool control are unnamed; GPS only as what it works without
        proposed=[E("CraterGrader")],
        tasks=["autonomous robotic earthmoving", "lunar site preparation", "terrain manipulation",
               "deformable terrain mapping"])),
    ("uai2019:60af4a6eea", dict(  # theory; no named new algorithm ("an algorithm akin to RPI", "a new counting argument" unnamed); the analysed algorithms: Policy Iteration (PI), Howard's PI (HPI, copied with the text's curly apostrophe), RPI (the title's "Randomised Policy Iteration" spells it, so it is the name, dev's CLAW rule) and Batch-Switching PI; Mansour and Singh / Kalyanakrishnan et al. named only by authors; MDP a problem (tasks); bounds not results
        methods_used=[E("Policy Iteration", "PI"), E("Howard’s PI", "HPI"),
                      E("Randomised Policy Iteration", "RPI"), E("Batch-Switching PI")],
        tasks=["policy iteration complexity", "Markov decision problems",
               "strong upper bounds on iterations"])),
    ("aistats2017:207dcdc65e", dict(  # title "Spatial Decompositions" read as descriptive (plural, "we investigate a decomposition strategy"; uncertain, could be argued like tuning13's "Robust Importance Weighting"); support vector machines (SVMs) and liquidSVM (the library all experiments used, like tuning12's Lale); hinge loss / Gaussian kernels / cross validation generic; test error recorded (dev P096); training / testing times not named metrics; 10 / 32 million samples are sizes
        methods_used=[E("support vector machines", "SVMs"), E("liquidSVM")],
        metrics=["test error"],
        tasks=["large-scale SVM training", "spatial data decomposition", "kernel method scalability"])),
    ("eccv2018:744572b961", dict(  # descriptive title; the deep CNN unnamed (CNN generic); the new double JPEG dataset unnamed; "1120 quantization tables" a size
        tasks=["double JPEG detection", "image manipulation detection", "image forensics"])),
    ("iccv2015:38b7689a85", dict(  # "Our new framework, hierarchical sampling optimization" + title: recorded with the title's capitalised form (the lower-case form differs only in case); the title prefix "Opening the Black Box" is a phrase, not a name; black box optimization generic; the three public datasets unnamed
        proposed=[E("Hierarchical Sampling Optimization")],
        tasks=["hand pose estimation", "model-based pose optimization", "black box optimization"])),
    ("emnlp2021:2021.findings-emnlp.152", dict(  # "we propose a novel Iterative Multi-Knowledge Transfer Network (IMKTN)"; the routing algorithm unnamed; three benchmark datasets unnamed; the three ABSA subtasks as tasks
        proposed=[E("Iterative Multi-Knowledge Transfer Network", "IMKTN")],
        tasks=["aspect-based sentiment analysis", "aspect term extraction", "opinion term extraction",
               "aspect-level sentiment classification"])),
    ("ijcai2020:paper418", dict(  # descriptive title, the method unnamed; the "personalized reading speed metric" is a lower-case training signal for satisfaction, not a named evaluation metric; real-world dataset unnamed
        tasks=["news recommendation", "user interest modeling", "click prediction",
               "reading satisfaction prediction"])),
    ("colt2020:ebdba1991e", dict(  # theory + policies: β-GREEDY (LaTeX $\beta$ written as β, tuning13's δ-CR rule) and MIX ("We present the ... policy"); the "differential analysis technique" lower case; viral marketing etc. are example applications; guarantees not results
        proposed=[E("β-GREEDY"), E("MIX")],
        tasks=["adaptive submodular maximization", "stochastic knapsack constraints",
               "adaptive weak submodular maximization"])),
    ("corl2025:VVhAhzr2WV", dict(  # "We introduce Real2Render2Real (R2R2R)"; 3D Gaussian Splatting (3DGS) used; IsaacLab the rendering engine the meshes are made compatible with ("like IsaacLab", read as the actual engine, tuning16's actual-instance call; uncertain, like heldout4's Isaac Sim); VLA models / imitation learning policies generic; 150 teleoperation demonstrations is a comparison setting, not a result
        proposed=[E("Real2Render2Real", "R2R2R")],
        methods_used=[E("3D Gaussian Splatting", "3DGS"), E("IsaacLab")],
        tasks=["robot training data generation", "robot learning from human demonstration",
               "scaling robot data"])),
    ("wacv2023:ee1aada25a", dict(  # descriptive title; "track-aware feature aggregation" and the cuboid-aware baseline are lower-case descriptions; IoU defines actor motion, not an evaluation metric; MultiSports ("the large-scale MultiSports dataset", trimmed); "state-of-the-art" without a number
        datasets=[D("MultiSports")],
        tasks=["spatio-temporal action detection", "action tube detection", "actor tracking",
               "feature aggregation under large motion"])),
    ("www2025:doyAPsYKf6", dict(  # "we introduce LLaRD"; Chain-of-Thought (CoT) the existing technique its novel CoT variant builds on (dev's ReFT); Information Bottleneck (IB) principle a named principle used (like heldout5's Shapley value; uncertain); LLMs generic; "recommendation accuracy" recorded without a number (INRet rule; uncertain)
        proposed=[E("LLaRD")],
        methods_used=[E("Chain-of-Thought", "CoT"), E("Information Bottleneck", "IB")],
        metrics=["recommendation accuracy"],
        tasks=["denoising recommendation", "recommender systems", "implicit feedback denoising",
               "LLM-enhanced recommendation"])),
    ("icml2017:775", dict(  # title name "Hierarchical Power Priors" (the abstract's "non-conjugate hierarchical priors"; heldout3-6 title rule; uncertain); the variational inference scheme unnamed; conjugate exponential models a model class; three real data sets unnamed
        proposed=[E("Hierarchical Power Priors")],
        tasks=["data stream modeling", "concept drift adaptation", "continuous model updating"])),
    ("cvpr2014:073f3f6d29", dict(  # "The proposed Hash-SVM"; its hashing scheme unnamed; SVM the base (tuning11's SVM); RKHS left out (tuning14); accuracy ("comparable accuracies"); "more than ten times faster" not recorded (no numeral, tuning1 / tuning7 rule; uncertain); 1 million images a size, benchmarks unnamed
        proposed=[E("Hash-SVM")],
        methods_used=[E("SVM")],
        metrics=["accuracy"],
        tasks=["large-scale visual classification", "kernel SVM scalability",
               "hashing-based kernel approximation"])),
    ("icra2019:8793873", dict(  # descriptive title, the yaw-torque method unnamed; the quoted "iso-lift" regime is a flight condition, not a method (not recorded; uncertain, tuning2's quoted "Local Search" rule could put it in proposed); Harvard RoboBee the robot used (like Atlas / Baxter; alias the text's "RoboBee"); the quoted existing "split-cycling" technique (tuning17's quoted "random selection"; uncertain); heading controller generic; "an order of magnitude faster" has no numeral
        methods_used=[E("Harvard RoboBee", "RoboBee"), E("split-cycling")],
        tasks=["yaw torque generation", "flapping-wing micro-aerial vehicle control",
               "in-flight yaw control"])),
    ("naacl2022:2022.findings-naacl.159", dict(  # title name "Global History Reasoning" (the abstract says "our method"; "GHR" appears only in the URL, so not an alias, tuning2's MHD rule; uncertain); multi-layer transformers used (tuning20's transformers; uncertain); QuAC; F1 score 73.7% and the 1% gain
        proposed=[E("Global History Reasoning")],
        methods_used=[E("transformers")],
        datasets=[D("QuAC")],
        metrics=["F1 score"],
        tasks=["conversational question answering", "history-dependent reasoning",
               "long-distance dependency modeling"],
        repos=["https://github.com/jaytsien/GHR"],
        results=[R("F1 score", "73.7%", "QuAC"), R("F1 score improvement", "1%", "QuAC")])),
    ("3dv2025:HJo4ckJG0Q", dict(  # "we present TEDRA"; the subtitle does not spell TEDRA letter for letter ("Photoreal"), so no alias (tuning1's CAVIA rule); NAIP-SDS a named sub-component with its long form; Score Distillation Sampling is inside that name and not named separately (tuning7's S2TNet rule; uncertain); diffusion model, signed distance and radiance field, time-step annealing generic; "visual quality" not a named metric
        proposed=[E("TEDRA"),
                  E("Normal Aligned Identity Preserving Score Distillation Sampling", "NAIP-SDS")],
        tasks=["text-based avatar editing", "clothing style editing", "dynamic 3D avatars"])),
    ("alt2025:PFKk0M8mrS", dict(  # theory + method: "a new online feasible point method" with the title "Online Feasible Point Method", recorded as the abstract writes it (heldout6's "composite randomized incremental gradient method" / tuning11's rule; least certain); benign GNEPs are the problem class it identifies (tasks); penalty-function approaches generic
        proposed=[E("online feasible point method")],
        tasks=["generalized Nash equilibrium problems", "multi-agent online learning",
               "online learning with joint constraints"])),
    ("aaai2022:00753", dict(  # "a general learning-based framework, Reference-guided Image Synthesis Assessment (RISA)"; the pixel-wise interpolation scheme, binary classifiers and unsupervised contrastive loss are lower-case descriptions; GANs the models whose outputs are assessed (tuning12's RepMix GANs; uncertain); "consistent with human preference" not a named metric (tuning1's human preference rule); datasets unnamed
        proposed=[E("Reference-guided Image Synthesis Assessment", "RISA")],
        methods_used=[E("Generative Adversarial Networks", "GANs")],
        tasks=["single generated image assessment", "reference-guided image synthesis",
               "image quality assessment", "GAN evaluation"])),
    ("automl2024:2039f090fd", dict(  # "introduces HoNCAML (Holistic No-Code Auto Machine Learning)": the short name leads (tuning12's TEGLO / ORFA rule), long form alias; analogous libraries and public datasets unnamed
        proposed=[E("HoNCAML", "Holistic No-Code Auto Machine Learning")],
        tasks=["automated machine learning", "no-code AutoML", "accessible machine learning"])),
    ("iclr2017:rkuDV6iex", dict(  # empirical study; networks and stochastic optimization methods unnamed
        tasks=["loss surface analysis", "deep network optimization",
               "stochastic optimization methods"])),
    ("colm2024:sKNIjS2brr", dict(  # "we propose VideoDirectorGPT"; its video generator "named Layout2Vid" is a named sub-component (heldout6's KBP rule); GPT-4 the video planner LLM; "video plan" a quoted artefact, not a method; no named metric or data
        proposed=[E("VideoDirectorGPT"), E("Layout2Vid")],
        methods_used=[E("GPT-4")],
        tasks=["multi-scene video generation", "text-to-video generation",
               "LLM-guided video planning", "layout-controlled video generation"])),
    ("acml2024:45b1c9546c", dict(  # theory; the DP learner and the threshold-on-angles algorithm are unnamed; Kaplan et al., 2020 named only by authors; sample complexities are bounds, not results
        tasks=["private learning of half-spaces", "differentially private learning",
               "sample complexity"])),
    ("coling2022:2022.coling-1.388", dict(  # "a byte-based multilingual neural machine translation system (BMNMT)": the acronym covers the words before "system", so they are the name (tuning17's SSA rule, lower case per tuning9's ACF rule) and the full form a second alias (tuning13's CROP rule); the random byte mapping method lower case; byte tokenization / subword MNMT generic; BLEU; "+18.5 BLEU points" ("up to" dropped) and "840%" relative improvement, dataset "" (twelve language pairs unnamed)
        proposed=[E("byte-based multilingual neural machine translation", "BMNMT",
                    "byte-based multilingual neural machine translation system")],
        metrics=["BLEU"],
        tasks=["multilingual neural machine translation", "endangered language translation",
               "byte-level tokenization"],
        results=[R("BLEU", "+18.5 BLEU points"), R("relative BLEU improvement", "840%")])),
    ("acl2021:2021.acl-long.380", dict(  # descriptive title; the framework, decomposable risk function and learning algorithm are unnamed; minimum risk training (tuning2 recorded it; uncertain) and the expectation maximization (EM) algorithm (covered words as name, tuning20's EM rule); twenty-one datasets unnamed
        methods_used=[E("minimum risk training"), E("expectation maximization", "EM")],
        tasks=["zero-shot sequence labeling", "cross-lingual sequence labeling",
               "cross-domain sequence labeling", "learning from pseudo-labels"])),
    ("iros2009:5354328", dict(  # descriptive title, the framework unnamed; Workflow / classical planning / Bayesian learning model generic; QoS is a composition criterion, not an evaluation metric; truncated abstract ("Show More")
        tasks=["robotic services composition", "ubiquitous robotics", "service execution monitoring",
               "QoS estimation"])),
    ("nips2004:db413219ec", dict(  # title name + "our maximum margin clustering technique": title form recorded; support vector machines (semi-supervised training of SVMs); spectral clustering only an analogy ("in the same manner as"; uncertain); semidefinite / convex integer programs generic (tuning15); "more accurate results" names no metric (tuning15's GED call)
        proposed=[E("Maximum Margin Clustering")],
        methods_used=[E("support vector machines")],
        tasks=["clustering", "semi-supervised learning", "semi-supervised SVM training"])),
    ("rss2018:04c5f6dad4", dict(  # "We present differentiable particle filters (DPFs)": lower-case long form with coined acronym (ACF rule; the title's capitalised form differs only in case); "the particle filter algorithm" is the existing algorithm DPFs implement, named separately from the proposed name (tuning13's PPO rule; uncertain, tuning15 / tuning16 left particle filters out where they were a family or only examples); long short-term memory networks the compared model (dev P094); error rate; "~80%" reduction, dataset ""
        proposed=[E("differentiable particle filters", "DPFs")],
        methods_used=[E("particle filter"), E("long short-term memory networks")],
        metrics=["error rate"],
        tasks=["state estimation", "end-to-end learning with algorithmic priors", "robot localization"],
        repos=["https://github.com/tu-rbo/differentiable-particle-filters"],
        results=[R("error rate reduction", "~80%")])),
    ("uai2023:8741d7b460", dict(  # "we introduce HAMBO"; the title "Hallucinated adversarial control" is sentence case and does not spell HAMBO (not recorded); Bayesian Neural Networks left out as a model family (like GPs, heldout5 / 6; uncertain); continuous control environments unnamed; bounds not results
        proposed=[E("HAMBO")],
        tasks=["conservative off-policy evaluation", "offline policy evaluation",
               "model-based reinforcement learning"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
