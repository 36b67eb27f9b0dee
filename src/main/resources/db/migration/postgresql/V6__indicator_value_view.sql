-- One row per indicator value, over the blocks of V5: the columns of the former table, plus
-- block_id and position (where in which block), for anyone reading the database with SQL.
create view indicator_value as
select b.submission_id,
       b.indicator_code[n.x] as indicator_code,
       b.target_value[n.x] as target_value,
       b.target_scale[n.x] as target_scale,
       b.target_status[n.x] as target_status,
       b.target_raw[n.x] as target_raw,
       b.actual_value[n.x] as actual_value,
       b.actual_scale[n.x] as actual_scale,
       b.actual_status[n.x] as actual_status,
       b.actual_raw[n.x] as actual_raw,
       b.growth_value[n.x] as growth_value,
       b.growth_scale[n.x] as growth_scale,
       b.growth_status[n.x] as growth_status,
       b.growth_raw[n.x] as growth_raw,
       b.remark[n.x] as remark,
       b.sheet_name[n.x] as sheet_name,
       b.source_row[n.x] as source_row,
       b.id as block_id,
       n.x as position
from indicator_block b cross join lateral generate_subscripts(b.indicator_code, 1) as n(x);
