package cn.gov.district.consolidation.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names the job makes from a submitted file's name (numbered copies, 问题清单): kept within
 * the 255-byte limit of a name on the file systems the job runs on (ext4, XFS, NTFS through SMB),
 * counted in UTF-8, the encoding names are stored in. A name that would be longer keeps as much of
 * its beginning as fits, cut on a code point boundary, followed by {@code ~} and 8 hex digits of
 * the SHA-256 of the whole part it shortened, so two long names that only differ at their end still
 * get different short ones. Stateless.
 */
public final class FileNames {

	/** The longest file name, in bytes, that ext4, XFS and most other file systems allow. */
	public static final int MAX_NAME_BYTES = 255;

	private FileNames() {
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
