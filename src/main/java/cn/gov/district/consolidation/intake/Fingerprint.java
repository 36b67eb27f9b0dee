package cn.gov.district.consolidation.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 content hash of a file, as 64 lowercase hex digits: how the job recognises a file it
 * has seen before and how {@link SafeMover} proves a copy is whole. Reads the file as a stream, so
 * memory does not grow with its size. Stateless and thread-safe.
 */
public final class Fingerprint {

	private static final int BUFFER_SIZE = 64 * 1024;

	/**
	 * Hashes the content of {@code file}.
	 * @param file a readable regular file; must not be {@code null}
	 * @return the SHA-256 digest in lowercase hex, never {@code null}
	 * @throws IOException when the file cannot be read
	 */
	public String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			byte[] buffer = new byte[BUFFER_SIZE];
			while (in.read(buffer) != -1) {
				// reading is enough: the DigestInputStream feeds every byte to the digest
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Whether {@code file} is a regular file of exactly this size and content: the file a row of the
	 * database speaks for, not another one dropped later under the same name.
	 * @return false when it is missing, not a regular file, of another size or another hash
	 * @throws IOException when it exists and cannot be read
	 */
	public boolean matches(Path file, long size, String sha256) throws IOException {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		try {
			return Files.size(file) == size && sha256(file).equalsIgnoreCase(sha256);
		}
		catch (NoSuchFileException gone) {
			return false;
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform is required to provide SHA-256, so this is a broken JVM
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}
}
