/**
 * The edge of the job towards the operators' drop folder: which files in {@code input-dir} are
 * ready to be read (lock, hidden and temporary files skipped, files still being copied left for the
 * next run), content fingerprints, the moves into {@code archive-dir} and {@code rejected-dir} that
 * never overwrite and never lose a file, the run date and the lock that keeps to one run at a time.
 * Depends on nothing else of this application.
 */
package cn.gov.district.consolidation.intake;
