/**
 * District figures from the current 街道 submissions: each indicator by its own aggregation
 * rule, completion against targets with ranks and 序时进度 checks, and the submission status of
 * every 街道 of the roster. Produces a {@link cn.gov.district.consolidation.consolidate.DistrictReport}.
 */
package cn.gov.district.consolidation.consolidate;
