"""The coded values records hold, shared by the models, the services and the screens.

A small module of constants only (no SQLAlchemy), so the UI can offer the same choices the
services accept without importing the ORM. Labels for them are the UI's business.
"""

from __future__ import annotations

USER_ROLES = ("inspector", "supervisor", "admin")
SECTORS = ("general", "construction", "factory", "fishing", "agriculture", "domestic")

VISIT_TYPES = ("routine", "complaint", "follow_up", "pipo", "special_operation")
INSPECTION_STATUSES = ("draft", "completed", "signed", "submitted", "approved", "returned")

ANSWER_RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")

FORCED_LABOUR_INDICATORS = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_conditions",
    "excessive_overtime",
)

# Worker interviews
SEXES = ("female", "male", "other")
AGE_BANDS = ("<15", "15-17", "18-24", "25-34", "35-49", "50+")
ENTRY_CHANNELS = ("mou", "border_pass", "registration", "irregular", "unknown")
DOCUMENT_TYPES = ("passport", "certificate_of_identity", "pink_card", "work_permit", "border_pass", "seabook")
DOCUMENT_HOLDERS = ("worker", "employer", "broker", "other", "none")
PERMIT_STATUSES = ("valid", "expired", "pending", "revoked", "none", "unknown")
SOCIAL_SECURITY = ("registered", "not_registered", "unknown")  # the worker's Social Security registration

# Findings
SEVERITIES = ("S1", "S2", "S3", "S4")
FINDING_STATUSES = ("open", "remedied", "referred", "prosecuted", "dismissed")
REFERRAL_TARGETS = ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY")
REFERRAL_STATUSES = ("planned", "sent", "accepted", "closed")
FINDING_TEXTS = ("title", "description", "required_action")
FINDING_LANGUAGES = ("th", "en")

SIGNATURE_ROLES = ("inspector", "employer", "coordinator")

FLAG_PREFIX = "flag:"  # + flag id: a sync_state row holding what HQ found about an establishment (JSON)
