#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning4/input.jsonl -> gold.jsonl.

Tuning set 4: 40 non-dev seed papers (the two scraped listings in seeds/, minus the 60 dev
titles) drawn by bench/tuning4/sample.py, annotated blind by a helper session that read only
each paper's title and abstract, ../../../shared/eval/GUIDELINES.md, the dev.gold file and the
judgement calls in ../heldout5/README.md and ../heldout6/README.md. kg was never run on these
abstracts and its code and outputs were not read. Ids are copied from input.jsonl; everything
else is typed by hand. Unlike the held-out sets, rules may be developed against this set.

    python bench/tuning4/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("t-22da5ae6a85fb974", dict(  # FedLoGe with sub-components SSE-C and GLA-FR
        proposed=[E("FedLoGe", "Federated Local and Generic Model Training in Fed-LT"),
                  E("Static Sparse Equiangular Tight Frame Classifier", "SSE-C"),
                  E("Global and Local Adaptive Feature Realignment", "GLA-FR")],
        datasets=[D("CIFAR-10-LT"), D("CIFAR-100-LT"), D("ImageNet"), D("iNaturalist")],
        tasks=["federated long-tailed learning", "personalized federated learning",
               "long-tailed classification"])),
    ("t-34171610da883a31", dict(  # DeCLIP
        proposed=[E("DeCLIP", "Data efficient CLIP", "De-CLIP")],
        methods_used=[E("CLIP", "Contrastive Language-Image Pre-training"), E("CLIP-ResNet50")],
        datasets=[D("ImageNet")],
        metrics=["zero-shot top1 accuracy"],
        tasks=["contrastive language-image pre-training", "data-efficient pre-training",
               "zero-shot image recognition", "visual representation learning"],
        repos=["https://github.com/Sense-GVT/DeCLIP"],
        results=[R("zero-shot top1 accuracy", "60.4%", "ImageNet"),
                 R("zero-shot top1 accuracy gain over CLIP-ResNet50", "0.8%", "ImageNet"),
                 R("fewer pre-training data than CLIP-ResNet50", "7.1 x", "")])),
    ("t-f15392f59fe62dc0", dict(  # TOCSIN; coined feature "token cohesiveness"
        proposed=[E("TOCSIN"), E("token cohesiveness")],
        tasks=["LLM-generated text detection", "zero-shot text detection",
               "black-box detection"],
        repos=["https://github.com/Shixuan-Ma/TOCSIN"])),
    ("t-2a95b1c7c261a041", dict(  # QUERT and its four named pre-training tasks
        proposed=[E("QUERT", "A Continual Pre-trained Language Model for QUERy Understanding in "
                             "Travel Domain Search"),
                  E("Geography-aware Mask Prediction"), E("Geohash Code Prediction"),
                  E("User Click Behavior Learning"), E("Phrase and Token Order Prediction")],
        metrics=["unique click-through rate", "page click-through rate"],
        tasks=["query understanding", "travel domain search", "continual pre-training",
               "domain adaptation"],
        results=[R("average downstream performance increase (supervised)", "2.02%"),
                 R("average downstream performance increase (unsupervised)", "30.93%"),
                 R("unique click-through rate increase", "0.89%"),
                 R("page click-through rate increase", "1.03%")])),
    ("t-5c39b4950d7d6d0c", dict(  # Adaptive-Note; five complex QA datasets unnamed
        proposed=[E("Adaptive-Note", "Adaptive Note-Enhanced RAG"), E("Retriever-and-Memory")],
        methods_used=[E("Retrieval-Augmented Generation", "RAG")],
        tasks=["retrieval-augmented generation", "complex question answering",
               "open-domain question answering"],
        repos=["https://github.com/thunlp/Adaptive-Note"])),
    ("t-744ef1534d314183", dict(  # position paper: generative simulation ("termed as")
        proposed=[E("generative simulation")],
        tasks=["generalist robots", "generative simulation", "robot skill learning",
               "foundation models for robotics"])),
    ("t-4de776832772dd4b", dict(  # ML in finance chapter
        tasks=["machine learning in finance", "AI adoption in financial services"])),
    ("t-9d9b605a4480e47b", dict(  # NLU evaluation position paper; Turing Test left out
        tasks=["natural language understanding evaluation", "language acquisition",
               "machine intelligence evaluation"])),
    ("t-ef21be01cd4cb528", dict(  # GPD paradigm; benchmarks unnamed
        proposed=[E("Generative Pre-trained Diffusion", "GPD")],
        tasks=["zero-shot time series forecasting", "multivariate time series forecasting",
               "time series foundation models"])),
    ("t-1935b5e05b7222ca", dict(  # reStructured Pre-training (RST), system Qin, Gaokao Benchmark
        proposed=[E("reStructured Pre-training", "RST"), E("Qin")],
        methods_used=[E("T0"), E("GPT3")],
        benchmarks=[D("National College Entrance Examination - English", "Gaokao-English"),
                    D("Gaokao Benchmark", introduced=True)],
        tasks=["language model pre-training", "restructured data pre-training",
               "English exam solving"],
        results=[R("score above average student score", "40 points", "Gaokao-English"),
                 R("score above GPT3", "15 points", "Gaokao-English"),
                 R("score (2018 English exam, national paper III)", "138.5", "Gaokao-English"),
                 R("total score (2022 College Entrance Examination English)", "134",
                   "Gaokao-English")])),
    ("t-f31ccc75245c034c", dict(  # survey
        tasks=["reinforcement learning for generative AI", "generative modeling",
               "large language model training"])),
    ("t-10d7ab42638d5694", dict(  # MLOps overview
        tasks=["machine learning operations", "ML productionization", "ML workflow automation"])),
    ("t-0995311933c89988", dict(  # RoboFuME
        proposed=[E("RoboFuME")],
        tasks=["robotic reinforcement learning", "reset-free fine-tuning",
               "robot manipulation", "reward learning"],
        repos=["https://robofume.github.io"])),
    ("t-a690e08828d2a36c", dict(  # ACCESS
        proposed=[E("ACCESS", "AudienCe-CEntric Sentence Simplification")],
        methods_used=[E("Sequence-to-Sequence models")],
        datasets=[D("WikiLarge")],
        metrics=["SARI"],
        tasks=["sentence simplification", "controllable text generation",
               "text simplification"],
        results=[R("SARI", "41.87", "WikiLarge"),
                 R("SARI improvement over best previously reported", "+1.42", "WikiLarge")])),
    ("t-d01c51901fd44cd3", dict(  # Beimingwu
        proposed=[E("Beimingwu")],
        tasks=["learnware dock system", "model reuse", "learnware identification and reuse"])),
    ("t-b34b929a4d32ef8b", dict(  # EEG cross-dataset transfer
        methods_used=[E("ShallowNet"), E("TCN")],
        datasets=[D("NMT"), D("TUAB")],
        tasks=["EEG pathology classification", "cross-dataset transfer learning",
               "data and model scaling"])),
    ("t-812ab8f0c4943095", dict(  # child headcam video SSL; nothing named
        tasks=["self-supervised video representation learning",
               "learning from child egocentric video", "action concept learning"])),
    ("t-d8f26de90243cc7b", dict(  # Symbolics.jl
        proposed=[E("Symbolics.jl")],
        metrics=["speedup"],
        tasks=["symbolic-numeric computing", "term rewriting", "modeling and simulation"],
        results=[R("acceleration on general symbolic transformations", "113x"),
                 R("simulation speedup", "157x")])),
    ("t-5cd1fa05883cf812", dict(  # MARS benchmark (introduced); formulation MetAphysical ReaSoning
        proposed=[E("MetAphysical ReaSoning")],
        benchmarks=[D("MARS", introduced=True)],
        tasks=["metaphysical reasoning", "situational transition reasoning",
               "LLM reasoning evaluation"],
        repos=["https://github.com/HKUST-KnowComp/MARS"])),
    ("t-1773c70e64338f6c", dict(  # survey; "living GitHub repository" has no URL
        tasks=["general-purpose robots", "foundation models for robotics", "robot learning"])),
    ("t-a063547d23d75d45", dict(  # code intelligence survey
        tasks=["neural code intelligence", "code generation", "code understanding"],
        repos=["https://github.com/QiushiSun/NCISurvey"])),
    ("t-25034c80d2a9a10d", dict(  # perspective on in-context learning
        tasks=["in-context learning", "meta-learning", "generalization"])),
    ("t-5549dc500444f6f2", dict(  # ATLaS
        proposed=[E("ATLaS", "Agent Tuning via Learning Critical Steps")],
        tasks=["LLM agent tuning", "critical step selection", "generalist agents"])),
    ("t-db7983ba4e5af788", dict(  # review
        tasks=["representation learning", "unsupervised feature learning", "deep learning",
               "manifold learning"])),
    ("t-49f923728e13d35a", dict(  # coined paradigm 'Online Training using External Interactions'
        proposed=[E("Online Training using External Interactions")],
        tasks=["online training of large language models", "LLM customization",
               "user interaction paradigms"])),
    ("t-0d4ab6dbe37e9554", dict(  # DEER (introduced dataset); framework and metrics unnamed
        datasets=[D("DEER", introduced=True)],
        tasks=["inductive reasoning", "natural language rule induction",
               "language models as reasoners"],
        repos=["https://github.com/ZonglinY/Inductive_Reasoning"])),
    ("t-595006691674c278", dict(  # physics; title descriptive, constructor theory not a method
        tasks=["thermodynamics formulation", "constructor theory", "adiabatic accessibility"])),
    ("t-91a6adaa109617af", dict(  # Flow of Reasoning
        proposed=[E("Flow of Reasoning", "FoR")],
        methods_used=[E("PPO"), E("GFlowNet")],
        datasets=[D("BlocksWorld"), D("Game24"), D("PrOntoQA")],
        tasks=["LLM reasoning", "diverse reasoning", "embodied reasoning",
               "math puzzle solving"],
        repos=["https://github.com/Yu-Fangxu/FoR"])),
    ("t-2b440a9881688052", dict(  # recurrent depth model, unnamed
        methods_used=[E("chain-of-thought")],
        tasks=["test-time compute scaling", "latent reasoning", "recurrent depth language models"])),
    ("t-09dde86daca5f08a", dict(  # Octopus v4
        proposed=[E("Octopus v4", "Octopus")],
        methods_used=[E("GPT-4"), E("Llama3"), E("Octopus v1"), E("Octopus v2"), E("Octopus v3")],
        benchmarks=[D("MMLU")],
        tasks=["graph of language models", "query routing to specialized models",
               "multi-model coordination"],
        repos=["https://www.nexa4ai.com/", "https://huggingface.co/NexaAIDev/Octopus-v4"],
        results=[R("MMLU score", "74.8", "MMLU")])),
    ("t-ee2d9e8b34bb5fdd", dict(  # AlphaMath; GPT-4 only mentioned as not needed
        proposed=[E("AlphaMath"), E("step-level beam search")],
        methods_used=[E("Monte Carlo Tree Search", "MCTS")],
        tasks=["mathematical reasoning", "process supervision", "LLM reasoning"])),
    ("t-8d830702bb95524e", dict(  # NesyCD
        proposed=[E("Neural-Symbolic Collaborative Distillation", "NesyCD")],
        methods_used=[E("LLaMA3-8B"), E("Qwen2-7B"), E("GPT-3.5-turbo"), E("LLaMA3-70B")],
        datasets=[D("BBH"), D("GSM8K"), D("AGIEval"), D("ARC")],
        tasks=["knowledge distillation", "complex reasoning",
               "small language model reasoning"],
        repos=["https://github.com/Xnhyacinth/NesyCD"])),
    ("t-cff69a983000a472", dict(  # FIND benchmark (introduced)
        benchmarks=[D("FIND", "Function INterpretation and Description", introduced=True)],
        tasks=["automated interpretability", "interpretability method evaluation",
               "function description"])),
    ("t-8a460f169961bcbf", dict(  # Directional Stimulus Prompting
        proposed=[E("Directional Stimulus Prompting")],
        methods_used=[E("T5"), E("ChatGPT"), E("Codex"), E("InstructGPT")],
        datasets=[D("MultiWOZ")],
        metrics=["accuracy"],
        tasks=["LLM prompting", "summarization", "dialogue response generation",
               "chain-of-thought reasoning"],
        repos=["https://github.com/Leezekun/Directional-Stimulus-Prompting"],
        results=[R("ChatGPT performance improvement", "41.4%", "MultiWOZ")])),
    ("t-c9301278ec213ac3", dict(  # Agent Q (title name); Llama-3 70B's 18.6% baseline not recorded
        proposed=[E("Agent Q")],
        methods_used=[E("Monte Carlo Tree Search", "MCTS"),
                      E("Direct Preference Optimization", "DPO"), E("Llama-3 70B")],
        datasets=[D("WebShop")],
        metrics=["success rate"],
        tasks=["autonomous web agents", "web navigation", "multi-step reasoning",
               "LLM agent self-improvement"],
        results=[R("success rate", "81.7%", ""),
                 R("relative success rate increase", "340%", ""),
                 R("success rate with online search", "95.4%", "")])),
    ("t-427a16d49e772351", dict(  # interpretable KD approach, unnamed
        methods_used=[E("GPT-4"), E("LlaMa 3")],
        tasks=["knowledge distillation", "customer service dialogue", "goal-oriented dialogue",
               "automated prompting"])),
    ("t-954c4bc5db2d0640", dict(  # GROOVE and algorithmic regret (AR)
        proposed=[E("GROOVE", "General RL Optimizers Obtained Via Environment Design"),
                  E("algorithmic regret", "AR")],
        methods_used=[E("Learned Policy Gradient", "LPG"),
                      E("Unsupervised Environment Design", "UED")],
        tasks=["meta-learning RL algorithms", "environment design",
               "generalization in reinforcement learning", "curriculum generation"])),
    ("t-e747e9bc0991fff4", dict(  # RISE
        proposed=[E("RISE", "Recursive IntroSpEction", "Recursive Introspection")],
        methods_used=[E("Llama2"), E("Llama3"), E("Mistral")],
        tasks=["LLM self-improvement", "self-correction", "math reasoning",
               "multi-turn fine-tuning"])),
    ("t-a829609a07558e84", dict(  # MGVGA with MGM and VGA
        proposed=[E("MGVGA"), E("masked gate modeling", "MGM", "Masked Gate Modeling"),
                  E("Verilog-AIG alignment", "VGA", "Verilog-AIG Alignment")],
        tasks=["circuit representation learning", "electronic design automation",
               "logic synthesis"],
        repos=["https://github.com/wuhy68/MGVGA"])),
    ("t-c9a2fd23b77c1ecf", dict(  # Symbolic Knowledge Distillation; KG distilled from GPT-3
        proposed=[E("Symbolic Knowledge Distillation")],
        methods_used=[E("GPT-3")],
        datasets=[D("ATOMIC")],
        tasks=["commonsense knowledge graph construction", "knowledge distillation",
               "commonsense modeling"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
