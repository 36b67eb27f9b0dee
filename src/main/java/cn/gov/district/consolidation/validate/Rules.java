package cn.gov.district.consolidation.validate;

/**
 * The stable rule codes of the findings this package raises (those of number and unit
 * normalization come from {@code normalize.ValueNormalizer}, those of unreadable files from the
 * readers).
 */
final class Rules {

	static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";

	static final String AMBIGUOUS_INDICATOR = "AMBIGUOUS_INDICATOR";

	static final String CODE_NAME_MISMATCH = "CODE_NAME_MISMATCH";

	static final String MISSING_VALUE = "MISSING_VALUE";

	static final String MASKED_VALUE = "MASKED_VALUE";

	/** A no-value mark ({@code —}, {@code -}, {@code /}, {@code 无}) in a required value: kept as no value, a warning. */
	static final String NOT_APPLICABLE = "NOT_APPLICABLE";

	/** A sheet that states no unit for its values, read in the catalog units: one warning per sheet. */
	static final String UNIT_ASSUMED = "UNIT_ASSUMED";

	static final String PERCENT_OUT_OF_RANGE = "PERCENT_OUT_OF_RANGE";

	static final String NEGATIVE_VALUE = "NEGATIVE_VALUE";

	static final String GROWTH_OUT_OF_RANGE = "GROWTH_OUT_OF_RANGE";

	static final String PART_EXCEEDS_WHOLE = "PART_EXCEEDS_WHOLE";

	static final String RATE_INCONSISTENT = "RATE_INCONSISTENT";

	static final String COMPLETION_INCONSISTENT = "COMPLETION_INCONSISTENT";

	static final String DUPLICATE_INDICATOR = "DUPLICATE_INDICATOR";

	static final String HIDDEN_ROW = "HIDDEN_ROW";

	static final String SUBTOTAL_MISMATCH = "SUBTOTAL_MISMATCH";

	static final String UNKNOWN_PROJECT_TYPE = "UNKNOWN_PROJECT_TYPE";

	static final String UNKNOWN_PROJECT_STATUS = "UNKNOWN_PROJECT_STATUS";

	static final String UNKNOWN_STREET = "UNKNOWN_STREET";

	static final String STREET_MISMATCH = "STREET_MISMATCH";

	static final String MISSING_PERIOD = "MISSING_PERIOD";

	static final String PERIOD_MISMATCH = "PERIOD_MISMATCH";

	static final String WRONG_DISTRICT = "WRONG_DISTRICT";

	static final String NO_RECOGNISABLE_SHEET = "NO_RECOGNISABLE_SHEET";

	static final String HEADER_NOT_FOUND = "HEADER_NOT_FOUND";

	static final String NO_DATA_ROWS = "NO_DATA_ROWS";

	static final String TOO_MANY_ERRORS = "TOO_MANY_ERRORS";

	static final String FINDINGS_TRUNCATED = "FINDINGS_TRUNCATED";

	static final String UNREADABLE_FILE = "UNREADABLE_FILE";

	static final String FILE_TIME_BUDGET = "FILE_TIME_BUDGET";

	private Rules() {
	}
}
