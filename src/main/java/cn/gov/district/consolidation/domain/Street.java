package cn.gov.district.consolidation.domain;

import java.util.List;

/**
 * A sub-district (街道) of the roster: its official name and the other names people write for it.
 *
 * @param name official name, e.g. {@code 东关街道}; never {@code null}
 * @param aliases other spellings, e.g. {@code 东关街道办事处}; never {@code null}, may be empty
 */
public record Street(String name, List<String> aliases) {
	public Street {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}
}
