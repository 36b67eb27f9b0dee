package cn.gov.district.consolidation.validate;

import static cn.gov.district.consolidation.validate.ValidationFixtures.rows;
import static cn.gov.district.consolidation.validate.ValidationFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;

class SubmissionParserTest {

	private final ValidationContext context = ValidationFixtures.context();

	private final InMemoryStagingArea staging = new InMemoryStagingArea();

	private final SubmissionParser parser = new SubmissionParser(context, staging);

	private FileOutcome decide(String fileName, Object... sheets) {
		FileCollector collector = new FileCollector(ValidationFixtures.file(fileName), context, staging);
		for (int i = 0; i < sheets.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<cn.gov.district.consolidation.read.TableRow> r = (List<cn.gov.district.consolidation.read.TableRow>) sheets[i + 1];
			sheet(collector, (String) sheets[i], r);
		}
		return parser.decide(ValidationFixtures.file(fileName), collector);
	}

	/**
	 * The findings but the {@code UNIT_ASSUMED} warning that a sheet stating no unit anywhere gets once
	 * (tested on its own): the sheets of the tests about other rules leave the units out.
	 */
	private List<Finding> findingsBesidesAssumedUnits() {
		return staging.findings.stream().filter(f -> !f.code().equals("UNIT_ASSUMED")).toList();
	}

	private static List<cn.gov.district.consolidation.read.TableRow> info(String street, String period) {
		return rows(new String[] { "街道名称", street }, new String[] { "报送期间", period });
	}

	@Test
	void shouldReadIndicatorsUnderATitleAndAUnitLine() {
		FileOutcome outcome = decide("报表.xlsx", "基本信息", info("东关街道办事处", "二〇二二年1—11月"), "指标完成情况",
				rows(new String[] { "东关街道2022年1-11月主要指标完成情况表", "东关街道2022年1-11月主要指标完成情况表" },
						new String[] { "单位：万元" }, new String[] { "序号", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)" },
						new String[] { "一、经济发展", "一、经济发展", "一、经济发展", "一、经济发展", "一、经济发展", "一、经济发展" },
						new String[] { "1", "规上工业总产值", "亿元", "90", "86.42", "6.8" },
						new String[] { "2", "财政收入", "", "", "3.2亿元", "" },
						new String[] { "填报人：李明" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).isEmpty();
		StagedSubmission s = outcome.submissions().get(0);
		assertThat(s.street()).isEqualTo("东关街道");
		assertThat(s.period().key()).isEqualTo("2022-11");
		assertThat(staging.indicatorsOf(s)).extracting(IndicatorEntry::indicatorCode).containsExactly("IND_OUTPUT", "FISCAL_REVENUE");
		assertThat(staging.indicatorsOf(s).get(0).actual().value()).isEqualByComparingTo("86.42");
		assertThat(staging.indicatorsOf(s).get(1).actual().value()).isEqualByComparingTo("32000");
	}

	@Test
	void shouldRejectAFileFromAStreetNotOnTheRosterNamingTheClosestName() {
		FileOutcome outcome = decide("报表.xlsx", "基本信息", info("东官街道", "2022年11月"), "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "3" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(findingsBesidesAssumedUnits()).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNKNOWN_STREET");
			assertThat(f.message()).contains("东官街道").contains("东关街道");
			assertThat(f.column()).isEqualTo("B");
		});
	}

