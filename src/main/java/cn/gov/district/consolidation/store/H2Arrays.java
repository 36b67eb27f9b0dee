package cn.gov.district.consolidation.store;

import java.math.BigDecimal;

import org.h2.value.TypeInfo;
import org.h2.value.Value;
import org.h2.value.ValueArray;
import org.h2.value.ValueInteger;
import org.h2.value.ValueNull;
import org.h2.value.ValueNumeric;
import org.h2.value.ValueVarchar;

/**
 * The column arrays of an {@code indicator_block} row as H2's own values, already in the element
 * type of the column ({@code NUMERIC(38, 12)} padded to scale 12, as H2 stores it), so that H2 takes
 * them as they are. Given a Java array, H2 converted every element twice, once to a value of the
 * Java type and once more to the column's type: two fifths of the staging thread's time on the
 * million-row export (async-profiler). Uses H2's value classes, which are public but not part of its
 * JDBC API; the store tests run every staging path on H2, so an H2 upgrade that changed them fails
 * there.
 */
final class H2Arrays {

	/** The scale H2 gives every element of a {@code NUMERIC(38, 12)} column. */
	private static final int SCALE = 12;

	private static final TypeInfo NUMERIC = TypeInfo.getTypeInfo(Value.NUMERIC, 38, SCALE, null);

	private H2Arrays() {
	}

	/**
	 * {@code elements} as an H2 array value; {@code elementType} as in
	 * {@link java.sql.Connection#createArrayOf} ({@code numeric}, {@code int4}, {@code varchar}).
	 */
	static ValueArray of(String elementType, Object[] elements) {
		Value[] values = new Value[elements.length];
		TypeInfo type = switch (elementType) {
			case "numeric" -> {
				for (int i = 0; i < values.length; i++) {
					values[i] = elements[i] == null ? ValueNull.INSTANCE
							: ValueNumeric.get(((BigDecimal) elements[i]).setScale(SCALE));
				}
				yield NUMERIC;
			}
			case "int4" -> {
				for (int i = 0; i < values.length; i++) {
					values[i] = elements[i] == null ? ValueNull.INSTANCE : ValueInteger.get((Integer) elements[i]);
				}
				yield TypeInfo.TYPE_INTEGER;
			}
			case "varchar" -> {
				for (int i = 0; i < values.length; i++) {
					values[i] = elements[i] == null ? ValueNull.INSTANCE : ValueVarchar.get((String) elements[i]);
				}
				yield TypeInfo.TYPE_VARCHAR;
			}
			default -> throw new IllegalArgumentException("no H2 array of " + elementType);
		};
		return ValueArray.get(type, values, null);
	}
}
