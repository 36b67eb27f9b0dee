/**
 * Configuration: the district, its roster, the folders, limits and the indicator catalog, all
 * ordinary Spring Boot properties under {@code consolidation.*} so an operator changes them in
 * {@code config/application.yml} without rebuilding.
 */
package cn.gov.district.consolidation.config;
