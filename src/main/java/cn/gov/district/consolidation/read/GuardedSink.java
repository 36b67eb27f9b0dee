package cn.gov.district.consolidation.read;

/**
 * Passes rows on to the caller's sink and marks whatever it throws, so that a reader can tell the
 * caller's own failure (passed through unchanged) from a runtime error of the parsing library on
 * a damaged file (reported as {@code CORRUPT_FILE}). One instance per read; not thread-safe.
 */
final class GuardedSink implements RowSink {

	private final RowSink delegate;

	GuardedSink(RowSink delegate) {
		this.delegate = delegate;
	}

	@Override
	public void startSheet(String sheetName, boolean hidden) {
		try {
			delegate.startSheet(sheetName, hidden);
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
	}

	@Override
	public void row(TableRow row) {
		try {
			delegate.row(row);
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
	}

	@Override
	public void endSheet() {
		try {
			delegate.endSheet();
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
	}

	/**
	 * The caller's failure, if {@code ex} is or wraps one.
	 * @return the sink's own exception, or {@code null} when {@code ex} did not come from the sink
	 */
	static RuntimeException sinkFailure(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SinkFailure failure) {
				return (RuntimeException) failure.getCause();
			}
		}
		return null;
	}

	/** Marks an exception thrown by the caller's sink. */
	static final class SinkFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		SinkFailure(RuntimeException cause) {
			super(cause);
		}
	}
}
