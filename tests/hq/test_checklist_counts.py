"""The review page's checklist counts take each item's result as the reports print it: an age or a wage that
judges its item, and a choice question's choice, decide the result, whatever the inspector ticked."""

from __future__ import annotations

from inspector_app.core.checklists import load_templates
from inspector_app.hq.inspection_view import InspectionView, _summarise_checklist
from inspector_app.hq.template_catalog import ResolvedTemplates


def test_section_counts_follow_the_value_not_the_tick() -> None:
    general = max((t for t in load_templates() if t.code == "LPA-GENERAL"), key=lambda t: t.version)
    answers = [("a1", {"item_code": "LPA-C-01", "result": "compliant", "value": "14"}),  # a child of 14
               ("a2", {"item_code": "LPA-D-01", "result": "non_compliant", "value": "workers"}),  # workers hold them
               ("a3", {"item_code": "LPA-E-01", "result": "compliant", "value": "300"}),  # Tak pays at least 352
               ("a4", {"item_code": "LPA-E-02", "result": "compliant"})]
    view = InspectionView(id="i1", fields={"visit_date": "2026-03-05"}, hq_status="submitted", needs_review=True,
                          open_conflicts=0, owner=None, writer=None, establishment={"province_code": "63"},
                          coordinators={}, parts={"checklist_answers": answers},
                          templates=ResolvedTemplates([general], ["t1"], False), decisions=[], index=None)
    _summarise_checklist(view)
    by_section = {s.code: s for s in view.checklist}
    assert by_section["C"].counts["non_compliant"] == 1 and by_section["C"].counts["compliant"] == 0
    assert [i["code"] for i in by_section["C"].failed] == ["LPA-C-01"]
    assert by_section["D"].counts["compliant"] == 1 and by_section["D"].counts["non_compliant"] == 0
    assert by_section["E"].counts["non_compliant"] == 1 and by_section["E"].counts["compliant"] == 1
