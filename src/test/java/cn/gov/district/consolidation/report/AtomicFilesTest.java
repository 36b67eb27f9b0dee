package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
	void shouldGiveTheWrittenFileThePermissionsOfAnyNewFileInTheFolder() throws IOException {
		Path plain = Files.createFile(dir.resolve("比较.txt"));

		Path written = AtomicFiles.write(dir.resolve("河西区_2022-11_汇总.xlsx"), out -> out.write(1));

		// Files.createTempFile would make it rw------- whatever the umask
		assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
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
