package cn.gov.district.consolidation.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import cn.gov.district.consolidation.domain.FileNames;

/**
 * Reads a delimited text file as one sheet, named after the file without its extension, with
 * FastCSV, streaming (RFC 4180: a field is quoted only when its first character is a quote, a quote
 * inside it is doubled, and nothing but a separator or line break may follow its closing quote). The encoding is recognised by {@link TextEncoding} (BOM, strict
 * UTF-8, UTF-16 without BOM, strict GB18030; a UTF-8 BOM is always stripped) and the whole file
 * is then decoded strictly, so an invalid byte anywhere becomes {@code ENCODING_ERROR} with its
 * line instead of replacement characters. The separator (comma, tab or semicolon) is recognised
 * from the first lines. Row numbers are record numbers, which equal the row Excel shows when it
 * opens the file, since blank lines are counted (and then skipped).
 *
 * <p>Limits: a cell of at most 32,767 characters; a file of at most 50 million characters by
 * default, counted as they are decoded; the parser holds at most {@link #MAX_FIELD_CHARS} of one
 * field and {@link #MAX_RECORD_CHARS} of one record, so a quote that never closes cannot swallow
 * the heap. A quote still open at the end of the file is an error (FastCSV would take the rest of
 * the file as one cell, rows and all).
 *
 * <p>Stateless and thread-safe; one call reads one file.
 */
public final class CsvTableReader implements TableReader {

	private static final char[] SEPARATORS = { ',', '\t', ';' };

	private static final int SEPARATOR_SAMPLE_LINES = 20;

	/**
	 * Characters of one field, and of one record, that the parser holds at most (2 and 8 MB): far
	 * beyond a cell Excel can hold ({@link TextBudget#MAX_CELL_CHARS}, reported with its row and
	 * column once the record is read), so only a broken or hostile file reaches them.
	 */
	static final int MAX_FIELD_CHARS = 1 << 20;

	static final int MAX_RECORD_CHARS = 1 << 22;

	/** Columns of one record at most: as many as an Excel sheet has. */
	static final int MAX_FIELDS = 16_384;

	private final long maxFileChars;

	/** A reader with the default limit of 50 million characters per file. */
	public CsvTableReader() {
		this(TextBudget.DEFAULT_MAX_FILE_CHARS);
	}

	/** A reader with a limit of {@code maxFileChars} characters per file. */
	public CsvTableReader(long maxFileChars) {
		if (maxFileChars <= 0) {
			throw new IllegalArgumentException("maxFileChars must be positive: " + maxFileChars);
		}
		this.maxFileChars = maxFileChars;
	}

	@Override
	public boolean supports(FileFormat format) {
		return format == FileFormat.CSV;
	}

