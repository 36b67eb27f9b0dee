-- Packed indicator blocks. On H2 a block's seven dense columns (indicator_code, target/actual/growth
-- value and scale) are stored as one byte string in packed, their arrays NULL: H2 converted, checked
-- and serialized every array element as a value of its own, 280 per block of 40 indicators, each
-- number padded to NUMERIC(38, 12). Packed, a long export of 1,000,000 rows took the storing thread
-- 0.9-1.3 s of CPU instead of 1.8-2.1 s, the collector 0.7-0.9 s instead of 1.1-1.5 s, and the ingest
-- step 3.0-3.9 s instead of 3.7-4.5 s (alternating runs, bench/RESULTS.md). The
-- layout is the Java class store.PackedBlock's; the H2 view unpacks it (V19).
-- PostgreSQL keeps the arrays (its COPY sends them as text, parsed by the server on cores of its
-- own) and has the column only so that both databases have the same table (V19 there: it stays NULL).
-- Blocks written before keep their arrays and read as before.
alter table indicator_block add column packed bytea;
alter table indicator_block alter column indicator_code drop not null;
alter table indicator_block alter column target_value drop not null;
alter table indicator_block alter column target_scale drop not null;
alter table indicator_block alter column actual_value drop not null;
alter table indicator_block alter column actual_scale drop not null;
alter table indicator_block alter column growth_value drop not null;
alter table indicator_block alter column growth_scale drop not null;
-- either packed or the seven arrays, never both, never neither
alter table indicator_block add constraint indicator_block_dense check (
    (packed is null and indicator_code is not null and target_value is not null and target_scale is not null
        and actual_value is not null and actual_scale is not null and growth_value is not null and growth_scale is not null)
    or (packed is not null and indicator_code is null and target_value is null and target_scale is null
        and actual_value is null and actual_scale is null and growth_value is null and growth_scale is null));
