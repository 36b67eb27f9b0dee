package cn.gov.district.consolidation.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Creates each distinct cell style of one workbook once: a workbook holds at most 64,000 styles
 * and SXSSF cannot reuse a style it has already flushed by value, so every cell asks here.
 * Styles are created in the order they are first asked for, which keeps style indexes the same
 * for the same report. Not thread-safe: one instance per workbook being written.
 */
final class StyleCache {

	/** Background colours; {@code NONE} leaves the cell white. */
	enum Fill {
		NONE(null), HEADER(rgb(0xD9, 0xE1, 0xF2)), GROUP(rgb(0xDD, 0xEB, 0xF7)), SUBTOTAL(rgb(0xF2, 0xF2, 0xF2)),
		TOTAL(rgb(0xE2, 0xEF, 0xDA)), ERROR(rgb(0xFF, 0xC7, 0xCE)), WARNING(rgb(0xFF, 0xEB, 0x9C));

		final byte[] rgb;

		Fill(byte[] rgb) {
			this.rgb = rgb;
		}

		private static byte[] rgb(int r, int g, int b) {
			return new byte[] { (byte) r, (byte) g, (byte) b };
		}
	}

	/** What makes a style: kept small so that equal cells share one style. */
	record Key(Role role, String numberFormat, Fill fill) {
	}

	/** The typographic role of a cell. */
	enum Role {
		TITLE, SUBTITLE, NOTE, HEADER, BODY, WRAPPED_BODY, BOLD_BODY, PLAIN
	}

	private final Workbook workbook;

	private final Map<Key, CellStyle> styles = new HashMap<>();

	private final Map<String, Font> fonts = new HashMap<>();

	private final Map<String, CellStyle> filled = new HashMap<>();

	StyleCache(Workbook workbook) {
		this.workbook = workbook;
	}

	/** The style for {@code role}; {@code numberFormat} {@code null} for text. */
	CellStyle get(Role role, String numberFormat, Fill fill) {
		return styles.computeIfAbsent(new Key(role, numberFormat, fill), this::create);
	}

	/** {@code base} with {@code fill} as background, created once per pair. */
	CellStyle withFill(CellStyle base, Fill fill) {
		return filled.computeIfAbsent(base.getIndex() + "/" + fill, k -> {
			CellStyle s = workbook.createCellStyle();
			s.cloneStyleFrom(base);
			applyFill(s, fill);
			return s;
		});
	}

	private CellStyle create(Key key) {
		CellStyle s = workbook.createCellStyle();
		s.setVerticalAlignment(VerticalAlignment.CENTER);
		switch (key.role()) {
			case TITLE -> {
				s.setFont(font(true, 16));
				s.setAlignment(HorizontalAlignment.CENTER);
			}
			case SUBTITLE -> {
				s.setFont(font(false, 10));
				s.setAlignment(HorizontalAlignment.RIGHT);
			}
			case NOTE -> {
				s.setFont(font(false, 11));
				s.setWrapText(true);
				s.setVerticalAlignment(VerticalAlignment.TOP);
			}
			case HEADER -> {
				s.setFont(font(true, 11));
				s.setAlignment(HorizontalAlignment.CENTER);
				s.setWrapText(true);
				border(s);
			}
			case BODY -> border(s);
			case WRAPPED_BODY -> {
				s.setWrapText(true);
				border(s);
			}
			case BOLD_BODY -> {
				s.setFont(font(true, 11));
				border(s);
			}
			case PLAIN -> {
			}
		}
		if (key.numberFormat() != null) {
			s.setDataFormat(workbook.createDataFormat().getFormat(key.numberFormat()));
		}
		applyFill(s, key.fill());
		return s;
	}

	private static void applyFill(CellStyle s, Fill fill) {
		if (fill.rgb == null) {
			return;
		}
		((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(fill.rgb, null));
		s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static void border(CellStyle s) {
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
	}

	private Font font(boolean bold, int points) {
		return fonts.computeIfAbsent(bold + "/" + points, k -> {
			Font f = workbook.createFont();
			// 宋体 is on every Chinese Windows and prints CJK at the widths computed for it.
			f.setFontName("宋体");
			f.setBold(bold);
			f.setFontHeightInPoints((short) points);
			return f;
		});
	}
}
