"""A finding's title, description or action as a bilingual report prints it.

The full report and the employer notice are Thai documents with English beneath: a
finding's text is printed in Thai, then in English in the smaller muted style. Texts
come from the finding's own Thai and English (see ``data.finding_texts``), never from
the language of the screen it was accepted on. A text the inspector wrote in one
language only is printed as written and marked, so no reader takes it for a translation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.flowables import Flowable

from .labels import label
from .layout import Styles, TextStyle, para

__all__ = ["bilingual_text"]


def bilingual_text(finding: dict[str, Any], name: str, styles: Styles, style: TextStyle | None = None,
                   language: str = "th") -> list[Flowable]:
    """``name`` ("title", "description", "required_action") of a finding row, both languages."""
    other = "en" if language == "th" else "th"
    own, second = finding.get(f"{name}_{language}"), finding.get(f"{name}_{other}")
    style = style or styles.cell
    if not own and not second:
        return []
    if not own:
        # Written in the other language only: print it, and say so in both languages.
        only = f"only_{other}"
        return [para(second, style), para(f"{label(only, language)} · {label(only, other)}", styles.cell_en)]
    out = [para(own, style)]
    if second and second != own:
        out.append(para(second, styles.cell_en))
    elif not second:
        only = f"only_{language}"
        out.append(para(f"{label(only, other)}", styles.cell_en))
    return out
