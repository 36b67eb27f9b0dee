package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.job.PostgresTestDatabase;

/**
 * COPY against a real PostgreSQL 15: what a clerk can put in a cell (quotes, commas, line breaks,
 * an empty text, a NUL) and exact decimals come back as they were sent, and NULL stays NULL.
 */
class PostgresCopyTest {

	private PostgresTestDatabase database;

	private Connection con;

	@BeforeEach
	void setUp() throws SQLException {
		database = PostgresTestDatabase.create();
		con = database.connect();
		try (Statement s = con.createStatement()) {
			s.execute("create table t (id bigint, txt varchar(400), amount numeric(38, 12), n integer)");
		}
	}

	@AfterEach
	void tearDown() throws SQLException {
		if (con != null) {
			con.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void shouldLoadEveryTextAndNumberExactlyAsSent() throws SQLException {
		List<String> texts = List.of("东关街道", "含,逗号", "含\"引号\"", "两行\n文字", "回车\r\n换行", "", "\\.", "末尾反斜杠\\",
				"　全角空格　", "NULL");
		PostgresCopy copy = new PostgresCopy(con, new StagedRows.Table("t", List.of("id", "txt", "amount", "n"),
				new int[] { Types.BIGINT, Types.VARCHAR, Types.NUMERIC, Types.INTEGER }));
		for (int i = 0; i < texts.size(); i++) {
			copy.add((long) i, texts.get(i), new BigDecimal("-1234.567890123"), i * 10);
		}
		copy.add(100L, null, null, null);
		copy.add(101L, "a\0b", new BigDecimal("1E+3"), 7);

		assertThat(PostgresCopy.supported(con)).isTrue();
		assertThat(copy.send()).isEqualTo(texts.size() + 2);

		List<String> back = new ArrayList<>();
		try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("select * from t order by id")) {
			while (rs.next()) {
				long id = rs.getLong("id");
				if (id < texts.size()) {
					back.add(rs.getString("txt"));
					assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("-1234.567890123");
					assertThat(rs.getInt("n")).isEqualTo(id * 10);
				}
				else if (id == 100) {
					assertThat(rs.getString("txt")).isNull();
					assertThat(rs.getBigDecimal("amount")).isNull();
					assertThat(rs.getObject("n")).isNull();
				}
				else {
					// PostgreSQL text cannot hold NUL: it is left out, the rest stays
					assertThat(rs.getString("txt")).isEqualTo("ab");
					assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("1000");
				}
			}
		}
		assertThat(back).containsExactlyElementsOf(texts);
	}
}
