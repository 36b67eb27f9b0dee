package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises the encoding of a text file from its first bytes, in a fixed order, and never
 * guesses: (1) a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); (2) strict UTF-8, that is bytes
 * that decode without a single error and without NUL characters, which no text has but which
 * UTF-16 of ASCII would produce; (3) UTF-16 without a BOM, recognised by NUL bytes in every
 * other position (the high byte of ASCII digits, separators and line ends); (4) strict GB18030,
 * which contains GBK and GB2312, what Excel on a Chinese Windows saves. Whatever decodes must
 * also look like text (almost no control characters), so that binary content is refused rather
 * than read as mojibake. Stateless and thread-safe.
 */
final class TextEncoding {

	/** How many leading bytes the detection looks at. */
	static final int HEAD_BYTES = 64 * 1024;

	static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * A recognised encoding.
	 * @param charset the charset to decode with
	 * @param bomLength bytes of byte-order mark to skip before decoding
	 * @param headText the decoded head, BOM excluded (an incomplete character at its end left out)
	 */
	record Detected(Charset charset, int bomLength, String headText) {
	}

	private TextEncoding() {
	}

	/**
	 * Detects the encoding of {@code head}.
	 * @param head the first bytes of the file
	 * @param wholeFile whether {@code head} is the whole file (otherwise a multi-byte character may
	 * be cut at its end, which is no error)
	 * @return the encoding, or empty when no candidate decodes strictly into text
	 */
	static Optional<Detected> detect(byte[] head, boolean wholeFile) {
		Detected found = byBom(head, wholeFile);
		if (found == null) {
			found = strict(StandardCharsets.UTF_8, head, 0, wholeFile);
		}
		if (found == null) {
			Charset utf16 = utf16ByNulPattern(head);
			found = utf16 == null ? null : strict(utf16, head, 0, wholeFile);
		}
		if (found == null) {
			found = strict(GB18030, head, 0, wholeFile);
		}
		return Optional.ofNullable(found).filter(d -> looksLikeText(d.headText()));
	}

	/**
	 * Detects the encoding of a whole stream: as {@link #detect(byte[], boolean)} on its first
	 * {@link #HEAD_BYTES}, except that when those are plain ASCII (which every candidate decodes
	 * alike) the choice between UTF-8 and GB18030 is made on the bytes from the first non-ASCII
	 * byte on, however far into the file it comes: a GBK file that starts with 64 KB of codes and
	 * numbers is still GBK.
	 * @param in the stream from its first byte; read as far as needed, not closed
	 * @return the encoding, or empty when the stream is empty or not text in a known encoding
	 */
	static Optional<Detected> detect(InputStream in) throws IOException {
		byte[] head = in.readNBytes(HEAD_BYTES);
		if (head.length == 0) {
			return Optional.empty();
		}
		int next = head.length < HEAD_BYTES ? -1 : in.read();
		boolean wholeFile = next < 0;
		if (wholeFile || !isAscii(head, head.length)) {
			return detect(head, wholeFile);
		}
		Optional<Detected> ascii = detect(head, false);
		if (ascii.isEmpty() || !ascii.get().charset().equals(StandardCharsets.UTF_8)) {
			return ascii; // not text, or UTF-16 recognised by its NUL bytes
		}
		byte[] window = firstNonAsciiWindow((byte) next, in);
		if (window == null) {
			return ascii;
		}
		boolean windowIsTail = window.length < HEAD_BYTES;
		for (Charset charset : new Charset[] { StandardCharsets.UTF_8, GB18030 }) {
			Detected found = strict(charset, window, 0, windowIsTail);
			if (found != null && looksLikeText(found.headText())) {
				return Optional.of(new Detected(charset, 0, ascii.get().headText()));
			}
		}
		return Optional.empty();
	}

	/** The bytes from the first non-ASCII one on (at most {@link #HEAD_BYTES}), {@code first} included. */
	private static byte[] firstNonAsciiWindow(byte first, InputStream in) throws IOException {
		byte[] buffer = new byte[HEAD_BYTES];
		buffer[0] = first;
		int n = 1 + in.readNBytes(buffer, 1, buffer.length - 1);
		while (n > 0) {
			for (int i = 0; i < n; i++) {
				if (buffer[i] < 0) {
					byte[] window = new byte[HEAD_BYTES];
					int kept = n - i;
					System.arraycopy(buffer, i, window, 0, kept);
					int more = in.readNBytes(window, kept, HEAD_BYTES - kept);
					return java.util.Arrays.copyOf(window, kept + more);
				}
			}
			n = in.readNBytes(buffer, 0, buffer.length);
		}
		return null;
	}

	private static boolean isAscii(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			if (bytes[i] < 0) {
				return false;
			}
		}
		return true;
	}

	private static Detected byBom(byte[] head, boolean wholeFile) {
		if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
			return strict(StandardCharsets.UTF_8, head, 3, wholeFile);
		}
		if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
			return strict(StandardCharsets.UTF_16LE, head, 2, wholeFile);
		}
		if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
			return strict(StandardCharsets.UTF_16BE, head, 2, wholeFile);
		}
		return null;
	}

	private static Charset utf16ByNulPattern(byte[] head) {
		int pairs = head.length / 2;
		if (pairs == 0) {
			return null;
		}
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i + 1 < head.length; i += 2) {
			if (head[i] == 0) {
				evenNuls++;
			}
			if (head[i + 1] == 0) {
				oddNuls++;
			}
		}
		// ASCII in UTF-16LE has its NUL in the odd byte; Chinese characters have none at all
		if (oddNuls * 5 >= pairs && evenNuls * 20 < pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenNuls * 5 >= pairs && oddNuls * 20 < pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static Detected strict(Charset charset, byte[] head, int offset, boolean wholeFile) {
		CharsetDecoder decoder = newStrictDecoder(charset);
		ByteBuffer in = ByteBuffer.wrap(head, offset, head.length - offset);
		CharBuffer out = CharBuffer.allocate(head.length - offset + 8);
		CoderResult result = decoder.decode(in, out, wholeFile);
		if (result.isError() || result.isOverflow()) {
			return null;
		}
		if (wholeFile) {
			if (decoder.flush(out).isError()) {
				return null;
			}
		}
		else if (in.remaining() > 4) {
			return null;
		}
		out.flip();
		String text = out.toString();
		return text.indexOf('\0') >= 0 ? null : new Detected(charset, offset, text);
	}

	/** A decoder that reports malformed and unmappable input instead of replacing it. */
	static CharsetDecoder newStrictDecoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Whether {@code bytes} decode strictly as {@code charset} (for tests and diagnostics). */
	static boolean decodesStrictly(Charset charset, byte[] bytes) {
		try {
			newStrictDecoder(charset).decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Text has no NUL and at most one control character in a hundred (tab and line ends aside). */
	static boolean looksLikeText(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return false;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
				controls++;
			}
		}
		return controls * 100 <= text.length();
	}
}
