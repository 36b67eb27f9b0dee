package cn.gov.district.consolidation.read;

/** The format of an input file, as detected from its content (not its name). */
public enum FileFormat {
	/** Office Open XML workbook. */
	XLSX,
	/** Excel 97-2003 (BIFF8) workbook. */
	XLS,
	/** Delimited text. */
	CSV,
	/** Something this job does not read; see the detector's reason. */
	UNSUPPORTED
}
