-- SPDX-FileCopyrightText: 2026 PlanTrack contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: agencies that were retired (kept for the history that names them) and the
-- agency one was merged into. An agency is retired when retired_on is set.

ALTER TABLE agency ADD COLUMN retired_on TEXT;
ALTER TABLE agency ADD COLUMN merged_into_id INTEGER REFERENCES agency (id);

CREATE INDEX progress_update_agency ON progress_update (agency_id);
CREATE INDEX observation_agency ON observation (agency_id);
