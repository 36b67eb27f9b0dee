package cn.gov.district.consolidation.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DropFolderScanner} found in the drop folder: the files to process, in processing
 * order, and every file it left where it is with the reason why, so that the run report can count
 * them. Immutable and thread-safe.
 *
 * @param files the files to process, in {@link CandidateFile#PROCESSING_ORDER}; never {@code null}
 * @param skipped the files left untouched in the drop folder, by name; never {@code null}
 */
public record ScanResult(List<CandidateFile> files, List<Skipped> skipped) {

	public ScanResult {
		files = List.copyOf(files);
		skipped = List.copyOf(skipped);
	}

	/**
	 * A file left untouched in the drop folder.
	 *
	 * @param path the file; never {@code null}
	 * @param reason a Chinese sentence for the operator saying why it was not processed; never {@code null}
	 */
	public record Skipped(Path path, String reason) {

		public Skipped {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(reason, "reason");
		}
	}
}
