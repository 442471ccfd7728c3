-- SPDX-License-Identifier: GPL-3.0-or-later
-- The year's highest case number in one index probe (CaseRepository::maxNumberSequence, read
-- before every report, as the hub's cc.case_record_by_number_parts): numbers are "YYYY-" and the
-- sequence. Without it every report read all the year's numbers: a fifth of citygate's time per
-- report on a demo city of a few thousand cases (tests/bench/bench_citygate), 4 ms at 20,000
-- cases, and it grows with the year.
CREATE INDEX case_record_by_number_sequence
    ON case_record (substr(number, 1, 5), CAST(substr(number, 6) AS INTEGER));
