"""The findings table names the law in the reader's language, not by its data key ("LPA:49")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from inspector_app.core.views.evidence import FindingRow
from inspector_app.ui.editor.findings_tab import FindingsModel
from inspector_app.ui.language import current_language, set_current_language


@pytest.fixture
def language(qapp) -> Iterator[None]:  # noqa: ANN001
    before = current_language()
    yield
    set_current_language(before)


def _row() -> FindingRow:
    return FindingRow(id="f1", severity="S1", title_th="ทดสอบ", title_en="Test", description_th=None,
                      description_en=None, required_action_th=None, required_action_en=None,
                      legal_refs=("LPA:49", "ROFW:131"), workers_affected=None, evidence=(), deadline=None,
                      status="open", referral_target=None)


@pytest.mark.parametrize(("lang", "cell"), [
    ("th", "พ.ร.บ.คุ้มครองแรงงาน มาตรา 49, พ.ร.ก.การทำงานของคนต่างด้าว มาตรา 131"),
    ("en", "LPA s.49, RO Foreign Workers s.131"),
])
def test_the_legal_basis_column_cites_the_act_and_section(language, lang: str, cell: str) -> None:  # noqa: ANN001
    set_current_language(lang)
    model = FindingsModel()
    model.set_rows([_row()])
    index = model.index(0, model.COLUMNS.index("legal_refs"))
    assert index.data() == cell
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0].startswith(cell.split(", ")[0] + " — ")  # the whole citation, with the section's title


def test_the_legal_basis_column_is_burmese_on_a_burmese_screen(language) -> None:  # noqa: ANN001
    set_current_language("my")
    model = FindingsModel()
    model.set_rows([_row()])
    cell = model.index(0, model.COLUMNS.index("legal_refs")).data()
    assert ":" not in cell and "49" in cell and "131" in cell
    assert all(not ("a" <= ch.lower() <= "z") for ch in cell), cell  # no English law names
    assert any("\u1000" <= ch <= "\u109f" for ch in cell), cell
