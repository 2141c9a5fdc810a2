"""Language foundation shared by the UI and the reports (no Qt).

scripts: which script each character is in; segment: word/syllable breaks and line-break
opportunities; dates: Buddhist-era formatting and parsing; zawgyi: Zawgyi detection and
conversion for Burmese.
"""
