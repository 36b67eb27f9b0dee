package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL 15 (Debian's package, built with lz4) the arrays of the indicator blocks are
 * compressed with lz4 (migration V13), which costs the server a third less than pglz when a long
 * export is staged; every other column keeps the default.
 */
class PostgresStorageTest {

	@TempDir
	Path dir;

	private MigratedDatabase db;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	@Test
	void shouldCompressTheIndicatorBlocksArraysWithLz4() throws SQLException {
		db = MigratedDatabase.open("postgresql", dir).migrate("latest");
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		List<String> arrays = jdbc.queryForList("""
				select a.attname from pg_attribute a join pg_type t on t.oid = a.atttypid
				where a.attrelid = 'indicator_block'::regclass and a.attnum > 0 and not a.attisdropped and t.typcategory = 'A'
				order by a.attnum""", String.class);
		assertThat(arrays).hasSize(16).contains("indicator_code", "target_value", "actual_scale", "remark", "source_row");
		List<String> lz4 = jdbc.queryForList("""
				select attname from pg_attribute
				where attrelid = 'indicator_block'::regclass and attnum > 0 and attcompression = 'l'
				order by attnum""", String.class);
		assertThat(lz4).containsExactlyElementsOf(arrays);
	}
}
