package cn.gov.district.consolidation.validate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Severity;

/**
 * Reads, normalizes and validates one file into its decision (what a partition of the ingest
 * step runs). No exception escapes because of what a user sent: whatever goes wrong inside a file
 * becomes a rejection with a Chinese reason, and the night goes on with the next file.
 * <p>
 * Each file is read on a worker thread of its own within a time budget
 * ({@code consolidation.file-time-budget}); the worker stages the file's rows (provisional until
 * the decide step decides, and reset if the file is read again). A file that runs over the
 * budget is rejected ({@code FILE_TIME_BUDGET}): its worker is interrupted, the row sink stops at
 * the next row, what it staged is reset, and a parser stuck elsewhere ends with the file's text
 * budget. A deadline checked only by the row
 * sink would not do alone, because a hostile file can stall before its first row (a huge
 * shared-strings table, a sheet of a million empty rows). Thread-safe.
 */
@Component
public class SubmissionFileProcessor implements ItemProcessor<InputFile, FileOutcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionFileProcessor.class);

	/** How long an interrupted worker gets to stop staging before what it staged is reset. */
	private static final Duration GRACE = Duration.ofSeconds(30);

	private final SubmissionParser parser;

	private final Duration budget;

	private final BudgetWait budgetWait;

	/**
	 * How the caller waits for a file's worker within its budget: {@link Future#get(long, TimeUnit)},
	 * a {@link TimeoutException} when the budget runs out. Tests let the budget run out at a point
	 * of their choosing instead of on the wall clock.
	 */
	@FunctionalInterface
	interface BudgetWait {

		BudgetWait TIMED = (reading, budget) -> reading.get(budget.toMillis(), TimeUnit.MILLISECONDS);

		FileOutcome await(Future<FileOutcome> reading, Duration budget)
				throws InterruptedException, ExecutionException, TimeoutException;
	}

	@Autowired
	public SubmissionFileProcessor(SubmissionParser parser, ConsolidationProperties properties) {
		this(parser, properties.fileTimeBudget());
	}

	SubmissionFileProcessor(SubmissionParser parser, Duration budget) {
		this(parser, budget, BudgetWait.TIMED);
	}

	SubmissionFileProcessor(SubmissionParser parser, Duration budget, BudgetWait budgetWait) {
		this.parser = parser;
		this.budget = budget;
		this.budgetWait = budgetWait;
	}

	@Override
	public FileOutcome process(InputFile file) {
		FutureTask<FileOutcome> reading = new FutureTask<>(() -> parser.parse(file));
		Thread worker = new Thread(reading, "read-" + file.id());
		// an abandoned worker must never keep the JVM alive
		worker.setDaemon(true);
		worker.start();
		try {
			FileOutcome outcome = budgetWait.await(reading, budget);
			log.info("{}：{}，数据行 {}，拒绝 {}，问题 {} 条", file.fileName(), outcome.accepted() ? "采用" : "退回",
					outcome.rowsRead(), outcome.rowsRejected(), outcome.findingCount());
			return outcome;
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			awaitRollback(worker);
			log.warn("{}：处理超过时间上限 {}，已放弃并退回", file.fileName(), budget);
			return parser.failed(file, Finding.ofFile(file.fileName(), Rules.FILE_TIME_BUDGET, Severity.ERROR,
					"文件处理时间超过" + shown(budget) + "的上限，已停止读取，整份文件退回；文件可能异常或过大，请检查文件内容（删除多余的空行、格式和图片）后重新报送"));
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof DataAccessException dataAccess) {
				// the database, not the file: fail the step so the night is restarted, never reject the file for it
				throw dataAccess;
			}
			log.error("处理文件 {} 时出错", file.fileName(), e.getCause());
			return parser.failed(file, Finding.ofFile(file.fileName(), Rules.UNREADABLE_FILE, Severity.ERROR, "文件无法处理（"
					+ e.getCause().getClass().getSimpleName() + "），整份文件退回；请检查文件是否完整，用Excel另存为.xlsx后重新报送"));
		}
		catch (InterruptedException e) {
			// the step is being stopped: leave the file undecided, the restarted run reads it again
			reading.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("读取文件 " + file.fileName() + " 时任务被中断", e);
		}
	}

	/** Gives the interrupted worker time to stop, so that the reset sees everything it staged. */
	private static void awaitRollback(Thread worker) {
		try {
			worker.join(GRACE.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String shown(Duration d) {
		if (d.toMinutes() > 0 && d.toSecondsPart() == 0) {
			return d.toMinutes() + "分钟";
		}
		if (d.toSeconds() > 0) {
			return d.toSeconds() + "秒";
		}
		return d.toMillis() + "毫秒";
	}
}
