package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMoverTest {

	private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 22);

	@TempDir
	Path root;

	private final Fingerprint fingerprint = new Fingerprint();

	@Test
	void shouldArchiveIntoFolderOfTheRunDate() throws IOException {
		Path file = input("东关街道_2022年1-11月.xlsx", "东关 indicators");

		Path moved = mover().archive(file, RUN_DATE);

		assertThat(moved).isEqualTo(root.resolve("input/archive/2026-11-22/东关街道_2022年1-11月.xlsx"));
		assertThat(moved).hasContent("东关 indicators");
		assertThat(file).doesNotExist();
	}

	@Test
	void shouldRejectIntoFolderOfTheRunDate() throws IOException {
		Path file = input("西关街道.csv", "bad rows");

		Path moved = mover().reject(file, RUN_DATE);

		assertThat(moved).isEqualTo(root.resolve("input/rejected/2026-11-22/西关街道.csv"));
		assertThat(moved).hasContent("bad rows");
		assertThat(file).doesNotExist();
	}

	@Test
	void shouldNumberNewcomersInsteadOfOverwriting() throws IOException {
		SafeMover mover = mover();
		Path first = mover.archive(input("报表.xlsx", "first"), RUN_DATE);
		Path second = mover.archive(input("报表.xlsx", "second"), RUN_DATE);
		Path third = mover.archive(input("报表.xlsx", "third"), RUN_DATE);

		assertThat(List.of(first, second, third)).extracting(p -> p.getFileName().toString())
			.containsExactly("报表.xlsx", "报表(2).xlsx", "报表(3).xlsx");
		assertThat(first).hasContent("first");
		assertThat(second).hasContent("second");
		assertThat(third).hasContent("third");
	}

	@ParameterizedTest
	@ValueSource(strings = { "东关 街道 2022年.xlsx", "东关街道（修订版）　１１月.xlsx", "a..b.xlsx", "..报表..xlsx",
			"no-extension", "报表.tar.gz" })
	void shouldMoveAwkwardNamesIntoTheTargetFolderOnly(String name) throws IOException {
		SafeMover mover = mover();
		Path first = mover.archive(input(name, "one"), RUN_DATE);
		Path second = mover.archive(input(name, "two"), RUN_DATE);

		Path dayFolder = mover.archiveDirFor(RUN_DATE);
		assertThat(first).isEqualTo(dayFolder.resolve(name)).hasContent("one");
		assertThat(second.getParent()).isEqualTo(dayFolder);
		assertThat(second.getFileName().toString()).isEqualTo(SafeMover.numbered(name, 2));
		assertThat(second).hasContent("two");
	}

	@Test
	void shouldNumberANameOfTheFullLengthWithinTheNameLimitAndFindItAgain() throws IOException {
		// 83 Chinese characters and ".xlsx": 254 bytes, one short of the limit, so "(2)" does not fit
		String name = "东".repeat(83) + ".xlsx";
		SafeMover mover = mover();
		mover.archive(input(name, "first"), RUN_DATE);
		Path file = input(name, "second");
		String hash = fingerprint.sha256(file);

		Path second = mover.archive(file, RUN_DATE);

		String numbered = second.getFileName().toString();
		assertThat(numbered.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
		assertThat(numbered).startsWith("东东东").endsWith("(2).xlsx").isEqualTo(SafeMover.numbered(name, 2));
		assertThat(second).hasContent("second");
		assertThat(mover.findMoved(hash, name, mover.archiveDirFor(RUN_DATE))).contains(second);
		// a different long name of the same beginning gets a different short name
		assertThat(SafeMover.numbered("东".repeat(82) + "西.xlsx", 2)).isNotEqualTo(numbered);
	}

	@Test
	void shouldPutTheNumberBeforeTheLastExtension() {
		assertThat(SafeMover.numbered("报表.xlsx", 2)).isEqualTo("报表(2).xlsx");
		assertThat(SafeMover.numbered("a..b.xlsx", 3)).isEqualTo("a..b(3).xlsx");
		assertThat(SafeMover.numbered("报表.tar.gz", 2)).isEqualTo("报表.tar(2).gz");
		assertThat(SafeMover.numbered("README", 2)).isEqualTo("README(2)");
		assertThat(SafeMover.numbered(".hidden", 2)).isEqualTo(".hidden(2)");
		assertThat(SafeMover.numbered("报表.xlsx", 1)).isEqualTo("报表.xlsx");
	}

	@Test
	void shouldCopyVerifyAndDeleteWhenAtomicMoveIsNotSupported() throws IOException {
		Path file = input("东关街道.xlsx", "content from another disk");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-20T09:30:00Z")));
		String hash = fingerprint.sha256(file);

		Path moved = mover(new OtherFileSystem()).archive(file, RUN_DATE);

		assertThat(moved).isEqualTo(root.resolve("input/archive/2026-11-22/东关街道.xlsx"));
		assertThat(fingerprint.sha256(moved)).isEqualTo(hash);
		assertThat(Files.getLastModifiedTime(moved).toInstant()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
		assertThat(file).doesNotExist();
		assertThat(listing(moved.getParent())).containsExactly("东关街道.xlsx");
	}

	@Test
	void shouldNumberCopiesAcrossFileSystemsToo() throws IOException {
		SafeMover mover = mover(new OtherFileSystem());
		mover.archive(input("报表.xlsx", "first"), RUN_DATE);

		Path second = mover.archive(input("报表.xlsx", "second"), RUN_DATE);

		assertThat(second.getFileName().toString()).isEqualTo("报表(2).xlsx");
		assertThat(second).hasContent("second");
		assertThat(listing(second.getParent())).containsExactlyInAnyOrder("报表.xlsx", "报表(2).xlsx");
	}

	@Test
	void shouldKeepSourceAndRemoveCopyWhenVerificationFails() throws IOException {
		Path file = input("东关街道.xlsx", "the real content");
		FileTransfer corruptingDisk = new OtherFileSystem() {
			@Override
			public void copyDurably(Path source, Path target) throws IOException {
				Files.writeString(target, "the real cont", StandardCharsets.UTF_8);
			}
		};

		assertThatThrownBy(() -> mover(corruptingDisk).archive(file, RUN_DATE)).isInstanceOf(FileMoveException.class)
			.hasMessageContaining("东关街道.xlsx")
			.hasMessageContaining("校验不一致")
			.hasMessageContaining("原文件仍在输入目录");

		assertThat(file).hasContent("the real content");
		assertThat(listing(root.resolve("input/archive/2026-11-22"))).isEmpty();
	}

	@Test
	void shouldUndoTheCopyWhenTheSourceCannotBeDeleted() throws IOException {
		Path file = input("东关街道.xlsx", "held open by WPS");
		FileTransfer lockedSource = new OtherFileSystem() {
			@Override
			public void delete(Path target) throws IOException {
				throw new AccessDeniedException(target.toString());
			}
		};

		assertThatThrownBy(() -> mover(lockedSource).archive(file, RUN_DATE)).isInstanceOf(FileMoveException.class)
			.hasMessageContaining("已撤回副本")
			.hasMessageContaining("请关闭占用该文件的程序");

		assertThat(file).hasContent("held open by WPS");
		assertThat(listing(root.resolve("input/archive/2026-11-22"))).isEmpty();
	}

	@Test
	void shouldReleaseTheClaimedNameWhenTheRenameFails() throws IOException {
		Path file = input("东关街道.xlsx", "x");
		FileTransfer failingRename = new FileTransfer() {
			@Override
			public void moveAtomically(Path source, Path target) throws IOException {
				throw new AccessDeniedException(target.toString());
			}
		};

		assertThatThrownBy(() -> mover(failingRename).archive(file, RUN_DATE)).isInstanceOf(FileMoveException.class)
			.hasMessageContaining("原文件仍在原处")
			.hasCauseInstanceOf(AccessDeniedException.class);

		assertThat(file).hasContent("x");
		assertThat(listing(root.resolve("input/archive/2026-11-22"))).isEmpty();
	}

	@Test
	void shouldMoveAcrossRealFileSystems() throws IOException {
		Path shm = Path.of("/dev/shm");
		requireUnderCi(Files.isDirectory(shm) && Files.isWritable(shm), "a writable tmpfs at /dev/shm");
		Path otherDisk = Files.createTempDirectory(shm, "safe-mover-test");
		try {
			Path file = input("东关街道.xlsx", "across disks");
			FileStore inputStore = Files.getFileStore(file);
			requireUnderCi(!Files.getFileStore(otherDisk).equals(inputStore),
					"/dev/shm on another file system than the test's temporary folder (" + inputStore + ")");

			Path moved = new SafeMover(otherDisk.resolve("archive"), otherDisk.resolve("rejected")).archive(file,
					RUN_DATE);

			assertThat(moved).hasContent("across disks");
			assertThat(file).doesNotExist();
			assertThat(listing(moved.getParent())).containsExactly("东关街道.xlsx");
		}
		finally {
			try (Stream<Path> walk = Files.walk(otherDisk)) {
				for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	@Test
	void shouldRefuseMissingFileWithChineseMessage() {
		assertThatThrownBy(() -> mover().archive(root.resolve("input/不存在.xlsx"), RUN_DATE))
			.isInstanceOf(FileMoveException.class)
			.hasMessageContaining("不存在.xlsx")
			.hasMessageContaining("不存在或不是普通文件");
	}

	@Test
	void shouldFindAFileMovedBeforeACrashAmongItsNamesakes() throws IOException {
		SafeMover mover = mover();
		mover.archive(input("报表.xlsx", "yesterday's other file"), RUN_DATE);
		mover.archive(input("报表.xlsx", "another one"), RUN_DATE);
		Path file = input("报表.xlsx", "the one that was moved");
		String hash = fingerprint.sha256(file);
		Path moved = mover.archive(file, RUN_DATE);

		assertThat(mover.findMoved(hash, "报表.xlsx", mover.archiveDirFor(RUN_DATE))).contains(moved);
		assertThat(mover.findMoved(hash.toUpperCase(java.util.Locale.ROOT), "报表.xlsx", mover.archiveDirFor(RUN_DATE)))
			.contains(moved);
		assertThat(moved.getFileName().toString()).isEqualTo("报表(3).xlsx");
	}

	@Test
	void shouldNotFindAFileThatWasNeverMoved() throws IOException {
		SafeMover mover = mover();
		mover.archive(input("报表.xlsx", "something else"), RUN_DATE);
		Files.writeString(mover.archiveDirFor(RUN_DATE).resolve("其他报表.xlsx"), "lost content");
		String lostHash = fingerprint.sha256(Files.writeString(root.resolve("lost.bin"), "lost content"));

		assertThat(mover.findMoved(lostHash, "报表.xlsx", mover.archiveDirFor(RUN_DATE))).isEmpty();
		assertThat(mover.findMoved(lostHash, "报表.xlsx", mover.rejectedDirFor(RUN_DATE))).isEmpty();
	}

	@Test
	void shouldFindMovedFilesWithAwkwardNames() throws IOException {
		SafeMover mover = mover();
		mover.archive(input("a..b (修订).xlsx", "older"), RUN_DATE);
		Path file = input("a..b (修订).xlsx", "content");
		String hash = fingerprint.sha256(file);
		Path moved = mover.archive(file, RUN_DATE);

		assertThat(mover.findMoved(hash, "a..b (修订).xlsx", mover.archiveDirFor(RUN_DATE))).contains(moved);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../报表.xlsx", "..", "sub/报表.xlsx", "" })
	void shouldRefuseToSearchForNamesThatAreNotPlainFileNames(String name) {
		assertThatThrownBy(() -> mover().findMoved("ab", name, root)).isInstanceOf(IllegalArgumentException.class);
	}

	private SafeMover mover() {
		return mover(FileTransfer.NIO);
	}

	private SafeMover mover(FileTransfer transfer) {
		return new SafeMover(root.resolve("input/archive"), root.resolve("input/rejected"), transfer, fingerprint);
	}

	private Path input(String name, String content) throws IOException {
		Files.createDirectories(root.resolve("input"));
		return Files.writeString(root.resolve("input").resolve(name), content, StandardCharsets.UTF_8);
	}

	private static List<String> listing(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	/** Source and target on different file systems, as a network share and the local disk. */
	private static class OtherFileSystem implements FileTransfer {

		@Override
		public void moveAtomically(Path source, Path target) throws IOException {
			throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "different file systems");
		}
	}

	/**
	 * What a test needs of the machine: without it the test fails under CI ({@code CI=true}), where
	 * the machine is known to have it, and is skipped, saying so on stderr, elsewhere.
	 */
	private static void requireUnderCi(boolean present, String what) {
		if (present) {
			return;
		}
		String message = "this test needs " + what;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError("CI=true and " + message);
		}
		System.err.println("*** SKIPPED a SafeMoverTest case (it fails under CI=true): " + message + " ***");
		Assumptions.abort(message);
	}
}
