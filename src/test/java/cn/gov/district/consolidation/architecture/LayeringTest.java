package cn.gov.district.consolidation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout reads like the job, and dependencies point backwards along the flow only:
 * intake → read → normalize → validate → store → consolidate → report; {@code job} alone wires
 * the stages together and {@code domain} depends on nothing of ours.
 */
@AnalyzeClasses(packages = "cn.gov.district.consolidation", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

	private static final String BASE = "cn.gov.district.consolidation.";

	@ArchTest
	static final ArchRule stagesDependBackwardsOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("domain").definedBy(BASE + "domain..")
		.layer("config").definedBy(BASE + "config..")
		.layer("intake").definedBy(BASE + "intake..")
		.layer("read").definedBy(BASE + "read..")
		.layer("normalize").definedBy(BASE + "normalize..")
		.layer("validate").definedBy(BASE + "validate..")
		.layer("store").definedBy(BASE + "store..")
		.layer("consolidate").definedBy(BASE + "consolidate..")
		.layer("report").definedBy(BASE + "report..")
		.layer("job").definedBy(BASE + "job..")
		.whereLayer("job").mayNotBeAccessedByAnyLayer()
		.whereLayer("report").mayOnlyBeAccessedByLayers("job")
		.whereLayer("consolidate").mayOnlyBeAccessedByLayers("report", "job")
		.whereLayer("store").mayOnlyBeAccessedByLayers("consolidate", "job")
		.whereLayer("validate").mayOnlyBeAccessedByLayers("store", "job")
		.whereLayer("normalize").mayOnlyBeAccessedByLayers("validate", "job")
		.whereLayer("read").mayOnlyBeAccessedByLayers("normalize", "validate", "report", "job")
		.whereLayer("intake").mayOnlyBeAccessedByLayers("job")
		.whereLayer("config").mayOnlyBeAccessedByLayers("validate", "store", "consolidate", "report", "job");

	@ArchTest
	static final ArchRule domainDependsOnNothingOfOurs = noClasses().that()
		.resideInAPackage(BASE + "domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + "config..", BASE + "intake..", BASE + "read..", BASE + "normalize..",
				BASE + "validate..", BASE + "store..", BASE + "consolidate..", BASE + "report..", BASE + "job..");

	@ArchTest
	static final ArchRule noStageUsesSpringBatchButTheWiring = noClasses().that()
		.resideInAnyPackage(BASE + "domain..", BASE + "read..", BASE + "normalize..", BASE + "consolidate..",
				BASE + "report..", BASE + "intake..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.batch..");
}
