package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxStreamingReaderTest {

	@TempDir
	Path dir;

	private final XlsxStreamingReader reader = newReader();

	/** The reader under test; {@link XlsxStreamingReaderInflateAheadTest} runs every test again with another. */
	XlsxStreamingReader newReader() {
		return new XlsxStreamingReader();
	}

	@Test
	void shouldSupportOnlyXlsx() {
		assertThat(reader.supports(FileFormat.XLSX)).isTrue();
		assertThat(reader.supports(FileFormat.XLS)).isFalse();
		assertThat(reader.supports(FileFormat.CSV)).isFalse();
	}

	@Test
	void shouldReadSheetsInOrderWithHiddenState() throws Exception {
		Path file = dir.resolve("sheets.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("基本信息").createRow(0).createCell(0).setCellValue("街道名称");
			wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("x");
			wb.createSheet("指标完成情况").createRow(2).createCell(1).setCellValue("指标名称");
			wb.setSheetHidden(1, true);
			save(wb, file);
		}
		RecordingSink sink = read(file);
		assertThat(sink.sheets.keySet()).containsExactly("基本信息", "隐藏", "指标完成情况");
		assertThat(sink.hidden).containsEntry("隐藏", true).containsEntry("基本信息", false);
		assertThat(sink.events).containsExactly("start:基本信息", "end", "start:隐藏", "end", "start:指标完成情况", "end");
		assertThat(sink.rows("指标完成情况")).singleElement()
				.satisfies(r -> assertThat(r.rowNumber()).isEqualTo(3))
				.satisfies(r -> assertThat(r.cells()).containsExactly("", "指标名称"));
	}

	@Test
	void shouldKeepExactDecimalsDatesPercentsAndFormulaResults() throws Exception {
		Path file = dir.resolve("values.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标");
			CellStyle dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			CellStyle percentStyle = wb.createCellStyle();
			percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
			CellStyle quotedPercent = wb.createCellStyle();
			quotedPercent.setDataFormat(wb.createDataFormat().getFormat("0.0\"%\""));
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue(666666.10001);
			row.createCell(1).setCellValue(3.2);
			row.createCell(2).setCellValue(LocalDate.of(2022, 11, 30));
			row.getCell(2).setCellStyle(dateStyle);
			row.createCell(3).setCellValue(0.125);
			row.getCell(3).setCellStyle(percentStyle);
			row.createCell(4).setCellValue(12.5);
			row.getCell(4).setCellStyle(quotedPercent);
			row.createCell(5).setCellFormula("A1+B1");
			row.createCell(6).setCellFormula("1/0");
			row.createCell(7).setCellFormula("\"合\"&\"计\"");
			row.createCell(8).setCellValue(true);
			row.createCell(9).setCellValue(-0.5);
			row.createCell(10).setCellValue(1200.0);
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			save(wb, file);
		}
		assertThat(read(file).row("指标", 1)).containsExactly("666666.10001", "3.2", "2022-11-30", "12.5%", "12.5",
				"666669.30001", "", "合计", "TRUE", "-0.5", "1200");
	}

	@Test
	void shouldRepeatMergedValuesAndKeepGapsAndHiddenRows() throws Exception {
		Path file = dir.resolve("merged.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("重点项目");
			sheet.createRow(0).createCell(0).setCellValue("东关街道2022年1-11月重点项目情况表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			Row a = sheet.createRow(2);
			a.createCell(0).setCellValue("一、经济发展");
			a.createCell(2).setCellValue(10);
			Row b = sheet.createRow(3);
			b.createCell(2).setCellValue(20);
			b.setZeroHeight(true);
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
			save(wb, file);
		}
		RecordingSink sink = read(file);
		assertThat(sink.row("重点项目", 1)).containsExactly("东关街道2022年1-11月重点项目情况表", "东关街道2022年1-11月重点项目情况表",
				"东关街道2022年1-11月重点项目情况表", "东关街道2022年1-11月重点项目情况表");
		assertThat(sink.row("重点项目", 3)).containsExactly("一、经济发展", "", "10");
		assertThat(sink.row("重点项目", 4)).containsExactly("一、经济发展", "", "20");
		assertThat(sink.rows("重点项目")).extracting(TableRow::rowNumber, TableRow::hidden)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(3, false),
						org.assertj.core.groups.Tuple.tuple(4, true));
	}

	@Test
	void shouldReadInlineStringsRowsWithoutReferencesAndExcelDigitArtefacts() throws Exception {
		String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN + "\">"
				+ "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
				+ "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
				+ "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
				+ "<xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
		String data = "<row><c t=\"inlineStr\"><is><t>本期完成（亿元）</t></is></c><c t=\"inlineStr\"><is><r><t>同比</t></r><r><t>增长</t></r></is></c></row>"
				+ "<row><c><v>3.2000000000000002</v></c><c><v>1.5E-3</v></c><c><v>3.0</v></c><c r=\"E2\" s=\"1\"><v>44895</v></c>"
				+ "<c s=\"2\"><v>-0.032</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"s\"><v>0</v></c></row>"
				+ "<row r=\"5\"><c r=\"B5\" t=\"str\"><f>A1</f><v>文本公式</v></c><c r=\"D5\"><f>1+1</f></c><c r=\"F5\" t=\"d\"><v>2022-11-30T00:00:00</v></c></row>"
				+ "<row r=\"6\"><c r=\"A6\"/></row>";
		String shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><r><t>东关</t></r><r><t>街道</t></r>"
				+ "<rPh sb=\"0\" eb=\"2\"><t>とうかん</t></rPh></si></sst>";
		Path file = RawXlsx.write(dir.resolve("raw.xlsx"), data, "", shared, styles);
		RecordingSink sink = read(file);
		assertThat(sink.rows("指标")).extracting(TableRow::rowNumber).containsExactly(1, 2, 5);
		assertThat(sink.row("指标", 1)).containsExactly("本期完成（亿元）", "同比增长");
		assertThat(sink.row("指标", 2)).containsExactly("3.2", "0.0015", "3", "", "2022-11-30", "-3.2%", "", "东关街道");
		assertThat(sink.row("指标", 5)).containsExactly("", "文本公式", "", "", "", "2022-11-30");
	}

	@Test
	void shouldDropTheNulCharactersThatOoxmlEscapesCarry() throws Exception {
		// Excel writes a NUL pasted into a cell as _x0000_; PostgreSQL refuses text holding one
		String data = "<row><c t=\"inlineStr\"><is><t>东关_x0000_街道</t></is></c><c t=\"s\"><v>0</v></c></row>";
		String shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>备注_x0000__x000a_第二行</t></si></sst>";
		Path file = RawXlsx.write(dir.resolve("nul.xlsx"), data, "", shared, null);
		RecordingSink sink = read(file);
		assertThat(sink.row("指标", 1)).containsExactly("东关街道", "备注\n第二行");
	}

	@Test
	void shouldReadDatesOfA1904Workbook() throws Exception {
		String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN + "\">"
				+ "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
				+ "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
		String sheet = "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>43433</v></c></row></sheetData></worksheet>";
		Path file = RawXlsx.writeParts(dir.resolve("mac.xlsx"), "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/>",
				"<workbookPr date1904=\"1\"/>", sheet, null, styles);
		assertThat(read(file).row("指标", 1)).containsExactly("2022-11-30");
	}

	@Test
	void shouldFindMergedCellsWrittenWithANamespacePrefix() throws Exception {
		String sheet = "<x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>标题</x:t></x:is></x:c></x:row>"
				+ "<x:row r=\"2\"><x:c r=\"C2\"><x:v>7</x:v></x:c></x:row></x:sheetData>"
				+ "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:C1\"/></x:mergeCells></x:worksheet>";
		Path file = RawXlsx.writeParts(dir.resolve("prefixed.xlsx"), "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/>", "",
				sheet, null, null);
		RecordingSink sink = read(file);
		assertThat(sink.row("指标", 1)).containsExactly("标题", "标题", "标题");
		assertThat(sink.row("指标", 2)).containsExactly("", "", "7");
	}

	@Test
	void shouldKeepANumberWithAHugeExponentAsWritten() throws Exception {
		// written out in full, 1E+999999999 would be a billion characters: it stays as written, and the number
		// reading rejects it with a finding like any other value out of range
		String data = "<row r=\"1\"><c r=\"A1\"><v>1E+999999999</v></c><c r=\"B1\"><v>-2.5E-400000</v></c>"
				+ "<c r=\"C1\"><v>1.5E+40</v></c></row>";
		Path file = RawXlsx.write(dir.resolve("exponent.xlsx"), data, "", null, null);
		assertThat(read(file).row("指标", 1)).containsExactly("1E+999999999", "-2.5E-400000",
				"15000000000000000000000000000000000000000");
	}

	@Test
	void shouldClampAMergeAcrossTheWholeRow() throws Exception {
		String data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>";
		Path file = RawXlsx.write(dir.resolve("wide.xlsx"), data, "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1\"/></mergeCells>", null,
				null);
		assertThat(read(file).row("指标", 1)).hasSize(MergedRegions.MAX_FILL_COLUMNS).containsOnly("标题");
	}

	@Test
	void shouldReadMacroEnabledWorkbooksWithoutRunningAnything() throws Exception {
		Path file = dir.resolve("macro.xlsm");
		try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			wb.createSheet("指标").createRow(0).createCell(0).setCellValue(42);
			save(wb, file);
		}
		assertThat(read(file).row("指标", 1)).containsExactly("42");
	}

	@Test
	void shouldRejectATruncatedFileAsCorrupt() throws Exception {
		Path whole = dir.resolve("whole.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标");
			for (int i = 0; i < 200; i++) {
				sheet.createRow(i).createCell(0).setCellValue("行" + i);
			}
			save(wb, whole);
		}
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
		assertThatThrownBy(() -> read(cut)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("文件已损坏或不完整")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldRejectAnHtmlPageNamedXlsxAsCorrupt() throws Exception {
		Path file = Files.writeString(dir.resolve("export.xlsx"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldRefuseAnExternalEntityWithoutResolvingIt() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
		Path file = RawXlsx.writeParts(dir.resolve("xxe.xlsx"), "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/>", "", sheet,
				null, null);
		RecordingSink sink = new RecordingSink();
		assertThatThrownBy(() -> reader.read(file, sink)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("外部实体声明（DOCTYPE）")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("UNSAFE_CONTENT"));
		assertThat(sink.rows("指标")).as("nothing read, least of all the entity").isEmpty();
	}

	@Test
	void shouldRejectAWorkbookWithoutSheets() throws Exception {
		Path file = RawXlsx.writeParts(dir.resolve("nosheets.xlsx"), "", "", "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"/>", null, null);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("没有任何工作表")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("NO_SHEETS"));
	}

	@Test
	void shouldReadASharedStringIndexWrittenWithBlanksAroundIt() throws Exception {
		Path file = RawXlsx.write(dir.resolve("blanks.xlsx"),
				"<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 1\n</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>", "",
				RawXlsx.sharedStrings("街道名称", "东关街道"), null);
		assertThat(read(file).row("指标", 1)).containsExactly("东关街道", "街道名称");
	}

	@Test
	void shouldRejectASharedStringIndexThatIsNoNumber() throws Exception {
		Path file = RawXlsx.write(dir.resolve("letters.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1a</v></c></row>", "",
				RawXlsx.sharedStrings("街道名称", "东关街道"), null);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第1行A列")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldRejectASharedStringReferenceThatDoesNotExist() throws Exception {
		Path file = RawXlsx.write(dir.resolve("dangling.xlsx"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "",
				RawXlsx.sharedStrings("只有一项"), null);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第1行A列")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldStopAHugeSharedStringReferencedByManyCells() throws Exception {
		String huge = "长".repeat(TextBudget.MAX_CELL_CHARS);
		StringBuilder data = new StringBuilder();
		for (int r = 1; r <= 100; r++) {
			data.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < 20; c++) {
				data.append("<c r=\"").append(Columns.name(c)).append(r).append("\" t=\"s\"><v>0</v></c>");
			}
			data.append("</row>");
		}
		Path file = RawXlsx.write(dir.resolve("bomb.xlsx"), data.toString(), "", RawXlsx.sharedStrings(huge), null);
		RecordingSink sink = new RecordingSink();
		assertThatThrownBy(() -> reader.read(file, sink)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("文字总量超过")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("FILE_TOO_LARGE"));
		assertThat(sink.rows("指标")).hasSizeLessThan(100);
	}

	@Test
	void shouldKeepPoiZipBombLimitsOn() throws Exception {
		String padding = " ".repeat(20_000_000);
		Path file = RawXlsx.write(dir.resolve("zipbomb.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding, "", null, null);
		assertThat(Files.size(file)).isLessThan(100_000);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("安全上限")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("FILE_TOO_LARGE"));
	}

	@Test
	void shouldRejectACellLongerThanExcelAllows() throws Exception {
		String data = "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>" + "x".repeat(TextBudget.MAX_CELL_CHARS + 1) + "</t></is></c></row>";
		Path file = RawXlsx.write(dir.resolve("long.xlsx"), data, "", null, null);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第1行B列")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CELL_TOO_LONG"));
	}

	@Test
	void shouldApplyAConfiguredTextLimit() throws Exception {
		Path file = RawXlsx.write(dir.resolve("limit.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>123456</v></c></row>", "", null, null);
		assertThatThrownBy(() -> new XlsxStreamingReader(5).read(file, new RecordingSink()))
				.isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("FILE_TOO_LARGE"));
	}

	@Test
	void shouldLetAFailureOfTheSinkThrough() throws Exception {
		Path file = RawXlsx.write(dir.resolve("ok.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "", null, null);
		RowSink failing = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				throw new IllegalStateException("sink full");
			}
		};
		assertThatThrownBy(() -> reader.read(file, failing)).isExactlyInstanceOf(IllegalStateException.class)
				.hasMessage("sink full");
	}

	@Test
	void shouldCallAWorkbookPointingToAMissingSheetCorrupt() throws Exception {
		Path file = RawXlsx.writeParts(dir.resolve("missing.xlsx"), "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId7\"/>", "",
				"<worksheet xmlns=\"" + RawXlsx.MAIN + "\"/>", null, null);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	private RecordingSink read(Path file) throws TableReadException {
		RecordingSink sink = new RecordingSink();
		reader.read(file, sink);
		return sink;
	}

	static void save(Workbook wb, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}
}
