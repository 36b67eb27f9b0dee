package cn.gov.district.consolidation.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator configures under {@code consolidation.*}. Immutable and thread-safe.
 *
 * @param districtName 区名, e.g. {@code 河西区}
 * @param streets the roster: who is expected to submit, in the order the workbook shows them
 * @param inputDir where operators drop files
 * @param archiveDir where accepted files end, by date
 * @param rejectedDir where rejected files end, by date, each with an error workbook
 * @param outputDir where district workbooks and exports are written
 * @param dataDir where the run lock lives (next to the H2 database)
 * @param settle how long a file's size and time must stay unchanged before it is read
 * @param maxErrorRatio a file whose error rows exceed this share of its data rows is rejected
 * whole (0.5 = half)
 * @param catalogFile an indicator catalog CSV that replaces the built-in one, or {@code null}
 * @param indicators extra indicators added to (or replacing by code) the catalog
 * @param schedule the cron used with {@code --schedule}
 * @param feedbackContact the sentence in every error workbook that tells a 街道 where to send the
 * corrected file
 * @param fileTimeBudget how long reading one file may take before it is rejected
 * ({@code FILE_TIME_BUDGET}), so that one hostile file cannot eat the night
 * @param maxFileChars how many characters of cell text one file may hold before it is rejected
 * ({@code FILE_TOO_LARGE}), so that a crafted file (one huge shared string behind every cell)
 * cannot keep the night busy: 50 million by default, about 1.2 million rows of a long export;
 * raised for a backfill of more (memory does not depend on it, the rows are streamed)
 */
@ConfigurationProperties("consolidation")
public record ConsolidationProperties(@DefaultValue("河西区") String districtName, List<StreetProperties> streets,
		@DefaultValue("input") Path inputDir, @DefaultValue("input/archive") Path archiveDir,
		@DefaultValue("input/rejected") Path rejectedDir, @DefaultValue("output") Path outputDir,
		@DefaultValue("data") Path dataDir, @DefaultValue("10s") Duration settle,
		@DefaultValue("0.5") double maxErrorRatio, Path catalogFile, List<IndicatorProperties> indicators,
		@DefaultValue Schedule schedule,
		@DefaultValue("请将修改后的文件重新报送至区统计数据汇总邮箱或区政务网盘“街道报表”文件夹") String feedbackContact,
		@DefaultValue("5m") Duration fileTimeBudget, @DefaultValue("50000000") long maxFileChars) {

	public ConsolidationProperties {
		if (maxFileChars <= 0) {
			throw new IllegalArgumentException("consolidation.max-file-chars 必须是正数（当前为 " + maxFileChars + "）");
		}
		streets = streets == null ? List.of() : List.copyOf(streets);
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	/**
	 * One roster entry.
	 *
	 * @param name official name
	 * @param aliases other spellings; may be {@code null}
	 */
	public record StreetProperties(String name, List<String> aliases) {
	}

	/**
	 * An indicator added in configuration; the fields are those of the catalog CSV.
	 *
	 * @param code stable code
	 * @param name official name
	 * @param synonyms other names; may be {@code null}
	 * @param unit canonical unit
	 * @param category summary group
	 * @param aggregation {@code SUM}, {@code NONE}, {@code RATIO:A/B}, {@code WEIGHTED_AVG:W}
	 * @param direction {@code HIGHER} or {@code LOWER}
	 */
	public record IndicatorProperties(String code, String name, List<String> synonyms, String unit, String category,
			@DefaultValue("SUM") String aggregation, @DefaultValue("HIGHER") String direction) {
	}

	/**
	 * The nightly schedule.
	 *
	 * @param cron Spring cron expression, evaluated in {@code zone}
	 * @param zone the time zone
	 */
	public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Asia/Shanghai") String zone) {
	}
}
