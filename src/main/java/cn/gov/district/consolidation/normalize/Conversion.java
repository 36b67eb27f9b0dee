package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;

/**
 * The result of {@link Units#convert}: either a converted value or a failure with a code and a
 * Chinese reason. Immutable and thread-safe.
 *
 * @param value the value in the wanted unit; {@code null} exactly when the conversion failed
 * @param code {@code ""} on success, otherwise {@link Units#UNIT_UNKNOWN} or
 * {@link Units#UNIT_MISMATCH}; never {@code null}
 * @param message {@code ""} on success, otherwise a Chinese sentence saying what is wrong and what to
 * write; never {@code null}
 */
public record Conversion(BigDecimal value, String code, String message) {

	public Conversion {
		code = code == null ? "" : code;
		message = message == null ? "" : message;
		if ((value == null) == code.isEmpty()) {
			throw new IllegalArgumentException("a conversion has either a value or a failure code");
		}
	}

	static Conversion of(BigDecimal value) {
		return new Conversion(value, "", "");
	}

	static Conversion failed(String code, String message) {
		return new Conversion(null, code, message);
	}

	/** True when {@link #value()} holds the converted value. */
	public boolean ok() {
		return value != null;
	}
}