	@Override
	public void read(Path file, RowSink sink) throws TableReadException {
		String name = FileNames.displayName(file);
		TextEncoding.Detected encoding = detect(file, name);
		char separator = separator(encoding.headText());
		CsvReader.CsvReaderBuilder csv = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"')
				.commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).allowExtraFields(true)
				.allowMissingFields(true).allowExtraCharsAfterClosingQuote(false).trimWhitespacesAroundQuotes(false)
				.detectBomHeader(false).maxBufferSize(MAX_FIELD_CHARS);
		RepeatingCells records = new RepeatingCells(MAX_FIELDS, MAX_RECORD_CHARS);
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(encoding.bomLength());
			GuardedReader text = new GuardedReader(
					new StrictDecodingReader(in, TextEncoding.newStrictDecoder(encoding.charset())), name, maxFileChars,
					separator);
			try (CsvReader<String[]> parser = csv.build(records, text)) {
				RowSink guarded = new GuardedSink(sink);
				guarded.startSheet(sheetName(name), false);
				readRecords(parser, name, guarded);
				guarded.endSheet();
			}
			catch (GuardedSink.SinkFailure ex) {
				throw (RuntimeException) ex.getCause();
			}
			catch (UncheckedIOException ex) {
				throw failure(ex.getCause(), text, name);
			}
			catch (IOException ex) {
				throw failure(ex, text, name);
			}
		}
		catch (IOException ex) {
			throw new TableReadException("CORRUPT_FILE", "文件“" + name + "”无法读取，请确认文件完整后重新报送", ex);
		}
	}

	/**
	 * Hands every non-blank record to {@code sink}, numbered as Excel numbers the rows when it opens
	 * the file: blank lines count, a line break inside quotes does not.
	 */
	private void readRecords(CsvReader<String[]> parser, String name, RowSink sink) throws TableReadException {
		TextBudget budget = new TextBudget(maxFileChars);
		String place = "文件“" + name + "”";
		Iterator<String[]> records = parser.iterator();
		int rowNumber = 0;
		while (true) {
			String[] cells;
			try {
				if (!records.hasNext()) {
					return;
				}
				cells = records.next();
			}
			catch (CsvParseException ex) {
				throw malformed(name, rowNumber + 1, ex);
			}
			rowNumber++;
			boolean blank = true;
			for (int c = 0; c < cells.length && blank; c++) {
				blank = cells[c].isEmpty();
			}
			if (blank) {
				continue;
			}
			budget.charge(cells, place, rowNumber);
			sink.row(new TableRow(rowNumber, cells, false));
		}
	}

	/**
	 * A record the parser refused: text after a closing quote ({@code "甲"乙}), or a field or record
	 * past the parser's limits, which in a text file is nearly always a quote that opened too early.
	 */
	private static TableReadException malformed(String name, int rowNumber, CsvParseException ex) {
		return new TableReadException("CORRUPT_FILE", "文件“" + name + "”第" + rowNumber
				+ "行格式错误（多半是双引号不配对：以双引号开头的单元格，须以双引号结束，其中的双引号须写成两个）。请检查该行的引号后重新报送", ex);
	}

	private TextEncoding.Detected detect(Path file, String name) throws TableReadException {
		Optional<TextEncoding.Detected> detected;
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) == 0) {
				throw new TableReadException("EMPTY_FILE", "文件“" + name + "”是空的（0字节），请重新导出后报送");
			}
			detected = TextEncoding.detect(in);
		}
		catch (IOException ex) {
			throw new TableReadException("CORRUPT_FILE", "文件“" + name + "”无法读取，请确认文件完整后重新报送", ex);
		}
		return detected.orElseThrow(() -> new TableReadException("ENCODING_UNKNOWN", "文件“" + name
				+ "”的文字编码无法识别（不是UTF-8、UTF-16或GBK/GB18030），或者不是文本文件。请在Excel中另存为“CSV UTF-8（逗号分隔）”后重新报送"));
	}

	private static TableReadException failure(IOException ex, GuardedReader text, String name) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof LimitExceeded limit) {
				return limit.readException;
			}
			if (cause instanceof CharacterCodingException) {
				return new TableReadException("ENCODING_ERROR", "文件“" + name + "”第" + text.line()
						+ "行附近有无法识别的字符（编码与文件开头不一致，或文件尾部混入了非文本内容）。请在Excel中另存为“CSV UTF-8（逗号分隔）”后重新报送", ex);
			}
			cause = cause.getCause();
		}
		return new TableReadException("CORRUPT_FILE", "文件“" + name + "”第" + text.line()
				+ "行附近格式错误（多半是双引号不配对）。请检查该行的引号后重新报送", ex);
	}

	/** The separator that splits the first lines most consistently; comma when nothing does. */
	static char separator(String head) {
		List<int[]> counts = countPerLine(head);
		char best = ',';
		int bestConsistent = 0;
		int bestFirst = 0;
		for (int s = 0; s < SEPARATORS.length; s++) {
			if (counts.isEmpty() || counts.get(0)[s] == 0) {
				continue;
			}
			int first = counts.get(0)[s];
			int consistent = 0;
			for (int[] line : counts) {
				if (line[s] == first) {
					consistent++;
				}
			}
			if (consistent > bestConsistent || (consistent == bestConsistent && first > bestFirst)) {
				best = SEPARATORS[s];
				bestConsistent = consistent;
				bestFirst = first;
			}
		}
		return best;
	}

	/** Per complete non-blank line, how often each separator occurs outside quotes. */
	private static List<int[]> countPerLine(String head) {
		List<int[]> lines = new ArrayList<>();
		int[] current = new int[SEPARATORS.length];
		boolean quoted = false;
		boolean content = false;
		for (int i = 0; i < head.length() && lines.size() < SEPARATOR_SAMPLE_LINES; i++) {
			char c = head.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (content) {
					lines.add(current);
				}
				current = new int[SEPARATORS.length];
				content = false;
				continue;
			}
			else if (!quoted) {
				for (int s = 0; s < SEPARATORS.length; s++) {
					if (c == SEPARATORS[s]) {
						current[s]++;
					}
				}
			}
			content = true;
		}
		if (content && lines.isEmpty()) {
			lines.add(current);
		}
		return lines;
	}

	private static String sheetName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	/**
	 * Counts lines and characters as they are decoded: stops at the file's character limit and
	 * at NUL characters (binary content that happens to decode), knows the line of an error, and
	 * follows the quotes as the parser does, to refuse a quote still open at the end of the file,
	 * which the parser would take as one cell holding the rest of the file.
	 */
	static final class GuardedReader extends FilterReader {

		private final String name;

		private final long maxChars;

		private final char separator;

		private long chars;

		private int newlines;

		/** Records ended so far (each line break outside quotes; CR LF is one), as the parser counts them. */
		private int records;

		/** The next character starts a field; inside a quoted field; a quote in it just read (closing, unless doubled). */
		private boolean fieldStart = true;

		private boolean quoted;

		private boolean quoteInQuoted;

		private boolean lastWasCr;

		/** The record at whose field the open quote stands. */
		private int quotedRecord;

		GuardedReader(Reader in, String name, long maxChars, char separator) {
			super(in);
			this.name = name;
			this.maxChars = maxChars;
			this.separator = separator;
		}

		/** The 1-based line the decoder has reached. */
		int line() {
			return newlines + 1;
		}

		@Override
		public int read() throws IOException {
			char[] one = new char[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0];
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n < 0) {
				if (quoted && !quoteInQuoted) {
					throw new LimitExceeded(new TableReadException("CORRUPT_FILE", "文件“" + name + "”第" + quotedRecord
							+ "行有一个双引号没有配对，从它起到文件末尾都成了一个单元格。请检查该行的引号（单元格中的双引号须写成两个）后重新报送"));
				}
				return n;
			}
			follow(buffer, offset, n);
			if (n > 0) {
				chars += n;
				if (chars > maxChars) {
					throw new LimitExceeded(TextBudget.tooLarge(maxChars));
				}
			}
			return n;
		}

		/**
		 * The characters through the quote states of RFC 4180, as the parser reads them, counting line
		 * breaks and refusing a NUL. One loop over local variables: every character of the file passes
		 * here, and a call per character (C1 does not inline one this size) was a sixth of the parsing
		 * thread's time on the 1M-row export. Most characters are neither a control character, a space,
		 * a quote nor the separator, and only end a field's start.
		 */
		private void follow(char[] buffer, int offset, int n) throws LimitExceeded {
			char sep = separator;
			boolean q = quoted;
			boolean qq = quoteInQuoted;
			boolean start = fieldStart;
			boolean cr = lastWasCr;
			int lines = newlines;
			int recs = records;
			try {
				for (int i = offset, end = offset + n; i < end; i++) {
					char c = buffer[i];
					if (q) {
						if (!qq) {
							// inside quotes: only a quote matters (closing, unless doubled), and what every character is checked for
							qq = c == '"';
							if (c == '\n') {
								lines++;
							}
							else if (c == '\0') {
								throw nul(lines);
							}
							continue;
						}
						qq = false;
						if (c == '"') {
							// a doubled quote: still inside
							continue;
						}
						// the quote before closed the field; c is what follows it
						q = false;
					}
					if (c > '"' && c != sep) {
						cr = false;
						start = false;
					}
					else if (c == sep) {
						cr = false;
						start = true;
					}
					else if (c == '\n') {
						lines++;
						if (!cr) {
							recs++;
						}
						cr = false;
						start = true;
					}
					else if (c == '\r') {
						recs++;
						cr = true;
						start = true;
					}
					else if (c == '\0') {
						throw nul(lines);
					}
					else if (c == '"' && start) {
						q = true;
						quotedRecord = recs + 1;
						cr = false;
						start = false;
					}
					else {
						cr = false;
						start = false;
					}
				}
			}
			finally {
				quoted = q;
				quoteInQuoted = qq;
				fieldStart = start;
				lastWasCr = cr;
				newlines = lines;
				records = recs;
			}
		}

		private LimitExceeded nul(int lines) {
			return new LimitExceeded(new TableReadException("ENCODING_ERROR", "文件“" + name + "”第" + (lines + 1)
					+ "行附近含有非文本内容（空字符），文件可能已损坏。请在Excel中另存为“CSV UTF-8（逗号分隔）”后重新报送"));
		}

		/** Records ended so far, as the parser counts them (test). */
		int records() {
			return records;
		}
	}

	/** Carries a {@link TableReadException} through the CSV parser, which only passes on I/O errors. */
	private static final class LimitExceeded extends IOException {

		private static final long serialVersionUID = 1L;

		final transient TableReadException readException;

		LimitExceeded(TableReadException readException) {
			super(readException.getMessage());
			this.readException = readException;
		}
	}
}
