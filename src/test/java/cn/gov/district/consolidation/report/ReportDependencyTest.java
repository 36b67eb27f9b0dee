package cn.gov.district.consolidation.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReportDependencyTest {

	@Test
	void shouldReadOnlyConsolidateDomainAndReadOfOurPackages() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.gov.district.consolidation");
		noClasses().that()
			.resideInAPackage("..consolidation.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..consolidation.intake..", "..consolidation.normalize..", "..consolidation.validate..",
					"..consolidation.store..", "..consolidation.job..", "..consolidation.config..")
			.check(classes);
	}
}
