"""LaTeX markup in titles and abstracts ("$\\texttt{SPIN}$: distilling ...", "\\emph{not}"),
blanked out so the rules see the words inside it.

Blanking keeps every character's offset: markup becomes spaces, the text it wraps stays where
it is, so evidence offsets still point into the paper's own title and abstract.
"""

from __future__ import annotations

import re

# Commands that only style the text they wrap: "\textbf{X}" reads as X.
# Not when it styles part of a word ("\textbf{B}ias-\textbf{T}olerant"): blanking would split it.
_STYLE = re.compile(r"(?<![A-Za-z])(\$?)\\(?:text(?:tt|bf|it|sc|rm|sf|up|normal)?|emph|mathrm|mathbf|mathit|"
                    r"mathsf|mathtt|operatorname|underline|boldsymbol|bm)\s*\{([^{}$\\]{1,80})\}(\$?)(?![A-Za-z])")


def blank_markup(text: str) -> str:
    """``text`` with styling commands (and the $ around one) replaced by spaces."""
    if "\\" not in text:
        return text
    return _STYLE.sub(_blank, text)


def _blank(match: re.Match) -> str:
    inner_start = match.start(2) - match.start()
    inner_end = match.end(2) - match.start()
    whole = match.group()
    return " " * inner_start + whole[inner_start:inner_end] + " " * (len(whole) - inner_end)
