/**
 * Validation and the per-file decision: turns the rows a reader delivers into indicator and
 * project entries with normalized values, a precise Chinese finding for every problem (file,
 * sheet, row, column), and decides whether a file is accepted or rejected.
 */
package cn.gov.district.consolidation.validate;
