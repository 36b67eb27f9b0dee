package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;

class ValidationReportWriterTest {

	private static final Finding MASKED = new Finding("北城.xlsx", "指标完成情况", 3, "D", "本期完成", "**", "MASKED_VALUE",
			Severity.WARNING, "数值被遮蔽");

	private static final Finding UNKNOWN = new Finding("河东.xlsx", "基本信息", 1, "B", "街道名称", "河东街道", "UNKNOWN_STREET",
			Severity.ERROR, "不在花名册中");

	@Test
	void shouldGroupFindingsByFileAsFrictionlessTasks() {
		Map<String, Object> report = ValidationReportWriter.toReport(List.of(MASKED, UNKNOWN));

		assertThat(report.get("valid")).isEqualTo(false);
		assertThat(report.get("stats")).isEqualTo(Map.of("tasks", 2, "errors", 1, "warnings", 1));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> tasks = (List<Map<String, Object>>) report.get("tasks");
		assertThat(tasks).extracting(t -> t.get("name"), t -> t.get("valid"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("北城.xlsx", true),
					org.assertj.core.groups.Tuple.tuple("河东.xlsx", false));
	}

	@Test
	void shouldWriteTheFrictionlessFieldsOfEachError(@TempDir Path dir) throws Exception {
		Path file = new ValidationReportWriter().write(ReportFixture.report(), dir);

		JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
		assertThat(file.getFileName().toString()).endsWith("_校验报告.json");
		JsonNode first = root.get("tasks").get(0);
		JsonNode error = first.get("errors").size() > 0 ? first.get("errors").get(0) : first.get("warnings").get(0);
		for (String field : List.of("type", "rowNumber", "fieldName", "cell", "note", "tags")) {
			assertThat(error.has(field)).as(field).isTrue();
		}
	}

	@Test
	void shouldNumberColumnsLikeASpreadsheet() {
		assertThat(ValidationReportWriter.columnNumber("A")).isEqualTo(1);
		assertThat(ValidationReportWriter.columnNumber("Z")).isEqualTo(26);
		assertThat(ValidationReportWriter.columnNumber("AA")).isEqualTo(27);
	}
}
