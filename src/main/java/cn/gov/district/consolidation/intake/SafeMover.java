package cn.gov.district.consolidation.intake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.domain.FileNames;

/**
 * Moves an input file into the archive or rejected folder of its run date without ever losing or
 * overwriting a file. Within one file system the move is a single rename. Across file systems the
 * file is copied to a hidden temporary name in the target folder, forced to disk, its SHA-256
 * compared with the source, renamed into place, and only then is the source deleted; if anything
 * fails the source stays where it was and the partial copy is removed.
 *
 * <p>Only the file name of the source is used in the target folder, so no name can lead outside
 * it. When the name is taken, the file gets the next free number ({@code 报表.xlsx},
 * {@code 报表(2).xlsx}, {@code 报表(3).xlsx} …). A name is claimed by creating an empty file under
 * it, which fails if the name exists, and the rename then replaces that placeholder: the check and
 * the claim are one step, so not even a concurrent writer can be overwritten. A crash between the
 * claim and the rename leaves that empty placeholder behind; the source is then still in place, and
 * {@link #findMoved} does not take the placeholder for it (its hash differs unless the source was
 * empty as well).
 *
 * <p>Thread-safe: it holds no mutable state, and concurrent moves of different files claim
 * different names.
 */
public final class SafeMover {

	private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	private static final int MAX_NUMBER = 9999;

	private final Path archiveDir;

	private final Path rejectedDir;

	private final FileTransfer transfer;

	private final Fingerprint fingerprint;

	/**
	 * @param archiveDir where accepted files go, one subfolder per run date; must not be {@code null}
	 * @param rejectedDir where rejected files go, one subfolder per run date; must not be {@code null}
	 */
	public SafeMover(Path archiveDir, Path rejectedDir) {
		this(archiveDir, rejectedDir, FileTransfer.NIO, new Fingerprint());
	}

	SafeMover(Path archiveDir, Path rejectedDir, FileTransfer transfer, Fingerprint fingerprint) {
		this.archiveDir = Objects.requireNonNull(archiveDir, "archiveDir");
		this.rejectedDir = Objects.requireNonNull(rejectedDir, "rejectedDir");
		this.transfer = Objects.requireNonNull(transfer, "transfer");
		this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
	}

	/** The archive folder of {@code runDate}: {@code archiveDir/yyyy-MM-dd}. It may not exist yet. */
	public Path archiveDirFor(LocalDate runDate) {
		return archiveDir.resolve(DAY_FOLDER.format(runDate));
	}

	/** The rejected folder of {@code runDate}: {@code rejectedDir/yyyy-MM-dd}. It may not exist yet. */
	public Path rejectedDirFor(LocalDate runDate) {
		return rejectedDir.resolve(DAY_FOLDER.format(runDate));
	}

	/**
	 * Moves an accepted file into {@link #archiveDirFor the archive folder of} {@code runDate}.
	 * @return where the file is now, never {@code null}
	 * @throws FileMoveException when it could not be moved; the message says where the file is
	 */
	public Path archive(Path file, LocalDate runDate) throws FileMoveException {
		return moveTo(file, archiveDirFor(runDate));
	}

	/**
	 * Moves a rejected file into {@link #rejectedDirFor the rejected folder of} {@code runDate}.
	 * @return where the file is now, never {@code null}; its error workbook belongs beside it
	 * @throws FileMoveException when it could not be moved; the message says where the file is
	 */
	public Path reject(Path file, LocalDate runDate) throws FileMoveException {
		return moveTo(file, rejectedDirFor(runDate));
	}

	/**
	 * Moves {@code file} into {@code targetDir} under its own name or the next free numbered one,
	 * creating the folder when needed.
	 * @param file a regular file; must not be {@code null}
	 * @param targetDir the folder to move it into; must not be {@code null}
	 * @return where the file is now, never {@code null}
	 * @throws FileMoveException when it could not be moved; the file is then still at {@code file}
	 * unless the message says otherwise
	 */
	public Path moveTo(Path file, Path targetDir) throws FileMoveException {
		Path name = file.getFileName();
		if (name == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileMoveException("无法移动“" + file + "”：它不存在或不是普通文件；请查看归档和退回目录里是否已有该文件");
		}
		// the name decoded from its bytes (a GBK name from a Windows zip is archived under its Chinese name in UTF-8)
		String fileName = FileNames.displayName(file);
		try {
			Files.createDirectories(targetDir);
			try {
				return renameInto(file, targetDir, fileName, transfer);
			}
			catch (AtomicMoveNotSupportedException otherFileSystem) {
				return copyVerifyAndDelete(file, targetDir, fileName);
			}
		}
		catch (FileMoveException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new FileMoveException("把文件“" + fileName + "”移到“" + targetDir + "”失败（" + ex
					+ "），原文件仍在原处；请检查该目录的权限和磁盘空间后重新运行", ex);
		}
	}

