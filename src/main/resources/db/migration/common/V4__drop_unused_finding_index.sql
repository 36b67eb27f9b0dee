-- Findings are read by file and by period, and finalized by file: nothing looks them up by
-- submission any more, so the index only cost a write per finding (a bad long export has one
-- per row).
drop index finding_submission;
