#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning6/input.jsonl -> gold.jsonl.

Seed set 6: 40 seed papers (the project's two scraped listings of recent ML papers) that are
outside the 60-paper dev gold and outside seed tuning sets 4 and 5, drawn by
bench/tuning6/sample.py. Annotated blind by a helper session that read only each paper's title
and abstract, ../../../shared/eval/GUIDELINES.md, ../../../shared/eval/dev.gold.jsonl and the
judgement calls in ../heldout5/README.md and ../heldout6/README.md; kg was never run on these
abstracts and its code and outputs were not read. Ids are copied from input.jsonl; everything
else is typed by hand. Single annotator, no adjudication.

This is a HELD-OUT check for the seed papers: its errors are not read, only its scores. Do not
develop rules against it.

    python3 bench/tuning6/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("t-fd251f1091674a5e", dict(  # UniFormerV2
        proposed=[E("UniFormerV2")],
        methods_used=[E("Vision Transformers", "ViTs", "ViT"), E("UniFormer")],
        datasets=[D("Kinetics-400"), D("Kinetics-600"), D("Kinetics-700"),
                  D("Moments in Time"), D("Something-Something V1"),
                  D("Something-Something V2"), D("ActivityNet"), D("HACS")],
        metrics=["top-1 accuracy"],
        tasks=["video recognition", "spatiotemporal representation learning",
               "video understanding"],
        repos=["https://github.com/OpenGVLab/UniFormerV2"],
        results=[R("top-1 accuracy", "90%", "Kinetics-400")])),
    ("t-11d22b606e365fdf", dict(  # BrightDreamer
        proposed=[E("BrightDreamer"), E("Text-guided Shape Deformation", "TSD"),
                  E("Text-guided Triplane Generator", "TTG")],
        methods_used=[E("Gaussian Splatting", "GS"), E("Score Distillation Sampling", "SDS")],
        tasks=["text-to-3D generation", "3D Gaussian generation",
               "generalizable text-to-3D synthesis"],
        repos=["https://vlislab22.github.io/BrightDreamer"],
        results=[R("generation time", "77 ms"), R("rendering speed", "705 frames per second")])),
    ("t-12f71cc6e0ac1968", dict(  # DiffDub
        proposed=[E("DiffDub", "Diffusion-based dubbing")],
        methods_used=[E("Diffusion auto-encoder"), E("conformer")],
        tasks=["person-generic visual dubbing", "lip synchronization",
               "lower-face inpainting"])),
    ("t-ecb22922306d891f", dict(  # Learning to Prompt (L2P)
        proposed=[E("L2P", "Learning to Prompt")],
        tasks=["continual learning", "rehearsal-free continual learning",
               "task-agnostic continual learning", "image classification"],
        repos=["https://github.com/google-research/l2p"])),
    ("t-c50faf9fd325efb7", dict(  # open-source advantage in LLMs (position/survey)
        methods_used=[E("GPT-4"), E("LLaMA"), E("BLOOM"), E("Transformer"),
                      E("Low-Rank Adaptation", "LoRA")],
        tasks=["open-source large language models", "open vs closed-source LLM comparison",
               "transparency and ethics in AI"])),
    ("t-8d59405129fadd65", dict(  # foundation models for decision making (survey)
        tasks=["foundation models for decision making", "interactive agents",
               "long-term reasoning"])),
    ("t-4adebfb917477c3b", dict(  # AdaTape
        proposed=[E("AdaTape"), E("Adaptive Tape Reading", "ATR")],
        tasks=["adaptive computation", "dynamic computation in neural networks",
               "image recognition"],
        repos=["https://github.com/google-research/scenic"])),
    ("t-be5422dceeade959", dict(  # in-context ethical policies (position paper)
        methods_used=[E("GPT-4")],
        tasks=["ethical reasoning in LLMs", "moral alignment", "in-context ethical policies",
               "value pluralism"])),
    ("t-0e34301f26d9a90d", dict(  # inverse dynamics pretraining
        tasks=["multitask imitation learning", "representation pretraining",
               "inverse dynamics modeling", "visuomotor manipulation"])),
    ("t-f93933a27692e60f", dict(  # provable advantage of unsupervised pretraining (theory)
        tasks=["unsupervised pretraining theory", "representation learning",
               "excess risk analysis"])),
    ("t-c34d4c9f1f70be2c", dict(  # ManiSkill2: introduced benchmark
        benchmarks=[D("ManiSkill2", introduced=True), D("SAPIEN ManiSkill")],
        tasks=["generalizable manipulation skills", "robotic manipulation benchmarking",
               "embodied AI"],
        results=[R("sample collection speed", "2000 FPS")])),
    ("t-9fd76c8279d8f3d3", dict(  # Experiential Co-Learning
        proposed=[E("Experiential Co-Learning")],
        tasks=["software-developing agents", "multi-agent collaboration",
               "experience reuse for LLM agents"])),
    ("t-f4b24ab7b4881e82", dict(  # roadmap to pluralistic alignment
        proposed=[E("Overton pluralistic models"), E("Steerably pluralistic models"),
                  E("Distributionally pluralistic models")],
        tasks=["pluralistic alignment", "AI alignment", "pluralistic benchmarks"])),
    ("t-87a75beed4e731a1", dict(  # unified CL framework; refresh learning
        proposed=[E("refresh learning")],
        tasks=["continual learning", "catastrophic forgetting",
               "unified framework for continual learning"],
        repos=["https://github.com/joey-wang123/CL-refresh-learning"])),
    ("t-16bb57d2ad4c11ea", dict(  # Chain-of-Reasoning
        proposed=[E("Chain-of-Reasoning", "CoR"), E("Progressive Paradigm Training", "PPT"),
                  E("CoR-Math-7B")],
        methods_used=[E("GPT-4")],
        tasks=["mathematical reasoning", "multi-paradigm reasoning", "theorem proving",
               "arithmetic reasoning"],
        results=[R("absolute improvement over GPT-4 (theorem proving)", "41.0%"),
                 R("improvement over RL-based methods (arithmetic)", "7.9%")])),
    ("t-07060d14e9c32e07", dict(  # multitask prompted training (T0; name not in text)
        benchmarks=[D("BIG-bench")],
        tasks=["zero-shot task generalization", "multitask prompted training",
               "prompted dataset collection"],
        repos=["https://github.com/bigscience-workshop/t-zero",
               "https://github.com/bigscience-workshop/promptsource"])),
    ("t-645569624526593a", dict(  # Meaning type, A-MTT
        proposed=[E("Meaning"), E("Automatic Meaning-Type Transformation", "A-MTT")],
        tasks=["neurosymbolic programming", "LLM integration in code",
               "meaning-type translation"])),
    ("t-c910a91a9a4a6f3a", dict(  # specific vs general principles for Constitutional AI
        methods_used=[E("Constitutional AI")],
        tasks=["AI safety", "learning from AI feedback", "harmless dialogue assistants"])),
    ("t-d0de66dd33848d50", dict(  # CL2R
        proposed=[E("CL2R", "Compatible Lifelong Learning Representations")],
        tasks=["compatible representation learning", "lifelong learning", "visual search",
               "catastrophic forgetting"],
        repos=["https://github.com/NiccoBiondi/CompatibleLifelongRepresentation"])),
    ("t-6faae0e59c924691", dict(  # IF2Net
        proposed=[E("IF2Net", "Innately Forgetting-Free Network",
                    "Innately Forgetting-Free Networks")],
        tasks=["continual learning", "catastrophic forgetting",
               "task-agnostic continual learning"])),
    ("t-eb4aaa9a95d76e51", dict(  # relevant or random analogical reasoning
        datasets=[D("GSM8K")],
        tasks=["analogical reasoning", "LLM reasoning", "self-generated in-context examples"],
        results=[R("performance boost", "4%", "GSM8K")])),
    ("t-02c930ccf1c92215", dict(  # ReWOO
        proposed=[E("ReWOO", "Reasoning WithOut Observation")],
        methods_used=[E("GPT3.5"), E("LLaMA")],
        benchmarks=[D("HotpotQA")],
        metrics=["token efficiency", "accuracy"],
        tasks=["augmented language models", "tool-augmented reasoning",
               "efficient LLM reasoning", "multi-step reasoning"],
        results=[R("token efficiency", "5x", "HotpotQA"),
                 R("accuracy improvement", "4%", "HotpotQA")])),
    ("t-3e4464893b4c7265", dict(  # Masked Thought (title name)
        proposed=[E("Masked Thought")],
        datasets=[D("GSM8K"), D("MATH")],
        metrics=["accuracy"],
        tasks=["mathematical reasoning", "language model fine-tuning",
               "chain-of-thought perturbation"],
        results=[R("accuracy improvement", "5%", "GSM8K"),
                 R("accuracy improvement", "3%", "GSM8K"),
                 R("accuracy improvement", "1%", "MATH")])),
    ("t-b21cca6935c9ab54", dict(  # calibration of SFT / ICL, self-ensembling
        tasks=["model calibration", "in-context learning", "self-ensembling",
               "low-resource learning"])),
    ("t-df70a43a4cd79ac5", dict(  # few-shot spoken word classification via MAML extension
        methods_used=[E("model-agnostic meta-learning", "MAML"), E("OML")],
        datasets=[D("Google Commands"), D("FACC")],
        tasks=["few-shot spoken word classification", "continual learning",
               "catastrophic forgetting mitigation"])),
    ("t-b4cecd74d7e4b5db", dict(  # InvestLM
        proposed=[E("InvestLM")],
        methods_used=[E("LLaMA-65B"), E("GPT-3.5"), E("GPT-4"), E("Claude-2")],
        tasks=["financial domain LLM", "financial instruction tuning",
               "investment question answering", "financial text understanding"])),
    ("t-3a6860c3d56b63ba", dict(  # JEI-DNN
        proposed=[E("JEI-DNN", "Jointly-Learned Exit and Inference for a Dynamic Neural Network")],
        methods_used=[E("Early-exiting dynamic neural networks", "EDNN")],
        tasks=["early-exit dynamic neural networks", "efficient inference",
               "uncertainty characterization", "classification"])),
    ("t-a2aa563c82b04c20", dict(  # Unlearnable Clusters
        proposed=[E("Unlearnable Clusters", "UCs")],
        methods_used=[E("CLIP"), E("Microsoft Azure"), E("Baidu PaddlePaddle")],
        tasks=["unlearnable examples", "label-agnostic data protection",
               "visual privacy protection"],
        repos=["https://github.com/jiamingzhang94/Unlearnable-Clusters"])),
    ("t-2e01685d4ed14bc5", dict(  # Mixture of Prompt Learning (title name)
        proposed=[E("Mixture of Prompt Learning")],
        methods_used=[E("CLIP")],
        tasks=["prompt learning for vision-language models", "few-shot learning",
               "domain generalization", "base-to-new generalization"],
        repos=["https://anonymous.4open.science/r/mocoop-6387"])),
    ("t-e8ecb5f7abf377aa", dict(  # SPaR
        proposed=[E("SPaR", "Self-Play with Tree-Search Refinement")],
        methods_used=[E("LLaMA3-8B"), E("GPT-4-Turbo"), E("GLM-4-9B"), E("LLaMA3-70B")],
        benchmarks=[D("IFEval")],
        tasks=["instruction following", "preference learning", "self-play",
               "tree-search self-refinement"],
        repos=["https://github.com/thu-coai/SPaR"])),
    ("t-0c093d158e2ce94f", dict(  # Learning to Navigate the Web (QWeb)
        proposed=[E("QWeb")],
        methods_used=[E("DQN")],
        benchmarks=[D("World of Bits")],
        metrics=["success rate"],
        tasks=["web navigation", "instruction following", "curriculum learning",
               "reinforcement learning with sparse rewards"],
        results=[R("success rate", "100%", "World of Bits")])),
    ("t-49eef289c1da4753", dict(  # R-Tuning
        proposed=[E("Refusal-Aware Instruction Tuning", "R-Tuning")],
        tasks=["hallucination mitigation", "refusing unknown questions", "instruction tuning",
               "uncertainty estimation"],
        repos=["https://github.com/shizhediao/R-Tuning"])),
    ("t-f608d8c0bb88c4e6", dict(  # Orca
        proposed=[E("Orca")],
        methods_used=[E("GPT-4"), E("ChatGPT"), E("LLaMA"), E("Vicuna-13B")],
        benchmarks=[D("Big-Bench Hard", "BBH"), D("AGIEval"), D("SAT"), D("LSAT"), D("GRE"),
                    D("GMAT")],
        tasks=["imitation learning from large foundation models", "explanation tuning",
               "zero-shot reasoning"],
        repos=["https://aka.ms/orca-lm"],
        results=[R("improvement over Vicuna-13B", "more than 100%", "Big-Bench Hard"),
                 R("improvement over Vicuna-13B", "42%", "AGIEval"),
                 R("gap to ChatGPT (optimized system message)", "4 pts")])),
    ("t-0aeff92dad58910f", dict(  # LIMO
        proposed=[E("LIMO"), E("Less-Is-More Reasoning Hypothesis", "LIMO Hypothesis")],
        datasets=[D("AIME"), D("MATH")],
        metrics=["accuracy"],
        tasks=["mathematical reasoning", "data-efficient reasoning",
               "supervised fine-tuning for reasoning"],
        repos=["https://github.com/GAIR-NLP/LIMO"],
        results=[R("accuracy", "57.1%", "AIME"), R("accuracy", "94.8%", "MATH"),
                 R("absolute improvement", "40.5%")])),
    ("t-923242271eb4e84a", dict(  # MPNP
        proposed=[E("Martingale Posterior Neural Process", "MPNP",
                    "Martingale Posterior Neural Processes")],
        methods_used=[E("Neural Process", "NP"), E("martingale posterior")],
        tasks=["stochastic process estimation", "uncertainty modeling",
               "neural processes"])),
    ("t-c4832c4ab44ba7db", dict(  # RFC / Bonsai
        proposed=[E("Rich Feature Construction", "RFC", "Bonsai")],
        datasets=[D("Wilds Camelyon17", "Camelyon17")],
        benchmarks=[D("ColoredMNIST")],
        tasks=["out-of-distribution generalization", "rich representation initialization",
               "optimization-generalization dilemma"])),
    ("t-fa756bafdf78d08a", dict(  # LogicSolver; InterMWP introduced
        proposed=[E("LogicSolver")],
        datasets=[D("InterMWP", introduced=True)],
        metrics=["answer accuracy"],
        tasks=["math word problem solving", "interpretable MWP solving",
               "logical formula prediction"],
        repos=["https://github.com/yangzhch6/InterMWP"])),
    ("t-5dd567cf3d062424", dict(  # CLR
        proposed=[E("Channel-wise Lightweight Reprogramming", "CLR")],
        tasks=["continual learning", "catastrophic forgetting", "image classification"],
        repos=["https://github.com/gyhandy/Channel-wise-Lightweight-Reprogramming"],
        results=[R("parameter increase per new task", "0.6%")])),
    ("t-0dab1de14b523b87", dict(  # INSTINCT
        proposed=[E("INSTINCT",
                    "INSTruction optimization usIng Neural bandits Coupled with Transformers")],
        methods_used=[E("Bayesian optimization", "BO"), E("ChatGPT")],
        tasks=["instruction optimization", "black-box LLM prompt optimization",
               "instruction induction", "zero-shot chain-of-thought"],
        repos=["https://github.com/xqlin98/INSTINCT"])),
    ("t-912f28b6b64abbc0", dict(  # T1
        proposed=[E("T1")],
        methods_used=[E("Qwen2.5-32B"), E("QwQ-32B-Preview", "Qwen QwQ-32B-Preview")],
        benchmarks=[D("MATH500"), D("AIME2024"), D("Omni-math-500")],
        tasks=["LLM reasoning", "reinforcement learning for LLMs", "inference scaling",
               "math reasoning"],
        repos=["https://github.com/THUDM/T1"])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
