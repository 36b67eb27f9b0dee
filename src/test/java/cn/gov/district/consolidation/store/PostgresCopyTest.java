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

	@Test
	void shouldLoadArraysOfTextsNumbersAndNullsExactlyAsSent() throws SQLException {
		try (Statement s = con.createStatement()) {
			s.execute("create table a (id bigint, txt varchar(400)[], amount numeric(38, 12)[], n int4[])");
		}
		// what breaks an array literal: quotes, backslashes, commas, braces, blanks, the word NULL, an empty text
		Object[] texts = { "东关街道", "含,逗号", "含\"引号\"", "{花括号}", "两行\n文字", "", null, "\\.", "末尾反斜杠\\",
				"　全角空格　", " 前后空格 ", "NULL", "a\0b" };
		Object[] amounts = { new BigDecimal("-1234.567890123"), null, new BigDecimal("1E+3"), new BigDecimal("0.000000000001") };
		Object[] counts = { 1, null, -7, Integer.MAX_VALUE };
		PostgresCopy copy = new PostgresCopy(con, new StagedRows.Table("a", List.of("id", "txt", "amount", "n"),
				new int[] { Types.BIGINT, Types.ARRAY, Types.ARRAY, Types.ARRAY }));
		copy.add(1L, PostgresCopy.array("varchar", texts), PostgresCopy.array("numeric", amounts),
				PostgresCopy.array("int4", counts));
		copy.add(2L, null, PostgresCopy.array("numeric", new Object[] { null }), PostgresCopy.array("int4", new Object[0]));
		assertThat(copy.send()).isEqualTo(2);

		try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("select * from a order by id")) {
			assertThat(rs.next()).isTrue();
			Object[] txt = (Object[]) rs.getArray("txt").getArray();
			Object[] expected = texts.clone();
			// PostgreSQL text cannot hold NUL: it is left out, the rest stays
			expected[expected.length - 1] = "ab";
			assertThat(txt).containsExactly(expected);
			Object[] amount = (Object[]) rs.getArray("amount").getArray();
			assertThat(amount).hasSize(4);
			assertThat((BigDecimal) amount[0]).isEqualByComparingTo("-1234.567890123");
			assertThat(amount[1]).isNull();
			assertThat((BigDecimal) amount[2]).isEqualByComparingTo("1000");
			assertThat((BigDecimal) amount[3]).isEqualByComparingTo("0.000000000001");
			assertThat((Object[]) rs.getArray("n").getArray()).containsExactly(counts);

			assertThat(rs.next()).isTrue();
			assertThat(rs.getArray("txt")).isNull();
			assertThat((Object[]) rs.getArray("amount").getArray()).containsExactly((Object) null);
			assertThat((Object[]) rs.getArray("n").getArray()).isEmpty();
		}
	}
}
