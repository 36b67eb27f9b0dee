-- PostgreSQL stores a block's dense columns as arrays (V18): its view indicator_value reads the
-- arrays only, so a packed block is refused rather than left unread.
alter table indicator_block add constraint indicator_block_arrays check (packed is null);
