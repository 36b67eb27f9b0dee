package cn.gov.district.consolidation.domain;

import java.math.BigDecimal;

/**
 * One key project (重点项目) row, amounts in 万元.
 *
 * @param name project name
 * @param type 新建/续建/惠民/招商, or {@code ""}
 * @param totalInvestment total investment, or {@code null}
 * @param annualPlan this year's planned investment
 * @param cumulative investment completed this year, cumulative
 * @param status 已竣工/在建/超序时进度/滞后/前期/未开工, or {@code ""}
 * @param plannedCompletion as written or as ISO date, or {@code ""}
 * @param remark free text, or {@code ""}
 * @param sheet sheet it came from
 * @param sourceRow row number as Excel shows it
 */
public record ProjectEntry(String name, String type, BigDecimal totalInvestment, BigDecimal annualPlan,
		BigDecimal cumulative, String status, String plannedCompletion, String remark, String sheet, int sourceRow) {
}
