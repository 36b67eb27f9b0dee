-- Sparse blocks: a column array that would only repeat what the others already say is stored as
-- NULL, and the view (V9) fills it in. In a long export almost every block is such a block: every
-- status follows from its value (VALUE where there is one, BLANK where not), no raw text differs
-- from its value, no remark, one sheet, consecutive rows. Storing those nine arrays anyway was
-- more than half of what the database did per value (each element converted, checked and
-- serialized): a bare H2 insert of 25,000 blocks of 40 took 10.6 s with 16 arrays, 4.6 s with 7.
--   target/actual/growth_status NULL: each element is VALUE if its value is not null, else BLANK
--   target/actual/growth_raw    NULL: every element is NULL
--   remark                      NULL: every element is ''
--   sheet_name                  NULL: every element is the block's sheet (NULL if that is NULL)
--   source_row                  NULL: element i (1-based) is first_row + i - 1
-- Blocks written before keep their full arrays and read the same through the view.
drop view indicator_value;

alter table indicator_block add column sheet varchar(200);
alter table indicator_block add column first_row integer;
alter table indicator_block alter column target_status drop not null;
alter table indicator_block alter column target_raw drop not null;
alter table indicator_block alter column actual_status drop not null;
alter table indicator_block alter column actual_raw drop not null;
alter table indicator_block alter column growth_status drop not null;
alter table indicator_block alter column growth_raw drop not null;
alter table indicator_block alter column remark drop not null;
alter table indicator_block alter column sheet_name drop not null;
alter table indicator_block alter column source_row drop not null;
alter table indicator_block add constraint indicator_block_rows check (source_row is not null or first_row is not null);
