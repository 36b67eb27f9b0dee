package cn.gov.district.consolidation.normalize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class NormalizeDependenciesTest {

	@Test
	void shouldDependOnlyOnTheJdkDomainAndRead() {
		JavaClasses normalize = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.gov.district.consolidation.normalize");

		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "cn.gov.district.consolidation.normalize..",
					"cn.gov.district.consolidation.domain..", "cn.gov.district.consolidation.read..")
			.check(normalize);
	}
}
