package cn.gov.district.consolidation.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An input file as registered by discovery.
 *
 * @param id database id
 * @param fileName the name as dropped by the operator
 * @param path where the file is now (in the input folder until it is moved)
 * @param sha256 content hash, lowercase hex
 * @param size size in bytes
 * @param discoveredAt when discovery registered it
 * @param runDate the night it belongs to (Asia/Shanghai)
 * @param status where it stands
 */
public record InputFile(long id, String fileName, Path path, String sha256, long size, OffsetDateTime discoveredAt,
		LocalDate runDate, FileStatus status) {
}
