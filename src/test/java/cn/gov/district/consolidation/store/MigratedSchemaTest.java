package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrated schema, on both databases. It keeps no index that another one makes redundant (issue 6: indexes the
 * consolidation queries need and no more): every index is written on every insert into its table,
 * and H2 adds one of its own for a foreign key unless a usable one exists when the constraint is
 * made (migration V13). On both databases, for the application's tables (not Spring Batch's nor
 * Flyway's), no index has the same columns as another, or the leading columns of another, unless
 * it enforces a uniqueness the longer one does not, or it is what H2 checks a foreign key with (H2
 * takes for that only an index of exactly the key's columns). The indexes the queries use are
 * still there. And on PostgreSQL the indicator blocks' arrays are compressed with lz4.
 */
class MigratedSchemaTest {

	@TempDir
	Path dir;

	private MigratedDatabase db;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	/** An index: its name, whether it is unique, its columns in order (lower case). */
	private record Index(String name, boolean unique, List<String> columns) {

		/** Whether {@code other} makes this one redundant: it starts with all of this one's columns and this one enforces nothing more. */
		boolean coveredBy(Index other) {
			return !unique && other != this && other.columns.size() >= columns.size()
					&& other.columns.subList(0, columns.size()).equals(columns);
		}

		/** Whether {@code other} has exactly this one's columns. */
		boolean sameColumns(Index other) {
			return other != this && other.columns.equals(columns);
		}
	}

	/** Puts {@code column} (lower case) at the 1-based {@code position} of {@code columns}, as metadata gives them in any order. */
	private static void put(List<String> columns, int position, String column) {
		while (columns.size() < position) {
			columns.add(null);
		}
		columns.set(position - 1, column.toLowerCase(Locale.ROOT));
	}

	/** The column lists of the foreign keys of {@code table} (lower case). */
	private List<List<String>> foreignKeys(String table) throws SQLException {
		DatabaseMetaData meta = db.connection().getMetaData();
		Map<String, List<String>> keys = new TreeMap<>();
		try (ResultSet rs = meta.getImportedKeys(null, db.connection().getSchema(), table)) {
			while (rs.next()) {
				put(keys.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>()), rs.getInt("KEY_SEQ"),
						rs.getString("FKCOLUMN_NAME"));
			}
		}
		return List.copyOf(keys.values());
	}

	private Map<String, List<Index>> indexesByTable() throws SQLException {
		DatabaseMetaData meta = db.connection().getMetaData();
		String schema = db.connection().getSchema();
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String table = rs.getString("TABLE_NAME");
				String lower = table.toLowerCase(Locale.ROOT);
				if (!lower.startsWith("batch_") && !lower.startsWith("flyway_")) {
					tables.add(table);
				}
			}
		}
		Map<String, List<Index>> result = new TreeMap<>();
		for (String table : tables) {
			Map<String, Index> indexes = new TreeMap<>();
			try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
				while (rs.next()) {
					String name = rs.getString("INDEX_NAME");
					String column = rs.getString("COLUMN_NAME");
					if (name == null || column == null) {
						continue;
					}
					boolean unique = !rs.getBoolean("NON_UNIQUE");
					put(indexes.computeIfAbsent(name, n -> new Index(n, unique, new ArrayList<>())).columns(),
							rs.getInt("ORDINAL_POSITION"), column);
				}
			}
			result.put(table, List.copyOf(indexes.values()));
		}
		return result;
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldKeepNoIndexThatAnotherMakesRedundant(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Map<String, List<Index>> tables = indexesByTable();

		List<String> redundant = new ArrayList<>();
		for (Map.Entry<String, List<Index>> table : tables.entrySet()) {
			List<List<String>> foreignKeys = foreignKeys(table.getKey());
			for (Index index : table.getValue()) {
				// H2 checks a foreign key only with an index of exactly its columns: such an index may stand beside a longer one
				boolean h2ForeignKeyIndex = database.equals("h2") && foreignKeys.contains(index.columns());
				for (Index other : table.getValue()) {
					if (index.coveredBy(other) && (!h2ForeignKeyIndex || index.sameColumns(other))) {
						redundant.add(table.getKey().toLowerCase(Locale.ROOT) + "." + index.name() + " " + index.columns() + " is covered by "
								+ other.name() + " " + other.columns());
						break;
					}
				}
			}
		}
		assertThat(redundant).isEmpty();

		// what the queries by file, draft, period and version still find an index for
		assertThat(leadingColumns(tables, "submission")).contains("id", "file_id", "period_key");
		assertThat(leadingColumns(tables, "submission_draft")).contains("id", "file_id");
		assertThat(leadingColumns(tables, "finding")).contains("file_id", "period_key");
		assertThat(leadingColumns(tables, "project")).contains("submission_id");
		assertThat(leadingColumns(tables, "indicator_block")).contains("submission_id");
	}

	/** The first column of every index of {@code table}. */
	private static List<String> leadingColumns(Map<String, List<Index>> tables, String table) {
		List<Index> indexes = tables.entrySet().stream()
			.filter(e -> e.getKey().equalsIgnoreCase(table))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + table));
		return indexes.stream().map(i -> i.columns().get(0)).toList();
	}

	@Test
	void shouldCompressTheIndicatorBlocksArraysWithLz4OnPostgresql() throws SQLException {
		// PostgreSQL V13 (Debian's PostgreSQL 15 is built with lz4): a third less work for the server than pglz when a
		// long export is staged; every other column keeps the default
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
