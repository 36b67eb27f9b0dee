-- A kept outcome's provisional submissions as one compact byte string (the Java class
-- store.SubmissionList) instead of a JSON text: a long export's 25,000 submissions took 0.12 s to
-- write and store when its reading ended and 0.15 s to read back when it was decided, both on the
-- path the rest of the job waits for. An outcome kept as JSON by an earlier version (a run stopped
-- between reading and deciding) is still read as JSON.
alter table staged_outcome add column submission_list bytea;
alter table staged_outcome alter column submissions drop not null;
alter table staged_outcome add constraint staged_outcome_submissions check (submissions is not null or submission_list is not null);
