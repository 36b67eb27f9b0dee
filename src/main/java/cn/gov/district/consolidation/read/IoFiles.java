package cn.gov.district.consolidation.read;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens files for libraries that take a {@link File} (POI's {@code ZipSecureFile}). A {@code File} is
 * named by a {@code String}, which cannot name a file whose name the JVM's name encoding does not
 * round-trip (GBK bytes under UTF-8, any Chinese name under LANG=C, see {@code domain.FileNames}); such
 * a file is opened through a symbolic link of a plain name in a temporary folder, removed as soon as the
 * library has opened the file (it reads through the channel it opened). Stateless.
 */
final class IoFiles {

	/** What opens the file, given a {@code File} that names it. */
	@FunctionalInterface
	interface Opener<T> {

		T open(File file) throws IOException;
	}

	private IoFiles() {
	}

	/** {@code opener} applied to a {@code File} that names {@code file}. */
	static <T> T open(Path file, Opener<T> opener) throws IOException {
		File plain = file.toFile();
		if (namesTheSameFile(plain, file)) {
			return opener.open(plain);
		}
		Path dir = Files.createTempDirectory("consolidation-read-");
		Path link = dir.resolve("file");
		try {
			Files.createSymbolicLink(link, file.toAbsolutePath());
			return opener.open(link.toFile());
		}
		finally {
			Files.deleteIfExists(link);
			Files.deleteIfExists(dir);
		}
	}

	/** An OLE2 file system of {@code file}, read-only, through a channel (no {@code File} needed). */
	static POIFSFileSystem ole2(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			return new POIFSFileSystem(channel, true, true);
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
	}

	private static boolean namesTheSameFile(File plain, Path file) {
		try {
			return plain.toPath().equals(file);
		}
		catch (InvalidPathException notInThisEncoding) {
			return false;
		}
	}
}
