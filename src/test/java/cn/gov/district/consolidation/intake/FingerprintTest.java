package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

	@TempDir
	Path dir;

	private final Fingerprint fingerprint = new Fingerprint();

	@Test
	void shouldHashKnownContentToItsPublishedSha256() throws IOException {
		Path file = Files.writeString(dir.resolve("abc.csv"), "abc", StandardCharsets.US_ASCII);

		assertThat(fingerprint.sha256(file))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void shouldHashEmptyFile() throws IOException {
		Path file = Files.createFile(dir.resolve("empty.xlsx"));

		assertThat(fingerprint.sha256(file))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void shouldHashFileLargerThanTheBufferLikeAOneShotDigest() throws Exception {
		byte[] content = new byte[64 * 1024 * 3 + 17];
		new Random(42).nextBytes(content);
		Path file = Files.write(dir.resolve("大文件.xlsx"), content);
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

		assertThat(fingerprint.sha256(file)).isEqualTo(expected).matches("[0-9a-f]{64}");
	}

	@Test
	void shouldFailForMissingFile() {
		assertThatThrownBy(() -> fingerprint.sha256(dir.resolve("missing.xlsx")))
			.isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void shouldNotReadAgainAFileWhoseInodeSizeAndModificationTimeAreUnchanged() throws IOException {
		Path file = Files.writeString(dir.resolve("报表.csv"), "abc", StandardCharsets.US_ASCII);
		String first = fingerprint.sha256(file);
		FileTime modified = Files.getLastModifiedTime(file);

		// other content of the same size written in place, the modification time put back: only a read tells
		Files.writeString(file, "xyz", StandardCharsets.US_ASCII);
		Files.setLastModifiedTime(file, modified);

		assertThat(fingerprint.sha256(file)).as("remembered, not read again").isEqualTo(first);
		assertThat(new Fingerprint().sha256(file)).as("another instance reads it").isNotEqualTo(first);
	}

	@Test
	void shouldHashAgainAFileWrittenOverInPlace() throws IOException {
		Path file = Files.writeString(dir.resolve("报表.csv"), "abc", StandardCharsets.US_ASCII);
		FileTime modified = Files.getLastModifiedTime(file);
		String first = fingerprint.sha256(file);

		Files.writeString(file, "xyz", StandardCharsets.US_ASCII);
		Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 2_000));

		assertThat(fingerprint.sha256(file)).isNotEqualTo(first).isEqualTo(new Fingerprint().sha256(file));
	}

	@Test
	void shouldHashAgainAnotherFileMovedInOverItWithTheSameSizeAndTime() throws IOException {
		Path file = Files.writeString(dir.resolve("报表.csv"), "abc", StandardCharsets.US_ASCII);
		String first = fingerprint.sha256(file);
		Path other = Files.writeString(dir.resolve("另一份.csv"), "xyz", StandardCharsets.US_ASCII);
		Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));

		Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

		assertThat(fingerprint.sha256(file)).isNotEqualTo(first).isEqualTo(new Fingerprint().sha256(file));
	}
}
