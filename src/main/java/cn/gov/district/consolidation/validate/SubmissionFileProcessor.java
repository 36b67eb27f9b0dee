package cn.gov.district.consolidation.validate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Severity;

/**
 * The ingest step's processor: reads, normalizes and validates one file into its decision. No
 * exception escapes because of what a user sent: whatever goes wrong inside a file becomes a
 * rejection with a Chinese reason, and the night goes on with the next file.
 */
@Component
public class SubmissionFileProcessor implements ItemProcessor<InputFile, FileOutcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionFileProcessor.class);

	private final SubmissionParser parser;

	public SubmissionFileProcessor(SubmissionParser parser) {
		this.parser = parser;
	}

	@Override
	public FileOutcome process(InputFile file) {
		try {
			FileOutcome outcome = parser.parse(file);
			log.info("{}：{}，数据行 {}，拒绝 {}，问题 {} 条", file.fileName(), outcome.accepted() ? "采用" : "退回",
					outcome.rowsRead(), outcome.rowsRejected(), outcome.findingCount());
			return outcome;
		}
		catch (DataAccessException e) {
			// the database, not the file: fail the step so the night is restarted, never reject the file for it
			throw e;
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			log.error("处理文件 {} 时出错", file.fileName(), e);
			return parser.failed(file, Finding.ofFile(file.fileName(), Rules.UNREADABLE_FILE, Severity.ERROR,
					"文件无法处理（" + e.getClass().getSimpleName() + "），整份文件退回；请检查文件是否完整，用Excel另存为.xlsx后重新报送"));
		}
	}
}
