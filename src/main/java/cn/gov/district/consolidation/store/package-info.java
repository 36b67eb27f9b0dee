/**
 * The project's own tables (Flyway migrations under {@code db/migration}) and the JDBC
 * repositories over them: input files and their decisions, submission versions, values,
 * projects and findings.
 */
package cn.gov.district.consolidation.store;
