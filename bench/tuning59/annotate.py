#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning59/input.jsonl -> gold.jsonl.

Tuning set 59: 40 real corpus abstracts drawn by bench/tuning59/sample.py (seed 20261251),
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
../tuning30/README.md, ../tuning31/README.md, ../tuning32/README.md, ../tuning33/README.md,
../tuning34/README.md, ../tuning35/README.md, ../tuning36/README.md, ../tuning37/README.md,
../tuning38/README.md, ../tuning39/README.md, ../tuning40/README.md, ../tuning41/README.md,
../tuning42/README.md, ../tuning43/README.md, ../tuning44/README.md, ../tuning45/README.md,
../tuning46/README.md, ../tuning47/README.md, ../tuning48/README.md, ../tuning49/README.md,
../tuning50/README.md and ../tuning51/README.md, the format of ../tuning31/annotate.py (its first
80 lines: the header and the first entries; and its last five lines) and ../heldout_annotation.py,
the structure of ../tuning31/README.md, and the draw code (../heldout_sampling.py and sample.py);
the draw's skip list was matched against the earlier sets' input.jsonl ids and titles by a script
(no annotations read) and the skipped titles looked up in the corpus. kg was never run on these
abstracts and its code and outputs were never read; sets 52 to 58 (annotated at the same time)
were not read at all. Titles and ids are copied from input.jsonl so they are exact; everything
else is typed by hand. Single annotator, no adjudication. This is a TUNING set: its gold may be
read and rules developed against it (see README.md).

    python3 bench/tuning59/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("acl2022:2022.findings-acl.194", dict(  # literature and empirical survey: no proposed method; character-level and subword systems are generic; "WMT competitions" is only evidence of the systems' (non-)use, not data the paper evaluates on (tuning32's MCL-WiC call; uncertain); translation quality, domain robustness and morphological generalization are properties, not named metrics; the beam-size finding has no number
        tasks=["character-level machine translation", "machine translation",
               "character-level vs subword modeling", "robustness to source-side noise"])),
    ("aaai2021:08902", dict(  # descriptive title, the grammar-based pipeline search approach is unnamed; the context-free grammar is the formalism the search space is defined with (like tuning2 / 9's Linear Temporal Logic), recorded in the title's form with the abstract's plural as alias (uncertain, it could be read as a generic concept); heuristic search and AutoML are generic / a field (tuning3); the "various benchmark datasets" and the existing AutoML systems are unnamed
        methods_used=[E("Context-Free Grammar", "context-free grammars")],
        tasks=["machine learning pipeline search", "automated machine learning",
               "pipeline structure optimization"])),
    ("uai2021:af4c507fa8", dict(  # descriptive title; the circuit representation, the tractable-computation approach and the two new algorithms are unnamed; "classical support vector machines" is only an example application (tuning11's examples-only rule); Monte Carlo estimates generic; probabilistic circuits a model family (tuning40); kernel support vector regressors are the model the missing-data algorithm is derived for (heldout6's SVMs; uncertain); the "collapsed black-box importance sampling scheme" is the paper's own lower-case scheme and black-box importance sampling is not written on its own (uncertain); the datasets are unnamed
        methods_used=[E("kernel support vector regressors")],
        tasks=["expected kernel computation", "kernel embeddings of distributions",
               "reasoning under missing data", "collapsed importance sampling"])),
    ("iccv2015:0c8a76fa3e", dict(  # the title prefix "Polarized 3D" is a coined name and the abstract says only "a framework" (dev's "Model Ratatouille" / the heldout3-6 title rule; uncertain); "polarization normals" ("hereafter polarization normals") is a shorthand for an existing quantity the text says was not used for depth enhancement before, not a coined method (uncertain, heldout5's "we refer to as" rule could make it proposed); the compared 3D reconstruction techniques are unnamed
        proposed=[E("Polarized 3D")],
        tasks=["depth enhancement", "depth sensing", "shape from polarization",
               "3D reconstruction"])),
    ("coling2025:2025.coling-main.120", dict(  # analysis paper: no proposed method; the model groups (base / instructed) are unnamed and LLMs generic; the four biases go in tasks; "effect size" is the named measure the bias effects are quantified with (uncertain: a statistic rather than a task metric)
        metrics=["effect size"],
        tasks=["cognitive biases in LLMs", "primacy and recency bias",
               "LLM evaluation", "task complexity effects"])),
    ("naacl2024:2024.naacl-industry.12", dict(  # the adaptions, graph transformations and numerical optimizations are unnamed; Conformer is the base ASR architecture (title and abstract); layer normalization is the operation the pre-normalizer theory stabilizes (dev P134 records LayerNorm; uncertain, tuning11 left batch normalization out); transformer-based applications generic; accuracy from "without accuracy degradation" / "state-of-the-art accuracy" (heldout5's INRet rule); RTF as written; "5.26 times faster than realtime" kept with its comparison word
        methods_used=[E("Conformer"), E("layer normalization")],
        metrics=["RTF", "accuracy"],
        tasks=["on-device speech recognition", "automatic speech recognition",
               "edge-device model optimization", "numerical stability of layer normalization"],
        results=[R("speed relative to realtime", "over 5.26 times"),
                 R("RTF", "0.19")])),
    ("icml2019:4002", dict(  # descriptive title; the fixed-point iteration approach and the MM-type algorithm are unnamed; minorization-maximization (MM) is the existing algorithm class the paper's algorithm instantiates (tuning9's coordinate-descent / tuning31's EM rule; uncertain), copied with the text's en dash; Bradley-Terry and Plackett-Luce are the named ranking models the framework includes as special cases ("such as", but the analysed instances, tuning16's call; heldout5's BTL, tuning33's Plackett-Luce; uncertain), en dashes as written; the incomplete multinomial model is the studied model class (tasks); maximum likelihood generic; synthetic and real data unnamed
        methods_used=[E("minorization–maximization", "MM"), E("Bradley–Terry"),
                      E("Plackett–Luce")],
        tasks=["maximum likelihood estimation", "incomplete multinomial models",
               "ranking data analysis"])),
    ("wacv2024:ddd9b55b79", dict(  # the 3D controllable generative face model is unnamed; the 2D generative models are unnamed, alternating descent optimization and differentiable rendering generic (tuning31); NoW and REALY are "benchmarks"; no number
        benchmarks=[D("NoW"), D("REALY")],
        tasks=["3D face generation", "3D face reconstruction", "3D face editing",
               "albedo and shape estimation"])),
    ("eccv2022:7b974b7740", dict(  # Stop-Gradient Attention (SGA) proposed (long form name, dev's CLAW rule); the attention mechanism, self-supervised training protocol and GAN-based losses are generic; FID and SSIM recorded as written (long forms), "up to" dropped from the values; dataset "" ("several benchmarks" unnamed); repo's trailing `."` dropped
        proposed=[E("Stop-Gradient Attention", "SGA")],
        metrics=["Fréchet Inception Distance", "structural similarity index measure"],
        tasks=["reference-based line-art colorization", "gradient conflict in attention",
               "long-range dependency modeling"],
        repos=["https://github.com/kunkun0w0/SGA"],
        results=[R("Fréchet Inception Distance improvement", "27.21%"),
                 R("structural similarity index measure improvement", "25.67%")])),
    ("colt2023:3d1d059b3d", dict(  # theory paper: bagging (a.k.a. bootstrap aggregation) is the analysed algorithm the title names (tuning11's analysed FTL / tuning14's Sinkhorn rule; uncertain, tuning10 left a passing "bagging" out as generic), the LaTeX \emph stripped; Hanneke's (2016) algorithm and Breiman (1996) are named only by their authors; the logarithmic number of sub-samples is a theoretical result
        methods_used=[E("bagging", "bootstrap aggregation")],
        tasks=["optimal PAC learning", "sample complexity", "realizable PAC learning"])),
    ("colm2025:VGw1viYliK", dict(  # Sparse Activation Steering (SAS) proposed (LaTeX \textit stripped); Gemma 2 is the LLM family experimented on; activation steering is the existing technique family / problem (tasks), the contrastive prompt-pairing approach generic; superposition and monosemanticity are concepts; no number
        proposed=[E("Sparse Activation Steering", "SAS")],
        methods_used=[E("Gemma 2")],
        tasks=["activation steering", "AI alignment", "LLM interpretability",
               "LLM behavior control"])),
    ("rss2024:faf1211c13", dict(  # Khronos proposed ("that we call Khronos"); the Spatio-temporal Metric-semantic SLAM (SMS) problem is defined by the paper and goes in tasks (tuning8's k-experts rule); the factor graph formulation and dynamic SLAM approaches are generic; "multiple metrics" unnamed
        proposed=[E("Khronos")],
        tasks=["spatio-temporal metric-semantic SLAM", "dynamic SLAM",
               "dense spatio-temporal mapping", "long-term robot autonomy"])),
    ("iros2011:6094657", dict(  # descriptive title; the interaction force control policy is unnamed; Locally Weighted Regression learns its parameters; "parallel force/position control" is the existing control scheme the policy stems from (lower case but specific, heldout5's rule, tuning21's resolved acceleration control; uncertain); the goal-directed dynamical system is generic; the two-DoF haptic device is unnamed
        methods_used=[E("Locally Weighted Regression"), E("parallel force/position control")],
        tasks=["learning from demonstration", "interaction force control",
               "force skill learning"])),
    ("acml2018:349363423f", dict(  # the CNN-based approach is unnamed; its two sub-networks are lower-case long forms with coined short names (tuning9's ACF rule, heldout6's KBP / SRT sub-component rule): "transmission estimation network" (T-network) and "global ambient light estimation network" (A-network); CNN generic (GUIDELINES); the underwater optical imaging model, cross-layer connection and multi-scale estimation are generic; the synthetic method and the synthetic / real images are unnamed
        proposed=[E("transmission estimation network", "T-network"),
                  E("global ambient light estimation network", "A-network")],
        tasks=["underwater image restoration", "transmission map estimation",
               "ambient light estimation", "underwater image synthesis"])),
    ("iclr2018:ry4S90l0b", dict(  # descriptive title ("A Self-Training Method ..."); the self-training schemes are unnamed; Generative Adversarial Networks (GANs) are the framework made self-trainable (tuning10 / 12's GANs; uncertain, close to a model family); self-training generic (heldout5 / 6)
        methods_used=[E("Generative Adversarial Networks", "GANs")],
        tasks=["semi-supervised learning", "self-training", "semi-supervised GANs"])),
    ("aistats2019:b358430a16", dict(  # descriptive title; the multi-component model and its algorithms are unnamed; the Gaussian MRF model is the existing model the approach extends (tuning9's coordinate-descent rule, tuning37's GMM; uncertain, MRFs are left out as a model family elsewhere); randomized matrix trace estimation, fast Laplacian solvers, maximum likelihood and gradient descent are generic tools; the benchmark citation networks are unnamed
        methods_used=[E("Gaussian MRF")],
        tasks=["graph-based semi-supervised learning", "multiple graph learning",
               "node label prediction"])),
    ("ijcai2020:paper84", dict(  # SceneEncoder proposed (the module, title and abstract); the scene descriptor and region similarity loss are lower-case descriptions; the "prevailing networks" are unnamed; ScanNet and ShapeNet are "benchmark datasets" (tuning1's rule); "performance" not a metric
        proposed=[E("SceneEncoder")],
        datasets=[D("ScanNet"), D("ShapeNet")],
        tasks=["point cloud semantic segmentation", "scene-aware segmentation",
               "3D scene understanding"])),
    ("www2025:jiv0Gl6sto", dict(  # Thematic-LM proposed; LLMs and the LLM agents generic; Dreaddit and "Reddit climate change" ("dataset" trimmed); the trustworthiness principles are qualitative criteria, not metrics
        proposed=[E("Thematic-LM")],
        datasets=[D("Dreaddit"), D("Reddit climate change")],
        tasks=["thematic analysis", "LLM-based multi-agent systems",
               "qualitative text analysis"])),
    ("3dv2025:CE0x3i6MiH", dict(  # E-3DGS proposed (the title prefix, the abstract says "our method"; its subtitle does not spell it, so no alias); 3D Gaussian Splatting is the base representation named separately in the title (the abstract's "3D Gaussians"); EventNeRF the compared baseline; the introduced real and synthetic event datasets are unnamed; the value copied with the text's minus sign "11−25%"; dataset ""
        proposed=[E("E-3DGS")],
        methods_used=[E("3D Gaussian Splatting"), E("EventNeRF")],
        metrics=["PSNR"],
        tasks=["event-based novel view synthesis", "large-scale scene reconstruction",
               "3D scene rendering"],
        results=[R("PSNR improvement over EventNeRF", "11−25%")])),
    ("cvpr2018:9ef4dbc981", dict(  # DTLC-GAN: the lower-case long form with its coined acronym is the name (tuning9's ACF rule); its architecture "called the DTLC" is a named sub-component, recorded as the title's "Decision Tree Latent Controller" (which spells it) with DTLC as alias; the hierarchical conditional mutual information regularization and the curriculum learning method are lower-case descriptions; GAN, the extended framework named separately ("an extension of a GAN", tuning13's PPO rule; tuning10 / 12's GANs; uncertain); the five datasets as written
        proposed=[E("decision tree latent controller generative adversarial network", "DTLC-GAN"),
                  E("Decision Tree Latent Controller", "DTLC")],
        methods_used=[E("GAN")],
        datasets=[D("MNIST"), D("CIFAR-10"), D("Tiny ImageNet"), D("3D Faces"), D("CelebA")],
        tasks=["hierarchically interpretable representation learning", "image synthesis",
               "disentangled representation learning", "image retrieval"])),
    ("nips2018:11143", dict(  # descriptive title; the unsupervised framework and the view-adversarial training method are lower-case descriptions; the "multiple datasets" are unnamed
        tasks=["unsupervised video representation learning", "action recognition",
               "view-invariant representation learning", "3D motion prediction"])),
    ("icra2013:6631040", dict(  # the modular controller is unnamed; the title names the combination of two existing techniques, so it is descriptive; Central Pattern Generator (CPG), the existing model the approach is based on (the title's plural as alias), and virtual model control, the existing posture-control technique it is augmented with (lower case but specific, heldout5's rule; uncertain); coupled nonlinear oscillators and the stumbling correction reflex are generic; the simulated quadruped is unnamed
        methods_used=[E("Central Pattern Generator", "CPG", "Central Pattern Generators"),
                      E("virtual model control")],
        tasks=["quadruped locomotion", "rough terrain locomotion", "posture control"])),
    ("emnlp2022:2022.findings-emnlp.523", dict(  # "Weight Perturbation" is the title's name for the paper's defense (the abstract: "performing perturbations in the parameter space", "the weight perturbation"), recorded like tuning11's "Dynamic Evaluation" (uncertain: it may be read as a generic technique); adversarial training generic; accuracy from "the highest accuracy on both clean and adversarial examples" (no number); adversarial robustness is a property (tuning25)
        proposed=[E("Weight Perturbation")],
        metrics=["accuracy"],
        tasks=["adversarial word substitution defense", "adversarial robustness in NLP",
               "adversarial training"])),
    ("corl2023:0bZaUfELuW", dict(  # descriptive title; the method (a language-to-goal-change embedding and the policy trained on it) is unnamed in the text; vision-language models and goal-conditioned policies are generic; the labeled / unlabeled data are unnamed
        tasks=["language-conditioned robot manipulation", "instruction following",
               "goal-conditioned policy learning", "semi-supervised language grounding"])),
    ("acl2021:2021.acl-long.492", dict(  # the title's "Parallel Prediction Networks" is recorded as the proposed model (the abstract says only "an end-to-end model"; heldout3-6 title rule; uncertain); "DE-PPN" appears only in the repo URL, so it is not an alias (tuning2's MHD rule); the document-level encoder, multi-granularity non-autoregressive decoder and matching loss are lower-case descriptions; "the widely used DEE dataset" names the task, not a data set; repo's trailing period dropped
        proposed=[E("Parallel Prediction Networks")],
        tasks=["document-level event extraction", "event argument extraction",
               "parallel event generation"],
        repos=["https://github.com/HangYang-NLP/DE-PPN"])),
    ("aaai2021:10147", dict(  # descriptive title; the "novel self-guided random walk method" is a lower-case description; meta-paths are a concept; the two public datasets and the baselines are unnamed
        tasks=["heterogeneous network embedding", "hyperbolic representation learning",
               "network reconstruction", "link prediction"])),
    ("uai2019:746f22241b", dict(  # noise contrastive priors (NCPs): the abstract's lower-case long form with its coined acronym is the name (tuning9's ACF rule), the title's capitalised form differs only in case; Bayesian neural networks are a model family (tuning23 / 33); the independent normal prior, input prior and output prior are generic; "flight delays" from "the flight delays data set" ("data set" trimmed); no number
        proposed=[E("noise contrastive priors", "NCPs")],
        datasets=[D("flight delays")],
        tasks=["uncertainty estimation", "out-of-distribution uncertainty",
               "active learning", "neural network priors"])),
    ("iccv2015:9e591e1403", dict(  # the joint inference framework is unnamed; the title prefix "Uncovering Interactions and Interactors" is a phrase; F-formations are the estimated conversational groups (tasks); "estimation accuracy" from "head, body pose and F-formation estimation accuracy" (no number; uncertain, it could be split into three or written plain "accuracy"); the two social datasets are unnamed
        metrics=["estimation accuracy"],
        tasks=["head and body orientation estimation", "F-formation detection",
               "conversational group detection", "surveillance video analysis"])),
    ("coling2020:2020.coling-main.273", dict(  # Definition Frames (DF) proposed, with the plural DFs the text uses as a second alias; the Qualia structure is the named existing lexical-semantic framework the dimensions correspond to (tuning22's item response theory / tuning49's F-formation theory; uncertain); the distributional semantic approaches are unnamed; word similarity tasks go in tasks
        proposed=[E("Definition Frames", "DF", "DFs")],
        methods_used=[E("Qualia structure")],
        tasks=["interpretable word representations", "concept representation",
               "word similarity"])),
    ("naacl2022:2022.naacl-main.372", dict(  # JointLK proposed; the dense bidirectional attention module and dynamic pruning module are lower-case descriptions; Graph Neural Networks (GNNs) and LMs generic (tuning8 / 11); CommonsenseQA and OpenBookQA ("datasets")
        proposed=[E("JointLK")],
        datasets=[D("CommonsenseQA"), D("OpenBookQA")],
        tasks=["commonsense question answering", "knowledge graph reasoning",
               "joint LM and KG reasoning"])),
    ("icml2017:544", dict(  # descriptive title; the codec, its pyramidal analysis, adaptive coding module and codelength regularization are unnamed; JPEG, JPEG 2000 and WebP are the compared codecs; autoencoder and adversarial training generic; Kodak ("the Kodak dataset"); the file-size ratios are recorded with descriptive metric texts (no named metric, tuning9's MeRL rule; dataset "": "datasets of generic images" unnamed) and the "less than 10ms" per-image coding time on Kodak as an outcome time (tuning1's "33ms")
        methods_used=[E("JPEG"), E("JPEG 2000"), E("WebP")],
        datasets=[D("Kodak")],
        tasks=["lossy image compression", "real-time image compression",
               "learned image codecs"],
        results=[R("file size reduction vs JPEG", "3 times"),
                 R("file size reduction vs JPEG 2000", "2.5 times"),
                 R("file size reduction vs WebP", "2.3 times"),
                 R("encoding / decoding time per image on GPU", "less than 10ms", "Kodak")])),
    ("wacv2025:bfe559696a", dict(  # Partial Texture VAE (PT-VAE) proposed; its "mask aware Texture Encoding Layer (TEL)" is a named sub-component (heldout6's KBP / SRT rule), the acronym covering the capitalised words (tuning17's SSA rule); the mask aware feature aggregation layer and simplified style loss are lower-case descriptions; variational autoencoder (VAE), the model family PT-VAE is a variant of, named separately (tuning13's PPO rule, tuning9's VAE); partial convolution, the existing layer it integrates (lower case but specific, heldout5's rule; uncertain); the rock particle images are unnamed
        proposed=[E("Partial Texture VAE", "PT-VAE"), E("Texture Encoding Layer", "TEL")],
        methods_used=[E("variational autoencoder", "VAE"), E("partial convolution")],
        tasks=["rock particle image analysis", "color and texture encoding",
               "image retrieval"])),
    ("eccv2022:2d588a3ad3", dict(  # Graph2Vid proposed; flow graph to video grounding is the new problem the paper introduces (tasks, tuning8's k-experts rule); CrossTask is extended with flow graph information, so it is a used dataset, not introduced (tuning3's EmpatheticDialogues rule; no new name is given); the procedure flow graph is a representation, not a name
        proposed=[E("Graph2Vid")],
        datasets=[D("CrossTask")],
        tasks=["weakly-supervised multi-step localization", "flow graph to video grounding",
               "instructional video understanding"])),
    ("colt2023:c61e295dc0", dict(  # theory paper (the abstract repeats its opening sentences, copied as in the input); no named method: the testing procedures are unnamed; the Statistical Query model is a computational model (tuning42); SNR bounds and lower bounds are theoretical quantities
        tasks=["tensor-on-tensor association detection", "statistical-computational gaps",
               "signal detection"])),
    ("colm2025:OKvSnV5Ar7", dict(  # theoretical analysis: label refinement, weak training and the oracle methods are the studied lower-case strategies, not named methods; LLMs generic; superalignment is the problem (tasks)
        tasks=["weak-to-strong generalization", "superalignment", "label refinement"])),
    ("rss2013:0fac111aa1", dict(  # descriptive title; the market-based algorithm and pricing policy are unnamed; auction / market-based mechanisms generic; the O(n^3 lg n) / O(n^3) time complexities are theoretical, not results
        tasks=["multi-robot task allocation", "market-based task allocation",
               "assignment problem"])),
    ("iros2015:7353695", dict(  # descriptive title; the control approach and curvature controller are unnamed; the Stribeck and LuGre friction models are the named existing models the friction compensation is based on (heldout5's BTL rule for named models; uncertain), recorded as written without "models"; gain scheduling and the nonlinear flexible multibody system are generic
        methods_used=[E("Stribeck"), E("LuGre")],
        tasks=["friction compensation", "active oscillation damping",
               "flexible parallel robot control", "position control"])),
    ("acml2017:d546a38e65", dict(  # descriptive title; the unifying framework and the new definition of ε-insensitivity are not named methods; support vector regression (SVR), the leveraged method (long form as the name, dev's CLAW rule); "randomized coordinate descent", the existing solver the paper provides for the dual (tuning9's CD; uncertain); quantile / expectile regression are loss examples (tasks); RKHS and empirical risk minimization generic (tuning14, heldout6)
        methods_used=[E("support vector regression", "SVR"), E("randomized coordinate descent")],
        tasks=["nonparametric regression", "data-sparse regression",
               "quantile and expectile regression"])),
    ("iclr2018:r1nzLmWAb", dict(  # TricorNet: the abstract's lower-case long form with its coined name is the name (tuning9's ACF rule); the title's "Hybrid Temporal Networks" is not added (not letter for letter); temporal convolutional kernels, recurrent neural networks and the encoder-decoder architecture generic; the three public datasets are unnamed
        proposed=[E("hybrid temporal convolutional and recurrent network", "TricorNet")],
        tasks=["video action segmentation", "sequence labeling",
               "temporal action segmentation"])),
    ("aistats2025:MvKNEaQMJT", dict(  # descriptive title; the neural network-based meta-learned model is unnamed; the self-attention mechanism and linear projection are generic; synthetic and real-world tensors unnamed
        tasks=["few-shot tensor completion", "meta-learning", "tensor completion"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
