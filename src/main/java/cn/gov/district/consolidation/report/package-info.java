/**
 * What the district office and other systems get back: the district workbook
 * ({@link cn.gov.district.consolidation.report.DistrictWorkbookWriter}), the same tables as CSV
 * ({@link cn.gov.district.consolidation.report.CsvExporter}) and, for each rejected input file, an
 * error workbook that tells the operator what to fix
 * ({@link cn.gov.district.consolidation.report.ErrorWorkbookWriter}). Reads the results of
 * {@code consolidate}, the {@code domain} records and the {@code read} contracts; nothing else.
 */
package cn.gov.district.consolidation.report;
