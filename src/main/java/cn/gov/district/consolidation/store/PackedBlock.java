package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The dense columns of an indicator block on H2 (migrations V18, V19): the indicator codes and the
 * target, actual and growth values with their written scales, seven arrays of one element per
 * entry, packed into the one {@code packed} value of the row. H2 converted, checked and serialized
 * every array element as a value of its own (a block of 40 indicators was 280 of them, each number
 * padded to {@code NUMERIC(38, 12)} and written through a {@code BigInteger}): that was most of what
 * the storing thread and the collector did on a long export. Packed, H2 copies one byte string.
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
 * {@code NUMERIC} column and its scale column did. Varints are unsigned LEB128.
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

	/** The three measures, in the order of the layout. */
	static final int MEASURES = 3;

	private PackedBlock() {
	}

	/**
	 * The packed value of a block of {@code codes.length} entries (catalog codes: well-formed text, which
	 * UTF-8 keeps exactly); {@code values[m][i]} is measure
	 * {@code m} (target, actual, growth) of entry {@code i}, already as {@link JdbcStagingArea#storable}
	 * makes it (or {@code null}).
	 */
	static byte[] pack(Object[] codes, Object[][] values) {
		int n = codes.length;
		Writer w = new Writer(16 + n * (12 + MEASURES * 6));
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
				w.decimal((BigDecimal) v);
			}
		}
		return w.bytes();
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

	/** The written scale of each value of {@link #values}, {@code null} where there is no value. */
	public static Integer[] scales(byte[] packed, int measure) {
		BigDecimal[] values = values(packed, measure);
		if (values == null) {
			return null;
		}
		Integer[] scales = new Integer[values.length];
		for (int i = 0; i < values.length; i++) {
			scales[i] = values[i] == null ? null : values[i].scale();
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

	/** A growing byte array. */
	private static final class Writer {

		private byte[] buf;

		private int n;

		Writer(int capacity) {
			buf = new byte[capacity];
		}

		private void room(int more) {
			if (n + more > buf.length) {
				buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
			}
		}

		void b(int v) {
			room(1);
			buf[n++] = (byte) v;
		}

		void varint(long v) {
			room(10);
			while ((v & ~0x7FL) != 0) {
				buf[n++] = (byte) ((v & 0x7F) | 0x80);
				v >>>= 7;
			}
			buf[n++] = (byte) v;
		}

		void bytes(byte[] b) {
			varint(b.length);
			room(b.length);
			System.arraycopy(b, 0, buf, n, b.length);
			n += b.length;
		}

		void text(String s) {
			int len = s.length();
			for (int i = 0; i < len; i++) {
				if (s.charAt(i) >= 0x80) {
					bytes(s.getBytes(StandardCharsets.UTF_8));
					return;
				}
			}
			// ASCII, as catalog codes are: its UTF-8 is its chars
			varint(len);
			room(len);
			for (int i = 0; i < len; i++) {
				buf[n++] = (byte) s.charAt(i);
			}
		}

		void decimal(BigDecimal v) {
			if (v == null) {
				b(NULL);
				return;
			}
			BigDecimal written = v.scale() < 0 ? v.setScale(0) : v;
			int scale = written.scale();
			if (scale > MAX_SCALE) {
				throw new IllegalArgumentException("more than " + MAX_SCALE + " decimals: " + v);
			}
			// a value of at most 18 digits has its unscaled digits in a long without a BigInteger
			if (written.precision() <= 18) {
				long unscaled = written.scaleByPowerOfTen(scale).longValue();
				b(LONG + scale);
				varint((unscaled << 1) ^ (unscaled >> 63));
			}
			else {
				b(BIG + scale);
				bytes(written.unscaledValue().toByteArray());
			}
		}

		byte[] bytes() {
			return n == buf.length ? buf : Arrays.copyOf(buf, n);
		}
	}

	/** Reads a packed block from its start; {@link IllegalArgumentException} for anything not packed by {@link #pack}. */
	private static final class Reader {

		private final byte[] buf;

		private int p;

		final int count;

		Reader(byte[] buf) {
			this.buf = buf;
			if (buf.length == 0 || buf[0] != VERSION) {
				throw new IllegalArgumentException("not a packed indicator block of version " + VERSION);
			}
			p = 1;
			long c = varint();
			if (c < 0 || c > buf.length) {
				throw corrupt();
			}
			count = (int) c;
		}

		private IllegalArgumentException corrupt() {
			return new IllegalArgumentException("corrupt packed indicator block at byte " + p + " of " + buf.length);
		}

		private int b() {
			if (p >= buf.length) {
				throw corrupt();
			}
			return buf[p++] & 0xFF;
		}

		long varint() {
			long v = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				int b = b();
				v |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return v;
				}
			}
			throw corrupt();
		}

		private int length() {
			long len = varint();
			if (len < 0 || len > buf.length - p) {
				throw corrupt();
			}
			return (int) len;
		}

		String text() {
			int len = length();
			String s = new String(buf, p, len, StandardCharsets.UTF_8);
			p += len;
			return s;
		}

		void skipText() {
			int len = length();
			p += len;
		}

		BigDecimal decimal() {
			int h = b();
			if (h == NULL) {
				return null;
			}
			if (h >= LONG && h <= LONG + MAX_SCALE) {
				long z = varint();
				return BigDecimal.valueOf((z >>> 1) ^ -(z & 1), h - LONG);
			}
			if (h >= BIG && h <= BIG + MAX_SCALE) {
				int len = length();
				if (len == 0) {
					throw corrupt();
				}
				BigInteger unscaled = new BigInteger(buf, p, len);
				p += len;
				return new BigDecimal(unscaled, h - BIG);
			}
			throw corrupt();
		}

		void skipDecimal() {
			int h = b();
			if (h == NULL) {
				return;
			}
			if (h >= LONG && h <= LONG + MAX_SCALE) {
				varint();
			}
			else if (h >= BIG && h <= BIG + MAX_SCALE) {
				int len = length();
				p += len;
			}
			else {
				throw corrupt();
			}
		}
	}
}
