"""PDF reports (ReportLab, no Qt widgets).

fonts: the bundled fonts and their registration; text: shaping, line breaking and the
ShapedParagraph flowable that every report builder uses for user text.
"""
