import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The raw floors the job's figures are divided by: what it costs only to get the rows off the
 * disk, with no normalizing, validating or storing.
 *
 * <pre>
 * java -cp &lt;classpath&gt; Floors sax  &lt;file.xlsx | dir&gt;   JDK SAX over every sheet XML, counting rows and cells (the xlsx floor)
 * java -cp &lt;classpath&gt; Floors csv  &lt;file.csv&gt;          Commons CSV parse, touching every field (the CSV floor)
 * java -cp &lt;classpath&gt; Floors reader &lt;file | dir&gt;     the job's own reader (format detection, xlsx SAX handler or
 *                                                   CSV with encoding detection) into a counting sink: how far
 *                                                   reading alone is from the floor, before normalizing and storing
 * </pre>
 * Prints {@code rows=<n> cells=<n>}; the caller times the process.
 */
public final class Floors {

	public static void main(String[] args) throws Exception {
		Path path = Path.of(args[1]);
		long[] counts = new long[2];
		switch (args[0]) {
			case "sax" -> {
				if (Files.isDirectory(path)) {
					try (var files = Files.list(path)) {
						for (Path p : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
							sax(p, counts);
						}
					}
				}
				else {
					sax(path, counts);
				}
			}
			case "csv" -> csv(path, counts);
			case "reader" -> {
				if (Files.isDirectory(path)) {
					try (var files = Files.list(path)) {
						for (Path p : files.sorted().toList()) {
							reader(p, counts);
						}
					}
				}
				else {
					reader(path, counts);
				}
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
		System.out.println("rows=" + counts[0] + " cells=" + counts[1]);
	}

	static void reader(Path file, long[] counts) throws Exception {
		var detection = new cn.gov.district.consolidation.read.FormatDetector().detect(file);
		cn.gov.district.consolidation.read.TableReaders.forFormat(detection.format())
			.read(file, new cn.gov.district.consolidation.read.RowSink() {
				@Override
				public void startSheet(String sheetName, boolean hidden) {
				}

				@Override
				public void row(cn.gov.district.consolidation.read.TableRow row) {
					counts[0]++;
					counts[1] += row.cells().size();
				}

				@Override
				public void endSheet() {
				}
			});
	}

	static void sax(Path xlsx, long[] counts) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		SAXParser parser = factory.newSAXParser();
		DefaultHandler handler = new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("row".equals(localName)) {
					counts[0]++;
				}
				else if ("c".equals(localName)) {
					counts[1]++;
				}
			}
		};
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
					try (InputStream in = zip.getInputStream(e)) {
						parser.parse(in, handler);
					}
					parser.reset();
				}
			}
		}
	}

	static void csv(Path file, long[] counts) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
			for (CSVRecord record : parser) {
				counts[0]++;
				for (String field : record) {
					counts[1] += field.isEmpty() ? 0 : 1;
				}
			}
		}
	}
}
