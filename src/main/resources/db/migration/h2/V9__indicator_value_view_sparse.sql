-- The view of V6 over the sparse blocks of V8: a column stored as NULL is filled in from what
-- the block's other columns say (see V8); a block with full arrays reads as before.
create view indicator_value as
select b.submission_id,
       b.indicator_code[n.x] as indicator_code,
       b.target_value[n.x] as target_value,
       b.target_scale[n.x] as target_scale,
       case when b.target_status is null then case when b.target_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.target_status[n.x] end as target_status,
       b.target_raw[n.x] as target_raw,
       b.actual_value[n.x] as actual_value,
       b.actual_scale[n.x] as actual_scale,
       case when b.actual_status is null then case when b.actual_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.actual_status[n.x] end as actual_status,
       b.actual_raw[n.x] as actual_raw,
       b.growth_value[n.x] as growth_value,
       b.growth_scale[n.x] as growth_scale,
       case when b.growth_status is null then case when b.growth_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.growth_status[n.x] end as growth_status,
       b.growth_raw[n.x] as growth_raw,
       case when b.remark is null then '' else b.remark[n.x] end as remark,
       case when b.sheet_name is null then b.sheet else b.sheet_name[n.x] end as sheet_name,
       case when b.source_row is null then cast(b.first_row + n.x - 1 as integer) else b.source_row[n.x] end as source_row,
       b.id as block_id,
       cast(n.x as integer) as position
from indicator_block b left join system_range(1, 2147483647) n on n.x <= cardinality(b.indicator_code);
