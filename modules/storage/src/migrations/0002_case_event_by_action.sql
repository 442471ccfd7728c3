-- SPDX-License-Identifier: GPL-3.0-or-later
-- Evaluation counts events of given actions in a period (按时立案, 处置, 返工 …): an index on
-- (action, at) turns each count from a scan of the year's events into a range read of the
-- events of that action.
CREATE INDEX case_event_by_action ON case_event(action, at);
