#!/usr/bin/env python3
"""Hand-written gold annotations for bench/tuning5/input.jsonl -> gold.jsonl.

Tuning set 5: 40 seed papers (the project's two scraped listings of recent ML papers) that are
in neither the 60-paper dev gold nor tuning set 4, drawn by bench/tuning5/sample.py and
annotated blind by a helper session: kg was never run on these abstracts and its code and
outputs were not read. Every entry below was written by reading only the paper's title and
abstract, following ../../../shared/eval/GUIDELINES.md (calibrated on the dev.gold file and the
judgement calls in ../heldout5/README.md and ../heldout6/README.md). Ids are copied from
input.jsonl; everything else is typed by hand. Unlike the held-out sets, rules may be developed
against this set.

    python bench/tuning5/annotate.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_annotation import D, E, R, write_gold  # noqa: E402  (shared by the held-out sets)


# One entry per line of input.jsonl, in order; the first field is the record id (checked).
A = [
    ("t-caacb482623b9314", dict(  # USER-VLM 360 (text: "User-VLM 360{\deg}"); datasets unnamed
        proposed=[E("User-VLM 360°", "USER-VLM 360")],
        metrics=["F1", "speedup"],
        tasks=["personalized vision-language models", "social human-robot interaction",
               "personalized visual question answering", "bias mitigation"],
        results=[R("F1", "+35.3%"), R("F1", "+47.5%"), R("bias reduction", "15%"),
                 R("speedup", "30X")])),
    ("t-4bdb331a997d3b4d", dict(  # Reinforced UI Instruction Grounding (title name)
        proposed=[E("Reinforced UI Instruction Grounding")],
        tasks=["UI instruction grounding", "UI task automation", "visual grounding"])),
    ("t-f1c6c359999553d0", dict(  # survey: knowledge-informed molecular learning
        tasks=["knowledge-informed molecular learning", "paradigm transfer",
               "molecular property prediction"])),
    ("t-61a3721d800ac15f", dict(  # Navigating Scaling Laws: adaptive ViT training
        methods_used=[E("Vision Transformers", "Vision Transformer")],
        tasks=["compute-optimal training", "neural scaling laws", "adaptive model shape",
               "vision transformer training acceleration"])),
    ("t-73d09691cc663728", dict(  # Yo'LLaVA
        proposed=[E("Yo'LLaVA")],
        methods_used=[E("LLaVA")],
        tasks=["personalizing large multimodal models", "personalized subject recognition",
               "personalized multimodal conversation"])),
    ("t-f1b1a724bdb444f9", dict(  # What's in your Head? non-target heads
        tasks=["multi-task training", "emergent behaviour of non-target heads",
               "model interpretability", "query-based summarization"])),
    ("t-834817bac253d152", dict(  # survey: Graph Foundation Models ("introduces the concept of")
        proposed=[E("Graph Foundation Models", "GFMs")],
        tasks=["graph foundation models", "graph machine learning",
               "graph pre-training and adaptation"])),
    ("t-71b5867d673e2cf2", dict(  # Observable Propagation (ObsProp)
        proposed=[E("observable propagation", "ObsProp", "Observable Propagation"),
                  E("coupling coefficient")],
        methods_used=[E("transformers", "Transformers"), E("LayerNorm")],
        tasks=["feature vector discovery", "mechanistic interpretability",
               "gender bias analysis in language models"],
        repos=["https://github.com/jacobdunefsky/ObservablePropagation"])),
    ("t-e68e6d4fcf9066f6", dict(  # Reflection-Bench: introduced benchmark
        methods_used=[E("OpenAI o1"), E("GPT-4"), E("Claude 3.5 Sonnet")],
        benchmarks=[D("Reflection-Bench", introduced=True)],
        tasks=["reflection ability evaluation", "LLM evaluation", "cognitive evaluation of LLMs"],
        repos=["https://github.com/YabYum/ReflectionBench"])),
    ("t-1dd639611bdcd00b", dict(  # position paper: foundation agents (advocated concept, not named method)
        tasks=["decision making", "foundation agents", "agent pretraining and adaptation"])),
    ("t-ec75e6d58a61c929", dict(  # O1 Replication Journey; journey learning
        proposed=[E("O1 Replication Journey"), E("journey learning")],
        methods_used=[E("O1")],
        datasets=[D("MATH")],
        tasks=["O1 replication", "LLM reasoning", "mathematical reasoning"],
        repos=["https://github.com/GAIR-NLP/O1-Journey"],
        results=[R("improvement over conventional supervised learning", "8%", "MATH")])),
    ("t-01a77abd1d974f70", dict(  # Fast and Slow Planning: SOFAI
        proposed=[E("SOFAI", "Slow and Fast AI")],
        tasks=["planning", "classical planning", "multi-agent epistemic planning"])),
    ("t-3b1c927d28eb35a3", dict(  # LogiCoT
        proposed=[E("Logical Chain-of-Thought", "LogiCoT")],
        tasks=["zero-shot chain-of-thought reasoning", "multi-step reasoning",
               "logical verification of reasoning"])),
    ("t-71d79a97eefc26b4", dict(  # Predictive representations (review)
        methods_used=[E("successor representation", "SR")],
        tasks=["predictive representations", "reinforcement learning",
               "computational neuroscience"])),
    ("t-0e0d259752c10c56", dict(  # MAG-V; constructed dataset unnamed
        proposed=[E("MAG-V")],
        methods_used=[E("GPT-4o"), E("GPT-4")],
        metrics=["accuracy"],
        tasks=["synthetic data generation", "trajectory verification", "LLM agent testing"],
        results=[R("accuracy", "11%")])),
    ("t-1b9d7c5a822e7580", dict(  # TaskMatrix.AI
        proposed=[E("TaskMatrix.AI")],
        methods_used=[E("ChatGPT")],
        tasks=["task completion", "connecting foundation models with APIs",
               "task automation"])),
    ("t-a1dc2be3f515241f", dict(  # Levels of AGI
        proposed=[E("Levels of AGI")],
        tasks=["AGI capability classification", "measuring progress toward AGI",
               "AI risk assessment"])),
    ("t-cfb50a1ab78ea6f4", dict(  # LMs meet world models; approach unnamed
        methods_used=[E("VirtualHome"), E("elastic weight consolidation", "EWC"),
                      E("low-rank adapters", "LoRA"), E("ChatGPT")],
        tasks=["embodied knowledge acquisition", "finetuning language models with world models",
               "physical reasoning and planning"],
        results=[R("average improvement", "64.28%")])),
    ("t-7063be0d755563af", dict(  # Evidence Inference 2.0
        datasets=[D("Evidence Inference 2.0", introduced=True), D("Evidence Inference")],
        tasks=["evidence inference", "clinical trial evidence comprehension",
               "evidence identification"],
        repos=["http://evidence-inference.ebm-nlp.com/"])),
    ("t-f9ce4aa9b2021b6e", dict(  # causal direction of data collection (ICM principle)
        methods_used=[E("independent causal mechanisms", "ICM"), E("minimum description length")],
        tasks=["causal and anticausal learning in NLP", "semi-supervised learning",
               "domain adaptation"],
        repos=["https://github.com/zhijing-jin/icm4nlp"])),
    ("t-ae698c77698402fe", dict(  # ChroKnowledge / ChroKnowBench / ChroKnowPrompt
        proposed=[E("ChroKnowledge", "Chronological Categorization of Knowledge"),
                  E("ChroKnowPrompt")],
        benchmarks=[D("ChroKnowBench", introduced=True)],
        tasks=["chronological knowledge evaluation", "temporal knowledge updating",
               "knowledge elicitation in LLMs"],
        results=[R("knowledge update improvement (biomedical domain)", "+11.9%"),
                 R("knowledge update improvement (general domain)", "+2.8%")])),
    ("t-996551890ca21058", dict(  # RT-1
        proposed=[E("Robotics Transformer", "RT-1")],
        tasks=["real-world robotic control", "robot learning", "generalization in robotics"],
        repos=["https://robotics-transformer1.github.io"])),
    ("t-c89ff3f84c468e20", dict(  # A Dynamical View of the Question of Why; unnamed approach
        tasks=["causal reasoning in multivariate time series", "quantifying causal contributions",
               "causation in diffusion processes"])),
    ("t-00ad572a23a41c8d", dict(  # In-Context Learning Creates Task Vectors
        proposed=[E("task vector")],
        methods_used=[E("transformer")],
        tasks=["in-context learning", "understanding in-context learning mechanisms"])),
    ("t-74d7ae4588e27419", dict(  # survey: LLM test-time compute via search
        tasks=["LLM test-time compute", "LLM inference via search", "LLM profiling",
               "search algorithms"],
        repos=["https://github.com/xinzhel/LLM-Agent-Survey/blob/main/search.md"])),
    ("t-c7313bd2959a4e76", dict(  # balancing specialized/general skills; nothing named
        tasks=["domain-specific LLM fine-tuning", "balancing general and specialized skills",
               "LLM evaluation"])),
    ("t-e4de1dbf2dc3315a", dict(  # PTEC; released benchmarking dataset unnamed
        proposed=[E("Prompt Tuned Embedding Classification", "PTEC")],
        methods_used=[E("Prompt Tuning"), E("Trie Search")],
        tasks=["multi-label text classification", "industry sector allocation",
               "company classification"],
        repos=["https://github.com/EQTPartners/PTEC"])),
    ("t-dd3e2c997b81b805", dict(  # Universal Neurons in GPT2
        methods_used=[E("GPT2")],
        tasks=["mechanistic interpretability", "neuron universality", "neuron interpretation"],
        results=[R("fraction of universal neurons", "1-5%")])),
    ("t-ef05869b2801702a", dict(  # toy model of universality (group operations)
        tasks=["mechanistic interpretability", "universality hypothesis",
               "learning group composition"])),
    ("t-bcdad1bb8431f1e3", dict(  # Tree-Planner
        proposed=[E("Tree-Planner")],
        metrics=["token consumption"],
        tasks=["close-loop task planning", "LLM-based task planning"],
        repos=["https://tree-planner.github.io/"],
        results=[R("token consumption reduction", "92.2%"),
                 R("error correction decrease", "40.5%")])),
    ("t-5e45300783e1f42c", dict(  # linear correlation in LM knowledge composition
        tasks=["compositional generalization", "knowledge composition in LMs",
               "hallucination"])),
    ("t-a4ded5e29efd8f90", dict(  # Golden Touchstone (benchmark) + Touchstone-GPT
        proposed=[E("Touchstone-GPT")],
        methods_used=[E("GPT-4o"), E("Llama3"), E("FinGPT"), E("FinMA")],
        benchmarks=[D("Golden Touchstone", introduced=True)],
        tasks=["financial LLM evaluation", "bilingual financial NLP", "financial LLMs"],
        repos=["https://github.com/IDEA-FinAI/Golden-Touchstone"])),
    ("t-710ab8e862e02963", dict(  # LogiDynamics (title name of the study / environment)
        proposed=[E("LogiDynamics")],
        tasks=["logical inference in LLM reasoning", "analogical reasoning",
               "in-context learning"])),
    ("t-71eed0d21cb37d6a", dict(  # AW-MoE; JD dataset unnamed
        proposed=[E("Attention Weighted Mixture of Experts", "AW-MoE")],
        tasks=["personalized ranking", "e-commerce search", "long-tail user modeling"])),
    ("t-ec081731440c7c23", dict(  # wide and deep networks, optimal classification (theory)
        methods_used=[E("Neural Tangent Kernels"), E("1-nearest neighbor")],
        tasks=["optimal classification with neural networks", "infinitely wide and deep networks",
               "neural network classification theory"])),
    ("t-29554649171c98f7", dict(  # IDEA agent + RULEARN benchmark
        proposed=[E("IDEA agent", "IDEA")],
        benchmarks=[D("RULEARN", introduced=True)],
        tasks=["rule learning", "abductive reasoning", "LLM agents in interactive environments"])),
    ("t-0e97e89260073638", dict(  # Jellyfish
        proposed=[E("Jellyfish")],
        methods_used=[E("Llama 2 13B"), E("GPT-3.5")],
        tasks=["data preprocessing", "error detection", "data imputation", "entity matching"],
        repos=["https://huggingface.co/NECOUDBFM/Jellyfish"])),
    ("t-56db008a80907dc9", dict(  # V-LoL / V-LoL-Trains (introduced datasets)
        datasets=[D("V-LoL", "visual logical learning dataset", introduced=True),
                  D("V-LoL-Trains", introduced=True)],
        benchmarks=[D("Michalski train problem")],
        tasks=["visual logical learning", "visual reasoning", "neuro-symbolic AI evaluation"])),
    ("t-76f3ac8090c7b4cb", dict(  # Snowman: introduced Chinese CKG
        methods_used=[E("ChatGPT"), E("GPT-4")],
        datasets=[D("Snowman", introduced=True)],
        metrics=["human acceptance"],
        tasks=["commonsense knowledge graph construction", "knowledge distillation from LLMs",
               "Chinese commonsense knowledge"],
        results=[R("human acceptance", "90.6%", "Snowman")])),
    ("t-719bb4c114265bf0", dict(  # NoRa dataset + CD-CoT
        proposed=[E("contrastive denoising with noisy chain-of-thought", "CD-CoT")],
        methods_used=[E("self-correction"), E("self-consistency")],
        datasets=[D("NoRa", introduced=True)],
        metrics=["accuracy"],
        tasks=["chain-of-thought reasoning with noisy rationales", "robust reasoning",
               "in-context learning"],
        repos=["https://github.com/tmlr-group/NoisyRationales"],
        results=[R("accuracy drop (irrelevant thoughts)", "1.4%-19.8%", "NoRa"),
                 R("accuracy drop (inaccurate thoughts)", "2.2%-40.4%", "NoRa"),
                 R("accuracy improvement", "17.8%")])),
]

if __name__ == "__main__":
    write_gold(HERE, A)
