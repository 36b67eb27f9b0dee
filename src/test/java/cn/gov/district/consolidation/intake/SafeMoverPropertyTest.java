package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SafeMoverPropertyTest {

	private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 22);

	private final Fingerprint fingerprint = new Fingerprint();

	@Property(tries = 150)
	void shouldKeepEveryFileOfTheSameNameInsideTheDayFolderAndFindEachAgain(@ForAll("fileNames") String name,
			@ForAll boolean acrossFileSystems) throws IOException {
		Path root = Files.createTempDirectory("safe-mover-property");
		try {
			Path input = Files.createDirectories(root.resolve("input"));
			FileTransfer transfer = acrossFileSystems ? new FileTransfer() {
				@Override
				public void moveAtomically(Path source, Path target) throws IOException {
					throw new AtomicMoveNotSupportedException(source.toString(), target.toString(),
							"simulated");
				}
			} : FileTransfer.NIO;
			SafeMover mover = new SafeMover(input.resolve("archive"), input.resolve("rejected"), transfer, fingerprint);
			Path dayFolder = mover.archiveDirFor(RUN_DATE);

			List<Path> moved = new ArrayList<>();
			List<String> hashes = new ArrayList<>();
			for (int i = 1; i <= 3; i++) {
				Path file = Files.writeString(input.resolve(name), "content " + i, StandardCharsets.UTF_8);
				hashes.add(fingerprint.sha256(file));
				moved.add(mover.archive(file, RUN_DATE));
			}

			assertThat(moved).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dayFolder));
			for (int i = 0; i < 3; i++) {
				assertThat(moved.get(i)).hasContent("content " + (i + 1));
				assertThat(mover.findMoved(hashes.get(i), name, dayFolder)).contains(moved.get(i));
			}
			assertThat(input.resolve(name)).doesNotExist();
			try (Stream<Path> left = Files.list(dayFolder)) {
				assertThat(left).hasSize(3);
			}
		}
		finally {
			deleteTree(root);
		}
	}

	@Provide
	Arbitrary<String> fileNames() {
		Arbitrary<String> stem = Arbitraries.strings()
			.withChars("abcXYZ019 .()-_$#~　（）１街道报表")
			.withCharRange('\u4e00', '\u4e20')
			.ofMinLength(1)
			.ofMaxLength(30);
		Arbitrary<String> extension = Arbitraries.of("", ".xlsx", ".xls", ".csv", "..xlsx", ".tar.gz");
		return stem.flatMap(s -> extension.map(e -> s + e)).filter(n -> !n.equals(".") && !n.equals(".."));
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
