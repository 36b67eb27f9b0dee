package cn.gov.district.consolidation.domain;

/** Whether a higher figure is better ({@code HIGHER}) or the target is a ceiling ({@code LOWER}). */
public enum Direction {
	HIGHER, LOWER
}
