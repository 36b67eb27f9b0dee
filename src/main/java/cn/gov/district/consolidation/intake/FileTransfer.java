package cn.gov.district.consolidation.intake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file system operations {@link SafeMover} is built on, separate so that tests can stand in a
 * second file system or a failing disk. Implementations are stateless and thread-safe.
 */
interface FileTransfer {

	/** The real file system. */
	FileTransfer NIO = new FileTransfer() {
	};

	/**
	 * Renames {@code source} to {@code target} in one step, replacing {@code target}.
	 * @throws java.nio.file.AtomicMoveNotSupportedException when they are on different file systems
	 */
	default void moveAtomically(Path source, Path target) throws IOException {
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Copies {@code source} to the new file {@code target} and forces the copy to the disk, keeping
	 * the last-modified time so the archive shows when the 街道 saved the file.
	 */
	default void copyDurably(Path source, Path target) throws IOException {
		try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
				FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			long size = in.size();
			long position = 0;
			while (position < size) {
				long copied = in.transferTo(position, size - position, out);
				if (copied <= 0) {
					// the source shrank while copying; the hash comparison that follows rejects the copy
					break;
				}
				position += copied;
			}
			out.force(true);
		}
		Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
	}

	/** Deletes {@code file}, failing when it cannot. */
	default void delete(Path file) throws IOException {
		Files.delete(file);
	}
}
