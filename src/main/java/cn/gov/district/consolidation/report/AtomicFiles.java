package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that nobody ever sees it half written: into a hidden temporary file in the
 * same folder, then moved into place atomically. The temporary file is created like any other
 * (its permissions follow the umask, so the office's staff can open what the job's account wrote;
 * {@link Files#createTempFile} makes it readable by its owner only) and has a short name of its
 * own, so a long target name cannot make it too long. Stateless and thread-safe.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Writes {@code target}, creating its folder, replacing an older file of the same name.
	 * @return {@code target}
	 * @throws IOException when writing fails; the old file, if any, is then left as it was
	 */
	public static Path write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// Hidden and same folder: intake skips hidden files, and a same-folder move is atomic.
		Path temp = dir.resolve(".writing-" + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
