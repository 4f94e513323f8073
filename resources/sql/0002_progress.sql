-- SPDX-FileCopyrightText: 2026 PlanTrack contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: progress updates, deadline changes, workspace settings, and audit rows that
-- name the row they concern with the old and the new value.

CREATE TABLE progress_update (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    reported_on TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('not_started', 'in_progress', 'completed')),
    completed_on TEXT,
    percent INTEGER CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),
    result TEXT NOT NULL DEFAULT '',
    difficulties TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL
);

CREATE INDEX progress_update_pair ON progress_update (task_id, agency_id, reported_on);

CREATE TABLE deadline_change (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    effective_on TEXT NOT NULL,
    deadline_text TEXT NOT NULL,
    deadline_kind TEXT NOT NULL,
    start_date TEXT,
    due_date TEXT,
    reason TEXT NOT NULL,
    document_number TEXT NOT NULL,
    document_date TEXT,
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL
);

CREATE INDEX deadline_change_task ON deadline_change (task_id, effective_on);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

ALTER TABLE audit_log ADD COLUMN task_id INTEGER REFERENCES task (id) ON DELETE SET NULL;
ALTER TABLE audit_log ADD COLUMN field TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN old_value TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN new_value TEXT NOT NULL DEFAULT '';

CREATE INDEX audit_log_task ON audit_log (task_id, at);
