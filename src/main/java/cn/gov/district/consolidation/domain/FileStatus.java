package cn.gov.district.consolidation.domain;

/** Where an input file stands. Every file is decided in the database before it is moved. */
public enum FileStatus {
	/** Found and fingerprinted, not yet read. */
	DISCOVERED,
	/** Read; its valid rows are used. Ends in the archive. */
	ACCEPTED,
	/** Not used; ends in the rejected folder with an error workbook. */
	REJECTED,
	/** Same content as a file processed before; ends in the archive, counted once. */
	DUPLICATE
}
