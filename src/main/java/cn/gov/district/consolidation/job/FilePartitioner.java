package cn.gov.district.consolidation.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.store.StagedOutcomes;
import cn.gov.district.consolidation.validate.SubmissionParser;

/**
 * The partitions of the ingest step: the files registered and not yet read, in discovery order,
 * one partition per file up to {@link #MAX_PARTITIONS}. Beyond that the small files share
 * partitions, runs of consecutive files of about equal length, while a file of
 * {@link #LARGE_FILE_BYTES} or more always has one of its own. Every partition is bookkept by
 * the job repository (a step execution, its context, four commits): about 8 ms of CPU each on
 * H2; a partition for each of a city night's 500 small workbooks made its ingest step 6.4-6.7 s
 * instead of 5.3 s, while it is nothing against a file that takes seconds. Asked again on a restart, it leaves out what the
 * stopped run already read (its outcome is kept, see {@link StagedOutcomes}), so no file is read
 * twice and none is missed. Thread-safe.
 */
@Component
class FilePartitioner implements Partitioner {

	/** The ids of the partition's files, in discovery order, comma-separated, in its step execution context. */
	static final String FILE_IDS = "file.ids";

	/** The bytes of the partition's files, in its step execution context (the largest are read first). */
	static final String BYTES = "file.bytes";

	/** The partition's first file's name, for whoever reads the job repository. */
	static final String FIRST_FILE = "file.first";

	/** Partitions per thread that reads files: enough to keep the threads evenly busy to the end. */
	static final int PARTITIONS_PER_THREAD = 8;

	static final int MAX_PARTITIONS = PARTITIONS_PER_THREAD * ConsolidationJobConfiguration.FILES_AT_ONCE;

	/** A file this large is a partition of its own: as large as a file read ahead on a thread of its own. */
	static final long LARGE_FILE_BYTES = SubmissionParser.READ_AHEAD_BYTES;

	private final StagedOutcomes outcomes;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	FilePartitioner(StagedOutcomes outcomes, ConsolidationProperties properties, CrashPoint crashPoint) {
		this.outcomes = outcomes;
		this.properties = properties;
		this.crashPoint = crashPoint;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		crashPoint.reached("after-discover");
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<InputFile> files : groups(outcomes.unread(properties.inputDir()), MAX_PARTITIONS)) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE_IDS, files.stream().map(f -> Long.toString(f.id())).collect(Collectors.joining(",")));
			context.putString(FIRST_FILE, files.get(0).fileName());
			context.putLong(BYTES, files.stream().mapToLong(InputFile::size).sum());
			partitions.put(name(files), context);
		}
		return partitions;
	}

	/**
	 * {@code files} in about {@code max} groups (a large file breaking a run may add one, and every large file has its own), in
	 * their order: a large file alone, the others in runs of consecutive files between them.
	 */
	static List<List<InputFile>> groups(List<InputFile> files, int max) {
		long large = files.stream().filter(FilePartitioner::isLarge).count();
		long small = files.size() - large;
		long slots = Math.max(1, max - large);
		// small files per group, rounded up so that they fill at most the slots left
		long perGroup = Math.max(1, (small + slots - 1) / slots);
		List<List<InputFile>> groups = new ArrayList<>();
		List<InputFile> run = new ArrayList<>();
		for (InputFile file : files) {
			if (isLarge(file)) {
				// a run ends where a large file stands
				if (!run.isEmpty()) {
					groups.add(List.copyOf(run));
					run.clear();
				}
				groups.add(List.of(file));
				continue;
			}
			run.add(file);
			if (run.size() == perGroup) {
				groups.add(List.copyOf(run));
				run.clear();
			}
		}
		if (!run.isEmpty()) {
			groups.add(List.copyOf(run));
		}
		return groups;
	}

	/**
	 * The partition's name, which Spring Batch makes its step name: a function of exactly its files.
	 * On a restart the splitter gives a partition that has run before under the same name the
	 * context of that run, and skips it if it completed; so two partitions of the same name must
	 * hold the same files, or a restart would read a file in two partitions at once and miss
	 * others. {@code file-<id>} for one file, {@code files-<first id>+<more>-<digest of the ids>}
	 * for a run of them.
	 */
	static String name(List<InputFile> files) {
		if (files.size() == 1) {
			return "file-" + files.get(0).id();
		}
		String ids = files.stream().map(f -> Long.toString(f.id())).collect(Collectors.joining(","));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.US_ASCII));
			return "files-" + files.get(0).id() + "+" + (files.size() - 1) + "-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	private static boolean isLarge(InputFile file) {
		return file.size() >= LARGE_FILE_BYTES;
	}

	/** The file ids {@link #partition} put into a partition's context. */
	static List<Long> fileIds(ExecutionContext context) {
		List<Long> ids = new ArrayList<>();
		for (String id : context.getString(FILE_IDS).split(",")) {
			ids.add(Long.parseLong(id));
		}
		return ids;
	}
}
