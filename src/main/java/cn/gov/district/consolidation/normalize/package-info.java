/**
 * Normalization of what the 街道 wrote into what the district computes with: cell numbers as
 * exact decimals ({@link cn.gov.district.consolidation.normalize.NumberParser}), units converted to
 * the catalog's ({@link cn.gov.district.consolidation.normalize.Units},
 * {@link cn.gov.district.consolidation.normalize.ValueNormalizer}), reporting periods
 * ({@link cn.gov.district.consolidation.normalize.PeriodParser}) and names of streets and
 * indicators ({@link cn.gov.district.consolidation.normalize.StreetResolver},
 * {@link cn.gov.district.consolidation.normalize.IndicatorResolver}). Every class is stateless
 * or immutable, thread-safe, and never throws on user input: what cannot be read is a result
 * with a Chinese reason. Depends on {@code domain} and {@code read} only.
 */
package cn.gov.district.consolidation.normalize;
