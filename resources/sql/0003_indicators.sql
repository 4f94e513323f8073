-- SPDX-FileCopyrightText: 2026 PlanTrack contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: indicators (how the target of a plan row is measured) and the observations the
-- agencies report for them. Unit, direction, target and period stay in indicator_target.
-- Observations are never updated: a correction is a new row for the same indicator, agency
-- and period, and the row with the highest id counts.

CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL UNIQUE REFERENCES task (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('ratio', 'value')),
    numerator_vi TEXT NOT NULL DEFAULT '',
    numerator_en TEXT NOT NULL DEFAULT '',
    denominator_vi TEXT NOT NULL DEFAULT '',
    denominator_en TEXT NOT NULL DEFAULT '',
    baseline REAL,
    baseline_on TEXT,
    frequency TEXT NOT NULL DEFAULT 'yearly'
        CHECK (frequency IN ('yearly', 'half_yearly', 'quarterly', 'monthly')),
    lead_agency_id INTEGER REFERENCES agency (id),
    amber_band REAL NOT NULL DEFAULT 10 CHECK (amber_band >= 0)
);

CREATE TABLE observation (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    numerator INTEGER CHECK (numerator IS NULL OR numerator >= 0),
    denominator INTEGER CHECK (denominator IS NULL OR denominator >= 0),
    value REAL,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL,
    CHECK (period_start <= period_end),
    CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator)
);

CREATE INDEX observation_slot ON observation (indicator_id, agency_id, period_end, id);
