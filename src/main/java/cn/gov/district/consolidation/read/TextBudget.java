package cn.gov.district.consolidation.read;

/**
 * The text one file may produce: at most {@link #MAX_CELL_CHARS} per cell and a total per file,
 * so that a crafted file (one huge shared string referenced by thousands of cells, a CSV quote
 * that never closes) cannot exhaust the heap. One instance per file read; not thread-safe.
 */
final class TextBudget {

	/** Excel's own limit for one cell. */
	static final int MAX_CELL_CHARS = 32_767;

	/** Default total of cell text per file: far above any real submission. */
	static final long DEFAULT_MAX_FILE_CHARS = 50_000_000L;

	private final long maxFileChars;

	private long used;

	TextBudget(long maxFileChars) {
		this.maxFileChars = maxFileChars;
	}

	/**
	 * Accounts for one row's cell texts.
	 * @param place where the row is, for a message (e.g. {@code 工作表“指标”}); built into a
	 * message only on failure
	 * @param rowNumber the row number as shown to the user
	 */
	void charge(java.util.List<String> cells, String place, int rowNumber) throws TableReadException {
		for (int c = 0; c < cells.size(); c++) {
			charge(cells.get(c), place, rowNumber, c);
		}
	}

	/** As {@link #charge(java.util.List, String, int)}, for a record's array. */
	void charge(String[] cells, String place, int rowNumber) throws TableReadException {
		for (int c = 0; c < cells.length; c++) {
			charge(cells[c], place, rowNumber, c);
		}
	}

	private void charge(String text, String place, int rowNumber, int columnIndex) throws TableReadException {
		int length = text.length();
		if (length > MAX_CELL_CHARS) {
			throw new TableReadException("CELL_TOO_LONG", place + "第" + rowNumber + "行" + Columns.name(columnIndex) + "列的内容超过"
					+ MAX_CELL_CHARS + "个字符（Excel单元格的上限），文件可能已损坏或引号不配对，请检查该单元格后重新报送");
		}
		used += length;
		if (used > maxFileChars) {
			throw tooLarge(maxFileChars);
		}
	}

	static TableReadException tooLarge(long maxFileChars) {
		String limit = maxFileChars % 10_000 == 0 ? maxFileChars / 10_000 + "万" : Long.toString(maxFileChars);
		return new TableReadException("FILE_TOO_LARGE", "文件中的文字总量超过" + limit
				+ "字符的上限，远超正常报送文件，可能是异常或被篡改的文件，请检查后删除多余内容重新报送（历史数据补录的大文件，"
				+ "可由区里的管理员调大 consolidation.max-file-chars 后重新处理）");
	}
}
