package cn.gov.district.consolidation.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what a reader delivers, sheet by sheet, for assertions. */
class RecordingSink implements RowSink {

	final Map<String, List<TableRow>> sheets = new LinkedHashMap<>();

	final Map<String, Boolean> hidden = new LinkedHashMap<>();

	final List<String> events = new ArrayList<>();

	private List<TableRow> current;

	@Override
	public void startSheet(String sheetName, boolean hiddenSheet) {
		current = new ArrayList<>();
		sheets.put(sheetName, current);
		hidden.put(sheetName, hiddenSheet);
		events.add("start:" + sheetName);
	}

	@Override
	public void row(TableRow row) {
		current.add(row);
	}

	@Override
	public void endSheet() {
		events.add("end");
	}

	List<TableRow> rows(String sheet) {
		return sheets.get(sheet);
	}

	/** The cells of the row with Excel row number {@code rowNumber}. */
	List<String> row(String sheet, int rowNumber) {
		return sheets.get(sheet).stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
				.map(TableRow::cells).orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + sheet));
	}
}
