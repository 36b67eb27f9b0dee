package cn.gov.district.consolidation.domain;

/** How serious a finding is: {@code ERROR} rejects the row (or file), {@code WARNING} keeps it. */
public enum Severity {
	ERROR, WARNING
}
