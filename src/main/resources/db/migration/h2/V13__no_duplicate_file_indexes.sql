-- H2 gives every foreign key an index of its own unless one with exactly its columns exists when
-- the constraint is made, and here both foreign keys by file were declared with their table, before
-- the named index on the same column. So submission (file_id) and finding (file_id) each had two
-- identical indexes, both written on every insert (the decision of a long export inserts 25,000
-- submissions). The foreign keys' own indexes stay: H2 checks the constraints with them and the
-- queries by file use them. PostgreSQL makes no index for a foreign key: there the named indexes
-- are the only ones and stay.
-- (project keeps the index of its foreign key beside its primary key (submission_id, seq): H2 uses
-- for a foreign key only an index of exactly its columns, never the primary key's.)
drop index submission_file;
drop index finding_file;