	@Test
	void shouldNotSuggestANameThatIsOnlySimilar() {
		FileOutcome outcome = decide("报表.xlsx", "基本信息", info("河东街道", "2022年11月"), "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "3" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(findingsBesidesAssumedUnits()).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNKNOWN_STREET");
			assertThat(f.message()).contains("河东街道").doesNotContain("是否为");
		});
	}

	@Test
	void shouldRejectWhenTheFileNameAndTheContentNameDifferentPeriods() {
		FileOutcome outcome = decide("东关街道_2022年10月.xlsx", "基本信息", info("东关街道", "2022年11月"), "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "3" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::code).containsExactly("PERIOD_MISMATCH");
	}

	@Test
	void shouldTakeStreetAndPeriodFromTheFileNameWhenThereIsNoInfoSheet() {
		FileOutcome outcome = decide("西关街道_2022年1-6月_指标.csv", "西关街道_2022年1-6月_指标",
				rows(new String[] { "指标名称", "单位", "本期完成" }, new String[] { "新增城镇就业", "人", "1.6万" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		StagedSubmission s = outcome.submissions().get(0);
		assertThat(s.street()).isEqualTo("西关街道");
		assertThat(s.period().key()).isEqualTo("2022-06");
		assertThat(staging.indicatorsOf(s).get(0).actual().value()).isEqualByComparingTo("16000");
	}

	@Test
	void shouldRejectTheRowOfAPartGreaterThanItsWhole() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "安全隐患排查", "100" },
						new String[] { "安全隐患整改", "120" }, new String[] { "固定资产投资", "3" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::code, Finding::row, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PART_EXCEEDS_WHOLE", 3, Severity.ERROR));
		assertThat(staging.indicatorsOf(outcome.submissions().get(0))).extracting(IndicatorEntry::indicatorCode)
			.containsExactly("SAFETY_HAZARDS_FOUND", "FAI");
		assertThat(outcome.rowsRejected()).isEqualTo(1);
	}

	@Test
	void shouldWarnWhenAReportedRateDisagreesWithItsParts() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "安全隐患排查", "200" },
						new String[] { "安全隐患整改", "150" }, new String[] { "隐患整改率", "90%" }));

		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::code).containsExactly("RATE_INCONSISTENT");
		assertThat(findingsBesidesAssumedUnits().get(0).message()).contains("75.00%");
	}

	@Test
	void shouldCheckAPartAgainstItsWholeWhicheverOfTheRowsComesFirst() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "本期完成" }, new String[] { "隐患整改率", "90%" }, new String[] { "安全隐患整改", "120" },
						new String[] { "固定资产投资", "3" }, new String[] { "安全隐患排查", "100" }));

		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::code, Finding::row, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PART_EXCEEDS_WHOLE", 3, Severity.ERROR));
		assertThat(staging.indicatorsOf(outcome.submissions().get(0))).extracting(IndicatorEntry::indicatorCode)
			.containsExactly("SAFETY_FIX_RATE", "FAI", "SAFETY_HAZARDS_FOUND");
		assertThat(outcome.rowsRejected()).isEqualTo(1);
	}

	@Test
	void shouldCompareAReportedRateWithItsPartsWhenTheRateComesFirstOrLast() {
		decide("东关街道_2022年11月.xlsx", "指标", rows(new String[] { "指标名称", "本期完成" }, new String[] { "隐患整改率", "90%" },
				new String[] { "安全隐患排查", "200" }, new String[] { "安全隐患整改", "150" }, new String[] { "网格事件上报数", "40" },
				new String[] { "网格事件办结数", "30" }, new String[] { "网格事件办结率", "60%" }));

		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::code, Finding::row)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RATE_INCONSISTENT", 2),
					org.assertj.core.groups.Tuple.tuple("RATE_INCONSISTENT", 7));
		assertThat(findingsBesidesAssumedUnits()).extracting(Finding::message).allMatch(m -> m.contains("按分项计算应为75.00%"));
	}

	@Test
	void shouldLetGoOfTheRowsItComparesOnceASubmissionOfALongExportIsChecked() {
		// a long export: every 街道 and period has its draft to the end of the file, so what a draft holds after its
		// checks stays in memory as many times as the file has submissions (100,000 in a 4M-row backfill)
		List<String[]> lines = new java.util.ArrayList<>();
		lines.add(new String[] { "街道名称", "报送期间", "指标名称", "本期完成" });
		for (String street : List.of("东关街道", "西关街道")) {
			for (int month = 1; month <= 3; month++) {
				String period = "2022年1-" + month + "月";
				lines.add(new String[] { street, period, "安全隐患排查", "200" });
				lines.add(new String[] { street, period, "安全隐患整改", "150" });
				lines.add(new String[] { street, period, "隐患整改率", "75" });
				lines.add(new String[] { street, period, "网格事件上报数", "40" });
				if (!(street.equals("西关街道") && month == 2)) {
					// 西关 1-2月 reports the closed events but not their rate: its checks wait for it to the end
					lines.add(new String[] { street, period, "网格事件办结数", "30" });
				}
				lines.add(new String[] { street, period, "网格事件办结率", "75" });
				lines.add(new String[] { street, period, "固定资产投资", "3" });
			}
		}
		FileCollector collector = new FileCollector(ValidationFixtures.file("历史数据.csv"), context, staging);
		sheet(collector, "历史数据", rows(lines.toArray(String[][]::new)));

		assertThat(collector.drafts).hasSize(6).allSatisfy((attribution, draft) -> {
			if (attribution.street().equals("西关街道") && attribution.period().key().equals("2022-02")) {
				assertThat(draft.keptForChecks()).as("only the rows of the checks still waiting")
					.containsOnlyKeys("GRID_EVENTS_REPORTED", "GRID_CLOSE_RATE");
			}
			else {
				assertThat(draft.keptForChecks()).as(attribution.toString()).isEmpty();
			}
		});
		FileOutcome outcome = parser.decide(ValidationFixtures.file("历史数据.csv"), collector);
		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(findingsBesidesAssumedUnits()).isEmpty();
		assertThat(outcome.submissions()).hasSize(6);
	}

	@Test
	void shouldKeepAMaskedRowWithoutAValueAndWarn() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成" }, new String[] { "规模以上工业总产值", "亿元", "**" },
						new String[] { "固定资产投资", "亿元", "3" }));

		assertThat(staging.findings).extracting(Finding::code, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MASKED_VALUE", Severity.WARNING));
		IndicatorEntry masked = staging.indicatorsOf(outcome.submissions().get(0)).get(0);
		assertThat(masked.actual().status()).isEqualTo(ValueStatus.MASKED);
		assertThat(masked.actual().value()).isNull();
	}

	@Test
	void shouldReportUnknownIndicatorDuplicatesAndMissingValuesWithTheirCells() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成" }, new String[] { "固定资产投资", "亿元", "3" },
						new String[] { "固定资产投资", "亿元", "4" }, new String[] { "固定资产头资", "亿元", "4" },
						new String[] { "新增城镇就业", "人", "" }, new String[] { "社零额", "亿元", "已完成" }));

		assertThat(staging.findings).extracting(Finding::code, Finding::row, Finding::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple("DUPLICATE_INDICATOR", 3, "A"),
				org.assertj.core.groups.Tuple.tuple("UNKNOWN_INDICATOR", 4, "A"),
				org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", 5, "C"),
				org.assertj.core.groups.Tuple.tuple("UNPARSEABLE_NUMBER", 6, "C"),
				org.assertj.core.groups.Tuple.tuple("TOO_MANY_ERRORS", null, null));
		assertThat(staging.findings.get(1).message()).contains("固定资产投资");
		// 4 of 5 rows rejected is past the default threshold of half
		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
	}

	@Test
	void shouldRecordTheFirstFindingsOfAFileFullOfMistakesAndCountTheRest() {
		int rows = Backlog.MAX_FINDINGS + 2_345;
		List<String[]> export = new java.util.ArrayList<>();
		export.add(new String[] { "街道名称", "报送期间", "指标名称", "单位", "本期完成" });
		for (int i = 0; i < rows; i++) {
			// every row one mistake: a value that is no number, in a different period each
			export.add(new String[] { "东关街道", (2000 + i / 12) + "年1-" + (i % 12 + 1) + "月", "固定资产投资", "亿元", "已完成" });
		}

		FileOutcome outcome = decide("导出.csv", "导出", rows(export.toArray(String[][]::new)));

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		// every mistake counted, and the file's own two findings
		assertThat(outcome.errors()).isEqualTo(rows + 1);
		assertThat(outcome.warnings()).isEqualTo(1);
		assertThat(staging.findings).hasSize(Backlog.MAX_FINDINGS + 2);
		assertThat(staging.findings.subList(0, Backlog.MAX_FINDINGS)).extracting(Finding::code).containsOnly("UNPARSEABLE_NUMBER");
		assertThat(staging.findings.get(Backlog.MAX_FINDINGS - 1).row()).isEqualTo(Backlog.MAX_FINDINGS + 1);
		assertThat(staging.findings.subList(Backlog.MAX_FINDINGS, Backlog.MAX_FINDINGS + 2)).extracting(Finding::code)
			.containsExactlyInAnyOrder("TOO_MANY_ERRORS", "FINDINGS_TRUNCATED");
		assertThat(staging.findings).filteredOn(f -> f.code().equals("FINDINGS_TRUNCATED")).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("数据行中的问题共" + rows + "条", "前10000条", "其余2345条未列出"));
	}

	@Test
	void shouldCheckASubtotalAgainstTheProjectsAbove() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "重点项目",
				rows(new String[] { "项目名称", "年度计划投资", "累计完成投资" }, new String[] { "甲项目", "100", "50" },
						new String[] { "乙项目", "200", "150.5" }, new String[] { "合计", "300", "210" }));

		assertThat(staging.projectsOf(outcome.submissions().get(0))).hasSize(2);
		assertThat(staging.findings).extracting(Finding::code, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SUBTOTAL_MISMATCH", "C"));
	}

	@Test
	void shouldSplitALongExportIntoOneSubmissionPerStreetAndPeriod() {
		FileOutcome outcome = decide("导出.csv", "导出",
				rows(new String[] { "街道名称", "报送期间", "指标名称", "单位", "本期完成" },
						new String[] { "东关街道", "2022年1-11月", "固定资产投资", "亿元", "3" },
						new String[] { "西关街道", "2022年1-11月", "固定资产投资", "万元", "40000" },
						new String[] { "东关街道", "2022年1-10月", "固定资产投资", "亿元", "2.5" },
						new String[] { "北门街道", "2022年1-11月", "固定资产投资", "亿元", "1" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.submissions()).extracting(s -> s.street() + s.period().key())
			.containsExactlyInAnyOrder("东关街道2022-11", "西关街道2022-11", "东关街道2022-10");
		assertThat(staging.findings).extracting(Finding::code).containsExactly("UNKNOWN_STREET");
		assertThat(outcome.rowsRead()).isEqualTo(4);
		assertThat(outcome.rowsRejected()).isEqualTo(1);
	}

	@Test
	void shouldGiveEveryRowOfALongExportToItsOwnSubmissionWhateverTheRowBeforeIt() {
		// consecutive rows of one submission reuse the attribution of the row before (DataRows): a row
		// that names another 街道 or period, an unknown one, or the same 街道 spelt otherwise must not
		FileOutcome outcome = decide("导出.csv", "导出",
				rows(new String[] { "街道名称", "报送期间", "指标名称", "单位", "本期完成" },
						new String[] { "东关街道", "2022年1-11月", "固定资产投资", "亿元", "3" },
						new String[] { "东关街道", "2022年1-11月", "新增城镇就业", "人", "120" },
						new String[] { "东关街道", "2022年1-10月", "固定资产投资", "亿元", "2.5" },
						new String[] { "北门街道", "2022年1-11月", "新增城镇就业", "人", "5" },
						new String[] { "北门街道", "2022年1-11月", "固定资产投资", "亿元", "6" },
						new String[] { "西关街道", "2022年1-11月", "固定资产投资", "亿元", "4" },
						new String[] { "东关街道办事处", "2022年1-11月", "财政收入", "万元", "800" },
						new String[] { "西关街道", "2022年1-11月", "新增城镇就业", "人", "90" }));

		assertThat(outcome.submissions()).extracting(s -> s.street() + s.period().key())
			.containsExactlyInAnyOrder("东关街道2022-11", "西关街道2022-11", "东关街道2022-10");
		// each unknown row has its own finding: an unresolved 街道 is never reused
		assertThat(staging.findings).extracting(Finding::code, Finding::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN_STREET", 5),
					org.assertj.core.groups.Tuple.tuple("UNKNOWN_STREET", 6));
		assertThat(outcome.rowsRead()).isEqualTo(8);
		assertThat(outcome.rowsRejected()).isEqualTo(2);
		assertThat(outcome.submissions()).allSatisfy(s -> {
			List<String> codes = staging.indicatorsOf(s).stream().map(IndicatorEntry::indicatorCode).toList();
			switch (s.street() + s.period().key()) {
				case "东关街道2022-11" -> assertThat(codes).hasSize(3).doesNotHaveDuplicates();
				case "西关街道2022-11" -> assertThat(codes).hasSize(2).doesNotHaveDuplicates();
				default -> assertThat(codes).hasSize(1);
			}
		});
	}

	@Test
	void shouldRejectAWorkbookWithNoRecognisableSheet() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "Sheet1",
				rows(new String[] { "会议纪要" }, new String[] { "今天开会" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(staging.findings).extracting(Finding::code).containsExactly("NO_RECOGNISABLE_SHEET");
	}

	@Test
	void shouldWarnWhenAReportedCompletionRateDisagreesWithTargetAndActual() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "年度目标", "本期完成", "完成率(%)" },
						new String[] { "固定资产投资", "亿元", "20", "18", "90%" },
						new String[] { "新增城镇就业", "人", "2000", "1500", "95" }));

		assertThat(staging.findings).extracting(Finding::code, Finding::row, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("COMPLETION_INCONSISTENT", 3, "E"));
		assertThat(staging.findings.get(0).message()).contains("75.00%");
	}

	@Test
	void shouldWarnWhenTheUnitColumnAndTheHeaderDisagree() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成(亿元)" }, new String[] { "财政收入", "万元", "5000" }));

		assertThat(staging.findings).extracting(Finding::code, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_CONFLICT", "B"));
		// the unit column wins
		assertThat(staging.indicatorsOf(outcome.submissions().get(0)).get(0).actual().value()).isEqualByComparingTo("5000");
	}

	@Test
	void shouldCheckTheUnitColumnAgainstTheHeaderOnEveryRowThatDiffersFromTheOneBefore() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成(亿元)" }, new String[] { "财政收入", "万元", "5000" },
						new String[] { "固定资产投资", "亿元", "3" }, new String[] { "社会消费品零售总额", "亿元", "2" },
						new String[] { "规模以上工业总产值", "万元", "7000" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).extracting(Finding::code, Finding::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_CONFLICT", 2),
					org.assertj.core.groups.Tuple.tuple("UNIT_CONFLICT", 5));
	}

	@Test
	void shouldTakeTheMissingPeriodOfALongExportFromTheFileName() {
		FileOutcome outcome = decide("导出_2022年1-11月.csv", "导出_2022年1-11月",
				rows(new String[] { "街道名称", "指标名称", "单位", "本期完成" }, new String[] { "东关街道", "固定资产投资", "亿元", "3" },
						new String[] { "西关街道", "固定资产投资", "亿元", "4" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.submissions()).extracting(s -> s.street() + s.period().key())
			.containsExactlyInAnyOrder("东关街道2022-11", "西关街道2022-11");
	}

	@Test
	void shouldTakeTheMissingStreetFromTheInfoSheetWhenRowsNameOnlyTheirPeriod() {
		FileOutcome outcome = decide("报表.xlsx", "基本信息", rows(new String[] { "街道名称", "南门街道" }), "指标",
				rows(new String[] { "报送期间", "指标名称", "单位", "本期完成" }, new String[] { "2022年1-10月", "固定资产投资", "亿元", "3" },
						new String[] { "2022年1-11月", "固定资产投资", "亿元", "4" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.submissions()).extracting(s -> s.street() + s.period().key())
			.containsExactlyInAnyOrder("南门街道2022-10", "南门街道2022-11");
	}

	@Test
	void shouldTakeForEachRowTheUnitOfAUnitLineThatFitsItsIndicator() {
		for (String line : List.of("单位：亿元、%", "单位：亿元，%", "单位：亿元/%", "（单位：亿元；%）", "单位：亿元和%")) {
			staging.findings.clear();
			FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
					rows(new String[] { line }, new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "3" },
							new String[] { "财政收入", "1.5" }, new String[] { "隐患整改率", "0.9" },
							new String[] { "热线满意率", "96.5" }));

			assertThat(outcome.decision()).as(line).isEqualTo(FileStatus.ACCEPTED);
			assertThat(outcome.rowsRejected()).as(line).isZero();
			List<IndicatorEntry> entries = staging.indicatorsOf(outcome.submissions().get(outcome.submissions().size() - 1));
			assertThat(entries).as(line).extracting(e -> e.indicatorCode() + "=" + e.actual().value().stripTrailingZeros().toPlainString())
				.containsExactly("FAI=3", "FISCAL_REVENUE=15000", "SAFETY_FIX_RATE=90", "HOTLINE_SATISFACTION=96.5");
			// the fraction under a % unit is still pointed out
			assertThat(staging.findings).as(line).extracting(Finding::code, Finding::row)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("PERCENT_AS_FRACTION", 5));
		}
	}

	@Test
	void shouldReadAUnitLineWhoseUnitsAreSeparatedBySpacesAsAList() {
		for (String line : List.of("单位：亿元 %", "单位: 亿元  %", "单位：亿元\u3000%", "单位：亿元 %    填报日期：2022年12月5日")) {
			staging.findings.clear();
			FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
					rows(new String[] { line }, new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "3" },
							new String[] { "财政收入", "1.5" }, new String[] { "热线满意率", "96.5" }));

			assertThat(outcome.decision()).as(line).isEqualTo(FileStatus.ACCEPTED);
			assertThat(outcome.rowsRejected()).as(line).isZero();
			assertThat(staging.findings).as(line).isEmpty();
			List<IndicatorEntry> entries = staging.indicatorsOf(outcome.submissions().get(outcome.submissions().size() - 1));
			assertThat(entries).as(line).extracting(e -> e.indicatorCode() + "=" + e.actual().value().stripTrailingZeros().toPlainString())
				.containsExactly("FAI=3", "FISCAL_REVENUE=15000", "HOTLINE_SATISFACTION=96.5");
		}
	}

	@Test
	void shouldNotTakeTheOtherWordsOfAUnitLineForUnits() {
		for (String line : List.of("单位：万元    填报日期：2022年12月5日", "单位：万元 制表：XX")) {
			staging.findings.clear();
			FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
					rows(new String[] { line }, new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "30000" },
							new String[] { "财政收入", "1.5" }));

			assertThat(outcome.rowsRejected()).as(line).isZero();
			assertThat(staging.findings).as(line).isEmpty();
			assertThat(staging.indicatorsOf(outcome.submissions().get(outcome.submissions().size() - 1)))
				.extracting(e -> e.indicatorCode() + "=" + e.actual().value().stripTrailingZeros().toPlainString())
				.containsExactly("FAI=3", "FISCAL_REVENUE=1.5");
		}
	}

	@Test
	void shouldRejectTheRowForWhichNoUnitOfTheUnitLineFitsAndSaySo() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "单位：万元、%" }, new String[] { "指标名称", "本期完成" }, new String[] { "财政收入", "800" },
						new String[] { "实际利用外资", "1250" }, new String[] { "固定资产投资", "2000" },
						new String[] { "热线满意率", "96.5" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNIT_MISMATCH");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.row()).isEqualTo(4);
			assertThat(f.column()).isEqualTo("B");
			assertThat(f.rawValue()).isEqualTo("1250");
			assertThat(f.message()).contains("万元、%").contains("万美元").contains("单位");
		});
		assertThat(staging.indicatorsOf(outcome.submissions().get(0)))
			.extracting(e -> e.indicatorCode() + "=" + e.actual().value().stripTrailingZeros().toPlainString())
			.containsExactly("FISCAL_REVENUE=800", "FAI=0.2", "HOTLINE_SATISFACTION=96.5");
	}

	@Test
	void shouldKeepANotApplicableActualAsNoValueAndSayWhy() {
		String[] marks = { "—", "-", "/", "无", "－", "／", "——", "不适用" };
		List<String[]> lines = new java.util.ArrayList<>();
		lines.add(new String[] { "指标名称", "单位", "年度目标", "本期完成" });
		lines.add(new String[] { "固定资产投资", "亿元", "—", "3" });
		List<String> names = List.of("规模以上工业总产值", "服务业营业收入", "社会消费品零售总额", "限上商贸业销售额", "招商引资内资到位",
				"高新技术产业增加值", "研发费用投入", "技术交易额");
		for (int i = 0; i < marks.length; i++) {
			lines.add(new String[] { names.get(i), "亿元", "", marks[i] });
		}
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标", rows(lines.toArray(String[][]::new)));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.rowsRejected()).isZero();
		// a — in the optional 年度目标 only says there is no target: nothing to report
		assertThat(staging.findings).hasSize(marks.length).allSatisfy(f -> {
			assertThat(f.code()).isEqualTo("NOT_APPLICABLE");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.column()).isEqualTo("D");
			assertThat(f.field()).isEqualTo("本期完成");
			assertThat(f.message()).contains("无数值").contains("不计入汇总").contains("不按0");
		});
		assertThat(staging.findings).extracting(Finding::row, Finding::rawValue).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "—"), org.assertj.core.groups.Tuple.tuple(4, "-"),
				org.assertj.core.groups.Tuple.tuple(5, "/"), org.assertj.core.groups.Tuple.tuple(6, "无"),
				org.assertj.core.groups.Tuple.tuple(7, "－"), org.assertj.core.groups.Tuple.tuple(8, "／"),
				org.assertj.core.groups.Tuple.tuple(9, "——"), org.assertj.core.groups.Tuple.tuple(10, "不适用"));
		assertThat(staging.findings.get(0).message()).contains("“—”");
		List<IndicatorEntry> entries = staging.indicatorsOf(outcome.submissions().get(0));
		assertThat(entries).hasSize(1 + marks.length);
		assertThat(entries.subList(1, entries.size())).allSatisfy(e -> {
			assertThat(e.actual().status()).isEqualTo(ValueStatus.NOT_APPLICABLE);
			assertThat(e.actual().value()).isNull();
		});
	}

	@Test
	void shouldWarnOncePerSheetWhenNoUnitIsStatedAnywhere() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "东关街道2022年1-11月主要指标完成情况表" }, new String[] { "指标名称", "年度目标", "本期完成" },
						new String[] { "固定资产投资", "25", "24.36" }, new String[] { "社会消费品零售总额", "", "58.3" },
						new String[] { "新增城镇就业", "2000", "1950" }, new String[] { "财政收入", "", "3.2亿元" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNIT_ASSUMED");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.sheet()).isEqualTo("指标");
			assertThat(f.row()).isEqualTo(2);
			assertThat(f.column()).isEqualTo("C");
			assertThat(f.message()).contains("未注明单位").contains("固定资产投资（亿元）").contains("新增城镇就业（人）")
				.contains("请核对").doesNotContain("财政收入");
		});
		assertThat(staging.indicatorsOf(outcome.submissions().get(0)).get(0).actual().value()).isEqualByComparingTo("24.36");
	}

	@Test
	void shouldNotWarnAboutUnitsWhenTheValueHeadersOrAUnitLineStateThem() {
		decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "年度目标(亿元)", "本期完成(亿元)" }, new String[] { "固定资产投资", "25", "24.36" }));
		decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "单位：亿元" }, new String[] { "指标名称", "本期完成" }, new String[] { "固定资产投资", "24.36" }));
		decide("东关街道_2022年11月.xlsx", "重点项目",
				rows(new String[] { "项目名称", "年度计划投资", "累计完成投资" }, new String[] { "甲项目", "100", "50" }));

		assertThat(staging.findings).isEmpty();
	}

	@Test
	void shouldWarnOncePerSheetNamingTheRowsWhenAUnitCellIsEmptyAndNothingElseStatesTheUnit() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "年度目标", "本期完成" }, new String[] { "固定资产投资", "亿元", "25", "24.36" },
						new String[] { "社会消费品零售总额", "", "", "58.3" }, new String[] { "新增城镇就业", " 　", "2000", "1950" },
						new String[] { "财政收入", "", "", "3.2亿元" }, new String[] { "服务业营业收入", "亿元", "", "32.5" },
						new String[] { "热线满意率", "", "", "96.5" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.rowsRejected()).isZero();
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNIT_ASSUMED");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.sheet()).isEqualTo("指标");
			assertThat(f.row()).isEqualTo(1);
			assertThat(f.column()).isEqualTo("B");
			assertThat(f.field()).isEqualTo("单位");
			assertThat(f.message()).contains("第3、4、7行“单位”栏为空").doesNotContain("等")
				.contains("社会消费品零售总额（亿元）、新增城镇就业（人）、热线满意率（%）").contains("指标目录的标准单位")
				.contains("补填单位").doesNotContain("财政收入").doesNotContain("没有“单位”列");
		});
		List<IndicatorEntry> entries = staging.indicatorsOf(outcome.submissions().get(0));
		assertThat(entries).extracting(e -> e.indicatorCode() + "=" + e.actual().value().stripTrailingZeros().toPlainString())
			.containsExactly("FAI=24.36", "RETAIL_SALES=58.3", "NEW_URBAN_JOBS=1950", "FISCAL_REVENUE=32000",
					"SERVICE_REVENUE=32.5", "HOTLINE_SATISFACTION=96.5");
		assertThat(entries.get(2).target().value()).isEqualByComparingTo("2000");
	}

	@Test
	void shouldNotWarnAboutAnEmptyUnitCellWhenAUnitLineOrTheValueHeadersStateTheUnit() {
		decide("东关街道_2022年11月.xlsx", "指标", rows(new String[] { "单位：亿元" }, new String[] { "指标名称", "单位", "年度目标", "本期完成" },
				new String[] { "固定资产投资", "", "25", "24.36" }));
		decide("东关街道_2022年11月.xlsx", "指标", rows(new String[] { "指标名称", "单位", "年度目标(亿元)", "本期完成(亿元)" },
				new String[] { "固定资产投资", "", "25", "24.36" }));
		// a target column without a unit in its header, left empty: nothing was read in an assumed unit
		decide("东关街道_2022年11月.xlsx", "指标", rows(new String[] { "指标名称", "单位", "年度目标", "本期完成(亿元)" },
				new String[] { "固定资产投资", "", "", "24.36" }));
		// the project sheet's amounts are 万元 by default (spec §2)
		decide("东关街道_2022年11月.xlsx", "重点项目", rows(new String[] { "项目名称", "年度计划投资", "累计完成投资", "单位" },
				new String[] { "甲项目", "100", "50", "" }));

		assertThat(staging.findings).isEmpty();
	}

	@Test
	void shouldWarnAboutAnEmptyUnitCellWhenOnlyTheOtherValueHeaderStatesTheUnit() {
		decide("东关街道_2022年11月.xlsx", "指标", rows(new String[] { "指标名称", "单位", "年度目标", "本期完成(亿元)" },
				new String[] { "固定资产投资", "", "25", "24.36" }));

		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNIT_ASSUMED");
			assertThat(f.message()).contains("第2行“单位”栏为空").contains("固定资产投资（亿元）");
		});
	}

	@Test
	void shouldNotWarnAboutAnEmptyUnitCellWhenTheValuesWriteTheirUnit() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "年度目标", "本期完成" }, new String[] { "财政收入", "", "", "3.2亿元" },
						new String[] { "新增城镇就业", "", "2000人", "1950人" }, new String[] { "热线满意率", "", "", "96.5%" },
						new String[] { "固定资产投资", "", "", "—" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).extracting(Finding::code).containsExactly("NOT_APPLICABLE");
		assertThat(staging.indicatorsOf(outcome.submissions().get(0)).get(0).actual().value()).isEqualByComparingTo("32000");
	}

	@Test
	void shouldWarnOnceForALongExportWhoseUnitCellsAreAllEmpty() {
		List<String[]> lines = new java.util.ArrayList<>();
		lines.add(new String[] { "街道名称", "报送期间", "指标名称", "单位", "本期完成" });
		List<String> indicators = List.of("固定资产投资", "社会消费品零售总额", "新增城镇就业", "财政收入");
		for (int month = 1; month <= 11; month++) {
			for (String indicator : indicators) {
				lines.add(new String[] { "东关街道", "2022年1-" + month + "月", indicator, "", String.valueOf(10 + month) });
			}
		}
		FileOutcome outcome = decide("东关街道_导出.csv", "导出", rows(lines.toArray(String[][]::new)));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.submissions()).hasSize(11);
		assertThat(outcome.rowsRejected()).isZero();
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNIT_ASSUMED");
			assertThat(f.row()).isEqualTo(1);
			assertThat(f.column()).isEqualTo("D");
			assertThat(f.message()).contains("第2、3、4、5、6行等44行“单位”栏为空")
				.contains("固定资产投资（亿元）、社会消费品零售总额（亿元）、新增城镇就业（人）、财政收入（万元）");
		});
	}

	@Test
	void shouldWarnAboutAGrowthThatLooksLikeAFractionUnderAPercentHeaderAndKeepItAsWritten() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成", "同比增长(%)" }, new String[] { "固定资产投资", "亿元", "3", "0.125" },
						new String[] { "财政收入", "万元", "800", "0.5%" }, new String[] { "社会消费品零售总额", "亿元", "2", "12.5" },
						new String[] { "服务业营业收入", "亿元", "2", "-0.3" }, new String[] { "招商引资内资到位", "亿元", "2", "0" }));

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(staging.findings).extracting(Finding::code, Finding::severity, Finding::row, Finding::column, Finding::rawValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PERCENT_AS_FRACTION", Severity.WARNING, 2, "D", "0.125"),
					org.assertj.core.groups.Tuple.tuple("PERCENT_AS_FRACTION", Severity.WARNING, 5, "D", "-0.3"));
		assertThat(staging.findings.get(0).message()).contains("0.125%").contains("12.5%");
		List<IndicatorEntry> entries = staging.indicatorsOf(outcome.submissions().get(0));
		assertThat(entries.get(0).growth().value()).isEqualByComparingTo("0.125");
		assertThat(entries.get(3).growth().value()).isEqualByComparingTo("-0.3");
	}

	@Test
	void shouldNotWarnAboutASmallGrowthWhenNeitherTheHeaderNorTheCellSaysPercent() {
		decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "本期完成", "同比" }, new String[] { "固定资产投资", "亿元", "3", "0.125" }));

		assertThat(staging.findings).isEmpty();
	}

	@Test
	void shouldWarnAboutAFractionInThePercentColumnsOfARateAndConvertIt() {
		FileOutcome outcome = decide("东关街道_2022年11月.xlsx", "指标",
				rows(new String[] { "指标名称", "单位", "年度目标", "本期完成" }, new String[] { "城镇登记失业率", "%", "0.035", "0.026" }));

		assertThat(staging.findings).extracting(Finding::code, Finding::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PERCENT_AS_FRACTION", "D"),
					org.assertj.core.groups.Tuple.tuple("PERCENT_AS_FRACTION", "C"));
		IndicatorEntry rate = staging.indicatorsOf(outcome.submissions().get(0)).get(0);
		assertThat(rate.actual().value()).isEqualByComparingTo("2.6");
		assertThat(rate.target().value()).isEqualByComparingTo("3.5");
	}
}
