package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the job writes (district workbooks, 问题清单, reports) is written through a temporary file of
 * the same folder: created like any file there, so the office's staff can open it, and named
 * so that a long target name still fits the file system's limit.
 */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void shouldGiveTheWrittenFileThePermissionsOfAnyNewFileInTheFolder() throws Exception {
		Set<PosixFilePermission> plain = writeBesideAPlainFile(dir);
		assertThat(Files.getPosixFilePermissions(dir.resolve(WRITTEN))).isEqualTo(plain);

		// Files.createTempFile would make it rw------- whatever the umask: under a umask that gives the
		// same to a plain new file (077), the comparison above cannot tell, so it is made again in a
		// JVM of its own under the umask of an office's server
		if (!plain.contains(PosixFilePermission.GROUP_READ)) {
			Path other = Files.createDirectory(dir.resolve("umask-022"));
			Process child = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$0\" \"$@\"",
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), UnderOwnUmask.class.getName(), other.toString())
				.redirectErrorStream(true)
				.start();
			boolean ended = child.waitFor(60, TimeUnit.SECONDS);
			String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!ended) {
				child.destroyForcibly();
			}
			assertThat(ended).as("the child JVM ended within 60 s:\n" + output).isTrue();
			assertThat(child.exitValue()).as(output).isZero();
			plain = Files.getPosixFilePermissions(other.resolve(PLAIN));
			assertThat(plain).as("umask 022 in the child").contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
			assertThat(Files.getPosixFilePermissions(other.resolve(WRITTEN))).isEqualTo(plain);
		}
		else {
			assertThat(plain).as("this JVM's umask lets the office read a plain new file").contains(PosixFilePermission.GROUP_READ);
		}
	}

	private static final String PLAIN = "比较.txt";

	private static final String WRITTEN = "河西区_2022-11_汇总.xlsx";

	/** Creates a plain new file and writes one through {@link AtomicFiles} in {@code dir}; the plain one's permissions. */
	private static Set<PosixFilePermission> writeBesideAPlainFile(Path dir) throws IOException {
		Path plain = Files.createFile(dir.resolve(PLAIN));
		AtomicFiles.write(dir.resolve(WRITTEN), out -> out.write(1));
		return Files.getPosixFilePermissions(plain);
	}

	/** {@link #writeBesideAPlainFile} in a JVM of its own, started under a umask of the test's choosing. */
	static final class UnderOwnUmask {

		public static void main(String[] args) throws IOException {
			writeBesideAPlainFile(Path.of(args[0]));
		}
	}

	@Test
	void shouldWriteATargetWhoseNameIsNearTheFileSystemsLimit() throws IOException {
		// 81 Chinese characters of 3 bytes, plus the extension: 250 bytes of a limit of 255
		String name = "北城街道关于报送二〇二二年一至十一月主要经济指标和重点项目进展情况的报告最终版本".repeat(3).substring(0, 81) + ".xlsx";
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(240, 255);

		Path written = AtomicFiles.write(dir.resolve(name), out -> out.write("内容".getBytes(StandardCharsets.UTF_8)));

		assertThat(written).hasContent("内容");
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(written);
		}
	}

	@Test
	void shouldLeaveTheOldFileAndNoTemporaryOneWhenWritingFails() throws IOException {
		Path target = Files.writeString(dir.resolve("运行报告_2022-12-01.txt"), "上次");

		assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
			out.write(1);
			throw new IOException("磁盘已满");
		})).hasMessage("磁盘已满");

		assertThat(target).hasContent("上次");
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(target);
		}
	}
}
