package cn.gov.district.consolidation.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import cn.gov.district.consolidation.config.IndicatorCatalog;
import cn.gov.district.consolidation.config.Roster;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.read.TableRow;

/** The real catalog, a small roster and helpers to feed rows to a {@link FileCollector}. */
final class ValidationFixtures {

	private ValidationFixtures() {
	}

	static ValidationContext context() {
		try (InputStream in = new ClassPathResource("catalog/indicator-catalog.csv").getInputStream()) {
			IndicatorCatalog catalog = new IndicatorCatalog(IndicatorCatalog.parse(in));
			Roster roster = new Roster("河西区", List.of(new Street("东关街道", List.of("东关街道办事处")),
					new Street("西关街道", List.of()), new Street("南门街道", List.of())));
			return new ValidationContext(catalog, roster, 0.5);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static InputFile file(String name) {
		return new InputFile(1, name, Path.of(name), "0".repeat(64), 100, OffsetDateTime.now(), LocalDate.of(2022, 12, 1),
				FileStatus.DISCOVERED);
	}

	/** Rows numbered from 1, each given as its cells from column A. */
	static List<TableRow> rows(String[]... cells) {
		List<TableRow> rows = new ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			rows.add(new TableRow(i + 1, List.of(cells[i]), false));
		}
		return rows;
	}

	/** Feeds one sheet of rows into {@code collector}. */
	static void sheet(FileCollector collector, String name, List<TableRow> rows) {
		collector.startSheet(name, false);
		rows.forEach(collector::row);
		collector.endSheet();
	}
}
