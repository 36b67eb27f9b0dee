package cn.gov.district.consolidation.read;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReadPackageArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.gov.district.consolidation");

	@Test
	void shouldDependOnNoLaterStage() {
		noClasses().that().resideInAPackage("..consolidation.read..")
				.should().dependOnClassesThat().resideInAnyPackage("..consolidation.normalize..", "..consolidation.validate..",
						"..consolidation.store..", "..consolidation.consolidate..", "..consolidation.report..",
						"..consolidation.job..", "..consolidation.config..")
				.allowEmptyShould(true).check(classes);
	}

	@Test
	void shouldNotUsePoiWholeWorkbookModelForXlsx() {
		noClasses().that().resideInAPackage("..consolidation.read..")
				.should().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.xssf.usermodel.XSSFWorkbook")
				.orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler")
				.orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.ss.usermodel.DataFormatter")
				// the styles as XML objects cost a tenth of reading a small workbook: StylesPart reads number formats only
				.orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.xssf.model.StylesTable")
				.check(classes);
	}
}
