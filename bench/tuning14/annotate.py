#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning14/input.jsonl -> gold.jsonl.

Tuning set 14: 40 real corpus abstracts drawn by bench/tuning14/sample.py (seed 20261205),
annotated blind by a helper session that read only each paper's title and abstract,
../../../shared/eval/GUIDELINES.md (the authority) and ../../../shared/eval/README.md (the gold
format), the dev.gold file (for calibration), the "Judgement calls" sections of
../heldout5/README.md, ../heldout6/README.md, ../tuning1/README.md, ../tuning2/README.md,
../tuning3/README.md, ../tuning7/README.md, ../tuning8/README.md, ../tuning9/README.md,
../tuning10/README.md, ../tuning11/README.md, ../tuning12/README.md and ../tuning13/README.md,
the format of ../tuning13/annotate.py (its first 80 lines: the header, 9 entries and the start
of a 10th; and its last five lines) and ../heldout_annotation.py, the structure of
../tuning13/README.md, and the draw code (../heldout_sampling.py and sample.py). kg was never
run on these abstracts and its code and outputs were never read. Titles and ids are copied from
input.jsonl so they are exact; everything else is typed by hand. Single annotator, no
adjudication. This is a TUNING set: its gold may be read and rules developed against it (see
README.md).

    python3 bench/tuning14/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the annotated sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("rss2012:3b08a5db52", dict(  # descriptive title; graph-based search generic; nothing named
        tasks=["winding-constrained loop planning", "optimal path planning",
               "autonomous surveillance", "intruder containment"])),
    ("iccv2013:6352fa72e7", dict(  # Lytro camera = analysed device (like GelSight; uncertain); interpolation method unnamed
        methods_used=[E("Lytro camera", "Lytro")],
        tasks=["light-field camera calibration", "light-field image reconstruction",
               "light-field image resampling"])),
    ("colt2023:33667e6f97", dict(  # theory; Sinkhorn = analysed algorithm; SOC / HJB / coupling by reflection not methods
        methods_used=[E("Sinkhorn algorithm")],
        tasks=["Sinkhorn algorithm convergence", "entropic optimal transport",
               "Schrödinger Bridge problem"])),
    ("coling2022:2022.coling-1.241", dict(  # system and baselines unnamed; human evaluation not a metric; "20 times" speed
        metrics=["ROUGE"],
        tasks=["medical question answering", "consumer health question understanding",
               "medical question summarization", "answer retrieval"],
        results=[R("speed relative to retrieval-based QA baselines", "20 times")])),
    ("colm2025:jXP9bgFack", dict(  # MALT name ("MALT (...)", TEGLO rule); CoT and value iteration uncertain
        proposed=[E("MALT", "Multi-Agent LLM Training")],
        methods_used=[E("chain-of-thought"), E("value iteration")],
        datasets=[D("MATH"), D("GSM8K"), D("CSQA")],
        tasks=["LLM reasoning", "multi-agent LLM training", "LLM post-training"],
        results=[R("relative improvement over same baseline LLM", "15.66%", "MATH"),
                 R("relative improvement over same baseline LLM", "7.42%", "GSM8K"),
                 R("relative improvement over same baseline LLM", "9.40%", "CSQA")])),
    ("alt2025:XkyyvBcvA9", dict(  # theory; analysed algorithms (tuning11 GD/SGD rule); linear scaling rule / gradient flow left out
        methods_used=[E("mini-batch gradient descent"), E("random reshuffling"),
                      E("full-batch gradient descent")],
        tasks=["mini-batch gradient descent dynamics", "least squares regression",
               "random reshuffling analysis"])),
    ("automl2022:d59ee27167", dict(  # NORTH* suite named; benchmarks / neurogenesis works unnamed
        proposed=[E("Neural Orthogonality", "NORTH*")],
        tasks=["neurogenesis in neural networks", "dynamic network growth",
               "structural learning"])),
    ("uai2021:dd2b08057f", dict(  # title name in sentence case, least certain; lake Como water system as environment (uncertain)
        proposed=[E("Time-variant variational transfer")],
        datasets=[D("lake Como water system")],
        tasks=["transfer learning in reinforcement learning", "value function transfer",
               "time-variant task distributions"])),
    ("nips1994:1cbd531332", dict(  # hardware; Hebbian / backpropagation rules generic; MOSIS a foundry; 2um process a setting
        tasks=["single-transistor learning synapses", "analog VLSI learning",
               "non-volatile weight storage"])),
    ("aaai2021:07945", dict(  # title prefix "Show, Attend and Distill" as the method name (uncertain); meta network unnamed
        proposed=[E("Show, Attend and Distill")],
        tasks=["knowledge distillation", "feature distillation", "model compression",
               "transfer learning"])),
    ("ijcai2024:paper512", dict(  # Wasserstein distance a measure (left out); behavior regularization generic
        proposed=[E("Behavior-Aware Detection and Adaptation", "BADA")],
        tasks=["non-stationary reinforcement learning", "environmental change detection",
               "behavior adaptation"])),
    ("icra2013:6630794", dict(  # descriptive; two needle-driving techniques unnamed
        tasks=["needle path planning", "autonomous robotic suturing", "surgical robotics"])),
    ("3dv2025:fTbOXM9uuV", dict(  # MLP generic; the ray-quality metric is unnamed
        proposed=[E("Particle Rendering", "PR")],
        methods_used=[E("Neural Radiance Fields", "NeRF")],
        tasks=["novel view synthesis", "implicit neural rendering", "light field modeling"])),
    ("emnlp2022:2022.emnlp-main.538", dict(  # title name (abstract generic), uncertain; PLM generic
        proposed=[E("Template-Order Data Augmentation")],
        tasks=["aspect sentiment quad prediction", "aspect-level sentiment analysis",
               "data augmentation"])),
    ("wacv2024:9159fd11d1", dict(  # analysis paper; contrastive loss generic; "code is available online" has no URL
        methods_used=[E("Vision Transformers", "ViTs")],
        tasks=["hyperbolic metric learning", "hard negative sampling",
               "hyperbolic image embeddings"])),
    ("acl2022:2022.acl-long.208", dict(  # lower-case coined "lazy transition" (uncertain); LT long form lower case; Learning to Execute as data (uncertain)
        proposed=[E("lazy transition"), E("lazy transformer", "LT")],
        methods_used=[E("Transformer"), E("universal transformer", "UT")],
        datasets=[D("Learning to Execute"), D("LAMBADA")],
        tasks=["sequence modeling", "iterative token refinement", "machine translation"])),
    ("iros2016:7759274", dict(  # truncated abstract; nothing named
        tasks=["UAV flight performance", "drag force reduction", "UAV collision protection"])),
    ("www2025:N73Yz5SQK9", dict(  # Kronecker product generic; "fewer than 1,000 parameters" / sizes not results
        proposed=[E("HyRec"), E("SingFit")],
        tasks=["hypergraph generation", "power-law patterns in hypergraphs",
               "hypergraph model fitting"])),
    ("iclr2017:B1G9tvcgx", dict(  # model unnamed; attention-based NMT generic; English-German task unnamed data
        tasks=["multimodal neural machine translation", "English-German translation",
               "latent semantic modeling"])),
    ("corl2021:FCoh4OLZ1Gg", dict(  # new task goes in tasks; AI2Thor environment as dataset (tuning10/11 rule, uncertain)
        datasets=[D("AI2Thor")],
        tasks=["embodied semantic scene graph generation", "scene graph generation",
               "autonomous environment exploration", "streaming video captioning"])),
    ("naacl2021:2021.naacl-main.383", dict(  # FRANK introduced benchmark (title); typology unnamed
        datasets=[D("CNN/DM"), D("XSum")],
        benchmarks=[D("FRANK", introduced=True)],
        metrics=["correlation with human judgement"],
        tasks=["factuality evaluation of summaries", "abstractive summarization",
               "factuality metric benchmarking", "factual error typology"])),
    ("cvpr2015:1932fad275", dict(  # title spells RCNN; CNN / RNN generic
        proposed=[E("Recurrent Convolutional Neural Network", "recurrent CNN", "RCNN")],
        datasets=[D("CIFAR-10"), D("CIFAR-100"), D("MNIST"), D("SVHN")],
        tasks=["object recognition", "image classification"])),
    ("aistats2018:2dbf62f6b8", dict(  # O(1/epsilon) rate is theory, not a result
        proposed=[E("Batch-Expansion Training", "BET")],
        tasks=["batch optimization", "distributed optimization",
               "resource-efficient training"])),
    ("eccv2022:b489dc1c03", dict(  # language model, VLP approach and new dataset all unnamed; contrastive learning generic
        tasks=["biomedical vision-language processing", "radiology natural language inference",
               "phrase grounding", "self-supervised vision-language learning"])),
    ("acml2023:70a2557b84", dict(  # quoted "meta-forests"; MMD a measure (left out); datasets unnamed
        proposed=[E("meta-forests")],
        methods_used=[E("random forests")],
        tasks=["domain generalization", "object recognition", "glucose monitoring"])),
    ("icml2018:2466", dict(  # title not letter-for-letter StageOpt; GPs generic; safe BO is the problem
        proposed=[E("StageOpt")],
        tasks=["safe Bayesian optimization", "sequential decision making under uncertainty",
               "spinal cord stimulation therapy"])),
    ("rss2023:0048060da3", dict(  # VLMAS is a problem class (tasks); "two million agents" a size
        proposed=[E("Distributed Hierarchical Distribution Control", "DHDC"),
                  E("Distributed Hierarchical Distribution Estimation", "DHDE"),
                  E("Distributed Hierarchical Distribution Steering", "DHDS")],
        tasks=["very-large-scale multi-agent control", "distribution steering",
               "hierarchical distribution control", "safe multi-agent control"])),
    ("iccv2015:1f107c3a1e", dict(  # title name (abstract's "structured tensor dictionary learning method"), uncertain; DT descriptor unnamed
        proposed=[E("Orthogonal Tensor Dictionary Learning")],
        tasks=["dynamic texture recognition", "tensor dictionary learning", "sparse coding"])),
    ("colt2021:cef952e9e2", dict(  # theory; VC / Littlestone dimensions not methods (tuning3 rule)
        tasks=["adversarially robust learning", "unknown perturbation sets",
               "robust learning sample complexity"])),
    ("coling2022:2022.coling-1.93", dict(  # CEASE-v2.0 annotated, not new; results' sentence names no data -> ""
        proposed=[E("EMotion-assisted PERSONAlity Detection Framework", "EM-PERSONA",
                    "EMotion-assisted Deep Neural Framework for PERSONAlity Subtyping")],
        datasets=[D("CEASE-v2.0", "CEASE-v2.0 suicide notes dataset")],
        metrics=["accuracy"],
        tasks=["personality subtyping", "suicide note analysis", "emotion-assisted classification"],
        results=[R("accuracy improvement over best single-task system (I-E)", "2.04%"),
                 R("accuracy improvement over best single-task system (N-S)", "3.69%"),
                 R("accuracy improvement over best single-task system (T-F)", "4.52%"),
                 R("accuracy improvement over best single-task system (J-P)", "3.42%")])),
    ("colm2025:DmhcCRIfvq", dict(  # RLAO lower-case long form + acronym; range copied with fullwidth tilde; eleven benchmarks unnamed
        proposed=[E("Weak-for-Strong Harnessing", "W4S", "Weak-for-Strong"),
                  E("reinforcement learning for agentic workflow optimization", "RLAO")],
        methods_used=[E("GPT-3.5-Turbo"), E("GPT-4o")],
        tasks=["agentic workflow optimization", "harnessing strong LLMs",
               "meta-agent training"],
        results=[R("improvement over strongest baseline", "2.9% ～ 24.6%")])),
    ("alt2025:nv8POnFtNa", dict(  # theory; DEC = the measure extended (uncertain); Hanneke and Yang named by authors only
        methods_used=[E("Decision-Estimation-Coefficient", "DEC")],
        tasks=["stochastic noisy bandits", "bandit learnability characterization",
               "optimal query complexity"])),
    ("automl2023:394c091d11", dict(  # GP left out (model family, earlier sets); GP-BO the compared method (uncertain)
        proposed=[E("Poisson Process Bayesian Optimization", "PoPBO")],
        methods_used=[E("Bayesian Optimization", "BO"), E("Tree-structured Parzen Estimator", "TPE"),
                      E("Sequential Model Algorithm Configuration", "SMAC"), E("LCB"), E("EI"),
                      E("GP-BO")],
        tasks=["Bayesian optimization", "ranking-based surrogate modeling",
               "hyperparameter optimization", "neural architecture search"])),
    ("uai2021:ef4618b5a9", dict(  # descriptive title; RKHS embedding generic; data unnamed
        tasks=["two-sample testing", "selection bias correction", "kernel hypothesis testing"])),
    ("nips2015:5754", dict(  # title singular / abstract plural kept as alias; bootstrapping generic
        proposed=[E("M-Statistic", "M-statistics")],
        tasks=["kernel change-point detection", "change-point detection",
               "detection threshold characterization"])),
    ("aaai2022:08962", dict(  # "dubbed MIA-Former"; "up to" dropped; ViTs the base model
        proposed=[E("MIA-Former", "Multi-grained Input-Adaptive Vision Transformer")],
        methods_used=[E("Vision transformers", "ViTs")],
        metrics=["accuracy", "robustness accuracy"],
        tasks=["efficient vision transformers", "input-adaptive inference",
               "adversarial robustness"],
        repos=["https://github.com/RICE-EIC/MIA-Former"],
        results=[R("computation savings vs SOTA dynamic transformers", "16.5%"),
                 R("robustness accuracy improvement under adversarial attacks", "2.4%"),
                 R("robustness accuracy improvement under adversarial attacks", "3.0%")])),
    ("ijcai2024:paper492", dict(  # EKF recorded separately (dev RFT rule); lower-case adapter approach left out
        proposed=[E("Conditional Extended Kalman Filter based on Neural Networks", "CEKFNN")],
        methods_used=[E("extended Kalman filter")],
        tasks=["prompt learning", "prompt token inference", "parameter-efficient PLM adaptation"])),
    ("icra2017:7989537", dict(  # descriptive title; CNN generic; "NYU-Depth v2 benchmark" trimmed; accuracy (INRet rule)
        benchmarks=[D("NYU-Depth v2")],
        metrics=["accuracy"],
        tasks=["depth estimation", "semantic segmentation", "cross-modality influence analysis",
               "multi-task network design"])),
    ("3dv2025:TicP3jTxeC", dict(  # title name (abstract generic), least certain like tuning13's Robust Importance Weighting
        proposed=[E("Robust Spectral Translation Synchronization")],
        tasks=["translation synchronization", "outlier removal", "absolute translation estimation"])),
    ("emnlp2021:2021.emnlp-main.130", dict(  # title name least certain; translation quality not a metric; average lag uncertain
        proposed=[E("Translation-based Supervision")],
        metrics=["average lag"],
        tasks=["simultaneous machine translation", "read/write policy generation",
               "oracle action sequence generation"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
