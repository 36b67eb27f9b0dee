package cn.gov.district.consolidation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConsolidationApplication {
	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(ConsolidationApplication.class, args)));
	}
}
