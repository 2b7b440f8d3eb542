#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning26/input.jsonl -> gold.jsonl.

Tuning set 26: 40 real corpus abstracts drawn by bench/tuning26/sample.py (seed 20261218),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md, ../tuning13/README.md,
../tuning14/README.md, ../tuning15/README.md, ../tuning16/README.md, ../tuning17/README.md,
../tuning18/README.md, ../tuning19/README.md, ../tuning20/README.md, ../tuning21/README.md,
../tuning22/README.md, ../tuning23/README.md, ../tuning24/README.md and ../tuning25/README.md,
the format of ../tuning25/annotate.py (its first 80 lines: the header and the first entries; and
its last five lines) and ../heldout_annotation.py, the structure of ../tuning25/README.md, and the
draw code (../heldout_sampling.py and sample.py); the draw's skip list was matched against the
earlier sets' input.jsonl ids and titles by a script (no annotations read) and the skipped titles
looked up in the corpus. kg was never run on these abstracts and its code and outputs were never
read; set 27 (annotated at the same time) was not read. Titles and ids are copied from
input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning26/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("uai2019:c00db694c0", dict(  # descriptive title, the "efficient model integration algorithm" is unnamed; WMI and WMC are problems (WMI in tasks, WMC only the problem it extends); the WMI solvers are unnamed; "dramatic speedups" recorded as speedup without a number (heldout6's Bayesian Stein networks call; uncertain, tuning22 left CLOSURE's "faster" out); "computational efficiency" not
        metrics=["speedup"],
        tasks=["weighted model integration", "probabilistic inference",
               "probabilistic programming"])),
    ("naacl2024:2024.naacl-long.425", dict(  # dataset paper: IndiSentiment140 (title "Sentiment Analysis Dataset") introduced; Sentiment140 ("the Sentiment140 dataset", trimmed) is the translated source; Google Translate is the system used (like tuning8's Blender / tuning20's Google Glass; uncertain); 22 Indian languages is a size
        methods_used=[E("Google Translate")],
        datasets=[D("IndiSentiment140", introduced=True), D("Sentiment140")],
        tasks=["sentiment analysis", "low-resource Indian languages",
               "machine translation for dataset creation"])),
    ("colt2022:7499c9a8ce", dict(  # theory: outer bounds on projected distributions; projection pursuit and ICA are only "such as" applications (tuning10 / tuning11 rules); Wasserstein distance, KL divergence and Renyi information dimension are measures of the analysis, not metrics; two-layer networks generic
        tasks=["high-dimensional projection pursuit", "low-dimensional projections of data",
               "interpolation threshold of neural networks"])),
    ("eccv2018:e664ae9d5b", dict(  # descriptive title; "a contrario detection" left out as a lower-case detection framework (uncertain, heldout5 records specific lower-case prior methods); the three datasets unnamed; "performance" and "spurious vanishing points" are not named metrics
        tasks=["vanishing point detection", "horizon line detection"])),
    ("nips2017:9248", dict(  # "Thy Friend is My Friend" is a pun; the subtitle "Iterative Collaborative Filtering" is recorded as the title name (abstract: "a novel iterative, collaborative filtering-style algorithm"; uncertain, like tuning13's "Robust Importance Weighting", though tuning16 reads existing-technique-plus-adjective titles as descriptive); collaborative filtering generic (tuning12); MSE and sample complexity are theoretical quantities; matrix completion, graphon estimation and community detection are the special instances (tasks); SBMs only the setting of one instance
        proposed=[E("Iterative Collaborative Filtering")],
        tasks=["sparse matrix estimation", "matrix completion", "graphon estimation",
               "community detection"])),
    ("icra2003:1242270", dict(  # no named method or data; the "Lagrange formulation" and Lagrange multipliers left out as a generic mechanics formulation (like tuning20's Lyapunov functions; uncertain); the surgical simulator / haptic interface unnamed
        tasks=["dynamic modeling of parallel robots", "surgical simulation", "haptic interfaces"])),
    ("www2025:V8lBZMzahD", dict(  # "a dual intention escape (DIE) jailbreak attack framework": lower-case long form with coined acronym is the name (tuning9's ACF rule), the title's capitalised form differs only in case; IMC and IMI modules are named sub-components (long forms names, acronyms aliases); the recursive decomposition / contrary intention nesting blocks are lower-case descriptions; GPT3.5-turbo copied as written; ASR-R / ASR-G recorded as written (not expanded); anchoring effect / availability bias are psychology concepts
        proposed=[E("dual intention escape", "DIE"),
                  E("Intention-anchored Malicious Concealment", "IMC"),
                  E("Intention-reinforced Malicious Inducement", "IMI")],
        methods_used=[E("GPT3.5-turbo")],
        metrics=["ASR-R", "ASR-G"],
        tasks=["jailbreak attack", "LLM safety", "adversarial prompt generation"],
        results=[R("ASR-R", "100%"), R("ASR-G", "92.9%")])),
    ("rss2014:15a88831e9", dict(  # descriptive title ("An Online Sparsity-Cognizant Loop-Closure Algorithm"); l1-minimization and convex optimization generic; "public real-world datasets" unnamed
        tasks=["loop-closure detection", "visual navigation", "sparse convex optimization"])),
    ("wacv2025:1dae4ad335", dict(  # "global-guided focal neural radiance field (GF-NeRF)": lower-case long form with coined acronym is the name (tuning9's ACF rule), the title's capitalised form differs only in case; NeRF named separately as the existing representation (tuning13's PPO rule; "NeRFs" the text's plural); the Global / Focal stages and global-guided training strategy are not separate names; project page kept with trailing slash
        proposed=[E("global-guided focal neural radiance field", "GF-NeRF")],
        methods_used=[E("Neural radiance fields", "NeRF", "NeRFs")],
        tasks=["large-scale scene rendering", "neural rendering", "novel view synthesis"],
        repos=["https://shaomq2187.github.io/GF-NeRF/"])),
    ("emnlp2022:2022.findings-emnlp.70", dict(  # descriptive title, the action-sequence approach is unnamed; PLMs generic; the three structured prediction tasks are named as tasks
        tasks=["structured prediction", "named entity recognition", "end-to-end relation extraction",
               "coreference resolution"])),
    ("corl2022:KXkzplx6H2K", dict(  # "a novel MARL method called Socially-Attentive Policy Optimization (SAPO)": long form name, acronym alias; MARL, the self-attention module and social-aware integration mechanism generic / lower case; MASD is the problem; "safety and efficiency" not named metrics
        proposed=[E("Socially-Attentive Policy Optimization", "SAPO")],
        tasks=["multi-agent self-driving", "multi-agent reinforcement learning",
               "social preference estimation"])),
    ("aistats2020:7a1e32c8f9", dict(  # theory + experiments, descriptive title; One-Versus-One (OVO) the analysed approach (long form name, acronym alias); the Bradley-Terry-Luce-Plackett model ("model" trimmed, full form alias) is the named preference model of the RMR setting (heldout5's BTL; uncertain, it describes the related problem); label ranking and ranking median regression (RMR) are problems
        methods_used=[E("One-Versus-One", "OVO"),
                      E("Bradley-Terry-Luce-Plackett", "Bradley-Terry-Luce-Plackett model")],
        tasks=["label ranking", "multiclass classification", "ranking median regression"])),
    ("acl2022:2022.findings-acl.54", dict(  # "a novel Cross-Modal Cloze (CMC) task" is a coined task, so tasks not proposed (tuning8's k-experts rule); the PLM-based approach is unnamed; the two brain imaging datasets unnamed; top-1 / top-5 accuracy results averaged over participants (dataset "")
        metrics=["top-1 accuracy", "top-5 accuracy"],
        tasks=["cross-modal cloze task", "brain-to-word decoding", "neural decoding"],
        results=[R("top-1 accuracy", "28.91%"), R("top-5 accuracy", "54.19%")])),
    ("aaai2021:09179", dict(  # RT3D (title); "kernel group structured (KGS) sparsity": the acronym covers the modifier, so the covered words are the name (tuning17's SSA rule) with "KGS" and the written "KGS sparsity" as aliases (uncertain); "vanilla structured sparsity" and the "reweighted regularization pruning algorithm" are lower-case descriptions; C3D and R(2+1)D are the executed models; FLOPs only the denominator of the pruning rate (not recorded; uncertain); 29.1x with "up to" dropped; 150 ms an outcome time (tuning1's "33ms"); 16 video frames a setting
        proposed=[E("RT3D"), E("kernel group structured", "KGS", "KGS sparsity")],
        methods_used=[E("C3D"), E("R(2+1)D")],
        metrics=["speedup", "inference time", "accuracy"],
        tasks=["3D CNN acceleration on mobile devices", "model compression", "weight pruning",
               "real-time inference"],
        results=[R("speedup in end-to-end inference time", "29.1x"),
                 R("accuracy loss", "1%~1.5%"),
                 R("end-to-end inference time for 16 video frames", "within 150 ms")])),
    ("acml2022:db13fa0b2a", dict(  # title name "Partial Risk Regularization" (the abstract's lower-case "a partial risk regularization"; tuning9's "Guided Continued Pre-training" rule; uncertain); the unbiased risk estimator unnamed; no data named
        proposed=[E("Partial Risk Regularization")],
        tasks=["learning from multiple unlabeled datasets", "multi-class classification",
               "weakly supervised learning"])),
    ("iclr2018:rJL6pz-CZ", dict(  # descriptive title; the two transfer-learning methods are unnamed; "transport operators" (prior work's "called transport operators", lower case) recorded as the existing model used (tuning10's visual hull rule; uncertain); the "classic swiss roll" recorded as a dataset (uncertain, a toy data structure); few-shot classification data unnamed
        methods_used=[E("transport operators")],
        datasets=[D("swiss roll")],
        tasks=["transfer learning", "manifold learning", "data augmentation",
               "few-shot image classification"])),
    ("iros2014:6942749", dict(  # sentence-case descriptive title; low-discrepancy sequences and matrix subset selection generic; the condition number is the design criterion, not an evaluation metric (uncertain); camera imaging model and robot multibody model are the learned models
        tasks=["well-conditioned trajectory planning", "model learning",
               "robot dynamics identification", "camera model learning"])),
    ("alt2025:nZIFBtNuJi", dict(  # theory: descriptive title; "a property we call well-structuredness" recorded as a coined notion (heldout5's "we refer to as" rule; lower case, uncertain); dictionary learning and factor analysis are the linear problem (tasks)
        proposed=[E("well-structuredness")],
        tasks=["combinatorial dictionary learning", "dictionary learning",
               "latent component identification"])),
    ("automl2023:83079e90e4", dict(  # AlphaD3M (title, "We present"); deep reinforcement learning and meta-learning generic; Python left out (tuning8); the AutoML systems compared unnamed
        proposed=[E("AlphaD3M")],
        tasks=["automated machine learning", "ML pipeline construction",
               "user-in-the-loop AutoML"])),
    ("3dv2025:yEm69udegI", dict(  # Garment3DGen (title, "We introduce"); image-to-3D diffusion methods generic; the mesh deformation procedure and losses unnamed; "Code will be publicly available" has no URL
        proposed=[E("Garment3DGen")],
        tasks=["3D garment generation", "garment stylization", "texture generation",
               "mesh deformation"])),
    ("coling2025:2025.coling-main.708", dict(  # analysis paper, no named method or data; the log-linear encoding is a finding; "more than 30%" deletable dimensions recorded as an analysis outcome (tuning13's "~94%" / tuning18's "about 82%"; uncertain)
        tasks=["output embedding analysis", "token probability encoding",
               "language model interpretability"],
        results=[R("output embedding dimensions deletable", "more than 30%")])),
    ("ijcai2022:paper207", dict(  # "denoted as Self-Correction Mean Teacher(SCMT)": long form name, acronym alias; teacher-student framework generic; Mean Teacher only inside the name; "MS-COCO benchmark" (benchmark; "benchmark" trimmed); COCO-standard / COCO-additional are settings of MS-COCO, so all four results carry MS-COCO (uncertain for the COCO-additional pair); comparison words kept
        proposed=[E("Self-Correction Mean Teacher", "SCMT")],
        benchmarks=[D("MS-COCO")],
        metrics=["mAP"],
        tasks=["semi-supervised object detection", "noisy pseudo-labels", "object detection"],
        results=[R("mAP improvement over supervised baseline (COCO-standard)", "more than 11%", "MS-COCO"),
                 R("mAP improvement over state of the art (COCO-standard)", "about 1.5%", "MS-COCO"),
                 R("mAP improvement over supervised baseline (COCO-additional)", "4.9%", "MS-COCO"),
                 R("mAP improvement over previous methods (COCO-additional)", "1.2%", "MS-COCO")])),
    ("cvpr2015:5ba982933a", dict(  # "a High-fidelity Pose and Expression Normalization (HPEN) method": long form name, acronym alias (the title's "High-Fidelity" differs only in case); the landmark marching assumption, pose adaptive 3DMM fitting algorithm and identity preserving 3D transformation are lower-case descriptions; 3DMM used; "Possion Editing" copied as written (the existing editing method the inpainting is based on); face recognition "performance" not a named metric
        proposed=[E("High-fidelity Pose and Expression Normalization", "HPEN")],
        methods_used=[E("3D Morphable Model", "3DMM"), E("Possion Editing")],
        datasets=[D("Multi-PIE"), D("LFW")],
        tasks=["pose and expression normalization", "face recognition", "3DMM fitting"])),
    ("colm2025:gOKTe1KI8K", dict(  # "anew architecture StagFormer (Staggered Transformer)": the short name leads (tuning12's TEGLO rule), long form alias; the title's "Time Staggering Decoder only Transformers" is not letter for letter; Transformer named separately as the base architecture (tuning13's PPO / tuning17's DocTime rule; uncertain); bounded window attention and the recurrent approximation generic; "latency gains" left out (no number; uncertain); 33% with "up to" dropped
        proposed=[E("StagFormer", "Staggered Transformer")],
        methods_used=[E("Transformer")],
        metrics=["speedup"],
        tasks=["parallel decoding", "efficient language model inference", "language modeling"],
        results=[R("decoding speedup", "33%")])),
    ("iccv2013:6b82c8c9cf", dict(  # descriptive title ("A General Two-Step Approach ..."), the framework is unnamed; binary quadratic problems and binary classifiers generic; no data named
        tasks=["learning-based hashing", "hash function learning", "hash bit learning"])),
    ("icml2013:8bdb5a636a", dict(  # title name "Factorial Multi-Task Learning" (the abstract says only "a framework"; heldout3-6 rule; uncertain); the hierarchical beta process prior (extended; "prior" trimmed with the full form as alias, tuning13's CROP rule) and the Dirichlet process (used) are named prior models (tuning11's CRP); the new Bayesian nonparametric prior unnamed; datasets unnamed
        proposed=[E("Factorial Multi-Task Learning")],
        methods_used=[E("hierarchical beta process", "hierarchical beta process prior"),
                      E("Dirichlet process")],
        tasks=["multi-task learning", "task grouping", "multi-task regression",
               "multi-task classification"])),
    ("uai2019:1b3de5c8ce", dict(  # theory: g-identifiability (gID, "We call this problem") is a coined problem, so tasks (tuning8's rule); identifiability and z-identifiability are the encompassed problems; the italicised "hedgelets" and "thickets" left out (not claimed as coined, tuning22's PURSE rule; uncertain); do-calculus the analysed existing calculus; citations dropped
        methods_used=[E("do-calculus")],
        tasks=["g-identifiability", "causal effect identification", "z-identifiability",
               "causal inference"])),
    ("naacl2021:2021.naacl-main.422", dict(  # probing study: the probing model is unnamed; contextual / visually grounded language models generic; no named data
        tasks=["probing contextual language models", "visual grounding of language",
               "image patch retrieval"])),
    ("colt2018:06bab633f5", dict(  # theory: "Private Sequential Learning" names the formulated problem (tasks), not a method; query complexity bounds theoretical; query strategies unnamed
        tasks=["private sequential learning", "query complexity", "learner privacy"])),
    ("eccv2020:88fdf77e33", dict(  # title name "Stochastic Bundle Adjustment" (the abstract's lower-case "a stochastic bundle adjustment algorithm"; tuning9's rule; uncertain, bundle adjustment itself is existing, tuning16's adjective rule could make it descriptive); Levenberg-Marquardt (LM) the solver decomposed inside (tuning11); the Reduced Camera System (RCS) is a linear system, not a method (uncertain); chance constrained / sampled convex programs generic; image sets unnamed
        proposed=[E("Stochastic Bundle Adjustment")],
        methods_used=[E("Levenberg-Marquardt", "LM")],
        tasks=["bundle adjustment", "large-scale 3D reconstruction", "distributed optimization"])),
    ("nips1988:cad96f0e44", dict(  # title name "Automatic Local Annealing" (the abstract says only "a method"); the Boltzmann machine (Ackley et al 1985) is the compared system; the OCR garbling ("butt", "alt") ignored
        proposed=[E("Automatic Local Annealing")],
        methods_used=[E("Boltzmann machine")],
        tasks=["constraint satisfaction networks", "global optimization", "annealing"])),
    ("icra2015:7139803", dict(  # descriptive title; FEM recorded as the named central modelling method (capitalised with acronym, tuning21's MoE call; uncertain, tuning13 left "finite elements" out); the Block-Tri-Diagonal solver left out as a solver class (tuning25's augmented Lagrangian; uncertain); the CBHA trunk (Festo) is the real robot used (like Atlas / Allegro), "CBHA trunk" as written alias; computation time recorded (tuning12's rule); "several order of magnitude" has no numeral; "good precision" not recorded (uncertain)
        methods_used=[E("Finite Element Method", "FEM"), E("CBHA", "CBHA trunk")],
        metrics=["computation time"],
        tasks=["continuum robot modeling", "continuum robot control",
               "finite element modeling", "real-time simulation"])),
    ("www2025:mjzss9Xg76", dict(  # GraphCLIP (title, "we propose the GraphCLIP framework"); the graph-summary pretraining method and graph prompt tuning technique are lower-case descriptions; LLMs and invariant learning generic; the graph-summary pair data unnamed
        proposed=[E("GraphCLIP")],
        tasks=["text-attributed graphs", "graph foundation models",
               "cross-domain zero-shot transfer", "graph prompt tuning"],
        repos=["https://anonymous.4open.science/r/GraphCLIP"])),
    ("rss2019:7e18422acf", dict(  # Segment2Regress ("called Segment2Regress", also title); segment / regression networks and the coupling loss are lower-case descriptions; "KITTI bird's eye view dataset" trimmed; "accuracy" without a number (heldout5's INRet rule; uncertain)
        proposed=[E("Segment2Regress")],
        datasets=[D("KITTI bird's eye view")],
        metrics=["accuracy"],
        tasks=["monocular 3D vehicle localization", "3D vehicle detection"])),
    ("wacv2023:7654e9fa3b", dict(  # descriptive title (the "new 3D face generative model" is unnamed); VAE / GANs first appear as "e.g." examples, but the model is built from "generative adversarial networks", recorded as written with "GANs" alias (tuning10 / 12; uncertain); supervised auto-encoder generic; Action Unit labels an annotation scheme
        methods_used=[E("generative adversarial networks", "GANs")],
        tasks=["3D face modeling", "3D face generation", "expression control",
               "identity-expression disentanglement"])),
    ("emnlp2022:2022.emnlp-main.283", dict(  # "Evidence > Intuition" is a title slogan, not a name; LogME adopted (long form name, acronym alias); the 94% of setups is an analysis outcome (tuning13's "~94%"); 10 NLP tasks a setting; human practitioner ranking not a metric
        methods_used=[E("Logarithm of Maximum Evidence", "LogME")],
        tasks=["transferability estimation", "encoder selection", "language model ranking"],
        results=[R("setups where LogME positively correlates with final LM performance", "94%")])),
    ("corl2024:SFJz5iLvur", dict(  # lessons paper, no named method or data; RL generic; the simulated trajectory dataset unnamed; "less than 50 trajectories" a setting, "more than ten" objects has no numeral; the video page is recorded (tuning1's video link), trailing period dropped, slash kept
        tasks=["in-hand manipulation", "pen spinning", "sim-to-real transfer"],
        repos=["https://corl-2024-dexpen.github.io/"])),
    ("aistats2024:93b1abe525", dict(  # descriptive title (the problem); the local privatization mechanisms are unnamed; differential privacy and secure aggregation generic (tuning11); confidence-interval width is the utility analysis quantity, not recorded (uncertain)
        tasks=["private experiment design", "average treatment effect estimation",
               "differential privacy", "A/B testing"])),
    ("acl2022:2022.findings-acl.32", dict(  # title name "Dynamically Refined Regularization" (the abstract describes only "dynamic refinement of the list of terms"; heldout3-6 rule; uncertain); attribution methods and static dictionaries generic; "cross-corpora performance" not a named metric
        proposed=[E("Dynamically Refined Regularization")],
        tasks=["cross-corpora hate speech detection", "hate speech detection",
               "spurious correlation mitigation"])),
    ("aaai2021:08912", dict(  # descriptive title ("Scalable Graph Networks" read as graph networks plus an adjective, tuning16's rule; uncertain); the hierarchical graph approach is unnamed; the evaluated "phase space position accuracy" and "energy conservation" recorded (the second uncertain); complexities O(N), O(N log N) theoretical
        metrics=["phase space position accuracy", "energy conservation"],
        tasks=["particle simulation", "learning physical system dynamics",
               "gravitational N-body simulation"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
