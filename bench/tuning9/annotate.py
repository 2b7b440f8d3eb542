#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning9/input.jsonl -> gold.jsonl.

Tuning set 9: 40 real corpus abstracts drawn by bench/tuning9/sample.py, annotated blind by a
helper session that read only each paper's title and abstract, ../../../shared/eval/GUIDELINES.md
(the authority), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md and ../tuning8/README.md, and the format of
../tuning8/annotate.py and ../heldout_annotation.py. kg was never run on these abstracts and its
code and outputs were never read. Titles and ids are copied from input.jsonl so they are exact;
everything else is typed by hand. Single annotator, no adjudication. This is a TUNING set: its
gold may be read and rules developed against it (see README.md).

    python3 bench/tuning9/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("naacl2024:2024.findings-naacl.69", dict(  # SELF-EXPERTISE + LxPERT ("called"); data unnamed
        proposed=[E("SELF-EXPERTISE"), E("LxPERT")],
        methods_used=[E("LLaMA-2 7B"), E("GPT-3.5-turbo")],
        tasks=["instruction dataset augmentation", "legal domain language modeling",
               "hallucination reduction"])),
    ("iros2022:9981195", dict(  # PourNet; named tools / robot used; deviations in grams
        proposed=[E("PourNet")],
        methods_used=[E("Nonlinear Model Predictive Control"), E("Unity3D"), E("NVIDIA-Flex"),
                      E("Kinova Movo Platform")],
        metrics=["pouring deviation"],
        tasks=["robotic pouring", "sim-to-real transfer", "curriculum reinforcement learning",
               "end-effector planning"],
        repos=["http://cxdcxd.github.io/RRS/"],
        results=[R("average deviation improvement over state-of-the-art (water-like liquids)", "4.9g"),
                 R("average deviation improvement over state-of-the-art (honey-like liquids)", "9.2g"),
                 R("average pouring deviation (dish soap, real world)", "2.3g"),
                 R("average pouring deviation (water, real world)", "5.5g")])),
    ("eccv2018:0094cd36b7", dict(  # "DFT magnitude pooling" (DFT) and DFT+; base networks used
        proposed=[E("DFT magnitude pooling", "DFT"), E("DFT+")],
        methods_used=[E("AlexNet"), E("VGG-VD 16"), E("Inception-v3"), E("ResNet")],
        datasets=[D("ImageNet"), D("CUB 2010-2011"), D("MIT Indoors"), D("Caltech 101"), D("FMD"),
                  D("DTD")],
        metrics=["classification accuracy"],
        tasks=["visual classification", "transformation invariant pooling",
               "CNN pooling layer design"])),
    ("wacv2020:95b2a885a2", dict(  # unnamed approach; "benchmark datasets" -> datasets
        datasets=[D("AFLW"), D("300-W"), D("COFW")],
        tasks=["facial landmark detection", "geometric face manipulation",
               "adversarial attacks on face models"])),
    ("aaai2021:12630", dict(  # Att-Input / Att-Output ("our approaches") and EAM-Output, EAM
        proposed=[E("EAM-Output"), E("explicit alignment module", "EAM"), E("Att-Input"),
                  E("Att-Output")],
        methods_used=[E("Transformer")],
        datasets=[D("WMT16 De-En"), D("WMT16 Ro-En")],
        tasks=["lexically constrained neural machine translation", "constrained decoding",
               "word alignment"])),
    ("emnlp2021:2021.emnlp-main.506", dict(  # ParaPattern; BART; Wikipedia as source data
        proposed=[E("ParaPattern")],
        methods_used=[E("BART")],
        datasets=[D("QASC"), D("EntailmentBank"), D("Wikipedia")],
        metrics=["validity"],
        tasks=["natural language deduction generation", "deductive inference generation",
               "interpretable open-domain reasoning"],
        results=[R("validity (substitution operation)", "85%", "EntailmentBank")])),
    ("icml2015:bc2efdca96", dict(  # title name "Dynamic Sensing" (least certain)
        proposed=[E("Dynamic Sensing")],
        tasks=["classification under acquisition constraints", "resource allocation for sensing",
               "generalization bounds"])),
    ("iccv2013:7b18d3a516", dict(  # "shape epitomes" (lower case, least certain); CRFs generic
        proposed=[E("shape epitomes")],
        datasets=[D("MSRC-21"), D("Stanford Background")],
        tasks=["image labeling", "image representation", "edge structure modeling"])),
    ("3dv2025:CmqNia1tLK", dict(  # FOCUS; SynFoot2 introduced; FIND foot model used
        proposed=[E("FOCUS")],
        methods_used=[E("FIND")],
        datasets=[D("SynFoot2", introduced=True)],
        tasks=["multi-view foot reconstruction", "dense correspondence prediction",
               "3D surface reconstruction"],
        repos=["https://github.com/OllieBoyne/FOCUS"])),
    ("acl2022:2022.acl-long.287", dict(  # study; concatenation-based DocNMT generic
        datasets=[D("Europarl-7"), D("IWSLT-10")],
        tasks=["document-level neural machine translation", "zero-shot transfer",
               "multilingual transfer learning"])),
    ("cvpr2016:", dict(  # unnamed algorithm; Groebner basis solutions compared (least certain)
        methods_used=[E("Groebner basis")],
        tasks=["intersection of three quadrics", "absolute camera pose estimation",
               "generalized pose-and-scale", "hand-eye calibration"])),
    ("acml2013:c2d0580604", dict(  # ACF; CD the base algorithm; SVM/LASSO/logistic only context
        proposed=[E("adaptive coordinate frequencies", "ACF")],
        methods_used=[E("Coordinate descent", "CD")],
        tasks=["coordinate descent optimization", "training linear models",
               "adaptive coordinate selection"])),
    ("iclr2018:BJvVbCJCb", dict(  # unnamed model; the created Twitter dataset is unnamed
        datasets=[D("MNIST"), D("fashion-MNIST"), D("20 newsgroups")],
        tasks=["neural clustering", "unsupervised representation learning",
               "clustering without predefined number of clusters"])),
    ("alt2025:JKVYCLDdgp", dict(  # theory; "uniform estimation" not recorded
        tasks=["PAC learning", "density estimation", "uniform convergence",
               "learning under distributional assumptions"])),
    ("ijcai2024:paper4", dict(  # PTDE vs CTDE; SMAC / GRF benchmarks; LTR is a task
        proposed=[E("Personalized Training with Distilled Execution", "PTDE")],
        methods_used=[E("Centralized Training with Decentralized Execution", "CTDE")],
        benchmarks=[D("SMAC"), D("Google Research Football", "GRF")],
        tasks=["multi-agent reinforcement learning", "global information distillation",
               "learning to rank"])),
    ("colm2025:vlyl9xZVAL", dict(  # title name "Entity-Oriented Search" (least certain)
        proposed=[E("Entity-Oriented Search")],
        benchmarks=[D("WikiTableQuestions"), D("TabFact")],
        tasks=["table understanding", "LLM table reasoning", "graph query language for tables"])),
    ("automl2022:43f9a9bf24", dict(  # nothing named
        tasks=["algorithm selection", "automated software analysis",
               "meta-algorithmic techniques"])),
    ("www2025:whZcGAvXHo", dict(  # theory; "game equivalence" introduced concept (least certain)
        proposed=[E("game equivalence")],
        tasks=["networked public goods games", "Nash equilibrium analysis",
               "social welfare maximization", "comparative statics"])),
    ("colt2021:45e702b038", dict(  # algorithm name; ONS base; SGD of prior works
        proposed=[E("Stochastic Online Newton with Switching Gradients"),
                  E("Switching-Gradient scheme"), E("censor-aware function")],
        methods_used=[E("Online Newton Step", "ONS"), E("Stochastic Gradient Descent", "SGD")],
        tasks=["learning linear dynamical systems", "learning from censored data",
               "system identification"])),
    ("corl2023:8yTS_nAILxt", dict(  # REFLECT; RoboFail introduced
        proposed=[E("REFLECT")],
        datasets=[D("RoboFail", introduced=True)],
        tasks=["robot failure explanation", "failure correction planning",
               "robot experience summarization"])),
    ("uai2021:725ef6b21b", dict(  # unnamed tests; data unnamed
        tasks=["kernel hypothesis testing", "set-valued data analysis", "two-sample testing",
               "independence testing"])),
    ("rss2018:9db0a9ad28", dict(  # LTL used for the mission (tuning2 precedent); MDP generic
        methods_used=[E("linear temporal logic")],
        tasks=["active Mars exploration", "cooperative robot teams", "planning under uncertainty"])),
    ("icra2011:5980176", dict(  # nothing named; speeds / hopping heights not metrics
        tasks=["quadrupedal bounding", "legged locomotion with spinal joint",
               "gait parameter optimization"])),
    ("coling2020:2020.coling-main.224", dict(  # title name (least certain); VAE framework used
        proposed=[E("Arc-Factored Variational Autoencoding")],
        methods_used=[E("variational autoencoder")],
        metrics=["parsing accuracy"],
        tasks=["semi-supervised dependency parsing", "dependency parsing",
               "learning from unlabelled data"])),
    ("nips2017:9238", dict(  # FABIA ("which we call"); FAB framework, gFIC, SBNs used
        proposed=[E("FABIA")],
        methods_used=[E("factorized asymptotic Bayesian", "FAB"),
                      E("generalized factorized information criterion", "gFIC"),
                      E("sigmoid belief networks", "SBNs")],
        tasks=["model selection", "sigmoid belief network learning", "variational inference"])),
    ("aistats2020:28376c5c9d", dict(  # OGD; "common benchmarks" unnamed
        proposed=[E("Orthogonal Gradient Descent", "OGD")],
        tasks=["continual learning", "catastrophic forgetting"])),
    ("naacl2024:2024.naacl-short.66", dict(  # title name (least certain); MSLR task benchmark
        proposed=[E("Guided Continued Pre-training")],
        methods_used=[E("BART")],
        benchmarks=[D("MSLR")],
        metrics=["factual accuracy"],
        tasks=["clinical multi-document summarization", "abstractive summarization factuality",
               "continued pre-training"])),
    ("iros2012:6386046", dict(  # local steered response power is a named technique used
        methods_used=[E("local steered response power")],
        tasks=["audio monitoring", "speaker identification", "human tracking",
               "speaker localization"])),
    ("eccv2020:12178543fd", dict(  # COCO-FUNIT; "a new module called the constant style bias"
        proposed=[E("COCO-FUNIT"), E("constant style bias")],
        tasks=["few-shot unsupervised image-to-image translation", "content loss problem",
               "style encoding"],
        repos=["https://nvlabs.github.io/COCO-FUNIT/"])),
    ("wacv2024:a3822f4d6e", dict(  # ARASFSR with its long form as written; modules lower case
        proposed=[E("ARASFSR", "Arbitrary-Resolution and Arbitrary-Scale FSR method with implicit "
                    "representation networks")],
        tasks=["face super-resolution", "arbitrary-scale super-resolution",
               "arbitrary-resolution face super-resolution"])),
    ("aaai2021:02403", dict(  # FD-VAE and its three named latents; decorrelation loss lower case
        proposed=[E("Fairness-aware Disentangling Variational Auto-Encoder", "FD-VAE"),
                  E("Target Attribute Latent", "TAL"), E("Protected Attribute Latent", "PAL"),
                  E("Mutual Attribute Latent", "MAL")],
        datasets=[D("CelebA"), D("UTK Face")],
        metrics=["equal opportunity", "equalized odds"],
        tasks=["fair facial attribute classification", "disentangled representation learning",
               "algorithmic fairness"])),
    ("emnlp2021:2021.emnlp-main.766", dict(  # compared architectures; Nagata (2019) by author only
        methods_used=[E("pointer-generator"), E("retrieve-and-edit")],
        tasks=["feedback comment generation", "writing learning support",
               "language learner feedback"])),
    ("icml2019:4332", dict(  # MeRL; Bayesian Optimization baseline; gains with metric unnamed
        proposed=[E("Meta Reward Learning", "MeRL")],
        methods_used=[E("Bayesian Optimization")],
        datasets=[D("WikiTableQuestions"), D("WikiSQL")],
        tasks=["learning from sparse and underspecified rewards", "weakly-supervised semantic parsing",
               "reward learning", "exploration in reinforcement learning"],
        results=[R("improvement over previous work", "1.2%", "WikiTableQuestions"),
                 R("improvement over previous work", "2.4%", "WikiSQL")])),
    ("iccv2015:5e60364166", dict(  # FLSSVM; DCNN generic; 89-pair dataset unnamed
        proposed=[E("flexible latent structure support vector machine", "FLSSVM")],
        metrics=["correlation"],
        tasks=["weakly-supervised structured output learning", "microscopy image analysis",
               "MCSU class estimation"])),
    ("3dv2025:OE1lOjnliK", dict(  # Mipmap-GS; 3DGS base; PSNR gains
        proposed=[E("Mipmap-GS")],
        methods_used=[E("3D Gaussian Splatting", "3DGS")],
        datasets=[D("NeRF Synthetic")],
        metrics=["PSNR"],
        tasks=["anti-aliasing rendering", "novel view synthesis", "multi-scale Gaussian splatting"],
        results=[R("PSNR improvement over 3DGS (zoom-in)", "9.25 dB", "NeRF Synthetic"),
                 R("PSNR improvement over 3DGS (zoom-out)", "10.40 dB", "NeRF Synthetic")])),
    ("acl2021:2021.acl-long.239", dict(  # "recurring span selection" (lower case, least certain)
        proposed=[E("recurring span selection")],
        datasets=[D("SQuAD")],
        metrics=["F1"],
        tasks=["few-shot question answering", "pretraining for question answering",
               "span selection"],
        results=[R("F1 (128 training examples)", "72.7", "SQuAD")])),
    ("cvpr2018:70619c20f3", dict(  # "We coin ... Surface Networks (SN)"; GNNs generic
        proposed=[E("Surface Networks", "SN", "SNs")],
        methods_used=[E("variational autoencoder")],
        tasks=["3D mesh representation learning", "mesh deformation prediction",
               "3D shape generation"])),
    ("acml2011:130a685f1e", dict(  # unnamed ECC framework; RAKEL / Binary Relevance used
        methods_used=[E("random k-label-sets", "RAKEL"), E("Binary Relevance")],
        tasks=["multi-label classification", "error-correcting codes for classification"])),
    ("iclr2018:rJl3yM-Ab", dict(  # re-rankers lower case; "about 8%" metric unnamed
        datasets=[D("Quasar-T"), D("SearchQA"), D("TriviaQA")],
        tasks=["open-domain question answering", "answer re-ranking", "evidence aggregation"],
        results=[R("improvement", "about 8%", "Quasar-T"),
                 R("improvement", "about 8%", "SearchQA")])),
    ("alt2025:pT05NE9KNs", dict(  # theory; Thompson sampling analysed
        methods_used=[E("Thompson sampling")],
        tasks=["randomised exploration analysis", "linear bandits", "regret analysis"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
