/**
 * Records and enums shared by every stage: streets, periods, indicators, submissions and
 * findings. Depends on nothing else of this application.
 */
package cn.gov.district.consolidation.domain;
