package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;

import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * One key project with its completion against the annual plan.
 *
 * @param street roster name of the 街道
 * @param project the project as submitted (amounts in 万元)
 * @param completionPercent cumulative / annual plan × 100, or {@code null} when the plan is zero
 * @param behindSchedule completion below 序时进度 and not 已竣工
 */
public record ProjectLine(String street, ProjectEntry project, BigDecimal completionPercent, boolean behindSchedule) {
}
