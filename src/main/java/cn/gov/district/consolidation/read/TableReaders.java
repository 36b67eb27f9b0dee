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

	private static final List<TableReader> READERS = List.of(new XlsxStreamingReader(), new XlsReader(),
			new CsvTableReader());

	private TableReaders() {
	}

	/**
	 * The reader of {@code format}.
	 * @throws IllegalArgumentException for {@link FileFormat#UNSUPPORTED}
	 */
	public static TableReader forFormat(FileFormat format) {
		return READERS.stream()
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
