-- The outcome of reading one file, as the partition of the ingest step that read it left it: the
-- file's rows are staged under provisional submissions, and this is what the decide step needs to
-- finalize or discard them, one file after the other in discovery order (a resubmission's higher
-- version must follow the order the files came in, whichever partition finished first). The row
-- is deleted with the decision, in the same transaction. submissions is a JSON array with one
-- element per provisional submission (a long export has 25,000 of them, more than a VARCHAR holds).
create table staged_outcome (
    file_id         bigint        primary key references input_file (id),
    decision        varchar(16)   not null,
    reason          varchar(4000),
    rows_read       integer       not null,
    rows_rejected   integer       not null,
    errors          integer       not null,
    warnings        integer       not null,
    street          varchar(100),
    period_key      varchar(7),
    submissions     clob          not null
);
