package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.intake.Fingerprint;
import cn.gov.district.consolidation.intake.SafeMover;
import cn.gov.district.consolidation.read.TableReaders;
import cn.gov.district.consolidation.report.ErrorWorkbookWriter;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The archive step: every decided file leaves the input folder, accepted and duplicate files to
 * the archive, rejected ones to the rejected folder with an error workbook beside them; a file
 * accepted with findings gets its feedback workbook under {@code output/问题反馈/<date>/}. The decision was stored
 * before, so a crash in the middle is finished by the next run: a file already moved is found
 * by name and content and only recorded.
 */
@Component
class ArchiveTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

	private final ConsolidationProperties properties;

	private final JdbcSubmissionStore store;

	private final RunReportWriter runReportWriter;

	private final ErrorWorkbookWriter errorWorkbookWriter;

	private final CrashPoint crashPoint;

	private final Fingerprint fingerprint;

	ArchiveTasklet(ConsolidationProperties properties, JdbcSubmissionStore store, RunReportWriter runReportWriter,
			CrashPoint crashPoint, Fingerprint fingerprint) {
		this.properties = properties;
		this.fingerprint = fingerprint;
		this.store = store;
		this.runReportWriter = runReportWriter;
		this.errorWorkbookWriter = new ErrorWorkbookWriter(properties.feedbackContact());
		this.crashPoint = crashPoint;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		LocalDate runDate = RunParameters.runDateOf(chunkContext.getStepContext().getStepExecution().getJobParameters());
		SafeMover mover = new SafeMover(properties.archiveDir(), properties.rejectedDir());
		for (InputFile file : store.decidedNotMoved(properties.inputDir())) {
			settle(file, mover, file.runDate(), runDate);
		}
		runReportWriter.write(runDate);
		return RepeatStatus.FINISHED;
	}

	private void settle(InputFile file, SafeMover mover, LocalDate date, LocalDate tonight) throws IOException {
		boolean rejected = file.status() == FileStatus.REJECTED;
		Path targetDir = (rejected ? properties.rejectedDir() : properties.archiveDir()).resolve(date.toString());
		Path finalPath;
		// only the file this row registered moves under its decision: a file of the same name and other content is
		// another submission, registered and decided on its own
		if (fingerprint.matches(file.path(), file.size(), file.sha256())) {
			finalPath = rejected ? mover.reject(file.path(), date) : mover.archive(file.path(), date);
			log.info("{}：{} → {}", rejected ? "退回" : "归档", file.fileName(), finalPath);
			crashPoint.reached("archive-moved-unrecorded");
		}
		else {
			Optional<Path> moved = mover.findMoved(file.sha256(), file.fileName(), targetDir);
			if (moved.isEmpty()) {
				String note = (Files.exists(file.path()) ? "输入目录中的同名文件已是另一份内容（作为另一份报送单独处理），" : "")
						+ "原文件已不在输入目录，也未在 " + targetDir + " 中找到，未能" + (rejected ? "退回" : "归档")
						+ (rejected ? "；其数据未计入" : "；其数据已计入汇总") + "。如仍需处理，请找到原文件重新放入输入目录";
				log.warn("文件缺失：{}（{}）", file.fileName(), note);
				store.markLost(file.id(), tonight, note);
				return;
			}
			finalPath = moved.get();
			log.info("上次运行中断前已移动的文件已补记：{}", finalPath);
		}
		feedbackWorkbook(file, finalPath, rejected);
		store.markMoved(file.id(), finalPath);
	}

	/**
	 * Writes the error workbook beside the moved file (after the move, so it takes the file's
	 * collision-safe name). Its name is claimed first ({@link SafeMover#claimFreeName}: a file already
	 * there, such as a submission sent in under the name of a 问题清单, is never taken for it nor
	 * replaced) and recorded before it is written, so a run interrupted in between reuses exactly the
	 * workbook it wrote, found by the recorded path.
	 */
	private Path feedbackWorkbook(InputFile file, Path movedFile, boolean rejected) throws IOException {
		List<Finding> findings = store.findingsForWorkbook(file);
		if (!rejected && findings.isEmpty()) {
			return null;
		}
		if (findings.isEmpty()) {
			findings = List.of(Finding.ofFile(file.fileName(), "REJECTED", Severity.ERROR, store.reasonOf(file.id())));
		}
		Optional<Path> recorded = store.errorWorkbookOf(file.id()).map(FileNames::parse);
		if (recorded.isPresent() && recordedComplete(file) && Files.exists(recorded.get())) {
			return recorded.get();
		}
		Path target;
		if (recorded.isPresent() && Files.exists(recorded.get())) {
			// claimed by the interrupted run, not written to the end
			target = recorded.get();
		}
		else {
			// a rejected file's workbook lies beside it; an accepted file's feedback goes where the office looks each morning
			Path dir = rejected ? movedFile.getParent()
					: FileNames.resolve(properties.outputDir(), "问题反馈").resolve(file.runDate().toString());
			target = SafeMover.claimFreeName(dir, errorWorkbookName(FileNames.displayName(movedFile)));
			store.recordErrorWorkbook(file.id(), FileNames.display(target), null);
		}
		errorWorkbookWriter.write(movedFile, TableReaders.forFile(movedFile).orElse(null), findings, target);
		store.recordErrorWorkbook(file.id(), FileNames.display(target), fingerprint.sha256(target));
		return target;
	}

	private boolean recordedComplete(InputFile file) {
		return store.errorWorkbookHashOf(file.id()).isPresent();
	}

	/**
	 * The error workbook of a file: {@code <name>_问题清单.xlsx} beside it, the name shortened to the file
	 * system's limit when needed ({@link FileNames#fit}: a rejected file's name of over 237 bytes made the
	 * workbook's name too long, and the archive step failed every night).
	 */
	static Path errorWorkbookFor(Path dir, String fileName) {
		return FileNames.resolve(dir, errorWorkbookName(fileName));
	}

	/** The name of {@link #errorWorkbookFor the error workbook} of a file named {@code fileName}. */
	static String errorWorkbookName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String base = dot > 0 ? fileName.substring(0, dot) : fileName;
		return FileNames.fit(base, "_问题清单.xlsx");
	}

}
