#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning52/input.jsonl -> gold.jsonl.

Tuning set 52: 40 real corpus abstracts drawn by bench/tuning52/sample.py (seed 20261244),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md and ../tuning7/README.md through ../tuning51/README.md (each printed from
that heading to the next top-level section), the format of ../tuning31/annotate.py (its first 80
lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 53 to 59 (annotated at the same time and
drawn after this one) were not read at all. Titles and ids are copied from input.jsonl so they are
exact; everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set:
its gold may be read and rules developed against it (see README.md).

    python3 bench/tuning52/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("www2025:JWdOPrwBsF", dict(  # descriptive title; the "novel randomized dynamic pricing mechanism" is unnamed; OSDoS is the problem (tasks, tuning8's k-experts rule); competitive ratio and social welfare are theoretical quantities / the objective, not metrics
        tasks=["online k-selection with diseconomies of scale", "posted price mechanism design",
               "online allocation", "dynamic pricing"])),
    ("icra2023:10160291", dict(  # title name "Guided Learning from Demonstration" (the abstract's lower-case "a new guided learning from demonstration paradigm"; tuning9's "Guided Continued Pre-training"; uncertain, it reads close to LfD plus an adjective); LfD is the paradigm (a task); UR5 and Sawyer are the robots used (heldout5's Atlas, tuning48's Sawyer) and VICON the tracking system used (tuning10's GelSight; uncertain); the GUI and motion planning framework are generic; the "44%" is the unguided baseline (tuning1's oracle rule), the guided result ("always") has no numeral
        proposed=[E("Guided Learning from Demonstration")],
        methods_used=[E("UR5"), E("Sawyer"), E("VICON", "VICON system")],
        tasks=["learning from demonstration", "cross-robot motion transferability",
               "guided human demonstration"])),
    ("3dv2025:347Ack86Q5", dict(  # ARC-Flow (title); the subtitle is not a letter-for-letter expansion, so no alias (tuning1's CAVIA rule); Neural ODEs as written with the text's "(ODEs)" as alias (uncertain); the capitalised "Varifold formulation" is recorded as the named existing representation used for correspondence (heldout5's Shapley value; uncertain); the skeleton structure is generic; "standard datasets" unnamed
        proposed=[E("ARC-Flow")],
        methods_used=[E("Neural Ordinary Differential Equations", "ODEs"), E("Varifold")],
        tasks=["3D shape interpolation", "dense shape correspondence",
               "articulated shape matching"])),
    ("eccv2022:5a26f43abd", dict(  # the title prefix "Animation from Blur" is read as the task, not a name (it appears in the repo URL, tuning2's MHD rule; uncertain); the motion guidance representation, two-stage decomposition network and unified framework are lower-case descriptions; optical flow generic; synthesized / real-world / video data unnamed; repo's trailing period and closing quote dropped
        tasks=["multi-modal blur decomposition", "motion recovery from a single blurred image",
               "image deblurring"],
        repos=["https://github.com/zzh-tech/Animation-from-Blur"])),
    ("uai2021:70d565a49d", dict(  # descriptive sentence-case title; the "novel model" is unnamed; the Markov decision process is a generic formulation (tuning7 / 23); bounds are theoretical
        tasks=["sunk-cost bias modeling", "planning under cognitive bias",
               "naive and sophisticated agents"])),
    ("nips2006:835e0b16cb", dict(  # descriptive title, the algorithm is unnamed; Laban Movement Analysis is the named theory of movement observation used (tuning22's item response theory); space-time interpolation and regression generic; the motion capture data unnamed
        methods_used=[E("Laban Movement Analysis")],
        tasks=["motion style synthesis", "human motion synthesis", "character animation"])),
    ("ijcai2021:paper640", dict(  # "a novel data structure COLT (Compacted Object-Landmark Tree)": the short name leads (tuning12's TEGLO / ORFA rule); the title's "Hierarchical Graph Traversal" is what COLT enables, a description; AkNN is the studied query (tasks); "more than an order of magnitude" has no numeral
        proposed=[E("COLT", "Compacted Object-Landmark Tree")],
        tasks=["aggregate k nearest neighbors search", "road network query processing",
               "k nearest neighbors query"])),
    ("aistats2025:4fhFayxBO5", dict(  # HistOfTree proposed; "We define semi-feature LDP" is a coined notion (tuning11's "density dimension" / "lossy Wasserstein distance" rule; uncertain, it could be read as a problem setting for `tasks`); the second estimator and tuning strategy are unnamed; LDP itself generic (tuning11 / 18); minimax rates theoretical
        proposed=[E("HistOfTree"), E("semi-feature LDP")],
        tasks=["locally differentially private learning", "non-parametric regression",
               "learning with public features"])),
    ("naacl2022:2022.naacl-main.114", dict(  # analysis paper; the title prefix is a phrase; the neuron-level probe and the multilingual pre-trained models are unnamed; 43 languages / 14 categories are sizes
        tasks=["morphosyntactic probing", "multilingual pre-trained model analysis",
               "cross-lingual neuron overlap"])),
    ("acl2022:2022.acl-long.194", dict(  # KGTuner proposed; the four embedding models are unnamed; "open graph benchmark" copied lower case as written into benchmarks (tuning45's lower-case challenge / benchmark calls; uncertain); the 9.1% is an average relative improvement (metric text descriptive, tuning9's MeRL rule); repo's trailing period dropped
        proposed=[E("KGTuner")],
        benchmarks=[D("open graph benchmark")],
        tasks=["knowledge graph embedding", "hyper-parameter search",
               "knowledge graph learning"],
        repos=["https://github.com/AutoML-Research/KGTuner"],
        results=[R("average relative improvement", "9.1%", "open graph benchmark")])),
    ("iclr2018:ryQu7f-RZ", dict(  # analysis paper; the "new variants of the Adam algorithm" are unnamed (AMSGrad is not in the text); Adam is the analysed algorithm and RMSProp / Adadelta / Nadam the other named members of the analysed family ("such as", read as the actual instances of the analysis, tuning16's call; uncertain for those three); "long-term memory" is a quoted idea, not a name
        methods_used=[E("Adam"), E("RMSProp"), E("Adadelta"), E("Nadam")],
        tasks=["convergence of adaptive optimization methods", "stochastic optimization",
               "deep network training"])),
    ("icml2014:c212fd18fa", dict(  # descriptive title, the stochastic inference algorithm and the minibatch-size algorithm are unnamed; probabilistic matrix factorization (PMF) is the named model class the method infers (tuning9's coordinate-descent rule); "predictive performance" is vague
        methods_used=[E("probabilistic matrix factorization", "PMF")],
        tasks=["probabilistic modeling of binary matrices", "scalable stochastic inference",
               "minibatch size selection"])),
    ("rss2019:f9c1db38a4", dict(  # descriptive title, the online algorithm is unnamed; the 2-approximation and 2L/D-approximation are theoretical bounds, not results
        tasks=["online tethered coverage", "coverage path planning", "cable tangling avoidance"])),
    ("iros2022:9981037", dict(  # HGCN-GJS: the title's "Hierarchical Graph Convolutional Network with Groupwise Joint Sampling" spells it (function word skipped, tuning21's DPA-RAG rule), so the long form is the name (dev's CLAW rule); the joint sampling scheme is lower case and its title form is inside the proposed name; GCN inside the name is not recorded (tuning7); the datasets are unnamed
        proposed=[E("Hierarchical Graph Convolutional Network with Groupwise Joint Sampling",
                    "HGCN-GJS")],
        tasks=["pedestrian trajectory prediction", "group-level interaction modeling",
               "crowd social interaction modeling"])),
    ("wacv2025:2458993a5a", dict(  # Non-Cross Diffusion (quoted in the abstract, the title); diffusion models, ODE models, distillation methods and deterministic sampling are generic; "semantic consistencies" is not a named metric
        proposed=[E("Non-Cross Diffusion")],
        tasks=["semantic consistency in diffusion models", "generative modeling",
               "image editing and interpolation"])),
    ("emnlp2021:2021.emnlp-main.242", dict(  # GAML-BERT: long form is the name (dev's CLAW rule); GA ("we propose GA, a novel training method") is a named sub-component (heldout6's KBP / SRT rule); BERT is named separately as the early-exiting model improved (tuning13's PPO rule); mutual learning, knowledge distillation and cross-entropy generic; GLUE benchmark
        proposed=[E("Gradient Aligned Mutual Learning BERT", "GAML-BERT"), E("GA")],
        methods_used=[E("BERT")],
        benchmarks=[D("GLUE")],
        tasks=["BERT early exiting", "mutual knowledge distillation",
               "efficient language model inference"])),
    ("coling2020:2020.coling-main.245", dict(  # study paper, the proposed neural architecture is unnamed; BERT via its French version ("French BERT" as alias, the text's form); word embeddings generic; MEDIA recorded as a benchmark (an evaluation campaign / shared task, tuning9's MSLR and tuning15's BUCC 2020 rule; uncertain, tuning13 / 47 put "X task" names in `tasks`), with the written "MEDIA Evaluation Task" and "MEDIA task" as aliases
        methods_used=[E("BERT", "French BERT")],
        benchmarks=[D("MEDIA", "MEDIA Evaluation Task", "MEDIA task")],
        tasks=["French spoken language understanding", "spoken language understanding",
               "word embeddings for SLU"])),
    ("colt2021:eeb60201c8", dict(  # theory paper, the PAC active learning algorithm is unnamed; Massart and Tsybakov noise are the problem conditions (tuning18 left them out of `methods_used`), put in `tasks`; "structured distributions" of Diakonikolas et al. named only by authors; label complexity is theoretical
        tasks=["active learning of halfspaces", "learning under Massart noise",
               "learning under Tsybakov noise"])),
    ("cvpr2018:f860ba5659", dict(  # analysis paper; the dense captioning model and the two VQA models are unnamed; attention / localization are generic; success rate recorded with the ">90%" as written (comparison sign kept; dataset "")
        metrics=["success rate"],
        tasks=["adversarial attacks on vision-language models", "dense captioning",
               "visual question answering"],
        results=[R("success rate", ">90%", "")])),
    ("colm2024:jt0R50d5nk", dict(  # CoBSAT ("the first T2I-ICL benchmark dataset", markdown bold stripped) is an introduced benchmark (tuning2's WorkBench "benchmark dataset" call), not `proposed`; the six MLLMs are unnamed; Chain-of-Thought prompting recorded (dev's ReFT CoT), fine-tuning generic; T2I-ICL is the defined task; repo's trailing period dropped
        methods_used=[E("Chain-of-Thought", "Chain-of-Thought prompting")],
        benchmarks=[D("CoBSAT", introduced=True)],
        tasks=["text-to-image in-context learning", "multimodal in-context learning",
               "image generation"],
        repos=["https://github.com/UW-Madison-Lee-Lab/CoBSAT"])),
    ("aaai2021:02504", dict(  # descriptive title; the "novel convex relaxations" are unnamed; neural network verifiers generic; architectures and datasets unnamed
        tasks=["robustness certification", "spatial robustness",
               "vector field attacks", "neural network verification"])),
    ("iccv2015:53f371e1f3", dict(  # title name "Implicit Intentional Motion Clustering" (the abstract's lower-case "implicit intentional movement extraction ... based on spatiotemporal trajectory clustering"; tuning39's "Joint Co-Attention" rule; uncertain); human detection / pose estimation generic; MSR-II from "the challenging MSR-II multi-action video benchmark" (trimmed, tuning7's MPII rule); the other two benchmarks unnamed
        proposed=[E("Implicit Intentional Motion Clustering")],
        benchmarks=[D("MSR-II", "MSR-II multi-action video benchmark")],
        tasks=["action detection", "intentional motion extraction", "action proposal generation"])),
    ("corl2024:zr2GPi3DSb", dict(  # Proprioceptive Contact-Aware Policy (PCAP), long form as the name; the title's "Contact-Aware Policy Learning Approach" is descriptive; the "parametric L-system model" is the named existing procedural formalism used to build the forest (tuning2's LTL rule; uncertain) and domain randomisation is recorded as written (tuning1's domain randomization); reinforcement learning, the contact detection classifier and reward engineering generic
        proposed=[E("Proprioceptive Contact-Aware Policy", "PCAP")],
        methods_used=[E("L-system"), E("domain randomisation")],
        tasks=["tree branch manipulation", "contact-aware policy learning",
               "zero-shot sim-to-real transfer"])),
    ("acml2021:1197f34392", dict(  # h-DBSCAN (title, LaTeX `$h$` written plain); DBSCAN is the improved algorithm and HNSW the applied technique; the linear search structure is generic; accuracy without a number ("without losing or even obtaining better accuracy", heldout5's INRet rule; uncertain); "clustering speed" descriptive
        proposed=[E("h-DBSCAN")],
        methods_used=[E("DBSCAN"), E("HNSW")],
        metrics=["accuracy"],
        tasks=["density-based clustering", "clustering large-scale data",
               "efficient DBSCAN"])),
    ("www2025:3UeAN1zicJ", dict(  # the plug-and-play framework is unnamed and the title is descriptive; the scenario-specific sampling is a lower-case description; factor analysis (FA) is the existing statistical model the framework designs and solves (uncertain, it could be read as the paper's own model); LLMs and the reference-based / reference-free methods generic
        methods_used=[E("factor analysis", "FA")],
        tasks=["uncertainty estimation for LLMs", "hallucination detection",
               "LLM-based question answering"])),
    ("icra2004:1302413", dict(  # descriptive title; timed automata are the named formalism used (tuning2's LTL rule; lower case, uncertain), UPPAAL the verification software used (a tool, tuning12's Lale) and computational tree logic (CTL) the specification logic (used here, unlike tuning47's examples-only CTL); feedback controllers generic
        methods_used=[E("timed automata"), E("UPPAAL"), E("computational tree logic", "CTL")],
        tasks=["multi-robot motion planning", "formal verification of robot plans",
               "multi-robot coordination"])),
    ("3dv2025:45FxQkTEP3", dict(  # title name "Fully-Geometric Cross-attention" (the abstract's "a novel cross-attention mechanism"; uncertain, like tuning39's "Joint Co-Attention"); FLAT appears only in the URL (tuning2's MHD rule); the Gromov-Wasserstein distance is left out as a measure (tuning14 / 26's Wasserstein distances; uncertain, it is central here), Transformer-based architectures and self-attention generic (tuning12 / 33); four datasets; the "Project page" GitHub URL's trailing period dropped
        proposed=[E("Fully-Geometric Cross-attention")],
        datasets=[D("3DMatch"), D("3DLoMatch"), D("KITTI"), D("3DCSR")],
        tasks=["point cloud registration", "low-overlap point cloud registration",
               "point correspondence estimation"],
        repos=["https://github.com/twowwj/FLAT"])),
    ("eccv2022:cf9604858d", dict(  # SALISA leads ("we propose SALISA, a novel non-uniform SALiency-based Input SAmpling technique"), the bold-letter expansion as written its alias (tuning12's TEGLO / ORFA rule; the title's form differs only in case); the differentiable resampling module and the novel loss are lower case; TPS-STN and the EfficientDet checkpoints used / compared; the 77% sentence names no dataset (tuning3's FLIQS rule)
        proposed=[E("SALISA", "SALiency-based Input SAmpling")],
        methods_used=[E("thin plate spline spatial transformer network", "TPS-STN"),
                      E("EfficientDet-D1"), E("EfficientDet-D2"), E("EfficientDet-D3")],
        datasets=[D("ImageNet-VID"), D("UA-DETRAC")],
        metrics=["mAP"],
        tasks=["video object detection", "efficient object detection", "small object detection"],
        results=[R("small object detection improvement (EfficientDet-D1)", "77%", "")])),
    ("uai2021:12f258f895", dict(  # the sentence-case title "Post-hoc loss-calibration" is read as a description (loss-calibration is the existing idea, tuning16's adjective rule; uncertain); the correction methods are unnamed; Bayesian neural networks are a model family (tuning23), Bayesian decision theory the background framework; amortization generic
        tasks=["loss calibration", "Bayesian neural networks",
               "decision making under uncertainty"])),
    ("nips2007:097e2a8901", dict(  # the title "Convex Learning with Invariances" is read as descriptive (convex learning plus "with invariances"; uncertain, heldout4's "Convex Invariance Learning" was recorded as a title name); the convex formulation is unnamed; SVMStruct (the solver family it drops into) and column generation (the named optimisation technique it relies on, lower case but specific, heldout5's rule; uncertain) are used
        methods_used=[E("SVMStruct"), E("column generation")],
        tasks=["learning with invariances", "convex optimization", "kernel methods"])),
    ("ijcai2020:paper402", dict(  # CrowdMKT: long form is the name (dev's CLAW rule), with "CrowdMKT" and the text's typo "CrwodMKT" as aliases (tuning22's ARPT typo rule); EM from "adopts an EM algorithm" (tuning31 / 49's EM; uncertain); the probabilistic graphical model and transfer learning generic; the image and text datasets are unnamed
        proposed=[E("Crowdsourcing with Multiple-source Knowledge Transfer", "CrowdMKT",
                    "CrwodMKT")],
        methods_used=[E("EM", "EM algorithm")],
        tasks=["crowdsourcing", "multi-source knowledge transfer", "annotation aggregation"])),
    ("aistats2024:57db32bd74", dict(  # theory paper, the protocols are unnamed; federated learning is the problem; privacy defenses generic; synthetic experiments only
        tasks=["cross-silo federated learning", "privacy-utility trade-off",
               "mean estimation", "convex stochastic optimization"])),
    ("naacl2024:2024.naacl-long.74", dict(  # SEMQA is the introduced task ("we introduce a new QA task"), so `tasks`, not `proposed` (tuning8's k-experts rule); QuoteSum is the introduced dataset; the text-based evaluation metrics are unnamed; LLMs generic
        datasets=[D("QuoteSum", introduced=True)],
        tasks=["semi-extractive multi-source question answering", "long-form question answering",
               "attributed answer generation"])),
    ("acl2022:2022.acl-long.163", dict(  # PLANET (title; the subtitle does not spell it); the coherence-based contrastive learning objective is lower case; Transformer from "enriches the Transformer decoder" (named separately as the base, tuning17's DocTime rule; uncertain); pre-trained language models, self-attention and bag-of-words generic; automatic / human evaluations unnamed
        proposed=[E("PLANET")],
        methods_used=[E("Transformer")],
        tasks=["long-form text generation", "content planning", "counterargument generation",
               "opinion article generation"])),
    ("iclr2018:H135uzZ0-", dict(  # Dynamic Fixed Point (DFP) proposed ("develop a Dynamic Fixed Point (DFP) scheme"); the shared exponent representation is lower case; the four CNNs used; FP16 / FP32 / INT16 / INT32 and FMA are number formats and hardware operations; Micikevicius et al. named only by authors; CIFAR-10 is only an example of prior work's data (tuning11's examples-only rule); the 1.8X sentence names no dataset (tuning3's FLIQS rule)
        proposed=[E("Dynamic Fixed Point", "DFP")],
        methods_used=[E("ResNet-50"), E("GoogLeNet-v1"), E("VGG-16"), E("AlexNet")],
        datasets=[D("ImageNet-1K")],
        metrics=["accuracy", "training throughput"],
        tasks=["mixed precision training", "integer arithmetic training",
               "low-precision neural network training"],
        results=[R("end-to-end training throughput improvement", "1.8X", "")])),
    ("icml2015:40b5693159", dict(  # theory paper; ListNet is the named method whose cross-entropy loss is analysed; l1 regularization generic (heldout5's L-1 penalties); bounds and rates theoretical
        methods_used=[E("ListNet")],
        tasks=["learning to rank", "generalization error bounds", "subset ranking"])),
    ("rss2023:f6af55c417", dict(  # the approach and method are unnamed; "Epigraph Form Optimal Control" is the standard epigraph reformulation of the OCP (descriptive); the on-policy deep RL algorithm and neural network regression are generic; the F16 fighter jet is a simulated benchmark system, not recorded (tuning33's SLIP call; uncertain); "ten-fold" is a number in words (tuning23)
        tasks=["stabilize-avoid problem", "constrained optimal control", "safe reinforcement learning"])),
    ("iros2023:10342234", dict(  # descriptive title; the control framework and motion generator are unnamed; the "up to 0.6 m/s" speeds are an experimental condition (tuning37's quadrotor speeds), not a result
        tasks=["slosh-free teleoperation", "shared autonomy control",
               "non-prehensile liquid manipulation"])),
    ("wacv2024:3fa4bb48f7", dict(  # "we introduce text-guided face recognition (TGFR)" and "proposed TGFR demonstrates ... improvements": the lower-case long form with its coined acronym is the name (tuning9's ACF rule; the title's form differs only in case), also the central task; FCAM and FCFM are named sub-components (heldout6's KBP rule, lower-case long forms with acronyms); the title's "Multi-Granularity Cross-Modal Contrastive Learning" is descriptive; the three face-caption datasets unnamed
        proposed=[E("text-guided face recognition", "TGFR"),
                  E("face-caption alignment module", "FCAM"),
                  E("face-caption fusion module", "FCFM")],
        tasks=["text-guided face recognition", "low-quality face recognition",
               "cross-modal contrastive learning"])),
    ("emnlp2021:2021.emnlp-main.505", dict(  # the two auxiliary sequence prediction tasks are unnamed; Transformer is the studied model; SCAN ("the SCAN dataset"); grounded-SCAN ("the grounded-SCAN task") recorded as a dataset (uncertain: tuning13 / 47 put "X task" names in `tasks`); the "<= 10%" is the baseline; the MCD1 sentence names no dataset (tuning3's FLIQS rule), 418 (5%) instances kept as the condition
        methods_used=[E("Transformer")],
        datasets=[D("SCAN"), D("grounded-SCAN")],
        metrics=["accuracy"],
        tasks=["compositional generalization", "command-to-action parsing",
               "systematic compositionality"],
        results=[R("accuracy on multiple challenging splits", "100%", "SCAN"),
                 R("accuracy on the MCD1 split with 418 training instances", "97.8%", "")])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
