"""What the fields of laptop records are called on the conflicts page, and how their values read.

Coded values (severity, status, sex, ...) are named from the same tables the reports print from
(labels.py); a field this table does not name shows its stored name.
"""

from __future__ import annotations

import json
from typing import Any

from .i18n import N_, Translator
from .labels import LABELS

KINDS = {
    "inspections": N_("Inspection"), "findings": N_("Finding"), "checklist_answers": N_("Checklist answer"),
    "worker_interviews": N_("Worker interview"), "interpreter_notes": N_("Interpreter note"),
    "attachments": N_("Photo or document"), "signatures": N_("Signature"),
    "inspection_revisions": N_("Signed revision"), "inspection_templates": N_("Checklist of an inspection"),
    "inspection_coordinators": N_("Language coordinator of an inspection"),
    "establishments": N_("Establishment"), "language_coordinators": N_("Language coordinator"),
}

FIELDS = {
    # inspections
    "reference": N_("Reference"), "establishment_id": N_("Establishment"), "template_id": N_("Checklist"),
    "visit_type": N_("Visit type"), "visit_date": N_("Visit date"), "started_at": N_("Started"),
    "ended_at": N_("Ended"), "lead_inspector_id": N_("Lead inspector"), "team": N_("Inspection team"),
    "previous_inspection_id": N_("Previous inspection"),
    "complaint_source_confidential": N_("Complaint source kept confidential"),
    "complaint_source": N_("Complaint source"), "status": N_("Status"), "revision": N_("Document revision"),
    "workforce": N_("Workforce seen on the day"), "summary": N_("Inspector's summary"), "measures": N_("Measures"),
    "follow_up_date": N_("Follow-up visit"), "signed_at": N_("Signed"), "submitted_at": N_("Submitted"),
    # findings and answers
    "item_code": N_("Checklist item"), "rule": N_("Rule"), "legal_refs": N_("Legal references"),
    "title_th": N_("Title (Thai)"), "title_en": N_("Title (English)"),
    "description_th": N_("Description (Thai)"), "description_en": N_("Description (English)"),
    "severity": N_("Severity"), "workers_affected": N_("Workers affected"), "evidence": N_("Evidence"),
    "required_action_th": N_("Required action (Thai)"), "required_action_en": N_("Required action (English)"),
    "deadline": N_("Deadline"), "referral_target": N_("Referred to"),
    "edited_texts": N_("Texts the inspector wrote"), "result": N_("Result"), "value": N_("Value"),
    "note": N_("Note"), "answered_by": N_("Answered by"),
    # interviews and interpreter notes
    "worker_code": N_("Worker code"), "worker_name": N_("Worker's name"), "sex": N_("Sex"),
    "age_band": N_("Age band"), "age": N_("Age"), "nationality": N_("Nationality"), "language": N_("Language"),
    "documents": N_("Documents"), "entry_channel": N_("Entry channel"), "occupation": N_("Occupation"),
    "daily_wage": N_("Daily wage"), "consent": N_("Consent"), "private_setting": N_("Interviewed in private"),
    "employer_absent": N_("Employer absent"), "interpreter_id": N_("Interpreter"),
    "indicators": N_("Forced-labour indicators"), "notes_original": N_("Notes in the worker's language"),
    "notes_language": N_("Language of the notes"), "notes_translation": N_("Notes, translated"),
    "translation_language": N_("Language of the translation"), "interviewed_at": N_("Interviewed"),
    "interview_id": N_("Interview"), "coordinator_id": N_("Language coordinator"),
    "source_language": N_("From language"), "target_language": N_("To language"),
    "original": N_("Note in the original language"), "translation": N_("Note, translated"), "noted_at": N_("Noted"),
    # establishments and coordinators
    "name_th": N_("Name (Thai)"), "name_en": N_("Name (English)"), "registration_no": N_("Registration number"),
    "social_security_no": N_("Social security number"), "sector": N_("Sector"), "isic_code": N_("ISIC code"),
    "employer_name": N_("Employer"), "contact_phone": N_("Contact phone"), "address": N_("Postal address"),
    "province_code": N_("Province"), "district_code": N_("District"), "subdistrict_code": N_("Subdistrict"),
    "latitude": N_("Latitude"), "longitude": N_("Longitude"), "workers_male": N_("Male workers"),
    "workers_female": N_("Female workers"), "workers_under18": N_("Workers under 18"),
    "workers_by_nationality": N_("Workers by nationality"), "full_name": N_("Full name"),
    "languages": N_("Languages"), "gender": N_("Gender"), "phone": N_("Phone"), "organisation": N_("Organisation"),
    "no_conflict_declared": N_("No conflict of interest declared"),
    "no_conflict_declared_on": N_("Declared on"), "active": N_("Active"),
    # photos, signatures, revisions
    "finding_id": N_("Finding"), "sha256": N_("File"), "mime": N_("File type"), "size": N_("Size"),
    "caption": N_("Caption"), "original_name": N_("File name"), "owner_id": N_("Taken by"), "width": N_("Width"),
    "height": N_("Height"), "original_sha256": N_("Original file"), "role": N_("Role"),
    "signer_name": N_("Signer"), "image_png": N_("Signature image"), "snapshot": N_("Signed copy"),
    "snapshot_sha256": N_("Checksum of the signed copy"), "frozen_at": N_("Frozen"), "position": N_("Position"),
}

# (entity, field) -> the reports' table of coded values
CODED = {
    ("inspections", "status"): "status", ("inspections", "visit_type"): "visit_type",
    ("findings", "severity"): "severity", ("findings", "status"): "finding_status",
    ("findings", "referral_target"): "referral_target", ("checklist_answers", "result"): "result",
    ("worker_interviews", "sex"): "sex", ("worker_interviews", "nationality"): "nationality",
    ("worker_interviews", "entry_channel"): "entry_channel", ("worker_interviews", "language"): "language",
    ("establishments", "sector"): "sector", ("signatures", "role"): "signature_role",
}
# A finding's `edited_texts` names which of its texts the inspector wrote (core/models.py Finding).
EDITED_TEXTS = {"title": N_("Title"), "description": N_("Description"), "required_action": N_("Required action")}
LONG_TEXT = 600  # characters shown of one value before "…"


def field_label(t: Translator, name: str) -> str:
    known = FIELDS.get(name)
    return t.gettext(known) if known else name


def kind_label(t: Translator, entity: str) -> str:
    known = KINDS.get(entity)
    return t.gettext(known) if known else entity


def shown(t: Translator, entity: str, name: str, value: Any) -> str:
    """One stored value as people read it (an empty value says so)."""
    if value is None or value == "" or value == [] or value == {}:
        return t.gettext("(empty)")
    if isinstance(value, bool):
        return t.gettext("Yes") if value else t.gettext("No")
    coded = CODED.get((entity, name))
    if coded and isinstance(value, str):
        label = LABELS(coded, value, t.language)
        return label if label.startswith(value) else f"{label} ({value})"
    if name == "team" and isinstance(value, list):
        return ", ".join(str(m.get("name") or m.get("user_id") or "") for m in value if isinstance(m, dict))
    if name == "edited_texts" and isinstance(value, list):
        return ", ".join(t.gettext(EDITED_TEXTS[v]) if v in EDITED_TEXTS else str(v) for v in value)
    if name == "image_png" and isinstance(value, str):
        return t.gettext("a signature image")
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = str(value)
    return text if len(text) <= LONG_TEXT else text[:LONG_TEXT] + "…"
