package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;

/** How the unread files become partitions: one each while they are few, large files always alone, order kept. */
class FilePartitionerTest {

	private static final long SMALL = 40_000;

	private static List<InputFile> files(long... sizes) {
		List<InputFile> files = new ArrayList<>();
		for (int i = 0; i < sizes.length; i++) {
			files.add(new InputFile(i + 1, "f" + (i + 1) + ".xlsx", Path.of("f" + (i + 1) + ".xlsx"), "x", sizes[i],
					OffsetDateTime.of(2022, 12, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8)), LocalDate.of(2022, 12, 1),
					FileStatus.DISCOVERED));
		}
		return files;
	}

	private static long[] small(int n) {
		return IntStream.range(0, n).mapToLong(i -> SMALL).toArray();
	}

	@Test
	void shouldGiveEveryFileAPartitionOfItsOwnWhileThereAreNoMoreThanTheMaximum() {
		List<List<InputFile>> groups = FilePartitioner.groups(files(small(16)), 16);

		assertThat(groups).hasSize(16).allSatisfy(g -> assertThat(g).hasSize(1));
		assertThat(FilePartitioner.groups(List.of(), 16)).isEmpty();
	}

	@Test
	void shouldShareOutACityNightsSmallFilesInRunsOfConsecutiveFiles() {
		List<InputFile> night = files(small(500));

		List<List<InputFile>> groups = FilePartitioner.groups(night, 16);

		assertThat(groups).hasSizeLessThanOrEqualTo(16);
		assertThat(groups).allSatisfy(g -> assertThat(g).hasSizeBetween(1, 32));
		assertThat(groups.stream().flatMap(List::stream).toList()).as("every file once, in order").containsExactlyElementsOf(night);
	}

	@Test
	void shouldKeepALargeFileAloneWhereverItStands() {
		long large = FilePartitioner.LARGE_FILE_BYTES;
		long[] sizes = small(40);
		sizes[0] = large;
		sizes[17] = large;
		sizes[39] = large * 40;
		List<InputFile> files = files(sizes);

		List<List<InputFile>> groups = FilePartitioner.groups(files, 8);

		assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(files);
		assertThat(groups).hasSizeLessThanOrEqualTo(8);
		for (int large1 : new int[] { 0, 17, 39 }) {
			assertThat(groups).contains(List.of(files.get(large1)));
		}
		assertThat(groups).filteredOn(g -> g.size() > 1)
			.allSatisfy(g -> assertThat(g).allSatisfy(f -> assertThat(f.size()).isLessThan(large)));
	}

	@Test
	void shouldGiveEveryLargeFileItsOwnPartitionEvenBeyondTheMaximum() {
		long[] sizes = new long[20];
		java.util.Arrays.fill(sizes, FilePartitioner.LARGE_FILE_BYTES);

		assertThat(FilePartitioner.groups(files(sizes), 4)).hasSize(20);
	}

	@Test
	void shouldNameAPartitionByExactlyItsFiles() {
		List<InputFile> files = files(small(6));
		List<InputFile> run = files.subList(0, 3);
		List<InputFile> sameStartAndLength = List.of(files.get(0), files.get(1), files.get(4));

		assertThat(FilePartitioner.name(List.of(files.get(2)))).isEqualTo("file-3");
		assertThat(FilePartitioner.name(run)).startsWith("files-1+2-").isEqualTo(FilePartitioner.name(List.copyOf(run)));
		// a restart with other files unread may group them otherwise: never under a name used for other files
		assertThat(FilePartitioner.name(sameStartAndLength)).startsWith("files-1+2-").isNotEqualTo(FilePartitioner.name(run));
		assertThat(FilePartitioner.name(files(small(32)))).hasSizeLessThanOrEqualTo(100 - "readFile:".length());
	}
}
