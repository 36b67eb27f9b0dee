package cn.gov.district.consolidation.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.config.IndicatorCatalog;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Severity;

/**
 * The cross-row checks of one submission, for a rate formed as part/whole: the part cannot exceed
 * the whole (整改隐患 ≤ 排查隐患), and a reported rate should match its parts. Each check is made
 * as soon as the submission has the rows it compares, so that a draft holds those rows only until
 * then: a long export of 100,000 submissions (街道 × period) kept every one's parts, wholes and
 * rates until the end of the file, 208 MB of live heap against 73 MB now (bench/RESULTS.md). Stateless.
 */
final class RateChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A reported rate may differ from the one its parts give by this many percentage points. */
	private static final BigDecimal RATE_TOLERANCE = BigDecimal.ONE;

	private RateChecks() {
	}

	/**
	 * Makes the checks of {@code rate} on {@code draft} if the draft now holds what they compare.
	 * Whatever the order of the rows, the outcome is the one a check at the end of the file gives:
	 * an accepted row is never replaced (a second row of the same indicator is a duplicate).
	 * @param kept the accepted entry of each cross-checked indicator the draft still holds, by code
	 * @return whether the checks of {@code rate} are done for this draft (nothing a later row
	 * brings can change them)
	 */
	static boolean check(Draft draft, Map<String, IndicatorEntry> kept, Indicator rate, IndicatorCatalog catalog,
			String fileName) {
		IndicatorEntry part = kept.get(rate.aggregation().first());
		IndicatorEntry whole = kept.get(rate.aggregation().second());
		if (part == null || whole == null) {
			return false;
		}
		if (!part.actual().hasNumber() || !whole.actual().hasNumber()) {
			return true;
		}
		if (part.actual().value().compareTo(whole.actual().value()) > 0) {
			String partName = catalog.byCode(part.indicatorCode()).map(Indicator::name).orElse(part.indicatorCode());
			String wholeName = catalog.byCode(whole.indicatorCode()).map(Indicator::name).orElse(whole.indicatorCode());
			draft.addFindings(List.of(new Finding(fileName, part.sheet(), part.sourceRow(), null, "本期完成", part.actual().raw(),
					Rules.PART_EXCEEDS_WHOLE, Severity.ERROR, part.sheet() + "第" + part.sourceRow() + "行：“" + partName + "”（"
							+ part.actual().raw() + "）大于“" + wholeName + "”（" + whole.actual().raw() + "），该行未采用；请核对")));
			draft.drop(part.indicatorCode());
			return true;
		}
		IndicatorEntry reported = kept.get(rate.code());
		if (reported == null) {
			return false;
		}
		if (reported.actual().hasNumber() && whole.actual().value().signum() != 0) {
			BigDecimal implied = part.actual().value().multiply(HUNDRED).divide(whole.actual().value(), 2, RoundingMode.HALF_UP);
			if (implied.subtract(reported.actual().value()).abs().compareTo(RATE_TOLERANCE) > 0) {
				draft.addFindings(List.of(new Finding(fileName, reported.sheet(), reported.sourceRow(), null, "本期完成",
						reported.actual().raw(), Rules.RATE_INCONSISTENT, Severity.WARNING,
						reported.sheet() + "第" + reported.sourceRow() + "行：填报的“" + rate.name() + "”为" + reported.actual().raw()
								+ "，但按分项计算应为" + implied.toPlainString() + "%；全区数按分项重新计算，请核对")));
			}
		}
		return true;
	}
}
