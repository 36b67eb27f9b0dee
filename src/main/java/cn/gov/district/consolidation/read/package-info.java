/**
 * Reading input files into rows of cell text: one {@link cn.gov.district.consolidation.read.TableReader}
 * per format (xlsx streaming, xls, csv), format detection by content, and header finding under
 * title rows and unit lines. Knows nothing of indicators or storage.
 */
package cn.gov.district.consolidation.read;
