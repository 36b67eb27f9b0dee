package cn.gov.district.consolidation.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A file directly in the drop folder that may be a submission, as it was when it was looked at.
 * Immutable and thread-safe.
 *
 * @param path the file; never {@code null}
 * @param fileName its name without folder, as the operator sees it; never {@code null}
 * @param size its size in bytes
 * @param lastModified its last-modified time; never {@code null}
 */
public record CandidateFile(Path path, String fileName, long size, Instant lastModified) {

	/** The order files are processed in, so that two runs over the same folder do the same: oldest first, then by name. */
	public static final Comparator<CandidateFile> PROCESSING_ORDER = Comparator
		.comparing(CandidateFile::lastModified)
		.thenComparing(CandidateFile::fileName);

	public CandidateFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(lastModified, "lastModified");
	}
}
