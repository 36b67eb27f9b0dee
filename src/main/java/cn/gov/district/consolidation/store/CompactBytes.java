package cn.gov.district.consolidation.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writing and reading the compact byte strings the store keeps where a row per element would cost
 * the database more than the data is worth ({@link PackedBlock}, {@link SubmissionList}): unsigned
 * LEB128 varints, zigzag for signed numbers, texts as their UTF-8 length and bytes. A reader checks
 * every length against what is left and refuses anything else with an
 * {@link IllegalArgumentException} naming what it was reading.
 */
final class CompactBytes {

	private CompactBytes() {
	}

	/** A growing byte array. Not thread-safe. */
	static final class Writer {

		private byte[] buf;

		private int n;

		Writer(int capacity) {
			buf = new byte[Math.max(capacity, 16)];
		}

		/** Empties the writer for another value, keeping its buffer. */
		void reset() {
			n = 0;
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

		void zigzag(long v) {
			varint((v << 1) ^ (v >> 63));
		}

		/** {@code b.length} and the bytes. */
		void bytes(byte[] b) {
			varint(b.length);
			room(b.length);
			System.arraycopy(b, 0, buf, n, b.length);
			n += b.length;
		}

		/** {@code s} as its UTF-8 length and bytes (well-formed text: a lone surrogate would become "?"). */
		void text(String s) {
			int len = s.length();
			for (int i = 0; i < len; i++) {
				if (s.charAt(i) >= 0x80) {
					bytes(s.getBytes(StandardCharsets.UTF_8));
					return;
				}
			}
			// ASCII: its UTF-8 is its chars
			varint(len);
			room(len);
			for (int i = 0; i < len; i++) {
				buf[n++] = (byte) s.charAt(i);
			}
		}

		/**
		 * A copy of what was written: never the writer's own buffer, which {@link #reset} hands to the next
		 * value (PackedBlock packs every block of a thread into one writer).
		 */
		byte[] toByteArray() {
			return Arrays.copyOf(buf, n);
		}
	}

	/** Reads a byte string from its start. Not thread-safe. */
	static final class Reader {

		private final byte[] buf;

		private final String what;

		private int p;

		/** @param what what the bytes are, for the message of a refusal */
		Reader(byte[] buf, String what) {
			this.buf = buf;
			this.what = what;
		}

		IllegalArgumentException corrupt() {
			return new IllegalArgumentException("corrupt " + what + " at byte " + p + " of " + buf.length);
		}

		int b() {
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

		long zigzag() {
			long z = varint();
			return (z >>> 1) ^ -(z & 1);
		}

		/** A varint that is a count or length of at most what is left to read, as an int. */
		int count() {
			long c = varint();
			if (c < 0 || c > buf.length - p) {
				throw corrupt();
			}
			return (int) c;
		}

		/** {@code len} bytes, as {@code new BigInteger} or a string takes them: the offset they start at. */
		int take(int len) {
			int start = p;
			p += len;
			return start;
		}

		byte[] array() {
			return buf;
		}

		String text() {
			int len = count();
			return new String(buf, take(len), len, StandardCharsets.UTF_8);
		}

		void skipText() {
			take(count());
		}

		boolean atEnd() {
			return p == buf.length;
		}
	}
}
