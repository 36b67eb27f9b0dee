package cn.gov.district.consolidation.domain;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * File names the job makes from a submitted file's name (numbered copies, 问题清单): kept within
 * the 255-byte limit of a name on the file systems the job runs on (ext4, XFS, NTFS through SMB),
 * counted in UTF-8, the encoding names are stored in. A name that would be longer keeps as much of
 * its beginning as fits, cut on a code point boundary, followed by {@code ~} and 8 hex digits of
 * the SHA-256 of the whole part it shortened, so two long names that only differ at their end still
 * get different short ones.
 *
 * <p>And file names as the file system holds them. On Linux a name is bytes, which the JVM turns into
 * a {@code String} through {@code sun.jnu.encoding}, fixed from the locale when the JVM starts (a
 * {@code -Dsun.jnu.encoding} on the command line is overridden): with no {@code LANG}/{@code LC_ALL},
 * as from cron, it is ASCII and no Chinese name can be named by a {@code String}; and GBK bytes of a
 * name unpacked from a Windows zip are no UTF-8, so its {@code String} has replacement characters and
 * names another file. A {@link Path} listed from a folder keeps the name's bytes; its URI
 * ({@link Path#toUri()}) shows them percent-encoded, and {@link Path#of(URI)} makes a path of exactly
 * those bytes whatever the encoding. So the job shows and stores a name decoded from its bytes
 * ({@link #displayName}: UTF-8, else GB18030), keeps the bytes where they are not that name's UTF-8
 * ({@link #rawNameIfNotUtf8}), and addresses files by {@link #resolve}, never by
 * {@code dir.resolve(name)}. Stateless.
 */
public final class FileNames {

	/** The longest file name, in bytes, that ext4, XFS and most other file systems allow. */
	public static final int MAX_NAME_BYTES = 255;

	private static final boolean UNIX = "/".equals(FileSystems.getDefault().getSeparator());

	/** How the JVM maps names to bytes ({@code sun.jnu.encoding}), UTF-8 where it does not say. */
	private static final Charset JNU = jnuEncoding();

	private FileNames() {
	}

	private static Charset jnuEncoding() {
		try {
			return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
		}
		catch (RuntimeException unknown) {
			return StandardCharsets.UTF_8;
		}
	}

	/** The bytes of the last element of {@code file}'s name, as the file system holds them. */
	public static byte[] rawName(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return new byte[0];
		}
		if (!UNIX) {
			return name.toString().getBytes(StandardCharsets.UTF_8);
		}
		String raw = file.toUri().getRawPath();
		if (raw.endsWith("/")) {
			raw = raw.substring(0, raw.length() - 1);
		}
		return percentDecode(raw.substring(raw.lastIndexOf('/') + 1));
	}

	/**
	 * The name of {@code file} as a person reads it: its bytes as UTF-8 when they are UTF-8, else as
	 * GB18030 (a superset of GBK, what Windows in Chinese writes into a zip), else UTF-8 with
	 * replacement characters.
	 */
	public static String displayName(Path file) {
		return decode(rawName(file));
	}

	/** {@code raw} as {@link #displayName} decodes a name. */
	public static String decode(byte[] raw) {
		for (Charset charset : new Charset[] { StandardCharsets.UTF_8, Charset.forName("GB18030") }) {
			try {
				return charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(raw))
					.toString();
			}
			catch (CharacterCodingException notThisOne) {
				// the next one
			}
		}
		return new String(raw, StandardCharsets.UTF_8);
	}

	/**
	 * The bytes of {@code file}'s name percent-encoded, when they are not the UTF-8 of its
	 * {@link #displayName} (a GBK name), else {@code null}: what {@link #resolveStored} needs beside the
	 * name to find the file again.
	 */
	public static String rawNameIfNotUtf8(Path file) {
		byte[] raw = rawName(file);
		return Arrays.equals(raw, decode(raw).getBytes(StandardCharsets.UTF_8)) ? null : percentEncode(raw);
	}

	/** The file {@code name} (held as UTF-8) in {@code dir}, addressable whatever the JVM's name encoding. */
	public static Path resolve(Path dir, String name) {
		return resolveRaw(dir, name.getBytes(StandardCharsets.UTF_8));
	}

	/** The file of {@code name}, or of the bytes {@code rawName} ({@link #rawNameIfNotUtf8}) when not null, in {@code dir}. */
	public static Path resolveStored(Path dir, String name, String rawName) {
		return rawName == null ? resolve(dir, name) : resolveRaw(dir, percentDecode(rawName));
	}

	/** The file whose name is exactly the bytes {@code raw} in {@code dir}. */
	public static Path resolveRaw(Path dir, byte[] raw) {
		if (!UNIX) {
			return dir.resolve(new String(raw, StandardCharsets.UTF_8));
		}
		String plain = new String(raw, JNU);
		if (Arrays.equals(plain.getBytes(JNU), raw)) {
			try {
				return dir.resolve(plain);
			}
			catch (InvalidPathException notInThisEncoding) {
				// through the URI below
			}
		}
		String base = dir.toAbsolutePath().toUri().toString();
		return Path.of(URI.create((base.endsWith("/") ? base : base + "/") + percentEncode(raw)));
	}

	/**
	 * {@code path} as a person reads it, every name in it decoded as {@link #displayName} does: what the
	 * run report shows and the database keeps ({@link #parse} finds the file again).
	 */
	public static String display(Path path) {
		String plain = path.toString();
		if (!UNIX || plain.indexOf('\uFFFD') < 0) {
			return plain;
		}
		StringBuilder sb = new StringBuilder();
		for (String segment : path.toAbsolutePath().toUri().getRawPath().split("/")) {
			if (!segment.isEmpty()) {
				sb.append('/').append(decode(percentDecode(segment)));
			}
		}
		return sb.isEmpty() ? "/" : sb.toString();
	}

	/** The path {@link #display} showed, every name in it taken as UTF-8. */
	public static Path parse(String shown) {
		try {
			return Path.of(shown);
		}
		catch (InvalidPathException notInThisEncoding) {
			Path path = Path.of(shown.startsWith("/") ? "/" : "");
			for (String segment : shown.split("/")) {
				if (!segment.isEmpty()) {
					path = resolve(path, segment);
				}
			}
			return path;
		}
	}

	private static String percentEncode(byte[] raw) {
		StringBuilder sb = new StringBuilder();
		for (byte b : raw) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
					|| c == '~') {
				sb.append((char) c);
			}
			else {
				sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
			}
		}
		return sb.toString();
	}

	private static byte[] percentDecode(String s) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '%' && i + 3 <= s.length()) {
				out.write(HexFormat.fromHexDigits(s, i + 1, i + 3));
				i += 2;
			}
			else {
				byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				out.write(b, 0, b.length);
			}
		}
		return out.toByteArray();
	}

	/**
	 * {@code base + suffix}, with {@code base} shortened when the whole is over {@link #MAX_NAME_BYTES}.
	 * @param base the part that may be shortened, e.g. a file name without its extension
	 * @param suffix the part kept whole, e.g. {@code _问题清单.xlsx} or {@code (2).xlsx}
	 */
	public static String fit(String base, String suffix) {
		int suffixBytes = utf8Length(suffix);
		if (utf8Length(base) + suffixBytes <= MAX_NAME_BYTES) {
			return base + suffix;
		}
		String tag = "~" + shortHash(base);
		return prefixOfBytes(base, Math.max(0, MAX_NAME_BYTES - suffixBytes - tag.length())) + tag + suffix;
	}

	/** The length of {@code s} in UTF-8 bytes. */
	public static int utf8Length(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

	/** The longest beginning of {@code s} of at most {@code maxBytes} UTF-8 bytes, whole code points only. */
	static String prefixOfBytes(String s, int maxBytes) {
		int bytes = 0;
		int end = 0;
		while (end < s.length()) {
			int cp = s.codePointAt(end);
			int n = utf8Length(new String(Character.toChars(cp)));
			if (bytes + n > maxBytes) {
				break;
			}
			bytes += n;
			end += Character.charCount(cp);
		}
		return s.substring(0, end);
	}

	private static String shortHash(String s) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}
}
