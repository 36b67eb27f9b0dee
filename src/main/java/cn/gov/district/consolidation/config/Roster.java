package cn.gov.district.consolidation.config;

import java.util.List;

import cn.gov.district.consolidation.domain.Street;

/**
 * The district and the 街道 expected to submit, in the order the workbook shows them.
 * Immutable and thread-safe.
 *
 * @param district 区名
 * @param streets the roster; never {@code null}
 */
public record Roster(String district, List<Street> streets) {

	public Roster {
		streets = List.copyOf(streets);
		if (streets.isEmpty()) {
			throw new IllegalStateException("consolidation.streets 未配置：请在 config/application.yml 中列出本区全部街道");
		}
	}

	public List<String> names() {
		return streets.stream().map(Street::name).toList();
	}
}
