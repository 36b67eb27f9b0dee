package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.report.ReportFixture;

/**
 * The publish step's writer for a chunk of one period, whose exports are written on a second
 * thread beside the workbook: everything is there when it returns, and a failure on either thread
 * fails the write.
 */
class DistrictReportWriterTest {

	@TempDir
	Path dir;

	private DistrictReportWriter writer(Path output) {
		ConsolidationProperties properties = new ConsolidationProperties("河西区", List.of(), dir.resolve("input"),
				dir.resolve("archive"), dir.resolve("rejected"), output, dir.resolve("data"), Duration.ZERO, 0.5, null,
				List.of(), new ConsolidationProperties.Schedule("0 0 2 * * *", "Asia/Shanghai"), "联系", Duration.ofMinutes(5),
				50_000_000L);
		return new DistrictReportWriter(properties, new RunStatistics(), new CrashPoint(""));
	}

	@Test
	void shouldWriteTheWorkbookAndItsExportsOfALonePeriod() throws Exception {
		DistrictReport report = ReportFixture.report();
		writer(dir.resolve("output")).write(new Chunk<>(List.of(report)));
		try (var files = Files.list(dir.resolve("output").resolve("2022-11"))) {
			assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("河西区_2022-11_汇总.xlsx",
					"河西区_2022-11_汇总.csv", "河西区_2022-11_目标完成.csv", "河西区_2022-11_校验报告.json")
				.noneMatch(name -> name.startsWith("."));
		}
	}

	@Test
	void shouldFailWhenTheExportsCannotBeWritten() throws Exception {
		// a folder where the validation report should go: the export thread fails, the workbook does not
		Files.createDirectories(dir.resolve("output").resolve("2022-11").resolve("河西区_2022-11_校验报告.json").resolve("x"));
		assertThatThrownBy(() -> writer(dir.resolve("output")).write(new Chunk<>(List.of(ReportFixture.report()))))
			.isInstanceOf(RuntimeException.class);
		assertThat(dir.resolve("output").resolve("2022-11").resolve("河西区_2022-11_汇总.xlsx")).exists();
	}

	@Test
	void shouldReportTheWorkbookFailureWhenBothFail() throws Exception {
		// the output root is a file: neither the workbook nor the exports can be written
		Path output = Files.writeString(dir.resolve("output"), "not a folder");
		assertThatThrownBy(() -> writer(output).write(new Chunk<>(List.of(ReportFixture.report()))))
			.hasMessageContaining("汇总表写入失败");
	}
}