	/**
	 * Finds a copy of a file that an earlier, interrupted run already moved into {@code dir}: a file
	 * named {@code fileName} or one of its numbered variants whose content has the hash
	 * {@code sha256}. Lets the job tell "moved before the crash" from "lost".
	 * @param sha256 the SHA-256 of the file in hex, either case; must not be {@code null}
	 * @param fileName the file's original name, without folder; must not be {@code null}
	 * @param dir the folder to look in, e.g. {@link #archiveDirFor}; it need not exist
	 * @return the copy with that content, the plain name first, then by number; empty when there is none
	 * @throws IllegalArgumentException when {@code fileName} is not a plain file name
	 * @throws IOException when the folder or a file in it cannot be read
	 */
	public Optional<Path> findMoved(String sha256, String fileName, Path dir) throws IOException {
		Objects.requireNonNull(sha256, "sha256");
		requirePlainName(fileName);
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		String wanted = sha256.toLowerCase(Locale.ROOT);
		for (Path candidate : namesakes(dir, fileName)) {
			if (fingerprint.sha256(candidate).equals(wanted)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code fileName} with number {@code n}: the name itself for 1, else {@code 报表(n).xlsx}, its base
	 * shortened ({@link FileNames#fit}) when the number would take it over the file system's name limit.
	 */
	static String numbered(String fileName, int n) {
		if (n == 1) {
			return fileName;
		}
		int dot = extensionStart(fileName);
		return FileNames.fit(fileName.substring(0, dot), "(" + n + ")" + fileName.substring(dot));
	}

	private static Path renameInto(Path file, Path targetDir, String fileName, FileTransfer renamer)
			throws IOException {
		Path target = claimName(targetDir, fileName);
		boolean moved = false;
		try {
			renamer.moveAtomically(file, target);
			moved = true;
			return target;
		}
		finally {
			if (!moved) {
				Files.deleteIfExists(target);
			}
		}
	}

	private Path copyVerifyAndDelete(Path file, Path targetDir, String fileName) throws IOException {
		// hidden and short, so it is never taken for a finished file and never exceeds the name limit
		Path temporary = targetDir.resolve(".moving-" + UUID.randomUUID() + ".tmp");
		try {
			transfer.copyDurably(file, temporary);
			if (!fingerprint.sha256(file).equals(fingerprint.sha256(temporary))) {
				throw new FileMoveException("文件“" + fileName + "”复制到“" + targetDir
						+ "”后内容校验不一致（可能是磁盘或网络故障），已删除不完整的副本，原文件仍在输入目录；请检查磁盘和网络后重新运行");
			}
			// the temporary copy is in the target folder, so this rename never crosses file systems
			Path target = renameInto(temporary, targetDir, fileName, FileTransfer.NIO);
			syncDirectory(targetDir);
			deleteSourceOrUndo(file, target, targetDir, fileName);
			return target;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void deleteSourceOrUndo(Path file, Path target, Path targetDir, String fileName) throws FileMoveException {
		try {
			transfer.delete(file);
		}
		catch (IOException cannotDelete) {
			try {
				// one file must end in exactly one place, so the copy goes and the next run tries again
				Files.delete(target);
			}
			catch (IOException cannotUndo) {
				cannotDelete.addSuppressed(cannotUndo);
				throw new FileMoveException("文件“" + fileName + "”已复制为“" + target
						+ "”，但输入目录中的原文件删不掉，副本也撤不回，现在两处各有一份；请关闭占用该文件的程序，删除其中一份后重新运行", cannotDelete);
			}
			throw new FileMoveException("文件“" + fileName + "”已复制到“" + targetDir
					+ "”，但输入目录中的原文件删不掉（可能正被其他程序打开），已撤回副本，原文件仍在输入目录；请关闭占用该文件的程序后重新运行",
					cannotDelete);
		}
	}

	/**
	 * Claims a free name in {@code dir} for a file the job writes itself (a 问题清单): {@code fileName}
	 * or the next free numbered variant, created empty, so that no file moved or written there later can
	 * take it; the caller writes over the placeholder.
	 * @return the claimed path, an empty file
	 * @throws IOException when no name can be claimed
	 */
	public static Path claimFreeName(Path dir, String fileName) throws IOException {
		Files.createDirectories(dir);
		return claimName(dir, fileName);
	}

	private static Path claimName(Path dir, String fileName) throws IOException {
		for (int n = 1; n <= MAX_NUMBER; n++) {
			Path candidate = FileNames.resolve(dir, numbered(fileName, n));
			try {
				return Files.createFile(candidate);
			}
			catch (FileAlreadyExistsException taken) {
				// try the next number
			}
		}
		throw new FileMoveException("目录“" + dir + "”中与“" + fileName + "”同名的文件已有 " + MAX_NUMBER
				+ " 个，无法再编号，原文件仍在原处；请清理该目录后重新运行");
	}

	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			// makes the new name durable before the source is deleted, so a power cut cannot lose both
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException notSupported) {
			// Windows cannot open a folder as a channel; NTFS journals the rename itself
		}
	}

	private static List<Path> namesakes(Path dir, String fileName) throws IOException {
		int dot = extensionStart(fileName);
		// any name ending in a number and the extension; whether it is one of fileName's is numbered's to say
		// (a long name's numbered variants are shortened)
		Pattern pattern = Pattern.compile(".*\\((\\d{1,9})\\)" + Pattern.quote(fileName.substring(dot)));
		List<Namesake> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				String name = FileNames.displayName(entry);
				Matcher matcher = pattern.matcher(name);
				int number = name.equals(fileName) ? 1
						: matcher.matches() && name.equals(numbered(fileName, Integer.parseInt(matcher.group(1))))
								? Integer.parseInt(matcher.group(1)) : 0;
				if (number > 0 && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					found.add(new Namesake(entry, number));
				}
			}
		}
		found.sort(Comparator.comparingInt(Namesake::number));
		return found.stream().map(Namesake::path).toList();
	}

	private record Namesake(Path path, int number) {
	}

	private static int extensionStart(String fileName) {
		int dot = fileName.lastIndexOf('.');
		// a leading dot is part of the name, not an extension
		return dot <= 0 ? fileName.length() : dot;
	}

	private static void requirePlainName(String fileName) {
		Objects.requireNonNull(fileName, "fileName");
		// by its characters, not through Path.of, which fails on a name the JVM's name encoding cannot write
		if (fileName.isEmpty() || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.indexOf('\0') >= 0
				|| fileName.equals(".") || fileName.equals("..")) {
			throw new IllegalArgumentException("not a plain file name: " + fileName);
		}
	}
}
