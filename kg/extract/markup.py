"""LaTeX markup in titles and abstracts ("$\\texttt{SPIN}$: distilling ...", "\\emph{not}") and
Markdown emphasis ("_LawFlow_"), blanked out so the rules see the words inside it.

Blanking keeps every character's offset: markup becomes spaces, the text it wraps stays where
it is, so evidence offsets still point into the paper's own title and abstract.
"""

from __future__ import annotations

import re

# Commands that only style the text they wrap: "\textbf{X}" reads as X.
# Not when it styles part of a word ("\textbf{B}ias-\textbf{T}olerant"): blanking would split it.
_STYLE = re.compile(r"(?<![A-Za-z])(\$?)\\(?:text(?:tt|bf|it|sc|rm|sf|up|normal)?|emph|mathrm|mathbf|mathit|"
                    r"mathsf|mathtt|operatorname|underline|boldsymbol|bm)\s*"
                    r"\{(?P<inner>[^{}$\\]{1,80})\}(\$?)(?![A-Za-z])")


# The same commands whose backslash-t was read as a tab by a JSON writer that did not escape it
# ("\textit{Cityscapes}" stored as TAB + "extit{Cityscapes}", the tab then read as a space),
# and "\mbox{X}" without its backslash: 0.1% of corpus abstracts.
_LOST_BACKSLASH = re.compile(r"(?<![\w\\])(?:ext(?:tt|bf|it|sc|rm|sf|up|normal)|mbox)"
                             r"\{(?P<inner>[^{}$\\]{1,80})\}(?![A-Za-z])")


# Font declarations inside a group ("{\em anomaly detection}", "the popular {\scshape Isolation
# Forest} (IF)"; 0.25% of corpus abstracts): the group's braces and the declaration go.
_DECLARED = re.compile(r"(?<![A-Za-z])\{\\(?:em|bf|it|sc|tt|sl|rm|sf|(?:bf|md)series|(?:it|sc|sl|up)shape|"
                       r"(?:tt|sf|rm)family)\s+(?P<inner>[^{}$\\]{1,80}?)\s*\}(?![A-Za-z])")


# Markdown emphasis around a word or a few ("we introduce _LawFlow_, a dataset", "**AutoPRM**",
# "*lab coat*", "***AGAP***"; 0.3% of corpus abstracts): the markers go, the words stay. Not a
# star or an underscore inside a name ("A* search", "UCF_CC_50").
_EMPHASIS = re.compile(r"(?<![\w\\*])(?P<mark>_{1,2}|\*{1,3})(?P<inner>[A-Za-z][^_*\n$]{0,60}?[A-Za-z0-9])"
                       r"(?P=mark)(?![\w*])")


# LaTeX quotation marks (``Everything of Thoughts'', 0.5% of corpus abstracts) read as the plain
# double quotes the naming cues know; each two-character mark becomes a quote and a space, on
# the side away from the quoted words.
_LATEX_QUOTES = re.compile(r"(?<!\w)``(?P<inner>[^`'\n]{1,80}?)''(?!\w)")


def blank_markup(text: str) -> str:
    """``text`` with styling commands (and the $ around one) and Markdown emphasis markers
    replaced by spaces, and LaTeX quotation marks by plain ones."""
    if "``" in text:
        text = _LATEX_QUOTES.sub(lambda m: f' "{m.group("inner")}" ', text)
    if "_" in text or "*" in text:
        text = _EMPHASIS.sub(_blank, text)
    if "{" not in text:
        return text
    if "\\" in text:
        text = _STYLE.sub(_blank, text)
        text = _DECLARED.sub(_blank, text)
    if "ext" in text or "mbox" in text:
        text = _LOST_BACKSLASH.sub(_blank, text)
    return text


def _blank(match: re.Match) -> str:
    inner_start = match.start("inner") - match.start()
    inner_end = match.end("inner") - match.start()
    whole = match.group()
    return " " * inner_start + whole[inner_start:inner_end] + " " * (len(whole) - inner_end)
