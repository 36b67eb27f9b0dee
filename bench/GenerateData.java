import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark's own data, deterministic (fixed seeds): a long-format CSV backfill in the
 * "export" shape (街道 × indicator × month), the same rows as one xlsx written with SXSSF, a city
 * night of submission workbooks (40 indicators and 30 key projects each), and the roster that
 * names every generated 街道. Clean data: every row is valid, so the job stores all of it.
 *
 * <pre>
 * java -cp &lt;classpath&gt; GenerateData backfill &lt;streets&gt; &lt;months&gt; &lt;out.csv&gt; [&lt;out.xlsx&gt;]
 * java -cp &lt;classpath&gt; GenerateData night &lt;streets&gt; &lt;dir&gt;
 * java -cp &lt;classpath&gt; GenerateData roster &lt;streets&gt; &lt;out.yml&gt;
 * </pre>
 */
public final class GenerateData {

	static final String[] EXPORT_HEADER = { "街道名称", "报送期间", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)" };

	static final String[] INDICATOR_HEADER = { "序号", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)", "备注" };

	static final String[] PROJECT_HEADER = { "序号", "项目名称", "项目类型", "总投资", "年度计划投资", "累计完成投资", "项目状态", "计划竣工",
			"备注" };

	static final int PROJECTS = 30;

	/** The indicator catalog's name and canonical unit, in catalog order. */
	record Indicator(String code, String name, String unit) {
	}

	/** One row of indicator figures as text, exactly as written into the files ("" = blank). */
	record Figures(String target, String actual, String growth) {
	}

