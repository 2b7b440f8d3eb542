#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning10/input.jsonl -> gold.jsonl.

Tuning set 10: 40 real corpus abstracts drawn by bench/tuning10/sample.py, annotated blind by a
helper session that read only each paper's title and abstract, ../../../shared/eval/GUIDELINES.md
(the authority), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md and ../tuning9/README.md, and the
format of ../tuning9/annotate.py and ../heldout_annotation.py. kg was never run on these abstracts
and its code and outputs were never read. Titles and ids are copied from input.jsonl so they are
exact; everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set:
its gold may be read and rules developed against it (see README.md).

    python3 bench/tuning10/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("coling2025:2025.coling-main.203", dict(  # title name (least certain); ORPO, Gemma-2B used
        proposed=[E("Self-Iterative Process Feedback")],
        methods_used=[E("odds ratio preference optimization", "ORPO"), E("Gemma-2B")],
        datasets=[D("GSM8K"), D("MBPP")],
        benchmarks=[D("MMLU_Math"), D("HumanEval")],
        metrics=["accuracy", "Pass@1"],
        tasks=["small language model reasoning", "preference alignment", "process supervision"],
        results=[R("accuracy improvement over SFT (Gemma-2B)", "12.43", "GSM8K"),
                 R("Pass@1 improvement over SFT (Gemma-2B)", "3.95", "MBPP")])),
    ("automl2023:6071c090a1", dict(  # AutoPatch; the new rwAP metric in proposed and metrics
        proposed=[E("AutoPatch"), E("region-weighted Average Precision", "rwAP")],
        datasets=[D("MVTec")],
        metrics=["rwAP"],
        tasks=["visual anomaly segmentation", "neural architecture search",
               "industrial quality control"],
        repos=["https://github.com/tommiekerssies/AutoPatch"])),
    ("cvpr2015:f5df9ee60e", dict(  # unnamed; the extended reaction diffusion models (least certain)
        methods_used=[E("nonlinear reaction diffusion models")],
        tasks=["image restoration", "learning reaction diffusion processes",
               "efficient image restoration"])),
    ("acml2019:08127c3c56", dict(  # Encoding Adversarial Network (AnoEAN); GANs prior work
        proposed=[E("Encoding Adversarial Network", "AnoEAN")],
        methods_used=[E("Generative Adversarial Networks", "GANs")],
        tasks=["anomaly detection", "adversarial representation learning",
               "unbalanced data learning"])),
    ("nips2018:11378", dict(  # theory; Wibisono, Wilson and Jordan named only by authors
        tasks=["accelerated optimization on manifolds", "optimization on diffeomorphisms",
               "image registration"])),
    ("emnlp2022:2022.findings-emnlp.456", dict(  # SAT; title + abstract expansions as aliases
        proposed=[E("SAT", "Simple Instance-Adaptive Self-Training",
                    "simple instance-adaptive self-training method")],
        tasks=["semi-supervised text classification", "self-training", "data augmentation"])),
    ("wacv2023:0c091c60f6", dict(  # MemXformer; benchmarks unnamed; no URL
        proposed=[E("MemXformer")],
        tasks=["online domain adaptive object detection", "unsupervised domain adaptation",
               "object detection"])),
    ("rss2019:18caaa9869", dict(  # nothing named; separation principle left out
        tasks=["verticality estimation", "head stabilization", "inertial sensing",
               "robot postural control"])),
    ("aaai2021:08047", dict(  # title name (least certain); environments as datasets (dev rule)
        proposed=[E("State influence Modeling")],
        datasets=[D("Grid Maze"), D("Atari 2600")],
        tasks=["hard-exploration reinforcement learning", "intrinsic reward design",
               "sparse-reward exploration"])),
    ("colm2024:ybaK4asBT2", dict(  # LLM Discussion; the four creativity tests as benchmarks
        proposed=[E("LLM Discussion")],
        benchmarks=[D("Alternative Uses Test"), D("Similarities Test"), D("Instances Test"),
                    D("Scientific Creativity Test")],
        tasks=["LLM creativity", "multi-LLM discussion", "role-playing"],
        repos=["https://github.com/lawraa/LLM-Discussion"])),
    ("aistats2017:875af09700", dict(  # theory; Fano's inequality and BN families left out
        tasks=["Bayesian network structure learning", "information-theoretic limits",
               "sample complexity", "sparse variable selection"])),
    ("alt2025:Nh4jz04lwf", dict(  # the two proposed dimensions ($k$ written plain)
        proposed=[E("k-OIG dimension"), E("k-fat-shattering dimension")],
        tasks=["list PAC regression", "sample complexity characterization", "list learning"])),
    ("iros2015:7353390", dict(  # compared fusion methods and the EEG classifier used
        methods_used=[E("Dempster-Shafer"),
                      E("Dynamic Dempster-Shafer", "Dynamic Dempster-Shafer Theory", "DDST"),
                      E("XDAWN"), E("Bayesian Linear Discriminant Analysis")],
        metrics=["mean average precision"],
        tasks=["human-autonomy sensor fusion", "rapid object detection", "EEG-based detection"],
        results=[R("relative increase in mean average precision over computer-vision-only detection",
                   "5%"),
                 R("relative increase in mean average precision over the best computer vision "
                   "algorithm", "28%")])),
    ("iccv2015:5662d61c3c", dict(  # Locally Convex Carving; the extended visual hull (least certain)
        proposed=[E("Locally Convex Carving")],
        methods_used=[E("visual hull")],
        tasks=["3D surface reconstruction", "specular and transparent object reconstruction",
               "contour tracking"])),
    ("icra2017:7989460", dict(  # GelSight sensor used; 12 Hz runtime
        methods_used=[E("GelSight")],
        metrics=["pose accuracy"],
        tasks=["object tracking", "visuo-tactile sensor fusion", "articulated object tracking"],
        results=[R("tracking rate", "12 Hz")])),
    ("iclr2018:BJk7Gf-CZ", dict(  # theory
        tasks=["global optimality conditions", "deep linear network loss landscape",
               "nonconvex optimization"])),
    ("www2025:EAVs2PgwsD", dict(  # the analysed browsers recorded as systems (least certain)
        methods_used=[E("Chrome"), E("Firefox"), E("Brave"), E("Tor"), E("Safari")],
        tasks=["canvas fingerprinting defenses", "browser fingerprinting attacks", "web privacy"])),
    ("3dv2025:T3QEabmziq", dict(  # "Object Images" ("termed"); Diffusion Transformers used
        proposed=[E("Object Images")],
        methods_used=[E("Diffusion Transformers")],
        datasets=[D("ABO")],
        metrics=["point cloud FID"],
        tasks=["3D object generation", "3D shape representation", "PBR material generation"])),
    ("corl2022:vyR0C7zvozS", dict(  # GLSO; graph VAE and Bayesian Optimization used
        proposed=[E("Grammar-guided Latent Space Optimization", "GLSO")],
        methods_used=[E("graph variational autoencoder", "VAE"), E("Bayesian Optimization")],
        tasks=["robot design automation", "latent space optimization",
               "sample-efficient design optimization"])),
    ("colt2019:05443c0b1d", dict(  # theory
        tasks=["parallel convex optimization", "oracle complexity lower bounds",
               "randomized convex optimization"])),
    ("naacl2021:2021.naacl-industry.13", dict(  # ONE-Piece; PFA generic
        proposed=[E("ONE-Piece")],
        tasks=["subword tokenization", "Korean-English machine translation",
               "low-resource machine translation"])),
    ("acl2022:2022.acl-long.562", dict(  # new MSTI task (tasks, not proposed); model unnamed
        metrics=["accuracy"],
        tasks=["multimodal sarcasm target identification", "sarcasm target identification",
               "textual target labeling", "visual target detection"])),
    ("eccv2022:d2aed36ac4", dict(  # Unitail, an introduced benchmark; sizes not results
        benchmarks=[D("Unitail", "United Retail Datasets", introduced=True)],
        tasks=["retail scene understanding", "product detection", "product text recognition",
               "product matching"],
        repos=["https://unitedretail.github.io/"])),
    ("ijcai2023:paper545", dict(  # HireVAE; title expansion as alias; benchmarks unnamed
        proposed=[E("HireVAE", "Hierarchical and Regime-Switch VAE")],
        metrics=["active returns"],
        tasks=["stock return prediction", "factor modeling", "online adaptive learning"])),
    ("icml2014:4a42d28760", dict(  # "we call" loss + "we term" regression; LR / IRLS used
        proposed=[E("GEV-canonical loss"), E("GEV-canonical regression")],
        methods_used=[E("logistic regression"), E("IRLS")],
        tasks=["binary class probability estimation", "rare class estimation",
               "proper composite losses"])),
    ("uai2024:d128151c1f", dict(  # lower-case algorithm, unnamed
        tasks=["online robust MDPs", "robust reinforcement learning", "policy optimization",
               "regret analysis"])),
    ("coling2025:2025.coling-main.743", dict(  # title name; soft EM as the metric
        proposed=[E("Entity-driven Answer Set Expansion")],
        metrics=["soft exact match"],
        tasks=["QA evaluation", "answer set expansion", "question answering"])),
    ("automl2022:61e4572c8e", dict(  # title name; PBT extended, BO and Brax used
        proposed=[E("Bayesian Generational Population-Based Training")],
        methods_used=[E("Population-Based Training", "PBT"), E("Bayesian Optimization"),
                      E("Brax")],
        tasks=["AutoRL", "hyperparameter optimization", "architecture search"])),
    ("cvpr2015:2c7cb36428", dict(  # unnamed CNN; MIL framework generic
        datasets=[D("Imagenet"), D("Pascal VOC")],
        tasks=["weakly supervised object segmentation", "semantic segmentation",
               "multiple instance learning"])),
    ("acml2017:811b311da7", dict(  # title name; LSNGCA the base; PP / ICA background only
        proposed=[E("Whitening-Free Least-Squares Non-Gaussian Component Analysis")],
        methods_used=[E("least-squares NGCA", "LSNGCA")],
        tasks=["non-Gaussian component analysis", "dimension reduction"])),
    ("nips1992:5cd3675b82", dict(  # analysis; MLP generic
        tasks=["synaptic weight noise injection", "fault tolerance", "generalization",
               "analog neural VLSI"])),
    ("emnlp2021:2021.emnlp-main.195", dict(  # unnamed transductive approach; BM25 / MIPS used
        methods_used=[E("BM25"), E("MIPS")],
        tasks=["unsupervised text style transfer", "transductive learning",
               "retrieval-based style representation"])),
    ("wacv2023:67488f63d5", dict(  # BURST introduced (benchmark); metrics named (\JnF as J&F)
        benchmarks=[D("BURST", introduced=True)],
        metrics=["J&F", "mAP", "sMOTSA"],
        tasks=["video object tracking and segmentation", "video object segmentation",
               "multi-object tracking and segmentation", "object recognition"],
        repos=["https://github.com/Ali2500/BURST-benchmark"])),
    ("rss2024:6f534b76b0", dict(  # Vid2Robot; BC-Z compared; metric unnamed
        proposed=[E("Vid2Robot")],
        methods_used=[E("BC-Z")],
        tasks=["video-conditioned policy learning", "robot learning from human videos",
               "robotic manipulation", "cross-object motion transfer"],
        repos=["https://vid2robot.github.io"],
        results=[R("improvement over BC-Z (human prompt videos)", "over 20%")])),
    ("aaai2021:01397", dict(  # LSA-Conv (lower-case long form + acronym); synthesizer analogy only
        proposed=[E("local structure-aware anisotropic convolutional operation", "LSA-Conv")],
        tasks=["3D shape representation learning", "mesh convolution", "3D shape reconstruction"])),
    ("colm2025:nVQmW1af6j", dict(  # Open-Qwen2VL; filters / Qwen2-VL / FSDP used; sizes not results
        proposed=[E("Open-Qwen2VL")],
        methods_used=[E("MLM-Filter"), E("CLIP"), E("Qwen2-VL"), E("Qwen2-VL-2B"), E("FSDP")],
        benchmarks=[D("MMBench"), D("SEEDBench"), D("MMstar"), D("MathVista")],
        tasks=["multimodal LLM pre-training", "compute-efficient pre-training", "data filtering",
               "sequence packing"])),
    ("aistats2024:b3337bbba1", dict(  # theory; new problem in tasks; ERM generic, authors-only
        tasks=["agnostic multi-robust learning", "robust learning", "multi-group learning"])),
    ("alt2025:bNkKkQM9wx", dict(  # theory; bagging / ERM background
        tasks=["optimal PAC learning", "computational cost of PAC learners",
               "binary classification"])),
    ("iros2013:6696515", dict(  # unnamed algorithm; INS / stereo camera generic
        tasks=["extrinsic sensor calibration", "sensor fusion", "odometry-based pose estimation"])),
    ("iccv2015:f3f9472d55", dict(  # unnamed; Expectation Maximization used
        methods_used=[E("Expectation Maximization")],
        tasks=["deformable 3D reconstruction", "non-rigid structure from motion",
               "elastic model estimation"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
