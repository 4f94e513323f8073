-- SPDX-FileCopyrightText: 2026 PlanTrack contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: agencies, plans with sections and rows, responsibilities, indicator targets,
-- and the audit log. Dates are ISO 8601 text (yyyy-MM-dd).

CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES agency (id),
    is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE agency_member (
    group_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title_vi TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer_id INTEGER REFERENCES agency (id),
    resolution TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE section (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    title_vi TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES task (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stt TEXT NOT NULL,
    detail INTEGER,
    content_vi TEXT NOT NULL,
    content_en TEXT NOT NULL DEFAULT '',
    deadline_text TEXT NOT NULL,
    deadline_kind TEXT NOT NULL,
    start_date TEXT,
    due_date TEXT,
    UNIQUE (plan_id, stt)
);

CREATE INDEX task_section ON task (section_id, position);

CREATE TABLE responsibility (
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'coordinating')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, role, agency_id)
);

CREATE INDEX responsibility_agency ON responsibility (agency_id, role);

CREATE TABLE indicator_target (
    task_id INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    target REAL NOT NULL,
    period_start TEXT,
    period_end TEXT
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