	public static void main(String[] args) throws IOException {
		List<Indicator> catalog = catalog(Path.of("src/main/resources/catalog/indicator-catalog.csv"));
		switch (args[0]) {
			case "backfill" -> backfill(catalog, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
					args.length > 4 ? Path.of(args[4]) : null);
			case "night" -> night(catalog, Integer.parseInt(args[1]), Path.of(args[2]));
			case "roster" -> roster(Integer.parseInt(args[1]), Path.of(args[2]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static List<Indicator> catalog(Path csv) throws IOException {
		List<Indicator> result = new ArrayList<>();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			result.add(new Indicator(f[0], f[1], f[3]));
		}
		return result;
	}

	/** 500 distinct two-character cores: 25 × 20, so no two names are one character apart by accident of digits. */
	static List<String> streets(int count) {
		String first = "东西南北中新长永安和平兴华光明文昌太康宁青龙凤金春";
		String second = "关门城华乐山湖桥林园河港岭泉塘溪峰湾坪桂";
		List<String> names = new ArrayList<>();
		for (int i = 0; i < first.length() && names.size() < count; i++) {
			for (int j = 0; j < second.length() && names.size() < count; j++) {
				names.add("" + first.charAt(i) + second.charAt(j) + "街道");
			}
		}
		if (names.size() < count) {
			throw new IllegalArgumentException("at most " + names.size() + " streets");
		}
		return names;
	}

	/** Cumulative periods, one per month, the last being 2022年1-11月. */
	static List<String> periods(int months) {
		List<String> result = new ArrayList<>();
		int index = 2022 * 12 + 10 - (months - 1);
		for (int i = 0; i < months; i++, index++) {
			int year = index / 12;
			int month = index % 12 + 1;
			result.add(month == 1 ? year + "年1月" : year + "年1-" + month + "月");
		}
		return result;
	}

	/** The 40 figures of one 街道 and period, consistent with the validation rules. */
	static List<Figures> figures(List<Indicator> catalog, SplittableRandom random) {
		int found = 100 + random.nextInt(900);
		int fixed = found - random.nextInt(found / 10);
		int reported = 1000 + random.nextInt(9000);
		int closed = reported - random.nextInt(reported / 10);
		List<Figures> result = new ArrayList<>(catalog.size());
		for (Indicator indicator : catalog) {
			String actual = switch (indicator.code()) {
				case "SAFETY_HAZARDS_FOUND" -> Integer.toString(found);
				case "SAFETY_HAZARDS_FIXED" -> Integer.toString(fixed);
				case "SAFETY_FIX_RATE" -> percent(fixed, found);
				case "GRID_EVENTS_REPORTED" -> Integer.toString(reported);
				case "GRID_EVENTS_CLOSED" -> Integer.toString(closed);
				case "GRID_CLOSE_RATE" -> percent(closed, reported);
				default -> amount(indicator, random);
			};
			boolean rate = "%".equals(indicator.unit());
			String target = rate ? "" : new BigDecimal(actual).multiply(BigDecimal.valueOf(11, 1))
				.setScale(new BigDecimal(actual).scale(), RoundingMode.HALF_UP)
				.toPlainString();
			int tenths = rate ? 0 : random.nextInt(400) - 150;
			// a growth of at most 1 under 同比增长(%) draws a PERCENT_AS_FRACTION warning (spec §4): the
			// generated data is clean, so such draws move out of that band (same random sequence as before)
			if (tenths != 0 && Math.abs(tenths) <= 10) {
				tenths += 21;
			}
			String growth = rate ? "" : BigDecimal.valueOf(tenths, 1).toPlainString();
			result.add(new Figures(target, actual, growth));
		}
		return result;
	}

	private static String percent(int part, int whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String amount(Indicator indicator, SplittableRandom random) {
		return switch (indicator.unit()) {
			case "%" -> BigDecimal.valueOf(100 + random.nextInt(899), 1).toPlainString();
			case "亿元", "万元", "万美元" -> BigDecimal.valueOf(100 + random.nextInt(999_900), 2).toPlainString();
			default -> Integer.toString(1 + random.nextInt(20_000));
		};
	}

	static void backfill(List<Indicator> catalog, int streetCount, int months, Path csv, Path xlsx) throws IOException {
		List<String> streets = streets(streetCount);
		List<String> periods = periods(months);
		SplittableRandom random = new SplittableRandom(20221130L);
		SXSSFWorkbook workbook = xlsx == null ? null : new SXSSFWorkbook(null, 1000, true, true);
		Sheet sheet = workbook == null ? null : workbook.createSheet("指标完成情况");
		int rowIndex = 0;
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write(String.join(",", EXPORT_HEADER));
			out.write("\r\n");
			if (sheet != null) {
				text(sheet.createRow(rowIndex++), EXPORT_HEADER);
			}
			for (String period : periods) {
				for (String street : streets) {
					List<Figures> figures = figures(catalog, random);
					for (int i = 0; i < catalog.size(); i++) {
						Indicator indicator = catalog.get(i);
						Figures f = figures.get(i);
						out.write(street + "," + period + "," + indicator.name() + "," + indicator.unit() + "," + f.target()
								+ "," + f.actual() + "," + f.growth() + "\r\n");
						if (sheet != null) {
							Row row = sheet.createRow(rowIndex++);
							row.createCell(0).setCellValue(street);
							row.createCell(1).setCellValue(period);
							row.createCell(2).setCellValue(indicator.name());
							row.createCell(3).setCellValue(indicator.unit());
							number(row, 4, f.target());
							number(row, 5, f.actual());
							number(row, 6, f.growth());
						}
					}
				}
			}
		}
		if (workbook != null) {
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
			finally {
				workbook.close();
			}
		}
	}

	static void night(List<Indicator> catalog, int streetCount, Path dir) throws IOException {
		Files.createDirectories(dir);
		SplittableRandom random = new SplittableRandom(20221201L);
		String period = "2022年1-11月";
		String[] types = { "新建", "续建", "惠民", "招商" };
		String[] statuses = { "在建", "已竣工", "超序时进度", "滞后", "前期" };
		for (String street : streets(streetCount)) {
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true)) {
				Sheet info = workbook.createSheet("基本信息");
				text(info.createRow(0), "街道名称", street);
				text(info.createRow(1), "报送期间", period);
				text(info.createRow(2), "填报人", "张三");
				text(info.createRow(3), "联系电话", "0931-1234567");
				Sheet indicators = workbook.createSheet("指标完成情况");
				text(indicators.createRow(0), INDICATOR_HEADER);
				List<Figures> figures = figures(catalog, random);
				for (int i = 0; i < catalog.size(); i++) {
					Row row = indicators.createRow(i + 1);
					row.createCell(0).setCellValue(i + 1);
					row.createCell(1).setCellValue(catalog.get(i).name());
					row.createCell(2).setCellValue(catalog.get(i).unit());
					number(row, 3, figures.get(i).target());
					number(row, 4, figures.get(i).actual());
					number(row, 5, figures.get(i).growth());
				}
				Sheet projects = workbook.createSheet("重点项目");
				text(projects.createRow(0), PROJECT_HEADER);
				for (int p = 1; p <= PROJECTS; p++) {
					Row row = projects.createRow(p);
					int plan = 500 + random.nextInt(20_000);
					row.createCell(0).setCellValue(p);
					row.createCell(1).setCellValue(street + "重点项目" + p + "号");
					row.createCell(2).setCellValue(types[p % types.length]);
					row.createCell(3).setCellValue(plan * 3);
					row.createCell(4).setCellValue(plan);
					row.createCell(5).setCellValue(random.nextInt(plan));
					row.createCell(6).setCellValue(statuses[p % statuses.length]);
					row.createCell(7).setCellValue("2023年6月");
				}
				try (OutputStream out = Files.newOutputStream(dir.resolve(street + period + "报表.xlsx"))) {
					workbook.write(out);
				}
			}
		}
	}

	static void roster(int streetCount, Path yml) throws IOException {
		StringBuilder b = new StringBuilder("# generated by bench/GenerateData.java: the benchmark city's roster\n");
		b.append("consolidation:\n  district-name: 基准测试市\n  streets:\n");
		for (String street : streets(streetCount)) {
			b.append("    - name: ").append(street).append('\n');
		}
		Files.writeString(yml, b, StandardCharsets.UTF_8);
	}

	private static void text(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static void number(Row row, int column, String value) {
		if (!value.isEmpty()) {
			row.createCell(column).setCellValue(Double.parseDouble(value));
		}
	}
}
