package cn.gov.district.consolidation.job;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused run lock into a short operator message instead of a stack trace. Stateless and
 * thread-safe; registered in {@code META-INF/spring.factories}.
 */
public class RunLockFailureAnalyzer extends AbstractFailureAnalyzer<RunLockRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RunLockRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), "请等正在运行的汇总任务结束后再运行（本次未读取或移动任何文件）", cause);
	}
}
