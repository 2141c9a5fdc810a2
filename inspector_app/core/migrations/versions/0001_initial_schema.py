"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.Column('fields_sha256', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entries'))
    )
    op.create_table('checklist_templates',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sector', sa.String(length=16), nullable=False),
    sa.Column('effective_from', sa.String(length=10), nullable=False),
    sa.Column('effective_to', sa.String(length=10), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_templates')),
    sa.UniqueConstraint('code', 'version', name=op.f('uq_checklist_templates_code_version'))
    )
    op.create_table('devices',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('hq_url', sa.String(length=500), nullable=True),
    sa.Column('hq_device_id', sa.String(length=64), nullable=True),
    sa.Column('token', sa.Text(), nullable=True),
    sa.Column('enrolled_at', sa.String(length=32), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=True),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hlc', sa.String(length=48), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    op.create_table('establishments',
    sa.Column('name_th', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('registration_no', sa.String(length=64), nullable=True),
    sa.Column('social_security_no', sa.String(length=64), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=False),
    sa.Column('isic_code', sa.String(length=8), nullable=True),
    sa.Column('employer_name', sa.String(length=300), nullable=True),
    sa.Column('contact_phone', sa.String(length=64), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=True),
    sa.Column('subdistrict_code', sa.String(length=6), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('workers_male', sa.Integer(), nullable=False),
    sa.Column('workers_female', sa.Integer(), nullable=False),
    sa.Column('workers_under18', sa.Integer(), nullable=False),
    sa.Column('workers_by_nationality', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_establishments'))
    )
    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_establishments_province_code'), ['province_code'], unique=False)

    op.create_table('language_coordinators',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('languages', sa.Text(), nullable=False),
    sa.Column('gender', sa.String(length=16), nullable=True),
    sa.Column('phone', sa.String(length=64), nullable=True),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('no_conflict_declared', sa.Boolean(), nullable=False),
    sa.Column('no_conflict_declared_on', sa.String(length=10), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_language_coordinators'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('base_rev', sa.Integer(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('attachment_refs', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('acked_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('sync_state',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sync_state'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('verifier', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('checklist_sections',
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklist_sections_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_sections')),
    sa.UniqueConstraint('template_id', 'code', name=op.f('uq_checklist_sections_template_id_code'))
    )
    op.create_table('inspections',
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('establishment_id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('visit_type', sa.String(length=20), nullable=False),
    sa.Column('visit_date', sa.String(length=10), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=True),
    sa.Column('ended_at', sa.String(length=32), nullable=True),
    sa.Column('lead_inspector_id', sa.String(length=36), nullable=True),
    sa.Column('team', sa.Text(), nullable=False),
    sa.Column('previous_inspection_id', sa.String(length=36), nullable=True),
    sa.Column('complaint_source_confidential', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workforce', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('follow_up_date', sa.String(length=10), nullable=True),
    sa.Column('signed_at', sa.String(length=32), nullable=True),
    sa.Column('submitted_at', sa.String(length=32), nullable=True),
    sa.Column('review_comment', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishments.id'], name=op.f('fk_inspections_establishment_id_establishments')),
    sa.ForeignKeyConstraint(['lead_inspector_id'], ['users.id'], name=op.f('fk_inspections_lead_inspector_id_users')),
    sa.ForeignKeyConstraint(['previous_inspection_id'], ['inspections.id'], name=op.f('fk_inspections_previous_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_inspections_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections')),
    sa.UniqueConstraint('reference', name=op.f('uq_inspections_reference'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspections_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index('ix_inspections_status_visit_date', ['status', 'visit_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_visit_date'), ['visit_date'], unique=False)

    op.create_table('checklist_answers',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=24), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('answered_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['answered_by'], ['users.id'], name=op.f('fk_checklist_answers_answered_by_users')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_checklist_answers_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_answers')),
    sa.UniqueConstraint('inspection_id', 'item_code', name=op.f('uq_checklist_answers_inspection_id_item_code'))
    )
    op.create_table('checklist_items',
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('answer_type', sa.String(length=12), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('help', sa.Text(), nullable=True),
    sa.Column('worker_question', sa.Text(), nullable=True),
    sa.Column('worker_facing', sa.Boolean(), nullable=False),
    sa.Column('safeguard', sa.Boolean(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('legal_refs', sa.Text(), nullable=False),
    sa.Column('default_severity', sa.String(length=2), nullable=False),
    sa.Column('indicator', sa.String(length=32), nullable=True),
    sa.Column('strong_indicator', sa.Boolean(), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=True),
    sa.Column('unit', sa.String(length=16), nullable=True),
    sa.Column('choices', sa.Text(), nullable=True),
    sa.Column('non_compliant_choices', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['checklist_sections.id'], name=op.f('fk_checklist_items_section_id_checklist_sections')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_checklist_items_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items')),
    sa.UniqueConstraint('template_id', 'code', name=op.f('uq_checklist_items_template_id_code'))
    )
    op.create_table('findings',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=24), nullable=True),
    sa.Column('rule', sa.String(length=32), nullable=True),
    sa.Column('legal_refs', sa.Text(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('severity', sa.String(length=2), nullable=False),
    sa.Column('workers_affected', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('required_action', sa.Text(), nullable=True),
    sa.Column('deadline', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('referral_target', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_findings_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('inspection_coordinators',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('coordinator_id', sa.String(length=36), nullable=False),
    sa.Column('languages', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['language_coordinators.id'], name=op.f('fk_inspection_coordinators_coordinator_id_language_coordinators')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_coordinators_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_coordinators')),
    sa.UniqueConstraint('inspection_id', 'coordinator_id', name=op.f('uq_inspection_coordinators_inspection_id_coordinator_id'))
    )
    op.create_table('inspection_revisions',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('snapshot_sha256', sa.String(length=64), nullable=False),
    sa.Column('frozen_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_revisions_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_revisions')),
    sa.UniqueConstraint('inspection_id', 'revision', name=op.f('uq_inspection_revisions_inspection_id_revision'))
    )
    op.create_table('inspection_templates',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_templates_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_templates.id'], name=op.f('fk_inspection_templates_template_id_checklist_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_templates')),
    sa.UniqueConstraint('inspection_id', 'template_id', name=op.f('uq_inspection_templates_inspection_id_template_id'))
    )
    op.create_table('signatures',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('image_png', sa.LargeBinary(), nullable=False),
    sa.Column('signed_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_signatures_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatures')),
    sa.UniqueConstraint('inspection_id', 'revision', 'role', name=op.f('uq_signatures_inspection_id_revision_role'))
    )
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatures_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('worker_interviews',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('worker_code', sa.String(length=32), nullable=False),
    sa.Column('worker_name', sa.String(length=200), nullable=True),
    sa.Column('sex', sa.String(length=8), nullable=True),
    sa.Column('age_band', sa.String(length=8), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('entry_channel', sa.String(length=16), nullable=True),
    sa.Column('occupation', sa.String(length=200), nullable=True),
    sa.Column('daily_wage', sa.Float(), nullable=True),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('private_setting', sa.Boolean(), nullable=False),
    sa.Column('employer_absent', sa.Boolean(), nullable=False),
    sa.Column('interpreter_id', sa.String(length=36), nullable=True),
    sa.Column('indicators', sa.Text(), nullable=False),
    sa.Column('notes_original', sa.Text(), nullable=True),
    sa.Column('notes_language', sa.String(length=8), nullable=True),
    sa.Column('notes_translation', sa.Text(), nullable=True),
    sa.Column('translation_language', sa.String(length=8), nullable=True),
    sa.Column('interviewed_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_worker_interviews_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['interpreter_id'], ['language_coordinators.id'], name=op.f('fk_worker_interviews_interpreter_id_language_coordinators')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker_interviews')),
    sa.UniqueConstraint('inspection_id', 'worker_code', name=op.f('uq_worker_interviews_inspection_id_worker_code'))
    )
    with op.batch_alter_table('worker_interviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worker_interviews_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('attachments',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('finding_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('original_name', sa.String(length=300), nullable=True),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('original_sha256', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_attachments_finding_id_findings')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_attachments_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_attachments_owner_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_sha256'), ['sha256'], unique=False)

    op.create_table('interpreter_notes',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('interview_id', sa.String(length=36), nullable=True),
    sa.Column('coordinator_id', sa.String(length=36), nullable=True),
    sa.Column('source_language', sa.String(length=8), nullable=False),
    sa.Column('target_language', sa.String(length=8), nullable=False),
    sa.Column('original', sa.Text(), nullable=False),
    sa.Column('translation', sa.Text(), nullable=True),
    sa.Column('noted_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['language_coordinators.id'], name=op.f('fk_interpreter_notes_coordinator_id_language_coordinators')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_interpreter_notes_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['interview_id'], ['worker_interviews.id'], name=op.f('fk_interpreter_notes_interview_id_worker_interviews')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interpreter_notes'))
    )
    with op.batch_alter_table('interpreter_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interpreter_notes_inspection_id'), ['inspection_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('interpreter_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interpreter_notes_inspection_id'))

    op.drop_table('interpreter_notes')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachments_inspection_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('worker_interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worker_interviews_inspection_id'))

    op.drop_table('worker_interviews')
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatures_inspection_id'))

    op.drop_table('signatures')
    op.drop_table('inspection_templates')
    op.drop_table('inspection_revisions')
    op.drop_table('inspection_coordinators')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_inspection_id'))

    op.drop_table('findings')
    op.drop_table('checklist_items')
    op.drop_table('checklist_answers')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_visit_date'))
        batch_op.drop_index('ix_inspections_status_visit_date')
        batch_op.drop_index(batch_op.f('ix_inspections_establishment_id'))

    op.drop_table('inspections')
    op.drop_table('checklist_sections')
    op.drop_table('users')
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))

    op.drop_table('outbox')
    op.drop_table('language_coordinators')
    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_establishments_province_code'))

    op.drop_table('establishments')
    op.drop_table('devices')
    op.drop_table('checklist_templates')
    op.drop_table('audit_entries')
