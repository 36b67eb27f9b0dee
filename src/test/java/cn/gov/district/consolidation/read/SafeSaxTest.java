package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The one XML parser of the xlsx reader: what it refuses, and what it must report exactly. */
class SafeSaxTest {

	@TempDir
	Path dir;

	/** Records element names, the attributes asked for, and the text. */
	private static final class Recorder extends DefaultHandler {

		final List<String> events = new ArrayList<>();

		final StringBuilder text = new StringBuilder();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			events.add(localName + " t=" + attributes.getValue("t") + " s=" + attributes.getValue("s") + " r="
					+ attributes.getValue("r"));
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text.append(ch, start, length);
		}
	}

	private static Recorder parse(String xml) throws Exception {
		Recorder recorder = new Recorder();
		SafeSax.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), recorder);
		return recorder;
	}

	@Test
	void shouldGiveAnElementWithoutAttributesNoneOfThePreviousElementsAttributes() throws Exception {
		// aalto-xml before 1.4.0 answered getValue for an element without attributes from the element
		// before it (FasterXML/aalto-xml#80): a number cell after a text cell was read as text
		Recorder r = parse("<sheetData xmlns=\"urn:x\"><c t=\"inlineStr\" s=\"2\"/><c/><c r=\"A1\"/><c></c></sheetData>");
		assertThat(r.events).containsExactly("sheetData t=null s=null r=null", "c t=inlineStr s=2 r=null",
				"c t=null s=null r=null", "c t=null s=null r=A1", "c t=null s=null r=null");
	}

	@Test
	void shouldReadCharacterReferencesAndThePredefinedEntities() throws Exception {
		assertThat(parse("<t>a &amp; &#x4E1C;&#20851; &lt;b&gt; &quot;&apos;</t>").text.toString()).isEqualTo("a & 东关 <b> \"'");
	}

	@Test
	void shouldRefuseADocumentTypeBeforeAnyContentOrExpansion() {
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><r><t>&c;</t></r>";
		Recorder recorder = new Recorder();
		assertThatThrownBy(() -> SafeSax.parse(new ByteArrayInputStream(laughs.getBytes(StandardCharsets.UTF_8)), recorder))
			.isInstanceOf(SAXException.class)
			.hasMessageContaining("DOCTYPE");
		assertThat(recorder.events).isEmpty();
		assertThat(recorder.text).isEmpty();
	}

	@Test
	void shouldNeverReadAnExternalEntityOrDocumentType() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
		Path dtd = Files.writeString(dir.resolve("x.dtd"), "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
		for (String xml : List.of(
				"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><r><t>&xxe;</t></r>",
				"<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"" + dtd.toUri() + "\"><r><t>&leak;</t></r>",
				"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]><r><t>&leak;</t></r>")) {
			Recorder recorder = new Recorder();
			assertThatThrownBy(() -> SafeSax.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), recorder))
				.as(xml)
				.isInstanceOf(SAXException.class)
				.hasMessageContaining("DOCTYPE");
			assertThat(recorder.text.toString()).doesNotContain("机密");
		}
	}
}
