package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The dense columns of an indicator block on H2 (migrations V18, V19): the indicator codes and the
 * target, actual and growth values with their written scales, seven arrays of one element per
 * entry, packed into the one {@code packed} value of the row. H2 converted, checked and serialized
 * every array element as a value of its own (a block of 40 indicators was 280 of them, each number
 * padded to {@code NUMERIC(38, 12)} and written through a {@code BigInteger}). Packed, H2 copies one
 * byte string: on a long export the storing thread's CPU went from 1.8-2.1 s to 0.9-1.3 s and the
 * collector's from 1.1-1.5 s to 0.7-0.9 s (bench/RESULTS.md).
 * <p>
 * Layout, version 1: the byte 1; the count {@code n} (varint); {@code n} codes, each its UTF-8 length
 * (varint) and bytes; then for the target, the actual and the growth, {@code n} numbers, each one
 * byte {@code h} and what it announces:
 * <ul>
 * <li>{@code h = 0}: no value (NULL);</li>
 * <li>{@code h = 1 + s}: a value of scale {@code s} (0 to 12) whose unscaled digits fit a
 * {@code long}, as a zigzag varint;</li>
 * <li>{@code h = 64 + s}: a value of scale {@code s} whose unscaled digits do not, as the length
 * (varint) and big-endian two's-complement bytes of the unscaled {@link BigInteger}.</li>
 * </ul>
 * A value is packed as staging stores it: at most 12 decimals ({@link JdbcStagingArea#storable}), a
 * negative scale written out ({@code 1E+3} as {@code 1000}), so that it reads back as the
 * {@code NUMERIC} column and its scale column did. Varints and texts as {@link CompactBytes} writes them.
 * <p>
 * Public for the view {@code indicator_value}, which calls {@link #codes}, {@link #values} and
 * {@link #scales} as the H2 functions {@code indicator_block_codes}, {@code indicator_block_values}
 * and {@code indicator_block_scales} (V19). PostgreSQL stores the arrays themselves (its COPY takes
 * them as text and its server parses them on cores of its own); its blocks have no packed value.
 */
public final class PackedBlock {

	private static final byte VERSION = 1;

	private static final int NULL = 0;

	private static final int LONG = 1;

	private static final int BIG = 64;

	/** The largest scale stored: {@code NUMERIC(38, 12)}. */
	private static final int MAX_SCALE = 12;

	/** Each storing thread's buffer to pack blocks in; dropped with the thread (one per file being read). */
	private static final ThreadLocal<CompactBytes.Writer> SCRATCH = ThreadLocal.withInitial(() -> new CompactBytes.Writer(4096));

	/** The three measures, in the order of the layout. */
	static final int MEASURES = 3;

	private PackedBlock() {
	}

	/**
	 * The packed value of a block of {@code codes.length} entries (catalog codes: well-formed text,
	 * which UTF-8 keeps exactly); {@code values[m][i]} is measure {@code m} (target, actual, growth) of
	 * entry {@code i}, already as {@link JdbcStagingArea#storable} makes it (or {@code null}).
	 */
	static byte[] pack(Object[] codes, Object[][] values) {
		int n = codes.length;
		// the thread's buffer, which grows to its largest block: only the packed value itself is a new array
		CompactBytes.Writer w = SCRATCH.get();
		w.reset();
		w.b(VERSION);
		w.varint(n);
		for (Object code : codes) {
			w.text((String) code);
		}
		for (int m = 0; m < MEASURES; m++) {
			Object[] column = values[m];
			if (column.length != n) {
				throw new IllegalArgumentException(column.length + " values for " + n + " codes");
			}
			for (Object v : column) {
				decimal(w, (BigDecimal) v);
			}
		}
		return w.toByteArray();
	}

	/**
	 * A packed block read in one pass.
	 *
	 * @param codes the codes, in entry order
	 * @param values {@code values[m][i]}: measure {@code m} (target, actual, growth) of entry {@code i}
	 *     at its written scale, {@code null} where there is none
	 */
	record Unpacked(String[] codes, BigDecimal[][] values) {
	}

	/** The whole of a packed block (as the consolidation reads every block of a period). */
	static Unpacked unpack(byte[] packed) {
		Reader r = new Reader(packed);
		String[] codes = new String[r.count];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = r.text();
		}
		BigDecimal[][] values = new BigDecimal[MEASURES][r.count];
		for (int m = 0; m < MEASURES; m++) {
			for (int i = 0; i < r.count; i++) {
				values[m][i] = r.decimal();
			}
		}
		return new Unpacked(codes, values);
	}

	/** The codes of a packed block, in entry order; {@code null} for {@code null}. */
	public static String[] codes(byte[] packed) {
		if (packed == null) {
			return null;
		}
		Reader r = new Reader(packed);
		String[] codes = new String[r.count];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = r.text();
		}
		return codes;
	}

	/**
	 * Measure {@code measure} (0 target, 1 actual, 2 growth) of every entry of a packed block, each at
	 * its written scale, {@code null} where there is no value; {@code null} for {@code null}.
	 */
	public static BigDecimal[] values(byte[] packed, int measure) {
		if (packed == null) {
			return null;
		}
		Reader r = skipTo(packed, measure);
		BigDecimal[] values = new BigDecimal[r.count];
		for (int i = 0; i < values.length; i++) {
			values[i] = r.decimal();
		}
		return values;
	}

	/**
	 * The written scale of each value of {@link #values}, {@code null} where there is no value: read
	 * from each number's header, without making the numbers.
	 */
	public static Integer[] scales(byte[] packed, int measure) {
		if (packed == null) {
			return null;
		}
		Reader r = skipTo(packed, measure);
		Integer[] scales = new Integer[r.count];
		for (int i = 0; i < scales.length; i++) {
			int scale = r.skipDecimal();
			scales[i] = scale < 0 ? null : scale;
		}
		return scales;
	}

	/** A reader of {@code packed} at the first number of {@code measure}. */
	private static Reader skipTo(byte[] packed, int measure) {
		if (measure < 0 || measure >= MEASURES) {
			throw new IllegalArgumentException("no measure " + measure + " in an indicator block");
		}
		Reader r = new Reader(packed);
		for (int i = 0; i < r.count; i++) {
			r.skipText();
		}
		for (int m = 0; m < measure; m++) {
			for (int i = 0; i < r.count; i++) {
				r.skipDecimal();
			}
		}
		return r;
	}

	/** Writes one number of the layout. */
	private static void decimal(CompactBytes.Writer w, BigDecimal v) {
		if (v == null) {
			w.b(NULL);
			return;
		}
		BigDecimal written = v.scale() < 0 ? v.setScale(0) : v;
		int scale = written.scale();
		if (scale > MAX_SCALE) {
			throw new IllegalArgumentException("more than " + MAX_SCALE + " decimals: " + v);
		}
		// a value of at most 18 digits has its unscaled digits in a long without a BigInteger
		if (written.precision() <= Unscaled.LONG_DIGITS) {
			w.b(LONG + scale);
			w.zigzag(Unscaled.of(written));
		}
		else {
			w.b(BIG + scale);
			w.bytes(written.unscaledValue().toByteArray());
		}
	}

	/** Reads a packed block from its start; {@link IllegalArgumentException} for anything not packed by {@link #pack}. */
	private static final class Reader {

		private final CompactBytes.Reader r;

		final int count;

		Reader(byte[] packed) {
			r = new CompactBytes.Reader(packed, "packed indicator block");
			if (r.b() != VERSION) {
				throw new IllegalArgumentException("not a packed indicator block of version " + VERSION);
			}
			count = r.count();
		}

		String text() {
			return r.text();
		}

		void skipText() {
			r.skipText();
		}

		BigDecimal decimal() {
			int h = r.b();
			if (h == NULL) {
				return null;
			}
			if (h >= LONG && h <= LONG + MAX_SCALE) {
				return BigDecimal.valueOf(r.zigzag(), h - LONG);
			}
			if (h >= BIG && h <= BIG + MAX_SCALE) {
				int len = r.count();
				if (len == 0) {
					throw r.corrupt();
				}
				return new BigDecimal(new BigInteger(r.array(), r.take(len), len), h - BIG);
			}
			throw r.corrupt();
		}

		/** Passes over one number, checked as {@link #decimal} checks it: its scale, or -1 where there is none. */
		int skipDecimal() {
			int h = r.b();
			if (h == NULL) {
				return -1;
			}
			if (h >= LONG && h <= LONG + MAX_SCALE) {
				r.varint();
				return h - LONG;
			}
			if (h >= BIG && h <= BIG + MAX_SCALE) {
				int len = r.count();
				if (len == 0) {
					throw r.corrupt();
				}
				r.take(len);
				return h - BIG;
			}
			throw r.corrupt();
		}
	}
}
