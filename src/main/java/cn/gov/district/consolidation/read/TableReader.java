package cn.gov.district.consolidation.read;

import java.nio.file.Path;

/**
 * Reads one kind of file into rows of text, streaming: memory does not grow with the number of
 * rows. Implementations are stateless and thread-safe; one call reads one file.
 */
public interface TableReader {

	/** Whether this reader reads files of {@code format}. */
	boolean supports(FileFormat format);

	/**
	 * Reads every sheet of {@code file} into {@code sink}.
	 * @throws TableReadException when the file cannot be read; rows already delivered stay delivered
	 */
	void read(Path file, RowSink sink) throws TableReadException;
}
