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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrated schema keeps no index that another one makes redundant (issue 6: indexes the
 * consolidation queries need and no more): every index is written on every insert into its table,
 * and H2 adds one of its own for a foreign key unless a usable one exists when the constraint is
 * made (migration V13). On both databases, for the application's tables (not Spring Batch's nor
 * Flyway's), no index has the same columns as another, or the leading columns of another, unless
 * it enforces a uniqueness the longer one does not, or it is what H2 checks a foreign key with (H2
 * takes for that only an index of exactly the key's columns). The indexes the queries use are
 * still there.
 */
class SchemaIndexesTest {

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

	/** The column lists of the foreign keys of {@code table} (lower case). */
	private List<List<String>> foreignKeys(String table) throws SQLException {
		DatabaseMetaData meta = db.connection().getMetaData();
		Map<String, List<String>> keys = new TreeMap<>();
		try (ResultSet rs = meta.getImportedKeys(null, db.connection().getSchema(), table)) {
			while (rs.next()) {
				List<String> columns = keys.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>());
				int position = rs.getInt("KEY_SEQ");
				while (columns.size() < position) {
					columns.add(null);
				}
				columns.set(position - 1, rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
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
					int position = rs.getInt("ORDINAL_POSITION");
					Index index = indexes.computeIfAbsent(name, n -> new Index(n, unique, new ArrayList<>()));
					while (index.columns().size() < position) {
						index.columns().add(null);
					}
					index.columns().set(position - 1, column.toLowerCase(Locale.ROOT));
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
				for (Index other : table.getValue()) {
					boolean h2ForeignKeyIndex = database.equals("h2") && foreignKeys.contains(index.columns());
					if (index.sameColumns(other) && !index.unique() || index.coveredBy(other) && !h2ForeignKeyIndex) {
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
}
