"""Public model families: a name that starts with one of these is a model, whatever follows
(versions, sizes, suffixes). General knowledge of the field, not any paper's names."""

from __future__ import annotations

import re

MODEL_FAMILY = re.compile(
    r"^(?:GPT|ChatGPT|InstructGPT|Llama|LLaMA|LLaMa|Llama-?\d|Alpaca|Vicuna|Mistral|Mixtral|Qwen|"
    r"Gemini|Gemma|Claude|PaLM|Flan|T5|mT5|BERT|RoBERTa|ALBERT|DeBERTa|ELECTRA|XLNet|BART|"
    r"ViT|DeiT|Swin|ResNet|ResNeXt|VGG|DenseNet|EfficientNet|MobileNet|ConvNeXt|CLIP|BLIP|"
    r"DINO|DINOv2|SAM|Whisper|wav2vec|HuBERT|Phi|Falcon|OPT|BLOOM|Pythia|DeepSeek|Yi|"
    r"Stable Diffusion|DALL|Imagen|Codex|CodeLlama|StarCoder|Mamba|RWKV|YOLO|U-Net|UNet|"
    r"Transformer-XL|XLM|LaMDA|Chinchilla|Gopher|OLMo|InternLM|Baichuan|ChatGLM|GLM|o1|o3|"
    r"text-davinci|davinci|Llava|LLaVA|MiniGPT|Sora|Segment Anything)(?:(?![a-z])|(?=v\d))"
)  # (a glued version is the family's too: "YOLOv3", "YOLOv5s")

# A model named after its family ("BioGPT", "FinGPT", "LogiT5", "SciBERT", "Med-PaLM") or the
# family's plural ("ViTs"): no data set in the public vocabularies is named so.
_FAMILY_SUFFIX = re.compile(r"(?:(?<=[a-z])|(?<=[a-z]-))(?:GPT|T5|BERT|RoBERTa|PaLM|LLaMA|ViT|BART|CLIP)"
                            r"(?:-?\d[\w.]*)?$")


def family_named(name: str) -> bool:
    """``name`` is a model by its family: "ViTs", "BioGPT", "Med-PaLM", "CodeT5"."""
    return bool(_FAMILY_SUFFIX.search(name)
                or name.endswith("s") and MODEL_FAMILY.fullmatch(name[:-1]))
