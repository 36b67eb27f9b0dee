-- The content hash of the 问题清单 (error or feedback workbook) the job wrote for a file. Its path
-- (error_workbook) is now recorded as soon as its name is claimed, before it is written, so an
-- interrupted run's own workbook is found again by the path recorded, never by its name alone
-- (a submitted file of that name took its place). The hash tells a 问题清单 that comes back into the
-- input folder unchanged from a submission.
alter table input_file add column error_workbook_sha256 varchar(64);
