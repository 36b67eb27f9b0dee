package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The reader for each format. The readers are stateless, so one instance of each serves every
 * thread.
 */
public final class TableReaders {

	/** Characters of cell text a file may hold unless configured otherwise (50 million). */
	public static final long DEFAULT_MAX_FILE_CHARS = TextBudget.DEFAULT_MAX_FILE_CHARS;

	private static final List<TableReader> READERS = readers(DEFAULT_MAX_FILE_CHARS);

	private TableReaders() {
	}

	private static List<TableReader> readers(long maxFileChars) {
		return List.of(new XlsxStreamingReader(maxFileChars), new XlsReader(maxFileChars), new CsvTableReader(maxFileChars));
	}

	/**
	 * The reader of {@code format}, with the default limit of cell text per file.
	 * @throws IllegalArgumentException for {@link FileFormat#UNSUPPORTED}
	 */
	public static TableReader forFormat(FileFormat format) {
		return forFormat(format, DEFAULT_MAX_FILE_CHARS);
	}

	/**
	 * The reader of {@code format} that rejects a file of more than {@code maxFileChars}
	 * characters of cell text ({@code FILE_TOO_LARGE}).
	 * @throws IllegalArgumentException for {@link FileFormat#UNSUPPORTED} or a limit that is not positive
	 */
	public static TableReader forFormat(FileFormat format, long maxFileChars) {
		List<TableReader> readers = maxFileChars == DEFAULT_MAX_FILE_CHARS ? READERS : readers(maxFileChars);
		return readers.stream()
			.filter(r -> r.supports(format))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no reader for " + format));
	}

	/** The reader for what {@code file} holds by content, or empty when it is no format we read. */
	public static Optional<TableReader> forFile(Path file) {
		try {
			FormatDetector.Detection detection = new FormatDetector().detect(file);
			return detection.format() == FileFormat.UNSUPPORTED ? Optional.empty() : Optional.of(forFormat(detection.format()));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}
}
