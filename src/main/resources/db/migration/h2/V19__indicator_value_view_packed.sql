-- The view of V9 over the packed blocks of V18: a block's dense columns come from its arrays
-- where it has them (blocks written before V18) and else from packed, unpacked by the Java class
-- store.PackedBlock (once per block: the unpacking happens in the derived table, a row per block).
-- Sparse columns are filled in as before (V8). Values come padded to NUMERIC(38, 12) as the arrays
-- gave them, their written scale in the scale columns.
drop view indicator_value;

create alias indicator_block_codes deterministic for 'cn.gov.district.consolidation.store.PackedBlock.codes';
create alias indicator_block_values deterministic for 'cn.gov.district.consolidation.store.PackedBlock.values';
create alias indicator_block_scales deterministic for 'cn.gov.district.consolidation.store.PackedBlock.scales';

create view indicator_value as
select b.submission_id,
       b.indicator_code[n.x] as indicator_code,
       cast(b.target_value[n.x] as numeric(38, 12)) as target_value,
       b.target_scale[n.x] as target_scale,
       case when b.target_status is null then case when b.target_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.target_status[n.x] end as target_status,
       b.target_raw[n.x] as target_raw,
       cast(b.actual_value[n.x] as numeric(38, 12)) as actual_value,
       b.actual_scale[n.x] as actual_scale,
       case when b.actual_status is null then case when b.actual_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.actual_status[n.x] end as actual_status,
       b.actual_raw[n.x] as actual_raw,
       cast(b.growth_value[n.x] as numeric(38, 12)) as growth_value,
       b.growth_scale[n.x] as growth_scale,
       case when b.growth_status is null then case when b.growth_value[n.x] is null then 'BLANK' else 'VALUE' end
            else b.growth_status[n.x] end as growth_status,
       b.growth_raw[n.x] as growth_raw,
       case when b.remark is null then '' else b.remark[n.x] end as remark,
       case when b.sheet_name is null then b.sheet else b.sheet_name[n.x] end as sheet_name,
       case when b.source_row is null then cast(b.first_row + n.x - 1 as integer) else b.source_row[n.x] end as source_row,
       b.id as block_id,
       cast(n.x as integer) as position
from (select id, submission_id,
             coalesce(indicator_code, indicator_block_codes(packed)) as indicator_code,
             coalesce(target_value, indicator_block_values(packed, 0)) as target_value,
             coalesce(target_scale, indicator_block_scales(packed, 0)) as target_scale,
             target_status, target_raw,
             coalesce(actual_value, indicator_block_values(packed, 1)) as actual_value,
             coalesce(actual_scale, indicator_block_scales(packed, 1)) as actual_scale,
             actual_status, actual_raw,
             coalesce(growth_value, indicator_block_values(packed, 2)) as growth_value,
             coalesce(growth_scale, indicator_block_scales(packed, 2)) as growth_scale,
             growth_status, growth_raw, remark, sheet_name, source_row, sheet, first_row
      from indicator_block) b
left join system_range(1, 2147483647) n on n.x <= cardinality(b.indicator_code);
