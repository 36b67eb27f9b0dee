package cn.gov.district.consolidation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as the file system holds them: GBK bytes from a Windows zip, names too long for a suffix. */
class FileNamesTest {

	@TempDir
	Path dir;

	@Test
	void shouldDecodeAGbkNameAndFindTheFileAgainByItsBytes() throws Exception {
		String escaped = "%BA%D3%B6%AB%BD%D6%B5%C0.xlsx"; // 河东街道.xlsx in GBK
		String base = dir.toUri().toString();
		Path file = Files.writeString(Path.of(URI.create((base.endsWith("/") ? base : base + "/") + escaped)), "x");

		Path listed;
		try (var entries = Files.list(dir)) {
			listed = entries.findFirst().orElseThrow();
		}
		assertThat(FileNames.rawName(listed)).isEqualTo("河东街道.xlsx".getBytes(Charset.forName("GBK")));
		assertThat(FileNames.displayName(listed)).isEqualTo("河东街道.xlsx");
		assertThat(FileNames.rawNameIfNotUtf8(listed)).isEqualTo(escaped);
		assertThat(FileNames.resolveStored(dir, "河东街道.xlsx", escaped)).isEqualTo(file).hasContent("x");
		// the decoded name names another file, which is not there
		assertThat(FileNames.resolve(dir, "河东街道.xlsx")).doesNotExist();
		assertThat(FileNames.display(listed)).endsWith("/河东街道.xlsx");
	}

	@Test
	void shouldKeepAUtf8NameAsItIs() throws Exception {
		Path file = Files.writeString(dir.resolve("东关街道.xlsx"), "x");

		assertThat(FileNames.rawNameIfNotUtf8(file)).isNull();
		assertThat(FileNames.resolveStored(dir, "东关街道.xlsx", null)).isEqualTo(file);
		assertThat(FileNames.display(file)).isEqualTo(file.toString());
		assertThat(FileNames.parse(FileNames.display(file))).isEqualTo(file);
	}

	@Test
	void shouldShortenANameOnACodePointBoundaryWithAHashOfWhatItCut() {
		String base = "东".repeat(100);

		String fitted = FileNames.fit(base, "_问题清单.xlsx");

		assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		assertThat(fitted).startsWith("东东").matches("东+~[0-9a-f]{8}_问题清单\\.xlsx");
		assertThat(FileNames.fit("东".repeat(99) + "西", "_问题清单.xlsx")).isNotEqualTo(fitted);
		assertThat(FileNames.fit("东关", "_问题清单.xlsx")).isEqualTo("东关_问题清单.xlsx");
		// a character outside the BMP is never cut in half
		assertThat(FileNames.fit("😀".repeat(70), ".xlsx")).doesNotContain("\uFFFD").matches("(😀)+~[0-9a-f]{8}\\.xlsx");
	}
}
