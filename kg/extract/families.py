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
    r"text-davinci|davinci|Llava|LLaVA|MiniGPT|Sora|Segment Anything)(?![a-z])"
)
